"""Section F (SUB-*): one row per catalog ID; SUB-07 (job errors) has its own table."""

from __future__ import annotations

import pytest
from builders import Case, World, assert_outcome, item, plan_of, unchanged

from reprotect_gui.domain.job_errors import KNOWN_JOB_ERRORS, explain_job_error
from reprotect_gui.domain.models import JobError, OsType
from reprotect_gui.domain.preflight import transfer_estimate
from reprotect_gui.domain.verdicts import Status

B, W, I, P = Status.BLOCK, Status.WARN, Status.INFO, Status.PASS


def _group_without_plan(w: World) -> None:
    w.item(replication_group="grp")
    w.add_item(item("web-02", replication_group="grp"))
    w.request_items = ["web-01"]


def _plan_missing_a_vm(w: World) -> None:
    plan_of(w, item("web-02"))
    w.request_items = ["web-01"]


CASES = [
    Case(
        "SUB-01",
        unchanged,
        P,
        "web-01: poweredOff",
        lambda w: w.vm("web-01", power_state="poweredOn"),
        W,
        "web-01: poweredOn",
        unknown=lambda w: w.no_vcenter(),
        unknown_evidence="vCenter was not read",
    ),
    Case(
        "SUB-02",
        unchanged,
        P,
        "1 VM(s), none in a replication group",
        _group_without_plan,
        B,
        "replication group grp: web-01, web-02",
    ),
    Case(
        "SUB-02",
        lambda w: plan_of(w, item("web-02")),
        I,
        "plan RP-Test: 2 VM(s), 2 with values",
        _plan_missing_a_vm,
        B,
        "missing: web-02",
        label="plan",
    ),
    Case(
        "SUB-03",
        unchanged,
        P,
        "web-01: no job running",
        lambda w: w.item(running_job_id="job-42"),
        I,
        "web-01: running job job-42",
    ),
    Case(
        "SUB-04",
        unchanged,
        P,
        "web-01: Windows",
        lambda w: w.item(os_type=OsType.LINUX, os_version="Ubuntu 20.04"),
        I,
        "web-01: Linux",
    ),
    Case(
        "SUB-05",
        unchanged,
        I,
        "web-01: original location, 2 disk(s): changes only",
        lambda w: w.remove_vm("web-01"),
        I,
        "web-01: alternate location, 2 disk(s): full copy of 383 GB",
    ),
    Case(
        "SUB-05",
        unchanged,
        I,
        "changes only",
        lambda w: w.no_vcenter(),
        I,
        "location not known, 2 disk(s): changes only if the on-premises VM still exists, otherwise a full copy of 383 GB",
        label="not-known",
    ),
    Case(
        "SUB-06",
        lambda w: w.set(request_items=[]),
        None,
        "",
        lambda w: plan_of(w, item("web-02")),
        I,
        "2 VM(s) being reprotected",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_passing_world(case: Case) -> None:
    assert_outcome(case.ok, case.check_id, case.ok_status, case.ok_evidence)


@pytest.mark.parametrize("case", CASES, ids=str)
def test_failing_world(case: Case) -> None:
    assert_outcome(case.bad, case.check_id, case.bad_status, case.bad_evidence)


@pytest.mark.parametrize("case", [c for c in CASES if c.unknown], ids=str)
def test_missing_fact_is_unknown(case: Case) -> None:
    assert case.unknown is not None
    assert_outcome(case.unknown, case.check_id, Status.UNKNOWN, case.unknown_evidence)


def test_transfer_estimate_takes_disk_ids_or_disks_and_never_a_duration() -> None:
    it = item()
    assert transfer_estimate(it, ("web-01-os",), False) == "full copy of 127 GB"
    assert transfer_estimate(it, it.disks, False) == "full copy of 383 GB"
    assert transfer_estimate(it, it.disks, True) == "changes only"


# --- SUB-07: job errors ----------------------------------------------------------------------------

JOB_ERROR_CASES = [
    # (error as ASR gives it, catalog rule it points to, words of the documented cause)
    (JobError("95226", "Reprotect failed."), "INF-03", "InMage Scout service is stopped"),
    (JobError("78052", "VM exists."), "MT-13", "same name already exists"),
    (JobError("78093", "Not running."), "ELIG-01", "not running"),
    (JobError("8061", "Datastore."), "DS-02", "not accessible from the ESXi host"),
    (JobError("8038", "Boot failed."), "SUB-03", "lacks memory"),
    (JobError("15040", "Policy."), "INF-02", "policy's values are invalid"),
    (JobError("78253", "Policy."), "INF-02", "policy's values are invalid"),
    # The provider's integer code rides in `codes` when the service code is a name.
    (JobError("ReprotectFailed", "Failed.", codes=("ReprotectFailed", "95226")), "INF-03", "configuration server"),
]


@pytest.mark.parametrize(("error", "check_id", "cause"), JOB_ERROR_CASES, ids=lambda x: getattr(x, "code", None))
def test_known_job_errors_get_the_documented_cause_and_fix(error: JobError, check_id: str, cause: str) -> None:
    explained = explain_job_error(error)
    assert explained.known and explained.check_id == check_id
    assert cause in explained.cause and explained.fix
    assert explained.message == error.message, "the service's own message is always kept"


def test_every_documented_code_is_in_the_table() -> None:
    assert {e.code for e, _, _ in JOB_ERROR_CASES[:7]} == set(KNOWN_JOB_ERRORS)


def test_other_codes_show_the_services_own_cause_and_action() -> None:
    error = JobError("70094", "The operation failed.", possible_causes="Disk busy.", recommended_action="Retry later.")
    explained = explain_job_error(error)
    assert not explained.known and explained.check_id == ""
    assert (explained.code, explained.message, explained.cause, explained.fix) == (
        "70094",
        "The operation failed.",
        "Disk busy.",
        "Retry later.",
    )


def test_other_codes_without_cause_say_so() -> None:
    explained = explain_job_error(JobError("1", "Boom."))
    assert explained.cause == "The service gave no possible cause."
    assert "retry" in explained.fix.lower()
