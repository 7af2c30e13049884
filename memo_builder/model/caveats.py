"""The library of legal caveats: dated, typed entries read from human-editable TOML files.

Each entry lives in its own TOML file (file name = id + ".toml"). The shipped library is in
``resources/caveats``; an organisation may keep its own folder whose entries add to or replace
shipped ones with the same id. Every entry carries the date it took effect (and, when it stopped
applying unchanged, the last day it did), so a memo dated 2018 is never offered a 2020 ruling and
a memo dated late 2026 is told what takes effect soon.

Loading never raises: each broken file becomes a :class:`LoadProblem` with a Swedish message
that names the file, and every other file still loads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from memo_builder.model.memo import CAVEAT_KIND_LABELS

KINDS: dict[str, str] = CAVEAT_KIND_LABELS

TAGS: dict[str, str] = {
    "personuppgifter": "Personuppgifter",
    "sekretess": "Sekretess",
    "leverantor-utanfor-eu": "Leverantör utanför EU/EES",
    "molntjanst": "Molntjänst",
    "avtalsforlangning": "Avtalsförlängning",
    "upphandling": "Upphandling",
    "sakerhetsskydd": "Säkerhetsskydd",
    "arkiv": "Arkiv och allmänna handlingar",
    "delegering": "Delegering och jäv",
    "ai": "AI",
    "exit": "Avveckling och byte av leverantör",
    "informationssakerhet": "Informationssäkerhet",
}

ORIGIN_SHIPPED = "shipped"
ORIGIN_ORGANISATION = "organisation"

#: An entry taking effect at most this many days after the memo date counts as "coming".
COMING_WITHIN_DAYS = 365

#: The one placeholder a wording may hold: the LOU amounts on the decision date.
AMOUNTS_PLACEHOLDER = "{amounts}"

# Swedish alphabetical order puts å, ä, ö after z; plain code-point order would put ä before å.
_SWEDISH_SORT = str.maketrans(
    {"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "é": "e", "ü": "y"}
)


@dataclass(frozen=True)
class AmountPeriod:
    """LOU amounts (kronor, excluding VAT) for one period; ``end`` None means open-ended."""

    start: date
    end: date | None
    direct_award_limit: Decimal
    eu_threshold: Decimal | None
    note: str = ""
    #: One plain sentence for the memo when the amounts it cites are not confirmed.
    unverified_cited: str = ""

    def covers(self, d: date) -> bool:
        return self.start <= d and (self.end is None or d <= self.end)

    def sentence(self) -> str:
        """The amounts as one sentence for the memo's wording (kronor, Swedish format)."""
        from memo_builder.model import swedish

        limit = f"{swedish.number(self.direct_award_limit)}\u00a0kronor"
        if self.eu_threshold is None:
            text = f"På beslutsdagen är direktupphandlingsgränsen {limit}."
        else:
            threshold = f"{swedish.number(self.eu_threshold)}\u00a0kronor"
            text = (f"På beslutsdagen är direktupphandlingsgränsen {limit} och EU:s "
                    f"tröskelvärde {threshold}.")
        return f"{text} {self.unverified_cited}" if self.unverified_cited else text


@dataclass(frozen=True)
class DatedPart:
    """What an entry says from ``start`` (to ``end``): the texts that differ in that period.

    An empty text means the entry's own. ``coming`` is one sentence for a memo decided before
    ``start`` whose contract period reaches it: the change it will see, said as coming.
    """

    start: date
    end: date | None
    reference: str = ""
    summary: str = ""
    wording: str = ""
    coming: str = ""
    unverified: str = ""
    unverified_cited: str = ""

    def covers(self, d: date) -> bool:
        return self.start <= d and (self.end is None or d <= self.end)


@dataclass(frozen=True)
class EntryText:
    """An entry's texts as they apply on one date (see :meth:`CaveatEntry.text_on`)."""

    reference: str
    summary: str
    #: The memo's wording: only what applies on the date, with the one plain sentence about
    #: an unconfirmed fact it cites; never the library's maintenance notes.
    wording: str
    #: Maintenance notes (library and GUI only).
    unverified: str
    #: Changes within the contract period, soonest first: (date, one sentence).
    coming: tuple[tuple[date, str], ...] = ()


