"""Page 8: the live job pane — submit once, then follow every job's tasks until the end.

Each accepted job is journaled and audited on the worker the moment ASR accepts it (see
services/tracking.py); the end of each job is audited with its timeline; a drill report is offered
when every job has ended. The job pane itself (ui/job_monitor.py) can be detached.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QTreeWidget, QVBoxLayout

from reprotect_gui.domain.appliance_retry import RetryOffer, retry_on_another_appliance
from reprotect_gui.domain.models import Job, ModernizedTarget, OsType, ReprotectRequest
from reprotect_gui.domain.replication import ReadinessPolicy
from reprotect_gui.domain.report import DrillReport, end_of_run_advice, next_step
from reprotect_gui.domain.run import RunModel
from reprotect_gui.services.audit import Operators, new_run_id, run_record
from reprotect_gui.services.submit import SubmitOutcome
from reprotect_gui.services.tracking import (
    RunRecorder,
    record_adopted,
    record_job_end,
    record_readiness,
    submit_and_record,
)
from reprotect_gui.ui.i18n import reason_text, report_text
from reprotect_gui.ui.job_monitor import JobEndNotifier, JobMonitor
from reprotect_gui.ui.jobs import JobFailure, Pool
from reprotect_gui.ui.report_export import AuditHistoryDialog, ask_and_export, export_both, report_from_records
from reprotect_gui.ui.widgets import BusyPanel
from reprotect_gui.ui.wizard.base import Page

log = logging.getLogger(__name__)


class JobPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Reprotect jobs"))
        self.setSubTitle(self.tr("Submitting the reprotect…"))
        self.busy = BusyPanel(self)
        self.overall = QProgressBar(self)
        self.overall.setRange(0, 100)
        self.overall.setAccessibleName(self.tr("Overall progress"))
        self.pane_home = QVBoxLayout()  # the job pane sits here unless detached
        self.detached_note = QLabel(self.tr("The jobs are followed in a separate window."), self)
        self.detached_note.hide()
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("Outcome"))
        self.record_status = QLabel(self)
        self.record_status.setWordWrap(True)
        self.record_status.setAccessibleName(self.tr("Status"))
        self.report_button = QPushButton(self.tr("Drill &report…"), self)
        self.report_button.setAccessibleName(self.tr("Drill report"))
        self.report_button.setToolTip(
            self.tr("Save the drill report (HTML and PDF): choices, checks, timeline, next step")
        )
        self.report_button.setEnabled(False)
        self.history_button = QPushButton(self.tr("&Past runs…"), self)
        self.history_button.setAccessibleName(self.tr("Past runs"))
        # RCM-01: a failed modernized reprotect can be retried through another healthy appliance.
        self.retry_note = QLabel(self)
        self.retry_note.setWordWrap(True)
        self.retry_appliance = QComboBox(self)
        self.retry_appliance.setAccessibleName(self.tr("Appliance to retry on"))
        self.retry_button = QPushButton(self.tr("Retry on another &appliance"), self)
        self.retry_button.setAccessibleName(self.tr("Retry on another appliance"))
        retry_row = QHBoxLayout()
        retry_row.addWidget(self.retry_note, 1)
        retry_row.addWidget(self.retry_appliance)
        retry_row.addWidget(self.retry_button)
        for w in (self.retry_note, self.retry_appliance, self.retry_button):
            w.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_status, 1)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.overall)
        layout.addLayout(self.pane_home, 1)
        layout.addWidget(self.detached_note)
        layout.addWidget(self.verdict)
        layout.addLayout(retry_row)
        layout.addLayout(buttons)
        self.report_button.clicked.connect(self._on_report_clicked)
        self.history_button.clicked.connect(self.show_history)
        self.retry_button.clicked.connect(self._on_retry_clicked)
        self.retry_offer: RetryOffer | None = None
        self._retry_of: str | None = None  # the failed job the offer is for
        self._retried: tuple[ReprotectRequest, ...] = ()
        self._retry_pending_for: str | None = None
        self.outcomes: tuple[SubmitOutcome, ...] = ()
        self.run = RunModel()  # the run's state: jobs, superseded, pending writes, verdict, readiness
        self.monitor: JobMonitor | None = None
        self.recorder: RunRecorder | None = None
        self.notifier: JobEndNotifier | None = None
        self._started = False
        self._readiness_recorded: dict[str, str] = {}
        self.busy.retry_requested.connect(self._retry_follow)

    # --- names the other pages and tests use -------------------------------------------------

    @property
    def jobs(self) -> dict[str, Job]:
        return self.monitor.jobs if self.monitor else {}

    @property
    def tree(self) -> QTreeWidget | None:
        return self.monitor.tree if self.monitor else None

    def job_ids(self) -> list[str]:
        return [o.job_id for o in self.outcomes if o.job_id]

    def finished(self) -> bool:
        return self.monitor is not None and self.run.finished()

    def isComplete(self) -> bool:
        return bool(self.outcomes) and self.finished()

    # --- submit once -------------------------------------------------------------------------

    def initializePage(self) -> None:
        if self._started:
            return
        self._started = True
        s = self.session
        self.history_button.setEnabled(s.audit is not None)
        policy = s.site.failback_policy if s.site is not None else None
        if policy is not None:
            self.run.policy = ReadinessPolicy(float(policy.rpo_threshold_minutes))
        self.monitor = JobMonitor(
            s.runner, s.site_recovery, s.clock, time_scale=s.time_scale, model=self.run, parent=self
        )
        plan = s.selection.plan if s.selection is not None else None
        self.monitor.plan_name = plan.name if plan is not None else ""
        self.pane_home.addWidget(self.monitor, 1)
        self.monitor.progressed.connect(self.overall.setValue)
        self.monitor.job_ended.connect(self._on_job_ended)
        self.monitor.all_ended.connect(self._on_all_ended)
        self.monitor.adopted.connect(self._on_adopted)
        self.monitor.readiness_changed.connect(self._on_readiness_changed)
        self.monitor.detached_changed.connect(self.detached_note.setVisible)
        self.monitor.offers_failback = s.journey is not None  # the journey (issue 18) starts here
        self.monitor.failback_requested.connect(self._on_failback_requested)
        self.notifier = JobEndNotifier(self.wizard_())
        requests = self.wizard_().review_page.requests
        self.recorder = self._make_recorder()
        record = self._run_record()
        recorder = self.recorder
        self.busy.show_busy(self.tr("Submitting {n} reprotect request(s)…").format(n=len(requests)))
        site_recovery = s.site_recovery
        s.runner.start(
            lambda ctx: submit_and_record(site_recovery, requests, recorder, record, ctx),
            pool=Pool.AZURE,
            name="submit",
            on_success=self._on_submitted,
            on_failure=self._on_submit_failed,
            progress=self.busy.show_progress,
        )

    def _make_recorder(self) -> RunRecorder:
        s = self.session
        return RunRecorder(
            run_id=new_run_id(),
            vault_name=s.site.vault_name,
            clock=s.clock,
            journal=s.journal,
            audit=s.audit,
            source=dict(s.vault_source),
        )

    def operators(self) -> Operators:
        s = self.session
        vc = s.vc
        return Operators(azure=s.azure_account, vcenter=vc.account_name if vc is not None else "")

    def _run_record(self) -> dict[str, object]:
        s = self.session
        assert self.recorder is not None
        return run_record(
            run_id=self.recorder.run_id,
            at=s.clock.now(),
            operators=self.operators(),
            site=s.site,
            selection=s.selection,
            policy=s.policy,
            verdicts=self.wizard_().review_page.results,
            acknowledged=s.acknowledged,
            training=s.is_training,
        )

    def _on_submitted(self, outcomes: tuple[SubmitOutcome, ...]) -> None:
        self.outcomes = outcomes
        self.busy.hide()
        if self.recorder is not None and self.recorder.journal_problem():  # issue 12: a job not journaled
            self.record_status.setText(self.recorder.journal_problem())
        self._show_outcomes(outcomes)
        if not self.run.has_jobs():
            self._show_verdict()
        self._update_subtitle()
        self._update_close_button()
        self.completeChanged.emit()

    def _show_outcomes(self, outcomes: tuple[SubmitOutcome, ...], *, retry: bool = False) -> None:
        assert self.monitor is not None
        for o in outcomes:
            if o.job_id:
                if retry:
                    label = self.tr("{vm} (retry)").format(vm=o.item_name)
                elif o.attached_to_running:
                    label = self.tr("{vm} (already running: followed)").format(vm=o.item_name)
                else:
                    label = o.item_name
                self.monitor.follow(
                    o.job_id,
                    label,
                    item_id=o.item_id,
                    item_name=o.item_name,
                    attached_to_running=o.attached_to_running,
                    retry=retry,
                )
            elif o.awaiting_job:
                self.monitor.await_job(o.item_id, o.item_name, o.item_name)
            else:
                self.monitor.add_not_started(o.item_name, o.problem, o.item_id)

    def _on_adopted(self, item_id: str, job_id: str) -> None:
        """The job of a request accepted without a tracking address showed: journal and audit it."""
        request = next((r for r in reversed(self.requests()) if r.item_id == item_id), None)
        recorder = self.recorder
        if request is None or recorder is None:
            return
        self.outcomes = tuple(
            SubmitOutcome(o.item_id, o.item_name, job_id) if o.awaiting_job and o.item_id == item_id else o
            for o in self.outcomes
        )
        self._write(lambda: record_adopted(recorder, request, job_id), "audit adopted job")

    def _on_failback_requested(self, item_id: str) -> None:
        """A ready VM ("" = the ready plan) is failed back: the journey's first step (ui/wizard/flows.py)."""
        from reprotect_gui.domain.flows.journey import JourneyStep
        from reprotect_gui.ui.wizard.journey_state import run_for

        self.session.journey_run = run_for(self.session, item_id, self.run.readiness, self.recorder)
        self.wizard_().start_journey_step(JourneyStep.FAILBACK)

    def _on_submit_failed(self, failure: JobFailure) -> None:
        # Whether anything reached ASR is unknown: the item state tells; never resubmit blindly.
        self.busy.show_failure(
            JobFailure(
                failure.summary,
                self.tr(
                    "Nothing is sent again automatically. Reload the vault to see whether a job started; {next_step}"
                ).format(next_step=failure.next_step),
                failure.detail,
            )
        )
        self.completeChanged.emit()

    def _retry_follow(self) -> None:
        if self.monitor is not None:
            self.monitor.poll_now()

    # --- the end of each job ------------------------------------------------------------------

    def _on_job_ended(self, job: Job) -> None:
        recorder = self.recorder
        assert recorder is not None
        self._write(lambda: record_job_end(recorder, job), "audit job end")
        if self.notifier is not None:
            self.notifier.job_ended(job)
        self._update_subtitle()
        self._update_close_button()

    def _write(self, action: Callable[[], object], name: str) -> None:
        self.run.write_started()
        write = self.session.runner.start(lambda ctx: action(), pool=Pool.LOCAL, name=name)
        write.signals.failed.connect(self._on_record_failed)
        write.signals.finished.connect(self._on_record_written)

    def _on_record_failed(self, failure: JobFailure) -> None:
        self.record_status.setText(f"{failure.summary} {failure.next_step}")

    def _on_record_written(self) -> None:
        self.run.write_done()
        self._update_report_button()

    def _on_all_ended(self) -> None:
        self.overall.setValue(100)
        self._offer_retry()
        self._show_verdict()
        self._update_report_button()
        self._update_subtitle()
        self._update_close_button()
        self.completeChanged.emit()

    def _on_readiness_changed(self) -> None:
        """Each VM's readiness verdict goes into the audit log when it changes (the drill report's table)."""
        recorder = self.recorder
        if recorder is None:
            return
        for entry, readiness, _status in self.run.readiness_rows():
            if readiness is None or self._readiness_recorded.get(entry.item_id) == readiness.headline:
                continue
            self._readiness_recorded[entry.item_id] = readiness.headline
            self._write(partial(record_readiness, recorder, entry.item_name, readiness), "audit readiness")
        self._update_subtitle()

    def _update_report_button(self) -> None:
        self.report_button.setEnabled(self.report_ready())

    def report_ready(self) -> bool:
        return self.recorder is not None and bool(self.outcomes) and self.run.report_ready()

    # --- what the page says is happening now ------------------------------------------------

    def _update_subtitle(self) -> None:
        run = self.run
        verdict = run.verdict()
        if not verdict.over:
            text = self.tr(
                "ASR is working on {n} job(s). This page follows every task until each job ends; the window stays "
                "usable."
            ).format(n=verdict.waiting)
        elif verdict.failed:
            text = self.tr("Every job has ended; {n} reprotect(s) did not succeed. Read the details below.").format(
                n=len(verdict.failed)
            )
        elif run.readiness_targets():
            text = self.tr(
                "Every reprotect succeeded. Replication back to on-premises is now watched until each VM is "
                "ready for failback."
            )
        else:
            text = self.tr("Every reprotect succeeded and every VM is ready for failback.")
        self.setSubTitle(text)

    def _update_close_button(self) -> None:
        """While following, the wizard's Cancel button is a Close button: it never cancels anything in Azure."""
        wizard = self.wizard()
        if wizard is None or wizard.currentPage() is not self:
            return
        button = wizard.button(wizard.WizardButton.CancelButton)
        if self.run.finished():
            button.setText(self.tr("Close"))
            button.setToolTip(self.tr("Close the wizard."))
            return
        button.setText(self.tr("Close"))
        cancellable = [
            j
            for j in self.run.jobs().values()
            if not j.state.is_final and any(a.lower() == "cancel" for a in j.allowed_actions)
        ]
        note = (
            self.tr("ASR allows cancelling {n} of these jobs in the Azure portal.").format(n=len(cancellable))
            if cancellable
            else self.tr("ASR does not allow cancelling these jobs now.")
        )
        button.setToolTip(
            self.tr("Close the wizard. The jobs keep running in Azure; closing never cancels them.") + " " + note
        )

    # --- report -------------------------------------------------------------------------------

    def report(self) -> DrillReport:
        assert self.recorder is not None
        return report_from_records(self.recorder.kept)

    def export_report_to(self, html_path: Path) -> tuple[Path, Path]:
        return export_both(self.report(), html_path)

    def _on_report_clicked(self) -> None:
        s = self.session
        ask_and_export(self, self.report(), s.audit.path.parent if s.audit else None)

    def show_history(self) -> AuditHistoryDialog | None:
        s = self.session
        if s.audit is None:
            return None
        dialog = AuditHistoryDialog(s.audit, s.runner, self)
        dialog.show()
        return dialog

    # --- retry on another appliance (RCM-01) -------------------------------------------------

    def requests(self) -> tuple[ReprotectRequest, ...]:
        return self.wizard_().review_page.requests + self._retried

    def _request_of(self, job: Job) -> ReprotectRequest | None:
        item_id = next((o.item_id for o in self.outcomes if o.job_id == job.job_id), job.item_id)
        return next((r for r in reversed(self.requests()) if r.item_id == item_id), None)

    def _offer_retry(self) -> None:
        self.retry_offer, self._retry_of = None, None
        for job in self.run.failed_jobs():
            request = self._request_of(job)
            if request is None or not isinstance(request.target, ModernizedTarget):
                continue
            offer = retry_on_another_appliance(self.session.site, request, self.session.clock.now())
            self.retry_offer, self._retry_of = offer, job.job_id
            self.retry_appliance.clear()
            for appliance in offer.healthy():
                self.retry_appliance.addItem(appliance.name, appliance.appliance_id)
            if offer.possible:
                self.retry_note.setText(
                    self.tr(
                        "The reprotect of {vm} failed on {appliance}. It can be retried through "
                        "another healthy replication appliance (RCM-01):"
                    ).format(vm=request.item_name, appliance=offer.failed_on)
                )
            else:
                reasons = "; ".join(f"{c.value.name}: {reason_text(c.reasons)}" for c in offer.alternatives) or self.tr(
                    "none registered"
                )
                self.retry_note.setText(
                    self.tr(
                        "The reprotect of {vm} failed on {appliance}; no other appliance can take it "
                        "({reasons}). Fix the cause shown above, then run the wizard again."
                    ).format(vm=request.item_name, appliance=offer.failed_on, reasons=reasons)
                )
            break
        possible = self.retry_offer is not None and self.retry_offer.possible
        self.retry_note.setVisible(self.retry_offer is not None)
        self.retry_appliance.setVisible(possible)
        self.retry_button.setVisible(possible)
        self.retry_button.setEnabled(possible)

    def _on_retry_clicked(self) -> None:
        offer, failed_job = self.retry_offer, self._retry_of
        appliance_id = self.retry_appliance.currentData()
        if offer is None or failed_job is None or not appliance_id:
            return
        request = offer.request_for(appliance_id)
        if not self.wizard_().confirm(
            self.tr("Retry the reprotect?"),
            self.tr("ASR will start a new reprotect of {vm} through {appliance}.").format(
                vm=request.item_name, appliance=self.retry_appliance.currentText()
            ),
        ):
            return
        self.retry_button.setEnabled(False)  # never twice
        self._retry_pending_for = failed_job
        self._retried = (*self._retried, request)
        s = self.session
        recorder, record = self.recorder, self._run_record()
        assert recorder is not None
        self.busy.show_busy(self.tr("Submitting the retry of {vm}…").format(vm=request.item_name))
        s.runner.start(
            lambda ctx: submit_and_record(s.site_recovery, [request], recorder, record, ctx),
            pool=Pool.AZURE,
            name="retry on another appliance",
            on_success=self._on_retry_submitted,
            on_failure=self._on_submit_failed,
        )

    def _on_retry_submitted(self, outcomes: tuple[SubmitOutcome, ...]) -> None:
        self.busy.hide()
        for w in (self.retry_note, self.retry_appliance, self.retry_button):
            w.hide()
        self.outcomes = (*self.outcomes, *outcomes)
        if any(o.job_id for o in outcomes) and self._retry_pending_for:
            self.run.supersede(self._retry_pending_for)  # the VM now counts by its new job
        self._retry_pending_for = None
        self._show_outcomes(outcomes, retry=True)
        self._update_subtitle()
        if any(o.job_id for o in outcomes):
            self.verdict.clear()  # the new job's end brings the verdict
        else:
            self._show_verdict()  # refused: nothing more will end
        self.completeChanged.emit()

    def _show_verdict(self) -> None:
        verdict = self.run.verdict()
        items = self.session.selection.items
        linux = any(i.os_type is OsType.LINUX for i in items)
        advice = [report_text(a) for a in (*end_of_run_advice(True, any_linux=linux), next_step(True))]
        vms = verdict.vms
        if verdict.failed:
            self.verdict.setText(
                self.tr(
                    "<b>✖ {n} of {total} reprotect(s) did not succeed.</b> Read the error of the failed task above; "
                    "fix the cause, then run the wizard again for those VMs."
                ).format(n=len(verdict.failed), total=vms)
            )
        else:
            self.verdict.setText(
                self.tr(
                    "<b>✔ Reprotect succeeded for {n} VM(s).</b> Replication from Azure to on-premises has started; "
                    "the table above says when each VM is ready for failback."
                ).format(n=vms)
                + "<br>"
                + "<br>".join(advice)
            )
