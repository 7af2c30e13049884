"""Opening a Word file instead of a .memo (`memo-builder gui file.docx`): the window says what the
file is and what to open, and promises an unchanged case only when there is one."""

from __future__ import annotations

from memo_builder.files import storage
from memo_builder.files.paths import example_memo_path


def test_a_word_file_on_a_fresh_window_names_what_to_open(window, answers, tmp_path):
    word = tmp_path / "beslut.docx"
    word.write_bytes(b"PK\x03\x04 not a memo")
    assert window.load_file(word) is False
    (title, text), = answers.errors
    assert "Word-fil" in text and ".memo" in text
    assert "oförändrat" not in text  # no case is open to keep


def test_a_broken_file_over_an_open_case_keeps_it_and_says_so(window, answers, tmp_path):
    memo = tmp_path / "region.memo"
    memo.write_bytes(example_memo_path().read_bytes())
    assert window.load_file(memo)
    broken = tmp_path / "trasig.memo"
    broken.write_text("{", encoding="utf-8")
    assert window.load_file(broken) is False
    assert "oförändrat" in answers.errors[-1][1]
    assert window.doc.path == memo.resolve()
    assert storage.load(memo).case.title
