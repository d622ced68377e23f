"""Following a run on the emulator through the real SDK: one jobs list per poll ($filter by start
time), single GETs only for jobs the list did not return, waiting and unknown states, a 202 with
nothing to track, Retry-After without a frozen follower, and readiness after success (RDY-)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
from asr_estate import LOG_ACCOUNT, RA_HEALTHY, RCM_FAILBACK_POLICY, item_id, mixed_estate, policy_id, rcm_item_id
from asr_testkit import RecordingContext, request_for, wait_for_final
from emulator import Fault

from reprotect_gui.domain.checks.readiness import ReadinessFacts, readiness_of
from reprotect_gui.domain.models import JobState, ModernizedTarget, ReprotectRequest
from reprotect_gui.services.jobs import read_replication, read_run


def job_reads(emulator, since: int) -> list:
    return [r for r in emulator.requests_log[since:] if "/replicationjobs" in r.path.lower()]


def test_one_list_call_reads_every_job_of_the_run(emulator, adapter, ctx):
    emulator.job_step_seconds = 1.0
    start = datetime.now(UTC)
    ids = [adapter.submit_reprotect(request_for(name)).job_id for name in ("vm-app-01", "vm-app-02", "vm-app-03")]
    before = len(emulator.requests_log)
    reading = read_run(adapter, ids, start, [], ctx)
    (listed,) = job_reads(emulator, before)
    assert listed.path.lower().endswith("/replicationjobs") and "$filter=startTime" in listed.query
    assert reading.reads == 1 and sorted(reading.jobs) == sorted(ids) and not reading.problems
    assert all(j.state is JobState.IN_PROGRESS for j in reading.jobs.values())


def test_the_filter_leaves_out_older_jobs(emulator, adapter):
    old = adapter.submit_reprotect(request_for("vm-app-01")).job_id
    time.sleep(1.1)  # ASR's startTime has whole-second precision in the filter
    later = datetime.now(UTC)
    new = adapter.submit_reprotect(request_for("vm-app-02")).job_id
    names = [j.job_id for j in adapter.list_jobs(later)]
    assert new in names and old not in names
    assert {old, new} <= {j.job_id for j in adapter.list_jobs(later - timedelta(minutes=5))}


def test_a_job_returned_under_another_name_costs_one_get_and_keeps_its_row(emulator, adapter, ctx):
    emulator.job_step_seconds = 1.0
    start = datetime.now(UTC)
    job_id = adapter.submit_reprotect(request_for("vm-app-01")).job_id
    emulator.rename_job(job_id, "a-different-name")
    before = len(emulator.requests_log)
    reading = read_run(adapter, [job_id], start, [], ctx)
    assert [r.path.rsplit("/", 1)[-1] for r in job_reads(emulator, before)] == ["replicationJobs", job_id]
    assert reading.reads == 2 and reading.jobs[job_id].job_id == "a-different-name"


def test_cancelling_and_suspended_jobs_keep_asrs_words_and_actions(emulator, adapter, ctx):
    start = datetime.now(UTC)
    a = adapter.submit_reprotect(request_for("vm-app-01")).job_id
    b = adapter.submit_reprotect(request_for("vm-app-02")).job_id
    emulator.hold_job(a, "Cancelling")
    emulator.hold_job(b, "Suspended", "WaitingForStopTestFailover", ("Cancel", "Resume"))
    reading = read_run(adapter, [a, b], start, [], ctx)
    cancelling, suspended = reading.jobs[a], reading.jobs[b]
    assert cancelling.state is JobState.OTHER and cancelling.raw_state == "Cancelling"
    assert not cancelling.state.is_final
    assert suspended.state is JobState.SUSPENDED and suspended.state_description == "WaitingForStopTestFailover"
    assert suspended.allowed_actions == ("Cancel", "Resume")
    emulator.release_job(b)
    final, _ = wait_for_final(adapter, b)
    assert final.state is JobState.SUCCEEDED


def test_a_202_without_headers_follows_the_job_that_shows_on_the_item(emulator, adapter):
    emulator.inject(Fault.accepted_untracked(after=True))
    result = adapter.submit_reprotect(request_for("vm-app-01"))
    (job,) = emulator.jobs()
    assert result.job_id == job["name"] and not result.untracked  # the item named its running job
    assert len(emulator.reprotect_posts) == 1


def test_a_202_without_headers_and_no_job_yet_is_said_so(emulator, adapter, ctx):
    emulator.inject(Fault.accepted_untracked())  # answered before handling: no job will ever show
    result = adapter.submit_reprotect(request_for("vm-app-01"))
    assert result.untracked and result.job_id == ""
    assert len(emulator.reprotect_posts) == 1
    reading = read_run(adapter, [], datetime.now(UTC), [(item_id("vm-app-01"), "vm-app-01")], ctx)
    assert reading.found == {} and not reading.problems  # nothing yet: the follower keeps looking


def test_retry_after_3600_is_reported_at_once_not_slept(emulator, adapter, ctx):
    start = datetime.now(UTC)
    job_id = adapter.submit_reprotect(request_for("vm-app-01")).job_id
    emulator.inject(Fault.throttle(retry_after=3600, path_contains="replicationJobs"))
    began = time.monotonic()
    reading = read_run(adapter, [job_id], start, [], ctx)
    assert time.monotonic() - began < 30  # azure-core would have slept the whole hour
    assert reading.retry_after_s == 3600 and "throttled" in reading.problems[job_id]
    assert "Retry" not in reading.problems[job_id]  # no "press Retry": the follower retries by itself


def wait_until(condition, timeout: float = 10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("not reached in time")


def test_a_classic_vm_becomes_ready_for_failback_and_the_trap_never_does(emulator, adapter):
    emulator.replication_seconds = 0.4
    adapter.read_site(RecordingContext())
    healthy, trapped = item_id("vm-app-01"), item_id("vm-app-02")
    emulator.never_healthy(trapped)
    jobs = {
        i: adapter.submit_reprotect(request_for(n)).job_id for i, n in ((healthy, "vm-app-01"), (trapped, "vm-app-02"))
    }
    finals = {i: wait_for_final(adapter, j)[0] for i, j in jobs.items()}
    seen = []

    def ready():
        reading = read_replication(adapter, [healthy, trapped], RecordingContext())
        assert not reading.problem, reading.problem
        by_id = {s.item_id.lower(): s for s in reading.statuses}
        out = {i: readiness_of(ReadinessFacts(by_id[i.lower()], finals[i])) for i in (healthy, trapped)}
        seen.append(by_id[healthy.lower()].initial_replication_percent)
        return out if out[healthy].ready else None

    verdicts = wait_until(ready)
    assert verdicts[healthy].headline == "Ready for failback"
    assert any(p is not None and 0 <= p < 100 for p in seen)  # progress was shown on the way
    stuck = verdicts[trapped]
    assert not stuck.ready and stuck.headline.startswith("Not yet (RDY-03)")
    assert any("78122" in v.finding for v in stuck.warnings)  # RDY-04: the health error, with its code
    points = [r for r in emulator.requests_log if r.path.lower().endswith("/recoverypoints")]
    assert points and all(trapped.rsplit("/", 1)[-1] not in r.path for r in points)  # read only when complete


@pytest.mark.parametrize("estate", [mixed_estate(vm_count=1)])
def test_a_modernized_vm_becomes_ready_through_inmagercmfailback(emulator, adapter, estate):
    emulator.replication_seconds = 0.3
    adapter.read_site(RecordingContext())
    request = ReprotectRequest(
        rcm_item_id("intranet-01"),
        "intranet-01",
        ModernizedTarget(RA_HEALTHY, LOG_ACCOUNT),
        "ds-vmfs-gold-01",
        policy_id(RCM_FAILBACK_POLICY),
        (),
    )
    final, _ = wait_for_final(adapter, adapter.submit_reprotect(request).job_id)

    def ready():
        (status,) = read_replication(adapter, [request.item_id], RecordingContext()).statuses
        r = readiness_of(ReadinessFacts(status, final))
        return (status, r) if r.ready else None

    status, r = wait_until(ready)
    assert status.provider == "InMageRcmFailback" and status.appliance_name == "appliance-tokyo-01"
    assert status.appliance_health == "Normal" and status.target_power_status == "OFF"
    assert status.latest_recovery_point is not None  # from the recovery points list: no such field on the item
    assert any(v.check_id == "RDY-07" and "no RPO" in v.finding for v in r.verdicts)


def test_the_jobs_list_follows_its_pages(emulator, adapter, ctx):
    emulator.page_size = 2
    start = datetime.now(UTC)
    ids = [adapter.submit_reprotect(request_for(name)).job_id for name in ("vm-app-01", "vm-app-02", "vm-app-03")]
    before = len(emulator.requests_log)
    assert sorted(j.job_id for j in adapter.list_jobs(start - timedelta(minutes=1))) == sorted(ids)
    assert len(job_reads(emulator, before)) == 2  # two pages, one request each


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (b"<html>proxy error</html>", "A proxy or firewall"),
        (b'{"value": [{"properties": 5}]}', "could not read"),
        (b'["a list"]', "could not read"),
        (b'{"value": "x"}', "could not read"),
    ],
)
def test_a_jobs_list_that_cannot_be_read_is_said_so_not_raised(emulator, adapter, ctx, body, said):
    job_id = adapter.submit_reprotect(request_for("vm-app-01")).job_id
    emulator.serve_raw("GET", f"{emulator.vault_path}/replicationJobs", body)
    reading = read_run(adapter, [job_id], datetime.now(UTC), [], ctx)
    assert reading.jobs == {} and said in reading.problems[job_id]
