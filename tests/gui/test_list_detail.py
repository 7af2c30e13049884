"""The list-plus-detail card (issue 18): one widget, gui/widgets/lists.ListDetail, for the
options, the memo's caveats and the criteria, with the same behaviour in each: the form follows
the selection and is disabled when nothing is selected, an add selects the new item and puts
the focus in its first field, a remove selects the neighbour, undo and redo restore both the
list and the form, and the arrow keys move the selection."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from memo_builder.gui.steps import step_index
from memo_builder.gui.widgets.lists import ListDetail
from memo_builder.model.memo import Criterion, LegalCaveat, Option
from tests.gui.helpers import click, type_into

# step key, the memo's list, a factory, the step's first field
STEPS = [
    ("options", "options", lambda t: Option(title=t), "title_edit"),
    ("legal", "caveats", lambda t: LegalCaveat(title=t), "cv_title"),
    ("criteria", "criteria", lambda t: Criterion(title=t), "title_edit"),
]


@pytest.fixture(params=STEPS, ids=[s[0] for s in STEPS])
def step(request, window, qtbot):
    key, attr, make, first = request.param
    items = getattr(window.doc.memo, attr)
    items[:] = [make("Nord"), make("Syd"), make("Väst")]
    window.doc.replaced.emit()
    window.go_to(step_index(key))
    page = window.page_by_key(key)
    return page, items, getattr(page, first)


def test_the_three_steps_use_the_one_card(step):
    page, _items, _first = step
    assert isinstance(page.cards, ListDetail)
    assert page.list is page.cards.list and page.detail is page.cards.detail


def test_the_form_follows_the_selection_and_the_arrow_keys(step, qtbot):
    page, items, first = step
    page.list.select_index(1)
    assert page.cards.current() is items[1] and first.text() == "Syd"
    page.list.list.setFocus()
    qtbot.keyClick(page.list.list, Qt.Key.Key_Down)
    assert page.cards.current() is items[2] and first.text() == "Väst"
    qtbot.keyClick(page.list.list, Qt.Key.Key_Up)
    qtbot.keyClick(page.list.list, Qt.Key.Key_Up)
    assert page.cards.current() is items[0] and first.text() == "Nord"


def test_add_selects_the_new_item_and_focuses_its_first_field(step, qtbot, window):
    page, items, first = step
    window.activateWindow()
    click(qtbot, page.list.add_button)
    assert len(items) == 4 and page.cards.current() is items[3]
    assert page.detail.isEnabled()
    qtbot.waitUntil(first.hasFocus)
    first.clear()  # a caveat of one's own starts with a title to type over
    type_into(qtbot, first, "Öst")
    assert items[3].title == "Öst"


def test_remove_selects_the_neighbour_and_undo_brings_the_item_back(step, qtbot, window):
    page, items, first = step
    removed = items[1]
    page.list.select_index(1)
    click(qtbot, page.list.remove_button)
    assert [x.title for x in items] == ["Nord", "Väst"]
    assert page.cards.current() is items[1] and first.text() == "Väst"
    window.act_undo.trigger()
    assert items[1] is removed and page.list.list.count() == 3
    window.act_redo.trigger()
    assert removed not in items and page.list.list.count() == 2


def test_an_empty_list_disables_the_form_and_undo_enables_it(step, qtbot, window):
    page, items, _first = step
    for _ in range(3):
        page.list.select_index(0)
        click(qtbot, page.list.remove_button)
    assert not items and page.cards.current() is None
    assert not page.detail.isEnabled() and not page.list.remove_button.isEnabled()
    window.act_undo.trigger()
    assert len(items) == 1 and page.detail.isEnabled() and page.cards.current() is items[0]
