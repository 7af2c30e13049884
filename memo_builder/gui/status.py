"""Which step a validation problem belongs to, from its field path."""

from __future__ import annotations

import re

STEP_KEYS = (
    "case",
    "background",
    "options",
    "costs",
    "consequences",
    "legal",
    "decision",
    "review",
)

_HEAD = re.compile(r"[a-z_]+")

_BY_HEAD = {
    "case": "case",
    "summary": "background",
    "background": "background",
    "assumptions": "costs",
    "consequences": "consequences",
    "perspectives": "consequences",
    "caveats": "legal",
    "facts": "legal",
    "decision_points": "decision",
    "assessment": "decision",
    "cooperation": "decision",
    "attachments": "decision",
    "signatures": "decision",
}


def step_for_path(path: str) -> str:
    """``"options[1].cost_lines[0].unit_price"`` -> ``"costs"``; unknown paths -> ``"review"``."""
    m = _HEAD.match(path)
    head = m.group() if m else ""
    if head == "options":
        return "costs" if ".cost_lines" in path else "options"
    return _BY_HEAD.get(head, "review")


_TOKEN = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")


def parse_path(path: str) -> list[tuple[str, int | None]]:
    """``"options[1].cost_lines[0].unit_price"`` -> ``[("options", 1), ("cost_lines", 0),
    ("unit_price", None)]``."""
    out: list[tuple[str, int | None]] = []
    for part in path.split("."):
        m = _TOKEN.fullmatch(part)
        if not m:
            break
        out.append((m.group(1), int(m.group(2)) if m.group(2) is not None else None))
    return out
