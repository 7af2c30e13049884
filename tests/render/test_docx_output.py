"""The Word file: reopen it and check structure, numbers, properties and accessibility markup."""

from __future__ import annotations

import io
import zipfile
from decimal import Decimal

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from memo_builder.model import swedish
from memo_builder.model.costs import memo_costs
from memo_builder.render.pipeline import build_docx
from tests.helpers import docx_paragraph_texts, docx_tables, example_memo


@pytest.fixture(scope="module")
def built():
    memo = example_memo()
    buf = io.BytesIO()
    build_docx(memo, buf)
    buf.seek(0)
    return memo, buf.getvalue()


def _doc(data: bytes):
    return docx.Document(io.BytesIO(data))


def test_headings_are_real_heading_styles_in_order(built):
    memo, data = built
    paragraphs = docx_paragraph_texts(io.BytesIO(data))
    headings = [(s, t) for s, t in paragraphs if s.startswith("Heading")]
    assert headings[0] == ("Heading1", memo.case.title)
    h2 = [t for s, t in headings if s == "Heading2"]
    expected = ["Förslag till beslut", "Sammanfattning", "Bakgrund", "Alternativ",
                "Ekonomiska konsekvenser", "Konsekvenser om avtalet inte förnyas",
                "Juridiska bedömningar", "Förvaltningens bedömning"]
    assert h2[: len(expected)] == expected
    # No level is skipped: every Heading3 comes after some Heading2.
    levels = [int(s[-1]) for s, _ in headings]
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))


def test_header_block_fields(built):
    memo, data = built
    texts = [t for _, t in docx_paragraph_texts(io.BytesIO(data))]
    block = "\n".join(texts[:3])
    assert "Tjänsteutlåtande" in block
    assert f"Utfärdat {memo.case.memo_date.isoformat()}" in block
    assert f"Diarienummer {memo.case.diarienummer}" in block
    assert memo.case.officer.name in block
    assert f"Telefon: {memo.case.officer.phone}" in block
    assert f"E-post: {memo.case.officer.email}" in block


def test_decision_points_are_a_numbered_list_that_restarts(built):
    memo, data = built
    document = _doc(data)
    intro = next(i for i, p in enumerate(document.paragraphs) if p.text == "Nämnden för Intraservice beslutar att")
    points = document.paragraphs[intro + 1 : intro + 1 + len(memo.decision_points)]
    # The official's words and dates as typed (issue 20); only a date range's dash is kept
    # together with the date after it.
    assert [p.text for p in points] == [swedish.unbroken_ranges(d.text)
                                        for d in memo.decision_points]
    num_ids = {p._p.pPr.numPr.numId.val for p in points}
    assert len(num_ids) == 1
    # Each ordered list gets its own numbering instance that starts at 1.
    numbering = document.part.numbering_part.element
    (num_id,) = num_ids
    num = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(num_id))
    start = num.find(qn("w:lvlOverride")).find(qn("w:startOverride"))
    assert start.get(qn("w:val")) == "1"
    attachments = [p for p in document.paragraphs if p.text.startswith(memo.attachments[0].title)]
    assert attachments[0]._p.pPr.numPr.numId.val != num_id


def test_cost_tables_totals_match_the_model(built):
    memo, data = built
    tables = docx_tables(io.BytesIO(data))
    costs = memo_costs(memo)
    first = tables[0]
    assert first[0][0] == "Kostnad (tkr)"
    years = [str(y) for y in costs[0].years]
    assert first[0][1 : 1 + len(years)] == years
    total_row = next(r for r in first if r[0].startswith("Totalt"))
    assert total_row[-1] == swedish.tkr(costs[0].total)
    # Comparison table: one row per option with its exact total rounded to tkr.
    comparison = next(t for t in tables if t[0][0] == "Alternativ (tkr)")
    assert [r[3] for r in comparison[1:]] == [swedish.tkr(c.total) for c in costs]
    assert costs[0].total == sum((lc.total for lc in costs[0].lines), Decimal(0))


def test_tables_have_repeating_header_rows_and_descriptions(built):
    _, data = built
    document = _doc(data)
    assert document.tables
    for table in document.tables:
        first_tr = table.rows[0]._tr
        assert first_tr.trPr is not None and first_tr.trPr.find(qn("w:tblHeader")) is not None
        assert table._tbl.tblPr.find(qn("w:tblCaption")) is not None


