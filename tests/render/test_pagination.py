"""Pages a board secretary signs off: what keeps with what, and units that never break.

Word paginates by the .docx's own properties, so those are tested first, by paragraph role:
headings, labels, lead-ins and assessment lines keep with the next paragraph, table rows never
split and long tables repeat their header row, signatures keep with the text before them, and
units carry no-break spaces and hyphens. LibreOffice is then a second reader with some
tolerance: every profile, the public version and a draft, laid out and read back page by page.

The memo is a region's, not the shipped example's: another organisation, other bodies, a case
number with a series, and the official's own text full of dates, case numbers and law
references at every offset, so some would fall at a line end.
"""

from __future__ import annotations

import copy
import io
import re
import subprocess

import pytest
from lxml import etree

from memo_builder.render.pipeline import build_docx
from memo_builder.render.profile import load_profile
from tests.helpers import convert_to_pdf, example_memo, require_soffice

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PROFILES = ("goteborg", "kommun", "malmo", "stockholm")

UNITS_TEXT = (
    "Beslutet 2018-03-23 i ärende DI-2023-1647 (från 2021-12-01) gäller enligt 10 kap. 2 a § "
    "OSL, och priset är 1 250 kr à 120 kr per licens för 45 000 användare. Avtalet löper från "
    "den 1 december 2021 till den 30 november 2024 och kostar cirka 66,4 miljoner kronor, "
    "à 289,50 kr per licens."
)
_MONTH = r"(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)"


def region_memo():
    memo = copy.deepcopy(example_memo())
    case = memo.case
    case.organisation = "Region Västerbotten"
    case.administration = "Regionkontoret"
    case.board = "Regionstyrelsen"
    case.diarienummer = "RS 2026/0211"
    # The official's own text: the same sentence at every offset of a line.
    memo.background = "\n\n".join("x" * k + " " + UNITS_TEXT for k in range(1, 40, 3))
    return memo


def _docx(memo, profile: str, **kwargs) -> bytes:
    out = io.BytesIO()
    build_docx(memo, out, load_profile(profile), **kwargs)
    return out.getvalue()


def _body(data: bytes):
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read("word/document.xml")).find(W + "body")


def _text(p) -> str:
    out = []
    for el in p.iter(W + "t", W + "noBreakHyphen", W + "tab", W + "br"):
        out.append(el.text or "" if el.tag == W + "t" else "\u2011" if
                   el.tag == W + "noBreakHyphen" else " ")
    return "".join(out)


def _has(p, tag: str) -> bool:
    ppr = p.find(W + "pPr")
    return ppr is not None and ppr.find(W + tag) is not None


@pytest.mark.parametrize("profile", PROFILES)
def test_labels_lead_ins_and_assessments_keep_with_what_follows(profile):
    body = _body(_docx(region_memo(), profile))
    blocks = [el for el in body if el.tag in (W + "p", W + "tbl")]
    checked = 0
    for el, nxt in zip(blocks, blocks[1:], strict=False):
        if el.tag != W + "p":
            continue
        text = _text(el).strip()
        style = el.find(f"{W}pPr/{W}pStyle")
        heading = style is not None and style.get(W + "val", "").startswith("Heading")
        label = text.endswith(":") or text.startswith("Förvaltningens bedömning")
        lead_in = nxt.tag == W + "tbl" and text
        if heading or label or lead_in:
            checked += 1
            assert _has(el, "keepNext"), f"{profile}: {text[:60]!r} lämnas ensam vid sidfot"
    assert checked > 20


@pytest.mark.parametrize("profile", PROFILES)
def test_table_rows_never_split_and_long_tables_repeat_their_header(profile):
    body = _body(_docx(region_memo(), profile))
    tables = body.findall(W + "tbl")
    assert tables
    for tbl in tables:
        rows = tbl.findall(W + "tr")
        for tr in rows:
            assert tr.find(f"{W}trPr/{W}cantSplit") is not None
        assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None


