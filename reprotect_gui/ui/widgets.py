"""Small widgets the pages share: a busy/error panel and a list of choices with reasons."""

from __future__ import annotations

import html
import itertools
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reprotect_gui.domain.messages import Text
from reprotect_gui.domain.models import Choice, ServerLocation
from reprotect_gui.domain.text import visible
from reprotect_gui.services.logfile import current_log_file
from reprotect_gui.ui.i18n import fix_text, reason_text, text
from reprotect_gui.ui.jobs import JobFailure

# Qt.ItemDataRole.UserRole + 1, as a number. The Qt namespace builds its ~100 enums on first use
# (tens of milliseconds), so this module touches it only in methods that run after the first paint.
VALUE_ROLE = 0x0101


def widgets_in_layout_order(layout: QLayout | None) -> list[QWidget]:
    """The widgets of a layout as a person reads them: layout by layout, row by row, left to right."""
    found: list[QWidget] = []
    if layout is None:
        return found
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            found.append(widget)
            if widget.layout() is not None and not isinstance(widget, QAbstractItemView):
                found += widgets_in_layout_order(widget.layout())  # a panel of our own (BusyPanel, a row)
        elif inner is not None:
            found += widgets_in_layout_order(inner)
    return found


def follow_layout_in_tab_order(container: QWidget) -> None:
    """Tab moves through the container's controls in reading order, whatever order they were made in."""
    tab_focus = QtCore.Qt.FocusPolicy.TabFocus
    chain = [w for w in widgets_in_layout_order(container.layout()) if w.focusPolicy() & tab_focus == tab_focus]
    for before, after in itertools.pairwise(chain):
        QWidget.setTabOrder(before, after)


def ago(moment: datetime | None, now: datetime) -> str:
    """'2 min ago' — heartbeats are read by people in a hurry."""
    if moment is None:
        return QCoreApplication.translate("widgets", "never")
    seconds = max(0, int((now - moment).total_seconds()))
    if seconds < 90:
        return QCoreApplication.translate("widgets", "{n} s ago").format(n=seconds)
    minutes = seconds // 60
    if minutes < 120:
        return QCoreApplication.translate("widgets", "{n} min ago").format(n=minutes)
    hours = minutes // 60
    if hours < 48:
        return QCoreApplication.translate("widgets", "{n} h ago").format(n=hours)
    return QCoreApplication.translate("widgets", "{n} days ago").format(n=hours // 24)


def location_text(location: ServerLocation) -> str:
    if location is ServerLocation.AZURE:
        return "Azure"
    if location is ServerLocation.ON_PREMISES:
        return QCoreApplication.translate("widgets", "on-premises")
    return QCoreApplication.translate("widgets", "location unknown")


def gb(value: float) -> str:
    return f"{value / 1024:.1f} TB" if value >= 1024 else f"{value:.0f} GB"


class BusyPanel(QWidget):
    """Shows 'reading…' with progress, or a failure sentence with a Retry button.

    Signals: retry_requested().
    """

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._bar = QProgressBar(self)
        self._bar.setRange(0, 0)
        self._label.setAccessibleName(self.tr("Status"))
        self._bar.setAccessibleName(self.tr("Loading progress"))
        self._retry = QPushButton(self.tr("Retr&y"), self)
        self._retry.setAccessibleName(self.tr("Retry"))
        self._retry.clicked.connect(self.retry_requested)
        # Issue 12: the raw text behind a failure sits behind "Details"; the log file is one click away.
        self.details_button = QPushButton(self.tr("De&tails"), self)
        self.details_button.setAccessibleName(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details = QLabel(self)
        self.details.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("Details"))
        self.details_button.toggled.connect(self.details.setVisible)
        self.open_logs_button = QPushButton(self.tr("Open lo&g folder"), self)
        self.open_logs_button.setAccessibleName(self.tr("Open log folder"))
        self.open_logs_button.clicked.connect(open_log_folder)
        row = QHBoxLayout()
        row.addWidget(self._bar, 1)
        row.addWidget(self.details_button)
        row.addWidget(self.open_logs_button)
        row.addWidget(self._retry)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._label)
        layout.addWidget(self.details)
        layout.addLayout(row)
        for w in (self.details_button, self.details, self.open_logs_button):
            w.hide()
        self.hide()

    @property
    def text(self) -> str:
        return self._label.text()

    def show_busy(self, text: str) -> None:
        self._label.setText(text)
        self._bar.setRange(0, 0)
        self._bar.show()
        self._retry.hide()
        for w in (self.details_button, self.details, self.open_logs_button):
            w.hide()
        self.show()

    def show_progress(self, done: float, text: str) -> None:
        self._bar.setRange(0, 100)
        self._bar.setValue(int(done * 100))
        if text:
            self._label.setText(text)

    def show_failure(self, failure: JobFailure) -> None:
        # Selectable, so the operator can paste the sentence into a ticket.
        self._label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        # Escaped, controls and bidi overrides made visible: names inside the sentence come from outside.
        self._label.setText(
            f"<b>{html.escape(visible(failure.summary), quote=False)}</b><br>"
            f"{html.escape(visible(failure.next_step), quote=False)}"
        )
        self._label.setToolTip(failure.detail)
        self.details.setText(visible(failure.detail))
        self.details_button.setChecked(False)
        self.details_button.setVisible(bool(failure.detail))
        self.details.hide()
        self.open_logs_button.setVisible(current_log_file() is not None)
        self._bar.hide()
        self._retry.show()
        self._retry.setFocus()
        self.show()


