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
