"""Preflight in the wizard (issue 3): traps block, fixes unblock, the ELIG-04 countdown re-checks."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from reprotect_gui.domain.checks.facts import LinkType
from reprotect_gui.training.scenario import load_scenario
from tests.fakes import ManualClock
from tests.ui.walk import COMMIT, accept_warnings, click, go_to_review


def vm_entry(scenario, name):
    return next(vm for vm in scenario.raw["vcenter"]["vms"] if vm["name"] == name)


def ids(review, status):
    return {v.check_id for v in review.results if v.status.value == status}


def test_a_trapped_vm_cannot_be_submitted_until_the_fact_is_fixed_and_checked_again(qtbot, make_wizard):
    scenario = load_scenario()
    vm_entry(scenario, "mt-win-01").update(snapshot=True, controllers=["pvscsi"])  # MT-04, MT-09
    wizard = make_wizard(scenario=scenario)
    go_to_review(qtbot, wizard, vm="web-01")
    review = wizard.review_page
    assert {"MT-04", "MT-09"} <= ids(review, "block")
    mt04 = next(v for v in review.results if v.check_id == "MT-04")
    assert "mt-win-01" in " ".join(mt04.evidence)
    accept_warnings(wizard)
    assert not review.isComplete()
    assert not wizard.button(COMMIT).isEnabled()
    click(wizard, COMMIT)
    assert wizard.currentPage() is review and wizard.session.site_recovery.submissions == []
    first_group = review.verdicts.topLevelItem(0).text(0)
    assert "Blocks" in first_group

    vm_entry(scenario, "mt-win-01").update(snapshot=False, controllers=["lsilogic-sas"])  # the admin fixed it
    review.check_again.click()
    qtbot.waitUntil(lambda: not review._checking and "MT-04" not in ids(review, "block"), timeout=5000)
    assert not review.blocks(), review.verdicts_as_text()
    accept_warnings(wizard)
    assert wizard.button(COMMIT).isEnabled()


def test_warnings_need_an_acknowledgement_that_is_recorded(qtbot, make_wizard):
    wizard = make_wizard()
    go_to_review(qtbot, wizard, plan="RP-Linux-Apps", datastore="ds-vmfs-gold-01")
    review = wizard.review_page
    assert "MT-15" in ids(review, "warn")  # app-lnx-01 lacks disk.EnableUUID
    assert not review.isComplete()
    review.acknowledge.setChecked(True)
    assert review.isComplete()
    assert "MT-15|app-lnx-01" in wizard.session.acknowledged
    exported = review.verdicts_as_json()
    assert '"acknowledged": true' in exported


def test_the_agent_registration_countdown_rechecks_by_itself(qtbot, make_wizard):
    clock = ManualClock()
    wizard = make_wizard(clock=clock)
    go_to_review(qtbot, wizard, vm="mail-01")  # failed over 6 minutes ago, agent not yet registered
    review = wizard.review_page
    assert "ELIG-04" in ids(review, "warn")
    assert "ELIG-04" in review.countdown.text() and "9:00" in review.countdown.text()
    clock.advance(minutes=10)  # the agent registers 11 minutes after the failover
    qtbot.waitUntil(lambda: "ELIG-04" in ids(review, "pass"), timeout=5000)
    assert review.countdown.text() == ""


def test_page_filters_show_the_rule_and_the_reason(qtbot, make_wizard):
    wizard = make_wizard()
    go_to_review(qtbot, wizard, vm="web-01", link=LinkType.S2S_VPN)
    mts = {row[0]: row[-1] for row in wizard.target_page.master_targets.row_texts()}
    assert mts["mt-lnx-01"].startswith("✖") and "MT-01" in mts["mt-lnx-01"]
    assert "MT-14" in mts["mt-win-02"]
    assert mts["mt-win-01"] == ""
    pss = {row[0]: row[-1] for row in wizard.target_page.process_servers.row_texts()}
    assert "INF-03" in pss["ps-tokyo-02"]
    assert "INF-05" in pss["cs-tokyo-01 (built-in)"]  # on-premises PS with a VPN: a note, still selectable
    volumes = {row[0]: row[-1] for row in wizard.retention_page.volumes.row_texts()}
    assert volumes["R:"] == "" and "RET-08" in volumes["S:"]


def test_an_empty_retention_list_says_why_and_offers_the_refresh(qtbot, make_wizard):
    scenario = load_scenario()
    mt = next(m for m in scenario.raw["master_targets"] if m["id"] == "mt-win-01")
    for volume in mt["retention_volumes"]:
        volume["cache_volume"] = True
    wizard = make_wizard(scenario=scenario)
    wizard.select_page.items.select_where(lambda i: i.name == "web-01")
    click(wizard)
    click(wizard)
    wizard.target_page.master_targets.select_where(lambda m: m.server_id == "mt-win-01")
    click(wizard)
    wizard.datastore_page.datastores.select_where(lambda d: d.symbolic_name == "ds-vmfs-gold-01")
    click(wizard)
    page = wizard.retention_page
    assert wizard.currentPage() is page
    text = page.empty_reason.text()
    assert "RET-07" in text and "RET-03" in text
    assert not page.isComplete()
    before = wizard.session.site.configuration_servers[0].last_refreshed
    page.refresh_button.click()
    qtbot.waitUntil(lambda: wizard.session.site.configuration_servers[0].last_refreshed != before, timeout=5000)
    assert "refreshed" in page.refreshed.text()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled() is False
