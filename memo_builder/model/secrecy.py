"""Confidential figures (sekretess, OSL): what the public version withholds, and why.

The official marks a cost line's unit price, volume or amount, a whole option's costs, a text
passage or an attachment as confidential, with the secrecy provision (the ground). The board's
version shows everything, marked; the public version replaces each marked item with a notice.

Withholding the marked number is not enough when the reader can compute it, so this module
also decides which *shown* figures must go. The rule (also in the README):

    Every figure in the cost section is a linear function of the confidential values
    (prices, volumes, amounts). Figures are considered in a fixed order (option totals first,
    single cells last) and each is shown only if, with the figures already shown, every
    confidential value stays unbounded for a reader who knows the formulas and the rule: a
    move of the values that changes no shown figure and keeps every sign makes it grow
    (model/disclosure.py, decided from the coefficients only, never from the values, so that
    what is shown tells the reader nothing about them). A figure that depends on an option whose
    whole costs are marked, or on one confidential value alone, is always withheld.

A line's amount is volume × unit price × index × rate, and a reader sees the volume, the index
and the rate, so hiding the unit price (or the volume) hides the line's amounts too, and hiding
the amount also hides the unit price. Computed once per memo revision, by
:class:`memo_builder.analysis.revision.Analysis`. No Qt, no rendering here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import NamedTuple

from memo_builder.model import swedish
from memo_builder.model.amount_text import mentions, reveals
from memo_builder.model.costs import (
    NO_VARIATION,
    OptionCosts,
    Variation,
    annual_average,
    comparable_years,
    index_base,
    is_foreign,
    is_option_year,
    line_amounts,
    line_rate,
    option_total,
    sensitivity_applies,
    sensitivity_cases,
)
from memo_builder.model.disclosure import VOLUME_STEPS, Disclosure, Value, step_of, subtract
from memo_builder.model.memo import COST_CATEGORY_LABELS, CostCategory, Memo, Recurrence, SecretKind

#: The provisions offered in the GUI, with what they protect (DOMAIN.md §6). Any other OSL
#: provision may be typed; one that is not an OSL provision gives a warning.
GROUNDS: tuple[tuple[str, str], ...] = (
    ("31 kap. 16 § OSL", "Affärsförhållanden hos den som har affärsförbindelse med kommunen"),
    ("19 kap. 3 § OSL", "Kommunens ekonomiska intresse vid upphandling och förhandling"),
    ("18 kap. 8 § OSL", "Säkerhets- och bevakningsåtgärder"),
)

KIND_LABELS: dict[SecretKind, str] = {
    SecretKind.UNIT_PRICE: "À-pris",
    SecretKind.VOLUME: "Volym",
    SecretKind.AMOUNT: "Belopp",
    SecretKind.OPTION_COSTS: "Alternativets kostnader",
    SecretKind.BACKGROUND: "Stycke i bakgrunden",
    SecretKind.OPTION_DESCRIPTION: "Alternativets beskrivning",
    SecretKind.LEGAL_ASSESSMENT: "Juridisk bedömning",
    SecretKind.ATTACHMENT: "Bilaga",
}

#: What the public version's first page says is withheld, per kind of mark.
KIND_WITHHELD: dict[SecretKind, str] = {
    SecretKind.UNIT_PRICE: "priser per enhet",
    SecretKind.VOLUME: "volymer",
    SecretKind.AMOUNT: "kostnadsbelopp",
    SecretKind.OPTION_COSTS: "ett alternativs samtliga kostnader",
    SecretKind.BACKGROUND: "delar av bakgrunden",
    SecretKind.OPTION_DESCRIPTION: "beskrivningar av alternativ",
    SecretKind.LEGAL_ASSESSMENT: "juridiska bedömningar",
    SecretKind.ATTACHMENT: "bilagor",
}

LINE_KINDS = (SecretKind.UNIT_PRICE, SecretKind.VOLUME, SecretKind.AMOUNT)

_OSL = re.compile(
    r"^\s*\d{1,2}\s*kap\.?\s*\d{1,3}\s*[a-z]?\s*§"
    r"(\s*(första|andra|tredje|fjärde|femte|\d{1,2})\s*(st\.?|stycket))?"
    r"(\s*\d{1,2}\s*(p\.?|punkten))?"
    r"\s*(OSL|offentlighets-\s*och\s*sekretesslagen)(\s*\(2009:400\))?\.?\s*$",
    re.IGNORECASE,
)


def is_osl_ground(ground: str) -> bool:
    """``"31 kap. 16 § OSL"`` and the like: a provision of the Public Access to Information
    and Secrecy Act (2009:400)."""
    return bool(_OSL.match(ground or ""))


def split_paragraphs(text: str) -> list[str]:
    """The paragraphs of a text as the template shows them (blank line between them)."""
    return [b.strip("\n") for b in (text or "").replace("\r\n", "\n").split("\n\n") if b.strip()]


LineRef = tuple[int, int]  # (option index, line index)

#: Figure kinds that are not a linear sum of lines: withheld whenever any option total behind
#: them is withheld (the simple safe rule). Criteria: the cost scores, the weighted sums and
#: the robustness sentence are computed from every option's total.
NONLINEAR = ("criteria_scores", "criteria_totals", "criteria_robustness")


class FigureKey(NamedTuple):
    """Which figure of the memo: the one key the catalogue, the context, the chart, the
    drafted summary, the grid and the tests all use. ``kind`` is one of :data:`FIGURE_KINDS`;
    the other fields say which option (index, -1: none), which line (index) and year, and for
    the costs outside the common years ("outside") and the sensitivity ranges ("sens") which
    basis or variation and which side."""

    kind: str
    option: int = -1
    line: int = -1
    year: int = 0
    basis: str = ""  # "outside": "total" or "contract"; "sens": the variation's label
    side: str = ""  # "outside": "option" or "baseline"; "sens": "low" or "high"


#: Every kind of figure, in the order the rule considers them for showing (the ones a reader
#: of the public version needs most first, so the greedy rule keeps them when it can); then
#: those computed from costs that are not a sum of lines.
FIGURE_KINDS = ("user_count", "total", "contract_total", "option_total", "difference",
                "contract_difference", "outside", "year", "per_user_year", "average", "external",
                "internal", "one_off", "recurring", "sens", "contract_year", "option_year",
                "line_total", "cell", "criteria_scores", "criteria_totals",
                "criteria_robustness")


def _check_key(key) -> FigureKey:
    """The catalogue answers typed keys only: a plain tuple would silently match nothing."""
    if not isinstance(key, FigureKey) or key.kind not in FIGURE_KINDS:
        raise TypeError(f"not a figure key: {key!r}")
    return key


@dataclass
class Figure:
    """One number the memo shows, and whether the public version may show it."""

    key: FigureKey
    option: int  # option index (-1: not one option's)
    label: str  # Swedish, for validation messages
    value: object  # Decimal (exact kronor)
    depends: frozenset[LineRef]  # confidential lines behind it
    marked: bool = False  # the confidential figure itself (not derived)
    shown: bool = True  # in the public version
    grounds: tuple[str, ...] = ()
    #: Why the public version does not show it (Swedish, for the grid, the preview, the card).
    reason: str = ""
    values: frozenset[int] = frozenset()  # the confidential values (Secret indexes) behind it
    #: The public version: the number it states for this shown figure, rounded to
    #: :data:`PUBLIC_DIGITS` significant figures and said to be approximate, when the figure
    #: involves a confidential value (None: stated exactly). See :func:`_round_for_public`.
    public: Decimal | None = None


@dataclass
class Secret:
    """One confidential value as a reader sees it: lines that share a marked price (in one
    currency), volume or amount share one unknown, whichever of them carries the mark."""

    key: tuple  # ("price", currency, value) / ("volume", value) / ("amount", currency, value)
    value: Fraction  # the true value (a price, a volume, an amount in the line's currency)
    step: Fraction  # the grid a reader may assume it lies on (model/disclosure.py)
    label: str  # "priset för Customer Lockbox"
    lines: list[LineRef] = field(default_factory=list)


@dataclass
class Withholding:
    """What the public version withholds for one memo revision: the marks resolved to the items
    they stand on, the confidential values, and the catalogue of every figure the memo shows
    with the one decision over it (``figures``)."""

    #: Confidential lines -> ground; and which parts of the line's assumption are hidden.
    lines: dict[LineRef, str] = field(default_factory=dict)
    line_parts: dict[LineRef, frozenset[str]] = field(default_factory=dict)
    options: dict[int, str] = field(default_factory=dict)  # option index -> ground
    background: dict[int, str] = field(default_factory=dict)  # paragraph (1-based; 0: all)
    option_descriptions: dict[int, str] = field(default_factory=dict)
    legal: dict[int, str] = field(default_factory=dict)  # caveat index -> ground
    attachments: dict[int, str] = field(default_factory=dict)
    figures: dict[FigureKey, Figure] = field(default_factory=dict)
    #: Figures that are not a sum of lines (criteria computed from costs): same decision.
    computed: dict[FigureKey, Figure] = field(default_factory=dict)
    kinds: list[SecretKind] = field(default_factory=list)  # in first-seen order
    grounds: list[str] = field(default_factory=list)  # in first-seen order
    #: True when the exact test was too large or too slow and every dependent figure was
    #: withheld.
    simple_rule: bool = False
    #: The confidential values, and which one each confidential line carries.
    secrets: list[Secret] = field(default_factory=list)
    line_secret: dict[LineRef, int] = field(default_factory=dict)
    #: Lines no mark stands on that carry a marked value (same price, volume or amount):
    #: line -> the marked line whose value it shares.
    reached: dict[LineRef, LineRef] = field(default_factory=dict)
    #: Lines whose hidden price and volume are each shared with another confidential line:
    #: their amount is a product of two unknowns, so every figure they enter is withheld.
    compound: set[LineRef] = field(default_factory=set)
    #: The items the marks stand on, in Swedish ("priset för Customer Lockbox").
    items: list[str] = field(default_factory=list)
    #: The shown figures as the reader sees them (model/disclosure.py), None before deciding.
    disclosure: object = None

    @property
    def any(self) -> bool:
        return bool(self.kinds)

    def figure(self, key: FigureKey) -> Figure | None:
        key = _check_key(key)
        return self.figures.get(key) or self.computed.get(key)

    def withheld(self, key: FigureKey) -> bool:
        figure = self.figure(key)
        return figure is not None and not figure.shown

    def known(self, key: FigureKey) -> bool:
        """Is ``key`` a figure of the catalogue? (A test fails when the context places one
        that is not.)"""
        key = _check_key(key)
        return key in self.figures or key in self.computed

    def grounds_of(self, key: FigureKey) -> tuple[str, ...]:
        figure = self.figure(key)
        return figure.grounds if figure is not None else ()

    def reason(self, key: FigureKey) -> str:
        figure = self.figure(key)
        return figure.reason if figure is not None and not figure.shown else ""

    def derived(self) -> list[Figure]:
        """Figures withheld only because they would reveal a confidential one."""
        return [f for f in self.figures.values() if not f.shown and not f.marked]


def _note(w: Withholding, kind: SecretKind, ground: str) -> None:
    if kind not in w.kinds:
        w.kinds.append(kind)
    g = ground.strip()
    if g and g not in w.grounds:
        w.grounds.append(g)


_ITEM = {SecretKind.UNIT_PRICE: "priset för {}", SecretKind.VOLUME: "volymen för {}",
         SecretKind.AMOUNT: "beloppet för {}", SecretKind.OPTION_COSTS: "kostnaderna för {}",
         SecretKind.OPTION_DESCRIPTION: "beskrivningen av {}",
         SecretKind.LEGAL_ASSESSMENT: "bedömningen av {}", SecretKind.ATTACHMENT: "bilagan {}"}


def line_name(line) -> str:
    return line.description.strip() or COST_CATEGORY_LABELS[line.category].lower()


def _item(w: Withholding, kind: SecretKind, name: str) -> None:
    text = _ITEM[kind].format(name.strip() or "raden") if kind in _ITEM else ""
    if kind is SecretKind.BACKGROUND:
        text = "delar av bakgrunden"
    if text and text not in w.items:
        w.items.append(text)


def _currency(line) -> str:
    return (line.currency or "SEK").strip().upper()


def marks_for(memo: Memo) -> Withholding:
    """The marks resolved to the items they stand on, and to every line that carries a marked
    value (figures not yet computed)."""
    w = Withholding()
    line_index: dict[str, list[LineRef]] = {}
    option_index: dict[str, list[int]] = {}
    for oi, option in enumerate(memo.options):
        option_index.setdefault(option.id, []).append(oi)
        for li, line in enumerate(option.cost_lines):
            line_index.setdefault(line.id, []).append((oi, li))
    caveat_index = {c.id: i for i, c in enumerate(memo.caveats)}
    attachment_index = {a.id: i for i, a in enumerate(memo.attachments)}
    parts: dict[LineRef, set[str]] = {}
    for mark in memo.secrecy.marks:
        ground = mark.ground.strip() or "OSL"  # a missing ground is a validation error
        kind = mark.kind
        if kind in LINE_KINDS:
            refs = line_index.get(mark.target, [])
            for ref in refs:
                w.lines.setdefault(ref, ground)
                hidden = parts.setdefault(ref, set())
                hidden.add(str(kind))
                if kind is SecretKind.AMOUNT:
                    hidden.add(str(SecretKind.UNIT_PRICE))  # amount / volume = unit price
                if kind is SecretKind.UNIT_PRICE:
                    hidden.add(str(SecretKind.AMOUNT))
                _item(w, kind, line_name(memo.options[ref[0]].cost_lines[ref[1]]))
            if refs:
                _note(w, kind, ground)
        elif kind is SecretKind.OPTION_COSTS:
            for oi in option_index.get(mark.target, []):
                w.options.setdefault(oi, ground)
                for li in range(len(memo.options[oi].cost_lines)):
                    w.lines.setdefault((oi, li), ground)
                    parts.setdefault((oi, li), set()).update(str(k) for k in LINE_KINDS)
                _note(w, kind, ground)
                _item(w, kind, memo.options[oi].title or f"alternativ {oi + 1}")
        elif kind is SecretKind.OPTION_DESCRIPTION:
            for oi in option_index.get(mark.target, []):
                w.option_descriptions.setdefault(oi, ground)
                _note(w, kind, ground)
                _item(w, kind, memo.options[oi].title or f"alternativ {oi + 1}")
        elif kind is SecretKind.BACKGROUND:
            if memo.background.strip():
                w.background.setdefault(max(0, mark.paragraph), ground)
                _note(w, kind, ground)
                _item(w, kind, "")
        elif kind is SecretKind.LEGAL_ASSESSMENT:
            if mark.target in caveat_index:
                w.legal.setdefault(caveat_index[mark.target], ground)
                _note(w, kind, ground)
                _item(w, kind, memo.caveats[caveat_index[mark.target]].title)
        elif kind is SecretKind.ATTACHMENT and mark.target in attachment_index:
            w.attachments.setdefault(attachment_index[mark.target], ground)
            _note(w, kind, ground)
            _item(w, kind, memo.attachments[attachment_index[mark.target]].title)
    _reach(memo, w, parts)
    w.line_parts = {ref: frozenset(p) for ref, p in parts.items()}
    _secrets(memo, w)
    return w


def _price_key(line) -> tuple:
    return ("price", _currency(line), abs(line.unit_price))


def _volume_key(line) -> tuple:
    return ("volume", abs(line.volume))


def _reach(memo: Memo, w: Withholding, parts: dict[LineRef, set[str]]) -> None:
    """A secret is a value, not a line: every line that carries a marked price (in the same
    currency) or a marked volume is confidential in the same way, with the mark's ground."""
    price = str(SecretKind.UNIT_PRICE)
    volume = str(SecretKind.VOLUME)
    seeds: dict[tuple, LineRef] = {}
    for ref, hidden in sorted(parts.items()):
        line = memo.options[ref[0]].cost_lines[ref[1]]
        # A zero price and a volume of one are in half the lines of any memo: sharing them
        # says nothing about the marked line.
        if price in hidden and line.unit_price:
            seeds.setdefault(_price_key(line), ref)
        if volume in hidden and ref[0] not in w.options and abs(line.volume) > 1:
            seeds.setdefault(_volume_key(line), ref)
    if not seeds:
        return
    for oi, option in enumerate(memo.options):
        if oi in w.options:
            continue
        for li, line in enumerate(option.cost_lines):
            ref = (oi, li)
            hidden = parts.get(ref, set())
            for key, part, also in ((_price_key(line), price, str(SecretKind.AMOUNT)),
                                    (_volume_key(line), volume, None)):
                source = seeds.get(key)
                if source is None or source == ref or part in hidden:
                    continue
                hidden = parts.setdefault(ref, set())
                hidden.add(part)
                if also:
                    hidden.add(also)
                w.lines.setdefault(ref, w.lines[source])
                w.reached.setdefault(ref, source)


