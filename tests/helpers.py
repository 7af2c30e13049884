"""Shared test helpers: the example memo, reopening Word files, LibreOffice conversion."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from pathlib import Path
from typing import NoReturn

import docx

from memo_builder.analysis.revision import Analysis
from memo_builder.files import storage
from memo_builder.files.paths import example_memo_path
from memo_builder.model.memo import Memo


def example_memo() -> Memo:
    return storage.load(example_memo_path())


def validate(memo: Memo, library=None, perspectives=None):
    """The memo's problems as the program finds them: its one Analysis's (tests ask this way
    instead of calling ``model.validation.validate``, whose inputs the Analysis computes)."""
    return Analysis(memo, library, perspectives=perspectives).problems


def docx_paragraph_texts(path_or_stream) -> list[tuple[str, str]]:
    """(style id, text) of every body paragraph."""
    document = docx.Document(path_or_stream)
    return [(p.style.style_id if p.style is not None else "", p.text) for p in document.paragraphs]


def docx_tables(path_or_stream) -> list[list[list[str]]]:
    document = docx.Document(path_or_stream)
    return [[[c.text for c in row.cells] for row in t.rows] for t in document.tables]


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def in_ci() -> bool:
    """CI sets CI=true; so do most CI services (any non-empty value but 0/false counts)."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def missing_tool(message: str) -> NoReturn:
    """The one rule for a test whose outside tool is missing: skipped on a developer's machine,
    failed in CI, where .ci/run installs every tool the suite needs."""
    import pytest

    if in_ci():
        pytest.fail(message + "; .ci/run ska installera det")
    pytest.skip(message)


def require_soffice() -> str:
    """The second reader: LibreOffice and poppler (see :func:`missing_tool`)."""
    found = soffice()
    if found and shutil.which("pdftotext"):
        return found
    missing_tool("LibreOffice (soffice) och poppler (pdftotext) behövs för detta test")


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


# LibreOffice reads the cached results of an .xlsx unless told otherwise; this profile setting
# makes it recalculate every formula on load ("Always recalculate"), so a test of the exported
# cost workbook reads what the formulas compute, never a stored value.
_RECALC_XCU = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def recalculate_xlsx(xlsx: Path, out_dir: Path) -> dict[str, dict[str, object]]:
    """Open ``xlsx`` in LibreOffice headless with forced recalculation, save it as .ods and
    return every sheet's computed values: ``{sheet: {"B7": 123.45, "A1": "text"}}``."""
    return recalculate_many([xlsx], out_dir)[0]


def recalculate_many(files: list[Path], out_dir: Path) -> list[dict[str, dict[str, object]]]:
    """:func:`recalculate_xlsx` for several files with one LibreOffice start."""
    profile = Path("/tmp") / f"lo_calc_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    (profile / "user").mkdir(parents=True)
    (profile / "user" / "registrymodifications.xcu").write_text(_RECALC_XCU, encoding="utf-8")
    out_dir.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run(
            [soffice(), f"-env:UserInstallation=file://{profile}", "--headless", "--calc",
             "--convert-to", "ods", "--outdir", str(out_dir), *map(str, files)],
            check=True, capture_output=True, timeout=300,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return [_ods_values(out_dir / (f.stem + ".ods")) for f in files]


def _ods_values(ods: Path) -> dict[str, dict[str, object]]:
    import zipfile

    from lxml import etree
    from openpyxl.utils import get_column_letter

    ns = {
        "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
        "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
        "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    }
    t, o = "{" + ns["table"] + "}", "{" + ns["office"] + "}"
    with zipfile.ZipFile(ods) as z:
        root = etree.fromstring(z.read("content.xml"))
    sheets: dict[str, dict[str, object]] = {}
    for table in root.iter(t + "table"):
        values: dict[str, object] = {}
        r = 0
        for row in table.iter(t + "table-row"):
            rows = int(row.get(t + "number-rows-repeated", "1"))
            c = 0
            for cell in row:
                if cell.tag not in (t + "table-cell", t + "covered-table-cell"):
                    continue
                cols = int(cell.get(t + "number-columns-repeated", "1"))
                kind = cell.get(o + "value-type")
                if kind is not None and rows == 1 and cols < 1000:
                    if kind in ("float", "currency", "percentage"):
                        value: object = float(cell.get(o + "value"))
                    else:
                        value = "".join(cell.itertext())
                    for k in range(cols):
                        values[f"{get_column_letter(c + k + 1)}{r + 1}"] = value
                c += cols
            r += rows
        sheets[table.get(t + "name")] = values
    return sheets
