"""What a reading of every profile's pages found (issues 20 and 21), each as a class.

The cases are a social services board in a mid-sized municipality in 2024 and a region in 2026,
not the shipped example: other bodies, other years, an option without option years beside a
baseline with one, whole-sentence decision points, and the LOU entry cited in the memo.
Figures by hand in each test."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date
from decimal import Decimal as D

import pytest
from docx.shared import Mm
from lxml import etree

from memo_builder.analysis.revision import Analysis
from memo_builder.files.caveat_library import default_library
from memo_builder.model.costs import comparable_totals
from memo_builder.model.legal import caveat_for_memo
from memo_builder.model.memo import (
    AffectedService,
    Assessment,
    CaseDetails,
    Consequences,
    CostAssumptions,
    CostLine,
    Criterion,
    DecisionPoint,
    Memo,
    Option,
    Recurrence,
    Severity,
    YearBasis,
)
from memo_builder.render import docx_writer, tree
from memo_builder.render.pipeline import build_docx, build_tree, render
from memo_builder.render.profile import list_profiles, load_profile
from tests.helpers import example_memo

NB = "\u00a0"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PROFILES = sorted(p.key for p in list_profiles()[0])


def kr(text: str) -> str:
    return re.sub(r"(?<=\d) (?=\d{3}\b|kronor)", NB, text)


def line(id_, first, last, price, **kw) -> CostLine:
    return CostLine(id=id_, description=id_, unit_price=D(price), first_year=first,
                    last_year=last, **kw)


def social_2024(points: list[str] | None = None) -> Memo:
    """Mellanby kommun, Socialnämnden, 2024. Alternative 1 (baseline): 200 000 kr a year
    2024–2026 and an option year 2027 at 200 000 kr. Alternative 2 (proposal): 150 000 kr a
    year 2024–2026, no option years. Alternative 3: 50 000 kr once in 2024, the services stop.

    By hand: alternative 2 is 3 x 50 000 = 150 000 kr less over 2024–2026, with and without
    options; the baseline's 2027 is outside. Alternative 3: 2024 only, 150 000 kr less, with
    and without options; the baseline costs 400 000 kr in 2025–2026 outside it (contract) and
    600 000 kr in 2025–2027 (including the option)."""
    base = Option(id="a", title="Förläng med option", cost_lines=[
        line("Licenser", 2024, 2027, "200000", option_from_year=2027)])
    other = Option(id="b", title="Nytt avtal i tre år", cost_lines=[
        line("Licenser", 2024, 2026, "150000")])
    stop = Option(id="c", title="Avsluta tjänsten", services_stop=True, cost_lines=[
        line("Export", 2024, 2024, "50000", recurrence=Recurrence.ONE_OFF)])
    return Memo(
        profile="kommun",
        case=CaseDetails(organisation="Mellanby kommun", administration="Socialförvaltningen",
                         board="Socialnämnden", title="Avtal om verksamhetssystem",
                         memo_date=date(2024, 9, 2), meeting_date=date(2024, 9, 25)),
        options=[base, other, stop], baseline_option_id="a", recommended_option_id="b",
        assumptions=CostAssumptions(financing="Ryms inom socialnämndens budgetram."),
        consequences=Consequences(deadline=date(2024, 12, 31),
                                  services=[AffectedService("journalsystemet", "anställda", 300)]),
        decision_points=[DecisionPoint(text=t) for t in (points or [
            "teckna avtal om verksamhetssystem för 2024–2026,",
            "uppdra åt förvaltningen att följa upp avtalet."])],
    )


def texts(memo: Memo, profile: str = "kommun", library=None) -> list[str]:
    return build_tree(memo, load_profile(profile), library=library).text().split("\n")


# -- said once ------------------------------------------------------------------------------
@pytest.mark.parametrize("profile", PROFILES)
def test_a_difference_that_is_the_same_with_and_without_options_is_said_once(profile):
    lines = texts(social_2024(), profile)
    two = kr("Under 2024–2026 kostar alternativet 150 000 kronor mindre än jämförelsebasen.")
    three = kr("Under 2024 kostar alternativet 150 000 kronor mindre än jämförelsebasen.")
    assert lines.count(two) == 1 and lines.count(three) == 1
    assert not any(re.match(r"Under 2024(–2026)?, (utan|inklusive) option", t) for t in lines)
    # What the baseline has beyond alternative 3's one year: once, including its option year.
    outside = [t for t in lines if t.startswith("Därtill kostar jämförelsebasen")]
    assert outside == [kr("Därtill kostar jämförelsebasen 200 000 kronor under 2027, som "
                          "alternativet inte omfattar."),
                       kr("Därtill kostar jämförelsebasen 600 000 kronor under 2025–2027, som "
                          "alternativet inte omfattar.")]
    notes = [t for t in lines if t.startswith("Jämförelsebasen (alt.")]
    assert len(notes) == 2 and not any("utan option" in t for t in notes)


@pytest.mark.parametrize("profile", PROFILES)
def test_the_financing_statement_is_said_once(profile):
    lines = texts(social_2024(), profile)
    assert lines.count("Ryms inom socialnämndens budgetram.") == 1


def test_the_lou_amount_that_is_not_confirmed_is_said_once():
    library = default_library()
    memo = social_2024()
    memo.case.memo_date, memo.case.meeting_date = date(2026, 2, 2), date(2026, 2, 25)
    for o in memo.options:
        for c in o.cost_lines:
            c.first_year += 2
            c.last_year += 2
            c.option_from_year += 2 if c.option_from_year else 0
    memo.consequences.deadline = date(2026, 12, 31)
    entry = library.get("lou-belopp")
    memo.caveats = [caveat_for_memo(entry, memo, memo.case.decision_date)]
    period = library.amounts_on(memo.case.decision_date)
    assert period.unverified_cited  # 2026: the threshold in kronor is not confirmed
    text = " ".join(texts(memo, library=library))
    assert text.count(" ".join(period.unverified_cited.split())) == 1
    assert "direktupphandlingsgränsen 700" in text  # the procurement facts are still there


# -- the proposal's lead-in fits its points --------------------------------------------------
@pytest.mark.parametrize("profile", PROFILES)
def test_points_that_name_the_board_stand_without_a_lead_in(profile):
    memo = social_2024(["Socialnämnden tecknar avtal om verksamhetssystem för 2024–2026.",
                        "Socialnämnden ger förvaltningen i uppdrag att följa upp avtalet."])
    lines = texts(memo, profile)
    start = lines.index("Förslag till beslut")
    assert lines[start + 1] == memo.decision_points[0].text
    assert not any(t.startswith("Socialnämnden") and t.endswith(" att") for t in lines)


@pytest.mark.parametrize("profile", PROFILES)
def test_att_clauses_and_mixed_points_keep_the_lead_in(profile):
    lines = texts(social_2024(), profile)
    start = lines.index("Förslag till beslut")
    assert lines[start + 1].startswith("Socialnämnden") and lines[start + 1].endswith(" att")
    mixed = social_2024(["Socialnämnden tecknar avtal om verksamhetssystem.",
                         "uppdra åt förvaltningen att följa upp avtalet."])
    lines = texts(mixed, profile)
    assert lines[lines.index("Förslag till beslut") + 1].endswith(" att")


# -- pages ----------------------------------------------------------------------------------
def _tables(memo: Memo, profile: str = "kommun") -> list[tree.Table]:
    return [b for b in build_tree(memo, load_profile(profile)).blocks if isinstance(b, tree.Table)]


def test_a_table_header_word_never_breaks_when_a_smaller_size_holds_it():
    # Three options, one with option years, and users: the comparison table has seven columns
    # ("Avtalsperiod", "Option", "Totalt", "Varav externt", "Varav internt", "Kostnad per
    # användare och år (kr)"). At 9 pt "Avtalsperiod" needs 29,8 mm and got 19 mm.
    memo = social_2024()
    memo.assumptions.user_count = 300
    body = int(Mm(160)) - docx_writer.TABLE_INDENT_TWIPS * 635
    checked = 0
    for table in _tables(memo):
        columns = max(len(r.cells) for r in table.rows)
        widths, points = docx_writer._column_widths(table, columns, body)
        k = points / docx_writer.TABLE_POINTS[0]
        for row in (r for r in table.rows if r.header):
            for i, cell in enumerate(row.cells[1:columns], start=1):
                word = docx_writer._min_text_mm(tree.inline_text(cell.inlines)) * k
                assert widths[i] / Mm(1) >= word + docx_writer._CELL_PADDING_MM - 0.01, (
                    table.caption, tree.inline_text(cell.inlines))
                checked += 1
    assert checked >= 10


def _paragraphs(memo: Memo, profile: str):
    out = io.BytesIO()
    build_docx(memo, out, load_profile(profile))
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as z:
        body = etree.fromstring(z.read("word/document.xml")).find(W + "body")
    return [("".join(t.text or "" for t in p.iter(W + "t")),
             p.find(f"{W}pPr/{W}keepNext") is not None) for p in body.iter(W + "p")]


@pytest.mark.parametrize("profile", PROFILES)
def test_a_line_with_its_own_value_does_not_chain_onto_the_next_label(profile):
    # "Leverantör: X" kept with "Fördelar:", which keeps with its list: LibreOffice breaks
    # such a chain after the second label and leaves "Fördelar:" alone at the page foot.
    memo = social_2024()
    for o in memo.options:
        o.supplier, o.advantages, o.disadvantages = "Leverantör AB", "Snabbt.", "Dyrt."
    paragraphs = _paragraphs(memo, profile)
    pairs = list(zip(paragraphs, paragraphs[1:], strict=False))
    suppliers = [(a, b) for a, b in pairs if a[0].startswith("Leverantör:")]
    assert len(suppliers) == 3
    for (text, keep), (after, _k) in suppliers:
        assert after == "Fördelar:Snabbt." and not keep, text
    # A label opens its text's paragraph (the label on a line of its own): nothing to chain.
    labels = [a for a in paragraphs if a[0].startswith(("Fördelar:", "Nackdelar:"))]
    assert sorted({t for t, _k in labels}) == ["Fördelar:Snabbt.", "Nackdelar:Dyrt."]
    assert not any(keep for _t, keep in labels)


@pytest.mark.parametrize("profile", PROFILES)
def test_a_cost_score_for_an_option_with_which_the_services_stop_says_so(profile):
    # Alternative 3 costs 50 000 kr in 2024, the one year all three cover: it scores 5 on cost
    # against 200 000 and 150 000 kr, and the reader must learn in the same place why.
    memo = social_2024()
    memo.criteria = [Criterion(title="Kostnad", weight=D(100), from_costs=True)]
    lines = texts(memo, profile)
    reason = next(t for t in lines if t.startswith("Kostnad: betygen"))
    assert reason.endswith("med alt.\u00a03 upphör tjänsterna, så den lägre kostnaden är ingen "
                           "besparing för samma tjänster.")
    memo.options[2].services_stop = False
    lines = texts(memo, profile)
    assert not any("upphör tjänsterna" in t for t in lines if t.startswith("Kostnad: betygen"))


@pytest.mark.parametrize("profile", PROFILES)
def test_an_unassessed_question_states_no_risk_in_the_officials_name(profile):
    # The risk field starts at "Medel"; until the official has assessed the question, that
    # default is nobody's finding and is not printed.
    library = default_library()
    memo = social_2024()
    on = memo.case.decision_date
    memo.caveats = [caveat_for_memo(library.get(i), memo, on) for i in ("gdpr-art-28", "lou-belopp")]
    memo.caveats[1].assessment = Assessment.YES
    memo.caveats[1].risk = Severity.LOW
    lines = texts(memo, profile, library=library)
    said = [t for t in lines if "bedömning – löser förslaget frågan?" in t]
    assert len(said) == 2
    assert said[0].endswith("frågan? Ej bedömt.") and "risk" not in said[0]
    assert said[1].endswith("frågan? Ja. Kvarstående risk: Låg.")


@pytest.mark.parametrize("decided", [date(2021, 4, 14), date(2026, 3, 18)])
def test_the_lou_entry_does_not_read_as_if_an_extension_needed_a_new_procurement(decided):
    # A region extending under the contract's own extension clause read that above the limit
    # "krävs ett avrop från ett ramavtal eller en annonserad upphandling": a kommunjurist adds
    # the option or extension the procured contract already held (17 kap. LOU).
    library = default_library()
    memo = social_2024()
    memo.case.meeting_date = decided
    text = caveat_for_memo(library.get("lou-belopp"), memo, decided).text
    assert "annonserad upphandling eller ett avrop från ett ramavtal" in text
    assert ("En option eller förlängning som fanns i det upphandlade avtalet från början kan "
            "utnyttjas utan ny upphandling (17 kap. LOU)") in text  # its own sentence (≤ 30 words)


@pytest.mark.parametrize("profile", PROFILES)
def test_a_note_under_a_table_is_kept_with_the_tables_last_row(profile):
    # "Åren i tabellerna är avtalsår …" opened a page alone, its table on the page before.
    memo = social_2024()
    memo.assumptions.year_basis = YearBasis.CONTRACT
    out = io.BytesIO()
    build_docx(memo, out, load_profile(profile))
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as z:
        body = etree.fromstring(z.read("word/document.xml")).find(W + "body")
    blocks = [el for el in body if el.tag in (W + "p", W + "tbl")]
    noted = [t for t, p in zip(blocks, blocks[1:], strict=False) if t.tag == W + "tbl"
             and "".join(x.text or "" for x in p.iter(W + "t")).startswith("Åren i tabellerna")]
    assert len(noted) == 1
    last_row = noted[0].findall(W + "tr")[-1]
    assert all(p.find(f"{W}pPr/{W}keepNext") is not None for p in last_row.iter(W + "p"))


@pytest.mark.parametrize("profile", PROFILES)
def test_the_public_version_explains_sekretess_once_and_points_back_to_it(profile):
    # The shipped example: the Lockbox price is marked, so alternative 1's cost table and the
    # comparison both withhold figures. The full note stands under the first; the second points
    # back to it with the same grounds.
    memo = example_memo()
    public = render(memo, load_profile(profile), public=True).tree.text().split("\n")
    notes = [t for t in public if t.startswith("Sekretess:")]
    full = [t for t in notes if "eller skulle göra det möjligt att räkna fram" in t]
    assert len(full) == 1 and len(notes) >= 2, notes
    again = [t for t in notes if t not in full]
    assert again and all("31 kap. 16 § OSL" in t and "alternativ 1" in t for t in again), again
    assert public.index(full[0]) < min(public.index(t) for t in again)
    # The board's version has no such notes.
    board = render(memo, load_profile(profile)).tree.text()
    assert "Sekretess:" not in board


@pytest.mark.parametrize("profile", PROFILES)
def test_a_section_not_written_yet_says_so_under_its_heading(profile):
    # A heading with nothing under it reads as a printing error ("Sammanfattning" and, in a
    # memo without deadline or services, the consequences).
    memo = Memo()
    memo.case.board = "Kommunstyrelsen"
    lines = build_tree(memo, load_profile(profile)).text().split("\n")
    prof = load_profile(profile)
    missing = prof.phrase("missing_value")
    for key in ("summary", "consequences"):
        heading = prof.for_case("", memo.case.board).headings.get(key, "")
        if heading in lines:
            assert lines[lines.index(heading) + 1] == missing, (key, lines)


@pytest.mark.parametrize("profile", PROFILES)
def test_one_option_is_not_compared_with_itself(profile):
    memo = social_2024()
    memo.options = memo.options[1:2]
    memo.baseline_option_id = memo.recommended_option_id = memo.options[0].id
    text = build_tree(memo, load_profile(profile)).text()
    assert "Jämförelse mellan alternativen" not in text
    assert "Skillnad mot jämförelsebasen" not in text
    # Two options are compared as before.
    two = social_2024()
    two.options = two.options[:2]
    assert "Jämförelse mellan alternativen" in build_tree(two, load_profile(profile)).text()


@pytest.mark.parametrize("profile", PROFILES)
def test_an_option_with_nothing_written_under_it_says_so(profile):
    # social_2024's options have titles and costs only: a row of bare headings, each kept
    # with the next, left "Alternativ 1: …" alone at a page foot.
    memo = social_2024()
    assert not any(o.description or o.advantages or o.disadvantages for o in memo.options)
    lines = build_tree(memo, load_profile(profile)).text().split("\n")
    start = lines.index("Alternativ")
    end = next(i for i in range(start + 1, len(lines)) if lines[i] in (
        "Ekonomiska konsekvenser", "Ekonomi"))
    section = lines[start + 1:end]
    titles = [t for t in section if t.startswith("Alternativ ")]
    assert len(titles) == 3
    for t in titles:
        assert section[section.index(t) + 1] == "(saknas)", section


@pytest.mark.parametrize("profile", PROFILES)
def test_costs_are_scored_over_the_years_the_options_that_go_on_cover(profile):
    # A one-year "Avsluta" made its one year the whole cost comparison: the proposal's migration
    # year. Here alternative 2 pays a 300 000 kr migration in 2024 and is cheaper from then on.
    # By hand over 2024–2026 (alternatives 1 and 2 go on): alt 1 600 000 kr, alt 2 300 000 +
    # 3 x 150 000 = 750 000 kr, alt 3 50 000 kr. Over 2024 alone alt 2 (450 000) would be
    # the dearest by far.
    memo = social_2024()
    memo.options[1].cost_lines.append(line("Migrering", 2024, 2024, "300000",
                                           recurrence=Recurrence.ONE_OFF))
    memo.criteria = [Criterion(title="Kostnad", weight=D(100), from_costs=True)]
    analysis = Analysis(memo)
    years, totals = comparable_totals(analysis.costs)
    assert years == [2024, 2025, 2026]
    assert totals == [D(600000), D(750000), D(50000)]
    reason = next(t for t in texts(memo, profile) if t.startswith("Kostnad: betygen"))
    assert "under 2024–2026, de år som alla alternativ där tjänsterna fortsätter omfattar" in reason
    # Without an option where the services stop, the years every option covers, as before.
    memo.options[2].services_stop = False
    assert comparable_totals(Analysis(memo).costs)[0] == [2024]