def _secrets(memo: Memo, w: Withholding) -> None:
    """One :class:`Secret` per confidential value; each confidential line points at its own."""

    index: dict[tuple, int] = {}
    price, volume = str(SecretKind.UNIT_PRICE), str(SecretKind.VOLUME)
    # How many confidential lines carry each price and volume: a line whose price and volume
    # are both hidden and share one of them with another confidential line has an amount that
    # is the product of two unknowns a reader links to other lines (compound, below).
    carried: dict[tuple, int] = {}
    for ref in w.lines:
        if ref[0] in w.options:
            continue
        line = memo.options[ref[0]].cost_lines[ref[1]]
        if line.unit_price:
            carried[_price_key(line)] = carried.get(_price_key(line), 0) + 1
        if abs(line.volume) > 1:
            carried[_volume_key(line)] = carried.get(_volume_key(line), 0) + 1
    for ref in sorted(w.lines):
        line = memo.options[ref[0]].cost_lines[ref[1]]
        hidden = w.line_parts.get(ref, frozenset())
        name = line_name(line)
        if ref[0] in w.options:
            key = ("line", ref)
            value = abs(Fraction(line.volume) * Fraction(line.unit_price))
            label = f"kostnaden för {name}"
            step = step_of(value)
        elif price in hidden and volume in hidden and (
                carried.get(_price_key(line), 0) > 1 or carried.get(_volume_key(line), 0) > 1):
            # Not a linear unknown of its own: every figure it enters is withheld (_decide_one).
            w.compound.add(ref)
            key = ("compound", ref)
            value = abs(Fraction(line.volume) * Fraction(line.unit_price))
            label = f"beloppet för {name}"
            step = step_of(value)
        elif price in hidden and volume in hidden:
            value = abs(Fraction(line.volume) * Fraction(line.unit_price))
            key = ("amount", _currency(line), value)
            label = f"beloppet för {name}"
            step = step_of(value)
        elif volume in hidden:
            key = _volume_key(line)
            value = Fraction(abs(line.volume))
            label = f"volymen för {name}"
            step = step_of(value, VOLUME_STEPS)
        else:
            key = _price_key(line)
            value = Fraction(abs(line.unit_price))
            label = f"priset för {name}"
            step = step_of(value)
        if key not in index:
            index[key] = len(w.secrets)
            w.secrets.append(Secret(key, value, step, label))
        w.secrets[index[key]].lines.append(ref)
        w.line_secret[ref] = index[key]


