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
    Assessment,
    Attachment,
    CaseDetails,
    CaseFacts,
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
    Severity,
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


def cost_lines(text):
    return st.builds(
        CostLine,
        id=text,
        category=st.sampled_from(CostCategory),
        description=text,
        volume=decimals,
        volume_unit=text,
        unit_price=decimals,
        recurrence=st.sampled_from(Recurrence),
        internal=st.booleans(),
        first_year=years,
        last_year=years,
        index_percent=decimals,
        index_base_year=st.one_of(st.none(), years),
        currency=st.one_of(st.sampled_from(["SEK", "EUR", "usd", "", " sek "]), text),
        exchange_rate=st.one_of(st.none(), decimals),
        option_period=st.booleans(),
        estimate=st.booleans(),
    )


def options(text, max_lines):
    return st.builds(
        Option,
        id=text,
        title=text,
        description=text,
        advantages=text,
        disadvantages=text,
        supplier=text,
        supplier_outside_eu=st.booleans(),
        leaves_supplier=st.booleans(),
        lead_time_months=counts,
        cost_lines=st.lists(cost_lines(text), max_size=max_lines),
    )


def _mark_options(args) -> Memo:
    """Point the proposal and the baseline at one of the memo's options, at a missing id, or
    at nothing (the model's own states: at most one of each)."""
    memo, recommended, baseline = args
    ids = [o.id for o in memo.options]
    for attr, pick in (("recommended_option_id", recommended), ("baseline_option_id", baseline)):
        if pick == -1:
            setattr(memo, attr, "")
        elif pick == -2:
            setattr(memo, attr, "ingen-sadan-id")
        elif ids:
            setattr(memo, attr, ids[pick % len(ids)])
    return memo


def memo_objects(text=short_text, max_options=6, max_lines=6):
    return st.tuples(
        _memo_objects(text, max_options, max_lines), st.integers(-2, 5), st.integers(-2, 5)
    ).map(_mark_options)


def _memo_objects(text, max_options, max_lines):
    return st.builds(
        Memo,
        profile=st.just("goteborg"),
        case=st.builds(
            CaseDetails,
            organisation=text,
            administration=text,
            board=text,
            diarienummer=text,
            memo_date=dates,
            meeting_date=dates,
            title=text,
            officer=people(text),
        ),
        facts=st.builds(CaseFacts),
        summary=text,
        background=text,
        options=st.lists(options(text, max_lines), max_size=max_options),
        assumptions=st.builds(
            CostAssumptions,
            user_count=counts,
            figures_are_estimates=st.booleans(),
            note=text,
            sensitivity_volume_percent=decimals,
            sensitivity_index_points=decimals,
            sensitivity_exchange_percent=decimals,
        ),
        consequences=st.builds(
            Consequences,
            deadline=dates,
            services=st.lists(st.builds(AffectedService, name=text, affected=text,
                                         count=st.integers(-5, 10**7)), max_size=4),
            severity=st.sampled_from(Severity),
            description=text,
        ),
        caveats=st.lists(
            st.builds(
                LegalCaveat,
                id=text,
                library_id=st.one_of(text, st.sampled_from(["lou-direktupphandling", "gdpr"])),
                title=text,
                reference=text,
                kind=st.one_of(text, st.sampled_from(["law", "vendor", "proposal", "ruling"])),
                text=text,
                assessment=st.sampled_from(Assessment),
                reasoning=text,
                risk=st.sampled_from(Severity),
                mitigations=text,
            ),
            max_size=4,
        ),
        assessment=text,
        decision_points=st.lists(st.builds(DecisionPoint, id=text, text=text), max_size=5),
        perspectives=st.lists(
            st.builds(
                Perspective,
                key=st.one_of(text, st.sampled_from(["barn", "miljo", "jamstalldhet"])),
                heading=text,
                text=text,
            ),
            max_size=4,
        ),
        cooperation=text,
        attachments=st.lists(st.builds(Attachment, id=text, title=text, date=dates), max_size=4),
        signatures=st.lists(people(text), max_size=3),
    )


# Paths of text fields one example may blow up to LONG_FIELD characters.
LONG_TARGETS = ["case.title", "summary", "background", "assessment", "cooperation",
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
