"""Validation: problems with severity, a field path a GUI can jump to, and a Swedish message."""

from __future__ import annotations

from datetime import date

from memo_builder.model.memo import DecisionPoint, Memo, Option
from memo_builder.model.problems import Level
from tests.helpers import example_memo, validate


def _paths(problems, level=None):
    return {p.path for p in problems if level is None or p.level is level}


def test_example_has_no_errors():
    problems = validate(example_memo())
    assert [p for p in problems if p.level is Level.ERROR] == []


def test_empty_memo_lists_what_is_missing():
    problems = validate(Memo())
    errors = _paths(problems, Level.ERROR)
    for path in ("case.title", "case.board", "case.diarienummer", "case.officer.name",
                 "case.memo_date", "summary", "options", "decision_points"):
        assert path in errors, path
    assert all(p.message and p.message[0].isupper() for p in problems)


def test_options_need_two_and_exactly_one_recommended():
    memo = example_memo()
    memo.options = memo.options[:1]
    assert any(p.path == "options" and "minst två" in p.message for p in validate(memo))
    memo = example_memo()
    memo.recommended_option_id = ""
    assert any("Inget alternativ" in p.message for p in validate(memo))
    # An id that names no option (the option was removed) is no proposal either.
    memo.recommended_option_id = "borttaget"
    assert any("Inget alternativ" in p.message for p in validate(memo))
    memo.recommended_option_id = memo.options[1].id
    assert not any(p.path == "options" for p in validate(memo))


def test_field_paths_point_at_the_item():
    memo = example_memo()
    memo.options[1].title = " "
    memo.decision_points.append(DecisionPoint(text=""))
    memo.signatures[1].name = ""
    paths = _paths(validate(memo), Level.ERROR)
    assert "options[1].title" in paths
    assert f"decision_points[{len(memo.decision_points) - 1}].text" in paths
    assert "signatures[1].name" in paths


def test_meeting_before_memo_date_is_an_error():
    memo = example_memo()
    memo.case.meeting_date = date(2018, 1, 1)
    assert "case.meeting_date" in _paths(validate(memo), Level.ERROR)


def test_bad_email_is_a_warning():
    memo = example_memo()
    memo.case.officer.email = "eva.andersson(at)goteborg"
    assert "case.officer.email" in _paths(validate(memo), Level.WARNING)


def test_problem_str_is_readable():
    memo = Memo(options=[Option(), Option()])
    text = str(validate(memo)[0])
    assert text.startswith(("Fel: ", "Varning: "))
    assert "[" in text


def test_options_over_different_years_are_flagged():
    memo = example_memo()
    # Cut the last option's running costs at 2020 while the others run to 2022.
    for line in memo.options[2].cost_lines:
        line.last_year = min(line.last_year, 2020)
    problems = [p for p in validate(memo) if p.path == "options[2].cost_lines" and "täcker" in p.message]
    assert problems and "2018–2020" in problems[0].message and "2018–2022" in problems[0].message
    assert not [p for p in validate(example_memo()) if "täcker" in p.message]


def test_sensitivity_assumptions_must_be_sane():
    from decimal import Decimal

    memo = example_memo()
    memo.assumptions.sensitivity_volume_percent = Decimal("150")
    memo.assumptions.sensitivity_exchange_percent = Decimal("-20")
    memo.assumptions.sensitivity_index_points = Decimal("-1")
    errors = _paths(validate(memo), Level.ERROR)
    assert {"assumptions.sensitivity_volume_percent", "assumptions.sensitivity_exchange_percent",
            "assumptions.sensitivity_index_points"} <= errors


def test_title_of_only_control_characters_counts_as_missing():
    memo = example_memo()
    memo.case.title = "\x00\x07 "
    assert "case.title" in _paths(validate(memo), Level.ERROR)
