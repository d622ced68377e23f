"""The journey picked up in a later session (issue 18: a drill spans hours or days). A wizard that did not run
the reprotect offers, on its select page, "Continue failback…" (or the step's own verb) for a reprotected VM
or plan, with where it stands, decided from allowedOperations (CMT-06): ready → fail back (FB-01), failed
back → commit (CMT-01), committed → protect to Azure again (REV-01). A VM not ready yet is not offered, with
the reason (section H). Closing the wizard mid-journey loses nothing: the next session goes on from there.

Each "session" is a new wizard (new WizardSession, new runner, nothing carried over) on the same training
vault, vCenter and clock, as the app reopened on the same vault; time goes as in test_journey_cycle.py."""

from __future__ import annotations

import json
from pathlib import Path

from reprotect_gui.domain.failback import CommitRequest, FailbackRequest, ReprotectToAzureRequest, Scope
from reprotect_gui.domain.flows.journey import JourneyStep
from reprotect_gui.ui.jobs import JobRunner
from reprotect_gui.ui.wizard.base import WizardSession
from reprotect_gui.ui.wizard.wizard import ReprotectWizard
from tests.ui.test_journey_cycle import LONG, acknowledge, fail_back, readiness
from tests.ui.walk import COMMIT, accept_warnings, click, go_to_review

ESTATE = Path(__file__).resolve().parents[2] / "reprotect_gui" / "training" / "estate.json"


def new_session(qtbot, old: ReprotectWizard) -> ReprotectWizard:
    """The app opened again on the same vault: a wizard that knows nothing of the one before."""
    s = old.session
    runner = JobRunner()
    session = WizardSession(
        site_recovery=s.site_recovery,
        vcenter=s.vcenter,
        journey=s.journey,
        clock=s.clock,
        runner=runner,
        is_training=True,
        time_scale=s.time_scale,
    )
    session.confirm = lambda *_: True
    wizard = ReprotectWizard(session)
    runner.setParent(wizard)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.session.estate is not None, timeout=LONG)
    return wizard


def close(wizard: ReprotectWizard) -> None:
    wizard.close()  # mid-journey: the jobs go on in the vault; this window only stops following them
    wizard.session.runner.shutdown(2000)


def reprotected_and_ready(qtbot, wizard: ReprotectWizard, vm: str) -> None:
    go_to_review(qtbot, wizard, vm=vm)
    accept_warnings(wizard)
    click(wizard, COMMIT)
    monitor = readiness(qtbot, wizard, 1)
    row = monitor.readiness_tree.topLevelItem(0)
    qtbot.waitUntil(lambda: row.text(1).startswith("Ready for failback"), timeout=LONG)


def focus(qtbot, wizard: ReprotectWizard, vm: str, step: JourneyStep | None):
    """Focus the VM's (greyed) row with the keyboard's current index; wait for where it stands."""
    page = wizard.select_page
    assert page.items.focus_row_where(lambda i: i.name == vm)
    page.items.setFocus()
    if step is None:
        qtbot.waitUntil(lambda: page.continuation is not None, timeout=LONG)
        return page

    def offered() -> bool:  # a job still running: read where it stands again, as a person would later
        if page.continue_buttons[step].isVisible():
            return True
        if page.continuation is not None:
            page.continuation = None
            page.read_journey()
        return False

    try:
        qtbot.waitUntil(offered, timeout=LONG)
    except Exception:
        raise AssertionError(page.journey_note.text()) from None
    return page


