"""The facts a preflight looks at, indexed once so every check is a dictionary lookup away.

`PreflightInput` is what the caller gathers (ASR site, vCenter estate, the requests, what the
operator states, the ASR→vCenter mapping). `Facts` indexes it by id and name once: a 100-VM
plan must preflight in well under 100 ms, so no check may scan a list per VM.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from reprotect_gui.domain.messages import EnumWord, t
from reprotect_gui.domain.models import (
    ClassicTarget,
    ConfigurationServer,
    MasterTarget,
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
    """One reprotect request with the objects it names (None when the vault has no such object)."""

    request: ReprotectRequest
    target: ClassicTarget  # the request's own target, typed: RequestFacts exist for classic requests only
    item: ProtectedItem | None
    mt: MasterTarget | None
    ps: ProcessServer | None
    on_prem: VmLookup

    @property
    def subject(self) -> str:
        return self.item.name if self.item else self.request.item_name


@dataclass(frozen=True, slots=True)
class ModernizedRequestFacts:
    """One modernized reprotect request (section G) with the appliance it names (None when unknown)."""

    request: ReprotectRequest
    item: ProtectedItem | None
    appliance: ReplicationAppliance | None
    on_prem: VmLookup

    @property
    def subject(self) -> str:
        return self.item.name if self.item else self.request.item_name


class Facts:
    """PreflightInput indexed by id and name.

    `requests` holds the classic requests only (sections B–F are classic rules);
    `modernized_requests` the modernized ones (section G).
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
        self.requests: tuple[RequestFacts, ...] = tuple(
            self._request_facts(r) for r in inp.requests if r.flow is ReplicationFlow.CLASSIC
        )
        self.modernized_requests: tuple[ModernizedRequestFacts, ...] = tuple(
            self._modernized_facts(r) for r in inp.requests if r.flow is ReplicationFlow.MODERNIZED
        )
        chosen: dict[str, MasterTarget] = {}
        for rf in self.requests:
            if rf.mt is not None:
                chosen.setdefault(rf.mt.server_id, rf.mt)
        self.chosen_master_targets: tuple[MasterTarget, ...] = tuple(chosen.values())
        self._mt_vms: dict[str, VmLookup] = {}

    def _request_facts(self, req: ReprotectRequest) -> RequestFacts:
        item = self.items.get(req.item_id)
        label = t("on-premises VM {value}", value=item.on_prem_vm.name if item else req.item_name)
        target = req.target
        if not isinstance(target, ClassicTarget):
            raise TypeError(
                t(
                    "{item_name}: a classic request was expected, not {name}",
                    item_name=req.item_name,
                    name=type(target).__name__,
                )
            )
        return RequestFacts(
            request=req,
            target=target,
            item=item,
            mt=self.master_targets.get(target.master_target_id),
            ps=self.process_servers.get(target.process_server_id),
            on_prem=lookup_vm(self.vcenter, self.inp.matches, req.item_id, label),
        )

    def _modernized_facts(self, req: ReprotectRequest) -> ModernizedRequestFacts:
        item = self.items.get(req.item_id)
        label = t("on-premises VM {value}", value=item.on_prem_vm.name if item else req.item_name)
        agent = getattr(req.target, "reprotect_agent_id", "")
        return ModernizedRequestFacts(
            request=req,
            item=item,
            appliance=self.appliances.get(agent.lower()),
            on_prem=lookup_vm(self.vcenter, self.inp.matches, req.item_id, label),
        )

    def requests_of(self, flows: frozenset[ReplicationFlow]) -> tuple[RequestFacts | ModernizedRequestFacts, ...]:
        out: tuple[RequestFacts | ModernizedRequestFacts, ...] = ()
        if ReplicationFlow.CLASSIC in flows:
            out += self.requests
        if ReplicationFlow.MODERNIZED in flows:
            out += self.modernized_requests
        return out

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


HEARTBEAT_STALE_AFTER = timedelta(minutes=15)


def heartbeat_is_recent(last: datetime | None, now: datetime) -> bool:
    return last is not None and now - last <= HEARTBEAT_STALE_AFTER


def heartbeat_text(last: datetime | None, now: datetime) -> str:
    """'last heartbeat 3 min ago' / 'no heartbeat reported', for evidence lines."""
    if last is None:
        return t("no heartbeat reported")
    minutes = int((now - last).total_seconds() // 60)
    return t("last heartbeat {minutes} min ago", minutes=minutes)
