"""Section D: the datastore and the disks that come back (DS-01 … DS-07)."""

from __future__ import annotations

from collections.abc import Iterator

from reprotect_gui.domain.checks.facts import VCENTER_NOT_READ, Facts, RequestFacts, VmLookup
from reprotect_gui.domain.checks.registry import per_request
from reprotect_gui.domain.checks.remediation import verdict
from reprotect_gui.domain.models import (
    DatastoreType,
    Disk,
    MasterTarget,
    ProtectedItem,
    ReprotectRequest,
    VCenterEstate,
)
from reprotect_gui.domain.verdicts import Status, Verdict

SUPPORTED_DATASTORE_TYPES = frozenset({DatastoreType.VMFS, DatastoreType.VSAN})


# --- DS-07: which disks come back ---------------------------------------------------------------


def default_disks_to_include(item: ProtectedItem) -> tuple[str, ...]:
    """Every disk but Azure's temporary storage disk, which holds nothing to bring back."""
    return tuple(d.disk_id for d in item.disks if not d.is_azure_temporary)


def effective_disks(request: ReprotectRequest, item: ProtectedItem | None) -> tuple[Disk, ...]:
    """The disks the request brings back. An empty `disks_to_include` means the default:
    all but the temporary disk (the adapter then sends the temporary-storage exclusion)."""
    if item is None:
        return ()
    wanted = set(request.disks_to_include or default_disks_to_include(item))
    return tuple(d for d in item.disks if d.disk_id in wanted)


def ds07(request: ReprotectRequest, item: ProtectedItem) -> Verdict:
    known = {d.disk_id for d in item.disks}
    unknown_ids = [d for d in request.disks_to_include if d not in known]
    included = effective_disks(request, item)
    chosen_ids = {d.disk_id for d in included}
    excluded = [d for d in item.disks if d.disk_id not in chosen_ids]
    evidence = [f"{item.name}: brings back {', '.join(_disk_text(d) for d in included) or 'no disk'}"]
    if excluded:
        evidence.append(f"{item.name}: leaves out {', '.join(_disk_text(d) for d in excluded)}")
    if unknown_ids:
        evidence.append(f"unknown disk ids: {', '.join(unknown_ids)}")
        return verdict(
            "DS-07", Status.BLOCK, "The request names disks the VM doesn't have.", evidence, subject=item.name
        )
    if not included:
        return verdict("DS-07", Status.BLOCK, "No disk is selected to come back.", evidence, subject=item.name)
    temp_included = [d for d in included if d.is_azure_temporary]
    if temp_included:
        return verdict(
            "DS-07",
            Status.INFO,
            "Azure's temporary storage disk is included; it holds nothing worth bringing back.",
            evidence,
            subject=item.name,
        )
    if excluded:
        return verdict(
            "DS-07",
            Status.INFO,
            f"{len(excluded)} disk(s) stay in Azure: {', '.join(d.name for d in excluded)}.",
            evidence,
            subject=item.name,
        )
    return verdict("DS-07", Status.PASS, "All the VM's disks come back.", evidence, subject=item.name)


def _disk_text(d: Disk) -> str:
    tags = [t for t, on in (("temporary", d.is_azure_temporary), ("RDM", d.is_rdm), ("OS", d.is_os_disk)) if on]
    return f"{d.name} ({d.size_gb:g} GB{', ' + ', '.join(tags) if tags else ''})"


@per_request("DS-07")
def check_ds07(f: Facts, rf: RequestFacts) -> Iterator[Verdict]:
    if rf.item is not None:
        yield ds07(rf.request, rf.item)


# --- DS-01, DS-02: the datastore itself -------------------------------------------------------


def ds01(name: str, ds_type: DatastoreType, subject: str = "") -> Verdict:
    subject = subject or name
    evidence = (f"{name}: type {ds_type}",)
    if ds_type is DatastoreType.VSAN:
        return verdict(
            "DS-01",
            Status.WARN,
            "vSAN datastore: listed by ASR, yet the reprotect job can fail on it.",
            evidence,
            subject=subject,
        )
    if ds_type not in SUPPORTED_DATASTORE_TYPES:
        return verdict(
            "DS-01",
            Status.BLOCK,
            f"{ds_type} datastores are not supported; only VMFS and vSAN.",
            evidence,
            subject=subject,
        )
    return verdict("DS-01", Status.PASS, "VMFS datastore.", evidence, subject=subject)


