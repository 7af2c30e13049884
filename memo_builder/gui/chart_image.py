"""The cost chart for the live preview, painted with QPainter from the same chart data the
Word file's native chart uses (memo_builder.render.charts). No matplotlib: the preview must stay
fast and the program must not grow a plotting dependency for a picture Word redraws anyway.
"""

from __future__ import annotations

import math
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from memo_builder.model import swedish
from memo_builder.render.charts import COLOURS, CostChart

# Qt brush patterns that echo the Word chart's hatching, so options differ by more than colour.
_PATTERNS = (
    Qt.BrushStyle.SolidPattern,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.FDiagPattern,
    Qt.BrushStyle.HorPattern,
    Qt.BrushStyle.DiagCrossPattern,
    Qt.BrushStyle.VerPattern,
    Qt.BrushStyle.Dense5Pattern,
)


def _nice_step(maximum: float) -> float:
    """A round axis step giving four to six gridlines."""
    if maximum <= 0:
        return 1.0
    raw = maximum / 5
    magnitude = 10 ** len(str(int(raw))) / 10 if raw >= 1 else 1
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def paint_chart(chart: CostChart, width: int = 640, scale: float = 1.0) -> QImage:
    """A crisp image of the chart; ``scale`` is the device pixel ratio."""
    height = int(width * chart.aspect)
    image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont("Arial")
    font.setPixelSize(11)
    p.setFont(font)
    fm = QFontMetricsF(font)

    # A withheld value (the public version, None) is drawn as no bar at all.
    values = [[float(v / swedish.THOUSAND) if v is not None else 0.0 for v in s.values]
              for s in chart.series]
    top_value = max((max(v, default=0.0) for v in values), default=0.0)
    bottom_value = min((min(v, default=0.0) for v in values), default=0.0)
    step = _nice_step(max(top_value - min(bottom_value, 0.0), 1.0))
    axis_max = step * max(1, math.ceil(top_value / step))
    axis_min = -step * math.ceil(-bottom_value / step) if bottom_value < 0 else 0.0

    legend_h = fm.height() + 10
    label_w = max(fm.horizontalAdvance(swedish.number(Decimal(str(axis_max)))), 30) + 8
    plot = QRectF(label_w + 18, 10, width - label_w - 28, height - 10 - fm.height() - 8 - legend_h)

    def y_of(value: float) -> float:
        return plot.bottom() - (value - axis_min) / (axis_max - axis_min) * plot.height()

    # Gridlines and axis labels (tkr, Swedish grouping).
    p.setPen(QPen(QColor("#d0d0d0"), 1))
    tick = axis_min
    while tick <= axis_max + step / 2:
        y = y_of(tick)
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        text = swedish.number(Decimal(str(round(tick))))
        p.setPen(QColor("#333333"))
        p.drawText(QRectF(0, y - fm.height() / 2, label_w + 12, fm.height()),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        p.setPen(QPen(QColor("#d0d0d0"), 1))
        tick += step
    p.save()
    p.translate(10, plot.center().y())
    p.rotate(-90)
    p.setPen(QColor("#333333"))
    p.drawText(QRectF(-20, -8, 40, 14), Qt.AlignmentFlag.AlignCenter, "tkr")
    p.restore()

    groups = len(chart.years)
    series_count = max(len(chart.series), 1)
    group_w = plot.width() / max(groups, 1)
    bar_w = group_w * 0.8 / series_count
    zero_y = y_of(0.0)
    for g, year in enumerate(chart.years):
        x0 = plot.left() + g * group_w + group_w * 0.1
        for k, series_values in enumerate(values):
            colour = QColor("#" + COLOURS[k % len(COLOURS)])
            rect = QRectF(x0 + k * bar_w, min(y_of(series_values[g]), zero_y), bar_w * 0.92,
                          abs(zero_y - y_of(series_values[g])))
            p.fillRect(rect, QColor("white"))
            p.fillRect(rect, QBrush(colour, _PATTERNS[k % len(_PATTERNS)]))
            p.setPen(QPen(colour, 1))
            p.drawRect(rect)
        p.setPen(QColor("#333333"))
        p.drawText(QRectF(plot.left() + g * group_w, plot.bottom() + 4, group_w, fm.height()),
                   Qt.AlignmentFlag.AlignCenter, str(year))
    p.setPen(QPen(QColor("#888888"), 1))
    p.drawLine(QPointF(plot.left(), zero_y), QPointF(plot.right(), zero_y))

    # Legend: a swatch and the series name, centred under the plot.
    items = [(s.name, k) for k, s in enumerate(chart.series)]
    total_w = sum(fm.horizontalAdvance(name) + 30 for name, _ in items)
    x = max(plot.left(), (width - total_w) / 2)
    y = height - legend_h + 4
    for name, k in items:
        colour = QColor("#" + COLOURS[k % len(COLOURS)])
        swatch = QRectF(x, y + 2, 12, 12)
        p.fillRect(swatch, QBrush(colour, _PATTERNS[k % len(_PATTERNS)]))
        p.setPen(QPen(colour, 1))
        p.drawRect(swatch)
        p.setPen(QColor("#333333"))
        p.drawText(QPointF(x + 16, y + 12), name)
        x += fm.horizontalAdvance(name) + 30
    p.end()
    return image
