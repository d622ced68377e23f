"""The shared list (ChoiceList): filter, sort, the focused row's full reason, and a select page
usable while the vault streams in (issue 16 items 2-3; issue 13 item 1)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest

from reprotect_gui.domain.models import Choice
from reprotect_gui.ui.widgets import ChoiceList, PreparedRows, prepare_rows
from tests.ui.walk import click, go_to_modernized_review, go_to_review


def expected_reason(choice: Choice) -> str:
    """The row's whole reason as the app renders it (every rule with its text), never cut."""
    from reprotect_gui.ui.widgets import _remark

    text = _remark(choice) or "Can be chosen."
    if not choice.selectable:
        assert text.startswith("✖ Can't be chosen — ")
    elif choice.notes:
        assert text.startswith("⚠ ")
    shown = choice.reasons if not choice.selectable else choice.notes
    assert all(cid in text for cid, _ in shown)  # every rule, none dropped
    return text


def assert_every_focused_row_shows_its_full_reason(choice_list: ChoiceList) -> int:
    """Focus each row in turn: the text below the list (and the list's accessible description)
    is the row's whole reason, never cut; returns how many rows were checked."""
    view, model = choice_list.view, choice_list.source
    assert choice_list.detail.wordWrap()
    flags = choice_list.detail.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        choice = model.choice(row)
        full = expected_reason(choice)
        assert choice_list.detail_text == full
        assert choice_list.detail.isVisibleTo(choice_list)
        assert view.accessibleDescription() == full
        assert choice_list.detail.accessibleDescription() == full
        assert choice_list.detail.accessibleName()
    return model.rowCount()


# --- the focused row's full reason, on every list of every route (issue 13 item 1) ----------------


def test_select_page_lists_show_the_full_reason(qtbot, make_wizard):
    wizard = make_wizard()
    page = wizard.select_page
    assert assert_every_focused_row_shows_its_full_reason(page.items) == len(wizard.session.site.items)
    disabled = [page.items.source.choice(r) for r in range(page.items.source.rowCount())]
    assert any(not c.selectable for c in disabled) and any(c.selectable for c in disabled)
    page.plan_mode.setChecked(True)
    assert assert_every_focused_row_shows_its_full_reason(page.plans) == len(wizard.session.site.plans)


def test_classic_route_lists_show_the_full_reason(qtbot, make_wizard):
    wizard = make_wizard()
    go_to_review(qtbot, wizard, vm="web-01")
    assert assert_every_focused_row_shows_its_full_reason(wizard.target_page.master_targets) > 1
    assert assert_every_focused_row_shows_its_full_reason(wizard.target_page.process_servers) >= 1
    assert assert_every_focused_row_shows_its_full_reason(wizard.datastore_page.datastores) > 1
    assert assert_every_focused_row_shows_its_full_reason(wizard.retention_page.volumes) >= 1


def test_modernized_route_lists_show_the_full_reason(qtbot, make_wizard):
    wizard = make_wizard()
    go_to_modernized_review(qtbot, wizard, vm="wiki-01", datastore="vsanDatastore")
    assert assert_every_focused_row_shows_its_full_reason(wizard.appliance_page.appliances) >= 1
    assert assert_every_focused_row_shows_its_full_reason(wizard.datastore_page.datastores) >= 1
    assert assert_every_focused_row_shows_its_full_reason(wizard.log_storage_page.accounts) >= 1


def test_keyboard_reaches_a_row_that_cant_be_chosen_and_reads_why(qtbot, make_wizard):
    wizard = make_wizard()
    items = wizard.select_page.items
    blocked = next(r for r in range(items.source.rowCount()) if not items.source.choice(r).selectable)
    items.view.setFocus()
    items.view.setCurrentIndex(items.source.index(0, 0))
    for _ in range(blocked):
        QTest.keyClick(items.view, Qt.Key.Key_Down)
    assert items.view.currentIndex().row() == blocked
    assert items.detail_text.startswith("✖ Can't be chosen — ")
    assert items.selected_value() is None or items.selected_value() != items.source.choice(blocked).value


