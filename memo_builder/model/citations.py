"""One citation form for Swedish statutes, in the library and in the memo.

A statute is cited by its name with its SFS number in brackets, in the usual Swedish form:
"offentlighets- och sekretesslagen (2009:400)", "lagen (2016:1145) om offentlig upphandling".
Never "(SFS 2009:400)" and never "Lag (2016:1145)"; after the first time in a memo the short
name ("OSL") is enough. No Qt here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Statute:
    number: str  # "2009:400"
    full: str  # the form for the first citation, lower case as in running text
    short: str  # the form for every later citation in the same memo


STATUTES: dict[str, Statute] = {
    s.number: s
    for s in (
        Statute("1990:782", "arkivlagen (1990:782)", "arkivlagen"),
        Statute("2009:400", "offentlighets- och sekretesslagen (2009:400)", "OSL"),
        Statute("2016:1145", "lagen (2016:1145) om offentlig upphandling", "LOU"),
        Statute("2017:725", "kommunallagen (2017:725)", "kommunallagen"),
        Statute("2018:585", "säkerhetsskyddslagen (2018:585)", "säkerhetsskyddslagen"),
        Statute(
            "2020:914",
            "lagen (2020:914) om tystnadsplikt vid utkontraktering",
            "lagen om tystnadsplikt vid utkontraktering",
        ),
        Statute("2025:1506", "cybersäkerhetslagen (2025:1506)", "cybersäkerhetslagen"),
        Statute("2025:1507", "cybersäkerhetsförordningen (2025:1507)", "cybersäkerhetsförordningen"),
    )
}

_SFS = re.compile(r"\bSFS\s*\d{4}:\d+")
_NUMBER = re.compile(r"\((\d{4}):(\d+)\)")


def _variants(text: str) -> tuple[str, str]:
    return text, text[:1].upper() + text[1:]


def citation_problems(text: str) -> list[str]:
    """What in ``text`` breaks the one citation form (empty: nothing)."""
    problems = []
    for match in _SFS.finditer(text):
        problems.append(f"skriv lagens namn och nummer, inte ”{match.group(0)}”")
    for match in _NUMBER.finditer(text):
        number = f"{match.group(1)}:{match.group(2)}"
        statute = STATUTES.get(number)
        if statute is None:
            problems.append(f"({number}) finns inte i listan över lagar (model/citations.py)")
            continue
        if not any(_cites_at(text, match.start(), form) for form in _variants(statute.full)):
            problems.append(f"({number}) ska citeras som ”{statute.full}”")
    return problems


def _cites_at(text: str, number_at: int, form: str) -> bool:
    bracket = form.index("(")
    start = number_at - bracket
    return start >= 0 and text[start : start + len(form)] == form


def shorten_repeated(texts: list[str]) -> list[str]:
    """The same texts, in order, each statute in its full form the first time and in its short
    form every later time ("offentlighets- och sekretesslagen (2009:400)", then "OSL")."""
    cited: set[str] = set()
    out = []
    for text in texts:
        for statute in STATUTES.values():
            pattern = re.compile("|".join(re.escape(f) for f in _variants(statute.full)))

            def replace(match: re.Match[str], statute: Statute = statute) -> str:
                if statute.number not in cited:
                    cited.add(statute.number)
                    return match.group(0)
                short = statute.short
                return short[:1].upper() + short[1:] if match.group(0)[:1].isupper() else short

            text = pattern.sub(replace, text)
        out.append(text)
    return out
