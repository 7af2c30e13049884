"""Swedish number, money and date formats (Babel ``sv_SE``), shared by validation and render.

Conventions (Myndigheternas skrivregler, DOMAIN.md §3): thousands grouped with a non-breaking
space, decimal comma, "kronor" in running text, "tkr" in tables, "1 juni 2018" in running text
and ISO dates in header fields and tables.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, localcontext
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale

# Babel is imported where it is used (pyproject's PLC0415 allow-list): this module is loaded by
# the window's first paint, which formats no number.

LOCALE = "sv_SE"
NBSP = "\u00a0"
MINUS = "\u2212"
THOUSAND = Decimal("1000")
MILLION = Decimal("1000000")


@cache
def _locale() -> Locale:
    from babel import Locale  # noqa: PLC0415

    return Locale.parse(LOCALE)


@cache
def _decimal_pattern(decimals: int):
    # Parsed once: a large memo formats tens of thousands of figures, and Babel's
    # format_decimal re-parses the pattern and re-resolves the locale on every call.
    from babel.numbers import parse_pattern  # noqa: PLC0415

    return parse_pattern("#,##0" + ("." + "0" * decimals if decimals else ""))


#: How a one-word name ends when it is a body word, not a proper name: "Regionkontoret",
#: "Serviceförvaltningen"; "Regionstyrelsen", "Socialnämnden". Such a name is written in lower
#: case inside a sentence ("om regionstyrelsen", "för socialnämndens räkning"); "Nämnden för
#: Intraservice" or "Region Västerbotten" are proper names and keep their capitals.
OFFICE_ENDINGS = ("förvaltningen", "kontoret", "kansliet", "kontor", "staben")
BOARD_ENDINGS = ("nämnden", "styrelsen", "fullmäktige", "utskottet", "direktionen")


def is_body_word(name: str, endings: tuple[str, ...]) -> bool:
    """Whether ``name`` is one word ending in one of ``endings`` (see :data:`BOARD_ENDINGS`)."""
    parts = name.split()
    return len(parts) == 1 and parts[0].lower().endswith(endings)


def is_compound_body_word(name: str, endings: tuple[str, ...]) -> bool:
    """Whether ``name`` is a body word joined from several ("Barn- och utbildningsnämnden",
    "Kultur-, fritids- och tekniknämnden"): like :func:`is_body_word` it is written small
    inside a sentence ("för barn- och utbildningsnämndens räkning"); "Nämnden för
    Intraservice" is not one."""
    parts = name.split()
    if len(parts) < 3 or parts[-2] not in ("och", "samt"):
        return False
    *joined, last = parts[:-2] + parts[-1:]
    return (last.islower() and last.endswith(endings)
            and all(p.rstrip(",").endswith("-") for p in joined)
            and all(p.islower() for p in joined[1:]))


def _genitive(word: str) -> str:
    return word if word.endswith(("s", "x", "z")) else word + "s"


def body_words(administration: str = "", board: str = "", office: str = "Förvaltningen",
               board_word: str = "nämnden") -> dict[str, str]:
    """Who judges and who decides in a case's sentences: the case's förvaltning and board when
    their names are body words ("Regionkontoret", "Regionstyrelsen"), else ``office`` and
    ``board_word`` (a profile's words; the memo's own text and the validation messages alike,
    render/bodies.py). Keys: office, office_l ("förvaltningen"), office_s ("förvaltningens"),
    Office_s, board_word ("nämnden"), Board_word, board_s ("nämndens"), Board_s."""
    office = office or "Förvaltningen"
    board_word = board_word or "nämnden"
    # "Regionkontoret, Digitalisering och IT": the body is named before the comma.
    administration, board = administration.split(",")[0], board.split(",")[0]
    if is_body_word(administration, OFFICE_ENDINGS):
        office = administration.strip()
    if is_body_word(board, BOARD_ENDINGS):
        board_word = board.strip().lower()
    office = office[0].upper() + office[1:]
    return {
        "office": office,
        "office_l": office[0].lower() + office[1:],
        "office_s": _genitive(office[0].lower() + office[1:]),
        "Office_s": _genitive(office),
        "board_word": board_word[0].lower() + board_word[1:],
        "Board_word": board_word[0].upper() + board_word[1:],
        "board_s": _genitive(board_word[0].lower() + board_word[1:]),
        "Board_s": _genitive(board_word[0].upper() + board_word[1:]),
    }


