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


def test_each_title_and_field_name_has_one_home_the_window_and_the_cli_read(window):
    """Issue 18: the step titles were written three times (the model's data, the registry, each
    page class) and the cost fields' names twice (the model said "Pris", the grid "Styckpris")."""
    from PySide6.QtWidgets import QLabel

    from memo_builder.gui.widgets.cost_table import COLUMNS, header_label
    from memo_builder.model import walkthrough

    assert [s.title() for s in STEPS] == [title for _k, title, _p in walkthrough.STEPS]
    # A page's heading is its step's title: no page class carries a title of its own.
    for index, spec in enumerate(STEPS):
        assert not hasattr(spec.load(), "TITLE"), spec.key
        page = window.page(index)
        heading = page.content.findChild(QLabel, "pageTitle")
        assert heading.text() == page.title() == walkthrough.STEP_TITLES[spec.key]
    assert window.step_list.item(5).text() == "6. Juridik"
    # Every cost column the user can edit is named as the CLI names a problem in it.
    for attr, _header, kind in COLUMNS:
        if kind != "total":
            assert header_label(attr) == walkthrough.FIELD_NAMES[attr], attr
            where = walkthrough.describe_path(f"options[0].cost_lines[4].{attr}")
            assert where == f"Kostnader › Alternativ 1 › Rad 5 › {header_label(attr)}"
