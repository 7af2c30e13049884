"""The CLI's output encoding on Windows (memo_builder.cli._configure_streams), simulated here.

On Windows a console window gets UTF-16 from Python itself; redirected output must use the
console's code page (what cmd and PowerShell decode with), or UTF-8 when there is no console.
The real thing runs under Wine in test_msi_smoke.py.
"""

from __future__ import annotations

import ctypes
import io
import sys
import types

import pytest

from memo_builder import cli


class _Pipe(io.TextIOWrapper):
    def __init__(self, tty: bool = False):
        super().__init__(io.BytesIO(), encoding="cp1252", errors="strict")
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty

    def written(self) -> bytes:
        self.flush()
        return self.buffer.getvalue()


@pytest.fixture
def windows(monkeypatch):
    """sys.platform 'win32' with a console whose output code page the test sets."""
    state = {"codepage": 850}
    kernel32 = types.SimpleNamespace(GetConsoleOutputCP=lambda: state["codepage"])
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "windll", types.SimpleNamespace(kernel32=kernel32), raising=False)
    monkeypatch.delenv("PYTHONIOENCODING", raising=False)
    return state


def _run(monkeypatch, stdout, stderr=None) -> None:
    monkeypatch.setattr(sys, "stdout", stdout)
    monkeypatch.setattr(sys, "stderr", stderr if stderr is not None else _Pipe())
    cli._configure_streams()


def test_pipe_in_a_swedish_console_uses_its_code_page(windows, monkeypatch):
    out = _Pipe()
    _run(monkeypatch, out)
    print("Skrev exempelärendet – klart", file=out)
    # cp850 as PowerShell decodes it; the en dash has no cp850 form and becomes "?"
    assert out.written().decode("cp850") == "Skrev exempelärendet ? klart\n"


def test_no_console_gives_utf8(windows, monkeypatch):
    windows["codepage"] = 0  # a service, a script's subprocess, wine run from a Linux shell
    out, err = _Pipe(), _Pipe()
    _run(monkeypatch, out, err)
    print("Skrev exempelärendet – klart", file=out)
    print("Fel: filen är öppen", file=err)
    assert out.written().decode("utf-8") == "Skrev exempelärendet – klart\n"
    assert err.written().decode("utf-8") == "Fel: filen är öppen\n"


def test_utf8_console_code_page(windows, monkeypatch):
    windows["codepage"] = 65001  # chcp 65001 / Windows Terminal with UTF-8
    out = _Pipe()
    _run(monkeypatch, out)
    print("åäö", file=out)
    assert out.written() == "åäö\n".encode()


def test_pythonioencoding_wins(windows, monkeypatch):
    monkeypatch.setenv("PYTHONIOENCODING", "utf-8")
    out = _Pipe()
    _run(monkeypatch, out)
    print("exempelärendet", file=out)
    assert out.written() == "exempelärendet\n".encode()


def test_console_window_keeps_its_encoding_and_never_crashes(windows, monkeypatch):
    out = _Pipe(tty=True)  # Python writes a real console in UTF-16; only errors= changes
    _run(monkeypatch, out)
    assert out.encoding == "cp1252" and out.errors == "replace"
    print("\u2212 12 kr \U0001f600", file=out)  # no exception for characters cp1252 lacks


def test_pythonw_has_no_streams(windows, monkeypatch):
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    cli._configure_streams()  # the windowed launcher: nothing to configure, no error
