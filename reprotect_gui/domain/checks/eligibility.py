"""Section A: is this item eligible for reprotect at all (ELIG-01 … ELIG-08)?

The item rules take only the item (and the time), so the item list's filter and the preflight
call the very same functions.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

from reprotect_gui.domain.checks.facts import (
    VCENTER_NOT_READ,
    Facts,
    ModernizedRequestFacts,
    RequestFacts,
    heartbeat_text,
    whole_minutes,
)
from reprotect_gui.domain.checks.registry import BOTH_FLOWS, per_request
from reprotect_gui.domain.checks.remediation import verdict
from reprotect_gui.domain.messages import state, t
from reprotect_gui.domain.models import (
    COMMIT,
    REVERSE_REPLICATE,
    AzureVmStatus,
    DiscoveryType,
    MasterTarget,
    OsType,
    ProtectedItem,
    ProviderKind,
    ReplicationFlow,
    VCenterEstate,
    provider_kind,
)
from reprotect_gui.domain.verdicts import Status, Verdict

AGENT_REGISTRATION_WINDOW = timedelta(minutes=15)  # ELIG-04: the agent registers again within this after failover

_MIGRATED_STATES = ("migrated", "migrationcompleted")
_DISABLED_STATES = ("unprotected", "protectiondisabled")


def _minutes(delta: timedelta) -> str:
    seconds = max(0, int(delta.total_seconds()))
    return t("{value} min {value2} s", value=seconds // 60, value2=f"{seconds % 60:02d}")


# --- ELIG-01 --------------------------------------------------------------------------------


def elig01_cause(item: ProtectedItem) -> str:
    """Why ASR won't reprotect this item, in the article's words; '' when it will."""
    if item.created_in_azure:
        return t("the VM was created in Azure, it was never protected on-premises")
    if item.protection_state.lower() in _MIGRATED_STATES:
        return t("the VM was migrated to Azure (migration completed); there is nothing to fail back")
    if item.azure_vm_status is AzureVmStatus.DELETED:
        return t("the failed-over Azure VM was deleted")
    if item.azure_vm_status is AzureVmStatus.MOVED_RESOURCE_GROUP:
        return t("the Azure VM was moved to another resource group")
    if item.protection_state.lower() in _DISABLED_STATES:
        return t("protection was disabled")
    if REVERSE_REPLICATE not in item.allowed_operations:
        # The way forward, from what ASR allows now (CMT-06: decide from allowedOperations).
        if COMMIT in item.allowed_operations:
            return t(
                "the failover still awaits its commit (state '{protection_state}'): commit it first "
                "(Commit on the VM or its recovery plan), then reprotect",
                protection_state=state(item.protection_state),
            )
        if item.running_job_id:
            return t(
                "a job is still running on it (state '{protection_state}'): wait until it finishes, "
                "then reload the vault",
                protection_state=state(item.protection_state),
            )
        if item.active_location.lower() != "recovery":
            return t("the VM has not been failed over to Azure (it still runs on-premises)")
        return t(
            "ASR does not allow reprotect in state '{protection_state}'", protection_state=state(item.protection_state)
        )
    return ""


def elig01(item: ProtectedItem) -> Verdict:
    evidence = (
        t(
            "{item}: protection state {protection_state}, active location {active_location}, allowed "
            "operations {value}",
            item=item.name,
            protection_state=state(item.protection_state),
            active_location=state(item.active_location),
            value=", ".join(sorted(item.allowed_operations)) or t("none"),
        ),
    )
    cause = elig01_cause(item)
    if cause:
        return verdict("ELIG-01", Status.BLOCK, t("Not eligible: {cause}.", cause=cause), evidence, subject=item.name)
    return verdict(
        "ELIG-01", Status.PASS, t("Failed over to Azure; ASR allows reprotect."), evidence, subject=item.name
    )


# --- ELIG-03, 05, 06, 08 ----------------------------------------------------------------------


def elig03(item: ProtectedItem) -> Verdict:
    evidence = (
        t(
            "{item}: {os_version}, protected as {discovery_type}",
            item=item.name,
            os_version=item.os_version,
            discovery_type=item.discovery_type,
        ),
    )
    if (
        item.discovery_type is DiscoveryType.PHYSICAL
        and item.os_type is OsType.WINDOWS
        and "2008 r2" in item.os_version.lower()
    ):
        return verdict(
            "ELIG-03",
            Status.BLOCK,
            t("Windows Server 2008 R2 protected as a physical server cannot fail back."),
            evidence,
            subject=item.name,
        )
    return verdict("ELIG-03", Status.PASS, t("Not a physical Windows Server 2008 R2."), evidence, subject=item.name)


def elig05(item: ProtectedItem) -> Verdict:
    evidence = (
        t(
            "{item}: in configuration server database = {in_configuration_server_db}",
            item=item.name,
            in_configuration_server_db=item.in_configuration_server_db,
        ),
    )
    if not item.in_configuration_server_db:
        return verdict(
            "ELIG-05",
            Status.BLOCK,
            t("The VM is no longer in the configuration server's database; failback would fail."),
            evidence,
            subject=item.name,
        )
    return verdict("ELIG-05", Status.PASS, t("The configuration server knows the VM."), evidence, subject=item.name)


def elig06(item: ProtectedItem) -> Verdict:
    evidence = (
        t("{item}: Mobility agent installed = {agent_installed}", item=item.name, agent_installed=item.agent_installed),
    )
    if not item.agent_installed:
        return verdict(
            "ELIG-06",
            Status.BLOCK,
            t("The Mobility agent was uninstalled from the Azure VM."),
            evidence,
            subject=item.name,
        )
    return verdict("ELIG-06", Status.PASS, t("The Mobility agent is installed."), evidence, subject=item.name)


def out_of_scope_text(provider: str) -> str:
    """ELIG-08: an out-of-scope provider named for what it is, and where its own way back is."""
    kind = provider_kind(provider)
    if kind is ProviderKind.AZURE_TO_AZURE:
        return t(
            "Replicated Azure to Azure ({provider}): it fails back to its other Azure region, not to VMware. "
            "Reprotect it from the vault's Azure virtual machines in the portal.",
            provider=provider,
        )
    if kind is ProviderKind.HYPER_V:
        return t(
            "Replicated from Hyper-V ({provider}): it fails back to its Hyper-V site, not to VMware. "
            "Reprotect it with the portal's Hyper-V reprotect.",
            provider=provider,
        )
    if kind is ProviderKind.AGENTLESS_MIGRATION:
        return t(
            "Migrated by agentless VMware migration ({provider}, Azure Migrate): a migration has no failback. "
            "To protect the VM, replicate it with Site Recovery.",
            provider=provider,
        )
    return t("Replicated by {provider}, which is not a VMware-to-Azure provider: out of scope.", provider=provider)


def elig08(item: ProtectedItem, request_flow: ReplicationFlow | None = None) -> Verdict:
    """The provider picks the flow; a request made in the other flow's dialog is refused."""
    evidence = (t("{item}: provider {provider} → {flow} flow", item=item.name, provider=item.provider, flow=item.flow),)
    if item.flow is ReplicationFlow.OUT_OF_SCOPE:
        return verdict("ELIG-08", Status.BLOCK, out_of_scope_text(item.provider), evidence, subject=item.name)
    if request_flow is not None and request_flow is not item.flow:
        return verdict(
            "ELIG-08",
            Status.BLOCK,
            t(
                "A {flow} item can't be reprotected with the {request_flow} dialog's values.",
                flow=item.flow,
                request_flow=request_flow,
            ),
            (*evidence, t("request: {request_flow} flow", request_flow=request_flow)),
            subject=item.name,
        )
    if item.flow is ReplicationFlow.MODERNIZED:
        return verdict(
            "ELIG-08",
            Status.PASS,
            t("Modernized item: reprotected through a replication appliance."),
            evidence,
            subject=item.name,
        )
    return verdict("ELIG-08", Status.PASS, t("Classic VMware-to-Azure item."), evidence, subject=item.name)


