"""Sign-in with azure-identity: interactive browser (default), device code, Azure CLI, managed
identity, service principal (client secret kept in the OS keyring through the SecretStore port, or
certificate). The console program passes a secret read from the environment through the same
port (an in-memory store), so nothing here reads the environment itself.

Sovereign clouds: the credential signs in at the cloud's authority host; the clients then ask
for the cloud's ARM scope (see pipeline.client_options). Tokens stay inside azure-identity and
azure-core: nothing here logs or stores one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from reprotect_gui.asr.errors import AzureSignInFailed
from reprotect_gui.asr.settings import SignIn, SignInMethod
from reprotect_gui.domain.messages import t
from reprotect_gui.domain.ports import SecretStore

SECRET_SERVICE = "reprotect-gui/azure-client-secret"
CERTIFICATE_PASSWORD_SERVICE = "reprotect-gui/azure-certificate-password"

DeviceCodePrompt = Callable[[str, str, datetime], None]  # (verification URL, user code, expires on)


def secret_user(sign_in: SignIn) -> str:
    """The keyring entry's user name: tenant and application, never the secret."""
    return f"{sign_in.tenant_id}/{sign_in.client_id}"


def store_client_secret(secrets: SecretStore, sign_in: SignIn, secret: str) -> None:
    secrets.set(SECRET_SERVICE, secret_user(sign_in), secret)


def forget_client_secret(secrets: SecretStore, sign_in: SignIn) -> None:
    secrets.delete(SECRET_SERVICE, secret_user(sign_in))


def has_client_secret(secrets: SecretStore, sign_in: SignIn) -> bool:
    return bool(secrets.get(SECRET_SERVICE, secret_user(sign_in)))


def build_credential(
    sign_in: SignIn,
    secrets: SecretStore,
    *,
    device_code_prompt: DeviceCodePrompt | None = None,
) -> Any:
    """An azure-identity credential for `sign_in`. Builds only: the sign-in happens at the
    first token request, on the worker thread that makes the first call."""
    from azure import identity

    authority = sign_in.cloud.authority_host
    tenant = sign_in.tenant_id.strip() or None
    method = sign_in.method
    if method is SignInMethod.INTERACTIVE_BROWSER:
        return identity.InteractiveBrowserCredential(authority=authority, tenant_id=tenant)
    if method is SignInMethod.DEVICE_CODE:
        options: dict[str, Any] = {"authority": authority, "tenant_id": tenant}
        if device_code_prompt is not None:
            options["prompt_callback"] = device_code_prompt
        return identity.DeviceCodeCredential(**options)
    if method is SignInMethod.MANAGED_IDENTITY:
        # System-assigned unless a client id names a user-assigned identity; no secret anywhere.
        return identity.ManagedIdentityCredential(client_id=sign_in.client_id.strip() or None)
    if method is SignInMethod.AZURE_CLI:
        # The CLI signs in to the cloud chosen with `az cloud set`; it has no authority option.
        return identity.AzureCliCredential(tenant_id=tenant or "")
    _require_service_principal_ids(sign_in)
    sp_tenant = sign_in.tenant_id.strip()  # never empty past the line above
    if method is SignInMethod.SERVICE_PRINCIPAL_SECRET:
        secret = secrets.get(SECRET_SERVICE, secret_user(sign_in))
        if not secret:
            raise AzureSignInFailed(
                t(
                    "No client secret is stored for the application {client} in the tenant {tenant}.",
                    client=sign_in.client_id,
                    tenant=sign_in.tenant_id,
                ),
                t("Enter the client secret in the Azure sign-in dialog; it is kept in the system keyring."),
            )
        return identity.ClientSecretCredential(sp_tenant, sign_in.client_id, secret, authority=authority)
    if not sign_in.certificate_path:
        raise AzureSignInFailed(
            t("The service principal certificate file is not chosen."),
            t("Choose the certificate (PEM or PKCS#12 with its private key) in the Azure sign-in dialog."),
        )
    password = secrets.get(CERTIFICATE_PASSWORD_SERVICE, secret_user(sign_in)) or None
    try:
        return identity.CertificateCredential(
            sp_tenant, sign_in.client_id, sign_in.certificate_path, password=password, authority=authority
        )
    except (OSError, ValueError, TypeError) as exc:  # unreadable, wrong format, password missing
        raise AzureSignInFailed(
            t(
                "The certificate {path} could not be used: {error}.",
                path=sign_in.certificate_path,
                error=exc.__class__.__name__,
            ),
            t("Choose a readable PEM or PKCS#12 file that holds the private key (and its password, if any)."),
        ) from exc


def _require_service_principal_ids(sign_in: SignIn) -> None:
    if not sign_in.tenant_id.strip() or not sign_in.client_id.strip():
        raise AzureSignInFailed(
            t("A service principal needs both the tenant id and the application (client) id."),
            t("Enter both in the Azure sign-in dialog."),
        )