@pytest.mark.parametrize("profile", PROFILES)
def test_signatures_keep_with_the_text_before_them(profile):
    # The signatures close the paragraph they sign, kept together: a keep-with-next between
    # them is one LibreOffice drops when the text fills its page to the last line, and the
    # names opened a last page of their own.
    memo = region_memo()
    body = _body(_docx(memo, profile))
    paragraphs = body.findall(W + "p")
    names = [s.name for s in memo.signatures if s.name]
    assert len(names) == 2
    signed = [i for i, p in enumerate(paragraphs) if names[0] in _text(p)]
    assert len(signed) == 1
    p = paragraphs[signed[0]]
    text = _text(p)
    assert text.index(names[0]) < text.index(names[1])  # both names, one paragraph
    assert _has(p, "keepLines") and p.find(f"{W}r/{W}br") is not None
    if text.startswith(names[0]):
        # After a list (Bilagor): its last item keeps with the names.
        before = paragraphs[signed[0] - 1]
        assert _role(before).startswith("List") and _has(before, "keepNext")
    else:
        assert profile in ("malmo", "stockholm")  # the text they sign, in one paragraph


def test_signatures_after_a_list_a_note_or_a_long_text_stay_their_own():
    from memo_builder.render import tree
    from memo_builder.render.pipeline import (
        SIGNED_TEXT_LIMIT,
        SIGNING_ROOM_LINES,
        signatures_with_their_text,
    )

    def sig(name):
        return tree.Paragraph([tree.Run(name), tree.Break(), tree.Run("Direktör")],
                              css="signature")

    short = tree.Paragraph([tree.Run("Samverkan har skett.")])
    joined = signatures_with_their_text(tree.Document([short, sig("A"), sig("B")])).blocks
    assert len(joined) == 1 and "signed" in joined[0].css.split()
    room = "\n" * (SIGNING_ROOM_LINES + 1)
    assert tree.inline_text(joined[0].inlines) == \
        f"Samverkan har skett.{room}A\nDirektör{room}B\nDirektör"
    long = tree.Paragraph([tree.Run("x" * (SIGNED_TEXT_LIMIT + 1))])
    items = tree.ListBlock(ordered=True, items=[[tree.Run("Bilaga")]])
    note = tree.Paragraph([tree.Run("Not.")], css="small")
    for before in (long, items, note):
        blocks = signatures_with_their_text(tree.Document([before, sig("A"), sig("B")])).blocks
        assert blocks[0] == before and len(blocks) == 2 and blocks[1].css == "signature"
        assert tree.inline_text(blocks[1].inlines) == f"A\nDirektör{room}B\nDirektör"
    one = [items, sig("A")]
    assert signatures_with_their_text(tree.Document(one)).blocks == one


# An empty line of 11 pt text at 1.15 line spacing, as Word and LibreOffice set Arial: about
# 14 pt. A pen needs three of them above a name (about 15 mm); one was not enough to sign in.
_LINE_PT = 14
_SIGNING_ROOM_PT = 3 * _LINE_PT


def _styles(data: bytes):
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read("word/styles.xml"))


def _space_before_pt(p, styles) -> float:
    """Spacing before the paragraph, in points: its own, else its style's (or the style's
    base's)."""
    spacing = p.find(f"{W}pPr/{W}spacing")
    if spacing is not None and spacing.get(W + "before") is not None:
        return int(spacing.get(W + "before")) / 20
    style_id = _role(p)
    while style_id:
        style = styles.find(f"{W}style[@{W}styleId='{style_id}']")
        if style is None:
            break
        spacing = style.find(f"{W}pPr/{W}spacing")
        if spacing is not None and spacing.get(W + "before") is not None:
            return int(spacing.get(W + "before")) / 20
        based = style.find(W + "basedOn")
        style_id = based.get(W + "val") if based is not None else ""
    return 0.0


@pytest.mark.parametrize("profile", PROFILES)
def test_every_signature_has_room_to_sign_above_the_name(profile):
    # Joined to the text they sign, the names each followed one empty line (two line breaks):
    # five millimetres, no room for a pen. The room is line breaks inside the one paragraph
    # (kept together) and, where a name opens its paragraph, the style's spacing before.
    memo = region_memo()
    data = _docx(memo, profile)
    styles = _styles(data)
    names = [s.name for s in memo.signatures if s.name]
    checked = 0
    for p in _body(data).findall(W + "p"):
        items = []  # "br", or the text of a run
        for r in p.findall(W + "r"):
            if r.find(W + "br") is not None:
                items.append("br")
            text = "".join(t.text or "" for t in r.findall(W + "t"))
            if text:
                items.append(text)
        for k, item in enumerate(items):
            if item not in names:
                continue
            checked += 1
            breaks = 0
            while k - breaks - 1 >= 0 and items[k - breaks - 1] == "br":
                breaks += 1
            if breaks == k:  # the name opens its paragraph (or only breaks come before it)
                room = _space_before_pt(p, styles) + breaks * _LINE_PT
            else:
                room = (breaks - 1) * _LINE_PT
            assert room >= _SIGNING_ROOM_PT, f"{profile}: {item}: {room} pt att skriva under på"
        if any(n in items for n in names):
            assert _has(p, "keepLines")
    assert checked == len(names) == 2