def join(items: list[str]) -> str:
    """``['a', 'b', 'c']`` -> ``'a, b och c'`` (Babel's list pattern); empty items dropped."""
    from babel.lists import format_list  # noqa: PLC0415

    items = [i for i in items if i]
    return format_list(items, locale=LOCALE) if items else ""


def join_or(items: list[str]) -> str:
    """``['a', 'b', 'c']`` -> ``'a, b eller c'``; empty items dropped."""
    from babel.lists import format_list  # noqa: PLC0415

    items = [i for i in items if i]
    return format_list(items, style="or", locale=LOCALE) if items else ""


def number(value: Decimal | int, decimals: int = 0) -> str:
    """``2096097`` -> ``'2 096 097'`` (non-breaking spaces), ``2.5, 1`` -> ``'2,5'``."""
    try:
        return _number_cached(value, decimals)
    except TypeError:  # unhashable (a signalling NaN): format it uncached, and fail as before
        return _number(value, decimals)


@lru_cache(maxsize=16384)
def _number_cached(value: Decimal | int, decimals: int) -> str:
    # The text depends only on the value (equal values round alike), and the preview formats
    # the same few thousand figures again after every edit: Babel's formatting of them was a
    # third of a long memo's render.
    return _number(value, decimals)


def _number(value: Decimal | int, decimals: int) -> str:
    q = Decimal(1).scaleb(-decimals)
    value = Decimal(value)
    # Room for every digit: under the default 28 digits quantize raises on amounts >= 10^26.
    with localcontext() as ctx:
        ctx.prec = max(ctx.prec, value.adjusted() + decimals + 3)
        value = value.quantize(q, rounding=ROUND_HALF_UP)
        text = _decimal_pattern(decimals).apply(value, _locale())
    if text.lstrip("-−").strip("0,") == "":
        return text.lstrip("-−")
    # Typographic minus (U+2212), as in Swedish print; Babel gives a hyphen.
    return MINUS + text[1:] if text.startswith("-") else text


def kronor(value: Decimal | int, decimals: int = 0) -> str:
    """Running text: ``'586 907 kronor'``."""
    return f"{number(value, decimals)}{NBSP}kronor"


def kr(value: Decimal | int, decimals: int = 0) -> str:
    """Compact form for lists and messages: ``'586 907 kr'``."""
    return f"{number(value, decimals)}{NBSP}kr"


def tkr(value: Decimal) -> str:
    """Table cell in thousands of kronor, rounded half up: ``1234567`` -> ``'1 235'``."""
    return number(Decimal(value) / THOUSAND, 0)


def mnkr(value: Decimal, decimals: int = 1) -> str:
    """``74_300_000`` -> ``'74,3 mnkr'``."""
    return f"{number(Decimal(value) / MILLION, decimals)}{NBSP}mnkr"


def percent(value: Decimal, decimals: int = 0) -> str:
    """Percent given as a number of percent: ``Decimal('2.5')`` -> ``'2,5 %'``."""
    pattern = "#,##0" + ("." + "#" * decimals if decimals else "") + "\u00a0%"
    # Round half up here, as number() does; Babel would round half to even.
    value = Decimal(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    from babel.numbers import format_percent  # noqa: PLC0415

    return format_percent(value / 100, format=pattern, locale=LOCALE)


def long_date(value: date | None) -> str:
    """Running text: ``'1 juni 2018'``."""
    from babel.dates import format_date  # noqa: PLC0415

    return format_date(value, "d MMMM y", locale=LOCALE) if value else ""


def iso_date(value: date | None) -> str:
    """Header fields and tables: ``'2018-06-01'``."""
    return value.isoformat() if value else ""


#: Larger than any municipal budget (10^15 kr): a number typed, imported or read from a file
#: with more digits is refused (beyond it nothing sensible can be shown, and huge exponents
#: make formatting crawl).
MAX_DIGITS = 15

# Any kind of space a user, a spreadsheet or a copied web page puts between digit groups
# (space, no-break space, narrow no-break space, thin and figure space).
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007]+")
_TRAILING_UNIT = re.compile(r"\s*(?:kr|%)\s*$", re.IGNORECASE)
_DIGITS_AND_MARKS = re.compile(r"[\d.,\u00a0]*\d[\d.,\u00a0]*")


