"""`PyVmomiInventory`: the `VCenterInventory` port on pyVmomi.

Two stages, so a 5,000-VM vCenter costs seconds, not minutes: a light index of every VM, host,
datastore and datastore cluster; then the heavy properties (device list, extraConfig, snapshot,
tools) only for the VMs that matter — the master targets and the VMs being reprotected, found
with `domain.matching`. Privileges (INF-06) and host licences (INF-08) take one call each.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from reprotect_gui.domain.matching import match_all
from reprotect_gui.domain.messages import t
from reprotect_gui.domain.models import (
    DatastoreType,
    VcDatastore,
    VcDisk,
    VCenterEstate,
    VcHost,
    VcMatch,
    VcVm,
    VmLocator,
)
from reprotect_gui.domain.ports import JobContext
from reprotect_gui.vsphere import collector
from reprotect_gui.vsphere.connection import DEFAULT_PORT, DEFAULT_TIMEOUT_S, SessionExpired, VCenterConnection
from reprotect_gui.vsphere.errors import VCenterAnswerUnreadable, VCenterSessionLost

log = logging.getLogger(__name__)

T = TypeVar("T")

GIB = 1024**3

VM_INDEX_PATHS = (
    "name",
    "config.uuid",
    "config.instanceUuid",
    "config.template",
    "config.guestId",  # the family follows from it; guest.guestFamily would add 5,000 values to parse
    "guest.ipAddress",
    "runtime.powerState",
    "runtime.host",
    "datastore",
)
VM_DETAIL_PATHS = (
    "config.hardware.device",
    "config.extraConfig",
    "snapshot",
    "guest.toolsStatus",
    "guest.toolsRunningStatus",
)
HOST_PATHS = ("name", "summary.config.product.fullName", "runtime.connectionState", "datastore")
DATASTORE_PATHS = (
    "name",
    "summary.type",
    "summary.capacity",
    "summary.freeSpace",
    "summary.accessible",
    "host",
)
POD_PATHS = ("name", "childEntity", "podStorageDrsEntry")

# What ASR's vCenter account needs for failback (Microsoft's list of vCenter permissions),
# as far as it concerns datastores and hosts (INF-06).
DATASTORE_PRIVILEGES = (
    "Datastore.Browse",
    "Datastore.AllocateSpace",
    "Datastore.FileManagement",
    "Datastore.DeleteFile",
    "Datastore.UpdateVirtualMachineFiles",
)
WRITE_PRIVILEGES = frozenset(DATASTORE_PRIVILEGES) - {"Datastore.Browse"}
HOST_PRIVILEGES = ("Host.Config.Storage",)

SCSI_CONTROLLER_TYPES = {
    "VirtualLsiLogicController": "lsilogic",
    "VirtualLsiLogicSASController": "lsilogic-sas",
    "ParaVirtualSCSIController": "pvscsi",
    "VirtualBusLogicController": "buslogic",
}
LINUX_GUEST_HINTS = (
    "linux", "rhel", "centos", "ubuntu", "debian", "sles", "suse", "oracle", "fedora", "photon",
    "coreos", "asianux", "rocky", "alma", "amazonlinux", "mandriva", "redhat", "turbo",
)  # fmt: skip


class PyVmomiInventory:
    """Reads a vCenter through one session; re-logs in once per read if the session expires."""

    def __init__(
        self,
        host: str,
        user: str,
        password: str,
        *,
        port: int = DEFAULT_PORT,
        pinned_thumbprint: str | None = None,
        ca_file: str | None = None,
        timeout: float = DEFAULT_TIMEOUT_S,
        page_size: int = collector.DEFAULT_PAGE_SIZE,
    ) -> None:
        self.connection = VCenterConnection(
            host,
            user,
            password,
            port=port,
            pinned_thumbprint=pinned_thumbprint,
            ca_file=ca_file,
            timeout=timeout,
        )
        self.page_size = page_size
        self._relogins_left = 0

    @classmethod
    def connect(cls, host: str, user: str, password: str, **options: Any) -> PyVmomiInventory:
        """Open the session now, so a wrong password or certificate shows at connect time."""
        inventory = cls(host, user, password, **options)
        inventory.connection.open()
        return inventory

    def close(self) -> None:
        self.connection.close()

    def read_estate(self, focus: Sequence[VmLocator], ctx: JobContext) -> VCenterEstate:
        self._relogins_left = 1
        ctx.report(0.0, t("Connecting to vCenter {host}", host=self.connection.host))
        _ = self.connection.content  # opens the session: connection errors surface here
        ctx.raise_if_cancelled()
        index = self._in_session(lambda: self._read_index(ctx))
        matches = match_all(focus, index.vms)
        ctx.report(0.7, t("Reading details of the virtual machines that matter"))
        chosen = [m.vm for m in matches if m.vm is not None]
        details = self._in_session(lambda: self._read_details(chosen, index))
        ctx.raise_if_cancelled()
        ctx.report(0.85, t("Checking the account's permissions and host licences"))
        privileges = self._in_session(lambda: self._read_privileges(index))
        licences = self._in_session(self._read_licences)
        ctx.report(1.0, t("vCenter read"))
        return self._estate(index, matches, details, privileges, licences)

    # --- stage 1: the light index --------------------------------------------------------------

    def _read_index(self, ctx: JobContext) -> _Index:
        from pyVmomi import vim

        content = self.connection.content

        def read(kind: Any, paths: Sequence[str], label: str, start: float) -> list[collector.Row]:
            def on_page(count: int) -> None:
                ctx.raise_if_cancelled()
                ctx.report(start, t("Reading {label}: {count} so far", label=label, count=count))

            return collector.read_type(content, kind, paths, page_size=self.page_size, on_page=on_page)

        hosts = read(vim.HostSystem, HOST_PATHS, "hosts", 0.05)
        datastores = read(vim.Datastore, DATASTORE_PATHS, "datastores", 0.1)
        pods = read(vim.StoragePod, POD_PATHS, t("datastore clusters"), 0.15)
        vms = read(vim.VirtualMachine, VM_INDEX_PATHS, t("virtual machines"), 0.2)
        return _Index.build(hosts, datastores, pods, vms)

    # --- stage 2: details of the focus VMs -----------------------------------------------------

    def _read_details(self, chosen: Sequence[VcVm], index: _Index) -> dict[str, VcVm]:
        from pyVmomi import vim

        refs = [index.vm_refs[vm.moref] for vm in chosen]
        rows = collector.read_objects(
            self.connection.content, refs, vim.VirtualMachine, VM_DETAIL_PATHS, page_size=self.page_size
        )
        return {row.moref: _with_details(index.vm_by_moref[row.moref], row, index) for row in rows}

    # --- privileges and licences ---------------------------------------------------------------

    def _read_privileges(self, index: _Index) -> dict[str, tuple[str, ...]] | None:
        """Missing privileges per datastore and host moref, or None when they can't be asked."""
        from pyVmomi import vmodl

        entities = [row.ref for row in index.datastores] + [row.ref for row in index.hosts]
        if not entities:
            return {}
        wanted = list(DATASTORE_PRIVILEGES) + list(HOST_PRIVILEGES)
        manager = self.connection.content.authorizationManager
        try:
            answers = manager.HasPrivilegeOnEntities(
                entity=entities, sessionId=self.connection.session_key, privId=wanted
            )
        except vmodl.MethodFault as exc:
            log.warning(
                "Privilege query refused on %s: %s",
                self.connection.host,
                exc.msg,  # type: ignore[attr-defined]  # pyVmomi's stubs omit MethodFault.msg; every fault has it
            )
            return None
        relevant = {"Datastore": set(DATASTORE_PRIVILEGES), "HostSystem": set(HOST_PRIVILEGES)}
        missing: dict[str, tuple[str, ...]] = {}
        for answer in answers:
            kind = answer.entity._wsdlName
            missing[answer.entity._moId] = tuple(
                sorted(
                    a.privId
                    for a in answer.privAvailability
                    if not a.isGranted and a.privId in relevant.get(kind, set())
                )
            )
        return missing

    def _read_licences(self) -> dict[str, str]:
        """Licence name per host moref (INF-08 needs the edition: free 'vSphere Hypervisor')."""
        from pyVmomi import vmodl

        manager = self.connection.content.licenseManager
        if manager is None:
            return {}
        try:
            if manager.licenseAssignmentManager is None:  # connected straight to an ESXi host
                licences = manager.licenses or []
                return {"": licences[0].name} if licences else {}
            assignments = manager.licenseAssignmentManager.QueryAssignedLicenses()
        except vmodl.MethodFault as exc:
            log.warning(
                "Licence query refused on %s: %s",
                self.connection.host,
                exc.msg,  # type: ignore[attr-defined]  # pyVmomi's stubs omit MethodFault.msg; every fault has it
            )
            return {}
        return {a.entityId: a.assignedLicense.name for a in assignments or ()}

    # --- session ---------------------------------------------------------------------------

    def _in_session(self, step: Callable[[], T]) -> T:
        """Run a step; if vCenter forgot the session, log in again once and repeat the step."""
        while True:
            try:
                return self.connection.guarded(step)
            except SessionExpired as exc:
                if self._relogins_left <= 0:
                    raise VCenterSessionLost(self.connection.host) from exc
                self._relogins_left -= 1
                self.connection.relogin()

    # --- assembling the estate -------------------------------------------------------------

    def _estate(
        self,
        index: _Index,
        matches: tuple[VcMatch, ...],
        details: dict[str, VcVm],
        privileges: dict[str, tuple[str, ...]] | None,
        licences: dict[str, str],
    ) -> VCenterEstate:
        vms = tuple(details.get(vm.moref, vm) for vm in index.vms)
        matches = tuple(
            VcMatch(m.locator, details.get(m.vm.moref, m.vm), m.matched_by, m.candidates) if m.vm else m
            for m in matches
        )
        hosts = tuple(_host(row, index, privileges, licences) for row in index.readable(index.hosts))
        datastores = tuple(_datastore(row, index, privileges) for row in index.readable(index.datastores))
        return VCenterEstate(
            vcenter_name=self.connection.host,
            hosts=hosts,
            datastores=datastores,
            vms=vms,
            connected=True,
            account_name=self.connection.user,
            account_can_browse_datastores=_can_browse(datastores, hosts, matches, privileges),
            unreadable_objects=index.unreadable(),
            matches=matches,
        )


