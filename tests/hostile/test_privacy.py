"""Privacy: the Word file carries no operating-system user name, machine name or file path, and
nothing left over from the organisation's base document (thumbnail, custom XML, custom
properties, comments, the previous author, template paths). Every part is unzipped and searched,
nested packages (the chart's embedded workbook) included."""

from __future__ import annotations

import getpass
import io
import re
import shutil
import socket
import zipfile
from pathlib import Path

import pytest

from memo_builder import cli
from memo_builder.files import storage
from memo_builder.files.paths import example_memo_path, templates_dir
from memo_builder.render.pipeline import build_docx
from memo_builder.render.profile import load_profile

FAKE_USER = "anvandare_hemlig_4711"
FAKE_HOST = "dator-hemlig-4711"
OFFICER = "Eva Andersson"


def parts(data: bytes, prefix: str = "") -> dict[str, bytes]:
    """Every part of a zip package, nested packages expanded as ``outer!inner``."""
    out: dict[str, bytes] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for name in zf.namelist():
            blob = zf.read(name)
            out[prefix + name] = blob
            if blob.startswith(b"PK\x03\x04"):
                out.update(parts(blob, f"{prefix}{name}!"))
    return out


def find(needle: str, package: dict[str, bytes]) -> list[str]:
    """Part names containing ``needle`` (UTF-8 or UTF-16, case-insensitive; XML-escaped too)."""
    variants = {needle, needle.replace("&", "&amp;"), needle.replace("\\", "/")}
    hits = []
    for name, blob in package.items():
        for v in variants:
            if (v.lower().encode() in blob.lower()
                    or v.lower().encode("utf-16-le") in blob.lower()
                    or v.lower() in name.lower()):
                hits.append(name)
                break
    return hits


@pytest.fixture
def hostile_machine(tmp_path, monkeypatch):
    """A machine whose user, host name and folders are easy to spot if they leak."""
    home = tmp_path / "hem_hemlig_4711"
    home.mkdir()
    for var in ("USER", "LOGNAME", "USERNAME", "LNAME"):
        monkeypatch.setenv(var, FAKE_USER)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(socket, "gethostname", lambda: FAKE_HOST)
    folder = home / "Ärenden_mapp_hemlig_4711"
    folder.mkdir()
    return folder


def needles(folder: Path) -> list[str]:
    found = [FAKE_USER, FAKE_HOST, str(folder), folder.name, str(folder.parent), "hem_hemlig_4711"]
    real = [getpass.getuser(), socket.gethostname(), str(Path.home())]
    # The real values too, where they are distinctive enough to search for ("root" is not).
    found += [r for r in real if len(r) >= 6 and r not in ("/root",)]
    return found


def assert_private(data: bytes, folder: Path, extra: list[str] = ()) -> dict[str, bytes]:
    package = parts(data)
    for needle in needles(folder) + list(extra):
        assert not find(needle, package), f"{needle!r} found in {find(needle, package)}"
    names = list(package)
    for pattern in (r"thumbnail", r"(^|/)customXml/", r"docProps/custom\.xml", r"comments",
                    r"people\.xml", r"vbaProject", r"glossary"):
        assert not [n for n in names if re.search(pattern, n, re.I)], (pattern, names)
    for rels in (n for n in names if n.endswith(".rels")):
        text = package[rels].decode("utf-8")
        assert "TargetMode=\"External\"" not in text, (rels, text)
        for reltype in ("thumbnail", "custom-properties", "customXml", "comments", "people",
                        "attachedTemplate", "glossaryDocument"):
            assert reltype not in text, (rels, reltype)
    core = package["docProps/core.xml"].decode("utf-8")
    assert f"<dc:creator>{OFFICER}</dc:creator>" in core
    assert f"<cp:lastModifiedBy>{OFFICER}</cp:lastModifiedBy>" in core
    settings = package["word/settings.xml"].decode("utf-8")
    assert "attachedTemplate" not in settings and "docVars" not in settings
    return package


def test_cli_build_carries_no_user_host_or_path(hostile_machine, capsys):
    source = hostile_machine / "ärende.memo"
    shutil.copy(example_memo_path(), source)
    out = hostile_machine / "ärende.docx"
    assert cli.main(["build", str(source), "-o", str(out), "-q"]) == cli.EXIT_OK
    capsys.readouterr()
    assert_private(out.read_bytes(), hostile_machine)


def test_officer_is_the_author_even_when_empty(hostile_machine):
    memo = storage.load(example_memo_path())
    memo.case.officer.name = ""
    buffer = io.BytesIO()
    build_docx(memo, buffer, draft=True)
    core = parts(buffer.getvalue())["docProps/core.xml"].decode("utf-8")
    for needle in needles(hostile_machine) + ["python-docx"]:
        assert needle.lower() not in core.lower()


# -- a base document straight from someone's Word, full of leftovers --------------------------

LEFTOVERS = ["Olle Ursprung", "Hemliga Bolaget AB", "Chefen Hemlig", "hemlig kommentar",
             r"C:\Users\olle", "Hemlig.dotm", "HemligEgenskap", "HemligVariabel",
             r"\\filserver\hemligt", "Gammal rubrik från mallen"]

_CT = "application/vnd.openxmlformats-"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PR = "http://schemas.openxmlformats.org/package/2006/relationships"


