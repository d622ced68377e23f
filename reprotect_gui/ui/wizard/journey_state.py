"""The wizard's state along the journey after reprotect: which target, which step, what was chosen.

One `JourneyRun` per target (a VM or a recovery plan), kept in the session from "Fail back…" on.
Each step starts the wizard over at its own first page (ui/wizard/flows.py `JOURNEY_WIZARDS`); what
a step chose stays here for the review, the submit and the record, and is cleared when the step
starts again (a retry after a cancel chooses afresh).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reprotect_gui.domain.checks.readiness import Readiness
from reprotect_gui.domain.failback import FailbackRequest, ReprotectToAzureRequest, Scope
from reprotect_gui.domain.flows.journey import JourneyStep
from reprotect_gui.domain.journey import ReverseServer
from reprotect_gui.domain.models import ReplicationFlow
from reprotect_gui.domain.verdicts import Verdict

if TYPE_CHECKING:
    from reprotect_gui.services.tracking import RunRecorder
    from reprotect_gui.ui.wizard.base import WizardSession


@dataclass(frozen=True, slots=True)
class RunMember:
    item_id: str
    name: str


@dataclass(frozen=True, slots=True)
class StepEnd:
    """A journey job that ended: which step, its job, the item or plan it ran on, and whether it succeeded."""

    step: JourneyStep
    job_id: str
    target_id: str
    ok: bool


@dataclass
class JourneyRun:
    scope: Scope
    target_id: str  # ARM id of the item or the plan
    target_name: str
    flow: ReplicationFlow
    members: tuple[RunMember, ...]
    step: JourneyStep = JourneyStep.FAILBACK
    # Failback (FB-03/04/05): the request the options page built; the downtime window the operator confirmed.
    failback: FailbackRequest | None = None
    downtime_confirmed: bool = False
    # Commit (CMT-02): the operator's statement that the application works on-premises.
    app_confirmed: bool = False
    # Protect to Azure again (REV-03/04): one request per member (REV-07).
    reverse: tuple[ReprotectToAzureRequest, ...] = ()
    reverse_server: ReverseServer | None = None  # the chosen process server (REV-05)
    reverse_names: dict[str, str] = field(default_factory=dict)  # the chosen policy's and account's names
    # Section H's verdicts per member when the journey started from the readiness view (FB-07).
    readiness: tuple[Verdict, ...] = ()
    acknowledged: set[str] = field(default_factory=set)  # "CHECK-ID|subject" of accepted warnings, this step
    submitted: bool = False  # never twice: set at the first click on the step's submit button
    recorder: RunRecorder | None = None  # the audit and journal of the run the journey belongs to
    # The journey's jobs that ended, in order: its timeline on the job page.
    ended: list[StepEnd] = field(default_factory=list)

    @property
    def is_plan(self) -> bool:
        return self.scope is Scope.PLAN

    def start(self, step: JourneyStep) -> None:
        """A step begins (or begins again): its choices and acknowledgements are made afresh."""
        self.step = step
        self.acknowledged = set()
        self.submitted = False
        if step is JourneyStep.FAILBACK:
            self.failback, self.downtime_confirmed = None, False
        elif step is JourneyStep.COMMIT:
            self.app_confirmed = False
        elif step is JourneyStep.REPROTECT_TO_AZURE:
            self.reverse, self.reverse_server, self.reverse_names = (), None, {}

    @property
    def protected_to_azure(self) -> bool:
        """The journey's end: every member's last reprotect to Azure succeeded (REV-07, REV-08)."""
        last = {e.target_id: e.ok for e in self.ended if e.step is JourneyStep.REPROTECT_TO_AZURE}
        return all(last.get(m.item_id, False) for m in self.members)


_NO_READINESS = Readiness("", ())


def run_for(
    session: WizardSession,
    item_id: str,
    readiness: Mapping[str, Readiness] | None = None,
    recorder: RunRecorder | None = None,
) -> JourneyRun:
    """The journey of a VM the reprotect wizard brought back (`item_id`), or of its recovery plan (""),
    recorded with the reprotect's run (`recorder`) so the audit and the drill report show one timeline."""
    sel = session.selection
    members = tuple(RunMember(i.item_id, i.name) for i in sel.items)
    verdicts = tuple(v for r in (readiness or {}).values() for v in r.verdicts)
    if not item_id:
        assert sel.plan is not None, "a plan's failback starts from a plan's readiness"
        return JourneyRun(
            Scope.PLAN, sel.plan.plan_id, sel.plan.name, sel.flow, members, readiness=verdicts, recorder=recorder
        )
    member = next(m for m in members if m.item_id == item_id)
    own = tuple(v for v in (readiness or {}).get(item_id, _NO_READINESS).verdicts)
    return JourneyRun(Scope.ITEM, item_id, member.name, sel.flow, (member,), readiness=own, recorder=recorder)
