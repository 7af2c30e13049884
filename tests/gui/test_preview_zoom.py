"""The preview shows the page as Word would at the preview's width (issue 24): fitted to the
width down to 75 %, below that the page keeps its width and the preview scrolls sideways; a
table is never reflowed narrower than the page and a figure is never split across lines.

Read back from the QTextDocument the user sees: every table cell's lines as laid out."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QTextTable, QWheelEvent
from PySide6.QtWidgets import QApplication

from memo_builder.gui.preview import MIN_FIT_ZOOM, page_width
from memo_builder.model.memo import CostCategory, CostLine, Memo, Option, Recurrence
from tests.helpers import example_memo

#: A figure as the memo writes it: digits in groups of three (no-break spaces), a decimal
#: comma, a minus; "2018" and "–" too.
FIGURE = re.compile(r"[−-]?\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:,\d+)?|[−-]?\d+(?:,\d+)?")
#: Where a line may end inside a cell's text: after a space, a dash or a slash.
BREAKS = " \u2028-–/"


def eight_years() -> Memo:
    """A region's memo over eight years (2027–2034), in euros and kronor, long labels."""
    memo = Memo()
    memo.case.organisation = "Region Västernorrland"
    memo.case.board = "Regionstyrelsen"
    memo.case.title = "Förlängning av avtal om vårdplaneringssystem"
    memo.case.memo_date = date(2026, 9, 14)
    memo.case.meeting_date = date(2026, 10, 20)
    lines = [
        CostLine(category=CostCategory.LICENCES, description="Säkerhetslicens för journalåtkomst, "
                 "samtliga vårdenheter", volume=Decimal(12400), volume_unit="användare",
                 unit_price=Decimal("87.5"), currency="EUR", exchange_rate=Decimal("11.42"),
                 first_year=2027, last_year=2034, index_percent=Decimal("2.5")),
        CostLine(category=CostCategory.SUPPORT, description="Drift och förvaltning hos leverantören",
                 volume=Decimal(1), volume_unit="avtal", unit_price=Decimal(4750000),
                 first_year=2027, last_year=2034, index_percent=Decimal(3)),
        CostLine(category=CostCategory.INTERNAL_STAFF, internal=True, description="Systemförvaltare",
                 volume=Decimal("3.5"), volume_unit="årsarbetskrafter", unit_price=Decimal(812000),
                 first_year=2027, last_year=2034),
        CostLine(category=CostCategory.MIGRATION, recurrence=Recurrence.ONE_OFF,
                 description="Migrering av historiska vårdplaner", volume=Decimal(1),
                 volume_unit="projekt", unit_price=Decimal(12650000), first_year=2027, last_year=2027),
    ]
    memo.options.append(Option(title="Förläng avtalet i åtta år", cost_lines=lines))
    memo.options.append(Option(title="Upphandla nytt system", cost_lines=[
        CostLine(description="Nytt system, licenser", volume=Decimal(12400), volume_unit="användare",
                 unit_price=Decimal(1210), first_year=2028, last_year=2034)]))
    memo.recommended_option_id = memo.options[0].id
    return memo


def cell_lines(document) -> list[tuple[str, list[str]]]:
    """(cell text, the lines it is laid out on) for every table cell of the preview."""
    document.documentLayout().documentSize()  # lay the whole page out
    out = []
    frames = [document.rootFrame()]
    while frames:
        frame = frames.pop()
        frames.extend(frame.childFrames())
        if not isinstance(frame, QTextTable):
            continue
        for r in range(frame.rows()):
            for c in range(frame.columns()):
                cell = frame.cellAt(r, c)
                block = cell.firstCursorPosition().block()
                end = cell.lastCursorPosition().block()
                while block.isValid():
                    text, layout = block.text(), block.layout()
                    lines = [text[layout.lineAt(i).textStart():
                                  layout.lineAt(i).textStart() + layout.lineAt(i).textLength()]
                             for i in range(layout.lineCount())]
                    out.append((text, lines))
                    if block == end:
                        break
                    block = block.next()
    return out


def split_figures_and_words(document) -> list[str]:
    wrong = []
    for text, lines in cell_lines(document):
        starts, pos = [], 0
        for line in lines:
            starts.append(pos)
            pos += len(line)
        for m in FIGURE.finditer(text):
            line_of = [max(i for i, s in enumerate(starts) if s <= k) for k in (m.start(), m.end() - 1)]
            if line_of[0] != line_of[1]:
                wrong.append(f"figure {m.group()!r} split in {lines!r}")
        for s in starts[1:]:
            if s > 0 and text[s - 1] not in BREAKS and not text[s - 1].isspace():
                wrong.append(f"word split in {lines!r}")
    return wrong


