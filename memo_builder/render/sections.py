"""Which sections a memo prints, in which order: the profile's order, and every section that
holds the official's text even when the profile has no place for it (issue 20: switching
profile loses nothing).

A section the profile's ``order`` leaves out but the memo has text for is placed right after
the nearest section before it in the default order that the profile does list (Samverkan after
the perspectives or the criteria, say), or first when none does.
"""

from __future__ import annotations

from memo_builder.model.memo import Memo

#: The default order (templates/_base/profile.toml); a missing section's place is read from it.
DEFAULT_ORDER = (
    "proposal", "summary", "background", "options", "costs", "consequences", "legal",
    "assessment", "criteria", "perspectives", "cooperation", "attachments", "signatures",
)


def holds_text(memo: Memo, key: str, perspectives: list | None = None) -> bool:
    """Whether the memo has something of the official's own for section ``key``.
    ``perspectives``: the perspectives the memo prints (render/context.py), if known."""
    c = memo.consequences
    held = {
        "proposal": any(p.text.strip() for p in memo.decision_points),
        "summary": bool(memo.summary.strip()),
        "background": bool(memo.background.strip()),
        "options": bool(memo.options),
        "costs": any(o.cost_lines for o in memo.options),
        "consequences": c.deadline is not None or any(s.name.strip() for s in c.services)
        or bool(c.description.strip()),
        "legal": bool(memo.caveats),
        "assessment": bool(memo.assessment.strip()),
        "criteria": bool(memo.criteria),
        "perspectives": bool(perspectives) if perspectives is not None
        else any(p.text.strip() or p.none_found for p in memo.perspectives),
        "cooperation": bool(memo.cooperation.strip()),
        "attachments": any(a.title.strip() for a in memo.attachments),
        "signatures": any(s.name.strip() for s in memo.signatures),
    }
    return held.get(key, False)


#: A section another one already prints in full: a profile with Beslutsunderlag lists the
#: attachments there (said once, issue 21), so it needs no Bilagor section added.
COVERED_BY = {"attachments": "decision_basis"}


def section_order(order: list[str], memo: Memo, perspectives: list | None = None) -> list[str]:
    """``order`` with each section it lacks but the memo holds text for, in its default place."""
    result = list(order)
    for k, key in enumerate(DEFAULT_ORDER):
        if key in result or COVERED_BY.get(key) in result or not holds_text(memo, key, perspectives):
            continue
        before = [x for x in DEFAULT_ORDER[:k] if x in result]
        at = result.index(before[-1]) + 1 if before else 0
        result.insert(at, key)
    return result


def added_sections(order: list[str], memo: Memo, perspectives: list | None = None) -> list[str]:
    """The sections :func:`section_order` adds to ``order`` (for a message saying so)."""
    return [k for k in section_order(order, memo, perspectives) if k not in order]
