"""Bench: the longest event-loop stall while the spell check loads its dictionary and checks
the example memo, against the same window idle in the same run.

Run: python bench/spell_stall.py [--seconds 3]

A 5 ms heartbeat timer on the GUI thread records the gap between its ticks; a stall is a gap
longer than the interval. Three phases on the offscreen platform, with every step page built
(so every text field is highlighted): idle (baseline); loading the dictionary on the spell
thread while "typing" into Bakgrund every 40 ms; checking every word of the memo and fetching
suggestions. Aim: the longest stall while spell-checking <= 50 ms. It prints figures and
"met"/"not met"; it is not a timed test.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EXAMPLE = ROOT / "resources" / "examples" / "office365-goteborg-2018.memo"
AIM_MS = 50.0
TICK_MS = 5


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=3.0, help="length of the idle phase")
    args = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="spell-bench-")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["MEMO_BUILDER_DATA_DIR"] = str(Path(tmp) / "data")
    os.environ["MEMO_BUILDER_CONFIG_DIR"] = str(Path(tmp) / "config")
    os.environ["MEMO_BUILDER_SPELLING"] = "1"

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    from memo_builder.gui.app import make_app
    from memo_builder.gui.main_window import MainWindow
    from memo_builder.gui.recovery import RecoveryStore
    from memo_builder.gui.steps import STEP_KEYS

    app = make_app()
    window = MainWindow(store=RecoveryStore(Path(tmp) / "recovery"))
    service = window.spelling
    service._started = True  # hold the window's own delayed start: this bench starts it
    window.show()
    window.load_file(EXAMPLE)
    for i in range(len(STEP_KEYS)):
        window.go_to(i)
        app.processEvents()
    settle = time.monotonic() + 3  # first validation, preview and review checks
    while time.monotonic() < settle:
        app.processEvents()
        time.sleep(0.005)
    window.go_to(STEP_KEYS.index("background"))
    background = window.page(STEP_KEYS.index("background")).background
    clock = QElapsedTimer()
    gaps: list[float] = []
    last = [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - last[0] - TICK_MS)
        last[0] = now

    def run_until(done, limit_s: float, every=None) -> list[float]:
        gaps.clear()
        timer = QTimer()
        timer.setInterval(TICK_MS)
        timer.timeout.connect(tick)
        clock.start()
        last[0] = 0.0
        timer.start()
        extra = None
        if every is not None:
            extra = QTimer()
            extra.setInterval(40)
            extra.timeout.connect(every)
            extra.start()
        start = time.monotonic()
        while not done() and time.monotonic() - start < limit_s:
            app.processEvents()
            time.sleep(0.0005)
        timer.stop()
        if extra is not None:
            extra.stop()
        return [max(g, 0.0) for g in gaps[1:]] or [0.0]

    typed = [0]

    def type_a_letter() -> None:
        cursor = background.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText("a" if typed[0] % 8 else " ")
        typed[0] += 1

    # Idle: the window with every page, no spell check yet.
    deadline = time.monotonic() + args.seconds
    idle = run_until(lambda: time.monotonic() > deadline, args.seconds + 1)
    # Typing without a spell check: what an edit costs anyway (validation, preview).
    deadline = time.monotonic() + args.seconds
    typing = run_until(lambda: time.monotonic() > deadline, args.seconds + 1, every=type_a_letter)
    # Loading: the dictionary loads on the spell thread while the user types.
    t0 = time.monotonic()
    service._started = False
    service.start()
    loading = run_until(lambda: bool(service.ready or service.disabled_reason), 120,
                        every=type_a_letter)
    load_s = time.monotonic() - t0
    if service.disabled_reason:
        print(f"Stavningskontrollen är avstängd: {service.disabled_reason}")
        return 1
    # Checking: every word of every field, then suggestions for a misspelled word.
    # (The fields asked for their words when they were built; the answers come in now.)
    got = []
    service.suggestionsReady.connect(lambda w, s: got.append(s))
    service.request_suggestions("fellstavat")
    service.request_suggestions("förvaltnigen")
    t1 = time.monotonic()
    checking = run_until(lambda: len(got) >= 2 and not service._pending and
                         all(w in service.cache for w in service._asked), 120, every=type_a_letter)
    check_s = time.monotonic() - t1
    words = len(service.cache)

    def describe(name: str, values: list[float]) -> str:
        values = sorted(values)
        p99 = values[min(len(values) - 1, int(len(values) * 0.99))]
        return (f"{name:<34} longest stall {max(values):6.1f} ms   p99 {p99:5.1f} ms   "
                f"median {statistics.median(values):4.1f} ms   ({len(values)} ticks)")

    print(f"Example memo: {words} distinct words checked; dictionary loaded in {load_s:.1f} s, "
          f"words and suggestions in {check_s:.1f} s; {typed[0]} keystrokes typed meanwhile.")
    print(describe("idle (baseline)", idle))
    print(describe("typing, no spell check (baseline)", typing))
    print(describe("loading dictionary + typing", loading))
    print(describe("checking + suggestions + typing", checking))
    worst = max(max(loading), max(checking))
    base = max(max(typing), 1.0)
    print(f"Longest stall while spell-checking: {worst:.1f} ms = {worst / base:.2f}x the longest "
          f"while typing without it ({base:.1f} ms). Aim <= {AIM_MS:.0f} ms: "
          f"{'met' if worst <= AIM_MS else 'not met'}.")
    window.doc.mark_saved()
    window.autosaver.close()
    service.stop()
    QApplication.instance().processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
