"""Issue 12, through the wizard: a journal that can't be written does not lose the audit record of an
accepted job, and the job page says the job won't be offered again after a restart, and why."""

from __future__ import annotations

import json

from reprotect_gui.services.audit import AuditLog
from reprotect_gui.services.journal import JobJournal
from tests.ui.walk import COMMIT, accept_warnings, click, go_to_review


def test_a_journal_failure_is_shown_on_the_job_page_and_the_job_is_audited(qtbot, make_wizard, tmp_path):
    wizard = make_wizard()
    wizard.session.journal = JobJournal(tmp_path)
    wizard.session.audit = AuditLog(tmp_path)
    (tmp_path / JobJournal.FILE_NAME).mkdir()  # the journal's name is taken: every write fails
    go_to_review(qtbot, wizard, plan="RP-Linux-Apps", datastore="ds-vmfs-gold-02")
    accept_warnings(wizard)
    click(wizard, COMMIT)
    page = wizard.job_page
    qtbot.waitUntil(lambda: bool(page.outcomes), timeout=15000)
    text = page.record_status.text()
    assert "will not be offered again after a restart because" in text and JobJournal.FILE_NAME in text
    records = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text(encoding="utf-8").splitlines()]
    accepted = [r["job_id"] for r in records if r["event"] == "job.accepted"]
    assert accepted == page.job_ids() and len(accepted) == 2  # Past runs and the report count both jobs
    qtbot.waitUntil(page.report_ready, timeout=15000)
    assert "0 of 0" not in page.report().outcome_text
