"""domain/journey.py: the journey's plain values and where a target stands (FB-01, FB-12, FB-15, CMT-01,
CMT-03, CMT-06, REV-01, REV-08)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from reprotect_gui.domain.failback import Scope
from reprotect_gui.domain.journey import (
    JourneyMember,
    JourneyStage,
    JourneyState,
    PlannedFailoverStatus,
    ReverseChoices,
    ReversePolicy,
    journey_flow,
    journey_stage,
)
from reprotect_gui.domain.models import ReplicationFlow

NOW = datetime(2026, 11, 30, 21, 0, tzinfo=UTC)


def member(
    provider: str, ops: set[str], *, scenario: str = "None", job: str | None = None, **kw: object
) -> JourneyMember:
    return JourneyMember(
        item_id=f"/items/{provider}",
        name="vm-01",
        provider=provider,
        protection_state=str(kw.pop("state", "Protected")),
        allowed_operations=frozenset(ops),
        scenario=scenario,
        running_job_id=job,
        **kw,  # type: ignore[arg-type]
    )


def item(m: JourneyMember) -> JourneyState:
    return JourneyState(
        Scope.ITEM, m.item_id, m.name, (m,), m.allowed_operations, NOW, m.scenario, m.running_job_id, (m.provider,)
    )


@pytest.mark.parametrize(
    ("provider", "ops", "stage"),
    [
        ("InMageAzureV2", {"ReverseReplicate", "DisableProtection"}, JourneyStage.FAILED_OVER),
        ("InMage", {"DisableProtection"}, JourneyStage.REPLICATING_BACK),
        ("InMage", {"UnplannedFailover", "DisableProtection"}, JourneyStage.READY),  # FB-01 classic
        ("InMage", {"PlannedFailover"}, JourneyStage.REPLICATING_BACK),  # FB-01: not classic's operation
        ("InMageRcmFailback", {"PlannedFailover", "DisableProtection"}, JourneyStage.READY),  # FB-01 modernized
        ("InMage", {"Commit", "ChangePit"}, JourneyStage.FAILED_BACK),  # CMT-01
        ("InMage", {"Commit", "CancelFailover"}, JourneyStage.FAILED_BACK),  # FB-12: listed, still failed back
        ("InMageRcmFailback", {"ReverseReplicate", "CancelFailover"}, JourneyStage.FAILED_BACK),  # CMT-03
        ("InMage", {"ReverseReplicate", "DisableProtection"}, JourneyStage.COMMITTED),  # REV-01
        ("InMageAzureV2", {"UnplannedFailover", "DisableProtection"}, JourneyStage.PROTECTED_TO_AZURE),
        ("InMageRcm", {"PlannedFailover"}, JourneyStage.PROTECTED_TO_AZURE),
        ("A2A", {"PlannedFailover"}, JourneyStage.UNKNOWN),
    ],
)
def test_stage_is_decided_from_provider_and_allowed_operations(
    provider: str, ops: set[str], stage: JourneyStage
) -> None:
    # CMT-06: the free-text protectionState plays no part
    assert journey_stage(item(member(provider, ops, state="SomethingNeverSeen"))) is stage


def test_failed_planned_failover_leads_to_cancel_fb15() -> None:
    failed = member("InMageRcmFailback", {"CancelFailover", "DisableProtection"}, last_planned_failover_status="Failed")
    assert journey_stage(item(failed)) is JourneyStage.FAILBACK_FAILED
    cancelled = member("InMageRcmFailback", {"PlannedFailover"}, last_planned_failover_status="Cancelled")
    assert journey_stage(item(cancelled)) is JourneyStage.READY
    # a classic item never reports it; a stale value does not matter there
    assert journey_stage(item(member("InMage", {"UnplannedFailover"}, last_planned_failover_status="Failed"))) is (
        JourneyStage.READY
    )


@pytest.mark.parametrize(
    ("provider", "scenario", "stage"),
    [
        ("InMage", "UnplannedFailover", JourneyStage.FAILING_BACK),
        ("InMageRcmFailback", "PlannedFailover", JourneyStage.FAILING_BACK),
        ("InMage", "CommitFailover", JourneyStage.COMMITTING),
        ("InMageRcmFailback", "CancelFailover", JourneyStage.CANCELLING),
        ("InMage", "ReverseReplication", JourneyStage.PROTECTING_TO_AZURE),  # REV-08
        ("InMageAzureV2", "ReverseReplication", JourneyStage.REPROTECTING),
        ("InMage", "TestFailover", JourneyStage.BUSY),
    ],
)
def test_a_running_job_names_the_stage(provider: str, scenario: str, stage: JourneyStage) -> None:
    assert journey_stage(item(member(provider, set(), scenario=scenario, job="job-1"))) is stage


def test_plan_stands_where_all_members_stand() -> None:
    a = member("InMageRcmFailback", {"PlannedFailover"})
    b = JourneyMember("/items/b", "vm-02", "InMageRcmFailback", "Protected", frozenset({"PlannedFailover"}))
    plan = JourneyState(Scope.PLAN, "/plans/p", "RP", (a, b), frozenset({"PlannedFailover"}), NOW)
    assert journey_stage(plan) is JourneyStage.READY and plan.flow is ReplicationFlow.MODERNIZED
    c = JourneyMember("/items/c", "vm-03", "InMageRcmFailback", "Protected", frozenset())
    mixed = JourneyState(Scope.PLAN, "/plans/p", "RP", (a, c), frozenset(), NOW)
    assert journey_stage(mixed) is JourneyStage.REPLICATING_BACK  # the least advanced member: not ready yet
    back = JourneyMember("/items/d", "vm-04", "InMageRcm", "Protected", frozenset({"UnplannedFailover"}))
    left = JourneyMember("/items/e", "vm-05", "InMageRcmFailback", "Committed", frozenset({"ReverseReplicate"}))
    half = JourneyState(Scope.PLAN, "/plans/p", "RP", (back, left), frozenset(), NOW)
    assert journey_stage(half) is JourneyStage.COMMITTED  # REV-07: one member still to protect to Azure
    odd = JourneyMember("/items/f", "vm-06", "A2A", "Protected", frozenset())
    assert journey_stage(JourneyState(Scope.PLAN, "/plans/p", "RP", (a, odd), frozenset(), NOW)) is JourneyStage.UNKNOWN
    assert journey_stage(JourneyState(Scope.PLAN, "/plans/p", "RP", (), frozenset(), NOW)) is JourneyStage.UNKNOWN
    running = JourneyState(Scope.PLAN, "/plans/p", "RP", (a, c), frozenset(), NOW, "PlannedFailover", "job-9")
    assert journey_stage(running) is JourneyStage.FAILING_BACK
    assert plan.member("/ITEMS/B").name == "vm-02"


def test_mixed_providers_have_no_flow() -> None:
    a = member("InMageRcmFailback", set())
    b = JourneyMember("/items/b", "vm-02", "InMage", "Protected", frozenset())
    assert JourneyState(Scope.PLAN, "/p", "RP", (a, b), frozenset(), NOW).flow is None
    assert journey_flow("InMageRcm") is ReplicationFlow.MODERNIZED and journey_flow("A2A") is None


def test_unknown_status_values_are_kept_raw() -> None:
    m = member("InMageRcmFailback", set(), last_planned_failover_status="PartiallySucceeded")
    assert m.planned_failover_status is None and m.last_planned_failover_status == "PartiallySucceeded"
    assert PlannedFailoverStatus.parse(" failed ") is PlannedFailoverStatus.FAILED
    assert PlannedFailoverStatus.parse("") is None


def test_reverse_choices_preselect_the_container_mapping_policy_rev03() -> None:
    policies = (ReversePolicy("/p/1", "other", "InMageAzureV2"), ReversePolicy("/p/2", "mapped", "InMageAzureV2", True))
    choices = ReverseChoices("/items/x", ReplicationFlow.CLASSIC, (), policies, run_as_required=True)
    assert choices.preselected_policy is policies[1]
    assert ReverseChoices("/items/x", ReplicationFlow.MODERNIZED, (), policies[:1]).preselected_policy is None
