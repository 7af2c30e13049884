"""A cost with option years is one row (issue 23): ``CostLine.option_from_year``.

One row 2026–2029 with "option from 2028" costs exactly what the two rows it replaces cost
(2026–27, and 2028–29 as an option with the index base typed by hand), splits the same way in
the memo, the secrecy rule and the workbook, and older files' paired rows become one row in
the round's format step where that is unambiguous.
"""

from __future__ import annotations

import copy
import dataclasses
import json
from decimal import Decimal as D

import pytest

from memo_builder.analysis.revision import Analysis
from memo_builder.files import storage
from memo_builder.model.costs import option_costs
from memo_builder.model.memo import (
    CostCategory,
    CostLine,
    Memo,
    Option,
    Recurrence,
    SecrecyMark,
    SecretKind,
)
from memo_builder.model.problems import Level
from memo_builder.model.secrecy import FigureKey, withholding
from memo_builder.model.serialization import to_data
from tests.helpers import validate


def _one_row(**kw) -> CostLine:
    base = dict(category=CostCategory.SUPPORT, description="Drift av verksamhetssystem",
                volume=D("3"), volume_unit="servrar", unit_price=D("41250.50"),
                first_year=2026, last_year=2029, index_percent=D("3.1"),
                option_from_year=2028, currency="EUR", exchange_rate=D("11.42"))
    base.update(kw)
    return CostLine(**base)


def _two_rows() -> list[CostLine]:
    one = _one_row()
    contract = dataclasses.replace(one, id="c1", last_year=2027, option_from_year=0)
    option = dataclasses.replace(one, id="o1", first_year=2028, option_from_year=0, option_period=True,
                          index_base_year=2026)
    return [contract, option]


def test_one_row_with_option_years_costs_what_the_two_rows_did():
    one = option_costs(Option(cost_lines=[_one_row()]), user_count=450)
    two = option_costs(Option(cost_lines=_two_rows()), user_count=450)
    for attr in ("years", "per_year", "contract_per_year", "contract_total",
                 "option_period_total", "total", "contract_years", "has_option_period",
                 "cost_per_user_year"):
        assert getattr(one, attr) == getattr(two, attr), attr
    assert one.contract_years == [2026, 2027]
    assert one.option_period_total > 0 and one.contract_total > 0
    # The index runs on from the first year: 2029 is three years of index on 2026's price.
    amounts = one.lines[0].per_year
    assert amounts[2029] > amounts[2028] > amounts[2027] > amounts[2026]


def test_option_from_outside_the_years_marks_nothing_or_everything_and_validation_says_so():
    after = _one_row(option_from_year=2031)
    before = _one_row(option_from_year=2020)
    assert option_costs(Option(cost_lines=[after])).option_period_total == 0
    c = option_costs(Option(cost_lines=[before]))
    assert c.contract_total == 0 and c.option_period_total == c.total
    for line in (after, before):
        memo = Memo(options=[Option(title="Region Halland", cost_lines=[line])])
        problems = [p for p in validate(memo) if p.path.endswith("option_from_year")]
        assert problems and problems[0].level is Level.WARNING, problems


def _memo_with(lines: list[CostLine], marks=()) -> Memo:
    memo = Memo(options=[Option(id="alt1", title="Förläng två år", cost_lines=lines)])
    memo.secrecy.marks = list(marks)
    return memo


def test_a_confidential_row_with_option_years_withholds_the_option_sums():
    """The option years of a confidential row are a figure of that row: with one other,
    public row that has no option years, the option sums would show the confidential amounts."""
    secret = _one_row(id="s1")
    public = CostLine(id="p1", description="Utbildning", unit_price=D("90000"), first_year=2026,
                      last_year=2027, category=CostCategory.TRAINING)
    memo = _memo_with([secret, public], [SecrecyMark(kind=SecretKind.UNIT_PRICE, target="s1",
                                                     ground="31 kap. 16 § OSL")])
    analysis = Analysis(memo)
    w = withholding(memo, analysis.costs)
    for key in [FigureKey("option_total", 0), FigureKey("option_year", 0, year=2028),
                FigureKey("option_year", 0, year=2029)]:
        figure = w.figures[key]
        assert (0, 0) in figure.depends and not figure.shown, key


def _v5_document(memo: Memo) -> dict:
    """The memo as a version-5 file held it (no option_from_year)."""
    body = to_data(memo)
    for option in body["options"]:
        for line in option["cost_lines"]:
            line.pop("option_from_year")
    return {"format": storage.FORMAT_NAME, "schema_version": 5, "memo": body}


def _load(doc: dict) -> Memo:
    return storage.loads(json.dumps(doc))


