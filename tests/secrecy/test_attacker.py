"""The public version against a reader who knows the program (issue 19).

The reader has the public .docx, the program's formulas and time, and takes prices as whole
kronor (whole cents in a foreign currency), fees as multiples of 10 000 kr, volumes as whole
units. The rule (README, "Confidential figures") promises that such a reader is left with at
least 100 candidates for every marked value, spread over at least ±10 % of it.

This test checks that promise where it matters, in the file itself: for every marked value it
moves the memo's confidential values along the move the rule says the reader cannot rule out
(to 10 % below and above the value and to random points between), builds the public .docx of
each moved memo, and asserts that the reader sees *the same document*, word for word and
figure for figure. A figure placed anywhere (a table, a sentence, the chart and its cache, the
criteria, the drafted summary, a header) that depends on the value and that the rule did not
decide makes the documents differ, and the test fails.

Generated memos share marked prices and volumes across lines and options, have option-period
lines, foreign currencies, credits, criteria with computed cost scores and the drafted summary
taken as the memo's own. The suite runs a few examples; the documented long run is
``MEMO_ATTACK_EXAMPLES=300 .venv/bin/python -m pytest -q tests/secrecy/test_attacker.py``.
"""

from __future__ import annotations

import copy
import io
import math
import os
import random
import re
import zipfile
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from memo_builder.analysis.revision import Analysis
from memo_builder.analysis.summary_draft import draft_summary
from memo_builder.model.disclosure import MIN_CANDIDATES, MIN_SPREAD
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
from memo_builder.render.pipeline import build_docx

EXAMPLES = int(os.environ.get("MEMO_ATTACK_EXAMPLES", "6"))
NOW = datetime(2031, 3, 4, 10, 0, 0)


def public_text(memo: Memo) -> str:
    """Every text node and attribute of every part of the public .docx, in order."""
    buffer = io.BytesIO()
    build_docx(memo, buffer, draft=True, public=True, now=NOW)
    out = []
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as z:
        for name in sorted(z.namelist()):
            raw = z.read(name)
            if name.endswith(".xlsx"):
                with zipfile.ZipFile(io.BytesIO(raw)) as inner:
                    for sub in sorted(inner.namelist()):
                        if sub.endswith(".xml"):
                            out.append(inner.read(sub).decode("utf-8", "replace"))
            elif name.endswith((".xml", ".rels")):
                out.append(raw.decode("utf-8", "replace"))
    text = "\n".join(out)
    # The embedded workbook's zip timestamps and rsids are not figures.
    return re.sub(r'w:rsid\w*="[0-9A-F]+"', "", text)


_NUM = re.compile(r"\d+(?:[.,]\d+)?")


def same_document(a: str, b: str) -> bool:
    """Word for word the same; a figure may differ by one in its last place (each year's
    amount is rounded to the öre before it is summed, so two memos with the same exact total
    may round a sum half a krona apart: that tells the reader nothing)."""
    if a == b:
        return True
    if _NUM.sub("#", a) != _NUM.sub("#", b):
        return False
    for x, y in zip(_NUM.findall(a), _NUM.findall(b), strict=True):
        if x == y:
            continue
        fx, fy = Decimal(x.replace(",", ".")), Decimal(y.replace(",", "."))
        places = max(len(re.split(r"[.,]", x)[1]) if re.search(r"[.,]", x) else 0, 0)
        if abs(fx - fy) > Decimal(1).scaleb(-places):
            return False
    return True


def decision(memo: Memo) -> set:
    w = Analysis(memo).withholding
    return {k for k in [*w.figures, *w.computed] if w.withheld(k)}


