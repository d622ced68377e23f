"""The modernized experience on the emulator: appliances, InMageRcm items, InMageRcmReprotectInput."""

from __future__ import annotations

from datetime import UTC

import pytest
from asr_estate import (
    LOG_ACCOUNT,
    OTHER_LOG_ACCOUNT,
    RA_HEALTHY,
    RA_UNHEALTHY,
    RCM_FAILBACK_POLICY,
    RCM_VCENTER_NAME,
    mixed_estate,
    policy_id,
    rcm_item_id,
)
from asr_testkit import wait_for_final

from reprotect_gui.asr.errors import ReprotectRejected
from reprotect_gui.domain.models import (
    REVERSE_REPLICATE,
    JobState,
    ModernizedTarget,
    ReplicationFlow,
    ReprotectRequest,
)


@pytest.fixture
def estate():
    return mixed_estate(vm_count=1)


def rcm_request(
    name: str = "intranet-01",
    *,
    agent: str = RA_HEALTHY,
    datastore: str = "ds-vmfs-gold-01",
    account: str = LOG_ACCOUNT,
) -> ReprotectRequest:
    return ReprotectRequest(
        item_id=rcm_item_id(name),
        item_name=name,
        target=ModernizedTarget(agent, account),
        datastore_name=datastore,
        policy_id=policy_id(RCM_FAILBACK_POLICY),
        disks_to_include=(),
    )


def test_the_vault_read_shows_appliances_modernized_items_and_log_storage(adapter, ctx):
    site = adapter.read_site(ctx)
    by_name = {a.name: a for a in site.appliances}
    healthy, sick = by_name["appliance-tokyo-01"], by_name["appliance-tokyo-02"]
    assert (healthy.appliance_id, healthy.health, healthy.vcenter_name) == (RA_HEALTHY, "Normal", RCM_VCENTER_NAME)
    assert healthy.datastores == ("ds-vmfs-gold-01", "ds-vmfs-gold-02", "vsanDatastore")
    assert healthy.disks_in_use == 3  # portal-01's three disks already replicate back through it (RCM-04)
    assert sick.appliance_id == RA_UNHEALTHY and sick.health == "Critical" and sick.disks_in_use == 0
    assert sick.health_errors and "78175" in sick.health_errors[0]

    intranet = next(i for i in site.items if i.name == "intranet-01")
    assert intranet.flow is ReplicationFlow.MODERNIZED and REVERSE_REPLICATE in intranet.allowed_operations
    assert intranet.rcm is not None and intranet.rcm.source_datastores == ("ds-vmfs-gold-01",)
    assert intranet.rcm.source_vm_deleted is False and intranet.rcm.log_storage_account_id == LOG_ACCOUNT
    assert intranet.vcenter_name == RCM_VCENTER_NAME and intranet.disks[0].is_os_disk
    wiki = next(i for i in site.items if i.name == "wiki-01")
    assert wiki.rcm is not None and wiki.rcm.source_vm_deleted is True and len(wiki.disks) == 2
    portal = next(i for i in site.items if i.name == "portal-01")
    assert portal.provider == "InMageRcmFailback" and portal.rcm_failback is not None
    assert portal.rcm_failback.reprotect_agent_id == RA_HEALTHY

    accounts = {a.account_id: a for a in site.log_storage_accounts}
    assert (
        accounts[LOG_ACCOUNT].used_by == ("intranet-01", "wiki-01") and accounts[LOG_ACCOUNT].name == "stasrlogtokyo01"
    )
    assert accounts[OTHER_LOG_ACCOUNT].used_by == ("portal-01",)
    assert site.modernized_policy is not None and site.modernized_policy.policy_id == policy_id(RCM_FAILBACK_POLICY)
    assert (
        site.modernized_policy.app_consistent_frequency_minutes,
        site.modernized_policy.crash_consistent_frequency_minutes,
    ) == (60, 5)
    assert site.failback_policy is not None  # the classic side is still read


