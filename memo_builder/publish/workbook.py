"""The cost model as an Excel workbook with live formulas, for the finance function to audit.

One sheet per option holds every cost line's inputs (volume, unit price, currency and rate,
index and base year, years, flags) and a formula per year that reproduces
``model/costs.py`` exactly: ``ROUND(volume × price × (1 + index/100)^(year − base year) × rate;
2)`` (ROUND rounds half away from zero, as the model's ROUND_HALF_UP does), credits negative
whatever the sign, and the same guards (a line without a usable rate, year or index counts
nothing). Sums, the contract/option, one-off/recurring and internal/external splits and the
difference to the baseline are formulas over those cells; a summary sheet and an assumptions
sheet refer to them. No value is pasted: the file holds formulas without cached results and
asks for a full calculation on load, so what the reader sees is what the spreadsheet computed.

Qt-free; the CLI (``memo-builder export-costs``) and the GUI are clients of :func:`export_costs`.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal

from lxml import etree

from memo_builder.analysis.revision import Analysis
from memo_builder.model import swedish
from memo_builder.model.costs import MAX_YEAR, MIN_YEAR, annual_average, index_base, is_foreign
from memo_builder.model.memo import COST_CATEGORY_LABELS, CostCategory, Memo, Recurrence
from memo_builder.model.secrecy import marks_for
from memo_builder.model.text import clean_text
from memo_builder.publish.workbook_format import finish

# Lazy on purpose (pyproject's PLC0415 allow-list, '# noqa: PLC0415' where used):
# openpyxl takes about 100 ms to import; a Word build never needs it.

MONEY = "#,##0.00"
HEADER_ROW = 4
FIRST_LINE_ROW = 5
# Input columns, in order: (key, heading, width).
INPUTS = (
    ("description", "Beskrivning", 42),
    ("category", "Kategori", 18),
    ("volume", "Volym", 11),
    ("unit", "Enhet", 12),
    ("price", "Styckpris", 14),
    ("currency", "Valuta", 8),
    ("rate", "Växelkurs (kr per enhet)", 12),
    ("index", "Index % per år", 10),
    ("base", "Basår för index", 10),
    ("first", "Från år", 9),
    ("last", "Till år", 9),
    ("one_off", "Engångskostnad", 10),
    ("internal", "Intern", 8),
    ("option", "Option/förlängning", 11),
    ("option_from", "Option från år", 9),
    ("credit", "Kreditering", 10),
    ("estimate", "Uppskattning", 11),
    ("counts", "Räknas (1 = ja)", 10),
)
COL = {key: i + 1 for i, (key, _h, _w) in enumerate(INPUTS)}
FIRST_YEAR_COL = len(INPUTS) + 1


@dataclass
class CostWorkbook:
    """The workbook's bytes and where each option's figures are (sheet, cell), for tests and
    for anyone who wants to point at a cell."""

    data: bytes
    #: option id -> {"total", "contract", "option_period", "one_off", "recurring", "internal",
    #: "external", "difference", and ("year", 2019) ...} -> (sheet title, "A1" reference)
    cells: dict[str, dict[object, tuple[str, str]]] = field(default_factory=dict)
    #: The grounds (OSL provisions) of the memo's confidential cost marks; empty: none.
    confidential: list[str] = field(default_factory=list)


def confidential_grounds(memo: Memo) -> list[str]:
    """The grounds of every confidential mark on a cost line or an option's costs."""

    w = marks_for(memo)
    grounds = list(dict.fromkeys([*w.lines.values(), *w.options.values()]))
    return grounds


def _mark_confidential(ws, marked, oi: int, n: int, total_col: int) -> None:
    """Every confidential cell of option ``oi``'s lines: red, with a note that the row is the
    board's only (the same resolved marks the public version withholds from)."""
    from openpyxl.styles import PatternFill  # noqa: PLC0415

    red = PatternFill("solid", fgColor="FFC7CE")
    for li in range(n):
        ground = marked.lines.get((oi, li))
        if ground is None:
            continue
        parts = marked.line_parts.get((oi, li), frozenset())
        r = FIRST_LINE_ROW + li
        columns = [COL["price"]] if "unit_price" in parts else []
        columns += [COL["volume"]] if "volume" in parts else []
        columns += list(range(FIRST_YEAR_COL, total_col + 1))  # the line's amounts
        for col in columns:
            ws.cell(row=r, column=col).fill = red
        ws.cell(row=r, column=COL["description"]).fill = red
        note = _put_text(ws, r, total_col + 1, f"Sekretess enligt {ground}: bara i nämndens "
                         "version")
        note.fill = red


