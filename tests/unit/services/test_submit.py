"""Submitting: one request per VM, attach instead of resubmitting, a refusal stays per VM."""

from __future__ import annotations

import pytest

from reprotect_gui.domain.models import ClassicTarget, ReprotectRequest
from reprotect_gui.domain.ports import JobCancelled
from reprotect_gui.services.submit import submit_reprotects
from reprotect_gui.training.backends import TrainingSiteRecovery
from reprotect_gui.training.scenario import load_scenario
from tests.fakes import ManualClock, RecordingContext


def req(item_id):
    return ReprotectRequest(
        item_id, item_id, ClassicTarget("mt-lnx-01", "ps-azure-01", "/mnt/retention/"), "ds-vmfs-gold-01", "policy", ()
    )


def test_each_vm_of_a_plan_gets_its_own_job():
    vault = TrainingSiteRecovery(load_scenario(), ManualClock(), latency_s=0)
    outcomes = submit_reprotects(vault, [req("app-lnx-01"), req("app-lnx-02")], RecordingContext())
    assert [o.item_id for o in outcomes] == ["app-lnx-01", "app-lnx-02"]
    assert len({o.job_id for o in outcomes}) == 2
    assert len(vault.submissions) == 2


def test_a_job_already_running_on_the_item_is_followed_not_resubmitted():
    vault = TrainingSiteRecovery(load_scenario(), ManualClock(), latency_s=0)
    first = submit_reprotects(vault, [req("app-lnx-01")], RecordingContext())[0]
    again = submit_reprotects(vault, [req("app-lnx-01")], RecordingContext())[0]
    assert again.attached_to_running and again.job_id == first.job_id
    assert len(vault.submissions) == 1


def test_a_refused_vm_does_not_stop_the_others():
    vault = TrainingSiteRecovery(load_scenario(), ManualClock(), latency_s=0)
    outcomes = submit_reprotects(vault, [req("crm-01"), req("app-lnx-01")], RecordingContext())
    assert outcomes[0].job_id is None and "not allowed in state Migrated" in outcomes[0].problem
    assert outcomes[1].job_id is not None


def test_cancelling_between_submits_sends_nothing_more():
    vault = TrainingSiteRecovery(load_scenario(), ManualClock(), latency_s=0)
    with pytest.raises(JobCancelled):
        submit_reprotects(vault, [req("app-lnx-01"), req("app-lnx-02")], RecordingContext(cancel_after_reports=1))
    assert [r.item_id for r in vault.submissions] == ["app-lnx-01"]
