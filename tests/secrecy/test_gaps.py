"""The four gaps of issue 19, each on a small memo of its own (a region's camera system, a
school's learning platform), each failing on the code before the fix."""

from __future__ import annotations

import io
import re
import time
import zipfile
from datetime import date
from decimal import Decimal

import pytest

from memo_builder.analysis.revision import Analysis
from memo_builder.analysis.summary_draft import draft_summary
from memo_builder.model.memo import (
    CaseDetails,
    CostCategory,
    CostLine,
    Criterion,
    DecisionPoint,
    Memo,
    Option,
    Person,
    Recurrence,
    Score,
    SecrecyMark,
    SecretKind,
)
from memo_builder.model.secrecy import FigureKey
from memo_builder.render.pipeline import build_docx
from memo_builder.render.redaction import Secrets
from tests.helpers import docx_paragraph_texts
from tests.secrecy.test_versions import all_xml

OSL = "31 kap. 16 § OSL"


def line(id_, price, *, volume=1, first=2027, last=2030, **kw) -> CostLine:
    return CostLine(id=id_, category=kw.pop("category", CostCategory.SUPPORT), description=id_,
                    volume=Decimal(volume), unit_price=Decimal(price), first_year=first,
                    last_year=last, **kw)


def memo_of(*options: Option, marks=(), users=0) -> Memo:
    memo = Memo(
        profile="kommun",
        case=CaseDetails(title="Kamerasystem för kollektivtrafiken", board="Trafiknämnden",
                         administration="Region Exempels trafikförvaltning",
                         memo_date=date(2026, 9, 1), meeting_date=date(2026, 10, 6),
                         officer=Person(name="Handläggare")),
        summary="Sammanfattning.", options=list(options),
        decision_points=[DecisionPoint(text="Nämnden beslutar.")],
    )
    memo.recommended_option_id = options[0].id
    memo.assumptions.user_count = users
    memo.secrecy.marks = [SecrecyMark(kind=k, target=t, ground=OSL) for k, t in marks]
    return memo


def public_xml(memo: Memo) -> str:
    buffer = io.BytesIO()
    build_docx(memo, buffer, draft=True, public=True)
    xml = all_xml(buffer.getvalue())
    return xml + "\n" + re.sub(r"<[^>]+>", "", xml)


# -- 1. a secret is a value, not a line ---------------------------------------------------------
def test_an_option_year_line_with_the_marked_price_does_not_show_it():
    licence = line("Kameralicens", "2389", volume=140)
    option_year = line("Kameralicens, optionsår", "2389", volume=140, first=2031, last=2032,
                       option_period=True)
    memo = memo_of(Option(id="a", title="Förläng", cost_lines=[
        licence, option_year, line("Service", "95000")]), marks=[(SecretKind.UNIT_PRICE,
                                                                  "Kameralicens")])
    w = Analysis(memo).withholding
    assert (0, 1) in w.reached and w.line_secret[(0, 0)] == w.line_secret[(0, 1)]
    text = public_xml(memo)
    assert "2 389" not in text and "2\u00a0389" not in text and "2389" not in text
    # The official is told which line the mark reaches.
    assert any("samma pris" in p.message for p in Analysis(memo).problems)


def test_the_same_product_in_two_options_is_one_unknown():
    a = Option(id="a", title="Förläng", cost_lines=[line("Plattform", "41250", volume=300),
                                                    line("Drift", "180000")])
    b = Option(id="b", title="Upphandla", cost_lines=[line("Plattform B", "41250", volume=300),
                                                      line("Införande", "650000",
                                                           recurrence=Recurrence.ONE_OFF)])
    memo = memo_of(a, b, marks=[(SecretKind.UNIT_PRICE, "Plattform")])
    w = Analysis(memo).withholding
    # Option 2's own line carries option 1's marked price: its figures go too.
    assert not w.figures[FigureKey("line_total", 1, 0)].shown
    assert "41\u00a0250" not in public_xml(memo)


