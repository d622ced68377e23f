"""Section C: the master target (MT-01 … MT-15).

vCenter facts about the MT (snapshots, tools, disk.EnableUUID, controllers) need the MT's VM,
found through the ASR→vCenter mapping (`matches`, keyed by the MT's server id); without it the
check says which fact is missing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from reprotect_gui.domain.checks.datastore import effective_disks
from reprotect_gui.domain.checks.facts import (
    HEARTBEAT_WINDOW_TEXT,
    VCENTER_NOT_READ,
    Facts,
    RequestFacts,
    VmLookup,
    heartbeat_is_recent,
    heartbeat_text,
)
from reprotect_gui.domain.checks.registry import per_master_target, per_request, whole
from reprotect_gui.domain.checks.remediation import verdict
from reprotect_gui.domain.matching import BY_BIOS_UUID, BY_INSTANCE_UUID, normalize_uuid
from reprotect_gui.domain.models import (
    DatastoreType,
    MasterTarget,
    ProtectedItem,
    VCenterEstate,
    VcMatch,
    VcVm,
)
from reprotect_gui.domain.verdicts import Status, Verdict

MAX_DISKS_PER_MASTER_TARGET = 60  # MT-10: disks attached to one master target
LSI_LOGIC_CONTROLLERS = frozenset({"lsilogic", "lsilogic-sas"})
PARAVIRTUAL_CONTROLLERS = frozenset({"pvscsi", "paravirtual"})
TOOLS_RUNNING = frozenset({"toolsok", "toolsold"})
VERSION_BLOCKING = frozenset({"notsupported"})
VERSION_OK = frozenset({"supported", ""})


def _unknown(check_id: str, fact: str, why: str, subject: str) -> Verdict:
    return verdict(check_id, Status.UNKNOWN, f"Can't check {fact}: {why}.", (why,), subject=subject)


# --- MT-01: OS type and version ----------------------------------------------------------------

_VERSION = re.compile(r"(\d+(?:\.\d+)*)(\s*r2\b)?")


def os_version_key(version: str) -> tuple[str, tuple[int, ...]] | None:
    """('windows server', (2012, 1)) for 'Windows Server 2012 R2'; None when no number is in it."""
    lowered = version.lower()
    m = _VERSION.search(lowered)
    if m is None:
        return None
    family = re.sub(r"[^a-z]+", " ", lowered[: m.start()]).strip()
    numbers = tuple(int(part) for part in m.group(1).split("."))
    return family, numbers + ((1,) if m.group(2) else ())


def os_text(os_type: str, version: str) -> str:
    """'Windows Server 2019', 'Linux (Ubuntu 20.04)': the type once, the version as reported."""
    if version.lower().startswith(str(os_type).lower()):
        return version
    return f"{os_type} ({version})" if version else str(os_type)


def mt01(mt: MasterTarget, items: Sequence[ProtectedItem], subject: str = "") -> Verdict:
    subject = subject or mt.name
    if not items:
        return verdict("MT-01", Status.PASS, "No VM chosen yet.", (), subject=subject)
    evidence = [f"{mt.name}: {os_text(mt.os_type, mt.os_version)}"] + [
        f"{i.name}: {os_text(i.os_type, i.os_version)}" for i in items
    ]
    other_os = [i for i in items if i.os_type != mt.os_type]
    if other_os:
        wanted = "/".join(sorted({i.os_type for i in other_os}))
        return verdict(
            "MT-01",
            Status.BLOCK,
            f"{mt.os_type} master target; {', '.join(i.name for i in other_os)} need(s) a {wanted} one.",
            evidence,
            subject=subject,
        )
    mt_key = os_version_key(mt.os_version)
    uncomparable, older = [], []
    for item in items:
        key = os_version_key(item.os_version)
        if mt_key is None or key is None or key[0] != mt_key[0]:
            uncomparable.append(item.name)
        elif mt_key[1] < key[1]:
            older.append(item.name)
    if older:
        return verdict(
            "MT-01",
            Status.BLOCK,
            f"The master target's OS version is lower than that of {', '.join(older)}.",
            evidence,
            subject=subject,
        )
    if uncomparable:
        return verdict(
            "MT-01",
            Status.UNKNOWN,
            f"Same OS type, but the versions can't be compared for {', '.join(uncomparable)}.",
            evidence,
            subject=subject,
        )
    return verdict("MT-01", Status.PASS, "Same OS type, same or higher version.", evidence, subject=subject)


@per_master_target("MT-01")
def check_mt01(f: Facts, mt: MasterTarget) -> Iterator[Verdict]:
    items = [rf.item for rf in f.requests if rf.item is not None and rf.mt is mt]
    yield mt01(mt, items)


# --- MT-02: a replication group / plan as a whole ---------------------------------------------


@whole("MT-02")
def check_mt02(f: Facts) -> Iterator[Verdict]:
    groups: dict[str, list[RequestFacts]] = {}
    if f.plan is not None:
        groups[f"recovery plan {f.plan.name}"] = list(f.requests)
    for rf in f.requests:
        if rf.item is not None and rf.item.replication_group:
            groups.setdefault(f"replication group {rf.item.replication_group}", []).append(rf)
    if not groups:
        if not f.requests:
            return
        names = ", ".join(rf.subject for rf in f.requests)
        yield verdict("MT-02", Status.PASS, "Not a replication group or plan.", (f"VMs: {names}",), subject=names)
        return
    for label, members in groups.items():
        yield _mt02_group(label, members)


def _mt02_group(label: str, members: list[RequestFacts]) -> Verdict:
    with_item = [rf for rf in members if rf.item is not None]
    os_types = {rf.item.os_type for rf in with_item if rf.item is not None}
    mts = {rf.classic_target.master_target_id for rf in members}
    evidence = [
        f"{rf.subject}: {rf.item.os_type if rf.item else '?'} → {rf.mt.name if rf.mt else rf.classic_target.master_target_id}"
        for rf in members
    ]
    problems = []
    if len(os_types) > 1:
        problems.append("mixes Windows and Linux VMs")
    if len(mts) > 1:
        problems.append(f"uses {len(mts)} different master targets")
    if problems:
        return verdict(
            "MT-02",
            Status.BLOCK,
            f"The {label} {' and '.join(problems)}; one master target must serve all its VMs "
            "to give them a common point in time.",
            evidence,
            subject=label,
        )
    return verdict(
        "MT-02", Status.PASS, f"All VMs of the {label} share one OS type and master target.", evidence, subject=label
    )


# --- MT-03: shared disk UUIDs ------------------------------------------------------------------


def _disk_uuids(vm: VcVm) -> set[str]:
    return {d.backing_uuid.lower() for d in vm.disks if d.backing_uuid}


def uuid_clash(match: VcMatch | None) -> tuple[str, str] | None:
    """(which UUID, the VMs sharing it) when a VM's BIOS or instance UUID matches several vCenter VMs."""
    if match is None or not match.ambiguous or match.matched_by not in (BY_BIOS_UUID, BY_INSTANCE_UUID):
        return None
    uuid = match.locator.bios_uuid if match.matched_by == BY_BIOS_UUID else match.locator.instance_uuid
    return f"{match.matched_by} {uuid}", " and ".join(match.candidates)


