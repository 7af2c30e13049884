"""Accessibility check of any Word file (ours, or an organisation's template). No Qt.

The rules are the Word checklist of DOS-lagen (SFS 2018:1937) via EN 301 549 / WCAG 2.1 AA,
see DOMAIN.md §4: a title in the file properties; the document language set; headings that are
real heading styles and never skip a level; alt text on every picture and chart (or marked
decorative); tables with a marked header row and no merged cells; real lists; no empty
paragraphs used as spacing; text contrast of at least 4.5:1 (3:1 for large text, WCAG 1.4.3);
link texts that say where they lead.

The file is read as a zip of XML parts with hard limits (size, number of parts, bytes actually
inflated, no DTDs or entities), so a hostile file gets one Swedish line, never a hang, a memory
blow-up or a traceback. python-docx is not used: a foreign document may be valid Word and still
trip it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from memo_builder.errors import UserError
from memo_builder.files.bounded_zip import MAX_UNPACKED_BYTES, ZipRefused, open_bounded, read_part

MAX_FILE_BYTES = 50 * 1024 * 1024

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {
    "w": W,
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "v": "urn:schemas-microsoft-com:vml",
    "dc": "http://purl.org/dc/elements/1.1/",
    "adec": "http://schemas.microsoft.com/office/drawing/2017/decorative",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
}
_W = "{" + W + "}"


def _w(tag: str) -> str:
    return _W + tag


#: Rule id -> Swedish name (shown with every finding).
RULES: dict[str, str] = {
    "title": "Dokumenttitel",
    "language": "Dokumentspråk",
    "headings": "Rubriker",
    "alt-text": "Alternativtext",
    "tables": "Tabeller",
    "lists": "Listor",
    "empty-paragraphs": "Tomma stycken",
    "contrast": "Kontrast",
    "links": "Länktexter",
}


@dataclass(frozen=True)
class Finding:
    rule: str
    where: str
    message: str
    fix: str

    @property
    def rule_name(self) -> str:
        return RULES[self.rule]

    def __str__(self) -> str:
        where = f" ({self.where})" if self.where else ""
        return f"{self.rule_name}{where}: {self.message} Åtgärd: {self.fix}"


class DocumentUnreadable(UserError):
    pass


# -- reading ------------------------------------------------------------------------------------
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                          huge_tree=False, remove_comments=True)


class _Package:
    def __init__(self, data: bytes, name: str) -> None:
        self.name = name
        if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
            if "EncryptionInfo".encode("utf-16-le") in data:
                raise DocumentUnreadable(
                    f"{name} är lösenordsskyddad (krypterad) och kan inte kontrolleras. Spara en "
                    "kopia utan lösenord i Word (Arkiv > Information > Skydda dokument) och "
                    "kontrollera den.")
            raise DocumentUnreadable(
                f"{name} är ett äldre Word-format (.doc) eller ingen Word-fil. Spara den som "
                "Word-dokument (.docx) och kontrollera igen.")
        try:
            self.zip = open_bounded(data, allow_encrypted=True)
        except ZipRefused as exc:
            if exc.kind == "not_zip":
                raise DocumentUnreadable(
                    f"{name} är ingen Word-fil (.docx) eller är skadad. Öppna den i Word och "
                    "spara den som Word-dokument.") from None
            if exc.kind == "too_many_parts":
                raise DocumentUnreadable(
                    f"{name} innehåller {exc.detail} delar – fler än en Word-fil rimligen har. "
                    "Filen kontrolleras inte.") from None
            raise DocumentUnreadable(
                f"{name} packar upp till orimligt mycket data (en så kallad zip-bomb?). Filen "
                "kontrolleras inte.") from None
        self.budget = [MAX_UNPACKED_BYTES]
        infos = self.zip.infolist()
        self.names = {i.filename for i in infos}
        if "word/document.xml" not in self.names:
            raise DocumentUnreadable(
                f"{name} är en zip-fil men inget Word-dokument (word/document.xml saknas).")

    def read(self, part: str) -> bytes | None:
        if part not in self.names:
            return None
        try:
            return read_part(self.zip, part, self.budget)
        except ZipRefused as exc:
            if exc.kind == "too_big":
                raise DocumentUnreadable(
                    f"{self.name}: delen {part} packar upp till orimligt mycket data "
                    "(en så kallad zip-bomb?). Filen kontrolleras inte.") from None
            raise DocumentUnreadable(
                f"{self.name}: delen {part} kan inte läsas. Filen är skadad eller krypterad; "
                "öppna den i Word och spara den igen.") from None

    def xml(self, part: str):
        data = self.read(part)
        if data is None:
            return None
        try:
            return etree.fromstring(data, _PARSER)
        except etree.XMLSyntaxError as exc:
            raise DocumentUnreadable(
                f"{self.name}: delen {part} är ingen giltig XML ({exc.msg}). Öppna filen i Word "
                "och spara den igen.") from None


# -- styles ---------------------------------------------------------------------------------------
class _Styles:
    def __init__(self, root) -> None:
        self.by_id: dict[str, object] = {}
        self.default_rpr = None
        self.default_lang = ""
        if root is None:
            return
        for s in root.findall(_w("style")):
            self.by_id[s.get(_w("styleId"), "")] = s
        rpr = root.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{_w('rPr')}")
        self.default_rpr = rpr

    def chain(self, style_id: str | None):
        seen = set()
        while style_id and style_id not in seen and style_id in self.by_id:
            seen.add(style_id)
            style = self.by_id[style_id]
            yield style
            based = style.find(_w("basedOn"))
            style_id = based.get(_w("val")) if based is not None else None

    def default_paragraph_style(self) -> str | None:
        for sid, s in self.by_id.items():
            if s.get(_w("type")) == "paragraph" and s.get(_w("default")) in ("1", "true", "on"):
                return sid
        return "Normal" if "Normal" in self.by_id else None

    def heading_level(self, style_id: str | None) -> int | None:
        for style in self.chain(style_id):
            name = style.find(_w("name"))
            text = (name.get(_w("val")) if name is not None else "").lower().replace(" ", "")
            sid = (style.get(_w("styleId")) or "").lower()
            m = re.fullmatch(r"(?:heading|rubrik)([1-9])", text) or re.fullmatch(
                r"(?:heading|rubrik)([1-9])", sid)
            if m:
                return int(m.group(1))
            if text == "title" or sid == "title" or text == "rubrik":
                return 1
            outline = style.find(f"{_w('pPr')}/{_w('outlineLvl')}")
            if outline is not None and (outline.get(_w("val")) or "").isdigit():
                level = int(outline.get(_w("val"))) + 1
                if level <= 9:
                    return level
        return None

    def display_name(self, style_id: str | None) -> str:
        style = self.by_id.get(style_id or "")
        name = style.find(_w("name")) if style is not None else None
        return (name.get(_w("val")) if name is not None else "") or (style_id or "Normal")

    def is_list_style(self, style_id: str | None) -> bool:
        return any(s.find(f"{_w('pPr')}/{_w('numPr')}") is not None for s in self.chain(style_id))

    def prop(self, style_id: str | None, tag: str):
        """The first rPr ``tag`` element along the style chain, then the document default."""
        for style in self.chain(style_id):
            el = style.find(f"{_w('rPr')}/{_w(tag)}")
            if el is not None:
                return el
        if self.default_rpr is not None:
            return self.default_rpr.find(_w(tag))
        return None

    def lang(self) -> str:
        for rpr in (self.default_rpr,):
            if rpr is not None:
                el = rpr.find(_w("lang"))
                if el is not None and el.get(_w("val")):
                    return el.get(_w("val"))
        el = self.prop(self.default_paragraph_style(), "lang")
        return el.get(_w("val"), "") if el is not None else ""


# -- helpers --------------------------------------------------------------------------------------
def _text(el) -> str:
    parts = []
    for node in el.iter(_w("t"), _w("tab"), _w("br"), _w("delText")):
        if node.tag == _w("t"):
            parts.append(node.text or "")
        elif node.tag != _w("delText"):
            parts.append(" ")
    return "".join(parts)


def _excerpt(text: str, n: int = 50) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return f"”{text[:n]}…”" if len(text) > n else f"”{text}”"


def _luminance(hex_color: str) -> float:
    r, g, b = (int(hex_color[i:i + 2], 16) / 255 for i in (0, 2, 4))

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(fg: str, bg: str) -> float:
    a, b = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


_HEX = re.compile(r"^[0-9A-Fa-f]{6}$")
_HIGHLIGHT = {"yellow": "FFFF00", "green": "00FF00", "cyan": "00FFFF", "magenta": "FF00FF",
              "blue": "0000FF", "red": "FF0000", "darkBlue": "000080", "darkCyan": "008080",
              "darkGreen": "008000", "darkMagenta": "800080", "darkRed": "800000",
              "darkYellow": "808000", "darkGray": "808080", "lightGray": "C0C0C0",
              "black": "000000", "white": "FFFFFF"}
_MANUAL_LIST = re.compile(r"^\s*(?:[-–•*▪◦·]\s+|\(?\d{1,2}[.)]\s+|[a-zA-Z][.)]\s+)")
_VAGUE_LINKS = {"här", "klicka här", "läs mer", "länk", "länken", "mer", "mer information",
                "denna länk", "den här länken", "click here", "here", "read more", "link",
                "more", "this", "info"}
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.I)


def _shd_fill(parent) -> str | None:
    if parent is None:
        return None
    shd = parent.find(_w("shd"))
    if shd is None:
        return None
    fill = shd.get(_w("fill"), "")
    return fill.upper() if _HEX.match(fill) else None


# -- the check --------------------------------------------------------------------------------------
def check_file(path: str | Path) -> list[Finding]:
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DocumentUnreadable(f"{path} kan inte läsas: {exc.strerror or exc}.") from None
    if path.is_dir():
        raise DocumentUnreadable(f"{path} är en mapp. Ange en Word-fil (.docx).")
    if path.suffix.lower() == ".memo":
        raise DocumentUnreadable(
            f"{path.name} är en memofil, inte en Word-fil. Bygg Word-filen först "
            f"(memo-builder build {path.name} -o {path.stem}.docx) och kontrollera den.")
    if size > MAX_FILE_BYTES:
        raise DocumentUnreadable(
            f"{path.name} är {size // (1024 * 1024)} MB – större än {MAX_FILE_BYTES // (1024 * 1024)} "
            "MB, som en skrivelse aldrig är. Filen kontrolleras inte.")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentUnreadable(f"{path} kan inte läsas: {exc.strerror or exc}.") from None
    return check_bytes(data, path.name)


def check_bytes(data: bytes, name: str = "Dokumentet") -> list[Finding]:
    if len(data) > MAX_FILE_BYTES:
        raise DocumentUnreadable(f"{name} är större än {MAX_FILE_BYTES // (1024 * 1024)} MB och "
                                 "kontrolleras inte.")
    package = _Package(data, name)
    document = package.xml("word/document.xml")
    body = document.find(_w("body")) if document is not None else None
    if body is None:
        raise DocumentUnreadable(f"{name}: dokumentet saknar innehåll (w:body).")
    styles = _Styles(package.xml("word/styles.xml"))
    return _Checker(package, styles, body, document).run()


class _Checker:
    def __init__(self, package: _Package, styles: _Styles, body, document) -> None:
        self.package = package
        self.styles = styles
        self.body = body
        self.document = document
        self.findings: list[Finding] = []
        self._contrast_groups: dict[tuple, list[str]] = {}
        self._contrast_findings: dict[tuple, int] = {}
        self.heading = ""  # the heading the walk is under
        self.table_no = 0
        self.page_bg = "FFFFFF"
        background = document.find(_w("background"))
        if background is not None and _HEX.match(background.get(_w("color"), "")):
            self.page_bg = background.get(_w("color")).upper()

    def add(self, rule: str, where: str, message: str, fix: str) -> None:
        self.findings.append(Finding(rule, where, message, fix))

    def under(self, extra: str = "") -> str:
        parts = [f"under rubriken ”{self.heading}”" if self.heading else "i början av dokumentet"]
        if extra:
            parts.append(extra)
        return ", ".join(parts)

    def run(self) -> list[Finding]:
        self._properties()
        self._walk()
        self._links()
        return self.findings

    # properties
    def _properties(self) -> None:
        core = self.package.xml("docProps/core.xml")
        title = core.find("dc:title", NS) if core is not None else None
        if title is None or not (title.text or "").strip():
            self.add("title", "filens egenskaper", "Dokumentet saknar titel.",
                     "Skriv en titel under Arkiv > Information > Egenskaper > Titel.")
        if not self.styles.lang():
            self.add("language", "formatmallarna", "Dokumentets språk är inte angivet.",
                     "Markera allt och välj Granska > Språk > Ange språk för korrektur: svenska; "
                     "ange det även i mallen Normal.")

    # body
    def _walk(self) -> None:
        last_level = 0
        blocks = list(self.body)
        for index, block in enumerate(blocks):
            if block.tag == _w("tbl"):
                self.table_no += 1
                self._table(block)
                continue
            if block.tag != _w("p"):
                continue
            ppr = block.find(_w("pPr"))
            style_el = ppr.find(_w("pStyle")) if ppr is not None else None
            style = style_el.get(_w("val")) if style_el is not None else \
                self.styles.default_paragraph_style()
            text = _text(block)
            level = self.styles.heading_level(style)
            if ppr is not None and ppr.find(_w("outlineLvl")) is not None and level is None:
                value = ppr.find(_w("outlineLvl")).get(_w("val"), "9")
                level = int(value) + 1 if value.isdigit() and int(value) < 9 else None
            self._drawings(block)
            self._contrast(block, style, None, text)
            if not text.strip():
                if self._is_spacing(block, ppr, index, blocks):
                    self.add("empty-paragraphs", self.under(),
                             "Ett tomt stycke används som avstånd.",
                             "Ta bort det tomma stycket och ställ in avstånd före/efter i "
                             "styckeformatet i stället.")
                continue
            if level is not None:
                if level > last_level + 1:
                    self.add("headings", f"rubriken {_excerpt(text)}",
                             f"Rubriknivån hoppar från {last_level} till {level}." if last_level
                             else f"Den första rubriken har nivå {level}, inte 1.",
                             f"Använd Rubrik {last_level + 1} här, eller lägg in den saknade nivån.")
                last_level = level
                self.heading = re.sub(r"\s+", " ", text).strip()[:60]
                continue
            in_list = (ppr is not None and ppr.find(_w("numPr")) is not None) or \
                self.styles.is_list_style(style)
            if not in_list and _MANUAL_LIST.match(text):
                self.add("lists", self.under(f"stycket {_excerpt(text)}"),
                         "En lista är skriven med tecken eller siffror för hand.",
                         "Gör stycket till en riktig punkt- eller numrerad lista (Start > Punkter "
                         "eller Numrering).")
            if self._looks_like_heading(block, ppr, text, blocks, index):
                self.add("headings", self.under(f"stycket {_excerpt(text)}"),
                         "Texten ser ut som en rubrik men har ingen rubrikformatmall.",
                         "Ge stycket formatmallen Rubrik 1, 2 eller 3 i stället för fet stil.")

    def _is_spacing(self, p, ppr, index: int, blocks) -> bool:
        if p.find(f".//{_w('br')}[@{_w('type')}='page']") is not None:
            return False
        if p.find(f".//{_w('drawing')}") is not None or p.find(f".//{_w('pict')}") is not None:
            return False
        if p.find(f".//{_w('fldChar')}") is not None or p.find(f".//{_w('fldSimple')}") is not None:
            return False
        if ppr is not None and ppr.find(_w("sectPr")) is not None:
            return False
        rest = [b for b in blocks[index + 1:] if b.tag in (_w("p"), _w("tbl"))]
        return bool(rest)  # a final empty paragraph (Word needs one after a table) is fine

    def _looks_like_heading(self, p, ppr, text: str, blocks, index: int) -> bool:
        text = text.strip()
        if len(text) > 90 or text[-1:] in ".,;:!?)" or len(text.split()) > 12:
            return False
        runs = [r for r in p.findall(_w("r")) if _text(r).strip()]
        if not runs:
            return False
        for r in runs:
            rpr = r.find(_w("rPr"))
            b = rpr.find(_w("b")) if rpr is not None else None
            if b is None or b.get(_w("val"), "true") in ("0", "false", "off"):
                return False
        nxt = next((b for b in blocks[index + 1:] if b.tag == _w("p") and _text(b).strip()), None)
        if nxt is None or len(_text(nxt)) <= len(text):
            return False
        # A bold label right before a real heading (a document-type line) heads nothing.
        nxt_style = nxt.find(f"{_w('pPr')}/{_w('pStyle')}")
        return self.styles.heading_level(
            nxt_style.get(_w("val")) if nxt_style is not None else None) is None

    def _drawings(self, container) -> None:
        for doc_pr in container.iter(f"{{{NS['wp']}}}docPr"):
            decorative = doc_pr.find(".//adec:decorative", NS)
            if decorative is not None and decorative.get("val", "1") in ("1", "true"):
                continue
            if (doc_pr.get("descr") or "").strip() or (doc_pr.get("title") or "").strip():
                continue
            name = doc_pr.get("name") or "bild"
            self.add("alt-text", self.under(f"bilden ”{name}”"),
                     "En bild eller ett diagram saknar alternativtext.",
                     "Högerklicka på bilden > Visa alternativtext och beskriv vad den visar, "
                     "eller markera den som dekorativ.")
        for shape in container.iter(f"{{{NS['v']}}}shape"):
            if shape.find(f"{{{NS['v']}}}imagedata") is not None and not (shape.get("alt") or "").strip():
                self.add("alt-text", self.under("en äldre bild (VML)"),
                         "En bild saknar alternativtext.",
                         "Högerklicka på bilden > Visa alternativtext och beskriv den.")

    def _table(self, tbl) -> None:
        where = self.under(f"tabell {self.table_no}")
        rows = tbl.findall(_w("tr"))
        if len(rows) > 1:
            first = rows[0].find(_w("trPr"))
            if first is None or first.find(_w("tblHeader")) is None:
                self.add("tables", where, "Tabellen har ingen markerad rubrikrad.",
                         "Markera första raden och välj Tabellegenskaper > Rad > Upprepa som "
                         "rubrikrad överst på varje sida.")
        merged = False
        for tc in tbl.iter(_w("tc")):
            pr = tc.find(_w("tcPr"))
            if pr is None:
                continue
            span = pr.find(_w("gridSpan"))
            if (span is not None and span.get(_w("val"), "1") not in ("1", "0")) or \
                    pr.find(_w("vMerge")) is not None or pr.find(_w("hMerge")) is not None:
                merged = True
        if merged:
            self.add("tables", where, "Tabellen har sammanfogade celler.",
                     "Dela de sammanfogade cellerna (Layout > Dela celler) så att varje cell hör "
                     "till en rad och en kolumn.")
        tbl_style = tbl.find(f"{_w('tblPr')}/{_w('tblStyle')}")
        table_style = tbl_style.get(_w("val")) if tbl_style is not None else None
        for r_index, tr in enumerate(rows):
            for tc in tr.findall(_w("tc")):
                bg = _shd_fill(tc.find(_w("tcPr"))) or self._table_style_fill(table_style, r_index == 0)
                for p in tc.iter(_w("p")):
                    ppr = p.find(_w("pPr"))
                    style_el = ppr.find(_w("pStyle")) if ppr is not None else None
                    style = style_el.get(_w("val")) if style_el is not None else \
                        self.styles.default_paragraph_style()
                    self._contrast(p, style, bg, _text(p), where=where)
        self._drawings(tbl)

    def _table_style_fill(self, style_id: str | None, header: bool) -> str | None:
        for style in self.styles.chain(style_id):
            if header:
                for cond in style.findall(_w("tblStylePr")):
                    if cond.get(_w("type")) == "firstRow":
                        fill = _shd_fill(cond.find(_w("tcPr")))
                        if fill:
                            return fill
            fill = _shd_fill(style.find(_w("tcPr")))
            if fill:
                return fill
        return None

    def _contrast(self, p, style: str | None, cell_bg: str | None, text: str, where: str = "") -> None:
        if not text.strip():
            return
        ppr = p.find(_w("pPr"))
        para_bg = _shd_fill(ppr)
        worst: tuple[float, str, str] | None = None
        for r in p.iter(_w("r")):
            if not _text(r).strip():
                continue
            rpr = r.find(_w("rPr"))
            rstyle_el = rpr.find(_w("rStyle")) if rpr is not None else None
            rstyle = rstyle_el.get(_w("val")) if rstyle_el is not None else None

            def prop(tag: str, rpr=rpr, rstyle=rstyle):
                el = rpr.find(_w(tag)) if rpr is not None else None
                if el is None and rstyle:
                    for s in self.styles.chain(rstyle):
                        el = s.find(f"{_w('rPr')}/{_w(tag)}")
                        if el is not None:
                            break
                return el if el is not None else self.styles.prop(style, tag)

            color_el = prop("color")
            color = (color_el.get(_w("val")) if color_el is not None else "auto") or "auto"
            highlight = prop("highlight")
            bg = _shd_fill(rpr) or (_HIGHLIGHT.get(highlight.get(_w("val"), "")) if highlight is not None
                                    else None) or para_bg or cell_bg or self.page_bg
            if not _HEX.match(color):
                # "auto": Word picks black or white against the background.
                continue
            size_el = prop("sz")
            half_points = int(size_el.get(_w("val"), "22")) if size_el is not None and \
                (size_el.get(_w("val"), "") or "").isdigit() else 22
            bold_el = prop("b")
            bold = bold_el is not None and bold_el.get(_w("val"), "true") not in ("0", "false", "off")
            large = half_points >= 36 or (bold and half_points >= 28)
            ratio = contrast_ratio(color, bg)
            need = 3.0 if large else 4.5
            if ratio < need and (worst is None or ratio < worst[0]):
                worst = (ratio, color.upper(), bg)
        if worst is not None:
            ratio, color, bg = worst
            kind = "rubriken" if self.styles.heading_level(style) else "stycket"
            place = where or self.under(f"{kind} {_excerpt(text)}")
            # One finding per style and colour pair: a heading colour fails in every heading.
            group = self._contrast_groups.setdefault((style, color, bg), [])
            group.append(place)
            if len(group) == 1:
                self._contrast_findings[(style, color, bg)] = len(self.findings)
                self.add("contrast", place, "", "")
            index = self._contrast_findings[(style, color, bg)]
            style_name = self.styles.display_name(style)
            more = (f" Det gäller {len(group)} stycken med formatmallen ”{style_name}”."
                    if len(group) > 1 else "")
            self.findings[index] = Finding(
                "contrast", group[0],
                f"Textfärgen #{color} mot bakgrunden #{bg} har kontrasten "
                + f"{ratio:.1f}:1".replace(".", ",") + ", under kravet 4,5:1 (3:1 för stor text)."
                + more,
                ("Ändra färgen i formatmallen ”" + style_name + "” till en mörkare. " if more else
                 "Välj en mörkare textfärg eller ljusare bakgrund. ")
                + "Automatisk färg fungerar alltid.")

    # links
    def _links(self) -> None:
        rels_root = self.package.xml("word/_rels/document.xml.rels")
        targets = {}
        if rels_root is not None:
            for rel in rels_root.findall("rel:Relationship", NS):
                targets[rel.get("Id")] = rel.get("Target", "")
        heading = ""
        for el in self.body.iter(_w("p"), _w("hyperlink")):
            if el.tag == _w("p"):
                ppr = el.find(_w("pPr"))
                style_el = ppr.find(_w("pStyle")) if ppr is not None else None
                if style_el is not None and self.styles.heading_level(style_el.get(_w("val"))):
                    heading = re.sub(r"\s+", " ", _text(el)).strip()[:60]
                continue
            text = re.sub(r"\s+", " ", _text(el)).strip()
            target = targets.get(el.get(f"{{{NS['r']}}}id"), el.get(_w("anchor"), ""))
            where = (f"under rubriken ”{heading}”, " if heading else "") + f"länken {_excerpt(text or target)}"
            bare = text.lower().strip(" .:!»«”\"")
            if not text:
                self.add("links", where, "En länk saknar text.",
                         "Skriv en länktext som säger vart länken leder.")
            elif bare in _VAGUE_LINKS:
                self.add("links", where, "Länktexten säger inte vart länken leder.",
                         "Skriv vart länken leder, till exempel ”Stadens riktlinjer för molntjänster”.")
            elif _URL.match(text) and len(text) > 30:
                self.add("links", where, "Länktexten är en lång webbadress.",
                         "Skriv vart länken leder i stället för adressen.")


def summary_line(name: str, findings: list[Finding]) -> str:
    if not findings:
        return f"{name}: inga tillgänglighetsbrister hittades."
    return f"{name}: {len(findings)} tillgänglighetsbrister."
