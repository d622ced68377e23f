"""The console program never imports Qt (issue 17): it runs on a server with no display.

Proven on real runs with `python -X importtime`, which names every module a process imports:
check, run, jobs and report (JSON) import no PySide6 module; `report --format html` does — the
one place allowed to, which also shows the detector works.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

from cli_testkit import ROOT, answers_for, run_cli, training_estate, write_json

CLI = ROOT / "reprotect_gui" / "cli"
QT_TOPS = ("PySide6", "shiboken6")


def imported_modules(*args: str, data_dir: Path) -> tuple[int, set[str]]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(XDG_DATA_HOME=str(data_dir / "xdg"), PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "reprotect_gui.cli", *args, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        cwd=str(data_dir),
        timeout=120,
    )
    names = set()
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[-1].strip())
    return done.returncode, names


def qt_modules(names: set[str]) -> set[str]:
    return {n for n in names if n.split(".")[0] in QT_TOPS or n.startswith("reprotect_gui.ui")}


def test_check_run_jobs_and_report_import_no_qt(tmp_path):
    answers = write_json(tmp_path / "answers.json", answers_for(training_estate(), vm="intranet-01").to_json())
    runs = {
        "check": ("check", "--demo", "--json", "--junit", str(tmp_path / "j.xml")),
        "run": ("run", "--demo", "--speed", "60", "--answers", str(answers), "--yes"),
        "jobs": ("jobs",),
        "report": ("report",),
    }
    for name, args in runs.items():
        code, names = imported_modules(*args, data_dir=tmp_path)
        assert code == 0 or (name == "check" and code in (1, 2)), (name, code)
        assert "reprotect_gui.cli.main" in names  # the detector sees our own modules
        assert qt_modules(names) == set(), name


def test_only_the_html_and_pdf_report_import_qt(tmp_path):
    answers = write_json(tmp_path / "answers.json", answers_for(training_estate(), vm="intranet-01").to_json())
    assert run_cli("run", "--demo", "--speed", "60", "--answers", str(answers), "--yes", data_dir=tmp_path).code == 0
    code, names = imported_modules("report", "--format", "html", "-o", str(tmp_path / "r.html"), data_dir=tmp_path)
    assert code == 0
    assert "PySide6.QtGui" in names


CLI_MAY_IMPORT = {"domain", "services", "asr", "vsphere", "training", "keyring_store", "cli", ""}


def test_no_cli_module_imports_qt_or_the_ui_at_module_level():
    """Only the function that exports HTML/PDF may import Qt (through the ui layer), inside itself;
    otherwise the console program imports the layers below the window, like app.py without Qt."""
    for path in sorted(CLI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        allowed_inside = {
            id(node)
            for fn in ast.walk(tree)
            if isinstance(fn, ast.FunctionDef) and fn.name == "_export_with_qt"
            for node in ast.walk(fn)
        }
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in QT_TOPS or name.startswith("reprotect_gui.ui") or name == "reprotect_gui.app":
                    assert id(node) in allowed_inside, f"{path.name} imports {name}"
                elif name.startswith("reprotect_gui."):
                    assert name.split(".")[1] in CLI_MAY_IMPORT, f"{path.name} imports {name}"
