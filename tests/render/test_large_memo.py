"""A large memo (200 options × 20 cost lines × 10 years) still builds, completely and quickly."""

from __future__ import annotations

import io
from decimal import Decimal as D

import docx

from memo_builder.model import swedish
from memo_builder.model.costs import memo_costs
from memo_builder.model.memo import CostCategory, CostLine, Option
from memo_builder.render.pipeline import build_docx
from tests.helpers import example_memo, validate

OPTIONS, LINES, YEARS = 200, 20, 10
CATEGORIES = [c for c in CostCategory if c is not CostCategory.CREDIT]


def large_memo():
    memo = example_memo()
    memo.options = [
        Option(
            title=f"Alternativ nummer {i + 1}",
            description="Beskrivning.",
            id=f"opt{i}",
            lead_time_months=i % 24,
            cost_lines=[
                CostLine(
                    category=CATEGORIES[j % len(CATEGORIES)],
                    description=f"Kostnadsrad {j + 1}",
                    volume=D(45000 + j),
                    volume_unit="licenser",
                    unit_price=D("123.45"),
                    first_year=2018,
                    last_year=2018 + YEARS - 1,
                    index_percent=D("2.5"),
                    index_base_year=2017,
                    currency="EUR" if j % 3 == 0 else "SEK",
                    exchange_rate=D("10.30") if j % 3 == 0 else None,
                    internal=j % 4 == 0,
                    option_period=j % 5 == 0,
                )
                for j in range(LINES)
            ],
        )
        for i in range(OPTIONS)
    ]
    memo.recommended_option_id = memo.baseline_option_id = "opt0"
    return memo


def test_large_memo_builds_completely():
    # How long it takes is measured by bench/build_scaling.py (ratios), not asserted here.
    memo = large_memo()
    buffer = io.BytesIO()
    build_docx(memo, buffer)

    document = docx.Document(io.BytesIO(buffer.getvalue()))
    tables = document.tables
    # one table per option, the comparison, the sensitivity, the difference to the baseline,
    # the per-year table and the deadlines
    assert len(tables) == OPTIONS + 5
    first = tables[0]
    assert len(first.rows) == 1 + LINES + 3  # header, lines, contract / option / total
    assert len(first.rows[0].cells) == 1 + YEARS + 1
    costs = memo_costs(memo)
    assert first.rows[-1].cells[-1].text == swedish.tkr(costs[0].total)
    comparison = tables[OPTIONS]
    assert len(comparison.rows) == 1 + OPTIONS
    last = comparison.rows[-1].cells
    assert last[0].text.startswith(f"{OPTIONS}. Alternativ nummer {OPTIONS}")
    assert swedish.tkr(costs[-1].total) in [c.text for c in last]
    # With 200 options a chart would be noise: the per-year table carries the figures.
    assert not any("chart" in rel.reltype for rel in document.part.rels.values())
    # The sensitivity of 200 totals: a row per option, not 200 columns.
    sensitivity = tables[OPTIONS + 1]
    assert sensitivity.rows[0].cells[0].text == "Alternativ (tkr)"
    assert len(sensitivity.rows) == 1 + OPTIONS and len(sensitivity.rows[0].cells) <= 5


def test_large_memo_validates_every_option():
    memo = large_memo()
    problems = validate(memo)
    # Every option whose lead time is too long is named: the work really covers all 200.
    from memo_builder.model.consequences import option_deadlines

    late = {f"options[{i}].lead_time_months" for i, d in enumerate(option_deadlines(memo))
            if d.feasible is False}
    assert len(late) > OPTIONS // 2
    assert late <= {p.path for p in problems}
