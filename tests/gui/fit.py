"""Does every step fit the window? Shared by the laptop-size tests and their runs at 125 % and
150 % device pixel ratio (a child process each: the ratio is fixed when Qt starts)."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

#: A 14-inch 1920 x 1080 laptop at 150 % (1280 x 720 logical), the same maximised under the
#: taskbar and title bar (1280 x 650), an older 1366 x 768 at 100 %, and the 1600 px the window
#: was first checked at.
LAPTOP_SIZES = ((1280, 720), (1280, 650), (1366, 768))


def _clipped(page, widget: QWidget) -> str:
    """Why ``widget`` on ``page`` does not show whole, or ""."""
    viewport = page.viewport()
    right = widget.mapTo(viewport, QPoint(widget.width(), 0)).x()
    if right > viewport.width() + 1:
        return f"reaches {right} px in a view {viewport.width()} px wide"
    cut = widget.width() < widget.minimumSizeHint().width()
    if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text() and cut:
        return f"label {widget.text()[:30]!r} cut: {widget.width()} < {widget.minimumSizeHint().width()}"
    if isinstance(widget, QAbstractButton) and widget.text() and cut:
        return f"button {widget.text()[:30]!r} cut: {widget.width()} < {widget.minimumSizeHint().width()}"
    if isinstance(widget, QAbstractScrollArea) and not isinstance(widget, (QLineEdit, QComboBox)):
        bar = widget.horizontalScrollBar()
        if bar.isVisible() and bar.maximum() > 0:
            return f"{type(widget).__name__} {widget.accessibleName()!r} scrolls sideways"
    return ""


def step_fit_problems(window, sizes, previews=(True, False)) -> list[str]:
    """Every step at every size, with the preview shown and hidden: what does not fit."""
    from memo_builder.gui.steps import STEP_KEYS

    app = QApplication.instance()
    problems = []
    for shown in previews:
        window.preview.setVisible(shown)
        for size in sizes:
            window.resize(*size)
            for i, key in enumerate(STEP_KEYS):
                window.go_to(i)
                for _ in range(3):
                    app.processEvents()
                page = window.page(i)
                where = f"{size[0]}x{size[1]} {'med' if shown else 'utan'} förhandsgranskning, {key}"
                need, have = page.widget().minimumSizeHint().width(), page.viewport().width()
                if need > have:
                    problems.append(f"{where}: the form needs {need} px, has {have}")
                if page.horizontalScrollBar().isVisible():
                    problems.append(f"{where}: the page scrolls sideways")
                for widget in page.widget().findChildren(QWidget):
                    if widget.isVisible():
                        why = _clipped(page, widget)
                        if why:
                            problems.append(f"{where}: {type(widget).__name__}: {why}")
    return problems
