"""The drill report's failback journey (issue 18): one timeline per VM or plan, reprotect → ready →
failback → commit → protected to Azure, with each step's choices, confirmations and verdicts (FB-, CMT-,
REV-), built from the records the journey's use case writes (services/journey.py)."""

from __future__ import annotations

from reprotect_gui.domain.checks.readiness import Readiness
from reprotect_gui.domain.failback import Scope
from reprotect_gui.domain.journey_report import JOURNEY_STAGES, STAGE_TITLES, journey_outcome
from reprotect_gui.domain.models import JobState
from reprotect_gui.domain.report import build_report, render_html
from reprotect_gui.domain.verdicts import Status, Verdict
from reprotect_gui.services.tracking import RunRecorder, record_readiness
from tests.fakes import ManualClock
from tests.journey_records import (
    CLASSIC,
    FB01_PASS,
    FB09_WARN,
    back_to_azure,
    cancel,
    commit,
    failback,
    reprotect_start,
    step,
)

MEMBERS = ("shop-01", "shop-02")


def modernized_plan_cycle() -> list[dict]:
    """rp-shop: reprotected, ready, a planned failover that fails (8038) → cancel → retry, commit, each
    member protected to Azure again (REV-07)."""
    clock = ManualClock()
    records = reprotect_start("r1", clock, MEMBERS, "plan", "rp-shop")
    recorder = RunRecorder("r1", "rsv-dr", clock)
    for name in MEMBERS:
        record_readiness(recorder, name, Readiness(name, (Verdict("RDY-03", Status.PASS, "Protected."),)))
    plan = failback("rp-shop", scope=Scope.PLAN)
    step(
        recorder,
        clock,
        plan,
        outcome=JobState.FAILED,
        code="8038",
        verdicts=[FB01_PASS, FB09_WARN],
        acknowledged=["FB-09|shop-01"],
        choices={"downtime_confirmed": True},
    )
    step(recorder, clock, cancel("rp-shop", Scope.PLAN))
    step(recorder, clock, plan, verdicts=[FB01_PASS], choices={"downtime_confirmed": True})
    step(recorder, clock, commit("rp-shop", scope=Scope.PLAN), choices={"app_confirmed": True})
    for name in MEMBERS:
        choices = {"process_server": "appliance-tokyo-01", "policy": "policy-rcm"}
        step(recorder, clock, back_to_azure(name), choices=choices)
    return records + recorder.kept


def test_a_modernized_plan_cycle_is_one_timeline_in_stage_order_with_every_attempt():
    report = build_report(modernized_plan_cycle())
    journey = report.journey
    assert journey is not None and (journey.subject_kind, journey.subject_name) == ("plan", "rp-shop")
    assert [(s.stage, s.subject, s.outcome) for s in journey.steps] == [
        ("reprotect", "shop-01", "Succeeded"),
        ("reprotect", "shop-02", "Succeeded"),
        ("ready", "shop-01", "Ready"),
        ("ready", "shop-02", "Ready"),
        ("failback", "rp-shop", "Failed"),  # FB-15: failed, then cancelled (FB-12) and retried
        ("cancel", "rp-shop", "Succeeded"),
        ("failback", "rp-shop", "Succeeded"),
        ("commit", "rp-shop", "Succeeded"),
        ("reprotect_to_azure", "shop-01", "Succeeded"),  # REV-07: member by member
        ("reprotect_to_azure", "shop-02", "Succeeded"),
    ]
    assert journey.reached == "reprotect_to_azure" and journey.flow == "modernized"
    assert "journey is complete" in report.next_step and "REV-06" in report.next_step
    assert len(report.advice) == 1 and "SUB-04" in report.advice[0]  # SUB-01 (keep them off) is over


def test_each_step_keeps_its_choices_confirmations_and_verdicts():
    journey = build_report(modernized_plan_cycle()).journey
    first = journey.of("failback")[0]
    assert dict(first.choices) == {
        "Operation (FB-01)": "PlannedFailover",
        "Direction (FB-02)": "RecoveryToPrimary",
        "Recovery point (FB-03/FB-04)": "CrashConsistent",
        "Multi-VM sync point (FB-04)": "yes",
    }
    assert first.confirmations == ("FB-05: the downtime window and users off the application",)
    assert first.checks == "1 × Warnings; 1 × Passed; FB-09 (accepted): esx-02 has 2048 MB free; shop-01 needs 4096 MB."
    assert first.job is not None and first.job.errors[0].code == "8038"
    assert journey.of("commit")[0].confirmations == ("CMT-02: the application works on-premises",)
    assert dict(journey.of("reprotect_to_azure")[0].choices) == {
        "Process server (REV-03/REV-04)": "appliance-tokyo-01",  # the name chosen, not the id sent
        "Replication policy (REV-03/REV-04)": "policy-rcm",
        "Run-as account (REV-03/REV-04)": "not set",  # REV-04: optional for modernized
    }


