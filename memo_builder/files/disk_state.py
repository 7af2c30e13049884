"""Has a file changed on disk since we last saw it? Size, time and content hash.

File-system notifications are unreliable on SMB shares, so the program compares instead: the
size and the modification time first (cheap), and the SHA-256 of the content when either
differs (a restored backup or a touch may change the time and not the content).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Fingerprint:
    size: int
    mtime_ns: int
    sha256: str

    @property
    def modified(self) -> datetime:
        return datetime.fromtimestamp(self.mtime_ns / 1e9)


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _hash_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


def fingerprint(path: Path) -> Fingerprint | None:
    """The file's fingerprint; None when it does not exist. Raises OSError when unreadable."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    return Fingerprint(info.st_size, info.st_mtime_ns, _hash_file(path))


@dataclass(frozen=True)
class Change:
    """How a file differs from a fingerprint: ``kind`` is "same", "changed", "missing" or
    "unreachable"; ``modified`` is when the file on disk was last written (if known)."""

    kind: str
    modified: datetime | None = None
    now: Fingerprint | None = None
    detail: str = ""

    @property
    def changed(self) -> bool:
        return self.kind in ("changed", "missing")


def compare(path: Path, seen: Fingerprint) -> Change:
    """Compare ``path`` with what was seen; never raises."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return Change("missing")
    except OSError as exc:
        return Change("unreachable", detail=exc.strerror or str(exc))
    modified = datetime.fromtimestamp(info.st_mtime)
    if info.st_size == seen.size and info.st_mtime_ns == seen.mtime_ns:
        return Change("same", modified, seen)
    try:
        now = Fingerprint(info.st_size, info.st_mtime_ns, _hash_file(path))
    except OSError as exc:
        return Change("unreachable", modified, detail=exc.strerror or str(exc))
    return Change("same" if now.sha256 == seen.sha256 else "changed", modified, now)
