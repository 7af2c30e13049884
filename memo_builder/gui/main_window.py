"""The main window: step list with status, the step pages, the live preview, menus, saving,
export, autosave and recovery.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from memo_builder import settings
from memo_builder.gui import dialogs
from memo_builder.gui.document import MemoDocument
from memo_builder.gui.preview import Preview
from memo_builder.gui.recovery import Autosaver, RecoveryStore, find_orphans
from memo_builder.gui.resources import icon
from memo_builder.gui.services import Services
from memo_builder.gui.steps import STEP_KEYS, STEPS, step_for_path
from memo_builder.gui.widgets.fields import DateField, NumberEdit
from memo_builder.model import storage
from memo_builder.model.memo import CaseDetails, Memo

APP_NAME = "Memo Builder"
MAX_RECENT = 8
VALIDATE_MS = 250

STYLE = """
QMainWindow, QWidget#pageContent, QScrollArea { background: #f3f5f8; }
QFrame#card { background: #ffffff; border: 1px solid #d9dfe7; border-radius: 6px; }
QFrame#help { background: #e9f1fb; border: 1px solid #c3d6ee; border-radius: 6px; }
QLabel#pageTitle { color: #17324d; }
QLabel#cardTitle { color: #17324d; }
QLabel#muted, QLabel#cardDescription { color: #55606b; }
QLabel#notice { background: #fff4d6; border: 1px solid #e8c46a; border-radius: 4px; padding: 6px; }
QLabel#autosaveWarning { background: #fdecea; color: #8e1c1c; border: 1px solid #c62828; border-radius: 3px; padding: 1px 6px; font-weight: bold; }
QListWidget#steps { background: #17324d; color: #ffffff; border: none; outline: 0; }
QListWidget#steps::item { padding: 9px 8px; border-radius: 4px; margin: 2px 6px; }
QListWidget#steps::item:selected { background: #2d5d8f; color: #ffffff; }
QListWidget#steps::item:hover:!selected { background: #234569; }
QLineEdit[invalid="true"] { border: 2px solid #c62828; }
QPushButton#primary { background: #1f5fa8; color: #ffffff; border: 1px solid #174a84; border-radius: 4px; padding: 6px 14px; font-weight: bold; }
QPushButton#primary:hover { background: #2a6dbb; }
QPushButton#primary:focus { border: 2px solid #0b2e55; }
QWidget#navbar { background: #ffffff; border-top: 1px solid #d9dfe7; }
QTextBrowser#preview { background: #ffffff; border: none; border-left: 1px solid #d9dfe7; }
"""

_UNDO_KEYS = [QKeySequence("Ctrl+Z")]
_REDO_KEYS = [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]


def new_memo(profile) -> Memo:
    """An empty memo for the organisation profile: organisation filled in, dated today."""
    memo = Memo(case=CaseDetails(memo_date=date.today()))
    if profile is not None:
        memo.profile = profile.key
        memo.case.organisation = profile.organisation
    return memo


class _UndoKeysToWindow(QObject):
    """Text widgets keep Ctrl+Z for their own undo; the memo's undo stack must win instead."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(
            obj, (QLineEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)
        ):
            combo = QKeySequence(event.keyCombination())
            if any(combo.matches(k) == QKeySequence.SequenceMatch.ExactMatch
                   for k in _UNDO_KEYS + _REDO_KEYS):
                event.ignore()
                return True
        return False


