"""azure-core / azure-identity exceptions → our sentences (reprotect_gui.asr.errors).

Callers say what they were doing ("read the vault's configuration servers") and which vault,
so every sentence names the action and the place. The SDK is imported inside the function:
this module loads on the GUI start-up path without pulling azure in.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reprotect_gui.asr.errors import (
    AzureAnswerUnreadable,
    AzurePermissionDenied,
    AzureRequestRefused,
    AzureSessionExpired,
    AzureSignInFailed,
    AzureThrottled,
    AzureUnavailable,
    SubscriptionNotFound,
    VaultNotFound,
)
from reprotect_gui.domain.errors import UserFacingError
from reprotect_gui.domain.text import service_text, t

_FORBIDDEN = re.compile(r"perform action '(?P<action>[^']+)' over scope '(?P<scope>[^']+)'", re.IGNORECASE)
RETRY_STEP = "Check the network connection (VPN, proxy) and press Retry; nothing you entered is lost."


def translate(
    exc: BaseException,
    *,
    doing: str,
    vault: str,
    not_found: Callable[[], UserFacingError] | None = None,
) -> UserFacingError:
    """The user-facing error for `exc`, raised while trying to `doing` in `vault`."""
    from azure.core.exceptions import (
        ClientAuthenticationError,
        DecodeError,
        DeserializationError,
        HttpResponseError,
        ServiceRequestError,
        ServiceResponseError,
    )

    if isinstance(exc, UserFacingError):
        return exc
    if isinstance(exc, ClientAuthenticationError) and exc.response is None:
        return _sign_in_failed(exc)
    if isinstance(exc, ClientAuthenticationError) or _status(exc) == 401:
        return AzureSessionExpired(
            t("Azure no longer accepts your sign-in, so the wizard could not {doing}.", doing=doing),
            t("Sign in to Azure again, then press Retry; nothing you entered is lost."),
        )
    if isinstance(exc, (DecodeError, DeserializationError)):
        return unreadable(doing)
    if isinstance(exc, HttpResponseError) and exc.response is not None:
        return _from_status(exc, doing=doing, vault=vault, not_found=not_found)
    if isinstance(exc, ServiceRequestError):
        return _unreachable(exc, doing)
    if isinstance(exc, ServiceResponseError):
        return AzureUnavailable(
            t(
                "Azure did not answer in time (the connection dropped or timed out) while the wizard tried to {doing}.",
                doing=doing,
            ),
            RETRY_STEP,
        )
    if isinstance(exc, (ValueError, TypeError, KeyError, AttributeError)):
        return unreadable(doing)
    return AzureUnavailable(t("Talking to Azure failed while the wizard tried to {doing}.", doing=doing), RETRY_STEP)


def unreadable(doing: str) -> AzureAnswerUnreadable:
    return AzureAnswerUnreadable(
        t("Azure answered, but with data the wizard could not read, while it tried to {doing}.", doing=doing),
        t("Press Retry; if it happens again, send the log file to your administrator."),
    )


def _status(exc: BaseException) -> int | None:
    return getattr(exc, "status_code", None)


def _error_code(exc: BaseException) -> str:
    error = getattr(exc, "error", None)
    return (getattr(error, "code", None) or "") if error is not None else ""


def _error_message(exc: BaseException) -> str:
    error = getattr(exc, "error", None)
    message = getattr(error, "message", None) if error is not None else None
    return message or getattr(exc, "message", "") or str(exc)


def _from_status(exc, *, doing: str, vault: str, not_found) -> UserFacingError:
    status = _status(exc) or 0
    code, message = _error_code(exc), _error_message(exc)
    if status == 403:
        return permission_denied(message, doing=doing, vault=vault)
    if status == 404:
        return _not_found(code, message, vault=vault, doing=doing, not_found=not_found)
    if status == 429:
        return AzureThrottled(
            t(
                "Azure is limiting how many requests the wizard may send (throttled) while it tried to {doing}.",
                doing=doing,
            ),
            t("Wait a minute, then press Retry; nothing you entered is lost."),
        )
    if status >= 500:
        return AzureUnavailable(
            t(
                "Azure Site Recovery kept failing (HTTP {status}) while the wizard tried to {doing}.",
                status=status,
                doing=doing,
            ),
            t("Wait a few minutes and press Retry; check https://status.azure.com if it goes on."),
        )
    return AzureRequestRefused(
        t(
            "Azure refused to {doing}: {message} ({value}).",
            doing=doing,
            message=service_text(message),
            value=code or status,
        ),
        t("Correct what the message names, then try again."),
    )


def permission_denied(message: str, *, doing: str, vault: str) -> AzurePermissionDenied:
    match = _FORBIDDEN.search(message)
    action = match.group("action") if match else ""
    scope = match.group("scope") if match else ""
    role = t("Site Recovery Reader") if action.lower().endswith("/read") else t("Site Recovery Operator")
    where = _scope_words(scope) if scope else (t("the vault {vault}", vault=vault) if vault else t("the subscription"))
    missing = t(" (it lacks '{action}')", action=action) if action else ""
    return AzurePermissionDenied(
        t("Your Azure account may not {doing} on {where}{missing}.", doing=doing, where=where, missing=missing),
        t(
            "Ask an owner to give your account the {role} role (or Contributor) on {where}, then sign "
            "in again and press Retry.",
            role=role,
            where=where,
        ),
        action=action,
        scope=scope,
        role=role,
    )


def _scope_words(scope: str) -> str:
    parts = scope.strip("/").split("/")
    lowered = [p.lower() for p in parts]
    if "vaults" in lowered:
        return t("the vault {value}", value=parts[lowered.index("vaults") + 1])
    if "resourcegroups" in lowered:
        return t("the resource group {value}", value=parts[lowered.index("resourcegroups") + 1])
    if "subscriptions" in lowered:
        return t("the subscription {value}", value=parts[lowered.index("subscriptions") + 1])
    return scope


def _not_found(code: str, message: str, *, vault: str, doing: str, not_found) -> UserFacingError:
    lowered = message.lower()
    if code == "SubscriptionNotFound":
        return SubscriptionNotFound(
            t("The Azure subscription was not found, or your account cannot see it."),
            t("Choose the subscription and vault again in the Azure sign-in dialog."),
        )
    if code in ("ResourceGroupNotFound",) or (
        code == "ResourceNotFound" and "microsoft.recoveryservices/vaults" in lowered
    ):
        return VaultNotFound(
            t(
                "The Recovery Services vault {vault} was not found: it was deleted, moved, or is in "
                "another subscription or resource group.",
                vault=vault,
            ),
            t("Choose the vault again in the Azure sign-in dialog."),
        )
    if not_found is not None:
        return not_found()
    return AzureRequestRefused(
        t(
            "Azure could not find what the wizard needed to {doing}: {message}",
            doing=doing,
            message=service_text(message),
        ),
        t("Reload the vault and try again."),
    )


def _unreachable(exc: BaseException, doing: str) -> UserFacingError:
    text = str(exc)
    if "CERTIFICATE_VERIFY_FAILED" in text or "SSLError" in text or "certificate" in text.lower():
        return AzureUnavailable(
            t("The wizard could not {doing}: the certificate Azure presented could not be verified.", doing=doing),
            t("A proxy that inspects TLS must be trusted by this computer; ask your network team, then press Retry."),
        )
    return AzureUnavailable(t("The wizard could not reach Azure to {doing}.", doing=doing), RETRY_STEP)


def _sign_in_failed(exc: BaseException) -> UserFacingError:
    # Every line: the identity library puts the cause (AADSTS code, the tenant's message) on the later ones.
    lines = [line.strip() for line in (getattr(exc, "message", "") or str(exc)).strip().splitlines() if line.strip()]
    if not lines:
        summary = t("Signing in to Azure failed; Azure gave no reason.")
    else:
        summary = t("Signing in to Azure failed. Azure's own words: “{reason}”", reason=" ".join(lines))
    return AzureSignInFailed(
        summary,
        t("Check the sign-in method, tenant and account in the Azure sign-in dialog, then try again."),
    )
