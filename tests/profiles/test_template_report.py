"""The profile report says what the memo will really look like (issue 23): a US Letter
template gets a warning and can be made A4; the fonts reported are the ones used, theme fonts
resolved, not the first name found in the styles."""

from __future__ import annotations

import docx
from docx.oxml.ns import qn
from docx.shared import Mm

from memo_builder.render.profile_import import convert_template, create_profile


def letter_template(path, *, body_font="Georgia"):
    """A template as Word makes it in the US: Letter paper, the body in a named font and the
    headings in the theme's heading font (w:asciiTheme), as Word's own heading styles are."""
    document = docx.Document()
    document.styles["Normal"].font.name = body_font
    heading = document.styles["Heading 1"].element
    fonts = heading.find(qn("w:rPr")).find(qn("w:rFonts"))
    if fonts is None:
        fonts = heading.find(qn("w:rPr")).makeelement(qn("w:rFonts"), {})
        heading.find(qn("w:rPr")).insert(0, fonts)
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    fonts.set(qn("w:asciiTheme"), "majorHAnsi")
    fonts.set(qn("w:hAnsiTheme"), "majorHAnsi")
    section = document.sections[0]
    section.page_width, section.page_height = Mm(215.9), Mm(279.4)
    section.left_margin = section.right_margin = Mm(25)
    document.add_paragraph("Rubrik", style="Heading 1")
    document.save(str(path))
    return path


def _theme_major(path) -> str:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from lxml import etree

    part = docx.Document(str(path)).part.part_related_by(RT.THEME)
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    return etree.fromstring(part.blob).find(f".//{a}majorFont/{a}latin").get("typeface")


def test_a_letter_template_is_reported_and_can_be_made_a4(tmp_path):
    source = letter_template(tmp_path / "Memo template.docx")
    _data, _manifest, report = convert_template(source, "county")
    assert report.not_a4 == (216, 279)
    text = "\n".join(report.lines())
    assert "216 × 279 mm (US Letter), inte A4" in text
    made = create_profile(source, "county", tmp_path / "profiles", a4=True)
    assert made.made_a4 and made.not_a4 is None
    section = docx.Document(str(made.folder / "base.docx")).sections[0]
    assert (round(section.page_width / Mm(1)), round(section.page_height / Mm(1))) == (210, 297)
    assert round(section.left_margin / Mm(1)) == 25  # the template's margins stay
    assert "ändrades till A4" in "\n".join(made.lines())


def test_the_report_names_the_fonts_actually_used_theme_fonts_resolved(tmp_path):
    source = letter_template(tmp_path / "mall.docx")
    _data, _manifest, report = convert_template(source, "county")
    major = _theme_major(source)
    assert major and major != "Georgia"
    used = dict((what, (font, where)) for what, font, where in report.used_fonts)
    assert used["brödtext"][0] == "Georgia"
    assert used["rubriker"] == (major, "temats rubrikfont")
    text = "\n".join(report.lines())
    assert f"rubriker: {major} (temats rubrikfont)" in text


def test_an_a4_template_gets_no_warning(tmp_path):
    from tests.profiles.org_template import swedish_template

    _data, _manifest, report = convert_template(swedish_template(tmp_path / "a4.docx"), "umea")
    assert report.not_a4 is None and "Varning: sidan" not in "\n".join(report.lines())

