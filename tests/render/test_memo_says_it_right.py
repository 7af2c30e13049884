"""Issue 14's classes of wrong or misleading output, each with a test that would have caught it:
comparisons and figures, dates and time, wording and layout of the Word file."""

from __future__ import annotations

import io
import re
from datetime import date
from decimal import Decimal as D

import docx
from docx.oxml.ns import qn

from memo_builder.model import swedish
from memo_builder.model.memo import CostLine, Option
from memo_builder.publish.service import ExportRequest, export
from memo_builder.render.pipeline import build_tree
from tests.helpers import example_memo, validate


def texts(memo) -> list[str]:
    return [b for b in build_tree(memo).text().split("\n")]


def word(memo, **options):
    return docx.Document(io.BytesIO(export(memo, request=ExportRequest(**options)).data))


# -- comparisons and figures ------------------------------------------------------------------
def test_differences_compare_like_with_like_with_their_years():
    # Issue 20: a difference is only ever over the years both options cover (alternative 3's
    # five contract years against the baseline's three was the defect this test once pinned).
    lines = texts(example_memo())
    assert ("Under 2018–2020, utan option, kostar alternativet cirka 8,34\u00a0miljoner "
            "kronor mindre än jämförelsebasen.") in lines
    assert ("Under 2018–2022, inklusive option, kostar alternativet cirka 8,34\u00a0miljoner "
            "kronor mindre än jämförelsebasen.") in lines
    table = next(t for t in word(example_memo()).tables
                 if t.rows[0].cells[0].text.startswith("Skillnad mot jämförelsebasen"))
    header = [c.text for c in table.rows[0].cells]
    # The years each difference is taken over, named as such (not "Avtalsperiod": the
    # years both options cover are not the option's contract period).
    assert header[1:] == ["Jämförda år", "Skillnad", "Jämförda år med option", "Skillnad"]
    third = [c.text for c in table.rows[3].cells]
    # The years both cover, stated: the contract years in common, all five with the option.
    assert third[1] == "2018–2020" and third[3] == "2018–2022"


def test_estimates_are_rounded_and_say_so_but_exact_figures_stay_exact():
    memo = example_memo()
    assert any(t.startswith("Avtalsperioden kostar cirka ") for t in texts(memo))
    memo.assumptions.figures_are_estimates = False
    for option in memo.options:
        for line in option.cost_lines:
            line.estimate = False
    exact = texts(memo)
    assert not any("cirka" in t for t in exact if "kostar" in t)
    assert any(re.search(r"Avtalsperioden kostar \d{3}\u00a0\d{3}\u00a0\d{3}\u00a0kronor", t)
               for t in exact)


def test_one_term_and_one_form_for_each_thing():
    memo = example_memo()
    document = word(memo)
    paragraphs = [p.text for p in document.paragraphs]
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert any(t.startswith("Kostnad per användare och år:") for t in paragraphs)
    assert "Kostnad per användare och år (kr)" in cells
    assert not any("Kronor per" in t for t in paragraphs + cells)
    assert not any("tidsgräns" in t.lower() for t in paragraphs + cells)
    # Nothing is "–", a zero sum too: never "0" for "no cost" in one table and "–" in another.
    figures = [c for t in document.tables for r in t.rows[1:] for c in [x.text for x in r.cells][1:]]
    assert "–" in figures and "0" not in figures


def test_sensitivity_is_said_once_for_every_option_total():
    # Issue 21: one table (a column per option) instead of a block under each option; the
    # total it varies is the comparison's "Totalt", which says what it includes.
    lines = texts(example_memo())
    assert not any(t.startswith("Känslighet –") for t in lines)
    assert lines.count("Så mycket kan totalen för varje alternativ variera om ett antagande "
                       "ändras:") == 1
    tables = [t for t in word(example_memo()).tables
              if t.rows[0].cells[0].text == "Känslighet (tkr)"]
    assert len(tables) == 1
    assert [c.text for c in tables[0].rows[0].cells][1:] == [
        f"Alternativ {i}" for i in range(1, len(example_memo().options) + 1)]


