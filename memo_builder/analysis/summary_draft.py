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
    if proposal is not None and proposal.title.strip():
        first.append(f"Förvaltningen föreslår att {who} beslutar att {_lower_first(proposal.title)}")
    elif memo.case.title.strip():
        first.append(f"Ärendet gäller {_lower_first(memo.case.title)}")
    # 2. What it costs, over the contract period and with the options.
    costs = next((c for c in analysis.costs if proposal is not None and c.option.id == proposal.id), None)
    if costs is not None and costs.lines:
        contract_years = [y for y, v in costs.contract_per_year.items() if v]
        span = _span(contract_years)
        first.append(f"Förslaget kostar {money(costs.contract_total)} under avtalsperioden"
                     + (f" {span}" if span else ""))
        if costs.option_period_total:
            first.append(f"Om optionen används blir kostnaden {money(costs.total)} totalt")
        if costs.internal_total:
            first.append(f"Av den summan är {money(costs.internal_total)} kostnader för egen "
                         "personal")
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
        if users and not any(s.count > 0 or s.affected.strip() for s in entered):
            second.append(f"Det drabbar {swedish.number(users)} användare")
        late = [d for d in analysis.deadlines
                if d.feasible is False and (proposal is None or d.option.id != proposal.id)]
        for d in late:
            second.append(f"Alternativet ”{clean_text(d.option.title).strip()}” kan inte "
                          "vara på plats före dess")
    if second:
        paragraphs.append(second)

    # 4. Legal questions the proposal does not solve, and the risk that remains.
    third: list[str] = []
    unsolved = [x for x in memo.caveats if x.assessment is Assessment.NO and x.title.strip()]
    partly = [x for x in memo.caveats if x.assessment is Assessment.PARTLY and x.title.strip()]

    def named(items) -> str:
        return _join([f"{clean_text(x.title).strip()} ({_RISK[x.risk]} risk)" for x in items])

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


def _service(service) -> str:
    """ "e-post för 6 000 anställda": a service with whom it affects, as far as it says."""
    from memo_builder.model import swedish

    name = clean_text(service.name).strip()
    whom = clean_text(service.affected).strip()
    if service.count > 0:
        return f"{name} för {swedish.number(service.count)} {whom or 'användare'}"
    return f"{name} för {whom}" if whom else name
