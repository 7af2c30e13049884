"""The decision step shows what the memo writes above the points, as the points are typed."""

from __future__ import annotations

from memo_builder.model.memo import Memo
from tests.gui.helpers import click, type_into


def test_the_intro_follows_the_points_as_the_memo_does(window, qtbot):
    memo = Memo()
    memo.case.board = "Regionstyrelsen"
    memo.case.administration = "Regionkontoret"
    window.doc.replace(memo, None)
    dec = window.page_by_key("decision")
    click(qtbot, dec.points.add_button)
    type_into(qtbot, dec.points.field(0), "förlänga avtalet om e-post till och med 2028.")
    # An att-clause: the memo writes "Regionstyrelsen beslutar att" above it.
    assert dec.intro.text().startswith("Regionstyrelsen beslutar")
    # A whole sentence that names the board: the memo writes no intro, and the step says so.
    dec.points.field(0).clear()
    type_into(qtbot, dec.points.field(0), "Regionstyrelsen förlänger avtalet om e-post.")
    assert "beslutar" not in dec.intro.text()
    assert "utan inledning" in dec.intro.text()
    # Back to an att-clause: the intro is back.
    dec.points.field(0).clear()
    type_into(qtbot, dec.points.field(0), "förlänga avtalet.")
    assert dec.intro.text().startswith("Regionstyrelsen beslutar")
