"""Model -> template context. Every sum and every formatted figure is made here, in Python.

Templates only place values; they never compute. All strings are plain (escaped by jinja2's
autoescape when placed), numbers already in Swedish format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, localcontext
from typing import Any

from memo_builder.analysis.revision import Analysis
from memo_builder.model import swedish
from memo_builder.model.caveats import BodyNames, fill_bodies
from memo_builder.model.citations import shorten_repeated
from memo_builder.model.costs import (
    OptionCosts,
    annual_average,
    has_option_years,
    is_foreign,
    is_option_year,
    line_years,
    option_split_year,
    sensitivity_applies,
)
from memo_builder.model.memo import (
    ASSESSMENT_LABELS,
    CAVEAT_KIND_LABELS,
    COST_CATEGORY_LABELS,
    SEVERITY_LABELS,
    UNASSESSED_SEVERITY_LABEL,
    Assessment,
    CostCategory,
    Memo,
    Option,
    Recurrence,
    Severity,
    YearBasis,
)
from memo_builder.model.secrecy import PUBLIC_DIGITS, FigureKey
from memo_builder.model.text import clean_text
from memo_builder.render import bodies
from memo_builder.render.charts import CHART_SRC, cost_chart
from memo_builder.render.profile import Profile
from memo_builder.render.redaction import NO_SECRETS as _NO_SECRETS
from memo_builder.render.redaction import SECRET_AMOUNT, Secrets
from memo_builder.render.sections import section_order

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


def _line_label(
    lc, mark_estimates: bool = True, hidden=frozenset(), secret_text: str = SECRET_AMOUNT
) -> tuple[str, str]:
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
    # Money with a fraction has its öre or cents in full: 4,20 EUR, never 4,2 EUR.
    decimals = _decimals(line.unit_price)
    price = f"{swedish.number(amount, 2 if decimals == 1 else decimals)}\u00a0{currency}"
    price += "/år" if annual else ""
    volume = swedish.number(line.volume, _decimals(line.volume))
    # The public version: the parts the withholding rule hides (model/secrecy.py).
    if "unit_price" in hidden:
        price = secret_text
    if "volume" in hidden:
        volume = secret_text
    unit = line.volume_unit.strip()
    if unit:
        details = [f"{volume} {unit} à {price}"]
    elif line.volume != 1 or "volume" in hidden:
        details = [f"{volume} à {price}"]
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
    if (split := option_split_year(line)) is not None:
        details.append(f"option från {split}")
    elif has_option_years(line):
        details.append("option")
    if line.bridge:
        details.append("övergångslösning")
    if line.estimate and mark_estimates:
        details.append("uppskattning")
    return label, ", ".join(details)


def _decimals(value: Decimal) -> int:
    exp = value.normalize().as_tuple().exponent
    return min(max(0, -exp), 4) if isinstance(exp, int) else 0


def cost_table(costs: OptionCosts, mark_estimates: bool = True, secret=None) -> CostTable:
    """Per-option table in tkr: a row per line, then the sums.

    Cells are rounded to tkr one by one, and every sum row is the exact sum rounded once, so
    a sum may differ from the sum of the rounded cells above it; the note below the tables
    says so.
    """
    years = costs.years
    s = secret or _NO_SECRETS
    table = CostTable(
        caption=f"Kostnader per år för {costs.option.title} (tkr)",
        years=[str(y) for y in years],
    )
    for li, lc in enumerate(costs.lines):
        label, detail = _line_label(lc, mark_estimates, s.line_parts(li), s.amount_text)
        table.rows.append(
            TableRow(
                label,
                [s.cell(FigureKey("cell", s.oi, li, y), _cell(lc.per_year[y]))
                 if y in lc.per_year else "–" for y in years],
                s.cell(FigureKey("line_total", s.oi, li), _cell(lc.total)),
                detail=s.line_mark(li, detail),
            )
        )
    has_option = costs.has_option_period
    if has_option:
        table.rows.append(
            TableRow(
                "Summa avtalsperiod",
                [s.cell(FigureKey("contract_year", s.oi, year=y), _cell(costs.contract_per_year[y]))
                 for y in years],
                s.cell(FigureKey("contract_total", s.oi), _cell(costs.contract_total)),
                "sum",
            )
        )
        table.rows.append(
            TableRow(
                "Summa option/förlängning",
                [s.cell(FigureKey("option_year", s.oi, year=y),
                        _cell(costs.per_year[y] - costs.contract_per_year[y]))
                 for y in years],
                s.cell(FigureKey("option_total", s.oi), _cell(costs.option_period_total)),
                "sum",
            )
        )
    table.rows.append(
        TableRow(
            "Totalt inklusive option" if has_option else "Totalt",
            [s.cell(FigureKey("year", s.oi, year=y), _cell(costs.per_year[y])) for y in years],
            s.cell(FigureKey("total", s.oi), _cell(costs.total)),
            "sum total",
        )
    )
    return table


def _span(years: list[int]) -> str:
    return swedish.year_span(years[0], years[-1]) if years else ""


def _any_option_period(memo: Memo) -> bool:
    return any(has_option_years(line) for o in memo.options for line in o.cost_lines)


def _option_context(
    analysis: Analysis, profile: Profile, costs: OptionCosts, mark_estimates: bool = True,
    secret=None,
) -> dict[str, Any]:
    memo = analysis.memo
    say = profile.phrase
    option = costs.option
    s = secret or _NO_SECRETS
    # Estimates are rounded and said to be so in running text; exact figures stay exact.
    estimated = memo.assumptions.figures_are_estimates or costs.has_estimates
    money = swedish.approx_kronor if estimated else swedish.kronor

    def kr(value, key):
        return s.amount(key, money(value))
    split = []
    if costs.option_years:
        split.append(say("cost_contract_and_option",
                         contract=kr(costs.contract_total, FigureKey("contract_total", s.oi)),
                         total=kr(costs.total, FigureKey("total", s.oi))))
    else:
        split.append(say("cost_total", total=kr(costs.total, FigureKey("total", s.oi))))
    split += [
        say("cost_one_off_recurring", one_off=kr(costs.one_off_total, FigureKey("one_off", s.oi)),
            recurring=kr(costs.recurring_total, FigureKey("recurring", s.oi))),
        say("cost_external_internal",
            external=kr(costs.external_total, FigureKey("external", s.oi)),
            internal=kr(costs.internal_total, FigureKey("internal", s.oi))),
    ]
    if costs.cost_per_user_year is not None:
        split.append(say("cost_per_user_year",
                         amount=kr(costs.cost_per_user_year, FigureKey("per_user_year", s.oi)),
                         users=s.users(swedish.number(memo.assumptions.user_count))))
    if costs.difference is not None and not memo.is_baseline(option):
        split += _difference_sentences(memo, say, costs, s, money)
    ranges = []
    if costs.lines:
        a = memo.assumptions
        fmt = {
            "volume": swedish.percent(a.sensitivity_volume_percent, 1),
            "index": swedish.number(a.sensitivity_index_points, _decimals(a.sensitivity_index_points)),
            "exchange": swedish.percent(a.sensitivity_exchange_percent, 1),
        }
        for r in analysis.sensitivity[option.id]:
            # Whether the assumption can move this option's total is decided from the option's
            # lines, never from the amounts (a row that came and went with the amounts would
            # tell a reader of the public version something about them: model/secrecy.py).
            moves = sensitivity_applies(option, r.label)
            low = FigureKey("sens", s.oi, basis=r.label, side="low")
            high = FigureKey("sens", s.oi, basis=r.label, side="high")
            # One cell of the sensitivity table (tkr in its caption): the range, "–" when the
            # assumption does not move this option's total.
            if not moves:
                cell = "–"
            elif s.withheld(low) or s.withheld(high):
                cell = s.say("secrecy_cell") if s.profile is not None else SECRET_AMOUNT
            else:
                cell = s.range_cell(low, high, swedish.tkr(r.low), swedish.tkr(r.high))
            ranges.append({"key": r.label, "label": SENSITIVITY_LABELS[r.label].format(**fmt),
                           "cell": cell, "moves": moves})
    whole = s.option_notice()  # the whole option's costs are confidential
    return {
        "id": option.id,
        "title": option.title,
        "description": s.description(option.description),
        "secret": whole,
        "secret_mark": s.option_mark(),
        "secrecy_note": s.table_note() if costs.lines else "",
        "secrecy_grounds": s.table_grounds() if costs.lines else "",
        "advantages": option.advantages,
        "disadvantages": option.disadvantages,
        "recommended": memo.is_recommended(option),
        "baseline": memo.is_baseline(option),
        "supplier": option.supplier,
        "has_costs": bool(costs.lines),
        "table": cost_table(costs, mark_estimates, s) if costs.lines else None,
        "cost_facts": split if costs.lines and not whole else [],
        "sensitivity": ranges if not whole else [],
        "has_option": costs.has_option_period,
        "total_kronor": kr(costs.total, FigureKey("total", s.oi)),
        "same_as": "",  # set by _share_rows: the rows this option shares with an earlier one
    }


def _exchange_rates(memo: Memo, all_costs: list[OptionCosts], options, say) -> str:
    """Every rate the costs use, said once for all tables (it read "Växelkurs: …" under each
    option's table); nothing when the official's note already gives each rate."""
    rates = sorted(
        {
            (lc.line.currency.strip().upper(), lc.line.exchange_rate)
            for c, o in zip(all_costs, options, strict=True) if o["cost_facts"]
            for lc in c.lines
            if is_foreign(lc.line) and lc.line.exchange_rate is not None
        }
    )
    texts = [(swedish.number(r, max(2, _decimals(r))), c) for c, r in rates]
    note = memo.assumptions.note or ""
    if not texts or all(number in note for number, _ in texts):
        return ""
    return say("exchange_rates", rates=swedish.join([f"{n}\u00a0kr per {c}" for n, c in texts]))


#: Up to this many options, the sensitivity table has a column per option (a scenario table a
#: finance officer reads across); more, and each option is a row (the table grows down).
SENSITIVITY_COLUMNS = 4


def _sensitivity_table(options) -> dict[str, Any]:
    """The three sensitivity blocks as one table: a row per assumption, a column per option
    with costs (a row per option when there are many). An assumption that moves no option's
    total is left out, and "all at once" names as many as are shown."""
    shown = [(i, o) for i, o in enumerate(options, start=1) if o["sensitivity"]]
    if not shown:
        return {"header": [], "rows": []}
    keys = [k for k in SENSITIVITY_LABELS
            if any(r["key"] == k and r["moves"] for _, o in shown for r in o["sensitivity"])]
    single = [k for k in keys if k != "combined"]
    if len(single) < 2:
        keys = single  # "all at once" is the one assumption again
    rows = []
    for key in keys:
        cells, label = [], ""
        for _, o in shown:
            r = next((r for r in o["sensitivity"] if r["key"] == key), None)
            cells.append(r["cell"] if r is not None else "–")
            label = label or (r["label"] if r is not None else "")
        if key == "combined":
            label = "Alla tre samtidigt" if len(single) == 3 else "Båda samtidigt"
        rows.append({"label": label, "cells": cells})
    names = [f"Alternativ {i}" for i, _ in shown]
    if len(shown) <= SENSITIVITY_COLUMNS:
        return {"header": ["Känslighet (tkr)", *names], "rows": rows}
    return {"header": ["Alternativ (tkr)", *(r["label"] for r in rows)],
            "rows": [{"label": name, "cells": [r["cells"][k] for r in rows]}
                     for k, name in enumerate(names)]}


def _share_rows(options, say) -> None:
    """An option whose cost rows are mostly another's shows only the rows that differ and its
    sums, under one sentence naming the option it follows and any row it leaves out (two
    tables that differ by one row took a page and a half). A row is shared only when it reads
    the same in this version and holds no withheld figure."""
    secret_texts = {say("secrecy_cell"), say("secrecy_amount")}

    def rows(o):
        return [r for r in o["table"].rows if not r.css]

    def key(r):
        return (r.label, r.detail, tuple(r.cells), r.total)

    def shareable(r):
        return not any(t and t in text for t in secret_texts
                       for text in (r.detail, r.total, *r.cells))

    full: list[tuple[int, dict]] = []
    for i, o in enumerate(options, start=1):
        if o["table"] is None or o["secret"]:
            continue
        own = rows(o)
        best = None
        for j, other in full:
            theirs = {key(r) for r in rows(other) if shareable(r)}
            shared = [r for r in own if key(r) in theirs]
            differ = [r for r in own if key(r) not in theirs]
            left_out = [r for r in rows(other) if key(r) not in {key(x) for x in own}]
            changes = len(differ) + len(left_out)
            if len(shared) >= 2 and changes * 3 <= len(shared) and (
                    best is None or changes < best[0]):
                best = (changes, j, differ, left_out)
        if best is None:
            full.append((i, o))
            continue
        _, j, differ, left_out = best
        without = say("same_costs_without", rows=swedish.join(
            [f"”{r.label}”" for r in left_out])) if left_out else ""
        shown = say("same_costs_shown_rows" if differ else "same_costs_shown_sums")
        o["same_as"] = say("same_costs", number=str(j), without=without, shown=shown)
        table = o["table"]
        o["table"] = CostTable(
            caption=say("same_costs_caption", title=o["title"], number=str(j)),
            years=table.years,
            rows=[*differ, *(r for r in table.rows if r.css)],
        )


def years_text(years) -> str:
    """Years as runs of spans: ``[2017, 2021, 2022]`` -> ``'2017 och 2021–2022'``."""
    runs: list[list[int]] = []
    for y in sorted(years):
        if runs and y == runs[-1][-1] + 1:
            runs[-1].append(y)
        else:
            runs.append([y])
    return swedish.join([swedish.year_span(r[0], r[-1]) for r in runs])


def _difference_sentences(memo: Memo, say, costs: OptionCosts, s, money) -> list[str]:
    """Like with like: the difference to the baseline only over the years both cover (stated),
    over the contract period and including options; what either has outside those years is
    said separately, and an option with which the services stop says so in the same place."""
    base = memo.baseline_option()
    bi = memo.options.index(base) if base is not None else None
    with_option = _any_option_period(memo)
    bases = [("contract", costs.contract_difference)]
    if with_option:
        bases.append(("total", costs.difference))
    # The same years and the same amount with and without options (an option with no option
    # years of its own against the baseline's contract years): one difference, said once, and
    # what the baseline has beyond it said once, including its option years.
    once = _same_difference(costs.contract_difference, costs.difference, costs.option,
                            base) if with_option else False
    if once:
        bases = [("total", costs.difference)]
    out = []
    hidden_at: list[int] = []  # where a withheld difference was said
    stated = 0
    for basis, d in bases:
        if d is None:
            continue
        contract_hidden = s.withheld(FigureKey("contract_difference", s.oi)) \
            or s.withheld(FigureKey("difference", s.oi)) \
            or s.withheld(FigureKey("contract_total", s.oi)) \
            or (bi is not None and s.withheld(FigureKey("contract_total", bi)))
        if basis == "contract" or once:
            # Withheld with either contract total too (one more equation the rule did not count).
            hidden = contract_hidden
        else:
            hidden = s.withheld(FigureKey("difference", s.oi))
        if once:
            kind = "period_plain"
        else:
            kind = ("period_contract" if with_option else "period_plain") \
                if basis == "contract" else "period_with_option"
        scope = say("scope_contract") if with_option and basis == "contract" else ""
        key = FigureKey("contract_difference" if basis == "contract" else "difference", s.oi)
        if d.amount is None:
            out.append(say("cost_no_common_years", scope=scope))
        else:
            period = say(kind, years=years_text(d.years))
            diff = d.amount
            stated += 1
            if hidden:
                hidden_at.append(len(out))
                out.append(say("cost_difference_withheld_period", period=period))
            elif diff > 0:
                out.append(say("cost_more_than_baseline", period=period,
                               amount=s.amount(key, money(diff))))
            elif diff < 0:
                out.append(say("cost_less_than_baseline", period=period,
                               amount=s.amount(key, money(-diff), absolute=True)))
            else:
                out.append(say("cost_same_as_baseline", period=period))
        for side, outside, total in (("option", d.option_outside, d.option_outside_total),
                                     ("baseline", d.baseline_outside, d.baseline_outside_total)):
            if not outside:
                continue
            amount = s.amount(FigureKey("outside", s.oi, basis=basis, side=side), money(total))
            out.append(say(f"cost_outside_{side}", amount=amount, years=years_text(outside),
                           scope=scope))
    if len(hidden_at) > 1 and len(hidden_at) == stated:
        # Every difference withheld: said once, whatever the periods (the same sentence twice
        # reads as an error).
        first = hidden_at[0]
        out = [x for i, x in enumerate(out) if i not in hidden_at]
        out.insert(first, say("cost_difference_withheld"))
    if costs.option.services_stop:
        out.append(say("cost_services_stop"))
    return out


def _points_name_the_board(memo: Memo, profile: Profile) -> bool:
    return bodies.points_name_the_board([p.text for p in memo.decision_points], memo.case.board,
                                        profile.words.get("board_word", ""))


def _same_difference(contract, total, option: Option, baseline: Option | None) -> bool:
    """Whether the difference over the contract period and the one including options are one
    and the same: the same years, the same years of the option's own outside them, and no
    option costs entered in those years (the option's) or in the common years (the
    baseline's). Decided from the years, never from the amounts: two withheld differences
    that happen to be equal (an option given free by a marked rabatt), said once, would tell a
    reader of the public version that they are equal."""
    if contract is None or total is None or contract.amount is None or total.amount is None:
        return False
    if contract.years != total.years or set(contract.option_outside) != set(total.option_outside):
        return False
    common = set(total.years)
    own = common | set(total.option_outside)
    return not (_option_years_of(option) & own
                or (baseline is not None and _option_years_of(baseline) & common))


def _option_years_of(option: Option) -> set[int]:
    return {y for line in option.cost_lines for y in line_years(line) if is_option_year(line, y)}


def _proposal_cost(analysis: Analysis, profile: Profile, secrets) -> str:
    """What the proposal costs over its contract period and including options, each with its
    years (the span :func:`~memo_builder.model.costs.annual_average` takes them over), in the
    program's words; a withheld figure is withheld here too (model/secrecy.py)."""
    memo = analysis.memo
    proposal = memo.recommended_option()
    if proposal is None:
        return ""
    oi = memo.options.index(proposal)
    costs = analysis.costs[oi]
    if not costs.lines:
        return ""
    say = profile.phrase
    s = secrets.for_option(oi)
    estimated = memo.assumptions.figures_are_estimates or costs.has_estimates
    money = swedish.approx_kronor if estimated else swedish.kronor
    whole = annual_average(costs)
    contract = annual_average(costs, contract_only=True)
    number = str(oi + 1)
    if whole is None:
        return ""
    if costs.option_years and contract is not None:
        keys = [FigureKey("contract_total", oi), FigureKey("total", oi)]
        if all(s.withheld(k) for k in keys):
            said = say("proposal_cost_withheld", number=number)
        else:
            said = say("proposal_cost_contract_and_option", number=number,
                       contract=s.amount(keys[0], money(costs.contract_total)),
                       contract_years=_span(contract.years),
                       total=s.amount(keys[1], money(costs.total)), years=_span(whole.years))
    elif costs.option_years:  # option years only: no contract period to state
        if s.withheld(FigureKey("total", oi)):
            said = say("proposal_cost_withheld", number=number)
        else:
            said = say("proposal_cost_option_only", number=number,
                       total=s.amount(FigureKey("total", oi), money(costs.total)),
                       years=_span(whole.years))
    elif s.withheld(FigureKey("total", oi)):
        said = say("proposal_cost_withheld", number=number)
    else:
        said = say("proposal_cost_total", number=number,
                   total=s.amount(FigureKey("total", oi), money(costs.total)),
                   years=_span(whole.years))
    if not _periods_differ(analysis.costs):
        return said
    # Totals over different periods are no comparison: page one says so, with the proposal's
    # average per year (a figure of the withholding catalogue, withheld with its total).
    where = profile.headings.get("costs", "")
    key = FigureKey("average", oi, basis="total")
    if len(whole.years) > 1 and not s.withheld(key):
        return " ".join([said, say("proposal_cost_periods_differ", where=where,
                                   average=s.amount(key, money(whole.amount)),
                                   years=_span(whole.years))])
    return " ".join([said, say("proposal_cost_periods_differ_plain", where=where)])


def _periods_differ(all_costs: list[OptionCosts]) -> bool:
    """Whether the options with costs run over different years (with or without options):
    their totals are then no comparison, and each gets its average per year."""
    with_costs = [c for c in all_costs if c.lines]
    spans = {tuple(a.years) for c in with_costs if (a := annual_average(c)) is not None}
    contract_spans = {tuple(a.years) for c in with_costs
                      if (a := annual_average(c, contract_only=True)) is not None}
    return len(with_costs) >= 2 and (len(spans) >= 2 or len(contract_spans) >= 2)


def _averages(memo: Memo, all_costs: list[OptionCosts], profile: Profile, secrets) -> list[str]:
    """Where the options' periods differ: each option's average per year over its own years
    (model/costs.py annual_average), a figure to read side by side, never a difference."""
    if not _periods_differ(all_costs):
        return []
    say = profile.phrase
    out = []
    for oi, c in enumerate(all_costs):
        if not c.lines:
            continue
        s = secrets.for_option(oi) if secrets is not None else _NO_SECRETS
        estimated = memo.assumptions.figures_are_estimates or c.has_estimates
        money = swedish.approx_kronor if estimated else swedish.kronor
        whole, contract = annual_average(c), annual_average(c, contract_only=True)
        if whole is None:
            continue
        # An option with which the services stop is marked here too: its low average is no
        # saving for the same services.
        number = str(oi + 1) + (f" ({say('services_stop_mark')})" if c.option.services_stop
                                else "")
        values = {"number": number, "years": _span(whole.years),
                  "amount": s.amount(FigureKey("average", oi, basis="total"), money(whole.amount))}
        if len(whole.years) == 1:  # one year: its cost, not an average of one
            out.append(say("average_one_year", **values))
        elif c.option_years and contract is not None:
            out.append(say("average_contract_and_option", **values,
                           contract=s.amount(FigureKey("average", oi, basis="contract"),
                                             money(contract.amount)),
                           contract_years=_span(contract.years)))
        else:
            out.append(say("average_total", **values))
    return out


def _cell(value: Decimal) -> str:
    """A table cell in tkr: "–" when there is nothing (exactly zero), the same in every table;
    an amount that rounds to 0 tkr still shows "0"."""
    return "–" if value == 0 else swedish.tkr(value)


def _signed(value: Decimal | None, is_base: bool) -> str:
    if value is None or is_base:
        return "–" if is_base else ""
    text = swedish.tkr(value)
    return "+" + text if value > 0 and text != "0" else text


def _comparison(memo: Memo, all_costs: list[OptionCosts], profile: Profile | None = None,
                secrets=None) -> dict[str, Any]:
    baseline = memo.baseline_option()
    has_baseline = baseline is not None
    has_users = memo.assumptions.user_count > 0
    has_option = any(c.has_option_period for c in all_costs)
    rows = []
    baseline_no = next((i for i, c in enumerate(all_costs, 1) if c.option is baseline), 0)
    cell = secrets.cell if secrets is not None else (lambda key, text, **_kw: text)
    for i, c in enumerate(all_costs, start=1):
        oi = i - 1
        is_base = c.option is baseline
        # The contract-period difference is a figure of its own in the withholding decision.
        contract_key = FigureKey("contract_difference", oi)
        d, cd = c.difference, c.contract_difference
        marks = []
        if memo.is_recommended(c.option):
            marks.append("förslag")
        if is_base:
            marks.append("jämförelsebas")
        if c.option.services_stop:
            marks.append(profile.phrase("services_stop_mark") if profile is not None
                         else "tjänsterna upphör")
        rows.append(
            {
                "title": f"{i}. {c.option.title}"
                + (f" ({', '.join(marks)})" if marks else ""),
                "contract": cell(FigureKey("contract_total", oi), _cell(c.contract_total)),
                "option": cell(FigureKey("option_total", oi), _cell(c.option_period_total)),
                "total": cell(FigureKey("total", oi), _cell(c.total)),
                "one_off": cell(FigureKey("one_off", oi), _cell(c.one_off_total)),
                "external": cell(FigureKey("external", oi), _cell(c.external_total)),
                "internal": cell(FigureKey("internal", oi), _cell(c.internal_total)),
                "difference": _signed(c.difference_to_baseline, is_base) if is_base
                else cell(FigureKey("difference", oi), _signed(c.difference_to_baseline, is_base),
                          signed=True),
                "contract_difference": _signed(c.contract_difference_to_baseline, is_base)
                if is_base else cell(contract_key, _signed(c.contract_difference_to_baseline,
                                                           is_base), signed=True),
                # Each difference over the years it is taken over: both options' common years.
                "contract_years": _span(c.contract_years) if is_base or cd is None
                else years_text(cd.years) or "–",
                "years": _span(c.years) if is_base or d is None else years_text(d.years) or "–",
                # The option's own years, shown beside its total where the periods differ.
                "period": _span(c.years) if c.years else "–",
                "per_user_year": cell(FigureKey("per_user_year", oi),
                                      swedish.number(c.cost_per_user_year), unit="kr")
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
            "cells": [cell(FigureKey("year", i - 1, year=y), _cell(c.per_year.get(y, Decimal(0))))
                      for y in years],
            "total": cell(FigureKey("total", i - 1), _cell(c.total)),
        }
        for i, c in enumerate(all_costs, start=1)
    ]
    label = f"alt.\u00a0{baseline_no}" if baseline_no else ""
    caption = (profile.phrase("difference_caption", baseline=label) if profile is not None
               else f"Skillnad mot jämförelsebasen, {label} (tkr)")
    outside = []
    if profile is not None and baseline_no:
        for i, c in enumerate(all_costs, start=1):
            if c.option is baseline or c.difference is None:
                continue
            s = secrets.for_option(i - 1) if secrets is not None else _NO_SECRETS
            bases = [("contract", c.contract_difference)]
            if has_option:
                bases.append(("total", c.difference))
                if _same_difference(c.contract_difference, c.difference, c.option, baseline):
                    bases = [("total", c.difference)]  # one difference: its notes once
            for basis, dd in bases:
                scope = profile.phrase("scope_contract") if has_option and basis == "contract" \
                    else ""
                for side, amounts, total in (("option", dd.option_outside, dd.option_outside_total),
                                             ("baseline", dd.baseline_outside,
                                              dd.baseline_outside_total)):
                    if amounts:
                        outside.append(profile.phrase(
                            f"comparison_outside_{side}", number=str(i), baseline=label,
                            amount=s.amount(FigureKey("outside", i - 1, basis=basis, side=side),
                                            f"{swedish.tkr(total)}\u00a0tkr", unit="tkr"),
                            years=years_text(amounts), scope=scope))
    return {
        "averages": _averages(memo, all_costs, profile, secrets) if profile is not None else [],
        "outside_notes": outside,
        "difference_caption": caption,
        "rows": rows,
        "has_baseline": has_baseline,
        "baseline_label": label,
        "has_users": has_users,
        "has_option": has_option,
        "years": [str(y) for y in years],
        "per_year_rows": per_year_rows,
        "periods_differ": _periods_differ(all_costs),
        "secrecy_note": secrets.comparison_note() if secrets is not None else "",
        "secrecy_grounds": secrets.comparison_grounds() if secrets is not None else "",
    }


def _secrecy_notes_said_once(context: dict[str, Any], profile: Profile) -> None:
    """The public version explains "Sekretess" once, under the first table that withholds a
    figure; a later table with the same grounds points back to it instead of repeating it."""
    first: dict[str, str] = {}
    holders = [(f"alternativ {i}", o) for i, o in enumerate(context["options"], start=1)]
    holders.append(("jämförelsen", context["comparison"]))
    for place, holder in holders:
        grounds = holder.get("secrecy_grounds", "")
        if not holder.get("secrecy_note") or not grounds:
            continue
        if grounds in first:
            again = profile.phrase("secrecy_table_note_again", grounds=grounds,
                                   where=first[grounds])
            if again:
                holder["secrecy_note"] = again
        else:
            first[grounds] = place


def _months_sv(months: int) -> str:
    words = ["", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva",
             "tolv"]
    count = words[months] if months < len(words) else swedish.number(months)
    return f"{count} {'månad' if months == 1 else 'månader'}"


def _chart(all_costs: list[OptionCosts], withheld=None, rounded=None) -> dict[str, Any] | None:
    """The cost chart for the template ({src, alt}) and for the Word writer (data)."""
    chart = cost_chart(all_costs, withheld, rounded)
    if chart is None:
        return None
    if all(v is None or v == 0 for s in chart.series for v in s.values) and any(
            None in s.values for s in chart.series):
        return None  # the public version withholds every bar: no empty chart, the table says so
    return {"src": CHART_SRC, "alt": chart.alt, "title": chart.title, "data": chart,
            "note": chart.withheld_note}


#: Up to this many services, this long together, are named in the consequence sentence
#: itself; more are listed under it (never both: the board reads each service once).
SERVICES_IN_SENTENCE = 3
SERVICES_SENTENCE_CHARS = 90


def _service_phrase(profile: Profile, service) -> str:
    """One service with whom it affects: "e-post för 6 000 anställda"."""
    name = swedish.mid_sentence(service.name.strip())  # it stands inside a sentence
    whom = service.affected.strip()
    if service.count > 0:
        return profile.phrase("consequence_service_count", service=name,
                              count=swedish.number(service.count),
                              affected=whom or profile.phrase("consequence_default_affected"))
    if whom:
        return profile.phrase("consequence_service_whom", service=name, affected=whom)
    return name


def _consequences(analysis: Analysis, profile: Profile, secrets=None) -> dict[str, Any]:
    memo = analysis.memo
    say = profile.phrase
    c = memo.consequences
    users = memo.assumptions.user_count
    entered = [s for s in c.services if s.name.strip()]
    # Each service says whom it affects; only when none does, the costs' count of users is
    # the one figure there is, said once for them all.
    counted = any(s.count > 0 or s.affected.strip() for s in entered)
    overall = users if users > 0 and not counted else 0
    services = [_service_phrase(profile, s) for s in entered]
    in_sentence = (len(services) <= SERVICES_IN_SENTENCE
                   and len(swedish.join(services)) <= SERVICES_SENTENCE_CHARS)
    sentence = ""
    intro = ""
    values = {"date": swedish.long_date(c.deadline), "services": swedish.join(services),
              "users": secrets.users(swedish.number(overall)) if secrets is not None
              else swedish.number(overall)}
    if c.deadline is not None:
        if not services:
            kind = "consequence_contract"
        elif in_sentence:
            kind = "consequence_services"
        else:
            kind = "consequence_services_list"
        decided = memo.case.decision_date
        if decided is not None and decided > c.deadline:
            kind += "_passed"  # the meeting is after the deadline: say so, not "före den …"
        sentence = say(kind + ("_users" if overall else ""), meeting=swedish.long_date(decided),
                       **values)
    elif services:
        intro = say("consequence_services_intro")
    listed = [] if (sentence and in_sentence) else services
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
            line = say(kind, number=str(i), title=title, months=_months_sv(months),
                       date=swedish.long_date(d.latest_decision))
            if d.needs_bridge and d.ready is not None and c.deadline is not None:
                # Lead time and cost belong together: when it could be in place, and that
                # the services need a bridge until then, which its costs hold (or lack).
                bridged = any(x.bridge for x in d.option.cost_lines)
                line += " " + say("lead_time_bridge", ready=swedish.long_date(d.ready),
                                  deadline=swedish.long_date(c.deadline))
                line += " " + say("bridge_in_costs" if bridged else "bridge_missing")
            lines.append(line)
    assessed = c.severity is not None
    return {
        "deadline_long": swedish.long_date(c.deadline),
        "deadline_iso": swedish.iso_date(c.deadline),
        "services": listed,
        "services_intro": intro,
        "users": (secrets.users(swedish.number(users)) if secrets is not None
                  else swedish.number(users)) if users else "",
        # The severity is the official's finding: none chosen, none said (a profile's own
        # template that prints the label reads "Ej bedömd"; ``severity_assessed`` tells).
        "severity": SEVERITY_LABELS[c.severity] if assessed else UNASSESSED_SEVERITY_LABEL,
        "severity_assessed": assessed,
        "severity_sentence": say(f"consequence_severity_{Severity(c.severity).value}")
        if assessed and c.deadline is not None else "",
        "sentence": sentence,
        "lead_time_sentences": lines,
        "description": c.description,
        "deadlines": deadlines,
    }


_YEAR_BASIS = {YearBasis.CALENDAR: "year_basis_calendar", YearBasis.CONTRACT: "year_basis_contract"}


def _procurement(analysis: Analysis, profile: Profile, secrets) -> str:
    """The estimated value the procurement rules count (what is bought, including options and
    extensions) for the proposal, against the direct-award limit and the EU threshold on the
    decision date, as facts; the route stays the official's own text."""
    memo = analysis.memo
    decided = memo.case.decision_date
    proposal = memo.recommended_option()
    library = analysis.library
    if decided is None or proposal is None or library is None:
        return ""
    period = library.amounts_on(decided)
    oi = memo.options.index(proposal)
    costs = analysis.costs[oi]
    if period is None or not costs.lines:
        return ""
    say = profile.phrase
    s = secrets.for_option(oi)
    value = costs.external_total
    estimated = memo.assumptions.figures_are_estimates or costs.has_estimates
    shown = (swedish.approx_kronor if estimated else swedish.kronor)(value)
    hidden = s.withheld(FigureKey("external", oi))
    limit = swedish.kronor(period.direct_award_limit)
    # "inklusive option" only where the proposal has option years to include.
    kind = "procurement_value" if costs.has_option_period else "procurement_value_no_option"
    parts = [say(kind, number=str(oi + 1),
                 value=s.amount(FigureKey("external", oi), shown))]
    if period.eu_threshold is not None:
        parts.append(say("procurement_limits", date=swedish.long_date(decided), limit=limit,
                         threshold=swedish.kronor(period.eu_threshold)))
    else:
        parts.append(say("procurement_limit", date=swedish.long_date(decided), limit=limit))
    approx = s.approx(FigureKey("external", oi))
    if approx is not None and not hidden:
        # Stated rounded (model/secrecy.py): over or under is said from the rounded value, a
        # whole unit of its last figure either side, so that it tells no more than the figure
        # (and only when the exact value agrees; never a wrong statement about the law).
        unit = swedish.last_unit(approx, PUBLIC_DIGITS)
        sides = set()
        for x in (approx - unit, approx + unit, value):
            sides.add((period.eu_threshold is not None and x > period.eu_threshold,
                       x > period.direct_award_limit))
        hidden = len(sides) > 1
    if not hidden:  # over or under says something about a withheld value: only when shown
        if period.eu_threshold is not None and value > period.eu_threshold:
            parts.append(say("procurement_over_both"))
        elif value > period.direct_award_limit:
            # Without a threshold in kronor, nothing can be said about it.
            parts.append(say("procurement_over_limit" if period.eu_threshold is not None
                             else "procurement_over_limit_only"))
        else:
            parts.append(say("procurement_under_limit"))
    # Said once: a caveat in the memo that already says that the amount is unconfirmed (the
    # LOU entry, filled for the same date) is not echoed word for word a few pages earlier.
    said = " ".join(" ".join(c.text.split()) for c in memo.caveats)
    if period.unverified_cited and " ".join(period.unverified_cited.split()) not in said:
        parts.append(period.unverified_cited)
    return " ".join(p for p in parts if p)


def _fraction_text(value, decimals: int, unit: str = "") -> str:
    """An exact Fraction as Swedish text; "cirka" when rounding for display changed it."""

    with localcontext() as ctx:
        ctx.prec = 40
        exact = Decimal(value.numerator) / Decimal(value.denominator)
    shown = exact.quantize(Decimal(1).scaleb(-decimals))
    places = decimals if shown != shown.to_integral_value() else 0
    text = swedish.number(exact, places) + unit
    return text if shown == exact else f"cirka {text}"


def _first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _criterion_title(criterion, i: int, say) -> str:
    """A criterion's title, or "Bedömningsgrund 2" (as validation names it) when it has none."""
    return criterion.title.strip() or say("criterion_untitled", number=str(i + 1)) \
        or f"Bedömningsgrund {i + 1}"


def _clause(text: str) -> str:
    """A reason as a clause inside a sentence: without its own full stop (an ellipsis stays)."""
    text = " ".join(text.split())
    if text.endswith(".") and not text.endswith("..."):  # "...": an ellipsis, kept
        text = text.rstrip(". ")
    return text


def _sentence(text: str) -> str:
    """``text`` ended with one full stop, unless it already ends with a sentence's end."""
    return text if text.endswith((".", "!", "?", "…")) else text + "."


def criteria_context(analysis: Analysis, profile: Profile, secrets=None) -> dict[str, Any]:
    """The weighed criteria: a table of scores and weighted totals, the reasons, and one
    sentence on how robust the ranking is (model/criteria.py computes it exactly; the
    sentences are the profile's phrases). The GUI's step shows the same sentence. In the
    public version the cost scores, the weighted sums and the robustness sentence are withheld
    when a total they are computed from is (model/secrecy.py, the simple safe rule)."""
    memo = analysis.memo
    if not memo.criteria:
        return {"present": False}
    say = profile.phrase
    r = analysis.criteria
    withheld = secrets.withheld if secrets is not None else (lambda key: False)
    cell_text = say("secrecy_cell")
    scores_hidden = withheld(FigureKey("criteria_scores"))
    percent = "\u00a0%"

    def name(option) -> str:
        return say("criteria_option", number=str(r.options.index(option) + 1),
                   title=option.title.strip() or say("criteria_untitled"))

    rows = []
    reasons = []
    for i, c in enumerate(r.criteria):
        cells = []
        for cell in r.cells[i]:
            if c.from_costs and scores_hidden:
                cells.append(cell_text)
            elif cell.score is None:
                cells.append("–")
            else:
                cells.append(_fraction_text(cell.score, 1).removeprefix("cirka "))
        title = _criterion_title(c, i, say)
        rows.append({
            "title": title,
            "weight": _fraction_text(r.weights[i] * 100, 1, percent).removeprefix("cirka ")
            if r.weight_sum > 0 else "–",
            "cells": cells,
            "computed": c.from_costs,
        })
        given = [f"alt.\u00a0{j + 1} ({cells[j]}): {_clause(cell.reason)}"
                 for j, cell in enumerate(r.cells[i]) if _clause(cell.reason)]
        if c.from_costs:
            # "inklusive option" only when some option has option years to include.
            # Scored over the years the options that go on cover (model/costs.py
            # comparable_years): an option with which the services stop is left out of that.
            left_out = any(o.services_stop for o in r.options) and not all(
                o.services_stop for o in r.options if o.cost_lines)
            key = "criteria_cost_reason" if _any_option_period(memo) \
                else "criteria_cost_reason_plain"
            given.append((left_out and say(key + "_going_on", years=years_text(r.cost_years)
                                           or "–"))
                         or say(key, years=years_text(r.cost_years) or "–"))
            # Not renewing scores well on cost only because nothing is bought: said where the
            # score is given, as it is where its cost is (issue 20, "Förnya inte" saves nothing).
            stopped = [f"alt.\u00a0{j + 1}" for j, o in enumerate(r.options)
                       if o.services_stop and r.cells[i][j].score is not None]
            if stopped:
                given.append(say("criteria_services_stop", options=swedish.join(stopped)))
        if given:
            reasons.append({"title": title, "text": _sentence("; ".join(given))})
    totals = [
        swedish.number(Decimal(t.numerator) / Decimal(t.denominator), 2) if t is not None else "–"
        for t in r.totals
    ]
    if withheld(FigureKey("criteria_totals")):
        totals = [cell_text for _t in r.totals]
    if withheld(FigureKey("criteria_robustness")):
        robustness = say("criteria_withheld")
    elif not r.complete:
        robustness = say("criteria_unscored")
    elif len(r.leaders) > 1:
        robustness = say("criteria_tie", options=_first(swedish.join([name(o) for o in r.leaders])))
    elif r.flip is None:
        robustness = say("criteria_robust", leader=_first(name(r.leader)))
    else:
        f = r.flip
        robustness = say(
            "criteria_flip",
            leader=_first(name(r.leader)),
            criterion=_criterion_title(f.criterion, r.criteria.index(f.criterion), say),
            direction=say("criteria_raised" if f.to_weight > f.from_weight else "criteria_lowered"),
            change=_fraction_text(f.change * 100, 1, " procentenheter"),
            from_weight=_fraction_text(f.from_weight * 100, 1, percent),
            to_weight=_fraction_text(f.to_weight * 100, 1, percent),
            challenger=name(f.challenger),
        )
    normalised = ""
    if r.weight_sum > 0 and r.normalised:
        normalised = say("criteria_normalised", sum=_fraction_text(r.weight_sum, 1, percent)
                         .removeprefix("cirka "))
    legend = "; ".join(f"alt.\u00a0{j + 1} = {o.title.strip() or say('criteria_untitled')}"
                       for j, o in enumerate(r.options))
    return {
        "present": True,
        "notice": say("criteria_notice"),
        "normalised": normalised,
        "options": [f"Alt.\u00a0{j + 1}" for j in range(len(r.options))],
        "scale": say("criteria_scale", legend=legend),
        "rows": rows,
        "totals": totals,
        "reasons": reasons,
        "robustness": robustness,
    }


def _library_status(analysis: Analysis, profile: Profile, caveat) -> str:
    """A line saying when a cited rule applies, if not plainly on the decision date, and what
    in it changes within the contract period (each change once, with its date)."""
    legal = analysis.legal_status(caveat)
    entry, status = legal.entry, legal.status
    parts = []
    if status == "coming":
        # An EU regulation in force before it applies "tillämpas från"; a law "träder i kraft".
        key = "legal_applies_coming" if entry.applies_later else "legal_coming"
        parts.append(profile.phrase(key, date=swedish.long_date(entry.valid_from))
                     or profile.phrase("legal_coming", date=swedish.long_date(entry.valid_from)))
    elif status == "not_yet":
        parts.append(profile.phrase("legal_not_yet", date=swedish.long_date(entry.valid_from)))
    elif status == "ended":
        note = f" {entry.changed_note.strip()}" if entry.changed_note.strip() else ""
        parts.append(profile.phrase("legal_ended", date=swedish.long_date(entry.valid_until))
                     + note)
    if entry is not None and status in ("applies", "coming"):
        for day, text in analysis.entry_text(entry).coming:
            parts.append(profile.phrase("legal_change_coming", date=swedish.long_date(day),
                                        text=text))
    return " ".join(p for p in parts if p)


def _kind(analysis: Analysis, caveat) -> str:
    """The kind as the library knows it for a cited entry (a source's kind is a fact about the
    source, and the library is where it is corrected), else as the memo holds it."""
    entry = analysis.legal_status(caveat).entry
    return entry.kind if entry is not None else caveat.kind


def _caveats(analysis: Analysis, profile: Profile) -> list[dict[str, Any]]:
    memo = analysis.memo
    out = []
    # A rule not yet known on the decision date did not exist for the memo's author: it is not
    # printed (validation says so, pointing at it).
    printed = [cv for cv in memo.caveats if analysis.legal_status(cv).status != "unknown"]
    names = BodyNames.of(memo.case)
    # Each statute in full the first time the memo cites it, then by its short name.
    references = shorten_repeated([cv.reference for cv in printed])
    for cv, reference in zip(printed, references, strict=True):
        kind = _kind(analysis, cv)
        out.append(
            {
                "title": cv.title,
                "reference": reference,
                "kind": CAVEAT_KIND_LABELS.get(kind, ""),
                "is_vendor": kind == "vendor",
                "is_proposal": kind == "proposal",
                "is_foreign_law": kind == "foreign_law",
                "status": _library_status(analysis, profile, cv),
                # A library placeholder left in the text names the case's own body.
                "text": fill_bodies(cv.text, names),
                "assessment": ASSESSMENT_LABELS[cv.assessment],
                "assessed": cv.assessment is not Assessment.UNASSESSED,
                "disagrees": cv.assessment in (Assessment.NO, Assessment.PARTLY),
                "reasoning": cv.reasoning,
                "risk": SEVERITY_LABELS[cv.risk],
                "mitigations": cv.mitigations,
            }
        )
    return out


def _says_number(text: str, value: int) -> bool:
    """Whether ``text`` gives ``value`` ("45 000", "45000", "45\u00a0000")."""

    digits = re.sub(r"(?<=\d)[ \u00a0\u202f](?=\d{3}\b)", "", text or "")
    return re.search(rf"(?<![\d,.]){value}(?![\d,])", digits) is not None


def build_context(
    analysis: Analysis,
    profile: Profile,
    *,
    draft: bool = False,
    public: bool = False,
) -> dict[str, Any]:
    """Everything the template places, from the revision's one computed view (its memo, and
    with a caveat library, for each cited library entry, when it applies relative to the
    decision date).

    Text is placed as the memo holds it: it was cleaned where it entered (load, edit), and
    the tree parser is the boundary for what the template itself writes (render/tree.py)."""
    memo = analysis.memo
    case = memo.case
    board = case.board
    # Who judges and who decides, in this case's words (render/bodies.py).
    profile = profile.for_case(case.administration, board)
    all_costs = analysis.costs
    recommended = memo.recommended_option()
    perspectives = []
    entered = {p.key: p for p in memo.perspectives}
    # Only what the official wrote: their text, or the stock phrase once they have ticked
    # "inga särskilda aspekter"; a perspective nobody assessed is not printed (validation
    # asks for it), never a finding made in their name.
    for spec in profile.perspectives:
        p = entered.get(spec.key)
        if p is None or not (p.text.strip() or p.none_found):
            continue
        perspectives.append(
            {
                "heading": (p.heading if p.heading.strip() else spec.heading),
                "text": p.text if p.text.strip()
                else profile.phrase("empty_perspective", heading=spec.heading.lower()),
            }
        )
    # A perspective this profile does not ask for keeps the official's text (switching profile
    # loses nothing), under its own heading.
    for p in memo.perspectives:
        if p.key in {s.key for s in profile.perspectives}:
            continue
        heading = p.heading.strip() or p.key.strip().capitalize() or "Perspektiv"
        if p.text.strip():
            perspectives.append({"heading": heading, "text": p.text})
        elif p.none_found:
            perspectives.append({"heading": heading, "text": profile.phrase(
                "empty_perspective", heading=heading.lower())})
    # The board's version marks confidential items; the public version withholds them and
    # every figure that would reveal them (model/secrecy.py, render/redaction.py).
    secrets = Secrets(analysis.withholding, profile, public=public, memo=memo)
    caveats = _caveats(analysis, profile)
    for i, c in enumerate(caveats):
        c["reasoning"] = secrets.legal(i, c["reasoning"])
        if public and i in secrets.w.legal:
            c["mitigations"] = ""
    disagreements = [c["title"] for c in caveats if c["disagrees"]]
    estimates = memo.assumptions.figures_are_estimates or any(
        line.estimate for o in memo.options for line in o.cost_lines
    )
    # When the notice says every figure is an estimate, marking each line again is noise.
    estimates_all = memo.assumptions.figures_are_estimates
    officer = case.officer
    options = [_option_context(analysis, profile, c, not estimates_all, secrets.for_option(oi))
               for oi, c in enumerate(all_costs)]
    _share_rows(options, profile.phrase)
    shown_tables = [o for o in options if o["table"] is not None and not o["secret"]]
    for o in options:
        o["first_table"] = bool(shown_tables) and o is shown_tables[0]
    order = section_order(profile.order, memo, perspectives)
    # The official's financing statement is said once: under Förslag till beslut with what the
    # proposal costs, and under Ekonomiska konsekvenser only where the proposal does not say it.
    proposal_financing = memo.assumptions.financing \
        if memo.recommended_option() is not None else ""
    said_in_proposal = bool(proposal_financing.strip()) and "proposal" in order
    context = {
        "profile": {
            "name": profile.name,
            "document_type": profile.document_type,
            "headings": profile.headings,
            "phrases": {k: profile.phrase(k) for k in profile.phrases},
        },
        "words": profile.words,
        "chart": _chart(all_costs, secrets.withheld if public else None,
                        secrets.approx if public else None),
        "secrecy": secrets.front(),
        # The public version says why some figures read "ca"/"cirka" (model/secrecy.py
        # _round_for_public): only where it states one.
        "rounded_note": profile.phrase("public_rounded_note") if public and any(
            f.shown and f.public is not None for f in analysis.withholding.figures.values())
        else "",
        "draft": draft,
        "order": order,
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
            # "Regionstyrelsen beslutar att" reads on into att-clauses; points that are whole
            # sentences naming the board ("Regionstyrelsen förlänger …") stand without it.
            "intro": "" if _points_name_the_board(memo, profile)
            else profile.phrase("proposal_intro", board=board),
            "points": [p.text for p in memo.decision_points],
            # The program's own sentence, under the official's points: what the proposal
            # costs, and the official's financing statement as typed.
            "cost": _proposal_cost(analysis, profile, secrets),
            "financing": proposal_financing,
        },
        "summary": memo.summary,
        "background": secrets.background(memo.background),
        "options": options,
        "recommended_title": recommended.title if recommended else "",
        "comparison": _comparison(memo, all_costs, profile, secrets),
        "sensitivity": _sensitivity_table(options),
        "procurement": _procurement(analysis, profile, secrets),
        "assumptions": {
            "note": memo.assumptions.note,
            "financing": "" if said_in_proposal else memo.assumptions.financing,
            # One sentence under the first cost table: calendar or contract years.
            "year_basis": profile.phrase(_YEAR_BASIS[memo.assumptions.year_basis])
            if memo.assumptions.year_basis in _YEAR_BASIS else "",
            "exchange_rates": _exchange_rates(memo, all_costs, options, profile.phrase),
            "estimates": estimates,
            # Every figure an estimate only when the official said so; an estimate on some
            # lines points to the lines, each marked "uppskattning" (the licence prices beside
            # them are the suppliers').
            "estimate_notice": profile.phrase("estimate_notice") if estimates_all
            else profile.phrase("estimate_notice_some") if estimates else "",
            # Once: not when the official's note already gives the number of users.
            "users": secrets.users(swedish.number(memo.assumptions.user_count))
            if memo.assumptions.user_count and not _says_number(
                memo.assumptions.note, memo.assumptions.user_count)
            else "",
        },
        "consequences": _consequences(analysis, profile, secrets),
        "caveats": caveats,
        "disagreements": disagreements,
        # One question is "den juridiska frågan ”…”", not "följande juridiska frågor: ”…”".
        "disagreement_notice": profile.phrase(
            "disagreement_notice" if len(disagreements) > 1 else "disagreement_notice_one",
            items=swedish.join([f"”{t.strip()}”" for t in disagreements])
        )
        if disagreements
        else "",
        "assessment": memo.assessment,
        "criteria": criteria_context(analysis, profile, secrets),
        "perspectives": perspectives,
        "cooperation": memo.cooperation,
        "attachments": [
            {"title": secrets.attachment(i, a.title), "date": swedish.iso_date(a.date)}
            for i, a in enumerate(memo.attachments)
        ],
        "signatures": [
            {"name": s.name, "title": s.title} for s in memo.signatures
        ],
        # Beslutsunderlag: this document and its attachments; Beslutsplanering: where and
        # when it is decided (the board and its meeting, from the case).
        "decision_basis": [
            profile.phrase("decision_basis_memo", document_type=profile.document_type,
                           date=swedish.iso_date(case.memo_date)).strip(),
            *(f"{secrets.attachment(i, a.title)} ({swedish.iso_date(a.date)})" if a.date
              else secrets.attachment(i, a.title)
              for i, a in enumerate(memo.attachments) if a.title.strip()),
        ],
        "planning": [profile.phrase("planning_meeting", board=board,
                                    date=swedish.iso_date(case.meeting_date)).strip()]
        if board.strip() else [],
    }
    _secrecy_notes_said_once(context, profile)
    return context
