"""The failback journey in the audit log and the journal (issue 18): `journey.<step>.submitted|accepted|
failed`, each accepted job journaled with its step so the resume after a crash follows it, and the past-runs
list reading journey runs (FB-12/FB-15: a retried failback is judged by its last attempt)."""

from __future__ import annotations

import json

import pytest

from reprotect_gui.domain.errors import UserFacingError
from reprotect_gui.domain.models import JobState, SubmitResult
from reprotect_gui.domain.verdicts import Status, Verdict
from reprotect_gui.services import audit
from reprotect_gui.services.audit import AuditLog, journey_event, journey_submitted_record, parse_journey_event
from reprotect_gui.services.journal import InFlightJob, JobJournal, JournalError
from reprotect_gui.services.tracking import RunRecorder, record_job_end, submit_journey_step
from tests.fakes import ManualClock
from tests.journey_records import ended_job, step


def recorder(tmp_path, clock=None) -> RunRecorder:
    return RunRecorder("run1", "rsv", clock or ManualClock(), JobJournal(tmp_path), AuditLog(tmp_path), {"kind": "t"})


def submitted(name="failback", **kw) -> dict:
    base = dict(
        run_id="run1",
        at=ManualClock().now(),
        step=name,
        scope="plan",
        target_id="/plans/rp-shop",
        target_name="rp-shop",
        flow="modernized",
        choices={"recovery_point": "CrashConsistent", "use_multi_vm_sync_point": True},
        verdicts=[
            Verdict("FB-09", Status.WARN, "short of memory", subject="shop-01"),
            Verdict("FB-01", Status.PASS, "ok"),
        ],
        acknowledged=["FB-09|shop-01"],
        confirmations={"downtime": True},
        members=[("/items/shop-01", "shop-01")],
    )
    base.update(kw)
    return journey_submitted_record(**base)


def test_event_names_are_journey_step_phase_and_nothing_else():
    assert [journey_event(s, "accepted") for s in audit.JOURNEY_STEPS] == [
        "journey.failback.accepted",
        "journey.cancel.accepted",
        "journey.commit.accepted",
        "journey.reprotect_to_azure.accepted",
    ]
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
    with pytest.raises(ValueError, match="no journey event"):
        journey_event("reprotect", "accepted")
    assert set(audit.STEP_OF_OPERATION.values()) == set(audit.JOURNEY_STEPS)


def test_the_submitted_record_holds_choices_verdicts_acknowledgements_and_confirmations():
    r = submitted()
    assert r["event"] == "journey.failback.submitted" and r["members"] == [
        {"item_id": "/items/shop-01", "name": "shop-01"}
    ]
    assert r["choices"] == {"recovery_point": "CrashConsistent", "use_multi_vm_sync_point": True}
    assert r["confirmations"] == {"downtime": True}
    assert r["verdicts"][0] == {
        "check_id": "FB-09",
        "status": "warn",
        "subject": "shop-01",
        "finding": "short of memory",
        "acknowledged": True,
    }
    assert r["verdicts"][1]["acknowledged"] is False


def test_an_accepted_step_is_audited_and_journaled_with_its_step(tmp_path):
    rec = recorder(tmp_path)
    result = submit_journey_step(rec, submitted(), lambda: SubmitResult("job-fb-1"))
    assert result.job_id == "job-fb-1"
    lines = [json.loads(x) for x in (tmp_path / "audit.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [x["event"] for x in lines] == ["journey.failback.submitted", "journey.failback.accepted"]
    assert lines[1]["job_id"] == "job-fb-1" and lines[1]["target_name"] == "rp-shop"
    (pending,) = JobJournal(tmp_path).pending()
    assert (pending.job_id, pending.step, pending.item_id, pending.run_id) == (
        "job-fb-1",
        "failback",
        "/plans/rp-shop",
        "run1",
    )
    record_job_end(rec, ended_job("job-fb-1", "rp-shop", JobState.SUCCEEDED, ManualClock()))
    assert JobJournal(tmp_path).pending() == ()  # ended: no longer offered after a restart


def test_a_refused_step_is_audited_as_failed_and_the_error_goes_on(tmp_path):
    rec = recorder(tmp_path)

    def refuse() -> SubmitResult:
        raise UserFacingError("Azure refused the commit of rp-shop: busy. No job was started.", "Try again.")

    with pytest.raises(UserFacingError, match="Azure refused"):
        submit_journey_step(rec, submitted("commit"), refuse)
    events = [r["event"] for r in AuditLog(tmp_path).records()]
    assert events == ["journey.commit.submitted", "journey.commit.failed"]
    assert AuditLog(tmp_path).records()[-1]["problem"].startswith("Azure refused the commit")
    assert JobJournal(tmp_path).pending() == ()


def test_a_journal_failure_after_azure_accepted_never_makes_the_step_not_started(tmp_path):
    class BrokenJournal(JobJournal):
        def record(self, job: InFlightJob) -> None:
            raise JournalError("The journal can't be written.", "Free disk space.")

    rec = RunRecorder("run1", "rsv", ManualClock(), BrokenJournal(tmp_path), AuditLog(tmp_path))
    result = submit_journey_step(rec, submitted("reprotect_to_azure"), lambda: SubmitResult("job-rev-1"))
    assert result.job_id == "job-rev-1"
    assert [r["event"] for r in AuditLog(tmp_path).records()][-1] == "journey.reprotect_to_azure.accepted"
    assert "job-rev-1" in rec.journal_problem() and "will not be offered again" in rec.journal_problem()


def test_an_untracked_answer_is_not_journaled_until_its_job_is_found(tmp_path):
    rec = recorder(tmp_path)
    submit_journey_step(rec, submitted(), lambda: SubmitResult("", untracked=True))
    assert [r["event"] for r in AuditLog(tmp_path).records()] == ["journey.failback.submitted"]
    assert JobJournal(tmp_path).pending() == ()


def test_a_journal_written_before_the_journey_reads_as_reprotect(tmp_path):
    (tmp_path / JobJournal.FILE_NAME).write_text(
        json.dumps({"format": "reprotect_gui.journal/1", "jobs": [{"job_id": "j1", "item_name": "web-01"}]}),
        encoding="utf-8",
    )
    assert [j.step for j in JobJournal(tmp_path).pending()] == ["reprotect"]


def test_past_runs_list_a_journey_run_and_judge_a_retried_failback_by_its_last_attempt(tmp_path):
    clock = ManualClock()
    rec = recorder(tmp_path, clock)
    step(rec, clock, "failback", "rp-shop", scope="plan", outcome=JobState.FAILED, code="8038")
    step(rec, clock, "cancel", "rp-shop", scope="plan")
    (run,) = AuditLog(tmp_path).runs()
    assert (run.run_id, run.subject) == ("run1", "rp-shop")
    assert run.outcome == "failed"  # failed, cancelled, not retried yet
    step(rec, clock, "failback", "rp-shop", scope="plan", outcome=None)
    assert AuditLog(tmp_path).runs()[0].outcome == "in progress"
    step(rec, clock, "commit", "rp-shop", scope="plan")  # the retry's job: recorded ended below
    record_job_end(rec, ended_job(AuditLog(tmp_path).runs()[0].job_ids[2], "rp-shop", JobState.SUCCEEDED, clock))
    (run,) = AuditLog(tmp_path).runs()
    assert run.outcome == "succeeded" and len(run.job_ids) == 4
