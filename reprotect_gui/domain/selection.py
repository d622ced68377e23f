"""What the operator chose in the wizard, and the reprotect requests built from it."""

from __future__ import annotations

from dataclasses import dataclass, field

from reprotect_gui.domain.flows import DEFAULT_FLOW, FailbackPolicyRef, flow_of
from reprotect_gui.domain.messages import t
from reprotect_gui.domain.models import ProtectedItem, RecoveryPlan, ReplicationFlow, ReprotectRequest


@dataclass
class ItemChoices:
    """Per-VM values: datastore, retention drive and disks can differ inside a plan."""

    datastore_name: str | None = None
    retention_drive: str | None = None
    disks_to_include: tuple[str, ...] = ()


@dataclass
class Selection:
    """The wizard's working state; pages fill it, the review page turns it into requests.

    Mutable on purpose: it is the one place a page writes to, owned by the GUI thread.
    """

    items: tuple[ProtectedItem, ...] = ()
    plan: RecoveryPlan | None = None
    master_target_id: str | None = None
    process_server_id: str | None = None
    run_as_account_id: str | None = None
    per_item: dict[str, ItemChoices] = field(default_factory=dict)
    # Modernized flow (section G): the replication appliance and the log storage account.
    appliance_id: str | None = None
    log_storage_account_id: str | None = None

    def choices_for(self, item_id: str) -> ItemChoices:
        return self.per_item.setdefault(item_id, ItemChoices())

    def applies_to(self, item: ProtectedItem, same_for_all: bool) -> tuple[ProtectedItem, ...]:
        """The VMs a per-VM choice made for `item` applies to: all of a plan's when 'same for all'."""
        return self.items if (self.is_plan and same_for_all) else (item,)

    @property
    def is_plan(self) -> bool:
        return self.plan is not None

    @property
    def flow(self) -> ReplicationFlow:
        """The items' flow (ELIG-08); the default flow until something is chosen (or when mixed)."""
        flows = {i.flow for i in self.items}
        return flows.pop() if len(flows) == 1 else DEFAULT_FLOW.key

    @property
    def is_modernized(self) -> bool:
        """The console program's and the answers file's shorthand; pages ask the flow (session.flow) instead."""
        return bool(self.items) and self.flow is ReplicationFlow.MODERNIZED

    def reset_targets(self) -> None:
        """A new choice of VMs invalidates everything chosen for the old ones."""
        self.master_target_id = self.process_server_id = None
        self.appliance_id = self.log_storage_account_id = None
        self.per_item.clear()

    def missing(self) -> list[str]:
        """What still has to be chosen before requests can be built, in plain words."""
        if not self.items:
            return [t("a VM or a recovery plan")]
        if len({i.flow for i in self.items}) > 1:
            return [t("VMs of one replication experience (classic and modernized can't be mixed)")]
        if self.flow is ReplicationFlow.OUT_OF_SCOPE:
            return [t("VMs replicated from VMware or physical servers to Azure (ELIG-08)")]
        return flow_of(self.flow).missing(self)


def build_requests(selection: Selection, policy: FailbackPolicyRef | None) -> tuple[ReprotectRequest, ...]:
    """One request per item (ASR's plan-level reprotect is deprecated: SUB-02), built by the items' flow."""
    missing = selection.missing()
    if missing:
        raise ValueError(t("still to choose: {missing}", missing=tuple(missing)))
    return flow_of(selection.flow).build_requests(selection, policy)


def default_disks(item: ProtectedItem) -> tuple[str, ...]:
    """DS-07: every disk comes back except Azure's temporary storage disk."""
    return tuple(d.disk_id for d in item.disks if not d.is_azure_temporary)
