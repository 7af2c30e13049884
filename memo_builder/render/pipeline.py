"""One pipeline for every output: memo -> context -> template HTML -> tree -> writer."""

from __future__ import annotations

import io
from pathlib import Path

from memo_builder.model.memo import Memo
from memo_builder.model.text import clean_text
from memo_builder.render import tree
from memo_builder.render.context import build_context
from memo_builder.render.docx_writer import WriteReport, write_docx
from memo_builder.render.profile import Profile, load_profile
from memo_builder.render.templating import render_template


def profile_for(memo: Memo, profile: Profile | None = None) -> Profile:
    return profile if profile is not None else load_profile(memo.profile or "goteborg")


def render_html(
    memo: Memo, profile: Profile | None = None, *, draft: bool = False, library=None
) -> str:
    """The profile template's HTML for ``memo`` (the preview shows exactly this).

    ``library`` is the caveat library (memo_builder.model.caveats); pass the caller's cached
    one. Without it the memo still renders, only without "in force from" notes."""
    profile = profile_for(memo, profile)
    return render_template(profile, build_context(memo, profile, draft=draft, library=library))


def document_meta(memo: Memo, profile: Profile) -> dict:
    case = memo.case
    header = ", ".join(
        x for x in (clean_text(case.organisation), clean_text(case.administration),
                    profile.document_type.lower()) if x.strip()
    )
    return {
        "title": case.title,
        "subject": f"{profile.document_type} till {case.board}" if case.board else profile.document_type,
        # The handläggare is the author; never the operating system's user name.
        "author": case.officer.name,
        "keywords": f"Diarienummer {case.diarienummer}" if case.diarienummer else "",
        "category": profile.document_type,
        "header": header,
    }


def build_tree(
    memo: Memo, profile: Profile | None = None, *, draft: bool = False, library=None
) -> tree.Document:
    return tree.parse(render_html(memo, profile, draft=draft, library=library))


def build_docx(
    memo: Memo,
    target: Path | io.BytesIO,
    profile: Profile | None = None,
    *,
    draft: bool = False,
    library=None,
) -> WriteReport:
    """Write the Word memo. ``target`` may be a path or a BytesIO (tests, atomic export)."""
    profile = profile_for(memo, profile)
    context = build_context(memo, profile, draft=draft, library=library)
    document = tree.parse(render_template(profile, context))
    # The cost chart goes in as a native Word chart (see render/charts.py); the preview paints
    # the same data itself (gui/chart_image.py).
    chart = context.get("chart")
    charts = {chart["src"]: chart["data"]} if chart else None
    return write_docx(document, profile, target, document_meta(memo, profile), charts=charts)
