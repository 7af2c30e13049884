"""Schema version 3 (weighed criteria): version-2 files open unchanged, with no criteria.

The fixtures in tests/fixtures/v2/ were written by the version-2 release's own
``storage.save`` (commit 269d6ef), from the version-1 fixtures.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from memo_builder.files import storage
from memo_builder.model.memo import Criterion, Score
from memo_builder.model.serialization import to_data

V2 = Path(__file__).resolve().parent.parent / "fixtures" / "v2"
NAMES = sorted(p.name for p in V2.glob("*.memo"))


@pytest.mark.parametrize("name", NAMES)
def test_every_v2_file_opens_unchanged_with_empty_criteria(name, tmp_path):
    doc = json.loads((V2 / name).read_text(encoding="utf-8"))
    assert doc["schema_version"] == 2 and "criteria" not in doc["memo"]
    memo = storage.load(V2 / name)
    assert memo.criteria == []
    data = to_data(memo)
    assert data.pop("criteria") == []
    # Version 4 turned each service name into a service without a count; undo only that.
    services = data["consequences"]["services"]
    assert all(s["affected"] == "" and s["count"] == 0 for s in services)
    data["consequences"]["services"] = [s["name"] for s in services]
    for option in data["options"]:  # version 4 also has each option's product (empty here)
        assert option.pop("product") == ""
        for line in option["cost_lines"]:  # version 6: option years in the row (none here)
            assert line.pop("option_from_year") == 0
    # Version 5 adds the secrecy marks: none in an older file.
    assert data.pop("secrecy") == {"marks": [], "marked_on": None, "authority": ""}
    # Version 6 (issue 20): financing, the years' basis, services stop, bridge lines, and
    # whether the official found no aspects in a perspective: none of them stated in an older file.
    assert data["assumptions"].pop("financing") == ""
    assert data["assumptions"].pop("year_basis") == ""
    for option in data["options"]:
        assert option.pop("services_stop") is False
        assert all(line.pop("bridge") is False for line in option["cost_lines"])
    assert all(p.pop("none_found") is False for p in data["perspectives"])
    # Version 6 adds the library text each caveat was filled from: unknown (empty) before.
    for caveat in data["caveats"]:
        assert caveat.pop("library_text") == ""
    assert data == doc["memo"]  # everything else exactly as the file held it
    target = tmp_path / name
    storage.save(memo, target)
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert saved["schema_version"] == storage.SCHEMA_VERSION  # 3 added the criteria; later versions migrate on
    assert storage.load(target) == memo


def test_the_migration_is_registered_and_leaves_odd_shapes_to_the_loader():
    assert 2 in storage.MIGRATIONS
    odd = {"format": storage.FORMAT_NAME, "schema_version": 2, "memo": "fel"}
    assert storage.upgrade(odd)["memo"] == "fel"
    with pytest.raises(storage.MemoFileError):
        storage.loads(json.dumps(odd))


def test_criteria_survive_a_round_trip(tmp_path):
    memo = storage.load(V2 / "office365-goteborg-2018.memo")
    o1, o2 = memo.options[0], memo.options[1]
    memo.criteria = [
        Criterion(title="Informationssäkerhet", weight=Decimal("37.5"),
                  scores=[Score(o1.id, 2, "Data hos amerikansk leverantör"), Score(o2.id, 4)]),
        Criterion(title="Kostnad", weight=Decimal("62.5"), from_costs=True),
    ]
    storage.save(memo, tmp_path / "k.memo")
    assert storage.load(tmp_path / "k.memo") == memo


def test_a_wrong_type_in_the_criteria_is_a_clear_message():
    doc = json.loads((V2 / "new-empty.memo").read_text(encoding="utf-8"))
    doc["schema_version"] = 3
    doc["memo"]["criteria"] = [{"title": "X", "scores": [{"score": "fem"}]}]
    with pytest.raises(storage.MemoFileError, match=r"criteria\[0\]\.scores\[0\]\.score"):
        storage.loads(json.dumps(doc))
