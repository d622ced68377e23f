"""The estate as the wizard sees it: ASR objects, vCenter facts, the request, the job.

Pure values (frozen dataclasses). Adapters build them from SDK objects; the training estate
builds them from its scenario file; checks and filters read them. Names shared by the classic
and modernized flows stay neutral ("replication server", "target"); classic-only objects say so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import ClassVar, Generic, TypeVar

from reprotect_gui.domain.messages import Text, t

T = TypeVar("T")


class OsType(StrEnum):
    WINDOWS = "Windows"
    LINUX = "Linux"


class ReplicationFlow(StrEnum):
    """Which reprotect dialog an item needs (catalog ELIG-08): the key of a flow in domain/flows,
    which owns its providers, target type and request builder."""

    CLASSIC = "classic"  # InMageAzureV2 forward, InMage reverse
    MODERNIZED = "modernized"  # InMageRcm forward, InMageRcmFailback reverse
    OUT_OF_SCOPE = "out_of_scope"  # A2A, Hyper-V, anything else


class ProviderKind(StrEnum):
    """A replication provider in plain words (the provider's own name goes in a tooltip)."""

    CLASSIC = "Classic"  # VMware to Azure through a configuration server
    MODERNIZED = "Modernized"  # VMware to Azure through a replication appliance
    AZURE_TO_AZURE = "Azure to Azure"
    HYPER_V = "Hyper-V"
    AGENTLESS_MIGRATION = "Agentless migration"  # Azure Migrate's VMware agentless migration
    OTHER = "Other"


AGENTLESS_MIGRATION_PROVIDERS = frozenset({"VMwareCbt"})


def provider_kind(provider: str) -> ProviderKind:
    """ELIG-08: what a provider is, so an out-of-scope item is named for what it is."""
    from reprotect_gui.domain.flows import flow_for_provider  # the registry imports this module

    flow = flow_for_provider(provider)
    if flow is ReplicationFlow.CLASSIC:
        return ProviderKind.CLASSIC
    if flow is ReplicationFlow.MODERNIZED:
        return ProviderKind.MODERNIZED
    if provider == "A2A":
        return ProviderKind.AZURE_TO_AZURE
    if provider.lower().startswith("hyperv"):
        return ProviderKind.HYPER_V
    if provider in AGENTLESS_MIGRATION_PROVIDERS:
        return ProviderKind.AGENTLESS_MIGRATION
    return ProviderKind.OTHER


# ASR's name for "reprotect" in allowedOperations (there is no "Reprotect" value).
REVERSE_REPLICATE = "ReverseReplicate"
COMMIT = "Commit"  # listed while a failover awaits its commit (CMT-01, CMT-06)


class AzureVmStatus(StrEnum):
    """What happened to the failed-over Azure VM, as far as ASR can tell (ELIG-01)."""

    RUNNING = "running"
    STOPPED = "stopped"
    DELETED = "deleted"
    MOVED_RESOURCE_GROUP = "moved_resource_group"
    UNKNOWN = "unknown"


class DiscoveryType(StrEnum):
    """How the machine was protected on-premises."""

    VMWARE = "VMware"
    PHYSICAL = "Physical"


class ServerLocation(StrEnum):
    AZURE = "Azure"
    ON_PREMISES = "OnPremises"
    UNKNOWN = "Unknown"  # ASR does not say where a process server runs; see asr/mapping.py


class DatastoreType(StrEnum):
    VMFS = "VMFS"
    VSAN = "vsan"
    NFS = "NFS"
    NFS41 = "NFS41"
    OTHER = "other"

    @classmethod
    def parse(cls, raw: str) -> DatastoreType:
        lookup = {m.value.lower(): m for m in cls}
        return lookup.get(raw.strip().lower(), cls.OTHER)


@dataclass(frozen=True, slots=True)
class Disk:
    disk_id: str
    name: str
    size_gb: float
    is_os_disk: bool = False
    # Azure's temporary storage disk (D: / /dev/sdb on most sizes): never brought back (DS-07).
    is_azure_temporary: bool = False
    is_rdm: bool = False


@dataclass(frozen=True, slots=True)
class VmLocator:
    """How ASR names the on-premises VM; mapped to vCenter by UUID, then name, then IP."""

    name: str
    bios_uuid: str | None = None
    instance_uuid: str | None = None
    ip_addresses: tuple[str, ...] = ()
    moref: str | None = None  # vCenter's managed object reference ("vm-1234") when ASR carries one


@dataclass(frozen=True, slots=True)
class RcmDetails:
    """What an `InMageRcm` item (modernized, VMware → Azure, failed over) tells about its source VM."""

    vcenter_name: str = ""  # discoveredVmDetails.vCenterFqdn
    source_datastores: tuple[str, ...] = ()  # discoveredVmDetails.datastores: where the VM's disks were
    source_vm_deleted: bool | None = None  # discoveredVmDetails.isDeleted; None = not reported
    log_storage_account_id: str = ""  # the log storage account its replication already writes to
    agent_registered_after_failover: bool | None = None


@dataclass(frozen=True, slots=True)
class RcmFailbackDetails:
    """The reverse `InMageRcmFailback` state (Azure → VMware) a modernized reprotect leaves behind."""

    reprotect_agent_id: str  # the replication appliance the item now replicates through
    reprotect_agent_name: str = ""
    log_storage_account_id: str = ""
    target_datastore: str = ""
    target_vcenter_id: str = ""
    protected_disk_count: int = 0


@dataclass(frozen=True, slots=True)
class ProtectedItem:
    item_id: str  # ARM id of the replication protected item
    name: str
    provider: str  # providerSpecificDetails.instanceType, e.g. "InMageAzureV2"
    os_type: OsType
    os_version: str
    disks: tuple[Disk, ...]
    protection_state: str  # e.g. "FailedOver", "Protected", "Migrated"
    allowed_operations: frozenset[str]
    active_location: str  # "Primary" | "Recovery"
    on_prem_vm: VmLocator
    discovery_type: DiscoveryType = DiscoveryType.VMWARE
    fabric_id: str = ""
    container_id: str = ""
    configuration_server_id: str = ""
    replication_group: str | None = None  # multi-VM consistency group
    failover_time: datetime | None = None
    agent_last_heartbeat: datetime | None = None
    agent_installed: bool = True
    in_configuration_server_db: bool = True
    azure_vm_status: AzureVmStatus = AzureVmStatus.RUNNING
    created_in_azure: bool = False  # a VM made by hand in Azure, never protected on-premises
    vcenter_name: str = ""  # the vCenter the VM came from
    running_job_id: str | None = None  # from currentScenario; None when idle
    rcm: RcmDetails | None = None  # InMageRcm (modernized, forward) details; None for other providers
    rcm_failback: RcmFailbackDetails | None = None  # InMageRcmFailback: after a modernized reprotect

    @property
    def flow(self) -> ReplicationFlow:
        from reprotect_gui.domain.flows import flow_for_provider  # the registry imports this module

        return flow_for_provider(self.provider)

    @property
    def total_disk_gb(self) -> float:
        return sum(d.size_gb for d in self.disks)


@dataclass(frozen=True, slots=True)
class RecoveryPlan:
    plan_id: str
    name: str
    item_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ConfigurationServer:
    server_id: str
    name: str
    ip_address: str
    last_heartbeat: datetime | None
    version: str
    fabric_id: str = ""
    provider_id: str = ""  # the DRA, for "refresh configuration server" (RET-07)
    last_refreshed: datetime | None = None


@dataclass(frozen=True, slots=True)
class RetentionVolume:
    name: str  # "R:" or "/mnt/retention/"
    capacity_bytes: int
    free_bytes: int
    threshold_percent: int
    file_system: str = "NTFS"
    locked: bool = False
    used_for_other_purpose: bool = False
    is_cache_volume: bool = False


@dataclass(frozen=True, slots=True)
class SeenDatastore:
    """A datastore as ASR reports it on a master target (`dataStores[]`)."""

    symbolic_name: str  # what the reprotect request's datastoreName carries
    type: DatastoreType
    capacity_gb: float
    free_gb: float
    uuid: str = ""


@dataclass(frozen=True, slots=True)
class MasterTarget:
    server_id: str
    name: str
    ip_address: str
    os_type: OsType
    os_version: str
    esxi_host: str
    vcenter_name: str
    last_heartbeat: datetime | None
    version_status: str  # "Supported", "UpdateRequired", ...
    health_errors: tuple[str, ...]
    disk_count: int
    retention_volumes: tuple[RetentionVolume, ...]
    datastores: tuple[SeenDatastore, ...]  # the datastores ASR says it sees
    vm: VmLocator | None = None
    on_configuration_server: bool = False
    validation_errors: tuple[str, ...] = ()  # MT-14: ASR's validationErrors[], as messages


@dataclass(frozen=True, slots=True)
class ProcessServer:
    server_id: str
    name: str
    ip_address: str
    location: ServerLocation
    last_heartbeat: datetime | None
    health: str  # "Normal", "Warning", "Critical", "None"


@dataclass(frozen=True, slots=True)
class RunAsAccount:
    account_id: str
    name: str


@dataclass(frozen=True, slots=True)
class FailbackPolicy:
    policy_id: str
    name: str
    rpo_threshold_minutes: int
    recovery_point_history_minutes: int
    app_consistent_frequency_minutes: int
    # The protection container mapping that carries the policy for the failback direction (PowerShell's
    # -ProtectionContainerMapping); the review names it. '' when not known.
    container_mapping: str = ""

    PORTAL_DEFAULTS = (15, 24 * 60, 60)

    @property
    def values(self) -> tuple[int, int, int]:
        return (
            self.rpo_threshold_minutes,
            self.recovery_point_history_minutes,
            self.app_consistent_frequency_minutes,
        )

    @property
    def is_portal_default(self) -> bool:
        return self.values == self.PORTAL_DEFAULTS


@dataclass(frozen=True, slots=True)
class ReplicationAppliance:
    """A modernized replication appliance: the reprotect agent ASR lists on the InMageRcm fabric."""

    appliance_id: str  # the reprotect agent's id: what InMageRcmReprotectInput.reprotectAgentId carries
    name: str
    health: str  # "Normal", "Warning", "Critical", "None"
    last_heartbeat: datetime | None
    vcenter_name: str  # the vCenter it discovers and writes to
    datastores: tuple[str, ...]  # accessibleDatastores: those it can read and write
    disks_in_use: int  # disks already replicating back through it (RCM-04)
    health_errors: tuple[str, ...] = ()
    version: str = ""
    fabric_id: str = ""


@dataclass(frozen=True, slots=True)
class LogStorageAccount:
    """An Azure storage account that holds replication logs (modernized: no retention drive, RCM-05)."""

    account_id: str  # ARM id, what logStorageAccountId carries
    name: str
    used_by: tuple[str, ...] = ()  # item names whose replication already writes to it


@dataclass(frozen=True, slots=True)
class ModernizedFailbackPolicy:
    """The `InMageRcmFailback` policy mapped for the failback direction (modernized flow)."""

    policy_id: str
    name: str
    app_consistent_frequency_minutes: int
    crash_consistent_frequency_minutes: int


@dataclass(frozen=True, slots=True)
class KnownVCenter:
    """A vCenter as ASR knows it (discovered through the configuration server)."""

    name: str
    ip_address: str
    last_heartbeat: datetime | None
    discovery_status: str = "Connected"


@dataclass(frozen=True, slots=True)
class RecoverySite:
    """Everything ASR tells about the vault that reprotect needs."""

    vault_name: str
    items: tuple[ProtectedItem, ...]
    plans: tuple[RecoveryPlan, ...]
    configuration_servers: tuple[ConfigurationServer, ...]
    master_targets: tuple[MasterTarget, ...]
    process_servers: tuple[ProcessServer, ...]
    run_as_accounts: tuple[RunAsAccount, ...]
    failback_policy: FailbackPolicy | None
    vcenters: tuple[KnownVCenter, ...] = ()
    # The modernized experience (catalog section G).
    appliances: tuple[ReplicationAppliance, ...] = ()
    log_storage_accounts: tuple[LogStorageAccount, ...] = ()
    modernized_policy: ModernizedFailbackPolicy | None = None

    def item(self, item_id: str) -> ProtectedItem:
        for it in self.items:
            if it.item_id == item_id:
                return it
        raise KeyError(item_id)

    def plan(self, plan_id: str) -> RecoveryPlan:
        for p in self.plans:
            if p.plan_id == plan_id:
                return p
        raise KeyError(plan_id)

    def master_target(self, server_id: str) -> MasterTarget:
        for mt in self.master_targets:
            if mt.server_id == server_id:
                return mt
        raise KeyError(server_id)

    def process_server(self, server_id: str) -> ProcessServer:
        for ps in self.process_servers:
            if ps.server_id == server_id:
                return ps
        raise KeyError(server_id)

    def appliance(self, appliance_id: str) -> ReplicationAppliance:
        for a in self.appliances:
            if a.appliance_id.lower() == appliance_id.lower():
                return a
        raise KeyError(appliance_id)

    def log_storage_account(self, account_id: str) -> LogStorageAccount | None:
        return next((a for a in self.log_storage_accounts if a.account_id.lower() == account_id.lower()), None)


# --- vCenter facts ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class VcHost:
    name: str
    product: str  # e.g. "VMware ESXi 7.0.3"
    license_edition: str  # e.g. "vSphere 7 Enterprise Plus", "vSphere 6 Hypervisor" (free)
    connection_state: str  # "connected", "disconnected", "notResponding"
    datastore_names: tuple[str, ...]
    # Privileges the connected account lacks on this host (INF-06); empty when all granted or not checked.
    missing_privileges: tuple[str, ...] = ()
    # FB-09: summary.hardware.memorySize and what quickStats.overallMemoryUsage leaves free; None = not read.
    memory_mb: int | None = None
    free_memory_mb: int | None = None

    @property
    def is_free_edition(self) -> bool:
        lowered = self.license_edition.lower()
        return "hypervisor" in lowered or "free" in lowered


@dataclass(frozen=True, slots=True)
class VcDatastore:
    name: str
    type: DatastoreType
    capacity_gb: float
    free_gb: float
    accessible: bool
    host_names: tuple[str, ...]  # hosts that mount it
    in_storage_drs: bool = False
    writable_by_account: bool | None = None  # from privilege queries; None = not known
    missing_privileges: tuple[str, ...] = ()  # INF-06 evidence: what the account lacks here

    @property
    def free_percent(self) -> float:
        return 100.0 * self.free_gb / self.capacity_gb if self.capacity_gb else 0.0


@dataclass(frozen=True, slots=True)
class VcDisk:
    label: str
    size_gb: float
    backing_uuid: str | None
    datastore_name: str
    is_rdm: bool = False


@dataclass(frozen=True, slots=True)
class VcVm:
    """A vCenter VM: light index fields, plus details when they were read (details_read)."""

    moref: str
    name: str
    bios_uuid: str | None
    instance_uuid: str | None
    guest_family: str  # "windowsGuest", "linuxGuest", ...
    power_state: str  # "poweredOn", "poweredOff", "suspended"
    is_template: bool
    host_name: str
    datastore_names: tuple[str, ...]
    ip_addresses: tuple[str, ...] = ()
    details_read: bool = False
    disks: tuple[VcDisk, ...] = ()
    scsi_controller_types: tuple[str, ...] = ()  # "lsilogic", "lsilogic-sas", "pvscsi", "buslogic"
    enable_uuid: bool | None = None  # extraConfig disk.EnableUUID; None = not set
    tools_status: str = ""  # "toolsOk", "toolsNotRunning", "toolsNotInstalled", "toolsOld"
    has_snapshot: bool | None = None
    # Every snapshot of the VM, the whole tree walked (MT-04/MT-05 name them); () when none or not read.
    snapshot_names: tuple[str, ...] = ()
    in_storage_drs: bool = False
    memory_mb: int | None = None  # FB-09: config.hardware.memoryMB; None = not read
    boot_time: datetime | None = None  # REV-02: runtime.bootTime; None = not read or powered off


@dataclass(frozen=True, slots=True)
class VcMatch:
    """The outcome of mapping one ASR object to a vCenter VM."""

    locator: VmLocator
    vm: VcVm | None
    matched_by: str  # "instance UUID", "BIOS UUID", "name", "IP", "" when none
    candidates: tuple[str, ...] = ()  # VM names when ambiguous
    found_by: str = ""  # how vCenter was searched: a direct lookup (moref, UUID, IP) or the full index

    @property
    def ambiguous(self) -> bool:
        return self.vm is None and len(self.candidates) > 1


@dataclass(frozen=True, slots=True)
class VCenterEstate:
    """What was read from the vCenter the wizard is connected to."""

    vcenter_name: str
    hosts: tuple[VcHost, ...]
    datastores: tuple[VcDatastore, ...]
    vms: tuple[VcVm, ...]
    connected: bool = True
    account_name: str = ""
    account_can_browse_datastores: bool | None = None  # INF-06, None = unknown
    unreadable_objects: tuple[str, ...] = ()  # partial inventory because of missing rights
    # How each focus locator (MTs, VMs to reprotect) was mapped to a VM; see domain.matching.
    matches: tuple[VcMatch, ...] = ()

    def host(self, name: str) -> VcHost | None:
        return next((h for h in self.hosts if h.name == name), None)

    def datastore(self, name: str) -> VcDatastore | None:
        return next((d for d in self.datastores if d.name == name), None)


# --- request, job ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReprotectTarget:
    """What a flow's dialog chose: each flow has its own subclass, matched by type (`match`)."""

    flow: ClassVar[ReplicationFlow]


@dataclass(frozen=True, slots=True)
class ClassicTarget(ReprotectTarget):
    """The classic dialog's choices: master target, process server, retention drive."""

    flow: ClassVar[ReplicationFlow] = ReplicationFlow.CLASSIC
    master_target_id: str
    process_server_id: str
    retention_drive: str
    run_as_account_id: str | None = None


@dataclass(frozen=True, slots=True)
class ModernizedTarget(ReprotectTarget):
    """The modernized dialog's choices: replication appliance and log storage account (RCM-01, RCM-05)."""

    flow: ClassVar[ReplicationFlow] = ReplicationFlow.MODERNIZED
    reprotect_agent_id: str  # the appliance's reprotect agent
    log_storage_account_id: str


@dataclass(frozen=True, slots=True)
class ReprotectRequest:
    item_id: str
    item_name: str
    target: ReprotectTarget  # the flow's own type: ClassicTarget, ModernizedTarget
    datastore_name: str
    policy_id: str
    disks_to_include: tuple[str, ...]  # disk ids; empty = all (the API's default); classic only
    direction: str = "RecoveryToPrimary"

    @property
    def flow(self) -> ReplicationFlow:
        return self.target.flow


class JobState(StrEnum):
    NOT_STARTED = "NotStarted"
    IN_PROGRESS = "InProgress"
    SUCCEEDED = "Succeeded"
    FAILED = "Failed"
    CANCELLED = "Cancelled"
    SUSPENDED = "Suspended"
    OTHER = "Other"

    @classmethod
    def parse(cls, raw: str) -> JobState:
        """ASR's states are plain strings; show anything unknown as OTHER (not finished)."""
        lookup = {m.value.lower(): m for m in cls}
        lookup["canceled"] = cls.CANCELLED
        return lookup.get((raw or "").strip().lower(), cls.OTHER)

    @property
    def is_final(self) -> bool:
        return self in (JobState.SUCCEEDED, JobState.FAILED, JobState.CANCELLED)


@dataclass(frozen=True, slots=True)
class JobError:
    code: str
    message: str
    possible_causes: str = ""
    recommended_action: str = ""
    task_id: str | None = None
    # Every code ASR gave for this error: the provider's number and the service's string (SUB-07).
    codes: tuple[str, ...] = ()
    at: datetime | None = None  # when ASR recorded it (creationTime)


@dataclass(frozen=True, slots=True)
class JobTask:
    task_id: str
    friendly_name: str
    state: JobState
    state_description: str = ""
    start_time: datetime | None = None
    end_time: datetime | None = None
    errors: tuple[JobError, ...] = ()


@dataclass(frozen=True, slots=True)
class Job:
    job_id: str  # ARM job name (the last segment)
    friendly_name: str
    target_name: str
    state: JobState
    state_description: str = ""
    tasks: tuple[JobTask, ...] = ()
    errors: tuple[JobError, ...] = ()
    start_time: datetime | None = None
    end_time: datetime | None = None
    item_id: str = ""
    # ASR's own words, for states the wizard has no name for (`Cancelling`, future values).
    raw_state: str = ""
    allowed_actions: tuple[str, ...] = ()  # e.g. ("Cancel", "Resume") on a Suspended job

    @property
    def progress(self) -> float:
        """Fraction of tasks finished, 0..1."""
        if self.state.is_final:
            return 1.0
        if not self.tasks:
            return 0.0
        done = sum(1 for t in self.tasks if t.state.is_final)
        return done / len(self.tasks)


@dataclass(frozen=True, slots=True)
class SubmitResult:
    """What a submit did: a new job, or attached to one already running on the item."""

    job_id: str
    attached_to_running: bool = False
    # Accepted (202) without anything to track: no job ID yet; the job is looked for on the item.
    untracked: bool = False


@dataclass(frozen=True, slots=True)
class Choice(Generic[T]):
    """One entry of a wizard list: the value, and why it can't be chosen when it can't."""

    value: T
    selectable: bool
    reasons: tuple[tuple[str, str], ...] = field(default=())  # (check ID, plain sentence)
    # Warnings and unverified facts on a selectable entry (e.g. DS-01 on vSAN): shown, not blocking.
    notes: tuple[tuple[str, str], ...] = field(default=())

    @property
    def note_text(self) -> str:
        return _joined(self.notes)

    @property
    def reason_text(self) -> str:
        return _joined(self.reasons)


def _joined(pairs: tuple[tuple[str, str], ...]) -> str:
    """'MT-10: …; MT-14: …' — a template of templates, so the UI can still translate each reason."""
    return Text.joined("; ", [t("{check}: {reason}", check=cid, reason=text) for cid, text in pairs]) if pairs else ""
