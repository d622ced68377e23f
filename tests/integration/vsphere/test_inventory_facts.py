"""Every vCenter fact the checks need, read by PyVmomiInventory from the shaped vcsim.

Expected values come from the shape vcsim was built from (lab_shape.py), object by object.
Two reads: `read` mixes locators found directly with two only the full index can decide (the
fallback path); `direct` names only VMs vCenter's SearchIndex finds, and must never list every VM.
"""

from __future__ import annotations

import json

import lab_shape
import pytest
from vsphere_testkit import PAGE_CAP, RecordingContext

from reprotect_gui.domain import matching
from reprotect_gui.domain.models import DatastoreType, VCenterEstate, VmLocator

pytestmark = pytest.mark.integration

SHAPE = lab_shape.lab_shape()
SHAPE_VMS = {vm["name"]: vm for vm in SHAPE["vms"]}
SHAPE_HOSTS = {h["name"]: h for h in SHAPE["hosts"]}
SHAPE_DATASTORES = {d["name"]: d for d in SHAPE["datastores"]}


def training_locators() -> list[VmLocator]:
    """How ASR names the master targets and protected VMs in the training estate."""
    estate = json.loads(lab_shape.TRAINING_ESTATE.read_text())
    locators = [
        VmLocator(name=mt["vm"]["name"], bios_uuid=mt["vm"].get("bios_uuid"))
        for mt in estate["master_targets"]
        if mt.get("vm")
    ]
    for item in estate["items"]:
        on_prem = item.get("on_prem") or {}
        if on_prem.get("exists"):
            ip = on_prem.get("ip")
            locators.append(
                VmLocator(name=on_prem["name"], bios_uuid=on_prem.get("bios_uuid"), ip_addresses=(ip,) if ip else ())
            )
    return locators


BY_INSTANCE = VmLocator(name="renamed-in-asr", instance_uuid=lab_shape.instance_uuid(lab_shape.COLLIDING_VM))
BY_IP_AMBIGUOUS = VmLocator(name="not-in-vcenter-by-name", ip_addresses=(lab_shape.SHARED_IP,))
MISSING = VmLocator(name="decommissioned-01", bios_uuid="4211ffff-0000-4000-8000-000000000999")


@pytest.fixture(scope="module")
def read(vcsim, pki):
    from reprotect_gui.vsphere import PyVmomiInventory

    inventory = PyVmomiInventory(
        vcsim.host, lab_shape.ADMIN_USER, lab_shape.ADMIN_PASSWORD, port=vcsim.port, ca_file=pki.ca_file
    )
    ctx = RecordingContext()
    focus = [*training_locators(), BY_INSTANCE, BY_IP_AMBIGUOUS, MISSING]
    estate = inventory.read_estate(focus, ctx)
    inventory.close()
    return estate, ctx, focus


CLASH = VmLocator(name="clone-app", bios_uuid=lab_shape.SHARED_BIOS_UUID)
CLASH_BY_INSTANCE = VmLocator(name="", instance_uuid=lab_shape.instance_uuid(lab_shape.SAME_BIOS_UUID_VMS[0]))
NAME_AND_IP = VmLocator(name=lab_shape.SAME_IP_VMS[1], ip_addresses=(lab_shape.SHARED_IP,))


@pytest.fixture(scope="module")
def direct(vcsim, pki):
    from reprotect_gui.vsphere import PyVmomiInventory

    inventory = PyVmomiInventory(
        vcsim.host, lab_shape.ADMIN_USER, lab_shape.ADMIN_PASSWORD, port=vcsim.port, ca_file=pki.ca_file
    )
    ctx = RecordingContext()
    focus = [*training_locators(), BY_INSTANCE, CLASH, CLASH_BY_INSTANCE, NAME_AND_IP]
    estate = inventory.read_estate(focus, ctx)
    inventory.close()
    return estate, ctx, focus


@pytest.fixture(scope="module")
def estate(read) -> VCenterEstate:
    return read[0]


def vm(estate: VCenterEstate, name: str):
    return next(v for v in estate.vms if v.name == name)


# --- hosts (INF-08, MT-08, DS-02) -----------------------------------------------------------