def _shared_vm_uuids(vm: VcVm, mt_vm: VcVm) -> list[str]:
    out = []
    if vm.bios_uuid and normalize_uuid(vm.bios_uuid) == normalize_uuid(mt_vm.bios_uuid):
        out.append(f"BIOS UUID {vm.bios_uuid}")
    if vm.instance_uuid and normalize_uuid(vm.instance_uuid) == normalize_uuid(mt_vm.instance_uuid):
        out.append(f"instance UUID {vm.instance_uuid}")
    return out


@per_request("MT-03")
def check_mt03(f: Facts, rf: RequestFacts) -> Iterator[Verdict]:
    if rf.mt is None:
        return
    for label, key in (("on-premises VM", rf.request.item_id), ("master target", rf.mt.server_id)):
        clash = uuid_clash(f.inp.matches.get(key)) if f.vcenter is not None else None
        if clash is not None:
            uuid, names = clash
            yield verdict(
                "MT-03",
                Status.BLOCK,
                f"vCenter VMs {names} share the {label}'s {uuid} (cloned without a new UUID): "
                "the wizard can't tell which one is meant.",
                (f"{uuid}: {names}",),
                subject=rf.subject,
            )
            return
    if rf.on_prem.absent:
        yield verdict(
            "MT-03",
            Status.PASS,
            "The on-premises VM no longer exists; no disk UUID can clash.",
            (rf.on_prem.why,),
            subject=rf.subject,
        )
        return
    mt_vm = f.mt_vm(rf.mt)
    if rf.on_prem.vm is not None and mt_vm.vm is not None:
        same = _shared_vm_uuids(rf.on_prem.vm, mt_vm.vm)
        if same:
            yield verdict(
                "MT-03",
                Status.BLOCK,
                f"{rf.on_prem.vm.name} and master target {rf.mt.name} (VM {mt_vm.vm.name}) share a "
                f"{' and an '.join(u.split(' ', 1)[0] for u in same)} UUID: one was cloned from the other.",
                (f"{rf.on_prem.vm.name} and {mt_vm.vm.name}: same {', '.join(same)}",),
                subject=rf.subject,
            )
            return
    missing = rf.on_prem.details_missing() or mt_vm.details_missing()
    if missing:
        yield _unknown("MT-03", "disk UUIDs", missing, rf.subject)
        return
    assert rf.on_prem.vm is not None and mt_vm.vm is not None
    shared = sorted(_disk_uuids(rf.on_prem.vm) & _disk_uuids(mt_vm.vm))
    if shared:
        yield verdict(
            "MT-03",
            Status.BLOCK,
            f"{rf.on_prem.vm.name} and master target {rf.mt.name} share disk UUIDs (built from the same template).",
            (f"shared disk UUIDs: {', '.join(shared)}",),
            subject=rf.subject,
        )
    else:
        yield verdict(
            "MT-03",
            Status.PASS,
            "No disk UUID is shared with the master target.",
            (
                f"{rf.on_prem.vm.name}: {len(rf.on_prem.vm.disks)} disk(s), {rf.mt.name}: "
                f"{len(mt_vm.vm.disks)} disk(s), none shared",
            ),
            subject=rf.subject,
        )


