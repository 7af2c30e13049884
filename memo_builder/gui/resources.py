"""Icons and translation files shipped in resources/ (found through memo_builder.files.paths)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from memo_builder.files.paths import resources_dir


@cache
def icon(name: str) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def translations_dir():
    return resources_dir() / "translations"
