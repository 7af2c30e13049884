"""The Excel import's first guess (issue 23): a combined "Typ" column ("extern engång",
"intern årlig") maps to one-off/recurring and internal/external, not to Kategori, and every
mapped field, the index too, is in the preview."""

from __future__ import annotations

from decimal import Decimal

from openpyxl import Workbook

from memo_builder.files.xlsx_import import (
    ImportDefaults,
    guess_mapping,
    plan_import,
    read_sheet,
)
from memo_builder.model.memo import CostCategory, Memo, Option, Recurrence
from tests.helpers import validate

HEADINGS = ["Beskrivning", "Antal", "À-pris (kr)", "Typ", "Från år", "Till år", "Index %"]
ROWS = [
    ["Systemlicenser, användare", 350, 1200, "extern årlig", 2027, 2030, 2.5],
    ["Införande och konfiguration", 1, 480000, "extern engång", 2027, 2027, None],
    ["Egen projektledning", 1600, 720, "intern engång", 2027, 2027, None],
    ["Systemförvaltning", 0.5, 820000, "intern årlig", 2027, 2030, 3],
    ["Drift hos leverantör", 1, 95000, "extern", 2027, 2030, 3],
    ["Utbildning av handläggare", 40, 3500, "engång", 2027, 2027, None],
]


def _sheet(tmp_path, headings=HEADINGS, rows=ROWS):
    wb = Workbook()
    ws = wb.active
    ws.title = "Kalkyl socialtjänst"
    ws.append(headings)
    for row in rows:
        ws.append(row)
    path = tmp_path / "kalkyl.xlsx"
    wb.save(path)
    return read_sheet(path)


def test_a_combined_type_column_maps_to_one_off_and_internal_not_to_category(tmp_path):
    sheet = _sheet(tmp_path)
    mapping = guess_mapping(sheet)
    c = mapping.columns
    assert c["recurrence"] == 3 and c["internal"] == 3
    assert c["category"] is None
    assert (c["description"], c["volume"], c["unit_price"], c["index_percent"]) == (0, 1, 2, 6)
    plan = plan_import(sheet, mapping, ImportDefaults(2027, 2030))
    assert not plan.skipped, plan.skipped
    got = {ln.description: (ln.recurrence, ln.internal) for ln in plan.lines}
    assert got == {
        "Systemlicenser, användare": (Recurrence.ANNUAL, False),
        "Införande och konfiguration": (Recurrence.ONE_OFF, False),
        "Egen projektledning": (Recurrence.ONE_OFF, True),
        "Systemförvaltning": (Recurrence.ANNUAL, True),
        "Drift hos leverantör": (Recurrence.ANNUAL, False),  # not said: yearly
        "Utbildning av handläggare": (Recurrence.ONE_OFF, False),
    }
    categories = {ln.description: ln.category for ln in plan.lines}
    assert categories["Systemlicenser, användare"] is CostCategory.LICENCES
    assert categories["Införande och konfiguration"] is CostCategory.IMPLEMENTATION
    assert categories["Utbildning av handläggare"] is CostCategory.TRAINING
    assert not any("kategorin" in n for n in plan.notices)
    index = {ln.description: ln.index_percent for ln in plan.lines}
    assert index["Systemförvaltning"] == Decimal(3)


def test_a_real_category_column_headed_typ_stays_the_category(tmp_path):
    rows = [["Licenser", 10, 100, "Licenser", 2027, 2028, None],
            ["Konsult", 1, 5000, "Införande", 2027, 2027, None],
            ["Support", 1, 900, "Support och drift", 2027, 2028, None]]
    mapping = guess_mapping(_sheet(tmp_path, rows=rows))
    assert mapping.columns["category"] == 3
    assert mapping.columns["recurrence"] is None and mapping.columns["internal"] is None


def test_a_licence_row_whose_description_says_what_it_counts_needs_no_unit(tmp_path):
    sheet = _sheet(tmp_path)
    plan = plan_import(sheet, guess_mapping(sheet), ImportDefaults(2027, 2030))
    memo = Memo(options=[Option(title="Nytt verksamhetssystem", cost_lines=plan.lines)])
    assert not [p for p in validate(memo) if p.path.endswith("volume_unit")]
    # A licence row that does not say what it counts still gets the warning.
    plan.lines[0].description = "Systemet"
    assert [p for p in validate(memo) if p.path.endswith("volume_unit")]



def test_an_option_from_column_gives_one_row_with_option_years(tmp_path):
    headings = ["Beskrivning", "Antal", "À-pris (kr)", "Från år", "Till år", "Option från år"]
    rows = [["Licenser, användare", 350, 1200, 2027, 2030, 2029],
            ["Support", 1, 80000, 2027, 2030, None],
            ["Felaktig option", 1, 100, 2027, 2028, 2031]]
    sheet = _sheet(tmp_path, headings, rows)
    mapping = guess_mapping(sheet)
    assert mapping.columns["option_from_year"] == 5 and mapping.columns["option_period"] is None
    plan = plan_import(sheet, mapping, ImportDefaults(2027, 2030))
    assert [(ln.description, ln.option_from_year) for ln in plan.lines] == [
        ("Licenser, användare", 2029), ("Support", 0)]
    (row, reason), = plan.skipped
    assert row == 4 and "optionen från 2031" in reason
