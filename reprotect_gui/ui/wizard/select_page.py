"""Page 1: what to reprotect — one VM or a recovery plan."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from reprotect_gui.domain.models import (
    Choice,
    ProtectedItem,
    ProviderKind,
    RecoveryPlan,
    ReplicationFlow,
    provider_kind,
)
from reprotect_gui.ui import i18n
from reprotect_gui.ui.i18n import state_text
from reprotect_gui.ui.jobs import BackgroundJob, JobFailure, Pool
from reprotect_gui.ui.translate_noop import QT_TRANSLATE_NOOP
from reprotect_gui.ui.widgets import BusyPanel, ChoiceList, PreparedRows, prepare_rows
from reprotect_gui.ui.wizard.answers_io import open_answers_button
from reprotect_gui.ui.wizard.base import Page

if TYPE_CHECKING:
    from reprotect_gui.services.estate import Estate


PROVIDER_WORDS = {  # plain words first (ELIG-08); the provider's own name goes in the tooltip
    ProviderKind.CLASSIC: QT_TRANSLATE_NOOP("SelectPage", "Classic"),
    ProviderKind.MODERNIZED: QT_TRANSLATE_NOOP("SelectPage", "Modernized"),
    ProviderKind.AZURE_TO_AZURE: QT_TRANSLATE_NOOP("SelectPage", "Azure to Azure"),
    ProviderKind.HYPER_V: QT_TRANSLATE_NOOP("SelectPage", "Hyper-V"),
    ProviderKind.AGENTLESS_MIGRATION: QT_TRANSLATE_NOOP("SelectPage", "Agentless migration"),
    ProviderKind.OTHER: QT_TRANSLATE_NOOP("SelectPage", "Other"),
}
REPLICATION_COLUMN = 4


def provider_text(provider: str) -> str:
    return QCoreApplication.translate("SelectPage", PROVIDER_WORDS[provider_kind(provider)])


FLUSH_ROWS = 100  # streamed rows listed per event-loop turn (each row is one call into Python)
IMPORT_WAIT_MS = 20  # streamed rows wait while the wizard imports its later pages on a worker
MIGRATION_ARTICLE = "Move from classic to modernized VMware disaster recovery"  # the article's title, as published


def classic_retired_text() -> str:
    return QCoreApplication.translate(
        "SelectPage",
        "ℹ Microsoft no longer supports the classic experience (configuration server, process server, master "
        "target) since March 2026. Plan the move: “{article}”.",
    ).format(article=MIGRATION_ARTICLE)


class _ItemStream(QObject):
    """Carries each page of items from the loading worker to the GUI thread (a queued signal)."""

    arrived = Signal(int, object)  # load generation, PreparedRows (found by their plans once those are read)


class SelectPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Select what to reprotect"))
        self.setSubTitle(
            self.tr(
                "Choose a virtual machine that was failed over to Azure, or a recovery plan. "
                "Items that can't be reprotected are listed with the reason."
            )
        )
        self.vm_mode = QRadioButton(self.tr("A &virtual machine"))
        self.vm_mode.setAccessibleName(self.tr("Reprotect a virtual machine"))
        self.plan_mode = QRadioButton(self.tr("A recovery &plan (every VM in it)"))
        self.plan_mode.setAccessibleName(self.tr("Reprotect a recovery plan"))
        self.vm_mode.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.vm_mode)
        group.addButton(self.plan_mode)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Type to filter by name, OS, state or recovery plan"))
        self.filter.setAccessibleName(self.tr("Filter the list"))
        filter_label = QLabel(self.tr("&Filter:"), self)
        filter_label.setBuddy(self.filter)
        filter_row = QHBoxLayout()
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.filter, 1)
        self.busy = BusyPanel(self)
        self.items = ChoiceList(
            [self.tr("Name"), self.tr("OS"), self.tr("Disks"), self.tr("State"), self.tr("Replication")],
            self.tr("Virtual machines"),
            self,
        )
        self.plans = ChoiceList([self.tr("Recovery plan"), self.tr("VMs")], self.tr("Recovery plans"), self)
        # SUB-02: a replication group's members are disabled alone; one click switches to the group's plan.
        self.group_switches = QWidget(self)
        self._switch_rows = QVBoxLayout(self.group_switches)
        self._switch_rows.setContentsMargins(0, 0, 0, 0)
        self.summary = self.note()
        self.summary.setAccessibleName(self.tr("Vault summary"))
        self.classic_banner = self.note(classic_retired_text())
        self.classic_banner.setAccessibleName(self.tr("Classic experience retired"))
        self.classic_banner.hide()
        # The language switch: the wizard is rebuilt in the chosen language at once (this page only).
        self.language = QComboBox(self)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.language.setAccessibleName(self.tr("Language of the wizard"))
        self.language.setToolTip(self.tr("The wizard restarts on this page in the chosen language."))
        language_label = QLabel(self.tr("Lan&guage:"), self)
        language_label.setBuddy(self.language)
        modes = QHBoxLayout()
        modes.addWidget(self.vm_mode)
        modes.addWidget(self.plan_mode)
        modes.addStretch(1)
        modes.addWidget(open_answers_button(self))  # prefill every page from a saved answers file
        modes.addWidget(language_label)
        modes.addWidget(self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.classic_banner)
        layout.addLayout(modes)
        layout.addLayout(filter_row)
        layout.addWidget(self.busy)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.plans, 1)
        layout.addWidget(self.group_switches)
        layout.addWidget(self.next_hint())
        layout.addWidget(self.summary)
        self.plans.hide()
        self.items.viewport().installEventFilter(self)  # the provider's name as the Replication column's tooltip
        self._load_job: BackgroundJob | None = None
        self._generation = 0  # a page of items from an older load is dropped
        self._streamed = 0
        self._pending: list[PreparedRows] = []
        self._stream = _ItemStream(self)
        self._stream.arrived.connect(self._on_items_arrived)

        group.buttonToggled.connect(self._on_mode_toggled)
        self.items.itemSelectionChanged.connect(self._on_selection_changed)
        self.plans.itemSelectionChanged.connect(self._on_selection_changed)
        self.busy.retry_requested.connect(self.reload)
        self.language.activated.connect(self._on_language_chosen)
        self.filter.textChanged.connect(self._on_filter_changed)
        self.registerField("selectPlanMode", self.plan_mode)

    # --- loading --------------------------------------------------------------------------

    def initializePage(self) -> None:
        if self.session.estate is not None:  # a wizard rebuilt in another language: read already
            self._fill()
            self.wizard_().estate_loaded.emit()
        elif self._load_job is None:
            self.reload()

    def _on_language_chosen(self) -> None:
        language = self.language.currentData()
        if language != i18n.current_language():
            self.wizard_().restart_in_language(language)

    def reload(self) -> None:
        s = self.session
        self.items.clear()
        self.plans.clear()
        self._generation += 1
        self._streamed = 0
        self._pending = []
        self.busy.show_busy(self.tr("Reading the vault and vCenter…"))
        generation, stream, clock = self._generation, self._stream, s.clock

        def on_items(items: Sequence[ProtectedItem]) -> None:  # on the worker: rows ready to show
            from reprotect_gui.domain import choices

            rows = prepare_rows(
                choices.item_choices(_partial_site(items), clock.now()), _item_columns, _item_search_words
            )
            stream.arrived.emit(generation, rows)

        self._load_job = s.runner.start(
            lambda ctx: _load_estate(s.site_recovery, s.vcenter, s.clock, ctx, on_items),
            pool=Pool.AZURE,
            name="load estate",
            on_success=self._on_estate_loaded,
            on_failure=self._on_estate_failed,
            progress=self.busy.show_progress,
        )
        self.completeChanged.emit()

    def _on_items_arrived(self, generation: int, rows: PreparedRows) -> None:
        """A page of items while the rest is still read: findable and selectable at once.
        Pages that queued up while the window was busy are listed a few hundred rows per
        event-loop turn, so a burst of 10,000 never holds the window for long."""
        if generation != self._generation or self.session.estate is not None:
            return
        if not self._pending:
            QTimer.singleShot(0, self._flush_items)
        self._pending.append(rows)

    def _flush_items(self) -> None:
        if not self._pending or self.session.estate is not None:
            self._pending = []
            return
        if getattr(self.wizard(), "importing_pages", False):  # see ReprotectWizard.importing_pages
            QTimer.singleShot(IMPORT_WAIT_MS, self._flush_items)
            return
        taken: list[PreparedRows] = []
        count = 0
        while self._pending and count < FLUSH_ROWS:
            taken.append(self._pending.pop(0))
            count += len(taken[-1].choices)
        rows = _joined(taken)
        if self._streamed == 0:
            self.items.fill(rows, _item_columns)
        else:
            self.items.extend(rows)
        self._streamed += len(rows.choices)
        self.busy.show_progress(
            0.0, self.tr("{n} replicated items read so far; the rest is on its way…").format(n=self._streamed)
        )
        if self._pending:
            QTimer.singleShot(0, self._flush_items)

    def _on_estate_loaded(self, loaded: Any) -> None:
        self._load_job = None
        estate, item_rows, plan_rows = loaded
        self.session.estate = estate
        self.busy.hide()
        self._fill(item_rows, plan_rows)
        self.wizard_().estate_loaded.emit()
        self.completeChanged.emit()

    def _on_estate_failed(self, failure: JobFailure) -> None:
        self._load_job = None
        self.busy.show_failure(failure)
        self.completeChanged.emit()

    def _fill(self, item_rows: PreparedRows | None = None, plan_rows: PreparedRows | None = None) -> None:
        site = self.session.site
        if item_rows is None or plan_rows is None:
            item_rows, plan_rows = _rows(site, self.session.clock.now())
        chosen = self.items.selected_value()  # picked while the rest streamed in: keep it
        self.items.fill(item_rows, _item_columns)
        if chosen is not None:
            self.items.select_where(lambda item: item.item_id == chosen.item_id)
        self.plans.fill(plan_rows, _plan_columns_by({item.item_id: item.name for item in site.items}))
        self._fill_group_switches(site)
        # One calm line while classic items remain (Microsoft retired that experience in March 2026).
        self.classic_banner.setVisible(any(i.flow is ReplicationFlow.CLASSIC for i in site.items))
        vc = self.session.estate.vcenter_problem if self.session.estate else ""
        text = self.tr("Vault <b>{vault}</b>: {items} replicated items, {plans} recovery plans.").format(
            vault=site.vault_name, items=len(site.items), plans=len(site.plans)
        )
        if vc:
            text += "<br><i>" + self.tr("{problem} vCenter checks will show as unknown.").format(problem=vc) + "</i>"
        self.summary.setText(text)

    def provider_tooltip_at(self, index: QModelIndex) -> str:
        """The Replication column says 'Classic', 'Modernized', 'Azure to Azure'…; its tooltip names the provider."""
        if not index.isValid() or index.column() != REPLICATION_COLUMN or self.session.estate is None:
            return ""
        name = index.siblingAtColumn(0).data()
        item = next((i for i in self.session.site.items if i.name == name), None)
        return self.tr("Replication provider: {provider}").format(provider=item.provider) if item else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.items.viewport() and event.type() == QEvent.Type.ToolTip:
            pos = event.pos()  # type: ignore[attr-defined]
            text = self.provider_tooltip_at(self.items.indexAt(pos))
            if text:
                QToolTip.showText(event.globalPos(), text, self.items)  # type: ignore[attr-defined]
                return True
        return super().eventFilter(watched, event)

    def _fill_group_switches(self, site: Any) -> None:
        from reprotect_gui.domain import choices

        layout = self._switch_rows
        while layout.count():
            taken = layout.takeAt(0)
            old = taken.widget() if taken is not None else None
            if old is not None:
                old.deleteLater()
        self.switch_buttons: dict[str, QPushButton] = {}
        groups = sorted({i.replication_group for i in site.items if i.replication_group})
        for group in groups:
            plan = choices.replication_group_plan(site, group)
            if plan is None:
                continue  # the disabled rows say to create a plan first
            members = ", ".join(sorted(i.name for i in site.items if i.replication_group == group))
            row = QWidget(self.group_switches)
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            label = self.note(
                self.tr(
                    "ℹ {members} (replication group {group}) can only be reprotected together, through a "
                    "recovery plan (SUB-02)."
                ).format(members=members, group=group),
                row,
            )
            button = QPushButton(self.tr("Reprotect recovery plan {plan} instead").format(plan=plan.name), row)
            button.setAccessibleName(self.tr("Switch to recovery plan {plan}").format(plan=plan.name))
            button.setToolTip(label.text())
            button.clicked.connect(lambda _=False, plan_id=plan.plan_id: self.switch_to_plan(plan_id))
            row_layout.addWidget(label, 1)
            row_layout.addWidget(button)
            layout.addWidget(row)
            row.show()  # not left to the layout's queued show: the page may already be on screen
            self.switch_buttons[group] = button
        self.group_switches.setVisible(bool(self.switch_buttons) and not self.plan_mode.isChecked())

    def switch_to_plan(self, plan_id: str) -> bool:
        """One click from a replication group's member to the recovery plan that reprotects the group."""
        self.plan_mode.setChecked(True)
        found = self.plans.select_where(lambda p: p.plan_id == plan_id)
        if found:
            self.plans.setFocus()
        return found

    # --- selection --------------------------------------------------------------------------

    def _on_filter_changed(self, text: str) -> None:
        self.items.set_filter(text)
        self.plans.set_filter(text)

    def _on_mode_toggled(self) -> None:
        plan = self.plan_mode.isChecked()
        self.items.setVisible(not plan)
        self.plans.setVisible(plan)
        self.group_switches.setVisible(not plan and bool(getattr(self, "switch_buttons", None)))
        self._on_selection_changed()

    def _on_selection_changed(self) -> None:
        self.completeChanged.emit()

    def chosen(self) -> tuple[RecoveryPlan | None, tuple[ProtectedItem, ...]]:
        if self.session.estate is None:
            return None, ()
        site = self.session.site
        if self.plan_mode.isChecked():
            plan = self.plans.selected_value()
            if plan is None:
                return None, ()
            by_id = {item.item_id: item for item in site.items}
            return plan, tuple(by_id[i] for i in plan.item_ids)
        item = self.items.selected_value()
        return None, (item,) if item is not None else ()

    def isComplete(self) -> bool:
        return bool(self.chosen()[1])

    def why_incomplete(self) -> str:
        if self.session.estate is None:
            return self.tr("The vault is being read; its VMs and recovery plans appear here.")
        if self.plan_mode.isChecked():
            if self.plans.selectable_count() == 0:
                return self.tr("No recovery plan can be reprotected: each one's reason is shown in its row.")
            return self.tr("Choose a recovery plan; greyed plans can't be reprotected (the reason is in the row).")
        if self.items.selectable_count() == 0:
            return self.tr("No VM can be reprotected: each one's reason is shown in its row.")
        return self.tr("Choose a virtual machine; greyed VMs can't be reprotected (the reason is in the row).")

    def validatePage(self) -> bool:
        plan, items = self.chosen()
        sel = self.session.selection
        if sel.plan != plan or sel.items != items:
            # A new choice of VMs invalidates everything chosen for the old ones.
            sel.plan, sel.items = plan, items
            sel.reset_targets()
        return True


