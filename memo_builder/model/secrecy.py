"""Confidential figures (sekretess, OSL): what the public version withholds, and why.

The official marks a cost line's unit price, volume or amount, a whole option's costs, a text
passage or an attachment as confidential, with the secrecy provision (the ground). The board's
version shows everything, marked; the public version replaces each marked item with a notice.

Withholding the marked number is not enough when the reader can compute it, so this module
also decides which *shown* figures must go. The rule (also in the README):

    Every figure in the cost section is a linear function of the lines' amounts. A figure that
    depends on a confidential line is withheld, unless at least two confidential lines sit
    behind it and, together with every other figure shown, it still does not let a reader
    isolate any one confidential line. Figures are considered in a fixed order (option totals
    first, single cells last) and each is shown only if, after adding it, no confidential
    line's amount can be solved from the shown figures: an exact rank test over the rational
    numbers, with the index, volume and currency factors a reader can see taken as known.
    A figure that depends on an option whose whole costs are marked is always withheld.

A line's amount is volume × unit price × index × rate, and a reader sees the volume, the index
and the rate, so hiding the unit price (or the volume) hides the line's amounts too, and hiding
the amount also hides the unit price. Computed once per memo revision, by
:class:`memo_builder.analysis.revision.Analysis`. No Qt, no rendering here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction

from memo_builder.model.costs import (
    NO_VARIATION,
    OptionCosts,
    Variation,
    index_base,
    is_foreign,
    is_option_year,
    option_total,
)
from memo_builder.model.memo import CostCategory, Memo, Recurrence, SecretKind

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


@dataclass
class Figure:
    """One number the cost section shows, and whether the public version may show it."""

    key: tuple
    option: int  # option index
    label: str  # Swedish, for validation messages
    value: object  # Decimal (exact kronor)
    depends: frozenset[LineRef]  # confidential lines behind it
    marked: bool = False  # the confidential figure itself (not derived)
    shown: bool = True  # in the public version
    grounds: tuple[str, ...] = ()


@dataclass
class Withholding:
    """What the public version withholds for one memo revision."""

    #: Confidential lines -> ground; and which parts of the line's assumption are hidden.
    lines: dict[LineRef, str] = field(default_factory=dict)
    line_parts: dict[LineRef, frozenset[str]] = field(default_factory=dict)
    options: dict[int, str] = field(default_factory=dict)  # option index -> ground
    background: dict[int, str] = field(default_factory=dict)  # paragraph (1-based; 0: all)
    option_descriptions: dict[int, str] = field(default_factory=dict)
    legal: dict[int, str] = field(default_factory=dict)  # caveat index -> ground
    attachments: dict[int, str] = field(default_factory=dict)
    figures: dict[tuple, Figure] = field(default_factory=dict)
    kinds: list[SecretKind] = field(default_factory=list)  # in first-seen order
    grounds: list[str] = field(default_factory=list)  # in first-seen order
    #: True when the exact rank test was too large and every dependent figure was withheld.
    simple_rule: bool = False

    @property
    def any(self) -> bool:
        return bool(self.kinds)

    def withheld(self, key: tuple) -> bool:
        figure = self.figures.get(key)
        return figure is not None and not figure.shown

    def grounds_of(self, key: tuple) -> tuple[str, ...]:
        figure = self.figures.get(key)
        return figure.grounds if figure is not None else ()

    def derived(self) -> list[Figure]:
        """Figures withheld only because they would reveal a confidential one."""
        return [f for f in self.figures.values() if not f.shown and not f.marked]


def _note(w: Withholding, kind: SecretKind, ground: str) -> None:
    if kind not in w.kinds:
        w.kinds.append(kind)
    g = ground.strip()
    if g and g not in w.grounds:
        w.grounds.append(g)


def marks_for(memo: Memo) -> Withholding:
    """The marks resolved to the items they stand on (figures not yet computed)."""
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
            if refs:
                _note(w, kind, ground)
        elif kind is SecretKind.OPTION_COSTS:
            for oi in option_index.get(mark.target, []):
                w.options.setdefault(oi, ground)
                for li in range(len(memo.options[oi].cost_lines)):
                    w.lines.setdefault((oi, li), ground)
                    parts.setdefault((oi, li), set()).update(str(k) for k in LINE_KINDS)
                _note(w, kind, ground)
        elif kind is SecretKind.OPTION_DESCRIPTION:
            for oi in option_index.get(mark.target, []):
                w.option_descriptions.setdefault(oi, ground)
                _note(w, kind, ground)
        elif kind is SecretKind.BACKGROUND:
            if memo.background.strip():
                w.background.setdefault(max(0, mark.paragraph), ground)
                _note(w, kind, ground)
        elif kind is SecretKind.LEGAL_ASSESSMENT:
            if mark.target in caveat_index:
                w.legal.setdefault(caveat_index[mark.target], ground)
                _note(w, kind, ground)
        elif kind is SecretKind.ATTACHMENT and mark.target in attachment_index:
            w.attachments.setdefault(attachment_index[mark.target], ground)
            _note(w, kind, ground)
    w.line_parts = {ref: frozenset(p) for ref, p in parts.items()}
    return w


# -- the derivation rule ------------------------------------------------------------------------

# The order in which figures are considered for showing: the ones a reader of the public
# version needs most come first, so the greedy rule keeps them when it can.
_PRIORITY = ("total", "contract_total", "option_total", "difference", "year", "per_user_year",
             "external", "internal", "one_off", "recurring", "sens", "contract_year",
             "option_year", "line_total", "cell")
_SENS_NAMES = {"volume": "licensvolym", "index": "index", "exchange": "växelkurs",
               "combined": "alla tre"}
MAX_UNKNOWNS = 40  # beyond this many confidential lines the rank test is replaced by the
MAX_BITS = 4000  # simple rule (withhold every dependent figure); likewise for huge fractions


def _coefficient(line, year: int, variation: Variation) -> Fraction:
    """The year's amount as a multiple of the line's amount in its index base year."""
    growth = 1 + (Fraction(line.index_percent) + Fraction(variation.index_delta)) / 100
    if growth <= 0:
        return Fraction(0)
    factor = growth ** (year - index_base(line))
    if line.category is CostCategory.LICENCES:
        factor *= Fraction(variation.volume_factor)
    if is_foreign(line):
        factor *= Fraction(variation.exchange_factor)
    return factor


class _Span:
    """The row space of the shown figures' coefficients on the confidential lines, kept in
    reduced row echelon form, so "can a line be isolated" is "is a row a unit vector"."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.rows: list[tuple[int, list[Fraction]]] = []  # (pivot, row with row[pivot] == 1)

    def reduce(self, vector: list[Fraction]) -> list[Fraction]:
        v = list(vector)
        for pivot, row in self.rows:
            if v[pivot]:
                factor = v[pivot]
                v = [a - factor * b for a, b in zip(v, row, strict=True)]
        return v

    def with_row(self, vector: list[Fraction]) -> _Span | None:
        """The span with ``vector`` added, or None when it adds nothing."""
        v = self.reduce(vector)
        pivot = next((i for i, a in enumerate(v) if a), None)
        if pivot is None:
            return None
        v = [a / v[pivot] for a in v]
        new = _Span(self.size)
        for p, row in self.rows:
            if row[pivot]:
                factor = row[pivot]
                row = [a - factor * b for a, b in zip(row, v, strict=True)]
            new.rows.append((p, row))
        new.rows.append((pivot, v))
        return new

    def isolates(self) -> bool:
        return any(sum(1 for a in row if a) == 1 for _p, row in self.rows)


