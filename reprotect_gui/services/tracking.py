"""Use cases around a reprotect run: submit with a record of every accepted job, end, resume.

The journal entry and the audit record of a job are written on the worker thread right after
ASR answers the submit, before the next item of a plan is sent: once the service accepted a job,
a crash can't lose it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from reprotect_gui.domain.checks.readiness import Readiness
from reprotect_gui.domain.errors import JobGone, UserFacingError
from reprotect_gui.domain.messages import Text, t
from reprotect_gui.domain.models import Job, ProtectedItem, RecoverySite, ReprotectRequest, SubmitResult
from reprotect_gui.domain.ports import Clock, JobContext, SiteRecovery
from reprotect_gui.domain.replication import ReplicationStatus
from reprotect_gui.services import audit as records
from reprotect_gui.services.audit import AuditLog
from reprotect_gui.services.journal import InFlightJob, JobJournal
from reprotect_gui.services.redaction import scrub
from reprotect_gui.services.submit import SubmitOutcome, submit_reprotects

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RunRecorder:
    """Where a run is recorded. Either part may be absent (tests, a read-only data folder)."""

    run_id: str
    vault_name: str
    clock: Clock
    journal: JobJournal | None = None
    audit: AuditLog | None = None
    source: Mapping[str, str] = field(default_factory=dict)
    # The run's records as written (scrubbed), for its drill report without reading the file back.
    kept: list[dict[str, Any]] = field(default_factory=list)
    # Accepted jobs the journal could not keep: job id -> the sentence the job page shows.
    not_journaled: dict[str, str] = field(default_factory=dict)

    def journal_problem(self) -> str:
        """One sentence for the job page when a job could not be journaled ("" when all were)."""
        return " ".join(dict.fromkeys(self.not_journaled.values()))

    def write(self, record: Mapping[str, Any]) -> None:
        self.kept.append(scrub(dict(record)))
        if self.audit is not None:
            self.audit.append(record)

    def accepted(self, request: ReprotectRequest, result: SubmitResult) -> None:
        """Journal and audit an accepted job. The audit record is written whatever happens to the
        journal; a journal failure is kept (`not_journaled`) for the job page and then raised."""
        now = self.clock.now()
        journal_failure: UserFacingError | None = None
        if self.journal is not None:
            try:
                self.journal.record(
                    InFlightJob(
                        job_id=result.job_id,
                        item_id=request.item_id,
                        item_name=request.item_name,
                        vault_name=self.vault_name,
                        run_id=self.run_id,
                        accepted_at=now.isoformat(),
                        attached_to_running=result.attached_to_running,
                        source=dict(self.source),
                    )
                )
            except UserFacingError as exc:
                journal_failure = exc
                self.not_journaled[result.job_id] = not_journaled_sentence(request.item_name, result.job_id, exc)
        self.write(
            records.accepted_record(
                self.run_id, now, result.job_id, request.item_id, request.item_name, result.attached_to_running
            )
        )
        if journal_failure is not None:
            raise journal_failure


def not_journaled_sentence(item_name: str, job_id: str, cause: UserFacingError) -> str:
    return t(
        "The reprotect job {job_id} of {item_name} will not be offered again after a restart "
        "because the list of jobs in progress could not be written: {summary} The job runs in "
        "Azure regardless; this page follows it, and its ID is in the audit log.",
        job_id=job_id,
        item_name=item_name,
        summary=cause.summary,
    )


class RecordingSiteRecovery:
    """The vault (the SiteRecovery port, every method delegated by name), with every accepted submit
    journaled and audited before the answer goes on."""

    def __init__(self, inner: SiteRecovery, recorder: RunRecorder) -> None:
        self._inner = inner
        self._recorder = recorder
        self.recorded: set[str] = set()

    def read_site(
        self, ctx: JobContext, on_items: Callable[[Sequence[ProtectedItem]], None] | None = None
    ) -> RecoverySite:
        return self._inner.read_site(ctx, on_items)

    def read_item(self, item_id: str) -> ProtectedItem:
        return self._inner.read_item(item_id)

    def submit_reprotect(self, request: ReprotectRequest) -> SubmitResult:
        result = self._inner.submit_reprotect(request)
        self._record(request, result)
        return result

    def read_job(self, job_id: str) -> Job:
        return self._inner.read_job(job_id)

    def refresh_configuration_server(self, server_id: str, ctx: JobContext) -> None:
        self._inner.refresh_configuration_server(server_id, ctx)

    def list_jobs(self, started_after: datetime | None) -> Sequence[Job]:
        return self._inner.list_jobs(started_after)

    def read_replication(self, item_ids: Sequence[str]) -> Sequence[ReplicationStatus]:
        return self._inner.read_replication(item_ids)

    def _record(self, request: ReprotectRequest, result: SubmitResult) -> None:
        if result.untracked:
            return  # no job yet: recorded when the follower finds it (record_adopted)
        self.recorded.add(result.job_id)
        try:
            self._recorder.accepted(request, result)
        except UserFacingError:
            # The job runs in Azure whatever happens to our files: never report it as not started.
            log.exception("job %s was accepted but could not be recorded", result.job_id)


class ForgettingGoneJobs:
    """The vault, for following journaled jobs again: a job the service confirms it no longer knows
    (JobGone — an answered "not found", never a failed read) is dropped from the journal at once, so
    it is not offered at every launch."""

    def __init__(self, inner: SiteRecovery, journal: JobJournal | None) -> None:
        self._inner = inner
        self._journal = journal
        self.forgotten: list[str] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def read_job(self, job_id: str) -> Job:
        try:
            return self._inner.read_job(job_id)
        except JobGone:
            if self._journal is not None:
                try:
                    self._journal.forget(job_id)
                    self.forgotten.append(job_id)
                    log.info("job %s is unknown to the vault: dropped from the journal", job_id)
                except UserFacingError:
                    log.exception("job %s could not be dropped from the journal", job_id)
            raise


def submit_and_record(
    site_recovery: SiteRecovery,
    requests: Sequence[ReprotectRequest],
    recorder: RunRecorder,
    run_record: Mapping[str, Any],
    ctx: JobContext,
) -> tuple[SubmitOutcome, ...]:
    """Audit the intent, submit each request (recording each accepted job at once), audit refusals.

    A running job found on an item (SubmitOutcome.attached_to_running, read before the submit)
    never reached `submit_reprotect`; it is recorded here, after the loop.
    """
    _write_quietly(recorder, run_record)
    recording = RecordingSiteRecovery(site_recovery, recorder)
    try:
        outcomes = submit_reprotects(recording, requests, ctx)
    except UserFacingError as exc:
        _write_quietly(recorder, records.submit_failed_record(recorder.run_id, recorder.clock.now(), str(exc)))
        raise
    by_id = {r.item_id: r for r in requests}
    for o in outcomes:
        if o.awaiting_job:
            continue
        if o.job_id is None:
            _write_quietly(
                recorder,
                records.not_started_record(recorder.run_id, recorder.clock.now(), o.item_id, o.item_name, o.problem),
            )
        elif o.job_id not in recording.recorded and o.item_id in by_id:
            recording._record(by_id[o.item_id], SubmitResult(o.job_id, attached_to_running=True))
    return outcomes


def record_job_end(recorder: RunRecorder, job: Job) -> None:
    """Audit the outcome with its timeline, then drop the job from the journal (in that order:
    a crash in between re-offers a finished job, which ends at once, rather than losing the record)."""
    recorder.write(records.ended_record(recorder.run_id, recorder.clock.now(), job))
    if recorder.journal is not None:
        recorder.journal.forget(job.job_id)


def record_adopted(recorder: RunRecorder, request: ReprotectRequest, job_id: str) -> None:
    """The job of a request accepted without a tracking address showed on its item: journal and audit it."""
    recorder.accepted(request, SubmitResult(job_id))


READINESS_EVENT = "job.readiness"


def record_readiness(recorder: RunRecorder, item_name: str, readiness: Readiness) -> None:
    """A VM's readiness for failback (RDY-) as it changes: the drill report's readiness table."""
    recorder.write(
        {
            "event": READINESS_EVENT,
            "run_id": recorder.run_id,
            "at": recorder.clock.now().isoformat(),
            "item_name": item_name,
            "ready": readiness.ready,
            "verdict": readiness.headline,
            "reasons": [f"{v.check_id}: {v.finding}" for v in readiness.reasons],
            "warnings": [f"{v.check_id}: {v.finding}" for v in readiness.warnings],
            # The templates too, so the drill report can be written in any language (issue 14).
            "verdict_text": _json_text(readiness.headline),
            "warnings_text": [
                t("{check}: {finding}", check=v.check_id, finding=v.finding).to_json() for v in readiness.warnings
            ],
        }
    )


def _json_text(value: str) -> Any:
    return value.to_json() if isinstance(value, Text) else None


def record_resumed(recorder: RunRecorder, job_ids: Sequence[str]) -> None:
    for job_id in job_ids:
        recorder.write(records.resumed_record(recorder.run_id, recorder.clock.now(), job_id))


def _write_quietly(recorder: RunRecorder, record: Mapping[str, Any]) -> None:
    try:
        recorder.write(record)
    except UserFacingError:
        log.exception("an audit record could not be written")
