"""The window's one export action: every format (Word, PDF, the cost workbook) and both
versions (the board's and the public one) through the export service's request
(``memo_builder.publish.service``), the same code the CLI's ``build`` and ``export-costs`` run.

One path for all of them: plan the request (readiness, the suggested name, warnings), ask
about a draft when the memo has errors, ask where (the dialog names the format and the
version), make the bytes (PDF on a worker thread behind a cancellable progress dialog:
LibreOffice takes seconds), write atomically, and say what was written, which version it is
and what the user must know before handing it on.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from memo_builder.errors import UserError, unexpected
from memo_builder.files import settings
from memo_builder.gui import dialogs, edited_exports
from memo_builder.gui.document import MemoDocument
from memo_builder.gui.services import Services
from memo_builder.publish.pdf import INSTALL_HINT, ConversionCancelled, find_converter
from memo_builder.publish.request import FORMAT_NAMES, ExportRequest

if TYPE_CHECKING:
    from memo_builder.publish.service import ExportPlan, ExportResult

def service():
    """The export service, loaded with the first export: it brings the renderer, Word's writer
    and the workbook, none of which the window's first paint needs (pyproject's PLC0415
    allow-list; ``publish/request.py`` holds what the menus need before that)."""
    from memo_builder.publish import service as export_service  # noqa: PLC0415

    return export_service


#: Seconds before a PDF conversion counts as hanging (the export service's limit).
TIMEOUT_SECONDS = 120.0

BOARD_WORD = ExportRequest("docx")
PUBLIC_WORD = ExportRequest("docx", public=True)
BOARD_PDF = ExportRequest("pdf")
PUBLIC_PDF = ExportRequest("pdf", public=True)
WORKBOOK = ExportRequest("xlsx")

#: Which remembered folder each format's dialog opens in.
_KIND = {"docx": "export", "pdf": "export", "xlsx": "workbook"}
_FILTERS = {"docx": "Word-dokument (*.docx)", "pdf": "PDF-dokument (*.pdf)",
            "xlsx": "Excel-arbetsbok (*.xlsx)"}


class _Job(QObject):
    """One run of a plan on a worker thread; ``done`` carries (ExportResult or None, error
    line, cancelled)."""

    done = Signal(object, str, bool)

    def __init__(self, p: ExportPlan) -> None:
        super().__init__()
        self.plan = p
        self.cancel = threading.Event()
        self.thread = threading.Thread(target=self._run, name="export", daemon=True)

    def _run(self) -> None:
        result, error, cancelled = None, "", False
        try:
            cancellable = replace(self.plan.request, cancel=self.cancel)
            result = service().run(replace(self.plan, request=cancellable))
        except ConversionCancelled as exc:
            error, cancelled = str(exc), True
        except UserError as exc:
            error = str(exc)
        except Exception as exc:  # noqa: BLE001 - a foreign template may fail in any way
            error = unexpected(exc, settings.log_exception(exc))
        try:
            self.done.emit(result, error, cancelled)
        except RuntimeError:  # the window is gone
            pass


class ExportAction(QObject):
    """Exports the memo of ``doc``; remembers the latest Word file (``last_export``)."""

    #: The latest Word export changed: (its path or None, whether it is a draft).
    exportChanged = Signal(object, bool)
    #: An export ended: the file written, or None (cancelled, failed).
    finished = Signal(object)

    def __init__(self, window: QWidget, doc: MemoDocument, services: Services, *,
                 commit_pending: Callable[[], bool], validate: Callable[[], list],
                 show_problems: Callable[[], None], start_folder: Callable[[], str],
                 show_hint: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window = window
        self.doc = doc
        self.services = services
        self._commit_pending = commit_pending
        self._validate = validate  # validates now (the current revision's analysis)
        self._show_problems = show_problems  # goes to the step that lists them
        self._start_folder = start_folder
        self._show_hint = show_hint
        self.last_export: Path | None = None
        self.last_written: Path | None = None
        self.job: _Job | None = None
        self.progress: QProgressDialog | None = None
        self.timeout = TIMEOUT_SECONDS
        app = QApplication.instance()
        if app is not None:  # quitting while LibreOffice works must not leave it running
            app.aboutToQuit.connect(self.abort)

    def forget(self) -> None:
        """Another memo is open: its Word file is not this one's."""
        self.last_export = None
        self.exportChanged.emit(None, False)

    @property
    def busy(self) -> bool:
        return self.job is not None

    # -- the one path -----------------------------------------------------------------------
    def start(self, request: ExportRequest = BOARD_WORD) -> Path | bool | None:
        """Export ``request``. Word and the workbook are written before this returns (the
        path, or None); a PDF is made on a worker thread: True when it started (``finished``
        says how it ended), False when nothing started."""
        asynchronous = request.format == "pdf"
        nothing = False if asynchronous else None
        title = self._title(request)
        if self.job is not None or not self._commit_pending():
            return nothing
        if request.format == "pdf" and find_converter() is None:
            choice = dialogs.ask(
                self.window, title, INSTALL_HINT,
                [("word", self.tr("Skapa Word-filen i stället …"), "accept"),
                 ("cancel", self.tr("Avbryt"), "reject")],
                default="word", icon=dialogs.QMessageBox.Icon.Warning)
            if choice == "word":
                self.start(PUBLIC_WORD if request.public else BOARD_WORD)
            return nothing
        self._validate()
        try:
            decided = self._plan(request)
        except UserError as exc:
            dialogs.error(self.window, self.tr("{noun} kunde inte skapas").format(
                noun=self._noun(request)),
                str(exc) + "\n\n" + self.tr("Inget av det du skrivit har gått förlorat."))
            return nothing
        if not decided.ready:
            choice = dialogs.ask(
                self.window, title,
                self.tr("Memot har {n} fel och är inte klart för nämnden.").format(
                    n=len(decided.errors)),
                [("draft", self.tr("Skapa utkast"), "accept"),
                 ("review", self.tr("Visa problemen"), "action"),
                 ("cancel", self.tr("Avbryt"), "reject")],
                default="review",
                informative=self.tr("Ett utkast märks ”UTKAST – inte färdigt för nämnden”."),
            )
            if choice == "review":
                self._show_problems()
            if choice != "draft":
                return nothing
            decided = decided.with_draft()
        if asynchronous:
            target = self._ask_target(decided, title)
            if target is None:
                return nothing
            # The plan holds the revision's snapshot (the analysis's memo), which nobody edits:
            # the user may type on while LibreOffice works.

            job = _Job(replace(decided, request=replace(decided.request, timeout=self.timeout)))
            job.done.connect(lambda result, error, cancelled:
                             self._done(job, decided, target, result, error, cancelled))
            self.job = job
            self._show_progress(title)
            job.thread.start()
            return True
        try:
            result = service().run(decided)
        except UserError as exc:  # a broken organisation template: explain, keep everything
            dialogs.error(self.window, self.tr("{noun} kunde inte skapas").format(
                noun=self._noun(decided.request)),
                          str(exc) + "\n\n" + self.tr("Inget av det du skrivit har gått förlorat."))
            return None
        except Exception as exc:  # noqa: BLE001 - a foreign template may fail in any way
            dialogs.error(self.window, self.tr("{noun} kunde inte skapas").format(
                noun=self._noun(decided.request)),
                          unexpected(exc, settings.log_exception(exc)))
            return None
        write = service().write_file
        target = self._ask_target(decided, title, lambda path: write(result.data, path))
        if target is None:
            return None
        return self._written(decided, target, result)

    def _plan(self, request: ExportRequest) -> ExportPlan:
        fmt = service().FORMATS[request.format]
        profile = None
        if fmt.uses_profile:
            profile = self.services.profile()
            if profile is None:
                raise UserError(self.services.profile_error)
        return service().plan(self.doc.memo, request, analysis=self.services.analysis(),
                              profile=profile, source=self.doc.path)

    def _noun(self, request: ExportRequest) -> str:
        return {"docx": self.tr("Skrivelsen"), "pdf": self.tr("PDF-filen"),
                "xlsx": self.tr("Kostnadsunderlaget")}[request.format]

    def _title(self, request: ExportRequest) -> str:
        """The dialog title names the format and the version it writes."""
        if request.format == "xlsx":
            return self.tr("Exportera kostnadsunderlag till Excel")
        if request.format == "pdf":
            return (self.tr("Spara offentlig version som PDF") if request.public
                    else self.tr("Spara nämndens version som PDF"))
        return (self.tr("Skapa offentlig version (Word)") if request.public
                else self.tr("Skapa skrivelse (nämndens version)"))

    def _folder(self, request: ExportRequest) -> Path:
        """Where this kind of file went last (this memo's last export first), else the start
        folder: the workbook and the documents each remember their own folder."""
        last = self.last_written or self.last_export
        if last is not None:
            return last.parent
        return settings.remembered_folder(_KIND[request.format]) or Path(self._start_folder())

    def _ask_target(self, decided: ExportPlan, title: str,
                    write: Callable[[Path], None] | None = None) -> Path | None:
        """Ask where until a name is accepted (and, with ``write``, written): a refused name or
        a failed write offers another name; nothing the user wrote is lost either way."""
        suffix = FORMAT_NAMES[decided.request.format][0]
        suggested = self._folder(decided.request) / decided.suggested_name
        while True:
            chosen = dialogs.save_path(self.window, title, str(suggested),
                                       _FILTERS[decided.request.format])
            if not chosen:
                return None
            target = Path(chosen)
            if target.suffix.lower() != suffix:
                target = target.with_name(target.name + suffix)
            try:
                service().check_target(target, self.doc.path)
                # A file edited by hand since the program wrote it: a new name or replace it.
                target = edited_exports.target_for(self.window, target)
                if target is None:
                    return None
                if write is not None:
                    write(target)
                return target
            except UserError as exc:
                choice = dialogs.ask(
                    self.window, self.tr("{noun} kunde inte sparas").format(
                        noun=self._noun(decided.request)), str(exc),
                    [("other", self.tr("Välj ett annat namn …"), "accept"),
                     ("cancel", self.tr("Avbryt"), "reject")],
                    default="other",
                    informative=self.tr("Inget av det du skrivit har gått förlorat."),
                )
                if choice != "other":
                    return None
                suggested = target

    def _write(self, decided: ExportPlan, target: Path, result: ExportResult) -> Path | None:
        """Write what the worker made (the name was checked before it started)."""
        try:
            service().write_file(result.data, target)
        except UserError as exc:
            dialogs.error(self.window, self.tr("{noun} kunde inte sparas").format(
                noun=self._noun(decided.request)),
                          str(exc) + "\n\n" + self.tr("Inget av det du skrivit har gått förlorat."))
            self.finished.emit(None)
            return None
        return self._written(decided, target, result)

    def _written(self, decided: ExportPlan, target: Path, result: ExportResult) -> Path:
        request = decided.request
        self.last_written = target
        if request.format == "docx":
            self.last_export = target
            self.exportChanged.emit(target, request.draft)
        settings.remember_folder(_KIND[request.format], target)  # the next export opens here
        self._show_hint(self.tr("Skapade {name}").format(name=target.name))
        self.finished.emit(target)
        if request.format == "pdf":  # called from the worker's signal: ask after it returns
            QTimer.singleShot(0, lambda: self._offer_open(decided, target, result.report.notes()))
        else:
            self._offer_open(decided, target, result.report.notes())
        return target

    def _offer_open(self, decided: ExportPlan, target: Path, notes: list[str]) -> None:
        request = decided.request
        text = self.tr("{what} sparades som {path}.").format(
            what=self._kind(request), path=str(target))
        if request.draft:
            text += " " + self.tr("Den är märkt som utkast.")
        if request.public:
            text += " " + self.tr("Det är den offentliga versionen: uppgifter som omfattas av "
                                  "sekretess är utelämnade.")
        text += "".join("\n\n" + note for note in [*notes, *decided.warnings])
        open_label = {"docx": self.tr("Öppna i Word"), "pdf": self.tr("Öppna PDF-filen"),
                      "xlsx": self.tr("Öppna arbetsboken")}[request.format]
        choice = dialogs.ask(
            self.window, self.tr("{noun} är skapad").format(noun=self._noun(request))
            if request.format != "xlsx" else self.tr("Kostnadsunderlaget är skapat"), text,
            [("open", open_label, "accept"), ("close", self.tr("Stäng"), "reject")],
            default="open" if request.format == "docx" else "close",
            icon=dialogs.QMessageBox.Icon.Information)
        if choice == "open":
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def _kind(self, request: ExportRequest) -> str:
        if request.format == "xlsx":
            return self.tr("Kostnadsunderlaget (nämndens version)")
        version = (self.tr("den offentliga versionen") if request.public
                   else self.tr("nämndens version"))
        kind = self.tr("PDF-filen") if request.format == "pdf" else self.tr("Skrivelsen")
        return self.tr("{kind}, {version},").format(kind=kind, version=version)

    # -- the PDF's worker -------------------------------------------------------------------
    def _show_progress(self, title: str) -> None:
        progress = QProgressDialog(self.tr("Skapar PDF med LibreOffice …"), self.tr("Avbryt"),
                                   0, 0, self.window)
        progress.setWindowTitle(title)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel)
        progress.setAccessibleName(self.tr("Skapar PDF"))
        progress.show()
        self.progress = progress

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel.set()
            if self.progress is not None:
                self.progress.setLabelText(self.tr("Avbryter …"))

    def abort(self) -> None:
        """Stop a running conversion and wait (briefly) until LibreOffice is gone."""
        job = self.job
        if job is not None:
            job.cancel.set()
            job.thread.join(timeout=5)

    def _done(self, job: _Job, decided: ExportPlan, target: Path, result, error: str,
              cancelled: bool) -> None:
        if job is not self.job:
            return
        self.job = None
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        if cancelled:
            self._show_hint(self.tr("PDF-konverteringen avbröts. Ingen fil skrevs."))
            self.finished.emit(None)
            return
        if error or result is None:
            dialogs.error(self.window, self.tr("{noun} kunde inte skapas").format(
                noun=self._noun(decided.request)),
                          error + "\n\n" + self.tr("Inget av det du skrivit har gått förlorat."))
            self.finished.emit(None)
            return
        self._write(decided, target, result)

    def open_export(self) -> None:
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export)))
