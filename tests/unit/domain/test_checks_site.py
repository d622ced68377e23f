"""Section B (INF-*): one row per catalog ID — pass, fail, and unknown where a fact can be missing."""

from __future__ import annotations

import pytest
from builders import Case, ago, assert_outcome, unchanged

from reprotect_gui.domain.checks.facts import LinkType
from reprotect_gui.domain.models import ConfigurationServer, FailbackPolicy, KnownVCenter, ServerLocation
from reprotect_gui.domain.verdicts import Status

B, W, I, P = Status.BLOCK, Status.WARN, Status.INFO, Status.PASS


def _two_configuration_servers(w) -> None:  # type: ignore[no-untyped-def]
    w.item(configuration_server_id="")
    w.css.append(ConfigurationServer("cs-02", "cs-02", "10.0.0.11", ago(1), "9.59"))


def _alternate_vcenter(w, discovered: bool) -> None:  # type: ignore[no-untyped-def]
    w.state(target_vcenter="vc-02.lab")
    w.mt(vcenter_name="vc-02.lab")
    if discovered:
        w.known_vcenters.append(KnownVCenter("vc-02.lab", "10.1.0.20", ago(2)))


CASES = [
    Case(
        "INF-01",
        unchanged,
        P,
        "cs-01 (10.0.0.10): last heartbeat 1 min ago",
        lambda w: w.cs(last_heartbeat=ago(40)),
        B,
        "cs-01 (10.0.0.10): last heartbeat 40 min ago",
        unknown=_two_configuration_servers,
        unknown_evidence="no configuration server named; vault has: cs-01, cs-02",
    ),
    Case(
        "INF-02",
        unchanged,
        P,
        "failback-policy: RPO threshold 15 min, recovery point retention 1440 min",
        lambda w: w.set(policy=None),
        B,
        "failback policy: none",
    ),
    Case(
        "INF-02",
        unchanged,
        P,
        "app-consistent every 60 min",
        lambda w: w.set(policy=FailbackPolicy("policy-failback", "ps-made", 30, 720, 120)),
        I,
        "ps-made: RPO threshold 30 min, recovery point retention 720 min, app-consistent every 120 min",
        label="non-default",
    ),
    Case(
        "INF-02",
        unchanged,
        P,
        "portal defaults 15 / 1440 / 60",
        lambda w: w.set(policy_id="policy-other"),
        B,
        "requested policy: policy-other; mapped: policy-failback",
        label="other-policy",
    ),
    Case(
        "INF-03",
        unchanged,
        I,
        "link type: ExpressRoute private peering",
        lambda w: w.ps(last_heartbeat=ago(95)),
        B,
        "ps-azure-01 (Azure): last heartbeat 95 min ago",
        unknown=lambda w: w.state(link_type=None),
        unknown_evidence="link type: not stated",
    ),
    Case(
        "INF-03",
        unchanged,
        I,
        "manual test: `telnet cs-01 443`",
        lambda w: w.ps(health="Critical"),
        B,
        "health Critical",
        label="critical",
    ),
    Case("INF-04", lambda w: w.set(request_items=[]), None, "", unchanged, I, "9443/TCP: replication data"),
    Case(
        "INF-05",
        unchanged,
        P,
        "ps-azure-01: in Azure",
        lambda w: (w.ps(location=ServerLocation.ON_PREMISES), w.state(link_type=LinkType.S2S_VPN)),
        W,
        "ps-azure-01: in OnPremises; link stated: site-to-site VPN",
        unknown=lambda w: (w.ps(location=ServerLocation.ON_PREMISES), w.state(link_type=None)),
        unknown_evidence="link stated: not stated",
    ),
    Case(
        "INF-05",
        lambda w: w.ps(location=ServerLocation.ON_PREMISES),
        P,
        "link stated: ExpressRoute private peering",
        lambda w: (w.ps(location=ServerLocation.UNKNOWN), w.state(link_type=LinkType.S2S_VPN)),
        Status.UNKNOWN,
        "ps-azure-01: in Unknown",
        label="location-not-reported",
    ),
    Case(
        "INF-06",
        unchanged,
        P,
        "mt-win-01: ASR sees 1 datastore(s) on host esx-01.lab",
        lambda w: w.mt(datastores=()),
        B,
        "vCenter: host esx-01.lab mounts 1 datastore(s), 1 VMFS",
    ),
    Case(
        "INF-06",
        unchanged,
        P,
        "ASR sees 1 datastore(s)",
        lambda w: (w.mt(datastores=()), w.no_vcenter()),
        B,
        "mt-win-01: ASR sees 0 datastore(s)",
        label="no-vcenter",
    ),
    Case(
        "INF-07",
        unchanged,
        P,
        "original vCenter: vc-01.lab; target: vc-01.lab",
        lambda w: _alternate_vcenter(w, discovered=True),
        W,
        "original vCenter: vc-01.lab; target: vc-02.lab",
        unknown=lambda w: w.item(vcenter_name=""),
        unknown_evidence="original vCenter: not reported",
    ),
    Case(
        "INF-07",
        unchanged,
        P,
        "mt-win-01 on vc-01.lab",
        lambda w: _alternate_vcenter(w, discovered=False),
        B,
        "vCenters discovered by ASR: vc-01.lab",
        label="not-discovered",
    ),
    Case(
        "INF-07",
        unchanged,
        P,
        "target: vc-01.lab",
        lambda w: w.state(target_vcenter="vc-02.lab"),
        B,
        "mt-win-01 on vc-01.lab",
        label="mt-elsewhere",
    ),
    Case(
        "INF-08",
        unchanged,
        P,
        "esx-01.lab: VMware ESXi 7.0.3, licence vSphere 7 Enterprise Plus",
        lambda w: w.host(license_edition="vSphere 6 Hypervisor"),
        B,
        "licence vSphere 6 Hypervisor",
        unknown=lambda w: w.no_vcenter(),
        unknown_evidence="mt-win-01: host esx-01.lab",
    ),
    Case(
        "INF-09",
        unchanged,
        P,
        "ASR: vCenter vc-01.lab Connected, last heartbeat 2 min ago",
        lambda w: w.set(known_vcenters=[KnownVCenter("vc-01.lab", "10.0.0.20", ago(90), "Disconnected")]),
        B,
        "ASR: vCenter vc-01.lab Disconnected, last heartbeat 90 min ago",
        unknown=lambda w: w.no_vcenter(),
        unknown_evidence="ASR: vCenter vc-01.lab Connected",
    ),
    Case(
        "INF-09",
        unchanged,
        P,
        "ASR: vCenter vc-01.lab Connected",
        lambda w: w.set(
            known_vcenters=[
                KnownVCenter("vc-01.lab", "10.0.0.20", ago(2)),
                KnownVCenter("vc-02.lab", "10.0.0.21", ago(2)),
            ]
        ).mt(vcenter_name=""),
        Status.UNKNOWN,
        "vCenters discovered by ASR: vc-01.lab, vc-02.lab",
        label="mt-vcenter-unknown",
    ),
    Case(
        "INF-09",
        unchanged,
        P,
        "wizard: connected to vc-01.lab = True",
        lambda w: w.set(vcenter_connected=False),
        B,
        "wizard: connected to vc-01.lab = False",
        label="unreachable",
    ),
    Case(
        "INF-10",
        unchanged,
        P,
        "IP addresses retained on failover: False",
        lambda w: w.state(ip_addresses_retained=True),
        I,
        "IP addresses retained on failover: True",
    ),
    Case(
        "INF-10",
        unchanged,
        P,
        "retained on failover: False",
        lambda w: w.state(ip_addresses_retained=None),
        I,
        "IP addresses retained on failover: not stated",
        label="not-stated",
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
