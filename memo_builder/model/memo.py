"""The memo as data: what the official entered about one decision case.

Everything the Word file, the preview and validation show is computed from these dataclasses.
Money is Decimal (exact to the öre), dates are ``datetime.date``. No Qt, no rendering here.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum


def new_id() -> str:
    """Stable identity for list items, so a GUI and validation paths survive reordering."""
    return uuid.uuid4().hex[:12]


class CostCategory(StrEnum):
    LICENCES = "licenses"
    SUPPORT = "support"
    IMPLEMENTATION = "implementation"
    MIGRATION = "migration"
    TRAINING = "training"
    INTERNAL_STAFF = "internal_staff"
    EXIT = "exit"
    OTHER = "other"
    CREDIT = "credit"


COST_CATEGORY_LABELS: dict[CostCategory, str] = {
    CostCategory.LICENCES: "Licenser",
    CostCategory.SUPPORT: "Support och drift",
    CostCategory.IMPLEMENTATION: "Införande",
    CostCategory.MIGRATION: "Migrering",
    CostCategory.TRAINING: "Utbildning",
    CostCategory.INTERNAL_STAFF: "Intern personal",
    CostCategory.EXIT: "Avveckling och exit",
    CostCategory.OTHER: "Övrigt",
    CostCategory.CREDIT: "Kreditering/rabatt",
}


class Recurrence(StrEnum):
    ONE_OFF = "one_off"
    ANNUAL = "annual"


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


SEVERITY_LABELS: dict[Severity, str] = {
    Severity.LOW: "Låg",
    Severity.MEDIUM: "Medel",
    Severity.HIGH: "Hög",
}
#: The consequences' severity before the official has judged it (``Consequences.severity``
#: None); the legal risk has no such state (it is asked only once a question is assessed).
UNASSESSED_SEVERITY_LABEL = "Ej bedömd"


class Assessment(StrEnum):
    """The administration's judgement of whether the proposed option handles a legal point."""

    UNASSESSED = ""
    YES = "yes"
    PARTLY = "partly"
    NO = "no"


ASSESSMENT_LABELS: dict[Assessment, str] = {
    Assessment.UNASSESSED: "Ej bedömt",
    Assessment.YES: "Ja",
    Assessment.PARTLY: "Delvis",
    Assessment.NO: "Nej",
}


# The kind of a legal source, shown in the memo so a vendor promise never reads like law.
CAVEAT_KIND_LABELS: dict[str, str] = {
    "law": "Bindande lag",
    # A foreign state's law binds the supplier, not the municipality: a risk, not a duty.
    "foreign_law": "Utländsk lag som binder leverantören",
    "ruling": "Domstolsavgörande",
    # An EU act that is not a regulation, e.g. the Commission's adequacy decision 2023/1795.
    "eu_act": "Bindande EU-rättsakt",
    "authority": "Myndighetsbeslut",
    "guidance": "Vägledning",
    "vendor": "Leverantörsåtagande – inte lag",
    "proposal": "Förslag – inte gällande rätt",
}


@dataclass
class Person:
    name: str = ""
    title: str = ""
    phone: str = ""
    email: str = ""


@dataclass
class CaseDetails:
    organisation: str = ""
    administration: str = ""  # förvaltning
    board: str = ""  # nämnd, e.g. "Nämnden för Intraservice"
    diarienummer: str = ""
    memo_date: date | None = None  # Utfärdat
    meeting_date: date | None = None  # the board's meeting = the decision date
    title: str = ""
    officer: Person = field(default_factory=Person)  # handläggare

    @property
    def decision_date(self) -> date | None:
        """The date whose law and thresholds apply: the meeting, else the memo date."""
        return self.meeting_date or self.memo_date


@dataclass
class CostLine:
    id: str = field(default_factory=new_id)
    category: CostCategory = CostCategory.LICENCES
    description: str = ""
    volume: Decimal = Decimal("1")
    volume_unit: str = ""  # the stated volume assumption, e.g. "licenser"
    unit_price: Decimal = Decimal("0")  # per unit and year (annual) or once (one-off)
    recurrence: Recurrence = Recurrence.ANNUAL
    internal: bool = False
    first_year: int = 0
    last_year: int = 0  # ignored for one-off lines
    index_percent: Decimal = Decimal("0")  # annual price index
    index_base_year: int | None = None  # the year whose price unit_price is; defaults to first_year
    currency: str = "SEK"
    exchange_rate: Decimal | None = None  # SEK per unit of currency, required when not SEK
    option_period: bool = False  # the whole line falls in an option/extension period
    #: The first year that is an option or extension year (0: none). One line holds a
    #: four-year cost whose last two years are an option; the index runs on from its base.
    option_from_year: int = 0
    estimate: bool = False  # the figure is an estimate
    #: The line pays for keeping the services running until the option can be in place
    #: (övergångslösning): an option that cannot be ready by the deadline needs one.
    bridge: bool = False


