"""The nine steps of the walk-through, in order: where each step's page lives.

Each step's module is imported only when its page is first shown, so start-up pays for the
first page alone. The steps' keys, titles and field paths are data in
memo_builder/model/walkthrough.py (shared with the CLI); the titles are translated in its
context, so the step list can be drawn before any page exists.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from memo_builder.model.walkthrough import FALLBACK_STEP, STEP_CONTEXT, STEP_TITLES, step_for_path  # noqa: F401 - the registry's API
from memo_builder.model.walkthrough import STEP_KEYS as _STEP_KEYS
from memo_builder.model.walkthrough import STEPS as _DATA

_PATHS = {key: paths for key, _title, paths in _DATA}


def step_title(key: str) -> str:
    """The step's title in the UI's language."""
    return QCoreApplication.translate(STEP_CONTEXT, STEP_TITLES[key])


@dataclass(frozen=True)
class StepSpec:
    """One step's page: its key and where its page class lives. Its title and the field paths
    it edits are in memo_builder/model/walkthrough.py, shared with the CLI."""

    key: str
    module: str
    class_name: str

    def title(self) -> str:
        return step_title(self.key)

    @property
    def paths(self) -> tuple[str, ...]:
        return _PATHS[self.key]

    def load(self):
        return getattr(importlib.import_module(f"memo_builder.gui.steps.{self.module}"), self.class_name)


STEPS: tuple[StepSpec, ...] = (
    StepSpec("case", "case", "CaseStep"),
    StepSpec("background", "background", "BackgroundStep"),
    StepSpec("options", "options", "OptionsStep"),
    StepSpec("costs", "costs", "CostsStep"),
    StepSpec("consequences", "consequences", "ConsequencesStep"),
    StepSpec("legal", "legal", "LegalStep"),
    StepSpec("criteria", "criteria", "CriteriaStep"),
    StepSpec("decision", "decision", "DecisionStep"),
    StepSpec("review", "review", "ReviewStep"),
)
STEP_KEYS: tuple[str, ...] = tuple(s.key for s in STEPS)
assert STEP_KEYS == _STEP_KEYS, "every step in memo_builder/model/walkthrough.py has a page here, in order"


def step_index(key: str) -> int:
    return STEP_KEYS.index(key)
