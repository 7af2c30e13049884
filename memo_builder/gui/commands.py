"""QUndoCommand wrappers over model edits: the only way the GUI changes a memo.

Commands hold references to the model's own dataclass instances. Lists are edited in place and
removed items are kept by the command, so an object's identity survives undo and redo and a
widget bound to "this option" stays bound to it.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand


class MemoDocument(Protocol):
    """What a command needs of the document (gui/document.py), named here so the two modules
    do not import each other."""

    merge_generation: int

    def notify(self, obj: Any, structural: bool = False) -> None: ...

_SET_ATTR_ID = 1001


class SetAttr(QUndoCommand):
    """Set one attribute of one model object; consecutive edits of the same field merge."""

    def __init__(
        self,
        doc: MemoDocument,
        obj: Any,
        attr: str,
        value: Any,
        text: str = "",
        *,
        merge: bool = True,
    ) -> None:
        super().__init__(text)
        self.doc = doc
        self.obj = obj
        self.attr = attr
        self.old = getattr(obj, attr)
        self.new = value
        self.merge = merge
        self.generation = doc.merge_generation

    def redo(self) -> None:
        setattr(self.obj, self.attr, self.new)
        self.doc.notify(self.obj)

    def undo(self) -> None:
        setattr(self.obj, self.attr, self.old)
        self.doc.notify(self.obj)

    def id(self) -> int:  # noqa: A003 - Qt's name
        return _SET_ATTR_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not (
            isinstance(other, SetAttr)
            and other.obj is self.obj
            and other.attr == self.attr
            and other.merge
            and other.generation == self.generation
        ):
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True


class InsertItem(QUndoCommand):
    def __init__(self, doc: MemoDocument, items: list, index: int, item: Any, text: str = "") -> None:
        super().__init__(text)
        self.doc, self.items, self.index, self.item = doc, items, index, item

    def redo(self) -> None:
        self.items.insert(self.index, self.item)
        self.doc.notify(self.items, structural=True)

    def undo(self) -> None:
        del self.items[self.index]
        self.doc.notify(self.items, structural=True)


class RemoveItem(QUndoCommand):
    def __init__(self, doc: MemoDocument, items: list, index: int, text: str = "") -> None:
        super().__init__(text)
        self.doc, self.items, self.index = doc, items, index
        self.item = items[index]

    def redo(self) -> None:
        del self.items[self.index]
        self.doc.notify(self.items, structural=True)

    def undo(self) -> None:
        self.items.insert(self.index, self.item)
        self.doc.notify(self.items, structural=True)


class MoveItem(QUndoCommand):
    def __init__(self, doc: MemoDocument, items: list, source: int, target: int, text: str = "") -> None:
        super().__init__(text)
        self.doc, self.items, self.source, self.target = doc, items, source, target

    def _move(self, a: int, b: int) -> None:
        item = self.items.pop(a)
        self.items.insert(b, item)
        self.doc.notify(self.items, structural=True)

    def redo(self) -> None:
        self._move(self.source, self.target)

    def undo(self) -> None:
        self._move(self.target, self.source)
