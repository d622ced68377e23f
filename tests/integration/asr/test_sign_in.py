"""Sign-in methods, sovereign clouds, and subscription → vault listing on the emulator."""

from __future__ import annotations

import datetime as dt

import pytest
from asr_estate import RESOURCE_GROUP, SUBSCRIPTION, VAULT
from asr_testkit import FAST, MemorySecrets, TestCredential
from emulator import Fault

from reprotect_gui.asr.credentials import (
    CERTIFICATE_PASSWORD_SERVICE,
    SECRET_SERVICE,
    build_credential,
    has_client_secret,
    secret_user,
    store_client_secret,
)
from reprotect_gui.asr.directory import AzureDirectory
from reprotect_gui.asr.errors import AzurePermissionDenied, AzureSignInFailed
from reprotect_gui.asr.settings import (
    CHINA_CLOUD,
    PUBLIC_CLOUD,
    US_GOV_CLOUD,
    SignIn,
    SignInMethod,
)

TENANT, APP = "72f988bf-86f1-41af-91ab-2d7cd011db47", "0c3a2d1e-5b4f-4e6a-9d8c-7b6a5f4e3d2c"


@pytest.fixture
def directory(emulator):
    credential = TestCredential()
    made = []

    def factory(sign_in, secrets, **kwargs):
        made.append(sign_in)
        return credential

    directory = AzureDirectory(
        MemorySecrets(),
        settings=FAST,
        base_url=emulator.url,
        connection_verify=emulator.ca_path,
        credential_factory=factory,
    )
    directory.made = made
    return directory


def test_subscriptions_then_vaults(directory, ctx, emulator):
    sign_in = SignIn()
    (subscription,) = directory.list_subscriptions(sign_in, ctx)
    assert (subscription.subscription_id, subscription.name, subscription.state) == (
        SUBSCRIPTION,
        "Contoso DR",
        "Enabled",
    )

    vaults = directory.list_vaults(sign_in, subscription.subscription_id, ctx)
    assert [(v.vault_name, v.resource_group, v.location) for v in vaults] == [
        ("vault-backup", "rg-backup", "northeurope"),
        (VAULT, RESOURCE_GROUP, "westeurope"),
    ]
    assert len(directory.made) == 1  # one sign-in serves both listings

    site = directory.site_recovery(sign_in, vaults[1]).read_site(ctx)
    assert site.vault_name == VAULT and len(site.items) == 3


def test_vault_listing_forbidden_names_the_subscription(directory, ctx, emulator):
    emulator.inject(
        Fault.forbidden(
            "Microsoft.RecoveryServices/vaults/read", f"/subscriptions/{SUBSCRIPTION}", path_contains="/vaults"
        )
    )
    with pytest.raises(AzurePermissionDenied) as err:
        directory.list_vaults(SignIn(), SUBSCRIPTION, ctx)
    assert f"the subscription {SUBSCRIPTION}" in err.value.summary and err.value.role == "Site Recovery Reader"


def test_failed_sign_in_is_forgotten_so_the_next_try_signs_in_afresh(emulator, ctx):
    from azure.core.exceptions import ClientAuthenticationError

    attempts = []

    def factory(sign_in, secrets, **kwargs):
        attempts.append(sign_in)
        if len(attempts) == 1:
            return TestCredential(fail_with=ClientAuthenticationError("The user cancelled the sign-in."))
        return TestCredential()

    directory = AzureDirectory(
        MemorySecrets(),
        settings=FAST,
        base_url=emulator.url,
        connection_verify=emulator.ca_path,
        credential_factory=factory,
    )
    with pytest.raises(AzureSignInFailed) as err:
        directory.list_subscriptions(SignIn(), ctx)
    assert "cancelled" in err.value.summary
    assert directory.list_subscriptions(SignIn(), ctx)
    assert len(attempts) == 2


