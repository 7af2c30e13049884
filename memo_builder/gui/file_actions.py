"""The Arkiv menu's memo files: new, open, load, save, save as, the recent-files list and the
unsaved-changes question."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QWidget

from memo_builder.files import settings, storage
from memo_builder.gui import dialogs
from memo_builder.gui.document import MemoDocument
from memo_builder.gui.recovery import Autosaver, keep_edits
from memo_builder.gui.services import Services
from memo_builder.gui.sharing import Sharing
from memo_builder.model.memo import CaseDetails, Memo
from memo_builder.publish.request import default_memo_name

MAX_RECENT = 8


def blank_memo(profile) -> Memo:
    """An empty memo dated today, from the chosen profile and the user's own details
    (Inställningar → Mina uppgifter): nothing here names an organisation of its own."""
    memo = Memo(case=CaseDetails(memo_date=date.today()))
    own = settings.load_settings()
    organisation = own.get("organisation")
    administration = own.get("administration")
    memo.case.organisation = (profile.organisation if profile is not None else "") or (
        organisation if isinstance(organisation, str) else "")
    memo.case.administration = administration if isinstance(administration, str) else ""
    for key, value in settings.officer_details().items():
        setattr(memo.case.officer, key, value)
    memo.case.board = only_board(profile)
    if profile is not None:
        memo.profile = profile.key
    return memo


def board_choices(profile) -> list[str]:
    """The boards offered for Nämnd: the profile's, then the user's own (Mina uppgifter)."""
    own = settings.get("boards", [])
    boards = list(profile.boards) if profile is not None else []
    boards += [b for b in (own if isinstance(own, list) else [])
               if isinstance(b, str) and b.strip() and b not in boards]
    return boards


def only_board(profile) -> str:
    """The board when the list offers exactly one (it fills Nämnd), else ""."""
    boards = board_choices(profile)
    return boards[0] if len(boards) == 1 else ""


#: (where in the memo, the field, the Swedish label) of the details Mina uppgifter holds.
_OWN_FIELDS = (("case", "organisation", "Organisation"), ("case", "administration", "Förvaltning"),
               ("officer", "name", "Handläggarens namn"), ("officer", "title", "Titel"),
               ("officer", "phone", "Telefon"), ("officer", "email", "E-post"),
               ("case", "board", "Nämnd"))


def details_for_empty_fields(memo: Memo, profile) -> list[tuple[object, str, str, str]]:
    """What Mina uppgifter (and a single board) would fill in ``memo``'s *empty* fields:
    (object, attribute, value, label). A field the official has written in is never listed."""
    own = settings.load_settings()
    officer = settings.officer_details()
    values = {
        "organisation": own.get("organisation") if isinstance(own.get("organisation"), str) else "",
        "administration": own.get("administration")
        if isinstance(own.get("administration"), str) else "",
        "board": only_board(profile),
        **officer,
    }
    out = []
    for where, attr, label in _OWN_FIELDS:
        obj = memo.case if where == "case" else memo.case.officer
        value = (values.get(attr) or "").strip()
        if value and not getattr(obj, attr).strip():
            out.append((obj, attr, value, label))
    return out


def recent_files() -> list[str]:
    value = settings.get("recent_files", [])
    return [x for x in value if isinstance(x, str)] if isinstance(value, list) else []


def add_recent(path: Path) -> None:
    files = [str(path)] + [x for x in recent_files() if x != str(path)]
    try:
        settings.set_value("recent_files", files[:MAX_RECENT])
    except OSError:
        pass


class FileActions(QObject):
    """Reads and writes ``doc``'s .memo file, asking through ``window``'s dialogs."""

    #: A different memo is in the window (New or Open): what belonged to the old one goes.
    memoOpened = Signal()

    def __init__(self, window: QWidget, doc: MemoDocument, services: Services, autosaver: Autosaver,
                 *, commit_pending: Callable[[], bool], show_hint: Callable[[str], None],
                 drop_restored: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.doc = doc
        self.services = services
        self.autosaver = autosaver
        self._commit_pending = commit_pending
        self._show_hint = show_hint
        self._drop_restored = drop_restored  # a restored crash copy, made redundant by a save
        self.recent_menu: QMenu | None = None
        self.sharing = Sharing(window, doc, autosaver, show_hint)
        self.sharing.reopenRequested.connect(self._reopen)

    def start_folder(self) -> str:
        """Where file dialogs open: the memo's folder, else the latest memo's, else the folder
        of the last file of any kind (files/settings.py), else home."""
        if self.doc.path:
            return str(self.doc.path.parent)
        recent = recent_files()
        if recent and Path(recent[0]).parent.is_dir():
            return str(Path(recent[0]).parent)
        return str(settings.last_folder("memo"))

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; True when it is fine to continue."""
        self._commit_pending()
        if not self.doc.is_modified():
            return True
        name = self.doc.path.name if self.doc.path else self.tr("det nya ärendet")
        choice = dialogs.ask(
            self.window,
            dialogs.APP_NAME,
            self.tr("Vill du spara ändringarna i {name}?").format(name=name),
            [("save", self.tr("Spara"), "accept"), ("discard", self.tr("Spara inte"), "destructive"),
             ("cancel", self.tr("Avbryt"), "reject")],
            default="save",
            informative=self.tr("Om du inte sparar försvinner ändringarna."),
        )
        if choice == "save":
            return self.save()
        if choice == "discard":
            self._drop_restored()  # deliberately thrown away
            return True
        return False

    def new_memo(self) -> None:
        if not self.maybe_save():
            return
        self.autosaver.saved()
        self.sharing.forget()
        self.doc.replace(blank_memo(self.services.profile()), None)
        self.memoOpened.emit()

    def open_file(self, path: str | Path | None = None) -> bool:
        if not self.maybe_save():
            return False
        if path is None:
            path = dialogs.open_path(self.window, self.tr("Öppna ärende"), self.start_folder(),
                                     self.tr("Memofiler (*.memo);;Alla filer (*)"))
            if not path:
                return False
        return self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        """Load ``path``; on a broken or newer file show why and keep the current memo. A memo
        someone else has open is offered read-only, as a copy, or (abandoned) to take over."""
        try:
            memo = storage.load(path)
        except storage.MemoFileError as exc:
            # Only when there is a case open to keep: not on a first start with a bad file.
            kept = self.doc.path is not None or self.doc.is_modified()
            dialogs.error(self.window, self.tr("Filen kunde inte öppnas"),
                          str(exc) + ("\n\n" + self.tr("Det ärende du har öppet är oförändrat.")
                                      if kept else ""))
            return False
        try:  # a symbolic link: lock and save the file it points to, never replace the link
            real = path.resolve(strict=True)
        except OSError:
            real = path.absolute()
        access = self.sharing.claim(real)
        if access == "cancel":
            return False
        self.autosaver.saved()
        if access == "copy":
            self.sharing.forget()
            self.doc.replace(memo, None, modified=True)
            self.memoOpened.emit()
            self._show_hint(self.tr("En kopia av {name} är öppen; spara den under ett eget namn."
                                    ).format(name=path.name))
            return True
        self.doc.replace(memo, real)
        self.sharing.opened(real)
        add_recent(real)
        settings.remember_folder("memo", real)
        self.memoOpened.emit()
        note = self.tr(" (skrivskyddat)") if self.sharing.read_only else ""
        self._show_hint(self.tr("Öppnade {name}").format(name=path.name) + note)
        return True

    def _reopen(self, path: Path) -> None:
        """The memo a read-only window waited for is free: open it again, for editing."""
        if self.doc.path == path and not self.doc.is_modified():
            self.load_file(path)

    def reload_from_disk(self) -> bool:
        """Replace the window's memo by the file on disk, keeping the window's version as a copy
        among the recovery files when it has unsaved edits."""
        path = self.doc.path
        if path is None:
            return False
        try:
            memo = storage.load(path)
        except storage.MemoFileError as exc:
            dialogs.error(self.window, self.tr("Filen kunde inte läsas in"),
                          str(exc) + "\n\n" + self.tr("Det du har i fönstret är oförändrat."))
            return False
        kept = None
        if self.doc.is_modified():
            kept = keep_edits(self.doc.memo, path, self.autosaver.store.folder)
            if kept is None:
                dialogs.error(self.window, self.tr("Filen lästes inte in"),
                              self.tr("Din version kunde inte sparas som kopia, så den nya "
                                      "versionen lästes inte in. Spara din med Spara som …"))
                return False
        self.autosaver.saved()
        self.doc.replace(memo, path)
        self.sharing.opened(path)
        self.memoOpened.emit()
        if kept is not None:
            dialogs.inform(self.window, self.tr("Den nya versionen är inläst"),
                           self.tr("Din tidigare version finns kvar som {kept}.").format(kept=kept))
        return True

    def check_disk(self) -> None:
        """The window got the focus: has someone changed the file?"""
        if self.sharing.window_activated() == "reload":
            self.reload_from_disk()

    def save(self) -> bool:
        if not self._commit_pending():
            return False
        if self.doc.path is None or self.sharing.read_only:
            return self.save_as()
        choice = self.sharing.before_save()
        if choice == "copy":
            return self.save_as()
        if choice == "reload":
            self.reload_from_disk()
            return False
        if choice == "cancel":
            return False
        return self._write(self.doc.path)

    def save_as(self) -> bool:
        if not self._commit_pending():
            return False
        suggested = str(Path(self.start_folder()) / (self.doc.path.name if self.doc.path
                                                       else default_memo_name(self.doc.memo)))
        path = dialogs.save_path(self.window, self.tr("Spara ärendet som"), suggested,
                                 self.tr("Memofiler (*.memo)"))
        if not path:
            return False
        path = Path(path)
        if path.suffix.lower() != ".memo":
            path = path.with_name(path.name + ".memo")
        try:
            path = path.resolve()
        except OSError:
            path = path.absolute()
        if path == self.doc.path and self.sharing.read_only:
            dialogs.error(self.window, self.tr("Ärendet kunde inte sparas"),
                          self.sharing.read_only_reason + "\n\n" + self.tr("Välj ett annat namn."))
            return False
        if path == self.doc.path:
            if self.sharing.before_save() != "write":
                return False  # saving as the same, changed file: only an explicit overwrite
            return self._write(path)
        new_lock = self.sharing.claim_for_save_as(path)
        if new_lock is False:
            return False
        if not self._write(path):
            if new_lock is not None and new_lock is not self.sharing.lock:
                new_lock.release()
            return False
        self.sharing.adopt(new_lock)
        self.sharing.opened(self.doc.path)
        return True

    def _write(self, path: Path) -> bool:
        try:
            storage.save(self.doc.memo, path)
        except storage.MemoFileError as exc:
            dialogs.error(self.window, self.tr("Ärendet kunde inte sparas"),
                          str(exc) + "\n\n" + self.tr("Inget av det du skrivit har gått förlorat."))
            return False
        self.doc.set_path(path.resolve())
        self.sharing.opened(self.doc.path)
        self.doc.mark_saved()
        self.autosaver.saved()
        self._drop_restored()  # the work is in a real file now
        add_recent(path.resolve())
        settings.remember_folder("memo", path.resolve())
        self._show_hint(self.tr("Sparade {name}").format(name=path.name))
        return True

    def use_recent_menu(self, menu: QMenu) -> None:
        """``menu`` lists the recent files, refilled each time it opens."""
        self.recent_menu = menu
        menu.aboutToShow.connect(self.fill_recent)
        self.fill_recent()

    def fill_recent(self) -> None:
        menu = self.recent_menu
        menu.clear()
        files = recent_files()
        for i, f in enumerate(files):
            a = menu.addAction(f"&{i + 1} {Path(f).name}")
            a.setToolTip(f)
            a.triggered.connect(lambda _=False, p=f: self.open_file(p))
        menu.setEnabled(bool(files))
