"""The library of legal caveats: dated, typed entries read from human-editable TOML files.

Each entry lives in its own TOML file (file name = id + ".toml"). The shipped library is in
``resources/caveats``; an organisation may keep its own folder whose entries add to or replace
shipped ones with the same id. Every entry carries the date it took effect (and, when it stopped
applying unchanged, the last day it did), so a memo dated 2018 is never offered a 2020 ruling and
a memo dated late 2026 is told what takes effect soon. Every entry and every dated part also
carries the day it became *known* (adopted, published, presented, delivered), with its source:
before that day it does not exist for a memo, so a memo says only what its author could know.

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

from memo_builder.model import swedish
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

#: A wording's placeholder for the LOU amounts on the decision date.
AMOUNTS_PLACEHOLDER = "{amounts}"

#: A wording's placeholders for the bodies of the memo's own case, filled from its case data
#: (a region's memo names Regionstyrelsen, never "kommunen"), with what stands when empty.
BODY_PLACEHOLDERS: dict[str, str] = {
    "{board}": "nämnden",
    "{organisation}": "organisationen",
    "{administration}": "förvaltningen",
}
PLACEHOLDERS = (AMOUNTS_PLACEHOLDER, *BODY_PLACEHOLDERS)

#: What a known-from source says when the day could not be found (the entry then counts as
#: known from the day it took effect, so an unknown day never lets a memo see the future).
KNOWN_FROM_UNKNOWN = ("Dagen då regeln blev känd har inte hittats; dagen då den började gälla "
                      "används i stället.")


@dataclass(frozen=True)
class BodyNames:
    """The case's own bodies, as the official typed them (empty: the generic word)."""

    board: str = ""
    organisation: str = ""
    administration: str = ""

    @classmethod
    def of(cls, case) -> BodyNames:
        """From a memo's :class:`~memo_builder.model.memo.CaseDetails` (None: all generic)."""
        if case is None:
            return cls()
        return cls(board=" ".join(case.board.split()),
                   organisation=" ".join(case.organisation.split()),
                   administration=" ".join(case.administration.split()))


def _horizon(d: date, until: date | None, within_days: int = COMING_WITHIN_DAYS) -> date:
    """The last day a change counts as coming on ``d``: a year ahead, or the contract period's
    last day (``until``) when that is later."""
    ahead = d + timedelta(days=within_days)
    return max(ahead, until) if until is not None else ahead


_SENTENCE_START = re.compile(r"(^|[.!?]\s+|\n\s*)$")
_BODY_WORD_ENDINGS = {"{board}": swedish.BOARD_ENDINGS, "{administration}": swedish.OFFICE_ENDINGS}


