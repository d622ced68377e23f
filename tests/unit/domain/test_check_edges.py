"""Every numeric threshold and every version/name comparison of the checks, just inside and just outside its edge.

The catalogue tables (test_checks_*.py) show each rule passing and failing with values far from its limit; here
the value sits on the limit and one step past it, so moving a comparison by one (`>=` to `>`, 15 minutes to 16)
fails a test. The step is the smallest the data carries: one second, one disk, one GB, one percent.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from builders import NOW, ago, assert_outcome, disk, item, master_target, plan_of, volume
from rcm_builders import appliance, rcm_item

from reprotect_gui.domain.checks.eligibility import (
    AGENT_REGISTRATION_WINDOW,
    agent_registered_since_failover,
    elig03,
    elig04,
    registration_wait,
)
from reprotect_gui.domain.checks.facts import HEARTBEAT_STALE_AFTER, heartbeat_is_recent
from reprotect_gui.domain.checks.master_target import MAX_DISKS_PER_MASTER_TARGET, mt01, mt10, mt14, os_version_key
from reprotect_gui.domain.checks.modernized import MAX_DISKS_PER_APPLIANCE, rcm01, rcm04
from reprotect_gui.domain.checks.retention import ret08, used_percent
from reprotect_gui.domain.checks.site import inf03_process_server
from reprotect_gui.domain.models import DiscoveryType, OsType, ProcessServer, ServerLocation
from reprotect_gui.domain.verdicts import Status

B, W, P, U = Status.BLOCK, Status.WARN, Status.PASS, Status.UNKNOWN
SECOND = timedelta(seconds=1)
GIB = 2**30


# --- heartbeats: 15 minutes (INF-01, INF-03, MT-14, RCM-01) ------------------------------------------------------


def test_the_heartbeat_limit_is_fifteen_minutes():
    assert timedelta(minutes=15) == HEARTBEAT_STALE_AFTER


@pytest.mark.parametrize(
    ("age", "recent"),
    [
        (timedelta(0), True),
        (HEARTBEAT_STALE_AFTER - SECOND, True),
        (HEARTBEAT_STALE_AFTER, True),  # on the limit: still recent
        (HEARTBEAT_STALE_AFTER + SECOND, False),
    ],
    ids=["now", "limit-1s", "limit", "limit+1s"],
)
def test_a_heartbeat_is_recent_up_to_the_limit(age, recent):
    assert heartbeat_is_recent(NOW - age, NOW) is recent


def test_no_heartbeat_is_never_recent():
    assert heartbeat_is_recent(None, NOW) is False


@pytest.mark.parametrize(("age", "status"), [(HEARTBEAT_STALE_AFTER, P), (HEARTBEAT_STALE_AFTER + SECOND, B)])
def test_inf01_configuration_server_heartbeat_edge(age, status):
    assert_outcome(lambda w: w.cs(last_heartbeat=NOW - age), "INF-01", status, "cs-01 (10.0.0.10)")


@pytest.mark.parametrize(("age", "status"), [(HEARTBEAT_STALE_AFTER, P), (HEARTBEAT_STALE_AFTER + SECOND, B)])
def test_inf03_process_server_heartbeat_edge(age, status):
    ps = ProcessServer("ps-01", "ps-01", "10.200.0.4", ServerLocation.AZURE, NOW - age, "Normal")
    assert inf03_process_server(ps, NOW).status is status


@pytest.mark.parametrize(("age", "status"), [(HEARTBEAT_STALE_AFTER, P), (HEARTBEAT_STALE_AFTER + SECOND, B)])
def test_mt14_master_target_heartbeat_edge(age, status):
    assert mt14(master_target(last_heartbeat=NOW - age), NOW).status is status


@pytest.mark.parametrize(("age", "status"), [(HEARTBEAT_STALE_AFTER, P), (HEARTBEAT_STALE_AFTER + SECOND, B)])
def test_rcm01_appliance_heartbeat_edge(age, status):
    assert rcm01(appliance(last_heartbeat=NOW - age), NOW).status is status


# --- ELIG-03: physical Windows Server 2008 R2 ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("discovery", "os_type", "version", "status"),
    [
        (DiscoveryType.PHYSICAL, OsType.WINDOWS, "Windows Server 2008 R2 SP1", B),
        (DiscoveryType.PHYSICAL, OsType.WINDOWS, "windows server 2008 r2", B),  # case does not matter
        (DiscoveryType.VMWARE, OsType.WINDOWS, "Windows Server 2008 R2 SP1", P),  # the same OS from VMware
        (DiscoveryType.PHYSICAL, OsType.WINDOWS, "Windows Server 2008 SP2", P),  # 2008 without R2
        (DiscoveryType.PHYSICAL, OsType.WINDOWS, "Windows Server 2012 R2", P),  # the next R2
        (DiscoveryType.PHYSICAL, OsType.LINUX, "Custom 2008 R2 appliance", P),  # not Windows
    ],
    ids=["physical-2008r2", "lowercase", "vmware-2008r2", "physical-2008", "physical-2012r2", "physical-linux"],
)
def test_elig03_blocks_only_physical_windows_2008_r2(discovery, os_type, version, status):
    verdict = elig03(item(discovery_type=discovery, os_type=os_type, os_version=version))
    assert verdict.status is status, verdict.finding


def test_elig03_must_pass_beside_must_block_in_the_preflight():
    assert_outcome(lambda w: w.item(os_version="Windows Server 2008 R2 SP1"), "ELIG-03", P, "protected as VMware")
    assert_outcome(
        lambda w: w.item(discovery_type=DiscoveryType.PHYSICAL, os_version="Windows Server 2008 R2 SP1"),
        "ELIG-03",
        B,
        "protected as Physical",
    )


# --- ELIG-04: the agent's 15-minute registration window -----------------------------------------------------------


def test_the_registration_window_is_fifteen_minutes():
    assert timedelta(minutes=15) == AGENT_REGISTRATION_WINDOW


@pytest.mark.parametrize(
    ("heartbeat_after_failover", "registered"),
    [(timedelta(0), True), (SECOND, True), (-SECOND, False)],
    ids=["same-instant", "1s-after", "1s-before"],
)
def test_the_agent_has_registered_from_the_failover_instant_on(heartbeat_after_failover, registered):
    failover = ago(30)
    it = item(failover_time=failover, agent_last_heartbeat=failover + heartbeat_after_failover)
    assert agent_registered_since_failover(it) is registered
    assert (elig04(it, NOW).status is P) is registered


@pytest.mark.parametrize(
    ("since_failover", "wait"),
    [
        (AGENT_REGISTRATION_WINDOW - SECOND, SECOND),  # one second left
        (AGENT_REGISTRATION_WINDOW, None),  # the window has closed: nothing more to wait for
        (AGENT_REGISTRATION_WINDOW + SECOND, None),
    ],
    ids=["window-1s", "window", "window+1s"],
)
def test_registration_wait_ends_with_the_window(since_failover, wait):
    it = item(failover_time=NOW - since_failover, agent_last_heartbeat=None)
    assert registration_wait(it, NOW) == wait


def test_elig04_says_wait_inside_the_window_and_overdue_on_its_edge():
    inside = elig04(item(failover_time=NOW - AGENT_REGISTRATION_WINDOW + SECOND, agent_last_heartbeat=None), NOW)
    edge = elig04(item(failover_time=NOW - AGENT_REGISTRATION_WINDOW, agent_last_heartbeat=None), NOW)
    assert inside.status is W and "still registering" in inside.finding
    assert any(e.startswith("wait left:") for e in inside.evidence)
    assert edge.status is W and "more than 15 minutes" in edge.finding
    assert not any(e.startswith("wait left:") for e in edge.evidence)


def test_elig04_no_heartbeat_and_no_failover_time():
    assert elig04(item(failover_time=None), NOW).status is U
    assert agent_registered_since_failover(item(failover_time=None)) is False
    assert agent_registered_since_failover(item(failover_time=ago(30), agent_last_heartbeat=None)) is False
    assert registration_wait(item(failover_time=None), NOW) is None


# --- DS-05: free space for new disks -------------------------------------------------------------------------------

DISKS_GB = 127 + 256  # the builders' VM: an OS disk and a data disk


@pytest.mark.parametrize(("free_gb", "status"), [(DISKS_GB, P), (DISKS_GB - 1, W)], ids=["equal", "1GB-short"])
def test_ds05_free_space_edge(free_gb, status):
    def world(w):
        w.remove_vm("web-01")  # the VM is gone on-premises: its disks are created again
        w.datastore(free_gb=free_gb)

    assert_outcome(world, "DS-05", status, f"ds-vmfs-01: {free_gb:g} GB free")


# --- RET-08: the volume's threshold ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("used_percent_value", "status"),
    [(79, P), (80, W), (81, W)],
    ids=["threshold-1", "threshold", "threshold+1"],
)
def test_ret08_threshold_edge(used_percent_value, status):
    vol = replace(volume(capacity_gb=100, free_gb=100 - used_percent_value), threshold_percent=80)
    assert used_percent(vol) == pytest.approx(used_percent_value)
    assert ret08(vol).status is status


def test_ret08_an_empty_capacity_is_not_full():
    vol = replace(volume(capacity_gb=0, free_gb=0), threshold_percent=0)
    assert used_percent(vol) == 0.0
    assert ret08(vol).status is P


# --- MT-10, RCM-04: 60 disks -----------------------------------------------------------------------------------------


def test_the_disk_limits_are_sixty():
    assert MAX_DISKS_PER_MASTER_TARGET == 60
    assert MAX_DISKS_PER_APPLIANCE == 60


@pytest.mark.parametrize(("in_use", "status"), [(58, P), (59, B)], ids=["60-total", "61-total"])
def test_mt10_disk_budget_edge(in_use, status):
    verdict = mt10(master_target(disk_count=in_use), [("web-01", 2)])
    assert verdict.status is status
    assert f"{in_use + 2} / 60" in " ".join(verdict.evidence)


@pytest.mark.parametrize(("in_use", "status"), [(58, P), (59, B)], ids=["60-total", "61-total"])
def test_mt10_through_the_preflight(in_use, status):
    assert_outcome(lambda w: w.mt(disk_count=in_use), "MT-10", status, f"{in_use} + 2 disks")


@pytest.mark.parametrize(("in_use", "status"), [(58, P), (59, B)], ids=["60-total", "61-total"])
def test_rcm04_appliance_disk_edge(in_use, status):
    verdict = rcm04(appliance(disks_in_use=in_use), [rcm_item()])  # two replicated disks
    assert verdict.status is status
    assert f"= {in_use + 2} / 60" in verdict.evidence[0]


def test_rcm04_azure_temporary_disk_does_not_count():
    it = rcm_item(disks=(disk("os", 64, is_os_disk=True), disk("temp", 16, is_azure_temporary=True)))
    assert rcm04(appliance(disks_in_use=59), [it]).status is P  # 59 + 1
    assert rcm04(appliance(disks_in_use=60), [it]).status is B  # 60 + 1


# --- MT-01: the master target's OS version against the VM's -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Windows Server 2012 R2", ("windows server", (2012, 1))),
        ("Windows Server 2012", ("windows server", (2012,))),
        ("Ubuntu 20.04", ("ubuntu", (20, 4))),
        ("RHEL 8.10", ("rhel", (8, 10))),
        ("no number", None),
    ],
)
def test_os_version_key(text, key):
    assert os_version_key(text) == key


@pytest.mark.parametrize(
    ("mt_version", "vm_version", "status"),
    [
        ("Windows Server 2019", "Windows Server 2019", P),  # equal: just inside
        ("Windows Server 2016", "Windows Server 2019", B),  # lower
        ("Windows Server 2022", "Windows Server 2019", P),  # higher
        ("Windows Server 2012", "Windows Server 2012 R2", B),  # R2 is one step above its base
        ("Windows Server 2012 R2", "Windows Server 2012", P),
        ("Windows Server 2012 R2", "Windows Server 2012 R2", P),
    ],
)
def test_mt01_windows_version_edge(mt_version, vm_version, status):
    mt = master_target(os_version=mt_version)
    vm = item(os_version=vm_version)
    assert mt01(mt, [vm]).status is status


@pytest.mark.parametrize(
    ("mt_version", "vm_version", "status"),
    [
        ("Ubuntu 20.04", "Ubuntu 20.04", P),
        ("Ubuntu 20.04", "Ubuntu 20.10", B),  # one minor release apart
        ("Ubuntu 20.10", "Ubuntu 20.04", P),
        ("RHEL 8.9", "RHEL 8.10", B),  # numbers, not text: 9 < 10
    ],
)
def test_mt01_linux_version_edge(mt_version, vm_version, status):
    mt = master_target(os_type=OsType.LINUX, os_version=mt_version)
    vm = item(os_type=OsType.LINUX, os_version=vm_version)
    assert mt01(mt, [vm]).status is status


# --- MT-02: one OS type and one master target per plan -------------------------------------------------------------


def test_mt02_one_master_target_and_one_os_type_pass():
    assert_outcome(lambda w: plan_of(w, item("web-02")), "MT-02", P, "web-02")


def test_mt02_two_os_types_block():
    linux = item("db-01", os_type=OsType.LINUX, os_version="Ubuntu 22.04")
    assert_outcome(lambda w: plan_of(w, linux), "MT-02", B, "db-01")


def test_mt02_two_master_targets_block():
    def world(w):
        plan_of(w, item("web-02"))
        w.mts.append(master_target("mt-win-02"))
        w.mt_for = {"web-02": "mt-win-02"}

    assert_outcome(world, "MT-02", B, "web-02")
