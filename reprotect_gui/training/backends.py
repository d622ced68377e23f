"""In-process vault and vCenter for the training estate (`--demo`) and the UI tests.

They implement the same ports as the real adapters and answer after a small configurable
latency, so the wizard's background loading is exercised for real. A submitted reprotect becomes
a job shaped like an ASR job whose tasks progress with the clock (times `speed`).
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from reprotect_gui.domain.errors import SubmitRefused, UserFacingError
from reprotect_gui.domain.models import (
    REVERSE_REPLICATE,
    Job,
    JobError,
    JobState,
    JobTask,
    ProtectedItem,
    RecoverySite,
    ReprotectRequest,
    SubmitResult,
    VCenterEstate,
    VmLocator,
)
from reprotect_gui.domain.ports import Clock, JobContext
from reprotect_gui.training.scenario import Scenario


@dataclass
class _RunningJob:
    job_id: str
    request: ReprotectRequest
    submitted_at: datetime


class TrainingSiteRecovery:
    """The training vault: stateful, thread-safe, time-driven."""

    def __init__(
        self,
        scenario: Scenario,
        clock: Clock,
        *,
        latency_s: float = 0.3,
        speed: float = 1.0,
    ) -> None:
        self._scenario = scenario
        self._clock = clock
        self._latency_s = latency_s
        self._speed = speed
        self._lock = threading.Lock()
        self._jobs: dict[str, _RunningJob] = {}
        self._job_by_item: dict[str, str] = {}
        self._overrides: dict[str, dict[str, object]] = {}  # item id -> changed fields
        self.submissions: list[ReprotectRequest] = []  # what reached the "service"
        self._refreshed_at: datetime | None = None
        self._epoch = clock.now()  # the failovers happened relative to this moment

    # --- reads ---------------------------------------------------------------------------

    def read_site(self, ctx: JobContext) -> RecoverySite:
        ctx.report(0.1, "Reading the vault")
        self._wait(ctx)
        with self._lock:
            site = self._scenario.site(self._clock.now(), self._epoch)
            items = tuple(self._current(item) for item in site.items)
            servers = site.configuration_servers
            if self._refreshed_at is not None:
                servers = tuple(
                    dataclasses.replace(cs, last_refreshed=self._refreshed_at) for cs in servers
                )
        ctx.report(1.0, "Vault read")
        return dataclasses.replace(site, items=items, configuration_servers=servers)

    def read_item(self, item_id: str) -> ProtectedItem:
        self._pause(self._latency_s / 3)
        with self._lock:
            site = self._scenario.site(self._clock.now(), self._epoch)
            try:
                return self._current(site.item(item_id))
            except KeyError:
                raise UserFacingError(
                    f"The replicated item {item_id} no longer exists in the vault.",
                    "Reload the vault; the item may have been removed or protection disabled.",
                ) from None

    def read_job(self, job_id: str) -> Job:
        self._pause(self._latency_s / 6)
        with self._lock:
            running = self._jobs.get(job_id)
            if running is None:
                raise UserFacingError(
                    f"The job {job_id} was not found in the vault.",
                    "It may belong to another vault; open the vault's Site Recovery jobs in the portal.",
                )
            return self._job_view(running, self._clock.now())

    # --- actions -------------------------------------------------------------------------

    def submit_reprotect(self, request: ReprotectRequest) -> SubmitResult:
        self._pause(self._latency_s)
        with self._lock:
            existing = self._job_by_item.get(request.item_id)
            if existing is not None and not self._job_view(self._jobs[existing], self._clock.now()).state.is_final:
                return SubmitResult(existing, attached_to_running=True)
            site = self._scenario.site(self._clock.now(), self._epoch)
            try:
                item = self._current(site.item(request.item_id))
            except KeyError:
                raise SubmitRefused(
                    f"The vault has no replicated item {request.item_id}.",
                    "Reload the vault and choose the item again.",
                ) from None
            if REVERSE_REPLICATE not in item.allowed_operations:
                raise SubmitRefused(
                    f"ASR refused the reprotect of {item.name}: the operation is not allowed in state {item.protection_state}.",
                    "Reload the vault; the item may already be reprotected.",
                )
            job_id = f"{len(self._jobs) + 1:04d}-reprotect-{item.item_id}"
            self._jobs[job_id] = _RunningJob(job_id, request, self._clock.now())
            self._job_by_item[item.item_id] = job_id
            self.submissions.append(request)
            return SubmitResult(job_id)

    def refresh_configuration_server(self, server_id: str, ctx: JobContext) -> None:
        ctx.report(0.1, "Refreshing the configuration server")
        self._wait(ctx, factor=3)
        with self._lock:
            self._refreshed_at = self._clock.now()
        ctx.report(1.0, "Configuration server refreshed")

    # --- internals ------------------------------------------------------------------------

    def _current(self, item: ProtectedItem) -> ProtectedItem:
        """The item as the service shows it now: a running job, or reprotected after success."""
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
            return dataclasses.replace(
                item,
                provider="InMage",
                protection_state="Protected",
                allowed_operations=frozenset({"PlannedFailover", "DisableProtection"}),
            )
        return item

    def _job_view(self, running: _RunningJob, now: datetime) -> Job:
        elapsed = (now - running.submitted_at).total_seconds() * self._speed
        failure = self._scenario.failures.get(running.request.item_id)
        tasks: list[JobTask] = []
        start = running.submitted_at
        state = JobState.IN_PROGRESS
        job_errors: tuple[JobError, ...] = ()
        offset = 0.0
        for template in self._scenario.tasks:
            t_start = start + timedelta(seconds=offset / self._speed)
            fails_here = failure is not None and failure.task_key == template.key
            duration = template.seconds / 2 if fails_here else template.seconds
            if state is not JobState.IN_PROGRESS or elapsed < offset:
                tasks.append(JobTask(template.key, template.friendly_name, JobState.NOT_STARTED))
            elif elapsed < offset + duration:
                tasks.append(
                    JobTask(template.key, template.friendly_name, JobState.IN_PROGRESS, "In progress", t_start)
                )
            else:
                t_end = start + timedelta(seconds=(offset + duration) / self._speed)
                if fails_here:
                    assert failure is not None
                    error = dataclasses.replace(failure.error, task_id=template.key)
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
        return Job(
            job_id=running.job_id,
            friendly_name="Reprotect",
            target_name=running.request.item_name,
            state=state,
            state_description={JobState.SUCCEEDED: "Completed", JobState.FAILED: "Failed"}.get(state, "In progress"),
            tasks=tuple(tasks),
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


class TrainingVCenter:
    """The training vCenter: the scenario's hosts, datastores and VMs."""

    def __init__(self, scenario: Scenario, *, latency_s: float = 0.3) -> None:
        self._scenario = scenario
        self._latency_s = latency_s

    def read_estate(self, focus: Sequence[VmLocator], ctx: JobContext) -> VCenterEstate:
        ctx.report(0.1, "Reading vCenter")
        deadline = time.monotonic() + self._latency_s
        while time.monotonic() < deadline:
            ctx.raise_if_cancelled()
            time.sleep(0.02)
        ctx.report(1.0, "vCenter read")
        return self._scenario.vcenter()
