"""The reprotect wizard: the portal's dialog, page by page, with the checks it never made.

The item's replication provider picks the flow (ELIG-08), and the flow its route (ui/wizard/flows.py):
classic items go through master target, datastore and retention drive; modernized items through
replication appliance, datastore and log storage account. `nextId()` follows the chosen items' route.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard, QWizardPage

from reprotect_gui.ui import i18n
from reprotect_gui.ui.jobs import Pool
from reprotect_gui.ui.wizard.base import WizardSession, confirmation_box
from reprotect_gui.ui.wizard.flows import DIRECTION_PAGE_ID, journey_wizard, later_pages, wizard_flow
from reprotect_gui.ui.wizard.select_page import SelectPage

if TYPE_CHECKING:
    from reprotect_gui.domain.flows.journey import JourneyStep
    from reprotect_gui.ui.wizard.appliance_page import AppliancePage
    from reprotect_gui.ui.wizard.datastore_page import DatastorePage
    from reprotect_gui.ui.wizard.direction_page import DirectionPage
    from reprotect_gui.ui.wizard.failback_page import FailbackPage
    from reprotect_gui.ui.wizard.job_page import JobPage
    from reprotect_gui.ui.wizard.journey_job_page import JourneyJobPage
    from reprotect_gui.ui.wizard.journey_review_page import JourneyReviewPage
    from reprotect_gui.ui.wizard.log_storage_page import LogStoragePage
    from reprotect_gui.ui.wizard.modernized_policy_page import ModernizedPolicyPage
    from reprotect_gui.ui.wizard.on_prem_page import OnPremCheckPage
    from reprotect_gui.ui.wizard.policy_page import PolicyPage
    from reprotect_gui.ui.wizard.retention_page import RetentionPage
    from reprotect_gui.ui.wizard.reverse_page import ReversePage
    from reprotect_gui.ui.wizard.review_page import ReviewPage
    from reprotect_gui.ui.wizard.target_page import TargetPage

GEOMETRY_KEY = "wizard/geometry"
# A wizard replaced by its language switch is deleted; its successor must stay referenced.
_alive: set[ReprotectWizard] = set()


class ReprotectWizard(QWizard):
    """Signals: estate_loaded(), first_painted() (once, after the first page was drawn),
    replaced(ReprotectWizard) — the language switch built a successor in the new language."""

    estate_loaded = Signal()
    first_painted = Signal()
    replaced = Signal(object)

    def __init__(self, session: WizardSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._settings: QSettings | None = None  # window geometry, when the app remembers it
        title = self.tr("Reprotect to on-premises")
        if session.is_training:
            title = self.tr("Reprotect to on-premises — TRAINING ESTATE (nothing real is changed)")
        self.setWindowTitle(title)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.select_page = SelectPage()
        self.setPage(0, self.select_page)
        # The other pages (and the rules they import) are built right after the first page is
        # painted: the operator sees the window at once, and it is busy reading the vault anyway.
        self._pages_built = False
        self._next_page = 0
        # True while a worker imports them: PySide makes a Qt class's type on first use, and the
        # GUI thread filling a list meanwhile has crashed the interpreter (the select page waits).
        self.importing_pages = False
        self.select_page.installEventFilter(self)
        self.estate_loaded.connect(self.ensure_pages)
        self.first_painted.connect(self._prepare_later_pages)
        # Tab follows each page's reading order; pages can add controls as they fill, so on every
        # visit. Not before the first paint: reading a focus policy builds Qt's enums (~35 ms).
        self.first_painted.connect(self._order_tabs_of_current_page)
        # Never larger than the screen: at 200 % a 1920 × 1080 display is 960 × 540 logical pixels.
        room = self.screen().availableGeometry()
        self.resize(min(1100, room.width()), min(760, room.height()))

    # --- remembered window geometry and the language switch --------------------------------------

    def remember_geometry(self, settings: QSettings) -> None:
        """Restore the last window geometry from `settings`, and save it there on close."""
        self._settings = settings
        saved = settings.value(GEOMETRY_KEY)
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            self.restoreGeometry(saved)

    def _save_geometry(self) -> None:
        if self._settings is not None:
            self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
            self._settings.sync()

    def restart_in_language(self, language: str) -> ReprotectWizard:
        """Rebuild the wizard in `language` on the same session (from the first page only:
        nothing chosen is lost but the row selected there). Returns the successor."""
        i18n.install_language(language)
        if self._settings is not None:
            i18n.remember_language(language, self._settings)
        successor = ReprotectWizard(self.session)  # the same session: the same collaborators
        successor._settings = self._settings
        successor.setGeometry(self.geometry())
        self.session.runner.setParent(successor)
        _alive.add(successor)
        _alive.discard(self)
        self.replaced.emit(successor)
        successor.show()
        self._settings = None  # the successor saves the geometry from now on
        self.hide()
        self.deleteLater()
        return successor

    def _order_tabs_of_current_page(self) -> None:
        from reprotect_gui.ui.widgets import follow_layout_in_tab_order

        page = self.currentPage()
        if page is not None:
            follow_layout_in_tab_order(page)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.select_page and event.type() == QEvent.Type.Paint and not self._pages_built:
            self.select_page.removeEventFilter(self)
            QTimer.singleShot(0, self, self.first_painted.emit)
        return False

    # Built after the first paint (see LATER_PAGES).
    direction_page: DirectionPage
    target_page: TargetPage
    datastore_page: DatastorePage
    retention_page: RetentionPage
    policy_page: PolicyPage
    review_page: ReviewPage
    job_page: JobPage
    appliance_page: AppliancePage
    log_storage_page: LogStoragePage
    modernized_policy_page: ModernizedPolicyPage
    failback_page: FailbackPage
    journey_review_page: JourneyReviewPage
    on_prem_page: OnPremCheckPage
    reverse_page: ReversePage
    journey_job_page: JourneyJobPage

    # The shared pages and every flow's own (ui/wizard/flows.py), in page id order.
    LATER_PAGES = later_pages()

    def _prepare_later_pages(self) -> None:
        """Import the later pages (and the rules they use) on a worker, then build them here."""
        self.importing_pages = True
        self.session.runner.start(
            _import_later_pages,
            pool=Pool.LOCAL,
            name="prepare the wizard pages",
            on_finished=self._imported,
        )

    def _imported(self) -> None:
        self.importing_pages = False
        self._build_pages_bit_by_bit()

    def _build_pages_bit_by_bit(self) -> None:
        """One page (and its imports) per turn of the event loop: no long stall of the window."""
        if self._pages_built:
            return
        self._build_page(self._next_page)
        if not self._pages_built:
            QTimer.singleShot(0, self, self._build_pages_bit_by_bit)

    def ensure_pages(self) -> None:
        """Build whatever is not built yet, now (the vault answered, or the operator moves on)."""
        while not self._pages_built:
            self._build_page(self._next_page)

    def _build_page(self, index: int) -> None:
        spec = self.LATER_PAGES[index]
        page = getattr(importlib.import_module(f"{__package__}.{spec.module}"), spec.cls)()
        setattr(self, spec.attribute, page)
        self.setPage(spec.page_id, page)
        self._next_page += 1
        if self._next_page == len(self.LATER_PAGES):
            self._routes_ready()

    def _routes_ready(self) -> None:
        self._pages_built = True
        self.currentIdChanged.connect(self._order_tabs_of_current_page)

    def next(self) -> None:
        self.ensure_pages()
        super().next()

    def route(self) -> tuple[QWizardPage, ...]:
        """The pages of the chosen items' flow, from the select page to the job page; along the journey
        after reprotect, the pages of its current step."""
        self.ensure_pages()
        journey = self.session.journey_run
        if journey is not None:
            return tuple(getattr(self, attribute) for attribute in journey_wizard(journey.step).route)
        steps = wizard_flow(self.session.selection.flow).route
        return (self.select_page, *(getattr(self, attribute) for attribute in steps))

    def start_journey_step(self, step: JourneyStep) -> None:
        """Begin a step of the journey (session.journey_run is set): the wizard starts over at the step's first
        page, so each step is walked forward once, and its submit page can't be gone back to."""
        journey = self.session.journey_run
        assert journey is not None, "the journey starts from the readiness view"
        self.ensure_pages()
        journey.start(step)
        self.setWindowTitle(self._journey_title(journey.target_name))
        self.setStartId(self.page_id(self.route()[0]))
        self.restart()

    def _journey_title(self, target: str) -> str:
        title = self.tr("Fail back {target}").format(target=target)
        if self.session.is_training:
            title = self.tr("{title} — TRAINING ESTATE (nothing real is changed)").format(title=title)
        return title

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

    def confirm(self, title: str, text: str, accept: str = "", reject: str = "") -> bool:  # already translated
        """Ask before an action that changes the vault, through the session's `confirm` collaborator.
        `accept` / `reject`: verb buttons ("Start reprotect" / "Go back"); plain Yes / No when not given."""
        if accept or reject:
            return self.session.confirm(self, title, text, accept, reject)
        return self.session.confirm(self, title, text)

    def confirmation_box(self, title: str, text: str, accept: str = "", reject: str = "") -> QMessageBox:
        return confirmation_box(self, title, text, accept, reject)

    def jobs_running(self) -> bool:
        if self._pages_built and self.currentPage() is self.journey_job_page:
            return self.journey_job_page.running()
        return (
            self._pages_built
            and self.currentPage() is self.job_page
            and bool(self.job_page.outcomes)
            and not self.job_page.finished()
        )

    def done(self, result: int) -> None:  # every way out: Finish, Cancel, Esc, the window's close
        self._save_geometry()
        super().done(result)

    def reject(self) -> None:
        if self.jobs_running() and not self.confirm(
            self.tr("Stop following the jobs?"),
            self.tr(
                "The reprotect jobs keep running in Azure; closing only stops following them here. "
                "You can follow them in the vault's Site Recovery jobs. Close anyway?"
            ),
            self.tr("Close"),
            self.tr("Keep following"),
        ):
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.jobs_running() and not self.confirm(
            self.tr("Stop following the jobs?"),
            self.tr("The reprotect jobs keep running in Azure; closing only stops following them here. Close anyway?"),
            self.tr("Close"),
            self.tr("Keep following"),
        ):
            event.ignore()
            return
        self.session.runner.shutdown(2000)
        super().closeEvent(event)


def _import_later_pages(ctx: Any) -> None:
    # Imports only; the widgets themselves are made on the GUI thread. Meanwhile the GUI thread
    # keeps its turn (the interpreter switches threads every few milliseconds).
    for spec in ReprotectWizard.LATER_PAGES:
        ctx.raise_if_cancelled()
        importlib.import_module(f"{__package__}.{spec.module}")
