"""The memo and the caveat library together: date-aware suggestions, status notes, warnings."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest

from memo_builder.analysis.revision import Analysis
from memo_builder.files.caveat_library import default_library, load_library
from memo_builder.files.paths import resources_dir
from memo_builder.model.legal import caveat_from_entry, suggested_entries
from memo_builder.model.memo import Assessment, LegalCaveat
from memo_builder.render.pipeline import build_docx
from tests.helpers import example_memo, validate


def _suggested(memo, library):
    a = Analysis(memo, library)
    return suggested_entries(memo, library, a.facts, a.law_date)


@pytest.fixture(scope="module")
def library():
    lib = default_library()
    assert lib.problems == []
    return lib


def _ids(entries):
    return {e.id for e in entries}


def _with_date(d: date):
    memo = example_memo()
    memo.caveats = []
    memo.case.memo_date = d
    memo.case.meeting_date = d
    return memo


def test_the_example_would_cite_different_law_in_2018_2021_and_2026(library):
    in_2018 = _ids(_suggested(_with_date(date(2018, 5, 16)), library))
    in_2021 = _ids(_suggested(_with_date(date(2021, 5, 1)), library))
    in_2026 = _ids(_suggested(_with_date(date(2026, 11, 29)), library))
    # 2018: the CLOUD Act (2018-03-23) applies; GDPR (2018-05-25) and Schrems II do not yet.
    assert {"osl-10-2", "cloud-act", "customer-lockbox"} <= in_2018
    assert not {"gdpr-art-28", "schrems-ii", "osl-10-2a", "eu-us-dpf"} & in_2018
    # 2021: GDPR and Schrems II (2020-07-16) apply; 10:2 a (2023-07-01) and the DPF do not.
    assert {"gdpr-art-28", "gdpr-art-44-49", "schrems-ii"} <= in_2021
    assert not {"osl-10-2a", "eu-us-dpf", "data-act-byte"} & in_2021
    # 2026: the new secrecy-breaking rule, the DPF, the Data Act and the cybersecurity law.
    assert {"osl-10-2a", "eu-us-dpf", "data-act-byte", "cybersakerhetslagen"} <= in_2026


def test_facts_put_fitting_entries_first(library):
    memo = _with_date(date(2026, 11, 29))
    memo.facts.confidential_data = True
    memo.facts.cloud_service = True
    facts = Analysis(memo, library).facts
    assert {"sekretess", "molntjanst", "leverantor-utanfor-eu", "upphandling"} <= facts
    suggestions = _suggested(memo, library)
    top = suggestions[: len(suggestions) // 2]
    assert "osl-10-2a" in _ids(top)
    # Entries already in the memo are not offered again.
    memo.caveats.append(caveat_from_entry(library.get("osl-10-2a"), memo.case.decision_date))
    assert "osl-10-2a" not in _ids(_suggested(memo, library))


def test_caveat_from_entry_keeps_kind_and_reference_but_not_maintenance_notes(library):
    # Issue 14: what the library has not confirmed is a note for the library and the GUI;
    # it never reaches the board (tests/model/test_law_on_decision_date.py has the rest).
    entry = next(e for e in library.entries.values() if e.unverified.strip())
    caveat = caveat_from_entry(entry, entry.valid_from)
    assert caveat.library_id == entry.id
    assert caveat.kind == entry.kind and caveat.reference == entry.reference
    assert "Ej bekräftat" not in caveat.text and entry.unverified not in caveat.text
    assert caveat.assessment is Assessment.UNASSESSED


def test_missing_library_entry_keeps_stored_wording_and_warns(tmp_path):
    lib = load_library(tmp_path)  # empty library: every id is unknown
    memo = example_memo()
    problems = validate(memo, lib)
    missing = [p for p in problems if p.path.endswith(".library_id")]
    assert len(missing) == sum(1 for c in memo.caveats if c.library_id)
    assert "finns inte längre" in missing[0].message
    buf = io.BytesIO()
    build_docx(memo, buf, library=lib)
    # (read aloud: the Word file binds dates and references with no-break spaces)
    texts = [p.text.replace("\u00a0", " ") for p in docx.Document(io.BytesIO(buf.getvalue())).paragraphs]
    assert memo.caveats[0].text in texts


def test_citing_law_not_in_force_on_the_decision_date_warns(library):
    memo = example_memo()
    filled_on = date(2026, 1, 15)  # filled from a later library day, then the date moves back
    memo.caveats.append(caveat_from_entry(library.get("schrems-ii"), filled_on))
    memo.caveats.append(caveat_from_entry(library.get("osl-10-2"), filled_on))
    memo.case.meeting_date = date(2018, 5, 16)
    problems = [p for p in validate(memo, library) if p.path == f"caveats[{len(memo.caveats) - 2}].library_id"]
    assert problems and "gäller först från 2020-07-16" in problems[0].message


def test_lou_limit_comes_from_the_library_for_the_decision_date(library):
    memo = example_memo()
    messages = [p.message for p in validate(memo, library) if "direktupphandlingsgränsen" in p.message]
    assert messages and "586\u00a0907\u00a0kr" in messages[0]
    memo.case.memo_date = memo.case.meeting_date = date(2023, 3, 1)
    messages = [p.message for p in validate(memo, library) if "direktupphandlingsgränsen" in p.message]
    assert messages and "700\u00a0000\u00a0kr" in messages[0]
    # Without an LOU caveat the warning asks for one (it must become a legal point).
    memo.caveats = [c for c in memo.caveats if c.library_id != "lou-belopp"]
    legal = [p for p in validate(memo, library) if p.path == "caveats"]
    assert legal and "saknar en juridisk punkt om upphandling" in legal[0].message


def test_rendered_legal_section_in_word(library):
    memo = example_memo()
    buf = io.BytesIO()
    build_docx(memo, buf, library=library)
    paragraphs = docx.Document(io.BytesIO(buf.getvalue())).paragraphs
    texts = [p.text.replace("\u00a0", " ") for p in paragraphs]  # units bound: read aloud
    start = texts.index("Juridiska bedömningar")
    section = texts[start:]
    for caveat in memo.caveats:
        assert caveat.title in section
        heading = paragraphs[start + section.index(caveat.title)]
        assert heading.style.style_id == "Heading3"
    # Kind and reference are cited under each heading; the vendor promise is labelled as such.
    assert "Bindande lag: 10 kap. 2 § offentlighets- och sekretesslagen (2009:400)" in section
    assert any(t.startswith("Leverantörsåtagande – inte lag") for t in section)
    # ...once: the kind says it, no second notice repeats it.
    assert not any("inte ett rättsligt skydd" in t for t in section)
    # The administration's own assessment stays visible next to the proposal.
    assert any(t.startswith("Förvaltningens bedömning – löser förslaget frågan? Nej.") for t in section)
    # GDPR art. 28 applies from nine days after the 2018 meeting (in force since 2016): "tillämpas
    # från", not "träder i kraft" (issue 20).
    assert "Tillämpas från den 25 maj 2018, efter beslutsdatumet." in section


def test_organisation_library_override_reaches_the_memo(tmp_path):
    shipped = resources_dir() / "caveats"
    org = tmp_path / "org"
    org.mkdir()
    text = (shipped / "cloud-act.toml").read_text(encoding="utf-8")
    org_text = text.replace('title = "', 'title = "Juridiska avdelningen: ', 1)
    (org / "cloud-act.toml").write_text(org_text, encoding="utf-8")
    lib = load_library(shipped, org)
    entry = lib.get("cloud-act")
    assert entry.origin == "organisation"
    assert caveat_from_entry(entry, entry.valid_from).title.startswith("Juridiska avdelningen: ")
    assert isinstance(caveat_from_entry(entry, entry.valid_from), LegalCaveat)
