"""What the wizard offers on each page: every candidate, selectable or not, with the reason.

Pages call these; they never compute rules themselves. Every filter runs the very rule
functions the preflight runs (`reprotect_gui.domain.checks`), so a page and the review can't
disagree: a `block` verdict disables the entry (reasons), a `warn` or `unknown` verdict stays
selectable with a note. An empty list is never just empty: `explain_empty_*` say which rules
emptied it and what to do.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from reprotect_gui.domain.checks.datastore import (
    SUPPORTED_DATASTORE_TYPES,
    default_disks_to_include,
    ds01,
    ds02,
    ds05,
)
from reprotect_gui.domain.checks.eligibility import AGENT_REGISTRATION_WINDOW, item_verdicts
from reprotect_gui.domain.checks.facts import (
    HEARTBEAT_STALE_AFTER,
    VCENTER_NOT_READ,
    LinkType,
    Presence,
    VmLookup,
    heartbeat_is_recent,
)
from reprotect_gui.domain.checks.master_target import (
    MAX_DISKS_PER_MASTER_TARGET,
    DiskBudget,
    disks_in_use,
    mt01,
    mt08,
    mt10,
    mt12,
    mt14,
)
from reprotect_gui.domain.checks.modernized import (
    MAX_DISKS_PER_APPLIANCE,
    Location,
    automatic_datastore,
    rcm01,
    rcm02,
    rcm03,
    rcm04,
    recovery_location,
)
from reprotect_gui.domain.checks.remediation import FIX, verdict
from reprotect_gui.domain.checks.retention import (
    DEFAULT_RETENTION,
    NEW_DRIVE_DISCOVERY,
    NEW_DRIVE_TEXT,
    refresh_text,
    volume_verdicts,
)
from reprotect_gui.domain.checks.site import inf03_process_server, inf05, inf06, inf07
from reprotect_gui.domain.messages import Text, remediation, t
from reprotect_gui.domain.models import (
    Choice,
    ConfigurationServer,
    DatastoreType,
    LogStorageAccount,
    MasterTarget,
    ProcessServer,
    ProtectedItem,
    RecoveryPlan,
    RecoverySite,
    ReplicationAppliance,
    ReplicationFlow,
    RetentionVolume,
    SeenDatastore,
    VCenterEstate,
    VcMatch,
    VcVm,
)
from reprotect_gui.domain.selection import Selection
from reprotect_gui.domain.verdicts import Status, Verdict

__all__ = [
    "AGENT_REGISTRATION_WINDOW",
    "DEFAULT_RETENTION",
    "HEARTBEAT_STALE_AFTER",
    "MAX_DISKS_PER_APPLIANCE",
    "MAX_DISKS_PER_MASTER_TARGET",
    "NEW_DRIVE_DISCOVERY",
    "REFRESH_CONFIGURATION_SERVER",
    "SUPPORTED_DATASTORE_TYPES",
    "DatastoreNeed",
    "DiskBudget",
    "EmptyListReason",
    "ModernizedPlacement",
    "appliance_choices",
    "appliance_disk_text",
    "datastore_choices",
    "datastore_need",
    "default_log_storage",
    "default_retention",
    "disk_budget",
    "explain_empty_appliances",
    "explain_empty_datastores",
    "explain_empty_master_targets",
    "explain_empty_placement",
    "explain_empty_retention",
    "free_space_gb",
    "heartbeat_is_recent",
    "item_choices",
    "item_ineligibility",
    "iter_item_choices",
    "log_storage_choices",
    "master_target_choices",
    "mixed_flow_reason",
    "modernized_placement",
    "plan_choices",
    "preselect",
    "preselected_datastore",
    "process_server_choices",
    "replication_group_plan",
    "retention_choices",
]

T = TypeVar("T")

# The action key an empty-list reason carries when the page should offer ASR's provider refresh.
REFRESH_CONFIGURATION_SERVER = "refresh-configuration-server"


@dataclass(frozen=True, slots=True)
class EmptyListReason:
    """One rule that emptied (or may have emptied) a list, and what to do about it."""

    check_id: str
    reason: str
    next_step: str
    action: str = ""  # e.g. REFRESH_CONFIGURATION_SERVER; '' when there is nothing to press


def choice_from_verdicts(value: T, verdicts: Iterable[Verdict]) -> Choice[T]:
    """block → not selectable, with the reason; warn / unknown → selectable, with a note."""
    reasons: list[tuple[str, str]] = []
    notes: list[tuple[str, str]] = []
    for v in verdicts:
        if v.status is Status.BLOCK:
            reasons.append((v.check_id, v.finding))
        elif v.status in (Status.WARN, Status.UNKNOWN):
            notes.append((v.check_id, v.finding))
    return Choice(
        value, selectable=not reasons, reasons=tuple(dict.fromkeys(reasons)), notes=tuple(dict.fromkeys(notes))
    )


# --- items (section A) --------------------------------------------------------------------


def item_ineligibility(item: ProtectedItem) -> tuple[tuple[str, str], ...]:
    """Why an item can't be reprotected at all; empty when it can (ELIG-01/03/05/06/08)."""
    return tuple((v.check_id, v.finding) for v in item_verdicts(item) if v.status is Status.BLOCK)


