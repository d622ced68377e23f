"""ASR's SDK models (azure-mgmt-recoveryservicessiterecovery 2.0.0) → frozen domain values.

Reads model attributes only (duck typing: no SDK import here). Field meanings are in the
reference README §5–8. Where ASR has no source for a domain field the default stays, and the
docstring of the builder says so. Dates arrive as datetimes (the SDK parses them); ASR's
"empty" sentinels (the 1753 date, "None" job) are turned into None here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from reprotect_gui.domain.models import (
    AzureVmStatus,
    ConfigurationServer,
    DatastoreType,
    DiscoveryType,
    Disk,
    FailbackPolicy,
    Job,
    JobError,
    JobState,
    JobTask,
    KnownVCenter,
    LogStorageAccount,
    MasterTarget,
    ModernizedFailbackPolicy,
    OsType,
    ProcessServer,
    ProtectedItem,
    RcmDetails,
    RcmFailbackDetails,
    RecoveryPlan,
    ReplicationAppliance,
    RetentionVolume,
    RunAsAccount,
    SeenDatastore,
    ServerLocation,
    VmLocator,
)

GB = 1024**3
_LINUX_WORDS = ("linux", "ubuntu", "red hat", "rhel", "centos", "suse", "sles", "debian", "oracle")
_MOREF = re.compile(r"^vm-\d+$")  # some vaults carry vCenter's managed object reference instead of a UUID
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)
VMWARE_FABRIC_TYPE = "VMware"
FAILBACK_POLICY_TYPE = "InMage"  # classic failback (Azure → VMware) policy details
RCM_FABRIC_TYPE = "InMageRcm"  # modernized: the replication appliances' fabric
RCM_FAILBACK_POLICY_TYPE = "InMageRcmFailback"  # modernized failback policy details


# --- ARM ids -----------------------------------------------------------------------------------


def segment(arm_id: str, key: str) -> str:
    """The path segment after `key` in an ARM id (case-insensitive), or ""."""
    parts = arm_id.strip("/").split("/")
    lowered = [p.lower() for p in parts]
    try:
        return parts[lowered.index(key.lower()) + 1]
    except (ValueError, IndexError):
        return ""


def prefix_through(arm_id: str, key: str) -> str:
    """The ARM id up to and including the segment after `key`."""
    parts = arm_id.strip("/").split("/")
    lowered = [p.lower() for p in parts]
    try:
        end = lowered.index(key.lower()) + 2
    except ValueError:
        return ""
    return "/" + "/".join(parts[:end]) if end <= len(parts) else ""


def same_id(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and a.strip("/").lower() == b.strip("/").lower()  # type: ignore[union-attr]


def last_segment(arm_id: str | None) -> str:
    return (arm_id or "").rstrip("/").rsplit("/", 1)[-1]


def job_name_from_location(location: str | None) -> str | None:
    """The job name in a 202 Location header: the text after `operationresults/`, up to `?`."""
    if not location:
        return None
    match = re.search(r"operationresults/([^/?]+)", location, re.IGNORECASE)
    return match.group(1) if match else None


def running_job_name(scenario: Any) -> str | None:
    """currentScenario → the running job's name, None for the idle sentinel ("None")."""
    if scenario is None:
        return None
    name = (scenario.scenario_name or "").strip().lower()
    job = last_segment(scenario.job_id)
    if name in ("", "none") or job.lower() in ("", "none"):
        return None
    return job


# --- small parsers --------------------------------------------------------------------------------


def os_type(raw: str | None, *hints: str | None) -> OsType:
    """ASR's osType when it says; otherwise the OS name. Unknown → Windows (ASR's own default)."""
    for text in (raw, *hints):
        lowered = (text or "").lower()
        if any(word in lowered for word in _LINUX_WORDS):
            return OsType.LINUX
        if "windows" in lowered:
            return OsType.WINDOWS
    return OsType.WINDOWS


def text(value: Any) -> str:
    """A string field that the SDK may hand over as one of its enums."""
    return str(getattr(value, "value", value) or "")


def when(value: datetime | None) -> datetime | None:
    """ASR writes 1753-01-01 (SQL's minimum) for "never"."""
    if value is None or value.year <= 1753:
        return None
    return value


