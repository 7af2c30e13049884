"""What the program wrote: the hash of every exported file, so that an export never replaces
a Word file, PDF or workbook that someone corrected by hand since.

The records are kept with the user's settings (``written.json`` in the settings folder),
keyed by the exported file's full path. A file the program has no record of (written by a
colleague's program, or before this version) cannot be judged and is treated as before.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from memo_builder.files import settings
from memo_builder.files.disk_state import Fingerprint, compare, digest
from memo_builder.files.storage import write_atomic

MAX_RECORDS = 500


def _records_file() -> Path:
    return settings.config_dir() / "written.json"


def _load() -> dict[str, dict]:
    try:
        data = json.loads(_records_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _key(target: Path) -> str:
    try:
        return str(Path(target).resolve())
    except OSError:
        return str(Path(target).absolute())


def record(target: Path, data: bytes) -> None:
    """Remember that the program wrote ``data`` to ``target`` just now. Never raises: losing a
    record only means the next export cannot tell whether the file was edited."""

    try:
        info = Path(target).stat()
        records = _load()
        records.pop(_key(target), None)
        records[_key(target)] = {"sha256": digest(data), "size": info.st_size,
                                 "mtime_ns": info.st_mtime_ns,
                                 "written": datetime.now().isoformat(timespec="seconds")}
        while len(records) > MAX_RECORDS:  # the oldest first (dicts keep insertion order)
            records.pop(next(iter(records)))
        path = _records_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(records, ensure_ascii=False, indent=1).encode("utf-8"))
    except (OSError, ValueError):
        pass


def edited_since_written(target: Path) -> datetime | None:
    """When ``target`` was changed by someone else after the program wrote it, else None
    (unchanged, never written by this program, or gone)."""
    entry = _load().get(_key(target))
    if not isinstance(entry, dict):
        return None
    try:
        seen = Fingerprint(int(entry["size"]), int(entry["mtime_ns"]), str(entry["sha256"]))
    except (KeyError, TypeError, ValueError):
        return None
    change = compare(Path(target), seen)
    return change.modified if change.kind == "changed" else None


def free_name(target: Path) -> Path:
    """``Memo (2).docx``, ``Memo (3).docx`` …: the first name beside ``target`` not taken."""
    n = 2
    while True:
        candidate = target.with_name(f"{target.stem} ({n}){target.suffix}")
        if not candidate.exists():
            return candidate
        n += 1


def describe_edit(target: Path, when: datetime) -> str:
    """One Swedish sentence: the file was changed after the program wrote it."""
    moment = f"{when:%Y-%m-%d %H:%M}"
    return (f"{target.name} har ändrats efter att Memo Builder skrev den (senast ändrad {moment}), "
            "troligen rättad för hand i Word eller Excel.")
