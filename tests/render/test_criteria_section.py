"""The Bedömningsgrunder section in the Word file and the preview, with hand-worked cases
(the same as tests/model/test_criteria.py): the table, the weighted totals and the one
sentence on how robust the ranking is."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest

from memo_builder.model.memo import Criterion, Score
from memo_builder.render import html_preview
from memo_builder.render.pipeline import build_docx, build_tree
from tests.helpers import docx_paragraph_texts, docx_tables, example_memo


def memo_3x3(weights=("20", "20", "10")):
    """Options 1–3 of the example scored as in the hand-worked 3×3 case: weights 20/20/10
    (normalised 40/40/20 %), A = 3.6, B = 3.4, C = 3.4; the smallest change is K1 from 40 %
    to 7/19 ≈ 36.8 % (3/95 ≈ 3.2 points), where C ties A."""
    memo = example_memo()
    a, b, c = memo.options[:3]
    scores = [[5, 3, 1], [3, 4, 5], [2, 3, 5]]
    memo.criteria = [
        Criterion(title=title, weight=Decimal(w),
                  scores=[Score(o.id, s, f"skäl {title.lower()} {k + 1}")
                          for k, (o, s) in enumerate(zip((a, b, c), row, strict=True))])
        for title, w, row in zip(("Juridisk risk", "Informationssäkerhet", "Exit"), weights,
                                 scores, strict=True)
    ]
    return memo


def _docx(memo):
    buf = io.BytesIO()
    build_docx(memo, buf)
    buf.seek(0)
    return buf.getvalue()


def _section(paragraphs):
    texts = [t for _s, t in paragraphs]
    start = texts.index("Bedömningsgrunder")
    return "\n".join(texts[start:start + 12])


def test_word_file_has_the_table_totals_and_the_exact_robustness_sentence():
    memo = memo_3x3()
    data = _docx(memo)
    paragraphs = docx_paragraph_texts(io.BytesIO(data))
    assert ("Heading2", "Bedömningsgrunder") in paragraphs
    text = _section(paragraphs).replace("\u00a0", " ")
    assert "summerar förvaltningens bedömning" in text and "avgör inte ärendet" in text
    assert "summerade till 50 % och har räknats om" in text
    assert "Alternativ 1 (" + memo.options[0].title + ") får högst viktad summa" in text
    assert ("vikten för ”Juridisk risk” sänks med cirka 3,2 procentenheter, från 40 % till "
            "cirka 36,8 %") in text
    assert f"då väger alternativ 3 ({memo.options[2].title}) lika tungt" in text
    assert "Juridisk risk: alt. 1 (5): skäl juridisk risk 1" in text
    table = next(t for t in docx_tables(io.BytesIO(data)) if t[0][0] == "Bedömningsgrund")
    clean = [[c.replace("\u00a0", " ") for c in row] for row in table]
    assert clean[0] == ["Bedömningsgrund", "Vikt", "Alt. 1", "Alt. 2", "Alt. 3"]
    assert clean[1] == ["Juridisk risk", "40 %", "5", "3", "1"]
    assert clean[3] == ["Exit", "20 %", "2", "3", "5"]
    assert clean[-1] == ["Viktad summa", "100 %", "3,60", "3,40", "3,40"]


def test_preview_shows_the_same_section():
    memo = memo_3x3()
    html = html_preview.to_html(build_tree(memo))
    assert "Bedömningsgrunder" in html and "Viktad summa" in html
    # (the approximation stays with its figure: a no-break space, render/typography.py)
    assert "cirka\u00a036,8" in html and "3,60" in html


def test_no_single_weight_change_and_a_tie():
    memo = memo_3x3(("50", "30", "20"))
    a, b, c = memo.options[:3]
    for crit in memo.criteria:  # A best on every criterion
        for s in crit.scores:
            s.score = 5 if s.option_id == a.id else 2
    text = _section(docx_paragraph_texts(io.BytesIO(_docx(memo)))).replace("\u00a0", " ")
    assert "ingen ändring av en enskild vikt inom 0–100 % ändrar vilket alternativ" in text
    assert "räknats om" not in text  # 50 + 30 + 20 = 100
    for crit in memo.criteria:
        for s in crit.scores:
            s.score = 4 if s.option_id in (a.id, b.id) else 1
    text = _section(docx_paragraph_texts(io.BytesIO(_docx(memo)))).replace("\u00a0", " ")
    assert "får samma viktade summa; bedömningsgrunderna skiljer dem inte åt" in text


@pytest.mark.parametrize("criteria", [[], None])
def test_no_criteria_no_section(criteria):
    memo = example_memo()
    if criteria is not None:
        memo.criteria = criteria
    assert "Bedömningsgrunder" not in [t for _s, t in docx_paragraph_texts(io.BytesIO(_docx(memo)))]


def test_an_unscored_memo_says_so_instead_of_ranking():
    memo = memo_3x3()
    memo.criteria[0].scores[1].score = 0
    text = _section(docx_paragraph_texts(io.BytesIO(_docx(memo)))).replace("\u00a0", " ")
    assert "inte bedömda på alla grunder" in text and "får högst" not in text


@pytest.mark.parametrize("key", ["goteborg", "malmo"])
def test_the_word_file_with_criteria_validates_against_ecma_376(key, tmp_path):
    from openxml_audit import OpenXmlValidator

    from memo_builder.publish.service import export
    from memo_builder.render.profile import load_profile

    memo = memo_3x3()
    memo.profile = key
    path = tmp_path / f"{key}.docx"
    path.write_bytes(export(memo, profile=load_profile(key)).data)
    result = OpenXmlValidator(max_errors=20).validate(str(path))
    assert result.is_valid, [str(e) for e in result.errors]
