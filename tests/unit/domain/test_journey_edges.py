"""The failback journey's checks (FB-, CMT-, REV-) at their edges: the agent's registration window to the
second, the heartbeat limit, one member or two, a plan whose allowed operations are or are not known."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from test_checks_journey import NOW, facts, member, of

from reprotect_gui.domain.checks.facts import HEARTBEAT_STALE_AFTER
from reprotect_gui.domain.checks.journey import (
    REV_AGENT_REGISTRATION_WINDOW,
    ServerHealth,
    commit_preflight,
    failback_preflight,
    reverse_preflight,
)
from reprotect_gui.domain.failback import Scope
from reprotect_gui.domain.models import ReplicationFlow
from reprotect_gui.domain.verdicts import Status

B, W, P = Status.BLOCK, Status.WARN, Status.PASS
SECOND = timedelta(seconds=1)
COMMIT_OK = frozenset({"Commit"})
REPROTECT_OK = frozenset({"ReverseReplicate"})


# --- REV-02: 15 minutes for the agent to register after the on-premises boot ------------------------------------


def test_the_rev_registration_window_is_fifteen_minutes():
    assert timedelta(minutes=15) == REV_AGENT_REGISTRATION_WINDOW


@pytest.mark.parametrize(
    ("booted_ago", "status", "text"),
    [
        (REV_AGENT_REGISTRATION_WINDOW - SECOND, W, "booted 14 min ago: its agent may need up to 1 more min"),
        (REV_AGENT_REGISTRATION_WINDOW - timedelta(seconds=60), W, "up to 1 more min"),
        (REV_AGENT_REGISTRATION_WINDOW - timedelta(seconds=61), W, "up to 2 more min"),  # rounded up
        (REV_AGENT_REGISTRATION_WINDOW, P, "booted long enough ago"),
        (REV_AGENT_REGISTRATION_WINDOW + SECOND, P, "booted long enough ago"),
    ],
    ids=["window-1s", "window-60s", "window-61s", "window", "window+1s"],
)
def test_rev02_registration_window_edge(booted_ago, status, text):
    f = facts(members=(member(allowed_operations=REPROTECT_OK, on_prem_boot_time=NOW - booted_ago),))
    (v,) = of(reverse_preflight(f), "REV-02")
    assert v.status is status and text in v.finding


# --- REV-05: the process server's heartbeat ---------------------------------------------------------------------


@pytest.mark.parametrize(("age", "status"), [(HEARTBEAT_STALE_AFTER, P), (HEARTBEAT_STALE_AFTER + SECOND, B)])
def test_rev05_heartbeat_edge(age, status):
    f = facts(process_server=ServerHealth("ps-01", "Normal", NOW - age))
    verdicts = of(reverse_preflight(f), "REV-05")
    assert min((v.status for v in verdicts), key=lambda s: s.rank) is status
    if status is B:
        assert "in the last 15 minutes" in verdicts[0].finding


# --- CMT-01: one VM or several; the plan's own Commit -------------------------------------------------------------


def _committable(name: str) -> object:
    return member(name, allowed_operations=COMMIT_OK)


def test_cmt01_warns_of_the_vm_deleted_in_the_singular_and_plural():
    (one,) = of(commit_preflight(facts(members=(_committable("vm-01"),))), "CMT-01")
    assert one.status is W and "deletes the failed-over Azure VM of vm-01." in one.finding
    two = facts(
        scope=Scope.PLAN, members=(_committable("vm-01"), _committable("vm-02")), plan_allowed_operations=COMMIT_OK
    )
    (both,) = of(commit_preflight(two), "CMT-01")
    assert both.status is W and "deletes the failed-over Azure VMs of vm-01, vm-02." in both.finding


def test_cmt01_a_plan_without_commit_blocks_and_says_nothing_else():
    f = facts(
        scope=Scope.PLAN, members=(_committable("vm-01"), _committable("vm-02")), plan_allowed_operations=frozenset()
    )
    assert [v.status for v in of(commit_preflight(f), "CMT-01")] == [B]


def test_cmt01_a_plan_whose_operations_are_not_known_is_judged_by_its_members():
    f = facts(scope=Scope.PLAN, members=(_committable("vm-01"), _committable("vm-02")), plan_allowed_operations=None)
    assert [v.status for v in of(commit_preflight(f), "CMT-01")] == [W]


def test_cmt01_a_member_without_commit_blocks_and_no_warning_follows():
    f = facts(members=(member("vm-01", allowed_operations=frozenset()),))
    assert [v.status for v in of(commit_preflight(f), "CMT-01")] == [B]


def test_cmt01_a_modernized_member_without_commit_is_left_to_cmt03():
    f = facts(ReplicationFlow.MODERNIZED, members=(member("vm-01", ReplicationFlow.MODERNIZED),))
    assert of(commit_preflight(f), "CMT-01") == []


# --- FB-01, FB-07 on plans ---------------------------------------------------------------------------------------


def test_fb01_a_plan_whose_operations_are_not_known_is_judged_by_its_members():
    f = dataclasses.replace(facts(scope=Scope.PLAN), plan_allowed_operations=None)
    assert [v.status for v in of(failback_preflight(f), "FB-01")] in ([], [P])


def test_fb07_mixed_providers_block_and_nothing_passes():
    f = facts(scope=Scope.PLAN)
    mixed = dataclasses.replace(f, plan_providers=("InMage", "InMageRcmFailback"))
    assert [v.status for v in of(failback_preflight(mixed), "FB-07")] == [B]
    assert [v.status for v in of(failback_preflight(f), "FB-07")] == [P]


# --- REV-01: says what runs ----------------------------------------------------------------------------------------


def test_rev01_says_which_scenario_runs():
    idle = facts(members=(member(allowed_operations=frozenset()),))
    (v,) = of(reverse_preflight(idle), "REV-01")
    assert v.finding.endswith("it does not offer Reprotect.")
    busy = facts(members=(member(allowed_operations=REPROTECT_OK, scenario="PlannedFailover"),))
    (v,) = of(reverse_preflight(busy), "REV-01")
    assert v.finding.endswith("it does not offer Reprotect (PlannedFailover is running).")
