"""check-doc: our own output passes; each rule finds a document made to break it; bad input
gets one line and exit 2."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from memo_builder.cli import main
from memo_builder.publish.accessibility import (
    MAX_FILE_BYTES,
    DocumentUnreadable,
    check_bytes,
    contrast_ratio,
)
from memo_builder.publish.service import ExportRequest, export
from memo_builder.render.profile import available_profiles
from tests.helpers import example_memo

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


@pytest.fixture(scope="module")
def ours() -> bytes:
    return export(example_memo(), request=ExportRequest()).data


def _edit(data: bytes, part: str, change) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == part:
                content = change(content.decode("utf-8")).encode("utf-8")
            dst.writestr(info, content)
    return out.getvalue()


def _body_insert(data: bytes, xml: str) -> bytes:
    """Insert ``xml`` right after the first paragraph of the body."""
    def change(text: str) -> str:
        end = text.index("</w:p>", text.index("<w:body>")) + len("</w:p>")
        return text[:end] + xml + text[end:]
    return _edit(data, "word/document.xml", change)


def _rules(data: bytes) -> list[str]:
    return [f.rule for f in check_bytes(data, "test.docx")]


@pytest.mark.parametrize("profile", available_profiles())
@pytest.mark.parametrize("draft", [False, True])
def test_our_output_has_no_findings(profile, draft):
    memo = example_memo()
    memo.profile = profile
    if draft:
        memo.summary = ""  # an error: only a draft builds
    data = export(memo, request=ExportRequest(draft=draft)).data
    assert check_bytes(data) == []


def test_an_empty_memo_draft_has_no_findings():
    from memo_builder.model.memo import Memo

    assert check_bytes(export(Memo(), request=ExportRequest(draft=True)).data) == []


def test_title(ours):
    data = _edit(ours, "docProps/core.xml", lambda t: re.sub(r"<dc:title>.*?</dc:title>", "<dc:title></dc:title>", t))
    findings = check_bytes(data)
    assert [f.rule for f in findings] == ["title"]
    assert "Titel" in findings[0].fix


def test_language(ours):
    data = _edit(ours, "word/styles.xml", lambda t: re.sub(r"<w:lang [^>]*/>", "", t))
    assert "language" in _rules(data)


def test_heading_skips_a_level(ours):
    data = _body_insert(ours, '<w:p><w:pPr><w:pStyle w:val="Heading3"/></w:pPr><w:r><w:t>Hoppar</w:t></w:r></w:p>')
    findings = [f for f in check_bytes(data) if f.rule == "headings"]
    assert len(findings) == 1 and "Hoppar" in findings[0].where and "nivå 3" in findings[0].message
    after_title = _edit(ours, "word/document.xml", _after_h1)
    assert any("från 1 till 3" in f.message for f in check_bytes(after_title))


def _after_h1(text: str) -> str:
    start = text.index('<w:pStyle w:val="Heading1"/>')
    end = text.index("</w:p>", start) + len("</w:p>")
    return text[:end] + '<w:p><w:pPr><w:pStyle w:val="Heading3"/></w:pPr><w:r><w:t>Hopp</w:t></w:r></w:p>' + text[end:]


def test_fake_heading_in_bold(ours):
    data = _body_insert(ours, '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Ekonomi</w:t></w:r></w:p>'
                              '<w:p><w:r><w:t>Här kommer en längre text som följer den falska rubriken.</w:t></w:r></w:p>')
    findings = [f for f in check_bytes(data) if f.rule == "headings"]
    assert len(findings) == 1 and "Ekonomi" in findings[0].where


def test_picture_without_alt_text_and_decorative_is_fine(ours):
    def picture(extra: str = "", descr: str = "") -> str:
        return ('<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
                f'<wp:extent cx="100" cy="100"/><wp:docPr id="99" name="Logo"{descr}>{extra}</wp:docPr>'
                '</wp:inline></w:drawing></w:r></w:p>')
    findings = [f for f in check_bytes(_body_insert(ours, picture())) if f.rule == "alt-text"]
    assert len(findings) == 1 and "Logo" in findings[0].where
    decorative = ('<a:extLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}">'
                  '<adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/></a:ext></a:extLst>')
    assert "alt-text" not in _rules(_body_insert(ours, picture(decorative)))
    assert "alt-text" not in _rules(_body_insert(ours, picture(descr=' descr="Stadens logotyp"')))


def test_chart_without_alt_text(ours):
    data = _edit(ours, "word/document.xml", lambda t: re.sub(r' descr="[^"]*"', "", re.sub(r' title="[^"]*"', "", t)))
    assert "alt-text" in _rules(data)


def _table(header: bool, merged: bool) -> str:
    tr_pr = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
    span = '<w:tcPr><w:gridSpan w:val="2"/></w:tcPr>' if merged else ""
    return (f"<w:tbl><w:tblPr/><w:tr>{tr_pr}<w:tc><w:p><w:r><w:t>A</w:t></w:r></w:p></w:tc>"
            "<w:tc><w:p><w:r><w:t>B</w:t></w:r></w:p></w:tc></w:tr>"
            f"<w:tr><w:tc>{span}<w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr></w:tbl>")


def test_table_without_header_row(ours):
    findings = [f for f in check_bytes(_body_insert(ours, _table(header=False, merged=False))) if f.rule == "tables"]
    assert len(findings) == 1 and "tabell 1" in findings[0].where and "rubrikrad" in findings[0].message


def test_table_with_merged_cells(ours):
    findings = [f for f in check_bytes(_body_insert(ours, _table(header=True, merged=True))) if f.rule == "tables"]
    assert len(findings) == 1 and "sammanfogade" in findings[0].message


def test_hand_made_list(ours):
    data = _body_insert(ours, '<w:p><w:r><w:t xml:space="preserve">- första punkten</w:t></w:r></w:p>'
                              '<w:p><w:r><w:t xml:space="preserve">1. en numrerad rad</w:t></w:r></w:p>')
    assert _rules(data).count("lists") == 2


def test_empty_paragraphs_as_spacing(ours):
    data = _body_insert(ours, "<w:p/><w:p><w:pPr/></w:p>")
    assert _rules(data).count("empty-paragraphs") == 2


def test_low_contrast_text(ours):
    data = _body_insert(ours, '<w:p><w:r><w:rPr><w:color w:val="BBBBBB"/></w:rPr><w:t>Ljusgrå text som är svår att läsa.</w:t></w:r></w:p>')
    findings = [f for f in check_bytes(data) if f.rule == "contrast"]
    assert len(findings) == 1 and "#BBBBBB" in findings[0].message and "Ljusgrå" in findings[0].where
    dark_on_dark = _body_insert(ours, '<w:p><w:pPr><w:shd w:val="clear" w:fill="1F3864"/></w:pPr><w:r><w:rPr><w:color w:val="000080"/></w:rPr><w:t>Mörkt på mörkt.</w:t></w:r></w:p>')
    assert "contrast" in _rules(dark_on_dark)


def test_contrast_ratio_matches_wcag():
    assert contrast_ratio("000000", "FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("767676", "FFFFFF") == pytest.approx(4.54, abs=0.01)


def test_vague_link_text(ours):
    def link(text: str) -> str:
        return f'<w:p><w:hyperlink w:anchor="x"><w:r><w:t>{text}</w:t></w:r></w:hyperlink></w:p>'
    findings = [f for f in check_bytes(_body_insert(ours, link("klicka här"))) if f.rule == "links"]
    assert len(findings) == 1 and "klicka här" in findings[0].where
    assert "links" in _rules(_body_insert(ours, link("https://goteborg.se/wps/portal/start/kommun-och-politik/x")))
    assert "links" not in _rules(_body_insert(ours, link("Stadens riktlinjer för molntjänster")))


# -- the command and bad input ---------------------------------------------------------------------
def test_cli_exit_codes(tmp_path, ours, capsys):
    good = tmp_path / "good.docx"
    good.write_bytes(ours)
    assert main(["check-doc", str(good)]) == 0
    assert "inga tillgänglighetsbrister" in capsys.readouterr().out
    bad = tmp_path / "bad.docx"
    bad.write_bytes(_body_insert(ours, "<w:p/>"))
    assert main(["check-doc", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "Tomma stycken" in out and "Åtgärd:" in out


def _one_line_exit_2(path, capsys) -> str:
    assert main(["check-doc", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Fel: ") and "Traceback" not in captured.err
    return lines[0]


def test_not_a_word_file(tmp_path, capsys):
    path = tmp_path / "x.docx"
    path.write_text("inte en Word-fil")
    assert "ingen Word-fil" in _one_line_exit_2(path, capsys)
    other_zip = tmp_path / "z.docx"
    with zipfile.ZipFile(other_zip, "w") as z:
        z.writestr("hello.txt", "hej")
    assert "word/document.xml saknas" in _one_line_exit_2(other_zip, capsys)
    broken_xml = tmp_path / "b.docx"
    with zipfile.ZipFile(broken_xml, "w") as z:
        z.writestr("word/document.xml", "<w:document")
    assert "ingen giltig XML" in _one_line_exit_2(broken_xml, capsys)
    assert "kan inte läsas" in _one_line_exit_2(tmp_path / "saknas.docx", capsys)
    assert "mapp" in _one_line_exit_2(tmp_path, capsys)


def test_encrypted_word_file(tmp_path, capsys):
    # An encrypted .docx is an OLE compound file holding EncryptionInfo and EncryptedPackage.
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 2000
    path = tmp_path / "locked.docx"
    path.write_bytes(data)
    assert "lösenordsskyddad" in _one_line_exit_2(path, capsys)
    old = tmp_path / "old.docx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le") + b"\0" * 2000)
    assert ".doc" in _one_line_exit_2(old, capsys)


def test_huge_file(tmp_path, capsys):
    path = tmp_path / "huge.docx"
    with open(path, "wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)
    assert "MB" in _one_line_exit_2(path, capsys)


def test_zip_bomb(tmp_path, capsys):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<a>" + b" " * (300 * 1024 * 1024) + b"</a>")
    assert path.stat().st_size < 2 * 1024 * 1024
    assert "zip-bomb" in _one_line_exit_2(path, capsys)


def test_zip_bomb_that_lies_about_its_size(ours):
    """Declared sizes are not trusted: reading stops at the limit of what is inflated."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<a>" + b" " * (80 * 1024 * 1024) + b"</a>")
    data = bytearray(buf.getvalue())
    # Patch the declared uncompressed size in the central directory to something small.
    cd = data.rfind(b"PK\x01\x02")
    data[cd + 24:cd + 28] = (1000).to_bytes(4, "little")
    with pytest.raises(DocumentUnreadable):
        check_bytes(bytes(data))


def test_xml_entities_are_not_expanded():
    buf = io.BytesIO()
    bomb = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
            '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
            f'<w:document {W}><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>')
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", bomb)
    rules = {f.rule for f in check_bytes(buf.getvalue())}
    assert "title" in rules  # read and checked, entities left alone


def test_damaged_files_never_raise_anything_else(ours):
    """Bytes flipped anywhere in a real Word file: a list of findings or one Swedish line."""
    import random

    rng = random.Random(12)
    for _ in range(150):
        data = bytearray(ours)
        for _ in range(rng.randint(1, 60)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if rng.random() < 0.2:
            data = data[: rng.randrange(len(data))]
        try:
            result = check_bytes(bytes(data))
        except DocumentUnreadable as exc:
            assert "\n" not in str(exc) and str(exc)
        else:
            assert isinstance(result, list)
