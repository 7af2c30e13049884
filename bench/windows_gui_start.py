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
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

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


def winpath(path: Path) -> str:
    return "Z:" + str(path).replace("/", "\\")


def _start(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.time()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300,
                         stdin=subprocess.DEVNULL, errors="replace")
    for line in out.stdout.splitlines():
        if line.startswith("FIRST_PAINT"):
            return float(line.split()[1]) - t0
    raise RuntimeError(f"no paint reported by {cmd}: {out.stderr[-2000:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zip", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    portable = args.zip or max((ROOT / "dist").glob("MemoBuilder-*-x64.zip"), default=None,
                               key=lambda p: p.stat().st_mtime)
    if portable is None or not portable.is_file():
        sys.exit("no portable zip: run python packaging/windows/build.py first (or give --zip)")
    wine, gcc = shutil.which("wine"), shutil.which("x86_64-w64-mingw32-gcc")
    if not wine or not gcc:
        sys.exit("needs wine and x86_64-w64-mingw32-gcc (apt-get install wine wine64 gcc-mingw-w64-x86-64)")
    with tempfile.TemporaryDirectory(prefix="memo-bench-wine-") as tmp:
        tmp = Path(tmp)
        with zipfile.ZipFile(portable) as zf:
            zf.extractall(tmp / "app")
        (app,) = (tmp / "app").iterdir()
        (tmp / "home").mkdir()
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("QT_", "WINE", "DISPLAY", "MEMO_BUILDER_", "XDG_"))}
        env.update(WINEPREFIX=str(tmp / "prefix"), WINEARCH="win64", WINEDEBUG="-all",
                   HOME=str(tmp / "home"), WINEDLLOVERRIDES="mscoree,mshtml=,winemenubuilder.exe=d")
        subprocess.run([wine, "wineboot", "-i"], env=env, capture_output=True, timeout=300)
        subprocess.run([gcc, "-O2", "-shared", "-o",
                        str(tmp / "prefix" / "drive_c" / "windows" / "system32" / "icuuc.dll"),
                        str(ROOT / "tests" / "windows" / "icuuc_stub.c")], check=True)
        fonts = tmp / "fonts"
        fonts.mkdir()
        for font in Path("/usr/share/fonts/truetype/dejavu").glob("DejaVuSans*.ttf"):
            shutil.copy(font, fonts)
        # Wine passes WINEQT_X to Windows programs as QT_X (it drops Unix QT_* variables).
        env.update(WINEQT_QPA_PLATFORM="offscreen", WINEQT_QPA_FONTDIR=winpath(fonts),
                   MEMO_BUILDER_EXIT_AFTER_PAINT="1")
        bare = tmp / "bare.py"
        bare.write_text(BARE, encoding="utf-8")
        example = app / "Lib" / "site-packages" / "memo_builder" / "_resources" / "examples" / "office365-goteborg-2018.memo"
        cmds = {
            "bare QMainWindow (same python.exe)": [wine, winpath(app / "python.exe"), winpath(bare)],
            "memo-builder.exe gui (new memo)": [wine, winpath(app / "memo-builder.exe"), "gui"],
            "memo-builder.exe gui (example file)": [wine, winpath(app / "memo-builder.exe"), "gui", winpath(example)],
        }
        for cmd in cmds.values():  # warm the file cache and the wineserver; not measured
            _start(cmd, env)
        times: dict[str, list[float]] = {k: [] for k in cmds}
        for _ in range(args.runs):
            for name, cmd in cmds.items():  # interleaved, so drift hits all alike
                times[name].append(_start(cmd, env))
        subprocess.run([shutil.which("wineserver") or "/usr/lib/wine/wineserver64", "-k"], env=env)
    baseline = statistics.median(times["bare QMainWindow (same python.exe)"])
    print(f"Windows build under Wine, start to first paint, offscreen, median of {args.runs} runs:")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"  {name:40s} {median:6.2f} s  {median / baseline:5.2f}x bare")
    return 0


if __name__ == "__main__":
    sys.exit(main())
