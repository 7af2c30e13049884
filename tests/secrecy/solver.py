"""A reader who knows the program, with only the public .docx: the attacker of issue 19.

It reads the public version of a memo as a person with the program's source would: every
per-option cost table (each line's assumption "V à P, index I %, engångskostnad, option, intern"
below its label, the year cells in tkr, the sums), the exchange rates the memo states, and the
exact sentences under each table ("Avtalsperioden kostar X kronor; med option Y kronor",
"Totalt kostar alternativet …", "Engångskostnader …", "Externa kostnader …"). From the cost
formulas (a line's year is volume x price x rate x (1 + index) ^ (year - base year), a credit
counts negative, a line with option years counts in the option sums) it sets up one
inequality per figure it can read (a tkr cell is exact to ±500 kr, a sentence in kronor to
±0,50 kr, a figure stated rounded, "ca 1 500" or "cirka 1,5 miljoner kronor", to a unit of its
second figure) over the unknowns, and bounds each unknown with an exact linear program over the
rationals (two-phase simplex): the least and the greatest value the document allows.

It is told more than a reader knows, so that it is at least as strong as any: which lines carry
the same confidential value (``hint``: the program's own grouping, with each value's sign and
kind). It never reads a withheld figure or the memo file. The test (``test_solver.py``) then
counts, on the attacker's grids (whole kronor, cents in a foreign currency, fees in steps of
10 000 kr, whole units), what the bounds leave.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

import docx

from memo_builder.model.costs import line_amounts
from memo_builder.model.memo import CostCategory, CostLine, Recurrence

SECRET = "Sekretess"
DASH = {"–", "-", "—", ""}


def _number(text: str) -> Fraction:
    """ "1 185", "2,35", "−95 000" -> Fraction (Swedish digits, no-break spaces)."""
    t = text.replace("\u00a0", "").replace(" ", "").replace("\u2212", "-").replace(",", ".")
    return Fraction(Decimal(t))


_NUM = r"[\u2212-]?\d[\d\u00a0 ]*(?:,\d+)?"
#: A figure the public version states rounded (model/secrecy.py ``Figure.public``): "ca 1 500"
#: in a tkr table, "cirka 1,5 miljoner kronor" in a sentence.
APPROX_CELL = "ca\u00a0"
_SCALE = {"": 1, "miljon": 10**6, "miljoner": 10**6, "miljard": 10**9, "miljarder": 10**9}
_AMOUNT = (r"((?:cirka[ \u00a0])?" + _NUM
           + r"(?:[ \u00a0](?:miljon|miljoner|miljard|miljarder))?)[ \u00a0]kronor")


def _rounding(figure: Fraction) -> Fraction:
    """How far a figure stated to two significant figures may lie from the one it stands for:
    a whole unit of its second figure (half a unit for the rounding, and as much again for a
    figure computed from another rounded one)."""
    if not figure:
        return Fraction(1)
    digits = len(str(abs(figure.numerator) // figure.denominator)) or 1
    return Fraction(10) ** max(digits - 2, 0)


def _stated(text: str, tkr: bool) -> tuple[Fraction, Fraction | None]:
    """A stated figure in kronor and, when it is stated rounded, its tolerance."""
    t = text.strip().replace("\u00a0", " ")
    approx = t.startswith(("ca ", "cirka "))
    t = t.removeprefix("ca ").removeprefix("cirka ")
    scale = 1
    for word, factor in _SCALE.items():
        if word and t.endswith(" " + word):
            t, scale = t[: -len(word) - 1], factor
    figure = _number(t) * scale * (1000 if tkr else 1)
    return figure, _rounding(figure) if approx else None


@dataclass
class Row:
    label: str
    detail: str
    cells: list[str]  # per year, as printed
    total: str


@dataclass
class Table:
    option: int
    years: list[int]
    lines: list[Row] = field(default_factory=list)
    sums: list[Row] = field(default_factory=list)


@dataclass
class Reading:
    """What the public .docx shows that the solver uses."""

    tables: list[Table]
    rates: dict[str, Fraction]
    sentences: dict[int, list[str]]  # option index -> the sentences under its table


def read(data: bytes) -> Reading:
    """The cost tables, the exchange rates and each option's cost sentences, in order."""
    document = docx.Document(io.BytesIO(data))
    body = document.element.body
    tables: list[Table] = []
    sentences: dict[int, list[str]] = {}
    rates: dict[str, Fraction] = {}
    option = -1
    table_index = {id(t._tbl): t for t in document.tables}
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = "".join(node.text or "" for node in child.iter() if node.tag.endswith("}t"))
            heading = re.match(r"Alternativ (\d+):", text)
            style = child.find(".//{*}pStyle")
            if heading and style is not None and "Heading" in (style.get(
                    "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val") or ""):
                option = int(heading.group(1)) - 1
                continue
            for rate, currency in re.findall(r"(\d+(?:,\d+)?)\u00a0kr per ([A-Z]{3})", text):
                rates[currency] = _number(rate)
            if option >= 0 and text.strip():
                sentences.setdefault(option, []).append(text)
        elif tag == "tbl" and id(child) in table_index:
            rows = [[cell.text for cell in row.cells] for row in table_index[id(child)].rows]
            if not rows or not rows[0] or not rows[0][0].startswith("Kostnad (tkr)"):
                continue
            if option < 0:
                continue
            years = [int(y) for y in rows[0][1:-1]]
            table = Table(option, years)
            for row in rows[1:]:
                label, _, detail = row[0].partition("\n")
                entry = Row(label.strip(), detail.strip(), row[1:-1], row[-1])
                if label.startswith(("Summa", "Totalt")):
                    table.sums.append(entry)
                else:
                    table.lines.append(entry)
            tables.append(table)
    return Reading(tables, rates, sentences)


