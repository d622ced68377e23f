"""A small Journey port double for the journey pages' tests (not production code).

It stands in the training vault's place for the journey only: every reprotected item starts ready for
failback, each submit ends its job at once and moves the item along (ready → failed back → committed →
protected to Azure), and its jobs are served through the session's SiteRecovery, so the job pane follows
them like any other. `fail_failback` makes a modernized planned failover fail (FB-15 → cancel → retry).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from reprotect_gui.domain.errors import UserFacingError
from reprotect_gui.domain.failback import (
    CancelFailoverRequest,
    CommitRequest,
    FailbackRequest,
    ReprotectToAzureRequest,
    Scope,
)
from reprotect_gui.domain.journey import (
    JourneyMember,
    JourneyState,
    RecoveryPoint,
    ReverseChoices,
    ReversePolicy,
    ReverseServer,
)
from reprotect_gui.domain.models import Job, JobState, JobTask, ReplicationFlow, RunAsAccount, SubmitResult, VmLocator

READY_OPS = {ReplicationFlow.CLASSIC: "UnplannedFailover", ReplicationFlow.MODERNIZED: "PlannedFailover"}
FORWARD = {ReplicationFlow.CLASSIC: "InMageAzureV2", ReplicationFlow.MODERNIZED: "InMageRcm"}
REVERSE = {ReplicationFlow.CLASSIC: "InMage", ReplicationFlow.MODERNIZED: "InMageRcmFailback"}


@dataclass
class _Item:
    item_id: str
    name: str
    flow: ReplicationFlow
    ops: set[str]
    provider: str
    last_pf: str = ""
    group: str | None = None
    on_prem_vm: VmLocator | None = None


@dataclass
class JourneyDouble:
    clock: Any
    items: dict[str, _Item] = field(default_factory=dict)
    plans: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    jobs: dict[str, Job] = field(default_factory=dict)
    sent: list[object] = field(default_factory=list)
    fail_failback: set[str] = field(default_factory=set)  # target ids whose next planned failover fails
    lose_answer: bool = False  # the next failback starts its job, but its answer never comes back
    running: dict[str, str] = field(default_factory=dict)  # item id → job id shown running (lost answers)

    def add_item(self, item_id: str, name: str, flow: ReplicationFlow, *, group: str | None = None) -> None:
        self.items[item_id] = _Item(
            item_id, name, flow, {READY_OPS[flow], "DisableProtection"}, REVERSE[flow], group=group
        )

    def add_plan(self, plan_id: str, name: str, item_ids: tuple[str, ...]) -> None:
        self.plans[plan_id] = (name, item_ids)

    # --- the port ------------------------------------------------------------------------------

    def _member(self, i: _Item) -> JourneyMember:
        return JourneyMember(
            i.item_id,
            i.name,
            i.provider,
            "Protected",
            frozenset(i.ops),
            scenario="UnplannedFailover" if i.item_id in self.running else "None",
            running_job_id=self.running.get(i.item_id),
            multi_vm_group_id="g-1" if i.group else None,
            multi_vm_group_name=i.group,
            last_planned_failover_status=i.last_pf,
            on_prem_vm=i.on_prem_vm,
        )

    def read_journey(self, scope: Scope, target_id: str) -> JourneyState:
        now = self.clock.now()
        if scope is Scope.PLAN:
            name, ids = self.plans[target_id]
            members = tuple(self._member(self.items[i]) for i in ids)
            shared = frozenset.intersection(*(m.allowed_operations for m in members))
            return JourneyState(
                Scope.PLAN, target_id, name, members, shared, now, providers=tuple({m.provider for m in members})
            )
        m = self._member(self.items[target_id])
        return JourneyState(Scope.ITEM, target_id, m.name, (m,), m.allowed_operations, now, providers=(m.provider,))

    def list_recovery_points(self, item_id: str) -> tuple[RecoveryPoint, ...]:
        now = self.clock.now()
        return (
            RecoveryPoint(f"{item_id}/recoveryPoints/rp-2", now - timedelta(minutes=5), "CrashConsistent"),
            RecoveryPoint(f"{item_id}/recoveryPoints/rp-1", now - timedelta(minutes=65), "AppConsistent"),
        )

    def reverse_choices(self, item_id: str) -> ReverseChoices:
        i = self.items[item_id]
        classic = i.flow is ReplicationFlow.CLASSIC
        now = self.clock.now()
        return ReverseChoices(
            item_id,
            i.flow,
            (
                ReverseServer("ps-onprem-01", "ps-onprem-01", "Normal", now - timedelta(minutes=1)),
                ReverseServer("ps-azure-01", "ps-azure-01", "Normal", now, on_premises=not classic),
            ),
            (ReversePolicy("pol-fwd", "policy-to-azure", FORWARD[i.flow], from_container_mapping=classic),),
            (RunAsAccount("ra-1", "vcenter-admin"),) if classic else (),
            run_as_required=classic,
        )

    def _ids(self, scope: Scope, target_id: str) -> tuple[str, ...]:
        return self.plans[target_id][1] if scope is Scope.PLAN else (target_id,)

    def _job(self, name: str, target: str, ok: bool) -> SubmitResult:
        now = self.clock.now()
        job_id = f"job-{len(self.jobs) + 1:03d}"
        state = JobState.SUCCEEDED if ok else JobState.FAILED
        task = JobTask("t1", name, state, "Completed" if ok else "Failed", now, now)
        self.jobs[job_id] = Job(job_id, name, target, state, tasks=(task,), start_time=now, end_time=now)
        return SubmitResult(job_id)

    def submit_failback(self, request: FailbackRequest) -> SubmitResult:
        self.sent.append(request)
        ids = self._ids(request.scope, request.target_id)
        fails = request.target_id in self.fail_failback
        self.fail_failback.discard(request.target_id)
        for i in (self.items[x] for x in ids):
            if fails:
                i.ops, i.last_pf = {"CancelFailover"}, "Failed"
            elif i.flow is ReplicationFlow.CLASSIC:
                i.ops = {"Commit", "ChangePit"}
            else:
                i.ops, i.last_pf = {"Commit", "CancelFailover"}, "Succeeded"
        result = self._job("Failover", request.target_name, not fails)
        if self.lose_answer:
            self.lose_answer = False
            for x in ids:
                self.running[x] = result.job_id
            raise UserFacingError("The connection to Azure was reset.", "Check the network, then try again.")
        return result

    def jobs_read(self) -> None:
        """The job pane read the jobs: a job that ended no longer shows running on its items."""
        self.running.clear()

    def submit_cancel(self, request: CancelFailoverRequest) -> SubmitResult:
        self.sent.append(request)
        for i in (self.items[x] for x in self._ids(request.scope, request.target_id)):
            i.ops, i.last_pf = {READY_OPS[i.flow], "DisableProtection"}, "Cancelled"
        return self._job("Cancel failover", request.target_name, True)

    def submit_commit(self, request: CommitRequest) -> SubmitResult:
        self.sent.append(request)
        for i in (self.items[x] for x in self._ids(request.scope, request.target_id)):
            i.ops = {"ReverseReplicate"}
        return self._job("Commit", request.target_name, True)

    def submit_reprotect_to_azure(self, request: ReprotectToAzureRequest) -> SubmitResult:
        self.sent.append(request)
        i = self.items[request.item_id]
        i.ops, i.provider = {"UnplannedFailover", "DisableProtection"}, FORWARD[i.flow]
        return self._job("Reprotect", request.item_name, True)


class FollowingBoth:
    """The session's SiteRecovery with the double's jobs added, so the job pane follows them."""

    def __init__(self, inner: Any, double: JourneyDouble) -> None:
        self._inner, self._double = inner, double

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def read_job(self, job_id: str) -> Job:
        if job_id in self._double.jobs:
            self._double.jobs_read()
            return self._double.jobs[job_id]
        return self._inner.read_job(job_id)

    def list_jobs(self, started_after: datetime | None) -> tuple[Job, ...]:
        self._double.jobs_read()
        return (*self._inner.list_jobs(started_after), *self._double.jobs.values())


def install(wizard: Any, **kwargs: Any) -> JourneyDouble:
    """Give `wizard`'s session the double as its Journey port, with every item and plan of the estate."""
    s = wizard.session
    double = JourneyDouble(s.clock, **kwargs)
    for item in s.site.items:
        flow = ReplicationFlow.MODERNIZED if item.provider.startswith("InMageRcm") else ReplicationFlow.CLASSIC
        group = item.replication_group or None
        double.add_item(item.item_id, item.name, flow, group=group)
    for plan in s.site.plans:
        double.add_plan(plan.plan_id, plan.name, plan.item_ids)
    s.journey = double
    s.site_recovery = FollowingBoth(s.site_recovery, double)
    return double
