"""The wizard's state along the journey after reprotect: which target, which step, what was chosen.

One `JourneyState` per target (a VM or a recovery plan), kept in the session from "Fail back…" on.
Each step starts the wizard over at its own first page (ui/wizard/flows.py `JOURNEY_WIZARDS`); what
a step chose stays here for the review, the submit and the record, and is cleared when the step
starts again (a retry after a cancel chooses afresh).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reprotect_gui.domain.failback import FailbackRequest, ReprotectToAzureRequest, Scope
from reprotect_gui.domain.flows.journey import JourneyStep
from reprotect_gui.domain.models import ReplicationFlow


@dataclass(frozen=True, slots=True)
class JourneyMember:
    item_id: str
    name: str


@dataclass
class JourneyState:
    scope: Scope
    target_id: str  # ARM id of the item or the plan
    target_name: str
    flow: ReplicationFlow
    members: tuple[JourneyMember, ...]
    step: JourneyStep = JourneyStep.FAILBACK
    # Failback (FB-03/04/05): the request the options page built; the downtime window the operator confirmed.
    failback: FailbackRequest | None = None
    downtime_confirmed: bool = False
    # Commit (CMT-02): the operator's statement that the application works on-premises.
    app_confirmed: bool = False
    # Protect to Azure again (REV-03/04): one request per member (REV-07).
    reverse: tuple[ReprotectToAzureRequest, ...] = ()
    acknowledged: set[str] = field(default_factory=set)  # "CHECK-ID|subject" of accepted warnings, this step
    submitted: bool = False  # never twice: set at the first click on the step's submit button
    # Steps that ended, in order: (step, job id, succeeded); the journey's timeline on the job page.
    ended: list[tuple[JourneyStep, str, bool]] = field(default_factory=list)

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
        elif step is JourneyStep.REVERSE:
            self.reverse = ()

    @property
    def protected_to_azure(self) -> bool:
        """The journey's end: every member's reprotect to Azure succeeded (REV-08)."""
        return any(step is JourneyStep.REVERSE and ok for step, _job, ok in self.ended)
