"""The CLI and the GUI are two clients of one export service: the same memo and options give
the same Word file, every part identical but the timestamps, with the caveat library in play;
and a refused export gives the same Swedish message in both."""

from __future__ import annotations

import errno
import io
import re
import zipfile

import docx

from memo_builder import cli
from memo_builder.files import storage
from memo_builder.files.paths import example_memo_path
from memo_builder.publish import service

_TIMESTAMPS = re.compile(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>")


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        out = {name: z.read(name) for name in z.namelist()}
    out["docProps/core.xml"] = _TIMESTAMPS.sub(b"", out["docProps/core.xml"])
    return out


def gui_export(window, answers, target, *, draft=False):
    answers.save_paths.append(str(target))
    if draft:
        answers.replies["Skapa skrivelse (nämndens version)"] = ["draft"]
    assert window.export() == target
    return target.read_bytes()


def test_cli_and_gui_write_the_same_document(window, answers, tmp_path, capsys):
    source = tmp_path / "ärende.memo"
    source.write_bytes(example_memo_path().read_bytes())
    window.load_file(source)
    from_gui = gui_export(window, answers, tmp_path / "gui.docx")
    assert cli.main(["build", str(source), "-o", str(tmp_path / "cli.docx")]) == 0
    from_cli = (tmp_path / "cli.docx").read_bytes()
    a, b = parts(from_gui), parts(from_cli)
    assert sorted(a) == sorted(b)
    for name in a:
        assert a[name] == b[name], name
    # The caveat library is in play on both paths: the legal-status line the GUI used to drop.
    texts = [p.text for p in docx.Document(io.BytesIO(from_gui)).paragraphs]
    # GDPR entered into force in 2016 and applies from 2018-05-25: "tillämpas från" (issue 20).
    # (the date is one unit: no-break spaces, render/typography.py)
    assert "Tillämpas från den\u00a025\u00a0maj\u00a02018, efter beslutsdatumet." in texts


def test_cli_and_gui_write_the_same_draft(window, answers, tmp_path, capsys):
    memo = storage.load(example_memo_path())
    memo.case.diarienummer = ""  # an error: only a draft can be made
    source = tmp_path / "utkast.memo"
    storage.save(memo, source)
    window.load_file(source)
    from_gui = gui_export(window, answers, tmp_path / "gui.docx", draft=True)
    assert cli.main(["build", str(source), "-o", str(tmp_path / "cli.docx")]) == 1  # refused
    assert not (tmp_path / "cli.docx").exists()
    assert cli.main(["build", str(source), "--draft", "-o", str(tmp_path / "cli.docx")]) == 0
    a, b = parts(from_gui), parts((tmp_path / "cli.docx").read_bytes())
    assert a == b
    assert "UTKAST – inte färdigt för nämnden" in [
        p.text for p in docx.Document(io.BytesIO(from_gui)).paragraphs
    ]


def test_a_refused_write_says_the_same_in_both(window, answers, tmp_path, capsys, monkeypatch):
    target = tmp_path / "låst.docx"

    def locked(path, data):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(service, "write_atomic", locked)
    assert cli.main(["build", str(example_memo_path()), "-o", str(target)]) == 2
    cli_line = capsys.readouterr().err.strip().removeprefix("Fel: ")
    window.load_file(example_memo_path())
    answers.save_paths.append(str(target))
    assert window.export() is None  # cancelled after the message
    title, text = next(a for a in answers.asked if a[0] == "Skrivelsen kunde inte sparas")
    assert text.splitlines()[0] == cli_line
    assert not target.exists()
