"""The training scenario: the built-in estate is believable; broken files are refused precisely."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from reprotect_gui.domain.choices import item_choices
from reprotect_gui.domain.errors import ScenarioError
from reprotect_gui.domain.models import DatastoreType, OsType, ReplicationFlow, ServerLocation
from reprotect_gui.training.scenario import builtin_path, load_scenario
from tests.fakes import ManualClock


@pytest.fixture
def raw() -> dict:
    return json.loads(builtin_path().read_text(encoding="utf-8"))


def write(tmp_path, data) -> str:
    path = tmp_path / "scenario.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_the_builtin_estate_is_a_believable_site():
    scenario = load_scenario()
    site = scenario.site(ManualClock().now())
    vc = scenario.vcenter()
    assert len(site.configuration_servers) == 1
    assert {mt.os_type for mt in site.master_targets} == {OsType.WINDOWS, OsType.LINUX}
    assert {ps.location for ps in site.process_servers} == {ServerLocation.AZURE, ServerLocation.ON_PREMISES}
    assert len(vc.datastores) >= 8
    assert {DatastoreType.VMFS, DatastoreType.VSAN, DatastoreType.NFS, DatastoreType.NFS41} <= {
        d.type for d in vc.datastores
    }
    assert len({h for d in vc.datastores for h in d.host_names}) >= 3
    assert any(d.free_percent < 5 for d in vc.datastores), "one datastore is nearly full"
    classic = [i for i in site.items if i.flow is ReplicationFlow.CLASSIC]
    assert len(classic) >= 10
    assert {i.os_type for i in classic} == {OsType.WINDOWS, OsType.LINUX}
    assert {len(i.disks) for i in classic} >= {1, 6}
    modernized = [i for i in site.items if i.flow is ReplicationFlow.MODERNIZED]
    assert {i.provider for i in modernized} == {"InMageRcm"} and len(modernized) >= 4  # with the journey plan and trap
    assert {i.rcm.source_vm_deleted for i in modernized if i.rcm} == {False, True}  # original and alternate
    assert {a.health for a in site.appliances} == {"Normal", "Critical"}
    assert site.log_storage_accounts and site.modernized_policy is not None
    assert [i.provider for i in site.items if i.flow is ReplicationFlow.OUT_OF_SCOPE] == ["A2A"]
    assert len(site.plans) >= 2
    policy = site.failback_policy
    assert policy is not None and policy.values == (15, 1440, 60)


def test_every_ineligible_item_is_ineligible_for_a_different_section_a_reason():
    site = load_scenario().site(ManualClock().now())
    blocked = [c for c in item_choices(site) if not c.selectable]
    # Replication-group members are disabled alone by SUB-02 (their plan reprotects them); the rest by section A.
    assert {cid for c in blocked for cid, _ in c.reasons if not cid.startswith("ELIG-")} == {"SUB-02"}
    reasons = [c.reasons[0][0] for c in blocked if c.reasons[0][0] != "SUB-02"]
    assert len(reasons) >= 4
    per_id = Counter(reasons)
    assert all(rid.startswith("ELIG-") for rid in per_id)
    assert len(per_id) == len(reasons), f"each trap has its own reason: {reasons}"


def test_times_are_relative_to_now_so_heartbeats_stay_fresh():
    scenario = load_scenario()
    clock = ManualClock()
    earlier = scenario.site(clock.now()).configuration_servers[0].last_heartbeat
    clock.advance(days=30)
    later = scenario.site(clock.now()).configuration_servers[0].last_heartbeat
    assert later - earlier == clock.now() - ManualClock().now()


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d["items"][3]["disks"][0].update(size_gb="big"), "at items[3].disks[0].size_gb: expected a number"),
        (lambda d: d["items"][0].pop("os"), "at items[0]: 'os' is missing"),
        (lambda d: d["items"][0].update(os="Solaris"), "at items[0].os: 'Solaris' is not one of Linux, Windows"),
        (lambda d: d["plans"][0]["items"].append("nope-01"), "plan refers to unknown item 'nope-01'"),
        (lambda d: d["master_targets"][0].update(esxi_host="esx-99"), "host 'esx-99' is not in vcenter.hosts"),
        (lambda d: d["items"][1].update(id="web-01"), "item id 'web-01' is used twice"),
        (lambda d: d["vcenter"]["datastores"][0].update(free_gb=99999), "is larger than the capacity"),
        (lambda d: d["items"][4]["job"].update(fail_at_task="explode"), "'explode' is not a task of the job"),
        (lambda d: d["items"][4]["job"].update(error="12345"), "error '12345' is not described under job.errors"),
        (lambda d: d.update(items={}), "at items: expected a list, found an object"),
    ],
)
def test_a_broken_scenario_names_the_place_and_the_problem(tmp_path, raw, mutate, expected):
    mutate(raw)
    with pytest.raises(ScenarioError) as caught:
        load_scenario(write(tmp_path, raw))
    assert expected in caught.value.summary
    assert "scenario.json" in caught.value.summary
    assert caught.value.next_step


def test_a_missing_file_says_so(tmp_path):
    with pytest.raises(ScenarioError, match="does not exist"):
        load_scenario(tmp_path / "nowhere.json")


def test_invalid_json_gives_line_and_column(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"format": \n  oops}', encoding="utf-8")
    with pytest.raises(ScenarioError, match=r"not valid JSON: .* line 2, column 3"):
        load_scenario(path)
