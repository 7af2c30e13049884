"""A drafted Sammanfattning from the memo's structured facts. No Qt, no network, no model.

The draft says, in short sentences: what the administration proposes; what it costs over the
contract period and with the options; the deadline and what stops if nothing is decided; and
which legal questions the administration judges unsolved, with the risk that remains. It is
deterministic (the same memo gives the same words) and written for LIX at or below 50.

It is only ever *offered*: the GUI shows it beside the official's own text, and the official
takes it, edits it or ignores it. Nothing here writes to the memo.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from memo_builder.model import swedish
from memo_builder.model.costs import common_years, has_option_years
from memo_builder.model.memo import Assessment, Severity
from memo_builder.model.secrecy import PUBLIC_DIGITS, FigureKey
from memo_builder.model.text import clean_text

if TYPE_CHECKING:
    from memo_builder.analysis.revision import Analysis

_RISK = {Severity.HIGH: "hög", Severity.MEDIUM: "medelhög", Severity.LOW: "låg"}
MILLION = Decimal(1_000_000)
_WORDS = ["noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva",
          "tolv"]


def count(n: int, one: str = "en") -> str:
    """1–12 in words in running text (Myndigheternas skrivregler), larger as figures."""
    if n == 1:
        return one
    return _WORDS[n] if 0 <= n < len(_WORDS) else str(n)


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def _quoted(text: str) -> str:
    """A title as a name inside a sentence: ”Förläng två år” (empty when there is none)."""
    text = " ".join(clean_text(text).split()).strip("”\"' ").rstrip(".")
    return f"”{text}”" if text else ""


def _lower_first(text: str) -> str:
    text = clean_text(text).strip().rstrip(".")
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def money(value: Decimal, estimated: bool = False) -> str:
    """Running-text kronor, rounded the way a reader takes them in: "210,3 miljoner kronor",
    "cirka 873 000 kronor". "cirka" says that the figure is rounded or an estimate, as the
    proposal's sentence on the same page says it (never "872 800" beside "cirka 873 000")."""

    value = Decimal(value)
    if estimated:  # as the proposal's sentence says an estimate (render/context.py)
        return swedish.approx_kronor(value)
    if abs(value) >= MILLION:
        millions = (value / MILLION).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        decimals = 0 if millions == millions.to_integral_value() else 1
        rounded, said = millions * MILLION, f"{swedish.number(millions, decimals)} miljoner kronor"
    elif abs(value) >= 10000:
        rounded = (value / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP) * 1000
        said = swedish.kronor(rounded)
    else:
        rounded, said = value, swedish.kronor(value)
    return f"cirka {said}" if estimated or rounded != value else said


def _said(w, key, value: Decimal, estimated: bool = False) -> str:
    """A figure as the draft says it: rounded as the public version states it when it
    involves a confidential value (model/secrecy.py ``Figure.public``: the draft is the memo's
    own text in both versions), else :func:`money`."""
    figure = w.figures.get(key) if w is not None else None
    if figure is not None and figure.shown and figure.public is not None:
        # The caller may state the figure negated ("… mindre än"): the same sign as it.
        public = figure.public if (value < 0) == (figure.public < 0) else -figure.public
        return swedish.approx_kronor(public, PUBLIC_DIGITS)
    return money(value, estimated)


def _join(items: list[str]) -> str:
    return swedish.join(items)


def _span(years) -> str:
    years = sorted(years)
    if not years:
        return ""
    return str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"