def _item_columns(item: ProtectedItem) -> list[str]:
    return [
        item.name,
        f"{item.os_type} ({item.os_version})",
        str(len(item.disks)),
        state_text(item.protection_state),
        provider_text(item.provider),
    ]


def _item_search_words(item: ProtectedItem) -> tuple[str, ...]:
    """Found by ASR's own state word too (FailedOver), whatever language the column shows it in."""
    return (item.protection_state,)


def _plan_columns_by(names: dict[str, str]) -> Callable[[RecoveryPlan], list[str]]:
    def columns(plan: RecoveryPlan) -> list[str]:
        return [plan.name, ", ".join(names.get(i, i) for i in plan.item_ids)]

    return columns


def _partial_site(items: Sequence[ProtectedItem]) -> Any:
    from reprotect_gui.domain.models import RecoverySite

    return RecoverySite("", tuple(items), (), (), (), (), (), None)


ROWS_CHUNK = 50  # items worked out between two cooperative points of the loading job
PLANS_CHUNK = 5  # plans likewise (a plan of ~33 items weighs about ten items)


def _rows(site: Any, now: Any, ctx: Any = None) -> tuple[PreparedRows, PreparedRows]:
    """Both lists' rows with their text and filter text: items are also found by their plans.

    With `ctx` (on the loading worker) a cooperative point every ROWS_CHUNK items and every
    PLANS_CHUNK plans: the job then gives the window its turn (ui/jobs.py), so 10,000 rows never
    hold the interpreter for long. The rows are the same as the rules give over the whole site."""
    from reprotect_gui.domain import choices  # after the first paint: the rules are a heavy import

    def pause() -> None:
        if ctx is not None:
            ctx.raise_if_cancelled()

    names = {item.item_id: item.name for item in site.items}
    plans_of: dict[str, list[str]] = {}
    for plan in site.plans:
        for item_id in plan.item_ids:
            plans_of.setdefault(item_id, []).append(plan.name)
    item_choices: list[Choice[ProtectedItem]] = []
    for n, choice in enumerate(choices.iter_item_choices(site, now), 1):
        item_choices.append(choice)
        if n % ROWS_CHUNK == 0:
            pause()
    item_parts = []
    for start in range(0, len(item_choices), ROWS_CHUNK):
        pause()
        chunk = item_choices[start : start + ROWS_CHUNK]
        item_parts.append(
            prepare_rows(
                chunk, _item_columns, lambda item: (*plans_of.get(item.item_id, ()), *_item_search_words(item))
            )
        )
    by_id = {item.item_id: item for item in site.items}
    members: dict[str, list[ProtectedItem]] = {}
    for item in site.items:
        if item.replication_group:
            members.setdefault(item.replication_group, []).append(item)
    ordered = sorted(site.plans, key=lambda p: p.name.lower())  # plan_choices' own order
    plan_parts = []
    for start in range(0, len(ordered), PLANS_CHUNK):
        pause()
        # A few plans over a site holding their items and those items' replication groups: the
        # same verdicts as over the whole site (SUB-02 sees every member left out).
        plans = ordered[start : start + PLANS_CHUNK]
        held = {i: by_id[i] for plan in plans for i in plan.item_ids if i in by_id}
        for item in list(held.values()):
            held.update({m.item_id: m for m in members.get(item.replication_group or "", ())})
        part = dataclasses.replace(site, items=tuple(held.values()), plans=tuple(plans))
        plan_parts.append(prepare_rows(choices.plan_choices(part), _plan_columns_by(names)))
    return _joined(item_parts), _joined(plan_parts)


