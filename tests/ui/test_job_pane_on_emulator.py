"""The job pane on the HTTPS ASR emulator through the real Azure SDK (issue 11): a failed job's
details fully visible and copied verbatim, a job returned under another name, a Cancelling job, a
Suspended job, a 202 without headers, Retry-After: 3600 — and readiness after success (RDY-)."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration" / "asr"))

from asr_estate import classic_estate, item_id  # noqa: E402
from asr_testkit import FAST, RecordingContext, TestCredential, request_for  # noqa: E402
from emulator import AsrEmulator, Fault  # noqa: E402

from reprotect_gui.asr.settings import VaultLocation  # noqa: E402
from reprotect_gui.asr.site_recovery import ArmSiteRecovery  # noqa: E402
from reprotect_gui.domain.models import JobState  # noqa: E402
from reprotect_gui.domain.polling import RETRY_AFTER_CEILING_S  # noqa: E402
from reprotect_gui.services.clock import SystemClock  # noqa: E402
from reprotect_gui.ui.job_monitor import C_ID, C_STATE, JobMonitor  # noqa: E402
from reprotect_gui.ui.jobs import JobRunner  # noqa: E402

pytestmark = pytest.mark.integration
SCALE = 0.01  # the pane's waits, scaled (a 60 s wait takes 0.6 s here)


@pytest.fixture
def emulator():
    emu = AsrEmulator(classic_estate(vm_count=3), job_step_seconds=0.05, replication_seconds=0.3)
    emu.start()
    yield emu
    emu.stop()


@pytest.fixture
def adapter(emulator):
    location = VaultLocation(emulator.subscription_id, emulator.resource_group, emulator.vault)
    a = ArmSiteRecovery(
        TestCredential(), location, settings=FAST, base_url=emulator.url, connection_verify=emulator.ca_path
    )
    a.read_site(RecordingContext())
    return a


@pytest.fixture
def pane(qtbot, adapter):
    runner = JobRunner()
    made = []

    def make():
        m = JobMonitor(runner, adapter, SystemClock(), time_scale=SCALE)
        qtbot.addWidget(m)
        m.resize(900, 700)
        m.show()
        made.append(m)
        return m

    yield make
    for m in made:
        m.stop()
    runner.shutdown(3000)


def submit(adapter, name: str) -> str:
    return adapter.submit_reprotect(request_for(name)).job_id


def test_a_failed_jobs_details_are_fully_visible_and_copied_verbatim(qtbot, pane, adapter, emulator):
    message = (
        "Reprotect failed because the Azure virtual machine was not able to reach the on-premises configuration "
        "server cs-01.contoso.local over port 443 and 9443 (attempted for 15 minutes, last try 10:42 UTC)."
    )
    emulator.fail_next_reprotect(item_id("vm-app-01"), provider_code=95226, message=message)
    m = pane()
    job_id = submit(adapter, "vm-app-01")
    m.follow(job_id, "vm-app-01", item_id=item_id("vm-app-01"), item_name="vm-app-01")
    qtbot.waitSignal(m.all_ended, timeout=15000).wait()
    row = m.tree.topLevelItem(0)
    assert row.text(C_ID) == job_id and row.text(C_STATE) == "Failed"
    text = m.details.toPlainText()  # the failed task was selected by itself
    for expected in (
        "VM: vm-app-01",
        f"ASR job ID: {job_id}",
        "Task: Updating the provider states — Failed",
        "Error code: 95226",
        f"Message: {message}",
        "Possible causes (ASR): The Azure VM could not reach the configuration server.",
        "Recommended action (ASR): Check connectivity from the Azure VM to the configuration server on 443 and 9443.",
        "Known cause (SUB-07, check INF-03):",
        "Fix: Make sure the failed-over VM reaches the configuration server",
        "Time: ",
    ):
        assert expected in text, expected
    # No elision: the details area wraps at its width and shows every character.
    assert m.details.lineWrapMode() == m.details.LineWrapMode.WidgetWidth and m.details.isReadOnly()
    assert m.details.document().toPlainText() == text
    assert m.details.horizontalScrollBar().maximum() == 0  # wrapped, nothing cut off to the right
    assert m.copy_button.isEnabled() and m.copy_button.accessibleName()
    copied = m.copy_details()
    assert QApplication.clipboard().text() == copied == text


def test_a_job_returned_under_another_name_is_followed_to_its_end(qtbot, pane, adapter, emulator):
    emulator.job_step_seconds = 0.2
    m = pane()
    job_id = submit(adapter, "vm-app-01")
    emulator.rename_job(job_id, "renamed-by-asr")
    m.follow(job_id, "vm-app-01")
    qtbot.waitSignal(m.all_ended, timeout=15000).wait()
    assert m.jobs[job_id].state is JobState.SUCCEEDED and m.jobs[job_id].job_id == "renamed-by-asr"
    assert m.tree.topLevelItem(0).text(C_STATE) == "Succeeded"


def test_a_cancelling_job_shows_asrs_word_and_stays_followed(qtbot, pane, adapter, emulator):
    m = pane()
    job_id = submit(adapter, "vm-app-01")
    emulator.hold_job(job_id, "Cancelling")
    m.follow(job_id, "vm-app-01")
    row = m.tree.topLevelItem(0)
    qtbot.waitUntil(lambda: row.text(C_STATE) == "Cancelling", timeout=10000)
    polls = m.follower.polls
    qtbot.waitUntil(lambda: m.follower.polls > polls + 1, timeout=10000)  # still followed: not final
    assert not m.finished()
    emulator.release_job(job_id)
    qtbot.waitSignal(m.all_ended, timeout=15000).wait()


def test_a_suspended_job_says_what_it_waits_for_and_what_asr_allows(qtbot, pane, adapter, emulator):
    m = pane()
    job_id = submit(adapter, "vm-app-01")
    emulator.hold_job(job_id, "Suspended", "WaitingForStopTestFailover", ("Cancel", "Resume"))
    m.follow(job_id, "vm-app-01")
    row = m.tree.topLevelItem(0)
    qtbot.waitUntil(lambda: row.text(C_STATE) == "Suspended — WaitingForStopTestFailover", timeout=10000)
    m.select_job(job_id)
    text = m.details.toPlainText()
    assert "Waiting: WaitingForStopTestFailover." in text
    assert "In the Azure portal you can cancel it, resume it." in text
    assert "ASR allows cancelling this job (in the Azure portal); closing the wizard does not cancel it." in text
    emulator.release_job(job_id)
    qtbot.waitSignal(m.all_ended, timeout=15000).wait()


def test_a_202_without_headers_says_so_then_follows_the_job_when_it_shows(qtbot, pane, adapter, emulator):
    emulator.inject(Fault.accepted_untracked())  # no job yet: answered before it was handled
    result = adapter.submit_reprotect(request_for("vm-app-01"))
    assert result.untracked
    m = pane()
    m.await_job(item_id("vm-app-01"), "vm-app-01", "vm-app-01")
    assert m.tree.topLevelItem(0).text(C_STATE) == "Looking for its job…"
    qtbot.waitUntil(lambda: "without a job to follow yet" in m.poll_status.text(), timeout=10000)
    adopted = []
    m.adopted.connect(lambda item, job: adopted.append((item, job)))
    job_id = submit(adapter, "vm-app-01")  # the job shows on the item (as ASR would, later)
    qtbot.waitSignal(m.all_ended, timeout=15000).wait()
    assert adopted == [(item_id("vm-app-01"), job_id)]
    assert m.tree.topLevelItem(0).text(C_ID) == job_id and m.jobs[job_id].state is JobState.SUCCEEDED


def test_a_202_without_headers_and_no_job_ever_says_what_to_check(qtbot, pane, adapter, emulator):
    emulator.inject(Fault.accepted_untracked())
    adapter.submit_reprotect(request_for("vm-app-01"))
    m = pane()
    m.model.no_job_wait_s = 0.5
    m.await_job(item_id("vm-app-01"), "vm-app-01", "vm-app-01")
    row = m.tree.topLevelItem(0)
    qtbot.waitUntil(lambda: row.text(C_STATE) == "Not started", timeout=10000)
    (entry,) = m.model.entries()
    assert "without a tracking address" in entry.problem and "Site Recovery jobs" in entry.problem
    assert m.finished()


def test_retry_after_3600_is_capped_and_the_wait_is_shown(qtbot, pane, adapter, emulator):
    emulator.job_step_seconds = 0.2
    m = pane()
    job_id = submit(adapter, "vm-app-01")
    emulator.inject(Fault.throttle(retry_after=3600, path_contains="replicationJobs"))
    m.follow(job_id, "vm-app-01")
    qtbot.waitUntil(lambda: "Azure asked to wait 3600 s" in m.poll_status.text(), timeout=10000)
    text = m.poll_status.text()
    assert f"the wizard waits at most {RETRY_AFTER_CEILING_S:.0f} s" in text
    assert "Press Retry" not in text and "press Retry" not in text  # it retries by itself
    assert m.follower.last_wait.seconds == RETRY_AFTER_CEILING_S and m.follower.last_wait.asked_s == 3600
    assert 0 < m.follower.next_poll_ms() <= RETRY_AFTER_CEILING_S * SCALE * 1000  # the ceiling holds
    qtbot.waitSignal(m.all_ended, timeout=15000).wait()  # and following goes on
    assert m.jobs[job_id].state is JobState.SUCCEEDED


def test_readiness_after_success_reaches_ready_and_names_the_trap(qtbot, pane, adapter, emulator, monkeypatch):
    monkeypatch.setattr("reprotect_gui.ui.follower.READINESS_INTERVAL_S", 20.0)  # × SCALE: 0.2 s
    emulator.never_healthy(item_id("vm-app-02"))
    m = pane()
    start = datetime.now(UTC)
    for name in ("vm-app-01", "vm-app-02"):
        m.follow(submit(adapter, name), name, item_id=item_id(name), item_name=name, since=start)
    qtbot.waitSignal(m.all_ended, timeout=15000).wait()

    def row_text(n: int) -> str:
        item = m.readiness_tree.topLevelItem(n)
        return item.text(1) if item is not None else ""

    qtbot.waitUntil(lambda: row_text(0) == "Ready for failback", timeout=15000)
    assert m.readiness_tree.isVisible()
    assert row_text(1).startswith("Not yet — RDY-03: Replication health is Critical")
    m.readiness_tree.setCurrentItem(m.readiness_tree.topLevelItem(1))
    details = m.details.toPlainText()
    assert "[WARN] RDY-04: 78122:" in details and "[BLOCK] RDY-05:" in details
