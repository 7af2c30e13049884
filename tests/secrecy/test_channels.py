"""Channels a reader of the public .docx can read that the solver does not, each on a memo of
its own (a region choosing a journal system, a camera contract whose first year is free), each
failing on the code before the fix.

Each test moves the confidential values along the move the rule says the reader cannot rule
out (``Disclosure.room``) and asserts that the public document stays word for word the same:
a figure or a sentence that changes with the move tells the reader which candidate is true.
"""

from __future__ import annotations

import copy
import io
import re
import zipfile
from datetime import date, datetime
from decimal import Decimal

from memo_builder.analysis.revision import Analysis
from memo_builder.model.memo import (
    CaseDetails,
    CostCategory,
    CostLine,
    Criterion,
    DecisionPoint,
    Memo,
    Option,
    Person,
    Recurrence,
    Score,
    SecrecyMark,
    SecretKind,
)
from memo_builder.model.secrecy import FigureKey
from memo_builder.render.pipeline import build_docx

OSL = "31 kap. 16 § OSL"
NOW = datetime(2026, 9, 1, 9, 0, 0)


def line(id_, price, *, volume=1, first=2027, last=2030, **kw) -> CostLine:
    return CostLine(id=id_, category=kw.pop("category", CostCategory.SUPPORT), description=id_,
                    volume=Decimal(volume), unit_price=Decimal(price), first_year=first,
                    last_year=last, **kw)


def memo_of(*options: Option, marks=(), recommended=0, baseline=None) -> Memo:
    memo = Memo(
        profile="goteborg",
        case=CaseDetails(title="Journalsystem för primärvården", board="Regionstyrelsen",
                         administration="Region Västerbys hälso- och sjukvårdsförvaltning",
                         memo_date=date(2026, 9, 1), meeting_date=date(2026, 10, 6),
                         officer=Person(name="Handläggare")),
        summary="Sammanfattning.", options=list(options),
        decision_points=[DecisionPoint(text="Regionstyrelsen beslutar.")],
    )
    memo.recommended_option_id = options[recommended].id
    if baseline is not None:
        memo.baseline_option_id = options[baseline].id
    memo.secrecy.marks = [SecrecyMark(kind=k, target=t, ground=OSL) for k, t in marks]
    return memo


def public_text(memo: Memo) -> str:
    buffer = io.BytesIO()
    build_docx(memo, buffer, draft=True, public=True, now=NOW)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as z:
        text = "\n".join(z.read(n).decode("utf-8", "replace") for n in sorted(z.namelist())
                         if n.endswith((".xml", ".rels")))
    return re.sub(r'w:rsid\w*="[0-9A-F]+"', "", text)


def moved(memo: Memo, steps: int) -> Memo:
    """``memo`` with every confidential value moved ``steps`` whole steps along the move the
    rule says the reader cannot rule out (each value is one marked line's here)."""
    w = Analysis(memo).withholding
    room = w.disclosure.room(0)
    assert room is not None
    direction, lo, hi = room
    assert lo <= steps <= hi
    other = copy.deepcopy(memo)
    for k, secret in enumerate(w.secrets):
        (oi, li), = secret.lines
        target = other.options[oi].cost_lines[li]
        delta = Decimal(direction.get(k, 0)) * Decimal(secret.step.numerator) / \
            Decimal(secret.step.denominator) * steps
        target.unit_price += delta
    return other


# -- the cost scores --------------------------------------------------------------------------
def region_with_cost_criterion() -> Memo:
    """Three options for a region's journal system. Option 2's licence price (500 licences,
    2027–2032) and its one-off rabatt (2027) are marked; its total shows, since the rabatt
    offsets the price (7 417 000 kr). The cost scores compare 2027–2030, the years every
    option covers: option 2's cost over them is a second sum of the two marked values."""
    a = Option(id="a", title="Förläng nuvarande", cost_lines=[line("Drift", "1200000")])
    b = Option(id="b", title="Ny leverantör", cost_lines=[
        line("Journallicens", "2389", volume=500, last=2032),
        line("Rabatt", "400000", category=CostCategory.CREDIT, recurrence=Recurrence.ONE_OFF,
             last=2027),
        line("Införande", "650000", recurrence=Recurrence.ONE_OFF, last=2027)])
    c = Option(id="c", title="Egen drift", cost_lines=[line("Personal", "900000", internal=True)])
    memo = memo_of(a, b, c, recommended=1, marks=[(SecretKind.UNIT_PRICE, "Journallicens"),
                                                  (SecretKind.AMOUNT, "Rabatt")])
    memo.criteria = [Criterion(title="Kostnad", weight=Decimal(40), from_costs=True),
                     Criterion(title="Kvalitet", weight=Decimal(60), scores=[
                         Score(option_id=o.id, score=s) for o, s in zip(memo.options, (4, 3, 2),
                                                                        strict=True)])]
    return memo


