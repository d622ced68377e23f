"""A reprotect run after the submit, as plain data: what is followed, how each job stands, which
failed jobs were superseded by a retry, which audit writes are still pending, the verdict and,
after success, each VM's readiness for failback.

No Qt here: the follower (ui/follower.py) feeds readings in, the job page, the detached pane and
the resume window show what the model says. Rows are keyed by the job ID the pane asked for and
matched to what came back (ASR may return a job under another name).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum

from reprotect_gui.domain.checks.readiness import Readiness, ReadinessFacts, readiness_of
from reprotect_gui.domain.messages import t
from reprotect_gui.domain.models import Job, JobState
from reprotect_gui.domain.polling import NO_JOB_WAIT_S
from reprotect_gui.domain.replication import ReadinessPolicy, ReplicationStatus


class EntryKind(StrEnum):
    JOB = "job"  # a job ASR accepted: followed by its ID
    AWAITING = "awaiting"  # ASR accepted the request without a tracking address: looking for its job
    NOT_STARTED = "not_started"  # refused or failed before ASR took it


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of the run. `key`: the job ID asked for, or `item:<id>` while no job is known."""

    key: str
    label: str
    item_id: str
    item_name: str
    kind: EntryKind
    job: Job | None = None
    problem: str = ""  # why not started, why no job was found, or why the last read failed
    since: datetime | None = None  # when it was accepted (AWAITING: when the wait began)
    attached_to_running: bool = False
    retry: bool = False  # a retry on another appliance (RCM-01)
    gone: bool = False  # the vault answered it no longer knows the job: not read again (`problem` says so)
    # The journey step that started the job (failback, cancel, commit, reprotect_to_azure; "" for a
    # reprotect): only a reprotect's success leads to the readiness for failback (RDY-).
    step: str = ""

    @property
    def job_id(self) -> str | None:
        return self.key if self.kind is EntryKind.JOB else None

    @property
    def ended(self) -> bool:
        if self.kind is EntryKind.JOB:
            return self.gone or (self.job is not None and self.job.state.is_final)
        return self.kind is EntryKind.NOT_STARTED

    @property
    def succeeded(self) -> bool:
        return self.job is not None and self.job.state is JobState.SUCCEEDED


@dataclass(frozen=True, slots=True)
class RunVerdict:
    vms: int  # VMs of the run (a superseded failure counts by its retry)
    failed: tuple[Entry, ...]
    waiting: int  # jobs not yet ended

    @property
    def over(self) -> bool:
        return self.waiting == 0

    @property
    def succeeded(self) -> bool:
        return self.over and not self.failed and self.vms > 0


@dataclass
class Changes:
    """What one reading changed: rows to redraw, jobs that just ended, items whose job was found."""

    updated: list[str] = field(default_factory=list)
    ended: list[Job] = field(default_factory=list)
    adopted: list[tuple[str, str]] = field(default_factory=list)  # (item id, job id)
    gave_up: list[str] = field(default_factory=list)  # AWAITING entries that found no job in time
    readiness: list[str] = field(default_factory=list)  # item ids whose readiness changed

    @property
    def any(self) -> bool:
        return bool(self.updated or self.ended or self.adopted or self.gave_up or self.readiness)


