"""Bench: start of the Windows build's GUI to its first painted window, under Wine, against a
bare PySide6 window started by the same embedded Python in the same run.

Run: python bench/windows_gui_start.py [--zip dist/MemoBuilder-0.1.0-x64.zip] [--runs 5]

Needs wine and x86_64-w64-mingw32-gcc (for the test-only icuuc.dll stand-in, see
tests/windows/icuuc_stub.c) and a portable zip from ``packaging/windows/build.py``. Everything
runs in a temporary Wine prefix on the offscreen platform; the figure is "process spawned ->
window painted", Wine's own start-up included (the bare window pays it too, hence the ratio).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Wine is set up in one place for the build, the tests and this bench.
sys.path.insert(0, str(ROOT / "packaging" / "windows"))
from wine_prefix import Wine, find_wine, find_wineserver, winpath  # noqa: E402

ICU_STUB = ROOT / "tests" / "windows" / "icuuc_stub.c"
BARE_NAME = "bare QMainWindow (same python.exe)"

BARE = r"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class First(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"FIRST_PAINT {time.time():.6f}", flush=True)
            os._exit(0)
        return False

app = QApplication(sys.argv)
w = QMainWindow()
w.resize(800, 600)
f = First()
w.installEventFilter(f)
w.show()
app.exec()
"""


def _first_paint(wine: Wine, args: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning the process to its first painted window."""
    t0 = time.time()
    out = wine.run(args, env=env, timeout=300, text=True)
    for line in out.stdout.splitlines():
        if line.startswith("FIRST_PAINT"):
            return float(line.split()[1]) - t0
    raise RuntimeError(f"no paint reported by {args}: {out.stderr[-2000:]}")


def _latest_zip() -> Path | None:
    return max((ROOT / "dist").glob("MemoBuilder-*-x64.zip"), default=None,
               key=lambda p: p.stat().st_mtime)


def measure(portable: Path, runs: int, gcc: str) -> dict[str, list[float]]:
    """Interleaved runs (drift hits all alike) in a fresh prefix, after one unmeasured warm-up."""
    with tempfile.TemporaryDirectory(prefix="memo-bench-wine-") as tmp:
        tmp = Path(tmp)
        with zipfile.ZipFile(portable) as zf:
            zf.extractall(tmp / "app")
        (app,) = (tmp / "app").iterdir()
        wine = Wine(tmp / "prefix", home=tmp / "home").boot()
        try:
            env = {**wine.offscreen_qt(tmp / "qt", gcc, ICU_STUB),
                   "MEMO_BUILDER_EXIT_AFTER_PAINT": "1"}
            bare = tmp / "bare.py"
            bare.write_text(BARE, encoding="utf-8")
            example = (app / "Lib" / "site-packages" / "memo_builder" / "_resources" / "examples"
                       / "office365-goteborg-2018.memo")
            commands = {
                BARE_NAME: [winpath(app / "python.exe"), winpath(bare)],
                "memo-builder.exe gui (new memo)": [winpath(app / "memo-builder.exe"), "gui"],
                "memo-builder.exe gui (example file)": [winpath(app / "memo-builder.exe"), "gui",
                                                        winpath(example)],
            }
            for args in commands.values():  # warm the file cache and the wineserver
                _first_paint(wine, args, env)
            times: dict[str, list[float]] = {name: [] for name in commands}
            for _ in range(runs):
                for name, args in commands.items():
                    times[name].append(_first_paint(wine, args, env))
            return times
        finally:
            wine.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zip", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    portable = args.zip or _latest_zip()
    if portable is None or not portable.is_file():
        sys.exit("no portable zip: run python packaging/windows/build.py first (or give --zip)")
    gcc = shutil.which("x86_64-w64-mingw32-gcc")
    if not find_wine() or not find_wineserver() or not gcc:
        sys.exit("needs wine and x86_64-w64-mingw32-gcc "
                 "(apt-get install wine wine64 gcc-mingw-w64-x86-64)")
    times = measure(portable, args.runs, gcc)
    baseline = statistics.median(times[BARE_NAME])
    print(f"Windows build under Wine, start to first paint, offscreen, median of {args.runs} runs:")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"  {name:40s} {median:6.2f} s  {median / baseline:5.2f}x bare")
    return 0


if __name__ == "__main__":
    sys.exit(main())
