"""Use case: read the current state of the jobs being followed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reprotect_gui.domain.errors import UserFacingError
from reprotect_gui.domain.models import Job
from reprotect_gui.domain.ports import JobContext, SiteRecovery


@dataclass(frozen=True, slots=True)
class JobReading:
    job_id: str
    job: Job | None
    problem: str = ""  # the read failed this time; the job itself may be fine


def read_jobs(site_recovery: SiteRecovery, job_ids: Sequence[str], ctx: JobContext) -> tuple[JobReading, ...]:
    readings = []
    for job_id in job_ids:
        ctx.raise_if_cancelled()
        try:
            readings.append(JobReading(job_id, site_recovery.read_job(job_id)))
        except UserFacingError as exc:
            readings.append(JobReading(job_id, None, str(exc)))
    return tuple(readings)
