"""Screenshots of the pages whose choices explain themselves (issue 13), in English and Japanese.

`xvfb-run -a -s "-screen 0 1280x900x24" python docs/take_choice_screenshots.py` writes
docs/screenshots/choices-{en,ja}-{select,target,datastore,review}.png from the real app on the
training estate: the select page with a replication group's switch, the master-target page with
the dead-end master targets disabled, the datastore page with free space against what the plan
needs (DS-05), and the review with the statements, run-as account and container mapping.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWizard

from reprotect_gui.app import build_training_wizard
from reprotect_gui.domain.checks.facts import LinkType
from reprotect_gui.training.scenario import load_scenario
from reprotect_gui.ui import i18n

OUT = Path(__file__).resolve().parent / "screenshots"


def main() -> int:
    app = QApplication(sys.argv[:1])

    def wait(condition, seconds: float = 20) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            if condition():
                return
            time.sleep(0.02)
        raise TimeoutError("the wizard did not get there in time")

    for language in ("en", "ja"):
        take(app, wait, language)
    return 0


def take(app: QApplication, wait, language: str) -> None:
    i18n.install_language(language)
    wizard = build_training_wizard(load_scenario(), speed=4, latency_s=0.05)
    wizard.confirm = lambda *_: True  # type: ignore[method-assign]
    wizard.resize(1100, 800)
    wizard.show()

    def shot(page: str) -> None:
        for _ in range(30):
            app.processEvents()
            time.sleep(0.01)
        OUT.mkdir(exist_ok=True)
        path = OUT / f"choices-{language}-{page}.png"
        wizard.grab().save(str(path))
        print(path)

    next_button = wizard.button(QWizard.WizardButton.NextButton)
    wait(lambda: wizard.session.estate is not None)
    select = wizard.select_page
    select.items.setFocus()
    shot("select")
    select.switch_to_plan("rp-web-tier")  # sql-01 and web-02 go back with their replication group
    next_button.click()
    next_button.click()
    target = wizard.target_page
    target.set_link_type(LinkType.EXPRESSROUTE)
    target.ip_retained.setCurrentIndex(target.ip_retained.findData(True))
    target.run_as.setCurrentIndex(1)
    shot("target")
    next_button.click()
    wizard.datastore_page.datastores.setFocus()
    shot("datastore")
    wizard.datastore_page.datastores.select_where(lambda ds: ds.symbolic_name == "ds-vmfs-gold-01")
    next_button.click()
    next_button.click()
    next_button.click()
    wait(lambda: bool(wizard.review_page.results))
    shot("review")
    wizard.session.runner.shutdown(1000)
    wizard.close()


if __name__ == "__main__":
    raise SystemExit(main())
