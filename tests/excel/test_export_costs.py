"""The cost workbook: LibreOffice recalculates it to the memo's totals, to the öre.

The workbook holds formulas and no cached results (checked below), and LibreOffice runs with
"always recalculate on load", so every figure read back was computed by the spreadsheet.
"""

from __future__ import annotations

import os
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from memo_builder.analysis.revision import Analysis
from memo_builder.model.memo import CostCategory, CostLine, Memo, Option, Recurrence
from memo_builder.publish.workbook import COL, FIRST_LINE_ROW, export_costs
from tests.helpers import example_memo, in_ci, recalculate_many, recalculate_xlsx, soffice

needs_lo = pytest.mark.skipif(
    soffice() is None and not in_ci(),  # in CI the test runs and fails without it
    reason="LibreOffice (libreoffice-calc-nogui) behövs för detta test",
)

FIELDS = {
    "total": "total", "contract": "contract_total", "option_period": "option_period_total",
    "one_off": "one_off_total", "recurring": "recurring_total", "internal": "internal_total",
    "external": "external_total", "difference": "difference_to_baseline",
}


def _cents(value) -> int:
    return int((Decimal(str(value)) * 100).to_integral_value())


def assert_strictly_valid(path: Path) -> None:
    """ECMA-376 as openxml-audit checks it: what Excel checks before it offers to repair."""
    from openxml_audit import OpenXmlValidator

    result = OpenXmlValidator(max_errors=20).validate(str(path))
    assert result.is_valid, [str(e) for e in result.errors]


def check_workbooks(memos: list[Memo], tmp_path: Path) -> None:
    """Export each memo, check it is a valid package, recalculate all in LibreOffice, compare
    every figure."""
    exported = []
    for k, memo in enumerate(memos):
        analysis = Analysis(memo)
        book = export_costs(analysis)
        path = tmp_path / f"m{k}.xlsx"
        path.write_bytes(book.data)
        assert_strictly_valid(path)
        exported.append((path, analysis, book))
    recalculated = recalculate_many([path for path, _a, _b in exported], tmp_path / "ods")
    for (path, analysis, book), values in zip(exported, recalculated, strict=True):
        for costs in analysis.costs:
            refs = book.cells[costs.option.id]
            for key, attr in FIELDS.items():
                expected = getattr(costs, attr)
                if expected is None:
                    assert key not in refs
                    continue
                sheet, ref = refs[key]
                got = values[sheet].get(ref, 0.0)
                assert _cents(got) == _cents(expected), (path.name, sheet, ref, key, got, expected)
            for year, amount in costs.per_year.items():
                sheet, ref = refs[("year", year)]
                assert _cents(values[sheet].get(ref, 0.0)) == _cents(amount), (sheet, ref, year)
        # the summary sheet shows the same totals
        summary = values["Sammanfattning"]
        for i, costs in enumerate(analysis.costs):
            assert _cents(summary[f"D{6 + i}"]) == _cents(costs.total)


def test_the_workbook_holds_formulas_and_no_cached_values():
    book = export_costs(Analysis(example_memo()))
    with zipfile.ZipFile(__import__("io").BytesIO(book.data)) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        xml = "".join(z.read(n).decode("utf-8") for n in sheets)
        workbook = z.read("xl/workbook.xml").decode("utf-8")
    assert xml.count("<f>") > 100
    assert not re.search(r"</f><v>[^<]", xml)  # no cached result next to any formula
    assert 'fullCalcOnLoad="1"' in workbook
    wb = openpyxl.load_workbook(__import__("io").BytesIO(book.data))
    assert wb.sheetnames[:2] == ["Sammanfattning", "Antaganden"]
    assert wb.sheetnames[2:] == ["Alt 1", "Alt 2", "Alt 3"]
    ws = wb["Alt 1"]
    assert ws.cell(FIRST_LINE_ROW, COL["volume"]).value == 45000  # an input, not a formula
    assert str(ws.cell(FIRST_LINE_ROW, COL["counts"] + 1).value).startswith("=IF(")
    assert "ROUND(" in str(ws.cell(FIRST_LINE_ROW, COL["counts"] + 1).value)