def test_every_host_with_product_licence_state_and_datastores(estate):
    assert {h.name for h in estate.hosts} == set(SHAPE_HOSTS)
    for host in estate.hosts:
        shaped = SHAPE_HOSTS[host.name]
        assert host.product == shaped["product"]
        assert host.license_edition == shaped["license_name"]
        assert host.connection_state == shaped["connection_state"]
        expected = {d["name"] for d in SHAPE["datastores"] if host.name in d["hosts"]}
        assert set(host.datastore_names) == expected


def test_free_edition_host_is_recognised_inf08(estate):
    free = [h.name for h in estate.hosts if h.is_free_edition]
    assert free == [n for n, h in SHAPE_HOSTS.items() if "Hypervisor" in h["license_name"]]
    assert free  # the shape must keep one


def test_disconnected_host_reported(estate):
    assert estate.host(lab_shape.DISCONNECTED_HOST).connection_state == "disconnected"


# --- datastores (DS-01, DS-02, DS-05, MT-11) -------------------------------------------------


def test_every_datastore_with_type_sizes_access_and_mounts(estate):
    assert {d.name for d in estate.datastores} == set(SHAPE_DATASTORES)
    for ds in estate.datastores:
        shaped = SHAPE_DATASTORES[ds.name]
        assert ds.type is DatastoreType.parse(shaped["type"])
        assert ds.capacity_gb == pytest.approx(shaped["capacity_gb"])
        assert ds.free_gb == pytest.approx(shaped["free_gb"])
        assert ds.accessible is shaped["accessible"]
        assert set(ds.host_names) == set(shaped["hosts"])


def test_vmfs_vsan_and_nfs_types_all_present_ds01(estate):
    types = {d.type for d in estate.datastores}
    assert {DatastoreType.VMFS, DatastoreType.VSAN, DatastoreType.NFS, DatastoreType.NFS41} <= types


def test_storage_drs_membership_of_datastores_mt11(estate):
    in_pod = {d.name for d in estate.datastores if d.in_storage_drs}
    assert in_pod == {lab_shape.SDRS_DATASTORE}


def test_storage_drs_of_vms_honours_the_per_vm_override_mt11(estate):
    on_pod = [v for v in estate.vms if lab_shape.SDRS_DATASTORE in v.datastore_names]
    assert {v.name for v in on_pod if v.in_storage_drs} == {
        v.name for v in on_pod if v.name != lab_shape.SDRS_EXCLUDED_VM
    }
    assert not vm(estate, lab_shape.SDRS_EXCLUDED_VM).in_storage_drs


# --- the light index of every VM --------------------------------------------------------------


def test_light_index_of_every_vm(estate):
    assert {v.name for v in estate.vms} == set(SHAPE_VMS)
    for v in estate.vms:
        shaped = SHAPE_VMS[v.name]
        assert v.instance_uuid == shaped["instance_uuid"]
        if shaped["bios_uuid"]:
            assert v.bios_uuid == shaped["bios_uuid"]
        assert v.power_state == shaped["power_state"]
        assert v.is_template is shaped["template"]
        assert v.host_name == shaped["host"]
        expected_ds = {shaped["datastore"]} | {
            d["datastore"] for c in shaped["controllers"] for d in c["disks"] if d["datastore"]
        }
        assert set(v.datastore_names) == expected_ds
        assert v.ip_addresses == ((shaped["ip"],) if shaped["ip"] else ())
        family = "windowsGuest" if shaped["guest_id"].startswith("windows") else "linuxGuest"
        assert v.guest_family == family


