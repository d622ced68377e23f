"""The acceptance walks of the journey on the training estate (its Journey port, app.training_journey):
a classic VM and a modernized recovery plan from reprotect to "protected to Azure", and a modernized
planned failover that fails (kb-01) → cancel → retry. Every step goes through the pages a person uses."""

from __future__ import annotations

from reprotect_gui.domain.failback import CancelFailoverRequest, FailbackRequest, ReprotectToAzureRequest
from reprotect_gui.domain.flows.journey import JourneyStep
from tests.ui.walk import COMMIT, accept_warnings, click, go_to_modernized_review, go_to_review

LONG = 20000


def acknowledge(qtbot, wizard):
    review = wizard.journey_review_page
    qtbot.waitUntil(lambda: review.facts is not None and not review._checking, timeout=LONG)
    assert not review.blocks(), review.verdicts_as_text()
    if review.acknowledge.isVisible():
        review.acknowledge.setChecked(True)
    qtbot.waitUntil(review.isComplete, timeout=LONG)  # REV-02's countdown, if any, checks again by itself


def readiness(qtbot, wizard, rows: int):
    page = wizard.job_page
    qtbot.waitUntil(
        lambda: page.monitor is not None and page.monitor.readiness_tree.topLevelItemCount() == rows, timeout=LONG
    )
    return page.monitor


def fail_back(qtbot, wizard, point: str | None = None):
    page = wizard.failback_page
    assert wizard.currentPage() is page
    if point:
        page.buttons[point].setChecked(True)
    page.downtime.setChecked(True)
    click(wizard)
    acknowledge(qtbot, wizard)
    click(wizard, COMMIT)
    assert wizard.currentPage() is wizard.journey_job_page


def commit(qtbot, wizard):
    job = wizard.journey_job_page
    qtbot.waitUntil(lambda: JourneyStep.COMMIT in job.offered(), timeout=LONG)
    job.commit_button.click()
    on_prem = wizard.on_prem_page
    qtbot.waitUntil(lambda: on_prem.facts is not None, timeout=LONG)
    on_prem.app_works.setChecked(True)
    click(wizard)
    acknowledge(qtbot, wizard)
    click(wizard, COMMIT)
    return on_prem


def protect_to_azure(qtbot, wizard):
    job = wizard.journey_job_page
    qtbot.waitUntil(lambda: JourneyStep.REPROTECT_TO_AZURE in job.offered(), timeout=LONG)
    job.reverse_button.click()
    qtbot.waitUntil(wizard.reverse_page.isComplete, timeout=LONG)
    click(wizard)
    acknowledge(qtbot, wizard)
    click(wizard, COMMIT)
    qtbot.waitUntil(lambda: "protected to Azure again" in job.where.text(), timeout=LONG)


def test_a_classic_vm_through_the_whole_cycle(qtbot, make_wizard):
    wizard = make_wizard()
    journey = wizard.session.journey
    go_to_review(qtbot, wizard, vm="app-lnx-01")
    accept_warnings(wizard)
    click(wizard, COMMIT)
    monitor = readiness(qtbot, wizard, 1)
    row = monitor.readiness_tree.topLevelItem(0)
    qtbot.waitUntil(lambda: row.text(1).startswith("Ready for failback"), timeout=LONG)
    monitor.readiness_tree.setCurrentItem(row)
    assert monitor.failback_vm_button.isEnabled()
    monitor.failback_vm_button.click()
    fail_back(qtbot, wizard, "LatestTime")
    job = wizard.journey_job_page
    qtbot.waitUntil(lambda: JourneyStep.COMMIT in job.offered(), timeout=LONG)
    # FB-12: app-lnx-01's state lists CancelFailover (the trap); a classic failback is never cancelled.
    assert JourneyStep.CANCEL not in job.offered() and job.cancel_button.isHidden()
    assert job.commit_button.isDefault()  # the step the failback leads to; Enter takes it
    on_prem = commit(qtbot, wizard)
    member = on_prem.facts.members[0]
    assert member.on_prem_power_state == "poweredOn" and member.on_prem_tools_status == "toolsOk"  # FB-13
    protect_to_azure(qtbot, wizard)
    sent = journey.submissions
    assert [type(r).__name__ for r in sent] == ["FailbackRequest", "CommitRequest", "ReprotectToAzureRequest"]
    assert sent[0].recovery_point == "LatestTime" and sent[0].source_site_operations == "Required"
    assert sent[2].run_as_account_id  # REV-03: mandatory for classic
    run = wizard.session.journey_run
    assert [e.step for e in run.ended] == [
        JourneyStep.FAILBACK,
        JourneyStep.COMMIT,
        JourneyStep.REPROTECT_TO_AZURE,
    ]
    # One run in the audit: the reprotect's records, then each step's intent, acceptance and job end.
    assert run.recorder is wizard.job_page.recorder
    events = [r.get("event") for r in run.recorder.kept]
    for step in ("failback", "commit", "reprotect_to_azure"):
        assert f"journey.{step}.submitted" in events and f"journey.{step}.accepted" in events
    submitted = {r["event"]: r for r in run.recorder.kept if str(r.get("event", "")).endswith(".submitted")}
    assert submitted["journey.commit.submitted"]["choices"] == {"app_confirmed": True}  # CMT-02 recorded
    assert submitted["journey.failback.submitted"]["choices"] == {"downtime_confirmed": True}  # FB-05
    reverse = submitted["journey.reprotect_to_azure.submitted"]["choices"]
    assert reverse["process_server"] and reverse["policy"] and reverse["run_as_account"]  # REV-03, by name
    job = wizard.journey_job_page
    qtbot.waitUntil(job.report_button.isEnabled, timeout=LONG)
    from reprotect_gui.ui.report_export import report_from_records

    report = report_from_records(run.recorder.kept)
    assert report.readiness and report.readiness[0].item_name == "app-lnx-01"
    # The drill report's one timeline for the VM (issue 18 item 5), with each step's choices and statements.
    assert [(s.stage, s.subject, s.outcome) for s in report.journey.steps] == [
        ("reprotect", "app-lnx-01", "Succeeded"),
        ("ready", "app-lnx-01", "Ready"),
        ("failback", "app-lnx-01", "Succeeded"),
        ("commit", "app-lnx-01", "Succeeded"),
        ("reprotect_to_azure", "app-lnx-01", "Succeeded"),
    ]
    assert report.journey.reached == "reprotect_to_azure"
    assert report.journey.of("commit")[0].confirmations == ("CMT-02: the application works on-premises",)


