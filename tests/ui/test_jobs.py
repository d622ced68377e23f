"""The job runner: results, failures as sentences, cancellation, and no crash when its owner goes."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QObject, Signal

from reprotect_gui.domain.errors import ConnectionFailed
from reprotect_gui.ui.jobs import TURN_SLICE_S, JobFailure, JobRunner, Pool


def test_a_result_arrives_on_the_gui_thread(qtbot):
    runner = JobRunner()
    seen = {}

    def on_success(value):
        seen["value"] = value
        seen["thread"] = threading.current_thread()

    job = runner.start(lambda ctx: 41 + 1, pool=Pool.LOCAL, name="answer", on_success=on_success)
    with qtbot.waitSignal(job.signals.finished, timeout=2000):
        pass
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen == {"value": 42, "thread": threading.main_thread()}
    qtbot.waitUntil(lambda: runner.active_count == 0)


def test_a_user_facing_error_keeps_its_sentence_and_next_step(qtbot):
    runner = JobRunner()

    def fail(ctx):
        raise ConnectionFailed("vCenter vc01 did not answer.", "Check the host name.") from OSError("timed out")

    job = runner.start(fail, pool=Pool.VCENTER)
    with qtbot.waitSignal(job.signals.failed, timeout=2000) as blocker:
        pass
    failure: JobFailure = blocker.args[0]
    assert failure.summary == "vCenter vc01 did not answer."
    assert failure.next_step == "Check the host name."
    assert "OSError: timed out" in failure.detail


def test_an_unexpected_error_still_becomes_a_sentence(qtbot):
    runner = JobRunner()
    job = runner.start(lambda ctx: 1 / 0, pool=Pool.LOCAL)
    with qtbot.waitSignal(job.signals.failed, timeout=2000) as blocker:
        pass
    failure: JobFailure = blocker.args[0]
    assert failure.summary == "Something unexpected went wrong."
    assert "ZeroDivisionError" in failure.detail
    assert failure.retryable


def test_cancel_is_its_own_outcome_not_a_failure(qtbot):
    runner = JobRunner()
    started = threading.Event()

    def slow(ctx):
        started.set()
        while True:
            ctx.sleep(0.01)

    job = runner.start(slow, pool=Pool.AZURE)
    qtbot.waitUntil(started.is_set, timeout=2000)
    with qtbot.waitSignal(job.signals.cancelled, timeout=2000), qtbot.assertNotEmitted(job.signals.failed):
        job.cancel()


def test_progress_is_coalesced_but_the_last_value_arrives(qtbot):
    runner = JobRunner()
    seen = []

    def chatty(ctx):
        for i in range(1000):
            ctx.report(i / 1000, f"step {i}")
        ctx.report(0.999, "almost")
        return "done"

    job = runner.start(chatty, pool=Pool.LOCAL, progress=lambda done, text: seen.append(text))
    with qtbot.waitSignal(job.signals.finished, timeout=2000):
        pass
    qtbot.waitUntil(lambda: seen and seen[-1] == "almost")
    assert len(seen) < 50


def test_a_job_outliving_its_runner_does_not_crash(qtbot):
    owner = QObject()
    runner = JobRunner(owner)
    release = threading.Event()
    job = runner.start(lambda ctx: release.wait(2), pool=Pool.LOCAL)
    qtbot.wait(20)  # running now
    threading.Timer(0.05, release.set).start()
    owner.deleteLater()  # the runner and the job's signals go while the job still runs
    qtbot.waitUntil(lambda: job not in job._alive, timeout=2000)


def test_one_expression_declares_the_job_and_every_outcome_reaches_its_callback(qtbot):
    runner = JobRunner()
    seen: list[object] = []
    job = runner.start(
        lambda ctx: ctx.report(1.0, "read") or "estate",
        pool=Pool.AZURE,
        name="load",
        on_success=lambda result: seen.append(("success", result)),
        on_failure=lambda failure: seen.append(("failure", failure)),
        progress=lambda done, text: seen.append(("progress", text)),
        on_finished=lambda: seen.append("finished"),
    )
    qtbot.waitUntil(lambda: "finished" in seen, timeout=2000)
    assert seen == [("progress", "read"), ("success", "estate"), "finished"]
    assert job.name == "load"
    failed: list[JobFailure] = []
    runner.start(lambda ctx: 1 / 0, pool=Pool.LOCAL, on_failure=failed.append, on_success=seen.append)
    qtbot.waitUntil(lambda: bool(failed), timeout=2000)
    assert len(seen) == 3  # no success after a failure


def test_a_pool_is_an_enum_member_and_a_misspelt_one_fails_at_once(qtbot):
    runner = JobRunner()
    with pytest.raises(TypeError, match="Pool member"):
        runner.start(lambda ctx: None, pool="azure")  # type: ignore[arg-type]  # the old free string
    with pytest.raises(AttributeError):
        runner.start(lambda ctx: None, pool=Pool.AZUR)  # type: ignore[attr-defined]  # a typo
    assert runner.active_count == 0
    assert set(runner.POOL_SIZES) == set(Pool) and runner.POOL_SIZES[Pool.VCENTER] == 1  # one pyVmomi session


# --- the window's turn between a worker's slices of Python (issue 16: no stall while 10,000 load) --


def _burn(seconds: float) -> None:
    """Run Python on this thread for `seconds` of its own CPU time (holding the interpreter lock)."""
    started = time.thread_time()
    while time.thread_time() - started < seconds:
        pass


def _wait_until_done(qtbot, job) -> None:
    """Until the job has emitted its last signal: the test's runner (and the job's signals) may go after."""
    qtbot.waitUntil(lambda: job not in job._alive, timeout=10000)


class _Window(QObject):
    def __init__(self, order: list[str]) -> None:
        super().__init__()
        self.order = order

    def heard(self) -> None:
        self.order.append("window")


class _Probe(QObject):
    ping = Signal()


@pytest.mark.parametrize(("share", "turns"), [(0.5, 0), (1.1, 1)])
def test_a_job_gives_the_window_its_turn_once_it_has_run_a_slice(qtbot, share, turns):
    """Just inside TURN_SLICE_S a cooperative point costs nothing; just past it, the job waits there."""
    runner = JobRunner()
    seen: dict[str, int] = {}

    def work(ctx):
        _burn(TURN_SLICE_S * share)
        ctx.raise_if_cancelled()
        seen["turns"] = ctx.turns_given

    job = runner.start(work, pool=Pool.LOCAL)
    _wait_until_done(qtbot, job)
    assert seen["turns"] == turns


def test_a_job_past_its_slice_goes_on_only_after_the_window_handled_what_was_queued(qtbot):
    runner = JobRunner()
    order: list[str] = []
    window, probe = _Window(order), _Probe()
    probe.ping.connect(window.heard)  # window lives on the GUI thread: queued from the worker

    def work(ctx):
        _burn(TURN_SLICE_S * 1.5)
        probe.ping.emit()
        ctx.raise_if_cancelled()  # the turn: the ping above is handled first
        order.append("worker")

    job = runner.start(work, pool=Pool.LOCAL)
    _wait_until_done(qtbot, job)
    assert order == ["window", "worker"]


def test_without_an_event_loop_a_job_waits_for_one_turn_only(qtbot):
    """The GUI thread blocked (no event loop): the first ask waits TURN_WAIT_S, later points go on."""
    runner = JobRunner()
    started, go, done = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, int] = {}

    def work(ctx):
        started.set()
        go.wait(5)
        for _ in range(20):
            _burn(TURN_SLICE_S * 1.1)
            ctx.raise_if_cancelled()
        seen["turns"] = ctx.turns_given
        done.set()

    job = runner.start(work, pool=Pool.LOCAL)
    qtbot.waitUntil(started.is_set, timeout=5000)
    go.set()
    assert done.wait(30)  # on the GUI thread, without processing events
    assert seen["turns"] == 1
    _wait_until_done(qtbot, job)


def test_a_job_cancelled_while_waiting_for_its_turn_is_cancelled(qtbot):
    runner = JobRunner()
    started = threading.Event()

    def work(ctx):
        started.set()
        while True:
            _burn(TURN_SLICE_S * 1.1)
            ctx.raise_if_cancelled()

    job = runner.start(work, pool=Pool.LOCAL)
    qtbot.waitUntil(started.is_set, timeout=5000)
    with qtbot.waitSignal(job.signals.cancelled, timeout=5000), qtbot.assertNotEmitted(job.signals.failed):
        job.cancel()
    _wait_until_done(qtbot, job)


@pytest.mark.parametrize(("share", "turns"), [(0.5, 0), (1.1, 1)])
def test_a_jobs_helper_thread_gives_the_window_its_turn_once_it_has_run_its_own_slice(qtbot, share, turns):
    """Issue 16: a job's helper thread (the Azure adapter's parallel reads) reaches cooperative points
    too; its slice is its own CPU time, counted from its first point."""
    runner = JobRunner()
    seen: dict[str, int] = {}

    def work(ctx):
        def helper() -> None:
            ctx.raise_if_cancelled()  # its slice starts here
            _burn(TURN_SLICE_S * share)
            ctx.raise_if_cancelled()

        thread = threading.Thread(target=helper)
        thread.start()
        thread.join()
        seen["turns"] = ctx.turns_given

    job = runner.start(work, pool=Pool.LOCAL)
    _wait_until_done(qtbot, job)
    assert seen["turns"] == turns