def test_a_marked_volume_equal_to_the_user_count_withholds_the_user_count():
    memo = memo_of(Option(id="a", title="Lärplattform", cost_lines=[
        line("Licens", "312", volume=45000, category=CostCategory.LICENCES),
        line("Support", "250000")]), marks=[(SecretKind.VOLUME, "Licens")], users=45000)
    w = Analysis(memo).withholding
    assert w.withheld(FigureKey("user_count")) and w.withheld(FigureKey("per_user_year", 0))
    text = public_xml(memo)
    assert "45\u00a0000" not in text and "45 000" not in text


def test_a_line_whose_hidden_price_and_volume_are_both_shared_is_in_no_shown_figure():
    # The service fee is marked in option 1 and is the same fee per camera in option 2, whose
    # camera count is the marked count of the trade-in credit: option 2's camera line is fee x
    # count, a product of two unknowns a reader also meets elsewhere. With option 2's total
    # (camera line minus the credit at a public rate) a reader would get count x (fee - rate),
    # and whole numbers do the rest. So nothing that line enters is shown.
    a = Option(id="a", title="Serviceavtal", cost_lines=[line("Serviceavgift", "10000")])
    b = Option(id="b", title="Nya kameror", cost_lines=[
        line("Kameror", "10000", volume=467),
        line("Inbyte", "1588", volume=467, category=CostCategory.CREDIT, currency="EUR",
             exchange_rate=Decimal("11.42"))])
    memo = memo_of(a, b, marks=[(SecretKind.UNIT_PRICE, "Serviceavgift"),
                                (SecretKind.UNIT_PRICE, "Kameror"),
                                (SecretKind.VOLUME, "Inbyte")])
    w = Analysis(memo).withholding
    assert (1, 0) in w.compound
    for key, figure in w.figures.items():
        if (1, 0) in figure.depends:
            assert not figure.shown, key
    assert "produkten av två sekretessuppgifter" in w.figures[FigureKey("total", 1)].reason


# -- 2. integer prices --------------------------------------------------------------------------
def test_one_total_over_two_round_fees_is_withheld():
    # 250 000 + 180 000 kr in fees of round tens of thousands: the total 430 000 leaves a reader
    # 42 ways to split it, fewer than 100.
    memo = memo_of(Option(id="a", title="Kamera", cost_lines=[
        line("Installation", "250000", recurrence=Recurrence.ONE_OFF),
        line("Projektledning", "180000", recurrence=Recurrence.ONE_OFF),
        line("Drift", "95000")]),
        marks=[(SecretKind.AMOUNT, "Installation"), (SecretKind.AMOUNT, "Projektledning")])
    w = Analysis(memo).withholding
    assert not w.figures[FigureKey("total", 0)].shown
    assert not w.figures[FigureKey("one_off", 0)].shown


def test_a_total_over_two_whole_kronor_prices_is_withheld_even_with_room():
    # 5 000 licences at 312 kr and 2 500 seats at 1 290 kr leave some 950 splits; with 2 400
    # seats it would be 77. Whether there is room depends on the prices, and the reader knows
    # the rule: showing the total only when there is room would tell them which case they
    # are in. So a sum of marked prices is withheld whatever the values (model/disclosure.py).
    for seats in (2500, 2400):
        memo = memo_of(Option(id="a", title="Plattform", cost_lines=[
            line("Licens", "312", volume=5000), line("Plats", "1290", volume=seats),
            line("Drift", "95000")]),
            marks=[(SecretKind.UNIT_PRICE, "Licens"), (SecretKind.UNIT_PRICE, "Plats")])
        w = Analysis(memo).withholding
        assert not w.figures[FigureKey("total", 0)].shown