@dataclass
class Hint:
    """What the solver is told beyond the document: which confidential value each line with a
    hidden factor carries (its index), the value's kind ("price", "volume", "amount") and
    whether the line is a credit (counts negative), and the currency of a hidden price."""

    value_of: dict[tuple[int, int], int]
    kind_of: dict[int, str]
    credit: dict[tuple[int, int], bool]
    #: The currency of a line whose price is hidden (the public version does not say it; the
    #: rate it states is read from the document).
    currency: dict[tuple[int, int], str] = field(default_factory=dict)


@dataclass
class Line:
    ref: tuple[int, int]
    years: list[int]
    option_years: set[int]
    internal: bool
    one_off: bool
    #: Known: SEK per year. Unknown: per year, SEK per unit of the value.
    known: dict[int, Fraction] = field(default_factory=dict)
    per_unit: dict[int, Fraction] = field(default_factory=dict)
    value: int | None = None


def _line(table: Table, li: int, row: Row, reading: Reading, hint: Hint) -> Line:
    years = [y for y, c in zip(table.years, row.cells, strict=True) if c.strip() not in DASH]
    parts = [p.strip() for p in row.detail.split(", ")]
    # "V à P" or "V enhet à P" or just "P" (volume one); a price may be "1 185 kr/år",
    # "2,35 EUR", "(sekretess)".
    head = re.split(r"[ \u00a0]à[ \u00a0]", row.detail, maxsplit=1)
    if len(head) == 2:
        volume_text = head[0].strip()
        price_text = head[1].split(", ")[0].strip()
    else:
        volume_text, price_text = "1", parts[0]
    m = re.match(r"(" + _NUM + r")", volume_text)
    volume = _number(m.group(1)) if m and "(sekretess)" not in volume_text else None
    currency = "SEK"
    m = re.search(r"\b([A-Z]{3})\b", price_text)
    if m:
        currency = m.group(1)
    mp = re.match(r"(" + _NUM + r")", price_text)
    price = _number(mp.group(1)) if mp and "(sekretess)" not in price_text else None
    one_off = "engångskostnad" in parts
    index = Fraction(0)
    base = years[0] if years else 0
    for p in parts:
        mi = re.match(r"index (" + _NUM + r")\u00a0?%(?: från (\d{4}))?", p)
        if mi:
            index = _number(mi.group(1))
            if mi.group(2):
                base = int(mi.group(2))
    option_years: set[int] = set()
    for p in parts:
        if p == "option":
            option_years = set(years)
        mo = re.match(r"option från (\d{4})", p)
        if mo:
            option_years = {y for y in years if y >= int(mo.group(1))}
    ref = (table.option, li)
    if price is None:
        currency = hint.currency.get(ref, currency)
    rate = Fraction(1) if currency == "SEK" else reading.rates.get(currency)
    line = Line(ref, years, option_years, "intern" in parts, one_off)
    if ref in hint.value_of:
        k = hint.value_of[ref]
        kind = hint.kind_of[k]
        visible = {"price": volume, "volume": abs(price) if price is not None else None}.get(
            kind, Fraction(1))
        if visible is None or rate is None:
            visible = Fraction(0)  # the solver cannot read the factor: it learns nothing
        sign = -1 if hint.credit.get(ref) else 1
        growth = 1 + index / 100
        line.value = k
        line.per_unit = {y: sign * visible * rate * growth ** (y - base) for y in years}
    else:
        if volume is None or price is None or rate is None or not years:
            return line
        cost = CostLine(
            category=CostCategory.CREDIT if price < 0 else CostCategory.SUPPORT,
            volume=Decimal(volume.numerator) / Decimal(volume.denominator),
            unit_price=abs(Decimal(price.numerator) / Decimal(price.denominator)),
            recurrence=Recurrence.ONE_OFF if one_off else Recurrence.ANNUAL,
            first_year=years[0], last_year=years[-1],
            index_percent=Decimal(index.numerator) / Decimal(index.denominator),
            index_base_year=base, currency=currency,
            exchange_rate=None if currency == "SEK" else
            Decimal(rate.numerator) / Decimal(rate.denominator))
        line.known = {y: Fraction(a) for y, a in line_amounts(cost).items()}
    return line


