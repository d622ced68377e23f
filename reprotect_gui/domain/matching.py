"""Map ASR's idea of a VM (a `VmLocator`) to exactly one vCenter VM, or say why not.

Templates never match. Order (catalog, "Joining ASR and vCenter"): instance UUID, then BIOS UUID, then name, then guest
IP. The first key that finds anything decides: one VM is a match; several are reported as
ambiguous with their names, never resolved by a weaker key — a guess here would reprotect the
wrong machine. A managed object reference, when ASR carries one, names exactly one VM and comes first.

vCenter is searched directly where it can be (`match_direct`: its SearchIndex finds every VM with
a UUID or an IP), so the cost follows the plan, not the estate; only what a direct search can't
decide falls back to the full index (`match_locator` over every VM).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

from reprotect_gui.domain.messages import EnumWord, t
from reprotect_gui.domain.models import MasterTarget, VcMatch, VcVm, VmLocator

VmKey = Callable[[VcVm], bool]  # one way of recognising the wanted VM

BY_INSTANCE_UUID = "instance UUID"
BY_BIOS_UUID = "BIOS UUID"
BY_NAME = "name"
BY_IP = "IP"
BY_MOREF = "managed object reference"
BY_NAME_AND_IP = "name and IP"

# How the VM was looked for in vCenter (the evidence says it): directly, or through the index.
FOUND_BY_MOREF = "direct: managed object reference"
FOUND_BY_UUID = "direct: SearchIndex.FindAllByUuid"
FOUND_BY_IP = "direct: SearchIndex.FindAllByIp"
FOUND_BY_INDEX = "full inventory index (not decidable by a direct search)"


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
    # A template is never the VM ASR means (it can't run), however well its UUID or name fits.
    candidates = tuple(vm for vm in vms if not vm.is_template)
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
    return tuple(match_locator(locator, inventory) for locator in locators)


def match_locator(locator: VmLocator, vms: Iterable[VcVm]) -> VcMatch:
    """`match_vm`, after the managed object reference when the locator carries one."""
    candidates = tuple(vms)
    if locator.moref:
        by_ref = [vm for vm in candidates if vm.moref == locator.moref]
        if by_ref:
            return VcMatch(locator=locator, vm=by_ref[0], matched_by=BY_MOREF)
    return match_vm(locator, candidates)


def uuid_forms(raw: str | None, *, allow_swapped: bool) -> tuple[str, ...]:
    """The canonical 8-4-4-4-12 forms vCenter's FindAllByUuid is asked for ('' when not a UUID)."""
    hex_form = normalize_uuid(raw)
    if len(hex_form) != 32 or any(c not in "0123456789abcdef" for c in hex_form):
        return ()
    forms = [hex_form] + ([smbios_swapped(hex_form)] if allow_swapped else [])

    def dashed(h: str) -> str:
        return f"{h[0:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    return tuple(dict.fromkeys(dashed(h) for h in forms))


def match_direct(locator: VmLocator, found: Iterable[VcVm], found_by: str) -> VcMatch | None:
    """Decide from the VMs vCenter's SearchIndex returned for this locator's own keys, or None.

    A managed object reference, FindAllByUuid and FindAllByIp are complete searches: what they
    decide is what the full index would decide, ambiguity included. A name can't be searched
    directly, and it ranks before the IP: a name is decided here only when exactly one VM found
    by the locator's IP carries it (both keys agree on one machine); anything else is None, and
    the full index decides.
    """
    match = match_locator(locator, found)
    if match.matched_by in (BY_MOREF, BY_INSTANCE_UUID, BY_BIOS_UUID):
        return replace(match, found_by=found_by)
    if not locator.name.strip():
        return replace(match, found_by=found_by)  # IP only (or nothing to search by): complete
    if match.matched_by == BY_NAME and match.vm is not None:
        ips = {ip.strip() for ip in locator.ip_addresses}
        if ips.intersection(match.vm.ip_addresses):
            return replace(match, matched_by=BY_NAME_AND_IP, found_by=found_by)
    return None


def describe(match: VcMatch) -> str:
    """One sentence for the operator about how (or whether) a VM was found."""
    name = match.locator.name or t("(no name)")
    found = t("; found by {found_by}", found_by=EnumWord(match.found_by)) if match.found_by else ""
    if match.vm is not None:
        return t(
            "{name} is vCenter VM {vm} (matched by {matched_by}{found}).",
            name=name,
            vm=match.vm.name,
            matched_by=EnumWord(match.matched_by),
            found=found,
        )
    if match.ambiguous:
        listed = ", ".join(match.candidates)
        return t(
            "{name} matches several vCenter VMs by {matched_by} ({listed}); the wizard will not guess which one.",
            name=name,
            matched_by=EnumWord(match.matched_by),
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
