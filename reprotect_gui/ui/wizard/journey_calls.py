"""What the journey's pages run in the background: reads, checks and submits through the Journey port.

Plain functions `fn(session, run, ctx)` for `runner.start`: no Qt here (they run on a worker). They
read the session's ports and the wizard's `JourneyRun`, never a widget. Where the vault and vCenter
meet (the facts of each step's preflight), one function builds them, so every page checks the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reprotect_gui.domain.checks.journey import JourneyFacts, MemberState, ServerHealth
from reprotect_gui.domain.errors import UserFacingError
from reprotect_gui.domain.failback import SCENARIO_IDLE, CancelFailoverRequest, CommitRequest, Scope
from reprotect_gui.domain.flows.journey import JourneyStep, offered_for_plan, offered_steps, step_flow
from reprotect_gui.domain.journey import JourneyStage, JourneyState, ReverseChoices, journey_stage
from reprotect_gui.domain.matching import match_locator
from reprotect_gui.domain.models import SubmitResult, VCenterEstate
from reprotect_gui.domain.ports import JobContext, Journey
from reprotect_gui.domain.verdicts import Verdict
from reprotect_gui.services.submit import SubmitOutcome

if TYPE_CHECKING:
    from reprotect_gui.ui.wizard.base import WizardSession
    from reprotect_gui.ui.wizard.journey_state import JourneyRun


@dataclass(frozen=True, slots=True)
class RecoveryPointChoice:
    """FB-03 Custom: one of the item's recovery points as the page lists it."""

    point_id: str
    label: str


@dataclass(frozen=True, slots=True)
class Whereabouts:
    """Where the target stands in the journey, and the steps it offers now (from allowedOperations)."""

    state: JourneyState
    stage: JourneyStage
    offered: tuple[JourneyStep, ...]


class JourneyUnavailable(UserFacingError):
    """This session has no journey port (a console or an older backend)."""


def port(s: WizardSession) -> Journey:
    if s.journey_port is None:
        raise JourneyUnavailable(
            "This connection can't fail back from the wizard.", "Fail back from the Azure portal instead."
        )
    return s.journey_port


def read_journey(s: WizardSession, run: JourneyRun, ctx: JobContext) -> JourneyState:
    ctx.raise_if_cancelled()
    return port(s).read_journey(run.scope, run.target_id)


def whereabouts(s: WizardSession, run: JourneyRun, ctx: JobContext) -> Whereabouts:
    """Where-is-this-target: the stage (domain/journey.py) and the steps offered now."""
    state = read_journey(s, run, ctx)
    return Whereabouts(state, journey_stage(state), offered(state, run))


def offered(state: JourneyState, run: JourneyRun) -> tuple[JourneyStep, ...]:
    flow = state.flow or run.flow
    if state.scope is Scope.PLAN:
        plan_allowed = state.allowed_operations if state.idle else frozenset()
        return offered_for_plan(flow, plan_allowed, tuple((m.allowed_operations, m.scenario) for m in state.members))
    m = state.members[0] if state.members else None
    if m is None:
        return ()
    # A job running on it (even one ASR names no scenario for) offers nothing until it ends (RDY-01).
    scenario = m.scenario if m.idle else (m.scenario if m.scenario != SCENARIO_IDLE else "running")
    return offered_steps(flow, m.allowed_operations, scenario)


def recovery_points(s: WizardSession, run: JourneyRun, ctx: JobContext) -> tuple[RecoveryPointChoice, ...]:
    """FB-03 Custom (item only): newest first, as the port returns them."""
    ctx.raise_if_cancelled()
    points = port(s).list_recovery_points(run.target_id)
    out = []
    for p in points:
        when = p.time.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z") if p.time else "—"
        out.append(RecoveryPointChoice(p.point_id, f"{when} — {p.point_type or '?'}"))
    return tuple(out)


def reverse_choices(s: WizardSession, run: JourneyRun, ctx: JobContext) -> tuple[ReverseChoices, ...]:
    """REV-03/04: the choices of each member (a plan is protected member by member, REV-07)."""
    out = []
    for m in run.members:
        ctx.raise_if_cancelled()
        out.append(port(s).reverse_choices(m.item_id))
    return tuple(out)