def _scale(line, secret: Secret) -> Fraction:
    """The line's base-year amount in SEK per unit of its confidential value."""

    rate = Fraction(line_rate(line) or 0)
    raw = Fraction(line.volume) * Fraction(line.unit_price) * rate
    credit = line.category is CostCategory.CREDIT
    if secret.value:
        base = -abs(raw) if credit else raw
        return base / secret.value
    kind = secret.key[0]
    per = (Fraction(line.volume) if kind == "price" else Fraction(line.unit_price)
           if kind == "volume" else Fraction(1)) * rate
    return -abs(per) if credit else per


# -- the derivation rule ------------------------------------------------------------------------

# The order in which figures are considered for showing: FIGURE_KINDS.
_PRIORITY = FIGURE_KINDS
_SENS_NAMES = {"volume": "licensvolym", "index": "index", "exchange": "växelkurs",
               "combined": "alla tre"}
MAX_UNKNOWNS = 40  # beyond this many confidential values the exact test is replaced by the
MAX_BITS = 4000  # simple rule (withhold every dependent figure); likewise for huge fractions


@lru_cache(maxsize=4096)
def _fraction(value) -> Fraction:
    return Fraction(value)


@lru_cache(maxsize=4096)
def _power(growth: Fraction, years: int) -> Fraction:
    return growth ** years


def _coefficient(line, year: int, variation: Variation) -> Fraction:
    """The year's amount as a multiple of the line's amount in its index base year."""
    licences = line.category is CostCategory.LICENCES
    return _factor(line.index_percent, variation.index_delta, year - index_base(line),
                   variation.volume_factor if licences else 1,
                   variation.exchange_factor if is_foreign(line) else 1)


@lru_cache(maxsize=8192)
def _factor(index_percent, index_delta, years: int, volume_factor, exchange_factor) -> Fraction:
    # Depends on nothing but these five numbers, which repeat across the lines of a memo.
    growth = 1 + (_fraction(index_percent) + _fraction(index_delta)) / 100
    if growth <= 0:
        return Fraction(0)
    return _power(growth, years) * _fraction(volume_factor) * _fraction(exchange_factor)


