"""The unit binding (render/typography.py) must stay linear in the length of the text: it runs
on every text the Word writer puts in the body, the official's own 100 000-character fields
included. Prints, for texts made of one repeated unit, the time at 20 000 repetitions against
the time at 2 000 (linear: about 10x; quadratic: about 100x). Aim: at most 20x for each.

    python bench/typography_linear.py
"""

from __future__ import annotations

import time

from memo_builder.render.typography import bind_units

UNITS = ["1", "1 ", "1 kap. ", "12 a ", "1-", " ", "1 000 ", "§ 1 ", "1 maj ", "den 1 ",
         "cirka 1 ", "1 miljoner "]


def cost(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        bind_units(text)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    worst = 0.0
    for unit in UNITS:
        small, large = cost(unit * 2_000), cost(unit * 20_000)
        ratio = large / max(small, 1e-6)
        worst = max(worst, ratio)
        print(f"{unit!r:>10}: {small * 1000:7.2f} ms -> {large * 1000:8.2f} ms  ({ratio:5.1f}x)")
    print(f"worst ratio {worst:.1f}x: {'met' if worst <= 20 else 'not met'} (aim: at most 20x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