# Ceilings of the numbers the app computes with: far above any real estate, low enough that
# arithmetic on them stays finite. A value outside is "data the wizard could not read"
# (ValueError → faults.unreadable), never an OverflowError or a NaN in a check.
MAX_BYTES = 2**60  # 1 EiB
MAX_GB = float(2**30)  # 1 EiB in GB
MAX_COUNT = 1_000_000  # disks, VMs
MAX_MINUTES = 10 * 366 * 24 * 60  # ten years


class PayloadValueError(ValueError):
    """A number in an ARM answer that the wizard can't compute with (named, for the log)."""


def number(value: Any, field: str, *, maximum: float, default: float = 0) -> float:
    """A finite, non-negative number not above `maximum`; None (absent) → `default`."""
    if value is None:
        return default
    if isinstance(value, bool):
        raise PayloadValueError(f"{field}: {value!r} is not a number")
    try:
        result = float(value.strip() if isinstance(value, str) else value)
    except (TypeError, ValueError, OverflowError) as exc:
        raise PayloadValueError(f"{field}: {str(value)[:40]!r} is not a number") from exc
    if not math.isfinite(result) or not 0 <= result <= maximum:
        raise PayloadValueError(f"{field}: {str(value)[:40]} is outside 0..{maximum:g}")
    return result


def whole(value: Any, field: str, *, maximum: float) -> int:
    return int(number(value, field, maximum=maximum))


def gb_string(value: str | None) -> float:
    """`capacity`/`freeSpace` of a master target's datastore: strings, in GB (empty → 0)."""
    if value is None or not str(value).strip():
        return 0.0
    return number(value, "datastore GB", maximum=MAX_GB)


def health_texts(errors: Iterable[Any] | None) -> tuple[str, ...]:
    out = []
    for err in errors or ():
        text = err.summary_message or err.error_message or err.error_code or ""
        if err.error_code and err.error_code not in text:
            text = f"{text} (error {err.error_code})"
        if text:
            out.append(text)
    return tuple(out)


# --- replication protected items (§6) ---------------------------------------------------------


def protected_item(raw: Any, vcenter_names: Mapping[str, str] | None = None) -> ProtectedItem:
    """A ReplicationProtectedItem. No ASR source, left at defaults: agent_installed,
    in_configuration_server_db, created_in_azure (ASR reports them only as job errors), and
    azure_vm_status except MOVED_RESOURCE_GROUP (ELIG-01: target VM outside its recovery group).
    """
    props = raw.properties
    details = props.provider_specific_details
    provider = (details.instance_type if details is not None else "") or ""
    os_hint = _details(details, "os_name")
    nested_os = _details(details, "os_details")
    raw_os = _details(details, "os_type") or (nested_os.os_type if nested_os is not None else None)
    group = _details(details, "multi_vm_group_name") or _details(details, "multi_vm_group_id")
    return ProtectedItem(
        item_id=raw.id,
        name=props.friendly_name or raw.name,
        provider=provider,
        os_type=os_type(raw_os, os_hint),
        os_version=_details(details, "os_version") or os_hint or "",
        disks=_disks(details),
        protection_state=text(props.protection_state),
        allowed_operations=frozenset(props.allowed_operations or ()),
        active_location=text(props.active_location),
        on_prem_vm=_locator(props.friendly_name or raw.name, details),
        discovery_type=DiscoveryType.PHYSICAL
        if (_details(details, "discovery_type") or "").lower() == "physical"
        else DiscoveryType.VMWARE,
        fabric_id=prefix_through(raw.id, "replicationFabrics"),
        container_id=prefix_through(raw.id, "replicationProtectionContainers"),
        configuration_server_id=prefix_through(raw.id, "replicationFabrics"),
        replication_group=group or None,
        failover_time=when(props.last_successful_failover_time),
        agent_last_heartbeat=when(_details(details, "last_heartbeat")),
        azure_vm_status=_azure_vm_status(details),
        vcenter_name=_vcenter_name(details, vcenter_names or {}),
        running_job_id=running_job_name(props.current_scenario),
        rcm=rcm_details(details) if provider == RCM_FABRIC_TYPE else None,
        rcm_failback=rcm_failback_details(details) if provider == RCM_FAILBACK_POLICY_TYPE else None,
    )


