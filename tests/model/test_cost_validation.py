"""Cost and consequence checks in validation: each message at its field path, at the right level."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from memo_builder.analysis.revision import Analysis
from memo_builder.files.caveat_library import default_library
from memo_builder.model.legal import suggested_entries
from memo_builder.model.memo import (
    AffectedService,
    CaseDetails,
    Consequences,
    CostAssumptions,
    CostCategory,
    CostLine,
    LegalCaveat,
    Memo,
    Option,
    Recurrence,
    YearBasis,
)
from memo_builder.model.problems import Level
from tests.helpers import validate


@pytest.fixture(scope="module")
def library():
    return default_library()


def line(**kw) -> CostLine:
    base = dict(
        category=CostCategory.SUPPORT,
        description="Support",
        volume=D("1"),
        volume_unit="avtal",
        unit_price=D("1000"),
        first_year=2018,
        last_year=2020,
    )
    base.update(kw)
    return CostLine(**base)


def staff() -> CostLine:
    return line(category=CostCategory.INTERNAL_STAFF, description="Egen personal", internal=True)


def memo_with(*lines: CostLine, **option_kw) -> Memo:
    return Memo(
        case=CaseDetails(memo_date=date(2018, 4, 26), meeting_date=date(2018, 5, 16)),
        options=[Option(title="Förnya", cost_lines=[*lines, staff()], **option_kw)],
        # Issue 20: a clean memo states its financing and what its years are.
        assumptions=CostAssumptions(user_count=100, financing="Ryms inom budget.",
                                    year_basis=YearBasis.CALENDAR),
        consequences=Consequences(deadline=date(2018, 6, 1), services=[AffectedService("e-post")]),
    )


def found(memo: Memo, library=None) -> dict[str, list[tuple[Level, str]]]:
    out: dict[str, list[tuple[Level, str]]] = {}
    for p in validate(memo, library):
        out.setdefault(p.path, []).append((p.level, p.message))
    return out


def at(memo: Memo, path: str, level: Level, library=None) -> str:
    """The one message of ``level`` at ``path`` (fails with the full list if missing)."""
    problems = found(memo, library)
    messages = [m for lvl, m in problems.get(path, []) if lvl is level]
    assert messages, f"no {level} at {path}; got {problems}"
    return messages[0]


LINE = "options[0].cost_lines[0]"


def test_clean_cost_lines_give_no_cost_problems():
    problems = found(memo_with(line()))
    cost_paths = [p for p in problems if ".cost_lines" in p or p.startswith("assumptions")]
    assert cost_paths == []


# -- bad input at the field ----------------------------------------------------------------


def test_negative_amount_only_as_credit():
    message = at(memo_with(line(unit_price=D("-500"))), f"{LINE}.unit_price", Level.ERROR)
    assert "Kreditering/rabatt" in message
    credit = line(unit_price=D("-500"), category=CostCategory.CREDIT, description="Rabatt")
    assert f"{LINE}.unit_price" not in found(memo_with(credit))


def test_negative_volume():
    assert "negativ" in at(memo_with(line(volume=D("-1"))), f"{LINE}.volume", Level.ERROR)


def test_end_year_before_start_year():
    message = at(memo_with(line(first_year=2020, last_year=2018)), f"{LINE}.last_year", Level.ERROR)
    assert "2018" in message and "2020" in message and "före startåret" in message


def test_end_year_is_ignored_for_one_off_lines():
    one_off = line(recurrence=Recurrence.ONE_OFF, first_year=2020, last_year=0)
    assert f"{LINE}.last_year" not in found(memo_with(one_off))


@pytest.mark.parametrize("year", [0, 20180, 1800])
def test_start_year_out_of_range(year):
    assert "startår" in at(memo_with(line(first_year=year)), f"{LINE}.first_year", Level.ERROR)


@pytest.mark.parametrize("index", ["25.5", "200", "-30"])
def test_index_above_sane_bound(index):
    message = at(memo_with(line(index_percent=D(index))), f"{LINE}.index_percent", Level.ERROR)
    assert "orimlig" in message and "25\u00a0%" in message


def test_index_at_the_bound_is_accepted():
    assert f"{LINE}.index_percent" not in found(memo_with(line(index_percent=D("25"))))


def test_index_base_year_far_from_first_year():
    bad = line(index_percent=D("2"), index_base_year=1918)
    assert "basåret" in at(memo_with(bad), f"{LINE}.index_base_year", Level.ERROR)
    ok = line(index_percent=D("2"), index_base_year=2016)
    assert f"{LINE}.index_base_year" not in found(memo_with(ok))


def test_missing_exchange_rate_for_foreign_currency():
    message = at(memo_with(line(currency="EUR")), f"{LINE}.exchange_rate", Level.ERROR)
    assert "EUR" in message and "växelkurs" in message


def test_zero_exchange_rate():
    bad = line(currency="EUR", exchange_rate=D("0"))
    assert "större än noll" in at(memo_with(bad), f"{LINE}.exchange_rate", Level.ERROR)


def test_currency_must_be_a_code():
    bad = line(currency="euro", exchange_rate=D("10"))
    assert "valutakod" in at(memo_with(bad), f"{LINE}.currency", Level.ERROR)


def test_absurd_amount():
    bad = line(volume=D("1000000"), unit_price=D("10000000"))  # 10^13 kr a year
    assert "kontrollera" in at(memo_with(bad), f"{LINE}.unit_price", Level.ERROR)


def test_licence_line_needs_its_volume_assumption():
    bad = line(category=CostCategory.LICENCES, volume=D("100"), volume_unit="")
    assert "volymantagandet" in at(memo_with(bad), f"{LINE}.volume_unit", Level.WARNING)


# -- warnings ------------------------------------------------------------------------------


def test_option_without_internal_costs():
    memo = memo_with(line())
    memo.options[0].cost_lines.pop()  # the internal staff line
    assert "interna kostnader" in at(memo, "options[0].cost_lines", Level.WARNING)


def test_licence_volume_below_the_users():
    memo = memo_with(line(category=CostCategory.LICENCES, volume=D("9000"), volume_unit="licenser"))
    memo.assumptions.user_count = 45000
    message = at(memo, f"{LINE}.volume", Level.WARNING)
    assert "9\u00a0000" in message and "45\u00a0000" in message


@pytest.mark.parametrize("kw", [
    # The reading's case: a bridging solution filed under licences, 1 × 120 000 kr, 2 600 users.
    dict(description="Övergångslösning", volume=D(1), volume_unit="", unit_price=D(120000)),
    dict(description="Övergångslösning", volume=D(1), volume_unit="st", unit_price=D(120000)),
    dict(description="Licenser, förlängning till årsskiftet", volume=D(1), volume_unit="avtal"),
    dict(description="Förlängning", volume=D(6), volume_unit="månader"),
    dict(description="Uppstartsavgift", volume=D(3), volume_unit="",
         recurrence=Recurrence.ONE_OFF),
])
def test_a_lump_sum_under_licences_is_no_licence_volume(kw):
    # "Övergångslösning: licensvolymen 1 är lägre än de 2 600 användare ärendet berör": a sum
    # for one thing, or a volume that counts months or agreements, is no count of licences.
    memo = memo_with(line(category=CostCategory.LICENCES, **kw))
    memo.assumptions.user_count = 2600
    assert f"{LINE}.volume" not in found(memo)


@pytest.mark.parametrize("kw", [
    dict(description="Licenser", volume=D(1), volume_unit=""),  # the volume forgotten
    dict(description="Zoom", volume=D(1), volume_unit="licenser"),
    dict(description="Zoom", volume=D(2000), volume_unit=""),
    dict(description="Zoom", volume=D(2000), volume_unit="st"),
    dict(description="Eviga licenser", volume=D(500), volume_unit="st",
         recurrence=Recurrence.ONE_OFF),
])
def test_a_real_licence_line_with_too_few_licences_is_still_asked_about(kw):
    memo = memo_with(line(category=CostCategory.LICENCES, **kw))
    memo.assumptions.user_count = 2600
    assert "lägre än de 2\u00a0600 användare" in at(memo, f"{LINE}.volume", Level.WARNING)


def test_licence_volume_equal_to_users_is_fine():
    memo = memo_with(line(category=CostCategory.LICENCES, volume=D("100"), volume_unit="licenser"))
    assert f"{LINE}.volume" not in found(memo)


def test_leaving_the_supplier_without_exit_cost():
    memo = memo_with(line(), leaves_supplier=True)
    assert "exit" in at(memo, "options[0].cost_lines", Level.WARNING)
    memo.options[0].cost_lines.append(line(category=CostCategory.EXIT, description="Exit"))
    assert not any("exit" in m for _, m in found(memo).get("options[0].cost_lines", []))


def test_figures_marked_as_estimates_memo_wide():
    memo = memo_with(line())
    memo.assumptions.figures_are_estimates = True
    assert "uppskattningar" in at(memo, "assumptions.figures_are_estimates", Level.WARNING)
    # and the note must say what is estimated
    assert "kostnadsantagandena" in at(memo, "assumptions.note", Level.WARNING)
    memo.assumptions.note = "Licenspriset är en uppskattning från återförsäljaren."
    assert "assumptions.note" not in found(memo)


def test_figures_marked_as_estimates_per_line():
    memo = memo_with(line(), line(description="Licenser", estimate=True, unit_price=D("500")))
    message = at(memo, "options[0].cost_lines[1].estimate", Level.WARNING)
    # lines: 1 000 × 3 years, 500 × 3 years (estimated), staff 1 000 × 3 years
    assert "1 av 3 kostnadsrader" in message
    assert "1\u00a0500\u00a0kr av totalt 7\u00a0500\u00a0kr" in message


# -- LOU -----------------------------------------------------------------------------------


def test_external_total_above_direct_award_limit_becomes_a_legal_point(library):
    # 200 000 kr a year for 2018-2020 = 600 000 kr > 586 907 kr (limit on 2018-05-16)
    memo = memo_with(line(unit_price=D("200000")))
    message = at(memo, "options[0].cost_lines", Level.WARNING, library)
    assert "600\u00a0000\u00a0kr" in message and "586\u00a0907\u00a0kr" in message
    assert "2018-05-16" in message
    legal = at(memo, "caveats", Level.WARNING, library)
    assert "juridisk punkt" in legal and "LOU" in legal
    # Once the memo has an LOU point, the request for one goes away; the cost warning stays.
    memo.caveats.append(LegalCaveat(library_id="lou-belopp", title="Upphandling", text="…"))
    problems = found(memo, library)
    assert "caveats" not in problems
    assert "options[0].cost_lines" in problems


def test_options_count_towards_the_limit_and_internal_costs_do_not(library):
    # 190 000 × 3 = 570 000 kr in the contract period: under the limit.
    memo = memo_with(line(unit_price=D("190000")))
    assert "caveats" not in found(memo, library)
    # + an option year of 20 000 kr: 590 000 kr > 586 907 kr.
    memo.options[0].cost_lines.append(
        line(unit_price=D("20000"), first_year=2021, last_year=2021, option_period=True)
    )
    assert "caveats" in found(memo, library)
    # Internal staff (3 000 kr) is not bought, so it never counts.
    memo2 = memo_with(line(unit_price=D("195000")))  # 585 000 external + 3 000 internal
    assert "caveats" not in found(memo2, library)


def test_above_eu_threshold_says_so(library):
    memo = memo_with(line(unit_price=D("1000000")))  # 3 000 000 kr > 2 096 097 kr
    assert "tröskelvärde 2\u00a0096\u00a0097\u00a0kr" in at(
        memo, "options[0].cost_lines", Level.WARNING, library
    )


def test_limit_follows_the_decision_year(library):
    # 600 000 kr: above 586 907 kr (2018) but below 615 312 kr (2020).
    memo = memo_with(line(unit_price=D("200000")))
    memo.case.memo_date = date(2020, 3, 1)
    memo.case.meeting_date = date(2020, 3, 20)
    assert "caveats" not in found(memo, library)


# -- consequences --------------------------------------------------------------------------


def test_meeting_after_latest_decision_date():
    memo = memo_with(line(), lead_time_months=1)
    message = at(memo, "options[0].lead_time_months", Level.WARNING)
    assert "2018-05-01" in message and "2018-06-01" in message and "2018-05-16" in message


def test_negative_lead_time():
    memo = memo_with(line(), lead_time_months=-1)
    assert at(memo, "options[0].lead_time_months", Level.ERROR)


def test_deadline_already_passed():
    memo = memo_with(line())
    memo.consequences.deadline = date(2018, 5, 1)
    assert "passerat" in at(memo, "consequences.deadline", Level.WARNING)


def test_consequences_need_deadline_services_and_users():
    memo = memo_with(line())
    memo.consequences = Consequences()
    problems = found(memo)
    assert "consequences.deadline" in problems and "consequences.services" in problems
    memo.consequences = Consequences(deadline=date(2018, 6, 1), services=[AffectedService("e-post")])
    memo.assumptions.user_count = -5
    assert at(memo, "assumptions.user_count", Level.ERROR)


def test_lou_point_is_suggested_first_when_the_limit_is_passed(library):
    memo = memo_with(line(unit_price=D("200000")))  # 600 000 kr > 586 907 kr
    assert suggested_entries(memo, library, Analysis(memo, library).facts, memo.case.decision_date)[0].id == "lou-belopp"
    # and the warning names that entry, so the GUI can offer it
    assert library.get("lou-belopp").title in at(memo, "caveats", Level.WARNING, library)


def test_the_over_the_limit_warning_says_inklusive_option_only_where_there_are_option_years(library):
    # 3 × 200 000 kr of support over 2018–2020, no option years: nothing to include.
    plain = at(memo_with(line(unit_price=D("200000"))), "options[0].cost_lines", Level.WARNING,
               library)
    assert "de externa kostnaderna (600 000 kr)" in plain.replace("\u00a0", " ")
    assert "inklusive option" not in plain
    # The same contract with its last year as an option year: the external cost includes it.
    optioned = at(memo_with(line(unit_price=D("200000"), option_from_year=2020)),
                  "options[0].cost_lines", Level.WARNING, library)
    assert "de externa kostnaderna inklusive option (600 000 kr)" in optioned.replace(
        "\u00a0", " ")
