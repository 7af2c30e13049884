"""Cost lines from an Excel sheet (.xlsx), the way officials actually build them.

Three steps, each usable on its own so the GUI can show a mapping preview:

1. :func:`read_sheet` reads one sheet's cell values with openpyxl in read-only mode (formulas
   as their cached values; macros are never run, an .xlsm is read as plain data), refusing in
   one Swedish sentence what it cannot read: .xls, encrypted, corrupt, too many rows, empty.
2. :func:`guess_mapping` finds the header row (Swedish or English headings, the header on any of
   the first rows, two-row headers with merged cells) and which column holds what.
3. :func:`plan_import` turns the rows into :class:`CostLine` objects with that mapping, and lists
   every skipped row with its reason (text in a number column, a formula without a cached
   value, a sum row …). Nothing is added to a memo here: the caller adds all the lines or none.

No Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from memo_builder.errors import UserError
from memo_builder.files.bounded_zip import MAX_UNPACKED_BYTES, ZipRefused, open_bounded
from memo_builder.model import swedish
from memo_builder.model.costs import MAX_YEAR, MIN_YEAR
from memo_builder.model.memo import (
    COST_CATEGORY_LABELS,
    CostCategory,
    CostLine,
    Memo,
    Option,
    Recurrence,
)
from memo_builder.model.text import clean_text

# Lazy on purpose (pyproject's PLC0415 allow-list, '# noqa: PLC0415' where used):
# openpyxl takes about 100 ms to import; only an Excel import needs it.

MAX_ROWS = 5000  # a cost estimate has tens or hundreds of lines
MAX_COLUMNS = 60
MAX_FILE_BYTES = 50 * 1024 * 1024
HEADER_SCAN_ROWS = 30

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

#: Field -> the Swedish name shown in the mapping (and the GUI's combo boxes).
FIELD_LABELS: dict[str, str] = {
    "description": "Beskrivning",
    "category": "Kategori",
    "volume": "Volym",
    "unit": "Enhet",
    "unit_price": "Styckpris",
    "currency": "Valuta",
    "exchange_rate": "Växelkurs",
    "index_percent": "Index %",
    "first_year": "Från år",
    "last_year": "Till år",
    "recurrence": "Engång/löpande",
    "internal": "Intern/extern",
    "option_period": "Option",
    "option_from_year": "Option från år",
}
FIELDS = tuple(FIELD_LABELS)

# Header words per field, best first (normalised: lower case, punctuation as spaces).
KEYWORDS: dict[str, tuple[str, ...]] = {
    "description": ("beskrivning", "benämning", "kostnadspost", "post", "specifikation",
                    "aktivitet", "artikel", "description", "item", "cost item", "name", "namn",
                    "text", "kostnad", "cost"),
    "category": ("kategori", "kostnadsslag", "kostnadstyp", "category", "cost type", "slag",
                 "typ", "type"),
    "volume": ("volym", "antal", "kvantitet", "mängd", "antal licenser", "antal användare",
               "antal timmar", "timmar", "quantity", "qty", "volume", "count", "number", "st"),
    "unit": ("enhet", "måttenhet", "enheter", "unit", "units"),
    "unit_price": ("styckpris", "à pris", "a pris", "á pris", "apris", "enhetspris",
                   "pris per enhet", "pris per år", "pris", "timpris", "kostnad per enhet",
                   "kostnad per år", "årskostnad", "unit price", "price per unit", "price",
                   "belopp", "amount", "kostnad", "cost"),
    "currency": ("valuta", "currency", "cur"),
    "exchange_rate": ("växelkurs", "valutakurs", "kurs", "exchange rate", "fx rate", "rate"),
    "index_percent": ("index", "indexuppräkning", "prisindex", "uppräkning", "indexation",
                      "price index", "escalation"),
    "first_year": ("från år", "startår", "från", "start år", "år från", "fr o m", "from",
                   "first year", "start year", "from year", "start", "år", "year"),
    "last_year": ("till år", "slutår", "till", "slut år", "år till", "t o m", "tom",
                  "last year", "end year", "to year", "to", "until", "end", "slut"),
    "recurrence": ("engång eller löpande", "engång löpande", "engångskostnad", "engång",
                   "engångs", "typ av kostnad", "återkommande", "löpande", "periodicitet",
                   "frekvens", "one off", "recurring", "recurrence", "frequency"),
    "internal": ("intern extern", "extern intern", "intern", "internt", "egen personal",
                 "internal external", "internal"),
    "option_period": ("option förlängning", "option", "optionsperiod", "förlängning",
                      "option period", "extension"),
    # Before "option": a year column, the first option year of a row (issue 23).
    "option_from_year": ("option från år", "option från", "optionsår från", "första optionsår",
                         "optionsår", "option fr o m", "option from", "option from year",
                         "option start"),
}

_SUM_ROW = re.compile(r"^(summa|delsumma|totalsumma|totalt|total|sum|subtotal|grand total)\b",
                      re.IGNORECASE)
_YEAR_RANGE = re.compile(r"^\s*(\d{4})\s*(?:-|–|—|till|to)\s*(\d{4})\s*$", re.IGNORECASE)


@dataclass
class Sheet:
    """One sheet's values; ``rows[r][c]`` is row ``r + 1``, column ``c`` (0 = A)."""

    name: str
    file_name: str
    rows: list[list[object]]
    sheet_names: list[str] = field(default_factory=list)
    #: (row, column), 1-based row: formulas the file holds no computed value for.
    uncached: set[tuple[int, int]] = field(default_factory=set)
    #: (row, column): cells formatted as percent (0,02 shown as 2 %).
    percent: set[tuple[int, int]] = field(default_factory=set)
    notices: list[str] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def value(self, row: int, col: int) -> object:
        cells = self.rows[row - 1] if 0 < row <= len(self.rows) else []
        return cells[col] if col < len(cells) else None


