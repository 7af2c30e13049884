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