def test_inventory_read_follows_continuation_tokens(read):
    estate, ctx, _ = read
    vm_pages = [text for _, text in ctx.reports if text.startswith("Reading virtual machines")]
    # pages of PAGE_CAP objects: the whole list arrived through ContinueRetrievePropertiesEx
    assert len(vm_pages) == -(-len(SHAPE_VMS) // PAGE_CAP)
    assert len(estate.vms) == len(SHAPE_VMS) > PAGE_CAP


# --- heavy details, only for the VMs that matter --------------------------------------------


def focus_names(read) -> set[str]:
    estate, _, _ = read
    return {m.vm.name for m in estate.matches if m.vm is not None}


def test_details_read_only_for_matched_vms(read):
    estate, _, _ = read
    chosen = focus_names(read)
    assert chosen  # MTs and training VMs were found
    # plus the two VMs the ambiguous locator's IP search returned (read in the same pass)
    assert {v.name for v in estate.vms if v.details_read} == chosen | set(lab_shape.SAME_IP_VMS)
    detailed = chosen | set(lab_shape.SAME_IP_VMS)
    assert all(not v.disks and v.has_snapshot is None for v in estate.vms if v.name not in detailed)


def test_disks_controllers_enableuuid_tools_snapshot_of_focus_vms(read):
    estate, _, _ = read
    for name in focus_names(read):
        v, shaped = vm(estate, name), SHAPE_VMS[name]
        shaped_disks = [d for c in shaped["controllers"] for d in c["disks"]]
        assert [d.backing_uuid for d in v.disks] == [d["uuid"] for d in shaped_disks]
        assert [d.size_gb for d in v.disks] == [pytest.approx(d["size_gb"]) for d in shaped_disks]
        assert [d.datastore_name for d in v.disks] == [d["datastore"] or shaped["datastore"] for d in shaped_disks]
        assert not any(d.is_rdm for d in v.disks)
        assert list(v.scsi_controller_types) == [c["type"] for c in shaped["controllers"]]
        assert v.enable_uuid is {"TRUE": True, "FALSE": False, "": None}[shaped["enable_uuid"]]
        assert v.tools_status == shaped["tools_status"]
        assert v.has_snapshot is shaped["snapshot"]


def test_controller_types_include_lsilogic_and_paravirtual_mt09(estate):
    kinds = {kind for v in estate.vms for kind in v.scsi_controller_types}
    assert {"lsilogic", "lsilogic-sas", "pvscsi"} <= kinds


def test_enable_uuid_true_false_and_unset_are_distinguished_mt07(estate):
    values = {v.enable_uuid for v in estate.vms if v.details_read}
    assert values == {True, False, None}


def test_tools_not_running_and_snapshots_visible_mt04_mt06(estate):
    detailed = [v for v in estate.vms if v.details_read]
    assert any(v.tools_status == "toolsNotRunning" for v in detailed)
    assert any(v.tools_status == "toolsOk" for v in detailed)
    assert any(v.has_snapshot for v in detailed) and any(v.has_snapshot is False for v in detailed)


def test_disk_uuid_collision_between_mt_and_vm_is_visible_mt03(estate):
    mt = vm(estate, "mt-lnx-01")
    other = vm(estate, lab_shape.COLLIDING_VM)
    shared = {d.backing_uuid for d in mt.disks} & {d.backing_uuid for d in other.disks}
    assert shared == {SHAPE_VMS["mt-lnx-01"]["controllers"][0]["disks"][0]["uuid"]}


# --- matching ASR to vCenter --------------------------------------------------------------------


def test_each_focus_locator_has_a_match_outcome(read):
    estate, _, focus = read
    assert [m.locator for m in estate.matches] == focus


def test_training_vms_match_by_bios_uuid(read):
    estate, _, _ = read
    for m in estate.matches[: len(training_locators())]:
        assert m.vm is not None, m.locator
        assert m.matched_by == "BIOS UUID"
        assert m.vm.name == m.locator.name


def test_match_by_instance_uuid_despite_other_name(estate):
    m = next(m for m in estate.matches if m.locator == BY_INSTANCE)
    assert (m.vm.name, m.matched_by) == (lab_shape.COLLIDING_VM, "instance UUID")


def test_two_vms_with_one_ip_are_ambiguous_not_guessed(estate):
    m = next(m for m in estate.matches if m.locator == BY_IP_AMBIGUOUS)
    assert m.vm is None and m.ambiguous
    assert m.candidates == lab_shape.SAME_IP_VMS


def test_missing_vm_is_reported_missing(estate):
    m = next(m for m in estate.matches if m.locator == MISSING)
    assert m.vm is None and not m.ambiguous and m.matched_by == ""


# --- the administrator's view: nothing partial, every privilege (INF-06) -------------------


def test_administrator_sees_a_complete_inventory_with_all_privileges(estate):
    assert estate.unreadable_objects == ()
    assert estate.account_name == lab_shape.ADMIN_USER
    assert estate.account_can_browse_datastores is True
    assert all(d.writable_by_account is True and d.missing_privileges == () for d in estate.datastores)
    assert all(h.missing_privileges == () for h in estate.hosts)


# --- direct lookups: the cost follows the plan ----------------------------------------------------


def test_direct_lookups_never_list_every_vm(direct):
    estate, ctx, _ = direct
    assert not [text for _, text in ctx.reports if text.startswith("Reading virtual machines")]
    found = {m.vm.name for m in estate.matches if m.vm is not None}
    clash = set(lab_shape.SAME_BIOS_UUID_VMS)
    assert {v.name for v in estate.vms} == found | clash | set(lab_shape.SAME_IP_VMS)
    assert len(estate.vms) < len(SHAPE_VMS)
    assert all(v.details_read for v in estate.vms)  # light and heavy properties in one pass


def test_direct_matches_say_how_each_vm_was_found(direct):
    estate, _, focus = direct
    assert [m.locator for m in estate.matches] == focus
    by_locator = {m.locator: m for m in estate.matches}
    for locator in training_locators():
        m = by_locator[locator]
        assert (m.vm.name, m.matched_by, m.found_by) == (locator.name, "BIOS UUID", matching.FOUND_BY_UUID)
    assert by_locator[BY_INSTANCE].found_by == matching.FOUND_BY_UUID
    assert by_locator[BY_INSTANCE].matched_by == "instance UUID"
    m = by_locator[NAME_AND_IP]
    assert (m.vm.name, m.matched_by, m.found_by) == (lab_shape.SAME_IP_VMS[1], "name and IP", matching.FOUND_BY_IP)
    assert "found by direct: SearchIndex.FindAllByIp" in matching.describe(m)


def test_uuid_clash_still_found_with_direct_lookups_mt03(direct):
    estate, _, _ = direct
    m = next(m for m in estate.matches if m.locator == CLASH)
    assert m.vm is None and m.ambiguous and m.matched_by == "BIOS UUID"
    assert m.candidates == lab_shape.SAME_BIOS_UUID_VMS  # both VMs named, none guessed
    assert m.found_by == matching.FOUND_BY_UUID


def test_every_vm_carrying_a_matched_uuid_is_read_mt03(direct):
    """Matched by its unique instance UUID, the VM's BIOS UUID is shared: the other VM is read too."""
    estate, _, _ = direct
    m = next(m for m in estate.matches if m.locator == CLASH_BY_INSTANCE)
    assert m.vm.name == lab_shape.SAME_BIOS_UUID_VMS[0]
    twins = [v for v in estate.vms if v.bios_uuid == lab_shape.SHARED_BIOS_UUID]
    assert sorted(v.name for v in twins) == list(lab_shape.SAME_BIOS_UUID_VMS)


def test_index_fallback_for_what_a_direct_search_cannot_decide(read):
    estate, _, _ = read
    by_locator = {m.locator: m for m in estate.matches}
    assert by_locator[MISSING].found_by == by_locator[BY_IP_AMBIGUOUS].found_by == matching.FOUND_BY_INDEX
    assert by_locator[BY_INSTANCE].found_by == matching.FOUND_BY_UUID  # the others stay direct
    assert {v.name for v in estate.vms} == set(SHAPE_VMS)  # the fallback indexed every VM


def test_a_managed_object_reference_is_read_directly_a_stale_one_falls_through(make_inventory, estate):
    target = vm(estate, "web-01")
    by_ref = VmLocator(name="renamed-in-asr", moref=target.moref)
    stale = VmLocator(name="", moref="vm-999999", bios_uuid=SHAPE_VMS["web-01"]["bios_uuid"])
    ctx = RecordingContext()
    result = make_inventory().read_estate([by_ref, stale], ctx)
    first, second = result.matches
    assert (first.vm.name, first.matched_by, first.found_by) == (
        "web-01",
        "managed object reference",
        matching.FOUND_BY_MOREF,
    )
    assert first.vm.details_read
    assert (second.vm.name, second.matched_by, second.found_by) == ("web-01", "BIOS UUID", matching.FOUND_BY_UUID)
    assert not [text for _, text in ctx.reports if text.startswith("Reading virtual machines")]


def test_an_address_vcenter_refuses_finds_nothing_instead_of_failing(make_inventory, caplog):
    locator = VmLocator(name="", ip_addresses=("10.0.0.999",))
    result = make_inventory().read_estate([locator], RecordingContext())
    (match,) = result.matches
    assert match.vm is None and not match.ambiguous and match.found_by == matching.FOUND_BY_IP
    assert "refused to search by the IP '10.0.0.999'" in caplog.text
