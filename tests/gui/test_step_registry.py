"""The step registry: one entry per step says which field paths it edits."""

from __future__ import annotations

import pytest

from memo_builder.gui.steps import FALLBACK_STEP, STEP_KEYS, STEPS, step_for_path
from memo_builder.model.memo import Memo
from tests.helpers import example_memo, validate


@pytest.mark.parametrize(
    ("path", "step"),
    [
        ("case.officer.name", "case"),
        ("summary", "background"),
        ("options", "options"),
        ("options[2].lead_time_months", "options"),
        ("options[1].cost_lines", "costs"),
        ("options[1].cost_lines[0].unit_price", "costs"),
        ("assumptions.user_count", "costs"),
        ("consequences.deadline", "consequences"),
        ("perspectives[0].text", "consequences"),
        ("caveats[3].assessment", "legal"),
        ("signatures[0].name", "decision"),
        ("criteria[1].scores[0]", "criteria"),
        ("criteria", "criteria"),
        ("nosuchfield", FALLBACK_STEP),
        ("", FALLBACK_STEP),
        ("optionsx", FALLBACK_STEP),  # a prefix matches whole names only
    ],
)
def test_paths_find_their_step(path, step):
    assert step_for_path(path) == step


def test_every_problem_the_validator_names_belongs_to_a_step_that_edits_it():
    for memo in (Memo(), example_memo()):
        memo.case.title = ""
        for problem in validate(memo):
            assert step_for_path(problem.path) != FALLBACK_STEP, problem.path


def test_keys_are_unique_and_in_order():
    assert len(set(STEP_KEYS)) == len(STEPS) == 9
    assert STEP_KEYS[-1] == FALLBACK_STEP
