"""The whole walk from a new memo to a Word file, through the widgets, then the .docx is read."""

from __future__ import annotations

import docx
from PySide6.QtCore import Qt

from memo_builder.gui.steps import STEP_KEYS
from tests.gui.helpers import click, edit_cell, type_into


def test_new_memo_to_word_file(window, qtbot, answers, tmp_path):
    w = window
    # 1 Ärendet
    case = w.page(0)
    # A first start from another municipality: the neutral profile, nothing says Göteborg.
    assert w.doc.memo.profile == "kommun" and w.doc.memo.case.organisation == ""
    assert not any("Göteborg" in case.board.itemText(i) for i in range(case.board.count()))
    type_into(qtbot, case.title_edit, "Förnyelse av avtal om e-posttjänst")
    type_into(qtbot, case.organisation, "Umeå kommun")
    type_into(qtbot, case.board.lineEdit(), "Nämnden för Intraservice")
    type_into(qtbot, case.administration, "Intraservice")
    type_into(qtbot, case.dnr, "0042/24")
    case.memo_date.edit.clear()
    type_into(qtbot, case.memo_date.edit, "2024-03-01", finish=True)
    type_into(qtbot, case.meeting_date.edit, "2024-03-20", finish=True)
    type_into(qtbot, case.officer_name, "Eva Andersson")
    memo = w.doc.memo
    assert memo.case.title == "Förnyelse av avtal om e-posttjänst"
    assert memo.case.meeting_date.isoformat() == "2024-03-20"
    click(qtbot, w.next_button)

    # 2 Bakgrund
    assert w.current_step() == 1
    bg = w.page(1)
    type_into(qtbot, bg.summary, "Avtalet om e-post löper ut. Förvaltningen föreslår en förnyelse.")
    type_into(qtbot, bg.background, "Nämnden beslutade 2021 om nuvarande avtal.")
    click(qtbot, w.next_button)

    # 3 Alternativ: two options, the first is the proposal
    opts = w.page(2)
    click(qtbot, opts.list.add_button)
    type_into(qtbot, opts.title_edit, "Förnya avtalet i tre år")
    type_into(qtbot, opts.description, "Staden förnyar avtalet.")
    click(qtbot, opts.recommended)
    click(qtbot, opts.baseline)
    click(qtbot, opts.list.add_button)
    type_into(qtbot, opts.title_edit, "Förnya inte")
    assert [o.title for o in memo.options] == ["Förnya avtalet i tre år", "Förnya inte"]
    assert memo.recommended_option() is memo.options[0]
    assert memo.baseline_option() is memo.options[0]
    click(qtbot, w.next_button)

    # 4 Kostnader: a licence line typed the Swedish way, and an internal line
    costs = w.page(3)
    costs.option_combo.setCurrentIndex(0)
    click(qtbot, costs.add_line)
    table = costs.table
    edit_cell(qtbot, table, 0, 1, "E-postlicenser")
    edit_cell(qtbot, table, 0, 2, "100")
    edit_cell(qtbot, table, 0, 3, "licenser")
    edit_cell(qtbot, table, 0, 4, "1 234,50")
    edit_cell(qtbot, table, 0, 9, "2026")
    line = memo.options[0].cost_lines[0]
    assert str(line.unit_price) == "1234.50"
    assert line.first_year == 2024 and line.last_year == 2026
    click(qtbot, costs.add_internal)
    edit_cell(qtbot, table, 1, 1, "Egen förvaltning")
    edit_cell(qtbot, table, 1, 2, "10")
    edit_cell(qtbot, table, 1, 4, "1000")
    assert memo.options[0].cost_lines[1].internal
    type_into(qtbot, costs.user_count, "100")
    # 3 years x 100 x 1 234,50 = 370 350 kr; internal 3 x 10 x 1000 = 30 000 kr
    assert costs.totals_labels["total"].text().replace("\u00a0", " ") == "400 350 kr"
    click(qtbot, w.next_button)

    # 5 Konsekvenser
    cons = w.page(4)
    type_into(qtbot, cons.deadline.edit, "2024-06-01", finish=True)
    click(qtbot, cons.service_rows.add_button)
    type_into(qtbot, cons.service_rows.field(0, "name"), "e-post")
    count = cons.service_rows.field(0, "count")
    count.setFocus()
    qtbot.keyClick(count, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # replace the 0
    type_into(qtbot, count, "100")
    type_into(qtbot, cons.service_rows.field(0, "affected"), "anställda")
    assert [(x.name, x.count, x.affected) for x in memo.consequences.services] == [
        ("e-post", 100, "anställda")]
    click(qtbot, w.next_button)

    # 6 Juridik: take the first suggestion from the library and assess it
    legal = w.page(5)
    assert legal.lib_tree.topLevelItemCount() > 0
    first = legal.entry_rows()[0]  # the first entry under the "Passar ärendet" heading
    legal.lib_tree.setCurrentItem(first)
    click(qtbot, legal.add_from_lib)
    assert len(memo.caveats) == 1 and memo.caveats[0].library_id
    legal.cv_assessment.setCurrentIndex(legal.cv_assessment.findData("yes"))
    legal.cv_assessment.activated.emit(legal.cv_assessment.currentIndex())
    assert memo.caveats[0].assessment.value == "yes"
    click(qtbot, w.next_button)

    # 7 Bedömningsgrunder: optional, walked past (an empty step adds nothing to the memo)
    assert w.current_step() == STEP_KEYS.index("criteria")
    click(qtbot, w.next_button)

    # 8 Förslag till beslut
    dec = w.page_by_key("decision")
    click(qtbot, dec.points.add_button)
    type_into(qtbot, dec.points.field(0), "förnya avtalet om e-post för perioden 2024-06-01–2027-05-31.")
    click(qtbot, dec.points.add_button)
    type_into(qtbot, dec.points.field(1), "uppdra åt förvaltningen att följa upp kostnaderna.")
    click(qtbot, dec.signatures.add_button)
    type_into(qtbot, dec.signatures.field(0, "name"), "Karin Berg")
    type_into(qtbot, dec.signatures.field(0, "title"), "Förvaltningsdirektör")
    assert [p.text for p in memo.decision_points][1].startswith("uppdra")
    click(qtbot, w.next_button)

    # 9 Granska och skapa
    assert w.current_step() == STEP_KEYS.index("review")
    review = w.page_by_key("review")
    w.validate_now()
    from memo_builder.model.problems import Level

    assert not [p for p in w.problems if p.level is Level.ERROR], w.problems
    target = tmp_path / "ut" / "skrivelse.docx"
    target.parent.mkdir()
    answers.save_paths.append(str(target))
    click(qtbot, review.export_button)
    assert answers.suggested.endswith("2024-03-01 Förnyelse av avtal om e-posttjänst.docx")
    assert target.is_file()
    assert review.open_button.isEnabled()
    assert w.act_open_word.isEnabled()

    d = docx.Document(str(target))
    texts = [p.text for p in d.paragraphs]
    headings = [p.text for p in d.paragraphs if p.style.style_id.startswith("Heading")
                or p.style.name.lower().startswith(("heading", "rubrik"))]
    assert "Förnyelse av avtal om e-posttjänst" in texts
    assert "Förslag till beslut" in headings
    assert "Juridiska bedömningar" in headings
    body = "\n".join(texts)
    # Issue 20: the official's dates stay as typed; only the range is kept on one line
    assert "förnya avtalet om e-post för perioden 2024-06-01–\u20602027-05-31." in body
    assert "uppdra åt förvaltningen att följa upp kostnaderna." in body
    assert "Karin Berg" in body
    tables = "\n".join(c.text for t in d.tables for r in t.rows for c in r.cells)
    assert "400" in tables.replace("\u00a0", " ")  # 400 350 kr -> 400 tkr
    assert "400 350" in (body + tables).replace("\u00a0", " ")


def test_step_list_and_shortcuts_navigate(window, qtbot):
    w = window
    w.step_list.setCurrentRow(4)
    assert w.current_step() == 4
    w.act_next.trigger()
    assert w.current_step() == 5
    w.act_prev.trigger()
    assert w.current_step() == 4
    assert not w.next_button.isHidden()
    w.go_to(len(STEP_KEYS) - 1)
    assert w.next_button.isHidden()
    assert w.step_label.text().startswith(f"Steg {len(STEP_KEYS)} av {len(STEP_KEYS)}")
    _ = Qt
