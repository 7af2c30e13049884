"""Layout helpers shared by the step pages: cards, labelled rows, the help box."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QListView,
    QVBoxLayout,
    QWidget,
)

from memo_builder.gui.resources import icon
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


class SideBySide(QWidget):
    """Cards next to each other when the page is wide enough for all of them, one above the
    other when it is not (a 14-inch laptop with the preview open): a form never scrolls
    sideways and never clips. Its minimum width is its widest card's, not their sum."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        # The default constraint would pin the minimum width to the side-by-side sum.
        self.box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._stretch: list[int] = []

    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:  # noqa: N802 - Qt naming
        # Top-aligned at their own height: a card is not stretched to its neighbour's height,
        # so a growing text field pushes only what is below it, by as much as it grows (it
        # moved a checkbox under the pointer when the spare height was shared out again).
        self.box.addWidget(widget, stretch, Qt.AlignmentFlag.AlignTop)
        self._stretch.append(stretch)

    def _widgets(self) -> list[QWidget]:
        items = (self.box.itemAt(i) for i in range(self.box.count()))
        return [i.widget() for i in items if i.widget() is not None and not i.widget().isHidden()]

    @staticmethod
    def _min_width(widget: QWidget) -> int:
        return max(widget.minimumSizeHint().width(), widget.minimumWidth())

    def side_by_side_width(self) -> int:
        widths = [self._min_width(w) for w in self._widgets()]
        return sum(widths) + self.box.spacing() * max(0, len(widths) - 1)

    def stacked(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.TopToBottom

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        widths = [self._min_width(w) for w in self._widgets()] or [0]
        return QSize(max(widths), self.box.minimumSize().height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def _arrange(self, width: int) -> None:
        want = (QBoxLayout.Direction.LeftToRight if width >= self.side_by_side_width()
                else QBoxLayout.Direction.TopToBottom)
        if self.box.direction() != want:
            self.box.setDirection(want)
            # Side by side the cards share the width; stacked each takes the height it needs.
            stacked = want == QBoxLayout.Direction.TopToBottom
            for i, stretch in enumerate(self._stretch):
                self.box.setStretch(i, 0 if stacked else stretch)
            self.updateGeometry()


class FlowLayout(QLayout):
    """Buttons in a row that wraps onto the next line when the row is too narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        width = sum(i.sizeHint().width() for i in self._items) + self._gap() * max(0, len(self._items) - 1)
        height = max((i.sizeHint().height() for i in self._items), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _gap(self) -> int:
        return max(self.spacing(), 6)

    def _place(self, rect: QRect, *, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        gap = self._gap()
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, line = rect.x(), y + line + gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + gap
            line = max(line, hint.height())
        return y + line - rect.y()


def wrap_lines(view: QListView) -> QListView:
    """A list whose long items wrap onto more lines at the list's width instead of scrolling
    sideways (a problem's message, an option's title on a laptop)."""
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    return view


def flow(*widgets: QWidget) -> QWidget:
    """A row of buttons that wraps when the page is narrow (see ``FlowLayout``)."""
    box = QWidget()
    layout = FlowLayout(box)
    for w in widgets:
        layout.addWidget(w)
    return box


class HelpBox(QFrame):
    """What belongs on this page, in a few plain sentences (from the drafting rules)."""

    def __init__(self, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help")
        layout = QHBoxLayout(self)

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
