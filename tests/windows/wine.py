"""Helpers for the Windows tests: the build script as a module, tools, and running under Wine.

A missing tool skips the test on a developer's machine and fails it in CI (``CI`` set), the
same rule as the LibreOffice tests: .ci/run installs every one of them.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

from tests.helpers import missing_tool

ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = ROOT / "packaging" / "windows" / "build.py"

# Debian package of each tool, for the failure message.
PACKAGES = {
    "wine": "wine wine64",
    "wineserver": "wine64",
    "wixl": "wixl",
    "osslsigncode": "osslsigncode",
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
    found = shutil.which(name)
    if name == "wineserver" and not found and Path("/usr/lib/wine/wineserver64").exists():
        found = "/usr/lib/wine/wineserver64"
    if found:
        return found
    missing_tool(f"{name} saknas (Debian-paket: {PACKAGES.get(name, name)})")


def winpath(path: Path) -> str:
    """Wine's view of a Linux path (drive Z: is /)."""
    return "Z:" + str(path).replace("/", "\\")


class Wine:
    """One fresh Wine prefix, isolated from the user's home (menus, file types, documents)."""

    def __init__(self, root: Path):
        self.wine = tool("wine")
        self.wineserver = tool("wineserver")
        self.prefix = root / "prefix"
        home = root / "home"
        home.mkdir(parents=True, exist_ok=True)
        # Nothing of the test session's own setup (tests/conftest.py points MEMO_BUILDER_* at
        # temporary folders): the installed program finds its folders as on a user's PC.
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(
            ("XDG_", "QT_", "WINE", "DISPLAY", "WAYLAND", "MEMO_BUILDER_", "PYTHON"))}
        self.env.update(
            WINEPREFIX=str(self.prefix), WINEARCH="win64", WINEDEBUG="-all", HOME=str(home),
            WINEDLLOVERRIDES="mscoree,mshtml=,winemenubuilder.exe=d",
            # Wine drops Unix variables named QT_*; WINEQT_X reaches Windows programs as QT_X.
            WINEQT_LOGGING_RULES="qt.qpa.*=false",
        )
        self.run(["wineboot", "-i"], timeout=300)
        self.wait()
        self.user = next(p.name for p in (self.prefix / "drive_c" / "users").iterdir()
                         if p.name not in ("Public",))

    @property
    def drive_c(self) -> Path:
        return self.prefix / "drive_c"

    @property
    def local_appdata(self) -> Path:
        return self.drive_c / "users" / self.user / "AppData" / "Local"

    def run(self, args: list[str], *, env: dict | None = None, timeout: float = 600,
            cwd: Path | None = None, stdin=subprocess.DEVNULL) -> subprocess.CompletedProcess:
        # stdin must be a real handle: with none, python.exe cannot set up sys.stdin.
        return subprocess.run([self.wine, *args], env={**self.env, **(env or {})},
                              capture_output=True, timeout=timeout, cwd=cwd, stdin=stdin)

    def popen(self, args: list[str], **kwargs) -> subprocess.Popen:
        return subprocess.Popen([self.wine, *args], env=self.env, **kwargs)

    def wait(self) -> None:
        """Until every process of the prefix has ended (msiexec returns before it is done)."""
        subprocess.run([self.wineserver, "-w"], env=self.env, timeout=600)

    def stop(self) -> None:
        subprocess.run([self.wineserver, "-k"], env=self.env, timeout=60)
