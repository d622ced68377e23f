"""The interfaces the domain and services need; adapters and the training estate implement them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Protocol

from reprotect_gui.domain.models import (
    Job,
    ProtectedItem,
    RecoverySite,
    ReprotectRequest,
    SubmitResult,
    VCenterEstate,
    VmLocator,
)


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

    def refresh_configuration_server(self, server_id: str, ctx: JobContext) -> None:
        """ASR's "refresh" of the configuration server's provider (RET-07)."""
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