def test_a_difference_with_marked_prices_on_both_sides_is_shown_and_leaves_them_unbounded():
    # Option A's marked licence price against the baseline's marked licence price: the
    # difference lets both grow together without end.
    a = Option(id="a", title="Ny", cost_lines=[line("Licens", "312", volume=5000),
                                              line("Drift", "95000")])
    b = Option(id="b", title="Nuvarande", cost_lines=[line("Gammal licens", "289", volume=4500)])
    memo = memo_of(a, b, marks=[(SecretKind.UNIT_PRICE, "Licens"),
                                (SecretKind.UNIT_PRICE, "Gammal licens")])
    memo.baseline_option_id = "b"
    w = Analysis(memo).withholding
    assert w.figures[FigureKey("difference", 0)].shown
    assert not w.figures[FigureKey("total", 0)].shown and not w.figures[FigureKey("total", 1)].shown
    for i in range(len(w.secrets)):
        direction, lo, hi = w.disclosure.room(i)
        assert hi == float("inf") and direction[i] > 0 and all(d > 0 for d in direction.values())


# -- 3. everything computed from a withheld figure ----------------------------------------------
def _with_cost_criterion(memo: Memo) -> Memo:
    memo.criteria = [Criterion(title="Kostnad", weight=Decimal(50), from_costs=True),
                     Criterion(title="Kvalitet", weight=Decimal(50), scores=[
                         Score(option_id=o.id, score=n) for n, o in enumerate(memo.options, 3)])]
    return memo


def test_cost_scores_weighted_sums_and_robustness_go_with_a_withheld_total():
    a = Option(id="a", title="Förläng", cost_lines=[line("Licens", "3125000"),
                                                    line("Drift", "412000")])
    b = Option(id="b", title="Upphandla", cost_lines=[line("Ny licens", "2990000")])
    memo = _with_cost_criterion(memo_of(a, b, marks=[(SecretKind.UNIT_PRICE, "Licens")]))
    from memo_builder.render.context import build_context
    from memo_builder.render.pipeline import profile_for

    profile = profile_for(memo)
    analysis = Analysis(memo)
    public = build_context(analysis, profile, public=True)["criteria"]
    board = build_context(analysis, profile)["criteria"]
    assert public["rows"][0]["cells"] == ["Sekretess", "Sekretess"]
    assert board["rows"][0]["cells"] != public["rows"][0]["cells"]
    assert set(public["totals"]) == {"Sekretess"}
    assert "redovisas inte" in public["robustness"]


def test_the_drafted_summary_gives_no_withheld_total():
    a = Option(id="a", title="Förläng", cost_lines=[line("Licens", "54675000"),
                                                    line("Drift", "412000")])
    memo = memo_of(a, Option(id="b", title="Upphandla", cost_lines=[line("X", "1000")]),
                   marks=[(SecretKind.OPTION_COSTS, "a")])
    text = draft_summary(Analysis(memo))
    assert "miljoner kronor" not in text and "sekretess" in text


def test_the_drafted_summary_gives_no_withheld_difference_when_the_baseline_is_marked():
    # The proposal's own costs are open; the baseline's licence price is marked, so the
    # difference to it (and the baseline's years outside the common ones) would give the
    # marked price away: the draft says the difference is confidential instead.
    a = Option(id="a", title="Ny plattform", cost_lines=[line("Drift", "40000", last=2028)])
    b = Option(id="b", title="Nuvarande", cost_lines=[
        line("Gammal licens", "655.36", volume=4574, last=2031, currency="EUR",
             exchange_rate=Decimal("11.42"))])
    memo = memo_of(a, b, marks=[(SecretKind.UNIT_PRICE, "Gammal licens")])
    memo.baseline_option_id = "b"
    analysis = Analysis(memo)
    assert analysis.withholding.withheld(FigureKey("difference", 0))
    text = draft_summary(analysis)
    assert "mindre än" not in text and "mer än" not in text
    assert "Skillnaden mot ”Nuvarande” under 2027–2028 omfattas av sekretess" in text
    assert "Därtill kostar ”Nuvarande”" not in text
    assert "Förslaget kostar 80" in text  # the proposal's own 80 000 kr is still given


