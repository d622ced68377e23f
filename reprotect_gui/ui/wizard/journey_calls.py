"""What the journey's pages run in the background: services/journey.py's use cases over the session's ports.

Plain functions `fn(session, run, ctx)` for `runner.start`: no widget here (they run on a worker; only the
thread-safe translate()). They read
the session's ports and the wizard's `JourneyRun` (taken as it was when the work started), never a widget.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from reprotect_gui.domain.errors import UserFacingError
from reprotect_gui.domain.failback import CancelFailoverRequest, CommitRequest, Scope
from reprotect_gui.domain.flows.journey import JourneyStep, step_scope
from reprotect_gui.domain.journey import ReverseChoices
from reprotect_gui.domain.ports import JobContext, Journey
from reprotect_gui.domain.verdicts import Verdict
from reprotect_gui.services import journey as service
from reprotect_gui.services.audit import Operators, new_run_id
from reprotect_gui.services.tracking import RunRecorder

if TYPE_CHECKING:
    from reprotect_gui.ui.wizard.base import WizardSession
    from reprotect_gui.ui.wizard.journey_state import JourneyRun


@dataclass(frozen=True, slots=True)
class RecoveryPointChoice:
    """FB-03 Custom: one of the item's recovery points as the page lists it."""

    point_id: str
    label: str


class JourneyUnavailable(UserFacingError):
    """This session has no journey port."""


def port(s: WizardSession) -> Journey:
    if s.journey is None:
        raise JourneyUnavailable(  # translate() is thread-safe: this may run on a worker
            QCoreApplication.translate("JourneyCalls", "This connection can't fail back from the wizard."),
            QCoreApplication.translate("JourneyCalls", "Fail back from the Azure portal instead."),
        )
    return s.journey


def service_step(step: JourneyStep) -> service.JourneyStep:
    """The services' name of a step (the audit events' value is the same)."""
    return service.JourneyStep(step.value)


def recorder_for(s: WizardSession, run: JourneyRun) -> RunRecorder:
    """The reprotect run's recorder when the journey started from its job page (one timeline in the audit and
    the drill report), else one of its own."""
    if run.recorder is None:
        run.recorder = RunRecorder(
            run_id=new_run_id(),
            vault_name=s.site.vault_name,
            clock=s.clock,
            journal=s.journal,
            audit=s.audit,
            source=dict(s.vault_source),
        )
    return run.recorder


def inputs(run: JourneyRun) -> service.StepInputs:
    first = run.reverse[0] if run.reverse else None
    return service.StepInputs(
        failback=run.failback,
        app_confirmed=run.app_confirmed,
        process_server=run.reverse_server,
        policy_id=first.policy_id if first is not None else "",
        run_as_account_id=(first.run_as_account_id or "") if first is not None else "",
    )


def check_step(s: WizardSession, run: JourneyRun, ctx: JobContext) -> service.StepCheck:
    """The step's review: the target and its on-premises VMs read fresh, the site (FB-08) as the vault showed
    it, the readiness (FB-07) the journey started from, then the step's preflight. A step without a plan form
    (protect to Azure, REV-07) is checked member by member and the verdicts are shown together."""
    if step_scope(run.step, run.scope) is run.scope:
        return _check(s, run, run.scope, run.target_id, ctx)
    checks = [_check(s, run, Scope.ITEM, m.item_id, ctx) for m in run.members]
    first = checks[0]
    members = tuple(m for c in checks for m in c.facts.members)
    return dataclasses.replace(
        first,
        facts=dataclasses.replace(first.facts, target_name=run.target_name, members=members),
        verdicts=tuple(v for c in checks for v in c.verdicts),
    )


def _check(s: WizardSession, run: JourneyRun, scope: Scope, target_id: str, ctx: JobContext) -> service.StepCheck:
    journey = port(s)
    state = journey.read_journey(scope, target_id)
    ctx.raise_if_cancelled()
    site = service.site_verdicts(s.site, s.vc, state, s.clock.now()) if s.estate is not None else ()
    return service.check_step(
        journey,
        s.vcenter,
        s.clock.now(),
        service_step(run.step),
        scope,
        target_id,
        ctx,
        inputs(run),
        readiness=run.readiness,
        site=site,
    )


def whereabouts(s: WizardSession, run: JourneyRun, ctx: JobContext) -> service.Position:
    """Where-is-this-target: the stage and the steps allowedOperations opens now (CMT-06)."""
    ctx.raise_if_cancelled()
    return service.where_is(port(s), run.scope, run.target_id)


def recovery_points(s: WizardSession, run: JourneyRun, ctx: JobContext) -> tuple[RecoveryPointChoice, ...]:
    """FB-03 Custom (item only): newest first, as the port returns them."""
    ctx.raise_if_cancelled()
    out = []
    for p in port(s).list_recovery_points(run.target_id):
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


def _choices(run: JourneyRun) -> dict[str, object]:
    """What the audit keeps beside the request: CMT-02's confirmation, the names of what was chosen (REV-)."""
    if run.step is JourneyStep.COMMIT:
        return {"app_confirmed": run.app_confirmed}
    if run.step is JourneyStep.FAILBACK:
        return {"downtime_confirmed": run.downtime_confirmed}
    if run.step is JourneyStep.REPROTECT_TO_AZURE:
        return dict(run.reverse_names)
    return {}


def submit_step(
    s: WizardSession, run: JourneyRun, ctx: JobContext, verdicts: Sequence[Verdict] = ()
) -> tuple[service.StepOutcome, ...]:
    """The step's request(s), each audited, sent once (FB-14) and journaled when accepted. A plan's
    reprotect to Azure goes member by member (REV-07): a member refused is said, the others go on."""
    journey, recorder = port(s), recorder_for(s, run)
    vc = s.vc
    operators = Operators(azure=s.azure_account, vcenter=vc.account_name if vc is not None else "")

    def send(request: service.StepRequest) -> service.StepOutcome:
        ctx.raise_if_cancelled()
        return service.submit_step(
            journey,
            request,
            recorder,
            ctx,
            verdicts=verdicts,
            acknowledged=sorted(run.acknowledged),
            operators=operators,
            training=s.is_training,
            choices=_choices(run),
        )

    if run.step is JourneyStep.FAILBACK:
        assert run.failback is not None, "the options page builds the failback request"
        return (send(run.failback),)
    if run.step is JourneyStep.CANCEL:
        return (send(CancelFailoverRequest(run.scope, run.target_id, run.target_name, run.flow)),)
    if run.step is JourneyStep.COMMIT:
        return (send(CommitRequest(run.scope, run.target_id, run.target_name, run.flow)),)
    return tuple(send(r) for r in run.reverse)
