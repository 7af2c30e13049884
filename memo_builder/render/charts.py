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
from html import escape as _html_escape

from lxml import etree
from lxml.builder import ElementMaker

from memo_builder.model import swedish
from memo_builder.model.costs import OptionCosts
from memo_builder.model.secrecy import FigureKey


def escape(text: str) -> str:
    """XML text escaping (&, <, >), as xml.sax.saxutils.escape does; that module imports
    urllib.request, http.client, ssl and email, about a tenth of a build's start-up."""
    return _html_escape(text, quote=False)


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
    values: tuple[Decimal | None, ...]  # kronor per year, exact; None: withheld (sekretess)
    total_withheld: bool = False  # the public version withholds the option's total
    #: The public version states some bars rounded (model/secrecy.py ``Figure.public``).
    rounded: bool = False


@dataclass(frozen=True)
class CostChart:
    years: tuple[int, ...]
    series: tuple[Series, ...]
    title: str = "Kostnad per år och alternativ (tkr)"
    aspect: float = 0.55  # height / width

    @property
    def alt(self) -> str:
        return alt_text(self)

    @property
    def withheld_note(self) -> str:
        """The public version: which bars are left out, said at the chart ("" when none)."""
        parts = [f"{s.name.lower()} {_years_said(self.years, s.values)}"
                 for s in self.series if None in s.values]
        if not parts:
            return ""
        return (f"Diagrammet visar inte staplarna för {swedish.join(parts)}: beloppen omfattas "
                "av sekretess eller skulle göra det möjligt att räkna fram en sådan uppgift.")


def _years_said(years, values) -> str:
    hidden = [str(y) for y, v in zip(years, values, strict=True) if v is None]
    return ("år " if len(hidden) == 1 else "åren ") + swedish.join(hidden)


def cost_chart(all_costs: list[OptionCosts], withheld=None, rounded=None) -> CostChart | None:
    """Chart data for the memo's options, or None when there is nothing sensible to draw.

    ``withheld`` (the public version) takes a figure key, ``FigureKey("year", option,
    year=year)`` or ``FigureKey("total", option)``, and says whether it is withheld: such a bar
    is left out, and so is everything the alt text would say about it. ``rounded`` (the
    public version) takes the same key and gives the rounded amount the public version states
    for it, or None: the bar is drawn at that amount."""
    hide = withheld or (lambda key: False)
    approx = rounded or (lambda key: None)

    def bar(i, c, y):
        key = FigureKey("year", i - 1, year=y)
        if hide(key):
            return None
        value = approx(key)
        return value if value is not None else c.per_year.get(y, Decimal(0))

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
            values=tuple(bar(i, c, y) for y in years),
            total_withheld=hide(FigureKey("total", i - 1)),
            rounded=any(approx(FigureKey("year", i - 1, year=y)) is not None for y in years),
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
        label = f"{s.name} ({s.title})" if s.title else s.name
        if s.total_withheld or None in s.values:
            # The public version: say nothing that could be combined into a withheld figure.
            total = "totalen omfattas av sekretess" if s.total_withheld else (
                f"totalt {'cirka ' if s.rounded else ''}"
                f"{swedish.tkr(sum((v for v in s.values if v is not None), Decimal(0)))} tkr"
                if None not in s.values else "")
            years = (f"{_years_said(chart.years, s.values)} omfattas av sekretess"
                     if None in s.values else "")
            parts.append(f"{label}: {', '.join(p for p in (total, years) if p)}.")
            continue
        total = sum(s.values, Decimal(0))
        peak = max(range(len(s.values)), key=lambda k: s.values[k])
        # Each total with the years it covers: totals over different years are not alike.
        covered = tuple(y for y, v in zip(chart.years, s.values, strict=True) if v)
        span = f" under {_span(covered)}" if covered else ""
        about = "cirka " if s.rounded else ""
        parts.append(
            f"{label}: totalt {about}{swedish.tkr(total)} tkr{span}, mest {chart.years[peak]} "
            f"med {about}{swedish.tkr(s.values[peak])} tkr."
        )
    parts.append("Samma siffror finns i tabellen Kostnad per år och alternativ.")
    return " ".join(parts)


# -- native Word chart ------------------------------------------------------------------------

NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_C = ElementMaker(namespace=NS_C, nsmap={"c": NS_C, "a": NS_A, "r": NS_R})
_A = ElementMaker(namespace=NS_A, nsmap={"a": NS_A})
_SHEET = "Blad1"
# "#,##0" with the Swedish locale tag (LCID 0x41D): thousands grouped with a space in Word and
# LibreOffice whatever the reader's own locale, as Swedish writing rules want.
AXIS_FORMAT = "[$-41D]#,##0"
_FONT = "Arial"
# The two axes refer to each other by these ids.
_CAT_AX, _VAL_AX = "111111111", "222222222"


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


def _val(tag: str, value) -> etree._Element:
    """``<c:tag val="value"/>``: most chart settings are this one shape."""
    return _C(tag, val=str(value))


def _colour(value: str) -> etree._Element:
    return _A.solidFill(_A.srgbClr(val=value))


def _text_props(size_hundredths: int, bold: bool = False) -> etree._Element:
    attrs = {"sz": str(size_hundredths), **({"b": "1"} if bold else {})}
    return _C.txPr(
        _A.bodyPr(), _A.lstStyle(),
        _A.p(_A.pPr(_A.defRPr(_colour("1A1A1A"), _A.latin(typeface=_FONT),
                              _A.cs(typeface=_FONT), **attrs)),
             _A.endParaRPr(lang="sv-SE")),
    )


