"""What each option really costs, per year and over the whole period, exact to the öre.

All arithmetic is Decimal. A line's amount for a year is rounded to the öre once; every total is
the exact sum of those amounts, so a total never drifts from its parts. Rounding to tkr happens
only when a table is formatted, never here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation, Overflow, localcontext

from memo_builder.model.memo import CostCategory, CostLine, Memo, Option, Recurrence

ORE = Decimal("0.01")
ZERO = Decimal("0")
HUNDRED = Decimal("100")


def _round(value: Decimal) -> Decimal:
    # Precision sized to the value: the default 28 digits raise on amounts above 10^26.
    ctx = Context(prec=max(28, value.adjusted() + 4))
    return value.quantize(ORE, rounding=ROUND_HALF_UP, context=ctx)


@dataclass(frozen=True)
class Variation:
    """A what-if applied on top of the entered figures (for sensitivity ranges)."""

    volume_factor: Decimal = Decimal("1")  # applied to licence volumes
    index_delta: Decimal = ZERO  # percentage points added to every line's index
    exchange_factor: Decimal = Decimal("1")  # applied to non-SEK exchange rates


NO_VARIATION = Variation()


# Years outside this window are input errors (validation says so); they are never expanded,
# so a typo such as 20190 cannot make a build loop over eighteen thousand years.
MIN_YEAR = 1900
MAX_YEAR = 2200


def line_years(line: CostLine) -> range:
    if not (MIN_YEAR <= line.first_year <= MAX_YEAR):
        return range(0)
    if line.recurrence is Recurrence.ONE_OFF:
        return range(line.first_year, line.first_year + 1)
    if line.last_year < line.first_year or line.last_year > MAX_YEAR:
        return range(0)
    return range(line.first_year, line.last_year + 1)


def is_option_year(line: CostLine, year: int) -> bool:
    """Whether ``year`` of the line is an option or extension year (not the contract period)."""
    if line.option_period:
        return True
    return bool(line.option_from_year) and year >= line.option_from_year


def has_option_years(line: CostLine) -> bool:
    """Whether any of the line's years is an option or extension year."""
    if line.option_period:
        return True
    return bool(line.option_from_year) and any(
        is_option_year(line, y) for y in line_years(line))


def option_split_year(line: CostLine) -> int | None:
    """The year the option starts inside a line that also has contract years, else None."""
    if line.option_period or not line.option_from_year:
        return None
    years = line_years(line)
    if len(years) and years[0] < line.option_from_year <= years[-1]:
        return line.option_from_year
    return None


def is_foreign(line: CostLine) -> bool:
    return (line.currency or "SEK").strip().upper() != "SEK"


def line_rate(line: CostLine, variation: Variation = NO_VARIATION) -> Decimal | None:
    """SEK per unit of the line's currency, or None when a foreign rate is missing or unusable.

    A line without a usable rate contributes nothing (validation reports it as an error at the
    field) rather than a made-up figure.
    """
    if not is_foreign(line):
        return Decimal("1")
    if line.exchange_rate is None or line.exchange_rate <= 0:
        return None
    return line.exchange_rate * variation.exchange_factor


def index_base(line: CostLine) -> int:
    """The year whose price level ``unit_price`` is stated in (defaults to the first year)."""
    # 0 is what an emptied spin box leaves behind; it means "not stated", like None.
    return line.index_base_year or line.first_year


def line_amounts(line: CostLine, variation: Variation = NO_VARIATION) -> dict[int, Decimal]:
    """The line's cost in SEK per year. Credits count as negative whatever sign was entered."""
    rate = line_rate(line, variation)
    if rate is None:
        return {}
    volume = line.volume
    if line.category is CostCategory.LICENCES:
        volume = volume * variation.volume_factor
    base_year = index_base(line)
    if not (MIN_YEAR <= base_year <= MAX_YEAR):
        return {}
    growth = Decimal("1") + (line.index_percent + variation.index_delta) / HUNDRED
    if growth <= 0:
        return {}  # an index of -100 % or below; validation reports the field
    credit = line.category is CostCategory.CREDIT
    amounts: dict[int, Decimal] = {}
    # Enough precision that rounding to the öre stays exact for any amount a memo file can
    # hold; an absurd index over centuries still overflows, and then the line counts as
    # unusable (validation names the field) instead of raising in the middle of a build.
    with localcontext() as ctx:
        ctx.prec = 60
        try:
            for year in line_years(line):
                factor = growth ** (year - base_year) if year != base_year else Decimal("1")
                amount = _round(volume * line.unit_price * factor * rate)
                amounts[year] = -abs(amount) if credit else amount
        except (InvalidOperation, Overflow):
            return {}
    return amounts


