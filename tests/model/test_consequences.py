"""Deadlines: latest decision date per option from the deadline and lead time."""

from __future__ import annotations

from datetime import date

import pytest

from memo_builder.analysis.revision import Analysis
from memo_builder.model.consequences import months_before, option_deadlines
from memo_builder.model.memo import AffectedService, CaseDetails, Consequences, Memo, Option
from memo_builder.render.profile import load_profile


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2018, 6, 1), 0, date(2018, 6, 1)),  # no lead time: the deadline itself
        (date(2018, 6, 1), 18, date(2016, 12, 1)),  # 18 months = 1 year 6 months back
        (date(2018, 3, 31), 1, date(2018, 2, 28)),  # no 31 February: clamp to the month's end
        (date(2020, 3, 31), 1, date(2020, 2, 29)),  # leap year
        (date(2018, 5, 31), 1, date(2018, 4, 30)),  # 30-day month
        (date(2018, 1, 15), 1, date(2017, 12, 15)),  # across the year boundary
        (date(2018, 1, 31), 13, date(2016, 12, 31)),
        (date(2018, 6, 1), 12, date(2017, 6, 1)),
        (date(2020, 2, 29), 12, date(2019, 2, 28)),  # a leap day one year back
    ],
)
def test_months_before(start, months, expected):
    assert months_before(start, months) == expected


def test_months_before_far_back_does_not_raise():
    assert months_before(date(1, 6, 1), 24) == date.min


def memo_with(meeting: date | None, *lead_times: int) -> Memo:
    return Memo(
        case=CaseDetails(memo_date=date(2018, 4, 26), meeting_date=meeting),
        consequences=Consequences(deadline=date(2018, 6, 1)),
        options=[Option(title=f"O{m}", lead_time_months=m) for m in lead_times],
    )


def test_latest_decision_and_feasibility_per_option():
    memo = memo_with(date(2018, 5, 16), 0, 1, 18)
    got = [(d.option.title, d.latest_decision, d.feasible) for d in option_deadlines(memo)]
    assert got == [
        ("O0", date(2018, 6, 1), True),  # 16 May <= 1 June
        ("O1", date(2018, 5, 1), False),  # one month before 1 June = 1 May < 16 May
        ("O18", date(2016, 12, 1), False),
    ]


def test_meeting_on_the_latest_day_is_still_feasible():
    memo = memo_with(date(2018, 5, 1), 1)
    assert option_deadlines(memo)[0].feasible is True


def test_without_meeting_date_the_memo_date_decides():
    memo = memo_with(None, 1)  # memo date 26 April <= 1 May
    assert option_deadlines(memo)[0].feasible is True


def test_unknown_decision_date_gives_unknown_feasibility():
    memo = memo_with(None, 1)
    memo.case.memo_date = None
    assert option_deadlines(memo)[0].feasible is None


def test_no_deadline_no_deadlines():
    memo = memo_with(date(2018, 5, 16), 3)
    memo.consequences.deadline = None
    assert option_deadlines(memo) == []


def test_negative_lead_time_counts_as_zero():
    memo = memo_with(date(2018, 5, 16), -3)
    assert option_deadlines(memo)[0].latest_decision == date(2018, 6, 1)


def test_memo_says_in_plain_swedish_what_happens_when():
    from memo_builder.render.context import _consequences

    memo = memo_with(date(2018, 5, 16), 0, 18)
    memo.consequences.services = [AffectedService(n) for n in ("e-post", "kalender", "Word")]
    memo.assumptions.user_count = 45000
    c = _consequences(Analysis(memo), load_profile("goteborg"))
    assert c["sentence"] == (
        "Om nämnden inte fattar beslut före den 1 juni 2018 upphör e-post, kalender och Word "
        "för 45\u00a0000 användare."
    )
    # 1 June 2018 less 18 months = 1 December 2016, before the meeting on 16 May 2018
    assert c["lead_time_sentences"] == [
        "Alternativ 2 (O18) tar 18 månader att genomföra och hade därför behövt beslutas "
        "senast den 1 december 2016; det kan inte vara på plats före slutdatumet."
        # Issue 20: when it could be in place (16 May 2018 + 18 months), and the bridge.
        " Om beslut fattas vid sammanträdet kan det vara på plats tidigast den 16 november "
        "2019, och tjänsterna behöver en övergångslösning från den 1 juni 2018 till dess. "
        "Kostnaden för en övergångslösning saknas i alternativets kostnader."
    ]
    assert [d["latest"] for d in c["deadlines"]] == ["2018-06-01", "2016-12-01"]
    assert c["deadlines"][0]["lead_time"] == "ingen"
