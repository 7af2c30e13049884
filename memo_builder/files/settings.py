"""User settings and per-user folders (platformdirs), shared by the CLI and the GUI; no Qt.

Settings live in one small JSON file so an IT department can pre-seed it (for example the
organisation's caveat library on a read-only network share). Environment variables win, which
keeps tests and scripted runs independent of a user's settings.
"""

from __future__ import annotations

import json
import os
import traceback
from datetime import datetime
from pathlib import Path
from typing import Any

import platformdirs

from memo_builder.files.storage import write_atomic

# platformdirs and traceback are imported where they are used: a build or the GUI's first
# paint often needs neither (an environment variable names the folder, nothing failed).

APP = "MemoBuilder"
ORG = "MemoBuilder"


def config_dir() -> Path:
    override = os.environ.get("MEMO_BUILDER_CONFIG_DIR")
    if override:
        return Path(override)

    return Path(platformdirs.user_config_dir(APP, ORG))


def data_dir() -> Path:
    override = os.environ.get("MEMO_BUILDER_DATA_DIR")
    if override:
        return Path(override)

    return Path(platformdirs.user_data_dir(APP, ORG))


def cache_dir() -> Path:
    """Disposable caches (compiled templates); safe to delete at any time."""
    override = os.environ.get("MEMO_BUILDER_DATA_DIR")
    if override:
        return Path(override) / "cache"

    return Path(platformdirs.user_cache_dir(APP, ORG))


def recovery_dir() -> Path:
    return data_dir() / "recovery"


def log_dir() -> Path:
    return data_dir() / "logs"


def _settings_file() -> Path:
    return config_dir() / "settings.json"


def load_settings() -> dict[str, Any]:
    try:
        data = json.loads(_settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_settings(values: dict[str, Any]) -> None:
    path = _settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(values, ensure_ascii=False, indent=2).encode("utf-8"))


def get(key: str, default: Any = None) -> Any:
    return load_settings().get(key, default)


def set_value(key: str, value: Any) -> None:
    values = load_settings()
    values[key] = value
    save_settings(values)


def organisation_caveat_dir() -> Path | None:
    """The organisation's caveat library folder (often a read-only share), if configured."""
    value = os.environ.get("MEMO_BUILDER_ORG_CAVEATS") or get("organisation_caveats")
    return Path(value) if value else None


def organisation_profile_dir() -> Path | None:
    """The organisation's shared folder of memo profiles (often a read-only share), if set."""
    value = os.environ.get("MEMO_BUILDER_ORG_PROFILES") or get("organisation_profiles")
    return Path(value) if isinstance(value, str) and value else None


def personal_profile_dir() -> Path:
    """The user's own profiles (made with "Skapa profil från Word-mall")."""
    return data_dir() / "profiles"


def default_profile_key() -> str:
    """The profile a new memo starts from: the user's choice, else the neutral one."""
    value = get("default_profile")
    return value if isinstance(value, str) and value else "kommun"


def officer_details() -> dict[str, str]:
    """The handläggare's own name, title, phone and e-mail, stored once in Inställningar."""
    value = get("officer")
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if k in ("name", "title", "phone", "email")
            and isinstance(v, str)}


#: The kinds of file a dialog asks for; each remembers the folder it was last found in.
FOLDER_KINDS = ("memo", "template", "sheet", "workbook", "export")


def remembered_folder(kind: str) -> Path | None:
    """The folder ``kind`` was last found in, else the folder of the last file of any kind;
    None when neither is known (a folder that no longer exists is skipped)."""
    values = load_settings()
    for key in (f"folder_{kind}", "folder_last"):
        value = values.get(key)
        try:
            if isinstance(value, str) and value and Path(value).is_dir():
                return Path(value)
        except OSError:
            continue
    return None


def last_folder(kind: str) -> Path:
    """Where a file dialog for ``kind`` opens: :func:`remembered_folder`, else home."""
    return remembered_folder(kind) or Path.home()


def remember_folder(kind: str, path: str | Path) -> None:
    """Remember the folder of ``path`` (a file just opened or written) for ``kind``'s dialogs;
    a settings file that cannot be written only means the dialog opens at home next time."""
    folder = str(Path(path).parent)
    try:
        values = load_settings()
        values[f"folder_{kind}"] = folder
        values["folder_last"] = folder
        save_settings(values)
    except OSError:
        pass


def log_exception(exc: BaseException) -> Path | str:
    """Write the traceback to the log folder; return where (or a note when even that fails)."""

    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"fel-{datetime.now():%Y%m%d-%H%M%S}.log"
        path.write_text("".join(traceback.format_exception(exc)), encoding="utf-8")
        return path
    except OSError:
        return "(loggen kunde inte skrivas)"