# --- ELIG-04 ---------------------------------------------------------------------------------


def agent_registered_since_failover(item: ProtectedItem) -> bool:
    return (
        item.failover_time is not None
        and item.agent_last_heartbeat is not None
        and item.agent_last_heartbeat >= item.failover_time
    )


def registration_wait(item: ProtectedItem, now: datetime) -> timedelta | None:
    """Time left until the agent should have registered again; None when there is nothing to wait for.

    The agent re-registers with the configuration server within AGENT_REGISTRATION_WINDOW after
    the Azure VM boots; an agent that has reported since the failover needs no wait, and once the window
    has passed a countdown would only hide the problem (the check says so instead).
    """
    if item.failover_time is None or agent_registered_since_failover(item):
        return None
    remaining = item.failover_time + AGENT_REGISTRATION_WINDOW - now
    return remaining if remaining > timedelta(0) else None


def elig04(item: ProtectedItem, now: datetime) -> Verdict:
    heartbeat = heartbeat_text(item.agent_last_heartbeat, now)
    if item.failover_time is None:
        return verdict(
            "ELIG-04",
            Status.UNKNOWN,
            t("ASR did not report when the VM failed over, so the agent's registration can't be judged."),
            (t("{item}: failover time not reported, agent {heartbeat}", item=item.name, heartbeat=heartbeat),),
            subject=item.name,
        )
    since = now - item.failover_time
    evidence = (
        t(
            "{item}: failed over {minutes} ago, agent {heartbeat}",
            item=item.name,
            minutes=_minutes(since),
            heartbeat=heartbeat,
        ),
    )
    if agent_registered_since_failover(item):
        return verdict(
            "ELIG-04", Status.PASS, t("The agent has registered since the failover."), evidence, subject=item.name
        )
    wait = registration_wait(item, now)
    if wait is not None:
        return verdict(
            "ELIG-04",
            Status.WARN,
            t("The agent is still registering with the configuration server: wait {minutes}.", minutes=_minutes(wait)),
            (*evidence, t("wait left: {minutes}", minutes=_minutes(wait))),
            subject=item.name,
        )
    return verdict(
        "ELIG-04",
        Status.WARN,
        t(
            "The agent has not registered again more than {minutes} minutes after the failover; reprotect "
            "will fail with 'agent not installed' until it does.",
            minutes=whole_minutes(AGENT_REGISTRATION_WINDOW),
        ),
        evidence,
        subject=item.name,
    )


