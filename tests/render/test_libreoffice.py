"""A real second reader: LibreOffice opens the Word file, lays it out and we read the PDF back."""

from __future__ import annotations

import re

from memo_builder.model import swedish
from memo_builder.model.costs import memo_costs
from memo_builder.render.pipeline import build_docx
from tests.helpers import convert_to_pdf, example_memo, pdf_text, require_soffice


def test_libreoffice_reads_title_dnr_totals_and_page_numbers(tmp_path):
    require_soffice()
    memo = example_memo()
    path = tmp_path / "memo.docx"
    build_docx(memo, path)
    pdf = convert_to_pdf(path, tmp_path)
    text = pdf_text(pdf)
    flat = re.sub(r"\s+", " ", text.replace("\u00a0", " "))
    assert memo.case.title in flat
    assert f"Diarienummer {memo.case.diarienummer}" in flat
    recommended_total = swedish.tkr(memo_costs(memo)[0].total).replace("\u00a0", " ")
    assert recommended_total in flat
    # Footer fields computed by LibreOffice: "1 (N)" on the first page, N = page count.
    pages = text.split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) >= 2
    assert re.search(rf"\b1 \({len(pages)}\)", pages[0])
    assert re.search(rf"\b{len(pages)} \({len(pages)}\)", pages[-1])
