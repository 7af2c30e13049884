"""The HTML subset a template renders, parsed into a small document tree the writers share.

Allowed: h1-h3, p, ul/ol/li, table/thead/tbody/tr/th/td, strong/b, em/i, br, img and
``<hr class="page-break">``. ``class`` names map to Word styles. Anything else is dropped with
its text kept, so a careless template loses formatting, never content.

Whitespace: a run of whitespace that contains a line break is template layout and folds to one
space; spaces without a line break are the user's and are kept exactly, a tab becomes a
space (in Word it would be a tab stop and an odd indent). User line
breaks arrive as <br>.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from memo_builder.model.text import clean_text

# Starts only at the start of a run of blanks: from inside a long run without a newline it
# would scan the rest of the run again at every position (quadratic in the official's text).
_LAYOUT_WS = re.compile(r"(?<![ \t])[ \t]*\n[ \t\n]*")
_ANCHOR = re.compile(r"[^A-Za-z0-9_-]")  # an anchor is a name, never markup


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Break:
    pass


Inline = Run | Break


@dataclass
class Heading:
    level: int
    inlines: list[Inline]
    css: str = ""
    anchor: str = ""  # the template's id=: a section the preview can scroll to


@dataclass
class Paragraph:
    inlines: list[Inline]
    css: str = ""
    anchor: str = ""


@dataclass
class ListBlock:
    ordered: bool
    items: list[list[Inline]]
    css: str = ""
    anchor: str = ""


@dataclass
class Cell:
    inlines: list[Inline]
    header: bool = False
    css: str = ""


@dataclass
class Row:
    cells: list[Cell]
    header: bool = False
    css: str = ""


@dataclass
class Table:
    rows: list[Row]
    css: str = ""
    caption: str = ""  # alt text / title for the table
    anchor: str = ""


@dataclass
class Image:
    src: str
    alt: str
    width_mm: float = 160.0


@dataclass
class PageBreak:
    pass


Block = Heading | Paragraph | ListBlock | Table | Image | PageBreak


@dataclass
class Document:
    blocks: list[Block] = field(default_factory=list)

    def text(self) -> str:
        """Plain text of the document (tests and a quick look)."""
        out: list[str] = []
        for b in self.blocks:
            if isinstance(b, Heading | Paragraph):
                out.append(inline_text(b.inlines))
            elif isinstance(b, ListBlock):
                out.extend(inline_text(i) for i in b.items)
            elif isinstance(b, Table):
                out.extend(" | ".join(inline_text(c.inlines) for c in r.cells) for r in b.rows)
        return "\n".join(out)


def inline_text(inlines: list[Inline]) -> str:
    return "".join(i.text if isinstance(i, Run) else "\n" for i in inlines)


def _strip_edges(inlines: list[Inline]) -> list[Inline]:
    """Remove layout spaces at the start and end of a block."""
    while inlines and isinstance(inlines[0], Run) and not inlines[0].text.strip(" "):
        inlines.pop(0)
    while inlines and isinstance(inlines[-1], Run) and not inlines[-1].text.strip(" "):
        inlines.pop()
    if inlines and isinstance(inlines[0], Run):
        inlines[0] = Run(inlines[0].text.lstrip(" "), inlines[0].bold, inlines[0].italic)
    if inlines and isinstance(inlines[-1], Run):
        inlines[-1] = Run(inlines[-1].text.rstrip(" "), inlines[-1].bold, inlines[-1].italic)
    return inlines


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.doc = Document()
        self.inlines: list[Inline] | None = None
        self.block: str | None = None
        self.block_css = ""
        self.block_anchor = ""
        self.bold = 0
        self.italic = 0
        self.list_stack: list[ListBlock] = []
        self.table: Table | None = None
        self.row: Row | None = None
        self.cell: Cell | None = None
        self.in_thead = False

    def updatepos(self, i: int, j: int) -> int:
        # HTMLParser counts the line breaks of everything it consumes, only for getpos(),
        # which nothing here reads: about a fifth of the parse time of a long memo.
        return j

    # -- helpers
    def _open_inline(self, kind: str, css: str, anchor: str = "") -> None:
        self._close_inline()
        self.inlines = []
        self.block = kind
        self.block_css = css
        self.block_anchor = anchor

    def _close_inline(self) -> None:
        if self.inlines is None:
            return
        inlines = _strip_edges(self.inlines)
        kind, css, anchor = self.block, self.block_css, self.block_anchor
        self.inlines, self.block, self.block_anchor = None, None, ""
        if kind in ("h1", "h2", "h3"):
            self.doc.blocks.append(Heading(int(kind[1]), inlines, css, anchor))
        elif kind == "li" and self.list_stack:
            self.list_stack[-1].items.append(inlines)
        elif kind == "cell" and self.cell is not None:
            self.cell.inlines = inlines
        elif inlines:
            self.doc.blocks.append(Paragraph(inlines, css, anchor))

    def handle_starttag(self, tag: str, attrs) -> None:
        # Attributes become Word properties (table captions, alt text): XML-safe like the text.
        a = {k: clean_text(v or "") for k, v in attrs}
        css = a.get("class", "")
        anchor = _ANCHOR.sub("", a.get("id", ""))[:100]
        if tag in ("h1", "h2", "h3", "p"):
            self._open_inline(tag, css, anchor)
        elif tag in ("ul", "ol"):
            self._close_inline()
            self.list_stack.append(ListBlock(tag == "ol", [], css, anchor))
        elif tag == "li":
            self._open_inline("li", css)
        elif tag == "table":
            self._close_inline()
            self.table = Table([], css, a.get("title", "") or a.get("aria-label", ""), anchor)
        elif tag == "thead":
            self.in_thead = True
        elif tag == "tr" and self.table is not None:
            self.row = Row([], self.in_thead, css)
        elif tag in ("td", "th") and self.row is not None:
            self.cell = Cell([], tag == "th", css)
            self.inlines, self.block, self.block_css = [], "cell", css
        elif tag in ("strong", "b"):
            self.bold += 1
        elif tag in ("em", "i"):
            self.italic += 1
        elif tag == "br":
            if self.inlines is not None:
                self.inlines.append(Break())
        elif tag == "hr" and "page-break" in css:
            self._close_inline()
            self.doc.blocks.append(PageBreak())
        elif tag == "img":
            self._close_inline()
            width = a.get("data-width-mm", "")
            try:
                mm = float(width) if width else 160.0
            except ValueError:
                mm = 160.0
            self.doc.blocks.append(Image(a.get("src", ""), a.get("alt", ""), mm))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("h1", "h2", "h3", "p", "li"):
            self._close_inline()
        elif tag in ("ul", "ol") and self.list_stack:
            self._close_inline()
            block = self.list_stack.pop()
            if block.items:
                self.doc.blocks.append(block)
        elif tag in ("td", "th") and self.cell is not None:
            self._close_inline()
            if self.row is not None:
                self.row.cells.append(self.cell)
            self.cell = None
        elif tag == "tr" and self.row is not None and self.table is not None:
            if self.row.cells:
                self.table.rows.append(self.row)
            self.row = None
        elif tag == "thead":
            self.in_thead = False
        elif tag == "table" and self.table is not None:
            if self.table.rows:
                self.doc.blocks.append(self.table)
            self.table = None
        elif tag in ("strong", "b"):
            self.bold = max(0, self.bold - 1)
        elif tag in ("em", "i"):
            self.italic = max(0, self.italic - 1)

    def handle_data(self, data: str) -> None:
        if self.inlines is None and data.isspace():
            return  # template layout between blocks (the common case: skip the cleaning)
        # A template may place a value the context did not clean; no writer may see it raw.
        # A tab pasted into running text would become a Word tab stop and an odd indent: it
        # is a space in the memo (tables are the memo's columns).
        text = _LAYOUT_WS.sub(" ", clean_text(data)).replace("\t", " ")
        if self.inlines is None:
            if not text.strip():
                return
            # Loose text outside a block: keep it as its own paragraph.
            self._open_inline("p", "")
        assert self.inlines is not None
        prev = self.inlines[-1] if self.inlines else None
        bold, italic = self.bold > 0, self.italic > 0
        if isinstance(prev, Run) and prev.bold == bold and prev.italic == italic:
            prev.text += text
        else:
            self.inlines.append(Run(text, bold, italic))

    def close(self) -> None:
        super().close()
        self._close_inline()


def parse(html: str) -> Document:
    parser = _Parser()
    parser.feed(html)
    parser.close()
    return parser.doc


# Where a page may be cut for ParseCache: before an h1 or h2 start tag (the template's sections).
_SECTION_START = re.compile(r"(?=<h[12][\s>])")


class ParseCache:
    """:func:`parse` for a caller that parses nearly the same page again and again: the preview,
    after every edit, where most sections are unchanged.

    The page is cut before each h1/h2; a piece seen in the previous page reuses its blocks. A
    piece is parsed alone only when the parser ends it in its starting state (no open block,
    list, table, bold or italic, no half-read tag, comment or script): then parsing the pieces
    one by one gives exactly the blocks of one pass over the page. Any other page, a hostile
    template's included, is parsed in one pass. The blocks are shared between the documents
    this returns, so their readers must not change them (the writers only read).
    """

    def __init__(self) -> None:
        self._pieces: dict[str, tuple[Block, ...]] = {}

    def parse(self, html: str) -> Document:
        pieces: dict[str, tuple[Block, ...]] = {}
        blocks: list[Block] = []
        for piece in _SECTION_START.split(html):
            parsed = self._pieces.get(piece)
            if parsed is None:
                parsed = pieces.get(piece)
            if parsed is None:
                parsed = _parse_piece(piece)
                if parsed is None:
                    self._pieces = {}
                    return parse(html)
            pieces[piece] = parsed
            blocks.extend(parsed)
        self._pieces = pieces  # only the current page's pieces: the cache never grows
        return Document(blocks)


def _parse_piece(piece: str) -> tuple[Block, ...] | None:
    """The blocks of ``piece`` if it starts and ends at the top level of a page, else None."""
    parser = _Parser()
    parser.feed(piece)
    neutral = (
        parser.inlines is None
        and not parser.list_stack
        and parser.table is None
        and parser.row is None
        and parser.cell is None
        and not parser.bold
        and not parser.italic
        and not parser.in_thead
        and parser.cdata_elem is None
        and not parser.rawdata.strip()
    )
    if not neutral:
        return None
    parser.close()
    return tuple(parser.doc.blocks)
