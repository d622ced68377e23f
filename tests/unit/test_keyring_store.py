"""The vCenter password lives in the keyring only: never in settings files, never in logs.

A real keyring backend that needs no desktop session (keyrings.alt's file backend), in a tmp dir.
"""

from __future__ import annotations

import logging

import pytest
from keyrings.alt.file import PlaintextKeyring

from reprotect_gui.keyring_store import KeyringSecretStore, SecretStoreUnavailable, vcenter_service
from reprotect_gui.vsphere.trust import LastConnection, VCenterSettings

PASSWORD = "S3cret!-not-in-files-or-logs"


@pytest.fixture
def backend(tmp_path):
    keyring = PlaintextKeyring()
    keyring.file_path = str(tmp_path / "keyring" / "keyring_pass.cfg")
    return keyring


@pytest.fixture
def store(backend):
    return KeyringSecretStore(backend)


def test_round_trip_per_host_and_user(store):
    service = vcenter_service("VC-Tokyo-01.contoso.local ")
    store.set(service, "administrator@vsphere.local", PASSWORD)
    assert store.get(vcenter_service("vc-tokyo-01.contoso.local"), "administrator@vsphere.local") == PASSWORD
    assert store.get(service, "someone-else@vsphere.local") is None
    assert store.get(vcenter_service("vc-osaka-01"), "administrator@vsphere.local") is None


def test_delete_forgets_and_deleting_twice_is_harmless(store):
    service = vcenter_service("vc-tokyo-01")
    store.set(service, "admin", PASSWORD)
    store.delete(service, "admin")
    assert store.get(service, "admin") is None
    store.delete(service, "admin")


def test_password_never_in_settings_files_or_logs(store, backend, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    config = tmp_path / "config"
    settings = VCenterSettings(config)
    service = vcenter_service("vc-tokyo-01")

    store.set(service, "admin", PASSWORD)
    settings.pin("vc-tokyo-01", 443, "AB:" * 31 + "AB")
    settings.remember_last(LastConnection("vc-tokyo-01", 443, "admin", remember_password=True))
    assert store.get(service, "admin") == PASSWORD

    files = [p for p in config.rglob("*") if p.is_file()]
    assert files  # the settings were written
    for path in files:
        assert PASSWORD not in path.read_text()
    assert PASSWORD not in caplog.text
    assert "stored in the keyring" in caplog.text  # the logging was on, and said what it did


def test_a_broken_keyring_becomes_a_sentence(tmp_path):
    from keyring.backends.fail import Keyring as FailKeyring

    store = KeyringSecretStore(FailKeyring())
    with pytest.raises(SecretStoreUnavailable) as caught:
        store.set(vcenter_service("vc"), "admin", PASSWORD)
    assert "keyring" in caught.value.summary and caught.value.next_step
    assert PASSWORD not in str(caught.value)


def test_settings_remember_pins_per_host_and_port(tmp_path):
    settings = VCenterSettings(tmp_path)
    settings.pin("VC-01", 443, "ab:cd")
    assert settings.pinned("vc-01", 443) == "abcd"
    assert settings.pinned("vc-01", 8443) is None
    assert VCenterSettings(tmp_path).last() is None


@pytest.mark.parametrize(
    "content",
    [
        b'{"pins": {"vc-01:443": "abcd"',
        b"\xff\xfe",
        b"[" * 100_000,
        b'{"pins": ["vc-01:443"]}',
        b'{"pins": {"vc-01:443": 7}}',
    ],
    ids=["torn", "invalid UTF-8", "nested too deep", "pins not a mapping", "a pin not a thumbprint"],
)
def test_a_damaged_trust_file_is_kept_aside_and_never_means_no_pins(tmp_path, content):
    settings = VCenterSettings(tmp_path)
    settings.path.write_bytes(content)
    assert settings.pinned("vc-01", 443) is None
    (copy,) = tmp_path.glob("vcenter.damaged-*.json")
    assert copy.read_bytes() == content
    assert settings.damaged_copy_for("vc-01", 443) == str(copy)  # connecting asks to re-verify
    settings.remember("vc-02", 443, "admin", False)  # a later save keeps the marker, not silence
    assert VCenterSettings(tmp_path).damaged_copy_for("vc-01", 443) == str(copy)
    settings.pin("vc-01", 443, "ef:01")
    assert settings.damaged_copy_for("vc-01", 443) is None and settings.pinned("vc-01", 443) == "ef01"


def test_the_trust_file_is_replaced_atomically_with_fsync_of_file_and_folder(tmp_path, monkeypatch):
    import os as os_module

    from reprotect_gui.vsphere import trust

    synced = []
    real_fsync = os_module.fsync

    def spy(fd):
        synced.append(os_module.path.isdir(f"/proc/self/fd/{fd}") if os_module.path.exists("/proc/self/fd") else None)
        return real_fsync(fd)

    monkeypatch.setattr(trust.os, "fsync", spy)
    VCenterSettings(tmp_path).pin("vc-01", 443, "ab:cd")
    if os_module.name == "posix" and os_module.path.exists("/proc/self/fd"):
        assert synced == [False, True]  # the file, then its folder
    assert [p.name for p in tmp_path.iterdir()] == ["vcenter.json"]  # no scratch file left


def test_an_unreadable_trust_file_is_not_written_over(tmp_path, monkeypatch):
    settings = VCenterSettings(tmp_path)
    settings.pin("vc-01", 443, "ab:cd")
    real_read = type(settings.path).read_bytes

    def denied(path):
        if path == settings.path:
            raise PermissionError(13, "Permission denied")
        return real_read(path)

    monkeypatch.setattr(type(settings.path), "read_bytes", denied)
    assert settings.damaged_copy_for("vc-01", 443) == str(settings.path)
    settings.pin("vc-02", 443, "ef:01")
    monkeypatch.undo()
    (copy,) = tmp_path.glob("vcenter.damaged-*.json")
    assert '"vc-01:443": "abcd"' in copy.read_text(encoding="utf-8")  # the old pins are kept aside


def test_a_trust_file_that_cannot_be_saved_is_a_sentence(tmp_path):
    from reprotect_gui.vsphere.trust import TrustFileNotSaved

    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(TrustFileNotSaved) as raised:
        VCenterSettings(blocker).pin("vc-01", 443, "ab:cd")
    assert "could not be saved" in raised.value.summary and raised.value.next_step
