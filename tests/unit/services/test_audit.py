"""The audit log: whole lines only, scrubbed, readable after damage; runs summarised."""

from __future__ import annotations

import json
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
    assert [r.get("event") for r in log.records()] == ["run.submitting"]  # the torn line swallowed the next
    assert "damaged line" in caplog.text


def test_a_short_write_is_reported_as_an_audit_failure(tmp_path, monkeypatch):
    monkeypatch.setattr(audit_module.os, "write", lambda fd, data: len(data) // 2)
    with pytest.raises(AuditWriteFailed) as raised:
        AuditLog(tmp_path).append({"event": "job.accepted"})
    assert "could not be written" in raised.value.summary
    assert "not affected" in raised.value.next_step


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
