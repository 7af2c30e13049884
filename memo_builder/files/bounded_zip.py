"""The one way the program opens an Office file (.docx, .dotx, .xlsx) it did not write: a zip
whose declared sizes and part count are checked before anything is inflated, and whose parts
are read in chunks that stop at the limit even when the zip lies about their size.

Every caller (the accessibility check, the profile's base document, the profile import, the
Excel import) turns a :class:`ZipRefused` into its own Swedish sentence naming the file; the
limits are one set, here.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

#: Everything an Office file unpacks to. A real memo, template or cost sheet unpacks to a few
#: MB (a memo with photographs to some tens); a zip bomb to gigabytes.
MAX_UNPACKED_BYTES = 64 * 1024 * 1024
#: Parts in one file: Word and Excel files have tens, a big workbook a few hundred.
MAX_PARTS = 5000

#: The errors a damaged zip raises in zipfile and zlib.
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, OSError, EOFError,
              ValueError, NotImplementedError, RuntimeError)


class ZipRefused(Exception):
    """Why a file was not opened: ``kind`` is "not_zip", "too_many_parts", "too_big" or
    "encrypted"; ``detail`` a number or a part name for the message."""

    def __init__(self, kind: str, detail: object = None) -> None:
        super().__init__(kind)
        self.kind = kind
        self.detail = detail


def open_bounded(source: Path | bytes, *, allow_encrypted: bool = False) -> zipfile.ZipFile:
    """Open ``source`` (a path or the file's bytes) as a zip within the limits, or raise
    :class:`ZipRefused`. The caller closes the returned ZipFile."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
        infos = zf.infolist()
    except ZIP_ERRORS:
        raise ZipRefused("not_zip") from None
    try:
        if len(infos) > MAX_PARTS:
            raise ZipRefused("too_many_parts", len(infos))
        unpacked = sum(i.file_size for i in infos)
        if unpacked > MAX_UNPACKED_BYTES:
            raise ZipRefused("too_big", unpacked)
        if not allow_encrypted and any(i.flag_bits & 0x1 for i in infos):
            raise ZipRefused("encrypted")
    except ZipRefused:
        zf.close()
        raise
    return zf


def read_part(zf: zipfile.ZipFile, name: str, budget: list[int] | None = None) -> bytes:
    """Read one part in chunks, stopping at the limit even when the zip declares a smaller
    size than it inflates to. ``budget`` ([bytes left]) is shared by the reads of one file."""
    left = budget if budget is not None else [MAX_UNPACKED_BYTES]
    out = bytearray()
    try:
        with zf.open(name) as stream:
            while chunk := stream.read(1 << 20):
                out += chunk
                left[0] -= len(chunk)
                if left[0] < 0:
                    raise ZipRefused("too_big", name)
    except ZipRefused:
        raise
    except ZIP_ERRORS:
        raise ZipRefused("not_zip", name) from None
    return bytes(out)
