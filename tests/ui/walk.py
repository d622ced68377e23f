"""Walking the wizard like a person: click buttons, pick rows by name."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from reprotect_gui.domain.checks.facts import LinkType
from reprotect_gui.ui.wizard.wizard import ReprotectWizard

NEXT = QWizard.WizardButton.NextButton
COMMIT = QWizard.WizardButton.CommitButton


def click(wizard: ReprotectWizard, button: QWizard.WizardButton = NEXT) -> None:
    """Click like a person: a disabled or hidden button does nothing."""
    wizard.button(button).click()


def go_to_review(
    qtbot,
    wizard: ReprotectWizard,
    *,
    vm: str | None = None,
    plan: str | None = None,
    link: LinkType | None = LinkType.EXPRESSROUTE,
    datastore: str = "ds-vmfs-gold-01",
    mt: str | None = None,
) -> None:
    page = wizard.select_page
    if plan:
        page.plan_mode.setChecked(True)
        assert page.plans.select_where(lambda p: p.name == plan)
    else:
        assert page.items.select_where(lambda i: i.name == vm)
    click(wizard)
    assert wizard.currentPage() is wizard.direction_page
    click(wizard)
    target = wizard.target_page
    assert wizard.currentPage() is target
    target.set_link_type(link)
    os_type = wizard.session.selection.items[0].os_type.value
    wanted = mt or {"Windows": "mt-win-01", "Linux": "mt-lnx-01"}[os_type]
    assert target.master_targets.select_where(lambda m: m.server_id == wanted)
    click(wizard)
    assert wizard.currentPage() is wizard.datastore_page
    assert wizard.datastore_page.datastores.select_where(lambda d: d.symbolic_name == datastore)
    click(wizard)
    assert wizard.currentPage() is wizard.retention_page
    click(wizard)
    assert wizard.currentPage() is wizard.policy_page
    click(wizard)
    assert wizard.currentPage() is wizard.review_page
    qtbot.waitUntil(lambda: bool(wizard.review_page.results), timeout=5000)


def accept_warnings(wizard: ReprotectWizard) -> None:
    review = wizard.review_page
    if review.acknowledge.isVisible():
        review.acknowledge.setChecked(True)


def go_to_modernized_review(
    qtbot,
    wizard: ReprotectWizard,
    *,
    vm: str,
    appliance: str | None = None,
    datastore: str | None = None,
    log_account: str | None = None,
) -> None:
    """Select → direction → appliance → datastore → log storage → policy → review (section G).

    `appliance`/`datastore`/`log_account` by name; None keeps what the page chose by itself.
    """
    assert wizard.select_page.items.select_where(lambda i: i.name == vm)
    click(wizard)
    assert wizard.currentPage() is wizard.direction_page
    click(wizard)
    assert wizard.currentPage() is wizard.appliance_page
    if appliance:
        assert wizard.appliance_page.appliances.select_where(lambda a: a.name == appliance)
    click(wizard)
    assert wizard.currentPage() is wizard.datastore_page
    if datastore:
        assert wizard.datastore_page.datastores.select_where(lambda d: d.symbolic_name == datastore)
    click(wizard)
    assert wizard.currentPage() is wizard.log_storage_page
    if log_account:
        assert wizard.log_storage_page.accounts.select_where(lambda a: a.name == log_account)
    click(wizard)
    assert wizard.currentPage() is wizard.modernized_policy_page
    click(wizard)
    assert wizard.currentPage() is wizard.review_page
    qtbot.waitUntil(lambda: bool(wizard.review_page.results), timeout=5000)
