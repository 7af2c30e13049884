"""The preview and the Word file read the same document tree: their structure is identical.

Both sides are read back the way a reader meets them: the preview from the QTextDocument the
user sees (not from our HTML string), the Word file with python-docx. Compared: headings with
their levels, paragraph texts, list items (numbered or not), every table cell's text and the
chart's place, all in order.
"""

from __future__ import annotations

import io
from decimal import Decimal

import docx
import pytest
from docx.oxml.ns import qn
from PySide6.QtGui import QTextFrame, QTextListFormat, QTextTable

from memo_builder.model import swedish
from memo_builder.model.memo import CostLine, DecisionPoint, Option
from memo_builder.publish.service import ExportRequest, export
from memo_builder.render.html_preview import LOGO_SRC
from memo_builder.render.typography import NB_HYPHEN, bind_units
from tests.helpers import example_memo

LINE_BREAKS = str.maketrans({"\u2028": "\n", "\u2029": "\n"})
HEADING_STYLES = {"Heading1": 1, "Heading2": 2, "Heading3": 3}
ORDERED = {QTextListFormat.Style.ListDecimal, QTextListFormat.Style.ListLowerAlpha,
           QTextListFormat.Style.ListUpperAlpha, QTextListFormat.Style.ListLowerRoman,
           QTextListFormat.Style.ListUpperRoman}


def _preview_block(block) -> tuple | None:
    text = block.text().translate(LINE_BREAKS)
    if "\ufffc" in text:  # an object replacement character: an image
        it = block.begin()
        names = []
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                names.append(fmt.toImageFormat().name())
            it += 1
        if names == [LOGO_SRC]:
            return None  # the logo: in the Word file it is in the first page's header
        return ("chart",)
    if not text.strip():
        return None
    level = block.blockFormat().headingLevel()
    if level:
        return ("h", level, text)
    text_list = block.textList()
    if text_list is not None:
        return ("li", text_list.format().style() in ORDERED, text)
    return ("p", text)


def _cell_text(cell) -> str:
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), cursor.MoveMode.KeepAnchor)
    return cursor.selectedText().translate(LINE_BREAKS)


def preview_structure(document) -> list[tuple]:
    out: list[tuple] = []
    frame: QTextFrame = document.rootFrame()
    it = frame.begin()
    while not it.atEnd():
        child = it.currentFrame()
        if isinstance(child, QTextTable):
            out.append(("table", tuple(
                tuple(_cell_text(child.cellAt(r, c)) for c in range(child.columns()))
                for r in range(child.rows())
            )))
        elif child is None:
            item = _preview_block(it.currentBlock())
            if item is not None:
                out.append(item)
        it += 1
    return out


def word_structure(data: bytes) -> list[tuple]:
    document = docx.Document(io.BytesIO(data))
    numbering_styles = {"ListNumber": True, "ListBullet": False}
    out: list[tuple] = []
    for element in document.element.body.iterchildren():
        if element.tag == qn("w:tbl"):
            table = docx.table.Table(element, document)
            out.append(("table", tuple(tuple(c.text for c in row.cells) for row in table.rows)))
        elif element.tag == qn("w:p"):
            paragraph = docx.text.paragraph.Paragraph(element, document)
            if element.findall(".//" + qn("c:chart")):
                out.append(("chart",))
                continue
            text = paragraph.text
            if not text.strip():
                continue
            style = paragraph.style.style_id if paragraph.style is not None else "Normal"
            if style in HEADING_STYLES:
                out.append(("h", HEADING_STYLES[style], text))
            elif style in numbering_styles:
                out.append(("li", numbering_styles[style], text))
            else:
                out.append(("p", text))
    return out


def hostile_memo():
    memo = example_memo()
    memo.case.title = "Förnyelse <script>alert(1)</script> & \"citat\"  med\ttabb"
    memo.summary = "Första raden\tmed tabb\nAndra raden  två mellanslag\n\nNytt stycke ‏עברית‎ och 🙂"
    memo.background = "x" * 3000 + "\n\n" + "ord " * 500
    memo.options.append(Option(id="tom", title="", description="", cost_lines=[
        CostLine(description="<b>inte fet</b>", unit_price=Decimal(0), first_year=2018,
                 last_year=2018)]))
    memo.decision_points.append(DecisionPoint(text="Punkt med\nradbrytning & <tagg>"))
    memo.decision_points.append(DecisionPoint(text=""))
    memo.signatures[0].title = ""
    return memo


@pytest.mark.parametrize("make", [example_memo, hostile_memo], ids=["example", "hostile"])
def test_preview_structure_is_the_word_files(window, make):
    memo = make()
    window.doc.replace(memo, None)
    window.preview.refresh_now()
    shown = preview_structure(window.preview.document())
    # The CLI's path: its own analysis of the memo; a memo with errors builds as a draft,
    # which the preview shows too.
    draft = bool(window.services.analysis().errors())
    assert draft is (make is hostile_memo)
    result = export(memo, library=window.services.library(), request=ExportRequest(draft=draft))
    written = word_structure(result.data)
    assert len(shown) > 40
    assert [x for x in shown if x[0] == "h"] == [x for x in written if x[0] == "h"]
    assert [x for x in shown if x[0] == "table"] == [x for x in written if x[0] == "table"]
    assert [x for x in shown if x[0] == "li"] == [x for x in written if x[0] == "li"]
    assert shown == written


def test_decision_points_are_one_numbered_list_in_both(window):
    memo = example_memo()
    window.doc.replace(memo, None)
    window.preview.refresh_now()
    shown = [x[2] for x in preview_structure(window.preview.document()) if x[:2] == ("li", True)]
    # As typed (issue 20: the official's dates are not rewritten), units bound as in Word
    # (render/typography.py).
    points = [bind_units(swedish.unbroken_ranges(p.text)).replace(NB_HYPHEN, "-")
              for p in memo.decision_points]
    assert shown[: len(points)] == points


def test_the_preview_follows_edits_from_a_background_render(window, qtbot):
    """The debounced refresh renders a copy of the memo on a worker thread and shows it here;
    a second edit while it runs is rendered next, and the page ends with the newest memo."""
    memo = example_memo()
    window.doc.replace(memo, None)
    window.preview.hold = False
    window.preview.refresh_now()
    window.doc.set(memo.case, "title", "Första ändringen")
    window.preview.refresh_later()
    window.doc.set(memo.case, "title", "Andra ändringen")  # while the first render runs
    window.preview.refresh_later()
    qtbot.waitUntil(lambda: "Andra ändringen" in window.preview.toPlainText(), timeout=10000)
    qtbot.waitUntil(lambda: not window.preview._busy, timeout=10000)
    assert "Första ändringen" not in window.preview.toPlainText()
