"""Page filters: every candidate listed, disabled ones with the catalog ID, and the same verdicts
as the preflight; empty lists explained."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from builders import NOW, World, ago, item, master_target, seen, unchanged, volume, world

from reprotect_gui.domain import choices
from reprotect_gui.domain.checks.facts import LinkType
from reprotect_gui.domain.models import (
    AzureVmStatus,
    DatastoreType,
    OsType,
    ServerLocation,
    VcDatastore,
    VcMatch,
    VmLocator,
)
from reprotect_gui.domain.preflight import run_preflight
from reprotect_gui.domain.verdicts import Status


def ids(reasons: tuple[tuple[str, str], ...]) -> set[str]:
    return {cid for cid, _ in reasons}


def blocks_in_preflight(w: World, check_ids: set[str]) -> set[tuple[str, str]]:
    return {(v.check_id, v.finding) for v in run_preflight(w.input()) if v.check_id in check_ids and v.blocks}


# --- the filters and the preflight can't disagree ------------------------------------------------

MT_RULES = {"MT-01", "MT-10", "MT-14", "INF-07"}


@pytest.mark.parametrize(
    "mutate",
    [
        unchanged,
        lambda w: w.mt(os_type=OsType.LINUX, os_version="Ubuntu 20.04"),
        lambda w: w.mt(os_version="Windows Server 2012 R2"),
        lambda w: w.mt(disk_count=59),
        lambda w: w.mt(last_heartbeat=ago(60), health_errors=("agent stopped",)),
        lambda w: w.state(target_vcenter="vc-02.lab"),
    ],
    ids=["healthy", "linux-mt", "older-os", "disks", "unhealthy", "other-vcenter"],
)
def test_master_target_filter_gives_the_preflights_blocks(mutate: Callable[[World], object]) -> None:
    w = world()
    mutate(w)
    site = w.site()
    (choice,) = choices.master_target_choices(site, w.items, NOW, w.statements.target_vcenter)
    assert set(choice.reasons) == blocks_in_preflight(w, MT_RULES)
    assert choice.selectable == (not choice.reasons)


@pytest.mark.parametrize(
    "mutate",
    [
        unchanged,
        lambda w: (w.mt(datastores=(seen("nfs-01", DatastoreType.NFS),)), w.set(datastore_name="nfs-01")),
        lambda w: w.datastore(host_names=("esx-02.lab",)),
        lambda w: w.datastore(accessible=False),
    ],
    ids=["healthy", "nfs", "not-mounted", "inaccessible"],
)
def test_datastore_filter_gives_the_preflights_blocks(mutate: Callable[[World], object]) -> None:
    w = world()
    mutate(w)
    (choice,) = choices.datastore_choices(w.mts[0], w.vcenter(), w.matches()["web-01"])
    assert set(choice.reasons) == blocks_in_preflight(w, {"DS-01", "DS-02", "MT-12"})


@pytest.mark.parametrize(
    ("field", "value", "check_id"),
    [
        ("used_for_other_purpose", True, "RET-01"),
        ("locked", True, "RET-02"),
        ("is_cache_volume", True, "RET-03"),
        ("file_system", "FAT", "RET-04"),
        ("capacity_bytes", 0, "RET-05"),
    ],
)
def test_retention_filter_gives_the_preflights_blocks(field: str, value: object, check_id: str) -> None:
    w = world()
    w.mt(retention_volumes=(volume(**{field: value}) if field != "capacity_bytes" else volume(capacity_gb=0),))
    (choice,) = choices.retention_choices(w.mts[0])
    assert ids(choice.reasons) == {check_id}
    assert set(choice.reasons) == blocks_in_preflight(w, {check_id})


# --- what each page shows ----------------------------------------------------------------------


def test_items_ineligible_are_listed_greyed_with_the_reason() -> None:
    w = world()
    w.add_item(item("crm-01", protection_state="Migrated", allowed_operations=frozenset()))
    w.add_item(item("gone-01", azure_vm_status=AzureVmStatus.DELETED))
    w.add_item(item("a2a-01", provider="A2A"))
    w.add_item(item("rcm-01", provider="InMageRcm"))
    by_name = {c.value.name: c for c in choices.item_choices(w.site())}
    assert [c.value.name for c in choices.item_choices(w.site())] == ["a2a-01", "crm-01", "gone-01", "rcm-01", "web-01"]
    assert by_name["web-01"].selectable
    assert by_name["rcm-01"].selectable  # modernized: the appliance flow (ELIG-08)
    assert ids(by_name["crm-01"].reasons) == {"ELIG-01"}
    assert "migrated to Azure" in by_name["crm-01"].reason_text
    assert "deleted" in by_name["gone-01"].reason_text
    assert ids(by_name["a2a-01"].reasons) == {"ELIG-08"}  # out of scope
    assert choices.item_ineligibility(by_name["a2a-01"].value) == by_name["a2a-01"].reasons


def test_item_registering_its_agent_is_selectable_with_the_elig04_note() -> None:
    w = world().item(failover_time=ago(5), agent_last_heartbeat=None)
    (choice,) = choices.item_choices(w.site(), NOW)
    assert choice.selectable
    assert choice.notes == (
        ("ELIG-04", "The agent is still registering with the configuration server: wait 10 min 00 s."),
    )
    (without_time,) = choices.item_choices(w.site())
    assert without_time.notes == ()


def test_plan_mixing_windows_and_linux_is_disabled_with_mt02() -> None:
    from builders import plan_of

    w = plan_of(world(), item("app-01", os_type=OsType.LINUX, os_version="Ubuntu 20.04"))
    (choice,) = choices.plan_choices(w.site())
    assert not choice.selectable and ids(choice.reasons) == {"MT-02"}
    assert "web-01 (Windows), app-01 (Linux)" in choice.reason_text


def test_vsan_is_selectable_with_the_ds01_warning_and_nfs_is_listed_disabled() -> None:
    w = world().mt(datastores=(seen(), seen("vsan-01", DatastoreType.VSAN), seen("nfs-01", DatastoreType.NFS)))
    w.datastores += [
        VcDatastore("vsan-01", DatastoreType.VSAN, 9000, 5000, True, ("esx-01.lab",)),
        VcDatastore("nfs-01", DatastoreType.NFS, 9000, 5000, True, ("esx-01.lab",)),
    ]
    by_name = {c.value.symbolic_name: c for c in choices.datastore_choices(w.mts[0], w.vcenter())}
    assert list(by_name) == ["ds-vmfs-01", "nfs-01", "vsan-01"]
    assert by_name["ds-vmfs-01"].selectable and not by_name["ds-vmfs-01"].notes
    assert by_name["vsan-01"].selectable and ids(by_name["vsan-01"].notes) == {"DS-01"}
    assert not by_name["nfs-01"].selectable
    assert by_name["nfs-01"].reason_text == "DS-01: NFS datastores are not supported; only VMFS and vSAN."


def test_datastores_without_vcenter_stay_selectable_but_say_unverified() -> None:
    (choice,) = choices.datastore_choices(world().mts[0], None)
    assert choice.selectable and ids(choice.notes) == {"DS-02"}
    assert "vCenter was not read" in choice.note_text


def test_mt12_disables_every_datastore_when_the_host_cant_reach_the_vms_datastore() -> None:
    w = world()
    w.datastores.append(VcDatastore("ds-other", DatastoreType.VMFS, 1000, 500, True, ("esx-02.lab",)))
    w.vm("web-01", datastore_names=("ds-other",))
    (choice,) = choices.datastore_choices(w.mts[0], w.vcenter(), w.matches()["web-01"])
    assert not choice.selectable and ids(choice.reasons) == {"MT-12"}
    # The VM gone: MT-12 no longer applies (a new VM is created).
    gone = VcMatch(VmLocator("web-01"), None, "")
    (choice,) = choices.datastore_choices(w.mts[0], w.vcenter(), gone)
    assert choice.selectable


def test_process_servers_stale_disabled_and_on_prem_over_vpn_noted() -> None:
    w = world()
    w.pss.append(w.pss[0].__class__("ps-op-01", "ps-op-01", "10.0.0.12", ServerLocation.ON_PREMISES, ago(1), "Normal"))
    w.pss.append(w.pss[0].__class__("ps-old", "ps-old", "10.0.0.13", ServerLocation.ON_PREMISES, ago(95), "Critical"))
    by_name = {c.value.name: c for c in choices.process_server_choices(w.site(), NOW, LinkType.S2S_VPN)}
    assert list(by_name) == ["ps-azure-01", "ps-old", "ps-op-01"]
    assert by_name["ps-azure-01"].selectable and not by_name["ps-azure-01"].notes
    assert by_name["ps-op-01"].selectable and ids(by_name["ps-op-01"].notes) == {"INF-05"}
    assert not by_name["ps-old"].selectable and ids(by_name["ps-old"].reasons) == {"INF-03"}


def test_retention_over_threshold_is_selectable_with_a_note_and_default_is_preselected() -> None:
    w = world().mt(retention_volumes=(volume("S:", 512, 40), volume("R:")))
    vols = choices.retention_choices(w.mts[0])
    by_name = {c.value.name: c for c in vols}
    assert by_name["S:"].selectable and ids(by_name["S:"].notes) == {"RET-08"}
    assert choices.default_retention(w.mts[0], vols) is by_name["R:"].value


def test_default_retention_is_not_preselected_when_ineligible() -> None:
    w = world().mt(retention_volumes=(volume("R:", file_system="FAT32"),))
    assert choices.default_retention(w.mts[0], choices.retention_choices(w.mts[0])) is None


def test_disk_budget_shows_used_over_sixty() -> None:
    w = world().mt(disk_count=58)
    assert str(choices.disk_budget(w.mts[0], w.items)) == "60 / 60"


# --- empty lists are explained -------------------------------------------------------------------


def test_empty_datastore_list_from_permissions_says_inf06() -> None:
    w = world().mt(datastores=())
    reasons = choices.explain_empty_datastores(w.mts[0], w.vcenter())
    assert [r.check_id for r in reasons] == ["INF-06"]
    assert reasons[0].next_step.startswith("Update the vCenter credentials")


def test_empty_datastore_list_from_a_host_without_vmfs_says_mt08() -> None:
    w = world().mt(datastores=()).datastore(type=DatastoreType.NFS)
    reasons = choices.explain_empty_datastores(w.mts[0], w.vcenter())
    assert [r.check_id for r in reasons] == ["MT-08"]
    assert "VMFS" in reasons[0].next_step


def test_empty_datastore_list_without_vcenter_names_both_causes() -> None:
    reasons = choices.explain_empty_datastores(world().mt(datastores=()).mts[0], None)
    assert {r.check_id for r in reasons} == {"INF-06", "MT-08"}


def test_all_datastores_excluded_lists_the_rules() -> None:
    w = world().mt(datastores=(seen("nfs-01", DatastoreType.NFS),))
    w.datastores.append(VcDatastore("nfs-01", DatastoreType.NFS, 100, 50, True, ("esx-01.lab",)))
    reasons = choices.explain_empty_datastores(w.mts[0], w.vcenter())
    assert [r.check_id for r in reasons] == ["DS-01"]


def test_a_usable_list_needs_no_explanation() -> None:
    w = world()
    assert choices.explain_empty_datastores(w.mts[0], w.vcenter()) == ()
    assert choices.explain_empty_retention(w.mts[0], w.css[0], NOW) == ()
    assert choices.explain_empty_master_targets(w.site(), w.items, NOW) == ()


def test_empty_retention_list_offers_refresh_first_then_the_checklist() -> None:
    w = world().mt(retention_volumes=())
    reasons = choices.explain_empty_retention(w.mts[0], w.css[0], NOW)
    assert [r.check_id for r in reasons] == ["RET-07", "RET-01", "RET-02", "RET-03", "RET-04", "RET-05"]
    assert reasons[0].action == choices.REFRESH_CONFIGURATION_SERVER
    assert "cs-01: last refreshed 30 min ago" in reasons[0].reason


def test_retention_list_emptied_by_rules_names_them() -> None:
    w = world().mt(retention_volumes=(volume("R:", locked=True),))
    reasons = choices.explain_empty_retention(w.mts[0], w.css[0], NOW)
    assert [r.check_id for r in reasons] == ["RET-07", "RET-02", "RET-01", "RET-03", "RET-04", "RET-05"]


def test_no_master_target_at_all_says_which_os_is_needed() -> None:
    w = world().set(mts=[])
    (reason,) = choices.explain_empty_master_targets(w.site(), w.items, NOW)
    assert reason.check_id == "MT-01" and "Windows" in reason.reason


def test_every_master_target_excluded_groups_the_reasons() -> None:
    w = world()
    w.mts = [
        master_target("mt-a", last_heartbeat=ago(60)),
        master_target("mt-lnx", os_type=OsType.LINUX, os_version="Ubuntu 20.04"),
    ]
    reasons = choices.explain_empty_master_targets(w.site(), w.items, NOW)
    assert {r.check_id for r in reasons} == {"MT-14", "MT-01"}
    assert all(r.next_step for r in reasons)


def test_status_mapping_block_reason_warn_and_unknown_note_pass_and_info_nothing() -> None:
    from reprotect_gui.domain.checks.remediation import verdict

    vs = [verdict("MT-04", s, f"{s} finding", subject="x") for s in Status]
    c = choices.choice_from_verdicts("value", vs)
    assert c.reasons == (("MT-04", "block finding"),)
    assert c.notes == (("MT-04", "warn finding"), ("MT-04", "unknown finding"))
    assert not c.selectable


def test_master_targets_before_any_vm_is_chosen_carry_no_false_notes() -> None:
    w = world()
    (choice,) = choices.master_target_choices(w.site(), [], NOW)
    assert choice.selectable and choice.notes == ()
