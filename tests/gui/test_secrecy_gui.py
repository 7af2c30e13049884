"""Sekretess in the window: marking an item with its ground, the public preview and export."""

from __future__ import annotations

import docx

from memo_builder.files.paths import example_memo_path
from memo_builder.gui.steps import STEP_KEYS
from memo_builder.model.memo import SecretKind
from memo_builder.model.secrecy import FigureKey


def _legal_page(w):
    w.go_to(STEP_KEYS.index("legal"))
    return w.page_by_key("legal")


def test_mark_an_item_with_its_ground_and_undo(window):
    w = window
    w.load_file(example_memo_path())
    card = _legal_page(w).secrecy_card
    assert card.table.rowCount() == 1  # the example's Lockbox price
    assert "31 kap. 16 § OSL" in card.table.item(0, 1).text()
    assert "à-pris" in card.table.item(0, 0).text()
    index = next(i for i in range(card.item.count())
                 if card.item.itemData(i)[0] is SecretKind.BACKGROUND)
    card.item.setCurrentIndex(index)
    card.ground.setCurrentIndex(1)  # 19 kap. 3 § OSL
    card.add_mark()
    marks = w.doc.memo.secrecy.marks
    assert len(marks) == 2 and marks[1].ground == "19 kap. 3 § OSL"
    assert marks[1].kind is SecretKind.BACKGROUND and marks[1].paragraph == 1
    assert card.table.rowCount() == 2
    card.ground.setEditText("hemlig uppgift")
    card.change_ground()
    assert marks[1].ground == "hemlig uppgift"
    assert "inte en bestämmelse i OSL" in card.table.item(1, 1).text()
    w.doc.undo_stack.undo()
    w.doc.undo_stack.undo()
    assert len(w.doc.memo.secrecy.marks) == 1


def test_preview_shows_either_version(window):
    w = window
    w.load_file(example_memo_path())
    w.preview.refresh_now()
    board = w.preview.toPlainText().replace("\u00a0", " ")
    assert "Sekretessmarkering" in board and "[Sekretess enligt 31 kap. 16 § OSL]" in board
    w.act_public_preview.trigger()
    public = w.preview.toPlainText().replace("\u00a0", " ")
    assert "Offentlig version" in public and "18 EUR" not in public
    at = public.find("8 343")
    assert at < 0, public[max(0, at - 200):at + 50]
    assert "8 343" in board
    w.act_public_preview.trigger()
    assert "Sekretessmarkering" in w.preview.toPlainText()


def test_create_public_version_beside_the_normal_export(window, answers, tmp_path):
    w = window
    w.load_file(example_memo_path())
    w.go_to(STEP_KEYS.index("review"))
    review = w.page_by_key("review")
    assert review.public_button.text().startswith("Skapa offentlig version")
    target = tmp_path / "offentlig.docx"
    answers.save_paths.append(str(target))
    review.public_button.click()
    assert "(offentlig version)" in answers.suggested
    texts = [p.text for p in docx.Document(str(target)).paragraphs]
    assert any(t.startswith("Offentlig version") for t in texts)
    created = next(text for title, text in answers.asked if title == "Skrivelsen är skapad")
    assert "offentliga versionen" in created


