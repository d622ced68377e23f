"""What the operator chose in the wizard, and the reprotect requests built from it."""

from __future__ import annotations

from dataclasses import dataclass, field

from reprotect_gui.domain.models import (
    ClassicTarget,
    FailbackPolicy,
    ProtectedItem,
    RecoveryPlan,
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

    def choices_for(self, item_id: str) -> ItemChoices:
        return self.per_item.setdefault(item_id, ItemChoices())

    @property
    def is_plan(self) -> bool:
        return self.plan is not None

    def missing(self) -> list[str]:
        """What still has to be chosen before requests can be built, in plain words."""
        out = []
        if not self.items:
            out.append("a VM or a recovery plan")
        if not self.master_target_id:
            out.append("a master target")
        if not self.process_server_id:
            out.append("a process server")
        for item in self.items:
            c = self.choices_for(item.item_id)
            if not c.datastore_name:
                out.append(f"a datastore for {item.name}")
            if not c.retention_drive:
                out.append(f"a retention drive for {item.name}")
        return out


def build_requests(selection: Selection, policy: FailbackPolicy) -> tuple[ReprotectRequest, ...]:
    """One request per item (ASR's plan-level reprotect is deprecated: SUB-02)."""
    missing = selection.missing()
    if missing:
        raise ValueError("still to choose: " + ", ".join(missing))
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


def default_disks(item: ProtectedItem) -> tuple[str, ...]:
    """DS-07: every disk comes back except Azure's temporary storage disk."""
    return tuple(d.disk_id for d in item.disks if not d.is_azure_temporary)