def withholding(
    memo: Memo,
    costs: list[OptionCosts],
    sensitivity_cases: list[tuple[str, Variation, Variation]] = (),
) -> Withholding:
    """The marks and the catalogue of every figure the memo shows, each decided once."""
    w = marks_for(memo)
    figures: list[tuple[Figure, dict[int, Fraction]]] = []
    users = memo.assumptions.user_count
    scales = {ref: _scale(memo.options[ref[0]].cost_lines[ref[1]], w.secrets[k])
              for ref, k in w.line_secret.items()}

    def per_value_of(coeffs: dict[LineRef, Fraction]):
        deps = frozenset(ref for ref, c in coeffs.items() if ref in w.lines and c)
        per_value: dict[int, Fraction] = {}
        for ref in deps:
            k = w.line_secret[ref]
            per_value[k] = per_value.get(k, Fraction(0)) + coeffs[ref] * scales[ref]
        return deps, {k: c for k, c in per_value.items() if c}

    def add(key, oi, label, value, coeffs: dict[LineRef, Fraction], marked=False):
        deps, per_value = per_value_of(coeffs)
        grounds = tuple(dict.fromkeys(w.lines[ref] for ref in sorted(deps)))
        figure = Figure(key, oi, label, value, deps, marked, True, grounds,
                        values=frozenset(per_value))
        figures.append((figure, per_value))

    baseline = next((i for i, c in enumerate(costs) if memo.is_baseline(c.option)), None)
    totals: dict[int, dict[LineRef, Fraction]] = {}
    overs: dict[int, tuple] = {}  # each option's coefficient function and its lines
    # (line, variation) -> {year: coefficient} and the sums over every year and over each
    # period: computed once per line, since most figures ask for the same few sums.
    tables: dict[tuple, dict[int, Fraction]] = {}
    sums: dict[tuple, Fraction] = {}
    for oi, c in enumerate(costs):
        per_line_years = {(oi, li): lc.per_year for li, lc in enumerate(c.lines)}
        lines = {(oi, li): lc.line for li, lc in enumerate(c.lines)}
        every_year = tuple(c.years)

        def table(ref, variation, lines=lines, per=per_line_years):
            key = (ref, id(variation))
            t = tables.get(key)
            if t is None:
                line = lines[ref]
                t = tables[key] = {y: _coefficient(line, y, variation) for y in per[ref]}
            return t

        def over(refs, years, variation=NO_VARIATION, lines=lines, period=None,
                 every_year=every_year, table=table):
            # period: None every year; "contract" or "option" only the line's years of that kind
            whole = tuple(years) == every_year
            out: dict[LineRef, Fraction] = {}
            for ref in refs:
                if ref not in w.lines:
                    continue
                key = (ref, id(variation), period)
                if whole and key in sums:
                    total = sums[key]
                else:
                    t = table(ref, variation)
                    line = lines[ref]
                    total = 0
                    for y in years:
                        a = t.get(y)
                        if a is not None and (period is None or
                                              is_option_year(line, y) == (period == "option")):
                            total = a if total == 0 else total + a
                    if whole:
                        sums[key] = total
                if total:
                    out[ref] = total
            return out

        all_refs = list(lines)
        years = c.years
        for ref, line in lines.items():
            name = line.description.strip() or "raden"
            for y in per_line_years[ref]:
                add(FigureKey("cell", oi, ref[1], y), oi, f"{name} {y}", per_line_years[ref][y],
                    over([ref], [y]), marked=ref in w.lines)
            add(FigureKey("line_total", oi, ref[1]), oi, f"{name} totalt",
                sum(per_line_years[ref].values()), over([ref], years), marked=ref in w.lines)
        # A line with option years counts in the contract sums for its contract years and in
        # the option sums for its option years.
        for y in years:
            add(FigureKey("year", oi, year=y), oi, f"summa {y}", c.per_year[y], over(all_refs, [y]))
            add(FigureKey("contract_year", oi, year=y), oi, f"avtalsperiod {y}",
                c.contract_per_year[y],
                over(all_refs, [y], period="contract"))
            add(FigureKey("option_year", oi, year=y), oi, f"option {y}",
                c.per_year[y] - c.contract_per_year[y],
                over(all_refs, [y], period="option"))
        totals[oi] = over(all_refs, years)
        overs[oi] = (over, all_refs)
        add(FigureKey("total", oi), oi, "totalt", c.total, totals[oi])
        add(FigureKey("contract_total", oi), oi, "avtalsperioden", c.contract_total,
            over(all_refs, years, period="contract"))
        add(FigureKey("option_total", oi), oi, "optionen", c.option_period_total,
            over(all_refs, years, period="option"))
        one_off = [r for r in all_refs if lines[r].recurrence is Recurrence.ONE_OFF]
        add(FigureKey("one_off", oi), oi, "engångskostnader", c.one_off_total,
            over(one_off, years))
        add(FigureKey("recurring", oi), oi, "löpande kostnader", c.recurring_total,
            over([r for r in all_refs if r not in one_off], years))
        internal = [r for r in all_refs if lines[r].internal]
        add(FigureKey("internal", oi), oi, "interna kostnader", c.internal_total,
            over(internal, years))
        add(FigureKey("external", oi), oi, "externa kostnader", c.external_total,
            over([r for r in all_refs if r not in internal], years))
        if c.cost_per_user_year is not None and years and users > 0:
            scale = Fraction(1, users * (years[-1] - years[0] + 1))
            add(FigureKey("per_user_year", oi), oi, "kostnad per användare och år",
                c.cost_per_user_year,
                {r: v * scale for r, v in totals[oi].items()})
        # Each option's average per year over its own years (model/costs.py annual_average):
        # the total over them divided by their number.
        for basis, period in (("total", None), ("contract", "contract")):
            avg = annual_average(c, contract_only=period is not None)
            if avg is not None and c.lines:
                share = Fraction(1, len(avg.years))
                add(FigureKey("average", oi, basis=basis), oi, "genomsnitt per år" if period is None
                    else "genomsnitt per år under avtalsperioden", avg.amount,
                    {r: v * share for r, v in over(all_refs, avg.years, period=period).items()})
        for label, low_var, high_var in sensitivity_cases:
            if not c.lines:
                continue
            if not sensitivity_applies(c.option, label):
                continue
            low, high = option_total(c.option, low_var), option_total(c.option, high_var)
            if high < low:
                low, high, low_var, high_var = high, low, high_var, low_var
            name = _SENS_NAMES.get(label, label)
            add(FigureKey("sens", oi, basis=label, side="low"), oi,
                f"känslighet ({name}), lägsta", low,
                over(all_refs, years, low_var))
            add(FigureKey("sens", oi, basis=label, side="high"), oi,
                f"känslighet ({name}), högsta", high,
                over(all_refs, years, high_var))
    # The comparison's per-year table spans every option's years: a year an option has no
    # costs in shows as 0 (a figure with nothing confidential behind it).
    span = sorted({y for c in costs for y in c.years})
    for oi, c in enumerate(costs):
        for y in range(span[0], span[-1] + 1) if span else ():
            if y not in c.per_year:
                add(FigureKey("year", oi, year=y), oi, f"summa {y}", Decimal(0), {})
    if baseline is not None:
        for oi, c in enumerate(costs):
            if oi == baseline:
                continue
            # Each difference over the years both cover, and each side's costs outside them
            # (model/costs.py compare): every figure the memo states about the comparison.
            for basis, d in (("total", c.difference), ("contract", c.contract_difference)):
                if d is None:
                    continue
                (f_o, refs_o), (f_b, refs_b) = overs[oi], overs[baseline]
                period = None if basis == "total" else "contract"  # a row's contract years only
                if d.amount is not None:
                    coeffs = dict(f_o(refs_o, d.years, period=period))
                    for ref, v in f_b(refs_b, d.years, period=period).items():
                        coeffs[ref] = coeffs.get(ref, Fraction(0)) - v
                    key = FigureKey("difference" if basis == "total" else "contract_difference",
                                    oi)
                    add(key, oi, "skillnaden mot jämförelsebasen", d.amount, coeffs)
                if d.option_outside:
                    add(FigureKey("outside", oi, basis=basis, side="option"), oi,
                        "kostnaden utanför de gemensamma åren",
                        d.option_outside_total, f_o(refs_o, list(d.option_outside), period=period))
                if d.baseline_outside:
                    add(FigureKey("outside", oi, basis=basis, side="baseline"), oi,
                        "jämförelsebasens kostnad utanför de gemensamma åren",
                        d.baseline_outside_total,
                        f_b(refs_b, list(d.baseline_outside), period=period))
    if users > 0:
        add(FigureKey("user_count"), -1, "antalet användare", Decimal(users), {},
            marked=any(s.key == ("volume", Fraction(users)) or s.key == ("volume", users)
                       for s in w.secrets))
    _decide(w, figures)
    _round_for_public(w, figures)
    w.figures = {f.key: f for f, _c in figures}
    # The cost scores are computed from each option's cost over the years every option with
    # costs covers (model/costs.py comparable_totals), not from its total: where the periods
    # differ, that is one more sum per option, which the scores, the weighted sums and the
    # robustness sentence give away to a few hundredths. The rule must accept each like any
    # shown figure (a region's rabatt in the first year and a licence over six years, scored
    # over four: the total and the four-year cost together pin both).
    comparable_shown = True
    if any(getattr(c, "from_costs", False) for c in memo.criteria):
        cost_years = comparable_years(costs)
        for oi, c in enumerate(costs):
            if not c.lines or not cost_years:
                continue
            f_o, refs_o = overs[oi]
            deps, per_value = per_value_of(f_o(refs_o, cost_years))
            if not deps:
                continue
            if (w.simple_rule or any(ref in w.compound or ref[0] in w.options for ref in deps)
                    or not w.disclosure.admit(per_value)):
                comparable_shown = False
    _decide_nonlinear(w, memo, costs, comparable_shown)
    return w


