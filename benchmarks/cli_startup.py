"""How fast the console program starts: `reprotect-cli --version` and `reprotect-cli check --demo --json`,
against a bare `python -c pass` and a bare `python -c "import PySide6.QtWidgets"` in the same run.

Each run is a fresh process, timed from spawn to exit; runs alternate so machine noise hits all
alike. Prints the medians and, on its last line, key=value figures.

    python benchmarks/cli_startup.py [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "python -c 'import PySide6.QtWidgets'": [sys.executable, "-c", "import PySide6.QtWidgets"],
    "reprotect-cli --version": [sys.executable, "-m", "reprotect_gui.cli", "--version"],
    "reprotect-cli check --demo --json": [sys.executable, "-m", "reprotect_gui.cli", "check", "--demo", "--json", "-q"],
}


def time_once(command: list[str], env: dict[str, str], data_dir: str) -> float:
    extra = ["--data-dir", data_dir] if "check" in command else []
    start = time.perf_counter()
    subprocess.run(command + extra, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed program runs from compiled bytecode
    with tempfile.TemporaryDirectory() as data_dir:
        for command in COMMANDS.values():  # warm-up: file cache and .pyc files
            time_once(command, env, data_dir)
        times: dict[str, list[float]] = {name: [] for name in COMMANDS}
        for _ in range(args.runs):
            for name, command in COMMANDS.items():
                times[name].append(time_once(command, env, data_dir))
    medians = {name: statistics.median(t) * 1000 for name, t in times.items()}
    for name, ms in medians.items():
        print(f"{name:<40} median {ms:7.1f} ms  (min {min(times[name]) * 1000:.1f})")
    names = list(COMMANDS)
    print(
        f"python_ms={medians[names[0]]:.1f} pyside_import_ms={medians[names[1]]:.1f} "
        f"cli_version_ms={medians[names[2]]:.1f} cli_check_demo_ms={medians[names[3]]:.1f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