def test_detail_is_hidden_when_no_row_has_the_focus(qtbot, make_wizard):
    wizard = make_wizard()
    items = wizard.select_page.items
    items.view.setCurrentIndex(items.source.index(0, 0))
    assert items.detail_text
    items.set_filter("no-such-vm-anywhere")
    assert items.source.rowCount() == 0
    assert items.detail_text == "" and not items.detail.isVisibleTo(items)


# --- filter and sort on the select page ------------------------------------------------------------


def names(choice_list: ChoiceList) -> list[str]:
    return [row[0] for row in choice_list.row_texts()]


def test_filter_by_name_os_state_and_plan(qtbot, make_wizard):
    wizard = make_wizard()
    page, site = wizard.select_page, wizard.session.site
    everything = names(page.items)
    assert len(everything) == len(site.items)

    def in_plan_named(item, word: str) -> bool:
        return any(word in p.name.lower() for p in site.plans if item.item_id in p.item_ids)

    qtbot.keyClicks(page.filter, "WEB")  # typed, case ignored: by name, or by a plan's name
    expected = [i.name for i in site.items if "web" in i.name.lower() or in_plan_named(i, "web")]
    assert names(page.items) == sorted(expected, key=str.lower)
    assert any("web" not in name for name in expected)  # one found through its plan only

    page.filter.setText("linux")  # OS column
    assert set(names(page.items)) == {i.name for i in site.items if i.os_type.value == "Linux"}

    state = site.items[0].protection_state
    page.filter.setText(state.lower())  # state column
    assert set(names(page.items)) == {i.name for i in site.items if state.lower() in i.protection_state.lower()}

    plan = next(p for p in site.plans if p.item_ids)
    page.filter.setText(plan.name)  # the plans an item belongs to (not a column)
    in_plan = {site.item(i).name for i in plan.item_ids}
    assert in_plan <= set(names(page.items))
    assert all(
        plan.name.lower() in " ".join(row).lower() or name in in_plan
        for name, row in zip(names(page.items), page.items.row_texts(), strict=True)
    )

    page.filter.setText("linux web")  # every word must match
    assert set(names(page.items)) == {
        i.name
        for i in site.items
        if i.os_type.value == "Linux" and ("web" in i.name.lower() or in_plan_named(i, "web"))
    }

    page.filter.clear()
    assert names(page.items) == everything


def test_filter_applies_to_the_plan_list_too(qtbot, make_wizard):
    wizard = make_wizard()
    page, site = wizard.select_page, wizard.session.site
    page.plan_mode.setChecked(True)
    plan = site.plans[0]
    page.filter.setText(plan.name)
    assert plan.name in names(page.plans)
    assert len(names(page.plans)) < len(site.plans)


def test_sorting_by_a_header_click_both_ways_numbers_as_numbers(qtbot, make_wizard):
    wizard = make_wizard()
    items = wizard.select_page.items
    header = items.view.horizontalHeader()
    name_col, disks_col = 0, 2
    header.setSortIndicator(name_col, Qt.SortOrder.DescendingOrder)
    shown = names(items)
    assert shown == sorted(shown, key=str.casefold, reverse=True)
    header.setSortIndicator(disks_col, Qt.SortOrder.AscendingOrder)
    disks = [int(row[disks_col]) for row in items.row_texts()]
    assert disks == sorted(disks) and len(set(disks)) > 1
    header.setSortIndicator(disks_col, Qt.SortOrder.DescendingOrder)
    assert [int(row[disks_col]) for row in items.row_texts()] == sorted(disks, reverse=True)


def test_the_chosen_row_stays_chosen_through_sort_and_filter(qtbot, make_wizard):
    wizard = make_wizard()
    page = wizard.select_page
    assert page.items.select_where(lambda i: i.name == "web-01")
    page.items.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert page.items.selected_value().name == "web-01"
    page.filter.setText("web")
    assert page.items.selected_value().name == "web-01"
    assert page.isComplete()
    click(wizard)
    assert wizard.session.selection.items[0].name == "web-01"


def test_select_where_finds_a_row_the_filter_hides(qtbot, make_wizard):
    wizard = make_wizard()
    page = wizard.select_page
    page.filter.setText("no-such-vm-anywhere")
    assert page.items.select_where(lambda i: i.name == "web-01")
    assert page.items.selected_value().name == "web-01"


# --- usable while the rest of the vault streams in (issue 16 item 3) -------------------------------


