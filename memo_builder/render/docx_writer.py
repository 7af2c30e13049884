"""Document tree -> .docx on the profile's base document (python-docx).

The base document owns styles, A4 page setup, header, footer and page-number fields; this writer
only fills the body, the header's text token and the file properties. Styles are resolved by
style id with fallbacks, so a Swedish Word base ("Rubrik 1") works as well as an English one.
"""

from __future__ import annotations

import copy
import io
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm
from lxml import etree

from memo_builder.render import tree
from memo_builder.render.charts import CostChart, chart_workbook, chart_xml
from memo_builder.render.profile import HEADER_TOKEN, ROLE_STYLES, Profile, ProfileError
from memo_builder.render.scrub import scrub
from memo_builder.render.typography import NB_HYPHEN, bind_units


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
        candidates = (self.profile.roles.get(role, ""), *ROLE_STYLES[role])
        style = next((self.by_id[i] for i in candidates if i in self.by_id), None)
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
NS_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _style_id(style) -> str | None:
    return style.style_id if style is not None and style.style_id != "Normal" else None


def _new_paragraph(
    style_id: str | None,
    inlines: list[tree.Inline],
    *,
    num_id: str | None = None,
    right: bool = False,
    bold: bool = False,
    points: float | None = None,
):
    """A complete ``w:p`` element; pPr children in schema order (pStyle, numPr, jc).
    ``points`` overrides the style's text size (a wide table steps down to 8 pt)."""
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
    _append_runs(p, inlines, bold, points)
    return p


def _append_runs(p, inlines: list[tree.Inline], bold: bool = False,
                 points: float | None = None) -> None:
    for item in inlines:
        if isinstance(item, tree.Break):
            etree.SubElement(etree.SubElement(p, W + "r"), W + "br")
            continue
        text = item.text
        if not text:
            continue
        r = etree.SubElement(p, W + "r")
        if bold or item.bold or item.italic or points:
            rpr = etree.SubElement(r, W + "rPr")  # schema order: b, i, …, sz, szCs
            if bold or item.bold:
                etree.SubElement(rpr, W + "b")
            if item.italic:
                etree.SubElement(rpr, W + "i")
            if points:
                half = str(round(points * 2))
                etree.SubElement(rpr, W + "sz").set(W + "val", half)
                etree.SubElement(rpr, W + "szCs").set(W + "val", half)
        for i, part in enumerate(bind_units(text).split("\t")):
            if i:
                etree.SubElement(r, W + "tab")
            for k, piece in enumerate(part.split(NB_HYPHEN)):
                if k:  # Word's own no-break hyphen: any font shows it as a hyphen
                    etree.SubElement(r, W + "noBreakHyphen")
                if piece:
                    t = etree.SubElement(r, W + "t")
                    t.text = piece
                    if piece != piece.strip(" "):
                        t.set(XML_SPACE, "preserve")


TABLE_INDENT_TWIPS = 80  # the MemoTable style's left cell margin


def _indent_to_margin(table) -> None:
    """Word draws a table's border a cell margin left of the text margin; indent it by that
    much so the table lines up with the text (tblPr: after jc, in schema order)."""
    tbl_pr = table._tbl.tblPr
    ind = OxmlElement("w:tblInd")
    ind.set(qn("w:w"), str(TABLE_INDENT_TWIPS))
    ind.set(qn("w:type"), "dxa")
    jc = tbl_pr.find(qn("w:jc"))
    if jc is not None:
        jc.addnext(ind)
    else:
        tbl_pr.append(ind)


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
    # Units bound here too (a case number or date in the running header); the header's run is
    # plain text, so the no-break hyphen stays a hyphen (U+2011 is missing from some fonts).
    text = bind_units(text).replace(NB_HYPHEN, "-")
    for section in document.sections:
        for part in (section.header, section.first_page_header, section.footer):
            if part is None:
                continue
            for paragraph in part.paragraphs:
                for run in paragraph.runs:
                    if HEADER_TOKEN in run.text:
                        run.text = run.text.replace(HEADER_TOKEN, text)


