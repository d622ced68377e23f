"""A job monitor in a window of its own (the resume window) can outlive the wizard that owns the runner: once the
runner is gone it stops polling instead of raising "Internal C++ object (JobRunner) already deleted" from a
timer in the Qt event loop."""

from __future__ import annotations

from PySide6.QtCore import QObject

from reprotect_gui.domain.models import ClassicTarget, ReprotectRequest
from reprotect_gui.services.clock import SystemClock
from reprotect_gui.training.backends import TrainingSiteRecovery
from reprotect_gui.training.scenario import load_scenario
from reprotect_gui.ui.job_monitor import JobMonitor
from reprotect_gui.ui.jobs import JobRunner


def test_a_monitor_stops_polling_when_its_runner_is_destroyed(qtbot):
    clock = SystemClock()
    vault = TrainingSiteRecovery(load_scenario(), clock, latency_s=0.0, speed=1.0)  # a job that runs for a while
    request = ReprotectRequest("web-01", "web-01", ClassicTarget("mt-win-01", "ps-azure-01", "R:"), "ds", "p", ())
    job_id = vault.submit_reprotect(request).job_id

    owner = QObject()  # the wizard, in the app
    runner = JobRunner(owner)
    monitor = JobMonitor(runner, vault, clock)
    qtbot.addWidget(monitor)
    monitor.follow(job_id, "web-01")
    qtbot.waitUntil(lambda: job_id in monitor.jobs, timeout=10000)  # it polls

    runner.shutdown(2000)
    with qtbot.waitSignal(runner.destroyed, timeout=5000):
        owner.deleteLater()
    monitor.poll_now()  # the next timer tick: must not touch the deleted runner
    qtbot.wait(100)
    assert not monitor.finished()
