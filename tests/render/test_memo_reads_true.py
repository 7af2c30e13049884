"""Issue 20: the memo never misleads the board. Like with like (differences only over the
years both options cover), lead time and its bridge, not renewing saves nothing, only what the
official wrote, and what a board member looks for first. Cases of a region in 2026 and a
municipality in 2021, figures computed by hand."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal as D

import pytest

from memo_builder.analysis.revision import Analysis
from memo_builder.analysis.summary_draft import draft_summary
from memo_builder.files import storage
from memo_builder.files.caveat_library import default_library
from memo_builder.model.memo import (
    AffectedService,
    Attachment,
    CaseDetails,
    Consequences,
    CostAssumptions,
    CostCategory,
    CostLine,
    Criterion,
    DecisionPoint,
    LegalCaveat,
    Memo,
    Option,
    Person,
    Perspective,
    Recurrence,
    YearBasis,
)
from memo_builder.model.problems import Level
from memo_builder.render.pipeline import build_tree
from memo_builder.render.profile import list_profiles, load_profile
from tests.helpers import validate

NB = "\u00a0"


def kr(text: str) -> str:
    """Swedish number spacing as the memo writes it: 12 000 000 kronor, 31 000 tkr."""
    return re.sub(r"(?<=\d) (?=\d{3}\b|kronor|tkr)", NB, text)


def line(first, last, price, *, option=False, internal=False, bridge=False, one_off=False,
         category=CostCategory.LICENCES, description="Licenser"):
    return CostLine(description=description, category=category, unit_price=D(price),
                    first_year=first, last_year=last, option_period=option, internal=internal,
                    bridge=bridge,
                    recurrence=Recurrence.ONE_OFF if one_off else Recurrence.ANNUAL)


def region_2026(**assumptions) -> Memo:
    """Region Exempel, 2026: the baseline runs 2026–2028 at 30 mkr a year with an option year
    2029 at 31 mkr; alternative 2 runs 2026–2028 at 26 mkr a year with no option year."""
    base = Option(id="a", title="Förnya med ett optionsår",
                  cost_lines=[line(2026, 2028, "30000000"),
                              line(2029, 2029, "31000000", option=True),
                              line(2026, 2028, "500000", internal=True)])
    other = Option(id="b", title="Nytt avtal i tre år",
                   cost_lines=[line(2026, 2028, "26000000"),
                               line(2026, 2028, "500000", internal=True)])
    return Memo(
        profile="kommun",
        case=CaseDetails(organisation="Region Exempel", board="Regionstyrelsen",
                         title="Förnyelse av avtal om e-post", memo_date=date(2026, 2, 20),
                         meeting_date=date(2026, 3, 18)),
        options=[base, other], baseline_option_id="a", recommended_option_id="b",
        assumptions=CostAssumptions(**assumptions),
        consequences=Consequences(deadline=date(2026, 12, 31),
                                  services=[AffectedService("e-post", "anställda", 40000)]),
    )


def texts(memo: Memo, profile=None, library=None) -> list[str]:
    return build_tree(memo, profile, library=library).text().split("\n")


def problems(memo: Memo, **kw) -> dict[str, list[tuple[Level, str]]]:
    out: dict[str, list[tuple[Level, str]]] = {}
    for p in validate(memo, **kw):
        out.setdefault(p.path, []).append((p.level, p.message))
    return out


# -- like with like -----------------------------------------------------------------------------
def test_an_option_without_option_years_is_compared_over_the_same_years():
    lines = texts(region_2026())
    # 3 x 26 mkr + 3 x 0,5 mkr against 3 x 30 mkr + 3 x 0,5 mkr: 12 mkr less, both periods,
    # which are the same years: said once, not "utan option" and "inklusive option" in turn.
    assert kr("Under 2026–2028 kostar alternativet 12 000 000 kronor mindre än "
              "jämförelsebasen.") in lines
    assert not any("option, kostar alternativet" in t for t in lines)
    assert kr("Därtill kostar jämförelsebasen 31 000 000 kronor under 2029, som alternativet "
              "inte omfattar.") in lines
    # Today's code said 43 mkr less "inklusive option": 79,5 against 122,5 mkr.
    assert not any("43" in t and "mindre" in t for t in lines)
    note = next(t for t in lines if t.startswith("Jämförelsebasen (alt."))
    assert kr("31 000 tkr under 2029") in note and "ingår inte i skillnaden" in note


def test_the_difference_table_states_the_common_years():
    memo = region_2026()
    lines = texts(memo)
    rows = [t for t in lines if t.startswith("2. Nytt avtal i tre år (förslag) |")]
    # The comparison table first, then the difference table: years both cover, then -12 000.
    diff = [r for r in rows if "2026–2028" in r][-1]
    cells = [c.strip() for c in diff.split("|")]
    assert cells[1:] == ["2026–2028", "−12" + NB + "000", "2026–2028", "−12" + NB + "000"]


def test_the_drafted_summary_compares_the_same_years():
    text = draft_summary(Analysis(region_2026(financing="Ryms inom regionstyrelsens budget.")))
    assert ("Under 2026–2028, inklusive option, kostar förslaget 12 miljoner kronor mindre än "
            "”Förnya med ett optionsår”") in text
    assert "Därtill kostar ”Förnya med ett optionsår” 31 miljoner kronor under 2029" in text
    assert "Finansiering" not in text  # Förslag till beslut says it, on the same page


def test_criteria_cost_scores_say_the_years_they_compare():
    memo = region_2026()
    memo.criteria = [Criterion(title="Kostnad", weight=D("100"), from_costs=True)]
    lines = texts(memo)
    reason = next(t for t in lines if t.startswith("Kostnad:"))
    assert "under 2026–2028, de år som alla alternativ med kostnader omfattar" in reason
    # Over the same years alternative 2 is the cheaper: 5 against 1 (not by the option year).
    row = next(t for t in lines if t.startswith("beräknat från kostnaderna |"))
    assert [c.strip() for c in row.split("|")][-2:] == ["1", "5"]


def test_not_renewing_says_the_services_stop_in_the_same_place():
    memo = region_2026()
    stop = Option(id="c", title="Förnya inte",
                  cost_lines=[line(2026, 2026, "2000000", one_off=True,
                                   category=CostCategory.EXIT, description="Export av data")])
    memo.options.append(stop)
    found = problems(memo)
    assert any(level is Level.WARNING for level, _m in found["options[2].services_stop"])
    stop.services_stop = True
    assert "options[2].services_stop" not in problems(memo)
    lines = texts(memo)
    saving = [i for i, t in enumerate(lines) if "mindre än jämförelsebasen" in t
              and re.match(r"Under 2026\b(?!–)", t) and "2027" not in t]
    assert saving  # 2 mkr against 30,5 mkr in 2026, the only year both cover
    # The same year and amount with and without options: the difference is said once.
    assert len(saving) == 1
    i = saving[0]
    assert "Med detta alternativ upphör tjänsterna." in " ".join(lines[i:i + 6])
    assert any(t.startswith("3. Förnya inte (tjänsterna upphör)") for t in lines)


def test_options_without_years_or_only_option_years_state_no_difference():
    memo = region_2026()
    memo.options.append(Option(id="c", title="Inga kostnader"))
    memo.options.append(Option(id="d", title="Bara option",
                               cost_lines=[line(2029, 2030, "1000000", option=True)]))
    lines = texts(memo)
    assert ("Alternativet och jämförelsebasen har inga år med kostnader gemensamt utan option, "
            "så ingen skillnad kan anges.") in lines
    # Including options, 2029 is common: 1 mkr against 31 mkr; 2030 is outside.
    assert kr("Under 2029, inklusive option, kostar alternativet 30 000 000 kronor mindre än "
              "jämförelsebasen.") in lines
    assert kr("Därtill kostar alternativet 1 000 000 kronor under 2030, som jämförelsebasen "
              "inte omfattar.") in lines


# -- lead time and the bridge ---------------------------------------------------------------------
@pytest.mark.parametrize("months", [0, 60])
def test_lead_time_past_the_deadline_needs_a_bridge_in_the_costs(months):
    memo = region_2026()
    memo.options[1].lead_time_months = months
    found = problems(memo)
    errors = [m for level, m in found.get("options[1].cost_lines", []) if level is Level.ERROR]
    if months == 0:
        assert errors == []
        return
    # 18 March 2026 + 60 months = 18 March 2031, long after 31 December 2026.
    assert any("2031-03-18" in m and "övergångslösning" in m for m in errors)
    lines = " ".join(texts(memo))
    assert ("kan det vara på plats tidigast den 18 mars 2031, och tjänsterna behöver en "
            "övergångslösning från den 31 december 2026 till dess.") in lines
    assert "Kostnaden för en övergångslösning saknas i alternativets kostnader." in lines
    memo.options[1].cost_lines.append(line(2026, 2031, "30000000", bridge=True,
                                           description="Förlängt avtal under övergången"))
    found = problems(memo)
    assert not [m for level, m in found.get("options[1].cost_lines", []) if level is Level.ERROR]
    assert "Övergångslösningen ingår i alternativets kostnader." in " ".join(texts(memo))


def test_a_deadline_already_passed_without_lead_time_needs_no_bridge():
    memo = region_2026()
    memo.consequences.deadline = date(2026, 1, 31)  # before the meeting on 18 March
    found = problems(memo)
    assert not [m for level, m in found.get("options[1].cost_lines", []) if level is Level.ERROR]


# -- only what the official wrote ------------------------------------------------------------------
def test_an_unassessed_perspective_is_not_printed_as_a_finding():
    memo = region_2026()
    profile = load_profile("kommun")  # asks for the barnperspektiv
    stock = profile.phrase("empty_perspective")
    assert stock not in texts(memo, profile)
    found = problems(memo, perspectives=profile.perspective_keys())
    assert [lvl for lvl, _m in found["perspectives.barn"]] == [Level.WARNING]
    memo.perspectives = [Perspective(key="barn", none_found=True)]
    assert stock in texts(memo, profile)
    assert "perspectives.barn" not in problems(memo, perspectives=profile.perspective_keys())


def full_memo() -> Memo:
    """A memo with every section filled, each with a text no other section holds."""
    memo = region_2026(financing="FINANSIERING-X", year_basis=YearBasis.CONTRACT,
                       note="ANTAGANDEN-X")
    memo.summary = "SAMMANFATTNING-X"
    memo.background = "BAKGRUND-X"
    memo.options[0].description = "ALTERNATIV-X"
    memo.consequences.description = "KONSEKVENSER-X"
    memo.caveats = [LegalCaveat(title="Juridik", text="JURIDIK-X")]
    memo.assessment = "BEDÖMNING-X"
    memo.criteria = [Criterion(title="KRITERIUM-X", weight=D("100"), from_costs=True)]
    memo.perspectives = [Perspective(key="barn", heading="Barnperspektiv", text="BARN-X"),
                         Perspective(key="omvarld", heading="Omvärldsperspektivet",
                                     text="OMVÄRLD-X")]
    memo.cooperation = "SAMVERKAN-X"
    memo.decision_points = [DecisionPoint(text="BESLUT-X")]
    memo.attachments = [Attachment(title="BILAGA-X")]
    memo.signatures = [Person(name="UNDERSKRIFT-X", title="Direktör")]
    return memo


FILLED = ["SAMMANFATTNING-X", "BAKGRUND-X", "ALTERNATIV-X", "FINANSIERING-X", "ANTAGANDEN-X",
          "KONSEKVENSER-X", "JURIDIK-X", "BEDÖMNING-X", "KRITERIUM-X", "BARN-X", "OMVÄRLD-X",
          "SAMVERKAN-X", "BESLUT-X", "BILAGA-X", "UNDERSKRIFT-X"]


@pytest.mark.parametrize("key", sorted(x.key for x in list_profiles()[0]))
def test_switching_profile_loses_no_section(key):
    profile = load_profile(key, open_base=False)
    text = "\n".join(texts(full_memo(), profile))
    missing = [m for m in FILLED if m not in text]
    assert missing == [], f"{key} drops {missing}"


def test_a_profile_without_optional_sections_still_prints_them(tmp_path):
    import shutil

    from memo_builder.files.paths import templates_dir

    folder = tmp_path / "minimal"
    shutil.copytree(templates_dir() / "kommun", folder)
    toml = (folder / "profile.toml").read_text(encoding="utf-8")
    start = toml.index("order = [")
    end = toml.index("]", start) + 1
    toml = toml[:start] + 'order = ["proposal", "options", "costs"]' + toml[end:]
    toml = toml.replace('key = "barn"', 'key = "barn"', 1)
    (folder / "profile.toml").write_text(toml, encoding="utf-8")
    profile = load_profile("minimal", extra=[tmp_path], open_base=False)
    text = "\n".join(texts(full_memo(), profile))
    assert [m for m in FILLED if m not in text] == []
    # In the default order: the summary right after the proposal, the signatures last.
    assert text.index("BESLUT-X") < text.index("SAMMANFATTNING-X") < text.index("ALTERNATIV-X")
    assert text.index("SAMVERKAN-X") < text.index("UNDERSKRIFT-X")


def test_the_officials_own_dates_are_not_rewritten():
    memo = region_2026()
    typed = "Avtalet upphör den 1 juli 2026 (2026-07-01) enligt avtalet 2023-07-01–2026-06-30."
    memo.decision_points = [DecisionPoint(text=typed)]
    memo.background = typed
    lines = texts(memo)
    kept = typed.replace("–2026-06-30", "–\u20602026-06-30")  # typography only
    assert lines.count(kept) == 2


# -- what a board member looks for first ----------------------------------------------------------
def test_financing_and_the_years_are_stated_or_asked_for():
    memo = region_2026()
    found = problems(memo)
    assert [lvl for lvl, _m in found["assumptions.financing"]] == [Level.WARNING]
    assert [lvl for lvl, _m in found["assumptions.year_basis"]] == [Level.WARNING]
    memo.assumptions.financing = "Finansieras genom regionens IT-anslag."
    memo.assumptions.year_basis = YearBasis.CALENDAR
    found = problems(memo)
    assert "assumptions.financing" not in found and "assumptions.year_basis" not in found
    lines = texts(memo)
    costs = lines.index("Ekonomiska konsekvenser")
    # Said once: under Förslag till beslut with what the proposal costs (page one), not again
    # word for word under Ekonomiska konsekvenser a page later.
    labels = [i for i, t in enumerate(lines) if t == "Finansiering:"]
    assert len(labels) == 1 and labels[0] < lines.index("Sammanfattning") < costs
    assert lines[labels[0] + 1] == "Finansieras genom regionens IT-anslag."
    # Without a proposal the Förslag till beslut says no cost: the statement stands under
    # Ekonomiska konsekvenser.
    memo.recommended_option_id = ""
    lines = texts(memo)
    labels = [i for i, t in enumerate(lines) if t == "Finansiering:"]
    assert len(labels) == 1 and labels[0] > lines.index("Ekonomiska konsekvenser")
    memo.recommended_option_id = "b"
    lines = texts(memo)
    first_table = next(i for i, t in enumerate(lines) if t.startswith("Kostnad (tkr) |"))
    basis = lines.index("Åren i tabellerna är kalenderår.")
    assert basis > first_table and lines.count("Åren i tabellerna är kalenderår.") == 1
    second_table = [i for i, t in enumerate(lines) if t.startswith("Kostnad (tkr) |")][1]
    assert basis < second_table


def test_the_estimated_value_is_set_against_the_lou_amounts_on_the_decision_date():
    # A municipality in 2021: the proposal buys 3 x 450 000 kr (internal costs do not count).
    memo = Memo(
        case=CaseDetails(organisation="Exempelby kommun", board="Kommunstyrelsen",
                         meeting_date=date(2021, 5, 12)),
        options=[Option(id="p", title="Förnya", cost_lines=[
            line(2021, 2023, "450000"), line(2021, 2023, "900000", internal=True)])],
        recommended_option_id="p")
    text = " ".join(texts(memo, library=default_library()))
    # It has no option years: "inklusive option" would speak of one it does not have.
    assert kr("För förslaget, alternativ 1, som inte har någon option, är de externa "
              "kostnaderna 1 350 000 kronor.") in text
    assert kr("På beslutsdagen den 12 maj 2021 är direktupphandlingsgränsen 615 312 kronor och "
              "EU:s tröskelvärde 2 197 545 kronor.") in text
    assert ("Värdet ligger över direktupphandlingsgränsen men inte över EU:s tröskelvärde."
            in text)


def test_without_a_threshold_in_kronor_nothing_is_said_about_it():
    memo = region_2026()
    text = " ".join(texts(memo, library=default_library()))
    assert "Värdet ligger över direktupphandlingsgränsen." in text
    assert "inte över EU:s tröskelvärde" not in text


# -- older files -----------------------------------------------------------------------------------
def test_a_version_5_memo_opens_with_nothing_stated_for_it(tmp_path):
    from memo_builder.model.serialization import to_data

    body = to_data(full_memo())
    body["assumptions"].pop("financing")
    body["assumptions"].pop("year_basis")
    for o in body["options"]:
        o.pop("services_stop")
        for cl in o["cost_lines"]:
            cl.pop("bridge")
    for p in body["perspectives"]:
        p.pop("none_found")
    path = tmp_path / "old.memo"
    path.write_text(json.dumps({"format": "memo-builder/memo", "schema_version": 5,
                                "memo": body}), encoding="utf-8")
    memo = storage.load(path)
    assert memo.assumptions.financing == "" and memo.assumptions.year_basis is YearBasis.UNSTATED
    assert all(not p.none_found for p in memo.perspectives)
    assert [p.text for p in memo.perspectives] == ["BARN-X", "OMVÄRLD-X"]
    assert not any(cl.bridge for o in memo.options for cl in o.cost_lines)


def test_a_baseline_with_fewer_years_and_a_one_year_option():
    memo = region_2026()
    # The baseline becomes a one-year extension 2026 at 32 mkr (no option year).
    memo.options[0].cost_lines = [line(2026, 2026, "32000000")]
    memo.options.append(Option(id="c", title="Ett år", cost_lines=[line(2027, 2027, "5000000")]))
    lines = texts(memo)
    # Alternative 2 against it over 2026 only: 26,5 - 32 mkr; 2027–2028 said separately.
    assert kr("Under 2026 kostar alternativet 5 500 000 kronor mindre än jämförelsebasen.") in lines
    assert kr("Därtill kostar alternativet 53 000 000 kronor under 2027–2028, som "
              "jämförelsebasen inte omfattar.") in lines
    # A one-year option in 2027 shares no year with the 2026 baseline: no difference at all.
    assert ("Alternativet och jämförelsebasen har inga år med kostnader gemensamt, så ingen "
            "skillnad kan anges.") in lines
    found = problems(memo)
    assert not [p for p in found if p.startswith("options") and
                any(level is Level.ERROR for level, _m in found[p])]


def test_summary_is_asked_and_proposal_is_made_to_state_cost_and_financing():
    memo = region_2026(financing="Ryms inom regionstyrelsens budgetram för 2026–2028.")
    memo.summary = "Regionstyrelsen föreslås teckna ett nytt avtal om e-post."
    typed = "teckna avtal om e-post för 2026–2028"
    memo.decision_points = [DecisionPoint(text=typed)]
    found = problems(memo)
    assert "vad beslutet kostar" in found["summary"][0][1]
    # The program states them under the Förslag till beslut: nothing to ask the official for.
    assert "decision_points" not in found
    lines = texts(memo)
    start, end = lines.index("Förslag till beslut"), lines.index("Sammanfattning")
    proposal = lines[start:end]
    # Alternative 2: 3 x 26 mkr + 3 x 0,5 mkr = 79,5 mkr over 2026–2028, no option years.
    assert proposal == ["Förslag till beslut", "Regionstyrelsen beslutar att",
                        typed,
                        # The options run over different periods: 79 500 000 / 3 a year.
                        kr("Förslaget, alternativ 2, kostar 79 500 000 kronor under 2026–2028. "
                           "Alternativen gäller olika långa perioder. Per år kostar förslaget i "
                           "genomsnitt 26 500 000 kronor under 2026–2028; varje alternativs "
                           "kostnad per år redovisas under Ekonomiska konsekvenser."),
                        "Finansiering:", "Ryms inom regionstyrelsens budgetram för 2026–2028."]
    memo.summary += (" Avtalet kostar 79,5 miljoner kronor under 2026–2028 och ryms inom "
                     "regionstyrelsens budget.")
    assert "summary" not in problems(memo)


def test_a_memo_dated_before_every_lou_amount_says_nothing_about_them():
    memo = region_2026()
    memo.case.memo_date, memo.case.meeting_date = date(2009, 1, 5), date(2009, 2, 1)
    memo.consequences.deadline = date(2009, 12, 31)
    text = " ".join(texts(memo, library=default_library()))
    assert "direktupphandlingsgränsen" not in text
    assert kr("Under 2026–2028 kostar alternativet 12 000 000 kronor") in text
