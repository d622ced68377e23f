"""Small builders for preflight facts, from literals: a healthy world that every check passes,
and one-line mutators that break exactly one fact."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from reprotect_gui.domain.checks.facts import LinkType, OperatorStatements, PreflightInput
from reprotect_gui.domain.models import (
    REVERSE_REPLICATE,
    ClassicTarget,
    ConfigurationServer,
    DatastoreType,
    Disk,
    FailbackPolicy,
    KnownVCenter,
    MasterTarget,
    OsType,
    ProcessServer,
    ProtectedItem,
    RecoveryPlan,
    RecoverySite,
    ReprotectRequest,
    RetentionVolume,
    SeenDatastore,
    ServerLocation,
    VcDatastore,
    VcDisk,
    VCenterEstate,
    VcHost,
    VcMatch,
    VcVm,
    VmLocator,
)
from reprotect_gui.domain.preflight import run_preflight
from reprotect_gui.domain.verdicts import Status, Verdict

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
GIB = 2**30
VC = "vc-01.lab"
HOST = "esx-01.lab"
POLICY_ID = "policy-failback"


def ago(minutes: float) -> datetime:
    return NOW - timedelta(minutes=minutes)


def disk(disk_id: str, size_gb: float = 100, **kw: Any) -> Disk:
    return Disk(disk_id=disk_id, name=kw.pop("name", disk_id), size_gb=size_gb, **kw)


def item(name: str = "web-01", **kw: Any) -> ProtectedItem:
    base = ProtectedItem(
        item_id=name,
        name=name,
        provider="InMageAzureV2",
        os_type=OsType.WINDOWS,
        os_version="Windows Server 2019",
        disks=(disk(f"{name}-os", 127, is_os_disk=True), disk(f"{name}-data", 256)),
        protection_state="FailedOver",
        allowed_operations=frozenset({REVERSE_REPLICATE, "DisableProtection"}),
        active_location="Recovery",
        on_prem_vm=VmLocator(name=name, bios_uuid=f"uuid-{name}"),
        configuration_server_id="cs-01",
        failover_time=ago(180),
        agent_last_heartbeat=ago(2),
        vcenter_name=VC,
    )
    return replace(base, **kw)


def volume(name: str = "R:", capacity_gb: int = 1024, free_gb: int = 800, **kw: Any) -> RetentionVolume:
    return RetentionVolume(
        name=name,
        capacity_bytes=capacity_gb * GIB,
        free_bytes=free_gb * GIB,
        threshold_percent=kw.pop("threshold_percent", 80),
        **kw,
    )


def seen(name: str = "ds-vmfs-01", type: DatastoreType = DatastoreType.VMFS, free_gb: float = 2000) -> SeenDatastore:
    return SeenDatastore(symbolic_name=name, type=type, capacity_gb=4000, free_gb=free_gb)


def master_target(name: str = "mt-win-01", **kw: Any) -> MasterTarget:
    base = MasterTarget(
        server_id=name,
        name=name,
        ip_address="10.0.0.31",
        os_type=OsType.WINDOWS,
        os_version="Windows Server 2019",
        esxi_host=HOST,
        vcenter_name=VC,
        last_heartbeat=ago(2),
        version_status="Supported",
        health_errors=(),
        disk_count=10,
        retention_volumes=(volume(),),
        datastores=(seen(),),
        vm=VmLocator(name=name, bios_uuid=f"uuid-{name}"),
    )
    return replace(base, **kw)


def vc_vm(name: str, **kw: Any) -> VcVm:
    base = VcVm(
        moref=f"vm-{name}",
        name=name,
        bios_uuid=f"uuid-{name}",
        instance_uuid=None,
        guest_family="windowsGuest",
        power_state="poweredOff",
        is_template=False,
        host_name=HOST,
        datastore_names=("ds-vmfs-01",),
        details_read=True,
        disks=(VcDisk(f"{name} disk 1", 127, f"disk-{name}-1", "ds-vmfs-01"),),
        scsi_controller_types=("lsilogic-sas",),
        enable_uuid=True,
        tools_status="toolsOk",
        has_snapshot=False,
    )
    return replace(base, **kw)


@dataclass
class World:
    """A healthy estate: one Windows VM going back to its original place over ExpressRoute."""

    items: list[ProtectedItem] = field(default_factory=lambda: [item()])
    mts: list[MasterTarget] = field(default_factory=lambda: [master_target()])
    pss: list[ProcessServer] = field(
        default_factory=lambda: [
            ProcessServer("ps-azure-01", "ps-azure-01", "10.200.0.4", ServerLocation.AZURE, ago(1), "Normal")
        ]
    )
    css: list[ConfigurationServer] = field(
        default_factory=lambda: [
            ConfigurationServer("cs-01", "cs-01", "10.0.0.10", ago(1), "9.59", last_refreshed=ago(30))
        ]
    )
    policy: FailbackPolicy | None = field(
        default_factory=lambda: FailbackPolicy(POLICY_ID, "failback-policy", 15, 1440, 60)
    )
    known_vcenters: list[KnownVCenter] = field(default_factory=lambda: [KnownVCenter(VC, "10.0.0.20", ago(2))])
    hosts: list[VcHost] = field(
        default_factory=lambda: [
            VcHost(HOST, "VMware ESXi 7.0.3", "vSphere 7 Enterprise Plus", "connected", ("ds-vmfs-01",))
        ]
    )
    datastores: list[VcDatastore] = field(
        default_factory=lambda: [VcDatastore("ds-vmfs-01", DatastoreType.VMFS, 4000, 2000, True, (HOST,))]
    )
    vms: dict[str, VcVm] = field(default_factory=lambda: {n: vc_vm(n) for n in ("web-01", "mt-win-01")})
    vcenter_read: bool = True
    vcenter_connected: bool = True
    statements: OperatorStatements = field(
        default_factory=lambda: OperatorStatements(link_type=LinkType.EXPRESSROUTE, ip_addresses_retained=False)
    )
    plan: RecoveryPlan | None = None
    # What every request asks for, unless `requests` is set.
    mt_id: str = "mt-win-01"
    ps_id: str = "ps-azure-01"
    datastore_name: str = "ds-vmfs-01"
    retention: str = "R:"
    policy_id: str = POLICY_ID
    mt_for: dict[str, str] = field(default_factory=dict)  # item id → master target id, else mt_id
    disks_to_include: dict[str, tuple[str, ...]] = field(default_factory=dict)
    request_items: list[str] | None = None  # item ids to request; None = every item
    unmapped: set[str] = field(default_factory=set)  # keys left out of `matches`
    ambiguous: dict[str, tuple[str, ...]] = field(default_factory=dict)

    # --- mutators: change one fact ------------------------------------------------------------

    def item(self, index: int = 0, **kw: Any) -> World:
        self.items[index] = replace(self.items[index], **kw)
        return self

    def mt(self, index: int = 0, **kw: Any) -> World:
        self.mts[index] = replace(self.mts[index], **kw)
        return self

    def ps(self, index: int = 0, **kw: Any) -> World:
        self.pss[index] = replace(self.pss[index], **kw)
        return self

    def cs(self, index: int = 0, **kw: Any) -> World:
        self.css[index] = replace(self.css[index], **kw)
        return self

    def vm(self, name: str, **kw: Any) -> World:
        self.vms[name] = replace(self.vms[name], **kw)
        return self

    def host(self, index: int = 0, **kw: Any) -> World:
        self.hosts[index] = replace(self.hosts[index], **kw)
        return self

    def datastore(self, index: int = 0, **kw: Any) -> World:
        self.datastores[index] = replace(self.datastores[index], **kw)
        return self

    def remove_vm(self, name: str) -> World:
        del self.vms[name]
        return self

    def no_vcenter(self) -> World:
        self.vcenter_read = False
        return self

    def state(self, **kw: Any) -> World:
        self.statements = replace(self.statements, **kw)
        return self

    def add_item(self, it: ProtectedItem, with_vm: bool = True) -> World:
        self.items.append(it)
        if with_vm:
            self.vms[it.on_prem_vm.name] = vc_vm(it.on_prem_vm.name)
        return self

    def set(self, **kw: Any) -> World:
        for key, value in kw.items():
            setattr(self, key, value)
        return self

    # --- the input ------------------------------------------------------------------------------

    def site(self) -> RecoverySite:
        return RecoverySite(
            vault_name="rsv-test",
            items=tuple(self.items),
            plans=(self.plan,) if self.plan else (),
            configuration_servers=tuple(self.css),
            master_targets=tuple(self.mts),
            process_servers=tuple(self.pss),
            run_as_accounts=(),
            failback_policy=self.policy,
            vcenters=tuple(self.known_vcenters),
        )

    def vcenter(self) -> VCenterEstate | None:
        if not self.vcenter_read:
            return None
        return VCenterEstate(
            vcenter_name=VC,
            hosts=tuple(self.hosts),
            datastores=tuple(self.datastores),
            vms=tuple(self.vms.values()),
            connected=self.vcenter_connected,
        )

    def matches(self) -> dict[str, VcMatch]:
        if not self.vcenter_read:
            return {}
        locators = {i.item_id: i.on_prem_vm for i in self.items}
        locators.update({m.server_id: m.vm for m in self.mts if m.vm is not None})
        out = {}
        for key, loc in locators.items():
            if key in self.unmapped:
                continue
            if key in self.ambiguous:
                out[key] = VcMatch(loc, None, "", self.ambiguous[key])
            elif loc.name in self.vms:
                out[key] = VcMatch(loc, self.vms[loc.name], "name")
            else:
                out[key] = VcMatch(loc, None, "")
        return out

    def requests(self) -> tuple[ReprotectRequest, ...]:
        wanted = self.request_items if self.request_items is not None else [i.item_id for i in self.items]
        names = {i.item_id: i.name for i in self.items}
        return tuple(
            ReprotectRequest(
                item_id=item_id,
                item_name=names.get(item_id, item_id),
                target=ClassicTarget(self.mt_for.get(item_id, self.mt_id), self.ps_id, self.retention),
                datastore_name=self.datastore_name,
                policy_id=self.policy_id,
                disks_to_include=self.disks_to_include.get(item_id, ()),
            )
            for item_id in wanted
        )

    def input(self) -> PreflightInput:
        return PreflightInput(
            site=self.site(),
            vcenter=self.vcenter(),
            requests=self.requests(),
            now=NOW,
            plan=self.plan,
            statements=self.statements,
            matches=self.matches(),
        )


def world() -> World:
    return World()


def linux_world(w: World) -> World:
    """The same healthy world with a Linux VM and a Linux master target."""
    w.items = [item(os_type=OsType.LINUX, os_version="Ubuntu 20.04")]
    w.mts = [
        master_target(os_type=OsType.LINUX, os_version="Ubuntu 22.04", retention_volumes=(volume("/mnt/retention/"),))
    ]
    w.retention = "/mnt/retention/"
    return w


def plan_of(w: World, *extra: ProtectedItem, name: str = "RP-Test") -> World:
    """Turn the world into a recovery plan of its item plus `extra` items (each with an on-prem VM)."""
    for it in extra:
        w.add_item(it)
    w.plan = RecoveryPlan(plan_id=name.lower(), name=name, item_ids=tuple(i.item_id for i in w.items))
    return w


# --- the catalog tables -----------------------------------------------------------------------

Mutator = Callable[[World], object]


def unchanged(w: World) -> None:
    """The healthy world as built."""


@dataclass(frozen=True)
class Case:
    """One catalog ID: a passing world, a failing one, and (when a fact can be missing) an unknown one.

    A status of None means the rule does not apply there, so it must say nothing.
    Evidence strings are substrings of the evidence of a verdict with the expected status.
    """

    check_id: str
    ok: Mutator
    ok_status: Status | None
    ok_evidence: str
    bad: Mutator
    bad_status: Status
    bad_evidence: str
    unknown: Mutator | None = None
    unknown_evidence: str = ""
    label: str = ""

    def __str__(self) -> str:
        return f"{self.check_id}{'-' + self.label if self.label else ''}"


def preflight(mutate: Mutator) -> tuple[Verdict, ...]:
    w = world()
    mutate(w)
    return run_preflight(w.input())


def assert_outcome(mutate: Mutator, check_id: str, status: Status | None, evidence: str) -> Verdict | None:
    """The worst verdict for `check_id` has `status`, and a verdict of that status shows `evidence`."""
    mine = [v for v in preflight(mutate) if v.check_id == check_id]
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