def open_log_folder() -> bool:
    """Show the folder of the app's log file in the desktop's file manager."""
    path = current_log_file()
    if path is None:
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def _remark(choice: Choice[Any]) -> str:
    """Visible text: why it can't be chosen (✖), or what to know when it can (⚠)."""
    if not choice.selectable:
        return QCoreApplication.translate("widgets", "✖ Can't be chosen — {reason}").format(
            reason=reason_text(choice.reasons)
        )
    if choice.notes:
        return "⚠ " + reason_text(choice.notes)
    return ""


def _next_step(step: Any) -> str:
    """An empty-list reason's next step: a template of its own, or a text of the FIX table."""
    return text(step) if isinstance(step, Text) else fix_text(step)


def empty_list_text(title: str, reasons: Sequence[Any]) -> str:
    """'Why is this list empty?' as rich text: each rule with its ID and what to do."""
    lines = "".join(
        f"<li><b>{r.check_id}</b>: {html.escape(text(r.reason))} — {html.escape(_next_step(r.next_step))}</li>"
        for r in reasons
    )
    return f"<b>{html.escape(title)}</b><ul>{lines}</ul>"


class ChoiceList(QTreeWidget):
    """Every candidate listed; what can't be chosen is greyed with its catalog ID and reason."""

    def __init__(self, headers: Sequence[str], accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = [*headers, self.tr("Remarks")]
        self.setHeaderLabels(self._headers)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setAccessibleName(accessible_name)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(True)

    def fill(self, choices: Sequence[Choice[Any]], columns: Callable[[Any], Sequence[str]]) -> None:
        self.clear()
        for choice in choices:
            remark = _remark(choice)
            cells = [visible(c) for c in (*columns(choice.value), remark)]  # issue 12: no raw bidi/controls
            row = QTreeWidgetItem(cells)
            row.setData(0, VALUE_ROLE, choice.value)
            tip = remark or self.tr("Can be chosen.")
            for col in range(len(cells)):
                row.setToolTip(col, tip)
            if not choice.selectable:
                row.setFlags(QtCore.Qt.ItemFlag.NoItemFlags)
                row.setIcon(0, self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical))
            elif choice.notes:
                row.setIcon(0, self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            self.addTopLevelItem(row)

    def selected_value(self) -> Any | None:
        items = self.selectedItems()
        return items[0].data(0, VALUE_ROLE) if items else None

    def select_where(self, predicate: Callable[[Any], bool]) -> bool:
        for i in range(self.topLevelItemCount()):
            row = self.topLevelItem(i)
            if row is None:
                continue
            if row.flags() & QtCore.Qt.ItemFlag.ItemIsEnabled and predicate(row.data(0, VALUE_ROLE)):
                self.setCurrentItem(row)
                row.setSelected(True)
                return True
        return False

    def selectable_count(self) -> int:
        return len([row for row in self._rows() if row.flags() & QtCore.Qt.ItemFlag.ItemIsEnabled])

    def row_texts(self) -> list[list[str]]:
        """Visible text of every row (for tests and the plain-text export)."""
        return [[row.text(c) for c in range(self.columnCount())] for row in self._rows()]

    def _rows(self) -> list[QTreeWidgetItem]:
        rows = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [row for row in rows if row is not None]