def _vcenter_name(details: Any, vcenter_names: Mapping[str, str]) -> str:
    """Classic items carry the vCenter's infrastructure id; modernized ones its FQDN (discovery)."""
    discovered = _details(details, "discovered_vm_details")
    if discovered is not None and discovered.v_center_fqdn:
        return str(discovered.v_center_fqdn)
    return vcenter_names.get((_details(details, "v_center_infrastructure_id") or "").lower(), "")


def rcm_details(details: Any) -> RcmDetails:
    """InMageRcm (modernized, forward): the source VM as the appliance last discovered it, and the
    log storage account its disks replicate through (the one a reprotect can reuse, RCM-05)."""
    discovered = _details(details, "discovered_vm_details")
    accounts = [
        d.log_storage_account_id for d in _details(details, "protected_disks") or () if d.log_storage_account_id
    ]
    return RcmDetails(
        vcenter_name=(discovered.v_center_fqdn or "") if discovered is not None else "",
        source_datastores=tuple(discovered.datastores or ()) if discovered is not None else (),
        source_vm_deleted=discovered.is_deleted if discovered is not None else None,
        log_storage_account_id=accounts[0] if accounts else "",
        agent_registered_after_failover=_details(details, "is_agent_registration_successful_after_failover"),
    )


def rcm_failback_details(details: Any) -> RcmFailbackDetails:
    """InMageRcmFailback (modernized, reverse): what a reprotect left behind."""
    return RcmFailbackDetails(
        reprotect_agent_id=_details(details, "reprotect_agent_id") or "",
        reprotect_agent_name=_details(details, "reprotect_agent_name") or "",
        log_storage_account_id=_details(details, "log_storage_account_id") or "",
        target_datastore=_details(details, "target_data_store_name") or "",
        target_vcenter_id=_details(details, "targetv_center_id") or "",
        protected_disk_count=len(_details(details, "protected_disks") or ()),
    )


def _details(details: Any, attribute: str) -> Any:
    """A provider-specific field, None when this provider's details have no such field."""
    return getattr(details, attribute, None) if details is not None else None


def _disks(details: Any) -> tuple[Disk, ...]:
    os_disk = _details(details, "os_disk_id")
    disks = []
    for d in _details(details, "protected_disks") or ():
        # InMageAzureV2: diskCapacityInBytes; InMageRcm(Failback): capacityInBytes; InMage (reverse): none.
        capacity = number(
            getattr(d, "disk_capacity_in_bytes", None) or getattr(d, "capacity_in_bytes", None),
            "disk capacityInBytes",
            maximum=MAX_BYTES,
        )
        flagged_os = getattr(d, "is_os_disk", None)  # InMageRcm says so per disk ("isOSDisk", a string)
        disks.append(
            Disk(
                disk_id=d.disk_id or "",
                name=d.disk_name or d.disk_id or "",
                size_gb=round(capacity / GB, 2),
                is_os_disk=(bool(os_disk) and same_id(d.disk_id, os_disk)) or str(flagged_os).lower() == "true",
            )
        )
    return tuple(disks)


def _locator(name: str, details: Any) -> VmLocator:
    """The on-prem VM: name, the infrastructure VM id when it is a UUID, the source IP."""
    infra = _details(details, "infrastructure_vm_id") or ""
    ip = _details(details, "ip_address") or _details(details, "primary_nic_ip_address") or ""
    return VmLocator(
        name=name,
        instance_uuid=infra if _UUID.match(infra) else None,
        ip_addresses=(ip,) if ip else (),
        moref=infra if _MOREF.match(infra) else None,
    )


def _azure_vm_status(details: Any) -> AzureVmStatus:
    target_vm = _details(details, "target_vm_id") or ""
    recovery_group = _details(details, "recovery_azure_resource_group_id") or ""
    vm_group, wanted_group = segment(target_vm, "resourceGroups"), segment(recovery_group, "resourceGroups")
    if vm_group and wanted_group and vm_group.lower() != wanted_group.lower():
        return AzureVmStatus.MOVED_RESOURCE_GROUP
    return AzureVmStatus.RUNNING


