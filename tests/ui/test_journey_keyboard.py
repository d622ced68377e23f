"""Every page of the journey is keyboard operable and speaks (issue 7's rules, issue 18's pages): each
control has a name, labels lead to their control, Tab follows the reading order, no two mnemonics collide."""

from __future__ import annotations

from reprotect_gui.domain.flows.journey import JourneyStep
from tests.ui.journey_double import install
from tests.ui.test_accessibility import check_container, check_current_page, wizard_mnemonics
from tests.ui.test_journey_traps import start
from tests.ui.test_journey_walk import acknowledge, ready_vm
from tests.ui.walk import COMMIT, click


def test_every_page_of_the_journey(qtbot, make_wizard):
    wizard = make_wizard()
    install(wizard)
    seen = []
    start(wizard, "app-lnx-01")
    wizard.failback_page.downtime.setChecked(True)
    seen.append(check_current_page(wizard, qtbot))
    job = wizard.journey_job_page
    for step, page in (
        (JourneyStep.COMMIT, wizard.on_prem_page),
        (JourneyStep.REPROTECT_TO_AZURE, wizard.reverse_page),
        (None, None),
    ):
        click(wizard)
        acknowledge(qtbot, wizard)
        seen.append(check_current_page(wizard, qtbot))
        click(wizard, COMMIT)
        if step is None:
            qtbot.waitUntil(lambda: "protected to Azure again" in job.where.text(), timeout=10000)
            seen.append(check_current_page(wizard, qtbot))
            break
        qtbot.waitUntil(lambda step=step: step in job.offered(), timeout=10000)
        seen.append(check_current_page(wizard, qtbot))
        job.next_buttons[step].click()
        assert wizard.currentPage() is page
        if page is wizard.on_prem_page:
            qtbot.waitUntil(lambda: wizard.on_prem_page.facts is not None, timeout=10000)
            wizard.on_prem_page.app_works.setChecked(True)
        else:
            qtbot.waitUntil(wizard.reverse_page.isComplete, timeout=10000)
        seen.append(check_current_page(wizard, qtbot))
    assert seen == [
        "FailbackPage",
        "JourneyReviewPage",
        "JourneyJobPage",
        "OnPremCheckPage",
        "JourneyReviewPage",
        "JourneyJobPage",
        "ReversePage",
        "JourneyReviewPage",
        "JourneyJobPage",
    ]


def test_the_modernized_pages_and_the_readiness_entry(qtbot, make_wizard):
    wizard = make_wizard()
    install(wizard)
    monitor = ready_vm(qtbot, wizard, "app-lnx-01")
    check_container(wizard.job_page, wizard_mnemonics(wizard))  # the readiness view with its Fail back button
    assert monitor.failback_vm_button.text() == "Fail back &VM…"
    run = start(wizard, "intranet-01", JourneyStep.FAILBACK)
    run.flow = run.flow.__class__("modernized")
    wizard.start_journey_step(JourneyStep.FAILBACK)
    assert set(wizard.failback_page.buttons) == {"CrashConsistent", "ApplicationConsistent"}
    check_current_page(wizard, qtbot)
    wizard.start_journey_step(JourneyStep.REPROTECT_TO_AZURE)
    reverse = wizard.reverse_page
    qtbot.waitUntil(lambda: bool(reverse.choices), timeout=10000)
    assert reverse.account_text.isVisibleTo(reverse) and not reverse.accounts.isVisibleTo(reverse)
    assert reverse.isComplete()  # REV-04: the run-as account is optional
    check_current_page(wizard, qtbot)


def test_the_journey_review_reads_the_focused_checks_whole_text_to_a_screen_reader(qtbot, make_wizard):
    """As on the reprotect's Review: the focused finding, evidence or fix is the detail's text and both
    the tree's and the detail's accessible description."""
    wizard = make_wizard()
    install(wizard)
    start(wizard, "app-lnx-01")
    wizard.failback_page.downtime.setChecked(True)
    click(wizard)
    review = wizard.currentPage()
    qtbot.waitUntil(lambda: bool(review.results), timeout=10000)
    tree, detail = review.verdicts, review.verdict_detail
    rows = []
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        for j in range(group.childCount()):
            rows.append(group.child(j))
            rows += [group.child(j).child(k) for k in range(group.child(j).childCount())]
    assert rows
    for row in rows:
        tree.setCurrentItem(row)
        assert detail.text() == (f"{row.text(0)}: {row.text(1)}" if row.text(1) else row.text(0))
        assert tree.accessibleDescription() == detail.text() == detail.accessibleDescription()