class MainWindow(QMainWindow):
    def __init__(self, *, store: RecoveryStore | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("app"))
        self.setStyleSheet(STYLE)
        self.doc = MemoDocument(parent=self)
        self.services = Services(self.doc, self)
        self.doc.memo = new_memo(self.services.profile())
        self.autosaver = Autosaver(self.doc, store, self)
        self.autosaver.before_write = lambda: self.commit_pending(quiet=True)
        #: A crashed session's recovery file that was restored: kept (and locked) until this
        #: session's own recovery copy or a save has made it redundant.
        self._restored_orphan = None
        self.last_export: Path | None = None
        self.problems: list = []
        self.classes = STEPS
        self.pages: list = [None] * len(self.classes)
        self._dirty_pages: set[int] = set()

        self._build_ui()
        # -- issue 12 (publish): PDF export and spell check live in their own modules --
        from memo_builder.gui import pdf_export, spelling
        self.pdf_export = pdf_export.PdfExport(self)
        self.spelling = spelling.install(self)
        # -- end issue 12 --
        self._build_actions()
        self._build_menus()

        self.validate_timer = QTimer(self)
        self.validate_timer.setSingleShot(True)
        self.validate_timer.setInterval(VALIDATE_MS)
        self.validate_timer.timeout.connect(self.validate_now)

        self.doc.changed.connect(self._on_changed)
        self.doc.replaced.connect(self._on_replaced)
        self.doc.modifiedChanged.connect(self._update_title)
        self.doc.pathChanged.connect(self._update_title)
        self.autosaver.statusChanged.connect(self._autosave_status)
        self.autosaver.written.connect(self._drop_restored_orphan)
        self._undo_filter = _UndoKeysToWindow(self)
        app = QApplication.instance()
        app.installEventFilter(self._undo_filter)
        app.focusChanged.connect(self._focus_changed)
        self.go_to(0)
        self._update_title()
        # Validation and the first preview render import Babel, jinja2 and python-docx: run
        # them right after the window has painted, not before (start-up time).
        self._painted = False
        self.preview.hold = True
        self.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self and not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            self.removeEventFilter(self)
            QTimer.singleShot(0, self._after_first_paint)
        return False

    def _after_first_paint(self) -> None:
        self.preview.hold = False
        self.preview.schedule()
        self.validate_now()

    # -- layout -------------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        fm = self.fontMetrics()
        self.step_list = QListWidget()
        self.step_list.setObjectName("steps")
        self.step_list.setAccessibleName(self.tr("Steg"))
        side = int(fm.height() * 1.2)
        self.step_list.setIconSize(QSize(side, side))
        for i, cls in enumerate(self.classes):
            item = QListWidgetItem(icon("empty"), f"{i + 1}. {cls.title()}")
            self.step_list.addItem(item)
        self.step_list.setFixedWidth(fm.horizontalAdvance("8. Förslag till beslut") + fm.averageCharWidth() * 12)
        self.step_list.currentRowChanged.connect(self._step_selected)

        self.stack = QStackedWidget()
        for _ in self.classes:
            self.stack.addWidget(QWidget())

        self.back_button = QPushButton(self.tr("← &Tillbaka"))
        self.next_button = QPushButton(self.tr("&Nästa →"))
        self.next_button.setObjectName("primary")
        self.back_button.setAccessibleName(self.tr("Föregående steg"))
        self.next_button.setAccessibleName(self.tr("Nästa steg"))
        self.back_button.clicked.connect(lambda: self.go_to(self.current_step() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_step() + 1))
        self.step_label = QLabel()
        self.step_label.setObjectName("muted")
        navbar = QWidget()
        navbar.setObjectName("navbar")
        nav = QHBoxLayout(navbar)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.step_label)
        nav.addStretch(1)
        nav.addWidget(self.next_button)

        center = QWidget()
        v = QVBoxLayout(center)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(0)
        v.addWidget(self.stack, 1)
        v.addWidget(navbar)

        self.preview = Preview(self.services)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([620, 380])

        root = QWidget()
        h = QHBoxLayout(root)
        h.setContentsMargins(0, 0, 0, 0)
        h.setSpacing(0)
        h.addWidget(self.step_list)
        h.addWidget(self.splitter, 1)
        self.setCentralWidget(root)

        self.problem_label = QLabel()
        self.statusBar().addPermanentWidget(self.problem_label)
        # A permanent widget: temporary hints do not hide it, it stays until autosave works.
        self.autosave_label = QLabel()
        self.autosave_label.setObjectName("autosaveWarning")
        self.autosave_label.setVisible(False)
        self.statusBar().insertPermanentWidget(0, self.autosave_label)
        self.preview.setVisible(bool(settings.get("preview_visible", True)))
        self.resize(fm.averageCharWidth() * 190, fm.height() * 48)

    def _build_actions(self) -> None:
        def action(text, slot, shortcut=None, icon_name=None):
            a = QAction(text, self)
            if shortcut is not None:
                if isinstance(shortcut, list):
                    a.setShortcuts(shortcut)
                else:
                    a.setShortcut(shortcut)
            if icon_name:
                a.setIcon(icon(icon_name))
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        self.act_new = action(self.tr("&Ny"), self.new_memo, QKeySequence("Ctrl+N"))
        self.act_open = action(self.tr("&Öppna …"), lambda: self.open_file(), QKeySequence("Ctrl+O"))
        self.act_save = action(self.tr("&Spara"), self.save, QKeySequence("Ctrl+S"))
        self.act_save_as = action(self.tr("Spara s&om …"), self.save_as, QKeySequence("Ctrl+Shift+S"))
        self.act_export = action(self.tr("Skapa &skrivelse …"), self.export, QKeySequence("Ctrl+E"), "word")
        self.act_export_pdf = action(self.tr("Spara som &PDF …"), self.pdf_export.start)  # issue 12
        self.act_open_word = action(self.tr("Öppna skrivelsen i &Word"), self.open_export)
        self.act_open_word.setEnabled(False)
        self.act_quit = action(self.tr("&Avsluta"), self.close, QKeySequence("Ctrl+Q"))
        self.act_undo = self.doc.undo_stack.createUndoAction(self, self.tr("Ån&gra"))
        self.act_undo.setShortcuts(_UNDO_KEYS)
        self.act_redo = self.doc.undo_stack.createRedoAction(self, self.tr("Gör &om"))
        self.act_redo.setShortcuts(_REDO_KEYS)
        self.addAction(self.act_undo)
        self.addAction(self.act_redo)
        self.act_preview = action(self.tr("&Förhandsgranskning"), self._toggle_preview, QKeySequence("F9"))
        self.act_preview.setCheckable(True)
        self.act_preview.setChecked(self.preview.isVisibleTo(self) or bool(settings.get("preview_visible", True)))
        self.act_next = action(self.tr("&Nästa steg"), lambda: self.go_to(self.current_step() + 1),
                               QKeySequence("Ctrl+PgDown"))
        self.act_prev = action(self.tr("&Föregående steg"), lambda: self.go_to(self.current_step() - 1),
                               QKeySequence("Ctrl+PgUp"))
        self.act_help = action(self.tr("&Hjälp för steget"), self.show_step_help, QKeySequence("F1"))
        self.act_about = action(self.tr("&Om Memo Builder"), self.about)
        self.act_library = action(self.tr("Organisationens &bibliotek …"), self.choose_library)
        self.act_library_clear = action(self.tr("Använd bara programmets bibliotek"), self.clear_library)
        self.lang_group = QActionGroup(self)
        self.act_lang_sv = QAction("Svenska", self, checkable=True)
        self.act_lang_en = QAction("English", self, checkable=True)
        for a, code in ((self.act_lang_sv, "sv"), (self.act_lang_en, "en")):
            self.lang_group.addAction(a)
            a.triggered.connect(lambda _=False, c=code: self.set_language(c))
        (self.act_lang_en if settings.get("language", "sv") == "en" else self.act_lang_sv).setChecked(True)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        m = bar.addMenu(self.tr("&Arkiv"))
        m.addAction(self.act_new)
        m.addAction(self.act_open)
        self.recent_menu = m.addMenu(self.tr("S&enaste filer"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        m.addSeparator()
        m.addAction(self.act_save)
        m.addAction(self.act_save_as)
        m.addSeparator()
        m.addAction(self.act_export)
        m.addAction(self.act_export_pdf)  # issue 12
        m.addAction(self.act_open_word)
        m.addSeparator()
        m.addAction(self.act_quit)
        m = bar.addMenu(self.tr("&Redigera"))
        m.addAction(self.act_undo)
        m.addAction(self.act_redo)
        m = bar.addMenu(self.tr("&Visa"))
        m.addAction(self.act_preview)
        m.addSeparator()
        m.addAction(self.act_prev)
        m.addAction(self.act_next)
        m = bar.addMenu(self.tr("&Inställningar"))
        lang = m.addMenu(self.tr("&Språk"))
        lang.addAction(self.act_lang_sv)
        lang.addAction(self.act_lang_en)
        m.addAction(self.act_library)
        m.addAction(self.act_library_clear)
        m = bar.addMenu(self.tr("&Hjälp"))
        m.addAction(self.act_help)
        m.addAction(self.act_about)
        self._fill_recent()

    # -- steps ----------------------------------------------------------------------------------------
    def current_step(self) -> int:
        return self.stack.currentIndex()

    def page(self, index: int):
        """The page of step ``index``, built on first use (keeps start-up fast)."""
        if self.pages[index] is None:
            cls = self.classes[index]
            page = cls.load()(self.doc, self.services)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            page.sectionFocused.connect(self.preview.follow)
            if cls.key == "review":
                page.problemActivated.connect(self.jump_to_problem)
                page.exportRequested.connect(self.export)
                page.openRequested.connect(self.open_export)
                page.pdfRequested.connect(self.pdf_export.start)  # issue 12
                page.set_step_names({c.key: c.title() for c in self.classes})
                page.set_exported(self.last_export)
            self.pages[index] = page
            if self.spelling is not None:  # issue 12: underline misspellings in its fields
                self.spelling.attach(page)
            page.set_problems(self.problems)
        return self.pages[index]

    def page_by_key(self, key: str):
        return self.page(STEP_KEYS.index(key))

    def go_to(self, index: int) -> None:
        if not (0 <= index < len(self.classes)):
            return
        page = self.page(index)
        if index in self._dirty_pages:
            self._dirty_pages.discard(index)
            page.refresh()
        self.stack.setCurrentIndex(index)
        self.step_list.blockSignals(True)
        self.step_list.setCurrentRow(index)
        self.step_list.blockSignals(False)
        self.back_button.setEnabled(index > 0)
        last = index == len(self.classes) - 1
        self.next_button.setVisible(not last)
        self.step_label.setText(self.tr("Steg {n} av {total}: {title}").format(
            n=index + 1, total=len(self.classes), title=self.classes[index].title()))
        self.preview.follow(page.preview_section())

    def _step_selected(self, row: int) -> None:
        self.go_to(row)

    def jump_to_problem(self, path: str) -> None:
        key = step_for_path(path)
        index = STEP_KEYS.index(key)
        self.go_to(index)
        self.page(index).focus_path(path)

    # -- model events ----------------------------------------------------------------------------------
    def _on_changed(self, _obj, _structural) -> None:
        current = self.current_step()
        for i, page in enumerate(self.pages):
            if page is None:
                continue
            if i == current:
                page.refresh()
            else:
                self._dirty_pages.add(i)
        self.preview.schedule()
        self.validate_timer.start()

    def _on_replaced(self) -> None:
        for page in self.pages:
            if page is not None:
                page.rebuild()
        self._dirty_pages.clear()
        self.preview.schedule()
        if self._painted:
            self.validate_now()
        else:
            self.validate_timer.start()

    def _focus_changed(self, _old, _new) -> None:
        self.doc.break_merge()

    def validate_now(self) -> None:
        from memo_builder.model.validation import Level

        self.validate_timer.stop()
        self.problems = self.services.analysis().problems
        by_step: dict[str, list] = {k: [] for k in STEP_KEYS}
        for p in self.problems:
            by_step[step_for_path(p.path)].append(p)
        errors_total = sum(p.level is Level.ERROR for p in self.problems)
        for i, key in enumerate(STEP_KEYS):
            mine = self.problems if key == "review" else by_step[key]
            errors = sum(p.level is Level.ERROR for p in mine)
            warnings = len(mine) - errors
            item = self.step_list.item(i)
            if errors:
                item.setIcon(icon("error"))
                tip = self.tr("{e} fel, {w} varningar").format(e=errors, w=warnings)
            elif warnings:
                item.setIcon(icon("warning"))
                tip = self.tr("{w} varningar").format(w=warnings)
            else:
                item.setIcon(icon("ok"))
                tip = self.tr("Klart")
            item.setToolTip(tip)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, tip)
        for page in self.pages:
            if page is not None:
                page.set_problems(self.problems)
        warnings_total = len(self.problems) - errors_total
        self.problem_label.setText(
            self.tr("{e} fel · {w} varningar").format(e=errors_total, w=warnings_total)
            if self.problems else self.tr("Inga problem"))

    def show_hint(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)

    def _autosave_status(self, reason: str) -> None:
        """Keep a warning in the status bar while the recovery copy cannot be written."""
        if not reason:
            self.autosave_label.clear()
            self.autosave_label.setToolTip("")
            self.autosave_label.setVisible(False)
            return
        text = self.tr("Autosparningen misslyckades: {reason}. Spara ärendet, gärna på en annan "
                       "plats.").format(reason=reason)
        self.autosave_label.setText(text)
        tip = self.tr("Osparade ändringar skyddas inte om programmet avslutas oväntat.")
        if self.autosaver.last_detail:
            tip += "\n" + self.autosaver.last_detail
        self.autosave_label.setToolTip(tip)
        self.autosave_label.setAccessibleName(text)
        self.autosave_label.setVisible(True)

    # -- pending edits --------------------------------------------------------------------------
    def commit_pending(self, *, quiet: bool = False) -> bool:
        """Commit what is typed but not yet in the memo: the focused number or date field and
        any open table cell editor. Called before save, export, the unsaved-changes question
        and autosave. False when some of it was refused (the field shows why).

        ``quiet`` (autosave): commit only what is valid, without hints or reformatting, so the
        user can keep typing.
        """
        ok = True
        focus = QApplication.focusWidget()
        if not quiet and focus is not None and self.isAncestorOf(focus):
            field = focus if isinstance(focus, NumberEdit) else focus.parentWidget()
            if isinstance(field, (NumberEdit, DateField)):
                ok = field.commit() and ok
        for view in self.findChildren(QAbstractItemView):
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

    # -- title ------------------------------------------------------------------------------------------
    def _update_title(self, *_args) -> None:
        name = self.doc.path.name if self.doc.path else self.tr("Nytt ärende")
        self.setWindowTitle(f"{name}[*] – {APP_NAME}")
        self.setWindowModified(self.doc.is_modified())

    # -- files --------------------------------------------------------------------------------------------
    def _start_folder(self) -> str:
        if self.doc.path:
            return str(self.doc.path.parent)
        recent = self.recent_files()
        return str(Path(recent[0]).parent) if recent else str(Path.home())

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; True when it is fine to continue."""
        self.commit_pending()
        if not self.doc.is_modified():
            return True
        name = self.doc.path.name if self.doc.path else self.tr("det nya ärendet")
        choice = dialogs.ask(
            self,
            APP_NAME,
            self.tr("Vill du spara ändringarna i {name}?").format(name=name),
            [("save", self.tr("Spara"), "accept"), ("discard", self.tr("Spara inte"), "destructive"),
             ("cancel", self.tr("Avbryt"), "reject")],
            default="save",
            informative=self.tr("Om du inte sparar försvinner ändringarna."),
        )
        if choice == "save":
            return self.save()
        if choice == "discard":
            self._drop_restored_orphan()  # deliberately thrown away
            return True
        return False

    def new_memo(self) -> None:
        if not self.maybe_save():
            return
        self.autosaver.saved()
        self.doc.replace(new_memo(self.services.profile()), None)
        self.last_export = None
        self._export_changed(None)
        self.go_to(0)

    def open_file(self, path: str | Path | None = None) -> bool:
        if not self.maybe_save():
            return False
        if path is None:
            path = dialogs.open_path(self, self.tr("Öppna ärende"), self._start_folder(),
                                     self.tr("Memofiler (*.memo);;Alla filer (*)"))
            if not path:
                return False
        return self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        """Load ``path``; on a broken or newer file show why and keep the current memo."""
        try:
            memo = storage.load(path)
        except storage.MemoFileError as exc:
            dialogs.error(self, self.tr("Filen kunde inte öppnas"),
                          str(exc) + "\n\n" + self.tr("Det ärende du har öppet är oförändrat."))
            return False
        self.autosaver.saved()
        self.doc.replace(memo, path.resolve())
        self.add_recent(path.resolve())
        self.last_export = None
        self._export_changed(None)
        self.go_to(0)
        self.show_hint(self.tr("Öppnade {name}").format(name=path.name))
        return True

    def save(self) -> bool:
        if not self.commit_pending():
            return False
        if self.doc.path is None:
            return self.save_as()
        return self._write(self.doc.path)

    def save_as(self) -> bool:
        from memo_builder.export import default_memo_name

        if not self.commit_pending():
            return False
        suggested = str(Path(self._start_folder()) / (self.doc.path.name if self.doc.path
                                                        else default_memo_name(self.doc.memo)))
        path = dialogs.save_path(self, self.tr("Spara ärendet som"), suggested,
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
            dialogs.error(self, self.tr("Ärendet kunde inte sparas"),
                          str(exc) + "\n\n" + self.tr("Inget av det du skrivit har gått förlorat."))
            return False
        self.doc.set_path(path.resolve())
        self.doc.mark_saved()
        self.autosaver.saved()
        self._drop_restored_orphan()  # the work is in a real file now
        self.add_recent(path.resolve())
        self.show_hint(self.tr("Sparade {name}").format(name=path.name))
        return True

    def recent_files(self) -> list[str]:
        value = settings.get("recent_files", [])
        return [x for x in value if isinstance(x, str)] if isinstance(value, list) else []

    def add_recent(self, path: Path) -> None:
        files = [str(path)] + [x for x in self.recent_files() if x != str(path)]
        try:
            settings.set_value("recent_files", files[:MAX_RECENT])
        except OSError:
            pass

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        for i, f in enumerate(files):
            a = self.recent_menu.addAction(f"&{i + 1} {Path(f).name}")
            a.setToolTip(f)
            a.triggered.connect(lambda _=False, p=f: self.open_file(p))
        self.recent_menu.setEnabled(bool(files))

    # -- export ----------------------------------------------------------------------------------------------
    def export(self) -> Path | None:
        """"Skapa skrivelse": validate, build in memory, ask where, write atomically."""
        from memo_builder.errors import UserError
        from memo_builder.export import (
            ExportOptions,
            check_target,
            default_export_name,
            export,
            write_file,
        )
        from memo_builder.model.validation import Level

        if not self.commit_pending():
            return None
        self.validate_now()
        errors = [p for p in self.problems if p.level is Level.ERROR]
        draft = False
        if errors:
            choice = dialogs.ask(
                self, self.tr("Skapa skrivelse"),
                self.tr("Memot har {n} fel och är inte klart för nämnden.").format(n=len(errors)),
                [("draft", self.tr("Skapa utkast"), "accept"),
                 ("review", self.tr("Visa problemen"), "action"),
                 ("cancel", self.tr("Avbryt"), "reject")],
                default="review",
                informative=self.tr("Ett utkast märks ”UTKAST – inte färdigt för nämnden”."),
            )
            if choice == "review":
                self.go_to(STEP_KEYS.index("review"))
                return None
            if choice != "draft":
                return None
            draft = True
        profile = self.services.profile()
        if profile is None:
            dialogs.error(self, self.tr("Skrivelsen kunde inte skapas"), self.services.profile_error)
            return None
        try:
            result = export(self.doc.memo, profile=profile, analysis=self.services.analysis(),
                            options=ExportOptions(draft=draft))
        except UserError as exc:  # a broken organisation template: explain, keep everything
            dialogs.error(self, self.tr("Skrivelsen kunde inte skapas"),
                          str(exc) + "\n\n" + self.tr("Inget av det du skrivit har gått förlorat."))
            return None
        except Exception as exc:  # noqa: BLE001 - a foreign template may fail in any way
            from memo_builder.errors import unexpected

            dialogs.error(self, self.tr("Skrivelsen kunde inte skapas"),
                          unexpected(exc, settings.log_exception(exc)))
            return None
        notes = result.report.notes()
        folder = self.last_export.parent if self.last_export else Path(self._start_folder())
        suggested = folder / default_export_name(self.doc.memo)
        while True:
            chosen = dialogs.save_path(self, self.tr("Skapa skrivelse"), str(suggested),
                                       self.tr("Word-dokument (*.docx)"))
            if not chosen:
                return None
            target = Path(chosen)
            if target.suffix.lower() != ".docx":
                target = target.with_name(target.name + ".docx")
            try:
                check_target(target, self.doc.path)
                write_file(result.data, target)
                break
            except UserError as exc:
                choice = dialogs.ask(
                    self, self.tr("Skrivelsen kunde inte sparas"), str(exc),
                    [("other", self.tr("Välj ett annat namn …"), "accept"),
                     ("cancel", self.tr("Avbryt"), "reject")],
                    default="other",
                    informative=self.tr("Inget av det du skrivit har gått förlorat."),
                )
                if choice != "other":
                    return None
                suggested = target
        self.last_export = target
        self._export_changed(target, draft)
        self.show_hint(self.tr("Skapade {name}").format(name=target.name))
        choice = dialogs.ask(
            self, self.tr("Skrivelsen är skapad"),
            self.tr("Skrivelsen sparades som {path}.").format(path=str(target))
            + (" " + self.tr("Den är märkt som utkast.") if draft else "")
            + "".join("\n\n" + note for note in notes),
            [("open", self.tr("Öppna i Word"), "accept"), ("close", self.tr("Stäng"), "reject")],
            default="open", icon=dialogs.QMessageBox.Icon.Information,
        )
        if choice == "open":
            self.open_export()
        return target

    def _export_changed(self, path: Path | None, draft: bool = False) -> None:
        self.act_open_word.setEnabled(path is not None)
        review = self.pages[STEP_KEYS.index("review")]
        if review is not None:
            review.set_exported(path, draft)

    def open_export(self) -> None:
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export)))

    # -- recovery -----------------------------------------------------------------------------------------------
    def offer_recovery(self) -> bool:
        """After a crash: offer the newest orphaned recovery file. True when one was restored."""
        orphans = find_orphans(self.autosaver.store.folder)
        if not orphans:
            return False
        newest, rest = orphans[0], orphans[1:]
        for o in rest:
            o.release()  # offered at a later start
        title = newest.title or self.tr("ett namnlöst ärende")
        where = str(newest.original) if newest.original else self.tr("aldrig sparat")
        choice = dialogs.ask(
            self, self.tr("Återställ osparade ändringar"),
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
            dialogs.error(self, self.tr("Återställningen misslyckades"), str(exc))
            newest.release()
            return False
        self.doc.replace(memo, newest.original, modified=True)
        # The crashed session's file goes only once our own recovery copy is on disk: if this
        # session cannot autosave, a second crash must not lose the work. Until then we keep
        # holding its lock (another instance cannot take it) and drop it after a successful
        # autosave or save; if we crash too, the next start offers it again.
        self._restored_orphan = newest
        if self.autosaver.save_now() and self.autosaver.store.exists():
            self._drop_restored_orphan()
        self.go_to(0)
        self.show_hint(self.tr("Ändringarna är återställda. Spara för att behålla dem."))
        return True

    def _drop_restored_orphan(self) -> None:
        orphan, self._restored_orphan = self._restored_orphan, None
        if orphan is not None:
            orphan.discard()

    # -- settings ------------------------------------------------------------------------------------------------
    def _toggle_preview(self, on: bool) -> None:
        self.preview.setVisible(on)
        try:
            settings.set_value("preview_visible", bool(on))
        except OSError:
            pass
        if on:
            self.preview.follow(self.stack.currentWidget().preview_section())

    def set_language(self, code: str) -> None:
        try:
            settings.set_value("language", code)
        except OSError as exc:
            dialogs.error(self, APP_NAME, str(exc))
            return
        dialogs.inform(self, APP_NAME, self.tr("Språket byts nästa gång du startar Memo Builder.")
                       + "\n" + "The language changes the next time you start Memo Builder.")

    def choose_library(self) -> None:
        current = settings.organisation_caveat_dir()
        folder = dialogs.folder_path(self, self.tr("Välj organisationens bibliotek med juridiska frågor"),
                                     str(current or Path.home()))
        if not folder:
            return
        self._set_library(folder)

    def clear_library(self) -> None:
        self._set_library(None)

    def _set_library(self, folder: str | None) -> None:
        try:
            settings.set_value("organisation_caveats", folder)
        except OSError as exc:
            dialogs.error(self, APP_NAME, str(exc))
            return
        self.services.reload_library()
        self.validate_now()
        problems = self.services.library().problems
        text = (self.tr("Organisationens bibliotek: {folder}").format(folder=folder) if folder
                else self.tr("Bara programmets bibliotek används."))
        if problems:
            text += " " + self.tr("{n} poster kunde inte läsas (se steget Juridik).").format(n=len(problems))
        self.show_hint(text)

    def show_step_help(self) -> None:
        page = self.page(self.current_step())
        dialogs.inform(self, page.title(), _plain(page.help_html()))

    def about(self) -> None:
        from memo_builder import __version__

        dialogs.inform(self, self.tr("Om Memo Builder"),
                       self.tr("Memo Builder {v}\nSkriver tjänsteutlåtanden till nämnden. "
                               "Programmet arbetar helt utan nätverk.").format(v=__version__))

    # -- closing ---------------------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.maybe_save():
            event.ignore()
            return
        self.autosaver.close()
        if self.spelling is not None:  # issue 12
            self.spelling.stop()
        if self._restored_orphan is not None:  # saved or deliberately discarded above
            self._drop_restored_orphan()
        QApplication.instance().removeEventFilter(self._undo_filter)
        event.accept()


def _plain(html: str) -> str:
    import re
    from html import unescape

    return unescape(re.sub(r"<[^>]+>", "", html))
