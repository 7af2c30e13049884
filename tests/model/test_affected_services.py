"""Issue 14, "Consequences": each service says whom it affects and how many, the memo names
each service once, and the .memo format carries it (schema version 3)."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import docx
import pytest

from memo_builder.analysis.revision import Analysis
from memo_builder.files import storage
from memo_builder.model.memo import AffectedService, Memo, Severity
from memo_builder.render.context import _consequences
from memo_builder.render.pipeline import build_docx
from memo_builder.render.profile import load_profile
from tests.helpers import example_memo

V1 = Path(__file__).resolve().parent.parent / "fixtures" / "v1"


@pytest.fixture(scope="module")
def profile():
    return load_profile("kommun")


def _memo(*services: AffectedService, users: int = 0) -> Memo:
    memo = Memo()
    memo.case.meeting_date = date(2026, 3, 1)
    memo.consequences.deadline = date(2026, 6, 1)
    memo.consequences.services = list(services)
    memo.assumptions.user_count = users
    return memo


def _section(memo: Memo) -> list[str]:
    """The consequences section's paragraphs in the Word file: its heading to the next."""
    buf = io.BytesIO()
    build_docx(memo, buf)
    paragraphs = docx.Document(io.BytesIO(buf.getvalue())).paragraphs
    texts = [p.text for p in paragraphs]
    start = next(i for i, t in enumerate(texts) if t.startswith("Konsekvenser"))
    end = next((i for i in range(start + 1, len(paragraphs))
                if paragraphs[i].style.style_id == paragraphs[start].style.style_id), len(texts))
    return texts[start:end]


def test_each_service_says_whom_it_affects(profile):
    memo = _memo(AffectedService("e-post", "anställda", 6000),
                 AffectedService("lärplattformen", "elever", 20000), users=26000)
    sentence = _consequences(Analysis(memo), profile)["sentence"]
    assert sentence == (
        "Om nämnden inte fattar beslut före den 1 juni 2026 upphör e-post för 6\u00a0000 "
        "anställda och lärplattformen för 20\u00a0000 elever."
    )
    assert "26\u00a0000" not in sentence  # not added into one number of "användare"


def test_a_service_with_whom_but_no_count_and_the_costs_count_stays_out(profile):
    memo = _memo(AffectedService("e-post", "alla anställda"), AffectedService("intranätet"),
                 users=45000)
    sentence = _consequences(Analysis(memo), profile)["sentence"]
    assert sentence.endswith("upphör e-post för alla anställda och intranätet.")
    # A memo whose services say nothing of whom (migrated) keeps the one count it has.
    memo = _memo(AffectedService("e-post"), users=45000)
    assert _consequences(Analysis(memo), profile)["sentence"].endswith(
        "upphör e-post för 45\u00a0000 användare.")


@pytest.mark.parametrize("count", [1, 2, 3, 4, 6])
def test_services_are_named_once_not_in_a_sentence_and_again_in_a_list(count):
    names = [f"tjänst {chr(ord('a') + i)}" for i in range(count)]
    memo = _memo(*(AffectedService(n, "anställda", 100 * (i + 1)) for i, n in enumerate(names)))
    section = "\n".join(_section(memo))
    for name in names:
        assert section.count(name) == 1, (name, section)
    assert "Tjänster som upphör:" not in section


def test_the_example_reads_each_service_once_with_its_people():
    section = _section(example_memo())
    text = "\n".join(section)
    assert text.count("e-post och kalender") == 1
    assert "e-post och kalender för 45\u00a0000 användare" in text
    assert "allvarlighetsgrad" not in text  # a sentence, not a form label
    assert "Förvaltningen bedömer att konsekvenserna blir allvarliga." in section
    assert "E-post från medborgare skulle inte nås" not in text


def test_severity_is_said_in_a_sentence_for_each_level(profile):
    for severity in Severity:
        memo = _memo(AffectedService("e-post"))
        memo.consequences.severity = severity
        sentence = _consequences(Analysis(memo), profile)["severity_sentence"]
        assert sentence.startswith("Förvaltningen bedömer att konsekvenserna blir ")
        assert sentence.endswith(".")


def test_version_2_files_get_services_without_counts_and_keep_the_cost_count(tmp_path):
    doc = json.loads((V1 / "office365-goteborg-2018.memo").read_text(encoding="utf-8"))
    doc = storage.MIGRATIONS[1](doc)
    assert doc["schema_version"] == 2
    names = list(doc["memo"]["consequences"]["services"])
    assert names and all(isinstance(n, str) for n in names)
    upgraded = storage.MIGRATIONS[3](storage.MIGRATIONS[2](doc))  # via 3 (criteria) to 4
    assert upgraded["schema_version"] == 4
    assert upgraded["memo"]["consequences"]["services"] == [
        {"name": n, "affected": "", "count": 0} for n in names]
    assert upgraded["memo"]["assumptions"] == doc["memo"]["assumptions"]
    memo = storage.loads(json.dumps(doc))  # a whole version-2 file opens
    assert [s.name for s in memo.consequences.services] == names
    assert memo.assumptions.user_count == 45000
    path = tmp_path / "v3.memo"
    storage.save(memo, path)
    assert storage.load(path) == memo


def test_migration_leaves_odd_shapes_for_the_loader():
    odd = {"format": storage.FORMAT_NAME, "schema_version": 2,
           "memo": {"consequences": {"services": "e-post"}}}
    assert storage.MIGRATIONS[3](odd)["memo"]["consequences"]["services"] == "e-post"
    with pytest.raises(storage.MemoFileError):
        storage.loads(json.dumps(odd))
    mixed = {"format": storage.FORMAT_NAME, "schema_version": 2,
             "memo": {"consequences": {"services": ["e-post", 3]}}}
    with pytest.raises(storage.MemoFileError):
        storage.loads(json.dumps(mixed))


def test_a_passed_deadline_with_many_services_says_so_and_lists_each_once():
    memo = _memo(*(AffectedService(f"tjänst nummer {i} med ett långt namn", "elever", 100)
                   for i in range(4)))
    memo.case.meeting_date = date(2026, 9, 1)  # after the deadline, 1 June 2026
    section = _section(memo)
    sentence = next(t for t in section if t.startswith("Slutdatumet"))
    assert "har redan passerat" in sentence and sentence.endswith("upphör följande tjänster:")
    for i in range(4):
        assert "\n".join(section).count(f"tjänst nummer {i} med") == 1
