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
    directory = AzureDirectory(
        MemorySecrets(),
        settings=FAST,
        base_url=emulator.url,
        connection_verify=emulator.ca_path,
        credential_factory=lambda sign_in, secrets, **kw: TestCredential(),
    )

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
    wizard.session.time_scale = 0.1
    wizard.session.confirm = lambda *_: True
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


def _estate_named_like_the_training_site() -> dict:
    """The emulator's vault, with the datastore and vCenter names of the training vCenter."""
    import json

    text = json.dumps(classic_estate(vm_count=3))
    for old, new in (
        ("ds-vmfs-01", "ds-vmfs-gold-01"),
        ("ds-vsan-01", "vsanDatastore"),
        ("ds-nfs-01", "nfs-templates"),
        ("vcenter01.contoso.local", "vc-tokyo-01.contoso.local"),
        ('"discoveryStatus": "Pending"', '"discoveryStatus": "Connected"'),
    ):
        text = text.replace(old, new)
    return json.loads(text)


def test_the_whole_wizard_on_the_emulator_with_the_training_vcenter(qtbot, tmp_path, monkeypatch):
    from reprotect_gui.training.backends import TrainingVCenter
    from reprotect_gui.training.scenario import load_scenario

    emu = AsrEmulator(_estate_named_like_the_training_site(), job_step_seconds=0.05)
    emu.start()
    try:
        directory = AzureDirectory(
            MemorySecrets(),
            settings=FAST,
            base_url=emu.url,
            connection_verify=emu.ca_path,
            credential_factory=lambda sign_in, secrets, **kw: TestCredential(),
        )

        def pick_the_vault(dialog: AzureVaultDialog) -> int:
            qtbot.addWidget(dialog)
            qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: dialog.vaults.count() == 2, timeout=10000)
            dialog.vaults.setCurrentRow(1)
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
            return QDialog.DialogCode.Accepted

        def connect_training_vcenter(dialog: VCenterConnectDialog) -> int:
            dialog.inventory = TrainingVCenter(load_scenario(), latency_s=0.01)
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(AzureVaultDialog, "exec", pick_the_vault)
        monkeypatch.setattr(VCenterConnectDialog, "exec", connect_training_vcenter)
        wizard = build_live_wizard(directory, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        assert wizard is not None
        wizard.session.time_scale = 0.1
        wizard.session.confirm = lambda *_: True
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitUntil(lambda: wizard.session.estate is not None, timeout=10000)
        assert wizard.session.estate.vcenter_problem == ""
        assert wizard.select_page.items.select_where(lambda i: i.name == "vm-app-01")
        click(wizard)
        click(wizard)
        assert wizard.target_page.master_targets.select_where(lambda m: m.server_id == MT_WIN)
        assert wizard.session.site.master_target(MT_WIN).esxi_host == "esx-01.contoso.local"  # from vCenter
        click(wizard)
        rows = {row[0]: row[-1] for row in wizard.datastore_page.datastores.row_texts()}
        assert "DS-01" in rows["nfs-templates"]
        assert wizard.datastore_page.datastores.select_where(lambda d: d.symbolic_name == "ds-vmfs-gold-01")
        for _ in range(3):
            click(wizard)
        review = wizard.review_page
        qtbot.waitUntil(lambda: bool(review.results), timeout=10000)
        statuses = {(v.check_id, v.subject): v.status.value for v in review.results}
        assert statuses[("MT-04", "mt-win-01")] == "pass" and statuses[("INF-08", "mt-win-01")] == "pass"
        assert not review.blocks(), review.verdicts_as_text()
        accept_warnings(wizard)
        click(wizard, COMMIT)
        qtbot.waitUntil(wizard.job_page.isComplete, timeout=30000)
        (job,) = wizard.job_page.jobs.values()
        assert job.state is JobState.SUCCEEDED
        assert len(emu.reprotect_posts) == 1
        assert (
            emu.reprotect_posts[0].body["properties"]["providerSpecificDetails"]["datastoreName"] == "ds-vmfs-gold-01"
        )
        wizard.session.runner.shutdown(3000)
    finally:
        emu.stop()


def test_a_202_with_nothing_to_track_is_followed_once_its_job_shows_and_journaled(
    qtbot, live_wizard, emulator, tmp_path
):
    """Issue 11: Azure accepts the reprotect (202) but sends neither Location nor Azure-AsyncOperation.
    The page says so, keeps reading the item, follows the job when it shows, and journals it then."""
    import json

    from asr_testkit import request_for
    from emulator import Fault

    from reprotect_gui.asr.settings import VaultLocation
    from reprotect_gui.asr.site_recovery import ArmSiteRecovery
    from reprotect_gui.services.audit import AuditLog
    from reprotect_gui.services.journal import JobJournal

    wizard = live_wizard
    wizard.session.journal = JobJournal(tmp_path)
    wizard.session.audit = AuditLog(tmp_path)
    assert wizard.select_page.items.select_where(lambda i: i.name == "vm-app-01")
    click(wizard)
    click(wizard)
    assert wizard.target_page.master_targets.select_where(lambda m: m.server_id == MT_WIN)
    assert wizard.target_page.process_servers.select_where(lambda p: p.server_id == PS_AZURE)
    click(wizard)
    assert wizard.datastore_page.datastores.select_where(lambda d: d.symbolic_name == "ds-vmfs-01")
    for _ in range(3):
        click(wizard)
    qtbot.waitUntil(lambda: bool(wizard.review_page.results), timeout=10000)
    accept_warnings(wizard)
    emulator.inject(Fault.accepted_untracked())  # answered before it was handled: no job yet
    click(wizard, COMMIT)
    page = wizard.job_page
    qtbot.waitUntil(lambda: bool(page.outcomes), timeout=10000)
    (outcome,) = page.outcomes
    assert outcome.awaiting_job and outcome.job_id is None
    qtbot.waitUntil(lambda: page.tree.topLevelItem(0).text(2) == "Looking for its job…", timeout=5000)
    assert JobJournal(tmp_path).pending() == ()  # no job ID yet, nothing to journal
    # ASR starts the job late (as seen by another client): the page finds it on the item and follows it.
    location = VaultLocation(emulator.subscription_id, emulator.resource_group, emulator.vault)
    other = ArmSiteRecovery(
        TestCredential(), location, settings=FAST, base_url=emulator.url, connection_verify=emulator.ca_path
    )
    job_id = other.submit_reprotect(request_for("vm-app-01", ps=PS_AZURE)).job_id
    qtbot.waitUntil(page.report_ready, timeout=30000)
    assert page.jobs[job_id].state is JobState.SUCCEEDED and page.job_ids() == [job_id]
    records = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text(encoding="utf-8").splitlines()]
    events = [(r["event"], r.get("job_id")) for r in records if r["event"].startswith("job.")]
    assert ("job.accepted", job_id) in events and ("job.ended", job_id) in events
    assert not any(e == "job.not_started" for e, _ in events)
    assert JobJournal(tmp_path).pending() == ()  # journaled when found, dropped at its end
