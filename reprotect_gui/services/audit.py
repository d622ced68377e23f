"""The audit trail of reprotect runs: append-only JSON Lines in the user's data directory.

Who reprotected what, when, with which choices, what the checks said and what the operator
accepted, which job ASR started and how it ended. Each record is one line written with a single
`os.write` on a file opened with O_APPEND, under the data folder's lock, then fsync'd; a short or
failed write (a full disk) is cut back, so the file holds whole lines only and later records
survive. Concurrent writers (threads, other windows) never interleave inside a line. Every record passes the secret scrubber first.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import threading
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from reprotect_gui.domain.errors import UserFacingError
from reprotect_gui.domain.job_errors import explain_job_error
from reprotect_gui.domain.messages import Text, t
from reprotect_gui.domain.models import FailbackPolicy, Job, JobError, RecoverySite
from reprotect_gui.domain.selection import Selection
from reprotect_gui.domain.verdicts import Verdict
from reprotect_gui.services.redaction import scrub
from reprotect_gui.services.state_files import LOCK_TIMEOUT_S, locked

log = logging.getLogger(__name__)

AUDIT_FORMAT = "reprotect_gui.audit/1"

# Record kinds, in the order a run produces them.
RUN_SUBMITTING = "run.submitting"
JOB_ACCEPTED = "job.accepted"
JOB_NOT_STARTED = "job.not_started"
RUN_SUBMIT_FAILED = "run.submit_failed"
JOB_RESUMED = "job.resumed"
JOB_ENDED = "job.ended"


class AuditWriteFailed(UserFacingError):
    """An audit record could not be written."""


def new_run_id() -> str:
    return uuid.uuid4().hex[:12]


def iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


@dataclass(frozen=True, slots=True)
class Operators:
    """Who acted: the Azure sign-in name and the vCenter user, where known."""

    azure: str = ""
    vcenter: str = ""


class AuditLog:
    """Appends scrubbed records; reads them back, skipping (and counting) anything damaged."""

    FILE_NAME = "audit.jsonl"

    def __init__(self, directory: Path, *, lock_timeout_s: float = LOCK_TIMEOUT_S) -> None:
        self.path = Path(directory) / self.FILE_NAME
        self._lock = threading.Lock()
        self._lock_timeout_s = lock_timeout_s
        self.damaged_lines = 0  # found by the last full read

    def append(self, record: Mapping[str, Any]) -> dict[str, Any]:
        clean: dict[str, Any] = scrub({"format": AUDIT_FORMAT, **record})
        line = (json.dumps(clean, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
        try:
            with self._lock, locked(self.path, self._lock_timeout_s):
                self._append_line(line)
        except OSError as exc:
            raise AuditWriteFailed(
                t(
                    "The audit record of the reprotect could not be written to {path} ({value}).",
                    path=self.path,
                    value=exc.strerror or exc,
                ),
                t(
                    "The reprotect itself is not affected. Free disk space or fix the folder's permissions; "
                    "note the job ID for your drill records."
                ),
            ) from exc
        return clean

    def _append_line(self, line: bytes) -> None:
        """One whole line or nothing: on a short or failed write the file is cut back to where it was.

        Called under the folder's lock, so no other writer appends between the length read here and
        the truncation. A file left without a final newline (an older writer, a crash mid-write) gets
        one first, so the new record never glues onto the damaged one.
        """
        fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            before = os.fstat(fd).st_size
            if before and _last_byte(fd, before) != b"\n":
                line = b"\n" + line
            try:
                written = os.write(fd, line)
                if written != len(line):  # a full disk (or a file size limit) took only part of it
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
                os.fsync(fd)
            except OSError:
                try:
                    os.ftruncate(fd, before)
                    os.fsync(fd)
                except OSError:
                    log.exception("the audit log %s could not be cut back after a failed write", self.path)
                raise
        finally:
            os.close(fd)

    def records(self) -> list[dict[str, Any]]:
        return list(self._iter_records())

    def _iter_records(self) -> Iterator[dict[str, Any]]:
        """Whole records, line by line; a damaged line is skipped and counted (`damaged_lines`), never
        allowed to take the next line with it."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            self.damaged_lines = 0
            return
        except OSError as exc:
            raise AuditWriteFailed(
                t("The audit log {path} can't be read ({value}).", path=self.path, value=exc.strerror or exc),
                t("Check the file's permissions; the reprotect jobs themselves are not affected."),
            ) from exc
        damaged = 0
        for line in raw.split(b"\n"):
            if not line.strip():
                continue
            try:
                record = json.loads(line.decode("utf-8"))
            except (UnicodeDecodeError, ValueError, RecursionError):
                damaged += 1
                continue
            if isinstance(record, dict):
                yield record
            else:
                damaged += 1
        self.damaged_lines = damaged
        if damaged:
            log.warning("skipped %d damaged line(s) in the audit log %s", damaged, self.path)

    def run(self, run_id: str) -> list[dict[str, Any]]:
        return [r for r in self._iter_records() if r.get("run_id") == run_id]

    def runs(self) -> list[RunSummary]:
        """Past runs, newest first, for the audit history."""
        return summarize_runs(self._iter_records())


