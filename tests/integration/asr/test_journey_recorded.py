"""One journey, recorded (issue 18 item 5), for real on the emulator through the SDK: a classic VM reprotected,
watched until ready (RDY-), failed back by an unplanned failover (FB-01/02/03/05), committed (CMT-01/02) and
protected to Azure again through the on-premises process server (REV-03) — every step through the same code
the window uses (tracking.submit_and_record, record_readiness, services/journey.py), with the classic wire
format asserted and one POST per step. The audit it leaves is the drill report's timeline, HTML and PDF."""

from __future__ import annotations

import time

from asr_estate import FORWARD_POLICY, PS_AZURE, PS_CS, item_id, policy_id
from asr_testkit import request_for, wait_for_final

from reprotect_gui.asr.journey import ArmJourney
from reprotect_gui.domain.checks.readiness import ReadinessFacts, readiness_of
from reprotect_gui.domain.failback import (
    ClassicRecoveryPoint,
    CommitRequest,
    FailbackRequest,
    ReprotectToAzureRequest,
    Scope,
)
from reprotect_gui.domain.journey import JourneyStage
from reprotect_gui.domain.models import JobState, ReplicationFlow
from reprotect_gui.domain.report import build_report, render_html
from reprotect_gui.services.audit import AuditLog
from reprotect_gui.services.clock import SystemClock
from reprotect_gui.services.journal import JobJournal
from reprotect_gui.services.journey import JourneyStep, StepInputs, check_step, submit_step, where_is
from reprotect_gui.services.tracking import RunRecorder, record_job_end, record_readiness, submit_and_record
from tests.fakes import RecordingContext

CLASSIC = ReplicationFlow.CLASSIC
VM = "vm-app-01"


def run_submitting(run_id: str, vault: str) -> dict:
    return {
        "event": "run.submitting",
        "run_id": run_id,
        "at": SystemClock().now().isoformat(),
        "training": False,
        "operators": {"azure": "op@contoso.example", "vcenter": ""},
        "vault": vault,
        "subject": {"kind": "item", "id": item_id(VM), "name": VM},
        "choices": {"items": [{"item_id": item_id(VM), "name": VM, "os_type": "Windows"}]},
        "verdicts": [],
    }


