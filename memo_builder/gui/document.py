"""The open memo: the model object, its file, and the undo stack that every edit goes through."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from memo_builder.gui.commands import InsertItem, MoveItem, RemoveItem, SetAttr
from memo_builder.model.memo import Memo


class MemoDocument(QObject):
    """Owns the memo being edited. Views listen to ``changed`` and read the model back."""

    #: Emitted after any edit, undo or redo: (the edited object or list, structural change?).
    changed = Signal(object, bool)
    #: Emitted when a different memo is loaded (New, Open, restore); views rebuild.
    replaced = Signal()
    pathChanged = Signal()
    #: The memo differs (or no longer differs) from its file.
    modifiedChanged = Signal(bool)
    #: An edit was refused because the memo is open read-only.
    editRefused = Signal()

    def __init__(self, memo: Memo | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.memo = memo or Memo()
        self.path: Path | None = None
        self.undo_stack = QUndoStack(self)
        self.merge_generation = 0
        #: Counts every change to the memo (edits, undo, redo, a new memo): caches of computed
        #: values (gui/services.py) compare it instead of listening for signals.
        self.revision = 0
        self._force_modified = False
        #: Open read-only (someone else has it): every edit is refused, never silently lost.
        self.read_only = False
        self.undo_stack.cleanChanged.connect(self._emit_modified)

    # -- loading ------------------------------------------------------------------------------
    def replace(self, memo: Memo, path: Path | None, *, modified: bool = False) -> None:
        self.memo = memo
        self.revision += 1
        self.undo_stack.clear()
        # A restored memo differs from any file on disk: it stays "unsaved" even at the
        # bottom of the undo stack.
        self._force_modified = modified
        self.set_path(path)
        self.replaced.emit()
        self._emit_modified()

    def set_path(self, path: Path | None) -> None:
        self.path = Path(path) if path else None
        self.pathChanged.emit()

    # -- state --------------------------------------------------------------------------------
    def is_modified(self) -> bool:
        return self._force_modified or not self.undo_stack.isClean()

    def mark_saved(self) -> None:
        self._force_modified = False
        self.undo_stack.setClean()
        self._emit_modified()

    def _emit_modified(self, *_args) -> None:
        self.modifiedChanged.emit(self.is_modified())

    def break_merge(self) -> None:
        """The next edit starts a new undo step (called when the focus moves to another field)."""
        self.merge_generation += 1

    def notify(self, obj: Any, structural: bool = False) -> None:
        self.revision += 1
        self.changed.emit(obj, structural)

    # -- edits (all through the undo stack) ----------------------------------------------------
    def _refused(self) -> bool:
        if self.read_only:
            self.editRefused.emit()
        return self.read_only

    def set(self, obj: Any, attr: str, value: Any, text: str = "", *, merge: bool = True) -> None:
        if obj is None or getattr(obj, attr) == value or self._refused():
            return
        self.undo_stack.push(SetAttr(self, obj, attr, value, text or self.tr("Ändra"), merge=merge))

    def insert(self, items: list, index: int, item: Any, text: str = "") -> None:
        if self._refused():
            return
        self.undo_stack.push(InsertItem(self, items, index, item, text or self.tr("Lägg till")))

    def append(self, items: list, item: Any, text: str = "") -> None:
        self.insert(items, len(items), item, text)

    def remove(self, items: list, index: int, text: str = "") -> None:
        if self._refused():
            return
        self.undo_stack.push(RemoveItem(self, items, index, text or self.tr("Ta bort")))

    def move(self, items: list, source: int, target: int, text: str = "") -> None:
        if source == target or not (0 <= target < len(items)) or self._refused():
            return
        self.undo_stack.push(MoveItem(self, items, source, target, text or self.tr("Flytta")))

    def macro(self, text: str):
        """Context manager grouping several edits into one undo step."""
        return _Macro(self.undo_stack, text)


class _Macro:
    def __init__(self, stack: QUndoStack, text: str) -> None:
        self.stack, self.text = stack, text

    def __enter__(self) -> None:
        self.stack.beginMacro(self.text)

    def __exit__(self, *exc) -> None:
        self.stack.endMacro()
