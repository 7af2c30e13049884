"""Cost model with hand-computed figures. Every expected value is worked out in the test itself
(the arithmetic is written out), never copied from the implementation's output."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from memo_builder.model.costs import (
    Variation,
    line_amounts,
    memo_costs,
    option_costs,
    option_total,
    sensitivity,
)
from memo_builder.model.memo import (
    CostAssumptions,
    CostCategory,
    CostLine,
    Memo,
    Option,
    Recurrence,
)
from memo_builder.render.context import cost_table


def annual(price, first, last, *, volume="1", **kw) -> CostLine:
    return CostLine(
        volume=D(volume), unit_price=D(price), first_year=first, last_year=last, **kw
    )


def one_off(price, year, *, volume="1", **kw) -> CostLine:
    return CostLine(
        volume=D(volume),
        unit_price=D(price),
        first_year=year,
        last_year=year,
        recurrence=Recurrence.ONE_OFF,
        **kw,
    )


# -- index ---------------------------------------------------------------------------------


def test_index_over_several_years_with_base_year_before_first_year():
    # 100 licences à 1 000 kr in 2016 prices, index 2 % a year, paid 2018-2020.
    line = annual("1000", 2018, 2020, volume="100", index_percent=D("2"), index_base_year=2016)
    amounts = line_amounts(line)
    assert amounts == {
        2018: D("104040.00"),  # 100 000 × 1,02² = 100 000 × 1,0404
        2019: D("106120.80"),  # 100 000 × 1,02³ = 100 000 × 1,061208
        2020: D("108243.22"),  # 100 000 × 1,02⁴ = 108 243,216 -> rounded half up to the öre
    }
    costs = option_costs(Option(cost_lines=[line]))
    assert costs.total == D("104040.00") + D("106120.80") + D("108243.22") == D("318404.02")


def test_index_base_year_defaults_to_first_year():
    line = annual("1000", 2018, 2020, index_percent=D("10"))
    # 1 000 in 2018; 1 000 × 1,1 = 1 100; 1 000 × 1,1² = 1 210
    assert line_amounts(line) == {2018: D("1000.00"), 2019: D("1100.00"), 2020: D("1210.00")}


def test_index_base_year_after_first_year_deflates_earlier_years():
    # Price stated in 2020 prices; 2019 is one year of 2 % earlier: 100 000 / 1,02.
    line = annual("100000", 2019, 2020, index_percent=D("2"), index_base_year=2020)
    assert line_amounts(line) == {
        2019: D("98039.22"),  # 100 000 / 1,02 = 98 039,2156…
        2020: D("100000.00"),
    }


def test_one_off_line_counts_once_in_its_first_year_even_with_a_last_year():
    line = one_off("250000", 2019)
    line.last_year = 2025  # ignored for one-off costs
    assert line_amounts(line) == {2019: D("250000.00")}


# -- currency ------------------------------------------------------------------------------


def test_currency_conversion_with_index():
    # 45 000 licences à 110 EUR at 10,30 kr/EUR, index 2 % from 2018.
    line = annual(
        "110", 2018, 2020, volume="45000", currency="EUR", exchange_rate=D("10.30"),
        index_percent=D("2"), index_base_year=2018,
    )
    base = 45000 * 110 * D("10.30")  # = 45 000 × 1 133 = 50 985 000
    assert base == D("50985000.00")
    assert line_amounts(line) == {
        2018: D("50985000.00"),
        2019: D("52004700.00"),  # 50 985 000 × 1,02
        2020: D("53044794.00"),  # 50 985 000 × 1,0404
    }
    assert option_costs(Option(cost_lines=[line])).total == D("156034494.00")


def test_currency_is_case_insensitive_and_sek_needs_no_rate():
    assert line_amounts(one_off("10", 2018, currency="eur", exchange_rate=D("11"))) == {
        2018: D("110.00")  # 10 × 11
    }
    assert line_amounts(one_off("10", 2018, currency="SEK")) == {2018: D("10.00")}


@pytest.mark.parametrize("rate", [None, D("0"), D("-10")])
def test_foreign_line_without_usable_rate_contributes_nothing(rate):
    # No made-up figure: validation reports the field (see test_cost_validation.py).
    line = one_off("10", 2018, currency="USD", exchange_rate=rate)
    assert line_amounts(line) == {}
    assert option_costs(Option(cost_lines=[line])).total == 0


# -- option periods, splits ----------------------------------------------------------------


def example_option() -> Option:
    """Contract 2018-2019, option 2020; one-off and recurring; internal and external."""
    return Option(
        title="A",
        cost_lines=[
            annual("1000", 2018, 2019, volume="10", category=CostCategory.LICENCES),  # 10 000/yr
            one_off("5000", 2018, category=CostCategory.IMPLEMENTATION),  # 5 000 in 2018
            annual("3000", 2018, 2019, internal=True, category=CostCategory.INTERNAL_STAFF),
            annual("1000", 2020, 2020, volume="10", option_period=True),  # option: 10 000
            annual("3000", 2020, 2020, internal=True, option_period=True,
                   category=CostCategory.INTERNAL_STAFF),
        ],
    )


def test_option_periods_are_kept_apart_from_the_contract_period():
    c = option_costs(example_option())
    assert c.years == [2018, 2019, 2020]
    assert c.contract_per_year == {
        2018: D(10000 + 5000 + 3000),
        2019: D(10000 + 3000),
        2020: D(0),
    }
    assert c.per_year == {2018: D(18000), 2019: D(13000), 2020: D(10000 + 3000)}
    assert c.contract_total == D(18000 + 13000)
    assert c.option_period_total == D(13000)
    assert c.total == D(18000 + 13000 + 13000) == c.contract_total + c.option_period_total


def test_internal_external_and_one_off_recurring_splits():
    c = option_costs(example_option())
    internal = 3000 * 2 + 3000  # staff in the contract years + the option year
    external = 10000 * 2 + 5000 + 10000  # licences 2018-2019, implementation, licences 2020
    assert c.internal_total == D(internal) == D(9000)
    assert c.external_total == D(external) == D(35000)
    assert c.internal_total + c.external_total == c.total
    assert c.one_off_total == D(5000)
    assert c.recurring_total == D(44000 - 5000)
    assert c.external_by_year == {2018: D(15000), 2019: D(10000), 2020: D(10000)}


def test_credits_are_negative_whatever_sign_was_entered():
    plus = one_off("500", 2018, category=CostCategory.CREDIT)
    minus = one_off("-500", 2018, category=CostCategory.CREDIT)
    assert line_amounts(plus) == line_amounts(minus) == {2018: D("-500.00")}
    c = option_costs(Option(cost_lines=[one_off("2000", 2018), plus]))
    assert c.total == D(2000 - 500)


def test_rounding_to_the_ore_half_up_once_per_year():
    # 3 × 0,335 = 1,005 -> 1,01 (half up), not banker's 1,00
    assert line_amounts(one_off("0.335", 2018, volume="3")) == {2018: D("1.01")}


# -- per user, baseline --------------------------------------------------------------------


def test_cost_per_user_and_per_user_and_year():
    line = annual("1000", 2018, 2020, volume="100", index_percent=D("2"), index_base_year=2016)
    c = option_costs(Option(cost_lines=[line]), user_count=100)
    # total 318 404,02 (see above) / 100 users = 3 184,0402 -> 3 184,04
    assert c.cost_per_user == D("3184.04")
    # / 3 years = 1 061,346… -> 1 061,35
    assert c.cost_per_user_year == D("1061.35")
    assert option_costs(Option(cost_lines=[line])).cost_per_user is None  # no users given


def test_cost_per_user_and_year_counts_gap_years():
    # 2018 and 2020 paid, nothing in 2019: three years of service, not two.
    opt = Option(cost_lines=[one_off("3000", 2018), one_off("3000", 2020)])
    assert option_costs(opt, user_count=10).cost_per_user_year == D(6000 / 10 / 3)


def test_difference_to_baseline():
    memo = Memo(
        options=[
            Option(id="bas", title="Bas", cost_lines=[one_off("1000", 2018)]),
            Option(title="Dyrare", cost_lines=[one_off("1500.50", 2018)]),
            Option(title="Billigare", cost_lines=[one_off("200", 2018)]),
        ],
        baseline_option_id="bas",
    )
    base, dearer, cheaper = memo_costs(memo)
    assert base.difference_to_baseline == 0
    assert dearer.difference_to_baseline == D("1500.50") - D("1000") == D("500.50")
    assert cheaper.difference_to_baseline == D(200 - 1000)


def test_no_baseline_means_no_difference():
    memo = Memo(options=[Option(cost_lines=[one_off("1", 2018)])])
    assert memo_costs(memo)[0].difference_to_baseline is None


# -- sensitivity ---------------------------------------------------------------------------


def sensitivity_memo() -> tuple[Memo, Option]:
    option = Option(
        cost_lines=[
            # 1 000 licences × 100 kr, 2018-2019, no index: 100 000 a year
            annual("100", 2018, 2019, volume="1000", category=CostCategory.LICENCES),
            # 10 000 EUR support at 10 kr/EUR, one-off: 100 000
            one_off("10000", 2018, currency="EUR", exchange_rate=D("10"),
                    category=CostCategory.SUPPORT),
        ]
    )
    memo = Memo(
        options=[option],
        assumptions=CostAssumptions(
            sensitivity_volume_percent=D("10"),
            sensitivity_index_points=D("2"),
            sensitivity_exchange_percent=D("20"),
        ),
    )
    return memo, option


def test_sensitivity_ranges_by_hand():
    memo, option = sensitivity_memo()
    assert option_total(option) == D(200000 + 100000)
    ranges = {r.label: (r.low, r.high) for r in sensitivity(memo, option)}
    # volume ±10 % moves only the licences: 180 000 / 220 000, support stays 100 000
    assert ranges["volume"] == (D(180000 + 100000), D(220000 + 100000))
    # index ±2 points from base 2018: 2019 is 100 000 × 0,98 or × 1,02
    assert ranges["index"] == (D(100000 + 98000 + 100000), D(100000 + 102000 + 100000))
    # exchange ±20 % moves only the EUR line: 10 000 × 8 or × 12
    assert ranges["exchange"] == (D(200000 + 80000), D(200000 + 120000))
    # all together: licences 900 × 100 × (1 + 0,98) = 178 200; EUR 80 000
    #               licences 1 100 × 100 × (1 + 1,02) = 222 200; EUR 120 000
    assert ranges["combined"] == (D(178200 + 80000), D(222200 + 120000))


def test_variation_does_not_touch_sek_or_non_licence_lines():
    line = annual("100", 2018, 2018, volume="10", category=CostCategory.SUPPORT)
    v = Variation(volume_factor=D("2"), exchange_factor=D("2"))
    assert line_amounts(line, v) == {2018: D("1000.00")}


# -- rounding to tkr in tables, totals exact -------------------------------------------------


def test_tkr_table_rounds_each_cell_but_totals_are_exact():
    # Three lines of 1 400 kr: each cell shows 1 tkr, yet 3 × 1 400 = 4 200 kr -> "4" tkr.
    lines = [one_off("1400", 2018, description=f"Rad {i}") for i in range(3)]
    costs = option_costs(Option(title="A", cost_lines=lines))
    assert costs.total == D(3 * 1400)
    table = cost_table(costs)
    body = [r for r in table.rows if not r.css]
    assert [r.cells for r in body] == [["1"], ["1"], ["1"]]
    total_row = next(r for r in table.rows if "total" in r.css.split())
    assert total_row.cells == ["4"] and total_row.total == "4"


def test_tkr_table_uses_typographic_minus_for_credits():
    lines = [one_off("10000", 2018), one_off("25000", 2018, category=CostCategory.CREDIT)]
    table = cost_table(option_costs(Option(title="A", cost_lines=lines)))
    credit_row = table.rows[1]
    assert credit_row.cells == ["\u221225"]  # −25 tkr with U+2212
    total_row = next(r for r in table.rows if "total" in r.css.split())
    assert total_row.total == "\u221215"  # 10 000 − 25 000 = −15 000 kr


def test_totals_are_exact_to_the_ore_over_many_lines():
    # 1 000 lines of 0,01 kr: float arithmetic would drift; Decimal is exactly 10,00.
    lines = [one_off("0.01", 2018) for _ in range(1000)]
    assert option_costs(Option(cost_lines=lines)).total == D("10.00")


# -- the cost tables in the Word file ----------------------------------------------------------


def _example_docx():
    import io

    from memo_builder.render.pipeline import build_docx
    from tests.helpers import example_memo

    buffer = io.BytesIO()
    build_docx(example_memo(), buffer)
    import docx

    return docx.Document(io.BytesIO(buffer.getvalue()))


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def test_word_cost_tables_read_well():
    document = _example_docx()
    body = document.element.body
    tables = body.findall(W + "tbl")
    assert tables
    for tbl in tables:
        rows = tbl.findall(W + "tr")
        # header row repeats on a new page; no merged cells anywhere (accessibility)
        assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None
        assert not list(tbl.iter(W + "gridSpan")) and not list(tbl.iter(W + "vMerge"))
        # the paragraph after a table does not touch it
        following = tbl.getnext()
        assert following.tag == W + "p"
        style = following.find(f"{W}pPr/{W}pStyle")
        if style is not None and style.get(W + "val").startswith("Heading"):
            continue  # headings bring their own space before
        assert following.find(f"{W}pPr/{W}spacing").get(W + "before") == "160"
    first = document.tables[0]
    header = [c.text for c in first.rows[0].cells]
    assert header[0] == "Kostnad (tkr)" and header[-1] == "Totalt"
    # compact label, the volume assumption on its own italic line below it
    label_cell = first.rows[1].cells[0]
    runs = label_cell.paragraphs[0].runs
    assert runs[0].text == "Office 365 E3, användarlicenser"
    # ("à" stays with its price: render/typography.py)
    assert runs[-1].italic and runs[-1].text.startswith("45\u00a0000 licenser à\u00a0110\u00a0EUR/år")
    # the total row is bold
    assert all(r.bold for r in first.rows[-1].cells[0].paragraphs[0].runs)


def test_word_table_columns_fit_their_figures():
    document = _example_docx()
    comparison = next(t for t in document.tables if t.rows[0].cells[0].text == "Alternativ (tkr)")
    tc_widths = [
        int(tc.find(f"{W}tcPr/{W}tcW").get(W + "w")) for tc in comparison.rows[1]._tr.findall(W + "tc")
    ]
    # A figure of n characters of 9 pt Arial (about 1.8 mm each) plus 2.8 mm cell margins must
    # fit its column (1 mm = 56.7 twips), so no figure wraps mid-number ("359 66|2").
    for col in range(1, len(tc_widths)):
        longest = max(len(row.cells[col].text) for row in comparison.rows[1:])
        assert tc_widths[col] >= (longest * 1.8 + 2.8) * 56.7, (col, longest, tc_widths[col])
    assert sum(tc_widths) <= 163 * 57  # the A4 text width (210 - 25 - 22 mm)


def test_credit_detail_and_comparison_labels():
    from memo_builder.model.costs import LineCost
    from memo_builder.render.context import _comparison, _line_label

    credit = one_off("1200000", 2018, category=CostCategory.CREDIT, volume_unit="avtal")
    label, detail = _line_label(LineCost(credit, line_amounts(credit)))
    assert detail.startswith("1 avtal à \u22121\u00a0200\u00a0000\u00a0kr")
    memo = Memo(
        options=[
            Option(title="A", cost_lines=[one_off("1", 2018)]),
            Option(id="b", title="B", cost_lines=[one_off("1", 2020)]),
        ],
        recommended_option_id="b",
        baseline_option_id="b",
    )
    comparison = _comparison(memo, memo_costs(memo))
    assert comparison["baseline_label"] == "alt.\u00a02"
    assert comparison["rows"][1]["title"] == "2. B (förslag, jämförelsebas)"
    assert comparison["years"] == ["2018", "2019", "2020"]  # the gap years are shown…
    # …as "–" (no cost), while 1 kr that rounds to 0 tkr is a cost and shows "0".
    assert comparison["per_year_rows"][0]["cells"] == ["0", "–", "–"]
