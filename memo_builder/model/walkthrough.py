"""The walk-through's steps as data, without Qt: their keys, Swedish titles and the field paths
each edits, and the names of the fields. The one home of each: the GUI's registry
(gui/steps/__init__.py) adds the pages and shows the titles translated, its cost grid names its
columns from here; the CLI uses this to name where a problem is ("Alternativ › Alternativ 3 ›
Ledtid") instead of showing the path.

Titles and the cost grid's names are marked with ``QT_TRANSLATE_NOOP`` for pyside6-lupdate
(resources/translations/build.py reads this module with the GUI's); here the marker is a plain
function, so the model stays free of Qt and the CLI prints the Swedish."""

from __future__ import annotations

import re


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """``text``, marked for translation in ``context`` (the GUI translates it there)."""
    return text


# The translation context of the step titles (QCoreApplication.translate(STEP_CONTEXT, title)).
STEP_CONTEXT = "Steps"
# The translation context of the cost-line field names, the cost grid's column headers.
COST_FIELD_CONTEXT = "CostTable"

# key, Swedish title, field-path prefixes without indices (the longest matching prefix wins)
STEPS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("case", QT_TRANSLATE_NOOP("Steps", "Ärendet"), ("case",)),
    ("background", QT_TRANSLATE_NOOP("Steps", "Bakgrund"), ("summary", "background")),
    ("options", QT_TRANSLATE_NOOP("Steps", "Alternativ"),
     ("options", "recommended_option_id", "baseline_option_id")),
    ("costs", QT_TRANSLATE_NOOP("Steps", "Kostnader"), ("options.cost_lines", "assumptions")),
    ("consequences", QT_TRANSLATE_NOOP("Steps", "Konsekvenser"),
     ("consequences", "perspectives")),
    ("legal", QT_TRANSLATE_NOOP("Steps", "Juridik"), ("caveats", "facts", "secrecy")),
    ("criteria", QT_TRANSLATE_NOOP("Steps", "Bedömningsgrunder"), ("criteria",)),  # optional
    ("decision", QT_TRANSLATE_NOOP("Steps", "Förslag till beslut"),
     ("decision_points", "assessment", "cooperation", "attachments", "signatures")),
    ("review", QT_TRANSLATE_NOOP("Steps", "Granska och skapa"), ()),
)
STEP_KEYS: tuple[str, ...] = tuple(key for key, _title, _paths in STEPS)
STEP_TITLES: dict[str, str] = {key: title for key, title, _paths in STEPS}
# Where a problem without a step of its own is shown: the last step lists everything.
FALLBACK_STEP = "review"

_INDEX = re.compile(r"\[\d+\]")
_PART = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")

# A cost line's fields by the names the cost grid's columns have: a problem in a cost line is
# named by the column the user finds it in ("Kostnader › Alternativ 2 › Rad 3 › Styckpris").
COST_FIELDS: dict[str, str] = {
    "category": QT_TRANSLATE_NOOP("CostTable", "Kategori"),
    "description": QT_TRANSLATE_NOOP("CostTable", "Beskrivning"),
    "volume": QT_TRANSLATE_NOOP("CostTable", "Volym"),
    "volume_unit": QT_TRANSLATE_NOOP("CostTable", "Enhet"),
    "unit_price": QT_TRANSLATE_NOOP("CostTable", "Styckpris"),
    "currency": QT_TRANSLATE_NOOP("CostTable", "Valuta"),
    "exchange_rate": QT_TRANSLATE_NOOP("CostTable", "Växelkurs"),
    "recurrence": QT_TRANSLATE_NOOP("CostTable", "Återkommer"),
    "first_year": QT_TRANSLATE_NOOP("CostTable", "Från"),
    "last_year": QT_TRANSLATE_NOOP("CostTable", "Till"),
    "index_percent": QT_TRANSLATE_NOOP("CostTable", "Index %"),
    "index_base_year": QT_TRANSLATE_NOOP("CostTable", "Basår index"),
    "internal": QT_TRANSLATE_NOOP("CostTable", "Intern"),
    "option_period": QT_TRANSLATE_NOOP("CostTable", "Option"),
    "option_from_year": QT_TRANSLATE_NOOP("CostTable", "Option från"),
    "estimate": QT_TRANSLATE_NOOP("CostTable", "Uppskattat"),
    "bridge": QT_TRANSLATE_NOOP("CostTable", "Övergång"),
}

# How the other fields read in Swedish; list fields name their items ("Alternativ 3").
FIELD_NAMES = {
    "case": "", "title": "Rubrik", "organisation": "Organisation", "administration": "Förvaltning",
    "board": "Nämnd", "diarienummer": "Diarienummer", "memo_date": "Utfärdat",
    "meeting_date": "Sammanträde", "officer": "Handläggare", "name": "Namn", "phone": "Telefon",
    "email": "E-post", "summary": "Sammanfattning", "background": "Bakgrund",
    "description": "Beskrivning", "advantages": "Fördelar", "disadvantages": "Nackdelar",
    "supplier": "Leverantör", "lead_time_months": "Ledtid", "cost_lines": "Kostnadsrader",
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
    "services_stop": "Tjänsterna upphör",
    "none_found": "Inga särskilda aspekter",
    **COST_FIELDS,
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
