"""Audit records of a failback journey, written by the real use case (services/journey.py `submit_step`,
then `tracking.record_job_end`) over a fake Journey port, for the report's and the resume's tests
(issue 18)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from reprotect_gui.domain.errors import UserFacingError
from reprotect_gui.domain.failback import (
    CancelFailoverRequest,
    CommitRequest,
    FailbackRequest,
    ReprotectToAzureRequest,
    Scope,
)
from reprotect_gui.domain.models import Job, JobError, JobState, JobTask, ReplicationFlow, SubmitResult
from reprotect_gui.domain.verdicts import Status, Verdict
from reprotect_gui.services.audit import accepted_record, ended_record
from reprotect_gui.services.journey import submit_step
from reprotect_gui.services.tracking import RunRecorder, record_job_end
from tests.fakes import ManualClock, RecordingContext

CLASSIC, MODERNIZED = ReplicationFlow.CLASSIC, ReplicationFlow.MODERNIZED


class AcceptingPort:
    """Submits answer with the next job id, or refuse with a sentence."""

    def __init__(self, job_id: str, refused: str = "") -> None:
        self.job_id, self.refused = job_id, refused

    def _answer(self, request: object) -> SubmitResult:
        if self.refused:
            raise UserFacingError(self.refused, "Reload and try again.")
        return SubmitResult(self.job_id)

    submit_failback = submit_cancel = submit_commit = submit_reprotect_to_azure = _answer


def ended_job(job_id: str, target: str, state: JobState, clock: ManualClock, *, code: str = "") -> Job:
    start = clock.now()
    clock.advance(minutes=3)
    errors = (
        (JobError(code, f"The operation failed with error {code}.", "", "Add memory to the host."),) if code else ()
    )
    task = JobTask("t1", "Start failover", state, "", start, clock.now(), errors)
    return Job(job_id, "job", target, state, tasks=(task,), start_time=start, end_time=clock.now())


def target(name: str, scope: Scope = Scope.ITEM) -> str:
    kind = "replicationRecoveryPlans" if scope is Scope.PLAN else "replicationProtectedItems"
    return f"/vaults/rsv-dr/{kind}/{name}"


def failback(name: str, flow=MODERNIZED, scope=Scope.ITEM, point=None, **kw) -> FailbackRequest:
    point = point or ("CrashConsistent" if flow is MODERNIZED else "LatestTime")
    return FailbackRequest(scope, target(name, scope), name, flow, point, **kw)


def cancel(name: str, scope=Scope.ITEM) -> CancelFailoverRequest:
    return CancelFailoverRequest(scope, target(name, scope), name, MODERNIZED)


def commit(name: str, flow=MODERNIZED, scope=Scope.ITEM) -> CommitRequest:
    return CommitRequest(scope, target(name, scope), name, flow)


def back_to_azure(name: str, flow=MODERNIZED) -> ReprotectToAzureRequest:
    run_as = "1" if flow is CLASSIC else None
    return ReprotectToAzureRequest(target(name), name, flow, "ps-appliance-tokyo-01", "/policies/policy-rcm", run_as)


def step(
    recorder: RunRecorder,
    clock: ManualClock,
    request,
    *,
    outcome: JobState | None = JobState.SUCCEEDED,
    refused: str = "",
    code: str = "",
    verdicts: Sequence[Verdict] = (),
    acknowledged: Sequence[str] = (),
    choices: dict | None = None,
) -> str | None:
    """One journey step as the use case records it; `outcome` None leaves its job running."""
    job_id = f"job-{len(recorder.kept)}"
    done = submit_step(
        AcceptingPort(job_id, refused),
        request,
        recorder,
        RecordingContext(),
        verdicts=verdicts,
        acknowledged=acknowledged,
        choices=choices,
    )
    if done.job_id is not None and outcome is not None:
        record_job_end(recorder, ended_job(done.job_id, done.target_name, outcome, clock, code=code))
    clock.advance(minutes=1)
    return done.job_id


def reprotect_start(run_id: str, clock: ManualClock, names: Sequence[str], kind: str, subject: str) -> list[dict]:
    """run.submitting, then each member's reprotect job accepted and succeeded."""
    records: list[dict] = [
        {
            "event": "run.submitting",
            "run_id": run_id,
            "at": clock.now().isoformat(),
            "training": False,
            "operators": {"azure": "op@contoso.example", "vcenter": ""},
            "vault": "rsv-dr",
            "subject": {"kind": kind, "id": target(subject), "name": subject},
            "choices": {"items": [{"item_id": target(n), "name": n, "os_type": "Linux"} for n in names]},
            "verdicts": [],
        }
    ]
    for n in names:
        records.append(accepted_record(run_id, clock.now(), f"rep-{n}", target(n), n, False))
        job = ended_job(f"rep-{n}", n, JobState.SUCCEEDED, clock)
        records.append(ended_record(run_id, clock.now() + timedelta(minutes=9), job))
    return records


FB09_WARN = Verdict("FB-09", Status.WARN, "esx-02 has 2048 MB free; shop-01 needs 4096 MB.", subject="shop-01")
FB01_PASS = Verdict("FB-01", Status.PASS, "PlannedFailover is offered.")
