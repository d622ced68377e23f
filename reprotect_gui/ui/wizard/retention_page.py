"""Page 5: retention drive on the master target, per VM where a plan's VMs differ."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from reprotect_gui.domain import choices
from reprotect_gui.domain.checks.facts import configuration_server_for, whole_minutes
from reprotect_gui.domain.models import ConfigurationServer, RetentionVolume
from reprotect_gui.services.estate import Estate, refresh_and_reload
from reprotect_gui.ui.jobs import JobFailure, Pool
from reprotect_gui.ui.widgets import BusyPanel, ChoiceList, ago, empty_list_text, gb
from reprotect_gui.ui.wizard.base import PerVmPage

GB = 1024**3


class RetentionPage(PerVmPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Retention drive"))
        self.setSubTitle(
            self.tr(
                "The master target keeps the recovery points for failback on this volume. "
                "ASR lists only the volumes it considers eligible."
            )
        )
        form = self.build_vm_picker(
            self.tr("Use the same retention &drive for every VM of the plan"),
            self.tr("Use the same retention drive for every VM of the plan"),
        )
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
        vol_label = QLabel(self.tr("Retention vo&lume:"))
        vol_label.setBuddy(self.volumes)
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
        layout.addWidget(self.next_hint())
        self.vm_picker.currentIndexChanged.connect(self._show_current_vm)
        self.volumes.itemSelectionChanged.connect(self._on_volume_chosen)
        self.refresh_button.clicked.connect(self._refresh_configuration_server)
        self.busy.retry_requested.connect(self._refresh_configuration_server)
        self._filling = False

    def initializePage(self) -> None:
        self.fill_vm_picker()
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
        cs = self._configuration_server()
        when = ago(cs.last_refreshed, s.clock.now()) if cs else ago(None, s.clock.now())
        self.refreshed.setText(
            self.tr(
                "List last refreshed {when}. A newly added drive can take up to {minutes} minutes to appear (RET-07)."
            ).format(when=when, minutes=whole_minutes(choices.NEW_DRIVE_DISCOVERY))
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

    def _configuration_server(self) -> ConfigurationServer | None:
        """The chosen VMs' own configuration server (a vault can have several), never just the first."""
        s = self.session
        servers = [configuration_server_for(s.site, i) for i in s.selection.items] or [
            configuration_server_for(s.site, None)
        ]
        return next((c for c in servers if c is not None), None)

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
        cs = self._configuration_server()
        if cs is None:
            self.busy.show_failure(
                JobFailure(
                    self.tr("The vault did not say which configuration server serves these VMs."),
                    self.tr("Refresh it in the portal (Configuration servers → Refresh server), then press Retry."),
                    "",
                )
            )
            return
        self.refresh_button.setEnabled(False)
        self.busy.show_busy(
            self.tr("Refreshing {server}; ASR then rereads the master targets' volumes…").format(server=cs.name)
        )
        s.runner.start(
            lambda ctx: refresh_and_reload(s.site_recovery, s.vcenter, s.clock, cs.server_id, ctx),
            pool=Pool.AZURE,
            name="refresh configuration server",
            on_success=self._on_refreshed,
            on_failure=self._on_refresh_failed,
            progress=self.busy.show_progress,
        )

    def _on_refreshed(self, estate: Estate) -> None:
        self.session.replace_estate(estate)
        self.busy.hide()
        self.refresh_button.setEnabled(True)
        self._fill_volumes()

    def _on_refresh_failed(self, failure: JobFailure) -> None:
        self.busy.show_failure(failure)
        self.refresh_button.setEnabled(True)

    def isComplete(self) -> bool:
        sel = self.session.selection
        return all(sel.choices_for(i.item_id).retention_drive for i in sel.items)

    def why_incomplete(self) -> str:
        if self.volumes.selectable_count() == 0:
            return self.tr(
                "No retention drive can be used (see why above): refresh the configuration server or go Back."
            )
        sel = self.session.selection
        missing = [i.name for i in sel.items if not sel.choices_for(i.item_id).retention_drive]
        return self.tr("Choose a retention drive for: {vms}.").format(vms=", ".join(missing))
