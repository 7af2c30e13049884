"""Fixtures for GUI tests: a main window with its own recovery folder and scripted dialogs."""

from __future__ import annotations

import pytest

from memo_builder.gui import dialogs


class Answers:
    """Scripted answers to the window's questions; records what was asked."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.replies: dict[str, list[str]] = {}
        self.save_paths: list[str] = []
        self.open_paths: list[str] = []

    def ask(self, parent, title, text, buttons, **kwargs):
        self.asked.append((title, text + ("\n" + kwargs.get("informative", "") if kwargs.get("informative") else "")))
        queue = self.replies.get(title)
        if queue:
            return queue.pop(0)
        return buttons[-1][0]  # the last button is the cautious one (Avbryt / Stäng)

    def error(self, parent, title, text):
        self.errors.append((title, text))

    def inform(self, parent, title, text):
        self.infos.append((title, text))

    def save_path(self, parent, title, suggested, filter_):
        self.suggested = suggested
        return self.save_paths.pop(0) if self.save_paths else ""

    def open_path(self, parent, title, folder, filter_):
        return self.open_paths.pop(0) if self.open_paths else ""


@pytest.fixture
def answers(monkeypatch):
    a = Answers()
    monkeypatch.setattr(dialogs, "ask", a.ask)
    monkeypatch.setattr(dialogs, "error", a.error)
    monkeypatch.setattr(dialogs, "inform", a.inform)
    monkeypatch.setattr(dialogs, "save_path", a.save_path)
    monkeypatch.setattr(dialogs, "open_path", a.open_path)
    return a


@pytest.fixture
def window(qtbot, tmp_path, answers, monkeypatch):
    monkeypatch.setenv("MEMO_BUILDER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("MEMO_BUILDER_DATA_DIR", str(tmp_path / "data"))
    from memo_builder.gui.main_window import MainWindow
    from memo_builder.gui.recovery import RecoveryStore

    w = MainWindow(store=RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.doc.mark_saved()  # let the window close without asking
    w.autosaver.close()

