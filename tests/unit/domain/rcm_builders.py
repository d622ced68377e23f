"""A healthy modernized world (section G): one Linux VM failed over through a replication appliance,
going back to its original place. Same mutator style as `builders.World`."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from builders import NOW, VC, World, ago, disk, item, vc_vm

from reprotect_gui.domain.checks.facts import PreflightInput
from reprotect_gui.domain.models import (
    DatastoreType,
    LogStorageAccount,
    ModernizedFailbackPolicy,
    ModernizedTarget,
    OsType,
    ProtectedItem,
    RcmDetails,
    RecoverySite,
    ReplicationAppliance,
    ReprotectRequest,
    VcDatastore,
)
from reprotect_gui.domain.preflight import run_preflight
from reprotect_gui.domain.verdicts import Status, Verdict

HOST2 = "esx-02.lab"
LOG_ACCOUNT = "/subscriptions/s/resourceGroups/rg-dr/providers/Microsoft.Storage/storageAccounts/logsdr01"
OTHER_ACCOUNT = "/subscriptions/s/resourceGroups/rg-dr/providers/Microsoft.Storage/storageAccounts/logsdr02"
RCM_POLICY = (
    "/subscriptions/s/resourceGroups/rg-dr/providers/Microsoft.RecoveryServices/vaults/v/"
    "replicationPolicies/rcm-failback"
)


def rcm_item(name: str = "intranet-01", **kw: Any) -> ProtectedItem:
    base = item(
        name,
        provider="InMageRcm",
        os_type=OsType.LINUX,
        os_version="Ubuntu 22.04",
        disks=(disk(f"{name}-os", 64, is_os_disk=True), disk(f"{name}-data", 128)),
        configuration_server_id="",
        rcm=RcmDetails(
            vcenter_name=VC,
            source_datastores=("ds-vmfs-01",),
            source_vm_deleted=False,
            log_storage_account_id=LOG_ACCOUNT,
        ),
    )
    return replace(base, **kw)


def appliance(name: str = "appliance-01", **kw: Any) -> ReplicationAppliance:
    base = ReplicationAppliance(
        appliance_id=f"agent-{name}",
        name=name,
        health="Normal",
        last_heartbeat=ago(1),
        vcenter_name=VC,
        datastores=("ds-vmfs-01", "ds-vmfs-02"),
        disks_in_use=10,
    )
    return replace(base, **kw)


@dataclass
class RcmWorld(World):
    """The modernized twin of `World`: requests carry a ModernizedTarget."""

    items: list[ProtectedItem] = field(default_factory=lambda: [rcm_item()])
    appliances: list[ReplicationAppliance] = field(default_factory=lambda: [appliance()])
    log_accounts: list[LogStorageAccount] = field(
        default_factory=lambda: [
            LogStorageAccount(LOG_ACCOUNT, "logsdr01", ("intranet-01",)),
            LogStorageAccount(OTHER_ACCOUNT, "logsdr02", ()),
        ]
    )
    appliance_id: str = "agent-appliance-01"
    log_account: str = LOG_ACCOUNT
    policy_id: str = RCM_POLICY

    def __post_init__(self) -> None:
        self.vms = {"intranet-01": vc_vm("intranet-01", guest_family="linuxGuest")}
        self.datastores.append(VcDatastore("ds-vmfs-02", DatastoreType.VMFS, 4000, 3000, True, (HOST2,)))

    def appliance(self, index: int = 0, **kw: Any) -> RcmWorld:
        self.appliances[index] = replace(self.appliances[index], **kw)
        return self

    def rcm(self, index: int = 0, **kw: Any) -> RcmWorld:
        it = self.items[index]
        assert it.rcm is not None
        self.items[index] = replace(it, rcm=replace(it.rcm, **kw))
        return self

    def gone(self, name: str = "intranet-01", datastore: str = "ds-vmfs-02") -> RcmWorld:
        """The on-premises VM was deleted: alternate location, onto `datastore`."""
        self.remove_vm(name)
        self.rcm(source_vm_deleted=True)
        self.datastore_name = datastore
        return self

    def site(self) -> RecoverySite:
        return replace(
            super().site(),
            appliances=tuple(self.appliances),
            log_storage_accounts=tuple(self.log_accounts),
            modernized_policy=ModernizedFailbackPolicy(RCM_POLICY, "rcm-failback", 60, 5),
        )

    def requests(self) -> tuple[ReprotectRequest, ...]:
        wanted = self.request_items if self.request_items is not None else [i.item_id for i in self.items]
        names = {i.item_id: i.name for i in self.items}
        return tuple(
            ReprotectRequest(
                item_id=item_id,
                item_name=names.get(item_id, item_id),
                target=ModernizedTarget(self.appliance_id, self.log_account),
                datastore_name=self.datastore_name,
                policy_id=self.policy_id,
                disks_to_include=(),
            )
            for item_id in wanted
        )

    def input(self) -> PreflightInput:
        return replace(super().input(), requests=self.requests())


def rcm_world() -> RcmWorld:
    return RcmWorld()


def rcm_preflight(mutate: Any) -> tuple[Verdict, ...]:
    w = rcm_world()
    mutate(w)
    return run_preflight(w.input())


def assert_rcm_outcome(mutate: Any, check_id: str, status: Status | None, evidence: str) -> Verdict | None:
    """As `builders.assert_outcome`, on the modernized world."""
    mine = [v for v in rcm_preflight(mutate) if v.check_id == check_id]
    shown = "\n".join(f"  {v.status}: {v.finding} | {'; '.join(v.evidence)}" for v in mine)
    if status is None:
        assert not mine, f"{check_id} should not apply here, but said:\n{shown}"
        return None
    assert mine, f"{check_id} gave no verdict"
    worst = min(mine, key=lambda v: v.status.rank)
    assert worst.status is status, f"{check_id}: expected {status}, got:\n{shown}"
    matching = [v for v in mine if v.status is status and any(evidence in e for e in v.evidence)]
    assert matching, f"{check_id}: no {status} verdict with evidence {evidence!r}:\n{shown}"
    v = matching[0]
    assert v.finding and v.subject
    if status is not Status.PASS:
        assert v.remediation, f"{check_id}: a {status} verdict must carry the fix"
    return v


__all__ = ["NOW", "RcmWorld", "appliance", "assert_rcm_outcome", "rcm_item", "rcm_preflight", "rcm_world"]
