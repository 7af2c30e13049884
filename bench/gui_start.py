"""Bench: cold start of the GUI to its first painted window, against a bare PySide6 window
started the same way in the same run, and the in-process preview refresh for the example memo.

Run: python bench/gui_start.py [--runs 7] [--preview-runs 30]

Both start-ups are whole processes on the offscreen platform. Each prints the wall-clock time
of its first paint event and exits at once (MEMO_BUILDER_EXIT_AFTER_PAINT=1 for the app), so
the figure is "process spawned -> window painted". They run as an installed copy does
(bytecode compiled, PYTHONDONTWRITEBYTECODE unset: see ``_installed.py``).

The preview refresh is timed in process after an edit, for the example and for a 52-page memo
(``large_memo.py``); the aim is judged on wall-clock time, and the GUI thread's CPU time is
printed beside it (on a busy machine it shows how much of the wall time was waiting). Aims: app start <= 1.5x bare; refresh <= 30 ms (example), <= 100 ms (52
pages). Each aim is printed with "met" or "not met".
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _installed import installed_env, precompile  # same folder: run as python bench/...

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "resources" / "examples" / "office365-goteborg-2018.memo"
START_AIM = 1.5  # app start to first paint, times the bare window's
PREVIEW_AIMS_MS = (30, 100)  # the example, the 52-page memo

BARE = r"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class First(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"FIRST_PAINT {time.time():.6f}", flush=True)
            os._exit(0)
        return False

app = QApplication(sys.argv)
w = QMainWindow()
w.setWindowTitle("bare")
w.resize(800, 600)
f = First()
w.installEventFilter(f)
w.show()
app.exec()
"""


def _env(tmp: str) -> dict[str, str]:
    return installed_env(dict(
        QT_QPA_PLATFORM="offscreen",
        MEMO_BUILDER_EXIT_AFTER_PAINT="1",
        MEMO_BUILDER_DATA_DIR=os.path.join(tmp, "data"),
        MEMO_BUILDER_CONFIG_DIR=os.path.join(tmp, "config"),
        QT_LOGGING_RULES="qt.qpa.*=false",
    ))


