"""The chart of cost per year per option: data, alt text and a native Word chart.

The Word file gets a native chart (a DrawingML ``c:chartSpace`` part with a clustered bar chart,
its values cached in the XML and an embedded workbook), so Word can restyle it and edit its data,
and LibreOffice draws it from the cache. The numbers are also in a table next to it; the chart
is never the only place a figure appears. The live preview paints the same :class:`CostChart`
with QPainter (memo_builder/gui/chart_image.py); no Qt here.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from decimal import Context, Decimal
from xml.sax.saxutils import escape

from memo_builder import swedish
from memo_builder.model.costs import OptionCosts

# The name under which the template places the chart (<img src=...>) and under which the
# writers look it up: the Word writer in its ``charts`` map, the preview as an image resource.
CHART_SRC = "chart:costs-per-year"

# A chart with more bars than this cannot be read; the per-year table still carries every
# figure, so the chart is left out rather than drawn as noise.
MAX_OPTIONS = 8
MAX_YEARS = 15

# Okabe–Ito colours: distinguishable with the common colour-vision deficiencies, and every one
# of them dark or saturated enough against white. Hatching (PNG) and the legend order back them.
COLOURS = ("0072B2", "E69F00", "009E73", "CC79A7", "56B4E9", "D55E00", "000000", "F0E442")


@dataclass(frozen=True)
class Series:
    name: str  # "Alternativ 1"
    title: str  # the option's title
    values: tuple[Decimal, ...]  # kronor per year, exact


@dataclass(frozen=True)
class CostChart:
    years: tuple[int, ...]
    series: tuple[Series, ...]
    title: str = "Kostnad per år och alternativ (tkr)"
    aspect: float = 0.55  # height / width

    @property
    def alt(self) -> str:
        return alt_text(self)

    def tkr(self, value: Decimal) -> Decimal:
        return value / swedish.THOUSAND


def cost_chart(all_costs: list[OptionCosts]) -> CostChart | None:
    """Chart data for the memo's options, or None when there is nothing sensible to draw."""
    costs = [c for c in all_costs if c.years]
    if not costs or len(all_costs) > MAX_OPTIONS:
        return None
    first = min(c.years[0] for c in costs)
    last = max(c.years[-1] for c in costs)
    if last - first + 1 > MAX_YEARS:
        return None
    years = tuple(range(first, last + 1))
    series = tuple(
        Series(
            name=f"Alternativ {i}",
            title=(c.option.title or "").strip(),
            values=tuple(c.per_year.get(y, Decimal(0)) for y in years),
        )
        for i, c in enumerate(all_costs, start=1)
    )
    return CostChart(years, series)


def _span(years: tuple[int, ...]) -> str:
    return str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"


