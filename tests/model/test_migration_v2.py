"""Schema version 2: files written by the version-1 release open, upgrade and build.

The fixtures in tests/fixtures/v1/ were written by that release's own ``storage.save`` (commit
bcbd935), not by hand: the example, a memo whose proposal and baseline are different options
with two different user counts, one with no proposal and the count only under the
consequences, one with two options marked as proposal (a state the booleans allowed), and a new
empty memo.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import pytest

from memo_builder.files import storage
from memo_builder.publish.service import ExportRequest, export

V1 = Path(__file__).resolve().parent.parent / "fixtures" / "v1"


def v1(name: str) -> dict:
    doc = json.loads((V1 / name).read_text(encoding="utf-8"))
    assert doc["schema_version"] == 1  # the fixture really is a version-1 file
    return doc


def option_ids(doc: dict) -> list[str]:
    return [o["id"] for o in doc["memo"]["options"]]


@pytest.mark.parametrize("name", sorted(p.name for p in V1.glob("*.memo")))
def test_every_v1_file_opens_builds_and_saves_as_current(name, tmp_path):
    memo = storage.load(V1 / name)
    result = export(memo, request=ExportRequest(draft=True))
    document = docx.Document(io.BytesIO(result.data))
    assert document.paragraphs  # a real Word file came out
    target = tmp_path / name
    storage.save(memo, target)
    saved = json.loads(target.read_text(encoding="utf-8"))
    # Saved at the current version (2 when these were written; later versions migrate on).
    assert saved["schema_version"] == storage.SCHEMA_VERSION
    for option in saved["memo"]["options"]:
        assert "recommended" not in option and "baseline" not in option
    assert "affected_users" not in saved["memo"]["consequences"]
    assert storage.load(target) == memo  # the upgraded memo survives a round trip


def test_the_example_keeps_its_proposal_baseline_and_users():
    doc = v1("office365-goteborg-2018.memo")
    flags = [(o["recommended"], o["baseline"]) for o in doc["memo"]["options"]]
    memo = storage.load(V1 / "office365-goteborg-2018.memo")
    ids = option_ids(doc)
    assert memo.recommended_option_id == ids[[r for r, _ in flags].index(True)]
    assert memo.baseline_option_id == ids[[b for _, b in flags].index(True)]
    assert memo.assumptions.user_count == doc["memo"]["assumptions"]["user_count"] == 45000
    assert memo.consequences.description == doc["memo"]["consequences"]["description"]


def test_proposal_and_baseline_on_different_options_and_two_user_counts():
    doc = v1("proposal-and-baseline-differ.memo")
    memo = storage.load(V1 / "proposal-and-baseline-differ.memo")
    ids = option_ids(doc)
    assert memo.recommended_option() is memo.options[2] and memo.recommended_option_id == ids[2]
    assert memo.baseline_option() is memo.options[1] and memo.baseline_option_id == ids[1]
    # The costs' count stays; the other count is kept in words, not dropped.
    assert memo.assumptions.user_count == 45000
    assert "52000" in memo.consequences.description
    assert memo.consequences.description.startswith(doc["memo"]["consequences"]["description"])


def test_a_count_only_under_the_consequences_becomes_the_one_count():
    memo = storage.load(V1 / "no-proposal-users-only-in-consequences.memo")
    assert memo.assumptions.user_count == 800
    assert memo.recommended_option() is None and memo.baseline_option() is None
    assert "800" not in memo.consequences.description


def test_two_marked_proposals_become_the_first_as_the_memo_read_it():
    doc = v1("two-proposals.memo")
    memo = storage.load(V1 / "two-proposals.memo")
    ids = option_ids(doc)
    assert memo.recommended_option_id == ids[0]
    assert memo.baseline_option_id == ids[0]


def test_a_newer_file_still_gets_the_newer_program_message(tmp_path):
    doc = v1("new-empty.memo")
    doc["schema_version"] = storage.SCHEMA_VERSION + 1
    path = tmp_path / "framtid.memo"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(storage.MemoFileError, match="nyare version"):
        storage.load(path)


def test_migration_tolerates_odd_v1_shapes():
    base = v1("new-empty.memo")
    odd = dict(base)
    odd["memo"] = dict(base["memo"], options=["inte ett objekt", {"recommended": "ja"}],
                       consequences={"affected_users": True}, assumptions="fel")
    upgraded = storage.MIGRATIONS[1](odd)  # the version-1 to version-2 step itself
    assert upgraded["schema_version"] == 2
    assert upgraded["memo"]["options"][0] == "inte ett objekt"
    assert "recommended_option_id" not in upgraded["memo"]  # "ja" is not a mark
    assert upgraded["memo"]["assumptions"] == "fel"  # left for the loader to explain
    with pytest.raises(storage.MemoFileError):
        storage.loads(json.dumps(odd))