def _joined(parts: Sequence[PreparedRows]) -> PreparedRows:
    return PreparedRows(
        [c for p in parts for c in p.choices],
        [r for p in parts for r in p.cells],
        [h for p in parts for h in p.haystacks],
    )


def _load_estate(
    site_recovery: Any, vcenter: Any, clock: Any, ctx: Any, on_items: Any
) -> tuple[Estate, PreparedRows, PreparedRows]:
    """The estate, and the rows of both lists, all built on the worker (10,000 items: no stall).

    Python's cyclic garbage collector is paused meanwhile: building a vault of 10,000 items makes
    it sweep the whole growing heap again and again, and each sweep stops every thread, the
    window's too (235 ms measured). What was read is then frozen out of later sweeps; it holds
    no cycles (frozen dataclasses and tuples) and is freed by reference counting."""
    import gc

    # Imported on the worker, so the first paint of the window does not wait for it.
    from reprotect_gui.services.estate import load_estate

    collecting = gc.isenabled()
    gc.disable()
    try:

        def paced(items: Sequence[ProtectedItem]) -> None:  # the window's turn after each page's rows
            on_items(items)
            ctx.raise_if_cancelled()

        estate = load_estate(site_recovery, vcenter, clock, ctx, on_items=paced)
        loaded = (estate, *_rows(estate.site, clock.now(), ctx))
        gc.freeze()
        return loaded
    finally:
        if collecting:
            gc.enable()