def test_the_workbook_is_a_valid_package_without_openpyxl_quirks(tmp_path):
    path = tmp_path / "k.xlsx"
    path.write_bytes(export_costs(Analysis(example_memo())).data)
    assert_strictly_valid(path)
    with zipfile.ZipFile(path) as z:
        assert "xl/sharedStrings.xml" in z.namelist()
        assert b'inlineStr' not in b"".join(z.read(n) for n in z.namelist())


def test_user_text_is_never_a_formula():
    memo = Memo(options=[Option(title="=1+1", cost_lines=[
        CostLine(description='=HYPERLINK("http://x","y")', unit_price=Decimal(1),
                 first_year=2020, last_year=2020)])])
    wb = openpyxl.load_workbook(__import__("io").BytesIO(export_costs(Analysis(memo)).data))
    cell = wb["Alt 1"].cell(FIRST_LINE_ROW, COL["description"])
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")


@needs_lo
def test_libreoffice_recalculates_the_example_to_the_memo_totals(tmp_path):
    # With the half-öre memo below in the same LibreOffice start (each start takes seconds).
    check_workbooks([example_memo(), half_ore_memo()], tmp_path)


@needs_lo
def test_changing_an_input_changes_the_result(tmp_path):
    """The figures are live: double the first line's volume and its amounts double."""
    memo = example_memo()
    analysis = Analysis(memo)
    book = export_costs(analysis)
    wb = openpyxl.load_workbook(__import__("io").BytesIO(book.data))
    ws = wb["Alt 1"]
    ws.cell(FIRST_LINE_ROW, COL["volume"]).value *= 2
    path = tmp_path / "changed.xlsx"
    wb.save(path)
    values = recalculate_xlsx(path, tmp_path)
    first = analysis.costs[0].lines[0]
    sheet, ref = book.cells[memo.options[0].id]["total"]
    expected = analysis.costs[0].total + first.total  # volume × 2: the line once more
    assert abs(values[sheet][ref] - float(expected)) < 1  # (öre rounding per year may differ)
    assert _cents(values[sheet][ref]) != _cents(analysis.costs[0].total)


money = st.decimals(min_value=Decimal("0"), max_value=Decimal("250000"), places=2)
volumes = st.one_of(st.integers(0, 60000).map(Decimal),
                    st.decimals(min_value=Decimal("0"), max_value=Decimal("2000"), places=1))


@st.composite
def lines(draw) -> CostLine:
    first = draw(st.integers(2016, 2026))
    foreign = draw(st.booleans())
    category = draw(st.sampled_from(list(CostCategory)))
    return CostLine(
        category=category,
        description=draw(st.text(max_size=12)),
        volume=draw(volumes),
        unit_price=draw(money),
        recurrence=draw(st.sampled_from(list(Recurrence))),
        internal=draw(st.booleans()),
        first_year=first,
        last_year=first + draw(st.integers(-1, 5)),
        index_percent=draw(st.one_of(st.just(Decimal(0)),
                                     st.decimals(min_value=Decimal("-5"), max_value=Decimal("8"),
                                                 places=2))),
        index_base_year=draw(st.one_of(st.none(), st.integers(first - 3, first + 2))),
        currency=draw(st.sampled_from(["EUR", "USD"])) if foreign else "SEK",
        exchange_rate=draw(st.one_of(
            st.none(), st.decimals(min_value=Decimal("0.5"), max_value=Decimal("15"), places=4)))
        if foreign else None,
        option_period=draw(st.booleans()),
        # option years inside one line (and before, at and after its years)
        option_from_year=draw(st.one_of(st.just(0), st.integers(first - 1, first + 6))),
        estimate=draw(st.booleans()),
    )


@st.composite
def generated_memos(draw) -> Memo:
    options = [Option(title=draw(st.text(max_size=15)), cost_lines=draw(st.lists(lines(), max_size=6)))
               for _ in range(draw(st.integers(1, 4)))]
    memo = Memo(options=options)
    if draw(st.booleans()):
        memo.baseline_option_id = draw(st.sampled_from(options)).id
    return memo


