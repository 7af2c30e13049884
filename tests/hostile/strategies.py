"""Hypothesis strategies that build whole :class:`memo_builder.model.memo.Memo` objects.

The text is hostile on purpose: control characters, lone surrogates, non-characters, right-to-
left overrides, emoji with joiners, combining marks, HTML/jinja2 syntax and, in a few examples,
one field of 100 000 characters. Numbers cover the model's whole domain: Decimals up to 10^15
with either sign and many decimals, zero, and years far outside the cost window.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import strategies as st

from memo_builder.model.memo import (
    AffectedService,
    Attachment,
    CaseDetails,
    Consequences,
    CostAssumptions,
    CostCategory,
    CostLine,
    DecisionPoint,
    LegalCaveat,
    Memo,
    Option,
    Person,
    Perspective,
    Recurrence,
    Score,
    SecrecyMark,
)

LONG_FIELD = 100_000

# Characters that have broken writers somewhere: XML-forbidden controls, lone surrogates,
# non-characters, bidi controls, joiners, BOM, line/paragraph separators, NBSP, tab/CR.
NASTY = [
    "\x00", "\x01", "\x08", "\x0b", "\x0c", "\x0e", "\x1f", "\x7f", "\x85",
    "\ud800", "\udfff", "\udc80", "\ufffe", "\uffff", "\ufeff",
    "\u200b", "\u200d", "\u202e", "\u202d", "\u2066", "\u2069", "\u2028", "\u2029",
    "\u00a0", "\t", "\r", "\r\n", "\n", "\n\n",
    "שלום", "مرحبا بالعالم", "👩\u200d👩\u200d👧", "🇸🇪", "e\u0301", "Å", "ß", "𝔘𝔫𝔦",
    "<b>", "</p>", "&amp;", "<script>alert(1)</script>", "{{ 7*7 }}", "{% raw %}", "]]>",
    "\\", '"', "'", "%s", "{board}", "[[HEADER]]",
]

pieces = st.one_of(
    st.characters(),  # every code point, surrogates included
    st.characters(max_codepoint=0x7F),
    st.sampled_from(NASTY),
)

short_text = st.one_of(
    st.just(""),
    st.lists(pieces, max_size=30).map("".join),
    st.lists(st.sampled_from(NASTY), max_size=8).map("".join),
)


def _long(seed: str) -> str:
    seed = seed or "Lång text med å, ä och ö. "
    return (seed * (LONG_FIELD // len(seed) + 1))[:LONG_FIELD]


long_text = st.lists(pieces, min_size=1, max_size=20).map("".join).map(_long)

EXTREME_DECIMALS = [
    Decimal("0"), Decimal("-0"), Decimal("0E-30"), Decimal("1E+15"), Decimal("-1E+15"),
    Decimal("999999999999999.999999999"), Decimal("-999999999999999"), Decimal("0.005"),
    Decimal("1E-28"), Decimal("0.1234567890123456789012345678"), Decimal("-0.01"),
    Decimal("1"), Decimal("100"), Decimal("-100"), Decimal("25"), Decimal("-25.0001"),
]

decimals = st.one_of(
    st.sampled_from(EXTREME_DECIMALS),
    st.decimals(min_value=-10**15, max_value=10**15, allow_nan=False, allow_infinity=False),
    st.decimals(min_value=-1000, max_value=1000, places=2),
    st.integers(-10**15, 10**15).map(Decimal),
)

ODD_YEARS = [0, -1, 1, 1899, 1900, 2018, 2200, 2201, 9999, 20190, -2018, 10**6, 2**31 - 1]
years = st.one_of(st.sampled_from(ODD_YEARS), st.integers(1890, 2210), st.integers(-(10**15), 10**15))
counts = st.one_of(st.sampled_from([0, -1, 1, 45000, 10**9, 2**31 - 1, -(2**31)]), st.integers(-(10**15), 10**15))
dates = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
                  st.sampled_from([date.min, date.max, date(2018, 6, 1)]))


def people(text):
    return st.builds(Person, name=text, title=text, phone=text, email=text)


# -- every field of the current schema, from the dataclasses themselves ------------------------
# The memo is generated field by field from ``model/memo.py``'s type hints, so a field added to
# the format (criteria, services, secrecy marks, option products, option years …) is fuzzed the
# day it is added; ``test_the_fuzzers_generate_every_field`` checks that none is left at its
# default. Only what needs a shape of its own is named here.
_OVERRIDES: dict[tuple[type, str], object] = {
    (Memo, "profile"): st.just("goteborg"),
    (LegalCaveat, "library_id"): "library_id",
    (LegalCaveat, "kind"): "caveat_kind",
    (Perspective, "key"): "perspective_key",
    (CostLine, "currency"): "currency",
    (AffectedService, "count"): st.integers(-5, 10**7),
    (Score, "score"): st.one_of(st.integers(-2, 7), counts),
    (SecrecyMark, "paragraph"): st.one_of(st.integers(-3, 6), counts),
    (SecrecyMark, "ground"): "ground",
}
_LIST_SIZES = {(Memo, "options"): "max_options", (Option, "cost_lines"): "max_lines"}


def _named(key: str, text):
    return {
        "library_id": st.one_of(text, st.sampled_from(["lou-direktupphandling", "gdpr"])),
        "caveat_kind": st.one_of(text, st.sampled_from(["law", "vendor", "proposal", "ruling"])),
        "perspective_key": st.one_of(text, st.sampled_from(["barn", "miljo", "jamstalldhet"])),
        "currency": st.one_of(st.sampled_from(["SEK", "EUR", "usd", "", " sek "]), text),
        "ground": st.one_of(st.sampled_from(["31 kap. 16 § OSL", "19 kap. 3 § OSL", ""]), text),
    }[key]


def _int_for(name: str):
    if name.endswith("year"):
        return st.one_of(st.just(0), years)
    return counts


def _for_type(tp, owner: type, name: str, text, sizes: dict[str, int]):
    import dataclasses
    import types
    import typing
    from enum import Enum

    override = _OVERRIDES.get((owner, name))
    if isinstance(override, str):
        return _named(override, text)
    if override is not None:
        return override
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)][0]
        return st.one_of(st.none(), _for_type(inner, owner, name, text, sizes))
    if origin is list:
        (item,) = typing.get_args(tp)
        size = sizes.get(_LIST_SIZES.get((owner, name), ""), 4)
        return st.lists(_for_type(item, owner, name, text, sizes), max_size=size)
    if dataclasses.is_dataclass(tp):
        return _dataclass_strategy(tp, text, sizes)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return st.sampled_from(list(tp))
    if tp is str:
        return text
    if tp is bool:
        return st.booleans()
    if tp is int:
        return _int_for(name)
    if tp is Decimal:
        return decimals
    if tp is date:
        return dates
    raise TypeError(f"the fuzzers have no strategy for {owner.__name__}.{name}: {tp!r}")


def _dataclass_strategy(cls: type, text, sizes: dict[str, int]):
    import dataclasses
    import typing

    hints = typing.get_type_hints(cls)
    return st.builds(cls, **{f.name: _for_type(hints[f.name], cls, f.name, text, sizes)
                             for f in dataclasses.fields(cls) if f.init})


def cost_lines(text):
    return _dataclass_strategy(CostLine, text, {})


def options(text, max_lines):
    return _dataclass_strategy(Option, text, {"max_lines": max_lines})


@st.composite
def _linked(draw, memo_strategy):
    """Point ids at the memo's own items, at a missing id, or at anything: the proposal and
    the baseline (at most one of each), the criteria's scores, the secrecy marks."""
    memo = draw(memo_strategy)
    ids = [o.id for o in memo.options]
    for attr in ("recommended_option_id", "baseline_option_id"):
        pick = draw(st.integers(-3, 5))
        if pick == -1:
            setattr(memo, attr, "")
        elif pick == -2:
            setattr(memo, attr, "ingen-sadan-id")
        elif ids and pick >= 0:
            setattr(memo, attr, ids[pick % len(ids)])
    for criterion in memo.criteria:
        for score in criterion.scores:
            if ids and draw(st.integers(0, 3)):
                score.option_id = draw(st.sampled_from(ids))
    targets = ids + [ln.id for o in memo.options for ln in o.cost_lines] + \
        [c.id for c in memo.caveats] + [a.id for a in memo.attachments]
    for mark in memo.secrecy.marks:
        if targets and draw(st.integers(0, 3)):
            mark.target = draw(st.sampled_from(targets))
    return memo


