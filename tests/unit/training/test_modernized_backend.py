"""The training vault's modernized side: refusals like the service's, and the reverse state after success."""

from __future__ import annotations

import pytest

from reprotect_gui.domain.errors import SubmitRefused
from reprotect_gui.domain.models import ClassicTarget, JobState, ModernizedTarget, ReprotectRequest
from reprotect_gui.training.backends import TrainingSiteRecovery
from reprotect_gui.training.scenario import load_scenario, storage_account_id
from tests.fakes import ManualClock

LOG = storage_account_id("stasrlogtokyo01")


def _vault() -> tuple[TrainingSiteRecovery, ManualClock]:
    clock = ManualClock()
    return TrainingSiteRecovery(load_scenario(), clock, latency_s=0), clock


def test_a_modernized_reprotect_leaves_the_item_inmagercmfailback() -> None:
    vault, clock = _vault()
    request = ReprotectRequest(
        "wiki-01", "wiki-01", ModernizedTarget("ra-appliance-tokyo-01", LOG), "vsanDatastore", "p", ()
    )
    job_id = vault.submit_reprotect(request).job_id
    clock.advance(minutes=5)
    job = vault.read_job(job_id)
    assert job.state is JobState.SUCCEEDED and job.tasks[1].friendly_name == "Preparing the replication appliance"
    item = vault.read_item("wiki-01")
    assert item.provider == "InMageRcmFailback" and item.rcm_failback is not None
    assert (
        item.rcm_failback.reprotect_agent_id,
        item.rcm_failback.target_datastore,
        item.rcm_failback.protected_disk_count,
    ) == ("ra-appliance-tokyo-01", "vsanDatastore", 2)


@pytest.mark.parametrize(
    ("item_id", "target", "expected"),
    [
        ("intranet-01", ClassicTarget("mt-win-01", "ps-azure-01", "R:"), "it is a modernized item"),
        ("web-01", ModernizedTarget("ra-appliance-tokyo-01", LOG), "it is a classic item"),
        ("intranet-01", ModernizedTarget("ra-ghost", LOG), "ra-ghost is not registered"),
    ],
)
def test_the_service_refuses_a_request_of_the_wrong_flow_or_appliance(item_id, target, expected) -> None:
    vault, _ = _vault()
    with pytest.raises(SubmitRefused) as err:
        vault.submit_reprotect(ReprotectRequest(item_id, item_id, target, "ds-vmfs-gold-01", "p", ()))
    assert expected in err.value.summary and err.value.next_step
    assert vault.submissions == []
