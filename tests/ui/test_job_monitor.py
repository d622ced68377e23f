"""The job pane: several jobs at once, backoff with retries in words, errors with their check,
detaching, the tray notification, and the job page's audit and report."""

from __future__ import annotations

import json
import logging
import threading

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from reprotect_gui.domain.errors import UserFacingError
from reprotect_gui.domain.models import ClassicTarget, JobState, ReprotectRequest
from reprotect_gui.services.clock import SystemClock
from reprotect_gui.services.journal import JobJournal
from reprotect_gui.services.redaction import (
    RememberingSecretStore,
    forget_all_secrets,
    install_log_scrubbing,
    uninstall_log_scrubbing,
)
from reprotect_gui.training.backends import TrainingSiteRecovery
from reprotect_gui.training.scenario import load_scenario
from reprotect_gui.ui.job_monitor import JobEndNotifier, JobMonitor
from reprotect_gui.ui.jobs import JobRunner
from tests.ui.walk import COMMIT, accept_warnings, click, go_to_review

SECRET = "planted-Tr0ub4dor-ui-51"


def request(item_id: str) -> ReprotectRequest:
    return ReprotectRequest(
        item_id, item_id, ClassicTarget("mt-lnx-01", "ps-azure-01", "/mnt/retention/"), "ds", "p", ()
    )


class FlakyVault:
    """Fails the first `failures` job reads, like a vault answering 503 for a while."""

    def __init__(self, inner: TrainingSiteRecovery, failures: int) -> None:
        self.inner, self.failures = inner, failures
        self.reads = 0
        self.lock = threading.Lock()

    def _maybe_fail(self):
        with self.lock:
            self.reads += 1
            if self.reads <= self.failures:
                raise UserFacingError("The vault did not answer (503).", "Press Retry.")

    def list_jobs(self, started_after):
        self._maybe_fail()
        return self.inner.list_jobs(started_after)

    def read_job(self, job_id: str):
        self._maybe_fail()
        return self.inner.read_job(job_id)

    def read_replication(self, item_ids):
        return self.inner.read_replication(item_ids)


@pytest.fixture
def vault():
    return TrainingSiteRecovery(load_scenario(), SystemClock(), latency_s=0, speed=200)


@pytest.fixture
def monitor(qtbot, vault):
    runner = JobRunner()
    made = []

    def make(site_recovery=vault):
        m = JobMonitor(runner, site_recovery, SystemClock(), time_scale=0.01)
        qtbot.addWidget(m)
        m.show()
        made.append(m)
        return m

    yield make
    for m in made:
        m.stop()
    runner.shutdown(2000)


def test_several_jobs_are_followed_at_once_to_their_end(qtbot, monitor, vault):
    m = monitor()
    ids = [vault.submit_reprotect(request(i)).job_id for i in ("app-lnx-01", "app-lnx-02", "web-01")]
    for job_id in ids:
        m.follow(job_id, job_id)
    ended = []
    m.job_ended.connect(ended.append)
    with qtbot.waitSignal(m.all_ended, timeout=10000):
        pass
    assert sorted(j.job_id for j in ended) == sorted(ids)
    assert m.percent_done() == 100
    top = {m.tree.topLevelItem(i).text(0): m.tree.topLevelItem(i) for i in range(3)}
    ok = top[ids[0]]
    assert ok.text(1) == ids[0]  # the ASR job ID is on the row
    assert ok.text(2) == "Succeeded" and ok.childCount() == 5
    task = ok.child(0)
    assert task.text(2) == "Succeeded" and task.text(3) and task.text(4) and ":" in task.text(5)
    failed_task = next(top[ids[1]].child(i) for i in range(5) if top[ids[1]].child(i).text(2) == "Failed")
    error = failed_task.child(0)
    assert error.text(0) == "Error 95226"
    labels = [error.child(i).text(0) for i in range(error.childCount())]
    assert labels == ["Possible causes (ASR)", "Recommended action (ASR)", "Known cause (SUB-07, check INF-03)", "Fix"]


def test_failed_reads_back_off_and_say_so_then_recover(qtbot, monitor, vault):
    flaky = FlakyVault(vault, failures=2)
    m = monitor(flaky)
    job_id = vault.submit_reprotect(request("web-01")).job_id
    m.follow(job_id, "web-01")
    qtbot.waitUntil(lambda: "attempt 2" in m.poll_status.text(), timeout=5000)
    text = m.poll_status.text()
    assert f"The progress of job {job_id} could not be read: The vault did not answer (503)." in text
    assert "Trying again in a moment (attempt 2); the jobs keep running in Azure." in text
    assert "Press Retry" not in text  # the pane retries by itself
    first_wait = m.follower.interval_s
    qtbot.waitUntil(lambda: flaky.reads >= 2, timeout=5000)
    qtbot.waitUntil(
        lambda: "works again after 2 failed attempt(s)" in m.poll_status.text() or m.finished(), timeout=5000
    )
    assert first_wait > 2.0  # backed off from the 2 s start
    with qtbot.waitSignal(m.all_ended, timeout=10000):
        pass
    assert m.jobs[job_id].state is JobState.SUCCEEDED


