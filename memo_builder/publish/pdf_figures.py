"""The chart's alternative text, carried from the Word file into the PDF.

LibreOffice keeps a picture's alt text when it exports a tagged PDF, but not a native chart's:
it imports the chart's ``wp:docPr/@descr`` nowhere, and the chart becomes a ``/Figure`` with
neither ``/Alt`` nor ``/ActualText`` (a PDF/UA-1 checker fails it, and a screen reader skips
it). This module reads the charts' alt texts from the .docx, in body order, and gives them to
the PDF's figures that lack one, in the same order, by an *incremental update*: the changed
structure elements are appended with a new cross-reference section, so nothing LibreOffice
wrote moves and the PDF/A and PDF/UA identification stays as it was. Pure Python, no PDF
library: a PDF this cannot read is returned unchanged.
"""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

_NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
}
_CHART_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart"

# A figure structure element as LibreOffice writes it: "862 0 obj\n<</Type/StructElem\n/S/Figure
# ...>>\nendobj". Its dictionary holds arrays and MCR dictionaries, never "endobj".
_FIGURE = re.compile(rb"(?<![0-9])(\d+) 0 obj\s*<<(/Type\s*/StructElem\s*/S\s*/Figure\b.*?)>>\s*endobj",
                     re.S)
_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_TRAILER = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref", re.S)


def chart_alt_texts(docx: bytes) -> list[str]:
    """The alt text of every native chart in the Word file's body, in order."""
    try:
        with zipfile.ZipFile(io.BytesIO(docx)) as z:
            root = etree.fromstring(z.read("word/document.xml"))
    except (KeyError, OSError, zipfile.BadZipFile, etree.XMLSyntaxError):
        return []
    out = []
    for inline in root.iter(f"{{{_NS['wp']}}}inline", f"{{{_NS['wp']}}}anchor"):
        data = inline.find("a:graphic/a:graphicData", _NS)
        doc_pr = inline.find("wp:docPr", _NS)
        if data is not None and data.get("uri") == _CHART_URI and doc_pr is not None:
            out.append(doc_pr.get("descr") or doc_pr.get("title") or "")
    return out


def _pdf_text(value: str) -> bytes:
    """A PDF text string in UTF-16BE with its byte-order mark, as hex (no escaping needed)."""
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def add_figure_alt_texts(pdf: bytes, alts: list[str]) -> bytes:
    """``pdf`` with ``alts`` as the ``/Alt`` of its figures that have none, in order."""
    alts = [a for a in alts if a.strip()]
    if not alts:
        return pdf
    end = _STARTXREF.search(pdf[-64:])
    trailers = list(_TRAILER.finditer(pdf))
    if end is None or not trailers or b"/XRefStm" in trailers[-1].group(1):
        return pdf  # a cross-reference stream or an unexpected end: leave it as it is
    trailer = trailers[-1].group(1)
    latest = {m.group(1): m for m in _FIGURE.finditer(pdf)}  # an update's copy comes last
    figures = [m for m in sorted(latest.values(), key=lambda m: m.start())
               if b"/Alt" not in m.group(2) and b"/ActualText" not in m.group(2)]
    if not figures:
        return pdf
    body = bytearray(pdf if pdf.endswith(b"\n") else pdf + b"\n")
    offsets: list[tuple[int, int]] = []
    for match, alt in zip(figures, alts, strict=False):
        number = int(match.group(1))
        offsets.append((number, len(body)))
        body += b"%d 0 obj\n<<%s/Alt %s>>\nendobj\n" % (number, match.group(2).rstrip(),
                                                          _pdf_text(alt))
    xref_at = len(body)
    body += b"xref\n"
    for number, offset in sorted(offsets):
        body += b"%d 1\n%010d 00000 n \n" % (number, offset)
    keep = b"".join(m.group(0) for m in re.finditer(
        rb"/(?:Size|Root|Info)\s+\d+(?:\s+\d+\s+R)?|/ID\s*\[[^\]]*\]", trailer))
    previous = int(end.group(1))
    body += b"trailer\n<<%s/Prev %d>>\nstartxref\n%d\n%%%%EOF\n" % (keep, previous, xref_at)
    return bytes(body)
