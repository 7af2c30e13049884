"""Hostile files: broken memo files and broken organisation profiles.

Each case must give one clear Swedish message that names the file or profile and says what is
wrong, with no traceback; nothing may be written where it should not be; and the program must
stay usable: a good memo builds right after, in the same process.
"""

from __future__ import annotations

import io
import os
import shutil
import struct
import zipfile
import zlib
from functools import cache
from pathlib import Path

import docx
import pytest

from memo_builder import cli
from memo_builder.files import storage
from memo_builder.files.paths import example_memo_path, templates_dir
from memo_builder.render import profile as profile_module
from memo_builder.render.pipeline import build_docx
from memo_builder.render.profile import ProfileError, load_profile

DATA = Path(__file__).resolve().parent.parent / "data" / "hostile"

# file name -> words the message must contain (besides the file name)
MEMO_CORPUS = {
    "truncated.memo": ["skadad eller ofullständig", "rad"],
    "wrong_type_title.memo": ["memo.case.title", "förväntade text"],
    "wrong_type_options.memo": ["memo.options", "förväntade en lista"],
    "wrong_type_amount.memo": ["memo.options[0].cost_lines[0].unit_price", "belopp"],
    "unknown_category.memo": ["category", "okänt värde 'bitcoin'"],
    "bool_as_year.memo": ["first_year", "heltal"],
    "impossible_date.memo": ["memo.case.memo_date", "datum"],
    "huge_amount.memo": ["unit_price", "orimligt stort"],
    "huge_year.memo": ["first_year", "orimligt stort"],
    "newer_schema.memo": ["nyare version", "99", "Uppdatera programmet"],
    "string_schema.memo": ["versionsnummer"],
    "missing_body.memo": ["saknar innehåll"],
    "other_json.json": ["inte en memofil"],
    "top_level_list.memo": ["inte en memofil"],
    "nan_amount.memo": ["unit_price", "ändligt tal"],
    "not_utf8.memo": ["UTF-8"],
    "utf16.memo": ["UTF-8"],
    "empty.memo": ["är tom"],
    "whitespace_only.memo": ["är tom"],
    "nul_bytes.memo": ["skadad eller ofullständig"],
}


def _nested(n: int) -> bytes:
    return b"[" * n + b"]" * n


def _nested_in_body(n: int) -> bytes:
    return (
        b'{"format": "memo-builder/memo", "schema_version": 1, "memo": {"summary": '
        + _nested(n)
        + b"}}"
    )


def _zip_memo() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("memo.json", example_memo_path().read_bytes())
    return buffer.getvalue()


def _huge_integer() -> bytes:
    text = example_memo_path().read_text(encoding="utf-8")
    return text.replace('"lead_time_months": 0', '"lead_time_months": ' + "9" * 5000, 1).encode()


# Made at test time: name -> (maker(path), words)
GENERATED = {
    "hundred_mb.memo": (lambda p: _sparse(p, 100 * 1024 * 1024), ["100 MB", "för stor"]),
    "nested_100000.memo": (lambda p: p.write_bytes(_nested(100_000)), ["för djupt nästlad"]),
    "nested_in_body.memo": (lambda p: p.write_bytes(_nested_in_body(50_000)), ["nästlad"]),
    "really_a_zip.memo": (lambda p: p.write_bytes(_zip_memo()), ["zip"]),
    "huge_integer.memo": (lambda p: p.write_bytes(_huge_integer()), ["orimligt många siffror"]),
    "x.memo": (lambda p: p.mkdir(), ["är en mapp"]),
    "pipe.memo": (lambda p: os.mkfifo(p), ["ingen vanlig fil"]),
}


def _sparse(path: Path, size: int) -> None:
    with path.open("wb") as fh:  # sparse: 100 MB on paper, nothing on disk, instant
        fh.truncate(size)


def _memo_case(name: str, folder: Path) -> tuple[Path, list[str]]:
    if name in MEMO_CORPUS:
        path = folder / name
        shutil.copy(DATA / "memos" / name, path)
        return path, MEMO_CORPUS[name]
    maker, words = GENERATED[name]
    path = folder / name
    maker(path)
    return path, words


