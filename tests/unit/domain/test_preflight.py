"""run_preflight as a whole: a healthy world passes, verdicts are complete and said once,
and nothing read from vCenter passes silently when vCenter was not read."""

from __future__ import annotations

from builders import item, plan_of, preflight, unchanged, world

from reprotect_gui.domain.checks import preflight_checks
from reprotect_gui.domain.preflight import catalog_order, run_preflight
from reprotect_gui.domain.verdicts import Status

# The checks whose evidence is vCenter: without it each must say unknown, never pass.
VCENTER_EVIDENCE = {
    "ELIG-02",
    "INF-08",
    "INF-09",
    "MT-03",
    "MT-04",
    "MT-05",
    "MT-06",
    "MT-07",
    "MT-09",
    "MT-11",
    "MT-12",
    "MT-15",
    "DS-02",
    "DS-05",
    "SUB-01",
}


def test_a_healthy_world_has_no_block_warn_or_unknown() -> None:
    bad = [v for v in preflight(unchanged) if v.status in (Status.BLOCK, Status.WARN, Status.UNKNOWN)]
    assert bad == []


def test_every_verdict_is_complete() -> None:
    for mutate in (unchanged, lambda w: w.no_vcenter(), lambda w: w.mt(disk_count=60)):
        for v in preflight(mutate):
            assert v.check_id and v.finding and v.subject, v
            assert v.evidence, f"{v.check_id} shows no evidence"
            assert (v.status is Status.PASS) == (not v.remediation), v


def test_without_vcenter_the_vcenter_checks_are_unknown_and_say_so() -> None:
    verdicts = preflight(lambda w: w.no_vcenter())
    for check_id in VCENTER_EVIDENCE:
        mine = [v for v in verdicts if v.check_id == check_id]
        assert mine and all(v.status is Status.UNKNOWN for v in mine), (check_id, mine)
        assert any("vCenter was not read" in " ".join((v.finding, *v.evidence)) for v in mine), check_id


def test_rules_about_a_shared_object_are_said_once_for_a_plan() -> None:
    verdicts = preflight(lambda w: plan_of(w, *(item(f"vm-{n:02d}") for n in range(20))))
    for check_id in ("INF-04", "INF-01", "MT-04", "MT-10", "DS-01", "DS-02", "RET-01", "SUB-06"):
        assert len([v for v in verdicts if v.check_id == check_id]) == 1, check_id
    assert len([v for v in verdicts if v.check_id == "ELIG-01"]) == 21


def test_verdicts_come_in_catalog_order() -> None:
    order = [catalog_order(v.check_id) for v in preflight(unchanged)]
    assert order == sorted(order)
    assert catalog_order("MT-10") > catalog_order("MT-9") > catalog_order("INF-10")


def test_an_empty_request_list_says_nothing_per_vm() -> None:
    verdicts = preflight(lambda w: w.set(request_items=[]))
    assert {v.check_id for v in verdicts} == {"INF-02", "INF-03", "INF-10"}


def test_every_registered_check_runs_in_a_healthy_world() -> None:
    from rcm_builders import rcm_preflight

    # The classic world speaks for sections A-F, the modernized one for section G.
    said = {v.check_id for v in preflight(unchanged)} | {v.check_id for v in rcm_preflight(unchanged)}
    for check in preflight_checks():
        assert set(check.ids) & said, f"{check.name} said nothing"


def test_preflight_is_pure() -> None:
    w = world()
    inp = w.input()
    assert run_preflight(inp) == run_preflight(inp)