# --- ELIG-02, ELIG-07: the failback target ----------------------------------------------------


def elig02(mt: MasterTarget, vcenter: VCenterEstate | None, subject: str) -> Verdict:
    if not mt.esxi_host and vcenter is None:
        # ASR names an MT by name and IP only; its host comes from vCenter, which was not read.
        return verdict(
            "ELIG-02",
            Status.UNKNOWN,
            t(
                "Can't confirm that master target {mt} runs on an ESXi host: {why}.",
                mt=mt.name,
                why=VCENTER_NOT_READ,
            ),
            (t("{mt}: ESXi host not reported by ASR", mt=mt.name),),
            subject=subject,
        )
    if not mt.esxi_host and vcenter is not None:
        return verdict(
            "ELIG-02",
            Status.BLOCK,
            t(
                "Master target {mt} is on no ESXi host (not a VM in vCenter {vcenter_name}): the failback "
                "target must be an ESXi host.",
                mt=mt.name,
                vcenter_name=vcenter.vcenter_name,
            ),
            (t("{mt}: no ESXi host in ASR or vCenter", mt=mt.name),),
            subject=subject,
        )
    if vcenter is None:
        return verdict(
            "ELIG-02",
            Status.UNKNOWN,
            t(
                "Can't confirm that {esxi_host} is an ESXi host: {why}.",
                esxi_host=mt.esxi_host,
                why=VCENTER_NOT_READ,
            ),
            (t("{mt}: host {esxi_host}", mt=mt.name, esxi_host=mt.esxi_host),),
            subject=subject,
        )
    host = vcenter.host(mt.esxi_host)
    if host is None:
        return verdict(
            "ELIG-02",
            Status.UNKNOWN,
            t(
                "Host {esxi_host} is not in vCenter {vcenter_name}, so its product can't be read.",
                esxi_host=mt.esxi_host,
                vcenter_name=vcenter.vcenter_name,
            ),
            (t("{mt}: host {esxi_host} not found", mt=mt.name, esxi_host=mt.esxi_host),),
            subject=subject,
        )
    evidence = (t("{mt}: host {host} runs {product}", mt=mt.name, host=host.name, product=host.product),)
    if "esxi" not in host.product.lower():
        return verdict(
            "ELIG-02",
            Status.BLOCK,
            t("The failback target {host} is not an ESXi host ({product}).", host=host.name, product=host.product),
            evidence,
            subject=subject,
        )
    return verdict("ELIG-02", Status.PASS, t("The failback target is an ESXi host."), evidence, subject=subject)


