"""The failback journey as the Journey port reads it: an item's or plan's state, its recovery points,
the choices for protecting it to Azure again, and where it stands in the journey.

`shared/requirements/failback.md` sections I (FB-), J (CMT-) and K (REV-). Plain frozen values built by
the adapters (asr/, training/) and read by services/journey.py and the pages. ASR's enum-like values
(`protectionState`, `lastPlannedFailoverStatus`, `replicationHealth`, the provider, `allowedOperations`)
are kept exactly as the service sent them: a value this code has never seen is shown as it comes and
decided on as "not the known one" (CMT-06: `protectionState` is free text; decide from
`allowedOperations`). Parsed views (`planned_failover_status`, `stage`) sit beside the raw values.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from reprotect_gui.domain.checks.journey import FIX as JOURNEY_FIX
from reprotect_gui.domain.failback import (
    OP_CANCEL_FAILOVER,
    OP_COMMIT,
    OP_PLANNED_FAILOVER,
    OP_REVERSE_REPLICATE,
    OP_UNPLANNED_FAILOVER,
    SCENARIO_IDLE,
    Scope,
    can_cancel,
    reverse_flow,
)
from reprotect_gui.domain.messages import t
from reprotect_gui.domain.models import ReplicationFlow, RunAsAccount, VmLocator
from reprotect_gui.domain.verdicts import Status, Verdict

# Providers of an item replicating to Azure (before failover, and again after REV-).
FORWARD_PROVIDERS: dict[str, ReplicationFlow] = {
    "InMageAzureV2": ReplicationFlow.CLASSIC,
    "InMageRcm": ReplicationFlow.MODERNIZED,
}


def journey_flow(provider: str) -> ReplicationFlow | None:
    """The architecture of an item on either leg of the journey (forward or reverse provider); None otherwise."""
    return reverse_flow(provider) or FORWARD_PROVIDERS.get(provider)


class PlannedFailoverStatus(StrEnum):
    """FB-15: `lastPlannedFailoverStatus` of a modernized item (`InMageRcmFailbackReplicationDetails`)."""

    SUCCEEDED = "Succeeded"
    FAILED = "Failed"
    CANCELLED = "Cancelled"
    UNKNOWN = "Unknown"

    @classmethod
    def parse(cls, raw: str) -> PlannedFailoverStatus | None:
        """The known value (case-insensitive), or None for "" (not reported) and any value never seen."""
        return {m.value.lower(): m for m in cls}.get((raw or "").strip().lower())


@dataclass(frozen=True, slots=True)
class JourneyMember:
    """One replicated item as the journey reads it from the vault (a plan has several).

    Every str field is ASR's raw value ("" when not reported). `on_prem_vm` is how vCenter finds the
    on-premises VM the item fails back to (classic: the VM the reprotect mapped; modernized:
    `targetVmName`), for FB-09, FB-13 and REV-02.
    """

    item_id: str  # ARM id of the replicated item
    name: str
    provider: str  # providerSpecificDetails.instanceType: InMage, InMageRcmFailback, InMageAzureV2, InMageRcm, …
    protection_state: str  # free text (CMT-06): shown, never decided on
    allowed_operations: frozenset[str]
    scenario: str = SCENARIO_IDLE  # currentScenario.scenarioName; "None" when idle
    running_job_id: str | None = None  # currentScenario.jobId's last segment, when a job runs
    active_location: str = ""  # Primary | Recovery
    replication_health: str = ""  # None | Normal | Warning | Critical
    health_errors: tuple[str, ...] = ()  # healthErrors[] as "code: message" sentences
    multi_vm_group_id: str | None = None  # classic (FB-06/CMT-04)
    multi_vm_group_name: str | None = None
    last_planned_failover_status: str = ""  # FB-15, modernized; raw
    last_planned_failover_time: datetime | None = None  # FB-15
    on_prem_vm: VmLocator | None = None

    @property
    def flow(self) -> ReplicationFlow | None:
        return journey_flow(self.provider)

    @property
    def planned_failover_status(self) -> PlannedFailoverStatus | None:
        return PlannedFailoverStatus.parse(self.last_planned_failover_status)

    @property
    def idle(self) -> bool:
        return self.scenario == SCENARIO_IDLE and self.running_job_id is None


@dataclass(frozen=True, slots=True)
class JourneyState:
    """An item or a recovery plan, read fresh from the vault (`Journey.read_journey`).

    For an item, `members` holds the item itself and the target-level fields repeat its own. For a
    plan, `allowed_operations`, `scenario` and `running_job_id` are the plan's own (X4: plans have
    `allowedOperations` too) and `providers` its `replicationProviders`.
    """

    scope: Scope
    target_id: str  # ARM id of the item or the plan
    name: str
    members: tuple[JourneyMember, ...]
    allowed_operations: frozenset[str]
    read_at: datetime
    scenario: str = SCENARIO_IDLE
    running_job_id: str | None = None
    providers: tuple[str, ...] = ()  # plan: replicationProviders; item: (its provider,)

    @property
    def flow(self) -> ReplicationFlow | None:
        """The architecture, when every member (and plan provider) agrees on one; None when mixed or unknown."""
        flows = {journey_flow(p) for p in (*self.providers, *(m.provider for m in self.members))}
        return flows.pop() if len(flows) == 1 else None

    @property
    def idle(self) -> bool:
        return self.scenario == SCENARIO_IDLE and self.running_job_id is None

    def member(self, item_id: str) -> JourneyMember:
        for m in self.members:
            if m.item_id.lower() == item_id.lower():
                return m
        raise KeyError(item_id)


@dataclass(frozen=True, slots=True)
class RecoveryPoint:
    """FB-03 Custom: one recovery point of a classic item (`recovery_points.list_by_replication_protected_items`)."""

    point_id: str  # ARM id: what InMageUnplannedFailoverInput.recoveryPointId carries
    time: datetime | None  # recoveryPointTime
    point_type: str  # recoveryPointType, raw (e.g. "CrashConsistent", "AppConsistent")


@dataclass(frozen=True, slots=True)
class ReverseServer:
    """REV-03/04/05: a process server a reprotect to Azure can go through.

    Classic: an on-premises process server of the configuration server's fabric. Modernized: the
    appliance's entry in the fabric's `InMageRcm` `processServers[]`. Health values are raw.
    """

    server_id: str  # what processServerId carries
    name: str
    health: str  # Normal | Warning | Critical | None
    last_heartbeat: datetime | None
    health_errors: tuple[str, ...] = ()
    # REV-05: *_usage_status / *Status values as ASR reports them ("" when not reported)
    memory_status: str = ""
    disk_status: str = ""
    processor_status: str = ""
    on_premises: bool = True  # classic only: a process server in Azure can't take the reprotect to Azure


@dataclass(frozen=True, slots=True)
class ReversePolicy:
    """REV-03/04: a replication policy for the way back to Azure."""

    policy_id: str
    name: str
    provider: str  # InMageAzureV2 (classic) | InMageRcm (modernized)
    # Classic: the forward InMageAzureV2 policy of the container mapping (REV-03), preselected.
    from_container_mapping: bool = False


@dataclass(frozen=True, slots=True)
class ReverseChoices:
    """REV-03/REV-04: what a reprotect to Azure of one item can choose from (`Journey.reverse_choices`)."""

    item_id: str
    flow: ReplicationFlow
    process_servers: tuple[ReverseServer, ...]
    policies: tuple[ReversePolicy, ...]
    run_as_accounts: tuple[RunAsAccount, ...] = ()  # classic: VMwareDetails.runAsAccounts[]
    # Classic: mandatory (P5). Modernized: optional, and out of this SDK's reach (Azure Migrate site): typed in.
    run_as_required: bool = False

    @property
    def preselected_policy(self) -> ReversePolicy | None:
        return next((p for p in self.policies if p.from_container_mapping), None)


class JourneyStage(StrEnum):
    """Where a target stands in the journey: reprotect → ready → failed back → committed → protected to Azure."""

    FAILED_OVER = "failed_over"  # on Azure, replicating nowhere: the reprotect wizard's start
    REPROTECTING = "reprotecting"  # the reprotect (Azure → on-premises) job runs
    REPLICATING_BACK = "replicating_back"  # reverse provider; failback not offered yet (section H)
    READY = "ready"  # FB-01: failback offered
    FAILING_BACK = "failing_back"  # the failback job runs
    FAILBACK_FAILED = "failback_failed"  # FB-15: modernized planned failover failed → cancel (FB-12)
    CANCELLING = "cancelling"  # FB-12: the cancel job runs
    FAILED_BACK = "failed_back"  # on-premises, commit (or cancel) pending (CMT-01/03)
    COMMITTING = "committing"
    COMMITTED = "committed"  # on-premises, unprotected: protect to Azure again (CMT-07, REV-01)
    PROTECTING_TO_AZURE = "protecting_to_azure"  # the reprotect-to-Azure job runs (REV-08)
    PROTECTED_TO_AZURE = "protected_to_azure"  # InMageAzureV2 / InMageRcm again: the journey's end
    BUSY = "busy"  # another operation runs (named by `scenario`)
    UNKNOWN = "unknown"  # a provider or a mix outside the journey


# currentScenario.scenarioName of each step's job, lower case (X1–X6; cancel's name is not published).
_FAILBACK_SCENARIOS = frozenset({"plannedfailover", "unplannedfailover"})
_COMMIT_SCENARIOS = frozenset({"commitfailover", "failovercommit", "commit"})
_CANCEL_SCENARIOS = frozenset({"cancelfailover", "failovercancel"})
_REVERSE_SCENARIOS = frozenset({"reversereplication", "reversereplicate", "reprotect"})


# The journey's order: a plan stands where its least advanced member stands.
JOURNEY_ORDER = (
    JourneyStage.FAILED_OVER,
    JourneyStage.REPROTECTING,
    JourneyStage.REPLICATING_BACK,
    JourneyStage.READY,
    JourneyStage.FAILING_BACK,
    JourneyStage.FAILBACK_FAILED,
    JourneyStage.CANCELLING,
    JourneyStage.FAILED_BACK,
    JourneyStage.COMMITTING,
    JourneyStage.COMMITTED,
    JourneyStage.PROTECTING_TO_AZURE,
    JourneyStage.PROTECTED_TO_AZURE,
)


def journey_stage(state: JourneyState) -> JourneyStage:
    """Where `state` stands, decided from the provider, `currentScenario` and `allowedOperations`
    (CMT-06: never from `protectionState`). A plan-level job names the plan's stage; otherwise a plan
    stands where its least advanced member stands (members protected to Azure one by one, REV-07, leave
    it COMMITTED until the last), and UNKNOWN or BUSY when a member is."""
    if not state.idle:
        return _running_stage(state.scenario, state.flow, reverse=_all_reverse(state))
    if state.scope is Scope.PLAN:
        stages = {journey_stage(_as_item(state, m)) for m in state.members}
        for odd in (JourneyStage.UNKNOWN, JourneyStage.BUSY):
            if odd in stages:
                return odd
        return min(stages, key=JOURNEY_ORDER.index, default=JourneyStage.UNKNOWN)
    member = state.members[0] if state.members else None
    if member is None:
        return JourneyStage.UNKNOWN
    return _item_stage(member)


def _all_reverse(state: JourneyState) -> bool:
    return bool(state.members) and all(reverse_flow(m.provider) is not None for m in state.members)


def _as_item(plan: JourneyState, m: JourneyMember) -> JourneyState:
    return JourneyState(
        Scope.ITEM,
        m.item_id,
        m.name,
        (m,),
        m.allowed_operations,
        plan.read_at,
        m.scenario,
        m.running_job_id,
        (m.provider,),
    )


def _running_stage(scenario: str, flow: ReplicationFlow | None, *, reverse: bool) -> JourneyStage:
    s = scenario.strip().lower()
    if s in _FAILBACK_SCENARIOS and reverse:
        return JourneyStage.FAILING_BACK
    if s in _COMMIT_SCENARIOS and reverse:
        return JourneyStage.COMMITTING
    if s in _CANCEL_SCENARIOS:
        return JourneyStage.CANCELLING
    if s in _REVERSE_SCENARIOS:
        return JourneyStage.PROTECTING_TO_AZURE if reverse else JourneyStage.REPROTECTING
    return JourneyStage.BUSY


def _item_stage(m: JourneyMember) -> JourneyStage:
    if not m.idle:
        return _running_stage(m.scenario, m.flow, reverse=reverse_flow(m.provider) is not None)
    ops = m.allowed_operations
    flow = reverse_flow(m.provider)
    if flow is None:
        if m.provider in FORWARD_PROVIDERS:
            return JourneyStage.FAILED_OVER if OP_REVERSE_REPLICATE in ops else JourneyStage.PROTECTED_TO_AZURE
        return JourneyStage.UNKNOWN
    failback_op = OP_UNPLANNED_FAILOVER if flow is ReplicationFlow.CLASSIC else OP_PLANNED_FAILOVER
    failed = flow is ReplicationFlow.MODERNIZED and m.planned_failover_status is PlannedFailoverStatus.FAILED
    if failed and (OP_CANCEL_FAILOVER in ops or failback_op not in ops):
        return JourneyStage.FAILBACK_FAILED
    if OP_COMMIT in ops or (flow is ReplicationFlow.MODERNIZED and OP_CANCEL_FAILOVER in ops):
        return JourneyStage.FAILED_BACK
    if failback_op in ops:
        return JourneyStage.READY
    if OP_REVERSE_REPLICATE in ops:
        return JourneyStage.COMMITTED
    return JourneyStage.REPLICATING_BACK


# --- FB-12: the cancel step's own check ------------------------------------------------------------

CANCEL_FIX = JOURNEY_FIX["FB-12"]


def cancel_verdicts(state: JourneyState) -> tuple[Verdict, ...]:
    """FB-12: cancel is offered for a modernized planned failover when `allowedOperations` holds
    `CancelFailover` (plans: every provider `InMageRcmFailback`, FB-07/P4); never for classic, whatever
    the service lists."""
    out: list[Verdict] = []
    flow = state.flow
    if flow is None:
        out.append(
            Verdict(
                "FB-12",
                Status.BLOCK,
                t("{target} mixes replication providers: its failback can't be cancelled as one.", target=state.name),
                tuple(f"{m.name}: {m.provider or '-'}" for m in state.members),
                CANCEL_FIX,
                state.name,
            )
        )
        return tuple(out)
    if flow is not ReplicationFlow.MODERNIZED:
        out.append(
            Verdict(
                "FB-12",
                Status.BLOCK,
                t(
                    "{target} fails back by the classic architecture: its failback can't be cancelled.",
                    target=state.name,
                ),
                tuple(f"{m.name}: {m.provider or '-'}" for m in state.members),
                CANCEL_FIX,
                state.name,
            )
        )
        return tuple(out)
    offered = can_cancel(flow, state.allowed_operations, state.scenario if state.idle else "busy")
    for m in state.members:
        if OP_CANCEL_FAILOVER not in m.allowed_operations or not m.idle:
            offered = False
            out.append(
                Verdict(
                    "FB-12",
                    Status.BLOCK,
                    t("{vm} does not offer Cancel failover now.", vm=m.name),
                    (f"{m.name}: {', '.join(sorted(m.allowed_operations)) or '-'}",),
                    CANCEL_FIX,
                    m.name,
                )
            )
    if offered:
        out.append(Verdict("FB-12", Status.PASS, t("Cancel failover is offered."), subject=state.name))
    elif not out:
        out.append(
            Verdict(
                "FB-12",
                Status.BLOCK,
                t("{target} does not offer Cancel failover now.", target=state.name),
                (f"{state.name}: {', '.join(sorted(state.allowed_operations)) or '-'}",),
                CANCEL_FIX,
                state.name,
            )
        )
    return tuple(out)