# -- 4. free text ---------------------------------------------------------------------------
@pytest.mark.parametrize("written", [
    "289,50 kronor", "289,5 kr", "24,13 kronor per månad", "3,5 miljoner kronor",
    "18 euro", "EUR 18",
])
def test_a_withheld_figure_typed_in_free_text_is_found(written):
    licence = line("Licens", "289.50", volume=12000)
    eur = line("Lockbox", "18", volume=1000, currency="EUR", exchange_rate=Decimal("11.42"))
    fee = line("Införande", "3456000", recurrence=Recurrence.ONE_OFF)
    memo = memo_of(Option(id="a", title="A", cost_lines=[licence, eur, fee, line("Drift", "95000")]),
                   marks=[(SecretKind.UNIT_PRICE, "Licens"), (SecretKind.UNIT_PRICE, "Lockbox"),
                          (SecretKind.AMOUNT, "Införande")])
    memo.summary = f"Priset är {written} enligt avtalet."
    # (the summary may have other warnings too, such as the financing the board looks for)
    warnings = [p for p in Analysis(memo).problems if p.path == "summary"
                and "sekretess" in p.message]
    assert warnings and written.split()[0] in warnings[0].message


def test_a_text_that_speaks_of_secrecy_without_a_mark_gets_a_warning():
    memo = memo_of(Option(id="a", title="A", cost_lines=[line("Licens", "312")]))
    memo.background = "Leverantörens sekretessbelagda pris får inte redovisas."
    assert any(p.path == "background" and "ingenting i memot är sekretessmarkerat" in p.message
               for p in Analysis(memo).problems)


# -- the public version reads as written Swedish ---------------------------------------------
def test_offentlig_version_in_every_page_header_and_no_sekretess_dash_sekretess():
    memo = memo_of(Option(id="a", title="A", cost_lines=[line("Licens", "312", volume=900),
                                                         line("Drift", "95000")]),
                   marks=[(SecretKind.UNIT_PRICE, "Licens")])
    text = public_xml(memo)
    assert "(sekretess)–(sekretess)" not in text
    buffer = io.BytesIO()
    build_docx(memo, buffer, draft=False, public=True)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as z:
        headers = [z.read(n).decode() for n in z.namelist() if n.startswith("word/header")]
    assert headers and all("Offentlig version" in h for h in headers if "<w:t>" in h)
    statement = next(t for _s, t in docx_paragraph_texts(io.BytesIO(buffer.getvalue()))
                     if t.startswith("Offentlig version"))
    assert "priset för Licens" in statement and "kammarrätten" in statement


# -- one catalogue ------------------------------------------------------------------------------
def test_the_context_places_no_figure_the_catalogue_does_not_know():
    from memo_builder.render import context as ctx
    from memo_builder.render.pipeline import profile_for

    a = Option(id="a", title="A", cost_lines=[
        line("Licens", "312", volume=900, category=CostCategory.LICENCES, index_percent=Decimal(2)),
        line("Option", "312", volume=900, first=2031, last=2031, option_period=True),
        line("Rabatt", "5000", category=CostCategory.CREDIT)])
    b = Option(id="b", title="B", cost_lines=[line("X", "99000", internal=True)])
    memo = _with_cost_criterion(memo_of(a, b, marks=[(SecretKind.UNIT_PRICE, "Licens")],
                                        users=900))
    memo.baseline_option_id = "b"
    seen: list[Secrets] = []
    original = ctx.Secrets

    class Recording(original):
        def __init__(self, *args, **kw):
            super().__init__(*args, **kw)
            seen.append(self)

    ctx.Secrets = Recording
    try:
        ctx.build_context(Analysis(memo), profile_for(memo), public=True)
    finally:
        ctx.Secrets = original
    assert seen and not set().union(*(s.unknown for s in seen))


def test_a_decision_on_a_200_line_memo_stays_fast():
    lines = [line(f"Rad {i}", 1000 + 37 * i, volume=1 + i % 7, first=2027 + i % 3)
             for i in range(200)]
    memo = memo_of(Option(id="a", title="A", cost_lines=lines),
                   marks=[(SecretKind.UNIT_PRICE, f"Rad {i}") for i in range(0, 200, 9)])
    analysis = Analysis(memo)
    _ = analysis.costs
    start = time.perf_counter()
    _ = analysis.withholding
    assert time.perf_counter() - start < 2.0  # the bench aims at 0.1 s (bench/secrecy_decision.py)


