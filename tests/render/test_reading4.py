"""A fourth reading by a kommunjurist, a board member, a finance officer and a journalist, each
defect as a test. The cases: a region deciding on 2024-03-20 on a hospital e-learning platform
(prices in euro, one line an estimate) and a small kommun's barn- och utbildningsnämnd deciding
on 2020-02-12 on a school administration system. Figures by hand in each test."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from memo_builder.analysis.revision import Analysis
from memo_builder.files.caveat_library import default_library
from memo_builder.model.legal import caveat_for_memo
from memo_builder.model.memo import (
    CaseDetails,
    CaseFacts,
    Consequences,
    CostAssumptions,
    CostCategory,
    CostLine,
    DecisionPoint,
    Memo,
    Option,
    Recurrence,
)
from memo_builder.render.pipeline import build_tree
from memo_builder.render.profile import list_profiles, load_profile

PROFILES = sorted(p.key for p in list_profiles()[0])
NB = "\u00a0"


def region_2024() -> Memo:
    """Alternative 1: 24 000 users at 4,20 EUR a year 2024–2026 (2026 an option year), rate
    11,35. Alternative 2: 24 000 users at 3,10 EUR 2024–2027 and the region's own project
    management, 640 000 kr once in 2024, the one line marked as an estimate."""
    a = Option(title="Förnya avtalet", cost_lines=[
        CostLine(description="Användarlicenser", volume=D(24000), volume_unit="användare",
                 unit_price=D("4.20"), currency="EUR", exchange_rate=D("11.35"),
                 first_year=2024, last_year=2026, option_from_year=2026)])
    b = Option(title="Ny leverantör i fyra år", cost_lines=[
        CostLine(description="Användarlicenser", volume=D(24000), volume_unit="användare",
                 unit_price=D("3.10"), currency="EUR", exchange_rate=D("11.35"),
                 first_year=2024, last_year=2027),
        CostLine(category=CostCategory.INTERNAL_STAFF, description="Egen projektledning",
                 unit_price=D("640000"), internal=True, recurrence=Recurrence.ONE_OFF,
                 first_year=2024, last_year=2024, estimate=True)])
    return Memo(
        profile="kommun",
        case=CaseDetails(organisation="Region Sydmark", administration="Regionkontoret",
                         board="Regionstyrelsen", title="Avtal om e-lärandeplattform",
                         memo_date=date(2024, 2, 28), meeting_date=date(2024, 3, 20)),
        options=[a, b], baseline_option_id=a.id, recommended_option_id=b.id,
        consequences=Consequences(deadline=date(2024, 4, 30)),
        decision_points=[DecisionPoint(text="Regionstyrelsen tecknar avtal om e-lärande.")],
    )


def school_2020() -> Memo:
    memo = Memo(
        profile="kommun",
        case=CaseDetails(organisation="Åsby kommun",
                         administration="Barn- och utbildningsförvaltningen",
                         board="Barn- och utbildningsnämnden",
                         title="Skoladministrativt system 2020–2023",
                         memo_date=date(2020, 1, 24), meeting_date=date(2020, 2, 12)),
        facts=CaseFacts(personal_data=True, cloud_service=True),
        options=[Option(title="Förlänga avtalet", cost_lines=[
            CostLine(description="Licenser", volume=D(1850), unit_price=D(92),
                     first_year=2020, last_year=2023)])],
        assumptions=CostAssumptions(figures_are_estimates=True),
        consequences=Consequences(deadline=date(2020, 6, 30)),
        decision_points=[DecisionPoint(text="förlänga avtalet.")],
    )
    memo.recommended_option_id = memo.options[0].id
    return memo


def texts(memo: Memo, profile: str, library=None) -> list[str]:
    return build_tree(memo, load_profile(profile), library=library).text().split("\n")


# -- finance officer: an estimate on one line is not every figure an estimate --------------
@pytest.mark.parametrize("profile", PROFILES)
def test_one_estimated_line_does_not_make_every_figure_an_estimate(profile):
    # Only "Egen projektledning" is marked as an estimate; the licence prices are the
    # suppliers'. The memo said "Beloppen i detta dokument är uppskattningar och ska läsas som
    # sådana." over every table.
    lines = texts(region_2024(), profile)
    assert not any(t.startswith("Beloppen i detta") and "uppskattningar" in t for t in lines)
    assert any("märkta ”uppskattning”" in t for t in lines)
    # The line says it: "640 000 kr, engångskostnad, intern, uppskattning".
    assert any(t.startswith(f"640{NB}000{NB}kr, engångskostnad, intern, uppskattning |")
               for t in lines)


@pytest.mark.parametrize("profile", PROFILES)
def test_every_figure_an_estimate_still_says_so(profile):
    lines = texts(school_2020(), profile)
    assert any(t.startswith("Beloppen i detta") and "uppskattningar" in t for t in lines)
    assert not any("märkta ”uppskattning”" in t for t in lines)


# -- finance officer: a price in euro and cents shows its cents -----------------------------
def test_a_price_with_cents_is_written_with_two_decimals():
    # 4,20 EUR was written "4,2 EUR/år"; 3,10 EUR "3,1 EUR/år".
    lines = texts(region_2024(), "kommun")
    assert any(t.startswith(f"24{NB}000 användare à 4,20{NB}EUR/år, option från 2026 |")
               for t in lines)
    assert any(t.startswith(f"24{NB}000 användare à 3,10{NB}EUR/år |") for t in lines)
    assert not any("4,2\u00a0EUR" in t or "3,1\u00a0EUR" in t for t in lines)


# -- kommunjurist: a board named "X- och Ynämnden" is written small inside a sentence ---------
def test_a_compound_board_name_is_written_small_inside_a_library_sentence():
    # GDPR art. 28: "Leverantören behandlar personuppgifter för Barn- och utbildningsnämndens
    # räkning" (a capital mid-sentence); "för regionstyrelsens räkning" was right.
    memo = school_2020()
    library = default_library()
    on = memo.case.decision_date
    memo.caveats = [caveat_for_memo(library.get("gdpr-art-28"), memo, on)]
    text = " ".join(texts(memo, "kommun", library))
    assert "för barn- och utbildningsnämndens räkning" in text
    assert "för Barn- och utbildningsnämndens räkning" not in text
    # A proper name keeps its capitals; a single body word was already written small.
    from memo_builder.model.caveats import BodyNames, fill_bodies
    for board, written in (("Nämnden för Intraservice", "Nämnden för Intraservice"),
                           ("Kultur-, fritids- och tekniknämnden",
                            "kultur-, fritids- och tekniknämnden"),
                           ("Socialnämnden", "socialnämnden")):
        assert fill_bodies("för {board}s räkning", BodyNames(board=board)) \
            == f"för {written}s räkning"


# -- finance officer: the workbook's summary names the years of each difference -------------
def _summary_sheet(memo: Memo):
    import io

    import openpyxl

    from memo_builder.publish.workbook import export_costs

    data = export_costs(Analysis(memo)).data
    return openpyxl.load_workbook(io.BytesIO(data))["Sammanfattning"]


def test_the_workbook_summary_names_the_years_each_difference_is_over():
    # The summary put alternative 2's difference (2024–2026) and a one-year alternative's
    # (2024) in one column headed "samma år", naming no years: two sums over different
    # periods side by side. The memo names the years at every difference.
    memo = region_2024()
    memo.options.append(Option(title="Avsluta", services_stop=True, cost_lines=[
        CostLine(description="Export", unit_price=D(210000), recurrence=Recurrence.ONE_OFF,
                 first_year=2024, last_year=2024)]))
    ws = _summary_sheet(memo)
    heads = [ws.cell(row=5, column=c).value for c in range(1, ws.max_column + 1)]
    assert "Jämförda år (inklusive option)" in heads
    col = heads.index("Jämförda år (inklusive option)") + 1
    assert [ws.cell(row=r, column=col).value for r in (6, 7, 8)] == [
        "2024–2026", "2024–2026", "2024"]
    assert not any(h and "samma år" in h for h in heads)


def test_the_workbook_secrecy_notice_wraps_in_its_column():
    # In LibreOffice's PDF the notice ran past the page edge ("lämna inte ut den ut") and on
    # the next page over the repeated label column ("som än; lämna inte ut").
    from memo_builder.model.memo import Secrecy, SecrecyMark, SecretKind

    memo = region_2024()
    line = memo.options[1].cost_lines[0]
    memo.secrecy = Secrecy(marks=[SecrecyMark(kind=SecretKind.UNIT_PRICE, target=line.id,
                                              ground="31 kap. 16 § OSL")])
    ws = _summary_sheet(memo)
    notice = ws["A4"]
    assert notice.value.startswith("Sekretess:") and notice.alignment.wrap_text
    assert ws["A3"].alignment.wrap_text
    assert ws.row_dimensions[4].height and ws.row_dimensions[4].height > 30
