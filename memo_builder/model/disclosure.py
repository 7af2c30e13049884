"""May a set of shown figures stand without giving away a confidential value? The integer test.

The public version shows figures that are linear in the confidential values (prices, volumes,
amounts). A rank test over the rationals says only whether a value can be *solved exactly*;
a reader who knows that prices are whole kronor and fees round sums can do much better, since
one equation over two whole-kronor unknowns often has just one solution in the plausible
range. So a set of shown figures is accepted only when, for every confidential value, the
reader is still left with at least :data:`MIN_CANDIDATES` possible values spread at least
:data:`MIN_SPREAD` (10 %) either side of the true one.

The attacker (README, "Confidential figures"): knows the program's formulas and every shown
figure exactly (rounding ignored, which only helps the reader), and assumes each confidential
value lies on the coarsest of these grids its true value lies on: 10 000 (a fee in round tens
of thousands), 1 (whole kronor, whole units) or 0.01 (öre, cents); and that a value keeps its
sign (a price stays positive, a credit negative).

The test gives a *lower bound* on what the reader is left with: it looks for whole-step moves
of the confidential values that leave every shown figure unchanged (integer vectors in the
kernel of the shown figures' coefficients) and counts how far each value can move along one
of them before any value changes sign. A set that passes really leaves the reader that many
candidates; a set that fails may in truth be safe, and is then withheld anyway. No Qt, no disk.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

MIN_CANDIDATES = 100
MIN_SPREAD = Fraction(1, 10)
#: The grids the reader may assume a money value lies on, coarsest first; volumes use the last
#: two (whole units, hundredths).
MONEY_STEPS = (Fraction(10_000), Fraction(1), Fraction(1, 100))
VOLUME_STEPS = (Fraction(1), Fraction(1, 100))
#: Work one decision may do (checks of one value against one set of figures) before the rest
#: of the figures are withheld. Counted, not timed: the same memo must always give the same
#: public version, on a busy machine too (a time limit made the decision depend on the load).
#: The bench (bench/secrecy_decision.py) aims at 100 ms per decision on a 200-line memo.
BUDGET_CHECKS = 4000


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
    """One confidential value the reader does not see: its true value and its grid."""

    value: Fraction
    step: Fraction


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


class Disclosure:
    """The figures accepted so far, as the row space of their coefficients (in grid steps of
    each value), in reduced row echelon form; :meth:`admit` adds a figure if it is safe."""

    def __init__(self, values: list[Value], budget: int = BUDGET_CHECKS) -> None:
        self.values = values
        self.rows: list[tuple[int, dict[int, Fraction]]] = []  # (pivot, sparse row, row[p] == 1)
        self.budget = budget
        self.out_of_time = False

    # -- linear algebra on sparse rows ----------------------------------------------------------
    def _reduce(self, v: dict[int, Fraction]) -> dict[int, Fraction]:
        v = dict(v)
        for pivot, row in self.rows:
            factor = v.get(pivot)
            if factor:
                for i, a in row.items():
                    b = v.get(i, Fraction(0)) - factor * a
                    if b:
                        v[i] = b
                    else:
                        v.pop(i, None)
        return v

    def _with(self, v: dict[int, Fraction]):
        pivot = min(v)
        lead = v[pivot]
        v = {i: a / lead for i, a in v.items()}
        rows = []
        for p, row in self.rows:
            factor = row.get(pivot)
            if factor:
                row = dict(row)
                for i, a in v.items():
                    b = row.get(i, Fraction(0)) - factor * a
                    if b:
                        row[i] = b
                    else:
                        row.pop(i, None)
            rows.append((p, row))
        rows.append((pivot, v))
        return rows

    # -- the reader's room ----------------------------------------------------------------------
    def _bounds(self, direction: dict[int, int]):
        lo, hi = -math.inf, math.inf
        for j, d in direction.items():
            v = self.values[j]
            move = d * v.step  # change of value j per whole step k
            if v.value > 0:  # value + k*move > 0
                bound = -v.value / move
                if move > 0:
                    lo = max(lo, math.floor(bound) + 1)
                else:
                    hi = min(hi, math.ceil(bound) - 1)
            elif v.value < 0:  # value + k*move < 0
                bound = -v.value / move
                if move > 0:
                    hi = min(hi, math.ceil(bound) - 1)
                else:
                    lo = max(lo, math.floor(bound) + 1)
            else:  # a zero stays at or above zero
                if move > 0:
                    lo = max(lo, 0)
                else:
                    hi = min(hi, 0)
        return lo, hi

    def _room(self, direction: dict[int, int], i: int) -> bool:
        """Does moving along ``direction`` leave value ``i`` enough candidates?"""
        lo, hi = self._bounds(direction)
        if hi - lo + 1 < MIN_CANDIDATES:
            return False
        v = self.values[i]
        move = abs(direction[i] * v.step)
        reach = abs(v.value) * MIN_SPREAD
        return min(-lo, hi) * move >= reach

    def _kernel(self, rows):
        pivots = {p for p, _r in rows}
        involved = set()
        for _p, row in rows:
            involved |= set(row)
        kernel: dict[int, dict[int, int]] = {}
        for f in involved - pivots:
            vector = {f: Fraction(1)}
            for p, row in rows:
                a = row.get(f)
                if a:
                    vector[p] = -a
            kernel[f] = _integer(vector)
        return involved, kernel

    def involves(self, i: int) -> bool:
        """Does any accepted figure depend on value ``i``?"""
        return any(i in row for _p, row in self.rows)

    def room(self, i: int):
        """For value ``i``: a whole-step move of the values that leaves every accepted figure
        unchanged, and the range of steps k the reader cannot rule out (each value keeps its
        sign), as ``(direction, lo, hi)``; None when the value is pinned. For tests: the
        public documents of the memos moved along it must be identical."""
        involved, kernel = self._kernel(self.rows)
        if i not in involved:
            direction = {i: 1}
        elif i in kernel:
            direction = kernel[i]
        else:
            row = next(r for p, r in self.rows if p == i)
            options = [kernel[f] for f in row if f != i and kernel[f].get(i)]
            good = [d for d in options if self._room(d, i)]
            if not (good or options):
                return None
            direction = (good or options)[0]
        lo, hi = self._bounds(direction)
        return direction, lo, hi

    def _safe(self, rows) -> bool:
        involved, kernel = self._kernel(rows)
        for i in involved:
            self.budget -= 1
            if self.budget < 0:
                self.out_of_time = True
                return False
            if i in kernel:
                candidates = [kernel[i]]
            else:
                row = next(r for p, r in rows if p == i)
                candidates = [kernel[f] for f in row if f != i]
            if not any(self._room(d, i) for d in candidates if d.get(i)):
                return False
        return True

    def admit(self, coefficients: dict[int, Fraction]) -> bool:
        """Accept a figure with these coefficients (per value, in kronor per unit of the value)
        if the reader, seeing it with everything accepted so far, still has room for every
        value. True: the figure may be shown."""
        if self.out_of_time:
            return False
        vector = {i: c * self.values[i].step for i, c in coefficients.items() if c}
        if len(vector) < 2:
            return not vector  # one value behind it: the figure is that value
        v = self._reduce(vector)
        if not v:
            return True  # already implied by what is shown: tells the reader nothing new
        rows = self._with(v)
        if self._safe(rows):
            self.rows = rows
            return True
        return False
