"""Fixtures for the hostile-input and fault suite (issue 5); settings live in settings.py."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "libreoffice: converts with LibreOffice (slow; deselect with -m 'not libreoffice')"
    )