# --- MT-04, 06, 07, 09, 11: the MT's VM in vCenter ---------------------------------------------


def _mt_details(f: Facts, mt: MasterTarget, check_id: str, fact: str) -> VcVm | Verdict:
    lookup = f.mt_vm(mt)
    missing = lookup.details_missing()
    if missing:
        return _unknown(check_id, fact, missing, mt.name)
    assert lookup.vm is not None
    return lookup.vm


def snapshot_text(vm: VcVm) -> str:
    """'web-02: 2 snapshot(s): before-patch, after-patch' — counted and named (the tree walked)."""
    if not vm.has_snapshot:
        return f"{vm.name}: no snapshots"
    if not vm.snapshot_names:
        return f"{vm.name}: has snapshots (vCenter did not name them)"
    return f"{vm.name}: {len(vm.snapshot_names)} snapshot(s): {', '.join(vm.snapshot_names)}"


def _snapshot_count(vm: VcVm) -> str:
    return f"{len(vm.snapshot_names)} snapshot(s)" if vm.snapshot_names else "snapshots"


def mt04(mt: MasterTarget, vm: VcVm) -> Verdict:
    """MT-04: no snapshot on the master target's VM; the evidence counts and names them."""
    if vm.has_snapshot is None:
        return _unknown(
            "MT-04", "the master target's snapshots", f"vCenter did not report snapshots of {vm.name}", mt.name
        )
    if vm.has_snapshot:
        return verdict(
            "MT-04",
            Status.BLOCK,
            f"The master target has {_snapshot_count(vm)} ({', '.join(vm.snapshot_names) or 'names not reported'}); "
            "reprotect would fail.",
            (snapshot_text(vm),),
            subject=mt.name,
        )
    return verdict("MT-04", Status.PASS, "The master target has no snapshots.", (snapshot_text(vm),), subject=mt.name)


@per_master_target("MT-04")
def check_mt04(f: Facts, mt: MasterTarget) -> Iterator[Verdict]:
    vm = _mt_details(f, mt, "MT-04", "the master target's snapshots")
    yield vm if isinstance(vm, Verdict) else mt04(mt, vm)


