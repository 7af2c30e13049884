"""Say each thing once (issue 21): the sensitivity of every option's total in one table, an
option whose cost rows are mostly another's shown by the rows that differ and its sums, and the
exchange rate once for all tables.

The case is a region's learning platform, not the shipped example: four contract years, an
option that adds a row (not one that leaves a row out), a third option priced in euro only.
"""

from __future__ import annotations

import copy
import io
import re
from decimal import Decimal as D

import docx

from memo_builder.model.memo import (
    CostLine,
    Option,
    Recurrence,
    SecrecyMark,
    SecretKind,
)
from memo_builder.publish.service import ExportRequest, export
from memo_builder.render.pipeline import profile_for, render
from tests.helpers import example_memo


def _line(description, volume, unit, price, first=2027, last=2030, **kw) -> CostLine:
    return CostLine(description=description, volume=D(volume), volume_unit=unit,
                    unit_price=D(price), first_year=first, last_year=last, **kw)


def _platform_lines() -> list[CostLine]:
    return [
        _line("Lärplattform, elevlicenser", 12_000, "elever", 95),
        _line("Support från leverantören", 1, "avtal", 240_000),
        _line("Integration mot elevregistret", 1, "projekt", 350_000, last=2027,
              recurrence=Recurrence.ONE_OFF),
        _line("Förvaltning i egen regi", 2, "årsarbetskrafter", 680_000, internal=True),
    ]


def region_memo():
    memo = copy.deepcopy(example_memo())
    memo.case.organisation = "Region Gävleborg"
    memo.case.administration = "Regionkontoret"
    memo.case.board = "Regionstyrelsen"
    memo.secrecy.marks = []
    memo.criteria = []
    memo.assumptions.note = "Licenserna räknas på 12 000 elever läsåret 2026/27."
    extend = Option(title="Förläng avtalet om lärplattformen", cost_lines=_platform_lines())
    module = Option(title="Förläng avtalet och lägg till bedömningsmodulen",
                    cost_lines=[*_platform_lines(),
                                _line("Bedömningsmodul", 12_000, "elever", 14)])
    euro = Option(title="Byt till en europeisk plattform", cost_lines=[
        _line("Europeisk plattform, elevlicenser", 12_000, "elever", D("9.50"), currency="EUR",
              exchange_rate=D("11.45")),
        _line("Migrering av kurser och inlämningar", 1, "projekt", 1_900_000, last=2027,
              recurrence=Recurrence.ONE_OFF),
    ])
    memo.options = [extend, module, euro]
    memo.recommended_option_id = memo.baseline_option_id = extend.id
    return memo


def lines(memo, public: bool = False) -> list[str]:
    return render(memo, profile_for(memo), public=public).tree.text().split("\n")


def tables(memo, **options) -> list[list[list[str]]]:
    document = docx.Document(io.BytesIO(export(memo, request=ExportRequest(**options)).data))
    return [[[c.text for c in r.cells] for r in t.rows] for t in document.tables]


def test_the_sensitivity_of_every_option_is_one_table_with_each_assumption_once():
    memo = region_memo()
    text = lines(memo)
    assert not any(t.startswith("Känslighet –") for t in text)  # no block per option
    sens = [t for t in tables(memo) if t[0][0].startswith("Känslighet")]
    assert len(sens) == 1
    table = sens[0]
    assert table[0][1:] == ["Alternativ 1", "Alternativ 2", "Alternativ 3"]
    labels = [r[0] for r in table[1:]]
    assert labels == ["Licensvolym ±10\u00a0%", "Index ±2 procentenheter", "Växelkurs ±10\u00a0%",
                      "Alla tre samtidigt"]
    fx = table[3]
    # Only the euro option moves with the rate; the others say so with "–".
    assert fx[1:3] == ["–", "–"] and re.fullmatch(r"[\d\u00a0]+–[\d\u00a0]+", fx[3])


def test_an_assumption_that_moves_no_total_is_left_out_and_all_at_once_counts_the_rest():
    memo = region_memo()
    memo.options = memo.options[:2]  # no euro: the rate moves nothing
    table = next(t for t in tables(memo) if t[0][0].startswith("Känslighet"))
    assert [r[0] for r in table[1:]] == ["Licensvolym ±10\u00a0%", "Index ±2 procentenheter",
                                         "Båda samtidigt"]


def test_an_option_that_adds_a_row_shows_that_row_and_its_sums_under_one_sentence():
    memo = region_memo()
    text = lines(memo)
    assert ("Samma kostnadsrader som alternativ 1. Tabellen visar de rader som skiljer sig och "
            "summorna.") in text
    cost_tables = [t for t in tables(memo) if t[0][0] == "Kostnad (tkr)"]
    assert len(cost_tables) == 3
    first, second, third = ([r[0] for r in t[1:]] for t in cost_tables)
    assert any(r.startswith("Lärplattform, elevlicenser") for r in first)
    assert second[0].startswith("Bedömningsmodul") and len(second) == 2
    assert any(r.startswith("Europeisk plattform") for r in third)  # nothing in common: whole
    # The option's own sums are its own, not the first option's.
    assert cost_tables[1][-1][-1] != cost_tables[0][-1][-1]


def test_an_option_that_leaves_a_row_out_names_it():
    memo = region_memo()
    memo.options[1].cost_lines = _platform_lines()[:3]  # without its own staff
    memo.options[1].title = "Förläng avtalet med förvaltning hos leverantören"
    assert ("Samma kostnadsrader som alternativ 1 utom ”Förvaltning i egen regi”, som inte "
            "ingår. Tabellen visar summorna.") in lines(memo)


def test_options_that_share_few_rows_keep_their_whole_tables():
    memo = region_memo()
    for line in memo.options[1].cost_lines[1:4]:
        line.unit_price += 1  # three rows of five differ
    assert not any(t.startswith("Samma kostnadsrader") for t in lines(memo))


def test_the_public_version_never_calls_a_withheld_row_shared():
    memo = region_memo()
    # The same two prices marked in both options: their rows read alike ("Sekretess").
    memo.secrecy.marks = [SecrecyMark(kind=SecretKind.UNIT_PRICE, target=line.id,
                                      ground="31 kap. 16 § OSL")
                          for option in memo.options[:2] for line in option.cost_lines[:2]]
    public = lines(memo, public=True)
    assert not any(t.startswith("Samma kostnadsrader") and "skiljer" not in t for t in public)
    tabs = [t for t in tables(memo, public=True) if t[0][0] == "Kostnad (tkr)"]
    second = [r[0] for r in tabs[1][1:]]
    assert any(r.startswith("Lärplattform, elevlicenser") for r in second)


def test_the_exchange_rate_is_said_once_and_not_when_the_note_gives_it():
    memo = region_memo()
    text = lines(memo)
    assert sum("11,45\u00a0kr per EUR" in t for t in text) == 1
    memo.assumptions.note += " Euro räknas om med kursen 11,45 kronor."
    assert sum("11,45" in t for t in lines(memo)) == 1  # the official's note only
