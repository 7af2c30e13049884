"""First use from an empty memo, as a new user meets it: what the step list says, where the
window opens, where the Word file goes, and what the review button is called."""

from __future__ import annotations

import pytest

from memo_builder.files import settings
from memo_builder.files.paths import example_memo_path
from memo_builder.gui.steps import step_index
from tests.gui.fit import LAPTOP_SIZES, step_fit_problems


def test_an_untouched_step_has_no_green_tick_and_a_warning_says_what_it_is(window):
    w = window
    w.validate_now()
    costs = w.step_list.item(step_index("costs"))
    assert costs.toolTip() == "Inte påbörjat"  # used to be a green tick on an empty memo
    legal = w.step_list.item(step_index("legal"))
    assert legal.toolTip() == "Inte påbörjat"
    w.load_file(example_memo_path())
    w.validate_now()
    tips = [w.step_list.item(i).toolTip() for i in range(w.step_list.count())]
    warned = [t for t in tips if "varning" in t]
    assert warned and all("\n• " in t for t in warned)  # what the warning is, not only "1 varningar"
    assert not any("1 varningar" in t for t in tips)


def test_the_window_opens_large_and_centred_on_the_screen(window):
    area = window.screen().availableGeometry()
    geometry = window.geometry()
    assert geometry.width() >= min(area.width() * 0.85, 1140)
    assert area.contains(geometry.center())


def test_the_save_dialog_remembers_the_folder_of_the_last_word_file(window, answers, tmp_path):
    w = window
    w.load_file(example_memo_path())
    folder = tmp_path / "Nämndhandlingar"
    folder.mkdir()
    answers.save_paths.append(str(folder / "a.docx"))
    assert w.export() == folder / "a.docx"
    assert settings.remembered_folder("export") == folder  # the one home of remembered folders
    w.exports.last_export = None  # a later memo, another session
    answers.save_paths.append("")
    w.export()
    assert answers.suggested.startswith(str(folder))


def test_the_review_button_names_what_the_profile_makes(window):
    w = window
    review = w.page(step_index("review"))
    assert review.export_button.text() == "Skapa tjänsteskrivelse …"  # the neutral profile
    w.use_profile("goteborg")
    assert review.export_button.text() == "Skapa tjänsteutlåtande …"


@pytest.mark.parametrize("size", ((1600, 1000),) + LAPTOP_SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_no_step_scrolls_sideways_at_1600_px_with_the_preview_open(window, size):
    """At 1600 px and at the laptop sizes of issue 24, with the preview shown and hidden: no
    form needs more width than it has, nothing reaches past the view, no label or button is
    cut, no list or grid scrolls sideways (tests/gui/fit.py)."""
    from PySide6.QtWidgets import QApplication

    from memo_builder.gui.steps import STEP_KEYS

    w = window
    w.load_file(example_memo_path())
    w.resize(*size)
    for i, key in enumerate(STEP_KEYS):
        w.go_to(i)
        QApplication.processEvents()
        page = w.page(i)
        assert page.widget().minimumSizeHint().width() <= page.viewport().width(), key
    assert step_fit_problems(w, [size]) == []
