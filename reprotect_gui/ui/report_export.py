"""Drill report export (HTML and PDF through Qt's own PDF writer) and the audit history dialog."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QSizeF, QTime, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reprotect_gui.domain.errors import UserFacingError
from reprotect_gui.domain.messages import Text
from reprotect_gui.domain.report import DrillReport, ReportFormat, ReportUnavailable, build_report, render_html
from reprotect_gui.domain.text import visible
from reprotect_gui.services.audit import AuditLog, RunSummary
from reprotect_gui.services.redaction import scrub_text
from reprotect_gui.ui import i18n
from reprotect_gui.ui.jobs import JobFailure, JobRunner, Pool

# Fonts with Japanese glyphs, best first (fonts-noto-cjk on Debian; Windows and macOS ship the others).
CJK_FONTS = ("Noto Sans CJK JP", "Noto Sans JP", "Yu Gothic UI", "Meiryo", "Hiragino Sans", "Source Han Sans JP")


class ReportExportFailed(UserFacingError):
    """The report file could not be written."""


def report_from_records(records: Sequence[Mapping[str, Any]]) -> DrillReport:
    try:
        return build_report(records)
    except ReportUnavailable as exc:
        raise UserFacingError(
            QCoreApplication.translate(
                "report_export", "This run has no record of its choices, so no drill report can be made for it."
            ),
            QCoreApplication.translate(
                "report_export",
                "Reports exist for runs submitted from this app; see the vault's Site Recovery jobs for others.",
            ),
        ) from exc


def report_format(language: str | None = None) -> ReportFormat:
    """The report in `language` (default: the UI's): its catalogue for the words, QLocale for dates.

    The catalogue is loaded into a translator of its own, not installed, so a report in English
    can be exported from a Japanese window and the other way round.
    """
    language = language if language in i18n.LANGUAGES else i18n.current_language()
    lookup: i18n.Translate = _english_lookup
    if language != i18n.SOURCE_LANGUAGE:
        catalogue = QTranslator()
        if not catalogue.load(str(i18n.catalogue_path(language))):
            return report_format(i18n.SOURCE_LANGUAGE)
        lookup = _CatalogueLookup(catalogue)
    locale = QLocale(language)

    def moment(when: datetime | None) -> str:
        if when is None:
            return "—"
        date = QDate(when.year, when.month, when.day)
        time = QTime(when.hour, when.minute, when.second)
        zone = when.strftime("%Z")
        shown = f"{locale.toString(date, QLocale.FormatType.LongFormat)} {locale.toString(time, 'HH:mm:ss')}"
        return f"{shown} {zone}".strip()

    return ReportFormat(text=lambda value: i18n.text(value, lookup, locale), moment=moment, language=language)


def _english_lookup(context: str, source: str) -> str:
    return source


class _CatalogueLookup:
    """(context, source) → the catalogue's text, or the source when it has none."""

    def __init__(self, catalogue: QTranslator) -> None:
        self._catalogue = catalogue

    def __call__(self, context: str, source: str) -> str:
        return self._catalogue.translate(context, source) or source


def report_html(report: DrillReport, language: str | None = None) -> str:
    return scrub_text(render_html(report, report_format(language)))


def cjk_font() -> QFont | None:
    """A font that has Japanese glyphs, when one is installed (the PDF embeds it)."""
    families = set(QFontDatabase.families())
    for family in CJK_FONTS:
        if family in families:
            return QFont(family, 10)
    return None


def export_html(report: DrillReport, path: Path, language: str | None = None) -> Path:
    _write(path, lambda: path.write_text(report_html(report, language), encoding="utf-8"))
    return path


ONE_PAGE_SCALES = (1.0, 1.1, 1.2, 1.3)  # at most 9 pt shown as ~7 pt: still readable on paper


def export_pdf(report: DrillReport, path: Path, language: str | None = None) -> Path:
    """A4 portrait, the same document as the HTML (Qt's rich text engine paginates it)."""
    fmt = report_format(language)
    writer = QPdfWriter(str(path))
    writer.setTitle(fmt.text(Text("Reprotect drill report — {subject}", {"subject": report.subject_name})))
    writer.setCreator("reprotect-gui")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    font = cjk_font() if fmt.language == "ja" else None
    if font is not None:
        document.setDefaultFont(font)
    document.setHtml(scrub_text(render_html(report, fmt)))
    # Lay the text out at a readable width (points), then let print() scale pages to the paper. A
    # one-VM report fits one page: when it runs a little over, it is laid out a little smaller.
    paper = writer.pageLayout().paintRect(QPageLayout.Unit.Point).size()
    for scale in ONE_PAGE_SCALES if len(report.items) <= 1 else (1.0,):
        document.setPageSize(QSizeF(paper.width() * scale, paper.height() * scale))
        if document.pageCount() <= 1:
            break
    document.print_(writer)
    del writer  # the file is finished when the writer goes
    if not path.exists() or path.stat().st_size == 0:
        raise ReportExportFailed(
            QCoreApplication.translate("report_export", "The PDF report could not be written to {path}.").format(
                path=path
            ),
            QCoreApplication.translate("report_export", "Choose a folder you can write to, then export again."),
        )
    return path


def _write(path: Path, action: Any) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        action()
    except OSError as exc:
        raise ReportExportFailed(
            QCoreApplication.translate("report_export", "The report could not be written to {path} ({reason}).").format(
                path=path, reason=exc.strerror or exc
            ),
            QCoreApplication.translate("report_export", "Choose a folder you can write to, then export again."),
        ) from exc


def export_both(report: DrillReport, html_path: Path, language: str | None = None) -> tuple[Path, Path]:
    """The HTML at `html_path`, the PDF next to it with the same name, both in `language` (default: the UI's)."""
    return export_html(report, html_path, language), export_pdf(report, html_path.with_suffix(".pdf"), language)


def language_filters() -> dict[str, str]:
    """The save dialog's file types, one per report language: choosing one chooses the language."""
    return {
        language: QCoreApplication.translate("report_export", "Drill report in {language} (*.html)").format(
            language=name
        )
        for language, name in i18n.LANGUAGES.items()
    }


def suggested_file_name(report: DrillReport) -> str:
    when = report.at.strftime("%Y%m%d-%H%M") if report.at else report.run_id
    subject = re.sub(r"[^A-Za-z0-9._-]+", "-", report.subject_name).strip("-") or "reprotect"
    return f"drill-report-{subject}-{when}.html"


def ask_and_export(parent: QWidget, report: DrillReport, folder: Path | None = None) -> tuple[Path, Path] | None:
    """Ask where to save, then write HTML and PDF; tell the operator where they are."""
    start = str((folder or Path.home()) / suggested_file_name(report))
    filters = language_filters()
    current = filters.get(i18n.current_language(), next(iter(filters.values())))
    ordered = [current, *(f for f in filters.values() if f != current)]  # the UI's language first
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("report_export", "Save the drill report"),
        start,
        ";;".join(ordered),
        current,
    )
    if not name:
        return None
    language = next((lang for lang, f in filters.items() if f == chosen), i18n.current_language())
    try:
        paths = export_both(report, Path(name).with_suffix(".html"), language)
    except UserFacingError as exc:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("report_export", "Drill report"),
            i18n.text(exc.summary),
            parent=parent,
        )
        box.setInformativeText(i18n.text(exc.next_step))
        box.exec()
        return None
    QMessageBox.information(
        parent,
        QCoreApplication.translate("report_export", "Drill report"),
        QCoreApplication.translate("report_export", "Saved:\n{html}\n{pdf}").format(html=paths[0], pdf=paths[1]),
    )
    return paths


