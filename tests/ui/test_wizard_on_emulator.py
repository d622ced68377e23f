"""The whole wizard against the local HTTPS ASR emulator, through the real Azure SDK (issue 5).

The vault is picked in the real sign-in dialog; vCenter is skipped (the wizard then says its
checks are unknown). The reprotect that reaches the emulator is checked field by field, once.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration" / "asr"))

from asr_estate import MT_WIN, PS_AZURE, classic_estate, policy_id  # noqa: E402
from asr_testkit import FAST, MemorySecrets, TestCredential  # noqa: E402
from emulator import AsrEmulator  # noqa: E402

from reprotect_gui.app import build_live_wizard  # noqa: E402
from reprotect_gui.asr.directory import AzureDirectory  # noqa: E402
from reprotect_gui.domain.models import JobState  # noqa: E402
from reprotect_gui.ui.azure_dialog import AzureVaultDialog  # noqa: E402
from reprotect_gui.ui.vcenter_dialog import VCenterConnectDialog  # noqa: E402
from tests.ui.walk import COMMIT, accept_warnings, click  # noqa: E402

pytestmark = pytest.mark.integration


@pytest.fixture
def emulator():
    emu = AsrEmulator(classic_estate(vm_count=3), job_step_seconds=0.05)
    emu.start()
    yield emu
    emu.stop()


@pytest.fixture
def live_wizard(qtbot, emulator, tmp_path, monkeypatch):
    directory = AzureDirectory(MemorySecrets(), settings=FAST, base_url=emulator.url,
                               connection_verify=emulator.ca_path,
                               credential_factory=lambda sign_in, secrets, **kw: TestCredential())

    def pick_the_vault(dialog: AzureVaultDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.vaults.count() == 2, timeout=10000)
        dialog.vaults.setCurrentRow(1)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AzureVaultDialog, "exec", pick_the_vault)
    monkeypatch.setattr(VCenterConnectDialog, "exec", lambda self: QDialog.DialogCode.Rejected)  # skip vCenter
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    wizard = build_live_wizard(directory, settings)
    assert wizard is not None
    wizard.session.poll_interval_s = 0.2
    wizard.confirm = lambda *_: True
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.session.estate is not None, timeout=10000)
    yield wizard
    wizard.session.runner.shutdown(3000)


def test_the_whole_wizard_reprotects_one_vm_on_the_emulator(qtbot, live_wizard, emulator):
    wizard = live_wizard
    assert "Not connected to vCenter" in wizard.select_page.summary.text()
    assert wizard.select_page.items.select_where(lambda i: i.name == "vm-app-01")
    click(wizard)
    click(wizard)
    target = wizard.target_page
    assert target.master_targets.select_where(lambda m: m.server_id == MT_WIN)
    assert target.process_servers.select_where(lambda p: p.server_id == PS_AZURE)
    click(wizard)
    assert wizard.datastore_page.datastores.select_where(lambda d: d.symbolic_name == "ds-vmfs-01")
    click(wizard)
    assert wizard.currentPage() is wizard.retention_page and wizard.retention_page.isComplete()  # R: preselected
    click(wizard)
    assert wizard.currentPage() is wizard.policy_page
    assert wizard.policy_page.rpo.text() == "15 minutes"
    click(wizard)
    review = wizard.review_page
    qtbot.waitUntil(lambda: bool(review.results), timeout=10000)
    assert not review.blocks(), review.verdicts_as_text()
    assert "unknown" in {v.status.value for v in review.results}  # vCenter facts: not read, said so
    accept_warnings(wizard)
    posts_before = len(emulator.reprotect_posts)
    click(wizard, COMMIT)
    click(wizard, COMMIT)  # a second click sends nothing
    qtbot.waitUntil(wizard.job_page.isComplete, timeout=30000)

    (job,) = wizard.job_page.jobs.values()
    assert job.state is JobState.SUCCEEDED
    assert len(emulator.reprotect_posts) == posts_before + 1
    sent = emulator.reprotect_posts[-1].body["properties"]
    assert sent["failoverDirection"] == "RecoveryToPrimary"
    details = sent["providerSpecificDetails"]
    assert details["instanceType"] == "InMage"
    assert details["masterTargetId"] == MT_WIN
    assert details["processServerId"] == PS_AZURE
    assert details["retentionDrive"] == "R:"
    assert details["datastoreName"] == "ds-vmfs-01"
    assert details["profileId"].lower() == policy_id().lower()
    assert details["disksToInclude"]