class NumberError(ValueError):
    """Text that is not a number; ``str()`` is the Swedish message. ``too_large`` when it is a
    number, but one with more than :data:`MAX_DIGITS` digits before the decimal comma."""

    def __init__(self, message: str, *, too_large: bool = False) -> None:
        super().__init__(message)
        self.too_large = too_large


def _shown(text: str) -> str:
    text = str(text).replace(NBSP, " ").replace("\u202f", " ")
    return f"”{text[:30]}…”" if len(text) > 30 else f"”{text}”"


def parse_number(text: str, *, foreign: bool = False) -> Decimal:
    """Parse what a Swedish user types: ``'1 234,50'``, ``'1234.5'``, ``'−12'``, ``'250 kr'``,
    ``'2,5 %'``. The one number parser of the program (the GUI's fields and cost grid, the
    Excel import, the legal library's amounts).

    Babel's strict ``sv_SE`` parser reads the number: digits grouped by three with a space
    (any kind: typed, no-break, narrow), a decimal comma. Besides it: a decimal point when the
    text has no comma (``'1234.5'``), a leading minus of any kind, and a trailing "kr" or "%".
    Groups that are not of three (``'12 34'``) are refused with the grouping Babel suggests.

    ``foreign=True`` reads a cell of a spreadsheet made anywhere: spaces and apostrophes
    anywhere are grouping, and English or continental marks are read by their use
    (``'1,234.50'``, ``'1.234.567'``, ``'1,234,567'``; with both marks the last is the decimal
    mark).

    Raises :class:`NumberError` (a ``ValueError``) with a Swedish message.
    """
    from babel.numbers import NumberFormatError, parse_decimal  # noqa: PLC0415

    original = str(text)
    t = _TRAILING_UNIT.sub("", original.strip())
    negative = t[:1] in ("-", MINUS, "\u2013")
    if negative or t[:1] == "+":
        t = t[1:].lstrip()
    if foreign:
        t = _SPACES.sub("", t).replace("'", "").replace("\u2019", "")
        if "," in t and "." in t:
            decimal_mark = "," if t.rfind(",") > t.rfind(".") else "."
            t = t.replace("." if decimal_mark == "," else ",", "")
        elif t.count(",") > 1:
            t = t.replace(",", "")  # 1,234,567
        elif t.count(".") > 1:
            t = t.replace(".", "")  # 1.234.567
    else:
        t = _SPACES.sub(NBSP, t)  # whatever space was typed between groups: Babel's own
    if "," not in t and t.count(".") == 1:
        t = t.replace(".", ",")  # a decimal point, where the text has no comma
    hint = "Skriv till exempel 1 234,50."
    if not _DIGITS_AND_MARKS.fullmatch(t):
        raise NumberError(f"{_shown(original)} är inte ett tal. {hint}")
    try:
        result = parse_decimal(t, locale=LOCALE, strict=True)
    except NumberFormatError as exc:
        suggestions = [s.replace(NBSP, " ") for s in getattr(exc, "suggestions", None) or []]
        if suggestions:
            hint = "Menade du " + " eller ".join(f"{s}" for s in suggestions) + "?"
        raise NumberError(f"{_shown(original)} är inte ett tal. {hint}") from None
    if result and result.adjusted() > MAX_DIGITS:
        raise NumberError(f"{_shown(original)} är orimligt stort.", too_large=True)
    return -result if negative else result


def last_unit(value: Decimal | int, digits: int) -> Decimal:
    """The unit of the last of ``digits`` significant figures of ``value``, never below one
    krona: ``(1_528_850, 2)`` -> ``100_000``; 1 for zero."""
    magnitude = abs(Decimal(value))
    if magnitude == 0:
        return Decimal(1)
    return Decimal(1).scaleb(max(magnitude.adjusted() + 1 - digits, 0))


def significant(value: Decimal | int, digits: int) -> Decimal:
    """``value`` rounded half up (away from zero) to ``digits`` significant figures:
    ``(1_528_850, 2)`` -> ``1_500_000``. Zero stays zero."""
    value = Decimal(value)
    magnitude = abs(value)
    if magnitude == 0:
        return Decimal(0)
    with localcontext() as ctx:
        ctx.prec = max(ctx.prec, magnitude.adjusted() + 3)
        q = last_unit(magnitude, digits)
        rounded = (magnitude / q).quantize(Decimal(1), rounding=ROUND_HALF_UP) * q
        if q >= 1:
            rounded = rounded.quantize(Decimal(1))
    return -rounded if value < 0 else rounded


