"""Units that never break across lines: dates, case numbers, law references, amounts.

A board secretary sends back a memo with "2018-03-/23", "DI-2023-/1647", "10 kap. 2 a /§ OSL",
"1 /december 2021" or "cirka /66,4 miljoner kronor" at a line end. :func:`bind_units` joins such a unit with no-break spaces (U+00A0) and no-break
hyphens (U+2011); the Word writer writes the hyphen as Word's own ``w:noBreakHyphen``, so any
font shows it as a plain hyphen. It runs on every text the writer puts in the body, the
official's own text included. Pure text in, text out: no Word, no Qt.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
NB_HYPHEN = "\u2011"

# A hyphen between digits, or after a code's capitals before digits: 2018-03-23, DI-2023-1647,
# KS-2018-00123, 2016-12-01. Never in words ("e-post", "Office-licens").
_CODE_HYPHEN = re.compile(r"(?<=[0-9A-ZÅÄÖ])-(?=[0-9])")
# Law references: "10 kap. 2 a §", "2 kap. 3 §", "5 §", "§ 7", "10 kap.", "§ OSL".
# Every number starts at its first digit ((?<!\d)) and every gap is at most three spaces: the
# official's own text can be 100 000 characters of anything, and an unanchored (\d+)[ ]+ scans
# a long run of digits or spaces again from each of its positions (quadratic: a hang).
_GAP = r"[ \u00a0]{1,3}"
_CHAPTER = re.compile(rf"(?<!\d)(\d{{1,4}}){_GAP}(kap\.){_GAP}(\d{{1,4}})(?:{_GAP}([a-z]))?{_GAP}(§§?)")
_SECTION = re.compile(rf"(?<!\d)(\d{{1,4}})(?:{_GAP}([a-z]))?{_GAP}(§§?)")
_CHAPTER_ONLY = re.compile(r"(?<!\d)(\d{1,4})[ ]{1,3}(kap\.)")
_SECTION_BEFORE = re.compile(r"(§§?)[ ]{1,3}(?=\d|[A-ZÅÄÖ]{2,}\b)")
# A figure and its unit, "à" and its price, "alt." or "nr" and its number.
_UNITS = (
    r"kr|kronor|tkr|mnkr|mkr|mdkr|miljon|miljoner|miljard|miljarder|%|procent|SEK|EUR|USD|€|"
    r"år|mån|månader|veckor|dagar|timmar|st|tim"
)
_FIGURE_UNIT = re.compile(r"(\d)[ ]{1,3}(?=(?:" + _UNITS + r")(?![\wåäöÅÄÖ]))")
_BEFORE_FIGURE = re.compile(
    r"(?<![\wåäöÅÄÖ])(à|á|alt\.|Alt\.|nr|Nr|SEK|EUR|USD|[Dd]nr|DNR)[ ]{1,3}(?=[\d−-])")
# A case number's series before its number: "RS 2026/0211", "KS 2018-00123".
_CASE_PREFIX = re.compile(r"(?<![\wåäöÅÄÖ])([A-ZÅÄÖ]{1,6})[ ](?=\d{2,4}[/\u2011-]\d)")
# Thousands typed with plain spaces: "45 000", "1 234 567" (a 3-digit group after a digit).
_THOUSANDS = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")
# A long date: "1 december 2021", "1 dec. 2021", "den 1 juli" (running text, DOMAIN.md §3);
# the day never ends a line. Anchored at the day's first digit, every gap bounded.
_MONTHS = (
    r"januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|"
    r"jan\.|febr?\.|mar\.|apr\.|aug\.|sept?\.|okt\.|nov\.|dec\."
)
_LONG_DATE = re.compile(
    rf"(?<![\d,.])(\d{{1,2}}){_GAP}({_MONTHS})(?![\wåäöÅÄÖ])(?:{_GAP}(\d{{4}})(?!\d|,\d))?")
_DEN_DATE = re.compile(rf"(?<![\wåäöÅÄÖ])([Dd]en)[ ]{{1,3}}(?=\d{{1,2}}\u00a0(?:{_MONTHS}))")
# An approximation and its figure ("cirka 66,4 miljoner kronor"), and a large unit and the
# currency it counts ("66,4 miljoner kronor", "2 miljarder euro").
_APPROX = re.compile(
    r"(?<![\wåäöÅÄÖ])([Cc]irka|[Cc]a\.?|c:a|[Dd]rygt|[Kk]nappt|[Oo]mkring|[Uu]ngefär)[ ]{1,3}"
    r"(?=[−-]?\d)")
_LARGE_UNIT = re.compile(
    r"(?<=\d\u00a0)(miljon|miljoner|miljard|miljarder|tusen)[ ]{1,3}(?=(?:kronor|kr|euro|EUR|"
    r"dollar|USD|SEK)(?![\wåäöÅÄÖ]))")


def bind_units(text: str) -> str:
    """``text`` with the spaces and hyphens inside each unit made non-breaking."""
    if not text or not any(c.isdigit() for c in text) and "§" not in text:
        return text
    text = _CODE_HYPHEN.sub(NB_HYPHEN, text)
    text = _CHAPTER.sub(_join, text)
    text = _SECTION.sub(_join, text)
    text = _CHAPTER_ONLY.sub(lambda m: f"{m[1]}{NBSP}{m[2]}", text)
    text = _SECTION_BEFORE.sub(lambda m: m[1] + NBSP, text)
    text = _CASE_PREFIX.sub(lambda m: m[1] + NBSP, text)
    text = _THOUSANDS.sub(NBSP, text)
    text = _FIGURE_UNIT.sub(lambda m: m[1] + NBSP, text)
    text = _LARGE_UNIT.sub(lambda m: m[1] + NBSP, text)
    text = _LONG_DATE.sub(_join, text)
    text = _DEN_DATE.sub(lambda m: m[1] + NBSP, text)
    text = _APPROX.sub(lambda m: m[1] + NBSP, text)
    return _BEFORE_FIGURE.sub(lambda m: m[1] + NBSP, text)


def _join(match: re.Match) -> str:
    return NBSP.join(g for g in match.groups() if g)