def column_letter(col: int) -> str:
    """The sheet's letter of the 0-based column ``col`` ("A", …, "AA")."""
    from openpyxl.utils import get_column_letter  # noqa: PLC0415

    return get_column_letter(col + 1)


@dataclass
class Mapping:
    """Which row holds the headings and which column holds each field (None: not in the
    sheet). ``header_row`` 0 means there are no headings; data starts on row 1."""

    header_row: int
    columns: dict[str, int | None]
    labels: dict[int, str] = field(default_factory=dict)  # column -> its heading text

    @property
    def first_data_row(self) -> int:
        return self.header_row + 1

    def column_name(self, col: int) -> str:
        label = self.labels.get(col, "")
        return f"{column_letter(col)} ”{label}”" if label else column_letter(col)

    def describe(self, sheet: Sheet | None = None) -> str:
        found = [f"{FIELD_LABELS[f]} = kolumn {self.column_name(c)}"
                 for f, c in self.columns.items() if c is not None]
        missing = [FIELD_LABELS[f] for f, c in self.columns.items() if c is None]
        text = "; ".join(found) if found else "inga kolumner igenkända"
        if missing:
            text += ". Saknas: " + ", ".join(missing)
        return text + "."


@dataclass(frozen=True)
class ImportDefaults:
    """What a row gets when the sheet does not say."""

    first_year: int = 0
    last_year: int = 0

    @classmethod
    def for_memo(cls, memo: Memo, option: Option | None) -> ImportDefaults:
        lines = option.cost_lines if option is not None else []
        if lines:
            return cls(lines[-1].first_year, max(lines[-1].last_year, lines[-1].first_year))
        decided = memo.case.decision_date
        return cls(decided.year, decided.year) if decided else cls()


@dataclass
class ImportPlan:
    lines: list[CostLine]
    #: (row number in the sheet, the reason in Swedish)
    skipped: list[tuple[int, str]]
    #: Things the user should check in the lines that are added.
    notices: list[str]
    rows: list[int] = field(default_factory=list)  # the sheet row of each line


