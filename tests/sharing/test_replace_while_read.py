"""Windows refuses to replace a file another process is reading (a colleague's build of the
memo on the share); a save waits the moment out instead of failing."""

from __future__ import annotations

import errno
import os

import pytest

from memo_builder.files import storage
from tests.sharing.memos import region_memo, write_region_memo


def test_a_save_retries_while_a_reader_holds_the_file(tmp_path, monkeypatch):
    memo_path = write_region_memo(tmp_path)
    real = os.replace
    refusals = []

    def busy_twice(src, dst):
        if len(refusals) < 2:
            refusals.append(dst)
            raise PermissionError(errno.EACCES, "The process cannot access the file", str(dst))
        return real(src, dst)

    monkeypatch.setattr(storage, "_RETRY_SHARING", True)
    monkeypatch.setattr(storage.os, "replace", busy_twice)
    monkeypatch.setattr(storage.time, "sleep", lambda _s: None)
    memo = region_memo()
    memo.case.diarienummer = "RVB 2031/0100"
    storage.save(memo, memo_path)
    assert len(refusals) == 2
    assert storage.load(memo_path).case.diarienummer == "RVB 2031/0100"


def test_a_file_that_stays_busy_is_one_message_and_the_old_file(tmp_path, monkeypatch):
    memo_path = write_region_memo(tmp_path)
    before = memo_path.read_bytes()

    def always_busy(src, dst):
        raise PermissionError(errno.EACCES, "The process cannot access the file", str(dst))

    monkeypatch.setattr(storage, "_RETRY_SHARING", True)
    monkeypatch.setattr(storage.os, "replace", always_busy)
    monkeypatch.setattr(storage.time, "sleep", lambda _s: None)
    with pytest.raises(storage.MemoFileError) as exc:
        storage.save(region_memo(), memo_path)
    assert "öppen i ett annat program" in str(exc.value)
    assert memo_path.read_bytes() == before
    assert not list(tmp_path.glob(".*.tmp"))