def _dirty_base(clean: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(clean)) as zf:
        files = {n: zf.read(n) for n in zf.namelist()}
    text = {n: b.decode("utf-8") for n, b in files.items() if n.endswith((".xml", ".rels"))}
    core = text["docProps/core.xml"]
    for tag, value in (("dc:creator", "Olle Ursprung"), ("cp:lastModifiedBy", "Olle Ursprung"),
                       ("dc:description", "hemlig kommentar")):
        core = re.sub(rf"<{tag}>.*?</{tag}>|<{tag}/>", f"<{tag}>{value}</{tag}>", core)
        assert value in core
    text["docProps/core.xml"] = core
    app = text["docProps/app.xml"]
    app = re.sub(r"<Template>.*?</Template>", r"<Template>C:\\Users\\olle\\Mallar\\Hemlig.dotm</Template>", app)
    app = app.replace("<Company/>", "<Company>Hemliga Bolaget AB</Company>")
    app = app.replace("<Manager/>", "<Manager>Chefen Hemlig</Manager>")
    app = app.replace("<HyperlinkBase/>", r"<HyperlinkBase>\\filserver\hemligt</HyperlinkBase>")
    app = app.replace("<vt:lpstr/>", "<vt:lpstr>Gammal rubrik från mallen</vt:lpstr>")
    text["docProps/app.xml"] = app
    text["docProps/custom.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Hemlig">'
        "<vt:lpwstr>HemligEgenskap</vt:lpwstr></property></Properties>")
    files["docProps/thumbnail.jpeg"] = b"\xff\xd8\xff\xe0" + b"Olle Ursprung" + b"\0" * 64
    text["customXml/item1.xml"] = "<hemligt>Olle Ursprung</hemligt>"
    text["customXml/itemProps1.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
        '<ds:datastoreItem ds:itemID="{11111111-2222-3333-4444-555555555555}" '
        'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
        "<ds:schemaRefs/></ds:datastoreItem>")
    text["customXml/_rels/item1.xml.rels"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{_PR}">'
        f'<Relationship Id="rId1" Type="{_R}/customXmlProps" Target="itemProps1.xml"/></Relationships>')
    text["word/comments.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:comment w:id="0" w:author="Olle Ursprung" w:initials="OU"><w:p><w:r><w:t>'
        "hemlig kommentar</w:t></w:r></w:p></w:comment></w:comments>")
    text["word/_rels/settings.xml.rels"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{_PR}">'
        f'<Relationship Id="rIdT" Type="{_R}/attachedTemplate" '
        'Target="file:///C:\\Users\\olle\\Mallar\\Hemlig.dotm" TargetMode="External"/></Relationships>')
    settings = text["word/settings.xml"]
    settings = re.sub(r"(<w:settings[^>]*?)>", r'\1 xmlns:r="' + _R + '">', settings, count=1) \
        if "xmlns:r=" not in settings else settings
    settings = re.sub(r"(<w:settings[^>]*>)", r'\1<w:attachedTemplate r:id="rIdT"/>', settings, count=1)
    settings = settings.replace(
        "</w:settings>",
        '<w:docVars><w:docVar w:name="Hemlig" w:val="HemligVariabel"/></w:docVars></w:settings>')
    text["word/settings.xml"] = settings
    rels = text["_rels/.rels"]
    rels = rels.replace("</Relationships>",
        f'<Relationship Id="rIdC" Type="{_R}/custom-properties" Target="docProps/custom.xml"/>'
        f'<Relationship Id="rIdTh" Type="{_PR}/metadata/thumbnail" Target="docProps/thumbnail.jpeg"/>'
        "</Relationships>")
    text["_rels/.rels"] = rels
    drels = text["word/_rels/document.xml.rels"]
    drels = drels.replace("</Relationships>",
        f'<Relationship Id="rIdX1" Type="{_R}/customXml" Target="../customXml/item1.xml"/>'
        f'<Relationship Id="rIdCm" Type="{_R}/comments" Target="comments.xml"/>'
        "</Relationships>")
    text["word/_rels/document.xml.rels"] = drels
    ct = text["[Content_Types].xml"]
    ct = ct.replace("</Types>",
        f'<Override PartName="/docProps/custom.xml" ContentType="{_CT}officedocument.custom-properties+xml"/>'
        '<Default Extension="jpeg" ContentType="image/jpeg"/>'
        f'<Override PartName="/customXml/itemProps1.xml" ContentType="{_CT}officedocument.customXmlProperties+xml"/>'
        f'<Override PartName="/word/comments.xml" ContentType="{_CT}officedocument.wordprocessingml.comments+xml"/>'
        "</Types>") if 'Extension="jpeg"' not in ct else ct
    text["[Content_Types].xml"] = ct
    files.update({n: t.encode("utf-8") for n, t in text.items()})
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, blob in files.items():
            zf.writestr(name, blob)
    return out.getvalue()


def test_nothing_left_over_from_a_dirty_base_document(hostile_machine, tmp_path):
    root = tmp_path / "templates"
    shutil.copytree(templates_dir() / "goteborg", root / "smutsig")
    base = root / "smutsig" / "base.docx"
    base.write_bytes(_dirty_base(base.read_bytes()))
    # the dirty base really is dirty: every leftover is in it
    dirty = parts(base.read_bytes())
    assert all(find(x, dirty) for x in LEFTOVERS), [x for x in LEFTOVERS if not find(x, dirty)]
    profile = load_profile("smutsig", root=root)
    memo = storage.load(example_memo_path())
    buffer = io.BytesIO()
    build_docx(memo, buffer, profile)
    package = assert_private(buffer.getvalue(), hostile_machine, LEFTOVERS)
    # still a working memo: header, styles and the body survived the clean-up
    assert b"Office 365" in package["word/document.xml"]
