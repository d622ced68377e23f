"""The console program's parts, in process: following jobs, the JUnit mapping, unattended sign-in."""

from __future__ import annotations

import argparse
import io
from datetime import UTC, datetime

import pytest

from reprotect_gui.asr.credentials import SECRET_SERVICE, build_credential, secret_user
from reprotect_gui.asr.settings import SignIn, SignInMethod
from reprotect_gui.cli import connect as cli_connect
from reprotect_gui.cli.checking import Checked, exit_code
from reprotect_gui.cli.follow import UNREADABLE_LIMIT, FollowGaveUp, FollowTimedOut, follow
from reprotect_gui.cli.output import junit
from reprotect_gui.domain.errors import UserFacingError
from reprotect_gui.domain.models import Job, JobState
from reprotect_gui.domain.verdicts import Status, Verdict

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


class FakeVault:
    """Answers read_job from a script: a Job, or an exception to raise. Its job list is empty
    (a job under another name, or one started before the list's window), so each poll falls back
    to the job's own GET."""

    def __init__(self, script):
        self.script = list(script)
        self.reads = 0
        self.lists = 0

    def list_jobs(self, started_after):
        self.lists += 1
        return []

    def read_job(self, job_id):
        self.reads += 1
        step = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        if isinstance(step, Exception):
            raise step
        return step


class ListingVault:
    """A vault whose job list returns every job: polls cost one list call, never a GET."""

    def __init__(self, rounds, fail_list_at=()):
        self.rounds = list(rounds)  # each: the jobs the list returns on that poll
        self.fail_list_at = set(fail_list_at)
        self.lists = 0
        self.gets = 0
        self.asked = []

    def list_jobs(self, started_after):
        self.asked.append(started_after)
        self.lists += 1
        if self.lists in self.fail_list_at:
            raise UserFacingError("Azure did not answer in time.", "It is read again.")
        return self.rounds.pop(0) if len(self.rounds) > 1 else self.rounds[0]

    def read_job(self, job_id):
        self.gets += 1
        raise AssertionError("the list returned every job: no single GET expected")


class Recorder:
    def __init__(self):
        self.ended = []

    def write(self, record):
        self.ended.append(record)


def job(state: JobState) -> Job:
    return Job("j1", "Reprotect", "web-01", state, item_id="web-01")


def test_follow_records_the_end_and_returns_it(monkeypatch):
    recorded = []
    monkeypatch.setattr("reprotect_gui.cli.follow.record_job_end", lambda rec, j: recorded.append(j.state))
    vault = FakeVault([job(JobState.IN_PROGRESS), job(JobState.SUCCEEDED)])
    err = io.StringIO()
    ended = follow(vault, {"j1": "web-01"}, {"j1": object()}, err=err, sleep=lambda s: None)
    assert ended["j1"].state is JobState.SUCCEEDED and recorded == [JobState.SUCCEEDED]
    assert "web-01: InProgress" in err.getvalue() and "web-01: Succeeded (100 %)" in err.getvalue()


@pytest.mark.parametrize(("failures", "gives_up"), [(UNREADABLE_LIMIT - 1, False), (UNREADABLE_LIMIT, True)])
def test_follow_gives_up_on_a_job_unreadable_limit_times_in_a_row(monkeypatch, failures, gives_up):
    monkeypatch.setattr("reprotect_gui.cli.follow.record_job_end", lambda rec, j: None)
    gone = UserFacingError("The job j1 was not found in the vault.", "Check the portal.")
    vault = FakeVault([gone] * failures + [job(JobState.SUCCEEDED)])
    waits = []
    run = lambda: follow(vault, {"j1": "web-01"}, {"j1": object()}, err=io.StringIO(), sleep=waits.append)  # noqa: E731
    if gives_up:
        with pytest.raises(FollowGaveUp, match="web-01"):
            run()
    else:
        assert run()["j1"].state is JobState.SUCCEEDED
    assert waits == sorted(waits)  # failures back off, never hurry


def named(job_id: str, vm: str, state: JobState) -> Job:
    return Job(job_id, "Reprotect", vm, state, item_id=vm)


def test_follow_reads_many_jobs_with_one_list_call_per_poll(monkeypatch):
    monkeypatch.setattr("reprotect_gui.cli.follow.record_job_end", lambda rec, j: None)
    vms = [f"web-{i:02}" for i in range(12)]
    running = [named(f"j{i}", vm, JobState.IN_PROGRESS) for i, vm in enumerate(vms)]
    done = [named(f"j{i}", vm, JobState.SUCCEEDED) for i, vm in enumerate(vms)]
    vault = ListingVault([running, running, done])
    ended = follow(
        vault,
        {f"j{i}": vm for i, vm in enumerate(vms)},
        {f"j{i}": object() for i in range(12)},
        since=NOW,
        err=io.StringIO(),
        sleep=lambda s: None,
    )
    assert sorted(ended) == sorted(f"j{i}" for i in range(12))
    assert (vault.lists, vault.gets) == (3, 0)  # 3 polls, 12 jobs: 3 reads, not 36
    assert all(at is not None and at < NOW for at in vault.asked)  # from the submit on, with the clock skew


