"""Section D: the datastore and the disks that come back (DS-01 … DS-07)."""

from __future__ import annotations

from collections.abc import Iterator

from reprotect_gui.domain.checks.facts import VCENTER_NOT_READ, Facts, RequestFacts, VmLookup
from reprotect_gui.domain.checks.registry import per_request
from reprotect_gui.domain.checks.remediation import verdict
from reprotect_gui.domain.messages import t
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
    evidence = [
        t(
            "{item}: brings back {value}",
            item=item.name,
            value=tuple(_disk_text(d) for d in included) or t("no disk"),
        )
    ]
    if excluded:
        evidence.append(t("{item}: leaves out {names}", item=item.name, names=tuple(_disk_text(d) for d in excluded)))
    if unknown_ids:
        evidence.append(t("unknown disk ids: {unknown_ids}", unknown_ids=", ".join(unknown_ids)))
        return verdict(
            "DS-07", Status.BLOCK, t("The request names disks the VM doesn't have."), evidence, subject=item.name
        )
    if not included:
        return verdict("DS-07", Status.BLOCK, t("No disk is selected to come back."), evidence, subject=item.name)
    temp_included = [d for d in included if d.is_azure_temporary]
    if temp_included:
        return verdict(
            "DS-07",
            Status.INFO,
            t("Azure's temporary storage disk is included; it holds nothing worth bringing back."),
            evidence,
            subject=item.name,
        )
    if excluded:
        return verdict(
            "DS-07",
            Status.INFO,
            t(
                "{count} disk(s) stay in Azure: {names}.",
                count=len(excluded),
                names=", ".join(d.name for d in excluded),
            ),
            evidence,
            subject=item.name,
        )
    return verdict("DS-07", Status.PASS, t("All the VM's disks come back."), evidence, subject=item.name)


def _disk_text(d: Disk) -> str:
    tags = [tag for tag, on in ((t("temporary"), d.is_azure_temporary), ("RDM", d.is_rdm), ("OS", d.is_os_disk)) if on]
    if tags:
        return t("{disk} ({size_gb} GB, {tags})", disk=d.name, size_gb=f"{d.size_gb:g}", tags=tuple(tags))
    return t("{disk} ({size_gb} GB)", disk=d.name, size_gb=f"{d.size_gb:g}")


@per_request("DS-07")
def check_ds07(f: Facts, rf: RequestFacts) -> Iterator[Verdict]:
    if rf.item is not None:
        yield ds07(rf.request, rf.item)


# --- DS-01, DS-02: the datastore itself -------------------------------------------------------


def ds01(name: str, ds_type: DatastoreType, subject: str = "") -> Verdict:
    subject = subject or name
    evidence = (t("{name}: type {ds_type}", name=name, ds_type=ds_type),)
    if ds_type is DatastoreType.VSAN:
        return verdict(
            "DS-01",
            Status.WARN,
            t("vSAN datastore: listed by ASR, yet the reprotect job can fail on it."),
            evidence,
            subject=subject,
        )
    if ds_type not in SUPPORTED_DATASTORE_TYPES:
        return verdict(
            "DS-01",
            Status.BLOCK,
            t("{ds_type} datastores are not supported; only VMFS and vSAN.", ds_type=ds_type),
            evidence,
            subject=subject,
        )
    return verdict("DS-01", Status.PASS, t("VMFS datastore."), evidence, subject=subject)


def ds02(mt: MasterTarget, name: str, vcenter: VCenterEstate | None, subject: str = "") -> Verdict:
    subject = subject or name
    if not any(d.symbolic_name == name for d in mt.datastores):
        seen = ", ".join(d.symbolic_name for d in mt.datastores) or t("none")
        return verdict(
            "DS-02",
            Status.BLOCK,
            t("ASR does not list {value} on master target {mt}.", value=name or t("the datastore"), mt=mt.name),
            (t("{mt}: datastores {seen}", mt=mt.name, seen=seen),),
            subject=subject,
        )
    if vcenter is None:
        return verdict(
            "DS-02",
            Status.UNKNOWN,
            t(
                "Can't confirm {name} is mounted on host {esxi_host}: {why}.",
                name=name,
                esxi_host=mt.esxi_host,
                why=VCENTER_NOT_READ,
            ),
            (t("{mt}: host {esxi_host}", mt=mt.name, esxi_host=mt.esxi_host),),
            subject=subject,
        )
    vc_ds = vcenter.datastore(name)
    if vc_ds is None:
        return verdict(
            "DS-02",
            Status.BLOCK,
            t("{name} is not in vCenter {vcenter_name}.", name=name, vcenter_name=vcenter.vcenter_name),
            (t("vCenter {vcenter_name}: no datastore {name}", vcenter_name=vcenter.vcenter_name, name=name),),
            subject=subject,
        )
    if vcenter.host(mt.esxi_host) is None:
        return verdict(
            "DS-02",
            Status.UNKNOWN,
            t(
                "Host {esxi_host} is not in vCenter {vcenter_name}; can't tell if it mounts {name}.",
                esxi_host=mt.esxi_host,
                vcenter_name=vcenter.vcenter_name,
                name=name,
            ),
            (t("{mt}: host {esxi_host} not found", mt=mt.name, esxi_host=mt.esxi_host),),
            subject=subject,
        )
    evidence = (
        t(
            "{name}: mounted on {value}; accessible = {accessible}",
            name=name,
            value=", ".join(vc_ds.host_names) or t("no host"),
            accessible=vc_ds.accessible,
        ),
    )
    if mt.esxi_host not in vc_ds.host_names:
        return verdict(
            "DS-02",
            Status.BLOCK,
            t("{name} is not mounted on the master target's host {esxi_host}.", name=name, esxi_host=mt.esxi_host),
            evidence,
            subject=subject,
        )
    if not vc_ds.accessible:
        return verdict(
            "DS-02", Status.BLOCK, t("vCenter reports {name} inaccessible.", name=name), evidence, subject=subject
        )
    return verdict(
        "DS-02",
        Status.PASS,
        t("{name} is reachable from host {esxi_host}.", name=name, esxi_host=mt.esxi_host),
        evidence,
        subject=subject,
    )


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
            t("The type of datastore {value} is not known.", value=name or t("(none chosen)")),
            (t("{value}: not listed by ASR on {mt} nor found in vCenter", value=name or t("(none)"), mt=rf.mt.name),),
            subject=name,
        )
    else:
        yield ds01(name, ds_type)
    yield ds02(rf.mt, name, f.vcenter)


