"""Accessibility and keyboard (issue 7): on every page of both routes and in the dialogs, each
control has a name a screen reader can say, labels with a mnemonic lead to their control, Tab
follows the reading order, no two mnemonics collide, and colour is never the only signal."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget, QWizard

from reprotect_gui.ui.jobs import JobRunner
from reprotect_gui.ui.wizard.wizard import ReprotectWizard
from reprotect_gui.vsphere.trust import VCenterSettings
from tests.ui.test_settings import DictSecrets, open_azure_dialog, open_vcenter_dialog
from tests.ui.walk import COMMIT, accept_warnings, click, go_to_review

MNEMONIC = re.compile(r"&(?!&)(\w)")


def controls(container: QWidget) -> list[QWidget]:
    """The controls Tab reaches inside `container`, in the order Tab reaches them."""
    found: list[QWidget] = []
    widget = container.nextInFocusChain()
    while widget is not container and widget not in found:
        if (
            container.isAncestorOf(widget)
            and widget.isVisibleTo(container)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
        ):
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def labels_of(container: QWidget) -> list[QLabel]:
    return [label for label in container.findChildren(QLabel) if label.isVisibleTo(container)]


def spoken_name(widget: QWidget, container: QWidget) -> str:
    """What a screen reader says: the accessible name, else its label (buddy), else a button's text."""
    if widget.accessibleName():
        return widget.accessibleName()
    for label in labels_of(container):
        if label.buddy() is widget:
            return label.text().replace("&", "")
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")
    return ""


def where(widget: QWidget, container: QWidget) -> QRect:
    return QRect(widget.mapTo(container, widget.rect().topLeft()), widget.size())


def reads_before(a: QRect, b: QRect) -> bool:
    """a comes before b for a reader: b lies further down, or on the same row further right."""
    same_row = a.top() < b.bottom() and b.top() < a.bottom()
    return b.left() > a.left() if same_row else b.top() > a.top()


def check_container(container: QWidget, extra_mnemonics: dict[str, str] | None = None) -> None:
    found = controls(container)
    nameless = [type(w).__name__ for w in found if not spoken_name(w, container).strip()]
    assert nameless == [], f"{type(container).__name__}: controls without a name: {nameless}"

    for a, b in itertools.pairwise(found):
        assert reads_before(where(a, container), where(b, container)), (
            f"{type(container).__name__}: Tab goes from {spoken_name(a, container)!r} to "
            f"{spoken_name(b, container)!r}, against the reading order"
        )

    keys: dict[str, str] = dict(extra_mnemonics or {})
    for label in labels_of(container):
        key = MNEMONIC.search(label.text()) if label.textFormat() != Qt.TextFormat.RichText else None
        if key and "<" not in label.text():
            assert label.buddy() is not None, f"label {label.text()!r} has a mnemonic but no buddy"
            assert label.buddy().isVisibleTo(container) == label.isVisibleTo(container)
            _claim(keys, key.group(1), label.text(), container)
    for button in container.findChildren(QAbstractButton):
        if button.isVisibleTo(container) and (key := MNEMONIC.search(button.text())):
            _claim(keys, key.group(1), button.text(), container)


def _claim(keys: dict[str, str], key: str, text: str, container: QWidget) -> None:
    key = key.lower()
    assert key not in keys, f"{type(container).__name__}: {text!r} and {keys[key]!r} share the mnemonic &{key}"
    keys[key] = text


def wizard_mnemonics(wizard: ReprotectWizard) -> dict[str, str]:
    keys: dict[str, str] = {}
    for which in (
        QWizard.WizardButton.BackButton,
        QWizard.WizardButton.NextButton,
        QWizard.WizardButton.CommitButton,
        QWizard.WizardButton.FinishButton,
    ):
        button = wizard.button(which)
        if button.isVisible() and (key := MNEMONIC.search(button.text())):
            keys[key.group(1).lower()] = button.text()
    return keys


def check_current_page(wizard: ReprotectWizard, qtbot) -> str:
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.isVisible(), timeout=2000)
    check_container(page, wizard_mnemonics(wizard))
    return type(page).__name__


def walk_checking(qtbot, wizard: ReprotectWizard, steps: list[Callable[[], None]]) -> list[str]:
    seen = [check_current_page(wizard, qtbot)]
    for step in steps:
        step()
        click(wizard)
        seen.append(check_current_page(wizard, qtbot))
    return seen


