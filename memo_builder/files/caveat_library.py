"""Reading the legal library from disk: one TOML file per entry, the shipped folder and an
organisation's folder (which replaces shipped entries by id). Every file or folder that cannot
be used is reported, never raised. The entries and the library themselves are model
(:mod:`memo_builder.model.caveats`)."""

from __future__ import annotations

import re
import tomllib
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from memo_builder.files.paths import resources_dir
from memo_builder.model import swedish
from memo_builder.model.caveats import (
    AMOUNTS_PLACEHOLDER,
    KINDS,
    KNOWN_FROM_UNKNOWN,
    ORIGIN_ORGANISATION,
    ORIGIN_SHIPPED,
    PLACEHOLDERS,
    TAGS,
    AmountPeriod,
    CaveatEntry,
    CaveatLibrary,
    DatedPart,
    LoadProblem,
)

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
# guidance: what the official should check or write (the legal step shows it, never the memo);
# known_from_source: where the day the rule became known comes from.
_OPTIONAL_TEXT_KEYS = ("changed_note", "unverified", "unverified_cited", "vendor", "guidance",
                       "known_from_source")
_ENTRY_KEYS = frozenset(
    {
        *_REQUIRED_TEXT_KEYS,
        *_OPTIONAL_TEXT_KEYS,
        "tags",
        "requires",
        "valid_from",
        "valid_until",
        "known_from",
        "in_force",
        "sources",
        "amounts",
        "versions",
    }
)
_AMOUNT_KEYS = frozenset(
    {"from", "until", "direct_award_limit", "eu_threshold", "note", "unverified_cited"}
)
_VERSION_TEXT_KEYS = ("reference", "summary", "wording", "coming", "unverified",
                      "unverified_cited", "guidance", "known_from_source")
_VERSION_KEYS = frozenset({"from", "until", "known_from", *_VERSION_TEXT_KEYS})

#: The library's own facts (not an entry): ``reviewed``, the day it was last checked.
LIBRARY_FILE = "_bibliotek.toml"
_LIBRARY_KEYS = frozenset({"reviewed", "note"})

_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


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
    library.reviewed = _load_reviewed(Path(shipped_dir), library.problems)
    shipped = _load_folder(Path(shipped_dir), ORIGIN_SHIPPED, library.problems)
    library.entries.update(shipped)
    if organisation_dir is not None:
        own = _load_folder(Path(organisation_dir), ORIGIN_ORGANISATION, library.problems)
        library.entries.update(own)
    return library


def default_library(organisation_dir: Path | None = None) -> CaveatLibrary:
    """Load the library shipped with the program, plus an organisation folder if given."""
    return load_library(resources_dir() / "caveats", organisation_dir)


def _load_reviewed(folder: Path, problems: list[LoadProblem]) -> date | None:
    """The shipped library's last review day from its ``_bibliotek.toml`` (None: not said)."""
    path = folder / LIBRARY_FILE
    try:
        if not path.is_file():
            return None
        document = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        problems.append(LoadProblem(path, f"{LIBRARY_FILE}: kan inte läsas ({exc})"))
        return None
    errors = [f"okänd nyckel '{k}' (stavfel?)" for k in sorted(set(document) - _LIBRARY_KEYS)]
    reviewed = _date(document["reviewed"], "reviewed", errors) if "reviewed" in document else None
    problems.extend(LoadProblem(path, f"{LIBRARY_FILE}: {m}") for m in errors)
    return reviewed


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
                if p.suffix.lower() == ".toml" and not p.name.startswith((".", "~", "_"))
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
    known_from = _date(doc["known_from"], "known_from", errors) if "known_from" in doc else None
    in_force = _date(doc["in_force"], "in_force", errors) if "in_force" in doc else None
    if known_from is None:
        # An unknown day is said in the entry and never lets a memo see the future.
        texts["known_from_source"] = KNOWN_FROM_UNKNOWN
    elif not texts.get("known_from_source"):
        errors.append("'known_from' kräver en källa i 'known_from_source'")

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
            if placeholder not in PLACEHOLDERS:
                errors.append(f"{where}: okänd platshållare {placeholder}; tillåtna är "
                              f"{', '.join(PLACEHOLDERS)}")
            elif placeholder == AMOUNTS_PLACEHOLDER and not amounts:
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
        known_from=known_from,
        known_from_source=texts["known_from_source"],
        in_force=in_force,
        guidance=texts["guidance"],
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
    # The Swedish way of writing amounts: "586 907" or "586 907,50" (the program's one parser).
    try:
        amount = Decimal(value) if isinstance(value, int) else swedish.parse_number(value)
    except ValueError as exc:
        errors.append(f"{key} är inte ett belopp: {exc}")
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
        start = end = known = None
        if "from" not in table:
            errors.append(f"{where}: obligatorisk nyckel 'from' saknas")
        else:
            start = _date(table["from"], f"{where}: from", errors)
        if "until" in table:
            end = _date(table["until"], f"{where}: until", errors)
        if "known_from" in table:
            known = _date(table["known_from"], f"{where}: known_from", errors)
        texts = {
            key: (_text(table[key], f"{where}: {key}", errors) or "") if key in table else ""
            for key in _VERSION_TEXT_KEYS
        }
        if start and end and end < start:
            errors.append(
                f"{where}: until ({end.isoformat()}) ligger före from ({start.isoformat()})"
            )
        if known is None:
            texts["known_from_source"] = KNOWN_FROM_UNKNOWN
        elif not texts["known_from_source"]:
            errors.append(f"{where}: 'known_from' kräver en källa i 'known_from_source'")
        if len(errors) == before and start is not None:
            parts.append(DatedPart(start, end, **texts, known_from=known))
    parts.sort(key=lambda p: p.start)
    for earlier, later in zip(parts, parts[1:], strict=False):
        if earlier.end is None or later.start <= earlier.end:
            errors.append(
                f"versions: perioden från {later.start.isoformat()} överlappar perioden från "
                f"{earlier.start.isoformat()}"
            )
    return tuple(parts)
