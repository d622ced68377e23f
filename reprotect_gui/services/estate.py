"""Use case: read everything the wizard needs from the vault and from vCenter."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from reprotect_gui.domain.errors import UserFacingError
from reprotect_gui.domain.matching import match_locator, place_master_targets
from reprotect_gui.domain.messages import t
from reprotect_gui.domain.models import ProtectedItem, RecoverySite, VCenterEstate, VcMatch, VmLocator
from reprotect_gui.domain.ports import Clock, JobContext, SiteRecovery, VCenterInventory


@dataclass(frozen=True, slots=True)
class Estate:
    site: RecoverySite
    vcenter: VCenterEstate | None
    vcenter_problem: str  # why vCenter facts are missing; "" when read
    loaded_at: datetime
    # ASR object -> vCenter VM, keyed by item id and master-target server id (empty without vCenter).
    matches: Mapping[str, VcMatch] = field(default_factory=dict)


class _Stage:
    """Maps a sub-step's 0..1 progress into its share of the whole."""

    def __init__(self, ctx: JobContext, start: float, end: float) -> None:
        self._ctx, self._start, self._end = ctx, start, end

    def report(self, done: float, text: str) -> None:
        self._ctx.report(self._start + (self._end - self._start) * done, text)

    def raise_if_cancelled(self) -> None:
        self._ctx.raise_if_cancelled()


MATCH_CHUNK = 100  # items matched between two cooperative points (a vault of 10,000: ~100 ms in all)


def match_all(site: RecoverySite, vcenter: VCenterEstate, ctx: JobContext | None = None) -> dict[str, VcMatch]:
    """Map every item's on-premises VM and every master target to its vCenter VM.

    The adapter's own outcome wins (it searched vCenter directly, so `vcenter.vms` holds only what
    was found); a locator it was not asked about is matched against the VMs it returned. With
    `ctx`, a cooperative point every MATCH_CHUNK items (a job there lets the window run)."""
    decided = {m.locator: m for m in vcenter.matches}

    def match(locator: VmLocator) -> VcMatch:
        return decided.get(locator) or match_locator(locator, vcenter.vms)

    out: dict[str, VcMatch] = {}
    for start in range(0, len(site.items), MATCH_CHUNK):
        if ctx is not None:
            ctx.raise_if_cancelled()
        out.update({item.item_id: match(item.on_prem_vm) for item in site.items[start : start + MATCH_CHUNK]})
    out.update({mt.server_id: match(mt.vm) for mt in site.master_targets if mt.vm})
    return out


def vcenter_focus(site: RecoverySite) -> list[VmLocator]:
    """The VMs whose details matter: master targets and the protected VMs' on-premises twins."""
    focus = [mt.vm for mt in site.master_targets if mt.vm is not None]
    focus += [item.on_prem_vm for item in site.items]
    return focus


def load_estate(
    site_recovery: SiteRecovery,
    vcenter: VCenterInventory | None,
    clock: Clock,
    ctx: JobContext,
    *,
    on_items: Callable[[Sequence[ProtectedItem]], None] | None = None,
) -> Estate:
    """The vault, then vCenter for the VMs that matter. `on_items` receives each page of items as
    it arrives (a vault of thousands: the select page is usable before the rest is read)."""
    stage = _Stage(ctx, 0.0, 0.6)
    site = site_recovery.read_site(stage, on_items=on_items) if on_items else site_recovery.read_site(stage)
    ctx.raise_if_cancelled()
    problem: str = t("Not connected to vCenter.")
    vc_estate = None
    if vcenter is not None:
        try:
            vc_estate = vcenter.read_estate(vcenter_focus(site), _Stage(ctx, 0.6, 1.0))
            problem = ""
        except UserFacingError as exc:
            # The vault alone still lets the operator prepare; vCenter checks then say "unknown".
            problem = str(exc)
    ctx.report(1.0, t("Estate read"))
    matches: dict[str, VcMatch] = {}
    if vc_estate is not None:
        matches = match_all(site, vc_estate, ctx)
        site = replace(site, master_targets=place_master_targets(site.master_targets, matches, vc_estate.vcenter_name))
    return Estate(site, vc_estate, problem, clock.now(), matches)


def refresh_and_reload(
    site_recovery: SiteRecovery,
    vcenter: VCenterInventory | None,
    clock: Clock,
    configuration_server_id: str,
    ctx: JobContext,
) -> Estate:
    """RET-07: ask ASR to refresh the configuration server, then read the estate again."""
    site_recovery.refresh_configuration_server(configuration_server_id, _Stage(ctx, 0.0, 0.5))
    return load_estate(site_recovery, vcenter, clock, _Stage(ctx, 0.5, 1.0))
