"""Use cases of the failback journey (`failback.md` I FB-, J CMT-, K REV-): check a step, submit it, say
where a target stands.

Plain blocking functions run on workers, like the reprotect's (`services/estate.py`, `tracking.py`):

* `check_step` reads the target fresh through the Journey port, reads vCenter for its on-premises VMs
  (FB-09 host memory, FB-13 power/tools/IP, REV-02 boot time; vCenter skipped or failing → those facts
  are unknown, never guessed), builds the step's `JourneyFacts` with the readiness (section H) and site
  verdicts it is given, and runs the step's preflight;
* `submit_step` audits the intent, submits through the port (never twice, FB-14), journals and audits the
  accepted job at once (so a crash can't lose it, and a restart offers it again), and audits a refusal;
* `where_is` says where the target stands: reprotect → ready → failed back → committed → protected to Azure.

Audit events are named `journey.<step>.submitted|accepted|failed`, `<step>` one of `JourneyStep`.
Jobs are followed like a reprotect's, through `SiteRecovery.read_job/list_jobs`; their end is recorded
with `tracking.record_job_end`.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from typing import Any

from reprotect_gui.domain.checks.facts import heartbeat_is_recent, heartbeat_text
from reprotect_gui.domain.checks.journey import (
    JourneyFacts,
    MemberState,
    ServerHealth,
    commit_preflight,
    failback_preflight,
    reverse_preflight,
)
from reprotect_gui.domain.checks.modernized import rcm01
from reprotect_gui.domain.checks.readiness import Readiness, ReadinessFacts, plan_readiness, readiness_of
from reprotect_gui.domain.checks.site import inf09
from reprotect_gui.domain.errors import UserFacingError
from reprotect_gui.domain.failback import (
    CancelFailoverRequest,
    CommitRequest,
    FailbackRequest,
    ReprotectToAzureRequest,
    Scope,
)
from reprotect_gui.domain.flows.journey import JourneyStep  # the one enum of the steps (audit event names)
from reprotect_gui.domain.journey import (
    JourneyMember,
    JourneyStage,
    JourneyState,
    ReverseServer,
    cancel_verdicts,
    journey_stage,
)
from reprotect_gui.domain.matching import match_locator
from reprotect_gui.domain.messages import Text, t
from reprotect_gui.domain.models import (
    Job,
    RecoverySite,
    ReplicationFlow,
    SubmitResult,
    VCenterEstate,
    VcMatch,
    VcVm,
)
from reprotect_gui.domain.ports import JobContext, Journey, SiteRecovery, VCenterInventory
from reprotect_gui.domain.replication import ReadinessPolicy, ReplicationStatus
from reprotect_gui.domain.verdicts import Status, Verdict
from reprotect_gui.services.audit import Operators, iso
from reprotect_gui.services.journal import InFlightJob, JournalDamaged
from reprotect_gui.services.tracking import RunRecorder, not_journaled_sentence

log = logging.getLogger(__name__)

NO_OPERATORS = Operators()


StepRequest = FailbackRequest | CancelFailoverRequest | CommitRequest | ReprotectToAzureRequest


def step_of(request: StepRequest) -> JourneyStep:
    match request:
        case FailbackRequest():
            return JourneyStep.FAILBACK
        case CancelFailoverRequest():
            return JourneyStep.CANCEL
        case CommitRequest():
            return JourneyStep.COMMIT
        case ReprotectToAzureRequest():
            return JourneyStep.REPROTECT_TO_AZURE


def event_name(step: JourneyStep, what: str) -> str:
    """`journey.<step>.submitted|accepted|failed`: the audit events of a journey step."""
    return f"journey.{step.value}.{what}"


def target_of(request: StepRequest) -> tuple[Scope, str, str]:
    """(scope, target id, target name) of a request."""
    if isinstance(request, ReprotectToAzureRequest):
        return Scope.ITEM, request.item_id, request.item_name
    return request.scope, request.target_id, request.target_name


# --- the facts of a step ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StepInputs:
    """What the operator chose on the step's pages (all optional until the review)."""

    failback: FailbackRequest | None = None  # FB-03/04/05: the failback's choices
    app_confirmed: bool = False  # CMT-02
    process_server: ReverseServer | None = None  # REV-03/04/05
    policy_id: str = ""
    run_as_account_id: str = ""


