"""The audit log: whole lines only, scrubbed, readable after damage; runs summarised."""

from __future__ import annotations

import json
import os
import threading

import pytest

from reprotect_gui.services import audit as audit_module
from reprotect_gui.services.audit import AuditLog, AuditWriteFailed, run_outcome
from reprotect_gui.services.redaction import forget_all_secrets, remember_secret

SECRET = "planted-Hunter2-audit-9"


@pytest.fixture(autouse=True)
def clean_registry():
    forget_all_secrets()
    yield
    forget_all_secrets()


def lines(log: AuditLog) -> list[dict]:
    return [json.loads(line) for line in log.path.read_text(encoding="utf-8").splitlines()]


def test_each_record_is_one_json_line_with_its_format(tmp_path):
    log = AuditLog(tmp_path)
    log.append({"event": "job.accepted", "run_id": "r1", "job_id": "j1"})
    log.append({"event": "job.ended", "run_id": "r1", "job_id": "j1", "outcome": "Succeeded"})
    assert [r["event"] for r in lines(log)] == ["job.accepted", "job.ended"]
    assert all(r["format"] == "reprotect_gui.audit/1" for r in lines(log))
    assert oct(log.path.stat().st_mode & 0o777) == "0o600"


def test_no_secret_reaches_the_file_by_value_pattern_or_key(tmp_path):
    remember_secret(SECRET)
    log = AuditLog(tmp_path)
    log.append(
        {
            "event": "job.ended",
            "message": f"Upload to https://sa.blob.core.windows.net/c?sv=2022&sig={SECRET}x failed; {SECRET}",
            "header": "Authorization: Bearer abcdefghijklmnop.qrstu",
            "jwt": "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJvcGVyYXRvciJ9.c2lnbmF0dXJl",
            "settings": {"client_secret": "whatever-it-is", "tenant": "contoso"},
        }
    )
    text = log.path.read_text(encoding="utf-8")
    assert SECRET not in text and "abcdefghijklmnop" not in text and "eyJzdWIi" not in text
    assert "whatever-it-is" not in text
    (record,) = lines(log)
    assert record["settings"] == {"client_secret": "[redacted]", "tenant": "contoso"}
    assert "sig=[redacted]" in record["message"]


def test_writers_on_many_threads_never_interleave_inside_a_line(tmp_path):
    log = AuditLog(tmp_path)
    payload = "x" * 5000

    def write(n: int) -> None:
        for i in range(20):
            AuditLog(tmp_path).append({"event": "test", "writer": n, "i": i, "payload": payload})

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(lines(log)) == 80


def test_a_half_line_left_by_an_older_writer_is_skipped_and_logged(tmp_path, caplog):
    log = AuditLog(tmp_path)
    log.append({"event": "run.submitting", "run_id": "r1"})
    with log.path.open("ab") as f:
        f.write(b'{"event": "job.acc')
    log.append({"event": "job.accepted", "run_id": "r1", "job_id": "j1"})
    # The next record starts on a new line: the torn one is skipped and counted, never glued to it.
    assert [r.get("event") for r in log.records()] == ["run.submitting", "job.accepted"]
    assert log.damaged_lines == 1
    assert "skipped 1 damaged line" in caplog.text


def test_a_short_write_is_reported_and_cut_back_to_the_previous_length(tmp_path, monkeypatch):
    log = AuditLog(tmp_path)
    log.append({"event": "run.submitting", "run_id": "r1"})
    before = log.path.read_bytes()
    real_write = audit_module.os.write
    monkeypatch.setattr(audit_module.os, "write", lambda fd, data: real_write(fd, data[: len(data) // 2]))
    with pytest.raises(AuditWriteFailed) as raised:
        log.append({"event": "job.accepted"})
    assert "could not be written" in raised.value.summary
    assert "not affected" in raised.value.next_step
    assert log.path.read_bytes() == before  # the half record is gone
    monkeypatch.undo()
    log.append({"event": "job.ended", "run_id": "r1"})
    assert [r["event"] for r in log.records()] == ["run.submitting", "job.ended"] and log.damaged_lines == 0


FULL_DISK_WRITER = """
import json, resource, signal, sys
from pathlib import Path
from reprotect_gui.services.audit import AuditLog, AuditWriteFailed
folder, limit = Path(sys.argv[1]), int(sys.argv[2])
if limit:  # no tmpfs: a file size limit stands in for the full disk (EFBIG instead of ENOSPC)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
log = AuditLog(folder)
failed = 0
for i in range(10_000):
    try:
        log.append({"event": "job.accepted", "run_id": "r1", "job_id": f"job-{i:05d}", "pad": "x" * 300})
    except AuditWriteFailed:
        failed += 1
        if failed >= 3:
            break
print(json.dumps({"failed": failed}))
"""


def _full_filesystem(tmp_path):
    """A tiny tmpfs (as root), else None: the writer then runs under RLIMIT_FSIZE."""
    import shutil
    import subprocess

    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("mount"):
        return None
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount_point)], capture_output=True)
    return mount_point if done.returncode == 0 else None


@pytest.mark.skipif(os.name != "posix", reason="a tmpfs or RLIMIT_FSIZE")
def test_a_full_filesystem_leaves_whole_lines_and_later_records_survive(tmp_path):
    """Fill the filesystem until appends fail; afterwards the audit parses line by line and a record
    written once space is back is read (job.accepted and job.ended are never glued and lost)."""
    import subprocess
    import sys

    tiny = _full_filesystem(tmp_path)
    folder = (tiny or tmp_path) / "data"
    folder.mkdir()
    try:
        out = subprocess.run(
            [sys.executable, "-c", FULL_DISK_WRITER, str(folder), "0" if tiny else str(40 * 1024)],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        assert json.loads(out.stdout)["failed"] == 3  # the disk really was full
        raw = (folder / "audit.jsonl").read_bytes()
        assert raw.endswith(b"\n")
        parsed = [json.loads(line) for line in raw.splitlines()]  # every line whole
        assert parsed and all(r["event"] == "job.accepted" for r in parsed)
        if tiny:
            for filler in tiny.glob("fill*"):
                filler.unlink()
        # Space comes back (or the limit is gone): the next records are whole and readable.
        (folder / "audit.jsonl").write_bytes(raw[: len(raw) // 2])  # and even a file torn by someone else
        log = AuditLog(folder)
        log.append({"event": "job.accepted", "run_id": "r2", "job_id": "later"})
        log.append({"event": "job.ended", "run_id": "r2", "job_id": "later", "outcome": "Succeeded"})
        events = [(r.get("run_id"), r["event"]) for r in log.records()]
        assert events[-2:] == [("r2", "job.accepted"), ("r2", "job.ended")]
        assert log.damaged_lines <= 1
    finally:
        if tiny:
            subprocess.run(["umount", "-l", str(tiny)], check=False)


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        ([("job.accepted", "a", None)], "in progress"),
        ([("job.accepted", "a", None), ("job.ended", "a", "Succeeded")], "succeeded"),
        (
            [
                ("job.accepted", "a", None),
                ("job.accepted", "b", None),
                ("job.ended", "a", "Succeeded"),
                ("job.ended", "b", "Failed"),
            ],
            "failed",
        ),
        ([("job.not_started", None, None)], "not started"),
    ],
)
def test_run_outcome(events, expected):
    records = [{"event": e, "job_id": j, "outcome": o} for e, j, o in events]
    assert run_outcome(records) == expected