def memo_objects(text=short_text, max_options=6, max_lines=6):
    sizes = {"max_options": max_options, "max_lines": max_lines}
    return _linked(_dataclass_strategy(Memo, text, sizes))


# Paths of text fields one example may blow up to LONG_FIELD characters.
LONG_TARGETS = ["case.title", "summary", "background", "assessment", "cooperation",
                "criteria.0.title", "criteria.0.scores.0.reason", "options.0.product",
                "consequences.services.0.affected", "secrecy.authority",
                "case.officer.name", "options.0.description", "decision_points.0.text"]


def _set_path(memo: Memo, path: str, value: str) -> None:
    parts = path.split(".")
    obj = memo
    for part in parts[:-1]:
        if part.isdigit():
            if int(part) >= len(obj):
                return
            obj = obj[int(part)]
        else:
            obj = getattr(obj, part)
    setattr(obj, parts[-1], value)


@st.composite
def memos(draw, max_options=6, max_lines=6):
    """A whole memo; about one example in twelve carries one 100 000-character field."""
    memo = draw(memo_objects(max_options=max_options, max_lines=max_lines))
    if draw(st.integers(0, 11)) == 0:
        _set_path(memo, draw(st.sampled_from(LONG_TARGETS)), draw(long_text))
    return memo


def _line(**kw) -> CostLine:
    base = dict(volume=Decimal("1"), unit_price=Decimal("1"), first_year=2018, last_year=2020)
    base.update(kw)
    return CostLine(**base)


