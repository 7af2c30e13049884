"""The live preview shows the cost chart (painted from the same data as the Word chart)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage

from memo_builder.files.paths import example_memo_path
from memo_builder.gui.chart_image import paint_chart
from memo_builder.model.costs import memo_costs
from memo_builder.render.charts import CHART_SRC, cost_chart
from tests.helpers import example_memo


def test_preview_resolves_the_chart_image(window):
    assert window.load_file(Path(example_memo_path()))
    window.preview.hold = False
    window.preview.refresh_now()
    assert f'src="{CHART_SRC}"' in window.preview.render_html()
    image = window.preview.loadResource(2, QUrl(CHART_SRC))  # 2 = QTextDocument.ImageResource
    assert isinstance(image, QImage) and not image.isNull()
    assert image.width() >= 320


def test_chart_image_bars_follow_the_data(qapp):
    chart = cost_chart(memo_costs(example_memo()))
    image = paint_chart(chart, 640, 1.0)
    assert (image.width(), image.height()) == (640, int(640 * chart.aspect))
    # Something other than white was painted in the plot area (bars, gridlines, labels).
    colours = {image.pixel(x, y) for x in range(60, 620, 7) for y in range(20, 300, 7)}
    assert len(colours) > 3


def test_memo_without_costs_has_no_chart_image(window, tmp_path):
    from memo_builder.files import storage

    memo = example_memo()
    for option in memo.options:
        option.cost_lines = []
    path = tmp_path / "inga-kostnader.memo"
    storage.save(memo, path)
    assert window.load_file(path)
    window.preview.hold = False
    window.preview.refresh_now()
    assert CHART_SRC not in window.preview.render_html()
    image = window.preview.loadResource(2, QUrl(CHART_SRC))
    assert not isinstance(image, QImage) or image.isNull()
