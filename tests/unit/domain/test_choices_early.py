"""Issue 13, items 2 and 3: the choices the pages offer know early what the review would say late.

Replication groups on the item list (SUB-02), the way forward for ineligible items (ELIG-01, ELIG-08),
master targets whose host offers no datastore (INF-06, MT-08, DS-01), what a datastore must hold
(DS-03, DS-05) and when a datastore is chosen for the operator.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from builders import HOST, NOW, World, disk, item, master_target, seen, vc_vm

from reprotect_gui.domain import choices
from reprotect_gui.domain.checks.eligibility import elig01_cause, out_of_scope_text
from reprotect_gui.domain.models import (
    DatastoreType,
    ProviderKind,
    RecoveryPlan,
    SeenDatastore,
    VcDatastore,
    VcMatch,
    provider_kind,
)


def _site(w: World, *plans: RecoveryPlan):
    return replace(w.site(), plans=plans)


def _group_world() -> World:
    w = World()
    w.items = [
        item("web-01"),
        item("web-02", replication_group="web-tier"),
        item("sql-01", replication_group="web-tier"),
    ]
    return w


def test_a_group_member_alone_is_disabled_and_names_the_smallest_plan_holding_the_group():
    small = RecoveryPlan("rp-small", "RP-Small", ("web-02", "sql-01"))
    big = RecoveryPlan("rp-big", "RP-Big", ("web-01", "web-02", "sql-01"))
    site = _site(_group_world(), big, small)
    by_name = {c.value.name: c for c in choices.item_choices(site, NOW)}
    assert by_name["web-01"].selectable
    assert not by_name["web-02"].selectable
    assert by_name["web-02"].reasons[-1][0] == "SUB-02" and "RP-Small" in by_name["web-02"].reason_text
    assert choices.replication_group_plan(site, "web-tier") == small


def test_a_group_without_a_plan_says_to_create_one():
    site = _site(_group_world(), RecoveryPlan("rp-half", "RP-Half", ("web-02",)))
    assert choices.replication_group_plan(site, "web-tier") is None
    (sql,) = [c for c in choices.item_choices(site, NOW) if c.value.name == "sql-01"]
    assert "create a recovery plan with sql-01, web-02" in sql.reason_text


def test_a_plan_with_part_of_a_group_is_disabled_on_the_first_page():
    site = _site(_group_world(), RecoveryPlan("rp-half", "RP-Half", ("web-01", "web-02")))
    (plan,) = choices.plan_choices(site)
    assert not plan.selectable and "sql-01 left out" in plan.reason_text and "SUB-02" in plan.reason_text


@pytest.mark.parametrize(
    ("ops", "running", "location", "expected"),
    [
        (("Commit", "ChangePit"), None, "Recovery", "commit it first"),
        (("DisableProtection",), "job-7", "Recovery", "wait until it finishes"),
        (("PlannedFailover",), None, "Primary", "has not been failed over"),
        (("ReverseReplicate",), None, "Recovery", ""),
    ],
)
def test_an_ineligible_item_names_the_way_forward(ops, running, location, expected):
    it = item(allowed_operations=frozenset(ops), running_job_id=running, active_location=location)
    cause = elig01_cause(it)
    assert (expected in cause) if expected else cause == ""


@pytest.mark.parametrize(
    ("provider", "kind", "words"),
    [
        ("InMageAzureV2", ProviderKind.CLASSIC, None),
        ("InMage", ProviderKind.CLASSIC, None),
        ("InMageRcm", ProviderKind.MODERNIZED, None),
        ("InMageRcmFailback", ProviderKind.MODERNIZED, None),
        ("A2A", ProviderKind.AZURE_TO_AZURE, "Azure to Azure"),
        ("HyperVReplicaAzure", ProviderKind.HYPER_V, "Hyper-V"),
        ("HyperVReplica2012R2", ProviderKind.HYPER_V, "Hyper-V"),
        ("VMwareCbt", ProviderKind.AGENTLESS_MIGRATION, "agentless VMware migration"),
        ("SomethingNew", ProviderKind.OTHER, "not a VMware-to-Azure provider"),
    ],
)
def test_providers_in_plain_words_and_out_of_scope_ones_named(provider, kind, words):
    assert provider_kind(provider) is kind
    if words:
        assert words in out_of_scope_text(provider) and provider in out_of_scope_text(provider)


# --- master targets that would lead to an empty datastore page ------------------------------------------


@pytest.mark.parametrize(
    ("datastores", "vcenter", "blocked_by"),
    [
        ((), True, {"INF-06"}),  # ASR lists none: the page would be empty
        ((), False, {"INF-06"}),  # ... also without vCenter
        ((seen("nfs-01", type=DatastoreType.NFS),), True, {"DS-01"}),  # only NFS
        ((seen("ds-gone"),), True, {"DS-02"}),  # listed by ASR, not mounted on the host
        ((seen(),), True, set()),  # one VMFS datastore: fine
    ],
)
def test_a_master_target_whose_host_offers_no_usable_datastore_is_disabled(datastores, vcenter, blocked_by):
    w = World()
    w.mts = [master_target(datastores=datastores)]
    if not vcenter:
        w.no_vcenter()
    site = w.site()
    (c,) = choices.master_target_choices(site, site.items, NOW, vcenter=w.vcenter(), matches=w.matches())
    dead_end = {cid for cid, text in c.reasons if "datastore page would be empty" in text}
    assert blocked_by <= dead_end and (not blocked_by) == (not dead_end)
    assert c.selectable is (not blocked_by)


def test_the_disk_budget_on_the_page_counts_the_master_targets_devices():
    w = World()
    w.items = [item(disks=(disk("a", is_os_disk=True),))]
    w.mts = [master_target(disk_count=5)]
    w.vms["mt-win-01"] = vc_vm("mt-win-01", disks=tuple(replace(vc_vm("x").disks[0], label=f"d{n}") for n in range(59)))
    site = w.site()
    budget = choices.disk_budget(site.master_targets[0], site.items, w.matches())
    assert str(budget) == "60 / 60" and budget.fits
    w.items = [item(disks=(disk("a", is_os_disk=True), disk("b")))]
    site = w.site()
    (c,) = choices.master_target_choices(site, site.items, NOW, vcenter=w.vcenter(), matches=w.matches())
    assert not c.selectable and "MT-10" in c.reason_text  # 59 + 2 = 61


# --- what a datastore must hold, and when it is chosen for the operator -----------------------------------


def _need(*presence: str, size: float = 100) -> choices.DatastoreNeed:
    w = World()
    targets = []
    for n, p in enumerate(presence):
        it = item(f"vm-{n}", disks=(disk(f"vm-{n}-d", size),))
        vm = vc_vm(f"vm-{n}")
        match = {"found": VcMatch(it.on_prem_vm, vm, "name"), "absent": VcMatch(it.on_prem_vm, None, "")}.get(p)
        targets.append((it, (), match))
    return choices.datastore_need(w.vcenter(), targets)


@pytest.mark.parametrize(
    ("presence", "needed", "ignored"),
    [
        (("found",), 0, True),  # DS-03: the disks exist, the value is ignored
        (("absent",), 100, False),
        (("unknown",), 100, False),  # might be gone: counted
        (("found", "absent", "absent"), 200, False),
        (("found", "found"), 0, True),
    ],
)
def test_datastore_need(presence, needed, ignored):
    need = _need(*presence)
    assert need.needed_gb == needed and need.ignored is ignored


@pytest.mark.parametrize(("free", "warned"), [(1855, False), (1854.9, True), (0, True)])
def test_ds05_on_the_row_just_inside_and_just_outside(free, warned):
    mt = master_target(datastores=(SeenDatastore("ds-vmfs-01", DatastoreType.VMFS, 4000, free),))
    w = World()
    w.datastores = [VcDatastore("ds-vmfs-01", DatastoreType.VMFS, 4000, free, True, (HOST,))]
    need = choices.DatastoreNeed(needed_gb=1855, new_disks_for=("sql-01",))
    (c,) = choices.datastore_choices(mt, w.vcenter(), need=need)
    assert c.selectable  # DS-05 is a warning, as the catalogue says
    assert ("DS-05" in c.note_text) is warned


def _ds(name: str, ok: bool = True):
    from reprotect_gui.domain.models import Choice

    return Choice(SeenDatastore(name, DatastoreType.VMFS, 100, 50), ok)


IGNORED = choices.DatastoreNeed(reused=("web-01",))
NEEDED = choices.DatastoreNeed(needed_gb=10, new_disks_for=("sql-01",))


@pytest.mark.parametrize(
    ("rows", "need", "own", "expected"),
    [
        ([_ds("a")], NEEDED, (), "a"),  # exactly one usable
        ([_ds("a"), _ds("b", ok=False)], NEEDED, (), "a"),
        ([_ds("a"), _ds("b")], NEEDED, (), None),  # a real choice
        ([_ds("a"), _ds("b")], IGNORED, ("b",), "b"),  # ignored: the VM's own
        ([_ds("a"), _ds("b")], IGNORED, ("c",), "a"),  # ignored, own not offered: the first usable
        ([_ds("a", ok=False)], IGNORED, ("a",), None),  # nothing usable
        ([], IGNORED, (), None),
    ],
)
def test_preselected_datastore(rows, need, own, expected):
    chosen = choices.preselected_datastore(rows, need, own)
    assert (chosen.symbolic_name if chosen else None) == expected