class RunModel:
    """The state of one run (or of the jobs resumed from earlier runs)."""

    def __init__(self, *, no_job_wait_s: float = NO_JOB_WAIT_S, policy: ReadinessPolicy | None = None) -> None:
        self._entries: dict[str, Entry] = {}
        self.superseded: set[str] = set()  # failed jobs whose VM was retried through another appliance
        self.pending_writes = 0
        self.no_job_wait_s = no_job_wait_s
        self.policy = policy or ReadinessPolicy()
        self.readiness: dict[str, Readiness] = {}  # item id → verdict
        self.replication: dict[str, ReplicationStatus] = {}
        self._ended_seen: set[str] = set()

    # --- what is in the run ---------------------------------------------------------------------

    def entries(self) -> tuple[Entry, ...]:
        return tuple(self._entries.values())

    def entry(self, key: str) -> Entry:
        return self._entries[key]

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    def follow(
        self,
        job_id: str,
        label: str,
        *,
        item_id: str = "",
        item_name: str = "",
        since: datetime | None = None,
        attached_to_running: bool = False,
        retry: bool = False,
        step: str = "",
    ) -> bool:
        """Follow a job by the ID ASR gave; False when it is followed already."""
        if job_id in self._entries:
            return False
        self._entries[job_id] = Entry(
            job_id,
            label,
            item_id,
            item_name or label,
            EntryKind.JOB,
            None,
            "",
            since,
            attached_to_running,
            retry,
            step=step,
        )
        return True

    def await_job(self, item_id: str, item_name: str, label: str, since: datetime) -> str:
        """ASR accepted the request but gave nothing to track: look for the job on the item."""
        key = f"item:{item_id}"
        self._entries[key] = Entry(key, label, item_id, item_name, EntryKind.AWAITING, since=since)
        return key

    def not_started(self, item_id: str, item_name: str, label: str, problem: str) -> str:
        key = f"item:{item_id}:{len(self._entries)}"
        self._entries[key] = Entry(key, label, item_id, item_name, EntryKind.NOT_STARTED, problem=problem)
        return key

    def job_ids(self) -> list[str]:
        return [e.key for e in self._entries.values() if e.kind is EntryKind.JOB]

    def jobs(self) -> dict[str, Job]:
        return {e.key: e.job for e in self._entries.values() if e.job is not None}

    def pending_job_ids(self) -> list[str]:
        """Jobs to read this poll: every job not final (unknown states are followed as live)."""
        return [e.key for e in self._entries.values() if e.kind is EntryKind.JOB and not e.ended]

    def awaiting(self) -> list[Entry]:
        return [e for e in self._entries.values() if e.kind is EntryKind.AWAITING]

    def since(self) -> datetime | None:
        """The earliest acceptance among the jobs still followed (the jobs list's $filter)."""
        times = [e.since for e in self._entries.values() if not e.ended and e.since is not None]
        return min(times) if times else None

    def finished(self) -> bool:
        """Every job ended and nothing is awaited (a run with no job at all is finished too)."""
        return all(e.ended for e in self._entries.values())

    def has_jobs(self) -> bool:
        return any(e.kind is not EntryKind.NOT_STARTED for e in self._entries.values())

    def percent_done(self) -> int:
        counted = [e for e in self._entries.values() if e.kind is not EntryKind.NOT_STARTED]
        if not counted:
            return 0
        return int(100 * sum(e.job.progress if e.job is not None else 0.0 for e in counted) / len(counted))

    # --- readings -------------------------------------------------------------------------------

    def apply_jobs(
        self, jobs: Mapping[str, Job], problems: Mapping[str, str] | None = None, gone: Iterable[str] = ()
    ) -> Changes:
        """`jobs`: job ID asked for → the job as read (whatever name it came back under); `gone`: jobs
        the vault answered it no longer knows (an answered "not found", not a failed read): they end
        here, with their problem as the reason, and are not read again."""
        changes = Changes()
        for key, job in jobs.items():
            entry = self._entries.get(key)
            if entry is None or entry.kind is not EntryKind.JOB:
                continue
            if entry.job != job or entry.problem:
                self._entries[key] = replace(entry, job=job, problem="")
                changes.updated.append(key)
            if job.state.is_final and key not in self._ended_seen:
                self._ended_seen.add(key)
                changes.ended.append(job)
        for key, problem in (problems or {}).items():
            entry = self._entries.get(key)
            if entry is not None and entry.problem != problem:
                self._entries[key] = replace(entry, problem=problem)
        for key in gone:
            entry = self._entries.get(key)
            if entry is not None and entry.kind is EntryKind.JOB and not entry.ended:
                self._entries[key] = replace(entry, gone=True)
                changes.updated.append(key)
        return changes

    def adopt(self, item_id: str, job_id: str, at: datetime) -> Changes:
        """The job of an AWAITING item showed up: follow it under its ID from now on."""
        changes = Changes()
        key = f"item:{item_id}"
        entry = self._entries.pop(key, None)
        if entry is None or entry.kind is not EntryKind.AWAITING:
            if entry is not None:
                self._entries[key] = entry
            return changes
        self._entries[job_id] = replace(entry, key=job_id, kind=EntryKind.JOB, since=entry.since or at, problem="")
        changes.adopted.append((item_id, job_id))
        changes.updated.append(job_id)
        return changes

    def give_up_waiting(self, now: datetime) -> Changes:
        """AWAITING items past the bounded wait: say plainly what to check."""
        changes = Changes()
        for entry in self.awaiting():
            if entry.since is not None and now - entry.since >= timedelta(seconds=self.no_job_wait_s):
                minutes = max(1, round(self.no_job_wait_s / 60))
                self._entries[entry.key] = replace(
                    entry,
                    kind=EntryKind.NOT_STARTED,
                    problem=t(
                        "Azure accepted the reprotect of {vm} without a tracking address, and no job showed on the "
                        "item within {minutes} min. Open the vault's Site Recovery jobs in the Azure portal and look "
                        "for a reprotect of {vm}; if there is none, run the wizard again.",
                        vm=entry.item_name,
                        minutes=minutes,
                    ),
                )
                changes.gave_up.append(entry.key)
                changes.updated.append(entry.key)
        return changes

    # --- retry on another appliance (RCM-01) ------------------------------------------------------

    def supersede(self, job_id: str) -> None:
        self.superseded.add(job_id)

    # --- audit writes ---------------------------------------------------------------------------

    def write_started(self) -> None:
        self.pending_writes += 1

    def write_done(self) -> None:
        self.pending_writes = max(0, self.pending_writes - 1)

    def report_ready(self) -> bool:
        return self.has_jobs_or_refusals() and self.finished() and self.pending_writes == 0

    def has_jobs_or_refusals(self) -> bool:
        return bool(self._entries)

    # --- verdict --------------------------------------------------------------------------------

    def verdict(self) -> RunVerdict:
        counted = [e for e in self._entries.values() if e.key not in self.superseded]
        failed = tuple(e for e in counted if e.ended and not e.succeeded)
        waiting = sum(1 for e in counted if not e.ended)
        return RunVerdict(vms=len(counted), failed=failed, waiting=waiting)

    def failed_jobs(self) -> list[Job]:
        """Failed jobs not yet superseded by a retry, in the order they were followed."""
        return [
            e.job
            for e in self._entries.values()
            if e.job is not None and e.job.state is JobState.FAILED and e.key not in self.superseded
        ]

    # --- readiness for failback (RDY-) ------------------------------------------------------------

    def readiness_targets(self) -> list[str]:
        """Items whose reprotect succeeded and which are not ready yet: re-read them gently (RDY-14)."""
        out = []
        for e in self._entries.values():
            if e.succeeded and not e.step and e.item_id and e.item_id not in out:
                r = self.readiness.get(e.item_id)
                if r is None or not r.ready:
                    out.append(e.item_id)
        return out

    def job_of_item(self, item_id: str) -> Job | None:
        jobs = [e.job for e in self._entries.values() if e.item_id == item_id and e.job is not None and not e.step]
        return jobs[-1] if jobs else None

    def apply_replication(self, statuses: Iterable[ReplicationStatus]) -> Changes:
        changes = Changes()
        for status in statuses:
            readiness = readiness_of(ReadinessFacts(status, self.job_of_item(status.item_id), self.policy))
            before = self.readiness.get(status.item_id)
            self.replication[status.item_id] = status
            self.readiness[status.item_id] = readiness
            if before != readiness:
                changes.readiness.append(status.item_id)
        return changes

    def readiness_rows(self) -> list[tuple[Entry, Readiness | None, ReplicationStatus | None]]:
        """One row per VM whose reprotect succeeded, in the run's order."""
        seen: set[str] = set()
        rows = []
        for e in self._entries.values():
            if e.succeeded and not e.step and e.item_id and e.item_id not in seen:
                seen.add(e.item_id)
                rows.append((e, self.readiness.get(e.item_id), self.replication.get(e.item_id)))
        return rows


def labels_by_item(entries: Sequence[Entry]) -> dict[str, str]:
    return {e.item_id: e.item_name for e in entries if e.item_id}
