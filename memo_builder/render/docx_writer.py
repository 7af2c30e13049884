"""Document tree -> .docx on the profile's base document (python-docx).

The base document owns styles, A4 page setup, header, footer and page-number fields; this writer
only fills the body, the header's text token and the file properties. Styles are resolved by
style id with fallbacks, so a Swedish Word base ("Rubrik 1") works as well as an English one.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm
from lxml import etree

from memo_builder.model.text import clean_text
from memo_builder.render import tree
from memo_builder.render.profile import Profile

HEADER_TOKEN = "[[HEADER]]"

# Logical role -> candidate style ids, first existing wins. Word's built-in ids are language
# neutral ("Heading1" even in a Swedish Word), but organisation documents made by other tools
# sometimes carry localised ids, hence the alternates.
ROLE_STYLES: dict[str, tuple[str, ...]] = {
    "normal": ("Normal",),
    "h1": ("Heading1", "Rubrik1"),
    "h2": ("Heading2", "Rubrik2"),
    "h3": ("Heading3", "Rubrik3"),
    "bullet": ("ListBullet", "Punktlista"),
    "number": ("ListNumber", "Numreradlista"),
    "table": ("MemoTable", "TableGrid", "Tabellrutnt"),
    "table_text": ("MemoTableText", "Normal"),
    "caption": ("Caption", "Beskrivning"),
}


@dataclass
class WriteReport:
    """What the writer had to work around (shown to the user as warnings)."""

    missing_styles: set[str] = field(default_factory=set)


class _Styles:
    def __init__(self, document, profile: Profile, report: WriteReport) -> None:
        self.by_id = {s.style_id: s for s in document.styles}
        self.profile = profile
        self.report = report
        self.cache: dict[str, object] = {}

    def role(self, role: str):
        if role in self.cache:
            return self.cache[role]
        style = next((self.by_id[i] for i in ROLE_STYLES[role] if i in self.by_id), None)
        if style is None:
            self.report.missing_styles.add(ROLE_STYLES[role][0])
            style = self.by_id.get("Normal") if role != "table" else None
        self.cache[role] = style
        return style

    def css(self, css: str, fallback_role: str):
        """Style for an HTML class list: the first class the profile maps to an existing style."""
        for name in css.split():
            style_id = self.profile.styles.get(name)
            if style_id is None:
                continue
            key = f"css:{style_id}"
            if key not in self.cache:
                style = self.by_id.get(style_id)
                if style is None:
                    self.report.missing_styles.add(style_id)
                self.cache[key] = style
            if self.cache[key] is not None:
                return self.cache[key]
        return self.role(fallback_role)


# The body is written with lxml directly: python-docx's proxies re-resolve styles and schema
# order on every call, which made them most of the build time (see bench/build_example.py).
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _style_id(style) -> str | None:
    return style.style_id if style is not None and style.style_id != "Normal" else None


def _new_paragraph(
    style_id: str | None,
    inlines: list[tree.Inline],
    *,
    num_id: str | None = None,
    right: bool = False,
    bold: bool = False,
):
    """A complete ``w:p`` element; pPr children in schema order (pStyle, numPr, jc)."""
    p = etree.Element(W + "p")
    if style_id or num_id or right:
        ppr = etree.SubElement(p, W + "pPr")
        if style_id:
            etree.SubElement(ppr, W + "pStyle").set(W + "val", style_id)
        if num_id:
            num_pr = etree.SubElement(ppr, W + "numPr")
            etree.SubElement(num_pr, W + "ilvl").set(W + "val", "0")
            etree.SubElement(num_pr, W + "numId").set(W + "val", num_id)
        if right:
            etree.SubElement(ppr, W + "jc").set(W + "val", "right")
    _append_runs(p, inlines, bold)
    return p


def _append_runs(p, inlines: list[tree.Inline], bold: bool = False) -> None:
    for item in inlines:
        if isinstance(item, tree.Break):
            etree.SubElement(etree.SubElement(p, W + "r"), W + "br")
            continue
        text = clean_text(item.text)
        if not text:
            continue
        r = etree.SubElement(p, W + "r")
        if bold or item.bold or item.italic:
            rpr = etree.SubElement(r, W + "rPr")
            if bold or item.bold:
                etree.SubElement(rpr, W + "b")
            if item.italic:
                etree.SubElement(rpr, W + "i")
        for i, part in enumerate(text.split("\t")):
            if i:
                etree.SubElement(r, W + "tab")
            if part:
                t = etree.SubElement(r, W + "t")
                t.text = part
                if part != part.strip(" "):
                    t.set(XML_SPACE, "preserve")


def _set_repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)
    cant_split = OxmlElement("w:cantSplit")
    tr_pr.append(cant_split)


def _set_table_description(table, caption: str) -> None:
    """Accessible title/description (Word: Table Properties > Alt Text)."""
    if not caption:
        return
    tbl_pr = table._tbl.tblPr
    for tag, value in (("w:tblCaption", caption[:250]), ("w:tblDescription", caption)):
        el = OxmlElement(tag)
        el.set(qn("w:val"), value)
        tbl_pr.append(el)


class _Numbering:
    """Gives every ordered list its own numbering instance so each restarts at 1."""

    def __init__(self, document, number_style) -> None:
        self.document = document
        self.abstract_id: str | None = None
        if number_style is None:
            return
        num_pr = number_style.element.find(qn("w:pPr") + "/" + qn("w:numPr"))
        if num_pr is None:
            return
        num_id_el = num_pr.find(qn("w:numId"))
        if num_id_el is None:
            return
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        self.numbering = numbering
        for num in numbering.findall(qn("w:num")):
            if num.get(qn("w:numId")) == num_id_el.get(qn("w:val")):
                abstract = num.find(qn("w:abstractNumId"))
                if abstract is not None:
                    self.abstract_id = abstract.get(qn("w:val"))
        ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
        self.next_id = max(ids, default=0) + 1

    def new_list(self) -> str | None:
        if self.abstract_id is None:
            return None
        num = OxmlElement("w:num")
        num_id = str(self.next_id)
        self.next_id += 1
        num.set(qn("w:numId"), num_id)
        abstract = OxmlElement("w:abstractNumId")
        abstract.set(qn("w:val"), self.abstract_id)
        num.append(abstract)
        override = OxmlElement("w:lvlOverride")
        override.set(qn("w:ilvl"), "0")
        start = OxmlElement("w:startOverride")
        start.set(qn("w:val"), "1")
        override.append(start)
        num.append(override)
        self.numbering.append(num)
        return num_id



def _clear_body(document) -> None:
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _fill_header(document, text: str) -> None:
    for section in document.sections:
        for part in (section.header, section.first_page_header, section.footer):
            if part is None:
                continue
            for paragraph in part.paragraphs:
                for run in paragraph.runs:
                    if HEADER_TOKEN in run.text:
                        run.text = run.text.replace(HEADER_TOKEN, clean_text(text))


def _strip_leftovers(document) -> None:
    """No thumbnail, custom XML or custom properties from the base document end up in a memo."""
    package_rels = document.part.package.rels
    for rel_id, rel in list(package_rels.items()):
        if rel.reltype.endswith(("/thumbnail", "/custom-properties")):
            del package_rels[rel_id]
    doc_rels = document.part.rels
    for rel_id, rel in list(doc_rels.items()):
        if rel.reltype.endswith("/customXml"):
            del doc_rels[rel_id]


def _set_properties(document, meta: dict) -> None:
    cp = document.core_properties
    author = clean_text(meta.get("author", ""))
    cp.title = clean_text(meta.get("title", ""))[:255]
    cp.subject = clean_text(meta.get("subject", ""))[:255]
    cp.author = author[:255]
    cp.last_modified_by = author[:255]
    cp.keywords = clean_text(meta.get("keywords", ""))[:255]
    cp.comments = ""
    cp.category = clean_text(meta.get("category", ""))[:255]
    cp.content_status = clean_text(meta.get("status", ""))[:255]
    cp.identifier = ""
    cp.language = "sv-SE"
    cp.version = ""
    cp.revision = 1
    now = meta.get("now") or datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    cp.created = now
    cp.modified = now


def write_docx(
    document_tree: tree.Document,
    profile: Profile,
    target: Path | io.BytesIO,
    meta: dict,
    images: dict[str, bytes] | None = None,
) -> WriteReport:
    """Write ``document_tree`` onto the profile's base document and save it to ``target``."""
    report = WriteReport()
    document = docx.Document(str(profile.base_docx))
    _clear_body(document)
    _strip_leftovers(document)
    styles = _Styles(document, profile, report)
    numbering = _Numbering(document, styles.role("number"))
    body_width = _body_width(document)

    sect_pr = document.element.body.find(W + "sectPr")

    def add(element) -> None:
        if sect_pr is not None:
            sect_pr.addprevious(element)
        else:
            document.element.body.append(element)

    for block in document_tree.blocks:
        if isinstance(block, tree.Heading):
            level = min(max(block.level, 1), 3)
            add(_new_paragraph(_style_id(styles.css(block.css, f"h{level}")), block.inlines))
        elif isinstance(block, tree.Paragraph):
            add(_new_paragraph(_style_id(styles.css(block.css, "normal")), block.inlines))
        elif isinstance(block, tree.ListBlock):
            role = "number" if block.ordered else "bullet"
            style_id = _style_id(styles.css(block.css, role))
            num_id = numbering.new_list() if block.ordered else None
            for item in block.items:
                add(_new_paragraph(style_id, item, num_id=num_id))
        elif isinstance(block, tree.Table):
            _write_table(document, block, styles, body_width)
        elif isinstance(block, tree.PageBreak):
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif isinstance(block, tree.Image):
            data = (images or {}).get(block.src)
            if data is None:
                continue
            document.add_picture(io.BytesIO(data), width=Mm(min(block.width_mm, 170)))
            pic_paragraph = document.paragraphs[-1]
            _set_alt_text(pic_paragraph, block.alt)

    _fill_header(document, meta.get("header", ""))
    _set_properties(document, meta)
    document.save(target)
    return report


