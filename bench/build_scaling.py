"""How build time grows with the number of cost lines: 1×, 10× and 100× the example's lines.

    python bench/build_scaling.py [--runs 3] [--mode lines|options]

``lines`` (default) repeats every cost line of every option k times (longer cost tables);
``options`` repeats the options k times (more tables, a longer comparison; above 8 options the
chart is left out). Each size is built in process to a BytesIO, the median of ``--runs`` is
printed with its ratio to 1× measured in the same run, plus the growth exponent
log(t_k / t_1) / log(k) (1.0 is linear, 2.0 quadratic) and the same exponent between the two
largest sizes, where the fixed cost no longer hides the trend. A stage split for the largest size shows
where the time goes. A benchmark, not a test: no assertion, nothing timed in CI.
"""

from __future__ import annotations

import argparse
import copy
import io
import math
import time

from build_example import median_time  # same folder: run as python bench/build_scaling.py

from memo_builder.analysis.revision import Analysis
from memo_builder.files import storage
from memo_builder.files.paths import example_memo_path
from memo_builder.model.memo import Memo, new_id
from memo_builder.render import tree
from memo_builder.render.context import build_context
from memo_builder.render.docx_writer import write_docx
from memo_builder.render.pipeline import build_docx, document_meta, profile_for
from memo_builder.render.templating import render_template

FACTORS = (1, 10, 100)


def scaled(memo: Memo, k: int, mode: str) -> Memo:
    memo = copy.deepcopy(memo)
    if mode == "lines":
        for option in memo.options:
            lines = []
            for line in option.cost_lines:
                for n in range(k):
                    c = copy.copy(line)
                    c.id = new_id()
                    if n:
                        c.description = f"{line.description} ({n + 1})"
                    lines.append(c)
            option.cost_lines = lines
    else:
        options = []
        for n in range(k):
            for option in memo.options:
                o = copy.deepcopy(option)
                o.id = option.id if n == 0 else new_id()  # the proposal and baseline stay
                if n:
                    o.title = f"{option.title} ({n + 1})"
                options.append(o)
        memo.options = options
    return memo


def stages(memo: Memo) -> dict[str, float]:
    profile = profile_for(memo)
    out: dict[str, float] = {}
    t = time.perf_counter()
    context = build_context(Analysis(memo), profile)
    out["context (costs, formatting)"] = time.perf_counter() - t
    t = time.perf_counter()
    html = render_template(profile, context)
    out["template"] = time.perf_counter() - t
    t = time.perf_counter()
    document = tree.parse(html)
    out["html -> tree"] = time.perf_counter() - t
    chart = context.get("chart")
    t = time.perf_counter()
    write_docx(document, profile, io.BytesIO(), document_meta(memo, profile),
               charts={chart["src"]: chart["data"]} if chart else None)
    out["Word writer"] = time.perf_counter() - t
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--mode", choices=("lines", "options"), default="lines")
    args = parser.parse_args()

    base = storage.load(example_memo_path())
    build_docx(base, io.BytesIO())  # warm-up: imports, template compilation, base document
    results = []
    for k in FACTORS:
        memo = scaled(base, k, args.mode)
        lines = sum(len(o.cost_lines) for o in memo.options)
        seconds = median_time(lambda m=memo: build_docx(m, io.BytesIO()), args.runs)
        results.append((k, lines, len(memo.options), seconds))

    t1 = results[0][3]
    print(f"build time, mode={args.mode}, median of {args.runs} runs")
    print(f"{'factor':>6} {'options':>7} {'lines':>6} {'seconds':>9} {'ratio':>7} {'growth':>7}")
    for k, lines, options, seconds in results:
        growth = "" if k == 1 else f"{math.log(seconds / t1) / math.log(k):.2f}"
        print(f"{k:>5}× {options:>7} {lines:>6} {seconds:>9.3f} {seconds / t1:>6.1f}× {growth:>7}")
    k, _, _, _ = results[-1]
    print(f"\nwhere the time goes at {k}×:")
    for name, seconds in stages(scaled(base, k, args.mode)).items():
        print(f"  {name:<30} {seconds:7.3f} s")
    exponent = math.log(results[-1][3] / t1) / math.log(FACTORS[-1])
    marginal = math.log(results[-1][3] / results[-2][3]) / math.log(FACTORS[-1] / FACTORS[-2])
    print(
        f"\n1× -> {FACTORS[-1]}×: exponent {exponent:.2f}, held down by the fixed cost of the 1× "
        "build (base document, package, save)."
        f"\n{FACTORS[-2]}× -> {FACTORS[-1]}×: exponent {marginal:.2f} "
        f"({'linear' if marginal < 1.15 else 'worse than linear'} in the number of cost lines)."
    )

if __name__ == "__main__":
    main()
