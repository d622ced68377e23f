"""Submitting with a record: each job journaled the moment it is accepted, ends audited, refusals too."""

from __future__ import annotations

import dataclasses

from reprotect_gui.domain.models import ClassicTarget, JobState, ReprotectRequest
from reprotect_gui.domain.selection import ItemChoices, Selection
from reprotect_gui.domain.verdicts import Status, Verdict
from reprotect_gui.services.audit import AuditLog, Operators, run_record
from reprotect_gui.services.journal import JobJournal
from reprotect_gui.services.tracking import RunRecorder, record_job_end, submit_and_record
from reprotect_gui.training.backends import TrainingSiteRecovery
from reprotect_gui.training.scenario import load_scenario
from tests.fakes import ManualClock, RecordingContext


def request(item_id: str) -> ReprotectRequest:
    return ReprotectRequest(
        item_id, item_id, ClassicTarget("mt-lnx-01", "ps-azure-01", "/mnt/retention/"), "ds-vmfs-gold-01", "policy", ()
    )


class JournalCheckingVault:
    """The training vault, noting what the journal held each time a submit arrived."""

    def __init__(self, inner: TrainingSiteRecovery, journal: JobJournal) -> None:
        self.inner, self.journal = inner, journal
        self.journal_at_submit: list[list[str]] = []

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def submit_reprotect(self, req):
        self.journal_at_submit.append([j.job_id for j in self.journal.pending()])
        return self.inner.submit_reprotect(req)


def setup(tmp_path):
    clock = ManualClock()
    vault = TrainingSiteRecovery(load_scenario(), clock, latency_s=0)
    journal, audit = JobJournal(tmp_path), AuditLog(tmp_path)
    recorder = RunRecorder("run1", "rsv-contoso-dr-japaneast", clock, journal, audit, {"kind": "training"})
    return clock, vault, journal, audit, recorder


def test_the_first_job_of_a_plan_is_journaled_before_the_second_is_submitted(tmp_path):
    _clock, vault, journal, audit, recorder = setup(tmp_path)
    checking = JournalCheckingVault(vault, journal)
    outcomes = submit_and_record(
        checking,
        [request("app-lnx-01"), request("app-lnx-02")],
        recorder,
        {"event": "run.submitting", "run_id": "run1"},
        RecordingContext(),
    )
    first, second = (o.job_id for o in outcomes)
    assert checking.journal_at_submit == [[], [first]]
    assert [j.job_id for j in journal.pending()] == [first, second]
    assert [j.run_id for j in journal.pending()] == ["run1", "run1"]
    assert [(r["event"], r.get("job_id")) for r in audit.records()] == [
        ("run.submitting", None),
        ("job.accepted", first),
        ("job.accepted", second),
    ]


def test_an_item_refused_by_the_service_is_audited_as_not_started(tmp_path):
    _clock, vault, journal, audit, recorder = setup(tmp_path)
    outcomes = submit_and_record(
        vault, [request("crm-01")], recorder, {"event": "run.submitting", "run_id": "run1"}, RecordingContext()
    )
    assert outcomes[0].job_id is None
    assert journal.pending() == ()
    refused = audit.records()[-1]
    assert refused["event"] == "job.not_started" and refused["item_id"] == "crm-01"
    assert "not allowed" in refused["problem"]


def test_a_job_already_running_on_the_item_is_followed_and_journaled(tmp_path):
    _clock, vault, journal, audit, recorder = setup(tmp_path)
    running = vault.submit_reprotect(request("web-01")).job_id  # e.g. another operator's click
    outcomes = submit_and_record(
        vault, [request("web-01")], recorder, {"event": "run.submitting", "run_id": "run1"}, RecordingContext()
    )
    assert outcomes[0].job_id == running and outcomes[0].attached_to_running
    assert [j.job_id for j in journal.pending()] == [running]
    assert audit.records()[-1]["attached_to_running"] is True


def test_a_journal_that_cannot_be_written_still_gets_the_accepted_audit_record_and_says_so(tmp_path):
    """A failed journal write must not drop job.accepted: Past runs and the report count the job."""
    _clock, vault, journal, audit, recorder = setup(tmp_path)
    journal.path.mkdir()  # the journal's name is taken by a folder: every write fails
    (outcome,) = submit_and_record(
        vault, [request("app-lnx-01")], recorder, {"event": "run.submitting", "run_id": "run1"}, RecordingContext()
    )
    assert outcome.job_id is not None  # the job runs; never reported as not started
    assert [(r["event"], r.get("job_id")) for r in audit.records()] == [
        ("run.submitting", None),
        ("job.accepted", outcome.job_id),
    ]
    assert [r["event"] for r in recorder.kept] == ["run.submitting", "job.accepted"]
    problem = recorder.journal_problem()
    assert f"{outcome.job_id} of app-lnx-01 will not be offered again after a restart because" in problem
    assert str(journal.path) in problem


