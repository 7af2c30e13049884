"""How a worker thread hands its result to the GUI thread without racing the window's end.

A bridge object owned by a window is deleted by the GUI thread when the window goes; a worker
that finishes just then would emit on an object being deleted, which crashes the process (seen
in the test suite under load). So there is one bridge for the whole application, made on the
GUI thread and never deleted. A worker emits ``(token, payload)`` on it; each receiver connects
its own slot (the connection goes when the receiver does) and takes only the results carrying
its own token (:func:`new_token`).
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QObject, Qt, Signal


class WorkerBridge(QObject):
    done = Signal(int, object)  # token, payload


_BRIDGE: WorkerBridge | None = None
_TOKENS = itertools.count(1)


def bridge() -> WorkerBridge:
    """The application's bridge (made on first use, on the GUI thread)."""
    global _BRIDGE
    if _BRIDGE is None:
        _BRIDGE = WorkerBridge()
    return _BRIDGE


def new_token() -> int:
    return next(_TOKENS)


def connect(slot) -> int:
    """Connect ``slot(token, payload)`` (a bound method of a QObject) queued to the bridge;
    returns the token this receiver's workers must emit with."""
    bridge().done.connect(slot, Qt.ConnectionType.QueuedConnection)
    return new_token()