def item_choices(site: RecoverySite, now: datetime | None = None) -> list[Choice[ProtectedItem]]:
    """Every item; with `now`, items whose agent is still registering carry an ELIG-04 note.

    A member of a replication group can't be reprotected alone (SUB-02): it is disabled here, on the
    first page, with the recovery plan that reprotects its whole group (`replication_group_plan`).
    """
    return list(iter_item_choices(site, now))


def iter_item_choices(site: RecoverySite, now: datetime | None = None) -> Iterator[Choice[ProtectedItem]]:
    """`item_choices` one at a time, in the same order (a caller on a worker may pause between them)."""
    groups = _replication_groups(site)
    for item in sorted(site.items, key=lambda i: i.name.lower()):
        verdicts = list(item_verdicts(item, now))
        if item.replication_group:
            members, plan = groups[item.replication_group]
            verdicts.append(_sub02_alone(item, members, plan))
        yield choice_from_verdicts(item, verdicts)


def _replication_groups(site: RecoverySite) -> dict[str, tuple[str, RecoveryPlan | None]]:
    """group -> (its members' names, the smallest plan holding all of them); one pass over the items."""
    ids: dict[str, set[str]] = {}
    names: dict[str, list[str]] = {}
    for item in site.items:
        if item.replication_group:
            ids.setdefault(item.replication_group, set()).add(item.item_id)
            names.setdefault(item.replication_group, []).append(item.name)
    plans = [(p, set(p.item_ids)) for p in site.plans]
    out: dict[str, tuple[str, RecoveryPlan | None]] = {}
    for group, members in ids.items():
        holding = [p for p, held in plans if members <= held]
        plan = min(holding, key=lambda p: (len(p.item_ids), p.name.lower()), default=None)
        out[group] = (", ".join(sorted(names[group])), plan)
    return out


def replication_group_plan(site: RecoverySite, group: str) -> RecoveryPlan | None:
    """The smallest recovery plan holding every member of `group` (SUB-02), if the vault has one."""
    found = _replication_groups(site).get(group)
    return found[1] if found else None


def _sub02_alone(item: ProtectedItem, members: str, plan: RecoveryPlan | None) -> Verdict:
    group = item.replication_group or ""
    way = (
        t("reprotect recovery plan {plan} instead", plan=plan.name)
        if plan is not None
        else t("create a recovery plan with {members} in the portal, then reprotect that plan", members=members)
    )
    return verdict(
        "SUB-02",
        Status.BLOCK,
        t(
            "In replication group {group} ({members}), which can only be reprotected through a recovery plan: {way}.",
            group=group,
            members=members,
            way=way,
        ),
        (t("replication group {group}: {members}", group=group, members=members),),
        subject=item.name,
    )


def plan_choices(site: RecoverySite) -> list[Choice[RecoveryPlan]]:
    items_by_id = {i.item_id: i for i in site.items}
    group_members: dict[str, list[ProtectedItem]] = {}
    for i in site.items:
        if i.replication_group:
            group_members.setdefault(i.replication_group, []).append(i)
    out = []
    for plan in sorted(site.plans, key=lambda p: p.name.lower()):
        reasons: list[tuple[str, str]] = []
        items = [items_by_id[i] for i in plan.item_ids if i in items_by_id]
        for missing in (i for i in plan.item_ids if i not in items_by_id):
            reasons.append(("ELIG-01", t("{missing}: not a protected item of this vault", missing=missing)))
        for item in items:
            for cid, text in item_ineligibility(item):
                reasons.append((cid, t("{item}: {reason}", item=item.name, reason=text)))
        mixed = mixed_flow_reason(items)
        if mixed:
            reasons.append(("ELIG-08", mixed))
        elif len({i.os_type for i in items}) > 1:
            names = ", ".join(f"{i.name} ({i.os_type})" for i in items)
            reasons.append(("MT-02", t("mixes Windows and Linux VMs ({names}); one MT can't serve both", names=names)))
        if not plan.item_ids:
            reasons.append(("SUB-02", t("the plan has no protected items")))
        in_plan = set(plan.item_ids)
        for group in sorted({i.replication_group for i in items if i.replication_group}):
            left_out = sorted(i.name for i in group_members[group] if i.item_id not in in_plan)
            if left_out:  # SUB-02: a replication group goes back whole, or not at all
                reasons.append(
                    (
                        "SUB-02",
                        t(
                            "replication group {group} is only partly in this plan: {names} left out",
                            group=group,
                            names=", ".join(left_out),
                        ),
                    )
                )
        out.append(Choice(plan, selectable=not reasons, reasons=tuple(reasons)))
    return out