@per_master_target("MT-06")
def check_mt06(f: Facts, mt: MasterTarget) -> Iterator[Verdict]:
    vm = _mt_details(f, mt, "MT-06", "VMware Tools on the master target")
    if isinstance(vm, Verdict):
        yield vm
        return
    evidence = (f"{vm.name}: tools status {vm.tools_status or 'not reported'}",)
    if not vm.tools_status:
        yield _unknown(
            "MT-06",
            "VMware Tools on the master target",
            f"vCenter did not report the tools status of {vm.name}",
            mt.name,
        )
    elif vm.tools_status.lower() in TOOLS_RUNNING:
        yield verdict("MT-06", Status.PASS, "VMware Tools run on the master target.", evidence, subject=mt.name)
    else:
        yield verdict(
            "MT-06",
            Status.BLOCK,
            "VMware Tools are not running on the master target; its datastores can't be discovered.",
            evidence,
            subject=mt.name,
        )


@per_master_target("MT-07")
def check_mt07(f: Facts, mt: MasterTarget) -> Iterator[Verdict]:
    vm = _mt_details(f, mt, "MT-07", "disk.EnableUUID on the master target")
    if isinstance(vm, Verdict):
        yield vm
        return
    setting = "not set" if vm.enable_uuid is None else str(vm.enable_uuid).lower()
    evidence = (f"{vm.name}: disk.EnableUUID = {setting}",)
    if vm.enable_uuid:
        yield verdict("MT-07", Status.PASS, "disk.EnableUUID is true on the master target.", evidence, subject=mt.name)
    else:
        yield verdict(
            "MT-07", Status.BLOCK, "disk.EnableUUID is not true on the master target.", evidence, subject=mt.name
        )


@per_master_target("MT-09")
def check_mt09(f: Facts, mt: MasterTarget) -> Iterator[Verdict]:
    vm = _mt_details(f, mt, "MT-09", "the master target's SCSI controllers")
    if isinstance(vm, Verdict):
        yield vm
        return
    kinds = [k.lower() for k in vm.scsi_controller_types]
    evidence = (f"{vm.name}: SCSI controllers {', '.join(kinds) or 'none reported'}",)
    if not kinds:
        yield _unknown(
            "MT-09",
            "the master target's SCSI controllers",
            f"vCenter reported no SCSI controller on {vm.name}",
            mt.name,
        )
    elif any(k in PARAVIRTUAL_CONTROLLERS for k in kinds):
        yield verdict(
            "MT-09", Status.BLOCK, "The master target has a paravirtual SCSI controller.", evidence, subject=mt.name
        )
    elif not all(k in LSI_LOGIC_CONTROLLERS for k in kinds):
        yield verdict(
            "MT-09",
            Status.BLOCK,
            "The master target has SCSI controllers other than LSI Logic.",
            evidence,
            subject=mt.name,
        )
    else:
        yield verdict(
            "MT-09", Status.PASS, "The master target's SCSI controllers are LSI Logic.", evidence, subject=mt.name
        )


@per_master_target("MT-11")
def check_mt11(f: Facts, mt: MasterTarget) -> Iterator[Verdict]:
    lookup = f.mt_vm(mt)
    if lookup.vm is None:
        yield _unknown("MT-11", "Storage DRS on the master target", lookup.why, mt.name)
        return
    vm = lookup.vm
    drs_datastores = [n for n in vm.datastore_names if (ds := f.datastore(n)) is not None and ds.in_storage_drs]
    evidence = (
        f"{vm.name}: in Storage DRS = {vm.in_storage_drs}; datastores in a Storage DRS cluster: "
        f"{', '.join(drs_datastores) or 'none'}",
    )
    if vm.in_storage_drs or drs_datastores:
        yield verdict(
            "MT-11",
            Status.WARN,
            "The master target can be moved by Storage vMotion (Storage DRS); exclude it.",
            evidence,
            subject=mt.name,
        )
    else:
        yield verdict(
            "MT-11", Status.PASS, "The master target is not subject to Storage DRS.", evidence, subject=mt.name
        )


# --- MT-08: a usable (VMFS or vSAN) datastore on the MT's host ---------------------------------

# What the master target can place disks on (DS-01 lists NFS as unsupported); vSAN is usable.
USABLE_DATASTORE_TYPES = frozenset({DatastoreType.VMFS, DatastoreType.VSAN})