@pytest.fixture
def slow_vcenter_wizard(qtbot):
    """The training vault, whose vCenter read waits until the test lets it go."""
    from reprotect_gui.app import build_training_wizard
    from reprotect_gui.training.scenario import load_scenario

    gate = threading.Event()
    wizard = build_training_wizard(load_scenario(), speed=400.0, latency_s=0.02)
    vcenter = wizard.session.vcenter
    original = vcenter.read_estate

    def held(focus, ctx):
        gate.wait(10)
        return original(focus, ctx)

    vcenter.read_estate = held
    qtbot.addWidget(wizard)
    wizard.show()
    yield wizard, gate
    gate.set()
    wizard.session.runner.shutdown(2000)


def test_items_are_listed_and_choosable_before_the_whole_estate_is_read(qtbot, slow_vcenter_wizard):
    wizard, gate = slow_vcenter_wizard
    page = wizard.select_page
    total = len(
        wizard.session.site_recovery._scenario.site(wizard.session.clock.now(), wizard.session.clock.now()).items
    )
    qtbot.waitUntil(lambda: page.items.topLevelItemCount() == total, timeout=5000)
    assert wizard.session.estate is None  # vCenter still being read
    page.filter.setText("web")
    assert page.items.select_where(lambda i: i.name == "web-01")
    assert not page.isComplete()  # Next waits for the whole estate
    gate.set()
    qtbot.waitUntil(lambda: wizard.session.estate is not None, timeout=5000)
    qtbot.waitUntil(page.isComplete, timeout=2000)
    assert page.items.selected_value().name == "web-01"  # the early choice survived the refill
    assert page.items.source.rowCount() < total  # and so did the filter


def test_review_shows_the_focused_checks_whole_text_and_wraps(qtbot, make_wizard):
    """Issue 13 item 1 on Review: findings, evidence and fixes are never only an elided cell."""
    wizard = make_wizard()
    go_to_review(qtbot, wizard, vm="web-01")
    review = wizard.review_page
    tree, detail = review.verdicts, review.verdict_detail
    assert tree.wordWrap() and detail.wordWrap()
    assert detail.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    rows = []
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        for j in range(group.childCount()):
            row = group.child(j)
            rows.append(row)
            rows += [row.child(k) for k in range(row.childCount())]
    fixes = [r for r in rows if r.text(0) == "Fix"]
    assert rows and fixes
    expected_texts = {v.finding for v in review.results}
    for row in rows:
        tree.setCurrentItem(row)
        assert detail.text() == f"{row.text(0)}: {row.text(1)}"
        assert tree.accessibleDescription() == detail.text() == detail.accessibleDescription()
        assert detail.isVisibleTo(review)
    findings = {r.text(1) for r in rows if r.text(0) not in ("Fix", "Evidence")}
    assert findings <= expected_texts  # whole findings, as the checks wrote them


def _page_of(count: int, start: int) -> PreparedRows:
    choices = [Choice(f"synthetic-{start + i:05d}", selectable=True) for i in range(count)]
    return prepare_rows(choices, lambda value: [value, "", "", "", ""])


@pytest.mark.parametrize(("pages", "first_flush"), [((50, 50), 100), ((50, 50, 1), 100), ((99, 2), 101)])
def test_streamed_pages_are_listed_at_most_a_few_hundred_rows_per_turn(qtbot, slow_vcenter_wizard, pages, first_flush):
    """FLUSH_ROWS (100): pages are taken whole until 100 rows are reached, the rest next turn."""
    from reprotect_gui.ui.wizard.select_page import FLUSH_ROWS

    assert FLUSH_ROWS == 100
    wizard, _gate = slow_vcenter_wizard
    page = wizard.select_page
    qtbot.waitUntil(lambda: page.items.topLevelItemCount() > 0 and not page._pending, timeout=5000)
    already = page.items.topLevelItemCount()
    start = 0
    for count in pages:
        page._on_items_arrived(page._generation, _page_of(count, start))
        start += count
    page._flush_items()
    assert page.items.topLevelItemCount() == already + first_flush
    page._flush_items()
    assert page.items.topLevelItemCount() == already + sum(pages)


