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
from memo_builder.analysis import Analysis
from memo_builder.model.costs import OptionCosts, is_foreign
from memo_builder.model.memo import (
    ASSESSMENT_LABELS,
    CAVEAT_KIND_LABELS,
    COST_CATEGORY_LABELS,
    SEVERITY_LABELS,
    Assessment,
    CostCategory,
    Memo,
    Recurrence,
)
from memo_builder.model.text import clean_text
from memo_builder.render.charts import CHART_SRC, cost_chart
from memo_builder.render.profile import Profile

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
    css: str = ""  # "sum" for sum rows, "sum total" for the grand total (always the last row)
    detail: str = ""  # the assumption behind a line's figures, shown under its label


@dataclass
class CostTable:
    caption: str
    years: list[str]
    rows: list[TableRow] = field(default_factory=list)


def _line_label(lc, mark_estimates: bool = True) -> tuple[str, str]:
    """A compact row label and, for the line below it, the assumption behind the figures.

    ``("Office 365 E3, användarlicenser", "45 000 licenser à 110 EUR/år, index 2 %")``: the
    volume assumption is stated at the row (the 2016 lesson), currency rates once below the
    table, internal costs marked so they cannot hide among the external ones.
    """
    line = lc.line
    label = line.description.strip() or COST_CATEGORY_LABELS[line.category]
    foreign = is_foreign(line)
    currency = line.currency.strip().upper() if foreign else "kr"
    annual = line.recurrence is Recurrence.ANNUAL
    # A credit counts as negative whatever sign was entered (model/costs.py); say so here too.
    sign = -1 if line.category is CostCategory.CREDIT else 1
    amount = sign * abs(line.unit_price)
    price = f"{swedish.number(amount, _decimals(line.unit_price))}\u00a0{currency}"
    price += "/år" if annual else ""
    unit = line.volume_unit.strip()
    if unit:
        details = [f"{swedish.number(line.volume, _decimals(line.volume))} {unit} à {price}"]
    elif line.volume != 1:
        details = [f"{swedish.number(line.volume, _decimals(line.volume))} à {price}"]
    else:
        details = [price]
    if not annual:
        details.append("engångskostnad")
    if line.index_percent:
        index = f"index {swedish.percent(line.index_percent, 2)}"
        base = line.index_base_year
        if base and base != line.first_year:
            index += f" från {base}"
        details.append(index)
    if line.internal:
        details.append("intern")
    if line.option_period:
        details.append("option")
    if line.estimate and mark_estimates:
        details.append("uppskattning")
    return label, ", ".join(details)


def _decimals(value: Decimal) -> int:
    exp = value.normalize().as_tuple().exponent
    return min(max(0, -exp), 4) if isinstance(exp, int) else 0


def cost_table(costs: OptionCosts, mark_estimates: bool = True) -> CostTable:
    """Per-option table in tkr: a row per line, then the sums.

    Cells are rounded to tkr one by one, and every sum row is the exact sum rounded once, so
    a sum may differ from the sum of the rounded cells above it; the note below the tables
    says so.
    """
    years = costs.years
    table = CostTable(
        caption=f"Kostnader per år för {costs.option.title} (tkr)",
        years=[str(y) for y in years],
    )
    for lc in costs.lines:
        label, detail = _line_label(lc, mark_estimates)
        table.rows.append(
            TableRow(
                label,
                [_cell(lc.per_year[y]) if y in lc.per_year else "–" for y in years],
                _cell(lc.total),
                detail=detail,
            )
        )
    has_option = any(lc.line.option_period for lc in costs.lines)
    if has_option:
        table.rows.append(
            TableRow(
                "Summa avtalsperiod",
                [_cell(costs.contract_per_year[y]) for y in years],
                _cell(costs.contract_total),
                "sum",
            )
        )
        table.rows.append(
            TableRow(
                "Summa option/förlängning",
                [_cell(costs.per_year[y] - costs.contract_per_year[y]) for y in years],
                _cell(costs.option_period_total),
                "sum",
            )
        )
    table.rows.append(
        TableRow(
            "Totalt inklusive option" if has_option else "Totalt",
            [_cell(costs.per_year[y]) for y in years],
            _cell(costs.total),
            "sum total",
        )
    )
    return table


def _span(years: list[int]) -> str:
    return swedish.year_span(years[0], years[-1]) if years else ""


def _any_option_period(memo: Memo) -> bool:
    return any(line.option_period for o in memo.options for line in o.cost_lines)