@dataclass
class Option:
    id: str = field(default_factory=new_id)
    title: str = ""
    description: str = ""
    advantages: str = ""
    disadvantages: str = ""
    supplier: str = ""
    product: str = ""  # the product or service offered, e.g. "Google Workspace"
    supplier_outside_eu: bool = False
    leaves_supplier: bool = False  # the option ends the current supplier relationship
    lead_time_months: int = 0  # time needed before this option can be in place
    #: With this option the services stop (not renewing, nothing in their place): its lower
    #: cost is then no saving for the same services, and the memo says so where it says it.
    services_stop: bool = False
    cost_lines: list[CostLine] = field(default_factory=list)


@dataclass
class AffectedService:
    """A service that stops if nothing is decided, and whom it affects: one count cannot say
    "e-post for 6 000 staff, the learning platform for 20 000 pupils"."""

    name: str = ""  # "e-post", "lärplattformen"
    affected: str = ""  # whom, in the plural as it reads after a number: "anställda", "elever"
    count: int = 0  # how many; 0: not stated


@dataclass
class Consequences:
    """What happens if the board does not decide before the deadline."""

    deadline: date | None = None
    #: Each with whom it affects. CostAssumptions.user_count stays the count the costs use.
    services: list[AffectedService] = field(default_factory=list)
    #: How serious the official judges the consequences; None until they have judged it (the
    #: memo then says no severity: a default would be a finding nobody made). Files written
    #: before this could be absent store the old default "high" and keep it.
    severity: Severity | None = None
    description: str = ""


@dataclass
class LegalCaveat:
    id: str = field(default_factory=new_id)
    library_id: str = ""  # id in the caveat library; empty for free text
    title: str = ""
    reference: str = ""
    kind: str = ""  # law, eu_act, foreign_law, ruling, authority, guidance, vendor, proposal
    text: str = ""  # the memo's wording
    #: The library's wording this caveat was last filled from or checked against (for its
    #: case and date); empty for free text and for caveats from files before version 6. When
    #: the library's wording for the memo's date differs, the official is offered the update.
    library_text: str = ""
    assessment: Assessment = Assessment.UNASSESSED
    reasoning: str = ""
    risk: Severity = Severity.MEDIUM
    mitigations: str = ""


@dataclass
class DecisionPoint:
    id: str = field(default_factory=new_id)
    text: str = ""


@dataclass
class Attachment:
    id: str = field(default_factory=new_id)
    title: str = ""
    date: date | None = None


@dataclass
class Perspective:
    """An assessment heading the profile asks for (barnperspektiv, jämställdhet …)."""

    key: str = ""
    heading: str = ""
    text: str = ""  # the official's own assessment
    #: The official has found no particular aspects from this perspective; only then is the
    #: profile's stock phrase printed (an empty text is not a finding anybody made).
    none_found: bool = False


@dataclass
class CaseFacts:
    """What the case involves; drives which legal caveats are suggested first."""

    personal_data: bool = True
    confidential_data: bool = False  # uppgifter som omfattas av sekretess (OSL)
    cloud_service: bool = False
    contract_extension: bool = True
    security_sensitive: bool = False  # säkerhetskänslig verksamhet
    ai_features: bool = False  # AI assistants in the product


class YearBasis(StrEnum):
    """What the cost tables' years are."""

    UNSTATED = ""
    CALENDAR = "calendar"  # kalenderår
    CONTRACT = "contract"  # avtalsår, counted from the contract's start


@dataclass
class CostAssumptions:
    user_count: int = 0  # users the costs are counted for (cost per user and year)
    figures_are_estimates: bool = False
    note: str = ""  # where the figures come from and what is estimated
    sensitivity_volume_percent: Decimal = Decimal("10")
    sensitivity_index_points: Decimal = Decimal("2")
    sensitivity_exchange_percent: Decimal = Decimal("10")
    #: How the decision is financed: "ryms inom budget", "finansieras genom …" (the official's).
    financing: str = ""
    year_basis: YearBasis = YearBasis.UNSTATED