@dataclass(frozen=True, slots=True)
class OnPremises:
    """What vCenter says of the members' on-premises VMs; `problem` is why it was not read ("" when it was)."""

    estate: VCenterEstate | None
    vms: Mapping[str, VcVm | None]  # member item id → its VM (None: not found or ambiguous)
    matches: Mapping[str, VcMatch]
    problem: str = ""  # a Text (t() template or the error's sentence): shown through ui/i18n.text()

    @property
    def read(self) -> bool:
        return self.estate is not None


VCENTER_SKIPPED = t("vCenter was not connected: the on-premises facts are unknown.")


def read_on_premises(vcenter: VCenterInventory | None, state: JourneyState, ctx: JobContext) -> OnPremises:
    """The members' on-premises VMs and their hosts from vCenter (FB-09, FB-13, REV-02).

    A skipped vCenter (None) or a failed read gives `estate=None` with the reason: the checks that need
    it then say UNKNOWN."""
    if vcenter is None:
        return OnPremises(None, {}, {}, VCENTER_SKIPPED)
    focus = [m.on_prem_vm for m in state.members if m.on_prem_vm is not None]
    try:
        estate = vcenter.read_estate(focus, ctx)
    except UserFacingError as exc:
        return OnPremises(None, {}, {}, exc.sentence)
    decided = {m.locator: m for m in estate.matches}
    vms: dict[str, VcVm | None] = {}
    matches: dict[str, VcMatch] = {}
    for m in state.members:
        if m.on_prem_vm is None:
            vms[m.item_id] = None
            continue
        match = decided.get(m.on_prem_vm) or match_locator(m.on_prem_vm, estate.vms)
        matches[m.item_id] = match
        vms[m.item_id] = match.vm
    return OnPremises(estate, vms, matches)


def member_state(m: JourneyMember, on_prem: OnPremises) -> MemberState:
    """One member's facts: ASR's values, and vCenter's where it was read (None = unknown)."""
    vm = on_prem.vms.get(m.item_id) if on_prem.read else None
    host = on_prem.estate.host(vm.host_name) if (on_prem.estate is not None and vm is not None) else None
    return MemberState(
        item_id=m.item_id,
        name=m.name,
        provider=m.provider,
        protection_state=m.protection_state,
        allowed_operations=m.allowed_operations,
        scenario=m.scenario,
        multi_vm_group_id=m.multi_vm_group_id,
        multi_vm_group_name=m.multi_vm_group_name,
        last_planned_failover_status=m.last_planned_failover_status,
        vm_memory_mb=vm.memory_mb if vm is not None else None,
        host_name=vm.host_name if vm is not None else "",
        host_free_memory_mb=host.free_memory_mb if host is not None else None,
        on_prem_power_state=vm.power_state if vm is not None else None,
        on_prem_tools_status=vm.tools_status if vm is not None else None,
        on_prem_ip_addresses=vm.ip_addresses if vm is not None else None,
        on_prem_boot_time=vm.boot_time if vm is not None else None,
    )


def server_health(server: ReverseServer) -> ServerHealth:
    """REV-05's facts of a chosen process server; the usage status values join its errors as evidence."""
    usage = [
        f"{what} {value}"
        for what, value in (
            ("memory", server.memory_status),
            ("disk", server.disk_status),
            ("processor", server.processor_status),
        )
        if value and value.lower() not in ("healthy", "normal", "ok")
    ]
    return ServerHealth(server.name, server.health, server.last_heartbeat, (*server.health_errors, *usage))


