"""The journey after reprotect as flow objects: one per step (fail back, cancel, commit, protect to Azure).

A reprotect flow (classic, modernized) owns what differs between the architectures; a journey step
owns what differs between the steps: the operation that offers it (FB-01, FB-12, CMT-01, REV-01),
whether it goes out for a whole plan or member by member (FB-07 vs REV-07) and which step its end
leads to (CMT-07: commit → protect to Azure; FB-15: cancel → fail back again). The wizard's pages
for a step are named by the UI's registry (ui/wizard/flows.py, `JOURNEY_WIZARDS`); which steps a
target offers now is decided by services/journey.py `where_is` from `allowedOperations` (CMT-06).
The step values are those of the audit events (`journey.<step>.<what>`, services/journey.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from reprotect_gui.domain.failback import OP_CANCEL_FAILOVER, OP_COMMIT, OP_REVERSE_REPLICATE, Scope, failback_operation
from reprotect_gui.domain.models import ReplicationFlow


class JourneyStep(StrEnum):
    FAILBACK = "failback"  # section I
    CANCEL = "cancel"  # FB-12, modernized only
    COMMIT = "commit"  # section J (with FB-13 before it)
    REPROTECT_TO_AZURE = "reprotect_to_azure"  # section K: protect to Azure again


@dataclass(frozen=True, slots=True)
class StepFlow:
    """One step of the journey."""

    step: JourneyStep
    operation: Callable[[ReplicationFlow], str]  # the allowedOperations entry that offers the step
    plan_wide: bool  # False: a plan goes member by member (REV-07)
    after: JourneyStep | None  # the step the end of this one leads to


FAILBACK = StepFlow(JourneyStep.FAILBACK, failback_operation, plan_wide=True, after=JourneyStep.COMMIT)
CANCEL = StepFlow(JourneyStep.CANCEL, lambda _f: OP_CANCEL_FAILOVER, plan_wide=True, after=JourneyStep.FAILBACK)
COMMIT = StepFlow(JourneyStep.COMMIT, lambda _f: OP_COMMIT, plan_wide=True, after=JourneyStep.REPROTECT_TO_AZURE)
REPROTECT_TO_AZURE = StepFlow(
    JourneyStep.REPROTECT_TO_AZURE, lambda _f: OP_REVERSE_REPLICATE, plan_wide=False, after=None
)

STEPS: dict[JourneyStep, StepFlow] = {s.step: s for s in (FAILBACK, CANCEL, COMMIT, REPROTECT_TO_AZURE)}


def step_flow(step: JourneyStep) -> StepFlow:
    return STEPS[step]


def step_scope(step: JourneyStep, scope: Scope) -> Scope:
    """The scope a request of this step goes out in: a plan's reprotect to Azure goes item by item (REV-07)."""
    return scope if step_flow(step).plan_wide else Scope.ITEM


__all__ = [
    "CANCEL",
    "COMMIT",
    "FAILBACK",
    "REPROTECT_TO_AZURE",
    "STEPS",
    "JourneyStep",
    "StepFlow",
    "step_flow",
    "step_scope",
]