# -- confidentiality (sekretess, OSL) ----------------------------------------------------------
class SecretKind(StrEnum):
    """What a confidential mark covers (the withholding rule is model/secrecy.py)."""

    UNIT_PRICE = "unit_price"  # a cost line's price per unit (target: the line's id)
    VOLUME = "volume"  # a cost line's volume (target: the line's id)
    AMOUNT = "amount"  # a cost line's amounts (target: the line's id)
    OPTION_COSTS = "option_costs"  # every cost figure of an option (target: the option's id)
    BACKGROUND = "background"  # a paragraph of the background (paragraph: 1-based; 0 = all)
    OPTION_DESCRIPTION = "option_description"  # an option's description (target: option id)
    LEGAL_ASSESSMENT = "legal_assessment"  # a legal caveat's assessment (target: caveat id)
    ATTACHMENT = "attachment"  # an attachment (target: the attachment's id)


@dataclass
class SecrecyMark:
    id: str = field(default_factory=new_id)
    kind: SecretKind = SecretKind.UNIT_PRICE
    target: str = ""  # the marked item's id; empty for the background
    paragraph: int = 0  # for the background: which paragraph (1-based); 0 = the whole text
    ground: str = ""  # the secrecy provision, e.g. "31 kap. 16 § OSL"


@dataclass
class Secrecy:
    """The confidential marks and who made the sekretessmarkering when (OSL 5 kap. 5 §)."""

    marks: list[SecrecyMark] = field(default_factory=list)
    marked_on: date | None = None  # the date of the marking; None: the memo's date
    authority: str = ""  # the authority that made it; empty: the administration (förvaltning)


@dataclass
class Score:
    """One option's score on one criterion: 1–5 (5 best), 0 while not scored."""

    option_id: str = ""
    score: int = 0
    reason: str = ""


@dataclass
class Criterion:
    """A ground the administration weighs the options on (Bedömningsgrunder)."""

    id: str = field(default_factory=new_id)
    title: str = ""
    #: Percent; the weights are normalised to 100 % when they sum to something else.
    weight: Decimal = Decimal("0")
    #: Score the options from their computed totals (cheapest 5, dearest 1) instead of by hand.
    from_costs: bool = False
    scores: list[Score] = field(default_factory=list)

    def score_for(self, option_id: str) -> Score | None:
        return next((s for s in self.scores if s.option_id == option_id), None)


#: The editable defaults the step offers (title, weight in percent, scored from the costs).
DEFAULT_CRITERIA: tuple[tuple[str, str, bool], ...] = (
    ("Kostnad över avtalsperioden", "25", True),
    ("Juridisk risk", "20", False),
    ("Informationssäkerhet", "20", False),
    ("Beroende av leverantören", "10", False),
    ("Påverkan på användarna", "15", False),
    ("Möjlighet att byta eller avsluta (exit)", "10", False),
)


def default_criteria() -> list[Criterion]:
    return [Criterion(title=t, weight=Decimal(w), from_costs=c) for t, w, c in DEFAULT_CRITERIA]


@dataclass
class Memo:
    #: The organisation profile's name; empty: the user's default (memo_builder.files.settings).
    profile: str = ""
    case: CaseDetails = field(default_factory=CaseDetails)
    facts: CaseFacts = field(default_factory=CaseFacts)
    summary: str = ""
    background: str = ""
    options: list[Option] = field(default_factory=list)
    #: The administration's proposal and the option whose costs the others are compared
    #: against: option ids, so there is always at most one of each.
    recommended_option_id: str = ""
    baseline_option_id: str = ""
    assumptions: CostAssumptions = field(default_factory=CostAssumptions)
    consequences: Consequences = field(default_factory=Consequences)
    caveats: list[LegalCaveat] = field(default_factory=list)
    assessment: str = ""  # Förvaltningens bedömning
    decision_points: list[DecisionPoint] = field(default_factory=list)
    perspectives: list[Perspective] = field(default_factory=list)
    cooperation: str = ""  # Samverkan
    attachments: list[Attachment] = field(default_factory=list)
    signatures: list[Person] = field(default_factory=list)
    #: Weighed criteria (optional; empty: the memo has no such section).
    criteria: list[Criterion] = field(default_factory=list)
    secrecy: Secrecy = field(default_factory=Secrecy)

    def recommended_option(self) -> Option | None:
        return self.option_by_id(self.recommended_option_id)

    def baseline_option(self) -> Option | None:
        return self.option_by_id(self.baseline_option_id)

    def option_by_id(self, option_id: str) -> Option | None:
        if not option_id:
            return None
        return next((o for o in self.options if o.id == option_id), None)

    def is_recommended(self, option: Option) -> bool:
        return bool(self.recommended_option_id) and option.id == self.recommended_option_id

    def is_baseline(self, option: Option) -> bool:
        return bool(self.baseline_option_id) and option.id == self.baseline_option_id
