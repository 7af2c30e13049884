"""Two people, one memo: the window's side of the owner file (``files/lock.py``) and of the
check that the file on disk is still the one that was opened (``files/disk_state.py``).

- Opening a memo someone else has open asks: read-only, read-only and told when it is free,
  a copy, or (an abandoned lock) take over.
- While the memo is open for editing the lock is refreshed; a lost lock or a share that went
  away is said, and the edits stay in the window and the recovery file.
- When the window gets the focus, and before every save, the file is compared with what was
  opened (size, time, hash): a change by someone else is never overwritten silently.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from memo_builder.files import lock, settings
from memo_builder.files.disk_state import Fingerprint, compare, fingerprint
from memo_builder.gui import dialogs
from memo_builder.gui.document import MemoDocument
from memo_builder.gui.recovery import Autosaver

#: How often a read-only window that asked to be told looks whether the memo is free.
WATCH_MS = 20_000


class Sharing(QObject):
    """The lock on the open memo and what the file looked like when it was opened or saved."""

    #: Read-only or editable changed (the title, the banner and the steps follow).
    accessChanged = Signal()
    #: The memo became free and the user wants it for editing: reopen this path.
    reopenRequested = Signal(Path)

    def __init__(self, window: QWidget, doc: MemoDocument, autosaver: Autosaver,
                 show_hint) -> None:
        super().__init__(window)
        self.window = window
        self.doc = doc
        self.autosaver = autosaver
        self._show_hint = show_hint
        self.lock: lock.MemoLock | None = None
        #: Why the memo is open read-only ("" while it can be edited).
        self.read_only_reason = ""
        #: The file as it was opened or last saved.
        self.seen: Fingerprint | None = None
        self._told: Fingerprint | None = None  # a change already shown (asked once)
        self._unreachable_told = False
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(lock.REFRESH_SECONDS * 1000)
        self.refresh_timer.timeout.connect(self.refresh)
        self.watch_timer = QTimer(self)
        self.watch_timer.setInterval(WATCH_MS)
        self.watch_timer.timeout.connect(self._watch)
        self._watching: Path | None = None
        # However the program ends (the window closed, Ctrl+Q, a quit from elsewhere), the
        # owner file goes: a lock left behind would tell the next user the memo is still open.

        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.release)

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    # -- opening ------------------------------------------------------------------------------
    def claim(self, path: Path) -> str:
        """Try to take ``path``'s lock before it replaces the open memo. Returns "edit",
        "read_only", "copy" or "cancel"; the current lock is untouched unless "edit" or
        "read_only" (then it is released: a different memo is opening)."""
        if lock.in_program_folder(path):
            self._switch(None, "")  # the shipped example: nobody else's to overwrite
            return "edit"
        if self.lock is not None and self.lock.memo == path and self._still_ours():
            return "edit"  # the memo this window already has open, opened again
        owner = settings.officer_details().get("name", "")
        try:
            new = lock.MemoLock.acquire(path, owner)
        except lock.LockBusy as busy:
            # This user's own program on this computer, no longer running (a crash): nobody
            # else's work to protect, so it is taken over without a question.
            own_crash = bool(busy.stale) and busy.holder.is_me() and not busy.holder.damage
            choice = "take_over" if own_crash else self._ask_busy(path, busy)
            if choice == "take_over":
                try:
                    new = lock.MemoLock.acquire(path, owner, take_over=busy.holder)
                except (lock.LockBusy, lock.LockUnavailable) as again:
                    dialogs.error(self.window, self.tr("Ärendet kunde inte tas över"), str(again))
                    return "cancel"
            elif choice in ("read_only", "notify"):
                self._switch(None, self.tr("{who} Du kan läsa det och spara en egen kopia med "
                                           "Spara som …").format(who=busy.holder.describe()))
                if choice == "notify":
                    self._watching = path
                    self.watch_timer.start()
                return "read_only"
            else:
                return choice
        except lock.LockUnavailable as exc:
            dialogs.inform(self.window, self.tr("Ärendet öppnas skrivskyddat"), str(exc))
            self._switch(None, str(exc))
            return "read_only"
        if not os.access(path, os.W_OK):
            new.release()
            reason = self.tr("Filen {name} är skrivskyddad. Spara dina ändringar med Spara som …"
                             ).format(name=path.name)
            dialogs.inform(self.window, self.tr("Ärendet öppnas skrivskyddat"), reason)
            self._switch(None, reason)
            return "read_only"
        self._switch(new, "")
        return "edit"

    def _still_ours(self) -> bool:
        try:
            return self.lock.holds()
        except OSError:
            return False

    def _ask_busy(self, path: Path, busy: lock.LockBusy) -> str:
        text = busy.holder.describe()
        buttons = [("read_only", self.tr("Öppna skrivskyddat"), "accept"),
                   ("notify", self.tr("Skrivskyddat, meddela mig när det är ledigt"), "action"),
                   ("copy", self.tr("Öppna en kopia"), "action"),
                   ("cancel", self.tr("Avbryt"), "reject")]
        informative = self.tr("Ändringar i en kopia sparar du under ett eget namn; originalet "
                              "ändras inte.")
        if busy.stale:
            text += " " + self.tr("Låset ser övergivet ut: {why}.").format(why=busy.stale)
            buttons.insert(0, ("take_over", self.tr("Ta över och redigera"), "accept"))
            informative = self.tr("Ta bara över om du vet att ingen arbetar i ärendet just nu.")
        return dialogs.ask(self.window, self.tr("Ärendet är öppet"), text, buttons,
                           default=buttons[0][0], informative=informative)

    def _switch(self, new: lock.MemoLock | None, reason: str) -> None:
        self.release()
        self.lock = new
        self.read_only_reason = reason
        if new is not None:
            self.refresh_timer.start()
        self.accessChanged.emit()

    def opened(self, path: Path | None) -> None:
        """The window now shows ``path`` as it is on disk (just opened or saved)."""
        self._told = None
        self._unreachable_told = False
        try:
            self.seen = fingerprint(path) if path is not None else None
        except OSError:
            self.seen = None

    def restored(self, saved_at: str) -> None:
        """A crashed session's edits of ``doc.path`` were restored: lock that file again, and
        treat it as changed when it was written after the crashed session's last autosave
        (someone saved meanwhile), so that saving asks instead of overwriting."""
        path = self.doc.path
        if path is None:
            return
        if self.claim(path) in ("cancel", "copy"):
            self.release()
            self.doc.set_path(None)  # the edits stay; Spara asks for a name of their own
            return
        self.opened(path)
        try:
            crashed_at = datetime.fromisoformat(saved_at)
        except ValueError:
            crashed_at = None
        if self.seen is not None and (crashed_at is None or self.seen.modified > crashed_at):
            self.seen = Fingerprint(-1, -1, "")  # unknown or newer: compare as changed

    def release(self) -> None:
        """Let go of the open memo (closing, New, another memo)."""
        self.refresh_timer.stop()
        self.watch_timer.stop()
        self._watching = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def forget(self) -> None:
        """No file behind the window any more (New, a copy): editable, nothing to compare."""
        self.release()
        self.seen = None
        if self.read_only_reason:
            self.read_only_reason = ""
            self.accessChanged.emit()

    def claim_for_save_as(self, path: Path) -> lock.MemoLock | None | bool:
        """Saving under a new name: that file's lock, taken before anything is written and
        adopted (:meth:`adopt`) once the save worked. None where no lock can be taken (saving
        may still work, as before); False, with the reason shown, when someone else has it."""
        if self.lock is not None and self.lock.memo == path:
            return self.lock
        owner = settings.officer_details().get("name", "")
        try:
            return lock.MemoLock.acquire(path, owner)
        except lock.LockBusy as busy:
            dialogs.error(self.window, self.tr("Ärendet kunde inte sparas"),
                          busy.holder.describe() + " " + self.tr("Välj ett annat namn."))
            return False
        except lock.LockUnavailable:
            return None

    def adopt(self, new: lock.MemoLock | None) -> None:
        """The memo now lives in ``new``'s file (saved as): editable, the old lock let go."""
        if new is not None and new is self.lock:
            return
        self._switch(new, "")

    # -- while open ---------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.lock is None:
            return
        try:
            ours = self.lock.refresh()
        except OSError as exc:
            self._folder_unreachable(exc)
            return
        self._unreachable_told = False
        if not ours:
            try:
                holder = lock.read_holder(self.lock.memo)
            except lock.LockUnavailable:
                holder = None
            self.lock = None
            self.refresh_timer.stop()
            who = holder.describe() if holder else self.tr("Låsfilen har tagits bort.")
            dialogs.error(self.window, self.tr("Låset på ärendet är borta"),
                          self.tr("Någon har tagit över ärendet medan du hade det öppet. {who} "
                                  "Dina ändringar finns kvar i fönstret och i återställningsfilen; "
                                  "spara dem med Spara som …").format(who=who))
            self.autosaver.save_now()

    def _folder_unreachable(self, exc: OSError) -> None:
        self.autosaver.save_now()
        if self._unreachable_told:
            return
        self._unreachable_told = True
        folder = self.doc.path.parent if self.doc.path else ""
        dialogs.error(self.window, self.tr("Mappen går inte att nå"),
                      self.tr("Mappen {folder} går inte att nå ({why}). Dina ändringar finns kvar "
                              "i fönstret och i återställningsfilen på den här datorn. Spara när "
                              "mappen är tillbaka, eller spara en kopia på en annan plats med "
                              "Spara som …").format(folder=folder, why=exc.strerror or exc))

    def _watch(self) -> None:
        path = self._watching
        if path is None:
            self.watch_timer.stop()
            return
        try:
            holder, stale = lock.inspect(path)
        except lock.LockUnavailable:
            return
        if holder is not None and not stale:
            return
        self.watch_timer.stop()
        self._watching = None
        choice = dialogs.ask(
            self.window, self.tr("Ärendet är ledigt"),
            self.tr("{name} är inte längre öppet hos någon annan.").format(name=path.name),
            [("reopen", self.tr("Öppna för redigering"), "accept"),
             ("stay", self.tr("Fortsätt skrivskyddat"), "reject")],
            default="reopen",
            informative=self.tr("Ärendet läses in på nytt från filen, med de senaste ändringarna."))
        if choice == "reopen":
            self.reopenRequested.emit(path)

    # -- has the file changed? ----------------------------------------------------------------
    def disk_change(self):
        """How the open file differs from what was opened or saved (None: nothing to compare)."""
        if self.doc.path is None or self.seen is None:
            return None
        return compare(self.doc.path, self.seen)

    def describe_change(self, change) -> str:
        name = self.doc.path.name
        if change.kind == "missing":
            return self.tr("{name} finns inte längre där du öppnade den (flyttad, omdöpt eller "
                           "borttagen).").format(name=name)
        when = f"{change.modified:%H:%M}" if change.modified else "?"
        return self.tr("{name} har ändrats på disken sedan du öppnade den (senast ändrad {when}), "
                       "av någon annan eller ett annat program.").format(name=name, when=when)

    def window_activated(self) -> str:
        """The window got the focus: say once if the file changed. Returns "reload" when the
        user wants the version on disk, else ""."""
        change = self.disk_change()
        if change is None or change.kind == "same":
            return ""
        if change.kind == "unreachable":
            self._show_hint(self.tr("Mappen med ärendet går inte att nå just nu; dina ändringar "
                                    "finns i återställningsfilen."))
            self.autosaver.save_now()
            return ""
        if self._told is not None and change.now == self._told:
            return ""
        self._told = change.now or Fingerprint(-1, -1, "missing")
        if change.kind == "missing":
            dialogs.inform(self.window, self.tr("Filen har flyttats"),
                           self.describe_change(change) + " " + self.tr(
                               "Ärendet finns kvar i fönstret; spara det med Spara som …"))
            return ""
        choice = dialogs.ask(
            self.window, self.tr("Filen har ändrats"), self.describe_change(change),
            [("reload", self.tr("Läs in den nya versionen"), "action"),
             ("keep", self.tr("Fortsätt med min version"), "reject")],
            default="keep",
            informative=self.tr("Läser du in den nya versionen sparas det du har i fönstret som "
                                "en kopia bland återställningsfilerna.") if self.doc.is_modified()
            else "")
        return "reload" if choice == "reload" else ""

    def before_save(self) -> str:
        """Before saving over the open file: "write" when it is unchanged (or the user chose to
        overwrite), else "copy", "reload" or "cancel"."""
        change = self.disk_change()
        if change is None or change.kind in ("same", "unreachable"):
            return "write"  # unreachable: the save itself fails and says so
        self.autosaver.save_now()  # the edits are in the recovery file whatever is chosen
        choice = dialogs.ask(
            self.window, self.tr("Filen har ändrats"),
            self.describe_change(change) + " " + self.tr("Sparar du nu skrivs de ändringarna över."),
            [("copy", self.tr("Spara som kopia …"), "accept"),
             ("reload", self.tr("Läs in den nya versionen"), "action"),
             ("overwrite", self.tr("Skriv över"), "destructive"),
             ("cancel", self.tr("Avbryt"), "reject")],
            default="copy",
            informative=self.tr("Dina ändringar finns kvar i återställningsfilen vad du än väljer."))
        return "write" if choice == "overwrite" else choice
