"""Fixtures for the vCenter adapter's integration tests: vcsim, certificates, accounts.

vcsim is built from the Go program in ./vcsim (see vcsim_server.py) and started once per test
session on a free loopback port, serving a certificate made here and signed by a CA made here.
Tests are skipped only when `go` itself is missing.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import lab_shape  # noqa: E402
import vcsim_server  # noqa: E402
from vsphere_testkit import PAGE_CAP, Pki, RecordingContext, make_pki  # noqa: E402


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
    return make_pki(tmp_path_factory.mktemp("pki"))


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
    stub.DropConnections()


@pytest.fixture
def recording_context() -> RecordingContext:
    return RecordingContext()
