"""The round's one format step, version 5 -> 6.

Several changes of one round alter the ``.memo`` format. They share this single version step
instead of each taking a number of its own: each change adds one *part* below, a function that
takes a version-5 memo body (``doc["memo"]``, a plain dict from JSON) and returns it with that
change's fields added or reshaped. The parts run in the order they are listed, each on the
previous part's result, and must leave a body that a part before them has already upgraded
alone (a part never relies on another one having run first unless it says so).

Rules for a part: never raise on odd input (a hand-edited file may hold anything; leave what you
do not understand for the schema check to report), never drop the official's text, and keep
the old field where a value cannot be moved unambiguously.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

Body = dict[str, Any]
Part = Callable[[Body], Body]

#: The parts of the 5 -> 6 step, in order.
PARTS: list[Part] = []


def part(fn: Part) -> Part:
    """Register ``fn`` as a part of the 5 -> 6 step."""
    PARTS.append(fn)
    return fn


def upgrade_body(body: Body) -> Body:
    for step in PARTS:
        body = step(dict(body))
    return body


# --- The parts (each change of the round adds its own below, with a docstring saying what) ---


@part
def truthful_costs(body: Body) -> Body:
    """Issue 20 (like with like, only what the official wrote, what the board looks for):
    adds ``perspectives[].none_found`` (False: a version-5 empty perspective printed the
    profile's stock finding that nobody made, so the official is now asked), the cost
    assumptions' ``financing`` (empty) and ``year_basis`` ("" = not stated), each option's
    ``services_stop`` and each cost line's ``bridge`` (False: nothing is guessed). Values
    already there are kept; anything not of the expected shape is left for the schema check."""
    perspectives = body.get("perspectives")
    if isinstance(perspectives, list):
        for p in perspectives:
            if isinstance(p, dict):
                p.setdefault("none_found", False)
    assumptions = body.get("assumptions")
    if isinstance(assumptions, dict):
        assumptions.setdefault("financing", "")
        assumptions.setdefault("year_basis", "")
    options = body.get("options")
    if isinstance(options, list):
        for option in options:
            if not isinstance(option, dict):
                continue
            option.setdefault("services_stop", False)
            lines = option.get("cost_lines")
            if isinstance(lines, list):
                for line in lines:
                    if isinstance(line, dict):
                        line.setdefault("bridge", False)
    return body


@part
def caveat_library_text(body: Body) -> Body:
    """Issue 20 (the law as known on the day): each legal caveat gets ``library_text``, the
    library wording it was filled from. A version-5 file never stored it, so it is empty: the
    memo's own text is then compared with the library's text for the memo's date, and any
    difference is offered as an update, one caveat at a time."""
    caveats = body.get("caveats")
    if isinstance(caveats, list):
        body["caveats"] = [
            {**c, "library_text": c.get("library_text", "")} if isinstance(c, dict) else c
            for c in caveats
        ]
    return body


def _dec(value: Any) -> Any:
    """A number as Decimal for comparing, or the value itself when it is not one."""

    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return value
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return value


def _year(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


#: What must be equal for two rows to be one cost (compared as numbers where numbers).
_SAME_COST = ("category", "description", "volume", "volume_unit", "unit_price", "recurrence",
              "internal", "index_percent", "currency", "exchange_rate", "estimate")
_LINE_DEFAULTS = {"category": "licenses", "description": "", "volume": "1", "volume_unit": "",
                  "unit_price": "0", "recurrence": "annual", "internal": False,
                  "index_percent": "0", "currency": "SEK", "exchange_rate": None,
                  "estimate": False, "option_period": False, "index_base_year": None}


def _field(line: Body, key: str) -> Any:
    value = line.get(key, _LINE_DEFAULTS.get(key))
    if key == "description" and isinstance(value, str):
        return value.strip()
    if key == "currency" and isinstance(value, str):
        return value.strip().upper() or "SEK"
    return _dec(value) if key in ("volume", "unit_price", "index_percent", "exchange_rate") \
        else value


def _continues(contract: Body, option: Body) -> bool:
    """Whether ``option`` is the option years of ``contract``: the same cost, the years right
    after, and the same prices in every year once joined (the index runs on from its base)."""
    if any(_field(contract, k) != _field(option, k) for k in _SAME_COST):
        return False
    if _field(contract, "recurrence") != "annual":
        return False
    if _field(contract, "option_period") is not False or _field(option, "option_period") is not True:
        return False
    if "option_from_year" in contract and contract.get("option_from_year") not in (0, None):
        return False
    first, last = _year(contract.get("first_year")), _year(contract.get("last_year"))
    o_first, o_last = _year(option.get("first_year")), _year(option.get("last_year"))
    if None in (first, last, o_first, o_last) or not (first <= last < o_first <= o_last):
        return False
    if o_first != last + 1:
        return False
    base = _year(contract.get("index_base_year")) or first
    o_base = _year(option.get("index_base_year")) or o_first
    index = _field(contract, "index_percent")
    return base == o_base or index == 0


def _mark_key(mark: Body) -> tuple[str, str, str]:
    # repr: a hand-edited file may hold a list where text belongs; it must not raise here.
    return (repr(mark.get("target")), repr(mark.get("kind", "unit_price")),
            repr(mark.get("ground", "")))


@part
def cost_option_years_in_one_row(body: Body) -> Body:
    """A cost with option years is one row (issue 23): ``option_from_year`` on a cost line.

    Older memos entered a four-year cost whose last two years are an option as two rows, the
    second marked ``option_period`` with the index's base year typed by hand. Where that pair
    is unambiguous (the same cost in every field, the option row's years right after the
    contract row's, the index running on from the same base, and each row pairing with no
    other) the two become one row with ``option_from_year``: every year's amount stays the
    same. The merged row keeps the contract row's id; secrecy marks on the option row move to
    it (the same kind with the same ground once), so a price marked on only one of the two
    rows is now marked on the one price. Anything else is left as it was.
    """
    options = body.get("options")
    if not isinstance(options, list):
        return body
    retarget: dict[str, str] = {}
    new_options = []
    for option in options:
        lines = option.get("cost_lines") if isinstance(option, dict) else None
        if not isinstance(lines, list):
            new_options.append(option)
            continue
        rows = [ln if isinstance(ln, dict) else None for ln in lines]
        pairs = {i: [j for j, other in enumerate(rows) if other is not None and j != i
                     and _continues(row, other)]
                 for i, row in enumerate(rows) if row is not None}
        partners: dict[int, list[int]] = {}
        for i, js in pairs.items():
            for j in js:
                partners.setdefault(j, []).append(i)
        merged: dict[int, int] = {}  # contract row -> option row
        for i, js in pairs.items():
            if len(js) == 1 and len(partners.get(js[0], [])) == 1 and i not in partners \
                    and not pairs.get(js[0]):
                merged[i] = js[0]
        marks = _marks(body)
        for i, j in list(merged.items()):
            a_id, b_id = rows[i].get("id"), rows[j].get("id")
            if not isinstance(a_id, str) or not a_id or not isinstance(b_id, str) or not b_id:
                del merged[i]
                continue
            # Marks of one kind with different grounds on the two rows: which ground the one
            # price has is the official's call, so the rows stay as they are.
            grounds: dict[Any, set] = {}
            for m in marks:
                if isinstance(m, dict) and m.get("target") in (a_id, b_id):
                    _t, kind, ground = _mark_key(m)
                    grounds.setdefault(kind, set()).add(ground)
            if any(len(g) > 1 for g in grounds.values()):
                del merged[i]
        if not merged:
            new_options.append(option)
            continue
        gone = set(merged.values())
        new_lines = []
        for i, line in enumerate(lines):
            if i in gone:
                continue
            if i in merged:
                opt_row = rows[merged[i]]
                line = dict(line)
                line["last_year"] = opt_row["last_year"]
                line["option_from_year"] = opt_row["first_year"]
                line["option_period"] = False
                retarget[opt_row["id"]] = line["id"]
            new_lines.append(line)
        option = dict(option)
        option["cost_lines"] = new_lines
        new_options.append(option)
    body["options"] = new_options
    if retarget and _marks(body):
        secrecy = dict(body["secrecy"])
        seen: set = set()
        new_marks = []
        for mark in secrecy["marks"]:
            if isinstance(mark, dict) and isinstance(mark.get("target"), str) \
                    and mark["target"] in retarget:
                mark = dict(mark)
                mark["target"] = retarget[mark["target"]]
            if isinstance(mark, dict) and mark.get("target") in retarget.values():
                key = _mark_key(mark)
                if key in seen:
                    continue
                seen.add(key)
            new_marks.append(mark)
        secrecy["marks"] = new_marks
        body["secrecy"] = secrecy
    return body


def _marks(body: Body) -> list:
    secrecy = body.get("secrecy")
    marks = secrecy.get("marks") if isinstance(secrecy, dict) else None
    return marks if isinstance(marks, list) else []