# DrawingML preset patterns (the preview paints matching Qt brush patterns): white lines or
# dots over the series colour, so bars differ by more than colour (also in greyscale print).
# The first series stays solid.
DML_PATTERNS = ("", "wdUpDiag", "smGrid", "wdDnDiag", "horz", "openDmnd", "vert", "pct50")


def _fill(k: int) -> etree._Element:
    colour = COLOURS[k % len(COLOURS)]
    pattern = DML_PATTERNS[k % len(DML_PATTERNS)]
    if not pattern:
        return _colour(colour)
    return _A.pattFill(_A.fgClr(_A.srgbClr(val="FFFFFF")), _A.bgClr(_A.srgbClr(val=colour)),
                       prst=pattern)


def _line(colour: str, width_emu: int = 9525) -> etree._Element:
    return _A.ln(_colour(colour), w=str(width_emu))


def _no_line() -> etree._Element:
    return _A.ln(_A.noFill())


def _str_cache(ref: str, values: list[str]) -> etree._Element:
    return _C.strRef(_C.f(ref), _C.strCache(
        _val("ptCount", len(values)),
        *(_C.pt(_C.v(v), idx=str(i)) for i, v in enumerate(values)),
    ))


def _series(k: int, s: Series, chart: CostChart) -> etree._Element:
    col = _col(k + 1)
    n_years = len(chart.years)
    return _C.ser(
        _val("idx", k), _val("order", k),
        _C.tx(_str_cache(f"{_SHEET}!${col}$1", [s.name])),
        _C.spPr(_fill(k), _line("FFFFFF", 6350)),
        _val("invertIfNegative", 0),
        _C.cat(_str_cache(f"{_SHEET}!$A$2:$A${n_years + 1}", [str(y) for y in chart.years])),
        _C.val(_C.numRef(
            _C.f(f"{_SHEET}!${col}$2:${col}${n_years + 1}"),
            _C.numCache(
                _C.formatCode(AXIS_FORMAT), _val("ptCount", n_years),
                *(_C.pt(_C.v(_num(v)), idx=str(i)) for i, v in enumerate(s.values)
                  if v is not None),
            ),
        )),
    )


def _axis_common(ax_id: str, position: str) -> list[etree._Element]:
    return [_val("axId", ax_id), _C.scaling(_val("orientation", "minMax")), _val("delete", 0),
            _val("axPos", position)]


def chart_xml(chart: CostChart, *, workbook_rel_id: str | None = "rId1") -> bytes:
    """The ``c:chartSpace`` part: clustered columns, years as categories, options as series.

    Every value is cached in the XML (``c:strCache``/``c:numCache``), which is what Word and
    LibreOffice draw; ``workbook_rel_id`` names the relationship to the embedded workbook that
    Word opens for "Edit data" (None: no workbook, the chart is still drawn). Built with lxml,
    so every name and value is escaped and the elements keep the schema's order.
    """
    bar_chart = _C.barChart(
        _val("barDir", "col"), _val("grouping", "clustered"), _val("varyColors", 0),
        *(_series(k, s, chart) for k, s in enumerate(chart.series)),
        _val("gapWidth", 60), _val("overlap", 0), _val("axId", _CAT_AX), _val("axId", _VAL_AX),
    )
    category_axis = _C.catAx(  # the years
        *_axis_common(_CAT_AX, "b"),
        _C.numFmt(formatCode="General", sourceLinked="0"),
        _val("majorTickMark", "none"), _val("minorTickMark", "none"), _val("tickLblPos", "low"),
        _C.spPr(_line("8C8C8C")), _text_props(900),
        _val("crossAx", _VAL_AX), _val("crosses", "autoZero"), _val("auto", 1),
        _val("lblAlgn", "ctr"), _val("lblOffset", 100), _val("noMultiLvlLbl", 0),
    )
    value_axis = _C.valAx(  # tkr, grouped thousands, light gridlines
        *_axis_common(_VAL_AX, "l"),
        _C.majorGridlines(_C.spPr(_line("D9D9D9"))),
        _C.title(
            _C.tx(_C.rich(
                _A.bodyPr(), _A.lstStyle(),
                _A.p(_A.pPr(_A.defRPr(_A.latin(typeface=_FONT), sz="900", b="0")),
                     _A.r(_A.rPr(lang="sv-SE", sz="900", b="0"), _A.t("tkr"))),
            )),
            _val("overlay", 0),
        ),
        _C.numFmt(formatCode=AXIS_FORMAT, sourceLinked="0"),
        _val("majorTickMark", "none"), _val("minorTickMark", "none"),
        _val("tickLblPos", "nextTo"),
        _C.spPr(_no_line()), _text_props(900),
        _val("crossAx", _CAT_AX), _val("crosses", "autoZero"), _val("crossBetween", "between"),
    )
    space = _C.chartSpace(
        _val("date1904", 0), _C.lang(val="sv-SE"), _val("roundedCorners", 0),
        _C.chart(
            _val("autoTitleDeleted", 1),
            _C.plotArea(_C.layout(), bar_chart, category_axis, value_axis,
                        _C.spPr(_A.noFill(), _no_line())),
            _C.legend(_val("legendPos", "b"), _val("overlay", 0), _text_props(900)),
            _val("plotVisOnly", 1), _val("dispBlanksAs", "gap"),
        ),
        _C.spPr(_colour("FFFFFF"), _no_line()),
        _text_props(900),
    )
    if workbook_rel_id:
        external = _C.externalData(_val("autoUpdate", 0))
        external.set(f"{{{NS_R}}}id", workbook_rel_id)
        space.append(external)
    return etree.tostring(space, xml_declaration=True, encoding="UTF-8", standalone=True)


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
            for k, s in enumerate(chart.series) if s.values[i] is not None
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