def _option_context(
    analysis: Analysis, profile: Profile, costs: OptionCosts, mark_estimates: bool = True
) -> dict[str, Any]:
    memo = analysis.memo
    say = profile.phrase
    option = costs.option
    # Estimates are rounded and said to be so in running text; exact figures stay exact.
    estimated = memo.assumptions.figures_are_estimates or costs.has_estimates
    kr = money = swedish.approx_kronor if estimated else swedish.kronor
    split = []
    if costs.option_period_total:
        split.append(say("cost_contract_and_option", contract=kr(costs.contract_total),
                         total=kr(costs.total)))
    else:
        split.append(say("cost_total", total=kr(costs.total)))
    split += [
        say("cost_one_off_recurring", one_off=kr(costs.one_off_total),
            recurring=kr(costs.recurring_total)),
        say("cost_external_internal", external=kr(costs.external_total),
            internal=kr(costs.internal_total)),
    ]
    if costs.cost_per_user_year is not None:
        split.append(say("cost_per_user_year", amount=kr(costs.cost_per_user_year),
                         users=swedish.number(memo.assumptions.user_count)))
    if costs.difference_to_baseline is not None and not memo.is_baseline(option):
        # Like with like: over the contract period, and including options, each with its years.
        periods = [(costs.contract_difference_to_baseline,
                    say("period_contract", years=_span(costs.contract_years)))]
        if _any_option_period(memo):
            periods.append((costs.difference_to_baseline,
                            say("period_with_option", years=_span(costs.years))))
        for diff, period in periods:
            if diff > 0:
                split.append(say("cost_more_than_baseline", period=period, amount=money(diff)))
            elif diff < 0:
                split.append(say("cost_less_than_baseline", period=period, amount=money(-diff)))
            else:
                split.append(say("cost_same_as_baseline", period=period))
    rates = sorted(
        {
            (lc.line.currency.strip().upper(), lc.line.exchange_rate)
            for lc in costs.lines
            if is_foreign(lc.line) and lc.line.exchange_rate is not None
        }
    )
    if rates:
        split.append(say("exchange_rates", rates=swedish.join(
            [f"{swedish.number(r, max(2, _decimals(r)))}\u00a0kr per {c}" for c, r in rates])))
    ranges = []
    if costs.lines:
        a = memo.assumptions
        fmt = {
            "volume": swedish.percent(a.sensitivity_volume_percent, 1),
            "index": swedish.number(a.sensitivity_index_points, _decimals(a.sensitivity_index_points)),
            "exchange": swedish.percent(a.sensitivity_exchange_percent, 1),
        }
        for r in analysis.sensitivity[option.id]:
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
        "title": option.title,
        "description": option.description,
        "advantages": option.advantages,
        "disadvantages": option.disadvantages,
        "recommended": memo.is_recommended(option),
        "baseline": memo.is_baseline(option),
        "supplier": option.supplier,
        "has_costs": bool(costs.lines),
        "table": cost_table(costs, mark_estimates) if costs.lines else None,
        "cost_facts": split if costs.lines else [],
        "sensitivity": ranges,
        "has_option": costs.has_option_period,
        "total_kronor": swedish.kronor(costs.total),
    }


def _cell(value: Decimal) -> str:
    """A table cell in tkr: "–" when there is nothing (exactly zero), the same in every table;
    an amount that rounds to 0 tkr still shows "0"."""
    return "–" if value == 0 else swedish.tkr(value)


def _signed(value: Decimal | None, is_base: bool) -> str:
    if value is None or is_base:
        return "–" if is_base else ""
    text = swedish.tkr(value)
    return "+" + text if value > 0 and text != "0" else text


def _comparison(memo: Memo, all_costs: list[OptionCosts], profile: Profile | None = None) -> dict[str, Any]:
    baseline = memo.baseline_option()
    has_baseline = baseline is not None
    has_users = memo.assumptions.user_count > 0
    has_option = any(c.has_option_period for c in all_costs)
    rows = []
    baseline_no = next((i for i, c in enumerate(all_costs, 1) if c.option is baseline), 0)
    for i, c in enumerate(all_costs, start=1):
        is_base = c.option is baseline
        marks = []
        if memo.is_recommended(c.option):
            marks.append("förslag")
        if is_base:
            marks.append("jämförelsebas")
        rows.append(
            {
                "title": f"{i}. {c.option.title}"
                + (f" ({', '.join(marks)})" if marks else ""),
                "contract": _cell(c.contract_total),
                "option": _cell(c.option_period_total),
                "total": _cell(c.total),
                "one_off": _cell(c.one_off_total),
                "external": _cell(c.external_total),
                "internal": _cell(c.internal_total),
                "difference": _signed(c.difference_to_baseline, is_base),
                "contract_difference": _signed(c.contract_difference_to_baseline, is_base),
                "contract_years": _span(c.contract_years),
                "years": _span(c.years),
                "per_user_year": swedish.number(c.cost_per_user_year)
                if c.cost_per_user_year is not None
                else "–",
            }
        )
    years = sorted({y for c in all_costs for y in c.years})
    if years:
        years = list(range(years[0], years[-1] + 1))  # a gap year shows as 0, not missing
    per_year_rows = [
        {
            "title": f"{i}. {c.option.title}",
            "cells": [_cell(c.per_year.get(y, Decimal(0))) for y in years],
            "total": _cell(c.total),
        }
        for i, c in enumerate(all_costs, start=1)
    ]
    label = f"alt.\u00a0{baseline_no}" if baseline_no else ""
    caption = (profile.phrase("difference_caption", baseline=label) if profile is not None
               else f"Skillnad mot jämförelsebasen, {label} (tkr)")
    return {
        "difference_caption": caption,
        "rows": rows,
        "has_baseline": has_baseline,
        "baseline_label": label,
        "has_users": has_users,
        "has_option": has_option,
        "years": [str(y) for y in years],
        "per_year_rows": per_year_rows,
    }


