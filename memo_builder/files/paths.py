"""The one place that finds templates/ and resources/, from the source tree or an installed package."""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

_SOURCE_ROOT = Path(__file__).resolve().parents[2]


def _locate(folder: str, package: str) -> Path:
    candidate = _SOURCE_ROOT / folder
    if candidate.is_dir() and (_SOURCE_ROOT / "pyproject.toml").is_file():
        return candidate
    # Installed (wheel or frozen build): shipped as a data package beside the code. The
    # folders have no __init__.py (namespace packages), so take the package's own path.
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"{package} saknas i installationen")
    return Path(next(iter(spec.submodule_search_locations)))


@cache
def templates_dir() -> Path:
    """Folder holding one sub-folder per organisation profile."""
    return _locate("templates", "memo_builder._templates")


@cache
def resources_dir() -> Path:
    """Folder holding caveats/, examples/ and icons/."""
    return _locate("resources", "memo_builder._resources")


def example_memo_path() -> Path:
    return resources_dir() / "examples" / "office365-goteborg-2018.memo"