def test_criteria_cost_scores_over_the_common_years_do_not_pin_a_marked_price():
    # Board's version: option 2 costs 5 028 000 kr over 2027–2030, so option 1 scores
    # 1 + 4 x 228 000 / 1 428 000 = 1,64; the weighted sums and the robustness sentence carry
    # it to a few hundredths. With the total 7 417 000 kr = 3 000 x price - rabatt + 650 000,
    # the public version gave the price as 2 386–2 389 kr (2 389 with a rabatt in round
    # tens of thousands).
    memo = region_with_cost_criterion()
    w = Analysis(memo).withholding
    assert w.figures[FigureKey("total", 1)].shown  # the total alone leaves both unbounded
    assert w.withheld(FigureKey("criteria_scores"))
    assert w.withheld(FigureKey("criteria_totals"))
    assert w.withheld(FigureKey("criteria_robustness"))
    truth = public_text(memo)
    for steps in (-13, 3, 40):
        assert public_text(moved(memo, steps)) == truth, steps


def test_criteria_cost_scores_still_show_when_every_option_covers_the_same_years():
    memo = region_with_cost_criterion()
    for option in memo.options:
        for cost in option.cost_lines:
            cost.last_year = max(cost.first_year, min(cost.last_year, 2030))
    memo.options[1].cost_lines[0].last_year = 2030
    w = Analysis(memo).withholding
    assert w.figures[FigureKey("total", 1)].shown
    assert not w.withheld(FigureKey("criteria_scores"))  # a function of the shown totals


# -- the years outside the common ones ----------------------------------------------------------
def first_year_free(rebate: str = "1194500") -> Memo:
    """A camera contract 2027–2032 at a marked price per camera (500 cameras) whose first year
    is free: a marked one-off rabatt in 2027 equal to that year's licences (500 x 2 389 kr).
    The baseline, the current contract, runs 2028–2032, so 2027 is outside the common years."""
    new = Option(id="a", title="Nytt avtal", cost_lines=[
        line("Kameralicens", "2389", volume=500, last=2032),
        line("Första året fritt", rebate, category=CostCategory.CREDIT,
             recurrence=Recurrence.ONE_OFF, last=2027)])
    current = Option(id="b", title="Nuvarande avtal", cost_lines=[
        line("Drift", "1300000", first=2028, last=2032)])
    return memo_of(new, current, baseline=1, marks=[
        (SecretKind.UNIT_PRICE, "Kameralicens"), (SecretKind.AMOUNT, "Första året fritt")])


def test_outside_years_are_said_whatever_the_amounts_in_them():
    # The board's 2027 costs 500 x price - rabatt = 0 kr. The public version said "Därtill
    # kostar alternativet (sekretess) under 2027" for any other rabatt and nothing at all for
    # this one: a reader who sees no such sentence knows 500 x price = rabatt, and with the
    # total 5 972 500 kr = 3 000 x price - rabatt, the price is 2 389 kr and the rabatt
    # 1 194 500 kr exactly.
    memo = first_year_free()
    w = Analysis(memo).withholding
    assert w.figures[FigureKey("total", 0)].shown
    assert FigureKey("outside", 0, basis="total", side="option") in w.figures
    truth = public_text(memo)
    assert "under 2027" in re.sub(r"<[^>]+>", "", truth).replace("\u00a0", " ")
    for steps in (1, 7):
        assert public_text(moved(memo, steps)) == truth, steps