def _decide(w: Withholding, figures) -> None:
    open_values = [k for k, s in enumerate(w.secrets)
                   if not any(ref[0] in w.options for ref in s.lines)]
    simple = len(open_values) > MAX_UNKNOWNS or any(
        max(c.numerator.bit_length(), c.denominator.bit_length()) > MAX_BITS
        for _f, coeffs in figures for c in coeffs.values()
    )
    disclosure = Disclosure([Value(s.value, s.step) for s in w.secrets])
    order = {kind: i for i, kind in enumerate(_PRIORITY)}
    users_hidden = False
    decided: dict[FigureKey, Figure] = {}
    for figure, coeffs in sorted(figures, key=lambda fc: order[fc[0].key.kind]):
        if figure.key.kind == "average":
            # An average is its total divided by the number of years: withheld with it, and
            # then by the same reason (decided first, by _PRIORITY).
            total = decided.get(FigureKey("total" if figure.key.basis == "total"
                                          else "contract_total", figure.key.option))
            if total is not None and not total.shown:
                figure.shown, figure.reason = False, total.reason
                figure.grounds, figure.values = total.grounds, total.values
                decided[figure.key] = figure
                continue
        _decide_one(w, figure, coeffs, disclosure, simple, users_hidden)
        decided[figure.key] = figure
        if figure.key == FigureKey("user_count"):
            users_hidden = not figure.shown
    w.simple_rule = simple or disclosure.out_of_time
    w.disclosure = disclosure
    # Which end of a sensitivity range is "low" depends on the amounts (a credit turns it), so
    # the two ends are shown or withheld together.
    by_key = {f.key: f for f, _c in figures}
    for figure, _c in figures:
        if figure.key.kind == "sens" and figure.key.side == "low":
            high = by_key.get(figure.key._replace(side="high"))
            if high is not None and figure.shown != high.shown:
                for f in (figure, high):
                    if f.shown:
                        f.shown = False
                        f.reason = "visas inte: den andra änden av intervallet visas inte"


#: Significant figures of a shown figure that involves a confidential value, in the public
#: version ("cirka 1,5 miljoner kronor", "ca 1 500" in a tkr table).
PUBLIC_DIGITS = 2


#: Why a figure computed from rounded figures is withheld (``Figure.reason``).
ROUNDING_WOULD_MISLEAD = "visas inte: kan inte anges avrundad utan att bli missvisande"


def _round_for_public(w: Withholding, figures) -> None:
    """The number the public version states for each shown figure over confidential values.

    The rule (model/disclosure.py) leaves every confidential value unbounded over the reals,
    but a figure stated to the krona is an *equation* for a reader who knows the grids real
    values lie on (whole kronor, rabatter in tens of thousands): where the formula's index
    factors make the smallest whole move along the unbounded direction enormous, the one grid
    point within ±10 % is the truth (report L5: 140 cameras at a marked price with index
    2,5 % and a marked rabatt, total 1 528 850 kronor, gave the price exactly). Stated to two
    significant figures, each figure is an interval a few per cent wide instead, which holds a
    grid point for most prices near the true one.

    Rounding each figure on its own would not do: the total, the external costs, the cost per
    user and the average are one linear form over the confidential values (plus amounts the
    reader knows), and several roundings of one form, each offset differently, cut its
    interval down to a sliver. So the figures are taken in the rule's order, and each whose
    form is *independent* of those before it (an anchor) is rounded from its own value; every
    other is computed from the anchors' rounded values (its form as a combination of theirs,
    plus its known part) and then rounded: its text is a function of what is already shown and
    tells the reader nothing more. Which figures are rounded, and which are anchors, depends on
    the formulas only (which confidential lines a figure involves, its coefficients), never on
    the values. The board's version is exact."""
    anchors: list[tuple[Decimal, Fraction]] = []  # (rounded value, known part) per anchor
    basis: list[tuple[int, dict[int, Fraction], dict[int, Fraction]]] = []  # pivot, row, combo
    secrets = [s.value for s in w.secrets]
    order = {kind: i for i, kind in enumerate(_PRIORITY)}
    for figure, coeffs in sorted(figures, key=lambda fc: order[fc[0].key.kind]):
        if not figure.shown or not figure.depends or not coeffs \
                or not isinstance(figure.value, Decimal):
            continue
        value = Fraction(figure.value)
        known = value - sum((c * secrets[k] for k, c in coeffs.items()), Fraction(0))
        # The row reduced against the anchors' rows so far, tracking the combination.
        row = dict(coeffs)
        combo: dict[int, Fraction] = {}
        for pivot, brow, bcombo in basis:
            factor = row.get(pivot)
            if factor:
                row = subtract(row, factor, brow)
                combo = subtract(combo, -factor, bcombo)
        if row:  # independent of the anchors: a new anchor, rounded from its own value
            rounded = swedish.significant(figure.value, PUBLIC_DIGITS)
            n = len(anchors)
            anchors.append((rounded, known))
            pivot = min(row)
            lead = row[pivot]
            new_row = {i: a / lead for i, a in row.items()}
            new_combo = {j: -a / lead for j, a in combo.items()}
            new_combo[n] = new_combo.get(n, Fraction(0)) + 1 / lead
            # Keep the basis reduced: clear the new pivot from the rows before it.
            for k, (p, brow, bcombo) in enumerate(basis):
                factor = brow.get(pivot)
                if factor:
                    basis[k] = (p, subtract(brow, factor, new_row),
                                subtract(bcombo, factor, new_combo))
            basis.append((pivot, new_row, new_combo))
            figure.public = rounded
            continue
        estimate = known + sum((mu * (Fraction(anchors[j][0]) - anchors[j][1])
                                for j, mu in combo.items()), Fraction(0))
        public = swedish.significant(
            Decimal(estimate.numerator) / Decimal(estimate.denominator), PUBLIC_DIGITS)
        # How far the computed figure may lie from the truth: half a unit of each anchor's
        # last figure, times its weight. Where parts that nearly cancel make that more than a
        # unit of the figure's own last figure, "cirka X" would mislead (a total of -186 kr
        # said as "cirka -140 kronor"): the figure is withheld instead. Decided from the
        # anchors' stated values and the coefficients, all of which the reader has, so the
        # decision tells nothing more.
        drift = sum((abs(mu) * _unit(anchors[j][0]) / 2 for j, mu in combo.items()), Fraction(0))
        if drift > _unit(public):
            figure.shown = False
            figure.public = None
            figure.reason = ROUNDING_WOULD_MISLEAD
            continue
        figure.public = public


