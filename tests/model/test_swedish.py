"""Swedish formats via Babel sv_SE: non-breaking group spaces, decimal comma, dates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from memo_builder.model import swedish

NB = "\u00a0"


def test_numbers_group_with_non_breaking_space_and_decimal_comma():
    assert swedish.number(Decimal("2096097")) == f"2{NB}096{NB}097"
    assert swedish.number(Decimal("2.45"), 1) == "2,5"  # half up, not banker's
    assert swedish.number(Decimal("-306")) == "\u2212306"
    assert swedish.number(Decimal("-0.4")) == "0"


def test_money_units():
    assert swedish.kronor(Decimal("586907")) == f"586{NB}907{NB}kronor"
    assert swedish.kr(Decimal("615312")) == f"615{NB}312{NB}kr"
    # tkr: 1 234 567 kr -> 1 235 tkr (rounded half up)
    assert swedish.tkr(Decimal("1234567")) == f"1{NB}235"
    assert swedish.tkr(Decimal("1499")) == "1"
    assert swedish.tkr(Decimal("1500")) == "2"
    assert swedish.mnkr(Decimal("74300000")) == f"74,3{NB}mnkr"


def test_percent_has_space_before_sign():
    assert swedish.percent(Decimal("26")) == f"26{NB}%"
    assert swedish.percent(Decimal("2.5"), 1) == f"2,5{NB}%"


def test_dates():
    assert swedish.long_date(date(2018, 6, 1)) == "1 juni 2018"
    assert swedish.long_date(date(2021, 12, 31)) == "31 december 2021"
    assert swedish.iso_date(date(2018, 6, 1)) == "2018-06-01"
    assert swedish.long_date(None) == "" and swedish.iso_date(None) == ""


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1 234,50", "1234.50"),
        (f"1{NB}234,5", "1234.5"),
        ("1234.5", "1234.5"),
        ("-12", "-12"),
        ("\u221212", "-12"),
        ("250 kr", "250"),
        ("0,001", "0.001"),
    ],
)
def test_parse_number_accepts_what_swedes_type(text, value):
    assert swedish.parse_number(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "tio", "1,234,5", "1.2.3", "NaN", "Infinity", "1e99"])
def test_parse_number_refuses_with_a_swedish_message(text):
    with pytest.raises(ValueError) as info:
        swedish.parse_number(text)
    assert "tal" in str(info.value)


def test_percent_rounds_half_up_like_numbers():
    assert swedish.percent(Decimal("2.125"), 2) == f"2,13{NB}%"
    assert swedish.number(Decimal("2.125"), 2) == "2,13"


# -- the one number parser (issue 18): Babel's strict sv_SE reading, with what users type ------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("7\u202f500\u202f000", "7500000"),  # narrow no-break spaces, as a web page copies them
        ("7\u2009500", "7500"),  # a thin space
        ("  -3 400 ", "-3400"),
        ("+18,25", "18.25"),
        ("4 050,00 KR", "4050.00"),
        ("3,75%", "3.75"),
        ("12 500.75", "12500.75"),  # a decimal point where the text has no comma
        ("987 654 321 012 345,5", "987654321012345.5"),
    ],
)
def test_parse_number_reads_the_swedish_forms(text, value):
    assert swedish.parse_number(text) == Decimal(value)


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [("45 00", "4 500"), ("3 2 1", "321"), ("1 2345,5", "12 345,5")],
)
def test_badly_grouped_digits_are_refused_with_the_grouping_meant(text, suggestion):
    # The old parser dropped every space and read "45 00" as 4500 without a word.
    with pytest.raises(ValueError) as info:
        swedish.parse_number(text)
    message = str(info.value)
    assert "inte ett tal" in message and f"Menade du {suggestion}" in message


@pytest.mark.parametrize("text", ["2e3", "0x1F", "12-4", "sNaN", "--5", "5 kr 5"])
def test_what_no_swede_types_as_a_number_is_refused(text):
    with pytest.raises(swedish.NumberError, match="inte ett tal"):
        swedish.parse_number(text)


def test_a_number_beyond_any_budget_says_so():
    with pytest.raises(swedish.NumberError) as info:
        swedish.parse_number("12 345 678 901 234 567")
    assert info.value.too_large and "orimligt stort" in str(info.value)
    assert swedish.parse_number("1 234 567 890 123 456") == Decimal("1234567890123456")


@pytest.mark.parametrize(
    ("text", "value"),
    [("9,876,543.21", "9876543.21"), ("9.876.543,21", "9876543.21"), ("4'200", "4200"),
     ("6.543.210", "6543210"), ("6,543,210", "6543210"), ("65 43", "6543"), ("0.75", "0.75")],
)
def test_a_foreign_sheet_is_read_by_its_marks(text, value):
    assert swedish.parse_number(text, foreign=True) == Decimal(value)
