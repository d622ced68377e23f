"""`PyVmomiInventory`: the `VCenterInventory` port on pyVmomi.

The cost follows the plan, not the estate (a 45,000-VM vCenter reads as fast as a 5,000-VM one):
every host, datastore and datastore cluster is read as before, but the VMs that matter — the
master targets and the VMs being reprotected — are looked up directly by the identity ASR holds
(managed object reference, instance/BIOS UUID through `SearchIndex.FindAllByUuid`, IP through
`FindAllByIp`), and their light and heavy properties (device list, extraConfig, snapshot, tools)
read in one PropertyCollector pass. Every other VM carrying a matched VM's UUID is fetched too,
so a UUID clash (MT-03) is still seen. Only a locator a direct search can't decide (a name with
no IP to confirm it, nothing found) reads the light index of every VM, as the fallback; each
match says how it was found (`VcMatch.found_by`). Privileges (INF-06) and host licences (INF-08)
take one call each.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, TypeVar

from reprotect_gui.domain.matching import (
    FOUND_BY_INDEX,
    FOUND_BY_IP,
    FOUND_BY_MOREF,
    FOUND_BY_UUID,
    match_direct,
    match_locator,
    uuid_forms,
)
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
    "config.hardware.memoryMB",  # FB-09: what the VM needs to boot on its host
    "runtime.bootTime",  # REV-02: the agent registers within a window after the boot
)
HOST_PATHS = (
    "name",
    "summary.config.product.fullName",
    "runtime.connectionState",
    "datastore",
    "summary.hardware.memorySize",  # FB-09: the host's memory (bytes) …
    "summary.quickStats.overallMemoryUsage",  # … and what is in use (MB)
)
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
        ctx.report(0.3, t("Looking up the virtual machines that matter"))
        direct = self._in_session(lambda: self._find_direct(focus, index, ctx))
        matches = list(direct)
        unresolved = [i for i, m in enumerate(matches) if m is None]
        if unresolved:
            self._in_session(lambda: self._read_vm_index(index, ctx))
            every_vm = index.vms
            for i in unresolved:
                matches[i] = replace(match_locator(focus[i], every_vm), found_by=FOUND_BY_INDEX)
            ctx.report(0.7, t("Reading details of the virtual machines that matter"))
            chosen = [m.vm for m in matches if m is not None and m.vm is not None and not m.vm.details_read]
            self._in_session(lambda: self._read_details(chosen, index))
        ctx.raise_if_cancelled()
        ctx.report(0.85, t("Checking the account's permissions and host licences"))
        privileges = self._in_session(lambda: self._read_privileges(index))
        licences = self._in_session(self._read_licences)
        ctx.report(1.0, t("vCenter read"))
        return self._estate(index, tuple(m for m in matches if m is not None), privileges, licences)

    # --- stage 1: hosts, datastores, datastore clusters ----------------------------------------

    def _reader(self, ctx: JobContext) -> Callable[[Any, Sequence[str], str, float], list[collector.Row]]:
        content = self.connection.content

        def read(kind: Any, paths: Sequence[str], label: str, start: float) -> list[collector.Row]:
            def on_page(count: int) -> None:
                ctx.raise_if_cancelled()
                ctx.report(start, t("Reading {label}: {count} so far", label=label, count=count))

            return collector.read_type(content, kind, paths, page_size=self.page_size, on_page=on_page)

        return read

    def _read_index(self, ctx: JobContext) -> _Index:
        from pyVmomi import vim

        def on_page(count: int) -> None:
            ctx.raise_if_cancelled()
            ctx.report(0.1, t("Reading hosts, datastores and datastore clusters: {count} so far", count=count))

        paths = {vim.HostSystem: HOST_PATHS, vim.Datastore: DATASTORE_PATHS, vim.StoragePod: POD_PATHS}
        rows = collector.read_hosts_and_datastores(
            self.connection.content, paths, page_size=self.page_size, on_page=on_page
        )

        def of(kind: Any) -> list[collector.Row]:
            return [row for row in rows if row.kind == kind._wsdlName]

        return _Index.build(of(vim.HostSystem), of(vim.Datastore), of(vim.StoragePod), [])

    # --- stage 2: the plan's VMs, looked up directly ---------------------------------------------

    def _find_direct(self, focus: Sequence[VmLocator], index: _Index, ctx: JobContext) -> list[VcMatch | None]:
        """Each locator's match from direct searches; None where only the full index can decide."""
        searched = [self._search(locator) for locator in focus]
        ctx.raise_if_cancelled()
        self._read_vms({ref._moId: ref for refs, _ in searched for ref in refs}, index)
        matches: list[VcMatch | None] = []
        for locator, (refs, found_by) in zip(focus, searched, strict=True):
            found = [index.vm_by_moref[ref._moId] for ref in refs if ref._moId in index.vm_by_moref]
            matches.append(match_direct(locator, found, found_by))
        # MT-03 and the UUID-clash rules must see every VM carrying a matched VM's UUID, not only
        # the one ASR's identity led to: ask for each UUID not yet asked for.
        asked = {form for locator in focus for form in _uuid_forms_of(locator)}
        extra: dict[str, Any] = {}
        for match in matches:
            vm = match.vm if match is not None else None
            if vm is None:
                continue
            for instance, raw in ((True, vm.instance_uuid), (False, vm.bios_uuid)):
                for form in uuid_forms(raw, allow_swapped=False):
                    if (instance, form) in asked:
                        continue
                    asked.add((instance, form))
                    extra.update({ref._moId: ref for ref in self._find_all_by_uuid(form, instance=instance)})
        self._read_vms({moref: ref for moref, ref in extra.items() if moref not in index.vm_by_moref}, index)
        ctx.report(0.6, t("Looked up {vms} virtual machines directly", vms=len(index.vms)))
        return matches

    def _search(self, locator: VmLocator) -> tuple[list[Any], str]:
        """The VMs vCenter returns for the locator's strongest key that finds any, and how."""
        if locator.moref:
            ref = self._existing_vm(locator.moref)
            if ref is not None:
                return [ref], FOUND_BY_MOREF
        for instance, raw, swapped in ((True, locator.instance_uuid, False), (False, locator.bios_uuid, True)):
            refs: dict[str, Any] = {}
            for form in uuid_forms(raw, allow_swapped=swapped):
                refs.update({ref._moId: ref for ref in self._find_all_by_uuid(form, instance=instance)})
            if refs:
                return list(refs.values()), FOUND_BY_UUID
        refs = {}
        for ip in dict.fromkeys(ip.strip() for ip in locator.ip_addresses if ip.strip()):
            refs.update({ref._moId: ref for ref in self._find_all_by_ip(ip)})
        return list(refs.values()), FOUND_BY_IP

    def _find_all_by_ip(self, ip: str) -> list[Any]:
        from pyVmomi import vmodl

        try:
            return list(self.connection.content.searchIndex.FindAllByIp(ip=ip, vmSearch=True) or ())
        except vmodl.fault.InvalidArgument:  # not an address vCenter accepts: nothing is found by it
            log.warning("vCenter %s refused to search by the IP %r", self.connection.host, ip)
            return []

    def _find_all_by_uuid(self, uuid: str, *, instance: bool) -> list[Any]:
        search = self.connection.content.searchIndex
        return list(search.FindAllByUuid(uuid=uuid, vmSearch=True, instanceUuid=instance) or ())

    def _existing_vm(self, moref: str) -> Any | None:
        from pyVmomi import vim, vmodl

        ref = vim.VirtualMachine(moref, self.connection.content.propertyCollector._stub)
        try:
            rows = collector.read_objects(self.connection.content, [ref], vim.VirtualMachine, ("name",))
        except vmodl.fault.ManagedObjectNotFound:
            return None
        return ref if rows and rows[0].get("name") is not None else None

    def _read_vms(self, refs: dict[str, Any], index: _Index) -> None:
        """Light and heavy properties of chosen VMs, in one PropertyCollector pass."""
        from pyVmomi import vim

        rows = collector.read_objects(
            self.connection.content,
            list(refs.values()),
            vim.VirtualMachine,
            VM_INDEX_PATHS + VM_DETAIL_PATHS,
            page_size=self.page_size,
        )
        for row in index.add_vms(rows):
            index.replace_vm(_with_details(index.vm_by_moref[row.moref], row, index))

    # --- fallback: the light index of every VM ---------------------------------------------------

    def _read_vm_index(self, index: _Index, ctx: JobContext) -> None:
        from pyVmomi import vim

        rows = self._reader(ctx)(vim.VirtualMachine, VM_INDEX_PATHS, t("virtual machines"), 0.4)
        index.add_vms([row for row in rows if row.moref not in index.vm_by_moref])

    def _read_details(self, chosen: Sequence[VcVm], index: _Index) -> None:
        from pyVmomi import vim

        refs = [index.vm_refs[vm.moref] for vm in chosen]
        rows = collector.read_objects(
            self.connection.content, refs, vim.VirtualMachine, VM_DETAIL_PATHS, page_size=self.page_size
        )
        for row in rows:
            if row.moref in index.vm_by_moref:
                index.replace_vm(_with_details(index.vm_by_moref[row.moref], row, index))

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
        privileges: dict[str, tuple[str, ...]] | None,
        licences: dict[str, str],
    ) -> VCenterEstate:
        matches = tuple(replace(m, vm=index.vm_by_moref.get(m.vm.moref, m.vm)) if m.vm else m for m in matches)
        hosts = tuple(_host(row, index, privileges, licences) for row in index.readable(index.hosts))
        datastores = tuple(_datastore(row, index, privileges) for row in index.readable(index.datastores))
        return VCenterEstate(
            vcenter_name=self.connection.host,
            hosts=hosts,
            datastores=datastores,
            vms=tuple(index.vms),
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
        index = cls(hosts, datastores, pods, [], names, sdrs_datastores, excluded, {}, {})
        index.add_vms(vm_rows)
        return index

    def add_vms(self, rows: list[collector.Row]) -> list[collector.Row]:
        """Index VMs not seen yet; returns the readable rows added."""
        added: list[collector.Row] = []
        for row in rows:
            self.vm_rows.append(row)
            if row.get("name") is None or row.moref in self.vm_by_moref:
                continue
            vm = _light_vm(row, self)
            self.vm_by_moref[vm.moref] = vm
            self.vm_refs[vm.moref] = row.ref
            added.append(row)
        return added

    def replace_vm(self, vm: VcVm) -> None:
        """The same VM with more read (its details); it keeps its place."""
        self.vm_by_moref[vm.moref] = vm

    @property
    def vms(self) -> list[VcVm]:
        return list(self.vm_by_moref.values())

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


def _uuid_forms_of(locator: VmLocator) -> set[tuple[bool, str]]:
    """(instance?, UUID) pairs a locator's own search asks for."""
    forms = {(True, form) for form in uuid_forms(locator.instance_uuid, allow_swapped=False)}
    return forms | {(False, form) for form in uuid_forms(locator.bios_uuid, allow_swapped=True)}


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
        snapshot_names=_snapshot_names(snapshot.rootSnapshotList if snapshot is not None else ()),
        memory_mb=_whole(row.get("config.hardware.memoryMB")),
        boot_time=_utc(row.get("runtime.bootTime")),
    )


