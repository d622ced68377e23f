"""The console program's composition: the vault and vCenter ports, signed in without a person.

Training (`--demo`, `--scenario`) builds the training backends, as the window does. Live builds
the ASR adapter with an unattended sign-in — service principal (secret from the environment or
the keyring), Azure CLI, managed identity, or device code (the code is printed on stderr) — and,
when `--vcenter` is given, the vCenter adapter with the password from the environment or the
keyring and, with `--vcenter-thumbprint`, the one certificate to accept (any other is refused).
Nothing here imports Qt; the SDKs are imported only when a live connection is built.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reprotect_gui.domain.errors import UserFacingError

if TYPE_CHECKING:  # annotations only: `--help` and `--version` answer before the domain is imported
    from reprotect_gui.domain.models import VCenterEstate
    from reprotect_gui.domain.ports import Clock, JobContext, SecretStore, SiteRecovery, VCenterInventory

# The window's limits for the training estate (app.MAX_SPEED, app.MAX_LATENCY_S; a test keeps them equal).
MAX_SPEED = 10_000.0
MAX_LATENCY_S = 60.0

AZURE_SECRET_ENV = "AZURE_CLIENT_SECRET"  # the variable azure-identity's own EnvironmentCredential reads
VCENTER_PASSWORD_ENV = "REPROTECT_VCENTER_PASSWORD"

SIGN_IN_METHODS = {
    "service-principal": "service_principal_secret",
    "azure-cli": "azure_cli",
    "managed-identity": "managed_identity",
    "device-code": "device_code",
}


class CannotConnect(UserFacingError):
    """The vault or vCenter can't be reached or signed in to (exit code 3)."""


class BadOptions(CannotConnect):
    """The options do not describe a vault or a vCenter (exit code 4)."""


@dataclass
class Ports:
    site_recovery: SiteRecovery
    vcenter: VCenterInventory | None
    clock: Clock
    training: bool
    azure_account: str
    vcenter_account: str
    vault_source: dict[str, str] = field(default_factory=dict)
    poll_min_s: float = 2.0  # the first wait between job reads
    closers: list[Any] = field(default_factory=list)

    def close(self) -> None:
        for closer in self.closers:
            try:
                closer()
            except Exception:  # noqa: BLE001 - closing is best effort (a vCenter session times out anyway)
                pass


class EnvSecrets:
    """A SecretStore answering one secret from the environment, else asking the keyring."""

    def __init__(self, overrides: Mapping[tuple[str, str], str], keyring: SecretStore | None) -> None:
        self._overrides = dict(overrides)
        self._keyring = keyring

    def get(self, service: str, user: str) -> str | None:
        if (service, user) in self._overrides:
            return self._overrides[(service, user)]
        return self._keyring.get(service, user) if self._keyring is not None else None

    def set(self, service: str, user: str, secret: str) -> None:
        if self._keyring is not None:
            self._keyring.set(service, user, secret)

    def delete(self, service: str, user: str) -> None:
        if self._keyring is not None:
            self._keyring.delete(service, user)


class NamedVCenter:
    """The vCenter as ASR knows it (`--vcenter-name`) when reached through another address."""

    def __init__(self, inner: VCenterInventory, name: str) -> None:
        self._inner, self._name = inner, name

    def read_estate(self, focus: Any, ctx: JobContext) -> VCenterEstate:
        return replace(self._inner.read_estate(focus, ctx), vcenter_name=self._name)


def add_connection_options(parser: argparse.ArgumentParser) -> None:
    training = parser.add_argument_group("training estate (offline; nothing real is changed)")
    training.add_argument("--demo", action="store_true", help="use the built-in training estate")
    training.add_argument(
        "--scenario", metavar="FILE", type=Path, help="use a training estate read from FILE (implies --demo)"
    )
    training.add_argument(
        "--speed", type=float, default=1.0, metavar="FACTOR", help="training jobs run FACTOR times faster (default 1)"
    )
    training.add_argument(
        "--latency",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="simulated answer time of the training vault and vCenter (default 0)",
    )
    azure = parser.add_argument_group("Azure (unattended sign-in)")
    azure.add_argument(
        "--vault",
        metavar="ARM_ID",
        help="the Recovery Services vault: /subscriptions/…/resourceGroups/…/providers/Microsoft.RecoveryServices/vaults/…",
    )
    azure.add_argument(
        "--sign-in",
        choices=tuple(SIGN_IN_METHODS),
        default="azure-cli",
        help="how to sign in (default azure-cli); a service principal's secret comes from "
        f"${AZURE_SECRET_ENV} or the keyring entry the window stored",
    )
    azure.add_argument("--tenant", default="", help="tenant id (service principal, device code)")
    azure.add_argument(
        "--client-id", default="", help="application id (service principal) or user-assigned managed identity"
    )
    azure.add_argument("--cloud", choices=("public", "china", "usgov"), default="public", help="Azure cloud")
    azure.add_argument(
        "--arm-endpoint", metavar="URL", help="another Azure Resource Manager endpoint (Azure Stack Hub, a proxy)"
    )
    azure.add_argument("--arm-ca-file", metavar="FILE", help="CA certificates to trust for --arm-endpoint")
    vcenter = parser.add_argument_group("vCenter (optional; without it, vCenter checks say unknown)")
    vcenter.add_argument("--vcenter", metavar="HOST[:PORT]", help="the vCenter to read")
    vcenter.add_argument(
        "--vcenter-user",
        default="",
        help=f"vCenter user; the password comes from ${VCENTER_PASSWORD_ENV} or the keyring entry the window stored",
    )
    vcenter.add_argument(
        "--vcenter-thumbprint",
        metavar="SHA256",
        help="accept only the certificate with this SHA-256 thumbprint (any other is refused)",
    )
    vcenter.add_argument("--vcenter-ca-file", metavar="FILE", help="CA certificates to trust for vCenter")
    vcenter.add_argument(
        "--vcenter-name",
        metavar="NAME",
        help="the name the vault knows this vCenter by, when --vcenter is another address for it",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="where the journal of running jobs and the audit log are kept (default: the window's)",
    )


