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
from memo_builder.gui.recovery import Autosaver
from memo_builder.gui.services import Services
from memo_builder.model.memo import CaseDetails, Memo

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
    if profile is not None:
        memo.profile = profile.key
    return memo


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

    def start_folder(self) -> str:
        """Where file dialogs open: the memo's folder, else the latest file's, else home."""
        if self.doc.path:
            return str(self.doc.path.parent)
        recent = recent_files()
        return str(Path(recent[0]).parent) if recent else str(Path.home())

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
        """Load ``path``; on a broken or newer file show why and keep the current memo."""
        try:
            memo = storage.load(path)
        except storage.MemoFileError as exc:
            # Only when there is a case open to keep: not on a first start with a bad file.
            kept = self.doc.path is not None or self.doc.is_modified()
            dialogs.error(self.window, self.tr("Filen kunde inte öppnas"),
                          str(exc) + ("\n\n" + self.tr("Det ärende du har öppet är oförändrat.")
                                      if kept else ""))
            return False
        self.autosaver.saved()
        self.doc.replace(memo, path.resolve())
        add_recent(path.resolve())
        self.memoOpened.emit()
        self._show_hint(self.tr("Öppnade {name}").format(name=path.name))
        return True

    def save(self) -> bool:
        if not self._commit_pending():
            return False
        if self.doc.path is None:
            return self.save_as()
        return self._write(self.doc.path)

    def save_as(self) -> bool:
        from memo_builder.publish.service import default_memo_name

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
        return self._write(path)

    def _write(self, path: Path) -> bool:
        try:
            storage.save(self.doc.memo, path)
        except storage.MemoFileError as exc:
            dialogs.error(self.window, self.tr("Ärendet kunde inte sparas"),
                          str(exc) + "\n\n" + self.tr("Inget av det du skrivit har gått förlorat."))
            return False
        self.doc.set_path(path.resolve())
        self.doc.mark_saved()
        self.autosaver.saved()
        self._drop_restored()  # the work is in a real file now
        add_recent(path.resolve())
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
