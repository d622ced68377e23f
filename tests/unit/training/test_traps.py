"""Every catalog rule (sections A-G) has a trap in the training estate: this table is the map.

Each row names what to choose in the built-in estate (or, for the few site-wide rules, which
fact of the scenario to change) and the verdict the preflight must give. Helpdesk trainers use
the same table to set exercises.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

from reprotect_gui.domain.checks.facts import LinkType, OperatorStatements, PreflightInput
from reprotect_gui.domain.job_errors import explain_job_error
from reprotect_gui.domain.models import ClassicTarget, JobState, ModernizedTarget, ReprotectRequest
from reprotect_gui.domain.preflight import run_preflight
from reprotect_gui.domain.selection import default_disks
from reprotect_gui.services.estate import load_estate
from reprotect_gui.training.backends import TrainingSiteRecovery, TrainingVCenter
from reprotect_gui.training.scenario import builtin_path, load_scenario, storage_account_id
from tests.fakes import ManualClock, RecordingContext


@dataclass(frozen=True)
class Trap:
    check_id: str
    status: str
    vm: str = "web-01"
    plan: str | None = None
    mt: str = "mt-win-01"
    ps: str = "ps-azure-01"
    datastore: str = "ds-vmfs-gold-01"
    retention: str = "R:"
    statements: OperatorStatements = field(default_factory=OperatorStatements)
    site_wide: Callable[[dict[str, Any]], None] | None = None  # the scenario fact to change
    note: str = ""
    appliance: str | None = None  # set: a modernized request through this replication appliance
    log_account: str = "stasrlogtokyo01"

    def target(self) -> ClassicTarget | ModernizedTarget:
        if self.appliance:
            return ModernizedTarget(self.appliance, storage_account_id(self.log_account))
        return ClassicTarget(self.mt, self.ps, self.retention)


def _cs(raw: dict[str, Any]) -> dict[str, Any]:
    return raw["configuration_server"]


TRAPS = [
    # A. eligibility
    Trap("ELIG-01", "block", vm="crm-01", note="migrated to Azure"),
    Trap("ELIG-02", "block", mt="mt-phys-01", note="master target on a physical server: no ESXi host"),
    Trap("ELIG-03", "block", vm="legacy-01", note="Windows 2008 R2 protected as a physical server"),
    Trap("ELIG-04", "warn", vm="mail-01", note="failed over 6 minutes ago; agent not registered yet"),
    Trap("ELIG-05", "block", vm="hr-01", note="not in the configuration server's database"),
    Trap("ELIG-06", "block", vm="print-01", note="Mobility agent uninstalled"),
    Trap("ELIG-07", "info", vm="legacy-01", note="a physical server comes back as a VMware VM"),
    Trap("ELIG-08", "block", vm="dc-azure-01", note="replicated Azure-to-Azure (A2A): out of scope"),
    Trap("ELIG-08", "block", vm="intranet-01", note="a modernized item given the classic dialog's values"),
    # B. site
    Trap(
        "INF-01",
        "block",
        site_wide=lambda raw: _cs(raw).update(heartbeat_minutes_ago=45),
        note="site-wide: configuration server silent for 45 minutes",
    ),
    Trap("INF-02", "block", site_wide=lambda raw: raw.pop("failback_policy"), note="site-wide: no failback policy"),
    Trap(
        "INF-02",
        "info",
        site_wide=lambda raw: raw["failback_policy"].update(rpo_threshold_minutes=30),
        note="site-wide: a policy made with PowerShell, other values than the portal's",
    ),
    Trap("INF-03", "block", ps="ps-tokyo-02", note="process server without heartbeat"),
    Trap("INF-04", "info", note="the port list, always shown"),
    Trap(
        "INF-05",
        "warn",
        ps="ps-tokyo-01",
        statements=OperatorStatements(link_type=LinkType.S2S_VPN),
        note="on-premises process server over a site-to-site VPN",
    ),
    Trap("INF-06", "block", mt="mt-lab-01", note="ASR lists no datastore although the host has VMFS"),
    Trap(
        "INF-07",
        "block",
        statements=OperatorStatements(target_vcenter="vc-osaka-01.contoso.local"),
        note="alternate vCenter not discovered by ASR",
    ),
    Trap("INF-08", "block", mt="mt-lab-01", note="host runs the free vSphere Hypervisor"),
    Trap(
        "INF-09",
        "block",
        site_wide=lambda raw: raw["vcenters"][0].update(discovery_status="Disconnected"),
        note="site-wide: ASR lost the vCenter",
    ),
    Trap("INF-10", "info", statements=OperatorStatements(ip_addresses_retained=True), note="IP addresses retained"),
    # C. master target
    Trap("MT-01", "block", vm="app-lnx-01", note="Linux VM, Windows master target"),
    Trap("MT-02", "block", plan="RP-Mail-and-Apps", note="Windows and Linux VMs in one plan"),
    Trap("MT-03", "block", vm="web-02", mt="mt-win-02", note="mt-win-02 cloned from web-02's template"),
    Trap("MT-04", "block", mt="mt-win-02", note="snapshot on the master target"),
    Trap("MT-05", "warn", vm="web-02", note="snapshot on the on-premises VM"),
    Trap("MT-06", "block", mt="mt-win-02", note="VMware Tools not running on the master target"),
    Trap("MT-07", "block", mt="mt-win-02", note="disk.EnableUUID not set on the master target"),
    Trap(
        "MT-08",
        "block",
        vm="app-lnx-01",
        mt="mt-lnx-02",
        retention="/mnt/retention/",
        note="the master target's host mounts only NFS",
    ),
    Trap("MT-09", "block", mt="mt-win-02", note="paravirtual SCSI controller on the master target"),
    Trap("MT-10", "block", vm="file-01", mt="mt-win-02", note="58 disks in use + 6"),
    Trap(
        "MT-11",
        "warn",
        vm="app-lnx-01",
        mt="mt-lnx-02",
        retention="/mnt/retention/",
        note="master target in a Storage DRS cluster",
    ),
    Trap("MT-12", "block", vm="web-02", mt="mt-win-02", note="the VM's datastore is not mounted on esx-03"),
    Trap("MT-13", "info", vm="sql-01", note="on-premises VM deleted: a new VM is created"),
    Trap("MT-14", "block", mt="mt-win-02", note="no heartbeat, agent out of support"),
    Trap(
        "MT-15",
        "warn",
        vm="app-lnx-01",
        mt="mt-lnx-01",
        retention="/mnt/retention/",
        note="disk.EnableUUID not set on the on-premises VM",
    ),
    # D. datastore
    Trap("DS-01", "block", datastore="nfs-templates", note="NFS"),
    Trap("DS-01", "warn", datastore="vsanDatastore", note="vSAN: listed, yet jobs can fail"),
    Trap("DS-02", "block", datastore="ds-vmfs-esx03", note="ASR's stale list: not mounted on esx-01"),
    Trap("DS-03", "info", note="the VM still exists: the datastore is ignored"),
    Trap("DS-04", "info", vm="sql-01", note="alternate-location recovery"),
    Trap("DS-05", "warn", vm="sql-01", datastore="ds-vmfs-silver-01", note="61 GB free for 1.8 TB of disks"),
    Trap("DS-06", "block", vm="erp-01", note="RDM disk and the original VM is gone"),
    Trap("DS-07", "info", note="Azure's temporary disk stays in Azure"),
    # E. retention drive
    Trap("RET-01", "block", retention="E:", note="used for another purpose"),
    Trap("RET-02", "block", retention="L:", note="locked"),
    Trap("RET-03", "block", retention="C:", note="cache volume"),
    Trap("RET-04", "block", retention="F:", note="FAT32"),
    Trap("RET-05", "block", retention="Z:", note="zero capacity"),
    Trap("RET-06", "info", retention="S:", note="not the default R:, which is available"),
    Trap(
        "RET-07",
        "block",
        vm="app-lnx-01",
        mt="mt-lnx-02",
        retention="/mnt/retention/",
        note="ASR lists no retention drive yet: refresh the configuration server",
    ),
    Trap("RET-08", "warn", retention="S:", note="92 % used, threshold 80 %"),
    # F. submit and after
    Trap("SUB-01", "warn", vm="web-02", note="on-premises VM powered on"),
    Trap("SUB-02", "block", vm="web-02", note="in a replication group: only through its recovery plan"),
    Trap("SUB-04", "info", vm="app-lnx-01", mt="mt-lnx-01", retention="/mnt/retention/", note="Linux static IPs"),
    Trap("SUB-05", "info", note="changes only / full copy"),
    Trap("SUB-06", "info", note="failback needs a recovery point"),
    # G. modernized experience
    Trap("RCM-01", "block", vm="intranet-01", appliance="ra-appliance-tokyo-02", note="appliance silent, Critical"),
    Trap("RCM-01", "pass", vm="intranet-01", appliance="ra-appliance-tokyo-01", note="the healthy appliance"),
    Trap(
        "RCM-02",
        "block",
        vm="intranet-01",
        appliance="ra-appliance-tokyo-02",
        note="the appliance reaches only ds-vmfs-esx03; the VM is on ds-vmfs-gold-01",
    ),
    Trap("RCM-03", "info", vm="intranet-01", appliance="ra-appliance-tokyo-01", note="original location"),
    Trap(
        "RCM-03",
        "info",
        vm="wiki-01",
        appliance="ra-appliance-tokyo-01",
        datastore="ds-vmfs-gold-02",
        note="the VM was deleted: alternate location",
    ),
    Trap(
        "RCM-03",
        "block",
        vm="wiki-01",
        appliance="ra-appliance-tokyo-01",
        datastore="ds-vmfs-silver-01",
        note="alternate location on a datastore the appliance can't write",
    ),
    Trap(
        "RCM-04",
        "block",
        vm="wiki-01",
        appliance="ra-appliance-tokyo-02",
        datastore="ds-vmfs-esx03",
        note="59 disks in use + 2",
    ),
    Trap("RCM-05", "info", vm="intranet-01", appliance="ra-appliance-tokyo-01", note="log storage account reused"),
    Trap("RCM-06", "info", vm="intranet-01", appliance="ra-appliance-tokyo-01", note="after failback: IPs, fstab"),
]


def run(trap: Trap):
    scenario = load_scenario()
    if trap.site_wide is not None:
        trap.site_wide(scenario.raw)
    clock = ManualClock()
    vault = TrainingSiteRecovery(scenario, clock, latency_s=0)
    estate = load_estate(vault, TrainingVCenter(scenario, latency_s=0), clock, RecordingContext())
    site = estate.site
    plan = next((p for p in site.plans if p.name == trap.plan), None)
    items = [site.item(i) for i in plan.item_ids] if plan else [next(i for i in site.items if i.name == trap.vm)]
    policy_id = site.failback_policy.policy_id if site.failback_policy else ""
    if trap.appliance:
        policy_id = site.modernized_policy.policy_id if site.modernized_policy else ""
    requests = tuple(
        ReprotectRequest(
            item_id=item.item_id,
            item_name=item.name,
            target=trap.target(),
            datastore_name=trap.datastore,
            policy_id=policy_id,
            disks_to_include=() if trap.appliance else default_disks(item),
        )
        for item in items
    )
    return run_preflight(
        PreflightInput(
            site, estate.vcenter, requests, clock.now(), plan=plan, statements=trap.statements, matches=estate.matches
        )
    )


@pytest.mark.parametrize("trap", TRAPS, ids=lambda t: f"{t.check_id}-{t.status}")
def test_the_trap_springs(trap):
    verdicts = [v for v in run(trap) if v.check_id == trap.check_id]
    assert trap.status in {v.status.value for v in verdicts}, (
        trap.note,
        [(v.status.value, v.finding) for v in verdicts],
    )


def test_a_running_job_is_followed_not_submitted_again_sub03():
    scenario = load_scenario()
    clock = ManualClock()
    vault = TrainingSiteRecovery(scenario, clock, latency_s=0)
    trap = Trap("SUB-03", "info")
    vault.submit_reprotect(
        ReprotectRequest("web-01", "web-01", ClassicTarget(trap.mt, trap.ps, trap.retention), trap.datastore, "p", ())
    )
    estate = load_estate(vault, TrainingVCenter(scenario, latency_s=0), clock, RecordingContext())
    item = estate.site.item("web-01")
    request = ReprotectRequest(
        "web-01",
        "web-01",
        ClassicTarget(trap.mt, trap.ps, trap.retention),
        trap.datastore,
        estate.site.failback_policy.policy_id,
        default_disks(item),
    )
    verdicts = run_preflight(
        PreflightInput(estate.site, estate.vcenter, (request,), clock.now(), matches=estate.matches)
    )
    assert any(v.check_id == "SUB-03" and v.status.value == "info" for v in verdicts)


@pytest.mark.parametrize(("item_id", "code"), [("file-01", "78052"), ("app-lnx-02", "95226")])
def test_trained_job_failures_carry_known_asr_codes_sub07(item_id, code):
    clock = ManualClock()
    vault = TrainingSiteRecovery(load_scenario(), clock, latency_s=0)
    job_id = vault.submit_reprotect(
        ReprotectRequest(item_id, item_id, ClassicTarget("mt-win-01", "ps-azure-01", "R:"), "ds-vmfs-gold-01", "p", ())
    ).job_id
    clock.advance(minutes=5)
    job = vault.read_job(job_id)
    assert job.state is JobState.FAILED
    explained = explain_job_error(job.errors[0])
    assert explained.known and explained.code == code and explained.catalog_id == "SUB-07"


def test_every_catalog_id_of_sections_a_to_g_has_a_trap():
    catalog = (builtin_path().parents[2] / "docs" / "prerequisites.md").read_text(encoding="utf-8")
    ids = set(re.findall(r"^\| ((?:ELIG|INF|MT|DS|RET|SUB|RCM)-\d+) \|", catalog, re.M))
    covered = {t.check_id for t in TRAPS} | {"SUB-03", "SUB-07"}
    assert ids - covered == set()
