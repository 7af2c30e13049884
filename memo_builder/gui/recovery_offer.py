"""After a crash: offering the crashed session's recovery file back, and keeping that file
until this session no longer needs it. (Writing and finding recovery files is in
``gui/recovery.py``.)"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from memo_builder.files import storage
from memo_builder.gui import dialogs
from memo_builder.gui.document import MemoDocument
from memo_builder.gui.recovery import Autosaver, find_orphans


class RecoveryOffer(QObject):
    """Asks whether to restore the newest orphaned recovery file into ``doc``."""

    #: A crashed session's memo is in the window now.
    restored = Signal()

    def __init__(self, window: QWidget, doc: MemoDocument, autosaver: Autosaver, *,
                 show_hint: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window = window
        self.doc = doc
        self.autosaver = autosaver
        self._show_hint = show_hint
        #: A crashed session's recovery file that was restored: kept (and locked) until this
        #: session's own recovery copy or a save has made it redundant.
        self.restored_orphan = None

    def offer(self) -> bool:
        """Offer the newest orphaned recovery file. True when one was restored."""
        orphans = find_orphans(self.autosaver.store.folder)
        if not orphans:
            return False
        newest, rest = orphans[0], orphans[1:]
        for o in rest:
            o.release()  # offered at a later start
        title = newest.title or self.tr("ett namnlöst ärende")
        where = str(newest.original) if newest.original else self.tr("aldrig sparat")
        choice = dialogs.ask(
            self.window, self.tr("Återställ osparade ändringar"),
            self.tr("Memo Builder avslutades oväntat. Det finns osparade ändringar i ”{title}” "
                    "från {when}.").format(title=title, when=newest.saved_at.replace("T", " ")),
            [("restore", self.tr("Återställ"), "accept"),
             ("discard", self.tr("Släng ändringarna"), "destructive"),
             ("later", self.tr("Inte nu"), "reject")],
            default="restore",
            informative=self.tr("Fil: {where}").format(where=where),
        )
        if choice == "discard":
            newest.discard()
            return False
        if choice != "restore":
            newest.release()
            return False
        try:
            memo = newest.load()
        except storage.MemoFileError as exc:
            dialogs.error(self.window, self.tr("Återställningen misslyckades"), str(exc))
            newest.release()
            return False
        self.doc.replace(memo, newest.original, modified=True)
        #: When the restored edits were last autosaved (the file's lock and check follow it).
        self.restored_saved_at = newest.saved_at
        # The crashed session's file goes only once our own recovery copy is on disk: if this
        # session cannot autosave, a second crash must not lose the work. Until then we keep
        # holding its lock (another instance cannot take it) and drop it after a successful
        # autosave or save; if we crash too, the next start offers it again.
        self.restored_orphan = newest
        if self.autosaver.save_now() and self.autosaver.store.exists():
            self.drop_restored()
        self.restored.emit()
        self._show_hint(self.tr("Ändringarna är återställda. Spara för att behålla dem."))
        return True

    def drop_restored(self) -> None:
        """The restored file is redundant now (autosaved, saved, or deliberately discarded)."""
        orphan, self.restored_orphan = self.restored_orphan, None
        if orphan is not None:
            orphan.discard()
