"""Launch → first wizard page painted, for `reprotect-gui --demo` and a bare PySide6 QWizard.

Each run is a fresh process; the clock starts before the process is spawned and stops when the
child reports the first paint of a wizard page. Runs alternate between the two so machine noise
hits both alike. Prints the medians and, on its last line, `startup_ratio=<ours / bare>`.

    python benchmarks/startup.py [--runs 9]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]  # select.py

import argparse  # noqa: E402 - after the line above: benchmarks/select.py must not shadow the stdlib select
import os  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

CHILD_PRELUDE = r"""
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWizardPage

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWizardPage):
            sys.stdout.write("painted\n")
            sys.stdout.flush()
            import os
            os._exit(0)
        return False

app = QApplication(sys.argv[:1])
spy = FirstPaint()
app.installEventFilter(spy)
"""

OURS = (
    CHILD_PRELUDE
    + r"""
from reprotect_gui.app import main
main(["--demo"])
"""
)

BARE = (
    CHILD_PRELUDE
    + r"""
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizard
wizard = QWizard()
page = QWizardPage()
page.setTitle("Select what to reprotect")
QVBoxLayout(page).addWidget(QLabel("A bare wizard page"))
wizard.addPage(page)
wizard.show()
app.exec()
"""
)


def time_once(code: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env)
    line = proc.stdout.readline() if proc.stdout else ""
    elapsed = time.perf_counter() - start
    proc.wait(timeout=30)
    if line.strip() != "painted":
        raise RuntimeError("the child exited before painting a wizard page")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A data folder of its own: jobs left in the user's would stop the app at the resume offer.
    scratch = tempfile.mkdtemp(prefix="reprotect-startup-")
    env = {**os.environ, "XDG_DATA_HOME": scratch, "XDG_CONFIG_HOME": scratch}
    # An installed app runs from compiled bytecode (pip compiles it); measure that, not the
    # compiler: let the warm-up runs write the .pyc files this machine's environment forbids.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    time_once(BARE, env)  # warm the file cache for both
    time_once(OURS, env)
    ours, bare = [], []
    for _ in range(args.runs):
        bare.append(time_once(BARE, env))
        ours.append(time_once(OURS, env))
    m_ours, m_bare = statistics.median(ours), statistics.median(bare)
    platform = os.environ.get("QT_QPA_PLATFORM", "default")
    print(f"platform: {platform}, runs: {args.runs} each")
    print(f"bare PySide6 QWizard:   median {m_bare * 1000:7.1f} ms  (min {min(bare) * 1000:.1f})")
    print(f"reprotect-gui --demo:   median {m_ours * 1000:7.1f} ms  (min {min(ours) * 1000:.1f})")
    print(f"startup_ms={m_ours * 1000:.1f} baseline_ms={m_bare * 1000:.1f} startup_ratio={m_ours / m_bare:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
