"""Page 3: master target and process server."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout

from reprotect_gui.domain import choices
from reprotect_gui.domain.checks.facts import LinkType
from reprotect_gui.domain.models import MasterTarget, ProcessServer, ServerLocation
from reprotect_gui.ui.i18n import state_text
from reprotect_gui.ui.translate_noop import QT_TRANSLATE_NOOP
from reprotect_gui.ui.widgets import ChoiceList, ago, empty_list_text, location_text
from reprotect_gui.ui.wizard.base import Page

LINK_TYPES: dict[LinkType | None, str] = {  # English; shown through tr()
    None: QT_TRANSLATE_NOOP("TargetPage", "Not stated"),
    LinkType.S2S_VPN: QT_TRANSLATE_NOOP("TargetPage", "Site-to-site VPN"),
    LinkType.EXPRESSROUTE: QT_TRANSLATE_NOOP("TargetPage", "ExpressRoute (private peering)"),
}


class TargetPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Master target and process server"))
        self.setSubTitle(
            self.tr(
                "The master target receives the replication on-premises; it must run the same OS as the VM. "
                "The process server sends the data from Azure."
            )
        )
        self.master_targets = ChoiceList(
            [
                self.tr("Master target"),
                self.tr("OS"),
                self.tr("ESXi host"),
                self.tr("Heartbeat"),
                self.tr("Disks used / 60"),
            ],
            self.tr("Master target servers"),
            self,
        )
        self.process_servers = ChoiceList(
            [self.tr("Process server"), self.tr("Location"), self.tr("Heartbeat"), self.tr("Health")],
            self.tr("Process servers"),
            self,
        )
        self.link_type = QComboBox(self)
        for key, text in LINK_TYPES.items():
            self.link_type.addItem(self.tr(text), key.value if key else "")
        self.link_type.setAccessibleName(self.tr("Network link between Azure and on-premises"))
        self.ip_retained = QComboBox(self)
        for text, value in ((self.tr("Not stated"), None), (self.tr("Yes"), True), (self.tr("No"), False)):
            self.ip_retained.addItem(text, value)
        self.ip_retained.setAccessibleName(self.tr("IP addresses retained at failover"))
        self.run_as = QComboBox(self)
        self.run_as.setAccessibleName(self.tr("vCenter run-as account the request names"))
        self.advice = self.note()
        self.advice.setAccessibleName(self.tr("Advice on the process server"))
        self.empty_reason = self.note()
        self.empty_reason.setAccessibleName(self.tr("Why no master target can be chosen"))
        mt_label = QLabel(self.tr("&Master target server:"))
        mt_label.setBuddy(self.master_targets)
        ps_label = QLabel(self.tr("&Process server:"))
        ps_label.setBuddy(self.process_servers)
        # What only the operator can tell, asked together (INF-03/05, INF-10); the review shows the answers.
        self.statements = QGroupBox(self.tr("What only you can tell (the review checks against it)"), self)
        form = QFormLayout(self.statements)
        link_label = QLabel(self.tr("Network &link to Azure:"))
        link_label.setBuddy(self.link_type)
        form.addRow(link_label, self.link_type)
        ip_label = QLabel(self.tr("&IP addresses retained at failover (INF-10):"))
        ip_label.setBuddy(self.ip_retained)
        form.addRow(ip_label, self.ip_retained)
        run_as_label = QLabel(self.tr("vCenter &run-as account:"))
        run_as_label.setBuddy(self.run_as)
        form.addRow(run_as_label, self.run_as)
        layout = QVBoxLayout(self)
        layout.addWidget(mt_label)
        layout.addWidget(self.master_targets, 3)
        layout.addWidget(self.empty_reason)
        layout.addWidget(ps_label)
        layout.addWidget(self.process_servers, 2)
        layout.addWidget(self.statements)
        layout.addWidget(self.advice)
        layout.addWidget(self.next_hint())
        self._filling = False
        self.master_targets.itemSelectionChanged.connect(self._on_changed)
        self.process_servers.itemSelectionChanged.connect(self._on_changed)
        self.link_type.currentIndexChanged.connect(self._on_link_type_changed)
        self.ip_retained.currentIndexChanged.connect(self._on_ip_retained_changed)
        self.run_as.currentIndexChanged.connect(self._on_run_as_changed)

    def initializePage(self) -> None:
        s = self.session
        now = s.clock.now()
        items = s.selection.items
        matches = s.estate.matches if s.estate else None
        # A master target whose host offers no usable datastore is disabled here (INF-06, MT-08): no dead end.
        mts = choices.master_target_choices(s.site, items, now, vcenter=s.vc, matches=matches)
        self.master_targets.fill(
            mts,
            lambda mt: [
                mt.name,
                f"{mt.os_type} ({mt.os_version})",
                mt.esxi_host,
                ago(mt.last_heartbeat, now),
                str(choices.disk_budget(mt, items, matches)),
            ],
        )
        chosen_mt = s.selection.master_target_id
        # Preselect only when there is no choice to make: the MT decides the ESXi host (MT-13).
        if (
            not (chosen_mt and self.master_targets.select_where(lambda mt: mt.server_id == chosen_mt))
            and self.master_targets.selectable_count() == 1
        ):
            self.master_targets.select_where(lambda mt: True)
        self._filling = True
        self.set_link_type(s.link_type)
        self.ip_retained.setCurrentIndex(max(0, self.ip_retained.findData(s.ip_retained)))
        self._fill_run_as()
        self._filling = False
        self._fill_process_servers()
        if self.master_targets.selectable_count() == 0:
            self.empty_reason.setText(
                empty_list_text(
                    self.tr("No master target can take these VMs:"),
                    choices.explain_empty_master_targets(s.site, items, now, vcenter=s.vc, matches=matches),
                )
            )
        else:
            self.empty_reason.clear()
        self._on_changed()

    def _fill_process_servers(self) -> None:
        """The notes depend on the link type (INF-05), so the list follows the statement."""
        s = self.session
        now = s.clock.now()
        chosen = s.selection.process_server_id
        self._filling = True
        self.process_servers.fill(
            choices.process_server_choices(s.site, now, link_type=self.chosen_link_type()),
            lambda ps: [ps.name, location_text(ps.location), ago(ps.last_heartbeat, now), state_text(ps.health)],
        )
        if not (chosen and self.process_servers.select_where(lambda ps: ps.server_id == chosen)):
            self.process_servers.select_where(lambda ps: True)
        self._filling = False

    def _fill_run_as(self) -> None:
        """The run-as account the request names (PowerShell asks for it too): preselected when there is one."""
        s = self.session
        accounts = s.site.run_as_accounts
        self.run_as.clear()
        self.run_as.addItem(self.tr("None named (ASR uses the configuration server's own)"), "")
        for account in accounts:
            self.run_as.addItem(account.name, account.account_id)
        if s.selection.run_as_account_id is None and len(accounts) == 1:
            s.selection.run_as_account_id = accounts[0].account_id
        self.run_as.setCurrentIndex(max(0, self.run_as.findData(s.selection.run_as_account_id or "")))

    def _on_ip_retained_changed(self) -> None:
        if not self._filling:
            self.session.ip_retained = self.ip_retained.currentData()

    def _on_run_as_changed(self) -> None:
        if not self._filling:
            self.session.selection.run_as_account_id = self.run_as.currentData() or None

    def chosen_link_type(self) -> LinkType | None:
        value = self.link_type.currentData()
        return LinkType(value) if value else None

    def set_link_type(self, link: LinkType | None) -> None:
        self.link_type.setCurrentIndex(max(0, self.link_type.findData(link.value if link else "")))

    def _on_link_type_changed(self) -> None:
        if self._filling:
            return
        self.session.link_type = self.chosen_link_type()
        self._fill_process_servers()
        self._on_changed()

    def _on_changed(self) -> None:
        if self._filling:
            return
        s = self.session
        mt: MasterTarget | None = self.master_targets.selected_value()
        ps: ProcessServer | None = self.process_servers.selected_value()
        s.selection.master_target_id = mt.server_id if mt else None
        s.selection.process_server_id = ps.server_id if ps else None
        s.link_type = self.chosen_link_type()
        if ps and ps.location is not ServerLocation.AZURE and s.link_type is LinkType.S2S_VPN:
            self.advice.setText(
                self.tr(
                    "⚠ INF-05: with a site-to-site VPN only, use a process server in Azure, close to the failed-over "
                    "VMs. An on-premises process server suits ExpressRoute or a proof of concept."
                )
            )
        elif s.link_type is None:
            self.advice.setText(
                self.tr("Say how Azure reaches the site: the review page checks the choice against it (INF-05).")
            )
        else:
            self.advice.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.master_targets.selected_value() is not None and self.process_servers.selected_value() is not None

    def why_incomplete(self) -> str:
        if self.master_targets.selected_value() is None:
            usable = self.master_targets.selectable_count()
            if usable == 0:
                return self.tr("No master target can take these VMs (see why above): go Back and choose other VMs.")
            return self.tr(
                "Choose a master target: {n} can take these VMs, and the choice decides the ESXi host (MT-13)."
            ).format(n=usable)
        if self.process_servers.selected_value() is None:
            if self.process_servers.selectable_count() == 0:
                return self.tr("No process server can be used (each one's reason is in its row).")
            return self.tr("Choose a process server.")
        return ""
