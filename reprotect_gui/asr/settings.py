"""Where Azure is (clouds), which vault, and how patient the adapter is. Plain values, no SDK."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from reprotect_gui.domain.polling import RETRY_AFTER_CEILING_S


@dataclass(frozen=True, slots=True)
class AzureCloud:
    key: str
    label: str
    authority_host: str  # Entra ID sign-in host
    arm_endpoint: str  # Azure Resource Manager
    arm_scope: str  # the token scope ARM accepts


PUBLIC_CLOUD = AzureCloud(
    "public",
    "Azure (global)",
    "https://login.microsoftonline.com",
    "https://management.azure.com",
    "https://management.azure.com/.default",
)
CHINA_CLOUD = AzureCloud(
    "china",
    "Azure China (21Vianet)",
    "https://login.chinacloudapi.cn",
    "https://management.chinacloudapi.cn",
    "https://management.chinacloudapi.cn/.default",
)
US_GOV_CLOUD = AzureCloud(
    "usgov",
    "Azure US Government",
    "https://login.microsoftonline.us",
    "https://management.usgovcloudapi.net",
    "https://management.usgovcloudapi.net/.default",
)
CLOUDS = (PUBLIC_CLOUD, CHINA_CLOUD, US_GOV_CLOUD)


def cloud_by_key(key: str) -> AzureCloud:
    for cloud in CLOUDS:
        if cloud.key == key:
            return cloud
    return PUBLIC_CLOUD


class SignInMethod(StrEnum):
    INTERACTIVE_BROWSER = "interactive_browser"  # the default on a desktop
    DEVICE_CODE = "device_code"
    AZURE_CLI = "azure_cli"
    SERVICE_PRINCIPAL_SECRET = "service_principal_secret"
    SERVICE_PRINCIPAL_CERTIFICATE = "service_principal_certificate"
    MANAGED_IDENTITY = "managed_identity"  # unattended on an Azure VM or Arc server

    @property
    def label(self) -> str:
        return {
            SignInMethod.INTERACTIVE_BROWSER: "Interactive browser sign-in",
            SignInMethod.DEVICE_CODE: "Device code (sign in on another device)",
            SignInMethod.AZURE_CLI: "Azure CLI (az login)",
            SignInMethod.SERVICE_PRINCIPAL_SECRET: "Service principal with client secret",
            SignInMethod.SERVICE_PRINCIPAL_CERTIFICATE: "Service principal with certificate",
            SignInMethod.MANAGED_IDENTITY: "Managed identity (this machine's Azure identity)",
        }[self]

    @property
    def is_service_principal(self) -> bool:
        return self in (SignInMethod.SERVICE_PRINCIPAL_SECRET, SignInMethod.SERVICE_PRINCIPAL_CERTIFICATE)


@dataclass(frozen=True, slots=True)
class SignIn:
    """How to get a token. Never holds a secret: the client secret lives in the OS keyring."""

    method: SignInMethod = SignInMethod.INTERACTIVE_BROWSER
    cloud: AzureCloud = PUBLIC_CLOUD
    tenant_id: str = ""  # empty = the account's home tenant ("organizations")
    client_id: str = ""  # service principal application id
    certificate_path: str = ""


@dataclass(frozen=True, slots=True)
class SubscriptionRef:
    subscription_id: str
    name: str
    tenant_id: str = ""
    state: str = "Enabled"


@dataclass(frozen=True, slots=True)
class VaultLocation:
    """A Recovery Services vault: what every ASR call needs first."""

    subscription_id: str
    resource_group: str
    vault_name: str
    location: str = ""

    @property
    def arm_id(self) -> str:
        return (
            f"/subscriptions/{self.subscription_id}/resourceGroups/{self.resource_group}"
            f"/providers/Microsoft.RecoveryServices/vaults/{self.vault_name}"
        )

    @classmethod
    def from_arm_id(cls, arm_id: str, location: str = "") -> VaultLocation:
        parts = arm_id.strip("/").split("/")
        lowered = [p.lower() for p in parts]
        return cls(
            subscription_id=parts[lowered.index("subscriptions") + 1],
            resource_group=parts[lowered.index("resourcegroups") + 1],
            vault_name=parts[lowered.index("vaults") + 1],
            location=location,
        )


@dataclass(frozen=True, slots=True)
class ArmSettings:
    """Retries, timeouts and polling. Tests shrink the waits; the defaults suit a real vault."""

    retry_total: int = 4  # GETs only: a reprotect POST is always sent with retry_total=0
    retry_backoff_factor: float = 0.8
    retry_backoff_max: float = 30.0
    retry_after_ceiling_s: float = RETRY_AFTER_CEILING_S  # a Retry-After longer than this is cut to it
    connection_timeout: float = 15.0
    read_timeout: float = 60.0
    confirm_attempts: int = 3  # re-reads of the item after a reprotect's answer was lost
    confirm_wait_s: float = 5.0
    poll_interval_s: float = 5.0  # job polling for the configuration server refresh
    refresh_timeout_s: float = 15 * 60.0
