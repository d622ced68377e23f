"""What every page shares: the wizard's session (ports, runner, estate, selection)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtWidgets import QFormLayout, QLabel, QMessageBox, QWidget, QWizardPage

from reprotect_gui.domain.selection import Selection
from reprotect_gui.ui.wizard.flows import WizardFlow, wizard_flow

if TYPE_CHECKING:  # annotations only: the first window must not wait for these imports
    from reprotect_gui.domain.checks.facts import LinkType
    from reprotect_gui.domain.flows import FailbackPolicyRef, Flow
    from reprotect_gui.domain.models import FailbackPolicy, ModernizedFailbackPolicy, RecoverySite, VCenterEstate
    from reprotect_gui.domain.ports import Clock, SiteRecovery, VCenterInventory
    from reprotect_gui.services.audit import AuditLog
    from reprotect_gui.services.estate import Estate
    from reprotect_gui.services.journal import JobJournal
    from reprotect_gui.ui.jobs import JobRunner
    from reprotect_gui.ui.wizard.wizard import ReprotectWizard


Confirm = Callable[[QWidget, str, str], bool]  # (parent, title, text), already translated → yes?


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    """The operator's answer to a question before an action that changes the vault; No by default."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


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

    @staticmethod
    def note(text: str = "", parent: Any = None) -> QLabel:
        label = QLabel(text, parent)
        label.setWordWrap(True)
        label.setOpenExternalLinks(False)
        return label
