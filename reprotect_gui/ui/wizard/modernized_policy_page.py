"""Modernized page 6: the InMageRcmFailback policy ASR uses — shown read-only with its real values."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from reprotect_gui.ui.wizard.base import Page


class ModernizedPolicyPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Failback policy"))
        self.setSubTitle(
            self.tr(
                "ASR uses the failback policy mapped for the replication appliance's direction (modernized "
                "experience). It can't be edited here."
            )
        )
        self.name = QLabel()
        self.app_consistent = QLabel()
        self.crash_consistent = QLabel()
        self.remark = self.note()
        self.remark.setAccessibleName(self.tr("About the failback policy"))
        form = self.read_only_form(
            (
                (self.tr("Policy:"), self.name),
                (self.tr("App-consistent snapshot frequency:"), self.app_consistent),
                (self.tr("Crash-consistent snapshot frequency:"), self.crash_consistent),
            )
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.remark)
        layout.addStretch(1)

    def initializePage(self) -> None:
        policy = self.session.modernized_policy
        if policy is None:
            for label in (self.name, self.app_consistent, self.crash_consistent):
                label.setText("—")
            self.remark.setText(
                self.tr(
                    "<b>No modernized failback policy (InMageRcmFailback) is mapped in the vault.</b> The portal "
                    "creates it with the replication policy; associate one with the appliance's container, then "
                    "reload the vault."
                )
            )
        else:
            self.name.setText(policy.name)
            every = self.tr("every {n} minutes")
            self.app_consistent.setText(every.format(n=policy.app_consistent_frequency_minutes))
            self.crash_consistent.setText(every.format(n=policy.crash_consistent_frequency_minutes))
            self.remark.setText(
                self.tr("The request names this policy (policyId); ASR applies it to the reverse replication.")
            )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.session.estate is not None and self.session.modernized_policy is not None
