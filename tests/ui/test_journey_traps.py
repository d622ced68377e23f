"""The journey's traps as the operator sees them: a VM of a replication group alone (FB-06), no Cancel for
classic whatever ASR lists (FB-12), and the commit confirmation saying what it deletes (CMT-01, CMT-05)."""

from __future__ import annotations

import re

from reprotect_gui.domain.failback import Scope
from reprotect_gui.domain.flows.journey import JourneyStep
from reprotect_gui.domain.models import ReplicationFlow
from reprotect_gui.ui.wizard.journey_state import JourneyRun, RunMember, StepEnd
from tests.ui.journey_double import install
from tests.ui.test_journey_walk import acknowledge
from tests.ui.walk import COMMIT, click


def start(wizard, name: str, step: JourneyStep = JourneyStep.FAILBACK, *, plan: str = "") -> JourneyRun:
    """The journey of an item (or plan) the vault shows, started the way the readiness view starts it."""
    site = wizard.session.site
    if plan:
        p = next(p for p in site.plans if p.name == plan)
        members = tuple(RunMember(i, site.item(i).name) for i in p.item_ids)
        run = JourneyRun(Scope.PLAN, p.plan_id, p.name, ReplicationFlow.CLASSIC, members)
    else:
        item = next(i for i in site.items if i.name == name)
        run = JourneyRun(Scope.ITEM, item.item_id, name, ReplicationFlow.CLASSIC, (RunMember(item.item_id, name),))
    wizard.session.journey_run = run
    wizard.start_journey_step(step)
    return run


def test_a_vm_of_a_replication_group_is_blocked_alone_with_the_reason(qtbot, make_wizard):
    wizard = make_wizard()
    install(wizard)
    start(wizard, "sql-01")
    page = wizard.failback_page
    page.downtime.setChecked(True)
    click(wizard)
    review = wizard.journey_review_page
    qtbot.waitUntil(lambda: review.facts is not None, timeout=10000)
    blocks = [v for v in review.blocks() if v.check_id == "FB-06"]
    assert blocks and "only be failed over through its recovery plan" in blocks[0].finding
    assert "✖ 1 check(s) block this step" in review.headline.text()
    assert not review.isComplete() and not wizard.button(COMMIT).isEnabled()
    top = review.verdicts.topLevelItem(0)
    row = top.child(0)
    assert "FB-06" in row.text(0) and "sql-01" in row.text(0)
    assert any(
        row.child(i).text(0) == "Fix" and "recovery plan" in row.child(i).text(1) for i in range(row.childCount())
    )


def test_the_plan_takes_the_group_vm_along(qtbot, make_wizard):
    """The same VM through its plan passes FB-06 (plan-level failback works, FB-07); Custom is item-only."""
    wizard = make_wizard()
    install(wizard)
    start(wizard, "", plan="RP-Web-Tier")
    page = wizard.failback_page
    assert set(page.buttons) == {"LatestTime", "LatestTag"}
    page.downtime.setChecked(True)
    click(wizard)
    review = wizard.journey_review_page
    qtbot.waitUntil(lambda: review.facts is not None, timeout=10000)
    assert not [v for v in review.results if v.check_id == "FB-06"]


def test_classic_never_offers_cancel_even_when_asr_lists_it(qtbot, make_wizard):
    wizard = make_wizard()
    double = install(wizard)
    start(wizard, "app-lnx-01")
    wizard.failback_page.downtime.setChecked(True)
    click(wizard)
    acknowledge(qtbot, wizard)
    click(wizard, COMMIT)
    job = wizard.journey_job_page
    qtbot.waitUntil(lambda: JourneyStep.COMMIT in job.offered(), timeout=10000)
    item = next(i for i in double.items.values() if i.name == "app-lnx-01")
    item.ops.add("CancelFailover")  # the service lists it: the wizard still never offers it (FB-12)
    job.read_where()
    qtbot.waitUntil(lambda: job.read_again.isEnabled(), timeout=10000)
    assert JourneyStep.CANCEL not in job.offered() and job.cancel_button.isHidden()
    job.go_to(JourneyStep.CANCEL)  # even asked directly, nothing happens
    assert wizard.currentPage() is job


