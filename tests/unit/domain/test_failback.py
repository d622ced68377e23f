"""domain.failback: the journey's wire rules (failback.md I, J, K) as table tests, each edge on both sides."""

from __future__ import annotations

import pytest

from reprotect_gui.domain.failback import (
    CancelFailoverRequest,
    ClassicRecoveryPoint,
    CommitRequest,
    FailbackRequest,
    ModernizedRecoveryPoint,
    ReprotectToAzureRequest,
    Scope,
    can_cancel,
    can_commit,
    can_fail_back,
    can_reprotect_to_azure,
    failback_direction,
    failback_operation,
    in_named_replication_group,
    recovery_point_choices,
    reverse_flow,
)
from reprotect_gui.domain.models import ReplicationFlow

CLASSIC, MODERNIZED = ReplicationFlow.CLASSIC, ReplicationFlow.MODERNIZED
GUID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301"


@pytest.mark.parametrize(
    ("provider", "flow"),
    [("InMage", CLASSIC), ("InMageRcmFailback", MODERNIZED), ("InMageAzureV2", None), ("InMageRcm", None), ("", None)],
)
def test_rdy02_only_the_reverse_providers_have_a_failback_flow(provider, flow):
    assert reverse_flow(provider) is flow


def test_fb01_classic_fails_back_unplanned_and_modernized_planned():
    assert failback_operation(CLASSIC) == "UnplannedFailover"
    assert failback_operation(MODERNIZED) == "PlannedFailover"


@pytest.mark.parametrize(
    ("flow", "scope", "direction"),
    [
        (CLASSIC, Scope.ITEM, "PrimaryToRecovery"),
        (CLASSIC, Scope.PLAN, "RecoveryToPrimary"),
        (MODERNIZED, Scope.ITEM, None),  # PowerShell leaves it out
        (MODERNIZED, Scope.PLAN, "RecoveryToPrimary"),
    ],
)
def test_fb02_direction_as_powershell_sends_it(flow, scope, direction):
    assert failback_direction(flow, scope) == direction


@pytest.mark.parametrize(
    ("group_id", "group_name", "named"),
    [
        (GUID, GUID, False),  # a lone VM: its own group, named by its id
        (GUID, GUID.upper(), False),  # the comparison ignores case
        (GUID, "3f2504e0-4f89-41d3-9a0c-0305e82c3302", True),  # a GUID, but not its own id: one digit off
        ("g1", "web-tier", True),
        ("", "", False),
        (None, None, False),
        (GUID, "  ", False),
    ],
)
def test_fb06_cmt04_named_replication_group(group_id, group_name, named):
    assert in_named_replication_group(group_id, group_name) is named


def test_fb03_fb04_recovery_point_choices_recommended_first_custom_item_only():
    assert recovery_point_choices(CLASSIC, Scope.ITEM) == ("LatestTime", "LatestTag", "Custom")
    assert recovery_point_choices(CLASSIC, Scope.PLAN) == ("LatestTime", "LatestTag")
    assert recovery_point_choices(MODERNIZED, Scope.ITEM) == ("CrashConsistent", "ApplicationConsistent")
    assert recovery_point_choices(MODERNIZED, Scope.PLAN) == ("CrashConsistent", "ApplicationConsistent")


@pytest.mark.parametrize(
    ("flow", "scope", "point", "point_id"),
    [
        (CLASSIC, Scope.PLAN, ClassicRecoveryPoint.CUSTOM, "rp-1"),  # Custom is item-only
        (CLASSIC, Scope.ITEM, ClassicRecoveryPoint.CUSTOM, None),  # Custom needs its point
        (CLASSIC, Scope.ITEM, ClassicRecoveryPoint.LATEST_TIME, "rp-1"),  # an id without Custom
        (CLASSIC, Scope.ITEM, ModernizedRecoveryPoint.CRASH_CONSISTENT, None),  # the other architecture's value
        (MODERNIZED, Scope.ITEM, ClassicRecoveryPoint.LATEST_TIME, None),
        (MODERNIZED, Scope.ITEM, "", None),  # FB-04: required, no default
    ],
)
def test_a_failback_request_that_breaks_the_wire_rules_cannot_be_built(flow, scope, point, point_id):
    with pytest.raises(ValueError, match=r"FB-03|recovery point"):
        FailbackRequest(scope, "id", "name", flow, point, recovery_point_id=point_id)


