"""Page 3: master target and process server."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout

from reprotect_gui.domain import choices
from reprotect_gui.domain.models import MasterTarget, ProcessServer, ServerLocation
from reprotect_gui.ui.widgets import ChoiceList, ago
from reprotect_gui.ui.wizard.base import Page

LINK_TYPES = {
    "": "Not stated",
    "s2s_vpn": "Site-to-site VPN",
    "expressroute": "ExpressRoute (private peering)",
}


class TargetPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle("Master target and process server")
        self.setSubTitle(
            "The master target receives the replication on-premises; it must run the same OS as the VM. "
            "The process server sends the data from Azure."
        )
        self.master_targets = ChoiceList(
            ["Master target", "OS", "ESXi host", "Heartbeat", "Disks used / 60"], "Master target servers", self
        )
        self.process_servers = ChoiceList(["Process server", "Location", "Heartbeat", "Health"], "Process servers", self)
        self.link_type = QComboBox(self)
        for key, text in LINK_TYPES.items():
            self.link_type.addItem(text, key)
        self.link_type.setAccessibleName("Network link between Azure and on-premises")
        self.advice = self.note()
        self.empty_reason = self.note()
        mt_label = QLabel("&Master target server:")
        mt_label.setBuddy(self.master_targets)
        ps_label = QLabel("&Process server:")
        ps_label.setBuddy(self.process_servers)
        form = QFormLayout()
        link_label = QLabel("Network &link to Azure:")
        link_label.setBuddy(self.link_type)
        form.addRow(link_label, self.link_type)
        layout = QVBoxLayout(self)
        layout.addWidget(mt_label)
        layout.addWidget(self.master_targets, 3)
        layout.addWidget(self.empty_reason)
        layout.addWidget(ps_label)
        layout.addWidget(self.process_servers, 2)
        layout.addLayout(form)
        layout.addWidget(self.advice)
        self.master_targets.itemSelectionChanged.connect(self._on_changed)
        self.process_servers.itemSelectionChanged.connect(self._on_changed)
        self.link_type.currentIndexChanged.connect(self._on_changed)

    def initializePage(self) -> None:
        s = self.session
        now = s.clock.now()
        items = s.selection.items
        mts = choices.master_target_choices(s.site, items, now)
        self.master_targets.fill(
            mts,
            lambda mt: [
                mt.name,
                f"{mt.os_type} ({mt.os_version})",
                mt.esxi_host,
                ago(mt.last_heartbeat, now),
                str(choices.disk_budget(mt, items)),
            ],
        )
        self.process_servers.fill(
            choices.process_server_choices(s.site, now),
            lambda ps: [ps.name, "Azure" if ps.location is ServerLocation.AZURE else "On-premises",
                        ago(ps.last_heartbeat, now), ps.health],
        )
        chosen_mt = s.selection.master_target_id
        if not (chosen_mt and self.master_targets.select_where(lambda mt: mt.server_id == chosen_mt)):
            self.master_targets.select_where(lambda mt: True)
        chosen_ps = s.selection.process_server_id
        if not (chosen_ps and self.process_servers.select_where(lambda ps: ps.server_id == chosen_ps)):
            self.process_servers.select_where(lambda ps: True)
        self.link_type.setCurrentIndex(max(0, self.link_type.findData(s.link_type or "")))
        if self.master_targets.selectable_count() == 0:
            os_name = "/".join(sorted({i.os_type for i in items}))
            self.empty_reason.setText(
                f"<b>No master target can take these VMs.</b> A {os_name} master target with a recent heartbeat, "
                "no health errors and room for the disks (60 at most) is needed: deploy or repair one, "
                "then reload the vault (MT-01, MT-10, MT-14)."
            )
        else:
            self.empty_reason.clear()
        self._on_changed()

    def _on_changed(self) -> None:
        s = self.session
        mt: MasterTarget | None = self.master_targets.selected_value()
        ps: ProcessServer | None = self.process_servers.selected_value()
        s.selection.master_target_id = mt.server_id if mt else None
        s.selection.process_server_id = ps.server_id if ps else None
        s.link_type = self.link_type.currentData() or None
        if ps and ps.location is ServerLocation.ON_PREMISES and s.link_type == "s2s_vpn":
            self.advice.setText(
                "⚠ INF-05: with a site-to-site VPN only, use a process server in Azure, close to the failed-over "
                "VMs. An on-premises process server suits ExpressRoute or a proof of concept."
            )
        elif s.link_type is None:
            self.advice.setText("Say how Azure reaches the site: the review page checks the choice against it (INF-05).")
        else:
            self.advice.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return (
            self.master_targets.selected_value() is not None
            and self.process_servers.selected_value() is not None
        )
