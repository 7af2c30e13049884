"""Step 3, Alternativ: every realistic option, one marked as the administration's proposal."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QSpinBox

from memo_builder.gui.field_paths import parse_path
from memo_builder.gui.resources import icon
from memo_builder.gui.steps.base import StepPage
from memo_builder.gui.widgets.fields import TextEdit
from memo_builder.gui.widgets.form import row
from memo_builder.gui.widgets.lists import ListDetail
from memo_builder.model.memo import Option

FIELDS = ("title", "description", "advantages", "disadvantages", "supplier", "product",
          "supplier_outside_eu", "leaves_supplier", "lead_time_months")
# The memo holds the proposal and the baseline as one option id each (at most one of each).
MARKS = {"recommended": "recommended_option_id", "baseline": "baseline_option_id"}


class OptionsStep(StepPage):
    key = "options"
    section = "options"

    def help_html(self) -> str:
        return self.tr(
            "Redovisa <b>minst två</b> alternativ, även att inte förnya eller att avveckla, så att "
            "nämnden ser vad den väljer mellan. Beskriv varje alternativ neutralt med fördelar och "
            "nackdelar. Markera ett alternativ som <b>förvaltningens förslag</b> och, om kostnaderna "
            "ska jämföras, ett som jämförelsebas (oftast att förnya som i dag). Ledtiden är den tid "
            "alternativet behöver innan det kan vara på plats."
        )

    def option_title(self, option: Option, index: int) -> str:
        name = option.title.strip() or self.tr("(utan rubrik)")
        text = f"{index + 1}. {name}"
        marks = []
        if self.doc.memo.is_recommended(option):
            marks.append(self.tr("förslag"))
        if self.doc.memo.is_baseline(option):
            marks.append(self.tr("jämförelsebas"))
        return text + (f" ({', '.join(marks)})" if marks else "")

    def build(self) -> None:
        doc, b = self.doc, self.binder
        self.cards = ListDetail(
            doc,
            lambda: doc.memo.options,
            self.option_title,
            lambda: Option(title=""),
            list_title=self.tr("Alternativen"),
            detail_title=self.tr("Valt alternativ"),
            add_text=self.tr("Lägg till alternativ"),
            noun=self.tr("Alternativ"),
            decorate=lambda w, o: w.setIcon(
                icon("star") if doc.memo.is_recommended(o) else icon("empty")),
            parent=self.content,
        )
        self.list, self.detail = self.cards.list, self.cards.detail
        self.binder.register("options", self.list.list, "options")
        self.body.addWidget(self.cards, 1)

        current = self.list.current
        form = self.cards.form()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("t.ex. Förnya avtalet i tre år"))
        row(form, self.tr("Rubrik:"), self.title_edit)
        b.line(self.title_edit, current, "title", "option.title", "options", self.tr("Ändra alternativets rubrik"))
        self.description = TextEdit(5)
        row(form, self.tr("Beskrivning:"), self.description)
        b.text(self.description, current, "description", "option.description", "options")
        self.advantages = TextEdit(3)
        row(form, self.tr("Fördelar:"), self.advantages, self.tr("En fördel per rad"))
        b.text(self.advantages, current, "advantages", "option.advantages", "options")
        self.disadvantages = TextEdit(3)
        row(form, self.tr("Nackdelar:"), self.disadvantages, self.tr("En nackdel per rad"))
        b.text(self.disadvantages, current, "disadvantages", "option.disadvantages", "options")
        self.supplier = QLineEdit()
        row(form, self.tr("Leverantör:"), self.supplier)
        b.line(self.supplier, current, "supplier", "option.supplier", "options")
        self.product = QLineEdit()
        row(form, self.tr("Produkt eller tjänst:"), self.product,
            self.tr("Vad leverantören erbjuder; styr vilka leverantörsåtaganden som föreslås"))
        b.line(self.product, current, "product", "option.product", "options")
        self.outside_eu = QCheckBox(self.tr("Leverantören eller dess moderbolag finns utanför EU/EES"))
        form.addRow("", self.outside_eu)
        self.outside_eu.setAccessibleName(self.outside_eu.text())
        b.check(self.outside_eu, current, "supplier_outside_eu", "option.supplier_outside_eu", "options")
        self.leaves = QCheckBox(self.tr("Alternativet innebär att vi lämnar nuvarande leverantör"))
        self.leaves.setAccessibleName(self.leaves.text())
        form.addRow("", self.leaves)
        b.check(self.leaves, current, "leaves_supplier", "option.leaves_supplier", "options")
        self.services_stop = QCheckBox(self.tr("Tjänsterna upphör med alternativet"))
        self.services_stop.setToolTip(self.tr("Till exempel att inte förnya utan något i stället: "
                                              "memot säger då att den lägre kostnaden inte är "
                                              "en besparing"))
        self.services_stop.setAccessibleName(self.services_stop.text())
        form.addRow("", self.services_stop)
        b.check(self.services_stop, current, "services_stop", "option.services_stop", "options")
        self.lead_time = QSpinBox()
        self.lead_time.setRange(0, 120)
        self.lead_time.setSuffix(self.tr(" månader"))
        self.lead_time.setMaximumWidth(self.fontMetrics().horizontalAdvance("120 månader") * 2)
        row(form, self.tr("Ledtid:"), self.lead_time,
            self.tr("Hur lång tid alternativet behöver innan det kan vara på plats"))
        b.spin(self.lead_time, current, "lead_time_months", "option.lead_time_months", "options")
        self.recommended = QCheckBox(self.tr("Förvaltningens förslag"))
        self.recommended.setAccessibleName(self.recommended.text())
        self.baseline = QCheckBox(self.tr("Jämförelsebas för kostnaderna"))
        self.baseline.setAccessibleName(self.baseline.text())
        form.addRow("", self.recommended)
        form.addRow("", self.baseline)
        self.recommended.toggled.connect(lambda on: self._mark("recommended", on))
        self.baseline.toggled.connect(lambda on: self._mark("baseline", on))
        self.cards.first_field = self.title_edit
        self.cards.currentChanged.connect(self._current_changed)
        b.register("option.recommended", self.recommended, "options")
        b.register("option.baseline", self.baseline, "options")
        self._current_changed(self.list.current())

    def _mark(self, mark: str, on: bool) -> None:
        if self._updating:
            return
        option = self.list.current()
        if option is None:
            return
        label = self.tr("Markera som förslag") if mark == "recommended" else self.tr("Markera som jämförelsebas")
        memo = self.doc.memo
        attr = MARKS[mark]
        if on:
            self.doc.set(memo, attr, option.id, label, merge=False)
        elif getattr(memo, attr) == option.id:
            self.doc.set(memo, attr, "", label, merge=False)

    _updating = False

    def _current_changed(self, option) -> None:
        del option  # the refresh reads the selection
        self.refresh()
        index = self.list.current_index()
        if index >= 0:
            self.sectionFocused.emit(f"options-{index + 1}")

    def refresh(self) -> None:
        self.cards.refresh()
        self.binder.refresh()
        option = self.list.current()
        self._updating = True
        memo = self.doc.memo
        self.recommended.setChecked(bool(option and memo.is_recommended(option)))
        self.baseline.setChecked(bool(option and memo.is_baseline(option)))
        self.recommended.setEnabled(option is not None)
        self.baseline.setEnabled(option is not None)
        self._updating = False

    def map_section(self, section: str) -> str:
        return self.preview_section() if section == "options" else section

    def preview_section(self) -> str:
        index = self.list.current_index()
        return f"options-{index + 1}" if index >= 0 else "options"

    def focus_path(self, path: str) -> bool:
        parts = parse_path(path)
        if not parts or parts[0][0] != "options":
            return False
        index = parts[0][1]
        if index is None:
            self.focus_widget(self.list.add_button if not self.doc.memo.options else self.list.list)
            return True
        self.list.select_index(index)
        name = parts[1][0] if len(parts) > 1 else "title"
        widget = self.binder.registry.get(f"option.{name}", self.title_edit)
        self.focus_widget(widget)
        return True
