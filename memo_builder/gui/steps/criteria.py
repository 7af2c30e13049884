"""Optional step, Bedömningsgrunder: criteria with weights, each option scored 1–5 with a
reason, cost optionally scored from the computed totals; a summary with the weighted totals
and how robust the ranking is."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from memo_builder.gui.field_paths import parse_path
from memo_builder.gui.resources import icon
from memo_builder.gui.steps.base import StepPage
from memo_builder.gui.widgets.fields import NumberEdit
from memo_builder.gui.widgets.form import row
from memo_builder.gui.widgets.lists import ListDetail
from memo_builder.model import swedish
from memo_builder.model.costs import comparable_totals
from memo_builder.model.memo import Criterion, Score, default_criteria
from memo_builder.model.text import clean_text


class CriteriaStep(StepPage):
    key = "criteria"
    section = "criteria"

    def help_html(self) -> str:
        return self.tr(
            "Valfritt steg. Nämnden väger mer än pengar: juridisk risk, informationssäkerhet, "
            "beroende av leverantören, påverkan på användarna och möjligheten att byta. Ge varje "
            "bedömningsgrund en <b>vikt</b> och varje alternativ ett <b>betyg 1–5</b> (5 är "
            "bäst) med en kort motivering. Kostnaden kan betygsättas automatiskt från de "
            "beräknade totalerna. Memot visar tabellen, de viktade summorna och hur mycket en "
            "enskild vikt måste ändras för att ett annat alternativ ska komma först – och att "
            "sammanställningen summerar förvaltningens bedömning, inte avgör ärendet."
        )

    def build(self) -> None:
        doc, b = self.doc, self.binder
        self.cards = ListDetail(
            doc,
            lambda: doc.memo.criteria,
            self.criterion_title,
            lambda: Criterion(title="", weight=Decimal(10)),
            list_title=self.tr("Bedömningsgrunder"),
            detail_title=self.tr("Vald bedömningsgrund"),
            add_text=self.tr("Lägg till bedömningsgrund"),
            noun=self.tr("Bedömningsgrunder"),
            parent=self.content,
        )
        self.list, self.detail = self.cards.list, self.cards.detail
        self.defaults_button = QPushButton(icon("add"), self.tr("Lägg till standardgrunderna"))
        self.defaults_button.setAccessibleName(self.defaults_button.text())
        self.defaults_button.clicked.connect(self.add_defaults)
        self.cards.list_card.add(self.defaults_button)
        self.binder.register("criteria", self.list.list, "criteria")
        self.body.addWidget(self.cards, 1)

        current = self.list.current
        form = self.cards.form()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("t.ex. Informationssäkerhet"))
        row(form, self.tr("Namn:"), self.title_edit)
        b.line(self.title_edit, current, "title", "criterion.title", "criteria",
               self.tr("Ändra bedömningsgrundens namn"))
        self.weight = NumberEdit()
        row(form, self.tr("Vikt (%):"), self.weight,
            self.tr("Vikterna räknas om till 100 % om de summerar till något annat"))
        b.number(self.weight, current, "weight", "criterion.weight", "criteria",
                 self.tr("Ändra vikt"))
        self.from_costs = QCheckBox(self.tr("Betygsätt från de beräknade totalkostnaderna "
                                            "(lägst kostnad 5, högst 1)"))
        self.from_costs.setAccessibleName(self.from_costs.text())
        form.addRow("", self.from_costs)
        b.check(self.from_costs, current, "from_costs", "criterion.from_costs", "criteria")
        self.scores_holder = QWidget()
        self.scores_grid = QGridLayout(self.scores_holder)
        self.scores_grid.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.scores_holder)
        self.score_spins: list[QSpinBox] = []
        self.reason_edits: list[QLineEdit] = []
        self.option_labels: list[QLabel] = []

        summary = self.card(self.tr("Sammanställning"))
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("Betyg och viktade summor"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.cellDoubleClicked.connect(self._cell_activated)
        summary.add(self.table)
        self.robustness = QLabel()
        self.robustness.setWordWrap(True)
        self.robustness.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.robustness.setAccessibleName(self.tr("Hur robust rangordningen är"))
        summary.add(self.robustness)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setObjectName("muted")
        summary.add(self.notice)
        self.cards.first_field = self.title_edit
        self.cards.currentChanged.connect(self._current_changed)
        self._current_changed(self.list.current())

    def criterion_title(self, criterion: Criterion, index: int) -> str:
        name = criterion.title.strip() or self.tr("(utan namn)")

        return f"{index + 1}. {name} – {swedish.percent(criterion.weight, 1)}"

    # -- edits ------------------------------------------------------------------------------------
    def add_defaults(self) -> None:
        have = {c.title.strip().casefold() for c in self.doc.memo.criteria}
        new = [c for c in default_criteria() if c.title.casefold() not in have]
        if not new:
            self.show_hint(self.tr("Standardgrunderna finns redan."))
            return
        with self.doc.macro(self.tr("Lägg till standardgrunderna")):
            for c in new:
                self.doc.append(self.doc.memo.criteria, c)
        self.refresh()

    def set_score(self, option_index: int, value: int) -> None:
        criterion = self.list.current()
        options = self.doc.memo.options
        if criterion is None or not (0 <= option_index < len(options)):
            return
        option = options[option_index]
        score = criterion.score_for(option.id)
        if score is None:
            if value == 0:
                return
            self.doc.append(criterion.scores, Score(option.id, value), self.tr("Ge betyg"))
        else:
            self.doc.set(score, "score", value, self.tr("Ändra betyg"), merge=False)

    def set_reason(self, option_index: int, text: str) -> None:
        criterion = self.list.current()
        options = self.doc.memo.options
        if criterion is None or not (0 <= option_index < len(options)):
            return
        option = options[option_index]
        score = criterion.score_for(option.id)
        text = clean_text(text)
        if score is None:
            self.doc.append(criterion.scores, Score(option.id, 0, text), self.tr("Motivera betyg"))
        else:
            self.doc.set(score, "reason", text, self.tr("Motivera betyg"))

    def show_hint(self, message: str) -> None:
        window = self.window()
        if hasattr(window, "show_hint"):
            window.show_hint(message)

    # -- showing ----------------------------------------------------------------------------------
    def _rebuild_score_rows(self) -> None:
        options = self.doc.memo.options
        if len(self.score_spins) == len(options):
            return
        while self.scores_grid.count():
            item = self.scores_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.score_spins, self.reason_edits, self.option_labels = [], [], []
        self.scores_grid.addWidget(QLabel(self.tr("<b>Alternativ</b>")), 0, 0)
        self.scores_grid.addWidget(QLabel(self.tr("<b>Betyg</b>")), 0, 1)
        self.scores_grid.addWidget(QLabel(self.tr("<b>Motivering</b>")), 0, 2)
        for j in range(len(options)):
            label = QLabel()
            label.setWordWrap(True)
            spin = QSpinBox()
            spin.setRange(0, 5)
            spin.setSpecialValueText(self.tr("–"))
            spin.setToolTip(self.tr("1–5, där 5 är bäst; – betyder ej bedömt"))
            reason = QLineEdit()
            reason.setPlaceholderText(self.tr("kort motivering"))
            label.setBuddy(spin)
            spin.valueChanged.connect(lambda v, j=j: None if self._updating else self.set_score(j, v))
            reason.textEdited.connect(lambda t, j=j: self.set_reason(j, t))
            reason.editingFinished.connect(self.doc.break_merge)
            self.scores_grid.addWidget(label, j + 1, 0)
            self.scores_grid.addWidget(spin, j + 1, 1)
            self.scores_grid.addWidget(reason, j + 1, 2)
            self.option_labels.append(label)
            self.score_spins.append(spin)
            self.reason_edits.append(reason)
        self.scores_grid.setColumnStretch(2, 1)

    _updating = False

    def _current_changed(self, criterion) -> None:
        self.refresh()
        index = self.list.current_index()
        if index >= 0:
            self.sectionFocused.emit("criteria")
        del criterion

    def refresh(self) -> None:
        self.cards.refresh()
        self.binder.refresh()
        criterion = self.list.current()
        self._rebuild_score_rows()
        analysis = self.services.analysis()
        result = analysis.criteria
        options = self.doc.memo.options
        index = self.list.current_index()
        self._updating = True
        for j, option in enumerate(options):
            self.option_labels[j].setText(f"{j + 1}. {option.title.strip() or self.tr('(utan rubrik)')}")
            score = criterion.score_for(option.id) if criterion is not None else None
            spin, reason = self.score_spins[j], self.reason_edits[j]
            computed = criterion is not None and criterion.from_costs
            spin.setEnabled(not computed)
            reason.setEnabled(not computed)
            value = score.score if score is not None and 0 <= score.score <= 5 else 0
            if spin.value() != value:
                spin.setValue(value)
            text = score.reason if score is not None else ""
            if reason.text() != text:
                reason.setText(text)
            if computed and 0 <= index < len(result.cells):
                cell = result.cells[index][j]
                shown = _score_text(cell.score) if cell.score is not None else "–"
                spin.setToolTip(self.tr("Beräknat betyg: {s}").format(s=shown))
                # The cost each score is computed from: over the years all options cover.
                years, compared = comparable_totals(analysis.costs)
                value = compared[j] if j < len(compared) else None
                span = swedish.year_span(years[0], years[-1]) if years else ""
                reason.setPlaceholderText(
                    self.tr("beräknat betyg {s} ({total} under {years})").format(
                        s=shown, total=_mnkr(value) if value is not None else "–", years=span)
                    if value is not None else
                    self.tr("beräknat betyg {s}").format(s=shown))
            else:
                reason.setPlaceholderText(self.tr("kort motivering"))
            spin.setAccessibleName(self.tr("Betyg för alternativ {n}").format(n=j + 1))
            reason.setAccessibleName(self.tr("Motivering för alternativ {n}").format(n=j + 1))
        self._updating = False
        self._fill_summary()

    def _fill_summary(self) -> None:
        profile = self.services.profile()
        if profile is None:  # a broken organisation profile: the preview says what is wrong
            self.table.setRowCount(0)
            self.robustness.setText(self.services.profile_error)
            self.notice.setText("")
            return
        # Lazy on purpose (PLC0415 allow-list): the memo's context loads with the renderer,
        # after the window's first paint.
        from memo_builder.render.context import criteria_context  # noqa: PLC0415

        ctx = criteria_context(self.services.analysis(), profile)
        if not ctx["present"]:
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self.robustness.setText(self.tr("Inga bedömningsgrunder. Steget är valfritt; lägg "
                                            "till grunder om nämnden ska se en sammanvägning."))
            self.notice.setText("")
            return
        headers = [self.tr("Vikt")] + ctx["options"]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        rows = ctx["rows"]
        self.table.setRowCount(len(rows) + 1)
        self.table.setVerticalHeaderLabels([r["title"] for r in rows] + [self.tr("Viktad summa")])
        for i, r in enumerate(rows):
            for c, text in enumerate([r["weight"]] + r["cells"]):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, c, item)
        for c, text in enumerate(["100\u00a0%"] + ctx["totals"]):
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            self.table.setItem(len(rows), c, item)
        self.robustness.setText(ctx["robustness"])
        self.notice.setText(" ".join(t for t in (ctx["normalised"], ctx["notice"]) if t))

    def _cell_activated(self, r: int, c: int) -> None:
        if r < len(self.doc.memo.criteria):
            self.list.select_index(r)
            if c >= 1 and c - 1 < len(self.score_spins):
                self.focus_widget(self.score_spins[c - 1])

    # -- problem navigation -----------------------------------------------------------------------
    def focus_path(self, path: str) -> bool:
        parts = parse_path(path)
        if not parts or parts[0][0] != "criteria":
            return False
        index = parts[0][1]
        if index is None:
            self.focus_widget(self.list.list if self.doc.memo.criteria else self.defaults_button)
            return True
        self.list.select_index(index)
        name = parts[1][0] if len(parts) > 1 else "title"
        if name == "scores":
            j = parts[1][1]
            if j is not None and 0 <= j < len(self.score_spins):
                self.focus_widget(self.score_spins[j])
                return True
        widget = self.binder.registry.get(f"criterion.{name}", self.title_edit)
        self.focus_widget(widget)
        return True


def _mnkr(value) -> str:
    return swedish.mnkr(value)


def _score_text(score) -> str:
    if score.denominator == 1:
        return str(score.numerator)
    return swedish.number(Decimal(score.numerator) / Decimal(score.denominator), 1)