# --- fabrics: configuration server, MTs, PSs, run-as accounts (§7) ------------------------------


def vmware_fabrics(fabrics: Iterable[Any]) -> list[Any]:
    return [
        f
        for f in fabrics
        if f.properties is not None
        and f.properties.custom_details is not None
        and f.properties.custom_details.instance_type == VMWARE_FABRIC_TYPE
    ]


def configuration_server(fabric: Any, provider_id: str = "") -> ConfigurationServer:
    """The configuration server is the VMware fabric; its id here is the fabric's ARM id."""
    cs = fabric.properties.custom_details
    return ConfigurationServer(
        server_id=fabric.id,
        name=cs.host_name or fabric.properties.friendly_name or fabric.name,
        ip_address=cs.ip_address or "",
        last_heartbeat=when(cs.last_heartbeat),
        version=cs.agent_version or "",
        fabric_id=fabric.id,
        provider_id=provider_id,
    )


def master_target(raw: Any, cs: ConfigurationServer) -> MasterTarget:
    """A master target. esxi_host and vcenter_name have no ASR source: the vCenter join fills them."""
    status = text(raw.version_status) or (text(raw.agent_version_details.status) if raw.agent_version_details else "")
    return MasterTarget(
        server_id=raw.id or "",
        name=raw.name or "",
        ip_address=raw.ip_address or "",
        os_type=os_type(raw.os_type, raw.os_version),
        os_version=raw.os_version or "",
        esxi_host="",
        vcenter_name="",
        last_heartbeat=when(raw.last_heartbeat),
        version_status=status,
        health_errors=health_texts(raw.health_errors),
        validation_errors=health_texts(raw.validation_errors),
        disk_count=whole(raw.disk_count, "master target diskCount", maximum=MAX_COUNT),
        retention_volumes=tuple(
            RetentionVolume(
                name=v.volume_name or "",
                capacity_bytes=whole(v.capacity_in_bytes, "retention capacityInBytes", maximum=MAX_BYTES),
                free_bytes=whole(v.free_space_in_bytes, "retention freeSpaceInBytes", maximum=MAX_BYTES),
                threshold_percent=whole(v.threshold_percentage, "retention thresholdPercentage", maximum=100),
            )
            for v in raw.retention_volumes or ()
        ),
        datastores=tuple(
            SeenDatastore(
                symbolic_name=d.symbolic_name or "",
                type=DatastoreType.parse(d.type or ""),
                capacity_gb=gb_string(d.capacity),
                free_gb=gb_string(d.free_space),
                uuid=d.uuid or "",
            )
            for d in raw.data_stores or ()
        ),
        vm=VmLocator(name=raw.name or "", ip_addresses=(raw.ip_address,) if raw.ip_address else ()),
        on_configuration_server=_is_configuration_server(raw.name, raw.ip_address, cs),
    )


def process_server(raw: Any, cs: ConfigurationServer) -> ProcessServer:
    """ASR does not say where a process server runs; the configuration server's own one is
    on-premises, any other is UNKNOWN until the vCenter join finds its VM (then on-premises)."""
    on_cs = _is_configuration_server(raw.friendly_name, raw.ip_address, cs)
    return ProcessServer(
        server_id=raw.id or "",
        name=raw.friendly_name or raw.ip_address or "",
        ip_address=raw.ip_address or "",
        location=ServerLocation.ON_PREMISES if on_cs else ServerLocation.UNKNOWN,
        last_heartbeat=when(raw.last_heartbeat),
        health=text(raw.health) or "None",
    )


def _is_configuration_server(name: str | None, ip: str | None, cs: ConfigurationServer) -> bool:
    return bool(ip and ip == cs.ip_address) or bool(name and name.lower() == cs.name.lower())


def run_as_accounts(fabric: Any) -> tuple[RunAsAccount, ...]:
    return tuple(
        RunAsAccount(account_id=a.account_id or "", name=a.account_name or "")
        for a in fabric.properties.custom_details.run_as_accounts or ()
    )


