"""Subscriptions and Recovery Services vaults a sign-in can see, for the vault picker.

Libraries: azure-mgmt-resource-subscriptions (SubscriptionClient) and azure-mgmt-recoveryservices
(RecoveryServicesClient.vaults.list_by_subscription_id), imported on first use (worker thread).
One credential per sign-in is kept, so the operator signs in once for listing and for the vault.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from reprotect_gui.asr.credentials import (
    DeviceCodePrompt,
    build_credential,
    has_client_secret,
    store_client_secret,
)
from reprotect_gui.asr.faults import translate
from reprotect_gui.asr.settings import (
    CLOUDS,
    ArmSettings,
    AzureCloud,
    SignIn,
    SignInMethod,
    SubscriptionRef,
    VaultLocation,
    cloud_by_key,
)
from reprotect_gui.asr.site_recovery import ArmSiteRecovery
from reprotect_gui.domain.messages import t
from reprotect_gui.domain.ports import JobContext, SecretStore

CredentialFactory = Callable[..., Any]


class AzureDirectory:
    """What the Azure sign-in dialog needs: methods, clouds, subscriptions, vaults."""

    def __init__(
        self,
        secrets: SecretStore,
        *,
        settings: ArmSettings | None = None,
        base_url: str | None = None,  # tests: the emulator
        connection_verify: bool | str = True,
        credential_factory: CredentialFactory = build_credential,
    ) -> None:
        self._secrets = secrets
        self._settings = settings or ArmSettings()
        self._base_url = base_url
        self._verify = connection_verify
        self._factory = credential_factory
        self._credentials: dict[SignIn, Any] = {}
        self._lock = threading.Lock()
        self.device_code_prompt: DeviceCodePrompt | None = None

    @staticmethod
    def sign_in_methods() -> tuple[SignInMethod, ...]:
        return tuple(SignInMethod)

    @staticmethod
    def clouds() -> tuple[AzureCloud, ...]:
        return CLOUDS

    # The dialog speaks in keys and labels; it never imports this package (layer rule).

    @staticmethod
    def sign_in_choices() -> list[tuple[str, str]]:
        return [(m.value, m.label) for m in SignInMethod]

    @staticmethod
    def cloud_choices() -> list[tuple[str, str]]:
        return [(c.key, c.label) for c in CLOUDS]

    @staticmethod
    def needs(method_key: str) -> frozenset[str]:
        """Which fields a sign-in method uses: tenant, client_id, secret, certificate."""
        method = SignInMethod(method_key)
        if method is SignInMethod.SERVICE_PRINCIPAL_SECRET:
            return frozenset({"tenant", "client_id", "secret"})
        if method is SignInMethod.SERVICE_PRINCIPAL_CERTIFICATE:
            return frozenset({"tenant", "client_id", "certificate"})
        return frozenset({"tenant"})

    @staticmethod
    def sign_in_for(
        method_key: str, cloud_key: str, tenant_id: str = "", client_id: str = "", certificate_path: str = ""
    ) -> SignIn:
        return SignIn(
            method=SignInMethod(method_key),
            cloud=cloud_by_key(cloud_key),
            tenant_id=tenant_id.strip(),
            client_id=client_id.strip(),
            certificate_path=certificate_path.strip(),
        )

    def has_secret(self, sign_in: SignIn) -> bool:
        return has_client_secret(self._secrets, sign_in)

    def store_secret(self, sign_in: SignIn, secret: str) -> None:
        """Into the OS keyring (SecretStore); the cached credential is rebuilt with it."""
        store_client_secret(self._secrets, sign_in, secret)
        self.forget(sign_in)

    def credential(self, sign_in: SignIn) -> Any:
        with self._lock:
            if sign_in not in self._credentials:
                self._credentials[sign_in] = self._factory(
                    sign_in, self._secrets, device_code_prompt=self.device_code_prompt
                )
            return self._credentials[sign_in]

    def forget(self, sign_in: SignIn) -> None:
        """Drop the cached credential (after a failed sign-in, or a changed secret)."""
        with self._lock:
            self._credentials.pop(sign_in, None)

    def _options(self, sign_in: SignIn, credential: Any) -> dict[str, Any]:
        from reprotect_gui.asr.pipeline import client_options

        return client_options(
            credential, sign_in.cloud, self._settings, base_url=self._base_url, connection_verify=self._verify
        )

    def list_subscriptions(self, sign_in: SignIn, ctx: JobContext) -> list[SubscriptionRef]:
        ctx.report(0.0, t("Signing in and listing subscriptions…"))
        credential = self.credential(sign_in)
        doing = t("list your Azure subscriptions")

        def fetch() -> list[Any]:
            from azure.mgmt.resource.subscriptions import SubscriptionClient

            client = SubscriptionClient(credential, **self._options(sign_in, credential))
            return list(client.subscriptions.list())

        raw = self._run(sign_in, doing, fetch)
        ctx.report(1.0, t("Subscriptions listed"))
        subscriptions = [
            SubscriptionRef(
                subscription_id=s.subscription_id or "",
                name=s.display_name or s.subscription_id or "",
                tenant_id=s.tenant_id or "",
                state=str(getattr(s.state, "value", s.state) or ""),
            )
            for s in raw
        ]
        return sorted(subscriptions, key=lambda s: s.name.lower())

    def list_vaults(self, sign_in: SignIn, subscription_id: str, ctx: JobContext) -> list[VaultLocation]:
        ctx.report(0.0, t("Listing Recovery Services vaults…"))
        credential = self.credential(sign_in)
        doing = t("list the Recovery Services vaults of the subscription")

        def fetch() -> list[Any]:
            from azure.mgmt.recoveryservices import RecoveryServicesClient

            client = RecoveryServicesClient(credential, subscription_id, **self._options(sign_in, credential))
            return list(client.vaults.list_by_subscription_id())

        raw = self._run(sign_in, doing, fetch)
        ctx.report(1.0, t("Vaults listed"))
        vaults = [VaultLocation.from_arm_id(v.id, v.location or "") for v in raw if v.id]
        return sorted(vaults, key=lambda v: (v.vault_name.lower(), v.resource_group.lower()))

    def site_recovery(self, sign_in: SignIn, vault: VaultLocation) -> ArmSiteRecovery:
        return ArmSiteRecovery(
            self.credential(sign_in),
            vault,
            cloud=sign_in.cloud,
            settings=self._settings,
            base_url=self._base_url,
            connection_verify=self._verify,
        )

    def _run(self, sign_in: SignIn, doing: str, fetch: Callable[[], list[Any]]) -> list[Any]:
        try:
            return fetch()
        except Exception as exc:  # noqa: BLE001 - translated, never swallowed
            from azure.core.exceptions import ClientAuthenticationError

            if isinstance(exc, ClientAuthenticationError):
                self.forget(sign_in)  # let the next attempt sign in afresh
            raise translate(exc, doing=doing, vault="") from exc