def test_a_new_session_continues_a_ready_vm_to_failback_then_commit_then_protect_to_azure(qtbot, make_wizard):
    """FB-01, CMT-01, REV-01 from the select page of three later sessions; each closed mid-journey."""
    first = make_wizard()
    journey = first.session.journey
    reprotected_and_ready(qtbot, first, "app-lnx-01")
    close(first)

    # Session 2: ready for failback → "Continue failback: fail back…" (FB-01: classic, an unplanned failover).
    second = new_session(qtbot, first)
    page = focus(qtbot, second, "app-lnx-01", JourneyStep.FAILBACK)
    assert "ready for failback" in page.journey_note.text()
    assert not page.items.selected_value()  # still can't be reprotected: the row stays greyed
    for step in (JourneyStep.COMMIT, JourneyStep.CANCEL, JourneyStep.REPROTECT_TO_AZURE):
        assert not page.continue_buttons[step].isVisible()
    page.continue_buttons[JourneyStep.FAILBACK].click()
    run = second.session.journey_run
    assert run is not None and run.scope is Scope.ITEM and run.target_name == "app-lnx-01"
    assert any(v.check_id == "RDY-01" and not v.blocks for v in run.readiness)  # section H read again
    asked: list[str] = []
    second.session.confirm = lambda _parent, _title, text, *_: asked.append(text) or True
    fail_back(qtbot, second, "LatestTime")
    job = second.journey_job_page
    qtbot.waitUntil(lambda: bool(job.outcomes) and job.outcomes[0].job_id is not None, timeout=LONG)  # accepted
    assert second.jobs_running()
    close(second)  # mid-journey: the failback job still runs; the question says how to go on later
    assert asked[-1].startswith("The job keeps running in Azure") and "app-lnx-01" in asked[-1]

    # Session 3: failed back → commit (CMT-01); classic never offers cancel (FB-12) though ASR lists it here.
    third = new_session(qtbot, second)
    page = focus(qtbot, third, "app-lnx-01", JourneyStep.COMMIT)
    assert "failed back" in page.journey_note.text().lower()
    assert not page.continue_buttons[JourneyStep.CANCEL].isVisible()
    page.continue_buttons[JourneyStep.COMMIT].click()
    assert third.currentPage() is third.on_prem_page
    on_prem = third.on_prem_page
    qtbot.waitUntil(lambda: on_prem.facts is not None, timeout=LONG)
    on_prem.app_works.setChecked(True)  # CMT-02
    click(third)
    acknowledge(qtbot, third)
    click(third, COMMIT)
    job = third.journey_job_page
    qtbot.waitUntil(lambda: JourneyStep.REPROTECT_TO_AZURE in job.offered(), timeout=LONG)
    close(third)

    # Session 4: committed → protect to Azure again (REV-01), member by member (REV-07: one item here).
    fourth = new_session(qtbot, third)
    page = focus(qtbot, fourth, "app-lnx-01", JourneyStep.REPROTECT_TO_AZURE)
    page.continue_buttons[JourneyStep.REPROTECT_TO_AZURE].click()
    assert fourth.currentPage() is fourth.reverse_page
    qtbot.waitUntil(fourth.reverse_page.isComplete, timeout=LONG)
    click(fourth)
    acknowledge(qtbot, fourth)
    click(fourth, COMMIT)
    job = fourth.journey_job_page
    qtbot.waitUntil(lambda: "protected to Azure again" in job.where.text(), timeout=LONG)
    assert [type(r) for r in journey.submissions] == [FailbackRequest, CommitRequest, ReprotectToAzureRequest]
    # Each later session recorded its own step (its own run in the audit: intent and acceptance).
    events = [r.get("event") for r in fourth.session.journey_run.recorder.kept]
    assert "journey.reprotect_to_azure.submitted" in events and "journey.reprotect_to_azure.accepted" in events


def test_a_vm_not_ready_yet_is_not_offered_failback_with_the_reason(qtbot, make_wizard, tmp_path):
    """Section H in a later session: app-lnx-01's replication back never gets healthy here (the estate's
    never_healthy trap moved onto it), so no step is offered and the note says why (FB-01 waits for RDY-)."""
    raw = json.loads(ESTATE.read_text(encoding="utf-8"))
    traps = raw["job"]["readiness"]["never_healthy"]
    traps["app-lnx-01"] = traps.pop("web-02")
    path = tmp_path / "estate.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    first = make_wizard(path)
    go_to_review(qtbot, first, vm="app-lnx-01")
    accept_warnings(first)
    click(first, COMMIT)
    monitor = readiness(qtbot, first, 1)
    row = monitor.readiness_tree.topLevelItem(0)
    qtbot.waitUntil(lambda: row.text(1).startswith("Not yet"), timeout=LONG)
    close(first)

    second = new_session(qtbot, first)
    page = focus(qtbot, second, "app-lnx-01", None)
    assert not any(b.isVisible() for b in page.continue_buttons.values())
    note = page.journey_note.text()
    assert "Failback is not offered yet: Not yet (RDY-" in note, note
    assert second.session.journey_run is None