def _months_sv(months: int) -> str:
    words = ["", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva",
             "tolv"]
    count = words[months] if months < len(words) else swedish.number(months)
    return f"{count} {'månad' if months == 1 else 'månader'}"


def _chart(all_costs: list[OptionCosts]) -> dict[str, Any] | None:
    """The cost chart for the template ({src, alt}) and for the Word writer (data)."""
    chart = cost_chart(all_costs)
    if chart is None:
        return None
    return {"src": CHART_SRC, "alt": chart.alt, "title": chart.title, "data": chart}


def _consequences(analysis: Analysis, profile: Profile) -> dict[str, Any]:
    memo = analysis.memo
    say = profile.phrase
    c = memo.consequences
    users = memo.assumptions.user_count
    services = [s for s in c.services if s.strip()]
    sentence = ""
    if c.deadline is not None:
        kind = "consequence_services" if services else "consequence_contract"
        decided = memo.case.decision_date
        if decided is not None and decided > c.deadline:
            kind += "_passed"  # the meeting is after the deadline: say so, not "före den …"
        sentence = say(kind + ("_users" if users else ""), date=swedish.long_date(c.deadline),
                       meeting=swedish.long_date(decided), services=swedish.join(services),
                       users=swedish.number(users))
    deadlines = []
    lines = []
    for d in analysis.deadlines:
        i = memo.options.index(d.option) + 1
        title = d.option.title or f"Alternativ {i}"
        months = d.option.lead_time_months
        status = ""
        if d.feasible is True:
            status = say("deadline_in_time")
        elif d.feasible is False:
            status = say("deadline_too_late")
        deadlines.append(
            {
                "title": f"{i}. {title}",
                "lead_time": f"{months}\u00a0mån" if months else "ingen",
                "latest": swedish.iso_date(d.latest_decision),
                "status": status,
            }
        )
        if months > 0:
            kind = "lead_time_too_late" if d.feasible is False else "lead_time_in_time"
            lines.append(say(kind, number=str(i), title=title, months=_months_sv(months),
                             date=swedish.long_date(d.latest_decision)))
    return {
        "deadline_long": swedish.long_date(c.deadline),
        "deadline_iso": swedish.iso_date(c.deadline),
        "services": services,
        "users": swedish.number(users) if users else "",
        "severity": SEVERITY_LABELS[c.severity],
        "sentence": sentence,
        "lead_time_sentences": lines,
        "description": c.description,
        "deadlines": deadlines,
    }


def _library_status(analysis: Analysis, profile: Profile, caveat) -> str:
    """A line saying when a cited rule applies, if not plainly on the decision date."""
    legal = analysis.legal_status(caveat)
    entry, status = legal.entry, legal.status
    if status == "coming":
        return profile.phrase("legal_coming", date=swedish.long_date(entry.valid_from))
    if status == "not_yet":
        return profile.phrase("legal_not_yet", date=swedish.long_date(entry.valid_from))
    if status == "ended":
        note = f" {entry.changed_note.strip()}" if entry.changed_note.strip() else ""
        return profile.phrase("legal_ended", date=swedish.long_date(entry.valid_until)) + note
    return ""


def _caveats(analysis: Analysis, profile: Profile) -> list[dict[str, Any]]:
    memo = analysis.memo
    out = []
    for cv in memo.caveats:
        out.append(
            {
                "title": cv.title,
                "reference": cv.reference,
                "kind": CAVEAT_KIND_LABELS.get(cv.kind, ""),
                "is_vendor": cv.kind == "vendor",
                "is_proposal": cv.kind == "proposal",
                "status": _library_status(analysis, profile, cv),
                "text": cv.text,
                "assessment": ASSESSMENT_LABELS[cv.assessment],
                "assessed": cv.assessment is not Assessment.UNASSESSED,
                "disagrees": cv.assessment in (Assessment.NO, Assessment.PARTLY),
                "reasoning": cv.reasoning,
                "risk": SEVERITY_LABELS[cv.risk],
                "mitigations": cv.mitigations,
            }
        )
    return out


