""""Skapa skrivelse": the Word file made by the export service (``memo_builder.publish.service``, the
same code the CLI's ``build`` runs), the questions around it, and opening the result."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from memo_builder.files import settings
from memo_builder.gui import dialogs, edited_exports
from memo_builder.gui.document import MemoDocument
from memo_builder.gui.services import Services


class ExportActions(QObject):
    """Creates the memo document for ``doc`` and remembers the latest one (``last_export``)."""

    #: The latest export changed: (its path or None, whether it is a draft).
    exportChanged = Signal(object, bool)

    def __init__(self, window: QWidget, doc: MemoDocument, services: Services, *,
                 commit_pending: Callable[[], bool], validate: Callable[[], list],
                 show_problems: Callable[[], None], start_folder: Callable[[], str],
                 show_hint: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window = window
        self.doc = doc
        self.services = services
        self._commit_pending = commit_pending
        self._validate = validate  # validates now and returns the problems
        self._show_problems = show_problems  # goes to the step that lists them
        self._start_folder = start_folder
        self._show_hint = show_hint
        self.last_export: Path | None = None

    def forget(self) -> None:
        """Another memo is open: its Word file is not this one's."""
        self.last_export = None
        self.exportChanged.emit(None, False)

    def export(self, public: bool = False) -> Path | None:
        """"Skapa skrivelse": validate, build in memory, ask where, write atomically.
        ``public``: "Skapa offentlig version", confidential items withheld."""
        from memo_builder.errors import UserError
        from memo_builder.model.validation import Level
        from memo_builder.publish.service import (
            ExportOptions,
            check_target,
            default_export_name,
            export,
            write_file,
        )

        if not self._commit_pending():
            return None
        errors = [p for p in self._validate() if p.level is Level.ERROR]
        draft = False
        if errors:
            choice = dialogs.ask(
                self.window, self.tr("Skapa skrivelse"),
                self.tr("Memot har {n} fel och är inte klart för nämnden.").format(n=len(errors)),
                [("draft", self.tr("Skapa utkast"), "accept"),
                 ("review", self.tr("Visa problemen"), "action"),
                 ("cancel", self.tr("Avbryt"), "reject")],
                default="review",
                informative=self.tr("Ett utkast märks ”UTKAST – inte färdigt för nämnden”."),
            )
            if choice == "review":
                self._show_problems()
                return None
            if choice != "draft":
                return None
            draft = True
        profile = self.services.profile()
        if profile is None:
            dialogs.error(self.window, self.tr("Skrivelsen kunde inte skapas"), self.services.profile_error)
            return None
        try:
            result = export(self.doc.memo, profile=profile, analysis=self.services.analysis(),
                            options=ExportOptions(draft=draft, public=public))
        except UserError as exc:  # a broken organisation template: explain, keep everything
            dialogs.error(self.window, self.tr("Skrivelsen kunde inte skapas"),
                          str(exc) + "\n\n" + self.tr("Inget av det du skrivit har gått förlorat."))
            return None
        except Exception as exc:  # noqa: BLE001 - a foreign template may fail in any way
            from memo_builder.errors import unexpected

            dialogs.error(self.window, self.tr("Skrivelsen kunde inte skapas"),
                          unexpected(exc, settings.log_exception(exc)))
            return None
        notes = result.report.notes()
        folder = self.last_export.parent if self.last_export else _remembered_folder() \
            or Path(self._start_folder())
        suggested = folder / default_export_name(self.doc.memo, public=public)
        while True:
            chosen = dialogs.save_path(self.window, self.tr("Skapa skrivelse"), str(suggested),
                                       self.tr("Word-dokument (*.docx)"))
            if not chosen:
                return None
            target = Path(chosen)
            if target.suffix.lower() != ".docx":
                target = target.with_name(target.name + ".docx")
            try:
                check_target(target, self.doc.path)
                target = edited_exports.target_for(self.window, target)  # issue 22
                if target is None:
                    return None
                write_file(result.data, target)
                break
            except UserError as exc:
                choice = dialogs.ask(
                    self.window, self.tr("Skrivelsen kunde inte sparas"), str(exc),
                    [("other", self.tr("Välj ett annat namn …"), "accept"),
                     ("cancel", self.tr("Avbryt"), "reject")],
                    default="other",
                    informative=self.tr("Inget av det du skrivit har gått förlorat."),
                )
                if choice != "other":
                    return None
                suggested = target
        self.last_export = target
        try:
            settings.set_value("export_folder", str(target.parent))  # the next export opens here
        except OSError:
            pass
        self.exportChanged.emit(target, draft)
        self._show_hint(self.tr("Skapade {name}").format(name=target.name))
        choice = dialogs.ask(
            self.window, self.tr("Skrivelsen är skapad"),
            self.tr("Skrivelsen sparades som {path}.").format(path=str(target))
            + (" " + self.tr("Den är märkt som utkast.") if draft else "")
            + (" " + self.tr("Det är den offentliga versionen: uppgifter som omfattas av "
                             "sekretess är utelämnade.") if public else "")
            + "".join("\n\n" + note for note in notes),
            [("open", self.tr("Öppna i Word"), "accept"), ("close", self.tr("Stäng"), "reject")],
            default="open", icon=dialogs.QMessageBox.Icon.Information,
        )
        if choice == "open":
            self.open_export()
        return target

    def open_export(self) -> None:
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export)))


def _remembered_folder() -> Path | None:
    """The folder the last Word file went to (any memo), if it still exists."""
    value = settings.get("export_folder")
    if isinstance(value, str) and value:
        folder = Path(value)
        try:
            if folder.is_dir():
                return folder
        except OSError:
            return None
    return None
