"""What the readings of three further cases left open (a kommunalförbund's payroll system in
2019, a region's video meetings in 2025, a kommun's Google Workspace in 2023), each as a class.
The region's case is test_reading3's builder."""

from __future__ import annotations

import io
from decimal import Decimal as D

import openpyxl
import pytest

from memo_builder.analysis.revision import Analysis
from memo_builder.model.memo import CostCategory, CostLine, Option, Recurrence
from memo_builder.model.secrecy import FigureKey
from memo_builder.publish.workbook import export_costs
from memo_builder.render.pipeline import build_tree
from memo_builder.render.profile import load_profile
from tests.render.test_reading3 import PROFILES, region_2025


def with_an_option_to_stop() -> tuple:
    """The region's case, 9 000 users, and a fourth option: not renewing, the services stop,
    and the data is exported once in 2026 for 828 000 kr (92 kr a user, spread)."""
    memo, library = region_2025()
    memo.assumptions.user_count = 9000
    memo.options.append(Option(title="Avsluta videomötestjänsten", services_stop=True,
                               cost_lines=[CostLine(description="Export av data", volume=D(1),
                                                    unit_price=D(828000), first_year=2026,
                                                    last_year=2026,
                                                    recurrence=Recurrence.ONE_OFF,
                                                    category=CostCategory.EXIT)]))
    return memo, library


# -- 1. no cost per user for an option with which the services stop ------------------------------
@pytest.mark.parametrize("profile", PROFILES)
def test_no_cost_per_user_where_the_users_get_no_service(profile):
    # "Kostnad per användare och år: 92 kronor (9 000 användare)." was printed under
    # "Avsluta": a one-off export spread over users who get nothing from it.
    memo, library = with_an_option_to_stop()
    lines = build_tree(memo, load_profile(profile), library=library).text().split("\n")
    said = [t for t in lines if t.startswith("Kostnad per användare och år:")]
    assert len(said) == 3, said  # the three options that give the service
    assert not any("92" in t for t in said), said
    # The comparison table's rows (the periods differ: each title over its years' line).
    head = next(i for i, t in enumerate(lines) if t.startswith("Alternativ (tkr) |"))
    assert lines[head].endswith("| Kostnad per användare och år (kr)")
    rows = [t for t in lines[head + 1:head + 9] if t.startswith("under ")]
    assert [r.split("|")[-1].strip() for r in rows] == ["1\u00a0450", "1\u00a0180",
                                                       "1\u00a0020", "–"], rows


def test_a_figure_not_stated_is_not_in_the_secrecy_catalogue():
    # What is not shown needs no withholding decision; the others are still decided.
    memo, library = with_an_option_to_stop()
    analysis = Analysis(memo, library)
    assert analysis.costs[3].cost_per_user_year is None
    w = analysis.withholding
    assert w.figure(FigureKey("per_user_year", 3)) is None
    assert w.figure(FigureKey("per_user_year", 0)) is not None
    # Decided by the flag, not by the amounts: the same option without the flag has its figure.
    memo.options[3].services_stop = False
    analysis = Analysis(memo, library)
    assert analysis.costs[3].cost_per_user_year == D(92)
    assert analysis.withholding.figure(FigureKey("per_user_year", 3)) is not None


def test_the_cost_workbook_gives_no_cost_per_user_for_it():
    memo, library = with_an_option_to_stop()
    book = export_costs(Analysis(memo, library))
    cells = openpyxl.load_workbook(io.BytesIO(book.data))
    sheet, ref = book.cells[memo.options[3].id]["per_user_year"]
    assert cells[sheet][ref].value == "–"
    sheet, ref = book.cells[memo.options[0].id]["per_user_year"]
    assert str(cells[sheet][ref].value).startswith("=IF(")