@dataclass
class Constraint:
    coefficients: dict[int, Fraction]
    low: Fraction
    high: Fraction
    what: str


def constraints(reading: Reading, hint: Hint) -> list[Constraint]:
    """One interval constraint per figure the document shows over the unknowns."""
    out: list[Constraint] = []
    half_tkr = Fraction(500)
    for table in reading.tables:
        lines = [_line(table, li, row, reading, hint) for li, row in enumerate(table.lines)]

        def add(select, years, shown: str, what: str, tolerance: Fraction,
                lines=lines) -> None:
            if shown.strip() in DASH or SECRET in shown or "sekretess" in shown:
                return
            try:
                figure, rounded = _stated(shown, tolerance == half_tkr)
            except Exception:
                return
            if rounded is not None:
                # A tkr cell stated rounded is rounded twice: to two significant figures, then
                # to whole tkr for the table ("ca 0" for -186 kr: the second figure's unit of a
                # value within 500 kr of 0, and the 500 kr of the tkr cell).
                tolerance = rounded if tolerance != half_tkr else \
                    half_tkr + _rounding(abs(figure) + half_tkr)
            known = Fraction(0)
            coefficients: dict[int, Fraction] = {}
            for line in lines:
                for y in years:
                    if not select(line, y):
                        continue
                    if line.value is None:
                        known += line.known.get(y, Fraction(0))
                    elif y in line.per_unit:
                        coefficients[line.value] = coefficients.get(line.value, Fraction(0)) \
                            + line.per_unit[y]
            coefficients = {k: c for k, c in coefficients.items() if c}
            if coefficients:
                out.append(Constraint(coefficients, figure - known - tolerance,
                                      figure - known + tolerance, what))

        def every(_line, _y) -> bool:
            return True

        def contract(line, y) -> bool:
            return y not in line.option_years

        def option(line, y) -> bool:
            return y in line.option_years

        for li, (row, line) in enumerate(zip(table.lines, lines, strict=True)):
            for y, cell in zip(table.years, row.cells, strict=True):
                add(lambda x, yy, ref=line.ref: x.ref == ref, [y], cell,
                    f"rad {li + 1} {y}", half_tkr)
            add(lambda x, yy, ref=line.ref: x.ref == ref, table.years, row.total,
                f"rad {li + 1} totalt", half_tkr)
        for row in table.sums:
            select = contract if row.label.startswith("Summa avtal") else option \
                if row.label.startswith("Summa option") else every
            for y, cell in zip(table.years, row.cells, strict=True):
                add(select, [y], cell, f"{row.label} {y}", half_tkr)
            add(select, table.years, row.total, f"{row.label} totalt", half_tkr)
        # The sentences in kronor, exact to the krona.
        half_krona = Fraction(1, 2)
        for text in reading.sentences.get(table.option, []):
            for pattern, select in (
                (r"Avtalsperioden kostar " + _AMOUNT, contract),
                (r"med option " + _AMOUNT, every),
                (r"Totalt kostar alternativet " + _AMOUNT, every),
                (r"Engångskostnader " + _AMOUNT, lambda x, y: x.one_off),
                (r"löpande kostnader " + _AMOUNT, lambda x, y: not x.one_off),
                (r"Externa kostnader " + _AMOUNT, lambda x, y: not x.internal),
                (r"interna kostnader " + _AMOUNT, lambda x, y: x.internal),
            ):
                for found in re.findall(pattern, text):
                    add(select, table.years, found, text[:40], half_krona)
    return out


