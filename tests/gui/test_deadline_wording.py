"""The consequences step says, as a writer would, whether each option can be in place when the
contract runs out (issue 21: the step read "hinns med" / "hinns inte före slutdatumet")."""

from __future__ import annotations

import datetime as dt

from memo_builder.files import storage
from memo_builder.files.paths import example_memo_path


def test_the_deadline_list_says_in_place_or_not_and_the_earliest_date(window, tmp_path):
    memo = storage.load(example_memo_path())
    # Another case: the contract runs out 2027-03-31, the board meets 2026-11-10, and the
    # second option needs nine months.
    memo.consequences.deadline = dt.date(2027, 3, 31)
    memo.case.meeting_date = dt.date(2026, 11, 10)
    for option in memo.options:
        option.lead_time_months = 0
    memo.options[1].lead_time_months = 9
    path = tmp_path / "fristen.memo"
    storage.save(memo, path)
    window.load_file(path)
    step = window.page_by_key("consequences")
    step.refresh()
    text = step.deadlines_label.text()
    assert "hinn" not in text.lower()
    assert text.count("kan vara på plats när avtalet löper ut") == len(memo.options) - 1
    assert "kan inte vara på plats när avtalet löper ut; med beslut vid sammanträdet " \
           "tidigast 2027-08-10" in text
