"""The training vault's failback journey (issue 18): the Journey port, offline.

After a training reprotect has succeeded and the item has its first recovery point (section H, the
vault's readiness script), each item moves through the journey by the jobs its steps start, as time
goes on (times the vault's speed), like a reprotect job:

    ready ──failback──▶ failed back ──commit──▶ committed ──reprotect to Azure──▶ protected to Azure
      ▲                   │ (modernized)
      └──── cancel ◀──────┘   a failed planned failover, too (FB-15 → FB-12)

Classic items fail back by an unplanned failover and offer no cancel (FB-01, FB-12); modernized ones by
a planned failover, which can be cancelled. Plans fail back and commit as one job for all their members
(FB-07); reprotect to Azure goes item by item (REV-07). `allowedOperations` per state follow the
published examples (X1–X6) and the emulator. The traps come from the scenario's `journey` section:

* FB-06/CMT-04: a classic VM in a named replication group (web-tier) is refused item by item;
* FB-09: a VM whose host has less free memory than it needs fails to boot at failback (error 8038);
* FB-12: a classic item whose state lists CancelFailover (app-lnx-01) — cancel must still not be offered;
* FB-15: a modernized item whose first planned failover fails (kb-01) → cancel → retry works;
* REV-02: a classic reprotect to Azure sooner after the on-premises VM's boot than its agent registers fails.

The vault's lock is shared: the vault asks the journey for item states and jobs while holding it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from reprotect_gui.domain.errors import SubmitRefused
from reprotect_gui.domain.failback import (
    OP_CANCEL_FAILOVER,
    OP_CHANGE_PIT,
    OP_COMMIT,
    OP_PLANNED_FAILOVER,
    OP_REVERSE_REPLICATE,
    OP_UNPLANNED_FAILOVER,
    SCENARIO_IDLE,
    CancelFailoverRequest,
    ClassicRecoveryPoint,
    CommitRequest,
    FailbackRequest,
    ReprotectToAzureRequest,
    Scope,
    failback_operation,
    in_named_replication_group,
    reverse_flow,
)
from reprotect_gui.domain.journey import (
    JourneyMember,
    JourneyState,
    RecoveryPoint,
    ReverseChoices,
    ReverseServer,
    journey_flow,
)
from reprotect_gui.domain.matching import match_locator
from reprotect_gui.domain.messages import t
from reprotect_gui.domain.models import (
    Job,
    JobError,
    JobState,
    ProtectedItem,
    RecoveryPlan,
    RecoverySite,
    ReplicationFlow,
    ServerLocation,
    SubmitResult,
    VCenterEstate,
    VcVm,
)
from reprotect_gui.training.backends import RESTORED_JOBS_KEPT, TrainingSiteRecovery, TrainingVCenter, run_tasks
from reprotect_gui.training.scenario import DEFAULT_JOURNEY, JOURNEY_TASK_KINDS, JourneyScript

DISABLE = "DisableProtection"
CLASSIC_FORWARD, MODERNIZED_FORWARD = "InMageAzureV2", "InMageRcm"
ALLOWED_PROTECTED_TO_AZURE = frozenset({OP_UNPLANNED_FAILOVER, "TestFailover", DISABLE})
# Ready: both failovers listed, as after any reprotect (the emulator too); FB-01 picks the architecture's.
ALLOWED_FAILBACK_READY = frozenset({OP_PLANNED_FAILOVER, OP_UNPLANNED_FAILOVER, DISABLE})

# currentScenario.scenarioName while each step's job runs (X1–X6; cancel's name is not published).
SCENARIO = {
    OP_UNPLANNED_FAILOVER: "UnplannedFailover",
    OP_PLANNED_FAILOVER: "PlannedFailover",
    OP_CANCEL_FAILOVER: "CancelFailover",
    OP_COMMIT: "CommitFailover",
    OP_REVERSE_REPLICATE: "ReverseReplication",
}
FRIENDLY = {
    OP_UNPLANNED_FAILOVER: "Failover",
    OP_PLANNED_FAILOVER: "Planned failover",
    OP_CANCEL_FAILOVER: "Cancel failover",
    OP_COMMIT: "Commit",
    OP_REVERSE_REPLICATE: "Reprotect",
}
STEP_WORDS = {
    OP_UNPLANNED_FAILOVER: t("failback (unplanned failover)"),
    OP_PLANNED_FAILOVER: t("failback (planned failover)"),
    OP_CANCEL_FAILOVER: t("cancel of the failback"),
    OP_COMMIT: t("commit"),
    OP_REVERSE_REPLICATE: t("reprotect to Azure"),
}
MAX_RECOVERY_POINTS = 12


@dataclass(frozen=True, slots=True)
class _StepJob:
    """One job a journey step started: on an item, or on a plan (then on all its members)."""

    job_id: str
    operation: str  # an allowedOperations value: what the step does
    scope: Scope
    target_id: str
    target_name: str
    item_ids: tuple[str, ...]
    flow: ReplicationFlow
    submitted_at: datetime
    speed: float
    tasks_kind: str  # JourneyScript task kind
    failure: tuple[str, JobError] | None = None  # (task key, error), decided at submit
    restored: bool = False  # from an earlier process: readable by ID, not applied to the items

    def to_json(self) -> dict[str, Any]:
        failure = None
        if self.failure is not None:
            key, e = self.failure
            failure = {
                "task": key,
                "code": e.code,
                "message": e.message,
                "possible_causes": e.possible_causes,
                "recommended_action": e.recommended_action,
            }
        return {
            "job_id": self.job_id,
            "operation": self.operation,
            "scope": self.scope.value,
            "target_id": self.target_id,
            "target_name": self.target_name,
            "item_ids": list(self.item_ids),
            "flow": self.flow.value,
            "submitted_at": self.submitted_at.isoformat(),
            "speed": self.speed,
            "tasks_kind": self.tasks_kind,
            "failure": failure,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> _StepJob:
        """Raises ValueError, KeyError or TypeError for an entry it can't read (the caller skips it)."""
        f = raw.get("failure")
        failure = None
        if isinstance(f, dict):
            error = JobError(
                str(f["code"]),
                str(f["message"]),
                str(f.get("possible_causes", "")),
                str(f.get("recommended_action", "")),
            )
            failure = (str(f["task"]), error)
        if raw["operation"] not in SCENARIO:
            raise ValueError(f"not a journey operation: {raw['operation']!r}")
        submitted = datetime.fromisoformat(str(raw["submitted_at"]))
        if submitted.tzinfo is None:
            raise ValueError("a submit time without its zone")
        return cls(
            job_id=str(raw["job_id"]),
            operation=str(raw["operation"]),
            scope=Scope(raw["scope"]),
            target_id=str(raw["target_id"]),
            target_name=str(raw["target_name"]),
            item_ids=tuple(str(i) for i in raw["item_ids"]),
            flow=ReplicationFlow(raw["flow"]),
            submitted_at=submitted,
            speed=float(raw["speed"]),
            tasks_kind=str(raw["tasks_kind"]) if raw["tasks_kind"] in JOURNEY_TASK_KINDS else "failback",
            failure=failure,
            restored=True,
        )


