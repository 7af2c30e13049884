"""Bridge between a memo and the caveat library: which facts the case has, and turning a
library entry into the memo's own editable caveat (the memo keeps its wording even if the
library later drops the entry).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from memo_builder.model.caveats import BodyNames, CaveatEntry, CaveatLibrary
from memo_builder.model.costs import OptionCosts, line_years
from memo_builder.model.memo import LegalCaveat, Memo

#: Facts that are not library tags: who supplies what, one "supplier:<text>" per option's
#: supplier and product, so a vendor's own commitment is offered only where that vendor is.
SUPPLIER_FACT = "supplier:"


def memo_facts(
    memo: Memo, library: CaveatLibrary | None, *, costs: list[OptionCosts]
) -> set[str]:
    """Library tags that fit the case, derived from what the official entered. ``costs`` are
    the revision's own (``memo_builder.analysis.revision``)."""
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
    for o in memo.options:
        for text in (o.supplier, o.product):
            if text.strip():
                tags.add(SUPPLIER_FACT + " ".join(text.casefold().split()))
    decided = memo.case.decision_date
    if library is not None and decided is not None:
        period = library.amounts_on(decided)
        if period is not None and any(
            c.external_total > period.direct_award_limit
            for c in costs
        ):
            tags.add("upphandling")
    return tags


def contract_end(memo: Memo) -> date | None:
    """The last day of the memo's contract period: the proposal's last cost year (options
    included), else the last year of any option; None without cost lines."""
    recommended = memo.recommended_option()
    options = [recommended] if recommended is not None and recommended.cost_lines else memo.options
    years = [y for o in options for line in o.cost_lines for y in line_years(line)]
    return date(max(years), 12, 31) if years else None


def caveat_from_entry(
    entry: CaveatEntry, on: date, until: date | None = None,
    names: BodyNames | None = None,
) -> LegalCaveat:
    """A memo caveat pre-filled from the library for the law date ``on``, naming the case's own bodies (``names``, see
    :func:`memo_builder.model.caveats.fill_bodies`); the official then assesses it.

    The memo gets only what applies on that date. The library's maintenance notes (what is not
    yet confirmed) stay in the library and the GUI; only an entry whose wording cites an
    unconfirmed fact says so, in its own plain sentence. ``until`` is accepted for symmetry
    with :meth:`CaveatEntry.text_on`; changes coming within the contract period are said by
    the memo's status line, computed when it is built, not frozen into the text."""
    text = entry.text_on(on, until, names)
    return LegalCaveat(
        library_id=entry.id,
        title=entry.title,
        reference=text.reference,
        kind=entry.kind,
        text=text.wording.strip(),
        library_text=text.wording.strip(),
    )


def caveat_for_memo(entry: CaveatEntry, memo: Memo, on: date) -> LegalCaveat:
    """:func:`caveat_from_entry` for ``memo``: the law on ``on`` (the memo's decision date, or
    today without one: ``Analysis.law_date``) and the memo's own bodies."""
    return caveat_from_entry(entry, on, names=BodyNames.of(memo.case))


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def library_update(
    caveat: LegalCaveat, entry: CaveatEntry, memo: Memo, on: date
) -> LegalCaveat | None:
    """The library's caveat for ``memo`` when its wording differs from the one ``caveat`` was
    filled from (an older memo, a newer library, another decision date or body name), else
    None. A caveat the official edited is compared by the library text it was filled from, so
    their own words never count as a difference; a caveat from before version 6 (no
    ``library_text``) is compared by its text."""
    fresh = caveat_for_memo(entry, memo, on)
    based_on = caveat.library_text or caveat.text
    return None if _same(based_on, fresh.text) else fresh


def stale_caveats(
    memo: Memo, library: CaveatLibrary, on: date
) -> list[tuple[int, LegalCaveat]]:
    """(index, the library's caveat) for each caveat whose library wording has changed."""
    out = []
    for i, caveat in enumerate(memo.caveats):
        entry = library.get(caveat.library_id) if caveat.library_id else None
        if entry is None or not entry.known_on(on):
            continue
        fresh = library_update(caveat, entry, memo, on)
        if fresh is not None:
            out.append((i, fresh))
    return out


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
# Foreign law binds the supplier, not the board: a risk to weigh, below the board's own law.
KIND_WEIGHTS = {"law": 1.0, "eu_act": 0.9, "ruling": 0.8, "authority": 0.6, "foreign_law": 0.5,
                "guidance": 0.4, "vendor": 0.3, "proposal": 0.1}


def vendor_in_case(vendor: str, facts: Iterable[str]) -> bool:
    """Whether ``vendor`` ("Microsoft") is named as a supplier or product of some option."""
    if not vendor.strip():
        return True
    pattern = re.compile(rf"(?<!\w){re.escape(vendor.casefold().strip())}(?!\w)")
    return any(f.startswith(SUPPLIER_FACT) and pattern.search(f[len(SUPPLIER_FACT):])
               for f in facts)


def fits(entry: CaveatEntry, facts: set[str]) -> bool:
    """An entry fits the case when it shares a fact with it, the case has every fact the
    entry is tied to (``requires``: AI guidance needs AI features), and a vendor's own
    commitment is that of a supplier in the case."""
    return (
        bool(set(entry.tags) & facts)
        and set(entry.requires) <= facts
        and vendor_in_case(entry.vendor, facts)
    )


def relevance(entry: CaveatEntry, facts: set[str]) -> float:
    """How well ``entry`` fits the case; 0 when it does not fit at all (see :func:`fits`)."""
    if not fits(entry, facts):
        return 0.0
    overlap = set(entry.tags) & facts
    return sum(TAG_WEIGHTS.get(t, 1) for t in overlap) + KIND_WEIGHTS.get(entry.kind, 0.0)


def suggested_entries(
    memo: Memo, library: CaveatLibrary, facts: set[str], on: date
) -> list[CaveatEntry]:
    """Entries in force on ``on`` (the law date), best fitting first, not already in the memo."""
    chosen = {c.library_id for c in memo.caveats if c.library_id}
    entries = [e for e in library.on(on) if e.id not in chosen]
    # sorted() is stable: equal scores keep the library's (Swedish alphabetical) order.
    return sorted(entries, key=lambda e: -relevance(e, facts))


def split_suggestions(
    memo: Memo, library: CaveatLibrary, facts: set[str], on: date
) -> tuple[list[CaveatEntry], list[CaveatEntry]]:
    """The entries in force on ``on`` (the law date) and not in the memo: (those that fit the
    case, best first; the rest, in the library's order)."""
    entries = suggested_entries(memo, library, facts, on)
    return ([e for e in entries if fits(e, facts)], [e for e in entries if not fits(e, facts)])


def coming_entries(library: CaveatLibrary, on: date,
                   until: date | None = None) -> list[CaveatEntry]:
    """Entries that take effect within a year after ``on``, the law date, or within the
    contract period ending ``until`` ("på väg")."""
    return library.coming(on, until=until)