def test_a_page_from_an_older_load_is_dropped(qtbot, slow_vcenter_wizard):
    wizard, _gate = slow_vcenter_wizard
    page = wizard.select_page
    qtbot.waitUntil(lambda: page.items.topLevelItemCount() > 0 and not page._pending, timeout=5000)
    listed = page.items.topLevelItemCount()
    page._on_items_arrived(page._generation - 1, _page_of(5, 0))
    page._flush_items()
    assert page.items.topLevelItemCount() == listed


def test_a_page_can_read_the_cell_under_the_mouse(qtbot, make_wizard):
    """viewport() and indexAt(): what a page needs for a tooltip of its own on one column."""
    wizard = make_wizard()
    items = wizard.select_page.items
    rect = items.view.visualRect(items.source.index(0, 0))
    assert items.indexAt(rect.center()).siblingAtColumn(0).data() == items.row_texts()[0][0]
    assert items.viewport() is items.view.viewport()


def test_the_item_views_api_pages_rely_on(qtbot, make_wizard):
    wizard = make_wizard()
    page = wizard.select_page
    items = page.items
    model = items.model()
    assert model.rowCount() == len(items.row_texts()) and model.columnCount() == items.columnCount()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert items.selectedItems() == []
    assert items.select_where(lambda i: i.name == "web-01")
    assert [i.name for i in items.selectedItems()] == ["web-01"]
    last = model.index(model.rowCount() - 1, 0)
    items.scrollTo(last)
    assert items.visualRect(last).isValid()
    page.filter.setText("web")
    assert model.rowCount() < len(wizard.session.site.items)  # what is shown, after the filter


# --- a vault of thousands: rows worked out in slices, long remarks painted cut (issue 16) ----------


class _CountingContext:
    def __init__(self) -> None:
        self.points = 0

    def report(self, done: float, text: str) -> None:
        pass

    def raise_if_cancelled(self) -> None:
        self.points += 1


