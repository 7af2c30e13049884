"""Autosave and crash recovery.

Every session writes its unsaved memo to ``recovery_dir()/<session>.memo`` (atomically) with a
small JSON sidecar naming the original file, and holds ``<session>.lock`` (a QLockFile, which
records the PID and detects a dead owner) for as long as it runs. At start-up, recovery files
whose lock can be taken belong to a session that is gone: those are offered back.

The functions here are plain (no widgets), so tests drive them directly; the window only wires
them to a timer and a question.
"""

from __future__ import annotations

import errno
import json
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from memo_builder.files import storage
from memo_builder.files.settings import recovery_dir
from memo_builder.gui.document import MemoDocument
from memo_builder.model.memo import Memo

AUTOSAVE_MS = 2000


def recovery_folder() -> Path:
    return recovery_dir()


def _lock(folder: Path, session: str) -> QLockFile:
    lock = QLockFile(str(folder / f"{session}.lock"))
    lock.setStaleLockTime(0)  # stale only when the owning process is gone, never by age
    return lock


class RecoveryStore:
    """This session's recovery file. Creating it takes the session lock."""

    def __init__(self, folder: Path | None = None, session: str | None = None) -> None:
        self.folder = Path(folder) if folder else recovery_folder()
        self.session = session or f"{datetime.now():%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:8]}"
        self.lock: QLockFile | None = None

    @property
    def memo_path(self) -> Path:
        return self.folder / f"{self.session}.memo"

    @property
    def info_path(self) -> Path:
        return self.folder / f"{self.session}.json"

    def _ensure_lock(self) -> None:
        if self.lock is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            self.lock = _lock(self.folder, self.session)
            self.lock.tryLock(0)

    def write(self, memo: Memo, original: Path | None) -> None:
        """Write the memo and its sidecar. Raises OSError/MemoFileError on a full or bad disk."""
        self._ensure_lock()
        storage.save(memo, self.memo_path)
        info = {
            "original": str(original) if original else None,
            "title": memo.case.title,
            "saved_at": datetime.now().isoformat(timespec="seconds"),
            "pid": os.getpid(),
        }
        storage.write_atomic(self.info_path, json.dumps(info, ensure_ascii=False).encode("utf-8"))

    def exists(self) -> bool:
        return self.memo_path.exists()

    def discard(self) -> None:
        """The memo was saved or deliberately thrown away: no recovery file is needed."""
        for p in (self.memo_path, self.info_path):
            try:
                p.unlink()
            except FileNotFoundError:
                pass
            except OSError:
                pass

    def close(self) -> None:
        self.discard()
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None


@dataclass
class Orphan:
    """Recovery files left by a session that is no longer running (we hold its lock)."""

    session: str
    memo_path: Path
    info_path: Path
    original: Path | None
    title: str
    saved_at: str
    lock: QLockFile = field(repr=False)

    def load(self) -> Memo:
        return storage.load(self.memo_path)

    def discard(self) -> None:
        for p in (self.memo_path, self.info_path):
            try:
                p.unlink()
            except OSError:
                pass
        self.release()

    def release(self) -> None:
        """Leave the files for a later start (unlock and remove the lock file)."""
        self.lock.unlock()


def find_orphans(folder: Path | None = None) -> list[Orphan]:
    """Recovery files whose session is gone, newest first. Their locks are held until
    :meth:`Orphan.discard` or :meth:`Orphan.release`."""
    folder = Path(folder) if folder else recovery_folder()
    if not folder.is_dir():
        return []
    found: list[Orphan] = []
    for memo_path in sorted(folder.glob("*.memo")):
        session = memo_path.stem
        lock = _lock(folder, session)
        if not lock.tryLock(0):
            continue  # a running session owns it
        info_path = folder / f"{session}.json"
        try:
            info = json.loads(info_path.read_text(encoding="utf-8"))
            if not isinstance(info, dict):
                info = {}
        except (OSError, ValueError):
            info = {}
        original = info.get("original")
        saved_at = info.get("saved_at") or datetime.fromtimestamp(
            memo_path.stat().st_mtime
        ).isoformat(timespec="seconds")
        found.append(
            Orphan(
                session=session,
                memo_path=memo_path,
                info_path=info_path,
                original=Path(original) if isinstance(original, str) and original else None,
                title=str(info.get("title") or ""),
                saved_at=str(saved_at),
                lock=lock,
            )
        )
    found.sort(key=lambda o: o.saved_at, reverse=True)
    return found