ALL_MEMO_CASES = sorted(MEMO_CORPUS) + sorted(GENERATED)


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def assert_usable(tmp_path: Path, capsys) -> None:
    """A good memo builds right after, in the same process, and the Word file reopens."""
    out = tmp_path / "after" / "good.docx"
    out.parent.mkdir(exist_ok=True)
    assert cli.main(["build", str(example_memo_path()), "-o", str(out), "-q"]) == 0
    capsys.readouterr()
    document = docx.Document(str(out))
    assert any("Office 365" in p.text for p in document.paragraphs)


def assert_message(message: str, name: str, words: list[str]) -> None:
    assert name in message, message
    for word in words:
        assert word in message, f"{word!r} missing from {message!r}"
    assert "Traceback" not in message and "File \"" not in message
    assert len(message) < 600, message


@pytest.mark.parametrize("name", ALL_MEMO_CASES)
def test_load_hostile_memo(tmp_path, name):
    if name == "pipe.memo" and not hasattr(os, "mkfifo"):
        pytest.skip("namngivna rör finns inte på denna plattform")
    path, words = _memo_case(name, tmp_path)
    with pytest.raises(storage.MemoFileError) as info:
        storage.load(path)
    assert_message(str(info.value), name, words)


@pytest.mark.parametrize("command", ["build", "validate"])
@pytest.mark.parametrize("name", ALL_MEMO_CASES)
def test_cli_hostile_memo(tmp_path, capsys, name, command):
    if name == "pipe.memo" and not hasattr(os, "mkfifo"):
        pytest.skip("namngivna rör finns inte på denna plattform")
    source = tmp_path / "in"
    source.mkdir()
    path, words = _memo_case(name, source)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    before, before_in = _snapshot(out_dir), _snapshot(source)
    argv = [command, str(path)] + (["-o", str(out_dir / "memo.docx")] if command == "build" else [])
    assert cli.main(argv) == cli.EXIT_INPUT
    captured = capsys.readouterr()
    assert captured.err.startswith("Fel: ") and captured.err.count("\n") == 1, captured.err
    assert_message(captured.err, name, words)
    assert _snapshot(out_dir) == before  # no output, no temp file
    assert _snapshot(source) == before_in  # the bad file itself untouched
    assert not any(path.parent.glob("*.docx"))
    assert_usable(tmp_path, capsys)


# ---------------------------------------------------------------------------------------------
# Organisation profiles


@cache
def _bomb_member() -> tuple[bytes, int, int]:
    """200 MB of zeros, deflated once per session (~200 kB): (data, crc, size)."""
    size = 200 * 1024 * 1024
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b"\0" * (1024 * 1024)
    parts = [compressor.compress(chunk) for _ in range(size // len(chunk))]
    parts.append(compressor.flush())
    crc = 0
    for _ in range(size // len(chunk)):
        crc = zlib.crc32(chunk, crc)
    return b"".join(parts), crc, size


def _raw_zip_with(base: bytes, name: str, compressed: bytes, crc: int, size: int,
                  declared_size: int | None) -> bytes:
    """``base`` re-zipped by hand plus one pre-deflated member (zipfile cannot add one without
    inflating it); ``declared_size`` makes the headers lie about the member's size."""
    entries = []
    with zipfile.ZipFile(io.BytesIO(base)) as src:
        for info in src.infolist():
            data = src.read(info.filename)
            entries.append((info.filename.encode(), zlib_deflate(data), zlib.crc32(data), len(data)))
    entries.append((name.encode(), compressed, crc, size if declared_size is None else declared_size))
    out = io.BytesIO()
    central = []
    for fname, data, fcrc, fsize in entries:
        offset = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21,
                              fcrc, len(data), fsize, len(fname), 0))
        out.write(fname)
        out.write(data)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21,
                                   fcrc, len(data), fsize, len(fname), 0, 0, 0, 0, 0, offset)
                       + fname)
    start = out.tell()
    for c in central:
        out.write(c)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central),
                          out.tell() - start, start, 0))
    return out.getvalue()


def zlib_deflate(data: bytes) -> bytes:
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def _base_bytes() -> bytes:
    return (templates_dir() / "goteborg" / "base.docx").read_bytes()