def _grown_site(copies: int):
    """The training vault with every item copied `copies` times (replication groups grow across
    plans) and plans of 7 items each, some holding only part of a group (SUB-02)."""
    import dataclasses

    from reprotect_gui.domain.models import RecoveryPlan
    from reprotect_gui.training.scenario import load_scenario
    from tests.fakes import ManualClock

    site = load_scenario().site(ManualClock().now())
    items = tuple(
        dataclasses.replace(item, item_id=f"{item.item_id}-{n:03d}", name=f"{item.name}-{n:03d}")
        for n in range(copies)
        for item in site.items
    )
    plans = tuple(
        RecoveryPlan(f"rp-{p:03d}", f"RP-{p:03d}", tuple(i.item_id for i in items[p * 7 : p * 7 + 7]))
        for p in range((len(items) + 6) // 7)
    )
    return dataclasses.replace(site, items=items, plans=(*plans, RecoveryPlan("rp-gone", "RP-gone", ("no-such",))))


def test_rows_worked_out_in_slices_are_the_rules_over_the_whole_vault():
    """select_page._rows on the loading worker: a cooperative point every ROWS_CHUNK rows, and the
    very rows, in the very order, that item_choices/plan_choices give over the whole site."""
    from reprotect_gui.domain import choices
    from reprotect_gui.ui.wizard.select_page import (
        PLANS_CHUNK,
        ROWS_CHUNK,
        _item_columns,
        _item_search_words,
        _plan_columns_by,
        _rows,
    )
    from tests.fakes import ManualClock

    site = _grown_site(copies=12)
    assert len(site.items) > 3 * ROWS_CHUNK and any(i.replication_group for i in site.items)
    now = ManualClock().now()
    ctx = _CountingContext()
    items, plans = _rows(site, now, ctx)
    whole_items, whole_plans = _rows(site, now)  # without a context: one go, on the GUI thread
    plans_of = {i.item_id: [p.name for p in site.plans if i.item_id in p.item_ids] for i in site.items}
    expected_items = prepare_rows(
        choices.item_choices(site, now), _item_columns, lambda i: (*plans_of[i.item_id], *_item_search_words(i))
    )
    expected_plans = prepare_rows(choices.plan_choices(site), _plan_columns_by({i.item_id: i.name for i in site.items}))
    for got in (items, whole_items):
        assert got == expected_items
    for got in (plans, whole_plans):
        assert got == expected_plans
    assert any("SUB-02" in " ".join(cid for cid, _ in c.reasons) for c in expected_plans.choices)
    assert any(not c.selectable for c in expected_plans.choices) and any(c.selectable for c in expected_plans.choices)
    assert ctx.points >= 2 * len(site.items) // ROWS_CHUNK + len(site.plans) // PLANS_CHUNK


@pytest.mark.parametrize(("length", "cut"), [(500, False), (501, True)])
def test_a_cell_shows_at_most_display_chars_and_the_tooltip_keeps_it_whole(qtbot, length, cut):
    from reprotect_gui.ui.widgets import DISPLAY_CHARS, TOOLTIP_ROLE

    assert DISPLAY_CHARS == 500
    choice_list = ChoiceList(["Name", "VMs"], "Plans")
    qtbot.addWidget(choice_list)
    long = "x" * (length - 1) + "y"
    reason = ("SUB-02", "z" * length)
    choice_list.fill([Choice("plan", selectable=False, reasons=(reason,))], lambda value: [value, long])
    model = choice_list.source
    shown = model.data(model.index(0, 1))
    assert shown == (long[: DISPLAY_CHARS - 1] + "…" if cut else long)
    assert len(shown) == min(length, DISPLAY_CHARS)
    remark = model.data(model.index(0, 2))
    assert remark.endswith("…") and len(remark) == DISPLAY_CHARS  # the remark is longer still
    assert model.data(model.index(0, 2), TOOLTIP_ROLE).endswith("z" * length)  # whole
    assert choice_list.row_texts()[0][1] == long  # the plain-text export keeps it whole too
    choice_list.set_filter("y")  # the filter looks in the whole text
    assert choice_list.topLevelItemCount() == 1


def test_rows_streamed_into_a_sorted_filtered_list_keep_order_filter_and_choice(qtbot):
    choice_list = ChoiceList(["Name", "OS", "Disks", "State", "Replication"], "VMs")
    qtbot.addWidget(choice_list)
    choice_list.fill(_page_of(30, 0), lambda value: [value, "", "", "", ""])
    choice_list.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    choice_list.set_filter("synthetic-0001")
    assert choice_list.select_where(lambda value: value == "synthetic-00012")
    for start in (30, 130, 230):  # pages arriving while the operator looks
        choice_list.extend(_page_of(100, start))
    shown = [row[0] for row in choice_list.row_texts()]
    assert shown == sorted((f"synthetic-{n:05d}" for n in range(330) if f"{n:05d}".startswith("0001")), reverse=True)
    assert choice_list.selected_value() == "synthetic-00012"
    choice_list.set_filter("")
    assert choice_list.topLevelItemCount() == 330
    assert [row[0] for row in choice_list.row_texts()] == sorted(
        (f"synthetic-{n:05d}" for n in range(330)), reverse=True
    )


# --- the list model filters and sorts itself (issue 16: no Python call per row per keystroke) ------


def _list_of(qtbot, values, columns=lambda value: [value, ""], headers=("Name", "OS")) -> ChoiceList:
    choice_list = ChoiceList(list(headers), "VMs")
    qtbot.addWidget(choice_list)
    choice_list.fill([Choice(v, selectable=True) for v in values], columns)
    return choice_list


def _shown(choice_list: ChoiceList) -> list:
    return [choice_list.source.choice(row).value for row in range(choice_list.topLevelItemCount())]


NAMES = ["web-01", "web-02", "db-01", "web-10", "app-01", "WEB-11", "db-web", "mail-01"]


@pytest.mark.parametrize("text", ["", "   ", "\t"])
def test_an_empty_filter_shows_every_row_in_order(qtbot, text):
    choice_list = _list_of(qtbot, NAMES)
    choice_list.set_filter("web")
    choice_list.set_filter(text)
    assert _shown(choice_list) == NAMES
    assert choice_list.source.words == ()


def test_a_filter_matching_nothing_shows_no_row_and_a_later_page_that_matches_appears(qtbot):
    choice_list = _list_of(qtbot, NAMES)
    choice_list.set_filter("zzz")
    assert choice_list.topLevelItemCount() == 0 and choice_list.row_texts() == []
    assert choice_list.selectable_count() == len(NAMES)  # hidden rows still count for "can anything be chosen"
    choice_list.extend([Choice("zzz-01", selectable=True), Choice("yyy-01", selectable=True)])
    assert _shown(choice_list) == ["zzz-01"]
    choice_list.set_filter("")
    assert _shown(choice_list) == [*NAMES, "zzz-01", "yyy-01"]


def test_typing_on_and_deleting_give_the_rows_a_fresh_filter_gives(qtbot):
    """Typing on narrows the rows already shown; any other change starts from every row: both
    give exactly the rows that hold every word, in the list's order."""
    choice_list = _list_of(qtbot, NAMES)

    def expected(text: str) -> list[str]:
        words = text.casefold().split()
        return [n for n in NAMES if all(w in n.casefold() for w in words)]

    typed = ["w", "we", "web", "web-", "web-0", "web-", "web", "web 1", "web 01", "1 web", "01 db", "db", "b", ""]
    for text in typed:
        choice_list.set_filter(text)
        assert _shown(choice_list) == expected(text), text


def test_rows_appended_while_filtered_are_inserted_when_they_match(qtbot):
    choice_list = _list_of(qtbot, NAMES)
    choice_list.set_filter("web")
    inserted: list[tuple[int, int]] = []
    choice_list.source.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    before = _shown(choice_list)
    choice_list.extend([Choice("web-99", selectable=True), Choice("ftp-01", selectable=True)])
    assert _shown(choice_list) == [*before, "web-99"]
    assert inserted == [(len(before), len(before))]  # one row inserted at the end, no reset
    choice_list.extend([Choice("ftp-02", selectable=True)])  # nothing that matches: nothing inserted
    assert inserted == [(len(before), len(before))]
    choice_list.set_filter("ftp")
    assert _shown(choice_list) == ["ftp-01", "ftp-02"]


def test_sorting_is_stable_numbers_first_and_text_without_regard_to_case(qtbot):
    rows = {"b": "3", "a": "disk", "d": "3", "c": "10", "e": "Disk", "f": "2.5 TB", "g": "nan", "h": "-1"}
    choice_list = _list_of(qtbot, list(rows), columns=lambda value: [value, rows[value]])
    header = choice_list.view.horizontalHeader()
    header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)
    # numbers as numbers (-1, 2.5, 3, 3, 10), equal keys in the order they had (b before d);
    # then text, "disk" and "Disk" equal without case (a before e); "nan" is a word, not a number
    assert _shown(choice_list) == ["h", "f", "b", "d", "c", "a", "e", "g"]
    header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    assert _shown(choice_list) == ["g", "a", "e", "c", "b", "d", "f", "h"]  # equal keys keep their order
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert _shown(choice_list) == sorted(rows, reverse=True)
    choice_list.set_filter("disk")  # a filter over a sorted list keeps the order
    header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)
    assert _shown(choice_list) == ["e", "a"]  # equal keys: the order they had (name descending)


