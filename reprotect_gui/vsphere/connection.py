"""One authenticated vCenter session over pyVmomi, with every failure translated to our errors.

pyVmomi is imported inside functions: this module is imported by the composition root, and the
SDK costs noticeable start-up time; it is first used on the vCenter worker thread.
"""

from __future__ import annotations

import http.client
import logging
import socket
import ssl
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from typing import Any, TypeVar

from reprotect_gui.domain.errors import UserFacingError
from reprotect_gui.domain.messages import t
from reprotect_gui.vsphere.errors import (
    CertificateChanged,
    CertificateNotTrusted,
    NotAVCenter,
    VCenterLoginFailed,
    VCenterNoPermission,
    VCenterTimeout,
    VCenterTlsFailed,
    VCenterUnreachable,
)
from reprotect_gui.vsphere.tls import (
    PinMismatch,
    fetch_certificate_thumbprint,
    pinned_context,
    verified_context,
)

log = logging.getLogger(__name__)

T = TypeVar("T")

DEFAULT_PORT = 443
DEFAULT_TIMEOUT_S = 30.0
# vSphere 6.5: old enough for every vCenter still in service, new enough for all we read.
FALLBACK_VERSION = "vim.version.version11"


class SessionExpired(Exception):
    """Internal: vCenter no longer knows our session (timed out or terminated)."""


