"""The eight steps of the walk-through, in order.

Each step's module is imported only when its page is first shown, so start-up pays for the
first page alone. Titles are here (marked for translation in each page class's context) so the
step list can be drawn before any page exists.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from memo_builder.model.walkthrough import FALLBACK_STEP, step_for_path  # noqa: F401 - the registry's API
from memo_builder.model.walkthrough import STEP_KEYS as _STEP_KEYS
from memo_builder.model.walkthrough import STEPS as _DATA

_PATHS = {key: paths for key, _title, paths in _DATA}


@dataclass(frozen=True)
class StepSpec:
    """One step's page: its key, where its page class lives and its (translated) title. The
    field paths a step edits are in memo_builder/model/walkthrough.py, shared with the CLI."""

    key: str
    module: str
    class_name: str
    source_title: str

    def title(self) -> str:
        return QCoreApplication.translate(self.class_name, self.source_title)

    @property
    def paths(self) -> tuple[str, ...]:
        return _PATHS[self.key]

    def load(self):
        return getattr(importlib.import_module(f"memo_builder.gui.steps.{self.module}"), self.class_name)


STEPS: tuple[StepSpec, ...] = (
    StepSpec("case", "case", "CaseStep", QT_TRANSLATE_NOOP("CaseStep", "Ärendet")),
    StepSpec("background", "background", "BackgroundStep", QT_TRANSLATE_NOOP("BackgroundStep", "Bakgrund")),
    StepSpec("options", "options", "OptionsStep", QT_TRANSLATE_NOOP("OptionsStep", "Alternativ")),
    StepSpec("costs", "costs", "CostsStep", QT_TRANSLATE_NOOP("CostsStep", "Kostnader")),
    StepSpec("consequences", "consequences", "ConsequencesStep",
             QT_TRANSLATE_NOOP("ConsequencesStep", "Konsekvenser")),
    StepSpec("legal", "legal", "LegalStep", QT_TRANSLATE_NOOP("LegalStep", "Juridik")),
    StepSpec("criteria", "criteria", "CriteriaStep",
             QT_TRANSLATE_NOOP("CriteriaStep", "Bedömningsgrunder")),
    StepSpec("decision", "decision", "DecisionStep", QT_TRANSLATE_NOOP("DecisionStep", "Förslag till beslut")),
    StepSpec("review", "review", "ReviewStep", QT_TRANSLATE_NOOP("ReviewStep", "Granska och skapa")),
)
STEP_KEYS: tuple[str, ...] = tuple(s.key for s in STEPS)
assert STEP_KEYS == _STEP_KEYS, "every step in memo_builder/model/walkthrough.py has a page here, in order"


def step_index(key: str) -> int:
    return STEP_KEYS.index(key)