# -- dates and time -----------------------------------------------------------------------------
def test_date_ranges_the_official_typed_stay_as_typed_and_do_not_break_after_the_dash():
    # Issue 20: the official's own dates are not rewritten (issue 14 turned them into words);
    # typography (no break after the dash) is all the render adds.
    memo = example_memo()
    document = word(memo)
    points = [p.text for p in document.paragraphs if p.style.style_id == "ListNumber"]
    # (as typed; units are bound with no-break spaces and hyphens: render/typography.py)
    assert "för perioden 2018-06-01–\u20602021-05-31," in points[0].replace(
        "\u00a0", " ").replace("\u2011", "-")
    body = [p.text for p in document.paragraphs if p.style.style_id not in ("MemoMeta",)]
    assert not any(re.search(r"\d{4}-\d{2}-\d{2}–\d{4}", t) for t in body)
    assert swedish.running_dates("2018-13-45") == "2018-13-45"  # not a date: left as written


def test_a_deadline_already_passed_is_said_in_the_memo():
    memo = example_memo()
    memo.case.meeting_date = date(2018, 6, 14)
    lines = texts(memo)
    sentence = next(t for t in lines if "slutdatumet" in t.lower() or "löpte ut" in t)
    assert sentence.startswith("Slutdatumet 1 juni 2018 har redan passerat när nämnden "
                               "sammanträder den 14 juni 2018.")
    assert not any(t.startswith("Om nämnden inte fattar beslut före den") for t in lines)


def test_one_year_spans_and_zero_lead_time_read_right():
    memo = example_memo()
    memo.options.append(Option(id="ett-ar", title="Ett år", lead_time_months=0, cost_lines=[
        CostLine(description="Licens", unit_price=D(1), volume=D(1), volume_unit="st",
                 first_year=2025, last_year=2025)]))
    memo.consequences.deadline = date(2018, 5, 1)  # passed: every lead time is too long
    messages = [p.message for p in validate(memo)]
    assert any("kostnaderna täcker 2025, andra" in m for m in messages)
    assert not any("2025–2025" in m or "0 månaders" in m for m in messages)
    assert any("Ett år: utan ledtid behövs beslut senast" in m for m in messages)


# -- wording and layout ---------------------------------------------------------------------------
def test_draft_is_marked_in_the_header_of_every_page():
    document = word(example_memo(), draft=True)
    for section in document.sections:
        assert section.header.paragraphs[0].text.startswith("UTKAST – inte färdigt för nämnden · ")
    assert document.core_properties.content_status == "Utkast"


def test_tables_line_up_with_the_text_and_fit_inside_the_margins():
    document = word(example_memo())
    section = document.sections[0]
    body = section.page_width - section.left_margin - section.right_margin
    for table in document.tables:
        ind = table._tbl.tblPr.find(qn("w:tblInd"))
        assert ind is not None and ind.get(qn("w:w")) == "80"
        width = sum(int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol")))
        assert width + 80 <= body / 635 + 1  # EMU -> twips


def test_the_chart_is_not_chained_to_the_table_after_it():
    document = word(example_memo())
    chart = next(p for p in document.paragraphs if p._p.findall(".//" + qn("c:chart")))
    assert chart._p.pPr is None or chart._p.pPr.find(qn("w:keepNext")) is None


def test_no_header_word_is_split_by_a_soft_hyphen():
    cells = [c.text for t in word(example_memo()).tables for c in t.rows[0].cells]
    assert not any("\u00ad" in c for c in cells)


def test_pasted_tabs_never_indent_the_memo_and_one_line_fields_take_spaces():
    from memo_builder.model.text import one_line

    assert one_line("Förnyelse\tav\n avtal") == "Förnyelse av  avtal"
    memo = example_memo()
    memo.background = "\tIndraget stycke\tmed\ttabbar"
    document = word(memo)
    assert not document.element.body.findall(".//" + qn("w:tab"))
    assert "Indraget stycke med tabbar" in [p.text for p in document.paragraphs]


def test_a_list_item_typed_with_a_capital_reads_right_inside_the_sentence():
    from memo_builder.model.memo import AffectedService

    memo = example_memo()
    memo.consequences.services = [AffectedService("E-post", "anställda", 800)]
    sentence = next(t for t in texts(memo) if t.startswith("Om nämnden inte fattar beslut"))
    assert "upphör e-post för 800" in sentence and "E-post" not in sentence
    assert swedish.mid_sentence("Office 365") == "Office 365"  # a name keeps its capital
    assert swedish.mid_sentence("SharePoint") == "SharePoint"
