"""The drill report after issue 11: the readiness table (RDY-), no failback advice after a failed
reprotect, one VM on one page, and disk names never broken mid-word."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from reprotect_gui.domain.checks.readiness import Readiness
from reprotect_gui.domain.verdicts import Status, Verdict
from reprotect_gui.services.tracking import RunRecorder, record_readiness
from reprotect_gui.ui.report_export import export_both, report_from_records
from tests.fakes import ManualClock
from tests.ui.test_report_export import run_records

needs_poppler = pytest.mark.skipif(
    shutil.which("pdfinfo") is None or shutil.which("pdftotext") is None, reason="poppler-utils reads the PDF"
)
LONG_DISKS = [
    {"id": f"d{i}", "name": f"[ds-vmfs-gold-02] app-lnx-01/app-lnx-01_data_volume_{i:02d}.vmdk", "size_gb": 512}
    for i in range(6)
]


def readiness_records(run_id: str) -> list[dict]:
    recorder = RunRecorder(run_id, "rsv", ManualClock())
    not_yet = Readiness("app-lnx-01", (Verdict("RDY-05", Status.BLOCK, "Initial replication is at 40 %."),))
    ready = Readiness("app-lnx-01", (Verdict("RDY-03", Status.PASS, "Protected, replication health Normal."),))
    record_readiness(recorder, "app-lnx-01", not_yet)
    record_readiness(recorder, "app-lnx-01", ready)
    return recorder.kept


@needs_poppler
def test_one_vm_fits_one_page_with_its_readiness_and_whole_disk_names(qtbot, tmp_path):
    records = run_records("app-lnx-01", "Linux", "r1")
    records[0]["choices"]["items"][0]["disks"] = LONG_DISKS
    report = report_from_records(records + readiness_records("r1"))
    assert [(r.item_name, r.ready, r.verdict) for r in report.readiness] == [
        ("app-lnx-01", True, "Ready for failback")
    ]  # the last recorded verdict per VM
    html_path, pdf_path = export_both(report, tmp_path / "one.html")
    html = html_path.read_text(encoding="utf-8")
    assert "Ready for failback?" in html and "✔ Ready for failback" in html
    info = subprocess.run(["pdfinfo", str(pdf_path)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.MULTILINE), info
    text = subprocess.run(["pdftotext", "-layout", str(pdf_path), "-"], capture_output=True, text=True).stdout
    for disk in LONG_DISKS:
        name = disk["name"].split("/")[-1]
        assert name in text, f"{name} was broken across lines"
    assert "Ready for failback" in text


@needs_poppler
def test_a_failed_reprotect_gets_no_failback_advice_and_no_readiness(qtbot, tmp_path):
    records = run_records("app-lnx-02", "Linux", "r2") + readiness_records("r2")
    report = report_from_records(records)
    assert report.readiness == ()
    html_path, pdf_path = export_both(report, tmp_path / "failed.html")
    html = html_path.read_text(encoding="utf-8")
    after = html[html.index("<h2>After the job</h2>") :]
    assert "failback" not in after.lower() and "fail back" not in after.lower(), after
    assert "SUB-06" not in after and "Ready for failback?" not in html
    assert "1 of 1 reprotect(s) did not succeed." in html and "run the reprotect again" in after
    text = subprocess.run(["pdftotext", "-layout", str(pdf_path), "-"], capture_output=True, text=True).stdout
    assert "Next step: failback" not in text
