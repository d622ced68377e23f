"""The wizard, page by page, with vCenter facts read from vcsim and the training estate's vault."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reprotect_gui.domain.models import JobState
from reprotect_gui.services.clock import SystemClock
from reprotect_gui.training.backends import TrainingSiteRecovery
from reprotect_gui.training.scenario import load_scenario
from reprotect_gui.ui.jobs import JobRunner
from reprotect_gui.ui.wizard.base import WizardSession
from reprotect_gui.ui.wizard.wizard import ReprotectWizard
from tests.ui.walk import COMMIT, accept_warnings, click, go_to_review

pytestmark = pytest.mark.integration


class NamedAs:
    """vcsim answers at 127.0.0.1; present it under the vCenter name ASR knows."""

    def __init__(self, inventory, name: str) -> None:
        self._inventory, self._name = inventory, name

    def read_estate(self, focus, ctx):
        return replace(self._inventory.read_estate(focus, ctx), vcenter_name=self._name)


@pytest.fixture
def wizard(qtbot, make_inventory):
    scenario = load_scenario()
    clock = SystemClock()
    runner = JobRunner()
    session = WizardSession(
        site_recovery=TrainingSiteRecovery(scenario, clock, latency_s=0.01, speed=400),
        vcenter=NamedAs(make_inventory(), scenario.vcenter().vcenter_name),
        clock=clock,
        runner=runner,
        is_training=True,
        time_scale=0.025,
    )
    w = ReprotectWizard(session)
    w.session.confirm = lambda *_: True
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: session.estate is not None, timeout=20000)
    yield w
    runner.shutdown(3000)


def test_vcenter_facts_from_vcsim_reach_the_pages_and_the_review(qtbot, wizard):
    assert wizard.session.estate.vcenter_problem == ""
    assert wizard.session.estate.matches["app-lnx-01"].vm is not None
    go_to_review(qtbot, wizard, plan="RP-Linux-Apps", datastore="ds-vmfs-gold-01")
    placed = wizard.session.site.master_target("mt-lnx-01")
    assert placed.esxi_host == "esx-02.contoso.local"
    review = wizard.review_page
    statuses = {(v.check_id, v.subject): v.status.value for v in review.results}
    assert statuses[("MT-15", "app-lnx-01")] == "warn"  # disk.EnableUUID unset on the VM, read from vcsim
    assert statuses[("MT-07", "mt-lnx-01")] == "pass"  # and set on the master target
    assert statuses[("MT-09", "mt-lnx-01")] == "pass"  # LSI Logic controller
    assert not review.blocks(), review.verdicts_as_text()
    accept_warnings(wizard)
    click(wizard, COMMIT)
    qtbot.waitUntil(wizard.job_page.isComplete, timeout=20000)
    states = {j.target_name: j.state for j in wizard.job_page.jobs.values()}
    assert states["app-lnx-01"] is JobState.SUCCEEDED
