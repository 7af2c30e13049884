"""Issue 20 in the window: a perspective's "inga särskilda aspekter" is the official's tick (with
undo), and the problems list asks for every perspective the profile wants until then; the costs
step edits the financing and what the years are."""

from __future__ import annotations

from memo_builder.files.paths import example_memo_path
from memo_builder.model.memo import YearBasis
from tests.gui.helpers import click


def test_ticking_no_particular_aspects_is_the_officials_finding(window, qtbot):
    w = window
    w.load_file(example_memo_path())
    w.go_to(4)
    cons = w.page(4)
    paths = {p.path for p in w.services.analysis().problems}
    assert "perspectives.barn" in paths  # the profile asks for it; nobody has assessed it
    click(qtbot, cons.persp_none["barn"])
    barn = next(p for p in w.doc.memo.perspectives if p.key == "barn")
    assert barn.none_found and barn.text == ""
    assert "perspectives.barn" not in {p.path for p in w.services.analysis().problems}
    w.act_undo.trigger()
    assert not any(p.key == "barn" and p.none_found for p in w.doc.memo.perspectives)
    assert not cons.persp_none["barn"].isChecked()
    w.doc.mark_saved()


def test_the_costs_step_edits_financing_and_the_years(window, qtbot):
    w = window
    w.load_file(example_memo_path())
    w.go_to(3)
    costs = w.page(3)
    a = w.doc.memo.assumptions
    assert costs.financing.toPlainText() == a.financing
    index = costs.year_basis.findData(YearBasis.CONTRACT.value)
    costs.year_basis.setCurrentIndex(index)
    costs.year_basis.activated.emit(index)
    assert w.doc.memo.assumptions.year_basis is YearBasis.CONTRACT
    w.act_undo.trigger()
    assert w.doc.memo.assumptions.year_basis is YearBasis.CALENDAR
    w.doc.mark_saved()


def test_an_option_that_cannot_be_ready_is_offered_its_bridge_line(window, qtbot):
    w = window
    w.load_file(example_memo_path())
    late = w.doc.memo.options[2]  # 18 months' lead time, the deadline two weeks after the meeting
    for line in late.cost_lines:
        if line.bridge:
            w.doc.set(line, "bridge", False, "bort")  # as if the official had not marked it
    w.go_to(3)
    costs = w.page(3)
    costs.option_combo.setCurrentIndex(2)
    costs.refresh()
    assert costs.add_bridge.isVisible()
    errors = [p for p in w.services.analysis().errors() if p.path == "options[2].cost_lines"]
    assert errors and "övergångslösning" in errors[0].message
    before = len(late.cost_lines)
    click(qtbot, costs.add_bridge)
    added = late.cost_lines[-1]
    assert len(late.cost_lines) == before + 1 and added.bridge
    # From the deadline's year (2018) to the year it can be in place (16 November 2019).
    assert (added.first_year, added.last_year) == (2018, 2019)
    assert not [p for p in w.services.analysis().errors() if p.path == "options[2].cost_lines"]
    assert not costs.add_bridge.isVisible()
    w.act_undo.trigger()
    assert len(late.cost_lines) == before
    w.doc.mark_saved()
