"""Validation: what keeps a memo from being ready for the board, in Swedish, with a field path.

A path such as ``options[1].cost_lines[0].unit_price`` names the field, so a GUI can jump there.
Errors make the memo unfit to send (or its numbers wrong); warnings are things a careful
reviewer would ask about.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Protocol

from memo_builder.model import board_needs, secrecy, swedish
from memo_builder.model.board_needs import words
from memo_builder.model.consequences import OptionDeadline
from memo_builder.model.costs import MAX_YEAR, MIN_YEAR, OptionCosts
from memo_builder.model.criteria import CriteriaResult, criteria_problems
from memo_builder.model.legal import contract_end, library_update
from memo_builder.model.memo import (
    CAVEAT_KIND_LABELS,
    Assessment,
    CostCategory,
    CostLine,
    Memo,
    Option,
    Recurrence,
)
from memo_builder.model.problems import Level, Problem
from memo_builder.model.secrecy import Withholding
from memo_builder.model.swedish import kr, kronor, number, percent
from memo_builder.model.text import clean_text

MAX_INDEX_PERCENT = Decimal("25")
MAX_INDEX_SPAN = 50  # years between an index's base year and the line's first year
MAX_LINE_AMOUNT = Decimal("1000000000000")  # 1 000 mdkr a year: beyond any municipal budget
LOU_CAVEAT_ID = "lou-belopp"
_CURRENCY = re.compile(r"^[A-Z]{3}$")


class AmountsSource(Protocol):
    """Anything that knows the LOU amounts on a date (the caveat library does)."""

    def amounts_on(self, d: date): ...  # -> object with direct_award_limit, or None

    def get(self, id: str): ...


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def validate(
    memo: Memo,
    library: AmountsSource | None,
    *,
    costs: list[OptionCosts],
    deadlines: list[OptionDeadline],
    criteria: CriteriaResult,
    withholding: Withholding,
    law_date: date,
    perspectives: list[tuple[str, str]] | None = None,
) -> list[Problem]:
    """Every problem with the memo. Its inputs are the revision's own, computed once
    (``memo_builder.analysis.revision.Analysis.problems`` is the way to ask): ``law_date`` is
    the date the library is read on (the decision date, or today without one).
    ``perspectives``: the profile's (key, heading) pairs, each of which needs the official's
    assessment (None: those the memo holds)."""
    problems: list[Problem] = []

    def err(path: str, message: str) -> None:
        problems.append(Problem(Level.ERROR, path, message))

    def warn(path: str, message: str) -> None:
        problems.append(Problem(Level.WARNING, path, message))

    _validate_case(memo, err, warn)
    if not memo.summary.strip():
        err("summary", "Sammanfattningen saknas. Skriv vad ärendet gäller och varför.")
    if not memo.background.strip():
        warn("background", "Bakgrunden (ärendet) är tom.")
    _validate_options(memo, err, warn)
    _validate_costs(memo, library, costs, err, warn)
    _validate_consequences(memo, deadlines, err, warn)
    _validate_caveats(memo, library, law_date, err, warn)
    board_needs.check(memo, costs, deadlines, err, warn, perspectives)
    for level, path, message in criteria_problems(memo, criteria):
        (err if level == "error" else warn)(path, message)
    if not memo.decision_points:
        err("decision_points", "Förslag till beslut saknas. Lägg till minst en beslutspunkt.")
    for i, point in enumerate(memo.decision_points):
        if not point.text.strip():
            err(f"decision_points[{i}].text", f"Beslutspunkt {i + 1} är tom.")
    if not memo.assessment.strip():
        warn("assessment", f"{words(memo)['Office_s']} bedömning är tom.")
    for i, att in enumerate(memo.attachments):
        if not att.title.strip():
            err(f"attachments[{i}].title", f"Bilaga {i + 1} saknar titel.")
    if not memo.signatures:
        warn("signatures", "Ingen underskrift är angiven.")
    for i, person in enumerate(memo.signatures):
        if not person.name.strip():
            err(f"signatures[{i}].name", f"Underskrift {i + 1} saknar namn.")
    # Confidential marks (OSL): their grounds, and what the public version withholds.

    secrecy.check(memo, costs, withholding, err, warn)
    return problems


def _validate_case(memo: Memo, err, warn) -> None:
    c = memo.case
    required = [
        ("title", c.title, "Ärendets rubrik saknas."),
        ("organisation", c.organisation, "Organisationen (kommunen) saknas."),
        ("board", c.board, "Nämnden som beslutar saknas."),
        ("diarienummer", c.diarienummer, "Diarienumret saknas."),
    ]
    for key, value, message in required:
        # Judge what the memo will show: a field of only control characters is empty there.
        if not clean_text(value).strip():
            err(f"case.{key}", message)
    if not c.administration.strip():
        warn("case.administration", "Förvaltningen saknas.")
    if not c.officer.name.strip():
        err("case.officer.name", "Handläggarens namn saknas.")
    if c.officer.email and not _EMAIL.match(c.officer.email.strip()):
        warn("case.officer.email", f"E-postadressen {c.officer.email!r} ser inte giltig ut.")
    if c.memo_date is None:
        err("case.memo_date", "Datum för utfärdande saknas.")
    if c.meeting_date is None:
        warn("case.meeting_date", f"{words(memo)['Board_s']} sammanträdesdatum saknas; "
             "beslutsdatum antas vara utfärdandedatum.")
    elif c.memo_date is not None and c.meeting_date < c.memo_date:
        err("case.meeting_date", "Sammanträdet ligger före datumet då utlåtandet utfärdas.")


def _validate_options(memo: Memo, err, warn) -> None:
    if len(memo.options) < 2:
        err("options", "Ange minst två alternativ (ett kan vara att inte förnya).")
    if memo.options and memo.recommended_option() is None:
        err("options", f"Inget alternativ är markerat som {words(memo)['office_s']} förslag.")
    for i, option in enumerate(memo.options):
        if not option.title.strip():
            err(f"options[{i}].title", f"Alternativ {i + 1} saknar rubrik.")
        if not option.description.strip():
            warn(f"options[{i}].description", f"Alternativ {i + 1} saknar beskrivning.")
        if option.lead_time_months < 0:
            err(f"options[{i}].lead_time_months", "Ledtiden kan inte vara negativ.")


#: Words that say what a licence volume counts, so the description is the volume assumption.
_COUNTED = re.compile(r"(licens|licence|license|användare|user|konto|plats|seat|abonnemang|"
                      r"medarbetare|anställda|elever|invånare|enhet|st\b)", re.IGNORECASE)


def names_what_is_counted(description: str) -> bool:
    """Whether a cost line's description says what its volume counts ("användarlicenser")."""
    return bool(_COUNTED.search(description or ""))