def data_dir(args: argparse.Namespace) -> Path:
    if args.data_dir is not None:
        return Path(args.data_dir)
    from reprotect_gui.services.journal import default_data_dir

    return default_data_dir()


def connect(args: argparse.Namespace, *, progress: Any = None) -> Ports:
    """The ports for these options. Raises UserFacingError with a next step."""
    from reprotect_gui.services.clock import SystemClock

    clock = SystemClock()
    if args.scenario is not None:
        args.demo = True
    if args.demo:
        ports = _training(args, clock)
        real = _vcenter(args)  # with --vcenter: the training vault with a real vCenter, read only
        if real[0] is not None:
            ports.vcenter, ports.vcenter_account, ports.closers = real
        return ports
    if not args.vault:
        raise BadOptions(
            "No vault to read: neither --vault nor --demo was given.",
            "Pass --vault with the vault's resource id (copy it from the vault's Properties in the portal), "
            "or --demo to practise on the training estate.",
        )
    site_recovery, account, source = _azure(args, progress)
    vcenter, vc_account, closers = _vcenter(args)
    return Ports(
        site_recovery=site_recovery,
        vcenter=vcenter,
        clock=clock,
        training=False,
        azure_account=account,
        vcenter_account=vc_account,
        vault_source=source,
        closers=closers,
    )


def _training(args: argparse.Namespace, clock: Clock) -> Ports:
    from reprotect_gui.training.backends import TrainingJobStore, TrainingSiteRecovery, TrainingVCenter
    from reprotect_gui.training.scenario import load_scenario

    if not (math.isfinite(args.speed) and 0 < args.speed <= MAX_SPEED):
        raise BadOptions(
            f"--speed must be a number greater than 0 and at most {MAX_SPEED:g}, not {args.speed}.",
            "Pass a factor such as 1 or 10.",
        )
    if not (math.isfinite(args.latency) and 0 <= args.latency <= MAX_LATENCY_S):
        raise BadOptions(
            f"--latency must be a number of seconds from 0 to {MAX_LATENCY_S:g}, not {args.latency}.",
            "Pass 0 or a number of seconds.",
        )
    scenario = load_scenario(args.scenario)
    store = TrainingJobStore(data_dir(args) / "training-jobs.json", scenario.source)
    return Ports(
        site_recovery=TrainingSiteRecovery(scenario, clock, latency_s=args.latency, speed=args.speed, job_store=store),
        vcenter=TrainingVCenter(scenario, latency_s=args.latency),
        clock=clock,
        training=True,
        azure_account="dr-operator@contoso.onmicrosoft.com",  # the training estate's fixed operator
        vcenter_account="",
        vault_source={"kind": "training", "scenario": scenario.source},
        poll_min_s=max(0.05, 1.0 / args.speed),
    )


def _keyring() -> SecretStore:
    from reprotect_gui.keyring_store import KeyringSecretStore

    return KeyringSecretStore()


