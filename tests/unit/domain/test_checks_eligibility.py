"""Section A (ELIG-*): one row per catalog ID — pass, fail, and unknown where a fact can be missing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from builders import NOW, Case, ago, assert_outcome, item, unchanged

from reprotect_gui.domain.models import AzureVmStatus, DiscoveryType
from reprotect_gui.domain.preflight import registration_wait
from reprotect_gui.domain.verdicts import Status

B, W, I, P = Status.BLOCK, Status.WARN, Status.INFO, Status.PASS

CASES = [
    Case(
        "ELIG-01",
        unchanged,
        P,
        "web-01: protection state FailedOver, active location Recovery",
        lambda w: w.item(protection_state="Migrated", allowed_operations=frozenset({"DisableProtection"})),
        B,
        "web-01: protection state Migrated",
    ),
    Case(
        "ELIG-01",
        unchanged,
        P,
        "allowed operations DisableProtection, ReverseReplicate",
        lambda w: w.item(azure_vm_status=AzureVmStatus.DELETED),
        B,
        "web-01: protection state FailedOver",
        label="deleted",
    ),
    Case(
        "ELIG-01",
        unchanged,
        P,
        "web-01",
        lambda w: w.set(request_items=["ghost-01"]),
        B,
        "item id ghost-01",
        label="not-in-vault",
    ),
    Case(
        "ELIG-02",
        unchanged,
        P,
        "mt-win-01: host esx-01.lab runs VMware ESXi 7.0.3",
        lambda w: w.host(product="Microsoft Hyper-V Server 2019"),
        B,
        "runs Microsoft Hyper-V Server 2019",
        unknown=lambda w: w.no_vcenter(),
        unknown_evidence="mt-win-01: host esx-01.lab",
    ),
    Case(
        "ELIG-02",
        unchanged,
        P,
        "runs VMware ESXi 7.0.3",
        lambda w: w.mt(esxi_host=""),
        B,
        "mt-win-01: no ESXi host in ASR or vCenter",
        unknown=lambda w: w.mt(esxi_host="").no_vcenter(),
        unknown_evidence="mt-win-01: ESXi host not reported by ASR",
        label="no-host",
    ),
    Case(
        "ELIG-03",
        unchanged,
        P,
        "web-01: Windows Server 2019, protected as VMware",
        lambda w: w.item(discovery_type=DiscoveryType.PHYSICAL, os_version="Windows Server 2008 R2 SP1"),
        B,
        "web-01: Windows Server 2008 R2 SP1, protected as Physical",
    ),
    Case(
        "ELIG-04",
        unchanged,
        P,
        "web-01: failed over 180 min 00 s ago, agent last heartbeat 2 min ago",
        lambda w: w.item(failover_time=ago(6), agent_last_heartbeat=None),
        W,
        "wait left: 9 min 00 s",
        unknown=lambda w: w.item(failover_time=None),
        unknown_evidence="failover time not reported",
    ),
    Case(
        "ELIG-04",
        unchanged,
        P,
        "agent last heartbeat 2 min ago",
        lambda w: w.item(failover_time=ago(40), agent_last_heartbeat=ago(60)),
        W,
        "web-01: failed over 40 min 00 s ago, agent last heartbeat 60 min ago",
        label="never-registered",
    ),
    Case(
        "ELIG-05",
        unchanged,
        P,
        "web-01: in configuration server database = True",
        lambda w: w.item(in_configuration_server_db=False),
        B,
        "in configuration server database = False",
    ),
    Case(
        "ELIG-06",
        unchanged,
        P,
        "web-01: Mobility agent installed = True",
        lambda w: w.item(agent_installed=False),
        B,
        "Mobility agent installed = False",
    ),
    Case(
        "ELIG-07",
        unchanged,
        P,
        "web-01: protected as VMware",
        lambda w: (w.item(discovery_type=DiscoveryType.PHYSICAL), w.mt(esxi_host="esx-99.lab")),
        B,
        "mt-win-01: ESXi host esx-99.lab",
    ),
    Case(
        "ELIG-07",
        unchanged,
        P,
        "protected as VMware",
        lambda w: w.item(discovery_type=DiscoveryType.PHYSICAL),
        I,
        "web-01: protected as Physical",
        label="physical-info",
    ),
    Case(
        "ELIG-08",
        unchanged,
        P,
        "web-01: provider InMageAzureV2 → classic flow",
        lambda w: w.item(provider="InMageRcm"),
        B,
        "provider InMageRcm → modernized flow",
    ),
    Case(
        "ELIG-08",
        unchanged,
        P,
        "classic flow",
        lambda w: w.item(provider="A2A"),
        B,
        "provider A2A → out_of_scope flow",
        label="a2a",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_passing_world(case: Case) -> None:
    assert_outcome(case.ok, case.check_id, case.ok_status, case.ok_evidence)


@pytest.mark.parametrize("case", CASES, ids=str)
def test_failing_world(case: Case) -> None:
    assert_outcome(case.bad, case.check_id, case.bad_status, case.bad_evidence)


@pytest.mark.parametrize("case", [c for c in CASES if c.unknown], ids=str)
def test_missing_fact_is_unknown(case: Case) -> None:
    assert case.unknown is not None
    assert_outcome(case.unknown, case.check_id, Status.UNKNOWN, case.unknown_evidence)


# --- ELIG-04: the countdown helper ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("failed_over_min", "heartbeat_min", "expected"),
    [
        (6, None, timedelta(minutes=9)),  # recent failover, agent silent: wait the rest of 15 min
        (6, 7, timedelta(minutes=9)),  # a heartbeat from before the failover does not count
        (6, 1, None),  # registered since the failover: nothing to wait for
        (20, None, None),  # window over: a countdown would hide the problem
        (None, None, None),  # failover time unknown: the check says unknown instead
    ],
)
def test_registration_wait(failed_over_min: int | None, heartbeat_min: int | None, expected: timedelta | None) -> None:
    it = item(
        failover_time=ago(failed_over_min) if failed_over_min is not None else None,
        agent_last_heartbeat=ago(heartbeat_min) if heartbeat_min is not None else None,
    )
    assert registration_wait(it, NOW) == expected


def test_registration_wait_counts_down_to_zero() -> None:
    it = item(failover_time=ago(6), agent_last_heartbeat=None)
    assert registration_wait(it, NOW + timedelta(minutes=8, seconds=59)) == timedelta(seconds=1)
    assert registration_wait(it, NOW + timedelta(minutes=9)) is None