def _unit(value: Decimal) -> Fraction:
    """The unit of the last of :data:`PUBLIC_DIGITS` significant figures of ``value``."""
    return Fraction(swedish.last_unit(value, PUBLIC_DIGITS))


def _decide_one(w: Withholding, figure: Figure, coeffs, disclosure, simple: bool,
                users_hidden: bool) -> None:
    def labels() -> str:
        return swedish_join([w.secrets[k].label for k in sorted(figure.values)])

    if figure.key == FigureKey("user_count"):
        if figure.marked:
            figure.shown = False
            figure.reason = "visas inte: antalet är lika med en sekretessmarkerad volym"
        return
    if figure.option in w.options:
        figure.shown = False  # the whole option's costs are marked: none of its figures
        figure.reason = "visas inte: alternativets kostnader är sekretessmarkerade"
        return
    if figure.key.kind == "per_user_year" and users_hidden:
        figure.shown = False
        figure.reason = "visas inte: antalet användare är sekretessmarkerat"
        return
    if not figure.depends:
        return
    if figure.marked:
        figure.shown = False
        figure.reason = f"visas inte: avslöjar {labels()}" if figure.values else "visas inte"
        return
    if any(ref in w.compound for ref in figure.depends) and not figure.marked:
        figure.shown = False
        figure.reason = (f"visas inte: {labels()} är produkten av två sekretessuppgifter "
                         "som också står på andra rader")
        return
    if any(ref[0] in w.options for ref in figure.depends) or simple:
        figure.shown = False
    elif not coeffs:
        return  # the confidential lines behind it cancel out (a credit, a zero)
    else:
        figure.shown = disclosure.admit(coeffs)
    if not figure.shown:
        figure.reason = (f"visas inte: tillsammans med det som visas skulle den begränsa "
                         f"{labels()}" if figure.values else "visas inte")


def _decide_nonlinear(w: Withholding, memo: Memo, costs: list[OptionCosts],
                      comparable_shown: bool = True) -> None:
    """Figures that are not a linear sum of lines: withheld whenever any total behind them is
    withheld, or any option's cost over the years the scores compare is not a figure the rule
    accepts (``comparable_shown``; the criteria computed from costs)."""
    from_costs = any(getattr(c, "from_costs", False) for c in memo.criteria)
    behind = [FigureKey("total", oi) for oi, c in enumerate(costs) if c.lines]
    hidden = [k for k in behind if w.withheld(k)]
    depends = frozenset(ref for k in behind for ref in w.figures[k].depends)
    grounds = tuple(dict.fromkeys(g for k in hidden for g in w.figures[k].grounds))
    reason = "visas inte: räknas fram ur en total som inte visas"
    if not hidden and not comparable_shown:
        grounds = tuple(dict.fromkeys(w.lines[ref] for ref in sorted(depends)))
        reason = ("visas inte: räknas fram ur kostnaden under de år som alla alternativ "
                  "omfattar, som tillsammans med det som visas skulle avslöja en "
                  "sekretessmarkerad uppgift")
    for kind in NONLINEAR:
        label = {"criteria_scores": "poängen för kostnad",
                 "criteria_totals": "de viktade summorna",
                 "criteria_robustness": "hur säker rangordningen är"}[kind]
        shown = not (from_costs and (hidden or not comparable_shown))
        w.computed[FigureKey(kind)] = Figure(
            FigureKey(kind), -1, label, None, depends if from_costs else frozenset(), False, shown,
            grounds if not shown else (), "" if shown else reason)


def swedish_join(items: list[str]) -> str:
    """"a, b och c" (a plain join: called for every withheld figure, so no Babel here)."""
    items = list(dict.fromkeys(items))
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + " och " + items[-1]


_CELL_PARTS = {"unit_price": str(SecretKind.UNIT_PRICE), "volume": str(SecretKind.VOLUME),
               "_total": str(SecretKind.AMOUNT)}


def cell_mark(memo: Memo, w: Withholding, ref: LineRef, column: str) -> tuple[str, str] | None:
    """For the cost grid: (ground, why) when the public version withholds this cell of line
    ``ref`` (``column``: "unit_price", "volume" or "_total"), else None. The same answer the
    public version's assumption line and cells are made from (``w.line_parts``)."""
    part = _CELL_PARTS.get(column)
    if part is None or ref not in w.lines or part not in w.line_parts.get(ref, ()):
        return None
    if ref[0] in w.options:
        why = "hela alternativets kostnader är sekretessmarkerade"
    elif ref in w.reached:
        src = w.reached[ref]
        why = (f"visas inte: raden har samma värde som den sekretessmarkerade raden "
               f"”{line_name(memo.options[src[0]].cost_lines[src[1]])}”")
    elif part == str(SecretKind.AMOUNT):
        why = "visas inte: beloppet avslöjar det markerade priset eller beloppet"
    elif part == str(SecretKind.UNIT_PRICE) and str(SecretKind.AMOUNT) in w.line_parts[ref] \
            and not any(m.kind is SecretKind.UNIT_PRICE and m.target ==
                        memo.options[ref[0]].cost_lines[ref[1]].id for m in memo.secrecy.marks):
        why = "visas inte: tillsammans med volymen avslöjar priset det markerade beloppet"
    else:
        why = "sekretessmarkerad"
    return w.lines[ref], why


#: The cost grid's columns a mark can stand on, and the kind of mark each takes.
CELL_KINDS: dict[str, SecretKind] = {"unit_price": SecretKind.UNIT_PRICE,
                                     "volume": SecretKind.VOLUME, "_total": SecretKind.AMOUNT}
DEFAULT_GROUND = GROUNDS[0][0]


def mark_index(memo: Memo, kind: SecretKind, target: str) -> int | None:
    """The index of the mark of ``kind`` on ``target`` in ``memo.secrecy.marks``, or None."""
    return next((i for i, m in enumerate(memo.secrecy.marks)
                 if m.kind is kind and m.target == target), None)


def ground_for_new_mark(memo: Memo) -> str:
    """The ground a mark made from the grid gets: the last one used, else 31 kap. 16 § OSL."""
    return next((m.ground.strip() for m in reversed(memo.secrecy.marks) if m.ground.strip()),
                DEFAULT_GROUND)


def board_version_notice(memo: Memo, public: bool = False) -> str:
    """What every export of the board's version of a memo with marks must say (Word, PDF,
    workbook): that it is the board's version and contains what is marked. "" for the public
    version and for a memo without marks. For the export plan (publish/service.py)."""
    if public or not memo.secrecy.marks:
        return ""
    w = marks_for(memo)
    if not w.any:
        return ""
    items = swedish_join(w.items) or "uppgifter"
    return (f"Det här är nämndens version. Den innehåller det som är markerat som sekretess "
            f"({items}; {swedish_join(w.grounds)}). Lämna inte ut den; skapa den offentliga "
            "versionen för den som begär ut handlingen.")


