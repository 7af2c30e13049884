"""What a board member needs stated, and what only the official may state (issue 20).

Warnings and errors, each pointing at the field: how the decision is financed, whether the
cost tables' years are calendar or contract years, a perspective nobody has assessed (its stock
finding is never printed in the official's name), an option that cannot be in place by the
deadline but has no bridge in its costs, and an option whose services stop without the memo
saying so. Pure: no disk, no profile files (the caller passes the profile's perspectives).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from memo_builder.model.consequences import OptionDeadline
from memo_builder.model.costs import OptionCosts
from memo_builder.model.memo import CostCategory, Memo, Recurrence, YearBasis
from memo_builder.model.swedish import body_words

Report = Callable[[str, str], None]

# An amount in the official's text: "1,2 miljoner kronor", "350 000 kr", "4 mnkr".
# A figure with its unit ("3,5 miljoner kronor", "1 234 tkr"): the figure starts at its first
# digit and is at most 24 characters, so a long run of digits and spaces is read once, not
# again from each of its positions (quadratic).
_AMOUNT = re.compile(r"(?<![\d,.])\d[\d\s\u00a0,.]{0,24}?(kr\b|kronor|tkr|mnkr|miljon|miljard)",
                     re.IGNORECASE)
_FINANCING = re.compile(r"finansier|budget|ryms|anslag", re.IGNORECASE)


def check(memo: Memo, costs: list[OptionCosts], deadlines: list[OptionDeadline], err: Report,
          warn: Report, perspectives: Iterable[tuple[str, str]] | None = None) -> None:
    """``perspectives``: the profile's (key, heading) pairs; None: only those the memo holds."""
    a = memo.assumptions
    if any(o.cost_lines for o in memo.options):
        if not a.financing.strip():
            warn("assumptions.financing",
                 "Ange hur beslutet finansieras (till exempel ”ryms inom budget” eller "
                 f"”finansieras genom …”). {words(memo)['Board_word']} letar efter det först.")
        if a.year_basis is YearBasis.UNSTATED:
            warn("assumptions.year_basis",
                 "Ange om åren i kostnadstabellerna är kalenderår eller avtalsår.")
    _first_read(memo, warn)
    _perspectives(memo, warn, perspectives)
    _bridges(memo, deadlines, err, warn)
    _services_stop(memo, costs, warn)


def words(memo: Memo) -> dict[str, str]:
    """Who judges and who decides in a message about this case (here and in validation.py):
    the case's own words where its names are body words ("Regionkontorets bedömning", "för
    regionstyrelsen"), else "förvaltningen" and "nämnden", as the memo speaks of them
    (swedish.body_words; a profile's own words are the render layer's)."""
    return body_words(memo.case.administration, memo.case.board)


def _first_read(memo: Memo, warn: Report) -> None:
    """The Sammanfattning and the Förslag till beslut are what a board member reads first:
    each should say what the decision costs and how it is financed. Under the Förslag till
    beslut the program states the cost and the Finansiering field itself (render/context.py);
    the Sammanfattning is the official's own text (the drafted summary offers them)."""
    proposal = memo.recommended_option()
    if proposal is None or not proposal.cost_lines:
        return
    places = [("summary", "Sammanfattningen", memo.summary)]
    for path, name, text in places:
        if not text.strip():
            continue  # an empty summary or point has its own message
        missing = []
        if not _AMOUNT.search(text):
            missing.append("vad beslutet kostar (avtalsperioden och med option)")
        if not _FINANCING.search(text):
            missing.append("hur det finansieras")
        if missing:
            warn(path, f"{name} säger inte {' eller '.join(missing)}. Det är det "
                 f"{words(memo)['board_word']} letar efter först.")


def _perspectives(memo: Memo, warn: Report, specs) -> None:
    held = {p.key: p for p in memo.perspectives}
    wanted = list(specs) if specs is not None else [(p.key, p.heading) for p in memo.perspectives]
    for key, heading in wanted:
        p = held.get(key)
        if p is not None and (p.text.strip() or p.none_found):
            continue
        name = (p.heading.strip() if p is not None and p.heading.strip() else heading.strip()) \
            or "Perspektivet"
        warn(f"perspectives.{key}",
             f"{name}: ingen bedömning. Skriv {words(memo)['office_s']} bedömning eller kryssa i ”inga "
             "särskilda aspekter”; till dess skrivs ingenting om perspektivet i memot.")


def _bridges(memo: Memo, deadlines: list[OptionDeadline], err: Report, warn: Report) -> None:
    deadline = memo.consequences.deadline
    for d in deadlines:
        if not d.needs_bridge or d.ready is None or deadline is None:
            continue
        i = memo.options.index(d.option)
        name = d.option.title.strip() or f"Alternativ {i + 1}"
        bridges = [(j, line) for j, line in enumerate(d.option.cost_lines) if line.bridge]
        if not bridges:
            err(f"options[{i}].cost_lines",
                f"{name}: kan vara på plats tidigast {d.ready.isoformat()} om beslut fattas vid "
                f"sammanträdet, men avtalet löper ut {deadline.isoformat()}. Tjänsterna behöver "
                "en övergångslösning till dess: lägg till dess kostnad som en rad och markera "
                "den som övergång, annars jämförs alternativet inte på lika villkor.")
            continue
        covered = max((line.first_year if line.recurrence is Recurrence.ONE_OFF
                       else line.last_year) for _j, line in bridges)
        if covered < d.ready.year:
            j = bridges[-1][0]
            warn(f"options[{i}].cost_lines[{j}].last_year",
                 f"{name}: övergångslösningen kostar till och med {covered}, men alternativet "
                 f"kan vara på plats först {d.ready.isoformat()}.")


def _services_stop(memo: Memo, costs: list[OptionCosts], warn: Report) -> None:
    """An option with no recurring external cost while the baseline has one looks like not
    renewing: unless the official says whether the services stop, its lower cost would read
    as a saving."""
    base = memo.baseline_option()
    if base is None or not any(_recurring_external(line) for line in base.cost_lines):
        return
    for i, option in enumerate(memo.options):
        if option is base or option.services_stop:
            continue
        if any(_recurring_external(line) for line in option.cost_lines):
            continue
        name = option.title.strip() or f"Alternativ {i + 1}"
        warn(f"options[{i}].services_stop",
             f"{name}: har inga löpande externa kostnader, men det har jämförelsebasen. Om "
             "tjänsterna upphör med alternativet, kryssa i ”tjänsterna upphör” så att den lägre "
             "kostnaden inte läses som en besparing.")


def _recurring_external(line) -> bool:
    return (line.recurrence is Recurrence.ANNUAL and not line.internal
            and line.category is not CostCategory.CREDIT)
