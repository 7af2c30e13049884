"""Two-way binding between form widgets and model attributes, through the undo stack.

A binding knows how to read its attribute from the current target object (a callable, so that
"the selected option" can change under it) and turns user edits into ``MemoDocument.set``.
``refresh`` writes the model back into the widget only when they differ, so typing is never
interrupted and undo/redo show up in the form.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from memo_builder.gui.document import MemoDocument
from memo_builder.gui.widgets.fields import DateField, NumberEdit
from memo_builder.model.text import clean_text, one_line

Target = Callable[[], Any]


class Binding:
    def __init__(self, widget: QWidget, target: Target, attr: str) -> None:
        self.widget = widget
        self.target = target
        self.attr = attr
        self.updating = False

    def value(self) -> Any:
        obj = self.target()
        return None if obj is None else getattr(obj, self.attr)

    def refresh(self) -> None:
        obj = self.target()
        self.widget.setEnabled(obj is not None)
        self.updating = True
        try:
            self.show(None if obj is None else getattr(obj, self.attr))
        finally:
            self.updating = False

    def show(self, value: Any) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class _LineBinding(Binding):
    def show(self, value: Any) -> None:
        text = value or ""
        if self.widget.text() != text:
            self.widget.setText(text)
            if not self.widget.hasFocus():
                self.widget.setCursorPosition(0)  # show the start, not the middle of a word


class _TextBinding(Binding):
    def show(self, value: Any) -> None:
        text = value or ""
        if self.widget.toPlainText() != text:
            cursor = self.widget.textCursor().position()
            self.widget.setPlainText(text)
            c = self.widget.textCursor()
            c.setPosition(min(cursor, len(text)))
            self.widget.setTextCursor(c)


class _CheckBinding(Binding):
    def show(self, value: Any) -> None:
        self.widget.setChecked(bool(value))


class _SpinBinding(Binding):
    def show(self, value: Any) -> None:
        self.widget.setValue(int(value or 0))


class _ComboBinding(Binding):
    def show(self, value: Any) -> None:
        # None (a field not yet chosen, e.g. the consequences' severity) is the item whose data
        # is "": findData(None) finds nothing and would leave the last choice shown after undo.
        data = value.value if isinstance(value, Enum) else value
        index = self.widget.findData("" if data is None else data)
        if index < 0 and self.widget.isEditable():
            self.widget.setEditText(value or "")
        elif index >= 0:
            self.widget.setCurrentIndex(index)


class _ValueBinding(Binding):
    """DateField and NumberEdit: both have value()/setValue()."""

    def show(self, value: Any) -> None:
        self.widget.setValue(value)


class Binder(QObject):
    """The bindings of one page, and the registry of field path -> widget used to jump to a
    validation problem.
    """

    #: A bound widget got the focus: the preview follows its section.
    sectionFocused = Signal(str)

    def __init__(self, doc: MemoDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.bindings: list[Binding] = []
        self.registry: dict[str, QWidget] = {}
        self._sections: dict[QObject, str] = {}

    # -- registration -------------------------------------------------------------------------
    def _add(self, binding: Binding, path: str | None, section: str | None, focus: QWidget) -> Binding:
        self.bindings.append(binding)
        if path:
            self.registry[path] = binding.widget
        if section:
            self._sections[focus] = section
            focus.installEventFilter(self)
        binding.refresh()
        return binding

    def line(self, widget: QLineEdit, target: Target, attr: str, path: str | None = None,
             section: str | None = None, label: str = "") -> QLineEdit:
        b = _LineBinding(widget, target, attr)

        def edited(text: str) -> None:
            if not b.updating:
                # One line: a pasted tab is a space here (a title has no columns to align).
                self.doc.set(b.target(), attr, one_line(text), label)

        widget.textEdited.connect(edited)
        self._add(b, path, section, widget)
        return widget

    def text(self, widget: QPlainTextEdit, target: Target, attr: str, path: str | None = None,
             section: str | None = None, label: str = "") -> QPlainTextEdit:
        b = _TextBinding(widget, target, attr)

        def edited() -> None:
            if b.updating:
                return
            text = widget.toPlainText()
            cleaned = clean_text(text)
            self.doc.set(b.target(), attr, cleaned, label)
            if cleaned != text:  # pasted control characters: show what was kept
                b.refresh()

        widget.textChanged.connect(edited)
        self._add(b, path, section, widget)
        return widget

    def check(self, widget: QCheckBox, target: Target, attr: str, path: str | None = None,
              section: str | None = None, label: str = "") -> QCheckBox:
        b = _CheckBinding(widget, target, attr)

        def toggled(checked: bool) -> None:
            if not b.updating:
                self.doc.set(b.target(), attr, checked, label or widget.text(), merge=False)

        widget.toggled.connect(toggled)
        self._add(b, path, section, widget)
        return widget

    def spin(self, widget: QSpinBox, target: Target, attr: str, path: str | None = None,
             section: str | None = None, label: str = "") -> QSpinBox:
        b = _SpinBinding(widget, target, attr)

        def changed(value: int) -> None:
            if not b.updating:
                self.doc.set(b.target(), attr, value, label)

        widget.valueChanged.connect(changed)
        self._add(b, path, section, widget)
        return widget

    def combo(self, widget: QComboBox, target: Target, attr: str, path: str | None = None,
              section: str | None = None, label: str = "", enum: type[Enum] | None = None) -> QComboBox:
        """Items carry the stored value as data; an editable combo also accepts free text."""
        b = _ComboBinding(widget, target, attr)

        def activated(index: int) -> None:
            if b.updating:
                return
            value = _member(enum, widget.itemData(index))
            self.doc.set(b.target(), attr, value, label, merge=False)

        def text_edited(text: str) -> None:
            if not b.updating:
                self.doc.set(b.target(), attr, one_line(text), label)

        if widget.isEditable():
            widget.lineEdit().textEdited.connect(text_edited)
            widget.activated.connect(lambda i: text_edited(widget.itemText(i)))
        else:
            widget.activated.connect(activated)
        self._add(b, path, section, widget)
        return widget

    def date(self, widget: DateField, target: Target, attr: str, path: str | None = None,
             section: str | None = None, label: str = "") -> DateField:
        """The field commits while typing; one edit (until the focus leaves or Enter) is one
        undo step, like the text fields."""
        b = _ValueBinding(widget, target, attr)
        widget.dateEdited.connect(
            lambda value: None if b.updating else self.doc.set(b.target(), attr, value, label)
        )
        widget.edit.editingFinished.connect(self.doc.break_merge)
        self._add(b, path, section, widget.edit)
        return widget

    def number(self, widget: NumberEdit, target: Target, attr: str, path: str | None = None,
               section: str | None = None, label: str = "") -> NumberEdit:
        """Like :meth:`date`: committed while typing, one undo step per edit."""
        b = _ValueBinding(widget, target, attr)
        widget.valueEdited.connect(
            lambda value: None if b.updating else self.doc.set(b.target(), attr, value, label)
        )
        widget.editingFinished.connect(self.doc.break_merge)
        self._add(b, path, section, widget)
        return widget

    def register(self, path: str, widget: QWidget, section: str | None = None) -> None:
        """A widget that is not a simple binding (a table, a list) but a problem can point at."""
        self.registry[path] = widget
        if section:
            self._sections[widget] = section
            widget.installEventFilter(self)

    # -- updates ------------------------------------------------------------------------------
    def refresh(self) -> None:
        for b in self.bindings:
            b.refresh()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusIn and obj in self._sections:
            self.sectionFocused.emit(self._sections[obj])
        return False


def _member(enum: type[Enum] | None, data: Any) -> Any:
    """The value a combo item stands for: the enum member with its data as value, or None for
    an item with data "" where the enum has no such member (the "Ej bedömd" item of a field
    that is None until chosen; Assessment's "" is its member UNASSESSED)."""
    if enum is None:
        return data
    if data in ("", None) and all(m.value != "" for m in enum):
        return None
    return enum(data)


def accessible_label(text: str) -> str:
    """A label text without its mnemonic ampersand and trailing colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":").strip()

