"""Issue 20, what a board member looks for first: the Förslag till beslut and the drafted
Sammanfattning state what the decision costs (contract period, and with the options, each with
its years) and how it is financed; where the options' periods differ, each option's average per
year over its own years. A small municipality in 2021 and a region in 2026, figures by hand."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal as D

import pytest

from memo_builder.analysis.revision import Analysis
from memo_builder.analysis.summary_draft import draft_summary
from memo_builder.model.costs import annual_average
from memo_builder.model.memo import (
    AffectedService,
    CaseDetails,
    Consequences,
    CostAssumptions,
    CostLine,
    DecisionPoint,
    Memo,
    Option,
    Recurrence,
    SecrecyMark,
    SecretKind,
)
from memo_builder.model.secrecy import FigureKey
from memo_builder.render.pipeline import render
from memo_builder.render.profile import list_profiles, load_profile

NB = "\u00a0"
OSL = "31 kap. 16 § OSL"
PROFILES = sorted(p.key for p in list_profiles()[0])


def kr(text: str) -> str:
    return re.sub(r"(?<=\d) (?=\d{3}\b|kronor|miljoner)", NB, text)


def line(id_, first, last, price, **kw) -> CostLine:
    return CostLine(id=id_, description=id_, unit_price=D(price), first_year=first,
                    last_year=last, **kw)


def smaby_2021(*, financing="Kostnaden ryms inom kommunstyrelsens budgetram.", marks=()) -> Memo:
    """Småby kommun, 2021. Alternative 1 (proposal, baseline): licences 400 000 kr a year
    2021–2025 with the option from 2024, and own staff 100 000 kr a year 2021–2023.
    Alternative 2: 600 000 kr once in 2021 and 300 000 kr a year 2021–2024, no option years.

    By hand: alternative 1 costs 3 x 400 000 + 3 x 100 000 = 1 500 000 kr over 2021–2023 and
    1 500 000 + 2 x 400 000 = 2 300 000 kr over 2021–2025 (460 000 kr a year; 500 000 kr a year
    over the contract period). Alternative 2: 600 000 + 4 x 300 000 = 1 800 000 kr over
    2021–2024, 450 000 kr a year."""
    keep = Option(id="a", title="Förläng avtalet", cost_lines=[
        line("Licenser", 2021, 2025, "400000", option_from_year=2024),
        line("Egen personal", 2021, 2023, "100000", internal=True)])
    switch = Option(id="b", title="Byt leverantör", cost_lines=[
        line("Införande", 2021, 2021, "600000", recurrence=Recurrence.ONE_OFF),
        line("Ny tjänst", 2021, 2024, "300000")])
    memo = Memo(
        profile="kommun",
        case=CaseDetails(organisation="Småby kommun", board="Kommunstyrelsen",
                         administration="Kommunledningskontoret", title="Avtal om e-post",
                         memo_date=date(2021, 3, 1), meeting_date=date(2021, 3, 24)),
        options=[keep, switch], baseline_option_id="a", recommended_option_id="a",
        assumptions=CostAssumptions(financing=financing),
        decision_points=[DecisionPoint(text="förlänga avtalet om e-post till och med 2023")],
        consequences=Consequences(deadline=date(2021, 6, 30),
                                  services=[AffectedService("e-post", "anställda", 300)]),
    )
    memo.secrecy.marks = [SecrecyMark(kind=k, target=t, ground=OSL) for k, t in marks]
    return memo


def lines_of(memo: Memo, profile: str | None = None, public: bool = False) -> list[str]:
    prof = load_profile(profile or memo.profile, open_base=False)
    return render(memo, prof, public=public).tree.text().split("\n")


CONTRACT_AND_OPTION = kr("Förslaget, alternativ 1, kostar 1 500 000 kronor under avtalsperioden "
                         "2021–2023. Om optionen utnyttjas kostar det 2 300 000 kronor under "
                         "2021–2025.")
# Alternative 2 runs 2021–2024, alternative 1 2021–2023 (2025 with the option): their totals are
# no comparison, and page one says so with the proposal's average, 2 300 000 / 5 = 460 000 kr.
PERIODS = kr("Alternativen gäller olika långa perioder. Per år kostar förslaget i genomsnitt "
             "460 000 kronor under 2021–2025; varje alternativs kostnad per år redovisas under "
             "Ekonomiska konsekvenser.")
PROPOSAL = CONTRACT_AND_OPTION + " " + PERIODS


def test_the_averages_are_taken_over_each_options_own_years():
    costs = Analysis(smaby_2021()).costs
    whole, contract = annual_average(costs[0]), annual_average(costs[0], contract_only=True)
    assert (whole.years, whole.total, whole.amount) == ([2021, 2022, 2023, 2024, 2025],
                                                        D("2300000"), D("460000"))
    assert (contract.years, contract.amount) == ([2021, 2022, 2023], D("500000"))
    other = annual_average(costs[1])
    assert (other.years, other.amount) == ([2021, 2022, 2023, 2024], D("450000"))
    # A gap year counts at 0 kr: 2021 and 2023 at 90 000 kr is 60 000 kr a year over three.
    gap = Memo(options=[Option(cost_lines=[line("A", 2021, 2021, "90000"),
                                           line("B", 2023, 2023, "90000")])])
    avg = annual_average(Analysis(gap).costs[0])
    assert (avg.years, avg.amount) == ([2021, 2022, 2023], D("60000"))
    assert annual_average(Analysis(Memo(options=[Option()])).costs[0]) is None


@pytest.mark.parametrize("profile", PROFILES)
def test_the_proposal_states_its_cost_and_financing_in_every_profile(profile):
    lines = lines_of(smaby_2021(), profile)
    point = lines.index("förlänga avtalet om e-post till och med 2023")
    # Right under the official's point (kept as typed): the program's sentence, then the
    # official's financing as typed.
    assert lines[point + 1:point + 4] == [PROPOSAL, "Finansiering:",
                                          "Kostnaden ryms inom kommunstyrelsens budgetram."]


@pytest.mark.parametrize("profile", PROFILES)
def test_where_periods_differ_each_option_gets_its_average_per_year(profile):
    lines = lines_of(smaby_2021(), profile)
    assert kr("Alternativ 1: i genomsnitt 500 000 kronor per år under avtalsperioden 2021–2023 "
              "och 460 000 kronor per år inklusive option under 2021–2025.") in lines
    assert kr("Alternativ 2: i genomsnitt 450 000 kronor per år under 2021–2024.") in lines
    # Never a difference between the averages, nor between the unequal totals (2 300 000
    # against 1 800 000 would read as 500 000 kr).
    assert not any(kr("500 000 kronor mer") in t or kr("500 000 kronor mindre") in t
                   for t in lines)


def test_a_one_year_option_gets_its_cost_not_an_average_and_a_stop_is_marked():
    memo = smaby_2021()
    memo.options.append(Option(id="c", title="Avsluta", services_stop=True, cost_lines=[
        line("Export av data", 2021, 2021, "80000", recurrence=Recurrence.ONE_OFF)]))
    lines = lines_of(memo)
    assert kr("Alternativ 3 (tjänsterna upphör): 80 000 kronor under 2021, det enda år "
              "alternativet omfattar.") in lines
    assert not any(t.startswith("Alternativ 3") and "i genomsnitt" in t for t in lines)


def test_a_proposal_without_cost_lines_states_no_cost():
    memo = smaby_2021()
    memo.options[0].cost_lines = []
    lines = lines_of(memo)
    point = lines.index("förlänga avtalet om e-post till och med 2023")
    assert lines[point + 1] == "Finansiering:"  # the official's statement, no cost sentence
    assert not any(t.startswith("Förslaget, alternativ 1") for t in lines)
    assert not any(t.startswith("Alternativ 1:") and "genomsnitt" in t for t in lines)


def test_options_over_the_same_years_get_no_average_line():
    memo = smaby_2021()
    memo.options[0].cost_lines = [line("Licenser", 2021, 2024, "400000")]
    assert not any("i genomsnitt" in t for t in lines_of(memo))


def test_an_option_with_only_option_years_says_so():
    memo = smaby_2021()
    memo.options[0].cost_lines = [line("Licenser", 2022, 2023, "250000", option_period=True)]
    lines = lines_of(memo)
    # 500 000 / 2 = 250 000 kr a year over its two years.
    assert kr("Förslaget, alternativ 1, kostar 500 000 kronor under 2022–2023, om optionen "
              "utnyttjas. Alternativen gäller olika långa perioder. Per år kostar förslaget i "
              "genomsnitt 250 000 kronor under 2022–2023; varje alternativs kostnad per år "
              "redovisas under Ekonomiska konsekvenser.") in lines


def test_estimates_are_said_to_be_so_in_the_proposal():
    memo = smaby_2021()
    memo.assumptions.figures_are_estimates = True
    lines = lines_of(memo)
    estimate = kr("Förslaget, alternativ 1, kostar cirka 1,5 miljoner kronor under avtalsperioden "
                  "2021–2023. Om optionen utnyttjas kostar det cirka 2,3 miljoner kronor under "
                  "2021–2025. Alternativen gäller olika långa perioder. Per år kostar förslaget "
                  "i genomsnitt cirka ")
    said = [t for t in lines if t.startswith(estimate)]
    assert len(said) == 1 and kr("460 000 kronor under 2021–2025;") in said[0], said


def test_no_proposal_no_sentence_and_no_financing_in_the_proposal():
    memo = smaby_2021()
    memo.recommended_option_id = ""
    lines = lines_of(memo)
    point = lines.index("förlänga avtalet om e-post till och med 2023")
    assert not lines[point + 1].startswith("Förslaget") and lines[point + 1] != "Finansiering:"


def test_the_public_version_never_prints_a_withheld_cost_or_average():
    # The licence price is confidential: 5 x price + 300 000 reveals it, so alternative 1's
    # totals and averages are withheld; alternative 2 has nothing confidential.
    memo = smaby_2021(marks=[(SecretKind.UNIT_PRICE, "Licenser")])
    public = lines_of(memo, public=True)
    text = "\n".join(public)
    # The average is withheld with its total: the periods are said to differ, with no figure.
    assert ("Kostnaden för förslaget, alternativ 1, omfattas av sekretess. Alternativen gäller "
            "olika långa perioder; varje alternativs kostnad per år redovisas under Ekonomiska "
            "konsekvenser.") in public
    assert ("Alternativ 1: i genomsnitt (sekretess) per år under avtalsperioden 2021–2023 och "
            "(sekretess) per år inklusive option under 2021–2025.") in public
    assert kr("Alternativ 2: i genomsnitt 450 000 kronor per år under 2021–2024.") in public
    for figure in ("1 500 000", "2 300 000", "460 000", "500 000"):
        assert kr(figure) not in text, figure
    # The board's version states them.
    board = lines_of(memo)
    assert PROPOSAL in board
    # Each average is a figure of the catalogue, decided with its total.
    w = Analysis(memo).withholding
    assert w.withheld(FigureKey("average", 0, basis="total")) and w.withheld(FigureKey("average", 0, basis="contract"))
    assert not w.withheld(FigureKey("average", 1, basis="total"))


# -- the drafted summary --------------------------------------------------------------------------
def test_the_drafted_summary_states_cost_and_years_and_leaves_the_financing_to_the_proposal():
    memo = smaby_2021()
    text = draft_summary(Analysis(memo))
    assert "Förslaget kostar 1,5 miljoner kronor under avtalsperioden 2021–2023." in text
    assert "Om optionen utnyttjas kostar det 2,3 miljoner kronor under 2021–2025." in text
    # Förslag till beslut states the financing on the same page: said once, there.
    assert "Finansiering" not in text and "budgetram" not in text
    assert lines_of(memo).count("Kostnaden ryms inom kommunstyrelsens budgetram.") == 1


def test_the_drafted_summary_says_a_rounded_figure_is_rounded():
    # 872 800 kr was said exactly in the draft beside "cirka 873 000 kronor" on page one; an
    # exact figure the draft rounds says "cirka".
    from memo_builder.analysis.summary_draft import money

    def said(value):  # spaces as the reader sees them (bound at render time)
        return money(D(value)).replace("\u00a0", " ")

    assert said("872800") == "cirka 873 000 kronor"
    assert said("873000") == "873 000 kronor"
    assert said("1528850") == "cirka 1,5 miljoner kronor"
    assert said("1500000") == "1,5 miljoner kronor"
    assert money(D("1500000"), estimated=True).startswith("cirka")


def test_the_drafted_summary_speaks_of_the_cases_own_bodies():
    memo = smaby_2021()
    words = load_profile("kommun", open_base=False).for_case(
        memo.case.administration, memo.case.board).words
    text = draft_summary(Analysis(memo), words)
    assert text.startswith("Kommunledningskontoret föreslår att kommunstyrelsen väljer "
                           "alternativ 1")
    assert "nämnden" not in text and "Förvaltningen" not in text


def test_the_drafted_summary_of_a_deadline_already_passed():
    memo = smaby_2021()
    memo.consequences.deadline = date(2021, 2, 28)  # before the meeting on 24 March
    text = draft_summary(Analysis(memo))
    assert ("Avtalet löpte ut den 28 februari 2021, före sammanträdet den 24 mars 2021. Utan ett "
            "beslut upphör e-post för 300 anställda.") in text
    assert "före dess" not in text


def test_the_drafted_summary_gives_no_withheld_difference():
    # The baseline's licence price is confidential; the proposal (alternative 2) has nothing
    # confidential, so its own totals stand, but its difference to the baseline (1 800 000
    # against 4 x 400 000 + 300 000 over 2021–2024) and the baseline's 2025 (400 000 kr, the
    # price itself) would reveal the price.
    memo = smaby_2021(marks=[(SecretKind.UNIT_PRICE, "Licenser")])
    memo.recommended_option_id = "b"
    w = Analysis(memo).withholding
    assert w.withheld(FigureKey("difference", 1)) and not w.withheld(FigureKey("total", 1))
    text = draft_summary(Analysis(memo))
    # Today's draft said "100 000 kronor mindre" and "400 000 kronor under 2025": the price.
    assert "100 000" not in text.replace(NB, " ") and "400" not in text
    assert "Skillnaden mot ”Förläng avtalet” under 2021–2024, inklusive option, omfattas av " \
        "sekretess." in text
    assert "Förslaget kostar 1,8 miljoner kronor under 2021–2024." in text


def test_the_drafted_summary_says_inklusive_option_for_an_option_from_year():
    memo = smaby_2021()
    memo.recommended_option_id = "b"
    text = draft_summary(Analysis(memo))
    # 1 800 000 against 4 x 400 000 + 3 x 100 000 = 1 900 000 over 2021–2024, including the
    # baseline's option year 2024: 100 000 kr less; its 2025 (400 000 kr) said separately.
    assert kr("Under 2021–2024, inklusive option, kostar förslaget 100 000 kronor mindre än "
              "”Förläng avtalet”.") in kr(text)
    assert kr("Därtill kostar ”Förläng avtalet” 400 000 kronor under 2025") in kr(text)


def test_a_memo_without_option_years_never_speaks_of_including_options():
    memo = smaby_2021()
    memo.options[0].cost_lines[0].option_from_year = 0  # 2021–2025, all contract years
    from memo_builder.model.memo import Criterion

    memo.criteria = [Criterion(title="Pris", weight=D("100"), from_costs=True)]
    lines = lines_of(memo)
    assert ("Skillnaden mot jämförelsebasen räknas bara över de år som både alternativet och "
            "jämförelsebasen omfattar; åren står vid varje belopp:") in lines
    assert ("Diagrammet visar kostnaden per år för varje alternativ. Samma siffror finns i "
            "tabellen under diagrammet.") in lines
    reason = next(t for t in lines if t.startswith("Pris:"))
    assert "betygen är beräknade från kostnaderna under 2021–2024, de år som alla" in reason
    # The LOU's own rule still names options (it counts them); nothing else does.
    assert [t for t in lines if "inklusive option" in t and "optioner och förlängningar"
            not in t] == []
