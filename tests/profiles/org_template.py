"""An organisation's Word template made the way a Swedish Word makes it: localised style ids
("Rubrik1", "Tabellrutnt"), a logo in the header, its own margins and font, and body text
that must not end up in a memo."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.shared import Mm

FONT = "Georgia"
RENAMES = {
    "Heading1": ("Rubrik1", "Rubrik 1"),
    "Heading2": ("Rubrik2", "Rubrik 2"),
    "Heading3": ("Rubrik3", "Rubrik 3"),
    "ListBullet": ("Punktlista", "Punktlista"),
    "TableGrid": ("Tabellrutnt", "Tabellrutnät"),
}


def png(width: int = 120, height: int = 40, rgb: tuple[int, int, int] = (0, 75, 137)) -> bytes:
    row = b"\x00" + bytes(rgb) * width
    raw = zlib.compress(row * height)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def swedish_template(path: Path, *, header_field: str | None = None, content_control=False,
                     logo: bool = True) -> Path:
    document = docx.Document()
    styles = document.styles.element
    for old, (new, name) in RENAMES.items():
        for el in styles.iter(qn("w:style")):
            if el.get(qn("w:styleId")) == old:
                el.set(qn("w:styleId"), new)
                el.find(qn("w:name")).set(qn("w:val"), name)
        for ref in ("w:basedOn", "w:next", "w:link"):
            for el in styles.iter(qn(ref)):
                if el.get(qn("w:val")) == old:
                    el.set(qn("w:val"), new)
    for el in styles.iter(qn("w:rFonts")):
        for attr in list(el.attrib):
            del el.attrib[attr]
        el.set(qn("w:ascii"), FONT)
        el.set(qn("w:hAnsi"), FONT)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(30), Mm(30)
    section.left_margin, section.right_margin = Mm(30), Mm(20)
    header = section.header
    if logo:
        header.paragraphs[0].add_run().add_picture(io.BytesIO(png()), width=Mm(30))
    header.add_paragraph("Umeå kommun")
    if header_field:
        p = header.add_paragraph()
        simple = docx.oxml.OxmlElement("w:fldSimple")
        simple.set(qn("w:instr"), f" {header_field} ")
        p._p.append(simple)
    if content_control:
        sdt = docx.oxml.OxmlElement("w:sdt")
        sdt.append(docx.oxml.OxmlElement("w:sdtContent"))
        header._element.append(sdt)
    document.add_paragraph("Skriv rubriken här", style="Rubrik 1")
    document.add_paragraph("Mallens exempeltext som inte får hamna i ett tjänsteutlåtande.")
    document.save(str(path))
    return path
