"""Shared, lazily loaded things the pages need: the organisation profile, the caveat library
and the analysis of the memo's current revision.

All are made on first use, never at import time, so the window paints before python-docx,
Babel or the TOML library are touched. The analysis (costs, sensitivity, deadlines, legal
status, problems: ``memo_builder.analysis.revision``) is made once per revision and shared by
validation, the preview and the steps; an edit makes the next call compute a new one.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from memo_builder.files.settings import default_profile_key, organisation_caveat_dir
from memo_builder.gui.document import MemoDocument
from memo_builder.render import profile as profiles
from memo_builder.render.profile import ProfileError, load_profile

if TYPE_CHECKING:
    from memo_builder.analysis.revision import Analysis
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
        self._analysis: Analysis | None = None
        self._analysis_revision = -1
        self._analysis_of: object = None  # the live memo the analysis was taken from

    def analysis(self) -> Analysis:
        """The one computed view of the memo's current revision, shared by validation, the
        steps, the preview and the exports until the next edit.

        It analyses a snapshot of the revision (a copy nobody edits), so the preview's worker
        thread can render that snapshot with this same analysis while the user types on:
        each part is computed once per revision, whichever thread asks first. The profile's
        perspectives are validated too (each needs the official's word)."""
        profile = self.profile()
        perspectives = profile.perspective_keys() if profile is not None else None
        if self._analysis is None or self._analysis_revision != self.doc.revision \
                or self._analysis_of is not self.doc.memo \
                or self._analysis.perspectives != perspectives:
            # Lazy on purpose (pyproject's PLC0415 allow-list): the analysis brings the model's
            # rules and the caveat library, which the window's first paint does not need.
            from memo_builder.analysis.revision import Analysis  # noqa: PLC0415

            self._analysis = Analysis(copy.deepcopy(self.doc.memo), self.library(),
                                      perspectives=perspectives)
            self._analysis_revision = self.doc.revision
            self._analysis_of = self.doc.memo
        return self._analysis

    def profile(self) -> Profile | None:
        """The memo's organisation profile (cached), or None with ``profile_error`` set."""

        key = self.doc.memo.profile or default_profile_key()
        if self._profile is None or self._profile_key != key:
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
            # Lazy on purpose (PLC0415 allow-list): the caveat library is read with the first
            # analysis, after the window's first paint.
            from memo_builder.files.caveat_library import default_library  # noqa: PLC0415

            self._library = default_library(organisation_caveat_dir())
        return self._library

    def reload_profile(self) -> None:
        """Look the profile up again (the folders it is found in changed)."""

        profiles.clear_caches()
        self._profile = None
        self._profile_key = None
        self.profile()

    def reload_library(self) -> None:
        self._library = None
        self._analysis = None
        self.library()
        self.libraryChanged.emit()
