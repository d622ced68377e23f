"""What can go wrong talking to vCenter, in the operator's words (catalog INF-09 for reachability).

Each class is a `UserFacingError`: a sentence and a next step. The adapter raises them `from` the
network or SDK error, so the log keeps the cause while the operator reads ours.
"""

from __future__ import annotations

from reprotect_gui.domain.errors import (
    SEND_THE_LOG,
    CertificateChanged,
    CertificateNotTrusted,
    ConnectionFailed,
    UserFacingError,
    format_thumbprint,
    normalize_thumbprint,
)
from reprotect_gui.domain.messages import t

__all__ = [
    "CertificateChanged",
    "CertificateNotTrusted",
    "NotAVCenter",
    "VCenterLoginFailed",
    "VCenterNoPermission",
    "VCenterSessionLost",
    "VCenterTimeout",
    "VCenterTlsFailed",
    "VCenterUnreachable",
    "format_thumbprint",
    "normalize_thumbprint",
]


class VCenterUnreachable(ConnectionFailed):
    """No usable TCP connection: unknown name, refused or closed port, network down."""

    def __init__(self, summary: str, next_step: str) -> None:
        super().__init__(summary, next_step, retryable=True)


class VCenterTimeout(ConnectionFailed):
    def __init__(self, host: str, seconds: float) -> None:
        super().__init__(
            t("vCenter {host} did not answer within {seconds} seconds.", host=host, seconds=f"{seconds:g}"),
            t(
                "Check that the vCenter is up and not overloaded, and that no firewall silently drops the "
                "traffic; then try again."
            ),
            retryable=True,
        )
        self.host = host
        self.seconds = seconds


class VCenterTlsFailed(ConnectionFailed):
    def __init__(self, host: str, port: int, detail: str) -> None:
        super().__init__(
            t(
                "No secure (TLS) connection could be made to {host}:{port} ({detail}).",
                host=host,
                port=port,
                detail=detail,
            ),
            t("Check that this is the vCenter's HTTPS port (443 by default)."),
        )


class NotAVCenter(ConnectionFailed):
    def __init__(self, host: str, port: int) -> None:
        super().__init__(
            t("The server at {host}:{port} answered, but not as a vCenter does.", host=host, port=port),
            t(
                "Check the host name and port: enter the vCenter Server itself, not an ESXi host web page "
                "or a load balancer page."
            ),
        )


class VCenterLoginFailed(UserFacingError):
    def __init__(self, host: str, user: str) -> None:
        super().__init__(
            t("vCenter {host} refused the user name or password for {user}.", host=host, user=user),
            t(
                "Check the user name (for example administrator@vsphere.local, with its domain) and the "
                "password; after several failures the account may be locked."
            ),
        )


class VCenterSessionLost(UserFacingError):
    def __init__(self, host: str) -> None:
        super().__init__(
            t(
                "The session with vCenter {host} ended while reading the inventory, and logging in again "
                "did not keep it.",
                host=host,
            ),
            t(
                "Try again; if it happens again, ask the vCenter administrator whether sessions are being "
                "terminated or the session timeout is very short."
            ),
            retryable=True,
        )


class VCenterNoPermission(UserFacingError):
    def __init__(self, host: str, user: str, what: str) -> None:
        super().__init__(
            t("The account {user} may not {what} on vCenter {host}.", user=user, what=what, host=host),
            t(
                "Sign in with an account that has at least read-only rights on the whole inventory (INF-06 "
                "also needs datastore rights for the account ASR uses)."
            ),
        )


class VCenterAnswerUnreadable(UserFacingError):
    """vCenter answered with a number the wizard can't compute with (negative, not finite, absurd)."""

    def __init__(self, what: str, value: object) -> None:
        super().__init__(
            t(
                "vCenter answered with a value the wizard can't use: {what} is {value}.",
                what=what,
                value=str(value)[:40],
            ),
            t(
                "Check that object in the vSphere Client and press Retry; if the value looks right there, "
                "{send_the_log}.",
                send_the_log=SEND_THE_LOG,
            ),
        )
