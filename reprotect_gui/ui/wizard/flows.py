"""Each replication flow's wizard: its own pages, its route, its texts for the shared pages.

The domain's flow (domain/flows) owns providers, target type, requests and policy; this registry
adds what only the wizard knows. Adding a flow: its domain module, its pages, one entry here.
Kept light (no page imports): the wizard reads it before its first window is painted.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reprotect_gui.domain.flows import DEFAULT_FLOW, Flow
from reprotect_gui.domain.flows.classic import CLASSIC
from reprotect_gui.domain.flows.journey import JourneyStep, StepFlow, step_flow
from reprotect_gui.domain.flows.modernized import MODERNIZED
from reprotect_gui.domain.models import ReplicationFlow

if TYPE_CHECKING:
    from reprotect_gui.ui.wizard.base import WizardSession


@dataclass(frozen=True, slots=True)
class PageSpec:
    """A page built after the first paint: its wizard id, the wizard attribute, module and class."""

    page_id: int
    attribute: str
    module: str
    cls: str


# Pages every flow walks through (select, id 0, is built with the window).
SHARED_PAGES = (
    PageSpec(1, "direction_page", "direction_page", "DirectionPage"),
    PageSpec(3, "datastore_page", "datastore_page", "DatastorePage"),
    PageSpec(6, "review_page", "review_page", "ReviewPage"),
    PageSpec(7, "job_page", "job_page", "JobPage"),
)
DIRECTION_PAGE_ID = 1  # every route goes select -> direction


def _lazy(module: str, function: str) -> Callable[[WizardSession], str]:
    """A renderer imported on first use (the pages' modules load after the first paint)."""

    def render(session: WizardSession) -> str:
        return str(getattr(importlib.import_module(f"{__package__}.{module}"), function)(session))

    render.__name__ = f"{module}.{function}"
    return render


@dataclass(frozen=True, slots=True)
class WizardFlow:
    flow: Flow
    pages: tuple[PageSpec, ...]  # the flow's own pages
    route: tuple[str, ...]  # wizard attributes after the select page, in order
    target_site_html: Callable[[WizardSession], str]  # the direction page's "Target site" sentence
    summary_html: Callable[[WizardSession], str]  # the review page's summary of the choices


CLASSIC_WIZARD = WizardFlow(
    CLASSIC,
    pages=(
        PageSpec(2, "target_page", "target_page", "TargetPage"),
        PageSpec(4, "retention_page", "retention_page", "RetentionPage"),
        PageSpec(5, "policy_page", "policy_page", "PolicyPage"),
    ),
    route=(
        "direction_page",
        "target_page",
        "datastore_page",
        "retention_page",
        "policy_page",
        "review_page",
        "job_page",
    ),
    target_site_html=_lazy("classic_summary", "target_site_html"),
    summary_html=_lazy("classic_summary", "summary_html"),
)

MODERNIZED_WIZARD = WizardFlow(
    MODERNIZED,
    pages=(
        PageSpec(8, "appliance_page", "appliance_page", "AppliancePage"),
        PageSpec(9, "log_storage_page", "log_storage_page", "LogStoragePage"),
        PageSpec(10, "modernized_policy_page", "modernized_policy_page", "ModernizedPolicyPage"),
    ),
    route=(
        "direction_page",
        "appliance_page",
        "datastore_page",
        "log_storage_page",
        "modernized_policy_page",
        "review_page",
        "job_page",
    ),
    target_site_html=_lazy("modernized_summary", "target_site_html"),
    summary_html=_lazy("modernized_summary", "summary_html"),
)

WIZARD_FLOWS: dict[ReplicationFlow, WizardFlow] = {w.flow.key: w for w in (CLASSIC_WIZARD, MODERNIZED_WIZARD)}


@dataclass(frozen=True, slots=True)
class JourneyWizard:
    """One step of the journey after reprotect (domain/flows/journey.py) as the wizard walks it: its pages,
    its route and its review summary. A step starts the wizard over at the route's first page."""

    step: StepFlow
    route: tuple[str, ...]  # wizard attributes, in order
    summary_html: Callable[[WizardSession], str]  # the journey review page's summary of the choices


# The journey's pages; the review and job pages serve every step (each step starts the wizard over).
JOURNEY_PAGES = (
    PageSpec(11, "failback_page", "failback_page", "FailbackPage"),
    PageSpec(12, "journey_review_page", "journey_review_page", "JourneyReviewPage"),
    PageSpec(13, "on_prem_page", "on_prem_page", "OnPremCheckPage"),
    PageSpec(14, "reverse_page", "reverse_page", "ReversePage"),
    PageSpec(15, "journey_job_page", "journey_job_page", "JourneyJobPage"),
)

JOURNEY_WIZARDS: dict[JourneyStep, JourneyWizard] = {
    w.step.step: w
    for w in (
        JourneyWizard(
            step_flow(JourneyStep.FAILBACK),
            route=("failback_page", "journey_review_page", "journey_job_page"),
            summary_html=_lazy("journey_summary", "failback_html"),
        ),
        JourneyWizard(
            step_flow(JourneyStep.CANCEL),
            route=("journey_review_page", "journey_job_page"),
            summary_html=_lazy("journey_summary", "cancel_html"),
        ),
        JourneyWizard(
            step_flow(JourneyStep.COMMIT),
            route=("on_prem_page", "journey_review_page", "journey_job_page"),
            summary_html=_lazy("journey_summary", "commit_html"),
        ),
        JourneyWizard(
            step_flow(JourneyStep.REPROTECT_TO_AZURE),
            route=("reverse_page", "journey_review_page", "journey_job_page"),
            summary_html=_lazy("journey_summary", "reverse_html"),
        ),
    )
}


def journey_wizard(step: JourneyStep) -> JourneyWizard:
    return JOURNEY_WIZARDS[step]


def wizard_flow(key: ReplicationFlow) -> WizardFlow:
    """The wizard of a flow; out-of-scope items (never selectable) get the default flow's."""
    return WIZARD_FLOWS.get(key, WIZARD_FLOWS[DEFAULT_FLOW.key])


def later_pages() -> tuple[PageSpec, ...]:
    """Every page but the first, each once, in id order."""
    specs = {p.page_id: p for p in SHARED_PAGES}
    for p in (*(p for w in WIZARD_FLOWS.values() for p in w.pages), *JOURNEY_PAGES):
        assert specs.setdefault(p.page_id, p) == p, f"page id {p.page_id} used twice"
    return tuple(specs[i] for i in sorted(specs))


__all__ = [
    "DIRECTION_PAGE_ID",
    "JOURNEY_PAGES",
    "JOURNEY_WIZARDS",
    "WIZARD_FLOWS",
    "JourneyWizard",
    "PageSpec",
    "WizardFlow",
    "journey_wizard",
    "later_pages",
    "wizard_flow",
]
