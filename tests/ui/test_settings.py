"""Remembered settings (issue 7): the last vCenter host/user, the vault and sign-in method, the
language and the window geometry come back; a password never reaches a settings file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox

from reprotect_gui.asr.directory import AzureDirectory
from reprotect_gui.asr.settings import SubscriptionRef, VaultLocation
from reprotect_gui.ui import i18n
from reprotect_gui.ui.azure_dialog import AzureVaultDialog
from reprotect_gui.ui.jobs import JobRunner
from reprotect_gui.ui.vcenter_dialog import VCenterConnectDialog
from reprotect_gui.vsphere.trust import VCenterSettings

PLANTED_PASSWORD = "Planted-vC-Passw0rd!7731"
PLANTED_CLIENT_SECRET = "Planted~SP~Secret~0042"
SUBSCRIPTION = "11111111-2222-3333-4444-555555555555"
VAULT = VaultLocation(SUBSCRIPTION, "rg-dr-tokyo", "rsv-contoso-dr-japaneast", "japaneast")


class DictSecrets:
    """The OS keyring stand-in: the only place a secret may go."""

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str] = {}

    def get(self, service: str, user: str) -> str | None:
        return self.values.get((service, user))

    def set(self, service: str, user: str, secret: str) -> None:
        self.values[(service, user)] = secret

    def delete(self, service: str, user: str) -> None:
        self.values.pop((service, user), None)


class OfflineDirectory(AzureDirectory):
    """The real directory (methods, clouds, keyring handling) listing a fixed subscription and vault."""

    def list_subscriptions(self, sign_in: Any, ctx: Any) -> list[SubscriptionRef]:
        return [SubscriptionRef(SUBSCRIPTION, "DR subscription")]

    def list_vaults(self, sign_in: Any, subscription_id: str, ctx: Any) -> list[VaultLocation]:
        return [VAULT]


class FakeInventory:
    def close(self) -> None:
        pass


@pytest.fixture
def runner(qtbot) -> Iterator[JobRunner]:
    runner = JobRunner()
    yield runner
    runner.shutdown(3000)


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def open_azure_dialog(qtbot, runner, settings, secrets) -> AzureVaultDialog:
    dialog = AzureVaultDialog(OfflineDirectory(secrets), runner, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose_vault_with_a_client_secret(qtbot, dialog: AzureVaultDialog) -> None:
    dialog.method.setCurrentIndex(dialog.method.findData("service_principal_secret"))
    dialog.tenant.setText("contoso.onmicrosoft.com")
    dialog.client_id.setText("00000000-aaaa-bbbb-cccc-000000000001")
    dialog.secret.setText(PLANTED_CLIENT_SECRET)
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: dialog.vaults.count() == 1, timeout=5000)
    dialog.vaults.setCurrentRow(0)
    with qtbot.waitSignal(dialog.vault_chosen, timeout=2000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def open_vcenter_dialog(qtbot, runner, secrets, vc_settings) -> VCenterConnectDialog:
    dialog = VCenterConnectDialog(
        runner,
        secrets=secrets,
        settings=vc_settings,
        connect=lambda host, port, user, password, pinned: FakeInventory(),
        service_for=lambda host: f"reprotect_gui vCenter {host}",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def connect_with_a_password(qtbot, dialog: VCenterConnectDialog) -> None:
    dialog.host_edit.setText("vc-tokyo-01.contoso.local")
    dialog.user_edit.setText("svc-reprotect@vsphere.local")
    dialog.password_edit.setText(PLANTED_PASSWORD)
    dialog.remember_check.setChecked(True)
    with qtbot.waitSignal(dialog.connected, timeout=5000):
        dialog.connect_button.click()


def every_settings_file(*roots: Path) -> list[Path]:
    return [p for root in roots for p in root.rglob("*") if p.is_file()]


def test_a_run_remembers_its_choices_and_no_secret_reaches_a_settings_file(
    qtbot, tmp_path, runner, settings, make_wizard
):
    secrets = DictSecrets()
    vc_settings = VCenterSettings(tmp_path / "config")
    choose_vault_with_a_client_secret(qtbot, open_azure_dialog(qtbot, runner, settings, secrets))
    connect_with_a_password(qtbot, open_vcenter_dialog(qtbot, runner, secrets, vc_settings))
    wizard = make_wizard()
    wizard.remember_geometry(settings)
    wizard.resize(1000, 700)
    wizard = wizard.restart_in_language("ja")  # the language switch
    qtbot.addWidget(wizard)
    i18n.install_language("en")
    wizard.reject()  # closing saves the geometry
    settings.sync()

    # The secrets went to the keyring, and only there.
    assert PLANTED_PASSWORD in secrets.values.values() and PLANTED_CLIENT_SECRET in secrets.values.values()
    files = every_settings_file(tmp_path)
    assert {p.name for p in files} >= {"settings.ini", "vcenter.json"}
    for path in files:
        raw = path.read_bytes()
        assert PLANTED_PASSWORD.encode() not in raw, path
        assert PLANTED_CLIENT_SECRET.encode() not in raw, path
    # What is remembered is there (so the scan above read the right files).
    ini = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    for expected in ("method=service_principal_secret", "rsv-contoso-dr-japaneast", "language=ja", "geometry="):
        assert expected in ini
    assert "vc-tokyo-01.contoso.local" in (tmp_path / "config" / "vcenter.json").read_text(encoding="utf-8")


def test_the_vault_dialog_comes_back_with_the_last_method_and_vault(qtbot, runner, settings):
    secrets = DictSecrets()
    choose_vault_with_a_client_secret(qtbot, open_azure_dialog(qtbot, runner, settings, secrets))
    again = open_azure_dialog(qtbot, runner, settings, secrets)
    assert again.method.currentData() == "service_principal_secret"
    assert again.client_id.text() == "00000000-aaaa-bbbb-cccc-000000000001"
    assert again.secret.text() == "" and "keyring" in again.secret.placeholderText()
    again.sign_in_button.click()
    qtbot.waitUntil(lambda: again.chosen_vault() is not None, timeout=5000)
    assert again.chosen_vault() == VAULT


def test_the_vcenter_dialog_comes_back_with_the_last_host_and_user(qtbot, tmp_path, runner):
    secrets = DictSecrets()
    vc_settings = VCenterSettings(tmp_path / "config")
    connect_with_a_password(qtbot, open_vcenter_dialog(qtbot, runner, secrets, vc_settings))
    again = open_vcenter_dialog(qtbot, runner, secrets, vc_settings)
    assert again.host_edit.text() == "vc-tokyo-01.contoso.local"
    assert again.user_edit.text() == "svc-reprotect@vsphere.local"
    # The password comes from the keyring (on a worker), not from the settings file.
    qtbot.waitUntil(lambda: again.password_edit.text() == PLANTED_PASSWORD, timeout=5000)


def test_the_window_geometry_comes_back(qtbot, settings, make_wizard):
    first = make_wizard()
    first.remember_geometry(settings)
    first.resize(760, 560)  # within the offscreen screen (800 × 600): restoring clamps to it
    first.reject()
    second = make_wizard()
    assert second.size().width() != 760  # the default, until the app asks for the remembered one
    second.remember_geometry(settings)
    assert (second.size().width(), second.size().height()) == (760, 560)


def test_a_damaged_geometry_value_is_ignored(qtbot, settings, make_wizard):
    settings.setValue("wizard/geometry", "not a geometry")
    wizard = make_wizard()
    default = wizard.size()
    wizard.remember_geometry(settings)
    assert wizard.size() == default


def test_the_first_window_fits_the_screen(qtbot, make_wizard):
    """At 200 % a 1920 × 1080 display has 960 × 540 logical pixels; the offscreen screen is 800 × 600."""
    wizard = make_wizard()
    room = wizard.screen().availableGeometry()
    assert wizard.width() <= room.width() and wizard.height() <= room.height()
