"""Composition root: parse arguments, build the backends, start Qt.

Only this module knows concrete adapters. `--help` and `--version` answer without importing Qt,
and the SDKs are never imported on the way to the first window.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from reprotect_gui import __version__

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from reprotect_gui.domain.models import KnownVCenter
    from reprotect_gui.domain.ports import Clock, Journey, SiteRecovery
    from reprotect_gui.training.backends import TrainingSiteRecovery, TrainingVCenter
    from reprotect_gui.training.scenario import Scenario
    from reprotect_gui.ui.azure_dialog import VaultConnector
    from reprotect_gui.ui.wizard.wizard import ReprotectWizard


MAX_SPEED = 10_000.0  # a 20-minute training job in a tenth of a second; faster only starves the poll
MAX_LATENCY_S = 60.0  # longer than any real vault answers; more would only look like a hang


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
        "--speed",
        type=float,
        default=1.0,
        metavar="FACTOR",
        help="training estate only: make jobs run FACTOR times faster (default 1)",
    )
    parser.add_argument(
        "--latency",
        type=float,
        default=0.4,
        metavar="SECONDS",
        help="training estate only: simulated answer time of the vault and vCenter (default 0.4)",
    )
    parser.add_argument(
        "--answers",
        metavar="FILE",
        type=Path,
        help="prefill the wizard from an answers file saved with 'Save answers…' (or replayed by reprotect-cli)",
    )
    parser.add_argument(
        "--lang",
        choices=("en", "ja"),
        default=None,
        help="language of the window: en (English) or ja (Japanese); default: the last one chosen, else the system's",
    )
    args = parser.parse_args(argv)
    if args.scenario is not None:
        args.demo = True
    if not (math.isfinite(args.speed) and 0 < args.speed <= MAX_SPEED):
        parser.error(f"--speed must be a number greater than 0 and at most {MAX_SPEED:g}, not {args.speed}")
    if not (math.isfinite(args.latency) and 0 <= args.latency <= MAX_LATENCY_S):
        parser.error(f"--latency must be a number of seconds from 0 to {MAX_LATENCY_S:g}, not {args.latency}")
    return args


def load_training(path: Path | None) -> tuple[Scenario | None, QMessageBox | None]:
    """The scenario, or a message box that explains why it can't be used (not yet shown)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from reprotect_gui.domain.errors import ScenarioError
    from reprotect_gui.training.scenario import load_scenario

    try:
        return load_scenario(path), None
    except ScenarioError as exc:
        from reprotect_gui.ui.i18n import text

        box = QMessageBox(
            QMessageBox.Icon.Critical, QCoreApplication.translate("app", "Training estate"), text(exc.summary)
        )
        box.setInformativeText(text(exc.next_step))
        return None, box


TRAINING_AZURE_ACCOUNT = "dr-operator@contoso.onmicrosoft.com"  # the training estate's fixed operator


def build_training_wizard(
    scenario: Scenario,
    *,
    speed: float = 1.0,
    latency_s: float = 0.4,
    clock: Clock | None = None,
    data_dir: Path | None = None,  # journal, audit log and training jobs; None: nothing is recorded
) -> ReprotectWizard:
    from reprotect_gui.services.audit import AuditLog
    from reprotect_gui.services.clock import SystemClock
    from reprotect_gui.services.journal import JobJournal
    from reprotect_gui.training.backends import TrainingJobStore, TrainingSiteRecovery, TrainingVCenter
    from reprotect_gui.ui.jobs import JobRunner
    from reprotect_gui.ui.wizard.base import WizardSession
    from reprotect_gui.ui.wizard.wizard import ReprotectWizard

    clock = clock or SystemClock()
    runner = JobRunner()
    vault = TrainingSiteRecovery(
        scenario,
        clock,
        latency_s=latency_s,
        speed=speed,
        job_store=TrainingJobStore(data_dir / "training-jobs.json", scenario.source) if data_dir else None,
    )
    vcenter = TrainingVCenter(scenario, latency_s=latency_s)
    session = WizardSession(
        site_recovery=vault,
        vcenter=vcenter,
        journey=training_journey(vault, vcenter),
        clock=clock,
        runner=runner,
        is_training=True,
        time_scale=max(0.025, 0.5 / speed),  # training jobs are short: even at --speed 1, follow at twice the pace
        journal=JobJournal(data_dir) if data_dir else None,
        audit=AuditLog(data_dir) if data_dir else None,
        azure_account=TRAINING_AZURE_ACCOUNT,
        vault_source={"kind": "training", "scenario": scenario.source},
    )
    wizard = ReprotectWizard(session)
    runner.setParent(wizard)
    return wizard


