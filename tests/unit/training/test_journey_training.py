"""The training estate's failback journey, driven through the use cases (services/journey.py) as the pages do:
a classic VM and a modernized recovery plan through the whole cycle to "protected to Azure", and each trap —
a classic VM in a replication group outside its plan (FB-06/CMT-04), a host short of memory (FB-09, 8038), a
classic item whose state lists CancelFailover (FB-12), a modernized planned failover that fails (FB-15 →
cancel → retry), a classic reprotect to Azure before the agent registered (REV-02). Jobs are followed through
the training vault's read_job/list_jobs like reprotect jobs."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence

import pytest

from reprotect_gui.domain.errors import ScenarioError
from reprotect_gui.domain.failback import (
    CancelFailoverRequest,
    ClassicRecoveryPoint,
    CommitRequest,
    FailbackRequest,
    ModernizedRecoveryPoint,
    ReprotectToAzureRequest,
    Scope,
    can_cancel,
)
from reprotect_gui.domain.journey import JourneyStage
from reprotect_gui.domain.models import (
    ClassicTarget,
    JobState,
    ModernizedTarget,
    ReplicationFlow,
    ReprotectRequest,
)
from reprotect_gui.domain.verdicts import Status, Verdict
from reprotect_gui.services.audit import AuditLog
from reprotect_gui.services.journal import JobJournal
from reprotect_gui.services.journey import (
    JourneyStep,
    StepInputs,
    StepOutcome,
    check_step,
    site_verdicts,
    submit_step,
    where_is,
)
from reprotect_gui.services.tracking import RunRecorder
from reprotect_gui.training.backends import TrainingSiteRecovery, TrainingVCenter
from reprotect_gui.training.journey import TrainingJourney
from reprotect_gui.training.scenario import builtin_path, load_scenario, storage_account_id
from tests.fakes import ManualClock, RecordingContext

LOG = storage_account_id("stasrlogtokyo01")
NO_INPUTS = StepInputs()
READY_AFTER_S = 60 + 90 + 15 + 5  # reprotect job, initial replication, first recovery point (training seconds)


class Estate:
    """The training vault, vCenter and journey on a clock the test moves."""

    def __init__(self, tmp_path, scenario=None) -> None:
        self.clock = ManualClock()
        self.scenario = scenario or load_scenario()
        self.vault = TrainingSiteRecovery(self.scenario, self.clock, latency_s=0)
        self.vcenter = TrainingVCenter(self.scenario, latency_s=0)
        self.journey = TrainingJourney(self.vault, self.vcenter)
        self.recorder = RunRecorder(
            "run-j",
            "rsv-contoso-dr-japaneast",
            self.clock,
            JobJournal(tmp_path),
            AuditLog(tmp_path),
            {"kind": "training"},
        )

    def reprotect(self, *item_ids: str) -> None:
        for item_id in item_ids:
            item = self.vault.read_item(item_id)
            if item.flow is ReplicationFlow.MODERNIZED:
                target = ModernizedTarget("ra-appliance-tokyo-01", LOG)
            else:
                target = ClassicTarget("mt-win-01", "ps-azure-01", "R:", "ra-1")
            self.vault.submit_reprotect(ReprotectRequest(item_id, item.name, target, "ds-vmfs-gold-01", "p", ()))
        self.clock.advance(seconds=READY_AFTER_S)

    def check(self, step: JourneyStep, scope: Scope, target: str, inputs: StepInputs = NO_INPUTS):
        return check_step(self.journey, self.vcenter, self.clock.now(), step, scope, target, RecordingContext(), inputs)

    def submit(self, request, verdicts: Sequence[Verdict] = ()) -> StepOutcome:
        return submit_step(self.journey, request, self.recorder, RecordingContext(), verdicts=verdicts, training=True)

    def run(self, outcome: StepOutcome, expect: JobState = JobState.SUCCEEDED, seconds: float = 120):
        """Follow the job to its end through the vault, as the job pane does (FB-11, REV-08)."""
        assert outcome.job_id, outcome.problem
        first = self.vault.read_job(outcome.job_id)
        assert first.state is JobState.IN_PROGRESS and first.tasks
        self.clock.advance(seconds=seconds)
        job = self.vault.read_job(outcome.job_id)
        assert job.state is expect, job
        assert job.job_id in {j.job_id for j in self.vault.list_jobs(None)}
        return job

    def stage(self, scope: Scope, target: str) -> JourneyStage:
        return where_is(self.journey, scope, target).stage


def statuses(verdicts: Sequence[Verdict], check_id: str) -> list[Status]:
    return [v.status for v in verdicts if v.check_id == check_id]


# --- the whole cycle -------------------------------------------------------------------------------


def test_a_classic_vm_goes_the_whole_journey_to_protected_to_azure(tmp_path):
    e = Estate(tmp_path)
    assert e.stage(Scope.ITEM, "web-01") is JourneyStage.FAILED_OVER
    e.vault.submit_reprotect(
        ReprotectRequest(
            "web-01", "web-01", ClassicTarget("mt-win-01", "ps-azure-01", "R:"), "ds-vmfs-gold-01", "p", ()
        )
    )
    assert e.stage(Scope.ITEM, "web-01") is JourneyStage.REPROTECTING
    e.clock.advance(seconds=70)
    assert e.stage(Scope.ITEM, "web-01") is JourneyStage.REPLICATING_BACK  # no recovery point yet (RDY-06)
    e.clock.advance(seconds=READY_AFTER_S - 70)
    assert e.stage(Scope.ITEM, "web-01") is JourneyStage.READY

    # FB-03 Custom: the item's points, newest first, one of them chosen
    points = e.journey.list_recovery_points("web-01")
    assert points and [p.time for p in points] == sorted((p.time for p in points), reverse=True)
    request = FailbackRequest(
        Scope.ITEM, "web-01", "web-01", ReplicationFlow.CLASSIC, ClassicRecoveryPoint.CUSTOM, points[0].point_id
    )
    checked = e.check(JourneyStep.FAILBACK, Scope.ITEM, "web-01", StepInputs(failback=request))
    assert statuses(checked.verdicts, "FB-01") == [Status.PASS]  # FB-01: UnplannedFailover offered
    assert statuses(checked.verdicts, "FB-06") == []  # a lone VM: its group is named by its own id
    assert statuses(checked.verdicts, "FB-09") == [Status.PASS]  # 16 GB on a host with 48 GB free
    assert statuses(checked.verdicts, "FB-10") == [Status.WARN]  # no cancel, no retry once started
    assert statuses(checked.verdicts, "FB-02") == [Status.PASS]  # Azure → on-premises (InMage)
    assert statuses(checked.verdicts, "FB-05") == [Status.WARN]  # downtime
    assert statuses(checked.verdicts, "FB-03") == [Status.INFO]  # a chosen point: later changes are lost
    assert not checked.blocked
    failback = e.run(e.submit(request, checked.verdicts))
    assert failback.friendly_name == "Failover" and [t.task_id for t in failback.tasks][-1] == "start_vm"
    assert e.journey.submissions == [request]

    assert e.stage(Scope.ITEM, "web-01") is JourneyStage.FAILED_BACK
    state = e.journey.read_journey(Scope.ITEM, "web-01")
    assert state.allowed_operations == {"Commit", "ChangePit"}  # CMT-05: ChangePit until commit; no cancel (FB-12)
    checked = e.check(JourneyStep.COMMIT, Scope.ITEM, "web-01", StepInputs(app_confirmed=True))
    assert statuses(checked.verdicts, "FB-13") == [Status.PASS]  # powered on, tools running, 10.10.2.11
    assert statuses(checked.verdicts, "CMT-01") == [Status.WARN]  # deletes the Azure VM
    assert statuses(checked.verdicts, "CMT-05") == [Status.INFO]  # ChangePit until commit
    e.run(e.submit(CommitRequest(Scope.ITEM, "web-01", "web-01", ReplicationFlow.CLASSIC)))
    position = where_is(e.journey, Scope.ITEM, "web-01")  # CMT-07: unprotected now, straight on to K
    assert position.stage is JourneyStage.COMMITTED and position.next_steps == (JourneyStep.REPROTECT_TO_AZURE,)

    choices = e.journey.reverse_choices("web-01")
    assert choices.run_as_required and choices.preselected_policy is not None
    server = next(s for s in choices.process_servers if s.server_id == "ps-tokyo-01")
    inputs = StepInputs(
        process_server=server,
        policy_id=choices.preselected_policy.policy_id,
        run_as_account_id=choices.run_as_accounts[0].account_id,
    )
    checked = e.check(JourneyStep.REPROTECT_TO_AZURE, Scope.ITEM, "web-01", inputs)
    assert statuses(checked.verdicts, "REV-01") == [Status.PASS]
    assert statuses(checked.verdicts, "REV-05") == [Status.PASS]
    assert statuses(checked.verdicts, "REV-06") == [Status.INFO] and statuses(checked.verdicts, "REV-09") == [
        Status.INFO
    ]
    assert statuses(checked.verdicts, "REV-02") == [Status.WARN]  # booted 4 training minutes ago: countdown
    e.clock.advance(minutes=15)
    checked = e.check(JourneyStep.REPROTECT_TO_AZURE, Scope.ITEM, "web-01", inputs)
    assert statuses(checked.verdicts, "REV-02") == [Status.PASS]
    rev = ReprotectToAzureRequest(
        "web-01", "web-01", ReplicationFlow.CLASSIC, server.server_id, inputs.policy_id, inputs.run_as_account_id
    )
    e.run(e.submit(rev))
    position = where_is(e.journey, Scope.ITEM, "web-01")
    assert position.stage is JourneyStage.PROTECTED_TO_AZURE and position.next_steps == ()
    assert position.state.members[0].provider == "InMageAzureV2"  # REV-08
    events = [r["event"] for r in e.recorder.audit.records()]
    assert events == [
        f"journey.{s}.{w}" for s in ("failback", "commit", "reprotect_to_azure") for w in ("submitted", "accepted")
    ]
    assert {j.step for j in e.recorder.journal.pending()} == {"failback", "commit", "reprotect_to_azure"}


def test_a_modernized_recovery_plan_goes_the_whole_journey(tmp_path):
    e = Estate(tmp_path)
    e.reprotect("intranet-01", "portal-01")
    plan = e.journey.read_journey(Scope.PLAN, "rp-intranet")
    assert plan.flow is ReplicationFlow.MODERNIZED and plan.allowed_operations == {"PlannedFailover"}  # FB-07, X4
    assert e.stage(Scope.PLAN, "rp-intranet") is JourneyStage.READY
    request = FailbackRequest(
        Scope.PLAN, "rp-intranet", "RP-Intranet", ReplicationFlow.MODERNIZED, ModernizedRecoveryPoint.CRASH_CONSISTENT
    )
    readiness = [Verdict("RDY-06", Status.PASS, "ok", subject="intranet-01")]
    checked = check_step(
        e.journey,
        e.vcenter,
        e.clock.now(),
        JourneyStep.FAILBACK,
        Scope.PLAN,
        "rp-intranet",
        RecordingContext(),
        StepInputs(failback=request),
        readiness=readiness,
        site=site_verdicts(e.vault.read_site(RecordingContext()), None, plan, e.clock.now()),
    )
    assert statuses(checked.verdicts, "FB-07") == [Status.PASS]
    assert statuses(checked.verdicts, "FB-04") == [Status.PASS] and statuses(checked.verdicts, "FB-10") == [Status.INFO]
    assert statuses(checked.verdicts, "FB-08") == [Status.PASS]  # RCM-01: appliance-tokyo-01 healthy
    assert statuses(checked.verdicts, "FB-09") == [Status.PASS, Status.PASS]
    assert not checked.blocked
    first = e.submit(request)
    again = e.submit(request)  # a second click while it runs: the same job, nothing sent (FB-14)
    assert (again.job_id, again.attached_to_running) == (first.job_id, True)
    assert len(e.journey.submissions) == 1
    running = e.journey.read_journey(Scope.PLAN, "rp-intranet")
    assert running.scenario == "PlannedFailover" and running.running_job_id == first.job_id
    assert e.stage(Scope.PLAN, "rp-intranet") is JourneyStage.FAILING_BACK
    e.run(first)

    plan = e.journey.read_journey(Scope.PLAN, "rp-intranet")
    assert plan.allowed_operations == {"Commit", "CancelFailover"}
    assert {m.planned_failover_status for m in plan.members} == {"Succeeded"}
    checked = e.check(JourneyStep.COMMIT, Scope.PLAN, "rp-intranet", StepInputs(app_confirmed=True))
    assert statuses(checked.verdicts, "FB-13") == [Status.PASS, Status.PASS]  # guest IPs after boot
    assert statuses(checked.verdicts, "CMT-01") == [Status.PASS]
    assert statuses(checked.verdicts, "CMT-03") == []  # Commit is offered: nothing instead
    e.run(e.submit(CommitRequest(Scope.PLAN, "rp-intranet", "RP-Intranet", ReplicationFlow.MODERNIZED)))
    assert e.stage(Scope.PLAN, "rp-intranet") is JourneyStage.COMMITTED
    assert e.journey.read_journey(Scope.PLAN, "rp-intranet").allowed_operations == frozenset()  # REV-07

    checked = e.check(JourneyStep.REPROTECT_TO_AZURE, Scope.PLAN, "rp-intranet")
    assert statuses(checked.verdicts, "REV-07") == [Status.BLOCK]
    for item in ("intranet-01", "portal-01"):  # member by member (REV-07)
        choices = e.journey.reverse_choices(item)
        assert not choices.run_as_required and {p.provider for p in choices.policies} == {"InMageRcm"}
        server = next(s for s in choices.process_servers if s.health == "Normal")
        inputs = StepInputs(process_server=server, policy_id=choices.policies[0].policy_id)
        checked = e.check(JourneyStep.REPROTECT_TO_AZURE, Scope.ITEM, item, inputs)
        assert not checked.blocked and statuses(checked.verdicts, "REV-04") == [Status.PASS]
        e.run(
            e.submit(
                ReprotectToAzureRequest(item, item, ReplicationFlow.MODERNIZED, server.server_id, inputs.policy_id)
            )
        )
        if item == "intranet-01":  # one member back on Azure, one to go: the plan still stands committed
            assert e.stage(Scope.PLAN, "rp-intranet") is JourneyStage.COMMITTED
    assert e.stage(Scope.PLAN, "rp-intranet") is JourneyStage.PROTECTED_TO_AZURE
    assert {m.provider for m in e.journey.read_journey(Scope.PLAN, "rp-intranet").members} == {"InMageRcm"}


# --- traps -----------------------------------------------------------------------------------------


def test_fb06_a_classic_vm_in_a_replication_group_goes_only_through_its_plan(tmp_path):
    e = Estate(tmp_path)
    e.reprotect("sql-01")
    state = e.journey.read_journey(Scope.ITEM, "sql-01")
    assert state.members[0].multi_vm_group_name == "web-tier"
    request = FailbackRequest(Scope.ITEM, "sql-01", "sql-01", ReplicationFlow.CLASSIC, ClassicRecoveryPoint.LATEST_TIME)
    checked = e.check(JourneyStep.FAILBACK, Scope.ITEM, "sql-01", StepInputs(failback=request))
    assert statuses(checked.verdicts, "FB-06") == [Status.BLOCK]
    outcome = e.submit(request)  # submitted anyway: the service refuses, nothing starts
    assert outcome.job_id is None and "replication group web-tier" in outcome.problem
    assert e.journey.submissions == [] and e.stage(Scope.ITEM, "sql-01") is JourneyStage.READY
    assert [r["event"] for r in e.recorder.audit.records()][-1] == "journey.failback.failed"


def test_cmt04_a_group_vm_is_not_committed_alone(tmp_path):
    e = Estate(tmp_path)
    e.reprotect("web-01", "web-02", "sql-01")
    # web-02 never gets healthy (the readiness trap), so the plan is not ready: a plan failback is refused
    plan = e.journey.read_journey(Scope.PLAN, "rp-web-tier")
    assert "UnplannedFailover" not in plan.allowed_operations
    refused = e.submit(
        FailbackRequest(
            Scope.PLAN, "rp-web-tier", "RP-Web-Tier", ReplicationFlow.CLASSIC, ClassicRecoveryPoint.LATEST_TAG
        )
    )
    assert refused.job_id is None and "not allowed now" in refused.problem
    checked = e.check(JourneyStep.COMMIT, Scope.ITEM, "sql-01")
    assert statuses(checked.verdicts, "CMT-04") == [Status.BLOCK]


def test_fb09_a_host_short_of_memory_fails_the_failback_with_8038_and_a_retry_works(tmp_path):
    e = Estate(tmp_path)
    e.clock.advance(minutes=10)  # mail-01's agent registers 11 minutes after its failover (ELIG-04)
    e.reprotect("mail-01")
    request = FailbackRequest(
        Scope.ITEM, "mail-01", "mail-01", ReplicationFlow.CLASSIC, ClassicRecoveryPoint.LATEST_TIME
    )
    checked = e.check(JourneyStep.FAILBACK, Scope.ITEM, "mail-01", StepInputs(failback=request))
    (fb09,) = [v for v in checked.verdicts if v.check_id == "FB-09"]
    assert fb09.status is Status.WARN and "8038" in fb09.finding
    job = e.run(e.submit(request), JobState.FAILED)
    (error,) = job.errors
    assert error.code == "8038" and error.task_id == "start_vm"
    assert "65,536 MB" in error.possible_causes and "49,152 MB free" in error.possible_causes
    # the VM did not boot; the item offers the failback again (fix the host, then retry)
    assert e.stage(Scope.ITEM, "mail-01") is JourneyStage.READY
    assert e.vcenter.read_estate([], RecordingContext()).vms  # vCenter unchanged: still powered off
    vm = next(v for v in e.vcenter.read_estate([], RecordingContext()).vms if v.name == "mail-01")
    assert vm.power_state == "poweredOff"


def test_fb12_a_classic_item_that_lists_cancel_never_gets_it(tmp_path):
    e = Estate(tmp_path)
    e.reprotect("app-lnx-01")
    request = FailbackRequest(
        Scope.ITEM, "app-lnx-01", "app-lnx-01", ReplicationFlow.CLASSIC, ClassicRecoveryPoint.LATEST_TIME
    )
    e.run(e.submit(request))
    state = e.journey.read_journey(Scope.ITEM, "app-lnx-01")
    assert "CancelFailover" in state.allowed_operations  # the trap: the service lists it
    assert not can_cancel(ReplicationFlow.CLASSIC, state.allowed_operations, state.scenario)
    position = where_is(e.journey, Scope.ITEM, "app-lnx-01")
    assert position.next_steps == (JourneyStep.COMMIT,)
    checked = e.check(JourneyStep.CANCEL, Scope.ITEM, "app-lnx-01")
    assert statuses(checked.verdicts, "FB-12") == [Status.BLOCK]
    with pytest.raises(ValueError, match="FB-12"):
        CancelFailoverRequest(Scope.ITEM, "app-lnx-01", "app-lnx-01", ReplicationFlow.CLASSIC)
    # a cancel sent as if modernized is refused by the "service" too
    outcome = e.submit(CancelFailoverRequest(Scope.ITEM, "app-lnx-01", "app-lnx-01", ReplicationFlow.MODERNIZED))
    assert outcome.job_id is None and "classic architecture" in outcome.problem


def test_fb15_a_failed_planned_failover_leads_to_cancel_and_the_retry_works(tmp_path):
    e = Estate(tmp_path)
    e.reprotect("kb-01")
    request = FailbackRequest(
        Scope.ITEM, "kb-01", "kb-01", ReplicationFlow.MODERNIZED, ModernizedRecoveryPoint.CRASH_CONSISTENT
    )
    job = e.run(e.submit(request), JobState.FAILED)
    assert job.errors[0].code == "PlannedFailoverFailed" and "Cancel the failover" in job.errors[0].recommended_action
    position = where_is(e.journey, Scope.ITEM, "kb-01")
    assert position.stage is JourneyStage.FAILBACK_FAILED and position.next_steps == (JourneyStep.CANCEL,)
    member = position.state.members[0]
    assert member.last_planned_failover_status == "Failed" and member.health_errors
    assert "DisableProtection" in member.allowed_operations  # listed, never suggested (FB-11)
    checked = e.check(JourneyStep.FAILBACK, Scope.ITEM, "kb-01", StepInputs(failback=request))
    assert statuses(checked.verdicts, "FB-15") == [Status.BLOCK]

    cancel = CancelFailoverRequest(Scope.ITEM, "kb-01", "kb-01", ReplicationFlow.MODERNIZED)
    assert statuses(e.check(JourneyStep.CANCEL, Scope.ITEM, "kb-01").verdicts, "FB-12") == [Status.PASS]
    e.run(e.submit(cancel))
    state = e.journey.read_journey(Scope.ITEM, "kb-01")
    assert state.allowed_operations == {"PlannedFailover", "DisableProtection"}  # X3
    assert state.members[0].last_planned_failover_status == "Cancelled"
    e.run(e.submit(request))  # the retry works
    assert e.stage(Scope.ITEM, "kb-01") is JourneyStage.FAILED_BACK
    assert [type(r).__name__ for r in e.journey.submissions] == [
        "FailbackRequest",
        "CancelFailoverRequest",
        "FailbackRequest",
    ]


def test_rev02_a_classic_reprotect_to_azure_too_soon_after_boot_fails_then_works(tmp_path):
    e = Estate(tmp_path)
    e.reprotect("branch-01")
    e.run(e.submit(FailbackRequest(Scope.ITEM, "branch-01", "branch-01", ReplicationFlow.CLASSIC, "LatestTime")))
    e.run(e.submit(CommitRequest(Scope.ITEM, "branch-01", "branch-01", ReplicationFlow.CLASSIC)), seconds=20)
    choices = e.journey.reverse_choices("branch-01")
    server = next(s for s in choices.process_servers if s.server_id == "ps-tokyo-01")
    policy = choices.preselected_policy
    assert policy is not None
    run_as = choices.run_as_accounts[0].account_id
    inputs = StepInputs(process_server=server, policy_id=policy.policy_id, run_as_account_id=run_as)
    checked = e.check(JourneyStep.REPROTECT_TO_AZURE, Scope.ITEM, "branch-01", inputs)
    (rev02,) = [v for v in checked.verdicts if v.check_id == "REV-02"]
    assert rev02.status is Status.WARN  # booted about 2 minutes ago (training time)
    request = ReprotectToAzureRequest(
        "branch-01", "branch-01", ReplicationFlow.CLASSIC, server.server_id, policy.policy_id, run_as
    )
    job = e.run(e.submit(request), JobState.FAILED)
    assert job.errors[0].code == "AgentNotRegistered"
    assert e.stage(Scope.ITEM, "branch-01") is JourneyStage.COMMITTED  # still offered: wait and retry
    e.clock.advance(minutes=15)
    assert statuses(e.check(JourneyStep.REPROTECT_TO_AZURE, Scope.ITEM, "branch-01", inputs).verdicts, "REV-02") == [
        Status.PASS
    ]
    e.run(e.submit(request))
    assert e.stage(Scope.ITEM, "branch-01") is JourneyStage.PROTECTED_TO_AZURE


def test_the_service_refuses_what_does_not_fit(tmp_path):
    e = Estate(tmp_path)
    e.reprotect("web-01")
    wrong_point = FailbackRequest(
        Scope.ITEM, "web-01", "web-01", ReplicationFlow.CLASSIC, ClassicRecoveryPoint.CUSTOM, "rp-nope"
    )
    assert "not one of the item's recovery points" in e.submit(wrong_point).problem
    commit_too_early = e.submit(CommitRequest(Scope.ITEM, "web-01", "web-01", ReplicationFlow.CLASSIC))
    assert "not allowed now" in commit_too_early.problem
    unknown = e.submit(CommitRequest(Scope.ITEM, "ghost-01", "ghost-01", ReplicationFlow.CLASSIC))
    assert "no replicated item ghost-01" in unknown.problem
    assert e.journey.submissions == []


# --- the training data --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "place"),
    [
        (lambda j: j["classic_lists_cancel"].append("intranet-01"), "journey.classic_lists_cancel[1]"),
        (
            lambda j: j["planned_failover_fails_once"].update(
                {"web-01": {"fail_at_task": "start_vm", "error": "8038"}}
            ),
            "journey.planned_failover_fails_once.web-01",
        ),
        (lambda j: j["planned_failover_fails_once"]["kb-01"].update(fail_at_task="nope"), "fail_at_task"),
        (lambda j: j.update(host_memory_error="1234"), "journey.host_memory_error"),
        (lambda j: j["policies"][0].update(provider="A2A"), "journey.policies[0].provider"),
        (lambda j: j["tasks"].update(failback=[]), "journey.tasks.failback"),
        (lambda j: j["tasks"].update(bogus=[]), "journey.tasks"),
        (lambda j: j.update(recovery_point_minutes=0), "journey.recovery_point_minutes"),
        (lambda j: j.update(failback_start_task="nope"), "journey.failback_start_task"),
        (lambda j: j["guest_ips"].update({"ghost-01": "10.0.0.1"}), "journey.guest_ips.ghost-01"),
        (lambda j: j.update(errors="none"), "journey.errors"),
    ],
)
def test_a_damaged_journey_section_is_a_sentence_naming_the_place(tmp_path, change, place):
    raw = json.loads(builtin_path().read_text(encoding="utf-8"))
    change(raw["journey"])
    path = tmp_path / "scenario.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ScenarioError) as raised:
        load_scenario(path)
    assert place in raised.value.summary and raised.value.next_step


def test_host_memory_is_validated_too(tmp_path):
    raw = json.loads(builtin_path().read_text(encoding="utf-8"))
    raw["vcenter"]["hosts"][0]["free_memory_mb"] = 300000
    path = tmp_path / "scenario.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ScenarioError, match="larger than the host's memory"):
        load_scenario(path)


def test_a_scenario_without_a_journey_section_still_fails_back(tmp_path):
    raw = json.loads(builtin_path().read_text(encoding="utf-8"))
    del raw["journey"]
    path = tmp_path / "scenario.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    e = Estate(tmp_path, load_scenario(path))
    e.reprotect("web-01")
    job = e.run(e.submit(FailbackRequest(Scope.ITEM, "web-01", "web-01", ReplicationFlow.CLASSIC, "LatestTime")))
    assert [t.task_id for t in job.tasks] == ["prerequisites", "operation", "finishing"]
    assert e.journey.reverse_choices("web-01").policies == ()  # none in the file: REV-03 will say so
    assert dataclasses.is_dataclass(e.journey.reverse_choices("web-01"))


def test_a_journey_job_outlives_the_process_that_started_it(tmp_path):
    """Resume after a crash (issue 18): the training store keeps journey jobs beside the reprotect's."""
    from reprotect_gui.training.backends import TrainingJobStore

    clock = ManualClock()
    scenario = load_scenario()
    store_path = tmp_path / "training-jobs.json"

    def vault() -> TrainingSiteRecovery:
        return TrainingSiteRecovery(
            scenario, clock, latency_s=0, job_store=TrainingJobStore(store_path, scenario.source)
        )

    first = vault()
    journey = TrainingJourney(first, TrainingVCenter(scenario, latency_s=0))
    first.submit_reprotect(
        ReprotectRequest("kb-01", "kb-01", ModernizedTarget("ra-appliance-tokyo-01", LOG), "ds-vmfs-gold-01", "p", ())
    )
    clock.advance(seconds=READY_AFTER_S)
    started = journey.submit_failback(
        FailbackRequest(Scope.ITEM, "kb-01", "kb-01", ReplicationFlow.MODERNIZED, "CrashConsistent")
    )
    clock.advance(seconds=10)
    running = first.read_job(started.job_id)
    assert running.state is JobState.IN_PROGRESS

    again = vault()  # the app was killed and started again
    TrainingJourney(again, TrainingVCenter(scenario, latency_s=0))
    assert again.read_job(started.job_id).tasks == running.tasks
    assert started.job_id in {j.job_id for j in again.list_jobs(None)}
    clock.advance(seconds=120)
    ended = again.read_job(started.job_id)
    assert ended.state is JobState.FAILED and ended.errors[0].code == "PlannedFailoverFailed"  # FB-15, as trained
    # the reprotect's own job is still there too, and a damaged journey entry costs only itself
    raw = json.loads(store_path.read_text(encoding="utf-8"))
    raw["jobs"].append({"scenario": scenario.source, "kind": "journey", "job_id": "x", "operation": "Nope"})
    store_path.write_text(json.dumps(raw), encoding="utf-8")
    third = vault()
    TrainingJourney(third, None)
    assert {j.job_id for j in third.list_jobs(None)} == {j.job_id for j in again.list_jobs(None)}


