"""An operator who knows nothing of the estate: drive the wizard to the reprotect, counting clicks.

On each page the operator presses Next when it is enabled; otherwise they pick, in every list
still without a choice, the first row that can be chosen. A page where nothing more can be picked
and Next stays disabled is a dead end: they press Back and try the next row of the page before.
Every press counts one click: a row, Next, Back, the acknowledgement, Reprotect and its
confirmation. Used by the route tests (every trained failure is reachable) and by
benchmarks/click_count.py (before/after figures), so it reads only what both versions share.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import QApplication, QWizard

from reprotect_gui.ui.widgets import ChoiceList

NEXT = QWizard.WizardButton.NextButton
BACK = QWizard.WizardButton.BackButton
COMMIT = QWizard.WizardButton.CommitButton


class DeadEnd(AssertionError):
    """The operator ran out of rows to try: the route can't be walked."""


@dataclass
class Walk:
    clicks: int = 0
    pages: list[str] = field(default_factory=list)  # page titles, in the order they were shown
    backs: int = 0
    log: list[str] = field(default_factory=list)
    blocks: list[str] = field(default_factory=list)  # what Review says blocks, when walked with submit=False

    def click(self, what: str) -> None:
        self.clicks += 1
        self.log.append(what)


def _wait(condition: Callable[[], bool], seconds: float = 20.0) -> None:
    app = QApplication.instance()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if condition():
            return
        time.sleep(0.005)
    raise TimeoutError("the wizard did not get there in time")


def _lists(page: Any) -> list[ChoiceList]:
    return [w for w in page.findChildren(ChoiceList) if w.isVisibleTo(page) and w.isEnabled()]


def _key(value: Any) -> str:
    for attr in ("server_id", "symbolic_name", "name", "appliance_id", "account_id", "item_id"):
        if hasattr(value, attr):
            return f"{attr}={getattr(value, attr)}"
    return repr(value)


def walk_to_reprotect(wizard: Any, *, vm: str | None = None, plan: str | None = None, submit: bool = True) -> Walk:
    """From the first page to the submitted reprotect (or to Review when `submit` is False)."""
    walk = Walk()
    _wait(lambda: wizard.session.estate is not None)
    page = wizard.select_page
    if plan:
        page.plan_mode.setChecked(True)
        walk.click("recovery plan mode")
        if not page.plans.select_where(lambda p: p.name == plan):
            raise DeadEnd(f"recovery plan {plan} can't be chosen")
        walk.click(f"plan {plan}")
    else:
        if not page.items.select_where(lambda i: i.name == vm):
            raise DeadEnd(f"VM {vm} can't be chosen")
        walk.click(f"VM {vm}")
    tried: dict[int, dict[int, set[str]]] = {}
    picked_last: dict[int, int] = {}  # page id -> index of the list the operator last picked in
    backtracked = False
    for _ in range(200):
        current = wizard.currentPage()
        page_id = wizard.currentId()
        if not walk.pages or walk.pages[-1] != current.title():
            walk.pages.append(current.title())
        if current is getattr(wizard, "review_page", None):
            _wait(lambda: bool(wizard.review_page.results) and not wizard.review_page._checking)
            review = wizard.review_page
            walk.blocks = [f"{v.check_id} {v.subject}" for v in review.blocks()]
            if not submit:
                return walk
            if walk.blocks:
                raise DeadEnd("review blocks: " + "; ".join(walk.blocks))
            if review.acknowledge.isVisible() and not review.acknowledge.isChecked():
                review.acknowledge.setChecked(True)
                walk.click("acknowledge")
            wizard.button(COMMIT).click()
            walk.click("Reprotect")
            walk.click("confirm")  # the confirmation dialog (answered by wizard.confirm)
            _wait(lambda: wizard.currentPage() is wizard.job_page)
            return walk
        lists = _lists(current)
        page_tries = tried.setdefault(page_id, {})
        if backtracked:
            backtracked = False
            index = picked_last.get(page_id)
            if index is None or not _pick(lists[index], page_tries.setdefault(index, set()), walk, force=True):
                _back(wizard, walk)
                backtracked = True
                continue
        if not wizard.button(NEXT).isEnabled():
            for index, choice_list in enumerate(lists):
                if choice_list.selected_value() is None and _pick(
                    choice_list, page_tries.setdefault(index, set()), walk
                ):
                    picked_last[page_id] = index
                    _wait(lambda: True, 0.05)
                    if wizard.button(NEXT).isEnabled():
                        break
        if wizard.button(NEXT).isEnabled():
            before = wizard.currentId()
            wizard.button(NEXT).click()
            walk.click(f"Next on {current.title()}")
            _wait(lambda left=before: wizard.currentId() != left)
            continue
        if current is wizard.select_page:
            raise DeadEnd(f"nothing leads on from {current.title()}")
        _back(wizard, walk)
        backtracked = True
    raise DeadEnd("the walk did not end")


def _pick(choice_list: ChoiceList, tried: set[str], walk: Walk, force: bool = False) -> bool:
    current = choice_list.selected_value()
    if current is not None:
        tried.add(_key(current))
        if not force:
            return False
    if choice_list.select_where(lambda value: _key(value) not in tried):
        chosen = choice_list.selected_value()
        tried.add(_key(chosen))
        walk.click(f"row {_key(chosen)}")
        return True
    return False


def _back(wizard: Any, walk: Walk) -> None:
    before = wizard.currentId()
    wizard.button(BACK).click()
    walk.click("Back")
    walk.backs += 1
    _wait(lambda: wizard.currentId() != before)