def test_the_accepted_audit_record_survives_a_full_disk_for_the_journal(tmp_path, monkeypatch):
    from reprotect_gui.services import state_files

    _clock, vault, _journal, audit, recorder = setup(tmp_path)

    def full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(state_files.tempfile, "mkstemp", full)  # the journal's atomic replace fails
    (outcome,) = submit_and_record(
        vault, [request("app-lnx-01")], recorder, {"event": "run.submitting", "run_id": "run1"}, RecordingContext()
    )
    assert audit.records()[-1]["event"] == "job.accepted" and audit.records()[-1]["job_id"] == outcome.job_id
    assert "No space left on device" in recorder.journal_problem()


def test_the_end_is_audited_with_its_timeline_before_the_journal_forgets_the_job(tmp_path):
    clock, vault, journal, audit, recorder = setup(tmp_path)
    (outcome,) = submit_and_record(
        vault, [request("app-lnx-02")], recorder, {"event": "run.submitting", "run_id": "run1"}, RecordingContext()
    )
    clock.advance(minutes=5)
    job = vault.read_job(outcome.job_id)
    assert job.state is JobState.FAILED
    record_job_end(recorder, job)
    assert journal.pending() == ()
    ended = audit.records()[-1]
    assert ended["outcome"] == "Failed"
    failed_task = next(t for t in ended["tasks"] if t["state"] == "Failed")
    assert failed_task["name"] == "Starting replication"
    assert failed_task["errors"][0]["code"] == "95226" and failed_task["errors"][0]["check_id"] == "INF-03"
    assert recorder.kept[-1] == {k: v for k, v in ended.items() if k != "format"}


def test_the_run_record_holds_every_choice_verdict_and_acknowledgement():
    scenario = load_scenario()
    clock = ManualClock()
    site = scenario.site(clock.now())
    items = tuple(site.item(i) for i in ("app-lnx-01", "app-lnx-02"))
    selection = Selection(
        items=items, plan=site.plans[0], master_target_id="mt-lnx-01", process_server_id="ps-azure-01"
    )
    for it in items:
        selection.per_item[it.item_id] = ItemChoices("ds-vmfs-gold-01", "/mnt/retention/", (it.disks[0].disk_id,))
    verdicts = [
        Verdict("MT-15", Status.WARN, "no EnableUUID", subject="app-lnx-01"),
        Verdict("DS-01", Status.PASS, "VMFS"),
    ]
    record = run_record(
        run_id="run1",
        at=clock.now(),
        operators=Operators("op@contoso.example", "CONTOSO\\op"),
        site=site,
        selection=selection,
        policy=site.failback_policy,
        verdicts=verdicts,
        acknowledged={"MT-15|app-lnx-01"},
        training=True,
    )
    assert record["operators"] == {"azure": "op@contoso.example", "vcenter": "CONTOSO\\op"}
    assert record["subject"]["kind"] == "plan" and record["vault"] == site.vault_name
    choices = record["choices"]
    assert choices["master_target"]["id"] == "mt-lnx-01" and choices["process_server"]["id"] == "ps-azure-01"
    assert choices["policy"]["id"] == site.failback_policy.policy_id
    assert [i["datastore"] for i in choices["items"]] == ["ds-vmfs-gold-01"] * 2
    assert [i["retention_drive"] for i in choices["items"]] == ["/mnt/retention/"] * 2
    assert [len(i["disks"]) for i in choices["items"]] == [1, 1]
    assert choices["items"][0]["disks_left_out"]  # the other disks are named
    assert [(v["check_id"], v["acknowledged"]) for v in record["verdicts"]] == [("MT-15", True), ("DS-01", False)]
    assert dataclasses.asdict(Operators()) == {"azure": "", "vcenter": ""}


def test_only_a_confirmed_not_found_drops_a_journaled_job_a_failed_read_keeps_it(tmp_path):
    import pytest

    from reprotect_gui.domain.errors import JobGone, UserFacingError
    from reprotect_gui.services.journal import InFlightJob
    from reprotect_gui.services.tracking import ForgettingGoneJobs

    journal = JobJournal(tmp_path)
    for job_id in ("gone", "unreachable"):
        journal.record(InFlightJob(job_id, "i", "vm", "rsv", "run1", "2026-11-27T09:00:00+00:00"))

    class Vault:
        def read_job(self, job_id):
            if job_id == "gone":
                raise JobGone("The job gone was not found in the vault.", "")
            raise UserFacingError("Azure could not be reached.", "", retryable=True)

    vault = ForgettingGoneJobs(Vault(), journal)
    for job_id in ("gone", "unreachable"):
        with pytest.raises(UserFacingError):
            vault.read_job(job_id)
    assert [j.job_id for j in journal.pending()] == ["unreachable"] and vault.forgotten == ["gone"]