def fill_bodies(text: str, names: BodyNames | None = None) -> str:
    """``text`` with ``{board}``, ``{organisation}`` and ``{administration}`` replaced by the
    case's names; a placeholder that starts a sentence gets a capital first letter, and a name
    that is a body word ("Regionstyrelsen") a small one inside a sentence, as the program's own
    sentences write it ("om regionstyrelsen", "för regionstyrelsens räkning")."""
    if "{" not in text:
        return text
    names = names or BodyNames()
    values = {"{board}": names.board, "{organisation}": names.organisation,
              "{administration}": names.administration}
    out: list[str] = []
    rest = text
    pattern = re.compile("|".join(re.escape(p) for p in BODY_PLACEHOLDERS))
    while (match := pattern.search(rest)) is not None:
        before = rest[: match.start()]
        value = values[match.group()] or BODY_PLACEHOLDERS[match.group()]
        if _SENTENCE_START.search("".join(out) + before):
            value = value[:1].upper() + value[1:]
        elif match.group() in _BODY_WORD_ENDINGS and (
                swedish.is_body_word(value, _BODY_WORD_ENDINGS[match.group()])
                or swedish.is_compound_body_word(value, _BODY_WORD_ENDINGS[match.group()])):
            value = value[:1].lower() + value[1:]
        out.append(before + value)
        rest = rest[match.end():]
    return "".join(out) + rest

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
    ``start`` whose contract period reaches it: the change it will see, said as coming. The
    part exists only from ``known_from`` (when the change became known; None: ``start``).
    """

    start: date
    end: date | None
    reference: str = ""
    summary: str = ""
    wording: str = ""
    coming: str = ""
    unverified: str = ""
    unverified_cited: str = ""
    guidance: str = ""
    known_from: date | None = None
    known_from_source: str = ""

    def covers(self, d: date) -> bool:
        return self.start <= d and (self.end is None or d <= self.end)

    @property
    def known(self) -> date:
        return self.known_from or self.start

    def known_on(self, d: date) -> bool:
        return self.known <= d


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
    #: What the official should check or write (the legal step shows it; the memo never does).
    guidance: str = ""


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
    #: The day the rule became known (a Swedish law adopted by the Riksdag or published in SFS,
    #: an EU act adopted or published in the Official Journal, a proposal presented, a ruling
    #: delivered, guidance published; the earlier). None: ``valid_from``.
    known_from: date | None = None
    #: Where ``known_from`` comes from, or that it could not be found.
    known_from_source: str = ""
    #: The day it entered into force, when that is before the day it applies (``valid_from``):
    #: GDPR entered into force 2016-05-24 and applies from 2018-05-25.
    in_force: date | None = None
    #: What the official should check or write: the legal step shows it, the memo never does.
    guidance: str = ""

    @property
    def kind_label(self) -> str:
        """The Swedish label for the kind, e.g. "Leverantörsåtagande – inte lag"."""
        return KINDS.get(self.kind, self.kind)

    @property
    def known(self) -> date:
        """The day the entry became known (``valid_from`` when the library does not say)."""
        return self.known_from or self.valid_from

    def known_on(self, d: date) -> bool:
        """Whether the rule was known on ``d``; before that it does not exist for a memo."""
        return self.known <= d

    @property
    def applies_later(self) -> bool:
        """In force before it applies (an EU regulation's "tillämpas från")."""
        return self.in_force is not None and self.in_force < self.valid_from

    def applies_on(self, d: date) -> bool:
        return (self.known_on(d) and self.valid_from <= d
                and (self.valid_until is None or d <= self.valid_until))

    def text_on(self, d: date, until: date | None = None,
                names: BodyNames | None = None) -> EntryText:
        """The entry's texts as they apply on ``d`` (the decision date).

        Dated parts that start after ``d``, or that were not yet known on ``d``, are left out;
        if ``until`` (the end of the memo's contract period) reaches one known on ``d``, its
        ``coming`` sentence is listed with its date. A wording's ``{amounts}`` becomes the LOU
        amounts on ``d``, or nothing if none are known; the body placeholders become the
        case's ``names`` (see :func:`fill_bodies`).
        """
        part = next((v for v in self.versions if v.covers(d) and v.known_on(d)), None)
        reference = (part.reference if part and part.reference else self.reference)
        summary = (part.summary if part and part.summary else self.summary)
        wording = (part.wording if part and part.wording else self.wording)
        guidance = (part.guidance if part and part.guidance else self.guidance)
        if AMOUNTS_PLACEHOLDER in wording:
            period = next((p for p in self.amounts if p.covers(d)), None)
            wording = wording.replace(AMOUNTS_PLACEHOLDER, period.sentence() if period else "")
            wording = re.sub(r"[ \t]{2,}", " ", wording).replace(" .", ".").strip()
        cited = [t for t in (self.unverified_cited, part.unverified_cited if part else "") if t]
        if cited:
            wording = " ".join([wording, *cited])
        notes = [t for t in (self.unverified, part.unverified if part else "") if t]
        coming = tuple(
            (v.start, fill_bodies(v.coming, names))
            for v in self.versions
            if v.coming and v.known_on(d) and d < v.start and until is not None
            and v.start <= until
        )
        return EntryText(fill_bodies(reference, names), fill_bodies(summary, names),
                         fill_bodies(wording, names), " ".join(notes), coming,
                         fill_bodies(guidance, names))

    def status_on(self, d: date, until: date | None = None) -> str:
        """Return "unknown" (not yet known on d), "applies", "coming" (takes effect within a
        year after d, or by ``until``, the contract period's last day), "not_yet" or "ended"."""
        if not self.known_on(d):
            return "unknown"
        if self.valid_until is not None and d > self.valid_until:
            return "ended"
        if d >= self.valid_from:
            return "applies"
        if self.valid_from <= _horizon(d, until):
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
    #: The day the shipped library was last checked against the law (None: not said). A memo
    #: dated after it may be missing newer law.
    reviewed: date | None = None

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

    def coming(self, d: date, within_days: int = COMING_WITHIN_DAYS,
               until: date | None = None) -> list[CaveatEntry]:
        """Entries taking effect after ``d`` but at most ``within_days`` later, or by ``until``
        (the contract period's last day) when that is later, soonest first: a change known on
        the decision date that takes effect within the contract period is said as coming."""
        horizon = _horizon(d, until, within_days)
        found = [e for e in self.entries.values()
                 if e.known_on(d) and d < e.valid_from <= horizon]
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