def test_the_commit_confirmation_says_what_it_deletes(qtbot, make_wizard):
    wizard = make_wizard()
    double = install(wizard)
    item = next(i for i in double.items.values() if i.name == "app-lnx-01")
    item.ops = {"Commit", "ChangePit"}
    start(wizard, "app-lnx-01", JourneyStep.COMMIT)
    on_prem = wizard.on_prem_page
    qtbot.waitUntil(lambda: on_prem.facts is not None, timeout=10000)
    assert "Check the application on-premises" in on_prem.why_incomplete()
    on_prem.app_works.setChecked(True)
    click(wizard)
    acknowledge(qtbot, wizard)
    review = wizard.journey_review_page
    assert {"FB-13", "CMT-01", "CMT-02", "CMT-05"} <= {v.check_id for v in review.results}
    assert wizard.button(COMMIT).text() == "&Commit"
    asked = []
    wizard.session.confirm = lambda _parent, title, text, accept="", reject="": (
        asked.append((title, text, accept, reject)) or False
    )
    click(wizard, COMMIT)
    ((title, text, accept, reject),) = asked
    assert title == "Commit the failback?" and (accept, reject) == ("Commit and delete", "Go back")
    assert "deletes the failed-over Azure VM(s) of app-lnx-01 and their recovery points" in text
    assert "cannot be undone" in text and "without protection" in text
    assert wizard.currentPage() is review and not double.sent  # "Go back" sends nothing


class BootedVCenter:
    """vCenter showing app-lnx-01 powered on, booted `minutes` ago (REV-02)."""

    def __init__(self, clock, minutes: float) -> None:
        self.clock, self.minutes = clock, minutes

    def read_estate(self, focus, ctx):
        from datetime import timedelta

        from reprotect_gui.domain.models import VCenterEstate, VcHost, VcVm

        vm = VcVm(
            "vm-1",
            "app-lnx-01",
            None,
            None,
            "linuxGuest",
            "poweredOn",
            False,
            "esx-01",
            ("ds-1",),
            ip_addresses=("10.0.0.5",),
            tools_status="toolsOk",
            memory_mb=4096,
            boot_time=self.clock.now() - timedelta(minutes=self.minutes),
        )
        host = VcHost("esx-01", "6.7", "connected", False, ("ds-1",), memory_mb=65536, free_memory_mb=32768)
        return VCenterEstate("vc-01", (host,), (), (vm,))


def test_protect_to_azure_waits_for_the_agent_with_a_countdown(qtbot, make_wizard):
    """REV-02: booted 14 min ago → 1 min to wait, Protect disabled, the countdown shown; booted 15 min ago → ready."""
    from reprotect_gui.domain.models import VmLocator

    wizard = make_wizard()
    double = install(wizard)
    item = next(i for i in double.items.values() if i.name == "app-lnx-01")
    item.ops, item.on_prem_vm = {"ReverseReplicate"}, VmLocator("app-lnx-01")
    wizard.session.vcenter = BootedVCenter(wizard.session.clock, 14)
    start(wizard, "app-lnx-01", JourneyStep.REPROTECT_TO_AZURE)
    reverse = wizard.reverse_page
    qtbot.waitUntil(reverse.isComplete, timeout=10000)
    assert reverse.policies.currentText() == "policy-to-azure (from the container mapping)"
    assert reverse.servers.count() == 1  # the process server in Azure can't take it (classic)
    click(wizard)
    review = wizard.journey_review_page
    qtbot.waitUntil(lambda: review.facts is not None, timeout=10000)
    assert 0 < review.remaining_wait_s() <= 60
    assert "REV-02" in review.countdown.text()
    assert re.search(r"automatically in <b>(0:[0-5]\d|1:00)</b>", review.countdown.text())
    if review.acknowledge.isVisible():
        review.acknowledge.setChecked(True)
    assert not review.isComplete() and "countdown" in review.why_incomplete()
    wizard.session.vcenter = BootedVCenter(wizard.session.clock, 15)
    review.recheck()
    qtbot.waitUntil(lambda: not review._checking, timeout=10000)
    assert review.remaining_wait_s() == 0 and review.countdown.text() == ""
    if review.acknowledge.isVisible():
        review.acknowledge.setChecked(True)
    assert review.isComplete()


def test_the_submit_goes_out_once_however_often_it_is_pressed(qtbot, make_wizard):
    """FB-14 at the page: the first press disables the step's button; a second press sends nothing."""
    wizard = make_wizard()
    double = install(wizard)
    start(wizard, "app-lnx-01")
    wizard.failback_page.downtime.setChecked(True)
    click(wizard)
    acknowledge(qtbot, wizard)
    button = wizard.button(COMMIT)
    assert button.isEnabled()
    button.click()
    button.click()
    job = wizard.journey_job_page
    qtbot.waitUntil(lambda: JourneyStep.COMMIT in job.offered(), timeout=10000)
    assert len(double.sent) == 1 and wizard.session.journey_run.submitted
    assert not wizard.journey_review_page.isComplete()