#: Words that say a volume counts licences or their users (not devices, pieces or months).
_USERS = re.compile(r"(licens|licence|license|användare|user|konto|plats|seat|abonnemang|"
                    r"medarbetare|anställda|elever|invånare)", re.IGNORECASE)
_PIECES = re.compile(r"(st|st\.|styck|stycken)", re.IGNORECASE)


def counts_users(line: CostLine) -> bool:
    """Whether a licence line's volume is a number of licences or users, to be set against the
    users the case concerns. Its unit says what it counts ("licenser" yes; "avtal", "månader"
    no); a unit that only counts pieces, or none, leaves it to the description; a line that says
    nothing is a count unless it is clearly a lump sum: 1 × an amount ("Övergångslösning"
    1 × 120 000 kr), or a one-off cost. A licence line that names licences keeps its check
    whatever its volume: a forgotten volume stays at 1."""
    unit = line.volume_unit.strip()
    if unit and not _PIECES.fullmatch(unit):
        return bool(_USERS.search(unit))
    if _USERS.search(line.description or ""):
        return True
    return line.volume != 1 and line.recurrence is not Recurrence.ONE_OFF


def _validate_option_from(path: str, label: str, line: CostLine, warn) -> None:
    """An option year outside the line's years marks nothing: say so, the total is unchanged."""
    start = line.option_from_year
    if not start or line.option_period or not (MIN_YEAR <= line.first_year <= MAX_YEAR):
        return
    last = line.first_year if line.recurrence is Recurrence.ONE_OFF else line.last_year
    if start > last:
        warn(f"{path}.option_from_year",
             f"{label}: optionen från {start} ligger efter radens sista år ({last}); inget år "
             "räknas som option.")
    elif start <= line.first_year and line.recurrence is Recurrence.ANNUAL:
        warn(f"{path}.option_from_year",
             f"{label}: optionen från {start} börjar redan radens första år; hela raden räknas "
             "som option.")


