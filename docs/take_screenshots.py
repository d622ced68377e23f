"""Take the README's screenshots from the real app on the training estate.

Run under a real X server (e.g. `xvfb-run -s "-screen 0 1280x900x24" python docs/take_screenshots.py`);
each PNG is the wizard window as painted on that display.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from reprotect_gui.app import build_training_wizard
from reprotect_gui.domain.checks.facts import LinkType
from reprotect_gui.training.scenario import load_scenario

OUT = Path(__file__).resolve().parent / "screenshots"


def main() -> int:
    app = QApplication(sys.argv[:1])
    wizard = build_training_wizard(load_scenario(), speed=4, latency_s=0.1)
    wizard.session.confirm = lambda *_: True
    wizard.show()

    def wait(condition, seconds: float = 20) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            if condition():
                return
            time.sleep(0.02)
        raise TimeoutError("the wizard did not get there in time")

    def shot(name: str, window=None) -> None:
        for _ in range(20):
            app.processEvents()
            time.sleep(0.01)
        OUT.mkdir(exist_ok=True)
        (window or wizard).grab().save(str(OUT / f"{name}.png"))
        print(OUT / f"{name}.png")

    wait(lambda: wizard.session.estate is not None)
    page = wizard.select_page
    page.items.select_where(lambda item: item.name == "sql-01")
    shot("1-select")
    next_button = wizard.button(wizard.WizardButton.NextButton)
    next_button.click()
    next_button.click()
    wizard.target_page.set_link_type(LinkType.S2S_VPN)
    wizard.target_page.master_targets.select_where(lambda mt: mt.name == "mt-win-01")
    next_button.click()
    wizard.datastore_page.datastores.select_where(lambda ds: ds.symbolic_name == "ds-vmfs-silver-01")
    shot("2-datastore")
    next_button.click()
    next_button.click()
    next_button.click()
    wait(lambda: bool(wizard.review_page.results))
    shot("3-review")
    # A new wizard on a VM that passes, to show a job running.
    wizard.session.runner.shutdown(1000)
    wizard.close()
    wizard = build_training_wizard(load_scenario(), speed=4, latency_s=0.1)
    wizard.session.confirm = lambda *_: True
    wizard.show()
    next_button = wizard.button(wizard.WizardButton.NextButton)
    wait(lambda: wizard.session.estate is not None)
    wizard.select_page.items.select_where(lambda item: item.name == "web-01")
    next_button.click()
    next_button.click()
    wizard.target_page.set_link_type(LinkType.EXPRESSROUTE)
    wizard.target_page.master_targets.select_where(lambda mt: mt.name == "mt-win-01")
    next_button.click()
    wizard.datastore_page.datastores.select_where(lambda ds: ds.symbolic_name == "ds-vmfs-gold-01")
    next_button.click()
    next_button.click()
    next_button.click()
    wait(lambda: bool(wizard.review_page.results))
    if wizard.review_page.acknowledge.isVisible():
        wizard.review_page.acknowledge.setChecked(True)
    wizard.button(wizard.WizardButton.CommitButton).click()
    wait(lambda: any(t.state.value == "InProgress" for j in wizard.job_page.jobs.values() for t in j.tasks[2:]))
    shot("4-job", wizard)
    wizard.session.runner.shutdown(1000)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
