"""Use case: the preflight of a selection on an estate — one place that assembles its input.

The wizard's Review page and the console program (`reprotect-cli check` / `run`) both go
through here, so both check the same requests against the same facts: the vault and vCenter
as read (services/estate.py), the ASR→vCenter mapping, the plan, and what the operator states.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from reprotect_gui.domain.checks.facts import OperatorStatements, PreflightInput
from reprotect_gui.domain.models import FailbackPolicy, ModernizedFailbackPolicy, RecoverySite, ReprotectRequest
from reprotect_gui.domain.preflight import run_preflight
from reprotect_gui.domain.selection import Selection, build_requests
from reprotect_gui.domain.verdicts import Verdict
from reprotect_gui.services.estate import Estate


def request_policy(site: RecoverySite, selection: Selection) -> FailbackPolicy | ModernizedFailbackPolicy | None:
    """The policy the requests carry: the one of the chosen items' flow (INF-02 / section G)."""
    return site.modernized_policy if selection.is_modernized else site.failback_policy


def selection_requests(site: RecoverySite, selection: Selection) -> tuple[ReprotectRequest, ...]:
    """The requests the submit would send (raises ValueError naming what is still to choose)."""
    return build_requests(selection, request_policy(site, selection))


def preflight_input(
    estate: Estate,
    selection: Selection,
    statements: OperatorStatements,
    now: datetime,
    requests: Sequence[ReprotectRequest] | None = None,
) -> PreflightInput:
    """Everything `run_preflight` looks at for this selection; `requests` default to the selection's."""
    return PreflightInput(
        site=estate.site,
        vcenter=estate.vcenter,
        requests=tuple(requests) if requests is not None else selection_requests(estate.site, selection),
        now=now,
        plan=selection.plan,
        statements=statements,
        matches=estate.matches,
    )


@dataclass(frozen=True, slots=True)
class SelectionCheck:
    """The requests of a selection and what every catalogue check says about them."""

    requests: tuple[ReprotectRequest, ...]
    verdicts: tuple[Verdict, ...]


def check_selection(
    estate: Estate, selection: Selection, statements: OperatorStatements, now: datetime
) -> SelectionCheck:
    inp = preflight_input(estate, selection, statements, now)
    return SelectionCheck(inp.requests, run_preflight(inp))
