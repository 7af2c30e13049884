"""Signing with the organisation's certificate (build.py --sign) and listing signers (--verify),
on small Windows executables (distlib's launcher stubs) and throwaway certificates: no build,
no Wine. The signed build itself is installed and checked in test_msi_smoke.py."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.windows.certificates import make_pfx
from tests.windows.wine import build_module, tool

build = build_module()
authenticode = build.authenticode
PASSWORD_ENV = authenticode.PASSWORD_ENV


def stub(kind: str = "t64") -> Path:
    """A real, unsigned 64-bit Windows executable: distlib's launcher stub, as pip vendors it."""
    import pip

    path = Path(pip.__file__).parent / "_vendor" / "distlib" / f"{kind}.exe"
    if not path.is_file():
        pytest.skip(f"pip has no vendored distlib {kind}.exe")
    return path


def refusal(capsys, argv) -> str:
    assert build.main(argv) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith("build.py: refused: ") and captured.err.count("\n") == 1, captured.err
    assert "Traceback" not in captured.err
    return captured.err


@pytest.fixture(scope="module")
def cert(tmp_path_factory):
    return make_pfx(tmp_path_factory.mktemp("cert"))


@pytest.fixture
def signing_cert(cert, monkeypatch):
    tool("osslsigncode")
    monkeypatch.setenv(PASSWORD_ENV, cert.password)
    return cert


def build_args(tmp_path: Path, pfx: Path, *extra: str) -> list[str]:
    return ["--sign", str(pfx), "--cache", str(tmp_path / "cache"), "--dist",
            str(tmp_path / "dist"), *extra]


# ---------------------------------------------------------------------------------------------
# Refused before anything is downloaded or built: one line, exit 2, no output


def test_a_wrong_password_is_refused_before_building(tmp_path, capsys, cert, monkeypatch):
    monkeypatch.setenv(PASSWORD_ENV, cert.password + "x")
    message = refusal(capsys, build_args(tmp_path, cert.pfx))
    assert "cert.pfx: the password is wrong" in message
    assert cert.password not in message
    assert not (tmp_path / "cache").exists() and not (tmp_path / "dist").exists()


@pytest.mark.parametrize("usage, shown", [(None, "missing"),
                                          ("serverAuth", "TLS Web Server Authentication"),
                                          ("emailProtection", "E-mail Protection")])
def test_a_certificate_not_for_code_signing_is_refused(tmp_path, capsys, monkeypatch, usage, shown):
    other = make_pfx(tmp_path / "cert", common_name="Kiruna kommun webbserver",
                     organisation="Kiruna kommun", usage=usage, password="Sommar2031")
    monkeypatch.setenv(PASSWORD_ENV, other.password)
    message = refusal(capsys, build_args(tmp_path, other.pfx))
    assert "is not for code signing" in message and shown in message
    assert "CN=Kiruna kommun webbserver" in message  # the name as written, å/ä/ö and all
    assert not (tmp_path / "dist").exists()


def test_an_expired_certificate_is_refused(tmp_path, capsys, monkeypatch):
    now = datetime.now(UTC)
    old = make_pfx(tmp_path / "cert", common_name="Region Jämtland Härjedalen",
                   organisation="Region Jämtland Härjedalen", password="vinter",
                   valid_from=now - timedelta(days=800), valid_to=now - timedelta(days=3))
    monkeypatch.setenv(PASSWORD_ENV, old.password)
    message = refusal(capsys, build_args(tmp_path, old.pfx))
    assert f"expired on {(now - timedelta(days=3)):%Y-%m-%d}" in message
    assert "CN=Region Jämtland Härjedalen" in message
    assert not (tmp_path / "dist").exists()


def test_a_certificate_not_yet_valid_is_refused(tmp_path, capsys, monkeypatch):
    now = datetime.now(UTC)
    later = make_pfx(tmp_path / "cert", password="p", valid_from=now + timedelta(days=10),
                     valid_to=now + timedelta(days=400))
    monkeypatch.setenv(PASSWORD_ENV, later.password)
    assert "is valid only from" in refusal(capsys, build_args(tmp_path, later.pfx))


