"""Step 1, Ärendet: who decides what, when, and who wrote the memo."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit

from memo_builder.gui.steps.base import QT_TRANSLATE_NOOP, StepPage
from memo_builder.gui.widgets.fields import DateField
from memo_builder.gui.widgets.form import row


class CaseStep(StepPage):
    TITLE = QT_TRANSLATE_NOOP("CaseStep", "Ärendet")
    key = "case"
    section = "top"

    def help_html(self) -> str:
        return self.tr(
            "Uppgifterna i sidhuvudet. <b>Rubriken</b> säger vad nämnden beslutar om, till exempel "
            "”Förnyelse av avtal om Office 365”. <b>Sammanträdesdatumet</b> är beslutsdatumet: det "
            "avgör vilka lagar och vilka beloppsgränser för direktupphandling som gäller. "
            "Datum skrivs ÅÅÅÅ-MM-DD."
        )

    def build(self) -> None:
        doc, b = self.doc, self.binder
        case = lambda: doc.memo.case  # noqa: E731
        officer = lambda: doc.memo.case.officer  # noqa: E731

        card = self.card(self.tr("Ärende och nämnd"))
        form = card.form()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Vad nämnden beslutar om"))
        row(form, self.tr("Rubrik:"), self.title_edit)
        b.line(self.title_edit, case, "title", "case.title", "top", self.tr("Ändra rubrik"))

        self.board = QComboBox()
        self.board.setEditable(True)
        self.board.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        row(form, self.tr("Nämnd:"), self.board,
            self.tr("Nämnden som fattar beslutet, t.ex. Nämnden för Intraservice"))
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

    def _fill_boards(self) -> None:
        profile = self.services.profile()
        boards = list(profile.boards) if profile else []
        current = self.doc.memo.case.board
        self.board.blockSignals(True)
        self.board.clear()
        for name in boards:
            self.board.addItem(name, name)
        self.board.setEditText(current)
        self.board.blockSignals(False)