def _validate_line(path: str, line: CostLine, err, warn) -> None:
    label = line.description.strip() or "Kostnadsraden"
    if not line.description.strip():
        warn(f"{path}.description", "Kostnadsraden saknar beskrivning.")
    if line.unit_price < 0 and line.category is not CostCategory.CREDIT:
        err(
            f"{path}.unit_price",
            f"{label}: negativa belopp är bara tillåtna för kategorin Kreditering/rabatt. "
            "Ange beloppet som positivt, eller byt kategori om det är en kreditering.",
        )
    if line.volume < 0:
        err(f"{path}.volume", f"{label}: volymen kan inte vara negativ.")
    if not (MIN_YEAR <= line.first_year <= MAX_YEAR):
        err(f"{path}.first_year", f"{label}: ange ett giltigt startår ({MIN_YEAR}–{MAX_YEAR}).")
    elif line.recurrence is Recurrence.ANNUAL:
        if line.last_year < line.first_year:
            err(
                f"{path}.last_year",
                f"{label}: slutåret {line.last_year} ligger före startåret {line.first_year}.",
            )
        elif line.last_year > MAX_YEAR:
            err(f"{path}.last_year", f"{label}: slutåret {line.last_year} är orimligt.")
    _validate_option_from(path, label, line, warn)
    if abs(line.index_percent) > MAX_INDEX_PERCENT:
        err(
            f"{path}.index_percent",
            f"{label}: en indexuppräkning på {percent(line.index_percent, 2)} per år är orimlig "
            f"(högst {percent(MAX_INDEX_PERCENT)} åt något håll).",
        )
    base = line.index_base_year
    valid_first = MIN_YEAR <= line.first_year <= MAX_YEAR
    if base and valid_first and abs(base - line.first_year) > MAX_INDEX_SPAN:
        err(
            f"{path}.index_base_year",
            f"{label}: basåret för indexet ({base}) är orimligt; ange året vars prisnivå "
            "styckpriset gäller, nära startåret.",
        )
    currency = (line.currency or "SEK").strip().upper()
    if currency != "SEK":
        if not _CURRENCY.match(currency):
            err(
                f"{path}.currency",
                f"{label}: {line.currency!r} är ingen valutakod; skriv tre bokstäver, t.ex. EUR.",
            )
        if line.exchange_rate is None:
            err(
                f"{path}.exchange_rate",
                f"{label}: beloppet är i {currency}; ange antagen växelkurs (kronor per {currency}).",
            )
        elif line.exchange_rate <= 0:
            err(f"{path}.exchange_rate", f"{label}: växelkursen måste vara större än noll.")
    rate = line.exchange_rate if currency != "SEK" and line.exchange_rate else Decimal(1)
    if abs(line.volume * line.unit_price * rate) > MAX_LINE_AMOUNT:
        err(
            f"{path}.unit_price",
            f"{label}: volym gånger styckpris blir mer än {kronor(MAX_LINE_AMOUNT)} per år; "
            "kontrollera volym och pris.",
        )
    if line.category is CostCategory.LICENCES and not line.volume_unit.strip() \
            and not names_what_is_counted(line.description):
        warn(f"{path}.volume_unit", f'{label}: ange volymantagandet (t.ex. "licenser").')


def _validate_costs(memo: Memo, library, all_costs, err, warn) -> None:
    users = memo.assumptions.user_count
    for i, option in enumerate(memo.options):
        base = f"options[{i}]"
        for j, line in enumerate(option.cost_lines):
            _validate_line(f"{base}.cost_lines[{j}]", line, err, warn)
        _cost_warnings(memo, i, option, users, warn)
    _estimate_warnings(memo, all_costs, warn)
    _threshold_warnings(memo, library, warn, all_costs)
    _span_warnings(all_costs, warn)
    _sensitivity_errors(memo, err)


