"""pytest-qt walks of the journey after reprotect: ready → fail back → commit → protected to Azure."""

from __future__ import annotations

import json
from pathlib import Path

from reprotect_gui.domain.failback import CommitRequest, FailbackRequest, ReprotectToAzureRequest
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


def test_a_classic_vm_from_ready_to_protected_to_azure(qtbot, make_wizard):
    wizard = make_wizard()
    double = install(wizard)
    monitor = ready_vm(qtbot, wizard, "app-lnx-01")
    assert monitor.failback_vm_button.isVisible() and monitor.failback_vm_button.isEnabled()
    monitor.failback_vm_button.click()
    assert wizard.currentPage() is wizard.failback_page
    page = wizard.failback_page
    assert set(page.buttons) == {"LatestTime", "LatestTag", "Custom"}
    assert page.buttons["LatestTime"].isChecked()
    assert not page.isComplete()  # FB-05: the window is confirmed first
    page.downtime.setChecked(True)
    click(wizard)
    assert wizard.currentPage() is wizard.journey_review_page
    acknowledge(qtbot, wizard)
    ids = {v.check_id for v in wizard.journey_review_page.results}
    assert {"FB-01", "FB-02", "FB-05", "FB-10"} <= ids
    click(wizard, COMMIT)
    job = wizard.journey_job_page
    assert wizard.currentPage() is job
    qtbot.waitUntil(lambda: JourneyStep.COMMIT in job.offered(), timeout=10000)
    assert JourneyStep.CANCEL not in job.offered()  # FB-12: never for classic
    assert isinstance(double.sent[0], FailbackRequest) and double.sent[0].recovery_point == "LatestTime"
    job.commit_button.click()
    assert wizard.currentPage() is wizard.on_prem_page
    on_prem = wizard.on_prem_page
    qtbot.waitUntil(lambda: on_prem.facts is not None, timeout=10000)
    assert not on_prem.isComplete()
    on_prem.app_works.setChecked(True)
    click(wizard)
    acknowledge(qtbot, wizard)
    click(wizard, COMMIT)
    qtbot.waitUntil(lambda: JourneyStep.REPROTECT_TO_AZURE in job.offered(), timeout=10000)
    assert isinstance(double.sent[1], CommitRequest)
    job.reverse_button.click()
    reverse = wizard.reverse_page
    qtbot.waitUntil(reverse.isComplete, timeout=10000)
    click(wizard)
    acknowledge(qtbot, wizard)
    click(wizard, COMMIT)
    qtbot.waitUntil(lambda: "protected to Azure again" in job.where.text(), timeout=10000)
    assert isinstance(double.sent[2], ReprotectToAzureRequest) and double.sent[2].run_as_account_id == "ra-1"
    assert len(double.sent) == 3


def test_a_failed_modernized_planned_failover_leads_to_cancel_then_a_retry(qtbot, make_wizard):
    """FB-11/FB-15: the failed planned failover offers Cancel (FB-12), never "disable protection"; after the
    cancel the failback is offered again and retried with fresh choices."""
    wizard = make_wizard()
    double = install(wizard)
    double.fail_failback.add("intranet-01")
    from tests.ui.walk import go_to_modernized_review

    go_to_modernized_review(qtbot, wizard, vm="intranet-01")
    accept_warnings(wizard)
    click(wizard, COMMIT)
    monitor = wizard.job_page
    qtbot.waitUntil(
        lambda: monitor.monitor is not None and monitor.monitor.readiness_tree.topLevelItemCount() == 1, timeout=15000
    )
    m = monitor.monitor
    qtbot.waitUntil(lambda: m.readiness_tree.topLevelItem(0).text(1).startswith("Ready for failback"), timeout=15000)
    m.readiness_tree.setCurrentItem(m.readiness_tree.topLevelItem(0))
    m.failback_vm_button.click()
    page = wizard.failback_page
    assert set(page.buttons) == {"CrashConsistent", "ApplicationConsistent"}
    page.buttons["ApplicationConsistent"].setChecked(True)
    page.downtime.setChecked(True)
    click(wizard)
    acknowledge(qtbot, wizard)
    click(wizard, COMMIT)
    job = wizard.journey_job_page
    qtbot.waitUntil(lambda: job.offered() == (JourneyStep.CANCEL,), timeout=10000)
    assert "did not succeed" in job.verdict.text() and "cancel the failover" in job.verdict.text()
    labels = [b.text().lower() for b in job.findChildren(type(job.cancel_button)) if b.isVisible()]
    assert not any("disable" in label for label in labels)
    job.cancel_button.click()
    assert wizard.currentPage() is wizard.journey_review_page
    acknowledge(qtbot, wizard)
    click(wizard, COMMIT)
    qtbot.waitUntil(lambda: JourneyStep.FAILBACK in job.offered(), timeout=10000)
    assert "was cancelled" in job.verdict.text()
    job.failback_button.click()
    assert wizard.currentPage() is wizard.failback_page
    assert page.buttons["CrashConsistent"].isChecked() and not page.downtime.isChecked()  # chosen afresh
    page.downtime.setChecked(True)
    click(wizard)
    acknowledge(qtbot, wizard)
    click(wizard, COMMIT)
    qtbot.waitUntil(lambda: JourneyStep.COMMIT in job.offered(), timeout=10000)
    assert JourneyStep.CANCEL in job.offered()  # modernized: cancel stays possible after a successful failover
    kinds = [type(r).__name__ for r in double.sent]
    assert kinds == ["FailbackRequest", "CancelFailoverRequest", "FailbackRequest"]
    assert [r.recovery_point for r in double.sent if isinstance(r, FailbackRequest)] == [
        "ApplicationConsistent",
        "CrashConsistent",
    ]


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
