"""Protect to Azure again (section K): the process server, the policy and the run-as account.

Classic (REV-03): an on-premises process server, the vCenter run-as account (mandatory), the forward
`InMageAzureV2` policy of the container mapping (preselected). Modernized (REV-04): the appliance's
process server, the `InMageRcm` policy the operator picks, an optional run-as account typed in (the
SDK can't read Azure Migrate's). Each server shows its health (REV-05). A plan is protected member by
member with the same choices (REV-07). The choices are read in the background.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from reprotect_gui.domain.failback import ReprotectToAzureRequest
from reprotect_gui.domain.journey import ReverseChoices, ReversePolicy, ReverseServer
from reprotect_gui.domain.models import ReplicationFlow
from reprotect_gui.ui.jobs import JobFailure, Pool
from reprotect_gui.ui.widgets import BusyPanel, ago
from reprotect_gui.ui.wizard import journey_calls
from reprotect_gui.ui.wizard.base import Page


def _common(choices: tuple[ReverseChoices, ...]) -> tuple[tuple[ReverseServer, ...], tuple[ReversePolicy, ...]]:
    """The servers and policies every member can use (a plan's members share one set of choices), by id: the
    same server read a moment later has a newer heartbeat."""
    first = choices[0]
    servers = tuple(
        p
        for p in first.process_servers
        if all(p.server_id in {q.server_id for q in c.process_servers} for c in choices)
    )
    policies = tuple(
        p for p in first.policies if all(p.policy_id in {q.policy_id for q in c.policies} for c in choices)
    )
    return servers, policies


class ReversePage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Protect to Azure again"))
        self.servers = QComboBox(self)
        self.servers.setAccessibleName(self.tr("Process server"))
        self.policies = QComboBox(self)
        self.policies.setAccessibleName(self.tr("Replication policy"))
        self.accounts = QComboBox(self)
        self.accounts.setAccessibleName(self.tr("vCenter run-as account"))
        self.account_text = QLineEdit(self)
        self.account_text.setAccessibleName(self.tr("Run-as account id (optional)"))
        self.account_text.setPlaceholderText(self.tr("Leave empty when the Mobility agent is installed"))
        self.server_label = QLabel(self.tr("&Process server:"), self)
        self.server_label.setBuddy(self.servers)
        self.policy_label = QLabel(self.tr("Replication p&olicy:"), self)
        self.policy_label.setBuddy(self.policies)
        self.account_label = QLabel(self.tr("&Run-as account:"), self)
        self.account_label.setBuddy(self.accounts)
        self.account_text_label = QLabel(self.tr("&Run-as account (optional):"), self)
        self.account_text_label.setBuddy(self.account_text)
        form = QFormLayout()
        form.addRow(self.server_label, self.servers)
        form.addRow(self.policy_label, self.policies)
        form.addRow(self.account_label, self.accounts)
        form.addRow(self.account_text_label, self.account_text)
        self.server_health = self.note(parent=self)
        self.server_health.setAccessibleName(self.tr("Health of the chosen process server"))
        self.remark = self.note(parent=self)
        self.remark.setAccessibleName(self.tr("About protecting to Azure again"))
        self.busy = BusyPanel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.server_health)
        layout.addWidget(self.busy)
        layout.addWidget(self.remark)
        layout.addStretch(1)
        layout.addWidget(self.next_hint())
        self.servers.currentIndexChanged.connect(self._on_server_changed)
        self.policies.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())
        self.accounts.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())
        self.busy.retry_requested.connect(self._read)
        self.choices: tuple[ReverseChoices, ...] = ()
        self._servers: tuple[ReverseServer, ...] = ()

    @property
    def classic(self) -> bool:
        journey = self.session.journey_run
        return journey is not None and journey.flow is ReplicationFlow.CLASSIC

    def initializePage(self) -> None:
        journey = self.session.journey_run
        assert journey is not None
        names = ", ".join(m.name for m in journey.members)
        self.setSubTitle(
            self.tr(
                "{names} run on-premises without protection now (CMT-07). Choose how they replicate to Azure again."
            ).format(names=names)
        )
        classic = self.classic
        for w in (self.account_label, self.accounts):
            w.setVisible(classic)
        self.account_text_label.setVisible(not classic)
        self.account_text.setVisible(not classic)
        self.remark.setText(
            self.tr(
                "Classic (REV-03): an on-premises process server, the vCenter run-as account and the policy of the "
                "container mapping. The VM's agent must have registered again after boot (REV-02)."
            )
            if classic
            else self.tr(
                "Modernized (REV-04): the replication appliance's process server and an InMageRcm policy. The Azure "
                "VM size, network and resource group are not part of it: review them afterwards (REV-06)."
            )
        )
        if journey.is_plan:
            self.remark.setText(
                self.remark.text()
                + " "
                + self.tr("A recovery plan is protected member by member, with the same choices (REV-07).")
            )
        for combo in (self.servers, self.policies, self.accounts):
            combo.clear()
            combo.setEnabled(False)
        self.account_text.clear()
        self.choices = ()
        self._read()

    def _read(self) -> None:
        s = self.session
        journey = s.journey_run
        assert journey is not None
        self.busy.show_busy(self.tr("Reading the process servers and policies…"))
        s.runner.start(
            lambda ctx: journey_calls.reverse_choices(s, journey, ctx),
            pool=Pool.AZURE,
            name="reverse choices",
            on_success=self._on_choices,
            on_failure=self._on_failed,
        )

    def _on_failed(self, failure: JobFailure) -> None:
        self.busy.show_failure(failure)
        self.completeChanged.emit()

    def _on_choices(self, choices: tuple[ReverseChoices, ...]) -> None:
        self.busy.hide()
        self.choices = choices
        if not choices:
            self.completeChanged.emit()
            return
        servers, policies = _common(choices)
        now = self.session.clock.now()
        self._servers = tuple(p for p in servers if p.on_premises or not self.classic)
        for p in self._servers:
            self.servers.addItem(
                self.tr("{name} — {health}, heartbeat {ago}").format(
                    name=p.name, health=p.health or self.tr("health not reported"), ago=ago(p.last_heartbeat, now)
                ),
                p.server_id,
            )
        preselected = choices[0].preselected_policy
        for policy in policies:
            label = policy.name
            if policy.from_container_mapping:
                label = self.tr("{name} (from the container mapping)").format(name=policy.name)
            self.policies.addItem(label, policy.policy_id)
        if preselected is not None:
            self.policies.setCurrentIndex(max(0, self.policies.findData(preselected.policy_id)))
        for account in choices[0].run_as_accounts:
            self.accounts.addItem(account.name, account.account_id)
        for combo in (self.servers, self.policies, self.accounts):
            combo.setEnabled(combo.count() > 0)
        self._on_server_changed()

    def chosen_server(self) -> ReverseServer | None:
        server_id = self.servers.currentData()
        return next((p for p in self._servers if p.server_id == server_id), None)

    def _on_server_changed(self, *_args: object) -> None:
        server = self.chosen_server()
        if server is None:
            self.server_health.setText(
                self.tr("No process server can take it: register or repair one, then go Back and Next to read again.")
                if self.choices
                else ""
            )
        else:
            problems = "; ".join(server.health_errors)
            statuses = ", ".join(
                f"{what} {value}"
                for what, value in (
                    (self.tr("memory"), server.memory_status),
                    (self.tr("disk"), server.disk_status),
                    (self.tr("processor"), server.processor_status),
                )
                if value
            )
            text = self.tr("REV-05: {name} reports health {health}.").format(
                name=server.name, health=server.health or self.tr("not reported")
            )
            if statuses:
                text += " " + statuses + "."
            if problems:
                text += " " + problems
            self.server_health.setText(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if not self.choices or self.chosen_server() is None or not self.policies.currentData():
            return False
        return not self.classic or bool(self.accounts.currentData())

    def why_incomplete(self) -> str:
        if not self.choices:
            return ""
        if self.chosen_server() is None:
            return self.tr("Choose a process server.")
        if not self.policies.currentData():
            return self.tr("Choose a replication policy.")
        if self.classic and not self.accounts.currentData():
            return self.tr("Choose the vCenter run-as account: a classic reprotect to Azure needs it (REV-03).")
        return ""

    def requests(self) -> tuple[ReprotectToAzureRequest, ...]:
        journey = self.session.journey_run
        server = self.chosen_server()
        assert journey is not None and server is not None
        run_as = str(self.accounts.currentData() or "") if self.classic else self.account_text.text().strip()
        return tuple(
            ReprotectToAzureRequest(
                item_id=m.item_id,
                item_name=m.name,
                flow=journey.flow,
                process_server_id=server.server_id,
                policy_id=str(self.policies.currentData()),
                run_as_account_id=run_as or None,
            )
            for m in journey.members
        )

    def validatePage(self) -> bool:
        journey = self.session.journey_run
        assert journey is not None
        journey.reverse = self.requests()
        journey.reverse_server = self.chosen_server()
        server = journey.reverse_server
        policy = next((p for c in self.choices for p in c.policies if p.policy_id == self.policies.currentData()), None)
        journey.reverse_names = {
            "process_server": server.name if server is not None else "",
            "policy": policy.name if policy is not None else "",
            "run_as_account": self.accounts.currentText() if self.classic else self.account_text.text().strip(),
        }
        return True
