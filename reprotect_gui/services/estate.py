"""Use case: read everything the wizard needs from the vault and from vCenter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reprotect_gui.domain.errors import UserFacingError
from reprotect_gui.domain.models import RecoverySite, VCenterEstate, VmLocator
from reprotect_gui.domain.ports import Clock, JobContext, SiteRecovery, VCenterInventory


@dataclass(frozen=True, slots=True)
class Estate:
    site: RecoverySite
    vcenter: VCenterEstate | None
    vcenter_problem: str  # why vCenter facts are missing; "" when read
    loaded_at: datetime


class _Stage:
    """Maps a sub-step's 0..1 progress into its share of the whole."""

    def __init__(self, ctx: JobContext, start: float, end: float) -> None:
        self._ctx, self._start, self._end = ctx, start, end

    def report(self, done: float, text: str) -> None:
        self._ctx.report(self._start + (self._end - self._start) * done, text)

    def raise_if_cancelled(self) -> None:
        self._ctx.raise_if_cancelled()


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
) -> Estate:
    site = site_recovery.read_site(_Stage(ctx, 0.0, 0.6))
    ctx.raise_if_cancelled()
    vc_estate, problem = None, "Not connected to vCenter."
    if vcenter is not None:
        try:
            vc_estate = vcenter.read_estate(vcenter_focus(site), _Stage(ctx, 0.6, 1.0))
            problem = ""
        except UserFacingError as exc:
            # The vault alone still lets the operator prepare; vCenter checks then say "unknown".
            problem = str(exc)
    ctx.report(1.0, "Estate read")
    return Estate(site, vc_estate, problem, clock.now())