def test_protected_to_azure_means_every_member():
    """REV-07/REV-08: a plan is protected to Azure again when each member's last reprotect succeeded."""
    run = JourneyRun(Scope.PLAN, "rp", "RP", ReplicationFlow.MODERNIZED, (RunMember("a", "a"), RunMember("b", "b")))
    step = JourneyStep.REPROTECT_TO_AZURE
    run.ended += [StepEnd(JourneyStep.FAILBACK, "j1", "rp", True), StepEnd(step, "j2", "a", True)]
    assert not run.protected_to_azure  # one of two
    run.ended.append(StepEnd(step, "j3", "b", False))
    assert not run.protected_to_azure
    run.ended.append(StepEnd(step, "j4", "b", True))  # b retried
    assert run.protected_to_azure


def test_custom_needs_a_recovery_point_of_the_vm(qtbot, make_wizard):
    """FB-03: Custom is offered for one VM with its own points; with none, it says so and Next waits."""
    wizard = make_wizard()
    double = install(wizard)
    start(wizard, "app-lnx-01")
    page = wizard.failback_page
    page.downtime.setChecked(True)
    page.buttons["Custom"].setChecked(True)
    qtbot.waitUntil(lambda: page.custom_points.count() == 2, timeout=10000)
    assert page.isComplete() and page.request().recovery_point_id.endswith("rp-2")  # the newest first
    double.list_recovery_points = lambda _item_id: ()
    wizard.start_journey_step(JourneyStep.FAILBACK)
    page.downtime.setChecked(True)
    page.buttons["Custom"].setChecked(True)
    qtbot.waitUntil(lambda: page.custom_note.isVisibleTo(page), timeout=10000)
    assert "no recovery point to choose" in page.custom_note.text()
    assert not page.isComplete() and "Choose one of the VM's recovery points" in page.why_incomplete()
    page.buttons["LatestTime"].setChecked(True)
    assert page.isComplete()


def test_without_vcenter_the_on_premises_check_says_so(qtbot, make_wizard):
    """FB-13 unknown when vCenter was skipped: the page says to look in vCenter, the review asks to accept it."""
    wizard = make_wizard()
    double = install(wizard)
    next(i for i in double.items.values() if i.name == "app-lnx-01").ops = {"Commit"}
    wizard.session.vcenter = None
    start(wizard, "app-lnx-01", JourneyStep.COMMIT)
    on_prem = wizard.on_prem_page
    qtbot.waitUntil(lambda: on_prem.facts is not None, timeout=10000)
    assert on_prem.vms.topLevelItem(0).text(4) == "Not read from vCenter: check the VM in vCenter yourself."
    assert "vCenter was not connected" in on_prem.summary.text()
    on_prem.app_works.setChecked(True)
    click(wizard)
    review = wizard.journey_review_page
    qtbot.waitUntil(lambda: review.facts is not None, timeout=10000)
    unknown = [v for v in review.results if v.check_id == "FB-13"]
    assert unknown and unknown[0].status.value == "unknown" and review.acknowledge.isVisible()
    assert not review.isComplete()
    review.acknowledge.setChecked(True)
    assert review.isComplete()


def test_a_lost_answer_is_followed_never_sent_again(qtbot, make_wizard):
    """FB-14: the failback's answer is lost, but its job started: the page reads the target and follows that job."""
    wizard = make_wizard()
    double = install(wizard, lose_answer=True)
    start(wizard, "app-lnx-01")
    wizard.failback_page.downtime.setChecked(True)
    click(wizard)
    acknowledge(qtbot, wizard)
    click(wizard, COMMIT)
    job = wizard.journey_job_page
    qtbot.waitUntil(lambda: JourneyStep.COMMIT in job.offered(), timeout=10000)
    assert len(double.sent) == 1 and job.monitor.job_ids() == ["job-001"]
    rows = [job.monitor.tree.topLevelItem(i) for i in range(job.monitor.tree.topLevelItemCount())]
    assert "The connection to Azure was reset." in rows[0].child(0).text(2)  # the answer that was lost, said
    assert "(already running: followed)" in rows[1].text(0)
    assert "failed back to on-premises" in job.verdict.text()  # it counts by the job that ran
