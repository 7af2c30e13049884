"""Cost lines from Excel with a mapping preview.

The reading, guessing and planning are Qt-free (``memo_builder.files.xlsx_import``); this module is
the dialog where the user corrects the guessed mapping, sees the lines that will be added and
the rows that will be skipped with their reasons, and confirms. The lines are then added as
one undo step. (The cost workbook is written by the window's one export action.)
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from memo_builder.errors import UserError
from memo_builder.files import settings
from memo_builder.files.xlsx_import import (
    FIELD_LABELS,
    ImportDefaults,
    Mapping,
    column_letter,
    guess_mapping,
    mapping_for_header,
    mapping_with,
    plan_import,
    read_sheet,
)
from memo_builder.gui import dialogs
from memo_builder.gui.document import MemoDocument
from memo_builder.model import swedish
from memo_builder.model.memo import COST_CATEGORY_LABELS, Option, Recurrence


class ImportDialog(QDialog):
    """Shows what an Excel sheet will add; the user may change the sheet, the header row and
    which column holds what. ``plan`` is what confirming adds."""

    def __init__(self, path: Path, sheet, defaults, option_title: str,
                 parent: QWidget | None = None) -> None:

        super().__init__(parent)
        self.path = Path(path)
        self.sheet = sheet
        self.defaults = defaults
        self.mapping = guess_mapping(sheet)
        self.plan = None
        self.setWindowTitle(self.tr("Importera kostnader från Excel"))
        dialogs.size_within_screen(self, 1100, 760)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Raderna läggs till i alternativet <b>{option}</b>. Kontrollera "
                               "vilken kolumn som innehåller vad; förhandsvisningen visar de "
                               "rader som läggs till och de som hoppas över.")
                       .format(option=_escape(option_title)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        top = QFormLayout()
        self.sheet_combo = QComboBox()
        self.sheet_combo.addItems(sheet.sheet_names or [sheet.name])
        self.sheet_combo.setCurrentText(sheet.name)
        self.sheet_combo.setAccessibleName(self.tr("Blad"))
        top.addRow(self.tr("Fil:"), QLabel(_escape(self.path.name)))
        top.addRow(self.tr("Blad:"), self.sheet_combo)
        self.header_spin = QSpinBox()
        self.header_spin.setRange(0, max(1, len(sheet.rows)))
        self.header_spin.setSpecialValueText(self.tr("ingen rubrikrad"))
        self.header_spin.setAccessibleName(self.tr("Rubrikrad"))
        top.addRow(self.tr("Rubrikrad:"), self.header_spin)
        layout.addLayout(top)
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setContentsMargins(0, 0, 0, 0)
        self.combos: dict[str, QComboBox] = {}
        for i, (field, label) in enumerate(FIELD_LABELS.items()):
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Kolumn för {field}").format(field=label))
            name = QLabel(label + ":")
            name.setBuddy(combo)
            r, c = divmod(i, 3)
            grid.addWidget(name, r, c * 2)
            grid.addWidget(combo, r, c * 2 + 1)
            combo.activated.connect(self._mapping_changed)
            self.combos[field] = combo
        layout.addWidget(grid_holder)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("importSummary")
        layout.addWidget(self.summary)
        self.preview = QTableWidget()
        self.preview.setAccessibleName(self.tr("Rader som läggs till"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        headers = [self.tr("Rad"), self.tr("Beskrivning"), self.tr("Kategori"), self.tr("Volym"),
                   self.tr("Enhet"), self.tr("Styckpris"), self.tr("Valuta"),
                   self.tr("Växelkurs"), self.tr("År"), self.tr("Index %"), self.tr("Typ"),
                   self.tr("Intern"), self.tr("Option")]
        self.preview.setColumnCount(len(headers))
        self.preview.setHorizontalHeaderLabels(headers)
        self.preview.verticalHeader().setVisible(False)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.preview.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.preview, 3)
        skipped_label = QLabel(self.tr("Rader som hoppas över:"))
        layout.addWidget(skipped_label)
        self.skipped = QListWidget()
        self.skipped.setAccessibleName(self.tr("Rader som hoppas över"))
        self.skipped.setWordWrap(True)
        skipped_label.setBuddy(self.skipped)
        layout.addWidget(self.skipped, 1)
        self.notices = QLabel()
        self.notices.setWordWrap(True)
        layout.addWidget(self.notices)
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(self.tr("Lägg till"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.sheet_combo.activated.connect(self._sheet_changed)
        self.header_spin.valueChanged.connect(self._header_changed)
        self._show_mapping()
        self.update_plan()

    # -- mapping --------------------------------------------------------------------------------
    def _column_items(self) -> list[tuple[str, int | None]]:
        items: list[tuple[str, int | None]] = [(self.tr("(ingen)"), None)]
        for c in range(self.sheet.width):
            items.append((self.mapping.column_name(c) if c in self.mapping.labels
                          else self.tr("{col} (utan rubrik)").format(col=_letter(c)), c))
        return items

    def _show_mapping(self) -> None:
        self._updating = True
        self.header_spin.setValue(self.mapping.header_row)
        items = self._column_items()
        for field, combo in self.combos.items():
            combo.clear()
            for text, col in items:
                combo.addItem(text, col)
            wanted = self.mapping.columns.get(field)
            combo.setCurrentIndex(next((i for i, (_t, c) in enumerate(items) if c == wanted), 0))
        self._updating = False

    _updating = False

    def set_column(self, field: str, column: int | None) -> None:
        """Choose the column for ``field`` (what the user does with the combo box)."""
        combo = self.combos[field]
        combo.setCurrentIndex(max(0, combo.findData(column)) if column is not None else 0)
        self._mapping_changed()

    def _mapping_changed(self, *_args) -> None:
        if self._updating:
            return

        columns = {field: combo.currentData() for field, combo in self.combos.items()}
        self.mapping = mapping_with(self.mapping, **columns)
        self.update_plan()

    def _header_changed(self, row: int) -> None:
        if self._updating:
            return

        if row == 0:
            self.mapping = Mapping(0, self.mapping.columns, {})
        else:
            self.mapping = mapping_for_header(self.sheet, row)
        self._show_mapping()
        self.update_plan()

    def _sheet_changed(self, _index: int) -> None:
        name = self.sheet_combo.currentText()
        if name == self.sheet.name:
            return
        try:
            sheet = read_sheet(self.path, name)
        except UserError as exc:
            dialogs.error(self, self.tr("Bladet kan inte läsas"), str(exc))
            self.sheet_combo.setCurrentText(self.sheet.name)
            return
        self.sheet = sheet
        self.mapping = guess_mapping(sheet)
        self.header_spin.setRange(0, max(1, len(sheet.rows)))
        self._show_mapping()
        self.update_plan()

    # -- preview --------------------------------------------------------------------------------
    def update_plan(self) -> None:
        plan = plan_import(self.sheet, self.mapping, self.defaults)
        self.plan = plan
        self.preview.setRowCount(len(plan.lines))
        for r, (line, row) in enumerate(zip(plan.lines, plan.rows, strict=True)):
            years = (str(line.first_year) if line.recurrence is Recurrence.ONE_OFF
                     or line.first_year == line.last_year
                     else f"{line.first_year}–{line.last_year}")
            values = [
                str(row), line.description, COST_CATEGORY_LABELS[line.category],
                swedish.number(line.volume, 2 if line.volume % 1 else 0), line.volume_unit,
                swedish.number(line.unit_price, 2 if line.unit_price % 1 else 0), line.currency,
                swedish.number(line.exchange_rate, 4).rstrip("0").rstrip(",")
                if line.exchange_rate is not None else "",
                years,
                swedish.number(line.index_percent, 2).rstrip("0").rstrip(",")
                if line.index_percent else "",
                self.tr("engång") if line.recurrence is Recurrence.ONE_OFF else self.tr("årlig"),
                self.tr("ja") if line.internal else "",
                self.tr("ja") if line.option_period else self.tr("från {year}").format(
                    year=line.option_from_year) if line.option_from_year else "",
            ]
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if c in (0, 3, 5, 7, 9):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.preview.setItem(r, c, item)
        self.skipped.clear()
        for row, reason in plan.skipped:
            self.skipped.addItem(self.tr("Rad {row}: {reason}").format(row=row, reason=reason))
        if not plan.skipped:
            self.skipped.addItem(self.tr("Inga rader hoppas över."))
        notes = self.sheet.notices + plan.notices
        self.notices.setText("\n".join(notes))
        self.notices.setVisible(bool(notes))
        self.summary.setText(self.tr("{n} rader läggs till, {m} hoppas över.").format(
            n=len(plan.lines), m=len(plan.skipped)))
        self.ok.setText(self.tr("Lägg till {n} rader").format(n=len(plan.lines)))
        self.ok.setEnabled(bool(plan.lines))


def _letter(col: int) -> str:
    return column_letter(col)


def _escape(text: str) -> str:
    return escape(text)


def confirm(dialog: ImportDialog) -> bool:
    """Show the dialog; True when the user confirms (tests replace this function)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def import_from_excel(parent: QWidget, doc: MemoDocument, option: Option,
                      path: str | Path | None = None) -> int:
    """Ask for a workbook, show the preview, add the confirmed lines to ``option`` as one undo
    step. Returns the number of lines added (0: cancelled or nothing to add)."""

    if path is None:
        path = dialogs.open_path(parent, parent.tr("Importera kostnader från Excel"),
                                 str(settings.last_folder("sheet")),
                                 parent.tr("Excel-arbetsböcker (*.xlsx *.xlsm);;Alla filer (*)"))
        if not path:
            return 0
        settings.remember_folder("sheet", path)
    try:
        sheet = read_sheet(Path(path))
    except UserError as exc:
        dialogs.error(parent, parent.tr("Filen kan inte importeras"), str(exc))
        return 0
    dialog = ImportDialog(Path(path), sheet, ImportDefaults.for_memo(doc.memo, option),
                          option.title.strip() or parent.tr("(utan rubrik)"), parent)
    try:
        if not confirm(dialog) or dialog.plan is None or not dialog.plan.lines:
            return 0
        lines = dialog.plan.lines
    finally:
        dialog.deleteLater()
    with doc.macro(parent.tr("Importera {n} kostnadsrader från Excel").format(n=len(lines))):
        for line in lines:
            doc.append(option.cost_lines, line)
    return len(lines)
