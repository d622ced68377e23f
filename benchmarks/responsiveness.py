"""GUI-thread stalls while the app loads the estate and follows a job of 50 tasks.

A heartbeat QTimer (every 5 ms) on the GUI thread records the gap between its ticks; a stall is
the gap beyond the interval. Phases:

  baseline   the same event loop, idle, with only the heartbeat (this machine's noise floor)
  loading    the training wizard starts and reads the vault and vCenter in the background
  walking    the script clicks through the pages (informational: scripted clicks, not app work)
  following  the job page submits and follows a 50-task job, polling every ~50 ms, to its end

The figure of merit is the longest stall in loading and following; target ≤ 50 ms.

    python benchmarks/responsiveness.py [--speed 24] [--tasks 50]
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import sys
import tempfile
import time
from pathlib import Path

# benchmarks/select.py must not shadow the stdlib select (subprocess imports it)
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

HEARTBEAT_MS = 5
TARGET_MS = 50.0


class Heartbeat:
    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.stalls: dict[str, float] = {}
        self.ticks: dict[str, int] = {}
        self.phase = "baseline"

    def start(self, phase: str) -> None:
        self.phase = phase
        self.last = time.perf_counter()
        self.stalls.setdefault(phase, 0.0)
        self.ticks.setdefault(phase, 0)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        stall_ms = (now - self.last) * 1000 - HEARTBEAT_MS
        self.last = now
        self.stalls[self.phase] = max(self.stalls[self.phase], stall_ms)
        self.ticks[self.phase] += 1


def spin(app: QApplication, condition, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not get there in time")
        app.processEvents()
        time.sleep(0.001)


def scenario_with_tasks(count: int, directory: Path) -> Path:
    from reprotect_gui.training.scenario import load_scenario

    raw = copy.deepcopy(load_scenario().raw)
    tasks = raw["job"]["tasks"]
    for i in range(len(tasks), count):
        tasks.append({"key": f"step_{i + 1:02d}", "name": f"Replicating disk chunk {i + 1}", "seconds": 2})
    path = directory / "fifty-tasks.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speed", type=float, default=24.0, help="training clock factor (default 24: a ~6 s job)")
    parser.add_argument("--tasks", type=int, default=50)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from reprotect_gui.app import build_training_wizard
    from reprotect_gui.training.scenario import load_scenario
    from tests.ui.walk import COMMIT, accept_warnings, click, go_to_review

    beat = Heartbeat()
    beat.start("baseline")
    end = time.monotonic() + 1.5
    spin(app, lambda: time.monotonic() > end, 5)

    with tempfile.TemporaryDirectory() as tmp:
        scenario = load_scenario(scenario_with_tasks(args.tasks, Path(tmp)))
        assert len(scenario.tasks) == args.tasks
        beat.start("loading")
        started = time.perf_counter()
        wizard = build_training_wizard(scenario, speed=args.speed, latency_s=0.4, data_dir=Path(tmp) / "data")
        wizard.confirm = lambda *_: True
        wizard.show()
        spin(app, lambda: wizard.session.estate is not None, 30)
        load_s = time.perf_counter() - started

        beat.start("walking")

        class Bot:
            def waitUntil(self, condition, timeout: int = 5000) -> None:  # noqa: N802 (qtbot's name)
                spin(app, condition, timeout / 1000)

        go_to_review(Bot(), wizard, vm="web-01")
        accept_warnings(wizard)
        click(wizard, COMMIT)

        beat.start("following")
        started = time.perf_counter()
        page = wizard.job_page
        spin(app, page.report_ready, 120)
        follow_s = time.perf_counter() - started
        (job,) = page.jobs.values()
        polls = beat.ticks["following"]
        wizard.session.runner.shutdown(2000)
        beat.timer.stop()

    worst = max(beat.stalls["loading"], beat.stalls["following"])
    base = max(beat.stalls["baseline"], 0.1)
    print(f"platform: {os.environ.get('QT_QPA_PLATFORM', 'default')}, heartbeat every {HEARTBEAT_MS} ms")
    print(
        f"job: {len(job.tasks)} tasks, {job.state.value}; loading took {load_s:.2f} s, following {follow_s:.2f} s "
        f"({polls} heartbeats)"
    )
    for phase in ("baseline", "loading", "walking", "following"):
        print(f"  {phase:<10} longest stall {beat.stalls[phase]:7.1f} ms")
    print(f"target ≤ {TARGET_MS:.0f} ms: {'met' if worst <= TARGET_MS else 'MISSED'}")
    print(
        f"max_stall_ms={worst:.1f} loading_ms={beat.stalls['loading']:.1f} following_ms={beat.stalls['following']:.1f} "
        f"baseline_ms={beat.stalls['baseline']:.1f} ratio_to_baseline={worst / base:.1f} target_ms={TARGET_MS:.0f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
