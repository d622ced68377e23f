"""At launch: offer to follow again the jobs an earlier run of the app had in flight.

The journal (services/journal.py) holds every job ASR accepted and whose end was not recorded —
because the app was closed, crashed or was killed. Jobs of this vault are offered; following them
records the resume and, at the end, the outcome in the audit log under the original run, so the
drill report of that run is complete.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from reprotect_gui.domain.errors import UserFacingError
from reprotect_gui.domain.models import Job
from reprotect_gui.domain.ports import Clock, SiteRecovery
from reprotect_gui.domain.run import RunModel
from reprotect_gui.services.audit import AuditLog
from reprotect_gui.services.journal import InFlightJob, JobJournal
from reprotect_gui.services.tracking import (
    ForgettingGoneJobs,
    RunRecorder,
    record_job_end,
    record_readiness,
    record_resumed,
)
from reprotect_gui.ui.i18n import text as ui_text
from reprotect_gui.ui.job_monitor import JobEndNotifier, JobMonitor
from reprotect_gui.ui.jobs import JobFailure, JobRunner, Pool
from reprotect_gui.ui.report_export import AuditHistoryDialog, ask_and_export, report_from_records
from reprotect_gui.ui.translate_noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from reprotect_gui.ui.wizard.wizard import ReprotectWizard

log = logging.getLogger(__name__)

FOLLOW, LATER, FORGET = "follow", "later", "forget"
Ask = Callable[[Sequence[InFlightJob]], str]

# The journey's steps (issue 18; services.journey.JourneyStep), as the resume names their jobs.
STEP_WORDS = {
    "failback": QT_TRANSLATE_NOOP("resume", "failback"),
    "cancel": QT_TRANSLATE_NOOP("resume", "cancel of the failback"),
    "commit": QT_TRANSLATE_NOOP("resume", "commit"),
    "reprotect_to_azure": QT_TRANSLATE_NOOP("resume", "reprotect to Azure"),
}


def step_word(step: str) -> str:
    """The journey step of a journaled job in the UI's language; an unknown step as it was written."""
    word = STEP_WORDS.get(step)
    return QCoreApplication.translate("resume", word) if word else step


def job_line(job: InFlightJob) -> str:
    when = job.accepted_at[:19].replace("T", " ")
    if not job.step:
        line = QCoreApplication.translate("resume", "• {vm} — job {job} (accepted {when} UTC)")
        return line.format(vm=job.item_name, job=job.job_id, when=when)
    line = QCoreApplication.translate("resume", "• {vm} — {step} job {job} (accepted {when} UTC)")
    return line.format(vm=job.item_name, step=step_word(job.step), job=job.job_id, when=when)