def mt08(mt: MasterTarget, vcenter: VCenterEstate | None) -> Verdict:
    asr_usable = [d.symbolic_name for d in mt.datastores if d.type in USABLE_DATASTORE_TYPES]
    if vcenter is None:
        if asr_usable:
            return verdict(
                "MT-08",
                Status.PASS,
                "ASR sees a VMFS or vSAN datastore on the master target's host.",
                (f"{mt.name}: ASR lists VMFS/vSAN {', '.join(asr_usable)}",),
                subject=mt.name,
            )
        return _unknown("MT-08", "the host's VMFS and vSAN datastores", VCENTER_NOT_READ, mt.name)
    host = vcenter.host(mt.esxi_host)
    if host is None:
        return _unknown(
            "MT-08",
            "the host's VMFS and vSAN datastores",
            f"host {mt.esxi_host} is not in vCenter {vcenter.vcenter_name}",
            mt.name,
        )
    usable = [
        f"{n} ({ds.type})"
        for n in host.datastore_names
        if (ds := vcenter.datastore(n)) and ds.type in USABLE_DATASTORE_TYPES
    ]
    evidence = (f"{host.name}: {len(host.datastore_names)} datastore(s), VMFS/vSAN: {', '.join(usable) or 'none'}",)
    if usable:
        return verdict(
            "MT-08", Status.PASS, "The master target's host has a VMFS or vSAN datastore.", evidence, subject=mt.name
        )
    return verdict(
        "MT-08",
        Status.BLOCK,
        "The master target's host has no VMFS or vSAN datastore: the datastore list would be empty.",
        evidence,
        subject=mt.name,
    )


@per_master_target("MT-08")
def check_mt08(f: Facts, mt: MasterTarget) -> Iterator[Verdict]:
    yield mt08(mt, f.vcenter)


# --- MT-10: disk budget across every VM going to the MT ----------------------------------------


@dataclass(frozen=True, slots=True)
class DiskBudget:
    """MT-10: disks already on the MT plus the disks being reprotected to it.

    `in_use` is the higher of what ASR reports and what vCenter shows on the MT's VM.
    """

    in_use: int
    adding: int

    @property
    def total(self) -> int:
        return self.in_use + self.adding

    @property
    def fits(self) -> bool:
        return self.total <= MAX_DISKS_PER_MASTER_TARGET

    def __str__(self) -> str:
        return f"{self.total} / {MAX_DISKS_PER_MASTER_TARGET}"


def disks_in_use(mt: MasterTarget, mt_vm: VcVm | None) -> tuple[int, str]:
    """MT-10: the disks already on the MT — the higher of ASR's count and the MT VM's devices in vCenter.

    Returns the count and an evidence line giving both counts.
    """
    if mt_vm is None or not mt_vm.details_read:
        return mt.disk_count, f"{mt.name}: ASR reports {mt.disk_count} disk(s); vCenter's count not read"
    seen = len(mt_vm.disks)
    decides = "vCenter" if seen > mt.disk_count else "ASR"
    return max(seen, mt.disk_count), (
        f"{mt.name}: ASR reports {mt.disk_count} disk(s), vCenter shows {seen} on VM {mt_vm.name}; "
        f"the higher ({max(seen, mt.disk_count)}, {decides}) counts"
    )


def mt10(
    mt: MasterTarget, disks_by_vm: Sequence[tuple[str, int]], subject: str = "", mt_vm: VcVm | None = None
) -> Verdict:
    """`disks_by_vm`: (VM name, disks coming back) for every VM being reprotected to `mt`;
    `mt_vm`: the MT's vCenter VM with its devices, when read."""
    in_use, counts = disks_in_use(mt, mt_vm)
    budget = DiskBudget(in_use=in_use, adding=sum(n for _, n in disks_by_vm))
    evidence = [
        counts,
        f"{mt.name}: {in_use} + {budget.adding} disks "
        f"{'<=' if budget.fits else '>'} {MAX_DISKS_PER_MASTER_TARGET} ({budget})",
    ]
    evidence += [f"{name}: {n} disk(s)" for name, n in disks_by_vm]
    if budget.fits:
        return verdict("MT-10", Status.PASS, f"Disk slots: {budget} used.", evidence, subject=subject or mt.name)
    names = ", ".join(name for name, _ in disks_by_vm)
    return verdict(
        "MT-10",
        Status.BLOCK,
        f"Too many disks for master target {mt.name}: {budget} ({names}).",
        evidence,
        subject=subject or mt.name,
    )


