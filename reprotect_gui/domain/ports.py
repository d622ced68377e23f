"""The interfaces the domain and services need; adapters and the training estate implement them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Protocol

from reprotect_gui.domain.failback import (
    CancelFailoverRequest,
    CommitRequest,
    FailbackRequest,
    ReprotectToAzureRequest,
    Scope,
)
from reprotect_gui.domain.journey import JourneyState, RecoveryPoint, ReverseChoices
from reprotect_gui.domain.models import (
    Job,
    ProtectedItem,
    RecoverySite,
    ReprotectRequest,
    SubmitResult,
    VCenterEstate,
    VmLocator,
)
from reprotect_gui.domain.replication import ReplicationStatus


class JobCancelled(Exception):
    """The operator cancelled a background step (not an error)."""


class JobContext(Protocol):
    """Progress and cooperative cancellation for a background step."""

    def report(self, done: float, text: str) -> None: ...

    def raise_if_cancelled(self) -> None: ...  # raises JobCancelled


class Clock(Protocol):
    def now(self) -> datetime: ...  # timezone-aware UTC


class SiteRecovery(Protocol):
    """An ASR vault: what reprotect reads and the reprotect itself."""

    def read_site(
        self, ctx: JobContext, on_items: Callable[[Sequence[ProtectedItem]], None] | None = None
    ) -> RecoverySite:
        """The whole vault; `on_items` gets each page of replicated items as it arrives."""
        ...

    def read_item(self, item_id: str) -> ProtectedItem:
        """Fresh read of one item (right before submitting: is a job already running?)."""
        ...

    def submit_reprotect(self, request: ReprotectRequest) -> SubmitResult:
        """Start the reprotect, never twice: attach to a job already running on the item."""
        ...

    def read_job(self, job_id: str) -> Job: ...

    def list_jobs(self, started_after: datetime | None) -> Sequence[Job]:
        """The vault's jobs started after `started_after` (all when None): one call per poll."""
        ...

    def read_replication(self, item_ids: Sequence[str]) -> Sequence[ReplicationStatus]:
        """The replication state of these items after a reprotect, with their newest recovery point
        (RDY-): whichever costs fewer reads, a paged list of the vault's items or one GET each."""
        ...

    def refresh_configuration_server(self, server_id: str, ctx: JobContext) -> None:
        """ASR's "refresh" of the configuration server's provider (RET-07)."""
        ...


class Journey(Protocol):
    """The failback journey of one vault after reprotect (`failback.md` I FB-, J CMT-, K REV-).

    Reads return plain values (domain/journey.py) with ASR's enum-like strings kept raw. Each submit
    is one operation on the service, sent **never twice** (FB-14): the target is re-read right before;
    if a job of the same step already runs on it, that job is returned with
    `attached_to_running=True` instead; the request goes out without automatic retries; a lost answer
    is confirmed by re-reading the target, never by sending again. The request types
    (domain/failback.py) already enforce the wire rules (FB-01/02/03/04/05, FB-12, REV-03/04/07).

    Jobs started here are followed through the vault's `SiteRecovery.read_job` / `list_jobs`, like a
    reprotect's: same `Job` shape (tasks, states, errors); `SubmitResult.job_id` is the job's name.

    Errors are `UserFacingError`s (sentence + next step): `SubmitRefused` (or a subclass) when the
    service refused or the step is not allowed now — nothing was started; any other `UserFacingError`
    when the answer could not be had (the caller re-reads before trying again).
    `target_id` / `item_id` are ARM ids (`ProtectedItem.item_id`, `RecoveryPlan.plan_id`).
    """

    def read_journey(self, scope: Scope, target_id: str) -> JourneyState:
        """The item (scope ITEM) or the recovery plan and each of its members (scope PLAN), fresh:
        provider, protectionState, allowedOperations, currentScenario (+ running job), replication
        group, lastPlannedFailoverStatus/StartTime (FB-15), and the on-premises VM's locator."""
        ...

    def list_recovery_points(self, item_id: str) -> Sequence[RecoveryPoint]:
        """FB-03 Custom: the item's recovery points, newest first (empty when it has none)."""
        ...

    def reverse_choices(self, item_id: str) -> ReverseChoices:
        """REV-03/04/05: process servers (with health), policies and run-as accounts for protecting
        this item to Azure again; the classic forward policy of the container mapping is marked."""
        ...

    def submit_failback(self, request: FailbackRequest) -> SubmitResult:
        """FB-01…05: classic unplanned / modernized planned failover of an item or a plan, never twice."""
        ...

    def submit_cancel(self, request: CancelFailoverRequest) -> SubmitResult:
        """FB-12: cancel a modernized planned failover (POST failoverCancel), never twice."""
        ...

    def submit_commit(self, request: CommitRequest) -> SubmitResult:
        """CMT-01: commit the failover of an item or a plan (POST failoverCommit), never twice."""
        ...

    def submit_reprotect_to_azure(self, request: ReprotectToAzureRequest) -> SubmitResult:
        """REV-03/04: reprotect one item back to Azure (no plan-level reprotect, REV-07), never twice."""
        ...


class VCenterInventory(Protocol):
    """A vCenter, read in proportion to the plan: hosts and datastores, then the VMs that matter."""

    def read_estate(self, focus: Sequence[VmLocator], ctx: JobContext) -> VCenterEstate:
        """Hosts and datastores; the `focus` VMs (and every VM sharing their UUIDs) with full details,
        looked up directly where vCenter allows, through the light index of every VM otherwise."""
        ...


class SecretStore(Protocol):
    def get(self, service: str, user: str) -> str | None: ...

    def set(self, service: str, user: str, secret: str) -> None: ...

    def delete(self, service: str, user: str) -> None: ...
