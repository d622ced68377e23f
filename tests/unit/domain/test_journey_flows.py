"""The journey's flow objects (domain/flows/journey.py): one per step, found in the flows' registry."""

from __future__ import annotations

from reprotect_gui.domain.failback import Scope
from reprotect_gui.domain.flows import JOURNEY_STEPS, JourneyStep, step_flow
from reprotect_gui.domain.flows.journey import step_scope
from reprotect_gui.domain.models import ReplicationFlow
from reprotect_gui.services import journey as service

CLASSIC, MODERNIZED = ReplicationFlow.CLASSIC, ReplicationFlow.MODERNIZED


def test_one_flow_object_per_step_with_the_services_names():
    assert set(JOURNEY_STEPS) == set(JourneyStep)
    assert {s.value for s in JourneyStep} == {s.value for s in service.JourneyStep}  # the audit events' names


def test_each_step_names_the_operation_that_offers_it():
    assert step_flow(JourneyStep.FAILBACK).operation(CLASSIC) == "UnplannedFailover"  # FB-01
    assert step_flow(JourneyStep.FAILBACK).operation(MODERNIZED) == "PlannedFailover"
    assert step_flow(JourneyStep.CANCEL).operation(MODERNIZED) == "CancelFailover"  # FB-12
    assert step_flow(JourneyStep.COMMIT).operation(CLASSIC) == "Commit"  # CMT-01
    assert step_flow(JourneyStep.REPROTECT_TO_AZURE).operation(CLASSIC) == "ReverseReplicate"  # REV-01


def test_only_protect_to_azure_goes_member_by_member():
    """FB-07: a plan fails back and commits as a plan; REV-07: there is no plan-level reprotect."""
    for step in (JourneyStep.FAILBACK, JourneyStep.CANCEL, JourneyStep.COMMIT):
        assert step_scope(step, Scope.PLAN) is Scope.PLAN
    assert step_scope(JourneyStep.REPROTECT_TO_AZURE, Scope.PLAN) is Scope.ITEM
    assert step_scope(JourneyStep.REPROTECT_TO_AZURE, Scope.ITEM) is Scope.ITEM


def test_each_step_leads_to_the_next_one_home():
    """CMT-07: commit leads to protect to Azure; FB-15: a cancel leads back to failback; the journey ends."""
    chain, step = [], JourneyStep.FAILBACK
    while step is not None:
        chain.append(step)
        step = step_flow(step).after
    assert chain == [JourneyStep.FAILBACK, JourneyStep.COMMIT, JourneyStep.REPROTECT_TO_AZURE]
    assert step_flow(JourneyStep.CANCEL).after is JourneyStep.FAILBACK
