"""The bodies a memo speaks of are the case's and the profile's words, not fixed text: a region's
memo says "Regionkontoret bedömer" and "Om regionstyrelsen inte fattar beslut", Malmö's
assessment heading names the office that wrote the memo, and a profile's fixed text fits it."""

from __future__ import annotations

import copy

import pytest

from memo_builder.render import bodies
from memo_builder.render.pipeline import build_tree
from memo_builder.render.profile import load_profile
from tests.helpers import example_memo


def _region(profile: str):
    memo = copy.deepcopy(example_memo())
    memo.profile = profile
    memo.case.organisation = "Region Halland"
    memo.case.administration = "Regionkontoret"
    memo.case.board = "Regionstyrelsen"
    for p in memo.perspectives:
        p.text = ""  # the profile's stock sentence speaks
    return memo


@pytest.mark.parametrize("profile", ["kommun", "goteborg", "malmo", "stockholm"])
def test_a_regions_memo_speaks_of_its_own_bodies(profile):
    text = build_tree(_region(profile), load_profile(profile)).text()
    lines = text.splitlines()
    heading = load_profile(profile).for_case("Regionkontoret", "Regionstyrelsen").headings
    assert heading["assessment"].startswith("Regionkontorets ")
    assert heading["assessment"] in lines
    assert any(t.startswith("Om regionstyrelsen inte fattar beslut") for t in lines)
    assert any(t.startswith("Regionkontoret bedömer att konsekvenserna") for t in lines)
    assert any(t.startswith("Regionkontorets bedömning – löser förslaget frågan?") for t in lines)
    assert any(t.endswith("– regionkontorets förslag") for t in lines)
    # (the example's own text says "Förvaltningen bedömer …": the user's words stay)
    for fixed in ("Förvaltningens bedömning", "Förvaltningen bedömer att konsekvenserna",
                  "Om nämnden", "förvaltningens förslag", "Stadskontorets"):
        assert not any(t.startswith(fixed) or t.endswith(fixed) for t in lines), fixed


def test_names_that_are_not_body_words_keep_the_profiles_words():
    w = bodies.words("Intraservice", "Nämnden för Intraservice")
    assert (w["office"], w["Office_s"], w["board_word"]) == ("Förvaltningen", "Förvaltningens",
                                                             "nämnden")
    w = bodies.words("Serviceförvaltningen", "Kommunstyrelsen")
    assert (w["office"], w["office_s"], w["board_word"]) == ("Serviceförvaltningen",
                                                             "serviceförvaltningens",
                                                             "kommunstyrelsen")
    w = bodies.words("", "", {"office": "Stadsledningskontoret", "board_word": "utskottet"})
    assert (w["office"], w["board_word"]) == ("Stadsledningskontoret", "utskottet")
    assert bodies.fill("{Office_s} bedömning {okänt}", w) == "Stadsledningskontorets bedömning {okänt}"


def test_stockholms_proposal_intro_reads_on_into_its_items():
    text = build_tree(example_memo(), load_profile("stockholm")).text()
    assert "beslutar följande." not in text
    assert "Nämnden för Intraservice beslutar att" in text.splitlines()


def test_the_kommun_profiles_perspective_heading_matches_the_others():
    headings = [p.heading for p in load_profile("kommun").perspectives]
    assert all(h.endswith("et") for h in headings), headings  # "Barnperspektivet", as Omvärlds…


MACHINE_LIKE = ("hinns", "Hinns", "hinnas", "Totalt är inklusive", "har informerats i")


@pytest.mark.parametrize("public", [False, True])
@pytest.mark.parametrize("profile", ["goteborg", "kommun"])
def test_no_machine_like_phrases_and_osl_introduced_before_it_is_used(profile, public):
    from memo_builder.render.pipeline import render

    memo = _region(profile)
    text = render(memo, load_profile(profile), public=public).tree.text()
    for phrase in MACHINE_LIKE:
        assert phrase not in text, phrase
    first = text.find("OSL")
    assert first >= 0
    assert text[max(first - 1, 0):first] == "(", text[max(first - 80, 0):first + 10]


@pytest.mark.parametrize("profile", ["goteborg", "kommun", "malmo", "stockholm"])
def test_each_attachment_is_listed_once(profile):
    memo = _region(profile)
    assert memo.attachments
    lines = build_tree(memo, load_profile(profile)).text().splitlines()
    for a in memo.attachments:
        assert sum(1 for t in lines if t.startswith(a.title)) == 1, a.title


def test_the_number_of_users_is_said_once():
    memo = _region("kommun")
    memo.assumptions.user_count = 12_500
    memo.assumptions.note = "Volymen utgår från samtliga 12 500 användare i regionen."
    text = build_tree(memo, load_profile("kommun")).text()
    assert "Beräkningarna utgår från" not in text
    memo.assumptions.note = "Priserna gäller 2026 års nivå."
    text = build_tree(memo, load_profile("kommun")).text()
    assert "Beräkningarna utgår från 12\u00a0500 användare." in text
