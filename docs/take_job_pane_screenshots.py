"""Take the job pane's screenshots (issue 11): a failed job with its details (training estate, in
the wizard), a suspended job and the readiness view (the HTTPS ASR emulator, through the real SDK).

Run under a real X server: `xvfb-run -a -s "-screen 0 1280x900x24" python docs/take_job_pane_screenshots.py`.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "integration" / "asr"))

from asr_estate import classic_estate, item_id  # noqa: E402
from asr_testkit import FAST, RecordingContext, TestCredential, request_for  # noqa: E402
from emulator import AsrEmulator  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from reprotect_gui.app import build_training_wizard  # noqa: E402
from reprotect_gui.asr.settings import VaultLocation  # noqa: E402
from reprotect_gui.asr.site_recovery import ArmSiteRecovery  # noqa: E402
from reprotect_gui.services.clock import SystemClock  # noqa: E402
from reprotect_gui.training.scenario import load_scenario  # noqa: E402
from reprotect_gui.ui.job_monitor import JobMonitor  # noqa: E402
from reprotect_gui.ui.jobs import JobRunner  # noqa: E402

OUT = Path(__file__).resolve().parent / "screenshots"


def main() -> int:
    app = QApplication(sys.argv[:1])

    def wait(condition, seconds: float = 30) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            if condition():
                return
            time.sleep(0.02)
        raise TimeoutError("the app did not get there in time")

    def shot(widget, name: str) -> None:
        for _ in range(30):
            app.processEvents()
            time.sleep(0.01)
        OUT.mkdir(exist_ok=True)
        widget.grab().save(str(OUT / f"{name}.png"))
        print(OUT / f"{name}.png")

    class Bot:
        def waitUntil(self, condition, timeout: int = 5000) -> None:  # noqa: N802 (qtbot's name)
            wait(condition, timeout / 1000)

    # 1. A failed job in the wizard: the plan RP-Linux-Apps, where app-lnx-02 fails with 95226.
    from tests.ui.walk import COMMIT, accept_warnings, click, go_to_review

    wizard = build_training_wizard(load_scenario(), speed=40, latency_s=0.05)
    wizard.confirm = lambda *_: True  # type: ignore[method-assign]
    wizard.resize(1180, 860)
    wizard.show()
    wait(lambda: wizard.session.estate is not None)
    go_to_review(Bot(), wizard, plan="RP-Linux-Apps", datastore="ds-vmfs-gold-02")
    accept_warnings(wizard)
    click(wizard, COMMIT)
    page = wizard.job_page
    wait(page.report_ready, 60)
    wait(lambda: "Error code: 95226" in page.monitor.details.toPlainText())
    shot(wizard, "6-job-failed")

    # 2 and 3. The emulator: a suspended job, then readiness with a VM that never gets healthy.
    with AsrEmulator(classic_estate(vm_count=3), job_step_seconds=1.0, replication_seconds=6.0) as emu:
        location = VaultLocation(emu.subscription_id, emu.resource_group, emu.vault)
        adapter = ArmSiteRecovery(
            TestCredential(), location, settings=FAST, base_url=emu.url, connection_verify=emu.ca_path
        )
        adapter.read_site(RecordingContext())
        runner = JobRunner()
        pane = JobMonitor(runner, adapter, SystemClock(), time_scale=0.25)
        pane.setWindowTitle("Reprotect jobs")
        pane.resize(1100, 760)
        pane.show()
        start = datetime.now(UTC)
        emu.never_healthy(item_id("vm-app-02"))
        jobs = {}
        for name in ("vm-app-01", "vm-app-02", "vm-app-03"):
            jobs[name] = adapter.submit_reprotect(request_for(name)).job_id
            pane.follow(jobs[name], name, item_id=item_id(name), item_name=name, since=start)
        emu.hold_job(jobs["vm-app-03"], "Suspended", "WaitingForStopTestFailover", ("Cancel", "Resume"))
        wait(lambda: "WaitingForStopTestFailover" in pane.tree.topLevelItem(2).text(2))
        pane.select_job(jobs["vm-app-03"])
        shot(pane, "7-job-suspended")

        emu.release_job(jobs["vm-app-03"])
        wait(pane.finished, 60)
        import reprotect_gui.ui.follower as follower

        follower.READINESS_INTERVAL_S = 8.0  # × 0.25: re-read every 2 s for the picture (RDY-14: minutes)
        pane.follower.read_readiness_now()
        wait(lambda: pane.readiness_tree.topLevelItemCount() == 3, 30)
        wait(lambda: pane.readiness_tree.topLevelItem(0).text(1) == "Ready for failback", 60)
        pane.tree.collapseAll()
        pane.readiness_tree.setCurrentItem(pane.readiness_tree.topLevelItem(1))
        shot(pane, "8-readiness")
        pane.stop()
        runner.shutdown(3000)
    wizard.session.runner.shutdown(3000)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