def journey_facts(
    state: JourneyState,
    on_prem: OnPremises,
    now: datetime,
    inputs: StepInputs = StepInputs(),
    *,
    readiness: Sequence[Verdict] = (),
    site: Sequence[Verdict] = (),
) -> JourneyFacts:
    """The facts every step's preflight reads. `readiness`: section H's verdicts of the members (FB-07);
    `site`: INF-01, INF-09, MT-04, MT-11, RCM-01 (FB-08), e.g. from `site_verdicts`."""
    flow = state.flow
    if flow is None or flow is ReplicationFlow.OUT_OF_SCOPE:
        # A mix or an unknown provider: FB-02 / FB-07 name it; judge as the first member's architecture.
        flow = next((m.flow for m in state.members if m.flow is not None), ReplicationFlow.CLASSIC)
    return JourneyFacts(
        now=now,
        scope=state.scope,
        target_name=state.name,
        flow=flow,
        members=tuple(member_state(m, on_prem) for m in state.members),
        plan_allowed_operations=state.allowed_operations if state.scope is Scope.PLAN else None,
        plan_providers=state.providers if state.scope is Scope.PLAN else (),
        readiness=tuple(readiness),
        site=tuple(site),
        failback=inputs.failback,
        app_confirmed=inputs.app_confirmed,
        process_server=server_health(inputs.process_server) if inputs.process_server is not None else None,
        policy_id=inputs.policy_id,
        run_as_account_id=inputs.run_as_account_id,
        vcenter_read=on_prem.read,
    )


def preflight(step: JourneyStep, state: JourneyState, facts: JourneyFacts) -> tuple[Verdict, ...]:
    """The step's checks: FB- (failback), FB-12 (cancel), FB-13 + CMT- (commit), REV- (reprotect to Azure)."""
    match step:
        case JourneyStep.FAILBACK:
            return failback_preflight(facts)
        case JourneyStep.CANCEL:
            return cancel_verdicts(state)
        case JourneyStep.COMMIT:
            return commit_preflight(facts)
        case JourneyStep.REPROTECT_TO_AZURE:
            return reverse_preflight(facts)


@dataclass(frozen=True, slots=True)
class StepCheck:
    """A step's review: the target as read, the facts, the verdicts, and where it stands."""

    step: JourneyStep
    state: JourneyState
    facts: JourneyFacts
    verdicts: tuple[Verdict, ...]
    stage: JourneyStage
    vcenter_problem: str = ""  # why the on-premises facts are unknown ("" when vCenter was read)

    @property
    def blocked(self) -> bool:
        return any(v.blocks for v in self.verdicts)


def check_step(
    journey: Journey,
    vcenter: VCenterInventory | None,
    now: datetime,
    step: JourneyStep,
    scope: Scope,
    target_id: str,
    ctx: JobContext,
    inputs: StepInputs = StepInputs(),
    *,
    readiness: Sequence[Verdict] = (),
    site: Sequence[Verdict] = (),
) -> StepCheck:
    """Read the target and its on-premises VMs fresh, then run the step's preflight."""
    ctx.report(0.1, t("Reading the item from the vault"))
    state = journey.read_journey(scope, target_id)
    ctx.raise_if_cancelled()
    ctx.report(0.5, t("Reading vCenter"))
    on_prem = read_on_premises(vcenter, state, ctx)
    ctx.raise_if_cancelled()
    facts = journey_facts(state, on_prem, now, inputs, readiness=readiness, site=site)
    ctx.report(1.0, t("Checked"))
    return StepCheck(step, state, facts, preflight(step, state, facts), journey_stage(state), on_prem.problem)


