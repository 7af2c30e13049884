"""Export helpers: a safe default file name and building the Word file in memory."""

from __future__ import annotations

import io
import re
from pathlib import Path

from memo_builder.model.memo import Memo

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
             *(f"LPT{i}" for i in range(1, 10))}
MAX_STEM = 120


def safe_file_stem(text: str, fallback: str = "Tjänsteutlåtande") -> str:
    """``text`` as a file name that Windows, macOS and Linux all accept."""
    stem = _FORBIDDEN.sub(" ", text)
    stem = re.sub(r"\s+", " ", stem).strip().rstrip(". ")
    if len(stem) > MAX_STEM:
        stem = stem[:MAX_STEM].rstrip(". ")
    if not stem or stem.split(".")[0].upper() in _RESERVED:
        stem = fallback if not stem else f"_{stem}"
    return stem


def default_export_name(memo: Memo) -> str:
    """``"2018-04-26 Förnyelse av avtal om Office 365.docx"``."""
    parts = [memo.case.memo_date.isoformat() if memo.case.memo_date else "", memo.case.title.strip()]
    return safe_file_stem(" ".join(p for p in parts if p)) + ".docx"


def default_memo_name(memo: Memo) -> str:
    return safe_file_stem(memo.case.title.strip(), "Nytt ärende") + ".memo"


def build_docx_bytes(memo: Memo, profile, *, draft: bool) -> tuple[bytes, list[str]]:
    """The finished Word file as bytes, and any style names the base document lacks."""
    from memo_builder.render.pipeline import build_docx

    buffer = io.BytesIO()
    report = build_docx(memo, buffer, profile, draft=draft)
    return buffer.getvalue(), sorted(getattr(report, "missing_styles", ()) or ())


def write_docx(data: bytes, target: Path) -> None:
    """Write atomically; raises memo_builder.cli.UserError with a Swedish message."""
    from memo_builder.cli import write_output

    write_output(data, Path(target))
