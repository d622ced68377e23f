"""The facts a preflight looks at, indexed once so every check is a dictionary lookup away.

`PreflightInput` is what the caller gathers (ASR site, vCenter estate, the requests, what the
operator states, the ASR→vCenter mapping). `Facts` indexes it by id and name once: a 100-VM
plan must preflight in well under 100 ms, so no check may scan a list per VM.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from reprotect_gui.domain.messages import EnumWord, t
from reprotect_gui.domain.models import (
    ClassicTarget,
    ConfigurationServer,
    MasterTarget,
    ModernizedTarget,
    ProcessServer,
    ProtectedItem,
    RecoveryPlan,
    RecoverySite,
    ReplicationAppliance,
    ReplicationFlow,
    ReprotectRequest,
    VcDatastore,
    VCenterEstate,
    VcHost,
    VcMatch,
    VcVm,
)

VCENTER_NOT_READ = t("vCenter was not read (the wizard is not connected to vCenter)")


class LinkType(StrEnum):
    """How Azure reaches on-premises, as the operator states it (INF-03, INF-05)."""

    S2S_VPN = "site-to-site VPN"
    EXPRESSROUTE = "ExpressRoute private peering"


@dataclass(frozen=True, slots=True)
class OperatorStatements:
    """What only the operator can tell; None = not stated."""

    link_type: LinkType | None = None
    ip_addresses_retained: bool | None = None  # INF-10
    target_vcenter: str | None = None  # INF-07: when failing back to another vCenter


@dataclass(frozen=True, slots=True)
class PreflightInput:
    site: RecoverySite
    vcenter: VCenterEstate | None  # None = not connected: vCenter-evidence checks say unknown
    requests: tuple[ReprotectRequest, ...]  # one per item; several for a recovery plan
    now: datetime
    plan: RecoveryPlan | None = None
    statements: OperatorStatements = field(default_factory=OperatorStatements)
    # ASR object → vCenter VM, keyed by item id and by master-target server id.
    matches: Mapping[str, VcMatch] = field(default_factory=dict)


class Presence(StrEnum):
    FOUND = "found"
    ABSENT = "absent"  # vCenter was read and the VM is not in it
    UNKNOWN = "unknown"  # not read, not mapped, or ambiguous


@dataclass(frozen=True, slots=True)
class VmLookup:
    """Where an ASR object's vCenter VM stands; `why` says what is missing when unknown."""

    presence: Presence
    vm: VcVm | None = None
    why: str = ""
    found_how: str = ""  # how it was found in vCenter (a direct lookup or the index), for the evidence

    @property
    def found(self) -> bool:
        return self.presence is Presence.FOUND

    @property
    def absent(self) -> bool:
        return self.presence is Presence.ABSENT

    def details_missing(self) -> str:
        """Why the VM's details (disks, controllers, settings) can't be looked at; '' if they can."""
        if self.vm is None:
            return self.why
        if not self.vm.details_read:
            return t("the details of VM {vm} were not read from vCenter", vm=self.vm.name)
        return ""


def lookup_vm(vcenter: VCenterEstate | None, matches: Mapping[str, VcMatch], key: str, label: str) -> VmLookup:
    if vcenter is None:
        return VmLookup(Presence.UNKNOWN, why=VCENTER_NOT_READ)
    match = matches.get(key)
    if match is None:
        return VmLookup(Presence.UNKNOWN, why=t("{label} was not mapped to a vCenter VM", label=label))
    if match.vm is not None:
        how = (
            t(
                "matched by {matched_by}, found by {found_by}",
                matched_by=EnumWord(match.matched_by),
                found_by=EnumWord(match.found_by),
            )
            if match.found_by
            else t("matched by {matched_by}", matched_by=EnumWord(match.matched_by))
        )
        return VmLookup(Presence.FOUND, vm=match.vm, found_how=how)
    if match.ambiguous:
        names = ", ".join(match.candidates)
        return VmLookup(
            Presence.UNKNOWN,
            why=t("{label} matches several vCenter VMs ({names}); none was chosen", label=label, names=names),
        )
    return VmLookup(
        Presence.ABSENT,
        why=t("{label} is not in vCenter {vcenter_name}", label=label, vcenter_name=vcenter.vcenter_name),
    )


@dataclass(frozen=True, slots=True)
class RequestFacts:
    """One reprotect request with the objects its target names (None when the vault has no such
    object, or when the request's flow has no such object): master target and process server
    for a classic request, the replication appliance for a modernized one (section G)."""

    request: ReprotectRequest
    item: ProtectedItem | None
    on_prem: VmLookup
    mt: MasterTarget | None = None
    ps: ProcessServer | None = None
    appliance: ReplicationAppliance | None = None

    @property
    def subject(self) -> str:
        return self.item.name if self.item else self.request.item_name

    @property
    def classic_target(self) -> ClassicTarget:
        """The request's classic target, typed. Classic rules see classic requests only (the registry
        scopes their facts), so anything else here is a registration mistake, not an operator's."""
        match self.request.target:
            case ClassicTarget() as target:
                return target
            case other:
                raise TypeError(f"{self.subject}: a classic rule was given a {type(other).__name__}")


ModernizedRequestFacts = RequestFacts  # the name section G's checks annotate with