def site_verdicts(
    recovery_site: RecoverySite, vcenter: VCenterEstate | None, state: JourneyState, now: datetime
) -> tuple[Verdict, ...]:
    """FB-08's inputs from the vault as the reprotect read it: classic — the configuration server's heartbeat
    (INF-01) and every vCenter ASR discovered (INF-09); modernized — the appliance each member replicates
    through (RCM-01). The master target's snapshots and Storage vMotion (MT-04, MT-11) are the reprotect's
    checks of the master target it chose; pass them in from its review when known."""
    out: list[Verdict] = []
    if state.flow is ReplicationFlow.MODERNIZED:
        for m in state.members:
            try:
                item = recovery_site.item(m.item_id)
            except KeyError:
                continue
            agent = item.rcm_failback.reprotect_agent_id if item.rcm_failback is not None else ""
            try:
                appliance = recovery_site.appliance(agent)
            except KeyError:
                out.append(
                    Verdict(
                        "RCM-01",
                        Status.UNKNOWN,
                        t("The replication appliance {vm} replicates through is not known.", vm=m.name),
                        (f"{m.name}: reprotect agent {agent or '-'}",),
                        subject=m.name,
                    )
                )
                continue
            out.append(rcm01(appliance, now, subject=m.name))
        return tuple(out)
    for cs in recovery_site.configuration_servers:
        evidence = (f"{cs.name} ({cs.ip_address}): {heartbeat_text(cs.last_heartbeat, now)}",)
        if heartbeat_is_recent(cs.last_heartbeat, now):
            out.append(
                Verdict("INF-01", Status.PASS, t("The configuration server is connected."), evidence, subject=cs.name)
            )
        else:
            out.append(
                Verdict(
                    "INF-01",
                    Status.BLOCK,
                    t("Configuration server {server} has no recent heartbeat.", server=cs.name),
                    evidence,
                    subject=cs.name,
                )
            )
    for known in recovery_site.vcenters:
        out.append(inf09(known.name, known, vcenter, now))
    return tuple(out)


# --- where a target stands -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Position:
    """Where a target stands, the state that says so, and the steps open to it now."""

    stage: JourneyStage
    state: JourneyState
    next_steps: tuple[JourneyStep, ...]


def next_steps(stage: JourneyStage, state: JourneyState) -> tuple[JourneyStep, ...]:
    """The steps `allowedOperations` opens at this stage (FB-01, FB-12, CMT-01/03, REV-01/07)."""
    match stage:
        case JourneyStage.READY:
            return (JourneyStep.FAILBACK,)
        case JourneyStage.FAILBACK_FAILED:
            return (JourneyStep.CANCEL,) if state.flow is ReplicationFlow.MODERNIZED else ()
        case JourneyStage.FAILED_BACK:
            steps = []
            ops = state.allowed_operations
            if "Commit" in ops:
                steps.append(JourneyStep.COMMIT)
            if state.flow is ReplicationFlow.MODERNIZED and "CancelFailover" in ops:
                steps.append(JourneyStep.CANCEL)
            if "ReverseReplicate" in ops and state.scope is Scope.ITEM:
                steps.append(JourneyStep.REPROTECT_TO_AZURE)
            return tuple(steps)
        case JourneyStage.COMMITTED:
            return (JourneyStep.REPROTECT_TO_AZURE,)  # a plan: member by member (REV-07)
        case _:
            return ()


def where_is(journey: Journey, scope: Scope, target_id: str, *, readiness: Sequence[Verdict] = ()) -> Position:
    """Reprotect → ready → failed back → committed → protected to Azure: where the target stands now.
    A target whose readiness (section H) still blocks is not READY, whatever the service offers."""
    return position_of(journey.read_journey(scope, target_id), readiness)


def position_of(state: JourneyState, readiness: Sequence[Verdict] = ()) -> Position:
    """`where_is` on a state already read."""
    stage = journey_stage(state)
    if stage is JourneyStage.READY and any(v.blocks for v in readiness):
        stage = JourneyStage.REPLICATING_BACK
    return Position(stage, state, next_steps(stage, state))


# --- picking a journey up in a new session ---------------------------------------------------------

