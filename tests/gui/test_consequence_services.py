"""Issue 14: the consequences step edits each service with whom it affects, with undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from memo_builder.files.paths import example_memo_path
from tests.gui.helpers import click, type_into


def test_services_with_whom_and_how_many_are_edited_and_undone(window, qtbot):
    w = window
    w.load_file(example_memo_path())
    w.go_to(4)
    cons = w.page(4)
    services = w.doc.memo.consequences.services
    before = [(s.name, s.affected, s.count) for s in services]
    assert cons.service_rows.field(0, "name").text() == services[0].name
    assert cons.service_rows.field(0, "count").value() == services[0].count

    click(qtbot, cons.service_rows.add_button)
    assert len(services) == len(before) + 1
    row = len(services) - 1
    type_into(qtbot, cons.service_rows.field(row, "name"), "lärplattformen")
    count = cons.service_rows.field(row, "count")
    count.setFocus()
    qtbot.keyClick(count, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_into(qtbot, count, "20000")
    type_into(qtbot, cons.service_rows.field(row, "affected"), "elever")
    added = services[-1]
    assert (added.name, added.count, added.affected) == ("lärplattformen", 20000, "elever")

    w.doc.break_merge()
    while w.doc.undo_stack.canUndo() and len(services) > len(before):
        w.act_undo.trigger()
    assert [(s.name, s.affected, s.count) for s in services] == before
    w.act_redo.trigger()
    assert len(services) == len(before) + 1
    w.doc.mark_saved()