def _os_error(exc: BaseException) -> OSError | None:
    """The OSError behind ``exc`` (storage raises MemoFileError ``from None`` but keeps the
    original as ``__context__``)."""
    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, OSError):
            return exc
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return None


class Autosaver(QObject):
    """Writes the memo to the recovery file a short while after each edit.

    A failed write is never a dialog (it would interrupt typing): ``last_error`` holds a short
    Swedish reason and ``statusChanged`` tells the window, which keeps a warning in the status
    bar until a write succeeds again (or nothing unsaved is left to protect).
    """

    #: The reason autosave is failing, or "" when the unsaved work is protected again.
    statusChanged = Signal(str)
    #: The recovery file was written.
    written = Signal()

    def __init__(self, doc: MemoDocument, store: RecoveryStore | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.store = store or RecoveryStore()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_now)
        self.last_error = ""
        #: The full technical message of the last failure (for the tooltip).
        self.last_detail = ""
        #: Called before each write, e.g. to commit a cell that is being edited.
        self.before_write: Callable[[], object] | None = None
        doc.changed.connect(lambda *_: self.timer.start())
        doc.replaced.connect(self.timer.start)

    def save_now(self) -> bool:
        """Write the recovery file now. True when the unsaved work is on disk (or there is none)."""
        self.timer.stop()
        if self.before_write is not None:
            self.before_write()
            self.timer.stop()  # what it committed is written right here
        if not self.doc.is_modified():
            self.store.discard()
            self._set_error("", "")
            return True
        try:
            self.store.write(self.doc.memo, self.doc.path)
        except (OSError, storage.MemoFileError) as exc:
            self._set_error(self.describe(exc), str(exc))
            return False
        self._set_error("", "")
        self.written.emit()
        return True

    def describe(self, exc: BaseException) -> str:
        """A short Swedish reason, e.g. "disken är full"."""
        os_error = _os_error(exc)
        code = getattr(os_error, "errno", None)
        folder = str(self.store.folder)
        if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return self.tr("disken är full")
        if code == errno.EROFS:
            return self.tr("disken med mappen {folder} är skrivskyddad").format(folder=folder)
        if isinstance(os_error, PermissionError) or code in (errno.EACCES, errno.EPERM):
            return self.tr("programmet får inte skriva i mappen {folder}").format(folder=folder)
        if isinstance(os_error, (FileNotFoundError, NotADirectoryError, FileExistsError)):
            return self.tr("mappen {folder} finns inte eller kan inte skapas").format(folder=folder)
        if os_error is not None and os_error.strerror:
            return os_error.strerror
        return str(exc).rstrip(".") or type(exc).__name__

    def _set_error(self, reason: str, detail: str) -> None:
        self.last_detail = detail
        if reason != self.last_error:
            self.last_error = reason
            self.statusChanged.emit(reason)

    def saved(self) -> None:
        """The user saved (or deliberately threw the changes away): drop the recovery copy."""
        self.timer.stop()
        self.store.discard()
        self._set_error("", "")

    def close(self) -> None:
        self.timer.stop()
        self.store.close()


def keep_edits(memo: Memo, original: Path | None, recovery: Path) -> Path | None:
    """Keep the window's version of a memo before it is replaced by the one on disk: a copy in
    the recovery folder's (``recovery``) ``behållna`` folder, named after the file and the time. Returns
    where, or None when even that could not be written."""
    folder = recovery / "behållna"
    stem = original.stem if original is not None else "ärende"
    target = folder / f"{stem} – dina ändringar {datetime.now():%Y-%m-%d %H.%M.%S}.memo"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        storage.save(memo, target)
    except (OSError, storage.MemoFileError):
        return None
    return target