@dataclass(slots=True)
class _Index:
    hosts: list[collector.Row]
    datastores: list[collector.Row]
    pods: list[collector.Row]
    vm_rows: list[collector.Row]
    names: dict[str, str]  # moref → name, for every readable host and datastore
    sdrs_datastores: set[str]  # datastore morefs in a Storage DRS cluster
    sdrs_excluded_vms: set[str]  # VM morefs with Storage DRS disabled by override
    vms: list[VcVm]
    vm_by_moref: dict[str, VcVm]
    vm_refs: dict[str, Any]

    @classmethod
    def build(
        cls,
        hosts: list[collector.Row],
        datastores: list[collector.Row],
        pods: list[collector.Row],
        vm_rows: list[collector.Row],
    ) -> _Index:
        names = {row.moref: row.get("name") for row in hosts + datastores if row.get("name")}
        sdrs_datastores: set[str] = set()
        excluded: set[str] = set()
        for pod in pods:
            entry = pod.get("podStorageDrsEntry")
            config = entry.storageDrsConfig if entry is not None else None
            # An unreadable pod configuration counts as Storage DRS on: MT-11 must not pass silently.
            if config is None or config.podConfig.enabled:
                sdrs_datastores.update(child._moId for child in pod.get("childEntity", ()))
            for override in config.vmConfig if config is not None else ():
                if override.vm is not None and override.enabled is False:
                    excluded.add(override.vm._moId)
        index = cls(hosts, datastores, pods, vm_rows, names, sdrs_datastores, excluded, [], {}, {})
        for row in index.readable(vm_rows):
            vm = _light_vm(row, index)
            index.vms.append(vm)
            index.vm_by_moref[vm.moref] = vm
            index.vm_refs[vm.moref] = row.ref
        return index

    @staticmethod
    def readable(rows: list[collector.Row]) -> list[collector.Row]:
        return [row for row in rows if row.get("name") is not None]

    def unreadable(self) -> tuple[str, ...]:
        """Objects this account can see but not read, and references to objects it can't see."""
        flagged: list[str] = []
        for row in self.hosts + self.datastores + self.pods + self.vm_rows:
            if row.denied:
                flagged.append(
                    t(
                        "{kind} {moref}: no permission to read {denied}",
                        kind=row.kind,
                        moref=row.moref,
                        denied=", ".join(row.denied),
                    )
                )
        for row in self.vm_rows + self.hosts:
            for ref in _refs(row.get("datastore")):
                if ref._moId not in self.names:
                    flagged.append(
                        t(
                            "Datastore {moId}: used by {label} but not readable by this account",
                            moId=ref._moId,
                            label=_label(row),
                        )
                    )
        for row in self.vm_rows:
            host = row.get("runtime.host")
            if host is not None and host._moId not in self.names:
                flagged.append(
                    t(
                        "HostSystem {moId}: runs {label} but is not readable by this account",
                        moId=host._moId,
                        label=_label(row),
                    )
                )
        return tuple(dict.fromkeys(flagged))


