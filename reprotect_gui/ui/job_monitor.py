"""A pane that follows several ASR jobs at once: every task with its state, start, end and
duration, every error with ASR's code, message, causes and action (and the catalog check it is
the symptom of), polling in the background with backoff. The pane can be detached into its own
window and brought back.

Polling never blocks the GUI thread: reads run on the runner's azure pool, one read cycle at a
time, and the tree is updated in place (only rows whose job changed are touched).
"""

from __future__ import annotations

import logging
from datetime import datetime

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reprotect_gui.domain.job_errors import explain_job_error
from reprotect_gui.domain.models import Job, JobError, JobState
from reprotect_gui.domain.polling import MIN_INTERVAL_S, next_poll_interval
from reprotect_gui.domain.ports import Clock, SiteRecovery
from reprotect_gui.domain.report import duration_text
from reprotect_gui.services.jobs import JobReading, read_jobs
from reprotect_gui.ui.i18n import asr_error_text, job_error_text, state_text, task_text
from reprotect_gui.ui.jobs import JobFailure, JobRunner
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
STATE_ICONS = {
    JobState.NOT_STARTED: QStyle.StandardPixmap.SP_MediaPause,
    JobState.IN_PROGRESS: QStyle.StandardPixmap.SP_BrowserReload,
    JobState.SUCCEEDED: QStyle.StandardPixmap.SP_DialogApplyButton,
    JobState.FAILED: QStyle.StandardPixmap.SP_MessageBoxCritical,
    JobState.CANCELLED: QStyle.StandardPixmap.SP_DialogCancelButton,
}
COLUMNS = [  # English; shown through translate()
    QT_TRANSLATE_NOOP("JobMonitor", "Job / task"),
    QT_TRANSLATE_NOOP("JobMonitor", "State"),
    QT_TRANSLATE_NOOP("JobMonitor", "Started"),
    QT_TRANSLATE_NOOP("JobMonitor", "Ended"),
    QT_TRANSLATE_NOOP("JobMonitor", "Duration"),
]


def _tr(text: str) -> str:
    """Translate a text marked with QT_TRANSLATE_NOOP("JobMonitor", ...) above."""
    return QCoreApplication.translate("JobMonitor", text)


