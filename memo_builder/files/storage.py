"""`.memo` files: UTF-8 JSON with a format name and an integer schema version.

Loading never raises anything but :class:`MemoFileError`, whose message is one Swedish sentence
naming the file and what is wrong. Saving is atomic: a crash mid-save leaves the previous file.
"""

from __future__ import annotations

import errno
import glob
import json
import os
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from memo_builder.errors import UserError
from memo_builder.files import schema_v6
from memo_builder.model.memo import Memo
from memo_builder.model.serialization import SchemaError, from_data, to_data

FORMAT_NAME = "memo-builder/memo"
SCHEMA_VERSION = 6
MAX_FILE_BYTES = 20 * 1024 * 1024  # a memo is a few hundred kB; anything this big is not one

Migration = Callable[[dict[str, Any]], dict[str, Any]]

# version N -> function that turns a version-N document into version N+1.
MIGRATIONS: dict[int, Migration] = {}


def migration(from_version: int) -> Callable[[Migration], Migration]:
    def register(fn: Migration) -> Migration:
        MIGRATIONS[from_version] = fn
        return fn

    return register


@migration(0)
def _v0_to_v1(doc: dict[str, Any]) -> dict[str, Any]:
    # Version 0 was the pre-release draft format: the case details sat under "arende".
    doc = dict(doc)
    body = doc.get("memo")
    if isinstance(body, dict) and "arende" in body and "case" not in body:
        body = dict(body)
        body["case"] = body.pop("arende")
        doc["memo"] = body
    doc["schema_version"] = 1
    return doc