def _label(row: collector.Row) -> str:
    return f"{row.kind} {row.get('name') or row.moref}"


def _refs(value: Any) -> list[Any]:
    return list(value) if value else []


def _light_vm(row: collector.Row, index: _Index) -> VcVm:
    host = row.get("runtime.host")
    datastore_names = tuple(index.names.get(ref._moId, ref._moId) for ref in _refs(row.get("datastore")))
    ip = row.get("guest.ipAddress")
    return VcVm(
        moref=row.moref,
        name=row.get("name"),
        bios_uuid=row.get("config.uuid"),
        instance_uuid=row.get("config.instanceUuid"),
        guest_family=_family_from_guest_id(row.get("config.guestId") or ""),
        power_state=str(row.get("runtime.powerState") or ""),
        is_template=bool(row.get("config.template")),
        host_name=index.names.get(host._moId, host._moId) if host is not None else "",
        datastore_names=datastore_names,
        ip_addresses=(ip,) if ip else (),
        in_storage_drs=row.moref not in index.sdrs_excluded_vms
        and any(ref._moId in index.sdrs_datastores for ref in _refs(row.get("datastore"))),
    )


def _family_from_guest_id(guest_id: str) -> str:
    lowered = guest_id.lower()
    if lowered.startswith(("windows", "win")):
        return "windowsGuest"
    if lowered.startswith("darwin"):
        return "darwinGuest"
    if any(hint in lowered for hint in LINUX_GUEST_HINTS):
        return "linuxGuest"
    return "otherGuest" if lowered else ""


