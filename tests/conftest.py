"""Test session setup shared by every test package.

Qt needs a platform before QApplication is created: ``offscreen`` works on machines without a
display (CI, containers). Per-user folders (settings, recovery, logs) point at a temporary
directory for the whole session, so tests never touch a real user's files.
"""

from __future__ import annotations

import os
import shutil
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

_SESSION_DIR = tempfile.mkdtemp(prefix="memo-builder-tests-")
os.environ["MEMO_BUILDER_DATA_DIR"] = os.path.join(_SESSION_DIR, "data")
os.environ["MEMO_BUILDER_CONFIG_DIR"] = os.path.join(_SESSION_DIR, "config")
os.environ.pop("MEMO_BUILDER_ORG_CAVEATS", None)
os.environ.pop("MEMO_BUILDER_EXIT_AFTER_PAINT", None)
# The spell check loads a 4 MB dictionary on a thread of every window; the tests that are
# about spelling turn it on themselves.
os.environ["MEMO_BUILDER_SPELLING"] = "0"

# Render reads the user's profile folders and default profile through the source a client
# installs (render/places.py); the tests are the client here, as the command line and the
# window are, so the settings they point at the session folder count.
from memo_builder.publish import user_places  # noqa: E402

user_places.install()


def pytest_sessionfinish(session, exitstatus):  # noqa: ARG001 - pytest hook signature
    shutil.rmtree(_SESSION_DIR, ignore_errors=True)


# --- Markers: the inner loop (README) leaves out the slow suites; CI runs everything. ---
import inspect  # noqa: E402
from pathlib import Path  # noqa: E402

_TESTS = Path(__file__).resolve().parent
# A test that reaches LibreOffice names one of these in its own body or decorators.
_LIBREOFFICE_SIGNS = ("require_soffice", "convert_to_pdf", "recalculate", "_need_soffice",
                      "soffice()", "needs_lo", "BOARD_PDF", "PUBLIC_PDF", "pdftotext")


def pytest_collection_modifyitems(config, items):  # noqa: ARG001 - pytest hook signature
    import pytest

    for item in items:
        path = Path(str(item.fspath)).resolve()
        if _TESTS / "windows" in path.parents:
            item.add_marker(pytest.mark.windows)
            item.add_marker(pytest.mark.slow)
            continue
        function = getattr(item, "function", None)
        try:
            source = inspect.getsource(function) if function is not None else ""
        except (OSError, TypeError):
            source = ""
        if any(sign in source for sign in _LIBREOFFICE_SIGNS):
            item.add_marker(pytest.mark.libreoffice)
