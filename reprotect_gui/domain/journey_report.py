"""The failback journey in the drill report: one timeline per VM or plan (issue 18).

reprotect → ready → failback → (cancel) → commit → protected to Azure again, with each step's choices,
the operator's confirmations and the preflight verdicts (failback.md I FB-, J CMT-, K REV-). Built from the
run's audit records only: run.submitting / job.accepted / job.ended (the reprotect), job.readiness (RDY-),
and `journey.<step>.submitted|accepted|failed` (services/audit.py) with `job.ended` of their jobs. The
HTML keeps to what Qt's rich-text engine prints, like the rest of the report (domain/report.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reprotect_gui.domain.failback import Scope, failback_direction, failback_operation
from reprotect_gui.domain.messages import DOMAIN_CONTEXT, Text, state, t
from reprotect_gui.domain.models import ReplicationFlow
from reprotect_gui.domain.report import (
    BAR_COLOURS,
    ENGLISH,
    STATE_WORDS,
    STATUS_ORDER,
    STATUS_TITLES,
    SUCCEEDED,
    JobLine,
    ReadinessLine,
    TaskLine,
    _error,
    _error_html,
    _readiness,
    _verdict_order,
    _when,
    _Writer,
    timeline_html,
)

# --- the failback journey: one timeline per VM or plan (issue 18; failback.md I FB-, J CMT-, K REV-) -------
#
# reprotect → ready → failback → (cancel) → commit → protected to Azure again. Built from the run's
# records: run.submitting / job.accepted / job.ended (the reprotect), job.readiness (RDY-), and the
# journey's `journey.<step>.submitted|accepted|failed` (services/audit.py) with `job.ended` of their jobs.

STAGE_REPROTECT = "reprotect"
STAGE_READY = "ready"
JOURNEY_STAGES = (STAGE_REPROTECT, STAGE_READY, "failback", "cancel", "commit", "reprotect_to_azure")
# A cancel belongs with the failback it undoes: failed failback → cancel → failback again, in time order.
STAGE_RANK = {STAGE_REPROTECT: 0, STAGE_READY: 1, "failback": 2, "cancel": 2, "commit": 3, "reprotect_to_azure": 4}
STAGE_TITLES = {
    STAGE_REPROTECT: t("Reprotect (Azure → on-premises)"),
    STAGE_READY: t("Ready for failback (RDY-)"),
    "failback": t("Failback (FB-)"),
    "cancel": t("Cancel of the failback (FB-12)"),
    "commit": t("Commit (CMT-)"),
    "reprotect_to_azure": t("Protected to Azure again (REV-)"),
}
# What the submitted record's choices are called (failback.md's names).
# What a step's request and choices are called (failback.md's names). Request fields not listed (scope,
# target, flow) are said elsewhere in the row.
CHOICE_LABELS = {
    "operation": t("Operation (FB-01)"),
    "direction": t("Direction (FB-02)"),
    "recovery_point": t("Recovery point (FB-03/FB-04)"),
    "recovery_point_id": t("Chosen recovery point (FB-03)"),
    "use_multi_vm_sync_point": t("Multi-VM sync point (FB-04)"),
    "shut_down_azure_vm": t("Shut the Azure VM down first (FB-05)"),
    "process_server_id": t("Process server (REV-03/REV-04)"),
    "process_server": t("Process server (REV-03/REV-04)"),
    "master_target_id": t("Master target (REV-03)"),
    "policy_id": t("Replication policy (REV-03/REV-04)"),
    "policy": t("Replication policy (REV-03/REV-04)"),
    "run_as_account_id": t("Run-as account (REV-03/REV-04)"),
    "run_as_account": t("Run-as account (REV-03/REV-04)"),
}
_NOT_CHOICES = frozenset({"scope", "target_id", "target_name", "item_id", "item_name", "flow"})
# The operator's statements a step records (its `choices`), as the report says them.
CONFIRMATION_LABELS = {
    "downtime_confirmed": t("FB-05: the downtime window and users off the application"),
    "no_way_back_confirmed": t("FB-10: a classic failback can be neither cancelled nor retried"),
    "app_confirmed": t("CMT-02: the application works on-premises"),
    "deletion_confirmed": t("CMT-01: commit deletes the failed-over Azure VM, and can't be undone"),
}
OUTCOME_READY = "Ready"
OUTCOME_NOT_READY = "Not ready yet"
OUTCOME_NOT_STARTED = "Not started"
OUTCOME_IN_PROGRESS = "In progress"
OUTCOME_WORDS = {OUTCOME_READY: t("Ready"), OUTCOME_NOT_READY: t("Not ready yet")}  # the others are ASR's states


@dataclass(frozen=True, slots=True)
class StepLine:
    """One attempt of one stage on one VM or plan."""

    stage: str  # JOURNEY_STAGES
    subject: str  # the VM or the plan it acted on
    outcome: str  # ASR's final job state, In progress, Not started, Ready / Not ready yet
    at: datetime | None
    job: JobLine | None = None
    choices: tuple[tuple[str, str], ...] = ()
    confirmations: tuple[str, ...] = ()
    checks: str = ""  # the preflight in one line: counts, then each block/warning/unknown with its ID
    detail: str = ""  # why not started, or the readiness verdict

    @property
    def succeeded(self) -> bool:
        return self.outcome in (SUCCEEDED, OUTCOME_READY)


@dataclass(frozen=True, slots=True)
class JourneyTimeline:
    subject_kind: str  # "item" or "plan"
    subject_name: str
    flow: str  # "classic" / "modernized" as the journey recorded it ("" when only the reprotect ran)
    steps: tuple[StepLine, ...]  # in stage order; attempts of a stage in the order they were made

    def of(self, stage: str) -> tuple[StepLine, ...]:
        return tuple(s for s in self.steps if s.stage == stage)

    @property
    def reached(self) -> str:
        """The furthest stage whose last attempt succeeded ("" when none)."""
        for stage in reversed(JOURNEY_STAGES):
            lines = self.of(stage)
            if lines and stage != "cancel" and _stage_done(lines):
                return stage
        return ""


def _stage_done(lines: Sequence[StepLine]) -> bool:
    """Every VM's (or the plan's) last attempt succeeded."""
    last: dict[str, StepLine] = {}
    for line in lines:
        last[line.subject] = line
    return bool(last) and all(line.succeeded for line in last.values())


def journey_records(records: Sequence[Mapping[str, Any]]) -> list[tuple[str, str, Mapping[str, Any]]]:
    """(step, phase, record) of every journey record, in the order written."""
    out = []
    for r in records:
        event = r.get("event")
        if not isinstance(event, str) or not event.startswith("journey."):
            continue
        step, _, phase = event[len("journey.") :].rpartition(".")
        if step in JOURNEY_STAGES and phase in ("submitted", "accepted", "failed"):
            out.append((step, phase, r))
    return out


def build_journey(records: Sequence[Mapping[str, Any]], reprotect_jobs: Sequence[JobLine]) -> JourneyTimeline | None:
    """The run's timeline; None when no journey step was recorded (the readiness table tells the rest)."""
    journey = journey_records(records)
    if not journey:
        return None
    readiness = _readiness(records)
    start = next((r for r in records if r.get("event") == "run.submitting"), None)
    first = next((r for step, phase, r in journey if phase == "submitted"), None)
    subject = (start or first or {}).get("subject") or {}
    kind = str(subject.get("kind") or "item")
    name = str(subject.get("name") or "")
    flow = next(
        (
            str(r["request"].get("flow") or "")
            for _, phase, r in journey
            if phase == "submitted" and isinstance(r.get("request"), Mapping)
        ),
        "",
    )
    steps: list[StepLine] = [StepLine(STAGE_REPROTECT, j.item_name, j.outcome, j.started, j) for j in reprotect_jobs]
    steps += [
        StepLine(
            STAGE_READY, r.item_name, OUTCOME_READY if r.ready else OUTCOME_NOT_READY, r.at, detail=_ready_detail(r)
        )
        for r in readiness
    ]
    steps += _journey_steps(journey, _ended(records))
    steps.sort(key=lambda s: STAGE_RANK[s.stage])  # stable: attempts keep their order
    return JourneyTimeline(kind, name, flow, tuple(steps))


