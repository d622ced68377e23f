"""The training estate after a reprotect (RDY-): initial replication climbs, a recovery point shows and
the VM is ready for failback — except web-02, the trap that never gets healthy. Jobs are listed in
one call, filtered by start time."""

from __future__ import annotations

from datetime import timedelta

import pytest

from reprotect_gui.domain.checks.readiness import ReadinessFacts, readiness_of
from reprotect_gui.domain.models import ClassicTarget, JobState, ReprotectRequest
from reprotect_gui.training.backends import TrainingSiteRecovery
from reprotect_gui.training.readiness import ReadinessScript
from reprotect_gui.training.scenario import load_scenario
from tests.fakes import ManualClock


def request(item_id: str) -> ReprotectRequest:
    return ReprotectRequest(item_id, item_id, ClassicTarget("mt-win-01", "ps-azure-01", "R:"), "ds", "policy", ())


@pytest.fixture
def vault():
    clock = ManualClock()
    return TrainingSiteRecovery(load_scenario(), clock, latency_s=0), clock


def verdict(sr, item_id: str, job_id: str):
    (status,) = sr.read_replication([item_id])
    return status, readiness_of(ReadinessFacts(status, sr.read_job(job_id)))


def test_a_healthy_vm_goes_from_initial_replication_to_ready(vault):
    sr, clock = vault
    job_id = sr.submit_reprotect(request("web-01")).job_id
    assert sr.read_replication(["web-01"]) == ()  # nothing to watch before the reprotect succeeded
    clock.advance(seconds=60)
    assert sr.read_job(job_id).state is JobState.SUCCEEDED
    script = ReadinessScript.from_raw(load_scenario().raw)
    ended = sr.read_job(job_id).end_time

    def at(seconds_after_end: float) -> None:
        clock.advance(seconds=(ended + timedelta(seconds=seconds_after_end) - clock.now()).total_seconds())

    at(script.initial_replication_s / 2)
    status, r = verdict(sr, "web-01", job_id)
    assert status.provider == "InMage" and 0 < status.initial_replication_percent < 100
    assert not r.ready and r.reasons[0].check_id == "RDY-05"
    at(script.initial_replication_s + script.recovery_point_after_s - 1)
    status, r = verdict(sr, "web-01", job_id)  # just before the first recovery point
    assert status.initial_replication_percent == 100 and status.latest_recovery_point is None
    assert not r.ready and r.reasons[0].check_id == "RDY-06"
    at(script.initial_replication_s + script.recovery_point_after_s)
    status, r = verdict(sr, "web-01", job_id)
    assert status.latest_recovery_point is not None and r.ready and r.headline == "Ready for failback"


def test_the_trap_never_gets_healthy_and_says_why(vault):
    sr, clock = vault
    job_id = sr.submit_reprotect(request("web-02")).job_id
    clock.advance(seconds=60)
    assert sr.read_job(job_id).state is JobState.SUCCEEDED
    for hours in (1, 24):
        clock.advance(hours=hours)
        status, r = verdict(sr, "web-02", job_id)
        assert status.replication_health == "Critical" and status.initial_replication_percent == 37
        assert not r.ready and r.headline.startswith("Not yet (RDY-03)")
        assert any(v.check_id == "RDY-04" and v.finding.startswith("78122:") for v in r.warnings)


def test_jobs_are_listed_in_one_call_filtered_by_start(vault):
    sr, clock = vault
    first = sr.submit_reprotect(request("web-01")).job_id
    clock.advance(seconds=5)
    cut = clock.now()
    second = sr.submit_reprotect(request("app-lnx-01")).job_id
    assert [j.job_id for j in sr.list_jobs(cut)] == [second]
    assert [j.job_id for j in sr.list_jobs(cut - timedelta(seconds=10))] == [first, second]
    assert [j.job_id for j in sr.list_jobs(None)] == [first, second]


def test_a_scenario_without_readiness_takes_the_defaults():
    script = ReadinessScript.from_raw({"job": {}})
    assert script.traps == {} and script.initial_replication_s > 0
    assert ReadinessScript.from_raw({"job": {"readiness": "nonsense"}}).traps == {}
    odd = ReadinessScript.from_raw(
        {
            "job": {
                "readiness": {
                    "initial_replication_seconds": "ninety",
                    "rpo_seconds": -5,
                    "recovery_point_after_seconds": float("nan"),
                    "never_healthy": {"web-02": {"stuck_at_percent": 150, "error": "not an object"}, "x": 3},
                }
            }
        }
    )
    assert (odd.initial_replication_s, odd.rpo_s) == (ReadinessScript().initial_replication_s, ReadinessScript().rpo_s)
    assert odd.recovery_point_after_s == ReadinessScript().recovery_point_after_s
    assert list(odd.traps) == ["web-02"] and odd.traps["web-02"].stuck_at_percent == 37.0
    assert (
        ReadinessScript.from_raw({"job": {"readiness": {"initial_replication_seconds": 0.1}}}).initial_replication_s
        == 0.1
    )
