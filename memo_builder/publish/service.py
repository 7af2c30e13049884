"""The export service: memo in, finished document bytes and a report out. No Qt.

The CLI (``memo-builder build``) and the GUI ("Skapa skrivelse") are two thin clients of
:func:`export` and :func:`write_file`, so the same memo with the same options gives the same
document from either, with the same caveat library and the same Swedish messages. A new output
format plugs in here (:data:`FORMATS`), not in either client.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from memo_builder.analysis.revision import Analysis
from memo_builder.errors import UserError
from memo_builder.model.memo import Memo

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
             *(f"LPT{i}" for i in range(1, 10))}
MAX_STEM = 120


@dataclass(frozen=True)
class ExportOptions:
    format: str = "docx"
    #: Build even when the memo has errors; the document is then marked UTKAST.
    draft: bool = False
    #: The file's creation time (None: now). Tests pin it to compare two exports byte by byte.
    now: datetime | None = None
    #: PDF: seconds before a converter that hangs is stopped, and an optional event-like
    #: object (``is_set()``) another thread sets to cancel the conversion.
    timeout: float = 120.0
    cancel: object = None
    #: The public version: confidential items and every figure that would reveal them are
    #: withheld (model/secrecy.py); False: the board's version, with the sekretessmarkering.
    public: bool = False


@dataclass
class ExportReport:
    """What the service did and what the user should know about it."""

    format: str
    draft: bool
    problems: list = field(default_factory=list)  # validation problems (model.validation)
    missing_styles: list[str] = field(default_factory=list)
    written: Path | None = None

    @property
    def errors(self) -> list:
        from memo_builder.model.validation import Level

        return [p for p in self.problems if p.level is Level.ERROR]

    @property
    def warnings(self) -> list:
        from memo_builder.model.validation import Level

        return [p for p in self.problems if p.level is Level.WARNING]

    def notes(self) -> list[str]:
        """Swedish lines about what the writer had to work around (shown by CLI and GUI)."""
        return [f"Formatmallen {s!r} saknas i mallens grunddokument; en standardformatmall används."
                for s in self.missing_styles]


@dataclass
class ExportResult:
    data: bytes
    report: ExportReport


class NotReady(UserError):
    """The memo has errors and a finished (non-draft) document was asked for."""

    def __init__(self, problems: list) -> None:
        self.problems = problems
        super().__init__(
            f"Memot har {len(problems)} fel och är inte klart för nämnden. "
            "Rätta felen, eller skapa ett utkast."
        )


Writer = Callable[[Memo, object, Analysis, ExportOptions], tuple[bytes, list[str]]]


def _write_docx(memo: Memo, profile, analysis: Analysis, options: ExportOptions):
    from memo_builder.render.pipeline import build_docx

    buffer = io.BytesIO()
    report = build_docx(
        memo, buffer, profile, draft=options.draft, library=analysis.library, analysis=analysis,
        now=options.now, public=options.public,
    )
    return buffer.getvalue(), sorted(report.missing_styles)


def _write_pdf(memo: Memo, profile, analysis: Analysis, options: ExportOptions):
    """Our own Word file, exported to tagged PDF by LibreOffice (``memo_builder.publish.pdf``). The
    converter is looked for first, so a machine without one gets the message at once."""
    from memo_builder.publish.pdf import ConverterMissing, docx_to_pdf, find_converter

    converter = find_converter()
    if converter is None:
        raise ConverterMissing()
    data, missing = _write_docx(memo, profile, analysis, options)
    pdf = docx_to_pdf(data, timeout=options.timeout, cancel=options.cancel, converter=converter)
    return pdf, missing


#: Output format -> (file suffix, Swedish name, writer).
FORMATS: dict[str, tuple[str, str, Writer]] = {
    "docx": (".docx", "Word-dokument", _write_docx),
    "pdf": (".pdf", "PDF-dokument", _write_pdf),
}


def format_for(path: Path, requested: str | None = None) -> str:
    """The format for ``path``: ``requested`` if given, else from the suffix. Never guesses:
    an unknown suffix is refused rather than writing a Word file under another name."""
    if requested:
        if requested not in FORMATS:
            raise UserError(
                f"Formatet {requested!r} finns inte. Välj {swedish_or(sorted(FORMATS))}."
            )
        return requested
    suffix = path.suffix.lower()
    for name, (ext, _label, _writer) in FORMATS.items():
        if suffix == ext:
            return name
    known = swedish_or([ext for ext, _l, _w in FORMATS.values()])
    raise UserError(
        f"{path.name}: filändelsen {suffix or '(ingen)'} hör inte till något format som kan "
        f"skapas. Ange ett namn som slutar på {known}."
    )


def swedish_or(items: list[str]) -> str:
    from babel.lists import format_list

    return format_list(items, style="or", locale="sv_SE")


def export(
    memo: Memo,
    *,
    profile=None,
    library=None,
    analysis: Analysis | None = None,
    options: ExportOptions = ExportOptions(),  # noqa: B008 - frozen, shared safely
) -> ExportResult:
    """Validate ``memo`` and build the document in memory; nothing is written to disk.

    ``profile`` defaults to the memo's own; ``analysis`` is the caller's view of this revision
    (made from ``memo`` and ``library`` when not given). Raises :class:`NotReady` when the memo
    has errors and ``options.draft`` is off, and :class:`UserError` (a broken profile, say)
    with the message for the user."""
    from memo_builder.render.pipeline import profile_for

    if options.format not in FORMATS:
        format_for(Path("x"), options.format)  # raises with the list of formats
    if analysis is None:
        analysis = Analysis(memo, library)
    report = ExportReport(options.format, options.draft, list(analysis.problems))
    if report.errors and not options.draft:
        raise NotReady(report.errors)
    profile = profile_for(memo, profile)
    data, missing = FORMATS[options.format][2](memo, profile, analysis, options)
    report.missing_styles = missing
    return ExportResult(data, report)


def check_target(target: Path, source: Path | None = None) -> None:
    """Refuse a target that is a folder, in a missing folder, or a memo file (the document
    must never replace the memo it was built from)."""
    try:
        same = source is not None and target.exists() and target.resolve() == source.resolve()
    except OSError:
        same = False
    if same or target.suffix.lower() == ".memo":
        raise UserError(
            f"{target} är en memofil och skrivs inte över med dokumentet. "
            "Ange ett namn med dokumentets filändelse, till exempel .docx."
        )
    if target.is_dir():
        raise UserError(f"{target} är en mapp. Ange ett filnamn, till exempel {target / 'memo.docx'}.")
    if not target.parent.exists():
        raise UserError(f"{_folder(target)} finns inte. Skapa den eller välj en annan plats.")


def _folder(target: Path) -> str:
    from memo_builder.files.storage import folder_name

    name = folder_name(target.parent)
    return name[0].upper() + name[1:]


def write_file(data: bytes, target: Path) -> None:
    """Atomically write a finished output file, explaining every failure in one line."""
    from memo_builder.files.storage import describe_os_error, write_atomic

    target = Path(target)
    if target.is_dir():
        raise UserError(f"{target} är en mapp. Ange ett filnamn, till exempel {target / 'memo.docx'}.")
    if not target.parent.exists():
        raise UserError(f"{_folder(target)} finns inte. Skapa den eller välj en annan plats.")
    try:
        write_atomic(target, data)
    except OSError as exc:
        raise UserError(describe_os_error(exc, target, "skriva")) from None


def export_to_file(
    memo: Memo,
    target: Path,
    *,
    source: Path | None = None,
    profile=None,
    library=None,
    analysis: Analysis | None = None,
    options: ExportOptions = ExportOptions(),  # noqa: B008
) -> ExportReport:
    """:func:`export`, then :func:`write_file` to ``target``: nothing is written unless the
    whole document was built."""
    check_target(target, source)
    result = export(memo, profile=profile, library=library, analysis=analysis, options=options)
    write_file(result.data, target)
    result.report.written = target
    return result.report


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


def default_export_name(memo: Memo, format: str = "docx", public: bool = False) -> str:  # noqa: A002
    """``"2018-04-26 Förnyelse av avtal om Office 365.docx"`` (``… (offentlig version).docx``)."""
    parts = [memo.case.memo_date.isoformat() if memo.case.memo_date else "", memo.case.title.strip()]
    if public:
        parts.append("(offentlig version)")
    return safe_file_stem(" ".join(p for p in parts if p)) + FORMATS[format][0]


def default_memo_name(memo: Memo) -> str:
    return safe_file_stem(memo.case.title.strip(), "Nytt ärende") + ".memo"
