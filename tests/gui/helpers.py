"""Driving the window like a user: typing, clicking, editing table cells."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def layout_settled(qtbot, *widgets, timeout: int = 5000) -> None:
    """Wait until the layout has settled: posted events (layout requests, deferred resizes)
    delivered and the widgets' places and sizes the same twice running. In place of a fixed
    ``qtbot.wait(ms)``, which is too short on a slow machine and slow on a fast one."""
    last = None

    def still() -> bool:
        nonlocal last
        QApplication.sendPostedEvents()
        QApplication.processEvents()
        now = [(w.mapTo(w.window(), QPoint(0, 0)), w.size()) for w in widgets]
        same, last = now == last, now
        return same

    qtbot.waitUntil(still, timeout=timeout)


def window_idle(qtbot, window, timeout: int = 20_000) -> None:
    """Wait until the window has nothing pending: no validation or preview waiting on its
    debounce timer, no render running, posted events delivered."""

    def idle() -> bool:
        QApplication.sendPostedEvents()
        QApplication.processEvents()
        return not (window.validate_timer.isActive() or window.preview.timer.isActive()
                    or window.preview._busy)

    qtbot.waitUntil(idle, timeout=timeout)


def keys(qtbot, widget, text: str) -> None:
    """Like qtbot.keyClicks, but also for å, ä, ö (QTest only maps ASCII to key codes)."""
    for ch in text:
        if ch == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        elif ch == "\b":
            qtbot.keyClick(widget, Qt.Key.Key_Backspace)
        elif ord(ch) < 128:
            qtbot.keyClick(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def type_into(qtbot, widget, text: str, *, finish: bool = False) -> None:
    widget.setFocus()
    keys(qtbot, widget, text)
    if finish:
        qtbot.keyClick(widget, Qt.Key.Key_Tab)


def click(qtbot, button) -> None:
    """Click where a user would: a check box only reacts on its box and label, not its
    whole (stretched) width, so aim near the left edge."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QCheckBox

    if isinstance(button, QCheckBox):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def edit_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Open the cell's editor as a user would (F2), type, press Enter."""
    index = table.model().index(row, column)
    table.setCurrentIndex(index)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not table, "the cell editor did not open"
    editor.selectAll()
    keys(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits Return through a queued call
