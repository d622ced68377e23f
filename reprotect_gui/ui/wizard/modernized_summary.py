"""The modernized flow's texts for the shared pages: the direction page's target site and the review
page's summary (appliance, log storage account, per-VM placement)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from reprotect_gui.domain import choices
from reprotect_gui.domain.checks.modernized import Location
from reprotect_gui.domain.preflight import transfer_estimate
from reprotect_gui.ui.i18n import state_text, text
from reprotect_gui.ui.translate_noop import QT_TRANSLATE_NOOP
from reprotect_gui.ui.widgets import ago
from reprotect_gui.ui.wizard.base import WizardSession

LOCATION_TEXT = {
    Location.ORIGINAL: QT_TRANSLATE_NOOP("ReviewPage", "original location"),
    Location.ALTERNATE: QT_TRANSLATE_NOOP("ReviewPage", "alternate location"),
    Location.UNKNOWN: QT_TRANSLATE_NOOP("ReviewPage", "unknown"),
}


def _row(cells: list[str], tag: str = "td") -> str:
    return "<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in cells) + "</tr>"


def target_site_html(s: WizardSession) -> str:
    """Modernized experience: no configuration server in the path (RCM-01)."""
    site = s.site
    vcenters = ", ".join(vc.name for vc in site.vcenters) or QCoreApplication.translate(
        "DirectionPage", "no vCenter discovered"
    )
    appliances = ", ".join(a.name for a in site.appliances) or QCoreApplication.translate(
        "DirectionPage", "none registered"
    )
    return QCoreApplication.translate(
        "DirectionPage",
        "Target site: a replication appliance registered in the vault (<b>{appliances}</b>) replicates "
        "the VM back to vCenter <b>{vcenters}</b>, onto an ESXi host (ELIG-02, RCM-01).",
    ).format(appliances=appliances, vcenters=vcenters)


def summary_html(s: WizardSession) -> str:
    sel = s.selection
    site = s.site
    now = s.clock.now()
    appliance = site.appliance(sel.appliance_id or "")
    account = site.log_storage_account(sel.log_storage_account_id or "")
    account_name = account.name if account else (sel.log_storage_account_id or "").rsplit("/", 1)[-1]
    policy = s.modernized_policy
    what = (
        QCoreApplication.translate("ReviewPage", "Recovery plan {plan}").format(plan=sel.plan.name)
        if sel.plan
        else QCoreApplication.translate("ReviewPage", "Virtual machine")
    )
    rows = [
        (QCoreApplication.translate("ReviewPage", "What"), what),
        (
            QCoreApplication.translate("ReviewPage", "Direction"),
            QCoreApplication.translate("ReviewPage", "Azure → On-premises (modernized: replication appliance)"),
        ),
        (
            QCoreApplication.translate("ReviewPage", "Replication appliance"),
            QCoreApplication.translate(
                "ReviewPage", "{appliance} (health {health}, heartbeat {heartbeat}, vCenter {vcenter}, disks {disks})"
            ).format(
                appliance=appliance.name,
                health=state_text(appliance.health),
                heartbeat=ago(appliance.last_heartbeat, now),
                vcenter=appliance.vcenter_name,
                disks=choices.appliance_disk_text(appliance, sel.items),
            ),
        ),
        (QCoreApplication.translate("ReviewPage", "Log storage account"), account_name),
    ]
    if policy:
        rows.append(
            (
                QCoreApplication.translate("ReviewPage", "Failback policy"),
                QCoreApplication.translate(
                    "ReviewPage", "{policy}: app-consistent every {app} min, crash-consistent every {crash} min"
                ).format(
                    policy=policy.name,
                    app=policy.app_consistent_frequency_minutes,
                    crash=policy.crash_consistent_frequency_minutes,
                ),
            )
        )
    head = "".join(f"<tr><th align=left>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in rows)
    per_vm = []
    for item in sel.items:
        match = s.estate.matches.get(item.item_id) if s.estate else None
        placement = choices.modernized_placement(appliance, item, s.vc, match)
        exists = {Location.ORIGINAL: True, Location.ALTERNATE: False}.get(placement.location)
        disks = [d for d in item.disks if not d.is_azure_temporary]
        per_vm.append(
            _row(
                [
                    item.name,
                    QCoreApplication.translate(
                        "ReviewPage", LOCATION_TEXT.get(placement.location, str(placement.location))
                    ),
                    sel.choices_for(item.item_id).datastore_name or "—",
                    QCoreApplication.translate("ReviewPage", "{n} (those replicated to Azure)").format(n=len(disks)),
                    text(transfer_estimate(item, disks, exists)),
                ]
            )
        )
    header = _row(
        [
            QCoreApplication.translate("ReviewPage", "VM"),
            QCoreApplication.translate("ReviewPage", "Recovery"),
            QCoreApplication.translate("ReviewPage", "Datastore"),
            QCoreApplication.translate("ReviewPage", "Disks"),
            QCoreApplication.translate("ReviewPage", "Data to send back (SUB-05)"),
        ],
        "th",
    )
    return (
        f"<table cellspacing=4>{head}</table>"
        f"<table border=1 cellspacing=0 cellpadding=3>{header}{''.join(per_vm)}</table>"
    )
