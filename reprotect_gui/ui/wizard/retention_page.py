"""Page 5: retention drive on the master target, per VM where a plan's VMs differ."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from reprotect_gui.domain import choices
from reprotect_gui.domain.models import ProtectedItem, RetentionVolume
from reprotect_gui.services.estate import Estate, refresh_and_reload
from reprotect_gui.ui.jobs import JobFailure
from reprotect_gui.ui.widgets import BusyPanel, ChoiceList, ago, empty_list_text, gb
from reprotect_gui.ui.wizard.base import Page

GB = 1024**3


class RetentionPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Retention drive"))
        self.setSubTitle(
            self.tr(
                "The master target keeps the recovery points for failback on this volume. "
                "ASR lists only the volumes it considers eligible."
            )
        )
        self.vm_picker = QComboBox(self)
        self.vm_picker.setAccessibleName(self.tr("Virtual machine these values are for"))
        self.same_for_all = QCheckBox(self.tr("Use the same retention &drive for every VM of the plan"), self)
        self.same_for_all.setAccessibleName(self.tr("Use the same retention drive for every VM of the plan"))
        self.same_for_all.setChecked(True)
        self.volumes = ChoiceList(
            [self.tr("Volume"), self.tr("Capacity"), self.tr("Free"), self.tr("Threshold")],
            self.tr("Retention volumes"),
            self,
        )
        self.refreshed = self.note()
        self.refreshed.setAccessibleName(self.tr("When the list was refreshed"))
        self.refresh_button = QPushButton(self.tr("Re&fresh configuration server"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh configuration server"))
        self.busy = BusyPanel(self)
        self.empty_reason = self.note()
        self.empty_reason.setAccessibleName(self.tr("Why no retention drive can be chosen"))
        self.vm_label = QLabel(self.tr("Values for &VM:"))
        self.vm_label.setBuddy(self.vm_picker)
        vol_label = QLabel(self.tr("Retention vo&lume:"))
        vol_label.setBuddy(self.volumes)
        form = QFormLayout()
        form.addRow(self.vm_label, self.vm_picker)
        refresh_row = QHBoxLayout()
        refresh_row.addWidget(self.refreshed, 1)
        refresh_row.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.same_for_all)
        layout.addWidget(vol_label)
        layout.addWidget(self.volumes, 1)
        layout.addWidget(self.empty_reason)
        layout.addLayout(refresh_row)
        layout.addWidget(self.busy)
        self.vm_picker.currentIndexChanged.connect(self._show_current_vm)
        self.volumes.itemSelectionChanged.connect(self._on_volume_chosen)
        self.refresh_button.clicked.connect(self._refresh_configuration_server)
        self.busy.retry_requested.connect(self._refresh_configuration_server)
        self._filling = False

    def initializePage(self) -> None:
        s = self.session
        self._filling = True
        self.vm_picker.clear()
        for item in s.selection.items:
            self.vm_picker.addItem(item.name, item)
        self._filling = False
        for w in (self.vm_label, self.vm_picker, self.same_for_all):
            w.setVisible(s.selection.is_plan)
        self._fill_volumes()

    def _fill_volumes(self) -> None:
        s = self.session
        mt = s.site.master_target(s.selection.master_target_id or "")
        vol_choices = choices.retention_choices(mt)
        self.volumes.fill(
            vol_choices,
            lambda v: [v.name, gb(v.capacity_bytes / GB), f"{gb(v.free_bytes / GB)}", f"{v.threshold_percent} %"],
        )
        default = choices.default_retention(mt, vol_choices)
        for item in s.selection.items:
            c = s.selection.choices_for(item.item_id)
            if c.retention_drive is None and default is not None:
                c.retention_drive = default.name  # RET-06: the OS default, preselected
        cs = s.site.configuration_servers[0] if s.site.configuration_servers else None
        when = ago(cs.last_refreshed, s.clock.now()) if cs else ago(None, s.clock.now())
        self.refreshed.setText(
            self.tr(
                "List last refreshed {when}. A newly added drive can take up to 15 minutes to appear (RET-07)."
            ).format(when=when)
        )
        reasons = choices.explain_empty_retention(mt, cs, s.clock.now())
        if reasons:
            self.empty_reason.setText(
                empty_list_text(self.tr("{mt} has no retention drive that can be used:").format(mt=mt.name), reasons)
            )
            if any(r.action == choices.REFRESH_CONFIGURATION_SERVER for r in reasons):
                self.refresh_button.setFocus()
        else:
            self.empty_reason.clear()
        self._show_current_vm()

    def current_item(self) -> ProtectedItem | None:
        item: ProtectedItem | None = self.vm_picker.currentData()
        return item

    def _show_current_vm(self) -> None:
        if self._filling:
            return
        item = self.current_item()
        if item is None:
            return
        drive = self.session.selection.choices_for(item.item_id).retention_drive
        self._filling = True
        self.volumes.clearSelection()
        if drive:
            self.volumes.select_where(lambda v: v.name == drive)
        self._filling = False
        self.completeChanged.emit()

    def _on_volume_chosen(self) -> None:
        if self._filling:
            return
        vol: RetentionVolume | None = self.volumes.selected_value()
        item = self.current_item()
        if item is None:
            return
        sel = self.session.selection
        for target in sel.applies_to(item, self.same_for_all.isChecked()):
            sel.choices_for(target.item_id).retention_drive = vol.name if vol else None
        self.completeChanged.emit()

    def _refresh_configuration_server(self) -> None:
        s = self.session
        cs = s.site.configuration_servers[0]
        self.refresh_button.setEnabled(False)
        self.busy.show_busy(
            self.tr("Refreshing {server}; ASR then rereads the master targets' volumes…").format(server=cs.name)
        )
        job = s.runner.start(
            lambda ctx: refresh_and_reload(s.site_recovery, s.vcenter, s.clock, cs.server_id, ctx),
            pool="azure",
            name="refresh configuration server",
        )
        job.signals.progressed.connect(self.busy.show_progress)
        job.signals.succeeded.connect(self._on_refreshed)
        job.signals.failed.connect(self._on_refresh_failed)

    def _on_refreshed(self, estate: Estate) -> None:
        self.session.estate = estate
        self.busy.hide()
        self.refresh_button.setEnabled(True)
        self._fill_volumes()

    def _on_refresh_failed(self, failure: JobFailure) -> None:
        self.busy.show_failure(failure)
        self.refresh_button.setEnabled(True)

    def isComplete(self) -> bool:
        sel = self.session.selection
        return all(sel.choices_for(i.item_id).retention_drive for i in sel.items)
