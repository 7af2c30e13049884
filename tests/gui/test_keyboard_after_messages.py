"""Ctrl+S and Ctrl+Q work right after a message box closes (issue 23: after the workbook
export's message they did nothing until a menu was clicked). Real QMessageBoxes, closed by a
timer as a user would click OK; the shortcut is a real key press."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from memo_builder.gui import dialogs
from memo_builder.gui.steps import STEP_KEYS
from memo_builder.model.memo import CostLine, Memo, Option, SecrecyMark, SecretKind

# Taken when the module is imported, before the fixtures script the dialogs.
REAL_INFORM, REAL_ERROR, REAL_ASK = dialogs.inform, dialogs.error, dialogs.ask


def _click_ok_when_shown(qtbot) -> list[str]:
    seen: list[str] = []

    def close():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget.text())
                widget.accept()
                return
        QTimer.singleShot(20, close)

    QTimer.singleShot(20, close)
    return seen


def test_ctrl_s_works_after_the_workbook_exports_message(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(dialogs, "inform", REAL_INFORM)  # the real message box, not the script
    monkeypatch.setattr(dialogs, "error", REAL_ERROR)
    monkeypatch.setattr(dialogs, "ask", REAL_ASK)  # the export action's "skapat" message
    w = window
    line = CostLine(id="l1", description="Verksamhetssystem", unit_price=Decimal(1000), first_year=2027,
                    last_year=2028)
    memo = Memo(options=[Option(title="Förläng", cost_lines=[line])])
    memo.secrecy.marks = [SecrecyMark(kind=SecretKind.UNIT_PRICE, target="l1",
                                      ground="31 kap. 16 § OSL")]  # the export then informs
    w.doc.replace(memo, None)
    w.go_to(STEP_KEYS.index("costs"))
    costs = w.page_by_key("costs")
    monkeypatch.setattr(dialogs, "save_path", lambda *a: str(tmp_path / "kalkyl.xlsx"))
    seen = _click_ok_when_shown(qtbot)
    costs.export_excel.setFocus()
    qtbot.mouseClick(costs.export_excel, Qt.MouseButton.LeftButton)
    assert (tmp_path / "kalkyl.xlsx").is_file()
    assert seen and "sekretess" in seen[0]
    saved = []
    w.act_save.triggered.connect(lambda: saved.append(True))
    monkeypatch.setattr(dialogs, "save_path", lambda *a: "")  # Spara som: cancelled
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=3000)
    qtbot.keyClick(QApplication.focusWidget() or w, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier)
    assert saved, "Ctrl+S did nothing after the message"
