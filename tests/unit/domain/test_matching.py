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