def test_a_classic_item_failback_shows_its_direction_and_the_azure_vm_shut_down_first():
    clock = ManualClock()
    recorder = RunRecorder("r7", "rsv-dr", clock)
    step(recorder, clock, failback("web-01", CLASSIC, point="LatestTag"))
    (line,) = build_report(recorder.kept).journey.of("failback")
    assert dict(line.choices) == {
        "Operation (FB-01)": "UnplannedFailover",
        "Direction (FB-02)": "PrimaryToRecovery",
        "Recovery point (FB-03/FB-04)": "LatestTag",
        "Shut the Azure VM down first (FB-05)": "yes",
    }


def test_the_html_shows_the_timeline_and_each_journey_jobs_tasks():
    html = render_html(build_report(modernized_plan_cycle()))
    assert "Failback journey: reprotect → ready → failback → commit → protected to Azure" in html
    assert "reached “Protected to Azure again (REV-)”" in html
    for stage in JOURNEY_STAGES:
        assert str(STAGE_TITLES[stage]) in html
    assert "Error 8038" in html and "Start failover" in html
    assert "Ready for failback?</h2>" not in html  # the readiness is in the timeline, not a second table
    assert "Not reached yet" not in html


def test_a_journey_stopped_after_failback_leads_to_the_on_premises_check_and_commit():
    clock = ManualClock()
    records = reprotect_start("r2", clock, ["web-01"], "item", "web-01")
    recorder = RunRecorder("r2", "rsv-dr", clock)
    step(recorder, clock, failback("web-01", CLASSIC))
    report = build_report(records + recorder.kept)
    assert report.journey.reached == "failback"
    assert "FB-13" in report.next_step and "CMT-02" in report.next_step and "commit (CMT-01)" in report.next_step
    assert render_html(report).count("Not reached yet") == 3  # ready (not recorded), commit, protected to Azure


def test_a_failed_failback_leads_to_cancel_for_modernized_and_never_for_classic():
    for flow, expected, unexpected in (
        (failback("web-01").flow, "cancel the failed failback (FB-12)", "can't be cancelled"),
        (CLASSIC, "FB-10: a classic failback can't be cancelled", "FB-12"),
    ):
        clock = ManualClock()
        recorder = RunRecorder("r3", "rsv-dr", clock)
        step(recorder, clock, failback("web-01", flow), outcome=JobState.FAILED, code="8038")
        report = build_report(recorder.kept)
        assert expected in report.next_step and unexpected not in report.next_step
        assert ("Never disable protection (FB-11)" in report.next_step) is (flow is not CLASSIC)


def test_a_refused_step_is_not_started_with_the_reason():
    clock = ManualClock()
    recorder = RunRecorder("r4", "rsv-dr", clock)
    refusal = "Azure Site Recovery does not allow the commit of web-01 right now."
    step(recorder, clock, commit("web-01"), refused=refusal)
    report = build_report(recorder.kept)
    (line,) = report.journey.of("commit")
    assert (line.outcome, line.job, line.detail) == ("Not started", None, f"{refusal} Reload and try again.")
    assert "fix the cause of the failed Commit (CMT-)" in report.next_step


def test_a_journey_recorded_on_its_own_makes_a_report_without_a_reprotect_part():
    clock = ManualClock()
    recorder = RunRecorder("r5", "rsv-dr", clock)
    step(recorder, clock, back_to_azure("web-01", CLASSIC), outcome=None)  # still running
    report = build_report(recorder.kept)
    assert (report.subject_kind, report.subject_name, report.jobs) == ("item", "web-01", ())
    assert report.outcome_text == journey_outcome(report.journey)
    assert report.outcome_text == "Failback journey of web-01: no step has succeeded yet."
    assert "still running" in report.next_step
    html = render_html(report)
    assert "Choices per VM" not in html and "Preflight checks" not in html and "In progress" in html


def test_damaged_journey_records_give_a_report_never_an_exception():
    clock = ManualClock()
    recorder = RunRecorder("r6", "rsv-dr", clock)
    step(recorder, clock, failback("web-01"))
    damaged = [dict(r) for r in recorder.kept]
    damaged[0].update(choices="not a mapping", request=[1], subject=None)
    damaged[0]["verdicts"] = [None, {"check_id": "FB-09", "status": "warn"}]
    damaged.append({"event": "journey.unknown_step.accepted", "run_id": "r6"})
    damaged.append({"event": "journey.commit.accepted", "run_id": "r6", "job_id": "j9"})  # no submitted before it
    damaged.append({"event": "job.ended", "run_id": "r6", "job_id": "j9", "tasks": [1, {"errors": [2]}]})
    report = build_report(damaged)
    # The damaged submit names no target, so its answer can't be matched to it: both show, nothing is lost.
    assert [(s.stage, s.outcome) for s in report.journey.steps] == [
        ("failback", "In progress"),
        ("failback", "Succeeded"),
        ("commit", ""),  # its job.ended names no outcome
    ]
    assert "FB-09" in report.journey.steps[0].checks
    render_html(report)
