"""Issue 20, "The law as it was known on the day": a memo says only what its author could know,
with "tillämpas från" where a rule applies later than it entered into force, wording that
addresses the board by its own name, the kommunjurist's corrections, and an offer to update
stored texts when the library's text for the memo's date has changed.

The days rules became known are checked against a hand-written table kept apart from the
library (tests/model/known_from_dates.py)."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from memo_builder import cli
from memo_builder.analysis.revision import Analysis
from memo_builder.files import storage
from memo_builder.files.caveat_library import default_library, load_library
from memo_builder.model import swedish
from memo_builder.model.caveats import KNOWN_FROM_UNKNOWN, BodyNames, fill_bodies
from memo_builder.model.legal import (
    caveat_for_memo,
    caveat_from_entry,
    coming_entries,
    library_update,
    stale_caveats,
)
from memo_builder.model.memo import CaseFacts, CostLine, Memo, Option
from memo_builder.render.context import build_context
from memo_builder.render.profile import load_profile
from tests.helpers import validate
from tests.model.known_from_dates import KNOWN_FROM, KNOWN_FROM_PARTS
from tests.model.test_caveats import write_entry

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples"


@pytest.fixture(scope="module")
def library():
    lib = default_library()
    assert lib.problems == []
    return lib


@pytest.fixture(scope="module")
def profile():
    return load_profile("kommun")


def _memo(decided: date, years=(2021, 2024), *, organisation="", board="",
          administration="") -> Memo:
    memo = Memo()
    memo.case.memo_date = memo.case.meeting_date = decided
    memo.case.organisation, memo.case.board = organisation, board
    memo.case.administration = administration
    memo.facts = CaseFacts(personal_data=True, confidential_data=True, cloud_service=True,
                           contract_extension=True, security_sensitive=True, ai_features=True)
    option = Option(title="Förnya", supplier="Leverantören AB", supplier_outside_eu=True,
                    cost_lines=[CostLine(description="Licenser", unit_price=Decimal(1000),
                                         first_year=years[0], last_year=years[1])])
    memo.options = [option]
    memo.recommended_option_id = option.id
    return memo


# -- Known from: the hand-written table --------------------------------------------------------


def test_the_table_has_at_least_twelve_entries_with_sources():
    assert len(KNOWN_FROM) >= 12
    assert all(source.strip() for _, source in KNOWN_FROM.values())


def test_the_library_agrees_with_the_hand_written_table(library):
    for entry_id, (known, _source) in KNOWN_FROM.items():
        entry = library.get(entry_id)
        assert entry is not None, entry_id
        assert entry.known == known, entry_id
        assert entry.known_from_source, entry_id
    for (entry_id, start), (known, _source) in KNOWN_FROM_PARTS.items():
        part = next(v for v in library.get(entry_id).versions if v.start == start)
        assert part.known == known, (entry_id, start)


def _listed(capsys, day: str) -> tuple[set[str], set[str]]:
    """(ids in force, ids "på väg") as ``caveats --on day`` prints them."""
    assert cli.main(["caveats", "--on", day]) == 0
    out = capsys.readouterr().out
    head, _, tail = out.partition("På väg inom ett år")
    return set(re.findall(r"· id ([a-z0-9-]+)", head)), set(re.findall(r"· id ([a-z0-9-]+)", tail))


@pytest.mark.parametrize("day", ["2019-02-01", "2019-11-30", "2021-06-01", "2021-11-30",
                                 "2023-06-15", "2023-07-09", "2026-03-18", "2026-06-02"])
def test_caveats_on_a_date_lists_nothing_not_known_then(capsys, library, day):
    on = date.fromisoformat(day)
    applying, coming = _listed(capsys, day)
    for entry_id in applying | coming:
        if entry_id in KNOWN_FROM:
            assert KNOWN_FROM[entry_id][0] <= on, (entry_id, day)
    # Not vacuous: what the table says was known and in force on the day is listed.
    for entry_id, (known, _source) in KNOWN_FROM.items():
        entry = library.get(entry_id)
        if known <= on and entry.valid_from <= on and entry.valid_until is None:
            assert entry_id in applying, (entry_id, day)


def test_the_issues_examples(capsys, library):
    # On 2026-03-18 the Commission's proposal of 2026-06-03 is not "på väg".
    applying, coming = _listed(capsys, "2026-03-18")
    assert "cloud-ai-development-act-forslag" not in applying | coming
    assert "cloud-ai-development-act-forslag" in _listed(capsys, "2026-06-03")[0]
    # A 2021 memo whose contract runs past July 2023 is not told of the DPF.
    memo = _memo(date(2021, 6, 1), years=(2021, 2024))
    memo.caveats = [caveat_for_memo(library.get("schrems-ii"), memo, Analysis(memo).law_date)]
    caveat = build_context(Analysis(memo, library), load_profile("kommun"))["caveats"][0]
    printed = " ".join((caveat["reference"], caveat["text"], caveat["status"]))
    assert "Data Privacy Framework" not in printed and "2023" not in printed
    # Once it is known, the DPF is offered.
    assert library.get("eu-us-dpf") in library.on(date(2023, 7, 10))
    assert library.get("eu-us-dpf") not in library.on(date(2023, 7, 9))


def test_every_entry_and_every_dated_part_says_when_it_became_known(library):
    for entry in library.entries.values():
        text = entry.path.read_text(encoding="utf-8")
        assert re.search(r"^known_from = \d{4}-\d\d-\d\d$", text, re.M), entry.id
        assert entry.known_from_source and entry.known_from_source != KNOWN_FROM_UNKNOWN
        for part in entry.versions:
            assert part.known_from is not None, (entry.id, part.start)
            assert part.known_from_source, (entry.id, part.start)
        # An unknown day is said in the entry, with the day used instead (one on which the
        # rule was surely known: the day it took effect, or the day it was issued).
        if "har inte hittats" in entry.known_from_source:
            assert "används" in entry.known_from_source, entry.id


def test_an_entry_without_a_known_day_counts_from_the_day_it_takes_effect(tmp_path):
    write_entry(tmp_path, "utan-dag", drop=("known_from", "known_from_source"),
                valid_from=date(2024, 5, 1))
    lib = load_library(tmp_path)
    assert lib.problems == []
    entry = lib.entries["utan-dag"]
    assert entry.known == date(2024, 5, 1) and entry.known_from_source == KNOWN_FROM_UNKNOWN
    assert lib.coming(date(2024, 4, 1)) == [] and entry.status_on(date(2024, 4, 1)) == "unknown"


def test_a_known_day_needs_a_source(tmp_path):
    write_entry(tmp_path, "utan-kalla", drop=("known_from_source",))
    lib = load_library(tmp_path)
    assert "utan-kalla" not in lib.entries
    assert any("known_from_source" in p.message for p in lib.problems)


def test_a_memo_dated_before_every_entry(capsys, library):
    applying, coming = _listed(capsys, "1985-01-01")
    assert applying == set() and coming == set()
    memo = _memo(date(1985, 1, 1), years=(1985, 1987))
    assert Analysis(memo, library).suggestions == ([], [])
    assert coming_entries(library, Analysis(memo).law_date) == []
    build_context(Analysis(memo, library), load_profile("kommun"))  # builds, says nothing


def test_a_cited_rule_not_yet_known_is_a_warning_and_is_not_printed(library, profile):
    memo = _memo(date(2021, 6, 1))
    memo.caveats = [caveat_from_entry(library.get("eu-us-dpf"), date(2024, 1, 1)),
                    caveat_for_memo(library.get("gdpr-art-28"), memo, Analysis(memo).law_date)]
    problems = [p for p in validate(memo, library) if p.path == "caveats[0].library_id"]
    assert problems and "blev känd först 2023-07-10" in problems[0].message
    printed = build_context(Analysis(memo, library), profile)["caveats"]
    assert [c["title"] for c in printed] == [memo.caveats[1].title]


# -- "Träder i kraft" and "tillämpas från" -----------------------------------------------------


def test_rules_that_apply_later_than_they_entered_into_force_say_tillampas(library):
    later = {e.id for e in library.entries.values() if e.applies_later}
    assert {"gdpr-art-28", "gdpr-art-35", "gdpr-art-44-49", "ai-act-ai-kunnighet",
            "ai-act-allman-tillampning", "data-act-byte", "data-act-utlandsk-atkomst",
            "data-act-bytesavgifter"} <= later
    for entry in library.entries.values():
        for wording in (entry.wording, *(v.wording for v in entry.versions if v.wording)):
            # "i kraft" only ever with the day it entered into force, never the later day
            for day in re.findall(r"(?:träder|trädde) i kraft den (\d+ \w+ \d{4})", wording):
                assert day == swedish.long_date(entry.in_force or entry.valid_from), entry.id
            if entry.applies_later and swedish.long_date(entry.valid_from) in wording:
                assert "tillämpas" in wording or "från den" in wording, entry.id


def test_a_coming_eu_regulation_says_tillampas_fran(library, profile):
    memo = _memo(date(2026, 3, 1), years=(2026, 2028))
    memo.caveats = [caveat_for_memo(library.get("ai-act-allman-tillampning"), memo, Analysis(memo).law_date)]
    status = build_context(Analysis(memo, library), profile)["caveats"][0]["status"]
    assert status == "Tillämpas från den 2 augusti 2026, efter beslutsdatumet."


# -- Texts address the board, by its own name ---------------------------------------------------

DRAFTER = re.compile(r"Beslutsunderlaget|beslutsunderlaget|behöver redovisa|bör redovisa|"
                     r"behöver ha en plan|Inför beslutet behöver")


def test_no_wording_addresses_the_drafter(library):
    for entry in library.entries.values():
        for text in (entry.wording, *(v.wording for v in entry.versions)):
            assert not DRAFTER.search(text), entry.id
            assert not re.search(r"\b[Kk]ommunen\b", text), entry.id
            if entry.id != "imy-ostersund-dpia":  # Östersund's own nämnd, named as such
                assert not re.search(r"\b[Nn]ämnden(s)?\b", text), entry.id


def test_guidance_for_the_official_is_kept_where_it_was_moved(library):
    for entry_id in ("gdpr-art-35", "gdpr-art-44-49", "osl-10-2", "dpf-latombe", "eu-us-dpf",
                     "kommunallagen-delegering-jav", "lou-17-kap-andringar"):
        assert library.get(entry_id).guidance, entry_id


def test_a_regions_memo_names_its_own_board_and_never_the_kommun(library, profile):
    memo = _memo(date(2026, 9, 1), years=(2026, 2029), organisation="Region Västerbotten",
                 board="Regionstyrelsen", administration="Regionkontoret")
    fitting, _rest = Analysis(memo, library).suggestions
    memo.caveats = [caveat_for_memo(e, memo, Analysis(memo).law_date) for e in fitting]
    assert len(memo.caveats) >= 10
    context = build_context(Analysis(memo, library), profile)
    texts = " ".join(c["text"] + " " + c["status"] for c in context["caveats"])
    assert "Regionstyrelsen" in texts and "Region Västerbotten omfattas" in texts
    assert not re.search(r"\b[Kk]ommunen\b|\{", texts)
    # A placeholder that starts a sentence gets a capital, one inside it does not change.
    assert fill_bodies("{board} ska. Om {board} gör", BodyNames(board="socialnämnden")) == (
        "Socialnämnden ska. Om socialnämnden gör")
    assert fill_bodies("{board}s ansvar") == "Nämndens ansvar"
    # A name that is a body word is one inside a sentence: the same word the program's own
    # sentences use ("om regionstyrelsen"), never "för Regionstyrelsens räkning".
    region = BodyNames(board="Regionstyrelsen", administration="Regionkontoret",
                       organisation="Region Västerbotten")
    assert fill_bodies("{board} beslutar. Det görs för {board}s räkning av {administration} "
                       "i {organisation}.", region) == (
        "Regionstyrelsen beslutar. Det görs för regionstyrelsens räkning av regionkontoret "
        "i Region Västerbotten.")
    assert fill_bodies("för {board}s räkning", BodyNames(board="Nämnden för Intraservice")) == (
        "för Nämnden för Intraservices räkning")
    assert "för regionstyrelsens räkning" in texts and "Regionstyrelsens räkning" not in texts


# -- The kommunjurist's corrections -------------------------------------------------------------


def test_the_kommunjurists_corrections(library):
    dpf = library.get("eu-us-dpf")
    assert dpf.kind == "eu_act" and "genomförandebeslut (EU) 2023/1795" in dpf.wording
    for day in (date(2025, 9, 10), date(2026, 3, 1)):
        text = library.get("dpf-latombe").text_on(day).wording
        assert "på grund av genomförandebeslutet" in text and "därför" not in text
    assert "C-703/25" not in library.get("dpf-latombe").text_on(date(2025, 9, 10)).wording
    osl = library.get("osl-10-2a")
    assert "dokumenterad" not in osl.wording and "olämpligt" in osl.wording
    assert "kräver inte" in osl.guidance
    for entry_id in ("data-act-byte", "data-act-bytesavgifter"):
        wording = library.get(entry_id).wording
        assert "11 januari 2024" in wording and "12 januari 2027" in wording, entry_id
    fees = library.get("data-act-bytesavgifter").wording
    assert "förtida uppsägning" in fees and "förnyas" in fees and "inte förlänga" not in fees


# -- Stored texts that differ from the library's, and the library's review day -----------------


def test_a_changed_library_text_is_offered_one_caveat_at_a_time(library):
    memo = _memo(date(2026, 3, 1), years=(2026, 2028), board="Socialnämnden")
    memo.caveats = [caveat_for_memo(library.get(i), memo, Analysis(memo).law_date) for i in ("osl-10-2", "gdpr-art-28")]
    assert stale_caveats(memo, library, Analysis(memo).law_date) == []
    # The official's own edits are theirs: no offer.
    memo.caveats[0].text += " Förvaltningen har klassat uppgifterna."
    assert stale_caveats(memo, library, Analysis(memo).law_date) == []
    # An older memo (no record of the library text) whose text differs: offered, that one only.
    memo.caveats[1].text, memo.caveats[1].library_text = "Äldre text om biträdesavtal.", ""
    stale = stale_caveats(memo, library, Analysis(memo).law_date)
    assert [i for i, _ in stale] == [1]
    warnings = [p for p in validate(memo, library) if p.path == "caveats[1].text"]
    assert warnings and "annan text" in warnings[0].message
    fresh = stale[0][1]
    # A body word is written in lower case inside a sentence, as the program's own sentences
    # write it ("om socialnämnden").
    assert "för socialnämndens räkning" in fresh.text
    # Keeping one's own text records the library text it was checked against: no more offer.
    memo.caveats[1].library_text = fresh.library_text
    assert stale_caveats(memo, library, Analysis(memo).law_date) == []
    # Moving the decision date to before OSL 10:2 a offers the first caveat again, though the
    # official edited it: the library's text it was based on no longer holds on that date.
    memo.case.meeting_date = date(2018, 9, 1)
    assert [i for i, _ in stale_caveats(memo, library, Analysis(memo).law_date)] == [0]
    assert "2 a §" not in library_update(memo.caveats[0], library.get("osl-10-2"), memo, Analysis(memo).law_date).text


def test_a_memo_dated_after_the_librarys_review_gets_a_warning(library):
    assert library.reviewed == date(2026, 6, 30)
    def review_warnings(day):
        memo = _memo(day, years=(2026, 2028))
        memo.caveats = [caveat_for_memo(library.get("gdpr-art-28"), memo, Analysis(memo).law_date)]
        return [p for p in validate(memo, library) if p.path == "caveats"]

    late = review_warnings(date(2026, 12, 1))
    assert late and "senast granskades (2026-06-30)" in late[0].message
    assert not review_warnings(date(2026, 6, 30))


def test_a_version_5_file_opens_and_its_caveats_are_compared_by_their_text(tmp_path, library):
    doc = json.loads((EXAMPLE / "office365-goteborg-2018.memo").read_text(encoding="utf-8"))
    doc["schema_version"] = 5
    for caveat in doc["memo"]["caveats"]:
        del caveat["library_text"]
    path = tmp_path / "v5.memo"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    memo = storage.load(path)
    assert [c.library_text for c in memo.caveats] == [""] * len(memo.caveats)
    # The example's own wording differs from the library's: each is offered, one by one.
    assert [i for i, _ in stale_caveats(memo, library, Analysis(memo).law_date)] == list(range(len(memo.caveats)))
    storage.save(memo, tmp_path / "v6.memo")
    assert storage.load(tmp_path / "v6.memo") == memo


@pytest.mark.parametrize(("entry_id", "day", "later"), [
    ("dpf-latombe", date(2025, 10, 1), "C-703/25"),       # appealed 2025-10-31
    ("eu-us-dpf", date(2024, 6, 1), "T-553"),             # the General Court ruled 2025-09-03
    ("ai-act-allman-tillampning", date(2025, 6, 1), "Omnibus"),  # adopted June 2026
    ("edps-m365", date(2024, 6, 1), "åtgärdades"),        # remedied, case closed 2025-07-11
    ("esam-uttalande-2018", date(2019, 6, 1), "ifrågasatts"),  # disputed from 2020
    ("data-act-byte", date(2025, 10, 1), "Omnibus"),      # negotiated June 2026
])
def test_no_text_shown_on_a_day_tells_of_what_came_later(library, entry_id, day, later):
    text = library.get(entry_id).text_on(day, date(2030, 12, 31))
    shown = " ".join((text.reference, text.summary, text.wording, text.unverified, text.guidance,
                      *(c for _, c in text.coming)))
    assert later not in shown


def test_a_rule_taking_effect_within_the_contract_period_is_offered_as_coming(library):
    # Region, decision 2024-03-20, a contract 2024–2027: the Data Act's ban on switching
    # charges (from 2027-01-12) is known (the regulation was adopted in 2023) and takes
    # effect within the period, so it is "på väg" though more than a year ahead.
    from memo_builder.model.legal import coming_entries, contract_end

    memo = _memo(date(2024, 3, 20), years=(2024, 2027), board="Regionstyrelsen")
    until = contract_end(memo)
    assert until == date(2027, 12, 31)
    ids = {e.id for e in coming_entries(library, date(2024, 3, 20), until)}
    assert "data-act-bytesavgifter" in ids
    # Only a year ahead without the period (what was offered before).
    assert "data-act-bytesavgifter" not in {e.id for e in coming_entries(library, date(2024, 3, 20))}
    # A contract that ends before the rule takes effect is not told of it.
    short = _memo(date(2024, 3, 20), years=(2024, 2025), board="Regionstyrelsen")
    assert "data-act-bytesavgifter" not in {
        e.id for e in coming_entries(library, date(2024, 3, 20), contract_end(short))}
    # The entry's status follows the same horizon, in the analysis and the memo.
    entry = library.get("data-act-bytesavgifter")
    assert entry.status_on(date(2024, 3, 20), until) == "coming"
    assert entry.status_on(date(2024, 3, 20)) == "not_yet"