# -- an exact linear program: two phases, Bland's rule --------------------------------------
class Unbounded(Exception):
    pass


class Infeasible(Exception):
    pass


def _simplex(table, basis, cost, columns):
    while True:
        col = next((j for j in columns if cost[j] < 0), None)
        if col is None:
            return
        best = None
        for r, row in enumerate(table):
            a = row[col]
            if a > 0:
                ratio = row[-1] / a
                if best is None or ratio < best[0] or (ratio == best[0]
                                                       and basis[r] < basis[best[1]]):
                    best = (ratio, r)
        if best is None:
            raise Unbounded
        r = best[1]
        lead = table[r][col]
        table[r] = [a / lead for a in table[r]]
        for other in (*(x for k, x in enumerate(table) if k != r), cost):
            factor = other[col]
            if factor:
                for j, a in enumerate(table[r]):
                    if a:
                        other[j] -= factor * a
        basis[r] = col


def bound(constraints: list[Constraint], unknowns: list[int], target: int, sense: int):
    """max (sense 1) or min (sense -1) of unknown ``target`` over every z >= 0 that meets
    ``constraints``; None when unbounded."""
    n = len(unknowns)
    col = {k: i for i, k in enumerate(unknowns)}
    rows: list[tuple[list[Fraction], Fraction]] = []
    for c in constraints:
        a = [Fraction(0)] * n
        for k, v in c.coefficients.items():
            a[col[k]] = v
        rows.append((a, c.high))  # a z <= high
        rows.append(([-x for x in a], -c.low))  # -a z <= -low
    m = len(rows)
    # Columns: z (n), slacks (m), artificials (one per row with a negative right side).
    negative = [r for r, (_a, b) in enumerate(rows) if b < 0]
    width = n + m + len(negative)
    table, basis = [], []
    for r, (a, b) in enumerate(rows):
        row = [Fraction(0)] * (width + 1)
        flip = -1 if b < 0 else 1
        for j, v in enumerate(a):
            row[j] = flip * v
        row[n + r] = Fraction(flip)
        row[-1] = flip * b
        if b < 0:
            art = n + m + negative.index(r)
            row[art] = Fraction(1)
            basis.append(art)
        else:
            basis.append(n + r)
        table.append(row)
    if negative:
        cost = [Fraction(0)] * (width + 1)
        for r in negative:
            cost = [c - x for c, x in zip(cost, table[r], strict=True)]
        for r in negative:
            cost[n + m + negative.index(r)] = Fraction(0)
        _simplex(table, basis, cost, range(width))
        if cost[-1] < 0:
            raise Infeasible
        for r, b in enumerate(basis):  # drive artificials out where possible
            if b >= n + m:
                j = next((j for j in range(n + m) if table[r][j]), None)
                if j is not None:
                    lead = table[r][j]
                    table[r] = [x / lead for x in table[r]]
                    for k, other in enumerate(table):
                        if k != r and other[j]:
                            f = other[j]
                            table[k] = [x - f * y for x, y in zip(other, table[r], strict=True)]
                    basis[r] = j
    cost = [Fraction(0)] * (width + 1)
    cost[col[target]] = Fraction(-sense)
    for r, b in enumerate(basis):
        if cost[b]:
            f = cost[b]
            cost = [c - f * x for c, x in zip(cost, table[r], strict=True)]
    try:
        _simplex(table, basis, cost, range(n + m))
    except Unbounded:
        return None
    return sense * cost[-1]
