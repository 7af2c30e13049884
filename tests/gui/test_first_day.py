"""A first day without detours (issue 23): Mina uppgifter reach the open memo's empty fields,
a profile made or picked can become the standard (and stays it after a restart), and a single
board fills Nämnd."""

from __future__ import annotations

from memo_builder.files import settings
from memo_builder.gui.file_actions import blank_memo
from memo_builder.model.memo import Memo
from tests.profiles.org_template import swedish_template

QUESTION = "Fyll i det öppna ärendet?"


def _details(**kw) -> dict:
    values = {"organisation": "Region Västerbotten", "administration": "Hälso- och sjukvård",
              "officer": {"name": "Saga Lindqvist", "title": "IT-strateg", "phone": "090-785 00 00",
                          "email": "saga.lindqvist@regionvasterbotten.se"},
              "boards": ["Regionstyrelsen"]}
    values.update(kw)
    return values


def test_my_details_fill_the_open_memos_empty_fields_in_one_undo_step(window, answers):
    w = window
    memo = Memo()
    memo.case.officer.phone = "070-123 45 67"  # written by the official: kept
    w.doc.replace(memo, None)
    answers.replies[QUESTION] = ["fill"]
    assert w.organisation.save_details(_details())
    title, text = next(a for a in answers.asked if a[0] == QUESTION)
    assert "Saga Lindqvist" in text and "070" not in text
    case = w.doc.memo.case
    assert (case.organisation, case.administration, case.board) == (
        "Region Västerbotten", "Hälso- och sjukvård", "Regionstyrelsen")
    assert (case.officer.name, case.officer.phone) == ("Saga Lindqvist", "070-123 45 67")
    w.act_undo.trigger()  # one step takes it all back
    assert w.doc.memo.case.organisation == "" and w.doc.memo.case.officer.name == ""


def test_declining_keeps_the_memo_and_nothing_is_asked_when_nothing_is_empty(window, answers):
    w = window
    w.doc.replace(Memo(), None)
    assert w.organisation.save_details(_details())  # the cautious answer: only new memos
    assert w.doc.memo.case.organisation == "" and not w.doc.is_modified()
    filled = blank_memo(w.services.profile())
    w.doc.replace(filled, None)
    answers.asked.clear()
    assert w.organisation.save_details(_details())
    assert not any(a[0] == QUESTION for a in answers.asked)


def test_a_single_board_fills_namnd_in_a_new_memo(window):
    w = window
    settings.save_settings(_details(boards=["Socialnämnden"]))
    profile = w.services.profile()
    expected = "Socialnämnden" if not profile.boards else ""
    assert blank_memo(profile).case.board == expected
    settings.save_settings(_details(boards=["Socialnämnden", "Kommunstyrelsen"]))
    assert blank_memo(profile).case.board == ""


def test_the_first_profile_made_is_offered_as_the_standard_and_survives_a_restart(
        window, answers, tmp_path, monkeypatch):
    import memo_builder.gui.dialogs as dialogs
    from memo_builder.gui.services import Services

    w = window
    template = swedish_template(tmp_path / "Regionens mall.docx")
    answers.open_paths.append(str(template))
    seen = {}

    def ask(parent, title, text, buttons, **kw):
        if title == "Profilen är skapad":
            seen["buttons"], seen["default"] = [k for k, _l, _r in buttons], kw.get("default")
            return kw.get("default")  # the user presses Enter
        return answers.ask(parent, title, text, buttons, **kw)

    monkeypatch.setattr(dialogs, "ask", ask)
    monkeypatch.setattr(dialogs, "text_input", lambda *a, **k: "region-vb")
    assert w.organisation.import_template() is not None
    assert seen["default"] == "default" and "use" in seen["buttons"]
    assert settings.default_profile_key() == "region-vb"
    # A restart: a new window's services, a new memo.
    assert Services(w.doc).profile() is not None
    w.doc.replace(Memo(), None)
    assert Services(w.doc).profile().key == "region-vb"
    # A second profile is offered for this memo only (Enter does not change the standard).
    answers.open_paths.append(str(template))
    monkeypatch.setattr(dialogs, "text_input", lambda *a, **k: "region-vb-2")
    w.organisation.import_template()
    assert seen["default"] == "use" and settings.default_profile_key() == "region-vb"


def test_picking_a_profile_in_the_case_step_offers_it_as_the_standard(window, qtbot):
    from PySide6.QtCore import Qt

    from memo_builder.gui.steps import step_index

    w = window
    w.doc.replace(Memo(), None)
    w.go_to(step_index("case"))
    page = w.page(step_index("case"))
    assert page.make_default.isHidden()  # the memo uses the standard
    w.use_profile("malmo")
    qtbot.waitUntil(lambda: not page.make_default.isHidden())
    qtbot.mouseClick(page.make_default, Qt.MouseButton.LeftButton)
    assert settings.default_profile_key() == "malmo" and page.make_default.isHidden()


def test_picking_a_profile_with_one_board_fills_an_empty_namnd_in_one_undo_step(window, qtbot):
    from memo_builder.gui.steps import step_index

    settings.save_settings(_details(boards=["Socialnämnden"]))
    w = window
    w.doc.replace(Memo(profile="malmo"), None)  # Malmö's list offers several boards
    w.go_to(step_index("case"))
    page = w.page(step_index("case"))
    assert w.doc.memo.case.board == ""
    # The neutral profile has no boards of its own: the user's one board is the whole list.
    page.profile_combo.activated.emit(page.profile_combo.findData("kommun"))  # as a pick does
    assert w.doc.memo.profile == "kommun"
    assert w.doc.memo.case.board == "Socialnämnden"
    w.doc.undo_stack.undo()
    assert (w.doc.memo.profile, w.doc.memo.case.board) == ("malmo", "")
    # A Nämnd the official wrote is never replaced.
    w.doc.memo.case.board = "Kulturnämnden"
    page.profile_combo.activated.emit(page.profile_combo.findData("kommun"))
    assert w.doc.memo.profile == "kommun"
    assert w.doc.memo.case.board == "Kulturnämnden"
