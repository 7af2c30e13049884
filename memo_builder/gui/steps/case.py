"""Step 1, Ärendet: who decides what, when, and who wrote the memo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from memo_builder.files import settings
from memo_builder.files.settings import default_profile_key
from memo_builder.gui import dialogs
from memo_builder.gui.file_actions import board_choices, only_board
from memo_builder.gui.steps.base import StepPage
from memo_builder.gui.widgets.fields import DateField
from memo_builder.gui.widgets.form import hbox, row
from memo_builder.render.profile import SOURCE_LABELS, list_profiles


class ProfileCombo(QComboBox):
    """Lists the profiles only when opened: finding and checking them all costs more than the
    first paint may spend."""

    def __init__(self, fill, parent=None) -> None:
        super().__init__(parent)
        self._fill = fill

    def showPopup(self) -> None:  # noqa: N802 - Qt API
        self._fill()
        super().showPopup()


class CaseStep(StepPage):
    key = "case"
    section = "top"

    def help_html(self) -> str:
        return self.tr(
            "Uppgifterna i sidhuvudet. <b>Rubriken</b> säger vad nämnden beslutar om, till exempel "
            "”Förnyelse av avtal om e-post och kontorsprogram”. <b>Sammanträdesdatumet</b> är beslutsdatumet: det "
            "avgör vilka lagar och vilka beloppsgränser för direktupphandling som gäller. "
            "Datum skrivs ÅÅÅÅ-MM-DD."
        )

    def build(self) -> None:
        doc, b = self.doc, self.binder
        case = lambda: doc.memo.case  # noqa: E731
        officer = lambda: doc.memo.case.officer  # noqa: E731

        card = self.card(self.tr("Ärende och nämnd"))
        form = card.form()
        self.profile_combo = ProfileCombo(self._fill_profiles)
        self.profile_combo.setAccessibleName(self.tr("Organisationens mall"))
        self.make_default = QPushButton(self.tr("Använd som standard"))
        self.make_default.setToolTip(self.tr("Nya ärenden använder den här mallen, även efter "
                                             "omstart"))
        self.make_default.clicked.connect(self.use_profile_as_default)
        row(form, self.tr("Mall:"), hbox(self.profile_combo, self.make_default, stretch=False),
            self.tr("Organisationens format för skrivelsen; egna mallar under Inställningar → Organisation"))
        self.profile_combo.setAccessibleName(self.tr("Organisationens mall"))
        self.profile_combo.activated.connect(self._profile_chosen)
        self._show_profile()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Vad nämnden beslutar om"))
        row(form, self.tr("Rubrik:"), self.title_edit)
        b.line(self.title_edit, case, "title", "case.title", "top", self.tr("Ändra rubrik"))

        self.board = QComboBox()
        self.board.setEditable(True)
        self.board.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        row(form, self.tr("Nämnd:"), self.board,
            self.tr("Nämnden som fattar beslutet, t.ex. kommunstyrelsen eller utbildningsnämnden"))
        self._fill_boards()
        b.combo(self.board, case, "board", "case.board", "proposal", self.tr("Ändra nämnd"))

        self.organisation = QLineEdit()
        row(form, self.tr("Organisation:"), self.organisation)
        b.line(self.organisation, case, "organisation", "case.organisation", "top")
        self.administration = QLineEdit()
        self.administration.setPlaceholderText(self.tr("Förvaltningen som skriver utlåtandet"))
        row(form, self.tr("Förvaltning:"), self.administration)
        b.line(self.administration, case, "administration", "case.administration", "top")
        self.dnr = QLineEdit()
        self.dnr.setPlaceholderText(self.tr("t.ex. 0123/18"))
        row(form, self.tr("Diarienummer:"), self.dnr)
        b.line(self.dnr, case, "diarienummer", "case.diarienummer", "top")

        dates = self.card(self.tr("Datum"))
        form = dates.form()
        self.memo_date = DateField()
        row(form, self.tr("Utfärdat:"), self.memo_date, self.tr("Dagen då tjänsteutlåtandet utfärdas"))
        b.date(self.memo_date, case, "memo_date", "case.memo_date", "top", self.tr("Ändra datum"))
        self.meeting_date = DateField()
        row(form, self.tr("Nämndens sammanträde:"), self.meeting_date,
            self.tr("Beslutsdatum: avgör vilka lagar och beloppsgränser som gäller"))
        b.date(self.meeting_date, case, "meeting_date", "case.meeting_date", "top",
               self.tr("Ändra sammanträdesdatum"))

        person = self.card(self.tr("Handläggare"))
        form = person.form()
        self.officer_name = QLineEdit()
        row(form, self.tr("Namn:"), self.officer_name)
        b.line(self.officer_name, officer, "name", "case.officer.name", "top")
        self.officer_title = QLineEdit()
        self.officer_title.setPlaceholderText(self.tr("t.ex. IT-strateg"))
        row(form, self.tr("Titel:"), self.officer_title)
        b.line(self.officer_title, officer, "title", "case.officer.title", "top")
        self.officer_phone = QLineEdit()
        row(form, self.tr("Telefon:"), self.officer_phone)
        b.line(self.officer_phone, officer, "phone", "case.officer.phone", "top")
        self.officer_email = QLineEdit()
        row(form, self.tr("E-post:"), self.officer_email)
        b.line(self.officer_email, officer, "email", "case.officer.email", "top")
        self.services.profileChanged.connect(self._fill_boards)
        self.services.profileChanged.connect(self._show_profile)

    def refresh(self) -> None:
        super().refresh()
        self._show_profile()

    def rebuild(self) -> None:
        self._fill_boards()  # a new memo: the user's own boards may have changed too
        super().rebuild()

    def _show_profile(self) -> None:
        """The combo shows the memo's profile (the full list is read when it opens)."""
        profile = self.services.profile()
        key = profile.key if profile is not None else (self.doc.memo.profile or "")
        index = self.profile_combo.findData(key)
        self.profile_combo.blockSignals(True)
        if index < 0:
            self.profile_combo.addItem(profile.name if profile is not None else key, key)
            index = self.profile_combo.count() - 1
        self.profile_combo.setCurrentIndex(index)
        self.profile_combo.blockSignals(False)

        self.make_default.setVisible(bool(key) and key != default_profile_key())

    def use_profile_as_default(self) -> None:
        """New memos start from this memo's profile, after a restart too."""

        key = self.profile_combo.currentData()
        if not key:
            return
        try:
            settings.set_value("default_profile", key)
        except OSError as exc:
            dialogs.error(self, dialogs.APP_NAME, str(exc))
            return
        self.make_default.setVisible(False)
        window = self.window()
        if hasattr(window, "show_hint"):
            window.show_hint(self.tr("Nya ärenden använder mallen {name}.").format(
                name=self.profile_combo.currentText()))

    def _fill_profiles(self) -> None:
        listings, notices = list_profiles()
        current = self.profile_combo.currentData()
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        model = self.profile_combo.model()
        for x in listings:
            if x.profile is None:
                self.profile_combo.addItem(self.tr("{key} (kan inte användas)").format(key=x.key), x.key)
                item = model.item(self.profile_combo.count() - 1)
                item.setEnabled(False)
                item.setToolTip(x.error)
                continue
            self.profile_combo.addItem(x.profile.name, x.key)
            self.profile_combo.setItemData(self.profile_combo.count() - 1,
                                           f"{SOURCE_LABELS[x.source]}: {x.folder}\n{x.profile.description}",
                                           Qt.ItemDataRole.ToolTipRole)
        index = self.profile_combo.findData(current)
        self.profile_combo.setCurrentIndex(max(index, 0))
        self.profile_combo.blockSignals(False)
        if notices:
            self.profile_combo.setToolTip("\n".join(notices))

    def _profile_chosen(self, index: int) -> None:
        key = self.profile_combo.itemData(index)
        if not key or key == self.doc.memo.profile:
            return
        with self.doc.macro(self.tr("Byt mall")):
            self.doc.set(self.doc.memo, "profile", key, self.tr("Byt mall"), merge=False)
            # A profile whose board list holds one board fills an empty Nämnd, as a new memo
            # does (one undo step with the profile change).
            board = only_board(self.services.profile())
            if board and not self.doc.memo.case.board.strip():
                self.doc.set(self.doc.memo.case, "board", board, self.tr("Nämnd"), merge=False)

    def _fill_boards(self) -> None:
        boards = board_choices(self.services.profile())
        current = self.doc.memo.case.board
        self.board.blockSignals(True)
        self.board.clear()
        for name in boards:
            self.board.addItem(name, name)
        self.board.setEditText(current)
        self.board.blockSignals(False)