def test_every_export_of_the_boards_version_says_what_it_is():
    from memo_builder.publish.service import ExportRequest, export

    memo = memo_of(Option(id="a", title="A", cost_lines=[line("Lockbox", "18", volume=1000),
                                                         line("Drift", "95000")]),
                   marks=[(SecretKind.UNIT_PRICE, "Lockbox")])
    # The export plan's warnings: what the CLI prints and the GUI's export action shows.
    board = export(memo, request=ExportRequest(draft=True)).report.warnings_for_user
    public = export(memo, request=ExportRequest(draft=True, public=True)).report.warnings_for_user
    for fmt in ("xlsx",):  # the workbook is the board's version too
        assert any("nämndens version" in n for n in
                   export(memo, request=ExportRequest(fmt)).report.warnings_for_user)
    assert any("nämndens version" in n and "priset för Lockbox" in n for n in board)
    assert not any("nämndens version" in n for n in public)


def test_no_sentence_is_said_twice_in_a_row_in_the_public_version():
    from memo_builder.files import storage
    from memo_builder.files.paths import example_memo_path

    buffer = io.BytesIO()
    build_docx(storage.load(example_memo_path()), buffer, draft=True, public=True)
    texts = [t for _s, t in docx_paragraph_texts(io.BytesIO(buffer.getvalue())) if t.strip()]
    assert not [a for a, b in zip(texts, texts[1:], strict=False) if a == b]


def test_the_chart_says_which_bars_are_left_out_and_its_alt_text_which_years():
    from memo_builder.files import storage
    from memo_builder.files.paths import example_memo_path

    buffer = io.BytesIO()
    build_docx(storage.load(example_memo_path()), buffer, draft=True, public=True)
    # (read aloud: units are bound with no-break spaces, render/typography.py)
    texts = [t.replace("\u00a0", " ")
             for _s, t in docx_paragraph_texts(io.BytesIO(buffer.getvalue()))]
    assert any(t.startswith("Diagrammet visar inte staplarna för alternativ 1 år 2018")
               for t in texts)
    xml = all_xml(buffer.getvalue())
    assert "år 2018 omfattas av sekretess" in xml  # the alt text


def test_the_workbook_marks_every_confidential_cell_and_says_the_row_is_the_boards():
    import openpyxl

    from memo_builder.publish.workbook import FIRST_LINE_ROW, export_costs

    memo = memo_of(Option(id="a", title="A", cost_lines=[
        line("Licens", "312", volume=900), line("Licens, optionsår", "312", volume=900,
                                                 first=2031, last=2031, option_period=True),
        line("Drift", "95000")]), marks=[(SecretKind.UNIT_PRICE, "Licens")])
    book = openpyxl.load_workbook(io.BytesIO(export_costs(Analysis(memo)).data))
    ws = book["Alt 1"]
    notes = {r: " ".join(str(c.value) for c in ws[r] if c.value) for r in range(
        FIRST_LINE_ROW, FIRST_LINE_ROW + 3)}
    assert "bara i nämndens version" in notes[FIRST_LINE_ROW]
    assert "bara i nämndens version" in notes[FIRST_LINE_ROW + 1]  # shares the marked price
    assert "nämndens version" not in notes[FIRST_LINE_ROW + 2]


def test_a_chart_whose_every_bar_is_withheld_is_left_out_of_the_public_version():
    from memo_builder.render.context import build_context
    from memo_builder.render.pipeline import profile_for

    a = Option(id="a", title="A", cost_lines=[line("Licens", "2389", volume=140)])
    b = Option(id="b", title="B", cost_lines=[line("Licens B", "2389", volume=140)])
    memo = memo_of(a, b, marks=[(SecretKind.UNIT_PRICE, "Licens")])
    analysis = Analysis(memo)
    assert build_context(analysis, profile_for(memo), public=True)["chart"] is None
    assert build_context(analysis, profile_for(memo))["chart"] is not None
