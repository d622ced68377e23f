"""Issue 8's acceptance on the emulator: the real wizard, the real ARM adapter, the training vCenter.

A modernized item is walked from selection to a succeeded job; the body the emulator received
is asserted field by field.
"""

from __future__ import annotations

import pytest
from asr_estate import LOG_ACCOUNT, RA_HEALTHY, RCM_FAILBACK_POLICY, mixed_estate, policy_id, rcm_item_id

from reprotect_gui.domain.models import JobState
from reprotect_gui.services.clock import SystemClock
from reprotect_gui.training.backends import TrainingVCenter
from reprotect_gui.training.scenario import load_scenario
from reprotect_gui.ui.jobs import JobRunner
from reprotect_gui.ui.wizard.base import WizardSession
from reprotect_gui.ui.wizard.wizard import ReprotectWizard
from tests.ui.walk import COMMIT, accept_warnings, click, go_to_modernized_review


@pytest.fixture
def estate():
    return mixed_estate(vm_count=1)


@pytest.fixture
def wizard(qtbot, adapter):
    runner = JobRunner()
    session = WizardSession(
        site_recovery=adapter,
        vcenter=TrainingVCenter(load_scenario(), latency_s=0.01),
        clock=SystemClock(),
        runner=runner,
        time_scale=0.025,
    )
    wiz = ReprotectWizard(session)
    runner.setParent(wiz)
    wiz.session.confirm = lambda *_: True  # the confirmation dialog is accepted
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitUntil(lambda: session.estate is not None, timeout=10000)
    yield wiz
    runner.shutdown(2000)


def test_a_modernized_item_walks_to_a_succeeded_job_on_the_emulator(qtbot, emulator, wizard):
    go_to_modernized_review(qtbot, wizard, vm="intranet-01")
    review = wizard.review_page
    assert not review.blocks(), review.verdicts_as_text()
    assert "appliance-tokyo-01" in review.summary.toPlainText()
    accept_warnings(wizard)
    click(wizard, COMMIT)
    qtbot.waitUntil(wizard.job_page.isComplete, timeout=20000)
    (job,) = wizard.job_page.jobs.values()
    assert job.state is JobState.SUCCEEDED

    (post,) = emulator.reprotect_posts
    assert post.path.lower() == f"{rcm_item_id('intranet-01')}/reProtect".lower()
    assert post.status == 202
    body = post.body
    assert list(body) == ["properties"]
    assert body["properties"]["failoverDirection"] == "RecoveryToPrimary"
    details = body["properties"]["providerSpecificDetails"]
    assert details["instanceType"] == "InMageRcm"
    assert details["reprotectAgentId"] == RA_HEALTHY  # the healthy appliance, preselected (RCM-01)
    assert details["datastoreName"] == "ds-vmfs-gold-01"  # the VM's own datastore, chosen automatically (RCM-03)
    assert details["logStorageAccountId"] == LOG_ACCOUNT  # reused from the forward replication (RCM-05)
    assert details["policyId"] == policy_id(RCM_FAILBACK_POLICY)
    assert set(details) == {"instanceType", "reprotectAgentId", "datastoreName", "logStorageAccountId", "policyId"}
    after = emulator.get("items", rcm_item_id("intranet-01"))["properties"]
    assert after["providerSpecificDetails"]["instanceType"] == "InMageRcmFailback"


def test_the_unhealthy_appliance_is_listed_not_selectable_on_the_emulator(qtbot, wizard):
    assert wizard.select_page.items.select_where(lambda i: i.name == "wiki-01")
    click(wizard)
    click(wizard)
    rows = {r[0]: r for r in wizard.appliance_page.appliances.row_texts()}
    assert rows["appliance-tokyo-01"][4] == "3 + 2 / 60"  # portal-01's disks already use it (RCM-04)
    assert "RCM-01" in rows["appliance-tokyo-02"][-1]
    assert wizard.session.selection.appliance_id == RA_HEALTHY