def _line_boxes(pdf) -> list[tuple[str, float, float]]:
    """Every line of the PDF's text as (text, top, bottom) in points, page after page (each
    page offset by a page's height, so the order is the reading order)."""
    html = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    root = etree.fromstring(html.encode(), etree.HTMLParser())
    out = []
    for n, page in enumerate(root.iter("page")):
        offset = n * float(page.get("height"))
        for line in page.iter("line"):
            words = " ".join(w.text or "" for w in line.iter("word"))
            out.append((words, float(line.get("ymin")) + offset, float(line.get("ymax")) + offset))
    return out


@pytest.mark.parametrize("profile", PROFILES)
def test_libreoffice_leaves_room_to_sign_above_every_name(tmp_path, profile):
    require_soffice()
    memo = region_memo()
    path = tmp_path / f"{profile}.docx"
    path.write_bytes(_docx(memo, profile))
    lines = _line_boxes(convert_to_pdf(path, tmp_path))
    for signature in memo.signatures:
        k = next(i for i, line in enumerate(lines) if line[0] == signature.name)
        gap = lines[k][1] - lines[k - 1][2]
        assert gap >= _SIGNING_ROOM_PT, f"{profile}: {gap:.0f} pt ovanför {signature.name}"


def test_a_label_opens_its_texts_paragraph_with_orphan_control():
    memo = region_memo()
    body = _body(_docx(memo, "kommun"))
    labelled = [p for p in body.findall(W + "p")
                if _text(p).split(" ")[0] in ("Fördelar:", "Nackdelar:", "Finansiering:")]
    assert len(labelled) >= 4
    for p in labelled:
        # The label on a line of its own, the text after it, in one paragraph: orphan control
        # keeps the label with the text's first line, in Word and in LibreOffice.
        first_run = p.find(W + "r")
        assert first_run.find(f"{W}rPr/{W}b") is not None
        assert p.find(f"{W}r/{W}br") is not None and len(_text(p)) > len("Nackdelar: ")
        assert _has(p, "widowControl") and not _has(p, "keepNext")


@pytest.mark.parametrize("profile", PROFILES)
def test_every_paragraph_has_widow_and_orphan_control(profile):
    data = _docx(region_memo(), profile)
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        styles = etree.fromstring(z.read("word/styles.xml"))
    assert styles.find(f"{W}docDefaults/{W}pPrDefault/{W}pPr/{W}widowControl") is not None or \
        styles.find(f"{W}style[@{W}styleId='Normal']/{W}pPr/{W}widowControl") is not None


@pytest.mark.parametrize("profile", PROFILES)
def test_units_never_break_in_the_word_file(profile):
    body = _body(_docx(region_memo(), profile, public=False))
    text = "\n".join(_text(p) for p in body.iter(W + "p"))
    assert "2018\u201103\u201123" in text and "DI\u20112023\u20111647" in text
    for bad in (r"\d{4}-\d{2}-\d{2}", r"[A-Z]{2}-\d{4}", r"\d kap\.", r"kap\. \d", r"\d [a-z]? ?§",
                r"§ OSL", r"\d kr\b", r"\d tkr\b", r"à \d", r"\d \d{3}\b", r"RS \d",
                rf"\d {_MONTH}", rf"{_MONTH} \d{{4}}", r"\bden \d", r"cirka \d", r"miljoner kronor"):
        found = re.search(bad, text)
        assert found is None, f"{profile}: {bad!r} kan brytas: {text[max(found.start()-30, 0):found.end()+30]!r}"


# --- The second reader: LibreOffice lays the pages out ---