def test_the_chosen_row_follows_filter_and_sort_and_a_hidden_one_is_no_longer_chosen(qtbot):
    choice_list = _list_of(qtbot, NAMES)
    changes: list = []
    choice_list.itemSelectionChanged.connect(lambda: changes.append(choice_list.selected_value()))
    assert choice_list.select_where(lambda value: value == "db-web")
    choice_list.set_filter("web")
    choice_list.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert choice_list.selected_value() == "db-web"
    assert choice_list.view.currentIndex().data() == "db-web" and choice_list.detail_text == "Can be chosen."
    choice_list.set_filter("web-0")  # hides it: not chosen any more, and the page is told
    assert choice_list.selected_value() is None and changes[-1] is None
    assert not choice_list.view.currentIndex().isValid() and choice_list.detail_text == ""
    choice_list.set_filter("")
    assert choice_list.selected_value() is None  # nothing else got chosen meanwhile
    assert all(value in ("db-web", None) for value in changes)


def test_a_hidden_chosen_vm_disables_next_on_the_select_page(qtbot, make_wizard):
    wizard = make_wizard()
    page = wizard.select_page
    assert page.items.select_where(lambda i: i.name == "web-01") and page.isComplete()
    next_button = wizard.button(wizard.WizardButton.NextButton)
    assert next_button.isEnabled()
    page.filter.setText("no-such-vm-anywhere")
    assert not page.isComplete() and not next_button.isEnabled()