def _azure(args: argparse.Namespace, progress: Any) -> tuple[SiteRecovery, str, dict[str, str]]:
    from reprotect_gui.asr.credentials import SECRET_SERVICE, build_credential, secret_user
    from reprotect_gui.asr.settings import SignIn, SignInMethod, VaultLocation, cloud_by_key
    from reprotect_gui.asr.site_recovery import ArmSiteRecovery
    from reprotect_gui.services.redaction import RememberingSecretStore, remember_secret

    try:
        vault = VaultLocation.from_arm_id(args.vault)
    except (ValueError, IndexError):
        raise BadOptions(
            f"--vault {args.vault!r} is not a vault's resource id.",
            "Copy the resource id from the vault's Properties in the Azure portal: "
            "/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.RecoveryServices/vaults/<name>.",
        ) from None
    method = SignInMethod(SIGN_IN_METHODS[args.sign_in])
    sign_in = SignIn(
        method=method, cloud=cloud_by_key(args.cloud), tenant_id=args.tenant.strip(), client_id=args.client_id.strip()
    )
    overrides = {}
    secret = os.environ.get(AZURE_SECRET_ENV)
    if method is SignInMethod.SERVICE_PRINCIPAL_SECRET and secret:
        remember_secret(secret)
        overrides[(SECRET_SERVICE, secret_user(sign_in))] = secret
    secrets = RememberingSecretStore(EnvSecrets(overrides, _keyring() if not overrides else None))

    def device_code(url: str, code: str, expires: Any) -> None:
        print(f"To sign in, open {url} and enter the code {code} (valid until {expires:%H:%M} UTC).", file=sys.stderr)

    try:
        credential = build_credential(sign_in, secrets, device_code_prompt=device_code)
    except UserFacingError as exc:
        if method is SignInMethod.SERVICE_PRINCIPAL_SECRET:
            raise CannotConnect(
                exc.summary,
                f"Set ${AZURE_SECRET_ENV} for this run, or store the secret once with the window's Azure "
                "sign-in dialog (it keeps it in the keyring).",
            ) from exc
        raise
    from reprotect_gui.asr.settings import ArmSettings

    site_recovery = ArmSiteRecovery(
        credential,
        vault,
        cloud=sign_in.cloud,
        settings=ArmSettings(),
        base_url=args.arm_endpoint,
        connection_verify=args.arm_ca_file or True,
    )
    account = args.client_id or {"azure_cli": "Azure CLI account", "managed_identity": "managed identity"}.get(
        method.value, "device code sign-in"
    )
    return site_recovery, account, {"kind": "azure", "vault_id": vault.arm_id}


def _vcenter(args: argparse.Namespace) -> tuple[VCenterInventory | None, str, list[Any]]:
    if not args.vcenter:
        for option in ("vcenter_user", "vcenter_thumbprint", "vcenter_ca_file", "vcenter_name"):
            if getattr(args, option):
                raise BadOptions(
                    f"--{option.replace('_', '-')} was given without --vcenter.",
                    "Add --vcenter HOST, or leave the vCenter options out (vCenter checks then say unknown).",
                )
        return None, "", []
    host, _, port_text = args.vcenter.rpartition(":") if args.vcenter.count(":") == 1 else (args.vcenter, "", "")
    try:
        port = int(port_text) if port_text else 443
    except ValueError:
        raise BadOptions(f"--vcenter {args.vcenter!r}: the port is not a number.", "Write HOST or HOST:PORT.") from None
    if not args.vcenter_user:
        raise BadOptions(
            "--vcenter needs --vcenter-user.",
            f"Name the vCenter user; its password comes from ${VCENTER_PASSWORD_ENV}.",
        )
    from reprotect_gui.keyring_store import vcenter_service
    from reprotect_gui.services.redaction import remember_secret

    password = os.environ.get(VCENTER_PASSWORD_ENV) or _keyring().get(vcenter_service(host), args.vcenter_user)
    if not password:
        raise CannotConnect(
            f"No password for {args.vcenter_user} on vCenter {host}: ${VCENTER_PASSWORD_ENV} is not set and the "
            "keyring holds none.",
            f"Set ${VCENTER_PASSWORD_ENV} for this run, or tick 'Remember the password' once in the window's "
            "vCenter dialog.",
        )
    remember_secret(password)
    from reprotect_gui.domain.errors import CertificateChanged, CertificateNotTrusted, format_thumbprint
    from reprotect_gui.vsphere import PyVmomiInventory

    try:
        inventory = PyVmomiInventory.connect(
            host,
            args.vcenter_user,
            password,
            port=port,
            pinned_thumbprint=args.vcenter_thumbprint,
            ca_file=args.vcenter_ca_file,
        )
    except CertificateChanged as exc:
        raise CannotConnect(
            f"vCenter {host} presented a certificate whose SHA-256 thumbprint ({format_thumbprint(exc.actual)}) is "
            f"not the pinned {format_thumbprint(exc.expected)}; it was refused and nothing was sent.",
            "If your vCenter administrator confirms the certificate was replaced, pass its thumbprint with "
            "--vcenter-thumbprint; otherwise someone may be intercepting the connection.",
        ) from exc
    except CertificateNotTrusted as exc:
        raise CannotConnect(
            exc.summary,
            f"Pass --vcenter-thumbprint {format_thumbprint(exc.thumbprint)} once your vCenter administrator "
            "confirms it, or --vcenter-ca-file with the CA that signed the certificate.",
        ) from exc
    named: VCenterInventory = NamedVCenter(inventory, args.vcenter_name) if args.vcenter_name else inventory
    return named, args.vcenter_user, [inventory.close]
