"""How long one withholding decision takes on a 200-line memo (aim: 100 ms).

The decision (model/secrecy.py with the integer test in model/disclosure.py) is made once per
memo revision; the GUI makes a new one after every edit, so it must stay quick. Beyond what the
exact test can do in its time budget it withholds every figure still undecided (safe, and
reported as ``simple_rule``).

    python bench/secrecy_decision.py [--lines 200] [--marks 20] [--options 3] [--runs 5]

It prints the decision's time and its ratio to a baseline measured in the same run on the same
memo: computing the memo's costs year by year (what every revision computes anyway), so the
ratio says how much the secrecy decision adds, on a busy machine as on an idle one.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import date
from decimal import Decimal

from memo_builder.analysis.revision import Analysis
from memo_builder.model.memo import (
    CaseDetails,
    CostCategory,
    CostLine,
    Memo,
    Option,
    Recurrence,
    SecrecyMark,
    SecretKind,
)


def memo_with(lines: int, marks: int, options: int, seed: int = 1) -> Memo:
    rng = random.Random(seed)
    opts = []
    per = max(1, lines // options)
    for o in range(options):
        cost_lines = [CostLine(
            id=f"l{o}-{i}", description=f"Rad {o}-{i}",
            category=rng.choice(list(CostCategory)), volume=Decimal(rng.choice([1, 1, 250, 4500])),
            unit_price=Decimal(rng.choice([rng.randint(40, 3000), rng.randint(1, 60) * 10_000])),
            recurrence=Recurrence.ONE_OFF if rng.random() < 0.2 else Recurrence.ANNUAL,
            first_year=2027 + rng.randint(0, 2), last_year=2031 + rng.randint(0, 2),
            index_percent=Decimal(rng.choice([0, 2])), option_period=rng.random() < 0.2,
        ) for i in range(per)]
        opts.append(Option(id=f"o{o}", title=f"Alternativ {o + 1}", cost_lines=cost_lines))
    memo = Memo(case=CaseDetails(title="Bänk", memo_date=date(2026, 9, 1)), options=opts)
    memo.baseline_option_id = opts[-1].id
    memo.assumptions.user_count = 4500
    every = [line for o in opts for line in o.cost_lines]
    for line in rng.sample(every, min(marks, len(every))):
        memo.secrecy.marks.append(SecrecyMark(kind=rng.choice([SecretKind.UNIT_PRICE,
                                                               SecretKind.VOLUME]),
                                              target=line.id, ground="31 kap. 16 § OSL"))
    return memo


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=200)
    parser.add_argument("--marks", type=int, default=20)
    parser.add_argument("--options", type=int, default=3)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    times, ratios = [], []
    for run in range(args.runs):
        memo = memo_with(args.lines, args.marks, args.options, seed=run)
        start = time.perf_counter()
        _ = Analysis(memo).costs  # the baseline, on a fresh analysis of the same memo
        baseline = time.perf_counter() - start
        analysis = Analysis(memo)
        _ = analysis.costs, analysis.sensitivity
        start = time.perf_counter()
        w = analysis.withholding
        times.append(time.perf_counter() - start)
        ratios.append(times[-1] / baseline)
        shown = sum(1 for f in w.figures.values() if f.shown and f.depends)
        hidden = sum(1 for f in w.figures.values() if not f.shown)
        print(f"run {run + 1}: {times[-1] * 1000:.0f} ms ({ratios[-1]:.1f} x the costs' "
              f"{baseline * 1000:.0f} ms), {len(w.figures)} figures, "
              f"{len(w.secrets)} confidential values, {shown} shown with a value behind them, "
              f"{hidden} withheld{', simple rule' if w.simple_rule else ''}")
    print(f"median {statistics.median(times) * 1000:.0f} ms per decision (aim: 100 ms), "
          f"{statistics.median(ratios):.1f} x computing the costs")


if __name__ == "__main__":
    main()
