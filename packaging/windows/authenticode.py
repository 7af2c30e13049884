"""Authenticode: the organisation's certificate, signing with osslsigncode, and who signed a file.

``build.py --sign CERT.pfx`` signs the files the build makes (the launchers) and the MSI with
the organisation's own code-signing certificate; ``build.py --verify`` lists every executable
file in a package with its signer. The password of the .pfx comes from the environment
(:data:`PASSWORD_ENV`) or a prompt, never from the command line, and reaches openssl and
osslsigncode on their standard input or environment, never as an argument (which other users
of the machine could read in the process list).

Standard library only: ``packaging/windows/build.py`` imports it as a sibling module.
"""

from __future__ import annotations

import getpass
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

PASSWORD_ENV = "MEMO_BUILDER_SIGN_PASSWORD"
# The name openssl reads the password from (``-passin env:``), set only in its own environment.
_OPENSSL_PASS_VAR = "MEMO_BUILDER_PFX_PASS"
# Files Windows runs or loads as code: what AppLocker's executable and DLL rules cover.
EXECUTABLE_SUFFIXES = (".exe", ".dll", ".pyd")
UNSIGNED = "osignerad"
TIMEOUT_S = 120


class SigningError(Exception):
    """A refusal of the signing or the verification: one line."""


# ---------------------------------------------------------------------------------------------
# The certificate


def read_password(pfx: Path, environ: dict | None = None, stdin=None) -> str:
    """From :data:`PASSWORD_ENV`, else asked for on the terminal (not echoed)."""
    environ = os.environ if environ is None else environ
    if PASSWORD_ENV in environ:
        return environ[PASSWORD_ENV]
    stdin = sys.stdin if stdin is None else stdin
    if stdin is not None and stdin.isatty():
        try:
            return getpass.getpass(f"Password for {pfx.name}: ")
        except (EOFError, KeyboardInterrupt):
            raise SigningError(f"no password given for {pfx.name}") from None
    raise SigningError(f"no password for {pfx.name}: set {PASSWORD_ENV}, or run the build in a "
                       "terminal to be asked (a password is never a command-line argument)")


@dataclass(frozen=True)
class Certificate:
    pfx: Path
    password: str = field(repr=False)
    subject: str
    not_after: str


