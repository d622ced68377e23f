"""The journey review page's summary of each step's choices (ui/wizard/flows.py `JOURNEY_WIZARDS`)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from reprotect_gui.domain.failback import ClassicRecoveryPoint, Scope
from reprotect_gui.domain.flows.journey import JourneyStep, step_flow
from reprotect_gui.domain.models import ReplicationFlow

if TYPE_CHECKING:
    from reprotect_gui.ui.wizard.base import WizardSession
    from reprotect_gui.ui.wizard.journey_state import JourneyRun


def _rows(rows: list[tuple[str, str]]) -> str:
    body = "".join(
        f"<tr><td style='padding-right:12px'><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
        for k, v in rows
    )
    return f"<table>{body}</table>"


def _run(session: WizardSession) -> JourneyRun:
    assert session.journey_run is not None
    return session.journey_run


def _target_rows(run: JourneyRun) -> list[tuple[str, str]]:
    if run.scope is Scope.PLAN:
        what = QCoreApplication.translate("JourneySummary", "Recovery plan {plan} ({n} VMs: {names})").format(
            plan=run.target_name, n=len(run.members), names=", ".join(m.name for m in run.members)
        )
    else:
        what = QCoreApplication.translate("JourneySummary", "VM {vm}").format(vm=run.target_name)
    architecture = (
        QCoreApplication.translate("JourneySummary", "classic (configuration server)")
        if run.flow is ReplicationFlow.CLASSIC
        else QCoreApplication.translate("JourneySummary", "modernized (replication appliance)")
    )
    return [
        (QCoreApplication.translate("JourneySummary", "Target"), what),
        (QCoreApplication.translate("JourneySummary", "Replication"), architecture),
    ]


def failback_html(session: WizardSession) -> str:
    run = _run(session)
    request = run.failback
    rows = _target_rows(run)
    classic = run.flow is ReplicationFlow.CLASSIC
    operation = step_flow(JourneyStep.FAILBACK).operation(run.flow)  # the allowedOperations entry (FB-01)
    words = (
        QCoreApplication.translate("JourneySummary", 'Unplanned failover (the portal\'s "Failover")')
        if classic
        else QCoreApplication.translate("JourneySummary", "Planned failover")
    )
    rows.append((QCoreApplication.translate("JourneySummary", "Operation (FB-01)"), f"{words} — {operation}"))
    direction = request.direction if request is not None else None
    rows.append(
        (
            QCoreApplication.translate("JourneySummary", "Direction (FB-02)"),
            QCoreApplication.translate("JourneySummary", "Azure → on-premises")
            + (f" ({direction})" if direction else ""),
        )
    )
    if request is not None:
        point = str(request.recovery_point)
        if request.recovery_point == ClassicRecoveryPoint.CUSTOM and request.recovery_point_id:
            point += " — " + request.recovery_point_id.rsplit("/", 1)[-1]
        rows.append((QCoreApplication.translate("JourneySummary", "Recovery point (FB-03/FB-04)"), point))
        if not classic and run.scope is Scope.PLAN:
            rows.append(
                (
                    QCoreApplication.translate("JourneySummary", "Multi-VM sync point"),
                    QCoreApplication.translate("JourneySummary", "Yes")
                    if request.use_multi_vm_sync_point
                    else QCoreApplication.translate("JourneySummary", "No"),
                )
            )
    rows.append(
        (
            QCoreApplication.translate("JourneySummary", "Downtime (FB-05)"),
            QCoreApplication.translate(
                "JourneySummary", "The Azure VM is shut down first; a maintenance window was confirmed"
            ),
        )
    )
    rows.append(
        (
            QCoreApplication.translate("JourneySummary", "Way back (FB-10)"),
            QCoreApplication.translate("JourneySummary", "None: a classic failback can't be cancelled or retried")
            if classic
            else QCoreApplication.translate("JourneySummary", "Cancel failover, while ASR offers it (FB-12)"),
        )
    )
    return _rows(rows)


def cancel_html(session: WizardSession) -> str:
    run = _run(session)
    rows = _target_rows(run)
    rows.append(
        (
            QCoreApplication.translate("JourneySummary", "Cancel (FB-12)"),
            QCoreApplication.translate(
                "JourneySummary",
                "The Azure VM comes back on, the on-premises disks are rolled back and replication to "
                "on-premises resumes",
            ),
        )
    )
    return _rows(rows)


def commit_html(session: WizardSession) -> str:
    run = _run(session)
    rows = _target_rows(run)
    names = ", ".join(m.name for m in run.members)
    rows.append(
        (
            QCoreApplication.translate("JourneySummary", "Commit deletes (CMT-01)"),
            QCoreApplication.translate(
                "JourneySummary", "The failed-over Azure VM(s) of {names} and their recovery points; it can't be undone"
            ).format(names=names),
        )
    )
    rows.append(
        (
            QCoreApplication.translate("JourneySummary", "Application checked on-premises (CMT-02)"),
            QCoreApplication.translate("JourneySummary", "Yes, by the operator")
            if run.app_confirmed
            else QCoreApplication.translate("JourneySummary", "Not confirmed"),
        )
    )
    return _rows(rows)


def reverse_html(session: WizardSession) -> str:
    run = _run(session)
    rows = _target_rows(run)
    server = run.reverse_server
    if server is not None:
        rows.append((QCoreApplication.translate("JourneySummary", "Process server"), server.name))
    names = run.reverse_names
    for r in run.reverse:
        policy = names.get("policy") or r.policy_id.rsplit("/", 1)[-1]
        text = QCoreApplication.translate(
            "JourneySummary", "on-premises → Azure ({direction}), policy {policy}"
        ).format(direction=r.direction, policy=policy)
        if r.run_as_account_id:
            account = names.get("run_as_account") or r.run_as_account_id.rsplit("/", 1)[-1]
            text += QCoreApplication.translate("JourneySummary", ", run-as account {account}").format(account=account)
        rows.append((r.item_name, text))
    return _rows(rows)
