"""Workbooks made the ways officials make them, and the bad files the import must refuse.

openpyxl writes formulas without cached values; :func:`with_cached_values` adds the value Excel
would have saved next to each formula, so a test can have "formulas read as cached values"
without LibreOffice.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook


def with_cached_values(data: bytes, cached: dict[str, dict[str, object]]) -> bytes:
    """Put ``cached[sheet_xml_name][cell]`` as the saved result of that formula cell."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            values = cached.get(item.filename)
            if values:
                text = body.decode("utf-8")
                for ref, value in values.items():
                    pattern = re.compile(rf'(<c r="{ref}"[^>]*>)(<f>[^<]*</f>)<v\s*/?>(</v>)?')
                    if isinstance(value, str):
                        text, n = pattern.subn(
                            lambda m, v=value: m.group(1).replace("<c ", '<c t="str" ', 1)
                            + m.group(2) + f"<v>{v}</v>", text)
                    else:
                        text, n = pattern.subn(lambda m, v=value: m.group(1) + m.group(2)
                                               + f"<v>{v}</v>", text)
                    assert n == 1, (ref, text[:2000])
                body = text.encode("utf-8")
            dst.writestr(item, body)
    return out.getvalue()


def swedish_row3_merged(path: Path) -> Path:
    """A typical estimate: a title, a blank row, a two-row header on rows 3–4 with merged cells
    ("År" over "Från"/"Till", the others merged downwards), numbers stored as text with
    thousands separators and decimal commas, a sum row, a section heading row and a formula
    with its cached value."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Kalkyl"
    ws["A1"] = "Kostnadskalkyl Office 365, 2018–2021"
    ws.merge_cells("A1:H1")
    heads = ["Kostnadspost", "Kategori", "Antal", "Enhet", "À-pris (kr)", "Valuta", "År", None,
             "Intern/extern", "Engång/löpande"]
    for c, h in enumerate(heads, start=1):
        if h:
            ws.cell(row=3, column=c, value=h)
    ws.cell(row=4, column=7, value="Från")
    ws.cell(row=4, column=8, value="Till")
    for col in "ABCDEFIJ":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("G3:H3")
    rows = [
        ["Licenser", None, None, None, None, None, None, None, None, None],  # a section heading
        ["Office 365 E3", "Licenser", "45 000", "licenser", "1 234,50", "SEK", 2018, 2020,
         "Extern", "Löpande"],
        ["Införandeprojekt", "Införande", 1, "projekt", "2 500 000", "kr", "2018", None,
         "Extern", "Engång"],
        ["Projektledning", "Intern personal", "1 600", "timmar", 650, "SEK", 2018, 2019,
         "Intern", "Löpande"],
        ["Support", "Support och drift", 12, "månader", "=C9*0+4500", "EUR", 2018, 2020,
         "Extern", "Löpande"],
        ["Konsultstöd", "Införande", "ca 40", "timmar", "1 100", "SEK", 2018, 2018, "Extern",
         "Engång"],
        ["Summa", None, None, None, "=SUM(E6:E9)", None, None, None, None, None],
    ]
    for r, values in enumerate(rows, start=5):
        for c, v in enumerate(values, start=1):
            if v is not None:
                ws.cell(row=r, column=c, value=v)
    buffer = io.BytesIO()
    wb.save(buffer)
    data = with_cached_values(buffer.getvalue(), {
        "xl/worksheets/sheet1.xml": {"E9": 4500, "E11": 2505884.5},
    })
    path.write_bytes(data)
    return path


def english_plain(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["Description", "Quantity", "Unit price", "Currency", "Exchange rate",
               "First year", "Last year", "One-off", "Internal"])
    ws.append(["Licences", 100, "1,234.50", "EUR", "11.25", 2024, 2026, "no", "no"])
    ws.append(["Set-up", 1, 5000, "SEK", None, 2024, None, "yes", "no"])
    ws.append(["Staff", 200, 700, "SEK", None, 2024, 2025, "no", "yes"])
    wb.save(path)
    return path


def uncached_formula(path: Path) -> Path:
    """A formula saved by a program that never calculated it (no cached value)."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Beskrivning", "Volym", "Styckpris", "Från år", "Till år"])
    ws.append(["Licenser", 10, 100, 2020, 2021])
    ws.append(["Drift", 1, "=B2*10", 2020, 2021])
    wb.save(path)
    return path


def many_rows(path: Path, rows: int = 100_000) -> Path:
    """A sheet of ``rows`` cost rows, its XML written directly (openpyxl takes seconds)."""
    buffer = io.BytesIO()
    wb = Workbook()
    wb.active.title = "Stor"
    wb.save(buffer)
    head = ('<row r="1"><c r="A1" t="inlineStr"><is><t>Beskrivning</t></is></c>'
            '<c r="B1" t="inlineStr"><is><t>Styckpris</t></is></c>'
            '<c r="C1" t="inlineStr"><is><t>År</t></is></c></row>')
    body = "".join(f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>Rad {r}</t></is></c>'
                   f'<c r="B{r}"><v>10</v></c><c r="C{r}"><v>2020</v></c></row>'
                   for r in range(2, rows + 2))
    xml = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxml'
           'formats.org/spreadsheetml/2006/main">'
           f'<dimension ref="A1:C{rows + 1}"/><sheetData>' + head + body
           + "</sheetData></worksheet>")
    src = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item, xml.encode("utf-8") if item.filename == "xl/worksheets/sheet1.xml"
                         else data)
    return path


def empty_sheet(path: Path) -> Path:
    wb = Workbook()
    wb.active.title = "Tomt"
    wb.save(path)
    return path


def xls(path: Path) -> Path:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + b"Workbook".ljust(64, b"\0"))
    return path


def encrypted(path: Path) -> Path:
    """What Excel writes for a password-protected .xlsx: an OLE file with an EncryptedPackage
    stream (the real package is inside, encrypted)."""
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
                     + "EncryptionInfo".encode("utf-16-le") + b"\0" * 40
                     + "EncryptedPackage".encode("utf-16-le") + b"\0" * 400)
    return path


def xlsm(path: Path) -> Path:
    """A macro workbook: the same cost lines plus a vbaProject.bin that must never run."""
    buffer = io.BytesIO()
    wb = Workbook()
    ws = wb.active
    ws.append(["Beskrivning", "Volym", "Styckpris", "Från år", "Till år"])
    ws.append(["Licenser", 10, 100, 2020, 2021])
    wb.save(buffer)
    src = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    with zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                body = body.replace(
                    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
            dst.writestr(item, body)
        dst.writestr("xl/vbaProject.bin", b"Attribute VB_Name = \"Module1\"\nSub Auto_Open()\n"
                     b"Shell \"calc.exe\"\nEnd Sub\n")
    return path


def corrupt(path: Path) -> Path:
    data = io.BytesIO()
    Workbook().save(data)
    path.write_bytes(data.getvalue()[: len(data.getvalue()) // 2])
    return path
