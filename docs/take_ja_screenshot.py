"""Take the README's screenshot of the first page in Japanese (issue 7).

`xvfb-run -a -s "-screen 0 1280x900x24" python docs/take_ja_screenshot.py` writes
docs/screenshots/ja-select.png. With `QT_SCALE_FACTOR=2 ... --out /tmp/ja-200.png --page review` it
shows how a page looks at 200 % scaling (looked at, not committed).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from reprotect_gui.app import build_training_wizard
from reprotect_gui.training.scenario import load_scenario
from reprotect_gui.ui import i18n

OUT = Path(__file__).resolve().parent / "screenshots" / "ja-select.png"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--lang", default="ja", choices=sorted(i18n.LANGUAGES))
    parser.add_argument("--page", default="select", choices=("select", "target", "review"))
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    i18n.install_language(args.lang)
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
    if args.page == "select":
        wizard.select_page.items.select_where(lambda item: item.name == "web-01")
    else:  # the same walk the tests make
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        from tests.ui.walk import click, go_to_review

        class Waiter:
            def waitUntil(self, condition, timeout: int = 5000) -> None:  # noqa: N802 (qtbot's name)
                wait(condition, timeout / 1000)

        if args.page == "review":
            go_to_review(Waiter(), wizard, vm="web-01")
        else:
            wizard.select_page.items.select_where(lambda item: item.name == "web-01")
            click(wizard)
            click(wizard)
    for _ in range(30):
        app.processEvents()
        time.sleep(0.01)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    wizard.grab().save(str(args.out))
    print(args.out)
    wizard.session.runner.shutdown(1000)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
