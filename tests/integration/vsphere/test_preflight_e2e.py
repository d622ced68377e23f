"""End to end: the vCenter facts read from vcsim feed the catalog's checks (run_preflight) and
the wizard, with the training estate's ASR side.

vcsim is shaped from the training estate's own vCenter (lab_shape.py), so the contract holds:
every check answers the same on the facts PyVmomiInventory reads as on the training backend's.
"""

from __future__ import annotations

from dataclasses import replace

import lab_shape
import pytest
from vsphere_testkit import RecordingContext

from reprotect_gui.domain.models import ClassicTarget, ReprotectRequest
from reprotect_gui.domain.preflight import PreflightInput, run_preflight
from reprotect_gui.domain.verdicts import Status
from reprotect_gui.services.clock import SystemClock
from reprotect_gui.services.estate import load_estate
from reprotect_gui.training.backends import TrainingSiteRecovery, TrainingVCenter
from reprotect_gui.training.scenario import load_scenario

pytestmark = pytest.mark.integration

# The catalog's checks whose evidence is (partly) vCenter.
VC_CHECKS = {"ELIG-02", "INF-06", "INF-08", "INF-09", "MT-03", "MT-04", "MT-05", "MT-06", "MT-07", "MT-08",
             "MT-09", "MT-10", "MT-11", "MT-12", "MT-13", "MT-15", "DS-01", "DS-02", "DS-05", "DS-06", "SUB-01"}  # fmt: skip


class NamedAs:
    """Presents vcsim (at 127.0.0.1) under the vCenter name ASR knows: the test's mapping."""

    def __init__(self, inventory, name: str) -> None:
        self._inventory, self._name = inventory, name

    def read_estate(self, focus, ctx):
        return replace(self._inventory.read_estate(focus, ctx), vcenter_name=self._name)


@pytest.fixture(scope="module")
def scenario():
    return load_scenario()


@pytest.fixture
def vcsim_inventory(make_inventory, scenario):
    return NamedAs(make_inventory(), scenario.vcenter().vcenter_name)


def requests_for(site, mt_id: str, datastore: str) -> list[ReprotectRequest]:
    mt = site.master_target(mt_id)
    ps = next(p for p in site.process_servers)
    retention = mt.retention_volumes[0].name if mt.retention_volumes else ""
    return [
        ReprotectRequest(
            item_id=item.item_id,
            item_name=item.name,
            target=ClassicTarget(mt.server_id, ps.server_id, retention),
            datastore_name=datastore,
            policy_id=site.failback_policy.policy_id if site.failback_policy else "",
            disks_to_include=(),
        )
        for item in site.items
        if item.os_type is mt.os_type
    ]


def verdict_keys(verdicts):
    return sorted((v.check_id, v.status.value, v.subject) for v in verdicts if v.check_id in VC_CHECKS)


def preflight(estate, requests):
    return run_preflight(
        PreflightInput(
            site=estate.site,
            vcenter=estate.vcenter,
            requests=tuple(requests),
            now=estate.loaded_at,
            matches=estate.matches,
        )
    )


@pytest.mark.parametrize(
    ("mt_id", "datastore"),
    [("mt-win-01", "ds-vmfs-gold-01"), ("mt-lnx-01", "vsanDatastore"), ("mt-win-02", "ds-vmfs-esx03")],
)
def test_vc_checks_answer_alike_on_vcsim_and_on_the_training_estate(scenario, vcsim_inventory, mt_id, datastore):
    clock = SystemClock()
    asr = TrainingSiteRecovery(scenario, clock, latency_s=0.0)
    on_vcsim = load_estate(asr, vcsim_inventory, clock, RecordingContext())
    trained = load_estate(asr, TrainingVCenter(scenario, latency_s=0.0), clock, RecordingContext())
    assert on_vcsim.vcenter_problem == ""

    requests = requests_for(on_vcsim.site, mt_id, datastore)
    assert requests
    from_vcsim = preflight(on_vcsim, requests)
    from_training = preflight(trained, requests)
    # INF-06: the training estate cannot know the account's rights; vcsim can, so compare the rest.
    assert [k for k in verdict_keys(from_vcsim) if k[0] != "INF-06"] == [
        k for k in verdict_keys(from_training) if k[0] != "INF-06"
    ]
    assert any(v.check_id in VC_CHECKS for v in from_vcsim)


