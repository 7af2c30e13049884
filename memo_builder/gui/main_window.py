"""The main window: builds the layout, the actions and the menus, and wires together the parts
that do the work.

- ``navigation``: step list, stacked pages, back/next, per-step problem icons
- ``file_actions``: new, open, save, save as, recent files, the unsaved-changes question
- ``export_action``: every export (Word, PDF, the workbook; the board's and the public
  version) through one request to ``memo_builder.publish.service``
- ``recovery_offer``: restoring a crashed session (``recovery``: the autosaver itself)
- ``settings_actions``: language, organisation library, step help, about
- ``pending_edits``: committing half-typed edits; Ctrl+Z for the memo's undo stack
- ``style``: the style sheet

The window itself keeps the validation fan-out (debounced after edits), the preview toggle, the
title and the status bar.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from memo_builder.files import settings
from memo_builder.gui import spelling
from memo_builder.gui.dialogs import APP_NAME
from memo_builder.gui.document import MemoDocument
from memo_builder.gui.export_action import (
    BOARD_PDF,
    BOARD_WORD,
    PUBLIC_PDF,
    PUBLIC_WORD,
    WORKBOOK,
    ExportAction,
)
from memo_builder.gui.file_actions import FileActions, blank_memo
from memo_builder.gui.navigation import Navigation
from memo_builder.gui.organisation_actions import OrganisationActions
from memo_builder.gui.pending_edits import REDO_KEYS, UNDO_KEYS, PendingEdits, UndoKeysToWindow
from memo_builder.gui.preview import Preview
from memo_builder.gui.recovery import Autosaver, RecoveryStore
from memo_builder.gui.recovery_offer import RecoveryOffer
from memo_builder.gui.resources import icon
from memo_builder.gui.services import Services
from memo_builder.gui.settings_actions import SettingsActions
from memo_builder.gui.style import STYLE
from memo_builder.gui.window_layout import MainSplitter, WindowLayout
from memo_builder.model.problems import Level

VALIDATE_MS = 250


class MainWindow(QMainWindow):
    def __init__(self, *, store: RecoveryStore | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("app"))
        self.setStyleSheet(STYLE)
        self.doc = MemoDocument(parent=self)
        self.services = Services(self.doc, self)
        self.doc.memo = blank_memo(self.services.profile())
        self.autosaver = Autosaver(self.doc, store, self)
        self.autosaver.before_write = lambda: self.commit_pending(quiet=True)
        self.pending = PendingEdits(self)
        self.recovery = RecoveryOffer(self, self.doc, self.autosaver, show_hint=self.show_hint)
        self.files = FileActions(self, self.doc, self.services, self.autosaver,
                                 commit_pending=self.commit_pending, show_hint=self.show_hint,
                                 drop_restored=self.recovery.drop_restored)
        self.exports = ExportAction(self, self.doc, self.services,
                                     commit_pending=self.commit_pending, validate=self.validate_now,
                                     show_problems=lambda: self.navigation.go_to_review(),
                                     start_folder=self.files.start_folder, show_hint=self.show_hint)
        self.settings_actions = SettingsActions(
            self, self.services, validate=self.validate_now, show_hint=self.show_hint,
            current_page=lambda: self.page(self.current_step()))
        self.organisation = OrganisationActions(self, self.services, show_hint=self.show_hint,
                                                use_profile=self.use_profile)

        self._build_ui()
        self.spelling = spelling.install(self)
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
        self.autosaver.written.connect(self.recovery.drop_restored)
        self.files.memoOpened.connect(self._memo_opened)
        self.files.sharing.accessChanged.connect(self._access_changed)
        self.stack.currentChanged.connect(self._lock_pages)
        self.doc.editRefused.connect(lambda: self.show_hint(
            self.tr("Ärendet är skrivskyddat: ändringen gjordes inte. Spara en egen kopia med "
                    "Spara som …")))
        self.recovery.restored.connect(
            lambda: self.files.sharing.restored(self.recovery.restored_saved_at))
        self.recovery.restored.connect(lambda: self.go_to(0))
        self.exports.exportChanged.connect(self._export_changed)
        # The undo-keys filter sits on the focused widget only (ShortcutOverride goes there): an
        # application-wide Python filter saw every event and made PySide build ~100 more type
        # wrappers before the first paint (bench/gui_start.py).
        self._undo_filter = UndoKeysToWindow(self)
        app = QApplication.instance()
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
        self.preview = Preview(self.services)
        self.navigation = Navigation(self, self.doc, self.services, follow=self.preview.follow)
        self.navigation.reviewPageBuilt.connect(self._review_page_built)
        self.step_list = self.navigation.step_list
        self.stack = self.navigation.stack
        self.back_button = self.navigation.back_button
        self.next_button = self.navigation.next_button
        self.step_label = self.navigation.step_label

        center = QWidget()
        v = QVBoxLayout(center)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(0)
        # Read-only (someone else has the memo): said above every step, editing blocked.
        self.read_only_banner = QLabel()
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(
            "#readOnlyBanner { background: #fff4ce; color: #3b2f00; padding: 6px 10px; "
            "border-bottom: 1px solid #c8a600; }")
        self.read_only_banner.setVisible(False)
        v.addWidget(self.read_only_banner)
        v.addWidget(self.stack, 1)
        v.addWidget(self.navigation.navbar)

        self.splitter = MainSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.preview)
        # The form gets two thirds, more on a laptop (window_layout.default_split).
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([660, 330])

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

        self.layout_memory = WindowLayout(self, self.splitter)
        self.layout_memory.restore(fm.averageCharWidth() * 190, fm.height() * 48)

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
        ex = self.exports
        self.act_export = action(self.tr("Skapa &skrivelse …"), self.export, QKeySequence("Ctrl+E"), "word")
        self.act_export_public = action(self.tr("Skapa o&ffentlig version …"), self.export_public)
        self.act_export_pdf = action(self.tr("Spara nämndens version som &PDF …"),
                                     lambda: ex.start(BOARD_PDF))
        self.act_export_public_pdf = action(self.tr("Spara offentlig version som P&DF …"),
                                            lambda: ex.start(PUBLIC_PDF))
        self.act_export_workbook = action(self.tr("Exportera &kostnadsunderlag till Excel …"),
                                          lambda: ex.start(WORKBOOK))
        self.act_open_word = action(self.tr("Öppna skrivelsen i &Word"), self.open_export)
        self.act_open_word.setEnabled(False)
        self.act_quit = action(self.tr("&Avsluta"), self.close, QKeySequence("Ctrl+Q"))
        self.act_undo = self.doc.undo_stack.createUndoAction(self, self.tr("Ån&gra"))
        self.act_undo.setShortcuts(UNDO_KEYS)
        self.act_redo = self.doc.undo_stack.createRedoAction(self, self.tr("Gör &om"))
        self.act_redo.setShortcuts(REDO_KEYS)
        self.addAction(self.act_undo)
        self.addAction(self.act_redo)
        self.act_preview = action(self.tr("&Förhandsgranskning"), self._toggle_preview, QKeySequence("F9"))
        self.act_preview.setCheckable(True)
        self.act_public_preview = action(self.tr("Visa &offentlig version"), self.preview.set_public)
        self.act_public_preview.setCheckable(True)
        self.act_zoom_in = action(self.tr("Zooma &in"), self.preview.zoom_in,
                                  [QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.act_zoom_out = action(self.tr("Zooma &ut"), self.preview.zoom_out, QKeySequence("Ctrl+-"))
        self.act_zoom_fit = action(self.tr("Anpassa till &bredden"), self.preview.fit_width,
                                   QKeySequence("Ctrl+0"))
        self.preview.zoomChanged.connect(self._zoom_changed)
        self.act_preview.setChecked(self.preview.isVisibleTo(self) or bool(settings.get("preview_visible", True)))
        self.act_next = action(self.tr("&Nästa steg"), self.navigation.forward, QKeySequence("Ctrl+PgDown"))
        self.act_prev = action(self.tr("&Föregående steg"), self.navigation.back, QKeySequence("Ctrl+PgUp"))
        sa = self.settings_actions
        self.act_help = action(self.tr("&Hjälp för steget"), sa.show_step_help, QKeySequence("F1"))
        self.act_about = action(self.tr("&Om Memo Builder"), sa.about)
        self.act_library = action(self.tr("Organisationens &bibliotek …"), self.choose_library)
        self.act_library_clear = action(self.tr("Använd bara programmets bibliotek"), self.clear_library)
        oa = self.organisation
        self.act_my_details = action(self.tr("&Mina uppgifter …"), oa.edit_details)
        self.act_import_profile = action(self.tr("Skapa profil från &Word-mall …"), oa.import_template)
        self.act_profile_folder = action(self.tr("Organisationens &mallar …"), oa.choose_profile_folder)
        self.act_profile_folder_clear = action(self.tr("Använd bara programmets och mina mallar"),
                                               oa.clear_profile_folder)
        self.lang_group = QActionGroup(self)
        self.act_lang_sv = QAction("Svenska", self, checkable=True)
        self.act_lang_en = QAction("English", self, checkable=True)
        for a, code in ((self.act_lang_sv, "sv"), (self.act_lang_en, "en")):
            self.lang_group.addAction(a)
            a.triggered.connect(lambda _=False, c=code: sa.set_language(c))
        (self.act_lang_en if settings.get("language", "sv") == "en" else self.act_lang_sv).setChecked(True)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        m = bar.addMenu(self.tr("&Arkiv"))
        m.addAction(self.act_new)
        m.addAction(self.act_open)
        recent_menu = m.addMenu(self.tr("S&enaste filer"))
        m.addSeparator()
        m.addAction(self.act_save)
        m.addAction(self.act_save_as)
        m.addSeparator()
        m.addAction(self.act_export)
        m.addAction(self.act_export_public)
        m.addAction(self.act_export_pdf)
        m.addAction(self.act_export_public_pdf)
        m.addAction(self.act_export_workbook)
        m.addAction(self.act_open_word)
        m.addSeparator()
        m.addAction(self.act_quit)
        m = bar.addMenu(self.tr("&Redigera"))
        m.addAction(self.act_undo)
        m.addAction(self.act_redo)
        m = bar.addMenu(self.tr("&Visa"))
        m.addAction(self.act_preview)
        m.addAction(self.act_public_preview)
        m.addAction(self.act_zoom_in)
        m.addAction(self.act_zoom_out)
        m.addAction(self.act_zoom_fit)
        m.addSeparator()
        m.addAction(self.act_prev)
        m.addAction(self.act_next)
        m = bar.addMenu(self.tr("&Inställningar"))
        lang = m.addMenu(self.tr("&Språk"))
        lang.addAction(self.act_lang_sv)
        lang.addAction(self.act_lang_en)
        m.addAction(self.act_my_details)
        org = m.addMenu(self.tr("&Organisation"))
        org.addAction(self.act_import_profile)
        org.addSeparator()
        org.addAction(self.act_profile_folder)
        org.addAction(self.act_profile_folder_clear)
        org.addSeparator()
        org.addAction(self.act_library)
        org.addAction(self.act_library_clear)
        m = bar.addMenu(self.tr("&Hjälp"))
        m.addAction(self.act_help)
        m.addAction(self.act_about)
        self.files.use_recent_menu(recent_menu)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not getattr(self, "_shown_once", False):
            self._shown_once = True
            self.layout_memory.keep_within()
        self.layout_memory.default_split()

    def use_profile(self, key: str) -> None:
        """Build the open memo with profile ``key`` (one undo step)."""
        self.doc.set(self.doc.memo, "profile", key, self.tr("Byt mall"), merge=False)

    # -- steps (navigation) ----------------------------------------------------------------------
    def current_step(self) -> int:
        return self.navigation.current_step()

    def page(self, index: int):
        """The page of step ``index``, built on first use (keeps start-up fast)."""
        return self.navigation.page(index)

    def page_by_key(self, key: str):
        return self.navigation.page_by_key(key)

    def go_to(self, index: int) -> None:
        self.navigation.go_to(index)

    def _review_page_built(self, page) -> None:
        page.exportRequested.connect(self.exports.start)
        page.openRequested.connect(self.open_export)
        page.set_exported(self.last_export)

    # -- model events ----------------------------------------------------------------------------------
    def _on_changed(self, _obj, _structural) -> None:
        self.navigation.memo_edited()
        self.preview.schedule()
        self.validate_timer.start()

    def _on_replaced(self) -> None:
        self.navigation.memo_replaced()
        self.preview.schedule()
        if self._painted:
            self.validate_now()
        else:
            self.validate_timer.start()

    def _memo_opened(self) -> None:
        self.exports.forget()
        self.go_to(0)

    def _focus_changed(self, _old, new) -> None:
        self.doc.break_merge()
        if new is not None:
            new.installEventFilter(self._undo_filter)

    # -- validation -------------------------------------------------------------------------------
    @property
    def problems(self) -> list:
        """The memo's problems as last validated."""
        return self.navigation.problems

    def validate_now(self) -> list:
        """Validate the memo now (the timer does it after edits); every step and page shows the
        result. Returns the problems."""

        self.validate_timer.stop()
        problems = self.services.analysis().problems
        self.navigation.show_problems(problems)
        errors_total = sum(p.level is Level.ERROR for p in problems)
        warnings_total = len(problems) - errors_total
        self.problem_label.setText(
            self.tr("{e} fel · {w} varningar").format(e=errors_total, w=warnings_total)
            if problems else self.tr("Inga problem"))
        return problems

    # -- status bar and title ---------------------------------------------------------------------
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

    def _update_title(self, *_args) -> None:
        name = self.doc.path.name if self.doc.path else self.tr("Nytt ärende")
        if self.files.sharing.read_only:
            name += " " + self.tr("(skrivskyddat)")
        self.setWindowTitle(f"{name}[*] – {APP_NAME}")
        self.setWindowModified(self.doc.is_modified())

    def _access_changed(self) -> None:
        """Read-only or editable: the title, the banner above every step, the steps' fields
        and the undo actions follow."""
        sharing = self.files.sharing
        read_only = sharing.read_only
        self.doc.read_only = read_only
        self.read_only_banner.setText(self.tr("Skrivskyddat. {why}").format(
            why=sharing.read_only_reason) if read_only else "")
        self.read_only_banner.setAccessibleName(self.read_only_banner.text())
        self.read_only_banner.setVisible(read_only)
        self._lock_pages()
        self.act_undo.setVisible(not read_only)
        self.act_redo.setVisible(not read_only)
        self._update_title()

    def _lock_pages(self, *_args) -> None:
        """Every built step's fields follow read-only; its scroll area stays usable so a long
        step can still be read (steps are built on first visit: called again then)."""
        enabled = not self.files.sharing.read_only
        for i in range(self.stack.count()):
            page = self.stack.widget(i)
            inner = page.widget() if isinstance(page, QScrollArea) else None
            (inner if inner is not None else page).setEnabled(enabled)

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            # Notifications are unreliable on SMB shares: compare the file when the user comes back.
            QTimer.singleShot(0, self.files.check_disk)

    def _toggle_preview(self, on: bool) -> None:
        self.preview.setVisible(on)
        try:
            settings.set_value("preview_visible", bool(on))
        except OSError:
            pass
        if on:
            self.preview.follow(self.stack.currentWidget().preview_section())

    def _zoom_changed(self, zoom: float) -> None:
        if self.preview.chosen_zoom is not None:  # fitting to the width says nothing
            self.show_hint(self.tr("Förhandsgranskningen visas i {p} %").format(p=round(zoom * 100)))

    # -- pending edits ----------------------------------------------------------------------------
    def commit_pending(self, *, quiet: bool = False) -> bool:
        """Commit what is typed but not yet in the memo (see ``PendingEdits.commit``). Called
        before save, export, the unsaved-changes question and autosave."""
        return self.pending.commit(quiet=quiet)

    # -- files, export, recovery, settings: the parts that do them ------------------------------------
    def new_memo(self) -> None:
        self.files.new_memo()

    def open_file(self, path: str | Path | None = None) -> bool:
        return self.files.open_file(path)

    def load_file(self, path: Path) -> bool:
        """Load ``path``; on a broken or newer file show why and keep the current memo."""
        return self.files.load_file(path)

    def save(self) -> bool:
        return self.files.save()

    def save_as(self) -> bool:
        return self.files.save_as()

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; True when it is fine to continue."""
        return self.files.maybe_save()

    def export(self) -> Path | None:
        """"Skapa skrivelse": validate, build in memory, ask where, write atomically."""
        return self.exports.start(BOARD_WORD)

    def export_public(self) -> Path | None:
        """"Skapa offentlig version": the same export, confidential items withheld."""
        return self.exports.start(PUBLIC_WORD)

    def open_export(self) -> None:
        self.exports.open_export()

    @property
    def last_export(self) -> Path | None:
        return self.exports.last_export

    def _export_changed(self, path: Path | None, draft: bool = False) -> None:
        self.act_open_word.setEnabled(path is not None)
        review = self.navigation.review_page()
        if review is not None:
            review.set_exported(path, draft)

    def offer_recovery(self) -> bool:
        """After a crash: offer the newest orphaned recovery file. True when one was restored."""
        return self.recovery.offer()

    @property
    def _restored_orphan(self):
        return self.recovery.restored_orphan

    @_restored_orphan.setter
    def _restored_orphan(self, orphan) -> None:
        self.recovery.restored_orphan = orphan

    def choose_library(self) -> None:
        self.settings_actions.choose_library()

    def clear_library(self) -> None:
        self.settings_actions.clear_library()

    # -- closing ---------------------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.maybe_save():
            event.ignore()
            return
        self.autosaver.close()
        self.layout_memory.save()
        self.files.sharing.release()
        if self.spelling is not None:  # issue 12
            self.spelling.stop()
        if self.recovery.restored_orphan is not None:  # saved or deliberately discarded above
            self.recovery.drop_restored()
        event.accept()