def _vcenter(s: WizardSession, state: JourneyState, ctx: JobContext) -> VCenterEstate | None:
    if s.vcenter is None:
        return None
    focus = [m.on_prem_vm for m in state.members if m.on_prem_vm is not None]
    try:
        return s.vcenter.read_estate(focus, ctx)
    except UserFacingError:
        return None  # the vCenter facts become unknown; the checks say so


def read_facts(s: WizardSession, run: JourneyRun, ctx: JobContext) -> JourneyFacts:
    """The facts of the current step: the target fresh from the vault, its on-premises VMs from vCenter."""
    state = read_journey(s, run, ctx)
    ctx.report(0.5, "Reading the on-premises VMs from vCenter")
    vc = _vcenter(s, state, ctx)
    members = []
    for m in state.members:
        vm = match_locator(m.on_prem_vm, vc.vms).vm if vc is not None and m.on_prem_vm is not None else None
        host = vc.host(vm.host_name) if vc is not None and vm is not None else None
        members.append(
            MemberState(
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
        )
    server = run.reverse_server
    return JourneyFacts(
        now=s.clock.now(),
        scope=run.scope,
        target_name=run.target_name,
        flow=state.flow or run.flow,
        members=tuple(members),
        plan_allowed_operations=state.allowed_operations if run.scope is Scope.PLAN else None,
        plan_providers=state.providers if run.scope is Scope.PLAN else (),
        readiness=run.readiness,
        failback=run.failback,
        app_confirmed=run.app_confirmed,
        process_server=(
            ServerHealth(server.name, server.health, server.last_heartbeat, server.health_errors)
            if server is not None
            else None
        ),
        policy_id=run.reverse[0].policy_id if run.reverse else "",
        run_as_account_id=(run.reverse[0].run_as_account_id or "") if run.reverse else "",
        vcenter_read=vc is not None,
    )


def check_step(s: WizardSession, run: JourneyRun, ctx: JobContext) -> tuple[JourneyFacts, tuple[Verdict, ...]]:
    facts = read_facts(s, run, ctx)
    return facts, step_flow(run.step).checks(facts)


def submit_step(s: WizardSession, run: JourneyRun, ctx: JobContext) -> tuple[SubmitOutcome, ...]:
    """The step's request(s), each sent once (FB-14: the port re-reads the target and attaches to a job of
    the same step instead of sending again). A member refused is said, the others go on (REV-07)."""
    journey = port(s)
    step = run.step

    def one(item_id: str, name: str, send: object) -> SubmitOutcome:
        ctx.raise_if_cancelled()
        try:
            assert callable(send)
            result: SubmitResult = send()
        except UserFacingError as exc:
            return SubmitOutcome(item_id, name, None, problem=f"{exc.summary} {exc.next_step}".strip())
        if result.untracked:
            return SubmitOutcome(item_id, name, None, awaiting_job=True)
        return SubmitOutcome(item_id, name, result.job_id, attached_to_running=result.attached_to_running)

    if step is JourneyStep.FAILBACK:
        request = run.failback
        assert request is not None, "the options page builds the failback request"
        return (one(run.target_id, run.target_name, lambda: journey.submit_failback(request)),)
    if step is JourneyStep.CANCEL:
        cancel = CancelFailoverRequest(run.scope, run.target_id, run.target_name, run.flow)
        return (one(run.target_id, run.target_name, lambda: journey.submit_cancel(cancel)),)
    if step is JourneyStep.COMMIT:
        commit = CommitRequest(run.scope, run.target_id, run.target_name, run.flow)
        return (one(run.target_id, run.target_name, lambda: journey.submit_commit(commit)),)
    outcomes = []
    for index, r in enumerate(run.reverse):
        ctx.report(index / max(1, len(run.reverse)), f"Submitting the reprotect to Azure of {r.item_name}")
        outcomes.append(one(r.item_id, r.item_name, lambda r=r: journey.submit_reprotect_to_azure(r)))
    return tuple(outcomes)
