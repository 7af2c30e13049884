"""Layout helpers shared by the step pages: cards, labelled rows, the help box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from memo_builder.gui.widgets.binding import accessible_label


class Card(QFrame):
    """A white panel with a title; the page's form is a column of these."""

    def __init__(self, title: str = "", parent: QWidget | None = None, description: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.outer = QVBoxLayout(self)
        self.title_label: QLabel | None = None
        if title:
            self.title_label = QLabel(title, self)
            self.title_label.setObjectName("cardTitle")
            font = self.title_label.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.12)
            self.title_label.setFont(font)
            self.title_label.setAccessibleName(title)
            self.outer.addWidget(self.title_label)
        if description:
            desc = QLabel(description, self)
            desc.setWordWrap(True)
            desc.setObjectName("cardDescription")
            desc.setTextFormat(Qt.TextFormat.PlainText)
            self.outer.addWidget(desc)

    def form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.outer.addLayout(form)
        return form

    def add(self, widget: QWidget, stretch: int = 0) -> QWidget:
        self.outer.addWidget(widget, stretch)
        return widget


def row(form: QFormLayout, label: str, widget: QWidget, tooltip: str = "") -> QLabel:
    """A labelled row: the label is the widget's buddy and its text the accessible name."""
    lab = QLabel(label)
    lab.setBuddy(widget.focusProxy() or widget)
    lab.setWordWrap(False)
    widget.setAccessibleName(accessible_label(label))
    if tooltip:
        widget.setToolTip(tooltip)
        widget.setAccessibleDescription(tooltip)
    form.addRow(lab, widget)
    return lab


def hbox(*widgets: QWidget, stretch: bool = True) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        layout.addWidget(w)
    if stretch:
        layout.addStretch(1)
    return box


class HelpBox(QFrame):
    """What belongs on this page, in a few plain sentences (from the drafting rules)."""

    def __init__(self, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help")
        layout = QHBoxLayout(self)
        from memo_builder.gui.resources import icon

        pic = QLabel(self)
        size = self.fontMetrics().height() + 4
        pic.setPixmap(icon("info").pixmap(size, size))
        pic.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(html, self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(self.tr("Hjälp för steget"))
        layout.addWidget(pic)
        layout.addWidget(self.label, 1)


class Notice(QLabel):
    """A non-blocking notice (warning colour) inside a page."""

    def __init__(self, text: str = "", parent: QWidget | None = None, level: str = "warning") -> None:
        super().__init__(text, parent)
        self.setObjectName("notice")
        self.setProperty("level", level)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