REPROTECT_JOB_NAME = "reprotect"  # ASR's friendlyName of a reprotect job, case-insensitive


@dataclass(frozen=True, slots=True)
class MemberReadiness:
    """Section H's answer for one member of the target (RDY-01 … RDY-12)."""

    item_id: str
    readiness: Readiness


@dataclass(frozen=True, slots=True)
class Continuation:
    """Where a target stands when a later session picks its journey up (a drill spans hours or days), with
    section H's readiness of its members when it matters (the stage is READY or just before it)."""

    position: Position
    readiness: tuple[MemberReadiness, ...] = ()

    @property
    def readiness_verdicts(self) -> tuple[Verdict, ...]:
        """Every member's section H verdicts (FB-07 reads them for a plan), RDY-13 for a plan."""
        verdicts = tuple(v for r in self.readiness for v in r.readiness.verdicts)
        state = self.position.state
        if state.scope is Scope.PLAN and self.readiness:
            providers = {m.item_id: m.provider for m in state.members}
            members = [(r, providers.get(r.item_id, "")) for r in self.readiness]
            verdicts += (plan_readiness(state.name, [(r.readiness, p) for r, p in members]),)
        return verdicts

    @property
    def why_not_ready(self) -> str:
        """The first reason a member is not ready for failback (a Text; "" when none is known)."""
        for r in self.readiness:
            if not r.readiness.ready:
                return r.readiness.headline
        return ""


def last_reprotect_job(jobs: Iterable[Job], item_id: str) -> Job | None:
    """The newest reprotect job of an item in the vault's job list (RDY-01 in a session that did not submit it)."""
    mine = [
        j
        for j in jobs
        if j.item_id.lower() == item_id.lower() and REPROTECT_JOB_NAME in (j.friendly_name or "").casefold()
    ]
    return max(mine, key=lambda j: j.start_time or datetime.min.replace(tzinfo=UTC), default=None)


def continue_from(
    journey: Journey,
    site_recovery: SiteRecovery,
    scope: Scope,
    target_id: str,
    policy: ReadinessPolicy,
    ctx: JobContext,
) -> Continuation:
    """Where a target stands now, read fresh, for a session that did not run its reprotect (issue 18 follow-up):
    the stage from `allowedOperations` (CMT-06); when that says READY (or replicating back), section H judged
    again for every member — replication read once, the reprotect job found in the vault's job list (RDY-01) —
    so a VM not ready yet is not offered failback, with the reason (FB-01, FB-07)."""
    ctx.report(0.1, t("Reading the item from the vault"))
    state = journey.read_journey(scope, target_id)
    ctx.raise_if_cancelled()
    stage = journey_stage(state)
    if stage not in (JourneyStage.READY, JourneyStage.REPLICATING_BACK):
        return Continuation(position_of(state))
    ids = [m.item_id for m in state.members]
    ctx.report(0.4, t("Reading the replication back to on-premises"))
    statuses = {s.item_id.lower(): s for s in site_recovery.read_replication(ids)}
    ctx.raise_if_cancelled()
    jobs = site_recovery.list_jobs(None)
    ctx.raise_if_cancelled()
    readiness = []
    for m in state.members:
        status = statuses.get(m.item_id.lower())
        if status is None:  # no replication back to read: not ready, said by RDY-01
            status = ReplicationStatus(
                m.item_id, m.name, m.provider, m.protection_state, m.replication_health, state.read_at
            )
        facts = ReadinessFacts(status, last_reprotect_job(jobs, m.item_id), policy)
        readiness.append(MemberReadiness(m.item_id, readiness_of(facts)))
    ctx.report(1.0, t("Checked"))
    found = Continuation(Position(stage, state, ()), tuple(readiness))
    return dataclasses.replace(found, position=position_of(state, found.readiness_verdicts))


