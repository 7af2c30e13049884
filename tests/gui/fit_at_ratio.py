"""Run as its own process (``python -m tests.gui.fit_at_ratio``) with QT_SCALE_FACTOR set: every
step at the laptop sizes at that device pixel ratio; prints the ratio, then one problem a line."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["MEMO_BUILDER_SPELLING"] = "0"
    folder = Path(tempfile.mkdtemp(prefix="memo-builder-fit-"))
    os.environ["MEMO_BUILDER_CONFIG_DIR"] = str(folder / "config")
    os.environ["MEMO_BUILDER_DATA_DIR"] = str(folder / "data")
    from memo_builder.files.paths import example_memo_path
    from memo_builder.gui import dialogs
    from memo_builder.gui.app import make_app
    from memo_builder.gui.main_window import MainWindow
    from memo_builder.gui.recovery import RecoveryStore
    from tests.gui.fit import LAPTOP_SIZES, step_fit_problems

    app = make_app([sys.argv[0]])
    dialogs.make_non_interactive()
    window = MainWindow(store=RecoveryStore(folder / "recovery"))
    window.show()
    app.processEvents()
    window.load_file(example_memo_path())
    print(f"ratio {window.devicePixelRatioF()}", flush=True)
    for problem in step_fit_problems(window, LAPTOP_SIZES):
        print(problem, flush=True)
    window.doc.mark_saved()
    window.autosaver.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
