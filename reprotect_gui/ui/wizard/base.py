"""What every page shares: the wizard's session (ports, runner, estate, selection)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QMessageBox, QWidget, QWizardPage

from reprotect_gui.domain.selection import Selection
from reprotect_gui.ui.wizard.flows import WizardFlow, wizard_flow

if TYPE_CHECKING:  # annotations only: the first window must not wait for these imports
    from reprotect_gui.domain.checks.facts import LinkType
    from reprotect_gui.domain.flows import FailbackPolicyRef, Flow
    from reprotect_gui.domain.models import (
        FailbackPolicy,
        ModernizedFailbackPolicy,
        ProtectedItem,
        RecoverySite,
        VCenterEstate,
    )
    from reprotect_gui.domain.ports import Clock, Journey, SiteRecovery, VCenterInventory
    from reprotect_gui.services.audit import AuditLog
    from reprotect_gui.services.estate import Estate
    from reprotect_gui.services.journal import JobJournal
    from reprotect_gui.ui.jobs import JobRunner
    from reprotect_gui.ui.wizard.journey_state import JourneyRun
    from reprotect_gui.ui.wizard.wizard import ReprotectWizard


# (parent, title, text[, accept, reject]), already translated → yes? accept/reject name verb buttons.
Confirm = Callable[..., bool]


def confirmation_box(parent: QWidget, title: str, text: str, accept: str = "", reject: str = "") -> QMessageBox:
    """A question before an action that changes the vault: verb buttons ("Start reprotect" / "Go back") when
    given, else Yes / No; the safe answer is the default and Escape."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    if accept:
        yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(
            reject or QCoreApplication.translate("ReprotectWizard", "Go back"), QMessageBox.ButtonRole.RejectRole
        )
    else:
        yes = box.addButton(QMessageBox.StandardButton.Yes)
        no = box.addButton(QMessageBox.StandardButton.No)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.accept_button = yes  # type: ignore[attr-defined]  # read back by ask_yes_no and the tests
    return box


def ask_yes_no(parent: QWidget, title: str, text: str, accept: str = "", reject: str = "") -> bool:
    """The operator's answer to a question before an action that changes the vault; No by default."""
    box = confirmation_box(parent, title, text, accept, reject)
    box.exec()
    return box.clickedButton() is box.accept_button  # type: ignore[attr-defined]


@dataclass
class WizardSession:
    """The wizard's state, owned by the GUI thread."""

    site_recovery: SiteRecovery
    vcenter: VCenterInventory | None
    clock: Clock
    runner: JobRunner
    is_training: bool = False
    # How fast the estate's clock runs against real time: every wait of the job follower is multiplied by it
    # (1 = real time; the training estate at --speed N uses 1/N so its jobs are followed N times as often).
    time_scale: float = 1.0
    estate: Estate | None = None
    selection: Selection = field(default_factory=Selection)
    link_type: LinkType | None = None  # operator statement for INF-03/INF-05
    ip_retained: bool | None = None  # operator statement for INF-10
    acknowledged: set[str] = field(default_factory=set)  # "CHECK-ID|subject" of accepted warnings
    submitted: bool = False  # never twice: set at the first click on Reprotect
    # Job tracking and audit (issue 6). None: not recorded (tests); the app passes its data folder's.
    journal: JobJournal | None = None
    audit: AuditLog | None = None
    azure_account: str = ""  # the operator's Azure sign-in name, for the audit
    vault_source: dict[str, str] = field(default_factory=dict)  # how a later launch reconnects (no secrets)
    confirm: Confirm = ask_yes_no  # who answers the wizard's questions (scripts and tests inject their own)
    # The failback journey after reprotect (issue 18): the vault's Journey port, from the composition root
    # (app.py: TrainingJourney or ArmJourney). None: the journey's steps are not offered.
    journey: Journey | None = None
    journey_run: JourneyRun | None = None  # the journey's wizard state, from "Fail back…" on (FB-, CMT-, REV-)

    def replace_estate(self, estate: Estate) -> None:
        """A re-read estate replaces the old one; the chosen VMs (and plan) are refreshed from it, so
        every page and the preflight look at the items' current state. Items gone from the vault stay
        as they were: the preflight says they are missing (ELIG-01)."""
        self.estate = estate
        sel = self.selection
        current = {i.item_id: i for i in estate.site.items}
        sel.items = tuple(current.get(i.item_id, i) for i in sel.items)
        if sel.plan is not None:
            sel.plan = next((p for p in estate.site.plans if p.plan_id == sel.plan.plan_id), sel.plan)

    @property
    def site(self) -> RecoverySite:
        assert self.estate is not None, "the estate is read on the first page"
        return self.estate.site

    @property
    def vc(self) -> VCenterEstate | None:
        return self.estate.vcenter if self.estate else None

    @property
    def policy(self) -> FailbackPolicy | None:
        """The classic failback policy (INF-02)."""
        return self.site.failback_policy

    @property
    def modernized_policy(self) -> ModernizedFailbackPolicy | None:
        """The InMageRcmFailback policy the modernized reprotect names (section G)."""
        return self.site.modernized_policy

    @property
    def flow(self) -> Flow:
        """The chosen items' replication flow (ELIG-08): pages ask it rather than test the items."""
        return self.wizard_flow.flow

    @property
    def wizard_flow(self) -> WizardFlow:
        """The flow's pages and its texts for the shared pages."""
        return wizard_flow(self.selection.flow)

    @property
    def request_policy(self) -> FailbackPolicyRef | None:
        """The policy the requests carry: the one of the chosen items' flow."""
        return self.flow.policy(self.site)


