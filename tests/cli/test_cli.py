"""The command line as a user meets it: exit codes, one clear Swedish line, no tracebacks."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import docx
import pytest

from memo_builder import cli
from memo_builder.files import storage
from memo_builder.files.paths import example_memo_path


def run(capsys, *args):
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_example_validate_build_walkthrough(tmp_path, capsys):
    memo_path = tmp_path / "office365.memo"
    docx_path = tmp_path / "office365.docx"
    code, out, _ = run(capsys, "example", "-o", str(memo_path))
    assert code == 0 and memo_path.exists()
    code, out, _ = run(capsys, "validate", str(memo_path))
    assert code == 0
    assert "0 fel" in out
    code, out, err = run(capsys, "build", str(memo_path), "-o", str(docx_path))
    assert code == 0, err
    document = docx.Document(str(docx_path))
    assert document.paragraphs[2].text == storage.load(memo_path).case.title


def test_example_never_overwrites_other_work(tmp_path, capsys):
    target = tmp_path / "mitt.memo"
    target.write_text("mitt eget arbete", encoding="utf-8")
    code, _, err = run(capsys, "example", "-o", str(target))
    assert code == 2
    assert "skrivs inte över" in err
    assert target.read_text(encoding="utf-8") == "mitt eget arbete"
    # Writing the example twice is fine (identical content).
    fresh = tmp_path / "ex.memo"
    assert run(capsys, "example", "-o", str(fresh))[0] == 0
    assert run(capsys, "example", "-o", str(fresh))[0] == 0


def test_validate_exit_1_with_list_when_not_ready(tmp_path, capsys):
    memo = storage.load(example_memo_path())
    memo.case.diarienummer = ""
    memo.decision_points = []
    path = tmp_path / "x.memo"
    storage.save(memo, path)
    code, out, _ = run(capsys, "validate", str(path))
    assert code == 1
    # Where the problem is, as the user finds it (step › field), never the internal path.
    assert "Diarienumret saknas. (Ärendet › Diarienummer)" in out
    assert "case.diarienummer" not in out and "[" not in out
    assert "inte klart" in out


def test_build_refuses_unready_memo_unless_draft(tmp_path, capsys):
    memo = storage.load(example_memo_path())
    memo.case.title = ""
    path = tmp_path / "x.memo"
    storage.save(memo, path)
    out_path = tmp_path / "x.docx"
    code, _, err = run(capsys, "build", str(path), "-o", str(out_path))
    assert code == 1 and "rubrik saknas" in err and not out_path.exists()
    code, out, _ = run(capsys, "build", str(path), "-o", str(out_path), "--draft")
    assert code == 0 and out_path.exists()
    assert docx.Document(str(out_path)).paragraphs[0].text.startswith("UTKAST")


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        ("missing_input", "finns inte"),
        ("broken_input", "skadad eller ofullständig"),
        ("missing_folder", "Mappen"),
        ("output_is_folder", "är en mapp"),
        ("locked_output", "öppen i ett annat program"),
        ("readonly_folder", "skrivskyddad"),
    ],
)
def test_file_errors_exit_2_with_one_clear_line(tmp_path, capsys, monkeypatch, setup, expected):
    memo_path = tmp_path / "ok.memo"
    memo_path.write_bytes(example_memo_path().read_bytes())
    out = tmp_path / "out.docx"
    if setup == "missing_input":
        memo_path = tmp_path / "nope.memo"
    elif setup == "broken_input":
        memo_path.write_text('{"format": "memo-builder/memo", "sche', encoding="utf-8")
    elif setup == "missing_folder":
        out = tmp_path / "finns-inte" / "out.docx"
    elif setup == "output_is_folder":
        out = tmp_path / "mapp"
        out.mkdir()
    elif setup in ("locked_output", "readonly_folder"):
        # Tests run as root, where chmod does not stop writes: simulate what Windows does
        # when Word holds the file open (PermissionError on replace) or the folder is read-only.
        def refuse(*a, **k):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(storage.os, "replace", refuse)
        out.write_bytes(b"old content")
    code, stdout, err = run(capsys, "build", str(memo_path), "-o", str(out))
    assert code == 2
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("Fel: ")
    assert expected in lines[0]
    assert "Traceback" not in err + stdout
    if setup in ("locked_output", "readonly_folder"):
        assert out.read_bytes() == b"old content"
        assert not any(p.name.endswith(".tmp") for p in tmp_path.iterdir())


def test_unexpected_error_is_logged_not_shown(tmp_path, capsys, monkeypatch):
    def crash(args):
        raise RuntimeError("internt")

    monkeypatch.setattr(cli, "cmd_validate", crash)
    code, out, err = run(capsys, "validate", "x.memo")
    assert code == 3
    assert "oväntat fel" in err and "Traceback" not in err
    logs = list((tmp_path / "data" / "logs").glob("*.log"))
    assert logs and "RuntimeError: internt" in logs[0].read_text(encoding="utf-8")


def test_check_profiles(capsys):
    code, out, _ = run(capsys, "check")
    assert code == 0 and "goteborg: OK" in out


def test_caveats_on_a_date(capsys):
    code, out, _ = run(capsys, "caveats", "--on", "2018-06-01")
    assert code == 0
    assert "cloud-act" in out and "Bindande lag" in out
    assert "schrems-ii" not in out
    code, _, err = run(capsys, "caveats", "--on", "1 juni")
    assert code == 2 and "inte ett datum" in err


def test_console_script_runs_as_a_process(tmp_path):
    """The installed entry point, in a fresh process, with a non-UTF-8 console encoding."""
    env = {**os.environ, "PYTHONIOENCODING": "cp1252", "MEMO_BUILDER_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "memo_builder.cli", "validate", str(example_memo_path())],
        capture_output=True, env=env, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr


def test_build_output_is_complete_docx_bytes(tmp_path, capsys):
    out = tmp_path / "m.docx"
    before = example_memo_path().read_bytes()
    assert run(capsys, "build", str(example_memo_path()), "-o", str(out))[0] == 0
    docx.Document(io.BytesIO(out.read_bytes()))
    assert example_memo_path().read_bytes() == before  # building never rewrites the memo
    assert json.loads(before)["schema_version"] == storage.SCHEMA_VERSION


def test_build_never_overwrites_the_memo(tmp_path, capsys):
    memo_path = tmp_path / "a.memo"
    memo_path.write_bytes(example_memo_path().read_bytes())
    before = memo_path.read_bytes()
    for target in (memo_path, tmp_path / "other.memo"):
        code, _, err = run(capsys, "build", str(memo_path), "-o", str(target))
        assert code == 2 and "skrivs inte över" in err
    assert memo_path.read_bytes() == before
    assert not (tmp_path / "other.memo").exists()


def test_draft_flag_always_marks_the_document(tmp_path, capsys):
    out = tmp_path / "d.docx"
    code, stdout, _ = run(capsys, "build", str(example_memo_path()), "-o", str(out), "--draft")
    assert code == 0 and "(utkast)" in stdout
    assert docx.Document(str(out)).paragraphs[0].text.startswith("UTKAST")


def test_a_memo_file_as_the_only_argument_opens_the_app(monkeypatch, capsys):
    opened = []
    monkeypatch.setattr(cli, "cmd_gui", lambda args: opened.append(args.file) or 0)
    assert cli.main(["ärende.memo"]) == 0
    assert cli.main([]) == 0
    assert opened == ["ärende.memo", None]


def test_example_into_a_folder_says_so(tmp_path, capsys):
    code, _, err = run(capsys, "example", "-o", str(tmp_path))
    assert code == 2 and "är en mapp" in err and "--force" not in err
