"""Step 8, Granska och skapa: every validation problem (click to go there), plain Swedish (LIX per
section, long sentences and paragraphs), the accessibility check of the document about to be
exported, and the Word and PDF files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QMenu, QPushButton

from memo_builder.analysis.readability import Limits
from memo_builder.gui.export_action import BOARD_PDF, BOARD_WORD, PUBLIC_PDF, PUBLIC_WORD
from memo_builder.gui.resources import icon
from memo_builder.gui.review_checks import AccessibilityCheck
from memo_builder.gui.steps import STEP_KEYS, step_for_path
from memo_builder.gui.steps.base import StepPage
from memo_builder.gui.widgets.form import flow, wrap_lines
from memo_builder.model.problems import Level


class ReviewStep(StepPage):
    key = "review"
    section = "top"

    problemActivated = Signal(str)
    #: An export the user asked for (a ``publish.service.ExportRequest``).
    exportRequested = Signal(object)
    #: "Skapa offentlig version": the same export with confidential items withheld.
    openRequested = Signal()

    def help_html(self) -> str:
        return self.tr(
            "Här listas allt som behöver rättas (<b>fel</b>) och sådant en noggrann granskare "
            "skulle fråga om (<b>varningar</b>). Dubbelklicka eller tryck Enter på en rad för att gå "
            "till fältet. När inga fel finns kvar skapar du skrivelsen som Word-fil och laddar upp "
            "den i ärendehanteringssystemet. Med fel kvar kan du skapa ett utkast."
        )

    def build(self) -> None:
        card = self.card(self.tr("Kontroll"))
        self.verdict = QLabel()
        f = self.verdict.font()
        f.setPointSizeF(f.pointSizeF() * 1.15)
        f.setBold(True)
        self.verdict.setFont(f)
        self.verdict.setWordWrap(True)
        card.add(self.verdict)
        self.tree = wrap_lines(QListWidget())
        self.tree.setAccessibleName(self.tr("Problem i memot"))
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSpacing(2)
        self.tree.setMinimumHeight(self.fontMetrics().height() * 16)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemDoubleClicked.connect(self._activated)
        card.add(self.tree)

        self._build_language_card()
        self._build_accessibility_card()

        card = self.card(self.tr("Skapa skrivelsen"))
        self.export_button = QPushButton(icon("word"), self.tr("Skapa skrivelse …"))
        self.export_button.setObjectName("primary")
        self.export_button.setAccessibleName(self.tr("Skapa skrivelse"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(lambda: self.exportRequested.emit(BOARD_WORD))
        self.services.profileChanged.connect(self._name_the_document)
        self._name_the_document()
        self.open_button = QPushButton(icon("word"), self.tr("Öppna i Word"))
        self.open_button.setAccessibleName(self.tr("Öppna skrivelsen i Word"))
        self.open_button.clicked.connect(self.openRequested)
        self.open_button.setEnabled(False)
        self.pdf_button = QPushButton(self.tr("Spara som PDF"))
        self.pdf_button.setAccessibleName(self.tr("Spara som PDF: välj version"))
        self.pdf_button.setToolTip(self.tr("En taggad PDF för webben och ärendesystemet (kräver "
                                           "LibreOffice): nämndens eller den offentliga versionen"))
        pdf_menu = QMenu(self.pdf_button)
        self.pdf_board_action = pdf_menu.addAction(self.tr("Nämndens version …"))
        self.pdf_board_action.triggered.connect(lambda: self.exportRequested.emit(BOARD_PDF))
        self.pdf_public_action = pdf_menu.addAction(self.tr("Offentlig version …"))
        self.pdf_public_action.triggered.connect(lambda: self.exportRequested.emit(PUBLIC_PDF))
        self.pdf_button.setMenu(pdf_menu)
        self.public_button = QPushButton(icon("word"), self.tr("Skapa offentlig version …"))
        self.public_button.setAccessibleName(self.tr("Skapa offentlig version"))
        self.public_button.setToolTip(self.tr(
            "Skapar versionen som kan lämnas ut: sekretessmarkerade uppgifter och det som "
            "skulle avslöja dem ersätts med en upplysning om sekretessen."))
        self.public_button.clicked.connect(lambda: self.exportRequested.emit(PUBLIC_WORD))
        card.add(flow(self.export_button, self.public_button, self.pdf_button, self.open_button))
        self.export_label = QLabel(self.tr("Ingen skrivelse skapad ännu."))
        self.export_label.setObjectName("muted")
        self.export_label.setWordWrap(True)
        self.export_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        card.add(self.export_label)
        self.step_names: dict[str, str] = {}

    def _name_the_document(self) -> None:
        """The button names what the profile makes: a tjänsteutlåtande, a tjänsteskrivelse …"""
        profile = self.services.profile()
        kind = profile.document_type.lower() if profile is not None else self.tr("skrivelse")
        text = self.tr("Skapa {kind} …").format(kind=kind)
        self.export_button.setText(text)
        self.export_button.setAccessibleName(text.rstrip(" …"))

    def _build_language_card(self) -> None:
        card = self.card(self.tr("Klarspråk"), self.tr(
            "LIX per avsnitt (läsbarhetsindex: ord per mening + andel långa ord). Under 40 är "
            "lättläst, 50–60 är normalt för myndighetstext, över 60 är byråkratsvenska. "
            "Dubbelklicka på en rad för att gå till texten."))
        self.language_list = wrap_lines(QListWidget())
        self.language_list.setAccessibleName(self.tr("Läsbarhet per avsnitt"))
        self.language_list.setWordWrap(True)
        self.language_list.setAlternatingRowColors(True)
        self.language_list.setMinimumHeight(self.fontMetrics().height() * 10)
        self.language_list.itemActivated.connect(self._activated)
        self.language_list.itemDoubleClicked.connect(self._activated)
        card.add(self.language_list)

    def _build_accessibility_card(self) -> None:
        card = self.card(self.tr("Tillgänglighet"), self.tr(
            "Skrivelsen som skapas kontrolleras mot DOS-lagens krav för Word-dokument: titel, "
            "språk, rubriker, alternativtext, tabeller, listor, tomma stycken, kontrast och "
            "länktexter."))
        self.access_label = QLabel(self.tr("Kontrollen körs när steget visas."))
        self.access_label.setWordWrap(True)
        card.add(self.access_label)
        self.access_list = wrap_lines(QListWidget())
        self.access_list.setAccessibleName(self.tr("Tillgänglighetsbrister i skrivelsen"))
        self.access_list.setWordWrap(True)
        self.access_list.setVisible(False)
        card.add(self.access_list)

        self.access_check = AccessibilityCheck(self)
        self.access_check.finished.connect(self._accessibility_done)
        self._access_revision = None

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._refresh_publish_checks()

    def _refresh_publish_checks(self) -> None:
        self._show_language()
        if not self.isVisible():
            return
        revision = (id(self.doc.memo), self.doc.revision)
        if revision == self._access_revision:
            return
        profile = self.services.profile()
        if profile is None:
            self.access_label.setText(self.services.profile_error)
            return
        self._access_revision = revision
        self.access_label.setText(self.tr("Kontrollerar skrivelsen …"))
        analysis = self.services.analysis()
        self.access_check.request(analysis, profile, bool(analysis.errors()))

    def _accessibility_done(self, findings: list, error: str) -> None:
        self.access_list.clear()
        if error:
            self.access_label.setText(error)
            self.access_list.setVisible(False)
            return
        if not findings:
            self.access_label.setText(self.tr("Inga tillgänglighetsbrister i skrivelsen."))
            self.access_list.setVisible(False)
            return
        self.access_label.setText(self.tr("{n} tillgänglighetsbrister i skrivelsen:").format(
            n=len(findings)))
        for f in findings:
            it = QListWidgetItem(icon("warning"), str(f))
            it.setToolTip(f.fix)
            self.access_list.addItem(it)
        self.access_list.setVisible(True)

    def _show_language(self) -> None:
        self.language_list.clear()
        report = self.services.analysis().readability(Limits.from_profile(self.services.profile()))
        for section in report.sections:
            if section.lix is None:
                text = self.tr("{name}: ingen text").format(name=section.name)
                it = QListWidgetItem(icon("empty"), text)
            else:
                text = self.tr("{name}: LIX {lix} – {label}").format(
                    name=section.name, lix=f"{section.lix.value:.0f}", label=section.lix.label)
                if section.over_limit:
                    text += " " + self.tr("(över gränsen {limit:g})").format(limit=report.limits.lix)
                it = QListWidgetItem(icon("warning" if section.over_limit else "ok"), text)
            it.setData(Qt.ItemDataRole.UserRole, section.paths[0])
            self.language_list.addItem(it)
        for issue in report.issues:
            it = QListWidgetItem(icon("warning"), issue.message(report.limits))
            it.setData(Qt.ItemDataRole.UserRole, issue.path)
            it.setToolTip(self.tr("Enter eller dubbelklick går till texten."))
            self.language_list.addItem(it)

    def set_step_names(self, names: dict[str, str]) -> None:
        self.step_names = names
        self.set_problems(self.problems)

    def set_problems(self, problems) -> None:
        super().set_problems(problems)

        errors = [p for p in problems if p.level is Level.ERROR]
        warnings = [p for p in problems if p.level is Level.WARNING]
        if not problems:
            self.verdict.setText(self.tr("Inga problem – skrivelsen är klar för nämnden."))
        elif errors:
            self.verdict.setText(
                self.tr("{e} fel och {w} varningar. Rätta felen innan skrivelsen går till nämnden.")
                .format(e=len(errors), w=len(warnings)))
        else:
            self.verdict.setText(
                self.tr("Inga fel, men {w} varningar att titta på.").format(w=len(warnings)))
        self.tree.clear()
        order = {k: i for i, k in enumerate(STEP_KEYS)}
        for p in sorted(problems, key=lambda p: (p.level is not Level.ERROR, order[step_for_path(p.path)])):
            step = step_for_path(p.path)
            level = self.tr("Fel") if p.level is Level.ERROR else self.tr("Varning")
            it = QListWidgetItem(icon("error" if p.level is Level.ERROR else "warning"),
                                 f"{self.step_names.get(step, step)}: {p.message}")
            it.setData(Qt.ItemDataRole.UserRole, p.path)
            it.setToolTip(self.tr("{level} i steget {step}. Enter eller dubbelklick går dit.")
                          .format(level=level, step=self.step_names.get(step, step)))
            self.tree.addItem(it)
        if self.tree.count():
            self.tree.setCurrentRow(0)
        self._refresh_publish_checks()

    def set_exported(self, path: Path | None, draft: bool = False) -> None:
        self.open_button.setEnabled(path is not None)
        if path is None:
            self.export_label.setText(self.tr("Ingen skrivelse skapad ännu."))
        else:
            text = self.tr("Senast skapad: {path}").format(path=str(path))
            if draft:
                text += " " + self.tr("(utkast)")
            self.export_label.setText(text)

    def _activated(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            self.problemActivated.emit(path)

    def focus_path(self, path: str) -> bool:
        return False
