"""Step 8, Granska och skapa: every validation problem (click to go there) and the Word file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton

from memo_builder.gui.resources import icon
from memo_builder.gui.steps import STEP_KEYS, step_for_path
from memo_builder.gui.steps.base import QT_TRANSLATE_NOOP, StepPage
from memo_builder.gui.widgets.form import hbox


class ReviewStep(StepPage):
    TITLE = QT_TRANSLATE_NOOP("ReviewStep", "Granska och skapa")
    key = "review"
    section = "top"

    problemActivated = Signal(str)
    exportRequested = Signal()
    #: "Skapa offentlig version": the same export with confidential items withheld.
    publicExportRequested = Signal()
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
        self.tree = QListWidget()
        self.tree.setAccessibleName(self.tr("Problem i memot"))
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSpacing(2)
        self.tree.setMinimumHeight(self.fontMetrics().height() * 16)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemDoubleClicked.connect(self._activated)
        card.add(self.tree)

        card = self.card(self.tr("Skapa skrivelsen"))
        self.export_button = QPushButton(icon("word"), self.tr("Skapa skrivelse …"))
        self.export_button.setObjectName("primary")
        self.export_button.setAccessibleName(self.tr("Skapa skrivelse"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.exportRequested)
        self.open_button = QPushButton(icon("word"), self.tr("Öppna i Word"))
        self.open_button.setAccessibleName(self.tr("Öppna skrivelsen i Word"))
        self.open_button.clicked.connect(self.openRequested)
        self.open_button.setEnabled(False)
        self.public_button = QPushButton(icon("word"), self.tr("Skapa offentlig version …"))
        self.public_button.setAccessibleName(self.tr("Skapa offentlig version"))
        self.public_button.setToolTip(self.tr(
            "Skapar versionen som kan lämnas ut: sekretessmarkerade uppgifter och det som "
            "skulle avslöja dem ersätts med en upplysning om sekretessen."))
        self.public_button.clicked.connect(self.publicExportRequested)
        card.add(hbox(self.export_button, self.public_button, self.open_button))
        self.export_label = QLabel(self.tr("Ingen skrivelse skapad ännu."))
        self.export_label.setObjectName("muted")
        self.export_label.setWordWrap(True)
        self.export_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        card.add(self.export_label)
        self.step_names: dict[str, str] = {}

    def set_step_names(self, names: dict[str, str]) -> None:
        self.step_names = names
        self.set_problems(self.problems)

    def set_problems(self, problems) -> None:
        super().set_problems(problems)
        from memo_builder.model.validation import Level

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