def _ready_detail(r: ReadinessLine) -> str:
    return Text.joined("; ", [r.verdict, *r.warnings]) if r.warnings else r.verdict


def _ended(records: Sequence[Mapping[str, Any]]) -> dict[str, Mapping[str, Any]]:
    return {str(r.get("job_id")): r for r in records if r.get("event") == "job.ended"}


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _target(r: Mapping[str, Any]) -> tuple[str, str]:
    """(target key, name) of a journey record: `subject` on a submitted one, `item_id`/`item_name` after."""
    subject = _mapping(r.get("subject"))
    target = r.get("item_id") or subject.get("id") or r.get("target_id") or ""
    name = r.get("item_name") or subject.get("name") or r.get("target_name") or ""
    return str(target or name).lower(), str(name)


def _journey_steps(
    journey: Sequence[tuple[str, str, Mapping[str, Any]]], ended: Mapping[str, Mapping[str, Any]]
) -> list[StepLine]:
    """One line per submitted step: its job's outcome, or why it did not start."""
    lines: list[StepLine] = []
    open_submits: dict[tuple[str, str], int] = {}  # (step, target) → index of its line awaiting an answer
    for step, phase, r in journey:
        target, name = _target(r)
        if phase == "submitted":
            open_submits[(step, target)] = len(lines)
            request, choices = _mapping(r.get("request")), _mapping(r.get("choices"))
            lines.append(
                StepLine(
                    step,
                    name,
                    OUTCOME_IN_PROGRESS,
                    _when(r.get("at")),
                    choices=_journey_choices(step, request, choices),
                    confirmations=_confirmations(choices),
                    checks=_checks_line(r.get("verdicts")),
                )
            )
            continue
        index = open_submits.pop((step, target), None)
        base = lines[index] if index is not None else StepLine(step, name, OUTCOME_IN_PROGRESS, _when(r.get("at")))
        if phase == "failed":
            updated = StepLine(
                base.stage,
                base.subject,
                OUTCOME_NOT_STARTED,
                base.at,
                None,
                base.choices,
                base.confirmations,
                base.checks,
                str(r.get("problem", "")),
            )
        else:
            job = _journey_job(r, name, ended.get(str(r.get("job_id"))))
            updated = StepLine(
                base.stage, base.subject, job.outcome, base.at, job, base.choices, base.confirmations, base.checks
            )
        if index is None:
            lines.append(updated)
        else:
            lines[index] = updated
    return lines


