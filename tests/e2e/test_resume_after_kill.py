"""Issue 6 acceptance: an app killed with SIGKILL mid-job loses nothing ASR accepted.

A first process walks the training wizard to the submit and is killed once the journal holds the
job; a fresh process is offered the job at launch, follows the same job ID to its end and records
the outcome. The audit file parses line by line, and the planted secret is nowhere on disk.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DRIVER = ROOT / "tests" / "e2e" / "drive_app.py"
SECRET = "planted-S3cret-e2e-4b1d"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


@pytest.fixture
def app_env(tmp_path):
    env = dict(os.environ)
    env.update(
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        QT_QPA_PLATFORM="offscreen",
        REPROTECT_TEST_LOG=str(tmp_path / "app.log"),
        REPROTECT_TEST_SECRET=SECRET,
        PYTHONPATH=str(ROOT),
    )
    return env


def data_file(tmp_path: Path, name: str) -> Path:
    return tmp_path / "data" / "reprotect_gui" / name


def wait_for_line(process: subprocess.Popen, prefix: str, timeout_s: float) -> str:
    deadline = time.monotonic() + timeout_s
    assert process.stdout is not None
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if line.startswith(prefix):
            return line.strip()
        if not line and process.poll() is not None:
            break
    raise AssertionError(f"no {prefix!r} line from the app (exit code {process.poll()})")


def test_a_killed_app_resumes_the_same_job_to_its_end(tmp_path, app_env):
    first = subprocess.Popen(
        [sys.executable, str(DRIVER), "submit", "--speed", "4"],
        env=app_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
    )
    try:
        job_id = wait_for_line(first, "JOURNALED", 60).split()[1]
        time.sleep(1.0)  # mid-job: the job runs ~14 s at speed 4
        first.send_signal(signal.SIGKILL)
        assert first.wait(10) == -signal.SIGKILL
    finally:
        if first.poll() is None:
            first.kill()
            first.wait(10)
        assert first.stdout is not None
        first.stdout.close()

    journal = json.loads(data_file(tmp_path, "inflight-jobs.json").read_text(encoding="utf-8"))
    assert [j["job_id"] for j in journal["jobs"]] == [job_id]
    records = [json.loads(line) for line in data_file(tmp_path, "audit.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["event"] for r in records] == ["run.submitting", "job.accepted"]
    assert records[1]["job_id"] == job_id

    second = subprocess.run(
        [sys.executable, str(DRIVER), "resume", "--speed", "4"],
        env=app_env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert second.returncode == 0, second.stderr[-2000:]
    result = json.loads(second.stdout.strip().splitlines()[-1])
    assert result["offered"] == [job_id]
    assert result["ended"] == {job_id: "Succeeded"}
    assert set(result["tasks"][job_id]) == {"Succeeded"}

    lines = data_file(tmp_path, "audit.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]  # every line is whole JSON
    assert [r["event"] for r in records] == ["run.submitting", "job.accepted", "job.resumed", "job.ended"]
    assert len({r["run_id"] for r in records}) == 1
    ended = records[-1]
    assert ended["job_id"] == job_id and ended["outcome"] == "Succeeded"
    assert len(ended["tasks"]) == 5 and all(t["started"] and t["ended"] for t in ended["tasks"])
    assert json.loads(data_file(tmp_path, "inflight-jobs.json").read_text(encoding="utf-8"))["jobs"] == []

    app_log = Path(app_env["REPROTECT_TEST_LOG"]).read_text(encoding="utf-8")
    assert "client_secret=[redacted]" in app_log  # the planted line was logged, scrubbed
    for path in [*data_file(tmp_path, "").iterdir(), Path(app_env["REPROTECT_TEST_LOG"])]:
        assert SECRET not in path.read_text(encoding="utf-8"), path


def test_nothing_is_offered_when_no_job_was_in_flight(tmp_path, app_env):
    result = subprocess.run(
        [sys.executable, str(DRIVER), "resume"], env=app_env, capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert result.returncode == 3
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {"offered": []}