def _whole(value: Any) -> int | None:
    """A count vCenter reports (MB); None when it reports none or something that is not a number."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value or value < 0:
        return None
    return int(value)


def _utc(value: Any) -> datetime | None:
    """A vCenter time, timezone-aware (pyVmomi's carry UTC; a naive one is read as UTC)."""
    if not isinstance(value, datetime):
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _host_memory(row: collector.Row) -> tuple[int | None, int | None]:
    """FB-09: the host's memory and what its current use leaves free, in MB (None when not reported)."""
    size = _whole(row.get("summary.hardware.memorySize"))
    total = size // (1024 * 1024) if size is not None else None
    used = _whole(row.get("summary.quickStats.overallMemoryUsage"))
    free = max(0, total - used) if total is not None and used is not None else None
    return total, free


def _snapshot_names(trees: Sequence[Any]) -> tuple[str, ...]:
    """Every snapshot's name, the whole tree walked (MT-04/MT-05 count and name them), depth first."""
    names: list[str] = []
    stack = list(reversed(list(trees or ())))
    while stack:  # iterative: a long snapshot chain must not hit the recursion limit
        node = stack.pop()
        names.append(str(node.name or f"snapshot {getattr(node.snapshot, '_moId', '?')}"))
        stack.extend(reversed(list(node.childSnapshotList or ())))
    return tuple(names)


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
    memory = _host_memory(row)
    return VcHost(
        name=row.get("name"),
        product=row.get("summary.config.product.fullName") or "",
        license_edition=licences.get(row.moref, licences.get("", "")),
        connection_state=str(row.get("runtime.connectionState") or ""),
        datastore_names=tuple(
            index.names[ref._moId] for ref in _refs(row.get("datastore")) if ref._moId in index.names
        ),
        missing_privileges=(privileges or {}).get(row.moref, ()),
        memory_mb=memory[0],
        free_memory_mb=memory[1],
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