def _journey_job(accepted: Mapping[str, Any], name: str, end: Mapping[str, Any] | None) -> JobLine:
    job_id = str(accepted.get("job_id", ""))
    if end is None:
        return JobLine(job_id, name, OUTCOME_IN_PROGRESS, _when(accepted.get("at")), None, (), ())
    return _ended_job(job_id, name, end)


def _ended_job(job_id: str, name: str, end: Mapping[str, Any]) -> JobLine:
    tasks = [t for t in end.get("tasks") or () if isinstance(t, Mapping)]
    return JobLine(
        job_id=job_id,
        item_name=str(end.get("item_name") or name),
        outcome=str(end.get("outcome", "")),
        started=_when(end.get("started")),
        ended=_when(end.get("ended")),
        tasks=tuple(
            TaskLine(str(t.get("name", "")), str(t.get("state", "")), _when(t.get("started")), _when(t.get("ended")))
            for t in tasks
        ),
        errors=tuple(_error(e) for t in tasks for e in t.get("errors") or () if isinstance(e, Mapping))
        or tuple(_error(e) for e in end.get("errors") or () if isinstance(e, Mapping)),
    )


def _choice_value(value: Any) -> str:
    if isinstance(value, Mapping):
        name = str(value.get("name") or value.get("id") or "")
        health = value.get("health")
        return t("{name} ({health})", name=name, health=state(str(health))) if health else name
    if isinstance(value, bool):
        return t("yes") if value else t("no")
    if value is None or value == "":
        return t("not set")
    return str(value)


