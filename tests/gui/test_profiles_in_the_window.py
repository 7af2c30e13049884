"""Profiles in the window: a new memo starts from the chosen profile and the user's own
details, the profile picker switches (one undo step), and a Word template is imported."""

from __future__ import annotations

from memo_builder.files import settings
from memo_builder.gui.organisation_actions import MyDetailsDialog
from tests.profiles.org_template import swedish_template


def test_a_new_memo_starts_from_the_profile_and_my_details(window, answers):
    w = window
    dialog = MyDetailsDialog(w)
    for key, value in {"organisation": "Umeå kommun", "administration": "IT-avdelningen",
                       "name": "Sara Lind", "title": "IT-strateg", "phone": "090-16 10 00",
                       "email": "sara.lind@umea.se"}.items():
        dialog.edits[key].setText(value)
    dialog.boards.setPlainText("Kommunstyrelsen\nTekniska nämnden")
    assert w.organisation.save_details(dialog.values())
    assert settings.officer_details()["name"] == "Sara Lind"
    w.files.new_memo()
    case = w.doc.memo.case
    assert (case.organisation, case.administration) == ("Umeå kommun", "IT-avdelningen")
    assert (case.officer.name, case.officer.email) == ("Sara Lind", "sara.lind@umea.se")
    page = w.page(0)
    boards = [page.board.itemText(i) for i in range(page.board.count())]
    assert "Tekniska nämnden" in boards and not any("Intraservice" in b for b in boards)


def test_the_profile_picker_switches_and_undo_switches_back(window):
    w = window
    page = w.page(0)
    page.profile_combo.showPopup()  # the list is read when it opens
    keys = [page.profile_combo.itemData(i) for i in range(page.profile_combo.count())]
    page.profile_combo.hidePopup()
    assert {"goteborg", "kommun", "malmo", "stockholm"} <= set(keys)
    page.profile_combo.setCurrentIndex(keys.index("malmo"))
    page.profile_combo.activated.emit(keys.index("malmo"))
    assert w.doc.memo.profile == "malmo"
    assert w.services.profile().key == "malmo"
    boards = [page.board.itemText(i) for i in range(page.board.count())]
    assert "Kommunstyrelsens arbetsutskott" in boards
    w.act_undo.trigger()
    assert w.doc.memo.profile == "kommun"
    assert page.profile_combo.currentData() == "kommun"


def test_import_a_word_template_from_the_menu(window, answers, tmp_path, monkeypatch):
    w = window
    template = swedish_template(tmp_path / "Mall tjänsteskrivelse.docx")
    answers.open_paths.append(str(template))
    answers.replies["Profilen är skapad"] = ["use"]
    import memo_builder.gui.dialogs as dialogs

    asked = []
    monkeypatch.setattr(dialogs, "text_input",
                        lambda parent, title, label, text="": asked.append(text) or "umea")
    folder = w.organisation.import_template()
    assert asked == ["mall-tjansteskrivelse"]  # a suggestion from the file name
    assert folder == settings.personal_profile_dir() / "umea"
    title, text = next(a for a in answers.asked if a[0] == "Profilen är skapad")
    assert "Formatmall Heading1: mallens 'Rubrik 1' (Rubrik1)" in text
    assert w.doc.memo.profile == "umea" and w.services.profile().source == "personlig"
    # A second import under the same name asks first; "Avbryt" keeps the first one.
    before = (folder / "base.docx").read_bytes()
    answers.open_paths.append(str(template))
    assert w.organisation.import_template() is None
    assert any(a[0] == "Profilen finns redan" for a in answers.asked)
    assert (folder / "base.docx").read_bytes() == before


def test_a_bad_template_in_the_window_says_why_and_changes_nothing(window, answers, tmp_path,
                                                                     monkeypatch):
    w = window
    bad = tmp_path / "mall.docm"
    bad.write_bytes(b"PK")
    answers.open_paths.append(str(bad))
    import memo_builder.gui.dialogs as dialogs

    monkeypatch.setattr(dialogs, "text_input", lambda *a, **k: "umea")
    assert w.organisation.import_template() is None
    title, text = answers.errors[-1]
    assert title == "Profilen kunde inte skapas" and "makron" in text and "mall.docm" in text
    assert not (settings.personal_profile_dir() / "umea").exists()
    assert w.doc.memo.profile == "kommun"
