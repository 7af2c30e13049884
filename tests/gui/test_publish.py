"""Issue 12 in the GUI: Spara som PDF off the GUI thread (cancel, time limit, no converter),
the review step's plain-Swedish and accessibility lists, the drafted summary, and spelling."""

from __future__ import annotations

import stat
import sys

import pikepdf
import pytest

from memo_builder.files import storage
from memo_builder.files.paths import example_memo_path
from memo_builder.gui.export_action import BOARD_PDF
from memo_builder.gui.steps import STEP_KEYS
from tests.helpers import missing_tool, soffice


def _fake_converter(tmp_path, body: str):
    if sys.platform == "win32":
        pytest.skip("shell script converter")
    script = tmp_path / "soffice"
    script.write_text("#!/bin/sh\n" + body + "\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script


def test_save_as_pdf_runs_off_the_gui_thread(window, answers, tmp_path, qtbot):
    if soffice() is None:
        missing_tool("LibreOffice (soffice) behövs för detta test")
    w = window
    w.load_file(example_memo_path())
    target = tmp_path / "ut.pdf"
    answers.save_paths.append(str(target))
    assert w.exports.start(BOARD_PDF) is True
    assert w.exports.progress is not None and w.exports.progress.isVisible()
    with qtbot.waitSignal(w.exports.finished, timeout=120_000) as blocker:
        pass
    assert blocker.args == [target]
    with pikepdf.open(target) as pdf:
        assert str(pdf.Root.Lang) == "sv-SE" and "/StructTreeRoot" in pdf.Root
    assert w.exports.progress is None


def test_cancel_stops_the_converter_and_writes_nothing(window, answers, tmp_path, qtbot, monkeypatch):
    started = tmp_path / "converter-started"
    monkeypatch.setenv("MEMO_BUILDER_SOFFICE",
                       str(_fake_converter(tmp_path, f"touch '{started}'\nsleep 60")))
    w = window
    w.load_file(example_memo_path())
    target = tmp_path / "ut.pdf"
    answers.save_paths.append(str(target))
    assert w.exports.start(BOARD_PDF)
    qtbot.waitUntil(started.exists, timeout=20_000)  # cancel a converter that runs
    with qtbot.waitSignal(w.exports.finished, timeout=20_000) as blocker:
        from PySide6.QtWidgets import QPushButton

        w.exports.progress.findChild(QPushButton).click()  # the dialog's Avbryt
    assert blocker.args == [None]
    assert not target.exists() and not answers.errors


def test_hanging_converter_is_stopped_and_reported(window, answers, tmp_path, qtbot, monkeypatch):
    monkeypatch.setenv("MEMO_BUILDER_SOFFICE", str(_fake_converter(tmp_path, "sleep 60")))
    w = window
    w.load_file(example_memo_path())
    w.exports.timeout = 1
    answers.save_paths.append(str(tmp_path / "ut.pdf"))
    assert w.exports.start(BOARD_PDF)
    with qtbot.waitSignal(w.exports.finished, timeout=20_000):
        pass
    title, text = answers.errors[-1]
    assert "svarade inte inom 1 sekunder" in text and "Inget av det du skrivit" in text


def test_without_libreoffice_the_word_file_is_offered(window, answers, tmp_path, monkeypatch):
    monkeypatch.setenv("MEMO_BUILDER_SOFFICE", "")
    w = window
    w.load_file(example_memo_path())
    answers.replies["Spara nämndens version som PDF"] = ["word"]
    word = tmp_path / "ut.docx"
    answers.save_paths.append(str(word))
    assert w.exports.start(BOARD_PDF) is False
    title, text = answers.asked[0]
    assert title == "Spara nämndens version som PDF" and "Installera LibreOffice" in text
    assert word.is_file()


def test_review_shows_lix_and_accessibility_of_the_document(window, qtbot):
    w = window
    w.load_file(example_memo_path())
    w.go_to(STEP_KEYS.index("review"))
    review = w.page(STEP_KEYS.index("review"))
    texts = [review.language_list.item(i).text() for i in range(review.language_list.count())]
    assert any(t.startswith("Sammanfattning: LIX") for t in texts)
    qtbot.waitUntil(lambda: "Inga tillgänglighetsbrister" in review.access_label.text(), timeout=30_000)
    # A long sentence is listed and jumps to its field.
    w.doc.set(w.doc.memo, "background", " ".join(["ord"] * 40) + ".", "test")
    w.validate_now()
    items = [review.language_list.item(i) for i in range(review.language_list.count())]
    long = next(it for it in items if it.text().startswith("Lång mening"))
    review._activated(long)
    assert w.current_step() == STEP_KEYS.index("background")


def test_drafted_summary_is_offered_and_never_overwrites(window, qtbot):
    w = window
    w.load_file(example_memo_path())
    w.go_to(STEP_KEYS.index("background"))
    page = w.page(STEP_KEYS.index("background"))
    own = w.doc.memo.summary
    panel = page.summary_draft
    panel.draft_button.click()
    assert panel.box.isVisible() and "Förvaltningen föreslår" in panel.text.toPlainText()
    assert "LIX" in panel.label.text()
    assert w.doc.memo.summary == own  # shown, not taken
    assert panel.use_button.text() == "Lägg till under min text"
    panel.use_button.click()
    assert w.doc.memo.summary.startswith(own) and "Förvaltningen föreslår att nämnden" in w.doc.memo.summary
    w.doc.undo_stack.undo()
    assert w.doc.memo.summary == own
    w.doc.set(w.doc.memo, "summary", "", "test")
    page.refresh()
    panel.draft_button.click()
    assert panel.use_button.text() == "Använd förslaget"
    panel.use_button.click()
    assert w.doc.memo.summary == panel.text.toPlainText().strip()


def test_drafted_summary_speaks_of_the_cases_own_bodies(window, qtbot):
    # A region's case: the draft names its Regionkontoret and Regionstyrelsen (issue 20),
    # from the memo's profile and its case, never "Förvaltningen" or "nämnden".
    w = window
    w.load_file(example_memo_path())
    case = w.doc.memo.case
    w.doc.set(case, "administration", "Regionkontoret", "test")
    w.doc.set(case, "board", "Regionstyrelsen", "test")
    w.go_to(STEP_KEYS.index("background"))
    panel = w.page(STEP_KEYS.index("background")).summary_draft
    panel.draft_button.click()
    text = panel.text.toPlainText()
    assert text.startswith("Regionkontoret föreslår att regionstyrelsen väljer alternativ 1")
    assert "nämnden" not in text and "Förvaltningen" not in text


@pytest.fixture
def spelling_window(qtbot, tmp_path, answers, monkeypatch):
    monkeypatch.setenv("MEMO_BUILDER_SPELLING", "1")
    monkeypatch.setenv("MEMO_BUILDER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("MEMO_BUILDER_DATA_DIR", str(tmp_path / "data"))
    from memo_builder.gui.main_window import MainWindow
    from memo_builder.gui.recovery import RecoveryStore

    w = MainWindow(store=RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.doc.mark_saved()
    w.autosaver.close()
    w.spelling.stop()


def _underlined(edit) -> list[str]:
    block = edit.document().firstBlock()
    out = []
    while block.isValid():
        for r in block.layout().formats():
            if r.format.underlineStyle() != r.format.UnderlineStyle.NoUnderline:
                out.append(block.text()[r.start:r.start + r.length])
        block = block.next()
    return out


def test_spelling_underlines_suggests_and_learns(spelling_window, qtbot, tmp_path):
    w = spelling_window
    memo = storage.load(example_memo_path())
    memo.background = "Detta är fellstavat men förvaltningen har en molntjänst."
    path = tmp_path / "case.memo"
    storage.save(memo, path)
    w.load_file(path)
    w.go_to(STEP_KEYS.index("background"))
    page = w.page(STEP_KEYS.index("background"))
    service = w.spelling
    service.start()
    qtbot.waitUntil(lambda: bool(service.ready or service.disabled_reason), timeout=60_000)
    assert service.ready, service.disabled_reason
    qtbot.waitUntil(lambda: _underlined(page.background) == ["fellstavat"], timeout=20_000)
    assert _underlined(page.summary) == []  # the example's own text is all known words
    with qtbot.waitSignal(service.suggestionsReady, timeout=30_000) as blocker:
        service.request_suggestions("fellstavat")
    assert "felstavat" in blocker.args[1]
    assert service.add_to_wordlist("fellstavat") == ""
    qtbot.waitUntil(lambda: _underlined(page.background) == [], timeout=5_000)
    assert "fellstavat" in (tmp_path / "data" / "ordlista.txt").read_text(encoding="utf-8")


def test_missing_dictionary_turns_spelling_off_with_a_notice(spelling_window, qtbot, monkeypatch):
    monkeypatch.setenv("MEMO_BUILDER_DICTIONARY", "")
    w = spelling_window
    w.load_file(example_memo_path())
    with qtbot.waitSignal(w.spelling.statusChanged, timeout=20_000) as blocker:
        w.spelling.start()
    assert blocker.args[0] is False and "avstängd" in blocker.args[1]
    assert "avstängd" in w.statusBar().currentMessage()
