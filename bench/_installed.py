"""Run the benchmarks' child processes the way a user's installed copy runs.

An installed copy has its bytecode: pip and the Windows installer compile every module. This
machine (and many CI images) sets ``PYTHONDONTWRITEBYTECODE=1``, under which every run would
recompile the project's modules from source and measure the compiler, not the program. So the
children get an environment without that variable, and the project's modules are compiled once
before anything is timed.
"""

from __future__ import annotations

import compileall
import os
from pathlib import Path

import memo_builder

PACKAGE = Path(memo_builder.__file__).resolve().parent


def installed_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """``os.environ`` without PYTHONDONTWRITEBYTECODE, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(extra or {})
    return env


def precompile() -> None:
    """Write the project's .pyc files (as pip does on install); quiet, idempotent."""
    if not compileall.compile_dir(str(PACKAGE), quiet=1, force=False):
        raise SystemExit(f"compileall failed for {PACKAGE}")
