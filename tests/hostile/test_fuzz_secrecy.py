"""Hostile memos with random confidential marks: both versions build, validation never raises."""

from __future__ import annotations

import io
import os
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from memo_builder.analysis.revision import Analysis
from memo_builder.model.memo import SecrecyMark, SecretKind
from memo_builder.render.pipeline import build_docx
from memo_builder.render.profile import ProfileError
from tests.hostile.strategies import memos, short_text

EXAMPLES = int(os.environ.get("MEMO_FUZZ_EXAMPLES", "60")) // 4 or 1


@st.composite
def marked(draw):
    memo = draw(memos(max_options=3, max_lines=4))
    targets = [""] + [o.id for o in memo.options] + [
        line.id for o in memo.options for line in o.cost_lines] + [c.id for c in memo.caveats]
    for _ in range(draw(st.integers(0, 6))):
        memo.secrecy.marks.append(SecrecyMark(
            kind=draw(st.sampled_from(SecretKind)), target=draw(st.sampled_from(targets)),
            paragraph=draw(st.integers(-3, 5)),
            ground=draw(st.one_of(st.sampled_from(["31 kap. 16 § OSL", ""]), short_text))))
    return memo


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(marked())
def test_hostile_marked_memos_build_both_versions(memo):
    analysis = Analysis(memo)
    assert isinstance(analysis.problems, list)
    for public in (False, True):
        buffer = io.BytesIO()
        try:
            build_docx(memo, buffer, draft=True, analysis=analysis, public=public)
        except ProfileError as exc:
            assert str(exc)
            continue
        with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as zf:
            assert zf.testzip() is None