def test_modernized_reprotect_sends_inmagercm_input_and_leaves_inmagercmfailback(emulator, adapter):
    result = adapter.submit_reprotect(rcm_request())
    (post,) = emulator.reprotect_posts
    assert post.status == 202 and post.path.endswith("/replicationProtectedItems/intranet-01/reProtect")
    assert post.body == {
        "properties": {
            "failoverDirection": "RecoveryToPrimary",
            "providerSpecificDetails": {
                "reprotectAgentId": RA_HEALTHY,
                "datastoreName": "ds-vmfs-gold-01",
                "logStorageAccountId": LOG_ACCOUNT,
                "policyId": policy_id(RCM_FAILBACK_POLICY),
                "instanceType": "InMageRcm",
            },
        }
    }
    final, _ = wait_for_final(adapter, result.job_id)
    assert final.state is JobState.SUCCEEDED
    after = adapter.read_item(rcm_item_id("intranet-01"))
    assert after.provider == "InMageRcmFailback" and after.protection_state == "Protected"
    assert after.rcm_failback is not None
    assert (
        after.rcm_failback.reprotect_agent_id,
        after.rcm_failback.target_datastore,
        after.rcm_failback.log_storage_account_id,
    ) == (RA_HEALTHY, "ds-vmfs-gold-01", LOG_ACCOUNT)


def test_the_service_refuses_an_unhealthy_appliance_and_starts_nothing(emulator, adapter):
    with pytest.raises(ReprotectRejected) as err:
        adapter.submit_reprotect(rcm_request(agent=RA_UNHEALTHY, datastore="ds-vmfs-esx03"))
    assert "not healthy" in err.value.summary and "No job was started" in err.value.summary
    assert emulator.jobs() == []


def test_a_classic_input_for_a_modernized_item_is_refused(emulator, adapter):
    from asr_testkit import request_for

    classic = request_for("intranet-01")
    wrong = ReprotectRequest(
        rcm_item_id("intranet-01"), "intranet-01", classic.target, "ds-vmfs-01", classic.policy_id, ()
    )
    with pytest.raises(ReprotectRejected) as err:
        adapter.submit_reprotect(wrong)
    assert "InMageRcm" in err.value.summary and emulator.jobs() == []


def test_a_failed_modernized_job_can_be_retried_on_another_appliance(emulator, adapter, ctx):
    """RCM-01: the job fails; the retry offer names the other healthy appliance and the retry succeeds."""
    from datetime import datetime

    from reprotect_gui.domain.appliance_retry import retry_on_another_appliance

    emulator.fail_next_reprotect(rcm_item_id("intranet-01"), provider_code=539, message="Appliance lost its disks.")
    emulator._collections["fabrics"][next(k for k in emulator._collections["fabrics"] if "rcm-fabric" in k)][
        "properties"
    ]["customDetails"]["reprotectAgents"][1].update(
        health="Normal",
        lastHeartbeatUtc=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        accessibleDatastores=["ds-vmfs-gold-01"],
        healthErrors=[],
    )
    failed = rcm_request()
    first, _ = wait_for_final(adapter, adapter.submit_reprotect(failed).job_id)
    assert first.state is JobState.FAILED

    site = adapter.read_site(ctx)
    offer = retry_on_another_appliance(site, failed, datetime.now(UTC))
    assert offer.failed_on == "appliance-tokyo-01" and [a.name for a in offer.healthy()] == ["appliance-tokyo-02"]
    again = adapter.submit_reprotect(offer.request_for(RA_UNHEALTHY))
    second, _ = wait_for_final(adapter, again.job_id)
    assert second.state is JobState.SUCCEEDED
    assert (
        emulator.reprotect_posts[-1].body["properties"]["providerSpecificDetails"]["reprotectAgentId"] == RA_UNHEALTHY
    )
