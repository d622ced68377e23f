"""Issue 12: ARM payload fields the app computes with are validated. Generated edits of a real
wire-format estate (asr_estate, the emulator's seed), read through the SDK's own models and the
adapter's mapping, end as a valid RecoverySite/Job or a clear UserFacingError — never another
exception, never a NaN or a negative size in the domain."""

from __future__ import annotations

import copy
import math
from datetime import UTC, datetime

import pytest
from asr_estate import mixed_estate
from asr_testkit import TestCredential
from azure.mgmt.recoveryservicessiterecovery import models
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reprotect_gui.asr import mapping
from reprotect_gui.asr.errors import AzureAnswerUnreadable
from reprotect_gui.asr.settings import VaultLocation
from reprotect_gui.asr.site_recovery import ArmSiteRecovery
from reprotect_gui.domain.errors import UserFacingError

ESTATE = mixed_estate(vm_count=2)
KINDS = {
    "fabrics": models.Fabric,
    "items": models.ReplicationProtectedItem,
    "plans": models.RecoveryPlan,
    "policies": models.Policy,
    "mappings": models.ProtectionContainerMapping,
    "vcenters": models.VCenter,
}
JOB = {
    "id": "/Subscriptions/s/resourceGroups/rg/providers/Microsoft.RecoveryServices/vaults/v/replicationJobs/j1",
    "name": "j1",
    "properties": {
        "scenarioName": "ReverseReplicate",
        "friendlyName": "Reprotect",
        "state": "Failed",
        "stateDescription": "Failed",
        "startTime": "2026-11-27T09:00:00.000Z",
        "endTime": "2026-11-27T09:20:00.000Z",
        "targetObjectName": "web-01",
        "tasks": [
            {
                "taskId": "t1",
                "name": "Prereq",
                "friendlyName": "Prerequisites check",
                "state": "Failed",
                "stateDescription": "Failed",
                "startTime": "2026-11-27T09:00:00.000Z",
                "errors": [
                    {
                        "taskId": "t1",
                        "providerErrorDetails": {"errorCode": 95226, "errorMessage": "unreachable"},
                        "serviceErrorDetails": {"code": "ReprotectFailed", "message": "failed"},
                    }
                ],
            }
        ],
        "errors": [],
    },
}


def adapter() -> ArmSiteRecovery:
    return ArmSiteRecovery(TestCredential(), VaultLocation("s", "rg", "v"))


def read_site(payload: dict):
    a = adapter()
    lists = [[KINDS[k](copy.deepcopy(x)) for x in payload[k]] for k in KINDS]
    return a._map("read the vault", lambda: a._site(*lists))


def read_job(payload: dict):
    return adapter()._map("read the job", lambda: mapping.job(models.Job(copy.deepcopy(payload))))


def assert_usable_site(site) -> None:
    for item in site.items:
        assert all(math.isfinite(d.size_gb) and d.size_gb >= 0 for d in item.disks)
    for mt in site.master_targets:
        assert 0 <= mt.disk_count <= mapping.MAX_COUNT
        for v in mt.retention_volumes:
            assert 0 <= v.free_bytes <= mapping.MAX_BYTES and 0 <= v.capacity_bytes <= mapping.MAX_BYTES
            assert 0 <= v.threshold_percent <= 100
        assert all(math.isfinite(d.free_gb) and d.free_gb >= 0 for d in mt.datastores)
    if site.failback_policy is not None:
        assert 0 <= site.failback_policy.rpo_threshold_minutes <= mapping.MAX_MINUTES


def _paths(node, prefix=()):
    if prefix:
        yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, (*prefix, i))


SITE_PATHS = [p for p in _paths({k: ESTATE[k] for k in KINDS}) if len(p) > 2]
JOB_PATHS = list(_paths(JOB))
NASTY = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**25), max_value=10**25),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([-1, 2**60, 2**60 + 1, 10**400, "NaN", "inf", "-1", "1e309", "", "None", "0001-01-01T00:00:00Z"]),
    st.text(max_size=8),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=4), st.integers(), max_size=2),
)


def mutate(payload, path, value):
    parent = payload
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = value


def valid_or_sentence(read, payload, check=None) -> None:
    try:
        result = read(payload)
    except UserFacingError as exc:
        assert exc.summary and exc.next_step
        return
    if check is not None:
        check(result)


@settings(max_examples=1200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(SITE_PATHS), NASTY), min_size=1, max_size=3))
def test_generated_vault_payloads_map_to_a_usable_site_or_a_sentence(edits):
    payload = copy.deepcopy({k: ESTATE[k] for k in KINDS})
    for path, value in edits:
        try:
            mutate(payload, path, value)
        except (KeyError, IndexError, TypeError):
            continue
    valid_or_sentence(read_site, payload, assert_usable_site)


@settings(max_examples=1200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(JOB_PATHS), NASTY), min_size=1, max_size=3))
def test_generated_job_payloads_map_to_a_job_or_a_sentence(edits):
    payload = copy.deepcopy(JOB)
    for path, value in edits:
        try:
            mutate(payload, path, value)
        except (KeyError, IndexError, TypeError):
            continue
    valid_or_sentence(read_job, payload)


def test_the_unmutated_estate_maps():
    assert_usable_site(read_site({k: ESTATE[k] for k in KINDS}))
    assert read_job(JOB).tasks[0].errors[0].code == "95226"


