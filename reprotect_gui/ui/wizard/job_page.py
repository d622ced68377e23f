"""Page 8: the live job pane — submit once, then follow every job's tasks until the end."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QStyle, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from reprotect_gui.domain.job_errors import explain_job_error
from reprotect_gui.domain.models import Job, JobError, JobState, OsType
from reprotect_gui.domain.polling import next_poll_interval
from reprotect_gui.services.jobs import JobReading, read_jobs
from reprotect_gui.services.submit import SubmitOutcome, submit_reprotects
from reprotect_gui.ui.jobs import JobFailure
from reprotect_gui.ui.widgets import BusyPanel
from reprotect_gui.ui.wizard.base import Page

STATE_TEXT = {
    JobState.NOT_STARTED: "Not started",
    JobState.IN_PROGRESS: "In progress",
    JobState.SUCCEEDED: "Succeeded",
    JobState.FAILED: "Failed",
    JobState.CANCELLED: "Cancelled",
    JobState.SUSPENDED: "Suspended",
}
STATE_ICONS = {
    JobState.NOT_STARTED: QStyle.StandardPixmap.SP_MediaPause,
    JobState.IN_PROGRESS: QStyle.StandardPixmap.SP_BrowserReload,
    JobState.SUCCEEDED: QStyle.StandardPixmap.SP_DialogApplyButton,
    JobState.FAILED: QStyle.StandardPixmap.SP_MessageBoxCritical,
    JobState.CANCELLED: QStyle.StandardPixmap.SP_DialogCancelButton,
}


def _duration(start: datetime | None, end: datetime | None, now: datetime) -> str:
    if start is None:
        return ""
    seconds = int(((end or now) - start).total_seconds())
    return f"{seconds // 60}:{seconds % 60:02d}"


class JobPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle("Reprotect jobs")
        self.setSubTitle("ASR is working. This page follows every task until the job ends; the window stays usable.")
        self.busy = BusyPanel(self)
        self.overall = QProgressBar(self)
        self.overall.setRange(0, 100)
        self.overall.setAccessibleName("Overall progress")
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(["Job / task", "State", "Started", "Elapsed"])
        self.tree.setAccessibleName("Jobs and their tasks")
        self.tree.setColumnWidth(0, 320)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.poll_status = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.overall)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.verdict)
        layout.addWidget(self.poll_status)
        self.outcomes: tuple[SubmitOutcome, ...] = ()
        self.jobs: dict[str, Job] = {}
        self._started = False
        self._polling = False
        self._interval_s = 2.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._poll)
        self.busy.retry_requested.connect(self._poll)

    # --- submit once ---------------------------------------------------------------------------

    def initializePage(self) -> None:
        if self._started:
            return
        self._started = True
        s = self.session
        review = self.wizard_().review_page
        requests = review.requests
        self._interval_s = s.poll_interval_s
        self.busy.show_busy(f"Submitting {len(requests)} reprotect request(s)…")
        job = s.runner.start(lambda ctx: submit_reprotects(s.site_recovery, requests, ctx), pool="azure", name="submit")
        job.signals.progressed.connect(self.busy.show_progress)
        job.signals.succeeded.connect(self._on_submitted)
        job.signals.failed.connect(self._on_submit_failed)

    def _on_submitted(self, outcomes: tuple[SubmitOutcome, ...]) -> None:
        self.outcomes = outcomes
        self.busy.hide()
        for o in outcomes:
            top = QTreeWidgetItem([o.item_name, "Submitting…" if o.job_id else "Not started", "", ""])
            if o.problem:
                top.addChild(QTreeWidgetItem(["Why", o.problem]))
                top.setIcon(0, self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical))
            elif o.attached_to_running:
                top.setToolTip(0, "A reprotect job was already running on this VM: following it instead of starting another.")
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self._poll()

    def _on_submit_failed(self, failure: JobFailure) -> None:
        # Whether anything reached ASR is unknown: the item state tells; never resubmit blindly.
        self.busy.show_failure(
            JobFailure(
                failure.summary,
                "Nothing is sent again automatically. Reload the vault to see whether a job started; "
                + failure.next_step,
                failure.detail,
            )
        )
        self.completeChanged.emit()

    # --- follow --------------------------------------------------------------------------------

    def job_ids(self) -> list[str]:
        return [o.job_id for o in self.outcomes if o.job_id]

    def _poll(self) -> None:
        ids = [j for j in self.job_ids() if j not in self.jobs or not self.jobs[j].state.is_final]
        if not ids or self._polling:
            return
        self._polling = True
        s = self.session
        job = s.runner.start(lambda ctx: read_jobs(s.site_recovery, ids, ctx), pool="azure", name="follow jobs")
        job.signals.succeeded.connect(self._on_read)
        job.signals.failed.connect(self._on_read_failed)

    def _on_read(self, readings: tuple[JobReading, ...]) -> None:
        self._polling = False
        changed = False
        problems = []
        for r in readings:
            if r.job is None:
                problems.append(r.problem)
                continue
            changed |= self.jobs.get(r.job_id) != r.job
            self.jobs[r.job_id] = r.job
        self._render()
        self.poll_status.setText("; ".join(problems) + (" Retrying…" if problems else ""))
        self._interval_s = next_poll_interval(self._interval_s, changed=changed, failed=bool(problems))
        self._schedule()

    def _on_read_failed(self, failure: JobFailure) -> None:
        self._polling = False
        self.poll_status.setText(f"{failure.summary} Retrying in a moment. {failure.next_step}")
        self._interval_s = next_poll_interval(self._interval_s, changed=False, failed=True)
        self._schedule()

    def _schedule(self) -> None:
        if not self.finished():
            scale = self.session.poll_interval_s / 2.0  # the training estate polls faster
            self._timer.start(int(self._interval_s * scale * 1000))
        self.completeChanged.emit()

    def finished(self) -> bool:
        ids = self.job_ids()
        return all(j in self.jobs and self.jobs[j].state.is_final for j in ids)

    def isComplete(self) -> bool:
        return bool(self.outcomes) and self.finished()

    # --- render --------------------------------------------------------------------------------

    def _render(self) -> None:
        now = self.session.clock.now()
        style = self.style()
        by_job = {o.job_id: i for i, o in enumerate(self.outcomes)}
        fractions = []
        for job_id, job in self.jobs.items():
            top = self.tree.topLevelItem(by_job[job_id])
            top.setText(1, STATE_TEXT.get(job.state, job.state_description or job.state.value))
            top.setText(2, job.start_time.astimezone().strftime("%H:%M:%S") if job.start_time else "")
            top.setText(3, _duration(job.start_time, job.end_time, now))
            top.setIcon(0, style.standardIcon(STATE_ICONS.get(job.state, QStyle.StandardPixmap.SP_MessageBoxQuestion)))
            while top.childCount() < len(job.tasks):
                top.addChild(QTreeWidgetItem(["", "", "", ""]))
            for i, task in enumerate(job.tasks):
                row = top.child(i)
                row.setText(0, task.friendly_name)
                row.setText(1, STATE_TEXT.get(task.state, task.state_description or task.state.value))
                row.setText(2, task.start_time.astimezone().strftime("%H:%M:%S") if task.start_time else "")
                row.setText(3, _duration(task.start_time, task.end_time, now))
                row.setIcon(0, style.standardIcon(STATE_ICONS.get(task.state, QStyle.StandardPixmap.SP_MessageBoxQuestion)))
                self._show_errors(row, task.errors)
            fractions.append(job.progress)
        total = len(self.job_ids()) or 1
        self.overall.setValue(int(100 * sum(fractions) / total))
        if self.finished() and self.jobs:
            self._show_verdict()

    @staticmethod
    def _show_errors(row: QTreeWidgetItem, errors: tuple[JobError, ...]) -> None:
        if row.childCount() or not errors:
            return
        for e in errors:
            explained = explain_job_error(e)
            node = QTreeWidgetItem([f"Error {explained.code}", e.message])
            node.setToolTip(1, e.message)
            if e.possible_causes:
                node.addChild(QTreeWidgetItem(["Possible causes (ASR)", e.possible_causes]))
            if e.recommended_action:
                node.addChild(QTreeWidgetItem(["Recommended action (ASR)", e.recommended_action]))
            if explained.known:
                # SUB-07: the documented cause and fix for this code, linked to its catalog rule.
                label = f"Known cause ({explained.catalog_id}" + (f", {explained.check_id})" if explained.check_id else ")")
                node.addChild(QTreeWidgetItem([label, explained.cause]))
                node.addChild(QTreeWidgetItem(["Fix", explained.fix]))
            for i in range(node.childCount()):
                node.child(i).setToolTip(1, node.child(i).text(1))
            row.addChild(node)
            node.setExpanded(True)
        row.setExpanded(True)

    def _show_verdict(self) -> None:
        failed = [j for j in self.jobs.values() if j.state is not JobState.SUCCEEDED]
        not_started = [o for o in self.outcomes if not o.job_id]
        items = self.session.selection.items
        advice = [
            "SUB-01: keep the on-premises VMs powered off; ASR powered them off for the reprotect.",
            "SUB-06: failback needs at least one recovery point for every VM; wait until one exists.",
            "Next step: failback (planned failover to on-premises). It shuts the Azure VMs down: plan the downtime (SUB-03).",
        ]
        if any(i.os_type is OsType.LINUX for i in items):
            advice.append("SUB-04: after failback, Linux VMs come back with DHCP instead of their static IP; reset it by hand.")
        if failed or not_started:
            head = f"<b>✖ {len(failed) + len(not_started)} of {len(self.outcomes)} reprotect(s) did not succeed.</b> "
            head += "Read the error of the failed task above; fix the cause, then run the wizard again for those VMs."
            self.verdict.setText(head)
        else:
            self.verdict.setText(
                f"<b>✔ Reprotect succeeded for {len(self.outcomes)} VM(s).</b> They now replicate from Azure to "
                "on-premises.<br>" + "<br>".join(advice)
            )
