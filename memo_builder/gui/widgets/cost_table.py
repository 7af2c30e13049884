"""The cost lines of one option as a table: a QAbstractTableModel over ``Option.cost_lines``.

Numbers are typed the Swedish way ("1 234,50") and parsed with memo_builder.model.swedish; anything
that is not a number is refused at the cell (the model keeps its value) and ``inputRejected``
carries a Swedish hint for the status bar and a tooltip.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from memo_builder.gui import labels
from memo_builder.gui.document import MemoDocument
from memo_builder.gui.widgets.fields import format_decimal_input
from memo_builder.model import swedish
from memo_builder.model.costs import line_amounts
from memo_builder.model.memo import CostCategory, CostLine, Option, Recurrence
from memo_builder.model.secrecy import cell_mark, marks_for
from memo_builder.model.swedish import parse_number
from memo_builder.model.text import clean_text
from memo_builder.model.walkthrough import COST_FIELD_CONTEXT, COST_FIELDS

# (attribute, header, kind); the headers are the cost-line field names, which the CLI's and
# the problem list's "Kostnader › Alternativ 2 › Rad 3 › Styckpris" use too (one home:
# model/walkthrough.py, translated in its context "CostTable").
_KINDS = {"category": "category", "description": "text", "volume": "decimal",
          "volume_unit": "text", "unit_price": "decimal", "currency": "currency",
          "exchange_rate": "rate", "recurrence": "recurrence", "first_year": "year",
          "last_year": "year", "index_percent": "decimal", "index_base_year": "base_year",
          "internal": "bool", "option_period": "bool", "option_from_year": "option_year",
          "estimate": "bool", "bridge": "bool"}
COLUMNS: list[tuple[str, str, str]] = [
    *((attr, COST_FIELDS[attr], kind) for attr, kind in _KINDS.items()),
    ("_total", QT_TRANSLATE_NOOP("CostTable", "Summa (kr)"), "total"),
]

#: What a row needs, shown by default (issue 23): what, volume, unit, price, currency, years,
#: one-off or recurring, internal or external. Every other column is on demand ("Kolumner …"
#: above the grid) and the current row's values in them are listed under it. A new column is
#: added to COLUMNS alone: it starts hidden, sized to its header, unless named here.
SHOWN_BY_DEFAULT = ("category", "description", "volume", "volume_unit", "unit_price", "currency",
                    "recurrence", "first_year", "last_year", "internal")

#: What a column must have room for besides its header (the header always fits).
WIDTH_SAMPLES = {"category": "Support och drift", "description": "Office 365 E3, licenser",
                 "volume": "45 000", "volume_unit": "licenser", "unit_price": "−1 500 000",
                 "exchange_rate": "10,30", "recurrence": "Engång", "first_year": "2018",
                 "last_year": "2018", "index_base_year": "2018", "_total": "156 000 000"}

HEADER_TIPS = {
    "volume": QT_TRANSLATE_NOOP("CostTable", "Antal enheter, t.ex. antal licenser"),
    "first_year": QT_TRANSLATE_NOOP("CostTable", "Första året kostnaden gäller"),
    "last_year": QT_TRANSLATE_NOOP("CostTable", "Sista året kostnaden gäller (årliga kostnader)"),
    "recurrence": QT_TRANSLATE_NOOP("CostTable", "Årlig kostnad eller engångskostnad"),
    "volume_unit": QT_TRANSLATE_NOOP("CostTable", "Vad volymen räknar, t.ex. licenser eller timmar (volymantagandet)"),
    "unit_price": QT_TRANSLATE_NOOP("CostTable", "Pris per enhet och år (årlig) eller en gång (engång), i valutan"),
    "currency": QT_TRANSLATE_NOOP("CostTable", "SEK, EUR, USD …"),
    "exchange_rate": QT_TRANSLATE_NOOP("CostTable", "Kronor per enhet av valutan; krävs när valutan inte är SEK"),
    "index_percent": QT_TRANSLATE_NOOP("CostTable", "Årlig prisuppräkning i procent"),
    "index_base_year": QT_TRANSLATE_NOOP(
        "CostTable", "Året vars prisnivå priset per enhet gäller; indexet räknas upp från det. "
        "Tomt: startåret (Från)."),
    "internal": QT_TRANSLATE_NOOP("CostTable", "Egen personal och interna resurser"),
    "option_period": QT_TRANSLATE_NOOP("CostTable", "Hela kostnaden ligger i en option eller förlängning"),
    "option_from_year": QT_TRANSLATE_NOOP(
        "CostTable", "Första året som är option eller förlängning, t.ex. 2028 för en kostnad "
        "2026–2029 med två optionsår. Indexet löper vidare från basåret. Tomt: ingen option."),
    "estimate": QT_TRANSLATE_NOOP("CostTable", "Beloppet är en uppskattning"),
    "bridge": QT_TRANSLATE_NOOP("CostTable", "Övergångslösning: håller tjänsterna igång tills "
                                "alternativet är på plats (krävs när ledtiden går förbi slutdatumet)"),
    "_total": QT_TRANSLATE_NOOP("CostTable", "Radens summa över alla år, i kronor"),
}

_ROOT = QModelIndex()
_CURRENCY = re.compile(r"[A-Za-z]{3}")


def header_label(attr: str) -> str:
    text = next(h for a, h, _k in COLUMNS if a == attr)
    return QCoreApplication.translate(COST_FIELD_CONTEXT, text)


class CostLinesModel(QAbstractTableModel):
    inputRejected = Signal(str, QModelIndex)

    def __init__(self, doc: MemoDocument, option: Callable[[], Option | None], parent=None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.option = option
        self._ids: list[int] = []
        self._totals: dict[int, Decimal] = {}
        self._marks_for: tuple | None = None  # (memo, revision) the resolved marks are for
        self._withholding = None
        self._refs: dict[int, tuple[int, int]] = {}
        #: Refused input is counted; while ``quiet`` (an autosave commits an open cell editor)
        #: it is refused without a hint, so the user can finish typing.
        self.rejections = 0
        self.quiet = False

    # -- shape --------------------------------------------------------------------------------
    def lines(self) -> list[CostLine]:
        option = self.option()
        return option.cost_lines if option is not None else []

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.lines())

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal:
            attr = COLUMNS[section][0]
            if role == Qt.ItemDataRole.DisplayRole:
                return header_label(attr)
            if role == Qt.ItemDataRole.ToolTipRole and attr in HEADER_TIPS:
                return QCoreApplication.translate("CostTable", HEADER_TIPS[attr])
        elif role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        kind = COLUMNS[index.column()][2]
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if kind == "total":
            return base
        if kind == "bool":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    # -- data ---------------------------------------------------------------------------------
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        lines = self.lines()
        if index.row() >= len(lines):
            return None
        line = lines[index.row()]
        attr, _header, kind = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole):
            ground = self._secrecy_ground(line, attr)
            if ground is not None:  # a confidential cell: shown clearly, with its ground
                if role == Qt.ItemDataRole.BackgroundRole:
                    return QColor("#FBE3A6")
                why = self._secrecy_cell(line, attr)[1]
                text = self.tr("Sekretess enligt {ground}").format(
                    ground=ground or self.tr("(grund saknas)"))
                return text if why == "sekretessmarkerad" else f"{text}: {why}"
        if kind == "bool":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if getattr(line, attr) else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return labels.tr("Ja") if getattr(line, attr) else labels.tr("Nej")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and kind in ("decimal", "rate", "year", "base_year",
                                                                  "option_year", "total"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(line, attr, kind)
        if role == Qt.ItemDataRole.EditRole:
            value = getattr(line, attr) if kind != "total" else None
            if kind in ("decimal", "rate"):
                return format_decimal_input(value)
            if kind in ("year", "base_year", "option_year"):
                return str(value) if value else ""
            if kind in ("category", "recurrence"):
                return value.value
            return value or ""
        if (role == Qt.ItemDataRole.ToolTipRole and kind == "rate"
                and (line.currency or "SEK").upper() == "SEK"):
            return self.tr("Behövs bara när valutan inte är SEK")
        if role == Qt.ItemDataRole.ToolTipRole and kind == "text" and getattr(line, attr):
            return getattr(line, attr)  # the whole text when the column is too narrow for it
        if role == Qt.ItemDataRole.ToolTipRole and kind == "base_year" and not line.index_base_year:
            return self.tr("Tomt: priset gäller startåret och indexet räknas från det")
        return None

    def _secrecy_ground(self, line: CostLine, attr: str) -> str | None:
        """The ground of the mark that withholds this cell in the public version (a mark on
        it, on its option, or on a line it shares the value with), or None. The model decides
        (model/secrecy.cell_mark); the reason is kept for the tooltip."""
        found = self._secrecy_cell(line, attr)
        return found[0] if found is not None else None

    def _secrecy_cell(self, line: CostLine, attr: str) -> tuple[str, str] | None:
        memo = self.doc.memo
        if not memo.secrecy.marks:
            return None
        key = (id(memo), self.doc.revision)
        if self._marks_for != key:  # the marks resolved once per revision of the memo
            self._marks_for = key
            self._withholding = marks_for(memo)
            self._refs = {id(x): (oi, li) for oi, o in enumerate(memo.options)
                          for li, x in enumerate(o.cost_lines)}
        ref = self._refs.get(id(line))
        return cell_mark(memo, self._withholding, ref, attr) if ref is not None else None

    def _display(self, line: CostLine, attr: str, kind: str) -> str:
        if kind == "total":
            total = self._totals.get(id(line))
            return swedish.number(total) if total is not None else ""
        value = getattr(line, attr)
        if kind == "category":
            return labels.category(value)
        if kind == "recurrence":
            return labels.recurrence(value)
        if kind == "rate":
            if (line.currency or "SEK").upper() == "SEK" and value is None:
                return ""
            # As the memo writes it: at least two decimals ("10,30", not "10,3").
            return swedish.number(value, max(2, _decimals(value))) if value is not None else "–"
        if kind == "decimal":
            if attr == "unit_price" and line.category is CostCategory.CREDIT:
                value = -abs(value)  # a credit counts as negative, in the grid as in the memo
            return format_decimal_input(value).replace(" ", "\u00a0")
        if kind == "year":
            if attr == "last_year" and line.recurrence is Recurrence.ONE_OFF:
                return ""
            return str(value) if value else ""
        if kind in ("base_year", "option_year"):
            return str(value) if value else ""
        return value or ""

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        lines = self.lines()
        if index.row() >= len(lines):
            return False
        line = lines[index.row()]
        attr, header, kind = COLUMNS[index.column()]
        if kind == "bool":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            self.doc.set(line, attr, checked, self.tr("Ändra kostnadsrad"), merge=False)
            return True
        if role != Qt.ItemDataRole.EditRole:
            return False
        try:
            parsed = self._parse(kind, value)
        except ValueError as exc:
            self.rejections += 1
            if not self.quiet:
                self.inputRejected.emit(f"{header_label(attr)}: {exc}", index)
            return False
        self.doc.set(line, attr, parsed, self.tr("Ändra kostnadsrad"), merge=False)
        return True

    def _parse(self, kind: str, value):
        text = "" if value is None else str(value)
        if kind == "text":
            return clean_text(text)
        if kind == "category":
            return CostCategory(value)
        if kind == "recurrence":
            return Recurrence(value)
        if kind == "currency":
            code = text.strip().upper() or "SEK"
            if not _CURRENCY.fullmatch(code):
                raise ValueError(self.tr("{text} är ingen valutakod. Skriv t.ex. SEK eller EUR.")
                                 .format(text=repr(text)))
            return code
        if kind == "rate":
            if not text.strip():
                return None
            return parse_number(text)
        if kind in ("year", "base_year", "option_year"):
            if not text.strip():
                return None if kind == "base_year" else 0  # no base year: the first year
            try:
                number = parse_number(text)
            except ValueError:
                number = Decimal("NaN")
            if number.is_nan() or number != number.to_integral_value() or not (1900 <= number <= 2200):
                raise ValueError(self.tr("{text} är inget årtal. Skriv till exempel 2018.")
                                 .format(text=repr(text)))
            return int(number)
        # decimal
        if not text.strip():
            return Decimal("0")
        return parse_number(text)

    # -- updates from the document -------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the model: reset on structural change, otherwise repaint the values."""
        self._recompute()
        ids = [id(x) for x in self.lines()]
        if ids != self._ids:
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()
        elif ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, len(COLUMNS) - 1))

    def _recompute(self) -> None:
        self._totals = {}
        for line in self.lines():
            amounts = line_amounts(line)
            self._totals[id(line)] = sum(amounts.values(), Decimal("0")) if amounts else None


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor for the category and recurrence columns."""

    def __init__(self, choices: Callable[[], list[tuple[str, str]]], parent=None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option, index):  # noqa: N802
        combo = QComboBox(parent)
        for value, label in self.choices():
            combo.addItem(label, value)
        combo.setAccessibleName(index.model().headerData(index.column(), Qt.Orientation.Horizontal))
        return combo

    def setEditorData(self, editor: QComboBox, index) -> None:  # noqa: N802
        i = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(i, 0))

    def setModelData(self, editor: QComboBox, model, index) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def category_choices() -> list[tuple[str, str]]:
    return [(c.value, labels.category(c)) for c in CostCategory]


def recurrence_choices() -> list[tuple[str, str]]:
    return [(r.value, labels.recurrence(r)) for r in Recurrence]



def _decimals(value: Decimal) -> int:
    exp = value.normalize().as_tuple().exponent
    return min(max(0, -exp), 4) if isinstance(exp, int) else 0
