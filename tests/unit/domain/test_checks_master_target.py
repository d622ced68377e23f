"""Section C (MT-*): one row per catalog ID — pass, fail, and unknown where a fact can be missing."""

from __future__ import annotations

import pytest
from builders import (
    HOST,
    Case,
    World,
    ago,
    assert_outcome,
    disk,
    item,
    master_target,
    plan_of,
    preflight,
    unchanged,
    vc_vm,
)

from reprotect_gui.domain.checks.master_target import os_version_key
from reprotect_gui.domain.models import DatastoreType, OsType, VcDatastore, VcDisk
from reprotect_gui.domain.verdicts import Status

B, W, I, P = Status.BLOCK, Status.WARN, Status.INFO, Status.PASS

LINUX_APP = item("app-01", os_type=OsType.LINUX, os_version="Ubuntu 20.04")


def _shared_disk_uuid(w: World) -> None:
    shared = VcDisk("disk 1", 127, "6000c29a-shared", "ds-vmfs-01")
    w.vm("web-01", disks=(shared,))
    w.vm("mt-win-01", disks=(shared,))


def _second_mt_for_web02(w: World) -> None:
    plan_of(w, item("web-02"))
    w.mts.append(master_target("mt-win-02"))
    w.vms["mt-win-02"] = vc_vm("mt-win-02")
    w.mt_for["web-02"] = "mt-win-02"


def _four_disks_to_a_full_mt(w: World) -> None:
    plan_of(w, item("web-02"))
    w.mt(disk_count=58)


def _vm_on_datastore_the_host_lacks(w: World) -> None:
    w.datastores.append(VcDatastore("ds-other", DatastoreType.VMFS, 1000, 500, True, ("esx-02.lab",)))
    w.vm("web-01", datastore_names=("ds-other",))


def _host_with_nfs_only(w: World) -> None:
    w.datastore(type=DatastoreType.NFS)


