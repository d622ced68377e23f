"""The SiteRecovery port's contract: one set of assertions, run against the training vault and against the real
Azure adapter (ArmSiteRecovery, through the Azure SDK) on the HTTPS ASR emulator.

The training backend is what an operator rehearses on, so it must answer like the real service does: a read_site
whose parts fit together, read_item agreeing with it, a reprotect that runs to its end and changes the item the
same way, a second submit attaching to the running job, and refusals as sentences with a next step. When one
side changes its behaviour, the same test fails for it here, so the fake can't drift from the adapter.

Each side runs on its own estate (the training scenario; the emulator's wire-format estate, classic and modernized
items side by side as in the training vault): the assertions are about behaviour, and the `Side` says which item,
servers and appliances of its estate to use. The first run of these tests found one drift: the training vault
accepted a modernized reprotect through an appliance whose health is Critical, which the service refuses.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

import pytest
from asr_estate import (
    LOG_ACCOUNT,
    MT_WIN,
    PS_CS,
    RA_HEALTHY,
    RA_UNHEALTHY,
    RCM_FAILBACK_POLICY,
    fabric_id,
    item_id,
    mixed_estate,
    policy_id,
    rcm_item_id,
)
from asr_testkit import RecordingContext, request_for

from reprotect_gui.domain.errors import UserFacingError
from reprotect_gui.domain.models import (
    REVERSE_REPLICATE,
    ClassicTarget,
    JobState,
    ModernizedTarget,
    ReplicationFlow,
    ReprotectRequest,
)
from reprotect_gui.domain.ports import SiteRecovery
from reprotect_gui.services.clock import SystemClock
from reprotect_gui.training.backends import TrainingSiteRecovery
from reprotect_gui.training.scenario import load_scenario

JOB_TIMEOUT_S = 10.0


@dataclass
class Side:
    name: str
    backend: SiteRecovery
    request: ReprotectRequest  # a classic reprotect that the service accepts and runs to success
    unknown_item_id: str  # shaped like the side's ids, naming nothing
    unknown_job_id: str
    configuration_server_id: str
    hold_jobs: Callable[[], None]  # jobs submitted from now on stay running...
    finish_jobs: Callable[[], None]  # ...until this lets them run to their end
    modernized: ReprotectRequest  # a modernized reprotect through a healthy appliance
    unhealthy_agent_id: str  # the reprotect agent of an appliance whose health is Critical


class ManualClock:
    """The training vault's jobs advance with its clock: this one moves only when told."""

    def __init__(self) -> None:
        self.moment = SystemClock().now()

    def now(self) -> datetime:
        return self.moment

    def advance(self, by: timedelta) -> None:
        self.moment += by


def _training_side() -> Side:
    scenario = load_scenario()
    clock = ManualClock()
    backend = TrainingSiteRecovery(scenario, clock, latency_s=0)
    site = backend.read_site(RecordingContext())
    item = next(
        i
        for i in site.items
        if i.flow is ReplicationFlow.CLASSIC
        and REVERSE_REPLICATE in i.allowed_operations
        and i.item_id not in scenario.failures
    )
    mt = next(m for m in site.master_targets if m.os_type is item.os_type)
    request = ReprotectRequest(
        item_id=item.item_id,
        item_name=item.name,
        target=ClassicTarget(mt.server_id, site.process_servers[0].server_id, mt.retention_volumes[0].name),
        datastore_name=mt.datastores[0].symbolic_name,
        policy_id=site.failback_policy.policy_id if site.failback_policy else "",
        disks_to_include=(),
    )
    rcm = next(
        i
        for i in site.items
        if i.flow is ReplicationFlow.MODERNIZED and REVERSE_REPLICATE in i.allowed_operations and i.rcm is not None
    )
    healthy = next(a for a in site.appliances if a.health == "Normal")
    unhealthy = next(a for a in site.appliances if a.health == "Critical")
    assert rcm.rcm is not None
    modernized = ReprotectRequest(
        item_id=rcm.item_id,
        item_name=rcm.name,
        target=ModernizedTarget(healthy.appliance_id, rcm.rcm.log_storage_account_id),
        datastore_name=healthy.datastores[0],
        policy_id=site.modernized_policy.policy_id if site.modernized_policy else "",
        disks_to_include=(),
    )
    return Side(
        "training",
        backend,
        request,
        unknown_item_id=item.item_id.rsplit("/", 1)[0] + "/ghost-01",
        unknown_job_id="9999-reprotect-ghost",
        configuration_server_id=site.configuration_servers[0].server_id,
        hold_jobs=lambda: None,  # the clock stands still
        finish_jobs=lambda: clock.advance(timedelta(hours=1)),
        modernized=modernized,
        unhealthy_agent_id=unhealthy.appliance_id,
    )


