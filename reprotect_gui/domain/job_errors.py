"""SUB-07: what a failed reprotect job's error means, and what to do about it.

Known ASR error codes map to a catalog ID and the article's documented cause and fix; any other
code keeps the service's own message, possible causes and recommended action.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reprotect_gui.domain.models import JobError


@dataclass(frozen=True, slots=True)
class KnownJobError:
    check_id: str  # the catalog rule the error is the symptom of
    cause: str
    fix: str


KNOWN_JOB_ERRORS: dict[str, KnownJobError] = {
    "95226": KnownJobError(
        "INF-03",
        "The Azure VM can't reach the configuration server, or its InMage Scout service is stopped.",
        "Make sure the failed-over VM reaches the configuration server (ping, `telnet <cs> 443`) and that the "
        "InMage Scout service runs on it, then retry.",
    ),
    "78052": KnownJobError(
        "MT-13",
        "A VM with the same name already exists on the master target's ESXi host.",
        "Rename or remove the existing VM on the host (or choose another master target), then retry.",
    ),
    "78093": KnownJobError(
        "ELIG-01",
        "The Azure VM is not running or not accessible.",
        "Start the failed-over Azure VM and make sure it is reachable, then retry.",
    ),
    "8061": KnownJobError(
        "DS-02",
        "The datastore is not accessible from the ESXi host.",
        "Mount the datastore on the master target's ESXi host (read/write) or choose another datastore.",
    ),
    "8038": KnownJobError(
        "SUB-03",
        "The on-premises VM failed to boot at failback: the host lacks memory.",
        "Free memory on the ESXi host (or move the VM to a host with enough), then retry the failback.",
    ),
    "15040": KnownJobError(
        "INF-02",
        "The replication policy's values are invalid.",
        "Check the failback policy's values (RPO threshold, recovery point retention, app-consistent frequency).",
    ),
    "78253": KnownJobError(
        "INF-02",
        "The replication policy's values are invalid.",
        "Check the failback policy's values (RPO threshold, recovery point retention, app-consistent frequency).",
    ),
}


@dataclass(frozen=True, slots=True)
class JobErrorExplanation:
    code: str
    message: str  # the service's own message, always shown
    cause: str
    fix: str
    check_id: str = ""  # the catalog rule, for known codes
    known: bool = False

    @property
    def catalog_id(self) -> str:
        return "SUB-07"


def error_number(code: str) -> str:
    """'95226' from '95226', 'Error 95226' or 'ASR-95226'; the code itself when it has no number."""
    m = re.search(r"\d+", code or "")
    return m.group(0) if m else (code or "").strip()


def _known(error: JobError) -> tuple[str, KnownJobError] | None:
    # ASR gives a provider number (int) and a service code (string); either may be the known one.
    for code in (error.code, *error.codes):
        number = error_number(code)
        if number in KNOWN_JOB_ERRORS:
            return number, KNOWN_JOB_ERRORS[number]
    return None


def explain_job_error(error: JobError) -> JobErrorExplanation:
    found = _known(error)
    if found is not None:
        number, known = found
        return JobErrorExplanation(
            code=number,
            message=error.message,
            cause=known.cause,
            fix=known.fix,
            check_id=known.check_id,
            known=True,
        )
    return JobErrorExplanation(
        code=error.code,
        message=error.message,
        cause=error.possible_causes or "The service gave no possible cause.",
        fix=error.recommended_action
        or "The service recommended no action; retry, and contact support if it fails again.",
    )
