"""Model -> template context. Every sum and every formatted figure is made here, in Python.

Templates only place values; they never compute. All strings are plain (escaped by jinja2's
autoescape when placed), numbers already in Swedish format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from memo_builder import swedish
from memo_builder.model.consequences import option_deadlines
from memo_builder.model.costs import OptionCosts, memo_costs, sensitivity
from memo_builder.model.memo import (
    ASSESSMENT_LABELS,
    COST_CATEGORY_LABELS,
    SEVERITY_LABELS,
    Assessment,
    Memo,
    Recurrence,
)
from memo_builder.model.text import clean_text
from memo_builder.render.profile import Profile

KIND_LABELS = {
    "law": "Bindande lag",
    "ruling": "Domstolsavgörande",
    "authority": "Myndighetsbeslut",
    "guidance": "Vägledning",
    "vendor": "Leverantörsåtagande – inte lag",
    "proposal": "Förslag – inte gällande rätt",
}

SENSITIVITY_LABELS = {
    "volume": "Licensvolym ±{volume}",
    "index": "Index ±{index} procentenheter",
    "exchange": "Växelkurs ±{exchange}",
    "combined": "Alla tre samtidigt",
}


@dataclass
class TableRow:
    label: str
    cells: list[str]
    total: str
    css: str = ""  # "sum" for totals rows


@dataclass
class CostTable:
    caption: str
    years: list[str]
    rows: list[TableRow] = field(default_factory=list)


def _clean(value: Any) -> Any:
    return clean_text(value) if isinstance(value, str) else value


def _join_sv(items: list[str]) -> str:
    """``['a', 'b', 'c']`` -> ``'a, b och c'``."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " och " + items[-1]


def _line_label(lc) -> str:
    line = lc.line
    label = line.description.strip() or COST_CATEGORY_LABELS[line.category]
    details = []
    if line.volume_unit.strip():
        details.append(f"{swedish.number(line.volume, _decimals(line.volume))} {line.volume_unit.strip()}")
    if line.recurrence is Recurrence.ONE_OFF:
        details.append("engångs")
    details.append("intern" if line.internal else "extern")
    if (line.currency or "SEK").upper() != "SEK" and line.exchange_rate is not None:
        details.append(
            f"{line.currency.upper()} à {swedish.number(line.exchange_rate, _decimals(line.exchange_rate))} kr"
        )
    if line.index_percent:
        details.append(f"index {swedish.percent(line.index_percent, 2)}/år")
    if line.estimate:
        details.append("uppskattning")
    return f"{label} ({', '.join(details)})"


def _decimals(value: Decimal) -> int:
    exp = value.normalize().as_tuple().exponent
    return max(0, -exp) if isinstance(exp, int) else 0


def cost_table(costs: OptionCosts) -> CostTable:
    years = costs.years
    table = CostTable(
        caption=f"Kostnader per år för {costs.option.title} (tkr)",
        years=[str(y) for y in years],
    )
    for lc in costs.lines:
        table.rows.append(
            TableRow(
                _line_label(lc),
                [swedish.tkr(lc.per_year[y]) if y in lc.per_year else "–" for y in years],
                swedish.tkr(lc.total),
            )
        )
    has_option = costs.option_period_total != 0 or any(lc.line.option_period for lc in costs.lines)
    if has_option:
        table.rows.append(
            TableRow(
                "Summa avtalsperiod",
                [swedish.tkr(costs.contract_per_year[y]) for y in years],
                swedish.tkr(costs.contract_total),
                "sum",
            )
        )
        table.rows.append(
            TableRow(
                "Option/förlängning",
                [swedish.tkr(costs.per_year[y] - costs.contract_per_year[y]) for y in years],
                swedish.tkr(costs.option_period_total),
                "sum",
            )
        )
    table.rows.append(
        TableRow(
            "Totalt inklusive option" if has_option else "Totalt",
            [swedish.tkr(costs.per_year[y]) for y in years],
            swedish.tkr(costs.total),
            "sum",
        )
    )
    return table


