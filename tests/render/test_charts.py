"""The cost chart: data, alt text, the native Word chart part, its workbook, and the PNG."""

from __future__ import annotations

import io
import re
import zipfile
from decimal import Decimal as D

from lxml import etree

from memo_builder.model.costs import memo_costs
from memo_builder.model.memo import CostLine, Memo, Option, Recurrence
from memo_builder.render.charts import (
    CHART_SRC,
    MAX_OPTIONS,
    chart_workbook,
    chart_xml,
    cost_chart,
)
from memo_builder.render.pipeline import build_docx
from tests.helpers import convert_to_pdf, example_memo, pdf_text, require_soffice

C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def one_off(price: str, year: int) -> CostLine:
    return CostLine(unit_price=D(price), first_year=year, last_year=year,
                    recurrence=Recurrence.ONE_OFF, description="x")


def small_memo() -> Memo:
    return Memo(
        options=[
            Option(title="Förnya", cost_lines=[one_off("1500", 2018), one_off("2500", 2020)]),
            Option(title="Avveckla", cost_lines=[one_off("700", 2019)]),
        ]
    )


def test_chart_data_covers_every_year_in_the_span():
    chart = cost_chart(memo_costs(small_memo()))
    assert chart.years == (2018, 2019, 2020)  # 2019 is a gap year for "Förnya": still a category
    assert [s.name for s in chart.series] == ["Alternativ 1", "Alternativ 2"]
    assert chart.series[0].values == (D("1500.00"), D(0), D("2500.00"))
    assert chart.series[1].values == (D(0), D("700.00"), D(0))


def test_no_chart_without_costs_or_with_too_many_options():
    assert cost_chart(memo_costs(Memo(options=[Option(), Option()]))) is None
    many = Memo(options=[Option(cost_lines=[one_off("1", 2018)]) for _ in range(MAX_OPTIONS + 1)])
    assert cost_chart(memo_costs(many)) is None


def test_alt_text_says_what_the_chart_shows():
    alt = cost_chart(memo_costs(small_memo())).alt
    assert alt.startswith("Stapeldiagram över kostnaden per år i tusental kronor för två alternativ")
    assert "2018–2020" in alt
    # 1 500 + 2 500 = 4 000 kr = 4 tkr, highest 2020 with 2 500 kr -> "3" tkr (rounded half up)
    # Each total with the years it covers (issue 20): totals over different years differ in kind.
    assert "Alternativ 1 (Förnya): totalt 4 tkr under 2018–2020, mest 2020 med 3 tkr." in alt
    assert "Alternativ 2 (Avveckla): totalt 1 tkr under 2019, mest 2019 med 1 tkr." in alt
    assert "tabellen" in alt


def test_chart_xml_caches_the_values_in_tkr():
    chart = cost_chart(memo_costs(small_memo()))
    root = etree.fromstring(chart_xml(chart))
    assert root.tag == C + "chartSpace"
    bar = root.find(f"{C}chart/{C}plotArea/{C}barChart")
    assert bar.find(C + "barDir").get("val") == "col"
    assert bar.find(C + "grouping").get("val") == "clustered"
    series = bar.findall(C + "ser")
    assert len(series) == 2
    names = [s.find(f"{C}tx//{C}v").text for s in series]
    assert names == ["Alternativ 1", "Alternativ 2"]
    cats = [v.text for v in series[0].iterfind(f"{C}cat//{C}pt/{C}v")]
    assert cats == ["2018", "2019", "2020"]
    values = [v.text for v in series[0].iterfind(f"{C}val//{C}pt/{C}v")]
    assert values == ["1.500", "0.000", "2.500"]  # kronor / 1 000
    assert root.find(C + "externalData").get(R + "id") == "rId1"
    # Swedish grouping on the axis whatever the reader's locale
    assert root.find(f".//{C}valAx/{C}numFmt").get("formatCode") == "[$-41D]#,##0"


def test_workbook_holds_the_same_numbers():
    chart = cost_chart(memo_costs(small_memo()))
    with zipfile.ZipFile(io.BytesIO(chart_workbook(chart))) as z:
        assert z.testzip() is None
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
        for name in z.namelist():
            if name.endswith((".xml", ".rels")):
                etree.fromstring(z.read(name))  # well-formed
    assert "<t>Alternativ 2</t>" in sheet
    assert re.findall(r'<c r="B\d"><v>([^<]+)</v>', sheet) == ["1.500", "0.000", "2.500"]


def test_word_file_has_a_native_chart_with_alt_text():
    memo = example_memo()
    buffer = io.BytesIO()
    build_docx(memo, buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as z:
        names = z.namelist()
        assert "word/charts/chart1.xml" in names
        assert any(n.startswith("word/embeddings/") and n.endswith(".xlsx") for n in names)
        document = etree.fromstring(z.read("word/document.xml"))
        rels = z.read("word/_rels/document.xml.rels").decode()
        chart = etree.fromstring(z.read("word/charts/chart1.xml"))
    chart_refs = list(document.iter(C + "chart"))
    assert len(chart_refs) == 1
    rel_id = chart_refs[0].get(R + "id")
    assert re.search(rf'Id="{rel_id}"[^>]*relationships/chart"', rels) or re.search(
        rf'relationships/chart"[^>]*Id="{rel_id}"', rels
    )
    doc_pr = next(document.iter(WP + "docPr"))
    expected = cost_chart(memo_costs(memo)).alt
    assert doc_pr.get("descr") == expected
    assert "Alternativ 1" in expected and "2018–2022" in expected
    # The cached totals are the model's per-year sums.
    costs = memo_costs(memo)
    values = [D(v.text) for v in chart.find(f".//{C}ser").iterfind(f"{C}val//{C}pt/{C}v")]
    assert values == [
        (costs[0].per_year[y] / 1000).quantize(D("0.001")) for y in costs[0].years
    ]


def test_preview_html_places_the_chart_where_the_gui_can_find_it():
    from memo_builder.render.pipeline import render_html

    html = render_html(example_memo())
    assert f'<img src="{CHART_SRC}"' in html
    assert 'alt="Stapeldiagram över kostnaden per år' in html


def test_libreoffice_draws_the_chart(tmp_path):
    require_soffice()
    path = tmp_path / "memo.docx"
    build_docx(example_memo(), path)
    text = pdf_text(convert_to_pdf(path, tmp_path))
    # Axis labels and legend come from the chart part, not from any table.
    assert "Alternativ 1" in text and "Alternativ 3" in text
    assert re.search(r"\b[1-9]\d{1,2}\s000\b", text), "value axis with Swedish grouping"