def ds02(mt: MasterTarget, name: str, vcenter: VCenterEstate | None, subject: str = "") -> Verdict:
    subject = subject or name
    if not any(d.symbolic_name == name for d in mt.datastores):
        seen = ", ".join(d.symbolic_name for d in mt.datastores) or "none"
        return verdict(
            "DS-02",
            Status.BLOCK,
            f"ASR does not list {name or 'the datastore'} on master target {mt.name}.",
            (f"{mt.name}: datastores {seen}",),
            subject=subject,
        )
    if vcenter is None:
        return verdict(
            "DS-02",
            Status.UNKNOWN,
            f"Can't confirm {name} is mounted on host {mt.esxi_host}: {VCENTER_NOT_READ}.",
            (f"{mt.name}: host {mt.esxi_host}",),
            subject=subject,
        )
    vc_ds = vcenter.datastore(name)
    if vc_ds is None:
        return verdict(
            "DS-02",
            Status.BLOCK,
            f"{name} is not in vCenter {vcenter.vcenter_name}.",
            (f"vCenter {vcenter.vcenter_name}: no datastore {name}",),
            subject=subject,
        )
    if vcenter.host(mt.esxi_host) is None:
        return verdict(
            "DS-02",
            Status.UNKNOWN,
            f"Host {mt.esxi_host} is not in vCenter {vcenter.vcenter_name}; can't tell if it mounts {name}.",
            (f"{mt.name}: host {mt.esxi_host} not found",),
            subject=subject,
        )
    evidence = (f"{name}: mounted on {', '.join(vc_ds.host_names) or 'no host'}; accessible = {vc_ds.accessible}",)
    if mt.esxi_host not in vc_ds.host_names:
        return verdict(
            "DS-02",
            Status.BLOCK,
            f"{name} is not mounted on the master target's host {mt.esxi_host}.",
            evidence,
            subject=subject,
        )
    if not vc_ds.accessible:
        return verdict("DS-02", Status.BLOCK, f"vCenter reports {name} inaccessible.", evidence, subject=subject)
    return verdict("DS-02", Status.PASS, f"{name} is reachable from host {mt.esxi_host}.", evidence, subject=subject)


def _datastore_type(mt: MasterTarget, name: str, vcenter: VCenterEstate | None) -> DatastoreType | None:
    for d in mt.datastores:
        if d.symbolic_name == name:
            return d.type
    vc_ds = vcenter.datastore(name) if vcenter else None
    return vc_ds.type if vc_ds else None


@per_request("DS-01", "DS-02")
def check_datastore(f: Facts, rf: RequestFacts) -> Iterator[Verdict]:
    if rf.mt is None:
        return
    name = rf.request.datastore_name
    ds_type = _datastore_type(rf.mt, name, f.vcenter)
    if ds_type is None:
        yield verdict(
            "DS-01",
            Status.UNKNOWN,
            f"The type of datastore {name or '(none chosen)'} is not known.",
            (f"{name or '(none)'}: not listed by ASR on {rf.mt.name} nor found in vCenter",),
            subject=name,
        )
    else:
        yield ds01(name, ds_type)
    yield ds02(rf.mt, name, f.vcenter)


# --- DS-03, DS-04: what the datastore value means ---------------------------------------------


