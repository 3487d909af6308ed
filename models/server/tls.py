"""The office's self-signed TLS certificate, and the fingerprint laptops pin it by.

An office has no public name a certificate authority would sign, and needs
none: each laptop is told the certificate's fingerprint (`SHA256:` and the
SHA-256 of its DER, in hex) when it enrols, and from then on trusts that
certificate alone. The key is an EC P-256 key (small, fast handshakes),
written 0600; the certificate is valid for ten years (renewing it means
enrolling every laptop again, so it should not expire under an office).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import os
import socket
from pathlib import Path

from models import clock

CERTIFICATE_FILE = "office-certificate.pem"
KEY_FILE = "office-key.pem"
VALID_DAYS = 3650


def fingerprint(cert_pem: bytes | str) -> str:
    """`SHA256:<hex>` of the certificate's DER encoding (lower-case hex, no colons)."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    pem = cert_pem.encode("ascii") if isinstance(cert_pem, str) else cert_pem
    der = x509.load_pem_x509_certificate(pem).public_bytes(Encoding.DER)
    return "SHA256:" + hashlib.sha256(der).hexdigest()


def fingerprint_of_der(der: bytes) -> str:
    return "SHA256:" + hashlib.sha256(der).hexdigest()


def normal_fingerprint(text: str) -> str:
    """A fingerprint as typed (any case, with or without colons or the `SHA256:` prefix) in the printed form."""
    value = text.strip()
    if value[:7].upper() == "SHA256:":
        value = value[7:]
    value = value.replace(":", "").replace(" ", "").lower()
    if len(value) != 64 or any(c not in "0123456789abcdef" for c in value):
        raise ValueError(f"'{text}' is not a certificate fingerprint (SHA256: and 64 hexadecimal digits)")
    return "SHA256:" + value


def make_certificate(folder: Path | str, names: list[str] | None = None) -> tuple[Path, Path]:
    """The certificate and key in `folder`, made there if missing (an existing pair is kept: laptops pinned
    it). `names`: the host names and addresses it is issued for (default: this computer's and loopback)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    folder = Path(folder)
    cert_path, key_path = folder / CERTIFICATE_FILE, folder / KEY_FILE
    if cert_path.exists() and key_path.exists():
        return cert_path, key_path
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    names = names or sorted({socket.gethostname(), "localhost", "127.0.0.1", "::1"})
    alternatives: list[x509.GeneralName] = []
    for name in names:
        try:
            alternatives.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            alternatives.append(x509.DNSName(name))
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Qamqor office"),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Qamqor")])
    now = clock.now()
    certificate = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=VALID_DAYS))
        .add_extension(x509.SubjectAlternativeName(alternatives), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(key, hashes.SHA256()))
    key_bytes = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption())
    handle = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(handle, "wb") as file:
        file.write(key_bytes)
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return cert_path, key_path