def draft_summary(analysis: Analysis, words: Mapping[str, str] | None = None) -> str:
    """The draft, as paragraphs separated by a blank line (the memo's own text format).

    ``words``: the body words of the memo's profile for its case (render/bodies.py: "office",
    "board_word"), so a region's draft says "Regionkontoret föreslår att regionstyrelsen …";
    without them the generic "Förvaltningen" and "nämnden"."""

    memo = analysis.memo
    paragraphs: list[list[str]] = []
    proposal = memo.recommended_option()
    words = words or {}
    who = words.get("board_word") or "nämnden"
    office = words.get("office") or "Förvaltningen"

    # 1. The proposal.
    first: list[str] = []
    if proposal is not None:
        # The option by number, its title quoted: a title is a name, not words whose grammar
        # fits after "beslutar att" ("beslutar att förläng två år").
        number = memo.options.index(proposal) + 1
        title = _quoted(proposal.title)
        first.append(f"{office} föreslår att {who} väljer alternativ {number}"
                     + (f", {title}" if title else ""))
    elif memo.case.title.strip():
        first.append(f"Ärendet gäller {_lower_first(memo.case.title)}")
    # 2. What it costs, over the contract period and with the options.
    costs = next((c for c in analysis.costs if proposal is not None and c.option.id == proposal.id), None)
    # The draft is the memo's own text in both versions: it places a cost figure only when the
    # public version shows it (model/secrecy.py, each figure decided once), else it says that
    # the figure is confidential.
    w = analysis.withholding
    oi = analysis.costs.index(costs) if costs is not None else -1

    def hidden(key) -> bool:
        return oi in w.options or w.withheld(key)

    if costs is not None and costs.lines:
        est = memo.assumptions.figures_are_estimates or costs.has_estimates
        with_option = bool(costs.option_years)  # by the lines, never the amounts
        contract_span = _span(common_years(costs.contract_years))
        span = _span(common_years(costs.years))
        if with_option and contract_span:
            if hidden(FigureKey("contract_total", oi)):
                first.append("Förslagets kostnad under avtalsperioden omfattas av sekretess")
            else:
                first.append(f"Förslaget kostar {_said(w, FigureKey('contract_total', oi), costs.contract_total, est)} "
                             f"under "
                             f"avtalsperioden {contract_span}")
            if hidden(FigureKey("total", oi)):
                first.append("Kostnaden om optionen utnyttjas omfattas av sekretess")
            else:
                first.append(f"Om optionen utnyttjas kostar det "
                             f"{_said(w, FigureKey('total', oi), costs.total, est)} under "
                             f"{span}")
        elif hidden(FigureKey("total", oi)):
            first.append("Förslagets kostnad omfattas av sekretess")
        else:
            first.append(f"Förslaget kostar {_said(w, FigureKey('total', oi), costs.total, est)} under {span}"
                         + (", om optionen utnyttjas" if with_option else ""))
        if costs.internal_total and not hidden(FigureKey("internal", oi)):
            first.append(f"I kostnaden{' inklusive option' if with_option else ''} ingår "
                         f"{_said(w, FigureKey('internal', oi), costs.internal_total, est)} för egen personal")
        first += _difference(memo, costs, hidden, oi, w)
    # The financing is not repeated here: Förslag till beslut states it with the proposal's
    # cost, on the same page (render/context.py, every profile).
    if first:
        paragraphs.append(first)

    # 3. The deadline and what stops.
    c = memo.consequences
    second: list[str] = []
    if c.deadline is not None:
        decided = memo.case.decision_date
        # A deadline before the meeting has passed: "before then" can no longer be met.
        passed = decided is not None and decided > c.deadline
        if passed:
            second.append(f"Avtalet löpte ut den {swedish.long_date(c.deadline)}, före "
                          f"sammanträdet den {swedish.long_date(decided)}")
        else:
            second.append(f"Avtalet löper ut den {swedish.long_date(c.deadline)}")
        entered = [s for s in c.services if clean_text(s.name).strip()]
        # Each service with whom it affects (schema 3); the costs' count of users only when
        # no service says whom.
        services = [_service(s) for s in entered]
        when = "Utan ett beslut" if passed else "Om inget beslut fattas före dess"
        if services:
            second.append(f"{when} upphör {_join(services)}")
        else:
            second.append(f"{when} upphör tjänsten")
        users = memo.assumptions.user_count
        if users and not any(s.count > 0 or s.affected.strip() for s in entered) \
                and not analysis.withholding.withheld(FigureKey("user_count")):
            second.append(f"Det drabbar {swedish.number(users)} användare")
        late = [d for d in analysis.deadlines
                if d.feasible is False and (proposal is None or d.option.id != proposal.id)]
        for d in late:
            number = memo.options.index(d.option) + 1
            title = _quoted(d.option.title)
            text = (f"Alternativ {number}" + (f", {title}," if title else "")
                    + " kan inte vara på plats " + ("i tid" if passed else "före dess"))
            if d.needs_bridge and d.ready is not None:
                text += (f". Det kan vara på plats tidigast den {swedish.long_date(d.ready)}, och "
                         "till dess behövs en övergångslösning")
            second.append(text)
    if second:
        paragraphs.append(second)

    # 4. Legal questions the proposal does not solve, and the risk that remains.
    third: list[str] = []
    unsolved = [x for x in memo.caveats if x.assessment is Assessment.NO and x.title.strip()]
    partly = [x for x in memo.caveats if x.assessment is Assessment.PARTLY and x.title.strip()]

    def named(items) -> str:
        # The risk as words in the sentence, not "(medelhög risk)" after the title.
        return _join([f"{_quoted(x.title)} med {_RISK[x.risk]} risk" for x in items])

    if unsolved:
        noun = "fråga" if len(unsolved) == 1 else "frågor"
        third.append(f"{office} bedömer att förslaget inte löser {count(len(unsolved))} "
                     f"juridisk{'' if len(unsolved) == 1 else 'a'} {noun}: {named(unsolved)}")
    if partly:
        noun = "fråga löses" if len(partly) == 1 else "frågor löses"
        third.append(f"{count(len(partly))} {noun} bara delvis: {named(partly)}")
    if unsolved or partly:
        worst = max((x.risk for x in unsolved + partly),
                    key=[Severity.LOW, Severity.MEDIUM, Severity.HIGH].index)
        # One question named with its risk has said it; only among several is the largest news.
        if len(unsolved + partly) > 1:
            third.append(f"Den största risken som finns kvar är {_RISK[worst]}")
        with_steps = [x for x in unsolved + partly if x.mitigations.strip()]
        if with_steps:
            third.append(f"{office} föreslår åtgärder för {count(len(with_steps), 'en')} av "
                         "frågorna" if len(with_steps) > 1 else
                         f"{office} föreslår åtgärder för en av frågorna")
    # A question not yet assessed is nobody's finding: the draft never counts it as solved,
    # and says it is open, so the official sees it before the board does.
    unassessed = [x for x in memo.caveats if x.assessment is Assessment.UNASSESSED]
    if memo.caveats and not (unsolved or partly or unassessed):
        third.append(f"{office} bedömer att förslaget löser de juridiska frågorna")
    if unassessed:
        n = len(unassessed)
        third.append(f"{count(n)} juridisk{'' if n == 1 else 'a'} "
                     f"{'fråga är' if n == 1 else 'frågor är'} ännu inte "
                     f"{'bedömd' if n == 1 else 'bedömda'}")
    if third:
        paragraphs.append(third)

    return "\n\n".join(" ".join(_sentence(s) for s in p) for p in paragraphs if p)


