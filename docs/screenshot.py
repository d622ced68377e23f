"""Take a screenshot of the real app on the training estate, at a route, in a language, at a scale.

    xvfb-run -a -s "-screen 0 1280x900x24" python docs/screenshot.py --route review
    xvfb-run -a -s "-screen 0 1280x900x24" python docs/screenshot.py --route select --lang ja
    xvfb-run -a -s "-screen 0 1280x900x24" python docs/screenshot.py --route all          # the README's set
    xvfb-run -a -s "-screen 0 2560x1800x24" python docs/screenshot.py --route job --scale 2 --out /tmp/job@2x.png

Routes (tests/ui/driver.py): select, classic, review, job, modernized, modernized-review, plan, and the
journey after reprotect: failback (its options), failback-review, commit (the commit confirmation).
Without --out, a picture goes to docs/screenshots/: the README's name in English at scale 1
(e.g. 3-review.png), else `<lang>-<route>[@2x].png` (e.g. ja-select.png). Each PNG is the
wizard window as painted on that display; look at it before committing it.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT_DIR = ROOT / "docs" / "screenshots"
README_ROUTES = (  # the pictures the README shows
    "select",
    "classic",
    "review",
    "job",
    "modernized",
    "failback",
    "failback-review",
    "commit",
)


def default_path(route: str, picture: str, lang: str, scale: int) -> Path:
    if lang == "en" and scale == 1:
        return OUT_DIR / f"{picture}.png"
    return OUT_DIR / f"{lang}-{route}{'@2x' if scale == 2 else ''}.png"


def main(argv: list[str] | None = None) -> int:
    from tests.ui.driver import ROUTES  # after sys.path; imports Qt, so after --help too

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--route", required=True, choices=[*ROUTES, "all"], help="where the wizard is walked to")
    parser.add_argument("--lang", default="en", choices=("en", "ja"))
    parser.add_argument("--scale", type=int, default=1, choices=(1, 2), help="device pixel ratio (QT_SCALE_FACTOR)")
    parser.add_argument("--out", type=Path, help="the PNG to write (one route only)")
    args = parser.parse_args(argv)
    if args.out and args.route == "all":
        parser.error("--out names one picture: choose one route")
    os.environ["QT_SCALE_FACTOR"] = str(args.scale)  # read when the QApplication is made, below

    from tests.ui.driver import Driver

    driver = Driver()
    for name in README_ROUTES if args.route == "all" else (args.route,):
        route = ROUTES[name]
        wizard = driver.launch(lang=args.lang)
        window = driver.walk_to(wizard, name)
        path = driver.save(window, args.out or default_path(name, route.picture, args.lang, args.scale))
        print(path)
        driver.close(wizard)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