def _sum(values: Iterable[Decimal]) -> Decimal:
    return sum(values, ZERO)


@dataclass
class LineCost:
    line: CostLine
    per_year: dict[int, Decimal]

    @property
    def total(self) -> Decimal:
        return _sum(self.per_year.values())

    @property
    def contract_per_year(self) -> dict[int, Decimal]:
        return {y: a for y, a in self.per_year.items() if not is_option_year(self.line, y)}

    @property
    def option_per_year(self) -> dict[int, Decimal]:
        return {y: a for y, a in self.per_year.items() if is_option_year(self.line, y)}

    @property
    def contract_total(self) -> Decimal:
        return _sum(self.contract_per_year.values())

    @property
    def option_total(self) -> Decimal:
        return _sum(self.option_per_year.values())


@dataclass
class OptionCosts:
    option: Option
    lines: list[LineCost]
    years: list[int]
    per_year: dict[int, Decimal]  # everything, options included
    contract_per_year: dict[int, Decimal]  # without option/extension periods
    contract_total: Decimal
    option_period_total: Decimal
    total: Decimal  # including options
    one_off_total: Decimal
    recurring_total: Decimal
    internal_total: Decimal
    external_total: Decimal
    external_by_year: dict[int, Decimal] = field(default_factory=dict)
    #: None without users, without lines, or when the services stop with the option.
    cost_per_user: Decimal | None = None  # total incl. options / users
    cost_per_user_year: Decimal | None = None  # per user and year over the years shown
    #: Against the baseline over the years both cover (:func:`compare`), including options
    #: and over the contract period only; None for a memo without a baseline.
    difference: Difference | None = None
    contract_difference: Difference | None = None
    has_estimates: bool = False

    @property
    def difference_to_baseline(self) -> Decimal | None:
        """Including options, over the years this option and the baseline both cover; None
        without a baseline or without common years (then no difference can be stated)."""
        return self.difference.amount if self.difference is not None else None

    @property
    def contract_difference_to_baseline(self) -> Decimal | None:
        """Over the contract period, over the contract years both cover (as above)."""
        return self.contract_difference.amount if self.contract_difference is not None else None

    @property
    def contract_years(self) -> list[int]:
        """The years the contract period (no option or extension) has costs in."""
        return sorted({y for lc in self.lines for y in lc.contract_per_year})

    @property
    def has_option_period(self) -> bool:
        return any(has_option_years(lc.line) for lc in self.lines)

    @property
    def option_years(self) -> list[int]:
        """The years some line has option or extension costs entered in, whatever they amount
        to: what decides whether the memo speaks of the option, so that an option period that
        nets to 0 kr (an option year given free by a marked rabatt) does not change the
        sentences and tell a reader of the public version that a withheld sum is 0."""
        return sorted({y for lc in self.lines for y in lc.option_per_year})


def common_years(*periods: Iterable[int]) -> list[int]:
    """The years every one of ``periods`` covers: the one rule for comparing like with like.

    A period is the span from the first to the last year it has costs in (a gap year inside it
    counts, at 0 kr). A difference, a score or a formula that sets options against each other
    is only ever taken over these years; what lies outside them is said separately. Empty when
    a period has no years or the periods do not overlap."""
    first, last = None, None
    for years in periods:
        years = list(years)
        if not years:
            return []
        lo, hi = min(years), max(years)
        first = lo if first is None else max(first, lo)
        last = hi if last is None else min(last, hi)
    if first is None or last is None or first > last:
        return []
    return list(range(first, last + 1))


@dataclass(frozen=True)
class Difference:
    """One option against the baseline over the years both cover (:func:`common_years`), and
    each side's costs in its own years outside them, which no difference may include."""

    years: list[int]  # the common years; empty: none, and then ``amount`` is None
    amount: Decimal | None  # the option less the baseline over ``years``
    #: The option's costs in each year outside ``years`` that it has costs entered in (a year
    #: whose lines net to 0 kr too: which years are said must not depend on the amounts, or a
    #: year left out would tell a reader of the public version that a withheld sum is 0).
    option_outside: dict[int, Decimal]
    baseline_outside: dict[int, Decimal]  # the baseline's costs outside ``years``, likewise

    @property
    def option_outside_total(self) -> Decimal:
        return _sum(self.option_outside.values())

    @property
    def baseline_outside_total(self) -> Decimal:
        return _sum(self.baseline_outside.values())


