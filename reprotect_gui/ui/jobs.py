"""Background work: one runner, pools per resource, results delivered on the GUI thread.

A `BackgroundJob` runs a plain blocking function `fn(ctx)` (a service) on a pool thread. Its
signals object lives on the GUI thread, so connected slots run there. The runner keeps every
job referenced until it has finished (a pooled runnable must not be collected mid-run), counts
what is in flight, and drains on quit. A caller declares the whole job in one expression:

    runner.start(fn, pool=Pool.AZURE, name="load estate",
                 on_success=self._on_loaded, on_failure=self._on_failed, progress=self.busy.show_progress)
"""

from __future__ import annotations

import logging
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import partial
from typing import Any, ClassVar, cast

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

from reprotect_gui.domain.errors import LOG_FILE_NAME, UserFacingError
from reprotect_gui.domain.ports import JobCancelled
from reprotect_gui.ui.i18n import text as ui_text

log = logging.getLogger(__name__)

GUI_SWITCH_INTERVAL_S = 0.001


class Pool(StrEnum):
    """Which resource a job uses: each has its own thread pool (a misspelt pool is an AttributeError)."""

    VCENTER = "vcenter"  # one pyVmomi session: one call at a time
    AZURE = "azure"  # ARM reads and submits
    LOCAL = "local"  # files, imports and pure computations


PROGRESS_INTERVAL_S = 0.1  # at most ~10 progress updates a second reach the GUI
# A worker running Python holds the interpreter lock; every call the GUI thread makes into Python
# (each cell a list paints asks the model, each timer) then queues for it. At each cooperative
# point (`raise_if_cancelled`) a worker that has run this long (its own CPU time) waits until the
# window has handled what was queued before: the window never shares the lock for longer than this.
TURN_SLICE_S = 0.004
TURN_WAIT_S = 0.1  # the longest a worker waits for the window (busy elsewhere, or no event loop)
SIGNALS_GRACE_MS = 1000


@dataclass(frozen=True, slots=True)
class JobFailure:
    """A failed background step, in the words the operator reads."""

    summary: str
    next_step: str = ""
    detail: str = ""  # for the log and a "details" expander; never a secret
    retryable: bool = False

    @classmethod
    def from_exception(cls, exc: BaseException) -> JobFailure:
        if isinstance(exc, UserFacingError):
            cause = exc.__cause__
            detail = f"{type(cause).__name__}: {cause}" if cause else ""
            return cls(
                ui_text(exc.summary), ui_text(exc.next_step), detail, exc.retryable
            )  # templates, in the UI's language
        return cls(  # translate() is thread-safe: this runs on the worker
            QCoreApplication.translate("jobs", "Something unexpected went wrong."),
            QCoreApplication.translate(
                "jobs",
                "Try again; if it happens again, send the log file {log} (the “Open log folder” button shows it) "
                "to your administrator.",
            ).format(log=LOG_FILE_NAME),
            f"{type(exc).__name__}: {exc}",
            retryable=True,
        )


class JobSignals(QObject):
    """Signals: progressed(fraction, text), succeeded(result), failed(JobFailure), cancelled(), finished()."""

    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()


def _emit(signal: Any, *args: Any) -> None:
    """Emit from a worker; if the receiving side is already gone (app quitting), drop it."""
    try:
        signal.emit(*args)
    except RuntimeError:  # "Signal source has been deleted"
        log.debug("dropped a signal from a background job: its receiver is gone")


class _Turns(QObject):
    """The window's turn between a worker's slices of Python: lives on the GUI thread, so an ask
    emitted on a worker is answered once the GUI thread has handled everything queued before it."""

    asked = Signal(object)  # a threading.Event, set on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.asked.connect(self._grant)

    def _grant(self, granted: threading.Event) -> None:
        granted.set()


class _Context:
    """The JobContext handed to the service: coalesced progress, cooperative cancel, and at each
    cooperative point the window's turn once the worker has run a slice (TURN_SLICE_S)."""

    def __init__(self, signals: JobSignals, cancel_event: threading.Event, turns: _Turns | None = None) -> None:
        self._signals = signals
        self._cancel = cancel_event
        self._last_emit = 0.0
        self._pending: tuple[float, str] | None = None
        self._turns = turns
        # Each thread's slice apart: a job's helper threads (the Azure adapter's parallel reads) reach
        # cooperative points too, and CPU time is counted per thread.
        self._slices = threading.local()
        self._slices.started = time.thread_time()
        self._unanswered: threading.Event | None = None
        self.turns_given = 0  # how often the window was given its turn (tests)

    def report(self, done: float, message: str) -> None:
        text = ui_text(message)  # a template from a service: the UI's language, before it crosses threads
        now = time.monotonic()
        if now - self._last_emit >= PROGRESS_INTERVAL_S or done >= 1.0:
            self._last_emit = now
            self._pending = None
            _emit(self._signals.progressed, float(done), text)
        else:
            self._pending = (float(done), text)

    def flush(self) -> None:
        if self._pending is not None:
            _emit(self._signals.progressed, *self._pending)
            self._pending = None

    def raise_if_cancelled(self) -> None:
        if self._cancel.is_set():
            raise JobCancelled()
        if self._turns is not None:
            now, started = time.thread_time(), getattr(self._slices, "started", None)
            if started is None:  # another thread's first point: its slice starts here
                self._slices.started = now
            elif now - started >= TURN_SLICE_S:
                self._give_turn(self._turns)

    def _give_turn(self, turns: _Turns) -> None:
        """Wait (without the interpreter lock) until the GUI thread answered; one ask at a time:
        while an earlier ask is unanswered (the window is busy, or no event loop runs) go on."""
        self._slices.started = time.thread_time()
        if self._unanswered is not None and not self._unanswered.is_set():
            return
        asked = threading.Event()
        _emit(turns.asked, asked)
        self._unanswered = None if asked.wait(TURN_WAIT_S) else asked
        self.turns_given += 1
        self._slices.started = time.thread_time()
        if self._cancel.is_set():
            raise JobCancelled()

    def sleep(self, seconds: float) -> None:
        """Wait, waking at once when cancelled."""
        if self._cancel.wait(seconds):
            raise JobCancelled()