def public_account(memo: Memo, w: Withholding, per_group: int = 8) -> list[tuple[str, str]]:
    """What the public version withholds and why, as (what, why) in Swedish: the secrecy card
    shows it, read from the same catalogue the public version is made from. The marked items
    with their grounds; the lines a mark reaches; then, per option and reason, the figures
    withheld only because they would reveal a marked one; then those computed from them."""
    out: list[tuple[str, str]] = []
    for mark in memo.secrecy.marks:
        path = mark_path(memo, mark)
        if path is None:
            continue
        ground = mark.ground.strip() or "grund saknas"
        if mark.kind in LINE_KINDS:
            for oi, option in enumerate(memo.options):
                for line in option.cost_lines:
                    if line.id == mark.target:
                        what = _ITEM[mark.kind].format(line_name(line))
                        out.append((f"Alternativ {oi + 1}: {what}", f"markerad ({ground})"))
        elif mark.kind is SecretKind.BACKGROUND:
            which = "hela bakgrunden" if mark.paragraph <= 0 else \
                f"stycke {mark.paragraph} i bakgrunden"
            out.append((which[0].upper() + which[1:], f"markerad ({ground})"))
        else:
            name = ""
            if mark.kind in (SecretKind.OPTION_COSTS, SecretKind.OPTION_DESCRIPTION):
                name = next((f"alternativ {i + 1}" for i, o in enumerate(memo.options)
                             if o.id == mark.target), "")
            elif mark.kind is SecretKind.LEGAL_ASSESSMENT:
                name = next((c.title for c in memo.caveats if c.id == mark.target), "")
            elif mark.kind is SecretKind.ATTACHMENT:
                name = next((a.title for a in memo.attachments if a.id == mark.target), "")
            what = _ITEM.get(mark.kind, "{}").format(name.strip() or "uppgiften")
            out.append((what[0].upper() + what[1:], f"markerad ({ground})"))
    for ref, source in sorted(w.reached.items()):
        line = memo.options[ref[0]].cost_lines[ref[1]]
        marked = memo.options[source[0]].cost_lines[source[1]]
        out.append((f"Alternativ {ref[0] + 1}: {line_name(line)}",
                    f"samma värde som den markerade raden ”{line_name(marked)}”"))
    groups: dict[tuple[int, str], list[str]] = {}
    for figure in w.derived():
        if figure.option in w.options:
            continue  # said once, with the whole option
        why = figure.reason.removeprefix("visas inte: ") or "skulle avslöja en markerad uppgift"
        groups.setdefault((figure.option, why), []).append(figure.label)
    for (oi, why), labels in sorted(groups.items(), key=lambda g: (g[0][0], g[0][1])):
        labels = list(dict.fromkeys(labels))
        shown = ", ".join(labels[:per_group]) + (
            f" och {len(labels) - per_group} till" if len(labels) > per_group else "")
        where = f"Alternativ {oi + 1}" if oi >= 0 else "Memot"
        out.append((f"{where}: {shown}", why))
    for figure in w.computed.values():
        if not figure.shown:
            out.append((figure.label[0].upper() + figure.label[1:],
                        figure.reason.removeprefix("visas inte: ")))
    return out


# -- validation ---------------------------------------------------------------------------------
def mark_path(memo: Memo, mark) -> str | None:
    """The field a mark stands on (for validation and the GUI), or None when it is gone."""
    kind = mark.kind
    for oi, option in enumerate(memo.options):
        if kind in LINE_KINDS:
            for li, line in enumerate(option.cost_lines):
                if line.id == mark.target:
                    suffix = "" if kind is SecretKind.AMOUNT else f".{kind}"
                    return f"options[{oi}].cost_lines[{li}]{suffix}"
        elif option.id == mark.target:
            if kind is SecretKind.OPTION_COSTS:
                return f"options[{oi}].cost_lines"
            if kind is SecretKind.OPTION_DESCRIPTION:
                return f"options[{oi}].description"
    if kind is SecretKind.BACKGROUND:
        return "background"
    if kind is SecretKind.LEGAL_ASSESSMENT:
        for i, c in enumerate(memo.caveats):
            if c.id == mark.target:
                return f"caveats[{i}].reasoning"
    if kind is SecretKind.ATTACHMENT:
        for i, a in enumerate(memo.attachments):
            if a.id == mark.target:
                return f"attachments[{i}].title"
    return None


def check(memo: Memo, costs, w: Withholding | None, err, warn) -> None:
    """Validation problems about the marks, each at the item it stands on."""
    if not memo.secrecy.marks:
        _check_free_text(memo, Withholding(), warn)  # a text that speaks of secrecy
        return
    if w is None:
        w = withholding(memo, costs, sensitivity_cases(memo))
    for i, mark in enumerate(memo.secrecy.marks):
        path = mark_path(memo, mark)
        what = KIND_LABELS.get(mark.kind, "Uppgiften")
        if path is None:
            warn(f"secrecy.marks[{i}]", f"Sekretessmarkering {i + 1} ({what.lower()}) gäller en "
                 "uppgift som inte längre finns i memot. Ta bort markeringen.")
            continue
        if not mark.ground.strip():
            err(path, f"{what} är markerad som sekretess men saknar grund. Ange "
                "sekretessbestämmelsen, till exempel 31 kap. 16 § OSL.")
        elif not is_osl_ground(mark.ground):
            warn(path, f"Sekretessgrunden {mark.ground.strip()!r} är inte en bestämmelse i "
                 "offentlighets- och sekretesslagen. Skriv den som till exempel 31 kap. 16 § OSL.")
        if mark.kind is SecretKind.BACKGROUND and mark.paragraph > len(
            split_paragraphs(memo.background)
        ):
            err(path, f"Sekretessmarkeringen gäller stycke {mark.paragraph} i bakgrunden, men "
                "bakgrunden har inte så många stycken. Hela bakgrunden undanhålls tills du "
                "rättar markeringen.")
    if memo.secrecy.marked_on is None and memo.case.memo_date is None:
        warn("case.memo_date", "Sekretessmarkeringen saknar datum. Ange memots datum "
             "(Utfärdat), som markeringen då får.")
    by_option: dict[int, list[Figure]] = {}
    for figure in w.derived():
        by_option.setdefault(figure.option, []).append(figure)
    for oi, derived in sorted(by_option.items()):
        if oi in w.options:
            continue  # the whole option's costs are marked: nothing more to say
        labels = list(dict.fromkeys(f.label for f in derived))
        shown = ", ".join(labels[:8]) + (f" och {len(labels) - 8} till" if len(labels) > 8 else "")
        warn(f"options[{oi}].cost_lines",
             f"Alternativ {oi + 1}: den offentliga versionen utelämnar också {len(derived)} "
             f"belopp som annars skulle avslöja en sekretessmarkerad uppgift ({shown}).")
    _check_reach(memo, w, warn)
    _check_marked_values(memo, w, warn)
    _check_free_text(memo, w, warn)


