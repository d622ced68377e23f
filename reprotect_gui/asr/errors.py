"""The failures the operator can meet while talking to Azure, as sentences with a next step.

`faults.translate` turns azure-core / azure-identity exceptions into these (chained with
`raise ... from exc`, so the log keeps ARM's code and correlation id).
"""

from __future__ import annotations

from reprotect_gui.domain.errors import ConnectionFailed, JobGone, SubmitRefused, UserFacingError


class AzureSignInFailed(ConnectionFailed):
    """No token could be had: the sign-in was cancelled, refused or is not available."""


class AzureSessionExpired(ConnectionFailed):
    """ARM refused our token even after one refresh."""


class AzurePermissionDenied(ConnectionFailed):
    """403: the signed-in account lacks a role on a scope."""

    def __init__(self, summary: str, next_step: str, *, action: str = "", scope: str = "", role: str = "") -> None:
        super().__init__(summary, next_step)
        self.action = action
        self.scope = scope
        self.role = role


class AzureNotFound(UserFacingError):
    """Something the wizard asked for does not exist (any more)."""


class SubscriptionNotFound(AzureNotFound):
    pass


class VaultNotFound(AzureNotFound):
    pass


class ItemNotFound(AzureNotFound):
    pass


class JobNotFound(AzureNotFound, JobGone):
    pass


class AzureUnavailable(ConnectionFailed):
    """Azure could not be reached, dropped the connection, timed out or kept failing (5xx)."""

    def __init__(self, summary: str, next_step: str = "") -> None:
        super().__init__(summary, next_step, retryable=True)


class AzureThrottled(AzureUnavailable):
    """429 after the bounded retries."""


class AzureAnswerUnreadable(UserFacingError):
    """Azure answered, but with something the wizard could not read (not JSON, wrong shapes)."""


class AzureRequestRefused(UserFacingError):
    """Azure refused a request (400/409) for a reason it states."""


class ReprotectNotAllowed(SubmitRefused):
    """The item's fresh state does not allow reprotect (ELIG-01); nothing was sent."""


class ReprotectRejected(SubmitRefused):
    """Azure answered the reprotect with a refusal (400/409): no job was started."""


class ReprotectNotConfirmed(UserFacingError):
    """The reprotect was sent but its answer was lost, and no job shows on the item yet.

    Not a SubmitRefused: it may have started. Retrying is safe because a submit re-reads the
    item first and attaches to a running job instead of sending again.
    """

    def __init__(self, summary: str, next_step: str = "") -> None:
        super().__init__(summary, next_step, retryable=True)


class RefreshFailed(UserFacingError):
    """The configuration server refresh job ended without success (RET-07)."""


class JourneyStepNotAllowed(SubmitRefused):
    """The item's or plan's fresh state does not allow this failback step (FB-01, FB-12, CMT-01, REV-01)."""


class JourneyStepRejected(SubmitRefused):
    """Azure refused a failback step (400/409): no job was started."""


class JourneyStepNotConfirmed(UserFacingError):
    """A failback step was sent but its answer was lost, and no job shows yet (FB-14: retry reads first)."""

    def __init__(self, summary: str, next_step: str = "") -> None:
        super().__init__(summary, next_step, retryable=True)
