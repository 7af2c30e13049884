"""The PDF export: a tagged PDF with title, language, embedded fonts and bookmarks, checked
with pikepdf; the converter's absence, hang and cancellation each give one Swedish line."""

from __future__ import annotations

import stat
import sys
import threading
import time

import pikepdf
import pytest

from memo_builder.cli import main
from memo_builder.files import storage
from memo_builder.files.paths import example_memo_path
from memo_builder.publish.pdf import (
    ConversionCancelled,
    ConversionFailed,
    ConverterMissing,
    docx_to_pdf,
    filter_string,
)
from memo_builder.publish.service import ExportRequest, export
from memo_builder.render.profile import available_profiles, load_profile
from tests.helpers import example_memo, missing_tool, soffice


def _need_soffice():
    if soffice() is None:
        missing_tool("LibreOffice (soffice) behövs för detta test")


def _fonts(pdf: pikepdf.Pdf) -> dict[str, bool]:
    """Base font name -> embedded, for every font used on any page."""
    out: dict[str, bool] = {}
    for page in pdf.pages:
        fonts = page.Resources.get("/Font", {})
        for _name, font in fonts.items():
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font.DescendantFonts[0].get("/FontDescriptor")
            embedded = descriptor is not None and any(
                k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            out[str(font.get("/BaseFont"))] = embedded
    return out


def _struct_types(pdf: pikepdf.Pdf) -> set[str]:
    seen: set[str] = set()
    stack = [pdf.Root.StructTreeRoot]
    while stack:
        node = stack.pop()
        if isinstance(node, pikepdf.Array):
            stack.extend(node)
            continue
        if not isinstance(node, pikepdf.Dictionary):
            continue
        if "/S" in node:
            seen.add(str(node.S))
        kids = node.get("/K")
        if kids is not None:
            stack.append(kids)
    return seen


@pytest.mark.parametrize("profile_key", available_profiles())
def test_every_profile_builds_a_tagged_pdf_with_title_language_fonts_bookmarks(tmp_path, profile_key):
    _need_soffice()
    memo = example_memo()
    memo.profile = profile_key
    target = tmp_path / "case.pdf"
    code = main(["build", str(_saved(memo, tmp_path)), "-o", str(target), "--draft"])
    assert code == 0
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    with pikepdf.open(target) as pdf:
        root = pdf.Root
        assert str(root.Lang) == "sv-SE"
        assert bool(root.MarkInfo.Marked) is True
        assert "/StructTreeRoot" in root
        types = _struct_types(pdf)
        # Real structure: headings, paragraphs, a table with header cells, lists, the chart.
        assert {"/H1", "/H2", "/P", "/Table", "/TH", "/L", "/LI", "/Figure"} <= types, types
        assert str(pdf.docinfo.Title) == memo.case.title
        assert bool(root.ViewerPreferences.DisplayDocTitle) is True
        meta = pdf.open_metadata()
        assert meta.get("dc:title") == memo.case.title
        assert meta.get("pdfaid:part") == "2"
        assert meta.get("pdfuaid:part") == "1"
        fonts = _fonts(pdf)
        assert fonts and all(fonts.values()), fonts
        with pdf.open_outline() as outline:
            titles = [item.title for item in outline.root]
            children = [c.title for item in outline.root for c in item.children]
        profile = load_profile(profile_key)
        assert memo.case.title in titles
        assert profile.headings.get("proposal", "Förslag till beslut") in children + titles


def _saved(memo, folder):
    path = folder / "case.memo"
    storage.save(memo, path)
    return path


def test_format_follows_the_extension_and_the_flag(tmp_path):
    _need_soffice()
    source = tmp_path / "case.memo"
    source.write_bytes(example_memo_path().read_bytes())
    assert main(["build", str(source), "--format", "pdf"]) == 0
    # Named by the export service's one rule (the memo's date and title), as in the GUI.
    written = tmp_path / "2018-04-26 Förnyelse av avtal om Office 365 och Customer Lockbox.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob("*.docx"))


def test_without_a_converter_no_file_and_exit_2(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("MEMO_BUILDER_SOFFICE", "")
    source = tmp_path / "case.memo"
    source.write_bytes(example_memo_path().read_bytes())
    assert main(["build", str(source), "-o", str(tmp_path / "case.pdf")]) == 2
    err = capsys.readouterr().err
    assert "LibreOffice" in err and "Installera" in err
    assert "-o " + str(tmp_path / "case.docx") in err  # the Word file is still offered
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "case.pdf").exists()
    with pytest.raises(ConverterMissing):
        export(example_memo(), request=ExportRequest(format="pdf", draft=True))


def test_never_a_word_file_under_a_pdf_name(tmp_path, capsys):
    source = tmp_path / "case.memo"
    source.write_bytes(example_memo_path().read_bytes())
    assert main(["build", str(source), "--format", "pdf", "-o", str(tmp_path / "x.docx")]) == 2
    assert main(["build", str(source), "--format", "docx", "-o", str(tmp_path / "x.pdf")]) == 2
    assert not (tmp_path / "x.docx").exists() and not (tmp_path / "x.pdf").exists()


def _fake_converter(tmp_path, body: str):
    if sys.platform == "win32":
        pytest.skip("shell script converter")
    script = tmp_path / "soffice"
    script.write_text("#!/bin/sh\n" + body + "\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script


def test_a_hanging_converter_is_stopped_after_the_time_limit(tmp_path):
    script = _fake_converter(tmp_path, "sleep 60")
    started = time.monotonic()
    with pytest.raises(ConversionFailed, match="svarade inte inom 1 sekunder"):
        docx_to_pdf(b"PK", timeout=1, converter=script)
    assert time.monotonic() - started < 15


def test_a_conversion_can_be_cancelled(tmp_path):
    script = _fake_converter(tmp_path, "sleep 60")
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(ConversionCancelled):
        docx_to_pdf(b"PK", timeout=60, converter=script, cancel=cancel)
    assert time.monotonic() - started < 15


def test_a_failing_converter_is_reported_in_one_line(tmp_path):
    script = _fake_converter(tmp_path, "echo trasig >&2; exit 3")
    with pytest.raises(ConversionFailed) as info:
        docx_to_pdf(b"PK", timeout=10, converter=script)
    assert "slutkod 3" in str(info.value) and "\n" not in str(info.value)


def test_filter_asks_for_tags_pdfua_pdfa_and_bookmarks():
    text = filter_string()
    for name in ("UseTaggedPDF", "PDFUACompliance", "SelectPdfVersion", "ExportBookmarks"):
        assert name in text
