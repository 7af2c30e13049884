"""Offline: no code path may open a network connection (DESIGN.md principle 8).

Socket connects, name look-ups and UDP sends are patched to record and refuse at test start;
then every CLI command runs in-process. One more run does the same in a fresh interpreter, with
the patch in place before anything is imported, so import-time connections count too.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import textwrap

import pytest

from memo_builder import cli

ATTEMPTS: list[str] = []


class NetworkUsed(OSError):
    pass


def _refuse(name):
    def refuse(*args, **kwargs):
        ATTEMPTS.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
        raise NetworkUsed(f"network access attempted: {name}")

    return refuse


@pytest.fixture
def no_network(monkeypatch):
    ATTEMPTS.clear()
    for name in ("connect", "connect_ex", "sendto", "sendmsg"):
        monkeypatch.setattr(socket.socket, name, _refuse(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex",
                 "gethostbyaddr", "getnameinfo"):
        monkeypatch.setattr(socket, name, _refuse(name))
    yield
    assert ATTEMPTS == [], f"network access attempted: {ATTEMPTS}"


def test_patch_catches_a_connection(no_network):
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.org", 443))
    ATTEMPTS.clear()


def test_every_cli_command_stays_offline(no_network, tmp_path, capsys):
    memo = tmp_path / "case.memo"
    runs = [
        (["example", "-o", str(memo)], cli.EXIT_OK),
        (["validate", str(memo)], cli.EXIT_OK),
        (["validate", "--strict", str(memo)], cli.EXIT_PROBLEMS),
        (["build", str(memo), "-o", str(tmp_path / "case.docx")], cli.EXIT_OK),
        (["build", "--draft", str(memo), "-o", str(tmp_path / "draft.docx")], cli.EXIT_OK),
        (["check"], cli.EXIT_OK),
        (["caveats"], cli.EXIT_OK),
        (["caveats", "--on", "2018-05-16", "--tag", "molntjanst"], cli.EXIT_OK),
        (["build", str(tmp_path / "saknas.memo")], cli.EXIT_INPUT),
    ]
    for argv, expected in runs:
        code = cli.main(argv)
        captured = capsys.readouterr()
        assert code == expected, (argv, captured.err)
        assert "NetworkUsed" not in captured.err + captured.out
    assert (tmp_path / "case.docx").stat().st_size > 10_000


def test_fresh_interpreter_stays_offline(tmp_path):
    script = textwrap.dedent(
        f"""
        import socket, sys
        attempts = []
        def refuse(name):
            def f(*a, **k):
                attempts.append(name)
                raise OSError("network access attempted: " + name)
            return f
        for n in ("connect", "connect_ex", "sendto", "sendmsg"):
            setattr(socket.socket, n, refuse("socket." + n))
        for n in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
            setattr(socket, n, refuse(n))
        from memo_builder import cli
        codes = [
            cli.main(["example", "-o", {str(tmp_path / 'a.memo')!r}]),
            cli.main(["build", {str(tmp_path / 'a.memo')!r}, "-o", {str(tmp_path / 'a.docx')!r}, "-q"]),
            cli.main(["check"]),
            cli.main(["caveats", "--on", "2024-01-01"]),
        ]
        print("ATTEMPTS", attempts, "CODES", codes)
        sys.exit(1 if attempts else 0)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "ATTEMPTS [] CODES [0, 0, 0, 0]" in result.stdout
