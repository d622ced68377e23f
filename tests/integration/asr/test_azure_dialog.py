"""The Azure sign-in / vault picker dialog against the emulator (pytest-qt, offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from asr_estate import SUBSCRIPTION, VAULT, vault_id  # noqa: E402
from asr_testkit import FAST, MemorySecrets, TestCredential  # noqa: E402
from emulator import Fault  # noqa: E402

from reprotect_gui.asr.directory import AzureDirectory  # noqa: E402


@pytest.fixture
def runner(qtbot):
    from reprotect_gui.ui.jobs import JobRunner

    runner = JobRunner()
    yield runner
    runner.shutdown(3000)


@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def secrets():
    return MemorySecrets()


@pytest.fixture
def directory(emulator, secrets):
    return AzureDirectory(
        secrets,
        settings=FAST,
        base_url=emulator.url,
        connection_verify=emulator.ca_path,
        credential_factory=lambda sign_in, secrets, **kw: TestCredential(),
    )


def open_dialog(qtbot, directory, runner, settings):
    from reprotect_gui.ui.azure_dialog import AzureVaultDialog

    dialog = AzureVaultDialog(directory, runner, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def sign_in_and_wait_for_vaults(qtbot, dialog):
    from PySide6.QtCore import Qt

    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.vaults.count() == 2, timeout=5000)


def test_pick_a_vault_and_remember_it(qtbot, directory, runner, settings):
    dialog = open_dialog(qtbot, directory, runner, settings)
    assert dialog.method.currentData() == "interactive_browser"  # the desktop default
    assert not dialog.client_id.isVisible() and not dialog.secret.isVisible()
    sign_in_and_wait_for_vaults(qtbot, dialog)
    assert dialog.subscription.currentData() == SUBSCRIPTION
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()

    dialog.vaults.setCurrentRow(1)
    assert dialog.chosen_vault().vault_name == VAULT
    with qtbot.waitSignal(dialog.vault_chosen, timeout=2000) as chosen:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    sign_in, vault = chosen.args
    assert vault.arm_id.lower() == vault_id().lower() and sign_in.cloud.key == "public"
    assert settings.value("azure/vault").lower() == vault_id().lower()

    again = open_dialog(qtbot, directory, runner, settings)
    sign_in_and_wait_for_vaults(qtbot, again)
    assert again.chosen_vault() is not None and again.chosen_vault().vault_name == VAULT  # remembered


def test_service_principal_secret_goes_to_the_keyring_not_the_settings(
    qtbot, directory, runner, settings, secrets, tmp_path
):
    dialog = open_dialog(qtbot, directory, runner, settings)
    dialog.method.setCurrentIndex(dialog.method.findData("service_principal_secret"))
    assert dialog.secret.isVisible() and dialog.client_id.isVisible() and not dialog.certificate.isVisible()
    dialog.tenant.setText("72f988bf-86f1-41af-91ab-2d7cd011db47")
    dialog.client_id.setText("0c3a2d1e-5b4f-4e6a-9d8c-7b6a5f4e3d2c")
    dialog.secret.setText("very-secret-value")
    sign_in_and_wait_for_vaults(qtbot, dialog)
    assert list(secrets.values.values()) == ["very-secret-value"]
    assert dialog.secret.text() == "" and "keyring" in dialog.secret.placeholderText()
    dialog.vaults.setCurrentRow(1)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    settings.sync()
    assert "very-secret-value" not in (tmp_path / "settings.ini").read_text()
    assert settings.value("azure/method") == "service_principal_secret"


def test_listing_failure_is_a_sentence_with_retry(qtbot, directory, runner, settings, emulator):
    emulator.inject(
        Fault.forbidden(
            "Microsoft.RecoveryServices/vaults/read", f"/subscriptions/{SUBSCRIPTION}", path_contains="/vaults"
        )
    )
    dialog = open_dialog(qtbot, directory, runner, settings)
    from PySide6.QtCore import Qt

    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Site Recovery Reader" in dialog.busy.text, timeout=5000)
    assert dialog.vaults.count() == 0
    dialog.busy.retry_requested.emit()
    qtbot.waitUntil(lambda: dialog.vaults.count() == 2, timeout=5000)
    assert not dialog.busy.isVisible()
