"""The run model without Qt: rows keyed by the job ID asked for, unknown states live, superseded
retries, pending writes, the verdict, jobs awaited on an item, readiness per VM."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from reprotect_gui.domain.models import Job, JobState, JobTask
from reprotect_gui.domain.polling import (
    MAX_INTERVAL_S,
    MIN_INTERVAL_S,
    RETRY_AFTER_CEILING_S,
    honoured_retry_after,
    next_poll_interval,
    next_wait,
)
from reprotect_gui.domain.replication import ReplicationStatus
from reprotect_gui.domain.run import EntryKind, RunModel

T0 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def job(job_id: str, state: JobState, *, raw: str = "", tasks=(), name: str = "") -> Job:
    return Job(name or job_id, "Reprotect", "vm", state, raw_state=raw or state.value, tasks=tasks)


def test_a_job_returned_under_another_name_is_matched_to_the_id_asked_for() -> None:
    run = RunModel()
    run.follow("asked-id", "vm-1", item_id="i1", since=T0)
    changes = run.apply_jobs({"asked-id": job("asked-id", JobState.IN_PROGRESS, name="returned-name")})
    assert changes.updated == ["asked-id"]
    assert run.entry("asked-id").job.job_id == "returned-name"
    assert run.pending_job_ids() == ["asked-id"]


def test_unknown_and_waiting_states_are_followed_as_live() -> None:
    run = RunModel()
    run.follow("a", "vm-a", since=T0)
    run.follow("b", "vm-b", since=T0)
    run.apply_jobs({"a": job("a", JobState.parse("Cancelling"), raw="Cancelling"), "b": job("b", JobState.SUSPENDED)})
    assert run.entry("a").job.state is JobState.OTHER and run.entry("a").job.raw_state == "Cancelling"
    assert run.pending_job_ids() == ["a", "b"] and not run.finished()
    changes = run.apply_jobs({"a": job("a", JobState.CANCELLED), "b": job("b", JobState.SUCCEEDED)})
    assert [j.job_id for j in changes.ended] == ["a", "b"] and run.finished()
    assert run.apply_jobs({"a": job("a", JobState.CANCELLED)}).ended == []  # an end is reported once


def test_a_job_the_vault_no_longer_knows_ends_with_its_reason_and_a_failed_read_does_not() -> None:
    run = RunModel()
    run.follow("gone", "vm-1", item_id="i1", since=T0)
    run.follow("busy", "vm-2", item_id="i2", since=T0)
    problems = {"gone": "The job gone was not found in the vault.", "busy": "Azure did not answer in time."}
    changes = run.apply_jobs({}, problems, gone=["gone"])
    assert changes.updated == ["gone"] and run.entry("gone").ended and run.entry("gone").gone
    assert run.entry("gone").problem == problems["gone"]
    assert run.pending_job_ids() == ["busy"] and not run.finished()  # the failed read is read again
    assert run.verdict().failed == (run.entry("gone"),)  # not a success: the operator checks the vault
    assert run.apply_jobs({}, {}, gone=["gone"]).updated == []  # ended once
    run.apply_jobs({"busy": job("busy", JobState.SUCCEEDED)})
    assert run.finished()


def test_verdict_counts_a_superseded_failure_by_its_retry() -> None:
    run = RunModel()
    run.follow("j1", "vm-1", item_id="i1", since=T0)
    run.follow("j2", "vm-2", item_id="i2", since=T0)
    run.not_started("i3", "vm-3", "vm-3", "refused")
    run.apply_jobs({"j1": job("j1", JobState.FAILED), "j2": job("j2", JobState.SUCCEEDED)})
    v = run.verdict()
    assert v.over and v.vms == 3 and [e.item_name for e in v.failed] == ["vm-1", "vm-3"]
    assert [j.job_id for j in run.failed_jobs()] == ["j1"]
    run.supersede("j1")
    run.follow("j1b", "vm-1 (retry)", item_id="i1", since=T0, retry=True)
    v = run.verdict()
    assert v.vms == 3 and not v.over and [e.item_name for e in v.failed] == ["vm-3"]
    run.apply_jobs({"j1b": job("j1b", JobState.SUCCEEDED)})
    assert run.verdict().over and run.failed_jobs() == []


def test_pending_writes_hold_the_report_back() -> None:
    run = RunModel()
    run.follow("j1", "vm-1", since=T0)
    run.apply_jobs({"j1": job("j1", JobState.SUCCEEDED)})
    run.write_started()
    assert not run.report_ready()
    run.write_done()
    assert run.report_ready()
    run.write_done()  # never below zero
    assert run.pending_writes == 0


def test_percent_done_counts_tasks() -> None:
    run = RunModel()
    run.follow("j1", "vm-1", since=T0)
    tasks = (JobTask("t1", "a", JobState.SUCCEEDED), JobTask("t2", "b", JobState.IN_PROGRESS))
    run.apply_jobs({"j1": job("j1", JobState.IN_PROGRESS, tasks=tasks)})
    assert run.percent_done() == 50


def test_an_untracked_request_waits_a_bounded_time_for_its_job() -> None:
    run = RunModel(no_job_wait_s=600)
    run.await_job("i1", "vm-1", "vm-1", T0)
    assert not run.finished() and [e.item_id for e in run.awaiting()] == ["i1"]
    assert run.give_up_waiting(T0 + timedelta(seconds=599)).gave_up == []  # just inside
    changes = run.adopt("i1", "job-9", T0 + timedelta(seconds=30))
    assert changes.adopted == [("i1", "job-9")] and run.entry("job-9").kind is EntryKind.JOB
    assert run.pending_job_ids() == ["job-9"]

    other = RunModel(no_job_wait_s=600)
    other.await_job("i2", "vm-2", "vm-2", T0)
    assert other.give_up_waiting(T0 + timedelta(seconds=600)).gave_up == ["item:i2"]  # at the edge
    entry = other.entry("item:i2")
    assert entry.kind is EntryKind.NOT_STARTED and "Site Recovery jobs" in entry.problem and "10 min" in entry.problem
    assert other.finished()


def test_since_is_the_earliest_open_acceptance() -> None:
    run = RunModel()
    run.follow("a", "a", since=T0 + timedelta(minutes=5))
    run.follow("b", "b", since=T0)
    assert run.since() == T0
    run.apply_jobs({"b": job("b", JobState.SUCCEEDED)})
    assert run.since() == T0 + timedelta(minutes=5)


def test_readiness_is_kept_per_vm_until_ready() -> None:
    run = RunModel()
    run.follow("j1", "vm-1", item_id="i1", item_name="vm-1", since=T0)
    assert run.readiness_targets() == []  # not before the reprotect succeeded
    run.apply_jobs({"j1": job("j1", JobState.SUCCEEDED)})
    assert run.readiness_targets() == ["i1"]
    status = ReplicationStatus(
        "i1", "vm-1", "InMage", "Protected", "Normal", T0, initial_replication_percent=50.0, recovery_points_read=True
    )
    changes = run.apply_replication([status])
    assert changes.readiness == ["i1"] and not run.readiness["i1"].ready
    assert run.readiness_targets() == ["i1"]
    (row,) = run.readiness_rows()
    assert row[0].item_name == "vm-1" and row[2] is status


# --- polling (Retry-After ceiling, backoff) -----------------------------------------------------------


def test_retry_after_is_honoured_up_to_the_ceiling() -> None:
    assert RETRY_AFTER_CEILING_S == 60.0
    assert honoured_retry_after(59.9) == 59.9  # just inside
    assert honoured_retry_after(60.0) == 60.0
    assert honoured_retry_after(60.1) == 60.0  # just outside
    assert honoured_retry_after(3600) == 60.0
    assert honoured_retry_after(-5) == 0.0
    wait = next_wait(2.0, changed=False, failed=True, retry_after_s=3600)
    assert wait.seconds == 60.0 and wait.asked_s == 3600 and wait.capped
    wait = next_wait(2.0, changed=False, failed=True, retry_after_s=30)
    assert wait.seconds == 30 and not wait.capped
    assert next_wait(2.0, changed=False, retry_after_s=0).seconds == MIN_INTERVAL_S


def test_backoff_resets_on_change_and_stops_at_its_maximum() -> None:
    assert next_poll_interval(10.0, changed=True) == MIN_INTERVAL_S
    assert next_poll_interval(2.0, changed=False) == 3.0
    assert next_poll_interval(MAX_INTERVAL_S, changed=False) == MAX_INTERVAL_S
    assert next_poll_interval(2.0, changed=True, failed=True) == 3.0
