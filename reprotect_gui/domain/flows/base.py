"""What a replication flow is: the one object the wizard, the checks and the adapters ask.

A flow (ELIG-08: the item's replication provider picks it) owns which providers it serves, the
type of target its dialog produces, how a selection becomes its reprotect requests, which
policy the requests name and what the operator still has to choose. The wizard's pages for a
flow are named by the UI's own registry (ui/wizard/flows.py); the checks of a flow declare it
(`flows=` in domain/checks/registry.py) and see only that flow's requests.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from enum import StrEnum
from typing import TYPE_CHECKING, ClassVar, Protocol

from reprotect_gui.domain.models import ReplicationFlow, ReprotectRequest, ReprotectTarget

if TYPE_CHECKING:
    from reprotect_gui.domain.checks.registry import RegisteredCheck
    from reprotect_gui.domain.models import RecoverySite
    from reprotect_gui.domain.selection import Selection


class Placement(StrEnum):
    """Where the datastores a VM can come back to are read from."""

    MASTER_TARGET_HOST = "master target host"  # classic: the datastores the master target's host mounts
    APPLIANCE = "replication appliance"  # modernized: those the appliance can read and write (RCM-03)


class FailbackPolicyRef(Protocol):
    """What a request needs of a failback policy: its id (and its name for sentences)."""

    @property
    def policy_id(self) -> str: ...

    @property
    def name(self) -> str: ...


class Flow(ABC):
    """One reprotect dialog. Subclasses are singletons registered in domain/flows/__init__.py."""

    key: ClassVar[ReplicationFlow]
    providers: ClassVar[frozenset[str]]  # providerSpecificDetails.instanceType values it serves
    target_type: ClassVar[type[ReprotectTarget]]
    chooses_disks: ClassVar[bool]  # whether the request names the disks that come back (DS-07)
    placement: ClassVar[Placement]

    @abstractmethod
    def policy(self, site: RecoverySite) -> FailbackPolicyRef | None:
        """The failback policy the requests of this flow name."""

    @abstractmethod
    def missing(self, selection: Selection) -> list[str]:
        """What still has to be chosen in this flow's pages, in plain words."""

    @abstractmethod
    def build_requests(self, selection: Selection, policy: FailbackPolicyRef | None) -> tuple[ReprotectRequest, ...]:
        """One request per item (ASR's plan-level reprotect is deprecated: SUB-02); `missing()` is empty."""

    def checks(self) -> tuple[RegisteredCheck, ...]:
        """The preflight rules that look at this flow's requests (each check declares its flows)."""
        import reprotect_gui.domain.checks  # noqa: F401  (registers every check; the checks import the flows)
        from reprotect_gui.domain.checks.registry import checks_of

        return checks_of(self.key)

    def __repr__(self) -> str:
        return f"<{self.key} flow>"
