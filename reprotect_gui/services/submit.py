"""Use case: submit the reprotect of one VM or of every VM of a plan, never twice."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reprotect_gui.domain.errors import UserFacingError
from reprotect_gui.domain.messages import t
from reprotect_gui.domain.models import ReprotectRequest
from reprotect_gui.domain.ports import JobContext, SiteRecovery


@dataclass(frozen=True, slots=True)
class SubmitOutcome:
    item_id: str
    item_name: str
    job_id: str | None
    attached_to_running: bool = False
    problem: str = ""  # why it was not started, in plain words
    # Azure accepted the request but gave nothing to track: the job is looked for on the item.
    awaiting_job: bool = False


def submit_reprotects(
    site_recovery: SiteRecovery, requests: Sequence[ReprotectRequest], ctx: JobContext
) -> tuple[SubmitOutcome, ...]:
    """Submit each item's request; a plan's items go one by one (SUB-02).

    Never twice is the port's contract: `submit_reprotect` reads the item again right before
    sending and, if a job already runs on it (another operator, or an earlier click whose answer
    was lost), returns that job to follow instead of starting another.
    """
    outcomes = []
    for index, request in enumerate(requests):
        ctx.raise_if_cancelled()
        ctx.report(index / len(requests), t("Submitting the reprotect of {item_name}", item_name=request.item_name))
        try:
            result = site_recovery.submit_reprotect(request)
        except UserFacingError as exc:
            outcomes.append(SubmitOutcome(request.item_id, request.item_name, None, problem=exc.sentence))
            continue
        if result.untracked:
            outcomes.append(SubmitOutcome(request.item_id, request.item_name, None, awaiting_job=True))
            continue
        outcomes.append(SubmitOutcome(request.item_id, request.item_name, result.job_id, result.attached_to_running))
    ctx.report(1.0, t("Submitted"))
    return tuple(outcomes)
