"""Step 5, Konsekvenser: what happens if nothing is decided, deadlines per option, perspectives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox

from memo_builder.gui import labels
from memo_builder.gui.steps.base import QT_TRANSLATE_NOOP, StepPage
from memo_builder.gui.widgets.fields import DateField, TextEdit
from memo_builder.gui.widgets.form import row
from memo_builder.model.memo import Perspective, Severity
from memo_builder.model.text import clean_text


class ConsequencesStep(StepPage):
    TITLE = QT_TRANSLATE_NOOP("ConsequencesStep", "Konsekvenser")
    key = "consequences"
    section = "consequences"

    def help_html(self) -> str:
        return self.tr(
            "Beskriv vad som händer <b>om nämnden inte beslutar</b> före det datum då avtalet eller "
            "licenserna löper ut: vilka tjänster som upphör, hur många som berörs och vad det "
            "betyder för verksamheten. Programmet räknar ut senaste beslutsdag för varje "
            "alternativ utifrån dess ledtid. Under <b>perspektiv</b> skriver du bara det som är "
            "relevant; ett tomt fält ger organisationens standardmening."
        )

    def build(self) -> None:
        b = self.binder
        c = lambda: self.doc.memo.consequences  # noqa: E731
        card = self.card(self.tr("Om inget beslutas"))
        form = card.form()
        self.deadline = DateField()
        row(form, self.tr("Avtalet eller licenserna löper ut:"), self.deadline)
        b.date(self.deadline, c, "deadline", "consequences.deadline", "consequences", self.tr("Ändra slutdatum"))
        self.services_edit = TextEdit(4)
        self.services_edit.setPlaceholderText(self.tr("En tjänst per rad, t.ex. e-post"))
        row(form, self.tr("Tjänster som upphör:"), self.services_edit, self.tr("En tjänst per rad"))
        self.services_edit.textChanged.connect(self._services_edited)
        b.register("consequences.services", self.services_edit, "consequences")
        self.users = QSpinBox()
        self.users.setRange(0, 10_000_000)
        self.users.setGroupSeparatorShown(True)
        row(form, self.tr("Antal berörda användare:"), self.users)
        # The same number as in Kostnader: the memo holds it once (assumptions.user_count).
        b.spin(self.users, lambda: self.doc.memo.assumptions, "user_count",
               "assumptions.user_count", "consequences")
        self.severity = QComboBox()
        for s in Severity:
            self.severity.addItem(labels.severity(s), s.value)
        row(form, self.tr("Allvarlighetsgrad:"), self.severity)
        b.combo(self.severity, c, "severity", "consequences.severity", "consequences",
                self.tr("Ändra allvarlighetsgrad"), enum=Severity)
        self.description = TextEdit(5)
        row(form, self.tr("Beskrivning:"), self.description)
        b.text(self.description, c, "description", "consequences.description", "consequences")

        deadlines = self.card(self.tr("Senaste beslutsdag per alternativ"))
        self.deadlines_label = QLabel()
        self.deadlines_label.setWordWrap(True)
        self.deadlines_label.setTextFormat(Qt.TextFormat.RichText)
        deadlines.add(self.deadlines_label)

        self.persp_card = self.card(self.tr("Bedömning ur olika perspektiv"))
        self.persp_form = self.persp_card.form()
        self.persp_edits: dict[str, TextEdit] = {}
        self._updating = False
        self._build_perspectives()
        self.services.profileChanged.connect(self._build_perspectives)

    # -- services: one per line ------------------------------------------------------------------
    def _services_edited(self) -> None:
        if self._updating:
            return
        lines = [clean_text(x).strip() for x in self.services_edit.toPlainText().split("\n")]
        current = self.doc.memo.consequences.services
        # Keep blank lines while typing; store only the non-empty ones.
        wanted = [x for x in lines if x]
        if wanted != current:
            self.doc.set(self.doc.memo.consequences, "services", wanted, self.tr("Ändra tjänster"))

    # -- perspectives -------------------------------------------------------------------------------
    def _build_perspectives(self) -> None:
        while self.persp_form.rowCount():
            self.persp_form.removeRow(0)
        self.persp_edits.clear()
        profile = self.services.profile()
        if profile is None:
            return
        for spec in profile.perspectives:
            edit = TextEdit(2)
            edit.setPlaceholderText(profile.phrase("empty_perspective", heading=spec.heading.lower()))
            row(self.persp_form, spec.heading + ":", edit)
            edit.textChanged.connect(lambda key=spec.key, e=edit: self._perspective_edited(key, e))
            self.binder.register(f"perspectives.{spec.key}", edit, "perspectives")
            self.persp_edits[spec.key] = edit
        self._refresh_perspectives()

    def _perspective(self, key: str) -> Perspective | None:
        return next((p for p in self.doc.memo.perspectives if p.key == key), None)

    def _perspective_edited(self, key: str, edit: TextEdit) -> None:
        if self._updating:
            return
        text = clean_text(edit.toPlainText())
        p = self._perspective(key)
        if p is None:
            self.doc.append(self.doc.memo.perspectives, Perspective(key=key, text=text),
                            self.tr("Skriv perspektiv"))
        else:
            self.doc.set(p, "text", text, self.tr("Skriv perspektiv"))

    def _refresh_perspectives(self) -> None:
        self._updating = True
        for key, edit in self.persp_edits.items():
            p = self._perspective(key)
            text = p.text if p else ""
            if edit.toPlainText() != text:
                edit.setPlainText(text)
        self._updating = False

    # -- refresh -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.binder.refresh()
        self._updating = True
        services = self.doc.memo.consequences.services
        shown = [x.strip() for x in self.services_edit.toPlainText().split("\n") if x.strip()]
        if shown != services:
            self.services_edit.setPlainText("\n".join(services))
        self._updating = False
        self._refresh_perspectives()
        self._refresh_deadlines()

    def _refresh_deadlines(self) -> None:
        from html import escape

        memo = self.doc.memo
        if memo.consequences.deadline is None:
            self.deadlines_label.setText(
                escape(self.tr("Ange när avtalet löper ut, så räknas senaste beslutsdag ut."))
            )
            return
        rows = []
        for i, d in enumerate(self.services.analysis().deadlines):
            name = escape(d.option.title.strip() or self.tr("Alternativ {n}").format(n=i + 1))
            if d.feasible is None:
                verdict = self.tr("sammanträdesdatum saknas")
            elif d.feasible:
                verdict = self.tr("hinns med")
            else:
                verdict = "<b>" + escape(self.tr("hinns inte före slutdatumet")) + "</b>"
            rows.append(
                f"<li>{name}: {escape(self.tr('beslut senast'))} "
                f"{d.latest_decision.isoformat()} – {verdict}</li>"
            )
        self.deadlines_label.setText("<ul>" + "".join(rows) + "</ul>" if rows else
                                     escape(self.tr("Inga alternativ ännu.")))

    def rebuild(self) -> None:
        self._build_perspectives()
        self.refresh()
