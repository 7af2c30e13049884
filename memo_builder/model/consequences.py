"""Deadlines: what must be decided by when for each option to be feasible."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from memo_builder.model.memo import Memo, Option


def months_before(d: date, months: int) -> date:
    """``d`` moved back ``months`` calendar months (day clamped to the month's length)."""
    total = d.year * 12 + (d.month - 1) - months
    year, month = divmod(total, 12)
    month += 1
    if year < 1:
        return date.min
    day = min(d.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def months_after(d: date, months: int) -> date:
    """``d`` moved forward ``months`` calendar months (day clamped to the month's length)."""
    total = d.year * 12 + (d.month - 1) + months
    year, month = divmod(total, 12)
    month += 1
    if year > date.max.year:
        return date.max
    day = min(d.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


@dataclass(frozen=True)
class OptionDeadline:
    option: Option
    latest_decision: date
    feasible: bool | None  # None when the meeting date is unknown
    #: When the option can be in place if decided at the meeting (None: no meeting date).
    ready: date | None = None

    @property
    def needs_bridge(self) -> bool:
        """The option has a lead time that runs past the deadline: the services need a bridge
        (övergångslösning) from the deadline until it is in place, and its costs must hold it."""
        return self.feasible is False and self.option.lead_time_months > 0


def option_deadlines(memo: Memo) -> list[OptionDeadline]:
    """The latest decision date per option: the deadline less the option's lead time."""
    deadline = memo.consequences.deadline
    if deadline is None:
        return []
    meeting = memo.case.decision_date
    result = []
    for option in memo.options:
        latest = months_before(deadline, max(option.lead_time_months, 0))
        feasible = None if meeting is None else meeting <= latest
        ready = None if meeting is None else months_after(meeting, max(option.lead_time_months, 0))
        result.append(OptionDeadline(option, latest, feasible, ready))
    return result
