"""Before an export replaces a file: was it corrected by hand since the program wrote it?

One question for the Word, PDF and workbook exports (``files/written.py`` keeps what the
program wrote): a new name beside it (the default), replacing it, or cancelling.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from memo_builder.files import written
from memo_builder.gui import dialogs


def _tr(text: str) -> str:
    return QCoreApplication.translate("EditedExports", text)


def target_for(parent: QWidget | None, target: Path) -> Path | None:
    """``target``, a free new name beside it, or None (cancelled)."""
    when = written.edited_since_written(target)
    if when is None:
        return target
    spare = written.free_name(target)
    choice = dialogs.ask(
        parent, _tr("Filen har ändrats för hand"), written.describe_edit(target, when),
        [("new", _tr("Spara som {name}").format(name=spare.name), "accept"),
         ("replace", _tr("Ersätt den"), "destructive"),
         ("cancel", _tr("Avbryt"), "reject")],
        default="new",
        informative=_tr("Ersätter du den försvinner ändringarna som gjorts i filen."))
    if choice == "new":
        return spare
    return target if choice == "replace" else None
