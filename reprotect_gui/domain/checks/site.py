"""Section B: the site's infrastructure (INF-01 … INF-10)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime

from reprotect_gui.domain.checks.facts import (
    HEARTBEAT_WINDOW_TEXT,
    VCENTER_NOT_READ,
    Facts,
    LinkType,
    RequestFacts,
    heartbeat_is_recent,
    heartbeat_text,
)
from reprotect_gui.domain.checks.registry import per_master_target, per_request, whole
from reprotect_gui.domain.checks.remediation import verdict
from reprotect_gui.domain.messages import state, t
from reprotect_gui.domain.models import (
    DatastoreType,
    FailbackPolicy,
    KnownVCenter,
    MasterTarget,
    ProcessServer,
    ServerLocation,
    VCenterEstate,
)
from reprotect_gui.domain.verdicts import Status, Verdict

FAILBACK_PORTS = (
    t("443/TCP: control channel to the configuration server (Azure VM and process server)"),
    t("9443/TCP: replication data to the process server and master target"),
)


# --- INF-01 ----------------------------------------------------------------------------------


@whole("INF-01")
def check_inf01(f: Facts) -> Iterator[Verdict]:
    seen: set[str] = set()
    for rf in f.requests:
        if rf.item is None:
            continue
        cs = f.configuration_server_for(rf.item)
        if cs is None:
            if rf.item.configuration_server_id:
                yield verdict(
                    "INF-01",
                    Status.BLOCK,
                    t("The vault has no configuration server for this item."),
                    (
                        t(
                            "{item}: configuration server {configuration_server_id} not in the vault",
                            item=rf.item.name,
                            configuration_server_id=rf.item.configuration_server_id,
                        ),
                    ),
                    subject=rf.subject,
                )
            else:
                names = ", ".join(sorted(c.name for c in f.site.configuration_servers)) or t("none")
                yield verdict(
                    "INF-01",
                    Status.UNKNOWN,
                    t(
                        "ASR did not say which configuration server serves this item, so its heartbeat can't be "
                        "checked."
                    ),
                    (t("{item}: no configuration server named; vault has: {names}", item=rf.item.name, names=names),),
                    subject=rf.subject,
                )
            continue
        if cs.server_id in seen:
            continue
        seen.add(cs.server_id)
        evidence = (
            t(
                "{cs} ({ip}): {heartbeat}",
                cs=cs.name,
                ip=cs.ip_address,
                heartbeat=heartbeat_text(cs.last_heartbeat, f.now),
            ),
        )
        if heartbeat_is_recent(cs.last_heartbeat, f.now):
            yield verdict("INF-01", Status.PASS, t("The configuration server is connected."), evidence, subject=cs.name)
        else:
            yield verdict(
                "INF-01",
                Status.BLOCK,
                t("The configuration server has not sent a heartbeat in {window}.", window=HEARTBEAT_WINDOW_TEXT),
                evidence,
                subject=cs.name,
            )


# --- INF-02 ----------------------------------------------------------------------------------


def inf02(policy: FailbackPolicy | None, requested_policy_ids: set[str]) -> Verdict:
    if policy is None:
        return verdict(
            "INF-02",
            Status.BLOCK,
            t("No failback policy is mapped for the failback direction."),
            (t("failback policy: none"),),
            subject=t("failback policy"),
        )
    rpo, history, app = policy.values
    evidence = [
        t(
            "{policy}: RPO threshold {rpo} min, recovery point retention {history} min, app-consistent "
            "every {app} min (portal defaults 15 / 1440 / 60)",
            policy=policy.name,
            rpo=rpo,
            history=history,
            app=app,
        )
    ]
    others = sorted(p for p in requested_policy_ids if p.lower() != policy.policy_id.lower())
    if others:
        evidence.append(
            t("requested policy: {others}; mapped: {policy_id}", others=", ".join(others), policy_id=policy.policy_id)
        )
        return verdict(
            "INF-02",
            Status.BLOCK,
            t("The request names a policy other than the one mapped for failback."),
            evidence,
            subject=policy.name,
        )
    if policy.is_portal_default:
        return verdict(
            "INF-02", Status.PASS, t("The failback policy has the portal's values."), evidence, subject=policy.name
        )
    return verdict(
        "INF-02",
        Status.INFO,
        t("The failback policy differs from the portal's defaults (made with PowerShell?); it is used as is."),
        evidence,
        subject=policy.name,
    )


@whole("INF-02")
def check_inf02(f: Facts) -> Iterator[Verdict]:
    requested = {rf.request.policy_id for rf in f.requests if rf.request.policy_id}
    yield inf02(f.site.failback_policy, requested)


# --- INF-03, INF-05: process server and the link ------------------------------------------------


def inf03_process_server(ps: ProcessServer, now: datetime) -> Verdict:
    evidence = (
        t(
            "{ps} ({location}): {heartbeat}, health {health}",
            ps=ps.name,
            location=state(ps.location),
            heartbeat=heartbeat_text(ps.last_heartbeat, now),
            health=state(ps.health),
        ),
    )
    if not heartbeat_is_recent(ps.last_heartbeat, now):
        return verdict(
            "INF-03",
            Status.BLOCK,
            t(
                "No process-server heartbeat in {window}: it can't reach the configuration server.",
                window=HEARTBEAT_WINDOW_TEXT,
            ),
            evidence,
            subject=ps.name,
        )
    if ps.health.lower() == "critical":
        return verdict("INF-03", Status.BLOCK, t("The process server's health is Critical."), evidence, subject=ps.name)
    return verdict(
        "INF-03", Status.PASS, t("The process server reaches the configuration server."), evidence, subject=ps.name
    )


def inf05(ps: ProcessServer, link: LinkType | None) -> Verdict:
    evidence = (
        t(
            "{ps}: in {location}; link stated: {value}",
            ps=ps.name,
            location=state(ps.location),
            value=link or t("not stated"),
        ),
    )
    if ps.location is ServerLocation.AZURE:
        return verdict("INF-05", Status.PASS, t("The process server is in Azure."), evidence, subject=ps.name)
    if ps.location is ServerLocation.UNKNOWN:
        if link is LinkType.EXPRESSROUTE:
            return verdict(
                "INF-05",
                Status.PASS,
                t("Over ExpressRoute any process server location is fine."),
                evidence,
                subject=ps.name,
            )
        return verdict(
            "INF-05",
            Status.UNKNOWN,
            t(
                "ASR does not say whether this process server runs in Azure or on-premises; with a "
                "site-to-site VPN it must be in Azure."
            ),
            evidence,
            subject=ps.name,
        )
    if link is None:
        return verdict(
            "INF-05",
            Status.UNKNOWN,
            t(
                "An on-premises process server suits ExpressRoute, not a site-to-site VPN, and the link "
                "type was not stated."
            ),
            evidence,
            subject=ps.name,
        )
    if link is LinkType.S2S_VPN:
        return verdict(
            "INF-05",
            Status.WARN,
            t("On-premises process server over a site-to-site VPN: deploy a process server in Azure."),
            evidence,
            subject=ps.name,
        )
    return verdict("INF-05", Status.PASS, t("On-premises process server over ExpressRoute."), evidence, subject=ps.name)


def _missing_ps(rf: RequestFacts) -> Verdict:
    return verdict(
        "INF-03",
        Status.BLOCK,
        t("The vault has no such process server."),
        (t("process server id {process_server_id}", process_server_id=rf.classic_target.process_server_id),),
        subject=rf.subject,
    )


@whole("INF-03", "INF-05")
def check_process_servers(f: Facts) -> Iterator[Verdict]:
    seen: set[str] = set()
    for rf in f.requests:
        if rf.ps is None:
            yield _missing_ps(rf)
            continue
        if rf.ps.server_id in seen:
            continue
        seen.add(rf.ps.server_id)
        yield inf03_process_server(rf.ps, f.now)
        yield inf05(rf.ps, f.statements.link_type)
    yield inf03_link(f)


def inf03_link(f: Facts) -> Verdict:
    link = f.statements.link_type
    cs_names = ", ".join(sorted(c.name for c in f.site.configuration_servers)) or t("the configuration server")
    tests = t(
        "manual test: `telnet {cs_names} 443` and ping from the process server and the Azure VM", cs_names=cs_names
    )
    if link is None:
        return verdict(
            "INF-03",
            Status.UNKNOWN,
            t(
                "Replication back needs a site-to-site VPN or ExpressRoute private peering; the link type "
                "was not stated."
            ),
            (t("link type: not stated"), tests),
            subject=t("network"),
        )
    return verdict(
        "INF-03",
        Status.INFO,
        t("Azure reaches on-premises over {link}; the failed-over VMs must reach the configuration server.", link=link),
        (t("link type: {link}", link=link), tests),
        subject=t("network"),
    )


# --- INF-04 ----------------------------------------------------------------------------------


@whole("INF-04")
def check_inf04(f: Facts) -> Iterator[Verdict]:
    if f.requests:
        yield verdict(
            "INF-04",
            Status.INFO,
            t("Open the failover/failback ports before reprotecting."),
            FAILBACK_PORTS,
            subject=t("network"),
        )


# --- INF-06 ----------------------------------------------------------------------------------


def inf06(mt: MasterTarget, vcenter: VCenterEstate | None) -> Verdict:
    evidence = [
        t(
            "{mt}: ASR sees {datastores} datastore(s) on host {esxi_host}",
            mt=mt.name,
            datastores=len(mt.datastores),
            esxi_host=mt.esxi_host,
        )
    ]
    if mt.datastores:
        return verdict(
            "INF-06",
            Status.PASS,
            t("ASR discovered the master target host's datastores."),
            evidence,
            subject=mt.name,
        )
    if vcenter is None:
        return verdict(
            "INF-06",
            Status.BLOCK,
            t(
                "ASR discovered no datastore on the master target's host: the symptom of a vCenter "
                "discovery account without the needed permissions (or of a host without VMFS, MT-08)."
            ),
            evidence,
            subject=mt.name,
        )
    if vcenter.account_can_browse_datastores is not None:
        evidence.append(
            t(
                "vCenter account {account_name}: can browse datastores = {account_can_browse_datastores}",
                account_name=vcenter.account_name,
                account_can_browse_datastores=vcenter.account_can_browse_datastores,
            )
        )
    host = vcenter.host(mt.esxi_host)
    host_vmfs = _host_vmfs(vcenter, mt.esxi_host)
    if host is not None:
        evidence.append(
            t(
                "vCenter: host {host} mounts {datastore_names} datastore(s), {host_vmfs} VMFS",
                host=host.name,
                datastore_names=len(host.datastore_names),
                host_vmfs=len(host_vmfs),
            )
        )
    if host is not None and not host_vmfs:
        return verdict(
            "INF-06",
            Status.INFO,
            t(
                "ASR lists no datastore because the host has no VMFS datastore (see MT-08), not for lack "
                "of permissions."
            ),
            evidence,
            subject=mt.name,
        )
    return verdict(
        "INF-06",
        Status.BLOCK,
        t("ASR discovered no datastore although the host has some: the vCenter discovery account lacks permissions."),
        evidence,
        subject=mt.name,
    )


def _host_vmfs(vcenter: VCenterEstate, host_name: str) -> list[str]:
    host = vcenter.host(host_name)
    if host is None:
        return []
    out = []
    for name in host.datastore_names:
        ds = vcenter.datastore(name)
        if ds is not None and ds.type is DatastoreType.VMFS:
            out.append(name)
    return out


@per_master_target("INF-06")
def check_inf06(f: Facts, mt: MasterTarget) -> Iterator[Verdict]:
    yield inf06(mt, f.vcenter)


# --- INF-07 ----------------------------------------------------------------------------------


def inf07(
    mt: MasterTarget,
    original_vcenter: str,
    target_vcenter: str | None,
    known_vcenters: Mapping[str, KnownVCenter],
    subject: str,
) -> Verdict:
    """Failing back to another vCenter: it and the MT must be discovered; warn of Microsoft's conflict.

    `known_vcenters` is keyed by lower-cased name.
    """
    target = target_vcenter or mt.vcenter_name
    evidence = [
        t(
            "original vCenter: {value}; target: {target}; {mt} on {vcenter_name}",
            value=original_vcenter or t("not reported"),
            target=target,
            mt=mt.name,
            vcenter_name=mt.vcenter_name,
        )
    ]
    if target_vcenter and mt.vcenter_name.lower() != target_vcenter.lower():
        return verdict(
            "INF-07",
            Status.BLOCK,
            t(
                "Master target {mt} is on vCenter {vcenter_name}, not on the target {target_vcenter}.",
                mt=mt.name,
                vcenter_name=mt.vcenter_name,
                target_vcenter=target_vcenter,
            ),
            evidence,
            subject=subject,
        )
    if not target:
        return verdict(
            "INF-07",
            Status.UNKNOWN,
            t(
                "It is not known which vCenter master target {mt} is on: ASR does not report it and "
                "vCenter was not read.",
                mt=mt.name,
            ),
            evidence,
            subject=subject,
        )
    if known_vcenters and target.lower() not in known_vcenters:
        evidence.append(
            t("vCenters discovered by ASR: {sorted}", sorted=", ".join(sorted(v.name for v in known_vcenters.values())))
        )
        return verdict(
            "INF-07",
            Status.BLOCK,
            t("vCenter {target} is not discovered by ASR.", target=target),
            evidence,
            subject=subject,
        )
    if not original_vcenter:
        return verdict(
            "INF-07",
            Status.UNKNOWN,
            t(
                "ASR did not report the VM's original vCenter, so it can't be told whether this is an "
                "alternate vCenter."
            ),
            evidence,
            subject=subject,
        )
    if target.lower() == original_vcenter.lower():
        return verdict("INF-07", Status.PASS, t("Failing back to the original vCenter."), evidence, subject=subject)
    return verdict(
        "INF-07",
        Status.WARN,
        t(
            "Failing back to an alternate vCenter ({target}); Microsoft's types-of-failback page "
            "supports only the original vCenter.",
            target=target,
        ),
        evidence,
        subject=subject,
    )


@per_request("INF-07")
def check_inf07(f: Facts, rf: RequestFacts) -> Iterator[Verdict]:
    if rf.item is not None and rf.mt is not None:
        yield inf07(rf.mt, rf.item.vcenter_name, f.statements.target_vcenter, f.known_vcenters, rf.subject)


# --- INF-08 ----------------------------------------------------------------------------------


@per_master_target("INF-08")
def check_inf08(f: Facts, mt: MasterTarget) -> Iterator[Verdict]:
    if f.vcenter is None:
        yield verdict(
            "INF-08",
            Status.UNKNOWN,
            t(
                "The licence of host {esxi_host} can't be read: {why}.",
                esxi_host=mt.esxi_host,
                why=VCENTER_NOT_READ,
            ),
            (t("{mt}: host {esxi_host}", mt=mt.name, esxi_host=mt.esxi_host),),
            subject=mt.name,
        )
        return
    host = f.host(mt.esxi_host)
    if host is None:
        yield verdict(
            "INF-08",
            Status.UNKNOWN,
            t(
                "Host {esxi_host} is not in vCenter {vcenter_name}; its licence can't be read.",
                esxi_host=mt.esxi_host,
                vcenter_name=f.vcenter.vcenter_name,
            ),
            (t("{mt}: host {esxi_host} not found", mt=mt.name, esxi_host=mt.esxi_host),),
            subject=mt.name,
        )
        return
    evidence = (
        t(
            "{host}: {product}, licence {license_edition}",
            host=host.name,
            product=host.product,
            license_edition=host.license_edition,
        ),
    )
    if host.is_free_edition:
        yield verdict(
            "INF-08",
            Status.BLOCK,
            t("The master target's host runs a free ESXi edition: failback to it fails."),
            evidence,
            subject=mt.name,
        )
    else:
        yield verdict("INF-08", Status.PASS, t("The host has a licensed edition."), evidence, subject=mt.name)


# --- INF-09 ----------------------------------------------------------------------------------


def inf09(vc_name: str, known: KnownVCenter | None, vcenter: VCenterEstate | None, now: datetime) -> Verdict:
    evidence = []
    if known is None:
        evidence.append(t("ASR: vCenter {vc_name} not discovered", vc_name=vc_name))
    else:
        evidence.append(
            t(
                "ASR: vCenter {known} {discovery_status}, {heartbeat}",
                known=known.name,
                discovery_status=state(known.discovery_status),
                heartbeat=heartbeat_text(known.last_heartbeat, now),
            )
        )
    if known is None or known.discovery_status.lower() != "connected":
        return verdict(
            "INF-09",
            Status.BLOCK,
            t(
                "ASR does not see vCenter {vc_name} connected; detaching and attaching disks would fail.",
                vc_name=vc_name,
            ),
            evidence,
            subject=vc_name,
        )
    if vcenter is None:
        return verdict(
            "INF-09",
            Status.UNKNOWN,
            t(
                "Can't confirm vCenter {vc_name} is reachable: {why}.",
                vc_name=vc_name,
                why=VCENTER_NOT_READ,
            ),
            evidence,
            subject=vc_name,
        )
    evidence.append(
        t(
            "wizard: connected to {vcenter_name} = {connected}",
            vcenter_name=vcenter.vcenter_name,
            connected=vcenter.connected,
        )
    )
    if vcenter.vcenter_name.lower() != vc_name.lower():
        return verdict(
            "INF-09",
            Status.UNKNOWN,
            t(
                "The wizard is connected to {vcenter_name}, not to {vc_name}: reachability not confirmed.",
                vcenter_name=vcenter.vcenter_name,
                vc_name=vc_name,
            ),
            evidence,
            subject=vc_name,
        )
    if not vcenter.connected:
        return verdict(
            "INF-09", Status.BLOCK, t("vCenter {vc_name} is not reachable.", vc_name=vc_name), evidence, subject=vc_name
        )
    return verdict(
        "INF-09",
        Status.PASS,
        t("vCenter {vc_name} is connected to ASR and reachable.", vc_name=vc_name),
        evidence,
        subject=vc_name,
    )


@whole("INF-09")
def check_inf09(f: Facts) -> Iterator[Verdict]:
    # ASR does not say which vCenter an MT is on; vCenter does. A vault that knows one vCenter has no doubt.
    only = next(iter(f.known_vcenters.values())).name if len(f.known_vcenters) == 1 else ""
    targets = dict.fromkeys(mt.vcenter_name or only for mt in f.chosen_master_targets)
    for name in targets:
        if not name:
            yield verdict(
                "INF-09",
                Status.UNKNOWN,
                t(
                    "It is not known which vCenter the master target is on: ASR does not report it, the vault "
                    "knows {known_vcenters} vCenters, and vCenter was not read.",
                    known_vcenters=len(f.known_vcenters),
                ),
                (
                    t(
                        "vCenters discovered by ASR: {value}",
                        value=", ".join(sorted(v.name for v in f.known_vcenters.values())) or t("none"),
                    ),
                ),
                subject="vCenter",
            )
            continue
        yield inf09(name, f.known_vcenters.get(name.lower()), f.vcenter, f.now)


# --- INF-10 ----------------------------------------------------------------------------------


@whole("INF-10")
def check_inf10(f: Facts) -> Iterator[Verdict]:
    retained = f.statements.ip_addresses_retained
    evidence = (
        t("IP addresses retained on failover: {value}", value=t("not stated") if retained is None else retained),
    )
    if retained is False:
        yield verdict(
            "INF-10",
            Status.PASS,
            t("IP addresses were not retained on failover."),
            evidence,
            subject=t("configuration server"),
        )
    elif retained:
        yield verdict(
            "INF-10",
            Status.INFO,
            t("IP addresses were retained: the configuration server needs two NICs."),
            evidence,
            subject=t("configuration server"),
        )
    else:
        # Info-only rules never go unknown: a missing statement becomes conditional guidance.
        yield verdict(
            "INF-10",
            Status.INFO,
            t("If IP addresses were retained on failover, the configuration server needs two NICs."),
            evidence,
            subject=t("configuration server"),
        )
