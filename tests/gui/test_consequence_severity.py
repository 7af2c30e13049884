"""The consequences step offers "Ej bedömd" first: a new memo shows it, a chosen severity is one
undo step away from it, and the warning that asks for it leads to the field."""

from __future__ import annotations

from datetime import date

from memo_builder.files.paths import example_memo_path
from memo_builder.gui.steps import step_index
from memo_builder.model.memo import AffectedService, Memo, Severity


def _choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())


def test_a_new_memo_shows_no_severity_and_undo_returns_to_it(window, qtbot):
    w = window
    memo = Memo()
    memo.consequences.deadline = date(2026, 6, 1)
    memo.consequences.services = [AffectedService("e-post", "anställda", 6000)]
    w.doc.replace(memo, None)
    w.go_to(step_index("consequences"))
    cons = w.page_by_key("consequences")
    combo = cons.severity
    assert combo.itemText(0) == "Ej bedömd"
    assert combo.currentText() == "Ej bedömd"
    assert [combo.itemText(i) for i in range(combo.count())] == ["Ej bedömd", "Låg", "Medel", "Hög"]

    _choose(combo, Severity.HIGH.value)
    assert w.doc.memo.consequences.severity is Severity.HIGH
    w.act_undo.trigger()
    assert w.doc.memo.consequences.severity is None
    assert combo.currentText() == "Ej bedömd"
    w.act_redo.trigger()
    assert w.doc.memo.consequences.severity is Severity.HIGH and combo.currentText() == "Hög"

    # Back to "Ej bedömd" by choice, too: the memo then says no severity.
    _choose(combo, "")
    assert w.doc.memo.consequences.severity is None


def test_the_warning_leads_to_the_field(window, qtbot):
    w = window
    memo = Memo()
    memo.consequences.deadline = date(2026, 6, 1)
    w.doc.replace(memo, None)
    assert any(p.path == "consequences.severity" for p in w.validate_now())
    w.navigation.jump_to_problem("consequences.severity")
    cons = w.page_by_key("consequences")
    qtbot.waitUntil(lambda: cons.severity.hasFocus(), timeout=3000)


def test_the_example_keeps_its_severity(window, qtbot):
    w = window
    w.load_file(example_memo_path())
    assert w.doc.memo.consequences.severity is Severity.HIGH
    assert w.page_by_key("consequences").severity.currentText() == "Hög"