def test_without_a_password_and_without_a_terminal_it_says_where_the_password_goes(
        tmp_path, capsys, cert, monkeypatch):
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal (a pipe, CI)
    message = refusal(capsys, build_args(tmp_path, cert.pfx))
    assert PASSWORD_ENV in message and "never a command-line argument" in message


def test_the_password_is_asked_for_on_a_terminal(cert, monkeypatch):
    monkeypatch.delenv(PASSWORD_ENV, raising=False)

    class Terminal:
        def isatty(self):
            return True

    asked = []
    monkeypatch.setattr(authenticode.getpass, "getpass",
                        lambda prompt: asked.append(prompt) or cert.password)
    assert authenticode.read_password(cert.pfx, stdin=Terminal()) == cert.password
    assert asked == ["Password for cert.pfx: "]


def test_there_is_no_password_option(tmp_path, capsys, cert):
    with pytest.raises(SystemExit) as exit_:
        build.main(build_args(tmp_path, cert.pfx, "--password", cert.password))
    assert exit_.value.code == 2
    capsys.readouterr()


@pytest.mark.parametrize("argv, expected", [
    (["--timestamp", "http://tsa.example.se"], "--timestamp needs --sign"),
    (["--sign", "x.pfx", "--timestamp", "tsa.example.se"], "takes an http:// or https:// URL"),
    (["--sign", "finns-inte.pfx"], "finns-inte.pfx does not exist"),
])
def test_sign_options_that_cannot_work_are_refused(tmp_path, capsys, monkeypatch, argv, expected):
    monkeypatch.setenv(PASSWORD_ENV, "x")
    monkeypatch.setattr(build, "require_tool", lambda name: f"/usr/bin/{name}")
    monkeypatch.chdir(tmp_path)
    assert expected in refusal(capsys, [*argv, "--dist", str(tmp_path / "dist")])
    assert not (tmp_path / "dist").exists()


# ---------------------------------------------------------------------------------------------
# Signing and reading signatures


def test_the_password_never_appears_on_a_command_line(tmp_path, signing_cert, monkeypatch):
    commands = []
    real_run = subprocess.run

    def recording_run(args, *a, **kw):
        commands.append([str(x) for x in args])
        return real_run(args, *a, **kw)

    monkeypatch.setattr(authenticode.subprocess, "run", recording_run)
    opened = authenticode.open_certificate(signing_cert.pfx, signing_cert.password, tool("openssl"))
    exe = tmp_path / "MemoBuilder.exe"
    shutil.copy(stub("w64"), exe)
    authenticode.sign_file(tool("osslsigncode"), opened, exe, description="Memo Builder")
    assert commands and any("osslsigncode" in c[0] for c in commands)
    assert not any(signing_cert.password in arg for c in commands for arg in c), commands
    assert signing_cert.password not in repr(opened)