def test_fb05_classic_shuts_the_azure_vm_down_modernized_sends_nothing():
    classic = FailbackRequest(Scope.ITEM, "id", "vm", CLASSIC, ClassicRecoveryPoint.LATEST_TIME)
    assert classic.source_site_operations == "Required"
    not_required = FailbackRequest(Scope.PLAN, "id", "rp", CLASSIC, "LatestTag", shut_down_azure_vm=False)
    assert not_required.source_site_operations == "NotRequired"
    modernized = FailbackRequest(Scope.ITEM, "id", "vm", MODERNIZED, ModernizedRecoveryPoint.CRASH_CONSISTENT)
    assert modernized.source_site_operations is None
    assert modernized.operation == "PlannedFailover" and modernized.direction is None


def test_fb12_cancel_is_modernized_only_whatever_the_service_lists():
    with pytest.raises(ValueError, match="FB-12"):
        CancelFailoverRequest(Scope.ITEM, "id", "vm", CLASSIC)
    CancelFailoverRequest(Scope.PLAN, "id", "rp", MODERNIZED)
    allowed = frozenset({"CancelFailover"})
    assert can_cancel(MODERNIZED, allowed, "None")
    assert not can_cancel(CLASSIC, allowed, "None")
    assert not can_cancel(MODERNIZED, allowed, "PlannedFailover")  # RDY-01: something runs
    assert not can_cancel(MODERNIZED, frozenset({"Commit"}), "None")


@pytest.mark.parametrize(
    ("flow", "allowed", "scenario", "ok"),
    [
        (CLASSIC, {"UnplannedFailover"}, "None", True),
        (CLASSIC, {"PlannedFailover"}, "None", False),  # FB-01: not the classic operation
        (MODERNIZED, {"PlannedFailover"}, "None", True),
        (MODERNIZED, {"UnplannedFailover"}, "None", False),
        (MODERNIZED, {"PlannedFailover"}, "ReverseReplication", False),  # RDY-01
    ],
)
def test_fb01_can_fail_back(flow, allowed, scenario, ok):
    assert can_fail_back(flow, frozenset(allowed), scenario) is ok


def test_cmt01_rev01_decided_by_allowed_operations_and_idle():
    assert can_commit(frozenset({"Commit"}), "None")
    assert not can_commit(frozenset({"ChangePit"}), "None")
    assert not can_commit(frozenset({"Commit"}), "CommitFailover")
    assert can_reprotect_to_azure(frozenset({"ReverseReplicate"}), "None")
    assert not can_reprotect_to_azure(frozenset({"Commit"}), "None")
    assert not can_reprotect_to_azure(frozenset({"ReverseReplicate"}), "UnplannedFailover")
    CommitRequest(Scope.ITEM, "id", "vm", CLASSIC)  # carries no choice: nothing to refuse


def test_rev03_rev04_reprotect_to_azure_inputs():
    classic = ReprotectToAzureRequest("id", "vm", CLASSIC, "ps-1", "policy", run_as_account_id="1")
    assert classic.direction == "RecoveryToPrimary" and classic.effective_master_target_id == "ps-1"
    with_mt = ReprotectToAzureRequest(
        "id", "vm", CLASSIC, "ps-1", "policy", run_as_account_id="1", master_target_id="m"
    )
    assert with_mt.effective_master_target_id == "m"
    modernized = ReprotectToAzureRequest("id", "vm", MODERNIZED, "ps-1", "policy")
    assert modernized.direction == "PrimaryToRecovery" and modernized.effective_master_target_id is None
    with pytest.raises(ValueError, match="REV-03"):
        ReprotectToAzureRequest("id", "vm", CLASSIC, "ps-1", "policy")  # P5: run-as account mandatory
    with pytest.raises(ValueError, match=r"REV-03/04"):
        ReprotectToAzureRequest("id", "vm", MODERNIZED, "", "policy")
    with pytest.raises(ValueError, match=r"REV-03/04"):
        ReprotectToAzureRequest("id", "vm", MODERNIZED, "ps-1", "")
    with pytest.raises(ValueError, match="REV-04"):
        ReprotectToAzureRequest("id", "vm", MODERNIZED, "ps-1", "policy", master_target_id="m")
