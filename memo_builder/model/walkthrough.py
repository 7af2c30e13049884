"""The walk-through's steps as data, without Qt: their keys, Swedish titles and the field paths
each edits. The GUI's registry (gui/steps/__init__.py) adds the pages; the CLI uses this to
name where a problem is ("Alternativ › Alternativ 3 › Ledtid") instead of showing the path."""

from __future__ import annotations

import re

# key, Swedish title, field-path prefixes without indices (the longest matching prefix wins)
STEPS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("case", "Ärendet", ("case",)),
    ("background", "Bakgrund", ("summary", "background")),
    ("options", "Alternativ", ("options", "recommended_option_id", "baseline_option_id")),
    ("costs", "Kostnader", ("options.cost_lines", "assumptions")),
    ("consequences", "Konsekvenser", ("consequences", "perspectives")),
    ("legal", "Juridik", ("caveats", "facts", "secrecy")),
    ("criteria", "Bedömningsgrunder", ("criteria",)),  # optional
    ("decision", "Förslag till beslut",
     ("decision_points", "assessment", "cooperation", "attachments", "signatures")),
    ("review", "Granska och skapa", ()),
)
STEP_KEYS: tuple[str, ...] = tuple(key for key, _title, _paths in STEPS)
STEP_TITLES: dict[str, str] = {key: title for key, title, _paths in STEPS}
#: Where a problem without a step of its own is shown: the last step lists everything.
FALLBACK_STEP = "review"

_INDEX = re.compile(r"\[\d+\]")
_PART = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")

# How the fields read in Swedish; list fields name their items ("Alternativ 3").
FIELD_NAMES = {
    "case": "", "title": "Rubrik", "organisation": "Organisation", "administration": "Förvaltning",
    "board": "Nämnd", "diarienummer": "Diarienummer", "memo_date": "Utfärdat",
    "meeting_date": "Sammanträde", "officer": "Handläggare", "name": "Namn", "phone": "Telefon",
    "email": "E-post", "summary": "Sammanfattning", "background": "Bakgrund",
    "description": "Beskrivning", "advantages": "Fördelar", "disadvantages": "Nackdelar",
    "supplier": "Leverantör", "lead_time_months": "Ledtid", "cost_lines": "Kostnadsrader",
    "category": "Kategori", "volume": "Volym", "volume_unit": "Enhet", "unit_price": "Pris",
    "first_year": "Första år", "last_year": "Sista år", "index_percent": "Index",
    "index_base_year": "Basår index", "currency": "Valuta", "exchange_rate": "Växelkurs",
    "assumptions": "Antaganden", "user_count": "Antal användare",
    "figures_are_estimates": "Alla belopp är uppskattningar", "note": "Källor och antaganden",
    "sensitivity_volume_percent": "Känslighet volym", "sensitivity_index_points": "Känslighet index",
    "sensitivity_exchange_percent": "Känslighet växelkurs", "consequences": "",
    "deadline": "Slutdatum", "services": "Tjänster som upphör", "severity": "Allvarlighetsgrad",
    "perspectives": "Perspektiv", "text": "Text", "caveats": "Juridisk fråga",
    "assessment": "Bedömning", "reasoning": "Motivering", "library_id": "Biblioteket",
    "decision_points": "Beslutspunkt", "attachments": "Bilaga", "signatures": "Underskrift",
    "cooperation": "Samverkan", "facts": "Ärendets fakta", "recommended_option_id": "Förslag",
    "baseline_option_id": "Jämförelsebas", "options": "Alternativ", "date": "Datum",
    "criteria": "Bedömningsgrund", "weight": "Vikt", "from_costs": "Betyg från kostnaderna",
    "scores": "Betyg", "financing": "Finansiering", "year_basis": "Kalenderår eller avtalsår",
    "services_stop": "Tjänsterna upphör", "bridge": "Övergång",
    "none_found": "Inga särskilda aspekter",
}
ITEM_NAMES = {"options": "Alternativ", "cost_lines": "Rad", "caveats": "Juridisk fråga",
              "decision_points": "Beslutspunkt", "attachments": "Bilaga",
              "signatures": "Underskrift", "perspectives": "Perspektiv", "services": "Tjänst",
              # criteria[i].scores[j]: the score of option j (its index in the memo)
              "criteria": "Bedömningsgrund", "scores": "Alternativ"}


def step_for_path(path: str) -> str:
    """``"options[1].cost_lines[0].unit_price"`` -> ``"costs"``; unknown paths -> the review."""
    plain = _INDEX.sub("", path)
    best, length = FALLBACK_STEP, -1
    for key, _title, prefixes in STEPS:
        for prefix in prefixes:
            if (plain == prefix or plain.startswith(prefix + ".")) and len(prefix) > length:
                best, length = key, len(prefix)
    return best


def describe_path(path: str) -> str:
    """``"options[2].lead_time_months"`` -> ``"Alternativ › Alternativ 3 › Ledtid"``: the step
    and the field as the user sees them."""
    parts = [STEP_TITLES[step_for_path(path)]]
    for m in _PART.finditer(path):
        name, index = m.group(1), m.group(2)
        if index is not None:
            parts.append(f"{ITEM_NAMES.get(name, FIELD_NAMES.get(name, name))} {int(index) + 1}")
        else:
            label = FIELD_NAMES.get(name, name.replace("_", " ").capitalize())
            if label and label != parts[-1]:
                parts.append(label)
    return " › ".join(parts)


def step_started(memo, key: str) -> bool:
    """Whether the user has entered anything the step is about (an untouched step is not
    "done", even when nothing in it is wrong yet)."""
    c = memo.case
    if key == "case":
        return any(x.strip() for x in (c.title, c.board, c.diarienummer, c.officer.name))
    if key == "background":
        return bool(memo.summary.strip() or memo.background.strip())
    if key == "options":
        return bool(memo.options)
    if key == "costs":
        return any(o.cost_lines for o in memo.options) or memo.assumptions.user_count > 0
    if key == "consequences":
        k = memo.consequences
        return k.deadline is not None or bool(k.services) or bool(k.description.strip())
    if key == "legal":
        return bool(memo.caveats)
    if key == "decision":
        return bool(memo.decision_points or memo.assessment.strip() or memo.signatures)
    return True