_LABEL_END = re.compile(r"(:|Hög\.|Medel\.|Låg\.)$")
_BROKEN = (
    (re.compile(r"\d{4}-(\d{2}-?)?$"), re.compile(r"^\d")),  # 2018-03-/23
    (re.compile(r"[A-ZÅÄÖ]{1,6}-(\d+-)?$"), re.compile(r"^\d")),  # DI-2023-/1647
    # (a line of running text, not a table cell or a chart's axis label alone)
    (re.compile(r"^(?=.*[a-zåäö]{3}).*(\bkap\.|\d)$"), re.compile(r"^(§|kap\.|kr\b|tkr\b|%|[a-z] §)")),
    (re.compile(r"\bkap\.$|§$|\bà$|\bRS$"), re.compile(r"^[\dA-Z]")),
    (re.compile(r"(?<![\d,])\d{1,2}$"), re.compile(rf"^{_MONTH}\b")),  # 1 /december 2021
    (re.compile(rf"\b{_MONTH}$"), re.compile(r"^\d{4}\b")),  # 1 december /2021
    (re.compile(r"\b([Dd]en|[Cc]irka|ca)$"), re.compile(r"^\d")),  # den /1 juli, cirka /66,4
    (re.compile(r"\b(miljoner|miljarder)$"), re.compile(r"^(kronor|euro)\b")),
)


def _pages(pdf) -> list[list[str]]:
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    pages = []
    for page in text.split("\f"):
        lines = [line.replace("\u00a0", " ").strip() for line in page.splitlines()]
        lines = [line for line in lines if line]
        if not lines:
            continue
        # The running header is the first line; the page number "n (N)" the last.
        body = lines[1:]
        if body and re.fullmatch(r"\d+ \(\d+\)", body[-1]):
            body = body[:-1]
        pages.append(body)
    return pages


def _paragraph_texts(data: bytes) -> tuple[set[str], set[str]]:
    """The text of every body paragraph the .docx keeps with the next one (headings, labels,
    lead-ins, assessment lines) and of every other one, as pdftotext prints them; list items
    are left out (the first of two keeps with the second)."""
    kept, free = set(), set()
    for p in _body(data).findall(W + "p"):
        if p.find(f"{W}pPr/{W}numPr") is not None or _role(p).startswith("List"):
            continue
        text = _text(p).replace("\u00a0", " ").replace("\u2011", "-").strip()
        if text:
            (kept if _has(p, "keepNext") else free).add(text)
    return kept, free


def _ends_a_kept_paragraph(last: str, texts: tuple[set[str], set[str]]) -> bool:
    """Whether a page's last line is the end of a paragraph kept with the next one. A line
    that may as well end a free paragraph ("(saknas)", "Ej bedömt.") cannot be told apart by
    its text: it does not count."""
    kept, free = texts
    if len(last) <= 2:
        return False
    return any(k.endswith(last) for k in kept) and not any(f.endswith(last) for f in free)


@pytest.mark.parametrize("memo_kind", ["example", "region"])
@pytest.mark.parametrize("variant", [*PROFILES, "public", "draft"])
def test_libreoffice_pages_have_no_orphan_label_no_empty_last_page_no_broken_unit(
        tmp_path, variant, memo_kind):
    require_soffice()
    memo = region_memo() if memo_kind == "region" else example_memo()
    profile = variant if variant in PROFILES else "goteborg"
    path = tmp_path / f"{variant}.docx"
    data = _docx(memo, profile, public=variant == "public", draft=variant == "draft")
    path.write_bytes(data)
    texts = _paragraph_texts(data)
    assert len(texts[0]) > 20
    pages = _pages(convert_to_pdf(path, tmp_path))
    assert len(pages) >= 2
    assert len(pages[-1]) >= 5, f"{variant}: sista sidan har bara {pages[-1]}"
    for n, page in enumerate(pages[:-1], start=1):
        assert page, f"{variant}: sidan {n} är tom"
        last = page[-1].replace("\u2011", "-")
        assert not _LABEL_END.search(last), f"{variant}: sidan {n} slutar med {last!r}"
        # A heading, a label, a lead-in or an assessment line ends the page: what it keeps
        # with opens the next one.
        assert not _ends_a_kept_paragraph(last, texts), \
            f"{variant}: sidan {n} slutar med {last!r}, ensam vid sidfoten"
    lines = [line for page in pages for line in page]
    for a, b in zip(lines, lines[1:], strict=False):
        for end, start in _BROKEN:
            assert not (end.search(a) and start.search(b)), f"{variant}: bruten enhet {a!r} / {b!r}"


