"""The reprotect wizard: the portal's dialog, page by page, with the checks it never made.

The item's replication provider picks the route (ELIG-08): classic items go through master
target, datastore and retention drive; modernized items through replication appliance,
datastore and log storage account. `nextId()` follows the route of the chosen items.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard, QWizardPage

from reprotect_gui.ui.wizard.base import WizardSession
from reprotect_gui.ui.wizard.select_page import SelectPage

if TYPE_CHECKING:
    from reprotect_gui.ui.wizard.appliance_page import AppliancePage
    from reprotect_gui.ui.wizard.datastore_page import DatastorePage
    from reprotect_gui.ui.wizard.direction_page import DirectionPage
    from reprotect_gui.ui.wizard.job_page import JobPage
    from reprotect_gui.ui.wizard.log_storage_page import LogStoragePage
    from reprotect_gui.ui.wizard.modernized_policy_page import ModernizedPolicyPage
    from reprotect_gui.ui.wizard.policy_page import PolicyPage
    from reprotect_gui.ui.wizard.retention_page import RetentionPage
    from reprotect_gui.ui.wizard.review_page import ReviewPage
    from reprotect_gui.ui.wizard.target_page import TargetPage

DIRECTION_PAGE_ID = 1  # both routes go select -> direction


class ReprotectWizard(QWizard):
    """Signals: estate_loaded(), first_painted() (once, after the first page was drawn)."""

    estate_loaded = Signal()
    first_painted = Signal()

    def __init__(self, session: WizardSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        title = "Reprotect to on-premises"
        if session.is_training:
            title += " — TRAINING ESTATE (nothing real is changed)"
        self.setWindowTitle(title)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.select_page = SelectPage()
        self.setPage(0, self.select_page)
        # The other pages (and the rules they import) are built right after the first page is
        # painted: the operator sees the window at once, and it is busy reading the vault anyway.
        self._pages_built = False
        self.select_page.installEventFilter(self)
        self.estate_loaded.connect(self.ensure_pages)
        self.first_painted.connect(self.ensure_pages)
        self.resize(1100, 760)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.select_page and event.type() == QEvent.Type.Paint and not self._pages_built:
            self.select_page.removeEventFilter(self)
            QTimer.singleShot(0, self, self.first_painted.emit)
        return False

    def ensure_pages(self) -> None:
        if self._pages_built:
            return
        self._pages_built = True
        from reprotect_gui.ui.wizard.appliance_page import AppliancePage
        from reprotect_gui.ui.wizard.datastore_page import DatastorePage
        from reprotect_gui.ui.wizard.direction_page import DirectionPage
        from reprotect_gui.ui.wizard.job_page import JobPage
        from reprotect_gui.ui.wizard.log_storage_page import LogStoragePage
        from reprotect_gui.ui.wizard.modernized_policy_page import ModernizedPolicyPage
        from reprotect_gui.ui.wizard.policy_page import PolicyPage
        from reprotect_gui.ui.wizard.retention_page import RetentionPage
        from reprotect_gui.ui.wizard.review_page import ReviewPage
        from reprotect_gui.ui.wizard.target_page import TargetPage

        self.direction_page: DirectionPage = DirectionPage()
        self.target_page: TargetPage = TargetPage()
        self.datastore_page: DatastorePage = DatastorePage()
        self.retention_page: RetentionPage = RetentionPage()
        self.policy_page: PolicyPage = PolicyPage()
        self.review_page: ReviewPage = ReviewPage()
        self.job_page: JobPage = JobPage()
        self.appliance_page: AppliancePage = AppliancePage()
        self.log_storage_page: LogStoragePage = LogStoragePage()
        self.modernized_policy_page: ModernizedPolicyPage = ModernizedPolicyPage()
        self.classic_route: tuple[QWizardPage, ...] = (
            self.select_page,
            self.direction_page,
            self.target_page,
            self.datastore_page,
            self.retention_page,
            self.policy_page,
            self.review_page,
            self.job_page,
        )
        self.modernized_route: tuple[QWizardPage, ...] = (
            self.select_page,
            self.direction_page,
            self.appliance_page,
            self.datastore_page,
            self.log_storage_page,
            self.modernized_policy_page,
            self.review_page,
            self.job_page,
        )
        # Classic pages keep ids 0..7 (their order of old); the modernized ones follow.
        pages = (*self.classic_route, self.appliance_page, self.log_storage_page, self.modernized_policy_page)
        for page_id, page in enumerate(pages):
            if page is not self.select_page:
                self.setPage(page_id, page)

    def next(self) -> None:
        self.ensure_pages()
        super().next()

    def route(self) -> tuple[QWizardPage, ...]:
        self.ensure_pages()
        return self.modernized_route if self.session.selection.is_modernized else self.classic_route

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        if not self._pages_built:
            return DIRECTION_PAGE_ID if self.currentPage() is self.select_page else -1
        route = self.route()
        current = self.currentPage()
        if current not in route:
            return super().nextId()
        index = route.index(current)
        return self.page_id(route[index + 1]) if index + 1 < len(route) else -1

    def page_id(self, page: QWizardPage) -> int:
        return next(i for i in self.pageIds() if self.page(i) is page)

    def confirm(self, title: str, text: str) -> bool:
        """Ask before an action that changes the vault (tests replace this)."""
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def jobs_running(self) -> bool:
        return self._pages_built and self.currentPage() is self.job_page and bool(self.job_page.outcomes) and not self.job_page.finished()

    def reject(self) -> None:
        if self.jobs_running() and not self.confirm(
            "Stop following the jobs?",
            "The reprotect jobs keep running in Azure; closing only stops following them here. "
            "You can follow them in the vault's Site Recovery jobs. Close anyway?",
        ):
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.jobs_running() and not self.confirm(
            "Stop following the jobs?",
            "The reprotect jobs keep running in Azure; closing only stops following them here. Close anyway?",
        ):
            event.ignore()
            return
        self.session.runner.shutdown(2000)
        super().closeEvent(event)
