"""The .memo format: round trip, migrations, atomic save and every bad-file case."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from memo_builder.files import storage
from memo_builder.files.storage import MemoFileError
from memo_builder.model.memo import CostLine, DecisionPoint, Memo, Option
from tests.helpers import example_memo


def test_example_round_trips_exactly(tmp_path):
    memo = example_memo()
    path = tmp_path / "a.memo"
    storage.save(memo, path)
    again = storage.load(path)
    assert again == memo
    # Money stays exact: written as strings, read back as Decimal.
    line = again.options[0].cost_lines[0]
    assert isinstance(line.unit_price, Decimal)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["format"] == storage.FORMAT_NAME
    assert doc["schema_version"] == storage.SCHEMA_VERSION
    assert isinstance(doc["memo"]["options"][0]["cost_lines"][0]["unit_price"], str)


def test_round_trip_keeps_special_text(tmp_path):
    memo = Memo()
    memo.case.title = 'A & B <C> "citat" \'apostrof\''
    memo.summary = "rad 1\n\trad 2 med tabb\n\nstycke 2 – ÅÄÖ åäö é ü 🙂 עברית"
    memo.case.memo_date = date(2018, 4, 26)
    memo.options = [Option(title="x", cost_lines=[CostLine(unit_price=Decimal("0.10"))])]
    memo.decision_points = [DecisionPoint(text="punkt")]
    path = tmp_path / "s.memo"
    storage.save(memo, path)
    assert storage.load(path) == memo


def test_save_is_atomic_and_leaves_no_temp_files(tmp_path, monkeypatch):
    path = tmp_path / "a.memo"
    storage.save(example_memo(), path)
    before = path.read_bytes()

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(storage.os, "replace", boom)
    memo = example_memo()
    memo.case.title = "ändrad"
    with pytest.raises(MemoFileError, match="disken är full"):
        storage.save(memo, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["a.memo"]


def _write(tmp_path, name, content):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _doc(memo_body=None, **over):
    doc = {"format": storage.FORMAT_NAME, "schema_version": 1, "memo": memo_body or {}}
    doc.update(over)
    return json.dumps(doc)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("trunc.memo", _doc()[:-10], "skadad eller ofullständig"),
        ("empty.memo", "", "skadad eller ofullständig"),
        ("list.memo", "[1, 2]", "inte en memofil"),
        ("other.memo", json.dumps({"format": "something", "schema_version": 1}), "inte en memofil"),
        ("noversion.memo", json.dumps({"format": storage.FORMAT_NAME}), "versionsnummer"),
        ("strversion.memo", _doc(schema_version="1"), "versionsnummer"),
        ("newer.memo", _doc(schema_version=99), "nyare version"),
        ("nobody.memo", _doc(memo=None).replace('"memo": {}', '"memo": 5'), "saknar innehåll"),
        ("wrongtype.memo", _doc({"case": {"title": 12}}), "case.title: förväntade text"),
        ("badlist.memo", _doc({"options": {"a": 1}}), "options: förväntade en lista"),
        ("baddec.memo", _doc({"options": [{"cost_lines": [{"unit_price": "tio"}]}]}),
         "options[0].cost_lines[0].unit_price"),
        ("baddate.memo", _doc({"case": {"memo_date": "2018-13-45"}}), "case.memo_date"),
        ("badenum.memo", _doc({"options": [{"cost_lines": [{"category": "pizza"}]}]}), "okänt värde"),
        ("bool.memo", _doc({"assumptions": {"user_count": True}}), "förväntade ett heltal"),
        ("nan.memo", _doc({"options": [{"cost_lines": [{"unit_price": "NaN"}]}]}), "ändligt"),
        ("huge.memo", _doc({"options": [{"cost_lines": [{"unit_price": "1e400"}]}]}), "orimligt"),
        ("zip.memo", b"PK\x03\x04" + b"\x00" * 100, "zip- eller Word-fil"),
        ("latin1.memo", "{\"format\": \"å\"}".encode("latin-1"), "UTF-8"),
        ("deep.memo", "[" * 100000 + "]" * 100000, "nästlad"),
    ],
)
def test_bad_files_give_a_clear_message_naming_the_file(tmp_path, name, content, expected):
    path = _write(tmp_path, name, content)
    with pytest.raises(MemoFileError) as info:
        storage.load(path)
    message = str(info.value)
    assert expected in message
    assert name in message or str(path) in message
    assert "Traceback" not in message


def test_missing_directory_and_too_large(tmp_path, monkeypatch):
    with pytest.raises(MemoFileError, match="finns inte"):
        storage.load(tmp_path / "nope.memo")
    folder = tmp_path / "dir.memo"
    folder.mkdir()
    with pytest.raises(MemoFileError, match="mapp"):
        storage.load(folder)
    big = _write(tmp_path, "big.memo", "x")
    monkeypatch.setattr(storage, "MAX_FILE_BYTES", 0)
    with pytest.raises(MemoFileError, match="för stor"):
        storage.load(big)


def test_control_characters_are_removed_on_load(tmp_path):
    path = _write(tmp_path, "c.memo", _doc({"case": {"title": "A\u0000B\u0007C\u000bD\ufffe"}}))
    memo = storage.load(path)
    assert memo.case.title == "ABC\nD"


def test_migration_mechanism_upgrades_old_files(tmp_path):
    old = {"format": storage.FORMAT_NAME, "schema_version": 0, "memo": {"arende": {"title": "Gammal"}}}
    path = _write(tmp_path, "old.memo", json.dumps(old))
    memo = storage.load(path)
    assert memo.case.title == "Gammal"


def test_upgrade_runs_registered_steps_in_order(monkeypatch):
    calls = []

    def step(n):
        def fn(doc):
            calls.append(n)
            return {**doc, "schema_version": n + 1}

        return fn

    monkeypatch.setattr(storage, "SCHEMA_VERSION", 3)
    doc = storage.upgrade({"schema_version": 0}, {0: step(0), 1: step(1), 2: step(2)})
    assert calls == [0, 1, 2]
    assert doc["schema_version"] == 3
    with pytest.raises(MemoFileError, match="ingen uppgradering"):
        storage.upgrade({"schema_version": 1}, {0: step(0)})
    with pytest.raises(MemoFileError, match="misslyckades"):
        storage.upgrade({"schema_version": 0}, {0: lambda d: d})


def test_missing_fields_take_defaults(tmp_path):
    path = _write(tmp_path, "min.memo", _doc({"case": {"title": "Bara rubrik"}}))
    memo = storage.load(path)
    assert memo.case.title == "Bara rubrik"
    assert memo.options == []
    assert memo.profile == ""  # the user's default profile (settings), never a city in code
    from memo_builder.render.pipeline import profile_key

    assert profile_key(memo) == "kommun"
