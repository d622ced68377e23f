"""Helpers shared by the vCenter integration tests and their conftest (a distinct module name:
test folders share one import namespace, and `conftest` is taken by several)."""

from __future__ import annotations

import datetime
import ipaddress
from dataclasses import dataclass, field
from pathlib import Path

# Small pages force every read through ContinueRetrievePropertiesEx, as on a big real vCenter.
PAGE_CAP = 3


@dataclass
class Pki:
    ca_file: str
    cert_file: str
    key_file: str
    cert_sha256: str


@dataclass
class RecordingContext:
    """A JobContext that records progress and can run a hook on each report."""

    reports: list[tuple[float, str]] = field(default_factory=list)
    on_report: object = None

    def report(self, done: float, text: str) -> None:
        self.reports.append((done, text))
        if callable(self.on_report):
            self.on_report(done, text)

    def raise_if_cancelled(self) -> None:
        return None


def make_pki(directory: Path) -> Pki:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "reprotect-gui test CA")])
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=2))
        # Only the IP: connecting as "localhost" is then a name mismatch (TLS mismatch test).
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    paths = Pki(
        ca_file=str(directory / "ca.pem"),
        cert_file=str(directory / "vcsim.pem"),
        key_file=str(directory / "vcsim-key.pem"),
        cert_sha256=cert.fingerprint(hashes.SHA256()).hex(),
    )
    Path(paths.ca_file).write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    Path(paths.cert_file).write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    Path(paths.key_file).write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return paths
