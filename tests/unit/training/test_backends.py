"""The training vault: jobs progress with the clock, fail where trained, and never run twice."""

from __future__ import annotations

import pytest

from reprotect_gui.domain.errors import SubmitRefused
from reprotect_gui.domain.models import REVERSE_REPLICATE, ClassicTarget, JobState, ReprotectRequest
from reprotect_gui.domain.ports import JobCancelled
from reprotect_gui.training.backends import TrainingSiteRecovery, TrainingVCenter
from reprotect_gui.training.scenario import load_scenario
from tests.fakes import ManualClock, RecordingContext


def request(item_id: str) -> ReprotectRequest:
    return ReprotectRequest(
        item_id=item_id,
        item_name=item_id,
        target=ClassicTarget("mt-win-01", "ps-azure-01", "R:"),
        datastore_name="ds-vmfs-gold-01",
        policy_id="policy",
        disks_to_include=(),
    )


@pytest.fixture
def vault():
    clock = ManualClock()
    return TrainingSiteRecovery(load_scenario(), clock, latency_s=0), clock


def test_a_job_moves_through_its_tasks_and_succeeds(vault):
    sr, clock = vault
    job_id = sr.submit_reprotect(request("web-01")).job_id
    job = sr.read_job(job_id)
    assert job.state is JobState.IN_PROGRESS
    assert job.tasks[0].state is JobState.IN_PROGRESS
    assert job.tasks[1].state is JobState.NOT_STARTED
    clock.advance(seconds=20)
    job = sr.read_job(job_id)
    assert [t.state for t in job.tasks][:2] == [JobState.SUCCEEDED, JobState.SUCCEEDED]
    assert 0 < job.progress < 1
    clock.advance(seconds=60)
    job = sr.read_job(job_id)
    assert job.state is JobState.SUCCEEDED and job.end_time is not None
    item = sr.read_item("web-01")
    assert item.protection_state == "Protected" and REVERSE_REPLICATE not in item.allowed_operations


def test_a_trained_item_fails_at_its_task_with_the_service_error(vault):
    sr, clock = vault
    job_id = sr.submit_reprotect(request("file-01")).job_id
    clock.advance(minutes=5)
    job = sr.read_job(job_id)
    assert job.state is JobState.FAILED
    failed = [t for t in job.tasks if t.state is JobState.FAILED]
    assert [t.friendly_name for t in failed] == ["Creating and attaching disks"]
    assert failed[0].errors[0].code == "78052"
    assert job.tasks[-1].state is JobState.NOT_STARTED
    assert sr.read_item("file-01").running_job_id is None


def test_a_second_submit_attaches_to_the_running_job(vault):
    sr, _ = vault
    first = sr.submit_reprotect(request("web-01"))
    second = sr.submit_reprotect(request("web-01"))
    assert second.job_id == first.job_id and second.attached_to_running
    assert len(sr.submissions) == 1
    assert sr.read_item("web-01").running_job_id == first.job_id


def test_an_item_that_does_not_allow_reprotect_is_refused(vault):
    sr, _ = vault
    with pytest.raises(SubmitRefused, match="not allowed in state Migrated"):
        sr.submit_reprotect(request("crm-01"))


def test_speed_makes_jobs_finish_sooner():
    clock = ManualClock()
    sr = TrainingSiteRecovery(load_scenario(), clock, latency_s=0, speed=60)
    job_id = sr.submit_reprotect(request("web-01")).job_id
    clock.advance(seconds=1)
    assert sr.read_job(job_id).state is JobState.SUCCEEDED


def test_reads_report_progress_and_can_be_cancelled():
    scenario = load_scenario()
    ctx = RecordingContext()
    TrainingVCenter(scenario, latency_s=0).read_estate([], ctx)
    assert ctx.reports[-1][0] == 1.0
    with pytest.raises(JobCancelled):
        TrainingVCenter(scenario, latency_s=0.5).read_estate([], RecordingContext(cancel_after_reports=1))


def test_a_failure_trained_through_one_server_spares_the_others(tmp_path):
    import json

    from reprotect_gui.training.scenario import builtin_path

    raw = json.loads(builtin_path().read_text(encoding="utf-8"))
    file_01 = next(i for i in raw["items"] if i["id"] == "file-01")
    file_01["job"]["via"] = "mt-win-02"  # fails only through mt-win-02
    path = tmp_path / "estate.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    clock = ManualClock()
    vault = TrainingSiteRecovery(load_scenario(path), clock, latency_s=0)
    job_id = vault.submit_reprotect(request("file-01")).job_id  # through mt-win-01
    clock.advance(minutes=5)
    assert vault.read_job(job_id).state is JobState.SUCCEEDED
