"""The journey's pages against a Journey double (tests/ui/journey_double.py): a classic recovery plan from
the readiness view's "Fail back plan…" to protected to Azure, member by member (FB-07, RDY-13, REV-07).
The acceptance walks on the training estate's own journey are in test_journey_cycle.py."""

from __future__ import annotations

import json
from pathlib import Path

from reprotect_gui.domain.failback import ReprotectToAzureRequest
from reprotect_gui.domain.flows.journey import JourneyStep
from tests.ui.journey_double import install
from tests.ui.walk import COMMIT, accept_warnings, click, go_to_review

ESTATE = Path(__file__).resolve().parents[2] / "reprotect_gui" / "training" / "estate.json"


def ready_vm(qtbot, wizard, vm: str):
    go_to_review(qtbot, wizard, vm=vm)
    accept_warnings(wizard)
    click(wizard, COMMIT)
    pane = wizard.job_page
    qtbot.waitUntil(
        lambda: pane.monitor is not None and pane.monitor.readiness_tree.topLevelItemCount() == 1, timeout=15000
    )
    monitor = pane.monitor
    qtbot.waitUntil(lambda: monitor.readiness_tree.topLevelItem(0).text(1) == "Ready for failback", timeout=15000)
    monitor.readiness_tree.setCurrentItem(monitor.readiness_tree.topLevelItem(0))
    return monitor


def acknowledge(qtbot, wizard):
    review = wizard.journey_review_page
    qtbot.waitUntil(lambda: review.facts is not None, timeout=10000)
    assert not review.blocks(), [(v.check_id, v.finding) for v in review.blocks()]
    if review.acknowledge.isVisible():
        review.acknowledge.setChecked(True)
    qtbot.waitUntil(review.isComplete, timeout=5000)


def test_a_ready_plan_fails_back_as_a_plan_and_goes_back_to_azure_member_by_member(qtbot, make_wizard, tmp_path):
    """FB-07 (plan-level failback works) and RDY-13 (the plan button waits for every member); REV-07 (no
    plan-level reprotect: one request per member). app-lnx-02's trained reprotect failure is taken out."""
    raw = json.loads(ESTATE.read_text(encoding="utf-8"))
    for item in raw["items"]:
        if item["name"] == "app-lnx-02":
            item.pop("job", None)
    path = tmp_path / "estate.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    wizard = make_wizard(path)
    double = install(wizard)
    go_to_review(qtbot, wizard, plan="RP-Linux-Apps", datastore="ds-vmfs-gold-02")
    accept_warnings(wizard)
    click(wizard, COMMIT)
    page = wizard.job_page
    qtbot.waitUntil(
        lambda: page.monitor is not None and page.monitor.readiness_tree.topLevelItemCount() == 2, timeout=15000
    )
    monitor = page.monitor
    assert monitor.failback_plan_button.isVisible() and "RP-Linux-Apps" in monitor.failback_plan_button.text()
    qtbot.waitUntil(monitor.failback_plan_button.isEnabled, timeout=15000)
    assert monitor.plan_ready()
    monitor.failback_plan_button.click()
    options = wizard.failback_page
    assert set(options.buttons) == {"LatestTime", "LatestTag"}  # Custom is item-only (FB-03)
    options.buttons["LatestTag"].setChecked(True)
    options.downtime.setChecked(True)
    click(wizard)
    acknowledge(qtbot, wizard)
    assert (
        "Recovery plan RP-Linux-Apps (2 VMs: app-lnx-01, app-lnx-02)"
        in wizard.journey_review_page.summary.toPlainText()
    )
    click(wizard, COMMIT)
    job = wizard.journey_job_page
    qtbot.waitUntil(lambda: JourneyStep.COMMIT in job.offered(), timeout=10000)
    job.commit_button.click()
    qtbot.waitUntil(lambda: wizard.on_prem_page.facts is not None, timeout=10000)
    assert wizard.on_prem_page.vms.topLevelItemCount() == 2
    wizard.on_prem_page.app_works.setChecked(True)
    click(wizard)
    acknowledge(qtbot, wizard)
    click(wizard, COMMIT)
    qtbot.waitUntil(lambda: JourneyStep.REPROTECT_TO_AZURE in job.offered(), timeout=10000)
    job.reverse_button.click()
    qtbot.waitUntil(wizard.reverse_page.isComplete, timeout=10000)
    click(wizard)
    acknowledge(qtbot, wizard)
    click(wizard, COMMIT)
    qtbot.waitUntil(lambda: "protected to Azure again" in job.where.text(), timeout=10000)
    plan_requests = [r for r in double.sent if not isinstance(r, ReprotectToAzureRequest)]
    assert [(type(r).__name__, r.scope.value) for r in plan_requests] == [
        ("FailbackRequest", "plan"),
        ("CommitRequest", "plan"),
    ]
    assert sorted(r.item_name for r in double.sent if isinstance(r, ReprotectToAzureRequest)) == [
        "app-lnx-01",
        "app-lnx-02",
    ]
    assert job.monitor.readiness_tree.isHidden()  # the journey's jobs have no readiness to watch
