"""Modernized page 3: the replication appliance (RCM-01, RCM-04) — no master target, no process server."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from reprotect_gui.domain import choices
from reprotect_gui.domain.models import ReplicationAppliance
from reprotect_gui.ui.i18n import state_text
from reprotect_gui.ui.widgets import ChoiceList, ago, empty_list_text
from reprotect_gui.ui.wizard.base import Page


class AppliancePage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Replication appliance"))
        self.setSubTitle(
            self.tr(
                "Modernized experience: a replication appliance registered in the vault replicates the VM back; "
                "there is no master target or process server to choose. Only healthy appliances can be chosen."
            )
        )
        self.appliances = ChoiceList(
            [self.tr("Appliance"), self.tr("Health"), self.tr("Heartbeat"), "vCenter", self.tr("Disks used / 60")],
            self.tr("Replication appliances"),
            self,
        )
        self.empty_reason = self.note()
        self.empty_reason.setAccessibleName(self.tr("Why no appliance can be chosen"))
        self.advice = self.note(
            self.tr(
                "RCM-04: at most {limit} disks replicate through one appliance (disks in use + the disks of these "
                "VMs). RCM-01: if the reprotect fails, it can be retried on another healthy appliance."
            ).format(limit=choices.MAX_DISKS_PER_APPLIANCE)
        )
        self.advice.setAccessibleName(self.tr("About appliances"))
        label = QLabel(self.tr("Replication &appliance:"))
        label.setBuddy(self.appliances)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.appliances, 1)
        layout.addWidget(self.empty_reason)
        layout.addWidget(self.advice)
        layout.addWidget(self.next_hint())
        self._filling = False
        self.appliances.itemSelectionChanged.connect(self._on_changed)

    def initializePage(self) -> None:
        s = self.session
        now = s.clock.now()
        items = s.selection.items
        self._filling = True
        self.appliances.fill(
            choices.appliance_choices(s.site, items, now),
            lambda a: [
                a.name,
                state_text(a.health) if a.health else self.tr("not reported"),
                ago(a.last_heartbeat, now),
                a.vcenter_name,
                choices.appliance_disk_text(a, items),
            ],
        )
        chosen = s.selection.appliance_id
        if (
            not (chosen and self.appliances.select_where(lambda a: a.appliance_id == chosen))
            and self.appliances.selectable_count() == 1  # no choice to make
        ):
            self.appliances.select_where(lambda a: True)
        self._filling = False
        if self.appliances.selectable_count() == 0:
            self.empty_reason.setText(
                empty_list_text(
                    self.tr("No replication appliance can take these VMs:"),
                    choices.explain_empty_appliances(s.site, items, now),
                )
            )
        else:
            self.empty_reason.clear()
        self._on_changed()

    def _on_changed(self) -> None:
        if self._filling:
            return
        appliance: ReplicationAppliance | None = self.appliances.selected_value()
        sel = self.session.selection
        new_id = appliance.appliance_id if appliance else None
        if new_id != sel.appliance_id:
            for item in sel.items:  # the datastore depends on what the appliance reaches (RCM-02/03)
                sel.choices_for(item.item_id).datastore_name = None
        sel.appliance_id = new_id
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.appliances.selected_value() is not None

    def why_incomplete(self) -> str:
        usable = self.appliances.selectable_count()
        if usable == 0:
            return self.tr("No replication appliance can take these VMs (see why above): go Back and choose other VMs.")
        return self.tr("Choose a replication appliance: {n} can take these VMs.").format(n=usable)
