"""Section D (DS-*): one row per catalog ID — pass, fail, and unknown where a fact can be missing."""

from __future__ import annotations

import pytest
from builders import Case, World, assert_outcome, disk, item, seen, unchanged

from reprotect_gui.domain.models import DatastoreType
from reprotect_gui.domain.preflight import default_disks_to_include
from reprotect_gui.domain.verdicts import Status

B, W, I, P = Status.BLOCK, Status.WARN, Status.INFO, Status.PASS


def _choose(w: World, name: str, kind: DatastoreType) -> None:
    w.mt(datastores=(seen(), seen(name, kind)))
    w.datastore_name = name


def _rdm(w: World) -> None:
    w.item(disks=(disk("web-01-os", 127, is_os_disk=True), disk("web-01-data", 256, is_rdm=True)))


def _with_temp_disk(w: World) -> None:
    w.item(disks=(*item().disks, disk("web-01-temp", 16, name="Temporary Storage (D:)", is_azure_temporary=True)))


CASES = [
    Case(
        "DS-01",
        unchanged,
        P,
        "ds-vmfs-01: type VMFS",
        lambda w: _choose(w, "ds-nfs", DatastoreType.NFS),
        B,
        "ds-nfs: type NFS",
        unknown=lambda w: w.set(datastore_name="ds-ghost"),
        unknown_evidence="ds-ghost: not listed by ASR on mt-win-01 nor found in vCenter",
    ),
    Case(
        "DS-01",
        unchanged,
        P,
        "type VMFS",
        lambda w: _choose(w, "vsanDatastore", DatastoreType.VSAN),
        W,
        "vsanDatastore: type vsan",
        label="vsan",
    ),
    Case(
        "DS-02",
        unchanged,
        P,
        "ds-vmfs-01: mounted on esx-01.lab; accessible = True",
        lambda w: w.datastore(host_names=("esx-02.lab",)),
        B,
        "ds-vmfs-01: mounted on esx-02.lab; accessible = True",
        unknown=lambda w: w.no_vcenter(),
        unknown_evidence="mt-win-01: host esx-01.lab",
    ),
    Case(
        "DS-02",
        unchanged,
        P,
        "accessible = True",
        lambda w: w.datastore(accessible=False),
        B,
        "accessible = False",
        label="inaccessible",
    ),
    Case(
        "DS-02",
        unchanged,
        P,
        "mounted on esx-01.lab",
        lambda w: w.set(datastore_name="ds-elsewhere"),
        B,
        "mt-win-01: datastores ds-vmfs-01",
        label="not-on-mt",
    ),
    Case(
        "DS-03",
        lambda w: w.remove_vm("web-01"),
        P,
        "on-premises VM web-01 is not in vCenter vc-01.lab",
        unchanged,
        I,
        "web-01: exists on-premises",
    ),
    Case(
        "DS-04",
        unchanged,
        P,
        "web-01: exists on-premises",
        lambda w: w.remove_vm("web-01"),
        I,
        "on-premises VM web-01 is not in vCenter vc-01.lab",
    ),
    Case(
        "DS-05",
        lambda w: w.remove_vm("web-01"),
        P,
        "ds-vmfs-01: 2000 GB free >= 383 GB of disks",
        lambda w: (w.remove_vm("web-01"), w.datastore(free_gb=100)),
        W,
        "ds-vmfs-01: 100 GB free < 383 GB of disks",
        unknown=lambda w: w.no_vcenter(),
        unknown_evidence="vCenter was not read",
    ),
    Case(
        "DS-06",
        unchanged,
        P,
        "web-01: no RDM disk",
        lambda w: (_rdm(w), w.remove_vm("web-01")),
        B,
        "web-01: RDM disk(s) web-01-data",
        unknown=lambda w: (_rdm(w), w.no_vcenter()),
        unknown_evidence="web-01: RDM disk(s) web-01-data",
    ),
    Case("DS-06", unchanged, P, "no RDM disk", _rdm, I, "web-01: RDM disk(s) web-01-data", label="original-vm"),
    Case(
        "DS-07",
        unchanged,
        P,
        "web-01: brings back web-01-os (127 GB, OS), web-01-data (256 GB)",
        _with_temp_disk,
        I,
        "web-01: leaves out Temporary Storage (D:) (16 GB, temporary)",
    ),
    Case(
        "DS-07",
        unchanged,
        P,
        "brings back",
        lambda w: w.disks_to_include.update({"web-01": ("web-01-os", "nope")}),
        B,
        "unknown disk ids: nope",
        label="unknown-disk",
    ),
    Case(
        "DS-07",
        unchanged,
        P,
        "(256 GB)",
        lambda w: (_with_temp_disk(w), w.disks_to_include.update({"web-01": ("web-01-os", "web-01-temp")})),
        I,
        "web-01: brings back web-01-os (127 GB, OS), Temporary Storage (D:) (16 GB, temporary)",
        label="temp-included",
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


def test_default_disks_leave_out_only_the_temporary_disk() -> None:
    it = item(disks=(disk("os", 127, is_os_disk=True), disk("temp", 16, is_azure_temporary=True), disk("data", 10)))
    assert default_disks_to_include(it) == ("os", "data")