@dataclass(frozen=True, slots=True)
class _Leg:
    """One item's journey state at a moment."""

    flow: ReplicationFlow
    provider: str
    protection_state: str
    allowed: frozenset[str]
    active_location: str
    scenario: str = SCENARIO_IDLE
    running_job_id: str | None = None
    last_pf_status: str = ""
    last_pf_time: datetime | None = None
    health_errors: tuple[str, ...] = ()
    vm_on: bool = False
    booted_at: datetime | None = None  # when the failback job ended (vault time)
    booted_speed: float = 1.0


class TrainingJourney:
    """The Journey port on the training vault (and its vCenter, whose VMs power on and off with the steps)."""

    def __init__(
        self, vault: TrainingSiteRecovery, vcenter: TrainingVCenter | None = None, *, latency_s: float | None = None
    ) -> None:
        self._vault = vault
        self._scenario = vault._scenario
        self._script: JourneyScript = self._scenario.journey or DEFAULT_JOURNEY
        self._clock = vault._clock
        self._lock: threading.RLock = vault._lock
        self._latency_s = vault._latency_s if latency_s is None else latency_s
        self._jobs: dict[str, _StepJob] = {}
        self._pf_attempts: dict[str, int] = {}
        self.submissions: list[object] = []  # what reached the "service", in order
        self._store = vault._store
        vault._journey = self
        if vcenter is not None:
            vcenter.on_read = self._vcenter_view
        self._restore()

    def _restore(self) -> None:
        """Journey jobs an earlier process started (the store the vault keeps): readable by ID, so the resume
        after a restart follows them to their end. Like the vault's, they do not change the items: each
        training session starts from the scenario."""
        if self._store is not None:
            self._restore_entries(self._store.journey_entries())

    def _restore_entries(self, entries: Sequence[dict[str, Any]]) -> None:
        now = self._clock.now()
        for raw in entries:
            try:
                job = _StepJob.from_json(raw)
            except (ValueError, KeyError, TypeError, AttributeError):
                continue  # one unreadable job costs only that job's history
            if now - job.submitted_at <= RESTORED_JOBS_KEPT:
                self._jobs.setdefault(job.job_id, job)

    @contextlib.contextmanager
    def _stored(self) -> Iterator[list[dict[str, Any]] | None]:
        """The store's journey transaction, or None when the vault keeps its jobs in memory only."""
        if self._store is None:
            yield None
            return
        with self._store.journey_transaction() as entries:
            yield entries

    # --- the port: reads --------------------------------------------------------------------------

    def read_journey(self, scope: Scope, target_id: str) -> JourneyState:
        self._vault._pause(self._latency_s / 3)
        with self._lock:
            now = self._clock.now()
            if scope is Scope.PLAN:
                return self._plan_state(self._plan(target_id), now)
            item = self._item(target_id)
            m = self._member(item, now)
            return JourneyState(
                Scope.ITEM,
                item.item_id,
                item.name,
                (m,),
                m.allowed_operations,
                now,
                m.scenario,
                m.running_job_id,
                (m.provider,),
            )

    def list_recovery_points(self, item_id: str) -> tuple[RecoveryPoint, ...]:
        """FB-03: a point every `recovery_point_minutes` training minutes since the first one, newest first."""
        self._vault._pause(self._latency_s / 3)
        with self._lock:
            return self._points(item_id, self._clock.now())

    def _points(self, item_id: str, now: datetime) -> tuple[RecoveryPoint, ...]:
        item = self._vault._after_reprotect(self._item(item_id))
        status = self._vault._replication_status(item, now)
        if status is None or status.latest_recovery_point is None:
            return ()
        speed = self._vault._reprotect_speed(item.item_id)
        readiness = self._vault._readiness
        job_id = self._vault._job_by_item[item.item_id]
        ended = self._vault._job_view(self._vault._jobs[job_id], now).end_time or now
        first = ended + timedelta(seconds=(readiness.initial_replication_s + readiness.recovery_point_after_s) / speed)
        step = timedelta(seconds=self._script.recovery_point_minutes * 60 / speed)
        newest = int((status.latest_recovery_point - first) / step) if status.latest_recovery_point >= first else 0
        points = []
        for k in range(newest, max(-1, newest - MAX_RECOVERY_POINTS), -1):
            points.append(
                RecoveryPoint(
                    point_id=f"{item.item_id}/recoveryPoints/rp-{k:05d}",
                    time=first + k * step,
                    point_type="AppConsistent" if k % 4 == 0 else "CrashConsistent",
                )
            )
        return tuple(points)

    def reverse_choices(self, item_id: str) -> ReverseChoices:
        """REV-03/04/05: classic — the vault's on-premises process servers, the InMageAzureV2 policies (the
        container mapping's marked) and the run-as accounts (required); modernized — each appliance's process
        server and the InMageRcm policies (run-as account optional, not listed)."""
        self._vault._pause(self._latency_s / 3)
        with self._lock:
            now = self._clock.now()
            item = self._item(item_id)
            leg = self._leg(item, now)
            flow = leg.flow if leg is not None else journey_flow(item.provider)
            if flow is None or flow is ReplicationFlow.OUT_OF_SCOPE:
                raise SubmitRefused(
                    t(
                        "{item} is not replicated by the classic or modernized architecture: it can't be "
                        "protected to Azure from here.",
                        item=item.name,
                    ),
                    t("Choose a VM that was failed back from Azure."),
                )
            return self._choices(item.item_id, flow, now)

    def _choices(self, item_id: str, flow: ReplicationFlow, now: datetime) -> ReverseChoices:
        site = self._scenario.site(now, self._vault._epoch)
        provider = CLASSIC_FORWARD if flow is ReplicationFlow.CLASSIC else MODERNIZED_FORWARD
        policies = tuple(p for p in self._script.policies if p.provider == provider)
        if flow is ReplicationFlow.CLASSIC:
            servers = tuple(
                ReverseServer(
                    ps.server_id,
                    ps.name,
                    ps.health,
                    ps.last_heartbeat,
                    on_premises=ps.location is not ServerLocation.AZURE,
                )
                for ps in site.process_servers
            )
            return ReverseChoices(item_id, flow, servers, policies, site.run_as_accounts, run_as_required=True)
        servers = tuple(
            ReverseServer(
                appliance_process_server_id(a.appliance_id), a.name, a.health, a.last_heartbeat, a.health_errors
            )
            for a in site.appliances
        )
        return ReverseChoices(item_id, flow, servers, policies)

    # --- the port: submits ------------------------------------------------------------------------

    def submit_failback(self, request: FailbackRequest) -> SubmitResult:
        """FB-01…05; refuses what ASR refuses (FB-06 item in a replication group, a point not the item's)."""
        return self._submit(
            request.operation, request.scope, request.target_id, request.target_name, request.flow, request
        )

    def submit_cancel(self, request: CancelFailoverRequest) -> SubmitResult:
        return self._submit(
            OP_CANCEL_FAILOVER, request.scope, request.target_id, request.target_name, request.flow, request
        )

    def submit_commit(self, request: CommitRequest) -> SubmitResult:
        return self._submit(OP_COMMIT, request.scope, request.target_id, request.target_name, request.flow, request)

    def submit_reprotect_to_azure(self, request: ReprotectToAzureRequest) -> SubmitResult:
        return self._submit(OP_REVERSE_REPLICATE, Scope.ITEM, request.item_id, request.item_name, request.flow, request)

    def _submit(
        self, operation: str, scope: Scope, target_id: str, name: str, flow: ReplicationFlow, request: object
    ) -> SubmitResult:
        self._vault._pause(self._latency_s)
        with self._lock, self._stored() as stored:
            now = self._clock.now()
            if stored is not None:  # another training window's journey jobs count too: never twice across windows
                self._restore_entries(stored)
                elsewhere = next(
                    (
                        j
                        for j in self._jobs.values()
                        if j.operation == operation
                        and j.target_id == target_id
                        and not self._job_view(j, now).state.is_final
                    ),
                    None,
                )
                if elsewhere is not None:
                    return SubmitResult(elsewhere.job_id, attached_to_running=True)
            step = STEP_WORDS[operation]
            if scope is Scope.PLAN:
                plan = self._plan(target_id)
                state = self._plan_state(plan, now)
                site = self._scenario.site(now, self._vault._epoch)
                items = tuple(self._item(i, site) for i in plan.item_ids)
            else:
                item = self._item(target_id)
                items = (item,)
                m = self._member(item, now)
                state = JourneyState(
                    Scope.ITEM, item.item_id, item.name, (m,), m.allowed_operations, now, m.scenario, m.running_job_id
                )
            # Never twice (FB-14): the same step already running is followed; another one refuses.
            running = state.running_job_id or next((m.running_job_id for m in state.members if m.running_job_id), None)
            if running is not None:
                job = self._jobs.get(running)
                if job is not None and job.operation == operation and job.target_id == target_id:
                    return SubmitResult(running, attached_to_running=True)
                raise SubmitRefused(
                    t("Another Site Recovery operation is running on {target}. Nothing was sent.", target=name),
                    t("Wait for that job to end, then reload and try again."),
                )
            self._refuse_wrong(operation, scope, state, items, flow, name, step, request)
            failure = self._failure(operation, scope, items, flow, now, request)
            kind = self._tasks_kind(operation, flow)
            number = self._vault._next_job_number()
            while f"{number:04d}-{operation.lower()}-{_short(target_id)}" in self._jobs:
                number += 1  # a job restored from the store may hold this number already
            job_id = f"{number:04d}-{operation.lower()}-{_short(target_id)}"
            self._jobs[job_id] = _StepJob(
                job_id,
                operation,
                scope,
                target_id,
                name,
                tuple(i.item_id for i in items),
                flow,
                now,
                self._vault._speed,
                kind,
                failure,
            )
            self.submissions.append(request)
            if stored is not None:
                stored.append(self._jobs[job_id].to_json())
            return SubmitResult(job_id)

    def _refuse_wrong(
        self,
        operation: str,
        scope: Scope,
        state: JourneyState,
        items: Sequence[ProtectedItem],
        flow: ReplicationFlow,
        name: str,
        step: str,
        request: object,
    ) -> None:
        """What the service refuses, with its words: nothing is started."""
        actual = state.flow
        if actual is not flow:
            raise SubmitRefused(
                t(
                    "Azure refused the {step} of {target}: it replicates {how}, the request is {flow}. "
                    "No job was started.",
                    step=step,
                    target=name,
                    how=t("with mixed providers") if actual is None else t("by the {flow} architecture", flow=actual),
                    flow=flow,
                ),
                t("Reload the item and start the step again; the tool picks the architecture from the item."),
            )
        if operation not in state.allowed_operations:
            allowed = ", ".join(sorted(state.allowed_operations)) or "none"
            states = ", ".join(sorted({m.protection_state for m in state.members}))
            raise SubmitRefused(
                t(
                    "Azure refused the {step} of {target}: the operation is not allowed now (state {states}; "
                    "allowed operations: {allowed}). No job was started.",
                    step=step,
                    target=name,
                    states=states,
                    allowed=allowed,
                ),
                t("Reload: the step may have been done already, or the item is not ready for it yet."),
            )
        if scope is Scope.ITEM and flow is ReplicationFlow.CLASSIC and operation in (OP_UNPLANNED_FAILOVER, OP_COMMIT):
            m = state.members[0]
            if in_named_replication_group(m.multi_vm_group_id, m.multi_vm_group_name):
                raise SubmitRefused(
                    t(
                        "Azure refused the {step} of {target}: it is in replication group {group}, which fails "
                        "over and commits only through its recovery plan (FB-06). No job was started.",
                        step=step,
                        target=name,
                        group=m.multi_vm_group_name or "",
                    ),
                    t("Fail back and commit the recovery plan that holds the replication group."),
                )
        if isinstance(request, FailbackRequest) and request.recovery_point == ClassicRecoveryPoint.CUSTOM:
            known = {p.point_id for p in self._points(items[0].item_id, self._clock.now())}
            if request.recovery_point_id not in known:
                raise SubmitRefused(
                    t(
                        "Azure refused the {step} of {target}: recovery point {point} is not one of the item's "
                        "recovery points. No job was started.",
                        step=step,
                        target=name,
                        point=request.recovery_point_id or "",
                    ),
                    t("Reload the recovery points and choose one of them."),
                )
        if isinstance(request, ReprotectToAzureRequest):
            choices = self._choices(request.item_id, flow, self._clock.now())
            if request.process_server_id not in {s.server_id for s in choices.process_servers}:
                raise SubmitRefused(
                    t(
                        "Azure refused the {step} of {target}: process server {server} is not known. "
                        "No job was started.",
                        step=step,
                        target=name,
                        server=request.process_server_id,
                    ),
                    t("Reload the choices and pick a listed process server."),
                )
            if request.policy_id not in {p.policy_id for p in choices.policies}:
                raise SubmitRefused(
                    t(
                        "Azure refused the {step} of {target}: policy {policy} does not exist for this "
                        "architecture. No job was started.",
                        step=step,
                        target=name,
                        policy=request.policy_id,
                    ),
                    t("Reload the choices and pick a listed replication policy."),
                )
            accounts = {a.account_id for a in choices.run_as_accounts}
            if flow is ReplicationFlow.CLASSIC and request.run_as_account_id not in accounts:
                raise SubmitRefused(
                    t(
                        "Azure refused the {step} of {target}: run-as account {account} is not known to the "
                        "configuration server. No job was started.",
                        step=step,
                        target=name,
                        account=request.run_as_account_id or "",
                    ),
                    t("Pick one of the configuration server's run-as accounts."),
                )

    def _failure(
        self,
        operation: str,
        scope: Scope,
        items: Sequence[ProtectedItem],
        flow: ReplicationFlow,
        now: datetime,
        request: object,
    ) -> tuple[str, JobError] | None:
        """The traps: decided when the job starts, as the service would meet them while it runs."""
        script = self._script
        if operation in (OP_UNPLANNED_FAILOVER, OP_PLANNED_FAILOVER):
            if operation == OP_PLANNED_FAILOVER:
                first_attempts = [i.item_id for i in items if not self._pf_attempts.get(i.item_id)]
                for item in items:
                    self._pf_attempts[item.item_id] = self._pf_attempts.get(item.item_id, 0) + 1
                for item_id in first_attempts:  # FB-15: the first planned failover of a trained item fails
                    trained = (script.planned_failover_fails_once or {}).get(item_id)
                    if trained is not None:
                        return trained.task_key, trained.error
            short = self._short_of_memory(items)  # FB-09 → 8038
            if short and script.host_memory_error is not None:
                causes = "; ".join(short)
                return script.failback_start_task, dataclasses.replace(script.host_memory_error, possible_causes=causes)
        if operation == OP_REVERSE_REPLICATE and flow is ReplicationFlow.CLASSIC:
            leg = self._leg(items[0], now)  # REV-02: the agent registers within N minutes of the boot
            agent_error = script.agent_not_registered_error
            if leg is not None and leg.booted_at is not None and agent_error is not None:
                training_s = (now - leg.booted_at).total_seconds() * leg.booted_speed
                if training_s < script.agent_registers_minutes_after_boot * 60:
                    tasks = script.tasks_for(self._tasks_kind(operation, flow))
                    return tasks[min(1, len(tasks) - 1)].key, agent_error
        return None

    def _short_of_memory(self, items: Sequence[ProtectedItem]) -> list[str]:
        estate = self._scenario.vcenter()
        out = []
        for item in items:
            vm = match_locator(item.on_prem_vm, estate.vms).vm
            host = estate.host(vm.host_name) if vm is not None else None
            if vm is None or host is None or vm.memory_mb is None or host.free_memory_mb is None:
                continue
            if vm.memory_mb > host.free_memory_mb:
                out.append(
                    f"{vm.name} is configured with {vm.memory_mb:,} MB; host {host.name} has "
                    f"{host.free_memory_mb:,} MB free"
                )
        return out

    @staticmethod
    def _tasks_kind(operation: str, flow: ReplicationFlow) -> str:
        modernized = flow is ReplicationFlow.MODERNIZED
        return {
            OP_UNPLANNED_FAILOVER: "failback",
            OP_PLANNED_FAILOVER: "modernized_failback",
            OP_CANCEL_FAILOVER: "cancel",
            OP_COMMIT: "commit",
            OP_REVERSE_REPLICATE: "modernized_reprotect_to_azure" if modernized else "reprotect_to_azure",
        }[operation]

    # --- jobs, read through the vault (FB-11, REV-08: followed like a reprotect's) -------------------

    def job(self, job_id: str, now: datetime) -> Job | None:
        step = self._jobs.get(job_id)
        return self._job_view(step, now) if step is not None else None

    def jobs(self, started_after: datetime | None, now: datetime) -> list[Job]:
        return [
            self._job_view(j, now)
            for j in self._jobs.values()
            if started_after is None or j.submitted_at >= started_after
        ]

    def job_count(self) -> int:
        return len(self._jobs)

    def _job_view(self, step: _StepJob, now: datetime) -> Job:
        tasks, state, errors, end = run_tasks(
            self._script.tasks_for(step.tasks_kind), step.submitted_at, now, step.speed, step.failure
        )
        return Job(
            job_id=step.job_id,
            friendly_name=FRIENDLY[step.operation],
            target_name=step.target_name,
            state=state,
            state_description={JobState.SUCCEEDED: "Completed", JobState.FAILED: "Failed"}.get(state, "In progress"),
            tasks=tasks,
            errors=errors,
            start_time=step.submitted_at,
            end_time=end,
            item_id=step.target_id,
        )

    # --- states -----------------------------------------------------------------------------------

    def overlay(self, item: ProtectedItem, now: datetime) -> ProtectedItem:
        """The item as the vault lists it, with its journey applied (called by the vault, under its lock)."""
        leg = self._leg(item, now, reprotected=True)
        if leg is None:
            return item
        return dataclasses.replace(
            item,
            provider=leg.provider,
            protection_state=leg.protection_state,
            allowed_operations=leg.allowed,
            active_location=leg.active_location,
            running_job_id=leg.running_job_id,
            rcm_failback=item.rcm_failback if leg.provider in ("InMage", "InMageRcmFailback") else None,
        )

    def _leg(self, item: ProtectedItem, now: datetime, *, reprotected: bool = False) -> _Leg | None:
        """The journey state of an item (`reprotected`: already as the reprotect left it); None while it is
        not on the journey."""
        after = item if reprotected else self._vault._after_reprotect(item)
        flow = reverse_flow(after.provider)
        if flow is None or after.running_job_id is not None:
            return None
        status = self._vault._replication_status(after, now)
        ready = status is not None and status.latest_recovery_point is not None
        allowed = ALLOWED_FAILBACK_READY if ready else frozenset({DISABLE})
        leg = _Leg(flow, after.provider, "Protected", allowed, "Primary")
        for step in sorted(
            (j for j in self._jobs.values() if item.item_id in j.item_ids and not j.restored),
            key=lambda j: (j.submitted_at, j.job_id),
        ):
            view = self._job_view(step, now)
            if not view.state.is_final:
                return dataclasses.replace(
                    leg,
                    scenario=SCENARIO[step.operation],
                    running_job_id=step.job_id,
                    allowed=frozenset(),
                )
            leg = self._after(leg, item, step, view)
        return leg

    def _after(self, leg: _Leg, item: ProtectedItem, step: _StepJob, view: Job) -> _Leg:
        """The state after a finished step (the emulator's and the published examples' states)."""
        ok = view.state is JobState.SUCCEEDED
        modernized = leg.flow is ReplicationFlow.MODERNIZED
        op = step.operation
        if op in (OP_UNPLANNED_FAILOVER, OP_PLANNED_FAILOVER):
            if modernized:  # FB-15
                leg = dataclasses.replace(
                    leg, last_pf_status="Succeeded" if ok else "Failed", last_pf_time=step.submitted_at
                )
            if ok:
                allowed = {OP_COMMIT, OP_CANCEL_FAILOVER} if modernized else {OP_COMMIT, OP_CHANGE_PIT}
                if not modernized and item.item_id in self._script.classic_lists_cancel:
                    allowed.add(OP_CANCEL_FAILOVER)  # FB-12 trap: listed, never to be offered for classic
                return dataclasses.replace(
                    leg,
                    protection_state="PlannedFailoverCommitRequired"
                    if modernized
                    else "UnplannedFailoverCommitPendingStatesBegin",
                    allowed=frozenset(allowed),
                    active_location="Recovery",
                    vm_on=True,
                    booted_at=view.end_time,
                    booted_speed=step.speed,
                )
            if modernized:  # FB-15: the automatic cancel did not complete either: a manual cancel is asked for
                error = view.errors[0] if view.errors else None
                return dataclasses.replace(
                    leg,
                    protection_state="PlannedFailoverFailed",
                    allowed=frozenset({OP_CANCEL_FAILOVER, DISABLE}),
                    health_errors=(f"{error.code}: {error.message}",) if error else (),
                    vm_on=False,
                )
            return dataclasses.replace(leg, vm_on=False)  # classic (8038): fix the host, fail back again
        if op == OP_CANCEL_FAILOVER:
            if not ok:
                return leg
            return dataclasses.replace(  # X3
                leg,
                protection_state="Protected",
                allowed=frozenset({OP_PLANNED_FAILOVER, DISABLE}),
                active_location="Primary",
                last_pf_status="Cancelled",
                health_errors=(),
                vm_on=False,
                booted_at=None,
            )
        if op == OP_COMMIT:
            if not ok:
                return leg
            return dataclasses.replace(  # CMT-07: on-premises, unprotected: only reprotect to Azure is offered
                leg,
                protection_state="PlannedFailoverCommitted" if modernized else "UnplannedFailoverCommitted",
                allowed=frozenset({OP_REVERSE_REPLICATE, DISABLE}),
            )
        # reprotect to Azure (REV-08): the item replicates to Azure again
        if not ok:
            return leg
        return dataclasses.replace(
            leg,
            provider=MODERNIZED_FORWARD if modernized else CLASSIC_FORWARD,
            protection_state="Protected",
            allowed=ALLOWED_PROTECTED_TO_AZURE,
            active_location="Primary",
            last_pf_status="",
        )

    def _member(self, item: ProtectedItem, now: datetime) -> JourneyMember:
        leg = self._leg(item, now)
        current = self._vault._after_reprotect(item)
        group_id: str | None = None
        group_name: str | None = None
        flow = leg.flow if leg is not None else journey_flow(current.provider)
        if flow is ReplicationFlow.CLASSIC:  # FB-06: every classic VM has a group; a lone one is named by its id
            group_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"group:{item.replication_group or item.item_id}"))
            group_name = item.replication_group or group_id
        if leg is None:
            return JourneyMember(
                item_id=item.item_id,
                name=item.name,
                provider=current.provider,
                protection_state=current.protection_state,
                allowed_operations=current.allowed_operations,
                scenario="Reprotect" if current.running_job_id else SCENARIO_IDLE,
                running_job_id=current.running_job_id,
                active_location=current.active_location,
                on_prem_vm=item.on_prem_vm,
                multi_vm_group_id=group_id,
                multi_vm_group_name=group_name,
            )
        return JourneyMember(
            item_id=item.item_id,
            name=item.name,
            provider=leg.provider,
            protection_state=leg.protection_state,
            allowed_operations=leg.allowed,
            scenario=leg.scenario,
            running_job_id=leg.running_job_id,
            active_location=leg.active_location,
            replication_health="Critical" if leg.health_errors else "Normal",
            health_errors=leg.health_errors,
            last_planned_failover_status=leg.last_pf_status,
            last_planned_failover_time=leg.last_pf_time,
            on_prem_vm=item.on_prem_vm,
            multi_vm_group_id=group_id,
            multi_vm_group_name=group_name,
        )

    def _plan_state(self, plan: RecoveryPlan, now: datetime) -> JourneyState:
        """A plan's own allowedOperations (X4): an operation every member offers, when none is busy; never
        ReverseReplicate (no plan-level reprotect, REV-07)."""
        site = self._scenario.site(now, self._vault._epoch)
        members = tuple(self._member(self._item(i, site), now) for i in plan.item_ids)
        running = [
            j for j in self._jobs.values() if j.target_id == plan.plan_id and j.scope is Scope.PLAN and not j.restored
        ]
        scenario, job_id = SCENARIO_IDLE, None
        for j in running:
            if not self._job_view(j, now).state.is_final:
                scenario, job_id = SCENARIO[j.operation], j.job_id
        allowed: set[str] = set()
        if members and all(m.idle for m in members):
            common = frozenset.intersection(*(m.allowed_operations for m in members))
            flows = {m.flow for m in members}
            flow = flows.pop() if len(flows) == 1 else None
            if flow is not None and reverse_flow(members[0].provider) is not None:
                offered = {failback_operation(flow), OP_COMMIT}
                if flow is ReplicationFlow.MODERNIZED:
                    offered.add(OP_CANCEL_FAILOVER)
                allowed = set(common & offered)
        providers = tuple(dict.fromkeys(m.provider for m in members))
        return JourneyState(
            Scope.PLAN, plan.plan_id, plan.name, members, frozenset(allowed), now, scenario, job_id, providers
        )

    def _vcenter_view(self, estate: VCenterEstate) -> VCenterEstate:
        """The training vCenter as the journey left it: failed-back VMs powered on, tools running, an IP,
        booted when their failback ended (in training time: REV-02 counts down at the vault's speed)."""
        with self._lock:
            if not any(not j.restored for j in self._jobs.values()):
                return estate  # nothing failed back in this session: vCenter as the scenario has it
            now = self._clock.now()
            site = self._scenario.site(now, self._vault._epoch)
            powered: dict[str, _Leg] = {}
            for item in site.items:
                leg = self._leg(item, now)
                if leg is None or not leg.vm_on:
                    continue
                match = match_locator(item.on_prem_vm, estate.vms)
                if match.vm is not None:
                    powered[match.vm.moref] = leg
            if not powered:
                return estate
            guest_ips = self._script.guest_ips or {}

            def on(vm: VcVm) -> VcVm:
                leg = powered.get(vm.moref)
                if leg is None:
                    return vm
                booted = None
                if leg.booted_at is not None:
                    booted = now - (now - leg.booted_at) * leg.booted_speed
                ips = vm.ip_addresses or ((guest_ips[vm.name],) if vm.name in guest_ips else ())
                return dataclasses.replace(
                    vm, power_state="poweredOn", tools_status="toolsOk", ip_addresses=ips, boot_time=booted
                )

            return dataclasses.replace(estate, vms=tuple(on(vm) for vm in estate.vms))

    # --- lookups ----------------------------------------------------------------------------------

    def _item(self, item_id: str, site: RecoverySite | None = None) -> ProtectedItem:
        site = site or self._scenario.site(self._clock.now(), self._vault._epoch)
        try:
            return site.item(item_id)
        except KeyError:
            raise SubmitRefused(
                t("The vault has no replicated item {item_id}.", item_id=item_id),
                t("Reload the vault and choose the item again."),
            ) from None

    def _plan(self, plan_id: str) -> RecoveryPlan:
        site = self._scenario.site(self._clock.now(), self._vault._epoch)
        try:
            return site.plan(plan_id)
        except KeyError:
            raise SubmitRefused(
                t("The vault has no recovery plan {plan}.", plan=plan_id),
                t("Reload the vault and choose the plan again."),
            ) from None


def appliance_process_server_id(appliance_id: str) -> str:
    """The appliance's entry in the fabric's InMageRcm processServers[] (REV-04), as the training vault names it."""
    return f"{appliance_id}-ps"


def _short(target_id: str) -> str:
    return target_id.rstrip("/").rsplit("/", 1)[-1]
