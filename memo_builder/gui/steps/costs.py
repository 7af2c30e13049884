"""Step 4, Kostnader: every cost of every option, per year and in total, with the assumptions."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
)

from memo_builder.gui.excel_import_dialog import import_from_excel
from memo_builder.gui.export_action import WORKBOOK
from memo_builder.gui.field_paths import parse_path
from memo_builder.gui.resources import icon
from memo_builder.gui.steps.base import StepPage
from memo_builder.gui.widgets.cost_grid import CostGrid, column_of
from memo_builder.gui.widgets.cost_table import (
    COLUMNS,
    ChoiceDelegate,
    CostLinesModel,
    category_choices,
    recurrence_choices,
)
from memo_builder.gui.widgets.fields import NumberEdit, TextEdit
from memo_builder.gui.widgets.form import flow, hbox, row, wrap_lines
from memo_builder.model import swedish
from memo_builder.model.memo import CostCategory, CostLine, Option, SecrecyMark, YearBasis
from memo_builder.model.problems import Level
from memo_builder.model.secrecy import CELL_KINDS, ground_for_new_mark, mark_index


class CostsStep(StepPage):
    key = "costs"
    section = "costs"

    def help_html(self) -> str:
        return self.tr(
            "Ta med <b>alla</b> kostnader för varje alternativ: licenser, support, införande, "
            "migrering, utbildning, avveckling – och <b>interna kostnader</b> för egen personal, "
            "som ofta glöms. Ange volymen (t.ex. antal licenser) och skriv ut "
            "<b>volymantagandet</b>: en kalkyl med fel antal licenser kan bli tiotals miljoner "
            "kronor för låg. En kostnad med optionsår är <b>en</b> rad: ange alla år och det år "
            "optionen börjar i kolumnen Option från (visa den under Kolumner …). Ange antagen "
            "index- och valutautveckling. "
            "Belopp skrivs som 1 234,50. Ett pris, en volym eller ett belopp som omfattas av "
            "sekretess markerar du direkt i cellen: högerklicka eller tryck Ctrl+Skift+K."
        )

    # -- secrecy from the grid ------------------------------------------------------------------
    def _cell_target(self, index):
        """(kind, line) for a cell a mark can stand on, else None."""

        lines = self.model.lines()
        if not index.isValid() or index.row() >= len(lines):
            return None
        kind = CELL_KINDS.get(COLUMNS[index.column()][0])
        return (kind, lines[index.row()]) if kind is not None else None

    def _cell_menu(self, pos) -> None:

        index = self.table.indexAt(pos)
        target = self._cell_target(index)
        if target is None:
            return
        kind, line = target
        marked = mark_index(self.doc.memo, kind, line.id) is not None
        what = {"unit_price": self.tr("priset"), "volume": self.tr("volymen"),
                "amount": self.tr("beloppet")}[str(kind)]
        menu = QMenu(self.table)
        text = (self.tr("Ta bort sekretessmarkeringen för {what}") if marked
                else self.tr("Markera {what} som sekretess")).format(what=what)
        action = menu.addAction(text)
        action.setShortcut(self.mark_action.shortcut())
        action.triggered.connect(lambda: self.toggle_secrecy(index))
        menu.popup(self.table.viewport().mapToGlobal(pos))
        self._menu = menu  # kept for tests

    def toggle_secrecy(self, index) -> None:
        """Mark the cell's price, volume or amount as confidential, or remove the mark (through
        the undo stack); the ground is the last one used (the Juridik step's card edits it)."""

        target = self._cell_target(index)
        if target is None:
            hint = getattr(self.window(), "show_hint", None)
            if hint is not None:
                hint(self.tr("Sekretess markeras på ett pris, en volym eller en summa."))
            return
        kind, line = target
        memo = self.doc.memo
        found = mark_index(memo, kind, line.id)
        if found is not None:
            self.doc.remove(memo.secrecy.marks, found, self.tr("Ta bort sekretessmarkering"))
        else:
            self.doc.append(memo.secrecy.marks, SecrecyMark(kind=kind, target=line.id,
                                                           ground=ground_for_new_mark(memo)),
                            self.tr("Markera som sekretess"))
        self.model.refresh()

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
        self.table = CostGrid()
        self.table.setModel(self.model)
        self.table.add_row = self._add_after_current
        self.table.setAccessibleName(self.tr("Kostnadsrader för det valda alternativet"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.9))
        self.table.setItemDelegateForColumn(column_of("category"),
                                            ChoiceDelegate(category_choices, self.table))
        self.table.setItemDelegateForColumn(column_of("recurrence"),
                                            ChoiceDelegate(recurrence_choices, self.table))
        fm = self.fontMetrics()
        # About fifteen lines visible at once (rows are 1.9 lines high), not nine.
        self.table.setMinimumHeight(fm.height() * 30)
        chooser.add(self.table)
        self.binder.register("cost_lines", self.table, "costs")
        # What the current row holds in the columns not shown, and the choice of columns.
        self.hidden_summary = QLabel()
        self.hidden_summary.setObjectName("muted")
        self.hidden_summary.setWordWrap(True)
        self.hidden_summary.setAccessibleName(self.tr("Radens övriga uppgifter"))
        self.columns_button = QPushButton(self.tr("Kolumner …"))
        self.columns_button.setAccessibleName(self.tr("Välj kolumner"))
        self.columns_button.setToolTip(self.tr("Visa fler kolumner, t.ex. växelkurs, index, "
                                               "option och radens summa"))
        self.columns_button.setMenu(self.table.column_menu(self.columns_button))
        chooser.add(self.hidden_summary)
        # Marking a price, volume or amount as confidential from the cell itself (issue 23).
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._cell_menu)

        self.mark_action = QAction(self.tr("Markera som sekretess"), self.table)
        self.mark_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.mark_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.mark_action.triggered.connect(lambda: self.toggle_secrecy(self.table.currentIndex()))
        self.table.addAction(self.mark_action)

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
        hint = QLabel(self.tr("Börja skriva i en cell för att ändra den; Tab går till nästa cell "
                              "och Enter på sista raden lägger till en rad. En kategori väljs "
                              "med dess första bokstäver. Belopp: 1 234,50 · Årtal: 2018"))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        chooser.add(flow(self.add_line, self.add_internal, self.remove_line, self.up_line,
                         self.down_line, self.columns_button))
        chooser.add(hint)
        # Lead time and cost belong together: an option that cannot be ready by the deadline
        # is offered the bridge line its costs lack (validation names it as an error).
        self.add_bridge = QPushButton(icon("add"), self.tr("Lägg till övergångslösning"))
        self.add_bridge.setAccessibleName(self.add_bridge.text())
        self.add_bridge.setToolTip(self.tr("Alternativet kan inte vara på plats före slutdatumet: "
                                           "tjänsterna behöver en övergångslösning till dess"))
        self.add_bridge.clicked.connect(self._add_bridge)
        self.add_bridge.setVisible(False)
        chooser.add(self.add_bridge)
        # Excel (issue 15): import with a mapping preview, export with live formulas.
        self.import_excel = QPushButton(self.tr("Importera kostnader från Excel…"))
        self.export_excel = QPushButton(self.tr("Exportera kostnadsunderlag till Excel…"))
        for w in (self.import_excel, self.export_excel):
            w.setAccessibleName(w.text().rstrip("…"))
        self.import_excel.clicked.connect(lambda: self.import_from_excel())
        self.export_excel.clicked.connect(self.export_to_excel)
        chooser.add(flow(self.import_excel, self.export_excel))

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
        self.warnings = wrap_lines(QListWidget())
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
        self.financing = TextEdit(2)
        self.financing.setPlaceholderText(self.tr("Till exempel: ryms inom förvaltningens budget, "
                                                  "eller finansieras genom …"))
        row(form, self.tr("Finansiering:"), self.financing)
        b.text(self.financing, a, "financing", "assumptions.financing", "costs")
        self.year_basis = QComboBox()
        for value, label in ((YearBasis.UNSTATED, self.tr("(inte angivet)")),
                             (YearBasis.CALENDAR, self.tr("Kalenderår")),
                             (YearBasis.CONTRACT, self.tr("Avtalsår"))):
            self.year_basis.addItem(label, value.value)
        self.year_basis.setAccessibleName(self.tr("Åren i tabellerna är"))
        row(form, self.tr("Åren i tabellerna är:"), self.year_basis)
        b.combo(self.year_basis, a, "year_basis", "assumptions.year_basis", "costs",
                self.tr("Ändra vad åren i tabellerna är"), enum=YearBasis)
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
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_hidden_summary())
        self.table.columnsChanged.connect(self._update_hidden_summary)
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
        self.doc.append(option.cost_lines, self._new_line(option, internal), self.tr("Lägg till kostnadsrad"))
        self.model.refresh()
        row_index = len(option.cost_lines) - 1
        self.table.setCurrentIndex(self.model.index(row_index, column_of("description")))
        self.table.setFocus()

    def _add_after_current(self) -> None:
        """Enter on the grid's last row: a new row like it, the cursor in its first cell."""
        self._add(internal=False)
        shown = [c for c in range(len(COLUMNS)) if not self.table.isColumnHidden(c)]
        if shown and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(self.model.rowCount() - 1, shown[0]))

    def _new_line(self, option: Option, internal: bool) -> CostLine:
        """A new row starts like the last one (category, years and option years, currency,
        index): rows of one contract mostly share them. "Lägg till intern kostnad" starts as
        internal staff."""
        last = option.cost_lines[-1] if option.cost_lines else None
        year = self.doc.memo.case.decision_date.year if self.doc.memo.case.decision_date else 0
        if internal:
            return CostLine(category=CostCategory.INTERNAL_STAFF, internal=True,
                            first_year=last.first_year if last else year,
                            last_year=last.last_year if last else year,
                            option_from_year=last.option_from_year if last else 0,
                            volume_unit=self.tr("timmar"))
        if last is None:
            return CostLine(first_year=year, last_year=year)
        return CostLine(category=last.category, internal=last.internal,
                        recurrence=last.recurrence, first_year=last.first_year,
                        last_year=last.last_year, currency=last.currency,
                        exchange_rate=last.exchange_rate, index_percent=last.index_percent,
                        index_base_year=last.index_base_year, option_period=last.option_period,
                        option_from_year=last.option_from_year)

    def import_from_excel(self, path=None) -> int:
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
        """The window's one export action, for the workbook."""

        return self.window().exports.start(WORKBOOK)

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

    def _update_hidden_summary(self) -> None:
        """Under the grid: what the current row holds in the columns not shown."""
        r = self._current_row()
        parts = []
        if 0 <= r < self.model.rowCount():
            for c, column in enumerate(COLUMNS):
                if not self.table.isColumnHidden(c):
                    continue
                index = self.model.index(r, c)
                if column[2] == "bool":
                    checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
                    if checked:
                        parts.append(str(self.model.headerData(c, Qt.Orientation.Horizontal)).lower())
                    continue
                text = index.data() or ""
                if text and text != "0":  # "Index % 0" says nothing
                    parts.append(f"{self.model.headerData(c, Qt.Orientation.Horizontal)} {text}")
        self.hidden_summary.setText(
            self.tr("Rad {n} även: {items}").format(n=r + 1, items=" · ".join(parts)) if parts else "")
        self.hidden_summary.setVisible(bool(parts))

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
        self._update_hidden_summary()
        self.add_bridge.setVisible(self._bridge_needed() is not None)

    def _bridge_needed(self):
        """The current option's deadline when it needs a bridge line and has none, else None."""
        option = self.current_option()
        if option is None or any(line.bridge for line in option.cost_lines):
            return None
        return next((d for d in self.services.analysis().deadlines
                     if d.option.id == option.id and d.needs_bridge and d.ready is not None), None)

    def _add_bridge(self) -> None:
        d = self._bridge_needed()
        deadline = self.doc.memo.consequences.deadline
        if d is None or deadline is None:
            return
        line = CostLine(category=CostCategory.OTHER, bridge=True,
                        description=self.tr("Övergångslösning tills alternativet är på plats"),
                        first_year=deadline.year, last_year=d.ready.year)
        option = self.current_option()  # the live option (the analysis holds a snapshot)
        self.doc.append(option.cost_lines, line, self.tr("Lägg till övergångslösning"))
        self.refresh()
        column = next(i for i, (attr, _h, _k) in enumerate(COLUMNS) if attr == "unit_price")
        self.table.setCurrentIndex(self.model.index(len(option.cost_lines) - 1, column))
        self.table.setFocus()

    def _update_totals(self) -> None:
        all_costs = self.services.analysis().costs
        option = self.current_option()
        chosen = next((c for c in all_costs if option is not None and c.option.id == option.id),
                      None)
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
            d = chosen.difference  # over the years both cover: say which
            if d is not None and d.years and not self.doc.memo.is_baseline(chosen.option):
                label = self.totals_labels["difference"]
                label.setText(label.text() + " " + self.tr("({years})").format(
                    years=swedish.year_span(d.years[0], d.years[-1])))
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