def _span_warnings(all_costs, warn) -> None:
    """Totals over different years are not comparable: say so (the 2016 lesson)."""
    spans = {}
    for i, costs in enumerate(all_costs):
        if costs.years:
            spans[i] = (costs.years[0], costs.years[-1])
    if len(set(spans.values())) <= 1:
        return
    widest = max(spans.values(), key=lambda s: (s[1] - s[0], s[1]))
    for i, span in spans.items():
        if span != widest:
            name = all_costs[i].option.title.strip() or f"Alternativ {i + 1}"
            warn(
                f"options[{i}].cost_lines",
                f"{name}: kostnaderna täcker {swedish.year_span(*span)}, andra alternativ "
                f"{swedish.year_span(*widest)}. Skillnaderna räknas därför bara över de år "
                "alternativen har gemensamt, och resten redovisas för sig; ta med kostnaderna "
                "för alla år eller förklara varför de saknas.",
            )


def _sensitivity_errors(memo: Memo, err) -> None:
    a = memo.assumptions
    for key, value, label in (
        ("sensitivity_volume_percent", a.sensitivity_volume_percent, "licensvolym"),
        ("sensitivity_exchange_percent", a.sensitivity_exchange_percent, "växelkurs"),
    ):
        if not (0 <= value < 100):
            err(
                f"assumptions.{key}",
                f"Känsligheten för {label} ska vara mellan 0 och 100 procent (nu {value}).",
            )
    if not (0 <= a.sensitivity_index_points <= MAX_INDEX_PERCENT):
        err(
            "assumptions.sensitivity_index_points",
            f"Känsligheten för index ska vara mellan 0 och {MAX_INDEX_PERCENT} procentenheter "
            f"(nu {a.sensitivity_index_points}).",
        )


def _estimate_warnings(memo: Memo, all_costs, warn) -> None:
    """Estimates are allowed, but the board must be told, and the reader of the memo too."""
    a = memo.assumptions
    estimated = False
    if a.figures_are_estimates:
        estimated = True
        warn(
            "assumptions.figures_are_estimates",
            "Alla belopp är markerade som uppskattningar, och memot säger det till "
            f"{words(memo)['board_word']}. "
            "Ersätt dem med avtalspriser eller offerter där det går.",
        )
    else:
        for i, costs in enumerate(all_costs):
            lines = [lc for lc in costs.lines if lc.line.estimate]
            if not lines:
                continue
            estimated = True
            name = costs.option.title.strip() or f"Alternativ {i + 1}"
            share = sum((lc.total for lc in lines), Decimal(0))
            first = costs.option.cost_lines.index(lines[0].line)
            warn(
                f"options[{i}].cost_lines[{first}].estimate",
                f"{name}: {len(lines)} av {len(costs.lines)} kostnadsrader är uppskattningar "
                f"({kr(share)} av totalt {kr(costs.total)}).",
            )
    if estimated and not a.note.strip():
        warn(
            "assumptions.note",
            "Beloppen är uppskattningar: beskriv i kostnadsantagandena vad som är uppskattat och varför.",
        )


def _cost_warnings(memo: Memo, i: int, option: Option, users: int, warn) -> None:
    base = f"options[{i}]"
    name = option.title.strip() or f"Alternativ {i + 1}"
    lines = option.cost_lines
    if not lines:
        warn(f"{base}.cost_lines", f"{name}: inga kostnader är angivna.")
        return
    if not any(line.internal for line in lines):
        warn(
            f"{base}.cost_lines",
            f"{name}: inga interna kostnader (egen personal för införande, projekt och "
            f"förvaltning) är angivna. De brukar vara betydande och ska synas för "
            f"{words(memo)['board_word']}.",
        )
    licence_lines = [line for line in lines if line.category is CostCategory.LICENCES]
    if users > 0:
        for j, line in enumerate(lines):
            if line.category is CostCategory.LICENCES and line.volume < users \
                    and counts_users(line):
                warn(
                    f"{base}.cost_lines[{j}].volume",
                    f"{name}: licensvolymen {number(line.volume, 2 if line.volume % 1 else 0)} "
                    f"är lägre än de {number(users)} användare ärendet berör. "
                    "Stämmer antagandet?",
                )
    elif licence_lines:
        warn("assumptions.user_count", "Ange hur många användare ärendet berör.")
    if option.leaves_supplier and not any(line.category is CostCategory.EXIT for line in lines):
        warn(
            f"{base}.cost_lines",
            f"{name}: alternativet lämnar leverantören men saknar kostnad för avveckling och exit.",
        )


