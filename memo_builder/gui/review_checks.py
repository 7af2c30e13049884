"""The review step's accessibility check of the document it is about to export, off the GUI
thread: build the Word file in memory exactly as "Skapa skrivelse" would (a draft while the memo
has errors) and run ``memo_builder.publish.accessibility`` on it. Requests are debounced and only the
newest answer is shown.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal

from memo_builder.errors import UserError
from memo_builder.gui import worker_bridge
from memo_builder.publish.accessibility import check_bytes
from memo_builder.publish.request import ExportRequest

DEBOUNCE_MS = 800


class AccessibilityCheck(QObject):
    #: (findings, error line): the newest request's answer.
    finished = Signal(list, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._token = worker_bridge.connect(self._done)
        self._number = 0
        self._request = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)
        self.running = False

    def request(self, analysis, profile, draft: bool, now: bool = False) -> None:
        """Check the document of ``analysis``'s revision (its snapshot: nobody edits it, so the
        worker builds from it with the same analysis, never analysing it again)."""
        self._request = (analysis, profile, draft)
        if now:
            self._start()
        else:
            self._timer.start()

    def _start(self) -> None:
        if self._request is None:
            return
        self._number += 1
        number, (analysis, profile, draft) = self._number, self._request
        self._request = None
        self.running = True
        threading.Thread(target=self._run, args=(number, analysis, profile, draft),
                         name="accessibility", daemon=True).start()

    def _run(self, number, analysis, profile, draft) -> None:
        findings, error = [], ""
        try:
            # Lazy on purpose (PLC0415 allow-list): the export service loads with the first
            # check, not at start-up (gui/export_action.py).
            from memo_builder.publish.service import export  # noqa: PLC0415

            data = export(analysis.memo, profile=profile, analysis=analysis,
                          request=ExportRequest(draft=draft)).data
            findings = check_bytes(data, "Skrivelsen")
        except UserError as exc:
            error = str(exc)
        except Exception as exc:  # noqa: BLE001 - shown as a line, never a traceback
            error = f"Tillgänglighetskontrollen misslyckades ({type(exc).__name__})."
        try:
            worker_bridge.bridge().done.emit(self._token, (number, findings, error))
        except RuntimeError:  # the application is ending
            pass

    def _done(self, token: int, payload) -> None:
        if token != self._token:
            return  # another window's check
        number, findings, error = payload
        if number != self._number:
            return  # a newer request is on its way
        self.running = False
        self.finished.emit(findings, error)
