"""A problem validation finds in a memo: its level, the field it points at and the message.

Kept apart from the rules (``validation.py``) so that everything that only shows or filters
problems (the GUI's navigation, the CLI's listing) does not load the rules."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Level(StrEnum):
    ERROR = "error"
    WARNING = "warning"


LEVEL_LABELS = {Level.ERROR: "Fel", Level.WARNING: "Varning"}


@dataclass(frozen=True)
class Problem:
    level: Level
    path: str
    message: str

    def __str__(self) -> str:
        return f"{LEVEL_LABELS[self.level]}: {self.message} [{self.path}]"