@pytest.mark.parametrize(
    ("field", "value", "usable"),
    [
        ("diskCount", mapping.MAX_COUNT, True),
        ("diskCount", mapping.MAX_COUNT + 1, False),
        ("diskCount", -1, False),
        ("diskCount", float("nan"), False),
        ("diskCount", 1e300, False),
    ],
)
def test_master_target_numbers_at_their_edges(field, value, usable):
    payload = copy.deepcopy({k: ESTATE[k] for k in KINDS})
    payload["fabrics"][0]["properties"]["customDetails"]["masterTargetServers"][0][field] = value
    if usable:
        assert_usable_site(read_site(payload))
    else:
        with pytest.raises(AzureAnswerUnreadable):
            read_site(payload)


@pytest.mark.parametrize(
    ("value", "usable"),
    [("100", True), ("0", True), (str(float(2**30)), True), ("1e300", False), ("NaN", False), ("-5", False)],
)
def test_datastore_gb_strings_at_their_edges(value, usable):
    payload = copy.deepcopy({k: ESTATE[k] for k in KINDS})
    mt = payload["fabrics"][0]["properties"]["customDetails"]["masterTargetServers"][0]
    mt["dataStores"][0]["freeSpace"] = value
    if usable:
        assert_usable_site(read_site(payload))
    else:
        with pytest.raises(AzureAnswerUnreadable):
            read_site(payload)


# --- the failback journey's reads (issue 18: FB-03, FB-15, REV-03/04/05, CMT-06) ----------------------------

_PORTAL = next(
    i for i in ESTATE["items"] if i["properties"]["providerSpecificDetails"]["instanceType"] == "InMageRcmFailback"
)
JOURNEY = {
    "item": {
        **copy.deepcopy(_PORTAL),
        "properties": {
            **copy.deepcopy(_PORTAL["properties"]),
            "allowedOperations": ["Commit", "CancelFailover"],
            "currentScenario": {"scenarioName": "None", "jobId": "/x/replicationJobs/None"},
            "replicationHealth": "Normal",
        },
    },
    "plan": copy.deepcopy(ESTATE["plans"][0]),
    "points": [
        {
            "id": f"{_PORTAL['id']}/recoveryPoints/p{n}",
            "properties": {"recoveryPointTime": f"2026-11-27T09:0{n}:00Z", "recoveryPointType": "CrashConsistent"},
        }
        for n in range(2)
    ],
    "fabrics": copy.deepcopy(ESTATE["fabrics"]),
    "policies": copy.deepcopy(ESTATE["policies"]),
    "mappings": copy.deepcopy(ESTATE["mappings"]),
}
JOURNEY["item"]["properties"]["providerSpecificDetails"].update(
    lastPlannedFailoverStatus="Failed", lastPlannedFailoverStartTime="2026-11-27T09:00:00Z"
)
JOURNEY_PATHS = [p for p in _paths(JOURNEY) if len(p) > 1]


def read_journey_payload(payload: dict):
    """Every journey mapper of the adapter over one payload, as ArmJourney runs them (through `_map`)."""
    from reprotect_gui.asr import journey as j
    from reprotect_gui.domain.models import ReplicationFlow

    a = adapter()
    item = models.ReplicationProtectedItem(copy.deepcopy(payload["item"]))
    plan = models.RecoveryPlan(copy.deepcopy(payload["plan"]))
    now = datetime.now(UTC)

    def everything():
        member = j.journey_member(item)
        state = j.plan_state(plan, "plan-id", (member,), now)
        points = j.recovery_points([models.RecoveryPoint(copy.deepcopy(p)) for p in payload["points"]])
        fabrics = [models.Fabric(copy.deepcopy(f)) for f in payload["fabrics"]]
        policies = [models.Policy(copy.deepcopy(p)) for p in payload["policies"]]
        mappings = [models.ProtectionContainerMapping(copy.deepcopy(m)) for m in payload["mappings"]]
        choices = [
            j.reverse_choices(item, str(payload["item"].get("id")), flow, fabric, policies, mappings)
            for flow in (ReplicationFlow.CLASSIC, ReplicationFlow.MODERNIZED)
            for fabric in fabrics
        ]
        return member, state, points, choices

    return a._map("read the journey", everything)


def assert_usable_journey(result) -> None:
    member, state, points, choices = result
    assert all(isinstance(op, str) for op in member.allowed_operations | state.allowed_operations)
    assert isinstance(member.protection_state, str) and isinstance(member.last_planned_failover_status, str)
    assert all(isinstance(p, str) for p in state.providers)
    times = [p.time for p in points if p.time is not None]
    assert [p.time for p in points[: len(times)]] == times  # newest first, the ones without a time last
    for c in choices:
        assert all(isinstance(s.server_id, str) and isinstance(s.health, str) for s in c.process_servers)


@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(JOURNEY_PATHS), NASTY), min_size=1, max_size=3))
def test_generated_journey_payloads_map_to_a_usable_state_or_a_sentence(edits):
    payload = copy.deepcopy(JOURNEY)
    for path, value in edits:
        try:
            mutate(payload, path, value)
        except (KeyError, IndexError, TypeError):
            continue
    valid_or_sentence(read_journey_payload, payload, assert_usable_journey)


def test_the_unmutated_journey_payload_maps_with_raw_values():
    member, _state, points, choices = read_journey_payload(JOURNEY)
    assert member.allowed_operations == {"Commit", "CancelFailover"} and member.last_planned_failover_status == "Failed"
    assert [p.point_id.rsplit("/", 1)[-1] for p in points] == ["p1", "p0"]
    assert any(c.process_servers for c in choices)
