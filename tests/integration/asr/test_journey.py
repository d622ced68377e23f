"""The failback journey on the emulator through the real SDK: fail back, cancel, commit, protect to Azure.

Each body is asserted field by field against `failback.md` ("Wire format"), and each step sends one POST
(FB-14). The classic cycle starts from a real reprotect on the emulator; the modernized one from an item
already reprotected through an appliance (InMageRcmFailback).
"""

from __future__ import annotations

import datetime as dt
import time

import emulator_journey
import pytest
from asr_estate import (
    FORWARD_POLICY,
    PS_CS,
    RA_HEALTHY,
    RCM_FORWARD_POLICY,
    item_id,
    mixed_estate,
    policy_id,
    rcm_failback_item,
    rcm_item_id,
    recovery_plan,
)
from asr_testkit import request_for, wait_for_final
from emulator import Fault

from reprotect_gui.asr.errors import JourneyStepNotAllowed, JourneyStepRejected
from reprotect_gui.asr.journey import ArmJourney
from reprotect_gui.domain.failback import (
    CancelFailoverRequest,
    ClassicRecoveryPoint,
    CommitRequest,
    FailbackRequest,
    ModernizedRecoveryPoint,
    ReprotectToAzureRequest,
    Scope,
)
from reprotect_gui.domain.models import JobState, ReplicationFlow

CLASSIC, MODERNIZED = ReplicationFlow.CLASSIC, ReplicationFlow.MODERNIZED
PS_RCM = "ps-" + RA_HEALTHY  # the appliance's entry in the InMageRcm fabric's processServers[] (REV-04)


@pytest.fixture
def estate():
    state = mixed_estate(vm_count=2)
    now = dt.datetime.now(dt.UTC)
    state["items"] += [rcm_failback_item("shop-01", 4, now), rcm_failback_item("shop-02", 5, now)]
    state["plans"].append(recovery_plan("rp-shop", [rcm_item_id("shop-01"), rcm_item_id("shop-02")]))
    return state


@pytest.fixture
def journey(adapter):
    return ArmJourney(adapter)


def posts(emulator):
    return [r for r in emulator.requests_log if r.method == "POST"]


def run_to_end(adapter, result):
    final, _ = wait_for_final(adapter, result.job_id)
    return final


def reprotected_classic(emulator, adapter, name="vm-app-01"):
    """A classic item after a real reprotect on the emulator: InMage, replicating to on-premises."""
    final = run_to_end(adapter, adapter.submit_reprotect(request_for(name)))
    assert final.state is JobState.SUCCEEDED
    item = adapter.read_item(item_id(name))
    assert item.provider == "InMage"  # RDY-02
    return item


