"""One pipeline for every output: memo -> context -> template HTML -> tree -> writer.

:func:`render` stops at the tree; the writers (``docx_writer`` for Word, ``html_preview`` for
the preview) read only that tree, so the two cannot disagree about what the memo says.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from memo_builder.analysis.revision import Analysis
from memo_builder.model.memo import Memo
from memo_builder.model.text import clean_text
from memo_builder.render import places, tree
from memo_builder.render.charts import CostChart
from memo_builder.render.context import build_context
from memo_builder.render.profile import Profile, load_profile
from memo_builder.render.templating import render_template


def profile_key(memo: Memo) -> str:
    """The memo's profile, or the user's default one (as the client says) when it names none."""
    return memo.profile or places.current().default_profile


def profile_for(memo: Memo, profile: Profile | None = None, extra=()) -> Profile:
    """``profile``, or the memo's own. The base document's zip is checked here, but it is not
    opened with python-docx: the Word writer opens it anyway and names a broken one in the same
    words, so a build opens it once instead of twice (about 10 ms of every ``build``)."""
    if profile is not None:
        return profile
    return load_profile(profile_key(memo), extra=extra, open_base=False)


@dataclass
class Rendered:
    """A memo rendered up to the document tree: what every writer reads."""

    tree: tree.Document
    meta: dict
    charts: dict[str, CostChart] = field(default_factory=dict)


def document_meta(memo: Memo, profile: Profile) -> dict:
    """The file's properties and header line. They bypass the tree, so they are cleaned here."""
    case = memo.case
    header = ", ".join(
        x for x in (clean_text(case.organisation), clean_text(case.administration),
                    profile.document_type.lower()) if x.strip()
    )
    board = clean_text(case.board)
    return {
        # A title in the properties even before the case has one (accessibility: DOS-lagen).
        "title": clean_text(case.title).strip() or profile.document_type,
        "subject": f"{profile.document_type} till {board}" if board else profile.document_type,
        # The handläggare is the author; never the operating system's user name.
        "author": clean_text(case.officer.name),
        # One keyword: LibreOffice splits the field at spaces into a list ("Diarienummer, RS,
        # 2026/0211" in the PDF), so the words are joined with no-break spaces.
        "keywords": "\u00a0".join(["Diarienummer", *clean_text(case.diarienummer).split()])
        if case.diarienummer.strip() else "",
        "category": clean_text(profile.document_type),
        "header": header,
        "organisation": clean_text(case.organisation),
    }


def render(
    memo: Memo,
    profile: Profile,
    *,
    draft: bool = False,
    library=None,
    analysis: Analysis | None = None,
    parse_cache: tree.ParseCache | None = None,
    public: bool = False,
) -> Rendered:
    """Context, template and tree for ``memo``. ``analysis`` is the revision's computed view of
    ``memo`` (the GUI and the export service pass theirs); a one-off build without one (a test,
    a bench) gets one here, the only place render makes one, with ``library`` for "in force
    from".
    ``parse_cache`` (the preview's) reuses the parsed sections the last render had;
    ``public``: the public version, with confidential items withheld (render/redaction.py)."""
    if analysis is None:
        analysis = Analysis(memo, library)
    context = build_context(analysis, profile, draft=draft, public=public)
    html = render_template(profile, context)
    document = parse_cache.parse(html) if parse_cache is not None else tree.parse(html)
    if public:
        document = without_secret_tables(document, profile)
    document = signatures_with_their_text(notes_under_a_table_joined(document))
    chart = context.get("chart")
    # The cost chart is a native Word chart in the .docx (render/charts.py); the preview paints
    # the same data itself (gui/chart_image.py).
    charts = {chart["src"]: chart["data"]} if chart else {}
    meta = document_meta(memo, profile)
    if public:
        # The public version says so on every page (the header), not only on page one.
        mark = profile.phrase("public_version_header") or "Offentlig version"
        meta["header"] = f"{mark} · {meta['header']}" if meta["header"] else mark
    if draft:
        # A draft says so on every page (the header), not only at the top of page one.
        draft_mark = profile.phrase("draft")
        meta["header"] = f"{draft_mark} · {meta['header']}" if meta["header"] else draft_mark
        meta["status"] = "Utkast"
    return Rendered(document, meta, charts)


def without_secret_tables(document: tree.Document, profile: Profile) -> tree.Document:
    """The public version never shows a table of nothing but "Sekretess": such a table (every
    figure in it withheld or empty; the first column and the header rows are labels) becomes
    one sentence that says which table is left out and why."""
    secret = profile.phrase("secrecy_cell") or "Sekretess"
    empty = {"", "–", "-", "—"}
    blocks, changed = [], False
    for block in document.blocks:
        if isinstance(block, tree.Table):
            cells = [tree.inline_text(c.inlines).strip()
                     for row in block.rows if not row.header and not all(c.header for c in row.cells)
                     for c in row.cells[1:]]
            if cells and secret in cells and all(c in empty or c == secret for c in cells):
                caption = block.caption.strip().rstrip(".") or "Tabellen"
                text = profile.phrase("secrecy_table_withheld", caption=caption) or (
                    f"{caption} redovisas inte i den offentliga versionen.")
                # The table's lead-in ("Så mycket kan totalen … variera …:") introduces nothing
                # now; the sentence that stands for the table names it.
                if blocks and isinstance(blocks[-1], tree.Paragraph) and \
                        tree.inline_text(blocks[-1].inlines).rstrip().endswith(":"):
                    blocks.pop()
                blocks.append(tree.Paragraph([tree.Run(text)]))
                changed = True
                continue
        blocks.append(block)
    return tree.Document(blocks) if changed else document


