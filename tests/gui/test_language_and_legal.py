"""English UI through Qt's translator; the legal step's caveat library (issue 6, GUI part)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from memo_builder.files.paths import example_memo_path
from memo_builder.gui import labels
from memo_builder.model.caveats import KINDS
from memo_builder.model.memo import Assessment, Severity


@pytest.fixture
def english(qapp):
    from memo_builder.gui.app import install_translations

    assert install_translations(qapp, "en") == "en"
    yield
    for t in qapp._memo_translators:
        QApplication.removeTranslator(t)


def test_english_menus_and_step_names(english, qtbot, tmp_path):
    from memo_builder.gui.main_window import MainWindow
    from memo_builder.gui.recovery import RecoveryStore

    w = MainWindow(store=RecoveryStore(tmp_path / "rec"))
    qtbot.addWidget(w)
    menus = [a.text() for a in w.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Settings", "&Help"]
    steps = [w.step_list.item(i).text() for i in range(w.step_list.count())]
    assert steps[0] == "1. Case" and steps[7] == "8. Proposed decision"
    assert steps[6] == "7. Assessment criteria"
    assert w.page(0).title() == "Case"
    assert w.act_export.text() == "Create &memo document …"
    from memo_builder.model.memo import CostCategory, Recurrence

    assert labels.category(CostCategory.INTERNAL_STAFF) == "Internal staff"
    assert labels.recurrence(Recurrence.ANNUAL) == "Annual"
    w.doc.mark_saved()
    w.autosaver.close()


def test_english_cost_column_and_autosave_warning(english, qtbot, tmp_path):
    from memo_builder.gui.main_window import MainWindow
    from memo_builder.gui.recovery import RecoveryStore
    from memo_builder.gui.widgets.cost_table import header_label

    assert header_label("index_base_year") == "Index base year"
    w = MainWindow(store=RecoveryStore(tmp_path / "rec"))
    qtbot.addWidget(w)
    w.autosaver.last_detail = ""
    w._autosave_status(w.autosaver.describe(OSError(28, "No space left on device")))
    assert w.autosave_label.text() == ("Autosave failed: the disk is full. "
                                       "Save the case, preferably in another place.")
    w.doc.mark_saved()
    w.autosaver.close()


def test_english_in_every_part_of_the_window(english, qtbot, tmp_path, answers, monkeypatch):
    """The window's parts (navigation, files, settings) translate in their own contexts."""
    monkeypatch.setenv("MEMO_BUILDER_CONFIG_DIR", str(tmp_path / "config"))
    from memo_builder.gui.main_window import MainWindow
    from memo_builder.gui.recovery import RecoveryStore

    w = MainWindow(store=RecoveryStore(tmp_path / "rec"))
    qtbot.addWidget(w)
    assert w.back_button.text() == "← &Back"
    assert w.step_label.text() == "Step 1 of 9: Case"
    w.validate_now()
    tip = w.step_list.item(0).toolTip()
    # The counts are English; the problems themselves are the memo's Swedish messages.
    first = tip.split("\n")[0]
    assert tip in ("Done", "Not started") or re.fullmatch(r"(\d+ errors?)?(, )?(\d+ warnings?)?", first), tip
    w.clear_library()
    assert w.statusBar().currentMessage() == "Only the built-in library is used."
    w.doc.set(w.doc.memo.case, "title", "Ändrat")
    assert not w.maybe_save()  # the scripted answer is Cancel
    assert answers.asked[-1][1].startswith("Do you want to save the changes to ")
    w.doc.mark_saved()
    w.autosaver.close()

def test_kind_labels_match_the_library():
    assert {k: v for k, v in labels.KIND_LABELS.items() if k} == KINDS


def test_library_offers_caveats_for_the_decision_date(window, qtbot):
    w = window
    w.load_file(example_memo_path())
    w.go_to(5)
    legal = w.page(5)
    assert "2018-05-16" in legal.lib_card.title_label.text()
    rows = legal.entry_rows()  # the entries, without the rows that head each group
    ids = {r.data(0, 0x0100) for r in rows}
    statuses = {r.data(0, 0x0100): r.text(3) for r in rows}
    # GDPR (known since 2016) applies from 2018-05-25: coming. eSam's statement of autumn 2018
    # was not yet known on 2018-05-16: not even "på väg" (issue 20).
    assert statuses.get("gdpr-art-35", "") == "På väg – från 2018-05-25"
    assert "esam-uttalande-2018" not in ids
    # a 2020 ruling is not offered at all for 2018
    assert "schrems-ii" not in ids
    # already chosen ones are not offered again
    assert "osl-10-2" not in ids
    kinds = {r.text(1) for r in rows}
    assert kinds <= set(KINDS.values())

    # a later decision date offers later law
    w.page(0).meeting_date.setValue(date(2026, 6, 1))
    w.doc.set(w.doc.memo.case, "meeting_date", date(2026, 6, 1))
    legal.refresh()
    ids = {r.data(0, 0x0100) for r in legal.entry_rows()}
    assert "schrems-ii" in ids


