"""Run every prerequisite check (catalog sections A–F) over the gathered facts.

Pure: the caller gathers ASR, vCenter and the operator's statements into a `PreflightInput`;
`run_preflight` returns one verdict list for the review page, the drill report and the export.
The helpers the wizard pages need next to it (ELIG-04 countdown, DS-07 default disks, SUB-05
data-volume hint) are re-exported here.
"""

from __future__ import annotations

from reprotect_gui.domain.checks import preflight_checks
from reprotect_gui.domain.checks.datastore import default_disks_to_include, effective_disks
from reprotect_gui.domain.checks.eligibility import registration_wait
from reprotect_gui.domain.checks.facts import Facts, LinkType, OperatorStatements, PreflightInput
from reprotect_gui.domain.checks.submit import transfer_estimate
from reprotect_gui.domain.verdicts import Verdict

__all__ = [
    "LinkType",
    "OperatorStatements",
    "PreflightInput",
    "catalog_order",
    "default_disks_to_include",
    "effective_disks",
    "registration_wait",
    "run_preflight",
    "transfer_estimate",
]

SECTION_ORDER = ("ELIG", "INF", "MT", "DS", "RET", "SUB", "RCM")


def catalog_order(check_id: str) -> tuple[int, int]:
    """('MT', 10) sorts after ('MT', 9) and after every INF-: the catalog's own order."""
    prefix, _, number = check_id.partition("-")
    section = SECTION_ORDER.index(prefix) if prefix in SECTION_ORDER else len(SECTION_ORDER)
    return section, int(number) if number.isdigit() else 0


def run_preflight(inp: PreflightInput) -> tuple[Verdict, ...]:
    """Every check's verdicts in catalog order, duplicates dropped (a rule about one master
    target or datastore is said once, however many VMs go to it)."""
    facts = Facts(inp)
    verdicts: dict[Verdict, None] = {}
    for check in preflight_checks():
        for v in check.run(facts):
            verdicts.setdefault(v, None)
    return tuple(sorted(verdicts, key=lambda v: catalog_order(v.check_id)))
