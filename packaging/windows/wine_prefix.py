"""Running Windows programs under Wine: one set-up for the build, the tests and the bench.

A :class:`Wine` is one Wine prefix with an environment cleaned of the caller's own set-up (no
display, no Qt or Memo Builder variables, no Mono/Gecko prompts, no menu entries or file types
in the caller's desktop). The build keeps a prefix in its cache; the tests and the bench make a
fresh one in a temporary folder, with a home of their own, so the program under test finds its
folders as on a user's PC.

Standard library only: ``packaging/windows/build.py`` imports it as a sibling module.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

# Fonts for Qt's offscreen platform (it reads a font folder, not Windows' fonts).
_FONT_GLOBS = ("/usr/share/fonts/truetype/dejavu/DejaVuSans*.ttf",
               "/usr/share/fonts/truetype/liberation/LiberationSans-*.ttf")

# Variables of the caller's own session that a Windows program must not see (the test session
# points MEMO_BUILDER_* at temporary folders; QT_* would reach Qt through Wine as WINEQT_*).
_DROPPED = ("XDG_", "QT_", "WINE", "DISPLAY", "WAYLAND", "MEMO_BUILDER_", "PYTHON")
_DEBIAN_WINESERVER = "/usr/lib/wine/wineserver64"


def winpath(path: Path) -> str:
    """Wine's view of a Linux path (drive Z: is /)."""
    return "Z:" + str(path).replace("/", "\\")


def find_wine() -> str | None:
    return shutil.which("wine")


def find_wineserver() -> str | None:
    """Debian's wine64 puts wineserver outside PATH."""
    found = shutil.which("wineserver")
    if not found and Path(_DEBIAN_WINESERVER).exists():
        found = _DEBIAN_WINESERVER
    return found


class Wine:
    """One Wine prefix (64-bit), and the environment to run programs in it.

    ``home`` gives the programs a HOME of their own (the tests and the bench); without it the
    caller's HOME is kept (the build, whose prefix lives in its cache)."""

    def __init__(self, prefix: Path, *, home: Path | None = None, wine: str | None = None,
                 wineserver: str | None = None):
        self.wine = wine or find_wine()
        self.wineserver = wineserver or find_wineserver()
        if not self.wine or not self.wineserver:
            raise FileNotFoundError("wine" if not self.wine else "wineserver")
        self.prefix = prefix
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(_DROPPED)}
        self.env.update(
            WINEPREFIX=str(prefix), WINEARCH="win64", WINEDEBUG="-all",
            WINEDLLOVERRIDES="mscoree,mshtml=,winemenubuilder.exe=d",
            # Wine drops Unix variables named QT_*; WINEQT_X reaches Windows programs as QT_X.
            WINEQT_LOGGING_RULES="qt.qpa.*=false",
        )
        if home is not None:
            home.mkdir(parents=True, exist_ok=True)
            self.env["HOME"] = str(home)

    def boot(self, timeout: float = 300) -> Wine:
        """Make the prefix (the first run of anything would, but silently and in its own time)."""
        self.run(["wineboot", "-i"], timeout=timeout)
        self.wait()
        return self

    @property
    def drive_c(self) -> Path:
        return self.prefix / "drive_c"

    @property
    def user(self) -> str:
        return next(p.name for p in (self.drive_c / "users").iterdir() if p.name != "Public")

    @property
    def local_appdata(self) -> Path:
        return self.drive_c / "users" / self.user / "AppData" / "Local"

    def command(self, args: list[str]) -> list[str]:
        return [self.wine, *args]

    def run(self, args: list[str], *, env: dict | None = None, timeout: float = 600,
            cwd: Path | None = None, stdin=subprocess.DEVNULL,
            text: bool = False) -> subprocess.CompletedProcess:
        # stdin must be a real handle: with none, python.exe cannot set up sys.stdin.
        kwargs = {"text": True, "errors": "replace"} if text else {}
        return subprocess.run(self.command(args), env={**self.env, **(env or {})},
                              capture_output=True, timeout=timeout, cwd=cwd, stdin=stdin, **kwargs)

    def popen(self, args: list[str], **kwargs) -> subprocess.Popen:
        return subprocess.Popen(self.command(args), env=self.env, **kwargs)

    def wait(self) -> None:
        """Until every process of the prefix has ended (msiexec returns before it is done)."""
        subprocess.run([self.wineserver, "-w"], env=self.env, timeout=600)

    def stop(self) -> None:
        """End every process of the prefix (a child that stopped answering, too)."""
        subprocess.run([self.wineserver, "-k"], env=self.env, capture_output=True, timeout=60)

    def offscreen_qt(self, work: Path, gcc: str, icu_stub: Path) -> dict[str, str]:
        """Make the prefix able to run the program's Qt windows offscreen; returns the extra
        environment for those runs. Wine 8 lacks Windows 10's icuuc.dll, which Qt loads: a
        stand-in (``tests/windows/icuuc_stub.c``) goes into the prefix's system32, never into
        the installer. Test and bench use only."""
        work.mkdir(parents=True, exist_ok=True)
        subprocess.run([gcc, "-O2", "-shared", "-o", str(work / "icuuc.dll"), str(icu_stub)],
                       check=True, capture_output=True, timeout=120)
        shutil.copy(work / "icuuc.dll", self.drive_c / "windows" / "system32" / "icuuc.dll")
        fonts = work / "fonts"
        fonts.mkdir(exist_ok=True)
        for pattern in _FONT_GLOBS:
            folder, glob = pattern.rsplit("/", 1)
            for font in Path(folder).glob(glob):
                shutil.copy(font, fonts)
        if not any(fonts.iterdir()):
            raise FileNotFoundError("no DejaVu or Liberation fonts for Qt's offscreen platform "
                                    "(fonts-dejavu-core)")
        # Wine passes WINEQT_X on to Windows programs as QT_X.
        return {"WINEQT_QPA_PLATFORM": "offscreen", "WINEQT_QPA_FONTDIR": winpath(fonts)}
