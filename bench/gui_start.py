"""Bench: cold start of the GUI to its first painted window, against a bare PySide6 window
started the same way in the same run, and the in-process preview refresh for the example memo.

Run: python bench/gui_start.py [--runs 7]

Both start-ups are whole processes on the offscreen platform. Each prints the wall-clock time
of its first paint event and exits at once (MEMO_BUILDER_EXIT_AFTER_PAINT=1 for the app), so
the figure is "process spawned -> window painted". Aims: app <= 1.5x bare; preview < 30 ms.
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

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "resources" / "examples" / "office365-goteborg-2018.memo"

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
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        MEMO_BUILDER_EXIT_AFTER_PAINT="1",
        MEMO_BUILDER_DATA_DIR=os.path.join(tmp, "data"),
        MEMO_BUILDER_CONFIG_DIR=os.path.join(tmp, "config"),
        QT_LOGGING_RULES="qt.qpa.*=false",
    )
    return env


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


def preview_times(runs: int) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = tempfile.mkdtemp()
    os.environ["MEMO_BUILDER_DATA_DIR"] = os.path.join(tmp, "data")
    os.environ["MEMO_BUILDER_CONFIG_DIR"] = os.path.join(tmp, "config")
    from memo_builder.gui.app import make_app

    app = make_app()
    from memo_builder.gui.main_window import MainWindow
    from memo_builder.gui.preview import add_anchors
    from memo_builder.render.pipeline import render_html

    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    window.load_file(EXAMPLE)
    app.processEvents()
    window.preview.refresh_now()  # first render compiles the template: reported separately
    total, render, anchors, display = [], [], [], []
    profile = window.services.profile()
    memo = window.doc.memo
    for _ in range(runs):
        window.preview.refresh_now()
        total.append(window.preview.last_ms)
        t0 = time.perf_counter()
        html = render_html(memo, profile)
        t1 = time.perf_counter()
        html = add_anchors(html, profile)
        t2 = time.perf_counter()
        window.preview.setHtml(html)
        t3 = time.perf_counter()
        render.append((t1 - t0) * 1000)
        anchors.append((t2 - t1) * 1000)
        display.append((t3 - t2) * 1000)
    window.doc.mark_saved()
    window.autosaver.close()
    return {
        "refresh (render + anchors + setHtml)": statistics.median(total),
        "  render_html (context + template)": statistics.median(render),
        "  add_anchors": statistics.median(anchors),
        "  QTextBrowser.setHtml": statistics.median(display),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--preview-runs", type=int, default=30)
    args = parser.parse_args()
    times = start_times(args.runs)
    bare = statistics.median(times["bare QMainWindow"])
    print(f"Cold start to first paint, offscreen, median of {args.runs} runs:")
    for name, values in times.items():
        med = statistics.median(values)
        print(f"  {name:30s} {med * 1000:7.0f} ms   ratio {med / bare:4.2f}x   "
              f"(min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f})")
    worst = max(statistics.median(v) for v in times.values()) / bare
    print(f"  aim <= 1.5x: {'met' if worst <= 1.5 else 'NOT met'} (worst {worst:.2f}x)")
    print(f"\nPreview refresh of the example memo, in-process, median of {args.preview_runs}:")
    for name, ms in preview_times(args.preview_runs).items():
        print(f"  {name:40s} {ms:6.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
