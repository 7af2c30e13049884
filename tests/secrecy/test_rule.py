"""The withholding rule on small cases whose answer is known by hand."""

from __future__ import annotations

from decimal import Decimal

from memo_builder.analysis.revision import Analysis
from memo_builder.model.memo import CostCategory, CostLine, Memo, Option, Recurrence, SecrecyMark
from memo_builder.model.memo import SecretKind as K
from memo_builder.model.secrecy import FigureKey
from tests.helpers import validate


def memo_with(*lines: CostLine, marks=()) -> Memo:
    memo = Memo(options=[Option(id="o", title="A", cost_lines=list(lines))])
    memo.secrecy.marks = [SecrecyMark(kind=k, target=t, ground="31 kap. 16 § OSL")
                          for k, t in marks]
    return memo


def line(id_, price, **kw) -> CostLine:
    base = dict(id=id_, category=CostCategory.SUPPORT, unit_price=Decimal(price),
                first_year=2019, last_year=2020)
    base.update(kw)
    return CostLine(**base)


def shown(memo: Memo) -> dict[tuple, bool]:
    return {k: f.shown for k, f in Analysis(memo).withholding.figures.items()}


def test_one_confidential_line_withholds_every_sum_it_is_in():
    s = shown(memo_with(line("a", 1000), line("b", 2000), line("c", 3000),
                        marks=[(K.UNIT_PRICE, "a")]))
    assert not s[FigureKey("total", 0)] and not s[FigureKey("year", 0, year=2019)] and not s[FigureKey("cell", 0, 0, 2019)]
    assert s[FigureKey("cell", 0, 1, 2019)]  # a line that is not confidential is shown


def credit(id_, price, **kw) -> CostLine:
    return line(id_, price, category=CostCategory.CREDIT, **kw)


def test_a_sum_of_confidential_values_of_one_sign_is_withheld_whatever_the_values():
    # 5 000 licences at 20 kr and a fee of 123 457 kr: a reader who sees the total knows that
    # each is at most the total, and for small enough values that leaves fewer than 100
    # candidates. A rule that must not depend on the values withholds it for all of them.
    for fee, volume in (("123457", 5000), ("9990000", 2), ("1", 5000)):
        s = shown(memo_with(line("a", fee), line("b", 20, volume=Decimal(volume)),
                            line("c", 3000), marks=[(K.UNIT_PRICE, "a"), (K.VOLUME, "b")]))
        assert not s[FigureKey("total", 0)] and not s[FigureKey("year", 0, year=2019)]
        assert not s[FigureKey("line_total", 0, 0)] and not s[FigureKey("line_total", 0, 1)]


def test_a_total_where_a_marked_credit_offsets_a_marked_price_is_shown():
    # price - credit = total: both can grow together without end, so the reader cannot bound
    # either from above, whatever the values are.
    for price, rebate in (("123457", "20000"), ("1000", "999"), ("5", "4000000")):
        s = shown(memo_with(line("a", price), credit("b", rebate), line("c", 3000),
                            marks=[(K.UNIT_PRICE, "a"), (K.UNIT_PRICE, "b")]))
        assert s[FigureKey("total", 0)] and s[FigureKey("year", 0, year=2019)] and s[FigureKey("year", 0, year=2020)]
        assert not s[FigureKey("line_total", 0, 0)] and not s[FigureKey("line_total", 0, 1)]


def test_a_split_that_would_isolate_one_line_is_withheld():
    s = shown(memo_with(line("a", 1000, internal=True), credit("b", 2000),
                        marks=[(K.AMOUNT, "a"), (K.AMOUNT, "b")]))
    assert s[FigureKey("total", 0)]
    assert not s[FigureKey("internal", 0)] and not s[FigureKey("external", 0)]


def test_different_years_isolate_the_lines():
    # a is paid in 2019 only, the credit b in 2019 and 2020: the 2020 sum is b alone, and the
    # 2019 sum with the total pins both, so once the total is shown neither year's sum may be.
    s = shown(memo_with(line("a", 1000, recurrence=Recurrence.ONE_OFF), credit("b", 2000),
                        marks=[(K.UNIT_PRICE, "a"), (K.UNIT_PRICE, "b")]))
    assert s[FigureKey("total", 0)] and not s[FigureKey("year", 0, year=2019)] and not s[FigureKey("year", 0, year=2020)]


def test_an_index_a_reader_can_see_is_taken_into_account():
    # Same years, but the credit grows by 10 % a year: the two year sums would give two
    # independent equations, so only one of them (with the total) could be shown, and that
    # one with the total pins both: neither is.
    s = shown(memo_with(line("a", 1000), credit("b", 2000, index_percent=Decimal("10")),
                        marks=[(K.UNIT_PRICE, "a"), (K.UNIT_PRICE, "b")]))
    assert s[FigureKey("total", 0)]
    assert not (s[FigureKey("year", 0, year=2019)] and s[FigureKey("year", 0, year=2020)])


def test_whole_option_marked_withholds_everything_about_it_and_the_difference():
    base = Option(id="base", title="B", cost_lines=[line("x", 5000)])
    memo = memo_with(line("a", 1000), line("b", 2000), marks=[(K.OPTION_COSTS, "o")])
    memo.options.append(base)
    memo.baseline_option_id = "base"
    s = shown(memo)
    assert not any(v for k, v in s.items() if k.option == 0)
    problems = [p.message for p in validate(memo)]
    assert not any("Alternativ 1: den offentliga versionen" in m for m in problems)


def test_many_confidential_lines_fall_back_to_withholding_every_dependent_figure():
    lines = [line(f"l{i}", 1000 + i) for i in range(45)]
    memo = memo_with(*lines, marks=[(K.UNIT_PRICE, f"l{i}") for i in range(45)])
    w = Analysis(memo).withholding
    assert w.simple_rule and not w.figures[FigureKey("total", 0)].shown


def test_whole_option_marked_shows_not_even_a_zero_in_the_comparison():
    import io

    from memo_builder.publish.service import ExportRequest, export
    from tests.helpers import docx_tables

    base = Option(id="base", title="Bas", cost_lines=[line("x", 5000, first_year=2018)])
    memo = memo_with(line("a", 1000), marks=[(K.OPTION_COSTS, "o")])
    memo.options.append(base)
    data = export(memo, request=ExportRequest(draft=True, public=True)).data
    for table in docx_tables(io.BytesIO(data)):
        for row in table:
            if row[0].startswith("1. A"):
                assert set(row[1:]) <= {"Sekretess", "–"}, row


def test_the_catalogue_answers_typed_keys_only():
    # A hand-built tuple would silently match nothing (and show the figure): it is refused.
    import pytest

    from memo_builder.model.secrecy import FigureKey

    w = Analysis(memo_with(line("a", 1000), line("b", 2000),
                           marks=[(K.UNIT_PRICE, "a")])).withholding
    assert w.withheld(FigureKey("total", 0))
    for wrong in (("total", 0), FigureKey("totals", 0)):
        with pytest.raises(TypeError):
            w.withheld(wrong)