def ask_with_a_box(jobs: Sequence[InFlightJob], parent: QWidget | None = None) -> str:
    names = "\n".join(job_line(j) for j in jobs)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("resume", "Reprotect jobs in progress"),
        "",  # the text is set below
        parent=parent,
    )
    box.setText(
        QCoreApplication.translate(
            "resume", "{n} reprotect job(s) were being followed when the app last stopped."
        ).format(n=len(jobs))
    )
    box.setInformativeText(
        names
        + "\n\n"
        + QCoreApplication.translate(
            "resume",
            "They kept running in Azure. Follow them again here, so their outcome is recorded "
            "in the audit log and the drill report?",
        )
    )
    follow = box.addButton(QCoreApplication.translate("resume", "&Follow them"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("resume", "&Not now"), QMessageBox.ButtonRole.RejectRole)
    forget = box.addButton(QCoreApplication.translate("resume", "F&orget them"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(follow)
    box.exec()
    clicked = box.clickedButton()
    return FOLLOW if clicked is follow else FORGET if clicked is forget else LATER


class ResumeWindow(QWidget):
    """Follows jobs of earlier runs to their end and records each outcome.

    Signals: all_recorded() — every job ended and its outcome is in the audit log.
    """

    all_recorded = Signal()

    def __init__(
        self,
        jobs: Sequence[InFlightJob],
        *,
        runner: JobRunner,
        site_recovery: SiteRecovery,
        clock: Clock,
        journal: JobJournal,
        audit: AuditLog | None,
        time_scale: float = 1.0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reprotect jobs resumed"))
        self._runner = runner
        self._audit = audit
        self.entries = {j.job_id: j for j in jobs}
        self.recorders = {
            j.run_id: RunRecorder(j.run_id, j.vault_name, clock, journal, audit, dict(j.source)) for j in jobs
        }
        site_recovery = ForgettingGoneJobs(site_recovery, journal)
        self.run = RunModel()  # the resumed jobs' state; the pane below is its view
        self.monitor = JobMonitor(runner, site_recovery, clock, time_scale=time_scale, model=self.run, parent=self)
        self.monitor.detach_button.hide()  # already a window of its own
        self.status = QLabel(self.tr("Following the jobs again…"), self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.report_button = QPushButton(self.tr("Drill &report…"), self)
        self.report_button.setAccessibleName(self.tr("Drill report"))
        self.report_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.monitor, 1)
        layout.addLayout(row)
        self.notifier = JobEndNotifier(self)
        self.recorded: set[str] = set()
        self.monitor.job_ended.connect(self._on_job_ended)
        self.monitor.readiness_changed.connect(self._on_readiness_changed)
        self._readiness_recorded: dict[str, str] = {}
        self.report_button.clicked.connect(self._on_report_clicked)
        self.resize(820, 480)
        for job in jobs:
            self.monitor.follow(
                job.job_id,
                self.tr("{vm} (resumed)").format(vm=job.item_name)
                if not job.step
                else self.tr("{vm}: {step} (resumed)").format(vm=job.item_name, step=step_word(job.step)),
                item_id=job.item_id,
                item_name=job.item_name,
                since=_accepted_at(job),
                step=job.step,  # a journey job's success leads to no readiness reads (RDY-)
            )

        def record_all() -> None:
            for r in self.recorders.values():
                record_resumed(r, [j.job_id for j in jobs if j.run_id == r.run_id])

        self._write(record_all)

    def _write(self, action: Callable[[], object], then: Callable[[], None] | None = None) -> None:
        self._runner.start(
            lambda ctx: action(),
            pool=Pool.LOCAL,
            name="audit resume",
            on_success=(lambda _result: then()) if then is not None else None,
            on_failure=self._on_write_failed,
        )

    def _on_write_failed(self, failure: JobFailure) -> None:
        self.status.setText(f"{failure.summary} {failure.next_step}")

    def _on_readiness_changed(self) -> None:
        """Each VM's readiness for failback (RDY-) goes to its original run's audit, as on the job page."""
        for entry, readiness, _status in self.run.readiness_rows():
            journaled = self.entries.get(entry.key)
            if readiness is None or journaled is None or self._readiness_recorded.get(entry.key) == readiness.headline:
                continue
            self._readiness_recorded[entry.key] = readiness.headline
            self._write(partial(record_readiness, self.recorders[journaled.run_id], entry.item_name, readiness))

    def _on_job_ended(self, job: Job) -> None:
        entry = self.entries[job.job_id]
        recorder = self.recorders[entry.run_id]
        self._write(lambda: record_job_end(recorder, job), then=lambda: self._on_recorded(job.job_id))
        self.notifier.job_ended(job)

    def _on_recorded(self, job_id: str) -> None:
        self.recorded.add(job_id)
        if self.recorded >= self.entries.keys():
            self.status.setText(self.tr("Every resumed job has ended; the outcomes are in the audit log."))
            self.report_button.setEnabled(self._audit is not None)
            self.all_recorded.emit()

    def _on_report_clicked(self) -> None:
        audit = self._audit
        if audit is None:
            return
        if len(self.recorders) > 1:
            AuditHistoryDialog(audit, self._runner, self).show()
            return
        (run_id,) = self.recorders
        self._runner.start(
            lambda ctx: report_from_records(audit.run(run_id)),
            pool=Pool.LOCAL,
            name="drill report",
            on_success=lambda report: ask_and_export(self, report, audit.path.parent),
            on_failure=self._on_write_failed,
        )


def _accepted_at(job: InFlightJob) -> datetime | None:
    """When ASR accepted the job (the jobs list's start filter); None when the journal's time is unreadable."""
    try:
        moment = datetime.fromisoformat(job.accepted_at)
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo is not None else None


def offer_resume(
    *,
    journal: JobJournal | None,
    audit: AuditLog | None,
    runner: JobRunner,
    site_recovery: SiteRecovery,
    clock: Clock,
    source: dict[str, str],
    time_scale: float = 1.0,
    ask: Ask | None = None,
    parent: QWidget | None = None,
) -> ResumeWindow | None:
    """Offer the journal's jobs of this vault; returns the window following them, if accepted."""
    if journal is None:
        return None
    try:
        pending = journal.pending()
    except UserFacingError as exc:
        log.warning("%s", exc)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("resume", "Reprotect jobs in progress"),
            ui_text(exc.summary),
            parent=parent,
        )
        box.setInformativeText(ui_text(exc.next_step))
        box.show()
        return None
    mine = [j for j in pending if j.source == source]
    if not mine:
        return None
    answer = (ask or (lambda jobs: ask_with_a_box(jobs, parent)))(mine)
    if answer == FORGET:
        for j in mine:
            journal.forget(j.job_id)
        return None
    if answer != FOLLOW:
        return None
    window = ResumeWindow(
        mine,
        runner=runner,
        site_recovery=site_recovery,
        clock=clock,
        journal=journal,
        audit=audit,
        time_scale=time_scale,
    )
    window.show()
    return window


def offer_resume_at_start(wizard: ReprotectWizard, ask: Ask | None = None) -> ResumeWindow | None:
    """The one call the composition root makes after showing the wizard."""
    s = wizard.session
    window = offer_resume(
        journal=s.journal,
        audit=s.audit,
        runner=s.runner,
        site_recovery=s.site_recovery,
        clock=s.clock,
        source=s.vault_source,
        time_scale=s.time_scale,
        ask=ask,
        parent=wizard,
    )
    wizard.resume_window = window  # type: ignore[attr-defined]  # kept alive with the wizard
    if window is not None and s.journey is not None:  # issue 18: its readiness view's "Fail back VM…" reaches
        window.monitor.offers_failback = True  # the wizard, which starts the journey as from its first page
        window.monitor.failback_requested.connect(lambda item_id: wizard.select_page.continue_item(item_id))
    return window
