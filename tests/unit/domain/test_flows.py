"""The flow registry (ELIG-08): each provider has one flow, each flow builds its own typed target,
and a check sees only the requests of the flows it declares."""

from __future__ import annotations

import pytest
from builders import NOW, world
from rcm_builders import rcm_world

from reprotect_gui.domain.checks.facts import Facts, PreflightInput
from reprotect_gui.domain.checks.registry import BOTH_FLOWS, CLASSIC_ONLY, MODERNIZED_ONLY, applies
from reprotect_gui.domain.flows import DEFAULT_FLOW, FLOWS, flow_for_provider, flow_of
from reprotect_gui.domain.models import ClassicTarget, ModernizedTarget, ReplicationFlow
from reprotect_gui.domain.selection import Selection, build_requests


def test_every_provider_belongs_to_one_flow_and_others_are_out_of_scope() -> None:
    providers = [p for f in FLOWS for p in f.providers]
    assert len(providers) == len(set(providers))
    assert flow_for_provider("InMageAzureV2") is ReplicationFlow.CLASSIC
    assert flow_for_provider("InMage") is ReplicationFlow.CLASSIC
    assert flow_for_provider("InMageRcm") is ReplicationFlow.MODERNIZED
    assert flow_for_provider("InMageRcmFailback") is ReplicationFlow.MODERNIZED
    assert flow_for_provider("A2A") is ReplicationFlow.OUT_OF_SCOPE
    assert flow_for_provider("inmagercm") is ReplicationFlow.OUT_OF_SCOPE  # ASR's spelling is exact


def test_each_flow_is_found_by_its_key_and_its_target_type_names_it() -> None:
    for flow in FLOWS:
        assert flow_of(flow.key) is flow
        assert flow.target_type.flow is flow.key
    with pytest.raises(KeyError):
        flow_of(ReplicationFlow.OUT_OF_SCOPE)


def test_the_requests_of_each_flow_carry_its_target_type() -> None:
    classic = world().requests()
    modernized = rcm_world().requests()
    assert {type(r.target) for r in classic} == {ClassicTarget}
    assert {type(r.target) for r in modernized} == {ModernizedTarget}
    assert {r.flow for r in classic} == {ReplicationFlow.CLASSIC}
    assert {r.flow for r in modernized} == {ReplicationFlow.MODERNIZED}


def test_a_selection_asks_its_flow_what_is_missing() -> None:
    w = world()
    sel = Selection(items=(w.items[0],))
    assert sel.flow is ReplicationFlow.CLASSIC
    assert sel.missing()[:2] == ["a master target", "a process server"]
    assert Selection().missing() == ["a VM or a recovery plan"]
    assert Selection().flow is DEFAULT_FLOW.key
    mixed = Selection(items=(w.items[0], rcm_world().items[0]))
    assert mixed.missing() == ["VMs of one replication experience (classic and modernized can't be mixed)"]
    with pytest.raises(ValueError, match="one replication experience"):
        build_requests(mixed, None)


def _facts(requests) -> Facts:  # type: ignore[no-untyped-def]
    w = world()
    return Facts(PreflightInput(site=w.site(), vcenter=w.vcenter(), requests=tuple(requests), now=NOW))


def test_checks_see_the_requests_of_their_own_flows_only() -> None:
    classic, modernized = world().requests(), rcm_world().requests()
    f = _facts(classic + modernized)
    assert len(f.requests) == len(classic) + len(modernized)
    assert [rf.request for rf in f.scoped(CLASSIC_ONLY).requests] == list(classic)
    assert [rf.request for rf in f.scoped(MODERNIZED_ONLY).requests] == list(modernized)
    assert len(f.scoped(BOTH_FLOWS).requests) == len(f.requests)
    assert f.scoped(CLASSIC_ONLY) is f.scoped(CLASSIC_ONLY)  # built once per scope
    assert all(rf.mt is not None and rf.appliance is None for rf in f.scoped(CLASSIC_ONLY).requests)


def test_whole_site_rules_of_the_default_flow_speak_before_any_request() -> None:
    none = _facts(())
    assert applies(none, CLASSIC_ONLY) and not applies(none, MODERNIZED_ONLY)
    only_modernized = _facts(rcm_world().requests())
    assert not applies(only_modernized, CLASSIC_ONLY) and applies(only_modernized, MODERNIZED_ONLY)


def test_each_flow_knows_which_rules_apply_to_it() -> None:
    from reprotect_gui.domain.checks.registry import checks_of, preflight_checks

    def sections(flow: ReplicationFlow) -> set[str]:
        return {cid.split("-")[0] for c in flow_of(flow).checks() for cid in c.ids}

    assert sections(ReplicationFlow.CLASSIC) == {"ELIG", "INF", "MT", "DS", "RET", "SUB"}
    assert sections(ReplicationFlow.MODERNIZED) == {"ELIG", "RCM"}
    assert checks_of(ReplicationFlow.OUT_OF_SCOPE) == ()
    assert all(any(c in checks_of(f.key) for f in FLOWS) for c in preflight_checks())  # none belongs to no flow
