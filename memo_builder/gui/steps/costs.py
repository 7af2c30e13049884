"""Step 4, Kostnader: every cost of every option, per year and in total, with the assumptions."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
)

from memo_builder.gui.field_paths import parse_path
from memo_builder.gui.resources import icon
from memo_builder.gui.steps.base import QT_TRANSLATE_NOOP, StepPage
from memo_builder.gui.widgets.cost_table import (
    COLUMNS,
    ChoiceDelegate,
    CostLinesModel,
    category_choices,
    recurrence_choices,
)
from memo_builder.gui.widgets.fields import NumberEdit, TextEdit
from memo_builder.gui.widgets.form import hbox, row
from memo_builder.model.memo import CostCategory, CostLine, Option


class CostsStep(StepPage):
    TITLE = QT_TRANSLATE_NOOP("CostsStep", "Kostnader")
    key = "costs"
    section = "costs"

    def help_html(self) -> str:
        return self.tr(
            "Ta med <b>alla</b> kostnader för varje alternativ: licenser, support, införande, "
            "migrering, utbildning, avveckling – och <b>interna kostnader</b> för egen personal, "
            "som ofta glöms. Ange volymen (t.ex. antal licenser) och skriv ut "
            "<b>volymantagandet</b>: en kalkyl med fel antal licenser kan bli tiotals miljoner "
            "kronor för låg. Markera optioner och "
            "förlängningar och ange antagen index- och valutautveckling. "
            "Belopp skrivs som 1 234,50."
        )

    # -- building -----------------------------------------------------------------------------
    def build(self) -> None:
        doc, b = self.doc, self.binder
        chooser = self.card(self.tr("Kostnadsrader"))
        self.option_combo = QComboBox()
        self.option_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label = QLabel(self.tr("Alternativ:"))
        label.setBuddy(self.option_combo)
        self.option_combo.setAccessibleName(self.tr("Alternativ vars kostnader visas"))
        chooser.add(hbox(label, self.option_combo))
        self.option_combo.currentIndexChanged.connect(self._option_changed)

        self.model = CostLinesModel(doc, self.current_option, self)
        self.model.inputRejected.connect(self._rejected)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Kostnadsrader för det valda alternativet"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: keyboard users are not trapped
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.9))
        column = {attr: c for c, (attr, _h, _k) in enumerate(COLUMNS)}
        self.table.setItemDelegateForColumn(column["category"],
                                            ChoiceDelegate(category_choices, self.table))
        self.table.setItemDelegateForColumn(column["recurrence"],
                                            ChoiceDelegate(recurrence_choices, self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        fm = self.fontMetrics()
        widths = {"category": "Support och drift  ", "description": "Office 365 E3, användarlicenser",
                  "volume": "Volym 45 000", "volume_unit": "licenser  ", "unit_price": "Pris per enhet",
                  "currency": "Valuta", "exchange_rate": "Växelkurs", "recurrence": "Återkommer ",
                  "first_year": "Från år", "last_year": "Till år", "index_percent": "Index %",
                  "index_base_year": "2018",
                  "internal": "Intern", "option_period": "Option", "option_from_year": "2028",
                  "estimate": "Uppskattat",
                  "_total": "Summa (kr) 000"}
        for col, (attr, _h, _k) in enumerate(COLUMNS):
            title = self.model.headerData(col, Qt.Orientation.Horizontal)
            wanted = max(fm.horizontalAdvance(widths[attr]), fm.horizontalAdvance(title))
            header.resizeSection(col, wanted + fm.averageCharWidth() * 3)
        # About fifteen lines visible at once (rows are 1.9 lines high), not nine.
        self.table.setMinimumHeight(fm.height() * 30)
        chooser.add(self.table)
        self.binder.register("cost_lines", self.table, "costs")

        self.add_line = QPushButton(icon("add"), self.tr("Lägg till kostnadsrad"))
        self.add_internal = QPushButton(icon("add"), self.tr("Lägg till intern kostnad"))
        self.remove_line = QPushButton(icon("remove"), self.tr("Ta bort rad"))
        self.up_line = QPushButton(icon("up"), self.tr("Upp"))
        self.down_line = QPushButton(icon("down"), self.tr("Ned"))
        for w in (self.add_line, self.add_internal, self.remove_line, self.up_line, self.down_line):
            w.setAccessibleName(w.text())
        self.add_line.clicked.connect(lambda: self._add(internal=False))
        self.add_internal.clicked.connect(lambda: self._add(internal=True))
        self.remove_line.clicked.connect(self._remove)
        self.up_line.clicked.connect(lambda: self._move(-1))
        self.down_line.clicked.connect(lambda: self._move(1))
        hint = QLabel(self.tr("Dubbelklicka eller börja skriva i en cell för att ändra. "
                              "Belopp: 1 234,50 · Årtal: 2018"))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        chooser.add(hbox(self.add_line, self.add_internal, self.remove_line, self.up_line,
                         self.down_line))
        chooser.add(hint)
        # Excel (issue 15): import with a mapping preview, export with live formulas.
        self.import_excel = QPushButton(self.tr("Importera kostnader från Excel…"))
        self.export_excel = QPushButton(self.tr("Exportera kostnadsunderlag till Excel…"))
        for w in (self.import_excel, self.export_excel):
            w.setAccessibleName(w.text().rstrip("…"))
        self.import_excel.clicked.connect(lambda: self.import_from_excel())
        self.export_excel.clicked.connect(self.export_to_excel)
        chooser.add(hbox(self.import_excel, self.export_excel))

        # totals for the chosen option
        totals = self.card(self.tr("Summor för alternativet"))
        self.totals_grid = QGridLayout()
        totals.outer.addLayout(self.totals_grid)
        self.totals_labels: dict[str, QLabel] = {}
        items = [
            ("total", self.tr("Totalt inklusive option")),
            ("contract", self.tr("Avtalsperioden")),
            ("option", self.tr("Optioner och förlängningar")),
            ("one_off", self.tr("Engångskostnader")),
            ("recurring", self.tr("Löpande kostnader")),
            ("internal", self.tr("Interna kostnader")),
            ("external", self.tr("Externa kostnader")),
            ("per_user_year", self.tr("Per användare och år")),
            ("difference", self.tr("Skillnad mot jämförelsebasen")),
        ]
        for i, (key, text) in enumerate(items):
            name = QLabel(text + ":")
            value = QLabel("–")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setAccessibleName(text)
            if key == "total":
                f = value.font()
                f.setBold(True)
                value.setFont(f)
                f2 = name.font()
                f2.setBold(True)
                name.setFont(f2)
            r, c = i % 5, (i // 5) * 2
            self.totals_grid.addWidget(name, r, c)
            self.totals_grid.addWidget(value, r, c + 1)
            self.totals_labels[key] = value
        self.totals_grid.setColumnStretch(1, 1)
        self.totals_grid.setColumnStretch(3, 1)
        self.totals_grid.setHorizontalSpacing(fm.averageCharWidth() * 3)
        self.per_year = QTableWidget()
        self.per_year.setAccessibleName(self.tr("Kostnader per år"))
        self.per_year.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.per_year.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.per_year.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.per_year.horizontalHeader().setStretchLastSection(True)
        self.per_year.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.per_year.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        totals.add(self.per_year)

        compare = self.card(self.tr("Jämförelse mellan alternativen"))
        self.compare = QTableWidget()
        self.compare.setAccessibleName(self.tr("Jämförelse mellan alternativen"))
        self.compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare.setColumnCount(4)
        self.compare.setHorizontalHeaderLabels([
            self.tr("Alternativ"), self.tr("Totalt inkl. option (kr)"),
            self.tr("Varav internt (kr)"), self.tr("Skillnad mot jämförelsebasen (kr)"),
        ])
        self.compare.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            self.compare.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.compare.verticalHeader().setVisible(False)
        self.compare.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.compare.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        compare.add(self.compare)

        warn = self.card(self.tr("Att kontrollera"))
        self.warnings = QListWidget()
        self.warnings.setAccessibleName(self.tr("Varningar om kostnaderna"))
        self.warnings.setWordWrap(True)
        self.warnings.itemActivated.connect(self._warning_activated)
        self.warnings.itemClicked.connect(self._warning_activated)
        warn.add(self.warnings)

        assumptions = self.card(
            self.tr("Antaganden"),
            self.tr("Skriv varifrån siffrorna kommer, vad som är uppskattat och vilka antaganden "
                    "om volym, index och växelkurs som gäller."),
        )
        a = lambda: doc.memo.assumptions  # noqa: E731
        form = assumptions.form()
        self.user_count = QSpinBox()
        self.user_count.setRange(0, 10_000_000)
        self.user_count.setGroupSeparatorShown(True)
        row(form, self.tr("Antal användare som berörs:"), self.user_count)
        b.spin(self.user_count, a, "user_count", "assumptions.user_count", "costs")
        self.estimates = QCheckBox(self.tr("Beloppen är uppskattningar"))
        self.estimates.setAccessibleName(self.estimates.text())
        form.addRow("", self.estimates)
        b.check(self.estimates, a, "figures_are_estimates", "assumptions.figures_are_estimates", "costs")
        self.note = TextEdit(4)
        row(form, self.tr("Antaganden och källor:"), self.note)
        b.text(self.note, a, "note", "assumptions.note", "costs")
        self.sens_volume = NumberEdit()
        self.sens_index = NumberEdit()
        self.sens_fx = NumberEdit()
        row(form, self.tr("Känslighet, volym (±%):"), self.sens_volume)
        row(form, self.tr("Känslighet, index (± procentenheter):"), self.sens_index)
        row(form, self.tr("Känslighet, växelkurs (±%):"), self.sens_fx)
        b.number(self.sens_volume, a, "sensitivity_volume_percent", "assumptions.sensitivity_volume_percent", "costs")
        b.number(self.sens_index, a, "sensitivity_index_points", "assumptions.sensitivity_index_points", "costs")
        b.number(self.sens_fx, a, "sensitivity_exchange_percent", "assumptions.sensitivity_exchange_percent", "costs")
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self._fill_options()
        self.refresh()

    # -- current option -----------------------------------------------------------------------
    def current_option(self) -> Option | None:
        i = self.option_combo.currentIndex()
        options = self.doc.memo.options
        return options[i] if 0 <= i < len(options) else None

    def _fill_options(self) -> None:
        options = self.doc.memo.options
        current = self.current_option()
        self.option_combo.blockSignals(True)
        self.option_combo.clear()
        for i, o in enumerate(options):
            text = f"{i + 1}. {o.title.strip() or self.tr('(utan rubrik)')}"
            self.option_combo.addItem(
                icon("star") if self.doc.memo.is_recommended(o) else icon("empty"), text)
        index = next((i for i, o in enumerate(options) if o is current), 0 if options else -1)
        self.option_combo.setCurrentIndex(index)
        self.option_combo.blockSignals(False)
        self.option_combo.setEnabled(bool(options))

    def _option_changed(self, _index: int) -> None:
        self.model.refresh()
        self._update_totals()
        self._update_buttons()
        self.sectionFocused.emit(self.preview_section())

    def preview_section(self) -> str:
        i = self.option_combo.currentIndex()
        return f"costs-{i + 1}" if i >= 0 else "costs"

    def map_section(self, section: str) -> str:
        return self.preview_section() if section == "costs" else section

    # -- edits ----------------------------------------------------------------------------------
    def _add(self, internal: bool) -> None:
        option = self.current_option()
        if option is None:
            self.show_hint(self.tr("Lägg först till ett alternativ i steget Alternativ."))
            return
        year = last = option_from = 0
        if option.cost_lines:
            # The contract's years and option years, as the row above has them.
            previous = option.cost_lines[-1]
            year, last = previous.first_year, previous.last_year
            option_from = previous.option_from_year
        elif self.doc.memo.case.decision_date:
            year = last = self.doc.memo.case.decision_date.year
        line = CostLine(
            category=CostCategory.INTERNAL_STAFF if internal else CostCategory.LICENCES,
            internal=internal,
            first_year=year,
            last_year=last,
            option_from_year=option_from,
            volume_unit=self.tr("timmar") if internal else "",
        )
        self.doc.append(option.cost_lines, line, self.tr("Lägg till kostnadsrad"))
        self.model.refresh()
        row_index = len(option.cost_lines) - 1
        self.table.setCurrentIndex(self.model.index(row_index, 1))
        self.table.setFocus()

    def import_from_excel(self, path=None) -> int:
        from memo_builder.gui.excel_actions import import_from_excel

        option = self.current_option()
        if option is None:
            self.show_hint(self.tr("Lägg först till ett alternativ i steget Alternativ."))
            return 0
        added = import_from_excel(self, self.doc, option, path)
        if added:
            self.model.refresh()
            self.show_hint(self.tr("{n} kostnadsrader importerades. Ångra med Ctrl+Z.").format(n=added))
        return added

    def export_to_excel(self):
        from memo_builder.gui.excel_actions import export_to_excel

        folder = str(self.doc.path.parent) if self.doc.path else ""
        written = export_to_excel(self, self.doc.memo, self.services.analysis(), folder)
        if written is not None:
            self.show_hint(self.tr("Kostnadsunderlaget sparades i {path}.").format(path=written))
        return written

    def _current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _remove(self) -> None:
        option = self.current_option()
        r = self._current_row()
        if option is None or r < 0:
            return
        column = self.table.currentIndex().column()
        self.doc.remove(option.cost_lines, r, self.tr("Ta bort kostnadsrad"))
        self.model.refresh()
        if option.cost_lines:
            self.table.setCurrentIndex(self.model.index(min(r, len(option.cost_lines) - 1), column))

    def _move(self, delta: int) -> None:
        option = self.current_option()
        r = self._current_row()
        if option is None or r < 0 or not (0 <= r + delta < len(option.cost_lines)):
            return
        column = self.table.currentIndex().column()
        self.doc.move(option.cost_lines, r, r + delta, self.tr("Flytta kostnadsrad"))
        self.model.refresh()
        self.table.setCurrentIndex(self.model.index(r + delta, column))

    def _update_buttons(self) -> None:
        option = self.current_option()
        r = self._current_row()
        n = len(option.cost_lines) if option else 0
        self.add_line.setEnabled(option is not None)
        self.add_internal.setEnabled(option is not None)
        self.import_excel.setEnabled(option is not None)
        self.remove_line.setEnabled(0 <= r < n)
        self.up_line.setEnabled(0 < r < n)
        self.down_line.setEnabled(0 <= r < n - 1)

    def _rejected(self, message: str, index: QModelIndex) -> None:
        rect = self.table.visualRect(index)
        QToolTip.showText(self.table.viewport().mapToGlobal(rect.bottomLeft()), message, self.table)
        self.show_hint(message)

    def show_hint(self, message: str) -> None:
        self.last_hint = message
        window = self.window()
        if hasattr(window, "show_hint"):
            window.show_hint(message)

    last_hint = ""

    # -- refresh ------------------------------------------------------------------------------
    def refresh(self) -> None:
        options = self.doc.memo.options
        titles = [f"{i + 1}. {o.title.strip() or self.tr('(utan rubrik)')}" for i, o in enumerate(options)]
        if titles != [self.option_combo.itemText(i) for i in range(self.option_combo.count())]:
            self._fill_options()
        self.binder.refresh()
        self.model.refresh()
        self._update_totals()
        self._update_buttons()

    def _update_totals(self) -> None:
        from memo_builder.model import swedish

        all_costs = self.services.analysis().costs
        option = self.current_option()
        chosen = next((c for c in all_costs if c.option is option), None)
        kr = swedish.kr

        def put(key: str, value: Decimal | None, signed: bool = False) -> None:
            if value is None:
                text = "–"
            else:
                text = kr(value)
                if signed and value > 0:
                    text = "+" + text
            self.totals_labels[key].setText(text)

        if chosen is None:
            for label in self.totals_labels.values():
                label.setText("–")
            self.per_year.setRowCount(0)
            self.per_year.setColumnCount(0)
        else:
            put("total", chosen.total)
            put("contract", chosen.contract_total)
            put("option", chosen.option_period_total)
            put("one_off", chosen.one_off_total)
            put("recurring", chosen.recurring_total)
            put("internal", chosen.internal_total)
            put("external", chosen.external_total)
            put("per_user_year", chosen.cost_per_user_year)
            put("difference", chosen.difference_to_baseline, signed=True)
            years = chosen.years
            self.per_year.setColumnCount(len(years) + 1)
            self.per_year.setHorizontalHeaderLabels([str(y) for y in years] + [self.tr("Totalt")])
            rows = [
                (self.tr("Externa kostnader"), chosen.external_by_year, chosen.external_total),
                (self.tr("Interna kostnader"),
                 {y: chosen.per_year[y] - chosen.external_by_year.get(y, Decimal(0)) for y in years},
                 chosen.internal_total),
                (self.tr("Summa"), chosen.per_year, chosen.total),
                (self.tr("varav option/förlängning"),
                 {y: chosen.per_year[y] - chosen.contract_per_year.get(y, Decimal(0)) for y in years},
                 chosen.option_period_total),
            ]
            self.per_year.setRowCount(len(rows))
            self.per_year.setVerticalHeaderLabels([r[0] for r in rows])
            for r, (_label, by_year, total) in enumerate(rows):
                for c, y in enumerate(years + [None]):
                    value = total if y is None else by_year.get(y, Decimal(0))
                    item = QTableWidgetItem(swedish.number(value))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    if r == 2 or y is None:
                        f = item.font()
                        f.setBold(True)
                        item.setFont(f)
                    self.per_year.setItem(r, c, item)
        self.compare.setRowCount(len(all_costs))
        for r, c in enumerate(all_costs):
            name = f"{r + 1}. {c.option.title.strip() or self.tr('(utan rubrik)')}"
            if self.doc.memo.is_recommended(c.option):
                name += " – " + self.tr("förslag")
            if self.doc.memo.is_baseline(c.option):
                name += " – " + self.tr("bas")
            values = [name, swedish.number(c.total), swedish.number(c.internal_total),
                      "" if c.difference_to_baseline is None
                      else ("+" if c.difference_to_baseline > 0 else "") + swedish.number(c.difference_to_baseline)]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.compare.setItem(r, col, item)

    def set_problems(self, problems) -> None:
        super().set_problems(problems)
        from memo_builder.model.validation import Level

        self.warnings.clear()
        mine = [p for p in problems
                if p.path.startswith("assumptions") or ".cost_lines" in p.path
                or (p.path.startswith("options[") and p.path.endswith("cost_lines"))]
        for p in mine:
            item = QListWidgetItem(icon("error" if p.level is Level.ERROR else "warning"), p.message)
            item.setData(Qt.ItemDataRole.UserRole, p.path)
            self.warnings.addItem(item)
        if not mine:
            item = QListWidgetItem(icon("ok"), self.tr("Inga anmärkningar på kostnaderna."))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.warnings.addItem(item)
        height = sum(self.warnings.sizeHintForRow(i) for i in range(self.warnings.count()))
        self.warnings.setFixedHeight(min(height + 2 * self.warnings.frameWidth() + 4,
                                         self.fontMetrics().height() * 16))

    def _warning_activated(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            self.focus_path(path)

    # -- problem navigation ----------------------------------------------------------------------
    def focus_path(self, path: str) -> bool:
        parts = parse_path(path)
        if not parts:
            return False
        if parts[0][0] != "options":
            return super().focus_path(path)
        index = parts[0][1]
        if index is not None and 0 <= index < self.option_combo.count():
            self.option_combo.setCurrentIndex(index)
        row_index = parts[1][1] if len(parts) > 1 else None
        column = 1
        if len(parts) > 2:
            column = next((c for c, (a, _h, _k) in enumerate(COLUMNS) if a == parts[2][0]), 1)
        if row_index is not None and row_index < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row_index, column))
            self.table.scrollTo(self.model.index(row_index, column))
        self.focus_widget(self.table)
        return True

