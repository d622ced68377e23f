"""The Journey port's reads on the emulator through the real SDK (issue 18): an item's or plan's journey
state with its members, the item's recovery points (FB-03 Custom), and the choices for protecting it to
Azure again (REV-03/04/05). Mapped defensively: values never seen are kept raw, a malformed answer is a
sentence."""

from __future__ import annotations

import datetime as dt

import pytest
from asr_estate import (
    FORWARD_POLICY,
    PS_AZURE,
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

from reprotect_gui.asr.errors import AzureAnswerUnreadable, JourneyStepNotAllowed
from reprotect_gui.asr.journey import ArmJourney
from reprotect_gui.domain.errors import UserFacingError
from reprotect_gui.domain.failback import Scope
from reprotect_gui.domain.journey import JourneyStage, journey_stage
from reprotect_gui.domain.models import JobState, ReplicationFlow


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


def plan_id(name: str, emulator) -> str:
    return f"{emulator.vault_path}/replicationRecoveryPlans/{name}"


def test_a_classic_item_after_reprotect_reads_as_ready_with_its_on_premises_vm(emulator, adapter, journey):
    before = journey.read_journey(Scope.ITEM, item_id("vm-app-01"))
    assert (before.members[0].provider, journey_stage(before)) == ("InMageAzureV2", JourneyStage.FAILED_OVER)
    result = adapter.submit_reprotect(request_for("vm-app-01", ps=PS_AZURE))
    running = journey.read_journey(Scope.ITEM, item_id("vm-app-01"))
    assert running.running_job_id == result.job_id and journey_stage(running) is JourneyStage.REPROTECTING
    assert wait_for_final(adapter, result.job_id)[0].state is JobState.SUCCEEDED
    state = journey.read_journey(Scope.ITEM, item_id("vm-app-01"))
    (member,) = state.members
    assert (state.scope, state.name, state.providers, state.flow) == (
        Scope.ITEM,
        "vm-app-01",
        ("InMage",),
        ReplicationFlow.CLASSIC,
    )
    assert member.idle and member.protection_state == "Protected" and "UnplannedFailover" in member.allowed_operations
    assert member.on_prem_vm is not None and member.on_prem_vm.name == "vm-app-01"
    assert journey_stage(state) is JourneyStage.READY  # FB-01 offered


def test_a_modernized_plan_reads_with_each_member_and_the_plans_own_operations(emulator, journey):
    state = journey.read_journey(Scope.PLAN, plan_id("rp-shop", emulator))
    assert (state.scope, state.name, state.providers) == (Scope.PLAN, "rp-shop", ("InMageRcmFailback",))
    assert [m.name for m in state.members] == ["shop-01", "shop-02"]
    assert state.flow is ReplicationFlow.MODERNIZED and state.idle
    assert all(m.on_prem_vm.name == m.name for m in state.members)  # modernized: targetVmName
    assert journey_stage(state) is JourneyStage.READY


def test_values_never_seen_are_kept_raw_and_decided_on_as_unknown(emulator, journey):
    def odd(item):
        p = item["properties"]
        p.update(protectionState="SomethingNew", replicationHealth="Sparkly", activeLocation="Moon")
        p["allowedOperations"] = ["PlannedFailover", "FutureOperation"]
        p["providerSpecificDetails"]["lastPlannedFailoverStatus"] = "Rebooting"

    emulator.update_item(rcm_item_id("portal-01"), odd)
    (m,) = journey.read_journey(Scope.ITEM, rcm_item_id("portal-01")).members
    assert (m.protection_state, m.replication_health, m.active_location) == ("SomethingNew", "Sparkly", "Moon")
    assert m.allowed_operations == {"PlannedFailover", "FutureOperation"}
    assert m.last_planned_failover_status == "Rebooting" and m.planned_failover_status is None  # FB-15


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.update(allowedOperations="PlannedFailover"),  # a string, not a list
        lambda p: p.update(allowedOperations=[{"op": 1}]),
        lambda p: p.update(protectionState=42),
        lambda p: p["providerSpecificDetails"].update(lastPlannedFailoverStartTime="yesterday"),
    ],
)
def test_a_malformed_item_is_a_sentence_never_an_exception(emulator, journey, damage):
    emulator.update_item(rcm_item_id("portal-01"), lambda i: damage(i["properties"]))
    with pytest.raises(AzureAnswerUnreadable) as caught:
        journey.read_journey(Scope.ITEM, rcm_item_id("portal-01"))
    assert "could not read" in caught.value.summary and caught.value.next_step


