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


def test_a_modernized_job_comes_back_with_its_own_target_type(tmp_path):
    """The stored request names its flow; the flow's target type reads it back (not always ClassicTarget)."""
    from reprotect_gui.domain.models import ModernizedTarget
    from reprotect_gui.training.scenario import storage_account_id

    clock = ManualClock()
    store = tmp_path / "training-jobs.json"
    target = ModernizedTarget("ra-appliance-tokyo-01", storage_account_id("stasrlogtokyo01"))
    modernized = ReprotectRequest("wiki-01", "wiki-01", target, "vsanDatastore", "p", ())
    first = TrainingSiteRecovery(
        load_scenario(), clock, latency_s=0, speed=10, job_store=TrainingJobStore(store, "estate.json")
    )
    classic_id = first.submit_reprotect(request("web-01")).job_id
    modern_id = first.submit_reprotect(modernized).job_id
    second = TrainingSiteRecovery(
        load_scenario(), clock, latency_s=0, speed=10, job_store=TrainingJobStore(store, "estate.json")
    )
    assert second.read_item("wiki-01").running_job_id == modern_id
    assert second.read_item("web-01").running_job_id == classic_id  # the classic one is not lost with it


def test_two_open_training_windows_never_start_one_item_twice_nor_share_a_job_id(tmp_path):
    """Both windows were opened before either submitted: the second one's submit still sees the
    first one's running job (read inside the store's lock) and attaches to it."""
    clock = ManualClock()
    store = tmp_path / "training-jobs.json"
    left, right = (
        TrainingSiteRecovery(
            load_scenario(), clock, latency_s=0, speed=1, job_store=TrainingJobStore(store, "estate.json")
        )
        for _ in range(2)
    )
    first = left.submit_reprotect(request("web-01"))
    again = right.submit_reprotect(request("web-01"))
    assert again.attached_to_running and again.job_id == first.job_id and right.submissions == []
    other = right.submit_reprotect(request("web-02"))
    assert not other.attached_to_running and other.job_id != first.job_id
    mine = left.submit_reprotect(request("app-lnx-01"))  # left's own count is behind right's: the number moves on
    ids = [j.job_id for j in TrainingJobStore(store, "estate.json").load()]
    assert sorted(ids) == sorted({first.job_id, other.job_id, mine.job_id})  # three jobs, three IDs


SUBMITTER = """
import sys, time
from pathlib import Path
from reprotect_gui.domain.models import ClassicTarget, ReprotectRequest
from reprotect_gui.services.clock import SystemClock
from reprotect_gui.training.backends import TrainingJobStore, TrainingSiteRecovery
from reprotect_gui.training.scenario import load_scenario
path, go = Path(sys.argv[1]), Path(sys.argv[2])
vault = TrainingSiteRecovery(load_scenario(), SystemClock(), latency_s=0, speed=0.001,
                             job_store=TrainingJobStore(path, "estate.json"))
while not go.exists():
    time.sleep(0.005)
for vm in ("web-01", "web-02", "app-lnx-01"):
    r = vault.submit_reprotect(ReprotectRequest(vm, vm, ClassicTarget("mt-win-01", "ps-azure-01", "R:"), "ds", "p", ("d1",)))
    print(r.job_id, r.attached_to_running)
"""


def test_two_processes_submitting_at_once_start_each_item_once(tmp_path):
    import subprocess
    import sys

    store, go = tmp_path / "training-jobs.json", tmp_path / "go"
    procs = [
        subprocess.Popen([sys.executable, "-c", SUBMITTER, str(store), str(go)], stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    go.write_text("", encoding="utf-8")
    outs = [p.communicate(timeout=300)[0].split() for p in procs]
    assert [p.returncode for p in procs] == [0, 0]
    started = [(job, flag) for out in outs for job, flag in zip(out[::2], out[1::2], strict=True)]
    new = [job for job, attached in started if attached == "False"]
    assert len(new) == 3 and len(set(new)) == 3  # each item started once, by one of the two
    assert {job for job, _ in started} == set(new)  # the other process attached to those same jobs
    assert sorted(j.job_id for j in TrainingJobStore(store, "estate.json").load()) == sorted(new)
