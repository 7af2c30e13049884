"""Build templates/goteborg/base.docx: styles, A4 page, header and footer with page fields.

Run from the repository root:  python templates/goteborg/make_base_docx.py
The output is committed so that a build needs no script at run time; rerun after editing this
file and review the result by converting a memo to PDF. An organisation may replace base.docx
with its own document as long as it keeps the style ids listed in profile.toml and a header
paragraph containing [[HEADER]].
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

FONT = "Arial"  # present on every Windows desktop; Liberation Sans is its metric twin on Linux
LANG = "sv-SE"
TEXT = RGBColor(0x1A, 0x1A, 0x1A)
ACCENT = RGBColor(0x00, 0x4B, 0x89)  # dark blue, contrast 8.9:1 against white


def _set_fonts(rpr_owner, size: float | None = None) -> None:
    rpr = rpr_owner.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]  # drop theme font references, which would override FONT
    for key in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(key), FONT)


def _doc_defaults(document) -> None:
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), LANG)
    lang.set(qn("w:eastAsia"), LANG)
    lang.set(qn("w:bidi"), "ar-SA")
    rpr.append(lang)
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is not None:
        for attr in list(fonts.attrib):
            del fonts.attrib[attr]
        for key in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(key), FONT)


def _paragraph_style(document, style_id: str, name: str, base: str = "Normal"):
    styles = document.styles
    style = next((s for s in styles if s.style_id == style_id), None)
    if style is None:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.element.set(qn("w:styleId"), style_id)
    style.base_style = styles[base]
    style.quick_style = True
    return style


def _font(style, size: float, bold: bool = False, italic: bool = False, color=TEXT) -> None:
    style.font.name = FONT
    _set_fonts(style.element)
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = italic
    style.font.color.rgb = color


def _border(p_pr, side: str, color: str = "004B89", size: int = 18, space: int = 6) -> None:
    borders = p_pr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        p_pr.append(borders)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(size))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    borders.append(el)


def _shade(p_pr, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    p_pr.append(shd)


def _field(paragraph, instruction: str, placeholder: str) -> None:
    """A complex field (PAGE, NUMPAGES) that Word and LibreOffice compute when they lay out."""
    def fld(kind: str):
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        return el

    run = paragraph.add_run()
    run._r.append(fld("begin"))
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    run = paragraph.add_run()
    run._r.append(fld("separate"))
    paragraph.add_run(placeholder)
    run = paragraph.add_run()
    run._r.append(fld("end"))


def _table_style(document):
    styles = document.styles
    style = next((s for s in styles if s.style_id == "MemoTable"), None)
    if style is None:
        style = styles.add_style("Memo Table", WD_STYLE_TYPE.TABLE)
        style.element.set(qn("w:styleId"), "MemoTable")
    style.base_style = styles["Table Grid"]
    tbl_pr = style.element.find(qn("w:tblPr"))
    if tbl_pr is None:
        tbl_pr = OxmlElement("w:tblPr")
        style.element.append(tbl_pr)
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "bottom", "insideH"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "8C8C8C")
        borders.append(el)
    for side in ("left", "right", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)
    margins = OxmlElement("w:tblCellMar")
    for side, width in (("left", "80"), ("right", "80")):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), width)
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    tbl_pr.append(margins)
    # Header row: shaded, bold.
    first = OxmlElement("w:tblStylePr")
    first.set(qn("w:type"), "firstRow")
    rpr = OxmlElement("w:rPr")
    rpr.append(OxmlElement("w:b"))
    first.append(rpr)
    tcpr = OxmlElement("w:tcPr")
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), "DCE6F0")
    tcpr.append(shd)
    first.append(tcpr)
    style.element.append(first)
    return style


def _strip_template_leftovers(document) -> None:
    package_rels = document.part.package.rels
    for rel_id, rel in list(package_rels.items()):
        if rel.reltype.endswith(("/thumbnail", "/custom-properties")):
            del package_rels[rel_id]
    for rel_id, rel in list(document.part.rels.items()):
        if rel.reltype.endswith("/customXml"):
            del document.part.rels[rel_id]
    cp = document.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = ""
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    cp.language = LANG
    cp.revision = 1
    stamp = datetime(2026, 1, 1)
    cp.created = stamp
    cp.modified = stamp


def build(target: Path) -> None:
    document = docx.Document()
    _strip_template_leftovers(document)
    for p in list(document.paragraphs):
        p._p.getparent().remove(p._p)

    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.left_margin = Mm(25)
    section.right_margin = Mm(22)
    section.top_margin = Mm(25)
    section.bottom_margin = Mm(22)
    section.header_distance = Mm(10)
    section.footer_distance = Mm(10)

    _doc_defaults(document)
    settings = document.settings.element
    theme_lang = OxmlElement("w:themeFontLang")
    theme_lang.set(qn("w:val"), LANG)
    settings.append(theme_lang)

    normal = document.styles["Normal"]
    _font(normal, 11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15

    for level, size, before in ((1, 17, 6), (2, 13, 16), (3, 11.5, 12)):
        style = document.styles[f"Heading {level}"]
        _font(style, size, bold=True, color=ACCENT if level < 3 else TEXT)
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(4)
        style.paragraph_format.keep_with_next = True

    for name in ("List Bullet", "List Number"):
        style = document.styles[name]
        _font(style, 11)
        style.paragraph_format.space_after = Pt(3)

    meta = _paragraph_style(document, "MemoMeta", "Memo Meta")
    _font(meta, 9.5)
    meta.paragraph_format.space_after = Pt(8)
    meta.paragraph_format.line_spacing = 1.1

    notice = _paragraph_style(document, "MemoNotice", "Memo Notice")
    _font(notice, 10.5)
    p_pr = notice.element.get_or_add_pPr()
    _border(p_pr, "left")
    _shade(p_pr, "EEF3F8")
    notice.paragraph_format.left_indent = Mm(3)
    notice.paragraph_format.space_before = Pt(4)
    notice.paragraph_format.space_after = Pt(8)

    small = _paragraph_style(document, "MemoSmall", "Memo Small")
    _font(small, 9)

    signature = _paragraph_style(document, "MemoSignature", "Memo Signature")
    _font(signature, 11)
    signature.paragraph_format.space_before = Pt(28)
    signature.paragraph_format.keep_together = True

    draft = _paragraph_style(document, "MemoDraft", "Memo Draft")
    _font(draft, 13, bold=True, color=RGBColor(0xA8, 0x00, 0x00))

    table_text = _paragraph_style(document, "MemoTableText", "Memo Table Text")
    _font(table_text, 9)
    table_text.paragraph_format.space_after = Pt(0)
    table_text.paragraph_format.line_spacing = 1.0

    _table_style(document)

    header = section.header
    header.is_linked_to_previous = False
    hp = header.paragraphs[0]
    hp.style = document.styles["Header"]
    hp.text = ""
    run = hp.add_run("[[HEADER]]")
    run.font.size = Pt(8.5)
    run.font.color.rgb = TEXT
    hp.paragraph_format.tab_stops.add_tab_stop(Mm(163), WD_TAB_ALIGNMENT.RIGHT)

    footer = section.footer
    footer.is_linked_to_previous = False
    fp = footer.paragraphs[0]
    fp.style = document.styles["Footer"]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _field(fp, "PAGE", "1")
    fp.add_run(" (")
    _field(fp, "NUMPAGES", "1")
    fp.add_run(")")
    for r in fp.runs:
        r.font.size = Pt(9)

    document.save(str(target))


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("base.docx")
    build(out)
    print(f"skrev {out}")
