"""The GUI side of issue 15: Excel import with its preview (one undo step), the cost workbook,
and the Bedömningsgrunder step with undo."""

from __future__ import annotations

from decimal import Decimal

import openpyxl

from memo_builder.files import storage
from memo_builder.files.paths import example_memo_path
from memo_builder.gui import excel_import_dialog
from memo_builder.gui.steps import STEP_KEYS
from memo_builder.model.memo import CostLine, Option
from tests.excel import workbooks as W
from tests.gui.helpers import click, type_into


def _open_example(w) -> None:
    w.doc.replace(storage.load(example_memo_path()), None)


def test_import_preview_correct_the_mapping_confirm_and_undo_in_one_step(window, tmp_path, monkeypatch):
    w = window
    _open_example(w)
    w.go_to(STEP_KEYS.index("costs"))
    costs = w.page_by_key("costs")
    option = costs.current_option()
    before = list(option.cost_lines)
    seen = {}

    def confirm(dialog):
        seen["lines"] = dialog.preview.rowCount()
        seen["skipped"] = [dialog.skipped.item(i).text() for i in range(dialog.skipped.count())]
        dialog.set_column("unit", None)  # the user decides the units column is not wanted
        seen["ok"] = dialog.ok.text()
        return True

    monkeypatch.setattr(excel_import_dialog, "confirm", confirm)
    added = costs.import_from_excel(W.swedish_row3_merged(tmp_path / "kalkyl.xlsx"))
    assert added == 4 and seen["lines"] == 4 and seen["ok"] == "Lägg till 4 rader"
    assert any("Rad 10" in s and "ca 40" in s for s in seen["skipped"])
    assert any("Rad 11" in s and "summarad" in s for s in seen["skipped"])
    new = option.cost_lines[len(before):]
    assert [line.description for line in new][0] == "Office 365 E3"
    assert all(line.volume_unit == "" for line in new)  # the corrected mapping was used
    assert costs.model.rowCount() == len(option.cost_lines)
    w.act_undo.trigger()  # one undo step takes the whole import back
    assert option.cost_lines == before
    w.act_redo.trigger()
    assert len(option.cost_lines) == len(before) + 4


def test_cancelling_or_a_bad_file_adds_nothing(window, tmp_path, monkeypatch, answers):
    w = window
    _open_example(w)
    costs = w.page_by_key("costs")
    option = costs.current_option()
    before = list(option.cost_lines)
    monkeypatch.setattr(excel_import_dialog, "confirm", lambda dialog: False)
    assert costs.import_from_excel(W.english_plain(tmp_path / "c.xlsx")) == 0
    assert costs.import_from_excel(W.encrypted(tmp_path / "hemlig.xlsx")) == 0
    assert option.cost_lines == before
    assert any("lösenordsskyddad" in text for _title, text in answers.errors)
    assert not w.doc.undo_stack.canUndo()


def test_export_to_excel_from_the_costs_step(window, tmp_path, answers):
    w = window
    _open_example(w)
    costs = w.page_by_key("costs")
    answers.save_paths.append(str(tmp_path / "underlag"))
    written = costs.export_to_excel()
    assert written == tmp_path / "underlag.xlsx"
    assert openpyxl.load_workbook(written).sheetnames[:2] == ["Sammanfattning", "Antaganden"]
    assert answers.suggested.endswith(" kostnadsunderlag.xlsx")  # the service's one name rule
    # the example marks a price: the message after writing says it is the board's version
    _title, text = next(a for a in answers.asked if a[0] == "Kostnadsunderlaget är skapat")
    assert "nämndens version" in text and "sekretess" in text


def test_criteria_step_scores_weights_and_undo(window, qtbot):
    w = window
    memo = w.doc.memo
    memo.options.extend([
        Option(title="Förnya", cost_lines=[CostLine(unit_price=Decimal(100), first_year=2024,
                                                    last_year=2024)]),
        Option(title="Byt", cost_lines=[CostLine(unit_price=Decimal(300), first_year=2024,
                                                 last_year=2024)]),
    ])
    w.doc.replaced.emit()
    w.go_to(STEP_KEYS.index("criteria"))
    page = w.page_by_key("criteria")
    assert "Inga bedömningsgrunder" in page.robustness.text()
    click(qtbot, page.defaults_button)
    assert len(memo.criteria) == 6 and memo.criteria[0].from_costs
    w.act_undo.trigger()  # the defaults are one undo step
    assert memo.criteria == []
    w.act_redo.trigger()
    assert len(memo.criteria) == 6
    w.validate_now()
    unscored = [p for p in w.problems if p.path.startswith("criteria[1].scores")]
    assert {p.path for p in unscored} == {"criteria[1].scores[0]", "criteria[1].scores[1]"}
    w.navigation.jump_to_problem("criteria[1].scores[1]")
    assert page.list.current() is memo.criteria[1]
    for i in range(1, 6):
        page.list.select_index(i)
        page.score_spins[0].setValue(4)
        page.score_spins[1].setValue(2)
    type_into(qtbot, page.reason_edits[0], "Känd leverantör")
    assert memo.criteria[5].score_for(memo.options[0].id).reason == "Känd leverantör"
    w.validate_now()
    assert not [p for p in w.problems if p.path.startswith("criteria") and p.level == "error"]
    assert "får högst viktad summa" in page.robustness.text()
    assert page.robustness.text().startswith("Alternativ 1 (Förnya) får högst viktad summa")
    assert page.table.item(6, 1).text() == "4,25"  # 0.25·5 + 0.75·4
    assert page.table.item(6, 2).text() == "1,75"  # 0.25·1 + 0.75·2
    # undo the last score: the cell is unscored again
    page.list.select_index(1)
    page.score_spins[1].setValue(5)
    assert memo.criteria[1].score_for(memo.options[1].id).score == 5
    w.act_undo.trigger()
    assert memo.criteria[1].score_for(memo.options[1].id).score == 2
    # a weight edit goes through the undo stack as well
    page.list.select_index(2)
    type_into(qtbot, page.weight, "\b\b50", finish=True)
    assert memo.criteria[2].weight == Decimal(50)
    w.act_undo.trigger()
    assert memo.criteria[2].weight == Decimal(20)


def test_the_preview_shows_the_criteria_section(window, qtbot, tmp_path):
    w = window
    memo = storage.load(example_memo_path())
    from memo_builder.model.memo import Score, default_criteria

    memo.criteria = default_criteria()
    for c in memo.criteria:
        c.scores = [Score(o.id, 3 + (k == 2)) for k, o in enumerate(memo.options)]
    w.doc.replace(memo, None)
    w.preview.refresh_now()
    text = w.preview.toPlainText()
    assert "Bedömningsgrunder" in text
    assert "summerar förvaltningens bedömning" in text and "Viktad summa" in text
    assert "ingen ändring av en enskild vikt" in text  # alt. 3 leads on every criterion