@pytest.mark.parametrize("cloud", [PUBLIC_CLOUD, CHINA_CLOUD, US_GOV_CLOUD])
def test_sovereign_clouds_sign_in_at_their_authority(cloud):
    from azure.identity import InteractiveBrowserCredential

    credential = build_credential(SignIn(SignInMethod.INTERACTIVE_BROWSER, cloud), MemorySecrets())
    assert isinstance(credential, InteractiveBrowserCredential)
    assert cloud.authority_host.removeprefix("https://") in credential._authority  # noqa: SLF001


@pytest.mark.parametrize("cloud", [CHINA_CLOUD, US_GOV_CLOUD])
def test_sovereign_cloud_scope_and_endpoint_reach_arm(emulator, cloud, ctx):
    """The token is asked for the cloud's ARM scope (base_url stays the emulator here)."""
    from reprotect_gui.asr.settings import VaultLocation
    from reprotect_gui.asr.site_recovery import ArmSiteRecovery

    credential = TestCredential()
    adapter = ArmSiteRecovery(
        credential,
        VaultLocation(SUBSCRIPTION, RESOURCE_GROUP, VAULT),
        cloud=cloud,
        settings=FAST,
        base_url=emulator.url,
        connection_verify=emulator.ca_path,
    )
    adapter.read_item(emulator.get("items", next(iter(emulator._collections["items"])))["id"])
    assert credential.scopes == [(cloud.arm_scope,)]


def test_device_code_and_cli_credentials():
    from azure.identity import AzureCliCredential, DeviceCodeCredential

    shown = []
    device = build_credential(
        SignIn(SignInMethod.DEVICE_CODE, US_GOV_CLOUD, tenant_id=TENANT),
        MemorySecrets(),
        device_code_prompt=lambda url, code, expires: shown.append(code),
    )
    assert isinstance(device, DeviceCodeCredential)
    assert isinstance(build_credential(SignIn(SignInMethod.AZURE_CLI), MemorySecrets()), AzureCliCredential)


def test_service_principal_secret_comes_from_the_keyring():
    from azure.identity import ClientSecretCredential

    secrets = MemorySecrets()
    sign_in = SignIn(SignInMethod.SERVICE_PRINCIPAL_SECRET, PUBLIC_CLOUD, tenant_id=TENANT, client_id=APP)
    with pytest.raises(AzureSignInFailed) as err:
        build_credential(sign_in, secrets)
    assert APP in err.value.summary and "keyring" in err.value.next_step

    store_client_secret(secrets, sign_in, "s3cr3t-value")
    assert secrets.values == {(SECRET_SERVICE, f"{TENANT}/{APP}"): "s3cr3t-value"}
    assert has_client_secret(secrets, sign_in) and secret_user(sign_in) == f"{TENANT}/{APP}"
    assert "s3cr3t-value" not in repr(sign_in)  # the sign-in value never carries the secret
    assert isinstance(build_credential(sign_in, secrets), ClientSecretCredential)


def test_service_principal_needs_tenant_and_app():
    with pytest.raises(AzureSignInFailed) as err:
        build_credential(SignIn(SignInMethod.SERVICE_PRINCIPAL_SECRET, client_id=APP), MemorySecrets())
    assert "tenant id" in err.value.summary


def test_service_principal_certificate(tmp_path):
    from azure.identity import CertificateCredential
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "reprotect-gui-sp")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    pem = tmp_path / "sp.pem"
    pem.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        + cert.public_bytes(serialization.Encoding.PEM)
    )
    sign_in = SignIn(SignInMethod.SERVICE_PRINCIPAL_CERTIFICATE, CHINA_CLOUD, TENANT, APP, str(pem))
    assert isinstance(build_credential(sign_in, MemorySecrets()), CertificateCredential)

    missing = SignIn(SignInMethod.SERVICE_PRINCIPAL_CERTIFICATE, CHINA_CLOUD, TENANT, APP, str(tmp_path / "none.pem"))
    with pytest.raises(AzureSignInFailed) as err:
        build_credential(missing, MemorySecrets())
    assert "could not be used" in err.value.summary

    locked = tmp_path / "sp-locked.pem"
    locked.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(b"pfx-pass"),
        )
        + cert.public_bytes(serialization.Encoding.PEM)
    )
    sign_in = SignIn(SignInMethod.SERVICE_PRINCIPAL_CERTIFICATE, CHINA_CLOUD, TENANT, APP, str(locked))
    with pytest.raises(AzureSignInFailed):
        build_credential(sign_in, MemorySecrets())  # no password in the keyring
    secrets = MemorySecrets()
    secrets.set(CERTIFICATE_PASSWORD_SERVICE, f"{TENANT}/{APP}", "pfx-pass")
    assert isinstance(build_credential(sign_in, secrets), CertificateCredential)


