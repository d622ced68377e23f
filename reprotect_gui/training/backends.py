"""In-process vault and vCenter for the training estate (`--demo`) and the UI tests.

They implement the same ports as the real adapters and answer after a small configurable
latency, so the wizard's background loading is exercised for real. A submitted reprotect becomes
a job shaped like an ASR job whose tasks progress with the clock (times `speed`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

import filelock

from reprotect_gui.domain.errors import JobGone, SubmitRefused, UserFacingError
from reprotect_gui.domain.flows import flow_of
from reprotect_gui.domain.messages import t
from reprotect_gui.domain.models import (
    REVERSE_REPLICATE,
    ClassicTarget,
    Job,
    JobError,
    JobState,
    JobTask,
    ModernizedTarget,
    ProtectedItem,
    RcmFailbackDetails,
    RecoverySite,
    ReplicationFlow,
    ReprotectRequest,
    SubmitResult,
    VCenterEstate,
    VmLocator,
)
from reprotect_gui.domain.ports import Clock, JobContext
from reprotect_gui.domain.replication import ReplicationStatus
from reprotect_gui.training.readiness import ReadinessScript
from reprotect_gui.training.scenario import Scenario, TaskTemplate

RESTORED_JOBS_KEPT = timedelta(days=7)
# After a reprotect the item lists both failovers, as the service (and the emulator) does; the journey decides
# by the architecture (FB-01: classic unplanned, modernized planned).
ALLOWED_AFTER_REPROTECT = frozenset({"PlannedFailover", "UnplannedFailover", "DisableProtection"})


class JourneyHooks(Protocol):
    """What the training journey (training/journey.py) adds to the vault: item states after reprotect,
    and its jobs, readable like the reprotect's."""

    def overlay(self, item: ProtectedItem, now: datetime) -> ProtectedItem: ...

    def job(self, job_id: str, now: datetime) -> Job | None: ...

    def jobs(self, started_after: datetime | None, now: datetime) -> list[Job]: ...

    def job_count(self) -> int: ...


def run_tasks(
    templates: Sequence[TaskTemplate],
    submitted_at: datetime,
    now: datetime,
    speed: float,
    failure: tuple[str, JobError] | None = None,
) -> tuple[tuple[JobTask, ...], JobState, tuple[JobError, ...], datetime | None]:
    """A job's tasks as time goes on: each takes its seconds (divided by `speed`); a failing task (key,
    error) fails halfway and stops the job. Returns (tasks, state, errors, end time when final)."""
    elapsed = (now - submitted_at).total_seconds() * speed
    tasks: list[JobTask] = []
    state = JobState.IN_PROGRESS
    job_errors: tuple[JobError, ...] = ()
    offset = 0.0
    for template in templates:
        t_start = submitted_at + timedelta(seconds=offset / speed)
        fails_here = failure is not None and failure[0] == template.key
        duration = template.seconds / 2 if fails_here else template.seconds
        if state is not JobState.IN_PROGRESS or elapsed < offset:
            tasks.append(JobTask(template.key, template.friendly_name, JobState.NOT_STARTED))
        elif elapsed < offset + duration:
            tasks.append(JobTask(template.key, template.friendly_name, JobState.IN_PROGRESS, "In progress", t_start))
        else:
            t_end = submitted_at + timedelta(seconds=(offset + duration) / speed)
            if fails_here:
                assert failure is not None
                error = dataclasses.replace(failure[1], task_id=template.key)
                tasks.append(
                    JobTask(template.key, template.friendly_name, JobState.FAILED, "Failed", t_start, t_end, (error,))
                )
                state, job_errors = JobState.FAILED, (error,)
            else:
                tasks.append(
                    JobTask(template.key, template.friendly_name, JobState.SUCCEEDED, "Completed", t_start, t_end)
                )
        offset += duration
    if state is JobState.IN_PROGRESS and all(t.state is JobState.SUCCEEDED for t in tasks):
        state = JobState.SUCCEEDED
    end = max((t.end_time for t in tasks if t.end_time), default=None) if state.is_final else None
    return tuple(tasks), state, job_errors, end


