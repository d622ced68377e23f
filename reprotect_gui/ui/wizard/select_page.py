"""Page 1: what to reprotect — one VM or a recovery plan."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QLabel, QRadioButton, QVBoxLayout

from reprotect_gui.domain.models import ProtectedItem, RecoveryPlan, ReplicationFlow
from reprotect_gui.ui import i18n
from reprotect_gui.ui.i18n import state_text
from reprotect_gui.ui.jobs import BackgroundJob, JobFailure
from reprotect_gui.ui.widgets import BusyPanel, ChoiceList
from reprotect_gui.ui.wizard.answers_io import open_answers_button
from reprotect_gui.ui.wizard.base import Page

if TYPE_CHECKING:
    from reprotect_gui.services.estate import Estate


MIGRATION_ARTICLE = "Move from classic to modernized VMware disaster recovery"  # the article's title, as published


def classic_retired_text() -> str:
    return QCoreApplication.translate(
        "SelectPage",
        "ℹ Microsoft no longer supports the classic experience (configuration server, process server, master "
        "target) since March 2026. Plan the move: “{article}”.",
    ).format(article=MIGRATION_ARTICLE)


class SelectPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Select what to reprotect"))
        self.setSubTitle(
            self.tr(
                "Choose a virtual machine that was failed over to Azure, or a recovery plan. "
                "Items that can't be reprotected are listed with the reason."
            )
        )
        self.vm_mode = QRadioButton(self.tr("A &virtual machine"))
        self.vm_mode.setAccessibleName(self.tr("Reprotect a virtual machine"))
        self.plan_mode = QRadioButton(self.tr("A recovery &plan (every VM in it)"))
        self.plan_mode.setAccessibleName(self.tr("Reprotect a recovery plan"))
        self.vm_mode.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.vm_mode)
        group.addButton(self.plan_mode)
        self.busy = BusyPanel(self)
        self.items = ChoiceList(
            [self.tr("Name"), self.tr("OS"), self.tr("Disks"), self.tr("State"), self.tr("Replication")],
            self.tr("Virtual machines"),
            self,
        )
        self.plans = ChoiceList([self.tr("Recovery plan"), self.tr("VMs")], self.tr("Recovery plans"), self)
        self.summary = self.note()
        self.summary.setAccessibleName(self.tr("Vault summary"))
        self.classic_banner = self.note(classic_retired_text())
        self.classic_banner.setAccessibleName(self.tr("Classic experience retired"))
        self.classic_banner.hide()
        # The language switch: the wizard is rebuilt in the chosen language at once (this page only).
        self.language = QComboBox(self)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.language.setAccessibleName(self.tr("Language of the wizard"))
        self.language.setToolTip(self.tr("The wizard restarts on this page in the chosen language."))
        language_label = QLabel(self.tr("Lan&guage:"), self)
        language_label.setBuddy(self.language)
        modes = QHBoxLayout()
        modes.addWidget(self.vm_mode)
        modes.addWidget(self.plan_mode)
        modes.addStretch(1)
        modes.addWidget(open_answers_button(self))  # prefill every page from a saved answers file
        modes.addWidget(language_label)
        modes.addWidget(self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.classic_banner)
        layout.addLayout(modes)
        layout.addWidget(self.busy)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.plans, 1)
        layout.addWidget(self.summary)
        self.plans.hide()
        self._load_job: BackgroundJob | None = None

        group.buttonToggled.connect(self._on_mode_toggled)
        self.items.itemSelectionChanged.connect(self._on_selection_changed)
        self.plans.itemSelectionChanged.connect(self._on_selection_changed)
        self.busy.retry_requested.connect(self.reload)
        self.language.activated.connect(self._on_language_chosen)
        self.registerField("selectPlanMode", self.plan_mode)

    # --- loading --------------------------------------------------------------------------

    def initializePage(self) -> None:
        if self.session.estate is not None:  # a wizard rebuilt in another language: read already
            self._fill()
            self.wizard_().estate_loaded.emit()
        elif self._load_job is None:
            self.reload()

    def _on_language_chosen(self) -> None:
        language = self.language.currentData()
        if language != i18n.current_language():
            self.wizard_().restart_in_language(language)

    def reload(self) -> None:
        s = self.session
        self.items.clear()
        self.plans.clear()
        self.busy.show_busy(self.tr("Reading the vault and vCenter…"))
        job = s.runner.start(
            lambda ctx: _load_estate(s.site_recovery, s.vcenter, s.clock, ctx), pool="azure", name="load estate"
        )
        job.signals.progressed.connect(self.busy.show_progress)
        job.signals.succeeded.connect(self._on_estate_loaded)
        job.signals.failed.connect(self._on_estate_failed)
        self._load_job = job
        self.completeChanged.emit()

    def _on_estate_loaded(self, estate: Estate) -> None:
        self._load_job = None
        self.session.estate = estate
        self.busy.hide()
        self._fill()
        self.wizard_().estate_loaded.emit()
        self.completeChanged.emit()

    def _on_estate_failed(self, failure: JobFailure) -> None:
        self._load_job = None
        self.busy.show_failure(failure)
        self.completeChanged.emit()

    def _fill(self) -> None:
        from reprotect_gui.domain import choices  # after the first paint: the rules are a heavy import

        site = self.session.site
        self.items.fill(choices.item_choices(site, self.session.clock.now()), _item_columns)
        self.plans.fill(choices.plan_choices(site), lambda p: _plan_columns(p, site))
        # One calm line while classic items remain (Microsoft retired that experience in March 2026).
        self.classic_banner.setVisible(any(i.flow is ReplicationFlow.CLASSIC for i in site.items))
        vc = self.session.estate.vcenter_problem if self.session.estate else ""
        text = self.tr("Vault <b>{vault}</b>: {items} replicated items, {plans} recovery plans.").format(
            vault=site.vault_name, items=len(site.items), plans=len(site.plans)
        )
        if vc:
            text += "<br><i>" + self.tr("{problem} vCenter checks will show as unknown.").format(problem=vc) + "</i>"
        self.summary.setText(text)

    # --- selection --------------------------------------------------------------------------

    def _on_mode_toggled(self) -> None:
        plan = self.plan_mode.isChecked()
        self.items.setVisible(not plan)
        self.plans.setVisible(plan)
        self._on_selection_changed()

    def _on_selection_changed(self) -> None:
        self.completeChanged.emit()

    def chosen(self) -> tuple[RecoveryPlan | None, tuple[ProtectedItem, ...]]:
        if self.session.estate is None:
            return None, ()
        site = self.session.site
        if self.plan_mode.isChecked():
            plan = self.plans.selected_value()
            if plan is None:
                return None, ()
            return plan, tuple(site.item(i) for i in plan.item_ids)
        item = self.items.selected_value()
        return None, (item,) if item is not None else ()

    def isComplete(self) -> bool:
        return bool(self.chosen()[1])

    def validatePage(self) -> bool:
        plan, items = self.chosen()
        sel = self.session.selection
        if sel.plan != plan or sel.items != items:
            # A new choice of VMs invalidates everything chosen for the old ones.
            sel.plan, sel.items = plan, items
            sel.reset_targets()
        return True


def _item_columns(item: ProtectedItem) -> list[str]:
    return [
        item.name,
        f"{item.os_type} ({item.os_version})",
        str(len(item.disks)),
        state_text(item.protection_state),
        item.provider,
    ]


def _plan_columns(plan: RecoveryPlan, site: Any) -> list[str]:
    return [plan.name, ", ".join(site.item(i).name for i in plan.item_ids)]


def _load_estate(*args: Any) -> Estate:
    # Imported on the worker, so the first paint of the window does not wait for it.
    from reprotect_gui.services.estate import load_estate

    return load_estate(*args)
