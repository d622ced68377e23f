"""RCM-01 on the job page: a failed modernized reprotect is retried through another healthy appliance."""

from __future__ import annotations

import json

from reprotect_gui.domain.models import JobState, ModernizedTarget
from reprotect_gui.training.scenario import builtin_path
from tests.ui.walk import COMMIT, accept_warnings, click, go_to_modernized_review


def scenario_with_a_second_healthy_appliance(tmp_path):
    raw = json.loads(builtin_path().read_text(encoding="utf-8"))
    second = next(a for a in raw["appliances"] if a["id"] == "ra-appliance-tokyo-02")
    second.update(
        health="Normal",
        heartbeat_minutes_ago=1,
        disks_in_use=10,
        health_errors=[],
        datastores=["ds-vmfs-gold-01", "ds-vmfs-gold-02", "vsanDatastore"],
    )
    raw["job"]["errors"]["78175"] = {
        "message": "The replication appliance's services stopped during the reprotect.",
        "possible_causes": "appliance-tokyo-01 lost its connection to the datastore.",
        "recommended_action": "Retry the reprotect through another healthy appliance.",
    }
    intranet = next(i for i in raw["items"] if i["id"] == "intranet-01")
    intranet["job"] = {"fail_at_task": "creating_disks", "error": "78175", "via": "ra-appliance-tokyo-01"}
    path = tmp_path / "estate.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def test_a_failed_modernized_reprotect_is_retried_on_the_other_appliance(qtbot, make_wizard, tmp_path):
    wizard = make_wizard(scenario_with_a_second_healthy_appliance(tmp_path))
    go_to_modernized_review(qtbot, wizard, vm="intranet-01", appliance="appliance-tokyo-01")
    accept_warnings(wizard)
    click(wizard, COMMIT)
    page = wizard.job_page
    qtbot.waitUntil(lambda: page.retry_button.isVisible(), timeout=15000)
    (failed,) = page.jobs.values()
    assert failed.state is JobState.FAILED
    assert "appliance-tokyo-01" in page.retry_note.text() and "RCM-01" in page.retry_note.text()
    assert [page.retry_appliance.itemText(i) for i in range(page.retry_appliance.count())] == ["appliance-tokyo-02"]

    page.retry_button.click()
    page.retry_button.click()  # the second click sends nothing
    qtbot.waitUntil(lambda: len(page.jobs) == 2 and page.isComplete(), timeout=15000)
    vault = wizard.session.site_recovery
    assert [r.target.reprotect_agent_id for r in vault.submissions] == [
        "ra-appliance-tokyo-01",
        "ra-appliance-tokyo-02",
    ]
    retried = vault.submissions[-1]
    assert isinstance(retried.target, ModernizedTarget) and retried.item_id == "intranet-01"
    states = sorted(j.state.value for j in page.jobs.values())
    assert states == ["Failed", "Succeeded"]
    assert "Reprotect succeeded for 1 VM(s)" in page.verdict.text()
    assert not page.retry_button.isVisible()


def test_a_refused_retry_says_why_and_keeps_the_failure_counted(qtbot, make_wizard, tmp_path):
    from reprotect_gui.domain.errors import SubmitRefused

    wizard = make_wizard(scenario_with_a_second_healthy_appliance(tmp_path))
    go_to_modernized_review(qtbot, wizard, vm="intranet-01", appliance="appliance-tokyo-01")
    accept_warnings(wizard)
    click(wizard, COMMIT)
    page = wizard.job_page
    qtbot.waitUntil(lambda: page.retry_button.isVisible(), timeout=15000)
    vault = wizard.session.site_recovery

    def refuse(request):
        raise SubmitRefused("ASR refused the reprotect of intranet-01: the appliance is busy.", "Try again later.")

    vault.submit_reprotect = refuse
    page.retry_button.click()
    qtbot.waitUntil(lambda: "did not succeed" in page.verdict.text(), timeout=10000)
    assert "1 of 1 reprotect(s) did not succeed" in page.verdict.text()
    assert page.isComplete()
    assert not page.retry_button.isEnabled()  # never sent twice
