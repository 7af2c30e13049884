"""Issue 14, "The law on the decision date — and only that law": dated wording, maintenance
notes kept out of the memo, kinds that tell the truth, suggestions that fit the case and its
supplier, one citation form, and case facts that narrow the library.

Each test runs over every shipped entry (the class), and over a memo built the way the board
reads it (the instance the issue found)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

import pytest

from memo_builder.analysis.revision import Analysis
from memo_builder.files.caveat_library import default_library
from memo_builder.model.caveats import TAGS
from memo_builder.model.citations import citation_problems, shorten_repeated
from memo_builder.model.costs import memo_costs
from memo_builder.model.legal import (
    caveat_from_entry,
    fits,
    memo_facts,
)
from memo_builder.model.memo import (
    CaseFacts,
    CostLine,
    LegalCaveat,
    Memo,
    Option,
)
from memo_builder.render.context import build_context
from memo_builder.render.profile import load_profile
from tests.helpers import example_memo


@pytest.fixture(scope="module")
def library():
    lib = default_library()
    assert lib.problems == []
    return lib


@pytest.fixture(scope="module")
def profile():
    return load_profile("kommun")


def _memo(decided: date, *, supplier="", product="", years=(2026, 2028), facts=None) -> Memo:
    memo = Memo()
    memo.case.memo_date = memo.case.meeting_date = decided
    memo.facts = facts or CaseFacts()
    option = Option(title="Alternativ", supplier=supplier, product=product,
                    cost_lines=[CostLine(description="Licenser", unit_price=Decimal(1),
                                         first_year=years[0], last_year=years[1])])
    memo.options = [option]
    memo.recommended_option_id = option.id
    return memo


def _dates(entry) -> list[date]:
    """The days on which the entry's text can differ: its start and each dated part's."""
    days = {entry.valid_from, *(v.start for v in entry.versions),
            *(p.start for p in entry.amounts)}
    return sorted(d for d in days if d >= entry.valid_from)


def _sentences(text: str) -> set[str]:
    return {s.strip() for s in re.split(r"(?<=\.) ", text) if s.strip() and "{" not in s}


# -- 1. Dated wording ------------------------------------------------------------------------


def test_every_dated_part_is_printed_only_from_its_date(library):
    parts = [(e, v) for e in library.entries.values() for v in e.versions]
    assert {e.id for e, _ in parts} >= {"lou-belopp", "osl-10-2", "schrems-ii"}
    for entry, part in parts:
        before = entry.text_on(part.start - timedelta(days=1))
        on = entry.text_on(part.start)
        if part.wording:
            new = _sentences(part.wording) - _sentences(entry.wording)
            assert new, entry.id
            for sentence in new:
                assert sentence not in before.wording, (entry.id, sentence)
                assert sentence in on.wording, (entry.id, sentence)
        if part.reference:
            assert before.reference != part.reference and on.reference == part.reference
        assert before.coming == (), entry.id  # no contract period given: nothing is coming


def test_a_2018_memo_cites_no_later_lou_rules_or_amounts(library, profile):
    memo = _memo(date(2018, 5, 16), years=(2018, 2020))
    entry = library.get("lou-belopp")
    memo.caveats = [caveat_from_entry(entry, memo.case.decision_date)]
    caveat = build_context(Analysis(memo, library), profile)["caveats"][0]
    printed = " ".join((caveat["reference"], caveat["text"], caveat["status"]))
    for later in ("2022", "19 a kap.", "fast belopp", "700 000", "2026", "216 000"):
        assert later not in printed
    assert "586\u00a0907\u00a0kronor" in caveat["text"]  # the amounts on the decision date


def test_an_amendment_within_the_contract_period_is_said_as_coming_with_its_date(
    library, profile
):
    # The Riksdag adopted the change on 2021-11-17 (issue 20: only what was known on the day),
    # so a memo decided in December 2021 says it is coming.
    memo = _memo(date(2021, 12, 1), years=(2021, 2023))
    memo.caveats = [caveat_from_entry(library.get("lou-belopp"), memo.case.decision_date)]
    caveat = build_context(Analysis(memo, library), profile)["caveats"][0]
    assert "fast belopp" not in caveat["text"]  # not yet the law on the decision date
    assert "från den 1 februari 2022" in caveat["status"]
    assert "fast belopp" in caveat["status"]
    # A contract that ends before the change does not hear of it.
    short = _memo(date(2021, 12, 1), years=(2021, 2021))
    short.caveats = memo.caveats
    assert build_context(Analysis(short, library), profile)["caveats"][0]["status"] == ""


# -- 2. Maintenance notes --------------------------------------------------------------------


def test_maintenance_notes_never_reach_the_memo(library):
    for entry in library.entries.values():
        notes = [entry.unverified, *(v.unverified for v in entry.versions)]
        for day in _dates(entry):
            text = caveat_from_entry(entry, day).text
            assert "Ej bekräftat" not in text, entry.id
            for note in filter(None, notes):
                assert note not in text, (entry.id, day)


def test_an_unconfirmed_fact_the_wording_cites_is_one_plain_sentence(library):
    entry = library.get("lou-belopp")
    text = caveat_from_entry(entry, date(2026, 3, 1)).text
    sentence = next(p.unverified_cited for p in entry.amounts if p.covers(date(2026, 3, 1)))
    assert text.count(sentence) == 1 and "\n" not in text
    assert sentence not in caveat_from_entry(entry, date(2024, 3, 1)).text


# -- 3. Kinds --------------------------------------------------------------------------------

_SWEDISH_OR_EU = re.compile(r"\(\d{4}:\d+\)|\(EU\) \d{4}/\d+")


def test_binding_law_is_swedish_or_eu_law_and_foreign_law_is_not(library):
    for entry in library.entries.values():
        sources = " ".join([entry.reference, *(v.reference for v in entry.versions)])
        if entry.kind == "law":
            assert _SWEDISH_OR_EU.search(sources), entry.id
        if entry.kind == "foreign_law":
            assert not _SWEDISH_OR_EU.search(sources), entry.id
    assert library.get("cloud-act").kind == "foreign_law"


def test_the_memo_never_calls_the_cloud_act_binding_law(library, profile):
    memo = example_memo()
    # A memo saved before the library was corrected holds the kind it was given then.
    next(c for c in memo.caveats if c.library_id == "cloud-act").kind = "law"
    caveats = build_context(Analysis(memo, library), profile)["caveats"]
    cloud = next(c for c in caveats if "CLOUD" in c["title"])
    assert cloud["kind"] == "Utländsk lag som binder leverantören"
    assert cloud["is_foreign_law"]


# -- 4. Suggestions that fit the supplier ----------------------------------------------------


def test_every_vendor_commitment_names_its_vendor(library):
    for entry in library.entries.values():
        assert (entry.kind == "vendor") == bool(entry.vendor), entry.id


@pytest.mark.parametrize(
    ("supplier", "product", "offered"),
    [
        ("Google", "Google Workspace", False),
        ("Atea", "Google Workspace", False),
        ("Microsoft (via återförsäljare)", "", True),
        ("Atea", "Microsoft 365", True),
    ],
)
def test_a_vendors_own_commitment_fits_only_that_vendors_case(
    library, supplier, product, offered
):
    facts = CaseFacts(personal_data=True, confidential_data=True, cloud_service=True)
    memo = _memo(date(2026, 3, 1), supplier=supplier, product=product, facts=facts)
    memo.options[0].supplier_outside_eu = True
    fitting, _rest = Analysis(memo, library).suggestions
    ids = {e.id for e in fitting}
    assert ("customer-lockbox" in ids) is offered
    assert ("microsoft-eu-data-boundary" in ids) is offered
    assert "cloud-act" in ids  # the law that binds any US supplier still fits


# -- 5. One citation form --------------------------------------------------------------------


def test_every_entry_cites_statutes_in_one_form(library):
    for entry in library.entries.values():
        texts = [entry.title, entry.reference, entry.summary, entry.wording]
        for v in entry.versions:
            texts += [v.reference, v.summary, v.wording, v.coming]
        for text in texts:
            assert citation_problems(text) == [], (entry.id, text)


def test_the_example_cites_in_the_same_form(library):
    for caveat in example_memo().caveats:
        assert citation_problems(caveat.reference) == [], caveat.reference
        assert citation_problems(caveat.text) == [], caveat.text


def test_the_old_forms_are_caught():
    assert citation_problems("Offentlighets- och sekretesslagen (SFS 2009:400) 10 kap. 2 §")
    assert citation_problems("Lag (2016:1145) om offentlig upphandling")
    assert citation_problems("lagen (2016:1145) om offentlig upphandling") == []


def test_a_statute_is_named_in_full_once_then_by_its_short_name(library, profile):
    memo = _memo(date(2026, 3, 1))
    memo.caveats = [caveat_from_entry(library.get(i), date(2026, 3, 1))
                    for i in ("osl-10-2", "osl-10-2a")]
    refs = [c["reference"] for c in build_context(Analysis(memo, library), profile)["caveats"]]
    assert "offentlighets- och sekretesslagen (2009:400)" in refs[0]
    assert "(2009:400)" not in refs[1] and refs[1].endswith("OSL; prop. 2022/23:97, SOU 2021:1")
    assert shorten_repeated(["Arkivlagen (1990:782)", "Arkivlagen (1990:782) 3 §"]) == [
        "Arkivlagen (1990:782)", "Arkivlagen 3 §"]


# -- 6. Case facts narrow the library --------------------------------------------------------


def test_without_ai_or_security_no_ai_or_security_entry_fits(library):
    # The case: everything ticked except AI features and security-sensitive work.
    facts = CaseFacts(personal_data=True, confidential_data=True, cloud_service=True,
                      contract_extension=True, security_sensitive=False, ai_features=False)
    memo = _memo(date(2026, 11, 29), supplier="Microsoft", facts=facts)
    memo.options[0].supplier_outside_eu = True
    fitting, rest = Analysis(memo, library).suggestions
    for entry in fitting:
        assert entry.tags[0] not in {"ai", "sakerhetsskydd"}, entry.id
    assert {"ai-act-ai-kunnighet", "digg-imy-ai-riktlinjer", "sakerhetsskyddslagen",
            "sakerhetsskydd-utkontraktering"} <= {e.id for e in rest}
    assert {"osl-10-2a", "cloud-act", "gdpr-art-28"} <= {e.id for e in fitting}


def test_an_entry_tied_to_a_fact_the_case_lacks_never_fits(library):
    every = set(TAGS)
    for entry in library.entries.values():
        for tag in entry.requires:
            facts = (every - {tag}) | {"supplier:" + entry.vendor.casefold()}
            assert not fits(entry, facts), (entry.id, tag)


def test_an_entry_about_a_fact_the_official_ticks_is_tied_to_it(library):
    # The first tag is the entry's subject; a subject the case may lack must be required.
    optional = set(TAGS) - {"arkiv", "delegering", "informationssakerhet"}
    for entry in library.entries.values():
        if entry.tags[0] in optional:
            assert entry.tags[0] in entry.requires, entry.id


def test_the_analysis_shares_the_split_and_the_dated_text(library):
    memo = example_memo()
    memo.case.meeting_date = date(2026, 11, 29)  # AI and security law in force, not ticked
    analysis = Analysis(memo, library)
    fitting, rest = analysis.suggestions
    assert fitting and rest and not {e.id for e in fitting} & {e.id for e in rest}
    assert analysis.facts == memo_facts(memo, library, costs=memo_costs(memo))
    entry = library.get("lou-belopp")
    day = date(2026, 11, 29)
    assert analysis.entry_text(entry) == entry.text_on(day, analysis.contract_end)
    assert isinstance(caveat_from_entry(entry, day), LegalCaveat)


def test_a_kind_the_library_has_corrected_is_pointed_out(library):
    from tests.helpers import validate

    memo = example_memo()
    i = next(i for i, c in enumerate(memo.caveats) if c.library_id == "cloud-act")
    memo.caveats[i].kind = "law"
    problems = [p for p in validate(memo, library) if p.path == f"caveats[{i}].kind"]
    assert problems and "Utländsk lag som binder leverantören" in problems[0].message
    memo.caveats[i].kind = "foreign_law"
    assert not [p for p in validate(memo, library) if p.path == f"caveats[{i}].kind"]
