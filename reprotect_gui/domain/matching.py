"""Map ASR's idea of a VM (a `VmLocator`) to exactly one vCenter VM, or say why not.

Order (catalog, "Joining ASR and vCenter"): instance UUID, then BIOS UUID, then name, then guest
IP. The first key that finds anything decides: one VM is a match; several are reported as
ambiguous with their names, never resolved by a weaker key — a guess here would reprotect the
wrong machine.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

from reprotect_gui.domain.messages import t
from reprotect_gui.domain.models import MasterTarget, VcMatch, VcVm, VmLocator

VmKey = Callable[[VcVm], bool]  # one way of recognising the wanted VM

BY_INSTANCE_UUID = "instance UUID"
BY_BIOS_UUID = "BIOS UUID"
BY_NAME = "name"
BY_IP = "IP"


def normalize_uuid(raw: str | None) -> str:
    return (raw or "").strip().strip("{}").replace("-", "").lower()


def smbios_swapped(uuid_hex: str) -> str:
    """The same UUID with its first three fields byte-swapped.

    Windows guests report the BIOS UUID in SMBIOS little-endian order, vCenter in big-endian
    order; an agent inside the guest may hand ASR either form.
    """
    if len(uuid_hex) != 32:
        return uuid_hex

    def swap(part: str) -> str:
        return "".join(reversed([part[i : i + 2] for i in range(0, len(part), 2)]))

    return swap(uuid_hex[0:8]) + swap(uuid_hex[8:12]) + swap(uuid_hex[12:16]) + uuid_hex[16:]


def _uuid_key(getter: Callable[[VcVm], str | None], wanted: str | None, *, allow_swapped: bool) -> VmKey | None:
    target = normalize_uuid(wanted)
    if not target:
        return None
    accepted = {target, smbios_swapped(target)} if allow_swapped else {target}
    return lambda vm: normalize_uuid(getter(vm)) in accepted


def _name_key(wanted: str) -> VmKey | None:
    target = wanted.strip().casefold()
    if not target:
        return None
    return lambda vm: vm.name.strip().casefold() == target


def _ip_key(wanted: Sequence[str]) -> VmKey | None:
    targets = {ip.strip() for ip in wanted if ip.strip()}
    if not targets:
        return None
    return lambda vm: bool(targets.intersection(vm.ip_addresses))


def match_vm(locator: VmLocator, vms: Iterable[VcVm]) -> VcMatch:
    candidates = tuple(vms)
    keys = (
        (BY_INSTANCE_UUID, _uuid_key(lambda vm: vm.instance_uuid, locator.instance_uuid, allow_swapped=False)),
        (BY_BIOS_UUID, _uuid_key(lambda vm: vm.bios_uuid, locator.bios_uuid, allow_swapped=True)),
        (BY_NAME, _name_key(locator.name)),
        (BY_IP, _ip_key(locator.ip_addresses)),
    )
    for label, key in keys:
        if key is None:
            continue
        found = [vm for vm in candidates if key(vm)]
        if len(found) == 1:
            return VcMatch(locator=locator, vm=found[0], matched_by=label)
        if len(found) > 1:
            return VcMatch(
                locator=locator,
                vm=None,
                matched_by=label,
                candidates=tuple(sorted(vm.name for vm in found)),
            )
    return VcMatch(locator=locator, vm=None, matched_by="")


def match_all(locators: Iterable[VmLocator], vms: Iterable[VcVm]) -> tuple[VcMatch, ...]:
    inventory = tuple(vms)
    return tuple(match_vm(locator, inventory) for locator in locators)


def describe(match: VcMatch) -> str:
    """One sentence for the operator about how (or whether) a VM was found."""
    name = match.locator.name or t("(no name)")
    if match.vm is not None:
        return t(
            "{name} is vCenter VM {vm} (matched by {matched_by}).",
            name=name,
            vm=match.vm.name,
            matched_by=match.matched_by,
        )
    if match.ambiguous:
        listed = ", ".join(match.candidates)
        return t(
            "{name} matches several vCenter VMs by {matched_by} ({listed}); the wizard will not guess which one.",
            name=name,
            matched_by=match.matched_by,
            listed=listed,
        )
    return t("{name} was not found in vCenter by UUID, name or IP address.", name=name)


def place_master_targets(
    master_targets: Iterable[MasterTarget], matches: Mapping[str, VcMatch], vcenter_name: str
) -> tuple[MasterTarget, ...]:
    """Fill in where each master target runs from its vCenter VM: ASR names the MT by name and
    IP only, but the ESXi host decides datastores (DS-02, MT-08) and the failback target (ELIG-02).
    What ASR did report is kept; an MT without a vCenter VM keeps an empty host."""
    placed = []
    for mt in master_targets:
        match = matches.get(mt.server_id)
        if match is not None and match.vm is not None and not mt.esxi_host:
            mt = replace(mt, esxi_host=match.vm.host_name, vcenter_name=mt.vcenter_name or vcenter_name)
        placed.append(mt)
    return tuple(placed)
