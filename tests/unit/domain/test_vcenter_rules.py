"""Issue 13, item 6: the vCenter-side rules read what vCenter shows. Table tests with the boundaries.

MT-10 counts the master target's devices too (the higher count decides); MT-04/MT-05 count and name
snapshots (the tree walked); a BIOS- or instance-UUID clash blocks with MT-03 naming both VMs;
templates never match; vSAN is usable for MT-08; each item's own configuration server.
"""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import pytest
from builders import HOST, World, item, master_target, preflight, vc_vm

from reprotect_gui.domain.checks.facts import configuration_server_for
from reprotect_gui.domain.checks.master_target import MAX_DISKS_PER_MASTER_TARGET, mt04, mt05, mt08, mt10
from reprotect_gui.domain.matching import BY_BIOS_UUID, BY_INSTANCE_UUID, BY_NAME, match_vm
from reprotect_gui.domain.models import (
    ConfigurationServer,
    DatastoreType,
    RecoverySite,
    VcDatastore,
    VcDisk,
    VCenterEstate,
    VcHost,
    VcMatch,
    VmLocator,
)
from reprotect_gui.domain.preflight import run_preflight
from reprotect_gui.domain.verdicts import Status

B, W, U, P = Status.BLOCK, Status.WARN, Status.UNKNOWN, Status.PASS


# --- MT-10: ASR's count and the master target's devices; the higher decides ------------------------------


def _mt_vm_with(disks: int):
    return vc_vm("mt-win-01", disks=tuple(VcDisk(f"Hard disk {n}", 10, f"u-{n}", "ds-vmfs-01") for n in range(disks)))


@pytest.mark.parametrize(
    ("asr", "vcenter", "adding", "status", "decides"),
    [
        (58, 1, 2, P, "58, ASR"),  # 60: just inside
        (59, 1, 2, B, "59, ASR"),  # 61: just outside
        (10, 58, 2, P, "58, vCenter"),  # vCenter shows more than ASR reports: it decides, 60 fits
        (10, 59, 2, B, "59, vCenter"),  # ... and 61 does not
        (30, 30, 30, P, "30, ASR"),  # equal counts: the same number either way
        (0, 0, 60, P, "0, ASR"),
        (0, 0, 61, B, "0, ASR"),
    ],
)
def test_mt10_counts_the_higher_of_asr_and_vcenter(asr, vcenter, adding, status, decides):
    v = mt10(master_target(disk_count=asr), [("web-01", adding)], mt_vm=_mt_vm_with(vcenter))
    assert v.status is status
    assert f"ASR reports {asr} disk(s), vCenter shows {vcenter} on VM mt-win-01" in v.evidence[0]
    assert f"the higher ({decides}) counts" in v.evidence[0]
    assert f"/ {MAX_DISKS_PER_MASTER_TARGET}" in v.evidence[1]


@pytest.mark.parametrize("details_read", [False, True])
def test_mt10_without_the_devices_says_vcenter_was_not_counted(details_read):
    vm = None if not details_read else replace(_mt_vm_with(70), details_read=False)
    v = mt10(master_target(disk_count=59), [("web-01", 1)], mt_vm=vm)
    assert v.status is P and "vCenter's count not read" in v.evidence[0]


def test_mt10_in_the_preflight_reads_the_master_targets_vm():
    def mt_with_many_devices(w: World) -> None:
        w.mt(disk_count=10)
        w.vms["mt-win-01"] = _mt_vm_with(60)  # 60 + web-01's disk = 61

    (v,) = [v for v in preflight(mt_with_many_devices) if v.check_id == "MT-10"]
    assert v.status is B and "vCenter shows 60" in v.evidence[0]


