"""PDF by converting our own Word file with LibreOffice headless. No Qt.

The PDF is an *export* of the finished .docx (never "print to PDF"), so it carries what the Word
file carries: the title and language from the file properties and styles, headings as
bookmarks, and a structure tree (tagged PDF). LibreOffice's ``writer_pdf_Export`` filter is
given its options as a JSON string (LibreOffice 7.4 and later): tagged PDF, PDF/UA-1, PDF/A-2b
(LibreOffice has no PDF/A-2a level; tagged PDF/A-2b plus PDF/UA is the closest it writes),
bookmarks from the headings, embedded fonts and "show the title, not the file name".

Every conversion runs in a temporary folder with its own LibreOffice profile
(``-env:UserInstallation``): two processes sharing a profile fail, and a user's own open
LibreOffice must never be touched. A conversion that hangs is killed (with its children) after
a time limit, and a caller on another thread can cancel it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Protocol

from memo_builder.errors import UserError
from memo_builder.publish.pdf_figures import add_figure_alt_texts, chart_alt_texts

#: Seconds before a conversion is taken to hang. A cold LibreOffice start takes a few seconds;
#: the example converts in about two.
DEFAULT_TIMEOUT = 120.0

# The filter options (LibreOffice's PDF export dialog, by their API names).
FILTER_OPTIONS: dict[str, tuple[str, object]] = {
    "UseTaggedPDF": ("boolean", True),
    "PDFUACompliance": ("boolean", True),
    "SelectPdfVersion": ("long", 2),  # 2 = PDF/A-2b
    "ExportBookmarks": ("boolean", True),
    "ExportBookmarksToPDFDestination": ("boolean", False),
    "EmbedStandardFonts": ("boolean", True),
    "ExportFormFields": ("boolean", False),
    "ExportNotes": ("boolean", False),
    "UseReferenceXObject": ("boolean", False),
    "InitialView": ("long", 1),  # open with the bookmarks shown
}

INSTALL_HINT = (
    "PDF skapas med LibreOffice, som inte finns på den här datorn. Installera LibreOffice (be "
    "IT-avdelningen; på Debian/Ubuntu: apt-get install libreoffice-writer-nogui) eller skapa "
    "Word-filen i stället."
)


class Cancel(Protocol):
    def is_set(self) -> bool: ...


class ConverterMissing(UserError):
    """No LibreOffice on this machine."""

    def __init__(self) -> None:
        super().__init__(INSTALL_HINT)


class ConversionFailed(UserError):
    pass


class ConversionCancelled(UserError):
    def __init__(self) -> None:
        super().__init__("PDF-konverteringen avbröts. Ingen fil skrevs.")


def filter_string() -> str:
    options = {
        name: {"type": kind, "value": str(value).lower() if kind == "boolean" else str(value)}
        for name, (kind, value) in FILTER_OPTIONS.items()
    }
    return "pdf:writer_pdf_Export:" + json.dumps(options, separators=(",", ":"))


def _windows_candidates() -> list[Path]:
    out = []
    for var in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)", "LOCALAPPDATA"):
        base = os.environ.get(var)
        if not base:
            continue
        root = Path(base) / "Programs" if var == "LOCALAPPDATA" else Path(base)
        out.append(root / "LibreOffice" / "program" / "soffice.exe")
    return out


def find_converter() -> Path | None:
    """LibreOffice's ``soffice``: ``MEMO_BUILDER_SOFFICE`` (an empty value means "none", for
    tests and for organisations that forbid it), then PATH, then the usual install folders."""
    override = os.environ.get("MEMO_BUILDER_SOFFICE")
    if override is not None:
        return Path(override) if override and Path(override).is_file() else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return Path(found)
    candidates: list[Path] = []
    if sys.platform == "win32":
        candidates = _windows_candidates()
    elif sys.platform == "darwin":
        candidates = [Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")]
    else:
        candidates = [Path("/usr/lib/libreoffice/program/soffice"), Path("/opt/libreoffice/program/soffice")]
    return next((c for c in candidates if c.is_file()), None)


def _kill(process: subprocess.Popen) -> None:
    """Stop the converter and everything it started (soffice runs soffice.bin)."""
    try:
        if sys.platform == "win32":
            subprocess.run(["taskkill", "/F", "/T", "/PID", str(process.pid)],
                           capture_output=True, timeout=10, check=False)
        else:
            os.killpg(process.pid, signal.SIGKILL)
    except (OSError, subprocess.SubprocessError):
        pass
    try:
        process.kill()
        process.wait(timeout=10)
    except (OSError, subprocess.SubprocessError):
        pass


def _office_pipe(profile_url: str) -> Path | None:
    """The socket LibreOffice opens in /tmp for the profile ``profile_url`` (Linux, macOS):
    ``OSL_PIPE_<uid>_SingleOfficeIPC_<md5 of the URL in UTF-16LE, bytes in hex without leading
    zeros>``, as LibreOffice names it. A killed LibreOffice leaves it behind."""
    if sys.platform == "win32" or not hasattr(os, "getuid"):
        return None

    digest = hashlib.md5(profile_url.encode("utf-16-le"), usedforsecurity=False).digest()
    return Path("/tmp") / f"OSL_PIPE_{os.getuid()}_SingleOfficeIPC_{''.join(f'{b:x}' for b in digest)}"


def _remove_pipe(pipe: Path | None) -> None:
    try:
        if pipe is not None and stat.S_ISSOCK(pipe.lstat().st_mode):
            pipe.unlink()
    except OSError:
        pass


def docx_to_pdf(
    data: bytes,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    cancel: Cancel | None = None,
    converter: Path | None = None,
) -> bytes:
    """The PDF export of the Word file ``data``. Raises :class:`ConverterMissing`,
    :class:`ConversionCancelled` or :class:`ConversionFailed` (a hang past ``timeout`` seconds
    included), each with its one Swedish line."""
    converter = converter or find_converter()
    if converter is None:
        raise ConverterMissing()
    with tempfile.TemporaryDirectory(prefix="memo-pdf-") as tmp:
        folder = Path(tmp)
        source = folder / "memo.docx"
        source.write_bytes(data)
        out_dir = folder / "out"
        out_dir.mkdir()
        profile = (folder / "profile").as_uri()
        command = [
            str(converter), f"-env:UserInstallation={profile}", "--headless", "--norestore",
            "--nolockcheck", "--convert-to", filter_string(), "--outdir", str(out_dir), str(source),
        ]
        # LibreOffice's own temporary folder (lu*.tmp) goes inside ours, which is removed
        # however the conversion ends: Ctrl-C, a cancel, a hang.
        kwargs: dict = {"env": dict(os.environ, TMPDIR=tmp, TMP=tmp, TEMP=tmp)}
        if sys.platform == "win32":
            kwargs["creationflags"] = subprocess.CREATE_NEW_PROCESS_GROUP | getattr(
                subprocess, "CREATE_NO_WINDOW", 0)
        else:
            kwargs["start_new_session"] = True  # its own process group, killed as a whole
        try:
            process = subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT, cwd=tmp, **kwargs,
            )
        except OSError as exc:
            raise ConversionFailed(
                f"LibreOffice ({converter}) kunde inte startas: {exc.strerror or exc}. "
                "Skapa Word-filen i stället, eller be IT-avdelningen se över installationen."
            ) from None
        deadline = time.monotonic() + timeout
        try:
            while process.poll() is None:
                if cancel is not None and cancel.is_set():
                    _kill(process)
                    raise ConversionCancelled()
                if time.monotonic() > deadline:
                    _kill(process)
                    raise ConversionFailed(
                        f"LibreOffice svarade inte inom {int(timeout)} sekunder och stoppades. "
                        "Ingen PDF skrevs. Försök igen, eller skapa Word-filen i stället."
                    )
                time.sleep(0.05)
        finally:
            if process.poll() is None:
                _kill(process)
            _remove_pipe(_office_pipe(profile))  # ours alone: the profile is this folder's
            output = process.stdout.read().decode("utf-8", "replace") if process.stdout else ""
            if process.stdout:
                process.stdout.close()
        target = out_dir / "memo.pdf"
        pdf = target.read_bytes() if target.is_file() else b""
        if process.returncode != 0 or not pdf.startswith(b"%PDF"):
            detail = " ".join(line for line in output.splitlines()
                              if line.strip() and "javaldx" not in line)[-300:]
            raise ConversionFailed(
                f"LibreOffice kunde inte göra en PDF av skrivelsen (slutkod {process.returncode}"
                + (f": {detail}" if detail else "") + "). Skapa Word-filen i stället."
            )
        # LibreOffice drops a native chart's alt text: carry it over (publish/pdf_figures.py).
        return add_figure_alt_texts(pdf, chart_alt_texts(data))
