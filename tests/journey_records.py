"""Audit records of a failback journey, written by the real recording code (services/tracking.py), for
the report's and the resume's tests (issue 18)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from reprotect_gui.domain.errors import UserFacingError
from reprotect_gui.domain.models import Job, JobError, JobState, JobTask, SubmitResult
from reprotect_gui.domain.verdicts import Status, Verdict
from reprotect_gui.services.audit import accepted_record, ended_record, journey_submitted_record
from reprotect_gui.services.tracking import RunRecorder, record_job_end, submit_journey_step
from tests.fakes import ManualClock


def ended_job(job_id: str, target: str, state: JobState, clock: ManualClock, *, code: str = "") -> Job:
    start = clock.now()
    clock.advance(minutes=3)
    errors = (
        (JobError(code, f"The operation failed with error {code}.", "", "Add memory to the host."),) if code else ()
    )
    task = JobTask("t1", "Start failover", state, "", start, clock.now(), errors)
    return Job(job_id, "job", target, state, tasks=(task,), start_time=start, end_time=clock.now())


def step(
    recorder: RunRecorder,
    clock: ManualClock,
    name: str,
    target: str,
    *,
    scope: str = "item",
    flow: str = "modernized",
    choices: dict | None = None,
    confirmations: dict | None = None,
    verdicts: Sequence[Verdict] = (),
    acknowledged: Sequence[str] = (),
    outcome: JobState | None = JobState.SUCCEEDED,
    refused: str = "",
    code: str = "",
) -> str | None:
    """One journey step as the use case records it; `outcome` None leaves its job running."""
    job_id = f"{name}-{target}-{len(recorder.kept)}"
    submitted = journey_submitted_record(
        run_id=recorder.run_id,
        at=clock.now(),
        step=name,
        scope=scope,
        target_id=f"/ids/{target}",
        target_name=target,
        flow=flow,
        choices=choices or {},
        confirmations=confirmations,
        verdicts=verdicts,
        acknowledged=acknowledged,
    )

    def submit() -> SubmitResult:
        if refused:
            raise UserFacingError(refused, "Reload and try again.")
        return SubmitResult(job_id)

    try:
        submit_journey_step(recorder, submitted, submit)
    except UserFacingError:
        return None
    if outcome is not None:
        record_job_end(recorder, ended_job(job_id, target, outcome, clock, code=code))
    clock.advance(minutes=1)
    return job_id


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
            "subject": {"kind": kind, "id": f"/ids/{subject}", "name": subject},
            "choices": {"items": [{"item_id": f"/ids/{n}", "name": n, "os_type": "Linux"} for n in names]},
            "verdicts": [],
        }
    ]
    for n in names:
        records.append(accepted_record(run_id, clock.now(), f"rep-{n}", f"/ids/{n}", n, False))
        records.append(
            ended_record(
                run_id, clock.now() + timedelta(minutes=9), ended_job(f"rep-{n}", n, JobState.SUCCEEDED, clock)
            )
        )
    return records


FB09_WARN = Verdict("FB-09", Status.WARN, "esx-02 has 2048 MB free; shop-01 needs 4096 MB.", subject="shop-01")
FB01_PASS = Verdict("FB-01", Status.PASS, "PlannedFailover is offered.")
