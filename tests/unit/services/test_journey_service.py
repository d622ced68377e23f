"""services/journey.py with a fake Journey port and a fake vCenter: the facts of each step (FB-09, FB-13,
REV-02, REV-05; vCenter skipped → unknown), FB-12 cancel, submit never twice with journal and audit (FB-14),
and where a target stands (CMT-06, REV-01)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import timedelta

import pytest

from reprotect_gui.domain.errors import ConnectionFailed, SubmitRefused
from reprotect_gui.domain.failback import (
    CancelFailoverRequest,
    ClassicRecoveryPoint,
    CommitRequest,
    FailbackRequest,
    ReprotectToAzureRequest,
    Scope,
)
from reprotect_gui.domain.journey import JourneyMember, JourneyStage, JourneyState, ReverseServer
from reprotect_gui.domain.models import (
    ConfigurationServer,
    KnownVCenter,
    RecoverySite,
    ReplicationFlow,
    SubmitResult,
    VCenterEstate,
    VcHost,
    VcVm,
    VmLocator,
)
from reprotect_gui.domain.verdicts import Status, Verdict
from reprotect_gui.services.audit import AuditLog, Operators
from reprotect_gui.services.journal import JobJournal
from reprotect_gui.services.journey import (
    JourneyStep,
    StepInputs,
    check_step,
    event_name,
    site_verdicts,
    submit_step,
    where_is,
)
from reprotect_gui.services.tracking import RunRecorder
from tests.fakes import ManualClock, RecordingContext

ITEM = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.RecoveryServices/vaults/v/replicationFabrics/f/replicationProtectionContainers/c/replicationProtectedItems/web-01"


def member(provider: str = "InMage", ops: Sequence[str] = ("UnplannedFailover",), **kw: object) -> JourneyMember:
    return JourneyMember(
        item_id=str(kw.pop("item_id", ITEM)),
        name=str(kw.pop("name", "web-01")),
        provider=provider,
        protection_state="Protected",
        allowed_operations=frozenset(ops),
        on_prem_vm=VmLocator("web-01", bios_uuid="4211c0de-0000-4000-8000-000000000101"),
        **kw,  # type: ignore[arg-type]
    )


class FakeJourney:
    """The Journey port: a state per target, the submits it received, an optional refusal."""

    def __init__(self, state: JourneyState) -> None:
        self.state = state
        self.sent: list[object] = []
        self.refuse: Exception | None = None
        self.result = SubmitResult("job-1")
        self.reads = 0

    def read_journey(self, scope: Scope, target_id: str) -> JourneyState:
        self.reads += 1
        return self.state

    def list_recovery_points(self, item_id: str):  # noqa: ANN201
        return ()

    def reverse_choices(self, item_id: str):  # noqa: ANN201
        raise AssertionError("not used here")

    def _submit(self, request: object) -> SubmitResult:
        if self.refuse is not None:
            raise self.refuse
        self.sent.append(request)
        return self.result

    submit_failback = submit_cancel = submit_commit = submit_reprotect_to_azure = _submit


class FakeVCenter:
    def __init__(self, estate: VCenterEstate | Exception) -> None:
        self.estate = estate
        self.focus: list[VmLocator] = []

    def read_estate(self, focus: Sequence[VmLocator], ctx: object) -> VCenterEstate:
        self.focus = list(focus)
        if isinstance(self.estate, Exception):
            raise self.estate
        return self.estate


def item_state(m: JourneyMember, clock: ManualClock) -> JourneyState:
    return JourneyState(Scope.ITEM, m.item_id, m.name, (m,), m.allowed_operations, clock.now(), providers=(m.provider,))


def vcenter(*, vm_memory: int = 16384, host_free: int = 16384, **vm: object) -> VCenterEstate:
    fields = {
        "power_state": "poweredOff",
        "tools_status": "toolsNotRunning",
        "ip_addresses": (),
        "boot_time": None,
        **vm,
    }
    return VCenterEstate(
        "vc-tokyo-01.contoso.local",
        (VcHost("esx-01", "ESXi 7", "Enterprise Plus", "connected", (), memory_mb=262144, free_memory_mb=host_free),),
        (),
        (
            VcVm(
                "vm-1",
                "web-01",
                "4211c0de-0000-4000-8000-000000000101",
                None,
                "windowsGuest",
                str(fields["power_state"]),
                False,
                "esx-01",
                (),
                ip_addresses=tuple(fields["ip_addresses"]),  # type: ignore[arg-type]
                tools_status=str(fields["tools_status"]),
                memory_mb=vm_memory,
                boot_time=fields["boot_time"],  # type: ignore[arg-type]
            ),
        ),
    )


def failback_request(flow: ReplicationFlow = ReplicationFlow.CLASSIC) -> FailbackRequest:
    point = ClassicRecoveryPoint.LATEST_TIME if flow is ReplicationFlow.CLASSIC else "CrashConsistent"
    return FailbackRequest(Scope.ITEM, ITEM, "web-01", flow, point)


def by_id(verdicts: Sequence[Verdict], check_id: str) -> list[Verdict]:
    return [v for v in verdicts if v.check_id == check_id]


# --- facts ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("free", "status"), [(16384, Status.PASS), (16383, Status.WARN)])
def test_fb09_host_memory_comes_from_vcenter_at_its_edge(free: int, status: Status) -> None:
    clock = ManualClock()
    journey = FakeJourney(item_state(member(), clock))
    vc = FakeVCenter(vcenter(vm_memory=16384, host_free=free))
    checked = check_step(
        journey,
        vc,
        clock.now(),
        JourneyStep.FAILBACK,
        Scope.ITEM,
        ITEM,
        RecordingContext(),
        StepInputs(failback=failback_request()),
    )
    assert [v.status for v in by_id(checked.verdicts, "FB-09")] == [status]
    assert vc.focus == [journey.state.members[0].on_prem_vm]
    assert checked.stage is JourneyStage.READY and checked.vcenter_problem == ""
    assert checked.facts.members[0].host_name == "esx-01"


def test_vcenter_skipped_makes_the_on_premises_facts_unknown() -> None:
    clock = ManualClock()
    journey = FakeJourney(item_state(member(ops=("Commit",)), clock))
    checked = check_step(journey, None, clock.now(), JourneyStep.COMMIT, Scope.ITEM, ITEM, RecordingContext())
    assert [v.status for v in by_id(checked.verdicts, "FB-13")] == [Status.UNKNOWN]
    assert "vCenter was not connected" in checked.vcenter_problem
    assert checked.facts.vcenter_read is False


def test_a_failing_vcenter_read_is_a_sentence_and_unknown_facts_not_an_exception() -> None:
    clock = ManualClock()
    journey = FakeJourney(item_state(member(), clock))
    vc = FakeVCenter(ConnectionFailed("vCenter vc-tokyo-01 did not answer.", "Check the network."))
    checked = check_step(
        journey,
        vc,
        clock.now(),
        JourneyStep.FAILBACK,
        Scope.ITEM,
        ITEM,
        RecordingContext(),
        StepInputs(failback=failback_request()),
    )
    assert [v.status for v in by_id(checked.verdicts, "FB-09")] == [Status.UNKNOWN]
    assert checked.vcenter_problem.startswith("vCenter vc-tokyo-01 did not answer.")


def test_fb13_reads_power_tools_and_ip_of_the_failed_back_vm() -> None:
    clock = ManualClock()
    journey = FakeJourney(item_state(member(ops=("Commit",)), clock))
    running = vcenter(power_state="poweredOn", tools_status="toolsOk", ip_addresses=("10.10.2.11",))
    checked = check_step(
        journey,
        FakeVCenter(running),
        clock.now(),
        JourneyStep.COMMIT,
        Scope.ITEM,
        ITEM,
        RecordingContext(),
        StepInputs(app_confirmed=True),
    )
    assert [v.status for v in by_id(checked.verdicts, "FB-13")] == [Status.PASS]
    assert [v.status for v in by_id(checked.verdicts, "CMT-02")] == [Status.PASS]
    off = vcenter(power_state="poweredOn", tools_status="toolsNotRunning", ip_addresses=())
    checked = check_step(
        journey, FakeVCenter(off), clock.now(), JourneyStep.COMMIT, Scope.ITEM, ITEM, RecordingContext()
    )
    (fb13,) = by_id(checked.verdicts, "FB-13")
    assert fb13.status is Status.WARN and "no guest IP address" in fb13.finding
    assert [v.status for v in by_id(checked.verdicts, "CMT-02")] == [Status.WARN]


@pytest.mark.parametrize(("minutes", "status"), [(14, Status.WARN), (15, Status.PASS)])
def test_rev02_boot_time_comes_from_vcenter(minutes: int, status: Status) -> None:
    clock = ManualClock()
    journey = FakeJourney(item_state(member(ops=("ReverseReplicate",)), clock))
    booted = vcenter(power_state="poweredOn", boot_time=clock.now() - timedelta(minutes=minutes))
    server = ReverseServer("ps-1", "ps-tokyo-01", "Normal", clock.now() - timedelta(minutes=1))
    checked = check_step(
        journey,
        FakeVCenter(booted),
        clock.now(),
        JourneyStep.REPROTECT_TO_AZURE,
        Scope.ITEM,
        ITEM,
        RecordingContext(),
        StepInputs(process_server=server, policy_id="/p/1", run_as_account_id="ra-1"),
    )
    assert [v.status for v in by_id(checked.verdicts, "REV-02")] == [status]
    assert [v.status for v in by_id(checked.verdicts, "REV-03")] == [Status.PASS]
    assert [v.status for v in by_id(checked.verdicts, "REV-05")] == [Status.PASS]


def test_rev05_usage_status_of_the_server_is_evidence_and_warns() -> None:
    clock = ManualClock()
    journey = FakeJourney(item_state(member("InMageRcmFailback", ("ReverseReplicate",)), clock))
    server = ReverseServer("ps-1", "appliance-01", "Normal", clock.now(), memory_status="Critical")
    checked = check_step(
        journey,
        None,
        clock.now(),
        JourneyStep.REPROTECT_TO_AZURE,
        Scope.ITEM,
        ITEM,
        RecordingContext(),
        StepInputs(process_server=server, policy_id="/p/rcm"),
    )
    (rev05,) = by_id(checked.verdicts, "REV-05")
    assert rev05.status is Status.WARN and any("memory Critical" in e for e in rev05.evidence)
    assert by_id(checked.verdicts, "REV-04")[0].status is Status.PASS  # run-as optional for modernized


def test_fb12_cancel_is_never_offered_for_classic_even_when_listed() -> None:
    clock = ManualClock()
    classic = FakeJourney(item_state(member("InMage", ("Commit", "CancelFailover")), clock))
    checked = check_step(classic, None, clock.now(), JourneyStep.CANCEL, Scope.ITEM, ITEM, RecordingContext())
    assert [v.status for v in checked.verdicts] == [Status.BLOCK] and checked.blocked
    modern = FakeJourney(item_state(member("InMageRcmFailback", ("CancelFailover",)), clock))
    checked = check_step(modern, None, clock.now(), JourneyStep.CANCEL, Scope.ITEM, ITEM, RecordingContext())
    assert [(v.check_id, v.status) for v in checked.verdicts] == [("FB-12", Status.PASS)]
    a = member("InMageRcmFailback", ("CancelFailover",))
    b = member("InMage", ("CancelFailover",), item_id="/items/b", name="web-02")
    mixed = FakeJourney(JourneyState(Scope.PLAN, "/plans/p", "RP", (a, b), frozenset({"CancelFailover"}), clock.now()))
    checked = check_step(mixed, None, clock.now(), JourneyStep.CANCEL, Scope.PLAN, "/plans/p", RecordingContext())
    assert checked.blocked and "mixes replication providers" in checked.verdicts[0].finding
    gone = FakeJourney(item_state(member("InMageRcmFailback", ("PlannedFailover",)), clock))
    checked = check_step(gone, None, clock.now(), JourneyStep.CANCEL, Scope.ITEM, ITEM, RecordingContext())
    assert checked.blocked


def test_site_verdicts_for_fb08() -> None:
    clock = ManualClock()
    now = clock.now()
    site = RecoverySite(
        "vault",
        (),
        (),
        (ConfigurationServer("cs-1", "cs-tokyo-01", "10.0.0.1", now - timedelta(minutes=16), "9.60"),),
        (),
        (),
        (),
        None,
        vcenters=(KnownVCenter("vc-tokyo-01.contoso.local", "10.0.0.2", now, "Connected"),),
    )
    state = item_state(member(), clock)
    verdicts = site_verdicts(site, None, state, now)
    assert [(v.check_id, v.status) for v in verdicts] == [("INF-01", Status.BLOCK), ("INF-09", Status.UNKNOWN)]
    fresh = dataclasses.replace(
        site,
        configuration_servers=(
            dataclasses.replace(site.configuration_servers[0], last_heartbeat=now - timedelta(minutes=15)),
        ),
    )
    assert site_verdicts(fresh, None, state, now)[0].status is Status.PASS
    checked = check_step(
        FakeJourney(state),
        None,
        now,
        JourneyStep.FAILBACK,
        Scope.ITEM,
        ITEM,
        RecordingContext(),
        StepInputs(failback=failback_request()),
        site=verdicts,
    )
    assert by_id(checked.verdicts, "FB-08")[0].status is Status.BLOCK


# --- submit ---------------------------------------------------------------------------------------


def recorder(tmp_path, clock: ManualClock) -> RunRecorder:
    return RunRecorder("run-j", "rsv-contoso", clock, JobJournal(tmp_path), AuditLog(tmp_path), {"kind": "training"})


def test_an_accepted_step_is_journaled_and_audited_with_its_choices(tmp_path) -> None:
    clock = ManualClock()
    journey = FakeJourney(item_state(member(ops=("Commit",)), clock))
    rec = recorder(tmp_path, clock)
    request = CommitRequest(Scope.ITEM, ITEM, "web-01", ReplicationFlow.CLASSIC)
    verdict = Verdict("CMT-02", Status.WARN, "not confirmed", subject="web-01")
    outcome = submit_step(
        journey,
        request,
        rec,
        RecordingContext(),
        verdicts=[verdict],
        acknowledged=["CMT-02|web-01"],
        operators=Operators(azure="op@contoso"),
        choices={"app_confirmed": True},
    )
    assert outcome.job_id == "job-1" and not outcome.problem and journey.sent == [request]
    (pending,) = rec.journal.pending()  # type: ignore[union-attr]
    assert (pending.job_id, pending.step, pending.item_id, pending.run_id) == ("job-1", "commit", ITEM, "run-j")
    records = rec.audit.records()  # type: ignore[union-attr]
    assert [r["event"] for r in records] == ["journey.commit.submitted", "journey.commit.accepted"]
    submitted = records[0]
    assert submitted["choices"] == {"app_confirmed": True}
    assert submitted["request"]["flow"] == "classic" and submitted["request"]["scope"] == "item"
    assert submitted["verdicts"][0]["acknowledged"] is True
    assert submitted["operators"]["azure"] == "op@contoso"


def test_a_second_submit_follows_the_journaled_running_job_fb14(tmp_path) -> None:
    clock = ManualClock()
    journey = FakeJourney(item_state(member(), clock))
    rec = recorder(tmp_path, clock)
    request = failback_request()
    assert submit_step(journey, request, rec, RecordingContext()).job_id == "job-1"
    # the target now shows that job running (e.g. after a restart): nothing is sent again
    journey.state = item_state(member(ops=(), scenario="UnplannedFailover", running_job_id="job-1"), clock)
    again = submit_step(journey, request, rec, RecordingContext())
    assert (again.job_id, again.attached_to_running) == ("job-1", True)
    assert len(journey.sent) == 1
    # once the job ended it no longer runs: a new submit goes to the port (which re-reads the target itself)
    journey.state = item_state(member(), clock)
    journey.result = SubmitResult("job-2")
    assert submit_step(journey, request, rec, RecordingContext()).job_id == "job-2"
    assert len(journey.sent) == 2


def test_a_refused_step_is_audited_as_failed_and_not_journaled(tmp_path) -> None:
    clock = ManualClock()
    journey = FakeJourney(item_state(member(), clock))
    journey.refuse = SubmitRefused(
        "Azure refused the failback of web-01: it is in a replication group.", "Use the plan."
    )
    rec = recorder(tmp_path, clock)
    outcome = submit_step(journey, failback_request(), rec, RecordingContext())
    assert outcome.job_id is None and "replication group" in outcome.problem
    assert rec.journal.pending() == ()  # type: ignore[union-attr]
    assert [r["event"] for r in rec.audit.records()] == ["journey.failback.submitted", "journey.failback.failed"]  # type: ignore[union-attr]


def test_accepted_without_a_job_is_awaited_not_journaled(tmp_path) -> None:
    clock = ManualClock()
    journey = FakeJourney(item_state(member(), clock))
    journey.result = SubmitResult("", untracked=True)
    rec = recorder(tmp_path, clock)
    outcome = submit_step(journey, failback_request(), rec, RecordingContext())
    assert outcome.awaiting_job and outcome.job_id is None and rec.journal.pending() == ()  # type: ignore[union-attr]


def test_every_step_has_its_events() -> None:
    assert event_name(JourneyStep.REPROTECT_TO_AZURE, "accepted") == "journey.reprotect_to_azure.accepted"
    request = ReprotectToAzureRequest(ITEM, "web-01", ReplicationFlow.CLASSIC, "ps-1", "/p/1", "ra-1")
    cancel = CancelFailoverRequest(Scope.PLAN, "/plans/p", "RP", ReplicationFlow.MODERNIZED)
    from reprotect_gui.services.journey import step_of, target_of

    assert step_of(request) is JourneyStep.REPROTECT_TO_AZURE and target_of(request) == (Scope.ITEM, ITEM, "web-01")
    assert step_of(cancel) is JourneyStep.CANCEL and target_of(cancel) == (Scope.PLAN, "/plans/p", "RP")


# --- where -----------------------------------------------------------------------------------------


def test_where_is_follows_the_readiness_and_allowed_operations() -> None:
    clock = ManualClock()
    journey = FakeJourney(item_state(member(), clock))
    position = where_is(journey, Scope.ITEM, ITEM)
    assert position.stage is JourneyStage.READY and position.next_steps == (JourneyStep.FAILBACK,)
    not_ready = [Verdict("RDY-06", Status.BLOCK, "no recovery point", subject="web-01")]
    assert where_is(journey, Scope.ITEM, ITEM, readiness=not_ready).stage is JourneyStage.REPLICATING_BACK
    journey.state = item_state(member("InMageRcmFailback", ("Commit", "CancelFailover")), clock)
    assert where_is(journey, Scope.ITEM, ITEM).next_steps == (JourneyStep.COMMIT, JourneyStep.CANCEL)
    journey.state = item_state(member("InMage", ("Commit", "CancelFailover")), clock)
    assert where_is(journey, Scope.ITEM, ITEM).next_steps == (JourneyStep.COMMIT,)  # FB-12: classic never
    journey.state = item_state(member("InMage", ("ReverseReplicate",)), clock)
    assert where_is(journey, Scope.ITEM, ITEM).next_steps == (JourneyStep.REPROTECT_TO_AZURE,)
    journey.state = item_state(
        member("InMageRcmFailback", ("CancelFailover",), last_planned_failover_status="Failed"), clock
    )
    position = where_is(journey, Scope.ITEM, ITEM)
    assert position.stage is JourneyStage.FAILBACK_FAILED and position.next_steps == (JourneyStep.CANCEL,)


def test_the_step_inputs_are_recorded_cmt02_rev03(tmp_path) -> None:
    clock = ManualClock()
    journey = FakeJourney(item_state(member(ops=("ReverseReplicate",)), clock))
    rec = recorder(tmp_path, clock)
    server = ReverseServer("ps-1", "ps-tokyo-01", "Normal", clock.now())
    inputs = StepInputs(process_server=server, policy_id="/p/1", run_as_account_id="ra-1")
    request = ReprotectToAzureRequest(ITEM, "web-01", ReplicationFlow.CLASSIC, "ps-1", "/p/1", "ra-1")
    submit_step(journey, request, rec, RecordingContext(), inputs=inputs, choices={"policy_name": "24h"})
    choices = rec.audit.records()[0]["choices"]  # type: ignore[union-attr]
    assert choices == {
        "app_confirmed": False,
        "process_server": {"id": "ps-1", "name": "ps-tokyo-01", "health": "Normal"},
        "policy_id": "/p/1",
        "run_as_account_id": "ra-1",
        "policy_name": "24h",
    }
    commit = CommitRequest(Scope.ITEM, ITEM, "web-01", ReplicationFlow.CLASSIC)
    submit_step(journey, commit, rec, RecordingContext(), inputs=StepInputs(app_confirmed=True))
    assert rec.audit.records()[-2]["choices"] == {"app_confirmed": True}  # type: ignore[union-attr]


def test_the_adapters_own_match_decides_and_an_ambiguous_vm_is_unknown() -> None:
    """vCenter's direct lookup (VcMatch) wins over matching again; two VMs for one locator are never guessed."""
    from reprotect_gui.domain.models import VcMatch
    from reprotect_gui.services.journey import read_on_premises

    clock = ManualClock()
    state = item_state(member(), clock)
    estate = vcenter(vm_memory=8192, host_free=4096)
    ambiguous = VcMatch(state.members[0].on_prem_vm, None, "", ("web-01", "web-01-old"))  # type: ignore[arg-type]
    on_prem = read_on_premises(
        FakeVCenter(dataclasses.replace(estate, matches=(ambiguous,))), state, RecordingContext()
    )
    assert on_prem.read and on_prem.vms[ITEM] is None and on_prem.matches[ITEM].ambiguous
    checked = check_step(
        FakeJourney(state),
        FakeVCenter(dataclasses.replace(estate, matches=(ambiguous,))),
        clock.now(),
        JourneyStep.FAILBACK,
        Scope.ITEM,
        ITEM,
        RecordingContext(),
        StepInputs(failback=failback_request()),
    )
    assert statuses_of(checked.verdicts, "FB-09") == [Status.UNKNOWN]
    matched = read_on_premises(FakeVCenter(estate), state, RecordingContext())
    assert matched.vms[ITEM] is not None and matched.vms[ITEM].memory_mb == 8192  # type: ignore[union-attr]


def statuses_of(verdicts: Sequence[Verdict], check_id: str) -> list[Status]:
    return [v.status for v in by_id(verdicts, check_id)]
