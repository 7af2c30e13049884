"""Bridge between a memo and the caveat library: which facts the case has, and turning a
library entry into the memo's own editable caveat (the memo keeps its wording even if the
library later drops the entry).
"""

from __future__ import annotations

from datetime import date

from memo_builder.model.caveats import CaveatEntry, CaveatLibrary
from memo_builder.model.costs import OptionCosts, memo_costs
from memo_builder.model.memo import LegalCaveat, Memo


def memo_facts(
    memo: Memo, library: CaveatLibrary | None = None, *, costs: list[OptionCosts] | None = None
) -> set[str]:
    """Library tags that fit the case, derived from what the official entered. ``costs`` are
    the revision's own (``memo_builder.analysis``); without them they are computed."""
    f = memo.facts
    tags: set[str] = {"arkiv", "delegering", "informationssakerhet"}
    if f.personal_data:
        tags.add("personuppgifter")
    if f.confidential_data:
        tags.add("sekretess")
    if f.cloud_service:
        tags.add("molntjanst")
    if f.contract_extension:
        tags.add("avtalsforlangning")
    if f.security_sensitive:
        tags.add("sakerhetsskydd")
    if f.ai_features:
        tags.add("ai")
    if any(o.supplier_outside_eu for o in memo.options):
        tags.add("leverantor-utanfor-eu")
    if any(o.leaves_supplier for o in memo.options):
        tags.add("exit")
    decided = memo.case.decision_date
    if library is not None and decided is not None:
        period = library.amounts_on(decided)
        if period is not None and any(
            c.external_total > period.direct_award_limit
            for c in (costs if costs is not None else memo_costs(memo))
        ):
            tags.add("upphandling")
    return tags


def decision_date(memo: Memo) -> date:
    return memo.case.decision_date or date.today()


def caveat_from_entry(entry: CaveatEntry) -> LegalCaveat:
    """A memo caveat pre-filled from the library; the official then assesses it."""
    reference = entry.reference
    text = entry.wording.strip()
    if entry.unverified.strip():
        text += f"\n\nEj bekräftat: {entry.unverified.strip()}"
    return LegalCaveat(
        library_id=entry.id,
        title=entry.title,
        reference=reference,
        kind=entry.kind,
        text=text,
    )


# A fact that singles out a risk weighs more than one almost every IT contract has, so an
# entry about secrecy for a US cloud ranks above one that merely mentions cloud services.
TAG_WEIGHTS = {
    "sekretess": 3,
    "leverantor-utanfor-eu": 3,
    "upphandling": 3,
    "sakerhetsskydd": 3,
    "ai": 3,
    "exit": 2,
    "personuppgifter": 1,
    "molntjanst": 1,
    "avtalsforlangning": 1,
    "informationssakerhet": 1,
    "arkiv": 1,
    "delegering": 1,
}
# Binding law before rulings and decisions, before guidance, vendor promises and proposals.
KIND_WEIGHTS = {"law": 1.0, "ruling": 0.8, "authority": 0.6, "guidance": 0.4, "vendor": 0.3,
                "proposal": 0.1}


def relevance(entry: CaveatEntry, facts: set[str]) -> float:
    overlap = set(entry.tags) & facts
    if not overlap:
        return 0.0
    return sum(TAG_WEIGHTS.get(t, 1) for t in overlap) + KIND_WEIGHTS.get(entry.kind, 0.0)


def suggested_entries(
    memo: Memo, library: CaveatLibrary, facts: set[str] | None = None
) -> list[CaveatEntry]:
    """Entries in force on the decision date, best fitting first, not already in the memo."""
    chosen = {c.library_id for c in memo.caveats if c.library_id}
    if facts is None:
        facts = memo_facts(memo, library)
    entries = [e for e in library.on(decision_date(memo)) if e.id not in chosen]
    # sorted() is stable: equal scores keep the library's (Swedish alphabetical) order.
    return sorted(entries, key=lambda e: -relevance(e, facts))


def coming_entries(memo: Memo, library: CaveatLibrary) -> list[CaveatEntry]:
    """Entries that take effect within a year after the decision date ("på väg")."""
    return library.coming(decision_date(memo))