def _difference(a_years: list[int], a_per_year: dict[int, Decimal], b_years: list[int],
                b_per_year: dict[int, Decimal]) -> Difference:
    years = common_years(a_years, b_years)
    inside = set(years)
    amount = (_sum(a_per_year.get(y, ZERO) for y in years)
              - _sum(b_per_year.get(y, ZERO) for y in years)) if years else None
    # ``a_years``/``b_years`` are the years with costs entered (the contract years for the
    # contract period): decided from the lines, never from the amounts.
    a_own, b_own = set(a_years), set(b_years)
    return Difference(
        years=years,
        amount=amount,
        option_outside={y: a_per_year.get(y, ZERO) for y in sorted(a_own - inside)},
        baseline_outside={y: b_per_year.get(y, ZERO) for y in sorted(b_own - inside)},
    )


def compare(option: OptionCosts, baseline: OptionCosts, contract_only: bool = False) -> Difference:
    """``option`` against ``baseline``, including options or over the contract period only,
    over the years both cover. Every difference the memo, the workbook and the criteria show
    comes from here."""
    if contract_only:
        return _difference(option.contract_years, option.contract_per_year,
                           baseline.contract_years, baseline.contract_per_year)
    return _difference(option.years, option.per_year, baseline.years, baseline.per_year)


@dataclass(frozen=True)
class Average:
    """An option's cost per year over its own years (:func:`common_years` of its one period, so
    a gap year counts at 0 kr): what lets options of different lengths be read side by side
    without a difference between unequal periods."""

    years: list[int]
    total: Decimal  # the sum over ``years``
    amount: Decimal  # ``total`` / the number of years, rounded to the öre


def annual_average(costs: OptionCosts, contract_only: bool = False) -> Average | None:
    """The option's average cost per year, including options or over the contract period only;
    None when it has no years of that kind."""
    years = common_years(costs.contract_years if contract_only else costs.years)
    if not years:
        return None
    per_year = costs.contract_per_year if contract_only else costs.per_year
    total = _sum(per_year.get(y, ZERO) for y in years)
    return Average(years=years, total=total, amount=_round(total / len(years)))


def comparable_years(all_costs: list[OptionCosts]) -> list[int]:
    """The years the options are scored over: those every option with costs covers, leaving
    out an option with which the services stop (its last year would otherwise be the whole
    comparison: a region's one-year "Avsluta" made 2024, the year the proposal paid its
    migration, the only year scored). Decided by the options' years and flags, never amounts."""
    with_costs = [c for c in all_costs if c.lines]
    going_on = [c for c in with_costs if not c.option.services_stop] or with_costs
    return common_years(*(c.years for c in going_on))


def comparable_totals(all_costs: list[OptionCosts]) -> tuple[list[int], list[Decimal | None]]:
    """Each option's cost (including options) over the years every option with costs covers
    (:func:`comparable_years`), for scoring the options against each other; None for an option
    without cost lines, and for all when they share no year. An option with which the services
    stop counts what it costs in those years (nothing after it stops)."""
    years = comparable_years(all_costs)
    if not years:
        return [], [None] * len(all_costs)
    return years, [_sum(c.per_year.get(y, ZERO) for y in years) if c.lines else None
                   for c in all_costs]


def option_costs(
    option: Option, user_count: int = 0, variation: Variation = NO_VARIATION
) -> OptionCosts:
    lines = [LineCost(line, line_amounts(line, variation)) for line in option.cost_lines]
    years = sorted({y for lc in lines for y in lc.per_year})
    per_year = {y: _sum(lc.per_year.get(y, ZERO) for lc in lines) for y in years}
    contract_per_year = {
        y: _sum(lc.per_year.get(y, ZERO) for lc in lines if not is_option_year(lc.line, y))
        for y in years
    }
    contract_total = _sum(lc.contract_total for lc in lines)
    option_total = _sum(lc.option_total for lc in lines)
    total = contract_total + option_total
    one_off = _sum(lc.total for lc in lines if lc.line.recurrence is Recurrence.ONE_OFF)
    internal = _sum(lc.total for lc in lines if lc.line.internal)
    external_by_year = {
        y: _sum(lc.per_year.get(y, ZERO) for lc in lines if not lc.line.internal) for y in years
    }
    per_user = per_user_year = None
    # With an option with which the services stop the users get nothing: its cost (an export,
    # an exit fee) spread over them is no cost of a service per user, so none is stated. Decided
    # by the option's flag, never by its amounts (model/secrecy.py catalogues what is stated).
    if user_count > 0 and lines and not option.services_stop:
        per_user = _round(total / user_count)
        if years:
            # Per year over the whole span shown, so a gap year (nothing paid) still counts.
            span = years[-1] - years[0] + 1
            per_user_year = _round(total / user_count / span)
    return OptionCosts(
        option=option,
        lines=lines,
        years=years,
        per_year=per_year,
        contract_per_year=contract_per_year,
        contract_total=contract_total,
        option_period_total=option_total,
        total=total,
        one_off_total=one_off,
        recurring_total=total - one_off,
        internal_total=internal,
        external_total=total - internal,
        external_by_year=external_by_year,
        cost_per_user=per_user,
        cost_per_user_year=per_user_year,
        has_estimates=any(lc.line.estimate for lc in lines),
    )