def known_vcenter(raw: Any) -> KnownVCenter:
    props = raw.properties
    return KnownVCenter(
        name=props.friendly_name or raw.name,
        ip_address=props.ip_address or "",
        last_heartbeat=when(props.last_heartbeat),
        discovery_status=text(props.discovery_status),
    )


def vcenter_names_by_infrastructure(vcenters: Iterable[Any]) -> dict[str, str]:
    """infrastructure id (what items carry as vCenterInfrastructureId) → the vCenter's name."""
    names: dict[str, str] = {}
    for raw in vcenters:
        props = raw.properties
        for key in (props.infrastructure_id, props.internal_id):
            if key:
                names[key.lower()] = props.friendly_name or raw.name
    return names


# --- modernized: replication appliances (InMageRcm fabric) ------------------------------------


def rcm_fabrics(fabrics: Iterable[Any]) -> list[Any]:
    return [
        f
        for f in fabrics
        if f.properties is not None
        and f.properties.custom_details is not None
        and f.properties.custom_details.instance_type == RCM_FABRIC_TYPE
    ]


def disks_by_appliance(items: Iterable[ProtectedItem]) -> dict[str, int]:
    """RCM-04: disks already replicating back through each appliance (InMageRcmFailback items)."""
    out: dict[str, int] = {}
    for item in items:
        if item.rcm_failback is not None and item.rcm_failback.reprotect_agent_id:
            key = item.rcm_failback.reprotect_agent_id.lower()
            out[key] = out.get(key, 0) + item.rcm_failback.protected_disk_count
    return out


def appliance(
    raw: Any, fabric_id: str, vcenter_names: Mapping[str, str], disks_in_use: Mapping[str, int]
) -> ReplicationAppliance:
    """A reprotect agent (ReprotectAgentDetails) of an InMageRcm fabric: the appliance a modernized
    reprotect names. Disks in use are not reported by ASR: they are counted from the vault's
    InMageRcmFailback items (`disks_by_appliance`)."""
    vcenter_id = raw.vcenter_id or ""
    return ReplicationAppliance(
        appliance_id=raw.id or "",
        name=raw.name or raw.fqdn or raw.id or "",
        health=text(raw.health) or "None",
        last_heartbeat=when(raw.last_heartbeat_utc),
        vcenter_name=vcenter_names.get(vcenter_id.lower(), vcenter_id),
        datastores=tuple(raw.accessible_datastores or ()),
        disks_in_use=disks_in_use.get((raw.id or "").lower(), 0),
        health_errors=health_texts(raw.health_errors),
        version=raw.version or "",
        fabric_id=fabric_id,
    )


def log_storage_accounts(items: Iterable[ProtectedItem]) -> tuple[LogStorageAccount, ...]:
    """The log storage accounts the vault's modernized replication writes to, with their users."""
    users: dict[str, tuple[str, list[str]]] = {}
    for item in items:
        ids = [
            item.rcm.log_storage_account_id if item.rcm else "",
            item.rcm_failback.log_storage_account_id if item.rcm_failback else "",
        ]
        for account_id in filter(None, ids):
            users.setdefault(account_id.lower(), (account_id, []))[1].append(item.name)
    return tuple(
        LogStorageAccount(account_id, last_segment(account_id), tuple(dict.fromkeys(names)))
        for account_id, names in users.values()
    )


def modernized_failback_policy(mappings: Iterable[Any], policies: Iterable[Any]) -> ModernizedFailbackPolicy | None:
    """The InMageRcmFailback policy a container mapping uses (the failback direction of the appliances)."""
    by_id = {p.id.strip("/").lower(): p for p in policies}
    for m in mappings:
        policy = by_id.get(((m.properties.policy_id if m.properties else "") or "").strip("/").lower())
        if policy is None:
            continue
        details = policy.properties.provider_specific_details
        if details is None or details.instance_type != RCM_FAILBACK_POLICY_TYPE:
            continue
        return ModernizedFailbackPolicy(
            policy_id=policy.id,
            name=policy.properties.friendly_name or policy.name,
            app_consistent_frequency_minutes=whole(
                details.app_consistent_frequency_in_minutes, "appConsistentFrequencyInMinutes", maximum=MAX_MINUTES
            ),
            crash_consistent_frequency_minutes=whole(
                details.crash_consistent_frequency_in_minutes, "crashConsistentFrequencyInMinutes", maximum=MAX_MINUTES
            ),
        )
    return None