def mixed_flow_reason(items: Sequence[ProtectedItem]) -> str:
    """ELIG-08 for a plan: one reprotect dialog can't serve classic and modernized items at once."""
    by_flow: dict[ReplicationFlow, list[str]] = {}
    for item in items:
        by_flow.setdefault(item.flow, []).append(item.name)
    classic, modern = by_flow.get(ReplicationFlow.CLASSIC), by_flow.get(ReplicationFlow.MODERNIZED)
    if not (classic and modern):
        return ""
    return t(
        "mixes classic items ({classic}: master target) and modernized items ({modern}: "
        "replication appliance). Reprotect them one by one: choose 'A virtual machine' above, or "
        "split the plan by replication experience.",
        classic=", ".join(classic),
        modern=", ".join(modern),
    )


# --- master target and process server (sections B, C) ---------------------------------------


def _disks_by_vm(items: Sequence[ProtectedItem]) -> list[tuple[str, int]]:
    # The page has no per-VM disk choice yet: count the default (all but the temporary disk),
    # which is also what the preflight counts for a request without an explicit choice.
    return [(i.name, len(default_disks_to_include(i))) for i in items]


def _mt_vm(mt: MasterTarget, matches: Mapping[str, VcMatch] | None) -> VcVm | None:
    match = (matches or {}).get(mt.server_id)
    return match.vm if match is not None else None


def disk_budget(
    mt: MasterTarget, items: Sequence[ProtectedItem], matches: Mapping[str, VcMatch] | None = None
) -> DiskBudget:
    """MT-10 as the list shows it; with `matches`, the MT VM's devices in vCenter count too."""
    in_use, _ = disks_in_use(mt, _mt_vm(mt, matches))
    return DiskBudget(in_use=in_use, adding=sum(n for _, n in _disks_by_vm(items)))


def master_target_verdicts(
    site: RecoverySite,
    mt: MasterTarget,
    items: Sequence[ProtectedItem],
    now: datetime,
    target_vcenter: str | None = None,
    vcenter: VCenterEstate | None = None,
    matches: Mapping[str, VcMatch] | None = None,
) -> list[Verdict]:
    """MT-01, MT-10, MT-14, INF-07, and whether the MT's host offers a usable datastore at all."""
    verdicts = [mt01(mt, items), mt14(mt, now), mt10(mt, _disks_by_vm(items), mt_vm=_mt_vm(mt, matches))]
    known = {v.name.lower(): v for v in site.vcenters}
    # No VM chosen yet: only "is the MT's vCenter discovered" can be judged, not "is it the original".
    originals = dict.fromkeys(i.vcenter_name for i in items) or {mt.vcenter_name: None}
    for original in originals:
        verdicts.append(inf07(mt, original, target_vcenter, known, mt.name))
    verdicts += datastore_dead_end(mt, vcenter)
    return verdicts


def datastore_dead_end(mt: MasterTarget, vcenter: VCenterEstate | None) -> list[Verdict]:
    """A master target whose host offers no usable datastore leads to an empty datastore page:
    the rules that would empty it (INF-06, MT-08, DS-01, DS-02) block the MT here instead."""
    reasons = explain_empty_datastores(mt, vcenter)
    if not reasons:
        return []
    host = mt.esxi_host or t("unknown")
    return [
        verdict(
            r.check_id,
            Status.BLOCK,
            t(
                "The datastore page would be empty for {mt} (host {host}): {reason}",
                mt=mt.name,
                host=host,
                reason=r.reason,
            ),
            (t("{mt}: {reason}", mt=mt.name, reason=r.reason),),
            subject=mt.name,
        )
        for r in reasons
    ]