def _journey_choices(step: str, request: Mapping[str, Any], choices: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    """The request's values that are choices, with FB-01's operation and FB-02's direction as sent, then
    what `choices` adds (the chosen server's and policy's names…), statements left to `_confirmations`."""
    rows: list[tuple[str, str]] = []
    flow = _flow(request.get("flow"))
    scope = Scope.PLAN if request.get("scope") == Scope.PLAN.value else Scope.ITEM
    if step == "failback" and flow is not None:
        rows.append((CHOICE_LABELS["operation"], failback_operation(flow)))
        rows.append((CHOICE_LABELS["direction"], failback_direction(flow, scope) or t("left out")))
    for key, value in request.items():
        if key in _NOT_CHOICES or (value in (None, "") and key != "run_as_account_id"):
            continue
        if key == "use_multi_vm_sync_point" and not (scope is Scope.PLAN and flow is ReplicationFlow.MODERNIZED):
            continue  # FB-04: sent for modernized plans only
        if key == "shut_down_azure_vm" and flow is not ReplicationFlow.CLASSIC:
            continue  # FB-05: classic only
        rows.append((CHOICE_LABELS.get(str(key), str(key)), _choice_value(value)))
    shown = dict(rows)  # a choice named by its label once: what `choices` says (a name) replaces the request's id
    for key, value in choices.items():
        if str(key) in CONFIRMATION_LABELS or (isinstance(value, bool) and str(key).endswith("_confirmed")):
            continue
        shown[CHOICE_LABELS.get(str(key), str(key))] = _choice_value(value)
    return tuple(shown.items())


def _flow(value: Any) -> ReplicationFlow | None:
    try:
        return ReplicationFlow(value)
    except ValueError:
        return None


def _confirmations(raw: Any) -> tuple[str, ...]:
    if not isinstance(raw, Mapping):
        return ()
    return tuple(
        CONFIRMATION_LABELS.get(str(k), str(k))
        for k, v in raw.items()
        if v is True and (str(k) in CONFIRMATION_LABELS or str(k).endswith("_confirmed"))
    )


def _checks_line(raw: Any) -> str:
    """The preflight in one line: how many of each status, then each block, warning and unknown with its ID."""
    verdicts = [v for v in raw or () if isinstance(v, Mapping)] if isinstance(raw, (list, tuple)) else []
    if not verdicts:
        return ""
    counts = {s: sum(1 for v in verdicts if v.get("status") == s) for s in STATUS_ORDER}
    parts: list[Any] = [
        t("{count} × {status}", count=counts[s], status=STATUS_TITLES[s]) for s in STATUS_ORDER if counts[s]
    ]
    for v in sorted(verdicts, key=_verdict_order):
        if v.get("status") in ("block", "warn", "unknown"):
            kept = Text.from_json(v.get("finding_text"))  # the finding's template, when the audit kept it
            finding = kept if isinstance(kept, Text) else Text(str(v.get("finding")), None, DOMAIN_CONTEXT)
            check = str(v.get("check_id"))
            if v.get("acknowledged"):
                parts.append(t("{check} (accepted): {finding}", check=check, finding=finding))
            else:
                parts.append(t("{check}: {finding}", check=check, finding=finding))
    return Text.joined("; ", parts)


# --- what the journey says at the end of the report ------------------------------------------------


def journey_next_step(timeline: JourneyTimeline) -> str:
    """The next step after the furthest stage recorded (FB-11/12/13, CMT-01/02/07, REV-01/06)."""
    modernized = timeline.flow == "modernized"
    last = timeline.steps[-1] if timeline.steps else None
    if last is not None and last.outcome in (OUTCOME_IN_PROGRESS, "NotStarted"):
        return t("The {stage} was still running when the report was made.", stage=STAGE_TITLES[last.stage])
    if last is not None and last.stage == "failback" and not last.succeeded:
        if modernized:
            return t(
                "Next step: cancel the failed failback (FB-12), then fail back again. Never disable protection (FB-11)."
            )
        return t(
            "Next step: read the failback job's error, fix its cause and fail back again when ASR offers it "
            "(FB-10: a classic failback can't be cancelled)."
        )
    if last is not None and not last.succeeded and last.stage != STAGE_READY:
        return t(
            "Next step: fix the cause of the failed {stage} (see its error), then run it again.",
            stage=STAGE_TITLES[last.stage],
        )
    reached = timeline.reached
    if reached == "reprotect_to_azure":
        return t(
            "The journey is complete: the VMs replicate to Azure again. Review each VM's compute and network "
            "settings in Azure before the next failover (REV-06), and remove the Azure resources added after "
            "failover (CMT-07)."
        )
    if reached == "commit":
        return t("Next step: the VMs run on-premises without protection: protect them to Azure again (CMT-07, REV-01).")
    if reached == "failback":
        return t(
            "Next step: check each on-premises VM in vCenter (powered on, VMware Tools running, an IP address; "
            "FB-13), confirm that the application works (CMT-02), then commit (CMT-01)."
        )
    if last is not None and last.stage == "cancel" and last.succeeded:
        return t("Next step: the failback was cancelled and the Azure VM runs again: fail back again when ready.")
    return ""


def render_journey_html(timeline: JourneyTimeline, w: _Writer | None = None) -> str:
    """The timeline as a table, stage by stage (one row per attempt, a stage not reached yet says so),
    then each journey job's tasks and errors; in the report's language (`w`, English by default)."""
    w = w or _Writer(ENGLISH)
    heads = ((16, t("Step")), (13, t("VM / plan")), (12, t("Outcome")), (13, t("When")), (46, t("Choices and checks")))
    head = "<tr>" + "".join(f"<th width='{width}%'>{w(h)}</th>" for width, h in heads) + "</tr>"
    rows = []
    for stage in JOURNEY_STAGES:
        if stage == "cancel":
            continue  # shown with the failback it undid
        lines = [s for s in timeline.steps if STAGE_RANK[s.stage] == STAGE_RANK[stage]]
        if not lines:
            rows.append(
                f"<tr><td>{w(STAGE_TITLES[stage])}</td><td></td>"
                f"<td class='muted'>{w(t('Not reached yet'))}</td><td></td><td></td></tr>"
            )
        rows += [_step_row(s, w) for s in lines]
    title = t("Journey of {subject}", subject=timeline.subject_name)
    out = f"<h3>{w(title)}</h3><table width='100%' border='1' cellspacing='0' cellpadding='3'>{head}{''.join(rows)}</table>"
    for s in timeline.steps:
        if s.job is not None and s.stage not in (STAGE_REPROTECT, STAGE_READY) and (s.job.tasks or s.job.errors):
            line = t(
                "{stage} — {subject}, job {job}: {outcome}",
                stage=STAGE_TITLES.get(s.stage, s.stage),
                subject=s.subject,
                job=s.job.job_id,
                outcome=state(s.job.outcome),
            )
            out += f"<p><b>{w(line)}</b></p>"
            out += timeline_html(s.job, w.fmt) + "".join(_error_html(w, e) for e in s.job.errors)
    return out


def journey_outcome(timeline: JourneyTimeline) -> str:
    """Where the journey stands, in one sentence."""
    reached = timeline.reached
    if not reached:
        return t("Failback journey of {subject}: no step has succeeded yet.", subject=timeline.subject_name)
    return t(
        "Failback journey of {subject}: reached “{stage}”.", subject=timeline.subject_name, stage=STAGE_TITLES[reached]
    )


def journey_start(records: Sequence[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """A journey-only run's first submitted step, in the shape of a run.submitting record."""
    first = next((r for step, phase, r in journey_records(records) if phase == "submitted"), None)
    if first is None:
        return None
    return {
        "event": "run.submitting",
        "run_id": first.get("run_id", ""),
        "at": first.get("at"),
        "training": first.get("training", False),
        "operators": first.get("operators") or {},
        "vault": first.get("vault", ""),
        "subject": first.get("subject") if isinstance(first.get("subject"), Mapping) else {},
        "choices": {},
        "verdicts": [],
    }


def render_journey_section(timeline: JourneyTimeline, w: _Writer | None = None) -> str:
    """The report's journey section: its title, where the journey stands, the timeline."""
    w = w or _Writer(ENGLISH)
    title = t("Failback journey: reprotect → ready → failback → commit → protected to Azure")
    return f"<h2>{w(title)}</h2><p><b>{w(journey_outcome(timeline))}</b></p>{render_journey_html(timeline, w)}"


def _step_row(s: StepLine, w: _Writer) -> str:
    facts = [w(t("{label}: {value}", label=label, value=value)) for label, value in s.choices]
    facts += [f"✔ {w(c)}" for c in s.confirmations]
    if s.checks:
        facts.append(w(t("Checks: {checks}", checks=s.checks)))
    if s.job is not None and s.stage != STAGE_REPROTECT:
        facts.append(w(t("Job {job}", job=s.job.job_id)))
    if s.detail:
        facts.append(w(s.detail))
    colour = BAR_COLOURS.get("Succeeded" if s.succeeded else s.outcome, "#757575")
    outcome = OUTCOME_WORDS.get(s.outcome) or state(STATE_WORDS.get(s.outcome, s.outcome))
    return (
        f"<tr><td>{w(STAGE_TITLES.get(s.stage, s.stage))}</td><td>{w(s.subject)}</td>"
        f"<td><font color='{colour}'>{w(outcome)}</font></td>"
        f"<td>{w.when(s.at).replace(' ', '<br>', 1)}</td><td>{'<br>'.join(facts) or '—'}</td></tr>"
    )