def _with_details(vm: VcVm, row: collector.Row, index: _Index) -> VcVm:
    from dataclasses import replace

    from pyVmomi import vim

    disks: list[VcDisk] = []
    controllers: list[str] = []
    for device in row.get("config.hardware.device") or ():
        if isinstance(device, vim.vm.device.VirtualDisk):
            disks.append(_disk(device, index))
        elif isinstance(device, vim.vm.device.VirtualSCSIController):
            name = type(device).__name__.rsplit(".", 1)[-1]
            controllers.append(SCSI_CONTROLLER_TYPES.get(name, name))
    snapshot = row.get("snapshot")
    return replace(
        vm,
        details_read=True,
        disks=tuple(disks),
        scsi_controller_types=tuple(controllers),
        enable_uuid=_enable_uuid(row.get("config.extraConfig") or ()),
        tools_status=_tools_status(row.get("guest.toolsStatus"), row.get("guest.toolsRunningStatus")),
        has_snapshot=bool(snapshot is not None and snapshot.rootSnapshotList),
    )


def _disk(device: Any, index: _Index) -> VcDisk:
    from pyVmomi import vim

    backing = device.backing
    size_bytes = device.capacityInBytes or _number(device.capacityInKB, t("a disk's capacityInKB")) * 1024
    datastore = getattr(backing, "datastore", None)
    label = device.deviceInfo.label if device.deviceInfo is not None else t("disk {key}", key=device.key)
    return VcDisk(
        label=label,
        size_gb=_number(size_bytes, t("a disk's capacityInBytes")) / GIB,
        backing_uuid=getattr(backing, "uuid", None) or None,
        datastore_name=index.names.get(datastore._moId, datastore._moId) if datastore is not None else "",
        is_rdm=isinstance(backing, vim.vm.device.VirtualDisk.RawDiskMappingVer1BackingInfo),
    )