def build_live_wizard(
    directory: VaultConnector | None = None, settings: QSettings | None = None
) -> ReprotectWizard | None:
    """Sign in to Azure and pick the vault, then (optionally) connect to vCenter.

    Returns None when the operator cancels the vault dialog. "Skip vCenter" in the vCenter dialog is
    allowed: the wizard then runs on the vault alone and vCenter checks say "unknown".
    """
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDialog

    from reprotect_gui.asr.directory import AzureDirectory
    from reprotect_gui.keyring_store import KeyringSecretStore, vcenter_service
    from reprotect_gui.services.audit import AuditLog
    from reprotect_gui.services.clock import SystemClock
    from reprotect_gui.services.journal import JobJournal, default_data_dir
    from reprotect_gui.services.redaction import RememberingSecretStore
    from reprotect_gui.ui.azure_dialog import AzureVaultDialog
    from reprotect_gui.ui.jobs import JobRunner
    from reprotect_gui.ui.vcenter_dialog import VCenterConnectDialog
    from reprotect_gui.ui.wizard.base import WizardSession
    from reprotect_gui.ui.wizard.wizard import ReprotectWizard
    from reprotect_gui.vsphere import connect_inventory
    from reprotect_gui.vsphere.trust import VCenterSettings

    runner = JobRunner()
    # Every secret read or stored is registered with the log/audit scrubber.
    secrets = RememberingSecretStore(KeyringSecretStore())
    connector: VaultConnector = directory or AzureDirectory(secrets)
    vault_dialog = AzureVaultDialog(connector, runner, settings or QSettings())
    chosen: dict[str, Any] = {}
    vault_dialog.vault_chosen.connect(lambda sign_in, vault: chosen.update(sign_in=sign_in, vault=vault))
    if vault_dialog.exec() != QDialog.DialogCode.Accepted or not chosen:
        runner.shutdown(2000)
        return None
    site_recovery = connector.site_recovery(chosen["sign_in"], chosen["vault"])
    vcenter_dialog = VCenterConnectDialog(
        runner,
        secrets=secrets,
        settings=VCenterSettings(),
        connect=connect_inventory,
        service_for=vcenter_service,
        # The vCenters the vault has discovered are offered (and the first prefilled).
        discover=lambda: [vc.ip_address or vc.name for vc in known_vcenters(site_recovery)],
    )
    connected = vcenter_dialog.exec() == QDialog.DialogCode.Accepted
    vault = chosen["vault"]
    data_dir = default_data_dir()
    session = WizardSession(
        site_recovery=site_recovery,
        journey=live_journey(site_recovery),
        vcenter=vcenter_dialog.inventory if connected else None,
        clock=SystemClock(),
        runner=runner,
        journal=JobJournal(data_dir),
        audit=AuditLog(data_dir),
        vault_source={"kind": "azure", "vault_id": getattr(vault, "arm_id", str(vault))},
    )
    wizard = ReprotectWizard(session)
    runner.setParent(wizard)
    return wizard


def training_journey(vault: TrainingSiteRecovery, vcenter: TrainingVCenter) -> Journey:
    """The failback journey on the training estate (issue 18): it drives the vault's items and powers the
    training vCenter's VMs on and off with its steps."""
    from reprotect_gui.training.journey import TrainingJourney

    return TrainingJourney(vault, vcenter)