def test_signed_files_carry_the_certificate_and_the_unreachable_timestamp_is_said(
        tmp_path, signing_cert):
    folder = tmp_path / "Memo Builder"
    folder.mkdir()
    for name, kind in (("memo-builder.exe", "t64"), ("MemoBuilder.exe", "w64"),
                       ("helper.dll", "t64")):
        shutil.copy(stub(kind), folder / name)
    opened = build.open_signing(signing_cert.pfx, "http://tidsstampel.invalid/rfc3161")
    note = build.sign(opened, [folder / "memo-builder.exe", folder / "MemoBuilder.exe"])
    assert "http://tidsstampel.invalid/rfc3161 did not answer" in note
    assert "signed without a timestamp" in note
    osslsigncode = tool("osslsigncode")
    for name in ("memo-builder.exe", "MemoBuilder.exe"):
        # osslsigncode itself, trusting only the throwaway root
        result = subprocess.run([osslsigncode, "verify", "-CAfile", str(signing_cert.cert_pem),
                                 "-in", str(folder / name)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "Signature verification: ok" in result.stdout
        signature = authenticode.read_signature(osslsigncode, folder / name, signing_cert.cert_pem)
        assert signature.intact and signature.trusted and not signature.timestamped
        assert authenticode.common_name(signature.subject) == (
            "CN=Region Västernorrland IT-enheten, O=Region Västernorrland")
    unsigned = authenticode.read_signature(osslsigncode, folder / "helper.dll", signing_cert.cert_pem)
    assert not unsigned.signed and unsigned.describe() == "osignerad"


def test_verify_lists_every_executable_and_a_tampered_one_fails(tmp_path, signing_cert, capsys):
    folder = tmp_path / "Memo Builder"
    (folder / "Lib" / "site-packages" / "lxml").mkdir(parents=True)
    shutil.copy(stub("t64"), folder / "memo-builder.exe")
    shutil.copy(stub("w64"), folder / "MemoBuilder.exe")
    shutil.copy(stub("t64"), folder / "Lib" / "site-packages" / "lxml" / "etree.cp313-win_amd64.pyd")
    (folder / "app.ico").write_bytes(b"\0\0\1\0")
    opened = build.open_signing(signing_cert.pfx, None)
    assert "none asked for" in build.sign(opened, [folder / "memo-builder.exe",
                                                   folder / "MemoBuilder.exe"])
    assert build.main(["--verify", str(folder), "--ca", str(signing_cert.cert_pem)]) == 0
    listing = capsys.readouterr().out.splitlines()
    rows = {line.split("  ", 1)[0].strip(): line.split("  ", 1)[1].strip() for line in listing[:-1]}
    assert set(rows) == {"memo-builder.exe", "MemoBuilder.exe",
                         "Lib/site-packages/lxml/etree.cp313-win_amd64.pyd"}  # not app.ico
    assert rows["memo-builder.exe"].startswith("CN=Region Västernorrland IT-enheten")
    assert "betrodd kedja" in rows["memo-builder.exe"]
    assert rows["Lib/site-packages/lxml/etree.cp313-win_amd64.pyd"] == "osignerad"
    assert listing[-1] == "3 körbara filer, 2 signerade, 1 osignerade"

    # Without --ca the throwaway root is not trusted, and the listing says so.
    assert build.main(["--verify", str(folder)]) == 0
    assert "kedjan är inte betrodd här" in capsys.readouterr().out

    # One byte changed after signing: the signature no longer matches, and --verify fails.
    data = bytearray((folder / "MemoBuilder.exe").read_bytes())
    data[len(data) // 3] ^= 0x01
    (folder / "MemoBuilder.exe").write_bytes(bytes(data))
    assert build.main(["--verify", str(folder), "--ca", str(signing_cert.cert_pem)]) == 2
    captured = capsys.readouterr()
    assert "MemoBuilder.exe" in captured.err and "changed after signing" in captured.err
    assert "SIGNATUREN STÄMMER INTE" in captured.out
    result = subprocess.run([tool("osslsigncode"), "verify", "-CAfile", str(signing_cert.cert_pem),
                             "-in", str(folder / "MemoBuilder.exe")], capture_output=True, text=True)
    assert result.returncode != 0


def test_a_file_that_cannot_be_signed_is_left_as_it_was(tmp_path, signing_cert):
    opened = build.open_signing(signing_cert.pfx, None)
    notpe = tmp_path / "memo-builder.exe"
    notpe.write_bytes(b"not a Windows executable")
    with pytest.raises(authenticode.SigningError, match="could not sign memo-builder.exe"):
        build.sign(opened, [notpe])
    assert notpe.read_bytes() == b"not a Windows executable"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["memo-builder.exe"]


def test_verify_refuses_what_it_cannot_read(tmp_path, capsys):
    tool("osslsigncode")
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    assert "takes an .msi, a .zip or a program folder" in refusal(
        capsys, ["--verify", str(tmp_path / "notes.txt")])
    (tmp_path / "bad.msi").write_bytes(b"not an msi")
    tool("msiextract")
    assert "is not an MSI that msiextract can read" in refusal(
        capsys, ["--verify", str(tmp_path / "bad.msi")])
    assert "does not exist" in refusal(capsys, ["--verify", str(tmp_path / "none.msi")])


def test_osslsigncode_output_that_names_no_signer_never_reads_as_signed():
    assert not authenticode.parse_verify("Unable to extract existing signature\nFailed\n").signed
    assert not authenticode.parse_verify("Segmentation fault\n").signed
    assert not authenticode.parse_verify("").signed
    mismatch = authenticode.parse_verify(
        "Current message digest    : AB\nCalculated message digest : CD     MISMATCH!!!\nFailed\n")
    assert mismatch.signed and not mismatch.intact
    assert mismatch.describe().startswith("SIGNATUREN STÄMMER INTE")
