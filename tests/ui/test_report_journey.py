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


@needs_poppler
def test_the_journey_timeline_in_japanese(qtbot, tmp_path):
    """Issue 14's report language reaches the journey too: stage titles, labels, statements, next step."""
    report = report_from_records(modernized_plan_cycle())
    html_path, pdf_path = export_both(report, tmp_path / "journey-ja.html", language="ja")
    html = html_path.read_text(encoding="utf-8")
    text = " ".join(
        subprocess.run(["pdftotext", str(pdf_path), "-"], capture_output=True, text=True, check=True).stdout.split()
    )
    assert "フェールバックの経過: 再保護 → 準備完了 → フェールバック → コミット → Azure への再保護" in html
    assert "フェールバックの取り消し (FB-12)" in html and "コミット (CMT-)" in html
    assert "CMT-02: アプリケーションはオンプレミスで動作している" in html and "経過は完了しました" in html
    assert ">準備完了<" in html  # the readiness outcome
    assert (
        "FB-09 (承認済み): esx-02 has 2048 MB free" in html
    )  # the finding as recorded (a test sentence)  # the readiness outcome and the accepted warning
    assert "Failback journey" not in html and "Not reached yet" not in html and "(accepted)" not in html
    # The PDF: CJK text may break at any character, and pdftotext maps some kanji to radicals (⾏ for 行).
    assert "コミット (CMT-)" in text and "(FB-12)" in text and "CMT-02:" in text and "Not reached yet" not in text


def test_a_step_findings_template_is_kept_in_the_audit_and_shown_in_the_reports_language(qtbot):
    """services/journey.py keeps each verdict's template (finding_text), as the reprotect's run record does."""
    from reprotect_gui.domain.messages import t
    from reprotect_gui.domain.verdicts import Status, Verdict
    from reprotect_gui.services.tracking import RunRecorder
    from reprotect_gui.ui.report_export import report_html
    from tests.fakes import ManualClock
    from tests.journey_records import CLASSIC, failback, step

    clock = ManualClock()
    recorder = RunRecorder("r8", "rsv-dr", clock)
    finding = t("The configuration server has not sent a heartbeat in {window}.", window="20 min")
    step(recorder, clock, failback("web-01", CLASSIC), verdicts=[Verdict("FB-08", Status.WARN, finding)])
    assert recorder.kept[0]["verdicts"][0]["finding_text"]["template"] == finding.template
    html = report_html(report_from_records(recorder.kept), language="ja")
    assert "FB-08: 構成サーバーから20 minハートビートが届いていません。" in html
