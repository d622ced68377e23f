"""The failback journey in the past-runs list (issue 18): `journey.<step>.<phase>` records (written by
services/journey.py) are read back; a journey recorded on its own is a run; a failback retried after its
cancel (FB-12/FB-15) is judged by its last attempt."""

from __future__ import annotations

import json

from reprotect_gui.domain.failback import Scope
from reprotect_gui.domain.models import JobState
from reprotect_gui.services import audit
from reprotect_gui.services.audit import AuditLog, parse_journey_event
from reprotect_gui.services.journal import JobJournal
from reprotect_gui.services.journey import JourneyStep
from reprotect_gui.services.tracking import RunRecorder, record_job_end
from tests.fakes import ManualClock
from tests.journey_records import cancel, commit, ended_job, failback, step


def test_journey_events_are_read_as_step_and_phase_and_nothing_else():
    assert set(audit.JOURNEY_STEPS) == {s.value for s in JourneyStep}  # one vocabulary with the writer
    assert parse_journey_event("journey.reprotect_to_azure.failed") == ("reprotect_to_azure", "failed")
    for bad in (
        "journey.",
        "journey.failback",
        "journey.failback.done",
        "job.accepted",
        None,
        3,
        "journey.x.submitted",
    ):
        assert parse_journey_event(bad) is None


def test_past_runs_list_a_journey_run_and_judge_a_retried_failback_by_its_last_attempt(tmp_path):
    clock = ManualClock()
    rec = RunRecorder("run1", "rsv", clock, JobJournal(tmp_path), AuditLog(tmp_path), {"kind": "t"})
    plan = failback("rp-shop", scope=Scope.PLAN)
    step(rec, clock, plan, outcome=JobState.FAILED, code="8038")
    step(rec, clock, cancel("rp-shop", Scope.PLAN))
    (run,) = AuditLog(tmp_path).runs()
    assert (run.run_id, run.subject, run.outcome) == ("run1", "rp-shop", "failed")  # not retried yet
    retry = step(rec, clock, plan, outcome=None)
    assert AuditLog(tmp_path).runs()[0].outcome == "in progress"
    assert [j.step for j in JobJournal(tmp_path).pending()] == ["failback"]  # the resume would offer it
    record_job_end(rec, ended_job(retry, "rp-shop", JobState.SUCCEEDED, clock))
    step(rec, clock, commit("rp-shop", scope=Scope.PLAN))
    (run,) = AuditLog(tmp_path).runs()
    assert run.outcome == "succeeded" and len(run.job_ids) == 4
    assert JobJournal(tmp_path).pending() == ()


def test_a_journal_written_before_the_journey_reads_as_a_reprotect(tmp_path):
    (tmp_path / JobJournal.FILE_NAME).write_text(
        json.dumps({"format": "reprotect_gui.journal/1", "jobs": [{"job_id": "j1", "item_name": "web-01"}]}),
        encoding="utf-8",
    )
    assert [j.step for j in JobJournal(tmp_path).pending()] == [""]
