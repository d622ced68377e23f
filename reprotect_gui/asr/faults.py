"""azure-core / azure-identity exceptions → our sentences (reprotect_gui.asr.errors).

Callers say what they were doing ("read the vault's configuration servers") and which vault,
so every sentence names the action and the place. The SDK is imported inside the function:
this module loads on the GUI start-up path without pulling azure in.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

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
from reprotect_gui.domain.errors import SEND_THE_LOG, UserFacingError
from reprotect_gui.domain.messages import service_text, t

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
    if isinstance(exc, HttpResponseError) and exc.response is not None and _not_from_azure(exc.response):
        return _blocked_in_between(exc, doing)
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
        t("Press Retry; if it happens again, {send_the_log}.", send_the_log=SEND_THE_LOG),
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


def _from_status(
    exc: BaseException, *, doing: str, vault: str, not_found: Callable[[], UserFacingError] | None
) -> UserFacingError:
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


def _not_found(
    code: str, message: str, *, vault: str, doing: str, not_found: Callable[[], UserFacingError] | None
) -> UserFacingError:
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
    network = network_failure(exc)
    if network is not None:
        return AzureUnavailable(
            t("The wizard could not {doing}: {sentence}", doing=doing, sentence=network.sentence), network.next_step
        )
    return AzureUnavailable(t("The wizard could not reach Azure to {doing}.", doing=doing), RETRY_STEP)


def _sign_in_failed(exc: BaseException) -> UserFacingError:
    network = network_failure(exc)
    if network is not None:  # not the tenant's or the account's fault: say which host, not "check the tenant"
        return AzureSignInFailed(
            t("Signing in to Azure failed: {sentence}", sentence=network.sentence), network.next_step
        )
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


# --- transport failures: where the connection broke, in plain words ---------------------------------

_HOST = re.compile(r"host='(?P<host>[^']+)'(?:, port=(?P<port>\d+))?")


@dataclass(frozen=True, slots=True)
class NetworkFailure:
    kind: str  # "dns", "proxy", "refused", "no-route", "timeout"
    host: str
    sentence: str
    next_step: str


def network_failure(exc: BaseException) -> NetworkFailure | None:
    """DNS, proxy and no-route failures anywhere in the exception's chain, with the host named."""
    texts = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        texts.append(f"{type(current).__name__}: {current}")
        current = current.__cause__ or current.__context__ or getattr(current, "inner_exception", None)
    text = " | ".join(texts)
    lowered = text.lower()
    match = _HOST.search(text)
    host = (
        (match.group("host") + (f":{match.group('port')}" if match.group("port") not in (None, "443") else ""))
        if match
        else ""
    )
    where = host or t("the Azure sign-in or management address")
    if "unable to connect to proxy" in lowered or "proxyerror" in lowered or "tunnel connection failed" in lowered:
        return NetworkFailure(
            "proxy",
            host,
            t(
                "the proxy this computer is set to use ({where}) could not be reached or refused the connection.",
                where=where,
            ),
            t("Check the proxy settings (HTTPS_PROXY, the system proxy) with your network team, then try again."),
        )
    if (
        "failed to resolve" in lowered
        or "name or service not known" in lowered
        or "getaddrinfo failed" in lowered
        or ("nodename nor servname" in lowered)
        or "temporary failure in name resolution" in lowered
        or "nameresolutionerror" in lowered
    ):
        return NetworkFailure(
            "dns",
            host,
            t("this computer could not find the address of {where} (DNS).", where=where),
            t(
                "Check the network connection and the DNS settings; {where} must be resolvable from this "
                "computer (ask your network team), then try again.",
                where=where,
            ),
        )
    if "no route to host" in lowered or "network is unreachable" in lowered:
        return NetworkFailure(
            "no-route",
            host,
            t("there is no network route from this computer to {where}.", where=where),
            t("Check the network connection (VPN, firewall, routing) with your network team, then try again."),
        )
    if "connection refused" in lowered or "actively refused" in lowered:
        return NetworkFailure(
            "refused",
            host,
            t("{where} refused the connection.", where=where),
            t("A firewall or proxy may be blocking it; check with your network team, then try again."),
        )
    if "timed out" in lowered and host:
        return NetworkFailure(
            "timeout",
            host,
            t("{where} did not answer in time.", where=where),
            t("Check the network connection (VPN, proxy, firewall), then try again."),
        )
    return None


def _not_from_azure(response: Any) -> bool:
    """An error body that is HTML or not JSON: a proxy, firewall or captive portal answered, not ARM."""
    content_type = str(response.headers.get("Content-Type", "") or "").lower()
    try:
        body = response.text() or ""
    except Exception:  # noqa: BLE001 - an undecodable body is not an ARM error either
        return True
    if "html" in content_type or body.lstrip()[:1] == "<":
        return True
    if (getattr(response, "status_code", 0) or 0) < 300:
        return False  # Azure's own answer in a shape we can't read: faults.unreadable says so
    if not body.strip():
        return False  # no body at all: the status speaks for itself
    try:
        json.loads(body)
    except ValueError:
        return True
    return False


def _blocked_in_between(exc: Any, doing: str) -> UserFacingError:
    status = getattr(exc, "status_code", None) or 0
    reason = (getattr(exc.response, "reason", "") or "").strip()
    host = ""
    with contextlib.suppress(Exception):
        host = urlsplit(str(exc.response.request.url)).hostname or ""
    to = f" ({host})" if host else ""
    return AzureUnavailable(
        t(
            "A proxy or firewall between this computer and Azure{to} answered HTTP {status}{reason} "
            "instead of Azure while the wizard tried to {doing}.",
            to=to,
            status=status,
            reason=" " + reason if reason else "",
            doing=doing,
        ),
        t(
            "Ask your network team to let this computer reach Azure Resource Manager through the proxy "
            "or firewall (the details below show its page), then press Retry."
        ),
    )
