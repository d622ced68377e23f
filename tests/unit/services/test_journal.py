"""The in-flight journal: recorded at once, replaced atomically, damage explained."""

from __future__ import annotations

import os

import pytest

from reprotect_gui.services import state_files as journal_module
from reprotect_gui.services.journal import InFlightJob, JobJournal, JournalDamaged, JournalError, default_data_dir


def entry(job_id: str, accepted_at: str = "2026-11-27T09:00:00+00:00") -> InFlightJob:
    return InFlightJob(job_id, "web-01", "web-01", "rsv-dr", "run1", accepted_at, source={"kind": "training"})


def test_recorded_jobs_survive_a_new_journal_object_until_forgotten(tmp_path):
    JobJournal(tmp_path).record(entry("job-2", "2026-11-27T09:05:00+00:00"))
    JobJournal(tmp_path).record(entry("job-1"))
    assert [j.job_id for j in JobJournal(tmp_path).pending()] == ["job-1", "job-2"]  # oldest first
    assert JobJournal(tmp_path).pending()[0] == entry("job-1")
    JobJournal(tmp_path).forget("job-1")
    assert [j.job_id for j in JobJournal(tmp_path).pending()] == ["job-2"]


def test_a_crash_while_writing_leaves_the_previous_journal_whole(tmp_path, monkeypatch):
    journal = JobJournal(tmp_path)
    journal.record(entry("job-1"))
    before = journal.path.read_bytes()

    def crash(*_args):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(journal_module.os, "replace", crash)
    with pytest.raises(JournalError) as raised:
        journal.record(entry("job-2"))
    assert journal.path.read_bytes() == before
    assert [n for n in os.listdir(tmp_path) if not n.endswith(".lock")] == [journal.path.name]  # no temporary file
    assert "The job runs in Azure regardless" in raised.value.next_step
    assert isinstance(raised.value.__cause__, OSError)


DAMAGED_JOURNALS = {
    "an entry without a job id": b'{"format": "reprotect_gui.journal/1", "jobs": [{"no_job_id": 1}]}',
    "invalid UTF-8": b'{"format": "reprotect_gui.journal/1", "jobs": [{"job_id": "\xff\xfe"}]}',
    "nested 200,000 deep": b"[" * 200_000 + b"]" * 200_000,
    "torn in the middle": b'{"format": "reprotect_gui.journal/1", "jobs": [{"job_id": "job-',
    "not an object": b"[]",
    "jobs not a list": b'{"format": "reprotect_gui.journal/1", "jobs": {"job_id": "x"}}',
}


@pytest.mark.parametrize("content", DAMAGED_JOURNALS.values(), ids=DAMAGED_JOURNALS.keys())
def test_a_damaged_journal_is_moved_aside_said_once_and_replaced_by_a_fresh_one(tmp_path, content):
    journal = JobJournal(tmp_path)
    journal.path.write_bytes(content)
    with pytest.raises(JournalDamaged) as raised:
        journal.pending()
    copy = journal.damaged_copy
    assert copy is not None and copy.read_bytes() == content  # kept for a human, byte for byte
    assert copy.name.startswith("inflight-jobs.damaged-") and copy.suffix == ".json"
    assert str(copy) in raised.value.summary and "fresh list" in raised.value.summary
    assert "Site Recovery jobs" in raised.value.next_step
    assert journal.pending() == ()  # said once; the fresh journal works
    journal.record(entry("job-1"))
    assert [j.job_id for j in JobJournal(tmp_path).pending()] == ["job-1"]


def test_a_submit_on_a_damaged_journal_records_the_job_in_a_fresh_one(tmp_path):
    journal = JobJournal(tmp_path)
    journal.path.write_bytes(b"\xff" * 10)
    journal.record(entry("job-1"))  # no error: the accepted job must be kept
    assert [j.job_id for j in journal.pending()] == ["job-1"]
    assert journal.damaged_copy is not None and journal.damaged_copy.read_bytes() == b"\xff" * 10


def test_a_damaged_journal_that_cannot_be_moved_aside_is_never_written_over(tmp_path, monkeypatch):
    journal = JobJournal(tmp_path)
    journal.path.write_bytes(b"{torn")

    def refuse(*_args):
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(journal_module.os, "replace", refuse)
    with pytest.raises(JournalError) as raised:
        journal.record(entry("job-1"))
    assert "could not be moved aside (Permission denied)" in raised.value.summary
    assert journal.path.read_bytes() == b"{torn"


def test_a_folder_that_is_a_file_is_explained(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(JournalError) as raised:
        JobJournal(blocker).record(entry("job-1"))
    assert "can't be read (Not a directory)" in raised.value.summary


def test_a_full_disk_is_explained_with_the_job_id_advice(tmp_path, monkeypatch):
    def full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(journal_module.tempfile, "mkstemp", full)
    with pytest.raises(JournalError) as raised:
        JobJournal(tmp_path).record(entry("job-1"))
    assert "could not be recorded" in raised.value.summary and "No space left" in raised.value.summary
    assert "note the job ID" in raised.value.next_step


def test_the_data_folder_follows_xdg_data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    if os.name == "posix" and os.uname().sysname != "Darwin":
        assert default_data_dir() == tmp_path / "reprotect_gui"


WRITER = """
import sys, time
from pathlib import Path
from reprotect_gui.services.journal import InFlightJob, JobJournal
folder, name, go = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
while not go.exists():
    time.sleep(0.005)
journal = JobJournal(folder)
for i in range(200):
    journal.record(InFlightJob(f"{name}-{i:03d}", "item", "vm", "rsv-dr", "run", "2026-11-27T09:00:00+00:00"))
"""


def test_two_windows_recording_200_jobs_each_on_one_folder_keep_all_400(tmp_path):
    """Two processes (two windows) on one data folder: the file lock serializes read-modify-write."""
    import subprocess
    import sys

    go = tmp_path / "go"
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path), name, str(go)]) for name in ("left", "right")
    ]
    go.write_text("", encoding="utf-8")  # both start together
    assert [w.wait(timeout=300) for w in writers] == [0, 0]
    ids = {j.job_id for j in JobJournal(tmp_path).pending()}
    assert len(ids) == 400
    assert ids == {f"{n}-{i:03d}" for n in ("left", "right") for i in range(200)}


def test_a_window_that_holds_the_folder_too_long_is_named(tmp_path):
    from reprotect_gui.services.state_files import FolderBusy, locked

    journal = JobJournal(tmp_path, lock_timeout_s=0.2)
    with locked(journal.path), pytest.raises(FolderBusy) as raised:  # another holder (a second lock file handle)
        journal.record(entry("job-1"))
    assert "Another window of this app" in raised.value.summary and "0.2 seconds" in raised.value.summary
    assert "nothing was lost" in raised.value.next_step