MAX_BYTES = 2**60  # 1 EiB: above any real datastore or disk; keeps every division finite


def _number(value: Any, what: str) -> int:
    """A size in bytes (or KB) from vCenter: absent → 0; negative, non-integral or absurd → a sentence."""
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_BYTES:
        raise VCenterAnswerUnreadable(what, value)
    return int(value)


def _enable_uuid(extra_config: Sequence[Any]) -> bool | None:
    for option in extra_config:
        if str(option.key).lower() == "disk.enableuuid":
            return str(option.value).strip().lower() == "true"
    return None


def _tools_status(status: str | None, running: str | None) -> str:
    status = str(status or "")
    if running == "guestToolsNotRunning" and status in ("toolsOk", "toolsOld", ""):
        return "toolsNotRunning"
    return status


def _host(
    row: collector.Row,
    index: _Index,
    privileges: dict[str, tuple[str, ...]] | None,
    licences: dict[str, str],
) -> VcHost:
    return VcHost(
        name=row.get("name"),
        product=row.get("summary.config.product.fullName") or "",
        license_edition=licences.get(row.moref, licences.get("", "")),
        connection_state=str(row.get("runtime.connectionState") or ""),
        datastore_names=tuple(
            index.names[ref._moId] for ref in _refs(row.get("datastore")) if ref._moId in index.names
        ),
        missing_privileges=(privileges or {}).get(row.moref, ()),
    )


def _datastore(row: collector.Row, index: _Index, privileges: dict[str, tuple[str, ...]] | None) -> VcDatastore:
    mounts = [m for m in _refs(row.get("host")) if m.mountInfo is None or m.mountInfo.mounted is not False]
    missing = None if privileges is None else privileges.get(row.moref, ())
    return VcDatastore(
        name=row.get("name"),
        type=DatastoreType.parse(str(row.get("summary.type") or "")),
        capacity_gb=_number(row.get("summary.capacity"), t("the capacity of datastore {get}", get=row.get("name")))
        / GIB,
        free_gb=_number(row.get("summary.freeSpace"), t("the free space of datastore {get}", get=row.get("name")))
        / GIB,
        accessible=bool(row.get("summary.accessible")),
        host_names=tuple(index.names[m.key._moId] for m in mounts if m.key._moId in index.names),
        in_storage_drs=row.moref in index.sdrs_datastores,
        writable_by_account=None if missing is None else not (WRITE_PRIVILEGES & set(missing)),
        missing_privileges=missing or (),
    )


def _can_browse(
    datastores: tuple[VcDatastore, ...],
    hosts: tuple[VcHost, ...],
    matches: tuple[VcMatch, ...],
    privileges: dict[str, tuple[str, ...]] | None,
) -> bool | None:
    """INF-06 as far as this account tells: may it browse the datastores the focus hosts mount?"""
    if privileges is None:
        return None
    focus_hosts = {m.vm.host_name for m in matches if m.vm is not None}
    involved = [d for d in datastores if not focus_hosts or focus_hosts.intersection(d.host_names)]
    return all("Datastore.Browse" not in d.missing_privileges for d in involved)
