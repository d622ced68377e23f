"""Follow reprotect jobs to their end from the console, with progress on stderr.

The same reads as the window's job pane (services/jobs.read_run: one list of the vault's jobs
started since the run per poll, whatever the number of jobs; a single GET only for a job the list
did not return), the same polling rule
(domain/polling: quick while a job moves, backing off while it is idle, Retry-After wins) and
the same records: each job's end is audited with its timeline and then dropped from the journal
(services/tracking.record_job_end), so a crash while following loses nothing — `reprotect-cli
jobs --follow` picks the jobs up again. A job the vault answers it no longer knows (JobGone) is
not waited for.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TextIO

from reprotect_gui.domain.models import Job
from reprotect_gui.domain.polling import MIN_INTERVAL_S, next_poll_interval
from reprotect_gui.domain.ports import SiteRecovery
from reprotect_gui.services.jobs import JobReading, read_run
from reprotect_gui.services.tracking import RunRecorder, record_job_end


class FollowTimedOut(Exception):
    """The jobs were still running when the time allowed for following them ran out."""


class FollowGaveUp(FollowTimedOut):
    """A job could not be read again and again (gone from the vault, or no permission any more)."""


UNREADABLE_LIMIT = 8  # consecutive failed reads of one job, the waits backing off to 30 s between them


def job_line(label: str, job: Job) -> str:
    running = next((t for t in job.tasks if not t.state.is_final), None)
    done = sum(1 for t in job.tasks if t.state.is_final)
    task = f" — task {done + 1}/{len(job.tasks)}: {running.friendly_name}" if running and job.tasks else ""
    return f"{label}: {job.state.value} ({job.progress * 100:.0f} %){task}"


class _Uncancelled:
    """The console's reads are stopped by Ctrl+C, not by a cancel flag."""

    def report(self, done: float, text: str) -> None:
        pass

    def raise_if_cancelled(self) -> None:
        pass


_UNCANCELLED = _Uncancelled()


def follow(
    site_recovery: SiteRecovery,
    labels: Mapping[str, str],  # job id -> what to call it (the VM's name)
    recorders: Mapping[str, RunRecorder],  # job id -> where its end is recorded
    *,
    since: datetime | None = None,  # when the jobs were submitted (None: the vault's whole job list)
    time_scale: float = 1.0,  # training: shorter waits, like the window's
    timeout_s: float | None = None,
    err: TextIO = sys.stderr,
    sleep: Callable[[float], None] = time.sleep,
    monotonic: Callable[[], float] = time.monotonic,
) -> dict[str, Job]:
    """Read the jobs until each has ended; returns the last reading of each."""
    pending = list(labels)
    ended: dict[str, Job] = {}
    last: dict[str, str] = {}
    unreadable: dict[str, int] = {}
    gone: list[str] = []
    interval = MIN_INTERVAL_S
    deadline = None if timeout_s is None else monotonic() + timeout_s
    while pending:
        run = read_run(site_recovery, pending, since, (), _UNCANCELLED)
        readings = []
        for job_id in pending:
            if job_id in run.gone:
                print(f"{labels[job_id]}: {run.problems[job_id]} It is no longer followed.", file=err, flush=True)
                gone.append(job_id)
            elif job_id in run.jobs:
                readings.append(JobReading(job_id, run.jobs[job_id]))
            else:  # this read failed (the list, or the job's own GET); the job itself may be fine
                readings.append(JobReading(job_id, None, run.problems.get(job_id) or run.problems.get("", "")))
        pending = [j for j in pending if j not in gone]
        changed = failed = False
        for reading in readings:
            if reading.job is None:
                failed = True
                unreadable[reading.job_id] = unreadable.get(reading.job_id, 0) + 1
                if last.get(reading.job_id) != reading.problem:
                    print(f"{labels[reading.job_id]}: could not read the job: {reading.problem}", file=err)
                    last[reading.job_id] = reading.problem
                continue
            unreadable.pop(reading.job_id, None)
            line = job_line(labels[reading.job_id], reading.job)
            if last.get(reading.job_id) != line:
                print(line, file=err, flush=True)
                last[reading.job_id] = line
                changed = True
            if reading.job.state.is_final:
                ended[reading.job_id] = reading.job
                record_job_end(recorders[reading.job_id], reading.job)
        pending = [j for j in pending if j not in ended]
        lost = [j for j in pending if unreadable.get(j, 0) >= UNREADABLE_LIMIT]
        if not pending and gone:
            raise FollowGaveUp(", ".join(f"{labels[j]} (no longer known to the vault)" for j in gone))
        if lost:
            raise FollowGaveUp(", ".join(f"{labels[j]} ({last[j]})" for j in lost))
        if not pending:
            break
        if deadline is not None and monotonic() >= deadline:
            raise FollowTimedOut(", ".join(labels[j] for j in pending))
        interval = next_poll_interval(interval, changed=changed, failed=failed, retry_after_s=run.retry_after_s)
        wait = interval * time_scale
        if deadline is not None:
            wait = max(0.0, min(wait, deadline - monotonic()))
        sleep(wait)
    return ended