def memo_costs(memo: Memo, variation: Variation = NO_VARIATION) -> list[OptionCosts]:
    """Costs of every option, with the difference against the baseline option filled in."""
    users = memo.assumptions.user_count
    result = [option_costs(o, users, variation) for o in memo.options]
    baseline = next((c for c in result if memo.is_baseline(c.option)), None)
    if baseline is not None:
        for c in result:
            c.difference = compare(c, baseline)
            c.contract_difference = compare(c, baseline, contract_only=True)
    return result


@dataclass(frozen=True)
class Range:
    label: str
    low: Decimal
    high: Decimal


def sensitivity_cases(memo: Memo) -> list[tuple[str, Variation, Variation]]:
    """The what-ifs behind :func:`sensitivity`: (label, low variation, high variation)."""
    a = memo.assumptions
    vol = a.sensitivity_volume_percent / HUNDRED
    idx = a.sensitivity_index_points
    fx = a.sensitivity_exchange_percent / HUNDRED
    one = Decimal("1")
    cases = [
        ("volume", Variation(volume_factor=one - vol), Variation(volume_factor=one + vol)),
        ("index", Variation(index_delta=-idx), Variation(index_delta=idx)),
        ("exchange", Variation(exchange_factor=one - fx), Variation(exchange_factor=one + fx)),
    ]
    cases.append(
        ("combined", Variation(one - vol, -idx, one - fx), Variation(one + vol, idx, one + fx))
    )
    return cases


def sensitivity_applies(option: Option, label: str) -> bool:
    """Whether the memo states the sensitivity ``label`` for ``option``: decided from what a
    reader of the public version sees (licence lines, years, foreign currencies), never from
    the amounts, so that a range that happens to be empty (a licence and a credit that cancel)
    does not tell a reader of the public version anything about a withheld figure."""
    lines = [line for line in option.cost_lines if line_years(line)]
    applies = {
        "volume": any(line.category is CostCategory.LICENCES for line in lines),
        "index": any(y != index_base(line) for line in lines for y in line_years(line)),
        "exchange": any(is_foreign(line) for line in lines),
    }
    if label == "combined":
        return any(applies.values())
    return applies.get(label, True)


def sensitivity(memo: Memo, option: Option) -> list[Range]:
    """Total (incl. options) when volume, index or exchange rate move by the stated amounts."""
    ranges = []
    for label, low_var, high_var in sensitivity_cases(memo):
        low = option_total(option, low_var)
        high = option_total(option, high_var)
        ranges.append(Range(label, min(low, high), max(low, high)))
    return ranges


def option_total(option: Option, variation: Variation = NO_VARIATION) -> Decimal:
    """The option's total including option periods: the same figure as ``option_costs().total``
    without building the per-year tables (sensitivity needs eight of these per option)."""
    return _sum(_line_total(line, variation) for line in option.cost_lines)


# Line totals under a variation, by everything line_amounts() reads. The GUI makes a new
# analysis after every keystroke; without this, each one recomputed all eight sensitivity
# passes over every line although almost no line had changed (16 ms for a 52-page memo).
_LINE_TOTALS: dict[tuple, Decimal] = {}
_MAX_LINE_TOTALS = 50_000


def _line_total(line: CostLine, variation: Variation) -> Decimal:
    key = (  # the tests line_amounts() makes, not the raw category/recurrence values
        line.category is CostCategory.LICENCES, line.category is CostCategory.CREDIT,
        line.recurrence is Recurrence.ONE_OFF, line.volume, line.unit_price, line.first_year,
        line.last_year, line.index_percent, line.index_base_year, line.currency,
        line.exchange_rate, variation,
    )
    try:
        total = _LINE_TOTALS.get(key)
    except TypeError:  # an unhashable value (a signalling NaN): compute it, as before
        return _sum(line_amounts(line, variation).values())
    if total is None:
        total = _sum(line_amounts(line, variation).values())
        if len(_LINE_TOTALS) >= _MAX_LINE_TOTALS:
            _LINE_TOTALS.clear()
        _LINE_TOTALS[key] = total
    return total
