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
from reprotect_gui.domain.messages import EnumWord, Text, and_joined, service_text, state, t
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
    return verdict(
        check_id, Status.UNKNOWN, t("Can't check {fact}: {why}.", fact=fact, why=why), (why,), subject=subject
    )


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
    return f"{os_type} ({version})" if version else str(os_type)  # a name and a version: not translated


def mt01(mt: MasterTarget, items: Sequence[ProtectedItem], subject: str = "") -> Verdict:
    subject = subject or mt.name
    if not items:
        return verdict("MT-01", Status.PASS, t("No VM chosen yet."), (), subject=subject)
    evidence = [f"{mt.name}: {os_text(mt.os_type, mt.os_version)}"] + [
        f"{i.name}: {os_text(i.os_type, i.os_version)}" for i in items
    ]
    other_os = [i for i in items if i.os_type != mt.os_type]
    if other_os:
        wanted = "/".join(sorted({i.os_type for i in other_os}))
        return verdict(
            "MT-01",
            Status.BLOCK,
            t(
                "{os_type} master target; {names} need(s) a {wanted} one.",
                os_type=mt.os_type,
                names=", ".join(i.name for i in other_os),
                wanted=wanted,
            ),
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
            t("The master target's OS version is lower than that of {older}.", older=", ".join(older)),
            evidence,
            subject=subject,
        )
    if uncomparable:
        return verdict(
            "MT-01",
            Status.UNKNOWN,
            t(
                "Same OS type, but the versions can't be compared for {uncomparable}.",
                uncomparable=", ".join(uncomparable),
            ),
            evidence,
            subject=subject,
        )
    return verdict("MT-01", Status.PASS, t("Same OS type, same or higher version."), evidence, subject=subject)


@per_master_target("MT-01")
def check_mt01(f: Facts, mt: MasterTarget) -> Iterator[Verdict]:
    items = [rf.item for rf in f.requests if rf.item is not None and rf.mt is mt]
    yield mt01(mt, items)


# --- MT-02: a replication group / plan as a whole ---------------------------------------------


@whole("MT-02")
def check_mt02(f: Facts) -> Iterator[Verdict]:
    groups: dict[str, list[RequestFacts]] = {}  # label → members (a Text: the label is shown)
    if f.plan is not None:
        groups[t("recovery plan {plan}", plan=f.plan.name)] = list(f.requests)
    for rf in f.requests:
        if rf.item is not None and rf.item.replication_group:
            groups.setdefault(t("replication group {group}", group=rf.item.replication_group), []).append(rf)
    if not groups:
        if not f.requests:
            return
        names = ", ".join(rf.subject for rf in f.requests)
        yield verdict(
            "MT-02",
            Status.PASS,
            t("Not a replication group or plan."),
            (t("VMs: {names}", names=names),),
            subject=names,
        )
        return
    for label, members in groups.items():
        yield _mt02_group(label, members)


def _mt02_group(label: str, members: list[RequestFacts]) -> Verdict:
    with_item = [rf for rf in members if rf.item is not None]
    os_types = {rf.item.os_type for rf in with_item if rf.item is not None}
    mts = {rf.classic_target.master_target_id for rf in members}
    evidence = [
        t(
            "{subject}: {os_type} → {mt}",
            subject=rf.subject,
            os_type=rf.item.os_type if rf.item else "?",
            mt=rf.mt.name if rf.mt else rf.classic_target.master_target_id,
        )
        for rf in members
    ]
    problems = []
    if len(os_types) > 1:
        problems.append(t("mixes Windows and Linux VMs"))
    if len(mts) > 1:
        problems.append(t("uses {mts} different master targets", mts=len(mts)))
    if problems:
        return verdict(
            "MT-02",
            Status.BLOCK,
            t(
                "The {label} {problems}; one master target must serve all its VMs to give them a common point in time.",
                label=label,
                problems=and_joined(problems),
            ),
            evidence,
            subject=label,
        )
    return verdict(
        "MT-02",
        Status.PASS,
        t("All VMs of the {label} share one OS type and master target.", label=label),
        evidence,
        subject=label,
    )


# --- MT-03: shared disk UUIDs ------------------------------------------------------------------


