"""Every check registers the catalog IDs it implements, so a test can prove none is missing.

Three scopes: `whole` (the site or the plan as a whole, e.g. MT-02, MT-10), `per_request` (one
item's request), `per_master_target` (each master target chosen, once, however many VMs go
to it). Rules implemented outside the preflight (SUB-07 in the job pane) register with
`implemented_elsewhere`.

Each check belongs to a flow (ELIG-08): classic rules (sections B–F) look at classic requests
only and stay silent when every request is modernized; section G looks at modernized requests
only; item rules that hold for both say `flows=BOTH_FLOWS`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from reprotect_gui.domain.checks.facts import Facts
from reprotect_gui.domain.models import MasterTarget, ReplicationFlow
from reprotect_gui.domain.verdicts import Verdict

CheckFn = Callable[[Facts], Iterable[Verdict]]
CLASSIC_ONLY = frozenset({ReplicationFlow.CLASSIC})
MODERNIZED_ONLY = frozenset({ReplicationFlow.MODERNIZED})
BOTH_FLOWS = CLASSIC_ONLY | MODERNIZED_ONLY


@dataclass(frozen=True, slots=True)
class RegisteredCheck:
    ids: tuple[str, ...]
    name: str
    run: CheckFn


_PREFLIGHT: list[RegisteredCheck] = []
_ELSEWHERE: dict[str, str] = {}  # catalog ID → where it is implemented


def applies(f: Facts, flows: frozenset[ReplicationFlow]) -> bool:
    """Classic whole-site rules keep speaking with no request at all, but not for a modernized-only run."""
    if ReplicationFlow.CLASSIC in flows and (f.requests or not f.modernized_requests):
        return True
    return ReplicationFlow.MODERNIZED in flows and bool(f.modernized_requests)


def whole(*ids: str, flows: frozenset[ReplicationFlow] = CLASSIC_ONLY) -> Callable[[CheckFn], CheckFn]:
    def register(fn: CheckFn) -> CheckFn:
        def run(f: Facts) -> Iterator[Verdict]:
            if applies(f, flows):
                yield from fn(f)

        _PREFLIGHT.append(RegisteredCheck(ids, fn.__name__, run))
        return fn

    return register


def per_request(
    *ids: str, flows: frozenset[ReplicationFlow] = CLASSIC_ONLY
) -> Callable[[Callable[[Facts, Any], Iterable[Verdict]]], CheckFn]:
    """`fn(facts, rf)` gets a RequestFacts (classic) or a ModernizedRequestFacts (section G)."""

    def register(fn: Callable[[Facts, Any], Iterable[Verdict]]) -> CheckFn:
        def run(f: Facts) -> Iterator[Verdict]:
            for rf in f.requests_of(flows):
                yield from fn(f, rf)

        _PREFLIGHT.append(RegisteredCheck(ids, fn.__name__, run))
        return run

    return register


def per_master_target(
    *ids: str,
) -> Callable[[Callable[[Facts, MasterTarget], Iterable[Verdict]]], CheckFn]:
    def register(fn: Callable[[Facts, MasterTarget], Iterable[Verdict]]) -> CheckFn:
        def run(f: Facts) -> Iterator[Verdict]:
            for mt in f.chosen_master_targets:
                yield from fn(f, mt)

        _PREFLIGHT.append(RegisteredCheck(ids, fn.__name__, run))
        return run

    return register


def implemented_elsewhere(check_id: str, where: str) -> None:
    _ELSEWHERE[check_id] = where


def preflight_checks() -> tuple[RegisteredCheck, ...]:
    return tuple(_PREFLIGHT)


def implemented_ids() -> frozenset[str]:
    ids = {cid for c in _PREFLIGHT for cid in c.ids}
    return frozenset(ids | set(_ELSEWHERE))