def _check_marked_values(memo: Memo, w: Withholding, warn) -> None:
    """What the official should know about the values the marks stand on: a value that is in
    no figure, every line marked, a zero, a credit, a foreign price whose rate is shown."""
    every = [(oi, li) for oi, o in enumerate(memo.options) for li in range(len(o.cost_lines))]
    if len(every) > 1 and all(ref in w.lines for ref in every):
        warn("options", "Alla kostnadsrader är sekretessmarkerade. Den offentliga versionen "
             "visar då inga kostnader alls, inte heller summorna. Markera bara det som "
             "omfattas av sekretess, till exempel à-priset, så kan volymerna och de summor "
             "som inte avslöjar något visas.")
    said_rate: set[str] = set()
    for mark in memo.secrecy.marks:
        if mark.kind not in LINE_KINDS:
            continue
        refs = [ref for ref in every
                if memo.options[ref[0]].cost_lines[ref[1]].id == mark.target]
        for oi, li in refs:
            line = memo.options[oi].cost_lines[li]
            path = f"options[{oi}].cost_lines[{li}]"
            name = line_name(line)
            what = {SecretKind.UNIT_PRICE: "priset", SecretKind.VOLUME: "volymen",
                    SecretKind.AMOUNT: "beloppet"}[mark.kind]
            value = {SecretKind.UNIT_PRICE: line.unit_price, SecretKind.VOLUME: line.volume,
                     SecretKind.AMOUNT: line.unit_price * line.volume}[mark.kind]
            if not line_amounts(line):
                warn(path, f"Raden ”{name}” är sekretessmarkerad, men den ingår inte i någon "
                     "kostnad i memot (den saknar giltiga år"
                     + (" eller växelkurs" if line_rate(line) is None else "")
                     + "). Det finns inget belopp att utelämna; rätta raden eller ta bort "
                     "markeringen.")
                continue
            if not value:
                warn(path, f"Raden ”{name}” har {what} 0 och är sekretessmarkerad. Kontrollera "
                     f"att {what} är ifyllt; den offentliga versionen utelämnar det ändå, och "
                     "allt som räknas fram ur det.")
            if line.category is CostCategory.CREDIT or line.unit_price < 0:
                warn(path, f"Raden ”{name}” är en kreditering och sekretessmarkerad. Den "
                     "offentliga versionen utelämnar avdraget. En summa där avdraget tar ut "
                     "ett annat markerat belopp kan ändå visas: den som läser ser summan men "
                     "kan inte räkna ut delarna.")
            currency = _currency(line)
            if currency != "SEK" and mark.kind is not SecretKind.VOLUME \
                    and line_rate(line) and currency not in said_rate:
                said_rate.add(currency)
                warn(path, f"Raden ”{name}” har ett sekretessmarkerat pris i {currency}. "
                     f"Växelkursen för {currency} visas i den offentliga versionen, så även "
                     "beloppet i kronor utelämnas: med kursen skulle det avslöja priset.")


def _check_reach(memo: Memo, w: Withholding, warn) -> None:
    """Every line a mark reaches, and the user count when it is a marked volume."""
    for ref, source in sorted(w.reached.items()):
        line = memo.options[ref[0]].cost_lines[ref[1]]
        marked = memo.options[source[0]].cost_lines[source[1]]
        hidden = w.line_parts.get(ref, frozenset())
        what = "volym" if str(SecretKind.VOLUME) in hidden and \
            abs(line.volume) == abs(marked.volume) else "pris"
        warn(f"options[{ref[0]}].cost_lines[{ref[1]}]",
             f"Raden ”{line_name(line)}” i alternativ {ref[0] + 1} har samma {what} som den "
             f"sekretessmarkerade raden ”{line_name(marked)}” i alternativ {source[0] + 1}. "
             "Den offentliga versionen utelämnar därför också den här radens "
             f"{what} och belopp; annars kunde det markerade värdet läsas av här.")
    if w.withheld(FigureKey("user_count")):
        warn("assumptions.user_count",
             "Antalet användare är detsamma som en sekretessmarkerad volym. Den offentliga "
             "versionen utelämnar därför antalet användare och kostnaden per användare.")


#: Words that say a text speaks of secrecy (a memo that says so should have marks).
_SECRECY_WORDS = re.compile(
    r"sekretess|\bOSL\b|offentlighets- och sekretesslagen|får inte (?:redovisas|lämnas ut)|"
    r"konfidentiell|affärshemlighet", re.IGNORECASE)


def _texts(memo: Memo) -> list[tuple[str, str]]:
    texts = [("summary", memo.summary), ("background", memo.background),
             ("assumptions.note", memo.assumptions.note), ("assessment", memo.assessment),
             ("consequences.description", memo.consequences.description)]
    for oi, option in enumerate(memo.options):
        texts += [(f"options[{oi}].description", option.description),
                  (f"options[{oi}].advantages", option.advantages),
                  (f"options[{oi}].disadvantages", option.disadvantages)]
        texts += [(f"options[{oi}].cost_lines[{li}].description", line.description)
                  for li, line in enumerate(option.cost_lines)]
    texts += [(f"caveats[{i}].reasoning", c.reasoning) for i, c in enumerate(memo.caveats)]
    return texts


def _secret_values(memo: Memo, w: Withholding) -> list[tuple[Decimal, str, bool]]:
    """(value, currency, also as tkr) for everything the public version withholds: every
    withheld figure in SEK, every confidential price, volume and amount in its own currency
    and in SEK. A volume has the currency "" (it matches a bare number only)."""

    out: list[tuple[Decimal, str, bool]] = []
    for f in w.figures.values():
        if not f.shown and isinstance(f.value, Decimal) and f.value:
            out.append((f.value, "" if f.key == FigureKey("user_count") else "SEK",
                        f.key != FigureKey("user_count")))
    for secret in w.secrets:
        value = Decimal(secret.value.numerator) / Decimal(secret.value.denominator)
        if secret.key[0] == "volume":
            out.append((value, "", False))
            continue
        currency = secret.key[1] if secret.key[0] in ("price", "amount") else "SEK"
        out.append((value, currency, False))
        line = memo.options[secret.lines[0][0]].cost_lines[secret.lines[0][1]]
        rate = line_rate(line)
        if currency != "SEK" and rate:
            out.append((value * rate, "SEK", False))
    return out


def _check_free_text(memo: Memo, w: Withholding, warn) -> None:
    """Free text the official wrote is shown as it is: say if it holds a withheld figure in
    any form a person writes an amount (model/amount_text.py); and if it speaks of secrecy
    while nothing is marked."""

    texts = _texts(memo)
    if not memo.secrecy.marks:
        for path, text in texts:
            if text and _SECRECY_WORDS.search(text):
                warn(path, "Texten talar om sekretess, men ingenting i memot är "
                     "sekretessmarkerat. Den offentliga versionen visar då allt. Markera det "
                     "som ska undantas i kortet Sekretess i steget Juridik.")
                break
        return
    values = _secret_values(memo, w)
    if not values:
        return
    withheld_texts = {"background"} if 0 in w.background else set()
    withheld_texts |= {f"options[{oi}].description" for oi in w.option_descriptions}
    withheld_texts |= {f"caveats[{i}].reasoning" for i in w.legal}
    for path, text in texts:
        if path in withheld_texts or not text:
            continue  # the public version withholds the whole text anyway
        if path == "background" and w.background:
            text = "\n\n".join(p for n, p in enumerate(split_paragraphs(text), 1)
                                 if n not in w.background)
        found = next((m.text for m in mentions(text) for value, currency, tkr in values
                      if reveals(m, value, currency)
                      or (tkr and not m.currency and reveals(m, value / 1000, ""))), None)
        if found:
            warn(path, f"Texten innehåller ”{found}”, som avslöjar en uppgift som är "
                 "sekretessmarkerad eller utelämnas i den offentliga versionen. Texten visas "
                 "som den är: ta bort beloppet eller markera stycket som sekretess.")