def alt_text(chart: CostChart) -> str:
    """What the chart shows, in words: kind, unit, years, and each option's total and peak."""
    count = len(chart.series)
    words = {1: "ett", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju", 8: "åtta"}
    parts = [
        f"Stapeldiagram över kostnaden per år i tusental kronor för {words.get(count, count)} "
        f"alternativ, åren {_span(chart.years)}."
    ]
    for s in chart.series:
        total = sum(s.values, Decimal(0))
        peak = max(range(len(s.values)), key=lambda k: s.values[k])
        label = f"{s.name} ({s.title})" if s.title else s.name
        parts.append(
            f"{label}: totalt {swedish.tkr(total)} tkr, mest {chart.years[peak]} "
            f"med {swedish.tkr(s.values[peak])} tkr."
        )
    parts.append("Samma siffror finns i tabellen Kostnad per år och alternativ.")
    return " ".join(parts)


# -- native Word chart ------------------------------------------------------------------------

_NS = (
    'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
_SHEET = "Blad1"
# "#,##0" with the Swedish locale tag (LCID 0x41D): thousands grouped with a space in Word and
# LibreOffice whatever the reader's own locale, as Swedish writing rules want.
AXIS_FORMAT = "[$-41D]#,##0"
_FONT = "Arial"


def _col(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA (spreadsheet column names)."""
    name = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        name = chr(65 + rem) + name
    return name


def _num(value: Decimal) -> str:
    """A cached chart value: tkr with three decimals (exact to the krona), plain digits."""
    tkr = value / swedish.THOUSAND
    # Precision sized to the value: the default 28 digits raise on amounts above 10^25.
    return format(tkr.quantize(Decimal("0.001"), context=Context(prec=max(28, tkr.adjusted() + 5))), "f")


def _text_props(size_hundredths: int, bold: bool = False) -> str:
    b = ' b="1"' if bold else ""
    return (
        "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>"
        f'<a:defRPr sz="{size_hundredths}"{b}><a:solidFill><a:srgbClr val="1A1A1A"/></a:solidFill>'
        f'<a:latin typeface="{_FONT}"/><a:cs typeface="{_FONT}"/></a:defRPr>'
        '</a:pPr><a:endParaRPr lang="sv-SE"/></a:p></c:txPr>'
    )


# DrawingML preset patterns (the preview paints matching Qt brush patterns): white lines or dots over the series colour, so
# bars differ by more than colour (also in greyscale print). The first series stays solid.
DML_PATTERNS = ("", "wdUpDiag", "smGrid", "wdDnDiag", "horz", "openDmnd", "vert", "pct50")


def _fill(k: int) -> str:
    colour = COLOURS[k % len(COLOURS)]
    pattern = DML_PATTERNS[k % len(DML_PATTERNS)]
    if not pattern:
        return f'<a:solidFill><a:srgbClr val="{colour}"/></a:solidFill>'
    return (
        f'<a:pattFill prst="{pattern}"><a:fgClr><a:srgbClr val="FFFFFF"/></a:fgClr>'
        f'<a:bgClr><a:srgbClr val="{colour}"/></a:bgClr></a:pattFill>'
    )


def _line(colour: str, width_emu: int = 9525) -> str:
    return f'<a:ln w="{width_emu}"><a:solidFill><a:srgbClr val="{colour}"/></a:solidFill></a:ln>'


def chart_xml(chart: CostChart, *, workbook_rel_id: str | None = "rId1") -> bytes:
    """The ``c:chartSpace`` part: clustered columns, years as categories, options as series.

    Every value is cached in the XML (``c:strCache``/``c:numCache``), which is what Word and
    LibreOffice draw; ``workbook_rel_id`` names the relationship to the embedded workbook that
    Word opens for "Edit data" (None: no workbook, the chart is still drawn).
    """
    n_years = len(chart.years)
    cat_ref = f"{_SHEET}!$A$2:$A${n_years + 1}"
    cats = "".join(
        f'<c:pt idx="{i}"><c:v>{y}</c:v></c:pt>' for i, y in enumerate(chart.years)
    )
    series_xml = []
    for k, s in enumerate(chart.series):
        col = _col(k + 1)
        pts = "".join(f'<c:pt idx="{i}"><c:v>{_num(v)}</c:v></c:pt>' for i, v in enumerate(s.values))
        series_xml.append(
            f'<c:ser><c:idx val="{k}"/><c:order val="{k}"/>'
            f"<c:tx><c:strRef><c:f>{_SHEET}!${col}$1</c:f><c:strCache><c:ptCount val=\"1\"/>"
            f'<c:pt idx="0"><c:v>{escape(s.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>'
            f'<c:spPr>{_fill(k)}{_line("FFFFFF", 6350)}</c:spPr>'
            '<c:invertIfNegative val="0"/>'
            f"<c:cat><c:strRef><c:f>{cat_ref}</c:f><c:strCache><c:ptCount val=\"{n_years}\"/>"
            f"{cats}</c:strCache></c:strRef></c:cat>"
            f"<c:val><c:numRef><c:f>{_SHEET}!${col}$2:${col}${n_years + 1}</c:f><c:numCache>"
            f'<c:formatCode>{AXIS_FORMAT}</c:formatCode><c:ptCount val="{n_years}"/>{pts}'
            "</c:numCache></c:numRef></c:val></c:ser>"
        )
    external = (
        f'<c:externalData r:id="{workbook_rel_id}"><c:autoUpdate val="0"/></c:externalData>'
        if workbook_rel_id
        else ""
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f"<c:chartSpace {_NS}>"
        '<c:date1904 val="0"/><c:lang val="sv-SE"/><c:roundedCorners val="0"/>'
        "<c:chart>"
        '<c:autoTitleDeleted val="1"/>'
        "<c:plotArea><c:layout/>"
        '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>'
        + "".join(series_xml)
        + '<c:gapWidth val="60"/><c:overlap val="0"/>'
        '<c:axId val="111111111"/><c:axId val="222222222"/></c:barChart>'
        # Category axis: the years.
        '<c:catAx><c:axId val="111111111"/><c:scaling><c:orientation val="minMax"/></c:scaling>'
        '<c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/>'
        '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>'
        f"<c:spPr>{_line('8C8C8C')}</c:spPr>{_text_props(900)}"
        '<c:crossAx val="222222222"/><c:crosses val="autoZero"/><c:auto val="1"/>'
        '<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
        # Value axis: tkr, grouped thousands, light gridlines.
        '<c:valAx><c:axId val="222222222"/><c:scaling><c:orientation val="minMax"/></c:scaling>'
        '<c:delete val="0"/><c:axPos val="l"/>'
        f"<c:majorGridlines><c:spPr>{_line('D9D9D9')}</c:spPr></c:majorGridlines>"
        "<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>"
        f'<a:defRPr sz="900" b="0"><a:latin typeface="{_FONT}"/></a:defRPr></a:pPr>'
        '<a:r><a:rPr lang="sv-SE" sz="900" b="0"/><a:t>tkr</a:t></a:r></a:p></c:rich></c:tx>'
        '<c:overlay val="0"/></c:title>'
        f'<c:numFmt formatCode="{AXIS_FORMAT}" sourceLinked="0"/>'
        '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>'
        f'<c:spPr><a:ln><a:noFill/></a:ln></c:spPr>{_text_props(900)}'
        '<c:crossAx val="111111111"/><c:crosses val="autoZero"/>'
        '<c:crossBetween val="between"/></c:valAx>'
        "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"
        "</c:plotArea>"
        '<c:legend><c:legendPos val="b"/><c:overlay val="0"/>'
        f"{_text_props(900)}</c:legend>"
        '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>'
        "</c:chart>"
        f"<c:spPr><a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>"
        f"{_text_props(900)}"
        f"{external}"
        "</c:chartSpace>"
    )
    return xml.encode("utf-8")


def chart_workbook(chart: CostChart) -> bytes:
    """A minimal .xlsx with the chart's data (Word's "Edit data" opens it).

    Row 1: "År" and the series names; then one row per year with the values in tkr. Written by
    hand (inline strings, no shared strings): about two kilobytes, no dependency.
    """
    rows = []
    header = ['<c r="A1" t="inlineStr"><is><t>År</t></is></c>'] + [
        f'<c r="{_col(k + 1)}1" t="inlineStr"><is><t>{escape(s.name)}</t></is></c>'
        for k, s in enumerate(chart.series)
    ]
    rows.append(f'<row r="1">{"".join(header)}</row>')
    for i, year in enumerate(chart.years):
        r = i + 2
        cells = [f'<c r="A{r}" t="inlineStr"><is><t>{year}</t></is></c>'] + [
            f'<c r="{_col(k + 1)}{r}"><v>{_num(s.values[i])}</v></c>'
            for k, s in enumerate(chart.series)
        ]
        rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
            f'<sheet name="{_SHEET}" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{rel}/styles" Target="styles.xml"/>'
            "</Relationships>"
        ),
        # One default font and cell format: Excel opens workbooks without them, but not every
        # spreadsheet program does.
        "xl/styles.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<styleSheet xmlns="{main}">'
            '<fonts count="1"><font><sz val="11"/><name val="Arial"/></font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill>'
            '<fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
            "</styleSheet>"
        ),
        "xl/worksheets/sheet1.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<worksheet xmlns="{main}"><sheetData>{"".join(rows)}</sheetData></worksheet>'
        ),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))  # reproducible bytes
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()