LOGO_WIDTH_MM = 40


def _place_logo(document, profile: Profile, alt: str) -> None:
    """The profile's logo at the top of the first page's header, with the organisation's name
    as its alt text. The first page gets a header of its own (the base's header text below the
    logo, and the same footer), so later pages keep the plain header."""

    try:
        data = profile.logo.read_bytes()
    except OSError as exc:
        raise ProfileError(f"Mallen {profile.key!r}: logotypen kan inte läsas ({exc}).") from None
    section = document.sections[0]
    if not section.different_first_page_header_footer:
        section.different_first_page_header_footer = True
        for plain, first in ((section.header, section.first_page_header),
                             (section.footer, section.first_page_footer)):
            first.is_linked_to_previous = False
            target = first._element
            for child in list(target):
                target.remove(child)
            for child in plain._element:
                target.append(copy.deepcopy(child))
    header = section.first_page_header
    paragraph = header.paragraphs[0].insert_paragraph_before() if header.paragraphs \
        else header.add_paragraph()
    drawing_id = _next_drawing_id(document)
    try:
        paragraph.add_run().add_picture(io.BytesIO(data), width=Mm(LOGO_WIDTH_MM))
    except Exception as exc:  # python-docx reads the image header itself
        raise ProfileError(f"Mallen {profile.key!r}: logotypen {profile.logo.name} kan inte "
                           f"läsas som bild ({type(exc).__name__}). Spara den som PNG.") from None
    for doc_pr in paragraph._p.iter(f"{{{NS_WP}}}docPr"):
        doc_pr.set("id", str(drawing_id))  # unique in the package, not just in the header
        doc_pr.set("descr", alt or profile.name)
        doc_pr.set("title", alt or profile.name)


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
    scrub(document)  # comments, template path, doc variables, stale app.xml (render/scrub.py)


