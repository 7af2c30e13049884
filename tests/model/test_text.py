"""Text hygiene at the model boundary."""

from __future__ import annotations

from memo_builder.model.text import clean_text, is_clean


def test_control_characters_removed_tab_and_newline_kept():
    assert clean_text("a\x00b\x01c\x08d\x1fe\x7f") == "abcde"
    assert clean_text("a\tb\nc") == "a\tb\nc"


def test_line_endings_normalised_and_pdf_breaks_kept_as_newlines():
    assert clean_text("a\r\nb\rc") == "a\nb\nc"
    assert clean_text("ord\x0cord\x0bord") == "ord\nord\nord"


def test_surrogates_and_noncharacters_removed():
    assert clean_text("a\ud800b\udfffc\ufffe\uffff") == "abc"
    assert is_clean("Å ä ö – 🙂 עברית")
    assert not is_clean("x\x00")