def test_a_classic_vm_from_reprotect_to_protected_to_azure_is_one_recorded_journey(emulator, adapter, tmp_path):
    audit = AuditLog(tmp_path)
    recorder = RunRecorder("run-c", adapter.vault.vault_name, SystemClock(), JobJournal(tmp_path), audit)
    journey = ArmJourney(adapter)

    def posts():
        return [r for r in emulator.requests_log if r.method == "POST"]

    # Reprotect (Azure → on-premises) through the Azure process server, as the wizard submits it.
    (outcome,) = submit_and_record(
        adapter,
        [request_for(VM, ps=PS_AZURE)],
        recorder,
        run_submitting("run-c", adapter.vault.vault_name),
        RecordingContext(),
    )
    job, _ = wait_for_final(adapter, outcome.job_id)
    record_job_end(recorder, job)

    # Watched until ready for failback (RDY-), as the job page records it.
    deadline = time.monotonic() + 10
    while True:
        (status,) = adapter.read_replication([item_id(VM)])
        readiness = readiness_of(ReadinessFacts(status, job))
        if readiness.ready or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert readiness.ready, readiness.headline
    record_readiness(recorder, VM, readiness)
    assert where_is(journey, Scope.ITEM, item_id(VM)).stage is JourneyStage.READY

    def do(step, request, inputs, choices):
        check = check_step(
            journey, None, SystemClock().now(), step, Scope.ITEM, item_id(VM), RecordingContext(), inputs
        )
        assert not check.blocked, [v for v in check.verdicts if v.blocks]
        before = len(posts())
        done = submit_step(
            journey,
            request,
            recorder,
            RecordingContext(),
            verdicts=check.verdicts,
            acknowledged=[f"{v.check_id}|{v.subject}" for v in check.verdicts if v.needs_acknowledgement],
            choices=choices,
        )
        (post,) = posts()[before:]  # FB-14: one POST
        ended, _ = wait_for_final(adapter, done.job_id)
        record_job_end(recorder, ended)
        assert ended.state is JobState.SUCCEEDED
        return post

    failback = FailbackRequest(Scope.ITEM, item_id(VM), VM, CLASSIC, ClassicRecoveryPoint.LATEST_TIME)
    post = do(JourneyStep.FAILBACK, failback, StepInputs(failback=failback), {"downtime_confirmed": True})
    assert post.path.endswith(f"/replicationProtectedItems/{VM}/unplannedFailover")  # FB-01: classic = unplanned
    assert post.body == {
        "properties": {
            "failoverDirection": "PrimaryToRecovery",  # FB-02, classic item
            "sourceSiteOperations": "Required",  # FB-05
            "providerSpecificDetails": {"instanceType": "InMage", "recoveryPointType": "LatestTime"},  # FB-03
        }
    }
    assert where_is(journey, Scope.ITEM, item_id(VM)).next_steps == (JourneyStep.COMMIT,)  # never cancel (FB-12)

    post = do(
        JourneyStep.COMMIT,
        CommitRequest(Scope.ITEM, item_id(VM), VM, CLASSIC),
        StepInputs(app_confirmed=True),
        {"app_confirmed": True},
    )
    assert post.path.endswith(f"/replicationProtectedItems/{VM}/failoverCommit") and post.body is None  # CMT-01

    choices = journey.reverse_choices(item_id(VM))
    (server,) = [s for s in choices.process_servers if s.on_premises]  # REV-03: not the Azure one
    policy = choices.preselected_policy  # the container mapping's forward policy
    (account,) = [a for a in choices.run_as_accounts if a.name == "vcenter-discovery"]
    back = ReprotectToAzureRequest(item_id(VM), VM, CLASSIC, server.server_id, policy.policy_id, account.account_id)
    inputs = StepInputs(process_server=server, policy_id=policy.policy_id, run_as_account_id=account.account_id)
    post = do(JourneyStep.REPROTECT_TO_AZURE, back, inputs, {"process_server": server.name, "policy": policy.name})
    assert post.body == {
        "properties": {
            "failoverDirection": "RecoveryToPrimary",  # REV-03 (P5)
            "providerSpecificDetails": {
                "instanceType": "InMageAzureV2",
                "processServerId": PS_CS,
                "masterTargetId": PS_CS,  # the PS id when no master target is given
                "runAsAccountId": "1",
                "policyId": policy_id(FORWARD_POLICY),
            },
        }
    }
    assert where_is(journey, Scope.ITEM, item_id(VM)).stage is JourneyStage.PROTECTED_TO_AZURE
    assert [p.path.rsplit("/", 1)[-1] for p in posts()] == [
        "reProtect",
        "unplannedFailover",
        "failoverCommit",
        "reProtect",
    ]
    assert JobJournal(tmp_path).pending() == ()

    report = build_report(audit.run("run-c"))
    assert [(s.stage, s.outcome) for s in report.journey.steps] == [
        ("reprotect", "Succeeded"),
        ("ready", "Ready"),
        ("failback", "Succeeded"),
        ("commit", "Succeeded"),
        ("reprotect_to_azure", "Succeeded"),
    ]
    assert report.journey.reached == "reprotect_to_azure" and report.journey.flow == "classic"
    assert dict(report.journey.of("reprotect_to_azure")[0].choices)["Process server (REV-03/REV-04)"] == server.name
    html = render_html(report)
    assert "Failback journey of vm-app-01: reached “Protected to Azure again (REV-)”" in html
    assert "FB-05: the downtime window" in html and "CMT-02: the application works on-premises" in html
    assert [r.outcome for r in audit.runs()] == ["succeeded"]
