"""The test build of ``memo-builder check``: the example memo built once with a profile, read
back by python-docx and checked for accessibility (DOS-lagen). No Qt."""

from __future__ import annotations

import io

import docx

from memo_builder.errors import UserError
from memo_builder.files import storage
from memo_builder.files.paths import example_memo_path
from memo_builder.publish.accessibility import Finding, check_bytes
from memo_builder.publish.service import ExportRequest, export
from memo_builder.render.profile import Profile
from memo_builder.render.profile_check import CheckReport


def trial_build(profile: Profile, report: CheckReport) -> list[Finding]:
    """Build the example (as a draft) with ``profile``; add the outcome to ``report`` and
    return the accessibility findings of what the template makes (empty when it did not build)."""

    memo = storage.load(example_memo_path())
    memo.profile = profile.key
    try:
        data = export(memo, profile=profile, request=ExportRequest(draft=True)).data
        docx.Document(io.BytesIO(data))
    except UserError as exc:
        report.lines.append(f"  Provbygge av exemplet: misslyckades – {exc}")
        report.problems.append(str(exc))
        return []
    report.lines.append("  Provbygge av exemplet: OK")
    return check_bytes(data, f"{profile.key}: exemplet")
