"""Mapping ASR's locators to vCenter VMs (catalog: "Joining ASR and vCenter"; MT-03..MT-15 need it)."""

from __future__ import annotations

import pytest

from reprotect_gui.domain.matching import (
    BY_BIOS_UUID,
    BY_INSTANCE_UUID,
    BY_IP,
    BY_NAME,
    describe,
    match_all,
    match_vm,
    normalize_uuid,
    smbios_swapped,
)
from reprotect_gui.domain.models import VcVm, VmLocator


def vm(name: str, *, bios: str | None = None, instance: str | None = None, ips: tuple[str, ...] = ()) -> VcVm:
    return VcVm(
        moref=f"vm-{name}",
        name=name,
        bios_uuid=bios,
        instance_uuid=instance,
        guest_family="windowsGuest",
        power_state="poweredOff",
        is_template=False,
        host_name="esx-01",
        datastore_names=("ds-01",),
        ip_addresses=ips,
    )


BIOS_A = "4211c0de-0000-4000-8000-000000000101"
INSTANCE_A = "5011c0de-0000-4000-8000-000000000101"

ESTATE = (
    vm("web-01", bios=BIOS_A, instance=INSTANCE_A, ips=("10.0.0.11",)),
    vm("web-02", bios="4211c0de-0000-4000-8000-000000000102", ips=("10.0.0.12",)),
    vm("clone-a", bios="4211aaaa-0000-4000-8000-000000000001", instance="5011aaaa-0000-4000-8000-000000000001"),
    vm("clone-b", bios="4211aaaa-0000-4000-8000-000000000001", instance="5011aaaa-0000-4000-8000-000000000002"),
    vm("twin", ips=("10.0.0.99",)),
    vm("Twin", ips=("10.0.0.98",)),
    vm("shared-ip-1", ips=("10.0.0.50",)),
    vm("shared-ip-2", ips=("10.0.0.50", "192.168.1.5")),
)


def test_instance_uuid_wins_over_a_misleading_name():
    m = match_vm(VmLocator(name="web-02", instance_uuid=INSTANCE_A), ESTATE)
    assert (m.vm.name, m.matched_by) == ("web-01", BY_INSTANCE_UUID)


def test_bios_uuid_when_no_instance_uuid():
    m = match_vm(VmLocator(name="renamed", bios_uuid=BIOS_A), ESTATE)
    assert (m.vm.name, m.matched_by) == ("web-01", BY_BIOS_UUID)


def test_uuid_comparison_ignores_case_braces_and_dashes():
    m = match_vm(VmLocator(name="x", bios_uuid="{" + BIOS_A.upper().replace("-", "") + "}"), ESTATE)
    assert m.vm.name == "web-01"


def test_bios_uuid_in_smbios_byte_order_still_matches():
    swapped = smbios_swapped(normalize_uuid(BIOS_A))
    assert swapped != normalize_uuid(BIOS_A)
    m = match_vm(VmLocator(name="x", bios_uuid=swapped), ESTATE)
    assert (m.vm.name, m.matched_by) == ("web-01", BY_BIOS_UUID)


def test_instance_uuid_is_not_accepted_byte_swapped():
    swapped = smbios_swapped(normalize_uuid(INSTANCE_A))
    m = match_vm(VmLocator(name="", instance_uuid=swapped), ESTATE)
    assert m.vm is None


def test_name_when_no_uuid_matches():
    m = match_vm(VmLocator(name="WEB-02", bios_uuid="4211ffff-0000-4000-8000-000000000000"), ESTATE)
    assert (m.vm.name, m.matched_by) == ("web-02", BY_NAME)


def test_ip_as_the_last_resort():
    m = match_vm(VmLocator(name="unknown", ip_addresses=("192.168.1.5",)), ESTATE)
    assert (m.vm.name, m.matched_by) == ("shared-ip-2", BY_IP)


def test_two_vms_with_one_bios_uuid_are_ambiguous_and_not_resolved_by_name():
    m = match_vm(VmLocator(name="clone-a", bios_uuid="4211aaaa-0000-4000-8000-000000000001"), ESTATE)
    assert m.vm is None and m.ambiguous
    assert (m.matched_by, m.candidates) == (BY_BIOS_UUID, ("clone-a", "clone-b"))


def test_names_differing_only_in_case_are_ambiguous():
    m = match_vm(VmLocator(name="TWIN"), ESTATE)
    assert m.ambiguous and m.candidates == ("Twin", "twin")


def test_shared_ip_is_ambiguous():
    m = match_vm(VmLocator(name="gone", ip_addresses=("10.0.0.50",)), ESTATE)
    assert m.ambiguous and m.matched_by == BY_IP


def test_nothing_found_is_missing_not_ambiguous():
    m = match_vm(VmLocator(name="decommissioned", bios_uuid="4211ffff-0000-4000-8000-00000000ffff"), ESTATE)
    assert m.vm is None and not m.ambiguous and m.matched_by == "" and m.candidates == ()


def test_empty_keys_are_skipped_not_matched_against_empty_fields():
    m = match_vm(VmLocator(name="", bios_uuid="", instance_uuid=None), ESTATE)
    assert m.vm is None and m.matched_by == ""


