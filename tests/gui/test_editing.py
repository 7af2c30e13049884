"""Undo/redo, refused input, broken files, unsaved-changes prompt."""

from __future__ import annotations

import json
from decimal import Decimal

from memo_builder.files import storage
from memo_builder.files.paths import example_memo_path
from memo_builder.model.memo import CostLine, Option
from tests.gui.helpers import click, edit_cell, type_into


def test_undo_redo_text_and_list_edits(window, qtbot):
    w = window
    case = w.page(0)
    type_into(qtbot, case.title_edit, "Avtal om e-post")
    assert w.doc.memo.case.title == "Avtal om e-post"
    assert w.isWindowModified()
    # typing in one field is one undo step
    w.act_undo.trigger()
    assert w.doc.memo.case.title == ""
    assert case.title_edit.text() == ""
    w.act_redo.trigger()
    assert case.title_edit.text() == "Avtal om e-post"

    w.go_to(2)
    opts = w.page(2)
    click(qtbot, opts.list.add_button)
    click(qtbot, opts.list.add_button)
    assert len(w.doc.memo.options) == 2
    w.act_undo.trigger()
    assert len(w.doc.memo.options) == 1
    assert opts.list.list.count() == 1
    w.act_redo.trigger()
    assert opts.list.list.count() == 2