def live_journey(site_recovery: SiteRecovery) -> Journey | None:
    """The failback journey on a real vault: asr.journey.ArmJourney over the same ARM client (issue 18).

    Any other SiteRecovery (a test double) has none: the journey's steps are then not offered."""
    from reprotect_gui.asr.journey import ArmJourney
    from reprotect_gui.asr.site_recovery import ArmSiteRecovery

    if not isinstance(site_recovery, ArmSiteRecovery):
        return None
    return ArmJourney(site_recovery)  # the Journey port (domain/ports.py), checked by mypy


def ask_how_to_start() -> str:
    """'live', 'training' or '' (quit): shown when started without --demo."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("app", "Reprotect to on-premises"),
        QCoreApplication.translate("app", "What do you want to open?"),
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "app",
            "Connect to a Recovery Services vault (and its vCenter) to reprotect for real, or practise on the "
            "built-in training estate, where nothing real is changed.",
        )
    )
    live = box.addButton(QCoreApplication.translate("app", "&Connect to a vault…"), QMessageBox.ButtonRole.AcceptRole)
    training = box.addButton(QCoreApplication.translate("app", "&Training estate"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(live)
    box.exec()
    clicked = box.clickedButton()
    return "live" if clicked is live else "training" if clicked is training else ""


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from reprotect_gui.services.redaction import install_log_scrubbing

    install_log_scrubbing()
    from reprotect_gui.services.journal import default_data_dir
    from reprotect_gui.services.logfile import install_log_file

    install_log_file(default_data_dir())  # scrubbed like the audit; "Open log folder" shows it
    # instance() is typed as the QCoreApplication base; this program only ever creates a QApplication.
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationName("reprotect-gui")
    app.setOrganizationName("reprotect-gui")
    app.setDesktopFileName("reprotect-gui")  # Wayland matches the window to the menu entry
    app.setApplicationVersion(__version__)
    from reprotect_gui.ui import i18n

    settings = i18n.app_settings()
    i18n.install_language(i18n.startup_language(args.lang, settings))  # --lang is for this run only
    mode = "training" if args.demo else ask_how_to_start()
    if not mode:
        return 0
    if mode == "live":
        wizard = build_live_wizard(settings=settings)
        if wizard is None:
            return 0
    else:
        scenario, problem = load_training(args.scenario)
        if scenario is None:
            assert problem is not None
            print(f"{problem.text()} {problem.informativeText()}", file=sys.stderr)
            if app.platformName() != "offscreen":  # nobody could close it there
                problem.exec()
            return 2
        wizard = build_training_wizard(scenario, speed=args.speed, latency_s=args.latency, data_dir=default_data_dir())
    wizard.remember_geometry(settings)
    if args.answers is not None:
        _prefill(wizard, args.answers)
    wizard.show()
    # After the first paint: the offer reads the journal and imports the job pane.
    wizard.first_painted.connect(lambda: _offer_resume(wizard))
    return app.exec()


def _offer_resume(wizard: ReprotectWizard) -> None:
    from reprotect_gui.ui.resume import offer_resume_at_start

    offer_resume_at_start(wizard)


def _prefill(wizard: ReprotectWizard, path: Path) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from reprotect_gui.domain.answers import AnswersInvalid
    from reprotect_gui.ui.wizard.answers_io import prefill_from_answers, read_answers

    try:
        prefill_from_answers(wizard, read_answers(path))
    except AnswersInvalid as exc:
        print(f"{exc.summary} {exc.next_step}", file=sys.stderr)
        from reprotect_gui.ui.i18n import text

        box = QMessageBox(
            QMessageBox.Icon.Warning, QCoreApplication.translate("app", "Answers file"), text(exc.summary)
        )
        box.setInformativeText(text(exc.next_step))
        box.open()
        wizard.answers_problem = box  # type: ignore[attr-defined]  # kept alive while shown


def known_vcenters(site_recovery: SiteRecovery) -> Sequence[KnownVCenter]:
    """The vCenters the vault has discovered, for the vCenter dialog to offer: the real vault reads them
    (one list call); any other SiteRecovery offers none."""
    from reprotect_gui.asr.site_recovery import ArmSiteRecovery

    return site_recovery.known_vcenters() if isinstance(site_recovery, ArmSiteRecovery) else ()
