"""Build each shipped profile's base.docx: styles, A4 page, header and footer with page fields.

One script for every profile: what differs (font, accent colour, margins) is in the profile's
``[base_docx]`` table in profile.toml. Run from the repository root:

    python templates/_base/make_base_docx.py            # every shipped profile
    python templates/_base/make_base_docx.py malmo      # one

The output is committed so that a build needs no script at run time; rerun after editing this
file and review the result by converting a memo to PDF. An organisation may replace base.docx
with its own document (or import its Word template: `memo-builder profile new`) as long as it
keeps the style ids listed in profile.toml and a header paragraph containing [[HEADER]].
"""

from __future__ import annotations

import sys
import tomllib
from datetime import datetime
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from lxml import etree

FONT = "Arial"  # present on every Windows desktop; Liberation Sans is its metric twin on Linux
LANG = "sv-SE"
TEXT = RGBColor(0x1A, 0x1A, 0x1A)
ACCENT = RGBColor(0x00, 0x4B, 0x89)  # dark blue, contrast 8.9:1 against white
# Metric-compatible stand-ins, named in the font table so a reader without the font keeps the
# line breaks and table widths: Word reads w:altName; LibreOffice substitutes the same twins.
FALLBACKS = {
    "Arial": ("Liberation Sans", "swiss"),
    "Times New Roman": ("Liberation Serif", "roman"),
    "Courier New": ("Liberation Mono", "modern"),
    "Calibri": ("Carlito", "swiss"),
    "Cambria": ("Caladea", "roman"),
    "Garamond": ("EB Garamond", "roman"),
}
TEMPLATES = Path(__file__).resolve().parent.parent


def _set_fonts(rpr_owner, font: str) -> None:
    rpr = rpr_owner.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]  # drop theme font references, which would override the font
    for key in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(key), font)


def _doc_defaults(document, font: str) -> None:
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
            fonts.set(qn(key), font)


def _paragraph_style(document, style_id: str, name: str, base: str = "Normal"):
    styles = document.styles
    style = next((s for s in styles if s.style_id == style_id), None)
    if style is None:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.element.set(qn("w:styleId"), style_id)
    style.base_style = styles[base]
    style.quick_style = True
    return style


def _font(style, font: str, size: float, bold: bool = False, italic: bool = False,
          color=TEXT) -> None:
    style.font.name = font
    _set_fonts(style.element, font)
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
    # Schema order (ECMA-376 CT_TblBorders): top, left, bottom, right, insideH, insideV.
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        if side in ("top", "bottom", "insideH"):
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), "4")
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "8C8C8C")
        else:
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


def _font_table(document, font: str) -> None:
    """Name the font's metric-compatible stand-in (w:altName), so a reader without it keeps
    the layout; python-docx's default font table is replaced by the fonts we use."""
    part = next(p for p in document.part.package.iter_parts()
                if str(p.partname) == "/word/fontTable.xml")
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    root = etree.fromstring(part.blob)
    for child in list(root):
        root.remove(child)
    for name in dict.fromkeys((font, "Arial", "Times New Roman")):
        el = etree.SubElement(root, f"{{{w}}}font")
        el.set(f"{{{w}}}name", name)
        alt, family = FALLBACKS.get(name, ("", "swiss"))
        if alt:  # schema order: altName, panose1, charset, family, pitch
            etree.SubElement(el, f"{{{w}}}altName").set(f"{{{w}}}val", alt)
        etree.SubElement(el, f"{{{w}}}family").set(f"{{{w}}}val", family)
        etree.SubElement(el, f"{{{w}}}pitch").set(f"{{{w}}}val", "variable")
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _settings(document) -> None:
    """One w:themeFontLang, in its schema place (python-docx's default already has one)."""
    settings = document.settings.element
    for old in settings.findall(qn("w:themeFontLang")):
        settings.remove(old)
    theme_lang = OxmlElement("w:themeFontLang")
    theme_lang.set(qn("w:val"), LANG)
    anchor = settings.find(qn("w:clrSchemeMapping"))
    if anchor is not None:
        anchor.addprevious(theme_lang)
    else:
        settings.append(theme_lang)


def _drop_styles_with_effects(document) -> None:
    """python-docx's default carries Word 2010's stylesWithEffects part, which lacks our
    styles; Word does not need it."""
    rels = document.part.rels
    for rel_id, rel in list(rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            del rels[rel_id]


def build(target: Path, font: str = FONT, accent: RGBColor = ACCENT) -> None:
    document = docx.Document()
    _drop_styles_with_effects(document)
    _font_table(document, font)
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

    _doc_defaults(document, font)
    _settings(document)

    normal = document.styles["Normal"]
    _font(normal, font, 11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15

    for level, size, before in ((1, 17, 6), (2, 13, 16), (3, 11.5, 12)):
        style = document.styles[f"Heading {level}"]
        _font(style, font, size, bold=True, color=accent if level < 3 else TEXT)
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(4)
        style.paragraph_format.keep_with_next = True

    for name in ("List Bullet", "List Number"):
        style = document.styles[name]
        _font(style, font, 11)
        style.paragraph_format.space_after = Pt(3)

    meta = _paragraph_style(document, "MemoMeta", "Memo Meta")
    _font(meta, font, 9.5)
    meta.paragraph_format.space_after = Pt(8)
    meta.paragraph_format.line_spacing = 1.1

    notice = _paragraph_style(document, "MemoNotice", "Memo Notice")
    _font(notice, font, 10.5)
    p_pr = notice.element.get_or_add_pPr()
    _border(p_pr, "left")
    _shade(p_pr, "EEF3F8")
    notice.paragraph_format.left_indent = Mm(3)
    # The shading reaches past the text by the border spacing: keep it inside the margin.
    notice.paragraph_format.right_indent = Mm(3)
    notice.paragraph_format.space_before = Pt(4)
    notice.paragraph_format.space_after = Pt(8)

    small = _paragraph_style(document, "MemoSmall", "Memo Small")
    _font(small, font, 9)

    signature = _paragraph_style(document, "MemoSignature", "Memo Signature")
    _font(signature, font, 11)
    # Room to sign above the first name: three empty lines of 11 pt text (pipeline.py
    # SIGNING_ROOM_LINES gives the same as line breaks above the names after it).
    signature.paragraph_format.space_before = Pt(42)
    signature.paragraph_format.keep_together = True

    draft = _paragraph_style(document, "MemoDraft", "Memo Draft")
    _font(draft, font, 13, bold=True, color=RGBColor(0xA8, 0x00, 0x00))

    table_text = _paragraph_style(document, "MemoTableText", "Memo Table Text")
    _font(table_text, font, 9)
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


def build_profile(key: str) -> Path:
    """Build templates/<key>/base.docx from the profile's [base_docx] settings."""
    folder = TEMPLATES / key
    data = tomllib.loads((folder / "profile.toml").read_text(encoding="utf-8"))
    params = data.get("base_docx", {})
    accent = params.get("accent", str(ACCENT))
    target = folder / data.get("document", {}).get("base_docx", "base.docx")
    build(target, str(params.get("font", FONT)), RGBColor.from_string(accent))
    return target


def shipped_profiles() -> list[str]:
    return sorted(p.parent.name for p in TEMPLATES.glob("*/profile.toml")
                  if not p.parent.name.startswith("_"))


if __name__ == "__main__":
    for key in sys.argv[1:] or shipped_profiles():
        print(f"skrev {build_profile(key)}")