class AuditHistoryDialog(QDialog):
    """Past reprotect runs from the audit log; a drill report for any of them.

    The log is read on the runner's local pool; the dialog shows a busy line meanwhile.
    """

    def __init__(self, audit: AuditLog, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Past reprotect runs"))
        self._audit = audit
        self._runner = runner
        self.status = QLabel(self.tr("Reading the audit log…"), self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.runs_view = QTreeWidget(self)
        self.runs_view.setHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("Vault"), self.tr("Outcome"), self.tr("Jobs")]
        )
        self.runs_view.setAccessibleName(self.tr("Past runs"))
        self.runs_view.setRootIsDecorated(False)
        self.report_button = QPushButton(self.tr("Drill &report…"), self)
        self.report_button.setAccessibleName(self.tr("Drill report"))
        self.report_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.report_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.runs_view, 1)
        layout.addWidget(buttons)
        self.runs: list[RunSummary] = []
        self.runs_view.itemSelectionChanged.connect(
            lambda: self.report_button.setEnabled(bool(self.runs_view.selectedItems()))
        )
        self.report_button.clicked.connect(self._export_selected)
        self.resize(820, 420)
        self.reload()

    def reload(self) -> None:
        audit = self._audit
        self._runner.start(
            lambda ctx: audit.runs(),
            pool=Pool.LOCAL,
            name="read audit history",
            on_success=self._on_runs,
            on_failure=self._on_failed,
        )

    def _on_runs(self, runs: list[RunSummary]) -> None:
        self.runs = runs
        self.runs_view.clear()
        for run in runs:
            self.runs_view.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        visible(c)
                        for c in (
                            run.at[:19].replace("T", " "),
                            run.subject,
                            run.vault,
                            run.outcome,
                            ", ".join(run.job_ids),
                        )
                    ]
                )
            )
        for column in range(self.runs_view.columnCount()):  # every column as wide as its content
            self.runs_view.resizeColumnToContents(column)
        self.status.setText(
            self.tr("{n} reprotect run(s) recorded on this computer.").format(n=len(runs))
            if runs
            else self.tr("No reprotect run was recorded yet.")
        )
        wanted = sum(self.runs_view.columnWidth(c) for c in range(self.runs_view.columnCount())) + 60
        room = self.screen().availableGeometry().width() if self.screen() is not None else wanted
        if wanted > self.width():
            self.resize(min(wanted, room), self.height())
        if self._audit.damaged_lines:  # issue 12: damage is counted and said, never silently skipped
            self.status.setText(
                self.status.text()
                + " "
                + self.tr("{n} damaged line(s) in the file were skipped; the file itself is left as it is.").format(
                    n=self._audit.damaged_lines
                )
            )

    def _on_failed(self, failure: JobFailure) -> None:
        self.status.setText(f"{failure.summary} {failure.next_step}")

    def selected_run(self) -> RunSummary | None:
        items = self.runs_view.selectedItems()
        return self.runs[self.runs_view.indexOfTopLevelItem(items[0])] if items else None

    def load_report(self, run_id: str) -> DrillReport:
        return report_from_records(self._audit.run(run_id))

    def _export_selected(self) -> None:
        run = self.selected_run()
        if run is None:
            return
        audit, run_id = self._audit, run.run_id  # the worker gets plain objects, never the dialog
        self._runner.start(
            lambda ctx: report_from_records(audit.run(run_id)),
            pool=Pool.LOCAL,
            name="drill report",
            on_success=lambda report: ask_and_export(self, report, audit.path.parent),
            on_failure=self._on_failed,
        )
