"""Run as its own process (``python -m tests.gui.fit_at_ratio``) on a laptop's screen: Qt's
offscreen platform given a screen of the laptop's size (``screen_config``) and QT_SCALE_FACTOR
for its device pixel ratio. The window opens as a user's would, then every step at the laptop
sizes, and the dialogs. Prints the ratio and the screen, then one problem a line."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication


def screen_config(folder: Path, ratio: float, width: int = 1280, height: int = 650) -> str:
    """QT_QPA_PLATFORM for an offscreen screen of ``width`` x ``height`` logical pixels at
    ``ratio`` (the config gives device pixels; QT_SCALE_FACTOR divides them again)."""
    import json

    path = folder / "screen.json"
    path.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": round(width * ratio), "height": round(height * ratio),
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    return f"offscreen:configfile={path}"


def _dialog_problems(window, area) -> list[str]:
    from memo_builder.files.xlsx_import import ImportDefaults, read_sheet
    from memo_builder.gui.excel_import_dialog import ImportDialog
    from memo_builder.gui.organisation_actions import MyDetailsDialog
    from tests.excel import workbooks

    folder = Path(tempfile.mkdtemp(prefix="memo-builder-fit-xlsx-"))
    sheet = read_sheet(workbooks.swedish_row3_merged(folder / "kalkyl.xlsx"))
    memo = window.doc.memo
    made = [ImportDialog(folder / "kalkyl.xlsx", sheet,
                         ImportDefaults.for_memo(memo, memo.options[0]), "Alternativ 1", window),
            MyDetailsDialog(window)]
    problems = []
    for dialog in made:
        dialog.show()
        QApplication.processEvents()
        hint = dialog.minimumSizeHint()
        if dialog.width() > area.width() or dialog.height() > area.height():
            problems.append(f"{type(dialog).__name__} opens at {dialog.width()}x{dialog.height()}")
        if hint.width() > area.width() or hint.height() > area.height():
            problems.append(f"{type(dialog).__name__} needs {hint.width()}x{hint.height()}")
        dialog.close()
    return problems


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["MEMO_BUILDER_SPELLING"] = "0"
    folder = Path(tempfile.mkdtemp(prefix="memo-builder-fit-"))
    os.environ["MEMO_BUILDER_CONFIG_DIR"] = str(folder / "config")
    os.environ["MEMO_BUILDER_DATA_DIR"] = str(folder / "data")
    from PySide6.QtWidgets import QApplication  # noqa: F401 - used by the helpers above

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
    area = window.screen().availableGeometry()
    print(f"ratio {window.devicePixelRatioF()} screen {area.width()}x{area.height()}", flush=True)
    if not area.contains(window.frameGeometry()):
        print(f"the window opens at {window.frameGeometry()}, off the screen {area}", flush=True)
    for problem in step_fit_problems(window, [(window.width(), window.height()), *LAPTOP_SIZES]):
        print(problem, flush=True)
    for problem in _dialog_problems(window, area):
        print(problem, flush=True)
    window.doc.mark_saved()
    window.autosaver.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
