"""Weighed criteria, worked by hand: weighted totals, normalising, cost scores and the exact
smallest single-weight change that changes which option ranks first."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction as F

from hypothesis import given, settings
from hypothesis import strategies as st

from memo_builder.analysis.revision import Analysis
from memo_builder.model.criteria import cost_scores, evaluate
from memo_builder.model.memo import CostLine, Criterion, Memo, Option, Score
from memo_builder.model.problems import Level
from tests.helpers import validate


def memo_with(weights, scores, titles=None) -> Memo:
    """``scores[i][j]``: option j on criterion i."""
    options = [Option(title=t) for t in (titles or [f"Alt {j + 1}" for j in range(len(scores[0]))])]
    criteria = [
        Criterion(title=f"K{i + 1}", weight=Decimal(w),
                  scores=[Score(o.id, s, f"skäl {i + 1}.{j + 1}") for j, (o, s) in
                          enumerate(zip(options, row, strict=True))])
        for i, (w, row) in enumerate(zip(weights, scores, strict=True))
    ]
    return Memo(options=options, criteria=criteria)


def test_two_criteria_two_options():
    # A = 0.6·5 + 0.4·1 = 3.4, B = 0.6·2 + 0.4·4 = 2.8. Lowering K1 to q: A = 5q + (1 − q),
    # B = 2q + 4(1 − q): equal at q = 1/2, a change of 10 percentage points.
    memo = memo_with(["60", "40"], [[5, 2], [1, 4]])
    r = evaluate(memo)
    assert r.totals == [F(17, 5), F(14, 5)]
    assert r.leader is memo.options[0]
    assert r.flip.criterion is memo.criteria[0]
    assert (r.flip.from_weight, r.flip.to_weight) == (F(3, 5), F(1, 2))
    assert r.flip.challenger is memo.options[1]
    assert not r.normalised


def test_three_by_three_with_weights_normalised():
    # Weights 20/20/10 (sum 50) -> 0.4/0.4/0.2. A = 2 + 1.2 + 0.4 = 3.6, B = 3.4, C = 3.4.
    # Worked by hand for every criterion and challenger (q where the challenger ties A):
    #   K1 vs B: 1/3, vs C: 7/19 · K2 vs B: 1/2, vs C: 5/11 · K3 vs B: 1/3, vs C: 1/4.
    # The smallest |q − w| is K1 vs C: 2/5 − 7/19 = 3/95. At K1 = 7/19 the others become 8/19
    # and 4/19, and A = C = 67/19 (B = 65/19).
    memo = memo_with(["20", "20", "10"], [[5, 3, 1], [3, 4, 5], [2, 3, 5]])
    r = evaluate(memo)
    assert r.weights == [F(2, 5), F(2, 5), F(1, 5)]
    assert r.totals == [F(18, 5), F(17, 5), F(17, 5)]
    assert r.normalised and r.weight_sum == 50
    assert r.flip.criterion is memo.criteria[0]
    assert r.flip.to_weight == F(7, 19)
    assert r.flip.change == F(3, 95)
    assert r.flip.challenger is memo.options[2]
    warnings = [p for p in validate(memo) if p.path == "criteria"]
    assert any("summerar till 50" in p.message and "100 %" in p.message for p in warnings)


def test_a_dominant_option_cannot_be_overtaken_by_one_weight():
    memo = memo_with(["50", "30", "20"], [[5, 1], [4, 2], [3, 3]])
    r = evaluate(memo)
    assert r.leader is memo.options[0]
    assert r.flip is None


def test_a_tie_has_no_leader_and_no_flip():
    memo = memo_with(["50", "50"], [[5, 1], [1, 5]])
    r = evaluate(memo)
    assert r.totals == [3, 3]
    assert r.leader is None and len(r.leaders) == 2 and r.flip is None


def test_cost_scored_from_the_totals():
    assert cost_scores([Decimal(100), Decimal(200), Decimal(300)]) == [5, 3, 1]
    assert cost_scores([Decimal(100), Decimal(150), Decimal(300)]) == [5, 4, 1]
    assert cost_scores([Decimal(7), None]) == [5, None]
    options = [Option(title=t, cost_lines=[CostLine(unit_price=Decimal(p), first_year=2020,
                                                    last_year=2020)])
               for t, p in (("Billig", "100"), ("Dyr", "300"))]
    memo = Memo(options=options, criteria=[
        Criterion(title="Kostnad", weight=Decimal(50), from_costs=True),
        Criterion(title="Kvalitet", weight=Decimal(50),
                  scores=[Score(options[0].id, 1), Score(options[1].id, 4)]),
    ])
    r = Analysis(memo).criteria
    assert [c.score for c in r.cells[0]] == [5, 1]
    # 0.5·5 + 0.5·1 = 3 and 0.5·1 + 0.5·4 = 2.5
    assert r.totals == [3, F(5, 2)]


def test_an_unscored_cell_is_an_error_pointing_at_it():
    memo = memo_with(["50", "50"], [[5, 2], [3, 4]])
    memo.criteria[1].scores[0].score = 0
    memo.criteria[0].scores.pop(1)  # never scored at all
    r = evaluate(memo)
    assert not r.complete and r.totals == [None, None]
    errors = {p.path: p.message for p in validate(memo) if p.level is Level.ERROR
              and p.path.startswith("criteria")}
    assert "criteria[1].scores[0]" in errors and "Alt 1" in errors["criteria[1].scores[0]"]
    assert "criteria[0].scores[1]" in errors and "Alt 2" in errors["criteria[0].scores[1]"]


def test_zero_weights_are_an_error():
    memo = memo_with(["0", "0"], [[5, 2], [3, 4]])
    assert any(p.path == "criteria[0].weight" and p.level is Level.ERROR for p in validate(memo))


def test_no_criteria_no_problems():
    memo = Memo(options=[Option(title="A"), Option(title="B")])
    assert not [p for p in validate(memo) if p.path.startswith("criteria")]


def _totals_with(weights, cells, k, q):
    """Totals when criterion k's normalised weight is q and the others keep proportions."""
    rest = 1 - weights[k]
    w = [q if i == k else (weights[i] * (1 - q) / rest if rest else F(0))
         for i in range(len(weights))]
    return [sum(w[i] * cells[i][j].score for i in range(len(w))) for j in range(len(cells[0]))]