def _broken_xml_base() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_base_bytes())) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = b"<w:document><unclosed" if info.filename == "word/document.xml" else src.read(info)
            dst.writestr(info, data)
    return out.getvalue()


def _toml(replace: list[tuple[str, str]]):
    def mutate(folder: Path) -> None:
        manifest = folder / "profile.toml"
        text = manifest.read_text(encoding="utf-8")
        for old, new in replace:
            assert old in text, old
            text = text.replace(old, new, 1)
        manifest.write_text(text, encoding="utf-8")

    return mutate


def _template(name: str):
    def mutate(folder: Path) -> None:
        shutil.copy(DATA / "templates" / name, folder / "memo.html.j2")

    return mutate


def _base(make):
    def mutate(folder: Path) -> None:
        (folder / "base.docx").write_bytes(make())

    return mutate


def _symlink_outside(folder: Path) -> None:
    (folder / "memo.html.j2").unlink()
    (folder / "memo.html.j2").symlink_to("/etc/passwd")


_TEMPLATE = 'template = "memo.html.j2"'
_BASE = 'base_docx = "base.docx"'

# profile key -> (mutation of a copy of the Göteborg profile, words the message must contain)
PROFILE_CASES = {
    "escape-mro": (_template("escape_mro.html.j2"), ["stoppats"]),
    "escape-globals": (_template("escape_globals.html.j2"), ["stoppats"]),
    "escape-subclasses": (_template("escape_subclasses.html.j2"), ["stoppats"]),
    "include-parent": (_template("include_parent.html.j2"), ["../../etc/passwd", "inte finns i mallens mapp"]),
    "include-absolute": (_template("include_absolute.html.j2"), ["/etc/passwd", "inte finns i mallens mapp"]),
    "syntax-error": (_template("syntax_error.html.j2"), ["syntaxfel", "memo.html.j2", "rad 2"]),
    "divide-by-zero": (_template("divide_by_zero.html.j2"), ["ZeroDivisionError", "rad 3", "memo.html.j2"]),
    "repeat-bomb": (_template("repeat_bomb.html.j2"), ["orimligt stora", "stoppats"]),
    "power-bomb": (_template("power_bomb.html.j2"), ["orimligt stora", "stoppats"]),
    "infinite-recursion": (_template("infinite_recursion.html.j2"), ["rekursion"]),
    "unknown-field": (_template("unknown_field.html.j2"), ["okänt fält", "titel"]),
    "base-not-docx": (_base(lambda: "Det här är ingen Word-fil.\n".encode() * 100), ["base.docx", "inte en Word-fil"]),
    "base-empty": (_base(lambda: b""), ["base.docx", "inte en Word-fil"]),
    "base-zip-not-docx": (_base(_zip_memo), ["base.docx", "inte en Word-fil"]),
    "base-zip-bomb": (_base(lambda: _raw_zip_with_base(None)), ["base.docx", "zip-bomb"]),
    "base-zip-bomb-lying": (_base(lambda: _raw_zip_with_base(1000)), ["base.docx", "skadat"]),
    "base-broken-xml": (_base(_broken_xml_base), ["base.docx", "kan inte öppnas som Word-fil"]),
    "template-outside": (_toml([(_TEMPLATE, 'template = "../../x"')]), ["'../../x'", "utanför mallens mapp"]),
    "template-absolute": (_toml([(_TEMPLATE, 'template = "/etc/passwd"')]), ["/etc/passwd", "utanför mallens mapp"]),
    "template-symlink-outside": (_symlink_outside, ["memo.html.j2", "utanför mallens mapp"]),
    "template-nul": (_toml([(_TEMPLATE, 'template = "memo\\u0000.j2"')]), ["mallfilen", "inget giltigt filnamn"]),
    "template-missing": (_toml([(_TEMPLATE, 'template = "saknas.html.j2"')]), ["saknas.html.j2", "saknas"]),
    "base-outside": (_toml([(_BASE, 'base_docx = "../../x"')]), ["'../../x'", "utanför mallens mapp"]),
    "base-sibling": (_toml([(_BASE, 'base_docx = "../goteborg/base.docx"')]), ["grunddokumentet", "utanför mallens mapp"]),
    "unknown-section": (_toml([('  "proposal",\n', '  "proposal",\n  "hemligt",\n')]), ["okända avsnitt", "hemligt"]),
    "toml-syntax-error": (_toml([("[headings]", "[headings")]), ["profile.toml"]),
    # Without its own order a profile has the shared one (templates/_base); a wrong type is refused.
    "toml-order-not-a-list": (_toml([("order = [", 'order = "proposal"\nxorder = [')]), ["profile.toml", "order"]),
    "toml-styles-not-table": (_toml([("[document]\n", "styles = 5\n[document]\n")]), ["profile.toml"]),
    "toml-not-utf8": (lambda f: (f / "profile.toml").write_bytes("[document]\nname = \"Göteborg\"\n".encode("latin-1")), ["profile.toml"]),
}


