"""The job page as a view of the run on the training estate: the start confirmation's verb buttons,
the subtitle saying what happens now, the Close button that never cancels, readiness for failback
per VM (RDY-) and its row in the drill report."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWizard

from tests.ui.walk import COMMIT, accept_warnings, click, go_to_review


def test_the_start_confirmation_uses_verbs_and_names_where_the_vm_goes(qtbot, make_wizard):
    wizard = make_wizard()
    go_to_review(qtbot, wizard, vm="web-01")
    accept_warnings(wizard)
    asked = []
    wizard.confirm = lambda title, text, accept="", reject="": asked.append((title, text, accept, reject)) or False
    click(wizard, COMMIT)
    ((title, text, accept, reject),) = asked
    assert (accept, reject) == ("Start reprotect", "Go back")
    assert "web-01" in text and "Master target: mt-win-01 on ESXi host esx-01.contoso.local." in text
    assert wizard.currentPage() is wizard.review_page  # "Go back" sends nothing
    box = wizard.confirmation_box(title, text, accept, reject)
    assert [b.text() for b in box.buttons()] == ["Start reprotect", "Go back"]
    assert box.defaultButton().text() == "Go back" and box.escapeButton() is box.defaultButton()
    box.deleteLater()
    plain = wizard.confirmation_box("t", "x")
    assert {plain.standardButton(b) for b in plain.buttons()} == {
        QMessageBox.StandardButton.Yes,
        QMessageBox.StandardButton.No,
    }
    plain.deleteLater()


def test_the_page_says_what_happens_now_and_watches_readiness_to_ready(qtbot, make_wizard, tmp_path):
    wizard = make_wizard()
    from reprotect_gui.services.audit import AuditLog

    wizard.session.audit = AuditLog(tmp_path)
    go_to_review(qtbot, wizard, vm="web-01")
    accept_warnings(wizard)
    click(wizard, COMMIT)
    page = wizard.job_page
    close = wizard.button(QWizard.WizardButton.CancelButton)
    qtbot.waitUntil(lambda: "ASR is working on 1 job(s)" in page.subTitle(), timeout=10000)
    assert close.text() == "Close" and "closing never cancels them" in close.toolTip()
    assert "ASR does not allow cancelling" in close.toolTip() or "ASR allows cancelling" in close.toolTip()
    qtbot.waitUntil(page.isComplete, timeout=15000)
    pane = page.monitor
    qtbot.waitUntil(lambda: pane.readiness_tree.topLevelItemCount() == 1, timeout=15000)
    qtbot.waitUntil(lambda: pane.readiness_tree.topLevelItem(0).text(1) == "Ready for failback", timeout=15000)
    qtbot.waitUntil(lambda: "every VM is ready for failback" in page.subTitle(), timeout=5000)
    assert "ASR is working" not in page.subTitle()
    qtbot.waitUntil(page.report_ready, timeout=5000)
    report = page.report()
    assert [(r.item_name, r.ready, r.verdict) for r in report.readiness] == [("web-01", True, "Ready for failback")]


def test_a_failed_reprotect_gets_no_failback_advice(qtbot, make_wizard):
    wizard = make_wizard()
    go_to_review(qtbot, wizard, vm="app-lnx-02")  # trained to fail with 95226
    accept_warnings(wizard)
    click(wizard, COMMIT)
    page = wizard.job_page
    qtbot.waitUntil(page.report_ready, timeout=15000)
    assert "did not succeed" in page.subTitle() and "failback" not in page.verdict.text().lower()
    report = page.report()
    assert report.readiness == () and "fail back" not in report.next_step and "failback" not in report.next_step
    assert page.monitor.readiness_tree.isHidden()
    assert "Error code: 95226" in page.monitor.details.toPlainText()  # the failure is shown at once


def test_the_modernized_start_confirmation_names_the_appliance_and_the_esxi_host(qtbot, make_wizard):
    from tests.ui.walk import go_to_modernized_review

    wizard = make_wizard()
    go_to_modernized_review(qtbot, wizard, vm="wiki-01", datastore="vsanDatastore")
    accept_warnings(wizard)
    asked = []
    wizard.confirm = lambda title, text, accept="", reject="": asked.append((text, accept, reject)) or False
    click(wizard, COMMIT)
    ((text, accept, reject),) = asked
    assert (accept, reject) == ("Start reprotect", "Go back")
    assert "Replication appliance: " in text and "writing to datastore vsanDatastore." in text
    assert "ESXi host(s) with that datastore: esx-" in text