def _option_context(memo: Memo, costs: OptionCosts) -> dict[str, Any]:
    option = costs.option
    split = [
        f"Engångskostnader {swedish.kronor(costs.one_off_total)}, "
        f"löpande kostnader {swedish.kronor(costs.recurring_total)}.",
        f"Interna kostnader {swedish.kronor(costs.internal_total)}, "
        f"externa kostnader {swedish.kronor(costs.external_total)}.",
    ]
    if costs.option_period_total:
        split.insert(
            0,
            f"Avtalsperioden kostar {swedish.kronor(costs.contract_total)}; med option "
            f"{swedish.kronor(costs.total)}.",
        )
    if costs.cost_per_user_year is not None:
        split.append(
            f"Kostnad per användare och år: {swedish.kronor(costs.cost_per_user_year)} "
            f"({swedish.number(memo.assumptions.user_count)} användare)."
        )
    ranges = []
    if costs.lines:
        a = memo.assumptions
        fmt = {
            "volume": swedish.percent(a.sensitivity_volume_percent, 1),
            "index": swedish.number(a.sensitivity_index_points, _decimals(a.sensitivity_index_points)),
            "exchange": swedish.percent(a.sensitivity_exchange_percent, 1),
        }
        for r in sensitivity(memo, option):
            if r.low == r.high:
                continue
            ranges.append(
                {
                    "label": SENSITIVITY_LABELS[r.label].format(**fmt),
                    "low": swedish.tkr(r.low),
                    "high": swedish.tkr(r.high),
                }
            )
    return {
        "id": option.id,
        "title": _clean(option.title),
        "description": _clean(option.description),
        "advantages": _clean(option.advantages),
        "disadvantages": _clean(option.disadvantages),
        "recommended": option.recommended,
        "baseline": option.baseline,
        "supplier": _clean(option.supplier),
        "has_costs": bool(costs.lines),
        "table": cost_table(costs) if costs.lines else None,
        "cost_facts": split if costs.lines else [],
        "sensitivity": ranges,
        "total_kronor": swedish.kronor(costs.total),
    }


def _comparison(memo: Memo, all_costs: list[OptionCosts]) -> dict[str, Any]:
    has_baseline = any(c.option.baseline for c in all_costs)
    has_users = memo.assumptions.user_count > 0
    rows = []
    for c in all_costs:
        diff = ""
        if c.difference_to_baseline is not None:
            diff = "–" if c.option.baseline else swedish.tkr(c.difference_to_baseline)
            if not c.option.baseline and c.difference_to_baseline > 0:
                diff = "+" + diff
        rows.append(
            {
                "title": _clean(c.option.title) + (" (förslag)" if c.option.recommended else ""),
                "contract": swedish.tkr(c.contract_total),
                "option": swedish.tkr(c.option_period_total),
                "total": swedish.tkr(c.total),
                "external": swedish.tkr(c.external_total),
                "internal": swedish.tkr(c.internal_total),
                "difference": diff,
                "per_user_year": swedish.number(c.cost_per_user_year)
                if c.cost_per_user_year is not None
                else "–",
            }
        )
    years = sorted({y for c in all_costs for y in c.years})
    per_year_rows = [
        {
            "title": _clean(c.option.title),
            "cells": [swedish.tkr(c.per_year.get(y, Decimal(0))) for y in years],
        }
        for c in all_costs
    ]
    return {
        "rows": rows,
        "has_baseline": has_baseline,
        "has_users": has_users,
        "years": [str(y) for y in years],
        "per_year_rows": per_year_rows,
    }


def _consequences(memo: Memo) -> dict[str, Any]:
    c = memo.consequences
    services = [_clean(s) for s in c.services if s.strip()]
    sentence = ""
    if c.deadline is not None:
        sentence = f"Om nämnden inte fattar beslut före den {swedish.long_date(c.deadline)}"
        if services:
            sentence += f" upphör {_join_sv(services)}"
            if c.affected_users:
                sentence += f" för {swedish.number(c.affected_users)} användare"
        else:
            sentence += " löper nuvarande avtal ut"
        sentence += "."
    deadlines = []
    for d in option_deadlines(memo):
        status = ""
        if d.feasible is True:
            status = "hinns med om beslut fattas vid sammanträdet"
        elif d.feasible is False:
            status = "hinns inte före tidsgränsen med beslut vid sammanträdet"
        deadlines.append(
            {
                "title": _clean(d.option.title),
                "lead_time": f"{d.option.lead_time_months} mån",
                "latest": swedish.iso_date(d.latest_decision),
                "status": status,
            }
        )
    return {
        "deadline_long": swedish.long_date(c.deadline),
        "deadline_iso": swedish.iso_date(c.deadline),
        "services": services,
        "users": swedish.number(c.affected_users) if c.affected_users else "",
        "severity": SEVERITY_LABELS[c.severity],
        "sentence": sentence,
        "description": _clean(c.description),
        "deadlines": deadlines,
    }


def _library_status(caveat, library, decided: date | None) -> str:
    """A line saying when a cited rule applies, if not plainly on the decision date."""
    if library is None or decided is None or not caveat.library_id:
        return ""
    entry = library.get(caveat.library_id)
    if entry is None:
        return ""
    status = entry.status_on(decided)
    if status == "coming":
        return (
            f"Träder i kraft den {swedish.long_date(entry.valid_from)}, "
            "efter beslutsdatumet."
        )
    if status == "not_yet":
        return f"Gäller först från den {swedish.long_date(entry.valid_from)}."
    if status == "ended":
        note = f" {entry.changed_note.strip()}" if entry.changed_note.strip() else ""
        return f"Gällde till och med den {swedish.long_date(entry.valid_until)}.{note}"
    return ""