def go_to_modernized_plan_review(qtbot, wizard, plan: str):
    page = wizard.select_page
    page.plan_mode.setChecked(True)
    assert page.plans.select_where(lambda p: p.name == plan)
    for expected in ("direction_page", "appliance_page", "datastore_page"):
        click(wizard)
        assert wizard.currentPage() is getattr(wizard, expected), expected
    page = wizard.datastore_page
    for index in range(page.vm_picker.count()):  # the datastore of each VM ASR did not place itself
        page.vm_picker.setCurrentIndex(index)
        if page.isComplete():
            break
        page.datastores.select_where(lambda d: d.symbolic_name == "ds-vmfs-gold-01")
    click(wizard)
    assert wizard.currentPage() is wizard.log_storage_page
    click(wizard)
    assert wizard.currentPage() is wizard.modernized_policy_page
    click(wizard)
    assert wizard.currentPage() is wizard.review_page
    qtbot.waitUntil(lambda: bool(wizard.review_page.results), timeout=LONG)


def test_a_modernized_recovery_plan_through_the_whole_cycle(qtbot, make_wizard):
    wizard = make_wizard()
    journey = wizard.session.journey
    go_to_modernized_plan_review(qtbot, wizard, "RP-Intranet")
    accept_warnings(wizard)
    click(wizard, COMMIT)
    monitor = readiness(qtbot, wizard, 2)
    qtbot.waitUntil(monitor.failback_plan_button.isEnabled, timeout=LONG)  # RDY-13: every member ready
    monitor.failback_plan_button.click()
    assert set(wizard.failback_page.buttons) == {"CrashConsistent", "ApplicationConsistent"}
    assert wizard.failback_page.sync_point.isVisibleTo(wizard.failback_page)
    fail_back(qtbot, wizard)
    commit(qtbot, wizard)
    protect_to_azure(qtbot, wizard)
    sent = journey.submissions
    plan_wide = [r for r in sent if not isinstance(r, ReprotectToAzureRequest)]
    assert [(type(r).__name__, r.scope.value) for r in plan_wide] == [
        ("FailbackRequest", "plan"),
        ("CommitRequest", "plan"),
    ]
    assert plan_wide[0].recovery_point == "CrashConsistent" and plan_wide[0].use_multi_vm_sync_point
    assert sorted(r.item_name for r in sent if isinstance(r, ReprotectToAzureRequest)) == ["intranet-01", "portal-01"]


def test_a_failed_planned_failover_is_cancelled_then_retried(qtbot, make_wizard):
    """kb-01 (FB-15): its first planned failover fails; the page leads to Cancel (FB-12), never to disabling
    protection; after the cancel, the failback is offered again and succeeds."""
    wizard = make_wizard()
    journey = wizard.session.journey
    go_to_modernized_review(qtbot, wizard, vm="kb-01")
    accept_warnings(wizard)
    click(wizard, COMMIT)
    monitor = readiness(qtbot, wizard, 1)
    row = monitor.readiness_tree.topLevelItem(0)
    qtbot.waitUntil(lambda: row.text(1).startswith("Ready for failback"), timeout=LONG)
    monitor.readiness_tree.setCurrentItem(row)
    monitor.failback_vm_button.click()
    fail_back(qtbot, wizard)
    job = wizard.journey_job_page
    qtbot.waitUntil(lambda: job.offered() == (JourneyStep.CANCEL,), timeout=LONG)
    assert "did not succeed" in job.verdict.text() and "Don't disable protection" in job.verdict.text()
    job.cancel_button.click()
    acknowledge(qtbot, wizard)
    click(wizard, COMMIT)
    qtbot.waitUntil(lambda: JourneyStep.FAILBACK in job.offered(), timeout=LONG)
    job.failback_button.click()
    fail_back(qtbot, wizard)
    qtbot.waitUntil(
        lambda: JourneyStep.COMMIT in job.offered() or JourneyStep.REPROTECT_TO_AZURE in job.offered(), timeout=LONG
    )
    kinds = [type(r) for r in journey.submissions]
    assert kinds == [FailbackRequest, CancelFailoverRequest, FailbackRequest]
    assert [e.ok for e in wizard.session.journey_run.ended] == [False, True, True]