def _difference(memo, costs, hidden, oi: int, w=None) -> list[str]:
    """Against the baseline, only over the years both cover (model/costs.py compare), with
    what lies outside them said separately, and whether the services stop. A figure the
    public version withholds is said to be confidential, never placed."""
    base = memo.baseline_option()
    d = costs.difference
    if base is None or base is costs.option or d is None or d.amount is None:
        return []
    name = clean_text(base.title).strip() or "jämförelsebasen"
    est = memo.assumptions.figures_are_estimates or costs.has_estimates
    years = _span(d.years)
    if any(has_option_years(line) for o in memo.options for line in o.cost_lines):
        years += ", inklusive option,"
    out = []
    if hidden(FigureKey("difference", oi)):
        out.append(f"Skillnaden mot ”{name}” under {years} omfattas av sekretess")
    elif d.amount > 0:
        out.append(f"Under {years} kostar förslaget {_said(w, FigureKey('difference', oi), d.amount, est)} mer än ”{name}”")
    elif d.amount < 0:
        out.append(f"Under {years} kostar förslaget {_said(w, FigureKey('difference', oi), -d.amount, est)} mindre än ”{name}”")
    else:
        out.append(f"Under {years} kostar förslaget lika mycket som ”{name}”")
    if d.option_outside and not hidden(FigureKey("outside", oi, basis="total", side="option")):
        out.append(f"Därtill kostar förslaget "
                   f"{_said(w, FigureKey('outside', oi, basis='total', side='option'), d.option_outside_total, est)} under "
                   f"{_span(d.option_outside)}, som ”{name}” inte omfattar")
    if d.baseline_outside and not hidden(FigureKey("outside", oi, basis="total", side="baseline")):
        out.append(f"Därtill kostar ”{name}” "
                   f"{_said(w, FigureKey('outside', oi, basis='total', side='baseline'), d.baseline_outside_total, est)} under "
                   f"{_span(d.baseline_outside)}, som förslaget inte omfattar")
    if costs.option.services_stop:
        out.append("Med förslaget upphör tjänsterna, så den lägre kostnaden är ingen besparing "
                   "för samma tjänster")
    return out


def _service(service) -> str:
    """ "e-post för 6 000 anställda": a service with whom it affects, as far as it says."""

    name = clean_text(service.name).strip()
    whom = clean_text(service.affected).strip()
    if service.count > 0:
        return f"{name} för {swedish.number(service.count)} {whom or 'användare'}"
    return f"{name} för {whom}" if whom else name
