"""Every question and file dialog the window asks, in one place.

The window calls these module functions (never QMessageBox/QFileDialog directly), so a test can
replace one function and answer the question.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

#: The window's title, and the title of questions that have none of their own.
APP_NAME = "Memo Builder"

_ROLES = {
    "accept": QMessageBox.ButtonRole.AcceptRole,
    "reject": QMessageBox.ButtonRole.RejectRole,
    "destructive": QMessageBox.ButtonRole.DestructiveRole,
    "action": QMessageBox.ButtonRole.ActionRole,
}


def size_within_screen(dialog: QWidget, width: int, height: int) -> None:
    """Open ``dialog`` at ``width`` x ``height``, or smaller on a smaller screen (a laptop at
    150 % has 1280 x 720 logical pixels, less the taskbar): never past its edges."""

    screen = (dialog.parentWidget().screen() if dialog.parentWidget() is not None else None) \
        or QApplication.primaryScreen()
    if screen is None:
        dialog.resize(width, height)
        return
    area = screen.availableGeometry()
    dialog.resize(min(width, int(area.width() * 0.95)), min(height, int(area.height() * 0.9)))


#: Screenshot mode (and any run without a user): no modal dialog may wait for an answer.
NON_INTERACTIVE = False


def make_non_interactive() -> None:
    """Questions get their cautious answer and messages go to stderr, so nothing can hang."""
    global NON_INTERACTIVE
    NON_INTERACTIVE = True


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: list[tuple[str, str, str]],
    *,
    default: str | None = None,
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
    informative: str = "",
) -> str:
    """Ask with custom buttons ``(key, label, role)``; returns the key clicked (Esc: the reject one)."""
    if NON_INTERACTIVE:
        _say(title, text)
        return next((k for k, _label, role in buttons if role == "reject"), buttons[-1][0])
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    made = {}
    for key, label, role in buttons:
        made[box.addButton(label, _ROLES[role])] = key
        if key == default:
            box.setDefaultButton(list(made)[-1])
    roles = {key: role for key, _label, role in buttons}
    reject = next((b for b, k in made.items() if roles[k] == "reject"), None)
    if reject is not None:
        box.setEscapeButton(reject)
    _run_modal(box, parent)
    return made.get(box.clickedButton(), buttons[-1][0])


def _run_modal(box, parent: QWidget | None) -> None:
    """Show ``box`` modally, then give the window its keyboard back.

    A message whose parent is a widget inside the window (a step page) left no window active
    when it closed, so Ctrl+S and Ctrl+Q did nothing until a menu was clicked (issue 23). The
    window is activated again and the widget that had the focus gets it back."""

    had_focus = QApplication.focusWidget()
    try:
        box.exec()
    finally:
        restore_focus(parent, had_focus)


def current_focus() -> QWidget | None:
    return QApplication.focusWidget()


def restore_focus(parent: QWidget | None, had_focus: QWidget | None = None) -> None:
    """Activate ``parent``'s window and put the focus back where it was (when still shown)."""
    if parent is None:
        return
    try:  # a widget deleted while the dialog was open raises RuntimeError when touched
        window = parent.window()
        if not window.isVisible():
            return
        window.activateWindow()
        if had_focus is not None and had_focus.isVisible() and had_focus.window() is window:
            had_focus.setFocus()
        elif window.focusWidget() is None:
            window.setFocus()
    except RuntimeError:
        return


def _say(title: str, text: str) -> None:
    print(f"{title}: {text}", file=sys.stderr)


def error(parent: QWidget | None, title: str, text: str) -> None:
    if NON_INTERACTIVE:
        _say(title, text)
        return
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    _run_modal(box, parent)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    if NON_INTERACTIVE:
        _say(title, text)
        return
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    _run_modal(box, parent)


def open_path(parent: QWidget | None, title: str, folder: str, filter_: str) -> str:
    if NON_INTERACTIVE:
        return ""
    had_focus = current_focus()
    try:
        path, _ = QFileDialog.getOpenFileName(parent, title, folder, filter_)
    finally:
        restore_focus(parent, had_focus)
    return path


def save_path(parent: QWidget | None, title: str, suggested: str, filter_: str) -> str:
    if NON_INTERACTIVE:
        return ""
    had_focus = current_focus()
    try:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filter_)
    finally:
        restore_focus(parent, had_focus)
    return path


def folder_path(parent: QWidget | None, title: str, folder: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title, folder)


def text_input(parent: QWidget | None, title: str, label: str, text: str = "") -> str:
    """One line of text from the user, or "" when cancelled."""

    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value.strip() if ok else ""
