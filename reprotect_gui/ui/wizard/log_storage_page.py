"""Modernized page 5: the log storage account (RCM-05) — there is no retention drive."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from reprotect_gui.domain import choices
from reprotect_gui.domain.models import LogStorageAccount
from reprotect_gui.ui.widgets import ChoiceList
from reprotect_gui.ui.wizard.base import Page


class LogStoragePage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Log storage account"))
        self.setSubTitle(
            self.tr(
                "The modernized experience has no retention drive: replication logs go to a storage account in "
                "Azure. ASR reuses the one the VM already replicates through, or you choose another."
            )
        )
        self.accounts = ChoiceList(
            [self.tr("Storage account"), self.tr("Used by")], self.tr("Log storage accounts"), self
        )
        self.will_use = self.note()
        self.will_use.setAccessibleName(self.tr("Where the replication logs go"))
        label = QLabel(self.tr("Log &storage account:"))
        label.setBuddy(self.accounts)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.accounts, 1)
        layout.addWidget(self.will_use)
        self._filling = False
        self.accounts.itemSelectionChanged.connect(self._on_changed)

    def initializePage(self) -> None:
        s = self.session
        items = s.selection.items
        default = choices.default_log_storage(s.site, items)
        self._filling = True
        self.accounts.fill(
            choices.log_storage_choices(s.site, items),
            lambda a: [a.name, ", ".join(a.used_by) or self.tr("not used yet")],
        )
        wanted = s.selection.log_storage_account_id or (default.account_id if default else None)
        if wanted:
            self.accounts.select_where(lambda a: a.account_id.lower() == wanted.lower())
        self._filling = False
        if self.accounts.topLevelItemCount() == 0:
            self.will_use.setText(
                self.tr(
                    "<b>RCM-05: ASR reports no log storage account for this vault.</b> The first modernized reprotect "
                    "creates one in the portal; create it there (Reprotect dialog) or name one the vault's replication "
                    "uses, then reload the vault."
                )
            )
        self._on_changed()

    def _on_changed(self) -> None:
        if self._filling:
            return
        s = self.session
        account: LogStorageAccount | None = self.accounts.selected_value()
        s.selection.log_storage_account_id = account.account_id if account else None
        default = choices.default_log_storage(s.site, s.selection.items)
        if account is None:
            if self.accounts.topLevelItemCount():
                self.will_use.setText(
                    self.tr("Choose the log storage account ASR writes the replication logs to (RCM-05).")
                )
        elif default is not None and account.account_id.lower() == default.account_id.lower():
            self.will_use.setText(
                self.tr(
                    "RCM-05: ASR will reuse <b>{account}</b>, which this VM's replication already uses; "
                    "nothing new is created."
                ).format(account=account.name)
            )
        else:
            self.will_use.setText(
                self.tr("RCM-05: the replication logs will go to <b>{account}</b>, chosen here.").format(
                    account=account.name
                )
            )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.accounts.selected_value() is not None
