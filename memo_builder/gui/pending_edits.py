"""What the user has typed but the memo does not hold yet, and who gets Ctrl+Z.

``PendingEdits.commit`` pushes the focused number or date field and any open table-cell editor
into the memo before save, export, the unsaved-changes question and autosave.
``UndoKeysToWindow`` keeps the undo and redo keys away from the text widgets' own undo, so the
memo's undo stack gets them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from memo_builder.gui.widgets.fields import DateField, NumberEdit

UNDO_KEYS = [QKeySequence("Ctrl+Z")]
REDO_KEYS = [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]


class UndoKeysToWindow(QObject):
    """Text widgets keep Ctrl+Z for their own undo; the memo's undo stack must win instead."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(
            obj, (QLineEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)
        ):
            combo = QKeySequence(event.keyCombination())
            if any(combo.matches(k) == QKeySequence.SequenceMatch.ExactMatch
                   for k in UNDO_KEYS + REDO_KEYS):
                event.ignore()
                return True
        return False


class PendingEdits:
    """Commits the half-finished edits inside ``window``."""

    def __init__(self, window: QWidget) -> None:
        self.window = window

    def commit(self, *, quiet: bool = False) -> bool:
        """Commit what is typed but not yet in the memo: the focused number or date field and
        any open table cell editor. False when some of it was refused (the field shows why).

        ``quiet`` (autosave): commit only what is valid, without hints or reformatting, so the
        user can keep typing.
        """
        ok = True
        focus = QApplication.focusWidget()
        if not quiet and focus is not None and self.window.isAncestorOf(focus):
            field = focus if isinstance(focus, NumberEdit) else focus.parentWidget()
            if isinstance(field, (NumberEdit, DateField)):
                ok = field.commit() and ok
        for view in self.window.findChildren(QAbstractItemView):
            if view.state() != QAbstractItemView.State.EditingState:
                continue
            model = view.model()
            quiet_before = getattr(model, "quiet", None)
            rejected_before = getattr(model, "rejections", 0)
            if quiet_before is not None:
                model.quiet = quiet
            try:
                for editor in view.viewport().findChildren(
                        QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
                    view.commitData(editor)  # ignores children that are not editors
            finally:
                if quiet_before is not None:
                    model.quiet = quiet_before
            if getattr(model, "rejections", 0) != rejected_before:
                ok = False
        return ok
