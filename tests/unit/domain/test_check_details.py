"""Details of the checks that the catalogue tables pass over: which of several objects a fact is taken from,
which of two texts is shown, a flag that is True, False or not known. Each case pins one comparison that a
mutant of benchmarks/mutation.py changed without any other test noticing."""

from __future__ import annotations

from dataclasses import replace

from builders import NOW, World, assert_outcome, item, master_target, plan_of, seen, volume
from rcm_builders import appliance, rcm_item, rcm_world

from reprotect_gui.domain.checks.facts import VCENTER_NOT_READ, Presence, VmLookup
from reprotect_gui.domain.checks.master_target import mt08
from reprotect_gui.domain.checks.modernized import rcm01, rcm02, rcm03
from reprotect_gui.domain.checks.retention import ret08, volume_verdicts
from reprotect_gui.domain.checks.site import inf06
from reprotect_gui.domain.models import DatastoreType, VcDisk
from reprotect_gui.domain.verdicts import Status

B, W, P, U, I = Status.BLOCK, Status.WARN, Status.PASS, Status.UNKNOWN, Status.INFO


# --- DS-05: the free space of a datastore only ASR lists -----------------------------------------------------------


def test_ds05_takes_the_free_space_of_the_named_datastore_from_asr():
    def world(w: World) -> None:
        w.remove_vm("web-01")
        w.datastore_name = "ds-asr-only"
        w.mt(datastores=(seen("ds-vmfs-01", free_gb=5000), seen("ds-asr-only", free_gb=100)))

    assert_outcome(world, "DS-05", W, "ds-asr-only: 100 GB free")


# --- DS-06: an RDM disk seen only in vCenter --------------------------------------------------------------------


def test_ds06_an_rdm_disk_known_to_vcenter_only_is_named():
    rdm = VcDisk("Hard disk 3", 50, "rdm-uuid", "ds-vmfs-01", is_rdm=True)

    def world(w: World) -> None:
        vm = w.vms["web-01"]
        w.vm("web-01", disks=(*vm.disks, rdm))

    assert_outcome(world, "DS-06", I, "web-01: RDM disk(s) Hard disk 3")  # the VM exists: they come back to it


# --- MT-08 without vCenter: ASR's datastore types --------------------------------------------------------------


def test_mt08_without_vcenter_passes_on_an_asr_vmfs_datastore_only():
    assert mt08(master_target(datastores=(seen("ds-vmfs-01"),)), None).status is P
    nfs_only = master_target(datastores=(seen("ds-nfs-01", DatastoreType.NFS),))
    assert mt08(nfs_only, None).status is not P


# --- MT-10: each master target counts its own VMs' disks ---------------------------------------------------------


def test_mt10_counts_only_the_vms_going_to_that_master_target():
    def world(w: World) -> None:
        w.add_item(item("web-02"))
        w.mts.append(master_target("mt-win-02", vm=None))
        w.mt_for = {"web-02": "mt-win-02"}

    v = assert_outcome(world, "MT-10", P, "mt-win-01: 10 + 2 disks")
    assert v is not None and not any("web-02" in e for e in v.evidence if e.startswith("web-"))


# --- MT-12: why the VM's datastores can't be judged, and an inaccessible one -------------------------------------


def test_mt12_unknown_names_why_the_vm_is_not_known():
    assert_outcome(lambda w: w.unmapped.add("web-01"), "MT-12", U, "web-01 was not mapped to a vCenter VM")


def test_mt12_an_inaccessible_datastore_blocks():
    assert_outcome(lambda w: w.datastore(accessible=False), "MT-12", B, "ds-vmfs-01 is inaccessible")


# --- INF-06: the wizard's own vCenter account as evidence ---------------------------------------------------------


def test_inf06_shows_what_the_connected_account_may_browse_only_when_known():
    blind = master_target(datastores=())
    vcenter = World().vcenter()
    assert vcenter is not None

    def evidence(can_browse: bool | None) -> str:
        return " ".join(inf06(blind, replace(vcenter, account_can_browse_datastores=can_browse)).evidence)

    assert "can browse datastores" not in evidence(None)
    assert "can browse datastores = False" in evidence(False)
    assert "can browse datastores = True" in evidence(True)


# --- RCM-01: health errors alone are a warning -------------------------------------------------------------------


def test_rcm01_health_errors_on_a_normal_appliance_warn():
    assert rcm01(appliance(health_errors=("disk latency high",)), NOW).status is W
    assert rcm01(appliance(health="Warning"), NOW).status is W
    assert rcm01(appliance(), NOW).status is P


# --- RCM-02: which datastores are on Storage DRS, and why a datastore is not known ---------------------------------


def _found(w):
    return VmLookup(Presence.FOUND, vm=w.vms["intranet-01"])


def test_rcm02_the_vms_own_datastore_on_storage_drs_warns():
    w = rcm_world().datastore(0, in_storage_drs=True)
    assert rcm02(w.site().appliances[0], rcm_item(), _found(w), w.vcenter()).status is W