def test_a_classic_recovery_plan_fails_back_and_commits_as_one_job(tmp_path):
    """FB-07: plan-level failback works (unlike plan-level reprotect); LatestTag sends the group to a common point
    (FB-03); the plan's job changes every member; each goes back to Azure alone (REV-07)."""
    e = Estate(tmp_path)
    members = [f"branch-{i:02d}" for i in range(1, 11)]
    e.reprotect(*members)
    plan = e.journey.read_journey(Scope.PLAN, "rp-branch-offices")
    assert plan.flow is ReplicationFlow.CLASSIC and "UnplannedFailover" in plan.allowed_operations
    request = FailbackRequest(
        Scope.PLAN, "rp-branch-offices", "RP-Branch-Offices", ReplicationFlow.CLASSIC, ClassicRecoveryPoint.LATEST_TAG
    )
    assert request.direction == "RecoveryToPrimary" and request.source_site_operations == "Required"  # FB-02, FB-05
    checked = e.check(JourneyStep.FAILBACK, Scope.PLAN, "rp-branch-offices", StepInputs(failback=request))
    assert statuses(checked.verdicts, "FB-06") == []  # through the plan: allowed
    assert statuses(checked.verdicts, "FB-09") == [Status.PASS] * 10
    job = e.run(e.submit(request))
    assert job.item_id == "rp-branch-offices" and job.target_name == "RP-Branch-Offices"
    assert len(e.journey.submissions) == 1  # one job for the plan
    assert e.stage(Scope.PLAN, "rp-branch-offices") is JourneyStage.FAILED_BACK
    assert e.journey.read_journey(Scope.PLAN, "rp-branch-offices").allowed_operations == {"Commit"}
    e.run(e.submit(CommitRequest(Scope.PLAN, "rp-branch-offices", "RP-Branch-Offices", ReplicationFlow.CLASSIC)))
    assert {e.stage(Scope.ITEM, m) for m in members} == {JourneyStage.COMMITTED}
    assert e.stage(Scope.PLAN, "rp-branch-offices") is JourneyStage.COMMITTED


