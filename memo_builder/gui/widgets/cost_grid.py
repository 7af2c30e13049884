"""The cost lines' grid as a user works it: which columns show, how wide they are, and the
keyboard (issue 23, "the keyboard stays in the grid"; issue 24, the grid fits a laptop).

- The columns of ``cost_table.COLUMNS`` named in ``SHOWN_BY_DEFAULT`` show; the rest are one
  click away (``column_menu``, remembered in the settings) and ``hidden_summary`` says what the
  current row holds in them, so nothing is out of sight without a trace.
- Tab and Shift+Tab move cell by cell through the shown columns and on to the next or previous
  row; they leave the grid only past its last or first cell. Enter on the last row (not while a
  cell is being edited: then it saves the cell) adds a row, through ``add_row``.
- A category is typed by its first letters: the cell's list box picks the matching category.

The grid's context menu is not used here: cell actions (confidential marks) put their own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTableView,
    QWidget,
)

from memo_builder.files import settings
from memo_builder.gui.widgets.cost_table import (
    COLUMNS,
    SHOWN_BY_DEFAULT,
    WIDTH_SAMPLES,
    header_label,
)

SETTING = "cost_columns"
FIGURE_KINDS = ("decimal", "rate", "year", "base_year", "total")


def column_of(attr: str) -> int:
    return next(c for c, column in enumerate(COLUMNS) if column[0] == attr)


def shown_columns() -> list[str]:
    """The columns the user shows (settings), else the default set; unknown names dropped."""

    known = {column[0] for column in COLUMNS}
    try:
        chosen = settings.get(SETTING)
    except (OSError, ValueError):
        chosen = None
    if isinstance(chosen, list) and all(isinstance(a, str) for a in chosen):
        chosen = [a for a in chosen if a in known]
        if chosen:
            return chosen
    return [a for a in SHOWN_BY_DEFAULT if a in known]


class CostGrid(QTableView):
    """A QTableView over ``CostLinesModel`` with the columns and keys above."""

    #: The set of shown columns changed.
    columnsChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Called by Enter on the last row: adds a row (the costs step sets it).
        self.add_row: Callable[[], None] | None = None
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionsMovable(False)
        header.setHighlightSections(False)

    # -- columns --------------------------------------------------------------------------------
    def setModel(self, model) -> None:  # noqa: N802
        super().setModel(model)
        self.size_columns()
        self.show_columns(shown_columns(), remember=False)
        model.modelReset.connect(self.fit_figures)
        model.dataChanged.connect(self.fit_figures)

    def fit_figures(self, *_args) -> None:
        """A figure is never cut ("−1 200 0…"): a number column widens to its widest figure;
        the description gives the room."""
        header = self.horizontalHeader()
        for c, column in enumerate(COLUMNS):
            if column[2] in FIGURE_KINDS and not self.isColumnHidden(c):
                wanted = self.sizeHintForColumn(c)
                if wanted > header.sectionSize(c):
                    header.resizeSection(c, wanted)

    def size_columns(self) -> None:
        """Each column as wide as its header or its sample, the description taking the rest."""
        fm = self.fontMetrics()
        header = self.horizontalHeader()
        pad = round(fm.averageCharWidth() * 1.6)
        for col, column in enumerate(COLUMNS):
            attr = column[0]
            title = header_label(attr)
            wanted = max(fm.horizontalAdvance(WIDTH_SAMPLES.get(attr, "")),
                         header.fontMetrics().horizontalAdvance(title))
            header.resizeSection(col, wanted + pad + (fm.height() if column[2] == "category" else 0))
        header.setSectionResizeMode(column_of("description"), QHeaderView.ResizeMode.Stretch)

    def shown(self) -> list[str]:
        return [column[0] for c, column in enumerate(COLUMNS) if not self.isColumnHidden(c)]

    def show_columns(self, attrs: list[str], *, remember: bool = True) -> None:
        wanted = set(attrs) | {"description"}  # a row without its "what" is no row
        for c, column in enumerate(COLUMNS):
            self.setColumnHidden(c, column[0] not in wanted)
        if self.model() is not None:
            self.fit_figures()
        self.columnsChanged.emit()
        if remember:
            try:
                settings.set_value(SETTING, self.shown())
            except OSError:
                pass  # the choice holds for this session

    def show_column(self, attr: str, on: bool = True) -> None:
        attrs = [a for a in self.shown() if a != attr] + ([attr] if on else [])
        self.show_columns(attrs)

    def column_menu(self, parent: QWidget) -> QMenu:
        """A menu of every column, checked when shown, and "Standardkolumner"."""
        menu = QMenu(parent)

        def fill() -> None:
            menu.clear()
            for c, column in enumerate(COLUMNS):
                attr = column[0]
                if attr == "description":
                    continue
                action = QAction(header_label(attr), menu)
                action.setCheckable(True)
                action.setChecked(not self.isColumnHidden(c))
                action.toggled.connect(lambda on, a=attr: self.show_column(a, on))
                menu.addAction(action)
            menu.addSeparator()
            reset = menu.addAction(QCoreApplication.translate("CostGrid", "Standardkolumner"))
            reset.triggered.connect(lambda: self.show_columns(list(SHOWN_BY_DEFAULT)))

        menu.aboutToShow.connect(fill)
        return menu

    # -- keyboard ---------------------------------------------------------------------------------
    def _shown_cols(self) -> list[int]:
        return [c for c in range(len(COLUMNS)) if not self.isColumnHidden(c)]

    def _step(self, forward: bool):
        """The cell Tab (or Shift+Tab) goes to, or None past the grid's first or last cell."""
        model = self.model()
        current = self.currentIndex()
        cols = self._shown_cols()
        if model is None or not cols or model.rowCount() == 0:
            return None
        if not current.isValid() or current.column() not in cols:
            return model.index(0, cols[0]) if forward else None
        row, i = current.row(), cols.index(current.column())
        i += 1 if forward else -1
        if i >= len(cols):
            row, i = row + 1, 0
        elif i < 0:
            row, i = row - 1, len(cols) - 1
        if not 0 <= row < model.rowCount():
            return None
        return model.index(row, cols[i])

    def moveCursor(self, action, modifiers):  # noqa: N802
        if action in (QAbstractItemView.CursorAction.MoveNext, QAbstractItemView.CursorAction.MovePrevious):
            target = self._step(action == QAbstractItemView.CursorAction.MoveNext)
            return target if target is not None else self.currentIndex()
        return super().moveCursor(action, modifiers)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802
        # Tab stays in the grid while there is a next cell; past the last one it moves on.
        if self._step(forward) is None:
            return QWidget.focusNextPrevChild(self, forward)
        return super().focusNextPrevChild(forward)

    def closeEditor(self, editor, hint) -> None:  # noqa: N802
        # Tab in the editor of the grid's last cell: save it and move on out of the grid (Qt
        # would open the same cell's editor again); Shift+Tab in the first cell likewise.
        Hint = QAbstractItemDelegate.EndEditHint
        if hint in (Hint.EditNextItem, Hint.EditPreviousItem) \
                and self._step(hint == Hint.EditNextItem) is None:
            super().closeEditor(editor, Hint.NoHint)
            QWidget.focusNextPrevChild(self, hint == Hint.EditNextItem)
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        model = self.model()
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.state() != QAbstractItemView.State.EditingState
                and model is not None and self.add_row is not None
                and (model.rowCount() == 0 or self.currentIndex().row() == model.rowCount() - 1)):
            self.add_row()
            event.accept()
            return
        super().keyPressEvent(event)
