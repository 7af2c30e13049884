"""The library's own texts fit every case they are offered to, and keep the program's own
rules: no cloud service presumed where the case has none, no sentence over the readability
limit the program warns about in the official's text."""

from __future__ import annotations

import re
from datetime import date

import pytest

from memo_builder.analysis.readability import DEFAULT_LONG_SENTENCE, sentences, words
from memo_builder.analysis.revision import Analysis
from memo_builder.files.caveat_library import default_library
from memo_builder.model.caveats import BodyNames
from memo_builder.model.legal import caveat_for_memo, fits, stale_caveats
from memo_builder.model.memo import CaseDetails, CaseFacts, Memo

#: The facts a case can have without a cloud service.
NO_CLOUD = {"arkiv", "delegering", "informationssakerhet", "personuppgifter", "sekretess",
            "avtalsforlangning", "exit", "upphandling", "sakerhetsskydd", "ai",
            "leverantor-utanfor-eu"}


@pytest.fixture(scope="module")
def library():
    return default_library()


def test_an_entry_offered_without_a_cloud_service_does_not_presume_one(library):
    # A kommunalförbund's payroll system (no cloud service) was offered Arkivlagen, whose text
    # said "… även e-post och dokument i molntjänsten": the definite form speaks of a cloud
    # service the case does not have. A text may speak of "en molntjänst" and then of it.
    wrong = []
    for entry in library.entries.values():
        if not fits(entry, NO_CLOUD):
            continue
        for field in ("summary", "wording", "guidance"):
            text = getattr(entry, field, "") or ""
            first = re.search(r"molntjänst\w*", text, re.IGNORECASE)
            if first and first.group().lower().startswith("molntjänsten"):
                wrong.append((entry.id, field, first.group()))
    assert wrong == []


def test_the_archive_entry_speaks_of_any_supplier(library):
    memo = Memo(case=CaseDetails(administration="Förbundskontoret", board="Förbundsdirektionen",
                                 memo_date=date(2019, 3, 4)),
                facts=CaseFacts(cloud_service=False))
    text = caveat_for_memo(library.get("arkivlagen"), memo, date(2019, 3, 4)).text
    assert "även e-post och dokument som lagras hos leverantören" in text
    # The legal content is the same: what the law requires and when.
    for said in ("arkivlagen (1990:782)", "bevaras, hållas ordnade och skyddas mot förstöring "
                 "och obehörig åtkomst", "när avtalet upphör eller leverantören byts"):
        assert said in text


def test_a_memo_holding_the_old_archive_text_is_offered_the_new_one(library):
    # An existing memo filled from the old wording keeps its text and is offered the new one
    # (the Juridik step's comparison); nothing is replaced without the official.
    old = ("Enligt arkivlagen (1990:782) ska allmänna handlingar hos förbundsdirektionen, även "
           "e-post och dokument i molntjänsten, bevaras, hållas ordnade och skyddas mot "
           "förstöring och obehörig åtkomst. Det gäller också när avtalet upphör eller "
           "leverantören byts.")
    memo = Memo(case=CaseDetails(administration="Förbundskontoret", board="Förbundsdirektionen",
                                 memo_date=date(2019, 3, 4)))
    caveat = caveat_for_memo(library.get("arkivlagen"), memo, date(2019, 3, 4))
    caveat.text = caveat.library_text = old
    memo.caveats = [caveat]
    on = Analysis(memo).law_date
    [(i, fresh)] = stale_caveats(memo, library, on)
    assert i == 0 and "lagras hos leverantören" in fresh.text
    assert memo.caveats[0].text == old


def _dates(library) -> list[date]:
    """Every day on which some entry's text can change, and a day in each year since 2018."""
    days = {date(y, 7, 1) for y in range(2018, 2029)}
    for e in library.entries.values():
        days |= {e.valid_from, e.known, *(v.start for v in e.versions)}
        days |= {p.start for p in e.amounts if getattr(p, "start", None)}
    return sorted(days)


@pytest.mark.parametrize("administration,board", [
    ("Intraservice", "Nämnden för Intraservice"),  # the example's: a three-word name
    ("Regionkontoret", "Regionstyrelsen"),
])
def test_no_library_text_breaks_the_long_sentence_rule(library, administration, board):
    # `memo-builder validate` told the official "Lång mening (53 ord)" about the LOU 17 kap.
    # entry's own sentence (and 31–46 words in OSL 10:2 a, GDPR, the Data Act and others):
    # the program broke its own rule in the text it offers.
    names = BodyNames.of(CaseDetails(administration=administration, board=board))
    long = set()
    for entry in library.entries.values():
        for day in _dates(library):
            for sentence in sentences(entry.text_on(day, None, names).wording):
                if len(words(sentence)) > DEFAULT_LONG_SENTENCE:
                    long.add((entry.id, len(words(sentence)), sentence[:60]))
    assert sorted(long) == []
