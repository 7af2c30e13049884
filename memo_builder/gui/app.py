"""Start the desktop program: ``memo-builder`` or ``memo-builder gui [FILE] [--screenshot DIR]``."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from memo_builder.files import settings
from memo_builder.gui import dialogs
from memo_builder.gui.main_window import MainWindow
from memo_builder.gui.resources import translations_dir
from memo_builder.gui.steps import STEP_KEYS
from memo_builder.publish import user_places

EXIT_AFTER_PAINT = "MEMO_BUILDER_EXIT_AFTER_PAINT"
#: A 14-inch 1920 x 1080 laptop at Windows' default 150 %: what most officials have (issue 24).
SCREENSHOT_SIZE = (1280, 720)


def install_translations(app: QApplication, language: str | None = None) -> str:
    """Swedish is the source language; English comes from resources/translations.
    Returns the language in use."""

    language = (language or settings.get("language", "sv") or "sv").lower()
    translators = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_dir) or qt.load(f"qt_{language}", qt_dir):
        translators.append(qt)
    if language != "sv":
        ours = QTranslator(app)
        if ours.load(f"memo_builder_{language}", str(translations_dir())):
            translators.append(ours)
        else:
            language = "sv"
    for t in translators:
        app.installTranslator(t)
    QLocale.setDefault(QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Swedish,
                               QLocale.Country.UnitedKingdom if language == "en" else QLocale.Country.Sweden))
    app._memo_translators = translators  # keep them alive
    return language


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else [sys.argv[0]])
    app.setApplicationName("Memo Builder")
    app.setOrganizationName("MemoBuilder")
    app.setApplicationDisplayName("Memo Builder")
    # Linux desktops without a platform theme get Fusion by default; only switch when needed
    # (setting a style re-polishes everything and costs start-up time).
    if sys.platform not in ("win32", "darwin") and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    return app


class _FirstPaint(QObject):
    """Bench hook: print the wall-clock time of the first paint of the window, then exit."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.done = False
        self.when = 0.0

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            self.when = time.time()
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"FIRST_PAINT {self.when:.6f}", flush=True)
        sys.stdout.flush()
        # Leave nothing behind (os._exit runs no clean-up): the memo's owner file goes.
        files = getattr(self.parent(), "files", None)
        sharing = getattr(files, "sharing", None)
        if sharing is not None:
            sharing.release()
        os._exit(0)


def screenshots(window, folder: Path, size: tuple[int, int] | None = None) -> list[Path]:
    """Render every step (and the preview) to PNG files in ``folder``, the window at ``size``."""

    app = QApplication.instance()
    folder.mkdir(parents=True, exist_ok=True)
    # Pictures of the default layout, not of the last session's (and not remembered either).
    window.layout_memory.remember = False
    window.layout_memory.chosen_split = False
    window.show()  # first: showing fits the window to the screen, the picture has its own size
    app.processEvents()
    window.resize(*(size or SCREENSHOT_SIZE))
    app.processEvents()
    window.validate_now()
    written = []
    for i, key in enumerate(STEP_KEYS):
        window.go_to(i)
        page = window.page(i)
        page.verticalScrollBar().setValue(0)
        for _ in range(3):
            app.processEvents()
        window.preview.refresh_now()
        window.preview.scroll_to_section()
        app.processEvents()
        path = folder / f"{i + 1:02d}-{key}.png"
        window.grab().save(str(path))
        written.append(path)
    return written


def run(file: str | None = None, screenshot_dir: str | None = None,
        screenshot_size: tuple[int, int] | None = None) -> int:
    """Entry point used by memo_builder.cli (``cmd_gui``). Returns the process exit code."""
    user_places.install()  # render reads the user's profile folders and default through it
    app = make_app()
    install_translations(app)
    if screenshot_dir:
        dialogs.make_non_interactive()  # no modal dialog may wait: nobody is there to answer

    window = MainWindow()
    if os.environ.get(EXIT_AFTER_PAINT):
        window.installEventFilter(_FirstPaint(window))
    if file and not window.load_file(Path(file)) and screenshot_dir:
        return 2
    if screenshot_dir:
        written = screenshots(window, Path(screenshot_dir), screenshot_size)
        for p in written:
            print(p)
        window.doc.mark_saved()
        window.autosaver.close()
        window.close()
        return 0
    window.show()
    if not os.environ.get(EXIT_AFTER_PAINT):
        QTimer.singleShot(0, window.offer_recovery)
    return app.exec()
