"""The command line's messages where a user stumbles (issue 21): each names what is wrong and
what to do, in Swedish, and nothing is written that should not be."""

from __future__ import annotations

import os
import sys

import pytest

from memo_builder import __version__, cli
from tests.cli.test_cli import run


def test_example_refuses_a_word_name(tmp_path, capsys):
    code, _, err = run(capsys, "example", "-o", str(tmp_path / "rapport.docx"))
    assert code == 2 and ".memo" in err and "rapport.memo" in err
    assert not (tmp_path / "rapport.docx").exists()


def test_build_names_the_memo_file_windows_hid(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "example", "-o", "arende.memo")[0] == 0
    code, _, err = run(capsys, "build", "arende")
    assert code == 2 and "arende.memo" in err and "Traceback" not in err


def test_build_on_a_word_file_says_it_is_one(tmp_path, capsys):
    (tmp_path / "beslut.docx").write_bytes(b"PK\x03\x04")
    code, _, err = run(capsys, "build", str(tmp_path / "beslut.docx"))
    assert code == 2 and "Word-fil" in err and ".memo" in err


def test_check_doc_on_a_memo_file_says_build_it_first(tmp_path, capsys):
    memo = tmp_path / "region.memo"
    assert run(capsys, "example", "-o", str(memo))[0] == 0
    code, _, err = run(capsys, "check-doc", str(memo))
    assert code == 2 and "memofil" in err and "memo-builder build" in err
    assert "Spara" not in err


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--version"])
    assert exit_.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_a_missing_option_reads_as_swedish(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["example"])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and "ange också -o/--output" in err and "det här saknas" not in err


def test_public_without_output_names_the_version_once(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "example", "-o", "ex.memo")[0] == 0
    code, out, err = run(capsys, "build", "ex.memo", "--public", "-q")
    assert code == 0, err
    assert out.count("offentlig version") == 1


def test_the_current_folder_is_named_not_dot(tmp_path, capsys, monkeypatch):
    from pathlib import Path

    from memo_builder.files.storage import describe_os_error

    monkeypatch.chdir(tmp_path)
    text = describe_os_error(PermissionError(13, "Permission denied"), Path("memo.docx"), "skriva")
    assert "mappen ." not in text and "den aktuella mappen" in text and str(tmp_path) in text


@pytest.mark.skipif(not sys.platform.startswith("linux") or not os.path.isdir("/proc"),
                    reason="/proc is Linux's")
def test_a_folder_that_takes_no_files_is_not_called_missing(tmp_path, capsys):
    memo = tmp_path / "ex.memo"
    assert run(capsys, "example", "-o", str(memo))[0] == 0
    code, _, err = run(capsys, "build", str(memo), "-q", "-o", "/proc/x.docx")
    assert code == 2 and "finns inte" not in err and "/proc" in err


def test_the_examples_warnings_say_they_are_on_purpose(tmp_path, capsys):
    memo = tmp_path / "office365.memo"
    assert run(capsys, "example", "-o", str(memo))[0] == 0
    code, _, err = run(capsys, "build", str(memo), "-o", str(tmp_path / "office365.docx"))
    assert code == 0
    if "varning" in err:  # the example may one day build without any
        assert "med flit" in err and f"memo-builder validate {memo}" in err