# -- reading ----------------------------------------------------------------------------------
def read_sheet(path: Path, sheet_name: str | None = None) -> Sheet:
    """The values of one sheet (the first by default). Raises :class:`UserError` with the
    reason for anything that is not a readable .xlsx sheet with data."""
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise UserError(f"{name} är i Excels gamla format (.xls), som inte kan läsas. Öppna den "
                        "i Excel och spara den som Excel-arbetsbok (.xlsx), och importera den.")
    if suffix in (".csv", ".ods", ".xlsb", ".numbers", ".txt"):
        raise UserError(f"{name} är ingen Excel-arbetsbok (.xlsx). Öppna filen i Excel och "
                        "spara den som Excel-arbetsbok (.xlsx), och importera den.")
    try:
        if not path.is_file():
            raise UserError(f"Filen {path} finns inte." if not path.exists()
                            else f"{path} är ingen fil.")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UserError(f"{name} är {size // (1024 * 1024)} MB – för stor för ett "
                            "kostnadsunderlag (högst 50 MB).")
        with path.open("rb") as fh:
            head = fh.read(8)
            data = head + fh.read() if head == OLE_MAGIC else head
    except PermissionError:
        raise UserError(f"{name} får inte läsas (behörighet saknas).") from None
    except OSError as exc:
        raise UserError(f"{name} kunde inte läsas: {exc.strerror or exc}.") from None
    if head == OLE_MAGIC:
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise UserError(f"{name} är lösenordsskyddad (krypterad) och kan inte läsas. Öppna "
                            "den i Excel, ta bort lösenordet (Arkiv > Info > Skydda arbetsbok) "
                            "och spara en kopia som du importerar.")
        raise UserError(f"{name} är i Excels gamla format (.xls) fast namnet säger något annat. "
                        "Öppna den i Excel och spara den som Excel-arbetsbok (.xlsx).")
    if not head.startswith(b"PK\x03\x04"):
        raise UserError(f"{name} är ingen Excel-arbetsbok (.xlsx) eller är skadad.")
    notices = []
    if suffix == ".xlsm":
        notices.append(f"{name} innehåller makron. Makron körs aldrig; bara cellernas värden "
                       "läses.")
    _check_zip(path, name)
    from openpyxl import load_workbook  # noqa: PLC0415

    try:
        values_wb = load_workbook(path, read_only=True, data_only=True, keep_links=False)
        formulas_wb = load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except UserError:
        raise
    except Exception:  # openpyxl raises many kinds for a damaged file; all mean the same
        raise UserError(f"{name} är skadad eller ingen riktig Excel-arbetsbok och kan inte "
                        "läsas. Öppna den i Excel och spara den igen.") from None
    try:
        names = [ws.title for ws in values_wb.worksheets]
        if not names:
            raise UserError(f"{name} har inga kalkylblad.")
        if sheet_name is None:
            title = names[0]
        else:
            title = next((n for n in names if n == sheet_name), None)
            title = title or next((n for n in names if n.casefold() == sheet_name.casefold()),
                                  None)
            if title is None:
                raise UserError(f"Bladet {sheet_name!r} finns inte i {name}. Bladen heter: "
                                + ", ".join(repr(n) for n in names) + ".")
        try:
            sheet = _read_rows(values_wb[title], formulas_wb[title], name, title)
        except UserError:
            raise
        except Exception:
            raise UserError(f"Bladet {title!r} i {name} är skadat och kan inte läsas.") from None
        sheet.sheet_names = names
        sheet.notices = notices + sheet.notices
        return sheet
    finally:
        values_wb.close()
        formulas_wb.close()


def _check_zip(path: Path, name: str) -> None:
    try:
        with open_bounded(path) as z:
            names = set(z.namelist())
    except ZipRefused as exc:
        if exc.kind == "encrypted":
            raise UserError(f"{name} är lösenordsskyddad och kan inte läsas.") from None
        if exc.kind in ("too_big", "too_many_parts"):
            raise UserError(f"{name} packas upp till mer än {MAX_UNPACKED_BYTES // 2**20} MB "
                            "och läses inte; ett kostnadsunderlag är mycket mindre.") from None
        raise UserError(f"{name} är skadad (ofullständig eller trasig zip-fil) och kan inte "
                        "läsas. Öppna den i Excel och spara den igen.") from None
    if "xl/workbook.xml" not in names and not any(n.endswith("workbook.xml") for n in names):
        raise UserError(f"{name} är ingen Excel-arbetsbok (den saknar arbetsboksdelen).")


def _read_rows(values_ws, formulas_ws, file_name: str, title: str) -> Sheet:
    for ws in (values_ws, formulas_ws):
        ws.reset_dimensions()  # a wrong stored size must neither hide nor invent rows
    rows: list[list[object]] = []
    uncached: set[tuple[int, int]] = set()
    percent: set[tuple[int, int]] = set()
    filled = 0
    pairs = zip(values_ws.iter_rows(max_col=MAX_COLUMNS),
                formulas_ws.iter_rows(max_col=MAX_COLUMNS, values_only=True), strict=False)
    for r, (cells, formulas) in enumerate(pairs, start=1):
        values = []
        for c, cell in enumerate(cells):
            value = getattr(cell, "value", None)
            formula = formulas[c] if c < len(formulas) else None
            if value is None and (isinstance(formula, str) and formula.startswith("=")
                                  or type(formula).__name__ in ("ArrayFormula", "DataTableFormula")):
                uncached.add((r, c))
            if value is not None and "%" in (getattr(cell, "number_format", "") or ""):
                percent.add((r, c))
            values.append(value)
        while values and values[-1] is None and (r, len(values) - 1) not in uncached:
            values.pop()
        if any(v is not None and str(v).strip() for v in values) or any(k[0] == r for k in uncached):
            filled += 1
            if filled > MAX_ROWS:
                raise UserError(
                    f"Bladet {title!r} i {file_name} har fler än {MAX_ROWS:,} rader med innehåll"
                    .replace(",", "\u00a0")
                    + ". Ett kostnadsunderlag har sällan fler än några hundra: kopiera "
                    "kostnadsraderna till ett eget blad och importera det."
                )
        rows.append(values)
    while rows and not rows[-1]:
        rows.pop()
    if not rows:
        raise UserError(f"Bladet {title!r} i {file_name} är tomt. Välj bladet med kostnaderna.")
    return Sheet(title, file_name, rows, uncached=uncached, percent=percent)


