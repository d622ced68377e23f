"""The failback journey after reprotect, as data: fail back, cancel, commit, protect to Azure again.

`shared/requirements/failback.md` sections I (FB-), J (CMT-) and K (REV-). Each request says what one
operation sends and nothing else; the rules of the wire format live here, once, so the ASR adapter,
the emulator's tests and (later) the pages all read them from one place:

* FB-01: classic failback is an *unplanned* failover, modernized a *planned* one;
* FB-02: the failover direction differs between item and plan (PowerShell P1/P2);
* FB-03/FB-04: which recovery point types each architecture takes, and their defaults;
* FB-05: classic shuts the Azure VM down first (`sourceSiteOperations` `Required`);
* FB-06/CMT-04: a classic VM in a named replication group goes only through its plan;
* FB-12: only a modernized planned failover can be cancelled;
* CMT-01/CMT-03: commit only when `allowedOperations` offers it;
* REV-01/03/04/07: protect to Azure again, item by item, with each architecture's input and direction.

A request that breaks one of these rules can't be built: the constructor raises `ValueError`, which is
a programming error (the pages and the console program offer only what `allowed_*` says).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from reprotect_gui.domain.messages import t
from reprotect_gui.domain.models import ReplicationFlow

# The providers an item has after a successful reprotect to on-premises (RDY-02).
CLASSIC_REVERSE_PROVIDER = "InMage"
MODERNIZED_REVERSE_PROVIDER = "InMageRcmFailback"
REVERSE_PROVIDERS = {
    CLASSIC_REVERSE_PROVIDER: ReplicationFlow.CLASSIC,
    MODERNIZED_REVERSE_PROVIDER: ReplicationFlow.MODERNIZED,
}

# allowedOperations values (enum ReplicationProtectedItemOperation; untyped strings on the wire).
OP_PLANNED_FAILOVER = "PlannedFailover"
OP_UNPLANNED_FAILOVER = "UnplannedFailover"
OP_COMMIT = "Commit"
OP_CANCEL_FAILOVER = "CancelFailover"
OP_REVERSE_REPLICATE = "ReverseReplicate"
OP_CHANGE_PIT = "ChangePit"

# failoverDirection values.
PRIMARY_TO_RECOVERY = "PrimaryToRecovery"
RECOVERY_TO_PRIMARY = "RecoveryToPrimary"

SCENARIO_IDLE = "None"  # currentScenario.scenarioName when nothing runs (RDY-01, REV-01)


class Scope(StrEnum):
    ITEM = "item"
    PLAN = "plan"


class ClassicRecoveryPoint(StrEnum):
    """FB-03: `RecoveryPointType` (item) and `RpInMageRecoveryPointType` (plan) share these values."""

    LATEST_TIME = "LatestTime"  # latest processed, crash-consistent: recommended
    LATEST_TAG = "LatestTag"  # latest application-consistent: older, loses data
    CUSTOM = "Custom"  # a chosen recovery point (item only)


class ModernizedRecoveryPoint(StrEnum):
    """FB-04: `InMageRcmFailbackRecoveryPointType`; required, no default on the wire."""

    CRASH_CONSISTENT = "CrashConsistent"  # recommended
    APPLICATION_CONSISTENT = "ApplicationConsistent"


DEFAULT_RECOVERY_POINT: dict[ReplicationFlow, str] = {
    ReplicationFlow.CLASSIC: ClassicRecoveryPoint.LATEST_TIME,
    ReplicationFlow.MODERNIZED: ModernizedRecoveryPoint.CRASH_CONSISTENT,
}

_GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)


def reverse_flow(provider: str) -> ReplicationFlow | None:
    """RDY-02: the flow of an item that replicates back on-premises; None for any other provider."""
    return REVERSE_PROVIDERS.get(provider)


def failback_operation(flow: ReplicationFlow) -> str:
    """FB-01: the allowedOperations entry (and REST operation) that fails this architecture back."""
    return OP_UNPLANNED_FAILOVER if flow is ReplicationFlow.CLASSIC else OP_PLANNED_FAILOVER


def failback_direction(flow: ReplicationFlow, scope: Scope) -> str | None:
    """FB-02, as PowerShell sends it: classic item PrimaryToRecovery (after reprotect the classic item's
    primary side is Azure), every plan RecoveryToPrimary, modernized item: left out (None)."""
    if scope is Scope.PLAN:
        return RECOVERY_TO_PRIMARY
    return PRIMARY_TO_RECOVERY if flow is ReplicationFlow.CLASSIC else None


def in_named_replication_group(group_id: str | None, group_name: str | None) -> bool:
    """FB-06/CMT-04: a classic item is in a *named* replication group when multiVmGroupName is set and is not
    the GUID that equals multiVmGroupId (ASR gives every lone VM a group of its own, named by its id)."""
    name = (group_name or "").strip()
    if not name:
        return False
    return not (_GUID.match(name) and name.lower() == (group_id or "").strip().lower())


def recovery_point_choices(flow: ReplicationFlow, scope: Scope) -> tuple[str, ...]:
    """FB-03/FB-04: what the failback page offers, the recommended one first. Custom is item-only."""
    if flow is ReplicationFlow.MODERNIZED:
        return tuple(ModernizedRecoveryPoint)
    if scope is Scope.PLAN:
        return (ClassicRecoveryPoint.LATEST_TIME, ClassicRecoveryPoint.LATEST_TAG)
    return tuple(ClassicRecoveryPoint)


@dataclass(frozen=True, slots=True)
class FailbackRequest:
    """One failback submit: an item or a recovery plan, failed over from Azure to on-premises."""

    scope: Scope
    target_id: str  # ARM id of the replicated item or the recovery plan
    target_name: str
    flow: ReplicationFlow
    recovery_point: str
    recovery_point_id: str | None = None  # FB-03 Custom only
    use_multi_vm_sync_point: bool = True  # FB-04, modernized plans; PowerShell's default for plans
    shut_down_azure_vm: bool = True  # FB-05, classic: sourceSiteOperations Required

    def __post_init__(self) -> None:
        choices = recovery_point_choices(self.flow, self.scope)
        if self.recovery_point not in choices:
            raise ValueError(
                t(
                    "'{recovery_point}' is not a {flow} {scope} recovery point (one of {choices})",
                    recovery_point=self.recovery_point,
                    flow=self.flow,
                    scope=self.scope,
                    choices=", ".join(choices),
                )
            )
        custom = self.recovery_point == ClassicRecoveryPoint.CUSTOM
        if custom != bool(self.recovery_point_id):
            raise ValueError(t("a recovery point id goes with Custom, and only with Custom (FB-03)"))

    @property
    def operation(self) -> str:
        return failback_operation(self.flow)

    @property
    def direction(self) -> str | None:
        return failback_direction(self.flow, self.scope)

    @property
    def source_site_operations(self) -> str | None:
        """FB-05: classic only; required on plans, so it is always sent."""
        if self.flow is not ReplicationFlow.CLASSIC:
            return None
        return "Required" if self.shut_down_azure_vm else "NotRequired"


@dataclass(frozen=True, slots=True)
class CancelFailoverRequest:
    """FB-12: cancel a modernized planned failover; classic failback can't be cancelled."""

    scope: Scope
    target_id: str
    target_name: str
    flow: ReplicationFlow

    def __post_init__(self) -> None:
        if self.flow is not ReplicationFlow.MODERNIZED:
            raise ValueError(t("only a modernized planned failover can be cancelled (FB-12)"))