@per_master_target("MT-10")
def check_mt10(f: Facts, mt: MasterTarget) -> Iterator[Verdict]:
    disks_by_vm = [
        (rf.subject, len(effective_disks(rf.request, rf.item)))
        for rf in f.requests
        if rf.mt is mt and rf.item is not None
    ]
    yield mt10(mt, disks_by_vm, mt_vm=f.mt_vm(mt).vm)


# --- MT-05, MT-12, MT-13, MT-15: the on-premises VM -------------------------------------------


@per_request("MT-05")
def check_mt05(f: Facts, rf: RequestFacts) -> Iterator[Verdict]:
    if rf.on_prem.absent:
        yield verdict(
            "MT-05", Status.PASS, "The on-premises VM no longer exists.", (rf.on_prem.why,), subject=rf.subject
        )
        return
    missing = rf.on_prem.details_missing()
    if missing:
        yield _unknown("MT-05", "the on-premises VM's snapshots", missing, rf.subject)
        return
    vm = rf.on_prem.vm
    assert vm is not None
    yield mt05(vm, rf.subject)


def mt05(vm: VcVm, subject: str) -> Verdict:
    """MT-05: snapshots on the on-premises VM warn; the evidence counts and names them."""
    if vm.has_snapshot is None:
        return _unknown(
            "MT-05", "the on-premises VM's snapshots", f"vCenter did not report snapshots of {vm.name}", subject
        )
    if vm.has_snapshot:
        return verdict(
            "MT-05",
            Status.WARN,
            f"The on-premises VM has {_snapshot_count(vm)} ({', '.join(vm.snapshot_names) or 'names not reported'}): "
            "delete them before reprotecting.",
            (snapshot_text(vm),),
            subject=subject,
        )
    return verdict("MT-05", Status.PASS, "The on-premises VM has no snapshots.", (snapshot_text(vm),), subject=subject)


def mt12(mt: MasterTarget, on_prem: VmLookup, vcenter: VCenterEstate | None, subject: str) -> Verdict:
    """The VM still exists: its datastores must be mounted read/write on the MT's host."""
    if on_prem.absent:
        return verdict(
            "MT-12",
            Status.PASS,
            "The on-premises VM no longer exists; a new one will be created.",
            (on_prem.why,),
            subject=subject,
        )
    if on_prem.vm is None or vcenter is None:
        return _unknown(
            "MT-12", "the VM's datastores on the master target's host", on_prem.why or VCENTER_NOT_READ, subject
        )
    host = vcenter.host(mt.esxi_host)
    if host is None:
        return _unknown(
            "MT-12",
            "the VM's datastores on the master target's host",
            f"host {mt.esxi_host} is not in vCenter {vcenter.vcenter_name}",
            subject,
        )
    vm = on_prem.vm
    mounted = set(host.datastore_names)
    evidence, problems = [], []
    for name in vm.datastore_names:
        ds = vcenter.datastore(name)
        if name not in mounted:
            problems.append(f"{name} is not mounted on {host.name}")
        elif ds is not None and not ds.accessible:
            problems.append(f"{name} is inaccessible")
        elif ds is not None and ds.writable_by_account is False:
            problems.append(f"{name} is not writable")
        else:
            evidence.append(f"{name} mounted on {host.name}")
    if not vm.datastore_names:
        return _unknown("MT-12", "the VM's datastores", f"vCenter reported no datastore for {vm.name}", subject)
    if problems:
        return verdict(
            "MT-12",
            Status.BLOCK,
            f"The master target's host {host.name} can't write to the datastore of {vm.name}.",
            [f"{vm.name}: {p}" for p in problems] + evidence,
            subject=subject,
        )
    return verdict(
        "MT-12",
        Status.PASS,
        "The VM's datastores are mounted on the master target's host.",
        [f"{vm.name}: {e}" for e in evidence],
        subject=subject,
    )


@per_request("MT-12")
def check_mt12(f: Facts, rf: RequestFacts) -> Iterator[Verdict]:
    if rf.mt is not None:
        yield mt12(rf.mt, rf.on_prem, f.vcenter, rf.subject)