def notes_under_a_table_joined(document: tree.Document) -> tree.Document:
    """The notes right under a table ("Jämförelsebasen kostar därtill …", one per option) as
    one paragraph, a line each: the table's last row keeps with it, so no note opens the next
    page apart from its table and the others (a chain of kept notes LibreOffice breaks)."""
    blocks = document.blocks
    out: list = []
    changed = False
    index = 0
    while index < len(blocks):
        block = blocks[index]
        out.append(block)
        index += 1
        if not isinstance(block, tree.Table):
            continue
        end = index
        while end < len(blocks) and isinstance(blocks[end], tree.Paragraph) and \
                blocks[end].css.split() == ["small"]:
            end += 1
        if end - index > 1:
            inlines = list(blocks[index].inlines)
            for note in blocks[index + 1:end]:
                inlines += [tree.Break(), *note.inlines]
            out.append(tree.Paragraph(inlines, css="small", anchor=blocks[index].anchor))
            changed = True
            index = end
    return tree.Document(out) if changed else document


#: The longest text (characters) the signatures are joined to: beyond it, the unit moved to the
#: next page would leave too much of a page empty.
SIGNED_TEXT_LIMIT = 700
#: Empty lines above each name inside a signature paragraph: the room a pen needs (three lines
#: of 11 pt text, about 15 mm). Line breaks, because Word and LibreOffice both draw an empty
#: line for each and the block stays one paragraph kept together; paragraph spacing cannot
#: sit inside a paragraph. Above the first name of a signature paragraph of its own the style
#: MemoSignature gives the same room as spacing before.
SIGNING_ROOM_LINES = 3


def _room() -> list:
    return [tree.Break() for _ in range(SIGNING_ROOM_LINES + 1)]


def signatures_with_their_text(document: tree.Document) -> tree.Document:
    """The signatures and the paragraph they sign, as one paragraph (each name after
    :data:`SIGNING_ROOM_LINES` empty lines, room to sign), so no page ends with the text and leaves the names alone on the next.

    Word keeps a paragraph with the next one when told; LibreOffice drops that keep when the
    paragraph fills its page to the last line, and the names opened a last page of their own
    (Malmö's page 9). One paragraph kept together is a rule both keep. Only a plain paragraph
    of moderate length takes them; after a list, a table or a long paragraph the signatures
    stay paragraphs of their own, kept with what comes before."""
    blocks = document.blocks
    out: list = []
    changed = False
    index = 0
    while index < len(blocks):
        block = blocks[index]
        end = index + 1
        while end < len(blocks) and _is_signature(blocks[end]):
            end += 1
        css = block.css.split() if isinstance(block, tree.Paragraph) else []
        if end > index + 1 and isinstance(block, tree.Paragraph) and not _is_signature(block) \
                and not {"small", "notice", "meta"} & set(css) \
                and len(tree.inline_text(block.inlines)) <= SIGNED_TEXT_LIMIT:
            inlines = list(block.inlines)
            for signature in blocks[index + 1:end]:
                inlines += [*_room(), *signature.inlines]
            out.append(tree.Paragraph(inlines, css=" ".join([*css, "signed"]),
                                      anchor=block.anchor or blocks[index + 1].anchor))
            changed = True
            index = end
            continue
        out.append(block)
        if end > index + 2:
            # After a list or a long text the names stay a paragraph of their own, kept with
            # what comes before; all of them one paragraph, so no keep runs between them.
            inlines = list(blocks[index + 1].inlines)
            for signature in blocks[index + 2:end]:
                inlines += [*_room(), *signature.inlines]
            out.append(tree.Paragraph(inlines, css=blocks[index + 1].css,
                                      anchor=blocks[index + 1].anchor))
            changed = True
            index = end
            continue
        index += 1
    return tree.Document(out) if changed else document


def _is_signature(block) -> bool:
    return isinstance(block, tree.Paragraph) and "signature" in block.css.split()


def render_html(
    memo: Memo, profile: Profile | None = None, *, draft: bool = False, library=None
) -> str:
    """The profile template's raw HTML for ``memo``, before it is parsed into the tree."""
    profile = profile_for(memo, profile)
    return render_template(profile, build_context(Analysis(memo, library), profile, draft=draft))


def build_tree(
    memo: Memo, profile: Profile | None = None, *, draft: bool = False, library=None
) -> tree.Document:
    return render(memo, profile_for(memo, profile), draft=draft, library=library).tree


def build_docx(
    memo: Memo,
    target: Path | io.BytesIO,
    profile: Profile | None = None,
    *,
    draft: bool = False,
    library=None,
    analysis: Analysis | None = None,
    now: datetime | None = None,
    public: bool = False,
):
    """Write the Word memo to ``target`` (a path or a BytesIO); returns the writer's report.

    Programs should go through ``memo_builder.publish.service``, which also validates and reports."""

    profile = profile_for(memo, profile)
    rendered = render(memo, profile, draft=draft, library=library, analysis=analysis,
                      public=public)
    meta = dict(rendered.meta, now=now) if now is not None else rendered.meta
    # Lazy on purpose (pyproject's PLC0415 allow-list): python-docx takes about 35 ms to import,
    # which the window's first paint and the preview never need.
    from memo_builder.render.docx_writer import write_docx  # noqa: PLC0415

    return write_docx(rendered.tree, profile, target, meta, charts=rendered.charts)
