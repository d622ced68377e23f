"""The connect dialog against vcsim: certificate trust by thumbprint, pin change refused,
wrong password explained, password remembered in the keyring only."""

from __future__ import annotations

import lab_shape
import pytest
from keyrings.alt.file import PlaintextKeyring

from reprotect_gui.keyring_store import KeyringSecretStore, vcenter_service
from reprotect_gui.ui.jobs import JobRunner
from reprotect_gui.ui.vcenter_dialog import VCenterConnectDialog
from reprotect_gui.vsphere import connect_inventory, format_thumbprint
from reprotect_gui.vsphere.trust import LastConnection, VCenterSettings

pytestmark = pytest.mark.integration


@pytest.fixture
def secrets(tmp_path):
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring" / "keyring_pass.cfg")
    return KeyringSecretStore(backend)


@pytest.fixture
def settings(tmp_path):
    return VCenterSettings(tmp_path / "config")


@pytest.fixture
def runner(qtbot):
    runner = JobRunner()
    yield runner
    runner.shutdown(5000)


@pytest.fixture
def make_dialog(qtbot, runner, secrets, settings, vcsim):
    dialogs = []

    def make() -> VCenterConnectDialog:
        dialog = VCenterConnectDialog(
            runner, secrets=secrets, settings=settings, connect=connect_inventory, service_for=vcenter_service
        )
        qtbot.addWidget(dialog)
        dialog.show()
        dialogs.append(dialog)
        return dialog

    yield make
    for dialog in dialogs:
        if dialog.inventory is not None:
            dialog.inventory.close()


def fill(dialog, vcsim, password=lab_shape.ADMIN_PASSWORD, remember=True) -> None:
    dialog.host_edit.setText(vcsim.host)
    dialog.port_spin.setValue(vcsim.port)
    dialog.user_edit.setText(lab_shape.ADMIN_USER)
    dialog.password_edit.setText(password)
    dialog.remember_check.setChecked(remember)


def test_untrusted_certificate_is_shown_trusted_pinned_then_connected(
    qtbot, make_dialog, vcsim, pki, settings, secrets
):
    dialog = make_dialog()
    fill(dialog, vcsim)
    dialog.connect_button.click()
    qtbot.waitUntil(dialog.trust_box.isVisible, timeout=20000)
    assert format_thumbprint(pki.cert_sha256) in dialog.trust_label.text()
    assert settings.pinned(vcsim.host, vcsim.port) is None  # nothing pinned before the click

    with qtbot.waitSignal(dialog.connected, timeout=20000) as connected:
        dialog.trust_button.click()
    assert connected.args[0] is dialog.inventory
    assert settings.pinned(vcsim.host, vcsim.port) == pki.cert_sha256
    assert secrets.get(vcenter_service(vcsim.host), lab_shape.ADMIN_USER) == lab_shape.ADMIN_PASSWORD
    assert lab_shape.ADMIN_PASSWORD not in settings.path.read_text()
    assert settings.last() == LastConnection(vcsim.host, vcsim.port, lab_shape.ADMIN_USER, True)


def test_changed_certificate_is_refused_until_confirmed(qtbot, make_dialog, vcsim, pki, settings):
    settings.pin(vcsim.host, vcsim.port, "ab" * 32)
    dialog = make_dialog()
    fill(dialog, vcsim)
    with qtbot.assertNotEmitted(dialog.connected):
        dialog.connect_button.click()
        qtbot.waitUntil(dialog.trust_box.isVisible, timeout=20000)
    text = dialog.trust_label.text()
    assert "WARNING" in text and "intercepting" in text
    assert format_thumbprint("ab" * 32) in text and format_thumbprint(pki.cert_sha256) in text
    assert not dialog.trust_button.isEnabled()

    dialog.confirm_change_check.setChecked(True)
    assert dialog.trust_button.isEnabled()
    with qtbot.waitSignal(dialog.connected, timeout=20000):
        dialog.trust_button.click()
    assert settings.pinned(vcsim.host, vcsim.port) == pki.cert_sha256


def test_a_torn_trust_file_asks_to_re_verify_and_names_the_damaged_copy(qtbot, make_dialog, vcsim, pki, settings):
    """Issue 12: a damaged vcenter.json never means "no pins" — the question says the trust file was
    damaged and where the copy is, instead of a plain first-time trust question."""
    settings.pin(vcsim.host, vcsim.port, "ab" * 32)
    torn = settings.path.read_bytes()[:25]
    settings.path.write_bytes(torn)
    dialog = make_dialog()
    fill(dialog, vcsim)
    with qtbot.assertNotEmitted(dialog.connected):
        dialog.connect_button.click()
        qtbot.waitUntil(dialog.trust_box.isVisible, timeout=20000)
    (copy,) = settings.path.parent.glob("vcenter.damaged-*.json")
    assert copy.read_bytes() == torn  # kept, byte for byte
    text = dialog.trust_label.text()
    assert "WARNING" in text and "re-verify" in text and "was damaged" in text and str(copy) in text
    assert format_thumbprint(pki.cert_sha256) in text
    with qtbot.waitSignal(dialog.connected, timeout=20000):
        dialog.trust_button.click()
    assert settings.pinned(vcsim.host, vcsim.port) == pki.cert_sha256
    assert settings.damaged_copy_for(vcsim.host, vcsim.port) is None  # re-verified: an ordinary pin again


def test_wrong_password_is_explained_and_the_form_stays_usable(qtbot, make_dialog, vcsim, pki, settings, secrets):
    settings.pin(vcsim.host, vcsim.port, pki.cert_sha256)
    dialog = make_dialog()
    fill(dialog, vcsim, password="wrong-password")
    with qtbot.assertNotEmitted(dialog.connected):
        dialog.connect_button.click()
        qtbot.waitUntil(lambda: "refused the user name or password" in dialog.status_label.text(), timeout=20000)
    assert dialog.connect_button.isEnabled() and dialog.password_edit.isEnabled()
    assert secrets.get(vcenter_service(vcsim.host), lab_shape.ADMIN_USER) is None  # nothing remembered


def test_remembered_password_is_filled_in_from_the_keyring(qtbot, make_dialog, vcsim, pki, settings, secrets):
    settings.pin(vcsim.host, vcsim.port, pki.cert_sha256)
    settings.remember_last(LastConnection(vcsim.host, vcsim.port, lab_shape.ADMIN_USER, True))
    secrets.set(vcenter_service(vcsim.host), lab_shape.ADMIN_USER, lab_shape.ADMIN_PASSWORD)
    dialog = make_dialog()
    qtbot.waitUntil(lambda: dialog.password_edit.text() == lab_shape.ADMIN_PASSWORD, timeout=10000)
    with qtbot.waitSignal(dialog.connected, timeout=20000):
        dialog.connect_button.click()


def test_unticking_remember_forgets_the_password(qtbot, make_dialog, vcsim, pki, settings, secrets):
    settings.pin(vcsim.host, vcsim.port, pki.cert_sha256)
    secrets.set(vcenter_service(vcsim.host), lab_shape.ADMIN_USER, lab_shape.ADMIN_PASSWORD)
    dialog = make_dialog()
    fill(dialog, vcsim, remember=False)
    with qtbot.waitSignal(dialog.connected, timeout=20000):
        dialog.connect_button.click()
    assert secrets.get(vcenter_service(vcsim.host), lab_shape.ADMIN_USER) is None
