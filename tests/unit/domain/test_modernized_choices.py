"""The modernized flow's page filters, requests and retry (section G), on the RcmWorld."""

from __future__ import annotations

import pytest
from builders import NOW, ago, item
from rcm_builders import LOG_ACCOUNT, OTHER_ACCOUNT, RCM_POLICY, appliance, rcm_item, rcm_world

from reprotect_gui.domain import choices
from reprotect_gui.domain.appliance_retry import retry_on_another_appliance
from reprotect_gui.domain.checks.modernized import Location
from reprotect_gui.domain.models import ModernizedTarget, RecoveryPlan, ReplicationFlow
from reprotect_gui.domain.selection import Selection, build_requests


def test_appliances_healthy_first_unhealthy_listed_with_the_reason() -> None:
    w = rcm_world()
    w.appliances.append(appliance("appliance-02", health="Critical", last_heartbeat=ago(180)))
    w.appliances.append(appliance("appliance-03", disks_in_use=60))
    site = w.site()
    listed = choices.appliance_choices(site, [rcm_item()], NOW)
    assert [c.value.name for c in listed] == ["appliance-01", "appliance-02", "appliance-03"]
    assert [c.selectable for c in listed] == [True, False, False]
    assert "RCM-01" in listed[1].reason_text and "heartbeat" in listed[1].reason_text
    assert "RCM-04" in listed[2].reason_text
    assert choices.appliance_disk_text(listed[0].value, [rcm_item()]) == "10 + 2 / 60"
    assert choices.explain_empty_appliances(site, [rcm_item()], NOW) == ()


def test_no_healthy_appliance_is_explained() -> None:
    w = rcm_world().appliance(health="Critical")
    reasons = choices.explain_empty_appliances(w.site(), [rcm_item()], NOW)
    assert [r.check_id for r in reasons] == ["RCM-01"] and reasons[0].next_step


def test_original_location_chooses_the_vms_own_datastore() -> None:
    w = rcm_world()
    placement = choices.modernized_placement(
        w.site().appliances[0], rcm_item(), w.vcenter(), w.matches()["intranet-01"]
    )
    assert placement.location is Location.ORIGINAL
    assert placement.automatic is not None and placement.automatic.symbolic_name == "ds-vmfs-01"
    assert [c.selectable for c in placement.choices] == [True]


def test_alternate_location_lists_the_appliance_vcenters_datastores_writable_ones_selectable() -> None:
    w = rcm_world().gone()
    w.datastores.append(w.datastores[0].__class__("ds-readonly", w.datastores[0].type, 100, 50, True, ("esx-01.lab",)))
    placement = choices.modernized_placement(
        w.site().appliances[0], w.items[0], w.vcenter(), w.matches()["intranet-01"]
    )
    assert placement.location is Location.ALTERNATE and placement.automatic is None
    by_name = {c.value.symbolic_name: c for c in placement.choices}
    assert by_name["ds-vmfs-01"].selectable and by_name["ds-vmfs-02"].selectable
    assert not by_name["ds-readonly"].selectable and "RCM-03" in by_name["ds-readonly"].reason_text


def test_log_storage_the_vms_own_account_first_and_default() -> None:
    site = rcm_world().site()
    listed = choices.log_storage_choices(site, [rcm_item()])
    assert [c.value.account_id for c in listed] == [LOG_ACCOUNT, OTHER_ACCOUNT]
    assert choices.default_log_storage(site, [rcm_item()]).account_id == LOG_ACCOUNT


def test_a_plan_mixing_classic_and_modernized_items_is_refused_with_the_way_out() -> None:
    w = rcm_world()
    w.add_item(item("web-01"))
    w.plan = RecoveryPlan("rp-mixed", "RP-Mixed", ("intranet-01", "web-01"))
    (plan,) = choices.plan_choices(w.site())
    assert not plan.selectable
    assert "ELIG-08" in plan.reason_text and "one by one" in plan.reason_text and "web-01" in plan.reason_text


def _selection(**kw) -> Selection:
    sel = Selection(items=(rcm_item(),), appliance_id="agent-appliance-01", log_storage_account_id=LOG_ACCOUNT, **kw)
    sel.choices_for("intranet-01").datastore_name = "ds-vmfs-01"
    return sel


def test_build_requests_in_the_modernized_flow() -> None:
    policy = rcm_world().site().modernized_policy
    (request,) = build_requests(_selection(), policy)
    assert request.flow is ReplicationFlow.MODERNIZED
    assert request.target == ModernizedTarget("agent-appliance-01", LOG_ACCOUNT)
    assert (request.datastore_name, request.policy_id, request.disks_to_include) == ("ds-vmfs-01", RCM_POLICY, ())


def test_modernized_selection_says_what_is_missing() -> None:
    sel = _selection()
    sel.appliance_id = None
    sel.log_storage_account_id = None
    assert sel.missing() == ["a replication appliance", "a log storage account"]
    with pytest.raises(ValueError, match="a replication appliance"):
        build_requests(sel, None)


def test_retry_offers_the_other_healthy_appliances_and_builds_the_request() -> None:
    w = rcm_world()
    w.appliances.append(appliance("appliance-02"))
    w.appliances.append(appliance("appliance-03", health="Critical"))
    w.appliances.append(appliance("appliance-04", datastores=("ds-vmfs-02",)))
    site = w.site()
    (failed,) = w.requests()
    offer = retry_on_another_appliance(site, failed, NOW)
    assert offer.failed_on == "appliance-01"
    assert [a.name for a in offer.healthy()] == ["appliance-02"]
    assert {c.value.name: c.reason_text for c in offer.alternatives if not c.selectable}.keys() == {
        "appliance-03",
        "appliance-04",
    }
    again = offer.request_for("agent-appliance-02")
    assert again.target == ModernizedTarget("agent-appliance-02", LOG_ACCOUNT)
    assert (again.item_id, again.datastore_name, again.policy_id) == (failed.item_id, "ds-vmfs-01", RCM_POLICY)
    with pytest.raises(ValueError, match="RCM-01"):
        offer.request_for("agent-appliance-03")


def test_retry_is_for_modernized_requests_only() -> None:
    from builders import world

    (classic,) = world().requests()
    with pytest.raises(ValueError, match="only a modernized reprotect"):
        retry_on_another_appliance(world().site(), classic, NOW)


def test_an_appliance_that_reaches_none_of_the_vms_datastores_is_explained_rcm02() -> None:
    w = rcm_world().appliance(datastores=("ds-vmfs-02",))
    a = w.site().appliances[0]
    placement = choices.modernized_placement(a, rcm_item(), w.vcenter(), w.matches()["intranet-01"])
    assert placement.automatic is None and placement.choices == ()
    (reason,) = choices.explain_empty_placement(a, placement, rcm_item())
    assert reason.check_id == "RCM-02" and "ds-vmfs-02" in reason.reason and reason.next_step
