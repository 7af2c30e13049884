"""A drafted Sammanfattning from the memo's structured facts. No Qt, no network, no model.

The draft says, in short sentences: what the administration proposes; what it costs over the
contract period and with the options; the deadline and what stops if nothing is decided; and
which legal questions the administration judges unsolved, with the risk that remains. It is
deterministic (the same memo gives the same words) and written for LIX at or below 50.

It is only ever *offered*: the GUI shows it beside the official's own text, and the official
takes it, edits it or ignores it. Nothing here writes to the memo.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from memo_builder.model.memo import Assessment, Severity
from memo_builder.model.secrecy import FigureKey
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


def money(value: Decimal) -> str:
    """Running-text kronor, rounded the way a reader takes them in: "210,3 miljoner kronor"."""
    from memo_builder.model import swedish

    value = Decimal(value)
    if abs(value) >= MILLION:
        millions = (value / MILLION).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        decimals = 0 if millions == millions.to_integral_value() else 1
        return f"{swedish.number(millions, decimals)} miljoner kronor"
    return swedish.kronor(value.quantize(Decimal(1000), rounding=ROUND_HALF_UP)
                          if abs(value) >= 10000 else value)


def _join(items: list[str]) -> str:
    from memo_builder.model import swedish

    return swedish.join(items)


def _span(years) -> str:
    years = sorted(years)
    if not years:
        return ""
    return str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"


def draft_summary(analysis: Analysis) -> str:
    """The draft, as paragraphs separated by a blank line (the memo's own text format)."""
    from memo_builder.model import swedish

    memo = analysis.memo
    paragraphs: list[list[str]] = []
    proposal = memo.recommended_option()
    who = "nämnden"

    # 1. The proposal.
    first: list[str] = []
    if proposal is not None:
        # The option by number, its title quoted: a title is a name, not words whose grammar
        # fits after "beslutar att" ("beslutar att förläng två år").
        number = memo.options.index(proposal) + 1
        title = _quoted(proposal.title)
        first.append(f"Förvaltningen föreslår att {who} väljer alternativ {number}"
                     + (f", {title}" if title else ""))
    elif memo.case.title.strip():
        first.append(f"Ärendet gäller {_lower_first(memo.case.title)}")
    # 2. What it costs, over the contract period and with the options.
    costs = next((c for c in analysis.costs if proposal is not None and c.option.id == proposal.id), None)
    # The draft is the memo's own text in both versions: it places a cost figure only when the
    # public version shows it (model/secrecy.py), else it says that the cost is confidential.
    w = analysis.withholding
    oi = analysis.costs.index(costs) if costs is not None else -1
    keys = [FigureKey("contract_total", oi), FigureKey("total", oi), FigureKey("internal", oi)]
    if costs is not None and costs.lines and any(w.withheld(k) or oi in w.options for k in keys):
        first.append("Förslagets kostnad omfattas av sekretess och redovisas i nämndens version "
                     "av handlingen")
    elif costs is not None and costs.lines:
        contract_years = [y for y, v in costs.contract_per_year.items() if v]
        span = _span(contract_years)
        first.append(f"Förslaget kostar {money(costs.contract_total)} under avtalsperioden"
                     + (f" {span}" if span else ""))
        if costs.option_period_total:
            first.append(f"Om optionen används blir kostnaden {money(costs.total)} totalt")
        if costs.internal_total:
            first.append(f"Av den summan är {money(costs.internal_total)} kostnader för egen "
                         "personal")
        first += _difference(memo, costs, w, oi)
        financing = clean_text(memo.assumptions.financing).strip()
        if financing:
            first.append(f"Finansiering: {financing.rstrip('.')}")
    if first:
        paragraphs.append(first)

    # 3. The deadline and what stops.
    c = memo.consequences
    second: list[str] = []
    if c.deadline is not None:
        second.append(f"Avtalet löper ut den {swedish.long_date(c.deadline)}")
        entered = [s for s in c.services if clean_text(s.name).strip()]
        # Each service with whom it affects (schema 3); the costs' count of users only when
        # no service says whom.
        services = [_service(s) for s in entered]
        if services:
            second.append(f"Om inget beslut fattas före dess stoppas {_join(services)}")
        else:
            second.append("Om inget beslut fattas före dess upphör tjänsten")
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
                    + " kan inte vara på plats före dess")
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
        third.append(f"Förvaltningen bedömer att förslaget inte löser {count(len(unsolved))} "
                     f"juridisk{'' if len(unsolved) == 1 else 'a'} {noun}: {named(unsolved)}")
    if partly:
        noun = "fråga löses" if len(partly) == 1 else "frågor löses"
        third.append(f"{count(len(partly))} {noun} bara delvis: {named(partly)}")
    if unsolved or partly:
        worst = max((x.risk for x in unsolved + partly),
                    key=[Severity.LOW, Severity.MEDIUM, Severity.HIGH].index)
        third.append(f"Den största risken som finns kvar är {_RISK[worst]}")
        with_steps = [x for x in unsolved + partly if x.mitigations.strip()]
        if with_steps:
            third.append(f"Förvaltningen föreslår åtgärder för {count(len(with_steps), 'en')} av "
                         "frågorna" if len(with_steps) > 1 else
                         "Förvaltningen föreslår åtgärder för en av frågorna")
    elif memo.caveats:
        third.append("Förvaltningen bedömer att förslaget löser de juridiska frågorna")
    if third:
        paragraphs.append(third)

    return "\n\n".join(" ".join(_sentence(s) for s in p) for p in paragraphs if p)