def _role(p) -> str:
    style = p.find(f"{W}pPr/{W}pStyle")
    return style.get(W + "val", "") if style is not None else ""


@pytest.mark.parametrize("profile", PROFILES)
def test_a_note_under_a_table_stays_with_the_table_not_with_what_follows(profile):
    # Kept with the next paragraph, "Alternativ 3 kostar därtill …" took the chart's lead-in
    # and the chart with it to the next page, and left a third of a page empty.
    body = _body(_docx(region_memo(), profile))
    blocks = [el for el in body if el.tag in (W + "p", W + "tbl")]
    notes = [p for prev, p in zip(blocks, blocks[1:], strict=False)
             if prev.tag == W + "tbl" and p.tag == W + "p" and _role(p) == "MemoSmall"]
    assert notes
    for p in notes:
        assert not _has(p, "keepNext"), _text(p)[:60]


@pytest.mark.parametrize("profile", PROFILES)
def test_a_list_never_leaves_its_last_item_alone_and_the_last_section_takes_company(profile):
    body = _body(_docx(region_memo(), profile))
    paragraphs = body.findall(W + "p")
    runs, current = [], []
    for p in paragraphs:  # runs of list paragraphs
        if p.find(f"{W}pPr/{W}numPr") is not None or _role(p).startswith("List"):
            current.append(p)
        elif current:
            runs.append(current)
            current = []
    long_lists = [r for r in runs if len(r) >= 3]
    assert long_lists
    for items in long_lists:
        assert _has(items[-2], "keepNext"), _text(items[-2])[:60]
    # The paragraph before the memo's last heading goes with the last section, unless it is
    # its section's only paragraph and the signatures follow the last section (they give the
    # last page its company; a chain of two kept paragraphs LibreOffice does not carry).
    headings = [i for i, p in enumerate(paragraphs) if _role(p).startswith("Heading")]
    before = paragraphs[headings[-1] - 1]
    alone = _role(paragraphs[headings[-1] - 2]).startswith("Heading")
    names = [s.name for s in region_memo().signatures if s.name]
    signed = any(names[0] in _text(p) for p in paragraphs[headings[-1]:])
    assert _has(before, "keepNext") != (alone and signed), _text(before)[:60]


def test_the_notes_under_a_table_are_one_paragraph_kept_with_its_last_row():
    # Two options each with a "därtill" note under the difference table: one paragraph, a line
    # each, so none opens the next page apart from the table (social_2024 has two).
    from tests.render.test_read_through import social_2024

    body = _body(_docx(social_2024(), "goteborg"))
    blocks = [el for el in body if el.tag in (W + "p", W + "tbl")]
    after = [(t, p) for t, p in zip(blocks, blocks[1:], strict=False)
             if t.tag == W + "tbl" and p.tag == W + "p" and "därtill" in _text(p)]
    assert after
    tbl, note = after[0]
    assert _text(note).count("därtill") == 2 and note.find(f"{W}r/{W}br") is not None
    last_row = tbl.findall(W + "tr")[-1]
    assert all(_has(p, "keepNext") for p in last_row.iter(W + "p"))


@pytest.mark.parametrize("profile", PROFILES)
def test_a_table_or_a_list_before_the_last_section_goes_with_it_without_signatures(profile):
    # social_2024 has no signatures: "Beslutsunderlag" and its one item were alone on a last
    # page after the consequences table.
    from tests.render.test_read_through import social_2024

    memo = social_2024()
    assert not [s for s in memo.signatures if s.name]
    body = _body(_docx(memo, profile))
    blocks = [el for el in body if el.tag in (W + "p", W + "tbl")]
    last_heading = max(i for i, el in enumerate(blocks)
                       if el.tag == W + "p" and _role(el).startswith("Heading"))
    before = blocks[last_heading - 1]
    if before.tag == W + "tbl":
        assert all(_has(p, "keepNext") for p in before.findall(W + "tr")[-1].iter(W + "p"))
    else:
        assert _has(before, "keepNext"), _text(before)[:60]
