"""Every failure an operator can meet connecting to vCenter ends as one of our sentences.

Catalog INF-09 (vCenter reachable) and INF-06 (account rights): wrong password, unknown host,
refused or closed port, timeout, untrusted / changed / misnamed certificate, a server that is not
a vCenter, a session that expires mid-read, and an account that may not read everything.
"""

from __future__ import annotations

import contextlib
import http.server
import socket
import ssl
import threading
from collections.abc import Iterator

import lab_shape
import pytest
from vsphere_testkit import RecordingContext

from reprotect_gui.domain.errors import UserFacingError
from reprotect_gui.domain.models import VmLocator
from reprotect_gui.vsphere import (
    CertificateChanged,
    CertificateNotTrusted,
    NotAVCenter,
    VCenterLoginFailed,
    VCenterSessionLost,
    VCenterTimeout,
    VCenterTlsFailed,
    VCenterUnreachable,
    format_thumbprint,
)

pytestmark = pytest.mark.integration

FOCUS = [VmLocator(name="mt-win-01"), VmLocator(name="web-01")]


def read(inventory, ctx=None):
    return inventory.read_estate(FOCUS, ctx or RecordingContext())


def assert_plain(error: UserFacingError) -> None:
    assert error.summary and error.next_step
    assert lab_shape.ADMIN_PASSWORD not in str(error)


# --- servers that misbehave ------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def silent_server() -> Iterator[int]:
    """Accepts TCP connections (kernel backlog) and never answers."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(8)
        yield s.getsockname()[1]


@contextlib.contextmanager
def closing_server() -> Iterator[int]:
    """Accepts each connection and closes it at once."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        listener.close()
        thread.join(timeout=5)


@contextlib.contextmanager
def web_page_server(pki) -> Iterator[int]:
    """An HTTPS server with a trusted certificate that is not a vCenter (404 everywhere)."""

    class NotFound(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            self.send_error(404)

        def log_message(self, *args: object) -> None:
            return None

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), NotFound)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(pki.cert_file, pki.key_file)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


# --- credentials and reachability --------------------------------------------------------------


def test_wrong_password(make_inventory, caplog):
    inventory = make_inventory(password="not-the-password")
    with pytest.raises(VCenterLoginFailed) as caught:
        read(inventory)
    assert_plain(caught.value)
    assert lab_shape.ADMIN_USER in caught.value.summary
    assert "not-the-password" not in str(caught.value) + caplog.text


def test_unknown_user(make_inventory):
    with pytest.raises(VCenterLoginFailed):
        read(make_inventory(user="nobody@vsphere.local"))


def test_unknown_host(make_inventory):
    with pytest.raises(VCenterUnreachable) as caught:
        read(make_inventory(host="no-such-vcenter.invalid"))
    assert "could not be found" in caught.value.summary
    assert_plain(caught.value)


def test_refused_port(make_inventory):
    with pytest.raises(VCenterUnreachable) as caught:
        read(make_inventory(port=free_port()))
    assert "refused" in caught.value.summary
    assert caught.value.retryable


def test_port_that_closes_the_connection(make_inventory):
    with closing_server() as port, pytest.raises(VCenterUnreachable) as caught:
        read(make_inventory(port=port))
    assert "closed the connection" in caught.value.summary


def test_timeout(make_inventory):
    with silent_server() as port, pytest.raises(VCenterTimeout) as caught:
        read(make_inventory(port=port, timeout=0.5))
    assert "0.5 seconds" in caught.value.summary
    assert caught.value.retryable


def test_server_that_is_not_a_vcenter(make_inventory, pki):
    with web_page_server(pki) as port, pytest.raises(NotAVCenter) as caught:
        read(make_inventory(port=port))
    assert_plain(caught.value)


def test_plain_http_port_is_a_tls_failure(make_inventory):
    class Plain(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            return None

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Plain)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with pytest.raises((VCenterTlsFailed, VCenterUnreachable)) as caught:
            read(make_inventory(port=server.server_address[1]))
        assert_plain(caught.value)
    finally:
        server.shutdown()
        server.server_close()


# --- certificates --------------------------------------------------------------------------------


