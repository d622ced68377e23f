"""The job pane: a view of a run (domain/run.py) that a follower (ui/follower.py) keeps current.

Every job with its ASR job ID and each task with its state, start, end and duration; selecting a
job, task or error shows a word-wrapped, selectable details area (VM, job ID, task, ASR's error
code, message, possible causes and recommended action, the catalog's known cause and fix, time)
that "Copy details" copies as text. A waiting job (`Suspended`, …) says what it waits for and
what ASR allows; unknown states show as ASR wrote them and are followed as live. After a
reprotect succeeded, the readiness table says per VM "Ready for failback" or why not yet (RDY-).
The pane can be detached into its own window and brought back.

Nothing here blocks the GUI thread: reads run on the runner's azure pool, one cycle at a time,
and the tree is updated in place (only rows whose job changed are touched).
"""

from __future__ import annotations

import logging
import time
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reprotect_gui.domain.checks.readiness import Readiness, minutes_text, percent_text, plan_readiness
from reprotect_gui.domain.job_errors import explain_job_error
from reprotect_gui.domain.models import Job, JobError, JobState, JobTask
from reprotect_gui.domain.ports import Clock, SiteRecovery
from reprotect_gui.domain.replication import ReplicationStatus
from reprotect_gui.domain.report import duration_text
from reprotect_gui.domain.run import Changes, Entry, EntryKind, RunModel
from reprotect_gui.domain.verdicts import Status
from reprotect_gui.ui import i18n
from reprotect_gui.ui.follower import RunFollower
from reprotect_gui.ui.i18n import asr_error_text, fix_text, job_error_text
from reprotect_gui.ui.i18n import text as ui_text
from reprotect_gui.ui.jobs import JobRunner
from reprotect_gui.ui.translate_noop import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

STATE_TEXT = {  # English; shown through translate()
    JobState.NOT_STARTED: QT_TRANSLATE_NOOP("JobMonitor", "Not started"),
    JobState.IN_PROGRESS: QT_TRANSLATE_NOOP("JobMonitor", "In progress"),
    JobState.SUCCEEDED: QT_TRANSLATE_NOOP("JobMonitor", "Succeeded"),
    JobState.FAILED: QT_TRANSLATE_NOOP("JobMonitor", "Failed"),
    JobState.CANCELLED: QT_TRANSLATE_NOOP("JobMonitor", "Cancelled"),
    JobState.SUSPENDED: QT_TRANSLATE_NOOP("JobMonitor", "Suspended"),
}
ACTION_WORDS = {  # ASR's allowedActions in plain words; English, shown through translate()
    "cancel": QT_TRANSLATE_NOOP("JobMonitor", "cancel it"),
    "resume": QT_TRANSLATE_NOOP("JobMonitor", "resume it"),
    "restart": QT_TRANSLATE_NOOP("JobMonitor", "restart it"),
}
STATE_ICONS = {
    JobState.NOT_STARTED: QStyle.StandardPixmap.SP_MediaPause,
    JobState.IN_PROGRESS: QStyle.StandardPixmap.SP_BrowserReload,
    JobState.SUCCEEDED: QStyle.StandardPixmap.SP_DialogApplyButton,
    JobState.FAILED: QStyle.StandardPixmap.SP_MessageBoxCritical,
    JobState.CANCELLED: QStyle.StandardPixmap.SP_DialogCancelButton,
    JobState.SUSPENDED: QStyle.StandardPixmap.SP_MediaPause,
}
COLUMNS = [  # English; shown through translate()
    QT_TRANSLATE_NOOP("JobMonitor", "Job / task"),
    QT_TRANSLATE_NOOP("JobMonitor", "Job ID"),
    QT_TRANSLATE_NOOP("JobMonitor", "State"),
    QT_TRANSLATE_NOOP("JobMonitor", "Started"),
    QT_TRANSLATE_NOOP("JobMonitor", "Ended"),
    QT_TRANSLATE_NOOP("JobMonitor", "Duration"),
]
C_NAME, C_ID, C_STATE, C_START, C_END, C_DURATION = range(6)
READINESS_COLUMNS = [
    QT_TRANSLATE_NOOP("JobMonitor", "VM"),
    QT_TRANSLATE_NOOP("JobMonitor", "Ready for failback?"),
    QT_TRANSLATE_NOOP("JobMonitor", "Protection"),
    QT_TRANSLATE_NOOP("JobMonitor", "Health"),
    QT_TRANSLATE_NOOP("JobMonitor", "Initial replication"),
    QT_TRANSLATE_NOOP("JobMonitor", "RPO"),
    QT_TRANSLATE_NOOP("JobMonitor", "Latest recovery point"),
    QT_TRANSLATE_NOOP("JobMonitor", "Read at"),
]
VERDICT_WORDS = {  # a readiness verdict's status in the details area
    Status.BLOCK: QT_TRANSLATE_NOOP("JobMonitor", "BLOCK"),
    Status.WARN: QT_TRANSLATE_NOOP("JobMonitor", "WARN"),
    Status.UNKNOWN: QT_TRANSLATE_NOOP("JobMonitor", "UNKNOWN"),
    Status.INFO: QT_TRANSLATE_NOOP("JobMonitor", "INFO"),
    Status.PASS: QT_TRANSLATE_NOOP("JobMonitor", "PASS"),
}
RENDER_SLICE_S = 0.004  # the longest the pane redraws rows before giving the event loop its turn
ROLE = Qt.ItemDataRole.UserRole
Selected = tuple[
    Any, ...
]  # ("job", key) | ("task", key, index or None) | ("readiness", item id)  # what a row shows: ("job", key) | ("task", key, index) | ("error", key, index, n)