# --- DS-03, DS-04: what the datastore value means ---------------------------------------------


@per_request("DS-03", "DS-04")
def check_location(f: Facts, rf: RequestFacts) -> Iterator[Verdict]:
    name = rf.request.datastore_name
    mt_name = rf.mt.name if rf.mt else rf.classic_target.master_target_id
    if rf.on_prem.found:
        vm_name = rf.on_prem.vm.name if rf.on_prem.vm else rf.subject
        evidence: tuple[str, ...] = (
            t("{value}: exists on-premises ({how})", value=vm_name, how=rf.on_prem.found_how)
            if rf.on_prem.found_how
            else t("{value}: exists on-premises", value=vm_name),
        )
        yield verdict(
            "DS-03",
            Status.INFO,
            t(
                "The VM's disks already exist on-premises: the datastore value ({name}) is required but ignored.",
                name=name,
            ),
            evidence,
            subject=rf.subject,
        )
        yield verdict("DS-04", Status.PASS, t("Original-location recovery."), evidence, subject=rf.subject)
    elif rf.on_prem.absent:
        evidence = (rf.on_prem.why,)
        yield verdict(
            "DS-03",
            Status.PASS,
            t("The datastore value ({name}) is used: new disks are created there.", name=name),
            evidence,
            subject=rf.subject,
        )
        yield verdict(
            "DS-04",
            Status.INFO,
            t(
                "Alternate-location recovery: the new VM is created on {name}; use the retention drive and "
                "datastore configured for {mt_name}.",
                name=name,
                mt_name=mt_name,
            ),
            evidence,
            subject=rf.subject,
        )
    else:
        # Info-only rules never go unknown: without vCenter they explain both cases.
        evidence = (rf.on_prem.why,)
        yield verdict(
            "DS-03",
            Status.INFO,
            t("If the VM's disks still exist on-premises, the datastore value ({name}) is ignored.", name=name),
            evidence,
            subject=rf.subject,
        )
        yield verdict(
            "DS-04",
            Status.INFO,
            t("If the on-premises VM was deleted, a new VM is created on {name}.", name=name),
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
            t("The VM's disks are reused; no new disk is created."),
            (t("{subject}: exists on-premises", subject=rf.subject),),
            subject=rf.subject,
        )
        return
    if not rf.on_prem.absent:
        yield verdict(
            "DS-05",
            Status.UNKNOWN,
            t("Can't tell whether new disks must be created: {why}.", why=rf.on_prem.why),
            (rf.on_prem.why,),
            subject=rf.subject,
        )
        return
    needed = sum(d.size_gb for d in effective_disks(rf.request, rf.item))
    free = _free_gb(rf.mt, name, f)
    yield ds05(name, free, needed, rf.subject)


def ds05(name: str, free: float | None, needed: float, subject: str) -> Verdict:
    """DS-05 (warn, as the catalogue says): free space on `name` against the new disks' size."""
    if free is None:
        return verdict(
            "DS-05",
            Status.UNKNOWN,
            t("The free space of {name} is not known.", name=name),
            (t("{name}: not listed by ASR nor found in vCenter", name=name),),
            subject=subject,
        )
    evidence = (
        t(
            "{name}: {free} GB free {value} {needed} GB of disks",
            name=name,
            free=f"{free:g}",
            value=">=" if free >= needed else "<",
            needed=f"{needed:g}",
        ),
    )
    if free >= needed:
        return verdict(
            "DS-05", Status.PASS, t("{name} has room for the new disks.", name=name), evidence, subject=subject
        )
    return verdict(
        "DS-05",
        Status.WARN,
        t(
            "{name} has {free} GB free, less than the {needed} GB the new disks need.",
            name=name,
            free=f"{free:g}",
            needed=f"{needed:g}",
        ),
        evidence,
        subject=subject,
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
        return verdict(
            "DS-06", Status.PASS, t("No RDM disk."), (t("{item}: no RDM disk", item=item.name),), subject=item.name
        )
    evidence = (t("{item}: RDM disk(s) {rdm}", item=item.name, rdm=", ".join(rdm)),)
    if on_prem.found:
        return verdict(
            "DS-06",
            Status.INFO,
            t("RDM disks come back to the original VM (original location)."),
            evidence,
            subject=item.name,
        )
    if on_prem.absent:
        return verdict(
            "DS-06",
            Status.BLOCK,
            t("RDM disks can't be recovered to an alternate location (the original VM is gone)."),
            evidence,
            subject=item.name,
        )
    return verdict(
        "DS-06",
        Status.UNKNOWN,
        t("RDM disks need the original VM, and whether it exists is not known: {why}.", why=on_prem.why),
        evidence,
        subject=item.name,
    )


@per_request("DS-06")
def check_ds06(f: Facts, rf: RequestFacts) -> Iterator[Verdict]:
    if rf.item is not None:
        yield ds06(rf.item, rf.request, rf.on_prem)