def test_two_training_windows_never_start_one_journey_step_twice(tmp_path):
    """Both windows were open before either failed back: the second one's failback of the same VM is read
    against the store inside its lock and follows the first one's job (FB-14 across windows)."""
    from reprotect_gui.training.backends import TrainingJobStore

    clock = ManualClock()
    scenario = load_scenario()
    store_path = tmp_path / "training-jobs.json"
    windows = []
    for _ in range(2):
        vault = TrainingSiteRecovery(
            scenario, clock, latency_s=0, job_store=TrainingJobStore(store_path, scenario.source)
        )
        windows.append((vault, TrainingJourney(vault, TrainingVCenter(scenario, latency_s=0))))
    (left, left_journey), (right, right_journey) = windows
    target = ModernizedTarget("ra-appliance-tokyo-01", LOG)
    left.submit_reprotect(ReprotectRequest("kb-01", "kb-01", target, "ds-vmfs-gold-01", "p", ()))
    assert right.submit_reprotect(
        ReprotectRequest("kb-01", "kb-01", target, "ds-vmfs-gold-01", "p", ())
    ).attached_to_running
    clock.advance(seconds=READY_AFTER_S)
    request = FailbackRequest(Scope.ITEM, "kb-01", "kb-01", ReplicationFlow.MODERNIZED, "CrashConsistent")
    first = left_journey.submit_failback(request)
    again = right_journey.submit_failback(request)
    assert again.attached_to_running and again.job_id == first.job_id and right_journey.submissions == []
    stored = TrainingJobStore(store_path, scenario.source).journey_entries()
    assert [e["job_id"] for e in stored] == [first.job_id]  # one job, stored once