@pytest.mark.parametrize("persistent", [32, 33])  # up to 32 looked up one by one, beyond through a table
def test_every_persistent_index_follows_its_row_through_a_sort(qtbot, persistent):
    from PySide6.QtCore import QPersistentModelIndex

    values = [f"vm-{n:03d}" for n in range(100)]
    choice_list = _list_of(qtbot, values)
    model = choice_list.source
    kept = [QPersistentModelIndex(model.index(row, row % 2)) for row in range(0, 3 * persistent, 3)]
    assert len(kept) == persistent
    choice_list.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    for n, index in enumerate(kept):
        assert index.isValid() and index.column() == (3 * n) % 2
        assert model.choice(index.row()).value == values[3 * n]
        assert index.row() == 99 - 3 * n
    choice_list.set_filter("vm-0")  # rows 0-99 are all "vm-0xx": nothing hidden, nothing moved
    assert [model.choice(i.row()).value for i in kept] == values[: 3 * persistent : 3]
    choice_list.set_filter("vm-00")
    assert [i.isValid() for i in kept] == [3 * n < 10 for n in range(persistent)]


@pytest.mark.parametrize(("rows", "freed_at_once"), [(1000, True), (1001, False)])
def test_rows_a_refill_replaces_are_freed_a_slice_per_turn(qtbot, rows, freed_at_once):
    """RELEASE_ROWS (1000): a longer list's old rows are freed over the next event-loop turns."""
    import gc
    import weakref

    from reprotect_gui.ui.widgets import RELEASE_ROWS

    assert RELEASE_ROWS == 1000

    class Value:
        def __str__(self) -> str:
            return "vm"

    values = [Value() for _ in range(rows)]
    first, last = weakref.ref(values[0]), weakref.ref(values[-1])
    choice_list = ChoiceList(["Name"], "VMs")
    qtbot.addWidget(choice_list)
    choice_list.fill([Choice(v, selectable=True) for v in values], lambda value: [str(value)])
    del values
    choice_list.fill([Choice("new", selectable=True)], lambda value: [value])
    gc.collect()
    assert (first() is None and last() is None) == freed_at_once
    qtbot.waitUntil(lambda: first() is None and last() is None, timeout=2000)
    assert _shown(choice_list) == ["new"]


@pytest.mark.parametrize("glyph", ["i", "W", "語"])
def test_a_cell_is_painted_as_if_its_whole_text_were_elided(qtbot, glyph):
    """The delegate cuts a cell's text to what its column can hold (len ≥ width / narrowest glyph):
    Qt's eliding of the cut text draws what eliding the whole text draws; the model keeps it whole."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    whole = glyph * 400
    choice_list = _list_of(qtbot, ["vm"], columns=lambda value: [value, whole])
    choice_list.resize(600, 300)
    choice_list.show()
    qtbot.waitExposed(choice_list)
    view, fitted = choice_list.view, choice_list.fitted
    view.setColumnWidth(1, 120)
    index = choice_list.source.index(0, 1)
    assert index.data() == whole
    option = QStyleOptionViewItem()
    option.initFrom(view)
    fitted.initStyleOption(option, index)
    limit = fitted.limit(1)
    assert limit < len(whole) and option.text == whole[: limit - 1] + "…"
    metrics, width = view.fontMetrics(), view.columnWidth(1)
    assert metrics.elidedText(option.text, Qt.TextElideMode.ElideRight, width) == metrics.elidedText(
        whole, Qt.TextElideMode.ElideRight, width
    )


@pytest.mark.parametrize(("extra", "cut"), [(0, False), (1, True)])
def test_a_cell_exactly_as_long_as_its_column_holds_is_not_cut(qtbot, extra, cut):
    from PySide6.QtWidgets import QStyleOptionViewItem

    choice_list = _list_of(qtbot, ["vm"])
    choice_list.show()
    qtbot.waitExposed(choice_list)
    choice_list.view.setColumnWidth(1, 90)
    limit = choice_list.fitted.limit(1)
    text = "x" * (limit + extra)
    choice_list.fill([Choice("vm", selectable=True)], lambda value: [value, text])
    option = QStyleOptionViewItem()
    choice_list.fitted.initStyleOption(option, choice_list.source.index(0, 1))
    assert option.text == (text[: limit - 1] + "…" if cut else text)