# --- MT-04 / MT-05: snapshots counted and named ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("has", "names", "mt04_status", "mt05_status", "evidence"),
    [
        (False, (), P, P, "vm-1: no snapshots"),
        (True, ("before-patch",), B, W, "vm-1: 1 snapshot(s): before-patch"),
        (True, ("a", "a.1", "a.1.1"), B, W, "vm-1: 3 snapshot(s): a, a.1, a.1.1"),
        (True, (), B, W, "vm-1: has snapshots (vCenter did not name them)"),
        (None, (), U, U, "vCenter did not report snapshots of vm-1"),
    ],
)
def test_snapshots_are_counted_and_named(has, names, mt04_status, mt05_status, evidence):
    vm = vc_vm("vm-1", has_snapshot=has, snapshot_names=names)
    for v, status in ((mt04(master_target(), vm), mt04_status), (mt05(vm, "web-01"), mt05_status)):
        assert v.status is status
        assert any(evidence in e for e in v.evidence), v.evidence
        if names:
            assert f"{len(names)} snapshot(s)" in v.finding and names[0] in v.finding


def _snapshot(name, *children):
    return SimpleNamespace(name=name, snapshot=SimpleNamespace(_moId=f"snap-{name}"), childSnapshotList=list(children))


def test_the_snapshot_tree_is_walked_depth_first_and_a_long_chain_does_not_recurse():
    from reprotect_gui.vsphere.inventory import _snapshot_names

    tree = [_snapshot("base", _snapshot("patch-1", _snapshot("patch-2")), _snapshot("branch")), _snapshot("other")]
    assert _snapshot_names(tree) == ("base", "patch-1", "patch-2", "branch", "other")
    assert _snapshot_names(()) == ()
    chain = _snapshot("s-0")
    node = chain
    for n in range(1, 5000):  # far deeper than Python's recursion limit
        child = _snapshot(f"s-{n}")
        node.childSnapshotList = [child]
        node = child
    assert len(_snapshot_names([chain])) == 5000


# --- MT-03: a BIOS- or instance-UUID clash blocks, naming both VMs ------------------------------------------


def _with_match(w: World, key: str, match: VcMatch):
    inp = w.input()
    return run_preflight(replace(inp, matches={**inp.matches, key: match}))


@pytest.mark.parametrize(
    ("matched_by", "status"),
    [(BY_BIOS_UUID, B), (BY_INSTANCE_UUID, B), (BY_NAME, U)],  # a name clash is not a UUID clash
)
def test_mt03_blocks_when_the_vms_uuid_matches_two_vcenter_vms(matched_by, status):
    w = World()
    locator = VmLocator("web-01", bios_uuid="4211-aaaa", instance_uuid="5011-bbbb")
    clash = VcMatch(locator, None, matched_by, ("web-01", "web-01-clone"))
    (v,) = [v for v in _with_match(w, "web-01", clash) if v.check_id == "MT-03"]
    assert v.status is status
    if status is B:
        assert "web-01 and web-01-clone" in v.finding and "on-premises VM" in v.finding
        uuid = "4211-aaaa" if matched_by == BY_BIOS_UUID else "5011-bbbb"
        assert v.evidence == (f"{matched_by} {uuid}: web-01 and web-01-clone",)


def test_mt03_blocks_when_the_master_targets_uuid_matches_two_vms():
    w = World()
    locator = VmLocator("mt-win-01", bios_uuid="uuid-mt-win-01")
    clash = VcMatch(locator, None, BY_BIOS_UUID, ("mt-win-01", "mt-win-01-old"))
    (v,) = [v for v in _with_match(w, "mt-win-01", clash) if v.check_id == "MT-03"]
    assert v.status is B and "master target" in v.finding and "mt-win-01 and mt-win-01-old" in v.finding


