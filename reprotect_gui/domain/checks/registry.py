"""Every check registers the catalog IDs it implements, so a test can prove none is missing.

Three scopes: `whole` (the site or the plan as a whole, e.g. MT-02, MT-10), `per_request` (one
item's request), `per_master_target` (each master target chosen, once, however many VMs go
to it). Rules implemented outside the preflight (SUB-07 in the job pane) register with
`implemented_elsewhere`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from reprotect_gui.domain.checks.facts import Facts, RequestFacts
from reprotect_gui.domain.models import MasterTarget
from reprotect_gui.domain.verdicts import Verdict

CheckFn = Callable[[Facts], Iterable[Verdict]]


@dataclass(frozen=True, slots=True)
class RegisteredCheck:
    ids: tuple[str, ...]
    name: str
    run: CheckFn


_PREFLIGHT: list[RegisteredCheck] = []
_ELSEWHERE: dict[str, str] = {}  # catalog ID → where it is implemented


def whole(*ids: str) -> Callable[[CheckFn], CheckFn]:
    def register(fn: CheckFn) -> CheckFn:
        _PREFLIGHT.append(RegisteredCheck(ids, fn.__name__, fn))
        return fn

    return register


def per_request(
    *ids: str,
) -> Callable[[Callable[[Facts, RequestFacts], Iterable[Verdict]]], CheckFn]:
    def register(fn: Callable[[Facts, RequestFacts], Iterable[Verdict]]) -> CheckFn:
        def run(f: Facts) -> Iterator[Verdict]:
            for rf in f.requests:
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