@migration(1)
def _v1_to_v2(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 2 holds the proposal and the baseline as option ids on the memo (version 1 had
    two booleans per option, kept exclusive only by validation and the GUI), and the number of
    users in one place (version 1 also had ``consequences.affected_users``)."""
    doc = dict(doc)
    body = doc.get("memo")
    if isinstance(body, dict):
        body = dict(body)
        options = body.get("options")
        if isinstance(options, list):
            new_options = []
            for option in options:
                if isinstance(option, dict):
                    option = dict(option)
                    for flag, key in (("recommended", "recommended_option_id"),
                                      ("baseline", "baseline_option_id")):
                        # The first marked option wins, as the memo and validation read it.
                        if option.pop(flag, False) is True and not body.get(key):
                            body[key] = option.get("id", "")
                new_options.append(option)
            body["options"] = new_options
        consequences = body.get("consequences")
        if isinstance(consequences, dict) and "affected_users" in consequences:
            consequences = dict(consequences)
            affected = consequences.pop("affected_users")
            assumptions = body.get("assumptions", {})
            # A broken shape is left for the loader to explain; only a real object is upgraded.
            assumptions = dict(assumptions) if isinstance(assumptions, dict) else assumptions
            if not isinstance(assumptions, dict):
                affected = None
            users = assumptions.get("user_count", 0) if isinstance(assumptions, dict) else 0
            if isinstance(affected, int) and not isinstance(affected, bool) and affected:
                if not users:
                    assumptions["user_count"] = affected
                elif affected != users:
                    # Two different counts: keep the costs' one and the other in words, so
                    # nothing the official entered is lost.
                    note = (f"Antal användare som berörs om tjänsterna upphör: {affected} "
                            "(överfört från en äldre version av filen).")
                    text = consequences.get("description")
                    text = text if isinstance(text, str) else ""
                    consequences["description"] = f"{text}\n\n{note}" if text.strip() else note
            body["assumptions"] = assumptions
            body["consequences"] = consequences
        doc["memo"] = body
    doc["schema_version"] = 2
    return doc


@migration(2)
def _v2_to_v3(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 3 adds weighed criteria (``memo.criteria``); an older file has none."""
    doc = dict(doc)
    body = doc.get("memo")
    if isinstance(body, dict) and "criteria" not in body:
        body = dict(body)
        body["criteria"] = []
        doc["memo"] = body
    doc["schema_version"] = 3
    return doc


@migration(3)
def _v3_to_v4(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 4 says whom each service affects: ``consequences.services`` holds objects
    ``{name, affected, count}`` instead of names. A name becomes a service whose people are
    not stated (count 0); the memo's one count, ``assumptions.user_count``, stays the count
    the costs use. Anything that is not a list of names is left for the loader to explain."""
    doc = dict(doc)
    body = doc.get("memo")
    if isinstance(body, dict) and isinstance(body.get("consequences"), dict):
        consequences = dict(body["consequences"])
        services = consequences.get("services")
        if isinstance(services, list):
            consequences["services"] = [
                {"name": s, "affected": "", "count": 0} if isinstance(s, str) else s
                for s in services
            ]
        body = dict(body)
        body["consequences"] = consequences
        doc["memo"] = body
    doc["schema_version"] = 4
    return doc


@migration(4)
def _v4_to_v5(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 5 adds ``memo.secrecy`` (confidential marks, OSL): an older file had none,
    so it opens with an empty list and is otherwise unchanged."""
    doc = dict(doc)
    body = doc.get("memo")
    if isinstance(body, dict) and "secrecy" not in body:
        doc["memo"] = {**body, "secrecy": {"marks": [], "marked_on": None, "authority": ""}}
    doc["schema_version"] = 5
    return doc


@migration(5)
def _v5_to_v6(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 6 is the round's one format step: its parts live in :mod:`schema_v6`."""
    doc = dict(doc)
    body = doc.get("memo")
    if isinstance(body, dict):
        doc["memo"] = schema_v6.upgrade_body(body)
    doc["schema_version"] = 6
    return doc


class MemoFileError(UserError):
    """A memo file cannot be read or written; ``str()`` is the message for the user."""


def upgrade(doc: dict[str, Any], migrations: dict[int, Migration] | None = None) -> dict[str, Any]:
    """Apply registered migrations until the document is at :data:`SCHEMA_VERSION`."""
    migrations = MIGRATIONS if migrations is None else migrations
    version = doc.get("schema_version")
    while version < SCHEMA_VERSION:
        step = migrations.get(version)
        if step is None:
            raise MemoFileError(f"det finns ingen uppgradering från version {version}")
        doc = step(doc)
        new_version = doc.get("schema_version")
        if not isinstance(new_version, int) or new_version <= version:
            raise MemoFileError(f"uppgraderingen från version {version} misslyckades")
        version = new_version
    return doc


def memo_to_document(memo: Memo) -> dict[str, Any]:
    return {"format": FORMAT_NAME, "schema_version": SCHEMA_VERSION, "memo": to_data(memo)}


def dumps(memo: Memo) -> str:
    return json.dumps(memo_to_document(memo), ensure_ascii=False, indent=2) + "\n"


def loads(text: str, name: str = "filen") -> Memo:
    """Parse memo file text; ``name`` is used in messages."""
    try:
        doc = json.loads(text)
    except RecursionError:
        raise MemoFileError(f"{name} är för djupt nästlad för att vara en memofil.") from None
    except json.JSONDecodeError as exc:
        if not text.strip():
            raise MemoFileError(
                f"{name} är tom (skadad eller ofullständig). "
                "Öppna en säkerhetskopia eller återställningsfilen."
            ) from None
        raise MemoFileError(
            f"{name} är skadad eller ofullständig (rad {exc.lineno}, kolumn {exc.colno}): "
            "filen är inte giltig JSON. Öppna en säkerhetskopia eller återställningsfilen."
        ) from None
    except ValueError:  # an integer literal of thousands of digits
        raise MemoFileError(
            f"{name} är skadad: den innehåller ett tal med orimligt många siffror."
        ) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise MemoFileError(f"{name} är inte en memofil från Memo Builder.")
    version = doc.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise MemoFileError(f"{name} saknar ett giltigt versionsnummer (schema_version).")
    if version > SCHEMA_VERSION:
        raise MemoFileError(
            f"{name} är skapad med en nyare version av Memo Builder (filformat "
            f"{version if version < 10**6 else 'okänt'}, "
            f"detta program läser till och med {SCHEMA_VERSION}). Uppdatera programmet."
        )
    try:
        doc = upgrade(doc)
    except MemoFileError as exc:
        raise MemoFileError(f"{name} kunde inte uppgraderas: {exc}.") from None
    body = doc.get("memo")
    if not isinstance(body, dict):
        raise MemoFileError(f"{name} saknar innehåll (fältet 'memo').")
    try:
        return from_data(Memo, body, "memo")
    except SchemaError as exc:
        raise MemoFileError(f"{name} har ett felaktigt värde i {exc.path}: {exc.message}.") from None
    except RecursionError:
        raise MemoFileError(f"{name} är för djupt nästlad för att vara en memofil.") from None


def load(path: str | os.PathLike[str]) -> Memo:
    path = Path(path)
    name = f"Filen {path.name}"
    too_big = f"{name} är för stor för att vara en memofil (en memofil är högst några MB)."
    try:
        if path.is_dir():
            raise MemoFileError(f"{path} är en mapp, inte en memofil.")
        if path.suffix.lower() in OTHER_FILES and path.is_file():
            raise MemoFileError(
                f"{path.name} är {OTHER_FILES[path.suffix.lower()]}, inte en memofil. Memo Builder "
                "öppnar .memo-filen som dokumentet byggdes från.")
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # A pipe or a device (/dev/zero) would block or never end: not a file to read.
            raise MemoFileError(f"{name} är ingen vanlig fil och kan inte vara en memofil.")
        if info.st_size > MAX_FILE_BYTES:
            raise MemoFileError(
                f"{name} är {info.st_size // (1024 * 1024)} MB – för stor för att vara en memofil."
            )
        with path.open("rb") as fh:  # bounded: the file may grow after the check
            raw = fh.read(MAX_FILE_BYTES + 1)
        if len(raw) > MAX_FILE_BYTES:
            raise MemoFileError(too_big)
    except FileNotFoundError:
        memo_file = path.with_name(path.name + ".memo")
        if path.suffix.lower() != ".memo" and memo_file.is_file():
            # Windows hides extensions: "ex" in Explorer is ex.memo on disk.
            raise MemoFileError(f"Filen {path} finns inte, men {memo_file} gör det. Skriv hela "
                                f"namnet med .memo (Windows döljer ofta filändelsen).") from None
        raise MemoFileError(f"Filen {path} finns inte.") from None
    except PermissionError:
        raise MemoFileError(f"{name} får inte läsas (behörighet saknas).") from None
    except OSError as exc:
        raise MemoFileError(f"{name} kunde inte läsas: {exc.strerror or exc}.") from None
    if raw.startswith(b"PK\x03\x04"):
        raise MemoFileError(
            f"{name} är en zip- eller Word-fil, inte en memofil. Öppna .memo-filen i stället."
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise MemoFileError(f"{name} är inte en textfil i UTF-8 och kan inte vara en memofil.") from None
    return loads(text, name)


def _read_umask() -> int:
    mask = os.umask(0)  # the only way to read it; done once, at import
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def _file_mode(path: Path) -> int:
    """The replaced file's permissions, else what a plain new file gets (the temp file is 0600)."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666 & ~_UMASK


STALE_TEMP_SECONDS = 15 * 60  # no save takes this long; a temp file this old is a crash's


def _remove_stale_temp_files(folder: Path, name: str) -> None:
    """A save killed mid-write (power cut, SIGKILL) leaves its hidden temp file beside the
    target; the next good save of the same file removes such leftovers, once they are old
    enough that no other save can still be writing them."""
    cutoff = time.time() - STALE_TEMP_SECONDS
    try:
        for leftover in folder.glob(f".{glob.escape(name)}.*.tmp"):
            try:
                if leftover.stat().st_mtime < cutoff:
                    leftover.unlink()
            except OSError:
                pass
    except OSError:
        pass


#: Windows cannot replace a file another process is reading (a colleague's `build` of the
#: memo on the share): such a reader holds it for milliseconds, so the rename is retried.
REPLACE_TRIES = 10
_RETRY_SHARING = os.name == "nt"


def _replace(tmp: str, path: Path) -> None:
    for attempt in range(REPLACE_TRIES):
        try:
            os.replace(tmp, path)
            return
        except PermissionError:
            if not _RETRY_SHARING or attempt == REPLACE_TRIES - 1:
                raise
            time.sleep(0.1 * (attempt + 1))


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` so that ``path`` holds either the old or the new content, never a mix."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        try:  # keep a shared file readable by colleagues; a share may refuse, that is fine
            os.chmod(tmp, _file_mode(path))
        except OSError:
            pass
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        _replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    _remove_stale_temp_files(folder, path.name)
    if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable (POSIX only)
        try:
            dfd = os.open(folder, os.O_DIRECTORY)
            try:
                os.fsync(dfd)
            finally:
                os.close(dfd)
        except OSError:
            pass


def folder_name(folder: Path) -> str:
    """"mappen /home/eva/ärenden", or "den aktuella mappen (…)" for ".": never "mappen ."."""
    if str(folder) in ("", "."):
        try:
            return f"den aktuella mappen ({Path.cwd()})"
        except OSError:
            return "den aktuella mappen"
    return f"mappen {folder}"


# What a user may open by mistake instead of the .memo file, and what it is.
OTHER_FILES = {".docx": "en Word-fil", ".doc": "en Word-fil", ".pdf": "en PDF-fil",
               ".xlsx": "en Excel-fil", ".xls": "en Excel-fil", ".odt": "ett textdokument"}


def describe_os_error(exc: OSError, path: Path, action: str) -> str:
    """One Swedish sentence for an OSError while writing ``path``."""

    folder = folder_name(path.parent)
    if isinstance(exc, FileNotFoundError) or exc.errno == errno.ENOENT:
        if path.parent.is_dir():  # /proc, a mounted share that refuses new files
            return (f"Det gick inte att {action} {path.name}: {folder} tar inte emot nya filer. "
                    "Välj en annan plats.")
        return f"Det gick inte att {action} {path.name}: {folder} finns inte."
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"Det gick inte att {action} {path.name}: filen är öppen i ett annat program "
            f"(till exempel Word) eller {folder} är skrivskyddad. "
            "Stäng filen eller välj en annan plats."
        )
    if exc.errno == errno.ENOSPC:
        return f"Det gick inte att {action} {path.name}: disken är full. Frigör utrymme och försök igen."
    if isinstance(exc, IsADirectoryError):
        return f"Det gick inte att {action} {path}: det är en mapp."
    return f"Det gick inte att {action} {path.name}: {exc.strerror or exc}."


def save(memo: Memo, path: str | os.PathLike[str]) -> None:
    path = Path(path)
    try:
        write_atomic(path, dumps(memo).encode("utf-8"))
    except OSError as exc:
        raise MemoFileError(describe_os_error(exc, path, "spara")) from None