def test_chosen_caveat_gets_assessment_risk_and_mitigations(window, qtbot):
    from tests.gui.helpers import type_into

    w = window
    w.go_to(5)
    legal = w.page(5)
    item = next(r for r in legal.entry_rows() if r.data(0, 0x0100) == "arkivlagen")
    legal.lib_tree.clearSelection()
    item.setSelected(True)
    legal._add_selected()
    caveat = w.doc.memo.caveats[-1]
    assert caveat.library_id == "arkivlagen" and caveat.kind == "law" and caveat.text
    assert legal.list.current() is caveat
    from PySide6.QtGui import QTextCursor

    legal.cv_text.setFocus()
    legal.cv_text.moveCursor(QTextCursor.MoveOperation.End)
    type_into(qtbot, legal.cv_text, " Tillägg.")
    assert caveat.text.endswith("Tillägg.")
    legal.cv_assessment.setCurrentIndex(legal.cv_assessment.findData("partly"))
    legal.cv_assessment.activated.emit(legal.cv_assessment.currentIndex())
    legal.cv_risk.setCurrentIndex(legal.cv_risk.findData("high"))
    legal.cv_risk.activated.emit(legal.cv_risk.currentIndex())
    type_into(qtbot, legal.cv_reasoning, "Exportplan saknas.")
    type_into(qtbot, legal.cv_mitigations, "Ta fram en exportplan.")
    assert caveat.assessment is Assessment.PARTLY and caveat.risk is Severity.HIGH
    assert caveat.reasoning == "Exportplan saknas." and caveat.mitigations == "Ta fram en exportplan."
    # the memo's own wording is independent of the library entry
    w.act_undo.trigger()
    assert caveat.mitigations == ""


def test_broken_organisation_entry_is_a_notice_not_a_stop(window, qtbot, tmp_path, monkeypatch):
    from memo_builder.gui import dialogs

    org = tmp_path / "org"
    org.mkdir()
    (org / "trasig.toml").write_text("id = \n", encoding="utf-8")
    monkeypatch.setattr(dialogs, "folder_path", lambda *a: str(org))
    w = window
    w.go_to(5)
    legal = w.page(5)
    assert legal.lib_notice.isHidden()
    w.choose_library()
    from memo_builder.files import settings

    assert settings.get("organisation_caveats") == str(org)
    assert not legal.lib_notice.isHidden()
    assert "trasig.toml" in legal.lib_notice.text()
    assert legal.lib_tree.topLevelItemCount() > 0  # the rest still loads
    assert "kunde inte läsas" in w.statusBar().currentMessage()
    w.clear_library()
    assert settings.get("organisation_caveats") is None
    assert legal.lib_notice.isHidden()


def test_case_facts_change_the_suggestions(window):
    w = window
    w.go_to(5)
    legal = w.page(5)
    box = legal.fact_boxes["ai_features"]
    assert not box.isChecked()
    box.click()
    assert w.doc.memo.facts.ai_features
    w.act_undo.trigger()
    assert not w.doc.memo.facts.ai_features
    assert not box.isChecked()


def test_what_fits_the_case_comes_first_and_the_rest_apart(window):
    """Issue 14: with AI features and security-sensitive work unticked, AI guidance and
    security-protection entries are not "Passar ärendet"; they are listed apart, after."""
    w = window
    w.load_file(example_memo_path())
    w.doc.set(w.doc.memo.case, "meeting_date", date(2026, 11, 29))
    w.go_to(5)
    legal = w.page(5)
    legal.rebuild()
    rows = [legal.lib_tree.topLevelItem(i) for i in range(legal.lib_tree.topLevelItemCount())]
    headings = [i for i, r in enumerate(rows) if not r.data(0, 0x0100)]
    assert rows[0].text(0).startswith("Passar ärendet") and len(headings) >= 2
    fitting = [r.data(0, 0x0100) for r in rows[1:headings[1]]]
    rest = [r.data(0, 0x0100) for r in rows[headings[1]:] if r.data(0, 0x0100)]
    assert all(r.text(3) == "Passar ärendet" for r in rows[1:headings[1]])
    assert not {"ai-act-ai-kunnighet", "digg-imy-ai-riktlinjer", "sakerhetsskyddslagen"} & set(fitting)
    assert {"ai-act-ai-kunnighet", "digg-imy-ai-riktlinjer", "sakerhetsskyddslagen"} <= set(rest)
    # Ticking AI features moves the AI entries up among those that fit.
    legal.fact_boxes["ai_features"].click()
    legal.refresh()
    rows = legal.entry_rows()
    assert next(r for r in rows if r.data(0, 0x0100) == "ai-act-ai-kunnighet").text(3) == \
        "Passar ärendet"


def test_library_notes_are_shown_in_the_step_not_added_to_the_memo(window):
    w = window
    w.load_file(example_memo_path())
    w.doc.set(w.doc.memo.case, "meeting_date", date(2026, 11, 29))
    w.go_to(5)
    legal = w.page(5)
    legal.rebuild()
    row = next(r for r in legal.entry_rows() if r.data(0, 0x0100) == "cybersakerhetslagen")
    legal.lib_tree.setCurrentItem(row)
    entry = legal._entries["cybersakerhetslagen"]
    assert entry.unverified and entry.unverified in legal.lib_summary.text()
    legal.lib_tree.clearSelection()
    row.setSelected(True)
    legal._add_selected()
    caveat = w.doc.memo.caveats[-1]
    assert caveat.library_id == "cybersakerhetslagen"
    assert entry.unverified not in caveat.text and "Ej bekräftat" not in caveat.text