@pytest.mark.parametrize(
    ("vm_uuid", "mt_uuid", "status"),
    [
        ("4211c0de-0000-4000-8000-000000000101", "4211c0de-0000-4000-8000-000000000101", B),  # the same
        ("4211C0DE-0000-4000-8000-000000000101", "{4211c0de-0000-4000-8000-000000000101}", B),  # same, other form
        ("4211c0de-0000-4000-8000-000000000101", "4211c0de-0000-4000-8000-000000000102", P),  # one digit apart
    ],
)
def test_mt03_blocks_when_the_vm_and_the_master_target_share_a_bios_uuid(vm_uuid, mt_uuid, status):
    def same_uuid(w: World) -> None:
        w.vm("web-01", bios_uuid=vm_uuid)
        w.vm("mt-win-01", bios_uuid=mt_uuid)

    (v,) = [v for v in preflight(same_uuid) if v.check_id == "MT-03"]
    assert v.status is status
    if status is B:
        assert "web-01" in v.finding and "mt-win-01" in v.finding and "BIOS" in v.finding


def test_two_vms_with_one_bios_uuid_are_ambiguous_by_bios_uuid():
    a, b = vc_vm("web-01", bios_uuid="4211-dup"), vc_vm("web-01-copy", bios_uuid="4211-dup")
    match = match_vm(VmLocator("web-01", bios_uuid="4211-dup"), [a, b])
    assert match.ambiguous and match.matched_by == BY_BIOS_UUID and match.candidates == ("web-01", "web-01-copy")


# --- templates never match --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("template_first", "with_vm", "found"),
    [(True, True, "web-01"), (False, True, "web-01"), (True, False, None)],
)
def test_a_template_never_matches(template_first, with_vm, found):
    template = vc_vm("web-01", moref="vm-tmpl", is_template=True, bios_uuid="4211-x")
    vm = vc_vm("web-01", moref="vm-real", bios_uuid="4211-x")
    vms = [template, vm] if template_first else [vm, template]
    if not with_vm:
        vms = [template]
    for locator in (VmLocator("web-01", bios_uuid="4211-x"), VmLocator("web-01")):  # by UUID, then by name
        match = match_vm(locator, vms)
        assert (match.vm.moref if match.vm else None) == ("vm-real" if found else None)
        assert not match.ambiguous


# --- MT-08: vSAN is usable -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("types", "status"),
    [
        ((DatastoreType.VSAN,), P),
        ((DatastoreType.VMFS,), P),
        ((DatastoreType.NFS, DatastoreType.VSAN), P),
        ((DatastoreType.NFS,), B),
        ((DatastoreType.NFS, DatastoreType.NFS41, DatastoreType.OTHER), B),
        ((), B),
    ],
)
def test_mt08_counts_vmfs_and_vsan_as_usable(types, status):
    datastores = tuple(VcDatastore(f"ds-{n}", t, 1000, 500, True, (HOST,)) for n, t in enumerate(types))
    vcenter = VCenterEstate(
        "vc", (VcHost(HOST, "VMware ESXi 7.0.3", "Enterprise Plus", "connected", tuple(d.name for d in datastores)),),
        datastores, (),
    )  # fmt: skip
    v = mt08(master_target(), vcenter)
    assert v.status is status
    if DatastoreType.VSAN in types:
        assert "(vsan)" in v.evidence[0]


# --- the item's own configuration server -------------------------------------------------------------------


def _site(*servers: ConfigurationServer) -> RecoverySite:
    return RecoverySite("v", (), (), servers, (), (), (), None)


CS1 = ConfigurationServer("cs-1", "cs-tokyo-01", "10.0.0.1", None, "9.59")
CS2 = ConfigurationServer("cs-2", "cs-osaka-01", "10.0.0.2", None, "9.59")


@pytest.mark.parametrize(
    ("servers", "named", "expected"),
    [
        ((CS1, CS2), "cs-2", CS2),  # the item's own, not the first
        ((CS1, CS2), "cs-1", CS1),
        ((CS1, CS2), "cs-9", None),  # names one the vault does not have
        ((CS1, CS2), "", None),  # several, and the item names none: can't be told
        ((CS1,), "", CS1),  # one: items need not name it
        ((), "", None),
    ],
)
def test_each_item_gets_its_own_configuration_server(servers, named, expected):
    assert configuration_server_for(_site(*servers), item(configuration_server_id=named)) is expected
