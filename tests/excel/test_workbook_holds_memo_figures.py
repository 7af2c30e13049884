"""Every figure the memo's cost comparison gives is a formula in the cost workbook (issue 21):
a controller can point at the cell that computes each number the board reads.

General by construction: the figures are read from the Word memo's own comparison tables
(whatever columns they have), the workbook's formula cells are recalculated by LibreOffice,
and each memo figure must be one of them, rounded as the memo rounds it."""

from __future__ import annotations

import copy
import io
import re
from decimal import Decimal

import docx
import openpyxl
import pytest

from memo_builder.analysis.revision import Analysis
from memo_builder.publish.workbook import export_costs
from memo_builder.render.pipeline import build_docx
from tests.helpers import example_memo, recalculate_xlsx, require_soffice

# The memo's tables of figures over the whole comparison (the difference table is reshaped by
# issue 20's common years and is checked by its own tests).
TABLES = ("Jämförelse av totala kostnader", "Kostnad per år och alternativ")


def _region_memo():
    memo = copy.deepcopy(example_memo())
    memo.case.organisation = "Region Västerbotten"
    memo.assumptions.user_count = 12_500
    for option in memo.options:
        for line in option.cost_lines:
            line.unit_price = line.unit_price * Decimal("0.37")
    return memo


def _number(text: str) -> Decimal | None:
    t = text.replace("\u00a0", "").replace(" ", "").replace("\u2212", "-").replace(",", ".")
    return Decimal(t) if re.fullmatch(r"-?\d+(\.\d+)?", t) else None


def _memo_figures(memo) -> list[tuple[str, Decimal, Decimal]]:
    """(where, figure, unit in kronor) for every number in the comparison tables."""
    out = io.BytesIO()
    build_docx(memo, out)
    document = docx.Document(io.BytesIO(out.getvalue()))
    figures = []
    for table in document.tables:
        caption = table._tbl.tblPr.find(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tblCaption")
        title = caption.get(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val") if caption \
            is not None else ""
        if not title.startswith(TABLES):
            continue
        header = [c.text for c in table.rows[0].cells]
        for row in table.rows[1:]:
            for head, cell in zip(header[1:], row.cells[1:], strict=False):
                value = _number(cell.text)
                if value is None:
                    continue
                unit = Decimal(1) if "(kr)" in head else Decimal(1000)
                figures.append((f"{title} › {row.cells[0].text} › {head}", value, unit))
    return figures


@pytest.mark.parametrize("which", ["example", "region"])
def test_every_comparison_figure_of_the_memo_is_a_formula_in_the_workbook(tmp_path, which):
    require_soffice()
    memo = example_memo() if which == "example" else _region_memo()
    figures = _memo_figures(memo)
    assert len(figures) > 10
    book = export_costs(Analysis(memo))
    path = tmp_path / "costs.xlsx"
    path.write_bytes(book.data)
    formulas = {(ws.title, cell.coordinate)
                for ws in openpyxl.load_workbook(path).worksheets
                for row in ws.iter_rows() for cell in row
                if isinstance(cell.value, str) and cell.value.startswith("=")}
    values = recalculate_xlsx(path, tmp_path / "ods")
    computed = [Decimal(str(values[s][c])) for s, c in formulas
                if isinstance(values.get(s, {}).get(c), float)]
    missing = []
    for where, figure, unit in figures:
        if not any((v / unit).quantize(Decimal(1), rounding="ROUND_HALF_UP") == figure
                   for v in computed):
            missing.append(f"{where}: {figure}")
    assert not missing, missing


@pytest.mark.parametrize("which", ["example", "region"])
def test_every_average_per_year_the_memo_gives_is_a_formula_in_the_workbook(tmp_path, which):
    # Where the options' periods differ the memo gives each option's average per year (page
    # one and the comparison); a controller finds each as a formula on the option's sheet.
    from memo_builder.model.costs import annual_average

    require_soffice()
    memo = example_memo() if which == "example" else _region_memo()
    analysis = Analysis(memo)
    book = export_costs(analysis)
    path = tmp_path / "costs.xlsx"
    path.write_bytes(book.data)
    sheets = {ws.title: ws for ws in openpyxl.load_workbook(path).worksheets}
    values = recalculate_xlsx(path, tmp_path / "ods")
    checked = 0
    for i, costs in enumerate(analysis.costs):
        ws = sheets[f"Alt {i + 1}"]
        labels = {cell.value: cell.row for cell in ws["A"] if isinstance(cell.value, str)}
        for contract_only, prefix in ((False, "Genomsnitt per år under 20"),
                                      (True, "Genomsnitt per år under avtalsperioden")):
            average = annual_average(costs, contract_only=contract_only)
            if average is None or (contract_only and not costs.option_years):
                continue
            label = next(k for k in labels if k.startswith(prefix))
            assert swedish_span(average.years) in label, label
            cell = f"B{labels[label]}"
            assert str(ws[cell].value).startswith("="), ws[cell].value
            assert abs(Decimal(str(values[ws.title][cell])) - average.amount) < 1, label
            checked += 1
    assert checked >= 4


def swedish_span(years: list[int]) -> str:
    from memo_builder.model import swedish

    return swedish.year_span(years[0], years[-1])
