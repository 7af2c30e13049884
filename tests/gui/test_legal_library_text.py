"""Issue 20 in the Juridik step: the library's guidance for the official is shown, never printed,
and a stored caveat text that differs from the library's text for the memo's date is offered
as an update, one caveat at a time, undoably."""

from __future__ import annotations

import json

from memo_builder.files.paths import example_memo_path


def _stale_example(tmp_path):
    doc = json.loads(example_memo_path().read_text(encoding="utf-8"))
    for caveat in doc["memo"]["caveats"]:
        caveat["library_text"] = ""  # as a file from before version 6 would have it
    path = tmp_path / "stale.memo"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_changed_library_text_is_offered_and_can_be_taken_or_kept(window, tmp_path):
    w = window
    w.load_file(_stale_example(tmp_path))
    w.go_to(5)
    legal = w.page(5)
    legal.list.select_index(0)
    caveat = w.doc.memo.caveats[0]
    own = caveat.text
    assert legal.cv_update.isVisibleTo(legal) and legal.cv_update_row.isVisibleTo(legal)
    assert "Bibliotekets text" in legal.cv_update.text()
    # The guidance for the official is shown, and it is not the memo's text.
    assert legal.cv_guidance.isVisibleTo(legal) and "Bedöm i ärendet" in legal.cv_guidance.text()
    assert "Bedöm i ärendet" not in caveat.text

    legal.cv_update_button.click()
    assert caveat.text != own and "Nämnden för Intraservices verksamhet" in caveat.text
    assert caveat.library_text == caveat.text
    assert not legal.cv_update.isVisibleTo(legal)
    # Only that one: the next caveat still has its own text and is still offered.
    legal.list.select_index(1)
    assert legal.cv_update.isVisibleTo(legal)
    legal.cv_keep_button.click()
    second = w.doc.memo.caveats[1]
    assert second.library_text and second.text != second.library_text
    assert not legal.cv_update.isVisibleTo(legal)

    # Both are single undo steps.
    w.doc.undo_stack.undo()
    w.doc.undo_stack.undo()
    assert caveat.text == own and caveat.library_text == "" and second.library_text == ""


def test_a_decision_date_after_the_librarys_review_is_said_in_the_library_card(window):
    from datetime import date

    w = window
    w.load_file(example_memo_path())
    w.go_to(5)
    legal = w.page(5)
    assert legal.lib_review.isHidden()  # 2018: the library was reviewed long after
    w.doc.set(w.doc.memo.case, "meeting_date", date(2026, 12, 1))
    legal.refresh()
    assert not legal.lib_review.isHidden() and "2026-06-30" in legal.lib_review.text()
