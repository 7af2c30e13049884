"""Issue 23, the words around the figures: a criterion without a name builds (it crashed the
preview and ``build --draft``), a reason's own full stop is not doubled, and the drafted
Sammanfattning never splices an option's title into its grammar nor puts a risk in brackets."""

from __future__ import annotations

from decimal import Decimal as D

from memo_builder.analysis.revision import Analysis
from memo_builder.analysis.summary_draft import draft_summary
from memo_builder.cli import main
from memo_builder.files import storage
from memo_builder.model.memo import (
    Assessment,
    CostLine,
    Criterion,
    LegalCaveat,
    Memo,
    Option,
    Score,
    Severity,
)
from memo_builder.render.context import criteria_context
from memo_builder.render.profile import find_profile


def _region_memo() -> Memo:
    keep = Option(title="Förläng två år", cost_lines=[
        CostLine(description="Journalsystem", volume=D("800"), unit_price=D("1450"),
                 first_year=2027, last_year=2030, option_from_year=2029)])
    switch = Option(title="Byt till nytt system", cost_lines=[
        CostLine(description="Nytt system", volume=D("800"), unit_price=D("1900"),
                 first_year=2027, last_year=2028)])
    memo = Memo(options=[keep, switch], recommended_option_id=keep.id)
    memo.case.title = "Förlängning av journalsystem, Region Gävleborg"
    memo.criteria = [
        Criterion(title="", weight=D("60"), scores=[
            Score(keep.id, 4, "Känd leverantör."), Score(switch.id, 2, "Stort införande..")]),
        Criterion(title="Exit", weight=D("40"), scores=[
            Score(keep.id, 2, "Inlåsning"), Score(switch.id, 5, "Öppna format.")]),
    ]
    memo.caveats = [LegalCaveat(title="Tredjelandsöverföring", assessment=Assessment.PARTLY,
                                risk=Severity.MEDIUM)]
    return memo


def test_a_criterion_without_a_name_is_named_by_its_number():
    memo = _region_memo()
    ctx = criteria_context(Analysis(memo), find_profile("kommun"))
    titles = [row["title"] for row in ctx["rows"]]
    assert titles == ["Bedömningsgrund 1", "Exit"]


def test_build_draft_of_a_memo_with_an_unnamed_criterion_writes_the_file(tmp_path, capsys):
    path = tmp_path / "region.memo"
    storage.save(_region_memo(), path)
    out = tmp_path / "utkast.docx"
    assert main(["build", str(path), "--draft", "-o", str(out)]) == 0
    assert out.stat().st_size > 0


def test_a_reason_ending_with_a_full_stop_is_not_doubled():
    ctx = criteria_context(Analysis(_region_memo()), find_profile("kommun"))
    texts = [r["text"] for r in ctx["reasons"]]
    assert texts, ctx
    for text in texts:
        assert ".." not in text.replace("…", "") and ".;" not in text, text
        assert text.endswith(".")


def test_the_drafted_summary_names_the_option_and_says_the_risk_in_words():
    text = draft_summary(Analysis(_region_memo()))
    assert "beslutar att förläng" not in text
    assert "väljer alternativ 1, ”Förläng två år”" in text
    assert "(medelhög risk)" not in text and "”Tredjelandsöverföring” med medelhög risk" in text
