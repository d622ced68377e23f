"""The modernized flow in the real wizard on the training estate (issue 8's acceptance, training half)."""

from __future__ import annotations

from reprotect_gui.domain.models import JobState, ModernizedTarget, ReplicationFlow
from reprotect_gui.training.scenario import storage_account_id
from reprotect_gui.ui.wizard.select_page import MIGRATION_ARTICLE
from tests.ui.walk import COMMIT, accept_warnings, click, go_to_modernized_review

LOG_ACCOUNT = storage_account_id("stasrlogtokyo01")


def test_original_location_walks_to_a_succeeded_job_through_the_healthy_appliance(qtbot, make_wizard):
    wizard = make_wizard()
    go_to_modernized_review(qtbot, wizard, vm="intranet-01")
    review = wizard.review_page
    assert not review.blocks(), review.verdicts_as_text()
    assert {v.check_id.split("-")[0] for v in review.results} == {"ELIG", "RCM"}  # no classic rule spoke
    accept_warnings(wizard)
    click(wizard, COMMIT)
    assert wizard.currentPage() is wizard.job_page
    qtbot.waitUntil(wizard.job_page.isComplete, timeout=15000)
    (job,) = wizard.job_page.jobs.values()
    assert job.state is JobState.SUCCEEDED
    assert "Preparing the replication appliance" in [t.friendly_name for t in job.tasks]

    (request,) = wizard.session.site_recovery.submissions
    assert request.flow is ReplicationFlow.MODERNIZED
    assert request.target == ModernizedTarget("ra-appliance-tokyo-01", LOG_ACCOUNT)  # the only healthy one
    assert request.datastore_name == "ds-vmfs-gold-01"  # chosen automatically: the VM's own (RCM-03)
    assert request.policy_id.endswith("/replicationPolicies/policy-rcm-failback-tokyo")
    after = wizard.session.site_recovery.read_item("intranet-01")
    assert after.provider == "InMageRcmFailback" and after.rcm_failback is not None
    assert after.rcm_failback.reprotect_agent_id == "ra-appliance-tokyo-01"


def test_appliance_page_lists_the_unhealthy_appliance_with_its_reason(qtbot, make_wizard):
    wizard = make_wizard()
    assert wizard.select_page.items.select_where(lambda i: i.name == "wiki-01")
    click(wizard)
    click(wizard)
    page = wizard.appliance_page
    assert wizard.currentPage() is page
    rows = {r[0]: r for r in page.appliances.row_texts()}
    assert rows["appliance-tokyo-01"][-1] == "" and rows["appliance-tokyo-01"][4] == "21 + 2 / 60"
    assert "RCM-01" in rows["appliance-tokyo-02"][-1] and "RCM-04" in rows["appliance-tokyo-02"][-1]
    assert rows["appliance-tokyo-02"][4] == "59 + 2 / 60"
    assert not page.appliances.select_where(lambda a: a.name == "appliance-tokyo-02")
    assert wizard.session.selection.appliance_id == "ra-appliance-tokyo-01"  # the only choice, preselected


def test_alternate_location_offers_the_appliances_writable_datastores(qtbot, make_wizard):
    wizard = make_wizard()
    go_to_modernized_review(qtbot, wizard, vm="wiki-01", datastore="vsanDatastore", log_account="stasrlogtokyo02")
    rows = {r[0]: r for r in wizard.datastore_page.datastores.row_texts()}
    assert rows["vsanDatastore"][-1] == "" and "RCM-03" in rows["ds-vmfs-silver-01"][-1]
    assert "alternate-location" in wizard.datastore_page.location_note.text()
    review = wizard.review_page
    assert not review.blocks(), review.verdicts_as_text()
    rcm05 = [v for v in review.results if v.check_id == "RCM-05"]
    assert rcm05 and "chosen here" in rcm05[0].finding
    assert "alternate location" in review.summary.toPlainText()


def test_a_plan_mixing_classic_and_modernized_items_is_refused_with_the_way_out(qtbot, tmp_path, make_wizard):
    import json

    from reprotect_gui.training.scenario import builtin_path

    raw = json.loads(builtin_path().read_text(encoding="utf-8"))
    raw["plans"].append({"id": "rp-mixed", "name": "RP-Mixed", "items": ["web-01", "intranet-01"]})
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    wizard = make_wizard(path)
    plans = {r[0]: r for r in wizard.select_page.plans.row_texts()}
    assert "ELIG-08" in plans["RP-Mixed"][-1] and "one by one" in plans["RP-Mixed"][-1]
    wizard.select_page.plan_mode.setChecked(True)
    assert not wizard.select_page.plans.select_where(lambda p: p.name == "RP-Mixed")


def test_classic_items_bring_one_calm_banner(qtbot, make_wizard):
    wizard = make_wizard()
    banner = wizard.select_page.classic_banner
    assert banner.isVisible() and "March 2026" in banner.text() and MIGRATION_ARTICLE in banner.text()
    assert banner.text().count("\n") == 0


def test_going_back_from_modernized_to_a_classic_vm_takes_the_classic_route(qtbot, make_wizard):
    wizard = make_wizard()
    assert wizard.select_page.items.select_where(lambda i: i.name == "intranet-01")
    click(wizard)
    click(wizard)
    assert wizard.currentPage() is wizard.appliance_page
    wizard.back()
    wizard.back()
    assert wizard.select_page.items.select_where(lambda i: i.name == "web-01")
    click(wizard)
    click(wizard)
    assert wizard.currentPage() is wizard.target_page
    assert wizard.session.selection.appliance_id is None


def test_the_direction_page_names_the_appliances_not_the_configuration_server(qtbot, make_wizard):
    wizard = make_wizard()
    assert wizard.select_page.items.select_where(lambda i: i.name == "intranet-01")
    wizard.button(wizard.WizardButton.NextButton).click()
    text = wizard.direction_page.target.text()
    assert "appliance-tokyo-01" in text and "RCM-01" in text
    assert "configuration server" not in text


def test_every_flow_route_comes_from_the_flow_registry(qtbot, make_wizard):
    from reprotect_gui.ui.wizard.flows import WIZARD_FLOWS, later_pages

    wizard = make_wizard()
    wizard.ensure_pages()
    ids = [spec.page_id for spec in later_pages()]
    assert len(ids) == len(set(ids)) and sorted(wizard.pageIds()) == [0, *ids]
    for key, flow in WIZARD_FLOWS.items():
        assert flow.flow.key is key
        route = [getattr(wizard, attribute) for attribute in flow.route]
        assert route[0] is wizard.direction_page and route[-2:] == [wizard.review_page, wizard.job_page]
        assert {spec.attribute for spec in flow.pages} <= set(flow.route)


def test_the_appliance_page_states_the_disk_limit_of_its_check(qtbot, make_wizard):
    from reprotect_gui.domain.checks.modernized import MAX_DISKS_PER_APPLIANCE

    wizard = make_wizard()
    wizard.ensure_pages()
    assert f"at most {MAX_DISKS_PER_APPLIANCE} disks" in wizard.appliance_page.advice.text()
