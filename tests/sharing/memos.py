"""Memos of the sharing tests' own: a region, not the shipped municipality example."""

from __future__ import annotations

import os
from pathlib import Path

from memo_builder.files import storage
from memo_builder.files.paths import example_memo_path


def region_memo():
    memo = storage.load(example_memo_path())
    memo.case.organisation = "Region Västerbotten"
    memo.case.administration = "Regionservice"
    memo.case.diarienummer = "RVB 2031/0412"
    memo.case.officer.name = "Åsa Nyström"
    return memo


def write_region_memo(folder: Path, name: str = "Avtal journalsystem.memo") -> Path:
    path = folder / name
    storage.save(region_memo(), path)
    return path


def lock_as_colleague(memo: Path, owner: str, login: str = "eand01"):
    """Take ``memo``'s lock as another person (another login) on this computer would."""
    from memo_builder.files import lock

    real = lock.login_name
    lock.login_name = lambda: login
    try:
        return lock.MemoLock.acquire(memo, owner)
    finally:
        lock.login_name = real


def later(path: Path, seconds: int = 2) -> None:
    """Give ``path`` a modification time ``seconds`` after its own: what another program's
    later save looks like, whatever the clock's or the file system's resolution (in place of
    a short sleep before the write, which a coarse file time does not always see)."""
    mtime = path.stat().st_mtime_ns + seconds * 1_000_000_000
    os.utime(path, ns=(mtime, mtime))
