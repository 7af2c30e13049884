"""Faults while saving and exporting: SIGKILL mid-save, disk full, no permission, a folder
where the file should be, a missing folder.

Every fault must leave the previous file intact, give one clear Swedish message, leave the memo
in memory unchanged and no temp file behind, and a retry must work once the fault is gone.
Tests run as root in CI, so permissions are simulated by patching the OS calls, not by chmod.
"""

from __future__ import annotations

import copy
import errno
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import docx
import pytest

from memo_builder import cli
from memo_builder.files import storage
from memo_builder.files.paths import example_memo_path
from memo_builder.model.memo import Memo

from .settings import KILL_RUNS


def _memo(marker: str, size: int) -> Memo:
    memo = storage.load(example_memo_path())
    memo.case.title = f"Version {marker}"
    memo.background = (f"{marker} – bakgrund med å, ä och ö. " * (size // 30 + 1))[:size]
    return memo


# -- SIGKILL at random moments during save ---------------------------------------------------

CHILD = textwrap.dedent(
    """
    import sys
    from memo_builder.files import storage
    path, a, b = sys.argv[1:4]
    memos = [storage.load(a), storage.load(b)]
    storage.save(memos[0], path)
    print("ready", flush=True)
    i = 1
    while True:
        storage.save(memos[i % 2], path)
        i += 1
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="kräver POSIX-signaler")
def test_sigkill_during_save_leaves_one_whole_version(tmp_path):
    a, b = _memo("A", 1_500_000), _memo("B", 800_000)  # different sizes: a torn write shows
    storage.save(a, tmp_path / "a.src")
    storage.save(b, tmp_path / "b.src")
    versions = {"A": storage.load(tmp_path / "a.src"), "B": storage.load(tmp_path / "b.src")}
    # A fixed seed, so a failure can be run again as it was (the kill moments are real time,
    # the sequence of them is not); MEMO_KILL_SEED explores other sequences.
    seed = int(os.environ.get("MEMO_KILL_SEED", "424242"))
    rng = random.Random(seed)
    target = tmp_path / "work" / "case.memo"
    target.parent.mkdir()
    survived, torn_temp_files, seen = 0, 0, set()
    for _ in range(KILL_RUNS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(target), str(tmp_path / "a.src"), str(tmp_path / "b.src")],
            stdout=subprocess.PIPE,
        )
        try:
            assert child.stdout.readline().strip() == b"ready"
            time.sleep(rng.uniform(0, 0.25))
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()
            child.stdout.close()
        assert child.returncode == -signal.SIGKILL
        loaded = storage.load(target)  # raises if the file is torn
        match = [k for k, v in versions.items() if loaded == v]
        assert match, f"seed {seed}: the file is neither version"
        seen.add(match[0])
        survived += 1
        leftovers = list(target.parent.glob(".case.memo.*.tmp"))
        torn_temp_files += len(leftovers)
        for p in leftovers:  # a kill inside write_atomic leaves its temp file; never the target
            p.unlink()
    print(f"\nSIGKILL during save: {survived}/{KILL_RUNS} kills survived (seed {seed}); "
          f"{torn_temp_files} landed mid-write; versions seen: {sorted(seen)}")
    assert survived == KILL_RUNS


# -- disk full, no permission, folder in the way, folder missing ------------------------------


def _enospc(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def _eacces(*args, **kwargs):
    raise PermissionError(errno.EACCES, "Permission denied")


def _erofs(*args, **kwargs):
    raise OSError(errno.EROFS, "Read-only file system")


# (what to patch, replacement, words in the message)
FAULTS = {
    "disk-full-at-fsync": ("os.fsync", _enospc, ["disken är full"]),
    "disk-full-at-create": ("tempfile.mkstemp", _enospc, ["disken är full"]),
    "no-permission-to-create": ("tempfile.mkstemp", _eacces, ["skrivskyddad"]),
    "read-only-file-system": ("tempfile.mkstemp", _erofs, ["skrivskyddad"]),
    "file-locked-by-word": ("os.replace", _eacces, ["öppen i ett annat program", "Word"]),
}


def _temp_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_save_fault(tmp_path, monkeypatch, fault):
    target = tmp_path / "case.memo"
    storage.save(_memo("old", 1000), target)
    old_bytes = target.read_bytes()
    memo = _memo("new", 5000)
    snapshot = copy.deepcopy(memo)
    name, replacement, words = FAULTS[fault]
    monkeypatch.setattr(name, replacement)
    with pytest.raises(storage.MemoFileError) as info:
        storage.save(memo, target)
    monkeypatch.undo()
    message = str(info.value)
    assert "case.memo" in message and all(w in message for w in words), message
    assert memo == snapshot  # nothing entered is lost
    assert target.read_bytes() == old_bytes  # the previous file is intact
    assert _temp_files(tmp_path) == []
    storage.save(memo, target)  # retry once the fault is gone
    assert storage.load(target) == snapshot


def test_save_onto_a_folder(tmp_path):
    target = tmp_path / "case.memo"
    target.mkdir()
    memo = _memo("new", 100)
    with pytest.raises(storage.MemoFileError) as info:
        storage.save(memo, target)
    assert "case.memo" in str(info.value) and "mapp" in str(info.value)
    assert _temp_files(tmp_path) == [] and list(target.iterdir()) == []
    storage.save(memo, tmp_path / "case2.memo")
    assert storage.load(tmp_path / "case2.memo") == memo


def test_save_into_missing_folder(tmp_path):
    target = tmp_path / "saknas" / "case.memo"
    with pytest.raises(storage.MemoFileError) as info:
        storage.save(_memo("new", 100), target)
    assert "saknas" in str(info.value) and "finns inte" in str(info.value)
    assert not target.parent.exists()


def test_save_keeps_permissions(tmp_path):
    """The temp file is private (0600); the saved file must not be, or a colleague on a shared
    folder can no longer open it."""
    umask = os.umask(0)
    os.umask(umask)
    target = tmp_path / "case.memo"
    storage.save(_memo("a", 10), target)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
    os.chmod(target, 0o640)
    storage.save(_memo("b", 10), target)
    assert target.stat().st_mode & 0o777 == 0o640


# -- the same faults when exporting the Word file (CLI build -> write_output) -----------------


@pytest.fixture
def memo_file(tmp_path):
    path = tmp_path / "case.memo"
    storage.save(_memo("export", 500), path)
    return path


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_export_fault(tmp_path, monkeypatch, capsys, memo_file, fault):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "case.docx"
    target.write_bytes(b"previous export")
    source_before = memo_file.read_bytes()
    name, replacement, words = FAULTS[fault]
    monkeypatch.setattr(name, replacement)
    code = cli.main(["build", str(memo_file), "-o", str(target), "-q"])
    monkeypatch.undo()
    err = capsys.readouterr().err
    assert code == cli.EXIT_INPUT, err
    assert err.startswith("Fel: ") and "case.docx" in err and "Traceback" not in err
    assert all(w in err for w in words), err
    assert target.read_bytes() == b"previous export"
    assert _temp_files(out_dir) == []
    assert memo_file.read_bytes() == source_before
    assert cli.main(["build", str(memo_file), "-o", str(target), "-q"]) == cli.EXIT_OK
    assert any("Version export" in p.text for p in docx.Document(str(target)).paragraphs)


@pytest.mark.parametrize("case", ["folder", "missing-parent"])
def test_export_target_problems(tmp_path, capsys, memo_file, case):
    out = tmp_path / "out"
    if case == "folder":
        out.mkdir()
        target, words = out, ["är en mapp"]
    else:
        target, words = out / "saknas" / "case.docx", ["finns inte"]
    code = cli.main(["build", str(memo_file), "-o", str(target)])
    err = capsys.readouterr().err
    assert code == cli.EXIT_INPUT and err.startswith("Fel: ")
    assert all(w in err for w in words) and "Traceback" not in err
    assert not (out / "saknas").exists()
    if case == "folder":
        assert list(out.iterdir()) == []


def test_next_save_removes_temp_files_left_by_a_crash(tmp_path):
    target = tmp_path / "case.memo"
    stale = tmp_path / ".case.memo.abc123.tmp"  # what a save killed mid-write leaves
    fresh = tmp_path / ".case.memo.def456.tmp"  # maybe another save still writing
    other = tmp_path / ".annat.memo.abc123.tmp"
    for p in (stale, fresh, other):
        p.write_bytes(b"{half a memo")
    old = time.time() - storage.STALE_TEMP_SECONDS - 60
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    storage.save(_memo("a", 10), target)
    assert not stale.exists()
    assert fresh.exists() and other.exists()