def _disk_uuids(vm: VcVm) -> set[str]:
    return {d.backing_uuid.lower() for d in vm.disks if d.backing_uuid}


def uuid_clash(match: VcMatch | None) -> tuple[str, str] | None:
    """(which UUID, the VMs sharing it) when a VM's BIOS or instance UUID matches several vCenter VMs."""
    if match is None or not match.ambiguous or match.matched_by not in (BY_BIOS_UUID, BY_INSTANCE_UUID):
        return None
    uuid = match.locator.bios_uuid if match.matched_by == BY_BIOS_UUID else match.locator.instance_uuid
    return t("{matched_by} {uuid}", matched_by=EnumWord(match.matched_by), uuid=uuid), and_joined(match.candidates)


def _shared_vm_uuids(vm: VcVm, mt_vm: VcVm) -> list[str]:
    out: list[str] = []
    if vm.bios_uuid and normalize_uuid(vm.bios_uuid) == normalize_uuid(mt_vm.bios_uuid):
        out.append(t("BIOS UUID {uuid}", uuid=vm.bios_uuid))
    if vm.instance_uuid and normalize_uuid(vm.instance_uuid) == normalize_uuid(mt_vm.instance_uuid):
        out.append(t("instance UUID {uuid}", uuid=vm.instance_uuid))
    return out


