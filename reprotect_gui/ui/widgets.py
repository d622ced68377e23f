"""Small widgets the pages share: a busy/error panel and a list of choices with reasons."""

from __future__ import annotations

import bisect
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
    QTimer,
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
    QStyledItemDelegate,
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
# A list's rows replaced by a refill are freed this many per event-loop turn: freeing 10,000 rows'
# objects at once (the streamed rows, when the whole vault's rows replace them) took ~6 ms.
RELEASE_ROWS = 1000
NARROW_GLYPHS = " !'(),-./:;I[]fijlrt|"  # the narrowest glyph of the list's font bounds what a column can show

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
    """The rows a list shows: every choice whose text holds each typed word, in the chosen order.

    The model filters and sorts by itself, on text worked out once per row (on a worker for long
    lists, `prepare_rows`), so a keystroke in the filter or a header click over 10,000 rows is a
    few list comprehensions and one layout change: Qt asks Python only for the cells in sight
    (a QSortFilterProxyModel calls filterAcceptsRow in Python once per row, 10,000 times per
    keystroke and again on every refill). A row's text is computed when first needed.

    Every choice is kept in parallel lists, in the sort order; `_shown` holds the positions of
    the rows the filter lets through, ascending (None: every row). `row`s in the API are rows
    shown; `position`s index every choice (see `all_choices`)."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._choices: list[Choice[Any]] = []
        self._cells: list[list[str] | None] = []  # None: worked out when first needed
        self._haystacks: list[str | None] = []
        self._keys: dict[int, list[Any]] = {}  # a column's sort keys, once computed, in _choices' order
        self._shown: list[int] | None = None
        self._retired: list[list[Any]] = []  # replaced rows, freed a slice per turn
        self._columns: Callable[[Any], Sequence[str]] = lambda _value: ()
        self._search: Callable[[Any], Sequence[str]] | None = None
        self._sort: tuple[int, bool] | None = None  # column, descending
        self.words: tuple[str, ...] = ()
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
        self._retire(self._choices, self._cells, self._haystacks)
        self._choices, self._cells, self._haystacks = self._take(choices)
        self._keys = {}
        if self._sort is not None:
            self._reorder(self._sorted_order(*self._sort))
        self._shown = self._matching(range(len(self._choices))) if self.words else None
        self.endResetModel()

    def append(self, choices: Sequence[Choice[Any]] | PreparedRows) -> None:
        """More rows: in the sort order when sorted (one layout change), else added at the end
        (an insertion of the rows the filter lets through)."""
        new, cells, haystacks = self._take(choices)
        if not new:
            return
        first, last = len(self._choices), len(self._choices) + len(new)
        if self._sort is not None:  # keep the operator's order: sorted with the new rows in

            def add_sorted() -> list[int]:
                self._extend(new, cells, haystacks)
                assert self._sort is not None
                order = self._sorted_order(*self._sort)
                self._reorder(order)
                self._shown = self._matching(range(last)) if self.words else None
                return order

            self._relayout(add_sorted)
            return
        if self._shown is None:
            self.beginInsertRows(QModelIndex(), first, last - 1)
            self._extend(new, cells, haystacks)
            self.endInsertRows()
            return
        self._extend(new, cells, haystacks)  # not shown yet: the rows shown are `_shown`
        matching = self._matching(range(first, last))
        if matching:
            shown = len(self._shown)
            self.beginInsertRows(QModelIndex(), shown, shown + len(matching) - 1)
            self._shown.extend(matching)
            self.endInsertRows()

    def _retire(self, *rows: list[Any]) -> None:
        """Free replaced rows RELEASE_ROWS per event-loop turn (a long list), or now (a short one)."""
        if len(rows[0]) <= RELEASE_ROWS:
            return
        if not self._retired:
            QTimer.singleShot(0, self, self._release_some)
        self._retired += rows

    def _release_some(self) -> None:
        for rows in self._retired:
            del rows[-RELEASE_ROWS:]
        self._retired = [rows for rows in self._retired if rows]
        if self._retired:
            QTimer.singleShot(0, self, self._release_some)

    def _take(
        self, choices: Sequence[Choice[Any]] | PreparedRows
    ) -> tuple[list[Choice[Any]], list[list[str] | None], list[str | None]]:
        if isinstance(choices, PreparedRows):
            return list(choices.choices), list(choices.cells), list(choices.haystacks)
        return list(choices), [None] * len(choices), [None] * len(choices)

    def _extend(self, choices: list[Choice[Any]], cells: list[list[str] | None], haystacks: list[str | None]) -> None:
        self._choices += choices
        self._cells += cells
        self._haystacks += haystacks
        for column, keys in self._keys.items():
            keys += [_sort_key(self._cells_at(p)[column]) for p in range(len(keys), len(self._choices))]

    # --- the filter: which rows contain every word typed ----------------------------------------

    def set_words(self, words: Sequence[str]) -> None:
        words = tuple(words)
        if words == self.words:
            return
        old, shown = self.words, self._shown
        # Typing on only narrows: a row that lacks an old word lacks the longer new one too.
        narrower = bool(old) and shown is not None and all(any(o in w for w in words) for o in old)
        candidates = shown if narrower and shown is not None else range(len(self._choices))
        new = self._matching(candidates, words) if words else None
        self.words = words
        if new == shown:
            return  # the same rows: nothing for the view to do

        def apply() -> None:
            self._shown = new

        self._relayout(apply)

    def _matching(self, positions: Sequence[int], words: Sequence[str] | None = None) -> list[int]:
        """The positions whose filter text holds every word (one comprehension per word)."""
        first, *more = words or self.words
        haystacks = self._haystacks
        if None in haystacks:  # choices given without prepared text (short lists): worked out once
            for p in range(len(haystacks)):
                if haystacks[p] is None:
                    haystacks[p] = self._haystack_of(p)
        found = [p for p in positions if first in haystacks[p]]  # type: ignore[operator]
        for word in more:
            found = [p for p in found if word in haystacks[p]]  # type: ignore[operator]
        return found

    # --- rows ------------------------------------------------------------------------------------

    def _position(self, row: int) -> int:
        return row if self._shown is None else self._shown[row]

    def row_of(self, position: int) -> int:
        """The row shown for a choice's position, or -1 when the filter hides it."""
        shown = self._shown
        if shown is None:
            return position if 0 <= position < len(self._choices) else -1
        row = bisect.bisect_left(shown, position)
        return row if row < len(shown) and shown[row] == position else -1

    def choice(self, row: int) -> Choice[Any]:
        return self._choices[self._position(row)]

    def cells(self, row: int) -> list[str]:
        return self._cells_at(self._position(row))

    def all_choices(self) -> Sequence[Choice[Any]]:
        """Every choice, shown or not, in the list's order (a choice's index is its position)."""
        return self._choices

    def _cells_at(self, position: int) -> list[str]:
        cells = self._cells[position]
        if cells is None:
            choice = self._choices[position]
            cells = [visible(text) for text in (*self._columns(choice.value), _remark(choice))]  # issue 12
            self._cells[position] = cells
        return cells

    def _haystack_of(self, position: int) -> str:
        """What the filter looks in: every column but the remark, plus the page's extra terms
        (e.g. the plans an item belongs to)."""
        cells = self._cells_at(position)
        extra = self._search(self._choices[position].value) if self._search is not None else ()
        return " ".join([*cells[:-1], *extra]).casefold()

    def _relayout(self, apply: Callable[[], list[int] | None]) -> None:
        """Change which rows are shown or their order in one layout change; selection and focus
        follow their rows. `apply` returns, per new position, the position it had (None: the
        positions stay)."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        before = [self._position(i.row()) for i in old]
        order = apply()
        if old:
            if order is not None:
                if len(old) > 32:
                    inverse = [0] * len(order)
                    for new_position, old_position in enumerate(order):
                        inverse[old_position] = new_position
                    before = [inverse[p] for p in before]
                else:
                    before = [order.index(p) for p in before]
            moved = []
            for index, position in zip(old, before, strict=True):
                row = self.row_of(position)
                moved.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
            self.changePersistentIndexList(old, moved)
        self.layoutChanged.emit()

    # --- QAbstractTableModel ---------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._choices) if self._shown is None else len(self._shown)

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
        if self._choices[self._position(index.row())].selectable:
            return self._choosable
        return self._enabled

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid():
            return None
        position = self._position(index.row())
        if role == VALUE_ROLE:
            return self._choices[position].value
        return self._role(position, index.column(), role)

    def multiData(self, index: QModelIndex | QPersistentModelIndex, roleDataSpan: Any) -> None:  # noqa: N803
        """Every role a view asks for a cell, in one call from Qt instead of seven (a repaint of
        10,000 rows stays a few milliseconds; each crossing into Python costs)."""
        position, column = self._position(index.row()), index.column()
        for role_data in roleDataSpan:
            value = self._role(position, column, role_data.role())
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def _role(self, position: int, column: int, role: int) -> Any:
        if role == DISPLAY_ROLE:
            text = self._cells_at(position)[column]
            return text if len(text) <= DISPLAY_CHARS else text[: DISPLAY_CHARS - 1] + "…"
        if role in (TOOLTIP_ROLE, ACCESSIBLE_DESCRIPTION_ROLE):
            return self._cells_at(position)[-1] or self._can_be_chosen
        if role == DECORATION_ROLE and column == 0:
            choice = self._choices[position]
            if not choice.selectable:
                return self._icon("critical")
            if choice.notes:
                return self._icon("warning")
        elif role == FOREGROUND_ROLE and not self._choices[position].selectable:
            return self._grey
        return None

    def _icon(self, kind: str) -> Any:
        return self._icons[kind]

    # --- sorting --------------------------------------------------------------------------------

    def sort_by(self, column: int, descending: bool) -> None:
        def apply() -> list[int]:
            self._sort = (column, descending)
            order = self._sorted_order(column, descending)
            self._reorder(order)
            self._shown = self._matching(range(len(self._choices))) if self.words else None
            return order

        self._relayout(apply)

    def _sorted_order(self, column: int, descending: bool) -> list[int]:
        """The positions in the new order: numbers first (as numbers), then text without regard
        to case; stable, so rows with equal keys keep the order they had."""
        keys = self._keys.get(column)
        if keys is None:
            if None in self._cells:  # choices given without prepared text (short lists)
                for p in range(len(self._cells)):
                    self._cells_at(p)
            keys = self._keys[column] = [_sort_key(cells[column]) for cells in self._cells]  # type: ignore[index]
        numbers = [p for p, key in enumerate(keys) if type(key) is tuple]
        if not numbers:  # a text column: one sort on plain strings
            return sorted(range(len(keys)), key=keys.__getitem__, reverse=descending)
        texts = [p for p, key in enumerate(keys) if type(key) is not tuple]
        numbers.sort(key=keys.__getitem__, reverse=descending)
        texts.sort(key=keys.__getitem__, reverse=descending)
        return texts + numbers if descending else numbers + texts

    def _reorder(self, order: list[int]) -> None:
        self._choices = [self._choices[p] for p in order]
        self._cells = [self._cells[p] for p in order]
        self._haystacks = [self._haystacks[p] for p in order]
        self._keys = {column: [keys[p] for p in order] for column, keys in self._keys.items()}


_NUMBER_START = frozenset("0123456789+-.")


def _sort_key(text: str) -> tuple[float, str] | str:
    """A number as a number (disk counts, sizes: "1.2 TB"), else the text without regard to case."""
    if text[:1] in _NUMBER_START:  # a name or a word: no parsing tried (most cells)
        try:
            return (float(text.split(" ", 1)[0].replace(",", "")), text.casefold())
        except ValueError:
            pass
    return text.casefold()


class _FittedText(QStyledItemDelegate):
    """Paints a cell's text cut to what its column can hold: Qt lays out a cell's whole text to
    elide it, so the rest would only cost paint time (a remark of a few hundred characters, on
    each of the rows in sight, at each repaint). What is drawn stays the same: the cut text is
    still wider than the column, in glyphs at least `narrowest` pixels wide. Only a text of
    zero-width characters (combining marks) could show its "…" early; the tooltip and the
    reason below the list keep the whole text, and the model's text is not cut."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        metrics = view.fontMetrics()
        self._narrowest = max(1, min(metrics.horizontalAdvance(c) for c in NARROW_GLYPHS))
        self._limits: dict[int, int] = {}
        view.horizontalHeader().sectionResized.connect(self._fit)

    def _fit(self, column: int, _old: int, width: int) -> None:
        self._limits[column] = max(0, width) // self._narrowest + 2

    def limit(self, column: int) -> int:
        return self._limits.get(column, DISPLAY_CHARS)

    def initStyleOption(self, option: Any, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        limit = self._limits.get(index.column(), DISPLAY_CHARS)
        text = option.text
        if len(text) > limit:
            option.text = text[: limit - 1] + "…"


class ChoiceList(QWidget):
    """Every candidate listed; what can't be chosen is greyed with its catalog ID and reason.

    Qt model/view (a table model that filters and sorts itself, a table view), so 10,000 rows
    fill and filter without stalling the window; a row's text is computed when first shown.
    Below the list, the focused row's full reason, word-wrapped and selectable, and the view's accessible
    description, so keyboard and screen-reader users read what the Remarks column cuts off.

    Signals: itemSelectionChanged() — the chosen row changed.
    """

    itemSelectionChanged = Signal()

    def __init__(self, headers: Sequence[str], accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = [*headers, self.tr("Remarks")]
        self.source = ChoiceModel(self._headers, self)  # the rows shown (filtered, sorted); `model()` too
        self.view = QTableView(self)
        self.view.setModel(self.source)
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
        self.fitted = _FittedText(self.view)  # a cell's text cut to what its column shows, when painted
        self.view.setItemDelegate(self.fitted)
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
        # A chosen row the filter hides (or a refill replaces) is no longer chosen: Qt drops it
        # from the selection without a signal, so the page is told here (its Next follows).
        self._had_choice = False
        self.source.layoutAboutToBeChanged.connect(self._before_rows_change)
        self.source.modelAboutToBeReset.connect(self._before_rows_change)
        self.source.modelReset.connect(self._after_rows_change)
        self.source.layoutChanged.connect(self._after_rows_change)

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
        self.source.set_words(text.casefold().split())
        self._show_detail()

    # --- reading --------------------------------------------------------------------------------

    def selected_value(self) -> Any | None:
        rows = self.view.selectionModel().selectedRows()
        return self.source.choice(rows[0].row()).value if rows else None

    def clearSelection(self) -> None:
        self.view.clearSelection()

    def select_where(self, predicate: Callable[[Any], bool]) -> bool:
        for position, choice in enumerate(self.source.all_choices()):
            if choice.selectable and predicate(choice.value):
                if self.source.row_of(position) < 0:  # hidden by the filter: show everything again
                    self.set_filter("")
                index = self.source.index(self.source.row_of(position), 0)
                self.view.setCurrentIndex(index)
                self.view.selectionModel().select(index, self._select_row)
                self.view.scrollTo(index)
                return True
        return False

    def focus_row_where(self, predicate: Callable[[Any], bool]) -> bool:
        """Move the focus (not the selection) to the first visible row whose value matches."""
        for row in range(self.source.rowCount()):
            index = self.source.index(row, 0)
            if predicate(self.source.choice(row).value):
                self.view.selectionModel().setCurrentIndex(index, self._focus_only)
                return True
        return False

    def selectable_count(self) -> int:
        """Rows that can be chosen, shown or hidden by the filter."""
        return sum(1 for choice in self.source.all_choices() if choice.selectable)

    def topLevelItemCount(self) -> int:
        """Rows shown (after the filter)."""
        return self.source.rowCount()

    def columnCount(self) -> int:
        return len(self._headers)

    # The item view's API, for pages and tests written against it: the model shown (after the
    # filter), the selected rows' values, and where a shown cell is.

    def model(self) -> ChoiceModel:
        return self.source

    def selectedItems(self) -> list[Any]:  # noqa: N802
        return [self.source.choice(i.row()).value for i in self.view.selectionModel().selectedRows()]

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
        return [list(self.source.cells(row)) for row in range(self.source.rowCount())]

    @property
    def detail_text(self) -> str:
        return self.detail.text() if self.detail.isVisible() or self.detail.text() else ""

    def _before_rows_change(self) -> None:
        self._had_choice = self.view.selectionModel().hasSelection()

    def _after_rows_change(self) -> None:
        self._show_detail()
        if self._had_choice and not self.view.selectionModel().hasSelection():
            self.itemSelectionChanged.emit()

    # --- the focused row's full reason -------------------------------------------------------

    def _show_detail(self) -> None:
        current = self.view.currentIndex()
        if not current.isValid():
            self.detail.clear()
            self.detail.setAccessibleDescription("")
            self.view.setAccessibleDescription("")
            self.detail.hide()
            return
        text = str(self.source.data(current, TOOLTIP_ROLE))
        self.detail.setText(text)
        self.detail.setAccessibleDescription(text)
        self.view.setAccessibleDescription(text)
        self.detail.show()

    def _on_sort(self, column: int, order: Any) -> None:
        if column >= 0:
            self.source.sort_by(column, order == self._descending)
