"""How long `build` takes for the example memo, against a plain python-docx baseline.

The baseline writes a document of the same size (same paragraphs, same tables and cells) with
python-docx alone: no model, no template, no styles work. Both are measured in the same run, in
process and as whole processes (interleaved, so a busy machine slows both alike), and the ratio
is printed. Aim: the whole ``memo-builder build`` process at most 1.3x the baseline process.

The processes run as an installed copy does: with the project's bytecode compiled and without
PYTHONDONTWRITEBYTECODE (see ``_installed.py``); the template cache is a fresh folder, filled by
one unmeasured warm-up run, as after a user's first build.

    python bench/build_example.py [--runs 15]
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import docx
from _installed import installed_env, precompile  # same folder: run as python bench/...

from memo_builder.files import storage
from memo_builder.files.paths import example_memo_path
from memo_builder.render.pipeline import build_docx

AIM = 1.3


def shape_of(data: bytes) -> dict:
    d = docx.Document(io.BytesIO(data))
    return {
        "paragraphs": [p.text for p in d.paragraphs],
        "tables": [[[c.text for c in r.cells] for r in t.rows] for t in d.tables],
    }


BASELINE = textwrap.dedent(
    """
    import io, json, sys, docx
    def write(shape, target):
        d = docx.Document()
        for text in shape["paragraphs"]:
            d.add_paragraph(text)
        for rows in shape["tables"]:
            t = d.add_table(rows=0, cols=max(len(r) for r in rows))
            for r in rows:
                cells = t.add_row().cells
                for i, text in enumerate(r):
                    cells[i].text = text
        d.save(target)
    if __name__ == "__main__":
        write(json.load(open(sys.argv[1], encoding="utf-8")), sys.argv[2])
    """
)


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    memo = storage.load(example_memo_path())
    buf = io.BytesIO()
    build_docx(memo, buf)
    shape = shape_of(buf.getvalue())

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        import json

        shape_file = tmp / "shape.json"
        shape_file.write_text(json.dumps(shape, ensure_ascii=False), encoding="utf-8")
        baseline_file = tmp / "baseline.py"
        baseline_file.write_text(BASELINE, encoding="utf-8")
        namespace: dict = {}
        exec(compile(BASELINE.replace('if __name__ == "__main__":', "if False:"), "baseline", "exec"), namespace)
        write = namespace["write"]

        def ours_in_process():
            # The whole `build` command's work: load, validate-free build, bytes.
            m = storage.load(example_memo_path())
            build_docx(m, io.BytesIO())

        def base_in_process():
            write(shape, io.BytesIO())

        ours_in_process(), base_in_process()  # warm caches (imports, template compile)
        t_ours = median_time(ours_in_process, args.runs)
        t_base = median_time(base_in_process, args.runs)

        out_docx = tmp / "ours.docx"
        ours_cmd = [sys.executable, "-m", "memo_builder.cli", "build", str(example_memo_path()),
                    "-o", str(out_docx), "--quiet"]
        base_cmd = [sys.executable, str(baseline_file), str(shape_file), str(tmp / "base.docx")]
        precompile()
        env = installed_env({"MEMO_BUILDER_DATA_DIR": str(tmp / "data")})
        proc_runs = max(5, args.runs)
        times: dict[str, list[float]] = {"ours": [], "base": []}
        for cmd in (ours_cmd, base_cmd):  # warm-up, not measured: file cache, template cache
            subprocess.run(cmd, check=True, capture_output=True, env=env)
        for _ in range(proc_runs):
            for name, cmd in (("ours", ours_cmd), ("base", base_cmd)):
                start = time.perf_counter()
                subprocess.run(cmd, check=True, capture_output=True, env=env)
                times[name].append(time.perf_counter() - start)
        p_ours = statistics.median(times["ours"])
        p_base = statistics.median(times["base"])

    ratio = p_ours / p_base
    print(f"document: {len(shape['paragraphs'])} paragraphs, {len(shape['tables'])} tables, "
          f"{sum(len(r) * len(r[0]) for r in shape['tables'])} cells")
    print(f"in-process  memo-builder build: {t_ours * 1000:7.1f} ms   "
          f"baseline python-docx: {t_base * 1000:7.1f} ms   ratio {t_ours / t_base:.2f}x")
    print(f"whole process memo-builder build: {p_ours * 1000:7.1f} ms   "
          f"baseline python-docx: {p_base * 1000:7.1f} ms   ratio {ratio:.2f}x   "
          f"(median of {proc_runs}; min {min(times['ours']) * 1000:.0f} / "
          f"{min(times['base']) * 1000:.0f} ms, ratio of minima "
          f"{min(times['ours']) / min(times['base']):.2f}x)")
    print(f"aim: whole process <= {AIM:.1f}x the baseline: {'met' if ratio <= AIM else 'not met'}")


if __name__ == "__main__":
    main()