def _tr(text: str) -> str:
    """Translate a text marked with QT_TRANSLATE_NOOP("JobMonitor", ...) above."""
    return QCoreApplication.translate("JobMonitor", text)


# --- the one place states and task names become words (translation plugs in here) ------------------


def state_text(state: JobState, raw: str = "") -> str:
    """A job or task state in the operator's language; a state the wizard has no name for shows as ASR wrote it."""
    if state in STATE_TEXT:
        return _tr(STATE_TEXT[state])
    return i18n.state_text(raw or state.value)


def task_text(name: str) -> str:
    """A task's friendly name as ASR gave it, in the operator's language where a translation exists."""
    return i18n.task_text(name) if name else name


def actions_text(actions: tuple[str, ...]) -> str:
    words = [_tr(ACTION_WORDS[a.lower()]) if a.lower() in ACTION_WORDS else a for a in actions]
    return ", ".join(words)


def waiting_text(job: Job | JobTask) -> str:
    """What a suspended (or otherwise waiting) job waits for, and what ASR allows, in plain words."""
    what = job.state_description or ""
    text = (
        QCoreApplication.translate("JobMonitor", "Waiting: {what}.").format(what=i18n.state_text(what))
        if what and what != job.state.value
        else ""
    )
    actions = getattr(job, "allowed_actions", ())
    if actions:
        text += (" " if text else "") + QCoreApplication.translate(
            "JobMonitor", "In the Azure portal you can {actions}."
        ).format(actions=actions_text(actions))
    return text


def row_state_text(job: Job | JobTask) -> str:
    base = state_text(job.state, getattr(job, "raw_state", "") or job.state_description)
    if job.state is JobState.SUSPENDED or (job.state is JobState.OTHER and job.state_description):
        extra = job.state_description if job.state_description not in ("", base, job.state.value) else ""
        return f"{base} — {i18n.state_text(extra)}" if extra else base
    return base


