"""The cost workbook's looks, on screen and printed: what a controller hands on.

Applied after :func:`memo_builder.publish.workbook.export_costs` has put every value and
formula in place, so the cost model and its layout stay apart. One font (Calibri) everywhere:
a bold ``Font`` without a name fell back to a serif in LibreOffice. Swedish number formats
(space between thousands, decimal comma, whatever the reader's own locale). Columns at least as
wide as their header's longest word, so no header splits mid-word ("Engångsk|ostnad"); text
that wraps gets a row tall enough for it, so it never runs over the row below; printed in
landscape on A4, the header rows and the label column repeated on every page, at a scale a
reader can read instead of every column squeezed onto one page width.
"""

from __future__ import annotations

import math

# Lazy on purpose (pyproject's PLC0415 allow-list, '# noqa: PLC0415' where used):
# openpyxl takes about 100 ms to import; a Word build never needs it.

FONT_NAME = "Calibri"
FONT_SIZE = 11
#: Excel's locale tag for Swedish (LCID 0x41D): the number shows as "1 234,50" for any reader.
SWEDISH = "[$-41D]"
MONEY = SWEDISH + "#,##0.00"
WHOLE = SWEDISH + "#,##0"
GENERAL = SWEDISH + "General"
NUMBER = SWEDISH + "#,##0.####"
PRINT_SCALE = 80  # per cent: an A4 landscape page shows about 12 columns readably
LINE_HEIGHT = 15.0  # points per line of 11 pt Calibri
CHARS_PER_WIDTH = 1.0  # a column width unit is about one character of the default font


def finish(wb, print_titles: dict[str, tuple[str | None, str | None]]) -> None:
    """Format every sheet of ``wb``. ``print_titles``: sheet title -> (rows, columns) repeated
    on every printed page, e.g. ("4:4", "A:A"); the rows' first is the header row."""
    for ws in wb.worksheets:
        rows, _cols = print_titles.get(ws.title, (None, None))
        _one_font(ws)
        _swedish_numbers(ws)
        _headers_fit(ws)
        if rows:
            _texts_fit(ws, int(rows.split(":")[0]) + 1)
        _rows_fit(ws)
        _print_setup(ws, *print_titles.get(ws.title, (None, None)))


def _one_font(ws) -> None:
    from openpyxl.styles import Font  # noqa: PLC0415

    for row in ws.iter_rows():
        for cell in row:
            f = cell.font
            if f is not None and f.name == FONT_NAME and (f.sz or FONT_SIZE) >= 1:
                continue
            cell.font = Font(name=FONT_NAME, size=f.sz if f is not None and f.sz else FONT_SIZE,
                             bold=bool(f.b) if f is not None else False,
                             italic=bool(f.i) if f is not None else False,
                             color=f.color if f is not None else None)


def _swedish_numbers(ws) -> None:
    for row in ws.iter_rows():
        for cell in row:
            fmt = cell.number_format or "General"
            if fmt.startswith(SWEDISH):
                continue
            if fmt == "#,##0.00":
                cell.number_format = MONEY
            elif fmt == "#,##0":
                cell.number_format = WHOLE
            elif fmt == "General" and isinstance(cell.value, int | float) \
                    and not isinstance(cell.value, bool):
                # Inputs: volumes with a thousands space, rates and indexes with a comma; a
                # year (1900–2200 in a year column) stays 2018.
                cell.number_format = GENERAL if _is_year(cell.value) else NUMBER


def _is_year(value) -> bool:
    return isinstance(value, int) and 1900 <= value <= 2200


def _width(ws, col: int) -> float:
    from openpyxl.utils import get_column_letter  # noqa: PLC0415

    return ws.column_dimensions[get_column_letter(col)].width or 8.43


def _headers_fit(ws) -> None:
    """A wrapped bold header never splits a word: its column is as wide as the longest word."""
    from openpyxl.utils import get_column_letter  # noqa: PLC0415

    for row in ws.iter_rows():
        for cell in row:
            if not isinstance(cell.value, str) or not cell.font or not cell.font.b:
                continue
            if not (cell.alignment and cell.alignment.wrap_text):
                continue
            longest = max((len(w) for w in cell.value.split()), default=0)
            need = longest * 1.15 + 2
            if _width(ws, cell.column) < need:
                ws.column_dimensions[get_column_letter(cell.column)].width = need


def _rows_fit(ws) -> None:
    """A row holding wrapped text is as tall as its longest cell's lines."""
    for row in ws.iter_rows():
        lines = 1
        for cell in row:
            if not isinstance(cell.value, str) or cell.value.startswith("="):
                continue
            if not (cell.alignment and cell.alignment.wrap_text):
                continue
            per_line = max(int(_width(ws, cell.column) * CHARS_PER_WIDTH) - 1, 8)
            need = sum(max(math.ceil(len(part) / per_line), 1) for part in cell.value.split("\n"))
            lines = max(lines, need)
        if lines > 1:
            r = row[0].row
            current = ws.row_dimensions[r].height or 0
            ws.row_dimensions[r].height = max(current, lines * LINE_HEIGHT + 3)
            for cell in row:  # a label beside wrapped text stands at its first line
                _align_top(cell)


def _align_top(cell) -> None:
    from openpyxl.styles import Alignment  # noqa: PLC0415

    a = cell.alignment
    if a is None or a.vertical != "top":
        cell.alignment = Alignment(horizontal=a.horizontal if a else None, vertical="top",
                                   wrap_text=a.wrap_text if a else None)


def _texts_fit(ws, from_row: int) -> None:
    """A text column (unit, currency, category) as wide as its longest plain text below the
    header row, up to 40 characters ("årsarbetskraft" was cut off)."""
    from openpyxl.utils import get_column_letter  # noqa: PLC0415

    widest: dict[int, int] = {}
    for row in ws.iter_rows(min_row=from_row):
        for cell in row:
            if not isinstance(cell.value, str) or cell.value.startswith("="):
                continue
            if (cell.font and cell.font.b) or (cell.alignment and cell.alignment.wrap_text):
                continue
            widest[cell.column] = max(widest.get(cell.column, 0), len(cell.value))
    for col, chars in widest.items():
        need = min(chars * 1.1 + 2, 40)
        if _width(ws, col) < need:
            ws.column_dimensions[get_column_letter(col)].width = need


def _print_setup(ws, rows: str | None, cols: str | None) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.page_setup.scale = PRINT_SCALE
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    if rows:
        ws.print_title_rows = rows
    if cols:
        ws.print_title_cols = cols
    ws.oddFooter.center.text = "&A – sida &P av &N"
