"""The board's version and the public version of a memo with confidential marks."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile

import pytest

from memo_builder.files import storage
from memo_builder.files.paths import example_memo_path
from memo_builder.model.memo import SecrecyMark, SecretKind
from memo_builder.model.problems import Level
from memo_builder.model.secrecy import is_osl_ground
from memo_builder.publish.service import ExportRequest, export
from tests.helpers import (
    convert_to_pdf,
    docx_paragraph_texts,
    docx_tables,
    example_memo,
    pdf_text,
    require_soffice,
    validate,
)

LOCKBOX = "d835372321b2"  # the example's Customer Lockbox line


def plain(text: str) -> str:
    """Text as read aloud: the no-break spaces that bind a unit read as spaces."""
    return text.replace("\u00a0", " ")


def texts(data: bytes) -> list[str]:
    """Paragraph texts as read: the Word file binds units with no-break spaces, and a withheld
    text must be found however its spaces are written."""
    return [plain(t) for _s, t in docx_paragraph_texts(io.BytesIO(data))]


def all_xml(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        out = []
        for name in z.namelist():
            raw = z.read(name)
            if name.endswith(".xlsx"):
                with zipfile.ZipFile(io.BytesIO(raw)) as inner:
                    out += [inner.read(n).decode() for n in inner.namelist()]
            elif name.endswith((".xml", ".rels")):
                out.append(raw.decode())
        return "\n".join(out)


def build(memo, **kw) -> bytes:
    return export(memo, request=ExportRequest(**kw)).data


def test_the_example_marks_the_lockbox_price_as_a_business_relation():
    memo = example_memo()
    (mark,) = memo.secrecy.marks
    assert (mark.kind, mark.target, mark.ground) == (SecretKind.UNIT_PRICE, LOCKBOX,
                                                     "31 kap. 16 § OSL")
    assert not [p for p in validate(memo) if p.level is Level.ERROR]


def test_board_version_carries_the_sekretessmarkering_and_marks_the_item():
    data = build(example_memo())
    paragraphs = texts(data)
    marking = next(p for p in paragraphs if p.startswith("Sekretessmarkering"))
    # OSL 5 kap. 5 §: the provision, the date of the marking and the authority that made it.
    # (law references are bound with no-break spaces: render/typography.py)
    assert "31 kap. 16 § OSL" in plain(marking) and "2018-04-26" in marking and "Intraservice" in marking
    assert paragraphs.index(marking) < 6  # on page one, right under the title
    cells = [c for t in docx_tables(io.BytesIO(data)) for r in t for c in r]
    lockbox = next(c for c in cells if c.startswith("Customer Lockbox"))
    assert "18\u00a0EUR/år" in lockbox and "[Sekretess enligt 31 kap. 16 § OSL]" in plain(lockbox)


def test_public_version_replaces_the_price_and_what_reveals_it():
    board, public = build(example_memo()), build(example_memo(), public=True)
    paragraphs = texts(public)
    statement = next(p for p in paragraphs if p.startswith("Offentlig version"))
    assert "31 kap. 16 § OSL" in plain(statement) and "priser per enhet" in statement
    assert not any(p.startswith("Sekretessmarkering") for p in paragraphs)
    cells = [c for t in docx_tables(io.BytesIO(public)) for r in t for c in r]
    lockbox = next(c for c in cells if c.startswith("Customer Lockbox"))
    assert "18\u00a0EUR" not in lockbox and "(sekretess)" in lockbox
    # The Lockbox line is 8 343 tkr; option 1's total 359 662 tkr; option 2 is 8 343 tkr
    # cheaper than the baseline: none of these may stand anywhere in the public file.
    board_xml, public_xml = all_xml(board), all_xml(public)
    for secret in ("8\u00a0343", "359\u00a0662"):
        assert secret in board_xml
    for secret in ("8 343", "8\u00a0343", "8343", "359 662", "359\u00a0662", "359662"):
        assert secret not in public_xml
    # The layout is otherwise the same: the same headings in the same order.
    heads = [t for s, t in docx_paragraph_texts(io.BytesIO(board)) if s.startswith("Heading")]
    assert heads == [t for s, t in docx_paragraph_texts(io.BytesIO(public))
                     if s.startswith("Heading")]


def test_public_chart_and_alt_text_leave_out_the_withheld_bars():
    public = all_xml(build(example_memo(), public=True))
    assert "totalen omfattas av sekretess" in public
    assert "359662" not in public and "359 662" not in public


def test_public_version_without_marks_says_so_and_is_otherwise_the_same():
    memo = example_memo()
    memo.secrecy.marks.clear()
    board, public = texts(build(memo)), texts(build(memo, public=True))
    extra = [p for p in public if p not in board]
    # It says that nothing was marked, never that nothing is confidential (the program cannot
    # know that).
    assert len(extra) == 1 and "har markerats som sekretess" in extra[0]
    assert "inga uppgifter som omfattas" not in extra[0].lower()
    assert [p for p in public if p != extra[0]] == board


def test_draft_public_version_is_marked_utkast():
    memo = example_memo()
    memo.summary = ""  # an error: only a draft can be built
    paragraphs = texts(build(memo, public=True, draft=True))
    assert paragraphs[0].startswith("UTKAST")
    assert any(p.startswith("Offentlig version") for p in paragraphs)


def test_a_mark_without_ground_is_an_error_at_the_item():
    memo = example_memo()
    memo.secrecy.marks[0].ground = "  "
    errors = [p for p in validate(memo) if p.level is Level.ERROR]
    assert [p.path for p in errors] == ["options[0].cost_lines[2].unit_price"]
    assert "saknar grund" in errors[0].message


@pytest.mark.parametrize("ground", ["hemligt", "OSL", "31 kap 16 §", "Sekretess enligt avtal"])
def test_a_ground_that_is_not_an_osl_provision_is_a_warning(ground):
    memo = example_memo()
    memo.secrecy.marks[0].ground = ground
    problems = [p for p in validate(memo) if p.path == "options[0].cost_lines[2].unit_price"]
    assert [p.level for p in problems] == [Level.WARNING]
    assert "inte en bestämmelse" in problems[0].message


def test_osl_grounds():
    for ok in ("31 kap. 16 § OSL", "19 kap. 3 § andra stycket OSL", "18 kap. 8 § 1 p. OSL",
               "21 kap. 7 § offentlighets- och sekretesslagen (2009:400)", "19 kap 3 § osl"):
        assert is_osl_ground(ok), ok
    assert not is_osl_ground("2 kap. 1 § TF")


def test_validation_names_the_figures_withheld_because_of_the_rule():
    problems = [p for p in validate(example_memo()) if "utelämnar också" in p.message]
    assert problems and problems[0].path == "options[0].cost_lines"
    assert "totalt" in problems[0].message


def test_marking_everything_still_builds_both_versions():
    memo = example_memo()
    marks = memo.secrecy.marks
    for option in memo.options:
        marks.append(SecrecyMark(kind=SecretKind.OPTION_COSTS, target=option.id,
                                 ground="19 kap. 3 § OSL"))
        marks.append(SecrecyMark(kind=SecretKind.OPTION_DESCRIPTION, target=option.id,
                                 ground="31 kap. 16 § OSL"))
        for line in option.cost_lines:
            for kind in (SecretKind.UNIT_PRICE, SecretKind.VOLUME, SecretKind.AMOUNT):
                marks.append(SecrecyMark(kind=kind, target=line.id, ground="31 kap. 16 § OSL"))
    marks.append(SecrecyMark(kind=SecretKind.BACKGROUND, paragraph=0, ground="18 kap. 8 § OSL"))
    for c in memo.caveats:
        marks.append(SecrecyMark(kind=SecretKind.LEGAL_ASSESSMENT, target=c.id,
                                 ground="18 kap. 8 § OSL"))
    for a in memo.attachments:
        marks.append(SecrecyMark(kind=SecretKind.ATTACHMENT, target=a.id, ground="18 kap. 8 § OSL"))
    build(memo)
    public = build(memo, public=True)
    paragraphs = texts(public)
    assert "Uppgiften omfattas av sekretess enligt 19 kap. 3 § OSL." in paragraphs
    assert "Uppgiften omfattas av sekretess enligt 18 kap. 8 § OSL." in paragraphs
    assert memo.background.split("\n\n")[0] not in "\n".join(paragraphs)
    for c in memo.caveats:
        if c.reasoning.strip():
            assert c.reasoning.split("\n\n")[0] not in "\n".join(paragraphs)
    assert "kr/år" not in all_xml(public).replace("kr/år.", "")


def test_one_background_paragraph_is_withheld_and_the_others_are_shown():
    memo = example_memo()
    first, second, *_ = memo.background.split("\n\n")
    memo.secrecy.marks.append(SecrecyMark(kind=SecretKind.BACKGROUND, paragraph=2,
                                          ground="19 kap. 3 § OSL"))
    board, public = "\n".join(texts(build(memo))), "\n".join(texts(build(memo, public=True)))
    assert first in public and second not in public
    assert "[Sekretess enligt 19 kap. 3 § OSL] " + second in board


def test_memo_files_without_marks_open_unchanged(tmp_path):
    doc = json.loads(example_memo_path().read_text(encoding="utf-8"))
    doc["schema_version"] = 2
    del doc["memo"]["secrecy"]
    path = tmp_path / "v2.memo"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    memo = storage.load(path)
    assert memo.secrecy.marks == [] and memo.secrecy.authority == ""
    reference = example_memo()
    reference.secrecy.marks.clear()
    assert memo == reference
    assert build(memo, now=None) is not None


def test_cli_build_public(tmp_path):
    out = tmp_path / "public.docx"
    run = subprocess.run([sys.executable, "-m", "memo_builder.cli", "build",
                          str(example_memo_path()), "--public", "-o", str(out)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert "offentlig version" in run.stdout
    assert any(p.startswith("Offentlig version") for p in texts(out.read_bytes()))


def test_both_versions_convert_in_libreoffice(tmp_path):
    require_soffice()
    for name, public in (("board", False), ("public", True)):
        path = tmp_path / f"{name}.docx"
        path.write_bytes(build(example_memo(), public=public))
        text = pdf_text(convert_to_pdf(path, tmp_path))
        flat = " ".join(text.split())
        if public:
            assert "Offentlig version" in flat and "Sekretess" in flat
            assert "8 343" not in flat and "359 662" not in flat
        else:
            assert "Sekretessmarkering" in flat and "8 343" in flat
