"""Page 7: review every choice and every prerequisite verdict; the commit point."""

from __future__ import annotations

import json

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from reprotect_gui.domain.checks.eligibility import AGENT_REGISTRATION_WINDOW
from reprotect_gui.domain.checks.facts import OperatorStatements, whole_minutes
from reprotect_gui.domain.models import ReprotectRequest
from reprotect_gui.domain.preflight import registration_wait, run_preflight
from reprotect_gui.domain.report import STATUS_HINTS, STATUS_TITLES
from reprotect_gui.domain.selection import build_requests
from reprotect_gui.domain.verdicts import Status, Verdict, sorted_for_review
from reprotect_gui.services.estate import Estate, load_estate
from reprotect_gui.services.preflight_input import preflight_input
from reprotect_gui.ui.i18n import fix_text, report_text
from reprotect_gui.ui.i18n import text as ui_text
from reprotect_gui.ui.jobs import JobFailure, Pool
from reprotect_gui.ui.widgets import BusyPanel
from reprotect_gui.ui.wizard.answers_io import save_answers_dialog
from reprotect_gui.ui.wizard.base import Page

STATUS_MARKS = {Status.BLOCK: "✖", Status.WARN: "⚠", Status.UNKNOWN: "?", Status.INFO: "ℹ", Status.PASS: "✔"}


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text: QTreeView sizes a row without the column's width, so a long
    finding or fix would stay one (cut) line."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802 - Qt's name
        base = super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self._view.columnWidth(index.column())
        if index.column() == 0:
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= self._view.indentation() * (depth + 1)
        if not opt.icon.isNull():
            width -= opt.decorationSize.width() + 4
        bound = opt.fontMetrics.boundingRect(
            QRect(0, 0, max(40, width - 12), 1_000_000), int(Qt.TextFlag.TextWordWrap), opt.text
        )
        return QSize(base.width(), max(base.height(), bound.height() + 6))


