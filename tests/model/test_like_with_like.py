"""Issue 20, like with like: a difference between two options is only ever over the years both
cover; what lies outside them is said separately. Hand-computed figures, cases unlike the
shipped example (a region in 2026 with one option year, a municipality in 2021)."""

from __future__ import annotations

from decimal import Decimal as D

from memo_builder.model.costs import common_years, comparable_totals, memo_costs
from memo_builder.model.criteria import evaluate
from memo_builder.model.memo import CaseDetails, CostLine, Criterion, Memo, Option


def line(first, last, price, option=False, internal=False):
    return CostLine(description="Licenser", unit_price=D(price), first_year=first, last_year=last,
                    option_period=option, internal=internal)


def region_2026() -> Memo:
    """Baseline: 2026–2028 at 30 mkr a year plus the option year 2029 at 31 mkr.
    Alternative 2: 2026–2028 at 26 mkr a year, no option year at all."""
    base = Option(id="a", title="Förnya med option",
                  cost_lines=[line(2026, 2028, "30000000"), line(2029, 2029, "31000000", True)])
    other = Option(id="b", title="Nytt avtal utan option", cost_lines=[line(2026, 2028, "26000000")])
    return Memo(case=CaseDetails(organisation="Region Exempel"), options=[base, other],
                baseline_option_id="a", recommended_option_id="b")


def test_common_years_is_the_overlap_of_spans():
    assert common_years([2026, 2028], [2027, 2029]) == [2027, 2028]
    assert common_years([2026, 2027, 2028], []) == []
    assert common_years([2021], [2023, 2024]) == []
    assert common_years([2021, 2024], [2022]) == [2022]  # a gap year inside a span counts


def test_an_option_without_option_years_is_not_cheaper_by_the_baselines_option_year():
    base, other = memo_costs(region_2026())
    d = other.difference
    # Today's code said 90 - 121 = -31 mkr "inklusive option". Over 2026–2028 both: 78 - 90.
    assert d.years == [2026, 2027, 2028]
    assert d.amount == D("78000000") - D("90000000") == other.difference_to_baseline
    assert d.option_outside == {}
    assert d.baseline_outside == {2029: D("31000000.00")}
    cd = other.contract_difference
    assert cd.years == [2026, 2027, 2028] and cd.amount == D("-12000000")


def test_a_longer_contract_is_compared_over_the_baselines_contract_years_only():
    # A municipality in 2021: baseline contract 2021–2023; alternative 2 is a five-year
    # contract 2021–2025 at 2 mkr a year; the baseline at 2,5 mkr a year plus options 2024–2025.
    base = Option(id="x", cost_lines=[line(2021, 2023, "2500000"),
                                      line(2024, 2025, "2600000", True)])
    long = Option(id="y", cost_lines=[line(2021, 2025, "2000000")])
    memo = Memo(options=[base, long], baseline_option_id="x")
    _b, c = memo_costs(memo)
    assert c.contract_difference.years == [2021, 2022, 2023]
    assert c.contract_difference_to_baseline == D("6000000") - D("7500000")
    assert c.contract_difference.option_outside == {2024: D("2000000.00"), 2025: D("2000000.00")}
    # Including options, both cover 2021–2025: 10 mkr against 7,5 + 5,2.
    assert c.difference.years == [2021, 2022, 2023, 2024, 2025]
    assert c.difference_to_baseline == D("10000000") - D("12700000")


def test_no_common_years_gives_no_difference():
    a = Option(id="a", cost_lines=[line(2021, 2022, "100")])
    b = Option(id="b", cost_lines=[line(2024, 2025, "50")])
    _a, cb = memo_costs(Memo(options=[a, b], baseline_option_id="a"))
    assert cb.difference.amount is None and cb.difference_to_baseline is None
    assert cb.difference.option_outside == {2024: D("50.00"), 2025: D("50.00")}


def test_cost_scores_compare_the_years_every_option_covers():
    memo = region_2026()
    memo.criteria = [Criterion(title="Kostnad", weight=D("100"), from_costs=True)]
    years, totals = comparable_totals(memo_costs(memo))
    assert years == [2026, 2027, 2028]
    assert totals == [D("90000000"), D("78000000")]
    result = evaluate(memo, totals, years)
    # Cheapest 5, dearest 1 over the same years: alternative 2 is cheaper, not by the option.
    assert [c.score for c in result.cells[0]] == [1, 5]
    assert result.cost_years == [2026, 2027, 2028]