def master_target_choices(
    site: RecoverySite,
    items: Sequence[ProtectedItem],
    now: datetime,
    target_vcenter: str | None = None,
    vcenter: VCenterEstate | None = None,
    matches: Mapping[str, VcMatch] | None = None,
) -> list[Choice[MasterTarget]]:
    out = [
        choice_from_verdicts(mt, master_target_verdicts(site, mt, items, now, target_vcenter, vcenter, matches))
        for mt in sorted(site.master_targets, key=lambda m: m.name.lower())
    ]
    return sorted(out, key=lambda c: not c.selectable)  # the ones that can be chosen first, then why not


def explain_empty_master_targets(
    site: RecoverySite,
    items: Sequence[ProtectedItem],
    now: datetime,
    target_vcenter: str | None = None,
    vcenter: VCenterEstate | None = None,
    matches: Mapping[str, VcMatch] | None = None,
) -> tuple[EmptyListReason, ...]:
    """Why no master target can be chosen: none in the vault, or every one excluded by a rule."""
    if not site.master_targets:
        os_types = "/".join(sorted({i.os_type for i in items})) or "a"
        return (
            EmptyListReason(
                "MT-01",
                t("The vault has no master target; the VMs need a {os_types} one.", os_types=os_types),
                FIX["MT-01"],
            ),
        )
    choices = master_target_choices(site, items, now, target_vcenter, vcenter, matches)
    if any(c.selectable for c in choices):
        return ()
    return _group_reasons(c.reasons for c in choices)


def _group_reasons(per_entry: Iterable[tuple[tuple[str, str], ...]]) -> tuple[EmptyListReason, ...]:
    by_id: dict[str, list[str]] = {}
    for reasons in per_entry:
        for cid, text in reasons:
            by_id.setdefault(cid, [])
            if text not in by_id[cid]:
                by_id[cid].append(text)
    return tuple(EmptyListReason(cid, Text.joined(" ", texts), FIX.get(cid, "")) for cid, texts in by_id.items())


def process_server_choices(
    site: RecoverySite, now: datetime, link_type: LinkType | None = None
) -> list[Choice[ProcessServer]]:
    """INF-03 (heartbeat, health) disables; INF-05 (on-premises PS over a VPN, or link not stated) notes."""
    # Azure first: with a site-to-site VPN the process server belongs in Azure (INF-05).
    order = sorted(site.process_servers, key=lambda p: (p.location.value != "Azure", p.name))
    return [choice_from_verdicts(ps, (inf03_process_server(ps, now), inf05(ps, link_type))) for ps in order]


# --- datastore (section D) -----------------------------------------------------------------


def _on_prem_lookup(vcenter: VCenterEstate | None, vm_match: VcMatch | None) -> VmLookup | None:
    if vcenter is None or vm_match is None:
        return None
    if vm_match.vm is not None:
        return VmLookup(Presence.FOUND, vm=vm_match.vm)
    if vm_match.ambiguous:
        return None
    return VmLookup(Presence.ABSENT, why=t("on-premises VM {locator} is not in vCenter", locator=vm_match.locator.name))


@dataclass(frozen=True, slots=True)
class DatastoreNeed:
    """What the VM(s) a datastore is chosen for need on it (DS-03, DS-05).

    `needed_gb` counts only the VMs whose disks must be created (not in vCenter); `reused` names
    those whose disks exist (the value is then ignored, DS-03); `unknown` those vCenter can't tell.
    """

    needed_gb: float = 0.0
    new_disks_for: tuple[str, ...] = ()
    reused: tuple[str, ...] = ()
    unknown: tuple[str, ...] = ()

    @property
    def ignored(self) -> bool:
        """DS-03: every VM's disks exist on-premises, so the datastore value is ignored."""
        return bool(self.reused) and not self.new_disks_for and not self.unknown


def datastore_need(
    vcenter: VCenterEstate | None,
    targets: Sequence[tuple[ProtectedItem, tuple[str, ...], VcMatch | None]],
) -> DatastoreNeed:
    """`targets`: (item, disk ids coming back, its on-premises match) for each VM the choice is for.

    A VM that may be gone (vCenter not read, match ambiguous) counts as needing its disks."""
    needed = 0.0
    new: list[str] = []
    reused: list[str] = []
    unknown: list[str] = []
    for item, disk_ids, match in targets:
        lookup = _on_prem_lookup(vcenter, match)
        if lookup is not None and lookup.found:
            reused.append(item.name)
            continue
        wanted = set(disk_ids or default_disks_to_include(item))
        needed += sum(d.size_gb for d in item.disks if d.disk_id in wanted)
        (new if lookup is not None and lookup.absent else unknown).append(item.name)
    return DatastoreNeed(needed, tuple(new), tuple(reused), tuple(unknown))


