"""What can go wrong talking to vCenter, in the operator's words (catalog INF-09 for reachability).

Each class is a `UserFacingError`: a sentence and a next step. The adapter raises them `from` the
network or SDK error, so the log keeps the cause while the operator reads ours.
"""

from __future__ import annotations

from reprotect_gui.domain.errors import ConnectionFailed, UserFacingError


def format_thumbprint(hex_digest: str) -> str:
    """'ab12…' → 'AB:12:…', the way vSphere shows certificate thumbprints."""
    clean = normalize_thumbprint(hex_digest).upper()
    return ":".join(clean[i : i + 2] for i in range(0, len(clean), 2))


def normalize_thumbprint(text: str) -> str:
    return text.replace(":", "").replace(" ", "").strip().lower()


class VCenterUnreachable(ConnectionFailed):
    """No usable TCP connection: unknown name, refused or closed port, network down."""

    def __init__(self, summary: str, next_step: str) -> None:
        super().__init__(summary, next_step, retryable=True)


class VCenterTimeout(ConnectionFailed):
    def __init__(self, host: str, seconds: float) -> None:
        super().__init__(
            f"vCenter {host} did not answer within {seconds:g} seconds.",
            "Check that the vCenter is up and not overloaded, and that no firewall silently drops "
            "the traffic; then try again.",
            retryable=True,
        )
        self.host = host
        self.seconds = seconds


class CertificateNotTrusted(ConnectionFailed):
    """The certificate could not be verified; the operator may trust it by its thumbprint."""

    def __init__(self, host: str, thumbprint: str, reason: str) -> None:
        super().__init__(
            f"The certificate of vCenter {host} is not trusted by this computer ({reason}).",
            "Compare its SHA-256 thumbprint with the one your vCenter administrator gives you "
            f"({format_thumbprint(thumbprint)}); trust it only if they match.",
        )
        self.host = host
        self.thumbprint = normalize_thumbprint(thumbprint)
        self.reason = reason


class CertificateChanged(ConnectionFailed):
    """The certificate differs from the one the operator pinned: possible interception."""

    def __init__(self, host: str, expected: str, actual: str) -> None:
        super().__init__(
            f"The certificate of vCenter {host} has changed since you trusted it. Someone may be "
            "intercepting the connection; nothing was sent.",
            "Do not continue unless your vCenter administrator confirms the certificate was "
            f"replaced and its SHA-256 thumbprint is {format_thumbprint(actual)}; then trust the "
            "new certificate.",
        )
        self.host = host
        self.expected = normalize_thumbprint(expected)
        self.actual = normalize_thumbprint(actual)


class VCenterTlsFailed(ConnectionFailed):
    def __init__(self, host: str, port: int, detail: str) -> None:
        super().__init__(
            f"No secure (TLS) connection could be made to {host}:{port} ({detail}).",
            "Check that this is the vCenter's HTTPS port (443 by default).",
        )


class NotAVCenter(ConnectionFailed):
    def __init__(self, host: str, port: int) -> None:
        super().__init__(
            f"The server at {host}:{port} answered, but not as a vCenter does.",
            "Check the host name and port: enter the vCenter Server itself, not an ESXi host "
            "web page or a load balancer page.",
        )


class VCenterLoginFailed(UserFacingError):
    def __init__(self, host: str, user: str) -> None:
        super().__init__(
            f"vCenter {host} refused the user name or password for {user}.",
            "Check the user name (for example administrator@vsphere.local, with its domain) and "
            "the password; after several failures the account may be locked.",
        )


class VCenterSessionLost(UserFacingError):
    def __init__(self, host: str) -> None:
        super().__init__(
            f"The session with vCenter {host} ended while reading the inventory, and logging in "
            "again did not keep it.",
            "Try again; if it happens again, ask the vCenter administrator whether sessions are "
            "being terminated or the session timeout is very short.",
            retryable=True,
        )


class VCenterNoPermission(UserFacingError):
    def __init__(self, host: str, user: str, what: str) -> None:
        super().__init__(
            f"The account {user} may not {what} on vCenter {host}.",
            "Sign in with an account that has at least read-only rights on the whole inventory "
            "(INF-06 also needs datastore rights for the account ASR uses).",
        )