# --- submit, never twice, recorded -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StepOutcome:
    """What a submit did: a job (new, or one already running that is followed instead), or why not."""

    step: JourneyStep
    target_id: str
    target_name: str
    job_id: str | None
    attached_to_running: bool = False
    problem: str = ""  # why nothing was started: the refusal's Text (exc.sentence), translated by the UI
    awaiting_job: bool = False  # accepted without a job to track: look for it on the target
    journal_problem: str = ""  # the job runs, but would not be offered again after a restart


def submitted_record(
    recorder: RunRecorder,
    request: StepRequest,
    *,
    verdicts: Sequence[Verdict] = (),
    acknowledged: Iterable[str] = (),
    operators: Operators = NO_OPERATORS,
    training: bool = False,
    choices: Mapping[str, Any] | None = None,
    inputs: StepInputs | None = None,
) -> dict[str, Any]:
    """`journey.<step>.submitted`: who, which target, every choice and verdict, before anything is sent."""
    step = step_of(request)
    scope, target_id, target_name = target_of(request)
    acks = set(acknowledged)
    return {
        "event": event_name(step, "submitted"),
        "run_id": recorder.run_id,
        "at": iso(recorder.clock.now()),
        "training": training,
        "operators": {"azure": operators.azure, "vcenter": operators.vcenter},
        "vault": recorder.vault_name,
        "step": step.value,
        "subject": {"kind": scope.value, "id": target_id, "name": target_name},
        "request": _plain(dataclasses.asdict(request)),
        "choices": _plain({**(inputs_record(inputs) if inputs is not None else {}), **dict(choices or {})}),
        "verdicts": [
            {
                "check_id": v.check_id,
                "status": v.status.value,
                "subject": v.subject,
                "finding": v.finding,
                "finding_text": v.finding.to_json() if isinstance(v.finding, Text) else None,  # the report's language
                "acknowledged": f"{v.check_id}|{v.subject}" in acks,
            }
            for v in verdicts
        ],
        "acknowledged": sorted(acks),
    }


def inputs_record(inputs: StepInputs) -> dict[str, Any]:
    """What the operator chose or stated beyond the request: CMT-02's confirmation, the chosen process
    server with its health at the time (REV-05), the policy and run-as account (REV-03/04)."""
    out: dict[str, Any] = {"app_confirmed": inputs.app_confirmed}
    ps = inputs.process_server
    if ps is not None:
        out["process_server"] = {"id": ps.server_id, "name": ps.name, "health": ps.health}
    if inputs.policy_id:
        out["policy_id"] = inputs.policy_id
    if inputs.run_as_account_id:
        out["run_as_account_id"] = inputs.run_as_account_id
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def submit_step(
    journey: Journey,
    request: StepRequest,
    recorder: RunRecorder,
    ctx: JobContext,
    *,
    verdicts: Sequence[Verdict] = (),
    acknowledged: Iterable[str] = (),
    operators: Operators = NO_OPERATORS,
    training: bool = False,
    choices: Mapping[str, Any] | None = None,
    inputs: StepInputs | None = None,
) -> StepOutcome:
    """Audit the intent, submit once, journal and audit the accepted job, audit a refusal.

    Never twice (FB-14): a job of this step that the journal holds for this target (an earlier click or
    an earlier process) and that still runs on it is followed again without sending anything; the port
    itself re-reads the target and attaches to a running job of the same step. `choices` adds what the
    request does not carry (names of the chosen server and policy); `inputs`, the step's StepInputs, records
    CMT-02's confirmation and the chosen server, policy and run-as account (`inputs_record`)."""
    step = step_of(request)
    scope, target_id, target_name = target_of(request)
    ctx.raise_if_cancelled()
    _write_quietly(
        recorder,
        submitted_record(
            recorder,
            request,
            verdicts=verdicts,
            acknowledged=acknowledged,
            operators=operators,
            training=training,
            choices=choices,
            inputs=inputs,
        ),
    )
    ctx.report(0.2, t("Submitting"))
    running = _journaled_running_job(journey, recorder, step, scope, target_id)
    if running is not None:
        result = SubmitResult(running, attached_to_running=True)
    else:
        try:
            result = _send(journey, request)
        except UserFacingError as exc:
            _write_quietly(recorder, _failed_record(recorder, step, target_id, target_name, exc.sentence))
            ctx.report(1.0, t("Not started"))
            return StepOutcome(step, target_id, target_name, None, problem=exc.sentence)
    ctx.report(1.0, t("Submitted"))
    if result.untracked:
        return StepOutcome(step, target_id, target_name, None, awaiting_job=True)
    journal_problem = record_accepted(recorder, step, target_id, target_name, result)
    return StepOutcome(
        step, target_id, target_name, result.job_id, result.attached_to_running, journal_problem=journal_problem
    )


