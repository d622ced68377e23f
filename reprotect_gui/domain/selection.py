"""What the operator chose in the wizard, and the reprotect requests built from it."""

from __future__ import annotations

from dataclasses import dataclass, field

from reprotect_gui.domain.messages import t
from reprotect_gui.domain.models import (
    ClassicTarget,
    FailbackPolicy,
    ModernizedFailbackPolicy,
    ModernizedTarget,
    ProtectedItem,
    RecoveryPlan,
    ReplicationFlow,
    ReprotectRequest,
)


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
        """The items' flow (ELIG-08); CLASSIC until something is chosen."""
        flows = {i.flow for i in self.items}
        return flows.pop() if len(flows) == 1 else ReplicationFlow.CLASSIC

    @property
    def is_modernized(self) -> bool:
        return bool(self.items) and self.flow is ReplicationFlow.MODERNIZED

    def reset_targets(self) -> None:
        """A new choice of VMs invalidates everything chosen for the old ones."""
        self.master_target_id = self.process_server_id = None
        self.appliance_id = self.log_storage_account_id = None
        self.per_item.clear()

    def missing(self) -> list[str]:
        """What still has to be chosen before requests can be built, in plain words."""
        if {i.flow for i in self.items} == {ReplicationFlow.MODERNIZED}:
            return self._missing_modernized()
        out: list[str] = []
        if not self.items:
            out.append(t("a VM or a recovery plan"))
        if len({i.flow for i in self.items}) > 1:
            out.append(t("VMs of one replication experience (classic and modernized can't be mixed)"))
        if not self.master_target_id:
            out.append(t("a master target"))
        if not self.process_server_id:
            out.append(t("a process server"))
        for item in self.items:
            c = self.choices_for(item.item_id)
            if not c.datastore_name:
                out.append(t("a datastore for {item}", item=item.name))
            if not c.retention_drive:
                out.append(t("a retention drive for {item}", item=item.name))
        return out

    def _missing_modernized(self) -> list[str]:
        out: list[str] = []
        if not self.appliance_id:
            out.append(t("a replication appliance"))
        for item in self.items:
            if not self.choices_for(item.item_id).datastore_name:
                out.append(t("a datastore for {item}", item=item.name))
        if not self.log_storage_account_id:
            out.append(t("a log storage account"))
        return out


def build_requests(
    selection: Selection, policy: FailbackPolicy | ModernizedFailbackPolicy | None
) -> tuple[ReprotectRequest, ...]:
    """One request per item (ASR's plan-level reprotect is deprecated: SUB-02), in the items' flow."""
    missing = selection.missing()
    if missing:
        raise ValueError(t("still to choose: ") + ", ".join(missing))
    if selection.is_modernized:
        return _modernized_requests(selection, policy)
    if not isinstance(policy, FailbackPolicy):
        raise ValueError(t("still to choose: a classic failback policy (INF-02)"))
    assert selection.master_target_id and selection.process_server_id
    out = []
    for item in selection.items:
        c = selection.choices_for(item.item_id)
        assert c.datastore_name and c.retention_drive
        out.append(
            ReprotectRequest(
                item_id=item.item_id,
                item_name=item.name,
                target=ClassicTarget(
                    master_target_id=selection.master_target_id,
                    process_server_id=selection.process_server_id,
                    retention_drive=c.retention_drive,
                    run_as_account_id=selection.run_as_account_id,
                ),
                datastore_name=c.datastore_name,
                policy_id=policy.policy_id,
                disks_to_include=c.disks_to_include,
            )
        )
    return tuple(out)


def _modernized_requests(
    selection: Selection, policy: FailbackPolicy | ModernizedFailbackPolicy | None
) -> tuple[ReprotectRequest, ...]:
    """InMageRcmReprotectInput has no disk choice: the disks replicated to Azure come back (RCM-04)."""
    assert selection.appliance_id and selection.log_storage_account_id
    target = ModernizedTarget(selection.appliance_id, selection.log_storage_account_id)
    out = []
    for item in selection.items:
        datastore = selection.choices_for(item.item_id).datastore_name
        assert datastore
        out.append(
            ReprotectRequest(
                item_id=item.item_id,
                item_name=item.name,
                target=target,
                datastore_name=datastore,
                policy_id=policy.policy_id if policy is not None else "",
                disks_to_include=(),
            )
        )
    return tuple(out)


def default_disks(item: ProtectedItem) -> tuple[str, ...]:
    """DS-07: every disk comes back except Azure's temporary storage disk."""
    return tuple(d.disk_id for d in item.disks if not d.is_azure_temporary)
