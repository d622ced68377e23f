"""The journey's review page: every verdict of the step's preflight, then its submit (the commit point).

One page for every step of the journey (fail back, cancel, commit, protect to Azure): the step's flow
object (domain/flows/journey.py) names the preflight, the UI registry (ui/wizard/flows.py) the summary.
Verdicts are shown as on the reprotect review page — grouped blocks first, each with its evidence and
fix — and warnings must be acknowledged. REV-02's agent-registration wait is a visible countdown that
checks again by itself. The submit asks first, in words that say what the step does and what it
can't undo (FB-05, FB-10, CMT-01), and goes out once (FB-14).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWizard,
)

from reprotect_gui.domain.checks.facts import whole_minutes
from reprotect_gui.domain.checks.journey import REV_AGENT_REGISTRATION_WINDOW, JourneyFacts
from reprotect_gui.domain.flows.journey import JourneyStep
from reprotect_gui.domain.models import ReplicationFlow
from reprotect_gui.domain.report import STATUS_HINTS, STATUS_TITLES
from reprotect_gui.domain.verdicts import Status, Verdict, sorted_for_review
from reprotect_gui.services.journey import StepCheck
from reprotect_gui.ui.i18n import fix_text, report_text
from reprotect_gui.ui.i18n import text as ui_text
from reprotect_gui.ui.jobs import JobFailure, Pool
from reprotect_gui.ui.translate_noop import QT_TRANSLATE_NOOP
from reprotect_gui.ui.widgets import BusyPanel
from reprotect_gui.ui.wizard import journey_calls
from reprotect_gui.ui.wizard.base import Page
from reprotect_gui.ui.wizard.flows import journey_wizard
from reprotect_gui.ui.wizard.review_page import STATUS_MARKS, GrowingSummary, WrappingDelegate

REV_RECHECK_S = 60.0  # REV-02: how often the target is read again while its agent registers (times time_scale)

TITLES = {  # English; shown through translate()
    JourneyStep.FAILBACK: QT_TRANSLATE_NOOP("JourneyReviewPage", "Review and fail back"),
    JourneyStep.CANCEL: QT_TRANSLATE_NOOP("JourneyReviewPage", "Cancel the failover"),
    JourneyStep.COMMIT: QT_TRANSLATE_NOOP("JourneyReviewPage", "Review and commit"),
    JourneyStep.REPROTECT_TO_AZURE: QT_TRANSLATE_NOOP("JourneyReviewPage", "Review and protect to Azure again"),
}


def fill_verdict_tree(tree: QTreeWidget, results: list[Verdict]) -> None:
    """The reprotect review page's presentation: one group per status, blocks first; each verdict with its
    evidence and its fix as children; the groups that need attention open."""
    tree.clear()
    for status in Status:
        group = [v for v in results if v.status is status]
        if not group:
            continue
        title = report_text(STATUS_TITLES[status])
        if status in STATUS_HINTS:
            title += " — " + report_text(STATUS_HINTS[status])
        top = QTreeWidgetItem([f"{STATUS_MARKS[status]} {title} ({len(group)})", ""])
        tree.addTopLevelItem(top)
        top.setFirstColumnSpanned(True)
        for v in group:
            subject = f" — {ui_text(v.subject)}" if v.subject else ""
            finding = ui_text(v.finding)
            row = QTreeWidgetItem([f"{STATUS_MARKS[v.status]} {v.check_id}{subject}", finding])
            row.setToolTip(1, finding)
            for line in v.evidence:
                row.addChild(QTreeWidgetItem([QCoreApplication.translate("ReviewPage", "Evidence"), ui_text(line)]))
            if v.remediation and v.status is not Status.PASS:
                remedy = fix_text(v.remediation)
                fix = QTreeWidgetItem([QCoreApplication.translate("ReviewPage", "Fix"), remedy])
                fix.setToolTip(1, remedy)
                row.addChild(fix)
            top.addChild(row)
        attention = status in (Status.BLOCK, Status.WARN, Status.UNKNOWN)
        top.setExpanded(attention)
        for i in range(top.childCount()):
            child = top.child(i)
            if child is not None:
                child.setExpanded(attention)  # the evidence and the fix of what needs attention, in view


class JourneyReviewPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setCommitPage(True)
        self.summary = GrowingSummary(self)
        self.summary.setAccessibleName(self.tr("Summary of the choices"))
        self.verdicts = QTreeWidget(self)
        self.verdicts.setHeaderLabels([self.tr("Check"), self.tr("Finding")])
        self.verdicts.setAccessibleName(self.tr("Checks before this step"))
        self.verdicts.setWordWrap(True)
        self.verdicts.setUniformRowHeights(False)
        self.verdicts.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.verdicts.header().setStretchLastSection(True)
        self.verdicts.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.verdicts.setItemDelegate(WrappingDelegate(self.verdicts))
        self.verdicts.header().sectionResized.connect(lambda *_: self.verdicts.doItemsLayout())
        self.verdicts.setColumnWidth(0, 220)
        self.verdict_detail = QLabel(self)
        self.verdict_detail.setWordWrap(True)
        self.verdict_detail.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict_detail.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.verdict_detail.setAccessibleName(self.tr("Full text of the focused check"))
        self.verdict_detail.hide()
        self.verdicts.currentItemChanged.connect(self._show_verdict_detail)
        self.busy = BusyPanel(self)
        self.countdown = QLabel(self)
        self.countdown.setWordWrap(True)
        self.countdown.setAccessibleName(self.tr("Agent registration countdown"))
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.headline.setAccessibleName(self.tr("Preflight result"))
        self.acknowledge = QCheckBox(
            self.tr("I have read the &warnings and unknown checks above and accept them"), self
        )
        self.acknowledge.setAccessibleName(self.tr("I have read the warnings and unknown checks and accept them"))
        self.check_again = QPushButton(self.tr("Check &again"), self)
        self.check_again.setAccessibleName(self.tr("Check again"))
        self.copy_text = QPushButton(self.tr("Copy as &text"), self)
        self.copy_text.setAccessibleName(self.tr("Copy the checks as text"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_again)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.busy)
        layout.addWidget(self.countdown)
        layout.addWidget(self.headline)
        layout.addWidget(self.verdicts, 1)
        layout.addWidget(self.verdict_detail)
        layout.addWidget(self.acknowledge)
        layout.addLayout(buttons)
        self.results: list[Verdict] = []
        self.facts: JourneyFacts | None = None
        self.vcenter_problem = ""
        self._checking = False
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self._tick_countdown)
        # While the agent registers (REV-02), the target and vCenter are read again now and then: the wait is
        # counted from the VM's boot as vCenter reports it, and the vault may be faster (training) or slower.
        self._recheck_timer = QTimer(self)
        self._recheck_timer.setSingleShot(True)
        self._recheck_timer.timeout.connect(self.recheck)
        self.check_again.clicked.connect(self.recheck)
        self.busy.retry_requested.connect(self.recheck)
        self.acknowledge.toggled.connect(self._on_acknowledged)
        self.copy_text.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.verdicts_as_text()))

    # --- building ------------------------------------------------------------------------------

    @property
    def step(self) -> JourneyStep:
        journey = self.session.journey_run
        assert journey is not None
        return journey.step

    def initializePage(self) -> None:
        step = self.step
        self.setTitle(QCoreApplication.translate("JourneyReviewPage", TITLES[step]))
        self.setSubTitle(self._subtitle(step))
        self.setButtonText(QWizard.WizardButton.CommitButton, self._submit_text(step))
        self.results, self.facts = [], None
        self.verdicts.clear()
        self.headline.clear()
        self.countdown.clear()
        self.acknowledge.setChecked(False)
        self.acknowledge.hide()
        self._show_summary()
        self.recheck()

    def cleanupPage(self) -> None:
        self._wait_timer.stop()
        self._recheck_timer.stop()

    def _subtitle(self, step: JourneyStep) -> str:
        if step is JourneyStep.CANCEL:
            return self.tr(
                "The Azure VM comes back on and replication to on-premises resumes; afterwards you can fail back "
                "again (FB-12). Nothing is sent until you press Cancel failover."
            )
        return self.tr("Every choice and every check of this step in one place. Nothing is sent until you confirm.")

    def _submit_text(self, step: JourneyStep) -> str:
        return {
            JourneyStep.FAILBACK: self.tr("&Fail back"),
            JourneyStep.CANCEL: self.tr("Cancel &failover"),
            JourneyStep.COMMIT: self.tr("&Commit"),
            JourneyStep.REPROTECT_TO_AZURE: self.tr("&Protect to Azure"),
        }[step]

    def _show_summary(self) -> None:
        self.summary.setHtml(journey_wizard(self.step).summary_html(self.session))

    def recheck(self) -> None:
        """Read the target (and vCenter) again in the background, then run the step's checks."""
        s = self.session
        journey = s.journey_run
        assert journey is not None
        self._checking = True
        self.completeChanged.emit()
        self.check_again.setEnabled(False)
        self.busy.show_busy(self.tr("Reading {target} from the vault and vCenter…").format(target=journey.target_name))
        s.runner.start(
            lambda ctx: journey_calls.check_step(s, journey, ctx),
            pool=Pool.AZURE,
            name="journey preflight",
            on_success=self._on_checked,
            on_failure=self._on_check_failed,
            progress=self.busy.show_progress,
        )

    def _on_checked(self, check: StepCheck) -> None:
        self.facts, verdicts = check.facts, check.verdicts
        self.vcenter_problem = check.vcenter_problem
        self._checking = False
        self.busy.hide()
        self.check_again.setEnabled(True)
        self.results = sorted_for_review(list(verdicts))
        fill_verdict_tree(self.verdicts, self.results)
        needs_ack = any(v.needs_acknowledgement for v in self.results)
        self.headline.setText(
            self._headline() + (f"<br>{html.escape(ui_text(self.vcenter_problem))}" if self.vcenter_problem else "")
        )
        self.acknowledge.setVisible(needs_ack)
        self.acknowledge.setEnabled(not self.blocks())
        self._start_countdown_if_waiting()
        self.completeChanged.emit()

    def _on_check_failed(self, failure: JobFailure) -> None:
        self._checking = False
        self.check_again.setEnabled(True)
        self.busy.show_failure(failure)
        self.completeChanged.emit()

    def _show_verdict_detail(self, current: QTreeWidgetItem | None) -> None:
        text = ""
        if current is not None:
            text = f"{current.text(0)}: {current.text(1)}" if current.text(1) else current.text(0)
        self.verdict_detail.setText(text)
        self.verdict_detail.setAccessibleDescription(text)
        self.verdicts.setAccessibleDescription(text)
        self.verdict_detail.setVisible(bool(text))

    def _headline(self) -> str:
        blocks = len(self.blocks())
        to_accept = sum(1 for v in self.results if v.needs_acknowledgement)
        if blocks:
            return self.tr(
                "<b>✖ {n} check(s) block this step.</b> Each shows its fix below: change a choice with Back, or fix "
                "it outside the wizard, then press Check again."
            ).format(n=blocks)
        if to_accept:
            return self.tr(
                "<b>⚠ Nothing blocks, but {n} warning(s) or unchecked fact(s) need your acknowledgement</b> "
                "before you can go on."
            ).format(n=to_accept)
        if not self.results:
            return self.tr("<b>Nothing to check before this step:</b> confirm it below.")
        return self.tr("<b>✔ Ready: every check that can be made is met.</b>")

    # --- REV-02 countdown ---------------------------------------------------------------------

    def remaining_wait_s(self) -> float:
        """REV-02: the longest wait of any member whose on-premises VM booted within the registration window."""
        facts = self.facts
        if (
            facts is None
            or self.step is not JourneyStep.REPROTECT_TO_AZURE
            or facts.flow is not ReplicationFlow.CLASSIC
        ):
            return 0.0
        now = self.session.clock.now()
        waits = [
            (m.on_prem_boot_time + REV_AGENT_REGISTRATION_WINDOW - now).total_seconds()
            for m in facts.members
            if m.on_prem_boot_time is not None
        ]
        return max((w for w in waits if w > 0), default=0.0)

    def _start_countdown_if_waiting(self) -> None:
        left = self.remaining_wait_s()
        if left > 0:
            self._tick_countdown()
            self._wait_timer.start()
            scale = self.session.time_scale
            self._recheck_timer.start(int(max(1.0, min(left, REV_RECHECK_S) * scale) * 1000))
        else:
            self._wait_timer.stop()
            self._recheck_timer.stop()
            self.countdown.clear()

    def _tick_countdown(self) -> None:
        left = self.remaining_wait_s()
        if left <= 0:
            self._wait_timer.stop()
            self.countdown.setText(self.tr("The agent should have registered by now: checking again…"))
            self.recheck()
            return
        minutes, seconds = divmod(int(left + 0.999), 60)
        self.countdown.setText(
            self.tr(
                "⏳ REV-02: the on-premises VM's agent needs up to {window} minutes after boot to register with the "
                "configuration server again. Checking again automatically in <b>{time}</b>."
            ).format(window=whole_minutes(REV_AGENT_REGISTRATION_WINDOW), time=f"{minutes:d}:{seconds:02d}")
        )

    # --- the commit point ---------------------------------------------------------------------

    def _on_acknowledged(self, checked: bool) -> None:
        journey = self.session.journey_run
        if journey is None:
            return
        keys = {f"{v.check_id}|{v.subject}" for v in self.results if v.needs_acknowledgement}
        if checked:
            journey.acknowledged.update(keys)
        else:
            journey.acknowledged.difference_update(keys)
        self.completeChanged.emit()

    def blocks(self) -> list[Verdict]:
        return [v for v in self.results if v.blocks]

    def isComplete(self) -> bool:
        journey = self.session.journey_run if self.wizard() is not None else None
        if journey is None or self._checking or self.facts is None or self.blocks() or journey.submitted:
            return False
        if self.remaining_wait_s() > 0:
            return False  # REV-02: the agent is not registered yet; the countdown checks again by itself
        needs_ack = any(v.needs_acknowledgement for v in self.results)
        return not needs_ack or self.acknowledge.isChecked()

    def why_incomplete(self) -> str:
        if self.remaining_wait_s() > 0:
            return self.tr("Wait for the countdown: the agent must register first (REV-02).")
        return ""

    def validatePage(self) -> bool:
        journey = self.session.journey_run
        assert journey is not None
        if journey.submitted:
            return True  # already on its way; the job page follows it
        title, text, accept = confirmation(journey, self.facts)
        if not self.wizard_().confirm(title, text, accept, self.tr("Go back")):
            return False
        journey.submitted = True
        return True

    def verdicts_as_text(self) -> str:
        lines = []
        for v in self.results:
            lines.append(f"[{v.status.value.upper()}] {v.check_id}{' ' + v.subject if v.subject else ''}: {v.finding}")
            lines += [f"    evidence: {e}" for e in v.evidence]
            if v.remediation and v.status is not Status.PASS:
                lines.append(f"    fix: {v.remediation}")
        return "\n".join(lines)