@per_request("DS-03", "DS-04")
def check_location(f: Facts, rf: RequestFacts) -> Iterator[Verdict]:
    name = rf.request.datastore_name
    mt_name = rf.mt.name if rf.mt else rf.target.master_target_id
    if rf.on_prem.found:
        evidence = (
            f"{rf.on_prem.vm.name if rf.on_prem.vm else rf.subject}: exists on-premises"
            + (f" ({rf.on_prem.found_how})" if rf.on_prem.found_how else ""),
        )
        yield verdict(
            "DS-03",
            Status.INFO,
            f"The VM's disks already exist on-premises: the datastore value ({name}) is required but ignored.",
            evidence,
            subject=rf.subject,
        )
        yield verdict("DS-04", Status.PASS, "Original-location recovery.", evidence, subject=rf.subject)
    elif rf.on_prem.absent:
        evidence = (rf.on_prem.why,)
        yield verdict(
            "DS-03",
            Status.PASS,
            f"The datastore value ({name}) is used: new disks are created there.",
            evidence,
            subject=rf.subject,
        )
        yield verdict(
            "DS-04",
            Status.INFO,
            f"Alternate-location recovery: the new VM is created on {name}; use the retention drive and "
            f"datastore configured for {mt_name}.",
            evidence,
            subject=rf.subject,
        )
    else:
        # Info-only rules never go unknown: without vCenter they explain both cases.
        evidence = (rf.on_prem.why,)
        yield verdict(
            "DS-03",
            Status.INFO,
            f"If the VM's disks still exist on-premises, the datastore value ({name}) is ignored.",
            evidence,
            subject=rf.subject,
        )
        yield verdict(
            "DS-04",
            Status.INFO,
            f"If the on-premises VM was deleted, a new VM is created on {name}.",
            evidence,
            subject=rf.subject,
        )


# --- DS-05: free space for new disks -----------------------------------------------------------


@per_request("DS-05")
def check_ds05(f: Facts, rf: RequestFacts) -> Iterator[Verdict]:
    if rf.item is None or rf.mt is None:
        return
    name = rf.request.datastore_name
    if rf.on_prem.found:
        yield verdict(
            "DS-05",
            Status.PASS,
            "The VM's disks are reused; no new disk is created.",
            (f"{rf.subject}: exists on-premises",),
            subject=rf.subject,
        )
        return
    if not rf.on_prem.absent:
        yield verdict(
            "DS-05",
            Status.UNKNOWN,
            "Can't tell whether new disks must be created: " + rf.on_prem.why + ".",
            (rf.on_prem.why,),
            subject=rf.subject,
        )
        return
    needed = sum(d.size_gb for d in effective_disks(rf.request, rf.item))
    free = _free_gb(rf.mt, name, f)
    if free is None:
        yield verdict(
            "DS-05",
            Status.UNKNOWN,
            f"The free space of {name} is not known.",
            (f"{name}: not listed by ASR nor found in vCenter",),
            subject=rf.subject,
        )
        return
    evidence = (f"{name}: {free:g} GB free {'>=' if free >= needed else '<'} {needed:g} GB of disks",)
    if free >= needed:
        yield verdict("DS-05", Status.PASS, f"{name} has room for the new disks.", evidence, subject=rf.subject)
    else:
        yield verdict(
            "DS-05", Status.WARN, f"{name} has less free space than the VM's disks need.", evidence, subject=rf.subject
        )


def _free_gb(mt: MasterTarget, name: str, f: Facts) -> float | None:
    vc_ds = f.datastore(name)
    if vc_ds is not None:
        return vc_ds.free_gb
    for d in mt.datastores:
        if d.symbolic_name == name:
            return d.free_gb
    return None


# --- DS-06: RDM disks ---------------------------------------------------------------------------


def ds06(item: ProtectedItem, request: ReprotectRequest, on_prem: VmLookup) -> Verdict:
    rdm = [d.name for d in effective_disks(request, item) if d.is_rdm]
    if on_prem.vm is not None:
        rdm += [d.label for d in on_prem.vm.disks if d.is_rdm and d.label not in rdm]
    if not rdm:
        return verdict("DS-06", Status.PASS, "No RDM disk.", (f"{item.name}: no RDM disk",), subject=item.name)
    evidence = (f"{item.name}: RDM disk(s) {', '.join(rdm)}",)
    if on_prem.found:
        return verdict(
            "DS-06",
            Status.INFO,
            "RDM disks come back to the original VM (original location).",
            evidence,
            subject=item.name,
        )
    if on_prem.absent:
        return verdict(
            "DS-06",
            Status.BLOCK,
            "RDM disks can't be recovered to an alternate location (the original VM is gone).",
            evidence,
            subject=item.name,
        )
    return verdict(
        "DS-06",
        Status.UNKNOWN,
        f"RDM disks need the original VM, and whether it exists is not known: {on_prem.why}.",
        evidence,
        subject=item.name,
    )


@per_request("DS-06")
def check_ds06(f: Facts, rf: RequestFacts) -> Iterator[Verdict]:
    if rf.item is not None:
        yield ds06(rf.item, rf.request, rf.on_prem)
