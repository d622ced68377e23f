"""Small widgets the pages share: a busy/error panel and a list of choices with reasons."""

from __future__ import annotations

import html
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6 import QtCore
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QModelRoleData,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QUrl,
    Signal,
)
from PySide6.QtGui import QBrush, QDesktopServices, QFontMetrics, QIcon, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QStyle,
    QTableView,
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
DISPLAY_ROLE, DECORATION_ROLE, TOOLTIP_ROLE, FOREGROUND_ROLE = 0, 1, 3, 9
ACCESSIBLE_DESCRIPTION_ROLE = 12
SIZE_SAMPLE_ROWS = 30  # a list's columns fit the text of its first rows (about what is in sight)
# A cell shows at most this many characters, then "…": more than a column shows on a 4K screen, and
# Qt lays out a cell's whole text to elide it (a plan's remark naming 33 VMs' problems, 13,000
# characters, took ~5 ms a row to paint). The tooltip and the reason below the list keep it whole.
DISPLAY_CHARS = 500

# PySide creates a Qt class's Python type on first use. The lists use these on the GUI thread
# while the wizard imports its later pages on a worker; two threads creating types at once can
# crash the interpreter (seen: fontMetrics() against a page import), so they are made here, at import.
_TYPES_USED_BY_THE_LISTS = (QBrush, QFontMetrics, QIcon, QModelRoleData)


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


@dataclass(frozen=True, slots=True)
class PreparedRows:
    """Choices with their row text and filter text already computed (on a worker, for long lists)."""

    choices: list[Choice[Any]]
    cells: list[list[str]]
    haystacks: list[str]


def prepare_rows(
    choices: Sequence[Choice[Any]],
    columns: Callable[[Any], Sequence[str]],
    search: Callable[[Any], Sequence[str]] | None = None,
) -> PreparedRows:
    """Row text and filter text for every choice. Plain Python: safe on any thread."""
    cells = [[visible(text) for text in (*columns(c.value), _remark(c))] for c in choices]  # issue 12
    haystacks = [
        " ".join([*row[:-1], *(search(c.value) if search is not None else ())]).casefold()
        for c, row in zip(choices, cells, strict=True)
    ]
    return PreparedRows(list(choices), cells, haystacks)


