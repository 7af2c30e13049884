"""Inställningar → Organisation: the user's own details (stored once, used by every new memo),
the organisation's shared folder of profiles, and "Skapa profil från Word-mall…"."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from memo_builder.errors import UserError
from memo_builder.files import settings
from memo_builder.gui import dialogs
from memo_builder.gui.file_actions import details_for_empty_fields
from memo_builder.gui.services import Services
from memo_builder.model.text import clean_text
from memo_builder.render.profile import valid_key

DETAIL_FIELDS = ("organisation", "administration")
OFFICER_FIELDS = ("name", "title", "phone", "email")



def _profile_import():
    """Importing an organisation's Word template, loaded when the user imports one
    (pyproject's PLC0415 allow-list: python-docx's reader is not needed before that)."""
    from memo_builder.render import profile_import  # noqa: PLC0415

    return profile_import

class MyDetailsDialog(QDialog):
    """Organisation, förvaltning, the boards you write for and your own contact details."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mina uppgifter"))
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        labels = {
            "organisation": self.tr("Organisation:"), "administration": self.tr("Förvaltning:"),
            "name": self.tr("Ditt namn:"), "title": self.tr("Titel:"),
            "phone": self.tr("Telefon:"), "email": self.tr("E-post:"),
        }
        officer = settings.officer_details()
        for key in (*DETAIL_FIELDS, *OFFICER_FIELDS):
            edit = QLineEdit()
            edit.setAccessibleName(labels[key].rstrip(":"))
            value = officer.get(key, "") if key in OFFICER_FIELDS else settings.get(key, "")
            edit.setText(value if isinstance(value, str) else "")
            form.addRow(labels[key], edit)
            self.edits[key] = edit
        self.boards = QPlainTextEdit()
        self.boards.setAccessibleName(self.tr("Nämnder"))
        self.boards.setPlaceholderText(self.tr("En nämnd per rad, t.ex. Kommunstyrelsen"))
        boards = settings.get("boards", [])
        self.boards.setPlainText("\n".join(b for b in boards if isinstance(b, str))
                                 if isinstance(boards, list) else "")
        self.boards.setFixedHeight(self.fontMetrics().height() * 5)
        form.addRow(self.tr("Nämnder du skriver till:"), self.boards)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict:
        out = {k: clean_text(self.edits[k].text()).strip() for k in DETAIL_FIELDS}
        out["officer"] = {k: clean_text(self.edits[k].text()).strip() for k in OFFICER_FIELDS}
        out["boards"] = [b.strip() for b in clean_text(self.boards.toPlainText()).split("\n")
                         if b.strip()]
        return out


