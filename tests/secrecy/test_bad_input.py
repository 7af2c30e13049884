"""Bad input to the secrecy marks (issue 19): each case gets a clear Swedish message or a
correct, safe public version, never a traceback; and no table of nothing but "Sekretess".

The memos are a county's school-bus booking service and a region's wheelchair-taxi
dispatch: not the shipped example."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest

from memo_builder.model.memo import (
    CaseDetails,
    CostCategory,
    CostLine,
    DecisionPoint,
    Memo,
    Option,
    Person,
    Recurrence,
    SecrecyMark,
    SecretKind,
)
from memo_builder.publish.service import ExportRequest, export
from tests.helpers import docx_paragraph_texts, docx_tables, validate

OSL = "31 kap. 16 § OSL"


def line(id_, price, *, volume=1, first=2028, last=2031, **kw) -> CostLine:
    return CostLine(id=id_, category=kw.pop("category", CostCategory.SUPPORT), description=id_,
                    volume=Decimal(volume), unit_price=Decimal(price), first_year=first,
                    last_year=last, **kw)


def memo_of(*options: Option, marks=()) -> Memo:
    memo = Memo(
        profile="kommun",
        case=CaseDetails(title="Bokningstjänst för skolskjuts", board="Barn- och utbildningsnämnden",
                         administration="Länsstadens utbildningsförvaltning",
                         memo_date=date(2027, 11, 2), meeting_date=date(2027, 12, 7),
                         officer=Person(name="Handläggare")),
        summary="Sammanfattning.", options=list(options),
        decision_points=[DecisionPoint(text="Nämnden beslutar.")],
    )
    memo.recommended_option_id = options[0].id
    memo.secrecy.marks = [SecrecyMark(kind=k, target=t, ground=OSL) for k, t in marks]
    return memo


def messages(memo: Memo) -> list[str]:
    return [p.message for p in validate(memo)]


def public(memo: Memo) -> bytes:
    return export(memo, request=ExportRequest(draft=True, public=True)).data


def test_no_public_table_is_nothing_but_sekretess():
    # Every line of the bus option is marked: its cost table would be "Sekretess" in every
    # cell. The public version says in one sentence that the table is left out.
    bus = Option(id="bus", title="Upphandlad bokningstjänst", cost_lines=[
        line("Bokningslicens", "845", volume=1200), line("Drift", "180000")])
    own = Option(id="own", title="Egen bokning", cost_lines=[line("Personal", "650000",
                                                                 internal=True)])
    memo = memo_of(bus, own, marks=[(SecretKind.UNIT_PRICE, "Bokningslicens"),
                                    (SecretKind.AMOUNT, "Drift")])
    data = public(memo)
    for table in docx_tables(io.BytesIO(data)):
        body = [c for row in table[1:] for c in row[1:]]
        assert not (body and set(body) <= {"Sekretess", "–", ""}), table
    text = " ".join(t for _s, t in docx_paragraph_texts(io.BytesIO(data)))
    assert "redovisas inte i den offentliga versionen" in text
    # The open option's own table stays.
    assert any(any("Personal" in c for c in row) for t in docx_tables(io.BytesIO(data))
               for row in t)


def test_a_mark_on_a_line_that_is_in_no_cost_is_named():
    # The line has no valid years: no figure carries its value.
    taxi = Option(id="t", title="Samordnad beställning", cost_lines=[
        line("Beställningssystem", "420000", first=0, last=0), line("Drift", "90000")])
    memo = memo_of(taxi, marks=[(SecretKind.UNIT_PRICE, "Beställningssystem")])
    said = messages(memo)
    assert any("ingår inte i någon kostnad" in m and "Beställningssystem" in m for m in said)
    public(memo)  # and the public version is still made


def test_marks_on_every_line_are_named():
    a = Option(id="a", title="Taxi", cost_lines=[line("Körning", "310", volume=5200)])
    b = Option(id="b", title="Egen fordonspool", cost_lines=[line("Fordon", "1400000")])
    memo = memo_of(a, b, marks=[(SecretKind.UNIT_PRICE, "Körning"),
                                (SecretKind.AMOUNT, "Fordon")])
    assert any("Alla kostnadsrader är sekretessmarkerade" in m for m in messages(memo))
    data = public(memo)
    assert b"310" not in data and b"1\xc2\xa0400" not in data


@pytest.mark.parametrize("kind", [SecretKind.UNIT_PRICE, SecretKind.VOLUME, SecretKind.AMOUNT])
def test_a_marked_zero_is_named_and_withheld(kind):
    a = Option(id="a", title="Taxi", cost_lines=[
        line("Körning", "0" if kind is not SecretKind.VOLUME else "310",
             volume=0 if kind is SecretKind.VOLUME else 5200),
        line("Växel", "250000")])
    memo = memo_of(a, marks=[(kind, "Körning")])
    assert any("Körning" in m and " 0 och är sekretessmarkerad" in m for m in messages(memo))
    public(memo)


def test_a_marked_credit_is_explained_and_its_amount_withheld():
    a = Option(id="a", title="Taxi", cost_lines=[
        line("Körning", "310", volume=5200),
        line("Rabatt för samåkning", "85000", category=CostCategory.CREDIT,
             recurrence=Recurrence.ONE_OFF)])
    memo = memo_of(a, marks=[(SecretKind.AMOUNT, "Rabatt för samåkning")])
    assert any("kreditering" in m and "Rabatt för samåkning" in m for m in messages(memo))
    assert b"85\xc2\xa0000" not in public(memo)


def test_a_marked_price_in_a_foreign_currency_with_its_rate_shown():
    a = Option(id="a", title="Molntjänst", cost_lines=[
        line("Abonnemang", "12.40", volume=3000, currency="NOK",
             exchange_rate=Decimal("0.98")),
        line("Drift", "120000")])
    memo = memo_of(a, marks=[(SecretKind.UNIT_PRICE, "Abonnemang")])
    said = [m for m in messages(memo) if "NOK" in m]
    assert len(said) == 1 and "Växelkursen för NOK visas" in said[0]
    data = public(memo)
    # Neither the price in NOK nor the line's amount in kronor (3 000 x 12,40 x 0,98 = 36 456).
    for form in (b"12,40", b"12,4 ", b"36\xc2\xa0456", b"36,5"):
        assert form not in data


def test_a_marked_price_with_no_rate_gives_a_message_not_a_traceback():
    a = Option(id="a", title="Molntjänst", cost_lines=[
        line("Abonnemang", "12.40", volume=3000, currency="NOK", exchange_rate=None),
        line("Drift", "120000")])
    memo = memo_of(a, marks=[(SecretKind.UNIT_PRICE, "Abonnemang")])
    assert any("växelkurs" in m and "Abonnemang" in m for m in messages(memo))
    public(memo)


def test_a_sensitivity_row_is_there_whatever_the_amounts():
    # A licence and a credit of the same 40 EUR cancel: the exchange-rate range is empty. If
    # the row then went missing, a reader would learn that the marked volume is one.
    from memo_builder.analysis.revision import Analysis

    def memo_with_volume(volume):
        a = Option(id="a", title="Tolktjänst", cost_lines=[
            line("Licens", "40", volume=volume, category=CostCategory.LICENCES, currency="EUR",
                 exchange_rate=Decimal("11.42"), recurrence=Recurrence.ONE_OFF),
            line("Återbetalning", "40", category=CostCategory.CREDIT, currency="EUR",
                 exchange_rate=Decimal("11.42"), recurrence=Recurrence.ONE_OFF)])
        return memo_of(a, marks=[(SecretKind.VOLUME, "Licens")])

    texts, decisions = [], []
    for volume in (1, 2, 37):
        memo = memo_with_volume(volume)
        w = Analysis(memo).withholding
        decisions.append({k for k, f in w.figures.items() if not f.shown})
        data = public(memo)
        cells = [c for table in docx_tables(io.BytesIO(data)) for row in table for c in row]
        texts.append(" ".join([t for _s, t in docx_paragraph_texts(io.BytesIO(data))] + cells))
    assert decisions[0] == decisions[1] == decisions[2]
    # The exchange-rate row is said the same way whatever the volume: in the sensitivity
    # table, or (every cell withheld) in the one sentence that replaces that table.
    said = [("Växelkurs ±10" in t, "Känslighet: så mycket kan totalen" in t) for t in texts]
    assert said[0] == said[1] == said[2] and any(said[0])