def test_an_answer_that_is_not_json_is_a_sentence(emulator, journey):
    emulator.inject(Fault("malformed", path_contains="replicationRecoveryPlans/rp-shop"))
    with pytest.raises(UserFacingError) as caught:
        journey.read_journey(Scope.PLAN, plan_id("rp-shop", emulator))
    assert caught.value.summary and caught.value.next_step


def test_an_item_without_recovery_points_lists_none(journey):
    assert journey.list_recovery_points(rcm_item_id("portal-01")) == ()  # RDY-06 would block its failback


def test_classic_choices_offer_the_on_premises_process_server_the_mapped_policy_and_run_as_accounts(
    emulator, adapter, journey
):
    """REV-03: the configuration server's process server (not the Azure one the reprotect used), the
    forward InMageAzureV2 policy of the item's container mapping preselected, the run-as account required."""
    assert wait_for_final(adapter, adapter.submit_reprotect(request_for("vm-app-01", ps=PS_AZURE)).job_id)[0].state
    choices = journey.reverse_choices(item_id("vm-app-01"))
    assert choices.flow is ReplicationFlow.CLASSIC and choices.run_as_required
    servers = {s.server_id: s for s in choices.process_servers}
    assert servers[PS_CS].on_premises and not servers[PS_AZURE].on_premises
    assert servers[PS_CS].health == "Normal" and servers[PS_CS].last_heartbeat is not None  # REV-05
    assert [(p.policy_id, p.provider) for p in choices.policies] == [(policy_id(FORWARD_POLICY), "InMageAzureV2")]
    assert choices.preselected_policy.policy_id == policy_id(FORWARD_POLICY)
    assert [a.name for a in choices.run_as_accounts] == ["vcenter-discovery", "windows-push"]


def test_modernized_choices_offer_the_appliances_process_server_and_the_inmagercm_policies(journey):
    """REV-04: processServers[] of the InMageRcm fabric, the operator picks the policy (D3), run-as optional."""
    choices = journey.reverse_choices(rcm_item_id("portal-01"))
    assert choices.flow is ReplicationFlow.MODERNIZED and not choices.run_as_required
    (server,) = choices.process_servers
    assert (server.server_id, server.name, server.health) == ("ps-" + RA_HEALTHY, "appliance-tokyo-01", "Normal")
    assert [(p.policy_id, p.from_container_mapping) for p in choices.policies] == [
        (policy_id(RCM_FORWARD_POLICY), False)
    ]
    assert choices.preselected_policy is None and choices.run_as_accounts == ()


def test_an_item_outside_the_journey_gets_no_choices_but_a_sentence(emulator, journey):
    emulator.update_item(
        rcm_item_id("portal-01"), lambda i: i["properties"]["providerSpecificDetails"].update(instanceType="A2A")
    )
    with pytest.raises(JourneyStepNotAllowed, match=r"nothing to protect to Azure again\. Nothing was sent\."):
        journey.reverse_choices(rcm_item_id("portal-01"))


def test_an_item_gone_from_the_vault_is_said_with_the_next_step(journey):
    from reprotect_gui.asr.errors import ItemNotFound

    gone = rcm_item_id("no-such-vm")
    for read in (lambda: journey.read_journey(Scope.ITEM, gone), lambda: journey.reverse_choices(gone)):
        with pytest.raises(ItemNotFound) as caught:
            read()
        assert "no-such-vm is no longer in the vault" in caught.value.summary
        assert caught.value.next_step.startswith("Reload the vault")