def test_classic_item_fails_back_by_unplanned_failover_commits_and_is_protected_to_azure_again(
    emulator, adapter, journey
):
    reprotected_classic(emulator, adapter)
    before = len(posts(emulator))

    failback = FailbackRequest(Scope.ITEM, item_id("vm-app-01"), "vm-app-01", CLASSIC, ClassicRecoveryPoint.LATEST_TIME)
    result = journey.submit_failback(failback)
    (post,) = posts(emulator)[before:]
    assert post.path.lower().endswith("/replicationprotecteditems/vm-app-01/unplannedfailover")  # FB-01: unplanned
    assert post.body == {
        "properties": {
            "failoverDirection": "PrimaryToRecovery",  # FB-02, classic item
            "sourceSiteOperations": "Required",  # FB-05
            "providerSpecificDetails": {"instanceType": "InMage", "recoveryPointType": "LatestTime"},  # FB-03
        }
    }
    assert run_to_end(adapter, result).state is JobState.SUCCEEDED
    state = journey.read_state(Scope.ITEM, item_id("vm-app-01"))
    assert "Commit" in state.allowed_operations and "CancelFailover" not in state.allowed_operations  # FB-12

    result = journey.submit_commit(CommitRequest(Scope.ITEM, item_id("vm-app-01"), "vm-app-01", CLASSIC))
    commit = posts(emulator)[-1]
    assert commit.path.lower().endswith("/vm-app-01/failovercommit") and commit.body is None  # CMT-01: no body
    assert run_to_end(adapter, result).state is JobState.SUCCEEDED
    state = journey.read_state(Scope.ITEM, item_id("vm-app-01"))
    assert state.state == "UnplannedFailoverCommitted" and "ReverseReplicate" in state.allowed_operations  # CMT-07

    back = ReprotectToAzureRequest(
        item_id("vm-app-01"), "vm-app-01", CLASSIC, PS_CS, policy_id(FORWARD_POLICY), run_as_account_id="1"
    )
    result = journey.submit_reprotect_to_azure(back)
    reprotect = posts(emulator)[-1]
    assert reprotect.path.lower().endswith("/vm-app-01/reprotect")
    assert reprotect.body == {  # REV-03
        "properties": {
            "failoverDirection": "RecoveryToPrimary",
            "providerSpecificDetails": {
                "instanceType": "InMageAzureV2",
                "processServerId": PS_CS,
                "masterTargetId": PS_CS,  # the PS id when no master target is given
                "runAsAccountId": "1",
                "policyId": policy_id(FORWARD_POLICY),
            },
        }
    }
    assert run_to_end(adapter, result).state is JobState.SUCCEEDED
    assert adapter.read_item(item_id("vm-app-01")).provider == "InMageAzureV2"  # REV-08
    assert len(posts(emulator)) == before + 3  # one POST per step (FB-14)


