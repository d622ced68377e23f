"""The drill report's failback journey as exported (issue 18): HTML and PDF show the timeline
reprotect → ready → failback → commit → protected to Azure with each step's choices and verdicts."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from reprotect_gui.ui.report_export import export_both, report_from_records
from tests.unit.domain.test_journey_report import modernized_plan_cycle

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils reads the PDF")


@needs_poppler
def test_the_journey_timeline_is_in_the_html_and_the_pdf(qtbot, tmp_path):
    report = report_from_records(modernized_plan_cycle())
    html_path, pdf_path = export_both(report, tmp_path / "journey.html")
    html = html_path.read_text(encoding="utf-8")
    text = " ".join(
        subprocess.run(["pdftotext", str(pdf_path), "-"], capture_output=True, text=True, check=True).stdout.split()
    )
    for document in (html, text):
        assert "Failback journey: reprotect → ready → failback → commit → protected to Azure" in document
        for title in (
            "Failback (FB-)",
            "Cancel of the failback (FB-12)",
            "Commit (CMT-)",
            "Protected to Azure again (REV-)",
        ):
            assert title in document
        assert "CMT-02: the application works on-premises" in document
        assert "FB-09 (accepted)" in document and "appliance-tokyo-01" in document
        assert "The journey is complete" in document
