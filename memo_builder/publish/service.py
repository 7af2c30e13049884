"""The export service: memo in, finished document bytes and a report out. No Qt.

One request (:class:`ExportRequest`: format × the board's or the public version × draft ×
profile) is planned once (:func:`plan`: readiness, the suggested name, warnings) and run
(:func:`run`). The CLI (``build``, ``export-costs``) and the GUI's one export action are thin
adapters over it, so the same memo with the same request gives the same document from
either, with the same caveat library, name and Swedish messages. A new output format plugs in
here (:data:`FORMATS`), not in either client.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from memo_builder.analysis.revision import Analysis
from memo_builder.errors import UserError
from memo_builder.files import written
from memo_builder.files.storage import describe_os_error, folder_name, write_atomic
from memo_builder.model import swedish
from memo_builder.model.memo import Memo
from memo_builder.model.problems import Level
from memo_builder.model.secrecy import board_version_notice
from memo_builder.publish.pdf import ConverterMissing, docx_to_pdf, find_converter
from memo_builder.publish.request import (
    FORMAT_NAMES,
    ExportRequest,
    suggested_name,
)
from memo_builder.publish.workbook import confidential_grounds, export_costs
from memo_builder.render.pipeline import build_docx, profile_for, profile_key
from memo_builder.render.profile import ProfileError, load_profile


@dataclass
class ExportReport:
    """What the service did and what the user should know about it."""

    format: str
    draft: bool
    problems: list = field(default_factory=list)  # validation problems (model.validation)
    missing_styles: list[str] = field(default_factory=list)
    written: Path | None = None
    public: bool = False
    #: The plan's warnings (the board's version of a memo with confidential marks, ...).
    warnings_for_user: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list:
        return [p for p in self.problems if p.level is Level.ERROR]

    @property
    def warnings(self) -> list:
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


Writer = Callable[[Memo, object, Analysis, ExportRequest], tuple[bytes, list[str]]]


def _write_docx(memo: Memo, profile, analysis: Analysis, options: ExportRequest):
    buffer = io.BytesIO()
    report = build_docx(
        memo, buffer, profile, draft=options.draft, library=analysis.library, analysis=analysis,
        now=options.now, public=options.public,
    )
    return buffer.getvalue(), sorted(report.missing_styles)


def _write_pdf(memo: Memo, profile, analysis: Analysis, options: ExportRequest):
    """Our own Word file, exported to tagged PDF by LibreOffice (``memo_builder.publish.pdf``). The
    converter is looked for first, so a machine without one gets the message at once."""

    converter = find_converter()
    if converter is None:
        raise ConverterMissing()
    data, missing = _write_docx(memo, profile, analysis, options)
    pdf = docx_to_pdf(data, timeout=options.timeout, cancel=options.cancel, converter=converter)
    return pdf, missing


def _write_xlsx(memo: Memo, profile, analysis: Analysis, options: ExportRequest):
    """The cost workbook with live formulas (``publish/workbook.py``): the board's version."""

    return export_costs(analysis).data, []


@dataclass(frozen=True)
class Format:
    suffix: str
    #: Swedish name of the kind of file ("Word-dokument").
    label: str
    writer: Writer
    #: Whether the memo's text and its template are used (Word, PDF) or only its figures.
    uses_profile: bool = True
    #: Whether a public version of this format exists. The workbook has none: live formulas
    #: cannot stand on withheld inputs.
    has_public: bool = True
    #: Whether a memo with errors needs the draft question (a document for the board).
    needs_ready: bool = True


#: Output format -> how it is written. A new format plugs in here, in neither client.
FORMATS: dict[str, Format] = {
    "docx": Format(*FORMAT_NAMES["docx"], _write_docx),
    "pdf": Format(*FORMAT_NAMES["pdf"], _write_pdf),
    "xlsx": Format(*FORMAT_NAMES["xlsx"], _write_xlsx,
                   uses_profile=False, has_public=False, needs_ready=False),
}


def format_for(path: Path, requested: str | None = None) -> str:
    """The format for ``path``: ``requested`` if given, else from the suffix. Never guesses:
    an unknown suffix is refused rather than writing a Word file under another name."""
    if requested:
        if requested not in FORMATS:
            raise UserError(
                f"Formatet {requested!r} finns inte. Välj {swedish.join_or(sorted(FORMATS))}."
            )
        return requested
    suffix = path.suffix.lower()
    for name, fmt in FORMATS.items():
        if suffix == fmt.suffix:
            return name
    known = swedish.join_or([fmt.suffix for fmt in FORMATS.values()])
    raise UserError(
        f"{path.name}: filändelsen {suffix or '(ingen)'} hör inte till något format som kan "
        f"skapas. Ange ett namn som slutar på {known}."
    )


@dataclass
class ExportPlan:
    """A request decided once for one memo revision: the analysis, the profile, whether it is
    ready, the name to suggest and what the user must be told. :func:`run` makes the bytes."""

    memo: Memo
    request: ExportRequest
    analysis: Analysis
    profile: object  # render.profile.Profile, or None for a format that uses none
    #: Errors that keep a finished (non-draft) document from being made.
    errors: list
    #: Swedish sentences the user must read before handing the file on.
    warnings: list[str]
    suggested_name: str

    @property
    def ready(self) -> bool:
        return not self.errors or self.request.draft

    def with_draft(self) -> ExportPlan:
        """The same plan for a draft (after the user chose "Skapa utkast")."""

        return replace(self, request=replace(self.request, draft=True))


