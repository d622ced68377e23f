"""The smaller edges of the checks: a missing object next to a present one, a text derived from a count, a
default that applies only when nothing else is known. Each case pins one comparison (benchmarks/mutation.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from builders import NOW, ago, assert_outcome, item, master_target, volume, world
from rcm_builders import assert_rcm_outcome, rcm_item, rcm_world

from reprotect_gui.domain.checks.eligibility import elig01_cause, elig08
from reprotect_gui.domain.checks.facts import Facts
from reprotect_gui.domain.checks.modernized import rcm05, rcm06
from reprotect_gui.domain.checks.retention import refresh_text, ret06, ret08, used_percent, volume_verdicts
from reprotect_gui.domain.models import KnownVCenter, OsType
from reprotect_gui.domain.verdicts import Status

B, W, P, U, I = Status.BLOCK, Status.WARN, Status.PASS, Status.UNKNOWN, Status.INFO


# --- ELIG-01, ELIG-04, ELIG-08 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("location", "cause"),
    [
        ("Primary", "the VM has not been failed over to Azure (it still runs on-premises)"),
        ("RECOVERY", "ASR does not allow reprotect in state 'FailedOver'"),
    ],
)
def test_elig01_a_not_allowed_reprotect_says_whether_the_vm_failed_over(location, cause):
    it = item(active_location=location, allowed_operations=frozenset({"DisableProtection"}))
    assert elig01_cause(it) == cause


def test_elig04_times_are_never_negative():
    ahead = NOW + timedelta(minutes=1)  # ASR's clock ahead of ours
    assert_outcome(
        lambda w: w.item(failover_time=ahead, agent_last_heartbeat=None), "ELIG-04", W, "failed over 0 min 00 s ago"
    )


def test_elig04_shows_seconds():
    assert_outcome(
        lambda w: w.item(failover_time=NOW - timedelta(seconds=61), agent_last_heartbeat=None),
        "ELIG-04",
        W,
        "failed over 1 min 01 s ago",
    )


def test_elig08_names_the_modernized_flow():
    assert "replication appliance" in elig08(rcm_item()).finding
    assert elig08(item()).finding == "Classic VMware-to-Azure item."


# --- a request for an item the vault does not have: the item's own checks stay silent ---------------------------


@pytest.mark.parametrize("check_id", ["DS-05", "MT-10"])
def test_checks_needing_the_item_say_nothing_of_a_ghost(check_id):
    verdicts = [v for v in _preflight(lambda w: w.set(request_items=["ghost-01"])) if v.check_id == check_id]
    assert all("ghost-01" not in v.subject for v in verdicts)


def test_modernized_checks_needing_the_item_say_nothing_of_a_ghost():
    assert_rcm_outcome(lambda w: w.set(request_items=["ghost-01"]), "RCM-02", None, "")


def _preflight(mutate):
    from builders import preflight

    return preflight(mutate)


# --- the configuration server an item belongs to ------------------------------------------------------------------


def test_an_item_naming_no_configuration_server_belongs_to_the_only_one():
    w = world()
    w.item(configuration_server_id="")
    f = Facts(w.input())
    assert f.configuration_server_for(w.items[0]).server_id == "cs-01"
    w.css.append(replace(w.css[0], server_id="cs-02", name="cs-02"))
    assert Facts(w.input()).configuration_server_for(w.items[0]) is None


# --- RET-05, RET-06, RET-07, RET-08 -------------------------------------------------------------------------------


@pytest.mark.parametrize(("capacity_bytes", "zero"), [(0, True), (1, False)])
def test_ret05_zero_capacity_edge(capacity_bytes, zero):
    vol = replace(volume(), capacity_bytes=capacity_bytes, free_bytes=0)
    verdicts = [v for v in _volume_verdicts(vol) if v.check_id == "RET-05"]
    assert any("zero capacity" in v.finding for v in verdicts) is zero


def _volume_verdicts(vol):
    return volume_verdicts(vol)


def test_used_percent_of_a_one_byte_volume():
    vol = replace(volume(), capacity_bytes=1, free_bytes=0)
    assert used_percent(vol) == 100.0


def test_retention_verdicts_name_the_volume_or_the_given_subject():
    vol = volume("R:")
    assert ret08(vol).subject == "R:"
    assert ret08(vol, "web-01").subject == "web-01"
    mt = master_target()
    assert ret06(mt, "R:").subject == mt.name
    assert ret06(mt, "S:").subject == mt.name
    assert ret06(mt, "S:", "web-01").subject == "web-01"


def test_ret06_says_whether_the_default_drive_is_there():
    listed = ret06(master_target(), "S:")
    assert listed.status is I and "R: is available" in listed.finding
    unlisted = ret06(master_target(retention_volumes=(volume("S:"),)), "S:")
    assert "R: is not listed on this master target" in unlisted.finding


@pytest.mark.parametrize(("ago_minutes", "text"), [(59.99, "59 min"), (60, "60 min"), (61, "61 min")])
def test_ret07_refresh_age_in_whole_minutes(ago_minutes, text):
    cs = world().css[0]
    assert refresh_text(replace(cs, last_refreshed=ago(ago_minutes)), NOW) == f"cs-01: last refreshed {text} ago"


# --- INF-09: which vCenter the master target is on ----------------------------------------------------------------


def test_inf09_one_known_vcenter_answers_for_a_master_target_that_does_not_say():
    # judged as vc-01.lab (unknown only because vCenter itself was not read), not "which vCenter?"
    assert_outcome(lambda w: (w.mt(vcenter_name=""), w.no_vcenter()), "INF-09", U, "ASR: vCenter vc-01.lab Connected")


def test_inf09_two_known_vcenters_leave_it_unknown():
    def two(w):
        w.mt(vcenter_name="")
        w.no_vcenter()
        w.known_vcenters.append(KnownVCenter("vc-02.lab", "10.0.0.21", ago(2)))

    assert_outcome(two, "INF-09", U, "vCenters discovered by ASR: vc-01.lab, vc-02.lab")


# --- RCM-05, RCM-06 -----------------------------------------------------------------------------------------------


def test_rcm06_warns_of_fstab_for_linux_only():
    assert "fstab/LVM" in rcm06(rcm_item()).finding  # the builders' modernized VM runs Ubuntu
    assert "fstab/LVM" not in rcm06(rcm_item(os_type=OsType.WINDOWS, os_version="Windows Server 2019")).finding


def test_rcm05_names_an_unlisted_account_after_the_last_part_of_its_id():
    site = rcm_world().site()
    account = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/logsnew01/"
    verdict = rcm05(site, rcm_item(), account)
    assert verdict.finding == "Replication logs go to logsnew01, chosen here."
