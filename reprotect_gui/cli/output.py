"""What `check` prints: a table for a person, JSON for a program, JUnit XML for a CI system.

The JSON document's format is `reprotect_gui.check/1`, described by the JSON Schema shipped in
this package (schemas/check-result.schema.json). A later, incompatible change gets a new number.
"""

from __future__ import annotations

import json
import shutil
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

from reprotect_gui import __version__
from reprotect_gui.domain.verdicts import Status, Verdict, sorted_for_review

from .checking import ACKNOWLEDGE, BLOCKED, READY, Checked, exit_code

CHECK_FORMAT = "reprotect_gui.check/1"
OUTCOME_WORDS = {READY: "READY", ACKNOWLEDGE: "TO ACKNOWLEDGE", BLOCKED: "BLOCKED"}
STATUS_WORDS = {
    Status.BLOCK: "BLOCK",
    Status.WARN: "WARN",
    Status.UNKNOWN: "UNKNOWN",
    Status.INFO: "INFO",
    Status.PASS: "pass",
}


def schema(name: str) -> dict[str, Any]:
    """A JSON Schema shipped with the program: 'check-result' or 'answers'."""
    text = resources.files("reprotect_gui.cli").joinpath("schemas", f"{name}.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def verdict_json(v: Verdict, acknowledged: frozenset[str] = frozenset()) -> dict[str, Any]:
    return {
        "check_id": v.check_id,
        "status": v.status.value,
        "subject": v.subject,
        "finding": v.finding,
        "evidence": list(v.evidence),
        "remediation": v.remediation,
        "needs_acknowledgement": v.needs_acknowledgement,
        "acknowledged": f"{v.check_id}|{v.subject}" in acknowledged,
    }


def checked_json(c: Checked) -> dict[str, Any]:
    counts = {s.value: 0 for s in Status}
    for v in c.verdicts:
        counts[v.status.value] += 1
    acks = c.answers.acknowledged_keys if c.answers else frozenset()
    return {
        "subject": {"kind": c.subject_kind, "id": c.subject_id, "name": c.subject_name},
        "flow": c.flow,
        "vms": list(c.vm_names),
        "outcome": c.outcome,
        "choices": c.answers.to_json()["choices"] if c.answers else None,
        "statements": c.answers.to_json()["statements"] if c.answers else None,
        "choices_made_for_you": list(c.taken),
        "counts": counts,
        "verdicts": [verdict_json(v, acks) for v in c.verdicts],
    }


def document(
    checked: Sequence[Checked], *, vault: str, training: bool, vcenter: str | None, vcenter_problem: str, at: datetime
) -> dict[str, Any]:
    code = exit_code(checked)
    return {
        "format": CHECK_FORMAT,
        "tool": {"name": "reprotect-cli", "version": __version__},
        "checked_at": at.isoformat(),
        "vault": vault,
        "training": training,
        "vcenter": {"read": vcenter is not None, "name": vcenter, "problem": vcenter_problem},
        "outcome": {0: READY, 1: BLOCKED, 2: ACKNOWLEDGE}[code],
        "exit_code": code,
        "selections": [checked_json(c) for c in checked],
    }


# --- the table -----------------------------------------------------------------------------


def _choices_line(c: Checked) -> str:
    if c.answers is None:
        return "choices: could not be made (see the blocks below)"
    a = c.answers
    parts = []
    if a.master_target:
        parts.append(f"master target {a.master_target[1]}")
    if a.process_server:
        parts.append(f"process server {a.process_server[1]}")
    if a.appliance:
        parts.append(f"appliance {a.appliance[1]}")
    if a.log_storage_account_id:
        parts.append(f"log storage {a.log_storage_account_id.rsplit('/', 1)[-1]}")
    for vm in a.vms:
        where = vm.datastore or "—"
        if vm.retention_drive:
            where += f", retention {vm.retention_drive}"
        parts.append(f"{vm.name} → {where}")
    return "choices: " + "; ".join(parts)


def table(checked: Sequence[Checked], *, vault: str, vcenter_problem: str, verbose: bool = False) -> str:
    width = max(60, min(shutil.get_terminal_size((100, 20)).columns, 160))
    out = [f"Vault {vault}" + (f" — {vcenter_problem} vCenter checks say unknown." if vcenter_problem else "")]
    for c in checked:
        kind = "recovery plan" if c.subject_kind == "plan" else "VM"
        out.append("")
        out.append(f"{c.subject_name} ({kind}, {c.flow}) — {OUTCOME_WORDS[c.outcome]}")
        out += textwrap.wrap(_choices_line(c), width, initial_indent="  ", subsequent_indent="    ")
        for note in c.taken:
            out += textwrap.wrap("note: " + note, width, initial_indent="  ", subsequent_indent="    ")
        shown = [v for v in sorted_for_review(list(c.verdicts)) if verbose or v.status is not Status.PASS]
        for v in shown:
            head = f"  {STATUS_WORDS[v.status]:<8} {v.check_id:<7} "
            subject = f"{v.subject}: " if v.subject else ""
            out += textwrap.wrap(subject + v.finding, width, initial_indent=head, subsequent_indent=" " * len(head))
            if v.remediation and v.status in (Status.BLOCK, Status.WARN, Status.UNKNOWN):
                out += textwrap.wrap(
                    "fix: " + v.remediation, width, initial_indent=" " * len(head), subsequent_indent=" " * len(head)
                )
        passed = sum(1 for v in c.verdicts if v.status is Status.PASS)
        if not verbose and passed:
            out.append(f"  {passed} check(s) passed (--verbose lists them)")
    counts = {o: sum(1 for c in checked if c.outcome == o) for o in (READY, ACKNOWLEDGE, BLOCKED)}
    out.append("")
    out.append(
        f"{len(checked)} checked: {counts[READY]} ready, {counts[ACKNOWLEDGE]} with warnings or unknowns to "
        f"acknowledge, {counts[BLOCKED]} blocked. Exit code {exit_code(checked)}."
    )
    return "\n".join(out)


# --- JUnit ---------------------------------------------------------------------------------


def _applies_to(v: Verdict, vm: str, vms: Sequence[str]) -> bool:
    """A verdict about this VM, or about something the selection shares (MT, datastore, plan)."""
    return v.subject == vm or v.subject not in vms


def junit(checked: Sequence[Checked], *, vault: str, at: datetime) -> ET.ElementTree:
    """One test suite per selection, one test case per check per VM.

    block → <failure type="block">, warn → <failure type="warn">, unknown → <skipped> (could not
    be checked), info and pass → a passing case (the finding in <system-out>).
    """
    root = ET.Element("testsuites", name=f"reprotect readiness — {vault}", timestamp=at.isoformat())
    total = failures = skipped = 0
    for c in checked:
        suite = ET.SubElement(root, "testsuite", name=f"{c.subject_name} ({c.subject_kind})", timestamp=at.isoformat())
        check_ids = sorted({v.check_id for v in c.verdicts}, key=_catalog_key)
        s_total = s_fail = s_skip = 0
        for vm in c.vm_names:
            for check_id in check_ids:
                mine = [v for v in c.verdicts if v.check_id == check_id and _applies_to(v, vm, c.vm_names)]
                case = ET.SubElement(suite, "testcase", name=check_id, classname=f"{vault}.{c.subject_name}.{vm}")
                s_total += 1
                worst = min((v.status.rank for v in mine), default=Status.PASS.rank)
                status = list(Status)[worst]
                text = "\n".join(_line(v) for v in mine) or f"{check_id}: nothing to report for {vm}."
                if status in (Status.BLOCK, Status.WARN):
                    first = next(v for v in mine if v.status is status)
                    ET.SubElement(case, "failure", type=status.value, message=first.finding).text = text
                    s_fail += 1
                elif status is Status.UNKNOWN:
                    first = next(v for v in mine if v.status is status)
                    ET.SubElement(case, "skipped", message=f"could not be checked: {first.finding}").text = text
                    s_skip += 1
                else:
                    ET.SubElement(case, "system-out").text = text
        suite.set("tests", str(s_total))
        suite.set("failures", str(s_fail))
        suite.set("skipped", str(s_skip))
        suite.set("errors", "0")
        total, failures, skipped = total + s_total, failures + s_fail, skipped + s_skip
    root.set("tests", str(total))
    root.set("failures", str(failures))
    root.set("skipped", str(skipped))
    root.set("errors", "0")
    ET.indent(root)
    return ET.ElementTree(root)


def _catalog_key(check_id: str) -> tuple[int, int]:
    from reprotect_gui.domain.preflight import catalog_order

    return catalog_order(check_id)


def _line(v: Verdict) -> str:
    subject = f" ({v.subject})" if v.subject else ""
    fix = f" Fix: {v.remediation}" if v.remediation and v.status is not Status.PASS else ""
    return f"[{v.status.value}] {v.check_id}{subject}: {v.finding}{fix}"


def write_junit(tree: ET.ElementTree, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tree.write(path, encoding="utf-8", xml_declaration=True)
