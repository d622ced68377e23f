"""The real wizard, driven page by page on the training estate (issue 2's acceptance)."""

from __future__ import annotations

import json

import pytest

from reprotect_gui.app import load_training
from reprotect_gui.domain.models import JobState
from tests.ui.walk import COMMIT, accept_warnings, click, go_to_review


def test_single_vm_walks_from_selection_to_a_succeeded_job(qtbot, make_wizard):
    wizard = make_wizard()
    go_to_review(qtbot, wizard, vm="web-01")
    review = wizard.review_page
    assert not review.blocks(), review.verdicts_as_text()
    accept_warnings(wizard)
    assert review.isComplete()
    assert wizard.button(COMMIT).isEnabled()

    click(wizard, COMMIT)
    assert wizard.currentPage() is wizard.job_page
    job_page = wizard.job_page
    qtbot.waitUntil(job_page.isComplete, timeout=15000)
    (job,) = job_page.jobs.values()
    assert job.state is JobState.SUCCEEDED
    assert [t.friendly_name for t in job.tasks] == [
        "Prerequisites check",
        "Preparing the master target",
        "Creating and attaching disks",
        "Starting replication",
        "Finishing protection",
    ]
    assert all(t.state is JobState.SUCCEEDED for t in job.tasks)
    assert job_page.overall.value() == 100
    assert "Reprotect succeeded" in job_page.verdict.text()
    assert "SUB-01" in job_page.verdict.text()
    from reprotect_gui.domain.report import end_of_run_advice, next_step  # the drill report's words, once

    for advice in (*end_of_run_advice(True, any_linux=False), next_step(True)):
        assert advice in job_page.verdict.text()
    review_titles = [
        wizard.review_page.verdicts.topLevelItem(i).text(0) for i in range(review.verdicts.topLevelItemCount())
    ]
    assert any("Passed (" in t for t in review_titles)

    (request,) = wizard.session.site_recovery.submissions
    assert request.item_id == "web-01"
    assert request.target.master_target_id == "mt-win-01"
    assert request.target.process_server_id == "ps-azure-01"
    assert request.target.retention_drive == "R:"  # RET-06 default preselected
    assert request.datastore_name == "ds-vmfs-gold-01"
    assert request.policy_id.endswith("/replicationPolicies/policy-failback-tokyo")
    assert request.disks_to_include == ("web-01-os", "web-01-data")  # DS-07: temp disk left out


def test_recovery_plan_submits_one_reprotect_per_vm_and_follows_them_together(qtbot, make_wizard):
    wizard = make_wizard()
    go_to_review(qtbot, wizard, plan="RP-Linux-Apps", datastore="ds-vmfs-gold-02")
    site_recovery = wizard.session.site_recovery
    accept_warnings(wizard)
    assert not wizard.review_page.blocks(), wizard.review_page.verdicts_as_text()
    click(wizard, COMMIT)
    job_page = wizard.job_page
    qtbot.waitUntil(job_page.isComplete, timeout=15000)

    assert [r.item_id for r in site_recovery.submissions] == ["app-lnx-01", "app-lnx-02"]
    assert {r.target.master_target_id for r in site_recovery.submissions} == {"mt-lnx-01"}  # MT-02
    assert {r.target.retention_drive for r in site_recovery.submissions} == {"/mnt/retention/"}
    states = {j.target_name: j.state for j in job_page.jobs.values()}
    # app-lnx-02 is trained to fail at "Starting replication" with ASR error 95226.
    assert states == {"app-lnx-01": JobState.SUCCEEDED, "app-lnx-02": JobState.FAILED}
    failed = next(j for j in job_page.jobs.values() if j.state is JobState.FAILED)
    failed_task = next(t for t in failed.tasks if t.state is JobState.FAILED)
    assert failed_task.friendly_name == "Starting replication"
    assert failed_task.errors[0].code == "95226"
    assert "1 of 2 reprotect(s) did not succeed" in job_page.verdict.text()