class VCenterConnection:
    """Host, account and trust settings, and the live session once `open()` succeeded."""

    def __init__(
        self,
        host: str,
        user: str,
        password: str,
        *,
        port: int = DEFAULT_PORT,
        pinned_thumbprint: str | None = None,
        ca_file: str | None = None,
        timeout: float = DEFAULT_TIMEOUT_S,
    ) -> None:
        self.host = host.strip()
        self.port = port
        self.user = user
        self._password = password
        self.pinned_thumbprint = pinned_thumbprint
        self.ca_file = ca_file
        self.timeout = timeout
        self.session_key: str | None = None
        self.login_count = 0
        self.broken = False  # a network failure happened: cleanup calls are skipped, not waited out
        self._content: Any = None
        self._stub: Any = None

    def __repr__(self) -> str:  # never the password
        return f"VCenterConnection({self.host}:{self.port}, user={self.user!r})"

    @property
    def content(self) -> Any:
        if self._content is None:
            self.open()
        return self._content

    def open(self) -> None:
        """Connect, verify the certificate, log in. Raises our errors only."""
        context = self._ssl_context()
        version = self.guarded(lambda: self._negotiate_version(context))
        self.guarded(lambda: self._create_stub(context, version))
        try:
            self.login()
        except BaseException:
            self._drop_connections()  # a refused login leaves no socket open behind it
            raise

    def login(self) -> None:
        from pyVmomi import vim

        self.broken = False

        def do_login() -> Any:
            return self._content.sessionManager.Login(self.user, self._password)

        try:
            session = self.guarded(do_login)
        except vim.fault.InvalidLogin as exc:
            raise VCenterLoginFailed(self.host, self.user) from exc
        self.session_key = session.key
        self.login_count += 1
        log.info("Logged in to vCenter %s as %s", self.host, self.user)

    def relogin(self) -> None:
        log.warning("vCenter %s session expired; logging in again", self.host)
        self.login()

    def close(self) -> None:
        if self._content is not None and self.session_key is not None:
            if self.broken:  # a Logout would wait out the timeout again on a vCenter that stopped answering
                log.debug("Not logging out of %s: the connection failed; the session times out on its own", self.host)
            else:
                try:
                    self._content.sessionManager.Logout()
                except Exception:  # noqa: BLE001 - closing is best effort; the session times out anyway
                    log.debug("Logout from %s failed", self.host, exc_info=True)
            self.session_key = None
        self._drop_connections()

    def _drop_connections(self) -> None:
        """Close the SOAP stub's pooled sockets now, not whenever the garbage collector finds them."""
        if self._stub is not None:
            self._stub.DropConnections()

    def guarded(self, call: Callable[[], T]) -> T:
        """Run one SDK call, translating network, TLS and session failures.

        SOAP faults other than NotAuthenticated pass through for the caller to judge.
        """
        from pyVmomi import vim

        try:
            return call()
        except vim.fault.NotAuthenticated as exc:
            raise SessionExpired() from exc
        except vim.fault.NoPermission as exc:
            raise VCenterNoPermission(
                self.host,
                self.user,
                t("use {privilege}", privilege=exc.privilegeId) if exc.privilegeId else t("use this function"),
            ) from exc
        except vim.fault.HostConnectFault as exc:  # pyVmomi's wrapping of a failed RetrieveContent
            raise self.translate(exc.__cause__ or exc.__context__ or exc) from exc
        except (OSError, http.client.HTTPException) as exc:
            self.broken = True
            raise self.translate(exc) from exc

    def translate(self, exc: BaseException) -> UserFacingError:
        where = f"{self.host}:{self.port}"
        if isinstance(exc, UserFacingError):
            return exc
        if isinstance(exc, PinMismatch):
            return CertificateChanged(self.host, exc.expected, exc.actual)
        if isinstance(exc, ssl.SSLCertVerificationError):
            return self._not_trusted(exc)
        if isinstance(exc, (ssl.SSLEOFError, ssl.SSLZeroReturnError)):
            return self._closed(where)
        if isinstance(exc, ssl.SSLError):
            return VCenterTlsFailed(self.host, self.port, exc.reason or str(exc))
        if isinstance(exc, socket.gaierror):
            return VCenterUnreachable(
                t("The vCenter name {host} could not be found.", host=self.host),
                t(
                    "Check the spelling, or enter its IP address; if the name is right, check this computer's "
                    "DNS settings."
                ),
            )
        if isinstance(exc, ConnectionRefusedError):
            return VCenterUnreachable(
                t("{where} refused the connection: nothing listens on that port.", where=where),
                t("Check the port (443 unless your vCenter uses another) and that the vCenter services are running."),
            )
        if isinstance(exc, TimeoutError):
            return VCenterTimeout(self.host, self.timeout)
        if isinstance(exc, (ConnectionResetError, ConnectionAbortedError, http.client.RemoteDisconnected)):
            return self._closed(where)
        if isinstance(exc, http.client.HTTPException):
            return NotAVCenter(self.host, self.port)
        return VCenterUnreachable(
            t("vCenter {where} could not be reached ({exc}).", where=where, exc=exc),
            t("Check the network path to the vCenter (VPN, firewall), then try again."),
        )

    # --- internals ------------------------------------------------------------------------

    def _ssl_context(self) -> ssl.SSLContext:
        if self.pinned_thumbprint:
            return pinned_context(self.pinned_thumbprint)
        return verified_context(self.ca_file)

    @staticmethod
    def _closed(where: str) -> UserFacingError:
        return VCenterUnreachable(
            t("{where} closed the connection without answering.", where=where),
            t("Check that this is the vCenter's HTTPS port; a firewall or proxy may be cutting the connection."),
        )

    def _not_trusted(self, exc: ssl.SSLCertVerificationError) -> UserFacingError:
        reason = exc.verify_message or t("certificate verification failed")
        try:
            thumbprint = fetch_certificate_thumbprint(self.host, self.port, self.timeout)
        except OSError as probe_error:
            return self.translate(probe_error)
        return CertificateNotTrusted(self.host, thumbprint, reason)

    def _negotiate_version(self, context: ssl.SSLContext) -> str:
        """The newest vSphere API version both pyVmomi and the server speak.

        Also the first contact: TLS and reachability fail here, before any credential is sent.
        """
        from pyVmomi import VmomiSupport

        connection = http.client.HTTPSConnection(self.host, self.port, context=context, timeout=self.timeout)
        try:
            connection.request("GET", "/sdk/vimServiceVersions.xml")
            response = connection.getresponse()
            body = response.read()
        finally:
            connection.close()
        if response.status != 200:
            raise NotAVCenter(self.host, self.port)
        try:
            root = ElementTree.fromstring(body)
        except ElementTree.ParseError as exc:
            raise NotAVCenter(self.host, self.port) from exc
        offered: list[str] = []
        for namespace in root.findall("namespace"):
            if namespace.findtext("name") != "urn:vim25":
                continue
            offered.append(namespace.findtext("version") or "")
            offered.extend(v.text or "" for v in namespace.findall("priorVersions/version"))
        by_id: dict[str, str] = {
            version_id: name
            for name, version_id in VmomiSupport.versionIdMap.items()
            if name.startswith("vim.version.")
        }
        for version_id in offered:
            if version_id in by_id:
                return by_id[version_id]
        return FALLBACK_VERSION

    def _create_stub(self, context: ssl.SSLContext, version: str) -> None:
        from pyVmomi import vim
        from pyVmomi.SoapAdapter import SoapStubAdapter

        self._stub = SoapStubAdapter(
            host=self.host,
            port=self.port,
            version=version,
            sslContext=context,
            httpConnectionTimeout=self.timeout,
            connectionPoolTimeout=-1,
        )
        instance = vim.ServiceInstance("ServiceInstance", self._stub)
        self._content = instance.RetrieveContent()
        if self._content.about.apiType != "VirtualCenter":
            log.info("%s is %s, not a vCenter", self.host, self._content.about.apiType)
