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
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

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

#: Caveat files are a few kilobytes; anything this large is a mistake, not an entry.
MAX_FILE_BYTES = 1024 * 1024

_ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*")

# Same set as memo_builder.model.text: python-docx refuses these, so refuse them at load time.
_FORBIDDEN_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")

_TOML_POSITION = re.compile(r"\(at line (?P<line>\d+), column (?P<column>\d+)\)")

_REQUIRED_TEXT_KEYS = ("id", "title", "kind", "reference", "summary", "wording")
# unverified: a maintenance note for whoever keeps the library (shown in the library and the
# GUI, never in the memo); unverified_cited: one plain sentence for the board, for when the
# wording itself cites the unconfirmed fact; vendor: whose own commitment the entry describes.
_OPTIONAL_TEXT_KEYS = ("changed_note", "unverified", "unverified_cited", "vendor")
_ENTRY_KEYS = frozenset(
    {
        *_REQUIRED_TEXT_KEYS,
        *_OPTIONAL_TEXT_KEYS,
        "tags",
        "requires",
        "valid_from",
        "valid_until",
        "sources",
        "amounts",
        "versions",
    }
)
_AMOUNT_KEYS = frozenset(
    {"from", "until", "direct_award_limit", "eu_threshold", "note", "unverified_cited"}
)
_VERSION_TEXT_KEYS = ("reference", "summary", "wording", "coming", "unverified",
                      "unverified_cited")
_VERSION_KEYS = frozenset({"from", "until", *_VERSION_TEXT_KEYS})

#: The one placeholder a wording may hold: the LOU amounts on the decision date.
AMOUNTS_PLACEHOLDER = "{amounts}"
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")

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


class _EntryErrors(Exception):
    """The messages (without file name) that make one file unusable."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__("; ".join(messages))
        self.messages = messages


def load_library(shipped_dir: Path, organisation_dir: Path | None = None) -> CaveatLibrary:
    """Load the shipped entries, then the organisation's, which replace shipped ones by id.

    Never raises: every file or folder that cannot be used is reported in ``problems``.
    """
    library = CaveatLibrary()
    shipped = _load_folder(Path(shipped_dir), ORIGIN_SHIPPED, library.problems)
    library.entries.update(shipped)
    if organisation_dir is not None:
        own = _load_folder(Path(organisation_dir), ORIGIN_ORGANISATION, library.problems)
        library.entries.update(own)
    return library


def default_library(organisation_dir: Path | None = None) -> CaveatLibrary:
    """Load the library shipped with the program, plus an organisation folder if given."""
    from memo_builder.files.paths import resources_dir

    return load_library(resources_dir() / "caveats", organisation_dir)


def _folder_label(origin: str) -> str:
    if origin == ORIGIN_ORGANISATION:
        return "Organisationens mapp med egna förbehåll"
    return "Programmets mapp med förbehåll"


def _load_folder(folder: Path, origin: str, problems: list[LoadProblem]) -> dict[str, CaveatEntry]:
    label = _folder_label(origin)
    try:
        if not folder.exists():
            problems.append(LoadProblem(folder, f"{label} finns inte: {folder}"))
            return {}
        if not folder.is_dir():
            problems.append(LoadProblem(folder, f"{label} är inte en mapp: {folder}"))
            return {}
        candidates = sorted(
            (
                p
                for p in folder.iterdir()
                if p.suffix.lower() == ".toml" and not p.name.startswith((".", "~"))
            ),
            key=lambda p: p.name,
        )
    except OSError as exc:
        problems.append(
            LoadProblem(folder, f"{label} kan inte läsas: {folder} ({_os_reason(exc)})")
        )
        return {}

    loaded: dict[str, CaveatEntry] = {}
    for path in candidates:
        try:
            if path.is_dir():
                continue
            entry = _load_file(path, origin)
        except _EntryErrors as exc:
            problems.extend(LoadProblem(path, f"{path.name}: {m}") for m in exc.messages)
            continue
        except Exception as exc:  # noqa: BLE001 - a broken file must never stop the program
            problems.append(LoadProblem(path, f"{path.name}: oväntat fel vid inläsning ({exc})"))
            continue
        first = loaded.get(entry.id)
        if first is not None:
            problems.append(
                LoadProblem(
                    path,
                    f"{path.name}: id '{entry.id}' används redan i {first.path.name}; "
                    f"filen {path.name} hoppas över och {first.path.name} används",
                )
            )
            continue
        loaded[entry.id] = entry
    return loaded


def _os_reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _load_file(path: Path, origin: str) -> CaveatEntry:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _EntryErrors(
                [f"filen är för stor ({size} byte, högst {MAX_FILE_BYTES} byte) och hoppas över"]
            )
        data = path.read_bytes()
    except OSError as exc:
        raise _EntryErrors([f"filen kan inte läsas ({_os_reason(exc)})"]) from exc
    if len(data) > MAX_FILE_BYTES:  # grew between stat() and read
        raise _EntryErrors([f"filen är för stor (högst {MAX_FILE_BYTES} byte) och hoppas över"])
    try:
        # utf-8-sig: tolerate the byte-order mark that some Windows editors add.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _EntryErrors(
            [
                f"filen är inte sparad som UTF-8 (ogiltig byte på position {exc.start}); "
                "spara om den med teckenkodningen UTF-8"
            ]
        ) from exc
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _EntryErrors([f"filen är inte giltig TOML: {_toml_error(exc)}"]) from exc
    return _parse_entry(document, path, origin)


def _toml_error(exc: tomllib.TOMLDecodeError) -> str:
    """Put the position first, in Swedish; tomllib's own wording is English."""
    text = str(exc)
    match = _TOML_POSITION.search(text)
    if match is None:
        return text
    reason = (text[: match.start()] + text[match.end() :]).strip()
    return f"fel på rad {match['line']}, kolumn {match['column']} ({reason})"


