"""Failures a user can meet, as sentences with a next step.

Adapters translate SDK and network errors into these (`raise ... from exc`), so the UI's one
presenter needs no SDK knowledge and the log keeps the original cause.
"""

from __future__ import annotations

from reprotect_gui.domain.messages import Text, t, tls_text

LOG_FILE_NAME = "reprotect-gui.log"  # in the data folder's logs/ folder; "Open log folder" shows it
# The one sentence that asks for the log (adapters end their next steps with it).
SEND_THE_LOG = t(
    "send the log file {file} (the “Open log folder” button shows it) to your administrator", file=LOG_FILE_NAME
)


class UserFacingError(Exception):
    """A failure explained in plain words: what happened, and what to do next."""

    def __init__(self, summary: str, next_step: str = "", *, retryable: bool = False) -> None:
        super().__init__(summary)
        self.summary = summary
        self.next_step = next_step
        self.retryable = retryable

    def __str__(self) -> str:
        return f"{self.summary} {self.next_step}".strip()

    @property
    def sentence(self) -> str:
        """Summary and next step as one text that stays translatable (str(self) is the English one)."""
        return Text.joined(" ", (self.summary, self.next_step)) if self.next_step else self.summary


class ScenarioError(UserFacingError):
    """The training scenario file is malformed or inconsistent."""


class ConnectionFailed(UserFacingError):
    """A peer (vCenter, Azure) could not be reached or refused us."""


class SubmitRefused(UserFacingError):
    """The reprotect was not started; nothing was sent twice."""


class JobGone(UserFacingError):
    """The service answered, and it no longer knows the job (a confirmed "not found", not a failed read)."""


# --- certificate trust (vCenter adapter raises these; the connect dialog offers to trust) -----


def format_thumbprint(hex_digest: str) -> str:
    """'ab12…' → 'AB:12:…', the way vSphere shows certificate thumbprints."""
    clean = normalize_thumbprint(hex_digest).upper()
    return ":".join(clean[i : i + 2] for i in range(0, len(clean), 2))


def normalize_thumbprint(text: str) -> str:
    return text.replace(":", "").replace(" ", "").strip().lower()


class CertificateNotTrusted(ConnectionFailed):
    """The certificate could not be verified; the operator may trust it by its thumbprint."""

    def __init__(self, host: str, thumbprint: str, reason: str) -> None:
        super().__init__(
            t(
                "The certificate of vCenter {host} is not trusted by this computer ({reason}).",
                host=host,
                reason=tls_text(reason),
            ),
            t(
                "Compare its SHA-256 thumbprint with the one your vCenter administrator gives you "
                "({format_thumbprint}); trust it only if they match.",
                format_thumbprint=format_thumbprint(thumbprint),
            ),
        )
        self.host = host
        self.thumbprint = normalize_thumbprint(thumbprint)
        self.reason = reason


class CertificateChanged(ConnectionFailed):
    """The certificate differs from the one the operator pinned: possible interception."""

    def __init__(self, host: str, expected: str, actual: str) -> None:
        super().__init__(
            t(
                "The certificate of vCenter {host} has changed since you trusted it. Someone may be "
                "intercepting the connection; nothing was sent.",
                host=host,
            ),
            t(
                "Do not continue unless your vCenter administrator confirms the certificate was replaced "
                "and its SHA-256 thumbprint is {format_thumbprint}; then trust the new certificate.",
                format_thumbprint=format_thumbprint(actual),
            ),
        )
        self.host = host
        self.expected = normalize_thumbprint(expected)
        self.actual = normalize_thumbprint(actual)
