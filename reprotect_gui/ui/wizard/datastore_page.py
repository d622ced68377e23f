"""Page 4: datastore (and which disks come back), per VM where a plan's VMs differ.

Modernized items (section G) take the datastore through the replication appliance: chosen
automatically for original-location recovery, any the appliance can write for alternate location
(RCM-03); the API has no disk choice there, so the disk list is hidden.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from reprotect_gui.domain import choices
from reprotect_gui.domain.checks.modernized import Location
from reprotect_gui.domain.flows import Placement
from reprotect_gui.domain.matching import describe
from reprotect_gui.domain.models import Choice, ProtectedItem, SeenDatastore
from reprotect_gui.domain.selection import default_disks
from reprotect_gui.ui.i18n import datastore_type_text, text
from reprotect_gui.ui.widgets import ChoiceList, empty_list_text, gb
from reprotect_gui.ui.wizard.base import PerVmPage

DISK_ROLE = Qt.ItemDataRole.UserRole + 2


class DatastorePage(PerVmPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Datastore"))
        self.setSubTitle(self._classic_subtitle())
        form = self.build_vm_picker(
            self.tr("Use the same &datastore for every VM of the plan"),
            self.tr("Use the same datastore for every VM of the plan"),
        )
        self.datastores = ChoiceList(
            [self.tr("Datastore"), self.tr("Type"), self.tr("Capacity"), self.tr("Free"), self.tr("Needed")],
            self.tr("Datastores"),
            self,
        )
        self.location_note = self.note()
        self.location_note.setAccessibleName(self.tr("Where the VM comes back"))
        self.empty_reason = self.note()
        self.empty_reason.setAccessibleName(self.tr("Why no datastore can be chosen"))
        self.disks = QListWidget(self)
        self.disks.setAccessibleName(self.tr("Disks to bring back"))
        ds_label = QLabel(self.tr("Data&store:"))
        ds_label.setBuddy(self.datastores)
        disks_label = QLabel(self.tr("Dis&ks to bring back (DS-07):"))
        disks_label.setBuddy(self.disks)
        self.disks_label = disks_label
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.same_for_all)
        layout.addWidget(ds_label)
        layout.addWidget(self.datastores, 3)
        layout.addWidget(self.empty_reason)
        layout.addWidget(self.location_note)
        layout.addWidget(disks_label)
        layout.addWidget(self.disks, 1)
        layout.addWidget(self.next_hint())
        self.vm_picker.currentIndexChanged.connect(self._show_current_vm)
        self.same_for_all.toggled.connect(self._on_same_for_all_toggled)
        self.datastores.itemSelectionChanged.connect(self._on_datastore_chosen)
        self.disks.itemChanged.connect(self._on_disk_toggled)
        self._filling = False

    def initializePage(self) -> None:
        s = self.session
        for item in s.selection.items:
            c = s.selection.choices_for(item.item_id)
            if not c.disks_to_include:
                c.disks_to_include = default_disks(item)
        self.fill_vm_picker()
        flow = s.flow
        self.disks_label.setVisible(flow.chooses_disks)
        self.disks.setVisible(flow.chooses_disks)
        match flow.placement:
            case Placement.APPLIANCE:
                for item in s.selection.items:  # a plan: every VM's own datastore, not only the one shown
                    self._preselect_modernized(item)
                self.setSubTitle(
                    self.tr(
                        "Where the VM comes back through the replication appliance: its own datastore when it still "
                        "exists, otherwise a datastore in the appliance's vCenter that the appliance can read and "
                        "write."
                    )
                )
            case Placement.MASTER_TARGET_HOST:
                self.setSubTitle(self._classic_subtitle())
                self._preselect_classic()
        self._show_current_vm()

    def _classic_subtitle(self) -> str:
        return self.tr(
            "Where the VM's disks are placed on-premises. Only VMFS and vSAN datastores the master target's "
            "ESXi host can reach are supported."
        )

    def _show_current_vm(self) -> None:
        if self._filling:
            return
        item = self.current_item()
        if item is None:
            return
        c = self.session.selection.choices_for(item.item_id)
        self._filling = True
        placement = self.session.flow.placement
        match placement:
            case Placement.APPLIANCE:
                self._fill_modernized(item)
            case Placement.MASTER_TARGET_HOST:
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
        if placement is Placement.MASTER_TARGET_HOST:  # the appliance's note is written by _fill_modernized
            self._update_location_note(item)
        self.completeChanged.emit()

    def _fill_modernized(self, item: ProtectedItem) -> None:
        """RCM-02/RCM-03: what the appliance can use for this VM, and where it comes back."""
        s = self.session
        appliance = s.site.appliance(s.selection.appliance_id or "")
        match = s.estate.matches.get(item.item_id) if s.estate else None
        placement = choices.modernized_placement(appliance, item, s.vc, match)
        needed = "—" if placement.location is Location.ORIGINAL else self._needed_text(self._need((item,)))
        self.datastores.fill(
            list(placement.choices),
            lambda ds: [
                ds.symbolic_name,
                datastore_type_text(ds.type),
                gb(ds.capacity_gb) if ds.capacity_gb else "—",
                f"{gb(ds.free_gb)} ({_pct(ds)})" if ds.capacity_gb else "—",
                needed,
            ],
        )
        automatic = self._preselect_modernized(item, placement)
        original = placement.location is Location.ORIGINAL
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
            note = self.tr(
                "<b>{vm}</b> still exists on-premises: original-location recovery. The datastore is "
                "selected automatically: {where} (the VM's own). Only changes go back (RCM-03)."
            ).format(vm=item.name, where=where)
        elif placement.location is Location.ALTERNATE:
            note = self.tr(
                "<b>{vm}</b> no longer exists on-premises: alternate-location recovery. Choose a datastore "
                "in vCenter <b>{vcenter}</b> that {appliance} can read and write; ASR creates "
                "a new VM there and copies the whole disks (RCM-03)."
            ).format(vm=item.name, vcenter=appliance.vcenter_name, appliance=appliance.name)
        else:
            note = self.tr(
                "Whether <b>{vm}</b> still exists on-premises is unknown ({why}). Choose a "
                "datastore {appliance} can write; it is used if a new VM has to be created (RCM-03)."
            ).format(vm=item.name, why=text(placement.why), appliance=appliance.name)
        self.location_note.setText(note)

    def _placement(self, item: ProtectedItem) -> choices.ModernizedPlacement:
        s = self.session
        appliance = s.site.appliance(s.selection.appliance_id or "")
        match = s.estate.matches.get(item.item_id) if s.estate else None
        return choices.modernized_placement(appliance, item, s.vc, match)

    def _preselect_modernized(
        self, item: ProtectedItem, placement: choices.ModernizedPlacement | None = None
    ) -> SeenDatastore | None:
        """RCM-03: the VM's own datastore when it comes back to its original location; at an alternate
        location the only usable one, if there is just one. Returns the automatic choice, if any."""
        placement = placement or self._placement(item)
        c = self.session.selection.choices_for(item.item_id)
        automatic = placement.automatic if any(ch.selectable for ch in placement.choices) else None
        if placement.location is Location.ORIGINAL:
            c.datastore_name = automatic.symbolic_name if automatic else None
        elif c.datastore_name is None:  # alternate location: the only usable datastore is chosen for the operator
            usable = [ch.value for ch in placement.choices if ch.selectable]
            if len(usable) == 1:
                c.datastore_name = usable[0].symbolic_name
        return automatic

    def _need(self, items: tuple[ProtectedItem, ...]) -> choices.DatastoreNeed:
        s = self.session
        matches = s.estate.matches if s.estate else {}
        return choices.datastore_need(
            s.vc,
            [(i, s.selection.choices_for(i.item_id).disks_to_include, matches.get(i.item_id)) for i in items],
        )

    def _classic_choices(self, item: ProtectedItem, need: choices.DatastoreNeed) -> list[Choice[SeenDatastore]]:
        s = self.session
        mt = s.site.master_target(s.selection.master_target_id or "")
        match = s.estate.matches.get(item.item_id) if s.estate else None
        return choices.datastore_choices(mt, s.vc, vm_match=match, need=need)

    def _preselect_classic(self) -> None:
        """DS-03 and sensible defaults: VMs whose value is ignored, or that have one usable datastore, get
        it chosen; a real choice is left to the operator (and Next says so). With 'the same for every VM'
        a plan gets one value for all of them, or none."""
        s = self.session
        sel = s.selection
        groups = [sel.items] if sel.is_plan and self.same_for_all.isChecked() else [(i,) for i in sel.items]
        for group in groups:
            if not group or all(sel.choices_for(i.item_id).datastore_name for i in group):
                continue
            need = self._need(group)
            match = s.estate.matches.get(group[0].item_id) if s.estate else None
            own = match.vm.datastore_names if match is not None and match.vm is not None else ()
            chosen = choices.preselected_datastore(self._classic_choices(group[0], need), need, own)
            if chosen is not None:
                for item in group:
                    sel.choices_for(item.item_id).datastore_name = sel.choices_for(item.item_id).datastore_name or (
                        chosen.symbolic_name
                    )

    def _on_same_for_all_toggled(self, checked: bool) -> None:
        """Ticking 'the same for every VM' gives every VM the datastore shown for this one."""
        item = self.current_item()
        ds = self.datastores.selected_value()
        if checked and item is not None and ds is not None:
            for target in self.session.selection.applies_to(item, True):
                self.session.selection.choices_for(target.item_id).datastore_name = ds.symbolic_name
        self._show_current_vm()

    def _fill_datastores(self, item: ProtectedItem) -> None:
        """The list depends on the VM too: its disks' datastore must be on the MT's host (MT-12);
        each row shows its free space against what the VM(s) need (DS-05 marks one too small)."""
        s = self.session
        mt = s.site.master_target(s.selection.master_target_id or "")
        match = s.estate.matches.get(item.item_id) if s.estate else None
        need = self._need(s.selection.applies_to(item, self.same_for_all.isChecked()))
        vc = s.vc
        self.datastores.fill(
            self._classic_choices(item, need),
            lambda ds: [
                ds.symbolic_name,
                datastore_type_text(ds.type),
                gb(ds.capacity_gb),
                _free_text(ds, choices.free_space_gb(ds, vc)),
                self._needed_text(need),
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

    def _needed_text(self, need: choices.DatastoreNeed) -> str:
        if need.ignored:
            return self.tr("none: disks reused (DS-03)")
        if need.unknown:
            return self.tr("up to {size}").format(size=gb(need.needed_gb))
        return gb(need.needed_gb)

    def _update_location_note(self, item: ProtectedItem) -> None:
        s = self.session
        mt = s.site.master_target(s.selection.master_target_id or "")
        match = s.estate.matches.get(item.item_id) if s.estate else None
        vm = match.vm if match else None
        if s.vc is None:
            note = self.tr("vCenter was not read: whether the on-premises VM still exists is unknown.")
        elif match is not None and match.ambiguous:
            note = self.tr("<b>{vm}</b>: {match} Check the VM names in vCenter.").format(
                vm=item.name, match=text(describe(match))
            )
        elif vm is not None:
            note = self.tr(
                "<b>{vm}</b> still exists on-premises (on {host}): its disks are reused and only "
                "changes are sent back. The datastore is still required but is then ignored (DS-03)."
            ).format(vm=item.name, host=vm.host_name)
        else:
            note = self.tr(
                "<b>{vm}</b> no longer exists on-premises: ASR creates a new VM on {mt}'s host "
                "<b>{host}</b>, on the datastore chosen here, and copies the whole disks (MT-13, DS-04)."
            ).format(vm=item.name, mt=mt.name, host=mt.esxi_host)
            chosen = s.selection.choices_for(item.item_id).disks_to_include
            rdm = [d.name for d in item.disks if d.is_rdm and d.disk_id in chosen]
            if rdm:  # DS-06, here rather than on Review: the disk list below is where it is fixed
                note += "<br>" + self.tr(
                    "⚠ DS-06: {disks} is an RDM disk and can't come back to a new VM: untick it below to "
                    "reprotect the other disks."
                ).format(disks=", ".join(rdm))
        self.location_note.setText(note)

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
        if not self.session.selection.is_modernized:
            self._update_location_note(item)
        self.completeChanged.emit()

    def why_incomplete(self) -> str:
        sel = self.session.selection
        missing = [i.name for i in sel.items if not sel.choices_for(i.item_id).datastore_name]
        if missing:
            current = self.current_item()
            if self.datastores.selectable_count() == 0 and current is not None:
                return self.tr(
                    "No datastore can be chosen for {vm} (see why above): go Back and choose another target."
                ).format(vm=current.name)
            return self.tr("Choose a datastore for: {vms}.").format(vms=", ".join(missing))
        no_disks = [i.name for i in sel.items if not sel.choices_for(i.item_id).disks_to_include]
        if no_disks and not sel.is_modernized:
            return self.tr("Tick at least one disk to bring back for: {vms}.").format(vms=", ".join(no_disks))
        return ""

    def isComplete(self) -> bool:
        sel = self.session.selection
        needs_disks = self.session.flow.chooses_disks  # no disk choice in the modernized API
        return all(
            sel.choices_for(i.item_id).datastore_name
            and (sel.choices_for(i.item_id).disks_to_include or not needs_disks)
            for i in sel.items
        )


def _free_text(ds: SeenDatastore, free: float | None) -> str:
    if free is None:
        return "?"
    return f"{gb(free)} ({100 * free / ds.capacity_gb:.0f} %)" if ds.capacity_gb else gb(free)


def _pct(ds: SeenDatastore) -> str:
    return f"{100 * ds.free_gb / ds.capacity_gb:.0f} %" if ds.capacity_gb else "?"
