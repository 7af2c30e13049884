"""File dialogs open where the last memo, template, sheet or workbook was (issue 23), not in
the home folder; a folder that is gone falls back to the last one of any kind, then home."""

from __future__ import annotations

from pathlib import Path

from memo_builder.files import settings, storage
from memo_builder.gui import dialogs
from memo_builder.gui.steps import STEP_KEYS
from memo_builder.model.memo import Memo, Option
from tests.excel.test_import_first_guess import _sheet


def test_each_dialog_opens_where_its_kind_of_file_was_last(window, tmp_path, monkeypatch):
    w = window
    asked: list[tuple[str, str]] = []
    answers: list[str] = []

    def open_path(parent, title, folder, filter_):
        asked.append((title, folder))
        return answers.pop(0) if answers else ""

    monkeypatch.setattr(dialogs, "open_path", open_path)
    monkeypatch.setattr("memo_builder.gui.excel_import_dialog.confirm", lambda dialog: False)
    sheets = tmp_path / "Ekonomi" / "Kalkyler"
    sheets.mkdir(parents=True)
    _sheet(sheets)  # sheets/kalkyl.xlsx
    w.doc.replace(Memo(options=[Option(title="Alt")]), None)
    w.go_to(STEP_KEYS.index("costs"))
    costs = w.page_by_key("costs")
    answers.append(str(sheets / "kalkyl.xlsx"))
    costs.import_from_excel()
    assert asked[-1][1] == str(Path.home())  # nothing remembered yet
    costs.import_from_excel()  # the next import opens in the sheet's folder
    assert asked[-1][1] == str(sheets)
    # A memo opened from another folder: Öppna starts there next time, even with no memo open.
    cases = tmp_path / "Nämndärenden"
    cases.mkdir()
    storage.save(Memo(), cases / "a.memo")
    answers.append(str(cases / "a.memo"))
    assert w.open_file()
    w.doc.replace(Memo(), None)  # a new, unsaved memo
    w.open_file()
    assert asked[-1][1] == str(cases)
    # The template dialog: the last folder of any kind until a template was picked.
    w.organisation.import_template()
    assert asked[-1][1] == str(cases)
    templates = tmp_path / "Mallar"
    templates.mkdir()
    assert settings.last_folder("template") == cases
    settings.remember_folder("template", templates / "mall.dotx")
    w.organisation.import_template()
    assert asked[-1][1] == str(templates)
    # A remembered folder that was removed is skipped (here the last of any kind too: home).
    templates.rmdir()
    assert settings.last_folder("template") == Path.home()
