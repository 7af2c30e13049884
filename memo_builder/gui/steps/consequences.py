"""Step 5, Konsekvenser: what happens if nothing is decided, deadlines per option, perspectives."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from memo_builder.gui import labels
from memo_builder.gui.field_paths import parse_path
from memo_builder.gui.steps.base import StepPage
from memo_builder.gui.widgets.fields import DateField, TextEdit
from memo_builder.gui.widgets.form import row
from memo_builder.gui.widgets.lists import RowList
from memo_builder.model.memo import AffectedService, Perspective, Severity
from memo_builder.model.text import clean_text


class ConsequencesStep(StepPage):
    key = "consequences"
    section = "consequences"

    def help_html(self) -> str:
        return self.tr(
            "Beskriv vad som händer <b>om nämnden inte beslutar</b> före det datum då avtalet eller "
            "licenserna löper ut: vilka tjänster som upphör och, för varje tjänst, vilka och hur "
            "många som berörs (till exempel e-post för alla anställda, lärplattformen för "
            "eleverna), och vad det betyder för verksamheten. Programmet räknar ut senaste beslutsdag för varje "
            "alternativ utifrån dess ledtid. Under <b>perspektiv</b> skriver du förvaltningens "
            "bedömning, eller kryssar i ”Inga särskilda aspekter”; ett perspektiv utan något av "
            "dem skrivs inte i memot."
        )

    def build(self) -> None:
        b = self.binder
        c = lambda: self.doc.memo.consequences  # noqa: E731
        card = self.card(self.tr("Om inget beslutas"))
        form = card.form()
        self.deadline = DateField()
        row(form, self.tr("Avtalet eller licenserna löper ut:"), self.deadline)
        b.date(self.deadline, c, "deadline", "consequences.deadline", "consequences", self.tr("Ändra slutdatum"))
        # Each service with whom it affects and how many; the number of users the costs are
        # counted for is asked once, in Kostnader.
        self.service_rows = RowList(
            self.doc, lambda: self.doc.memo.consequences.services, self._service_row,
            AffectedService, add_text=self.tr("Lägg till tjänst"),
            noun=self.tr("Tjänster"), section_cb=self.sectionFocused.emit)
        row(form, self.tr("Tjänster som upphör:"), self.service_rows,
            self.tr("Per tjänst: vilka som berörs och hur många"))
        b.register("consequences.services", self.service_rows.add_button, "consequences")
        self.severity = QComboBox()
        # First "Ej bedömd" (the model's None): the memo states a severity only once chosen.
        self.severity.addItem(labels.unassessed_severity(), "")
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
        self.persp_none: dict[str, QCheckBox] = {}
        self._updating = False
        self._build_perspectives()
        self.services.profileChanged.connect(self._build_perspectives)

    # -- services: one row each, with whom it affects ---------------------------------------------
    def _service_row(self, binder, item, index):
        w = QWidget()
        h = QHBoxLayout(w)
        h.setContentsMargins(0, 0, 0, 0)
        name = QLineEdit()
        name.setPlaceholderText(self.tr("Tjänst, t.ex. e-post"))
        name.setAccessibleName(self.tr("Tjänst {n}").format(n=index + 1))
        binder.line(name, item, "name", None, "consequences", self.tr("Ändra tjänst"))
        count = QSpinBox()
        count.setRange(0, 10_000_000)
        count.setGroupSeparatorShown(True)
        count.setToolTip(self.tr("Hur många som berörs; 0 betyder att antalet inte anges"))
        count.setAccessibleName(self.tr("Tjänst {n}, antal som berörs").format(n=index + 1))
        binder.spin(count, item, "count", None, "consequences", self.tr("Ändra antal som berörs"))
        affected = QLineEdit()
        affected.setPlaceholderText(self.tr("vilka, t.ex. anställda"))
        affected.setAccessibleName(self.tr("Tjänst {n}, vilka som berörs").format(n=index + 1))
        binder.line(affected, item, "affected", None, "consequences",
                    self.tr("Ändra vilka som berörs"))
        h.addWidget(name, 3)
        h.addWidget(QLabel(self.tr("för")))
        h.addWidget(count, 0)
        h.addWidget(affected, 2)
        return w, {"name": name, "count": count, "affected": affected}

    # -- perspectives -------------------------------------------------------------------------------
    def _build_perspectives(self) -> None:
        while self.persp_form.rowCount():
            self.persp_form.removeRow(0)
        self.persp_edits.clear()
        self.persp_none.clear()
        profile = self.services.profile()
        if profile is None:
            return
        for spec in profile.perspectives:
            edit = TextEdit(2)
            edit.setPlaceholderText(self.tr("Förvaltningens bedömning ur detta perspektiv"))
            row(self.persp_form, spec.heading + ":", edit)
            edit.textChanged.connect(lambda key=spec.key, e=edit: self._perspective_edited(key, e))
            self.binder.register(f"perspectives.{spec.key}", edit, "perspectives")
            self.persp_edits[spec.key] = edit
            # Only the official's own finding is printed: the stock sentence needs this tick.
            none = QCheckBox(self.tr("Inga särskilda aspekter"))
            none.setToolTip(self.tr("Memot skriver då: ”{phrase}”").format(
                phrase=profile.phrase("empty_perspective", heading=spec.heading.lower())))
            none.setAccessibleName(self.tr("Inga särskilda aspekter: {h}").format(h=spec.heading))
            none.toggled.connect(lambda on, key=spec.key: self._none_found_toggled(key, on))
            self.persp_form.addRow("", none)
            self.persp_none[spec.key] = none
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

    def _none_found_toggled(self, key: str, on: bool) -> None:
        if self._updating:
            return
        p = self._perspective(key)
        label = self.tr("Inga särskilda aspekter")
        if p is None:
            self.doc.append(self.doc.memo.perspectives, Perspective(key=key, none_found=on), label)
        elif p.none_found != on:
            self.doc.set(p, "none_found", on, label)

    def _refresh_perspectives(self) -> None:
        self._updating = True
        for key, edit in self.persp_edits.items():
            p = self._perspective(key)
            text = p.text if p else ""
            if edit.toPlainText() != text:
                edit.setPlainText(text)
            none = self.persp_none.get(key)
            if none is not None and none.isChecked() != bool(p and p.none_found):
                none.setChecked(bool(p and p.none_found))
        self._updating = False

    # -- refresh -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.binder.refresh()
        self.service_rows.refresh()
        self._refresh_perspectives()
        self._refresh_deadlines()

    def _refresh_deadlines(self) -> None:
        memo = self.doc.memo
        if memo.consequences.deadline is None:
            self.deadlines_label.setText(
                escape(self.tr("Ange när avtalet löper ut, så räknas senaste beslutsdag ut."))
            )
            return
        rows = []
        for i, d in enumerate(self.services.analysis().deadlines):
            name = escape(d.option.title.strip() or self.tr("Alternativ {n}").format(n=i + 1))
            # As a writer says it: whether the option can be in place when the contract runs
            # out, and if not, when it could be with a decision at the meeting.
            if d.feasible is None:
                verdict = escape(self.tr("sammanträdesdatum saknas"))
            elif d.feasible:
                verdict = escape(self.tr("kan vara på plats när avtalet löper ut"))
            else:
                late = self.tr("kan inte vara på plats när avtalet löper ut")
                if d.ready is not None:
                    late += self.tr("; med beslut vid sammanträdet tidigast {date}").format(
                        date=d.ready.isoformat())
                verdict = "<b>" + escape(late) + "</b>"
            rows.append(
                f"<li>{name}: {escape(self.tr('beslut senast'))} "
                f"{d.latest_decision.isoformat()} – {verdict}</li>"
            )
        self.deadlines_label.setText("<ul>" + "".join(rows) + "</ul>" if rows else
                                     escape(self.tr("Inga alternativ ännu.")))

    def rebuild(self) -> None:
        self._build_perspectives()
        self.refresh()

    def focus_path(self, path: str) -> bool:
        parts = parse_path(path)
        if parts and parts[0][0] == "consequences" and len(parts) > 1 \
                and parts[1][0] == "services" and parts[1][1] is not None:
            w = self.service_rows.field(parts[1][1], parts[2][0] if len(parts) > 2 else None)
            if w is not None:
                self.focus_widget(w)
                return True
        return super().focus_path(path)
