"""May a set of shown figures stand without giving away a confidential value? The cone test.

The public version shows figures that are linear in the confidential values (prices, volumes,
amounts, each a magnitude that keeps its sign; a credit enters with a negative coefficient).
A rank test over the rationals says only whether a value can be *solved exactly*; a reader who
knows that prices are whole kronor and fees round sums can do much better, since one equation
over two whole-kronor unknowns often has just one solution in the plausible range.

The attacker (README, "Confidential figures"): knows the program's formulas and every shown
figure exactly (rounding ignored, which only helps the reader), takes prices as whole kronor
(whole cents in a foreign currency), fees as multiples of 10 000 kr and volumes as whole units,
and knows that a value keeps its sign. The promise: at least :data:`MIN_CANDIDATES` candidates
for every marked value, spread over at least :data:`MIN_SPREAD` (10 %) of it.

**The decision must not depend on the values.** The reader knows the rule, so if what is shown
depended on a confidential value, the mere presence of a figure would tell the reader
something about it. Any figure that adds up confidential values with coefficients of one sign
(an option's total over two marked prices) bounds each of them from above, and for small
enough values leaves fewer than 100 candidates: a rule that never depends on the values must
therefore withhold such a figure whatever the values are. What it may show is exactly what
leaves every confidential value *unbounded*: a set of figures is accepted when, for every
confidential value, there is a move of the values that changes no shown figure, keeps every
value's sign and makes that value grow (a vector ``d >= 0`` with ``A d = 0`` and ``d_i > 0``,
in the values' own signs). Such a move is rational, so a whole multiple of it lies on every
grid the reader may assume: the reader is left with infinitely many candidates for every
value, reaching arbitrarily far above it. (The smallest whole move can be enormous where index
factors make the coefficients awkward, so the public version also states each figure over
marked values rounded: model/secrecy.py ``_round_for_public``; the candidate count that gives
is measured by tests/secrecy/test_grids.py, not proven here.) That is decided from the figures' coefficients only
(volumes, years, indexes, rates, which lines share a value: what the public version shows),
with a linear program whose every "yes" is checked exactly over the rationals; never from
the values.

What this shows: differences between options where confidential values sit on both sides,
totals where a credit offsets a marked price, and every figure already implied by shown ones.
What it withholds: every sum of marked values of one sign, and every figure over one value.
The reader may learn a bound on one side (a difference says a price is at least so much), never
a span. No Qt, no disk.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

MIN_CANDIDATES = 100
MIN_SPREAD = Fraction(1, 10)
#: The grids the reader may assume a money value lies on, coarsest first; volumes use the last
#: two (whole units, hundredths). They do not enter the decision (an unbounded move has whole
#: multiples on every grid); the attacker test moves values by them.
MONEY_STEPS = (Fraction(10_000), Fraction(1), Fraction(1, 100))
VOLUME_STEPS = (Fraction(1), Fraction(1, 100))
#: Work one decision may do (simplex pivots, each counted by the size of its table) before
#: the rest of the figures are withheld. Counted, not timed, and the count depends only on the
#: coefficients: the same memo, and any memo that differs only in its confidential values,
#: gives the same public version, on a busy machine too. Set so that a decision stays near
#: the bench's aim of 100 ms (bench/secrecy_decision.py): a 200-line memo with 20 marks uses
#: about a third of it.
BUDGET_PIVOTS = 600_000


def subtract(row: dict[int, Fraction], factor: Fraction,
             other: dict[int, Fraction]) -> dict[int, Fraction]:
    """``row - factor * other`` for sparse rows (a new dict; entries that reach 0 dropped)."""
    out = dict(row)
    for i, a in other.items():
        b = out.get(i, Fraction(0)) - factor * a
        if b:
            out[i] = b
        else:
            out.pop(i, None)
    return out


def step_of(value: Fraction, steps=MONEY_STEPS) -> Fraction:
    """The coarsest grid ``value`` lies on (what the reader may assume about it)."""
    for step in steps:
        if value and (value / step).denominator == 1:
            return step
    finest = steps[-1]
    while (value / finest).denominator != 1 and finest > Fraction(1, 10**6):
        finest /= 10
    return finest


@dataclass(frozen=True)
class Value:
    """One confidential value the reader does not see: its true value (a magnitude, >= 0) and
    its grid. Neither enters the decision; :meth:`Disclosure.room` reports moves in grid
    steps."""

    value: Fraction
    step: Fraction


class OutOfBudget(Exception):
    pass


def _integer(vector: dict[int, Fraction]) -> dict[int, int]:
    """The shortest whole-number vector pointing the same way."""
    lcm = 1
    for a in vector.values():
        lcm = lcm * a.denominator // math.gcd(lcm, a.denominator)
    ints = {i: int(a * lcm) for i, a in vector.items() if a}
    g = 0
    for a in ints.values():
        g = math.gcd(g, abs(a))
    return {i: a // g for i, a in ints.items()} if g else {}


def _maximize(objective: list, rows: list[list], rhs: list, budget: list[int],
              tol=0) -> list:
    """max objective·z subject to rows·z <= rhs, z >= 0, with rhs >= 0 (the origin is
    feasible) and the problem bounded: a primal simplex with Bland's rule (no cycling on the
    degenerate vertices these problems are full of), exact over Fractions (``tol`` 0) or in
    floats with a tolerance. Each pivot costs ``budget[0]`` the size of the table."""
    m, n = len(rows), len(objective)
    unit = type(rhs[0]) if rhs else Fraction
    table = [[*row, *(unit(int(r == k)) for k in range(m)), rhs[r]]
             for r, row in enumerate(rows)]
    cost = [-c for c in objective] + [unit(0)] * (m + 1)
    basis = [n + r for r in range(m)]
    while True:
        col = next((j for j in range(n + m) if cost[j] < -tol), None)
        if col is None:
            break
        best = None
        for r in range(m):
            a = table[r][col]
            if a > tol:
                ratio = table[r][-1] / a
                if best is None or ratio < best[0] or (ratio == best[0]
                                                       and basis[r] < basis[best[1]]):
                    best = (ratio, r)
        if best is None:  # cannot happen: every variable is bounded above by the rows
            raise OutOfBudget
        budget[0] -= m * (n + m) * (1 if tol else 30)  # a Fraction costs some 30 floats
        if budget[0] < 0:
            raise OutOfBudget
        r = best[1]
        pivot = table[r]
        lead = pivot[col]
        if lead != 1:
            pivot = table[r] = [a / lead for a in pivot]
        for other in (*(x for k, x in enumerate(table) if k != r), cost):
            factor = other[col]
            if factor:
                for j, a in enumerate(pivot):
                    if a:
                        other[j] -= factor * a
        basis[r] = col
    z = [Fraction(0)] * n
    for r, j in enumerate(basis):
        if j < n:
            z[j] = table[r][-1]
    return z


class Disclosure:
    """The figures accepted so far, as the row space of their coefficients in reduced row
    echelon form; :meth:`admit` adds a figure if every value stays unbounded."""

    def __init__(self, values: list[Value], budget: int = BUDGET_PIVOTS) -> None:
        self.values = values
        self.rows: list[tuple[int, dict[int, Fraction]]] = []  # (pivot, sparse row, row[p] == 1)
        self.budget = [budget]
        self.out_of_time = False
        self._free: dict[int, Fraction] | None = {}  # a move d >= 0, A d = 0 (see _cone)

    # -- linear algebra on sparse rows ----------------------------------------------------------
    def _reduce(self, v: dict[int, Fraction]) -> dict[int, Fraction]:
        for pivot, row in self.rows:
            factor = v.get(pivot)
            if factor:
                v = subtract(v, factor, row)
        return dict(v)

    def _with(self, v: dict[int, Fraction]):
        pivot = min(v)
        lead = v[pivot]
        v = {i: a / lead for i, a in v.items()}
        rows = []
        for p, row in self.rows:
            factor = row.get(pivot)
            if factor:
                row = subtract(row, factor, v)
            rows.append((p, row))
        rows.append((pivot, v))
        return rows

    # -- the reader's room ----------------------------------------------------------------------
    def _cone(self, rows) -> dict[int, Fraction] | None:
        """A move d >= 0 with A d = 0 that makes every value the rows involve grow, or None
        when some value is bounded (then no figure set with these rows may be shown).

        With the rows in reduced echelon form the pivots follow from the free values,
        d_p = -sum_f row_p[f] d_f, so the linear program is over the free values and a
        margin e: maximise e subject to d_f >= e, d_p >= e and sum_f d_f <= 1. Every value
        can grow at once exactly when the optimum is above zero (a sum of moves that each make
        one value grow makes them all grow)."""
        pivots = [p for p, _r in rows]
        involved = sorted({i for _p, r in rows for i in r})
        pivot_set = set(pivots)
        free = [i for i in involved if i not in pivot_set]
        # A row whose coefficients all have one sign bounds every value in it: no program.
        for _p, row in rows:
            if len({a > 0 for a in row.values()}) == 1:
                return None
        if not free:
            return None
        col = {f: k for k, f in enumerate(free)}
        nf = len(free)

        def program(zero, one, convert):
            lp_rows, rhs = [], []
            for p, row in rows:  # d_p >= e  <=>  sum_f row[f] d_f + e <= 0
                r = [zero] * (nf + 1)
                for f, a in row.items():
                    if f != p:
                        r[col[f]] = convert(a)
                r[nf] = one
                top = max(abs(a) for a in r)  # scaled to its largest coefficient
                lp_rows.append([a / top for a in r] if top != one else r)
                rhs.append(zero)
            for f in free:  # d_f >= e  <=>  e - d_f <= 0
                r = [zero] * (nf + 1)
                r[col[f]] = -one
                r[nf] = one
                lp_rows.append(r)
                rhs.append(zero)
            lp_rows.append([one] * nf + [zero])  # sum_f d_f <= 1
            rhs.append(one)
            return [zero] * nf + [one], lp_rows, rhs

        # Solved in floats, and the answer "no" taken as is: withholding is the safe side, and
        # floats are deterministic, so the answer still depends on the coefficients only. The
        # answer "yes" is checked exactly: the move the floats found, made rational, must keep
        # every shown figure and make every value grow, or the figure is withheld. (Solving
        # over the rationals instead is exact too, but some thirty times slower.)
        z = _maximize(*program(0.0, 1.0, float), self.budget, tol=1e-12)
        if z[nf] <= 1e-9:
            return None
        return self._check({f: Fraction(z[col[f]]).limit_denominator(10**9) for f in free},
                           rows)

    @staticmethod
    def _check(d: dict[int, Fraction], rows) -> dict[int, Fraction] | None:
        """The move with these free values, if every value grows along it (exact)."""
        zero = Fraction(0)
        for p, row in rows:
            d[p] = -sum((a * d[f] for f, a in row.items() if f != p), zero)
        return d if all(a > 0 for a in d.values()) else None

    def _extend(self, vector: dict[int, Fraction]) -> dict[int, Fraction] | None:
        """The quick way to a move for the rows plus ``vector``: keep the move found for the
        rows so far (scaled up if need be) and give the values ``vector`` brings in a share
        that makes ``vector`` unchanged too. None when that does not work (then the program
        decides)."""
        d = self._free
        if d is None:
            return None
        new = {j: a for j, a in vector.items() if j not in d}
        r = sum((a * d[j] for j, a in vector.items() if j in d), Fraction(0))
        pos = sum((a for a in new.values() if a > 0), Fraction(0))
        neg = sum((a for a in new.values() if a < 0), Fraction(0))
        scale, up, down = Fraction(1), Fraction(1), Fraction(1)  # old move, new +, new -
        if not new:
            if r:
                return None
        elif pos and neg:  # r + up*pos + down*neg == 0 with up, down >= 1
            if r + pos + neg >= 0:
                down = (r + pos) / -neg
            else:
                up = (-r - neg) / pos
        elif pos:  # scale*r + up*pos == 0
            if r >= 0:
                return None
            scale = max(Fraction(1), pos / -r)
            up = -scale * r / pos
        else:
            if r <= 0:
                return None
            scale = max(Fraction(1), -neg / r)
            down = scale * r / -neg
        out = {j: a * scale for j, a in d.items()}
        for j, a in new.items():
            out[j] = up if a > 0 else down
        return out

    def involves(self, i: int) -> bool:
        """Does any accepted figure depend on value ``i``?"""
        return any(i in row for _p, row in self.rows)

    def _bounds(self, direction: dict[int, int]):
        """The whole steps k of ``direction`` (grid steps per value) that keep every value's
        sign: a value above zero stays above zero, a zero stays at or above it."""
        lo, hi = -math.inf, math.inf
        for j, d in direction.items():
            v = self.values[j]
            if not d:
                continue
            limit = -v.value / (d * v.step)  # the k at which value j reaches zero
            if d > 0:
                lo = max(lo, math.floor(limit) + 1 if v.value else 0)
            else:
                hi = min(hi, math.ceil(limit) - 1 if v.value else 0)
        return lo, hi

    def room(self, i: int):
        """For value ``i``: a whole-step move of the values (in each value's grid steps) that
        leaves every accepted figure unchanged and makes value ``i`` grow, and the range of
        steps k the reader cannot rule out (each value keeps its sign; ``hi`` is infinite), as
        ``(direction, lo, hi)``; None when the value is bounded. For tests: the public
        documents of the memos moved along it must be identical."""
        if not self.involves(i):
            direction = {i: 1}
        else:
            if self._free is None or not self._free.get(i):
                return None
            direction = _integer({j: a / self.values[j].step for j, a in self._free.items()
                                  if a})
        lo, hi = self._bounds(direction)
        return direction, lo, hi

    def admit(self, coefficients: dict[int, Fraction]) -> bool:
        """Accept a figure with these coefficients (per value, in kronor per unit of the value)
        if, seeing it with everything accepted so far, the reader is still left with every
        value unbounded. Depends on the coefficients only. True: the figure may be shown."""
        if self.out_of_time:
            return False
        vector = {i: c for i, c in coefficients.items() if c}
        if len(vector) < 2:
            return not vector  # one value behind it: the figure is that value
        v = self._reduce(vector)
        if not v:
            return True  # already implied by what is shown: tells the reader nothing new
        if len({a > 0 for a in v.values()}) == 1:
            return False  # a sum of one sign: it bounds every value in it
        rows = self._with(v)
        free = self._extend(vector)
        if free is not None:
            self.rows, self._free = rows, free
            return True
        try:
            free = self._cone(rows)
        except OutOfBudget:
            self.out_of_time = True
            return False
        if free is None:
            return False
        self.rows, self._free = rows, free
        return True
