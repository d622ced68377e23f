"""Page 6: the failback policy ASR uses — chosen by ASR, shown read-only with its real values."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout

from reprotect_gui.domain.models import FailbackPolicy
from reprotect_gui.ui.wizard.base import Page


def _minutes(value: int) -> str:
    if value >= 120 and value % 60 == 0:
        return QCoreApplication.translate("PolicyPage", "{n} hours").format(n=value // 60)
    return QCoreApplication.translate("PolicyPage", "{n} minutes").format(n=value)


class PolicyPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Failback policy"))
        self.setSubTitle(
            self.tr(
                "ASR selects the failback policy by itself: the one mapped to the failback direction of the "
                "configuration server. It can't be edited here."
            )
        )
        self.name = QLabel()
        self.rpo = QLabel()
        self.history = QLabel()
        self.app_consistent = QLabel()
        self.remark = self.note()
        self.remark.setAccessibleName(self.tr("About the failback policy"))
        form = self.read_only_form(
            (
                (self.tr("Policy:"), self.name),
                (self.tr("RPO threshold:"), self.rpo),
                (self.tr("Recovery point retention:"), self.history),
                (self.tr("App-consistent snapshot frequency:"), self.app_consistent),
            )
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.remark)
        layout.addStretch(1)

    def initializePage(self) -> None:
        policy = self.session.policy
        if policy is None:
            for label in (self.name, self.rpo, self.history, self.app_consistent):
                label.setText("—")
            self.remark.setText(
                self.tr(
                    "<b>INF-02: no failback policy is mapped for the failback direction.</b> The portal creates it "
                    "with the replication policy; create or associate one on the configuration server, then reload "
                    "the vault."
                )
            )
        else:
            self._show(policy)
        self.completeChanged.emit()

    def _show(self, policy: FailbackPolicy) -> None:
        self.name.setText(policy.name)
        self.rpo.setText(_minutes(policy.rpo_threshold_minutes))
        self.history.setText(_minutes(policy.recovery_point_history_minutes))
        self.app_consistent.setText(_minutes(policy.app_consistent_frequency_minutes))
        rpo, history, app = FailbackPolicy.PORTAL_DEFAULTS
        defaults = ", ".join(_minutes(m) for m in (rpo, history, app))
        if policy.is_portal_default:
            self.remark.setText(self.tr("These are the portal's defaults ({defaults}).").format(defaults=defaults))
        else:
            self.remark.setText(
                self.tr(
                    "INF-02: these values differ from the portal's defaults ({defaults}); the "
                    "policy was probably created with PowerShell. ASR will use them as shown."
                ).format(defaults=defaults)
            )

    def isComplete(self) -> bool:
        return self.session.estate is not None and self.session.policy is not None
