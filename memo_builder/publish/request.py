"""What the user asks the export service for (``ExportRequest``) and what the file is called.

Apart from the service itself: the GUI's menus hold requests from the first paint, while the
service, which brings the renderer, Word's writer and the workbook, loads with the first
export (``gui/export_action.py``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from memo_builder.model.memo import Memo

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
             *(f"LPT{i}" for i in range(1, 10))}
MAX_STEM = 120

#: Output format -> (file suffix, Swedish name of the kind of file).
FORMAT_NAMES: dict[str, tuple[str, str]] = {
    "docx": (".docx", "Word-dokument"),
    "pdf": (".pdf", "PDF-dokument"),
    "xlsx": (".xlsx", "Excel-arbetsbok (kostnadsunderlag)"),
}

#: The two versions of a memo: the board's (every figure) and the public one (confidential
#: items and every figure that would reveal them withheld, model/secrecy.py).
VERSION_LABELS = {False: "nämndens version", True: "offentlig version"}


@dataclass(frozen=True)
class ExportRequest:
    """What to make: a format, the board's or the public version, finished or draft, and with
    which profile. The CLI's ``build``/``export-costs`` and the GUI's one export action make
    one of these; :func:`plan` decides everything about it once."""

    format: str = "docx"
    #: The public version: confidential items and every figure that would reveal them are
    #: withheld; False: the board's version, with the sekretessmarkering.
    public: bool = False
    #: Build even when the memo has errors; the document is then marked UTKAST.
    draft: bool = False
    #: A profile key to use instead of the memo's own (``build --profile``).
    profile: str | None = None
    #: The file's creation time (None: now). Tests pin it to compare two exports byte by byte.
    now: datetime | None = None
    #: PDF: seconds before a converter that hangs is stopped, and an optional event-like
    #: object (``is_set()``) another thread sets to cancel the conversion.
    timeout: float = 120.0
    cancel: object = None

    @property
    def version_label(self) -> str:
        return VERSION_LABELS[self.public]

    def describe(self) -> str:
        """"Word-dokument, offentlig version" – what the user gets, in one phrase."""
        return f"{FORMAT_NAMES[self.format][1]}, {self.version_label}"


# -- file names ---------------------------------------------------------------------------------
def safe_file_stem(text: str, fallback: str = "Tjänsteutlåtande") -> str:
    """``text`` as a file name that Windows, macOS and Linux all accept."""
    stem = _FORBIDDEN.sub(" ", text)
    stem = re.sub(r"\s+", " ", stem).strip().rstrip(". ")
    if len(stem) > MAX_STEM:
        stem = stem[:MAX_STEM].rstrip(". ")
    if not stem or stem.split(".")[0].upper() in _RESERVED:
        stem = fallback if not stem else f"_{stem}"
    return stem


def suggested_name(memo: Memo, request: ExportRequest, source: Path | None = None) -> str:
    """The one name rule for every format and version, in the CLI and the GUI: the memo's date
    and title (``2018-04-26 Förnyelse av avtal om Office 365.docx``, what the case system
    wants), else the memo file's own name; `` (offentlig version)`` for the public version
    and `` kostnadsunderlag`` for the workbook."""
    case = memo.case
    stem = " ".join(p for p in (case.memo_date.isoformat() if case.memo_date else "",
                                case.title.strip()) if p)
    if not case.title.strip() and source is not None and source.stem.strip():
        stem = source.stem
    if request.format == "xlsx":
        stem = f"{stem} kostnadsunderlag" if stem else "Kostnadsunderlag"
    if request.public:
        stem = f"{stem} (offentlig version)"
    return safe_file_stem(stem) + FORMAT_NAMES[request.format][0]


def default_memo_name(memo: Memo) -> str:
    return safe_file_stem(memo.case.title.strip(), "Nytt ärende") + ".memo"
