"""One analysis per revision: an edit with the preview open computes the costs, the
validation and the withholding decision once, whichever of the steps, the validation timer,
the preview's worker and the review's accessibility check asks first."""

from __future__ import annotations

from decimal import Decimal

from memo_builder.analysis import revision
from memo_builder.files.paths import example_memo_path
from memo_builder.gui.steps import STEP_KEYS
from tests.gui.helpers import window_idle


def _count(monkeypatch, module, name, calls):
    real = getattr(module, name)

    def counted(*args, **kwargs):
        calls[name] = calls.get(name, 0) + 1
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)


def test_a_cost_edit_with_the_preview_open_is_analysed_once(window, qtbot, monkeypatch):
    w = window
    w.load_file(example_memo_path())
    w.go_to(STEP_KEYS.index("costs"))
    w.show()
    qtbot.waitExposed(w)
    w.preview.setVisible(True)
    qtbot.waitUntil(lambda: w.preview.toPlainText().strip() != "", timeout=20_000)
    qtbot.waitUntil(lambda: not w.preview._busy, timeout=20_000)

    calls: dict[str, int] = {}
    _count(monkeypatch, revision, "memo_costs", calls)
    _count(monkeypatch, revision, "validate", calls)
    _count(monkeypatch, revision, "withholding", calls)
    made: list[revision.Analysis] = []
    real_init = revision.Analysis.__init__

    def init(self, *args, **kwargs):
        made.append(self)
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(revision.Analysis, "__init__", init)

    # One edit: a cost cell's unit price, through the undo stack as the grid does it.
    line = w.doc.memo.options[0].cost_lines[0]
    w.doc.set(line, "unit_price", line.unit_price + Decimal(1))
    revision_after = w.doc.revision
    w.validate_now()
    w.preview.refresh_later()
    window_idle(qtbot, w)  # the render done, nothing queued that could analyse again

    assert w.doc.revision == revision_after  # nothing else edited the memo
    assert len(made) == 1, "one Analysis for the one new revision"
    assert made[0] is w.services.analysis()
    assert calls == {"memo_costs": 1, "validate": 1, "withholding": 1}, calls
    assert sorted(made[0].computed) == sorted(set(made[0].computed))  # no part twice