def test_the_continue_entry_is_keyboard_operable_and_named(qtbot, make_wizard):
    """Keyboard only: filter, arrow onto the greyed row, Tab to "Continue failback: fail back…", Space (FB-01)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from tests.ui.test_accessibility import check_current_page

    first = make_wizard()
    reprotected_and_ready(qtbot, first, "app-lnx-01")
    close(first)
    second = new_session(qtbot, first)
    second.activateWindow()
    page = second.select_page
    page.filter.setFocus()
    QTest.keyClicks(page.filter, "app-lnx-01")
    page.items.view.setFocus()
    QTest.keyClick(page.items.view, Qt.Key.Key_Home)
    button = page.continue_buttons[JourneyStep.FAILBACK]
    qtbot.waitUntil(button.isVisible, timeout=LONG)
    assert page.items.current_value().name == "app-lnx-01"
    check_current_page(second, qtbot)  # every control named, mnemonics distinct, Tab in reading order
    for _ in range(12):
        if QApplication.focusWidget() is button:
            break
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is button
    QTest.keyClick(button, Qt.Key.Key_Space)
    assert second.currentPage() is second.failback_page


def test_a_failed_planned_failover_is_continued_with_cancel_in_a_later_session(qtbot, make_wizard):
    """kb-01 (modernized): its first planned failover fails (FB-15); the next session offers only "cancel
    failover…" (FB-12), and after the cancel the failback again (CANCEL leads to FAILBACK)."""
    from tests.ui.walk import go_to_modernized_review

    first = make_wizard()
    journey = first.session.journey
    go_to_modernized_review(qtbot, first, vm="kb-01")
    accept_warnings(first)
    click(first, COMMIT)
    monitor = readiness(qtbot, first, 1)
    row = monitor.readiness_tree.topLevelItem(0)
    qtbot.waitUntil(lambda: row.text(1).startswith("Ready for failback"), timeout=LONG)
    monitor.readiness_tree.setCurrentItem(row)
    monitor.failback_vm_button.click()
    fail_back(qtbot, first)
    qtbot.waitUntil(lambda: first.journey_job_page.offered() == (JourneyStep.CANCEL,), timeout=LONG)
    close(first)

    second = new_session(qtbot, first)
    page = focus(qtbot, second, "kb-01", JourneyStep.CANCEL)
    shown = [step for step, b in page.continue_buttons.items() if b.isVisible()]
    assert shown == [JourneyStep.CANCEL], shown
    from tests.ui.test_accessibility import check_current_page

    check_current_page(second, qtbot)  # its mnemonic is its own (not Open answers' O)
    page.continue_buttons[JourneyStep.CANCEL].click()
    assert second.currentPage() is second.journey_review_page and second.session.journey_run.step is JourneyStep.CANCEL
    acknowledge(qtbot, second)
    click(second, COMMIT)
    job = second.journey_job_page
    qtbot.waitUntil(lambda: JourneyStep.FAILBACK in job.offered(), timeout=LONG)
    assert [type(r).__name__ for r in journey.submissions] == ["FailbackRequest", "CancelFailoverRequest"]


def test_a_ready_recovery_plan_is_continued_as_a_plan(qtbot, make_wizard):
    """RP-Intranet (modernized): a later session's plan list offers the plan's failback (FB-07: plan-level
    failback works), with every member's readiness read again (RDY-13)."""
    from tests.ui.test_journey_cycle import go_to_modernized_plan_review

    first = make_wizard()
    go_to_modernized_plan_review(qtbot, first, "RP-Intranet")
    accept_warnings(first)
    click(first, COMMIT)
    monitor = readiness(qtbot, first, 2)
    qtbot.waitUntil(monitor.failback_plan_button.isEnabled, timeout=LONG)
    close(first)

    second = new_session(qtbot, first)
    page = second.select_page
    page.plan_mode.setChecked(True)
    assert page.plans.focus_row_where(lambda p: p.name == "RP-Intranet")
    button = page.continue_buttons[JourneyStep.FAILBACK]
    qtbot.waitUntil(button.isVisible, timeout=LONG)
    button.click()
    run = second.session.journey_run
    assert run.scope is Scope.PLAN and sorted(m.name for m in run.members) == ["intranet-01", "portal-01"]
    assert [v.status.value for v in run.readiness if v.check_id == "RDY-13"] == ["pass"]
    assert second.currentPage() is second.failback_page
    assert set(second.failback_page.buttons) == {"CrashConsistent", "ApplicationConsistent"}  # FB-04


def test_the_resume_windows_readiness_view_fails_back_through_the_wizard(qtbot, tmp_path):
    """After a restart the resume window follows a journaled reprotect and watches its readiness (RDY-); its
    "Fail back VM…" reaches the wizard, which starts the failback as from its first page (FB-01)."""
    from reprotect_gui.app import build_training_wizard
    from reprotect_gui.training.scenario import load_scenario
    from reprotect_gui.ui.resume import FOLLOW, offer_resume_at_start
    from tests.ui.test_resume import start_job

    def launch() -> ReprotectWizard:
        wizard = build_training_wizard(load_scenario(), speed=400, latency_s=0.01, data_dir=tmp_path)
        qtbot.addWidget(wizard)
        return wizard

    killed = launch()
    start_job(killed, tmp_path, item_id="app-lnx-01")  # submitted and journaled, then the process died
    killed.session.runner.shutdown(2000)
    wizard = launch()
    wizard.session.confirm = lambda *_: True
    wizard.show()
    qtbot.waitUntil(lambda: wizard.session.estate is not None, timeout=LONG)
    window = offer_resume_at_start(wizard, ask=lambda jobs: FOLLOW)
    try:
        monitor = window.monitor
        qtbot.waitUntil(lambda: monitor.readiness_tree.topLevelItemCount() == 1, timeout=LONG)
        row = monitor.readiness_tree.topLevelItem(0)
        qtbot.waitUntil(lambda: row.text(1).startswith("Ready for failback"), timeout=LONG)
        monitor.readiness_tree.setCurrentItem(row)
        assert monitor.failback_vm_button.isVisible() and monitor.failback_vm_button.isEnabled()
        monitor.failback_vm_button.click()
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.failback_page, timeout=LONG)

        run = wizard.session.journey_run
        assert run.target_name == "app-lnx-01" and run.step is JourneyStep.FAILBACK
    finally:
        window.close()
        wizard.session.runner.shutdown(2000)
