"""The solver of issue 19 against generated memos: it reads only the public .docx (and is told
which lines share a confidential value), sets up the cost formulas' equations and bounds every
marked value with an exact linear program. The promise it checks: no marked value is narrowed
to fewer than 100 candidates on the attacker's grid, nor to a span under ±10 % of it.

The suite runs a few examples; the documented long run is
``MEMO_SOLVER_EXAMPLES=300 .venv/bin/python -m pytest -q tests/secrecy/test_solver.py``.
"""

from __future__ import annotations

import io
import math
import os
from datetime import datetime
from fractions import Fraction

from hypothesis import HealthCheck, Phase, given, settings

from memo_builder.analysis.revision import Analysis
from memo_builder.model.disclosure import MIN_CANDIDATES, MIN_SPREAD
from memo_builder.model.memo import CostCategory
from memo_builder.render.pipeline import build_docx
from tests.secrecy import solver
from tests.secrecy.test_attacker import attacked_memos

EXAMPLES = int(os.environ.get("MEMO_SOLVER_EXAMPLES", "8"))
NOW = datetime(2031, 3, 4, 10, 0, 0)


def public_docx(memo) -> bytes:
    buffer = io.BytesIO()
    build_docx(memo, buffer, draft=True, public=True, now=NOW)
    return buffer.getvalue()


def hint_for(memo, w) -> solver.Hint:
    value_of = {ref: k for ref, k in w.line_secret.items() if ref[0] not in w.options}
    kind_of = {k: {"price": "price", "volume": "volume"}.get(s.key[0], "amount")
               for k, s in enumerate(w.secrets)}
    credit = {ref: memo.options[ref[0]].cost_lines[ref[1]].category is CostCategory.CREDIT
              for ref in value_of}
    currency = {ref: (memo.options[ref[0]].cost_lines[ref[1]].currency or "SEK").strip().upper()
                for ref in value_of}
    return solver.Hint(value_of, kind_of, credit, currency)


def check(memo) -> list[str]:
    """What the solver finds, as failures of the promise ([] when it holds)."""
    w = Analysis(memo).withholding
    reading = solver.read(public_docx(memo))
    hint = hint_for(memo, w)
    found = solver.constraints(reading, hint)
    # The reading is right: the true values meet every constraint it set up.
    for c in found:
        value = sum((a * w.secrets[k].value for k, a in c.coefficients.items()), Fraction(0))
        assert c.low <= value <= c.high, (c.what, float(c.low), float(value), float(c.high))
    unknowns = sorted({k for c in found for k in c.coefficients})
    failures = []
    for k in unknowns:
        secret = w.secrets[k]
        high = solver.bound(found, unknowns, k, 1)
        if high is None:
            continue  # no upper bound: infinitely many candidates above the true value
        low = solver.bound(found, unknowns, k, -1)
        candidates = math.floor(high / secret.step) - math.ceil(low / secret.step) + 1
        if candidates < MIN_CANDIDATES or low > secret.value * (1 - MIN_SPREAD) \
                or high < secret.value * (1 + MIN_SPREAD):
            failures.append(f"{secret.label} = {secret.value}: the document allows "
                            f"{float(low)}–{float(high)} ({candidates} candidates)")
    return failures


@settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 10,
          phases=[Phase.explicit, Phase.reuse, Phase.generate],  # shrinking a build is slow
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(attacked_memos())
def test_the_solver_never_narrows_a_marked_value(memo):
    assert check(memo) == []


def test_the_solver_finds_what_the_old_rule_gave_away():
    """The solver is a real attacker: against a public version that shows a total over two
    marked fees (the old rule did, when the split left room), it bounds both."""
    from tests.secrecy.test_gaps import Option, SecretKind, line, memo_of

    memo = memo_of(Option(id="a", title="Kamera", cost_lines=[
        line("Installation", "250000", recurrence=solver.Recurrence.ONE_OFF),
        line("Projektledning", "180000", recurrence=solver.Recurrence.ONE_OFF),
        line("Drift", "95000")]),
        marks=[(SecretKind.AMOUNT, "Installation"), (SecretKind.AMOUNT, "Projektledning")])
    w = Analysis(memo).withholding
    found = solver.constraints(solver.read(public_docx(memo)), hint_for(memo, w))
    assert found == []  # the rule shows nothing over the two fees
    # What a reader would have had from the old public version: the option's total.
    total = solver.Constraint({0: Fraction(1), 1: Fraction(1)}, Fraction(430_000) - 1,
                              Fraction(430_000) + 1, "totalt")
    assert solver.bound([total], [0, 1], 0, 1) <= 430_001
