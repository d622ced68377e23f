"""Preflight over a 100-VM recovery plan: budget 100 ms (shared/design/architecture.md).

Builds, in memory, a vault with a 100-VM plan and a vCenter of 600 VMs, 20 hosts and 50
datastores, then times `run_preflight` many times. Baseline, measured in the same run: building
the input (one request and one vCenter match per VM) — the least any preflight has to touch.

    python benchmarks/preflight.py
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

# benchmarks/select.py must not shadow the stdlib select (subprocess imports it)
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reprotect_gui.domain.models import (  # noqa: E402
    REVERSE_REPLICATE,
    ClassicTarget,
    ConfigurationServer,
    DatastoreType,
    Disk,
    FailbackPolicy,
    KnownVCenter,
    MasterTarget,
    OsType,
    ProcessServer,
    ProtectedItem,
    RecoveryPlan,
    RecoverySite,
    ReprotectRequest,
    RetentionVolume,
    SeenDatastore,
    ServerLocation,
    VcDatastore,
    VcDisk,
    VCenterEstate,
    VcHost,
    VcMatch,
    VcVm,
    VmLocator,
)
from reprotect_gui.domain.preflight import PreflightInput, run_preflight  # noqa: E402

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
VMS = 100
VC = "vc-bench.lab"
RUNS = 200


def ago(minutes: float) -> datetime:
    return NOW - timedelta(minutes=minutes)


def build_estate() -> tuple[RecoverySite, VCenterEstate]:
    hosts = [f"esx-{h:02d}.lab" for h in range(20)]
    datastores = [
        VcDatastore(
            f"ds-{d:02d}",
            DatastoreType.NFS if d % 10 == 9 else DatastoreType.VMFS,
            8000,
            3000,
            True,
            (hosts[d % 20], hosts[(d + 1) % 20]),
        )
        for d in range(50)
    ]
    host_objs = [
        VcHost(
            h,
            "VMware ESXi 7.0.3",
            "vSphere 7 Enterprise Plus",
            "connected",
            tuple(d.name for d in datastores if h in d.host_names),
        )
        for h in hosts
    ]
    items = []
    vms = []
    for n in range(VMS):
        name = f"vm-{n:03d}"
        disks = tuple(Disk(f"{name}-d{k}", f"{name}_Disk{k}", 100 + k, is_os_disk=k == 0) for k in range(3))
        items.append(
            ProtectedItem(
                item_id=name,
                name=name,
                provider="InMageAzureV2",
                os_type=OsType.WINDOWS,
                os_version="Windows Server 2019",
                disks=disks,
                protection_state="FailedOver",
                allowed_operations=frozenset({REVERSE_REPLICATE}),
                active_location="Recovery",
                on_prem_vm=VmLocator(name, bios_uuid=f"uuid-{name}"),
                configuration_server_id="cs-01",
                replication_group="grp-1" if n < 10 else None,
                failover_time=ago(120),
                agent_last_heartbeat=ago(2),
                vcenter_name=VC,
            )
        )
        if n % 4:  # a quarter of them no longer exist on-premises (alternate location)
            vms.append(_vm(name, hosts[n % 20], f"ds-{n % 50:02d}"))
    vms += [_vm(f"other-{n:03d}", hosts[n % 20], f"ds-{n % 50:02d}") for n in range(500)]
    vms.append(_vm("mt-win-01", hosts[0], "ds-00"))
    mt = MasterTarget(
        server_id="mt-win-01",
        name="mt-win-01",
        ip_address="10.0.0.31",
        os_type=OsType.WINDOWS,
        os_version="Windows Server 2022",
        esxi_host=hosts[0],
        vcenter_name=VC,
        last_heartbeat=ago(1),
        version_status="Supported",
        health_errors=(),
        disk_count=4,
        retention_volumes=(RetentionVolume("R:", 2**41, 2**40, 80),),
        datastores=tuple(
            SeenDatastore(d.name, d.type, d.capacity_gb, d.free_gb) for d in datastores if hosts[0] in d.host_names
        ),
        vm=VmLocator("mt-win-01", bios_uuid="uuid-mt-win-01"),
    )
    site = RecoverySite(
        vault_name="rsv-bench",
        items=tuple(items),
        plans=(RecoveryPlan("rp-100", "RP-100", tuple(i.item_id for i in items)),),
        configuration_servers=(ConfigurationServer("cs-01", "cs-01", "10.0.0.10", ago(1), "9.59"),),
        master_targets=(mt,),
        process_servers=(ProcessServer("ps-az", "ps-az", "10.200.0.4", ServerLocation.AZURE, ago(1), "Normal"),),
        run_as_accounts=(),
        failback_policy=FailbackPolicy("policy-fb", "fb", 15, 1440, 60),
        vcenters=(KnownVCenter(VC, "10.0.0.20", ago(2)),),
    )
    vcenter = VCenterEstate(VC, tuple(host_objs), tuple(datastores), tuple(vms))
    return site, vcenter


def _vm(name: str, host: str, datastore: str) -> VcVm:
    return VcVm(
        moref=f"vm-{name}",
        name=name,
        bios_uuid=f"uuid-{name}",
        instance_uuid=None,
        guest_family="windowsGuest",
        power_state="poweredOff",
        is_template=False,
        host_name=host,
        datastore_names=(datastore,),
        details_read=True,
        disks=(VcDisk("Hard disk 1", 100, f"disk-{name}", datastore),),
        scsi_controller_types=("lsilogic-sas",),
        enable_uuid=True,
        tools_status="toolsOk",
        has_snapshot=False,
    )


def build_input(site: RecoverySite, vcenter: VCenterEstate) -> PreflightInput:
    """What the caller does before every preflight: one request and one match per VM."""
    by_uuid = {vm.bios_uuid: vm for vm in vcenter.vms}
    locators = {i.item_id: i.on_prem_vm for i in site.items}
    locators.update({m.server_id: m.vm for m in site.master_targets if m.vm})
    matches = {}
    for key, loc in locators.items():
        vm = by_uuid.get(loc.bios_uuid)
        matches[key] = VcMatch(loc, vm, "BIOS UUID" if vm else "")
    plan = site.plans[0]
    requests = tuple(
        ReprotectRequest(i.item_id, i.name, ClassicTarget("mt-win-01", "ps-az", "R:"), "ds-00", "policy-fb", ())
        for i in site.items
    )
    return PreflightInput(site=site, vcenter=vcenter, requests=requests, now=NOW, plan=plan, matches=matches)


def median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    site, vcenter = build_estate()
    inp = build_input(site, vcenter)
    verdicts = run_preflight(inp)  # warm-up, and a sanity check that it did the work
    by_status: dict[str, int] = {}
    for v in verdicts:
        by_status[v.status.value] = by_status.get(v.status.value, 0) + 1
    baseline = median_ms(lambda: build_input(site, vcenter), RUNS)
    preflight = median_ms(lambda: run_preflight(inp), RUNS)
    print(
        f"estate: {len(site.items)} VMs in plan, {len(vcenter.vms)} vCenter VMs, {len(vcenter.hosts)} hosts, "
        f"{len(vcenter.datastores)} datastores"
    )
    print(f"verdicts per run: {len(verdicts)} ({', '.join(f'{k} {n}' for k, n in sorted(by_status.items()))})")
    print(f"baseline (build the input: requests + matches), median of {RUNS}: {baseline:.2f} ms")
    print(f"run_preflight, median of {RUNS}: {preflight:.2f} ms (budget 100 ms)")
    print(f"ratio preflight / baseline: {preflight / baseline:.1f}")
    print(
        f"preflight_100vm_ms={preflight:.2f} baseline_ms={baseline:.2f} ratio={preflight / baseline:.1f} budget_ms=100"
    )


if __name__ == "__main__":
    main()