def approx_kronor(value: Decimal | int, digits: int = 3) -> str:
    """An estimate in running text, rounded to three significant figures and said to be one:
    ``218_684_269`` -> ``'cirka 219 miljoner kronor'``, ``586_907`` -> ``'cirka 587 000
    kronor'`` (an estimate given to the krona claims a precision it does not have). With
    ``digits`` 2 (the public version's figures over a confidential value, model/secrecy.py):
    ``1_528_850`` -> ``'cirka 1,5 miljoner kronor'``."""
    value = Decimal(value)
    sign = MINUS if value < 0 else ""
    magnitude = abs(value)
    if magnitude == 0:
        return f"0{NBSP}kronor"
    rounded = significant(magnitude, digits)
    if rounded >= Decimal("1e9"):
        amount, unit = rounded / Decimal("1e9"), "miljarder kronor"
    elif rounded >= MILLION:
        amount, unit = rounded / MILLION, "miljoner kronor"
    else:
        amount, unit = rounded, "kronor"
    decimals = max(0, digits - (amount.adjusted() + 1)) if unit != "kronor" else 0
    text = number(amount, decimals).rstrip("0").rstrip(",") if decimals else number(amount)
    if text == "1":
        unit = {"miljarder kronor": "miljard kronor", "miljoner kronor": "miljon kronor"}.get(
            unit, unit)
    return f"cirka {sign}{text}{NBSP}{unit}"


def year_span(first: int, last: int) -> str:
    """``(2025, 2025)`` -> ``'2025'``, ``(2018, 2022)`` -> ``'2018–2022'``."""
    return str(first) if first == last else f"{first}\u2013{last}"


_ISO = r"(\d{4})-(\d{2})-(\d{2})"
WORD_JOINER = "\u2060"  # no line break here (after the dash of a date range)


def running_dates(text: str) -> str:
    """ISO dates in running text as the writing rules want them: ``2018-06-01–2021-05-31`` ->
    ``1 juni 2018–⁠31 maj 2021``, never broken after the dash. Invalid dates stay as written."""

    def long(y: str, m: str, d: str, original: str) -> str:
        try:
            return long_date(date(int(y), int(m), int(d)))
        except ValueError:
            return original

    edge_before, edge_after = r"(?<![\d-])", r"(?![\d-])"
    ranges = re.compile(rf"{edge_before}{_ISO}\s*[–-]\s*{_ISO}{edge_after}")
    single = re.compile(rf"{edge_before}{_ISO}{edge_after}")

    def a_range(m: re.Match) -> str:
        g = m.groups()
        first = long(*g[:3], f"{g[0]}-{g[1]}-{g[2]}")
        second = long(*g[3:], f"{g[3]}-{g[4]}-{g[5]}")
        return f"{first}\u2013{WORD_JOINER}{second}"

    text = ranges.sub(a_range, text)
    return single.sub(lambda m: long(*m.groups(), m.group(0)), text)


def unbroken_ranges(text: str) -> str:
    """The official's own text with typography only: a date range typed as
    ``2018-06-01–2021-05-31`` (or with a hyphen, or spaces around the dash) is never broken
    after the dash. The words and dates stay exactly as typed (issue 20)."""

    ranges = re.compile(rf"(?<![\d-])({_ISO})(\s*[–-]\s*)({_ISO})(?![\d-])")
    return ranges.sub(lambda m: f"{m.group(1)}{m.group(5)}{WORD_JOINER}{m.group(6)}"
                      if not m.group(5).endswith(WORD_JOINER) else m.group(0), text)


# Names that keep their capital inside a sentence although they look like common words.
_PROPER = {"word", "excel", "outlook", "teams", "office", "windows", "google", "gmail", "zoom",
           "skype", "azure", "exchange", "dropbox", "slack", "visma", "unit4", "ladok"}


def mid_sentence(text: str) -> str:
    """A list item the user typed with a capital ("E-post"), as it reads inside a sentence
    ("upphör e-post"): only a plain word loses its capital, never a name such as "Office 365",
    "SharePoint", "IT-stöd" or "Word"."""
    words = text.split()
    if not words or any(ch.isdigit() for ch in text):
        return text
    first = words[0]
    rest = "".join(words)[1:]
    plain = first[:1].isupper() and rest == rest.lower()
    if not plain or first.strip("(),.").lower() in _PROPER:
        return text
    return first[:1].lower() + text[1:]