def _start(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.time()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    for line in out.stdout.splitlines():
        if line.startswith("FIRST_PAINT"):
            return float(line.split()[1]) - t0
    raise RuntimeError(f"no paint reported by {cmd}: {out.stderr[-2000:]}")


def start_times(runs: int) -> dict[str, list[float]]:
    with tempfile.TemporaryDirectory() as tmp:
        env = _env(tmp)
        bare_script = Path(tmp) / "bare.py"
        bare_script.write_text(BARE, encoding="utf-8")
        cmds = {
            "bare QMainWindow": [sys.executable, str(bare_script)],
            "memo-builder (new memo)": [sys.executable, "-m", "memo_builder.cli", "gui"],
            "memo-builder (example file)": [sys.executable, "-m", "memo_builder.cli", "gui", str(EXAMPLE)],
        }
        for cmd in cmds.values():  # warm the OS file cache once; not measured
            _start(cmd, env)
        times: dict[str, list[float]] = {k: [] for k in cmds}
        for _ in range(runs):
            for name, cmd in cmds.items():  # interleaved, so drift hits all alike
                times[name].append(_start(cmd, env))
        return times


def _preview_case(app, window, path: Path, runs: int) -> dict[str, float]:
    """Median ms of a preview refresh of the memo in ``path``, after an edit.

    Each round edits the title (an undoable edit, as typing is), lets validation run as the app
    does before the preview's longer debounce, then times ``Preview.refresh_now``: the analysis
    parts the preview needs, context, template, tree, preview HTML and ``setHtml``. The split
    below it times the same stages once more, outside the widget."""
    window.load_file(path)
    app.processEvents()
    window.validate_now()
    window.preview.refresh_now()  # the first render loads the template: not counted
    doc, preview, services = window.doc, window.preview, window.services
    total, cpu, edit_total, analysis_ms, render_ms, display_ms = [], [], [], [], [], []
    for i in range(runs):
        memo = doc.memo
        t0 = time.perf_counter()
        doc.set(memo.case, "title", memo.case.title.rstrip("!") + ("!" if i % 2 == 0 else ""))
        window.validate_now()
        c0 = time.thread_time()
        preview.refresh_now()
        cpu.append((time.thread_time() - c0) * 1000)
        edit_total.append((time.perf_counter() - t0) * 1000)
        total.append(preview.last_ms)
        # The same stages once more, separately (a fresh analysis, as after the next edit).
        doc.notify(memo)
        t1 = time.perf_counter()
        analysis = services.analysis()
        _ = analysis.costs, analysis.sensitivity, analysis.deadlines, analysis.problems
        t2 = time.perf_counter()
        page = preview.render_html()
        t3 = time.perf_counter()
        preview.setHtml(page)
        t4 = time.perf_counter()
        analysis_ms.append((t2 - t1) * 1000)
        render_ms.append((t3 - t2) * 1000)
        display_ms.append((t4 - t3) * 1000)
    med = statistics.median
    return {
        "refresh (Preview.refresh_now)": med(total),
        "  analysis (costs, sensitivity, problems)": med(analysis_ms),
        "  render: context, template, tree, HTML": med(render_ms),
        "  QTextBrowser.setHtml": med(display_ms),
        "whole edit: validation + refresh": med(edit_total),
        "refresh, CPU time of the GUI thread": med(cpu),
    }


def preview_times(runs: int) -> dict[str, dict[str, float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = tempfile.mkdtemp()
    os.environ["MEMO_BUILDER_DATA_DIR"] = os.path.join(tmp, "data")
    os.environ["MEMO_BUILDER_CONFIG_DIR"] = os.path.join(tmp, "config")
    from large_memo import long_memo  # same folder

    from memo_builder.files import storage
    from memo_builder.gui.app import make_app

    app = make_app()
    from memo_builder.gui.main_window import MainWindow

    long_path = Path(tmp) / "long.memo"
    storage.save(long_memo(), long_path)
    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    results = {
        "example memo (9 pages)": _preview_case(app, window, EXAMPLE, runs),
        "long memo (52 pages)": _preview_case(app, window, long_path, max(5, runs // 3)),
    }
    window.doc.mark_saved()
    window.autosaver.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--preview-runs", type=int, default=30)
    parser.add_argument("--only", choices=("start", "preview"), help="run one half only")
    args = parser.parse_args()
    if args.only != "preview":
        report_start(args.runs)
    if args.only != "start":
        report_preview(args.preview_runs)
    return 0


def report_start(runs: int) -> None:
    precompile()
    times = start_times(runs)
    bare = statistics.median(times["bare QMainWindow"])
    print(f"Cold start to first paint, offscreen, median of {runs} runs:")
    for name, values in times.items():
        med = statistics.median(values)
        print(f"  {name:30s} {med * 1000:7.0f} ms   ratio {med / bare:4.2f}x   "
              f"(min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f})")
    worst = max(statistics.median(v) for v in times.values()) / bare
    print(f"  aim <= {START_AIM}x: {'met' if worst <= START_AIM else 'not met'} (worst {worst:.2f}x)")


def report_preview(runs: int) -> None:
    previews = preview_times(runs)
    for case, aim in zip(previews, PREVIEW_AIMS_MS, strict=True):
        figures = previews[case]
        print(f"\nPreview refresh, {case}, in-process, median:")
        for name, ms in figures.items():
            print(f"  {name:44s} {ms:6.1f} ms")
        refresh = figures["refresh (Preview.refresh_now)"]
        print(f"  aim refresh <= {aim} ms: {'met' if refresh <= aim else 'not met'}")


if __name__ == "__main__":
    sys.exit(main())