def test_an_option_year_with_no_contract_costs_is_not_an_outside_year_of_the_contract():
    # Structural, not by amount: the years a period has costs entered in.
    memo = first_year_free()
    memo.options[0].cost_lines[0].option_from_year = 2031
    costs = Analysis(memo).costs
    assert sorted(costs[0].contract_difference.option_outside) == [2027]
    assert sorted(costs[0].difference.option_outside) == [2027]


# -- whether the memo speaks of the option --------------------------------------------------
def option_year_free() -> Memo:
    """An extension 2027–2030 with an option year 2031 that the supplier gives free: a marked
    rabatt in 2031 equal to that year's marked licences (200 x 2 389 kr) and operations."""
    extend = Option(id="a", title="Förläng med option", cost_lines=[
        line("Licens", "2389", volume=200, last=2031, option_from_year=2031),
        line("Optionsrabatt", "577800", category=CostCategory.CREDIT,
             recurrence=Recurrence.ONE_OFF, first=2031, option_period=True),
        line("Drift", "100000", last=2031, option_from_year=2031)])
    current = Option(id="b", title="Nuvarande", cost_lines=[line("Drift B", "900000", last=2031)])
    return memo_of(extend, current, marks=[(SecretKind.UNIT_PRICE, "Licens"),
                                           (SecretKind.AMOUNT, "Optionsrabatt")])


def test_proposal_cost_sentence_speaks_of_the_option_whatever_it_amounts_to():
    # The board's option year nets to 0 kr. The public version then wrote "Förslaget,
    # alternativ 1, kostar 2 311 200 kronor under 2027–2031." (and "Totalt kostar
    # alternativet", and one average) where any other rabatt gives "kostar (sekretess) under
    # avtalsperioden 2027–2030. Om optionen utnyttjas kostar det …": the reader learns that
    # the option costs nothing, so 2 311 200 = 800 x price + 400 000 and the price is 2 389 kr.
    memo = option_year_free()
    w = Analysis(memo).withholding
    assert w.figures[FigureKey("total", 0)].shown
    assert w.withheld(FigureKey("contract_total", 0))
    truth = public_text(memo)
    assert "Om optionen utnyttjas" in truth
    for steps in (1, 9):
        assert public_text(moved(memo, steps)) == truth, steps


def option_inside_the_contract_given_free() -> Memo:
    """A new contract 2027–2030 (marked licence price) with an add-on option in 2028 (100 at a
    marked price) whose cost a marked rabatt takes back in full; the baseline runs 2027–2030."""
    new = Option(id="a", title="Nytt avtal", cost_lines=[
        line("Licens", "2389", volume=200),
        line("Tillval", "1500", volume=100, first=2028, last=2028, option_period=True),
        line("Tillvalsrabatt", "150000", category=CostCategory.CREDIT,
             recurrence=Recurrence.ONE_OFF, first=2028, option_period=True)])
    current = Option(id="b", title="Nuvarande", cost_lines=[line("Drift", "900000")])
    return memo_of(new, current, baseline=1, marks=[
        (SecretKind.UNIT_PRICE, "Licens"), (SecretKind.UNIT_PRICE, "Tillval"),
        (SecretKind.AMOUNT, "Tillvalsrabatt")])


def test_difference_said_once_is_decided_by_the_years_not_the_amounts():
    # The option nets to 0 kr, so the two differences were equal and said once ("Under
    # 2027–2030 omfattas skillnaden … av sekretess."), where any other rabatt gives two
    # sentences, the one including the option with its amount. One sentence told the reader
    # that the contract difference equals the shown −1 688 800 kr: 800 x price − 3 600 000,
    # so the price is 2 389 kr.
    memo = option_inside_the_contract_given_free()
    w = Analysis(memo).withholding
    assert w.figures[FigureKey("difference", 0)].shown
    assert w.withheld(FigureKey("contract_difference", 0))
    truth = public_text(memo)
    room = w.disclosure.room(0)
    assert room is not None
    for steps in (1, 4):
        if room[1] <= steps <= room[2]:
            assert public_text(moved(memo, steps)) == truth, steps