@dataclass(frozen=True)
class CaveatEntry:
    """One legal caveat as read from its TOML file."""

    id: str
    title: str
    kind: str
    reference: str
    summary: str
    wording: str
    tags: tuple[str, ...]
    valid_from: date
    valid_until: date | None = None
    changed_note: str = ""
    unverified: str = ""
    sources: tuple[str, ...] = ()
    amounts: tuple[AmountPeriod, ...] = ()
    origin: str = ORIGIN_SHIPPED
    path: Path = field(default_factory=Path)
    #: The facts (tags) the case must have for the entry to fit it at all, e.g. ("ai",).
    requires: tuple[str, ...] = ()
    #: The vendor whose own commitment this is; it fits only a case with that supplier.
    vendor: str = ""
    unverified_cited: str = ""
    versions: tuple[DatedPart, ...] = ()

    @property
    def kind_label(self) -> str:
        """The Swedish label for the kind, e.g. "Leverantörsåtagande – inte lag"."""
        return KINDS.get(self.kind, self.kind)

    def applies_on(self, d: date) -> bool:
        return self.valid_from <= d and (self.valid_until is None or d <= self.valid_until)

    def text_on(self, d: date, until: date | None = None) -> EntryText:
        """The entry's texts as they apply on ``d`` (the decision date).

        Dated parts that start after ``d`` are left out; if ``until`` (the end of the memo's
        contract period) reaches one, its ``coming`` sentence is listed with its date. A
        wording's ``{amounts}`` becomes the LOU amounts on ``d``, or nothing if none are known.
        """
        part = next((v for v in self.versions if v.covers(d)), None)
        reference = (part.reference if part and part.reference else self.reference)
        summary = (part.summary if part and part.summary else self.summary)
        wording = (part.wording if part and part.wording else self.wording)
        if AMOUNTS_PLACEHOLDER in wording:
            period = next((p for p in self.amounts if p.covers(d)), None)
            wording = wording.replace(AMOUNTS_PLACEHOLDER, period.sentence() if period else "")
            wording = re.sub(r"[ \t]{2,}", " ", wording).replace(" .", ".").strip()
        cited = [t for t in (self.unverified_cited, part.unverified_cited if part else "") if t]
        if cited:
            wording = " ".join([wording, *cited])
        notes = [t for t in (self.unverified, part.unverified if part else "") if t]
        coming = tuple(
            (v.start, v.coming)
            for v in self.versions
            if v.coming and d < v.start and until is not None and v.start <= until
        )
        return EntryText(reference, summary, wording, " ".join(notes), coming)

    def status_on(self, d: date) -> str:
        """Return "applies", "coming" (takes effect within a year after d), "not_yet" or "ended"."""
        if self.valid_until is not None and d > self.valid_until:
            return "ended"
        if d >= self.valid_from:
            return "applies"
        if self.valid_from - d <= timedelta(days=COMING_WITHIN_DAYS):
            return "coming"
        return "not_yet"


@dataclass(frozen=True)
class LoadProblem:
    """A file (or folder) that could not be used, with a Swedish message naming it."""

    path: Path
    message: str


def _as_set(values: Iterable[str]) -> set[str]:
    # A lone string is one tag, not a set of letters.
    return {values} if isinstance(values, str) else set(values)


def _title_key(entry: CaveatEntry) -> tuple[str, str]:
    return entry.title.casefold().translate(_SWEDISH_SORT), entry.id


@dataclass
class CaveatLibrary:
    """All loaded entries by id, plus what could not be loaded."""

    entries: dict[str, CaveatEntry] = field(default_factory=dict)
    problems: list[LoadProblem] = field(default_factory=list)

    def get(self, id: str) -> CaveatEntry | None:  # noqa: A002 - name fixed by the public API
        return self.entries.get(id)

    def on(self, d: date, tags: Iterable[str] = ()) -> list[CaveatEntry]:
        """Entries that apply on ``d``; if ``tags`` is given, only those sharing a tag. By title."""
        wanted = _as_set(tags)
        found = [
            e
            for e in self.entries.values()
            if e.applies_on(d) and (not wanted or wanted.intersection(e.tags))
        ]
        return sorted(found, key=_title_key)

    def coming(self, d: date, within_days: int = COMING_WITHIN_DAYS) -> list[CaveatEntry]:
        """Entries taking effect after ``d`` but at most ``within_days`` later, soonest first."""
        horizon = d + timedelta(days=within_days)
        found = [e for e in self.entries.values() if d < e.valid_from <= horizon]
        return sorted(found, key=lambda e: (e.valid_from, *_title_key(e)))

    def suggest(self, d: date, facts: Iterable[str]) -> list[CaveatEntry]:
        """Entries applying on ``d``: most tags shared with ``facts`` first, then by title."""
        wanted = _as_set(facts)
        # sorted() is stable, so entries with equal overlap keep their title order from on().
        return sorted(self.on(d), key=lambda e: -len(wanted.intersection(e.tags)))

    def amounts_on(self, d: date) -> AmountPeriod | None:
        """The LOU amounts period covering ``d``, from any entry that has amounts.

        If several periods cover ``d`` (an organisation adding its own entry), prefer one from an
        entry that applies on ``d``, then an organisation entry, then the most recently started.
        """
        candidates = [
            (e.applies_on(d), e.origin == ORIGIN_ORGANISATION, p.start, p)
            for e in self.entries.values()
            for p in e.amounts
            if p.covers(d)
        ]
        if not candidates:
            return None
        return max(candidates, key=lambda c: c[:3])[3]


# --------------------------------------------------------------------------------------------
# Loading