def _raw_zip_with_base(declared: int | None) -> bytes:
    compressed, crc, size = _bomb_member()
    return _raw_zip_with(_base_bytes(), "word/media/image1.png", compressed, crc, size, declared)


@pytest.fixture
def profile_root(tmp_path):
    root = tmp_path / "templates"
    root.mkdir()
    return root


def _make_profile(root: Path, key: str) -> None:
    folder = root / key
    shutil.copytree(templates_dir() / "goteborg", folder)
    PROFILE_CASES[key][0](folder)


def _raise_profile_error(root: Path, key: str) -> str:
    memo = storage.load(example_memo_path())
    memo.profile = key
    with pytest.raises(ProfileError) as info:
        profile = load_profile(key, root=root)
        build_docx(memo, io.BytesIO(), profile)
    return str(info.value)


@pytest.mark.parametrize("key", sorted(PROFILE_CASES))
def test_hostile_profile(profile_root, key, tmp_path, capsys):
    _make_profile(profile_root, key)
    before = _snapshot(profile_root)
    message = _raise_profile_error(profile_root, key)
    assert_message(message, key, PROFILE_CASES[key][1])
    assert _snapshot(profile_root) == before
    assert_usable(tmp_path, capsys)


@pytest.mark.parametrize(
    "key", ["escape-mro", "include-parent", "syntax-error", "base-zip-bomb", "template-outside"]
)
def test_cli_build_with_hostile_profile(profile_root, key, tmp_path, capsys, monkeypatch):
    _make_profile(profile_root, key)
    monkeypatch.setattr(profile_module, "templates_dir", lambda: profile_root)
    memo = storage.load(example_memo_path())
    memo.profile = key
    source = tmp_path / "case.memo"
    storage.save(memo, source)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    assert cli.main(["build", str(source), "-o", str(out_dir / "case.docx")]) == cli.EXIT_INPUT
    err = capsys.readouterr().err
    assert err.startswith("Fel: ")
    assert_message(err, key, PROFILE_CASES[key][1])
    assert list(out_dir.iterdir()) == []
    # `check` reports the same profile as broken and goes on
    assert cli.main(["check", "--profile", key]) == cli.EXIT_PROBLEMS
    out = capsys.readouterr().out
    assert out.startswith(f"{key}: ") and "Traceback" not in out
    monkeypatch.undo()
    assert_usable(tmp_path, capsys)


@pytest.mark.parametrize("key", ["../goteborg", "..", ".hidden", "a/b", "a\\b", "a\0b", "x" * 300, "finns-inte"])
def test_hostile_profile_key(key, tmp_path, capsys):
    """A memo file may name any profile; a bad name is a message, never a path outside."""
    with pytest.raises(ProfileError) as info:
        load_profile(key)
    assert "Mallnamnet" in str(info.value) or "finns inte" in str(info.value)
    memo = storage.load(example_memo_path())
    memo.profile = key
    source = tmp_path / "case.memo"
    storage.save(memo, source)
    assert cli.main(["build", str(source), "-o", str(tmp_path / "case.docx")]) == cli.EXIT_INPUT
    assert "Mall" in capsys.readouterr().err
    assert not (tmp_path / "case.docx").exists()
    assert_usable(tmp_path, capsys)
