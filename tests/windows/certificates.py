"""Throwaway certificates for the signing tests, made with openssl (never a real key)."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.windows.wine import tool

_CONFIG = """\
[ca]
default_ca = throwaway
[throwaway]
database = {folder}/index.txt
new_certs_dir = {folder}
serial = {folder}/serial
default_md = sha256
policy = anything
copy_extensions = none
unique_subject = no
x509_extensions = usage
[anything]
countryName = optional
organizationName = optional
commonName = supplied
[req]
distinguished_name = dn
prompt = no
[dn]
C = SE
O = {organisation}
CN = {common_name}
[usage]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
subjectKeyIdentifier = hash
{eku}
"""


@dataclass(frozen=True)
class Throwaway:
    pfx: Path
    cert_pem: Path
    password: str
    subject_cn: str


def _stamp(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y%m%d%H%M%SZ")


def make_pfx(folder: Path, *, common_name: str = "Region Västernorrland IT-enheten",
             organisation: str = "Region Västernorrland", password: str = "Kodsignering-2027!",
             usage: str | None = "codeSigning", valid_from: datetime | None = None,
             valid_to: datetime | None = None) -> Throwaway:
    """A self-signed certificate and its key as a .pfx (and the certificate as PEM, the root
    a verification may trust). ``usage`` is the extended key usage (None: no such extension)."""
    openssl = tool("openssl")
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    valid_from = valid_from or now - timedelta(days=1)
    valid_to = valid_to or now + timedelta(days=30)
    (folder / "index.txt").write_text("", encoding="ascii")
    (folder / "serial").write_text("1000\n", encoding="ascii")
    config = folder / "openssl.cnf"
    config.write_text(_CONFIG.format(folder=folder, organisation=organisation,
                                     common_name=common_name,
                                     eku=f"extendedKeyUsage = {usage}" if usage else ""),
                      encoding="utf-8")
    key, csr, cert, pfx = (folder / n for n in ("key.pem", "req.csr", "cert.pem", "cert.pfx"))

    def run(*args: str) -> None:
        result = subprocess.run([openssl, *args], capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, (args, result.stderr)

    run("req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(csr),
        "-config", str(config), "-utf8")
    run("ca", "-batch", "-selfsign", "-config", str(config), "-keyfile", str(key), "-in", str(csr),
        "-out", str(cert), "-startdate", _stamp(valid_from), "-enddate", _stamp(valid_to),
        "-notext", "-utf8")
    run("pkcs12", "-export", "-in", str(cert), "-inkey", str(key), "-out", str(pfx),
        "-passout", f"pass:{password}")
    key.unlink()  # only the .pfx holds the key, as IT would hand it over
    return Throwaway(pfx, cert, password, common_name)
