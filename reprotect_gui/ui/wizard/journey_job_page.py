"""The journey's job page: submit the step once, follow its job live, then offer what comes next.

The step's request goes out once (FB-14: the port attaches to a job of the same step instead of
sending again); its job is followed in the same job pane as a reprotect's (FB-11, REV-08). When it
ends, the target is read again and the next steps are offered from where it stands — decided by
`allowedOperations` (CMT-06): commit (CMT-01/03), cancel for a modernized planned failover (FB-12,
never for classic), protect to Azure again (CMT-07, REV-01). A failed planned failover leads to
Cancel, never to "disable protection" (FB-11, FB-15).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout

from reprotect_gui.domain.errors import UserFacingError
from reprotect_gui.domain.flows.journey import JourneyStep, step_flow
from reprotect_gui.domain.journey import JourneyStage
from reprotect_gui.domain.models import Job, JobState, ReplicationFlow
from reprotect_gui.domain.run import EntryKind
from reprotect_gui.services.journey import Position, StepOutcome
from reprotect_gui.services.tracking import record_job_end
from reprotect_gui.ui.i18n import text as ui_text
from reprotect_gui.ui.job_monitor import JobEndNotifier, JobMonitor
from reprotect_gui.ui.jobs import JobFailure, Pool
from reprotect_gui.ui.report_export import ask_and_export, report_from_records
from reprotect_gui.ui.translate_noop import QT_TRANSLATE_NOOP
from reprotect_gui.ui.widgets import BusyPanel
from reprotect_gui.ui.wizard import journey_calls
from reprotect_gui.ui.wizard.base import Page
from reprotect_gui.ui.wizard.journey_state import StepEnd

STEP_NAMES = {  # English; shown through translate()
    JourneyStep.FAILBACK: QT_TRANSLATE_NOOP("JourneyJobPage", "Failback"),
    JourneyStep.CANCEL: QT_TRANSLATE_NOOP("JourneyJobPage", "Cancel of the failover"),
    JourneyStep.COMMIT: QT_TRANSLATE_NOOP("JourneyJobPage", "Commit"),
    JourneyStep.REPROTECT_TO_AZURE: QT_TRANSLATE_NOOP("JourneyJobPage", "Protection to Azure"),
}
STAGE_TEXT = {  # English; shown through translate()
    JourneyStage.READY: QT_TRANSLATE_NOOP("JourneyJobPage", "ready for failback"),
    JourneyStage.FAILING_BACK: QT_TRANSLATE_NOOP("JourneyJobPage", "failing back"),
    JourneyStage.FAILBACK_FAILED: QT_TRANSLATE_NOOP("JourneyJobPage", "failback failed: cancel it, then retry"),
    JourneyStage.CANCELLING: QT_TRANSLATE_NOOP("JourneyJobPage", "cancelling the failover"),
    JourneyStage.FAILED_BACK: QT_TRANSLATE_NOOP("JourneyJobPage", "failed back on-premises, not committed yet"),
    JourneyStage.COMMITTING: QT_TRANSLATE_NOOP("JourneyJobPage", "committing"),
    JourneyStage.COMMITTED: QT_TRANSLATE_NOOP("JourneyJobPage", "on-premises, not protected"),
    JourneyStage.PROTECTING_TO_AZURE: QT_TRANSLATE_NOOP("JourneyJobPage", "being protected to Azure"),
    JourneyStage.PROTECTED_TO_AZURE: QT_TRANSLATE_NOOP("JourneyJobPage", "protected to Azure"),
    JourneyStage.REPLICATING_BACK: QT_TRANSLATE_NOOP("JourneyJobPage", "replicating back to on-premises"),
    JourneyStage.FAILED_OVER: QT_TRANSLATE_NOOP("JourneyJobPage", "failed over to Azure, not replicating"),
    JourneyStage.REPROTECTING: QT_TRANSLATE_NOOP("JourneyJobPage", "being reprotected"),
    JourneyStage.BUSY: QT_TRANSLATE_NOOP("JourneyJobPage", "busy with another operation"),
    JourneyStage.UNKNOWN: QT_TRANSLATE_NOOP("JourneyJobPage", "in a state the wizard can't place"),
}


def stage_text(stage: JourneyStage) -> str:
    return QCoreApplication.translate("JourneyJobPage", STAGE_TEXT[stage])


class JourneyJobPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.busy = BusyPanel(self)
        self.overall = QProgressBar(self)
        self.overall.setRange(0, 100)
        self.overall.setAccessibleName(self.tr("Overall progress"))
        self.pane_home = QVBoxLayout()
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("Outcome"))
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.where.setAccessibleName(self.tr("Where the target stands"))
        self.timeline = QLabel(self)
        self.timeline.setWordWrap(True)
        self.timeline.setAccessibleName(self.tr("The journey so far"))
        self.commit_button = QPushButton(self.tr("Check on-premises, then co&mmit…"), self)
        self.reverse_button = QPushButton(self.tr("&Protect to Azure again…"), self)
        self.cancel_button = QPushButton(self.tr("Cancel fail&over…"), self)
        self.failback_button = QPushButton(self.tr("Fail back &again…"), self)
        self.read_again = QPushButton(self.tr("&Read the state again"), self)
        self.report_button = QPushButton(self.tr("Drill repor&t…"), self)
        self.report_button.setAccessibleName(self.tr("Drill report"))
        self.report_button.setToolTip(
            self.tr("Save the drill report (HTML and PDF): the reprotect and every step of the journey since")
        )
        self.report_button.setEnabled(False)
        self.report_button.clicked.connect(self._on_report_clicked)
        self.next_buttons = {
            JourneyStep.COMMIT: self.commit_button,
            JourneyStep.REPROTECT_TO_AZURE: self.reverse_button,
            JourneyStep.CANCEL: self.cancel_button,
            JourneyStep.FAILBACK: self.failback_button,
        }
        row = QHBoxLayout()
        row.addWidget(self.where, 1)
        for step, button in self.next_buttons.items():
            button.hide()
            button.clicked.connect(lambda _checked=False, step=step: self.go_to(step))
            row.addWidget(button)
        row.addWidget(self.read_again)
        self.read_again.hide()
        self.read_again.clicked.connect(self.read_where)
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.overall)
        layout.addLayout(self.pane_home, 1)
        layout.addWidget(self.verdict)
        layout.addLayout(row)
        bottom = QHBoxLayout()
        bottom.addWidget(self.timeline, 1)
        bottom.addWidget(self.report_button)
        layout.addLayout(bottom)
        self.busy.retry_requested.connect(self._retry)
        self.monitor: JobMonitor | None = None
        self.outcomes: tuple[StepOutcome, ...] = ()
        self.position: Position | None = None
        self.notifier: JobEndNotifier | None = None
        self._submitting = False

    # --- names the tests use ------------------------------------------------------------------

    def offered(self) -> tuple[JourneyStep, ...]:
        """The next steps whose buttons are shown now."""
        return tuple(step for step, button in self.next_buttons.items() if not button.isHidden())

    def running(self) -> bool:
        return self._submitting or (self.monitor is not None and bool(self.outcomes) and not self.monitor.finished())

    def finished(self) -> bool:
        return bool(self.outcomes) and self.monitor is not None and self.monitor.finished()

    def isComplete(self) -> bool:
        return not self.running()

    # --- submit once -------------------------------------------------------------------------

    def initializePage(self) -> None:
        s = self.session
        run = s.journey_run
        assert run is not None
        name = QCoreApplication.translate("JourneyJobPage", STEP_NAMES[run.step])
        self.setTitle(self.tr("{step}: {target}").format(step=name, target=run.target_name))
        self.setSubTitle(self.tr("Submitting…"))
        self._reset()
        self.monitor = JobMonitor(s.runner, s.site_recovery, s.clock, time_scale=s.time_scale, parent=self)
        self.monitor.follower.watch_readiness = False  # the journey's jobs: no readiness to watch (section H)
        self.pane_home.addWidget(self.monitor, 1)
        self.monitor.progressed.connect(self.overall.setValue)
        self.monitor.all_ended.connect(self._on_all_ended)
        self.monitor.job_ended.connect(self._on_job_ended)
        self.notifier = JobEndNotifier(self.wizard_())
        self._show_timeline()
        self._submit()

    def cleanupPage(self) -> None:
        if self.monitor is not None:
            self.monitor.stop()

    def _reset(self) -> None:
        if self.monitor is not None:
            self.monitor.stop()
            self.monitor.hide()
            self.monitor.deleteLater()
            self.monitor = None
        self.outcomes, self.position = (), None
        self.verdict.clear()
        self.where.clear()
        self.overall.setValue(0)
        for button in (*self.next_buttons.values(), self.read_again):
            button.hide()
        self.report_button.setEnabled(False)

    def _submit(self) -> None:
        s = self.session
        run = s.journey_run
        assert run is not None
        verdicts = tuple(self.wizard_().journey_review_page.results)
        self._submitting = True
        self.completeChanged.emit()
        self.busy.show_busy(
            self.tr("Submitting the {step} of {target}…").format(
                step=QCoreApplication.translate("JourneyJobPage", STEP_NAMES[run.step]).lower(),
                target=run.target_name,
            )
        )
        s.runner.start(
            lambda ctx: journey_calls.submit_step(s, run, ctx, verdicts),
            pool=Pool.AZURE,
            name=f"submit {run.step}",
            on_success=self._on_submitted,
            on_failure=self._on_submit_failed,
            progress=self.busy.show_progress,
        )

    def _on_submitted(self, outcomes: tuple[StepOutcome, ...]) -> None:
        self._submitting = False
        self.busy.hide()
        self.outcomes = outcomes
        assert self.monitor is not None
        for o in outcomes:
            if o.job_id:
                label = (
                    self.tr("{vm} (already running: followed)").format(vm=o.target_name)
                    if o.attached_to_running
                    else o.target_name
                )
                self.monitor.follow(
                    o.job_id,
                    label,
                    item_id=o.target_id,
                    item_name=o.target_name,
                    attached_to_running=o.attached_to_running,
                )
            elif o.awaiting_job:
                self.monitor.await_job(o.target_id, o.target_name, o.target_name)
            else:
                self.monitor.add_not_started(o.target_name, o.problem, o.target_id)
        problems = " ".join(o.journal_problem for o in outcomes if o.journal_problem)
        if problems:
            self.where.setText(problems)
        self.setSubTitle(
            self.tr("ASR is working. This page follows every task until the job ends; the window stays usable.")
        )
        if not any(o.job_id or o.awaiting_job for o in outcomes):
            self._on_all_ended()
        self.completeChanged.emit()

    def _on_submit_failed(self, failure: JobFailure) -> None:
        # Whether anything reached ASR is unknown: the target's state tells; never resubmit blindly (FB-14).
        self._submitting = False
        self.busy.show_failure(
            JobFailure(
                failure.summary,
                self.tr(
                    "Nothing is sent again automatically. Press Retry to read where {target} stands: a job that "
                    "started is followed, and the next step is offered from there. {next_step}"
                ).format(target=self._target_name(), next_step=failure.next_step),
                failure.detail,
            )
        )
        self.outcomes = ()
        self.completeChanged.emit()

    def _retry(self) -> None:
        self.busy.hide()
        self.read_where()

    def _target_name(self) -> str:
        run = self.session.journey_run
        return run.target_name if run is not None else ""

    # --- the end of the step -----------------------------------------------------------------

    def _on_job_ended(self, job: Job) -> None:
        run = self.session.journey_run
        if run is not None:
            model = self.monitor.model if self.monitor is not None else None
            entry = model.entry(job.job_id) if model is not None and job.job_id in model else None
            target = (entry.item_id if entry is not None else "") or job.item_id or run.target_id
            run.ended.append(StepEnd(run.step, job.job_id, target, job.state is JobState.SUCCEEDED))
            recorder = run.recorder
            if recorder is not None:  # the end goes into the audit (the drill report's timeline)
                self.session.runner.start(lambda ctx: record_job_end(recorder, job), pool=Pool.LOCAL, name="audit")
        if self.notifier is not None:
            self.notifier.job_ended(job)
        self._show_timeline()

    def _on_report_clicked(self) -> None:
        """The drill report of the run the journey belongs to: its records so far, the journey's steps too."""
        s = self.session
        run = s.journey_run
        if run is None or run.recorder is None:
            return
        try:
            report = report_from_records(run.recorder.kept)
        except UserFacingError as exc:
            self.where.setText(f"{ui_text(exc.summary)} {ui_text(exc.next_step)}".strip())
            return
        ask_and_export(self, report, s.audit.path.parent if s.audit else None)

    def _on_all_ended(self) -> None:
        run = self.session.journey_run
        self.report_button.setEnabled(run is not None and run.recorder is not None and bool(run.recorder.kept))
        self.overall.setValue(100)
        self._show_verdict()
        self.completeChanged.emit()
        self.read_where()

    def _show_verdict(self) -> None:
        run = self.session.journey_run
        assert run is not None and self.monitor is not None
        verdict = self.monitor.model.verdict()
        names = ", ".join(m.name for m in run.members)
        step = run.step
        if verdict.failed or not self.monitor.model.job_ids():
            if step is JourneyStep.FAILBACK and run.flow is ReplicationFlow.MODERNIZED:
                text = self.tr(
                    "<b>✖ The planned failover of {target} did not succeed.</b> ASR starts an automatic cancel; if "
                    "that can't finish, cancel the failover here, then fail back again (FB-11, FB-15). Don't "
                    "disable protection: that would throw the replication away."
                ).format(target=run.target_name)
            elif step is JourneyStep.FAILBACK:
                text = self.tr(
                    "<b>✖ The failback of {target} did not succeed.</b> Read the error of the failed task above "
                    "and its fix; then read the state again to see what ASR offers now."
                ).format(target=run.target_name)
            elif step is JourneyStep.REPROTECT_TO_AZURE:
                text = self.tr(
                    "<b>✖ The protection to Azure of {target} did not succeed.</b> Read the error above. If Azure "
                    "refuses classic replication, migrate the VM to the modernized architecture (REV-09)."
                ).format(target=run.target_name)
            else:
                text = self.tr(
                    "<b>✖ The {step} of {target} did not succeed.</b> Read the error above and its fix, then read "
                    "the state again."
                ).format(step=self._step_word(step), target=run.target_name)
        elif step is JourneyStep.FAILBACK:
            text = self.tr(
                "<b>✔ {target} failed back to on-premises.</b> Check the VM(s) on-premises and the application "
                "before you commit (FB-13, CMT-02)."
            ).format(target=run.target_name)
        elif step is JourneyStep.CANCEL:
            text = self.tr(
                "<b>✔ The failover of {target} was cancelled.</b> The Azure VM runs again and replication to "
                "on-premises resumes; fail back again when it is ready (FB-12)."
            ).format(target=run.target_name)
        elif step is JourneyStep.COMMIT:
            text = self.tr(
                "<b>✔ The failback of {target} is committed.</b> {names} run on-premises <b>without protection</b>: "
                "protect them to Azure again now, and remove the Azure resources added after failover (public IPs, "
                "NSG rules) (CMT-07)."
            ).format(target=run.target_name, names=names)
        else:
            text = self.tr(
                "<b>✔ {names} are protected to Azure again.</b> Initial replication to Azure runs now; recovery "
                "points follow when it completes (REV-08). Review each VM's Azure size, network and resource group "
                "before the next failover (REV-06)."
            ).format(names=names)
        self.verdict.setText(text)

    def _step_word(self, step: JourneyStep) -> str:
        return QCoreApplication.translate("JourneyJobPage", STEP_NAMES[step]).lower()

    def read_where(self) -> None:
        """Where-is-this-target: read it again, then offer the steps allowedOperations allows (CMT-06)."""
        s = self.session
        run = s.journey_run
        assert run is not None
        self.read_again.setEnabled(False)
        self.where.setText(self.tr("Reading where {target} stands…").format(target=run.target_name))
        s.runner.start(
            lambda ctx: journey_calls.whereabouts(s, run, ctx),
            pool=Pool.AZURE,
            name="where is the target",
            on_success=self._on_where,
            on_failure=self._on_where_failed,
        )

    def _on_where(self, where: Position) -> None:
        self.position = where
        self.read_again.setEnabled(True)
        self.read_again.show()
        run = self.session.journey_run
        assert run is not None
        if self._follow_running(where):
            self.where.setText(
                self.tr("A job runs on {target}: it is followed above; the next step comes when it ends.").format(
                    target=run.target_name
                )
            )
            for button in self.next_buttons.values():
                button.hide()
            return
        offered = {JourneyStep(step.value) for step in where.next_steps}
        if run.flow is ReplicationFlow.CLASSIC:
            offered.discard(JourneyStep.CANCEL)  # FB-12: never for classic, whatever the service lists
        for step, button in self.next_buttons.items():
            button.setVisible(step in offered)
        text = self.tr("{target} is {stage}.").format(target=run.target_name, stage=stage_text(where.stage))
        if where.stage is JourneyStage.PROTECTED_TO_AZURE or (
            where.stage is JourneyStage.PROTECTING_TO_AZURE and run.protected_to_azure
        ):
            text = self.tr("✔ {target} is protected to Azure again: the journey is complete.").format(
                target=run.target_name
            )
        elif not offered:
            text += " " + self.tr("Nothing else is offered now; read the state again later.")
        if (
            run.flow is ReplicationFlow.MODERNIZED
            and JourneyStep.COMMIT not in offered
            and where.stage
            in (
                JourneyStage.FAILED_BACK,
                JourneyStage.COMMITTED,
            )
        ):
            text += " " + self.tr("ASR does not offer Commit for this item: go on with Protect to Azure (CMT-03).")
        self.where.setText(text)
        # The step this one leads to (CMT-07: commit → protect to Azure; FB-15: cancel → fail back) takes the focus.
        after = step_flow(run.step).after
        shown = [step for step, b in self.next_buttons.items() if not b.isHidden()]
        chosen = after if after in shown else (shown[0] if shown else None)
        if chosen is not None:
            self.next_buttons[chosen].setDefault(True)
            self.next_buttons[chosen].setFocus()

    def _follow_running(self, where: Position) -> bool:
        """FB-14: a submit whose answer was lost may have started the job: found on the target, it is followed
        (never sent again). True when a job not followed yet was taken up."""
        run = self.session.journey_run
        monitor = self.monitor
        state = where.state
        running = state.running_job_id or next((m.running_job_id for m in state.members if m.running_job_id), None)
        if run is None or monitor is None or not running or running in monitor.model:
            return False
        outcome = StepOutcome(
            journey_calls.service_step(run.step), run.target_id, run.target_name, running, attached_to_running=True
        )
        self.outcomes = (*self.outcomes, outcome)
        self.busy.hide()
        for entry in monitor.model.entries():  # the refusal that was only a lost answer counts by its job now
            if entry.kind is EntryKind.NOT_STARTED and entry.item_id == run.target_id:
                monitor.model.supersede(entry.key)
        monitor.follow(
            running,
            self.tr("{vm} (already running: followed)").format(vm=run.target_name),
            item_id=run.target_id,
            item_name=run.target_name,
            attached_to_running=True,
        )
        self.completeChanged.emit()
        return True

    def _on_where_failed(self, failure: JobFailure) -> None:
        self.read_again.setEnabled(True)
        self.read_again.show()
        self.where.setText(f"{failure.summary} {failure.next_step}")

    def go_to(self, step: JourneyStep) -> None:
        run = self.session.journey_run
        assert run is not None
        if step is JourneyStep.CANCEL and run.flow is not ReplicationFlow.MODERNIZED:
            return  # FB-12
        self.wizard_().start_journey_step(step)

    def _show_timeline(self) -> None:
        run = self.session.journey_run
        if run is None:
            return
        parts = [self.tr("Reprotect ✔"), self.tr("Ready ✔")]
        for end in run.ended:
            mark = "✔" if end.ok else "✖"
            parts.append(f"{QCoreApplication.translate('JourneyJobPage', STEP_NAMES[end.step])} {mark}")
        self.timeline.setText(self.tr("Journey: {steps}").format(steps=" → ".join(parts)))