def _threshold_warnings(memo: Memo, library, warn, all_costs) -> None:
    decided = memo.case.decision_date
    if library is None or decided is None:
        return
    period = library.amounts_on(decided)
    if period is None:
        return
    limit = period.direct_award_limit
    over = []
    for i, costs in enumerate(all_costs):
        external = costs.external_total
        if external <= limit:
            continue
        name = costs.option.title.strip() or f"Alternativ {i + 1}"
        over.append(name)
        message = (
            f"{name}: de externa kostnaderna"
            f"{' inklusive option' if costs.has_option_period else ''} ({kr(external)}) överstiger "
            f"direktupphandlingsgränsen {kr(limit)} som gäller {decided.isoformat()}"
        )
        if period.eu_threshold is not None and external > period.eu_threshold:
            message += f" och även EU:s tröskelvärde {kr(period.eu_threshold)}"
        message += (". Avtalet kräver en annonserad upphandling, ett avrop från ett ramavtal eller en "
                    "option eller förlängning som fanns i det upphandlade avtalet.")
        warn(f"options[{i}].cost_lines", message)
    if over and not any(_is_procurement_caveat(c) for c in memo.caveats):
        entry = library.get(LOU_CAVEAT_ID) if hasattr(library, "get") else None
        title = f" ”{entry.title}”" if entry is not None else ""
        warn(
            "caveats",
            f"Värdet överstiger direktupphandlingsgränsen ({swedish.join(over)}), men memot "
            f"saknar en juridisk punkt om upphandling. Lägg till punkten{title} ur biblioteket "
            "och redovisa hur avtalet upphandlas eller avropas.",
        )


def _is_procurement_caveat(caveat) -> bool:
    text = f"{caveat.library_id} {caveat.reference}".lower()
    return caveat.library_id.startswith("lou") or "2016:1145" in text or "lou" in text.split()


def _validate_consequences(memo: Memo, deadlines, err, warn) -> None:
    c = memo.consequences
    if c.deadline is None:
        warn("consequences.deadline", "Ange när nuvarande avtal eller licenser löper ut.")
    if not any(x.name.strip() for x in c.services):
        warn("consequences.services", "Ange vilka tjänster som upphör om inget beslutas.")
    # The severity is the official's finding, said in the memo only once chosen: asked for
    # once there are consequences to judge (a memo with none is asked for those first).
    if c.severity is None and (c.deadline is not None or c.description.strip()
                               or any(x.name.strip() for x in c.services)):
        warn("consequences.severity",
             f"Ange hur allvarliga {words(memo)['office_l']} bedömer att konsekvenserna blir "
             "(allvarlighetsgrad). Innan den är vald skriver memot ingen bedömning av dem.")
    for i, service in enumerate(c.services):
        if service.count < 0:
            err(f"consequences.services[{i}].count",
                f"Antalet som berörs av {service.name.strip() or 'tjänsten'} kan inte vara negativt.")
        elif service.count and not service.name.strip():
            warn(f"consequences.services[{i}].name", "Ange vilken tjänst antalet gäller.")
    users = memo.assumptions.user_count
    stated = any(x.count > 0 for x in c.services)
    if users < 0:
        err("assumptions.user_count", "Antalet berörda användare kan inte vara negativt.")
    elif c.deadline is not None and users == 0 and not stated and not any(
        line.category is CostCategory.LICENCES for o in memo.options for line in o.cost_lines
    ):
        # With licence lines, the cost warnings already ask for the number (once is enough).
        warn("consequences.services",
             "Ange för varje tjänst vilka som berörs och hur många om den upphör.")
    decided = memo.case.decision_date
    if c.deadline is not None and decided is not None and decided > c.deadline:
        warn(
            "consequences.deadline",
            f"Slutdatumet {c.deadline.isoformat()} har redan passerat när "
            f"{words(memo)['board_word']} sammanträder "
            f"{decided.isoformat()}. Beskriv vad som gäller under tiden.",
        )
    for d in deadlines:
        if d.feasible is False:
            i = memo.options.index(d.option)
            name = d.option.title.strip() or f"Alternativ {i + 1}"
            warn(
                f"options[{i}].lead_time_months",
                f"{name}: {_lead_time_words(d.option.lead_time_months)} behövs beslut senast "
                f"{d.latest_decision.isoformat()} för att vara på plats före "
                f"{c.deadline.isoformat()}, men sammanträdet är {decided.isoformat()}.",
            )


