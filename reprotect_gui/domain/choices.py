"""What the wizard offers on each page: every candidate, selectable or not, with the reason.

Pages call these; they never compute rules themselves. Reasons carry catalog IDs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from reprotect_gui.domain.models import (
    REVERSE_REPLICATE,
    AzureVmStatus,
    Choice,
    DatastoreType,
    DiscoveryType,
    MasterTarget,
    OsType,
    ProcessServer,
    ProtectedItem,
    RecoveryPlan,
    RecoverySite,
    ReplicationFlow,
    RetentionVolume,
    SeenDatastore,
    VCenterEstate,
)

MAX_DISKS_PER_MASTER_TARGET = 60
HEARTBEAT_STALE_AFTER = timedelta(minutes=15)
AGENT_REGISTRATION_WINDOW = timedelta(minutes=15)
DEFAULT_RETENTION = {OsType.WINDOWS: "R:", OsType.LINUX: "/mnt/retention/"}
SUPPORTED_DATASTORE_TYPES = frozenset({DatastoreType.VMFS, DatastoreType.VSAN})


def heartbeat_is_recent(last: datetime | None, now: datetime) -> bool:
    return last is not None and now - last <= HEARTBEAT_STALE_AFTER


# --- items (section A) --------------------------------------------------------------------


def item_ineligibility(item: ProtectedItem) -> tuple[tuple[str, str], ...]:
    """Why an item can't be reprotected at all; empty when it can (ELIG-01/03/05/06/08)."""
    reasons: list[tuple[str, str]] = []
    if item.flow is ReplicationFlow.OUT_OF_SCOPE:
        reasons.append(
            ("ELIG-08", f"replicated by {item.provider}, which is not a VMware-to-Azure provider")
        )
    elif item.flow is ReplicationFlow.MODERNIZED:
        reasons.append(
            ("ELIG-08", "modernized (replication appliance) item: reprotect it in the modernized flow")
        )
    cause = _elig01_cause(item)
    if cause:
        reasons.append(("ELIG-01", cause))
    if (
        item.discovery_type is DiscoveryType.PHYSICAL
        and item.os_type is OsType.WINDOWS
        and "2008 R2" in item.os_version
    ):
        reasons.append(
            ("ELIG-03", "Windows Server 2008 R2 protected as a physical server cannot fail back")
        )
    if not item.in_configuration_server_db:
        reasons.append(("ELIG-05", "the VM is no longer in the configuration server's database"))
    if not item.agent_installed:
        reasons.append(("ELIG-06", "the Mobility agent was uninstalled from the Azure VM"))
    return tuple(reasons)


def _elig01_cause(item: ProtectedItem) -> str:
    if item.created_in_azure:
        return "the VM was created in Azure, it was never protected on-premises"
    if item.protection_state.lower() in ("migrated", "migrationcompleted"):
        return "the VM was migrated to Azure (migration completed); there is nothing to fail back"
    if item.azure_vm_status is AzureVmStatus.DELETED:
        return "the failed-over Azure VM was deleted"
    if item.azure_vm_status is AzureVmStatus.MOVED_RESOURCE_GROUP:
        return "the Azure VM was moved to another resource group"
    if item.protection_state.lower() in ("unprotected", "protectiondisabled"):
        return "protection was disabled"
    if REVERSE_REPLICATE not in item.allowed_operations:
        if item.active_location.lower() != "recovery":
            return "the VM has not been failed over to Azure (it still runs on-premises)"
        return f"ASR does not allow reprotect in state {item.protection_state!r}"
    return ""


def item_choices(site: RecoverySite) -> list[Choice[ProtectedItem]]:
    out = []
    for item in sorted(site.items, key=lambda i: i.name.lower()):
        reasons = item_ineligibility(item)
        out.append(Choice(item, selectable=not reasons, reasons=reasons))
    return out


def plan_choices(site: RecoverySite) -> list[Choice[RecoveryPlan]]:
    out = []
    for plan in sorted(site.plans, key=lambda p: p.name.lower()):
        reasons: list[tuple[str, str]] = []
        items = [site.item(i) for i in plan.item_ids]
        for item in items:
            for cid, text in item_ineligibility(item):
                reasons.append((cid, f"{item.name}: {text}"))
        if len({i.os_type for i in items}) > 1:
            names = ", ".join(f"{i.name} ({i.os_type})" for i in items)
            reasons.append(("MT-02", f"mixes Windows and Linux VMs ({names}); one MT can't serve both"))
        if not items:
            reasons.append(("SUB-02", "the plan has no protected items"))
        out.append(Choice(plan, selectable=not reasons, reasons=tuple(reasons)))
    return out


# --- master target and process server (sections B, C) ---------------------------------------


@dataclass(frozen=True, slots=True)
class DiskBudget:
    """MT-10: disks already on the MT plus the disks being reprotected to it."""

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


def disk_budget(mt: MasterTarget, items: Sequence[ProtectedItem]) -> DiskBudget:
    return DiskBudget(in_use=mt.disk_count, adding=sum(len(i.disks) for i in items))


