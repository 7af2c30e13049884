"""Helpers for the Windows tests: the build script as a module, tools, and a fresh Wine prefix.

Wine itself is set up in one place, ``packaging/windows/wine_prefix.py``, shared by the build,
these tests and ``bench/windows_gui_start.py``. A missing tool skips the test on a developer's
machine and fails it in CI (``CI`` set), the same rule as the LibreOffice tests: .ci/run
installs every one of them.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from functools import cache
from pathlib import Path

from tests.helpers import missing_tool

ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = ROOT / "packaging" / "windows" / "build.py"
# The build's sibling modules (wine_prefix, authenticode), as the build itself imports them.
if str(BUILD_SCRIPT.parent) not in sys.path:
    sys.path.insert(0, str(BUILD_SCRIPT.parent))

from wine_prefix import Wine, find_wineserver, winpath  # noqa: E402

__all__ = ["BUILD_SCRIPT", "ICU_STUB", "Wine", "build_module", "fresh_wine", "tool", "winpath"]
ICU_STUB = Path(__file__).with_name("icuuc_stub.c")

# Debian package of each tool, for the failure message.
PACKAGES = {
    "wine": "wine wine64",
    "wineserver": "wine64",
    "wixl": "wixl",
    "msiextract": "msitools",
    "osslsigncode": "osslsigncode",
    "openssl": "openssl",
    "x86_64-w64-mingw32-gcc": "gcc-mingw-w64-x86-64",
}


@cache
def build_module():
    """packaging/windows/build.py imported as a module (it is a script, not a package)."""
    spec = importlib.util.spec_from_file_location("memo_windows_build", BUILD_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def tool(name: str) -> str:
    found = find_wineserver() if name == "wineserver" else shutil.which(name)
    if found:
        return found
    missing_tool(f"{name} saknas (Debian-paket: {PACKAGES.get(name, name)})")


def fresh_wine(root: Path) -> Wine:
    """A new Wine prefix under ``root``, with a home of its own, booted."""
    return Wine(root / "prefix", home=root / "home", wine=tool("wine"),
                wineserver=tool("wineserver")).boot()