class GrowingSummary(QTextBrowser):
    """A summary box as tall as its content; it scrolls only when the content is taller than the room
    the page can give it (the checks list keeps `keep_for_rest` pixels)."""

    def __init__(self, parent: QWidget | None = None, keep_for_rest: int = 240) -> None:
        super().__init__(parent)
        self._keep = keep_for_rest
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self.fit())

    def content_height(self) -> int:
        margins = self.contentsMargins()
        return int(self.document().size().height()) + margins.top() + margins.bottom() + 2

    def room(self) -> int:
        page = self.parentWidget()
        return max(80, (page.height() if page is not None else 600) - self._keep)

    def fit(self) -> None:
        self.setFixedHeight(min(self.content_height(), self.room()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit()


class ReviewPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Review and reprotect"))
        self.setSubTitle(
            self.tr("Every choice and every prerequisite in one place. Nothing is sent until you press Reprotect.")
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Reprotect"))
        self.summary = GrowingSummary(self)
        self.summary.setAccessibleName(self.tr("Summary of the choices"))
        self.verdicts = QTreeWidget(self)
        self.verdicts.setHeaderLabels([self.tr("Check"), self.tr("Finding")])
        self.verdicts.setAccessibleName(self.tr("Prerequisite checks"))
        # Long findings and fixes wrap: nothing is elided, whatever the language or the zoom.
        self.verdicts.setWordWrap(True)
        self.verdicts.setUniformRowHeights(False)
        self.verdicts.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.verdicts.header().setStretchLastSection(True)
        self.verdicts.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.verdicts.setItemDelegate(WrappingDelegate(self.verdicts))
        self.verdicts.header().sectionResized.connect(lambda *_: self.verdicts.doItemsLayout())
        self.verdicts.setColumnWidth(0, 220)
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
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_again)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_text)
        buttons.addWidget(self.copy_json)
        buttons.addWidget(self.save_answers_button)
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
        self.requests: tuple[ReprotectRequest, ...] = ()
        self._checking = False
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self._tick_countdown)
        self.check_again.clicked.connect(self.recheck)
        self.busy.retry_requested.connect(self.recheck)
        self.acknowledge.toggled.connect(self._on_acknowledged)
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
        s.runner.start(
            lambda ctx: run_preflight(inp),
            pool=Pool.LOCAL,
            name="preflight",
            on_success=self._on_checked,
            on_failure=self._on_check_failed,
        )

    def recheck(self) -> None:
        """Re-read the vault and vCenter in the background, then check everything again."""
        s = self.session
        self._checking = True
        self.completeChanged.emit()
        self.check_again.setEnabled(False)
        self.busy.show_busy(self.tr("Reading the vault and vCenter again…"))
        s.runner.start(
            lambda ctx: load_estate(s.site_recovery, s.vcenter, s.clock, ctx),
            pool=Pool.AZURE,
            name="reload estate",
            on_success=self._on_reloaded,
            on_failure=self._on_check_failed,
            progress=self.busy.show_progress,
        )

    def _on_reloaded(self, estate: Estate) -> None:
        # The items themselves may have changed (state, agent): the selection follows the new estate.
        self.session.replace_estate(estate)
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
                "⏳ ELIG-04: the VM's agent needs up to {window} minutes after failover to register with the "
                "configuration server. Checking again automatically in <b>{time}</b>."
            ).format(window=whole_minutes(AGENT_REGISTRATION_WINDOW), time=f"{minutes:d}:{seconds:02d}")
        )

    # --- showing -------------------------------------------------------------------------------

    def _show_summary(self) -> None:
        self.summary.setHtml(self.session.wizard_flow.summary_html(self.session))

    def _statement_rows(self) -> list[tuple[str, str]]:
        """What the operator stated on the master-target page, and the run-as account the request names."""
        from reprotect_gui.ui.wizard.target_page import LINK_TYPES

        s = self.session
        retained = {None: self.tr("Not stated"), True: self.tr("Yes"), False: self.tr("No")}[s.ip_retained]
        account = next((a for a in s.site.run_as_accounts if a.account_id == s.selection.run_as_account_id), None)
        return [
            (self.tr("Network link to Azure"), QCoreApplication.translate("TargetPage", LINK_TYPES[s.link_type])),
            (self.tr("IP addresses retained at failover"), retained),
            (
                self.tr("vCenter run-as account"),
                account.name if account else self.tr("None named (ASR uses the configuration server's own)"),
            ),
        ]

    def _fill_verdicts(self) -> None:
        self.verdicts.clear()
        for status in Status:
            group = [v for v in self.results if v.status is status]
            if not group:
                continue
            title = report_text(STATUS_TITLES[status])
            if status in STATUS_HINTS:
                title += " — " + report_text(STATUS_HINTS[status])
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
                "<b>✖ {n} prerequisite(s) block the reprotect.</b> Each shows its fix below: change a choice "
                "with Back; fix anything outside the wizard there, then press Check again."
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
                "ASR will start {n} reprotect job(s) for: {names}.\n{where}\n\n"
                "The on-premises VMs are powered off during reprotect (SUB-01)."
            ).format(n=len(self.requests), names=names, where=self._where_text()),
            self.tr("Start reprotect"),
            self.tr("Go back"),
        ):
            return False
        s.submitted = True
        return True

    def _where_text(self) -> str:
        """Where the VMs come back: the master target and its ESXi host, or the replication appliance."""
        site = self.session.site
        lines = []
        for target in dict.fromkeys(r.target for r in self.requests):
            server_id = getattr(target, "master_target_id", "") or getattr(target, "reprotect_agent_id", "")
            try:
                if getattr(target, "master_target_id", ""):
                    mt = site.master_target(server_id)
                    lines.append(
                        self.tr("Master target: {mt} on ESXi host {host}.").format(mt=mt.name, host=mt.esxi_host)
                    )
                else:
                    appliance = site.appliance(server_id)
                    names = sorted({r.datastore_name for r in self.requests if r.target == target})
                    lines.append(
                        self.tr("Replication appliance: {appliance}, writing to datastore {datastore}.").format(
                            appliance=appliance.name, datastore=", ".join(names)
                        )
                    )
                    hosts = self._hosts_mounting(names)
                    if hosts:
                        lines.append(self.tr("ESXi host(s) with that datastore: {hosts}.").format(hosts=hosts))
            except (KeyError, AttributeError):
                lines.append(self.tr("Target server: {server}.").format(server=server_id))
        return "\n".join(lines)

    def _hosts_mounting(self, datastores: list[str]) -> str:
        """The ESXi hosts that mount these datastores, from vCenter ("" without vCenter)."""
        estate = self.session.estate
        vcenter = estate.vcenter if estate is not None else None
        if vcenter is None:
            return ""
        hosts = sorted({h for d in vcenter.datastores if d.name in datastores for h in d.host_names})
        return ", ".join(hosts)

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
