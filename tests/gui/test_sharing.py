"""Two people, one memo, in the window: the owner file, read-only opening, an abandoned lock,
and a file changed on disk behind the window's back. The second program is a real process:
another ``memo-builder gui`` or the command line."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from memo_builder.files import lock, storage
from tests.excel import workbooks as W
from tests.sharing.memos import later, lock_as_colleague, region_memo, write_region_memo


def other_gui(tmp_path: Path, memo: Path, owner: str) -> subprocess.Popen:
    """A second ``memo-builder gui`` on ``memo``, as another person; returns once it holds it."""
    home = tmp_path / f"home-{owner.split()[0]}"
    (home / "config").mkdir(parents=True)
    (home / "config" / "settings.json").write_text(
        json.dumps({"officer": {"name": owner}}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MEMO_BUILDER_SPELLING": "0",
           "MEMO_BUILDER_CONFIG_DIR": str(home / "config"), "MEMO_BUILDER_DATA_DIR": str(home / "data"),
           "USER": "kollega", "LOGNAME": "kollega"}  # another person's login
    proc = subprocess.Popen([sys.executable, "-m", "memo_builder.cli", "gui", str(memo)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.time() + 60
    while time.time() < deadline:
        holder = lock.read_holder(memo)
        if holder is not None and holder.owner == owner:
            return proc
        if proc.poll() is not None:
            raise AssertionError(proc.stderr.read().decode())
        time.sleep(0.1)
    proc.kill()
    raise AssertionError("the second window never took the lock")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.kill()
    proc.wait(10)


def test_a_memo_open_in_another_window_opens_read_only_and_edits_are_blocked(window, answers, tmp_path):
    memo = write_region_memo(tmp_path)
    proc = other_gui(tmp_path, memo, "Eva Andersson")
    try:
        answers.replies["Ärendet är öppet"] = ["read_only"]
        assert window.load_file(memo)
        title, text = answers.asked[-1]
        assert title == "Ärendet är öppet" and "Eva Andersson" in text and " sedan " in text
        assert "(skrivskyddat)" in window.windowTitle()
        assert window.read_only_banner.isVisibleTo(window)
        from PySide6.QtWidgets import QLineEdit, QScrollArea

        for i in range(window.navigation.stack.count()):  # every step
            window.go_to(i)
            page = window.stack.currentWidget()
            assert isinstance(page, QScrollArea) and page.isEnabled()  # still scrolls
            assert not page.widget().isEnabled()
            assert all(not e.isEnabled() for e in page.widget().findChildren(QLineEdit))
        before = memo.read_bytes()
        window.doc.set(window.doc.memo.case, "diarienummer", "ÄNDRAT")
        assert window.doc.memo.case.diarienummer == "RVB 2031/0412"  # refused, not lost later
        assert not window.doc.is_modified()
        # Spara saves a copy under another name; the original is untouched.
        copy = tmp_path / "min kopia.memo"
        answers.save_paths.append(str(copy))
        assert window.save()
        assert memo.read_bytes() == before
        assert storage.load(copy).case.diarienummer == "RVB 2031/0412"
        assert "(skrivskyddat)" not in window.windowTitle()
        assert window.stack.currentWidget().widget().isEnabled()
        assert lock.read_holder(copy) is not None  # the copy is this window's now
        assert lock.read_holder(memo).owner == "Eva Andersson"
    finally:
        stop(proc)


def test_a_lock_left_by_a_killed_window_is_offered_for_take_over(window, answers, tmp_path):
    memo = write_region_memo(tmp_path)
    proc = other_gui(tmp_path, memo, "Kalle Krasch")
    os.kill(proc.pid, signal.SIGKILL)
    stop(proc)
    answers.replies["Ärendet är öppet"] = ["take_over"]
    assert window.load_file(memo)
    assert "övergivet" in answers.asked[-1][1] and "körs inte längre" in answers.asked[-1][1]
    assert not window.files.sharing.read_only
    holder = lock.read_holder(memo)
    assert holder.owner != "Kalle Krasch" and holder.pid == os.getpid()
    window.doc.set(window.doc.memo.case, "diarienummer", "RVB 2031/0999")
    assert window.save()
    assert storage.load(memo).case.diarienummer == "RVB 2031/0999"


def test_cancel_keeps_the_open_memo(window, answers, tmp_path):
    first = write_region_memo(tmp_path, "Första.memo")
    second = write_region_memo(tmp_path, "Andra.memo")
    assert window.load_file(first)
    held = lock_as_colleague(second, "Eva Andersson")
    try:
        assert not window.load_file(second)  # the cautious answer: Avbryt
        assert window.doc.path == first.resolve()
        assert lock.read_holder(first).pid == os.getpid()  # still ours
    finally:
        held.release()


def test_open_a_copy(window, answers, tmp_path):
    memo = write_region_memo(tmp_path)
    held = lock_as_colleague(memo, "Eva Andersson")
    try:
        answers.replies["Ärendet är öppet"] = ["copy"]
        assert window.load_file(memo)
        assert window.doc.path is None and window.doc.is_modified()
        assert not window.files.sharing.read_only
        assert window.doc.memo.case.organisation == "Region Västerbotten"
    finally:
        held.release()


def test_told_when_the_memo_is_free_and_reopened_for_editing(window, answers, tmp_path):
    memo = write_region_memo(tmp_path)
    held = lock_as_colleague(memo, "Eva Andersson")
    answers.replies["Ärendet är öppet"] = ["notify"]
    assert window.load_file(memo)
    assert window.files.sharing.read_only and window.files.sharing.watch_timer.isActive()
    window.files.sharing._watch()
    assert window.files.sharing.read_only  # still held: nothing asked
    other = region_memo()
    other.case.diarienummer = "RVB 2031/0500"
    storage.save(other, memo)  # her save
    held.release()
    answers.replies["Ärendet är ledigt"] = ["reopen"]
    window.files.sharing._watch()
    assert not window.files.sharing.read_only
    assert window.doc.memo.case.diarienummer == "RVB 2031/0500"  # read again from the file
    assert lock.read_holder(memo).pid == os.getpid()


def test_a_read_only_folder_opens_read_only_with_a_message(window, answers, tmp_path, monkeypatch):
    from tests.sharing.test_lock_file import read_only_folder

    memo = write_region_memo(tmp_path)
    restore = read_only_folder(tmp_path, monkeypatch)
    try:
        assert window.load_file(memo)
    finally:
        restore()
    assert window.files.sharing.read_only
    assert any("skrivskyddat" in text for _t, text in answers.infos)
    assert not lock.lock_path(memo).exists()


def test_saving_over_a_file_changed_on_disk_asks_and_never_overwrites_silently(window, answers, tmp_path):
    memo = write_region_memo(tmp_path)
    assert window.load_file(memo)
    window.doc.set(window.doc.memo.case, "diarienummer", "RVB 2031/0001")
    theirs = region_memo()
    theirs.case.diarienummer = "RVB 2031/0002"
    storage.save(theirs, memo)  # someone who ignored the lock, or a restored backup
    later(memo)
    assert not window.save()  # the cautious answer: Avbryt
    assert answers.asked[-1][0] == "Filen har ändrats"
    assert storage.load(memo).case.diarienummer == "RVB 2031/0002"
    assert window.autosaver.store.exists()  # the edits are in the recovery file
    # Spara som kopia: a new name, theirs untouched.
    answers.replies["Filen har ändrats"] = ["copy"]
    answers.save_paths.append(str(tmp_path / "min version.memo"))
    assert window.save()
    assert storage.load(memo).case.diarienummer == "RVB 2031/0002"
    assert storage.load(tmp_path / "min version.memo").case.diarienummer == "RVB 2031/0001"


def test_overwrite_only_when_chosen(window, answers, tmp_path):
    memo = write_region_memo(tmp_path)
    assert window.load_file(memo)
    window.doc.set(window.doc.memo.case, "diarienummer", "RVB 2031/0001")
    theirs = region_memo()
    theirs.case.diarienummer = "RVB 2031/0002"
    storage.save(theirs, memo)
    later(memo)
    answers.replies["Filen har ändrats"] = ["overwrite"]
    assert window.save()
    assert storage.load(memo).case.diarienummer == "RVB 2031/0001"
    # Now the window knows the file again: the next save does not ask.
    asked = len(answers.asked)
    window.doc.set(window.doc.memo.case, "diarienummer", "RVB 2031/0003")
    assert window.save() and len(answers.asked) == asked


def test_reload_keeps_my_edits_as_a_copy(window, answers, tmp_path):
    memo = write_region_memo(tmp_path)
    assert window.load_file(memo)
    window.doc.set(window.doc.memo.case, "diarienummer", "RVB 2031/0001")
    theirs = region_memo()
    theirs.case.diarienummer = "RVB 2031/0002"
    storage.save(theirs, memo)
    later(memo)
    answers.replies["Filen har ändrats"] = ["reload"]
    window.files.check_disk()  # the window got the focus
    assert window.doc.memo.case.diarienummer == "RVB 2031/0002"
    kept = list((window.autosaver.store.folder / "behållna").glob("*.memo"))
    assert len(kept) == 1 and storage.load(kept[0]).case.diarienummer == "RVB 2031/0001"
    assert any(str(kept[0]) in text for _t, text in answers.infos)


def test_the_focus_check_asks_once_per_change(window, answers, tmp_path):
    memo = write_region_memo(tmp_path)
    assert window.load_file(memo)
    window.files.check_disk()
    assert not answers.asked
    theirs = region_memo()
    theirs.case.diarienummer = "RVB 2031/0002"
    storage.save(theirs, memo)
    later(memo)
    window.files.check_disk()
    window.files.check_disk()
    assert [t for t, _ in answers.asked] == ["Filen har ändrats"]
    assert "senast ändrad" in answers.asked[0][1]
    # A touch without new content is no change.
    later(memo, 5)


def test_a_lost_lock_is_said_and_the_edits_kept(window, answers, tmp_path):
    memo = write_region_memo(tmp_path)
    assert window.load_file(memo)
    window.doc.set(window.doc.memo.case, "diarienummer", "RVB 2031/0001")
    lock.lock_path(memo).unlink()
    held = lock_as_colleague(memo, "Eva Andersson")
    try:
        window.files.sharing.refresh()
        assert answers.errors and "Eva Andersson" in answers.errors[-1][1]
        assert window.doc.memo.case.diarienummer == "RVB 2031/0001"
        assert window.autosaver.store.exists()
    finally:
        held.release()


def test_closing_releases_the_lock(qtbot, tmp_path, answers, monkeypatch):
    monkeypatch.setenv("MEMO_BUILDER_CONFIG_DIR", str(tmp_path / "config"))
    from memo_builder.gui.main_window import MainWindow
    from memo_builder.gui.recovery import RecoveryStore

    memo = write_region_memo(tmp_path)
    w = MainWindow(store=RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(w)
    assert w.load_file(memo)
    assert lock.lock_path(memo).exists()
    w.close()
    assert not lock.lock_path(memo).exists()


def test_the_command_line_beside_the_window(window, answers, tmp_path):
    memo = write_region_memo(tmp_path)
    assert window.load_file(memo)
    env = {**os.environ, "MEMO_BUILDER_CONFIG_DIR": str(tmp_path / "cli-config"),
           "USER": "annan", "LOGNAME": "annan"}
    run = lambda *args: subprocess.run([sys.executable, "-m", "memo_builder.cli", *args],  # noqa: E731
                                       capture_output=True, text=True, env=env, timeout=120)
    built = run("build", str(memo), "-o", str(tmp_path / "m.docx"))
    assert built.returncode == 0, built.stderr
    checked = run("validate", str(memo))
    assert checked.returncode in (0, 1) and "öppet" not in checked.stderr
    sheet = W.english_plain(tmp_path / "costs.xlsx")
    before = memo.read_bytes()
    refused = run("import-costs", str(memo), str(sheet))
    assert refused.returncode == 2
    assert refused.stderr.strip().count("\n") == 0 and "Ärendet är öppet hos" in refused.stderr
    assert memo.read_bytes() == before
    # After the window lets go, the command line may write; the window then sees the change.
    window.files.sharing.release()
    assert run("import-costs", str(memo), str(sheet)).returncode == 0
    answers.replies["Filen har ändrats"] = ["cancel"]
    window.doc.set(window.doc.memo.case, "diarienummer", "RVB 2031/0001")
    assert not window.save()
    assert memo.read_bytes() != before and storage.load(memo).case.diarienummer == "RVB 2031/0412"


@pytest.mark.skipif(os.name != "posix", reason="symbolic links need privileges on Windows")
def test_a_memo_that_is_a_symbolic_link_is_saved_through_the_link(window, answers, tmp_path):
    (tmp_path / "share").mkdir()
    real = write_region_memo(tmp_path / "share")
    link = tmp_path / "genväg.memo"
    link.symlink_to(real)
    assert window.load_file(link)
    assert lock.lock_path(real).exists() and not lock.lock_path(link).exists()
    window.doc.set(window.doc.memo.case, "diarienummer", "RVB 2031/0777")
    assert window.save()
    assert link.is_symlink() and storage.load(real).case.diarienummer == "RVB 2031/0777"


def test_the_window_never_replaces_a_word_file_edited_since_export(window, answers, tmp_path):
    from tests.sharing.test_cli_sharing import edit_docx_as_word_would

    memo = write_region_memo(tmp_path)
    assert window.load_file(memo)
    target = tmp_path / "Journalsystem.docx"
    answers.save_paths.append(str(target))
    assert window.export() == target
    answers.save_paths.append(str(target))  # unchanged: replaced without a question
    assert window.export() == target
    assert not any(t == "Filen har ändrats för hand" for t, _ in answers.asked)
    edit_docx_as_word_would(target)
    edited = target.read_bytes()
    answers.save_paths.append(str(target))
    assert window.export() is None  # the cautious answer: Avbryt
    assert target.read_bytes() == edited
    assert "senast ändrad" in answers.asked[-1][1]
    answers.save_paths.append(str(target))
    answers.replies["Filen har ändrats för hand"] = ["new"]
    assert window.export() == tmp_path / "Journalsystem (2).docx"
    assert target.read_bytes() == edited
    answers.save_paths.append(str(target))
    answers.replies["Filen har ändrats för hand"] = ["replace"]
    assert window.export() == target and target.read_bytes() != edited


def test_the_window_never_replaces_a_workbook_edited_since_export(window, answers, tmp_path):
    import openpyxl

    from memo_builder.gui.export_action import WORKBOOK

    memo = write_region_memo(tmp_path)
    assert window.load_file(memo)
    target = tmp_path / "kostnader.xlsx"
    answers.save_paths.append(str(target))
    assert window.exports.start(WORKBOOK) == target
    book = openpyxl.load_workbook(target)
    book.active["A1"] = "Rättad"
    book.save(target)
    edited = target.read_bytes()
    answers.save_paths.append(str(target))
    answers.replies["Filen har ändrats för hand"] = ["new"]
    assert window.exports.start(WORKBOOK) == tmp_path / "kostnader (2).xlsx"
    assert target.read_bytes() == edited


def test_a_share_that_goes_away_keeps_the_edits_and_says_so(window, answers, tmp_path, monkeypatch):
    memo = write_region_memo(tmp_path)
    assert window.load_file(memo)
    window.doc.set(window.doc.memo.case, "diarienummer", "RVB 2031/0001")

    def gone(self):
        raise OSError(112, "Host is down")

    monkeypatch.setattr(lock.MemoLock, "refresh", gone)
    window.files.sharing.refresh()
    window.files.sharing.refresh()
    assert len(answers.errors) == 1  # said once, not every minute
    assert "går inte att nå" in answers.errors[0][1] and "återställningsfilen" in answers.errors[0][1]
    assert window.autosaver.store.exists()
    assert storage.load(window.autosaver.store.memo_path).case.diarienummer == "RVB 2031/0001"
    assert window.doc.memo.case.diarienummer == "RVB 2031/0001"


def test_opening_the_memo_this_window_has_open_again_is_no_conflict(window, answers, tmp_path):
    memo = write_region_memo(tmp_path)
    assert window.load_file(memo)
    assert window.load_file(memo)
    assert not answers.asked and not window.files.sharing.read_only
    assert lock.read_holder(memo).pid == os.getpid()


def test_save_as_moves_the_lock_only_when_the_save_worked(window, answers, tmp_path, monkeypatch):
    memo = write_region_memo(tmp_path)
    assert window.load_file(memo)
    target = tmp_path / "ny.memo"

    def full_disk(memo_, path):
        raise storage.MemoFileError("Det gick inte att spara ny.memo: disken är full.")

    answers.save_paths.append(str(target))
    with monkeypatch.context() as patch:  # only this patch: the scripted dialogs stay
        patch.setattr(storage, "save", full_disk)
        assert not window.save_as()
    assert lock.read_holder(memo).pid == os.getpid() and not lock.lock_path(target).exists()
    answers.save_paths.append(str(target))
    assert window.save_as()
    assert lock.read_holder(target).pid == os.getpid() and not lock.lock_path(memo).exists()


def test_a_lock_of_my_own_crashed_window_is_taken_over_without_a_question(window, answers, tmp_path):
    memo = write_region_memo(tmp_path)
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()  # a process of mine that is gone
    lock.lock_path(memo).write_text(json.dumps({
        "format": "memo-builder/lock", "version": 1, "owner": "Jag", "login": lock.login_name(),
        "host": __import__("socket").gethostname(), "pid": proc.pid}), encoding="utf-8")
    assert window.load_file(memo)
    assert not answers.asked and not window.files.sharing.read_only
    assert lock.read_holder(memo).pid == os.getpid()


def test_restored_edits_never_overwrite_a_file_saved_after_the_crash(window, answers, tmp_path):
    memo = write_region_memo(tmp_path)
    window.files.sharing.doc.replace(region_memo(), memo.resolve(), modified=True)
    theirs = region_memo()
    theirs.case.diarienummer = "RVB 2031/0002"
    storage.save(theirs, memo)  # saved by a colleague after my crash
    window.files.sharing.restored("2000-01-01T00:00:00")
    assert lock.read_holder(memo).pid == os.getpid()
    assert not window.save()  # asked; the cautious answer
    assert answers.asked[-1][0] == "Filen har ändrats"
    assert storage.load(memo).case.diarienummer == "RVB 2031/0002"
