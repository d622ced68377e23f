"""The registry of replication flows: the one list to extend when a flow is added.

`flow_for_provider` (ELIG-08) and `flow_of` are how every other module finds a flow. The journey after
reprotect has a flow object per step (fail back, cancel, commit, protect to Azure): `JOURNEY_STEPS`,
found with `step_flow` (domain/flows/journey.py).
"""

from __future__ import annotations

from reprotect_gui.domain.flows.base import FailbackPolicyRef, Flow, Placement
from reprotect_gui.domain.flows.classic import CLASSIC
from reprotect_gui.domain.flows.journey import STEPS as JOURNEY_STEPS
from reprotect_gui.domain.flows.journey import JourneyStep, StepFlow, step_flow
from reprotect_gui.domain.flows.modernized import MODERNIZED
from reprotect_gui.domain.models import ReplicationFlow

FLOWS: tuple[Flow, ...] = (CLASSIC, MODERNIZED)
DEFAULT_FLOW = CLASSIC  # the wizard's route and the whole-site checks before anything is chosen

_BY_KEY = {f.key: f for f in FLOWS}
_BY_PROVIDER = {p: f.key for f in FLOWS for p in f.providers}


def flow_for_provider(provider: str) -> ReplicationFlow:
    """ELIG-08: the item's replication provider picks the flow; any other provider is out of scope."""
    return _BY_PROVIDER.get(provider, ReplicationFlow.OUT_OF_SCOPE)


def flow_of(key: ReplicationFlow) -> Flow:
    """The flow object for a key; OUT_OF_SCOPE has none (KeyError)."""
    return _BY_KEY[key]


__all__ = [
    "DEFAULT_FLOW",
    "FLOWS",
    "JOURNEY_STEPS",
    "FailbackPolicyRef",
    "Flow",
    "JourneyStep",
    "Placement",
    "StepFlow",
    "flow_for_provider",
    "flow_of",
    "step_flow",
]
