"""Section H of the failback catalog (RDY-01 … RDY-14): table tests, each threshold just inside and
just outside its edge, and the coverage of the section against docs/failback.md (a byte copy of
the shared catalog)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reprotect_gui.domain.checks.readiness import (
    AGENT_HEARTBEAT_STALE_S,
    FIX,
    ReadinessFacts,
    plan_readiness,
    readiness_checks,
    readiness_ids,
    readiness_of,
)
from reprotect_gui.domain.models import Job, JobState
from reprotect_gui.domain.polling import READINESS_INTERVAL_S
from reprotect_gui.domain.replication import DiskProgress, HealthError, ReadinessPolicy, ReplicationStatus
from reprotect_gui.domain.verdicts import Status

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
CATALOG = Path(__file__).resolve().parents[3] / "docs" / "failback.md"
POLICY = ReadinessPolicy(15)


def job(state: JobState = JobState.SUCCEEDED) -> Job:
    return Job("job-1", "Reprotect", "web-01", state, raw_state=state.value)


def healthy(**changes) -> ReplicationStatus:
    """A classic item that is ready for failback; each case changes one thing."""
    base = ReplicationStatus(
        item_id="item-1",
        name="web-01",
        provider="InMage",
        protection_state="Protected",
        replication_health="Normal",
        read_at=NOW,
        initial_replication_percent=100.0,
        disks=(DiskProgress("disk0", 100.0), DiskProgress("disk1", 100.0)),
        rpo_s=120.0,
        rpo_calculated_at=NOW - timedelta(minutes=1),
        last_heartbeat=NOW - timedelta(minutes=1),
        latest_recovery_point=NOW - timedelta(minutes=2),
        recovery_point_type="CrashConsistent",
        recovery_points_read=True,
    )
    return replace(base, **changes)


def modernized(**changes) -> ReplicationStatus:
    base = {
        "provider": "InMageRcmFailback",
        "rpo_s": None,
        "rpo_calculated_at": None,
        "disks": (DiskProgress("disk0", 100.0, complete=True),),
        "appliance_name": "appliance-01",
        "appliance_health": "Normal",
        "agent_registered_after_failover": True,
        "target_power_status": "OFF",
    }
    return healthy(**{**base, **changes})


@dataclass(frozen=True)
class Case:
    check_id: str
    name: str
    status: ReplicationStatus
    expected: Status
    job_state: JobState = JobState.SUCCEEDED
    policy: ReadinessPolicy = POLICY


T = POLICY.rpo_threshold_s
STALE = AGENT_HEARTBEAT_STALE_S
CASES = [
    Case("RDY-01", "job succeeded, no other scenario", healthy(), Status.PASS),
    Case("RDY-01", "job still running", healthy(), Status.BLOCK, JobState.IN_PROGRESS),
    Case("RDY-01", "job failed", healthy(), Status.BLOCK, JobState.FAILED),
    Case("RDY-01", "another scenario runs", healthy(scenario="TestFailover", scenario_job_id="j2"), Status.BLOCK),
    Case("RDY-02", "classic reverse provider", healthy(), Status.PASS),
    Case("RDY-02", "modernized reverse provider", modernized(), Status.PASS),
    Case("RDY-02", "still InMageAzureV2", healthy(provider="InMageAzureV2"), Status.BLOCK),
    Case("RDY-02", "still InMageRcm", healthy(provider="InMageRcm"), Status.BLOCK),
    Case("RDY-02", "unknown provider", healthy(provider="A2A"), Status.UNKNOWN),
    Case("RDY-03", "protected and Normal", healthy(), Status.PASS),
    Case("RDY-03", "Warning asks to confirm", healthy(replication_health="Warning"), Status.WARN),
    Case("RDY-03", "Critical blocks", healthy(replication_health="Critical"), Status.BLOCK),
    Case("RDY-03", "None blocks", healthy(replication_health="None"), Status.BLOCK),
    Case("RDY-03", "not protected yet", healthy(protection_state="ReprotectInProgress"), Status.BLOCK),
    Case("RDY-03", "appliance Critical", modernized(appliance_health="Critical"), Status.BLOCK),
    Case("RDY-03", "appliance Warning", modernized(appliance_health="Warning"), Status.WARN),
    Case("RDY-04", "no health errors", healthy(), Status.PASS),
    Case(
        "RDY-04",
        "a health error is shown with its code",
        healthy(health_errors=(HealthError("78122", "Stuck", "Volume full", "Free space", NOW),)),
        Status.WARN,
    ),
    Case("RDY-05", "complete at exactly 100 %", healthy(), Status.PASS),
    Case(
        "RDY-05",
        "99.9 % on one disk is not complete",
        healthy(disks=(DiskProgress("disk0", 100.0), DiskProgress("disk1", 99.9))),
        Status.BLOCK,
    ),
    Case("RDY-05", "99.9 % for the VM", healthy(initial_replication_percent=99.9), Status.BLOCK),
    Case(
        "RDY-05",
        "modernized disk not complete",
        modernized(disks=(DiskProgress("d", 100.0, complete=False),)),
        Status.BLOCK,
    ),
    Case("RDY-05", "not reported", healthy(initial_replication_percent=None, disks=()), Status.UNKNOWN),
    Case(
        "RDY-05",
        "SlowProgress warns",
        healthy(progress_health="SlowProgress"),
        Status.WARN,
    ),
    Case("RDY-06", "a recovery point exists", healthy(), Status.PASS),
    Case("RDY-06", "none yet", healthy(latest_recovery_point=None), Status.BLOCK),
    Case("RDY-06", "not read yet", healthy(latest_recovery_point=None, recovery_points_read=False), Status.UNKNOWN),
    Case("RDY-07", "RPO exactly at the threshold", healthy(rpo_s=T), Status.PASS),
    Case("RDY-07", "RPO one second over", healthy(rpo_s=T + 1), Status.WARN),
    Case(
        "RDY-07",
        "RPO calculated exactly threshold ago",
        healthy(rpo_calculated_at=NOW - timedelta(seconds=T)),
        Status.PASS,
    ),
    Case(
        "RDY-07",
        "RPO calculated one second too long ago",
        healthy(rpo_calculated_at=NOW - timedelta(seconds=T + 1)),
        Status.WARN,
    ),
    Case("RDY-07", "a 30 min policy accepts 20 min", healthy(rpo_s=1200), Status.PASS, policy=ReadinessPolicy(30)),
    Case("RDY-07", "RPO not reported", healthy(rpo_s=None), Status.UNKNOWN),
    Case("RDY-07", "modernized has no RPO: the point's age", modernized(), Status.INFO),
    Case("RDY-08", "no resync", healthy(), Status.PASS),
    Case("RDY-08", "resync required", healthy(resync_required=True, resync_percent=12.0), Status.BLOCK),
    Case("RDY-08", "modernized resync started", modernized(resync_state="StartedResynchronization"), Status.BLOCK),
    Case("RDY-08", "modernized resync state None", modernized(resync_state="None"), Status.PASS),
    Case("RDY-09", "classic data rate shown", healthy(compressed_mb_s=40.0, uncompressed_mb_s=95.0), Status.INFO),
    Case(
        "RDY-10", "heartbeat exactly at the limit", healthy(last_heartbeat=NOW - timedelta(seconds=STALE)), Status.PASS
    ),
    Case(
        "RDY-10", "heartbeat one second older", healthy(last_heartbeat=NOW - timedelta(seconds=STALE + 1)), Status.WARN
    ),
    Case("RDY-10", "no heartbeat reported", healthy(last_heartbeat=None), Status.UNKNOWN),
    Case(
        "RDY-10", "agent not registered after failover", modernized(agent_registered_after_failover=False), Status.BLOCK
    ),
    Case("RDY-11", "agent reports: keep the VM on", healthy(), Status.INFO),
    Case(
        "RDY-11",
        "silent agent: the VM may be off",
        healthy(last_heartbeat=NOW - timedelta(seconds=STALE + 1)),
        Status.WARN,
    ),
    Case("RDY-12", "modernized target powered off", modernized(), Status.PASS),
    Case("RDY-12", "modernized target powered on", modernized(target_power_status="ON"), Status.WARN),
    Case("RDY-12", "modernized target deleted", modernized(target_deleted=True), Status.WARN),
    Case("RDY-12", "classic: keep the mapped VM off", healthy(), Status.INFO),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c.check_id} {c.name}" for c in CASES])
def test_readiness_table(case: Case) -> None:
    facts = ReadinessFacts(case.status, job(case.job_state), case.policy)
    verdicts = [v for v in readiness_of(facts).verdicts if v.check_id == case.check_id]
    assert verdicts, f"{case.check_id} said nothing"
    worst = min(verdicts, key=lambda v: v.status.rank)
    assert worst.status is case.expected, [(v.status, v.finding) for v in verdicts]
    for v in verdicts:
        assert v.subject == "web-01"
        assert (v.status is Status.PASS) == (not v.remediation), v


def test_a_healthy_vm_is_ready_and_a_trapped_one_says_why() -> None:
    assert readiness_of(ReadinessFacts(healthy(), job())).ready
    assert readiness_of(ReadinessFacts(healthy(), job())).headline == "Ready for failback"
    trapped = healthy(
        replication_health="Critical",
        initial_replication_percent=37.0,
        progress_health="NoProgress",
        health_errors=(HealthError("78122", "Replication is stuck", "Volume full", "Free space"),),
    )
    r = readiness_of(ReadinessFacts(trapped, job()))
    assert not r.ready
    assert r.headline.startswith("Not yet (RDY-03): Replication health is Critical")
    assert {v.check_id for v in r.reasons} >= {"RDY-03", "RDY-05"}
    assert any(v.check_id == "RDY-04" and "78122" in v.finding for v in r.warnings)


def test_warnings_leave_it_ready_after_confirmation() -> None:
    r = readiness_of(ReadinessFacts(healthy(replication_health="Warning"), job()))
    assert r.ready and r.headline == "Ready for failback after you confirm the warnings"


def test_plan_readiness_rdy13() -> None:
    ready = readiness_of(ReadinessFacts(healthy(), job()))
    stuck = readiness_of(ReadinessFacts(healthy(replication_health="Critical", name="web-02"), job()))
    assert plan_readiness("RP", [(ready, "InMage"), (ready, "InMage")]).status is Status.PASS
    blocked = plan_readiness("RP", [(ready, "InMage"), (stuck, "InMage")])
    assert blocked.status is Status.BLOCK and "web-02" in blocked.finding
    assert plan_readiness("RP", [(ready, "InMage"), (ready, "InMageRcmFailback")]).status is Status.BLOCK
    assert plan_readiness("RP", []).status is Status.UNKNOWN


def test_readiness_is_polled_gently_rdy14() -> None:
    assert READINESS_INTERVAL_S >= 120  # "every few minutes, never in a tight loop"


# --- coverage of section H --------------------------------------------------------------------------


def section_h_ids() -> list[str]:
    text = CATALOG.read_text(encoding="utf-8")
    body = text[text.index("## H. ") : text.index("## I. ")]
    return re.findall(r"^\| (RDY-\d{2}) \|", body, re.MULTILINE)


def test_section_h_parses() -> None:
    assert section_h_ids() == [f"RDY-{n:02d}" for n in range(1, 15)]


@pytest.mark.parametrize("check_id", section_h_ids())
def test_every_rdy_id_has_a_check_a_fix_and_a_test(check_id: str) -> None:
    assert check_id in readiness_ids()
    assert check_id in FIX
    tested = {c.check_id for c in CASES} | {"RDY-13", "RDY-14"}  # RDY-13/14: their own tests above
    assert check_id in tested


def test_no_readiness_check_claims_an_unknown_id() -> None:
    assert readiness_ids() <= set(section_h_ids())
    assert all(c.ids for c in readiness_checks())