def _send(journey: Journey, request: StepRequest) -> SubmitResult:
    match request:
        case FailbackRequest():
            return journey.submit_failback(request)
        case CancelFailoverRequest():
            return journey.submit_cancel(request)
        case CommitRequest():
            return journey.submit_commit(request)
        case ReprotectToAzureRequest():
            return journey.submit_reprotect_to_azure(request)


def _journaled_running_job(
    journey: Journey, recorder: RunRecorder, step: JourneyStep, scope: Scope, target_id: str
) -> str | None:
    """A journaled job of this step on this target that the target still shows running, else None."""
    if recorder.journal is None:
        return None
    try:
        pending = recorder.journal.pending()
    except JournalDamaged:
        return None  # moved aside and started afresh: the port's own re-read still guards
    except UserFacingError:
        log.exception("the journal could not be read before a journey submit")
        return None
    candidates = {j.job_id for j in pending if j.step == step.value and j.item_id == target_id}
    if not candidates:
        return None
    state = journey.read_journey(scope, target_id)
    running = {state.running_job_id, *(m.running_job_id for m in state.members)} - {None}
    return next((job for job in sorted(candidates) if job in running), None)


def record_accepted(
    recorder: RunRecorder, step: JourneyStep, target_id: str, target_name: str, result: SubmitResult
) -> str:
    """Journal (for resume) and audit an accepted job, at once. Returns the sentence for the page when
    the journal could not keep it ("" when it did); the audit record is written either way."""
    now = recorder.clock.now()
    problem = ""
    if recorder.journal is not None:
        try:
            recorder.journal.record(
                InFlightJob(
                    job_id=result.job_id,
                    item_id=target_id,
                    item_name=target_name,
                    vault_name=recorder.vault_name,
                    run_id=recorder.run_id,
                    accepted_at=now.isoformat(),
                    attached_to_running=result.attached_to_running,
                    source=dict(recorder.source),
                    step=step.value,
                )
            )
        except UserFacingError as exc:
            problem = not_journaled_sentence(target_name, result.job_id, exc)
            recorder.not_journaled[result.job_id] = problem
    _write_quietly(
        recorder,
        {
            "event": event_name(step, "accepted"),
            "run_id": recorder.run_id,
            "at": iso(now),
            "step": step.value,
            "job_id": result.job_id,
            "item_id": target_id,
            "item_name": target_name,
            "attached_to_running": result.attached_to_running,
        },
    )
    return problem


def _failed_record(
    recorder: RunRecorder, step: JourneyStep, target_id: str, target_name: str, problem: str
) -> dict[str, Any]:
    return {
        "event": event_name(step, "failed"),
        "run_id": recorder.run_id,
        "at": iso(recorder.clock.now()),
        "step": step.value,
        "item_id": target_id,
        "item_name": target_name,
        "problem": problem,
    }


def _write_quietly(recorder: RunRecorder, record: Mapping[str, Any]) -> None:
    try:
        recorder.write(record)
    except UserFacingError:
        log.exception("an audit record of the journey could not be written")