# --- plans, policies, mappings ----------------------------------------------------------------


def recovery_plan(raw: Any) -> RecoveryPlan:
    ids = [
        member.id
        for group in raw.properties.groups or ()
        for member in group.replication_protected_items or ()
        if member.id
    ]
    return RecoveryPlan(
        plan_id=raw.id, name=raw.properties.friendly_name or raw.name, item_ids=tuple(dict.fromkeys(ids))
    )


def failback_policy(
    mappings: Iterable[Any], policies: Iterable[Any], on_prem_container_ids: Iterable[str]
) -> FailbackPolicy | None:
    """INF-02: the policy of the mapping whose target is an on-premises (VMware) container and
    whose policy is a classic failback (InMage) policy; its real values, not the portal's."""
    on_prem = {c.strip("/").lower() for c in on_prem_container_ids}
    by_id = {p.id.strip("/").lower(): p for p in policies}
    for m in mappings:
        props = m.properties
        if props is None or (props.target_protection_container_id or "").strip("/").lower() not in on_prem:
            continue
        policy = by_id.get((props.policy_id or "").strip("/").lower())
        if policy is None:
            continue
        details = policy.properties.provider_specific_details
        if details is None or details.instance_type != FAILBACK_POLICY_TYPE:
            continue
        return FailbackPolicy(
            policy_id=policy.id,
            name=policy.properties.friendly_name or policy.name,
            rpo_threshold_minutes=whole(
                details.recovery_point_threshold_in_minutes, "recoveryPointThresholdInMinutes", maximum=MAX_MINUTES
            ),
            recovery_point_history_minutes=whole(
                details.recovery_point_history, "recoveryPointHistory", maximum=MAX_MINUTES
            ),
            app_consistent_frequency_minutes=whole(
                details.app_consistent_frequency_in_minutes, "appConsistentFrequencyInMinutes", maximum=MAX_MINUTES
            ),
        )
    return None


# --- jobs (§5) ---------------------------------------------------------------------------------------


def job(raw: Any, item_id: str = "") -> Job:
    props = raw.properties
    return Job(
        job_id=raw.name or last_segment(raw.id),
        friendly_name=props.friendly_name or props.scenario_name or "",
        target_name=props.target_object_name or "",
        state=JobState.parse(props.state or ""),
        state_description=props.state_description or "",
        tasks=tuple(_task(t) for t in props.tasks or ()),
        errors=tuple(job_error(e) for e in props.errors or ()),
        start_time=when(props.start_time),
        end_time=when(props.end_time),
        item_id=item_id,
    )


def _task(raw: Any) -> JobTask:
    return JobTask(
        task_id=raw.task_id or "",
        friendly_name=raw.friendly_name or raw.name or "",
        state=JobState.parse(raw.state or ""),
        state_description=raw.state_description or "",
        start_time=when(raw.start_time),
        end_time=when(raw.end_time),
        errors=tuple(job_error(e) for e in raw.errors or ()),
    )


def job_error(raw: Any) -> JobError:
    """The provider's numeric code (95226, 78052, … SUB-07) wins over the service's string code;
    both are kept in `codes` so a lookup can check each."""
    service, provider = raw.service_error_details, raw.provider_error_details
    provider_code = str(provider.error_code) if provider is not None and provider.error_code else ""
    service_code = (service.code or "") if service is not None else ""
    source = provider if provider_code else service
    message = ((provider.error_message if source is provider else service.message) if source is not None else "") or ""
    return JobError(
        code=provider_code or service_code,
        message=message,
        possible_causes=(source.possible_causes or "") if source is not None else "",
        recommended_action=(source.recommended_action or "") if source is not None else "",
        task_id=raw.task_id,
        codes=tuple(c for c in (provider_code, service_code) if c),
    )