def _clock_time(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%H:%M:%S") if moment else ""


def _full_time(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z") if moment else ""


def _duration(start: datetime | None, end: datetime | None, now: datetime) -> str:
    if start is None:
        return ""
    return duration_text(((end or now) - start).total_seconds())


# --- details text (what "Copy details" copies) --------------------------------------------------------


def error_lines(e: JobError) -> list[str]:
    explained = explain_job_error(e)
    lines = [
        QCoreApplication.translate("JobMonitor", "Error code: {code}").format(code=explained.code or "—"),
        QCoreApplication.translate("JobMonitor", "Message: {text}").format(text=asr_error_text(e.message)),
    ]
    if e.possible_causes:
        lines.append(
            QCoreApplication.translate("JobMonitor", "Possible causes (ASR): {text}").format(
                text=asr_error_text(e.possible_causes)
            )
        )
    if e.recommended_action:
        lines.append(
            QCoreApplication.translate("JobMonitor", "Recommended action (ASR): {text}").format(
                text=asr_error_text(e.recommended_action)
            )
        )
    if explained.known:
        lines.append(
            QCoreApplication.translate("JobMonitor", "Known cause ({catalog}, check {check}): {text}").format(
                catalog=explained.catalog_id, check=explained.check_id, text=job_error_text(explained.cause)
            )
        )
        lines.append(QCoreApplication.translate("JobMonitor", "Fix: {text}").format(text=job_error_text(explained.fix)))
    if e.at is not None:
        lines.append(QCoreApplication.translate("JobMonitor", "Time: {when}").format(when=_full_time(e.at)))
    return lines


def details_text(entry: Entry, task_index: int | None = None) -> str:
    """The selected job (or task) in words: every field the operator may need to escalate."""
    job = entry.job
    lines = [QCoreApplication.translate("JobMonitor", "VM: {vm}").format(vm=entry.item_name)]
    if entry.kind is EntryKind.JOB:
        lines.append(QCoreApplication.translate("JobMonitor", "ASR job ID: {job}").format(job=entry.key))
    if job is None:
        if entry.kind is EntryKind.AWAITING:
            lines.append(
                QCoreApplication.translate(
                    "JobMonitor",
                    "Azure accepted the request but sent nothing to follow it by; the pane keeps reading the item "
                    "until its job shows.",
                )
            )
        elif entry.kind is EntryKind.NOT_STARTED:
            lines.append(
                QCoreApplication.translate("JobMonitor", "Not started: {why}").format(why=ui_text(entry.problem))
            )
        elif entry.gone:
            lines.append(
                QCoreApplication.translate(
                    "JobMonitor",
                    "The vault no longer knows this job ({why}); it is not followed any more. Check the vault's "
                    "Site Recovery jobs in the Azure portal for what became of it.",
                ).format(why=ui_text(entry.problem))
            )
        else:
            lines.append(QCoreApplication.translate("JobMonitor", "Waiting for the first answer…"))
        return "\n".join(lines)
    lines.append(
        QCoreApplication.translate("JobMonitor", "Job: {name} — {state}").format(
            name=task_text(job.friendly_name), state=row_state_text(job)
        )
    )
    waiting = waiting_text(job) if not job.state.is_final else ""
    if waiting:
        lines.append(waiting)
    if not job.state.is_final:
        lines.append(cancel_text(job))
    # The task and its error first (the text people escalate), the times after.
    tasks = [job.tasks[task_index]] if task_index is not None and task_index < len(job.tasks) else list(job.tasks)
    errors_shown = False
    for task in tasks:
        if task_index is None and not task.errors and task.state is not JobState.SUSPENDED:
            continue
        lines.append("")
        lines.append(
            QCoreApplication.translate("JobMonitor", "Task: {task} — {state}").format(
                task=task_text(task.friendly_name), state=row_state_text(task)
            )
        )
        for e in task.errors:
            errors_shown = True
            lines += error_lines(e)
        if task.start_time:
            lines.append(
                QCoreApplication.translate("JobMonitor", "Started: {when}").format(when=_full_time(task.start_time))
            )
        if task.end_time:
            lines.append(
                QCoreApplication.translate("JobMonitor", "Ended: {when}").format(when=_full_time(task.end_time))
            )
    if not errors_shown and task_index is None:
        for e in job.errors:
            lines.append("")
            lines += error_lines(e)
    lines.append("")
    if job.start_time:
        lines.append(
            QCoreApplication.translate("JobMonitor", "Started: {when}").format(when=_full_time(job.start_time))
        )
    if job.end_time:
        lines.append(QCoreApplication.translate("JobMonitor", "Ended: {when}").format(when=_full_time(job.end_time)))
    return "\n".join(lines)


def cancel_text(job: Job) -> str:
    if any(a.lower() == "cancel" for a in job.allowed_actions):
        return QCoreApplication.translate(
            "JobMonitor", "ASR allows cancelling this job (in the Azure portal); closing the wizard does not cancel it."
        )
    return QCoreApplication.translate(
        "JobMonitor", "ASR does not allow cancelling this job now; closing the wizard does not cancel it."
    )


def readiness_text(readiness: Readiness | None) -> str:
    if readiness is None:
        return QCoreApplication.translate("JobMonitor", "Reading…")
    if readiness.ready and not readiness.warnings:
        return QCoreApplication.translate("JobMonitor", "Ready for failback")
    if readiness.ready:
        first = readiness.warnings[0]
        return QCoreApplication.translate(
            "JobMonitor", "Ready for failback after you confirm — {id}: {finding}"
        ).format(id=first.check_id, finding=ui_text(first.finding))
    first = readiness.reasons[0]
    return QCoreApplication.translate("JobMonitor", "Not yet — {id}: {finding}").format(
        id=first.check_id, finding=ui_text(first.finding)
    )


def readiness_details(entry: Entry, readiness: Readiness | None, status: ReplicationStatus | None) -> str:
    lines = [QCoreApplication.translate("JobMonitor", "VM: {vm}").format(vm=entry.item_name), readiness_text(readiness)]
    if status is not None:
        lines.append(
            QCoreApplication.translate("JobMonitor", "Read at: {when}").format(when=_full_time(status.read_at))
        )
    if readiness is not None:
        for v in sorted(readiness.verdicts, key=lambda v: (v.status.rank, v.check_id)):
            lines.append("")
            lines.append(f"[{_tr(VERDICT_WORDS[v.status])}] {v.check_id}: {ui_text(v.finding)}")
            lines += [f"    {ui_text(e)}" for e in v.evidence]
            if v.remediation and v.status is not Status.PASS:
                lines.append(
                    "    "
                    + QCoreApplication.translate("JobMonitor", "Fix: {text}").format(text=fix_text(v.remediation))
                )
    return "\n".join(lines)


class JobMonitor(QWidget):
    """The pane. Signals: job_ended(Job), all_ended(), progressed(int percent), detached_changed(bool),
    readiness_changed(), adopted(str item id, str job id), failback_requested(str item id, "" = the plan)."""

    job_ended = Signal(object)
    all_ended = Signal()
    progressed = Signal(int)
    detached_changed = Signal(bool)
    readiness_changed = Signal()
    adopted = Signal(str, str)
    failback_requested = Signal(str)

    def __init__(
        self,
        runner: JobRunner,
        site_recovery: SiteRecovery,
        clock: Clock,
        *,
        time_scale: float = 1.0,
        model: RunModel | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model or RunModel()
        self._clock = clock
        self.follower = RunFollower(self.model, runner, site_recovery, clock, time_scale=time_scale, parent=self)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([_tr(c) for c in COLUMNS])
        self.tree.setAccessibleName(self.tr("Jobs and their tasks"))
        self.tree.setColumnWidth(C_NAME, 260)
        self.tree.setColumnWidth(C_ID, 290)  # an ASR job ID is a GUID: shown whole
        self.tree.setColumnWidth(C_STATE, 140)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.details.setAccessibleName(self.tr("Details of the selected job or task"))
        self.details.setPlaceholderText(self.tr("Select a job, task or VM to read its details here."))
        self.copy_button = QPushButton(self.tr("&Copy details"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the details as text"))
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy_details)
        self.readiness_title = QLabel(self.tr("Ready for failback? (re-read every few minutes, RDY-14)"), self)
        self.readiness_tree = QTreeWidget(self)
        self.readiness_tree.setHeaderLabels([_tr(c) for c in READINESS_COLUMNS])
        self.readiness_tree.setAccessibleName(self.tr("Readiness for failback per VM"))
        self.readiness_tree.setRootIsDecorated(False)
        for column, width in enumerate((110, 330, 90, 80, 115, 70, 175, 80)):
            self.readiness_tree.setColumnWidth(column, width)
        self.readiness_tree.setMaximumHeight(140)  # a few VMs at a glance; more scroll
        self.readiness_title.setBuddy(self.readiness_tree)
        for w in (self.readiness_title, self.readiness_tree):
            w.hide()
        # The journey starts here (issue 18): a ready VM, or a ready plan (RDY-13), is failed back.
        self.failback_vm_button = QPushButton(self.tr("Fail back &VM…"), self)
        self.failback_vm_button.setAccessibleName(self.tr("Fail back the selected VM"))
        self.failback_vm_button.setToolTip(self.tr("Choose a VM that is ready for failback in the table above"))
        self.failback_vm_button.clicked.connect(self._on_failback_vm_clicked)
        self.failback_plan_button = QPushButton(self.tr("Fail back pla&n…"), self)
        self.failback_plan_button.setAccessibleName(self.tr("Fail back the recovery plan"))
        self.failback_plan_button.clicked.connect(lambda: self.failback_requested.emit(""))
        self.offers_failback = False  # set by the page that can walk the journey
        self.poll_status = QLabel(self)
        self.poll_status.setWordWrap(True)
        self.poll_status.setAccessibleName(self.tr("Polling status"))
        self.detach_button = QPushButton(self.tr("&Detach"), self)
        self.detach_button.setAccessibleName(self.tr("Detach or bring back the job pane"))
        self.detach_button.setToolTip(self.tr("Follow the jobs in a window of their own"))
        self.detach_button.clicked.connect(self.toggle_detached)

        details_box = QWidget(self)
        details_layout = QVBoxLayout(details_box)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.details, 1)
        copy_row = QHBoxLayout()
        copy_row.addStretch(1)
        copy_row.addWidget(self.copy_button)
        details_layout.addLayout(copy_row)
        readiness_box = QWidget(self)
        readiness_layout = QVBoxLayout(readiness_box)
        readiness_layout.setContentsMargins(0, 0, 0, 0)
        readiness_layout.addWidget(self.readiness_title)
        readiness_layout.addWidget(self.readiness_tree, 1)
        journey_row = QHBoxLayout()
        journey_row.addStretch(1)
        journey_row.addWidget(self.failback_vm_button)
        journey_row.addWidget(self.failback_plan_button)
        readiness_layout.addLayout(journey_row)
        for button in (self.failback_vm_button, self.failback_plan_button):
            button.hide()
        self._readiness_box = readiness_box
        readiness_box.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.poll_status, 1)
        bottom.addWidget(self.detach_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 3)
        layout.addWidget(readiness_box, 0)
        layout.addWidget(details_box, 2)
        layout.addLayout(bottom)

        self.plan_name = ""  # set in plan mode: the readiness title then judges the plan (RDY-13)
        self._rows: dict[str, QTreeWidgetItem] = {}
        self._readiness_rows: dict[str, QTreeWidgetItem] = {}
        self._icons: dict[JobState, QIcon] = {}
        self._window: MonitorWindow | None = None
        self._home: tuple[QWidget, int] | None = None
        self._selected: Selected | None = None
        self._to_render: dict[str, None] = {}  # keys of rows to redraw, in order
        self._shown: dict[str, Job | None] = {}  # the job each row shows
        self._task_cache: dict[str, tuple[JobTask, ...]] = {}
        self._ended_to_show = False
        self._all_ended_due = False
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.timeout.connect(self._render_some)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.readiness_tree.currentItemChanged.connect(self._on_readiness_current_changed)
        f = self.follower
        f.changed.connect(self._on_changed)
        f.job_ended.connect(self.job_ended)
        f.all_ended.connect(self._on_all_ended)
        f.status_changed.connect(self._show_status)
        f.readiness_changed.connect(self._render_readiness)
        f.adopted.connect(self.adopted)
        for e in self.model.entries():
            self._add_row(e)

    # --- what to follow ------------------------------------------------------------------------

    @property
    def jobs(self) -> dict[str, Job]:
        return self.model.jobs()

    def follow(
        self,
        job_id: str,
        label: str,
        *,
        item_id: str = "",
        item_name: str = "",
        since: datetime | None = None,
        attached_to_running: bool = False,
        retry: bool = False,
        step: str = "",
    ) -> None:
        if self.model.follow(
            job_id,
            label,
            item_id=item_id,
            item_name=item_name,
            since=since or self._clock.now(),
            attached_to_running=attached_to_running,
            retry=retry,
            step=step,
        ):
            self._add_row(self.model.entry(job_id))
        self.follower.start()

    def await_job(self, item_id: str, item_name: str, label: str) -> None:
        key = self.model.await_job(item_id, item_name, label, self._clock.now())
        self._add_row(self.model.entry(key))
        self.follower.start()

    def add_not_started(self, label: str, problem: str, item_id: str = "") -> None:
        """An item whose reprotect was not started: shown with the reason, never followed."""
        key = self.model.not_started(item_id, label, label, problem)
        self._add_row(self.model.entry(key))

    def job_ids(self) -> list[str]:
        return self.model.job_ids()

    def finished(self) -> bool:
        return self.model.finished()

    def stop(self) -> None:
        self.follower.stop()

    def poll_now(self) -> None:
        self.follower.poll_now()

    def percent_done(self) -> int:
        return self.model.percent_done()

    # --- rendering -----------------------------------------------------------------------------

    def _icon(self, state: JobState) -> QIcon:
        if state not in self._icons:
            pixmap = STATE_ICONS.get(state, QStyle.StandardPixmap.SP_MessageBoxQuestion)
            self._icons[state] = self.style().standardIcon(pixmap)
        return self._icons[state]

    def _add_row(self, entry: Entry) -> None:
        if entry.key in self._rows:
            return
        row = QTreeWidgetItem([entry.label, entry.job_id or "", "", "", "", ""])
        row.setData(C_NAME, ROLE, ("job", entry.key))
        self.tree.addTopLevelItem(row)
        self._rows[entry.key] = row
        self._render_entry(entry)
        row.setExpanded(True)

    def _on_changed(self, changes: Changes) -> None:
        for item_id, job_id in changes.adopted:
            row = self._rows.pop(f"item:{item_id}", None)
            if row is not None:
                self._rows[job_id] = row
                row.setData(C_NAME, ROLE, ("job", job_id))
        for key in changes.updated:
            self._to_render[key] = None
        self._ended_to_show = self._ended_to_show or bool(changes.ended)
        self._render_some()

    def _on_all_ended(self) -> None:
        self._all_ended_due = True
        self._render_some()

    def _render_some(self) -> None:
        """Redraw changed rows a slice at a time, so a poll of 100 jobs never stalls the GUI thread;
        `all_ended` goes out once every row shows its end."""
        deadline = time.perf_counter() + RENDER_SLICE_S
        while self._to_render and time.perf_counter() < deadline:
            key = next(iter(self._to_render))
            del self._to_render[key]
            if key in self.model:
                self._render_entry(self.model.entry(key))
        if self._to_render:
            self._render_timer.start(0)
            return
        if self._ended_to_show:
            self._ended_to_show = False
            self._select_first_failure()
        self.progressed.emit(self.model.percent_done())
        self._refresh_details()
        if self._all_ended_due:
            self._all_ended_due = False
            self.all_ended.emit()

    def _render_entry(self, entry: Entry) -> None:
        top = self._rows.get(entry.key)
        if top is None:
            return
        if entry.job is not None and self._shown.get(entry.key) is entry.job and not self._running(entry.job):
            return  # nothing new to show
        self._shown[entry.key] = entry.job
        top.setText(C_ID, entry.job_id or "")
        if entry.job_id:
            top.setToolTip(C_ID, self.tr("ASR job {job}").format(job=entry.job_id))
        job = entry.job
        if job is None:
            if entry.kind is EntryKind.NOT_STARTED:
                top.setText(C_STATE, state_text(JobState.NOT_STARTED))
                top.setIcon(C_NAME, self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical))
                if top.childCount() == 0:
                    why = QTreeWidgetItem([self.tr("Why"), "", ui_text(entry.problem)])
                    why.setData(C_NAME, ROLE, ("job", entry.key))
                    top.addChild(why)
            elif entry.gone:
                top.setText(C_STATE, self.tr("No longer in the vault"))
                top.setIcon(C_NAME, self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
                if top.childCount() == 0:
                    why = QTreeWidgetItem([self.tr("Why"), "", ui_text(entry.problem)])
                    why.setData(C_NAME, ROLE, ("job", entry.key))
                    top.addChild(why)
            elif entry.kind is EntryKind.AWAITING:
                top.setText(C_STATE, self.tr("Looking for its job…"))
            else:
                top.setText(C_STATE, self.tr("Waiting for the first answer…"))
            return
        now = self._clock.now()
        previous_state = top.data(C_STATE, ROLE)
        top.setText(C_STATE, row_state_text(job))
        top.setToolTip(C_STATE, waiting_text(job) or row_state_text(job))
        top.setText(C_START, _clock_time(job.start_time))
        top.setText(C_END, _clock_time(job.end_time))
        top.setText(C_DURATION, _duration(job.start_time, job.end_time, now))
        if previous_state != job.state.value:
            top.setIcon(C_NAME, self._icon(job.state))
            top.setData(C_STATE, ROLE, job.state.value)
        while top.childCount() < len(job.tasks):
            child = QTreeWidgetItem(["", "", "", "", "", ""])
            child.setData(C_NAME, ROLE, ("task", entry.key, top.childCount()))
            top.addChild(child)
        before = self._task_cache.get(entry.key, ())
        self._task_cache[entry.key] = job.tasks
        for i, task in enumerate(job.tasks):
            if i < len(before) and before[i] == task and task.state is not JobState.IN_PROGRESS:
                continue  # unchanged and not running: its row already says it all
            row = top.child(i)
            if row is None:  # added by the loop above; never missing
                continue
            values = (
                task_text(task.friendly_name),
                "",
                row_state_text(task),
                _clock_time(task.start_time),
                _clock_time(task.end_time),
                _duration(task.start_time, task.end_time, now),
            )
            for column, text in enumerate(values):
                if row.text(column) != text:
                    row.setText(column, text)
            if row.data(C_STATE, ROLE) != task.state.value:
                row.setIcon(C_NAME, self._icon(task.state))
                row.setData(C_STATE, ROLE, task.state.value)
            self._show_errors(row, task.errors, entry.key, i)
        if job.errors and not any(t.errors for t in job.tasks):
            self._show_errors(top, job.errors, entry.key, None, after=len(job.tasks))

    @staticmethod
    def _running(job: Job) -> bool:
        """A running job's durations grow: its row is redrawn every poll."""
        return not job.state.is_final

    @staticmethod
    def _show_errors(
        row: QTreeWidgetItem, errors: tuple[JobError, ...], key: str, task: int | None, after: int = 0
    ) -> None:
        if row.childCount() > after or not errors:
            return
        for e in errors:
            node = error_node(e)
            node.setData(C_NAME, ROLE, ("task", key, task) if task is not None else ("job", key))
            row.addChild(node)
            node.setExpanded(True)  # only takes effect once the node is in the tree
        row.setExpanded(True)

    # --- details -------------------------------------------------------------------------------

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is None:
            return  # cleared because a VM of the readiness table was chosen
        node: QTreeWidgetItem | None = current
        while node is not None and node.data(C_NAME, ROLE) is None:
            node = node.parent()
        self._selected = node.data(C_NAME, ROLE) if node is not None else None
        self.readiness_tree.setCurrentIndex(QModelIndex())
        self._refresh_details()

    def _on_readiness_current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        self._selected = ("readiness", current.data(0, ROLE))
        self.tree.setCurrentIndex(QModelIndex())
        self._refresh_details()
        self._update_failback_buttons()

    def _refresh_details(self) -> None:
        text = self.details_for(self._selected)
        if text != self.details.toPlainText():
            self.details.setPlainText(text)
        self.copy_button.setEnabled(bool(text))

    def details_for(self, selected: Selected | None) -> str:
        if not selected:
            return ""
        kind, key = selected[0], selected[1]
        if kind == "readiness":
            row = next((r for r in self.model.readiness_rows() if r[0].item_id == key), None)
            return readiness_details(*row) if row is not None else ""
        if key not in self.model:
            return ""
        entry = self.model.entry(key)
        return details_text(entry, selected[2] if kind == "task" else None)

    def select_job(self, key: str, task: int | None = None) -> None:
        row = self._rows[key]
        item = row if task is None else row.child(task)
        if item is not None:
            self.tree.setCurrentItem(item)

    def _select_first_failure(self) -> None:
        if self._selected is not None:
            return
        for job in self.model.failed_jobs():
            failed = next((i for i, t in enumerate(job.tasks) if t.errors), None)
            key = next((k for k, e in ((e.key, e) for e in self.model.entries()) if e.job is job), None)
            if key is not None:
                self.select_job(key, failed)
                return

    def copy_details(self) -> str:
        text = self.details.toPlainText()
        QApplication.clipboard().setText(text)
        return text

    # --- status --------------------------------------------------------------------------------

    def _show_status(self, _unused: str = "") -> None:
        self.poll_status.setText(self.status_text())

    def status_text(self) -> str:
        f, model = self.follower, self.model
        wait = f.last_wait
        wait_s = wait.seconds * f.time_scale
        when = self.tr("in {n} s").format(n=f"{wait_s:.0f}") if wait_s >= 1 else self.tr("in a moment")
        parts: list[str] = []
        if f.problems:
            summaries = list(dict.fromkeys(f.problems.values()))
            keys = [k for k in f.problems if k and not k.startswith("item:")]
            if len(keys) == 1:
                parts.append(
                    self.tr("The progress of job {job} could not be read: {problem}").format(
                        job=keys[0], problem=ui_text(summaries[0])
                    )
                )
            else:
                parts.append(
                    self.tr("The progress of the jobs could not be read: {problem}").format(
                        problem=ui_text(summaries[0])
                    )
                )
        if wait.asked_s is not None:
            asked = f"{wait.asked_s:.0f}"
            if wait.capped:
                parts.append(
                    self.tr("Azure asked to wait {asked} s; the wizard waits at most {n} s, then reads again.").format(
                        asked=asked, n=f"{wait.seconds:.0f}"
                    )
                )
            else:
                parts.append(self.tr("Azure asked to wait {asked} s.").format(asked=asked))
        if f.problems:
            parts.append(
                self.tr("Trying again {when} (attempt {n}); the jobs keep running in Azure.").format(
                    when=when, n=f.failed_reads + 1
                )
            )
        elif f.recovered_after:
            parts.append(
                self.tr("Reading the jobs works again after {n} failed attempt(s).").format(n=f.recovered_after)
            )
        elif model.finished():
            parts.append(self.tr("Every job has ended."))
        elif wait.asked_s is None:
            parts.append(
                self.tr("Next check {when} (one read for {n} job(s)).").format(
                    when=when, n=len(model.pending_job_ids())
                )
            )
        if model.awaiting():
            parts.append(
                self.tr(
                    "{n} request(s) accepted without a job to follow yet: reading the item until its job shows."
                ).format(n=len(model.awaiting()))
            )
        return " ".join(parts)

    # --- readiness -----------------------------------------------------------------------------

    def _render_readiness(self) -> None:
        rows = self.model.readiness_rows()
        if not rows:
            return
        self._readiness_box.show()
        for w in (self.readiness_title, self.readiness_tree):
            w.show()
        for position, (entry, readiness, status) in enumerate(rows):
            row = self._readiness_rows.get(entry.item_id)
            if row is None:  # in the run's order, whichever VM got ready to read first
                row = QTreeWidgetItem([entry.item_name] + [""] * (len(READINESS_COLUMNS) - 1))
                row.setData(0, ROLE, entry.item_id)
                self.readiness_tree.insertTopLevelItem(position, row)
                self._readiness_rows[entry.item_id] = row
            values = [entry.item_name, readiness_text(readiness)]
            if status is None:
                values += [""] * 6
            else:
                latest = status.latest_recovery_point
                values += [
                    i18n.state_text(status.protection_state),
                    i18n.state_text(status.replication_health),
                    percent_text(status.initial_replication_percent),
                    ui_text(minutes_text(status.rpo_s)) if status.rpo_s is not None else "—",
                    _full_time(latest) if latest else self.tr("none yet"),
                    _clock_time(status.read_at),
                ]
            for column, text in enumerate(values):
                if row.text(column) != text:
                    row.setText(column, text)
            row.setToolTip(1, values[1])
            icon = (
                QStyle.StandardPixmap.SP_DialogApplyButton
                if readiness is not None and readiness.ready
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            row.setIcon(1, self.style().standardIcon(icon))
        plan = self._plan_text(rows)
        if self.follower.readiness_problem:
            self.readiness_title.setText(
                self.tr(
                    "Ready for failback? The last read failed: {problem} It is read again in a few minutes."
                ).format(problem=ui_text(self.follower.readiness_problem))
            )
        else:
            self.readiness_title.setText(self.tr("Ready for failback? (re-read every few minutes, RDY-14)") + plan)
        self._refresh_details()
        self._update_failback_buttons()
        self.readiness_changed.emit()

    # --- the journey's entry (issue 18) --------------------------------------------------------

    def selected_ready_item(self) -> str:
        """The item id of the selected readiness row when that VM is ready for failback, else ""."""
        current = self.readiness_tree.currentItem()
        if current is None:
            return ""
        item_id = str(current.data(0, ROLE))
        readiness = self.model.readiness.get(item_id)
        return item_id if readiness is not None and readiness.ready else ""

    def plan_ready(self) -> bool:
        """RDY-13: the plan is ready only when every member is."""
        rows = self.model.readiness_rows()
        if not self.plan_name or not rows or self.model.verdict().failed:
            return False
        members = [(r, s.provider) for _e, r, s in rows if r is not None and s is not None]
        return len(members) == len(rows) and plan_readiness(self.plan_name, members).status is Status.PASS

    def _update_failback_buttons(self) -> None:
        show = self.offers_failback and bool(self.model.readiness_rows())
        self.failback_vm_button.setVisible(show)
        self.failback_vm_button.setEnabled(bool(self.selected_ready_item()))
        self.failback_plan_button.setVisible(show and bool(self.plan_name))
        self.failback_plan_button.setEnabled(self.plan_ready())
        if self.plan_name:
            self.failback_plan_button.setText(self.tr("Fail back pla&n {plan}…").format(plan=self.plan_name))

    def _on_failback_vm_clicked(self) -> None:
        item_id = self.selected_ready_item()
        if item_id:
            self.failback_requested.emit(item_id)

    def _plan_text(self, rows: list[tuple[Entry, Readiness | None, ReplicationStatus | None]]) -> str:
        """RDY-13: in plan mode, the plan is ready only when every member is."""
        if not self.plan_name:
            return ""
        if self.model.verdict().failed:
            return " " + self.tr("Plan {plan}: not ready — a member's reprotect did not succeed (RDY-13).").format(
                plan=self.plan_name
            )
        members = [(r, s.provider) for _e, r, s in rows if r is not None and s is not None]
        if len(members) < len(rows):
            return ""
        verdict = plan_readiness(self.plan_name, members)
        if verdict.status is Status.PASS:
            return " " + self.tr("Plan {plan}: every member is ready (RDY-13).").format(plan=self.plan_name)
        return " " + self.tr("Plan {plan}: not yet — {finding} (RDY-13)").format(
            plan=self.plan_name, finding=ui_text(verdict.finding)
        )

    # --- detaching -----------------------------------------------------------------------------

    @property
    def detached(self) -> bool:
        return self._window is not None

    def toggle_detached(self) -> None:
        if self.detached:
            self.attach()
        else:
            self.detach()

    def detach(self) -> None:
        home = self.parentWidget()
        home_layout = home.layout() if home is not None else None
        if self.detached or home is None or home_layout is None:
            return
        self._home = (home, home_layout.indexOf(self))
        window = MonitorWindow(self.window().windowTitle() or self.tr("Reprotect jobs"))
        window.closing.connect(self.attach)
        window.body.addWidget(self)
        self._window = window
        self.detach_button.setText(self.tr("&Bring back"))
        self.detach_button.setToolTip(self.tr("Show the jobs in the wizard again"))
        window.resize(900, 640)
        window.show()
        self.detached_changed.emit(True)

    def attach(self) -> None:
        window, self._window = self._window, None
        if window is None or self._home is None:
            return
        home, index = self._home
        layout = home.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(index, self, 1)
        elif layout is not None:
            layout.addWidget(self)
        self.detach_button.setText(self.tr("&Detach"))
        self.detach_button.setToolTip(self.tr("Follow the jobs in a window of their own"))
        window.closing.disconnect(self.attach)
        window.close()
        window.deleteLater()
        self.show()
        self.detached_changed.emit(False)


def error_node(e: JobError) -> QTreeWidgetItem:
    """ASR's error as the service gave it, with the catalog check it is the symptom of (SUB-07).
    The tree shows the start of each text; the details area below shows all of it."""
    explained = explain_job_error(e)
    node = QTreeWidgetItem(
        [
            QCoreApplication.translate("JobMonitor", "Error {code}").format(code=explained.code),
            "",
            asr_error_text(e.message),
        ]
    )
    if e.possible_causes:
        node.addChild(
            QTreeWidgetItem(
                [
                    QCoreApplication.translate("JobMonitor", "Possible causes (ASR)"),
                    "",
                    asr_error_text(e.possible_causes),
                ]
            )
        )
    if e.recommended_action:
        node.addChild(
            QTreeWidgetItem(
                [
                    QCoreApplication.translate("JobMonitor", "Recommended action (ASR)"),
                    "",
                    asr_error_text(e.recommended_action),
                ]
            )
        )
    if explained.known:
        if explained.check_id:
            label = QCoreApplication.translate("JobMonitor", "Known cause ({catalog}, check {check})").format(
                catalog=explained.catalog_id, check=explained.check_id
            )
        else:
            label = QCoreApplication.translate("JobMonitor", "Known cause ({catalog})").format(
                catalog=explained.catalog_id
            )
        node.addChild(QTreeWidgetItem([label, "", job_error_text(explained.cause)]))
        node.addChild(
            QTreeWidgetItem([QCoreApplication.translate("JobMonitor", "Fix"), "", job_error_text(explained.fix)])
        )
    node.setToolTip(C_STATE, node.text(C_STATE))
    for i in range(node.childCount()):
        child = node.child(i)
        if child is not None:
            child.setToolTip(C_STATE, child.text(C_STATE))
    node.setExpanded(True)
    return node


class MonitorWindow(QWidget):
    """The detached pane's own window; closing it brings the pane back. Signals: closing()."""

    closing = Signal()

    def __init__(self, title: str) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("{title} — jobs").format(title=title))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.body = QVBoxLayout(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)


class JobEndNotifier:
    """Tells the operator a job ended while the app's window is in the background: a system tray
    message where the desktop has a tray, else the taskbar entry asks for attention."""

    def __init__(self, window: QWidget) -> None:
        self._window = window
        self._tray: QSystemTrayIcon | None = None
        self.sent: list[tuple[str, str, str]] = []  # (channel, title, text): also what the log shows

    def in_background(self) -> bool:
        window = self._window.window()
        active = QApplication.activeWindow()
        return window.isMinimized() or not window.isVisible() or active is None or active.window() is not window

    def job_ended(self, job: Job) -> bool:
        """Notify if the window is in the background; True when a notification went out."""
        if not self.in_background():
            return False
        ok = job.state is JobState.SUCCEEDED
        title = (
            QCoreApplication.translate("JobEndNotifier", "Reprotect succeeded: {vm}")
            if ok
            else QCoreApplication.translate("JobEndNotifier", "Reprotect did not succeed: {vm}")
        )
        title = title.format(vm=job.target_name)
        text = QCoreApplication.translate("JobEndNotifier", "Job {job} ended: {state}.").format(
            job=job.job_id, state=state_text(job.state, job.raw_state or job.state_description)
        )
        if not ok:
            text += " " + QCoreApplication.translate("JobEndNotifier", "Open the app to read the error and the fix.")
        if QSystemTrayIcon.isSystemTrayAvailable():
            tray = self._tray_icon()
            icon = QSystemTrayIcon.MessageIcon.Information if ok else QSystemTrayIcon.MessageIcon.Critical
            tray.showMessage(title, text, icon, 15000)
            channel = "tray"
        else:
            QApplication.alert(self._window.window(), 0)
            channel = "alert"
        log.info("notified (%s): %s — %s", channel, title, text)
        self.sent.append((channel, title, text))
        return True

    def _tray_icon(self) -> QSystemTrayIcon:
        if self._tray is None:
            icon = self._window.windowIcon()
            if icon.isNull():
                icon = self._window.style().standardIcon(QStyle.StandardPixmap.SP_ComputerIcon)
            self._tray = QSystemTrayIcon(icon, self._window)
            self._tray.setToolTip(QCoreApplication.translate("JobEndNotifier", "Reprotect to on-premises"))
            self._tray.messageClicked.connect(self._raise_window)
            self._tray.show()
        return self._tray

    def _raise_window(self) -> None:
        window = self._window.window()
        window.showNormal()
        window.raise_()
        window.activateWindow()