def test_a_failed_list_is_a_failed_read_of_every_job_and_the_next_poll_recovers(monkeypatch):
    monkeypatch.setattr("reprotect_gui.cli.follow.record_job_end", lambda rec, j: None)
    vault = ListingVault([[named("j1", "web-01", JobState.SUCCEEDED)]], fail_list_at={1})
    err = io.StringIO()
    ended = follow(vault, {"j1": "web-01"}, {"j1": object()}, since=NOW, err=err, sleep=lambda s: None)
    assert ended["j1"].state is JobState.SUCCEEDED and vault.lists == 2
    assert "web-01: could not read the job: Azure did not answer in time." in err.getvalue()


def test_follow_stops_at_the_timeout_and_names_what_still_runs(monkeypatch):
    clock = iter([0.0, 0.0, 5.0, 11.0, 11.0])
    vault = FakeVault([job(JobState.IN_PROGRESS)])
    with pytest.raises(FollowTimedOut, match="web-01"):
        follow(
            vault,
            {"j1": "web-01"},
            {"j1": object()},
            timeout_s=10,
            err=io.StringIO(),
            sleep=lambda s: None,
            monotonic=lambda: next(clock),
        )


def checked(verdicts, vms=("web-01", "web-02")) -> Checked:
    return Checked("plan", "rp", "RP", "classic", None, (), tuple(verdicts), vms)


def test_junit_maps_block_and_warn_to_failures_unknown_to_skipped_and_shares_server_verdicts():
    verdicts = [
        Verdict("MT-01", Status.BLOCK, "wrong OS", subject="web-02"),
        Verdict("MT-10", Status.WARN, "many disks", subject="mt-win-01"),  # shared: both VMs
        Verdict("MT-04", Status.UNKNOWN, "not read", subject="mt-win-01"),
        Verdict("DS-03", Status.INFO, "reused", subject="web-01"),
    ]
    root = junit([checked(verdicts)], vault="rsv", at=NOW).getroot()
    cases = {(c.get("classname").rsplit(".", 1)[-1], c.get("name")): c for c in root.iter("testcase")}
    assert len(cases) == 2 * 4
    assert cases[("web-02", "MT-01")].find("failure").get("type") == "block"
    assert cases[("web-01", "MT-01")].find("failure") is None  # about web-02 only
    assert {cases[(vm, "MT-10")].find("failure").get("type") for vm in ("web-01", "web-02")} == {"warn"}
    assert cases[("web-01", "MT-04")].find("skipped") is not None
    assert "nothing to report for web-02" in cases[("web-02", "DS-03")].find("system-out").text
    assert (root.get("tests"), root.get("failures"), root.get("skipped")) == ("8", "3", "2")


@pytest.mark.parametrize(
    ("statuses", "code"),
    [
        ((Status.PASS, Status.INFO), 0),
        ((Status.PASS, Status.UNKNOWN), 2),
        ((Status.WARN,), 2),
        ((Status.WARN, Status.BLOCK), 1),
    ],
)
def test_exit_code_is_the_worst_selection(statuses, code):
    verdicts = [Verdict("MT-01", s, "x", subject=str(i)) for i, s in enumerate(statuses)]
    assert exit_code([checked([]), checked(verdicts)]) == code


# --- unattended sign-in ---------------------------------------------------------------------


def test_a_service_principal_secret_from_the_environment_never_touches_the_keyring():
    sign_in = SignIn(method=SignInMethod.SERVICE_PRINCIPAL_SECRET, tenant_id="t", client_id="c")

    class NoKeyring:
        def get(self, *a):
            raise AssertionError("the keyring was asked")

    secrets = cli_connect.EnvSecrets({(SECRET_SERVICE, secret_user(sign_in)): "s3cret"}, NoKeyring())
    credential = build_credential(sign_in, secrets)
    assert type(credential).__name__ == "ClientSecretCredential"


def test_the_keyring_answers_when_the_environment_does_not():
    class Keyring:
        def get(self, service, user):
            return "from-keyring" if service == SECRET_SERVICE else None

    assert cli_connect.EnvSecrets({}, Keyring()).get(SECRET_SERVICE, "t/c") == "from-keyring"


def test_managed_identity_takes_a_user_assigned_client_id():
    credential = build_credential(
        SignIn(method=SignInMethod.MANAGED_IDENTITY, client_id="abc"), cli_connect.EnvSecrets({}, None)
    )
    assert type(credential).__name__ == "ManagedIdentityCredential"