def build_context(
    memo: Memo,
    profile: Profile,
    *,
    draft: bool = False,
    library=None,
    analysis: Analysis | None = None,
) -> dict[str, Any]:
    """Everything the template places. ``analysis`` is the revision's computed view (made here
    from ``memo`` and ``library`` when not given); with a caveat library it adds, for each
    cited library entry, when it applies relative to the decision date.

    Text is placed as the memo holds it: it was cleaned where it entered (load, edit), and
    the tree parser is the boundary for what the template itself writes (render/tree.py)."""
    if analysis is None:
        analysis = Analysis(memo, library)
    case = memo.case
    board = case.board
    all_costs = analysis.costs
    recommended = memo.recommended_option()
    perspectives = []
    entered = {p.key: p for p in memo.perspectives}
    for spec in profile.perspectives:
        p = entered.get(spec.key)
        text = p.text if p and p.text.strip() else ""
        perspectives.append(
            {
                "heading": (p.heading if p and p.heading.strip() else spec.heading),
                "text": text
                or profile.phrase("empty_perspective", heading=spec.heading.lower()),
            }
        )
    for p in memo.perspectives:
        if p.key not in {s.key for s in profile.perspectives} and (p.heading or p.text):
            perspectives.append({"heading": p.heading, "text": p.text})
    caveats = _caveats(analysis, profile)
    disagreements = [c["title"] for c in caveats if c["disagrees"]]
    estimates = memo.assumptions.figures_are_estimates or any(
        line.estimate for o in memo.options for line in o.cost_lines
    )
    # When the notice says every figure is an estimate, marking each line again is noise.
    estimates_all = memo.assumptions.figures_are_estimates
    officer = case.officer
    return {
        "profile": {
            "name": profile.name,
            "document_type": profile.document_type,
            "headings": profile.headings,
            "phrases": profile.phrases,
        },
        "chart": _chart(all_costs),
        "draft": draft,
        "order": profile.order,
        "case": {
            # The validation judges the title as the memo shows it (control characters gone).
            "title": case.title if clean_text(case.title).strip() else profile.phrase("missing_title"),
            "organisation": case.organisation,
            "administration": case.administration,
            "board": board,
            "diarienummer": case.diarienummer,
            "memo_date": swedish.iso_date(case.memo_date),
            "meeting_date": swedish.iso_date(case.meeting_date),
            "meeting_date_long": swedish.long_date(case.meeting_date),
            "officer": {
                "name": officer.name,
                "title": officer.title,
                "phone": officer.phone,
                "email": officer.email,
            },
        },
        "proposal": {
            "intro": profile.phrase("proposal_intro", board=board),
            "points": [p.text for p in memo.decision_points],
        },
        "summary": memo.summary,
        "background": memo.background,
        "options": [_option_context(analysis, profile, c, not estimates_all) for c in all_costs],
        "recommended_title": recommended.title if recommended else "",
        "comparison": _comparison(memo, all_costs, profile),
        "assumptions": {
            "note": memo.assumptions.note,
            "estimates": estimates,
            "estimate_notice": profile.phrase("estimate_notice") if estimates else "",
            "users": swedish.number(memo.assumptions.user_count)
            if memo.assumptions.user_count
            else "",
        },
        "consequences": _consequences(analysis, profile),
        "caveats": caveats,
        "disagreements": disagreements,
        "disagreement_notice": profile.phrase(
            "disagreement_notice", items=swedish.join([f"”{t.strip()}”" for t in disagreements])
        )
        if disagreements
        else "",
        "assessment": memo.assessment,
        "perspectives": perspectives,
        "cooperation": memo.cooperation,
        "attachments": [
            {"title": a.title, "date": swedish.iso_date(a.date)} for a in memo.attachments
        ],
        "signatures": [
            {"name": s.name, "title": s.title} for s in memo.signatures
        ],
        # Beslutsunderlag: this document and its attachments; Beslutsplanering: where and
        # when it is decided (the board and its meeting, from the case).
        "decision_basis": [
            profile.phrase("decision_basis_memo", document_type=profile.document_type,
                           date=swedish.iso_date(case.memo_date)).strip(),
            *(f"{a.title} ({swedish.iso_date(a.date)})" if a.date else a.title
              for a in memo.attachments if a.title.strip()),
        ],
        "planning": [profile.phrase("planning_meeting", board=board,
                                    date=swedish.iso_date(case.meeting_date)).strip()]
        if board.strip() else [],
        "today": swedish.iso_date(date.today()),
    }
