"""How serious the consequences are is the official's finding: a new memo has none, and the
memo then says none ("Förvaltningen bedömer att konsekvenserna blir allvarliga." was printed in
every memo, from a default nobody chose). The file keeps the choice, or its absence; an older
file that stores one keeps it; validation asks for it."""

from __future__ import annotations

import copy
import json
from datetime import date

import pytest

from memo_builder.analysis.revision import Analysis
from memo_builder.analysis.summary_draft import draft_summary
from memo_builder.files import storage
from memo_builder.model.memo import AffectedService, Memo, Severity
from memo_builder.model.problems import Level
from memo_builder.publish.workbook import export_costs
from memo_builder.render.html_preview import to_html
from memo_builder.render.pipeline import build_tree
from memo_builder.render.profile import list_profiles, load_profile
from tests.helpers import example_memo, validate

PROFILES = sorted(p.key for p in list_profiles()[0])
SENTENCE = "bedömer att konsekvenserna"


def _memo(severity: Severity | None = None) -> Memo:
    memo = Memo()
    memo.case.administration = "Regionkontoret"
    memo.case.board = "Regionstyrelsen"
    memo.case.meeting_date = date(2026, 3, 1)
    memo.consequences.deadline = date(2026, 6, 1)
    memo.consequences.services = [AffectedService("e-post", "anställda", 6000)]
    memo.consequences.description = "Verksamheten står utan e-post."
    if severity is not None:
        memo.consequences.severity = severity
    return memo


def test_a_new_memo_has_no_severity():
    assert Memo().consequences.severity is None


@pytest.mark.parametrize("profile", PROFILES)
def test_an_unassessed_severity_is_not_said(profile):
    memo = _memo()
    text = build_tree(memo, load_profile(profile)).text()
    assert SENTENCE not in text
    assert "allvarlig" not in text.lower()
    assert "Verksamheten står utan e-post." in text  # the section is there, only the finding is not


@pytest.mark.parametrize("severity,word", [(Severity.HIGH, "allvarliga."),
                                           (Severity.MEDIUM, "märkbara men hanterbara."),
                                           (Severity.LOW, "små.")])
def test_a_chosen_severity_is_said(severity, word):
    text = build_tree(_memo(severity), load_profile("kommun")).text()
    assert f"Regionkontoret bedömer att konsekvenserna blir {word}" in text.splitlines()


def test_the_example_still_says_its_severity():
    memo = example_memo()
    assert memo.consequences.severity is Severity.HIGH
    text = build_tree(memo, load_profile("goteborg")).text()
    assert "Förvaltningen bedömer att konsekvenserna blir allvarliga." in text.splitlines()


def test_the_summary_draft_and_the_workbook_claim_no_severity():
    memo = _memo()
    memo.options = copy.deepcopy(example_memo().options)
    memo.recommended_option_id = memo.options[1].id
    analysis = Analysis(memo)
    assert "allvarlig" not in draft_summary(analysis).lower()
    assert export_costs(analysis)  # the unassessed state breaks nothing
    assert "allvarlig" not in to_html(build_tree(memo, load_profile("kommun"))).lower()


# -- the file --------------------------------------------------------------------------------


@pytest.mark.parametrize("severity", [None, *Severity])
def test_the_choice_or_its_absence_round_trips(tmp_path, severity):
    memo = _memo(severity)
    path = tmp_path / "a.memo"
    storage.save(memo, path)
    again = storage.load(path)
    assert again.consequences.severity is severity
    assert again == memo


def test_a_file_without_a_severity_opens_unassessed(tmp_path):
    doc = json.loads(storage.dumps(example_memo()))
    del doc["memo"]["consequences"]["severity"]
    assert storage.loads(json.dumps(doc)).consequences.severity is None
    doc["memo"]["consequences"]["severity"] = None
    assert storage.loads(json.dumps(doc)).consequences.severity is None


@pytest.mark.parametrize("stored", ["low", "medium", "high"])
def test_an_older_file_keeps_its_severity(stored):
    doc = json.loads(storage.dumps(example_memo()))
    doc["schema_version"] = 5  # through the version 6 step
    doc["memo"]["consequences"]["severity"] = stored
    assert storage.loads(json.dumps(doc)).consequences.severity is Severity(stored)


# -- validation -----------------------------------------------------------------------------


def _severity_problems(memo):
    return [p for p in validate(memo) if p.path == "consequences.severity"]


def test_validation_asks_for_the_severity_once_the_consequences_are_filled():
    found = _severity_problems(_memo())
    assert len(found) == 1 and found[0].level is Level.WARNING
    assert "allvarliga" in found[0].message and found[0].message[0].isupper()
    assert _severity_problems(_memo(Severity.LOW)) == []
    # A memo with no consequences yet is asked for the deadline first, not for a finding on it.
    assert _severity_problems(Memo()) == []


def test_the_example_is_not_warned():
    memo = copy.deepcopy(example_memo())
    assert _severity_problems(memo) == []


def test_a_profiles_own_template_reads_ej_bedomd_not_a_severity():
    from memo_builder.render.context import _consequences

    said = _consequences(Analysis(_memo()), load_profile("kommun"))
    assert (said["severity"], said["severity_assessed"], said["severity_sentence"]) == (
        "Ej bedömd", False, "")
    said = _consequences(Analysis(_memo(Severity.MEDIUM)), load_profile("kommun"))
    assert (said["severity"], said["severity_assessed"]) == ("Medel", True)
