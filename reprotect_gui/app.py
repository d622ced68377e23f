"""Composition root: parse arguments, build the backends, start Qt.

Only this module knows concrete adapters. `--help` and `--version` answer without importing Qt,
and the SDKs are never imported on the way to the first window.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reprotect_gui import __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from reprotect_gui.domain.ports import Clock
    from reprotect_gui.training.scenario import Scenario
    from reprotect_gui.ui.wizard.wizard import ReprotectWizard


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="reprotect-gui",
        description=(
            "Reprotect VMware VMs that were failed over to Azure with Azure Site Recovery back to the "
            "on-premises site, checking every prerequisite before the job is submitted."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="run on the built-in training estate (offline; nothing real is changed)"
    )
    parser.add_argument(
        "--scenario", metavar="FILE", type=Path, help="run on a training estate read from FILE (implies --demo)"
    )
    parser.add_argument(
        "--speed", type=float, default=1.0, metavar="FACTOR",
        help="training estate only: make jobs run FACTOR times faster (default 1)",
    )
    parser.add_argument(
        "--latency", type=float, default=0.4, metavar="SECONDS",
        help="training estate only: simulated answer time of the vault and vCenter (default 0.4)",
    )
    args = parser.parse_args(argv)
    if args.scenario is not None:
        args.demo = True
    if args.speed <= 0:
        parser.error("--speed must be greater than 0")
    if args.latency < 0:
        parser.error("--latency can't be negative")
    return args


def load_training(path: Path | None) -> tuple[Scenario | None, QMessageBox | None]:
    """The scenario, or a message box that explains why it can't be used (not yet shown)."""
    from PySide6.QtWidgets import QMessageBox

    from reprotect_gui.domain.errors import ScenarioError
    from reprotect_gui.training.scenario import load_scenario

    try:
        return load_scenario(path), None
    except ScenarioError as exc:
        box = QMessageBox(QMessageBox.Icon.Critical, "Training estate", exc.summary)
        box.setInformativeText(exc.next_step)
        return None, box


def build_training_wizard(
    scenario: Scenario, *, speed: float = 1.0, latency_s: float = 0.4, clock: Clock | None = None
) -> ReprotectWizard:
    from reprotect_gui.services.clock import SystemClock
    from reprotect_gui.training.backends import TrainingSiteRecovery, TrainingVCenter
    from reprotect_gui.ui.jobs import JobRunner
    from reprotect_gui.ui.wizard.base import WizardSession
    from reprotect_gui.ui.wizard.wizard import ReprotectWizard

    clock = clock or SystemClock()
    runner = JobRunner()
    session = WizardSession(
        site_recovery=TrainingSiteRecovery(scenario, clock, latency_s=latency_s, speed=speed),
        vcenter=TrainingVCenter(scenario, latency_s=latency_s),
        clock=clock,
        runner=runner,
        is_training=True,
        poll_interval_s=max(0.05, 1.0 / speed),
    )
    wizard = ReprotectWizard(session)
    runner.setParent(wizard)
    return wizard


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("reprotect-gui")
    app.setApplicationVersion(__version__)
    if not args.demo:
        print(
            "Connecting to a live vault and vCenter is not available in this build yet; "
            "start with --demo to use the training estate.",
            file=sys.stderr,
        )
        return 2
    scenario, problem = load_training(args.scenario)
    if scenario is None:
        assert problem is not None
        print(f"{problem.text()} {problem.informativeText()}", file=sys.stderr)
        if app.platformName() != "offscreen":  # nobody could close it there
            problem.exec()
        return 2
    wizard = build_training_wizard(scenario, speed=args.speed, latency_s=args.latency)
    wizard.show()
    return app.exec()
