"""One computed view of a memo revision: costs, sensitivity, criteria, deadlines, legal status,
problems.

Validation, the template context, the preview and the GUI steps all read the same
:class:`Analysis` instead of each computing the numbers again. Each part is computed on first
use and then kept, so a caller that needs only the costs pays only for the costs. An
``Analysis`` belongs to one revision of the memo: after an edit, make a new one (the GUI does
that once per change, see ``gui/services.py``). No Qt, no rendering here.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date
from functools import wraps
from typing import TYPE_CHECKING

from memo_builder.analysis.readability import Limits
from memo_builder.analysis.readability import analyse as analyse_readability
from memo_builder.model.caveats import BodyNames
from memo_builder.model.consequences import OptionDeadline, option_deadlines
from memo_builder.model.costs import (
    OptionCosts,
    Range,
    comparable_totals,
    memo_costs,
    sensitivity,
    sensitivity_cases,
)
from memo_builder.model.criteria import CriteriaResult, evaluate
from memo_builder.model.legal import contract_end, memo_facts, split_suggestions
from memo_builder.model.memo import LegalCaveat, Memo
from memo_builder.model.problems import Level
from memo_builder.model.secrecy import withholding
from memo_builder.model.validation import validate

if TYPE_CHECKING:
    from memo_builder.analysis.readability import Readability
    from memo_builder.model.caveats import CaveatEntry, CaveatLibrary
    from memo_builder.model.problems import Problem
    from memo_builder.model.secrecy import Withholding


@dataclass(frozen=True)
class LegalStatus:
    """How a cited library entry stands on the decision date."""

    entry: CaveatEntry | None  # None: free text, or the library no longer has the entry
    status: str  # "unknown" (not yet known on the date), "applies", "coming", "not_yet",
    # "ended", or "" without an entry or a date


def part(fn):
    """A part of the analysis: computed on first use, once, then kept. Safe to share between
    threads (the GUI thread and the preview's worker read one Analysis): a second reader of a
    part being computed waits for it instead of computing it again."""
    key = f"_part_{fn.__name__}"

    @wraps(fn)
    def get(self):
        try:
            return self.__dict__[key]
        except KeyError:
            pass
        with self._lock:
            if key not in self.__dict__:
                self.__dict__[key] = fn(self)
                self.computed.append(fn.__name__)
            return self.__dict__[key]

    return property(get)


class Analysis:
    """Everything computed from one revision of ``memo`` (with ``library``, when given).

    The memo must not change while its Analysis is in use: the GUI gives it a snapshot of the
    revision (``gui/services.py``), which the preview then renders on its worker thread."""

    def __init__(self, memo: Memo, library: CaveatLibrary | None = None,
                 perspectives: list[tuple[str, str]] | None = None,
                 today: date | None = None) -> None:
        self.memo = memo
        self.library = library
        #: The clock, read once per revision (tests pass a fixed day): the law of a memo without
        #: a decision date is read on it (:attr:`law_date`).
        self.today = today if today is not None else date.today()
        self._lock = threading.RLock()
        #: The parts computed so far, in order (each appears once: tests count on it).
        self.computed: list[str] = []
        #: The profile's perspectives (key, heading), each needing the official's assessment;
        #: None: those the memo holds (the caller knows the profile, the analysis does not).
        self.perspectives = perspectives

    @part
    def costs(self) -> list[OptionCosts]:
        """Per option, in the memo's order, with the difference to the baseline."""
        return memo_costs(self.memo)

    @part
    def sensitivity(self) -> dict[str, list[Range]]:
        """Per option id: the total's range when volume, index and exchange rate move."""
        return {
            c.option.id: sensitivity(self.memo, c.option) if c.lines else [] for c in self.costs
        }

    @part
    def criteria(self) -> CriteriaResult:
        """Weighed criteria: scores (cost scored from these totals), weighted totals and how
        robust the ranking is (model/criteria.py)."""
        years, totals = comparable_totals(self.costs)
        return evaluate(self.memo, totals, years)

    @part
    def withholding(self) -> Withholding:
        """What the public version withholds (confidential marks and what they would reveal)."""

        return withholding(self.memo, self.costs, sensitivity_cases(self.memo))

    @part
    def deadlines(self) -> list[OptionDeadline]:
        return option_deadlines(self.memo)

    @property
    def law_date(self) -> date:
        """The date the caveat library is read on: the memo's decision date
        (``CaseDetails.decision_date``, its one definition), else today."""
        return self.memo.case.decision_date or self.today

    def legal_status(self, caveat: LegalCaveat) -> LegalStatus:
        return self._legal_status.get(caveat.id, LegalStatus(None, ""))

    @part
    def _legal_status(self) -> dict[str, LegalStatus]:
        out: dict[str, LegalStatus] = {}
        decided = self.memo.case.decision_date
        if self.library is None:
            return out
        for caveat in self.memo.caveats:
            if not caveat.library_id:
                continue
            entry = self.library.get(caveat.library_id)
            status = entry.status_on(decided, self.contract_end) \
                if entry is not None and decided else ""
            out[caveat.id] = LegalStatus(entry, status)
        return out

    @part
    def contract_end(self) -> date | None:
        """The contract's last day, options included (the proposal's, else any option's)."""

        return contract_end(self.memo)

    def entry_text(self, entry: CaveatEntry):
        """``entry``'s texts on the decision date (today without one), with the changes that
        come within the contract period: what the memo may say about it
        (:class:`memo_builder.model.caveats.EntryText`)."""

        return entry.text_on(self.law_date, self.contract_end,
                             BodyNames.of(self.memo.case))

    @part
    def suggestions(self) -> tuple[list[CaveatEntry], list[CaveatEntry]]:
        """Library entries in force on the decision date, not yet in the memo: (those that fit
        the case, best first; the rest). Empty without a library."""
        if self.library is None:
            return [], []

        return split_suggestions(self.memo, self.library, self.facts, self.law_date)

    @part
    def facts(self) -> set[str]:
        """Library tags that fit the case (drives the caveat suggestions)."""

        return memo_facts(self.memo, self.library, costs=self.costs)

    @part
    def problems(self) -> list[Problem]:
        return validate(self.memo, self.library, costs=self.costs, deadlines=self.deadlines,
                        criteria=self.criteria, withholding=self.withholding,
                        law_date=self.law_date,
                        perspectives=self.perspectives)

    def readability(self, limits: Limits | None = None) -> Readability:
        """LIX per section, long sentences and paragraphs (``memo_builder.analysis.readability``),
        computed on first use for these limits (the profile's) and then kept."""
        limits = limits or Limits()
        with self._lock:
            cache = self.__dict__.setdefault("_readability", {})
            if limits not in cache:
                cache[limits] = analyse_readability(self.memo, limits)
            return cache[limits]

    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level is Level.ERROR]

    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.level is Level.WARNING]


def analyse(memo: Memo, library: CaveatLibrary | None = None) -> Analysis:
    return Analysis(memo, library)
