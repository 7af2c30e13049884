"""Autosave and recovery: a killed process loses at most a few seconds of typing."""

from __future__ import annotations

import errno
import os
import select
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from memo_builder.files import storage
from memo_builder.files.paths import example_memo_path
from memo_builder.gui.recovery import RecoveryStore, find_orphans
from tests.gui.helpers import type_into

ROOT = Path(__file__).resolve().parents[2]

DRIVER = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    from PySide6.QtCore import QTimer

    from memo_builder.gui.app import make_app

    app = make_app()
    from memo_builder.gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    window.load_file(Path(sys.argv[1]))
    # An edit exactly as a field makes it: through the document's undo stack.
    window.doc.set(window.doc.memo.case, "title", sys.argv[2])
    print("EDITED", flush=True)

    def report():
        if window.autosaver.store.memo_path.exists():
            print("AUTOSAVED", window.autosaver.store.memo_path, flush=True)
            timer.stop()

    timer = QTimer()
    timer.timeout.connect(report)
    timer.start(100)
    app.exec()
    """
)


def _read_until(proc: subprocess.Popen, marker: str, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], 0.5)
        if ready:
            line = proc.stdout.readline()
            if line.startswith(marker):
                return line
            if not line and proc.poll() is not None:
                break
    raise AssertionError(f"{marker} not seen; stderr: {proc.stderr.read() if proc.poll() is not None else ''}")


def test_recovery_after_kill_9(tmp_path, window, answers):
    data = tmp_path / "data-killed"
    memo_file = tmp_path / "arende.memo"
    memo_file.write_bytes(example_memo_path().read_bytes())
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MEMO_BUILDER_DATA_DIR=str(data),
               MEMO_BUILDER_CONFIG_DIR=str(tmp_path / "config-killed"),
               PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    edited = "Rubrik ändrad strax före kraschen"
    proc = subprocess.Popen([sys.executable, str(driver), str(memo_file), edited], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    try:
        _read_until(proc, "EDITED")
        _read_until(proc, "AUTOSAVED", timeout=30)
        folder = data / "recovery"
        # While the session runs, its lock protects the file from being "recovered" by others.
        assert find_orphans(folder) == []
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdout.close()
        proc.stderr.close()
    assert storage.load(memo_file).case.title != edited  # the file itself was never saved

    # Next start: the window offers the edit back.
    window.autosaver.store = RecoveryStore(folder)
    answers.replies["Återställ osparade ändringar"] = ["restore"]
    assert window.offer_recovery()
    question = next(a for a in answers.asked if a[0] == "Återställ osparade ändringar")
    assert edited in question[1] and "arende.memo" in question[1]
    assert window.doc.memo.case.title == edited
    assert window.doc.path == memo_file.resolve()
    assert window.isWindowModified()
    assert window.page(0).title_edit.text() == edited
    # the orphan is gone; this session now holds its own copy
    leftovers = {p.name for p in folder.iterdir()}
    assert not [n for n in leftovers if n.endswith(".memo") and
                not n.startswith(window.autosaver.store.session)]
    assert window.autosaver.store.memo_path.exists()
    # saving removes the recovery copy
    assert window.save()
    assert not window.autosaver.store.memo_path.exists()
    assert storage.load(memo_file).case.title == edited


def test_orphans_can_be_discarded_or_kept(tmp_path):
    folder = tmp_path / "rec"
    old = RecoveryStore(folder, session="20240101-000000-aaaa")
    memo = storage.load(example_memo_path())
    old.write(memo, None)
    old.lock.unlock()  # the "crashed" session no longer holds its lock
    found = find_orphans(folder)
    assert [o.session for o in found] == ["20240101-000000-aaaa"]
    assert found[0].original is None
    # while we hold it, another instance does not see it
    assert find_orphans(folder) == []
    found[0].release()
    again = find_orphans(folder)
    assert len(again) == 1
    again[0].discard()
    assert find_orphans(folder) == []
    assert not any(folder.glob("*.memo"))


def test_autosave_writes_within_seconds_and_save_removes_it(window, qtbot, answers, tmp_path):
    type_into(qtbot, window.page(0).title_edit, "Autosparat")
    store = window.autosaver.store
    qtbot.waitUntil(store.memo_path.exists, timeout=6000)
    assert storage.load(store.memo_path).case.title == "Autosparat"
    info = store.info_path.read_text(encoding="utf-8")
    assert '"original": null' in info
    answers.save_paths.append(str(tmp_path / "a.memo"))
    assert window.save()
    assert not store.memo_path.exists()


def _failing_recovery_writes(monkeypatch, folder: Path, error: int = errno.ENOSPC):
    """Writes into the recovery folder fail (a full disk); other writes work. Returns undo."""
    real = storage.write_atomic

    def write(path, data):
        if Path(path).parent == Path(folder):
            raise OSError(error, os.strerror(error), str(path))
        return real(path, data)

    monkeypatch.setattr(storage, "write_atomic", write)
    return lambda: monkeypatch.setattr(storage, "write_atomic", real)


def test_failing_autosave_warns_in_the_status_bar_until_a_write_works(window, qtbot, monkeypatch):
    w = window
    restore = _failing_recovery_writes(monkeypatch, w.autosaver.store.folder)
    label = w.autosave_label
    assert not label.isVisible()
    type_into(qtbot, w.page(0).title_edit, "Viktigt ärende")
    qtbot.waitUntil(label.isVisible, timeout=6000)  # the ordinary autosave timer
    assert label.text() == ("Autosparningen misslyckades: disken är full. "
                            "Spara ärendet, gärna på en annan plats.")
    assert "skyddas inte" in label.toolTip()
    assert not w.autosaver.store.memo_path.exists()
    # it is a permanent status-bar widget: a passing hint does not hide it
    w.show_hint("Sparade något annat")
    assert label.isVisible() and w.statusBar().currentMessage() == "Sparade något annat"
    # more typing, still failing: the warning stays
    type_into(qtbot, w.page(0).title_edit, " om e-post")
    w.autosaver.save_now()
    assert label.isVisible()

    restore()
    w.autosaver.save_now()
    assert w.autosaver.last_error == ""
    assert not label.isVisible()
    assert storage.load(w.autosaver.store.memo_path).case.title == "Viktigt ärende om e-post"


def test_autosave_warning_names_a_folder_without_permission(window, qtbot, monkeypatch):
    w = window
    _failing_recovery_writes(monkeypatch, w.autosaver.store.folder, errno.EACCES)
    type_into(qtbot, w.page(0).title_edit, "Skyddat")
    w.autosaver.save_now()
    assert w.autosave_label.isVisible()
    assert "får inte skriva i mappen" in w.autosave_label.text()
    assert str(w.autosaver.store.folder) in w.autosave_label.text()


def test_restored_recovery_file_is_kept_until_this_session_has_autosaved(
        tmp_path, window, answers, monkeypatch):
    folder = tmp_path / "rec-crashed"
    crashed = RecoveryStore(folder, session="20240101-000000-aaaa")
    memo = storage.load(example_memo_path())
    memo.case.title = "Arbete från kraschen"
    crashed.write(memo, None)
    crashed.lock.unlock()  # the crashed session is gone

    window.autosaver.store = RecoveryStore(folder)
    restore = _failing_recovery_writes(monkeypatch, folder)
    answers.replies["Återställ osparade ändringar"] = ["restore"]
    assert window.offer_recovery()
    assert window.doc.memo.case.title == "Arbete från kraschen"
    # our own copy could not be written, so the crashed session's copy must stay...
    assert window.autosaver.last_error
    assert not window.autosaver.store.exists()
    assert crashed.memo_path.exists() and crashed.info_path.exists()
    assert storage.load(crashed.memo_path).case.title == "Arbete från kraschen"
    assert window.autosave_label.isVisible()
    # ...held by us while we run (no second instance restores it too)
    assert find_orphans(folder) == []

    # once an autosave works, the old copy is no longer needed
    restore()
    window.autosaver.save_now()
    assert window.autosaver.store.exists()
    assert not crashed.memo_path.exists() and not crashed.info_path.exists()
    assert not window.autosave_label.isVisible()


def test_kept_recovery_file_is_offered_again_after_a_second_crash(tmp_path, window, answers, monkeypatch):
    folder = tmp_path / "rec-twice"
    crashed = RecoveryStore(folder, session="20240101-000000-bbbb")
    memo = storage.load(example_memo_path())
    memo.case.title = "Två krascher"
    crashed.write(memo, None)
    crashed.lock.unlock()

    window.autosaver.store = RecoveryStore(folder)
    _failing_recovery_writes(monkeypatch, folder)
    answers.replies["Återställ osparade ändringar"] = ["restore"]
    assert window.offer_recovery()
    assert crashed.memo_path.exists()
    # the second crash: this process dies and its locks go with it
    window._restored_orphan.lock.unlock()
    window._restored_orphan = None
    found = find_orphans(folder)
    assert [o.title for o in found] == ["Två krascher"]
    found[0].release()