def _last_byte(fd: int, size: int) -> bytes:
    """The file's last byte (portable: Windows has no os.pread); O_APPEND writes ignore the offset."""
    os.lseek(fd, size - 1, os.SEEK_SET)
    return os.read(fd, 1)


@dataclass(frozen=True, slots=True)
class RunSummary:
    run_id: str
    at: str
    subject: str
    vault: str
    outcome: str  # "succeeded", "failed", "in progress", "not started"
    job_ids: tuple[str, ...]


def summarize_runs(records: Iterable[Mapping[str, Any]]) -> list[RunSummary]:
    by_run: dict[str, list[Mapping[str, Any]]] = {}
    for r in records:
        if r.get("run_id"):
            by_run.setdefault(str(r["run_id"]), []).append(r)
    out = []
    for run_id, rs in by_run.items():
        start = next((r for r in rs if r.get("event") == RUN_SUBMITTING), None)
        start = start or next((r for r in rs if _journey_phase(r) == SUBMITTED), None)  # a journey on its own
        if start is None:
            continue
        accepted = [str(r.get("job_id")) for r in rs if r.get("event") == JOB_ACCEPTED or _journey_phase(r) == ACCEPTED]
        out.append(
            RunSummary(
                run_id=run_id,
                at=str(start.get("at", "")),
                subject=str((start.get("subject") or {}).get("name", "")),
                vault=str(start.get("vault", "")),
                outcome=run_outcome(rs),
                job_ids=tuple(dict.fromkeys(accepted)),
            )
        )
    return sorted(out, key=lambda s: s.at, reverse=True)


def run_outcome(records: Sequence[Mapping[str, Any]]) -> str:
    accepted = {
        str(r.get("job_id")) for r in records if r.get("event") == JOB_ACCEPTED or _journey_phase(r) == ACCEPTED
    }
    accepted -= _superseded_journey_jobs(records)
    ended = {
        str(r.get("job_id")): r.get("outcome")
        for r in records
        if r.get("event") == JOB_ENDED and str(r.get("job_id")) in accepted
    }
    refused = any(r.get("event") in (JOB_NOT_STARTED, RUN_SUBMIT_FAILED) for r in records)
    if not accepted:
        return "not started" if refused else "submitting"
    if not accepted <= ended.keys():
        return "in progress"
    if refused or any(o != "Succeeded" for o in ended.values()):
        return "failed"
    return "succeeded"


# --- records --------------------------------------------------------------------------------


def run_record(
    *,
    run_id: str,
    at: datetime,
    operators: Operators,
    site: RecoverySite,
    selection: Selection,
    policy: FailbackPolicy | None,
    verdicts: Sequence[Verdict],
    acknowledged: Iterable[str],
    training: bool,
) -> dict[str, Any]:
    """Everything decided before the submit: who, what, with which choices, what the checks said."""
    acks = set(acknowledged)
    mt = _find(site.master_targets, "server_id", selection.master_target_id)
    ps = _find(site.process_servers, "server_id", selection.process_server_id)
    run_as = _find(site.run_as_accounts, "account_id", selection.run_as_account_id)
    items = []
    for item in selection.items:
        c = selection.choices_for(item.item_id)
        included = set(c.disks_to_include)
        items.append(
            {
                "item_id": item.item_id,
                "name": item.name,
                "os_type": item.os_type.value,
                "datastore": c.datastore_name,
                "retention_drive": c.retention_drive,
                "disks": [
                    {"id": d.disk_id, "name": d.name, "size_gb": d.size_gb}
                    for d in item.disks
                    if not included or d.disk_id in included
                ],
                "disks_left_out": [d.name for d in item.disks if included and d.disk_id not in included],
            }
        )
    plan = selection.plan
    subject = (
        {"kind": "plan", "id": plan.plan_id, "name": plan.name}
        if plan is not None
        else {"kind": "item", "id": items[0]["item_id"] if items else "", "name": items[0]["name"] if items else ""}
    )
    return {
        "event": RUN_SUBMITTING,
        "run_id": run_id,
        "at": iso(at),
        "training": training,
        "operators": {"azure": operators.azure, "vcenter": operators.vcenter},
        "vault": site.vault_name,
        "subject": subject,
        "choices": {
            "master_target": {"id": mt.server_id, "name": mt.name, "esxi_host": mt.esxi_host} if mt else None,
            "process_server": {"id": ps.server_id, "name": ps.name, "location": ps.location.value} if ps else None,
            "run_as_account": {"id": run_as.account_id, "name": run_as.name} if run_as else None,
            "policy": _policy(policy),
            "items": items,
        },
        "verdicts": [
            {
                "check_id": v.check_id,
                "status": v.status.value,
                "subject": v.subject,
                "finding": v.finding,
                "finding_text": v.finding.to_json()
                if isinstance(v.finding, Text)
                else None,  # for a report in any language
                "acknowledged": f"{v.check_id}|{v.subject}" in acks,
            }
            for v in verdicts
        ],
        "acknowledged": sorted(acks),
    }