def free_space_gb(ds: SeenDatastore, vcenter: VCenterEstate | None) -> float | None:
    """Free space as vCenter shows it (fresher), else as ASR lists it; None when neither knows."""
    vc_ds = vcenter.datastore(ds.symbolic_name) if vcenter is not None else None
    if vc_ds is not None:
        return vc_ds.free_gb
    return ds.free_gb if ds.capacity_gb else None


def preselected_datastore(
    choices: Sequence[Choice[SeenDatastore]], need: DatastoreNeed, vm_datastores: Sequence[str] = ()
) -> SeenDatastore | None:
    """Sensible default: the only usable datastore; or, when the value is ignored (DS-03), the VM's own
    (else the first usable). None when the operator has a real choice to make."""
    usable = [c.value for c in choices if c.selectable]
    if len(usable) == 1:
        return usable[0]
    if need.ignored and usable:
        own = [ds for ds in usable if ds.symbolic_name in vm_datastores]
        return (own or usable)[0]
    return None


def datastore_choices(
    mt: MasterTarget,
    vcenter: VCenterEstate | None,
    vm_match: VcMatch | None = None,
    need: DatastoreNeed | None = None,
) -> list[Choice[SeenDatastore]]:
    """The MT's datastores; NFS and unreachable ones listed with the reason (DS-01, DS-02).

    With `vm_match` (the item's on-premises VM) and the VM still there, MT-12 applies: when the
    MT's host can't write to the VM's datastore, no datastore makes the reprotect work. With
    `need`, a datastore with less free space than new disks need carries DS-05 (a warning).
    """
    lookup = _on_prem_lookup(vcenter, vm_match)
    mt12_verdict = mt12(mt, lookup, vcenter, mt.name) if lookup is not None and lookup.found else None
    out = []
    for ds in sorted(mt.datastores, key=lambda d: d.symbolic_name.lower()):
        verdicts = [ds01(ds.symbolic_name, ds.type), ds02(mt, ds.symbolic_name, vcenter)]
        if mt12_verdict is not None:
            verdicts.append(mt12_verdict)
        if need is not None and need.needed_gb > 0:
            subject = ", ".join(need.new_disks_for + need.unknown)
            verdicts.append(ds05(ds.symbolic_name, free_space_gb(ds, vcenter), need.needed_gb, subject))
        out.append(choice_from_verdicts(ds, verdicts))
    return out


def explain_empty_datastores(
    mt: MasterTarget, vcenter: VCenterEstate | None, vm_match: VcMatch | None = None
) -> tuple[EmptyListReason, ...]:
    """Why no datastore can be chosen: ASR discovered none (INF-06, MT-08) or rules excluded all."""
    if not mt.datastores:
        out = []
        for v in (inf06(mt, vcenter), mt08(mt, vcenter)):
            if v.status in (Status.BLOCK, Status.UNKNOWN):
                out.append(EmptyListReason(v.check_id, v.finding, FIX[v.check_id]))
        if vcenter is None:
            out.append(
                EmptyListReason(
                    "INF-06",
                    t("The cause can't be narrowed down: {why}.", why=VCENTER_NOT_READ),
                    t("Connect to vCenter to see the host's datastores."),
                )
            )
        return tuple(out)
    choices = datastore_choices(mt, vcenter, vm_match)
    if any(c.selectable for c in choices):
        return ()
    return _group_reasons(c.reasons for c in choices)


# --- retention drive (section E) -----------------------------------------------------------


def retention_choices(mt: MasterTarget) -> list[Choice[RetentionVolume]]:
    """RET-01…05 disable; RET-08 (free space over the threshold) notes."""
    return [choice_from_verdicts(vol, volume_verdicts(vol)) for vol in mt.retention_volumes]


def default_retention(mt: MasterTarget, choices: Sequence[Choice[RetentionVolume]]) -> RetentionVolume | None:
    """RET-06: `R:` on Windows, `/mnt/retention/` on Linux, when it is eligible."""
    wanted = DEFAULT_RETENTION[mt.os_type].rstrip("/\\").lower()
    for c in choices:
        if c.selectable and c.value.name.rstrip("/\\").lower() == wanted:
            return c.value
    return None