CASES = [
    Case(
        "MT-01",
        unchanged,
        P,
        "mt-win-01: Windows Server 2019",
        lambda w: w.mt(os_type=OsType.LINUX, os_version="Ubuntu 20.04"),
        B,
        "mt-win-01: Linux (Ubuntu 20.04)",
        unknown=lambda w: w.mt(os_version="Windows 10 Enterprise"),
        unknown_evidence="mt-win-01: Windows 10 Enterprise",
    ),
    Case(
        "MT-01",
        unchanged,
        P,
        "web-01: Windows Server 2019",
        lambda w: w.mt(os_version="Windows Server 2016"),
        B,
        "mt-win-01: Windows Server 2016",
        label="older",
    ),
    Case(
        "MT-02",
        lambda w: plan_of(w, item("web-02")),
        P,
        "web-02: Windows → mt-win-01",
        lambda w: plan_of(w, LINUX_APP),
        B,
        "app-01: Linux → mt-win-01",
    ),
    Case("MT-02", unchanged, P, "VMs: web-01", _second_mt_for_web02, B, "web-02: Windows → mt-win-02", label="two-mts"),
    Case(
        "MT-03",
        unchanged,
        P,
        "web-01: 1 disk(s), mt-win-01: 1 disk(s), none shared",
        _shared_disk_uuid,
        B,
        "shared disk UUIDs: 6000c29a-shared",
        unknown=lambda w: w.vm("web-01", details_read=False),
        unknown_evidence="the details of VM web-01 were not read from vCenter",
    ),
    Case(
        "MT-04",
        unchanged,
        P,
        "mt-win-01: no snapshots",
        lambda w: w.vm("mt-win-01", has_snapshot=True),
        B,
        "mt-win-01: has snapshots",
        unknown=lambda w: w.vm("mt-win-01", has_snapshot=None),
        unknown_evidence="vCenter did not report snapshots of mt-win-01",
    ),
    Case(
        "MT-05",
        unchanged,
        P,
        "web-01: no snapshots",
        lambda w: w.vm("web-01", has_snapshot=True),
        W,
        "web-01: has snapshots",
        unknown=lambda w: w.no_vcenter(),
        unknown_evidence="vCenter was not read",
    ),
    Case(
        "MT-06",
        unchanged,
        P,
        "mt-win-01: tools status toolsOk",
        lambda w: w.vm("mt-win-01", tools_status="toolsNotRunning"),
        B,
        "mt-win-01: tools status toolsNotRunning",
        unknown=lambda w: w.unmapped.add("mt-win-01"),
        unknown_evidence="master target mt-win-01 was not mapped to a vCenter VM",
    ),
    Case(
        "MT-07",
        unchanged,
        P,
        "mt-win-01: disk.EnableUUID = true",
        lambda w: w.vm("mt-win-01", enable_uuid=None),
        B,
        "mt-win-01: disk.EnableUUID = not set",
        unknown=lambda w: w.ambiguous.update({"mt-win-01": ("mt-win-01", "mt-win-01-old")}),
        unknown_evidence="matches several vCenter VMs (mt-win-01, mt-win-01-old)",
    ),
    Case(
        "MT-08",
        unchanged,
        P,
        "esx-01.lab: 1 datastore(s), VMFS/vSAN: ds-vmfs-01 (VMFS)",
        _host_with_nfs_only,
        B,
        "esx-01.lab: 1 datastore(s), VMFS/vSAN: none",
        unknown=lambda w: (w.no_vcenter(), w.mt(datastores=())),
        unknown_evidence="vCenter was not read",
    ),
    Case(
        "MT-09",
        unchanged,
        P,
        "mt-win-01: SCSI controllers lsilogic-sas",
        lambda w: w.vm("mt-win-01", scsi_controller_types=("lsilogic-sas", "pvscsi")),
        B,
        "mt-win-01: SCSI controllers lsilogic-sas, pvscsi",
        unknown=lambda w: w.vm("mt-win-01", scsi_controller_types=()),
        unknown_evidence="vCenter reported no SCSI controller on mt-win-01",
    ),
    Case(
        "MT-10",
        unchanged,
        P,
        "mt-win-01: 10 + 2 disks <= 60 (12 / 60)",
        _four_disks_to_a_full_mt,
        B,
        "mt-win-01: 58 + 4 disks > 60 (62 / 60)",
    ),
    Case(
        "MT-11",
        unchanged,
        P,
        "mt-win-01: in Storage DRS = False; datastores in a Storage DRS cluster: none",
        lambda w: w.datastore(in_storage_drs=True),
        W,
        "datastores in a Storage DRS cluster: ds-vmfs-01",
        unknown=lambda w: w.no_vcenter(),
        unknown_evidence="vCenter was not read",
    ),
    Case(
        "MT-12",
        unchanged,
        P,
        f"web-01: ds-vmfs-01 mounted on {HOST}",
        _vm_on_datastore_the_host_lacks,
        B,
        f"web-01: ds-other is not mounted on {HOST}",
        unknown=lambda w: w.no_vcenter(),
        unknown_evidence="vCenter was not read",
    ),
    Case(
        "MT-12",
        unchanged,
        P,
        "mounted on",
        lambda w: w.datastore(writable_by_account=False),
        B,
        "web-01: ds-vmfs-01 is not writable",
        label="read-only",
    ),
    Case(
        "MT-13",
        unchanged,
        P,
        "web-01: found in vCenter",
        lambda w: w.remove_vm("web-01"),
        I,
        f"new VM on host {HOST}, datastore ds-vmfs-01",
    ),
    Case(
        "MT-14",
        unchanged,
        P,
        "mt-win-01: last heartbeat 2 min ago, version status Supported",
        lambda w: w.mt(last_heartbeat=ago(300), health_errors=("agent 9.41 no longer supported",)),
        B,
        "health error: agent 9.41 no longer supported",
    ),
    Case(
        "MT-14",
        unchanged,
        P,
        "version status Supported",
        lambda w: w.mt(version_status="UpdateRequired"),
        W,
        "version status UpdateRequired",
        label="update",
    ),
    Case(
        "MT-14",
        unchanged,
        P,
        "last heartbeat 2 min ago",
        lambda w: w.mt(validation_errors=("retention volume missing",)),
        B,
        "validation error: retention volume missing",
        label="validation",
    ),
    Case(
        "MT-14",
        unchanged,
        P,
        "Supported",
        lambda w: w.set(mt_id="mt-ghost"),
        B,
        "master target id mt-ghost",
        label="not-in-vault",
    ),
    Case(
        "MT-15",
        unchanged,
        P,
        "web-01: disk.EnableUUID = true",
        lambda w: w.vm("web-01", enable_uuid=False),
        W,
        "web-01: disk.EnableUUID = false",
        unknown=lambda w: w.vm("web-01", details_read=False),
        unknown_evidence="the details of VM web-01 were not read from vCenter",
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


# --- plan-wide rules name the offending VMs ------------------------------------------------------


def test_mt10_counts_every_vm_of_the_plan_and_names_them() -> None:
    verdicts = preflight(_four_disks_to_a_full_mt)
    mt10 = [v for v in verdicts if v.check_id == "MT-10"]
    assert len(mt10) == 1, "one verdict for the master target, not one per VM"
    assert "web-01: 2 disk(s)" in mt10[0].evidence and "web-02: 2 disk(s)" in mt10[0].evidence
    assert "(web-01, web-02)" in mt10[0].finding


def test_mt10_counts_only_the_disks_that_come_back() -> None:
    def with_temp_disk(w: World) -> None:
        w.mt(disk_count=57)
        w.item(
            disks=(
                disk("os", 127, is_os_disk=True),
                disk("data", 256),
                disk("d", 16, is_azure_temporary=True),
                disk("data2", 10),
            )
        )

    assert_outcome(with_temp_disk, "MT-10", P, "mt-win-01: 57 + 3 disks <= 60 (60 / 60)")


def test_mt02_names_the_vm_with_the_other_master_target() -> None:
    (mt02,) = [v for v in preflight(_second_mt_for_web02) if v.check_id == "MT-02"]
    assert mt02.subject == "recovery plan RP-Test"
    assert "web-01: Windows → mt-win-01" in mt02.evidence


def test_mt_checks_run_once_per_master_target_however_many_vms() -> None:
    verdicts = preflight(lambda w: plan_of(w, *(item(f"vm-{n:02d}") for n in range(10))))
    assert len([v for v in verdicts if v.check_id == "MT-04"]) == 1


@pytest.mark.parametrize(
    ("version", "key"),
    [
        ("Windows Server 2012 R2", ("windows server", (2012, 1))),
        ("Windows Server 2012", ("windows server", (2012,))),
        ("Ubuntu 20.04", ("ubuntu", (20, 4))),
        ("Red Hat Enterprise Linux 8.6", ("red hat enterprise linux", (8, 6))),
        ("unknown", None),
    ],
)
def test_os_version_key(version: str, key: tuple[str, tuple[int, ...]] | None) -> None:
    assert os_version_key(version) == key
