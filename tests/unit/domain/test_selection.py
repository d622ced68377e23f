"""The wizard's selection: what a per-VM choice applies to, what is still missing, the requests built from it."""

from __future__ import annotations

import pytest
from builders import POLICY_ID, disk, item
from rcm_builders import LOG_ACCOUNT, rcm_item

from reprotect_gui.domain.models import (
    ClassicTarget,
    FailbackPolicy,
    ModernizedFailbackPolicy,
    RecoveryPlan,
    ReplicationFlow,
)
from reprotect_gui.domain.selection import ItemChoices, Selection, build_requests, default_disks

POLICY = FailbackPolicy(POLICY_ID, "failback-policy", 15, 1440, 60)
WEB1, WEB2 = item("web-01"), item("web-02")
PLAN = RecoveryPlan("rp-web", "RP-Web", ("web-01", "web-02"))


def classic(**kw) -> Selection:
    base = {
        "items": (WEB1,),
        "master_target_id": "mt-win-01",
        "process_server_id": "ps-01",
        "per_item": {"web-01": ItemChoices("ds-vmfs-01", "R:")},
    }
    return Selection(**{**base, **kw})


def test_a_per_vm_choice_applies_to_the_whole_plan_only_when_same_for_all():
    plan = Selection(items=(WEB1, WEB2), plan=PLAN)
    assert plan.applies_to(WEB1, same_for_all=True) == (WEB1, WEB2)
    assert plan.applies_to(WEB1, same_for_all=False) == (WEB1,)
    single = Selection(items=(WEB1,))
    assert single.applies_to(WEB1, same_for_all=True) == (WEB1,)
    assert plan.is_plan and not single.is_plan


def test_the_flow_is_the_items_flow_and_classic_until_one_is_clear():
    assert Selection().flow is ReplicationFlow.CLASSIC
    assert Selection(items=(WEB1,)).flow is ReplicationFlow.CLASSIC
    assert Selection(items=(rcm_item(),)).flow is ReplicationFlow.MODERNIZED
    assert Selection(items=(WEB1, rcm_item())).flow is ReplicationFlow.CLASSIC  # mixed: not one flow
    assert Selection(items=(rcm_item(),)).is_modernized
    assert not Selection().is_modernized
    assert not Selection(items=(WEB1,)).is_modernized
    assert not Selection(items=(WEB1, rcm_item())).is_modernized


def test_nothing_is_missing_from_a_complete_classic_selection():
    assert classic().missing() == []


@pytest.mark.parametrize(
    ("change", "missing"),
    [
        ({"items": ()}, "a VM or a recovery plan"),
        ({"master_target_id": None}, "a master target"),
        ({"process_server_id": None}, "a process server"),
        ({"per_item": {"web-01": ItemChoices(None, "R:")}}, "a datastore for web-01"),
        ({"per_item": {"web-01": ItemChoices("ds-vmfs-01", None)}}, "a retention drive for web-01"),
        ({"items": (WEB1, rcm_item())}, "VMs of one replication experience (classic and modernized can't be mixed)"),
    ],
    ids=["no-vm", "no-mt", "no-ps", "no-datastore", "no-retention", "mixed-flows"],
)
def test_each_missing_classic_choice_is_named_alone(change, missing):
    said = classic(**change).missing()
    assert missing in said
    others = {
        "a VM or a recovery plan",
        "a master target",
        "a process server",
        "a datastore for web-01",
        "a retention drive for web-01",
    } - {missing}
    assert not others & set(said), said


def test_classic_requests_carry_every_choice():
    sel = classic(run_as_account_id="1")
    sel.choices_for("web-01").disks_to_include = ("web-01-os",)
    (request,) = build_requests(sel, POLICY)
    assert request.target == ClassicTarget("mt-win-01", "ps-01", "R:", "1")
    assert (request.item_id, request.datastore_name, request.policy_id) == ("web-01", "ds-vmfs-01", POLICY_ID)
    assert request.disks_to_include == ("web-01-os",)


def test_classic_requests_need_a_classic_failback_policy():
    with pytest.raises(ValueError, match="INF-02"):
        build_requests(classic(), None)
    with pytest.raises(ValueError, match="INF-02"):
        build_requests(classic(), ModernizedFailbackPolicy("p", "rcm", 60, 5))


def test_an_incomplete_selection_builds_no_request():
    with pytest.raises(ValueError, match="a master target"):
        build_requests(classic(master_target_id=None), POLICY)


def test_modernized_requests_need_no_policy():
    sel = Selection(
        items=(rcm_item(),),
        appliance_id="agent-appliance-01",
        log_storage_account_id=LOG_ACCOUNT,
        per_item={"intranet-01": ItemChoices("ds-vmfs-01")},
    )
    (request,) = build_requests(sel, None)
    assert request.policy_id == "" and request.disks_to_include == ()


def test_the_default_disks_leave_out_azure_temporary_storage():
    it = item(disks=(disk("os", 127, is_os_disk=True), disk("temp", 16, is_azure_temporary=True), disk("data")))
    assert default_disks(it) == ("os", "data")