def _emulator_side(make_adapter: Callable[..., Any], emulator: Any) -> Side:
    def hold() -> None:
        emulator.job_step_seconds = 3600.0

    def finish() -> None:
        emulator.job_step_seconds = 0.001

    return Side(
        "emulator",
        make_adapter(),
        request_for("vm-app-01", mt=MT_WIN, ps=PS_CS),
        unknown_item_id=item_id("ghost-01"),
        unknown_job_id="00000000-0000-0000-0000-000000000000",
        configuration_server_id=fabric_id(),
        hold_jobs=hold,
        finish_jobs=finish,
        modernized=ReprotectRequest(
            item_id=rcm_item_id("intranet-01"),
            item_name="intranet-01",
            target=ModernizedTarget(RA_HEALTHY, LOG_ACCOUNT),
            datastore_name="ds-vmfs-gold-01",
            policy_id=policy_id(RCM_FAILBACK_POLICY),
            disks_to_include=(),
        ),
        unhealthy_agent_id=RA_UNHEALTHY,
    )


@pytest.fixture
def estate() -> dict[str, Any]:
    """The emulator's vault for this module: classic and modernized items side by side, as the training one."""
    return mixed_estate(vm_count=1)


@pytest.fixture(params=["training", "emulator"])
def side(request: pytest.FixtureRequest) -> Iterator[Side]:
    if request.param == "training":
        yield _training_side()
    else:
        yield _emulator_side(request.getfixturevalue("make_adapter"), request.getfixturevalue("emulator"))


def _until_final(backend: SiteRecovery, job_id: str) -> list[Any]:
    deadline = time.monotonic() + JOB_TIMEOUT_S
    seen = []
    while time.monotonic() < deadline:
        job = backend.read_job(job_id)
        seen.append(job)
        if job.state.is_final:
            return seen
        time.sleep(0.02)
    raise AssertionError(f"job {job_id} did not finish in {JOB_TIMEOUT_S} s: {seen[-1]}")


def _assert_sentence_with_next_step(exc: UserFacingError) -> None:
    assert exc.summary.strip().endswith("."), exc.summary
    assert exc.next_step.strip(), f"no next step after: {exc.summary}"


# --- reads ------------------------------------------------------------------------------------------------------


def test_read_site_parts_fit_together(side: Side):
    ctx = RecordingContext()
    site = side.backend.read_site(ctx)
    assert ctx.reports and ctx.reports[-1][0] == 1.0  # progress ends complete

    ids = [i.item_id for i in site.items]
    assert ids and len(ids) == len(set(ids))
    assert len({m.server_id for m in site.master_targets}) == len(site.master_targets) > 0
    assert len({p.server_id for p in site.process_servers}) == len(site.process_servers) > 0
    servers = {c.server_id for c in site.configuration_servers}
    for item in site.items:
        if item.flow is ReplicationFlow.CLASSIC:
            assert item.configuration_server_id in servers, item.name
    for plan in site.plans:
        assert set(plan.item_ids) <= set(ids), plan.name
    assert site.failback_policy is not None and site.failback_policy.policy_id


def test_read_item_agrees_with_read_site(side: Side):
    site = side.backend.read_site(RecordingContext())
    for listed in site.items:
        if listed.flow is ReplicationFlow.OUT_OF_SCOPE:
            continue
        read = side.backend.read_item(listed.item_id)
        assert (read.item_id, read.name, read.provider, read.flow) == (
            listed.item_id,
            listed.name,
            listed.provider,
            listed.flow,
        )
        assert (read.protection_state, read.allowed_operations, read.running_job_id) == (
            listed.protection_state,
            listed.allowed_operations,
            listed.running_job_id,
        )
        assert [d.disk_id for d in read.disks] == [d.disk_id for d in listed.disks]


def test_an_unknown_item_is_a_sentence_with_a_next_step(side: Side):
    with pytest.raises(UserFacingError) as raised:
        side.backend.read_item(side.unknown_item_id)
    _assert_sentence_with_next_step(raised.value)


def test_an_unknown_job_is_a_sentence_with_a_next_step(side: Side):
    with pytest.raises(UserFacingError) as raised:
        side.backend.read_job(side.unknown_job_id)
    _assert_sentence_with_next_step(raised.value)


# --- the reprotect ----------------------------------------------------------------------------------------------


