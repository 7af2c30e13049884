"""A third reading of every profile's pages by a kommunjurist, a board member and a finance
officer, each defect as a test. The case: Region Norrmark's regionstyrelse in 2025 choosing a
video-meeting service, three options over two, three and four years, the legal questions taken
from the library as the GUI offers them (Analysis.suggestions) and not yet assessed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from memo_builder.analysis.revision import Analysis
from memo_builder.analysis.summary_draft import draft_summary
from memo_builder.files.caveat_library import default_library
from memo_builder.model.legal import caveat_for_memo
from memo_builder.model.memo import (
    AffectedService,
    Assessment,
    CaseDetails,
    CaseFacts,
    Consequences,
    CostAssumptions,
    CostLine,
    DecisionPoint,
    Memo,
    Option,
    Severity,
)
from memo_builder.render.pipeline import build_tree
from memo_builder.render.profile import list_profiles, load_profile

PROFILES = sorted(p.key for p in list_profiles()[0])
WORDS = {"office": "Regionkontoret", "board_word": "regionstyrelsen"}


def region_2025() -> tuple[Memo, object]:
    """Three options, 9 000 users: 1 450 kr a year for 2026–2027 (a US supplier), 1 180 kr for
    2026–2028, 1 020 kr for 2026–2029; the library's fitting questions, none assessed."""

    def option(title, supplier, years, price, outside=False):
        return Option(title=title, supplier=supplier, supplier_outside_eu=outside, cost_lines=[
            CostLine(description="Licenser", volume=D(9000), unit_price=D(price),
                     first_year=2026, last_year=2025 + years)])

    a = option("Förnya nuvarande tjänst", "Zoom Video Communications Inc.", 2, "1450", True)
    b = option("Ny svensk tjänst", "Nordisk Videomöte AB", 3, "1180")
    c = option("Europeisk tjänst", "EuroMeet GmbH", 4, "1020")
    memo = Memo(
        profile="kommun",
        case=CaseDetails(organisation="Region Norrmark", administration="Regionkontoret",
                         board="Regionstyrelsen", title="Molntjänst för videomöten",
                         memo_date=date(2025, 9, 22), meeting_date=date(2025, 10, 15)),
        facts=CaseFacts(personal_data=True, confidential_data=True, cloud_service=True),
        options=[a, b, c], baseline_option_id=a.id, recommended_option_id=b.id,
        assumptions=CostAssumptions(financing="Ryms inom regionkontorets ram."),
        consequences=Consequences(deadline=date(2025, 12, 31),
                                  services=[AffectedService("videomöten", "medarbetare", 9000)]),
        decision_points=[DecisionPoint(text="Regionstyrelsen tecknar avtal om videomöten.")],
    )
    library = default_library()
    analysis = Analysis(memo, library)
    fitting, _rest = analysis.suggestions
    wanted = ("osl-10-2a", "eu-us-dpf", "gdpr-art-28")
    memo.caveats = [caveat_for_memo(e, memo, analysis.law_date) for e in fitting
                    if e.id in wanted]
    assert len(memo.caveats) == 3
    return memo, library


# -- the drafted Sammanfattning states no assessment the official did not make ----------------
def test_the_drafted_summary_never_says_unassessed_questions_are_solved():
    # Three questions from the library, none assessed: the draft said "Förvaltningen bedömer
    # att förslaget löser de juridiska frågorna", a finding nobody made, on page one.
    memo, library = region_2025()
    text = draft_summary(Analysis(memo, library), WORDS)
    assert "löser de juridiska frågorna" not in text
    assert "Tre juridiska frågor är ännu inte bedömda." in text
    # One assessed as solved, two not: still no claim for all of them.
    memo.caveats[0].assessment = Assessment.YES
    text = draft_summary(Analysis(memo, library), WORDS)
    assert "löser de juridiska frågorna" not in text
    assert "Två juridiska frågor är ännu inte bedömda." in text
    # All assessed as solved: then the official has said so.
    for caveat in memo.caveats:
        caveat.assessment = Assessment.YES
    text = draft_summary(Analysis(memo, library), WORDS)
    assert "Regionkontoret bedömer att förslaget löser de juridiska frågorna." in text
    assert "ännu inte bedömd" not in text


def test_one_question_solved_in_part_has_its_risk_said_once():
    # "En fråga löses bara delvis: ”…” med medelhög risk. Den största risken som finns kvar är
    # medelhög." says the one risk twice.
    memo, library = region_2025()
    for caveat in memo.caveats:
        caveat.assessment = Assessment.YES
    memo.caveats[0].assessment, memo.caveats[0].risk = Assessment.PARTLY, Severity.MEDIUM
    text = draft_summary(Analysis(memo, library), WORDS)
    assert text.count("medelhög") == 1, text
    # Two questions with different risks: the largest is news, and is said.
    memo.caveats[1].assessment, memo.caveats[1].risk = Assessment.NO, Severity.HIGH
    text = draft_summary(Analysis(memo, library), WORDS)
    assert "Den största risken som finns kvar är hög." in text


# -- the notice above the legal questions agrees with its number ------------------------------
@pytest.mark.parametrize("profile", PROFILES)
def test_the_notice_for_one_question_not_fully_solved_is_singular(profile):
    # "… inte helt löser följande juridiska frågor: ”Sekretess …”." named one question.
    memo, library = region_2025()
    memo.caveats[0].assessment = Assessment.PARTLY
    lines = build_tree(memo, load_profile(profile), library=library).text().split("\n")
    notice = next(t for t in lines if t.startswith("Observera:"))
    title = memo.caveats[0].title
    assert f"inte helt löser den juridiska frågan ”{title}”." in notice, notice
    assert "följande juridiska frågor" not in notice
    memo.caveats[1].assessment = Assessment.NO
    lines = build_tree(memo, load_profile(profile), library=library).text().split("\n")
    notice = next(t for t in lines if t.startswith("Observera:"))
    assert "inte helt löser följande juridiska frågor: ”" in notice


# -- the law as known on the day: the cybersecurity bill --------------------------------------
@pytest.mark.parametrize("decided,offered", [
    (date(2025, 10, 8), False),   # the day before the bill was presented
    (date(2025, 10, 15), True),   # presented 2025-10-09 (prop. 2025/26:28), not yet adopted
    (date(2025, 12, 11), False),  # the law is issued (SFS 2025:1506): its own entry takes over
])
def test_a_region_deciding_while_the_cybersecurity_bill_is_before_the_riksdag_is_offered_it(
        decided, offered):
    # A region choosing a four-year cloud service on 2025-10-15 was offered nothing about the
    # cybersecurity law (NIS2) that was to apply from 2026-01-15: the library knew the law only
    # from the day it was issued, and had no entry for the bill presented six days before the
    # meeting. A proposal is known from the day it is presented (DOMAIN §7).
    memo, library = region_2025()
    memo.case.memo_date = memo.case.meeting_date = decided
    memo.caveats = []
    fitting, _rest = Analysis(memo, library).suggestions
    ids = [e.id for e in fitting]
    assert ("cybersakerhetslag-forslag" in ids) is offered, ids
    if offered:
        entry = library.get("cybersakerhetslag-forslag")
        assert entry.kind == "proposal"
        text = caveat_for_memo(entry, memo, decided).text
        assert "proposition 2025/26:28" in text and "15 januari 2026" in text
        assert "inte gällande rätt" in text
        assert "cybersakerhetslagen" not in ids