@needs_lo
@settings(max_examples=int(os.environ.get("MEMO_XLSX_EXAMPLES", "2")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(st.lists(generated_memos(), min_size=8, max_size=8))
def test_libreoffice_recalculates_generated_memos_to_their_totals(tmp_path_factory, memos):
    # Eight memos per LibreOffice start: each start costs seconds, the comparison is instant.
    check_workbooks(memos, tmp_path_factory.mktemp("gen"))


def test_the_workbook_names_no_user_machine_or_path():
    import getpass
    import io
    import socket

    memo = example_memo()
    with zipfile.ZipFile(io.BytesIO(export_costs(Analysis(memo)).data)) as z:
        text = b"".join(z.read(n) for n in z.namelist()).decode("utf-8", "replace")
    for secret in {getpass.getuser(), socket.gethostname(), str(Path.home())} - {""}:
        assert secret not in text, secret
    assert ">Memo Builder</dc:creator>" in text


def half_ore_memo() -> Memo:
    """Amounts that land exactly on half an öre, where binary floating point sits just below
    or above the half: the spreadsheet must round them away from zero as the model does."""
    cases = [("3", "0.335"), ("1.5", "0.33"), ("1", "2.675"), ("1", "1234567.125"),
             ("7", "0.145"), ("1", "1.015"), ("45000", "0.000011"), ("1", "8.345")]
    lines = [CostLine(volume=Decimal(v), unit_price=Decimal(p), first_year=2020, last_year=2022,
                      index_percent=Decimal("0") if k % 2 else Decimal("2.5"),
                      index_base_year=2020)
             for k, (v, p) in enumerate(cases)]
    lines.append(CostLine(category=CostCategory.CREDIT, volume=Decimal(1),
                          unit_price=Decimal("-0.005"), first_year=2020, last_year=2020))
    lines.append(CostLine(volume=Decimal(2), unit_price=Decimal("1.0025"), currency="EUR",
                          exchange_rate=Decimal("10.2"), first_year=2021, last_year=2021))
    return Memo(options=[Option(title="Halva ören", cost_lines=lines)])


def test_a_memo_with_confidential_figures_says_the_workbook_is_the_boards_version():
    import io

    memo = example_memo()  # marks the Customer Lockbox price (31 kap. 16 § OSL)
    book = export_costs(Analysis(memo))
    assert book.confidential == ["31 kap. 16 § OSL"]
    wb = openpyxl.load_workbook(io.BytesIO(book.data))
    notice = wb["Sammanfattning"]["A4"].value
    assert "sekretess" in notice and "31 kap. 16 § OSL" in notice and "nämndens version" in notice
    assert wb["Antaganden"]["A3"].value == "Sekretess"
    memo.secrecy.marks.clear()
    book = export_costs(Analysis(memo))
    assert book.confidential == [] and openpyxl.load_workbook(
        io.BytesIO(book.data))["Sammanfattning"]["A4"].value is None


@needs_lo
def test_the_difference_formula_compares_the_same_years(tmp_path):
    """Issue 20: an option without option years against a baseline with one. Total against
    total said 78 - 121 = -43 mkr; over 2026–2028, the years both cover, it is 78 - 90."""
    from tests.model.test_like_with_like import region_2026

    memo = region_2026()
    book = export_costs(Analysis(memo))
    path = tmp_path / "region.xlsx"
    path.write_bytes(book.data)
    values = recalculate_xlsx(path, tmp_path / "ods")
    sheet, ref = book.cells["b"]["difference"]
    assert _cents(values[sheet][ref]) == _cents(Decimal("78000000") - Decimal("90000000"))
    label = values[sheet]["A" + ref[1:]]
    assert "2026–2028" in label
    # The baseline's option year 2029 (31 mkr) is stated beside it, not inside it.
    row = int(ref[1:])
    assert "utanför" in values[sheet][f"A{row + 2}"]
    assert _cents(values[sheet][f"B{row + 2}"]) == _cents(Decimal("31000000"))
    assert _cents(values[sheet].get(f"B{row + 1}", 0)) == 0
    (tmp_path / "all").mkdir()
    check_workbooks([memo], tmp_path / "all")
