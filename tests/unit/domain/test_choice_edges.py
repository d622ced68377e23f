"""The page filters at their edges: one OS type or two, no vCenter or another one, no choice left, an account the
vault does not list. Each case pins one comparison of domain/choices.py (see benchmarks/mutation.py)."""

from __future__ import annotations

from dataclasses import replace

from builders import NOW, item, master_target, world
from rcm_builders import LOG_ACCOUNT, appliance, rcm_item, rcm_world

from reprotect_gui.domain import choices
from reprotect_gui.domain.checks.modernized import Location
from reprotect_gui.domain.models import DatastoreType, LogStorageAccount, OsType, RecoveryPlan

# --- plans: MT-02 (one OS type per plan) ---------------------------------------------------------------------------


def _plan_choice(*items):
    w = world()
    w.items = list(items)
    w.plan = RecoveryPlan("rp-1", "RP-1", tuple(i.item_id for i in items))
    (plan,) = choices.plan_choices(w.site())
    return plan


def test_a_plan_of_one_os_type_is_selectable():
    plan = _plan_choice(item("web-01"), item("web-02"))
    assert plan.selectable and plan.reasons == ()


def test_a_plan_of_two_os_types_is_refused_mt02():
    plan = _plan_choice(item("web-01"), item("db-01", os_type=OsType.LINUX, os_version="Ubuntu 22.04"))
    assert not plan.selectable and [cid for cid, _ in plan.reasons] == ["MT-02"]


# --- master targets: INF-07 needs a vCenter to compare with ------------------------------------------------------


def test_a_master_target_is_judged_against_its_own_vcenter_before_any_vm_is_chosen():
    site = world().site()
    verdicts = choices.master_target_verdicts(site, master_target(), [], NOW)
    (inf07,) = [v for v in verdicts if v.check_id == "INF-07"]
    assert "original vCenter: vc-01.lab" in inf07.evidence[0]


def test_a_master_target_is_judged_against_each_vms_own_vcenter():
    site = world().site()
    vm = item(vcenter_name="vc-other.lab")
    verdicts = choices.master_target_verdicts(site, master_target(), [vm], NOW)
    (inf07,) = [v for v in verdicts if v.check_id == "INF-07"]
    assert "original vCenter: vc-other.lab" in inf07.evidence[0]


# --- grouped reasons of an empty list ----------------------------------------------------------------------------


def test_an_empty_list_names_every_refused_entry_once():
    w = rcm_world().appliance(health="Critical")
    w.appliances.append(appliance("appliance-02", health="Critical"))
    (reason,) = choices.explain_empty_appliances(w.site(), [rcm_item()], NOW)
    assert reason.check_id == "RCM-01"
    assert "appliance-01" in reason.reason and "appliance-02" in reason.reason
    assert reason.reason.count("appliance-01") == 1


# --- modernized placement without vCenter, or with another one ---------------------------------------------------


def test_without_vcenter_the_appliances_datastores_are_listed_with_unknown_sizes():
    gone = rcm_item(rcm=replace(rcm_item().rcm, source_vm_deleted=True))
    placement = choices.modernized_placement(appliance(), gone, None)
    assert placement.location is Location.ALTERNATE
    assert [c.value.symbolic_name for c in placement.choices] == ["ds-vmfs-01", "ds-vmfs-02"]
    for c in placement.choices:
        assert (c.value.type, c.value.capacity_gb, c.value.free_gb) == (DatastoreType.OTHER, 0.0, 0.0)


def test_an_unmapped_vm_says_so_when_vcenter_was_read():
    w = rcm_world()
    placement = choices.modernized_placement(w.site().appliances[0], rcm_item(), w.vcenter(), None)
    assert "intranet-01 was not mapped to a vCenter VM" in placement.why


def test_a_datastore_vcenter_lists_its_sizes():
    w = rcm_world().gone()
    placement = choices.modernized_placement(
        w.site().appliances[0], w.items[0], w.vcenter(), w.matches()["intranet-01"]
    )
    by_name = {c.value.symbolic_name: c.value for c in placement.choices}
    assert (by_name["ds-vmfs-02"].type, by_name["ds-vmfs-02"].capacity_gb, by_name["ds-vmfs-02"].free_gb) == (
        DatastoreType.VMFS,
        4000,
        3000,
    )


