"""User text comes through exactly: markup characters, quotes, tabs, line breaks."""

from __future__ import annotations

import io

import docx

from memo_builder.model.serialization import cleaned
from memo_builder.model.text import is_clean
from memo_builder.render.pipeline import build_docx, build_tree, render_html
from tests.helpers import example_memo


def test_markup_in_user_text_is_escaped_in_html():
    memo = example_memo()
    memo.case.title = "A & B <C> \"D\" 'E'"
    html = render_html(memo)
    assert "A &amp; B &lt;C&gt;" in html
    assert "<C>" not in html


def test_user_text_survives_to_word_exactly():
    memo = example_memo()
    memo.case.title = "A & B <C> \"D\" 'E'"
    memo.summary = "Första raden\tmed tabb\nAndra raden  med två mellanslag\n\nNytt stycke <script>alert(1)</script>"
    memo.decision_points[0].text = "teckna avtal & <bilaga>"
    buf = io.BytesIO()
    build_docx(memo, buf)
    document = docx.Document(io.BytesIO(buf.getvalue()))
    texts = [p.text for p in document.paragraphs]
    assert memo.case.title in texts
    # Spaces kept exactly; a pasted tab is a space, not a Word tab stop (no odd indents).
    assert "Första raden med tabb\nAndra raden  med två mellanslag" in texts
    assert not any("\t" in t for t in texts)
    assert "Nytt stycke <script>alert(1)</script>" in texts
    assert "teckna avtal & <bilaga>" in texts


def test_control_characters_from_pdf_paste_do_not_crash_the_writer():
    memo = example_memo()
    # Straight into the model, bypassing the loader's cleaning: the writer must still cope
    # (the tree parser is its guard), and nothing forbidden reaches the file.
    memo.summary = "Klistrat\x00 från\x07 PDF\x0cnästa sida\ud800"
    memo.case.title = "Rubrik\x1f"
    buf = io.BytesIO()
    build_docx(memo, buf)
    texts = [p.text for p in docx.Document(io.BytesIO(buf.getvalue())).paragraphs]
    assert "Rubrik" in texts
    assert any(t.startswith("Klistrat från PDF") for t in texts)
    assert all(is_clean(t) for t in texts)


def test_text_cleaned_where_it_enters_keeps_a_pasted_page_break_as_a_line_break():
    memo = example_memo()
    memo.summary = "Klistrat\x00 från\x07 PDF\x0cnästa sida\ud800"
    memo.case.title = "Rubrik\x1f"
    buf = io.BytesIO()
    build_docx(cleaned(memo), buf)  # what loading and the GUI's editors do
    texts = [p.text for p in docx.Document(io.BytesIO(buf.getvalue())).paragraphs]
    assert "Rubrik" in texts
    assert "Klistrat från PDF\nnästa sida" in texts


def test_tree_keeps_template_layout_out_of_user_text():
    memo = example_memo()
    tree_text = build_tree(memo).text()
    assert "\n    " not in tree_text
    assert "Nämnden för Intraservice beslutar att" in tree_text
