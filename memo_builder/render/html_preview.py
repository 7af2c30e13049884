"""Document tree -> the preview's HTML. The second writer of the tree, beside the Word writer.

It reads the same parsed tree the Word file is written from, so the preview shows the same
headings, paragraphs, lists and table cells in the same order; the profile's style sheet
(``Profile.preview_css``, applied by the viewer) gives it the organisation's look. Blocks that carry an ``anchor``
(the template's ``id=``) get ``<a name="sec-…">`` so the preview can follow the section being
edited. Every text is escaped here: the tree holds plain text, never markup. No Qt.
"""

from __future__ import annotations

from html import escape

from memo_builder.render import tree
from memo_builder.render.typography import NB_HYPHEN, bind_units

TOP_ANCHOR = "sec-top"


def anchor_name(section: str) -> str:
    return f"sec-{section}"


def _inlines(inlines: list[tree.Inline]) -> str:
    out: list[str] = []
    for item in inlines:
        if isinstance(item, tree.Break):
            out.append("<br>")
            continue
        # The units the Word file binds (typography.py), with the same no-break spaces, so
        # preview and Word read alike; Word's no-break hyphen reads as a hyphen in both.
        text = escape(bind_units(item.text).replace(NB_HYPHEN, "-"), quote=False)
        if item.italic:
            text = f"<i>{text}</i>"
        if item.bold:
            text = f"<b>{text}</b>"
        out.append(text)
    return "".join(out)


def _class(css: str) -> str:
    return f' class="{escape(css)}"' if css else ""


def _table(block: tree.Table) -> str:
    out = [f"<table{_class(block.css)} cellspacing=\"0\">"]
    for row in block.rows:
        out.append(f"<tr{_class(row.css)}>")
        for cell in row.cells:
            tag = "th" if cell.header or row.header else "td"
            out.append(f"<{tag}{_class(cell.css)}>{_inlines(cell.inlines)}</{tag}>")
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


LOGO_SRC = "logo:header"


def to_html(document: tree.Document, *, image_width: int | None = None, logo_alt: str | None = None) -> str:
    """The whole preview page for ``document``. Its look is the profile's preview style sheet,
    which the viewer applies (``QTextDocument.setDefaultStyleSheet``). ``logo_alt`` (the
    organisation's name) places the profile's logo at the top, where the Word file has it in
    the first page's header; the viewer supplies the image for :data:`LOGO_SRC`."""
    # pre-wrap: the tree keeps the user's own spaces and tabs exactly (template layout is
    # already folded), and the Word file shows them; so must the preview.
    out = [f'<html><body style="white-space: pre-wrap"><a name="{TOP_ANCHOR}"></a>']
    if logo_alt is not None:
        out.append(f'<p><img src="{LOGO_SRC}" alt="{escape(logo_alt)}" height="40"></p>')
    for block in document.blocks:
        anchor = getattr(block, "anchor", "")
        if anchor:
            out.append(f'<a name="{anchor_name(anchor)}"></a>')
        if isinstance(block, tree.Heading):
            level = min(max(block.level, 1), 3)
            out.append(f"<h{level}{_class(block.css)}>{_inlines(block.inlines)}</h{level}>")
        elif isinstance(block, tree.Paragraph):
            out.append(f"<p{_class(block.css)}>{_inlines(block.inlines)}</p>")
        elif isinstance(block, tree.ListBlock):
            tag = "ol" if block.ordered else "ul"
            items = "".join(f"<li>{_inlines(item)}</li>" for item in block.items)
            out.append(f"<{tag}{_class(block.css)}>{items}</{tag}>")
        elif isinstance(block, tree.Table):
            out.append(_table(block))
        elif isinstance(block, tree.Image):
            width = f' width="{int(image_width)}"' if image_width else ""
            out.append(f'<p><img src="{escape(block.src)}" alt="{escape(block.alt)}"{width}></p>')
        elif isinstance(block, tree.PageBreak):
            out.append("<hr>")
    out.append("</body></html>")
    return "".join(out)
