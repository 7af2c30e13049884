"""The Swedish user-facing error type, shared by the CLI, the GUI and the export service.

A :class:`UserError` is a problem the user can fix: ``str()`` is the one line they see, naming
the file and what to do. Everything below the CLI and the GUI raises it (or an error it is made
from), so both show the same words for the same problem. No Qt, no argparse here.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can fix; ``str()`` is the one line they see."""


def unexpected(exc: BaseException, log_path: object) -> str:
    """The one line shown for an internal error (the details went to ``log_path``)."""
    return (
        f"Ett oväntat fel inträffade ({type(exc).__name__}). Detaljer har sparats i {log_path}. "
        "Inget i dina filer har ändrats."
    )