def explain_empty_retention(
    mt: MasterTarget, configuration_server: ConfigurationServer | None, now: datetime
) -> tuple[EmptyListReason, ...]:
    """RET-07 first (a new drive takes up to NEW_DRIVE_DISCOVERY: refresh), then RET-01…05 as the checklist."""
    choices = retention_choices(mt)
    if any(c.selectable for c in choices):
        return ()
    refresh = EmptyListReason(
        "RET-07",
        t(
            "No usable retention drive on {mt} ({refresh}); {why}.",
            mt=mt.name,
            refresh=refresh_text(configuration_server, now),
            why=NEW_DRIVE_TEXT,
        ),
        FIX["RET-07"],
        action=REFRESH_CONFIGURATION_SERVER,
    )
    excluded = _group_reasons(c.reasons for c in choices)
    excluded_ids = {r.check_id for r in excluded}
    checklist = tuple(
        EmptyListReason(
            cid, t("ASR lists only volumes that meet this rule: {fix}", fix=remediation(FIX[cid])), FIX[cid]
        )
        for cid in ("RET-01", "RET-02", "RET-03", "RET-04", "RET-05")
        if cid not in excluded_ids
    )
    return (refresh, *excluded, *checklist)


# --- modernized flow (section G) -----------------------------------------------------------


def appliance_disk_text(appliance: ReplicationAppliance, items: Sequence[ProtectedItem]) -> str:
    """RCM-04 as the list shows it: 'used / 60', with what these VMs add."""
    adding = sum(1 for i in items for d in i.disks if not d.is_azure_temporary)
    return f"{appliance.disks_in_use} + {adding} / {MAX_DISKS_PER_APPLIANCE}"


def appliance_choices(
    site: RecoverySite, items: Sequence[ProtectedItem], now: datetime
) -> list[Choice[ReplicationAppliance]]:
    """RCM-01 (health, heartbeat) and RCM-04 (MAX_DISKS_PER_APPLIANCE) decide; healthy ones first."""
    out = [
        choice_from_verdicts(a, (rcm01(a, now), rcm04(a, items)))
        for a in sorted(site.appliances, key=lambda a: a.name.lower())
    ]
    return sorted(out, key=lambda c: not c.selectable)


def explain_empty_appliances(
    site: RecoverySite, items: Sequence[ProtectedItem], now: datetime
) -> tuple[EmptyListReason, ...]:
    if not site.appliances:
        return (EmptyListReason("RCM-01", t("The vault has no replication appliance registered."), FIX["RCM-01"]),)
    choices = appliance_choices(site, items, now)
    if any(c.selectable for c in choices):
        return ()
    return _group_reasons(c.reasons for c in choices)


@dataclass(frozen=True, slots=True)
class ModernizedPlacement:
    """Where one modernized item comes back (RCM-03) and what the datastore page offers."""

    location: Location
    why: str
    automatic: SeenDatastore | None  # original location: chosen for the operator
    choices: tuple[Choice[SeenDatastore], ...]  # alternate location: what can be chosen


def _seen(name: str, vcenter: VCenterEstate | None) -> SeenDatastore:
    ds = vcenter.datastore(name) if vcenter is not None else None
    if ds is None:
        return SeenDatastore(name, DatastoreType.OTHER, 0.0, 0.0)
    return SeenDatastore(name, ds.type, ds.capacity_gb, ds.free_gb)


def _appliance_datastores(appliance: ReplicationAppliance, vcenter: VCenterEstate | None) -> list[str]:
    """Every datastore of the appliance's vCenter (when that is the one read), else those ASR lists."""
    names = list(appliance.datastores)
    if vcenter is not None and vcenter.vcenter_name.lower() == appliance.vcenter_name.lower():
        names += [d.name for d in vcenter.datastores if d.name not in names]
    return sorted(names, key=str.lower)


def modernized_placement(
    appliance: ReplicationAppliance,
    item: ProtectedItem,
    vcenter: VCenterEstate | None,
    vm_match: VcMatch | None = None,
) -> ModernizedPlacement:
    lookup = _on_prem_lookup(vcenter, vm_match) or VmLookup(
        Presence.UNKNOWN,
        why=VCENTER_NOT_READ if vcenter is None else t("{item} was not mapped to a vCenter VM", item=item.name),
    )
    location, why = recovery_location(item, lookup)
    if location is Location.ORIGINAL:
        auto = automatic_datastore(appliance, item, lookup)
        seen = _seen(auto, vcenter) if auto else None
        verdicts = [rcm02(appliance, item, lookup, vcenter, auto or "")]
        choice = (choice_from_verdicts(seen, verdicts),) if seen else ()
        return ModernizedPlacement(location, why, seen, choice)
    out = []
    for name in _appliance_datastores(appliance, vcenter):
        verdicts = [rcm03(appliance, item, lookup, name, vcenter)]
        out.append(choice_from_verdicts(_seen(name, vcenter), verdicts))
    return ModernizedPlacement(location, why, None, tuple(out))