class OrganisationActions(QObject):
    def __init__(self, window: QWidget, services: Services, *, show_hint: Callable[[str], None],
                 use_profile: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self._show_hint = show_hint
        self._use_profile = use_profile

    def edit_details(self, dialog: MyDetailsDialog | None = None) -> bool:
        dialog = dialog or MyDetailsDialog(self.window)
        had_focus = dialogs.current_focus()
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialogs.restore_focus(self.window, had_focus)  # the keyboard back to the window
        if not accepted:
            return False
        return self.save_details(dialog.values())

    def save_details(self, values: dict) -> bool:
        try:
            stored = settings.load_settings()
            stored.update(values)
            settings.save_settings(stored)
        except OSError as exc:
            dialogs.error(self.window, dialogs.APP_NAME,
                          self.tr("Uppgifterna kunde inte sparas: {error}").format(error=str(exc)))
            return False
        self._show_hint(self.tr("Dina uppgifter används i nya ärenden."))
        self.offer_to_open_memo()
        return True

    def offer_to_open_memo(self) -> int:
        """Offer to put Mina uppgifter into the open memo's empty fields (one undo step);
        the official's own text is never replaced. Returns the number of fields filled."""

        doc = self.services.doc
        fill = details_for_empty_fields(doc.memo, self.services.profile())
        if not fill:
            return 0
        listed = "\n".join(f"• {label}: {value}" for _obj, _attr, value, label in fill)
        choice = dialogs.ask(
            self.window, self.tr("Fyll i det öppna ärendet?"),
            self.tr("Vill du fylla i dina uppgifter i det öppna ärendets tomma fält?"),
            [("fill", self.tr("Fyll i tomma fält"), "accept"),
             ("skip", self.tr("Bara nya ärenden"), "reject")],
            default="fill", informative=listed)
        if choice != "fill":
            return 0
        with doc.macro(self.tr("Fyll i mina uppgifter")):
            for obj, attr, value, _label in fill:
                doc.set(obj, attr, value, merge=False)
        self._show_hint(self.tr("{n} tomma fält fylldes i. Ångra med Ctrl+Z.").format(n=len(fill)))
        return len(fill)

    def _offer_a4(self, report, source: Path, key: str, folder: Path, organisation):
        """The template's page is not A4 (US Letter, say): offer A4; returns the new report."""

        choice = dialogs.ask(
            self.window, self.tr("Sidformatet är inte A4"), self.tr(_a4_question(report)),
            [("a4", self.tr("Använd A4"), "accept"), ("keep", self.tr("Behåll mallens format"),
                                                      "reject")],
            default="a4", icon=dialogs.QMessageBox.Icon.Warning)
        if choice != "a4":
            return None
        try:
            return _profile_import().create_profile(source, key, folder, replace=True, a4=True,
                                  organisation=organisation if isinstance(organisation, str)
                                  else "")
        except UserError as exc:
            dialogs.error(self.window, self.tr("Profilen kunde inte ändras till A4"), str(exc))
            return None

    def choose_profile_folder(self) -> None:
        current = settings.organisation_profile_dir()
        folder = dialogs.folder_path(self.window, self.tr("Välj organisationens mappar med mallar"),
                                     str(current or Path.home()))
        if folder:
            self._set_profile_folder(folder)

    def clear_profile_folder(self) -> None:
        self._set_profile_folder(None)

    def _set_profile_folder(self, folder: str | None) -> None:
        try:
            settings.set_value("organisation_profiles", folder)
        except OSError as exc:
            dialogs.error(self.window, dialogs.APP_NAME, str(exc))
            return
        self.services.reload_profile()
        self._show_hint(self.tr("Organisationens mallar: {folder}").format(folder=folder) if folder
                        else self.tr("Bara programmets och dina egna mallar används."))

    def import_template(self) -> Path | None:
        """Skapa profil från Word-mall…: pick the template, name the profile, see the report."""

        source = dialogs.open_path(self.window, self.tr("Välj organisationens Word-mall"),
                                   str(settings.last_folder("template")),
                                   self.tr("Word-mallar (*.docx *.dotx);;Alla filer (*)"))
        if not source:
            return None
        settings.remember_folder("template", source)
        suggested = _suggest_key(Path(source).stem)
        while True:
            key = dialogs.text_input(self.window, self.tr("Skapa profil från Word-mall"),
                                     self.tr("Profilens namn (t.ex. umea):"), suggested)
            if not key:
                return None
            if valid_key(key):
                break
            dialogs.error(self.window, self.tr("Ogiltigt namn"),
                          self.tr("Använd bokstäver, siffror och bindestreck, utan / \\ : * ? \" < > | "
                                  "och utan punkt eller understreck först."))
            suggested = _suggest_key(key)
        folder = settings.personal_profile_dir()
        replace = False
        if (folder / key).exists():
            choice = dialogs.ask(
                self.window, self.tr("Profilen finns redan"),
                self.tr("Det finns redan en profil som heter {key}. Vill du ersätta den?").format(key=key),
                [("replace", self.tr("Ersätt"), "destructive"), ("cancel", self.tr("Avbryt"), "reject")],
                default="cancel")
            if choice != "replace":
                return None
            replace = True
        first = not any(p.is_dir() for p in folder.iterdir()) if folder.is_dir() else True
        organisation = self.services.doc.memo.case.organisation or settings.get("organisation", "")
        try:
            report = _profile_import().create_profile(Path(source), key, folder, replace=replace,
                                    organisation=organisation if isinstance(organisation, str) else "")
        except UserError as exc:
            dialogs.error(self.window, self.tr("Profilen kunde inte skapas"),
                          str(exc) + "\n\n" + self.tr("Inget har ändrats."))
            return None
        if report.not_a4 is not None:
            report = self._offer_a4(report, Path(source), key, folder, organisation) or report
        # The first profile a user makes is meant for every memo: offered as the standard.
        choice = dialogs.ask(
            self.window, self.tr("Profilen är skapad"), "\n".join(report.lines()),
            [("default", self.tr("Använd som standard"), "accept"),
             ("use", self.tr("Använd bara för detta ärende"), "action"),
             ("close", self.tr("Stäng"), "reject")],
            default="default" if first else "use", icon=dialogs.QMessageBox.Icon.Information)
        if choice == "default":
            try:
                settings.set_value("default_profile", key)
            except OSError as exc:
                dialogs.error(self.window, dialogs.APP_NAME, str(exc))
        if choice in ("use", "default"):
            self._use_profile(key)
        return report.folder


def _a4_question(report) -> str:
    w, h = report.not_a4
    return (f"Mallens sida är {w} × {h} mm, inte A4 (210 × 297 mm). En svensk skrivelse "
            "skrivs ut på A4. Vill du att profilen använder A4? Marginalerna blir mallens.")


def _suggest_key(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:40] or "min-profil"
