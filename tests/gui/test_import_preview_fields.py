"""The Excel import dialog's preview shows every field the mapping reads (issue 23)."""

from __future__ import annotations

from memo_builder.model.memo import Memo, Option
from tests.excel.test_import_first_guess import ROWS, _sheet


def test_the_preview_shows_every_mapped_field_including_the_index(window, tmp_path, monkeypatch):
    """The import dialog's preview has a column for each field the mapping reads."""
    from memo_builder.gui import excel_import_dialog as excel_actions
    from memo_builder.gui.steps import STEP_KEYS

    w = window
    w.doc.replace(Memo(options=[Option(title="Nytt system")]), None)
    w.go_to(STEP_KEYS.index("costs"))
    costs = w.page_by_key("costs")
    seen = {}

    def confirm(dialog):
        p = dialog.preview
        heads = [p.horizontalHeaderItem(c).text() for c in range(p.columnCount())]
        row = {h: p.item(3, c).text() for c, h in enumerate(heads)}  # Systemförvaltning
        seen["heads"], seen["row"] = heads, row
        return True

    monkeypatch.setattr(excel_actions, "confirm", confirm)
    path = tmp_path / "kalkyl.xlsx"
    _sheet(tmp_path)  # writes kalkyl.xlsx
    assert costs.import_from_excel(path) == len(ROWS)
    assert {"Index %", "Växelkurs", "Typ", "Intern"} <= set(seen["heads"])
    assert seen["row"]["Index %"] == "3" and seen["row"]["Typ"] == "årlig"
    assert seen["row"]["Intern"] == "ja"