def listed_points(journey, target, timeout_s=10.0):
    """The item's recovery points once replication back has made them (RDY-06)."""
    deadline = time.monotonic() + timeout_s
    while not (points := journey.list_recovery_points(target)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return points


def test_classic_custom_recovery_point_is_chosen_from_the_listed_points_and_sent_with_its_id(
    emulator, adapter, journey
):
    """FB-03 Custom: the point comes from the item's recovery points (newest first); the job names it (FB-11)."""
    reprotected_classic(emulator, adapter)
    points = listed_points(journey, item_id("vm-app-01"))
    assert [p.point_type for p in points] == ["CrashConsistent", "AppConsistent"]  # newest first
    assert points[0].time > points[1].time and all(p.point_id.startswith(item_id("vm-app-01")) for p in points)
    assert journey.list_recovery_points(item_id("vm-app-01")) == points  # stable ids: still the same points
    chosen = points[1].point_id  # the older, application-consistent one
    result = journey.submit_failback(
        FailbackRequest(
            Scope.ITEM,
            item_id("vm-app-01"),
            "vm-app-01",
            CLASSIC,
            ClassicRecoveryPoint.CUSTOM,
            recovery_point_id=chosen,
        )
    )
    details = posts(emulator)[-1].body["properties"]["providerSpecificDetails"]
    assert details == {"instanceType": "InMage", "recoveryPointType": "Custom", "recoveryPointId": chosen}
    job = next(j for j in emulator.jobs() if j["name"] == result.job_id)
    assert job["properties"]["customDetails"]["protectedItemDetails"][0]["recoveryPointId"] == chosen


def test_a_custom_point_that_is_not_the_items_is_refused_as_a_sentence(emulator, adapter, journey):
    reprotected_classic(emulator, adapter)
    listed_points(journey, item_id("vm-app-01"))
    wrong = f"{item_id('vm-app-02')}/recoveryPoints/rp-0001"
    request = FailbackRequest(
        Scope.ITEM, item_id("vm-app-01"), "vm-app-01", CLASSIC, ClassicRecoveryPoint.CUSTOM, recovery_point_id=wrong
    )
    with pytest.raises(JourneyStepRejected, match="is not a recovery point of vm-app-01"):
        journey.submit_failback(request)


def test_the_service_refuses_a_planned_failover_of_a_classic_item(emulator, adapter, journey):
    """FB-01: why the product never sends it (P1). Sent here on purpose through the SDK, the refusal is a sentence."""
    from reprotect_gui.asr.journey import failback_input, item_path

    reprotected_classic(emulator, adapter)
    wrong = FailbackRequest(Scope.ITEM, item_id("vm-app-01"), "vm-app-01", MODERNIZED, "CrashConsistent")
    with pytest.raises(JourneyStepRejected, match="Planned failover is not supported for InMage"):
        journey._post_once(
            "PlannedFailover",
            Scope.ITEM,
            item_id("vm-app-01"),
            "vm-app-01",
            lambda c, **kw: c.replication_protected_items.begin_planned_failover(
                adapter.vault.resource_group,
                adapter.vault.vault_name,
                *item_path(item_id("vm-app-01")),
                failback_input(wrong),
                **kw,
            ),
        )


def test_failback_is_refused_before_sending_when_the_operation_is_not_allowed(emulator, adapter, journey):
    """FB-01 with RDY-01: the forward item (not reprotected) lists no UnplannedFailover."""
    before = len(posts(emulator))
    request = FailbackRequest(Scope.ITEM, item_id("vm-app-01"), "vm-app-01", CLASSIC, ClassicRecoveryPoint.LATEST_TIME)
    with pytest.raises(JourneyStepNotAllowed, match=r"does not allow the failback .* Nothing was sent"):
        journey.submit_failback(request)
    assert len(posts(emulator)) == before


def test_classic_replication_group_vm_is_refused_outside_its_plan(emulator, adapter, journey):
    """FB-06: the service refuses it (P2); the sentence says to use the plan."""
    reprotected_classic(emulator, adapter)
    emulator.update_item(
        item_id("vm-app-01"),
        lambda i: i["properties"]["providerSpecificDetails"].update(multiVmGroupName="web-tier", multiVmGroupId="g1"),
    )
    request = FailbackRequest(Scope.ITEM, item_id("vm-app-01"), "vm-app-01", CLASSIC, ClassicRecoveryPoint.LATEST_TIME)
    with pytest.raises(JourneyStepRejected, match="through its recovery plan"):
        journey.submit_failback(request)


def test_modernized_item_planned_failover_fails_is_cancelled_and_retried(emulator, adapter, journey):
    """FB-02 (direction left out), FB-04, FB-12, FB-15: a failed planned failover leads to cancel, then retry."""
    target = rcm_item_id("portal-01")
    emulator_journey.fail_next(emulator, target, "plannedFailover", code=8038)
    request = FailbackRequest(Scope.ITEM, target, "portal-01", MODERNIZED, ModernizedRecoveryPoint.CRASH_CONSISTENT)
    result = journey.submit_failback(request)
    post = posts(emulator)[-1]
    assert post.path.lower().endswith("/replicationprotecteditems/portal-01/plannedfailover")
    assert post.body == {
        "properties": {
            "providerSpecificDetails": {"instanceType": "InMageRcmFailback", "recoveryPointType": "CrashConsistent"}
        }
    }
    final = run_to_end(adapter, result)
    assert final.state is JobState.FAILED and "8038" in final.errors[0].codes
    state = journey.read_state(Scope.ITEM, target)
    assert state.allowed_operations == {"CancelFailover"}

    cancelled = journey.submit_cancel(CancelFailoverRequest(Scope.ITEM, target, "portal-01", MODERNIZED))
    cancel = posts(emulator)[-1]
    assert cancel.path.lower().endswith("/portal-01/failovercancel") and cancel.body is None
    assert run_to_end(adapter, cancelled).state is JobState.SUCCEEDED
    assert "PlannedFailover" in journey.read_state(Scope.ITEM, target).allowed_operations  # X3

    retried = journey.submit_failback(request)
    assert run_to_end(adapter, retried).state is JobState.SUCCEEDED
    assert "Commit" in journey.read_state(Scope.ITEM, target).allowed_operations  # CMT-03


def test_modernized_plan_fails_back_commits_and_members_are_protected_to_azure(emulator, adapter, journey, ctx):
    plan_id = next(p.plan_id for p in adapter.read_site(ctx).plans if p.name == "rp-shop")
    before = len(posts(emulator))
    request = FailbackRequest(
        Scope.PLAN, plan_id, "rp-shop", MODERNIZED, ModernizedRecoveryPoint.APPLICATION_CONSISTENT
    )
    result = journey.submit_failback(request)
    post = posts(emulator)[-1]
    assert post.path.lower().endswith("/replicationrecoveryplans/rp-shop/plannedfailover")
    assert post.body == {
        "properties": {
            "failoverDirection": "RecoveryToPrimary",  # FB-02, plan
            "providerSpecificDetails": [
                {
                    "instanceType": "InMageRcmFailback",
                    "recoveryPointType": "ApplicationConsistent",
                    "useMultiVmSyncPoint": "True",  # FB-04: PowerShell's default for plans
                }
            ],
        }
    }
    again = journey.submit_failback(request)  # FB-14: the plan's running job is attached to
    assert again.job_id == result.job_id and again.attached_to_running
    assert run_to_end(adapter, result).state is JobState.SUCCEEDED

    committed = journey.submit_commit(CommitRequest(Scope.PLAN, plan_id, "rp-shop", MODERNIZED))
    assert posts(emulator)[-1].path.lower().endswith("/replicationrecoveryplans/rp-shop/failovercommit")
    assert run_to_end(adapter, committed).state is JobState.SUCCEEDED

    for name in ("shop-01", "shop-02"):  # REV-07: no plan-level reprotect, member by member
        back = ReprotectToAzureRequest(rcm_item_id(name), name, MODERNIZED, PS_RCM, policy_id(RCM_FORWARD_POLICY))
        result = journey.submit_reprotect_to_azure(back)
        assert posts(emulator)[-1].body == {  # REV-04
            "properties": {
                "failoverDirection": "PrimaryToRecovery",
                "providerSpecificDetails": {
                    "instanceType": "InMageRcmFailback",
                    "processServerId": PS_RCM,
                    "policyId": policy_id(RCM_FORWARD_POLICY),
                },
            }
        }
        assert run_to_end(adapter, result).state is JobState.SUCCEEDED
        assert adapter.read_item(rcm_item_id(name)).provider == "InMageRcm"  # REV-08
    assert len(posts(emulator)) == before + 4


def test_classic_plan_failback_sends_the_plan_input(emulator, adapter, journey, ctx):
    for name in ("vm-app-01", "vm-app-02"):
        reprotected_classic(emulator, adapter, name)
    plan_id = next(p.plan_id for p in adapter.read_site(ctx).plans if p.name == "rp-app")
    journey.submit_failback(FailbackRequest(Scope.PLAN, plan_id, "rp-app", CLASSIC, ClassicRecoveryPoint.LATEST_TAG))
    assert posts(emulator)[-1].body == {
        "properties": {
            "failoverDirection": "RecoveryToPrimary",
            "sourceSiteOperations": "Required",
            "providerSpecificDetails": [{"instanceType": "InMage", "recoveryPointType": "LatestTag"}],
        }
    }


def test_a_lost_answer_is_confirmed_by_reading_never_by_posting_again(emulator, adapter, journey):
    """FB-14: the POST is handled, its answer dropped; the job shows on the item and is followed."""
    target = rcm_item_id("portal-01")
    emulator.inject(Fault("reset", method="POST", path_contains="plannedFailover", after=True))
    request = FailbackRequest(Scope.ITEM, target, "portal-01", MODERNIZED, ModernizedRecoveryPoint.CRASH_CONSISTENT)
    result = journey.submit_failback(request)
    sent = [p for p in posts(emulator) if p.path.lower().endswith("plannedfailover")]
    assert len(sent) == 1 and not result.attached_to_running
    assert journey.read_state(Scope.ITEM, target).running_job == result.job_id


def test_cancel_is_never_built_for_classic():
    """FB-12: classic failback can't be cancelled, so the request can't exist."""
    with pytest.raises(ValueError, match="FB-12"):
        CancelFailoverRequest(Scope.ITEM, item_id("vm-app-01"), "vm-app-01", CLASSIC)
