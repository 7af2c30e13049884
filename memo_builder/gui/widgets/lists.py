"""List editors over model lists: a master list (``ItemList``), the list-plus-detail card a
step builds on it (``ListDetail``), and a column of rows (``RowList``).

Both edit the list only through the document (undo stack) and rebuild themselves from the
model on every change, keeping the selection by object identity.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from memo_builder.gui.document import MemoDocument
from memo_builder.gui.resources import icon
from memo_builder.gui.widgets.binding import Binder
from memo_builder.gui.widgets.form import Card, SideBySide, wrap_lines


def _tool(icon_name: str, tip: str, parent: QWidget) -> QToolButton:
    b = QToolButton(parent)
    b.setIcon(icon(icon_name))
    b.setToolTip(tip)
    b.setAccessibleName(tip)
    b.setAutoRaise(True)
    return b


class ItemList(QWidget):
    """The master list: items of a model list with add / remove / move buttons."""

    currentChanged = Signal(object)  # the selected model item or None
    added = Signal(object)

    def __init__(
        self,
        doc: MemoDocument,
        items: Callable[[], list],
        title: Callable[[Any, int], str],
        factory: Callable[[], Any],
        *,
        add_text: str,
        noun: str,
        decorate: Callable[[QListWidgetItem, Any], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.items = items
        self.title = title
        self.factory = factory
        self.noun = noun
        self.decorate = decorate
        self.list = wrap_lines(QListWidget(self))
        self.list.setAccessibleName(noun)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setUniformItemSizes(False)
        self.add_button = QPushButton(icon("add"), add_text, self)
        self.add_button.setAccessibleName(add_text)
        self.remove_button = _tool("remove", self.tr("Ta bort markerad"), self)
        self.up_button = _tool("up", self.tr("Flytta upp"), self)
        self.down_button = _tool("down", self.tr("Flytta ned"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        for b in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.list.currentRowChanged.connect(self._row_changed)
        self._current: Any = None
        self.refresh()

    def current(self) -> Any:
        return self._current

    def current_index(self) -> int:
        items = self.items()
        for i, item in enumerate(items):
            if item is self._current:
                return i
        return -1

    def select(self, item: Any) -> None:
        for i, x in enumerate(self.items()):
            if x is item:
                self.list.setCurrentRow(i)
                return

    def select_index(self, index: int) -> None:
        items = self.items()
        if 0 <= index < len(items):
            self.list.setCurrentRow(index)

    def _row_changed(self, row: int) -> None:
        items = self.items()
        item = items[row] if 0 <= row < len(items) else None
        if item is not self._current:
            self._current = item
            self.currentChanged.emit(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        i, n = self.current_index(), len(self.items())
        self.remove_button.setEnabled(i >= 0)
        self.up_button.setEnabled(i > 0)
        self.down_button.setEnabled(0 <= i < n - 1)

    def refresh(self) -> None:
        items = self.items()
        self.list.blockSignals(True)
        if self.list.count() != len(items):
            self.list.clear()
            for _ in items:
                self.list.addItem(QListWidgetItem())
        for i, x in enumerate(items):
            w = self.list.item(i)
            text = self.title(x, i)
            if w.text() != text:
                w.setText(text)
            if self.decorate:
                self.decorate(w, x)
        row = next((i for i, x in enumerate(items) if x is self._current), -1)
        if row < 0 and items:
            row = 0
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        new = items[row] if row >= 0 else None
        if new is not self._current:
            self._current = new
            self.currentChanged.emit(new)
        self._update_buttons()

    def add(self) -> None:
        item = self.factory()
        items = self.items()
        self.doc.append(items, item, self.tr("Lägg till {noun}").format(noun=self.noun.lower()))
        self.refresh()
        self.select(item)
        self.added.emit(item)

    def remove(self) -> None:
        i = self.current_index()
        if i < 0:
            return
        items = self.items()
        self.doc.remove(items, i, self.tr("Ta bort {noun}").format(noun=self.noun.lower()))
        self.refresh()
        if items:
            self.select_index(min(i, len(items) - 1))

    def move(self, delta: int) -> None:
        i = self.current_index()
        items = self.items()
        if i < 0 or not (0 <= i + delta < len(items)):
            return
        item = items[i]
        self.doc.move(items, i, i + delta, self.tr("Flytta {noun}").format(noun=self.noun.lower()))
        self.refresh()
        self.select(item)


class ListDetail(SideBySide):
    """The list-plus-detail card of a step (options, caveats, criteria): the items of a model
    list on the left, in an :class:`ItemList` (add, remove, move; every edit through the undo
    stack; the selection kept by identity), and the selected item's form on the right. The
    form is disabled while nothing is selected; after an add, its first field has the focus.
    Side by side when the page is wide enough, one above the other when it is not.

    The step fills ``form()`` (or ``detail``) with fields bound to ``current`` and listens to
    ``currentChanged``; ``list`` is the ItemList, ``list_card`` its card (for buttons below).
    """

    currentChanged = Signal(object)  # the selected model item or None

    def __init__(
        self,
        doc: MemoDocument,
        items: Callable[[], list],
        title: Callable[[Any, int], str],
        factory: Callable[[], Any],
        *,
        list_title: str,
        detail_title: str,
        add_text: str,
        noun: str,
        decorate: Callable[[QListWidgetItem, Any], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.list_card = Card(list_title, self)
        self.list = ItemList(doc, items, title, factory, add_text=add_text, noun=noun,
                             decorate=decorate, parent=self.list_card)
        self.list_card.add(self.list, 1)
        self.addWidget(self.list_card, 2)
        self.detail = Card(detail_title, self)
        self.addWidget(self.detail, 3)
        #: The field that takes the focus after an add (the item's name, as a rule).
        self.first_field: QWidget | None = None
        self.detail.setEnabled(self.list.current() is not None)
        self.list.currentChanged.connect(self._current_changed)
        self.list.added.connect(self._added)

    def form(self) -> QFormLayout:
        return self.detail.form()

    def current(self) -> Any:
        return self.list.current()

    def current_index(self) -> int:
        return self.list.current_index()

    def select(self, item: Any) -> None:
        self.list.select(item)

    def select_index(self, index: int) -> None:
        self.list.select_index(index)

    def refresh(self) -> None:
        """Re-read the list from the model (edit, undo, redo) and enable the form to match."""
        self.list.refresh()
        self.detail.setEnabled(self.list.current() is not None)

    def _current_changed(self, item: Any) -> None:
        self.detail.setEnabled(item is not None)
        self.currentChanged.emit(item)

    def _added(self, _item: Any) -> None:
        if self.first_field is not None:
            self.first_field.setFocus()


class RowList(QWidget):
    """Each item is a row of fields built by ``build_row``; rows have move/remove buttons.

    ``build_row(binder, item_getter, index) -> (QWidget, {field: widget})`` binds the row's
    fields with the given binder; the field map lets a validation problem focus one of them.
    """

    def __init__(
        self,
        doc: MemoDocument,
        items: Callable[[], list],
        build_row: Callable[[Binder, Callable[[], Any], int], tuple[QWidget, dict[str, QWidget]]],
        factory: Callable[[], Any],
        *,
        add_text: str,
        noun: str,
        numbered: bool = False,
        section: str | None = None,
        section_cb: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.items = items
        self.build_row = build_row
        self.factory = factory
        self.noun = noun
        self.numbered = numbered
        self.section = section
        self.section_cb = section_cb
        self.rows_box = QVBoxLayout()
        self.rows_box.setContentsMargins(0, 0, 0, 0)
        self.empty_label = QLabel(self.tr("Inga {noun} ännu.").format(noun=noun.lower()), self)
        self.empty_label.setObjectName("muted")
        self.add_button = QPushButton(icon("add"), add_text, self)
        self.add_button.setAccessibleName(add_text)
        self.add_button.clicked.connect(self.add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows_box)
        layout.addWidget(self.empty_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self._ids: list[int] = []
        self._rows: list[QWidget] = []
        self.fields: list[dict[str, QWidget]] = []
        self.binder = Binder(doc, self)
        if section_cb:
            self.binder.sectionFocused.connect(section_cb)
        self.refresh()

    def refresh(self) -> None:
        items = self.items()
        ids = [id(x) for x in items]
        if ids != self._ids:
            self._rebuild(items)
        else:
            self.binder.refresh()

    def _rebuild(self, items: list) -> None:
        focused = self.focusWidget()
        had_focus = focused is not None and self.isAncestorOf(focused)
        for w in self._rows:
            w.setParent(None)
            w.deleteLater()
        self._rows.clear()
        self.fields.clear()
        self.binder.deleteLater()
        self.binder = Binder(self.doc, self)
        if self.section_cb:
            self.binder.sectionFocused.connect(self.section_cb)
        for i, item in enumerate(items):
            row = QWidget(self)
            h = QHBoxLayout(row)
            h.setContentsMargins(0, 0, 0, 0)
            if self.numbered:
                number = QLabel(f"{i + 1}.", row)
                number.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
                number.setMinimumWidth(number.fontMetrics().horizontalAdvance("00.") + 4)
                h.addWidget(number)
            content, fields = self.build_row(self.binder, (lambda x=item: x), i)
            h.addWidget(content, 1)
            up = _tool("up", self.tr("Flytta upp"), row)
            down = _tool("down", self.tr("Flytta ned"), row)
            rm = _tool("remove", self.tr("Ta bort"), row)
            up.setEnabled(i > 0)
            down.setEnabled(i < len(items) - 1)
            up.clicked.connect(lambda _=False, x=item: self._move(x, -1))
            down.clicked.connect(lambda _=False, x=item: self._move(x, 1))
            rm.clicked.connect(lambda _=False, x=item: self._remove(x))
            for b in (up, down, rm):
                h.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
            self.rows_box.addWidget(row)
            self._rows.append(row)
            self.fields.append(fields)
        self._ids = [id(x) for x in items]
        self.empty_label.setVisible(not items)
        if had_focus and not self.isAncestorOf(self.focusWidget() or self):
            self.add_button.setFocus()

    def field(self, index: int, name: str | None = None) -> QWidget | None:
        if not (0 <= index < len(self.fields)):
            return None
        fields = self.fields[index]
        if name and name in fields:
            return fields[name]
        return next(iter(fields.values()), None)

    def add(self) -> None:
        items = self.items()
        item = self.factory()
        self.doc.append(items, item, self.tr("Lägg till {noun}").format(noun=self.noun.lower()))
        self.refresh()
        w = self.field(len(items) - 1)
        if w is not None:
            w.setFocus()

    def _index(self, item: Any) -> int:
        return next((i for i, x in enumerate(self.items()) if x is item), -1)

    def _remove(self, item: Any) -> None:
        i = self._index(item)
        if i >= 0:
            self.doc.remove(self.items(), i, self.tr("Ta bort {noun}").format(noun=self.noun.lower()))
            self.refresh()
            w = self.field(min(i, len(self.items()) - 1))
            (w or self.add_button).setFocus()

    def _move(self, item: Any, delta: int) -> None:
        i = self._index(item)
        items = self.items()
        if i >= 0 and 0 <= i + delta < len(items):
            self.doc.move(items, i, i + delta, self.tr("Flytta {noun}").format(noun=self.noun.lower()))
            self.refresh()
            w = self.field(i + delta)
            if w is not None:
                w.setFocus()
