"""Ctrl-C during a PDF build leaves nothing behind: no LibreOffice temporary folder, no pipe."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from memo_builder.publish import pdf as pdf_module
from memo_builder.render.pipeline import build_docx
from tests.helpers import example_memo, missing_tool


def test_office_pipe_name_is_libreoffices():
    # As LibreOffice names it for this profile URL (seen in /tmp during a conversion).
    if sys.platform == "win32":
        pytest.skip("no pipe file on Windows")
    pipe = pdf_module._office_pipe("file:///tmp/pg/lo2")
    assert pipe.name == f"OSL_PIPE_{os.getuid()}_SingleOfficeIPC_8973193fb6b45a281e293ab757a51d"


@pytest.mark.skipif(sys.platform == "win32", reason="signals and /tmp are POSIX here")
def test_interrupted_conversion_removes_its_temporary_folder_and_pipe(tmp_path, monkeypatch):
    if pdf_module.find_converter() is None:  # soffice() marks it for the libreoffice marker
        missing_tool("LibreOffice (soffice) behövs för PDF-exporten")
    import io

    out = io.BytesIO()
    build_docx(example_memo(), out)
    made: list[Path] = []
    real_tempdir = pdf_module.tempfile.TemporaryDirectory

    def recording(*args, **kwargs):
        holder = real_tempdir(*args, **kwargs)
        made.append(Path(holder.name))
        return holder

    monkeypatch.setattr(pdf_module.tempfile, "TemporaryDirectory", recording)
    pipes_before = {p.name for p in Path("/tmp").glob(f"OSL_PIPE_{os.getuid()}_*")}

    class CtrlC:  # is_set is polled while LibreOffice runs: raise as the terminal would
        def __init__(self):
            self.start = time.monotonic()

        def is_set(self):
            folder = made[0] if made else None
            if folder and any(folder.glob("lu*.tmp")) or time.monotonic() - self.start > 20:
                raise KeyboardInterrupt
            return False

    with pytest.raises(KeyboardInterrupt):
        pdf_module.docx_to_pdf(out.getvalue(), cancel=CtrlC())
    assert made and not made[0].exists()
    ours = pdf_module._office_pipe((made[0] / "profile").as_uri())
    assert not ours.exists()
    left = {p.name for p in Path("/tmp").glob(f"OSL_PIPE_{os.getuid()}_*")} - pipes_before
    assert ours.name not in left
