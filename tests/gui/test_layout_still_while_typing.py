"""The layout stays still while typing (issue 23): a growing text field moved the check box
below it under the pointer. The box scrolls while focused and fits its text when the focus
leaves."""

from __future__ import annotations

from PySide6.QtCore import Qt

from memo_builder.gui.steps import STEP_KEYS
from memo_builder.model.memo import Memo, Option
from tests.gui.helpers import click, keys, layout_settled


def test_typing_long_text_does_not_move_the_check_box_below(window, qtbot):
    w = window
    w.doc.replace(Memo(options=[Option(title="Byt leverantör")]), None)
    w.go_to(STEP_KEYS.index("options"))
    page = w.page_by_key("options")
    page.list.list.setCurrentRow(0)
    box, check = page.description, page.outside_eu
    qtbot.mouseClick(box.viewport(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(box.hasFocus)
    layout_settled(qtbot, box, check)  # the page's first layout (the cards stack or sit side by side)
    before = check.mapTo(w, check.rect().topLeft())
    height = box.height()
    for n in range(12):  # twelve lines: more than the box shows
        keys(qtbot, box, f"Rad {n} om leverantörens villkor")
        qtbot.keyClick(box, Qt.Key.Key_Return)
    layout_settled(qtbot, box, check)
    assert check.mapTo(w, check.rect().topLeft()) == before and box.height() == height
    click(qtbot, check)  # the click lands on the check box
    assert check.isChecked()
    qtbot.waitUntil(lambda: box.height() > height)  # the box shows its text once left
    assert "Rad 11" in w.doc.memo.options[0].description
