"""The results the preview remembers between edits (formatted figures, line totals under a
sensitivity variation) are exactly what computing them afresh gives, in any order of calls."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from memo_builder.model import costs, swedish
from memo_builder.model.costs import Variation, line_amounts, option_total
from memo_builder.model.memo import CostCategory, CostLine, Option, Recurrence

amounts = st.decimals(min_value=D("-1e15"), max_value=D("1e15"), allow_nan=False, places=3)


@given(values=st.lists(st.one_of(amounts, st.integers(-10**15, 10**15)), max_size=20),
       decimals=st.integers(0, 3))
def test_number_remembered_equals_fresh(values, decimals):
    for value in values:
        assert swedish.number(value, decimals) == swedish._number(value, decimals)
    for value in reversed(values):  # equal values written differently: 1, 1.0, 1.00
        assert swedish.number(D(value).normalize(), decimals) == swedish._number(value, decimals)


def test_number_of_a_signalling_nan_still_fails_as_before():
    with pytest.raises(ArithmeticError):
        swedish.number(D("sNaN"))


def _line(**kw) -> CostLine:
    base = dict(category=CostCategory.LICENCES, volume=D("100"), unit_price=D("12.50"),
                first_year=2020, last_year=2024, index_percent=D("2"))
    base.update(kw)
    return CostLine(**base)


def _fresh_total(option: Option, variation: Variation) -> D:
    return sum((sum(line_amounts(line, variation).values(), D(0)) for line in option.cost_lines),
               D(0))


def test_line_totals_follow_every_field_line_amounts_reads():
    costs._LINE_TOTALS.clear()
    variation = Variation(volume_factor=D("1.1"), index_delta=D("2"), exchange_factor=D("0.9"))
    line = _line()
    option = Option(cost_lines=[line])
    assert option_total(option, variation) == _fresh_total(option, variation)
    changes = [
        dict(category=CostCategory.SUPPORT), dict(category=CostCategory.CREDIT),
        dict(recurrence=Recurrence.ONE_OFF), dict(volume=D("101")), dict(unit_price=D("13")),
        dict(first_year=2021), dict(last_year=2023), dict(index_percent=D("3")),
        dict(index_base_year=2019), dict(currency="EUR", exchange_rate=D("11.2")),
        dict(currency="EUR", exchange_rate=None),
    ]
    for change in changes:
        option.cost_lines = [replace(line, **change)]
        for v in (variation, Variation()):
            assert option_total(option, v) == _fresh_total(option, v), change


@given(volume=amounts, price=amounts, index=st.decimals(min_value=D("-50"), max_value=D("50"),
                                                         allow_nan=False, places=2))
def test_line_totals_remembered_equal_fresh(volume, price, index):
    option = Option(cost_lines=[_line(volume=volume, unit_price=price, index_percent=index)])
    for variation in (Variation(), Variation(index_delta=D("-2")), Variation(D("0.9"))):
        first = option_total(option, variation)
        again = option_total(option, variation)
        assert first == again == _fresh_total(option, variation)
