"""Page 7: review every choice and every prerequisite verdict; the commit point."""

from __future__ import annotations

import html
import json

from PySide6.QtCore import QTimer
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

from reprotect_gui.domain.checks.facts import OperatorStatements, PreflightInput
from reprotect_gui.domain.models import ReprotectRequest
from reprotect_gui.domain.preflight import registration_wait, run_preflight, transfer_estimate
from reprotect_gui.domain.selection import build_requests
from reprotect_gui.domain.verdicts import Status, Verdict, sorted_for_review
from reprotect_gui.services.estate import Estate, load_estate
from reprotect_gui.ui.jobs import JobFailure
from reprotect_gui.ui.widgets import BusyPanel, location_text
from reprotect_gui.ui.wizard.base import Page
from reprotect_gui.ui.wizard.modernized_summary import modernized_summary_html

STATUS_TITLES = {
    Status.BLOCK: "Blocks — must be fixed before reprotect",
    Status.WARN: "Warnings — accept them to go on",
    Status.UNKNOWN: "Unknown — could not be checked",
    Status.INFO: "Information",
    Status.PASS: "Passed",
}
STATUS_MARKS = {Status.BLOCK: "✖", Status.WARN: "⚠", Status.UNKNOWN: "?", Status.INFO: "ℹ", Status.PASS: "✔"}


class ReviewPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle("Review and reprotect")
        self.setSubTitle("Every choice and every prerequisite in one place. Nothing is sent until you press Reprotect.")
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, "&Reprotect")
        self.summary = QTextBrowser(self)
        self.summary.setAccessibleName("Summary of the choices")
        self.verdicts = QTreeWidget(self)
        self.verdicts.setHeaderLabels(["Check", "Finding"])
        self.verdicts.setAccessibleName("Prerequisite checks")
        self.verdicts.setColumnWidth(0, 220)
        self.busy = BusyPanel(self)
        self.acknowledge = QCheckBox("I have read the &warnings and unknown checks above and accept them", self)
        self.ip_retained = QComboBox(self)
        for text, value in (("Not stated", None), ("Yes", True), ("No", False)):
            self.ip_retained.addItem(text, value)
        self.ip_retained.setAccessibleName("IP addresses retained at failover")
        self.check_again = QPushButton("Check &again", self)
        self.copy_text = QPushButton("Copy as &text", self)
        self.copy_json = QPushButton("Copy as &JSON", self)
        self.countdown = QLabel(self)
        self.countdown.setWordWrap(True)
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.headline.setAccessibleName("Preflight result")
        ip_label = QLabel("IP addresses &retained at failover (INF-10):")
        ip_label.setBuddy(self.ip_retained)
        form = QFormLayout()
        form.addRow(ip_label, self.ip_retained)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_again)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_text)
        buttons.addWidget(self.copy_json)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary, 2)
        layout.addWidget(self.busy)
        layout.addWidget(self.countdown)
        layout.addWidget(self.headline)
        layout.addWidget(self.verdicts, 4)
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
        inp = PreflightInput(
            site=estate.site,
            vcenter=estate.vcenter,
            requests=self.requests,
            now=s.clock.now(),
            plan=s.selection.plan,
            statements=self._statements(),
            matches=estate.matches,
        )
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
        self.busy.show_busy("Reading the vault and vCenter again…")
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
            self.countdown.setText("The agent should have registered by now: checking again…")
            self.recheck()
            return
        minutes, seconds = divmod(int(left + 0.999), 60)
        self.countdown.setText(
            f"⏳ ELIG-04: the VM's agent needs up to 15 minutes after failover to register with the configuration "
            f"server. Checking again automatically in <b>{minutes:d}:{seconds:02d}</b>."
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
            ("What", f"Recovery plan {sel.plan.name}" if sel.plan else "Virtual machine"),
            ("Direction", "Azure → On-premises"),
            ("Master target", f"{mt.name} ({mt.os_type}, host {mt.esxi_host})"),
            ("Process server", f"{ps.name} ({location_text(ps.location)})"),
        ]
        if policy:
            rows.append(
                ("Failback policy", f"{policy.name}: RPO {policy.rpo_threshold_minutes} min, retention "
                 f"{policy.recovery_point_history_minutes // 60} h, app-consistent every "
                 f"{policy.app_consistent_frequency_minutes} min")
            )
        head = "".join(f"<tr><th align=left>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in rows)
        per_vm = []
        for item in sel.items:
            c = sel.choices_for(item.item_id)
            disks = [d for d in item.disks if d.disk_id in c.disks_to_include]
            vm = s.estate.matches.get(item.item_id) if s.estate else None
            exists = None if s.vc is None else bool(vm and vm.vm)
            per_vm.append(
                "<tr>" + "".join(
                    f"<td>{html.escape(x)}</td>"
                    for x in (
                        item.name,
                        c.datastore_name or "—",
                        c.retention_drive or "—",
                        f"{len(disks)} of {len(item.disks)}",
                        transfer_estimate(item, disks, exists),
                    )
                ) + "</tr>"
            )
        self.summary.setHtml(
            f"<table cellspacing=4>{head}</table>"
            "<table border=1 cellspacing=0 cellpadding=3><tr><th>VM</th><th>Datastore</th><th>Retention drive</th>"
            f"<th>Disks</th><th>Data to send back (SUB-05)</th></tr>{''.join(per_vm)}</table>"
        )

    def _fill_verdicts(self) -> None:
        self.verdicts.clear()
        for status in Status:
            group = [v for v in self.results if v.status is status]
            if not group:
                continue
            top = QTreeWidgetItem([f"{STATUS_MARKS[status]} {STATUS_TITLES[status]} ({len(group)})", ""])
            self.verdicts.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            for v in group:
                subject = f" — {v.subject}" if v.subject else ""
                row = QTreeWidgetItem([f"{STATUS_MARKS[v.status]} {v.check_id}{subject}", v.finding])
                row.setToolTip(1, v.finding)
                for line in v.evidence:
                    row.addChild(QTreeWidgetItem(["Evidence", line]))
                if v.remediation and v.status is not Status.PASS:
                    fix = QTreeWidgetItem(["Fix", v.remediation])
                    fix.setToolTip(1, v.remediation)
                    row.addChild(fix)
                top.addChild(row)
            top.setExpanded(status in (Status.BLOCK, Status.WARN, Status.UNKNOWN))
        needs_ack = any(v.needs_acknowledgement for v in self.results)
        self.headline.setText(self._headline())
        self.acknowledge.setVisible(needs_ack)
        self.acknowledge.setEnabled(not self.blocks())

    def _headline(self) -> str:
        blocks = len(self.blocks())
        to_accept = sum(1 for v in self.results if v.needs_acknowledgement)
        if blocks:
            return (f"<b>✖ {blocks} prerequisite(s) block the reprotect.</b> Fix them (each shows its fix below), "
                    "then press Check again.")
        if to_accept:
            return (f"<b>⚠ Nothing blocks, but {to_accept} warning(s) or unchecked fact(s) need your acknowledgement"
                    "</b> before Reprotect is enabled.")
        return "<b>✔ Ready: every prerequisite that can be checked is met.</b>"

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
            "Start the reprotect?",
            f"ASR will start {len(self.requests)} reprotect job(s) for: {names}.\n\n"
            "The on-premises VMs are powered off during reprotect (SUB-01).",
        ):
            return False
        s.submitted = True
        return True

    # --- export --------------------------------------------------------------------------------

    def verdicts_as_text(self) -> str:
        lines = []
        for v in self.results:
            lines.append(f"[{v.status.value.upper()}] {v.check_id}{' ' + v.subject if v.subject else ''}: {v.finding}")
            lines += [f"    evidence: {e}" for e in v.evidence]
            if v.remediation and v.status is not Status.PASS:
                lines.append(f"    fix: {v.remediation}")
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
