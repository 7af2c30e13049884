"""Issue 24 (every step on a 14-inch laptop at 150 %) and issue 23's grid points: the cost grid
fits and the keyboard stays in it; the window remembers its size per screen; dialogs open
within the screen; a growing text field moves only what is below it."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from memo_builder.files import settings
from memo_builder.gui.steps import step_index
from memo_builder.gui.widgets.cost_grid import column_of
from memo_builder.gui.widgets.cost_table import COLUMNS, SHOWN_BY_DEFAULT
from memo_builder.model.memo import CostCategory, CostLine, Memo, Option
from tests.gui.helpers import keys

ROOT = Path(__file__).resolve().parents[2]


def type_in_cell(qtbot, grid, text: str) -> None:
    """Type into the grid's current cell as a user does: the first key opens the editor, the
    rest go to whatever has the focus then."""
    keys(qtbot, grid, text[0])
    keys(qtbot, QApplication.focusWidget(), text[1:])


@pytest.mark.parametrize("ratio", ["1.25", "1.5"])
def test_every_step_and_dialog_fits_a_laptop_screen_at_125_and_150_percent(ratio, tmp_path):
    """On a screen of 1280 x 650 logical pixels (a 14-inch laptop at 150 %, less the taskbar)
    at that device pixel ratio: the window opens within it, every step fits it and the laptop
    sizes, with the preview shown and hidden, and the dialogs open within it."""
    from tests.gui.fit_at_ratio import screen_config

    env = dict(os.environ, QT_SCALE_FACTOR=ratio,
               QT_QPA_PLATFORM=screen_config(tmp_path, float(ratio)))
    result = subprocess.run([sys.executable, "-m", "tests.gui.fit_at_ratio"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert lines and lines[0] == f"ratio {float(ratio)} screen 1280x650"
    assert lines[1:] == []


def municipal_memo() -> Memo:
    """Another municipality, other years, kronor and Norwegian kroner."""
    memo = Memo()
    memo.case.organisation = "Härnösands kommun"
    memo.case.board = "Kommunstyrelsen"
    memo.case.title = "Avtal om lönesystem"
    memo.case.meeting_date = date(2027, 3, 11)
    memo.options.append(Option(title="Förläng med option", cost_lines=[
        CostLine(category=CostCategory.SUPPORT, description="Drift hos leverantören",
                 volume=Decimal(1), volume_unit="avtal", unit_price=Decimal(640000),
                 currency="NOK", exchange_rate=Decimal("0.98"), first_year=2027, last_year=2030,
                 index_percent=Decimal("2.1")),
    ]))
    return memo


def open_costs(window, memo: Memo):
    window.doc.memo = memo
    window.doc.replaced.emit()
    window.resize(1280, 720)
    window.go_to(step_index("costs"))
    QApplication.processEvents()
    return window.page(step_index("costs"))


def test_the_grid_shows_what_a_row_needs_and_the_rest_on_demand(window):
    costs = open_costs(window, municipal_memo())
    grid = costs.table
    assert grid.shown() == [c[0] for c in COLUMNS if c[0] in SHOWN_BY_DEFAULT]
    for attr in ("description", "volume", "volume_unit", "unit_price", "currency", "first_year",
                 "last_year", "recurrence", "internal", "category"):
        assert attr in grid.shown()
    # no sideways scrolling with the preview open at 1280 x 720
    QApplication.processEvents()
    assert grid.horizontalScrollBar().maximum() == 0
    assert grid.horizontalHeader().length() <= grid.viewport().width()
    # the current row's values in hidden columns are named under the grid
    grid.setCurrentIndex(costs.model.index(0, column_of("description")))
    text = costs.hidden_summary.text()
    assert "Växelkurs 0,98" in text and "Index % 2,1" in text
    assert costs.hidden_summary.isVisible()
    # a hidden column is one menu click away, and stays shown in the next window
    menu = costs.columns_button.menu()
    menu.aboutToShow.emit()
    action = next(a for a in menu.actions() if a.text() == "Växelkurs")
    assert not action.isChecked()
    action.trigger()
    assert "exchange_rate" in grid.shown()
    assert "exchange_rate" in settings.get("cost_columns")
    assert "Växelkurs" not in costs.hidden_summary.text()


def test_a_figure_in_the_grid_is_never_cut(window):
    memo = municipal_memo()
    memo.options[0].cost_lines.append(CostLine(category=CostCategory.CREDIT, description="Rabatt",
                                               unit_price=Decimal(123456789), first_year=2027,
                                               last_year=2027))
    costs = open_costs(window, memo)
    grid = costs.table
    col = column_of("unit_price")
    assert grid.columnWidth(col) >= grid.sizeHintForColumn(col)


def test_tab_and_shift_tab_stay_in_the_grid_and_enter_adds_a_row(window, qtbot):
    memo = municipal_memo()
    memo.options[0].cost_lines.append(CostLine(category=CostCategory.SUPPORT, description="Support",
                                               first_year=2027, last_year=2030))
    costs = open_costs(window, memo)
    grid = costs.table
    shown = [c for c in range(len(COLUMNS)) if not grid.isColumnHidden(c)]
    grid.setFocus()
    grid.setCurrentIndex(costs.model.index(0, shown[0]))
    for col in shown[1:]:  # across the row, cell by cell
        qtbot.keyClick(grid, Qt.Key.Key_Tab)
        assert (grid.currentIndex().row(), grid.currentIndex().column()) == (0, col)
    qtbot.keyClick(grid, Qt.Key.Key_Tab)  # on to the next row
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (1, shown[0])
    qtbot.keyClick(grid, Qt.Key.Key_Backtab)  # back to the end of the first row, not the picker
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (0, shown[-1])
    assert QApplication.focusWidget() is grid
    # Enter on the last row adds a row like it, with the cursor in its first cell
    grid.setCurrentIndex(costs.model.index(1, shown[2]))
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    lines = memo.options[0].cost_lines
    assert len(lines) == 3
    assert lines[2].category is CostCategory.SUPPORT  # not "Licenser"
    assert (lines[2].first_year, lines[2].last_year) == (2027, 2030)
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (2, shown[0])
    # Enter on another row adds nothing
    grid.setCurrentIndex(costs.model.index(0, shown[2]))
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert len(lines) == 3
    # typing in a cell and Tab: saved, on to the next cell
    grid.setCurrentIndex(costs.model.index(2, column_of("description")))
    type_in_cell(qtbot, grid, "Konsulttimmar")
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert lines[2].description == "Konsulttimmar"
    assert grid.currentIndex().column() == shown[shown.index(column_of("description")) + 1]
    window.act_undo.trigger()
    assert lines[2].description == ""
    # Tab in the last cell's editor saves it and leaves the grid, forward
    grid.setCurrentIndex(costs.model.index(2, column_of("last_year")))
    if shown[-1] != column_of("last_year"):
        grid.setCurrentIndex(costs.model.index(2, shown[-1]))
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert QApplication.focusWidget() is not grid
    assert not grid.isAncestorOf(QApplication.focusWidget())


def test_a_category_is_typed_by_its_first_letters(window, qtbot):
    costs = open_costs(window, municipal_memo())
    grid = costs.table
    line = window.doc.memo.options[0].cost_lines[0]
    grid.setFocus()
    grid.setCurrentIndex(costs.model.index(0, column_of("category")))
    type_in_cell(qtbot, grid, "Utb")
    editor = QApplication.focusWidget()
    assert editor is not grid
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert line.category is CostCategory.TRAINING
    grid.setCurrentIndex(costs.model.index(0, column_of("category")))
    type_in_cell(qtbot, grid, "Kr")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()
    assert line.category is CostCategory.CREDIT


def test_the_window_remembers_its_size_and_split_per_screen_size(qtbot, tmp_path, monkeypatch):
    from memo_builder.gui.main_window import MainWindow
    from memo_builder.gui.recovery import RecoveryStore
    from memo_builder.gui.window_layout import SETTING, screen_key

    monkeypatch.setenv("MEMO_BUILDER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("MEMO_BUILDER_DATA_DIR", str(tmp_path / "data"))

    def open_window():
        w = MainWindow(store=RecoveryStore(tmp_path / "recovery"))
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        return w

    w = open_window()
    area = w.screen().availableGeometry()
    w.resize(min(700, area.width()), min(500, area.height()))
    QApplication.processEvents()
    w.splitter.setSizes([300, 200])
    split = w.splitter.sizes()
    w.close()
    saved = settings.get(SETTING)[screen_key(area)]
    assert saved["size"] == [min(700, area.width()), min(500, area.height())]
    assert saved["splitter"] == split
    w = open_window()
    assert (w.width(), w.height()) == tuple(saved["size"])
    assert w.splitter.sizes() == split
    w.close()
    # Saved larger than this screen (another layout, the taskbar moved): opens within it.
    layouts = settings.get(SETTING)
    layouts[screen_key(area)] = {"size": [area.width() + 900, area.height() + 700],
                                 "pos": [area.x() - 300, area.y() - 200], "splitter": [900, 400]}
    layouts["2560x1400"] = {"size": [2400, 1300], "pos": [0, 0]}
    settings.set_value(SETTING, layouts)
    w = open_window()
    QApplication.processEvents()
    assert area.contains(w.frameGeometry()), (w.frameGeometry(), area)
    w.close()
    # A screen the window has never been on: the default, large and centred, within it.
    settings.set_value(SETTING, {"2560x1400": {"size": [2400, 1300], "pos": [0, 0]}})
    w = open_window()
    QApplication.processEvents()
    assert area.contains(w.frameGeometry()), (w.frameGeometry(), area)
    assert w.width() >= min(area.width() * 0.85, 1140)
    w.close()


def test_a_growing_text_field_moves_only_what_is_below_it(window):
    from memo_builder.files.paths import example_memo_path

    w = window
    w.load_file(example_memo_path())
    w.resize(1600, 1000)
    w.go_to(step_index("options"))
    for _ in range(5):  # the page's layout settles
        QApplication.processEvents()
    page = w.page(step_index("options"))

    def y(widget):
        return widget.mapTo(w, QPoint(0, 0)).y()

    above, below = y(page.title_edit), y(page.outside_eu)
    gap = below - (y(page.description) + page.description.height())
    for _ in range(6):
        page.description.appendPlainText("en rad till i beskrivningen " * 4)
        QApplication.processEvents()
        assert y(page.title_edit) == above  # nothing above the field moves, not for a moment
        for _ in range(5):
            QApplication.processEvents()
        assert y(page.title_edit) == above
        bottom = y(page.description) + page.description.height()
        assert y(page.outside_eu) - bottom == gap  # what is below moves with it, no more