@per_request("MT-13")
def check_mt13(f: Facts, rf: RequestFacts) -> Iterator[Verdict]:
    if rf.mt is None:
        return
    where = f"host {rf.mt.esxi_host}, datastore {rf.request.datastore_name or 'not chosen'}"
    if rf.on_prem.found:
        yield verdict(
            "MT-13",
            Status.PASS,
            "The on-premises VM exists; its disks are reused.",
            (f"{rf.on_prem.vm.name if rf.on_prem.vm else rf.subject}: found in vCenter",),
            subject=rf.subject,
        )
    elif rf.on_prem.absent:
        yield verdict(
            "MT-13",
            Status.INFO,
            f"The on-premises VM no longer exists: ASR creates a new VM on {where}.",
            (rf.on_prem.why, f"new VM on {where}"),
            subject=rf.subject,
        )
    else:
        yield verdict(
            "MT-13",
            Status.INFO,
            f"If the on-premises VM no longer exists, ASR creates a new VM on {where}.",
            (rf.on_prem.why,),
            subject=rf.subject,
        )


@per_request("MT-15")
def check_mt15(f: Facts, rf: RequestFacts) -> Iterator[Verdict]:
    if rf.on_prem.absent:
        yield verdict(
            "MT-15", Status.PASS, "The on-premises VM no longer exists.", (rf.on_prem.why,), subject=rf.subject
        )
        return
    missing = rf.on_prem.details_missing()
    if missing:
        yield _unknown("MT-15", "disk.EnableUUID on the on-premises VM", missing, rf.subject)
        return
    vm = rf.on_prem.vm
    assert vm is not None
    setting = "not set" if vm.enable_uuid is None else str(vm.enable_uuid).lower()
    evidence = (f"{vm.name}: disk.EnableUUID = {setting}",)
    if vm.enable_uuid:
        yield verdict(
            "MT-15", Status.PASS, "disk.EnableUUID is true on the on-premises VM.", evidence, subject=rf.subject
        )
    else:
        yield verdict(
            "MT-15",
            Status.WARN,
            "disk.EnableUUID is not true on the on-premises VM: an extra disk may be created.",
            evidence,
            subject=rf.subject,
        )


# --- MT-14: health as ASR reports it ------------------------------------------------------------


def mt14(mt: MasterTarget, now: datetime) -> Verdict:
    evidence = [
        f"{mt.name}: {heartbeat_text(mt.last_heartbeat, now)}, version status {mt.version_status or 'not reported'}"
    ]
    evidence += [f"health error: {e}" for e in mt.health_errors]
    evidence += [f"validation error: {e}" for e in mt.validation_errors]
    blocks = []
    if not heartbeat_is_recent(mt.last_heartbeat, now):
        blocks.append(f"no heartbeat in {HEARTBEAT_WINDOW_TEXT}")
    if mt.health_errors:
        blocks.append(f"{len(mt.health_errors)} health error(s)")
    if mt.validation_errors:
        blocks.append(f"{len(mt.validation_errors)} validation error(s)")
    version = mt.version_status.lower()
    if version in VERSION_BLOCKING:
        blocks.append(f"agent version {mt.version_status}")
    if blocks:
        return verdict(
            "MT-14",
            Status.BLOCK,
            f"Master target {mt.name} is unhealthy: {'; '.join(blocks)}.",
            evidence,
            subject=mt.name,
        )
    if version not in VERSION_OK:
        return verdict(
            "MT-14",
            Status.WARN,
            f"Master target {mt.name}'s agent needs attention: {mt.version_status}.",
            evidence,
            subject=mt.name,
        )
    return verdict("MT-14", Status.PASS, f"Master target {mt.name} is healthy.", evidence, subject=mt.name)


@per_master_target("MT-14")
def check_mt14(f: Facts, mt: MasterTarget) -> Iterator[Verdict]:
    yield mt14(mt, f.now)


@per_request("MT-14")
def check_mt_exists(f: Facts, rf: RequestFacts) -> Iterator[Verdict]:
    if rf.mt is None:
        yield verdict(
            "MT-14",
            Status.BLOCK,
            "The vault has no such master target.",
            (f"master target id {rf.classic_target.master_target_id}",),
            subject=rf.subject,
        )