def test_options_that_name_no_vcenter_are_refused_as_options():
    parser = argparse.ArgumentParser()
    cli_connect.add_connection_options(parser)
    args = parser.parse_args(["--demo", "--vcenter-thumbprint", "ab"])
    with pytest.raises(cli_connect.BadOptions, match="--vcenter-thumbprint was given without --vcenter"):
        cli_connect.connect(args)


def test_the_training_limits_are_the_windows():
    from reprotect_gui import app

    assert (cli_connect.MAX_SPEED, cli_connect.MAX_LATENCY_S) == (app.MAX_SPEED, app.MAX_LATENCY_S)


@pytest.mark.parametrize(
    ("value", "ok"), [("0.000001", True), ("10000", True), ("10000.001", False), ("0", False), ("nan", False)]
)
def test_speed_must_be_positive(value, ok, tmp_path):
    parser = argparse.ArgumentParser()
    cli_connect.add_connection_options(parser)
    args = parser.parse_args(["--demo", "--speed", value, "--data-dir", str(tmp_path)])
    if ok:
        assert cli_connect.connect(args).training
    else:
        with pytest.raises(cli_connect.BadOptions, match="--speed must be a number greater than 0"):
            cli_connect.connect(args)


def test_device_code_prints_the_url_and_code_on_stderr(tmp_path, capsys, monkeypatch):
    """The one sign-in that needs a person once: the code goes to stderr, stdout stays the result's."""
    made = {}

    def fake_build(sign_in, secrets, *, device_code_prompt=None):
        made["method"] = sign_in.method
        device_code_prompt("https://microsoft.com/devicelogin", "ABCD-EFGH", datetime(2026, 3, 1, 12, 15, tzinfo=UTC))
        return object()

    monkeypatch.setattr("reprotect_gui.asr.credentials.build_credential", fake_build)
    parser = argparse.ArgumentParser()
    cli_connect.add_connection_options(parser)
    args = parser.parse_args(
        [
            "--vault",
            "/subscriptions/s/resourceGroups/g/providers/Microsoft.RecoveryServices/vaults/v",
            "--sign-in",
            "device-code",
            "--data-dir",
            str(tmp_path),
        ]
    )
    ports = cli_connect.connect(args)
    out, err = capsys.readouterr()
    assert made["method"] is SignInMethod.DEVICE_CODE and ports.vcenter is None
    assert "open https://microsoft.com/devicelogin and enter the code ABCD-EFGH (valid until 12:15 UTC)" in err
    assert out == ""


def test_a_job_the_vault_no_longer_knows_is_not_waited_for(monkeypatch):
    from reprotect_gui.domain.errors import JobGone

    monkeypatch.setattr("reprotect_gui.cli.follow.record_job_end", lambda rec, j: None)
    vault = FakeVault([JobGone("The job j1 was not found in the vault.", "")])
    err = io.StringIO()
    with pytest.raises(FollowGaveUp, match="no longer known to the vault"):
        follow(vault, {"j1": "web-01"}, {"j1": object()}, err=err, sleep=lambda s: None)
    assert vault.reads == 1  # answered once: no retries
    assert "web-01: The job j1 was not found in the vault. It is no longer followed." in err.getvalue()


def test_a_job_the_list_lacks_and_the_vault_no_longer_knows_is_reported_gone_not_unreadable():
    from reprotect_gui.cli.follow import _UNCANCELLED
    from reprotect_gui.domain.errors import JobGone
    from reprotect_gui.services.jobs import read_run

    reading = read_run(
        FakeVault([JobGone("The job j1 was not found in the vault.", "")]), ["j1"], NOW, (), _UNCANCELLED
    )
    assert reading.gone == frozenset({"j1"}) and reading.problems == {"j1": "The job j1 was not found in the vault."}
    busy = read_run(FakeVault([UserFacingError("Azure is busy.", "")]), ["j1"], NOW, (), _UNCANCELLED)
    assert busy.gone == frozenset() and busy.problems == {"j1": "Azure is busy."}


@pytest.mark.parametrize(
    ("accepted", "expected"),
    [
        (["2026-03-01T12:00:00+00:00", "2026-03-01T11:59:59+00:00"], datetime(2026, 3, 1, 11, 59, 59, tzinfo=UTC)),
        (["2026-03-01T12:00:00"], NOW),  # a time without zone is UTC, as the journal writes it
        (["2026-03-01T12:00:00+00:00", "not a time"], None),  # one unreadable: the whole list, nothing missed
        ([], None),
    ],
)
def test_jobs_follow_reads_the_list_from_the_first_accepted_job_on(accepted, expected):
    from types import SimpleNamespace

    from reprotect_gui.cli.main import _earliest

    assert _earliest([SimpleNamespace(accepted_at=a) for a in accepted]) == expected