def withholding(
    memo: Memo,
    costs: list[OptionCosts],
    sensitivity_cases: list[tuple[str, Variation, Variation]] = (),
) -> Withholding:
    """The marks and, when a cost figure is marked, every figure the public version withholds."""
    w = marks_for(memo)
    if not w.lines:
        return w
    secret = sorted(w.lines)
    column = {ref: k for k, ref in enumerate(secret)}
    figures: list[tuple[Figure, dict[LineRef, Fraction]]] = []
    users = memo.assumptions.user_count

    def add(key, oi, label, value, coeffs: dict[LineRef, Fraction], marked=False):
        coeffs = {ref: c for ref, c in coeffs.items() if ref in column}
        deps = frozenset(coeffs)
        grounds = tuple(dict.fromkeys(w.lines[ref] for ref in sorted(deps)))
        figures.append((Figure(key, oi, label, value, deps, marked, True, grounds), coeffs))

    baseline = next((i for i, c in enumerate(costs) if memo.is_baseline(c.option)), None)
    totals: dict[int, dict[LineRef, Fraction]] = {}
    for oi, c in enumerate(costs):
        per_line_years = {(oi, li): lc.per_year for li, lc in enumerate(c.lines)}
        lines = {(oi, li): lc.line for li, lc in enumerate(c.lines)}

        def over(refs, years, variation=NO_VARIATION, lines=lines, per=per_line_years,
                 period=None):
            # period: None every year; "contract" or "option" only the line's years of that kind
            out: dict[LineRef, Fraction] = {}
            for ref in refs:
                for y in years:
                    if period is not None and is_option_year(lines[ref], y) != (period == "option"):
                        continue
                    if y in per[ref]:
                        out[ref] = out.get(ref, Fraction(0)) + _coefficient(lines[ref], y, variation)
            return out

        all_refs = list(lines)
        years = c.years
        for ref, line in lines.items():
            for y in per_line_years[ref]:
                add(("cell", oi, ref[1], y), oi, f"{line.description.strip() or 'raden'} {y}",
                    per_line_years[ref][y], over([ref], [y]), marked=ref in w.lines)
            add(("line_total", oi, ref[1]), oi, f"{line.description.strip() or 'raden'} totalt",
                sum(per_line_years[ref].values()), over([ref], years), marked=ref in w.lines)
        # A line with option years counts in the contract sums for its contract years and in
        # the option sums for its option years.
        for y in years:
            add(("year", oi, y), oi, f"summa {y}", c.per_year[y], over(all_refs, [y]))
            add(("contract_year", oi, y), oi, f"avtalsperiod {y}", c.contract_per_year[y],
                over(all_refs, [y], period="contract"))
            add(("option_year", oi, y), oi, f"option {y}", c.per_year[y] - c.contract_per_year[y],
                over(all_refs, [y], period="option"))
        totals[oi] = over(all_refs, years)
        add(("total", oi), oi, "totalt", c.total, totals[oi])
        add(("contract_total", oi), oi, "avtalsperioden", c.contract_total,
            over(all_refs, years, period="contract"))
        add(("option_total", oi), oi, "optionen", c.option_period_total,
            over(all_refs, years, period="option"))
        one_off = [r for r in all_refs if lines[r].recurrence is Recurrence.ONE_OFF]
        add(("one_off", oi), oi, "engångskostnader", c.one_off_total, over(one_off, years))
        add(("recurring", oi), oi, "löpande kostnader", c.recurring_total,
            over([r for r in all_refs if r not in one_off], years))
        internal = [r for r in all_refs if lines[r].internal]
        add(("internal", oi), oi, "interna kostnader", c.internal_total, over(internal, years))
        add(("external", oi), oi, "externa kostnader", c.external_total,
            over([r for r in all_refs if r not in internal], years))
        if c.cost_per_user_year is not None and years and users > 0:
            scale = Fraction(1, users * (years[-1] - years[0] + 1))
            add(("per_user_year", oi), oi, "kostnad per användare och år", c.cost_per_user_year,
                {r: v * scale for r, v in totals[oi].items()})
        for label, low_var, high_var in sensitivity_cases:
            if not c.lines:
                continue
            low, high = option_total(c.option, low_var), option_total(c.option, high_var)
            if low == high:
                continue
            if high < low:
                low, high, low_var, high_var = high, low, high_var, low_var
            name = _SENS_NAMES.get(label, label)
            add(("sens", oi, label, "low"), oi, f"känslighet ({name}), lägsta", low,
                over(all_refs, years, low_var))
            add(("sens", oi, label, "high"), oi, f"känslighet ({name}), högsta", high,
                over(all_refs, years, high_var))
    if baseline is not None:
        for oi, c in enumerate(costs):
            if oi == baseline or c.difference_to_baseline is None:
                continue
            coeffs = dict(totals[oi])
            for ref, v in totals[baseline].items():
                coeffs[ref] = coeffs.get(ref, Fraction(0)) - v
            add(("difference", oi), oi, "skillnaden mot jämförelsebasen",
                c.difference_to_baseline, coeffs)
    _decide(w, figures, column)
    w.figures = {f.key: f for f, _c in figures}
    return w


