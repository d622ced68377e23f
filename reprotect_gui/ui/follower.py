"""The follower: polls a run's jobs in the background and feeds the Qt-free run model.

One read cycle at a time on the runner's azure pool: one `replication_jobs.list` per poll for
every job of the run (single GETs only for jobs the list did not return), backing off while
nothing changes, honouring Azure's Retry-After up to RETRY_AFTER_CEILING_S and saying so. After
a reprotect succeeded, its item is re-read gently (RDY-14) until it is ready for failback.

Signals: changed(object Changes), job_ended(Job), all_ended(), status_changed(str),
readiness_changed(), adopted(str item id, str job id).
"""

from __future__ import annotations

import logging
import weakref

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from reprotect_gui.domain.polling import MIN_INTERVAL_S, READINESS_INTERVAL_S, Wait, next_wait
from reprotect_gui.domain.ports import Clock, SiteRecovery
from reprotect_gui.domain.run import Changes, RunModel
from reprotect_gui.services.jobs import ReplicationReading, RunReading, read_replication, read_run
from reprotect_gui.ui.jobs import JobFailure, JobRunner, Pool

log = logging.getLogger(__name__)


class RunFollower(QObject):
    changed = Signal(object)
    job_ended = Signal(object)
    all_ended = Signal()
    status_changed = Signal(str)
    readiness_changed = Signal()
    adopted = Signal(str, str)

    def __init__(
        self,
        model: RunModel,
        runner: JobRunner,
        site_recovery: SiteRecovery,
        clock: Clock,
        *,
        time_scale: float = 1.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        # Not an owner: the runner belongs to the session. Holding it here could make this follower's
        # connections the runner's last reference, and the runner die inside its own job's deletion.
        self._runner_ref = weakref.ref(runner)
        self._site_recovery = site_recovery
        self._clock = clock
        self.time_scale = time_scale  # the training estate runs its clock faster
        self.interval_s = MIN_INTERVAL_S
        self.last_wait = Wait(MIN_INTERVAL_S)
        self.failed_reads = 0
        self._failed_before = 0
        self.recovered_after = 0  # failed reads before this successful one (0: no recovery to tell)
        self.problems: dict[str, str] = {}  # job ID ("" = every job) → why the last read failed
        self.polls = 0
        self.reads = 0  # ARM reads the last poll made
        self._polling = False
        self._reading_replication = False
        self._all_ended_sent = False
        self._stopped = False
        self.watch_readiness = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.poll_now)
        self._readiness_timer = QTimer(self)
        self._readiness_timer.setSingleShot(True)
        self._readiness_timer.timeout.connect(self.read_readiness_now)

    # --- control ---------------------------------------------------------------------------------

    def _live_runner(self) -> JobRunner | None:
        """The session's runner, unless the app is closing (then following stops quietly)."""
        runner = self._runner_ref()
        if runner is None or not shiboken6.isValid(runner):
            self.stop()
            return None
        return runner

    def start(self) -> None:
        """Poll at once (new jobs to follow)."""
        self._stopped = False
        self._all_ended_sent = False
        if not self._polling:
            self._timer.start(0)

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()
        self._readiness_timer.stop()

    @property
    def polling(self) -> bool:
        return self._polling

    def next_poll_ms(self) -> int:
        """The wait set for the next poll (ms), or -1 when none is scheduled."""
        return self._timer.interval() if self._timer.isActive() else -1

    # --- jobs ------------------------------------------------------------------------------------

    def poll_now(self) -> None:
        model = self.model
        pending = model.pending_job_ids()
        awaiting = [(e.item_id, e.item_name) for e in model.awaiting()]
        if self._polling or self._stopped or (not pending and not awaiting):
            return
        runner = self._live_runner()
        if runner is None:
            return
        self._polling = True
        since = model.since()
        site_recovery = self._site_recovery
        job = runner.start(
            lambda ctx: read_run(site_recovery, pending, since, awaiting, ctx), pool=Pool.AZURE, name="follow jobs"
        )
        job.signals.succeeded.connect(self._on_read)
        job.signals.failed.connect(self._on_read_failed)
        job.signals.cancelled.connect(self._on_read_cancelled)

    def _on_read(self, reading: RunReading) -> None:
        self._polling = False
        self.polls += 1
        self.reads = reading.reads
        model = self.model
        now = self._clock.now()
        changes = model.apply_jobs(reading.jobs, reading.problems, reading.gone)
        for item_id, job_id in reading.found.items():
            more = model.adopt(item_id, job_id, now)
            changes.adopted += more.adopted
            changes.updated += more.updated
        gave_up = model.give_up_waiting(now)
        changes.updated += gave_up.updated
        changes.gave_up += gave_up.gave_up
        self._after_read(changes, reading.problems, reading.retry_after_s)

    def _on_read_failed(self, failure: JobFailure) -> None:
        self._polling = False
        self._after_read(Changes(), {"": failure.summary}, None)

    def _on_read_cancelled(self) -> None:
        self._polling = False

    def _after_read(self, changes: Changes, problems: dict[str, str], retry_after_s: float | None) -> None:
        changed = bool(changes.updated or changes.adopted)
        self.last_wait = next_wait(self.interval_s, changed=changed, failed=bool(problems), retry_after_s=retry_after_s)
        self.interval_s = self.last_wait.seconds
        self.failed_reads = self.failed_reads + 1 if problems else 0
        self.recovered_after = 0 if problems else self._failed_before
        self._failed_before = self.failed_reads
        self.problems = dict(problems)
        if changes.any:
            self.changed.emit(changes)
        for item_id, job_id in changes.adopted:
            self.adopted.emit(item_id, job_id)
        for job in changes.ended:
            self.job_ended.emit(job)
        self.status_changed.emit("")  # the view words the status from the follower's state
        if self.model.finished():
            if not self._all_ended_sent and self.model.has_jobs():
                self._all_ended_sent = True
                self.all_ended.emit()
        elif not self._stopped:
            self._timer.start(max(10, int(self.interval_s * self.time_scale * 1000)))
        if changes.ended or changes.adopted:
            self._schedule_readiness(0)

    # --- readiness for failback (RDY-) -------------------------------------------------------------

    def _schedule_readiness(self, delay_s: float) -> None:
        idle = not self._reading_replication and not self._readiness_timer.isActive()
        if self.watch_readiness and not self._stopped and idle and self.model.readiness_targets():
            self._readiness_timer.start(max(10, int(delay_s * self.time_scale * 1000)))

    def read_readiness_now(self) -> None:
        targets = self.model.readiness_targets()
        if self._reading_replication or self._stopped or not targets:
            return
        runner = self._live_runner()
        if runner is None:
            return
        self._reading_replication = True
        site_recovery = self._site_recovery
        job = runner.start(
            lambda ctx: read_replication(site_recovery, targets, ctx), pool=Pool.AZURE, name="read readiness"
        )
        job.signals.succeeded.connect(self._on_replication)
        job.signals.failed.connect(self._on_replication_failed)
        job.signals.cancelled.connect(self._on_replication_cancelled)

    def _on_replication_failed(self, failure: JobFailure) -> None:
        self._on_replication(ReplicationReading(problem=failure.summary))

    def _on_replication(self, reading: ReplicationReading) -> None:
        self._reading_replication = False
        self.readiness_problem = reading.problem
        changes = self.model.apply_replication(reading.statuses)
        self.readiness_changed.emit()
        if changes.any:
            self.changed.emit(changes)
        wait = READINESS_INTERVAL_S
        if reading.retry_after_s is not None:
            wait = max(wait, next_wait(wait, changed=False, retry_after_s=reading.retry_after_s).seconds)
        self._schedule_readiness(wait)

    def _on_replication_cancelled(self) -> None:
        self._reading_replication = False

    readiness_problem = ""