def elig07(item: ProtectedItem, mt: MasterTarget | None, vcenter: VCenterEstate | None) -> Verdict:
    evidence = [t("{item}: protected as {discovery_type}", item=item.name, discovery_type=item.discovery_type)]
    if item.discovery_type is not DiscoveryType.PHYSICAL:
        return verdict("ELIG-07", Status.PASS, t("Protected as a VMware VM."), evidence, subject=item.name)
    if mt is not None:
        evidence.append(t("{mt}: ESXi host {value}", mt=mt.name, value=mt.esxi_host or t("not reported")))
        if not mt.esxi_host or (vcenter is not None and vcenter.host(mt.esxi_host) is None):
            return verdict(
                "ELIG-07",
                Status.BLOCK,
                t(
                    "A physical server fails back as a new VMware VM, but the master target's ESXi host is not "
                    "discovered."
                ),
                evidence,
                subject=item.name,
            )
    return verdict(
        "ELIG-07",
        Status.INFO,
        t("A physical server fails back only as a VMware VM, to an alternate location (a new VM)."),
        evidence,
        subject=item.name,
    )


def item_verdicts(item: ProtectedItem, now: datetime | None = None) -> tuple[Verdict, ...]:
    """The item-only rules, for the item list and the preflight alike (ELIG-04 needs `now`)."""
    verdicts = [elig08(item), elig01(item), elig03(item), elig05(item), elig06(item)]
    if now is not None:
        verdicts.append(elig04(item, now))
    verdicts.append(elig07(item, None, None))
    return tuple(verdicts)


# --- registered checks -----------------------------------------------------------------------


def _missing_item(rf: RequestFacts | ModernizedRequestFacts) -> Verdict:
    return verdict(
        "ELIG-01",
        Status.BLOCK,
        t("The vault has no such protected item (it was removed or the list is stale)."),
        (t("item id {item_id}", item_id=rf.request.item_id),),
        subject=rf.subject,
    )


@per_request("ELIG-01", flows=BOTH_FLOWS)
def check_elig01(f: Facts, rf: RequestFacts | ModernizedRequestFacts) -> Iterator[Verdict]:
    yield elig01(rf.item) if rf.item else _missing_item(rf)


@per_request("ELIG-02")
def check_elig02(f: Facts, rf: RequestFacts) -> Iterator[Verdict]:
    if rf.mt is not None:
        yield elig02(rf.mt, f.vcenter, rf.subject)


@per_request("ELIG-03", "ELIG-05", "ELIG-06", "ELIG-08", flows=BOTH_FLOWS)
def check_item_state(f: Facts, rf: RequestFacts | ModernizedRequestFacts) -> Iterator[Verdict]:
    if rf.item is not None:
        yield elig03(rf.item)
        if rf.request.flow is ReplicationFlow.CLASSIC:
            yield elig05(rf.item)  # the configuration server's database: classic only
        yield elig06(rf.item)
        yield elig08(rf.item, rf.request.flow)


@per_request("ELIG-04")
def check_elig04(f: Facts, rf: RequestFacts) -> Iterator[Verdict]:
    if rf.item is not None:
        yield elig04(rf.item, f.now)


@per_request("ELIG-07")
def check_elig07(f: Facts, rf: RequestFacts) -> Iterator[Verdict]:
    if rf.item is not None:
        yield elig07(rf.item, rf.mt, f.vcenter)