def test_rcm02_a_chosen_datastore_on_storage_drs_warns():
    w = rcm_world().datastore(1, in_storage_drs=True)  # ds-vmfs-02, not the VM's own
    a = w.site().appliances[0]
    assert rcm02(a, rcm_item(), _found(w), w.vcenter()).status is P
    assert rcm02(a, rcm_item(), _found(w), w.vcenter(), "ds-vmfs-02").status is W


def test_rcm02_unknown_says_whether_vcenter_was_read():
    it = rcm_item(rcm=replace(rcm_item().rcm, source_datastores=()))
    w = rcm_world()
    vm_without_datastores = replace(w.vms["intranet-01"], datastore_names=(), disks=())
    found = VmLookup(Presence.FOUND, vm=vm_without_datastores)
    read = rcm02(w.site().appliances[0], it, found, w.vcenter())
    assert read.status is U and "neither vCenter nor ASR named the VM's datastores" in read.finding
    unknown = VmLookup(Presence.UNKNOWN, why=VCENTER_NOT_READ)
    not_read = rcm02(w.site().appliances[0], it, unknown, None)
    assert not_read.status is U and VCENTER_NOT_READ in not_read.finding


# --- RCM-03: the account's write permission: False blocks, True and not known do not -----------------------------


def test_rcm03_only_a_datastore_known_not_writable_blocks():
    w = rcm_world().gone()
    a = w.site().appliances[0]
    gone = VmLookup(Presence.ABSENT, why="intranet-01 is not in vCenter")
    for writable, blocks in ((True, False), (None, False), (False, True)):
        w.datastore(1, writable_by_account=writable)
        assert (rcm03(a, w.items[0], gone, "ds-vmfs-02", w.vcenter()).status is B) is blocks, writable


# --- RET-08, volume checks: subjects and a one-byte volume ---------------------------------------------------------


def test_volume_verdicts_are_about_the_volume_unless_told():
    vol = volume("R:")
    assert {v.subject for v in volume_verdicts(vol)} == {"R:"}
    assert {v.subject for v in volume_verdicts(vol, "web-01")} == {"web-01"}


def test_ret08_a_full_one_byte_volume_is_over_its_threshold():
    vol = replace(volume(), capacity_bytes=1, free_bytes=0, threshold_percent=80)
    assert ret08(vol).status is W


# --- SUB-02: names, replication groups --------------------------------------------------------------------------


def test_sub02_names_the_vm_left_out_of_a_plan_by_its_name():
    def world(w: World) -> None:
        plan_of(w, item("web-02", item_id="id-web-02"))
        w.request_items = ["web-01"]

    v = assert_outcome(world, "SUB-02", B, "missing: web-02")
    assert v is not None and "id-web-02" not in " ".join(v.evidence)


def test_sub02_a_whole_replication_group_in_a_plan_passes():
    def world(w: World) -> None:
        w.item(replication_group="grp")
        plan_of(w, item("web-02", replication_group="grp"))

    assert_outcome(world, "SUB-02", I, "plan RP-Test")
    v = [v for v in _preflight(world) if v.check_id == "SUB-02" and v.subject == "grp"]
    assert [x.status for x in v] == [P]


def test_sub02_part_of_a_replication_group_in_a_plan_blocks_naming_who_is_left_out():
    def world(w: World) -> None:
        w.item(replication_group="grp")
        w.add_item(item("web-02", replication_group="grp"))
        w.add_item(item("web-03"))
        w.plan = plan_of(World(), item("web-03")).plan
        w.plan = replace(w.plan, item_ids=("web-01", "web-03"))
        w.request_items = ["web-01", "web-03"]

    v = [v for v in _preflight(world) if v.check_id == "SUB-02" and v.subject == "grp"]
    assert [x.status for x in v] == [B] and "web-02 left out" in v[0].finding


def _preflight(mutate):
    from builders import preflight

    return preflight(mutate)


# --- SUB-05, SUB-06 ------------------------------------------------------------------------------------------------


def test_sub05_an_unknown_location_says_why():
    assert_outcome(lambda w: w.no_vcenter(), "SUB-05", I, VCENTER_NOT_READ)
    v = assert_outcome(lambda w: None, "SUB-05", I, "original location")
    assert v is not None and len(v.evidence) == 1


def test_sub06_names_the_scope():
    assert _sub06(lambda w: None) == "Failback (the next step) needs at least one recovery point for the VM."
    assert _sub06(lambda w: w.add_item(item("web-02"))).endswith("for every VM.")
    assert _sub06(lambda w: plan_of(w, item("web-02"))).endswith("for every VM of plan RP-Test.")


def _sub06(mutate) -> str:
    (v,) = [v for v in _preflight(mutate) if v.check_id == "SUB-06"]
    return v.finding