def test_plan_values_can_differ_per_vm(qtbot, make_wizard):
    wizard = make_wizard()
    page = wizard.select_page
    page.plan_mode.setChecked(True)
    page.plans.select_where(lambda p: p.name == "RP-Linux-Apps")
    click(wizard)
    click(wizard)
    wizard.target_page.master_targets.select_where(lambda m: m.server_id == "mt-lnx-01")
    click(wizard)
    ds_page = wizard.datastore_page
    assert ds_page.vm_picker.isVisible() and ds_page.same_for_all.isVisible()
    ds_page.datastores.select_where(lambda d: d.symbolic_name == "ds-vmfs-gold-01")
    ds_page.same_for_all.setChecked(False)
    ds_page.vm_picker.setCurrentIndex(1)
    ds_page.datastores.select_where(lambda d: d.symbolic_name == "vsanDatastore")
    choices = wizard.session.selection.per_item
    assert choices["app-lnx-01"].datastore_name == "ds-vmfs-gold-01"
    assert choices["app-lnx-02"].datastore_name == "vsanDatastore"


def test_nfs_datastores_and_ineligible_vms_are_listed_but_cannot_be_chosen(qtbot, make_wizard):
    wizard = make_wizard()
    items = {row[0]: row for row in wizard.select_page.items.row_texts()}
    assert "ELIG-01" in items["crm-01"][-1] and "migrated" in items["crm-01"][-1]
    assert "ELIG-03" in items["legacy-01"][-1]
    assert "ELIG-05" in items["hr-01"][-1]
    assert "ELIG-06" in items["print-01"][-1]
    assert "ELIG-08" in items["dc-azure-01"][-1]  # A2A: out of scope
    assert items["intranet-01"][-1] == ""  # modernized: reprotected through a replication appliance
    assert not wizard.select_page.items.select_where(lambda i: i.name == "crm-01")
    assert not wizard.select_page.isComplete()

    go_to_review(qtbot, wizard, vm="web-01")
    rows = {row[0]: row for row in wizard.datastore_page.datastores.row_texts()}
    assert "DS-01" in rows["nfs-templates"][-1]
    assert "DS-01" in rows["nfs41-archive"][-1]
    assert rows["ds-vmfs-gold-01"][-1] == ""
    assert not wizard.datastore_page.datastores.select_where(lambda d: d.symbolic_name == "nfs-templates")


def test_clicking_reprotect_twice_submits_exactly_one_job(qtbot, make_wizard):
    wizard = make_wizard()
    go_to_review(qtbot, wizard, vm="web-01")
    accept_warnings(wizard)
    commit = wizard.button(COMMIT)
    commit.click()
    commit.click()
    wizard.next()  # even a programmatic second "next" must not send anything
    qtbot.waitUntil(wizard.job_page.isComplete, timeout=15000)
    assert len(wizard.session.site_recovery.submissions) == 1
    assert len(wizard.job_page.jobs) == 1


def test_review_page_exports_verdicts_as_text_and_json(qtbot, make_wizard):
    wizard = make_wizard()
    # sql-01 is in replication group web-tier: it goes back with its plan (SUB-02).
    go_to_review(qtbot, wizard, plan="RP-Web-Tier", datastore="ds-vmfs-silver-01")
    review = wizard.review_page
    text = review.verdicts_as_text()
    assert "[WARN] DS-05 sql-01" in text
    exported = json.loads(review.verdicts_as_json())
    assert {"check_id", "status", "finding", "evidence", "remediation", "acknowledged"} <= exported[0].keys()
    order = ["block", "warn", "unknown", "info", "pass"]
    ranks = [order.index(v["status"]) for v in exported]
    assert ranks == sorted(ranks) and exported[0]["status"] in ("block", "warn")  # the worst first


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{ not json", "is not valid JSON"),
        ('{"format": "something-else/9"}', 'at format: expected "reprotect_gui.scenario/1"'),
    ],
)
def test_a_malformed_scenario_is_refused_with_a_sentence(qtbot, tmp_path, content, expected):
    path = tmp_path / "broken.json"
    path.write_text(content, encoding="utf-8")
    scenario, box = load_training(path)
    assert scenario is None
    qtbot.addWidget(box)
    assert expected in box.text()
    assert str(path) in box.text()
    assert "--scenario" in box.informativeText()


def test_the_wizard_asks_its_session_collaborator_also_after_a_language_switch(qtbot, make_wizard):
    wizard = make_wizard()
    asked = []
    wizard.session.confirm = lambda parent, title, text: asked.append((parent, title)) is None and False
    assert wizard.confirm("Start?", "text") is False and asked == [(wizard, "Start?")]
    successor = wizard.restart_in_language("en")
    qtbot.addWidget(successor)
    assert successor.confirm("Close?", "text") is False and asked[-1] == (successor, "Close?")
    assert "confirm" not in vars(successor)  # no per-instance override: the session's collaborator answers