def _parse_entry(doc: dict[str, Any], path: Path, origin: str) -> CaveatEntry:
    errors: list[str] = []

    for key in sorted(set(doc) - _ENTRY_KEYS):
        errors.append(f"okänd nyckel '{key}' (stavfel?)")

    texts: dict[str, str] = {}
    for key in _REQUIRED_TEXT_KEYS:
        if key not in doc:
            errors.append(f"obligatorisk nyckel '{key}' saknas")
            continue
        value = _text(doc[key], key, errors)
        if value is not None and not value:
            errors.append(f"nyckeln '{key}' är tom")
        texts[key] = value or ""
    for key in _OPTIONAL_TEXT_KEYS:
        texts[key] = (_text(doc[key], key, errors) or "") if key in doc else ""

    entry_id = texts.get("id", "")
    if entry_id and not _ID_PATTERN.fullmatch(entry_id):
        errors.append(
            f"ogiltigt id '{entry_id}': endast små bokstäver a–z, siffror och bindestreck "
            "är tillåtna, och id ska börja med en bokstav eller siffra"
        )
    kind = texts.get("kind", "")
    if kind and kind not in KINDS:
        errors.append(f"okänd typ (kind) '{kind}'; tillåtna värden: {', '.join(KINDS)}")

    tags: tuple[str, ...] = ()
    if "tags" not in doc:
        errors.append("obligatorisk nyckel 'tags' saknas")
    else:
        raw_tags = _text_list(doc["tags"], "tags", errors)
        for tag in raw_tags:
            if tag not in TAGS:
                errors.append(f"okänd tagg '{tag}'; tillåtna taggar: {', '.join(TAGS)}")
        tags = tuple(dict.fromkeys(t for t in raw_tags if t in TAGS))

    sources: tuple[str, ...] = ()
    if "sources" not in doc:
        errors.append("obligatorisk nyckel 'sources' saknas")
    else:
        sources = tuple(_text_list(doc["sources"], "sources", errors))

    valid_from = None
    if "valid_from" not in doc:
        errors.append("obligatorisk nyckel 'valid_from' saknas")
    else:
        valid_from = _date(doc["valid_from"], "valid_from", errors)
    valid_until = _date(doc["valid_until"], "valid_until", errors) if "valid_until" in doc else None
    if valid_from and valid_until and valid_until < valid_from:
        errors.append(
            f"valid_until ({valid_until.isoformat()}) ligger före valid_from "
            f"({valid_from.isoformat()})"
        )

    requires: tuple[str, ...] = ()
    if "requires" in doc:
        raw = _text_list(doc["requires"], "requires", errors)
        for tag in raw:
            if tag not in tags:
                errors.append(f"'requires' nämner '{tag}', som inte finns bland taggarna (tags)")
        requires = tuple(dict.fromkeys(t for t in raw if t in tags))

    amounts: tuple[AmountPeriod, ...] = ()
    if "amounts" in doc:
        amounts = _amounts(doc["amounts"], errors)
    versions: tuple[DatedPart, ...] = ()
    if "versions" in doc:
        versions = _versions(doc["versions"], errors)
    for where, text in [("wording", texts.get("wording", "")),
                        *((f"versions från {v.start.isoformat()}", v.wording) for v in versions)]:
        for placeholder in _PLACEHOLDER.findall(text):
            if placeholder != AMOUNTS_PLACEHOLDER:
                errors.append(f"{where}: okänd platshållare {placeholder}; tillåten är "
                              f"{AMOUNTS_PLACEHOLDER}")
            elif not amounts:
                errors.append(f"{where}: {AMOUNTS_PLACEHOLDER} kräver belopp ([[amounts]])")

    if errors or valid_from is None:
        raise _EntryErrors(errors or ["valid_from saknas"])
    return CaveatEntry(
        id=entry_id,
        title=texts["title"],
        kind=kind,
        reference=texts["reference"],
        summary=texts["summary"],
        wording=texts["wording"],
        tags=tags,
        valid_from=valid_from,
        valid_until=valid_until,
        changed_note=texts["changed_note"],
        unverified=texts["unverified"],
        sources=sources,
        amounts=amounts,
        origin=origin,
        path=path,
        requires=requires,
        vendor=texts["vendor"],
        unverified_cited=texts["unverified_cited"],
        versions=versions,
    )