def _set_properties(document, meta: dict) -> None:
    cp = document.core_properties
    author = meta.get("author", "")
    cp.title = meta.get("title", "")[:255]
    cp.subject = meta.get("subject", "")[:255]
    cp.author = author[:255]
    cp.last_modified_by = author[:255]
    cp.keywords = meta.get("keywords", "")[:255]
    cp.comments = ""
    cp.category = meta.get("category", "")[:255]
    cp.content_status = meta.get("status", "")[:255]
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
    charts: dict[str, CostChart] | None = None,
) -> WriteReport:
    """Write ``document_tree`` onto the profile's base document and save it to ``target``.

    An image block whose ``src`` is in ``charts`` becomes a native Word chart with the block's
    alt text in ``wp:docPr/@descr``; the tree has no other pictures. Text is written as the
    tree holds it: the tree parser and ``pipeline.document_meta`` cleaned it.
    """
    report = WriteReport()
    try:
        document = docx.Document(str(profile.base_docx))
    except Exception as exc:  # a foreign base document: name it, never a traceback
        raise ProfileError(
            f"Mallen {profile.key!r}: grunddokumentet {profile.base_docx.name} kan inte öppnas "
            f"som Word-fil ({type(exc).__name__}: {exc}). Kontakta den som förvaltar mallen."
        ) from None
    _clear_body(document)
    _strip_leftovers(document)
    styles = _Styles(document, profile, report)
    _default_widow_control(document)
    numbering = _Numbering(document, styles.role("number"))
    body_width = _body_width(document)

    sect_pr = document.element.body.find(W + "sectPr")

    def add(element) -> None:
        if sect_pr is not None:
            sect_pr.addprevious(element)
        else:
            document.element.body.append(element)

    after_table = False
    blocks = document_tree.blocks
    # The memo's last section never stands alone on a last page (Bilagor with its two items
    # on page 10): the paragraph before its heading goes with it.
    last_heading = max((i for i, b in enumerate(blocks) if isinstance(b, tree.Heading)),
                       default=-1)
    signed_at_end = any(_is_signature(b) or (isinstance(b, tree.Paragraph) and "signed" in
                                             b.css.split())
                        for b in blocks[max(last_heading, 0):])
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        # A list or a table right before the memo's last section goes with it when no
        # signatures follow to keep that section company ("Beslutsunderlag" and its one item
        # alone on a last page).
        takes_last_section = index == last_heading - 1 and not signed_at_end
        if isinstance(block, tree.Heading):
            level = min(max(block.level, 1), 3)
            p = _new_paragraph(_style_id(styles.css(block.css, f"h{level}")), block.inlines)
            add(_keep_lines(_keep_next(p)))  # even when an organisation's style forgets it
        elif isinstance(block, tree.Paragraph):
            p = _new_paragraph(_style_id(styles.css(block.css, "normal")), block.inlines)
            # ... but not a section's only paragraph when the signatures follow the last
            # section (they fill the last page): LibreOffice does not carry a heading along a
            # chain of two kept paragraphs ("Samverkan" alone at a page foot, its one sentence
            # and the last section on the next page).
            closes_before_last = index == last_heading - 1 and not (
                signed_at_end and index > 0 and isinstance(blocks[index - 1], tree.Heading))
            css = block.css.split()
            if "signed" in css or ("signature" in css and not _is_signature(following)):
                # The signatures, with the text they sign or on their own (pipeline): one
                # paragraph, never split, whatever the organisation's style says.
                _keep_lines(p)
            elif _keeps_with_next(block, following, after_table) or closes_before_last:
                _keep_lines(_keep_next(p))
            elif "labelled" in css:
                _widow_control(p)
            add(_space_before(p) if after_table else p)
        elif isinstance(block, tree.ListBlock):
            role = "number" if block.ordered else "bullet"
            style_id = _style_id(styles.css(block.css, role))
            num_id = numbering.new_list() if block.ordered else None
            last = len(block.items) - 1
            for k, item in enumerate(block.items):
                p = _keep_lines(_new_paragraph(style_id, item, num_id=num_id))
                # The first two items stay together (a label is never left with one item
                # alone), and so do the last two (no item alone at the top of a page); the
                # last stays with the signatures when they follow.
                if (k == 0 and last > 0) or (k == last - 1 and last > 1) or (
                        k == last and (_is_signature(following) or takes_last_section)):
                    _keep_next(p)
                add(_space_before(p) if after_table and k == 0 else p)
        elif isinstance(block, tree.Table):
            # A note under the table ("Åren i tabellerna är kalenderår.") belongs to it: the
            # last row keeps with it, so it never opens the next page alone.
            note = isinstance(following, tree.Paragraph) and "small" in following.css.split()
            _write_table(document, block, styles, body_width,
                         keep_last=note or takes_last_section)
        elif isinstance(block, tree.PageBreak):
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif isinstance(block, tree.Image):
            chart = (charts or {}).get(block.src)
            if chart is None:
                continue
            p = _chart_paragraph(document, chart, block.alt, Mm(min(block.width_mm, 170)))
            previous = sect_pr.getprevious() if sect_pr is not None else None
            if previous is not None and previous.tag == W + "p":
                _keep_next(previous)  # the sentence introducing the chart stays with it
            add(_space_before(p) if after_table else p)
        after_table = isinstance(block, tree.Table)

    _fill_header(document, meta.get("header", ""))
    if profile.logo is not None:
        _place_logo(document, profile, meta.get("organisation", "") or profile.organisation)
    _set_properties(document, meta)
    document.save(target)
    return report


def _body_width(document):
    section = document.sections[0]
    try:
        return section.page_width - section.left_margin - section.right_margin
    except TypeError:
        return Mm(160)