def test_every_page_of_the_classic_route(qtbot, make_wizard):
    wizard = make_wizard()
    page = wizard.select_page
    seen = walk_checking(
        qtbot,
        wizard,
        [
            lambda: page.items.select_where(lambda i: i.name == "web-01"),
            lambda: None,
            lambda: wizard.target_page.master_targets.select_where(lambda m: m.server_id == "mt-win-01"),
            lambda: wizard.datastore_page.datastores.select_where(lambda d: d.symbolic_name == "ds-vmfs-gold-01"),
            lambda: None,
            lambda: None,
        ],
    )
    qtbot.waitUntil(lambda: bool(wizard.review_page.results), timeout=5000)
    check_current_page(wizard, qtbot)  # the verdicts and the acknowledgement are in now
    accept_warnings(wizard)
    click(wizard, COMMIT)
    qtbot.waitUntil(lambda: wizard.job_page.finished(), timeout=20000)
    seen.append(check_current_page(wizard, qtbot))
    assert seen == [
        "SelectPage",
        "DirectionPage",
        "TargetPage",
        "DatastorePage",
        "RetentionPage",
        "PolicyPage",
        "ReviewPage",
        "JobPage",
    ]


def test_every_page_of_the_modernized_route(qtbot, make_wizard):
    wizard = make_wizard()
    seen = walk_checking(
        qtbot,
        wizard,
        [
            lambda: wizard.select_page.items.select_where(lambda i: i.name == "wiki-01"),
            lambda: None,
            lambda: None,
            lambda: wizard.datastore_page.datastores.select_where(lambda d: d.symbolic_name == "vsanDatastore"),
            lambda: None,
            lambda: None,
        ],
    )
    qtbot.waitUntil(lambda: bool(wizard.review_page.results), timeout=5000)
    check_current_page(wizard, qtbot)
    assert seen == [
        "SelectPage",
        "DirectionPage",
        "AppliancePage",
        "DatastorePage",
        "LogStoragePage",
        "ModernizedPolicyPage",
        "ReviewPage",
    ]


def test_a_recovery_plan_shows_the_per_vm_controls_in_reading_order(qtbot, make_wizard):
    wizard = make_wizard()
    go_to_review(qtbot, wizard, plan="RP-Linux-Apps", datastore="ds-vmfs-gold-02")
    wizard.back()  # review -> policy
    wizard.back()  # policy -> retention
    assert wizard.currentPage() is wizard.retention_page
    assert wizard.retention_page.vm_picker.isVisible()
    check_current_page(wizard, qtbot)
    wizard.back()
    assert wizard.currentPage() is wizard.datastore_page
    check_current_page(wizard, qtbot)


def test_the_tab_order_test_can_fail(qtbot, make_wizard):
    wizard = make_wizard()
    page = wizard.select_page
    QWidget.setTabOrder(page.items.view, page.vm_mode)  # the list before the radio buttons above it
    QWidget.setTabOrder(page.vm_mode, page.plan_mode)
    with pytest.raises(AssertionError, match="against the reading order"):
        check_container(page)


def test_the_connection_dialogs(qtbot, tmp_path):
    runner = JobRunner()
    try:
        secrets = DictSecrets()
        vcenter = open_vcenter_dialog(qtbot, runner, secrets, VCenterSettings(tmp_path / "config"))
        check_container(vcenter)
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        azure = open_azure_dialog(qtbot, runner, settings, secrets)
        check_container(azure)
        azure.method.setCurrentIndex(azure.method.findData("service_principal_certificate"))
        check_container(azure)  # the certificate row and its Browse button
        assert azure.certificate.accessibleName() == "Certificate"
    finally:
        runner.shutdown(3000)


def test_colour_is_never_the_only_signal(qtbot, make_wizard):
    wizard = make_wizard()
    items = wizard.select_page.items
    rows = items.row_texts()
    disabled = [
        rows[i]
        for i in range(len(rows))
        if not items.source.index(i, 0).flags() & Qt.ItemFlag.ItemIsSelectable
        and items.source.index(i, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    ]
    assert disabled, "the training estate has items that can't be chosen"
    assert all(row[-1].startswith("✖") for row in disabled)  # greyed *and* marked
    go_to_review(qtbot, wizard, vm="web-01")
    tree = wizard.review_page.verdicts
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        assert group.text(0)[0] in "✖⚠?ℹ✔"
        assert all(group.child(j).text(0)[0] in "✖⚠?ℹ✔" for j in range(group.childCount()))
    assert wizard.review_page.headline.text().startswith("<b>") and wizard.review_page.headline.text()[3] in "✖⚠✔"


def test_the_retry_on_another_appliance_row(qtbot, make_wizard, tmp_path):
    from tests.ui.test_appliance_retry import scenario_with_a_second_healthy_appliance
    from tests.ui.walk import go_to_modernized_review

    wizard = make_wizard(scenario_with_a_second_healthy_appliance(tmp_path))
    go_to_modernized_review(qtbot, wizard, vm="intranet-01", appliance="appliance-tokyo-01")
    accept_warnings(wizard)
    click(wizard, COMMIT)
    qtbot.waitUntil(lambda: wizard.job_page.retry_button.isVisible(), timeout=15000)
    assert check_current_page(wizard, qtbot) == "JobPage"  # the appliance combo and the button included
    assert wizard.job_page.retry_appliance in controls(wizard.job_page)