def test_a_reprotect_runs_to_success_and_turns_the_item_around(side: Side):
    backend, request = side.backend, side.request
    before = backend.read_item(request.item_id)
    assert REVERSE_REPLICATE in before.allowed_operations and before.running_job_id is None

    side.hold_jobs()
    result = backend.submit_reprotect(request)
    assert result.job_id and not result.attached_to_running

    running = backend.read_item(request.item_id)
    assert running.running_job_id == result.job_id
    assert REVERSE_REPLICATE not in running.allowed_operations

    again = backend.submit_reprotect(request)  # a second press while it runs: the same job, nothing new
    assert (again.job_id, again.attached_to_running) == (result.job_id, True)
    assert not backend.read_job(result.job_id).state.is_final

    side.finish_jobs()
    seen = _until_final(backend, result.job_id)
    final = seen[-1]
    assert final.job_id == result.job_id
    assert final.item_id.lower() == request.item_id.lower()
    assert final.state is JobState.SUCCEEDED
    assert final.tasks and all(t.state is JobState.SUCCEEDED for t in final.tasks)
    assert all(not j.state.is_final for j in seen[:-1])  # no state after a final one

    after = backend.read_item(request.item_id)
    assert after.protection_state == "Protected" and after.provider == "InMage"
    assert after.running_job_id is None
    assert REVERSE_REPLICATE not in after.allowed_operations and "PlannedFailover" in after.allowed_operations


def test_a_reprotected_item_is_refused_a_second_reprotect(side: Side):
    backend, request = side.backend, side.request
    job_id = backend.submit_reprotect(request).job_id
    side.finish_jobs()
    _until_final(backend, job_id)
    with pytest.raises(UserFacingError) as raised:
        backend.submit_reprotect(request)
    _assert_sentence_with_next_step(raised.value)


def test_a_reprotect_of_an_unknown_item_is_refused(side: Side):
    with pytest.raises(UserFacingError) as raised:
        side.backend.submit_reprotect(replace(side.request, item_id=side.unknown_item_id, item_name="ghost-01"))
    _assert_sentence_with_next_step(raised.value)


def test_a_configuration_server_refresh_completes_with_progress(side: Side):
    side.backend.read_site(RecordingContext())  # the adapter finds the server's provider in what it read
    ctx = RecordingContext()
    side.backend.refresh_configuration_server(side.configuration_server_id, ctx)
    assert ctx.reports and ctx.reports[-1][0] == 1.0
    refreshed = side.backend.read_site(RecordingContext())
    assert any(c.server_id == side.configuration_server_id for c in refreshed.configuration_servers)


# --- the modernized flow (section G) -----------------------------------------------------------------------------


def test_a_modernized_reprotect_leaves_a_failback_item_through_the_same_appliance(side: Side):
    backend, request = side.backend, side.modernized
    assert isinstance(request.target, ModernizedTarget)
    side.hold_jobs()
    result = backend.submit_reprotect(request)
    running = backend.read_item(request.item_id)
    assert running.running_job_id == result.job_id and REVERSE_REPLICATE not in running.allowed_operations

    side.finish_jobs()
    final = _until_final(backend, result.job_id)[-1]
    assert final.state is JobState.SUCCEEDED and final.tasks

    after = backend.read_item(request.item_id)
    assert (after.provider, after.protection_state, after.flow) == (
        "InMageRcmFailback",
        "Protected",
        ReplicationFlow.MODERNIZED,
    )
    assert after.rcm_failback is not None
    assert (
        after.rcm_failback.reprotect_agent_id.lower(),
        after.rcm_failback.target_datastore,
        after.rcm_failback.log_storage_account_id.lower(),
    ) == (
        request.target.reprotect_agent_id.lower(),
        request.datastore_name,
        request.target.log_storage_account_id.lower(),
    )


def test_an_unhealthy_appliance_is_refused_and_starts_nothing(side: Side):
    backend, request = side.backend, side.modernized
    assert isinstance(request.target, ModernizedTarget)
    sick = replace(request, target=replace(request.target, reprotect_agent_id=side.unhealthy_agent_id))
    with pytest.raises(UserFacingError) as raised:
        backend.submit_reprotect(sick)
    _assert_sentence_with_next_step(raised.value)
    after = backend.read_item(request.item_id)
    assert after.running_job_id is None and REVERSE_REPLICATE in after.allowed_operations


def test_a_classic_input_for_a_modernized_item_is_refused(side: Side):
    backend = side.backend
    wrong = replace(side.request, item_id=side.modernized.item_id, item_name=side.modernized.item_name)
    with pytest.raises(UserFacingError) as raised:
        backend.submit_reprotect(wrong)
    _assert_sentence_with_next_step(raised.value)
    assert backend.read_item(side.modernized.item_id).running_job_id is None