def _decide(w: Withholding, figures, column: dict[LineRef, int]) -> None:
    size = len(column)
    whole_option = {ref for ref in w.lines if ref[0] in w.options}
    simple = size > MAX_UNKNOWNS or any(
        max(c.numerator.bit_length(), c.denominator.bit_length()) > MAX_BITS
        for _f, coeffs in figures for c in coeffs.values()
    )
    w.simple_rule = simple
    span = _Span(size)
    order = {kind: i for i, kind in enumerate(_PRIORITY)}
    for figure, coeffs in sorted(figures, key=lambda fc: order[fc[0].key[0]]):
        if figure.option in w.options:
            figure.shown = False  # the whole option's costs are marked: none of its figures
            continue
        if not figure.depends:
            continue
        if figure.marked or simple or len(figure.depends) < 2 or figure.depends & whole_option:
            figure.shown = False
            continue
        vector = [Fraction(0)] * size
        for ref, c in coeffs.items():
            vector[column[ref]] = c
        bigger = span.with_row(vector)
        if bigger is None:
            continue  # already implied by what is shown: adds nothing a reader can use
        if bigger.isolates():
            figure.shown = False
        else:
            span = bigger


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


def _forms(value) -> set[str]:
    """The ways the product writes an amount (swedish.py), with and without non-breaking
    spaces: what must not stand in a text the public version shows."""
    from memo_builder.model import swedish

    out = set()
    for text in (swedish.kronor(value), swedish.tkr(value), swedish.number(value)):
        out.add(text)
        out.add(text.replace("\u00a0", " "))
        out.add(text.replace("\u2212", "-"))
    return {f for f in out if len(f.strip("-\u2212 ")) >= 4}  # "12" is in every date