def extreme_memos() -> dict[str, Memo]:
    """Hand-made corner cases random generation reaches only rarely: every product of extreme
    figures, indices that explode or vanish, base years far away, huge user counts."""
    big = Decimal("1E+15")
    lines = {
        "volume x price 1e30": _line(volume=big, unit_price=big),
        "volume x price x rate 1e45": _line(volume=big, unit_price=big, currency="EUR", exchange_rate=big),
        "negative everything": _line(volume=-big, unit_price=-big, category=CostCategory.CREDIT,
                                     index_percent=-big),
        "index 1e15 over two centuries": _line(index_percent=big, last_year=2200),
        "index -100": _line(index_percent=Decimal("-100")),
        "index -200": _line(index_percent=Decimal("-200")),
        "index 25 from year 1900 to 2200": _line(volume=big, unit_price=big, index_percent=Decimal("25"),
                                                 first_year=1900, last_year=2200),
        "base year 10^15": _line(index_percent=Decimal("2"), index_base_year=10**15),
        "base year -10^15": _line(index_percent=Decimal("2"), index_base_year=-(10**15)),
        "base year 1 index 25": _line(volume=big, unit_price=big, index_percent=Decimal("25"), index_base_year=1),
        "many decimals": _line(volume=Decimal("0.1234567890123456789012345678"),
                               unit_price=Decimal("999999999999999.999999999"),
                               index_percent=Decimal("0.0000000000000000000000001")),
        "tiny": _line(volume=Decimal("1E-28"), unit_price=Decimal("1E-28")),
        "rate zero": _line(currency="EUR", exchange_rate=Decimal("0")),
        "rate negative": _line(currency="EUR", exchange_rate=-big),
        "one-off in year 10^15": _line(recurrence=Recurrence.ONE_OFF, first_year=10**15),
        "last year before first": _line(first_year=2200, last_year=1900),
    }
    out: dict[str, Memo] = {}
    for name, line in lines.items():
        for users, sens in ((0, Decimal("10")), (10**15, big), (-(10**15), -big)):
            if True:
                memo = Memo(
                    case=CaseDetails(title=f"Extremfall: {name}", memo_date=date(2018, 4, 26),
                                     meeting_date=date(2018, 5, 16)),
                    options=[
                        Option(id="a", title="A", lead_time_months=10**15,
                               cost_lines=[line, _line(volume=big, unit_price=big, option_period=True)]),
                        Option(title="B", lead_time_months=-(10**15), cost_lines=[line]),
                    ],
                    assumptions=CostAssumptions(
                        user_count=users, figures_are_estimates=True,
                        sensitivity_volume_percent=sens, sensitivity_index_points=sens,
                        sensitivity_exchange_percent=sens,
                    ),
                    recommended_option_id="a",
                    baseline_option_id="a",
                    consequences=Consequences(deadline=date(2018, 6, 1),
                                                services=[AffectedService("E-post")]),
                    decision_points=[DecisionPoint(text="Beslut")],
                )
                out[f"{name} / users {users} / sensitivity {sens}"] = memo
    out["empty memo"] = Memo()
    out["dates at the ends of time"] = Memo(
        case=CaseDetails(memo_date=date.max, meeting_date=date.min),
        consequences=Consequences(deadline=date.min),
        options=[Option(lead_time_months=1), Option(lead_time_months=10**15)],
        attachments=[Attachment(title="x", date=date.max)],
    )
    return out