def explain_empty_placement(
    appliance: ReplicationAppliance, placement: ModernizedPlacement, item: ProtectedItem
) -> tuple[EmptyListReason, ...]:
    """Why no datastore can be used for this item through this appliance (RCM-02 / RCM-03)."""
    if any(c.selectable for c in placement.choices):
        return ()
    if placement.location is Location.ORIGINAL and not placement.choices:
        return (
            EmptyListReason(
                "RCM-02",
                t(
                    "{appliance} reaches none of the datastores holding {item} (it reaches {value}).",
                    appliance=appliance.name,
                    item=item.name,
                    value=", ".join(appliance.datastores) or t("none"),
                ),
                FIX["RCM-02"],
            ),
        )
    if not placement.choices:
        return (
            EmptyListReason(
                "RCM-03", t("{appliance} reports no datastore it can write.", appliance=appliance.name), FIX["RCM-03"]
            ),
        )
    return _group_reasons(c.reasons for c in placement.choices)


def log_storage_choices(site: RecoverySite, items: Sequence[ProtectedItem]) -> list[Choice[LogStorageAccount]]:
    """RCM-05: every log storage account the vault's replication uses; the VMs' own one first."""
    own = {i.rcm.log_storage_account_id.lower() for i in items if i.rcm and i.rcm.log_storage_account_id}
    default = default_log_storage(site, items)
    accounts = list(site.log_storage_accounts)
    if default is not None and site.log_storage_account(default.account_id) is None:
        accounts.append(default)
    accounts.sort(key=lambda a: (a.account_id.lower() not in own, a.name.lower()))
    return [Choice(a, True) for a in accounts]


def default_log_storage(site: RecoverySite, items: Sequence[ProtectedItem]) -> LogStorageAccount | None:
    """The account ASR would reuse: the one the (first) VM's replication already writes to."""
    for item in items:
        if item.rcm and item.rcm.log_storage_account_id:
            known = site.log_storage_account(item.rcm.log_storage_account_id)
            return known or LogStorageAccount(
                item.rcm.log_storage_account_id,
                item.rcm.log_storage_account_id.rstrip("/").rsplit("/", 1)[-1],
                (item.name,),
            )
    return None


# --- what the wizard preselects (the console program asks the same) -------------------------


