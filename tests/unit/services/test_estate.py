"""Loading the estate: vault first, vCenter second, joined; a vCenter failure leaves the vault usable."""

from __future__ import annotations

import dataclasses

import pytest

from reprotect_gui.domain.errors import ConnectionFailed
from reprotect_gui.services.estate import load_estate
from reprotect_gui.training.backends import TrainingSiteRecovery, TrainingVCenter
from reprotect_gui.training.scenario import load_scenario
from tests.fakes import ManualClock, RecordingContext


class UnreachableVCenter:
    def read_estate(self, focus, ctx):
        raise ConnectionFailed("vCenter vc-tokyo-01 did not answer.", "Check the network, then retry.")


class HostlessVault(TrainingSiteRecovery):
    """ASR reports master targets by name and IP only: no ESXi host."""

    def read_site(self, ctx):
        site = super().read_site(ctx)
        return dataclasses.replace(
            site,
            master_targets=tuple(dataclasses.replace(m, esxi_host="", vcenter_name="") for m in site.master_targets),
        )


def test_master_targets_are_placed_on_their_esxi_host_from_vcenter():
    scenario, clock = load_scenario(), ManualClock()
    estate = load_estate(
        HostlessVault(scenario, clock, latency_s=0), TrainingVCenter(scenario, latency_s=0), clock, RecordingContext()
    )
    mts = {m.name: m for m in estate.site.master_targets}
    assert mts["mt-win-01"].esxi_host == "esx-01.contoso.local"
    assert mts["mt-win-01"].vcenter_name == "vc-tokyo-01.contoso.local"
    assert mts["mt-phys-01"].esxi_host == ""  # no vCenter VM: stays unknown (ELIG-02)
    assert estate.matches["web-01"].vm is not None and estate.matches["web-01"].matched_by == "BIOS UUID"


def test_an_unreachable_vcenter_leaves_the_vault_usable_and_says_why():
    scenario, clock = load_scenario(), ManualClock()
    ctx = RecordingContext()
    estate = load_estate(TrainingSiteRecovery(scenario, clock, latency_s=0), UnreachableVCenter(), clock, ctx)
    assert estate.vcenter is None and estate.matches == {}
    assert "did not answer" in estate.vcenter_problem
    assert len(estate.site.items) > 10
    assert ctx.reports[-1] == (1.0, "Estate read")


def test_without_vcenter_the_estate_says_not_connected():
    scenario, clock = load_scenario(), ManualClock()
    estate = load_estate(TrainingSiteRecovery(scenario, clock, latency_s=0), None, clock, RecordingContext())
    assert estate.vcenter is None and estate.vcenter_problem == "Not connected to vCenter."


def test_the_adapters_own_matches_win_over_matching_again():
    """The vCenter adapter searched directly: its `vms` hold only what it found, so the services
    layer takes its outcome instead of matching the locators again against that short list."""
    from reprotect_gui.domain.matching import BY_NAME_AND_IP, FOUND_BY_IP
    from reprotect_gui.domain.models import VcMatch
    from reprotect_gui.services.estate import match_all

    scenario, clock = load_scenario(), ManualClock()
    site = TrainingSiteRecovery(scenario, clock, latency_s=0).read_site(RecordingContext())
    vcenter = TrainingVCenter(scenario, latency_s=0).read_estate([], RecordingContext())
    web = next(i for i in site.items if i.name == "web-01")
    twin = next(v for v in vcenter.vms if v.name == "web-01")
    decided = VcMatch(web.on_prem_vm, twin, BY_NAME_AND_IP, found_by=FOUND_BY_IP)
    matches = match_all(site, dataclasses.replace(vcenter, vms=(), matches=(decided,)))
    assert matches["web-01"] is decided
    other = next(i for i in site.items if i.item_id != "web-01")
    assert matches[other.item_id].vm is None  # not decided by the adapter, and not among its VMs


def test_matching_every_item_has_a_cooperative_point_every_hundred_items():
    """A vault of thousands: match_all lets a job's window run (and honours a cancel) between chunks."""
    from reprotect_gui.domain.ports import JobCancelled
    from reprotect_gui.services.estate import MATCH_CHUNK, match_all

    scenario, clock = load_scenario(), ManualClock()
    site = TrainingSiteRecovery(scenario, clock, latency_s=0).read_site(RecordingContext())
    vcenter = TrainingVCenter(scenario, latency_s=0).read_estate([], RecordingContext())
    grown = dataclasses.replace(
        site,
        items=tuple(dataclasses.replace(item, item_id=f"{item.item_id}-{n}") for n in range(40) for item in site.items),
    )
    assert MATCH_CHUNK == 100 and len(grown.items) > 2 * MATCH_CHUNK

    class Counting(RecordingContext):
        points = 0

        def raise_if_cancelled(self) -> None:
            self.points += 1
            if self.points > 2:
                raise JobCancelled()

    assert match_all(grown, vcenter, RecordingContext()) == match_all(grown, vcenter)
    ctx = Counting()
    with pytest.raises(JobCancelled):
        match_all(grown, vcenter, ctx)
    assert ctx.points == 3  # stopped at the third chunk, not after matching everything