def test_match_all_keeps_the_order_of_the_locators():
    locators = [VmLocator(name="web-02"), VmLocator(name="web-01"), VmLocator(name="nope")]
    assert [m.vm.name if m.vm else None for m in match_all(locators, ESTATE)] == ["web-02", "web-01", None]


@pytest.mark.parametrize(
    ("locator", "expected"),
    [
        (VmLocator(name="web-01"), "web-01 is vCenter VM web-01 (matched by name)."),
        (
            VmLocator(name="TWIN"),
            "TWIN matches several vCenter VMs by name (Twin, twin); the wizard will not guess which one.",
        ),
        (VmLocator(name="nope"), "nope was not found in vCenter by UUID, name or IP address."),
    ],
)
def test_describe_says_how_or_why_not(locator, expected):
    assert describe(match_vm(locator, ESTATE)) == expected


# --- direct lookups (issue 16): what a SearchIndex answer decides, and what it leaves to the index ---

from reprotect_gui.domain.matching import (  # noqa: E402
    BY_MOREF,
    BY_NAME_AND_IP,
    FOUND_BY_IP,
    FOUND_BY_MOREF,
    FOUND_BY_UUID,
    match_direct,
    match_locator,
    uuid_forms,
)


def test_uuid_forms_are_canonical_and_include_the_smbios_order():
    assert uuid_forms("{4211C0DE00004000-8000-000000000101}", allow_swapped=False) == (BIOS_A,)
    assert uuid_forms(BIOS_A, allow_swapped=True) == (BIOS_A, "dec01142-0000-0040-8000-000000000101")
    assert uuid_forms("not-a-uuid", allow_swapped=True) == ()
    assert uuid_forms("4211c0de00004000800000000000010", allow_swapped=False) == ()  # 31 digits
    assert uuid_forms(None, allow_swapped=True) == ()


def test_direct_uuid_answer_decides_like_the_index_ambiguity_included():
    twin = vm("web-01-copy", bios=BIOS_A)
    m = match_direct(VmLocator("web-01", bios_uuid=BIOS_A), [ESTATE[0], twin], FOUND_BY_UUID)
    assert m is not None and m.ambiguous and m.candidates == ("web-01", "web-01-copy")
    assert m.found_by == FOUND_BY_UUID
    one = match_direct(VmLocator("renamed", instance_uuid=INSTANCE_A), [ESTATE[0]], FOUND_BY_UUID)
    assert (one.vm.name, one.matched_by) == ("web-01", BY_INSTANCE_UUID)


def test_name_confirmed_by_ip_is_decided_directly():
    m = match_direct(VmLocator("web-01", ip_addresses=("10.0.0.11",)), [ESTATE[0]], FOUND_BY_IP)
    assert m is not None and (m.vm.name, m.matched_by, m.found_by) == ("web-01", BY_NAME_AND_IP, FOUND_BY_IP)


def test_name_not_among_the_ip_answer_is_left_to_the_index():
    # The IP found a VM of another name: by name (which ranks first) the index may know better.
    other = vm("db-01", ips=("10.0.0.11",))
    assert match_direct(VmLocator("web-01", ip_addresses=("10.0.0.11",)), [other], FOUND_BY_IP) is None
    assert match_direct(VmLocator("web-01"), [], FOUND_BY_IP) is None  # a name alone can't be searched
    assert match_direct(VmLocator("web-01", bios_uuid=BIOS_A), [], FOUND_BY_UUID) is None


def test_ip_only_locator_is_decided_directly_found_or_not():
    found = match_direct(VmLocator("", ip_addresses=("10.0.0.11",)), [ESTATE[0]], FOUND_BY_IP)
    assert (found.vm.name, found.matched_by) == ("web-01", BY_IP)
    missing = match_direct(VmLocator("", ip_addresses=("10.9.9.9",)), [], FOUND_BY_IP)
    assert missing is not None and missing.vm is None and not missing.ambiguous


def test_moref_names_exactly_one_vm_and_comes_first():
    loc = VmLocator("other-name", moref="vm-web-01")
    m = match_direct(loc, [ESTATE[0]], FOUND_BY_MOREF)
    assert (m.vm.name, m.matched_by, m.found_by) == ("web-01", BY_MOREF, FOUND_BY_MOREF)
    assert match_locator(VmLocator("web-01", moref="vm-gone"), ESTATE).matched_by == BY_NAME


def test_the_evidence_says_how_the_vm_was_found():
    from reprotect_gui.domain.checks.facts import lookup_vm
    from reprotect_gui.domain.models import VCenterEstate, VcMatch

    vcenter = VCenterEstate("vc-01", (), (), ())
    direct = VcMatch(VmLocator("web-01"), ESTATE[0], BY_INSTANCE_UUID, found_by=FOUND_BY_UUID)
    found = lookup_vm(vcenter, {"web-01": direct}, "web-01", "on-premises VM web-01")
    assert found.found_how == "matched by instance UUID, found by direct: SearchIndex.FindAllByUuid"
    indexed = lookup_vm(vcenter, {"k": VcMatch(VmLocator("web-01"), ESTATE[0], BY_NAME)}, "k", "VM")
    assert indexed.found_how == "matched by name"