def _type_name(value: object) -> str:
    if isinstance(value, bool):
        return "sant/falskt-värde"
    if isinstance(value, datetime):
        return "datum med klockslag"
    if isinstance(value, date):
        return "datum"
    if isinstance(value, int):
        return "heltal"
    if isinstance(value, float):
        return "decimaltal"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "lista"
    if isinstance(value, dict):
        return "tabell"
    return type(value).__name__


def _text(value: object, key: str, errors: list[str]) -> str | None:
    if not isinstance(value, str):
        errors.append(f"nyckeln '{key}' ska vara text, inte {_type_name(value)}")
        return None
    if _FORBIDDEN_CHARS.search(value):
        errors.append(f"nyckeln '{key}' innehåller otillåtna styrtecken")
        return None
    return value.strip()


def _text_list(value: object, key: str, errors: list[str]) -> list[str]:
    if not isinstance(value, list):
        errors.append(f"nyckeln '{key}' ska vara en lista med text, inte {_type_name(value)}")
        return []
    result: list[str] = []
    for i, item in enumerate(value, start=1):
        text = _text(item, f"{key}[{i}]", errors)
        if text:
            result.append(text)
        elif text == "":
            errors.append(f"nyckeln '{key}[{i}]' är tom")
    return result


def _date(value: object, key: str, errors: list[str]) -> date | None:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    hint = ""
    if isinstance(value, str):
        hint = " (skriv datumet utan citattecken, t.ex. 2018-05-25)"
    elif isinstance(value, datetime):
        hint = " (ange bara datum utan klockslag, t.ex. 2018-05-25)"
    errors.append(f"nyckeln '{key}' ska vara ett datum, inte {_type_name(value)}{hint}")
    return None