@per_request("MT-03")
def check_mt03(f: Facts, rf: RequestFacts) -> Iterator[Verdict]:
    if rf.mt is None:
        return
    for label, key in ((t("on-premises VM"), rf.request.item_id), (t("master target"), rf.mt.server_id)):
        clash = uuid_clash(f.inp.matches.get(key)) if f.vcenter is not None else None
        if clash is not None:
            uuid, names = clash
            yield verdict(
                "MT-03",
                Status.BLOCK,
                t(
                    "vCenter VMs {names} share the {label}'s {uuid} (cloned without a new UUID): "
                    "the wizard can't tell which one is meant.",
                    names=names,
                    label=label,
                    uuid=uuid,
                ),
                (t("{uuid}: {names}", uuid=uuid, names=names),),
                subject=rf.subject,
            )
            return
    if rf.on_prem.absent:
        yield verdict(
            "MT-03",
            Status.PASS,
            t("The on-premises VM no longer exists; no disk UUID can clash."),
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
                t(
                    "{vm} and master target {mt} (VM {mt_vm}) share a {kinds} UUID: one was cloned from the other.",
                    vm=rf.on_prem.vm.name,
                    mt=rf.mt.name,
                    mt_vm=mt_vm.vm.name,
                    kinds=and_joined([u.split(" ", 1)[0] for u in same]),
                ),
                (t("{vm} and {mt_vm}: same {same}", vm=rf.on_prem.vm.name, mt_vm=mt_vm.vm.name, same=tuple(same)),),
                subject=rf.subject,
            )
            return
    missing = rf.on_prem.details_missing() or mt_vm.details_missing()
    if missing:
        yield _unknown("MT-03", t("disk UUIDs"), missing, rf.subject)
        return
    assert rf.on_prem.vm is not None and mt_vm.vm is not None
    shared = sorted(_disk_uuids(rf.on_prem.vm) & _disk_uuids(mt_vm.vm))
    if shared:
        yield verdict(
            "MT-03",
            Status.BLOCK,
            t(
                "{vm} and master target {mt} share disk UUIDs (built from the same template).",
                vm=rf.on_prem.vm.name,
                mt=rf.mt.name,
            ),
            (t("shared disk UUIDs: {shared}", shared=", ".join(shared)),),
            subject=rf.subject,
        )
    else:
        yield verdict(
            "MT-03",
            Status.PASS,
            t("No disk UUID is shared with the master target."),
            (
                t(
                    "{vm}: {disks} disk(s), {mt}: {disks2} disk(s), none shared",
                    vm=rf.on_prem.vm.name,
                    disks=len(rf.on_prem.vm.disks),
                    mt=rf.mt.name,
                    disks2=len(mt_vm.vm.disks),
                ),
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
        return t("{vm}: no snapshots", vm=vm.name)
    if not vm.snapshot_names:
        return t("{vm}: has snapshots (vCenter did not name them)", vm=vm.name)
    return t(
        "{vm}: {count} snapshot(s): {names}",
        vm=vm.name,
        count=len(vm.snapshot_names),
        names=", ".join(vm.snapshot_names),
    )


def _snapshot_count(vm: VcVm) -> str:
    return t("{count} snapshot(s)", count=len(vm.snapshot_names)) if vm.snapshot_names else t("snapshots")


def _snapshot_names(vm: VcVm) -> str:
    return ", ".join(vm.snapshot_names) or t("names not reported")


def mt04(mt: MasterTarget, vm: VcVm) -> Verdict:
    """MT-04: no snapshot on the master target's VM; the evidence counts and names them."""
    if vm.has_snapshot is None:
        return _unknown(
            "MT-04",
            t("the master target's snapshots"),
            t("vCenter did not report snapshots of {vm}", vm=vm.name),
            mt.name,
        )
    if vm.has_snapshot:
        return verdict(
            "MT-04",
            Status.BLOCK,
            t(
                "The master target has {count} ({names}); reprotect would fail.",
                count=_snapshot_count(vm),
                names=_snapshot_names(vm),
            ),
            (snapshot_text(vm),),
            subject=mt.name,
        )
    return verdict(
        "MT-04", Status.PASS, t("The master target has no snapshots."), (snapshot_text(vm),), subject=mt.name
    )


@per_master_target("MT-04")
def check_mt04(f: Facts, mt: MasterTarget) -> Iterator[Verdict]:
    vm = _mt_details(f, mt, "MT-04", t("the master target's snapshots"))
    yield vm if isinstance(vm, Verdict) else mt04(mt, vm)


@per_master_target("MT-06")
def check_mt06(f: Facts, mt: MasterTarget) -> Iterator[Verdict]:
    vm = _mt_details(f, mt, "MT-06", t("VMware Tools on the master target"))
    if isinstance(vm, Verdict):
        yield vm
        return
    evidence = (t("{vm}: tools status {value}", vm=vm.name, value=vm.tools_status or t("not reported")),)
    if not vm.tools_status:
        yield _unknown(
            "MT-06",
            t("VMware Tools on the master target"),
            t("vCenter did not report the tools status of {vm}", vm=vm.name),
            mt.name,
        )
    elif vm.tools_status.lower() in TOOLS_RUNNING:
        yield verdict("MT-06", Status.PASS, t("VMware Tools run on the master target."), evidence, subject=mt.name)
    else:
        yield verdict(
            "MT-06",
            Status.BLOCK,
            t("VMware Tools are not running on the master target; its datastores can't be discovered."),
            evidence,
            subject=mt.name,
        )


@per_master_target("MT-07")
def check_mt07(f: Facts, mt: MasterTarget) -> Iterator[Verdict]:
    vm = _mt_details(f, mt, "MT-07", t("disk.EnableUUID on the master target"))
    if isinstance(vm, Verdict):
        yield vm
        return
    setting = t("not set") if vm.enable_uuid is None else str(vm.enable_uuid).lower()
    evidence = (t("{vm}: disk.EnableUUID = {setting}", vm=vm.name, setting=setting),)
    if vm.enable_uuid:
        yield verdict(
            "MT-07", Status.PASS, t("disk.EnableUUID is true on the master target."), evidence, subject=mt.name
        )
    else:
        yield verdict(
            "MT-07", Status.BLOCK, t("disk.EnableUUID is not true on the master target."), evidence, subject=mt.name
        )


@per_master_target("MT-09")
def check_mt09(f: Facts, mt: MasterTarget) -> Iterator[Verdict]:
    vm = _mt_details(f, mt, "MT-09", t("the master target's SCSI controllers"))
    if isinstance(vm, Verdict):
        yield vm
        return
    kinds = [k.lower() for k in vm.scsi_controller_types]
    evidence = (t("{vm}: SCSI controllers {value}", vm=vm.name, value=", ".join(kinds) or t("none reported")),)
    if not kinds:
        yield _unknown(
            "MT-09",
            t("the master target's SCSI controllers"),
            t("vCenter reported no SCSI controller on {vm}", vm=vm.name),
            mt.name,
        )
    elif any(k in PARAVIRTUAL_CONTROLLERS for k in kinds):
        yield verdict(
            "MT-09", Status.BLOCK, t("The master target has a paravirtual SCSI controller."), evidence, subject=mt.name
        )
    elif not all(k in LSI_LOGIC_CONTROLLERS for k in kinds):
        yield verdict(
            "MT-09",
            Status.BLOCK,
            t("The master target has SCSI controllers other than LSI Logic."),
            evidence,
            subject=mt.name,
        )
    else:
        yield verdict(
            "MT-09", Status.PASS, t("The master target's SCSI controllers are LSI Logic."), evidence, subject=mt.name
        )


@per_master_target("MT-11")
def check_mt11(f: Facts, mt: MasterTarget) -> Iterator[Verdict]:
    lookup = f.mt_vm(mt)
    if lookup.vm is None:
        yield _unknown("MT-11", t("Storage DRS on the master target"), lookup.why, mt.name)
        return
    vm = lookup.vm
    drs_datastores = [n for n in vm.datastore_names if (ds := f.datastore(n)) is not None and ds.in_storage_drs]
    evidence = (
        t(
            "{vm}: in Storage DRS = {in_storage_drs}; datastores in a Storage DRS cluster: {value}",
            vm=vm.name,
            in_storage_drs=vm.in_storage_drs,
            value=", ".join(drs_datastores) or t("none"),
        ),
    )
    if vm.in_storage_drs or drs_datastores:
        yield verdict(
            "MT-11",
            Status.WARN,
            t("The master target can be moved by Storage vMotion (Storage DRS); exclude it."),
            evidence,
            subject=mt.name,
        )
    else:
        yield verdict(
            "MT-11", Status.PASS, t("The master target is not subject to Storage DRS."), evidence, subject=mt.name
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
                t("ASR sees a VMFS or vSAN datastore on the master target's host."),
                (t("{mt}: ASR lists VMFS/vSAN {names}", mt=mt.name, names=", ".join(asr_usable)),),
                subject=mt.name,
            )
        return _unknown("MT-08", t("the host's VMFS and vSAN datastores"), VCENTER_NOT_READ, mt.name)
    host = vcenter.host(mt.esxi_host)
    if host is None:
        return _unknown(
            "MT-08",
            t("the host's VMFS and vSAN datastores"),
            t(
                "host {esxi_host} is not in vCenter {vcenter_name}",
                esxi_host=mt.esxi_host,
                vcenter_name=vcenter.vcenter_name,
            ),
            mt.name,
        )
    usable = [
        f"{n} ({ds.type})"
        for n in host.datastore_names
        if (ds := vcenter.datastore(n)) and ds.type in USABLE_DATASTORE_TYPES
    ]
    evidence = (
        t(
            "{host}: {count} datastore(s), VMFS/vSAN: {names}",
            host=host.name,
            count=len(host.datastore_names),
            names=", ".join(usable) or t("none"),
        ),
    )
    if usable:
        return verdict(
            "MT-08", Status.PASS, t("The master target's host has a VMFS or vSAN datastore."), evidence, subject=mt.name
        )
    return verdict(
        "MT-08",
        Status.BLOCK,
        t("The master target's host has no VMFS or vSAN datastore: the datastore list would be empty."),
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
        return mt.disk_count, t(
            "{mt}: ASR reports {count} disk(s); vCenter's count not read", mt=mt.name, count=mt.disk_count
        )
    seen = len(mt_vm.disks)
    decides = "vCenter" if seen > mt.disk_count else "ASR"
    return max(seen, mt.disk_count), t(
        "{mt}: ASR reports {count} disk(s), vCenter shows {seen} on VM {vm}; the higher ({higher}, {decides}) counts",
        mt=mt.name,
        count=mt.disk_count,
        seen=seen,
        vm=mt_vm.name,
        higher=max(seen, mt.disk_count),
        decides=decides,
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
        t(
            "{mt}: {in_use} + {adding} disks {value} {limit} ({budget})",
            mt=mt.name,
            in_use=in_use,
            adding=budget.adding,
            value="<=" if budget.fits else ">",
            limit=MAX_DISKS_PER_MASTER_TARGET,
            budget=str(budget),
        ),
    ]
    evidence += [t("{name}: {n} disk(s)", name=name, n=n) for name, n in disks_by_vm]
    if budget.fits:
        return verdict(
            "MT-10", Status.PASS, t("Disk slots: {budget} used.", budget=budget), evidence, subject=subject or mt.name
        )
    names = ", ".join(name for name, _ in disks_by_vm)
    return verdict(
        "MT-10",
        Status.BLOCK,
        t("Too many disks for master target {mt}: {budget} ({names}).", mt=mt.name, budget=budget, names=names),
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
            "MT-05", Status.PASS, t("The on-premises VM no longer exists."), (rf.on_prem.why,), subject=rf.subject
        )
        return
    missing = rf.on_prem.details_missing()
    if missing:
        yield _unknown("MT-05", t("the on-premises VM's snapshots"), missing, rf.subject)
        return
    vm = rf.on_prem.vm
    assert vm is not None
    yield mt05(vm, rf.subject)


def mt05(vm: VcVm, subject: str) -> Verdict:
    """MT-05: snapshots on the on-premises VM warn; the evidence counts and names them."""
    if vm.has_snapshot is None:
        return _unknown(
            "MT-05",
            t("the on-premises VM's snapshots"),
            t("vCenter did not report snapshots of {vm}", vm=vm.name),
            subject,
        )
    if vm.has_snapshot:
        return verdict(
            "MT-05",
            Status.WARN,
            t(
                "The on-premises VM has {count} ({names}): delete them before reprotecting.",
                count=_snapshot_count(vm),
                names=_snapshot_names(vm),
            ),
            (snapshot_text(vm),),
            subject=subject,
        )
    return verdict(
        "MT-05", Status.PASS, t("The on-premises VM has no snapshots."), (snapshot_text(vm),), subject=subject
    )


def mt12(mt: MasterTarget, on_prem: VmLookup, vcenter: VCenterEstate | None, subject: str) -> Verdict:
    """The VM still exists: its datastores must be mounted read/write on the MT's host."""
    if on_prem.absent:
        return verdict(
            "MT-12",
            Status.PASS,
            t("The on-premises VM no longer exists; a new one will be created."),
            (on_prem.why,),
            subject=subject,
        )
    if on_prem.vm is None or vcenter is None:
        return _unknown(
            "MT-12", t("the VM's datastores on the master target's host"), on_prem.why or VCENTER_NOT_READ, subject
        )
    host = vcenter.host(mt.esxi_host)
    if host is None:
        return _unknown(
            "MT-12",
            t("the VM's datastores on the master target's host"),
            t(
                "host {esxi_host} is not in vCenter {vcenter_name}",
                esxi_host=mt.esxi_host,
                vcenter_name=vcenter.vcenter_name,
            ),
            subject,
        )
    vm = on_prem.vm
    mounted = set(host.datastore_names)
    evidence, problems = [], []
    for name in vm.datastore_names:
        ds = vcenter.datastore(name)
        if name not in mounted:
            problems.append(t("{name} is not mounted on {host}", name=name, host=host.name))
        elif ds is not None and not ds.accessible:
            problems.append(t("{name} is inaccessible", name=name))
        elif ds is not None and ds.writable_by_account is False:
            problems.append(t("{name} is not writable", name=name))
        else:
            evidence.append(t("{name} mounted on {host}", name=name, host=host.name))
    if not vm.datastore_names:
        return _unknown(
            "MT-12", t("the VM's datastores"), t("vCenter reported no datastore for {vm}", vm=vm.name), subject
        )
    if problems:
        return verdict(
            "MT-12",
            Status.BLOCK,
            t("The master target's host {host} can't write to the datastore of {vm}.", host=host.name, vm=vm.name),
            [t("{vm}: {fact}", vm=vm.name, fact=p) for p in problems] + evidence,
            subject=subject,
        )
    return verdict(
        "MT-12",
        Status.PASS,
        t("The VM's datastores are mounted on the master target's host."),
        [t("{vm}: {fact}", vm=vm.name, fact=e) for e in evidence],
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
    where = t(
        "host {esxi_host}, datastore {value}",
        esxi_host=rf.mt.esxi_host,
        value=rf.request.datastore_name or t("not chosen"),
    )
    if rf.on_prem.found:
        yield verdict(
            "MT-13",
            Status.PASS,
            t("The on-premises VM exists; its disks are reused."),
            (t("{value}: found in vCenter", value=rf.on_prem.vm.name if rf.on_prem.vm else rf.subject),),
            subject=rf.subject,
        )
    elif rf.on_prem.absent:
        yield verdict(
            "MT-13",
            Status.INFO,
            t("The on-premises VM no longer exists: ASR creates a new VM on {where}.", where=where),
            (rf.on_prem.why, t("new VM on {where}", where=where)),
            subject=rf.subject,
        )
    else:
        yield verdict(
            "MT-13",
            Status.INFO,
            t("If the on-premises VM no longer exists, ASR creates a new VM on {where}.", where=where),
            (rf.on_prem.why,),
            subject=rf.subject,
        )


@per_request("MT-15")
def check_mt15(f: Facts, rf: RequestFacts) -> Iterator[Verdict]:
    if rf.on_prem.absent:
        yield verdict(
            "MT-15", Status.PASS, t("The on-premises VM no longer exists."), (rf.on_prem.why,), subject=rf.subject
        )
        return
    missing = rf.on_prem.details_missing()
    if missing:
        yield _unknown("MT-15", t("disk.EnableUUID on the on-premises VM"), missing, rf.subject)
        return
    vm = rf.on_prem.vm
    assert vm is not None
    setting = t("not set") if vm.enable_uuid is None else str(vm.enable_uuid).lower()
    evidence = (t("{vm}: disk.EnableUUID = {setting}", vm=vm.name, setting=setting),)
    if vm.enable_uuid:
        yield verdict(
            "MT-15", Status.PASS, t("disk.EnableUUID is true on the on-premises VM."), evidence, subject=rf.subject
        )
    else:
        yield verdict(
            "MT-15",
            Status.WARN,
            t("disk.EnableUUID is not true on the on-premises VM: an extra disk may be created."),
            evidence,
            subject=rf.subject,
        )


# --- MT-14: health as ASR reports it ------------------------------------------------------------


def mt14(mt: MasterTarget, now: datetime) -> Verdict:
    evidence = [
        t(
            "{mt}: {heartbeat}, version status {value}",
            mt=mt.name,
            heartbeat=heartbeat_text(mt.last_heartbeat, now),
            value=state(mt.version_status) if mt.version_status else t("not reported"),
        )
    ]
    evidence += [t("health error: {e}", e=service_text(e)) for e in mt.health_errors]
    evidence += [t("validation error: {e}", e=e) for e in mt.validation_errors]
    blocks = []
    if not heartbeat_is_recent(mt.last_heartbeat, now):
        blocks.append(t("no heartbeat in {window}", window=HEARTBEAT_WINDOW_TEXT))
    if mt.health_errors:
        blocks.append(t("{health_errors} health error(s)", health_errors=len(mt.health_errors)))
    if mt.validation_errors:
        blocks.append(t("{validation_errors} validation error(s)", validation_errors=len(mt.validation_errors)))
    version = mt.version_status.lower()
    if version in VERSION_BLOCKING:
        blocks.append(t("agent version {version_status}", version_status=state(mt.version_status)))
    if blocks:
        return verdict(
            "MT-14",
            Status.BLOCK,
            t("Master target {mt} is unhealthy: {blocks}.", mt=mt.name, blocks=Text.joined("; ", blocks)),
            evidence,
            subject=mt.name,
        )
    if version not in VERSION_OK:
        return verdict(
            "MT-14",
            Status.WARN,
            t(
                "Master target {mt}'s agent needs attention: {version_status}.",
                mt=mt.name,
                version_status=state(mt.version_status),
            ),
            evidence,
            subject=mt.name,
        )
    return verdict("MT-14", Status.PASS, t("Master target {mt} is healthy.", mt=mt.name), evidence, subject=mt.name)


@per_master_target("MT-14")
def check_mt14(f: Facts, mt: MasterTarget) -> Iterator[Verdict]:
    yield mt14(mt, f.now)


@per_request("MT-14")
def check_mt_exists(f: Facts, rf: RequestFacts) -> Iterator[Verdict]:
    if rf.mt is None:
        yield verdict(
            "MT-14",
            Status.BLOCK,
            t("The vault has no such master target."),
            (t("master target id {master_target_id}", master_target_id=rf.classic_target.master_target_id),),
            subject=rf.subject,
        )