# --- issue 12: network failures during sign-in name the host, not the tenant -----------------------


@pytest.fixture
def offline_names(monkeypatch):
    """Every name but localhost fails to resolve: no test reaches a non-loopback address."""
    import socket

    real = socket.getaddrinfo

    def resolve(host, *args, **kwargs):
        if host in ("localhost", "127.0.0.1", "::1"):
            return real(host, *args, **kwargs)
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", resolve)


def service_principal_directory(emulator, secrets):
    sign_in = SignIn(SignInMethod.SERVICE_PRINCIPAL_SECRET, PUBLIC_CLOUD, TENANT, APP)
    store_client_secret(secrets, sign_in, "s3cret-value-for-the-test")
    directory = AzureDirectory(secrets, settings=FAST, base_url=emulator.url, connection_verify=emulator.ca_path)
    return directory, sign_in


def test_sign_in_without_dns_names_the_host_it_could_not_find(emulator, ctx, offline_names, monkeypatch):
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    directory, sign_in = service_principal_directory(emulator, MemorySecrets())
    with pytest.raises(AzureSignInFailed) as err:
        directory.list_subscriptions(sign_in, ctx)
    assert "could not find the address of login.microsoftonline.com (DNS)" in err.value.summary
    assert "tenant" not in err.value.next_step and "DNS" in err.value.next_step
    assert "Name or service not known" not in err.value.summary  # the raw text is behind Details
    assert "Name or service not known" in str(err.value.__cause__)


def test_sign_in_through_an_unreachable_proxy_names_the_proxy(emulator, ctx, offline_names, monkeypatch):
    import socket

    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{port}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    directory, sign_in = service_principal_directory(emulator, MemorySecrets())
    with pytest.raises(AzureSignInFailed) as err:
        directory.list_subscriptions(sign_in, ctx)
    assert f"the proxy this computer is set to use (127.0.0.1:{port}) could not be reached" in err.value.summary
    assert "proxy settings" in err.value.next_step and "tenant" not in err.value.next_step


def test_sign_in_without_a_route_names_the_host(emulator, ctx, monkeypatch):
    import urllib3.util.connection

    def no_route(address, *args, **kwargs):
        raise OSError(113, "No route to host")

    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(urllib3.util.connection, "create_connection", no_route)
    monkeypatch.setattr("urllib3.connection.connection.create_connection", no_route)
    directory, sign_in = service_principal_directory(emulator, MemorySecrets())
    with pytest.raises(AzureSignInFailed) as err:
        directory.list_subscriptions(sign_in, ctx)
    assert "no network route from this computer to login.microsoftonline.com" in err.value.summary


def test_a_refused_client_secret_still_says_what_azure_ad_said():
    """Not a network failure: Azure's reason stays, every line of it (issue 14: the last line was lost), quoted as
    Azure's own words, with the tenant advice."""
    from azure.core.exceptions import ClientAuthenticationError

    from reprotect_gui.asr.faults import translate

    err = translate(
        ClientAuthenticationError("AADSTS7000215: Invalid client secret provided.\nTrace ID: x"),
        doing="sign in",
        vault="",
    )
    assert err.summary == (
        "Signing in to Azure failed. Azure's own words: “AADSTS7000215: Invalid client secret provided. Trace ID: x”"
    )
    assert "tenant" in err.next_step
