"""Hypothesis profiles for the hostile suite, applied per test so other suites keep theirs.

- ``MEMO_FUZZ_EXAMPLES``: examples per property (default 60, the CI run).
- ``MEMO_KILL_RUNS``: SIGKILL-during-save rounds (default 30).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

DEFAULT_EXAMPLES = 60
DEFAULT_KILL_RUNS = 30


def _env_int(name: str, default: int) -> int:
    try:
        return max(1, int(os.environ.get(name, default)))
    except ValueError:
        return default


FUZZ_EXAMPLES = _env_int("MEMO_FUZZ_EXAMPLES", DEFAULT_EXAMPLES)
KILL_RUNS = _env_int("MEMO_KILL_RUNS", DEFAULT_KILL_RUNS)

_COMMON = dict(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,  # a 100 000-character field legitimately takes a second to build
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
settings.register_profile("hostile-ci", **_COMMON)
# The long run explores rather than replays: no example database, no shrinking time limit.
settings.register_profile("hostile-long", **_COMMON, database=None)
PROFILE = "hostile-long" if FUZZ_EXAMPLES > DEFAULT_EXAMPLES else "hostile-ci"
hostile_settings = settings(settings.get_profile(PROFILE))
