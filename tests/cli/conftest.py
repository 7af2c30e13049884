"""Every command-line test gets its own settings and data folders."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("MEMO_BUILDER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("MEMO_BUILDER_CONFIG_DIR", str(tmp_path / "config"))