def test_untrusted_certificate_offers_its_sha256_thumbprint(make_inventory, pki):
    with pytest.raises(CertificateNotTrusted) as caught:
        read(make_inventory(ca_file=None))
    assert caught.value.thumbprint == pki.cert_sha256
    assert format_thumbprint(pki.cert_sha256) in caught.value.next_step


def test_pinned_thumbprint_is_trusted_without_a_ca(make_inventory, pki):
    estate = read(make_inventory(ca_file=None, pinned_thumbprint=format_thumbprint(pki.cert_sha256)))
    assert {m.vm.name for m in estate.matches} == {"mt-win-01", "web-01"}


def test_changed_certificate_is_refused_as_possible_interception(make_inventory, pki):
    other = "ab" * 32
    inventory = make_inventory(ca_file=pki.ca_file, pinned_thumbprint=other)
    with pytest.raises(CertificateChanged) as caught:
        read(inventory)
    assert "intercepting" in caught.value.summary
    assert (caught.value.expected, caught.value.actual) == (other, pki.cert_sha256)
    assert inventory.connection.login_count == 0  # no credential went out


def test_certificate_for_another_name_is_not_trusted(make_inventory, pki):
    with pytest.raises(CertificateNotTrusted) as caught:
        read(make_inventory(host="localhost"))  # the certificate names 127.0.0.1 only
    assert "mismatch" in caught.value.reason.lower()
    assert caught.value.thumbprint == pki.cert_sha256


# --- session expiry ------------------------------------------------------------------------------


def terminate(admin_client, inventory) -> None:
    content, _ = admin_client
    content.sessionManager.TerminateSession(sessionId=[inventory.connection.session_key])


def test_session_expired_mid_read_logs_in_again_once(make_inventory, admin_client):
    inventory = make_inventory()
    killed: list[str] = []

    def kill_once(done: float, text: str) -> None:
        if text.startswith("Reading virtual machines") and not killed:
            killed.append(inventory.connection.session_key)
            terminate(admin_client, inventory)

    estate = read(inventory, RecordingContext(on_report=kill_once))
    assert killed
    assert inventory.connection.login_count == 2
    assert inventory.connection.session_key != killed[0]
    assert len(estate.vms) == len(lab_shape.lab_shape()["vms"])
    assert all(m.vm is not None and m.vm.details_read for m in estate.matches)


def test_session_expiring_again_is_reported(make_inventory, admin_client):
    inventory = make_inventory()

    def kill_always(done: float, text: str) -> None:
        if text.startswith("Reading"):
            terminate(admin_client, inventory)

    with pytest.raises(VCenterSessionLost) as caught:
        read(inventory, RecordingContext(on_report=kill_always))
    assert inventory.connection.login_count == 2
    assert_plain(caught.value)


# --- an account without rights to everything (partial inventory, INF-06) ----------------------


def test_partial_inventory_is_flagged_not_hidden(make_inventory):
    estate = read(make_inventory(user=lab_shape.LIMITED_USER, password=lab_shape.LIMITED_PASSWORD))
    names = {v.name for v in estate.vms}
    assert lab_shape.HIDDEN_VM not in names
    assert lab_shape.HIDDEN_DATASTORE not in {d.name for d in estate.datastores}
    unreadable = "\n".join(estate.unreadable_objects)
    assert "VirtualMachine" in unreadable and "no permission to read" in unreadable
    assert "used by HostSystem esx-lab-01.contoso.local but not readable" in unreadable
    # everything else is still there
    assert len(names) == len(lab_shape.lab_shape()["vms"]) - 1


def test_missing_privileges_are_reported_per_datastore_and_host_inf06(make_inventory):
    estate = read(make_inventory(user=lab_shape.LIMITED_USER, password=lab_shape.LIMITED_PASSWORD))
    assert estate.account_name == lab_shape.LIMITED_USER
    for ds in estate.datastores:
        assert ds.writable_by_account is False
        assert set(lab_shape.WRITE_PRIVILEGES) <= set(ds.missing_privileges)
    no_browse = estate.datastore(lab_shape.NO_BROWSE_DATASTORE)
    assert "Datastore.Browse" in no_browse.missing_privileges
    # mt-win-01's host mounts the datastore it may not browse
    assert estate.account_can_browse_datastores is False
    assert all(h.missing_privileges == ("Host.Config.Storage",) for h in estate.hosts)
