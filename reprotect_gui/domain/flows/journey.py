"""The journey after reprotect as flow objects: one per step (fail back, cancel, commit, protect to Azure).

A reprotect flow (classic, modernized) owns what differs between the architectures; a journey step
owns what differs between the steps: which operation of `allowedOperations` offers it (FB-01,
FB-12, CMT-01/CMT-03, REV-01), which preflight judges it, whether it can go plan-wide (REV-07) and
which step comes after it. The wizard's pages for a step are named by the UI's registry
(ui/wizard/flows.py, `JOURNEY_WIZARDS`); nothing else decides which step is offered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from reprotect_gui.domain.failback import (
    OP_CANCEL_FAILOVER,
    OP_COMMIT,
    OP_REVERSE_REPLICATE,
    Scope,
    can_cancel,
    can_commit,
    can_fail_back,
    can_reprotect_to_azure,
    failback_operation,
)
from reprotect_gui.domain.models import ReplicationFlow

if TYPE_CHECKING:  # the checks load with the pages, not with the wizard's first window
    from reprotect_gui.domain.checks.journey import JourneyFacts
    from reprotect_gui.domain.verdicts import Verdict


class JourneyStep(StrEnum):
    FAILBACK = "failback"  # section I
    CANCEL = "cancel"  # FB-12, modernized only
    COMMIT = "commit"  # section J (with FB-13 before it)
    REVERSE = "reverse"  # section K: protect to Azure again


@dataclass(frozen=True, slots=True)
class StepFlow:
    """One step of the journey. `offered` decides from allowedOperations and currentScenario only (CMT-06)."""

    step: JourneyStep
    operation: Callable[[ReplicationFlow], str]  # the allowedOperations entry that offers the step
    offered: Callable[[ReplicationFlow, frozenset[str], str], bool]
    preflight: str  # its function in domain/checks/journey.py; "" = confirmation only (cancel)
    plan_wide: bool  # False: a plan goes member by member (REV-07)
    after: JourneyStep | None  # the step the end of this one leads to (CMT-07: commit → protect to Azure)

    def checks(self, facts: JourneyFacts) -> tuple[Verdict, ...]:
        """The step's preflight verdicts (none for a cancel: it asks for a confirmation only)."""
        from reprotect_gui.domain.checks import journey

        preflights: dict[str, Callable[[JourneyFacts], tuple[Verdict, ...]]] = {
            "failback_preflight": journey.failback_preflight,
            "commit_preflight": journey.commit_preflight,
            "reverse_preflight": journey.reverse_preflight,
        }
        return preflights[self.preflight](facts) if self.preflight else ()


FAILBACK = StepFlow(
    JourneyStep.FAILBACK,
    operation=failback_operation,  # FB-01: unplanned (classic) / planned (modernized)
    offered=can_fail_back,
    preflight="failback_preflight",
    plan_wide=True,  # FB-07: plan-level failback works
    after=JourneyStep.COMMIT,
)
CANCEL = StepFlow(
    JourneyStep.CANCEL,
    operation=lambda _flow: OP_CANCEL_FAILOVER,
    offered=can_cancel,  # FB-12: never classic, whatever the service lists
    preflight="",
    plan_wide=True,
    after=JourneyStep.FAILBACK,  # FB-15: cancel, then retry
)
COMMIT = StepFlow(
    JourneyStep.COMMIT,
    operation=lambda _flow: OP_COMMIT,
    offered=lambda _flow, allowed, scenario: can_commit(allowed, scenario),
    preflight="commit_preflight",
    plan_wide=True,
    after=JourneyStep.REVERSE,  # CMT-07
)
REVERSE = StepFlow(
    JourneyStep.REVERSE,
    operation=lambda _flow: OP_REVERSE_REPLICATE,
    offered=lambda _flow, allowed, scenario: can_reprotect_to_azure(allowed, scenario),
    preflight="reverse_preflight",
    plan_wide=False,  # REV-07
    after=None,
)

STEPS: dict[JourneyStep, StepFlow] = {s.step: s for s in (FAILBACK, CANCEL, COMMIT, REVERSE)}


def step_flow(step: JourneyStep) -> StepFlow:
    return STEPS[step]


def offered_steps(flow: ReplicationFlow, allowed_operations: frozenset[str], scenario: str) -> tuple[JourneyStep, ...]:
    """Where the target stands in the journey, as the steps it offers now, in journey order.

    Modernized without Commit goes on to protect to Azure or cancel (CMT-03); classic never offers cancel (FB-12).
    """
    return tuple(s.step for s in (FAILBACK, COMMIT, REVERSE, CANCEL) if s.offered(flow, allowed_operations, scenario))


def offered_for_plan(
    flow: ReplicationFlow, plan_allowed: frozenset[str] | None, members: tuple[tuple[frozenset[str], str], ...]
) -> tuple[JourneyStep, ...]:
    """A recovery plan's steps: offered by the plan (when it lists operations) and by every member.
    Protect to Azure has no plan form (REV-07): it is offered when every member offers it, member by member."""
    out = []
    for s in (FAILBACK, COMMIT, REVERSE, CANCEL):
        if not members or not all(s.offered(flow, allowed, scenario) for allowed, scenario in members):
            continue
        if s.plan_wide and plan_allowed is not None and s.operation(flow) not in plan_allowed:
            continue
        out.append(s.step)
    return tuple(out)


def step_scope(step: JourneyStep, scope: Scope) -> Scope:
    """The scope a request of this step goes out in: a plan's reprotect to Azure goes item by item (REV-07)."""
    return scope if step_flow(step).plan_wide else Scope.ITEM


__all__ = [
    "CANCEL",
    "COMMIT",
    "FAILBACK",
    "REVERSE",
    "STEPS",
    "JourneyStep",
    "StepFlow",
    "offered_for_plan",
    "offered_steps",
    "step_flow",
    "step_scope",
]
