"""Section G: the modernized experience (RCM-01 … RCM-06), replication appliance instead of MT/PS.

These rules look at modernized requests only (`ModernizedRequestFacts`); the classic sections
stay silent for them. The rule functions take plain values, so the appliance, datastore and
log-storage pages (`domain.choices`) and the preflight call the very same code.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from enum import StrEnum

from reprotect_gui.domain.checks.facts import (
    HEARTBEAT_WINDOW_TEXT,
    VCENTER_NOT_READ,
    Facts,
    ModernizedRequestFacts,
    VmLookup,
    heartbeat_is_recent,
    heartbeat_text,
)
from reprotect_gui.domain.checks.registry import MODERNIZED_ONLY, per_request, whole
from reprotect_gui.domain.checks.remediation import verdict
from reprotect_gui.domain.messages import service_text, state, t
from reprotect_gui.domain.models import (
    ModernizedTarget,
    OsType,
    ProtectedItem,
    RecoverySite,
    ReplicationAppliance,
    VCenterEstate,
)
from reprotect_gui.domain.verdicts import Status, Verdict

_BAD_HEALTH = frozenset({"critical"})
_WEAK_HEALTH = frozenset({"warning"})


def _same(a: str, b: str) -> bool:
    return a.strip().lower() == b.strip().lower()


def _names(values: Sequence[str]) -> str:
    return ", ".join(values) or t("none")


# --- RCM-01: a healthy appliance ------------------------------------------------------------------


def rcm01(appliance: ReplicationAppliance, now: datetime, subject: str = "") -> Verdict:
    subject = subject or appliance.name
    evidence = [
        t(
            "{appliance}: health {value}, {heartbeat}",
            appliance=appliance.name,
            value=state(appliance.health) if appliance.health else t("not reported"),
            heartbeat=heartbeat_text(appliance.last_heartbeat, now),
        )
    ]
    evidence += [
        t("{appliance}: {error}", appliance=appliance.name, error=service_text(e)) for e in appliance.health_errors
    ]
    if not heartbeat_is_recent(appliance.last_heartbeat, now):
        return verdict(
            "RCM-01",
            Status.BLOCK,
            t(
                "Appliance {appliance} has not sent a heartbeat in {window}.",
                appliance=appliance.name,
                window=HEARTBEAT_WINDOW_TEXT,
            ),
            evidence,
            subject=subject,
        )
    if appliance.health.lower() in _BAD_HEALTH:
        return verdict(
            "RCM-01",
            Status.BLOCK,
            t(
                "Appliance {appliance} is unhealthy ({health}).",
                appliance=appliance.name,
                health=state(appliance.health),
            ),
            evidence,
            subject=subject,
        )
    if appliance.health.lower() in _WEAK_HEALTH or appliance.health_errors:
        return verdict(
            "RCM-01",
            Status.WARN,
            t(
                "Appliance {appliance} reports health {health} with errors.",
                appliance=appliance.name,
                health=state(appliance.health),
            ),
            evidence,
            subject=subject,
        )
    return verdict(
        "RCM-01",
        Status.PASS,
        t("Appliance {appliance} is healthy.", appliance=appliance.name),
        evidence,
        subject=subject,
    )


def _missing_appliance(rf: ModernizedRequestFacts) -> Verdict:
    match rf.request.target:
        case ModernizedTarget(reprotect_agent_id=agent) if agent:
            named = t("appliance id {value}", value=agent)
        case _:
            named = t("appliance id {value}", value=t("not given"))
    return verdict(
        "RCM-01",
        Status.BLOCK,
        t("The vault has no such replication appliance."),
        (named,),
        subject=rf.subject,
    )


@per_request("RCM-01", flows=MODERNIZED_ONLY)
def check_rcm01(f: Facts, rf: ModernizedRequestFacts) -> Iterator[Verdict]:
    yield rcm01(rf.appliance, f.now) if rf.appliance is not None else _missing_appliance(rf)


# --- RCM-03 first: where the VM comes back -------------------------------------------------------


class Location(StrEnum):
    ORIGINAL = "original location"  # the on-premises VM still exists: its disks are reused
    ALTERNATE = "alternate location"  # it is gone: a new VM, full copy
    UNKNOWN = "unknown"


def recovery_location(item: ProtectedItem, on_prem: VmLookup) -> tuple[Location, str]:
    """RCM-03: decided by whether the on-premises VM still exists (vCenter first, then ASR's word)."""
    if on_prem.found and on_prem.vm is not None:
        return Location.ORIGINAL, t("{item}: exists on-premises as {vm} (vCenter)", item=item.name, vm=on_prem.vm.name)
    if on_prem.absent:
        return Location.ALTERNATE, on_prem.why
    deleted = item.rcm.source_vm_deleted if item.rcm else None
    if deleted is not None:
        said = "deleted" if deleted else t("still present")
        return (
            Location.ALTERNATE if deleted else Location.ORIGINAL,
            t(
                "{item}: ASR's discovery says the on-premises VM is {said} ({why})",
                item=item.name,
                said=said,
                why=on_prem.why,
            ),
        )
    return Location.UNKNOWN, on_prem.why or t("{item}: not known whether the on-premises VM exists", item=item.name)


def source_datastores(item: ProtectedItem, on_prem: VmLookup) -> tuple[str, ...]:
    """The datastores holding the source VM's disks: vCenter's view, else ASR's discovery."""
    if on_prem.vm is not None and on_prem.vm.datastore_names:
        return on_prem.vm.datastore_names
    return item.rcm.source_datastores if item.rcm else ()


def automatic_datastore(appliance: ReplicationAppliance, item: ProtectedItem, on_prem: VmLookup) -> str | None:
    """RCM-03 original location: the VM's own datastore, the first one the appliance reaches."""
    reachable = {d.lower() for d in appliance.datastores}
    return next((d for d in source_datastores(item, on_prem) if d.lower() in reachable), None)


def rcm03(
    appliance: ReplicationAppliance,
    item: ProtectedItem,
    on_prem: VmLookup,
    datastore: str,
    vcenter: VCenterEstate | None,
) -> Verdict:
    location, why = recovery_location(item, on_prem)
    evidence = [why, t("datastore named: {value}", value=datastore or t("none"))]
    if location is Location.UNKNOWN:
        return verdict(
            "RCM-03",
            Status.UNKNOWN,
            t(
                "It can't be told whether the on-premises VM still exists, so neither original- nor "
                "alternate-location recovery can be confirmed."
            ),
            evidence,
            subject=item.name,
        )
    if location is Location.ORIGINAL:
        own = source_datastores(item, on_prem)
        evidence.append(t("{item}: disks on {names}", item=item.name, names=_names(own)))
        if own and not any(_same(datastore, d) for d in own):
            return verdict(
                "RCM-03",
                Status.BLOCK,
                t(
                    "Original-location recovery uses the VM's own datastore; {value} is not one of them.",
                    value=datastore or t("none"),
                ),
                evidence,
                subject=item.name,
            )
        return verdict(
            "RCM-03",
            Status.INFO,
            t(
                "Original-location recovery: the VM's disks are reused on {datastore}, selected "
                "automatically; only changes go back.",
                datastore=datastore,
            ),
            evidence,
            subject=item.name,
        )
    return _alternate(appliance, item, datastore, vcenter, evidence)


def _alternate(
    appliance: ReplicationAppliance,
    item: ProtectedItem,
    datastore: str,
    vcenter: VCenterEstate | None,
    evidence: list[str],
) -> Verdict:
    evidence.append(
        t(
            "{appliance} (vCenter {vcenter_name}) reads and writes: {names}",
            appliance=appliance.name,
            vcenter_name=appliance.vcenter_name,
            names=_names(appliance.datastores),
        )
    )
    if not datastore:
        return verdict(
            "RCM-03",
            Status.BLOCK,
            t("Alternate-location recovery needs a datastore: none was chosen."),
            evidence,
            subject=item.name,
        )
    if not any(_same(datastore, d) for d in appliance.datastores):
        return verdict(
            "RCM-03",
            Status.BLOCK,
            t("Appliance {appliance} can't read and write {datastore}.", appliance=appliance.name, datastore=datastore),
            evidence,
            subject=item.name,
        )
    if vcenter is not None and _same(vcenter.vcenter_name, appliance.vcenter_name):
        ds = vcenter.datastore(datastore)
        if ds is None or not ds.accessible or ds.writable_by_account is False:
            state = (
                t("not found")
                if ds is None
                else t(
                    "accessible = {accessible}, writable = {writable_by_account}",
                    accessible=ds.accessible,
                    writable_by_account=ds.writable_by_account,
                )
            )
            evidence.append(
                t(
                    "vCenter {vcenter_name}: {datastore} {state}",
                    vcenter_name=vcenter.vcenter_name,
                    datastore=datastore,
                    state=state,
                )
            )
            return verdict(
                "RCM-03",
                Status.BLOCK,
                t(
                    "vCenter {vcenter_name} does not show {datastore} as accessible and writable.",
                    vcenter_name=vcenter.vcenter_name,
                    datastore=datastore,
                ),
                evidence,
                subject=item.name,
            )
    return verdict(
        "RCM-03",
        Status.INFO,
        t(
            "Alternate-location recovery: ASR creates a new VM on {datastore} in vCenter "
            "{vcenter_name} and copies the whole disks.",
            datastore=datastore,
            vcenter_name=appliance.vcenter_name,
        ),
        evidence,
        subject=item.name,
    )


@per_request("RCM-03", flows=MODERNIZED_ONLY)
def check_rcm03(f: Facts, rf: ModernizedRequestFacts) -> Iterator[Verdict]:
    if rf.item is not None and rf.appliance is not None:
        yield rcm03(rf.appliance, rf.item, rf.on_prem, rf.request.datastore_name, f.vcenter)


# --- RCM-02: the appliance reaches the source machine's datastore ----------------------------------


def rcm02(
    appliance: ReplicationAppliance,
    item: ProtectedItem,
    on_prem: VmLookup,
    vcenter: VCenterEstate | None,
    datastore: str = "",
) -> Verdict:
    location, why = recovery_location(item, on_prem)
    own = source_datastores(item, on_prem)
    evidence = [
        why,
        t("{item}: disks on {names}", item=item.name, names=_names(own)),
        t("{appliance} reaches: {names}", appliance=appliance.name, names=_names(appliance.datastores)),
    ]
    if location is Location.ALTERNATE:
        return verdict(
            "RCM-02",
            Status.PASS,
            t("The source VM is gone: the appliance writes to the datastore chosen for the new VM (RCM-03)."),
            evidence,
            subject=item.name,
        )
    if not own:
        why_not = VCENTER_NOT_READ if vcenter is None else t("neither vCenter nor ASR named the VM's datastores")
        return verdict(
            "RCM-02",
            Status.UNKNOWN,
            t("Can't tell which datastore holds {item}: {why_not}.", item=item.name, why_not=why_not),
            evidence,
            subject=item.name,
        )
    unreached = [d for d in own if not any(_same(d, a) for a in appliance.datastores)]
    if unreached:
        return verdict(
            "RCM-02",
            Status.BLOCK,
            t(
                "Appliance {appliance} can't reach {names}, which holds {item}.",
                appliance=appliance.name,
                names=_names(unreached),
                item=item.name,
            ),
            evidence,
            subject=item.name,
        )
    in_sdrs = [d for d in own if vcenter is not None and (ds := vcenter.datastore(d)) is not None and ds.in_storage_drs]
    if datastore and vcenter is not None and (ds := vcenter.datastore(datastore)) is not None and ds.in_storage_drs:
        in_sdrs.append(datastore)
    if in_sdrs:
        evidence.append(t("in a Storage DRS cluster: {names}", names=_names(sorted(set(in_sdrs)))))
        return verdict(
            "RCM-02",
            Status.WARN,
            t("Storage DRS may move these disks with Storage vMotion, which is not supported after reprotect."),
            evidence,
            subject=item.name,
        )
    return verdict(
        "RCM-02",
        Status.PASS,
        t("Appliance {appliance} reaches the datastore holding {item}.", appliance=appliance.name, item=item.name),
        evidence,
        subject=item.name,
    )


@per_request("RCM-02", flows=MODERNIZED_ONLY)
def check_rcm02(f: Facts, rf: ModernizedRequestFacts) -> Iterator[Verdict]:
    if rf.item is not None and rf.appliance is not None:
        yield rcm02(rf.appliance, rf.item, rf.on_prem, f.vcenter, rf.request.datastore_name)


# --- RCM-04: disks per appliance -----------------------------------------------------------------

MAX_DISKS_PER_APPLIANCE = 60  # RCM-04: disks replicating back through one appliance


def replicated_disk_count(item: ProtectedItem) -> int:
    """Only disks that were replicated to Azure come back (Azure's temporary disk never was)."""
    return sum(1 for d in item.disks if not d.is_azure_temporary)


def rcm04(appliance: ReplicationAppliance, items: Sequence[ProtectedItem], subject: str = "") -> Verdict:
    adding = sum(replicated_disk_count(i) for i in items)
    total = appliance.disks_in_use + adding
    evidence = [
        t(
            "{appliance}: {disks_in_use} disk(s) in use + {adding} = {total} / {MAX_DISKS_PER_APPLIANCE}",
            appliance=appliance.name,
            disks_in_use=appliance.disks_in_use,
            adding=adding,
            total=total,
            MAX_DISKS_PER_APPLIANCE=MAX_DISKS_PER_APPLIANCE,
        )
    ]
    evidence += [
        t("{i}: {replicated_disk_count} replicated disk(s)", i=i.name, replicated_disk_count=replicated_disk_count(i))
        for i in items
    ]
    if total > MAX_DISKS_PER_APPLIANCE:
        return verdict(
            "RCM-04",
            Status.BLOCK,
            t(
                "Appliance {appliance} would carry {total} disks; at most {MAX_DISKS_PER_APPLIANCE}.",
                appliance=appliance.name,
                total=total,
                MAX_DISKS_PER_APPLIANCE=MAX_DISKS_PER_APPLIANCE,
            ),
            evidence,
            subject=subject or appliance.name,
        )
    return verdict(
        "RCM-04",
        Status.PASS,
        t(
            "{total} of {MAX_DISKS_PER_APPLIANCE} disks on {appliance}.",
            total=total,
            MAX_DISKS_PER_APPLIANCE=MAX_DISKS_PER_APPLIANCE,
            appliance=appliance.name,
        ),
        evidence,
        subject=subject or appliance.name,
    )


@whole("RCM-04", flows=MODERNIZED_ONLY)
def check_rcm04(f: Facts) -> Iterator[Verdict]:
    by_appliance: dict[str, tuple[ReplicationAppliance, list[ProtectedItem]]] = {}
    for rf in f.requests:  # scoped to the modernized requests by the registry
        if rf.appliance is not None and rf.item is not None:
            by_appliance.setdefault(rf.appliance.appliance_id, (rf.appliance, []))[1].append(rf.item)
    for appliance, items in by_appliance.values():
        yield rcm04(appliance, items)


# --- RCM-05: the log storage account --------------------------------------------------------------


def rcm05(site: RecoverySite, item: ProtectedItem, account_id: str) -> Verdict:
    own = item.rcm.log_storage_account_id if item.rcm else ""
    if not account_id:
        return verdict(
            "RCM-05",
            Status.BLOCK,
            t("No log storage account named: the modernized reprotect needs one (there is no retention drive)."),
            (t("{item}: log storage account not chosen", item=item.name),),
            subject=item.name,
        )
    account = site.log_storage_account(account_id)
    name = account.name if account else account_id.rstrip("/").rsplit("/", 1)[-1]
    users = ", ".join(account.used_by) if account and account.used_by else t("no replication in this vault yet")
    evidence = (t("log storage account {name}: used by {users}", name=name, users=users),)
    if own and _same(own, account_id):
        return verdict(
            "RCM-05",
            Status.INFO,
            t(
                "Replication logs go to {name}, which {item}'s replication already uses (reused, not created).",
                name=name,
                item=item.name,
            ),
            evidence,
            subject=item.name,
        )
    return verdict(
        "RCM-05", Status.INFO, t("Replication logs go to {name}, chosen here.", name=name), evidence, subject=item.name
    )


@per_request("RCM-05", flows=MODERNIZED_ONLY)
def check_rcm05(f: Facts, rf: ModernizedRequestFacts) -> Iterator[Verdict]:
    if rf.item is not None:
        yield rcm05(f.site, rf.item, getattr(rf.request.target, "log_storage_account_id", ""))


# --- RCM-06: after failback -----------------------------------------------------------------------


def rcm06(item: ProtectedItem) -> Verdict:
    evidence = [f"{item.name}: {item.os_type} ({item.os_version})"]
    if item.os_type is OsType.LINUX:
        finding = t(
            "After failback static IPs are not kept; fstab/LVM configuration may change; iSCSI disks come back "
            "as VMDKs. A planned failback can be cancelled (disks are rolled back)."
        )
    else:
        finding = t(
            "After failback static IPs are not kept; iSCSI disks come back as VMDKs. A planned "
            "failback can be cancelled (disks are rolled back)."
        )
    return verdict(
        "RCM-06",
        Status.INFO,
        finding,
        evidence,
        subject=item.name,
    )


@per_request("RCM-06", flows=MODERNIZED_ONLY)
def check_rcm06(f: Facts, rf: ModernizedRequestFacts) -> Iterator[Verdict]:
    if rf.item is not None:
        yield rcm06(rf.item)
