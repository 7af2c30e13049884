""""Spara som PDF": the export service's PDF format, run off the GUI thread.

LibreOffice takes seconds (more on a cold start), so the conversion runs on a worker thread
behind a progress dialog with "Avbryt". Cancelling, or a converter that hangs past the time
limit, kills LibreOffice and its children (``memo_builder.publish.pdf``) and says so; nothing is
written unless the whole PDF was made. Without LibreOffice the user is told what to install and
offered the Word file instead.
"""

from __future__ import annotations

import copy
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog

from memo_builder.gui import dialogs, edited_exports

#: Seconds before a conversion counts as hanging (the export service's limit).
TIMEOUT_SECONDS = 120.0


class _Job(QObject):
    """One conversion; ``done`` carries (data, error line, cancelled)."""

    done = Signal(object, str, bool)

    def __init__(self, memo, profile, library, draft: bool, timeout: float) -> None:
        super().__init__()
        self.memo = memo
        self.profile = profile
        self.library = library
        self.draft = draft
        self.timeout = timeout
        self.cancel = threading.Event()
        self.thread = threading.Thread(target=self._run, name="pdf-export", daemon=True)

    def _run(self) -> None:
        from memo_builder.errors import UserError, unexpected
        from memo_builder.publish.pdf import ConversionCancelled
        from memo_builder.publish.service import ExportOptions, export

        data, error, cancelled = None, "", False
        try:
            result = export(self.memo, profile=self.profile, library=self.library,
                            options=ExportOptions(format="pdf", draft=self.draft,
                                                  timeout=self.timeout, cancel=self.cancel))
            data = result.data
        except ConversionCancelled as exc:
            error, cancelled = str(exc), True
        except UserError as exc:
            error = str(exc)
        except Exception as exc:  # noqa: BLE001 - a foreign template may fail in any way
            from memo_builder.files import settings

            error = unexpected(exc, settings.log_exception(exc))
        try:
            self.done.emit(data, error, cancelled)
        except RuntimeError:
            pass


class PdfExport(QObject):
    """The window's PDF export. ``window`` is the main window (duck-typed: doc, services,
    validate_now, problems, commit_pending, show_hint, export, files.start_folder)."""

    finished = Signal(object)  # Path | None

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.job: _Job | None = None
        self.progress: QProgressDialog | None = None
        self.timeout = TIMEOUT_SECONDS
        self.last: Path | None = None
        # Quitting while LibreOffice works must not leave it running.
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.abort)

    def abort(self) -> None:
        """Stop a running conversion and wait (briefly) until LibreOffice is gone."""
        job = self.job
        if job is not None:
            job.cancel.set()
            job.thread.join(timeout=5)

    def start(self) -> bool:
        """Ask about a draft if needed, ask where, then convert. False when nothing started."""
        from memo_builder.model.validation import Level
        from memo_builder.publish.pdf import INSTALL_HINT, find_converter

        w = self.window
        if self.job is not None:
            return False
        if not w.commit_pending():
            return False
        if find_converter() is None:
            choice = dialogs.ask(
                w, self.tr("Spara som PDF"), INSTALL_HINT,
                [("word", self.tr("Skapa Word-filen i stället …"), "accept"),
                 ("cancel", self.tr("Avbryt"), "reject")],
                default="word", icon=dialogs.QMessageBox.Icon.Warning)
            if choice == "word":
                w.export()
            return False
        w.validate_now()
        errors = [p for p in w.problems if p.level is Level.ERROR]
        draft = False
        if errors:
            choice = dialogs.ask(
                w, self.tr("Spara som PDF"),
                self.tr("Memot har {n} fel och är inte klart för nämnden.").format(n=len(errors)),
                [("draft", self.tr("Skapa utkast"), "accept"),
                 ("cancel", self.tr("Avbryt"), "reject")],
                default="cancel",
                informative=self.tr("Ett utkast märks ”UTKAST – inte färdigt för nämnden”."))
            if choice != "draft":
                return False
            draft = True
        profile = w.services.profile()
        if profile is None:
            dialogs.error(w, self.tr("PDF-filen kunde inte skapas"), w.services.profile_error)
            return False
        target = self._ask_target()
        if target is None:
            return False
        # The worker renders a copy: the memo may change while LibreOffice works.
        job = _Job(copy.deepcopy(w.doc.memo), profile, w.services.library(), draft, self.timeout)
        job.done.connect(lambda data, error, cancelled: self._done(job, target, draft, data,
                                                                   error, cancelled))
        self.job = job
        self._show_progress()
        job.thread.start()
        return True

    def _ask_target(self) -> Path | None:
        from memo_builder.errors import UserError
        from memo_builder.publish.service import check_target, default_export_name

        w = self.window
        last = self.last or getattr(w, "last_export", None)
        files = getattr(w, "files", None)
        start = files.start_folder() if files is not None else w._start_folder()
        folder = last.parent if last else Path(start)
        suggested = folder / default_export_name(w.doc.memo, "pdf")
        while True:
            chosen = dialogs.save_path(w, self.tr("Spara som PDF"), str(suggested),
                                       self.tr("PDF-dokument (*.pdf)"))
            if not chosen:
                return None
            target = Path(chosen)
            if target.suffix.lower() != ".pdf":
                target = target.with_name(target.name + ".pdf")
            try:
                check_target(target, w.doc.path)
                return target
            except UserError as exc:
                dialogs.error(w, self.tr("PDF-filen kunde inte sparas"), str(exc))
                suggested = target

    def _show_progress(self) -> None:
        progress = QProgressDialog(self.tr("Skapar PDF med LibreOffice …"), self.tr("Avbryt"),
                                   0, 0, self.window)
        progress.setWindowTitle(self.tr("Spara som PDF"))
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

    def _done(self, job: _Job, target: Path, draft: bool, data, error: str, cancelled: bool) -> None:
        from memo_builder.errors import UserError
        from memo_builder.publish.service import write_file

        if job is not self.job:
            return
        self.job = None
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        w = self.window
        if cancelled:
            w.show_hint(self.tr("PDF-konverteringen avbröts. Ingen fil skrevs."))
            self.finished.emit(None)
            return
        if error or data is None:
            dialogs.error(w, self.tr("PDF-filen kunde inte skapas"),
                          error + "\n\n" + self.tr("Inget av det du skrivit har gått förlorat."))
            self.finished.emit(None)
            return
        try:
            target = edited_exports.target_for(w, target)  # issue 22
            if target is None:
                self.finished.emit(None)
                return
            write_file(data, target)
        except UserError as exc:
            dialogs.error(w, self.tr("PDF-filen kunde inte sparas"), str(exc))
            self.finished.emit(None)
            return
        self.last = target
        w.show_hint(self.tr("Sparade {name}").format(name=target.name)
                    + (" " + self.tr("(utkast)") if draft else ""))
        self.finished.emit(target)
        QTimer.singleShot(0, lambda: self._offer_open(target, draft))

    def _offer_open(self, target: Path, draft: bool) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        choice = dialogs.ask(
            self.window, self.tr("PDF-filen är skapad"),
            self.tr("Skrivelsen sparades som {path}.").format(path=str(target))
            + (" " + self.tr("Den är märkt som utkast.") if draft else ""),
            [("open", self.tr("Öppna PDF-filen"), "accept"), ("close", self.tr("Stäng"), "reject")],
            default="close", icon=dialogs.QMessageBox.Icon.Information)
        if choice == "open":
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
