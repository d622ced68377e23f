"""Page 4: datastore (and which disks come back), per VM where a plan's VMs differ.

Modernized items (section G) take the datastore through the replication appliance: chosen
automatically for original-location recovery, any the appliance can write for alternate location
(RCM-03); the API has no disk choice there, so the disk list is hidden.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from reprotect_gui.domain import choices
from reprotect_gui.domain.checks.modernized import Location
from reprotect_gui.domain.matching import describe
from reprotect_gui.domain.models import ProtectedItem, SeenDatastore
from reprotect_gui.domain.selection import default_disks
from reprotect_gui.ui.i18n import datastore_type_text
from reprotect_gui.ui.widgets import ChoiceList, empty_list_text, gb
from reprotect_gui.ui.wizard.base import Page

DISK_ROLE = Qt.ItemDataRole.UserRole + 2


class DatastorePage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Datastore"))
        self.setSubTitle(self._classic_subtitle())
        self.vm_picker = QComboBox(self)
        self.vm_picker.setAccessibleName(self.tr("Virtual machine these values are for"))
        self.same_for_all = QCheckBox(self.tr("Use the same &datastore for every VM of the plan"), self)
        self.same_for_all.setAccessibleName(self.tr("Use the same datastore for every VM of the plan"))
        self.same_for_all.setChecked(True)
        self.datastores = ChoiceList(
            [self.tr("Datastore"), self.tr("Type"), self.tr("Capacity"), self.tr("Free")], self.tr("Datastores"), self
        )
        self.location_note = self.note()
        self.location_note.setAccessibleName(self.tr("Where the VM comes back"))
        self.empty_reason = self.note()
        self.empty_reason.setAccessibleName(self.tr("Why no datastore can be chosen"))
        self.disks = QListWidget(self)
        self.disks.setAccessibleName(self.tr("Disks to bring back"))
        self.vm_label = QLabel(self.tr("Values for &VM:"))
        self.vm_label.setBuddy(self.vm_picker)
        ds_label = QLabel(self.tr("Data&store:"))
        ds_label.setBuddy(self.datastores)
        disks_label = QLabel(self.tr("Dis&ks to bring back (DS-07):"))
        disks_label.setBuddy(self.disks)
        self.disks_label = disks_label
        form = QFormLayout()
        form.addRow(self.vm_label, self.vm_picker)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.same_for_all)
        layout.addWidget(ds_label)
        layout.addWidget(self.datastores, 3)
        layout.addWidget(self.empty_reason)
        layout.addWidget(self.location_note)
        layout.addWidget(disks_label)
        layout.addWidget(self.disks, 1)
        self.vm_picker.currentIndexChanged.connect(self._show_current_vm)
        self.datastores.itemSelectionChanged.connect(self._on_datastore_chosen)
        self.disks.itemChanged.connect(self._on_disk_toggled)
        self._filling = False

    def initializePage(self) -> None:
        s = self.session
        for item in s.selection.items:
            c = s.selection.choices_for(item.item_id)
            if not c.disks_to_include:
                c.disks_to_include = default_disks(item)
        self._filling = True
        self.vm_picker.clear()
        for item in s.selection.items:
            self.vm_picker.addItem(item.name, item)
        self._filling = False
        plan = s.selection.is_plan
        for w in (self.vm_label, self.vm_picker, self.same_for_all):
            w.setVisible(plan)
        modernized = s.selection.is_modernized
        self.disks_label.setVisible(not modernized)
        self.disks.setVisible(not modernized)
        self.setSubTitle(
            self.tr(
                "Where the VM comes back through the replication appliance: its own datastore when it still exists, "
                "otherwise a datastore in the appliance's vCenter that the appliance can read and write."
            )
            if modernized
            else self._classic_subtitle()
        )
        self._show_current_vm()

    def _classic_subtitle(self) -> str:
        return self.tr(
            "Where the VM's disks are placed on-premises. Only VMFS and vSAN datastores the master target's "
            "ESXi host can reach are supported."
        )

    def current_item(self) -> ProtectedItem | None:
        item: ProtectedItem | None = self.vm_picker.currentData()
        return item

    def _show_current_vm(self) -> None:
        if self._filling:
            return
        item = self.current_item()
        if item is None:
            return
        c = self.session.selection.choices_for(item.item_id)
        self._filling = True
        if self.session.selection.is_modernized:
            self._fill_modernized(item)
        else:
            self.datastores.setEnabled(True)
            self._fill_datastores(item)
        if c.datastore_name:
            self.datastores.select_where(lambda ds: ds.symbolic_name == c.datastore_name)
        self.disks.clear()
        for disk in item.disks:
            label = f"{disk.name} — {disk.size_gb:g} GB"
            if disk.is_azure_temporary:
                label += " " + self.tr("(Azure temporary storage)")
            row = QListWidgetItem(label)
            row.setData(DISK_ROLE, disk.disk_id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if disk.disk_id in c.disks_to_include else Qt.CheckState.Unchecked)
            self.disks.addItem(row)
        self._filling = False
        if not self.session.selection.is_modernized:
            self._update_location_note(item)
        self.completeChanged.emit()

    def _fill_modernized(self, item: ProtectedItem) -> None:
        """RCM-02/RCM-03: what the appliance can use for this VM, and where it comes back."""
        s = self.session
        appliance = s.site.appliance(s.selection.appliance_id or "")
        match = s.estate.matches.get(item.item_id) if s.estate else None
        placement = choices.modernized_placement(appliance, item, s.vc, match)
        self.datastores.fill(
            list(placement.choices),
            lambda ds: [
                ds.symbolic_name,
                datastore_type_text(ds.type),
                gb(ds.capacity_gb) if ds.capacity_gb else "—",
                f"{gb(ds.free_gb)} ({_pct(ds)})" if ds.capacity_gb else "—",
            ],
        )
        c = s.selection.choices_for(item.item_id)
        automatic = placement.automatic if any(ch.selectable for ch in placement.choices) else None
        original = placement.location is Location.ORIGINAL
        if original:
            c.datastore_name = automatic.symbolic_name if automatic else None
        self.datastores.setEnabled(not original)  # original location: shown, not chosen
        reasons = choices.explain_empty_placement(appliance, placement, item)
        self.empty_reason.setText(
            empty_list_text(
                self.tr("No datastore can be used for {vm} through {appliance}:").format(
                    vm=item.name, appliance=appliance.name
                ),
                reasons,
            )
            if reasons
            else ""
        )
        if original:
            where = f"<b>{automatic.symbolic_name}</b>" if automatic else self.tr("none the appliance reaches")
            text = self.tr(
                "<b>{vm}</b> still exists on-premises: original-location recovery. The datastore is "
                "selected automatically: {where} (the VM's own). Only changes go back (RCM-03)."
            ).format(vm=item.name, where=where)
        elif placement.location is Location.ALTERNATE:
            text = self.tr(
                "<b>{vm}</b> no longer exists on-premises: alternate-location recovery. Choose a datastore "
                "in vCenter <b>{vcenter}</b> that {appliance} can read and write; ASR creates "
                "a new VM there and copies the whole disks (RCM-03)."
            ).format(vm=item.name, vcenter=appliance.vcenter_name, appliance=appliance.name)
        else:
            text = self.tr(
                "Whether <b>{vm}</b> still exists on-premises is unknown ({why}). Choose a "
                "datastore {appliance} can write; it is used if a new VM has to be created (RCM-03)."
            ).format(vm=item.name, why=text(placement.why), appliance=appliance.name)
        self.location_note.setText(text)

    def _fill_datastores(self, item: ProtectedItem) -> None:
        """The list depends on the VM too: its disks' datastore must be on the MT's host (MT-12)."""
        s = self.session
        mt = s.site.master_target(s.selection.master_target_id or "")
        match = s.estate.matches.get(item.item_id) if s.estate else None
        self.datastores.fill(
            choices.datastore_choices(mt, s.vc, vm_match=match),
            lambda ds: [
                ds.symbolic_name,
                datastore_type_text(ds.type),
                gb(ds.capacity_gb),
                f"{gb(ds.free_gb)} ({_pct(ds)})",
            ],
        )
        if self.datastores.selectable_count() == 0:
            self.empty_reason.setText(
                empty_list_text(
                    self.tr("No datastore can be chosen for {vm} on {mt}'s host {host}:").format(
                        vm=item.name, mt=mt.name, host=mt.esxi_host
                    ),
                    choices.explain_empty_datastores(mt, s.vc, vm_match=match),
                )
            )
        else:
            self.empty_reason.clear()

    def _update_location_note(self, item: ProtectedItem) -> None:
        s = self.session
        mt = s.site.master_target(s.selection.master_target_id or "")
        match = s.estate.matches.get(item.item_id) if s.estate else None
        vm = match.vm if match else None
        if s.vc is None:
            text = self.tr("vCenter was not read: whether the on-premises VM still exists is unknown.")
        elif match is not None and match.ambiguous:
            text = self.tr("<b>{vm}</b>: {match} Check the VM names in vCenter.").format(
                vm=item.name, match=describe(match)
            )
        elif vm is not None:
            text = self.tr(
                "<b>{vm}</b> still exists on-premises (on {host}): its disks are reused and only "
                "changes are sent back. The datastore is still required but is then ignored (DS-03)."
            ).format(vm=item.name, host=vm.host_name)
        else:
            text = self.tr(
                "<b>{vm}</b> no longer exists on-premises: ASR creates a new VM on {mt}'s host "
                "<b>{host}</b>, on the datastore chosen here, and copies the whole disks (MT-13, DS-04)."
            ).format(vm=item.name, mt=mt.name, host=mt.esxi_host)
        self.location_note.setText(text)

    def _on_datastore_chosen(self) -> None:
        if self._filling:
            return
        ds: SeenDatastore | None = self.datastores.selected_value()
        item = self.current_item()
        if item is None:
            return
        sel = self.session.selection
        for target in sel.applies_to(item, self.same_for_all.isChecked()):
            sel.choices_for(target.item_id).datastore_name = ds.symbolic_name if ds else None
        self.completeChanged.emit()

    def _on_disk_toggled(self, row: QListWidgetItem) -> None:
        if self._filling:
            return
        item = self.current_item()
        if item is None:
            return
        chosen = [
            self.disks.item(i).data(DISK_ROLE)
            for i in range(self.disks.count())
            if self.disks.item(i).checkState() == Qt.CheckState.Checked
        ]
        self.session.selection.choices_for(item.item_id).disks_to_include = tuple(chosen)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        sel = self.session.selection
        if sel.is_modernized:  # no disk choice in the modernized API
            return all(sel.choices_for(i.item_id).datastore_name for i in sel.items)
        return all(
            sel.choices_for(i.item_id).datastore_name and sel.choices_for(i.item_id).disks_to_include for i in sel.items
        )


def _pct(ds: SeenDatastore) -> str:
    return f"{100 * ds.free_gb / ds.capacity_gb:.0f} %" if ds.capacity_gb else "?"