def _difference(memo, costs, w, oi: int) -> list[str]:
    """Against the baseline, only over the years both cover (model/costs.py compare), with
    what lies outside them said separately, and whether the services stop. Each figure only
    when the public version shows it (the baseline's costs may be marked when the proposal's
    are not)."""
    base = memo.baseline_option()
    d = costs.difference
    if base is None or base is costs.option or d is None or d.amount is None:
        return []
    name = clean_text(base.title).strip() or "jämförelsebasen"
    years = _span(d.years)
    if any(line.option_period for o in memo.options for line in o.cost_lines):
        years += ", inklusive option,"
    out = []
    if w.withheld(FigureKey("difference", oi)):
        out.append(f"Skillnaden mot ”{name}” omfattas av sekretess och redovisas i nämndens "
                   "version av handlingen")
    elif d.amount > 0:
        out.append(f"Under {years} kostar förslaget {money(d.amount)} mer än ”{name}”")
    elif d.amount < 0:
        out.append(f"Under {years} kostar förslaget {money(-d.amount)} mindre än ”{name}”")
    else:
        out.append(f"Under {years} kostar förslaget lika mycket som ”{name}”")
    if d.option_outside and not w.withheld(FigureKey("outside", oi, basis="total", side="option")):
        out.append(f"Därtill kostar förslaget {money(d.option_outside_total)} under "
                   f"{_span(d.option_outside)}, som ”{name}” inte omfattar")
    if d.baseline_outside and not w.withheld(
            FigureKey("outside", oi, basis="total", side="baseline")):
        out.append(f"Därtill kostar ”{name}” {money(d.baseline_outside_total)} under "
                   f"{_span(d.baseline_outside)}, som förslaget inte omfattar")
    if costs.option.services_stop:
        out.append("Med förslaget upphör tjänsterna, så den lägre kostnaden är ingen besparing "
                   "för samma tjänster")
    return out


def _service(service) -> str:
    """ "e-post för 6 000 anställda": a service with whom it affects, as far as it says."""
    from memo_builder.model import swedish

    name = clean_text(service.name).strip()
    whom = clean_text(service.affected).strip()
    if service.count > 0:
        return f"{name} för {swedish.number(service.count)} {whom or 'användare'}"
    return f"{name} för {whom}" if whom else name
