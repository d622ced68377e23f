"""The SDK walk (issue 18 acceptance): the whole modernized recovery-plan cycle on the HTTPS emulator through
the real Azure SDK, driven by the journey's use cases (services/journey.py: check_step, submit_step,
where_is) over the ASR adapter (ArmJourney) — a planned failover that fails (8038, FB-15) → cancel (FB-12)
→ retry → commit (CMT-) → each member protected to Azure again (REV-07). Each request body is asserted
field by field against failback.md's wire format (SDK 2.0.0), and each step sends exactly one POST (FB-14).
The audit it leaves makes the drill report's one timeline for the plan."""

from __future__ import annotations

import datetime as dt

import emulator_journey
import pytest
from asr_estate import RA_HEALTHY, RCM_FORWARD_POLICY, mixed_estate, policy_id, rcm_failback_item, rcm_item_id
from asr_estate import recovery_plan as plan_payload
from asr_testkit import wait_for_final

from reprotect_gui.asr.journey import ArmJourney
from reprotect_gui.domain.failback import (
    CancelFailoverRequest,
    CommitRequest,
    FailbackRequest,
    ModernizedRecoveryPoint,
    ReprotectToAzureRequest,
    Scope,
)
from reprotect_gui.domain.journey import JourneyStage
from reprotect_gui.domain.models import JobState, ReplicationFlow
from reprotect_gui.domain.report import build_report
from reprotect_gui.services.audit import AuditLog
from reprotect_gui.services.journal import JobJournal
from reprotect_gui.services.journey import JourneyStep, StepInputs, check_step, submit_step, where_is
from reprotect_gui.services.tracking import RunRecorder, record_job_end
from tests.fakes import ManualClock, RecordingContext

MODERNIZED = ReplicationFlow.MODERNIZED
MEMBERS = ("shop-01", "shop-02")
PS_RCM = "ps-" + RA_HEALTHY  # the appliance's entry in the InMageRcm fabric's processServers[] (REV-04)

# failback.md, "Wire format": the modernized plan's planned failover (FB-01/02/04) and the reprotect to Azure (REV-04).
PLAN_FAILBACK_BODY = {
    "properties": {
        "failoverDirection": "RecoveryToPrimary",
        "providerSpecificDetails": [
            {"instanceType": "InMageRcmFailback", "recoveryPointType": "CrashConsistent", "useMultiVmSyncPoint": "True"}
        ],
    }
}


def reprotect_to_azure_body(process_server_id: str, policy: str) -> dict:
    return {
        "properties": {
            "failoverDirection": "PrimaryToRecovery",
            "providerSpecificDetails": {
                "instanceType": "InMageRcmFailback",
                "processServerId": process_server_id,
                "policyId": policy,
            },
        }
    }


@pytest.fixture
def estate():
    state = mixed_estate(vm_count=1)
    now = dt.datetime.now(dt.UTC)
    state["items"] += [rcm_failback_item(name, 4 + i, now) for i, name in enumerate(MEMBERS)]
    state["plans"].append(plan_payload("rp-shop", [rcm_item_id(n) for n in MEMBERS]))
    return state


class Walk:
    """One operator at the vault: the use cases over the adapter, recorded, each POST counted."""

    def __init__(self, emulator, adapter, tmp_path) -> None:
        self.emulator, self.adapter = emulator, adapter
        self.journey = ArmJourney(adapter)
        self.recorder = RunRecorder(
            "walk", adapter.vault.vault_name, ManualClock(), JobJournal(tmp_path), AuditLog(tmp_path)
        )
        self.plan_id = f"{emulator.vault_path}/replicationRecoveryPlans/rp-shop"

    def posts(self):
        return [r for r in self.emulator.requests_log if r.method == "POST"]

    def stage(self, scope=Scope.PLAN, target=None) -> JourneyStage:
        return where_is(self.journey, scope, target or self.plan_id).stage

    def step(self, step: JourneyStep, request, scope=Scope.PLAN, target=None, choices=None, **inputs):
        """check_step (preflight), submit_step, follow the job to its end, record it: exactly one POST."""
        target = target or self.plan_id
        check = check_step(
            self.journey, None, dt.datetime.now(dt.UTC), step, scope, target, RecordingContext(), StepInputs(**inputs)
        )
        before = len(self.posts())
        outcome = submit_step(
            self.journey,
            request,
            self.recorder,
            RecordingContext(),
            verdicts=check.verdicts,
            acknowledged=[f"{v.check_id}|{v.subject}" for v in check.verdicts if v.needs_acknowledgement],
            choices=choices,
        )
        assert outcome.job_id and not outcome.problem, outcome.problem
        (post,) = self.posts()[before:]  # FB-14: exactly one POST per step
        assert post.status == 202  # accepted with Location (+ Azure-AsyncOperation), as the examples answer
        job, _ = wait_for_final(self.adapter, outcome.job_id)
        record_job_end(self.recorder, job)
        return post, job, check