def _write_table(document, block: tree.Table, styles: _Styles, body_width,
                 keep_last: bool = False) -> None:
    columns = max(len(r.cells) for r in block.rows)
    table = document.add_table(rows=0, cols=columns)
    style = styles.css(block.css, "table")
    if style is not None and style.element.get(qn("w:default")) not in ("1", "true", "on"):
        # What ``table.style = style`` writes, without python-docx's search of every style for
        # the default one on each table (about 1 ms a table).
        table._tbl.tblStyle_val = style.style_id
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    _indent_to_margin(table)
    _set_table_description(table, block.caption)
    text_style = styles.role("table_text")
    widths, points = _column_widths(block, columns, int(body_width) - TABLE_INDENT_TWIPS * 635)
    for col, width in zip(table.columns, widths, strict=False):
        col.width = width  # gridCol; rows added below take their cell widths from it
    text_style_id = _style_id(text_style)
    # Rows are built with lxml: python-docx's add_row and cell.width re-find schema positions
    # for every cell, which made a 200-option memo spend most of its build time here.
    twips = [str(int(w) // 635) for w in widths]  # EMU -> twentieths of a point
    tbl = table._tbl
    keep_rows = _rows_kept_with_next(block)
    if keep_last:
        keep_rows.add(len(block.rows) - 1)
    for r, row_data in enumerate(block.rows):
        keep_row = r in keep_rows
        tr = etree.SubElement(tbl, W + "tr")
        tr_pr = etree.SubElement(tr, W + "trPr")
        etree.SubElement(tr_pr, W + "cantSplit")  # a row and its assumption line stay together
        if row_data.header:
            etree.SubElement(tr_pr, W + "tblHeader")
        bold_row = row_data.header or "sum" in row_data.css.split()
        for i in range(columns):
            tc = etree.SubElement(tr, W + "tc")
            tc_w = etree.SubElement(etree.SubElement(tc, W + "tcPr"), W + "tcW")
            tc_w.set(W + "w", twips[i])
            tc_w.set(W + "type", "dxa")
            if i < len(row_data.cells):
                cell_data = row_data.cells[i]
                p = _new_paragraph(
                    text_style_id,
                    cell_data.inlines,
                    right="num" in cell_data.css.split(),
                    bold=bold_row or cell_data.header,
                    points=points if points != TABLE_POINTS[0] else None,
                )
            else:
                p = _new_paragraph(text_style_id, [])
            tc.append(_keep_next(p) if keep_row else p)


# Table text is 9 pt. Widths are sized for the widest font a reader may substitute, not for
# the one named: a digit is 0.556 em in Arial and Liberation Sans but 0.636 em in DejaVu Sans
# and 0.696 em bold, which is what LibreOffice uses where neither Arial nor its metric twin is
# installed. Per character at 9 pt: digits and letters 2.2 mm (bold DejaVu), spaces 1.1 mm.
# The cell margins (style MemoTable) are 2 × 80 twips = 2.8 mm. Widths come from the longest
# unbreakable piece of text, so figures never wrap mid-number ("222 28|4") and header words
# never mid-word ("Optio|n"). A table too wide for that at 9 pt is set in 8 pt.
_MM_PER_CHAR = 2.2
_MM_PER_SPACE = 1.1
_CELL_PADDING_MM = 3.4
_TEXT_COLUMN_CHARS = 26  # a text column beside the labels wraps at about this many characters
TABLE_POINTS = (9, 8)  # the table text's size, and the size a wide table steps down to
# Where a line may wrap: spaces, soft hyphens, slashes, and hyphens after a letter (never in
# 2018-06-01 or 1 234, whose spaces are no-break spaces).
_BREAKS = re.compile(r"[ \u00ad/]+|(?<=[^\W\d])-")  # U+2011 (bind_units) never breaks


def _piece_mm(piece: str) -> float:
    spaces = piece.count("\u00a0") + piece.count("\u202f")
    return (len(piece) - spaces) * _MM_PER_CHAR + spaces * _MM_PER_SPACE


def _min_text_mm(text: str) -> float:
    return max((_piece_mm(piece) for piece in _BREAKS.split(text)), default=0.0)


def _column_widths(block: tree.Table, columns: int, body: int) -> tuple[list[int], int]:
    """Column widths and the table's text size in points. Label column first; figure columns
    as wide as their widest figure (or the longest word of their header), text columns about
    26 characters; the labels get what is left, at least 28 % of the width at 9 pt (18 % when
    a wide table steps down to 8 pt)."""
    if columns <= 1:
        return [body], TABLE_POINTS[0]
    need = [0.0] * columns
    head = [0.0] * columns
    text_columns: set[int] = set()
    label_mm = 0.0  # the label column's longest line, as one line
    for row in block.rows:
        for i, cell in enumerate(row.cells[:columns]):
            text = bind_units(tree.inline_text(cell.inlines))
            if row.header or cell.header:
                head[i] = max(head[i], _min_text_mm(text))
            elif "num" in cell.css.split():
                need[i] = max(need[i], _min_text_mm(text))
            else:
                if i == 0:
                    longest = max((len(t) for t in text.split("\n")), default=0)
                    label_mm = max(label_mm, longest * _MM_PER_CHAR)
                else:
                    text_columns.add(i)
                chars = min(len(text), _TEXT_COLUMN_CHARS)
                need[i] = max(need[i], chars * _MM_PER_CHAR, _min_text_mm(text))
    available = body / Mm(1)
    sizes = ((TABLE_POINTS[0], 0.28), (TABLE_POINTS[1], 0.18))

    def widths_at(points: int, label_share: float):
        k = points / TABLE_POINTS[0]
        want = [max(need[i] * k, head[i] * k, 8.0) + _CELL_PADDING_MM for i in range(1, columns)]
        floor = [max(need[i] * k, 8.0) + _CELL_PADDING_MM for i in range(1, columns)]
        return want, floor, available * label_share

    # A header word broken across lines ("Avtalsperi|od") is a unit broken: the smaller size
    # comes before it. Only when whole header words fit at neither size do they wrap.
    for points, label_share in sizes:
        want, floor, label_min = widths_at(points, label_share)
        if sum(want) <= available - label_min:
            break
    else:
        for points, label_share in sizes:
            want, floor, label_min = widths_at(points, label_share)
            if sum(floor) <= available - label_min:
                break
    if sum(want) > available - label_min:
        # Headers wrap inside words before a figure is ever split.
        spare = max(available - label_min - sum(floor), 0)
        extra = [w - f for w, f in zip(want, floor, strict=True)]
        scale = min(spare / sum(extra), 1) if sum(extra) else 0
        want = [f + e * scale for f, e in zip(floor, extra, strict=True)]
    if sum(want) > available - label_min:
        share = (available - label_min) / (columns - 1)
        want = [share] * (columns - 1)
    # Labels that need less than what is left give the rest to the text columns: a short
    # "1. Förläng med option" beside a three-line "Kan vara på plats i tid om …" wasted it.
    if text_columns:
        k = points / TABLE_POINTS[0]
        label_width = available - sum(want)
        label_need = max(label_mm * k + _CELL_PADDING_MM, available * label_share)
        spare = label_width - label_need
        if spare > 0:
            give = spare / len(text_columns)
            want = [w + give if i + 1 in text_columns else w for i, w in enumerate(want)]
    rest = [int(w * Mm(1)) for w in want]
    return [body - sum(rest), *rest], points


KEEP_TOGETHER_ROWS = 8


def _rows_kept_with_next(block: tree.Table) -> set[int]:
    """Rows that keep with the next one. A short table stays on one page; a long one may
    break between rows (never inside one: cantSplit), its header row repeats, and neither the
    header with fewer than two rows under it nor the last row is left alone on a page. A long
    table kept whole left the page before it up to two thirds empty."""
    n = len(block.rows)
    if n <= KEEP_TOGETHER_ROWS:
        return set(range(n - 1))
    heads = 0
    while heads < n and block.rows[heads].header:
        heads += 1
    return set(range(heads + 2)) | {n - 2}


def _keep_next(p):
    ppr = p.find(W + "pPr")
    if ppr is None:
        ppr = etree.Element(W + "pPr")
        p.insert(0, ppr)
    if ppr.find(W + "keepNext") is not None:
        return p
    keep = etree.Element(W + "keepNext")
    style = ppr.find(W + "pStyle")
    if style is not None:
        style.addnext(keep)  # schema order: pStyle, keepNext, …
    else:
        ppr.insert(0, keep)
    return p


def _is_signature(block) -> bool:
    return isinstance(block, tree.Paragraph) and "signature" in block.css.split()


def _keeps_with_next(block: tree.Paragraph, following, after_table: bool = False) -> bool:
    """Whether a paragraph must stay on the page of what follows it, by its role: a label
    ("Fördelar:", a bold lead like "Förvaltningens bedömning … Hög."), a lead-in to a table,
    list or chart, a source line under a caveat's heading, a signature with the next one, and
    the text a signature signs. Never at the end of a section (before a heading), and never a
    note right under a table: it belongs to the table above, and kept with what follows it
    dragged a chart's whole lead-in chain onto the next page, leaving half a page empty."""
    if following is None or isinstance(following, tree.Heading | tree.PageBreak):
        return False
    css = block.css.split()
    if _is_signature(following) or "signature" in css:
        return True
    if "labelled" in css:
        # The label opens its own text's paragraph; the paragraph's orphan control keeps the
        # label with the text's first line, and nothing chains it to the next paragraph.
        return False
    if after_table and "small" in css:
        return False
    if isinstance(following, tree.Table | tree.ListBlock | tree.Image):
        return True
    text = tree.inline_text(block.inlines).rstrip()
    if text.endswith(":"):
        return True
    first = next((i for i in block.inlines if isinstance(i, tree.Run) and i.text.strip()), None)
    if first is not None and first.bold:
        # A label or an assessment line: its reasoning follows. A line that carries its own
        # value ("Leverantör: Microsoft") before another label ("Fördelar:") has nothing of
        # its own after it, and the chain of two kept paragraphs is one LibreOffice breaks,
        # leaving the second label alone at the page foot.
        return not _is_label(following)
    return "small" in css or "meta" in css


def _is_label(block) -> bool:
    """A paragraph that introduces what follows it: ends in a colon, nothing after it, or a
    label that opens its own text ("Fördelar:" and the advantages, one paragraph)."""
    return isinstance(block, tree.Paragraph) and (
        tree.inline_text(block.inlines).rstrip().endswith(":") or "labelled" in block.css.split())


def _keep_lines(p):
    """The paragraph's lines stay on one page (pPr: keepLines right after keepNext)."""
    ppr = p.find(W + "pPr")
    if ppr is None:
        ppr = etree.Element(W + "pPr")
        p.insert(0, ppr)
    if ppr.find(W + "keepLines") is not None:
        return p
    keep = etree.Element(W + "keepLines")
    anchor = ppr.find(W + "keepNext")
    if anchor is None:
        anchor = ppr.find(W + "pStyle")
    if anchor is not None:
        anchor.addnext(keep)
    else:
        ppr.insert(0, keep)
    return p


def _default_widow_control(document) -> None:
    """Widow and orphan control for every paragraph, as Word's own Normal template has it, unless
    the organisation's template decides it itself (in its defaults or its Normal style)."""
    root = document.styles.element
    normal = root.find(f"{W}style[@{W}styleId='Normal']/{W}pPr/{W}widowControl")
    if normal is not None or root.find(f"{W}docDefaults//{W}widowControl") is not None:
        return
    defaults = root.find(W + "docDefaults")
    if defaults is None:
        defaults = etree.Element(W + "docDefaults")
        root.insert(0, defaults)
    ppr_default = defaults.find(W + "pPrDefault")
    if ppr_default is None:
        ppr_default = etree.SubElement(defaults, W + "pPrDefault")  # after rPrDefault
    ppr = ppr_default.find(W + "pPr")
    if ppr is None:
        ppr = etree.SubElement(ppr_default, W + "pPr")
    _widow_control_into(ppr)


def _widow_control_into(ppr) -> None:
    control = etree.Element(W + "widowControl")
    before = [W + t for t in ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr")]
    anchor = None
    for child in ppr:
        if child.tag in before:
            anchor = child
    if anchor is not None:
        anchor.addnext(control)
    else:
        ppr.insert(0, control)


def _widow_control(p):
    """Never one line of the paragraph alone at a page's foot or top (pPr: widowControl,
    which the schema puts after pageBreakBefore and before numPr)."""
    ppr = p.find(W + "pPr")
    if ppr is None:
        ppr = etree.Element(W + "pPr")
        p.insert(0, ppr)
    if ppr.find(W + "widowControl") is None:
        _widow_control_into(ppr)
    return p


def _space_before(p, twips: int = 160):
    """Air between a table and what follows it (8 pt; no empty paragraphs for spacing)."""
    ppr = p.find(W + "pPr")
    if ppr is None:
        ppr = etree.Element(W + "pPr")
        p.insert(0, ppr)
    spacing = ppr.find(W + "spacing")
    if spacing is None:
        spacing = etree.Element(W + "spacing")
        # Schema order in pPr: pStyle, keepNext, …, numPr, …, spacing, ind, …, jc.
        anchor = None
        for tag in ("jc", "ind"):
            anchor = ppr.find(W + tag)
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(spacing)
        else:
            ppr.append(spacing)
    spacing.set(W + "before", str(twips))
    return p


def _next_drawing_id(document) -> int:
    """A drawing id unused in the whole package: the header's logo has one too, and Word
    reports duplicates as unreadable content (python-docx's next_id sees the body only)."""
    used = [0]
    for part in document.part.package.iter_parts():
        element = getattr(part, "_element", None)
        if element is None:
            continue
        for doc_pr in element.iter(f"{{{NS_WP}}}docPr"):
            try:
                used.append(int(doc_pr.get("id", "0")))
            except ValueError:
                pass
    return max(max(used) + 1, document.part.next_id)


def _chart_paragraph(document, chart: CostChart, alt: str, width):
    """A paragraph holding a native chart: chart part + embedded workbook, related from the
    document, and a ``wp:inline`` graphic frame whose ``docPr`` carries the alt text."""
    package = document.part.package
    used = {str(p.partname) for p in package.iter_parts()}
    n = 1
    while f"/word/charts/chart{n}.xml" in used:
        n += 1
    chart_part = Part(PackURI(f"/word/charts/chart{n}.xml"), CT.DML_CHART, b"", package)
    workbook = Part(
        PackURI(f"/word/embeddings/Microsoft_Excel_Worksheet{n}.xlsx"),
        CT.SML_SHEET,
        chart_workbook(chart),
        package,
    )
    chart_part._blob = chart_xml(chart, workbook_rel_id=chart_part.relate_to(workbook, RT.PACKAGE))
    rel_id = document.part.relate_to(chart_part, RT.CHART)
    cx = int(width)
    cy = int(width * chart.aspect)
    shape_id = _next_drawing_id(document)
    p = etree.Element(W + "p")
    # No keep-with-next here: the chart kept with the (kept-together) table below it pushed
    # both to the next page and left pages a third empty. Its intro is kept with it instead.
    r = etree.SubElement(p, W + "r")
    drawing = etree.SubElement(r, W + "drawing")
    inline = etree.fromstring(
        f'<wp:inline distT="0" distB="0" distL="0" distR="0" xmlns:wp="{NS_WP}" '
        f'xmlns:a="{NS_A}" xmlns:c="{NS_C}" xmlns:r="{NS_R}">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{shape_id}" name="Diagram {shape_id}"/>'
        "<wp:cNvGraphicFramePr/>"
        f'<a:graphic><a:graphicData uri="{NS_C}"><c:chart r:id="{rel_id}"/></a:graphicData>'
        "</a:graphic></wp:inline>"
    )
    doc_pr = inline.find(f"{{{NS_WP}}}docPr")
    doc_pr.set("descr", alt)
    doc_pr.set("title", chart.title)
    drawing.append(inline)
    return p