class Page(QWizardPage):
    """A wizard page with access to the session."""

    def wizard_(self) -> ReprotectWizard:
        return cast("ReprotectWizard", self.wizard())

    @property
    def session(self) -> WizardSession:
        return self.wizard_().session

    def read_only_form(self, rows: tuple[tuple[str, QLabel], ...]) -> QFormLayout:
        """Label: value rows, each value named for screen readers after its (translated) label."""
        form = QFormLayout()
        for text, value in rows:
            label = QLabel(text, self)
            label.setBuddy(value)
            value.setAccessibleName(text.rstrip(":："))
            form.addRow(label, value)
        return form

    def why_incomplete(self) -> str:
        """Why Next is disabled, in one translated sentence naming what to do; '' when nothing is missing."""
        return ""

    def next_hint(self) -> QLabel:
        """The line under the page saying why Next is disabled (pages add it to their layout once)."""
        hint = getattr(self, "_next_hint", None)
        if hint is None:
            hint = self.note(parent=self)
            hint.setAccessibleName(self.tr("Why Next is not available"))
            hint.hide()
            self._next_hint = hint
            self.completeChanged.connect(self.update_next_hint)
        return hint

    def update_next_hint(self) -> None:
        hint = getattr(self, "_next_hint", None)
        if hint is None or self.wizard() is None:
            return
        text = "" if self.isComplete() else self.why_incomplete()
        hint.setText("ⓘ " + text if text else "")
        hint.setVisible(bool(text))

    @staticmethod
    def note(text: str = "", parent: Any = None) -> QLabel:
        label = QLabel(text, parent)
        label.setWordWrap(True)
        label.setOpenExternalLinks(False)
        return label


class PerVmPage(Page):
    """A page whose value can differ per VM of a plan (datastore, retention drive): the VM picker and
    the "same for every VM" box, both shown for a recovery plan only."""

    def build_vm_picker(self, same_text: str, same_name: str) -> QFormLayout:
        """Make `vm_picker`, `vm_label` and `same_for_all` (ticked); returns the form row to lay out."""
        self.vm_picker = QComboBox(self)
        self.vm_picker.setAccessibleName(
            QCoreApplication.translate("PerVmPage", "Virtual machine these values are for")
        )
        self.same_for_all = QCheckBox(same_text, self)
        self.same_for_all.setAccessibleName(same_name)
        self.same_for_all.setChecked(True)
        self.vm_label = QLabel(QCoreApplication.translate("PerVmPage", "Values for &VM:"))
        self.vm_label.setBuddy(self.vm_picker)
        form = QFormLayout()
        form.addRow(self.vm_label, self.vm_picker)
        return form

    def fill_vm_picker(self) -> None:
        """One entry per chosen VM (signals blocked: the page shows the first VM itself)."""
        sel = self.session.selection
        blocked = self.vm_picker.blockSignals(True)
        self.vm_picker.clear()
        for item in sel.items:
            self.vm_picker.addItem(item.name, item)
        self.vm_picker.blockSignals(blocked)
        for widget in (self.vm_label, self.vm_picker, self.same_for_all):
            widget.setVisible(sel.is_plan)

    def current_item(self) -> ProtectedItem | None:
        item: ProtectedItem | None = self.vm_picker.currentData()
        return item