def master_target_choices(
    site: RecoverySite,
    items: Sequence[ProtectedItem],
    now: datetime,
    target_vcenter: str | None = None,
) -> list[Choice[MasterTarget]]:
    os_types = {i.os_type for i in items}
    out = []
    for mt in sorted(site.master_targets, key=lambda m: m.name.lower()):
        reasons: list[tuple[str, str]] = []
        if os_types and os_types != {mt.os_type}:
            wanted = "/".join(sorted(os_types))
            reasons.append(("MT-01", f"{mt.os_type} master target; the VM needs a {wanted} one"))
        if not heartbeat_is_recent(mt.last_heartbeat, now):
            reasons.append(("MT-14", "no heartbeat in the last 15 minutes"))
        if mt.health_errors:
            reasons.append(("MT-14", "health errors: " + "; ".join(mt.health_errors)))
        budget = disk_budget(mt, items)
        if not budget.fits:
            reasons.append(
                ("MT-10", f"{mt.disk_count} + {budget.adding} disks > {MAX_DISKS_PER_MASTER_TARGET}")
            )
        known = {vc.name for vc in site.vcenters}
        if known and mt.vcenter_name not in known:
            reasons.append(("INF-07", f"its vCenter {mt.vcenter_name} is not discovered by ASR"))
        if target_vcenter and mt.vcenter_name != target_vcenter:
            reasons.append(("INF-07", f"on vCenter {mt.vcenter_name}, not {target_vcenter}"))
        out.append(Choice(mt, selectable=not reasons, reasons=tuple(reasons)))
    return out


def process_server_choices(site: RecoverySite, now: datetime) -> list[Choice[ProcessServer]]:
    out = []
    # Azure first: with a site-to-site VPN the process server belongs in Azure (INF-05).
    order = sorted(site.process_servers, key=lambda p: (p.location.value != "Azure", p.name))
    for ps in order:
        reasons: list[tuple[str, str]] = []
        if not heartbeat_is_recent(ps.last_heartbeat, now):
            reasons.append(("INF-03", "no heartbeat in the last 15 minutes: it can't reach the configuration server"))
        if ps.health.lower() == "critical":
            reasons.append(("INF-03", "health is Critical"))
        out.append(Choice(ps, selectable=not reasons, reasons=tuple(reasons)))
    return out


# --- datastore (section D) -----------------------------------------------------------------


def datastore_choices(
    mt: MasterTarget, vcenter: VCenterEstate | None
) -> list[Choice[SeenDatastore]]:
    """The MT's datastores; NFS and unreachable ones listed with the reason (DS-01, DS-02)."""
    host = vcenter.host(mt.esxi_host) if vcenter else None
    out = []
    for ds in sorted(mt.datastores, key=lambda d: d.symbolic_name.lower()):
        reasons: list[tuple[str, str]] = []
        if ds.type not in SUPPORTED_DATASTORE_TYPES:
            reasons.append(("DS-01", f"{ds.type} datastores are not supported; only VMFS and vSAN"))
        if vcenter is not None:
            vc_ds = vcenter.datastore(ds.symbolic_name)
            if vc_ds is None:
                reasons.append(("DS-02", f"not found in vCenter {vcenter.vcenter_name}"))
            elif host is not None and host.name not in vc_ds.host_names:
                reasons.append(("DS-02", f"not mounted on the master target's host {host.name}"))
            elif not vc_ds.accessible:
                reasons.append(("DS-02", "vCenter reports it inaccessible"))
        out.append(Choice(ds, selectable=not reasons, reasons=tuple(reasons)))
    return out


# --- retention drive (section E) -----------------------------------------------------------


def retention_choices(mt: MasterTarget) -> list[Choice[RetentionVolume]]:
    out = []
    for vol in mt.retention_volumes:
        reasons: list[tuple[str, str]] = []
        if vol.used_for_other_purpose:
            reasons.append(("RET-01", "used for another purpose"))
        if vol.locked:
            reasons.append(("RET-02", "the volume is locked"))
        if vol.is_cache_volume:
            reasons.append(("RET-03", "cache volume: the master target or process server is installed on it"))
        if vol.file_system.upper() in ("FAT", "FAT32"):
            reasons.append(("RET-04", f"{vol.file_system} file system"))
        if vol.capacity_bytes <= 0:
            reasons.append(("RET-05", "zero capacity"))
        out.append(Choice(vol, selectable=not reasons, reasons=tuple(reasons)))
    return out


def default_retention(mt: MasterTarget, choices: Sequence[Choice[RetentionVolume]]) -> RetentionVolume | None:
    """RET-06: `R:` on Windows, `/mnt/retention/` on Linux, when it is eligible."""
    wanted = DEFAULT_RETENTION[mt.os_type].rstrip("/\\").lower()
    for c in choices:
        if c.selectable and c.value.name.rstrip("/\\").lower() == wanted:
            return c.value
    return None