class BackgroundJob(QRunnable):
    # Every started job stays referenced until run() returns, whatever happens to its runner.
    _alive: ClassVar[set[BackgroundJob]] = set()

    def __init__(self, name: str, fn: Callable[[Any], Any], signals: JobSignals, turns: _Turns | None = None) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner owns the reference until `finished`
        self.name = name
        self.signals = signals
        self._fn = fn
        self._cancel_event = threading.Event()
        self._turns = turns

    def cancel(self) -> None:
        self._cancel_event.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel_event.is_set()

    def run(self) -> None:
        ctx = _Context(self.signals, self._cancel_event, self._turns)
        try:
            ctx.raise_if_cancelled()
            result = self._fn(ctx)
            ctx.raise_if_cancelled()
        except JobCancelled:
            _emit(self.signals.cancelled)
        except Exception as exc:  # every failure becomes a signal, never a dead thread
            if isinstance(exc, UserFacingError):
                log.warning("%s failed: %s", self.name, exc, exc_info=exc.__cause__ is not None)
            else:
                log.error("%s failed unexpectedly:\n%s", self.name, traceback.format_exc())
            _emit(self.signals.failed, JobFailure.from_exception(exc))
        else:
            ctx.flush()
            _emit(self.signals.succeeded, result)
        finally:
            _emit(self.signals.finished)
            BackgroundJob._alive.discard(self)


class JobRunner(QObject):
    """Starts background jobs on per-resource pools and keeps them alive until finished.

    Signals: busy_changed(active_count).
    """

    busy_changed = Signal(int)

    POOL_SIZES: ClassVar[dict[Pool, int]] = {Pool.VCENTER: 1, Pool.AZURE: 3, Pool.LOCAL: 2}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pools: dict[Pool, QThreadPool] = {}
        self._closing = False
        self._running: dict[JobSignals, BackgroundJob] = {}
        self._turns = _Turns(self)
        # The workers run Python (SDK parsing, mapping): the GUI thread must get the interpreter back
        # within about a millisecond of asking, not the default five (benchmarks/follow.py).
        if sys.getswitchinterval() > GUI_SWITCH_INTERVAL_S:
            sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)

    def start(
        self,
        fn: Callable[[Any], Any],
        *,
        pool: Pool,
        name: str = "",
        on_success: Callable[[Any], object] | None = None,
        on_failure: Callable[[JobFailure], object] | None = None,
        progress: Callable[[float, str], object] | None = None,
        on_cancelled: Callable[[], object] | None = None,
        on_finished: Callable[[], object] | None = None,
    ) -> BackgroundJob:
        """Run `fn(ctx)` on `pool`; the callbacks run on the GUI thread (`finished` after the others)."""
        if not isinstance(pool, Pool):
            raise TypeError(f"pool must be a Pool member, not {pool!r}")
        signals = JobSignals(self)
        job = BackgroundJob(name or getattr(fn, "__name__", "job"), fn, signals, self._turns)
        for signal, slot in (
            (signals.succeeded, on_success),
            (signals.failed, on_failure),
            (signals.progressed, progress),
            (signals.cancelled, on_cancelled),
            (signals.finished, on_finished),
        ):
            if slot is not None:
                signal.connect(slot)
        self._running[signals] = job
        BackgroundJob._alive.add(job)
        # A bound method of a GUI-thread QObject: Qt queues the call onto the GUI thread.
        signals.finished.connect(self._on_job_finished)
        # Start once control is back in the event loop, so the caller's connections to the
        # job's signals exist before the job can emit anything (a fast job would be lost).
        QTimer.singleShot(0, self, partial(self._launch, job, pool))
        self.busy_changed.emit(len(self._running))
        return job

    def _launch(self, job: BackgroundJob, pool: Pool) -> None:
        if self._closing:
            job.cancel()
        self._pool(pool).start(job)

    @property
    def active_count(self) -> int:
        return len(self._running)

    def shutdown(self, timeout_ms: int = 3000) -> bool:
        """Cancel everything and wait for the threads; True when all stopped in time."""
        self._closing = True
        for job in list(self._running.values()):
            job.cancel()
        return all(p.waitForDone(timeout_ms) for p in self._pools.values())

    def _pool(self, name: Pool) -> QThreadPool:
        if name not in self._pools:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(self.POOL_SIZES[name])
            self._pools[name] = pool
        return self._pools[name]

    def _on_job_finished(self) -> None:
        signals = cast(JobSignals, self.sender())  # only JobSignals.finished is connected here
        if self._running.pop(signals, None) is not None:
            # Not at once: other slots' queued calls from this job may still be on their way,
            # and deleting the sender would drop those addressed to it (lambdas).
            QTimer.singleShot(SIGNALS_GRACE_MS, signals, signals.deleteLater)
        self.busy_changed.emit(len(self._running))