def test_ctrl_z_in_a_field_undoes_the_memo_edit(window, qtbot):
    from PySide6.QtCore import Qt

    case = window.page(0)
    type_into(qtbot, case.dnr, "12/24")
    case.dnr.setFocus()
    qtbot.keyClick(case.dnr, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.memo.case.diarienummer == ""
    qtbot.keyClick(case.dnr, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.memo.case.diarienummer == "12/24"


def test_exclusive_recommendation_is_one_undo_step(window, qtbot):
    w = window
    memo = w.doc.memo
    memo.options.extend([Option(title="A"), Option(title="B")])
    memo.recommended_option_id = memo.options[0].id
    w.doc.replaced.emit()
    w.go_to(2)
    opts = w.page(2)
    opts.list.select_index(1)
    click(qtbot, opts.recommended)
    assert [memo.is_recommended(o) for o in memo.options] == [False, True]
    assert not opts.recommended.isChecked() or opts.list.current() is memo.options[1]
    w.act_undo.trigger()
    assert [memo.is_recommended(o) for o in memo.options] == [True, False]
    # Unticking the proposal leaves none; one undo step brings it back.
    opts.list.select_index(0)
    click(qtbot, opts.recommended)
    assert memo.recommended_option() is None
    w.act_undo.trigger()
    assert memo.recommended_option() is memo.options[0]


def test_non_numeric_cost_input_is_refused_at_the_cell(window, qtbot):
    w = window
    line = CostLine(first_year=2024, last_year=2024, unit_price=Decimal("10"))
    w.doc.memo.options.append(Option(title="A", cost_lines=[line]))
    w.doc.replaced.emit()
    w.go_to(3)
    costs = w.page(3)
    assert costs.model.rowCount() == 1
    edit_cell(qtbot, costs.table, 0, 4, "tio kronor")
    assert line.unit_price == Decimal("10")  # unchanged
    assert "inte ett tal" in costs.last_hint
    assert "inte ett tal" in w.statusBar().currentMessage()
    edit_cell(qtbot, costs.table, 0, 8, "20x4")
    assert line.first_year == 2024
    edit_cell(qtbot, costs.table, 0, 5, "kronor")
    assert line.currency == "SEK"
    assert "valutakod" in costs.last_hint
    # and a good value still goes in
    edit_cell(qtbot, costs.table, 0, 4, "1 234,50")
    assert line.unit_price == Decimal("1234.50")


def test_broken_file_shows_message_and_keeps_memo(window, answers, tmp_path):
    w = window
    w.load_file(example_memo_path())
    before = w.doc.memo
    broken = tmp_path / "trasig.memo"
    broken.write_text('{"format": "memo-builder/memo", "schema_version": 1, "memo": {', encoding="utf-8")
    assert not w.load_file(broken)
    assert w.doc.memo is before
    title, text = answers.errors[-1]
    assert "trasig.memo" in text and "skadad" in text

    newer = tmp_path / "nyare.memo"
    doc = json.loads(example_memo_path().read_text(encoding="utf-8"))
    doc["schema_version"] = 99
    newer.write_text(json.dumps(doc), encoding="utf-8")
    assert not w.load_file(newer)
    assert "nyare version" in answers.errors[-1][1]
    assert w.doc.memo is before


def test_closing_with_unsaved_changes_asks(window, qtbot, answers, tmp_path):
    w = window
    type_into(qtbot, w.page(0).title_edit, "Nytt avtal")
    answers.replies["Memo Builder"] = ["cancel"]
    assert not w.close()
    assert w.isVisible()
    assert "Vill du spara" in answers.asked[-1][1]

    target = tmp_path / "sparad.memo"
    answers.replies["Memo Builder"] = ["save"]
    answers.save_paths.append(str(target))
    assert w.close()
    assert storage.load(target).case.title == "Nytt avtal"


def test_discarding_changes_closes_and_removes_recovery(window, qtbot, answers):
    w = window
    type_into(qtbot, w.page(0).title_edit, "Kastas")
    w.autosaver.save_now()
    assert w.autosaver.store.memo_path.exists()
    answers.replies["Memo Builder"] = ["discard"]
    assert w.close()
    assert not w.autosaver.store.memo_path.exists()


def test_save_and_title(window, qtbot, answers, tmp_path):
    w = window
    assert w.windowTitle() == "Nytt ärende[*] – Memo Builder"
    type_into(qtbot, w.page(0).title_edit, "Avtal om växel")
    assert w.isWindowModified()
    answers.save_paths.append(str(tmp_path / "vaxel"))
    assert w.save()
    assert (tmp_path / "vaxel.memo").is_file()
    assert w.windowTitle() == "vaxel.memo[*] – Memo Builder"
    assert not w.isWindowModified()
    assert answers.suggested.endswith("Avtal om växel.memo")


def test_index_base_year_is_a_column(window, qtbot):
    from PySide6.QtCore import Qt

    from memo_builder.gui.widgets.cost_table import COLUMNS

    w = window
    made_here = CostLine(first_year=2024, last_year=2026, unit_price=Decimal("100"),
                         index_percent=Decimal("2"))
    imported = CostLine(first_year=2024, last_year=2026, unit_price=Decimal("100"),
                        index_percent=Decimal("2"), index_base_year=2018)
    w.doc.memo.options.append(Option(title="A", cost_lines=[made_here, imported]))
    w.doc.replaced.emit()
    w.go_to(3)
    costs = w.page(3)
    model = costs.model
    # Basår index is shown on demand since the grid fits a laptop (issue 23): the user shows it.
    costs.table.show_column("index_base_year")
    col = [a for a, _h, _k in COLUMNS].index("index_base_year")
    assert COLUMNS[col - 1][0] == "index_percent"  # read together with the index
    assert model.headerData(col, Qt.Orientation.Horizontal) == "Basår index"
    assert "Tomt" in model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    # the user can see which line indexes from where
    assert model.index(0, col).data() == ""
    assert "startåret" in model.index(0, col).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, col).data() == "2018"
    # the header is wide enough for its title
    fm = costs.table.horizontalHeader().fontMetrics()
    assert costs.table.horizontalHeader().sectionSize(col) > fm.horizontalAdvance("Basår index")

    total_col = [a for a, _h, _k in COLUMNS].index("_total")
    before = model.index(0, total_col).data()
    edit_cell(qtbot, costs.table, 0, col, "2022")
    assert made_here.index_base_year == 2022
    assert model.index(0, col).data() == "2022"
    assert model.index(0, total_col).data() != before  # priced in 2022, indexed to 2024
    w.act_undo.trigger()
    assert made_here.index_base_year is None
    w.act_redo.trigger()
    assert made_here.index_base_year == 2022

    for bad in ("tjugo", "1850", "2022,5", "3000"):
        edit_cell(qtbot, costs.table, 0, col, bad)
        assert made_here.index_base_year == 2022, bad
        assert "inget årtal" in costs.last_hint and "Basår index" in costs.last_hint
    # empty means the first year again
    edit_cell(qtbot, costs.table, 1, col, "\b")
    assert imported.index_base_year is None
    assert model.index(1, col).data() == ""