class ChoiceModel(QAbstractTableModel):
    """The choices of one list; a row's text is computed when a view first asks for it.

    Sorting happens here, on cached keys (a Python `sort`, not one Python call per comparison),
    so a header click on 10,000 rows stays a short stall."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._choices: list[Choice[Any]] = []
        self._columns: Callable[[Any], Sequence[str]] = lambda _value: ()
        self._search: Callable[[Any], Sequence[str]] | None = None
        self._cells: dict[int, list[str]] = {}  # by id of the choice: rows move when sorted
        self._haystacks: dict[int, str] = {}
        self._sort: tuple[int, bool] | None = None  # column, descending
        self.words: tuple[str, ...] = ()
        self.accepted: list[bool] | None = None  # per row: shown by the filter; None = every row
        self._can_be_chosen = QCoreApplication.translate("ChoiceList", "Can be chosen.")
        # Every Qt enum, icon and brush the hot paths use, looked up once here: PySide makes a Qt
        # type on first use, and doing that while a worker imports the later pages can fail.
        item_flag = QtCore.Qt.ItemFlag
        self._no_flags = item_flag.NoItemFlags
        self._enabled = item_flag.ItemIsEnabled
        self._choosable = item_flag.ItemIsEnabled | item_flag.ItemIsSelectable
        self._horizontal = QtCore.Qt.Orientation.Horizontal
        style = QApplication.style()
        self._icons = {
            "critical": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        }
        self._grey = QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)

    # --- contents ---------------------------------------------------------------------------

    def set_choices(
        self,
        choices: Sequence[Choice[Any]] | PreparedRows,
        columns: Callable[[Any], Sequence[str]],
        search: Callable[[Any], Sequence[str]] | None,
    ) -> None:
        self.beginResetModel()
        self._columns, self._search = columns, search
        self._cells.clear()
        self._haystacks.clear()
        self._choices = self._take(choices)
        if self._sort is not None:
            self._sort_rows()
        self._refilter()
        self.endResetModel()

    def append(self, choices: Sequence[Choice[Any]] | PreparedRows) -> None:
        new = self._take(choices)
        if not new:
            return
        if self._sort is not None:  # keep the operator's order: re-sort with the new rows in
            self.layoutAboutToBeChanged.emit()
            before = list(self._choices)
            self._choices.extend(new)
            self._sort_rows()
            self._move_persistent(before)
            self._refilter()
            self.layoutChanged.emit()
            return
        first = len(self._choices)
        accepted = self._accepts(range(first, first + len(new)), new)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._choices.extend(new)
        if self.accepted is not None:
            self.accepted.extend(accepted)
        self.endInsertRows()

    def _take(self, choices: Sequence[Choice[Any]] | PreparedRows) -> list[Choice[Any]]:
        if isinstance(choices, PreparedRows):
            for choice, cells, haystack in zip(choices.choices, choices.cells, choices.haystacks, strict=True):
                self._cells[id(choice)] = cells
                self._haystacks[id(choice)] = haystack
            return list(choices.choices)
        return list(choices)

    # --- the filter: which rows contain every word typed ----------------------------------------

    def set_words(self, words: Sequence[str]) -> None:
        self.words = tuple(words)
        self._refilter()

    def _refilter(self) -> None:
        self.accepted = self._accepts(range(len(self._choices)), self._choices) if self.words else None

    def _accepts(self, rows: range, choices: Sequence[Choice[Any]]) -> list[bool]:
        if not self.words:
            return []
        known = self._haystacks
        hays = [known.get(id(c)) or self._haystack_of(c, row) for row, c in zip(rows, choices, strict=True)]
        first, *more = self.words
        accepted = [first in hay for hay in hays]  # one word (the usual case): one comprehension
        for word in more:
            accepted = [ok and word in hay for ok, hay in zip(accepted, hays, strict=True)]
        return accepted

    def choice(self, row: int) -> Choice[Any]:
        return self._choices[row]

    def cells(self, row: int) -> list[str]:
        choice = self._choices[row]
        cells = self._cells.get(id(choice))
        if cells is None:
            cells = [visible(text) for text in (*self._columns(choice.value), _remark(choice))]  # issue 12
            self._cells[id(choice)] = cells
        return cells

    def _haystack_of(self, choice: Choice[Any], row: int) -> str:
        """What the filter looks in: every column but the remark, plus the page's extra terms
        (e.g. the plans an item belongs to)."""
        cells = self._cells.get(id(choice))
        if cells is None:
            cells = [visible(text) for text in (*self._columns(choice.value), _remark(choice))]
            self._cells[id(choice)] = cells
        extra = self._search(choice.value) if self._search is not None else ()
        text = " ".join([*cells[:-1], *extra]).casefold()
        self._haystacks[id(choice)] = text
        return text

    # --- QAbstractTableModel ---------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._choices)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Any, role: int = DISPLAY_ROLE) -> Any:
        if role == DISPLAY_ROLE and orientation == self._horizontal:
            return self._headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Any:
        # Rows that can't be chosen stay focusable (enabled, not selectable): a keyboard or
        # screen-reader user reaches them and reads the reason below the list.
        if not index.isValid():
            return self._no_flags
        if self._choices[index.row()].selectable:
            return self._choosable
        return self._enabled

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid():
            return None
        if role == VALUE_ROLE:
            return self._choices[index.row()].value
        return self._role(index.row(), index.column(), role)

    def multiData(self, index: QModelIndex | QPersistentModelIndex, roleDataSpan: Any) -> None:  # noqa: N803
        """Every role a view asks for a cell, in one call from Qt instead of seven (a repaint of
        10,000 rows stays a few milliseconds; each crossing into Python costs)."""
        row, column = index.row(), index.column()
        for role_data in roleDataSpan:
            value = self._role(row, column, role_data.role())
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def _role(self, row: int, column: int, role: int) -> Any:
        if role == DISPLAY_ROLE:
            text = self.cells(row)[column]
            return text if len(text) <= DISPLAY_CHARS else text[: DISPLAY_CHARS - 1] + "…"
        if role in (TOOLTIP_ROLE, ACCESSIBLE_DESCRIPTION_ROLE):
            return self.cells(row)[-1] or self._can_be_chosen
        if role == DECORATION_ROLE and column == 0:
            choice = self._choices[row]
            if not choice.selectable:
                return self._icon("critical")
            if choice.notes:
                return self._icon("warning")
        elif role == FOREGROUND_ROLE and not self._choices[row].selectable:
            return self._grey
        return None

    def _icon(self, kind: str) -> Any:
        return self._icons[kind]

    # --- sorting --------------------------------------------------------------------------------

    def sort_by(self, column: int, descending: bool) -> None:
        self.layoutAboutToBeChanged.emit()
        before = list(self._choices)
        self._sort = (column, descending)
        self._sort_rows()
        self._move_persistent(before)
        self._refilter()
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        assert self._sort is not None
        column, descending = self._sort
        keyed = [(_sort_key(self.cells(row)[column]), row) for row in range(len(self._choices))]
        keyed.sort(key=lambda pair: pair[0], reverse=descending)  # stable: equal keys keep their order
        self._choices = [self._choices[row] for _, row in keyed]

    def _move_persistent(self, before: list[Choice[Any]]) -> None:
        """Selection and focus follow their rows to the new places."""
        new_row = {id(choice): row for row, choice in enumerate(self._choices)}
        old = self.persistentIndexList()
        moved = [self.index(new_row[id(before[i.row()])], i.column()) for i in old]
        self.changePersistentIndexList(old, moved)


def _sort_key(text: str) -> tuple[int, float, str]:
    """Numbers as numbers (disk counts, sizes), then text without regard to case."""
    head = text.split(" ", 1)[0].replace(",", "")
    try:
        return (0, float(head), text.casefold())
    except ValueError:
        return (1, 0.0, text.casefold())


class _FilterProxy(QSortFilterProxyModel):
    """Shows the rows the model found every typed word in. The matching itself runs in one
    Python loop in the model; this per-row callback only looks the answer up (10,000 rows)."""

    def __init__(self, model: ChoiceModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._rows = QSortFilterProxyModel.Direction.Rows
        self.setSourceModel(model)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        accepted = self._model.accepted
        return accepted is None or accepted[source_row]

    def multiData(self, index: QModelIndex | QPersistentModelIndex, roleDataSpan: Any) -> None:  # noqa: N803
        self._model.multiData(self.mapToSource(index), roleDataSpan)

    def set_words(self, words: list[str]) -> None:
        self.beginFilterChange()
        self._model.set_words(words)
        self.endFilterChange(self._rows)


class ChoiceList(QWidget):
    """Every candidate listed; what can't be chosen is greyed with its catalog ID and reason.

    Qt model/view (a table model, a filter proxy, a table view), so 10,000 rows fill and filter
    without stalling the window; a row's text is computed when first shown. Below the list, the
    focused row's full reason, word-wrapped and selectable, and the view's accessible
    description, so keyboard and screen-reader users read what the Remarks column cuts off.

    Signals: itemSelectionChanged() — the chosen row changed.
    """

    itemSelectionChanged = Signal()

    def __init__(self, headers: Sequence[str], accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = [*headers, self.tr("Remarks")]
        self.source = ChoiceModel(self._headers, self)  # every row; `model()` is what is shown
        self.proxy = _FilterProxy(self.source, self)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list, arrows move within it
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.setAccessibleName(accessible_name)
        header = self.view.horizontalHeader()
        # Sized to the rows in sight when filled, then left alone (the operator may drag them):
        # sizing to contents on every change re-measures every visible cell each time.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(0)  # the rows in sight, not the first 1,000 of 10,000
        header.setStretchLastSection(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, QtCore.Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._on_sort)
        flag = QItemSelectionModel.SelectionFlag
        self._select_row, self._focus_only = flag.ClearAndSelect | flag.Rows, flag.NoUpdate
        self._descending = QtCore.Qt.SortOrder.DescendingOrder
        self._sized = False  # columns fitted to the first rows
        self._size_when_shown = False
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(
            QtCore.Qt.TextInteractionFlag.TextSelectableByMouse | QtCore.Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.detail.setFocusPolicy(QtCore.Qt.FocusPolicy.ClickFocus)  # read through the list's description
        self.detail.setAccessibleName(self.tr("Reason for the focused row"))
        self.detail.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)
        self.setFocusProxy(self.view)
        selection = self.view.selectionModel()
        selection.selectionChanged.connect(lambda *_: self.itemSelectionChanged.emit())
        selection.currentChanged.connect(lambda *_: self._show_detail())
        self.source.modelReset.connect(self._show_detail)
        self.proxy.layoutChanged.connect(self._show_detail)

    # --- filling --------------------------------------------------------------------------------

    def fill(
        self,
        choices: Sequence[Choice[Any]] | PreparedRows,
        columns: Callable[[Any], Sequence[str]],
        search: Callable[[Any], Sequence[str]] | None = None,
    ) -> None:
        """Replace the rows. `search` gives extra words the filter finds a row by (not shown);
        `prepare_rows` computes a long list's text on a worker beforehand."""
        self.source.set_choices(choices, columns, search)
        self._size_columns()

    def _size_columns(self) -> None:
        """Columns fit the first rows in sight, once: a refill or the next page keeps the widths
        (and what the operator dragged). A hidden list sizes itself when first shown."""
        if self._sized or not self.source.rowCount():
            return
        if not self.isVisible():
            self._size_when_shown = True
            return
        self._sized = True
        # Measured from the text of the first rows (Qt's resizeColumnToContents asks the model
        # for every role of every cell in sight: ~40 ms on a busy machine, in the first page).
        limit = max(120, self.view.viewport().width() // 2)
        cell, head = self.view.fontMetrics(), self.view.horizontalHeader().fontMetrics()
        sample = [self.source.cells(row) for row in range(min(self.source.rowCount(), SIZE_SAMPLE_ROWS))]
        icon = self.view.iconSize().width() + 8
        for column in range(len(self._headers) - 1):  # the last one stretches
            widest = max((cell.horizontalAdvance(cells[column]) for cells in sample), default=0)
            width = max(widest + (icon if column == 0 else 0), head.horizontalAdvance(self._headers[column]) + 16)
            self.view.setColumnWidth(column, min(width + 16, limit))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._size_when_shown:
            self._size_when_shown = False
            self._size_columns()

    def extend(self, choices: Sequence[Choice[Any]] | PreparedRows) -> None:
        """More rows (the next page of a long list); selection and filter stay."""
        empty = self.source.rowCount() == 0
        self.source.append(choices)
        if empty:
            self._size_columns()

    def clear(self) -> None:
        self.source.set_choices([], lambda _value: (), None)
        self._sized = False

    def set_filter(self, text: str) -> None:
        self.proxy.set_words(text.casefold().split())
        self._show_detail()

    # --- reading --------------------------------------------------------------------------------

    def _source_row(self, proxy_index: QModelIndex) -> int:
        return self.proxy.mapToSource(proxy_index).row()

    def selected_value(self) -> Any | None:
        rows = self.view.selectionModel().selectedRows()
        return self.source.choice(self._source_row(rows[0])).value if rows else None

    def clearSelection(self) -> None:
        self.view.clearSelection()

    def select_where(self, predicate: Callable[[Any], bool]) -> bool:
        for row in range(self.source.rowCount()):
            choice = self.source.choice(row)
            if choice.selectable and predicate(choice.value):
                index = self.proxy.mapFromSource(self.source.index(row, 0))
                if not index.isValid():  # hidden by the filter: show everything again
                    self.set_filter("")
                    index = self.proxy.mapFromSource(self.source.index(row, 0))
                self.view.setCurrentIndex(index)
                self.view.selectionModel().select(index, self._select_row)
                self.view.scrollTo(index)
                return True
        return False

    def focus_row_where(self, predicate: Callable[[Any], bool]) -> bool:
        """Move the focus (not the selection) to the first visible row whose value matches."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if predicate(self.source.choice(self._source_row(index)).value):
                self.view.selectionModel().setCurrentIndex(index, self._focus_only)
                return True
        return False

    def selectable_count(self) -> int:
        return sum(1 for row in range(self.source.rowCount()) if self.source.choice(row).selectable)

    def topLevelItemCount(self) -> int:
        """Rows shown (after the filter)."""
        return self.proxy.rowCount()

    def columnCount(self) -> int:
        return len(self._headers)

    # The item view's API, for pages and tests written against it: the model shown (after the
    # filter), the selected rows' values, and where a shown cell is.

    def model(self) -> QSortFilterProxyModel:
        return self.proxy

    def selectedItems(self) -> list[Any]:  # noqa: N802
        return [self.source.choice(self._source_row(i)).value for i in self.view.selectionModel().selectedRows()]

    def scrollTo(self, index: QModelIndex) -> None:  # noqa: N802
        self.view.scrollTo(index)

    def visualRect(self, index: QModelIndex) -> Any:  # noqa: N802
        return self.view.visualRect(index)

    def viewport(self) -> QWidget:
        """The view's viewport (pages filter its events, e.g. for a column's own tooltip)."""
        return self.view.viewport()

    def indexAt(self, pos: Any) -> QModelIndex:  # noqa: N802 - the item view's name
        """The shown cell at a viewport position; its data() is the row's text."""
        return self.view.indexAt(pos)

    def row_texts(self) -> list[list[str]]:
        """Visible text of every row shown, in the order shown (for tests and the plain-text export)."""
        return [
            list(self.source.cells(self._source_row(self.proxy.index(row, 0)))) for row in range(self.proxy.rowCount())
        ]

    @property
    def detail_text(self) -> str:
        return self.detail.text() if self.detail.isVisible() or self.detail.text() else ""

    # --- the focused row's full reason -------------------------------------------------------

    def _show_detail(self) -> None:
        current = self.view.currentIndex()
        if not current.isValid():
            self.detail.clear()
            self.detail.setAccessibleDescription("")
            self.view.setAccessibleDescription("")
            self.detail.hide()
            return
        text = str(self.proxy.data(current, TOOLTIP_ROLE))
        self.detail.setText(text)
        self.detail.setAccessibleDescription(text)
        self.view.setAccessibleDescription(text)
        self.detail.show()

    def _on_sort(self, column: int, order: Any) -> None:
        if column >= 0:
            self.source.sort_by(column, order == self._descending)
