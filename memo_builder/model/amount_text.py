"""Amounts as people write them in free text, found and read back as numbers.

The public version shows the official's own text as it is, so validation must find a withheld
figure in it however it was typed: "289,50 kronor", "289,5 kr", "24,13 kronor per månad",
"18 euro", "EUR 18", "3,5 miljoner kronor", "8 343 tkr", "45 000 användare". Each mention is
read as a value with the precision it was written with; :func:`reveals` says whether it gives
a value away to within the rule's 10 % (model/disclosure.py). No Qt, no disk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

_NUMBER = r"(?P<num>\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?)"
_SCALE = (r"(?P<scale>miljarder|miljard|mdkr|mdr|miljoner|miljon|milj\.?|mnkr|mkr|msek|mn|"
          r"tusen|tkr|ksek)")
_CURRENCY = r"(?P<cur>kronor|krona|kr\b|:-|sek\b|euro|eur\b|€|usd\b|dollar|\$|gbp\b|pund|nok\b|" \
            r"dkk\b|chf\b)"
_MONTH = r"(?P<month>\s*(?:per|i|/)\s*(?:månad|mån\b|mån\.))"
_MENTION = re.compile(
    rf"(?:(?P<pre>eur|€|usd|\$|sek|gbp|nok|dkk|chf)\s*)?(?<![\w,.]){_NUMBER}(?![,.]?\d)"
    rf"(?:\s*{_SCALE})?(?:\s*{_CURRENCY})?{_MONTH}?",
    re.IGNORECASE,
)
_SCALES = {"miljard": 9, "miljarder": 9, "mdkr": 9, "mdr": 9, "miljon": 6, "miljoner": 6,
           "milj": 6, "milj.": 6, "mnkr": 6, "mkr": 6, "msek": 6, "mn": 6, "tusen": 3,
           "tkr": 3, "ksek": 3}
_CURRENCIES = {"kronor": "SEK", "krona": "SEK", "kr": "SEK", ":-": "SEK", "sek": "SEK",
               "euro": "EUR", "eur": "EUR", "€": "EUR", "usd": "USD", "dollar": "USD",
               "$": "USD", "gbp": "GBP", "pund": "GBP", "nok": "NOK", "dkk": "DKK",
               "chf": "CHF"}
#: Scale words that mean kronor without saying so ("8 343 tkr", "3,5 mnkr").
_SEK_SCALES = {"tkr", "ksek", "mnkr", "mkr", "msek", "mdkr"}


@dataclass(frozen=True)
class Mention:
    """One amount in a text: its value, the half-width of what it was rounded from, the
    currency when one was written ("" for a bare number) and whether it is per month."""

    text: str
    value: Decimal
    half_width: Decimal
    currency: str
    per_month: bool


def mentions(text: str) -> list[Mention]:
    out = []
    for m in _MENTION.finditer(text or ""):
        raw = m.group("num")
        digits = re.sub(r"[ \u00a0\u202f]", "", raw)
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits):
            digits = digits.replace(".", "")  # "45.000": a thousands point
        digits = digits.replace(",", ".")
        try:
            number = Decimal(digits)
        except InvalidOperation:
            continue
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        scale_word = (m.group("scale") or "").lower()
        power = _SCALES.get(scale_word, 0)
        cur_word = (m.group("cur") or m.group("pre") or "").lower()
        currency = _CURRENCIES.get(cur_word, "")
        if not currency and scale_word in _SEK_SCALES:
            currency = "SEK"
        if not currency and scale_word and not m.group("cur"):
            currency = ""  # "45 tusen": a bare count
        unit = Decimal(10) ** power
        out.append(Mention(m.group(0).strip(), number * unit,
                           Decimal(5) * Decimal(10) ** (power - decimals - 1), currency,
                           bool(m.group("month"))))
    return out


def reveals(mention: Mention, value: Decimal, currency: str = "SEK", *,
            spread: Decimal = Decimal("0.1")) -> bool:
    """Does ``mention`` give ``value`` (in ``currency``) away: does the value round to what is
    written, to within less than ``spread`` of it either side? A bare number (no currency)
    counts for any currency, and for a count such as a volume."""
    if mention.currency and mention.currency != currency:
        return False
    written = mention.value * 12 if mention.per_month else mention.value
    width = mention.half_width * 12 if mention.per_month else mention.half_width
    target = abs(value)
    if abs(abs(written) - target) > width:
        return False
    if not mention.currency and len(re.sub(r"\D", "", mention.text)) < 4:
        return False  # "18" or "3,5" without a unit: a day, a count, too common to judge
    return target == 0 or width < spread * target
