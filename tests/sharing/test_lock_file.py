"""The owner file beside a memo: taken once, refused to a second taker, stale when its process
is gone or it has not been refreshed, and every odd owner file explained in Swedish."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from memo_builder.files import lock
from tests.sharing.memos import write_region_memo


@pytest.fixture
def memo(tmp_path):
    return write_region_memo(tmp_path)


def test_one_taker_and_the_second_is_told_who_and_since_when(memo):
    held = lock.MemoLock.acquire(memo, "Eva Andersson")
    assert lock.lock_path(memo).exists()
    assert lock.lock_path(memo).parent == memo.parent  # beside the memo
    with pytest.raises(lock.LockBusy) as busy:
        lock.MemoLock.acquire(memo, "Per Holm")
    assert busy.value.holder.owner == "Eva Andersson"
    assert busy.value.stale == ""
    text = busy.value.holder.describe()
    assert "Eva Andersson" in text and " sedan " in text
    assert held.refresh()
    held.release()
    assert not lock.lock_path(memo).exists()
    lock.MemoLock.acquire(memo, "Per Holm").release()


def test_the_owner_is_the_login_name_without_my_details(memo, monkeypatch):
    monkeypatch.setattr(lock, "login_name", lambda: "pholm")
    held = lock.MemoLock.acquire(memo, "")
    assert lock.read_holder(memo).owner == "pholm"
    held.release()


def test_release_never_removes_someone_elses_lock(memo):
    mine = lock.MemoLock.acquire(memo, "A")
    holder = lock.read_holder(memo)
    lock.lock_path(memo).unlink()
    theirs = lock.MemoLock.acquire(memo, "B")
    assert not mine.refresh()  # lost: told, not silently refreshed
    mine.release()
    assert lock.read_holder(memo).owner == "B"
    theirs.release()
    assert holder.owner == "A"


def test_a_lock_not_refreshed_for_minutes_is_stale(memo):
    held = lock.MemoLock.acquire(memo, "Eva")
    old = time.time() - lock.STALE_SECONDS - 60
    os.utime(lock.lock_path(memo), (old, old))
    holder, stale = lock.inspect(memo)
    assert "inte förnyats" in stale
    # Refreshing makes it fresh again.
    assert held.refresh()
    assert lock.inspect(memo)[1] == ""
    held.release()


def test_kill_9_of_the_holder_leaves_a_stale_lock_that_can_be_taken_over(memo):
    code = ("import sys, time; from pathlib import Path; from memo_builder.files import lock; "
            "lock.MemoLock.acquire(Path(sys.argv[1]), 'Kalle Krasch'); print('held', flush=True); "
            "time.sleep(600)")
    proc = subprocess.Popen([sys.executable, "-c", code, str(memo)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "held"
        with pytest.raises(lock.LockBusy) as busy:
            lock.MemoLock.acquire(memo, "Ny")
        assert busy.value.stale == ""  # alive: held
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        with pytest.raises(lock.LockBusy) as busy:
            lock.MemoLock.acquire(memo, "Ny")
        assert "körs inte längre" in busy.value.stale
        mine = lock.MemoLock.acquire(memo, "Ny", take_over=busy.value.holder)
        assert lock.read_holder(memo).owner == "Ny"
        mine.release()
        assert not list(memo.parent.glob("*.stale"))
    finally:
        proc.kill()
        proc.wait()


def test_take_over_never_removes_a_lock_renewed_meanwhile(memo):
    first = lock.MemoLock.acquire(memo, "Gammal")
    seen = lock.read_holder(memo)
    first.release()
    second = lock.MemoLock.acquire(memo, "Snabbare")  # someone else took it first
    with pytest.raises(lock.LockBusy) as busy:
        lock.MemoLock.acquire(memo, "Jag", take_over=seen)
    assert busy.value.holder.owner == "Snabbare"
    second.release()


@pytest.mark.parametrize("content, words", [
    (b"", "tom"),
    (b'{"format": "memo-builder/lock", "version": 1, "own', "ofullständig"),
    (b"\xff\xfe garbage", "ofullständig"),
    (b'["a list"]', "inte en låsfil"),
])
def test_a_damaged_owner_file_is_explained_and_goes_stale_soon(memo, content, words):
    path = lock.lock_path(memo)
    path.write_bytes(content)
    with pytest.raises(lock.LockBusy) as busy:
        lock.MemoLock.acquire(memo, "Jag")
    assert words in busy.value.holder.damage
    assert "går inte att läsa" in str(busy.value)
    assert busy.value.stale == ""  # could be a lock being written right now
    old = time.time() - lock.DAMAGED_GRACE_SECONDS - 5
    os.utime(path, (old, old))
    with pytest.raises(lock.LockBusy) as busy:
        lock.MemoLock.acquire(memo, "Jag")
    assert "skadad" in busy.value.stale
    lock.MemoLock.acquire(memo, "Jag", take_over=busy.value.holder).release()
    assert memo.exists()


def test_a_newer_versions_lock_is_respected(memo):
    lock.lock_path(memo).write_text(json.dumps({
        "format": "memo-builder/lock", "version": 7, "owner": "Framtida Användare",
        "host": "annan-dator", "pid": 1234, "since": "2031-03-04T09:14:00+01:00"}))
    with pytest.raises(lock.LockBusy) as busy:
        lock.MemoLock.acquire(memo, "Jag")
    assert busy.value.stale == ""
    assert "Framtida Användare" in str(busy.value) and "annan-dator" in str(busy.value)


def test_odd_characters_in_a_name_are_shown_harmlessly(memo):
    lock.lock_path(memo).write_text(json.dumps({
        "format": "memo-builder/lock", "version": 1,
        "owner": "Eva\u202e\nAndersson\x00\x1b[31m" + "x" * 500, "host": "h\tost", "pid": 1}),
        encoding="utf-8")
    holder = lock.read_holder(memo)
    assert "\u202e" not in holder.owner and "\n" not in holder.owner and "\x1b" not in holder.owner
    assert len(holder.owner) <= lock.MAX_NAME_CHARS
    assert holder.owner.startswith("Eva Andersson")


def test_a_folder_where_the_lock_should_be(memo):
    lock.lock_path(memo).mkdir()
    with pytest.raises(lock.LockUnavailable) as exc:
        lock.MemoLock.acquire(memo, "Jag")
    assert "mapp" in str(exc.value) and "IT" in str(exc.value)


def read_only_folder(folder, monkeypatch):
    """Make ``folder`` one where files may be read but not created: by its mode, or (running
    as root, where modes do not bind) by refusing creation the way the kernel would."""
    if os.name == "posix" and os.geteuid() != 0:
        os.chmod(folder, 0o555)
        return lambda: os.chmod(folder, 0o755)
    import errno

    real_open = os.open

    def refuse(path, flags, *args, **kwargs):
        if os.fspath(path).startswith(os.fspath(folder)) and flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    return lambda: monkeypatch.setattr(os, "open", real_open)


def test_a_folder_where_one_may_read_but_not_create(memo, monkeypatch):
    restore = read_only_folder(memo.parent, monkeypatch)
    try:
        with pytest.raises(lock.LockUnavailable) as exc:
            lock.MemoLock.acquire(memo, "Jag")
        assert "skrivskyddat" in str(exc.value) and "Spara som" in str(exc.value)
    finally:
        restore()
    assert memo.exists()