def test_master_target_problems_read_from_vcsim_block_the_reprotect(scenario, vcsim_inventory):
    """mt-win-02 is shaped with a paravirtual controller, no EnableUUID, a snapshot and tools
    not running: MT-09, MT-07, MT-04 and MT-06 must block on facts read through the adapter."""
    clock = SystemClock()
    estate = load_estate(
        TrainingSiteRecovery(scenario, clock, latency_s=0.0), vcsim_inventory, clock, RecordingContext()
    )
    verdicts = preflight(estate, requests_for(estate.site, "mt-win-02", "ds-vmfs-esx03"))
    blocked = {v.check_id for v in verdicts if v.status is Status.BLOCK and v.subject.startswith("mt-win-02")}
    assert {"MT-04", "MT-06", "MT-07", "MT-09"} <= blocked, sorted((v.check_id, v.status, v.subject) for v in verdicts)


def test_inf06_evidence_carries_what_the_connected_account_may_do(scenario, make_inventory):
    """INF-06 judges ASR's discovery account (on the configuration server) by its symptom: no
    datastore seen on the MT's host. The wizard's own vCenter account is the evidence vCenter can
    add; here ASR sees none on mt-win-01's host, read once as administrator and once read-only."""
    clock = SystemClock()
    asr = TrainingSiteRecovery(scenario, clock, latency_s=0.0)
    name = scenario.vcenter().vcenter_name
    accounts = {
        "admin": make_inventory(),
        "limited": make_inventory(user=lab_shape.LIMITED_USER, password=lab_shape.LIMITED_PASSWORD),
    }
    evidence = {}
    for label, inventory in accounts.items():
        estate = load_estate(asr, NamedAs(inventory, name), clock, RecordingContext())
        blind = [replace(mt, datastores=()) if mt.server_id == "mt-win-01" else mt for mt in estate.site.master_targets]
        estate = replace(estate, site=replace(estate.site, master_targets=tuple(blind)))
        verdicts = preflight(estate, requests_for(estate.site, "mt-win-01", "ds-vmfs-gold-01"))
        inf06 = [v for v in verdicts if v.check_id == "INF-06" and v.subject == "mt-win-01"]
        assert [v.status for v in inf06] == [Status.BLOCK]
        evidence[label] = " ".join(inf06[0].evidence)
    assert f"{lab_shape.ADMIN_USER}: can browse datastores = True" in evidence["admin"]
    assert f"{lab_shape.LIMITED_USER}: can browse datastores = False" in evidence["limited"]


def test_the_wizard_reads_vcsim_through_the_adapter(qtbot, scenario, vcsim_inventory):
    from reprotect_gui.ui.jobs import JobRunner
    from reprotect_gui.ui.wizard.base import WizardSession
    from reprotect_gui.ui.wizard.wizard import ReprotectWizard

    clock = SystemClock()
    runner = JobRunner()
    session = WizardSession(
        site_recovery=TrainingSiteRecovery(scenario, clock, latency_s=0.0),
        vcenter=vcsim_inventory,
        clock=clock,
        runner=runner,
        is_training=False,
    )
    wizard = ReprotectWizard(session)
    runner.setParent(wizard)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: session.estate is not None, timeout=30000)
    try:
        assert session.estate.vcenter_problem == ""
        vc = session.estate.vcenter
        # facts only vcsim has: the read went through PyVmomiInventory, not the training backend
        assert vc.host(lab_shape.DISCONNECTED_HOST) is not None
        assert vc.account_name == lab_shape.ADMIN_USER
        mt = session.estate.matches["mt-win-02"]
        assert mt.vm is not None and mt.vm.details_read and mt.vm.scsi_controller_types == ("pvscsi",)
    finally:
        runner.shutdown(5000)