# -- headers ----------------------------------------------------------------------------------
def _norm(text: object) -> str:
    s = str(text).casefold().replace("\u00a0", " ")
    s = re.sub(r"[^\w%]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def _matches(label: str) -> list[tuple[str, int]]:
    """Every field a heading may name, with how well (higher is better): a column headed
    "Kostnad" is the description if another column is, else the amount."""
    if not label:
        return []
    found: dict[str, int] = {}
    words = f" {label} "
    for fieldname, keywords in KEYWORDS.items():
        for rank, kw in enumerate(keywords):
            if label == kw:
                quality = 3
            elif label.startswith(kw + " ") or label.startswith(kw + "%"):
                quality = 2
            elif f" {kw} " in words:
                quality = 1
            else:
                continue
            score = quality * 100 - rank
            found[fieldname] = max(found.get(fieldname, 0), score)
    return sorted(found.items(), key=lambda item: -item[1])


def _row_labels(sheet: Sheet, row: int) -> list[str]:
    return [_norm(v) if isinstance(v, str) else "" for v in
            (sheet.value(row, c) for c in range(sheet.width))]


def _labels_for(sheet: Sheet, row: int) -> tuple[list[str], list[str]]:
    """This row's headings, and the same combined with the row above (filled to the right
    where a merged cell spans columns), for two-row headers."""
    lower = _row_labels(sheet, row)
    upper = _row_labels(sheet, row - 1) if row > 1 else [""] * len(lower)
    filled, last = [], ""
    for c, text in enumerate(upper):
        last = text or (last if any(lower[c:c + 1]) else "")
        filled.append(last)
    combined = [f"{u} {lo}".strip() if lo != u else lo for u, lo in zip(filled, lower, strict=False)]
    return lower, combined


def _assign(sheet: Sheet, row: int) -> tuple[dict[str, int | None], int, dict[int, str]]:
    lower, combined = _labels_for(sheet, row)
    candidates: list[tuple[int, int, str]] = []  # (score, -column, field)
    labels: dict[int, str] = {}
    for c in range(len(lower)):
        # A heading of its own wins; an empty or unknown one reads with the row above (a
        # merged group heading such as "År" over "Från"/"Till", or a cell merged downwards).
        found = _matches(lower[c]) if lower[c] else []
        if not found and combined[c] and combined[c] != lower[c]:
            found = _matches(combined[c])
        raw = sheet.value(row, c)
        upper = sheet.value(row - 1, c) if row > 1 else None
        text = " ".join(str(v).strip() for v in (upper, raw) if isinstance(v, str) and v.strip())
        if text:
            labels[c] = text
        for fieldname, score in found:
            candidates.append((score, -c, fieldname))
    candidates.sort(reverse=True)
    columns: dict[str, int | None] = dict.fromkeys(FIELDS)
    used: set[int] = set()
    total = 0
    for score, neg_c, fieldname in candidates:
        c = -neg_c
        if columns[fieldname] is None and c not in used:
            columns[fieldname] = c
            used.add(c)
            total += score
    return columns, total, labels


def guess_mapping(sheet: Sheet) -> Mapping:
    """The header row (the row among the first ones whose cells name the most fields) and a
    column for each field found."""
    best: tuple[int, int, dict[str, int | None], dict[int, str]] | None = None
    for row in range(1, min(len(sheet.rows), HEADER_SCAN_ROWS) + 1):
        cells = sheet.rows[row - 1]
        numbers = sum(isinstance(v, (int, float, Decimal)) and not isinstance(v, bool)
                      for v in cells)
        texts = sum(isinstance(v, str) and bool(v.strip()) for v in cells)
        if numbers > texts:
            continue  # a row of figures is data, not headings
        columns, score, labels = _assign(sheet, row)
        found = sum(c is not None for c in columns.values())
        if found < 2:
            continue
        if best is None or (found, score) > (best[0], best[1]):
            best = (found, score, columns, labels)
            best_row = row
    if best is None:
        # No headings: guess the plain shape "description, volume, price" from the data.
        return Mapping(0, {**dict.fromkeys(FIELDS), "description": 0,
                           **({"unit_price": 1} if sheet.width > 1 else {})})
    mapping = Mapping(best_row, best[2], best[3])
    _read_type_columns(sheet, mapping)
    if mapping.columns["description"] is None:
        # The first text column left of the figures usually names the line.
        for c in range(sheet.width):
            if c not in mapping.columns.values() and isinstance(
                sheet.value(mapping.first_data_row, c), str
            ):
                mapping.columns["description"] = c
                break
    return mapping


_ONCE_WORDS = ("engång", "engångs", "engangs", "one off", "one time", "once", "enstaka")
_YEARLY_WORDS = ("årlig", "årligen", "löpande", "återkommande", "per år", "varje år", "annual",
                 "yearly", "recurring")
_INTERNAL_WORDS = ("intern", "internt", "egen", "egen personal", "internal")
_EXTERNAL_WORDS = ("extern", "externt", "leverantör", "köpt", "external")
TYPE_SAMPLE_ROWS = 200


def type_words(value: object) -> tuple[Recurrence | None, bool | None]:
    """What a combined "Typ" cell says: ("extern engång") -> (one-off, external); each part
    None when the cell does not say it."""
    if not isinstance(value, str):
        return None, None
    t = f" {_norm(value)} "
    tokens = t.split()

    def says(words) -> bool:  # a phrase, or a word's beginning ("engångskostnad", "internt")
        return any(f" {w} " in t if " " in w else any(tok.startswith(w) for tok in tokens)
                   for w in words)

    once, yearly = says(_ONCE_WORDS), says(_YEARLY_WORDS)
    internal, external = says(_INTERNAL_WORDS), says(_EXTERNAL_WORDS)
    recurrence = None if once == yearly else (Recurrence.ONE_OFF if once else Recurrence.ANNUAL)
    flag = None if internal == external else internal
    return recurrence, flag


def _read_type_columns(sheet: Sheet, mapping: Mapping) -> None:
    """A column whose cells say one-off/recurring and internal/external ("extern engång",
    "intern årlig") is read for both, whatever its heading ("Typ" also names a category):
    the first guess is made from the values, not only the headings."""
    cols = mapping.columns
    last = min(len(sheet.rows), mapping.first_data_row + TYPE_SAMPLE_ROWS - 1)
    for c in range(sheet.width):
        if cols.get("description") == c or cols.get("unit_price") == c:
            continue
        values = [v for v in (sheet.value(r, c) for r in range(mapping.first_data_row, last + 1))
                  if isinstance(v, str) and v.strip()]
        if not values:
            continue
        said = [type_words(v) for v in values]
        # Most cells say one of them; and the column is not a category column whose labels
        # happen to contain such a word ("Intern personal").
        says_type = sum(1 for rec, flag in said if rec is not None or flag is not None)
        if says_type * 10 < len(values) * 8:
            continue
        if sum(1 for v in values if _is_category_label(v)) * 2 > len(values):
            continue
        mine = {f for f, col in cols.items() if col == c}
        if mine - {"category", "recurrence", "internal", "option_period"}:
            continue  # the column is read as something else (a year, a volume …)
        if any(rec is not None for rec, _f in said) and cols["recurrence"] in (None, c):
            cols["recurrence"] = c
        if any(flag is not None for _r, flag in said) and cols["internal"] in (None, c):
            cols["internal"] = c
        if cols["category"] == c and (cols["recurrence"] == c or cols["internal"] == c):
            cols["category"] = None  # the category comes from the description
        if cols["option_period"] == c and (cols["recurrence"] == c or cols["internal"] == c):
            cols["option_period"] = None


def _is_category_label(value: object) -> bool:
    t = _norm(value)
    return any(t == _norm(label) or t == category.value
               for category, label in COST_CATEGORY_LABELS.items())


def combined_type_column(mapping: Mapping) -> bool:
    """Whether one column is read for both one-off/recurring and internal/external."""
    c = mapping.columns
    return c.get("recurrence") is not None and c.get("recurrence") == c.get("internal")


def mapping_for_header(sheet: Sheet, header_row: int) -> Mapping:
    """The columns as read from the headings on ``header_row`` (the user chose the row)."""
    if header_row <= 0:
        return Mapping(0, dict.fromkeys(FIELDS), {})
    columns, _score, labels = _assign(sheet, header_row)
    return Mapping(header_row, columns, labels)


def mapping_with(mapping: Mapping, header_row: int | None = None, **columns: int | None) -> Mapping:
    """A copy with some columns (or the header row) changed: what the GUI's choices make."""
    return Mapping(mapping.header_row if header_row is None else header_row,
                   {**mapping.columns, **columns}, dict(mapping.labels))


# -- values -----------------------------------------------------------------------------------
class _Bad(ValueError):
    """A cell that cannot be read as its column's kind; ``str()`` says why, in Swedish."""


_STRIP_UNITS = re.compile(
    r"(kr/år|kr/st|kr/mån|:-|kronor|kr|sek|eur|usd|gbp|nok|dkk|€|\$|£|/år|per år|/st|st|%)",
    re.IGNORECASE)


def _show(value: object) -> str:
    text = str(value)
    return f"”{text[:30]}…”" if len(text) > 30 else f"”{text}”"


def parse_number(value: object) -> Decimal | None:
    """A number from a cell: numbers as they are, text with Swedish or English separators
    ("1 234,50", "1,234.50", "12 000 kr", "−5"). None for an empty cell."""
    if value is None:
        return None
    if isinstance(value, (bool, datetime, date)):
        raise _Bad(f"{_show(value)} är inget tal")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise _Bad(f"{_show(value)} är inget tal")
        # The 15 digits Excel shows: 0.1 + 0.2 stored as 0.30000000000000004 reads as 0.3.
        return Decimal(f"{value:.15g}")
    text = str(value).strip()
    if not text:
        return None
    if text.startswith("#"):
        raise _Bad(f"cellen visar ett fel i Excel ({text[:12]})")
    negative = False
    t = text
    if t.startswith("(") and t.endswith(")"):  # an accountant's negative: (1 000)
        negative, t = True, t[1:-1]
    t = _STRIP_UNITS.sub("", t)
    try:
        number = swedish.parse_number(t, foreign=True)
    except swedish.NumberError as exc:
        raise _Bad(f"{_show(text)} " + ("är orimligt stort" if exc.too_large else "är inget tal")
                   ) from None
    return -number if negative else number


def _currency_in(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    t = value.casefold()
    for needle, code in (("€", "EUR"), ("eur", "EUR"), ("$", "USD"), ("usd", "USD"),
                         ("£", "GBP"), ("gbp", "GBP"), ("nok", "NOK"), ("dkk", "DKK")):
        if needle in t:
            return code
    return None


def parse_year(value: object) -> tuple[int, int | None] | None:
    """(first, last or None) from a year cell: 2019, "2019", "2019–2021", a date."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, (datetime, date)):
        return value.year, None
    if isinstance(value, str):
        m = _YEAR_RANGE.match(value)
        if m:
            return int(m.group(1)), int(m.group(2))
    try:
        number = parse_number(value)
    except _Bad:
        raise _Bad(f"{_show(value)} är inget årtal") from None
    if number is None:
        return None
    if number != number.to_integral_value():
        raise _Bad(f"{_show(value)} är inget årtal")
    return int(number), None


_YES = {"ja", "j", "yes", "y", "x", "1", "sant", "true", "✓", "✔"}
_NO = {"nej", "n", "no", "0", "falskt", "false", "-", "–"}


def parse_flag(value: object) -> bool | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    t = _norm(value)
    if not t:
        return None
    if t in _YES:
        return True
    if t in _NO:
        return False
    raise _Bad(f"{_show(value)} är varken ja eller nej")


def parse_recurrence(value: object, heading: str) -> Recurrence | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    t = _norm(value)
    if any(w in t for w in ("engång", "one off", "one time", "once", "enstaka", "engangs")):
        return Recurrence.ONE_OFF
    if any(w in t for w in ("årlig", "löpande", "återkommande", "per år", "annual", "yearly",
                            "recurring", "varje år", "år")):
        return Recurrence.ANNUAL
    if any(w in t for w in ("månad", "month", "kvartal", "quarter")):
        raise _Bad(f"{_show(value)}: ange kostnaden per år (eller som engångskostnad)")
    flag = parse_flag(value)  # a yes/no column: its heading says which way yes points
    h = _norm(heading)
    yes_means_once = any(w in h for w in ("engång", "one off", "one time", "once"))
    yes_means_annual = any(w in h for w in ("löpande", "återkommande", "recurring", "årlig"))
    if flag is None or not (yes_means_once or yes_means_annual):
        raise _Bad(f"{_show(value)} är varken engång eller löpande")
    once = flag if yes_means_once else not flag
    return Recurrence.ONE_OFF if once else Recurrence.ANNUAL


def parse_internal(value: object) -> bool | None:
    t = _norm(value) if value is not None else ""
    if not t:
        return None
    if t.startswith("int") or t in ("egen", "egen personal"):
        return True
    if t.startswith("ext") or t in ("leverantör", "köpt"):
        return False
    return parse_flag(value)


def parse_option(value: object) -> bool | None:
    t = _norm(value) if value is not None else ""
    if not t:
        return None
    if t.startswith("option") or t.startswith("förläng"):
        return True
    if t in ("avtal", "avtalsperiod", "ordinarie", "grundavtal", "contract"):
        return False
    return parse_flag(value)


_CATEGORY_WORDS: tuple[tuple[tuple[str, ...], CostCategory], ...] = (
    (("kredit", "rabatt", "credit", "discount"), CostCategory.CREDIT),
    (("licens", "licence", "license", "abonnemang", "subscription"), CostCategory.LICENCES),
    (("migrer", "migration"), CostCategory.MIGRATION),
    (("utbildning", "training", "kurs"), CostCategory.TRAINING),
    (("avveckl", "exit", "decommission"), CostCategory.EXIT),
    (("intern", "egen personal", "personal", "staff", "egen tid"), CostCategory.INTERNAL_STAFF),
    (("införande", "implementation", "projekt", "konsult", "consult", "installation"),
     CostCategory.IMPLEMENTATION),
    (("support", "drift", "underhåll", "förvaltning", "maintenance", "hosting", "operation"),
     CostCategory.SUPPORT),
    (("övrigt", "other", "annat"), CostCategory.OTHER),
)


def parse_category(value: object) -> CostCategory | None:
    if value is None or not str(value).strip():
        return None
    t = _norm(value)
    for category, label in COST_CATEGORY_LABELS.items():
        if t == _norm(label) or t == category.value:
            return category
    for words, category in _CATEGORY_WORDS:
        if any(w in t for w in words):
            return category
    return None


def parse_currency(value: object) -> str | None:
    if value is None or not str(value).strip():
        return None
    t = str(value).strip()
    if t.casefold() in ("kr", "kronor", "sek", ":-", "svenska kronor"):
        return "SEK"
    symbol = {"€": "EUR", "$": "USD", "£": "GBP"}.get(t)
    if symbol:
        return symbol
    if re.fullmatch(r"[A-Za-z]{3}", t):
        return t.upper()
    raise _Bad(f"{_show(value)} är ingen valutakod (skriv t.ex. SEK eller EUR)")


# -- planning ---------------------------------------------------------------------------------
def plan_import(sheet: Sheet, mapping: Mapping, defaults: ImportDefaults = ImportDefaults()
                ) -> ImportPlan:  # noqa: B008 - frozen
    """The lines the sheet's rows make with ``mapping``, and the rows skipped with reasons."""
    cols = mapping.columns
    plan = ImportPlan([], [], [])
    if cols.get("unit_price") is None:
        plan.notices.append("Ingen kolumn för styckpris är vald: välj vilken kolumn som "
                            "innehåller beloppen.")
        return plan
    empty = 0
    no_years = cols.get("first_year") is None and cols.get("last_year") is None
    missing_rate = set()
    for row in range(mapping.first_data_row, len(sheet.rows) + 1):
        used = {f: c for f, c in cols.items() if c is not None}
        cells = {f: sheet.value(row, c) for f, c in used.items()}
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in cells.values()) and \
                not any((row, c) in sheet.uncached for c in used.values()):
            empty += 1
            continue
        reason = _row_problem(sheet, mapping, row, cells)
        if reason:
            plan.skipped.append((row, reason))
            continue
        try:
            line = _make_line(sheet, mapping, row, cells, defaults, plan)
        except _Bad as exc:
            plan.skipped.append((row, str(exc)))
            continue
        if line.currency != "SEK" and line.exchange_rate is None:
            missing_rate.add(line.currency)
        plan.lines.append(line)
        plan.rows.append(row)
    if no_years and plan.lines and defaults.first_year:
        span = (f"{defaults.first_year}" if defaults.first_year == defaults.last_year
                else f"{defaults.first_year}–{defaults.last_year}")
        plan.notices.append(f"Filen anger inga år: raderna läggs in för {span}. Ändra åren "
                            "i tabellen om det inte stämmer.")
    for currency in sorted(missing_rate):
        plan.notices.append(f"Växelkurs för {currency} saknas i filen: ange den vid raderna "
                            "efter importen.")
    return plan


def _row_problem(sheet: Sheet, mapping: Mapping, row: int, cells: dict[str, object]) -> str:
    description = cells.get("description")
    if isinstance(description, str) and _SUM_ROW.match(description.strip()):
        return "summarad – programmet räknar summorna själv"
    for c in mapping.columns.values():
        if c is not None and (row, c) in sheet.uncached:
            return (f"formeln i kolumn {mapping.column_name(c)} har inget sparat värde. Öppna "
                    "filen i Excel, låt den räkna om och spara den, och importera igen")
    price = cells.get("unit_price")
    if price is None or (isinstance(price, str) and not price.strip()):
        return "inget styckpris" + (" (en rubrikrad?)" if description else "")
    return ""


def _make_line(sheet: Sheet, mapping: Mapping, row: int, cells: dict[str, object],
               defaults: ImportDefaults, plan: ImportPlan) -> CostLine:
    cols = mapping.columns

    def number(fieldname: str) -> Decimal | None:
        try:
            value = parse_number(cells.get(fieldname))
        except _Bad as exc:
            raise _Bad(f"{FIELD_LABELS[fieldname]} (kolumn "
                       f"{mapping.column_name(cols[fieldname])}): {exc}") from None
        if value is not None and fieldname == "index_percent" and (row, cols[fieldname]) in \
                sheet.percent:
            value = value * 100  # a cell formatted as percent holds 0,02 for 2 %
        return value

    def parsed(fieldname: str, parser, *args):
        try:
            return parser(cells.get(fieldname), *args)
        except _Bad as exc:
            raise _Bad(f"{FIELD_LABELS[fieldname]} (kolumn "
                       f"{mapping.column_name(cols[fieldname])}): {exc}") from None

    description = cells.get("description")
    description = clean_text(str(description).strip()) if description is not None else ""
    price = number("unit_price")
    volume = number("volume")
    if volume is None:
        volume = Decimal(1)
    index = number("index_percent") or Decimal(0)
    rate = number("exchange_rate")
    currency = parsed("currency", parse_currency) or _currency_in(cells.get("unit_price")) or "SEK"
    category = parsed("category", parse_category)
    if category is None and cells.get("category") not in (None, ""):
        plan.notices.append(f"Rad {row}: kategorin {_show(cells.get('category'))} är okänd; "
                            "Övrigt används.")
        category = CostCategory.OTHER
    if combined_type_column(mapping):
        # One cell says both, or only one of them ("extern"): what it does not say is the
        # default, not an error.
        recurrence, internal = type_words(cells.get("recurrence"))
    else:
        internal = parsed("internal", parse_internal)
    if category is None:
        category = parse_category(description) or (
            CostCategory.INTERNAL_STAFF if internal else CostCategory.OTHER)
    if internal is None:
        internal = category is CostCategory.INTERNAL_STAFF
    if not combined_type_column(mapping):
        heading = (mapping.labels.get(cols["recurrence"], "") if cols["recurrence"] is not None
                   else "")
        recurrence = parsed("recurrence", parse_recurrence, heading)
    option_period = parsed("option_period", parse_option) or False
    option_from = parsed("option_from_year", parse_year)
    first = parsed("first_year", parse_year)
    last = parsed("last_year", parse_year)
    if first is None and last is None:
        if not defaults.first_year:
            raise _Bad("år saknas: filen anger inget år och memot inget beslutsdatum")
        first_year, last_year = defaults.first_year, defaults.last_year
    else:
        first_year = first[0] if first else last[0]
        last_year = (last[0] if last else (first[1] if first and first[1] else first_year))
    for y in (first_year, last_year):
        if not (MIN_YEAR <= y <= MAX_YEAR):
            raise _Bad(f"{y} är inget rimligt årtal ({MIN_YEAR}–{MAX_YEAR})")
    if recurrence is None:
        recurrence = Recurrence.ANNUAL
    if recurrence is Recurrence.ANNUAL and last_year < first_year:
        raise _Bad(f"slutåret {last_year} ligger före startåret {first_year}")
    if price < 0 and category is not CostCategory.CREDIT:
        category = CostCategory.CREDIT
        plan.notices.append(f"Rad {row}: negativt belopp – raden läggs in som "
                            "Kreditering/rabatt.")
    if volume < 0:
        raise _Bad(f"volymen {volume} är negativ")
    unit = cells.get("unit")
    if currency == "SEK":
        rate = None
    elif rate is not None and rate <= 0:
        raise _Bad(f"växelkursen {rate} måste vara större än noll")
    return CostLine(
        category=category,
        description=description,
        volume=volume,
        volume_unit=clean_text(str(unit).strip()) if unit is not None else "",
        unit_price=abs(price) if category is CostCategory.CREDIT else price,
        recurrence=recurrence,
        internal=internal,
        first_year=first_year,
        last_year=first_year if recurrence is Recurrence.ONE_OFF else last_year,
        index_percent=index,
        currency=currency,
        exchange_rate=rate,
        option_period=option_period,
        option_from_year=_option_from(option_from, first_year, last_year),
    )


def _option_from(value: tuple[int, int | None] | None, first: int, last: int) -> int:
    """The first option year of a row (0: none); a year outside the row is refused."""
    if value is None:
        return 0
    year = value[0]
    if not (first < year <= last):
        raise _Bad(f"optionen från {year} ligger inte inom radens år {first}–{last}")
    return year
