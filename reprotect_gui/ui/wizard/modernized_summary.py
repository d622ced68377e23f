"""The review page's summary for a modernized reprotect: appliance, log storage account, per-VM placement."""

from __future__ import annotations

import html

from reprotect_gui.domain import choices
from reprotect_gui.domain.checks.modernized import Location
from reprotect_gui.domain.preflight import transfer_estimate
from reprotect_gui.ui.widgets import ago
from reprotect_gui.ui.wizard.base import WizardSession


def _row(cells: list[str], tag: str = "td") -> str:
    return "<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in cells) + "</tr>"


def modernized_summary_html(s: WizardSession) -> str:
    sel = s.selection
    site = s.site
    now = s.clock.now()
    appliance = site.appliance(sel.appliance_id or "")
    account = site.log_storage_account(sel.log_storage_account_id or "")
    account_name = account.name if account else (sel.log_storage_account_id or "").rsplit("/", 1)[-1]
    policy = s.modernized_policy
    rows = [
        ("What", f"Recovery plan {sel.plan.name}" if sel.plan else "Virtual machine"),
        ("Direction", "Azure → On-premises (modernized: replication appliance)"),
        ("Replication appliance", f"{appliance.name} (health {appliance.health}, heartbeat "
                                  f"{ago(appliance.last_heartbeat, now)}, vCenter {appliance.vcenter_name}, disks "
                                  f"{choices.appliance_disk_text(appliance, sel.items)})"),
        ("Log storage account", account_name),
    ]
    if policy:
        rows.append(("Failback policy", f"{policy.name}: app-consistent every "
                     f"{policy.app_consistent_frequency_minutes} min, crash-consistent every "
                     f"{policy.crash_consistent_frequency_minutes} min"))
    head = "".join(f"<tr><th align=left>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in rows)
    per_vm = []
    for item in sel.items:
        match = s.estate.matches.get(item.item_id) if s.estate else None
        placement = choices.modernized_placement(appliance, item, s.vc, match)
        exists = {Location.ORIGINAL: True, Location.ALTERNATE: False}.get(placement.location)
        disks = [d for d in item.disks if not d.is_azure_temporary]
        per_vm.append(_row([
            item.name,
            str(placement.location),
            sel.choices_for(item.item_id).datastore_name or "—",
            f"{len(disks)} (those replicated to Azure)",
            transfer_estimate(item, disks, exists),
        ]))
    header = _row(["VM", "Recovery", "Datastore", "Disks", "Data to send back (SUB-05)"], "th")
    return (f"<table cellspacing=4>{head}</table>"
            f"<table border=1 cellspacing=0 cellpadding=3>{header}{''.join(per_vm)}</table>")