def _openssl(openssl: str, args: list[str], *, password: str | None = None,
             stdin: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if password is not None:
        env[_OPENSSL_PASS_VAR] = password
    return subprocess.run([openssl, *args], input=stdin, env=env, capture_output=True,
                          text=True, errors="replace", timeout=TIMEOUT_S)


def _pkcs12(openssl: str, pfx: Path, password: str, what: list[str]) -> str | None:
    """openssl pkcs12's PEM output, or None when the password does not open the file. Old
    Windows exports use RC2/3DES, which OpenSSL 3 reads only with -legacy."""
    base = ["pkcs12", "-in", str(pfx), "-passin", f"env:{_OPENSSL_PASS_VAR}", *what]
    for extra in ([], ["-legacy"]):
        result = _openssl(openssl, base + extra, password=password)
        if result.returncode == 0:
            return result.stdout
    return None


def open_certificate(pfx: Path, password: str, openssl: str) -> Certificate:
    """The signing certificate in ``pfx``, checked before anything is built: the password opens
    it, it holds a private key, it is valid today and is meant for code signing."""
    if not pfx.is_file():
        raise SigningError(f"the certificate file {pfx} does not exist")
    certs = _pkcs12(openssl, pfx, password, ["-clcerts", "-nokeys"])
    if certs is None:
        raise SigningError(f"{pfx.name}: the password is wrong, or the file is not a PKCS#12 "
                           "(.pfx/.p12) certificate with its key")
    keys = _pkcs12(openssl, pfx, password, ["-nocerts", "-nodes"]) or ""
    if "PRIVATE KEY-----" not in keys or "BEGIN CERTIFICATE" not in certs:
        raise SigningError(f"{pfx.name} holds no certificate with its private key; export the "
                           "code-signing certificate with its private key")
    first = certs[certs.index("-----BEGIN CERTIFICATE-----"):]
    first = first[:first.index("-----END CERTIFICATE-----") + len("-----END CERTIFICATE-----")]
    info = _openssl(openssl, ["x509", "-noout", "-subject", "-startdate", "-enddate",
                              "-nameopt", "RFC2253,-esc_msb", "-ext", "extendedKeyUsage"], stdin=first)
    if info.returncode != 0:
        raise SigningError(f"{pfx.name}: openssl cannot read its certificate: "
                           f"{(info.stderr.strip().splitlines() or ['?'])[-1]}")
    text = info.stdout
    fields = [re.search(rf"^{name}=\s*(.*)$", text, re.M)
              for name in ("subject", "notBefore", "notAfter")]
    try:
        subject = fields[0][1].strip()
        not_before, not_after = (_openssl_date(f[1]) for f in fields[1:])
    except (TypeError, ValueError):
        raise SigningError(f"{pfx.name}: cannot read the certificate's name and dates from "
                           "openssl's output") from None
    now = datetime.now(UTC)
    if not_after <= now:
        raise SigningError(f"{pfx.name}: the certificate ({subject}) expired on "
                           f"{not_after:%Y-%m-%d}; Windows would not accept its signatures")
    if not_before > now:
        raise SigningError(f"{pfx.name}: the certificate ({subject}) is valid only from "
                           f"{not_before:%Y-%m-%d}")
    usage = re.search(r"Extended Key Usage:\s*\n\s*(.+)", text)
    if not usage or "Code Signing" not in usage[1]:
        raise SigningError(f"{pfx.name}: the certificate ({subject}) is not for code signing "
                           f"(its extended key usage is {usage[1].strip() if usage else 'missing'}; "
                           "it needs Code Signing, 1.3.6.1.5.5.7.3.3)")
    return Certificate(pfx, password, subject, f"{not_after:%Y-%m-%d}")


def _openssl_date(value: str) -> datetime:
    return datetime.strptime(" ".join(value.split()), "%b %d %H:%M:%S %Y GMT").replace(tzinfo=UTC)


# ---------------------------------------------------------------------------------------------
# Signing


def sign_file(osslsigncode: str, cert: Certificate, path: Path, *, description: str,
              timestamp: str | None = None) -> None:
    """Sign ``path`` in place (SHA-256): into a new file beside it, which replaces the original
    only once osslsigncode has succeeded."""
    out = path.with_name(path.name + ".signed")
    out.unlink(missing_ok=True)
    command = [osslsigncode, "sign", "-pkcs12", str(cert.pfx), "-readpass", "-", "-h", "sha256",
               "-n", description]
    if timestamp:
        command += ["-ts", timestamp]
    command += ["-in", str(path), "-out", str(out)]
    try:
        result = subprocess.run(command, input=cert.password, capture_output=True, text=True,
                                errors="replace", timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        out.unlink(missing_ok=True)
        raise SigningError(f"osslsigncode did not finish signing {path.name} in {TIMEOUT_S} s") from None
    if result.returncode != 0 or not out.is_file():
        out.unlink(missing_ok=True)
        lines = [line for line in (result.stdout + result.stderr).strip().splitlines()
                 if line.strip() and line.strip() != "Failed"]
        reason = lines[-1].strip() if lines else "no message"
        # OpenSSL's "<pid>:error:<code>:<lib>:<func>:<file>:<line>:<reason>": the reason is enough
        reason = re.sub(r"^[0-9A-F]+:error:[0-9A-F]+:.*:\d+:", "", reason)
        raise SigningError(f"osslsigncode could not sign {path.name}: {reason}")
    os.replace(out, path)


def sign_files(osslsigncode: str, cert: Certificate, paths: list[Path], *, description: str,
               timestamp: str | None) -> str:
    """Sign every file; returns a note on the timestamp for the person running the build. An
    unreachable timestamping service is not a refusal: the files are signed without one."""
    if not paths:
        return ""
    note = "signed without a timestamp (none asked for)"
    if timestamp:
        try:
            sign_file(osslsigncode, cert, paths[0], description=description, timestamp=timestamp)
            note = f"signed with a timestamp from {timestamp}"
        except SigningError as exc:
            sign_file(osslsigncode, cert, paths[0], description=description)
            note = (f"the timestamping service {timestamp} did not answer ({exc}); signed "
                    "without a timestamp")
            timestamp = None
        paths = paths[1:]
    for path in paths:
        sign_file(osslsigncode, cert, path, description=description, timestamp=timestamp)
    return note + (", so the signatures count only while the certificate is valid"
                   if "without" in note else "")


# ---------------------------------------------------------------------------------------------
# Reading a signature


@dataclass(frozen=True)
class Signature:
    signed: bool
    intact: bool = False  # the file is what was signed (its digest matches)
    trusted: bool = False  # the signer's chain ends in one of the given roots
    subject: str | None = None
    timestamped: bool = False

    def describe(self) -> str:
        if not self.signed:
            return UNSIGNED
        if not self.intact:
            return "SIGNATUREN STÄMMER INTE: filen är ändrad efter signeringen"
        signer = common_name(self.subject) if self.subject else "okänd"
        chain = "betrodd kedja" if self.trusted else "kedjan är inte betrodd här"
        stamp = "tidsstämplad" if self.timestamped else "utan tidsstämpel"
        return f"{signer} ({chain}, {stamp})"


def common_name(subject: str) -> str:
    """'CN=…, O=…' from osslsigncode's '/C=SE/O=…/CN=…' subject."""
    subject = unescape_subject(subject)
    parts = dict(p.split("=", 1) for p in subject.strip("/").split("/") if "=" in p)
    cn, org = parts.get("CN"), parts.get("O")
    return ", ".join(x for x in (f"CN={cn}" if cn else None,
                                 f"O={org}" if org and org != cn else None) if x) or subject


def unescape_subject(text: str) -> str:
    """osslsigncode writes the bytes of a UTF-8 name as \\xC3\\xA4; back to 'ä'."""
    if "\\x" not in text:
        return text
    raw = re.sub(rb"\\x([0-9A-Fa-f]{2})", lambda m: bytes([int(m[1], 16)]),
                 text.encode("utf-8", "surrogateescape"))
    return raw.decode("utf-8", "replace")


def parse_verify(output: str) -> Signature:
    """A :class:`Signature` from ``osslsigncode verify`` output."""
    if "MISMATCH" in output:
        return Signature(signed=True)
    if "Signer #0" not in output:
        # "Unable to extract existing signature", or a file osslsigncode cannot read at all:
        # either way nothing vouches for it (the safe reading for an allow rule)
        return Signature(signed=False)
    match = re.search(r"Signer's certificate:\s*-+\s*Signer #0:\s*Subject: (.+)", output)
    trusted = bool(re.search(r"^Signature verification: ok$", output, re.M)) and bool(
        re.search(r"^Succeeded$", output, re.M))
    stamped = "Timestamp time:" in output
    return Signature(signed=True, intact=True, trusted=trusted,
                     subject=match[1].strip() if match else None, timestamped=stamped)


def read_signature(osslsigncode: str, path: Path, cafile: Path) -> Signature:
    """Who signed ``path`` and whether the file is unchanged since; ``cafile`` holds the roots
    a chain may end in. Revocation lists are not fetched (no network)."""
    result = subprocess.run(
        [osslsigncode, "verify", "-CAfile", str(cafile), "-TSA-CAfile", str(cafile),
         "-ignore-cdp", "-ignore-crl", "-in", str(path)],
        capture_output=True, text=True, errors="replace", timeout=TIMEOUT_S)
    return parse_verify(result.stdout + result.stderr)


def executables(folder: Path) -> list[Path]:
    """Every file in ``folder`` that Windows runs or loads as code, sorted."""
    return sorted((p for p in folder.rglob("*") if p.is_file()
                   and p.suffix.lower() in EXECUTABLE_SUFFIXES),
                  key=lambda p: p.relative_to(folder).as_posix().lower())