def _lead_time_words(months: int) -> str:
    if months <= 0:
        return "utan ledtid"
    return "med en månads ledtid" if months == 1 else f"med {months} månaders ledtid"


def _validate_caveats(memo: Memo, library, law_date: date, err, warn) -> None:
    decided = memo.case.decision_date
    reviewed = getattr(library, "reviewed", None)
    # About the memo's legal section: said once it cites something (the Juridik step's library
    # card says it from the start).
    if memo.caveats and decided is not None and reviewed is not None and decided > reviewed:
        warn(
            "caveats",
            f"Beslutsdatumet {decided.isoformat()} ligger efter den dag då biblioteket med "
            f"juridiska förbehåll senast granskades ({reviewed.isoformat()}). Det kan finnas "
            "nyare lagar, domar eller vägledning som biblioteket inte känner till; kontrollera "
            "rättsläget på beslutsdatumet.",
        )
    for i, caveat in enumerate(memo.caveats):
        path = f"caveats[{i}]"
        name = caveat.title.strip() or f"Juridisk punkt {i + 1}"
        if not caveat.text.strip():
            err(f"{path}.text", f"{name}: texten saknas.")
        if caveat.assessment is Assessment.UNASSESSED:
            warn(
                f"{path}.assessment",
                f"{name}: {words(memo)['office_s']} bedömning (löser förslaget frågan?) saknas.",
            )
        if not caveat.library_id or library is None:
            continue
        entry = library.get(caveat.library_id)
        if entry is None:
            warn(
                f"{path}.library_id",
                f"{name}: posten {caveat.library_id!r} finns inte längre i biblioteket; "
                "den sparade texten används.",
            )
            continue
        if caveat.kind and caveat.kind != entry.kind:
            warn(
                f"{path}.kind",
                f"{name}: biblioteket anger nu typen ”{CAVEAT_KIND_LABELS.get(entry.kind, entry.kind)}”"
                f" (memot har ”{CAVEAT_KIND_LABELS.get(caveat.kind, caveat.kind)}”); skrivelsen "
                "använder bibliotekets typ. Ändra typen här så att de stämmer.",
            )
        status = entry.status_on(decided, contract_end(memo)) if decided else "applies"
        if status == "unknown":
            warn(
                f"{path}.library_id",
                f"{name}: blev känd först {entry.known.isoformat()}, efter beslutsdatumet "
                f"{decided.isoformat()}, och gäller först från {entry.valid_from.isoformat()}. "
                "Den fanns inte att ta hänsyn till på beslutsdatumet och skrivs därför inte ut "
                "i memot; ta bort den eller ändra beslutsdatumet.",
            )
            continue
        if library_update(caveat, entry, memo, law_date) is not None:
            warn(
                f"{path}.text",
                f"{name}: biblioteket har en annan text för beslutsdatumet än den memot "
                "bygger på (ett äldre memo eller ett nyare bibliotek). Jämför och uppdatera "
                "texten i steget Juridik, eller behåll din egen.",
            )
        if status == "ended":
            warn(
                f"{path}.library_id",
                f"{name}: gällde bara till och med {entry.valid_until.isoformat()}, före "
                f"beslutsdatumet {decided.isoformat()}. Kontrollera vad som gäller nu.",
            )
        elif status == "not_yet":
            warn(
                f"{path}.library_id",
                f"{name}: gäller först från {entry.valid_from.isoformat()}, långt efter "
                f"beslutsdatumet {decided.isoformat()}.",
            )
