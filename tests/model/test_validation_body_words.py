"""The validation messages speak of the office and the board as the memo does: in the case's
own words when its names are body words ("Regionkontoret", "Regionstyrelsen"), else
"förvaltningen" and "nämnden" (model/swedish.py body_words; the memo: render/bodies.py)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal as D

import pytest

from memo_builder.model.memo import (
    AffectedService,
    CaseDetails,
    Consequences,
    CostAssumptions,
    CostLine,
    LegalCaveat,
    Memo,
    Option,
)
from memo_builder.model.swedish import body_words
from memo_builder.render import bodies
from tests.helpers import validate

GENERIC = re.compile(r"\b(förvaltningen|förvaltningens|nämnden|nämndens)\b", re.IGNORECASE)


def region(administration="Regionkontoret", board="Regionstyrelsen", proposal=True) -> Memo:
    """A region's case that leaves every message naming a body to be said: no meeting date, no
    assessment, estimates, no internal costs, no financing, no severity, a deadline passed,
    an unassessed legal question; ``proposal``: whether an option is the proposal."""
    lines = [CostLine(description="Licenser", volume=D(9000), volume_unit="licenser",
                      unit_price=D(1450), first_year=2026, last_year=2027)]
    a = Option(title="Förnya", cost_lines=lines)
    b = Option(title="Byt", cost_lines=[CostLine(**{**vars(lines[0]), "id": "b1"})])
    return Memo(
        case=CaseDetails(organisation="Region Norrmark", administration=administration,
                         board=board, title="Videomöten", memo_date=date(2026, 2, 1)),
        summary="Regionen behöver en tjänst för videomöten.",
        options=[a, b], baseline_option_id=a.id,
        recommended_option_id=b.id if proposal else None,
        assumptions=CostAssumptions(user_count=9000, figures_are_estimates=True),
        consequences=Consequences(deadline=date(2025, 12, 31),
                                  services=[AffectedService("videomöten", "medarbetare", 9000)]),
        caveats=[LegalCaveat(title="Sekretess", text="Uppgifterna kan röjas.")],
    )


def messages(memo: Memo) -> list[str]:
    return [p.message for p in validate(memo, perspectives=[("barn", "Barnperspektivet")])]


def test_a_regions_messages_name_its_own_office_and_board():
    # "Förvaltningens bedömning är tom", "… ska synas för nämnden" in a case whose memo says
    # "Regionkontorets bedömning" and "regionstyrelsen".
    said = messages(region()) + messages(region(proposal=False))
    generic = [m for m in said if GENERIC.search(m)]
    assert generic == [], generic
    for expected in (
        "Regionkontorets bedömning är tom.",
        "Regionstyrelsens sammanträdesdatum saknas",
        "Inget alternativ är markerat som regionkontorets förslag.",
        "memot säger det till regionstyrelsen.",
        "De brukar vara betydande och ska synas för regionstyrelsen.",
        "Ange hur allvarliga regionkontoret bedömer att konsekvenserna blir",
        "har redan passerat när regionstyrelsen sammanträder",
        "Sekretess: regionkontorets bedömning (löser förslaget frågan?) saknas.",
        "”finansieras genom …”). Regionstyrelsen letar efter det först.",
        "Det är det regionstyrelsen letar efter först.",
        "Skriv regionkontorets bedömning eller kryssa i",
    ):
        assert any(expected in m for m in said), (expected, said)


@pytest.mark.parametrize("administration,board", [
    ("Intraservice", "Nämnden för Intraservice"),  # proper names: the generic words
    ("", ""),
])
def test_a_case_without_body_words_keeps_the_generic_ones(administration, board):
    said = messages(region(administration, board))
    assert "Förvaltningens bedömning är tom." in said
    assert any("ska synas för nämnden." in m for m in said)
    assert any(m.startswith("Nämndens sammanträdesdatum saknas") for m in said)


def test_the_memo_and_the_messages_share_one_rule():
    # render/bodies.py gives the memo its words from the same model rule, under a profile's.
    for case in (("Regionkontoret", "Regionstyrelsen"), ("Intraservice", "Kommunstyrelsen"),
                 ("Serviceförvaltningen", "Nämnden för service")):
        assert bodies.words(*case) == body_words(*case)
    assert bodies.words("", "", {"office": "Stadsledningskontoret"})["office_s"] == \
        "stadsledningskontorets"
    assert body_words("", "Kommunfullmäktige")["Board_s"] == "Kommunfullmäktiges"


def test_the_body_is_named_before_a_comma_in_the_administration():
    # "Regionkontoret, Digitalisering och IT": the memo spoke of "Förvaltningen" in a memo
    # otherwise written as Regionkontoret.
    from memo_builder.model.swedish import body_words

    words = body_words("Regionkontoret, Digitalisering och IT", "Regionstyrelsen")
    assert words["office"] == "Regionkontoret" and words["board_word"] == "regionstyrelsen"
    assert body_words("Intraservice, IT-avdelningen", "Nämnden för Intraservice")["office"] == \
        "Förvaltningen"
