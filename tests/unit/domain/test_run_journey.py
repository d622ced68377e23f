"""A run that follows journey jobs (issue 18, resumed after a crash): only a reprotect's success leads to
the readiness reads (RDY-); a failback's, commit's or reprotect-to-Azure's success does not."""

from __future__ import annotations

from reprotect_gui.domain.models import Job, JobState
from reprotect_gui.domain.run import RunModel


def test_only_a_succeeded_reprotect_is_watched_for_readiness():
    run = RunModel()
    run.follow("rep-1", "web-01", item_id="/items/web-01", item_name="web-01")
    for step in ("failback", "commit", "reprotect_to_azure"):
        run.follow(f"{step}-1", f"web-02: {step}", item_id="/items/web-02", item_name="web-02", step=step)
    jobs = {key: Job(key, "job", "vm", JobState.SUCCEEDED) for key in run.job_ids()}
    run.apply_jobs(jobs)
    assert run.readiness_targets() == ["/items/web-01"]
    assert [e.item_id for e, _, _ in run.readiness_rows()] == ["/items/web-01"]
    assert run.entry("failback-1").step == "failback" and run.entry("rep-1").step == ""


def test_the_readiness_judges_the_items_reprotect_job_not_a_later_journey_job():
    run = RunModel()
    run.follow("rep-1", "web-01", item_id="/items/web-01")
    run.follow("fb-1", "web-01: failback", item_id="/items/web-01", step="failback")
    run.apply_jobs(
        {
            "rep-1": Job("rep-1", "Reprotect", "web-01", JobState.SUCCEEDED),
            "fb-1": Job("fb-1", "x", "web-01", JobState.FAILED),
        }
    )
    assert run.job_of_item("/items/web-01").job_id == "rep-1"
