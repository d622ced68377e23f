"""Commit's first page: check the failed-back VM on-premises, then say that the application works.

FB-13: each VM is read from vCenter (power state, VMware Tools, guest IP) in the background and can
be read again; CMT-02: the operator states that the application works on-premises — the statement
goes into the record. What commit then deletes is said on the review page and in its confirmation.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from reprotect_gui.domain.checks.journey import JourneyFacts, MemberState
from reprotect_gui.services.journey import StepCheck
from reprotect_gui.ui.i18n import text as ui_text
from reprotect_gui.ui.jobs import JobFailure, Pool
from reprotect_gui.ui.widgets import BusyPanel
from reprotect_gui.ui.wizard import journey_calls
from reprotect_gui.ui.wizard.base import Page

RUNNING_TOOLS = ("toolsOk", "toolsOld")


class OnPremCheckPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Check on-premises, then commit"))
        self.vms = QTreeWidget(self)
        self.vms.setHeaderLabels(
            [self.tr("VM"), self.tr("Power"), self.tr("VMware Tools"), self.tr("Guest IP"), self.tr("Verdict")]
        )
        self.vms.setAccessibleName(self.tr("The failed-back VMs as vCenter shows them"))
        self.vms.setRootIsDecorated(False)
        for column, width in enumerate((150, 110, 130, 160)):
            self.vms.setColumnWidth(column, width)
        self.busy = BusyPanel(self)
        self.read_again = QPushButton(self.tr("&Read again"), self)
        self.read_again.setAccessibleName(self.tr("Read the VMs from vCenter again"))
        self.summary = self.note(parent=self)
        self.summary.setAccessibleName(self.tr("What vCenter shows"))
        self.app_works = QCheckBox(
            self.tr("I have checked that the &application works on-premises (recorded in the report)"), self
        )
        self.app_works.setAccessibleName(self.tr("The application works on-premises"))
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.read_again)
        layout = QVBoxLayout(self)
        layout.addWidget(self.vms, 1)
        layout.addWidget(self.busy)
        layout.addLayout(row)
        layout.addWidget(self.app_works)
        layout.addWidget(self.next_hint())
        self.read_again.clicked.connect(self.read)
        self.busy.retry_requested.connect(self.read)
        self.app_works.toggled.connect(self._on_app_works)
        self.facts: JourneyFacts | None = None
        self._reading = False

    def initializePage(self) -> None:
        journey = self.session.journey_run
        assert journey is not None
        self.setSubTitle(
            self.tr(
                "FB-13: before commit, each VM of {target} must run on-premises — powered on, VMware Tools "
                "running (re-enable them on Windows), an IP address. Then check the application itself (CMT-02)."
            ).format(target=journey.target_name)
        )
        self.app_works.setChecked(journey.app_confirmed)
        self.read()

    def read(self) -> None:
        s = self.session
        journey = s.journey_run
        assert journey is not None
        self._reading = True
        self.read_again.setEnabled(False)
        self.completeChanged.emit()
        self.busy.show_busy(self.tr("Reading {target} from vCenter…").format(target=journey.target_name))
        s.runner.start(
            lambda ctx: journey_calls.check_step(s, journey, ctx),
            pool=Pool.AZURE,
            name="read the failed-back VMs",
            on_success=self._on_read,
            on_failure=self._on_read_failed,
        )

    def _on_read(self, check: StepCheck) -> None:
        facts = check.facts
        self._reading = False
        self.read_again.setEnabled(True)
        self.busy.hide()
        self.facts = facts
        self.vms.clear()
        running = 0
        for m in facts.members:
            ok, text = self.member_verdict(m, facts.vcenter_read)
            running += ok
            self.vms.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        m.name,
                        m.on_prem_power_state or self.tr("not read"),
                        m.on_prem_tools_status or self.tr("not reported"),
                        ", ".join(m.on_prem_ip_addresses or ()) or self.tr("none"),
                        text,
                    ]
                )
            )
        first = self.vms.topLevelItem(0)
        if first is not None:
            self.vms.setCurrentItem(first)
        text = self.tr("{n} of {total} VM(s) run normally on-premises.").format(n=running, total=len(facts.members))
        if check.vcenter_problem:
            text += " " + ui_text(check.vcenter_problem)
        self.summary.setText(text)
        self.completeChanged.emit()

    def member_verdict(self, m: MemberState, vcenter_read: bool) -> tuple[bool, str]:
        """FB-13 for one VM, in words: (runs normally, what to do)."""
        if not vcenter_read or m.on_prem_power_state is None:
            return False, self.tr("Not read from vCenter: check the VM in vCenter yourself.")
        problems = []
        if m.on_prem_power_state != "poweredOn":
            problems.append(self.tr("not powered on"))
        if m.on_prem_tools_status not in RUNNING_TOOLS:
            problems.append(self.tr("VMware Tools not running"))
        if not m.on_prem_ip_addresses:
            problems.append(self.tr("no guest IP address"))
        if problems:
            return False, self.tr("Not yet: {problems}. Wait a few minutes and read again.").format(
                problems=", ".join(problems)
            )
        return True, self.tr("Runs on-premises")

    def _on_read_failed(self, failure: JobFailure) -> None:
        self._reading = False
        self.read_again.setEnabled(True)
        self.busy.show_failure(failure)
        self.completeChanged.emit()

    def _on_app_works(self, checked: bool) -> None:
        journey = self.session.journey_run
        if journey is not None:
            journey.app_confirmed = checked
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self._reading and self.facts is not None and self.app_works.isChecked()

    def why_incomplete(self) -> str:
        if self._reading or self.facts is None:
            return ""
        return self.tr("Check the application on-premises and tick the box: commit can't be undone (CMT-02).")
