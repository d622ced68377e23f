"""azure-core pieces the adapter plugs into the SDK clients. Imports azure at module level:
only imported when the first client is built (on a worker thread)."""

from __future__ import annotations

import logging
import re
from typing import Any

from azure.core.pipeline import PipelineRequest, PipelineResponse
from azure.core.pipeline.policies import RetryPolicy
from azure.mgmt.core.policies import ARMChallengeAuthenticationPolicy

from reprotect_gui.asr.settings import ArmSettings, AzureCloud
from reprotect_gui.domain.polling import capped_retry_after

_REFRESHED = "reprotect_gui_token_refreshed"
_CHALLENGE_ERROR = re.compile(r'\berror\s*=\s*"?([A-Za-z_]+)', re.IGNORECASE)
# Headers (Authorization among them) are logged by this policy at INFO; bodies only with
# logging_enable=True, which the adapter never sets.
QUIET_LOGGERS = ("azure.core.pipeline.policies.http_logging_policy", "azure.identity", "msal")


class RefreshOnceAuthPolicy(ARMChallengeAuthenticationPolicy):
    """ARM's policy (CAE claims challenges), plus: a 401 `invalid_token` challenge (an expired
    or revoked token) gets one fresh token and one resend per request. A second 401 surfaces."""

    def on_challenge(self, request: PipelineRequest[Any], response: PipelineResponse[Any, Any]) -> bool:
        if super().on_challenge(request, response):
            return True
        match = _CHALLENGE_ERROR.search(response.http_response.headers.get("WWW-Authenticate", ""))
        if not match or match.group(1).lower() != "invalid_token" or request.context.get(_REFRESHED):
            return False
        request.context[_REFRESHED] = True
        self.authorize_request(request, *self._scopes)
        return True


class CappedRetryPolicy(RetryPolicy[Any, Any]):
    """azure-core's retries, but a Retry-After is obeyed only up to a ceiling
    (ArmSettings.retry_after_ceiling_s, by default domain.polling.RETRY_AFTER_CEILING_S): the
    stock policy sleeps whatever the header says — an hour from a confused proxy freezes the read."""

    def __init__(self, *, retry_after_ceiling_s: float, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.retry_after_ceiling_s = retry_after_ceiling_s

    def get_retry_after(self, response: PipelineResponse[Any, Any]) -> float | None:
        try:
            asked = super().get_retry_after(response)
        except (ValueError, TypeError, OverflowError):  # an unparsable header: back off as usual
            return None
        capped = capped_retry_after(asked)
        return None if capped is None else min(capped, self.retry_after_ceiling_s)


def quiet_azure_logging() -> None:
    for name in QUIET_LOGGERS:
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET or logger.level < logging.WARNING:
            logger.setLevel(logging.WARNING)


def client_options(
    credential: Any,
    cloud: AzureCloud,
    settings: ArmSettings,
    *,
    base_url: str | None,
    connection_verify: bool | str,
) -> dict[str, Any]:
    """Keyword arguments shared by every ARM client the adapter builds (retry, timeouts, TLS, auth)."""
    quiet_azure_logging()
    return {
        "base_url": base_url or cloud.arm_endpoint,
        "credential_scopes": [cloud.arm_scope],
        "authentication_policy": RefreshOnceAuthPolicy(credential, cloud.arm_scope),
        "connection_verify": connection_verify,
        "connection_timeout": settings.connection_timeout,
        "read_timeout": settings.read_timeout,
        "retry_policy": CappedRetryPolicy(
            retry_total=settings.retry_total,
            retry_backoff_factor=settings.retry_backoff_factor,
            retry_backoff_max=settings.retry_backoff_max,
            retry_after_ceiling_s=settings.retry_after_ceiling_s,
        ),
        "polling_interval": settings.poll_interval_s,
    }
