"""Use cases: read the jobs of a run (one list call per poll, whatever the number of jobs) and,
after success, the items' replication back to on-premises (RDY-).

Reads are made once: no transport retry (the follower retries on its own schedule, honouring
Retry-After up to its ceiling), so a problem is reported as what happened this time, without
"press Retry" — the follower tries again by itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from reprotect_gui.domain.errors import JobGone, UserFacingError
from reprotect_gui.domain.models import Job
from reprotect_gui.domain.ports import JobContext, SiteRecovery
from reprotect_gui.domain.replication import ReplicationStatus

CLOCK_SKEW = timedelta(minutes=15)  # ASR's startTime vs our clock: list a little earlier than we submitted


def retry_after_of(exc: BaseException) -> float | None:
    """The Retry-After (seconds) Azure sent with a refusal, when the adapter kept it."""
    value = getattr(exc, "retry_after_s", None)
    return float(value) if isinstance(value, (int, float)) else None


@dataclass(frozen=True, slots=True)
class JobReading:
    job_id: str
    job: Job | None
    problem: str = ""  # the read failed this time; the job itself may be fine


@dataclass(frozen=True)
class RunReading:
    jobs: dict[str, Job] = field(default_factory=dict)  # job ID asked for → the job as read
    problems: dict[str, str] = field(default_factory=dict)  # job ID → why it could not be read this time
    found: dict[str, str] = field(default_factory=dict)  # awaited item id → the job that showed on it
    reads: int = 0  # ARM reads made
    listed: int = 0  # jobs the list returned
    retry_after_s: float | None = None
    gone: frozenset[str] = frozenset()  # job IDs the vault answered it no longer knows (also in problems)

    @property
    def failed(self) -> bool:
        return bool(self.problems)


def read_jobs(site_recovery: SiteRecovery, job_ids: Sequence[str], ctx: JobContext) -> tuple[JobReading, ...]:
    """One GET per job (the way before the list; kept for the configuration server refresh and tests)."""
    readings = []
    for job_id in job_ids:
        ctx.raise_if_cancelled()
        try:
            readings.append(JobReading(job_id, site_recovery.read_job(job_id)))
        except UserFacingError as exc:
            readings.append(JobReading(job_id, None, exc.summary))
    return tuple(readings)


def read_run(
    site_recovery: SiteRecovery,
    job_ids: Sequence[str],
    since: datetime | None,
    awaiting: Sequence[tuple[str, str]],
    ctx: JobContext,
) -> RunReading:
    """Every job of the run with one `replication_jobs.list` ($filter by start time), single GETs
    only for jobs the list did not return (e.g. returned under another name), and for items
    accepted without a tracking address (`awaiting`: (item id, item name)) the job that shows on
    them — in the list, else on the item itself."""
    jobs: dict[str, Job] = {}
    problems: dict[str, str] = {}
    found: dict[str, str] = {}
    gone: set[str] = set()
    reads = 0
    if not job_ids and not awaiting:
        return RunReading()
    ctx.raise_if_cancelled()
    start = (since - CLOCK_SKEW) if since is not None else None
    try:
        listed = tuple(site_recovery.list_jobs(start))
        reads += 1
    except UserFacingError as exc:
        problem = exc.summary
        return RunReading(
            problems={j: problem for j in job_ids} or {"": problem},
            reads=1,
            retry_after_s=retry_after_of(exc),
        )
    by_name = {j.job_id.lower(): j for j in listed}
    retry_after: float | None = None
    for job_id in job_ids:
        job = by_name.get(job_id.lower())
        if job is not None:
            jobs[job_id] = job
            continue
        ctx.raise_if_cancelled()
        try:
            jobs[job_id] = site_recovery.read_job(job_id)
        except JobGone as exc:  # an answered "not found": waiting won't bring it back
            problems[job_id] = exc.summary
            gone.add(job_id)
        except UserFacingError as exc:
            problems[job_id] = exc.summary
            retry_after = retry_after_of(exc) or retry_after
        reads += 1
    followed = {j.lower() for j in job_ids}
    for item_id, item_name in awaiting:
        match = next(
            (
                j
                for j in listed
                if j.job_id.lower() not in followed
                and (j.item_id == item_id or (not j.item_id and j.target_name == item_name))
                and j.friendly_name.lower().startswith("reprotect")
            ),
            None,
        )
        if match is not None:
            found[item_id] = match.job_id
            continue
        ctx.raise_if_cancelled()
        try:
            item = site_recovery.read_item(item_id)
            reads += 1
        except UserFacingError as exc:
            problems[f"item:{item_id}"] = exc.summary
            reads += 1
            continue
        if item.running_job_id:
            found[item_id] = item.running_job_id
    return RunReading(jobs, problems, found, reads, len(listed), retry_after, frozenset(gone))


@dataclass(frozen=True)
class ReplicationReading:
    statuses: tuple[ReplicationStatus, ...] = ()
    problem: str = ""
    retry_after_s: float | None = None


def read_replication(site_recovery: SiteRecovery, item_ids: Sequence[str], ctx: JobContext) -> ReplicationReading:
    """The replication state of the items whose reprotect succeeded (RDY-01 … RDY-12)."""
    if not item_ids:
        return ReplicationReading()
    ctx.raise_if_cancelled()
    try:
        return ReplicationReading(tuple(site_recovery.read_replication(item_ids)))
    except UserFacingError as exc:
        return ReplicationReading(problem=exc.summary, retry_after_s=retry_after_of(exc))