def _clock_time(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%H:%M:%S") if moment else ""


def _duration(start: datetime | None, end: datetime | None, now: datetime) -> str:
    if start is None:
        return ""
    return duration_text(((end or now) - start).total_seconds())


def _state_text(state: JobState, description: str) -> str:
    return _tr(STATE_TEXT[state]) if state in STATE_TEXT else state_text(description or state.value)


class JobMonitor(QWidget):
    """Follows jobs by ID until each reaches a final state.

    Signals: job_updated(Job), job_ended(Job), all_ended(), progressed(int percent),
    detached_changed(bool).
    """

    job_updated = Signal(object)
    job_ended = Signal(object)
    all_ended = Signal()
    progressed = Signal(int)
    detached_changed = Signal(bool)

    def __init__(
        self,
        runner: JobRunner,
        site_recovery: SiteRecovery,
        clock: Clock,
        *,
        time_scale: float = 1.0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._site_recovery = site_recovery
        self._clock = clock
        self._time_scale = time_scale  # the training estate runs its clock faster
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([_tr(c) for c in COLUMNS])
        self.tree.setAccessibleName(self.tr("Jobs and their tasks"))
        self.tree.setColumnWidth(0, 300)
        self.poll_status = QLabel(self)
        self.poll_status.setWordWrap(True)
        self.poll_status.setAccessibleName(self.tr("Polling status"))
        self.detach_button = QPushButton(self.tr("&Detach"), self)
        self.detach_button.setAccessibleName(self.tr("Detach or bring back the job pane"))
        self.detach_button.setToolTip(self.tr("Follow the jobs in a window of their own"))
        self.detach_button.clicked.connect(self.toggle_detached)
        bottom = QHBoxLayout()
        bottom.addWidget(self.poll_status, 1)
        bottom.addWidget(self.detach_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)

        self.jobs: dict[str, Job] = {}
        self._rows: dict[str, QTreeWidgetItem] = {}
        self._ended: set[str] = set()
        self._polling = False
        self._interval_s = MIN_INTERVAL_S
        self._failed_reads = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.poll_now)
        self._icons: dict[JobState, QIcon] = {}
        self._window: MonitorWindow | None = None
        self._home: tuple[QWidget, int] | None = None

    # --- what to follow ------------------------------------------------------------------------

    def follow(self, job_id: str, label: str) -> None:
        if job_id in self._rows:
            return
        row = QTreeWidgetItem([label, self.tr("Waiting for the first answer…"), "", "", ""])
        row.setToolTip(0, self.tr("ASR job {job}").format(job=job_id))
        self.tree.addTopLevelItem(row)
        row.setExpanded(True)
        self._rows[job_id] = row
        if not self._polling:
            self._timer.start(0)

    def add_not_started(self, label: str, problem: str) -> None:
        """An item whose reprotect was not started: shown with the reason, never followed."""
        row = QTreeWidgetItem([label, _state_text(JobState.NOT_STARTED, ""), "", "", ""])
        row.setIcon(0, self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical))
        why = QTreeWidgetItem([self.tr("Why"), problem])
        why.setToolTip(1, problem)
        row.addChild(why)
        self.tree.addTopLevelItem(row)
        row.setExpanded(True)

    def job_ids(self) -> list[str]:
        return list(self._rows)

    def finished(self) -> bool:
        return all(j in self.jobs and self.jobs[j].state.is_final for j in self._rows)

    def stop(self) -> None:
        self._timer.stop()

    # --- polling -------------------------------------------------------------------------------

    def poll_now(self) -> None:
        pending = [j for j in self._rows if j not in self.jobs or not self.jobs[j].state.is_final]
        if not pending or self._polling:
            return
        if not shiboken6.isValid(self._runner):
            # A monitor in a window of its own (the resume window) can outlive the wizard that owns the runner.
            self._timer.stop()
            return
        self._polling = True
        site_recovery = self._site_recovery
        job = self._runner.start(lambda ctx: read_jobs(site_recovery, pending, ctx), pool="azure", name="follow jobs")
        job.signals.succeeded.connect(self._on_read)
        job.signals.failed.connect(self._on_read_failed)
        job.signals.cancelled.connect(self._on_read_cancelled)

    def _on_read(self, readings: tuple[JobReading, ...]) -> None:
        self._polling = False
        changed = False
        problems = []
        for reading in readings:
            if reading.job is None:
                problems.append(
                    self.tr("The progress of job {job} could not be read: {problem}").format(
                        job=reading.job_id, problem=reading.problem
                    )
                )
                continue
            previous = self.jobs.get(reading.job_id)
            if previous != reading.job:
                changed = True
                self.jobs[reading.job_id] = reading.job
                self._render_job(reading.job, previous)
                self.job_updated.emit(reading.job)
        self._after_read(changed=changed, problems=problems)
        for reading in readings:
            job = reading.job
            if job is not None and job.state.is_final and job.job_id not in self._ended:
                self._ended.add(job.job_id)
                self.job_ended.emit(job)
        self.progressed.emit(self.percent_done())
        if self.finished() and self._rows:
            self.all_ended.emit()

    def _on_read_failed(self, failure: JobFailure) -> None:
        self._polling = False
        self._after_read(changed=False, problems=[f"{failure.summary} {failure.next_step}".strip()])

    def _on_read_cancelled(self) -> None:
        self._polling = False

    def _after_read(self, *, changed: bool, problems: list[str]) -> None:
        self._interval_s = next_poll_interval(self._interval_s, changed=changed, failed=bool(problems))
        wait_s = self._interval_s * self._time_scale
        wait_text = self.tr("in {n} s").format(n=f"{wait_s:.0f}") if wait_s >= 1 else self.tr("in a moment")
        if problems:
            self._failed_reads += 1
            self.poll_status.setText(
                " ".join(problems)
                + " "
                + self.tr("Trying again {when} (attempt {n}); the jobs keep running in Azure.").format(
                    when=wait_text, n=self._failed_reads + 1
                )
            )
        elif self._failed_reads:
            self.poll_status.setText(
                self.tr("Reading the jobs works again after {n} failed attempt(s).").format(n=self._failed_reads)
            )
            self._failed_reads = 0
        elif not self.finished():
            self.poll_status.setText(self.tr("Next check {when}.").format(when=wait_text))
        else:
            self.poll_status.setText(self.tr("Every job has ended."))
        if not self.finished():
            self._timer.start(max(10, int(wait_s * 1000)))

    def percent_done(self) -> int:
        if not self._rows:
            return 0
        return int(100 * sum(self.jobs[j].progress if j in self.jobs else 0.0 for j in self._rows) / len(self._rows))

    # --- rendering -----------------------------------------------------------------------------

    def _icon(self, state: JobState) -> QIcon:
        if state not in self._icons:
            pixmap = STATE_ICONS.get(state, QStyle.StandardPixmap.SP_MessageBoxQuestion)
            self._icons[state] = self.style().standardIcon(pixmap)
        return self._icons[state]

    def _render_job(self, job: Job, previous: Job | None) -> None:
        """Update the job's rows in place; rows of tasks that did not change are not touched,
        except the running ones' durations (a 50-task job re-renders every poll)."""
        now = self._clock.now()
        top = self._rows[job.job_id]
        top.setText(1, _state_text(job.state, job.state_description))
        top.setText(2, _clock_time(job.start_time))
        top.setText(3, _clock_time(job.end_time))
        top.setText(4, _duration(job.start_time, job.end_time, now))
        if previous is None or previous.state is not job.state:
            top.setIcon(0, self._icon(job.state))
        while top.childCount() < len(job.tasks):
            top.addChild(QTreeWidgetItem(["", "", "", "", ""]))
        before = previous.tasks if previous is not None else ()
        for i, task in enumerate(job.tasks):
            unchanged = i < len(before) and before[i] == task
            if unchanged and task.state is not JobState.IN_PROGRESS:
                continue
            row = top.child(i)
            if row is None:  # added by the while loop above; never missing
                continue
            values = (
                task_text(task.friendly_name),
                _state_text(task.state, task.state_description),
                _clock_time(task.start_time),
                _clock_time(task.end_time),
                _duration(task.start_time, task.end_time, now),
            )
            for column, text in enumerate(values):
                if row.text(column) != text:
                    row.setText(column, text)
            if not unchanged:
                row.setIcon(0, self._icon(task.state))
                self._show_errors(row, task.errors)
        if job.errors and not any(t.errors for t in job.tasks):
            self._show_errors(top, job.errors, after=len(job.tasks))

    @staticmethod
    def _show_errors(row: QTreeWidgetItem, errors: tuple[JobError, ...], after: int = 0) -> None:
        if row.childCount() > after or not errors:
            return
        for e in errors:
            node = error_node(e)
            row.addChild(node)
            node.setExpanded(True)  # only takes effect once the node is in the tree
        row.setExpanded(True)

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
        window.resize(760, 480)
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
    """ASR's error as the service gave it, with the catalog check it is the symptom of (SUB-07)."""
    explained = explain_job_error(e)
    node = QTreeWidgetItem(
        [
            QCoreApplication.translate("JobMonitor", "Error {code}").format(code=explained.code),
            asr_error_text(e.message),
        ]
    )
    if e.possible_causes:
        node.addChild(
            QTreeWidgetItem(
                [QCoreApplication.translate("JobMonitor", "Possible causes (ASR)"), asr_error_text(e.possible_causes)]
            )
        )
    if e.recommended_action:
        node.addChild(
            QTreeWidgetItem(
                [
                    QCoreApplication.translate("JobMonitor", "Recommended action (ASR)"),
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
        node.addChild(QTreeWidgetItem([label, job_error_text(explained.cause)]))
        node.addChild(QTreeWidgetItem([QCoreApplication.translate("JobMonitor", "Fix"), job_error_text(explained.fix)]))
    node.setToolTip(1, node.text(1))
    for i in range(node.childCount()):
        child = node.child(i)
        if child is not None:
            child.setToolTip(1, child.text(1))
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
            job=job.job_id, state=_state_text(job.state, job.state_description)
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
