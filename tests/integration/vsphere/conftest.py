"""Fixtures for the vCenter adapter's integration tests: vcsim, certificates, accounts.

vcsim is built from the Go program in ./vcsim (see vcsim_server.py) and started once per test
session on a free loopback port, serving a certificate made here and signed by a CA made here.
Tests are skipped only when `go` itself is missing.
"""

from __future__ import annotations

import datetime
import ipaddress
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import lab_shape  # noqa: E402
import vcsim_server  # noqa: E402

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


def _make_pki(directory: Path) -> Pki:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.timezone.utc)
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
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
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
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return paths


@pytest.fixture(scope="session")
def vcsim_binary() -> Path:
    if vcsim_server.go_binary() is None:
        pytest.skip(f"'go' is not installed; apt-get install {vcsim_server.APT_PACKAGES} to run vcsim tests")
    try:
        return vcsim_server.build_vcsim()
    except vcsim_server.VcsimUnavailable as exc:
        pytest.fail(str(exc))


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return _make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="session")
def vcsim(vcsim_binary: Path, pki: Pki) -> Iterator[vcsim_server.Vcsim]:
    try:
        server = vcsim_server.start_vcsim(
            lab_shape.lab_shape(), cert_file=pki.cert_file, key_file=pki.key_file, page_cap=PAGE_CAP
        )
    except vcsim_server.VcsimUnavailable as exc:
        pytest.fail(str(exc))
    yield server
    server.stop()


@pytest.fixture
def make_inventory(vcsim: vcsim_server.Vcsim, pki: Pki):
    """PyVmomiInventory against vcsim, trusting the test CA unless told otherwise."""
    from reprotect_gui.vsphere import PyVmomiInventory

    made: list[PyVmomiInventory] = []

    def make(
        user: str = lab_shape.ADMIN_USER,
        password: str = lab_shape.ADMIN_PASSWORD,
        **options: object,
    ) -> PyVmomiInventory:
        options.setdefault("port", vcsim.port)
        options.setdefault("ca_file", pki.ca_file)
        options.setdefault("timeout", 20.0)
        host = str(options.pop("host", vcsim.host))
        inventory = PyVmomiInventory(host, user, password, **options)  # type: ignore[arg-type]
        made.append(inventory)
        return inventory

    yield make
    for inventory in made:
        inventory.close()


@pytest.fixture
def admin_client(vcsim: vcsim_server.Vcsim, pki: Pki):
    """A separate administrator session, to act on vCenter behind the adapter's back."""
    import ssl

    from pyVmomi import SoapStubAdapter, vim

    context = ssl.create_default_context(cafile=pki.ca_file)
    stub = SoapStubAdapter(host=vcsim.host, port=vcsim.port, version="vim.version.version11", sslContext=context)
    content = vim.ServiceInstance("ServiceInstance", stub).RetrieveContent()
    own = content.sessionManager.Login(lab_shape.ADMIN_USER, lab_shape.ADMIN_PASSWORD)
    yield content, own.key
    content.sessionManager.Logout()


@pytest.fixture
def recording_context() -> RecordingContext:
    return RecordingContext()
