"""Make a profile from an organisation's own Word template (.docx or .dotx). No Qt.

The template keeps its look: styles, page size and margins, header and footer (with their logo
and page fields), fonts and language. The styles the memo needs are mapped by style id and by
their localised names (a Swedish Word may name them "Rubrik 1", "Punktlista",
"Tabellrutnät", with ids such as ``Rubrik1``); anything missing is copied from the neutral
profile's base document, without its font, so it takes the template's. The template's body
text is removed. A ``[[HEADER]]`` line and page numbering "1 (N)" are added where the template
has none. The :class:`ImportReport` lists every mapping and every fallback.

Refused, with one Swedish message naming the file: macro-enabled files (.docm/.dotm or a
vbaProject part: macros never run and are never copied), encrypted or old binary files, files
that are not Word files, zip bombs, templates without styles, and headers or footers with
fields or content controls the program cannot fill in. The profile folder is written whole
or not at all.
"""

from __future__ import annotations

import copy
import io
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm
from lxml import etree

from memo_builder.files.bounded_zip import ZIP_ERRORS, ZipRefused, open_bounded
from memo_builder.files.paths import templates_dir
from memo_builder.render.profile import (
    MAX_BASE_DOCX_BYTES,
    ProfileError,
    load_folder,
    valid_key,
)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_W = f"{{{W}}}"

DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
MACRO_TYPES = ("macroEnabled", "vbaProject", "vbaData")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted OOXML and old .doc files
#: Fields a header or footer may hold: the writer fills nothing else in.
KNOWN_FIELDS = {"PAGE", "NUMPAGES", "SECTIONPAGES"}
#: The profile every imported one falls back to for a style the template lacks.
FALLBACK_PROFILE = "kommun"

# What the memo needs -> (candidate style ids, candidate names, lower case). Ids first: Word's
# built-in ids are language neutral; documents made by other tools carry localised ids.
NEEDED: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Normal": (("Normal",), ("normal",)),
    "Heading1": (("Heading1", "Rubrik1"), ("heading 1", "rubrik 1")),
    "Heading2": (("Heading2", "Rubrik2"), ("heading 2", "rubrik 2")),
    "Heading3": (("Heading3", "Rubrik3"), ("heading 3", "rubrik 3")),
    "ListBullet": (("ListBullet", "Punktlista"), ("list bullet", "punktlista")),
    "ListNumber": (("ListNumber", "Numreradlista"), ("list number", "numrerad lista")),
    "Caption": (("Caption", "Beskrivning"), ("caption", "beskrivning")),
    "TableGrid": (("TableGrid", "Tabellrutnt"), ("table grid", "tabellrutnät")),
}
# The memo's own styles: only the fallback profile has them (their ids stay).
OWN_STYLES = ("MemoMeta", "MemoNotice", "MemoSmall", "MemoSignature", "MemoDraft",
              "MemoTableText", "MemoTable")
ROLE_OF = {"Normal": "normal", "Heading1": "h1", "Heading2": "h2", "Heading3": "h3",
           "ListBullet": "bullet", "ListNumber": "number", "Caption": "caption"}


@dataclass
class ImportReport:
    key: str
    source: Path
    folder: Path | None = None
    mapped: list[tuple[str, str, str]] = field(default_factory=list)  # need, found id, name
    fallbacks: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)  # what the program added to the template
    removed_paragraphs: int = 0
    page: str = ""
    fonts: list[str] = field(default_factory=list)
    language: str = ""
    #: The page size in mm (width, height) when it is not A4, e.g. (216, 279): US Letter.
    not_a4: tuple[int, int] | None = None
    #: The page was changed to A4 (create_profile(a4=True)).
    made_a4: bool = False
    #: The fonts the memo will actually be set in: (what, font, where it comes from).
    used_fonts: list[tuple[str, str, str]] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"Profil {self.key!r} från {self.source.name}"]
        if self.folder is not None:
            out.append(f"  Sparad i {self.folder}")
        out.append(f"  Sida: {self.page}")
        if self.made_a4:
            out.append("  Sidformatet ändrades till A4 (210 × 297 mm); marginalerna är mallens.")
        elif self.not_a4 is not None:
            w, h = self.not_a4
            out.append(f"  Varning: sidan är {w} × {h} mm{_paper_name(w, h)}, inte A4 "
                       "(210 × 297 mm) som en svensk skrivelse skrivs ut på.")
        if self.used_fonts:
            used = "; ".join(f"{what}: {font}" + (f" ({where})" if where else "")
                             for what, font, where in self.used_fonts)
            out.append(f"  Typsnitt som används: {used}; språk: "
                       f"{self.language or 'inte angivet'}")
        else:
            out.append(f"  Typsnitt: {', '.join(self.fonts) or 'mallens standard'}; språk: "
                       f"{self.language or 'inte angivet'}")
        for need, found, name in self.mapped:
            out.append(f"  Formatmall {need}: mallens {name!r} ({found})")
        for need in self.fallbacks:
            out.append(f"  Formatmall {need}: saknas i mallen – Memo Builders används")
        for note in self.added:
            out.append(f"  Tillagt: {note}")
        if self.removed_paragraphs:
            out.append(f"  Mallens brödtext togs bort ({self.removed_paragraphs} stycken).")
        return out


