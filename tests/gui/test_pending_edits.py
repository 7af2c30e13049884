"""What is typed but not yet committed (the focus never left the field, Enter was never
pressed) must reach the file on Ctrl+S, the document on export, the close question and the
recovery copy."""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal

import docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from memo_builder.files import storage
from memo_builder.files.paths import example_memo_path
from tests.gui.helpers import keys


def _open_example(window, tmp_path):
    target = tmp_path / "arende.memo"
    shutil.copyfile(example_memo_path(), target)
    assert window.load_file(target)
    return target


def _type_over(qtbot, field, text: str) -> None:
    """Focus the field, select what is there and type, without Tab or Enter."""
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()
    keys(qtbot, field, text)
    assert field.hasFocus()


def _open_cell_editor(qtbot, table, row: int, column: int, text: str):
    """Open the cell editor (F2) and type, without Enter."""
    table.setCurrentIndex(table.model().index(row, column))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not table, "the cell editor did not open"
    editor.selectAll()
    keys(qtbot, editor, text)
    return editor


def _ctrl(qtbot, widget, key) -> None:
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()


def test_ctrl_s_saves_a_number_being_typed(window, qtbot, tmp_path):
    w = window
    path = _open_example(w, tmp_path)
    w.go_to(3)
    field = w.page(3).sens_volume
    assert field.text() == "10"
    _type_over(qtbot, field, "25")
    _ctrl(qtbot, field, Qt.Key.Key_S)
    assert storage.load(path).assumptions.sensitivity_volume_percent == Decimal("25")
    assert not w.isWindowModified()
    assert field.text() == "25"
    # typing "2", "25" in one field is one undo step, like the text fields
    w.act_undo.trigger()
    assert w.doc.memo.assumptions.sensitivity_volume_percent == Decimal("10")
    assert field.text() == "10"  # undo shows up in the focused field too


def test_ctrl_s_saves_a_date_being_typed(window, qtbot, tmp_path):
    w = window
    path = _open_example(w, tmp_path)
    field = w.page(0).meeting_date.edit
    _type_over(qtbot, field, "2018-06-13")
    _ctrl(qtbot, field, Qt.Key.Key_S)
    assert storage.load(path).case.meeting_date == date(2018, 6, 13)
    assert not w.isWindowModified()


def test_ctrl_s_saves_a_cost_cell_being_edited(window, qtbot, tmp_path):
    w = window
    path = _open_example(w, tmp_path)
    w.go_to(3)
    costs = w.page(3)
    editor = _open_cell_editor(qtbot, costs.table, 0, 4, "120")
    _ctrl(qtbot, editor, Qt.Key.Key_S)
    saved = storage.load(path)
    assert saved.options[0].cost_lines[0].unit_price == Decimal("120")
    assert not w.isWindowModified()
    # a text cell, saved through the menu action while its editor is open
    _open_cell_editor(qtbot, costs.table, 1, 1, "Ny beskrivning")
    assert w.save()
    assert storage.load(path).options[0].cost_lines[1].description == "Ny beskrivning"


def test_refused_number_is_not_saved_silently(window, qtbot, tmp_path):
    w = window
    path = _open_example(w, tmp_path)
    w.go_to(3)
    field = w.page(3).sens_volume
    _type_over(qtbot, field, "25x")
    _ctrl(qtbot, field, Qt.Key.Key_S)
    # not saved: the field says why, and the user can correct it
    assert "inte ett tal" in w.statusBar().currentMessage()
    assert field.property("invalid") is True
    assert storage.load(path).assumptions.sensitivity_volume_percent == Decimal("10")
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    _ctrl(qtbot, field, Qt.Key.Key_S)
    assert storage.load(path).assumptions.sensitivity_volume_percent == Decimal("25")


def test_export_uses_a_date_being_typed(window, qtbot, answers, tmp_path):
    w = window
    _open_example(w, tmp_path)
    field = w.page(0).memo_date.edit
    _type_over(qtbot, field, "2018-05-02")
    target = tmp_path / "skrivelse.docx"
    answers.save_paths.append(str(target))
    _ctrl(qtbot, field, Qt.Key.Key_E)
    assert target.is_file()
    assert answers.suggested.endswith("2018-05-02 Förnyelse av avtal om Office 365 och "
                                      "Customer Lockbox.docx")
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    for table in docx.Document(str(target)).tables:
        text += "\n" + "\n".join(c.text for r in table.rows for c in r.cells)
    for section in docx.Document(str(target)).sections:
        text += "\n" + "\n".join(p.text for p in section.header.paragraphs)
        for table in section.header.tables:
            text += "\n" + "\n".join(c.text for r in table.rows for c in r.cells)
    assert "2018-05-02" in text and "2018-04-26" not in text


def test_close_asks_about_a_number_being_typed(window, qtbot, answers, tmp_path):
    w = window
    w.go_to(3)
    field = w.page(3).sens_index
    _type_over(qtbot, field, "3,5")
    answers.replies["Memo Builder"] = ["cancel"]
    assert not w.close()
    assert "Vill du spara" in answers.asked[-1][1]

    target = tmp_path / "sparad.memo"
    answers.replies["Memo Builder"] = ["save"]
    answers.save_paths.append(str(target))
    assert w.close()
    assert storage.load(target).assumptions.sensitivity_index_points == Decimal("3.5")


def test_close_asks_about_a_date_being_typed(window, qtbot, answers, tmp_path):
    w = window
    path = _open_example(w, tmp_path)
    field = w.page(0).meeting_date.edit
    _type_over(qtbot, field, "2018-05-23")
    answers.replies["Memo Builder"] = ["save"]
    assert w.close()
    assert "Vill du spara" in answers.asked[-1][1]
    assert storage.load(path).case.meeting_date == date(2018, 5, 23)


def test_close_asks_about_a_cost_cell_being_edited(window, qtbot, answers, tmp_path):
    w = window
    path = _open_example(w, tmp_path)
    w.go_to(3)
    _open_cell_editor(qtbot, w.page(3).table, 0, 2, "50 000")
    answers.replies["Memo Builder"] = ["save"]
    assert w.close()
    assert "Vill du spara" in answers.asked[-1][1]
    assert storage.load(path).options[0].cost_lines[0].volume == Decimal("50000")


def test_autosave_holds_what_is_being_typed(window, qtbot, tmp_path):
    w = window
    _open_example(w, tmp_path)
    store = w.autosaver.store
    w.go_to(3)
    _type_over(qtbot, w.page(3).sens_fx, "7")
    qtbot.waitUntil(store.memo_path.exists, timeout=6000)
    assert storage.load(store.memo_path).assumptions.sensitivity_exchange_percent == Decimal("7")
    # an open cell editor is committed by the autosave too; a half-typed year is left alone
    costs = w.page(3)
    editor = _open_cell_editor(qtbot, costs.table, 0, 1, "Licenser enligt avtal")
    w.autosaver.save_now()
    assert storage.load(store.memo_path).options[0].cost_lines[0].description == \
        "Licenser enligt avtal"
    assert editor.isVisible()  # the user keeps typing in it
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    first_year = w.doc.memo.options[0].cost_lines[0].first_year
    _open_cell_editor(qtbot, costs.table, 0, 8, "20")
    w.statusBar().clearMessage()
    w.autosaver.save_now()
    assert w.doc.memo.options[0].cost_lines[0].first_year == first_year
    assert w.statusBar().currentMessage() == ""  # no hint while the user is still typing
