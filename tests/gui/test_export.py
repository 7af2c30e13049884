"""Export ("Skapa skrivelse"): default name, drafts, locked or missing targets."""

from __future__ import annotations

import errno

import docx

from memo_builder.files import storage
from memo_builder.files.paths import example_memo_path
from memo_builder.gui.steps import STEP_KEYS
from memo_builder.publish import service
from memo_builder.publish.request import ExportRequest, safe_file_stem, suggested_name


def test_default_name_is_safe_for_windows():
    memo = storage.load(example_memo_path())
    word = ExportRequest("docx")
    assert suggested_name(memo, word) == (
        "2018-04-26 Förnyelse av avtal om Office 365 och Customer Lockbox.docx"
    )
    memo.case.title = 'Avtal: "A/B" <test>?*|'
    assert suggested_name(memo, word) == "2018-04-26 Avtal A B test.docx"


def test_one_name_rule_for_every_format_and_version(tmp_path):
    """The CLI and the GUI ask the same function: date and title, else the memo file's name."""
    memo = storage.load(example_memo_path())
    source = tmp_path / "växel 2026.memo"
    stem = "2018-04-26 Förnyelse av avtal om Office 365 och Customer Lockbox"
    names = {(f, p): suggested_name(memo, ExportRequest(f, public=p), source)
             for f in ("docx", "pdf") for p in (False, True)}
    assert names == {("docx", False): f"{stem}.docx", ("pdf", False): f"{stem}.pdf",
                     ("docx", True): f"{stem} (offentlig version).docx",
                     ("pdf", True): f"{stem} (offentlig version).pdf"}
    assert suggested_name(memo, ExportRequest("xlsx")) == f"{stem} kostnadsunderlag.xlsx"
    memo.case.title = ""
    memo.case.memo_date = None
    assert suggested_name(memo, ExportRequest("docx", public=True), source) == (
        "växel 2026 (offentlig version).docx")
    assert suggested_name(memo, ExportRequest("xlsx")) == "Kostnadsunderlag.xlsx"
    assert safe_file_stem("CON") == "_CON"
    assert safe_file_stem("   ...  ") == "Tjänsteutlåtande"


def test_locked_target_explains_and_offers_another_name(window, answers, tmp_path, monkeypatch):
    w = window
    w.load_file(example_memo_path())
    before = storage.dumps(w.doc.memo)
    locked = tmp_path / "låst.docx"
    good = tmp_path / "ny.docx"

    real = storage.write_atomic

    def refuse(path, data):
        if str(path) == str(locked):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path, data)

    monkeypatch.setattr(service, "write_atomic", refuse)
    answers.save_paths.extend([str(locked), str(good)])
    answers.replies["Skrivelsen kunde inte sparas"] = ["other"]
    result = w.export()
    assert result == good
    title, text = next(a for a in answers.asked if a[0] == "Skrivelsen kunde inte sparas")
    assert "öppen i ett annat program" in text and "skrivskyddad" in text
    assert "Inget av det du skrivit har gått förlorat" in text
    assert good.is_file() and not locked.exists()
    assert storage.dumps(w.doc.memo) == before  # nothing in the memo changed
    assert "Förnyelse av avtal om Office 365 och Customer Lockbox" in [
        p.text for p in docx.Document(str(good)).paragraphs
    ]


def test_missing_folder_then_cancel_keeps_everything(window, answers, tmp_path):
    w = window
    w.load_file(example_memo_path())
    before = storage.dumps(w.doc.memo)
    # the parent "folder" is a file: the folder does not exist as a folder
    blocker = tmp_path / "inte-en-mapp"
    blocker.write_text("x")
    answers.save_paths.append(str(tmp_path / "saknas" / "memo.docx"))
    answers.replies["Skrivelsen kunde inte sparas"] = ["cancel"]
    assert w.export() is None
    assert "finns inte" in answers.asked[-1][1]
    answers.save_paths.append(str(blocker / "memo.docx"))
    answers.replies["Skrivelsen kunde inte sparas"] = ["cancel"]
    assert w.export() is None
    assert answers.asked[-1][0] == "Skrivelsen kunde inte sparas"
    assert storage.dumps(w.doc.memo) == before
    assert not w.act_open_word.isEnabled()


def test_errors_offer_a_draft(window, answers, tmp_path, monkeypatch):
    w = window  # a new, empty memo has errors
    target = tmp_path / "utkast.docx"
    answers.replies["Skapa skrivelse (nämndens version)"] = ["draft"]
    answers.save_paths.append(str(target))
    answers.replies["Skrivelsen är skapad"] = ["open"]
    opened = []
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert w.export() == target
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "UTKAST" in text
    assert opened and opened[0].toLocalFile() == str(target)


def test_errors_can_lead_to_the_review_step(window, answers):
    answers.replies["Skapa skrivelse (nämndens version)"] = ["review"]
    assert window.export() is None
    assert window.current_step() == STEP_KEYS.index("review")


def test_review_problem_jumps_to_field(window, qtbot):
    from PySide6.QtWidgets import QApplication

    w = window
    w.go_to(STEP_KEYS.index("review"))
    review = w.page_by_key("review")
    w.validate_now()
    row = next(i for i in range(review.tree.count())
               if "rubrik" in review.tree.item(i).text().lower())
    review._activated(review.tree.item(row))
    assert w.current_step() == 0
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.page(0).title_edit)
