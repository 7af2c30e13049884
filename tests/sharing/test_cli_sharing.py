"""The command line on a shared memo: reading commands ignore the lock, the writing one
respects it, and an export never replaces a Word file or workbook edited since it was written."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import docx
import pytest

from memo_builder import cli
from memo_builder.files import lock, storage, written
from tests.excel import workbooks as W
from tests.sharing.memos import later, lock_as_colleague, write_region_memo


def edit_docx_as_word_would(path):
    """A manager's wording, saved by another program: new bytes, a later time."""
    document = docx.Document(str(path))
    document.add_paragraph("Ändrat av enhetschefen i Word.")
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(buffer.getvalue())
    later(path)


def test_a_word_file_edited_after_export_is_never_replaced_without_a_choice(tmp_path, capsys):
    source = write_region_memo(tmp_path)
    target = tmp_path / "Tjänsteutlåtande journalsystem.docx"
    assert cli.main(["build", str(source), "-o", str(target)]) == 0
    # Untouched: the next export simply replaces it.
    assert cli.main(["build", str(source), "-o", str(target)]) == 0
    assert not (tmp_path / "Tjänsteutlåtande journalsystem (2).docx").exists()
    edit_docx_as_word_would(target)
    edited = target.read_bytes()
    capsys.readouterr()
    assert cli.main(["build", str(source), "-o", str(target)]) == 0
    err = capsys.readouterr().err
    spare = tmp_path / "Tjänsteutlåtande journalsystem (2).docx"
    assert target.read_bytes() == edited  # the corrections are still there
    assert spare.exists()
    assert "har ändrats efter att Memo Builder skrev den" in err and "--replace" in err
    assert "senast ändrad" in err
    # The user's choice: replace.
    assert cli.main(["build", str(source), "-o", str(target), "--replace"]) == 0
    assert target.read_bytes() != edited
    assert "Ändrat av enhetschefen" not in "\n".join(p.text for p in docx.Document(str(target)).paragraphs)


def test_a_touched_but_unchanged_file_is_not_called_edited(tmp_path, capsys):
    source = write_region_memo(tmp_path)
    target = tmp_path / "memo.docx"
    assert cli.main(["build", str(source), "-o", str(target)]) == 0
    later(target, 5)  # a backup tool restored the same bytes
    assert written.edited_since_written(target) is None


def test_the_cost_workbook_edited_after_export(tmp_path, capsys):
    import openpyxl

    source = write_region_memo(tmp_path)
    target = tmp_path / "kostnader.xlsx"
    assert cli.main(["export-costs", str(source), "-o", str(target)]) == 0
    book = openpyxl.load_workbook(target)
    book.active["A1"] = "Rättad rubrik"
    book.save(target)
    edited = target.read_bytes()
    assert cli.main(["export-costs", str(source), "-o", str(target)]) == 0
    assert target.read_bytes() == edited
    assert (tmp_path / "kostnader (2).xlsx").exists()


def test_build_and_validate_read_a_memo_someone_holds(tmp_path, capsys):
    source = write_region_memo(tmp_path)
    held = lock_as_colleague(source, "Eva Andersson")
    try:
        assert cli.main(["validate", str(source)]) in (0, 1)
        assert cli.main(["build", str(source), "-o", str(tmp_path / "m.docx")]) == 0
        assert "öppet hos" not in capsys.readouterr().err
    finally:
        held.release()


def test_import_costs_refuses_with_one_swedish_line_while_someone_holds_the_memo(tmp_path, capsys):
    source = write_region_memo(tmp_path)
    before = source.read_bytes()
    sheet = W.english_plain(tmp_path / "costs.xlsx")
    held = lock_as_colleague(source, "Eva Andersson")
    try:
        assert cli.main(["import-costs", str(source), str(sheet)]) == 2
        err = capsys.readouterr().err.strip()
        assert err.count("\n") == 0 and err.startswith("Fel: Ärendet är öppet hos Eva Andersson sedan ")
        assert source.read_bytes() == before
    finally:
        held.release()
    assert cli.main(["import-costs", str(source), str(sheet)]) == 0
    assert not lock.lock_path(source).exists()  # taken and released
    assert source.read_bytes() != before


def test_import_costs_takes_over_a_lock_left_by_a_killed_program(tmp_path, capsys):
    source = write_region_memo(tmp_path)
    sheet = W.english_plain(tmp_path / "costs.xlsx")
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()  # a pid that is gone
    lock.lock_path(source).write_text(
        '{"format": "memo-builder/lock", "version": 1, "owner": "Borta", "login": "x", '
        f'"host": "{__import__("socket").gethostname()}", "pid": {proc.pid}}}', encoding="utf-8")
    assert cli.main(["import-costs", str(source), str(sheet)]) == 0
    assert "övergivet lås" in capsys.readouterr().err
    assert not lock.lock_path(source).exists()


@pytest.mark.skipif(os.name != "posix", reason="symbolic links need privileges on Windows")
def test_import_costs_through_a_symbolic_link_writes_the_real_memo(tmp_path, capsys):
    (tmp_path / "share").mkdir()
    real = write_region_memo(tmp_path / "share")
    link = tmp_path / "genväg.memo"
    link.symlink_to(real)
    sheet = W.english_plain(tmp_path / "costs.xlsx")
    assert cli.main(["import-costs", str(link), str(sheet)]) == 0
    assert link.is_symlink()  # not replaced by a copy
    assert storage.load(link) == storage.load(real)
