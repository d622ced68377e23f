"""Drives the real wizard on the training estate, outside pytest or inside it.

One driver for everything that walks the app without a person: the screenshot script
(docs/screenshot.py), the SIGKILL/resume end-to-end test (tests/e2e/drive_app.py) and the
responsiveness benchmark (benchmarks/responsiveness.py). The walks themselves are the tests'
(tests/ui/walk.py); `Driver.waitUntil` is the one part of pytest-qt's qtbot they use.

    driver = Driver()                      # the QApplication (made here when there is none)
    wizard = driver.launch(speed=4)        # the training wizard, shown, its estate read
    driver.walk_to(wizard, "review")       # one of ROUTES
    driver.save(wizard, Path("shot.png"))
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from reprotect_gui.app import build_training_wizard
from reprotect_gui.domain.checks.facts import LinkType
from reprotect_gui.training.scenario import Scenario, load_scenario
from reprotect_gui.ui import i18n
from reprotect_gui.ui.wizard.wizard import ReprotectWizard
from tests.ui.walk import COMMIT, accept_warnings, click, go_to_modernized_review, go_to_review


class Driver:
    def __init__(self, app: QApplication | None = None) -> None:
        self.app = app or QApplication.instance() or QApplication(sys.argv[:1])

    # --- waiting (qtbot's names, so tests/ui/walk.py takes a Driver) ------------------------------

    def waitUntil(self, condition: Callable[[], object], timeout: int = 5000) -> None:  # noqa: N802 (qtbot's)
        deadline = time.monotonic() + timeout / 1000
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError(f"the app did not get there within {timeout} ms")
            self.app.processEvents()
            time.sleep(0.001)

    def settle(self, turns: int = 30) -> None:
        """Let layouts, deferred paints and queued signals run before a picture is taken."""
        for _ in range(turns):
            self.app.processEvents()
            time.sleep(0.01)

    # --- the app -------------------------------------------------------------------------------

    def launch(
        self,
        scenario: Scenario | None = None,
        *,
        speed: float = 4.0,
        latency_s: float = 0.1,
        data_dir: Path | None = None,
        lang: str | None = None,
    ) -> ReprotectWizard:
        """The training wizard, shown, with its estate read; every question it asks is answered yes."""
        if lang is not None:
            i18n.install_language(lang)
        wizard = build_training_wizard(scenario or load_scenario(), speed=speed, latency_s=latency_s, data_dir=data_dir)
        wizard.session.confirm = lambda *_: True
        wizard.show()
        self.waitUntil(lambda: wizard.session.estate is not None, timeout=30000)
        return wizard

    def walk_to(self, wizard: ReprotectWizard, route: str) -> QWidget:
        """Walk `wizard` to one of ROUTES; returns the window to picture."""
        return ROUTES[route].walk(self, wizard)

    def save(self, window: QWidget, path: Path) -> Path:
        self.settle()
        path.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        return path

    def close(self, wizard: ReprotectWizard) -> None:
        wizard.session.runner.shutdown(2000)
        wizard.hide()
        wizard.deleteLater()
        self.settle(5)


# --- the routes: where the wizard is walked to, and which README picture that is ------------------


class Route:
    def __init__(self, name: str, picture: str, doc: str, walk: Callable[[Driver, ReprotectWizard], QWidget]) -> None:
        self.name, self.picture, self.doc, self.walk = name, picture, doc, walk


def _select(d: Driver, w: ReprotectWizard) -> QWidget:
    assert w.select_page.items.select_where(lambda item: item.name == "web-01")
    return w


def _classic_datastore(d: Driver, w: ReprotectWizard) -> QWidget:
    """The RP-Web-Tier plan (sql-01 is in its replication group, SUB-02) through mt-win-01 over a VPN:
    the datastore page, NFS listed but excluded."""
    w.select_page.plan_mode.setChecked(True)
    assert w.select_page.plans.select_where(lambda p: p.name == "RP-Web-Tier")
    click(w)
    click(w)
    w.target_page.set_link_type(LinkType.S2S_VPN)
    assert w.target_page.master_targets.select_where(lambda mt: mt.name == "mt-win-01")
    click(w)
    assert w.currentPage() is w.datastore_page
    assert w.datastore_page.datastores.select_where(lambda ds: ds.symbolic_name == "ds-vmfs-silver-01")
    return w


def _classic_review(d: Driver, w: ReprotectWizard) -> QWidget:
    """The RP-Web-Tier plan (sql-01 goes back with its replication group) on the review page: blocks first,
    then warnings."""
    go_to_review(d, w, plan="RP-Web-Tier", link=LinkType.S2S_VPN, datastore="ds-vmfs-silver-01")
    return w


def _job(d: Driver, w: ReprotectWizard) -> QWidget:
    """web-01 submitted: the live job pane with tasks running."""
    go_to_review(d, w, vm="web-01")
    accept_warnings(w)
    click(w, COMMIT)
    d.waitUntil(  # at the training speed of the pictures (4) the middle tasks run for seconds
        lambda: (
            w.job_page.isComplete()
            or any(t.state.value == "InProgress" for j in w.job_page.jobs.values() for t in j.tasks[2:])
        ),
        timeout=30000,
    )
    return w


def _modernized(d: Driver, w: ReprotectWizard) -> QWidget:
    """wiki-01 (modernized, its on-premises VM deleted): the replication appliance page."""
    assert w.select_page.items.select_where(lambda item: item.name == "wiki-01")
    click(w)
    click(w)
    assert w.currentPage() is w.appliance_page
    return w


def _modernized_review(d: Driver, w: ReprotectWizard) -> QWidget:
    go_to_modernized_review(d, w, vm="intranet-01")
    return w


def _plan(d: Driver, w: ReprotectWizard) -> QWidget:
    """The RP-Linux-Apps recovery plan on the review page: one request per VM."""
    go_to_review(d, w, plan="RP-Linux-Apps", datastore="ds-vmfs-gold-02")
    return w


def _ready_for_failback(d: Driver, w: ReprotectWizard, vm: str) -> None:
    """`vm` reprotected on the training estate, ready for failback, and "Fail back VM…" pressed."""
    go_to_review(d, w, vm=vm)
    accept_warnings(w)
    click(w, COMMIT)
    page = w.job_page
    d.waitUntil(lambda: page.monitor is not None and page.monitor.readiness_tree.topLevelItemCount() == 1, 120000)
    monitor = page.monitor
    assert monitor is not None
    row = monitor.readiness_tree.topLevelItem(0)
    assert row is not None
    monitor.readiness_tree.setCurrentItem(row)
    d.waitUntil(lambda: bool(monitor.selected_ready_item()), timeout=120000)  # in any language
    monitor.failback_vm_button.click()


def _failback(d: Driver, w: ReprotectWizard) -> QWidget:
    """app-lnx-01: the failback options, a recovery point of its own chosen (FB-03 Custom), downtime confirmed."""
    _ready_for_failback(d, w, "app-lnx-01")
    page = w.failback_page
    page.buttons["Custom"].setChecked(True)
    d.waitUntil(lambda: page.custom_points.count() > 0, timeout=10000)
    page.downtime.setChecked(True)
    return w


def _failback_review(d: Driver, w: ReprotectWizard) -> QWidget:
    """app-lnx-01: the failback's review, every FB verdict with its evidence and fix."""
    _failback(d, w)
    w.failback_page.buttons["LatestTime"].setChecked(True)
    click(w)
    d.waitUntil(lambda: w.journey_review_page.facts is not None, timeout=10000)
    return w