def _find(objects: Sequence[Any], key: str, wanted: str | None) -> Any:
    return next((o for o in objects if getattr(o, key) == wanted), None) if wanted else None


def _policy(policy: FailbackPolicy | None) -> dict[str, Any] | None:
    if policy is None:
        return None
    return {
        "id": policy.policy_id,
        "name": policy.name,
        "rpo_threshold_minutes": policy.rpo_threshold_minutes,
        "recovery_point_history_minutes": policy.recovery_point_history_minutes,
        "app_consistent_frequency_minutes": policy.app_consistent_frequency_minutes,
    }


def accepted_record(
    run_id: str, at: datetime, job_id: str, item_id: str, item_name: str, attached_to_running: bool
) -> dict[str, Any]:
    return {
        "event": JOB_ACCEPTED,
        "run_id": run_id,
        "at": iso(at),
        "job_id": job_id,
        "item_id": item_id,
        "item_name": item_name,
        "attached_to_running": attached_to_running,
    }


def not_started_record(run_id: str, at: datetime, item_id: str, item_name: str, problem: str) -> dict[str, Any]:
    return {
        "event": JOB_NOT_STARTED,
        "run_id": run_id,
        "at": iso(at),
        "item_id": item_id,
        "item_name": item_name,
        "problem": problem,
        "problem_text": problem.to_json() if isinstance(problem, Text) else None,
    }


def submit_failed_record(run_id: str, at: datetime, problem: str) -> dict[str, Any]:
    return {"event": RUN_SUBMIT_FAILED, "run_id": run_id, "at": iso(at), "problem": problem}


def resumed_record(run_id: str, at: datetime, job_id: str) -> dict[str, Any]:
    return {"event": JOB_RESUMED, "run_id": run_id, "at": iso(at), "job_id": job_id}


def ended_record(run_id: str, at: datetime, job: Job) -> dict[str, Any]:
    """The outcome and the timeline of one job: every task with its times and errors."""
    return {
        "event": JOB_ENDED,
        "run_id": run_id,
        "at": iso(at),
        "job_id": job.job_id,
        "item_id": job.item_id,
        "item_name": job.target_name,
        "outcome": job.state.value,
        "state_description": job.state_description,
        "started": iso(job.start_time),
        "ended": iso(job.end_time),
        "tasks": [
            {
                "id": t.task_id,
                "name": t.friendly_name,
                "state": t.state.value,
                "started": iso(t.start_time),
                "ended": iso(t.end_time),
                "errors": [error_record(e) for e in t.errors],
            }
            for t in job.tasks
        ],
        "errors": [error_record(e) for e in job.errors],
    }


def error_record(error: JobError) -> dict[str, Any]:
    explained = explain_job_error(error)
    return {
        "code": explained.code,
        "message": error.message,
        "possible_causes": error.possible_causes,
        "recommended_action": error.recommended_action,
        "catalog_id": explained.catalog_id,
        "check_id": explained.check_id,
        "known_cause": explained.cause if explained.known else "",
        "known_fix": explained.fix if explained.known else "",
    }


# --- the failback journey (issue 18: failback.md I FB-, J CMT-, K REV-) ------------------------------
#
# services/journey.py writes each step after the reprotect under the run it continues, as
# `journey.<step>.<phase>` (<step>: JourneyStep — failback, cancel, commit, reprotect_to_azure):
#   submitted — subject, request, choices, the preflight verdicts, before anything is sent;
#   accepted  — ASR took it: the job id (then `job.ended` with the same id, as for a reprotect);
#   failed    — nothing started: the sentence why.
# Read here for the past-runs list, and by the drill report's journey timeline (domain/journey_report.py).

JOURNEY_PREFIX = "journey."
JOURNEY_STEPS = ("failback", "cancel", "commit", "reprotect_to_azure")
SUBMITTED, ACCEPTED, FAILED = "submitted", "accepted", "failed"


def parse_journey_event(event: Any) -> tuple[str, str] | None:
    """(step, phase) of a journey record's event, None for any other record (or a damaged one)."""
    if not isinstance(event, str) or not event.startswith(JOURNEY_PREFIX):
        return None
    step, _, phase = event[len(JOURNEY_PREFIX) :].rpartition(".")
    if step not in JOURNEY_STEPS or phase not in (SUBMITTED, ACCEPTED, FAILED):
        return None
    return step, phase


def _journey_phase(record: Mapping[str, Any]) -> str | None:
    parsed = parse_journey_event(record.get("event"))
    return parsed[1] if parsed else None


def _superseded_journey_jobs(records: Sequence[Mapping[str, Any]]) -> set[str]:
    """Journey jobs followed by a later job of the same step on the same target (a failed planned
    failover retried after its cancel, FB-12/FB-15): only the last one says how the step ended."""
    last: dict[tuple[str, str], str] = {}
    every: set[str] = set()
    for r in records:
        if _journey_phase(r) == ACCEPTED:
            job_id = str(r.get("job_id", ""))
            every.add(job_id)
            target = str(r.get("item_id") or r.get("target_id") or "").lower()
            last[(str(r.get("step", "")), target)] = job_id
    return every - set(last.values())
