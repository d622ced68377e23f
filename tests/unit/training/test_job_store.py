"""The opt-in training job store: a restarted process finds the jobs a killed one started."""

from __future__ import annotations

import pytest

from reprotect_gui.domain.errors import UserFacingError
from reprotect_gui.domain.models import ClassicTarget, JobState, ReprotectRequest
from reprotect_gui.training.backends import TrainingJobStore, TrainingSiteRecovery
from reprotect_gui.training.scenario import load_scenario
from tests.fakes import ManualClock


def request(item_id: str) -> ReprotectRequest:
    return ReprotectRequest(item_id, item_id, ClassicTarget("mt-win-01", "ps-azure-01", "R:"), "ds", "policy", ("d1",))


def test_a_new_vault_object_reads_the_job_with_its_original_speed_and_busy_item(tmp_path):
    clock = ManualClock()
    store = tmp_path / "training-jobs.json"
    first = TrainingSiteRecovery(
        load_scenario(), clock, latency_s=0, speed=10, job_store=TrainingJobStore(store, "estate.json")
    )
    job_id = first.submit_reprotect(request("web-01")).job_id
    clock.advance(seconds=2)
    second = TrainingSiteRecovery(
        load_scenario(), clock, latency_s=0, speed=1, job_store=TrainingJobStore(store, "estate.json")
    )
    assert second.read_job(job_id) == first.read_job(job_id)
    assert second.read_item("web-01").running_job_id == job_id
    assert second.submit_reprotect(request("web-01")).attached_to_running  # never twice
    clock.advance(seconds=10)
    assert second.read_job(job_id).state is JobState.SUCCEEDED


def test_finished_jobs_do_not_change_a_new_session_and_other_scenarios_are_ignored(tmp_path):
    clock = ManualClock()
    store = tmp_path / "training-jobs.json"
    first = TrainingSiteRecovery(
        load_scenario(), clock, latency_s=0, speed=100, job_store=TrainingJobStore(store, "estate.json")
    )
    job_id = first.submit_reprotect(request("web-01")).job_id
    clock.advance(minutes=5)
    again = TrainingSiteRecovery(load_scenario(), clock, latency_s=0, job_store=TrainingJobStore(store, "estate.json"))
    assert again.read_job(job_id).state is JobState.SUCCEEDED
    assert again.read_item("web-01").protection_state != "Protected"  # the session starts from the scenario
    other = TrainingSiteRecovery(load_scenario(), clock, latency_s=0, job_store=TrainingJobStore(store, "other.json"))
    with pytest.raises(UserFacingError):
        other.read_job(job_id)
    clock.advance(days=8)  # older than a week: dropped
    old = TrainingSiteRecovery(load_scenario(), clock, latency_s=0, job_store=TrainingJobStore(store, "estate.json"))
    with pytest.raises(UserFacingError):
        old.read_job(job_id)


def test_a_damaged_store_starts_afresh(tmp_path):
    store = tmp_path / "training-jobs.json"
    store.write_text("{ torn", encoding="utf-8")
    vault = TrainingSiteRecovery(
        load_scenario(), ManualClock(), latency_s=0, job_store=TrainingJobStore(store, "estate.json")
    )
    assert vault.submit_reprotect(request("web-01")).job_id.startswith("0001-")
    kept = list(tmp_path.glob("training-jobs.damaged-*.json"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == "{ torn"  # moved aside, not lost


@pytest.mark.parametrize(
    "content", [b"\xff\xfe{", b"[" * 100_000, b'{"format": "reprotect_gui.training-jobs/1", "jobs": 3}']
)
def test_undecodable_stores_are_moved_aside_never_a_traceback(tmp_path, content):
    store = tmp_path / "training-jobs.json"
    store.write_bytes(content)
    assert TrainingJobStore(store, "estate.json").load() == []
    assert [p.read_bytes() for p in tmp_path.glob("training-jobs.damaged-*.json")] == [content]


STORE_WRITER = """
import sys, time
from datetime import datetime, UTC
from pathlib import Path
from reprotect_gui.domain.models import ClassicTarget, ReprotectRequest
from reprotect_gui.training.backends import TrainingJobStore, _RunningJob
path, name, go = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
while not go.exists():
    time.sleep(0.005)
store = TrainingJobStore(path, "estate.json")
req = ReprotectRequest("web-01", "web-01", ClassicTarget("mt", "ps", "R:"), "ds", "policy", ("d1",))
jobs = []
for i in range(100):
    jobs.append(_RunningJob(f"{name}-{i:03d}", req, datetime.now(UTC), 1.0))
    store.save(jobs)
"""


def test_two_training_windows_on_one_folder_keep_each_others_jobs(tmp_path):
    import subprocess
    import sys

    store, go = tmp_path / "training-jobs.json", tmp_path / "go"
    writers = [
        subprocess.Popen([sys.executable, "-c", STORE_WRITER, str(store), n, str(go)]) for n in ("left", "right")
    ]
    go.write_text("", encoding="utf-8")
    assert [w.wait(timeout=300) for w in writers] == [0, 0]
    ids = {j.job_id for j in TrainingJobStore(store, "estate.json").load()}
    assert ids == {f"{n}-{i:03d}" for n in ("left", "right") for i in range(100)}