def _decimal(value: object, key: str, errors: list[str]) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, str | int):
        errors.append(
            f'{key} ska vara ett belopp skrivet som text, t.ex. "700000", inte {_type_name(value)}'
        )
        return None
    # Accept the Swedish way of writing amounts: "586 907" or "586 907,50".
    cleaned = str(value).replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    cleaned = cleaned.replace(",", ".")
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        errors.append(f"{key} är inte ett belopp: {value!r}")
        return None
    if not amount.is_finite() or amount < 0:
        errors.append(f"{key} ska vara ett belopp på noll kronor eller mer: {value!r}")
        return None
    return amount


def _amounts(value: object, errors: list[str]) -> tuple[AmountPeriod, ...]:
    if not isinstance(value, list) or not all(isinstance(t, dict) for t in value):
        errors.append("'amounts' ska skrivas som tabeller: [[amounts]]")
        return ()
    periods: list[AmountPeriod] = []
    for i, table in enumerate(value, start=1):
        where = f"amounts nr {i}"
        before = len(errors)
        for key in sorted(set(table) - _AMOUNT_KEYS):
            errors.append(f"{where}: okänd nyckel '{key}'")
        start = end = limit = threshold = None
        if "from" not in table:
            errors.append(f"{where}: obligatorisk nyckel 'from' saknas")
        else:
            start = _date(table["from"], f"{where}: from", errors)
        if "until" in table:
            end = _date(table["until"], f"{where}: until", errors)
        if "direct_award_limit" not in table:
            errors.append(f"{where}: obligatorisk nyckel 'direct_award_limit' saknas")
        else:
            limit = _decimal(table["direct_award_limit"], f"{where}: direct_award_limit", errors)
        if "eu_threshold" in table:
            threshold = _decimal(table["eu_threshold"], f"{where}: eu_threshold", errors)
        note = (_text(table["note"], f"{where}: note", errors) or "") if "note" in table else ""
        cited = (_text(table["unverified_cited"], f"{where}: unverified_cited", errors) or ""
                 ) if "unverified_cited" in table else ""
        if start and end and end < start:
            errors.append(
                f"{where}: until ({end.isoformat()}) ligger före from ({start.isoformat()})"
            )
        if len(errors) == before and start is not None and limit is not None:
            periods.append(AmountPeriod(start, end, limit, threshold, note, cited))
    periods.sort(key=lambda p: p.start)
    for earlier, later in zip(periods, periods[1:], strict=False):
        if earlier.end is None or later.start <= earlier.end:
            errors.append(
                f"amounts: perioden från {later.start.isoformat()} överlappar perioden från "
                f"{earlier.start.isoformat()}"
            )
    return tuple(periods)


def _versions(value: object, errors: list[str]) -> tuple[DatedPart, ...]:
    if not isinstance(value, list) or not all(isinstance(t, dict) for t in value):
        errors.append("'versions' ska skrivas som tabeller: [[versions]]")
        return ()
    parts: list[DatedPart] = []
    for i, table in enumerate(value, start=1):
        where = f"versions nr {i}"
        before = len(errors)
        for key in sorted(set(table) - _VERSION_KEYS):
            errors.append(f"{where}: okänd nyckel '{key}'")
        start = end = None
        if "from" not in table:
            errors.append(f"{where}: obligatorisk nyckel 'from' saknas")
        else:
            start = _date(table["from"], f"{where}: from", errors)
        if "until" in table:
            end = _date(table["until"], f"{where}: until", errors)
        texts = {
            key: (_text(table[key], f"{where}: {key}", errors) or "") if key in table else ""
            for key in _VERSION_TEXT_KEYS
        }
        if start and end and end < start:
            errors.append(
                f"{where}: until ({end.isoformat()}) ligger före from ({start.isoformat()})"
            )
        if len(errors) == before and start is not None:
            parts.append(DatedPart(start, end, **texts))
    parts.sort(key=lambda p: p.start)
    for earlier, later in zip(parts, parts[1:], strict=False):
        if earlier.end is None or later.start <= earlier.end:
            errors.append(
                f"versions: perioden från {later.start.isoformat()} överlappar perioden från "
                f"{earlier.start.isoformat()}"
            )
    return tuple(parts)
