"""Take the Japanese screenshots of issue 14 from the real app on the training estate.

    xvfb-run -a -s "-screen 0 1280x900x24" python docs/take_ja_screenshots.py

writes docs/screenshots/ja-review.png (Review with blocks and warnings), ja-job-failed.png (a failed
job with its details: ASR's error, the known cause and the fix) and ja-report.png (page 1 of the drill report PDF,
rendered by poppler's pdftoppm).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reprotect_gui.app import build_training_wizard  # noqa: E402
from reprotect_gui.domain.checks.facts import LinkType  # noqa: E402
from reprotect_gui.domain.models import JobState  # noqa: E402
from reprotect_gui.services.audit import AuditLog  # noqa: E402
from reprotect_gui.services.journal import JobJournal  # noqa: E402
from reprotect_gui.training.scenario import load_scenario  # noqa: E402
from reprotect_gui.ui import i18n, report_export  # noqa: E402
from tests.ui.walk import COMMIT, accept_warnings, click, go_to_review  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    app = QApplication(sys.argv[:1])
    i18n.install_language("ja")

    def wait(condition, seconds: float = 30) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            if condition():
                return
            time.sleep(0.02)
        raise TimeoutError("the wizard did not get there in time")

    class Waiter:
        def waitUntil(self, condition, timeout: int = 5000) -> None:  # noqa: N802 (qtbot's name)
            wait(condition, timeout / 1000)

    def shot(window, name: str) -> Path:
        for _ in range(30):
            app.processEvents()
            time.sleep(0.01)
        OUT.mkdir(parents=True, exist_ok=True)
        path = OUT / name
        window.grab().save(str(path))
        print(path)
        return path

    def new_wizard():
        wizard = build_training_wizard(load_scenario(), speed=40, latency_s=0.05)
        wizard.session.confirm = lambda *_: True  # the confirmation dialog is accepted
        wizard.resize(1180, 860)
        wizard.show()
        wait(lambda: wizard.session.estate is not None)
        return wizard

    # 1. Review with blocks and warnings: erp-01 keeps its RDM disk (DS-06 blocks) and goes to the silver
    #    datastore, too small for its disks (DS-05 warns), over a site-to-site VPN.
    wizard = new_wizard()
    go_to_review(Waiter(), wizard, vm="erp-01", datastore="ds-vmfs-silver-01", link=LinkType.S2S_VPN)
    review = wizard.review_page
    tree = review.verdicts
    for i in range(tree.topLevelItemCount()):  # blocks and warnings open, with a finding's evidence and fix
        top = tree.topLevelItem(i)
        if top.isExpanded() and top.childCount():
            top.child(0).setExpanded(True)
    shot(wizard, "ja-review.png")
    wizard.session.runner.shutdown(1000)
    wizard.close()

    # 2. A failed job with its details: the Linux plan, whose app-lnx-02 fails with ASR error 95226; the pane
    #    selects the failed task and shows ASR's error, the known cause and the fix below the jobs.
    data = Path(tempfile.mkdtemp(prefix="reprotect-ja-"))
    wizard = new_wizard()
    wizard.session.journal = JobJournal(data)
    wizard.session.audit = AuditLog(data)
    go_to_review(Waiter(), wizard, plan="RP-Linux-Apps", datastore="ds-vmfs-gold-02")
    accept_warnings(wizard)
    click(wizard, COMMIT)
    page = wizard.job_page
    wait(page.report_ready, 60)
    wait(lambda: "95226" in page.monitor.details.toPlainText())
    assert any(j.state is JobState.FAILED for j in page.jobs.values())
    shot(wizard, "ja-job-failed.png")

    # 3. The drill report of that run, in Japanese, page 1 of the PDF.
    audit = wizard.session.audit
    report = report_export.report_from_records(audit.run(audit.runs()[0].run_id))
    _, pdf = report_export.export_both(report, data / "drill-report.html", "ja")
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm (poppler-utils) is needed for ja-report.png", file=sys.stderr)
        return 1
    subprocess.run([pdftoppm, "-png", "-r", "80", "-f", "1", "-l", "1", str(pdf), str(data / "page")], check=True)
    page_png = next(data.glob("page*.png"))
    shutil.copy(page_png, OUT / "ja-report.png")
    print(OUT / "ja-report.png")
    wizard.session.runner.shutdown(1000)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