@dataclass
class _RunningJob:
    job_id: str
    request: ReprotectRequest
    submitted_at: datetime
    speed: float = 0.0  # the speed the job was started at (a restarted process keeps it); 0 = the vault's


class TrainingJobStore:
    """Opt-in persistence of the training vault's jobs, so that a restarted `--demo` process finds
    the jobs a killed one started (the stand-in for the real vault, which outlives the app).

    Only jobs of the same scenario file are restored; the file is replaced atomically.
    """

    FORMAT = "reprotect_gui.training-jobs/1"

    def __init__(self, path: Path, scenario_source: str) -> None:
        self.path = Path(path)
        self._scenario = scenario_source

    LOCK_TIMEOUT_S = 20.0

    def load(self) -> list[_RunningJob]:
        with self._locked():
            return self._readable(self._entries())

    def save(self, jobs: Sequence[_RunningJob]) -> None:
        """Merge this process's jobs into the file under the folder's lock: a second training window on
        the same data folder keeps its jobs too."""
        with self._locked():
            self._merge(jobs)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[list[_RunningJob]]:
        """Under the folder's lock for the whole block: the stored jobs of this scenario (every
        window's); the jobs the caller appends to the list are merged in at the end. A submit reads,
        decides and writes inside one lock, so two training windows never start the same job twice
        nor hand out the same job ID."""
        with self._locked():
            jobs = self._readable(self._entries())
            known = len(jobs)
            yield jobs
            if len(jobs) > known:
                self._merge(jobs[known:])

    def journey_entries(self) -> list[dict[str, Any]]:
        """The failback journey's jobs of this scenario, as stored by `journey_transaction` (training/journey.py)."""
        with self._locked():
            return [j for j in self._entries() if j.get("scenario") == self._scenario and j.get("kind") == "journey"]

    @contextlib.contextmanager
    def journey_transaction(self) -> Iterator[list[dict[str, Any]]]:
        """Under the folder's lock for the whole block: the journey jobs every window stored; the
        entries the caller appends are stored at the end. A journey submit reads, decides and writes
        inside one lock, so two training windows never start the same step on one target twice."""
        with self._locked():
            entries = [j for j in self._entries() if j.get("scenario") == self._scenario and j.get("kind") == "journey"]
            known = len(entries)
            yield entries
            for entry in entries[known:]:
                self._add_journey(entry)

    def _add_journey(self, entry: dict[str, Any]) -> None:
        """Keep one journey job (a plain JSON object with a job_id) beside the reprotect jobs."""
        stored = {**entry, "scenario": self._scenario, "kind": "journey"}
        same = (self._scenario, entry.get("job_id"))
        kept = [j for j in self._entries() if (j.get("scenario"), j.get("job_id")) != same]
        self._write([*kept, stored])

    def _readable(self, entries: list[dict[str, Any]]) -> list[_RunningJob]:
        jobs = []
        for j in entries:
            if j.get("scenario") != self._scenario or j.get("kind") == "journey":
                continue
            try:
                jobs.append(self._job(j))
            except (ValueError, KeyError, TypeError, AttributeError):
                continue  # one unreadable job costs only that job's history
        return jobs

    def _merge(self, jobs: Sequence[_RunningJob]) -> None:
        mine = {
            j.job_id: {
                "scenario": self._scenario,
                "job_id": j.job_id,
                "submitted_at": j.submitted_at.isoformat(),
                "speed": j.speed,
                "request": dataclasses.asdict(j.request),
                "flow": j.request.flow.value,  # which flow's target type the request's target is
            }
            for j in jobs
        }
        kept = [j for j in self._entries() if not (j.get("scenario") == self._scenario and j.get("job_id") in mine)]
        kept += list(mine.values())
        self._write(kept)

    def _write(self, kept: list[dict[str, Any]]) -> None:
        fd, tmp = tempfile.mkstemp(prefix=".training-jobs.", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump({"format": self.FORMAT, "jobs": kept}, f)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        lock = filelock.FileLock(str(self.path.parent / f".{self.path.name}.lock"), timeout=self.LOCK_TIMEOUT_S)
        try:
            lock.acquire()
        except filelock.Timeout as exc:
            raise UserFacingError(
                t(
                    "Another training window has been writing {path} for more than {LOCK_TIMEOUT_S} seconds.",
                    path=self.path,
                    LOCK_TIMEOUT_S=f"{self.LOCK_TIMEOUT_S:g}",
                ),
                t("Wait for it to finish (or close it), then try again."),
                retryable=True,
            ) from exc
        try:
            yield
        finally:
            lock.release()

    def _entries(self) -> list[dict[str, Any]]:
        """The stored entries (any scenario). A damaged store is moved aside (timestamped) and starts afresh."""
        try:
            raw = json.loads(self.path.read_bytes().decode("utf-8"))
            if not isinstance(raw, dict) or raw.get("format") != self.FORMAT or not isinstance(raw.get("jobs"), list):
                raise ValueError("not a training job store")
            return [j for j in raw["jobs"] if isinstance(j, dict)]
        except FileNotFoundError:
            return []
        except OSError:
            return []  # unreadable: the training jobs' history is all it costs
        except (ValueError, RecursionError):
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            aside = self.path.with_name(f"{self.path.stem}.damaged-{stamp}{self.path.suffix}")
            with contextlib.suppress(OSError):
                os.replace(self.path, aside)
            return []

    @staticmethod
    def _job(raw: dict[str, Any]) -> _RunningJob:
        r = dict(raw["request"])
        # The stored flow names the target type; an entry from before it was stored is told by its fields.
        flow = raw.get("flow") or (
            ReplicationFlow.MODERNIZED if "reprotect_agent_id" in r["target"] else ReplicationFlow.CLASSIC
        )
        target_type = flow_of(ReplicationFlow(flow)).target_type
        request = ReprotectRequest(
            **{**r, "target": target_type(**r["target"]), "disks_to_include": tuple(r["disks_to_include"])}
        )
        return _RunningJob(
            str(raw["job_id"]), request, datetime.fromisoformat(raw["submitted_at"]), float(raw["speed"])
        )


class TrainingSiteRecovery:
    """The training vault: stateful, thread-safe, time-driven."""

    def __init__(
        self,
        scenario: Scenario,
        clock: Clock,
        *,
        latency_s: float = 0.3,
        speed: float = 1.0,
        job_store: TrainingJobStore | None = None,
    ) -> None:
        self._scenario = scenario
        self._clock = clock
        self._latency_s = latency_s
        self._speed = speed
        self._lock = threading.RLock()  # shared with the journey (training/journey.py)
        self._journey: JourneyHooks | None = None
        self._jobs: dict[str, _RunningJob] = {}
        self._job_by_item: dict[str, str] = {}
        self._overrides: dict[str, dict[str, object]] = {}  # item id -> changed fields
        self.submissions: list[ReprotectRequest] = []  # what reached the "service"
        self._refreshed_at: datetime | None = None
        self._epoch = clock.now()  # the failovers happened relative to this moment
        self._store = job_store
        self._readiness = ReadinessScript.from_raw(scenario.raw)
        if job_store is not None:
            self._restore(job_store.load())

    # --- reads ---------------------------------------------------------------------------

    def read_site(
        self, ctx: JobContext, on_items: Callable[[Sequence[ProtectedItem]], None] | None = None
    ) -> RecoverySite:
        ctx.report(0.1, t("Reading the vault"))
        self._wait(ctx)

        def page(items: tuple[ProtectedItem, ...]) -> None:  # as ARM hands a page over
            ctx.raise_if_cancelled()
            if on_items is not None:
                on_items(tuple(self._current(item) for item in items))

        with self._lock:
            site = self._scenario.site(self._clock.now(), self._epoch, page if on_items is not None else None)
            items = tuple(self._current(item) for item in site.items)
            servers = site.configuration_servers
            if self._refreshed_at is not None:
                servers = tuple(dataclasses.replace(cs, last_refreshed=self._refreshed_at) for cs in servers)
        ctx.report(1.0, t("Vault read"))
        return dataclasses.replace(site, items=items, configuration_servers=servers)

    def read_item(self, item_id: str) -> ProtectedItem:
        self._pause(self._latency_s / 3)
        with self._lock:
            site = self._scenario.site(self._clock.now(), self._epoch)
            try:
                return self._current(site.item(item_id))
            except KeyError:
                raise UserFacingError(
                    t("The replicated item {item_id} no longer exists in the vault.", item_id=item_id),
                    t("Reload the vault; the item may have been removed or protection disabled."),
                ) from None

    def read_job(self, job_id: str) -> Job:
        self._pause(self._latency_s / 6)
        with self._lock:
            running = self._jobs.get(job_id)
            if running is None and self._journey is not None:
                found = self._journey.job(job_id, self._clock.now())
                if found is not None:
                    return found
            if running is None:
                raise JobGone(
                    t("The job {job_id} was not found in the vault.", job_id=job_id),
                    t("It may belong to another vault; open the vault's Site Recovery jobs in the portal."),
                )
            return self._job_view(running, self._clock.now())

    def list_jobs(self, started_after: datetime | None) -> tuple[Job, ...]:
        self._pause(self._latency_s / 6)
        with self._lock:
            now = self._clock.now()
            jobs = [
                self._job_view(j, now)
                for j in self._jobs.values()
                if started_after is None or j.submitted_at >= started_after
            ]
            if self._journey is not None:
                jobs += self._journey.jobs(started_after, now)
            return tuple(jobs)

    def read_replication(self, item_ids: Sequence[str]) -> tuple[ReplicationStatus, ...]:
        """RDY-: each reprotected item's replication back to on-premises, as time goes on."""
        self._pause(self._latency_s / 3)
        with self._lock:
            now = self._clock.now()
            site = self._scenario.site(now, self._epoch)
            out = []
            for item_id in item_ids:
                try:
                    item = self._current(site.item(item_id))
                except KeyError:
                    continue
                status = self._replication_status(item, now)
                if status is not None:
                    out.append(status)
            return tuple(out)

    def _replication_status(self, item: ProtectedItem, now: datetime) -> ReplicationStatus | None:
        """RDY-: the item's replication back to on-premises, once its reprotect job succeeded; else None."""
        job_id = self._job_by_item.get(item.item_id)
        if job_id is None:
            return None
        running = self._jobs[job_id]
        job = self._job_view(running, now)
        if job.state is not JobState.SUCCEEDED:
            return None
        return self._readiness.status(item, job, now, running.speed or self._speed)

    def _reprotect_speed(self, item_id: str) -> float:
        job_id = self._job_by_item.get(item_id)
        running = self._jobs.get(job_id) if job_id is not None else None
        return (running.speed if running is not None else 0.0) or self._speed

    def _next_job_number(self) -> int:
        return len(self._jobs) + (self._journey.job_count() if self._journey is not None else 0) + 1

    # --- actions -------------------------------------------------------------------------

    def submit_reprotect(self, request: ReprotectRequest) -> SubmitResult:
        self._pause(self._latency_s)
        with self._lock, self._stored() as stored:
            if stored is not None:  # another training window's jobs count too: never twice across windows
                self._restore(stored)
            existing = self._job_by_item.get(request.item_id)
            if existing is not None and not self._job_view(self._jobs[existing], self._clock.now()).state.is_final:
                return SubmitResult(existing, attached_to_running=True)
            site = self._scenario.site(self._clock.now(), self._epoch)
            try:
                item = self._current(site.item(request.item_id))
            except KeyError:
                raise SubmitRefused(
                    t("The vault has no replicated item {item_id}.", item_id=request.item_id),
                    t("Reload the vault and choose the item again."),
                ) from None
            if REVERSE_REPLICATE not in item.allowed_operations:
                raise SubmitRefused(
                    t(
                        "ASR refused the reprotect of {item}: the operation is not allowed in state "
                        "{protection_state}.",
                        item=item.name,
                        protection_state=item.protection_state,
                    ),
                    t("Reload the vault; the item may already be reprotected."),
                )
            _refuse_wrong_flow(site, item, request)
            number = self._next_job_number()
            while f"{number:04d}-reprotect-{item.item_id}" in self._jobs:
                number += 1  # a job restored from the store may hold this number already
            job_id = f"{number:04d}-reprotect-{item.item_id}"
            job = _RunningJob(job_id, request, self._clock.now(), self._speed)
            self._jobs[job_id] = job
            self._job_by_item[item.item_id] = job_id
            self.submissions.append(request)
            if stored is not None:
                stored.append(job)
            return SubmitResult(job_id)

    @contextlib.contextmanager
    def _stored(self) -> Iterator[list[_RunningJob] | None]:
        """The job store's transaction, or None when this vault keeps its jobs in memory only."""
        if self._store is None:
            yield None
            return
        with self._store.transaction() as jobs:
            yield jobs

    def refresh_configuration_server(self, server_id: str, ctx: JobContext) -> None:
        ctx.report(0.1, t("Refreshing the configuration server"))
        self._wait(ctx, factor=3)
        with self._lock:
            self._refreshed_at = self._clock.now()
        ctx.report(1.0, t("Configuration server refreshed"))

    # --- internals ------------------------------------------------------------------------

    def _restore(self, jobs: Sequence[_RunningJob]) -> None:
        """Jobs of an earlier process: readable by ID; a still-running one also marks its item busy.
        Finished ones do not change the items, so each training session starts from the scenario."""
        now = self._clock.now()
        for job in jobs:
            if now - job.submitted_at > RESTORED_JOBS_KEPT:
                continue
            self._jobs[job.job_id] = job
            if not self._job_view(job, now).state.is_final:
                self._job_by_item[job.request.item_id] = job.job_id

    def _current(self, item: ProtectedItem) -> ProtectedItem:
        """The item as the service shows it now: a running job, reprotected after success, then each step of
        its failback journey (when the journey is attached)."""
        current = self._after_reprotect(item)
        if self._journey is not None:
            return self._journey.overlay(current, self._clock.now())
        return current

    def _after_reprotect(self, item: ProtectedItem) -> ProtectedItem:
        """The item as the reprotect left it: a running job, or reprotected after success."""
        job_id = self._job_by_item.get(item.item_id)
        if job_id is None:
            return item
        job = self._job_view(self._jobs[job_id], self._clock.now())
        if not job.state.is_final:
            return dataclasses.replace(
                item,
                running_job_id=job_id,
                allowed_operations=item.allowed_operations - {REVERSE_REPLICATE},
            )
        if job.state is JobState.SUCCEEDED:
            request = self._jobs[job_id].request
            reverse = _reverse_state(item, request)
            return dataclasses.replace(
                item,
                provider="InMageRcmFailback" if reverse is not None else "InMage",
                protection_state="Protected",
                allowed_operations=ALLOWED_AFTER_REPROTECT,
                rcm_failback=reverse,
            )
        return item

    def _job_view(self, running: _RunningJob, now: datetime) -> Job:
        speed = running.speed or self._speed
        failure = self._scenario.failures.get(running.request.item_id)
        if failure is not None and failure.via and failure.via != _server_of(running.request):
            failure = None  # trained to fail through another master target or appliance
        tasks, state, job_errors, end = run_tasks(
            self._scenario.tasks_for(running.request.flow),
            running.submitted_at,
            now,
            speed,
            (failure.task_key, failure.error) if failure is not None else None,
        )
        return Job(
            job_id=running.job_id,
            friendly_name="Reprotect",
            target_name=running.request.item_name,
            state=state,
            state_description={JobState.SUCCEEDED: "Completed", JobState.FAILED: "Failed"}.get(state, "In progress"),
            tasks=tasks,
            errors=job_errors,
            start_time=running.submitted_at,
            end_time=end,
            item_id=running.request.item_id,
        )

    def _wait(self, ctx: JobContext, factor: float = 1.0) -> None:
        deadline = time.monotonic() + self._latency_s * factor
        while time.monotonic() < deadline:
            ctx.raise_if_cancelled()
            time.sleep(min(0.02, max(0.0, deadline - time.monotonic())))

    @staticmethod
    def _pause(seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds)


def _refuse_wrong_flow(site: RecoverySite, item: ProtectedItem, request: ReprotectRequest) -> None:
    """As the service does: the input's provider must match the item's, and the appliance must exist and be
    healthy (the emulator's contract test holds both to the same refusals)."""
    if request.flow is not item.flow:
        raise SubmitRefused(
            t(
                "ASR refused the reprotect of {item}: it is a {flow} item, the request is {flow2}.",
                item=item.name,
                flow=item.flow,
                flow2=request.flow,
            ),
            t("Run the wizard again for this VM; it picks the flow from the item's replication provider."),
        )
    match request.target:
        case ModernizedTarget(reprotect_agent_id=agent):
            appliance = next((a for a in site.appliances if a.appliance_id.lower() == agent.lower()), None)
            if appliance is None:
                raise SubmitRefused(
                    t(
                        "ASR refused the reprotect of {item}: replication appliance {reprotect_agent_id} is not "
                        "registered in the vault.",
                        item=item.name,
                        reprotect_agent_id=agent,
                    ),
                    t("Reload the vault and choose a registered, healthy appliance."),
                )
            if appliance.health.lower() == "critical":
                raise SubmitRefused(
                    t(
                        "ASR refused the reprotect of {item}: replication appliance {appliance} is not healthy. No "
                        "job was started.",
                        item=item.name,
                        appliance=appliance.name,
                    ),
                    t("Choose a healthy appliance, or repair this one (RCM-01), then try again."),
                )


def _reverse_state(item: ProtectedItem, request: ReprotectRequest) -> RcmFailbackDetails | None:
    """After a modernized reprotect the item turns InMageRcmFailback, replicating through the appliance."""
    match request.target:
        case ModernizedTarget(reprotect_agent_id=agent, log_storage_account_id=account):
            return RcmFailbackDetails(
                reprotect_agent_id=agent,
                log_storage_account_id=account,
                target_datastore=request.datastore_name,
                protected_disk_count=sum(1 for d in item.disks if not d.is_azure_temporary),
            )
        case _:
            return None


class TrainingVCenter:
    """The training vCenter: the scenario's hosts, datastores and VMs."""

    def __init__(self, scenario: Scenario, *, latency_s: float = 0.3) -> None:
        self._scenario = scenario
        self._latency_s = latency_s
        # The failback journey powers VMs on and off (FB-13, REV-02): set by training/journey.py.
        self.on_read: Callable[[VCenterEstate], VCenterEstate] | None = None

    def read_estate(self, focus: Sequence[VmLocator], ctx: JobContext) -> VCenterEstate:
        ctx.report(0.1, t("Reading vCenter"))
        deadline = time.monotonic() + self._latency_s
        while time.monotonic() < deadline:
            ctx.raise_if_cancelled()
            time.sleep(0.02)
        ctx.report(1.0, t("vCenter read"))
        estate = self._scenario.vcenter()
        return self.on_read(estate) if self.on_read is not None else estate


def _server_of(request: ReprotectRequest) -> str:
    match request.target:
        case ClassicTarget(master_target_id=server) | ModernizedTarget(reprotect_agent_id=server):
            return server
        case _:
            return ""