class Facts:
    """PreflightInput indexed by id and name.

    `requests` holds every request, whatever its flow; a registered check sees a view of the facts
    scoped to the flows it declares (`scoped`), so a classic rule's `requests` are the classic ones.
    """

    def __init__(self, inp: PreflightInput) -> None:
        self.inp = inp
        site = inp.site
        self.site = site
        self.now = inp.now
        self.vcenter = inp.vcenter
        self.statements = inp.statements
        self.plan = inp.plan
        self.items: dict[str, ProtectedItem] = {i.item_id: i for i in site.items}
        self.master_targets: dict[str, MasterTarget] = {m.server_id: m for m in site.master_targets}
        self.process_servers: dict[str, ProcessServer] = {p.server_id: p for p in site.process_servers}
        self.configuration_servers: dict[str, ConfigurationServer] = {
            c.server_id: c for c in site.configuration_servers
        }
        self.known_vcenters = {v.name.lower(): v for v in site.vcenters}
        vc = inp.vcenter
        self.hosts: dict[str, VcHost] = {h.name: h for h in vc.hosts} if vc else {}
        self.datastores: dict[str, VcDatastore] = {d.name: d for d in vc.datastores} if vc else {}
        self.appliances: dict[str, ReplicationAppliance] = {a.appliance_id.lower(): a for a in site.appliances}
        self.requests: tuple[RequestFacts, ...] = tuple(self._request_facts(r) for r in inp.requests)
        chosen: dict[str, MasterTarget] = {}
        for rf in self.requests:
            if rf.mt is not None:
                chosen.setdefault(rf.mt.server_id, rf.mt)
        self.chosen_master_targets: tuple[MasterTarget, ...] = tuple(chosen.values())
        self._mt_vms: dict[str, VmLookup] = {}
        self._scoped: dict[frozenset[ReplicationFlow], Facts] = {}

    def _request_facts(self, req: ReprotectRequest) -> RequestFacts:
        item = self.items.get(req.item_id)
        label = t("on-premises VM {value}", value=item.on_prem_vm.name if item else req.item_name)
        on_prem = lookup_vm(self.vcenter, self.inp.matches, req.item_id, label)
        match req.target:
            case ClassicTarget(master_target_id=mt_id, process_server_id=ps_id):
                mt, ps = self.master_targets.get(mt_id), self.process_servers.get(ps_id)
                return RequestFacts(req, item, on_prem, mt=mt, ps=ps)
            case ModernizedTarget(reprotect_agent_id=agent):
                return RequestFacts(req, item, on_prem, appliance=self.appliances.get(agent.lower()))
            case _:
                return RequestFacts(req, item, on_prem)

    def scoped(self, flows: frozenset[ReplicationFlow]) -> Facts:
        """The same facts with only the requests of `flows` (indexes shared, built once per scope)."""
        view = self._scoped.get(flows)
        if view is None:
            view = copy.copy(self)
            view.requests = tuple(rf for rf in self.requests if rf.request.flow in flows)
            self._scoped[flows] = view
        return view

    def mt_vm(self, mt: MasterTarget) -> VmLookup:
        found = self._mt_vms.get(mt.server_id)
        if found is None:
            found = lookup_vm(self.vcenter, self.inp.matches, mt.server_id, t("master target {mt}", mt=mt.name))
            self._mt_vms[mt.server_id] = found
        return found

    def host(self, name: str) -> VcHost | None:
        return self.hosts.get(name)

    def datastore(self, name: str) -> VcDatastore | None:
        return self.datastores.get(name)

    def configuration_server_for(self, item: ProtectedItem) -> ConfigurationServer | None:
        if item.configuration_server_id:
            return self.configuration_servers.get(item.configuration_server_id)
        # A vault with one configuration server: items need not name it.
        if len(self.configuration_servers) == 1:
            return next(iter(self.configuration_servers.values()))
        return None


def configuration_server_for(site: RecoverySite, item: ProtectedItem | None) -> ConfigurationServer | None:
    """The item's own configuration server (a vault can have several); the only one when the item
    names none; None when it can't be told. Pages and checks ask this, never `configuration_servers[0]`."""
    servers = site.configuration_servers
    if item is not None and item.configuration_server_id:
        return next((c for c in servers if c.server_id == item.configuration_server_id), None)
    return servers[0] if len(servers) == 1 else None


HEARTBEAT_STALE_AFTER = timedelta(minutes=15)  # INF-01, INF-03, MT-14, RCM-01: an older heartbeat is stale


def whole_minutes(span: timedelta) -> int:
    """A rule's time window in whole minutes, for the sentences that name it."""
    return int(span.total_seconds() // 60)


HEARTBEAT_WINDOW_TEXT = t("the last {minutes} minutes", minutes=whole_minutes(HEARTBEAT_STALE_AFTER))


def heartbeat_is_recent(last: datetime | None, now: datetime) -> bool:
    return last is not None and now - last <= HEARTBEAT_STALE_AFTER


def heartbeat_text(last: datetime | None, now: datetime) -> str:
    """'last heartbeat 3 min ago' / 'no heartbeat reported', for evidence lines."""
    if last is None:
        return t("no heartbeat reported")
    minutes = int((now - last).total_seconds() // 60)
    return t("last heartbeat {minutes} min ago", minutes=minutes)