def plan(
    memo: Memo,
    request: ExportRequest = ExportRequest(),  # noqa: B008 - frozen, shared safely
    *,
    analysis: Analysis | None = None,
    library=None,
    profile=None,
    profile_dirs=(),
    source: Path | None = None,
) -> ExportPlan:
    """Decide ``request`` for ``memo``: raises :class:`UserError` for a request that cannot be
    made at all (an unknown format, a public workbook, a broken or missing profile); a memo
    with errors gives a plan that is not :attr:`ExportPlan.ready` until it is a draft.

    ``analysis`` is the caller's view of this revision (made from ``memo`` and ``library`` when
    not given); ``profile`` a loaded profile (else the request's or the memo's, looked up in
    the usual folders and ``profile_dirs``); ``source`` the memo's own file, which names the
    output."""

    if request.format not in FORMATS:
        format_for(Path("x"), request.format)  # raises with the list of formats
    fmt = FORMATS[request.format]
    if request.public and not fmt.has_public:
        raise UserError(
            f"{fmt.label} finns bara i nämndens version: formler kan inte räkna på uppgifter som "
            "är utelämnade. Den offentliga versionen av memot skapas som Word- eller PDF-dokument."
        )
    if fmt.uses_profile and profile is None:
        # The Word writer opens the base document and names a broken one in the same words:
        # opening it here as well would cost every build a second python-docx load.
        key = request.profile or profile_key(memo)
        profile = load_profile(key, extra=list(profile_dirs), open_base=False)
    if analysis is None:
        # The profile's perspectives each need the official's word (validated with the rest).
        analysis = Analysis(memo, library, perspectives=_perspectives(memo, profile))
    else:  # the caller's analysis is of this revision: build from the memo it analysed
        memo = analysis.memo
    errors = [p for p in analysis.problems if _is_error(p)] if fmt.needs_ready else []
    warnings: list[str] = []
    notice = board_version_notice(memo, request.public)  # "" for the public version
    if notice:
        if not fmt.has_public:
            notice += (" Det finns ingen offentlig version av kostnadsunderlaget; den offentliga "
                       "versionen av memot skapas som Word- eller PDF-dokument.")
        warnings.append(notice)
    grounds = confidential_grounds(memo)
    if request.public and not grounds:
        warnings.append(
            "Inget i memot är markerat som sekretess, så den offentliga versionen visar allt som "
            "nämndens version visar. Markera uppgifter som omfattas av sekretess under Juridik."
        )
    return ExportPlan(memo, request, analysis, profile, errors, warnings,
                      suggested_name(memo, request, source))


def _is_error(problem) -> bool:
    return problem.level is Level.ERROR


def run(p: ExportPlan) -> ExportResult:
    """Make the document of a plan in memory; nothing is written to disk. Raises
    :class:`NotReady` for a plan that is not ready, and :class:`UserError` (a broken template,
    a missing converter) with the message for the user."""
    if not p.ready:
        raise NotReady(p.errors)
    report = ExportReport(p.request.format, p.request.draft, list(p.analysis.problems),
                          public=p.request.public, warnings_for_user=list(p.warnings))
    data, missing = FORMATS[p.request.format].writer(p.memo, p.profile, p.analysis, p.request)
    report.missing_styles = missing
    return ExportResult(data, report)


def export(
    memo: Memo,
    *,
    profile=None,
    library=None,
    analysis: Analysis | None = None,
    request: ExportRequest = ExportRequest(),  # noqa: B008 - frozen, shared safely
) -> ExportResult:
    """:func:`plan` and :func:`run` in one call, for callers with nothing to ask the user."""
    return run(plan(memo, request, analysis=analysis, library=library, profile=profile))


def _perspectives(memo: Memo, profile) -> list[tuple[str, str]] | None:
    """The perspectives the profile asks the official to assess (None: the profile cannot be
    loaded; the build then says why, in its own words)."""

    try:
        return profile_for(memo, profile).perspective_keys()
    except ProfileError:
        return None


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
    name = folder_name(target.parent)
    return name[0].upper() + name[1:]


def write_file(data: bytes, target: Path) -> None:
    """Atomically write a finished output file (checked by :func:`check_target`), explaining
    every failure in one line."""

    target = Path(target)
    try:
        write_atomic(target, data)
    except OSError as exc:
        raise UserError(describe_os_error(exc, target, "skriva")) from None

    written.record(target, data)  # the next export can tell whether someone edited it


def export_to_file(p: ExportPlan, target: Path) -> ExportReport:
    """:func:`run` the plan, then :func:`write_file` to ``target`` (checked once by the caller
    with :func:`check_target`): nothing is written unless the whole document was built."""
    result = run(p)
    write_file(result.data, target)
    result.report.written = target
    return result.report
