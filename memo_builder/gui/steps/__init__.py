"""The eight steps of the walk-through, in order."""

from __future__ import annotations


def step_classes():
    from memo_builder.gui.steps.background import BackgroundStep
    from memo_builder.gui.steps.case import CaseStep
    from memo_builder.gui.steps.consequences import ConsequencesStep
    from memo_builder.gui.steps.costs import CostsStep
    from memo_builder.gui.steps.decision import DecisionStep
    from memo_builder.gui.steps.legal import LegalStep
    from memo_builder.gui.steps.options import OptionsStep
    from memo_builder.gui.steps.review import ReviewStep

    return [CaseStep, BackgroundStep, OptionsStep, CostsStep, ConsequencesStep, LegalStep,
            DecisionStep, ReviewStep]