def test_the_pane_detaches_into_its_own_window_and_comes_back(qtbot, make_wizard):
    wizard = make_wizard()
    go_to_review(qtbot, wizard, vm="web-01")
    accept_warnings(wizard)
    click(wizard, COMMIT)
    page = wizard.job_page
    pane = page.monitor
    pane.detach_button.click()
    assert pane.detached and pane.window() is not wizard and pane.window().isVisible()
    assert page.detached_note.isVisible()
    qtbot.waitUntil(page.isComplete, timeout=15000)  # still followed while detached
    pane.window().close()
    assert not pane.detached and pane.window() is wizard and not page.detached_note.isVisible()
    assert pane.detach_button.text() == "&Detach"


def test_a_job_ending_in_the_background_notifies(qtbot, vault, monkeypatch):
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    notifier = JobEndNotifier(window)
    job = vault.read_job(vault.submit_reprotect(request("web-01")).job_id)
    monkeypatch.setattr(notifier, "in_background", lambda: False)
    assert notifier.job_ended(job) is False and notifier.sent == []
    monkeypatch.setattr(notifier, "in_background", lambda: True)
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    assert notifier.job_ended(job) is True
    channel, title, text = notifier.sent[-1]
    assert channel == "alert" and "web-01" in title and job.job_id in text
    shown = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda self, *args: shown.append(args[:2]))
    notifier.job_ended(job)
    assert notifier.sent[-1][0] == "tray" and shown == [(notifier.sent[-1][1], notifier.sent[-1][2])]


def test_a_hidden_window_counts_as_background(qtbot):
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    assert JobEndNotifier(window).in_background()


@pytest.fixture
def planted(monkeypatch):
    """Test credentials holding a secret, which the trained ASR error of app-lnx-02 also echoes."""
    forget_all_secrets()
    install_log_scrubbing()
    store = RememberingSecretStore(_DictStore())
    store.set("reprotect-gui/azure-client-secret", "tenant/app", SECRET)
    yield SECRET
    uninstall_log_scrubbing()
    forget_all_secrets()


class _DictStore:
    def __init__(self):
        self.values = {}

    def get(self, service, user):
        return self.values.get((service, user))

    def set(self, service, user, secret):
        self.values[(service, user)] = secret

    def delete(self, service, user):
        self.values.pop((service, user), None)


def test_a_plan_run_is_audited_and_reported_without_the_planted_secret(qtbot, make_wizard, tmp_path, planted, caplog):
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="azure.identity")  # the ASR adapter keeps "azure" at WARNING
    scenario = load_scenario()
    error = scenario.raw["job"]["errors"]["95226"]
    error["message"] += f" (diagnostic upload https://diag.blob.core.windows.net/x?sig={planted} token {planted})"
    scenario = load_scenario_from_raw(tmp_path, scenario.raw)
    wizard = make_wizard(scenario=scenario)
    from reprotect_gui.services.audit import AuditLog

    wizard.session.journal = JobJournal(tmp_path)
    wizard.session.audit = AuditLog(tmp_path)
    logging.getLogger("azure.identity").debug("refreshing with client_secret=%s", planted)
    go_to_review(qtbot, wizard, plan="RP-Linux-Apps", datastore="ds-vmfs-gold-02")
    accept_warnings(wizard)
    click(wizard, COMMIT)
    page = wizard.job_page
    qtbot.waitUntil(page.report_ready, timeout=15000)

    records = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["event"] for r in records].count("job.ended") == 2
    start = records[0]
    assert start["operators"] == {"azure": "dr-operator@contoso.onmicrosoft.com", "vcenter": "CONTOSO\\dr-operator"}
    assert start["subject"] == {"kind": "plan", "id": start["subject"]["id"], "name": "RP-Linux-Apps"}
    assert {v["check_id"] for v in start["verdicts"] if v["acknowledged"]} >= {"MT-15"}
    assert JobJournal(tmp_path).pending() == ()
    html_path, pdf_path = page.export_report_to(tmp_path / "report" / "drill.html")
    html = html_path.read_text(encoding="utf-8")
    assert "RP-Linux-Apps" in html and "Error 95226" in html and "SUB-04" in html

    assert "client_secret=[redacted]" in caplog.text
    for text in (caplog.text, (tmp_path / "audit.jsonl").read_text(encoding="utf-8"), html, pdf_text(pdf_path)):
        assert planted not in text
    assert "sig=[redacted]" in html


def load_scenario_from_raw(tmp_path, raw):
    path = tmp_path / "scenario.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return load_scenario(path)


def pdf_text(path) -> str:
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is needed to read the PDF's text")
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_plan_mode_is_ready_only_when_every_member_is_rdy13(qtbot, monitor, vault, monkeypatch):
    monkeypatch.setattr("reprotect_gui.ui.follower.READINESS_INTERVAL_S", 20.0)  # × 0.01: 0.2 s
    m = monitor()
    m.plan_name = "RP-Web-Tier"
    for item in ("web-01", "web-02"):  # web-02: the training estate's readiness trap
        m.follow(vault.submit_reprotect(request(item)).job_id, item, item_id=item, item_name=item)
    qtbot.waitUntil(lambda: m.readiness_tree.topLevelItemCount() == 2, timeout=10000)
    qtbot.waitUntil(lambda: m.readiness_tree.topLevelItem(0).text(1) == "Ready for failback", timeout=10000)
    assert m.readiness_tree.topLevelItem(1).text(1).startswith("Not yet — RDY-03")
    assert "Plan RP-Web-Tier: not yet — 1 of 2 member(s) not ready: web-02. (RDY-13)" in m.readiness_title.text()