@dataclass(frozen=True, slots=True)
class CommitRequest:
    """CMT-01: commit the failback (classic: deletes the failed-over Azure VM; it can't be undone)."""

    scope: Scope
    target_id: str
    target_name: str
    flow: ReplicationFlow


@dataclass(frozen=True, slots=True)
class ReprotectToAzureRequest:
    """REV-03 (classic) / REV-04 (modernized): protect the failed-back VM to Azure again; item only (REV-07)."""

    item_id: str
    item_name: str
    flow: ReplicationFlow
    process_server_id: str
    policy_id: str
    run_as_account_id: str | None = None
    master_target_id: str | None = None  # classic: the PS id when no master target is given (REV-03)

    def __post_init__(self) -> None:
        if not self.process_server_id or not self.policy_id:
            raise ValueError(t("a process server and a policy are required to protect to Azure again (REV-03/04)"))
        if self.flow is ReplicationFlow.CLASSIC and not self.run_as_account_id:
            raise ValueError(t("a classic reprotect to Azure needs the run-as account (REV-03, P5: mandatory)"))
        if self.flow is ReplicationFlow.MODERNIZED and self.master_target_id:
            raise ValueError(t("a modernized reprotect to Azure has no master target (REV-04)"))

    @property
    def direction(self) -> str:
        """P5: classic RecoveryToPrimary, modernized PrimaryToRecovery."""
        return RECOVERY_TO_PRIMARY if self.flow is ReplicationFlow.CLASSIC else PRIMARY_TO_RECOVERY

    @property
    def effective_master_target_id(self) -> str | None:
        if self.flow is not ReplicationFlow.CLASSIC:
            return None
        return self.master_target_id or self.process_server_id


def can_fail_back(flow: ReplicationFlow, allowed_operations: frozenset[str], scenario: str) -> bool:
    """FB-01 with RDY-01: the architecture's operation is offered and nothing else runs on the item."""
    return failback_operation(flow) in allowed_operations and scenario == SCENARIO_IDLE


def can_cancel(flow: ReplicationFlow, allowed_operations: frozenset[str], scenario: str) -> bool:
    """FB-12: never for classic, whatever the service lists."""
    return flow is ReplicationFlow.MODERNIZED and OP_CANCEL_FAILOVER in allowed_operations and scenario == SCENARIO_IDLE


def can_commit(allowed_operations: frozenset[str], scenario: str) -> bool:
    """CMT-01/CMT-03/CMT-06: decided from allowedOperations, never from the free-text protectionState."""
    return OP_COMMIT in allowed_operations and scenario == SCENARIO_IDLE


def can_reprotect_to_azure(allowed_operations: frozenset[str], scenario: str) -> bool:
    """REV-01."""
    return OP_REVERSE_REPLICATE in allowed_operations and scenario == SCENARIO_IDLE
