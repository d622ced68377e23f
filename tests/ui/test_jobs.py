"""The job runner: results, failures as sentences, cancellation, and no crash when its owner goes."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject

from reprotect_gui.domain.errors import ConnectionFailed
from reprotect_gui.ui.jobs import JobFailure, JobRunner, Pool


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
