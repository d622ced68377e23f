"""Drill report export: HTML and PDF for a succeeded and a failed job, the PDF looked at as an
image (the timeline bars are drawn), and the audit history dialog that offers past runs."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import timedelta

import pytest
from PySide6.QtGui import QColor, QImage

from reprotect_gui.domain.models import ClassicTarget, JobState, ReprotectRequest
from reprotect_gui.domain.report import BAR_COLOURS
from reprotect_gui.services.audit import AuditLog, accepted_record, ended_record
from reprotect_gui.training.backends import TrainingSiteRecovery
from reprotect_gui.training.scenario import load_scenario
from reprotect_gui.ui.jobs import JobRunner
from reprotect_gui.ui.report_export import AuditHistoryDialog, export_both, report_from_records
from tests.fakes import ManualClock

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None, reason="poppler-utils reads the PDF"
)


def run_records(item_id: str, os_type: str, run_id: str) -> list[dict]:
    clock = ManualClock()
    vault = TrainingSiteRecovery(load_scenario(), clock, latency_s=0)
    req = ReprotectRequest(
        item_id, item_id, ClassicTarget("mt-lnx-01", "ps-azure-01", "/mnt/retention/"), "ds-vmfs-gold-02", "policy", ()
    )
    job_id = vault.submit_reprotect(req).job_id
    start = {
        "event": "run.submitting",
        "run_id": run_id,
        "at": clock.now().isoformat(),
        "training": True,
        "operators": {"azure": "dr-operator@contoso.onmicrosoft.com", "vcenter": "CONTOSO\\dr-operator"},
        "vault": "rsv-contoso-dr-japaneast",
        "subject": {"kind": "item", "id": item_id, "name": item_id},
        "choices": {
            "master_target": {"id": "mt-lnx-01", "name": "mt-lnx-01", "esxi_host": "esx-02.contoso.local"},
            "process_server": {"id": "ps-azure-01", "name": "ps-azure-01", "location": "Azure"},
            "policy": {
                "id": "p",
                "name": "policy-failback-tokyo",
                "rpo_threshold_minutes": 15,
                "recovery_point_history_minutes": 1440,
                "app_consistent_frequency_minutes": 60,
            },
            "items": [
                {
                    "item_id": item_id,
                    "name": item_id,
                    "os_type": os_type,
                    "datastore": "ds-vmfs-gold-02",
                    "retention_drive": "/mnt/retention/",
                    "disks": [{"id": "os", "name": "os", "size_gb": 64}],
                }
            ],
        },
        "verdicts": [
            {
                "check_id": "MT-15",
                "status": "warn",
                "subject": item_id,
                "finding": "disk.EnableUUID is not set",
                "acknowledged": True,
            },
            {"check_id": "DS-01", "status": "pass", "subject": "", "finding": "VMFS", "acknowledged": False},
        ],
    }
    clock.advance(minutes=5)
    job = vault.read_job(job_id)
    return [
        start,
        accepted_record(run_id, clock.now() - timedelta(minutes=5), job_id, item_id, item_id, False),
        ended_record(run_id, clock.now(), job),
    ]


@pytest.mark.parametrize(
    ("item_id", "outcome", "expected"),
    [
        ("app-lnx-01", JobState.SUCCEEDED, ["Reprotect succeeded for 1 VM(s).", "Next step: failback", "SUB-04"]),
        ("app-lnx-02", JobState.FAILED, ["1 of 1 reprotect(s) did not succeed.", "Error 95226", "INF-03"]),
    ],
)
@needs_poppler
def test_html_and_pdf_for_a_succeeded_and_a_failed_job(qtbot, tmp_path, item_id, outcome, expected):
    records = run_records(item_id, "Linux", "r-" + item_id)
    assert records[-1]["outcome"] == outcome.value
    report = report_from_records(records)
    html_path, pdf_path = export_both(report, tmp_path / f"{item_id}.html")
    html = html_path.read_text(encoding="utf-8")
    pdf = subprocess.run(
        ["pdftotext", "-layout", str(pdf_path), "-"], capture_output=True, text=True, check=True
    ).stdout
    for text in (html, re.sub(r"-\s+", "-", " ".join(pdf.split()))):  # words wrapped at a hyphen joined again
        for phrase in [
            *expected,
            "SUB-01",
            "mt-lnx-01",
            "ds-vmfs-gold-02",
            "MT-15",
            "Starting replication",
            "CONTOSO\\dr-operator",
        ]:
            assert phrase in text, phrase
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf_path), str(tmp_path / "page")], check=True)
    colours = set()
    for png in sorted(tmp_path.glob("page-*.png")):
        image = QImage(str(png))
        assert not image.isNull() and image.width() > 400
        colours |= {
            image.pixelColor(x, y).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
        }
    bar = QColor(BAR_COLOURS[outcome.value if outcome is JobState.FAILED else "Succeeded"])
    assert any(_near(QColor(c), bar) for c in colours), "the timeline bars are drawn in the PDF"


def _near(a: QColor, b: QColor, tolerance: int = 24) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) <= tolerance


def test_the_audit_history_lists_past_runs_and_makes_their_report(qtbot, tmp_path):
    audit = AuditLog(tmp_path)
    for r in run_records("app-lnx-01", "Linux", "r1") + run_records("app-lnx-02", "Linux", "r2")[:2]:
        audit.append(r)
    runner = JobRunner()
    dialog = AuditHistoryDialog(audit, runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.runs_view.topLevelItemCount() == 2, timeout=3000)
    outcomes = {dialog.runs_view.topLevelItem(i).text(1): dialog.runs_view.topLevelItem(i).text(3) for i in range(2)}
    assert outcomes == {"app-lnx-01": "succeeded", "app-lnx-02": "in progress"}
    assert not dialog.report_button.isEnabled()
    dialog.runs_view.topLevelItem(0).setSelected(True)
    assert dialog.report_button.isEnabled()
    report = dialog.load_report(dialog.selected_run().run_id)
    assert report.subject_name == dialog.selected_run().subject
    runner.shutdown(2000)


def test_an_empty_audit_history_says_so(qtbot, tmp_path):
    runner = JobRunner()
    dialog = AuditHistoryDialog(AuditLog(tmp_path), runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "No reprotect run" in dialog.status.text(), timeout=3000)
    runner.shutdown(2000)


def test_a_report_cannot_be_written_into_a_file_path(qtbot, tmp_path):
    from reprotect_gui.ui.report_export import ReportExportFailed, export_html

    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ReportExportFailed) as raised:
        export_html(report_from_records(run_records("app-lnx-01", "Linux", "r1")), blocker / "r.html")
    assert "could not be written" in raised.value.summary and "Choose a folder" in raised.value.next_step


@needs_poppler
def test_bidi_and_control_characters_in_names_are_visible_in_the_html_and_the_pdf(qtbot, tmp_path):
    """Issue 12: U+202E, ESC and NUL in a name never reach the report raw."""
    records = run_records("app-lnx-01", "Linux", "r-bidi")
    records[0]["subject"]["name"] = "app\u202eexe.txt\x1b\x00"
    records[0]["choices"]["items"][0]["datastore"] = "ds\u202egold"
    html_path, pdf_path = export_both(report_from_records(records), tmp_path / "bidi.html")
    html = html_path.read_text(encoding="utf-8")
    pdf = subprocess.run(["pdftotext", str(pdf_path), "-"], capture_output=True, text=True, check=True).stdout
    for text in (html, pdf):
        assert "\u202e" not in text and "\x1b" not in text and "\x00" not in text
        assert "[U+202E]exe.txt[U+001B][U+0000]" in text.replace("\n", "")


def test_past_runs_say_how_many_damaged_lines_were_skipped(qtbot, tmp_path):
    """Issue 12: a torn record is counted and said; the next one is still listed."""
    audit = AuditLog(tmp_path)
    records = run_records("app-lnx-01", "Linux", "r1")
    audit.append(records[0])
    with audit.path.open("ab") as f:
        f.write(b'{"event": "job.acc')  # torn by a crash, no newline
    for r in records[1:]:
        audit.append(r)
    runner = JobRunner()
    dialog = AuditHistoryDialog(audit, runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.runs_view.topLevelItemCount() == 1, timeout=3000)
    assert dialog.runs_view.topLevelItem(0).text(3) == "succeeded"  # job.accepted and job.ended both read
    assert "1 damaged line(s) in the file were skipped" in dialog.status.text()
    runner.shutdown(2000)