def _fail(path: Path, message: str) -> ProfileError:
    return ProfileError(f"{path.name}: {message}")


def read_template(path: Path) -> bytes:
    """The template's bytes as a .docx python-docx can open, after every refusal check."""
    suffix = path.suffix.lower()
    if suffix in (".docm", ".dotm"):
        raise _fail(path, "filen innehåller makron (.docm/.dotm). Makron körs aldrig och "
                          "kopieras aldrig: spara mallen som .docx eller .dotx i Word och försök igen.")
    if suffix == ".doc" or suffix == ".dot":
        raise _fail(path, "filen är i Words gamla format. Spara den som .docx eller .dotx i Word.")
    try:
        size = path.stat().st_size
        if size > MAX_BASE_DOCX_BYTES:
            raise _fail(path, f"filen är {size // (1024 * 1024)} MB; en mall är några hundra kB. "
                              "Välj organisationens mall.")
        raw = path.read_bytes()
    except IsADirectoryError:
        raise _fail(path, "är en mapp. Välj Word-mallen (.docx eller .dotx).") from None
    except OSError as exc:
        raise _fail(path, f"kan inte läsas ({exc.strerror or exc}).") from None
    if raw.startswith(OLE_MAGIC):
        raise _fail(path, "filen är lösenordsskyddad, krypterad eller i Words gamla format. "
                          "Spara en kopia utan lösenord som .docx i Word och försök igen.")
    not_word = "filen är ingen Word-fil (.docx eller .dotx). Välj organisationens Word-mall."
    try:
        zf = open_bounded(raw, allow_encrypted=True)
    except ZipRefused as exc:
        if exc.kind in ("too_big", "too_many_parts"):
            raise _fail(path, "filen packas upp till orimligt mycket data och avvisas "
                              "(misstänkt zip-bomb).") from None
        raise _fail(path, not_word) from None
    try:
        with zf:
            names = zf.namelist()
            if "[Content_Types].xml" not in names or "word/document.xml" not in names:
                raise _fail(path, not_word)
            if zf.testzip() is not None:
                raise _fail(path, "filen är skadad. Spara om den i Word och försök igen.")
            types = zf.read("[Content_Types].xml")
            if any(m.encode() in types for m in MACRO_TYPES) or any(
                    "vbaproject" in n.lower() for n in names):
                raise _fail(path, "filen innehåller makron. Makron körs aldrig och kopieras "
                                  "aldrig: spara mallen som .docx utan makron och försök igen.")
            if b"word/styles.xml" not in types and "word/styles.xml" not in names:
                raise _fail(path, "mallen har inga formatmallar. Välj organisationens mall, "
                                  "inte ett tomt dokument.")
            if TEMPLATE_TYPE.encode() in types:
                raw = _as_document(zf, types)
    except (*ZIP_ERRORS, KeyError):
        raise _fail(path, not_word) from None
    return raw


