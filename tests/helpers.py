"""Shared test helpers: the example memo, reopening Word files, LibreOffice conversion."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from pathlib import Path

import docx

from memo_builder.model import storage
from memo_builder.model.memo import Memo
from memo_builder.paths import example_memo_path


def example_memo() -> Memo:
    return storage.load(example_memo_path())


def docx_paragraph_texts(path_or_stream) -> list[tuple[str, str]]:
    """(style id, text) of every body paragraph."""
    document = docx.Document(path_or_stream)
    return [(p.style.style_id if p.style is not None else "", p.text) for p in document.paragraphs]


def docx_tables(path_or_stream) -> list[list[list[str]]]:
    document = docx.Document(path_or_stream)
    return [[[c.text for c in row.cells] for row in t.rows] for t in document.tables]


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def require_soffice() -> str:
    """The one place that decides about the second reader: without LibreOffice and poppler a
    test is skipped on a developer's machine and fails in CI (CI=true), where .ci/run
    installs them."""
    import pytest

    found = soffice()
    if found and shutil.which("pdftotext"):
        return found
    message = "LibreOffice (soffice) och poppler (pdftotext) behövs för detta test"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message + "; .ci/run ska installera dem")
    pytest.skip(message)


def convert_to_pdf(docx_path: Path, out_dir: Path) -> Path:
    """Convert with LibreOffice in its own profile (two processes on one profile fail)."""
    profile = Path("/tmp") / f"lo_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(docx_path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    shutil.rmtree(profile, ignore_errors=True)
    return out_dir / (docx_path.stem + ".pdf")


def pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
