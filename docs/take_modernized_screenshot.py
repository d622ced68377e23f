"""Take the README's screenshot of the modernized flow's appliance page (issue 8).

A sibling of take_screenshots.py, so the other shots are not retaken:
`xvfb-run -a -s "-screen 0 1280x900x24" python docs/take_modernized_screenshot.py`.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from reprotect_gui.app import build_training_wizard
from reprotect_gui.training.scenario import load_scenario

OUT = Path(__file__).resolve().parent / "screenshots"


def main() -> int:
    app = QApplication(sys.argv[:1])
    wizard = build_training_wizard(load_scenario(), speed=4, latency_s=0.1)
    wizard.show()

    def wait(condition, seconds: float = 20) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            if condition():
                return
            time.sleep(0.02)
        raise TimeoutError("the wizard did not get there in time")

    wait(lambda: wizard.session.estate is not None)
    # wiki-01: modernized, its on-premises VM deleted; one appliance healthy, the other not.
    wizard.select_page.items.select_where(lambda item: item.name == "wiki-01")
    next_button = wizard.button(wizard.WizardButton.NextButton)
    next_button.click()
    next_button.click()
    wait(lambda: wizard.currentPage() is wizard.appliance_page)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)
    OUT.mkdir(exist_ok=True)
    path = OUT / "5-appliance.png"
    wizard.grab().save(str(path))
    print(path)
    wizard.session.runner.shutdown(1000)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
