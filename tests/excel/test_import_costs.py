"""Cost lines from Excel: workbooks as officials make them, and every bad file."""

from __future__ import annotations

from datetime import date as _date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from memo_builder.errors import UserError
from memo_builder.files.xlsx_import import (
    ImportDefaults,
    Sheet,
    guess_mapping,
    mapping_with,
    parse_number,
    plan_import,
    read_sheet,
)
from memo_builder.model.memo import CostCategory, Recurrence
from tests.excel import workbooks as W


def test_swedish_headers_on_row_3_merged_text_numbers_and_formulas(tmp_path):
    sheet = read_sheet(W.swedish_row3_merged(tmp_path / "kalkyl.xlsx"))
    mapping = guess_mapping(sheet)
    assert mapping.header_row == 4  # the two-row header ends on row 4; data from row 5
    c = mapping.columns
    assert (c["description"], c["category"], c["volume"], c["unit"], c["unit_price"]) == (0, 1, 2, 3, 4)
    assert (c["currency"], c["first_year"], c["last_year"]) == (5, 6, 7)
    assert (c["internal"], c["recurrence"]) == (8, 9)
    plan = plan_import(sheet, mapping, ImportDefaults(2018, 2020))
    by_name = {line.description: line for line in plan.lines}
    assert list(by_name) == ["Office 365 E3", "Införandeprojekt", "Projektledning", "Support"]
    licences = by_name["Office 365 E3"]
    assert licences.volume == 45000 and licences.unit_price == Decimal("1234.50")
    assert licences.category is CostCategory.LICENCES and licences.volume_unit == "licenser"
    assert (licences.first_year, licences.last_year) == (2018, 2020)
    project = by_name["Införandeprojekt"]
    assert project.recurrence is Recurrence.ONE_OFF and project.unit_price == 2_500_000
    assert project.currency == "SEK" and project.first_year == project.last_year == 2018
    staff = by_name["Projektledning"]
    assert staff.internal and staff.category is CostCategory.INTERNAL_STAFF
    support = by_name["Support"]
    assert support.unit_price == 4500  # the formula's cached value
    assert support.currency == "EUR" and support.exchange_rate is None
    assert any("Växelkurs för EUR" in n for n in plan.notices)
    skipped = dict(plan.skipped)
    assert "styckpris" in skipped[5]  # the section heading "Licenser"
    assert "”ca 40” är inget tal" in skipped[10] and "kolumn C" in skipped[10]
    assert "summarad" in skipped[11]
    assert plan.rows == [6, 7, 8, 9]


def test_english_headers(tmp_path):
    sheet = read_sheet(W.english_plain(tmp_path / "costs.xlsx"))
    mapping = guess_mapping(sheet)
    assert mapping.header_row == 1
    plan = plan_import(sheet, mapping)
    assert not plan.skipped
    licences, setup, staff = plan.lines
    assert licences.unit_price == Decimal("1234.50") and licences.currency == "EUR"
    assert licences.exchange_rate == Decimal("11.25") and licences.volume == 100
    assert (licences.first_year, licences.last_year) == (2024, 2026)
    assert setup.recurrence is Recurrence.ONE_OFF and setup.exchange_rate is None
    assert staff.internal and not licences.internal


def test_the_user_corrects_the_mapping(tmp_path):
    sheet = read_sheet(W.english_plain(tmp_path / "costs.xlsx"))
    mapping = mapping_with(guess_mapping(sheet), volume=None)
    plan = plan_import(sheet, mapping)
    assert [line.volume for line in plan.lines] == [1, 1, 1]
    none = mapping_with(mapping, unit_price=None)
    plan = plan_import(sheet, none)
    assert not plan.lines and "styckpris" in plan.notices[0]


def test_a_formula_without_a_cached_value_skips_its_row(tmp_path):
    sheet = read_sheet(W.uncached_formula(tmp_path / "f.xlsx"))
    plan = plan_import(sheet, guess_mapping(sheet))
    assert [line.description for line in plan.lines] == ["Licenser"]
    (row, reason), = plan.skipped
    assert row == 3 and "inget sparat värde" in reason and "kolumn C" in reason


@pytest.mark.parametrize(
    ("maker", "name", "words"),
    [
        (W.xls, "gammal.xls", "gamla format (.xls)"),
        (W.xls, "forklaedd.xlsx", "gamla format (.xls)"),
        (W.encrypted, "hemlig.xlsx", "lösenordsskyddad"),
        (W.corrupt, "trasig.xlsx", "skadad"),
        (W.empty_sheet, "tom.xlsx", "är tomt"),
    ],
)
def test_bad_files_get_one_clear_sentence(tmp_path, maker, name, words):
    path = maker(tmp_path / name)
    with pytest.raises(UserError) as info:
        read_sheet(path)
    message = str(info.value)
    assert words in message and name in message and "\n" not in message


