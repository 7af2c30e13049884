"""Every Word file the product writes validates against the ECMA-376 schemas (openxml-audit),
the kind of check Word does before it says it "found unreadable content". LibreOffice is a
lenient reader; this one is not."""

from __future__ import annotations

import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from openxml_audit import OpenXmlValidator

from memo_builder.files.paths import templates_dir
from memo_builder.publish.service import ExportRequest, export
from memo_builder.render.profile import load_profile
from memo_builder.render.profile_import import create_profile
from tests.helpers import example_memo
from tests.hostile.strategies import memos
from tests.profiles.org_template import png, swedish_template

VALIDATOR = OpenXmlValidator(max_errors=20)


def assert_valid(data: bytes, tmp_path, name: str) -> None:
    path = tmp_path / f"{name}.docx"
    path.write_bytes(data)
    result = VALIDATOR.validate(str(path))
    assert result.is_valid, [str(e) for e in result.errors]


@pytest.mark.parametrize("key", ["goteborg", "kommun", "malmo", "stockholm"])
def test_every_profile_writes_a_valid_file(key, tmp_path):
    memo = example_memo()
    memo.profile = key
    assert_valid(export(memo, profile=load_profile(key)).data, tmp_path, key)


def test_a_draft_is_valid(tmp_path):
    memo = example_memo()
    memo.case.diarienummer = ""
    assert_valid(export(memo, request=ExportRequest(draft=True)).data, tmp_path, "draft")


def test_a_memo_on_an_imported_template_with_a_logo_is_valid(tmp_path):
    template = swedish_template(tmp_path / "mall.docx")
    create_profile(template, "umea", tmp_path / "p", organisation="Umeå kommun")
    shutil.copytree(templates_dir() / "kommun", tmp_path / "p" / "loggo")
    (tmp_path / "p" / "loggo" / "logo.png").write_bytes(png())
    manifest = tmp_path / "p" / "loggo" / "profile.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        'base_docx = "base.docx"', 'base_docx = "base.docx"\nlogo = "logo.png"'), encoding="utf-8")
    for key in ("umea", "loggo"):
        memo = example_memo()
        assert_valid(export(memo, profile=load_profile(key, tmp_path / "p")).data, tmp_path, key)


@settings(max_examples=4, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(memos(max_options=3, max_lines=3))
def test_a_sample_of_fuzzed_memos_is_valid(tmp_path, memo):
    from memo_builder.model.serialization import cleaned

    memo = cleaned(memo)
    memo.profile = "kommun"
    result = export(memo, request=ExportRequest(draft=True))
    assert_valid(result.data, tmp_path, "fuzz")