def test_costs_table_shows_the_marked_cell_with_its_ground(window):
    from PySide6.QtCore import Qt

    from memo_builder.gui.widgets.cost_table import COLUMNS, CostLinesModel

    w = window
    w.load_file(example_memo_path())
    option = w.doc.memo.options[0]
    model = CostLinesModel(w.doc, lambda: option)
    price = next(i for i, c in enumerate(COLUMNS) if c[0] == "unit_price")
    lockbox = next(i for i, line in enumerate(option.cost_lines) if line.id == "d835372321b2")
    tip = model.data(model.index(lockbox, price), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Sekretess enligt 31 kap. 16 § OSL"
    assert model.data(model.index(lockbox, price), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(0, price), Qt.ItemDataRole.BackgroundRole) is None


def test_authority_and_date_of_the_marking(window):
    from datetime import date

    w = window
    w.load_file(example_memo_path())
    card = _legal_page(w).secrecy_card
    card.authority.setText("Nämnden för Intraservice")
    card._authority_edited()
    card.marked_on.setText("2018-05-02")
    card._date_edited()
    assert w.doc.memo.secrecy.authority == "Nämnden för Intraservice"
    assert w.doc.memo.secrecy.marked_on == date(2018, 5, 2)
    card.marked_on.setText("2 maj")
    card._date_edited()
    assert "kunde inte läsas" in card.status.text()
    assert w.doc.memo.secrecy.marked_on == date(2018, 5, 2)  # nothing lost
    w.preview.refresh_now()
    text = w.preview.toPlainText()
    assert "Markeringen gjordes 2018-05-02 av Nämnden för Intraservice" in text


def test_the_grid_highlights_every_cell_the_public_version_withholds(window):
    """The grid and the public .docx agree: a unit-price mark also withholds the line's
    amounts, and a line that carries the marked price is withheld with the same ground."""
    import copy

    from PySide6.QtCore import Qt

    from memo_builder.analysis.revision import Analysis
    from memo_builder.gui.widgets.cost_table import COLUMNS, CostLinesModel

    w = window
    w.load_file(example_memo_path())
    option = w.doc.memo.options[0]
    lockbox = next(line for line in option.cost_lines if line.id == "d835372321b2")
    twin = copy.deepcopy(lockbox)
    twin.id, twin.description = "twin", "Customer Lockbox, optionsår"
    option.cost_lines.append(twin)
    w.doc.revision += 1
    model = CostLinesModel(w.doc, lambda: option)
    column = {c[0]: i for i, c in enumerate(COLUMNS)}
    analysis = Analysis(w.doc.memo)
    withholding = analysis.withholding
    for li, line in enumerate(option.cost_lines):
        for attr in ("unit_price", "_total"):
            lit = model.data(model.index(li, column[attr]),
                             Qt.ItemDataRole.BackgroundRole) is not None
            public = "unit_price" in withholding.line_parts.get((0, li), ()) if attr == \
                "unit_price" else withholding.withheld(FigureKey("line_total", 0, li))
            assert lit == public, (line.description, attr)
    tip = model.data(model.index(len(option.cost_lines) - 1, column["unit_price"]),
                     Qt.ItemDataRole.ToolTipRole)
    assert "samma värde" in tip and "Customer Lockbox" in tip


def test_mark_a_volume_from_the_grid_cell_with_the_menu_and_the_shortcut(window):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from memo_builder.gui.widgets.cost_table import COLUMNS

    w = window
    w.load_file(example_memo_path())
    w.go_to(STEP_KEYS.index("costs"))
    page = w.page_by_key("costs")
    assert "Ctrl+Skift+K" in page.help_html()
    column = {c[0]: i for i, c in enumerate(COLUMNS)}
    index = page.model.index(0, column["volume"])
    line = page.model.lines()[0]
    page._cell_menu(page.table.visualRect(index).center())
    assert "Markera volymen som sekretess" in page._menu.actions()[0].text()
    page._menu.actions()[0].trigger()
    marks = w.doc.memo.secrecy.marks
    assert marks[-1].kind is SecretKind.VOLUME and marks[-1].target == line.id
    assert marks[-1].ground == "31 kap. 16 § OSL"  # the last ground used
    assert page.model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    # The shortcut on the same cell takes the mark away again; undo brings it back.
    page.table.setFocus()
    page.table.setCurrentIndex(index)
    QTest.keyClick(page.table, Qt.Key.Key_K,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not any(m.kind is SecretKind.VOLUME for m in marks)
    w.doc.undo_stack.undo()
    assert any(m.kind is SecretKind.VOLUME and m.target == line.id for m in marks)


def test_the_secrecy_card_lists_what_the_public_version_withholds_and_why(window):
    """From the same catalogue the public version is made from: every marked item, every
    line a mark reaches and every figure withheld because it would reveal one, with why."""
    from memo_builder.model.memo import CostCategory, CostLine, SecrecyMark

    w = window
    w.load_file(example_memo_path())
    option = w.doc.memo.options[0]
    option.cost_lines.append(CostLine(
        id="rebate", description="Rabatt vid treårsavtal", category=CostCategory.CREDIT,
        unit_price=option.cost_lines[0].unit_price + 1, first_year=option.cost_lines[0].first_year,
        last_year=option.cost_lines[0].first_year))
    w.doc.memo.secrecy.marks.append(SecrecyMark(kind=SecretKind.AMOUNT, target="rebate",
                                                ground="31 kap. 16 § OSL"))
    w.doc.revision += 1
    card = _legal_page(w).secrecy_card
    card.refresh()
    text = card.withheld.text()
    withholding = w.services.analysis().withholding
    assert card.withheld.isVisibleTo(card)
    assert "Rabatt vid treårsavtal" in text and "markerad (31 kap. 16 § OSL)" in text
    for figure in withholding.derived():
        if figure.option not in withholding.options:
            assert figure.reason.removeprefix("visas inte: ") in text, figure.key
    assert any(f.label in text for f in withholding.derived())
    # Without marks the list is gone.
    w.doc.memo.secrecy.marks.clear()
    w.doc.revision += 1
    card.refresh()
    assert not card.withheld.isVisibleTo(card)
