"""The board's version and the public version: how confidential items are shown in each.

:mod:`memo_builder.model.secrecy` decides what is confidential and which figures would reveal
it; this module turns that into what the template context holds. In the board's version every
confidential item is shown with its mark ("[Sekretess enligt 31 kap. 16 § OSL]") and page one
carries the sekretessmarkering (OSL 5 kap. 5 §: provision, date, authority). In the public
version each confidential item, and each figure the withholding rule withholds, is replaced by
the profile's notice, and page one says that it is the public version and what is withheld.

The context's plain values themselves are redacted (not only flags beside them), so a profile
template that knows nothing about secrecy still cannot place a withheld number or passage.
Every sentence comes from the profile's phrases (templates/_base/profile.toml). No Qt here.
"""

from __future__ import annotations

from memo_builder.model import swedish
from memo_builder.model.secrecy import (
    KIND_WITHHELD,
    PUBLIC_DIGITS,
    FigureKey,
    Withholding,
    split_paragraphs,
)

# The placeholder in an assumption line ("45 000 licenser à (sekretess)"); the profile's
# phrase ``secrecy_amount`` when a profile is at hand.
SECRET_AMOUNT = "(sekretess)"
#: Before a table cell the public version states rounded ("ca 1 500"): Språkrådet's "ca".
APPROX = "ca\u00a0"


def _join(items) -> str:
    items = list(dict.fromkeys(i for i in items if i))
    return swedish.join(items) if items else "OSL"


