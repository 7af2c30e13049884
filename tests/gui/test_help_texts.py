"""Issue 14: the step help texts give examples that fit any municipality and any year, not
one city's Office 365 case from 2018."""

from __future__ import annotations

import re
from datetime import date

import pytest

from memo_builder.gui.steps import STEP_KEYS
from memo_builder.gui.steps.base import StepPage

# Names that make an example one organisation's or one vendor's case.
PARTICULAR = ("Office 365", "Microsoft", "Google", "Göteborg", "Intraservice", "Customer Lockbox")


def _cases():
    for i, key in enumerate(STEP_KEYS):
        yield pytest.param(i, id=key)


@pytest.mark.parametrize("today", [date(2031, 3, 14), date(2046, 12, 31)], ids=str)
@pytest.mark.parametrize("index", list(_cases()))
def test_help_examples_fit_any_municipality_and_year(window, index, today, monkeypatch):
    monkeypatch.setattr(StepPage, "today", staticmethod(lambda: today))  # a frozen clock
    text = window.page(index).help_html()
    assert text
    for name in PARTICULAR:
        assert name not in text, name
    # A year in an example is this year or later, never a fixed past date.
    for year in re.findall(r"(?<![\d:/])(?:19|20)\d\d(?![\d:/])", text):
        assert int(year) >= today.year, year