def _body_width(document):
    section = document.sections[0]
    try:
        return section.page_width - section.left_margin - section.right_margin
    except TypeError:
        return Mm(160)


def _write_table(document, block: tree.Table, styles: _Styles, body_width) -> None:
    columns = max(len(r.cells) for r in block.rows)
    table = document.add_table(rows=0, cols=columns)
    style = styles.css(block.css, "table")
    if style is not None:
        table.style = style
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    _set_table_description(table, block.caption)
    text_style = styles.role("table_text")
    # First column holds the labels; share the rest evenly.
    if columns > 1:
        first = int(body_width * (0.40 if columns > 3 else 0.5))
        rest = int((body_width - first) / (columns - 1))
        widths = [first] + [rest] * (columns - 1)
    else:
        widths = [int(body_width)]
    for col, width in zip(table.columns, widths, strict=False):
        col.width = width  # gridCol; rows added below take their cell widths from it
    text_style_id = _style_id(text_style)
    for row_data in block.rows:
        row = table.add_row()
        if row_data.header:
            _set_repeat_header(row)
        bold_row = row_data.header or "sum" in row_data.css.split()
        for tc, cell_data in zip(row._tr.tc_lst, row_data.cells, strict=False):
            for old in tc.findall(W + "p"):
                tc.remove(old)
            tc.append(
                _new_paragraph(
                    text_style_id,
                    cell_data.inlines,
                    right="num" in cell_data.css.split(),
                    bold=bold_row or cell_data.header,
                )
            )


def _set_alt_text(paragraph, alt: str) -> None:
    for doc_pr in paragraph._p.iter(qn("wp:docPr")):
        doc_pr.set("descr", clean_text(alt))
        doc_pr.set("title", clean_text(alt)[:100])

