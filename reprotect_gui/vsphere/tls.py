"""TLS for vCenter: verified by default, or pinned to the one certificate the operator trusted.

A pinned connection checks the SHA-256 thumbprint of the certificate on *every* TLS handshake
(pyVmomi's own thumbprint option checks only the first and then leaves its context unverified).
"""

from __future__ import annotations

import hashlib
import socket
import ssl

from reprotect_gui.vsphere.errors import normalize_thumbprint


class PinMismatch(ssl.SSLError):
    """The peer's certificate is not the pinned one."""

    def __init__(self, expected: str, actual: str) -> None:
        super().__init__(f"certificate thumbprint {actual} is not the pinned {expected}")
        self.expected = expected
        self.actual = actual


def sha256_thumbprint(der_certificate: bytes) -> str:
    return hashlib.sha256(der_certificate).hexdigest()


class PinnedContext(ssl.SSLContext):
    """Accepts exactly one certificate, named by its SHA-256 thumbprint, chain or not."""

    pinned_sha256: str

    def wrap_socket(self, *args, **kwargs):  # type: ignore[no-untyped-def]  # ssl's signature
        tls_socket = super().wrap_socket(*args, **kwargs)
        der = tls_socket.getpeercert(binary_form=True) or b""
        actual = sha256_thumbprint(der)
        if actual != self.pinned_sha256:
            tls_socket.close()
            raise PinMismatch(self.pinned_sha256, actual)
        return tls_socket


def pinned_context(thumbprint: str) -> ssl.SSLContext:
    context = PinnedContext(ssl.PROTOCOL_TLS_CLIENT)
    context.pinned_sha256 = normalize_thumbprint(thumbprint)
    # The pin replaces chain and name checks: it names the one certificate to accept.
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def verified_context(ca_file: str | None = None) -> ssl.SSLContext:
    """The system's trust store, plus an extra CA file (a company CA) when given."""
    context = ssl.create_default_context()
    if ca_file:
        context.load_verify_locations(cafile=ca_file)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def fetch_certificate_thumbprint(host: str, port: int, timeout: float) -> str:
    """The SHA-256 thumbprint of the certificate a server presents, to show before trusting it.

    Only the handshake happens on this connection; nothing is sent.
    """
    probe = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    probe.check_hostname = False
    probe.verify_mode = ssl.CERT_NONE
    with (
        socket.create_connection((host, port), timeout=timeout) as raw,
        probe.wrap_socket(raw, server_hostname=host) as tls_socket,
    ):
        return sha256_thumbprint(tls_socket.getpeercert(binary_form=True) or b"")