class Secrets:
    """The redaction for one render: ``public`` or the board's version, of one option (``oi``)
    or of the whole memo."""

    def __init__(self, withholding: Withholding | None, profile=None, *, public: bool = False,
                 memo=None, oi: int = -1) -> None:
        self.w = withholding if withholding is not None else Withholding()
        self.profile = profile
        self.public = public
        self.memo = memo
        self.oi = oi
        self.active = public or self.w.any
        #: Keys asked about that the catalogue does not know (a test keeps this empty: every
        #: figure the context places is decided in model/secrecy.py).
        self.unknown: set[tuple] = set()

    def say(self, key: str, **values) -> str:
        return self.profile.phrase(key, **values)

    @property
    def amount_text(self) -> str:
        return self.say("secrecy_amount") if self.profile is not None else SECRET_AMOUNT

    def for_option(self, oi: int) -> Secrets:
        other = Secrets(self.w, self.profile, public=self.public, memo=self.memo, oi=oi)
        other.unknown = self.unknown  # one record per render
        return other

    # -- figures --------------------------------------------------------------------------------
    def withheld(self, key: tuple) -> bool:
        if not self.w.known(key):
            self.unknown.add(key)
        # An option whose whole costs are marked shows none of its figures, not even a 0.
        whole = len(key) > 1 and key[1] in self.w.options
        return self.public and (whole or self.w.withheld(key))

    def reason(self, key: tuple) -> str:
        """Why the public version does not show the figure ("" when it does)."""
        return self.w.reason(key) if self.withheld(key) else ""

    def users(self, text: str) -> str:
        """The memo's user count, unless it equals a marked volume."""
        return self.amount_text if self.withheld(FigureKey("user_count")) else text

    def range(self, low_key: tuple, high_key: tuple, low: str, high: str) -> str:
        """A sensitivity range, "1 234–1 456 tkr", or one phrase when any end is withheld."""
        if self.withheld(low_key) or self.withheld(high_key):
            return self.say("secrecy_range") if self.profile is not None else SECRET_AMOUNT
        a, b = self.approx(low_key), self.approx(high_key)
        if a is not None or b is not None:
            return f"{self.range_cell(low_key, high_key, low, high)}\u00a0tkr"
        return f"{low}–{high}\u00a0tkr"

    def range_cell(self, low_key: tuple, high_key: tuple, low: str, high: str) -> str:
        """A sensitivity range in a tkr table: "1 234–1 456", "ca 1 200–1 500" in the public
        version when it involves a confidential value (the caller checks withholding)."""
        a, b = self.approx(low_key), self.approx(high_key)
        if a is None and b is None:
            return f"{low}–{high}"
        low = swedish.tkr(a) if a is not None else low
        high = swedish.tkr(b) if b is not None else high
        return f"{APPROX}{low}–{high}"

    def approx(self, key: tuple):
        """The public version: the rounded number it states for a shown figure that involves a
        confidential value (model/secrecy.py ``Figure.public``); None when the figure is stated
        exactly (the board's version, a figure over known amounts only)."""
        if not self.public:
            return None
        figure = self.w.figure(key)
        return figure.public if figure is not None and figure.shown else None

    def cell(self, key: tuple, text: str, unit: str = "tkr", signed: bool = False) -> str:
        """A table cell: the notice when withheld; "ca 1 500" when the public version rounds
        it (``unit`` "tkr", or "kr" for a cell in kronor); else ``text``."""
        if self.withheld(key):
            return self.say("secrecy_cell")
        value = self.approx(key)
        if value is None:
            return text
        shown = swedish.tkr(value) if unit == "tkr" else swedish.number(value)
        if signed and value > 0 and shown != "0":
            shown = "+" + shown
        return APPROX + shown

    def amount(self, key: tuple, text: str, unit: str = "kronor", absolute: bool = False) -> str:
        """A figure in running text: the notice when withheld; "cirka 1,5 miljoner kronor"
        (``unit`` "kronor") or "cirka 1 500 tkr" (``unit`` "tkr") when the public version rounds
        it; else ``text``."""
        if self.withheld(key):
            return self.amount_text
        value = self.approx(key)
        if value is None:
            return text
        if absolute:
            value = abs(value)
        if unit == "tkr":
            return f"cirka {swedish.tkr(value)}\u00a0tkr"
        return swedish.approx_kronor(value, PUBLIC_DIGITS)

    def line_parts(self, li: int) -> frozenset[str]:
        return self.w.line_parts.get((self.oi, li), frozenset()) if self.public else frozenset()

    def line_mark(self, li: int, detail: str) -> str:
        ground = self.w.lines.get((self.oi, li))
        if self.public or ground is None or self.oi in self.w.options:
            return detail
        mark = self.say("secrecy_mark", ground=ground)
        return f"{detail} {mark}" if detail else mark

    def option_notice(self) -> str:
        ground = self.w.options.get(self.oi)
        return self.say("secrecy_notice", ground=ground) if self.public and ground else ""

    def option_mark(self) -> str:
        ground = self.w.options.get(self.oi)
        return self.say("secrecy_mark", ground=ground) if ground and not self.public else ""

    def _withheld_grounds(self, keys) -> list[str]:
        grounds: list[str] = []
        for key in keys:
            if self.withheld(key):
                grounds += self.w.grounds_of(key)
        return grounds

    def table_grounds(self) -> str:
        """The grounds for what this option's cost table withholds ("" if nothing)."""
        if not self.public or self.oi in self.w.options:
            return ""
        table = {"cell", "line_total", "year", "contract_year", "option_year", "total",
                 "contract_total", "option_total"}
        keys = [k for k in self.w.figures if k.kind in table and k.option == self.oi]
        grounds = self._withheld_grounds(keys)
        return _join(grounds) if grounds else ""

    def table_note(self) -> str:
        grounds = self.table_grounds()
        return self.say("secrecy_table_note", grounds=grounds) if grounds else ""

    def comparison_grounds(self) -> str:
        """The grounds for what the comparison between the options withholds."""
        if not self.public:
            return ""
        kinds = {"total", "contract_total", "option_total", "one_off", "external", "internal",
                 "difference", "contract_difference", "outside", "per_user_year", "year",
                 "average"}
        grounds = self._withheld_grounds(k for k in self.w.figures if k.kind in kinds)
        return _join(grounds) if grounds else ""

    def comparison_note(self) -> str:
        grounds = self.comparison_grounds()
        return self.say("secrecy_table_note", grounds=grounds) if grounds else ""

    # -- text -----------------------------------------------------------------------------------
    def _whole(self, text: str, ground: str | None) -> str:
        if ground is None or not text.strip():
            return text
        if self.public:
            return self.say("secrecy_notice", ground=ground)
        return f"{self.say('secrecy_mark', ground=ground)} {text.lstrip()}"

    def background(self, text: str) -> str:
        marks = self.w.background
        if not marks:
            return text
        paragraphs = split_paragraphs(text)
        if 0 in marks or any(p > len(paragraphs) for p in marks):
            # A mark on the whole text, or on a paragraph that is gone: withhold it all.
            ground = marks.get(0) or next(iter(marks.values()))
            return self._whole(text, ground)
        return "\n\n".join(self._whole(p, marks.get(i)) for i, p in enumerate(paragraphs, 1))

    def description(self, text: str) -> str:
        return self._whole(text, self.w.option_descriptions.get(self.oi))

    def legal(self, i: int, text: str) -> str:
        return self._whole(text, self.w.legal.get(i))

    def attachment(self, i: int, title: str) -> str:
        ground = self.w.attachments.get(i)
        if ground is None:
            return title
        if self.public:
            return self.say("secrecy_attachment", ground=ground)
        return f"{title} {self.say('secrecy_mark', ground=ground)}"

    def _authority(self) -> str:
        memo = self.memo
        if memo is None:
            return ""
        case = memo.case
        return (memo.secrecy.authority.strip() or case.administration.strip()
                or case.organisation.strip() or case.board.strip())

    # -- page one -------------------------------------------------------------------------------
    def front(self) -> dict[str, str]:
        """The sekretessmarkering (board's version) or the public version's statement."""
        memo = self.memo
        if self.public:
            if not self.w.any:
                return {"marking": "", "public": self.say("public_version_none")}
            authority = self._authority() or self.say("missing_value")
            day = memo.secrecy.marked_on or memo.case.memo_date if memo is not None else None
            items = swedish.join(self.w.items) if self.w.items else swedish.join(
                [KIND_WITHHELD[k] for k in self.w.kinds])
            text = self.say("public_version", kinds=swedish.join(
                [KIND_WITHHELD[k] for k in self.w.kinds]), items=items,
                grounds=_join(self.w.grounds), date=swedish.iso_date(day) or
                self.say("missing_value"), authority=authority)
            if self.w.derived():
                text += " " + self.say("public_version_derived")
            request = self.say("public_version_request", authority=authority)
            if request:
                text += " " + request
            return {"marking": "", "public": text}
        if not self.w.any or memo is None:
            return {"marking": "", "public": ""}
        case = memo.case
        day = memo.secrecy.marked_on or case.memo_date
        authority = self._authority()
        missing = self.say("missing_value")
        return {
            "marking": self.say("secrecy_marking", grounds=_join(self.w.grounds),
                                date=swedish.iso_date(day) or missing,
                                authority=authority or missing),
            "public": "",
        }


NO_SECRETS = Secrets(None)