@settings(max_examples=200, deadline=None)
@given(st.integers(2, 4).flatmap(lambda n_opt: st.integers(1, 4).flatmap(
    lambda n_crit: st.tuples(
        st.lists(st.integers(0, 60), min_size=n_crit, max_size=n_crit),
        st.lists(st.lists(st.integers(1, 5), min_size=n_opt, max_size=n_opt),
                 min_size=n_crit, max_size=n_crit)))))
def test_the_flip_is_exact_and_the_smallest(case):
    """Linear totals: if the leader still (weakly) leads at both ends of every interval
    |q − w_k| ≤ change, nothing inside changes it; and just past the flip another option
    leads strictly."""
    weights, scores = case
    memo = memo_with([str(w) for w in weights], scores)
    r = evaluate(memo)
    if not r.complete or r.leader is None:
        return
    a = r.options.index(r.leader)
    limit = r.flip.change if r.flip else F(2)
    for k, w_k in enumerate(r.weights):
        if w_k == 1:
            continue
        for q in (max(F(0), w_k - limit), min(F(1), w_k + limit)):
            totals = _totals_with(r.weights, r.cells, k, q)
            assert all(totals[a] >= t for t in totals), (k, q)
    if r.flip is not None:
        k = r.criteria.index(r.flip.criterion)
        step = F(1, 10**9) * (1 if r.flip.to_weight > r.flip.from_weight else -1)
        at = _totals_with(r.weights, r.cells, k, r.flip.to_weight)
        b = r.options.index(r.flip.challenger)
        assert at[a] == at[b]
        beyond = _totals_with(r.weights, r.cells, k, r.flip.to_weight + step)
        assert max(beyond) > beyond[a]