def _caveats(memo: Memo, library=None) -> list[dict[str, Any]]:
    decided = memo.case.decision_date
    out = []
    for cv in memo.caveats:
        out.append(
            {
                "title": _clean(cv.title),
                "reference": _clean(cv.reference),
                "kind": KIND_LABELS.get(cv.kind, ""),
                "is_vendor": cv.kind == "vendor",
                "is_proposal": cv.kind == "proposal",
                "status": _library_status(cv, library, decided),
                "text": _clean(cv.text),
                "assessment": ASSESSMENT_LABELS[cv.assessment],
                "assessed": cv.assessment is not Assessment.UNASSESSED,
                "disagrees": cv.assessment in (Assessment.NO, Assessment.PARTLY),
                "reasoning": _clean(cv.reasoning),
                "risk": SEVERITY_LABELS[cv.risk],
                "mitigations": _clean(cv.mitigations),
            }
        )
    return out


def build_context(
    memo: Memo, profile: Profile, *, draft: bool = False, library=None
) -> dict[str, Any]:
    """Everything the template places. ``library`` (the caveat library) adds, for each cited
    library entry, when it applies relative to the decision date."""
    case = memo.case
    board = _clean(case.board)
    all_costs = memo_costs(memo)
    recommended = memo.recommended_option()
    perspectives = []
    entered = {p.key: p for p in memo.perspectives}
    for spec in profile.perspectives:
        p = entered.get(spec.key)
        text = _clean(p.text) if p and p.text.strip() else ""
        perspectives.append(
            {
                "heading": (p.heading if p and p.heading.strip() else spec.heading),
                "text": text
                or profile.phrase("empty_perspective", heading=spec.heading.lower()),
            }
        )
    for p in memo.perspectives:
        if p.key not in {s.key for s in profile.perspectives} and (p.heading or p.text):
            perspectives.append({"heading": _clean(p.heading), "text": _clean(p.text)})
    caveats = _caveats(memo, library)
    disagreements = [c["title"] for c in caveats if c["disagrees"]]
    estimates = memo.assumptions.figures_are_estimates or any(
        line.estimate for o in memo.options for line in o.cost_lines
    )
    officer = case.officer
    return {
        "profile": {
            "name": profile.name,
            "document_type": profile.document_type,
            "headings": profile.headings,
            "phrases": profile.phrases,
        },
        "chart": None,
        "draft": draft,
        "order": profile.order,
        "case": {
            "title": _clean(case.title) or "(Rubrik saknas)",
            "organisation": _clean(case.organisation),
            "administration": _clean(case.administration),
            "board": board,
            "diarienummer": _clean(case.diarienummer),
            "memo_date": swedish.iso_date(case.memo_date),
            "meeting_date": swedish.iso_date(case.meeting_date),
            "meeting_date_long": swedish.long_date(case.meeting_date),
            "officer": {
                "name": _clean(officer.name),
                "title": _clean(officer.title),
                "phone": _clean(officer.phone),
                "email": _clean(officer.email),
            },
        },
        "proposal": {
            "intro": profile.phrase("proposal_intro", board=board),
            "points": [_clean(p.text) for p in memo.decision_points],
        },
        "summary": _clean(memo.summary),
        "background": _clean(memo.background),
        "options": [_option_context(memo, c) for c in all_costs],
        "recommended_title": _clean(recommended.title) if recommended else "",
        "comparison": _comparison(memo, all_costs),
        "assumptions": {
            "note": _clean(memo.assumptions.note),
            "estimates": estimates,
            "estimate_notice": profile.phrase("estimate_notice") if estimates else "",
            "users": swedish.number(memo.assumptions.user_count)
            if memo.assumptions.user_count
            else "",
        },
        "consequences": _consequences(memo),
        "caveats": caveats,
        "disagreements": disagreements,
        "disagreement_notice": profile.phrase(
            "disagreement_notice", items=_join_sv(disagreements)
        )
        if disagreements
        else "",
        "assessment": _clean(memo.assessment),
        "perspectives": perspectives,
        "cooperation": _clean(memo.cooperation),
        "attachments": [
            {"title": _clean(a.title), "date": swedish.iso_date(a.date)} for a in memo.attachments
        ],
        "signatures": [
            {"name": _clean(s.name), "title": _clean(s.title)} for s in memo.signatures
        ],
        "today": swedish.iso_date(date.today()),
    }
