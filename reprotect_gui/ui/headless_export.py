"""The drill report as HTML or PDF for the console program (`reprotect-cli report --format html|pdf`).

Qt's PDF writer needs a QGuiApplication; on a server without a display the offscreen platform
is used. Imported by the console program only inside that subcommand: nothing else in it loads Qt.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from reprotect_gui.domain.report import DrillReport
from reprotect_gui.ui.report_export import export_html, export_pdf, suggested_file_name


def export_report(report: DrillReport, fmt: str, path: Path | None) -> Path:
    """Write the report as `fmt` ('html' or 'pdf') to `path` (default: the window's file name, here)."""
    if QGuiApplication.instance() is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        export_report.app = QGuiApplication(sys.argv[:1])  # type: ignore[attr-defined]  # lives as long as the process
    target = path or Path(suggested_file_name(report)).with_suffix(f".{fmt}")
    return export_html(report, target) if fmt == "html" else export_pdf(report, target)