def test_a_v5_pair_becomes_one_row_and_its_marks_merge():
    rows = _two_rows()
    other = CostLine(id="x1", description="Införandeprojekt", unit_price=D("250000"),
                     recurrence=Recurrence.ONE_OFF, first_year=2026,
                     category=CostCategory.IMPLEMENTATION)
    ground = "31 kap. 16 § OSL"
    # The leak: the price marked on the option row only (the contract row shows it).
    memo = _memo_with([other, *rows], [SecrecyMark(id="m1", kind=SecretKind.UNIT_PRICE,
                                                   target="o1", ground=ground)])
    before = Analysis(memo).costs[0]
    loaded = _load(_v5_document(memo))
    lines = loaded.options[0].cost_lines
    assert [ln.id for ln in lines] == ["x1", "c1"]
    merged = lines[1]
    assert (merged.first_year, merged.last_year, merged.option_from_year) == (2026, 2029, 2028)
    assert not merged.option_period
    after = Analysis(loaded).costs[0]
    assert (after.per_year, after.contract_total, after.option_period_total) == \
        (before.per_year, before.contract_total, before.option_period_total)
    assert [(m.target, m.kind, m.ground) for m in loaded.secrecy.marks] == \
        [("c1", SecretKind.UNIT_PRICE, ground)]


def test_marks_on_both_rows_become_one():
    ground = "19 kap. 3 § OSL"
    memo = _memo_with(_two_rows(), [
        SecrecyMark(kind=SecretKind.UNIT_PRICE, target="c1", ground=ground),
        SecrecyMark(kind=SecretKind.UNIT_PRICE, target="o1", ground=ground),
        SecrecyMark(kind=SecretKind.VOLUME, target="o1", ground=ground),
    ])
    loaded = _load(_v5_document(memo))
    assert len(loaded.options[0].cost_lines) == 1
    assert sorted((m.target, m.kind.value) for m in loaded.secrecy.marks) == \
        [("c1", "unit_price"), ("c1", "volume")]


@pytest.mark.parametrize("change", [
    "restarted_index", "other_price", "gap_year", "two_contract_rows", "other_ground",
])
def test_ambiguous_pairs_stay_as_they_were(change):
    contract, option = _two_rows()
    lines = [contract, option]
    marks = []
    if change == "restarted_index":  # the option row's index starts again at 2028
        option.index_base_year = None
    elif change == "other_price":
        option.unit_price = D("43000")
    elif change == "gap_year":
        option.first_year = 2029
        option.last_year = 2030
    elif change == "two_contract_rows":
        lines.append(dataclasses.replace(contract, id="c2"))
    elif change == "other_ground":
        marks = [SecrecyMark(kind=SecretKind.UNIT_PRICE, target="c1", ground="31 kap. 16 § OSL"),
                 SecrecyMark(kind=SecretKind.UNIT_PRICE, target="o1", ground="19 kap. 3 § OSL")]
    memo = _memo_with(lines, marks)
    loaded = _load(_v5_document(memo))
    assert [ln.id for ln in loaded.options[0].cost_lines] == [ln.id for ln in lines]
    assert all(ln.option_from_year == 0 for ln in loaded.options[0].cost_lines)
    assert [m.target for m in loaded.secrecy.marks] == [m.target for m in marks]


def test_odd_v5_shapes_do_not_raise_in_the_part():
    from memo_builder.files.schema_v6 import cost_option_years_in_one_row

    odd = [
        {"options": "fel"},
        {"options": [None, {"cost_lines": "x"}, {"cost_lines": [1, None, {}]}]},
        {"options": [{"cost_lines": [
            {"id": "a", "first_year": 2026, "last_year": 2027, "volume": [1]},
            {"id": "b", "first_year": 2028, "last_year": 2029, "option_period": True,
             "volume": [1]}]}],
         "secrecy": {"marks": [{"target": ["b"]}, "x", {"target": "b", "ground": {}}]}},
        {"options": [{"cost_lines": [
            {"id": "a", "first_year": 2026, "last_year": 2027},
            {"id": "b", "first_year": 2028, "last_year": 2029, "option_period": True}]}],
         "secrecy": {"marks": [{"target": ["b"]}, "x", {"target": "b", "ground": ["x"]}]}},
    ]
    for body in odd:
        cost_option_years_in_one_row(copy.deepcopy(body))
    merged = cost_option_years_in_one_row(copy.deepcopy(odd[3]))
    assert [ln["id"] for ln in merged["options"][0]["cost_lines"]] == ["a"]
    assert merged["secrecy"]["marks"][2]["target"] == "a"


def test_the_memo_table_says_where_the_option_starts():
    from memo_builder.render.context import _line_label

    label, detail = _line_label(option_costs(Option(cost_lines=[_one_row()])).lines[0], True,
                                frozenset(), "")
    assert "option från 2028" in detail


def test_the_workbook_splits_one_rows_contract_and_option_years(tmp_path):
    """LibreOffice recalculates the workbook's contract and option sums to the memo's."""
    from tests.excel.test_export_costs import check_workbooks
    from tests.helpers import missing_tool, soffice

    if soffice() is None:
        missing_tool("LibreOffice (soffice) behövs för detta test")
    plain = CostLine(description="Licenser", volume=D("1200"), unit_price=D("96"),
                     first_year=2027, last_year=2031, option_from_year=2030,
                     index_percent=D("2"), index_base_year=2026)
    memos = [_memo_with([_one_row(), plain]),
             _memo_with([_one_row(option_from_year=2026), _one_row(option_period=True)])]
    check_workbooks(memos, tmp_path)
