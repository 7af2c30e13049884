"""Validation field paths (``"options[1].cost_lines[0].unit_price"``) taken apart, so a page
can find the widget a problem points at. Which step a path belongs to is in the step registry
(``gui/steps/__init__.py``)."""

from __future__ import annotations

import re

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
