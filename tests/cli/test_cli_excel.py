"""``memo-builder import-costs`` and ``export-costs`` as a user meets them."""

from __future__ import annotations

import openpyxl
import pytest

from memo_builder.files import storage
from memo_builder.files.paths import example_memo_path
from tests.cli.test_cli import run
from tests.excel import workbooks as W


@pytest.fixture
def memo_path(tmp_path):
    path = tmp_path / "ärende.memo"
    path.write_bytes(example_memo_path().read_bytes())
    return path


def test_import_adds_to_the_recommended_option_and_saves(tmp_path, capsys, memo_path):
    before = storage.load(memo_path)
    recommended = before.options.index(before.recommended_option())
    sheet = W.swedish_row3_merged(tmp_path / "kalkyl.xlsx")
    code, out, err = run(capsys, "import-costs", str(memo_path), str(sheet))
    assert code == 0, err
    after = storage.load(memo_path)
    added = after.options[recommended].cost_lines[len(before.options[recommended].cost_lines):]
    assert [line.description for line in added] == ["Office 365 E3", "Införandeprojekt",
                                                     "Projektledning", "Support"]
    assert f"alternativ {recommended + 1}" in out and "La till 4 kostnadsrader" in out
    assert "Hoppar över rad 10" in out and "ca 40" in out
    assert "Växelkurs för EUR" in err
    for i, option in enumerate(after.options):
        if i != recommended:
            assert option == before.options[i]


def test_import_to_a_chosen_option_and_sheet(tmp_path, capsys, memo_path):
    sheet = W.swedish_row3_merged(tmp_path / "kalkyl.xlsx")
    before = storage.load(memo_path)
    code, out, err = run(capsys, "import-costs", str(memo_path), str(sheet), "--option", "3",
                         "--sheet", "Kalkyl")
    assert code == 0, err
    after = storage.load(memo_path)
    assert len(after.options[2].cost_lines) == len(before.options[2].cost_lines) + 4


@pytest.mark.parametrize(
    ("maker", "name", "words"),
    [(W.xls, "gammal.xls", ".xls"), (W.encrypted, "hemlig.xlsx", "lösenordsskyddad"),
     (W.corrupt, "trasig.xlsx", "skadad"), (W.empty_sheet, "tom.xlsx", "tomt"),
     (W.many_rows, "stor.xlsx", "fler än")],
)
def test_a_bad_workbook_changes_nothing(tmp_path, capsys, memo_path, maker, name, words):
    before = memo_path.read_bytes()
    code, out, err = run(capsys, "import-costs", str(memo_path), str(maker(tmp_path / name)))
    assert code == 2
    assert err.startswith("Fel: ") and words in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert memo_path.read_bytes() == before


def test_nothing_importable_changes_nothing(tmp_path, capsys, memo_path):
    wb = openpyxl.Workbook()
    wb.active.append(["Beskrivning", "Styckpris"])
    wb.active.append(["Licenser", "mycket"])
    wb.save(tmp_path / "inget.xlsx")
    before = memo_path.read_bytes()
    code, out, err = run(capsys, "import-costs", str(memo_path), str(tmp_path / "inget.xlsx"))
    assert code == 2 and "Inga kostnadsrader" in err and "”mycket” är inget tal" in out
    assert memo_path.read_bytes() == before


def test_wrong_option_and_missing_sheet(tmp_path, capsys, memo_path):
    sheet = W.english_plain(tmp_path / "c.xlsx")
    code, _, err = run(capsys, "import-costs", str(memo_path), str(sheet), "--option", "9")
    assert code == 2 and "Alternativ 9 finns inte" in err
    code, _, err = run(capsys, "import-costs", str(memo_path), str(sheet), "--sheet", "X")
    assert code == 2 and "Bladet 'X' finns inte" in err


def test_export_costs_writes_a_workbook(tmp_path, capsys, memo_path):
    target = tmp_path / "kostnader.xlsx"
    code, out, err = run(capsys, "export-costs", str(memo_path), "-o", str(target))
    assert code == 0, err
    assert "sekretess" in err and "nämndens version" in err  # the example marks a price
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames == ["Sammanfattning", "Antaganden", "Alt 1", "Alt 2", "Alt 3"]
    code, _, err = run(capsys, "export-costs", str(memo_path), "-o", str(tmp_path / "k.docx"))
    assert code == 2 and ".xlsx" in err
    code, _, err = run(capsys, "export-costs", str(memo_path), "-o", str(tmp_path / "nej" / "k.xlsx"))
    assert code == 2 and "finns inte" in err