def test_file_properties_title_author_language(built):
    memo, data = built
    cp = _doc(data).core_properties
    assert cp.title == memo.case.title
    assert cp.author == memo.case.officer.name
    assert cp.last_modified_by == memo.case.officer.name
    assert cp.language == "sv-SE"
    assert memo.case.diarienummer in cp.keywords


def test_page_is_a4_and_language_is_swedish(built):
    _, data = built
    document = _doc(data)
    section = document.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1)
    assert abs(section.page_height - Mm(297)) < Mm(1)
    styles_xml = zipfile.ZipFile(io.BytesIO(data)).read("word/styles.xml").decode()
    assert 'w:lang w:val="sv-SE"' in styles_xml


def test_footer_has_page_fields_and_header_is_filled(built):
    _, data = built
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        footers = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("word/footer"))
        headers = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("word/header"))
    assert "PAGE" in footers and "NUMPAGES" in footers
    assert "Göteborgs Stad, Intraservice, tjänsteutlåtande" in headers
    assert "[[HEADER]]" not in headers


def test_no_leftovers_from_the_base_document(built):
    _, data = built
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert not any("thumbnail" in n for n in names)
    assert not any(n.startswith("customXml/") for n in names)


def test_disagreement_between_proposal_and_assessment_is_visible(built):
    _, data = built
    texts = [t for _, t in docx_paragraph_texts(io.BytesIO(data))]
    notice = next(t for t in texts if t.startswith("Observera: förvaltningen bedömer"))
    assert "”Customer Lockbox”" in notice  # the headings are quoted titles, not mid-sentence capitals
    # A vendor promise says once that it is not law: in its kind, not again in a notice.
    assert sum("inte lag" in t or "inte ett rättsligt skydd" in t for t in texts
               if "Lockbox" in t or t.startswith("Leverantörsåtagande")) == 1


def test_estimate_notice_present_when_figures_are_estimates(built):
    _, data = built
    texts = [t for _, t in docx_paragraph_texts(io.BytesIO(data))]
    assert any("uppskattningar" in t for t in texts)


def test_consequence_sentence_says_what_happens_on_which_date(built):
    _, data = built
    texts = [t for _, t in docx_paragraph_texts(io.BytesIO(data))]
    i, sentence = next((i, t) for i, t in enumerate(texts)
                       if t.startswith("Om nämnden inte fattar beslut"))
    assert "1\u00a0juni\u00a02018" in sentence  # one unit: never broken after the day
    # The services are named in the sentence or, when many, listed right under it (issue 14:
    # never both); either way with whom they affect.
    said = sentence if not sentence.endswith(":") else " ".join(texts[i:i + 4])
    assert "e-post" in said and f"45{chr(0xA0)}000 användare" in said


def test_draft_is_marked():
    buf = io.BytesIO()
    build_docx(example_memo(), buf, draft=True)
    texts = [t for _, t in docx_paragraph_texts(io.BytesIO(buf.getvalue()))]
    assert texts[0].startswith("UTKAST")


def test_a_text_column_gets_the_width_short_labels_leave():
    # The consequences table: short option names beside "Kan vara på plats i tid om
    # socialnämnden beslutar vid sammanträdet." wrapped the assessment over three lines while
    # the name column stood half empty.
    import io as _io

    from docx import Document as _Document

    from memo_builder.render.pipeline import build_docx as _build
    from memo_builder.render.profile import load_profile as _load
    from tests.render.test_read_through import social_2024

    out = _io.BytesIO()
    _build(social_2024(), out, _load("kommun"))
    doc = _Document(_io.BytesIO(out.getvalue()))
    table = next(t for t in doc.tables if t.rows[0].cells[-1].text == "Bedömning")
    grid = [int(c.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}w"))
            for c in table._tbl.tblGrid.findall(
                "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}gridCol")]
    longest_label = max(len(r.cells[0].text) for r in table.rows[1:])
    assessment = max(len(r.cells[-1].text) for r in table.rows[1:])
    assert assessment > longest_label
    assert grid[-1] > grid[0], grid  # the long text gets the room, not the short names
    # The names keep one line's width (2,2 mm a character at 9 pt, 3,4 mm padding), no more.
    twips_per_mm = 1440 / 25.4
    assert grid[0] <= (longest_label * 2.2 + 3.4 + 3) * twips_per_mm, grid
