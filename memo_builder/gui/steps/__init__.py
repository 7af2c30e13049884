"""The eight steps of the walk-through, in order.

Each step's module is imported only when its page is first shown, so start-up pays for the
first page alone. Titles are here (marked for translation in each page class's context) so the
step list can be drawn before any page exists.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class StepSpec:
    """One step: its key, where its page class lives, its title, and the field paths it edits
    (validation problems and jump-to-field find their step by these)."""

    key: str
    module: str
    class_name: str
    source_title: str
    #: Field-path prefixes without indices: "options.cost_lines" covers
    #: "options[1].cost_lines[0].unit_price". The longest matching prefix wins.
    paths: tuple[str, ...] = ()

    def title(self) -> str:
        return QCoreApplication.translate(self.class_name, self.source_title)

    def load(self):
        return getattr(importlib.import_module(f"memo_builder.gui.steps.{self.module}"), self.class_name)


STEPS: tuple[StepSpec, ...] = (
    StepSpec("case", "case", "CaseStep", QT_TRANSLATE_NOOP("CaseStep", "Ärendet"), ("case",)),
    StepSpec("background", "background", "BackgroundStep",
             QT_TRANSLATE_NOOP("BackgroundStep", "Bakgrund"), ("summary", "background")),
    StepSpec("options", "options", "OptionsStep", QT_TRANSLATE_NOOP("OptionsStep", "Alternativ"),
             ("options", "recommended_option_id", "baseline_option_id")),
    StepSpec("costs", "costs", "CostsStep", QT_TRANSLATE_NOOP("CostsStep", "Kostnader"),
             ("options.cost_lines", "assumptions")),
    StepSpec("consequences", "consequences", "ConsequencesStep",
             QT_TRANSLATE_NOOP("ConsequencesStep", "Konsekvenser"), ("consequences", "perspectives")),
    StepSpec("legal", "legal", "LegalStep", QT_TRANSLATE_NOOP("LegalStep", "Juridik"),
             ("caveats", "facts", "secrecy")),
    StepSpec("decision", "decision", "DecisionStep",
             QT_TRANSLATE_NOOP("DecisionStep", "Förslag till beslut"),
             ("decision_points", "assessment", "cooperation", "attachments", "signatures")),
    StepSpec("review", "review", "ReviewStep", QT_TRANSLATE_NOOP("ReviewStep", "Granska och skapa")),
)

STEP_KEYS: tuple[str, ...] = tuple(s.key for s in STEPS)
#: Where a problem without a step of its own is shown: the last step lists everything.
FALLBACK_STEP = "review"

_INDEX = re.compile(r"\[\d+\]")


def step_for_path(path: str) -> str:
    """``"options[1].cost_lines[0].unit_price"`` -> ``"costs"``; unknown paths -> the review."""
    plain = _INDEX.sub("", path)
    best, length = FALLBACK_STEP, -1
    for spec in STEPS:
        for prefix in spec.paths:
            if (plain == prefix or plain.startswith(prefix + ".")) and len(prefix) > length:
                best, length = spec.key, len(prefix)
    return best


def step_index(key: str) -> int:
    return STEP_KEYS.index(key)
