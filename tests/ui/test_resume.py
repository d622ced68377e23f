"""The resume offer at launch, in process: which jobs are offered, follow, forget, not now."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QMessageBox

from reprotect_gui.app import build_training_wizard
from reprotect_gui.domain.models import ClassicTarget, ReprotectRequest
from reprotect_gui.services.journal import InFlightJob, JobJournal
from reprotect_gui.services.tracking import RunRecorder
from reprotect_gui.training.scenario import load_scenario
from reprotect_gui.ui.resume import FOLLOW, FORGET, LATER, offer_resume_at_start

SOURCE = {"kind": "training", "scenario": "estate.json"}


@pytest.fixture
def launch(qtbot, tmp_path):
    made = []

    def make():
        wizard = build_training_wizard(load_scenario(), speed=400, latency_s=0.01, data_dir=tmp_path)
        qtbot.addWidget(wizard)
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:
        if getattr(wizard, "resume_window", None) is not None:
            wizard.resume_window.close()
        wizard.session.runner.shutdown(2000)


def start_job(wizard, tmp_path, item_id="web-01", run_id="run1", source=SOURCE) -> str:
    """What the killed process did: submit, journal, audit the run."""
    request = ReprotectRequest(item_id, item_id, ClassicTarget("mt-win-01", "ps-azure-01", "R:"), "ds", "p", ())
    job_id = wizard.session.site_recovery.submit_reprotect(request).job_id
    JobJournal(tmp_path).record(
        InFlightJob(job_id, item_id, item_id, "rsv", run_id, "2026-11-27T09:00:00+00:00", source=dict(source))
    )
    return job_id


def test_nothing_is_asked_when_the_journal_is_empty(launch):
    asked = []
    assert offer_resume_at_start(launch(), ask=lambda jobs: asked.append(jobs) or FOLLOW) is None
    assert asked == []


def test_only_this_vaults_jobs_are_offered_and_followed_to_the_end(qtbot, launch, tmp_path):
    wizard = launch()
    mine = start_job(wizard, tmp_path)
    start_job(wizard, tmp_path, "app-lnx-01", source={"kind": "azure", "vault": "/subscriptions/x/vaults/other"})
    asked = []
    window = offer_resume_at_start(launch(), ask=lambda jobs: asked.extend(jobs) or FOLLOW)
    assert [j.job_id for j in asked] == [mine]
    qtbot.waitSignal(window.all_recorded, timeout=15000).wait()
    assert window.report_button.isEnabled()
    records = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text(encoding="utf-8").splitlines()]
    jobs = [r for r in records if r["event"] != "job.readiness"]  # readiness comes as it is read (below)
    assert [(r["event"], r["job_id"]) for r in jobs] == [("job.resumed", mine), ("job.ended", mine)]
    assert jobs[-1]["run_id"] == "run1" and jobs[-1]["outcome"] == "Succeeded"
    assert [j.source["kind"] for j in JobJournal(tmp_path).pending()] == ["azure"]  # the other vault's job stays

    def readiness() -> list[dict]:
        lines = (tmp_path / "audit.jsonl").read_text(encoding="utf-8").splitlines()
        return [r for r in map(json.loads, lines) if r["event"] == "job.readiness"]

    # After success the resumed VM is watched until it is ready for failback, recorded under its run (RDY-).
    qtbot.waitUntil(lambda: any(r["ready"] for r in readiness()), timeout=15000)
    assert {(r["run_id"], r["item_name"]) for r in readiness()} == {("run1", "web-01")}
    assert readiness()[-1]["verdict"] == "Ready for failback"


def test_forget_drops_the_jobs_and_not_now_keeps_them(launch, tmp_path):
    wizard = launch()
    start_job(wizard, tmp_path)
    assert offer_resume_at_start(launch(), ask=lambda jobs: LATER) is None
    assert len(JobJournal(tmp_path).pending()) == 1
    assert offer_resume_at_start(launch(), ask=lambda jobs: FORGET) is None
    assert JobJournal(tmp_path).pending() == ()


def test_a_damaged_journal_is_explained_not_offered(qtbot, launch, tmp_path):
    (tmp_path / JobJournal.FILE_NAME).write_text("{ torn", encoding="utf-8")
    wizard = launch()
    asked = []
    assert offer_resume_at_start(wizard, ask=lambda jobs: asked.append(jobs) or FOLLOW) is None
    (box,) = wizard.findChildren(QMessageBox)
    assert "was damaged" in box.text() and "Site Recovery jobs" in box.informativeText()
    assert asked == []
    box.close()
    kept = list(tmp_path.glob("inflight-jobs.damaged-*.json"))
    assert [p.read_text(encoding="utf-8") for p in kept] == ["{ torn"] and str(kept[0]) in box.text()
    again = launch()  # the next launch starts from the fresh journal: no box, nothing offered
    assert offer_resume_at_start(again, ask=lambda jobs: asked.append(jobs) or FOLLOW) is None
    assert again.findChildren(QMessageBox) == [] and asked == []


def test_a_journaled_job_the_vault_no_longer_knows_is_offered_once_then_dropped(qtbot, launch, tmp_path):
    JobJournal(tmp_path).record(
        InFlightJob(
            "0099-reprotect-gone", "web-01", "web-01", "rsv", "run1", "2026-11-27T09:00:00+00:00", source=SOURCE
        )
    )
    first = launch()
    window = offer_resume_at_start(first, ask=lambda jobs: FOLLOW)
    assert window is not None
    qtbot.waitUntil(lambda: JobJournal(tmp_path).pending() == (), timeout=15000)  # one confirmed "not found"
    follower = window.monitor.follower
    qtbot.waitUntil(lambda: follower.model.finished() and first.session.runner.active_count == 0, timeout=15000)
    polls = follower.polls
    qtbot.wait(300)
    assert follower.polls == polls and follower.model.entry("0099-reprotect-gone").gone  # not asked about again
    assert "not found" in follower.model.entry("0099-reprotect-gone").problem
    first.resume_window = None
    window.deleteLater()
    qtbot.wait(50)
    asked = []
    assert offer_resume_at_start(launch(), ask=lambda jobs: asked.append(jobs) or FOLLOW) is None
    assert asked == []


@pytest.mark.parametrize(
    ("step", "word"),
    [
        ("failback", "failback"),
        ("cancel", "cancel of the failback"),
        ("commit", "commit"),
        ("reprotect_to_azure", "reprotect to Azure"),
    ],
)
def test_a_journey_job_left_by_a_crash_is_offered_by_its_step_followed_and_lands_in_the_journey(
    qtbot, launch, tmp_path, step, word
):
    """Issue 18: every journey step's job is journaled with its step (services/journey.py); after a crash
    it is offered by that step, followed to its end, recorded under its run, and no readiness is read
    after it (RDY- is for a reprotect's success only)."""
    from reprotect_gui.services.audit import AuditLog
    from reprotect_gui.services.journey import submit_step
    from reprotect_gui.ui.report_export import report_from_records
    from reprotect_gui.ui.resume import job_line
    from tests.fakes import ManualClock, RecordingContext
    from tests.journey_records import CLASSIC, AcceptingPort, back_to_azure, cancel, commit, failback

    request_of = {
        "failback": failback("web-01", CLASSIC),
        "cancel": cancel("web-01"),
        "commit": commit("web-01", CLASSIC),
        "reprotect_to_azure": back_to_azure("web-01", CLASSIC),
    }

    wizard = launch()
    request = ReprotectRequest("web-01", "web-01", ClassicTarget("mt-win-01", "ps-azure-01", "R:"), "ds", "p", ())
    job_id = wizard.session.site_recovery.submit_reprotect(request).job_id  # a job the vault follows
    killed = RunRecorder("run7", "rsv", ManualClock(), JobJournal(tmp_path), AuditLog(tmp_path), dict(SOURCE))
    submit_step(AcceptingPort(job_id), request_of[step], killed, RecordingContext())  # then the process died

    asked = []
    window = offer_resume_at_start(launch(), ask=lambda jobs: asked.extend(jobs) or FOLLOW)
    assert [(j.job_id, j.step) for j in asked] == [(job_id, step)]
    assert job_line(asked[0]).startswith(f"• web-01 — {word} job {job_id}")
    assert window.run.entry(job_id).label == f"web-01: {word} (resumed)"
    qtbot.waitSignal(window.all_recorded, timeout=15000).wait()
    qtbot.wait(300)  # a reprotect's success would start readiness reads by now
    events = [r["event"] for r in AuditLog(tmp_path).run("run7")]
    assert events == [f"journey.{step}.submitted", f"journey.{step}.accepted", "job.resumed", "job.ended"]
    assert window.run.readiness_targets() == [] and JobJournal(tmp_path).pending() == ()
    (line,) = report_from_records(AuditLog(tmp_path).run("run7")).journey.of(step)
    assert (line.outcome, line.job.job_id) == ("Succeeded", job_id)
