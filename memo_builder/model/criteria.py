"""Weighed criteria: scores, weighted totals and how robust the ranking is, computed exactly.

The official gives each criterion a weight (percent) and each option a score 1–5 per criterion;
a criterion may instead be scored from the options' computed totals. Weights that do not sum to
100 % are normalised. All arithmetic is in :class:`fractions.Fraction`, so the ranking and the
robustness threshold are exact, never sampled or rounded; formatting rounds only for display.

Robustness: the smallest change of ONE criterion's weight that changes which option ranks
first. When one weight changes, the others keep their proportions (that is what normalising
does when the official edits one weight), so with normalised weights ``w`` and criterion ``k``
moved to ``q``, option ``j`` scores ``q·s_jk + (1 − q)/(1 − w_k) · Σ_{i≠k} w_i·s_ji`` — linear
in ``q``. The leader ``a`` and a challenger ``b`` tie where that difference is zero; the
smallest ``|q − w_k|`` over every criterion and challenger, with ``0 < q < 1``, is the answer.
No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from memo_builder.model import swedish
from memo_builder.model.memo import Criterion, Memo, Option

MIN_SCORE, MAX_SCORE = 1, 5
HUNDRED = Fraction(100)


@dataclass(frozen=True)
class Cell:
    """One option on one criterion: the score used (exact) and why."""

    score: Fraction | None  # None: not scored
    reason: str
    computed: bool = False  # from the cost totals


@dataclass(frozen=True)
class Flip:
    """The smallest single-weight change that changes the leader."""

    criterion: Criterion
    from_weight: Fraction  # normalised, 0..1
    to_weight: Fraction  # where the challenger ties the leader
    challenger: Option

    @property
    def change(self) -> Fraction:
        return abs(self.to_weight - self.from_weight)


@dataclass
class CriteriaResult:
    criteria: list[Criterion]
    options: list[Option]
    weights: list[Fraction]  # normalised, summing to 1 (all zero when the weights sum to 0)
    weight_sum: Fraction  # as entered, in percent
    cells: list[list[Cell]]  # [criterion][option]
    totals: list[Fraction | None]  # weighted total per option; None when a cell is unscored
    complete: bool
    leaders: list[Option]  # the options with the highest total (several on a tie)
    flip: Flip | None  # None: no single weight change within 0–100 % changes the leader
    #: The years the cost scores compare (every option with costs covers them; empty: none)
    cost_years: list[int] = field(default_factory=list)

    @property
    def normalised(self) -> bool:
        return self.weight_sum != HUNDRED

    @property
    def leader(self) -> Option | None:
        return self.leaders[0] if len(self.leaders) == 1 else None


def cost_scores(totals: list[Decimal | None]) -> list[Fraction | None]:
    """Scores from totals: the cheapest 5, the dearest 1, linear in between (exact). A
    missing total (an option without cost lines) gets no score."""
    known = [t for t in totals if t is not None]
    if not known:
        return [None] * len(totals)
    low, high = min(known), max(known)
    if low == high:
        return [None if t is None else Fraction(MAX_SCORE) for t in totals]
    span = Fraction(high - low)
    return [None if t is None else Fraction(MIN_SCORE) + 4 * Fraction(high - t) / span
            for t in totals]


def evaluate(memo: Memo, option_totals: list[Decimal | None] | None = None,
             cost_years: list[int] | None = None) -> CriteriaResult:
    """Scores, weighted totals and robustness. ``option_totals``: each option's cost including
    options over ``cost_years``, the years every option with costs covers, in the memo's order
    (``model.costs.comparable_totals``: like with like), None for an option without cost
    lines or when the options share no year."""
    options = list(memo.options)
    criteria = list(memo.criteria)
    raw = [max(Fraction(c.weight), Fraction(0)) for c in criteria]
    weight_sum = sum(raw, Fraction(0))
    weights = [w / weight_sum for w in raw] if weight_sum > 0 else [Fraction(0)] * len(raw)
    computed = cost_scores(option_totals) if option_totals is not None and options else []
    cells: list[list[Cell]] = []
    for c in criteria:
        row = []
        for j, o in enumerate(options):
            if c.from_costs:
                score = computed[j] if len(computed) == len(options) else None
                row.append(Cell(score, "", computed=True))
                continue
            s = c.score_for(o.id)
            if s is None or not (MIN_SCORE <= s.score <= MAX_SCORE):
                row.append(Cell(None, s.reason if s else ""))
            else:
                row.append(Cell(Fraction(s.score), s.reason))
        cells.append(row)
    complete = bool(criteria) and bool(options) and weight_sum > 0 and all(
        cell.score is not None for row in cells for cell in row
    )
    totals: list[Fraction | None] = []
    for j in range(len(options)):
        if not complete:
            totals.append(None)
            continue
        totals.append(sum((weights[i] * cells[i][j].score for i in range(len(criteria))),
                          Fraction(0)))
    leaders: list[Option] = []
    flip = None
    if complete:
        best = max(totals)
        leaders = [o for o, t in zip(options, totals, strict=True) if t == best]
        if len(leaders) == 1:
            flip = smallest_flip(criteria, options, weights, cells, options.index(leaders[0]))
    return CriteriaResult(criteria, options, weights, weight_sum, cells, totals, complete,
                          leaders, flip, list(cost_years or []))


def smallest_flip(criteria, options, weights, cells, leader: int) -> Flip | None:
    """The exact smallest change of one normalised weight at which another option ties the
    leader and beyond which it ranks first, or None when no such weight lies within 0–100 %."""
    best: Flip | None = None
    for k, criterion in enumerate(criteria):
        w_k = weights[k]
        if w_k == 1:
            # All the weight on one criterion: the others have nothing to keep in proportion,
            # and moving this weight alone rescales every total equally.
            continue
        for b, challenger in enumerate(options):
            if b == leader:
                continue
            d_k = cells[k][leader].score - cells[k][b].score
            d_rest = sum(
                (weights[i] * (cells[i][leader].score - cells[i][b].score)
                 for i in range(len(criteria)) if i != k),
                Fraction(0),
            )
            # difference(q) = q·d_k + (1 − q)·d_rest/(1 − w_k), zero at:
            rest = d_rest / (1 - w_k)
            slope = d_k - rest
            if slope == 0:
                continue
            q = -rest / slope
            # A tie at 0 % or 100 % only ties: no weight beyond it lets the challenger lead.
            if not (0 < q < 1) or q == w_k:
                continue
            candidate = Flip(criterion, w_k, q, challenger)
            if best is None or candidate.change < best.change:
                best = candidate
    return best


def criteria_problems(memo: Memo, result: CriteriaResult) -> list[tuple[str, str, str]]:
    """(level, path, message) for the criteria; the path of an unscored cell is
    ``criteria[i].scores[j]`` with ``j`` the option's index in the memo."""
    out: list[tuple[str, str, str]] = []
    if not memo.criteria:
        return out
    if len(memo.options) < 2:
        out.append(("warning", "criteria",
                    "Bedömningsgrunderna jämför alternativ: lägg till minst två alternativ."))
    for i, c in enumerate(memo.criteria):
        name = c.title.strip() or f"Bedömningsgrund {i + 1}"
        if not c.title.strip():
            out.append(("error", f"criteria[{i}].title", f"Bedömningsgrund {i + 1} saknar namn."))
        if c.weight < 0 or c.weight > 100:
            out.append(("error", f"criteria[{i}].weight",
                        f"{name}: vikten ska vara mellan 0 och 100 procent."))
        for j, o in enumerate(memo.options):
            if result.cells and result.cells[i][j].score is None and not c.from_costs:
                s = c.score_for(o.id)
                oname = o.title.strip() or f"Alternativ {j + 1}"
                if s is not None and s.score != 0:
                    message = f"{name}: betyget {s.score} för {oname} ska vara 1–5."
                else:
                    message = f"{name}: {oname} har inget betyg (1–5)."
                out.append(("error", f"criteria[{i}].scores[{j}]", message))
            elif c.from_costs and result.cells and result.cells[i][j].score is None:
                oname = o.title.strip() or f"alternativ {j + 1}"
                why = "kan inte beräknas"
                if o.cost_lines and not result.cost_years:
                    why = ("kan inte jämföras: alternativen har inga år med kostnader "
                           "gemensamt, och betyg från kostnaderna jämför bara samma år")
                out.append(("error", f"criteria[{i}].scores[{j}]",
                            f"{name}: kostnaden för {oname} {why}."))
    if result.weight_sum <= 0:
        out.append(("error", "criteria[0].weight",
                    "Bedömningsgrunderna saknar vikter: ge minst en grund en vikt över 0 %."))
    elif result.normalised:
        out.append(("warning", "criteria",
                    f"Vikterna summerar till {_pct(result.weight_sum)} och har räknats om så "
                    "att de blir 100 %; memot redovisar de omräknade vikterna."))
    return out


def _pct(value: Fraction) -> str:
    d = Decimal(value.numerator) / Decimal(value.denominator)
    return swedish.percent(d, 0 if d == d.to_integral_value() else 1)
