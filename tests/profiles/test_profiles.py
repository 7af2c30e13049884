"""Organisation profiles: the four shipped ones, where profiles are found, and making one from
an organisation's Word template (CLI)."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from docx.shared import Mm

from memo_builder import cli
from memo_builder.files.paths import example_memo_path, templates_dir
from memo_builder.render.pipeline import SIGNING_ROOM_LINES
from memo_builder.render.profile import ProfileError, list_profiles, load_profile
from memo_builder.render.profile_import import create_profile
from tests.helpers import convert_to_pdf, pdf_text, require_soffice
from tests.profiles.org_template import FONT, png, swedish_template

SHIPPED = ("goteborg", "kommun", "malmo", "stockholm")


@pytest.fixture(autouse=True)
def own_folders(tmp_path, monkeypatch):
    monkeypatch.setenv("MEMO_BUILDER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("MEMO_BUILDER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("MEMO_BUILDER_ORG_PROFILES", raising=False)


def build(capsys, tmp_path, key: str, *extra: str) -> list[str]:
    out = tmp_path / f"{key}.docx"
    code = cli.main(["build", str(example_memo_path()), "--profile", key, "-o", str(out), *extra])
    assert code == 0, capsys.readouterr().err
    return [p.text for p in docx.Document(str(out)).paragraphs]


def test_profiles_lists_the_four_shipped_with_their_folder(capsys):
    assert cli.main(["profiles"]) == 0
    out = capsys.readouterr().out
    for key in SHIPPED:
        assert f"{key}  " in out
        assert str(templates_dir() / key) in out


@pytest.mark.parametrize("key", SHIPPED)
def test_every_shipped_profile_builds_the_example_and_libreoffice_reads_it(key, tmp_path, capsys):
    texts = build(capsys, tmp_path, key)
    assert "Förnyelse av avtal om Office 365 och Customer Lockbox" in texts
    require_soffice()
    pdf = convert_to_pdf(tmp_path / f"{key}.docx", tmp_path)
    assert "Customer Lockbox" in pdf_text(pdf)


def test_each_profile_has_its_order_header_and_phrases(tmp_path, capsys):
    st = build(capsys, tmp_path, "stockholm")
    assert st[0].startswith("TJÄNSTEUTLÅTANDE") and "DNR 0123/18" in st[0].replace("\xa0", " ")
    assert "Kontaktperson: Eva Andersson" in st[1]
    assert "Till Nämnden för Intraservice 2018-05-16" in st  # the meeting date
    # The signatures close the paragraph they sign (one unit no page breaks).
    room = "\n" * (SIGNING_ROOM_LINES + 1)  # empty lines to sign on above each name
    signed = next(i for i, t in enumerate(st) if t.endswith(
        f"{room}Karin Lindgren\nFörvaltningsdirektör{room}Johan Berg\nAvdelningschef IT"))
    assert st.index("Förslag till beslut") < signed < st.index("Sammanfattning")
    assert "Nämnden för Intraservice beslutar att" in st  # its items read on from "att"
    ma = build(capsys, tmp_path, "malmo")
    assert ma.index("Sammanfattning") < ma.index("Förslag till beslut")
    assert "Vår referens Eva Andersson, IT-strateg" in ma[0]
    assert "Beslutsunderlag" in ma and "Beslutsplanering" in ma
    assert "Nämnden för Intraservice 2018-05-16" in ma  # Beslutsplanering: the meeting
    assert "Nämnden för Intraservice föreslås besluta att" in ma
    assert ma.index("Beslutsunderlag") < ma.index("Ärendet")
    ko = build(capsys, tmp_path, "kommun")
    assert any("Till Nämnden för Intraservice" in t and "Sammanträde 2018-05-16" in t for t in ko)
    assert not any("Göteborg" in t for t in ko[:3] if "Intraservice" not in t)
    gb = build(capsys, tmp_path, "goteborg")
    assert gb.index("Förslag till beslut") < gb.index("Sammanfattning")
    assert "Konsekvenser om avtalet inte förnyas" in gb


def test_a_missing_header_field_shows_the_same_placeholder_in_every_profile(tmp_path, capsys):
    from memo_builder.files import storage

    memo = storage.load(example_memo_path())
    memo.case.diarienummer = ""
    source = tmp_path / "utan-dnr.memo"
    storage.save(memo, source)
    for key in SHIPPED:
        out = tmp_path / f"{key}.docx"
        assert cli.main(["build", str(source), "--draft", "--profile", key, "-o", str(out)]) == 0
        header = "\n".join(p.text for p in docx.Document(str(out)).paragraphs[:6])
        assert "(saknas)" in header, key


def test_personal_profile_overrides_the_shipped_one_and_a_broken_one_is_never_used(tmp_path):
    from memo_builder.files.settings import personal_profile_dir

    personal = personal_profile_dir()
    shutil.copytree(templates_dir() / "kommun", personal / "kommun")
    (personal / "kommun" / "profile.toml").write_text(
        (templates_dir() / "kommun" / "profile.toml").read_text(encoding="utf-8").replace(
            'name = "Kommun eller region – tjänsteskrivelse"', 'name = "Min egen"'),
        encoding="utf-8")
    shutil.copytree(templates_dir() / "malmo", personal / "malmo")
    (personal / "malmo" / "memo.html.j2").write_text("{% if %}", encoding="utf-8")
    (personal / "malmo" / "profile.toml").write_text("[document\n", encoding="utf-8")
    assert load_profile("kommun").name == "Min egen"
    assert load_profile("kommun").source == "personlig"
    assert load_profile("malmo").source == "program"  # the broken override is skipped
    listings, _ = list_profiles()
    broken = [x for x in listings if x.profile is None]
    assert [x.key for x in broken] == ["malmo"] and "profile.toml" in broken[0].error
    kommun = next(x for x in listings if x.key == "kommun")
    assert kommun.overrides == "program"


def test_an_offline_shared_folder_leaves_the_others_working(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("MEMO_BUILDER_ORG_PROFILES", str(tmp_path / "server-nere" / "mallar"))
    listings, notices = list_profiles()
    assert {x.key for x in listings} >= set(SHIPPED)
    assert notices and "kan inte nås" in notices[0]
    assert cli.main(["profiles"]) == 0
    assert "kan inte nås" in capsys.readouterr().out


def test_profiles_dir_adds_a_folder(tmp_path, capsys):
    extra = tmp_path / "extra"
    shutil.copytree(templates_dir() / "kommun", extra / "umea")
    assert cli.main(["profiles", "--profiles-dir", str(extra)]) == 0
    assert "umea  " in capsys.readouterr().out
    build(capsys, tmp_path, "umea", "--profiles-dir", str(extra))


# -- the organisation's Word template ------------------------------------------------------------
def test_a_swedish_word_template_is_imported_and_keeps_its_look(tmp_path, capsys):
    template = swedish_template(tmp_path / "Mall tjänsteskrivelse.docx")
    folder = tmp_path / "profiler"
    assert cli.main(["profile", "new", "umea", "--from-docx", str(template), "--dir", str(folder),
                     "--organisation", "Umeå kommun"]) == 0
    report = capsys.readouterr().out
    assert "Formatmall Heading1: mallens 'Rubrik 1' (Rubrik1)" in report
    assert "Formatmall TableGrid: mallens 'Tabellrutnät' (Tabellrutnt)" in report
    assert "sidnumrering ”1 (N)” i sidfoten" in report
    assert "alternativtext ”Umeå kommun” till bilden i sidhuvudet" in report
    assert "marginaler 30/20/30/30 mm" in report
    assert sorted(p.name for p in folder.iterdir()) == ["umea"]  # nothing half-written beside it
    assert cli.main(["check", "--profile", "umea", "--profiles-dir", str(folder)]) == 0
    check = capsys.readouterr().out
    assert "Rubrik 1: Rubrik 1 (Rubrik1)" in check and "umea: OK" in check
    out = tmp_path / "umea.docx"
    assert cli.main(["build", str(example_memo_path()), "--profile", "umea", "--profiles-dir",
                     str(folder), "-o", str(out)]) == 0
    document = docx.Document(str(out))
    section = document.sections[0]
    assert round(section.left_margin / Mm(1)) == 30 and round(section.right_margin / Mm(1)) == 20
    styles = {p.style.style_id for p in document.paragraphs}
    assert {"Rubrik1", "Rubrik2"} <= styles and "Heading1" not in styles
    texts = [p.text for p in document.paragraphs]
    assert not any("Mallens exempeltext" in t or "Skriv rubriken här" in t for t in texts)
    normal = document.styles["Normal"]
    assert normal.font.name == FONT
    header = section.header._element
    pictures = header.findall(".//{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")
    assert pictures and pictures[0].get("descr") == "Umeå kommun"
    assert "Göteborgs Stad, Intraservice, tjänsteskrivelse" in [p.text for p in section.header.paragraphs]
    require_soffice()
    assert "Customer Lockbox" in pdf_text(convert_to_pdf(out, tmp_path))


def test_a_dotx_template_is_imported(tmp_path):
    template = swedish_template(tmp_path / "mall.docx")
    dotx = tmp_path / "mall.dotx"
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(dotx, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            dst.writestr(info, data)
    report = create_profile(dotx, "umea", tmp_path / "p", organisation="Umeå kommun")
    assert load_profile("umea", tmp_path / "p").roles["h1"] == "Rubrik1"
    assert report.folder == tmp_path / "p" / "umea"


def _docm(path: Path) -> Path:
    shutil.copy(swedish_template(path.with_suffix(".docx")), path)
    return path


def _encrypted(path: Path) -> Path:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000)
    return path


def _not_word(path: Path) -> Path:
    path.write_text("Det här är ingen Word-fil.", encoding="utf-8")
    return path


def _zip_bomb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
        z.writestr("word/media/bomb.bin", b"\0" * (150 * 1024 * 1024))
    return path


def _no_styles(path: Path) -> Path:
    template = swedish_template(path.with_name("src.docx"))
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            if info.filename == "word/styles.xml":
                continue
            data = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"/word/styles.xml", b"/word/none.xml")
            dst.writestr(info, data)
    return path


def _macros_inside(path: Path) -> Path:
    template = swedish_template(path.with_name("src.docx"))
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info.filename))
        dst.writestr("word/vbaProject.bin", b"makro")
    return path


BAD = {
    "makron (.docm)": (lambda p: _docm(p.with_suffix(".docm")), "makron"),
    "makron inuti": (lambda p: _macros_inside(p), "makron"),
    "krypterad": (_encrypted, "lösenordsskyddad"),
    "inte Word": (_not_word, "ingen Word-fil"),
    "zip-bomb": (_zip_bomb, "zip-bomb"),
    "utan formatmallar": (_no_styles, "inga formatmallar"),
    "okänt fält i sidhuvudet": (lambda p: swedish_template(p, header_field="DOCPROPERTY Handläggare"), "DOCPROPERTY"),
    "innehållskontroll": (lambda p: swedish_template(p, content_control=True), "innehållskontroller"),
    "mapp": (lambda p: (p.mkdir() or p), "mapp"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_templates_get_one_clear_message_and_leave_nothing(case, tmp_path, capsys):
    make, expected = BAD[case]
    source = make(tmp_path / "mall.docx")
    folder = tmp_path / "profiler"
    shutil.copytree(templates_dir() / "kommun", folder / "befintlig")
    code = cli.main(["profile", "new", "ny", "--from-docx", str(source), "--dir", str(folder)])
    err = capsys.readouterr().err
    assert code == 2
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and expected in lines[0] and source.name in lines[0], err
    assert sorted(p.name for p in folder.iterdir()) == ["befintlig"]  # nothing half-written
    assert load_profile("befintlig", folder).name  # the existing profiles still work


@pytest.mark.parametrize("name", ["../utanför", "a/b", "_base", ".dold", "con:x", ""])
def test_a_profile_name_with_path_characters_is_refused(name, tmp_path, capsys):
    source = swedish_template(tmp_path / "mall.docx")
    code = cli.main(["profile", "new", name, "--from-docx", str(source), "--dir", str(tmp_path / "p")])
    assert code == 2 and "namnet på en profil" in capsys.readouterr().err
    assert not (tmp_path / "p").exists() or not any((tmp_path / "p").iterdir())
    assert not (tmp_path / "utanför").exists()


def test_an_existing_profile_is_replaced_only_when_asked(tmp_path, capsys):
    source = swedish_template(tmp_path / "mall.docx")
    folder = tmp_path / "p"
    assert cli.main(["profile", "new", "umea", "--from-docx", str(source), "--dir", str(folder)]) == 0
    before = (folder / "umea" / "base.docx").read_bytes()
    assert cli.main(["profile", "new", "umea", "--from-docx", str(source), "--dir", str(folder)]) == 2
    assert "finns redan" in capsys.readouterr().err
    assert (folder / "umea" / "base.docx").read_bytes() == before
    assert cli.main(["profile", "new", "umea", "--from-docx", str(source), "--dir", str(folder),
                     "--force"]) == 0
    assert sorted(p.name for p in folder.iterdir()) == ["umea"]


# -- the logo -----------------------------------------------------------------------------------
def _with_logo(tmp_path: Path, data: bytes) -> Path:
    root = tmp_path / "p"
    shutil.copytree(templates_dir() / "kommun", root / "loggo")
    (root / "loggo" / "logo.png").write_bytes(data)
    manifest = root / "loggo" / "profile.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        'base_docx = "base.docx"', 'base_docx = "base.docx"\nlogo = "logo.png"'), encoding="utf-8")
    return root


def test_a_logo_goes_in_the_first_page_header_with_alt_text(tmp_path, capsys):
    root = _with_logo(tmp_path, png())
    out = tmp_path / "l.docx"
    assert cli.main(["build", str(example_memo_path()), "--profile", "loggo", "--profiles-dir",
                     str(root), "-o", str(out)]) == 0
    section = docx.Document(str(out)).sections[0]
    assert section.different_first_page_header_footer
    ns = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
    first = section.first_page_header._element.findall(".//" + ns)
    assert [d.get("descr") for d in first] == ["Göteborgs Stad"]  # the memo's organisation
    assert not section.header._element.findall(".//" + ns)  # later pages: no logo
    assert any("PAGE" in (t.text or "") for t in section.first_page_footer._element.iter(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}instrText"))


@pytest.mark.parametrize(("data", "expected"), [
    (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "ingen PNG-bild"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * (3 * 1024 * 1024), "högst 2 MB"),
])
def test_a_logo_that_is_not_a_small_png_is_refused_by_name(data, expected, tmp_path):
    root = _with_logo(tmp_path, data)
    with pytest.raises(ProfileError, match=expected) as info:
        load_profile("loggo", root)
    assert "logo.png" in str(info.value)
    assert load_profile("kommun").name  # the others still load


def test_tables_survive_a_wider_font(tmp_path):
    """With the base document's font swapped for a wider one (DejaVu Sans, ~14 % wider digits
    than Arial), no figure and no header word is split inside a cost-table cell."""
    require_soffice()
    root = tmp_path / "p"
    shutil.copytree(templates_dir() / "kommun", root / "bred")
    base = root / "bred" / "base.docx"
    with zipfile.ZipFile(templates_dir() / "kommun" / "base.docx") as src, \
            zipfile.ZipFile(base, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename in ("word/styles.xml", "word/fontTable.xml"):
                data = data.replace(b'"Arial"', b'"DejaVu Sans"').replace(b'"Liberation Sans"', b'"DejaVu Sans"')
            dst.writestr(info, data)
    from memo_builder.publish.service import ExportRequest, export
    from tests.helpers import example_memo

    memo = example_memo()
    for option in memo.options:  # eight years: the narrowest columns a renewal memo has
        for line in option.cost_lines:
            if line.last_year:
                line.last_year += 3
    result = export(memo, profile=load_profile("bred", root), request=ExportRequest(draft=True))
    out = tmp_path / "bred.docx"
    out.write_bytes(result.data)
    cells = set()
    for table in docx.Document(io.BytesIO(result.data)).tables:
        for row in table.rows:
            for cell in row.cells:
                text = cell.text.split("\n")[0].strip()
                if text and len(text) <= 14 and " " not in text.replace("\u00a0", ""):
                    # Figures and one-word headers stay on one line; a header may break only
                    # at its soft hyphen ("Avtals-" / "period"), so each piece must be whole.
                    cells.update(text.split("\u00ad"))
    lines = pdf_text(convert_to_pdf(out, tmp_path))
    missing = sorted(c for c in cells if c.replace("\u00a0", " ") not in lines.replace("\u00a0", " "))
    assert not missing, missing[:20]
