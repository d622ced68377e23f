"""Sections I, J, K of failback.md (FB-, CMT-, REV-): each rule on both sides of its edge.

The world is one VM (or a two-VM plan) after a successful reprotect; `facts(...)` changes one thing.
The last tests prove every ID of the three sections has a check or a registered place, a fix and a row here.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reprotect_gui.domain.checks.journey import (
    FIX,
    JourneyFacts,
    MemberState,
    ServerHealth,
    commit_preflight,
    failback_preflight,
    journey_ids,
    reverse_preflight,
)
from reprotect_gui.domain.failback import FailbackRequest, Scope
from reprotect_gui.domain.models import ReplicationFlow
from reprotect_gui.domain.verdicts import Status, Verdict

B, W, U, I, P = Status.BLOCK, Status.WARN, Status.UNKNOWN, Status.INFO, Status.PASS
CLASSIC, MODERNIZED = ReplicationFlow.CLASSIC, ReplicationFlow.MODERNIZED
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
CATALOG = Path(__file__).resolve().parents[3] / "docs" / "failback.md"


def member(name: str = "vm-01", flow: ReplicationFlow = CLASSIC, **changes: object) -> MemberState:
    base = MemberState(
        item_id=f"/items/{name}",
        name=name,
        provider="InMage" if flow is CLASSIC else "InMageRcmFailback",
        protection_state="Protected",
        allowed_operations=frozenset({"UnplannedFailover" if flow is CLASSIC else "PlannedFailover"}),
        vm_memory_mb=8192,
        host_name="esx01",
        host_free_memory_mb=16384,
        on_prem_power_state="poweredOn",
        on_prem_tools_status="toolsOk",
        on_prem_ip_addresses=("10.0.0.5",),
        on_prem_boot_time=NOW - timedelta(hours=1),
    )
    return dataclasses.replace(base, **changes)


def facts(flow: ReplicationFlow = CLASSIC, scope: Scope = Scope.ITEM, **changes: object) -> JourneyFacts:
    point = "LatestTime" if flow is CLASSIC else "CrashConsistent"
    base = JourneyFacts(
        now=NOW,
        scope=scope,
        target_name="vm-01" if scope is Scope.ITEM else "rp-01",
        flow=flow,
        members=(member(flow=flow),) if scope is Scope.ITEM else (member("vm-01", flow), member("vm-02", flow)),
        failback=FailbackRequest(scope, "/t", "t", flow, point),
        process_server=ServerHealth("ps-01", "Normal", NOW - timedelta(minutes=1)),
        policy_id="/policies/p",
        run_as_account_id="1",
    )
    if scope is Scope.PLAN:
        ops = frozenset({"UnplannedFailover" if flow is CLASSIC else "PlannedFailover"})
        base = dataclasses.replace(base, plan_allowed_operations=ops, plan_providers=(base.members[0].provider,))
    return dataclasses.replace(base, **changes)


def of(verdicts: tuple[Verdict, ...], check_id: str) -> list[Verdict]:
    return [v for v in verdicts if v.check_id == check_id]


def status(verdicts: tuple[Verdict, ...], check_id: str) -> Status | None:
    found = of(verdicts, check_id)
    return min((v.status for v in found), key=lambda s: s.rank) if found else None


def replace_member(f: JourneyFacts, **changes: object) -> JourneyFacts:
    return dataclasses.replace(f, members=tuple(dataclasses.replace(m, **changes) for m in f.members))


# (id, preflight, facts, expected status, a text the finding or evidence holds)
CASES = [
    ("FB-01", failback_preflight, facts(), P, "UnplannedFailover"),
    ("FB-01", failback_preflight, facts(MODERNIZED), P, "PlannedFailover"),
    ("FB-01", failback_preflight, replace_member(facts(), allowed_operations=frozenset({"PlannedFailover"})), B, ""),
    ("FB-01", failback_preflight, replace_member(facts(), scenario="ReverseReplication"), B, "ReverseReplication"),
    (
        "FB-01",
        failback_preflight,
        facts(scope=Scope.PLAN, plan_allowed_operations=frozenset({"TestFailover"})),
        B,
        "does not offer",
    ),
    ("FB-02", failback_preflight, facts(), P, "Azure → on-premises"),
    ("FB-02", failback_preflight, replace_member(facts(), provider="InMageAzureV2"), B, "InMageAzureV2"),
    ("FB-03", failback_preflight, facts(), P, "LatestTime"),
    (
        "FB-03",
        failback_preflight,
        facts(failback=FailbackRequest(Scope.ITEM, "/t", "t", CLASSIC, "LatestTag")),
        I,
        "older",
    ),
    (
        "FB-03",
        failback_preflight,
        facts(failback=FailbackRequest(Scope.ITEM, "/t", "t", CLASSIC, "Custom", recovery_point_id="rp-9")),
        I,
        "rp-9",
    ),
    ("FB-04", failback_preflight, facts(MODERNIZED), P, "CrashConsistent"),
    ("FB-05", failback_preflight, facts(), W, "shuts the Azure VM down"),
    ("FB-06", failback_preflight, replace_member(facts(), multi_vm_group_name="web", multi_vm_group_id="g"), B, "web"),
    (
        "FB-06",
        failback_preflight,  # a lone VM's own group (GUID = its id) is not a named group: no verdict
        replace_member(
            facts(),
            multi_vm_group_name="3f2504e0-4f89-41d3-9a0c-0305e82c3301",
            multi_vm_group_id="3f2504e0-4f89-41d3-9a0c-0305e82c3301",
        ),
        None,
        "",
    ),
    ("FB-06", failback_preflight, replace_member(facts(scope=Scope.PLAN), multi_vm_group_name="web"), None, ""),
    ("FB-07", failback_preflight, facts(scope=Scope.PLAN), P, "Every member"),
    (
        "FB-07",
        failback_preflight,
        facts(scope=Scope.PLAN, readiness=(Verdict("RDY-03", B, "health Critical", subject="vm-02"),)),
        B,
        "vm-02",
    ),
    (
        "FB-07",
        failback_preflight,
        facts(scope=Scope.PLAN, readiness=(Verdict("RDY-07", W, "RPO over", subject="vm-02"),)),
        P,  # a warning is acknowledged on the member, it does not stop the plan
        "",
    ),
    ("FB-07", failback_preflight, facts(scope=Scope.PLAN, plan_providers=("InMage", "InMageAzureV2")), B, "mixes"),
    ("FB-07", failback_preflight, facts(), None, ""),  # item: plan rule silent
    ("FB-08", failback_preflight, facts(), P, ""),
    ("FB-08", failback_preflight, facts(site=(Verdict("MT-04", B, "mt01 has snapshots", subject="mt01"),)), B, "MT-04"),
    ("FB-08", failback_preflight, facts(site=(Verdict("INF-01", U, "CS not read"),)), U, "INF-01"),
    ("FB-08", failback_preflight, facts(site=(Verdict("RCM-01", P, "healthy"),)), P, ""),
    ("FB-09", failback_preflight, replace_member(facts(), host_free_memory_mb=8192), P, "8,192 MB"),  # equal: enough
    ("FB-09", failback_preflight, replace_member(facts(), host_free_memory_mb=8191), W, "8038"),  # one short
    ("FB-09", failback_preflight, replace_member(facts(), host_free_memory_mb=None), U, "not known"),
    ("FB-09", failback_preflight, facts(vcenter_read=False), U, ""),
    ("FB-10", failback_preflight, facts(), W, "can't be cancelled"),
    ("FB-10", failback_preflight, facts(MODERNIZED), I, "can be cancelled"),
    (
        "FB-15",
        failback_preflight,
        replace_member(facts(MODERNIZED), last_planned_failover_status="Failed"),
        B,
        "cancel",
    ),
    (
        "FB-15",
        failback_preflight,
        replace_member(facts(MODERNIZED), last_planned_failover_status="Succeeded"),
        None,
        "",
    ),
    ("FB-15", failback_preflight, replace_member(facts(), last_planned_failover_status="Failed"), None, ""),  # classic
    ("FB-13", commit_preflight, facts(), P, "10.0.0.5"),
    ("FB-13", commit_preflight, replace_member(facts(), on_prem_power_state="poweredOff"), W, "poweredOff"),
    ("FB-13", commit_preflight, replace_member(facts(), on_prem_tools_status="toolsNotRunning"), W, "toolsNotRunning"),
    ("FB-13", commit_preflight, replace_member(facts(), on_prem_tools_status="toolsOld"), P, ""),
    ("FB-13", commit_preflight, replace_member(facts(), on_prem_ip_addresses=()), W, "no guest IP"),
    ("FB-13", commit_preflight, replace_member(facts(), on_prem_power_state=None), U, ""),
    (
        "CMT-01",
        commit_preflight,
        replace_member(facts(), allowed_operations=frozenset({"Commit"})),
        W,
        "cannot be undone",
    ),
    ("CMT-01", commit_preflight, facts(), B, "does not offer Commit"),
    (
        "CMT-01",
        commit_preflight,
        replace_member(facts(MODERNIZED), allowed_operations=frozenset({"Commit", "CancelFailover"})),
        P,
        "",
    ),
    (
        "CMT-01",
        commit_preflight,
        replace_member(facts(), allowed_operations=frozenset({"Commit"}), scenario="CommitFailover"),
        B,
        "",
    ),
    ("CMT-02", commit_preflight, facts(), W, "confirmed"),
    ("CMT-02", commit_preflight, facts(app_confirmed=True), P, ""),
    (
        "CMT-03",
        commit_preflight,
        replace_member(facts(MODERNIZED), allowed_operations=frozenset({"ReverseReplicate"})),
        I,
        "ReverseReplicate",
    ),
    ("CMT-03", commit_preflight, replace_member(facts(MODERNIZED), allowed_operations=frozenset()), B, "no way"),
    (
        "CMT-03",
        commit_preflight,
        replace_member(facts(MODERNIZED), allowed_operations=frozenset({"Commit"})),
        None,
        "",
    ),
    ("CMT-04", commit_preflight, replace_member(facts(), multi_vm_group_name="web", multi_vm_group_id="g"), B, "plan"),
    (
        "CMT-05",
        commit_preflight,
        replace_member(facts(), allowed_operations=frozenset({"Commit", "ChangePit"})),
        I,
        "vm-01",
    ),
    ("REV-01", reverse_preflight, replace_member(facts(), allowed_operations=frozenset({"ReverseReplicate"})), P, ""),
    ("REV-01", reverse_preflight, facts(), B, "does not offer Reprotect"),
    ("REV-02", reverse_preflight, replace_member(facts(), on_prem_boot_time=NOW - timedelta(minutes=15)), P, ""),
    (
        "REV-02",
        reverse_preflight,  # one second inside the window
        replace_member(facts(), on_prem_boot_time=NOW - timedelta(minutes=15) + timedelta(seconds=1)),
        W,
        "1 more min",
    ),
    ("REV-02", reverse_preflight, replace_member(facts(), on_prem_boot_time=NOW), W, "15 more min"),
    ("REV-02", reverse_preflight, replace_member(facts(), on_prem_boot_time=None), U, ""),
    ("REV-02", reverse_preflight, facts(MODERNIZED), None, ""),  # classic only
    ("REV-03", reverse_preflight, facts(), P, ""),
    ("REV-03", reverse_preflight, facts(run_as_account_id=""), B, "run-as account"),
    ("REV-03", reverse_preflight, facts(policy_id=""), B, "policy"),
    ("REV-04", reverse_preflight, facts(MODERNIZED, run_as_account_id=""), P, ""),  # optional here
    ("REV-04", reverse_preflight, facts(MODERNIZED, process_server=None), B, "process server"),
    ("REV-05", reverse_preflight, facts(), P, "healthy"),
    (
        "REV-05",
        reverse_preflight,  # exactly 15 min: still recent
        facts(process_server=ServerHealth("ps-01", "Normal", NOW - timedelta(minutes=15))),
        P,
        "",
    ),
    (
        "REV-05",
        reverse_preflight,  # one second over
        facts(process_server=ServerHealth("ps-01", "Normal", NOW - timedelta(minutes=15, seconds=1))),
        B,
        "15 minutes",
    ),
    ("REV-05", reverse_preflight, facts(process_server=ServerHealth("ps-01", "Critical", NOW)), B, "not healthy"),
    ("REV-05", reverse_preflight, facts(process_server=ServerHealth("ps-01", "Warning", NOW)), W, "warnings"),
    (
        "REV-05",
        reverse_preflight,
        facts(process_server=ServerHealth("ps-01", "Normal", NOW, ("Disk 91 % used",))),
        W,
        "Disk 91",
    ),
    ("REV-06", reverse_preflight, facts(), I, "VM size"),
    ("REV-07", reverse_preflight, facts(scope=Scope.PLAN), B, "each member"),
    ("REV-07", reverse_preflight, facts(), None, ""),
    ("REV-09", reverse_preflight, facts(), I, "retired"),
    ("REV-09", reverse_preflight, facts(MODERNIZED), None, ""),
]


@pytest.mark.parametrize(
    ("check_id", "preflight", "world", "expected", "text"),
    CASES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)],
)
def test_rule(check_id, preflight, world, expected, text):
    verdicts = preflight(world)
    assert status(verdicts, check_id) is expected, [v for v in verdicts if v.check_id == check_id]
    if text:
        words = " ".join(f"{v.finding} {' '.join(v.evidence)}" for v in of(verdicts, check_id))
        assert text in words
    for v in of(verdicts, check_id):
        assert (v.remediation == "") is (v.status is Status.PASS)  # a fix for everything that is not a pass


def _catalog_ids(letter: str) -> list[str]:
    text = CATALOG.read_text(encoding="utf-8")
    body = text.split(f"\n## {letter}. ", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| ([A-Z]+-\d{2}) \|", body, re.MULTILINE)


JOURNEY_IDS = [cid for letter in ("I", "J", "K") for cid in _catalog_ids(letter)]


def test_the_catalog_parses_into_sections_i_j_k():
    assert JOURNEY_IDS[0] == "FB-01" and "CMT-07" in JOURNEY_IDS and JOURNEY_IDS[-1] == "REV-09"
    assert len(JOURNEY_IDS) == 15 + 7 + 9


@pytest.mark.parametrize("check_id", JOURNEY_IDS)
def test_every_journey_id_is_implemented(check_id):
    assert check_id in journey_ids()


ELSEWHERE = {"FB-11", "FB-12", "FB-14", "CMT-06", "CMT-07", "REV-08"}


@pytest.mark.parametrize("check_id", [c for c in JOURNEY_IDS if c not in ELSEWHERE - {"CMT-07"}])
def test_every_journey_check_has_a_fix(check_id):
    assert FIX.get(check_id)


@pytest.mark.parametrize("check_id", [c for c in JOURNEY_IDS if c not in ELSEWHERE])
def test_every_journey_check_has_a_row(check_id):
    assert check_id in {c[0] for c in CASES}