def test_other_formats_and_missing_files(tmp_path):
    (tmp_path / "a.csv").write_text("a;b\n", encoding="utf-8")
    with pytest.raises(UserError, match="ingen Excel-arbetsbok"):
        read_sheet(tmp_path / "a.csv")
    with pytest.raises(UserError, match="finns inte"):
        read_sheet(tmp_path / "saknas.xlsx")
    (tmp_path / "text.xlsx").write_text("inte en arbetsbok", encoding="utf-8")
    with pytest.raises(UserError, match="ingen Excel-arbetsbok"):
        read_sheet(tmp_path / "text.xlsx")


def test_a_sheet_with_100000_rows_is_refused(tmp_path):
    path = W.many_rows(tmp_path / "stor.xlsx")
    with pytest.raises(UserError, match=r"fler än 5\u00a0000 rader"):
        read_sheet(path)


def test_macros_never_run_the_values_are_read(tmp_path):
    sheet = read_sheet(W.xlsm(tmp_path / "makro.xlsm"))
    assert any("Makron körs aldrig" in n for n in sheet.notices)
    plan = plan_import(sheet, guess_mapping(sheet))
    assert [line.description for line in plan.lines] == ["Licenser"]


def test_choosing_a_sheet(tmp_path):
    path = W.swedish_row3_merged(tmp_path / "k.xlsx")
    assert read_sheet(path, "kalkyl").name == "Kalkyl"  # case does not matter
    with pytest.raises(UserError, match="Bladet 'Budget' finns inte.*'Kalkyl'"):
        read_sheet(path, "Budget")


@pytest.mark.parametrize(
    ("text", "value"),
    [("1 234,50", "1234.50"), ("1\u00a0234,50 kr", "1234.50"), ("1,234.50", "1234.50"),
     ("1.234.567", "1234567"), ("12 000 SEK", "12000"), ("−5", "-5"), ("(1 000)", "-1000"),
     ("0,5", "0.5"), ("2 %", "2"), ("110 €", "110"), (0.30000000000000004, "0.3"), (7, "7"),
     ("1,234,567", "1234567")],
)
def test_numbers_as_people_type_them(text, value):
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize("text", ["ca 40", "40 eller 50", "#DIV/0!", "1,2,3.4.5x"])
def test_text_is_not_a_number(text):
    with pytest.raises(ValueError):
        parse_number(text)


def test_an_index_formatted_as_percent_and_dates_as_years(tmp_path):
    import datetime

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Beskrivning", "Styckpris", "Indexuppräkning", "Startår", "Slutår", "Option"])
    ws.append(["Licenser", 100, 0.025, datetime.date(2024, 1, 1), "2026", "Ja"])
    ws["C2"].number_format = "0.0%"
    ws.append(["Drift", 50, "2,5 %", 2024, 2025, "Nej"])
    wb.save(tmp_path / "p.xlsx")
    sheet = read_sheet(tmp_path / "p.xlsx")
    plan = plan_import(sheet, guess_mapping(sheet))
    first, second = plan.lines
    assert first.index_percent == Decimal("2.5") == second.index_percent
    assert (first.first_year, first.last_year) == (2024, 2026) and first.option_period
    assert not second.option_period


def test_a_column_headed_kostnad_is_the_amount_when_another_names_the_line(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["Post", "Kostnad (kr)", "År"])
    wb.active.append(["Licenser", "120 000", 2025])
    wb.save(tmp_path / "k.xlsx")
    sheet = read_sheet(tmp_path / "k.xlsx")
    mapping = guess_mapping(sheet)
    assert (mapping.columns["description"], mapping.columns["unit_price"]) == (0, 1)
    (line,) = plan_import(sheet, mapping).lines
    assert line.unit_price == 120000 and line.first_year == line.last_year == 2025

_cells = st.one_of(
    st.none(), st.text(max_size=20), st.integers(-10**20, 10**20), st.booleans(),
    st.floats(allow_nan=True, allow_infinity=True), st.dates(min_value=_date(1, 1, 1)),
    st.sampled_from(["Beskrivning", "Antal", "Styckpris", "År", "Från år", "Till år", "Valuta",
                     "Engång", "Intern", "Option", "Index", "Växelkurs", "1 234,5", "EUR",
                     "ja", "nej", "Summa", "2019–2021", "#REF!", "−12", "(5)", "x"]),
)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(_cells, max_size=8), max_size=12))
def test_any_sheet_gives_lines_or_reasons_never_an_exception(rows):
    sheet = Sheet("Blad1", "fil.xlsx", rows)
    mapping = guess_mapping(sheet)
    plan = plan_import(sheet, mapping, ImportDefaults(2024, 2026))
    for line in plan.lines:
        assert 1900 <= line.first_year <= 2200 and line.volume >= 0
    assert all(isinstance(reason, str) and reason for _row, reason in plan.skipped)
