"""Page 2: direction — Azure to on-premises; the other way is shown, disabled, with why."""

from __future__ import annotations

from PySide6.QtWidgets import QRadioButton, QVBoxLayout

from reprotect_gui.ui.wizard.base import Page


class DirectionPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Direction"))
        self.setSubTitle(self.tr("Reprotect replicates the VM running in Azure back to the on-premises site."))
        self.to_on_prem = QRadioButton(self.tr("&Azure → On-premises (VMware)"))
        self.to_on_prem.setAccessibleName(self.tr("Azure to on-premises (VMware)"))
        self.to_on_prem.setChecked(True)
        self.to_azure = QRadioButton(self.tr("On-premises → Azure"))
        self.to_azure.setAccessibleName(self.tr("On-premises to Azure (not available)"))
        self.to_azure.setEnabled(False)
        self.why_not_azure = self.note(
            "<i>"
            + self.tr(
                "Not available: the VM now runs in Azure. Replication to Azure resumes after failback, "
                "when you reprotect from the on-premises site."
            )
            + "</i>"
        )
        self.why_not_azure.setAccessibleName(self.tr("Why the other direction is not available"))
        self.target = self.note()
        self.target.setAccessibleName(self.tr("Target site"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.to_on_prem)
        layout.addWidget(self.target)
        layout.addSpacing(12)
        layout.addWidget(self.to_azure)
        layout.addWidget(self.why_not_azure)
        layout.addStretch(1)
        self.registerField("directionToOnPrem", self.to_on_prem)

    def initializePage(self) -> None:
        self.target.setText(self.session.wizard_flow.target_site_html(self.session))