def first_difference(a: str, b: str) -> str:
    i = next((n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
             min(len(a), len(b)))
    return f"…{a[max(0, i - 200):i + 80]}… versus …{b[max(0, i - 200):i + 80]}…"


def _dec(value: Fraction) -> Decimal:
    return Decimal(value.numerator) / Decimal(value.denominator)


class NotExact(Exception):
    """The move would need a factor that is not a finite decimal (an amount over a volume of
    2 200, say): such a memo is not one a reader must consider, so the move is made a step
    further instead."""


class Collision(NotExact):
    """The move lands a marked price or volume on the value another line shows in the same
    role: the mark would reach that line too (a secret is a value), so the reader can rule
    this one point out. Each shown value rules out at most one point of the segment, which the
    rule counts (``Value.excluded``, model/disclosure.py); the move is made a step further."""


def _exact(numerator: Decimal, denominator: Decimal) -> Decimal:
    value = Fraction(numerator) / Fraction(denominator)
    out = _dec(value)
    if Fraction(out) != value:
        raise NotExact
    return out


def moved(memo: Memo, w, direction: dict[int, int], k: int) -> Memo:
    """The memo with its confidential values moved k whole steps along ``direction``.

    A line whose price and volume are both hidden carries an amount; it keeps whatever it
    shares with lines outside that amount (a marked price or volume that moves, moves on it
    too; a shared price or volume that does not move stays), and the other factor takes up the
    rest, so the line's amount is the amount's new value. A user count equal to a moved marked
    volume is the same quantity, and moves with it."""
    other = copy.deepcopy(memo)
    new = {j: w.secrets[j].value + k * d * w.secrets[j].step for j, d in direction.items()}
    prices = {(s.key[1], s.key[2]): _dec(new[j]) for j, s in enumerate(w.secrets)
              if j in new and s.key[0] == "price"}
    volumes = {s.key[1]: _dec(new[j]) for j, s in enumerate(w.secrets)
               if j in new and s.key[0] == "volume"}
    every = [(oi, li) for oi, o in enumerate(memo.options) for li in range(len(o.cost_lines))]

    def currency(x) -> str:
        return (x.currency or "SEK").strip().upper()

    def shared_outside(lines, same) -> bool:
        return any(r not in lines and same(memo.options[r[0]].cost_lines[r[1]]) for r in every)

    for j, secret in enumerate(w.secrets):
        kind = secret.key[0]
        for oi, li in secret.lines:
            line = other.options[oi].cost_lines[li]
            original = memo.options[oi].cost_lines[li]
            price_key = (currency(line), abs(line.unit_price))
            if kind == "price" and j in new:
                line.unit_price = prices[price_key] * (1 if line.unit_price >= 0 else -1)
            elif kind == "volume" and j in new:
                line.volume = volumes[abs(line.volume)] * (1 if line.volume >= 0 else -1)
            elif kind == "compound":
                # Price times volume, each shared with another confidential line: both follow
                # their own values (every figure the line enters is withheld).
                if price_key in prices:
                    line.unit_price = prices[price_key] * (1 if line.unit_price >= 0 else -1)
                if abs(line.volume) > 1 and abs(line.volume) in volumes:
                    line.volume = volumes[abs(line.volume)] * (1 if line.volume >= 0 else -1)
            elif kind in ("amount", "line"):
                amount = _dec(new.get(j, secret.value))
                if price_key in prices:
                    line.unit_price = prices[price_key]
                    line.volume = _exact(amount, line.unit_price) if line.unit_price \
                        else line.volume
                elif abs(line.volume) > 1 and abs(line.volume) in volumes:
                    line.volume = volumes[abs(line.volume)]
                    line.unit_price = _exact(amount, line.volume) if line.volume \
                        else line.unit_price
                elif j in new:
                    price_out = shared_outside(secret.lines, lambda x, o=original: (
                        currency(x), abs(x.unit_price)) == (currency(o), abs(o.unit_price)))
                    # A volume of one is shared by half the lines and reaches nothing.
                    volume_out = abs(original.volume) > 1 and shared_outside(
                        secret.lines, lambda x, o=original: abs(x.volume) == abs(o.volume))
                    if line.unit_price and (price_out and not volume_out or not line.volume):
                        line.volume = _exact(amount, abs(line.unit_price))
                    else:
                        line.volume = Decimal(1) if not line.volume else line.volume
                        line.unit_price = _exact(amount, abs(line.volume))
    for j, value in new.items():
        kind = w.secrets[j].key[0]
        for r in every:
            if r in w.secrets[j].lines:
                continue
            line = memo.options[r[0]].cost_lines[r[1]]
            same_price = kind == "price" and value and (currency(line), abs(line.unit_price)) \
                == (w.secrets[j].key[1], _dec(abs(value)))
            same_volume = kind == "volume" and abs(value) > 1 and abs(line.volume) == \
                _dec(abs(value))
            if same_price or same_volume:
                raise Collision
    users = memo.assumptions.user_count
    if users and Decimal(users) in volumes:
        moved_users = volumes[Decimal(users)]
        if moved_users != int(moved_users) or moved_users <= 0:
            raise NotExact
        other.assumptions.user_count = int(moved_users)
    if memo.summary.startswith(("Förvaltningen föreslår", "Ärendet")):
        other.summary = draft_summary(Analysis(other))  # the draft, taken as the memo's text
    return other


def moved_exactly(memo: Memo, w, direction: dict[int, int], k: int, lo, hi):
    """:func:`moved` at k, or at the nearest step beyond it (towards 0 from a far end,
    else away from 0, within the reader's range) that gives finite decimals and no collision;
    None when there is none within 2 000 steps."""
    sign = 1 if k > 0 else -1
    if k in (lo, hi):
        sign = -sign
    for extra in range(2000):
        at = k + sign * extra
        if not lo <= at <= hi:
            return None
        try:
            return moved(memo, w, direction, at), at
        except NotExact:
            continue
    return None


# -- generated memos ----------------------------------------------------------------------------
PRICES = st.one_of(
    st.integers(40, 3000).map(Decimal),  # a licence price, whole kronor
    st.integers(1, 60).map(lambda n: Decimal(n * 10_000)),  # a fee in round tens of thousands
    st.integers(500, 90_000).map(lambda n: Decimal(n) / 100),  # a price with öre / cents
)


@st.composite
def attacked_memos(draw):
    first = draw(st.integers(2019, 2027))
    n_options = draw(st.integers(1, 3))
    shared_price = draw(PRICES)
    shared_volume = Decimal(draw(st.integers(50, 60_000)))
    options = []
    k = 0
    for i in range(n_options):
        lines = []
        for _ in range(draw(st.integers(1, 4))):
            foreign = draw(st.integers(0, 4)) == 0
            share = draw(st.sampled_from(["price", "volume", "none", "none"]))
            one_off = draw(st.integers(0, 3)) == 0
            lines.append(CostLine(
                id=f"l{k}",
                category=draw(st.sampled_from([CostCategory.LICENCES, CostCategory.SUPPORT,
                                               CostCategory.IMPLEMENTATION,
                                               CostCategory.CREDIT])),
                description=f"Post {k}",
                volume=shared_volume if share == "volume" else
                Decimal(draw(st.sampled_from([1, 1, draw(st.integers(2, 20_000))]))),
                unit_price=shared_price if share == "price" else draw(PRICES),
                recurrence=Recurrence.ONE_OFF if one_off else Recurrence.ANNUAL,
                first_year=first, last_year=first + draw(st.integers(0, 4)),
                index_percent=Decimal(draw(st.sampled_from([0, 0, 2, 3]))),
                currency="EUR" if foreign else "SEK",
                exchange_rate=Decimal("11.42") if foreign else None,
                option_period=draw(st.integers(0, 3)) == 0,
            ))
            k += 1
        options.append(Option(id=f"o{i}", title=f"Lösning {chr(65 + i)}", cost_lines=lines))
    memo = Memo(
        profile=draw(st.sampled_from(["goteborg", "malmo", "kommun", "stockholm"])),
        case=CaseDetails(title="Lärplattform för gymnasieskolan", board="Utbildningsnämnden",
                         administration="Utbildningsförvaltningen",
                         memo_date=date(first - 1, 9, 3), meeting_date=date(first - 1, 10, 1),
                         officer=Person(name="Handläggare")),
        options=options,
        decision_points=[DecisionPoint(text="Nämnden beslutar.")],
    )
    memo.recommended_option_id = options[0].id
    memo.assumptions.user_count = int(shared_volume) if draw(st.booleans()) else 12_345
    if n_options > 1 and draw(st.booleans()):
        memo.baseline_option_id = options[-1].id
    if draw(st.booleans()):
        memo.criteria = [
            Criterion(title="Kostnad", weight=Decimal(40), from_costs=True),
            Criterion(title="Funktion", weight=Decimal(60), scores=[
                Score(option_id=o.id, score=draw(st.integers(1, 5))) for o in options]),
        ]
    all_lines = [line for o in options for line in o.cost_lines]
    for line in draw(st.lists(st.sampled_from(all_lines), min_size=1, max_size=3,
                              unique_by=lambda x: x.id)):
        memo.secrecy.marks.append(SecrecyMark(
            kind=draw(st.sampled_from([SecretKind.UNIT_PRICE, SecretKind.UNIT_PRICE,
                                       SecretKind.VOLUME, SecretKind.AMOUNT])),
            target=line.id, ground="31 kap. 16 § OSL"))
    if n_options > 1 and draw(st.integers(0, 4)) == 0:
        memo.secrecy.marks.append(SecrecyMark(kind=SecretKind.OPTION_COSTS,
                                              target=options[0].id, ground="31 kap. 16 § OSL"))
    memo.summary = draft_summary(Analysis(memo))  # the official takes the draft
    return memo


@settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 10,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(attacked_memos())
def test_a_reader_who_knows_the_program_cannot_narrow_a_marked_value(memo):
    w = Analysis(memo).withholding
    if w.simple_rule:
        return  # every dependent figure withheld: nothing to read
    truth = public_text(memo)
    rng = random.Random(len(truth))
    for i, secret in enumerate(w.secrets):
        if any(ref[0] in w.options for ref in secret.lines):
            continue  # a whole option's costs: none of its figures is shown
        if secret.key[0] == "compound":
            continue  # moves with the price and volume it is made of (none of its figures shown)
        room = w.disclosure.room(i)
        assert room is not None, f"{secret.label} is pinned by the shown figures"
        direction, lo, hi = room
        move = direction[i] * secret.step
        reach = -(-abs(secret.value) * MIN_SPREAD // abs(move))  # steps to 10 % away
        reach = max(int(reach), 1)
        if w.disclosure.involves(i):
            # The rule leaves every value unbounded along a move that keeps every sign
            # (model/disclosure.py): infinitely many whole-step candidates, reaching as far
            # above the value as one likes.
            assert direction[i] > 0 and math.isinf(hi), (secret.label, direction, lo, hi)
            assert hi - lo + 1 >= MIN_CANDIDATES
            ks = {k for k in (-reach, reach, 10 * reach, rng.randint(-reach, 10 * reach))
                  if lo <= k <= hi}
            if lo > -math.inf:
                ks.add(lo)  # the last point before a value reaches zero
        else:  # no shown figure depends on it: any move must leave the document as it is
            ks = {k for k in (-reach, reach, 3 * reach) if lo <= k <= hi}
        for k in sorted(ks - {0}):
            found = moved_exactly(memo, w, direction, k, lo, hi)
            if found is None:
                continue
            other, at = found
            # The reader knows the rule: a move that changes what is withheld is a candidate
            # the reader can rule out. The decision must depend only on what the reader sees.
            assert decision(other) == decision(memo), (
                f"{secret.label}: moving it from {secret.value} to "
                f"{secret.value + at * move} changes what the public version withholds: "
                f"{sorted(map(str, decision(other) ^ decision(memo)))[:6]}")
            shown = public_text(other)
            assert same_document(truth, shown), (
                f"{secret.label}: {secret.value} and "
                f"{secret.value + at * move} give different public "
                f"documents: {first_difference(truth, shown)}")