def check(memo: Memo, costs, w: Withholding | None, err, warn) -> None:
    """Validation problems about the marks, each at the item it stands on."""
    if not memo.secrecy.marks:
        return
    if w is None:
        from memo_builder.model.costs import sensitivity_cases

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
    # Free text the official wrote is shown as it is: say if it holds a withheld figure.
    secret_values = {f.value for f in w.figures.values() if not f.shown}
    for ref in w.lines:
        line = memo.options[ref[0]].cost_lines[ref[1]]
        if str(SecretKind.UNIT_PRICE) in w.line_parts.get(ref, ()):
            secret_values.add(line.unit_price)
        if str(SecretKind.VOLUME) in w.line_parts.get(ref, ()):
            secret_values.add(line.volume)
    forms = set()
    for value in secret_values:
        if value:
            forms |= _forms(value)
    if not forms:
        return
    texts = [("summary", memo.summary), ("background", memo.background),
             ("assumptions.note", memo.assumptions.note), ("assessment", memo.assessment),
             ("consequences.description", memo.consequences.description)]
    for oi, option in enumerate(memo.options):
        texts += [(f"options[{oi}].description", option.description),
                  (f"options[{oi}].advantages", option.advantages),
                  (f"options[{oi}].disadvantages", option.disadvantages)]
    withheld_texts = {"background"} if 0 in w.background else set()
    withheld_texts |= {f"options[{oi}].description" for oi in w.option_descriptions}
    for path, text in texts:
        if path in withheld_texts:
            continue  # the public version withholds the whole text anyway
        if path == "background" and w.background:
            text = "\n\n".join(p for n, p in enumerate(split_paragraphs(text), 1)
                                 if n not in w.background)
        if text and any(f in text for f in forms):
            warn(path, "Texten innehåller ett belopp som är sekretessmarkerat eller utelämnas i "
                 "den offentliga versionen. Texten visas som den är: ta bort beloppet eller "
                 "markera stycket som sekretess.")