def confirmation(journey: object, facts: JourneyFacts | None) -> tuple[str, str, str]:
    """(title, text, accept button) of the question before the step's submit: what it does, said plainly."""
    from reprotect_gui.ui.wizard.journey_state import JourneyRun

    assert isinstance(journey, JourneyRun)
    names = ", ".join(m.name for m in journey.members) or journey.target_name
    step, classic = journey.step, journey.flow is ReplicationFlow.CLASSIC
    if step is JourneyStep.FAILBACK:
        text = QCoreApplication.translate(
            "JourneyReviewPage",
            "ASR will fail back {target} from Azure to on-premises: the Azure VM(s) of {names} are shut down, then "
            "the on-premises VM(s) are powered on. The application is down meanwhile (FB-05).",
        ).format(target=journey.target_name, names=names)
        text += "\n\n" + (
            QCoreApplication.translate(
                "JourneyReviewPage", "A classic failback can't be cancelled or retried once it starts (FB-10)."
            )
            if classic
            else QCoreApplication.translate(
                "JourneyReviewPage",
                "A modernized planned failover can be cancelled afterwards: its disks are rolled back (FB-10).",
            )
        )
        return (
            QCoreApplication.translate("JourneyReviewPage", "Start the failback?"),
            text,
            QCoreApplication.translate("JourneyReviewPage", "Fail back now"),
        )
    if step is JourneyStep.CANCEL:
        return (
            QCoreApplication.translate("JourneyReviewPage", "Cancel the failover?"),
            QCoreApplication.translate(
                "JourneyReviewPage",
                "ASR will cancel the failover of {target}: the Azure VM(s) of {names} come back on and replication "
                "to on-premises resumes. You can fail back again afterwards (FB-12).",
            ).format(target=journey.target_name, names=names),
            QCoreApplication.translate("JourneyReviewPage", "Cancel failover"),
        )
    if step is JourneyStep.COMMIT:
        if classic:
            text = QCoreApplication.translate(
                "JourneyReviewPage",
                "Commit deletes the failed-over Azure VM(s) of {names} and their recovery points. This cannot be "
                "undone: afterwards you can't go back to Azure with this failover (CMT-01, CMT-05).",
            ).format(names=names)
        else:
            text = QCoreApplication.translate(
                "JourneyReviewPage",
                "Commit ends the failover of {names}: the failed-back Azure VM(s) are removed and the remaining "
                "recovery points are deleted. This cannot be undone (CMT-01, CMT-05).",
            ).format(names=names)
        text += "\n\n" + QCoreApplication.translate(
            "JourneyReviewPage",
            "After the commit the VM(s) run on-premises without protection until you protect them to Azure again "
            "(CMT-07).",
        )
        return (
            QCoreApplication.translate("JourneyReviewPage", "Commit the failback?"),
            text,
            QCoreApplication.translate("JourneyReviewPage", "Commit and delete"),
        )
    requests = journey.reverse
    return (
        QCoreApplication.translate("JourneyReviewPage", "Protect to Azure again?"),
        QCoreApplication.translate(
            "JourneyReviewPage",
            "ASR will start {n} reprotect job(s) from on-premises to Azure for: {names}. Initial replication "
            "starts again; no duration can be promised (REV-08).",
        ).format(n=len(requests) or len(journey.members), names=names),
        QCoreApplication.translate("JourneyReviewPage", "Protect to Azure"),
    )
