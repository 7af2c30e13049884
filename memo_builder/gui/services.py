"""Shared, lazily loaded things the pages need: the organisation profile and the caveat library.

Both are loaded on first use, never at import time, so the window paints before python-docx,
Babel or the TOML library are touched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from memo_builder.gui.document import MemoDocument

if TYPE_CHECKING:
    from memo_builder.model.caveats import CaveatLibrary
    from memo_builder.render.profile import Profile


class Services(QObject):
    libraryChanged = Signal()
    profileChanged = Signal()

    def __init__(self, doc: MemoDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self._profile: Profile | None = None
        self._profile_key: str | None = None
        self.profile_error: str = ""
        self._library: CaveatLibrary | None = None

    def profile(self) -> Profile | None:
        """The memo's organisation profile (cached), or None with ``profile_error`` set."""
        key = self.doc.memo.profile or "goteborg"
        if self._profile is None or self._profile_key != key:
            from memo_builder.render.profile import ProfileError, load_profile

            self._profile_key = key
            try:
                # The base document is opened by python-docx on export, not at start-up.
                self._profile = load_profile(key, open_base=False)
                self.profile_error = ""
            except ProfileError as exc:
                self._profile = None
                self.profile_error = str(exc)
            self.profileChanged.emit()
        return self._profile

    def library(self) -> CaveatLibrary:
        if self._library is None:
            from memo_builder.model.caveats import default_library
            from memo_builder.settings import organisation_caveat_dir

            self._library = default_library(organisation_caveat_dir())
        return self._library

    def reload_library(self) -> None:
        self._library = None
        self.library()
        self.libraryChanged.emit()