def preselect(
    site: RecoverySite,
    vcenter: VCenterEstate | None,
    matches: Mapping[str, VcMatch],
    selection: Selection,
    now: datetime,
    link_type: LinkType | None = None,
    *,
    take_first_eligible: bool = False,
) -> tuple[str, ...]:
    """Fill what is still open in `selection` the way the wizard's pages preselect it.

    The wizard preselects a master target or an appliance only when exactly one can be chosen
    (the MT decides the ESXi host, MT-13), the first eligible process server (Azure first,
    INF-05), the OS's default retention drive (RET-06), every disk but Azure's temporary one
    (DS-07), the automatic datastore of an original-location modernized recovery (RCM-03) and
    the log storage account the VMs already use (RCM-05), and a datastore when its value is ignored
    (DS-03: the VMs' disks exist) or only one can be used. What was already chosen is kept.

    Returns what the operator would still have to choose, in plain words. With
    `take_first_eligible` (an unattended readiness check), each such open choice takes the first
    eligible entry of the list the wizard shows (for the master target: the first one that leaves
    every VM a datastore and a retention drive), and the sentence says so.
    """
    open_: list[str] = []
    items = selection.items

    def pick(what: str, entries: Sequence[Choice[T]], *, only_one_is_taken: bool) -> T | None:
        """The wizard's rule for a list it preselects from only when there is no choice to make."""
        eligible = [c.value for c in entries if c.selectable]
        if not eligible:
            open_.append(t("{what}: none can be chosen", what=what))
            return None
        if len(eligible) == 1 and only_one_is_taken:
            return eligible[0]
        if take_first_eligible:
            open_.append(
                t(
                    "{what}: {label} was taken, the first eligible of {count}",
                    what=what,
                    label=_label(eligible[0]),
                    count=len(eligible),
                )
            )
            return eligible[0]
        open_.append(t("{what}: {count} can be chosen", what=what, count=len(eligible)))
        return None

    if not items:
        return (t("a VM or a recovery plan"),)
    if selection.is_modernized:
        if not selection.appliance_id:
            appliance = pick(t("replication appliance"), appliance_choices(site, items, now), only_one_is_taken=True)
            selection.appliance_id = appliance.appliance_id if appliance else None
        if selection.appliance_id:
            chosen = site.appliance(selection.appliance_id)
            for item in items:
                c = selection.choices_for(item.item_id)
                if c.datastore_name:
                    continue
                placement = modernized_placement(chosen, item, vcenter, matches.get(item.item_id))
                if placement.location is Location.ORIGINAL:
                    automatic = placement.automatic
                    if automatic is not None and any(ch.selectable for ch in placement.choices):
                        c.datastore_name = automatic.symbolic_name
                    else:
                        open_.append(t("datastore for {item}: none can be chosen", item=item.name))
                else:  # alternate location: the only usable datastore is taken, as the page does
                    ds = pick(t("datastore for {item}", item=item.name), placement.choices, only_one_is_taken=True)
                    c.datastore_name = ds.symbolic_name if ds is not None else None
        if not selection.log_storage_account_id:
            default = default_log_storage(site, items)
            if default is not None:
                selection.log_storage_account_id = default.account_id
            else:
                open_.append(t("log storage account: none is in use yet"))
        return tuple(open_)
    if not selection.master_target_id:
        # With vCenter and the matches: a master target whose host offers no datastore is disabled (issue 13).
        entries = master_target_choices(site, items, now, vcenter=vcenter, matches=matches)
        if take_first_eligible:
            # Of several, the first that leaves every VM a datastore and a retention drive to choose.
            def complete(mt: MasterTarget) -> bool:
                return any(c.selectable for c in retention_choices(mt)) and all(
                    any(c.selectable for c in datastore_choices(mt, vcenter, matches.get(i.item_id))) for i in items
                )

            entries = sorted(entries, key=lambda c: not (c.selectable and complete(c.value)))
        mt = pick(t("master target"), entries, only_one_is_taken=True)
        selection.master_target_id = mt.server_id if mt else None
    if not selection.process_server_id:
        # The wizard selects the first eligible entry of this list (Azure first).
        eligible_ps = [c.value for c in process_server_choices(site, now, link_type) if c.selectable]
        selection.process_server_id = eligible_ps[0].server_id if eligible_ps else None
        if not eligible_ps:
            open_.append(t("process server: none can be chosen"))
    chosen_mt = next((m for m in site.master_targets if m.server_id == selection.master_target_id), None)
    for item in items:
        c = selection.choices_for(item.item_id)
        if not c.disks_to_include:
            c.disks_to_include = default_disks_to_include(item)
        if chosen_mt is None:
            continue
        if not c.retention_drive:
            volumes = retention_choices(chosen_mt)
            default_drive = default_retention(chosen_mt, volumes)
            drive = default_drive or pick(
                t("retention drive for {item}", item=item.name), volumes, only_one_is_taken=False
            )
            c.retention_drive = drive.name if drive is not None else None
    if chosen_mt is not None:
        # As the datastore page: a plan gets one datastore for all its VMs ("the same for every VM"),
        # a VM its own; taken when the value is ignored (DS-03) or only one can be used.
        groups = [items] if selection.is_plan else [(i,) for i in items]
        for group in groups:
            still = [i for i in group if not selection.choices_for(i.item_id).datastore_name]
            if not still:
                continue
            need = datastore_need(
                vcenter, [(i, selection.choices_for(i.item_id).disks_to_include, matches.get(i.item_id)) for i in group]
            )
            match = matches.get(group[0].item_id)
            offered = datastore_choices(chosen_mt, vcenter, match, need)
            own = match.vm.datastore_names if match is not None and match.vm is not None else ()
            ds_ = preselected_datastore(offered, need, own) or pick(
                t("datastore for {item}", item=", ".join(i.name for i in still)), offered, only_one_is_taken=False
            )
            for i in still:
                selection.choices_for(i.item_id).datastore_name = ds_.symbolic_name if ds_ is not None else None
    return tuple(open_)


def _label(value: object) -> str:
    for attr in ("name", "symbolic_name"):
        if isinstance(getattr(value, attr, None), str):
            return str(getattr(value, attr))
    return str(value)
