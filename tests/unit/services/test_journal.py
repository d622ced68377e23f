"""The in-flight journal: recorded at once, replaced atomically, damage explained."""

from __future__ import annotations

import os

import pytest

from reprotect_gui.services import journal as journal_module
from reprotect_gui.services.journal import InFlightJob, JobJournal, JournalError, default_data_dir


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
    assert os.listdir(tmp_path) == [journal.path.name]  # no temporary file left behind
    assert "The job runs in Azure regardless" in raised.value.next_step
    assert isinstance(raised.value.__cause__, OSError)


def test_a_damaged_journal_is_refused_with_a_sentence_and_kept(tmp_path):
    journal = JobJournal(tmp_path)
    journal.path.write_text('{"format": "reprotect_gui.journal/1", "jobs": [{"no_job_id": 1}]}', encoding="utf-8")
    with pytest.raises(JournalError) as raised:
        journal.pending()
    assert "is damaged" in raised.value.summary and str(journal.path) in raised.value.summary
    assert "Site Recovery jobs" in raised.value.next_step
    assert journal.path.exists()


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