def test_the_modernized_plan_cycle_through_the_real_sdk_one_post_per_step(emulator, adapter, tmp_path):
    walk = Walk(emulator, adapter, tmp_path)
    assert walk.stage() is JourneyStage.READY
    failback = FailbackRequest(
        Scope.PLAN, walk.plan_id, "rp-shop", MODERNIZED, ModernizedRecoveryPoint.CRASH_CONSISTENT
    )

    # 1. A planned failover that fails: host short of memory (error 8038, FB-09's trap).
    emulator_journey.fail_next(emulator, walk.plan_id, "plannedFailover", code=8038)
    post, job, check = walk.step(JourneyStep.FAILBACK, failback, failback=failback)
    assert check.stage is JourneyStage.READY and not check.blocked
    ids = {v.check_id: v.status.value for v in check.verdicts}
    assert {k: ids[k] for k in ("FB-01", "FB-02", "FB-04", "FB-07")} == dict.fromkeys(
        ("FB-01", "FB-02", "FB-04", "FB-07"), "pass"
    )
    assert ids["FB-09"] == "unknown"  # vCenter not read here: the host's memory is not guessed
    assert post.path.endswith("/replicationRecoveryPlans/rp-shop/plannedFailover")
    assert post.query == "api-version=2025-08-01"
    assert post.body == PLAN_FAILBACK_BODY
    assert job.state is JobState.FAILED and "8038" in job.errors[0].codes
    position = where_is(walk.journey, Scope.PLAN, walk.plan_id)
    assert position.stage is JourneyStage.FAILBACK_FAILED  # FB-15: leads to cancel, never to disable
    assert position.next_steps == (JourneyStep.CANCEL,)
    assert {m.last_planned_failover_status for m in position.state.members} == {"Failed"}

    # 2. Cancel (FB-12): POST failoverCancel, no body; the Azure VMs run again (X3).
    post, job, _ = walk.step(JourneyStep.CANCEL, CancelFailoverRequest(Scope.PLAN, walk.plan_id, "rp-shop", MODERNIZED))
    assert post.path.endswith("/replicationRecoveryPlans/rp-shop/failoverCancel") and post.body is None
    assert job.state is JobState.SUCCEEDED and walk.stage() is JourneyStage.READY

    # 3. Retry: the same body, one POST; a second submit while it runs attaches to its job (FB-14).
    before = len(walk.posts())
    first = submit_step(walk.journey, failback, walk.recorder, RecordingContext())
    again = submit_step(walk.journey, failback, walk.recorder, RecordingContext())
    assert again.job_id == first.job_id and again.attached_to_running
    assert [p.body for p in walk.posts()[before:]] == [PLAN_FAILBACK_BODY]
    job, _ = wait_for_final(adapter, first.job_id)
    record_job_end(walk.recorder, job)
    assert job.state is JobState.SUCCEEDED
    assert walk.stage() is JourneyStage.FAILED_BACK  # CMT-03: Commit (and CancelFailover) offered

    # 4. Commit (CMT-01): POST failoverCommit, no body.
    commit = CommitRequest(Scope.PLAN, walk.plan_id, "rp-shop", MODERNIZED)
    post, job, check = walk.step(JourneyStep.COMMIT, commit, choices={"app_confirmed": True}, app_confirmed=True)
    assert not check.blocked
    assert {v.check_id: v.status.value for v in check.verdicts if v.check_id.startswith("CMT-0")}["CMT-01"] == "pass"
    assert post.path.endswith("/replicationRecoveryPlans/rp-shop/failoverCommit") and post.body is None
    assert job.state is JobState.SUCCEEDED
    position = where_is(walk.journey, Scope.PLAN, walk.plan_id)
    assert position.stage is JourneyStage.COMMITTED and position.next_steps == (JourneyStep.REPROTECT_TO_AZURE,)

    # 5. Protect each member to Azure again (REV-07: no plan-level reprotect), through the appliance (REV-04).
    for name in MEMBERS:
        member = rcm_item_id(name)
        choices = walk.journey.reverse_choices(member)
        (server,) = [s for s in choices.process_servers if s.health == "Normal"]  # REV-05
        (policy,) = choices.policies
        request = ReprotectToAzureRequest(member, name, MODERNIZED, server.server_id, policy.policy_id)
        post, job, check = walk.step(
            JourneyStep.REPROTECT_TO_AZURE,
            request,
            Scope.ITEM,
            member,
            process_server=server,
            policy_id=policy.policy_id,
        )
        assert {v.check_id: v.status.value for v in check.verdicts if v.check_id in ("REV-01", "REV-04", "REV-05")} == {
            "REV-01": "pass",
            "REV-04": "pass",
            "REV-05": "pass",
        }
        assert post.path.endswith(f"/replicationProtectedItems/{name}/reProtect")
        assert post.body == reprotect_to_azure_body(PS_RCM, policy_id(RCM_FORWARD_POLICY))
        assert job.state is JobState.SUCCEEDED
        assert walk.stage(Scope.ITEM, member) is JourneyStage.PROTECTED_TO_AZURE  # InMageRcm again (REV-08)
    assert walk.stage() is JourneyStage.PROTECTED_TO_AZURE

    # Six steps, six POSTs, each once; nothing retried by the SDK (retry_total=0).
    assert [p.path.rsplit("/", 1)[-1] for p in walk.posts()] == [
        "plannedFailover",
        "failoverCancel",
        "plannedFailover",
        "failoverCommit",
        "reProtect",
        "reProtect",
    ]
    assert JobJournal(tmp_path).pending() == ()  # every journaled job ended and was recorded

    # One journey, recorded: the plan's timeline in the drill report (issue 18 item 5).
    timeline = build_report(AuditLog(tmp_path).run("walk")).journey
    assert [(s.stage, s.subject, s.outcome) for s in timeline.steps] == [
        ("failback", "rp-shop", "Failed"),
        ("cancel", "rp-shop", "Succeeded"),
        ("failback", "rp-shop", "Succeeded"),
        ("failback", "rp-shop", "Succeeded"),  # the attached second click: same job, recorded as such
        ("commit", "rp-shop", "Succeeded"),
        ("reprotect_to_azure", "shop-01", "Succeeded"),
        ("reprotect_to_azure", "shop-02", "Succeeded"),
    ]
    assert timeline.reached == "reprotect_to_azure"
    assert timeline.of("commit")[0].confirmations == ("CMT-02: the application works on-premises",)