@pytest.mark.parametrize("make", [example_memo, eight_years], ids=["example", "eight-years"])
@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_every_figure_in_the_preview_is_whole_at_laptop_sizes(window, make, size):
    w = window
    w.doc.memo = make()
    w.doc.replaced.emit()
    w.preview.setVisible(True)
    w.resize(*size)
    QApplication.processEvents()
    w.preview.refresh_now()
    QApplication.processEvents()
    cells = cell_lines(w.preview.document())
    assert len(cells) > 40  # the cost tables are there
    assert any("2034" in text for text, _ in cells) or make is example_memo
    assert split_figures_and_words(w.preview.document()) == []


def test_the_page_fits_the_width_down_to_75_percent_then_scrolls_sideways(window):
    w = window
    w.doc.memo = eight_years()
    w.doc.replaced.emit()
    w.preview.setVisible(True)
    w.resize(1280, 720)
    QApplication.processEvents()
    w.preview.refresh_now()
    preview = w.preview
    # A laptop's preview is narrower than the page at 75 %: the page keeps that width.
    assert preview.viewport().width() < page_width(MIN_FIT_ZOOM)
    assert preview.zoom == pytest.approx(MIN_FIT_ZOOM)
    assert preview.document().textWidth() >= page_width(MIN_FIT_ZOOM)
    QApplication.processEvents()
    assert preview.horizontalScrollBar().maximum() > 0
    # A wide preview fits the page to its width, without a sideways scroll bar.
    w.splitter.setSizes([300, 1000])
    QApplication.processEvents()
    assert preview.zoom > MIN_FIT_ZOOM
    assert preview.document().textWidth() <= preview.viewport().width()
    # ... and then no sideways scroll bar with nothing to scroll (nor in the step list)
    assert preview.horizontalScrollBar().maximum() == 0
    assert w.step_list.horizontalScrollBar().maximum() == 0
    assert w.step_list.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert split_figures_and_words(preview.document()) == []


def test_zoom_in_out_ctrl_wheel_and_back_to_fitting(window, qtbot):
    w = window
    w.doc.memo = eight_years()
    w.doc.replaced.emit()
    w.preview.setVisible(True)
    w.resize(1366, 768)
    QApplication.processEvents()
    preview = w.preview
    fitted = preview.zoom
    w.act_zoom_in.trigger()
    assert preview.zoom > fitted and preview.chosen_zoom == preview.zoom
    assert preview.document().textWidth() == page_width(preview.zoom)
    w.act_zoom_out.trigger()
    w.act_zoom_out.trigger()
    assert preview.zoom < fitted
    before = preview.zoom
    centre = QPointF(preview.viewport().rect().center())
    for delta in (120, 120):
        event = QWheelEvent(centre, preview.mapToGlobal(centre), QPoint(0, 0), QPoint(0, delta),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(preview.viewport(), event)
    assert preview.zoom > before
    w.act_zoom_fit.trigger()
    assert preview.chosen_zoom is None and preview.zoom == pytest.approx(preview.fit_zoom())
    # A figure stays whole at every zoom.
    for _ in range(4):
        w.act_zoom_out.trigger()
    w.preview.refresh_now()
    assert split_figures_and_words(preview.document()) == []


def test_the_chosen_zoom_is_remembered_and_a_bad_setting_is_ignored(window, qtbot, tmp_path):
    from memo_builder.files import settings
    from memo_builder.gui.main_window import MainWindow
    from memo_builder.gui.recovery import RecoveryStore

    window.act_zoom_in.trigger()
    window.act_zoom_in.trigger()
    chosen = window.preview.zoom
    again = MainWindow(store=RecoveryStore(tmp_path / "recovery2"))
    qtbot.addWidget(again)
    assert again.preview.chosen_zoom == chosen == again.preview.zoom
    again.act_zoom_fit.trigger()
    assert settings.get("preview_zoom") is None
    for bad in ("stor", 40, -1, True, [1]):
        settings.set_value("preview_zoom", bad)
        third = MainWindow(store=RecoveryStore(tmp_path / "recovery3"))
        qtbot.addWidget(third)
        assert third.preview.chosen_zoom is None, bad
        third.doc.mark_saved()
        third.autosaver.close()
    again.doc.mark_saved()
    again.autosaver.close()
