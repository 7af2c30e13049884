"""Swedish number, money and date formats (Babel ``sv_SE``), shared by validation and render.

Conventions (Myndigheternas skrivregler, DOMAIN.md §3): thousands grouped with a non-breaking
space, decimal comma, "kronor" in running text, "tkr" in tables, "1 juni 2018" in running text
and ISO dates in header fields and tables.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
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


def parse_number(text: str) -> Decimal:
    """Parse what a Swedish user types: ``'1 234,50'``, ``'1234.5'``, ``'-12'``.

    Raises ``ValueError`` with a Swedish message when the text is not a number.
    """

    cleaned = (
        text.strip()
        .replace(NBSP, "")
        .replace("\u202f", "")
        .replace(" ", "")
        .replace("\u2212", "-")
        .replace("kr", "")
        .replace("%", "")
    )
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    elif "," in cleaned:
        raise ValueError(f"{text!r} är inte ett tal. Skriv till exempel 1 234,50.")
    try:
        result = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"{text!r} är inte ett tal. Skriv till exempel 1 234,50.") from None
    if not result.is_finite() or (result and result.adjusted() > 15):
        raise ValueError(f"{text!r} är inte ett rimligt tal.")
    return result


def approx_kronor(value: Decimal | int) -> str:
    """An estimate in running text, rounded to three significant figures and said to be one:
    ``218_684_269`` -> ``'cirka 219 miljoner kronor'``, ``586_907`` -> ``'cirka 587 000
    kronor'`` (an estimate given to the krona claims a precision it does not have)."""
    value = Decimal(value)
    sign = MINUS if value < 0 else ""
    magnitude = abs(value)
    if magnitude == 0:
        return f"0{NBSP}kronor"
    digits = magnitude.adjusted() + 1
    q = Decimal(1).scaleb(max(digits - 3, 0))
    rounded = (magnitude / q).quantize(Decimal(1), rounding=ROUND_HALF_UP) * q
    if rounded >= Decimal("1e9"):
        amount, unit = rounded / Decimal("1e9"), "miljarder kronor"
    elif rounded >= MILLION:
        amount, unit = rounded / MILLION, "miljoner kronor"
    else:
        amount, unit = rounded, "kronor"
    decimals = max(0, 3 - (amount.adjusted() + 1)) if unit != "kronor" else 0
    text = number(amount, decimals).rstrip("0").rstrip(",") if decimals else number(amount)
    if unit == "miljarder kronor" and text == "1":
        unit = "miljard kronor"
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
