"""Page 7: review every choice and every prerequisite verdict; the commit point."""

from __future__ import annotations

import html
import json

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWizard,
)

from reprotect_gui.domain.checks.facts import OperatorStatements
from reprotect_gui.domain.models import ReprotectRequest
from reprotect_gui.domain.preflight import registration_wait, run_preflight, transfer_estimate
from reprotect_gui.domain.selection import build_requests
from reprotect_gui.domain.verdicts import Status, Verdict, sorted_for_review
from reprotect_gui.services.estate import Estate, load_estate
from reprotect_gui.services.preflight_input import preflight_input
from reprotect_gui.ui.i18n import fix_text
from reprotect_gui.ui.i18n import text as ui_text
from reprotect_gui.ui.jobs import JobFailure
from reprotect_gui.ui.translate_noop import QT_TRANSLATE_NOOP
from reprotect_gui.ui.widgets import BusyPanel, location_text
from reprotect_gui.ui.wizard.answers_io import save_answers_dialog
from reprotect_gui.ui.wizard.base import Page
from reprotect_gui.ui.wizard.modernized_summary import modernized_summary_html

STATUS_TITLES = {  # English; shown through tr()
    Status.BLOCK: QT_TRANSLATE_NOOP("ReviewPage", "Blocks — must be fixed before reprotect"),
    Status.WARN: QT_TRANSLATE_NOOP("ReviewPage", "Warnings — accept them to go on"),
    Status.UNKNOWN: QT_TRANSLATE_NOOP("ReviewPage", "Unknown — could not be checked"),
    Status.INFO: QT_TRANSLATE_NOOP("ReviewPage", "Information"),
    Status.PASS: QT_TRANSLATE_NOOP("ReviewPage", "Passed"),
}
STATUS_MARKS = {Status.BLOCK: "✖", Status.WARN: "⚠", Status.UNKNOWN: "?", Status.INFO: "ℹ", Status.PASS: "✔"}


class ReviewPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Review and reprotect"))
        self.setSubTitle(
            self.tr("Every choice and every prerequisite in one place. Nothing is sent until you press Reprotect.")
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Reprotect"))
        self.summary = QTextBrowser(self)
        self.summary.setAccessibleName(self.tr("Summary of the choices"))
        self.verdicts = QTreeWidget(self)
        self.verdicts.setHeaderLabels([self.tr("Check"), self.tr("Finding")])
        self.verdicts.setAccessibleName(self.tr("Prerequisite checks"))
        self.verdicts.setColumnWidth(0, 220)
        self.verdicts.setWordWrap(True)  # long findings and fixes wrap instead of being cut
        # The focused row's whole text below the tree, selectable and read by screen readers.
        self.verdict_detail = QLabel(self)
        self.verdict_detail.setWordWrap(True)
        self.verdict_detail.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict_detail.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.verdict_detail.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.verdict_detail.setAccessibleName(self.tr("Full text of the focused check"))
        self.verdict_detail.hide()
        self.verdicts.currentItemChanged.connect(self._show_verdict_detail)
        self.busy = BusyPanel(self)
        self.acknowledge = QCheckBox(
            self.tr("I have read the &warnings and unknown checks above and accept them"), self
        )
        self.acknowledge.setAccessibleName(self.tr("I have read the warnings and unknown checks and accept them"))
        self.ip_retained = QComboBox(self)
        for text, value in ((self.tr("Not stated"), None), (self.tr("Yes"), True), (self.tr("No"), False)):
            self.ip_retained.addItem(text, value)
        self.ip_retained.setAccessibleName(self.tr("IP addresses retained at failover"))
        self.check_again = QPushButton(self.tr("Check &again"), self)
        self.check_again.setAccessibleName(self.tr("Check again"))
        self.copy_text = QPushButton(self.tr("Copy as &text"), self)
        self.copy_text.setAccessibleName(self.tr("Copy the checks as text"))
        self.copy_json = QPushButton(self.tr("Copy as &JSON"), self)
        self.copy_json.setAccessibleName(self.tr("Copy the checks as JSON"))
        self.save_answers_button = QPushButton(self.tr("Save a&nswers…"), self)
        self.save_answers_button.setAccessibleName(self.tr("Save the answers for reprotect-cli"))
        self.save_answers_button.setToolTip(
            self.tr("Save every choice, statement and accepted warning (never a password) for reprotect-cli run")
        )
        self.countdown = QLabel(self)
        self.countdown.setWordWrap(True)
        self.countdown.setAccessibleName(self.tr("Agent registration countdown"))
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.headline.setAccessibleName(self.tr("Preflight result"))
        ip_label = QLabel(self.tr("&IP addresses retained at failover (INF-10):"))
        ip_label.setBuddy(self.ip_retained)
        form = QFormLayout()
        form.addRow(ip_label, self.ip_retained)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_again)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_text)
        buttons.addWidget(self.copy_json)
        buttons.addWidget(self.save_answers_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary, 2)
        layout.addWidget(self.busy)
        layout.addWidget(self.countdown)
        layout.addWidget(self.headline)
        layout.addWidget(self.verdicts, 4)
        layout.addWidget(self.verdict_detail)
        layout.addLayout(form)
        layout.addWidget(self.acknowledge)
        layout.addLayout(buttons)
        self.results: list[Verdict] = []
        self.requests: tuple[ReprotectRequest, ...] = ()
        self._checking = False
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self._tick_countdown)
        self.check_again.clicked.connect(self.recheck)
        self.busy.retry_requested.connect(self.recheck)
        self.acknowledge.toggled.connect(self._on_acknowledged)
        self.ip_retained.currentIndexChanged.connect(self._on_statement_changed)
        self.copy_text.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.verdicts_as_text()))
        self.copy_json.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.verdicts_as_json()))
        self.save_answers_button.clicked.connect(lambda: save_answers_dialog(self))

    # --- building ------------------------------------------------------------------------------

    def initializePage(self) -> None:
        s = self.session
        assert s.request_policy is not None
        self.requests = build_requests(s.selection, s.request_policy)
        self.acknowledge.setChecked(False)
        self._show_summary()
        self._run_checks(s.estate)

    def cleanupPage(self) -> None:
        self._wait_timer.stop()

    def _statements(self) -> OperatorStatements:
        s = self.session
        return OperatorStatements(
            link_type=s.link_type,
            ip_addresses_retained=s.ip_retained,
        )

    def _run_checks(self, estate: Estate | None) -> None:
        assert estate is not None
        s = self.session
        inp = preflight_input(estate, s.selection, self._statements(), s.clock.now(), self.requests)
        self._checking = True
        self.completeChanged.emit()
        job = s.runner.start(lambda ctx: run_preflight(inp), pool="local", name="preflight")
        job.signals.succeeded.connect(self._on_checked)
        job.signals.failed.connect(self._on_check_failed)

    def recheck(self) -> None:
        """Re-read the vault and vCenter in the background, then check everything again."""
        s = self.session
        self._checking = True
        self.completeChanged.emit()
        self.check_again.setEnabled(False)
        self.busy.show_busy(self.tr("Reading the vault and vCenter again…"))
        job = s.runner.start(
            lambda ctx: load_estate(s.site_recovery, s.vcenter, s.clock, ctx), pool="azure", name="reload estate"
        )
        job.signals.progressed.connect(self.busy.show_progress)
        job.signals.succeeded.connect(self._on_reloaded)
        job.signals.failed.connect(self._on_check_failed)

    def _on_reloaded(self, estate: Estate) -> None:
        s = self.session
        s.estate = estate
        # The items themselves may have changed (state, agent): refresh them in the selection.
        s.selection.items = tuple(estate.site.item(i.item_id) for i in s.selection.items)
        self.busy.hide()
        self._show_summary()
        self._run_checks(estate)

    def _on_checked(self, verdicts: tuple[Verdict, ...]) -> None:
        self._checking = False
        self.check_again.setEnabled(True)
        self.results = sorted_for_review(list(verdicts))
        self._fill_verdicts()
        self._start_countdown_if_waiting()
        self.completeChanged.emit()

    def _on_check_failed(self, failure: JobFailure) -> None:
        self._checking = False
        self.check_again.setEnabled(True)
        self.busy.show_failure(failure)
        self.completeChanged.emit()

    def _on_statement_changed(self) -> None:
        self.session.ip_retained = self.ip_retained.currentData()
        if self.session.estate is not None and self.requests:
            self._run_checks(self.session.estate)

    # --- ELIG-04 countdown ---------------------------------------------------------------------

    def remaining_wait_s(self) -> float:
        now = self.session.clock.now()
        waits = [registration_wait(i, now) for i in self.session.selection.items]
        return max((w.total_seconds() for w in waits if w is not None), default=0.0)

    def _start_countdown_if_waiting(self) -> None:
        if self.remaining_wait_s() > 0:
            self._tick_countdown()
            self._wait_timer.start()
        else:
            self._wait_timer.stop()
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
                "⏳ ELIG-04: the VM's agent needs up to 15 minutes after failover to register with the configuration "
                "server. Checking again automatically in <b>{time}</b>."
            ).format(time=f"{minutes:d}:{seconds:02d}")
        )

    # --- showing -------------------------------------------------------------------------------

    def _show_summary(self) -> None:
        s = self.session
        sel = s.selection
        if sel.is_modernized:
            self.summary.setHtml(modernized_summary_html(s))
            return
        site = s.site
        mt = site.master_target(sel.master_target_id or "")
        ps = site.process_server(sel.process_server_id or "")
        policy = s.policy
        rows = [
            (
                self.tr("What"),
                self.tr("Recovery plan {plan}").format(plan=sel.plan.name) if sel.plan else self.tr("Virtual machine"),
            ),
            (self.tr("Direction"), self.tr("Azure → On-premises")),
            (
                self.tr("Master target"),
                self.tr("{mt} ({os}, host {host})").format(mt=mt.name, os=mt.os_type, host=mt.esxi_host),
            ),
            (self.tr("Process server"), f"{ps.name} ({location_text(ps.location)})"),
        ]
        if policy:
            rows.append(
                (
                    self.tr("Failback policy"),
                    self.tr("{policy}: RPO {rpo} min, retention {hours} h, app-consistent every {app} min").format(
                        policy=policy.name,
                        rpo=policy.rpo_threshold_minutes,
                        hours=policy.recovery_point_history_minutes // 60,
                        app=policy.app_consistent_frequency_minutes,
                    ),
                )
            )
        head = "".join(f"<tr><th align=left>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in rows)
        per_vm = []
        for item in sel.items:
            c = sel.choices_for(item.item_id)
            disks = [d for d in item.disks if d.disk_id in c.disks_to_include]
            vm = s.estate.matches.get(item.item_id) if s.estate else None
            exists = None if s.vc is None else bool(vm and vm.vm)
            per_vm.append(
                "<tr>"
                + "".join(
                    f"<td>{html.escape(x)}</td>"
                    for x in (
                        item.name,
                        c.datastore_name or "—",
                        c.retention_drive or "—",
                        self.tr("{n} of {total}").format(n=len(disks), total=len(item.disks)),
                        ui_text(transfer_estimate(item, disks, exists)),
                    )
                )
                + "</tr>"
            )
        columns = (
            self.tr("VM"),
            self.tr("Datastore"),
            self.tr("Retention drive"),
            self.tr("Disks"),
            self.tr("Data to send back (SUB-05)"),
        )
        header = "<tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in columns) + "</tr>"
        self.summary.setHtml(
            f"<table cellspacing=4>{head}</table>"
            f"<table border=1 cellspacing=0 cellpadding=3>{header}{''.join(per_vm)}</table>"
        )

    def _fill_verdicts(self) -> None:
        self.verdicts.clear()
        for status in Status:
            group = [v for v in self.results if v.status is status]
            if not group:
                continue
            title = self.tr(STATUS_TITLES[status])
            top = QTreeWidgetItem([f"{STATUS_MARKS[status]} {title} ({len(group)})", ""])
            self.verdicts.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            for v in group:
                subject = f" — {ui_text(v.subject)}" if v.subject else ""
                finding = ui_text(v.finding)
                row = QTreeWidgetItem([f"{STATUS_MARKS[v.status]} {v.check_id}{subject}", finding])
                row.setToolTip(1, finding)
                for line in v.evidence:
                    row.addChild(QTreeWidgetItem([self.tr("Evidence"), ui_text(line)]))
                if v.remediation and v.status is not Status.PASS:
                    remedy = fix_text(v.remediation)
                    fix = QTreeWidgetItem([self.tr("Fix"), remedy])
                    fix.setToolTip(1, remedy)
                    row.addChild(fix)
                top.addChild(row)
            top.setExpanded(status in (Status.BLOCK, Status.WARN, Status.UNKNOWN))
        needs_ack = any(v.needs_acknowledgement for v in self.results)
        self.headline.setText(self._headline())
        self.acknowledge.setVisible(needs_ack)
        self.acknowledge.setEnabled(not self.blocks())

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
                "<b>✖ {n} prerequisite(s) block the reprotect.</b> Fix them (each shows its fix below), "
                "then press Check again."
            ).format(n=blocks)
        if to_accept:
            return self.tr(
                "<b>⚠ Nothing blocks, but {n} warning(s) or unchecked fact(s) need your acknowledgement"
                "</b> before Reprotect is enabled."
            ).format(n=to_accept)
        return self.tr("<b>✔ Ready: every prerequisite that can be checked is met.</b>")

    def _on_acknowledged(self, checked: bool) -> None:
        ack = self.session.acknowledged
        keys = {f"{v.check_id}|{v.subject}" for v in self.results if v.needs_acknowledgement}
        if checked:
            ack.update(keys)
        else:
            ack.difference_update(keys)
        self.completeChanged.emit()

    def blocks(self) -> list[Verdict]:
        return [v for v in self.results if v.blocks]

    def isComplete(self) -> bool:
        if self._checking or not self.results or self.blocks() or self.session.submitted:
            return False
        needs_ack = any(v.needs_acknowledgement for v in self.results)
        return not needs_ack or self.acknowledge.isChecked()

    def validatePage(self) -> bool:
        s = self.session
        if s.submitted:
            return True  # already on its way; the job page follows it
        names = ", ".join(r.item_name for r in self.requests)
        if not self.wizard_().confirm(
            self.tr("Start the reprotect?"),
            self.tr(
                "ASR will start {n} reprotect job(s) for: {names}.\n\n"
                "The on-premises VMs are powered off during reprotect (SUB-01)."
            ).format(n=len(self.requests), names=names),
        ):
            return False
        s.submitted = True
        return True

    # --- export --------------------------------------------------------------------------------

    def verdicts_as_text(self) -> str:
        lines = []
        for v in self.results:
            # In the UI's language, like the page: the operator pastes it into a ticket. The JSON stays English.
            subject = " " + ui_text(v.subject) if v.subject else ""
            lines.append(f"[{v.status.value.upper()}] {v.check_id}{subject}: {ui_text(v.finding)}")
            lines += [self.tr("    evidence: {line}").format(line=ui_text(e)) for e in v.evidence]
            if v.remediation and v.status is not Status.PASS:
                lines.append(self.tr("    fix: {fix}").format(fix=fix_text(v.remediation)))
        return "\n".join(lines)

    def verdicts_as_json(self) -> str:
        return json.dumps(
            [
                {
                    "check_id": v.check_id,
                    "status": v.status.value,
                    "subject": v.subject,
                    "finding": v.finding,
                    "evidence": list(v.evidence),
                    "remediation": v.remediation,
                    "acknowledged": f"{v.check_id}|{v.subject}" in self.session.acknowledged,
                }
                for v in self.results
            ],
            indent=2,
            ensure_ascii=False,
        )
