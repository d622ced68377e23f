"""How many clicks an operator needs to reprotect one VM and a 10-VM recovery plan (issue 13).

The operator (tests/ui/drive.py) knows nothing of the estate: on each page they press Next when it
is enabled, else pick the first row that can be chosen in each list still without a choice; a page
that can't be completed sends them Back to try the next row. Every press is a click (a row, Next,
Back, the acknowledgement, Reprotect, its confirmation).

Baseline: the same walk on the code of `--baseline` (a git commit, default: the commit before
issue 13's work), exported to a temporary folder, on the same (current) training estate, so both
walk the same vault. Each side runs in its own process.

    QT_QPA_PLATFORM=offscreen python benchmarks/click_count.py
Last line: single_vm_before=… single_vm_after=… plan10_before=… plan10_after=… (clicks) and the
Back presses (dead ends) of each.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# benchmarks/select.py would shadow the standard library's select module (subprocess imports it).
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402

BASELINE = "1efc6a6"  # main when issue 13 started
ROUTES = {"single_vm": {"vm": "web-01"}, "plan10": {"plan": "RP-Branch-Offices"}}


def walk_here(code: Path, scenario: Path) -> dict[str, dict[str, object]]:
    """Run in a child process whose sys.path starts with `code` (the tree being measured)."""
    sys.path[:0] = [str(code), str(ROOT / "tests" / "ui")]
    from drive import walk_to_reprotect
    from PySide6.QtWidgets import QApplication

    from reprotect_gui.app import build_training_wizard
    from reprotect_gui.training.scenario import load_scenario

    app = QApplication.instance() or QApplication([])
    out: dict[str, dict[str, object]] = {}
    for name, what in ROUTES.items():
        wizard = build_training_wizard(load_scenario(scenario), speed=400.0, latency_s=0.01)
        wizard.confirm = lambda *_: True
        wizard.show()
        walk = walk_to_reprotect(wizard, **what)
        out[name] = {"clicks": walk.clicks, "backs": walk.backs, "log": walk.log}
        wizard.session.runner.shutdown(2000)
        wizard.close()
        app.processEvents()
    return out


def measure(code: Path, scenario: Path) -> dict[str, dict[str, object]]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(code), "--scenario", str(scenario)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"walk on {code} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", default=BASELINE)
    parser.add_argument("--scenario", type=Path, default=ROOT / "reprotect_gui" / "training" / "estate.json")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(walk_here(args.child, args.scenario)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.baseline], capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", tmp], input=archive.stdout, check=True)
        before = measure(Path(tmp), args.scenario)
    after = measure(ROOT, args.scenario)
    for name in ROUTES:
        print(f"{name} before: {' → '.join(before[name]['log'])}")
        print(f"{name} after:  {' → '.join(after[name]['log'])}")
    print(
        " ".join(
            f"{name}_{side}={result[name]['clicks']} {name}_{side}_backs={result[name]['backs']}"
            for name in ROUTES
            for side, result in (("before", before), ("after", after))
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
