"""Every check registers the catalog IDs it implements, so a test can prove none is missing.

Three scopes: `whole` (the site or the plan as a whole, e.g. MT-02, MT-10), `per_request` (one
item's request), `per_master_target` (each master target chosen, once, however many VMs go
to it). Rules implemented outside the preflight (SUB-07 in the job pane) register with
`implemented_elsewhere`.

Each check belongs to a flow (ELIG-08; the flows themselves are in domain/flows): a check sees
the facts scoped to the flows it declares (`Facts.scoped`), so classic rules (sections B–F) look
at classic requests only and stay silent when every request is modernized; section G looks at
modernized requests only; item rules that hold for both say `flows=BOTH_FLOWS`. Before any
request exists, the whole-site rules of the default flow speak.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from reprotect_gui.domain.checks.facts import Facts
from reprotect_gui.domain.flows import DEFAULT_FLOW
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
    flows: frozenset[ReplicationFlow] = CLASSIC_ONLY  # the flows whose requests it looks at


_PREFLIGHT: list[RegisteredCheck] = []
_ELSEWHERE: dict[str, str] = {}  # catalog ID → where it is implemented


def applies(f: Facts, flows: frozenset[ReplicationFlow]) -> bool:
    """A whole-site rule speaks when its flows have requests, or, with none at all, for the default flow."""
    if f.requests:
        return bool(f.scoped(flows).requests)
    return DEFAULT_FLOW.key in flows


def whole(*ids: str, flows: frozenset[ReplicationFlow] = CLASSIC_ONLY) -> Callable[[CheckFn], CheckFn]:
    def register(fn: CheckFn) -> CheckFn:
        def run(f: Facts) -> Iterator[Verdict]:
            if applies(f, flows):
                yield from fn(f.scoped(flows))

        _PREFLIGHT.append(RegisteredCheck(ids, fn.__name__, run, flows))
        return fn

    return register


def per_request(
    *ids: str, flows: frozenset[ReplicationFlow] = CLASSIC_ONLY
) -> Callable[[Callable[[Facts, Any], Iterable[Verdict]]], CheckFn]:
    """`fn(facts, rf)` gets a RequestFacts (classic) or a ModernizedRequestFacts (section G)."""

    def register(fn: Callable[[Facts, Any], Iterable[Verdict]]) -> CheckFn:
        def run(f: Facts) -> Iterator[Verdict]:
            scoped = f.scoped(flows)
            for rf in scoped.requests:
                yield from fn(scoped, rf)

        _PREFLIGHT.append(RegisteredCheck(ids, fn.__name__, run, flows))
        return run

    return register


def per_master_target(
    *ids: str,
) -> Callable[[Callable[[Facts, MasterTarget], Iterable[Verdict]]], CheckFn]:
    def register(fn: Callable[[Facts, MasterTarget], Iterable[Verdict]]) -> CheckFn:
        def run(f: Facts) -> Iterator[Verdict]:
            scoped = f.scoped(CLASSIC_ONLY)  # master targets are classic objects
            for mt in scoped.chosen_master_targets:
                yield from fn(scoped, mt)

        _PREFLIGHT.append(RegisteredCheck(ids, fn.__name__, run))
        return run

    return register


def implemented_elsewhere(check_id: str, where: str) -> None:
    _ELSEWHERE[check_id] = where


def preflight_checks() -> tuple[RegisteredCheck, ...]:
    return tuple(_PREFLIGHT)


def checks_of(flow: ReplicationFlow) -> tuple[RegisteredCheck, ...]:
    """The rules that apply to one flow's requests (what a new flow's checks register under)."""
    return tuple(c for c in _PREFLIGHT if flow in c.flows)


def implemented_ids() -> frozenset[str]:
    ids = {cid for c in _PREFLIGHT for cid in c.ids}
    return frozenset(ids | set(_ELSEWHERE))