def _as_document(zf: zipfile.ZipFile, types: bytes) -> bytes:
    """A .dotx differs from a .docx only in its main part's content type."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in zf.infolist():
            data = zf.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = types.replace(TEMPLATE_TYPE.encode(), DOCUMENT_TYPE.encode())
            target.writestr(info, data)
    return out.getvalue()


def _header_parts(document):
    for section in document.sections:
        for part in (section.header, section.first_page_header, section.even_page_header,
                     section.footer, section.first_page_footer, section.even_page_footer):
            if part is not None and not part.is_linked_to_previous:
                yield part


def _check_header_fields(path: Path, document) -> bool:
    """Refuse fields and content controls we cannot fill in; True when a PAGE field exists."""
    has_page = False
    for part in _header_parts(document):
        element = part._element
        if element.findall(f".//{_W}sdt"):
            raise _fail(path, "sidhuvudet eller sidfoten innehåller innehållskontroller som "
                              "Memo Builder inte kan fylla i. Ta bort dem i Word (eller ersätt "
                              "dem med vanlig text) och försök igen.")
        instructions = [t.text or "" for t in element.iter(f"{_W}instrText")]
        instructions += [f.get(f"{_W}instr", "") for f in element.iter(f"{_W}fldSimple")]
        for instruction in instructions:
            name = (instruction.split() or [""])[0].upper()
            if not name:
                continue
            if name not in KNOWN_FIELDS:
                raise _fail(path, f"sidhuvudet eller sidfoten innehåller fältet {name}, som "
                                  "Memo Builder inte kan fylla i. Ta bort fältet i Word och "
                                  "försök igen (sidnummer går bra).")
            has_page = has_page or name == "PAGE"
    return has_page


def _find_style(styles, ids: tuple[str, ...], names: tuple[str, ...]):
    by_id = {s.get(f"{_W}styleId"): s for s in styles.findall(f"{_W}style")}
    for i in ids:
        if i in by_id:
            return by_id[i]
    for s in by_id.values():
        name = s.find(f"{_W}name")
        if name is not None and (name.get(f"{_W}val") or "").lower() in names:
            return s
    return None


def _copy_style(target_styles, source_style, source_numbering, target_document) -> None:
    """Copy one style from the fallback document, without its font (the template's stays)."""
    style = copy.deepcopy(source_style)
    for fonts in style.iter(f"{_W}rFonts"):
        fonts.getparent().remove(fonts)
    based = style.find(f"{_W}basedOn")
    existing = {s.get(f"{_W}styleId") for s in target_styles.findall(f"{_W}style")}
    if based is not None and based.get(f"{_W}val") not in existing:
        style.remove(based)
    num_id = style.find(f"{_W}pPr/{_W}numPr/{_W}numId")
    if num_id is not None and source_numbering is not None:
        new_id = _copy_numbering(source_numbering, target_document, num_id.get(f"{_W}val"))
        if new_id is None:
            num_pr = num_id.getparent()
            num_pr.getparent().remove(num_pr)
        else:
            num_id.set(f"{_W}val", new_id)
    target_styles.append(style)


def _copy_numbering(source, target_document, num_id: str) -> str | None:
    """Copy a list definition (w:num and its w:abstractNum) into the template's numbering."""
    num = next((n for n in source.findall(f"{_W}num") if n.get(f"{_W}numId") == num_id), None)
    if num is None:
        return None
    abstract_ref = num.find(f"{_W}abstractNumId").get(f"{_W}val")
    abstract = next((a for a in source.findall(f"{_W}abstractNum")
                     if a.get(f"{_W}abstractNumId") == abstract_ref), None)
    if abstract is None:
        return None
    numbering = target_document.part.numbering_part.element
    new_abstract = str(1 + max((int(a.get(f"{_W}abstractNumId")) for a in
                                numbering.findall(f"{_W}abstractNum")), default=-1))
    new_num = str(1 + max((int(n.get(f"{_W}numId")) for n in numbering.findall(f"{_W}num")),
                          default=0))
    abstract = copy.deepcopy(abstract)
    abstract.set(f"{_W}abstractNumId", new_abstract)
    nsid = abstract.find(f"{_W}nsid")
    if nsid is not None:
        abstract.remove(nsid)
    first_num = numbering.find(f"{_W}num")
    if first_num is not None:
        first_num.addprevious(abstract)  # schema: every abstractNum before the nums
    else:
        numbering.append(abstract)
    num = copy.deepcopy(num)
    num.set(f"{_W}numId", new_num)
    num.find(f"{_W}abstractNumId").set(f"{_W}val", new_abstract)
    numbering.append(num)
    return new_num


def _add_header_line(document, report: ImportReport) -> None:
    if any("[[HEADER]]" in p.text for part in _header_parts(document) for p in part.paragraphs):
        return
    header = document.sections[0].header
    header.is_linked_to_previous = False
    paragraph = header.add_paragraph("[[HEADER]]")
    style = next((s for s in document.styles if s.style_id == "Header"), None)
    if style is not None:
        paragraph.style = style
    report.added.append("en rad i sidhuvudet för organisation, förvaltning och dokumenttyp")


def _add_page_numbers(document, report: ImportReport) -> None:

    footer = document.sections[0].footer
    footer.is_linked_to_previous = False
    paragraph = footer.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def field_run(instruction: str) -> None:
        for kind, text in (("begin", None), (None, instruction), ("separate", None),
                           (None, "1"), ("end", None)):
            run = paragraph.add_run()
            if kind:
                char = OxmlElement("w:fldChar")
                char.set(qn("w:fldCharType"), kind)
                run._r.append(char)
            elif text == instruction:
                instr = OxmlElement("w:instrText")
                instr.set(qn("xml:space"), "preserve")
                instr.text = f" {instruction} "
                run._r.append(instr)
            else:
                run.text = text

    field_run("PAGE")
    paragraph.add_run(" (")
    field_run("NUMPAGES")
    paragraph.add_run(")")
    report.added.append("sidnumrering ”1 (N)” i sidfoten")


def _describe_page(document) -> str:

    s = document.sections[0]
    try:
        mm = [round(v / Mm(1)) for v in (s.page_width, s.page_height, s.top_margin,
                                          s.right_margin, s.bottom_margin, s.left_margin)]
    except TypeError:
        return "mallens standard"
    return (f"{mm[0]} × {mm[1]} mm, marginaler {mm[2]}/{mm[3]}/{mm[4]}/{mm[5]} mm "
            "(över/höger/under/vänster)")


A4_MM = (210, 297)


def _paper_name(w: int, h: int) -> str:
    known = {(216, 279): "US Letter", (216, 356): "US Legal", (148, 210): "A5",
             (250, 353): "B4", (176, 250): "B5"}
    name = known.get((min(w, h), max(w, h)))
    return f" ({name})" if name else ""


def _page_mm(document) -> tuple[int, int] | None:

    s = document.sections[0]
    try:
        return round(s.page_width / Mm(1)), round(s.page_height / Mm(1))
    except TypeError:
        return None


def _make_a4(document) -> None:
    """Every section A4 in its own orientation; the margins stay the template's."""

    for s in document.sections:
        try:
            landscape = s.page_width > s.page_height
        except TypeError:
            landscape = False
        w, h = Mm(A4_MM[0]), Mm(A4_MM[1])
        s.page_width, s.page_height = (h, w) if landscape else (w, h)


def _theme_fonts(document) -> dict[str, str]:
    """The theme's major (headings) and minor (body) latin fonts, by the names Word uses in
    ``w:asciiTheme`` (majorHAnsi, minorHAnsi …)."""

    try:
        part = document.part.part_related_by(RT.THEME)
        root = etree.fromstring(part.blob)
    except (KeyError, ValueError, etree.XMLSyntaxError):
        return {}
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    out = {}
    for kind in ("major", "minor"):
        latin = root.find(f".//{a}fontScheme/{a}{kind}Font/{a}latin")
        if latin is not None and latin.get("typeface"):
            for suffix in ("HAnsi", "Ascii", "Bidi", "EastAsia"):
                out[f"{kind}{suffix}"] = latin.get("typeface")
    return out


def _style_font(styles, style_id: str, theme: dict[str, str]) -> tuple[str, str]:
    """The font a style's text is set in and where it comes from: the style chain (basedOn),
    then the document defaults; a theme font (``w:asciiTheme``) wins over a named one, as in
    Word."""
    by_id = {s.get(f"{_W}styleId"): s for s in styles.iter(f"{_W}style")}
    seen = set()
    current = by_id.get(style_id)
    while current is not None and current.get(f"{_W}styleId") not in seen:
        seen.add(current.get(f"{_W}styleId"))
        fonts = current.find(f"{_W}rPr/{_W}rFonts")
        found = _font_of(fonts, theme)
        if found:
            return found
        based = current.find(f"{_W}basedOn")
        current = by_id.get(based.get(f"{_W}val")) if based is not None else None
    defaults = styles.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr/{_W}rFonts")
    return _font_of(defaults, theme) or ("", "")


def _font_of(fonts, theme: dict[str, str]) -> tuple[str, str] | None:
    if fonts is None:
        return None
    ref = fonts.get(f"{_W}asciiTheme") or fonts.get(f"{_W}hAnsiTheme")
    if ref and theme.get(ref):
        kind = "temats rubrikfont" if ref.startswith("major") else "temats brödtextfont"
        return theme[ref], kind
    name = fonts.get(f"{_W}ascii") or fonts.get(f"{_W}hAnsi")
    return (name, "") if name else None


def _used_fonts(document, roles: dict[str, str]) -> list[tuple[str, str, str]]:
    theme = _theme_fonts(document)
    styles = document.styles.element
    out = []
    for what, role, fallback in (("brödtext", "normal", "Normal"),
                                 ("rubriker", "h1", "Heading1")):
        font, where = _style_font(styles, roles.get(role, fallback), theme)
        if font:
            out.append((what, font, where))
    return out


def _fonts_and_language(styles) -> tuple[list[str], str]:
    fonts: list[str] = []
    for r in styles.iter(f"{_W}rFonts"):
        name = r.get(f"{_W}ascii") or r.get(f"{_W}hAnsi")
        if name and name not in fonts:
            fonts.append(name)
    lang = styles.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr/{_W}lang")
    return fonts[:4], (lang.get(f"{_W}val", "") if lang is not None else "")


def _ensure_language(styles, report: ImportReport) -> None:

    defaults = styles.find(f"{_W}docDefaults")
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(f"{_W}rPrDefault")
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(f"{_W}rPr")
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    lang = rpr.find(f"{_W}lang")
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    before = lang.get(f"{_W}val") or ""
    if not before.lower().startswith("sv"):
        # The memo is Swedish: spell checkers and screen readers must know it.
        lang.set(f"{_W}val", "sv-SE")
        report.added.append("dokumentspråk svenska (sv-SE)"
                            + (f" i stället för {before}" if before else ""))
    report.language = lang.get(f"{_W}val")


def convert_template(path: Path, key: str, organisation: str = "", *, a4: bool = False,
                     ) -> tuple[bytes, dict, ImportReport]:
    """The base document, the profile.toml values and the report for ``path``; ``a4``: make
    the page A4 when the template's is another size (the report says which it was)."""


    raw = read_template(path)
    try:
        document = docx.Document(io.BytesIO(raw))
    except Exception as exc:  # a foreign file can fail python-docx in any way
        raise _fail(path, f"filen kan inte öppnas som Word-fil ({type(exc).__name__}). "
                          "Spara om den i Word och försök igen.") from None
    report = ImportReport(key, path)
    has_page = _check_header_fields(path, document)
    for rel_id, rel in list(document.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):  # Word 2010's copy; it goes stale
            del document.part.rels[rel_id]
    body = document.element.body
    for child in list(body):
        if child.tag != f"{_W}sectPr":
            if child.tag == f"{_W}p":
                report.removed_paragraphs += 1
            body.remove(child)
    styles = document.styles.element
    fallback = docx.Document(str(templates_dir() / FALLBACK_PROFILE / "base.docx"))
    fallback_styles = fallback.styles.element
    try:
        fallback_numbering = fallback.part.numbering_part.element
    except (KeyError, NotImplementedError):
        fallback_numbering = None
    roles: dict[str, str] = {}
    for need, (ids, names) in NEEDED.items():
        found = _find_style(styles, ids, names)
        if found is not None:
            style_id = found.get(f"{_W}styleId")
            name_el = found.find(f"{_W}name")
            report.mapped.append((need, style_id, name_el.get(f"{_W}val") if name_el is not None
                                  else style_id))
            if need in ROLE_OF:
                roles[ROLE_OF[need]] = style_id
            if need == "TableGrid":
                roles["table_grid"] = style_id
            continue
        source = _find_style(fallback_styles, (need,), ())
        if source is not None:
            _copy_style(styles, source, fallback_numbering, document)
            report.fallbacks.append(need)
            if need in ROLE_OF:
                roles[ROLE_OF[need]] = need
    for own in OWN_STYLES:
        if _find_style(styles, (own,), ()) is None:
            source = _find_style(fallback_styles, (own,), ())
            if source is not None:
                _copy_style(styles, source, fallback_numbering, document)
    _ensure_language(styles, report)
    _add_header_line(document, report)
    if not has_page:
        _add_page_numbers(document, report)
    alt = organisation or key
    for part in _header_parts(document):
        for doc_pr in part._element.iter(f"{{{WP}}}docPr"):
            if not doc_pr.get("descr"):
                doc_pr.set("descr", alt)
                report.added.append(f"alternativtext ”{alt}” till bilden i sidhuvudet")
    size = _page_mm(document)
    if size is not None and tuple(sorted(size)) != A4_MM and (
            abs(min(size) - A4_MM[0]) > 1 or abs(max(size) - A4_MM[1]) > 1):
        if a4:
            _make_a4(document)
            report.made_a4 = True
        else:
            report.not_a4 = size
    report.page = _describe_page(document)
    report.fonts, _language = _fonts_and_language(styles)
    report.used_fonts = _used_fonts(document, roles)
    core = document.core_properties
    core.author = core.last_modified_by = core.title = core.comments = ""
    out = io.BytesIO()
    document.save(out)
    manifest = {"roles": {k: v for k, v in roles.items() if k != "table_grid"}}
    return out.getvalue(), manifest, report


def _toml_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + "".join(c if c >= " " else f"\\u{ord(c):04x}" for c in escaped) + '"'


def profile_toml(key: str, name: str, organisation: str, document_type: str,
                 roles: dict[str, str], source: Path) -> str:
    lines = [
        f"# Made by Memo Builder from {source.name}. Headings, order and phrases come from the",
        "# shared defaults (templates/_base/profile.toml); set your own here.",
        "",
        "[document]",
        f"name = {_toml_string(name)}",
        f"description = {_toml_string('Gjord från organisationens Word-mall ' + source.name + '.')}",
        f"organisation = {_toml_string(organisation)}",
        f"type = {_toml_string(document_type)}",
        'template = "memo.html.j2"',
        'base_docx = "base.docx"',
        "",
        "# Which of the template's own styles the memo uses for each role.",
        "[roles]",
        *(f"{role} = {_toml_string(style)}" for role, style in sorted(roles.items())),
        "",
    ]
    return "\n".join(lines)


TEMPLATE_TEXT = ('{#- Made by Memo Builder: the shared template as it is; override blocks '
                 'here (see templates/_base/memo.html.j2). -#}\n{% extends "_base/memo.html.j2" %}\n')


def create_profile(
    source: Path,
    key: str,
    folder: Path,
    *,
    organisation: str = "",
    document_type: str = "Tjänsteskrivelse",
    replace: bool = False,
    a4: bool = False,
) -> ImportReport:
    """Write profile ``key`` into ``folder`` from the Word template ``source``: all or nothing.
    ``a4``: a page of another size becomes A4 (a Swedish memo is printed on A4)."""
    if not valid_key(key):
        raise ProfileError(
            f"{key!r} kan inte vara namnet på en profil: använd bokstäver, siffror och "
            "bindestreck, utan / \\ : * ? \" < > | och utan punkt eller understreck först."
        )
    target = folder / key
    if target.exists() and not replace:
        raise ProfileError(f"Profilen {key!r} finns redan i {folder}. Välj ett annat namn, "
                           "eller ersätt den (--force).")
    data, manifest, report = convert_template(source, key, organisation, a4=a4)
    name = f"{organisation} – {document_type.lower()}" if organisation else key
    try:
        folder.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{key}.", suffix=".tmp", dir=folder))
    except OSError as exc:
        raise ProfileError(f"Mappen {folder} kan inte skrivas ({exc.strerror or exc}). "
                           "Välj en annan mapp.") from None
    old = None
    try:
        (staging / "base.docx").write_bytes(data)
        (staging / "profile.toml").write_text(
            profile_toml(key, name, organisation, document_type, manifest["roles"], source),
            encoding="utf-8")
        (staging / "memo.html.j2").write_text(TEMPLATE_TEXT, encoding="utf-8")
        load_folder(key, staging, open_base=True)  # it must work before it counts
        if target.exists():
            old = target.with_name(f".{key}.old-{os.getpid()}")
            os.replace(target, old)
        os.replace(staging, target)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        if old is not None and not target.exists():
            os.replace(old, target)
        raise ProfileError(f"Profilen {key!r} kunde inte sparas i {folder} "
                           f"({exc.strerror or exc}). Inget har ändrats.") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    report.folder = target
    return report
