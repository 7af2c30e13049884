"""The Inställningar and Hjälp menus: the UI language, the organisation's caveat library, the
current step's help and the about box."""

from __future__ import annotations

import re
from collections.abc import Callable
from html import unescape
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from memo_builder import __version__
from memo_builder.files import settings
from memo_builder.gui import dialogs
from memo_builder.gui.services import Services


class SettingsActions(QObject):
    """Changes the program's settings and answers the Help menu, through ``window``'s dialogs."""

    def __init__(self, window: QWidget, services: Services, *, validate: Callable[[], object],
                 show_hint: Callable[[str], None], current_page: Callable[[], object]) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self._validate = validate
        self._show_hint = show_hint
        self._current_page = current_page

    def set_language(self, code: str) -> None:
        try:
            settings.set_value("language", code)
        except OSError as exc:
            dialogs.error(self.window, dialogs.APP_NAME, str(exc))
            return
        dialogs.inform(self.window, dialogs.APP_NAME,
                       self.tr("Språket byts nästa gång du startar Memo Builder.")
                       + "\n" + "The language changes the next time you start Memo Builder.")

    def choose_library(self) -> None:
        current = settings.organisation_caveat_dir()
        folder = dialogs.folder_path(self.window,
                                     self.tr("Välj organisationens bibliotek med juridiska frågor"),
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
            dialogs.error(self.window, dialogs.APP_NAME, str(exc))
            return
        self.services.reload_library()
        self._validate()
        problems = self.services.library().problems
        text = (self.tr("Organisationens bibliotek: {folder}").format(folder=folder) if folder
                else self.tr("Bara programmets bibliotek används."))
        if problems:
            text += " " + self.tr("{n} poster kunde inte läsas (se steget Juridik).").format(n=len(problems))
        self._show_hint(text)

    def show_step_help(self) -> None:
        page = self._current_page()
        dialogs.inform(self.window, page.title(), _plain(page.help_html()))

    def about(self) -> None:
        dialogs.inform(self.window, self.tr("Om Memo Builder"),
                       self.tr("Memo Builder {v}\nSkriver tjänsteutlåtanden till nämnden. "
                               "Programmet arbetar helt utan nätverk.").format(v=__version__))


def _plain(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html))
