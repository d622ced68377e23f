"""The drill report, from audit records: choices, verdicts, timeline, advice, next step."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from reprotect_gui.domain.models import Job, JobError, JobState, JobTask
from reprotect_gui.domain.report import ReportUnavailable, build_report, duration_text, render_html
from reprotect_gui.services.audit import accepted_record, ended_record

T0 = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def start_record(os_type: str = "Windows", kind: str = "item") -> dict:
    return {
        "event": "run.submitting",
        "run_id": "r1",
        "at": T0.isoformat(),
        "training": True,
        "operators": {"azure": "op@contoso.example", "vcenter": "CONTOSO\\op"},
        "vault": "rsv-dr",
        "subject": {"kind": kind, "id": "x", "name": "web-01 <b>"},
        "choices": {
            "master_target": {"id": "mt", "name": "mt-win-01", "esxi_host": "esx-01"},
            "process_server": {"id": "ps", "name": "ps-azure-01", "location": "Azure"},
            "run_as_account": None,
            "policy": {
                "id": "p",
                "name": "failback",
                "rpo_threshold_minutes": 15,
                "recovery_point_history_minutes": 1440,
                "app_consistent_frequency_minutes": 60,
            },
            "items": [
                {
                    "item_id": "web-01",
                    "name": "web-01",
                    "os_type": os_type,
                    "datastore": "ds-gold",
                    "retention_drive": "R:",
                    "disks": [{"id": "d1", "name": "os", "size_gb": 64}],
                    "disks_left_out": ["temp"],
                }
            ],
        },
        "verdicts": [
            {"check_id": "MT-15", "status": "warn", "subject": "web-01", "finding": "no UUID", "acknowledged": True},
            {"check_id": "DS-01", "status": "pass", "subject": "", "finding": "VMFS", "acknowledged": False},
        ],
    }


def job(state: JobState, fail_at: int | None = None) -> Job:
    tasks = []
    for i, seconds in enumerate((10, 30, 60)):
        start = T0 + timedelta(seconds=sum((10, 30, 60)[:i]))
        failed = fail_at == i
        errors = (JobError("95226", "cannot reach the CS", "VPN down", "check VPN"),) if failed else ()
        tasks.append(
            JobTask(
                f"t{i}",
                f"Task {i}",
                JobState.FAILED if failed else JobState.SUCCEEDED,
                "",
                start,
                start + timedelta(seconds=seconds),
                errors,
            )
        )
        if failed:
            break
    return Job(
        "job-1",
        "Reprotect",
        "web-01",
        state,
        tasks=tuple(tasks),
        start_time=T0,
        end_time=tasks[-1].end_time,
        item_id="web-01",
    )


def records(j: Job, os_type: str = "Windows") -> list[dict]:
    return [
        start_record(os_type),
        accepted_record("r1", T0, "job-1", "web-01", "web-01", False),
        ended_record("r1", T0 + timedelta(minutes=2), j),
    ]


def test_a_succeeded_run_reports_choices_verdicts_timeline_advice_and_failback():
    report = build_report(records(job(JobState.SUCCEEDED)))
    assert report.succeeded and report.outcome_text == "Reprotect succeeded for 1 VM(s)."
    assert dict(report.choices)["Master target"] == "mt-win-01 (ESXi host esx-01)"
    assert [t.seconds for t in report.jobs[0].tasks] == [10, 30, 60]
    assert any(a.startswith("SUB-01") for a in report.advice)
    assert not any(a.startswith("SUB-04") for a in report.advice)  # no Linux VM
    assert report.next_step.startswith("Next step: failback")
    page = render_html(report)
    assert "web-01 &lt;b&gt;" in page and "<b>" in page  # the subject is escaped, markup is ours
    assert "op@contoso.example" in page and "CONTOSO\\op" in page
    assert "MT-15" in page and "accepted by the operator" in page and "Passed: DS-01" in page
    widths = [float(w) for w in re.findall(r"width='([\d.]+)%' bgcolor", page)]
    assert widths == [10.0, 30.0, 60.0]  # bar lengths proportional to the task durations


def test_a_failed_linux_run_reports_the_error_the_check_and_no_failback_advice():
    report = build_report(records(job(JobState.FAILED, fail_at=1), os_type="Linux"))
    assert not report.succeeded and report.outcome_text == "1 of 1 reprotect(s) did not succeed."
    (error,) = report.jobs[0].errors
    assert (error.code, error.check_id) == ("95226", "INF-03")
    assert not any(a.startswith(("SUB-04", "SUB-06")) for a in report.advice)  # failback advice: after success only
    assert "fix the cause" in report.next_step and "failback" not in report.next_step
    ok = build_report(records(job(JobState.SUCCEEDED), os_type="Linux"))
    assert any(a.startswith("SUB-04") for a in ok.advice)
    page = render_html(report)
    assert "Error 95226" in page and "check INF-03" in page and "Recommended action (ASR): check VPN" in page


def test_a_job_without_an_end_record_shows_as_in_progress():
    report = build_report(records(job(JobState.SUCCEEDED))[:2])
    assert report.jobs[0].outcome == "In progress"
    assert report.outcome_text.startswith("In progress")


def test_a_run_without_its_choices_has_no_report():
    with pytest.raises(ReportUnavailable):
        build_report([accepted_record("r1", T0, "job-1", "web-01", "web-01", False)])


@pytest.mark.parametrize(("seconds", "text"), [(None, "—"), (5, "0:05"), (125.4, "2:05"), (3725, "1:02:05")])
def test_duration_text(seconds, text):
    assert duration_text(seconds) == text
