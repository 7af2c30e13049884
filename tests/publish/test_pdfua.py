"""Every profile's PDF and the public version pass a PDF/UA-1 checker (pdfua), and the PDF keeps
what the Word file has: the chart's alternative text and the diarienummer as one keyword.

A region's memo, not the shipped example: another organisation and bodies, a case number with
a series and a space in it ("RS 2026/0211")."""

from __future__ import annotations

import copy

import pikepdf
import pytest
from pdfua import validate

from memo_builder.files import storage
from memo_builder.publish.pdf import find_converter
from memo_builder.publish.pdf_figures import add_figure_alt_texts, chart_alt_texts
from memo_builder.render.profile import available_profiles
from tests.helpers import example_memo, missing_tool

DNR = "RS 2026/0211"


def _region_memo():
    memo = copy.deepcopy(example_memo())
    memo.case.organisation = "Region Västerbotten"
    memo.case.administration = "Regionkontoret"
    memo.case.board = "Regionstyrelsen"
    memo.case.diarienummer = DNR
    return memo


def _figures(pdf) -> list:
    out, stack = [], [pdf.Root.StructTreeRoot]
    while stack:
        node = stack.pop()
        if isinstance(node, pikepdf.Array):
            stack.extend(node)
            continue
        if not isinstance(node, pikepdf.Dictionary):
            continue
        if node.get("/S") == pikepdf.Name.Figure:
            out.append(node)
        kids = node.get("/K")
        if kids is not None:
            stack.append(kids)
    return out


@pytest.mark.parametrize("variant", [*available_profiles(), "public"])
def test_pdf_passes_pdfua_with_the_charts_alt_text_and_one_keyword(tmp_path, variant):
    if find_converter() is None:  # soffice() is what the libreoffice marker looks for
        missing_tool("LibreOffice (soffice) behövs för PDF-exporten")
    from memo_builder.cli import main

    memo = _region_memo()
    if variant != "public":
        memo.profile = variant
    source = tmp_path / "region.memo"
    storage.save(memo, source)
    target = tmp_path / "region.pdf"
    args = ["build", str(source), "-q", "--draft", "-o", str(target)]
    assert main([*args, "--public"] if variant == "public" else args) == 0
    report = validate(str(target))
    problems = [f"{f.rule_id}: {f.message}" for f in report.findings
                if f.severity.name in ("ERROR", "FATAL")]
    assert not problems, problems
    with pikepdf.open(target) as pdf:
        figures = _figures(pdf)
        assert figures and all(str(f.get("/Alt", "")).strip() for f in figures)
        assert "kostnad" in str(figures[0].Alt).lower()
        keywords = str(pdf.docinfo.Keywords).replace("\u00a0", " ")
    assert keywords == f"Diarienummer {DNR}"


def test_alt_text_is_added_by_an_incremental_update_that_keeps_the_original(tmp_path):
    pdf = (b"%PDF-1.6\n1 0 obj\n<</Type/Catalog>>\nendobj\n"
           b"2 0 obj\n<</Type/StructElem\n/S/Figure\n/P 1 0 R\n/K[ 0 ]\n>>\nendobj\n"
           b"xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000047 00000 n \n"
           b"trailer\n<</Size 3/Root 1 0 R\n/ID [ <AA> <AA> ]\n>>\nstartxref\n115\n%%EOF\n")
    out = add_figure_alt_texts(pdf, ["Diagram över kostnaderna, 2026–2030"])
    assert out.startswith(pdf)
    tail = out[len(pdf):]
    assert b"/Alt <FEFF" in tail and b"/Prev 115" in tail and b"/Root 1 0 R" in tail
    assert add_figure_alt_texts(out, ["x"]) == out  # a figure with /Alt is left alone
    assert add_figure_alt_texts(b"not a pdf", ["x"]) == b"not a pdf"


def test_chart_alt_texts_read_from_the_word_file():
    import io

    from memo_builder.render.pipeline import build_docx

    out = io.BytesIO()
    build_docx(_region_memo(), out)
    alts = chart_alt_texts(out.getvalue())
    assert len(alts) == 1 and "kostnad" in alts[0].lower()
    assert chart_alt_texts(b"garbage") == []