def _commit_confirmation(d: Driver, w: ReprotectWizard) -> QWidget:
    """app-lnx-01 failed back: the commit's confirmation, saying what it deletes (CMT-01, CMT-05)."""
    from reprotect_gui.domain.flows.journey import JourneyStep
    from reprotect_gui.ui.wizard.journey_review_page import confirmation

    _failback_review(d, w)
    review = w.journey_review_page
    review.acknowledge.setChecked(True)
    click(w, COMMIT)
    job = w.journey_job_page
    d.waitUntil(lambda: JourneyStep.COMMIT in job.offered(), timeout=120000)
    job.commit_button.click()
    on_prem = w.on_prem_page
    d.waitUntil(lambda: on_prem.facts is not None, timeout=10000)
    on_prem.app_works.setChecked(True)
    click(w)
    d.waitUntil(lambda: review.facts is not None and not review._checking, timeout=10000)
    title, text, accept = confirmation(w.session.journey_run, review.facts)
    box = w.confirmation_box(title, text, accept, w.tr("Go back"))
    box.show()
    d.settle()
    return _over(w, box, title)


def _over(window: QWidget, dialog: QWidget, title: str) -> QWidget:
    """The window with the dialog painted over its middle under a title strip (Xvfb has no window manager
    to draw one): what the operator sees when the question comes."""
    from PySide6.QtCore import QPoint, QRect, Qt
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtWidgets import QLabel

    picture = window.grab()
    face = dialog.grab()
    strip = 26
    left = (picture.width() - face.width()) // 2
    top = (picture.height() - face.height() - strip) // 2
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 70))
    frame = QRect(left - 1, top - 1, face.width() + 2, face.height() + strip + 2)
    painter.fillRect(frame, QColor("#3c3f41"))
    painter.setPen(QColor("white"))
    painter.drawText(QRect(left + 8, top, face.width() - 16, strip), Qt.AlignmentFlag.AlignVCenter, title)
    painter.drawPixmap(QPoint(left, top + strip), face)
    painter.end()
    dialog.hide()
    label = QLabel()
    label.setPixmap(picture)
    label.resize(picture.size())
    return label


ROUTES = {
    r.name: r
    for r in (
        Route("select", "1-select", "the first page, a VM chosen", _select),
        Route("classic", "2-datastore", "classic route: the datastore page", _classic_datastore),
        Route("review", "3-review", "classic route: the review page", _classic_review),
        Route("job", "4-job", "the job page following a job", _job),
        Route("modernized", "5-appliance", "modernized route: the appliance page", _modernized),
        Route("modernized-review", "6-modernized-review", "modernized route: the review page", _modernized_review),
        Route("plan", "7-plan-review", "a recovery plan on the review page", _plan),
        Route("failback", "9-failback", "the journey: failback options", _failback),
        Route("failback-review", "10-failback-review", "the journey: the failback's review", _failback_review),
        Route("commit", "11-commit", "the journey: the commit confirmation", _commit_confirmation),
    )
}