def _letter(col: int) -> str:
    from openpyxl.utils import get_column_letter  # noqa: PLC0415

    return get_column_letter(col)


def _text(value: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # noqa: PLC0415


    # clean_text: lone surrogates and non-characters too (a program's memo is not cleaned).
    return ILLEGAL_CHARACTERS_RE.sub("", clean_text(value or ""))


def _put_text(ws, row: int, col: int, value: str):
    """User text as text, never as a formula (a description may start with "=")."""
    cell = ws.cell(row=row, column=col)
    cell.value = _text(value)
    cell.data_type = "s"
    return cell


def _num(value: Decimal | int | None):
    """A model number as the spreadsheet's number (exact decimal text -> float)."""
    if value is None:
        return None
    if isinstance(value, int):
        return value
    return int(value) if value == value.to_integral_value() and abs(value) < 10**15 else float(value)


def _yes(flag: bool) -> str:
    return "Ja" if flag else "Nej"


def export_costs(analysis: Analysis) -> CostWorkbook:
    """Build the workbook in memory from the revision's one computed view (its memo).

    Every figure of the memo is in it, confidential ones too: it is the board's version. When
    the memo marks cost figures as confidential (OSL), both the summary and the assumptions
    sheet say so, with the grounds, and ``CostWorkbook.confidential`` lists them; a workbook
    for the public (formulas over withheld inputs cannot stay live) is not made here."""
    from openpyxl import Workbook  # noqa: PLC0415
    from openpyxl.styles import Alignment, Font  # noqa: PLC0415

    memo = analysis.memo
    all_costs = analysis.costs
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    wb = Workbook()
    summary = wb.active
    summary.title = "Sammanfattning"
    assumptions = wb.create_sheet("Antaganden")
    years_all = sorted({y for c in all_costs for y in c.years})
    years = list(range(years_all[0], years_all[-1] + 1)) if years_all else []
    result = CostWorkbook(b"")
    result.confidential = confidential_grounds(memo)

    marked = marks_for(memo) if memo.secrecy.marks else None  # the lines the marks reach
    secrecy_notice = (
        "Sekretess: arbetsboken innehåller uppgifter som är markerade som sekretess ("
        + ", ".join(result.confidential) + "). Den är nämndens version med alla belopp; lämna "
        "inte ut den utan sekretessprövning." if result.confidential else "")
    sheet_names = [f"Alt {i}" for i in range(1, len(all_costs) + 1)]
    total_col = FIRST_YEAR_COL + len(years)
    layout: list[dict[str, int]] = []

    # -- one sheet per option ----------------------------------------------------------------
    for i, costs in enumerate(all_costs):
        option = costs.option
        ws = wb.create_sheet(sheet_names[i])
        marks = []
        if memo.is_recommended(option):
            marks.append("förvaltningens förslag")
        if memo.is_baseline(option):
            marks.append("jämförelsebas")
        _put_text(ws, 1, 1, f"Alternativ {i + 1}: {option.title}").font = Font(bold=True, size=13)
        _put_text(ws, 2, 1, ", ".join(marks).capitalize() if marks else "")
        _put_text(ws, 3, 1, "Belopp i kronor. Gula kolumner är indata; år, summor och "
                  "fördelningar är formler (se bladet Antaganden).")
        for col, (_key, heading, width) in enumerate(INPUTS, start=1):
            cell = _put_text(ws, HEADER_ROW, col, heading)
            cell.font, cell.alignment = bold, wrap
            ws.column_dimensions[_letter(col)].width = width
        for k, year in enumerate(years):
            cell = ws.cell(row=HEADER_ROW, column=FIRST_YEAR_COL + k, value=year)
            cell.font = bold
            ws.column_dimensions[_letter(FIRST_YEAR_COL + k)].width = 15
        _put_text(ws, HEADER_ROW, total_col, "Summa").font = bold
        ws.column_dimensions[_letter(total_col)].width = 17
        n = len(costs.lines)
        first, last = FIRST_LINE_ROW, FIRST_LINE_ROW + max(n, 1) - 1
        for r, lc in enumerate(costs.lines, start=FIRST_LINE_ROW):
            line = lc.line
            foreign = is_foreign(line)
            rate = line.exchange_rate if foreign else Decimal(1)
            _put_text(ws, r, COL["description"], line.description)
            _put_text(ws, r, COL["category"], COST_CATEGORY_LABELS[line.category])
            ws.cell(row=r, column=COL["volume"], value=_num(line.volume))
            _put_text(ws, r, COL["unit"], line.volume_unit)
            ws.cell(row=r, column=COL["price"], value=_num(line.unit_price)).number_format = MONEY
            _put_text(ws, r, COL["currency"], (line.currency or "SEK").strip().upper() or "SEK")
            ws.cell(row=r, column=COL["rate"], value=_num(rate))
            ws.cell(row=r, column=COL["index"], value=_num(line.index_percent))
            ws.cell(row=r, column=COL["base"], value=index_base(line))
            ws.cell(row=r, column=COL["first"], value=line.first_year)
            ws.cell(row=r, column=COL["last"], value=line.last_year)
            _put_text(ws, r, COL["one_off"], _yes(line.recurrence is Recurrence.ONE_OFF))
            _put_text(ws, r, COL["internal"], _yes(line.internal))
            _put_text(ws, r, COL["option"], _yes(line.option_period))
            ws.cell(row=r, column=COL["option_from"], value=line.option_from_year or None)
            _put_text(ws, r, COL["credit"], _yes(line.category is CostCategory.CREDIT))
            _put_text(ws, r, COL["estimate"], _yes(line.estimate))
            c = {key: f"${_letter(col)}{r}" for key, col in COL.items()}
            # The model's guards (model/costs.py line_years, line_rate, index_base, growth).
            ws.cell(row=r, column=COL["counts"], value=(
                f"=IF(AND({c['first']}>={MIN_YEAR},{c['first']}<={MAX_YEAR},"
                f"OR({c['one_off']}=\"Ja\",AND({c['last']}>={c['first']},{c['last']}<={MAX_YEAR})),"
                f"{c['base']}>={MIN_YEAR},{c['base']}<={MAX_YEAR},{c['rate']}>0,"
                f"1+{c['index']}/100>0),1,0)"
            ))
            for k in range(len(years)):
                ycell = f"{_letter(FIRST_YEAR_COL + k)}${HEADER_ROW}"
                amount = (f"ROUND({c['volume']}*{c['price']}*(1+{c['index']}/100)^({ycell}-"
                          f"{c['base']})*{c['rate']},2)")
                ws.cell(row=r, column=FIRST_YEAR_COL + k, value=(
                    f"=IF(AND({c['counts']}=1,{ycell}>={c['first']},"
                    f"{ycell}<=IF({c['one_off']}=\"Ja\",{c['first']},{c['last']})),"
                    f"IF({c['credit']}=\"Ja\",-ABS({amount}),{amount}),0)"
                )).number_format = MONEY
            ws.cell(row=r, column=total_col, value=(
                f"=SUM({_letter(FIRST_YEAR_COL)}{r}:{_letter(total_col - 1)}{r})"
                if years else 0)).number_format = MONEY
        for r in range(FIRST_LINE_ROW, FIRST_LINE_ROW + n):
            for key in ("volume", "unit", "price", "currency", "rate", "index", "base", "first",
                        "last", "one_off", "internal", "option", "option_from", "credit"):
                from openpyxl.styles import PatternFill  # noqa: PLC0415

                ws.cell(row=r, column=COL[key]).fill = PatternFill("solid", fgColor="FFF8DC")
        if marked is not None:
            _mark_confidential(ws, marked, i, n, total_col)
        # sums per year
        rows = {"contract": last + 2, "option_period": last + 3, "total": last + 4}
        labels = {"contract": "Summa avtalsperiod", "option_period": "Summa option/förlängning",
                  "total": "Totalt inklusive option"}
        opt = f"${_letter(COL['option'])}${first}:${_letter(COL['option'])}${last}"
        opt_from = (f"${_letter(COL['option_from'])}${first}:"
                    f"${_letter(COL['option_from'])}${last}")
        for key, row in rows.items():
            _put_text(ws, row, 1, labels[key]).font = bold
            for k in range(len(years) + 1):
                col = FIRST_YEAR_COL + k
                rng = f"{_letter(col)}{first}:{_letter(col)}{last}"
                if n == 0:
                    formula = 0
                elif key == "total" or k == len(years):
                    # The Summa column: the row's years added (the split is per year).
                    formula = (f"=SUM({rng})" if key == "total" else
                               f"=SUM({_letter(FIRST_YEAR_COL)}{row}:{_letter(col - 1)}{row})"
                               if years else 0)
                else:
                    # A year is an option year of a line when the whole line is an option or
                    # the year is on or after the line's "Option från år" (model/costs.py).
                    ycell = f"{_letter(col)}${HEADER_ROW}"
                    is_option = f'((({opt}="Ja")+({opt_from}>0)*({opt_from}<={ycell}))>0)'
                    share = is_option if key == "option_period" else f"(1-{is_option})"
                    formula = f"=SUMPRODUCT({rng}*{share})"
                cell = ws.cell(row=row, column=col, value=formula)
                cell.number_format = MONEY
                if key == "total":
                    cell.font = bold
        # the splits, as the memo states them
        tot = f"${_letter(total_col)}"
        total_ref = f"{tot}${rows['total']}"
        split_row = rows["total"] + 2
        _put_text(ws, split_row, 1, "Fördelning (kronor, hela perioden inklusive option)").font = bold
        line_totals = f"{tot}${first}:{tot}${last}"
        one_off = f"${_letter(COL['one_off'])}${first}:${_letter(COL['one_off'])}${last}"
        internal = f"${_letter(COL['internal'])}${first}:${_letter(COL['internal'])}${last}"
        splits = [
            ("contract", "Avtalsperioden", f"={tot}${rows['contract']}"),
            ("option_period", "Optioner och förlängningar", f"={tot}${rows['option_period']}"),
            ("total_copy", "Totalt inklusive option", f"={total_ref}"),
            ("one_off", "Engångskostnader", f'=SUMIF({one_off},"Ja",{line_totals})' if n else 0),
            ("recurring", "Löpande kostnader", None),
            ("internal", "Interna kostnader", f'=SUMIF({internal},"Ja",{line_totals})' if n else 0),
            ("external", "Externa kostnader", None),
            ("difference", "Skillnad mot jämförelsebasen", None),
            ("outside_option", "Alternativets kostnad utanför de gemensamma åren", None),
            ("outside_baseline", "Jämförelsebasens kostnad utanför de gemensamma åren", None),
            ("per_user_year", "Kostnad per användare och år", None),
        ]
        # The averages per year the memo gives where the options' periods differ (page one and
        # the comparison): each over the option's own years, as model/costs.annual_average.
        whole = annual_average(costs)
        contract_avg = annual_average(costs, contract_only=True)
        if whole is not None:
            splits.append(("average", "Genomsnitt per år under "
                           f"{swedish.year_span(whole.years[0], whole.years[-1])}"
                           + (", inklusive option" if costs.option_years else ""),
                           f"=ROUND(B{{total_copy}}/{len(whole.years)},0)"))
        if contract_avg is not None and costs.option_years:
            splits.append(("contract_average", "Genomsnitt per år under avtalsperioden "
                           f"{swedish.year_span(contract_avg.years[0], contract_avg.years[-1])}",
                           f"=ROUND(B{{contract}}/{len(contract_avg.years)},0)"))
        where: dict[str, int] = {}
        for k, (key, _label, _formula) in enumerate(splits, start=1):
            where[key] = split_row + k
        for key, label, formula in splits:
            row = where[key]
            if key == "recurring":
                formula = f"=B{where['total_copy']}-B{where['one_off']}"
            elif key == "external":
                formula = f"=B{where['total_copy']}-B{where['internal']}"
            elif key in ("difference", "outside_option", "outside_baseline", "per_user_year"):
                formula = None  # filled once every sheet's layout is known
            elif key in ("average", "contract_average"):
                formula = formula.format(total_copy=where["total_copy"], contract=where["contract"])
            _put_text(ws, row, 1, label)
            cell = ws.cell(row=row, column=2, value=formula)
            cell.number_format = MONEY
        ws.column_dimensions["B"].width = max(ws.column_dimensions["B"].width or 0, 18)
        ws.freeze_panes = ws.cell(row=FIRST_LINE_ROW, column=2)
        layout.append({"total_row": rows["total"], "contract_row": rows["contract"],
                       "option_row": rows["option_period"], **{f"s_{k}": v for k, v in where.items()}})
        refs: dict[object, tuple[str, str]] = {
            "total": (ws.title, f"{_letter(total_col)}{rows['total']}"),
            "contract": (ws.title, f"B{where['contract']}"),
            "option_period": (ws.title, f"B{where['option_period']}"),
            "one_off": (ws.title, f"B{where['one_off']}"),
            "recurring": (ws.title, f"B{where['recurring']}"),
            "internal": (ws.title, f"B{where['internal']}"),
            "external": (ws.title, f"B{where['external']}"),
            **{key: (ws.title, f"B{where[key]}") for key in ("average", "contract_average")
               if key in where},
        }
        for k, year in enumerate(years):
            refs[("year", year)] = (ws.title, f"{_letter(FIRST_YEAR_COL + k)}{rows['total']}")
        result.cells[option.id] = refs

    baseline = next((i for i, c in enumerate(all_costs) if memo.is_baseline(c.option)), None)
    for i, costs in enumerate(all_costs):
        ws = wb[sheet_names[i]]
        row = layout[i]["s_difference"]
        if baseline is None:
            for key in ("difference", "outside_option", "outside_baseline"):
                ws.cell(row=layout[i][f"s_{key}"], column=2, value="–")
            continue
        # Like with like: over the years this option and the baseline both cover (the model's
        # compare(), the same years as the memo states), never total against total.
        d = costs.difference
        if d is None or d.amount is None:
            _put_text(ws, row, 1, "Skillnad mot jämförelsebasen (inga gemensamma år)")
            for key in ("difference", "outside_option", "outside_baseline"):
                ws.cell(row=layout[i][f"s_{key}"], column=2, value="–")
            continue
        _put_text(ws, row, 1, "Skillnad mot jämförelsebasen under "
                  f"{swedish.year_span(d.years[0], d.years[-1])}, inklusive option")
        lo = _letter(FIRST_YEAR_COL + years.index(d.years[0]))
        hi = _letter(FIRST_YEAR_COL + years.index(d.years[-1]))
        own = f"SUM({lo}{layout[i]['total_row']}:{hi}{layout[i]['total_row']})"
        base_row = layout[baseline]["total_row"]
        base = f"SUM('{sheet_names[baseline]}'!{lo}{base_row}:{hi}{base_row})"
        ws.cell(row=row, column=2, value=f"={own}-{base}").number_format = MONEY
        result.cells[costs.option.id]["difference"] = (ws.title, f"B{row}")
        # What lies outside the common years is stated beside it, never inside it.
        outside = [FIRST_YEAR_COL + k for k, y in enumerate(years) if y not in d.years]
        for key, sheet, total_row in (
                ("outside_option", "", layout[i]["total_row"]),
                ("outside_baseline", f"'{sheet_names[baseline]}'!", base_row)):
            cells = "+".join(f"{sheet}{_letter(col)}{total_row}" for col in outside)
            ws.cell(row=layout[i][f"s_{key}"], column=2,
                    value=f"={cells}" if cells else 0).number_format = MONEY

    # -- summary --------------------------------------------------------------------------------
    _put_text(summary, 1, 1, f"Kostnadsunderlag: {memo.case.title}").font = Font(bold=True, size=13)
    _put_text(summary, 2, 1, f"Diarienummer {memo.case.diarienummer}" if memo.case.diarienummer
              else "")
    # The notes wrap in the label column, which is printed on every page: run on, they left
    # the page's edge and ran over the repeated column on the next page in LibreOffice.
    _put_text(summary, 3, 1, "Alla belopp i kronor och formler som hämtar från alternativens "
              "blad. Totalt omfattar även option och förlängning.").alignment = wrap
    if secrecy_notice:
        notice = _put_text(summary, 4, 1, secrecy_notice)
        notice.font, notice.alignment = Font(bold=True, color="9C0006"), wrap
    # Each difference is over the years the option and the baseline both cover, and those
    # differ from row to row: the years stand beside it, as in the memo.
    heads = ["Alternativ", "Avtalsperioden", "Option/förlängning", "Totalt inklusive option",
             "Engångskostnader", "Löpande kostnader", "Externa kostnader", "Interna kostnader",
             "Skillnad mot jämförelsebasen (inklusive option)", "Jämförda år (inklusive option)"]
    for col, h in enumerate(heads, start=1):
        cell = _put_text(summary, 5, col, h)
        cell.font, cell.alignment = bold, wrap
        summary.column_dimensions[_letter(col)].width = 46 if col == 1 else 17
    keys = ["contract", "option_period", "total", "one_off", "recurring", "external", "internal",
            "difference"]
    for i, costs in enumerate(all_costs):
        r = 6 + i
        marks = []
        if memo.is_recommended(costs.option):
            marks.append("förslag")
        if memo.is_baseline(costs.option):
            marks.append("jämförelsebas")
        _put_text(summary, r, 1, f"{i + 1}. {costs.option.title}"
                  + (f" ({', '.join(marks)})" if marks else "")).alignment = wrap
        for col, key in enumerate(keys, start=2):
            ref = result.cells[costs.option.id].get(key)
            if ref is None:
                _put_text(summary, r, col, "–")
                continue
            summary.cell(row=r, column=col,
                         value=f"='{ref[0]}'!{ref[1]}").number_format = MONEY
        d = costs.difference if baseline is not None else None
        _put_text(summary, r, len(keys) + 2,
                  swedish.year_span(d.years[0], d.years[-1])
                  if d is not None and d.amount is not None and d.years else "–")
    r0 = 6 + len(all_costs) + 2
    _put_text(summary, r0, 1, "Kostnad per år och alternativ (kronor, inklusive option)").font = bold
    for k, year in enumerate(years):
        summary.cell(row=r0 + 1, column=2 + k, value=year).font = bold
    _put_text(summary, r0 + 1, 2 + len(years), "Totalt").font = bold
    for i, costs in enumerate(all_costs):
        r = r0 + 2 + i
        _put_text(summary, r, 1, f"{i + 1}. {costs.option.title}").alignment = wrap
        for k, year in enumerate(years):
            sheet, ref = result.cells[costs.option.id][("year", year)]
            summary.cell(row=r, column=2 + k, value=f"='{sheet}'!{ref}").number_format = MONEY
        sheet, ref = result.cells[costs.option.id]["total"]
        summary.cell(row=r, column=2 + len(years), value=f"='{sheet}'!{ref}").number_format = MONEY
    summary.freeze_panes = "B6"

    # -- assumptions ------------------------------------------------------------------------------
    a = memo.assumptions
    assumptions.column_dimensions["A"].width = 44
    assumptions.column_dimensions["B"].width = 90
    _put_text(assumptions, 1, 1, "Antaganden och beräkningsregler").font = Font(bold=True, size=13)
    facts = [
        ("Ärende", memo.case.title),
        ("Diarienummer", memo.case.diarienummer),
        ("Antal användare som berörs", a.user_count),
        ("Alla belopp är uppskattningar", _yes(a.figures_are_estimates)),
        ("Antaganden och källor", a.note),
        ("Känslighet, licensvolym (± %)", _num(a.sensitivity_volume_percent)),
        ("Känslighet, index (± procentenheter)", _num(a.sensitivity_index_points)),
        ("Känslighet, växelkurs (± %)", _num(a.sensitivity_exchange_percent)),
    ]
    rates = sorted({((lc.line.currency or "").strip().upper(), lc.line.exchange_rate)
                    for c in all_costs for lc in c.lines
                    if is_foreign(lc.line) and lc.line.exchange_rate is not None})
    for cur, rate in rates:
        facts.append((f"Växelkurs, kronor per {cur}", _num(rate)))
    rules = [
        "Belopp för ett år = AVRUNDA(volym × styckpris × (1 + index/100)^(år − basår) × "
        "växelkurs; 2), det vill säga avrundat till hela ören, halva ören uppåt (bort från noll).",
        "Årliga rader räknas från och med Från år till och med Till år; engångskostnader bara "
        "Från år. Basår för index är det år vars prisnivå styckpriset gäller.",
        "Krediteringar och rabatter räknas alltid som negativa belopp, oavsett tecken.",
        "En rad räknas inte (kolumnen Räknas = 0) när växelkursen saknas eller inte är större än "
        f"noll, när ett år ligger utanför {MIN_YEAR}–{MAX_YEAR} eller när indexet är −100 % "
        "eller lägre. Memot redovisar då felet vid raden.",
        "Summor är summan av de avrundade årsbeloppen; memots tabeller avrundar sedan till "
        "tusental kronor (tkr).",
        "Löpande kostnader = totalt − engångskostnader; externa kostnader = totalt − interna.",
    ]
    if secrecy_notice:
        facts.insert(0, ("Sekretess", secrecy_notice))
    r = 3
    users_row = 3 + [label for label, _v in facts].index("Antal användare som berörs")
    for label, value in facts:
        _put_text(assumptions, r, 1, label).font = bold
        if isinstance(value, str):
            _put_text(assumptions, r, 2, value).alignment = wrap
        else:
            assumptions.cell(row=r, column=2, value=value)
        r += 1
    r += 1
    _put_text(assumptions, r, 1, "Beräkningsregler (samma som i memot)").font = bold
    for rule in rules:
        r += 1
        _put_text(assumptions, r, 2, f"• {rule}").alignment = wrap  # the bullet by its text

    # Cost per user and year, as model/costs.py: total / users / the years from the option's
    # first to its last year with costs (a gap year counts), rounded to the öre.
    users = f"'{assumptions.title}'!$B${users_row}"
    for i, costs in enumerate(all_costs):
        ws = wb[sheet_names[i]]
        n = max(len(costs.lines), 1)
        first, last = FIRST_LINE_ROW, FIRST_LINE_ROW + n - 1

        def rng(key, a=first, b=last):
            return f"${_letter(COL[key])}${a}:${_letter(COL[key])}${b}"

        counts, one_off = f"({rng('counts')}=1)", f"({rng('one_off')}=\"Ja\")"
        end = f"SUMPRODUCT(MAX({counts}*({rng('first')}*{one_off}+{rng('last')}*(1-{one_off}))))"
        start = f"SUMPRODUCT(MIN({rng('first')}+(1-{counts})*100000))"
        row = layout[i]["s_per_user_year"]
        # No cost per user for an option with which the services stop (model/costs.py).
        total = f"B{layout[i]['s_total_copy']}"
        cell = ws.cell(row=row, column=2, value=(
            f"=IF(AND(N({users})>0,SUM({rng('counts')})>0),ROUND({total}/{users}/({end}-{start}+1),2),"
            f"\"–\")" if costs.lines and not costs.option.services_stop else "–"))
        cell.number_format = MONEY
        result.cells[costs.option.id]["per_user_year"] = (ws.title, f"B{row}")
    summary.row_dimensions[5].height = 45
    for name in sheet_names:
        wb[name].row_dimensions[HEADER_ROW].height = 45
    # One font, Swedish number formats, rows and columns that fit, print setup.

    finish(wb, {summary.title: ("5:5", "A:A"), assumptions.title: (None, None),
                **{name: (f"{HEADER_ROW}:{HEADER_ROW}", "A:A") for name in sheet_names}})
    wb.calculation.fullCalcOnLoad = True
    wb.properties.creator = "Memo Builder"
    wb.properties.lastModifiedBy = "Memo Builder"
    wb.properties.title = _text(f"Kostnadsunderlag: {memo.case.title}")[:255]
    buffer = io.BytesIO()
    wb.save(buffer)
    result.data = _strict_package(buffer.getvalue())
    return result


_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
# CT_Font's children in the order ECMA-376 gives them (openpyxl writes name first).
_FONT_ORDER = ("b", "i", "strike", "condense", "extend", "outline", "shadow", "u", "vertAlign",
               "sz", "color", "name", "family", "charset", "scheme")


def _strict_package(data: bytes) -> bytes:
    """openpyxl's package made strictly valid (ECMA-376, as checked by openxml-audit): text in
    a shared-strings table instead of inline strings (which Excel silently rewrites on its
    first save) and font properties in schema order."""


    q = f"{{{_MAIN_NS}}}"
    strings: list[str] = []
    index: dict[str, int] = {}
    src = zipfile.ZipFile(io.BytesIO(data))
    parts: dict[str, bytes] = {}
    for name in src.namelist():
        body = src.read(name)
        if name.startswith("xl/worksheets/") and name.endswith(".xml"):
            root = etree.fromstring(body)
            for cell in root.iter(q + "c"):
                if cell.get("t") != "inlineStr":
                    continue
                inline = cell.find(q + "is")
                text = "".join(inline.itertext()) if inline is not None else ""
                if inline is not None:
                    cell.remove(inline)
                if text not in index:
                    index[text] = len(strings)
                    strings.append(text)
                cell.set("t", "s")
                etree.SubElement(cell, q + "v").text = str(index[text])
            body = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        elif name == "xl/styles.xml":
            root = etree.fromstring(body)
            for font in root.iter(q + "font"):
                children = sorted(font, key=lambda e: _FONT_ORDER.index(etree.QName(e).localname)
                                  if etree.QName(e).localname in _FONT_ORDER else len(_FONT_ORDER))
                for child in children:
                    font.append(child)  # re-appending moves it: the children end up in order
            body = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        parts[name] = body
    if strings:
        sst = etree.Element(q + "sst", nsmap={None: _MAIN_NS})
        total = 0
        for name, body in parts.items():
            if name.startswith("xl/worksheets/"):
                total += body.count(b't="s"')
        sst.set("count", str(total))
        sst.set("uniqueCount", str(len(strings)))
        for text in strings:
            t = etree.SubElement(etree.SubElement(sst, q + "si"), q + "t")
            t.text = text
            if text != text.strip() or "\n" in text:
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        parts["xl/sharedStrings.xml"] = etree.tostring(sst, xml_declaration=True,
                                                       encoding="UTF-8", standalone=True)
        rels = etree.fromstring(parts["xl/_rels/workbook.xml.rels"])
        rel_ns = rels.nsmap[None]
        ids = {r.get("Id") for r in rels}
        rid = next(f"rId{n}" for n in range(1, 10_000) if f"rId{n}" not in ids)
        etree.SubElement(rels, f"{{{rel_ns}}}Relationship", Id=rid, Target="sharedStrings.xml",
                         Type="http://schemas.openxmlformats.org/officeDocument/2006/"
                              "relationships/sharedStrings")
        parts["xl/_rels/workbook.xml.rels"] = etree.tostring(rels, xml_declaration=True,
                                                             encoding="UTF-8", standalone=True)
        types = etree.fromstring(parts["[Content_Types].xml"])
        ct_ns = types.nsmap[None]
        etree.SubElement(types, f"{{{ct_ns}}}Override", PartName="/xl/sharedStrings.xml",
                         ContentType="application/vnd.openxmlformats-officedocument."
                                     "spreadsheetml.sharedStrings+xml")
        parts["[Content_Types].xml"] = etree.tostring(types, xml_declaration=True,
                                                      encoding="UTF-8", standalone=True)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in ["[Content_Types].xml", *[n for n in parts if n != "[Content_Types].xml"]]:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, parts[name])
    return out.getvalue()