def test_another_vcenters_datastores_are_not_offered():
    w = rcm_world().gone()
    other = replace(w.vcenter(), vcenter_name="vc-elsewhere.lab")
    a = replace(w.site().appliances[0], datastores=("ds-vmfs-01",))
    placement = choices.modernized_placement(a, w.items[0], other, w.matches()["intranet-01"])
    assert [c.value.symbolic_name for c in placement.choices] == ["ds-vmfs-01"]


def test_the_appliance_vcenters_datastores_are_offered_whatever_the_case_of_its_name():
    w = rcm_world().gone()
    same = replace(w.vcenter(), vcenter_name=w.vcenter().vcenter_name.upper())
    a = replace(w.site().appliances[0], datastores=("ds-vmfs-01",))
    placement = choices.modernized_placement(a, w.items[0], same, w.matches()["intranet-01"])
    assert [c.value.symbolic_name for c in placement.choices] == ["ds-vmfs-01", "ds-vmfs-02"]


def test_an_alternate_location_with_no_datastore_is_explained_rcm03():
    a = appliance(datastores=())
    placement = choices.ModernizedPlacement(Location.ALTERNATE, "gone", None, ())
    (reason,) = choices.explain_empty_placement(a, placement, rcm_item())
    assert reason.check_id == "RCM-03" and "appliance-01" in reason.reason


def test_an_alternate_location_whose_datastores_are_all_refused_lists_why():
    w = rcm_world().gone()
    a = w.site().appliances[0]
    placement = choices.modernized_placement(a, w.items[0], w.vcenter(), w.matches()["intranet-01"])
    refused = replace(
        placement, choices=tuple(replace(c, selectable=False, reasons=(("RCM-03", "x"),)) for c in placement.choices)
    )
    assert [r.check_id for r in choices.explain_empty_placement(a, refused, w.items[0])] == ["RCM-03"]
    assert choices.explain_empty_placement(a, placement, w.items[0]) == ()


def test_an_original_location_with_a_refused_datastore_lists_why_not_rcm02_unreached():
    w = rcm_world()
    a = w.site().appliances[0]
    placement = choices.modernized_placement(a, rcm_item(), w.vcenter(), w.matches()["intranet-01"])
    refused = replace(
        placement, choices=tuple(replace(c, selectable=False, reasons=(("RCM-02", "sdrs"),)) for c in placement.choices)
    )
    (reason,) = choices.explain_empty_placement(a, refused, rcm_item())
    assert (reason.check_id, reason.reason) == ("RCM-02", "sdrs")


# --- log storage accounts (RCM-05) --------------------------------------------------------------------------------

UNLISTED = "/subscriptions/s/resourceGroups/rg-dr/providers/Microsoft.Storage/storageAccounts/logsunlisted"


def test_an_account_the_vault_does_not_list_is_named_after_its_id_and_offered_first():
    site = rcm_world().site()
    vm = rcm_item(rcm=replace(rcm_item().rcm, log_storage_account_id=UNLISTED))
    default = choices.default_log_storage(site, [vm])
    assert default == LogStorageAccount(UNLISTED, "logsunlisted", ("intranet-01",))
    listed = choices.log_storage_choices(site, [vm])
    assert listed[0].value.account_id == UNLISTED
    assert all(c.selectable for c in listed)
    assert len(listed) == len(site.log_storage_accounts) + 1


def test_a_listed_account_is_not_added_twice():
    site = rcm_world().site()
    listed = choices.log_storage_choices(site, [rcm_item()])
    assert len(listed) == len(site.log_storage_accounts)
    assert choices.default_log_storage(site, [rcm_item()]) == site.log_storage_account(LOG_ACCOUNT)


def test_vms_without_an_account_have_no_default_and_sort_by_name():
    site = rcm_world().site()
    bare = rcm_item(rcm=replace(rcm_item().rcm, log_storage_account_id=""))
    assert choices.default_log_storage(site, [bare]) is None
    assert choices.default_log_storage(site, [item("web-01")]) is None  # classic: no rcm details
    assert len(choices.log_storage_choices(site, [item("web-01")])) == len(site.log_storage_accounts)
    listed = choices.log_storage_choices(site, [bare])
    assert [c.value.name for c in listed] == sorted(a.name for a in site.log_storage_accounts)


def test_the_first_vm_with_an_account_gives_the_default():
    site = rcm_world().site()
    bare = rcm_item("wiki-01", rcm=replace(rcm_item().rcm, log_storage_account_id=""))
    assert choices.default_log_storage(site, [bare, rcm_item()]) == site.log_storage_account(LOG_ACCOUNT)
