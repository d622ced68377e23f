"""The classic flow's texts for the shared pages: the direction page's target site and the review
page's summary (master target, process server, policy, per-VM datastore, retention drive, disks)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from reprotect_gui.domain.checks.facts import configuration_server_for
from reprotect_gui.domain.preflight import transfer_estimate
from reprotect_gui.ui.i18n import text as ui_text
from reprotect_gui.ui.widgets import location_text
from reprotect_gui.ui.wizard.base import WizardSession


def target_site_html(s: WizardSession) -> str:
    """ELIG-02: the failback target is an ESXi host behind the configuration server's vCenter."""
    site = s.site
    # The chosen VMs' own configuration server: a vault can have several.
    cs = next((c for i in s.selection.items if (c := configuration_server_for(site, i)) is not None), None)
    vcenters = ", ".join(vc.name for vc in site.vcenters) or QCoreApplication.translate(
        "DirectionPage", "no vCenter discovered"
    )
    return QCoreApplication.translate(
        "DirectionPage",
        "Target site: configuration server <b>{server}</b>, vCenter <b>{vcenters}</b>. Failback goes to an "
        "ESXi host (vCenter-managed or standalone); Hyper-V and physical targets are not supported (ELIG-02).",
    ).format(server=cs.name if cs else QCoreApplication.translate("DirectionPage", "unknown"), vcenters=vcenters)


def summary_html(s: WizardSession) -> str:
    sel = s.selection
    site = s.site
    mt = site.master_target(sel.master_target_id or "")
    ps = site.process_server(sel.process_server_id or "")
    policy = s.policy
    rows = [
        (
            QCoreApplication.translate("ReviewPage", "What"),
            QCoreApplication.translate("ReviewPage", "Recovery plan {plan}").format(plan=sel.plan.name)
            if sel.plan
            else QCoreApplication.translate("ReviewPage", "Virtual machine"),
        ),
        (
            QCoreApplication.translate("ReviewPage", "Direction"),
            QCoreApplication.translate("ReviewPage", "Azure → On-premises"),
        ),
        (
            QCoreApplication.translate("ReviewPage", "Master target"),
            QCoreApplication.translate("ReviewPage", "{mt} ({os}, host {host})").format(
                mt=mt.name, os=mt.os_type, host=mt.esxi_host
            ),
        ),
        (QCoreApplication.translate("ReviewPage", "Process server"), f"{ps.name} ({location_text(ps.location)})"),
        *statement_rows(s),
    ]
    if policy:
        rows.append(
            (
                QCoreApplication.translate("ReviewPage", "Failback policy"),
                QCoreApplication.translate(
                    "ReviewPage", "{policy}: RPO {rpo} min, retention {hours} h, app-consistent every {app} min"
                ).format(
                    policy=policy.name,
                    rpo=policy.rpo_threshold_minutes,
                    hours=policy.recovery_point_history_minutes // 60,
                    app=policy.app_consistent_frequency_minutes,
                ),
            )
        )
    if policy:
        rows.append(
            (
                QCoreApplication.translate("ReviewPage", "Protection container mapping"),
                policy.container_mapping
                or QCoreApplication.translate("ReviewPage", "not reported by ASR (the failback policy's mapping)"),
            )
        )
    head = "".join(f"<tr><th align=left>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in rows)
    per_vm = []
    for item in sel.items:
        c = sel.choices_for(item.item_id)
        disks = [d for d in item.disks if d.disk_id in c.disks_to_include]
        vm = s.estate.matches.get(item.item_id) if s.estate else None
        exists = None if s.vc is None else bool(vm and vm.vm)
        per_vm.append(
            "<tr>"
            + "".join(
                f"<td>{html.escape(x)}</td>"
                for x in (
                    item.name,
                    c.datastore_name or "—",
                    c.retention_drive or "—",
                    QCoreApplication.translate("ReviewPage", "{n} of {total}").format(
                        n=len(disks), total=len(item.disks)
                    ),
                    ui_text(transfer_estimate(item, disks, exists)),
                )
            )
            + "</tr>"
        )
    columns = (
        QCoreApplication.translate("ReviewPage", "VM"),
        QCoreApplication.translate("ReviewPage", "Datastore"),
        QCoreApplication.translate("ReviewPage", "Retention drive"),
        QCoreApplication.translate("ReviewPage", "Disks"),
        QCoreApplication.translate("ReviewPage", "Data to send back (SUB-05)"),
    )
    header = "<tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in columns) + "</tr>"
    return (
        f"<table cellspacing=4>{head}</table>"
        f"<table border=1 cellspacing=0 cellpadding=3>{header}{''.join(per_vm)}</table>"
    )


def statement_rows(s: WizardSession) -> list[tuple[str, str]]:
    """What the operator stated on the master-target page, and the run-as account the request names."""
    from reprotect_gui.ui.wizard.target_page import LINK_TYPES

    retained = {
        None: QCoreApplication.translate("ReviewPage", "Not stated"),
        True: QCoreApplication.translate("ReviewPage", "Yes"),
        False: QCoreApplication.translate("ReviewPage", "No"),
    }[s.ip_retained]
    account = next((a for a in s.site.run_as_accounts if a.account_id == s.selection.run_as_account_id), None)
    return [
        (
            QCoreApplication.translate("ReviewPage", "Network link to Azure"),
            QCoreApplication.translate("TargetPage", LINK_TYPES[s.link_type]),
        ),
        (QCoreApplication.translate("ReviewPage", "IP addresses retained at failover"), retained),
        (
            QCoreApplication.translate("ReviewPage", "vCenter run-as account"),
            account.name
            if account
            else QCoreApplication.translate("ReviewPage", "None named (ASR uses the configuration server's own)"),
        ),
    ]
