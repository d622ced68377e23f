"""The drill report: what was reprotected, with which choices, what the checks said, how long each
step took, what to do after the job and next — as data, and as HTML.

Built only from audit records (see services/audit.py), so a report can be produced for any past
run from the audit history, and it contains nothing the (scrubbed) audit log does not. The HTML
keeps to what both browsers and Qt's rich-text engine render (tables, bgcolor, widths in percent),
so the PDF export prints the same document.

Every word of the report is a message template (domain/messages.py); `render_html` takes a
`ReportFormat` that turns templates, moments and numbers into the report's language (English by
default; the UI passes one built from its catalogue and QLocale, issue 14).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from reprotect_gui.domain.messages import (
    DOMAIN_CONTEXT,
    JOB_ERRORS_CONTEXT,
    VERBATIM,
    TaskName,
    Text,
    english,
    service_text,
    state,
    t,
)
from reprotect_gui.domain.text import visible

if TYPE_CHECKING:
    from reprotect_gui.domain.journey_report import JourneyTimeline

SUCCEEDED = "Succeeded"
STATUS_ORDER = ("block", "warn", "unknown", "info", "pass")
# The one wording of each verdict status (report, review page), keyed by Status's value.
STATUS_TITLES = {
    "block": t("Blocks"),
    "warn": t("Warnings"),
    "unknown": t("Unknown (could not be checked)"),
    "info": t("Information"),
    "pass": t("Passed"),
}
STATUS_COUNTS = {
    "block": t("{count} blocks"),
    "warn": t("{count} warnings"),
    "unknown": t("{count} unknown (could not be checked)"),
    "info": t("{count} information"),
    "pass": t("{count} passed"),
}
# What the operator has to do about a status before reprotect (the review page adds it to the title).
STATUS_HINTS = {
    "block": t("must be fixed before reprotect"),
    "warn": t("accept them to go on"),
}
STATE_WORDS = {"NotStarted": "Not started", "InProgress": "In progress"}
BAR_COLOURS = {"Succeeded": "#2e7d32", "Failed": "#c62828", "InProgress": "#1565c0", "Cancelled": "#757575"}

ADVICE_SUB01 = t(
    "SUB-01: keep the on-premises VMs powered off. ASR powered them off for the reprotect; starting "
    "one now would corrupt its disks or break replication."
)
ADVICE_SUB04 = t(
    "SUB-04: after failback, Linux VMs come back with DHCP instead of their static IP addresses; "
    "set the static addresses again by hand."
)
ADVICE_SUB06 = t("SUB-06: failback needs at least one recovery point for every VM; wait until one exists.")
NEXT_STEP_SUCCEEDED = t(
    "Next step: failback (planned failover to on-premises) once every VM shows a recovery point. "
    "It shuts the Azure VMs down: plan the downtime (SUB-03)."
)
NEXT_STEP_FAILED = t(
    "Next step: fix the cause of each failed job (see its error and the linked check), then run the reprotect "
    "again for those VMs."
)


@dataclass(frozen=True, slots=True)
class TaskLine:
    name: str
    state: str
    started: datetime | None
    ended: datetime | None

    @property
    def seconds(self) -> float | None:
        if self.started is None or self.ended is None:
            return None
        return max(0.0, (self.ended - self.started).total_seconds())


@dataclass(frozen=True, slots=True)
class ErrorLine:
    code: str
    message: str
    possible_causes: str
    recommended_action: str
    check_id: str
    known_cause: str
    known_fix: str


@dataclass(frozen=True, slots=True)
class JobLine:
    job_id: str
    item_name: str
    outcome: str  # ASR's final state, or "In progress" when no end was recorded
    started: datetime | None
    ended: datetime | None
    tasks: tuple[TaskLine, ...]
    errors: tuple[ErrorLine, ...]

    @property
    def succeeded(self) -> bool:
        return self.outcome == SUCCEEDED


@dataclass(frozen=True, slots=True)
class ReadinessLine:
    item_name: str
    ready: bool
    verdict: str  # "Ready for failback" or why not yet, with the RDY ID
    at: datetime | None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DrillReport:
    run_id: str
    at: datetime | None
    training: bool
    azure_operator: str
    vcenter_operator: str
    vault: str
    subject_kind: str  # "item" or "plan"
    subject_name: str
    choices: tuple[tuple[str, str], ...]  # (label, value) for the run
    items: tuple[Mapping[str, Any], ...]  # per VM: name, OS, datastore, retention drive, disks
    verdicts: tuple[Mapping[str, Any], ...]
    jobs: tuple[JobLine, ...]
    not_started: tuple[tuple[str, str], ...]  # (VM, why)
    advice: tuple[str, ...]
    next_step: str
    readiness: tuple[ReadinessLine, ...] = ()  # per VM, the last readiness for failback recorded (RDY-)
    journey: JourneyTimeline | None = None  # failback → commit → protected to Azure (issue 18), when recorded

    @property
    def succeeded(self) -> bool:
        return bool(self.jobs) and not self.not_started and all(j.succeeded for j in self.jobs)

    @property
    def outcome_text(self) -> str:
        if self.journey is not None and not self.jobs and not self.not_started:  # a journey recorded on its own
            from reprotect_gui.domain.journey_report import journey_outcome

            return journey_outcome(self.journey)
        total = len(self.jobs) + len(self.not_started)
        if any(j.outcome not in (SUCCEEDED, "Failed", "Cancelled") for j in self.jobs):
            return t("In progress when the report was made ({total} VM(s)).", total=total)
        if self.succeeded:
            return t("Reprotect succeeded for {total} VM(s).", total=total)
        failed = total - sum(1 for j in self.jobs if j.succeeded)
        return t("{failed} of {total} reprotect(s) did not succeed.", failed=failed, total=total)


class ReportUnavailable(ValueError):
    """The audit holds no record of the run's choices (it was never submitted from this app)."""


def _when(text: Any) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(str(text))
    except ValueError:
        return None


def build_report(records: Sequence[Mapping[str, Any]]) -> DrillReport:
    """The report of one run, from its audit records (any order; later records win)."""
    from reprotect_gui.domain.journey_report import build_journey, journey_next_step, journey_start

    start = next((r for r in records if r.get("event") == "run.submitting"), None)
    if start is None:
        start = journey_start(records)  # a journey step recorded under a run of its own (issue 18)
    if start is None:
        raise ReportUnavailable("no run.submitting record")
    choices = start.get("choices") or {}
    items = tuple(choices.get("items") or ())
    jobs = _jobs(records)
    not_started = tuple(
        (str(r.get("item_name", "")), Text.from_json(r.get("problem_text")) or str(r.get("problem", "")))
        for r in records
        if r.get("event") in ("job.not_started", "run.submit_failed")
    )
    linux = any(str(i.get("os_type", "")).lower() == "linux" for i in items)
    ok = bool(jobs) and not not_started and all(j.succeeded for j in jobs)
    operators = start.get("operators") or {}
    subject = start.get("subject") or {}
    journey = build_journey(records, jobs)
    if journey is not None and journey.reached in ("failback", "commit", "reprotect_to_azure"):
        advice: tuple[str, ...] = (ADVICE_SUB04,) if linux else ()  # SUB-01 (keep them off) is over
    else:
        advice = end_of_run_advice(ok, any_linux=linux)
    return DrillReport(
        run_id=str(start.get("run_id", "")),
        at=_when(start.get("at")),
        training=bool(start.get("training")),
        azure_operator=str(operators.get("azure") or ""),
        vcenter_operator=str(operators.get("vcenter") or ""),
        vault=str(start.get("vault", "")),
        subject_kind=str(subject.get("kind", "item")),
        subject_name=str(subject.get("name", "")),
        choices=_choice_rows(choices),
        items=items,
        verdicts=tuple(_with_template(v) for v in start.get("verdicts") or ()),
        jobs=jobs,
        not_started=not_started,
        advice=advice,
        next_step=(journey_next_step(journey) if journey is not None else "") or next_step(ok),
        readiness=_readiness(records) if ok else (),
        journey=journey,
    )


def end_of_run_advice(succeeded: bool, *, any_linux: bool) -> tuple[str, ...]:
    """What to keep in mind once the reprotect jobs ended (the job page and the drill report say the same).
    No failback advice (SUB-04, SUB-06) after a failed reprotect."""
    advice = [ADVICE_SUB01, ADVICE_SUB06] if succeeded else [ADVICE_SUB01]
    if any_linux and succeeded:
        advice.append(ADVICE_SUB04)
    return tuple(advice)


def next_step(succeeded: bool) -> str:
    return NEXT_STEP_SUCCEEDED if succeeded else NEXT_STEP_FAILED


def _readiness(records: Sequence[Mapping[str, Any]]) -> tuple[ReadinessLine, ...]:
    """The last readiness recorded per VM (later records win), in the order the VMs first appear.
    The verdict and warnings are their templates again when the audit kept them (issue 14)."""
    latest: dict[str, ReadinessLine] = {}
    for r in records:
        if r.get("event") == "job.readiness":
            name = str(r.get("item_name", ""))
            verdict = Text.from_json(r.get("verdict_text"))
            warnings = [Text.from_json(w) for w in r.get("warnings_text") or ()]
            latest[name] = ReadinessLine(
                name,
                bool(r.get("ready")),
                verdict if isinstance(verdict, Text) else str(r.get("verdict", "")),
                _when(r.get("at")),
                tuple(w if isinstance(w, Text) else str(w) for w in warnings or r.get("warnings") or ()),
            )
    return tuple(latest.values())


def _with_template(v: Any) -> Mapping[str, Any]:
    """A verdict record whose finding is its template again when the audit kept it (issue 14)."""
    if not isinstance(v, Mapping):
        return {}
    finding = Text.from_json(v.get("finding_text"))
    return {**v, "finding": finding} if isinstance(finding, Text) else v


def _jobs(records: Sequence[Mapping[str, Any]]) -> tuple[JobLine, ...]:
    accepted: dict[str, Mapping[str, Any]] = {}
    ended: dict[str, Mapping[str, Any]] = {}
    for r in records:
        if r.get("event") == "job.accepted":
            accepted.setdefault(str(r["job_id"]), r)
        elif r.get("event") == "job.ended":
            ended[str(r["job_id"])] = r
    out = []
    for job_id, acc in accepted.items():
        end = ended.get(job_id)
        if end is None:
            out.append(
                JobLine(job_id, str(acc.get("item_name", "")), "In progress", _when(acc.get("at")), None, (), ())
            )
            continue
        out.append(
            JobLine(
                job_id=job_id,
                item_name=str(end.get("item_name") or acc.get("item_name", "")),
                outcome=str(end.get("outcome", "")),
                started=_when(end.get("started")),
                ended=_when(end.get("ended")),
                tasks=tuple(
                    TaskLine(
                        str(t.get("name", "")), str(t.get("state", "")), _when(t.get("started")), _when(t.get("ended"))
                    )
                    for t in end.get("tasks") or ()
                ),
                errors=tuple(_error(e) for t in end.get("tasks") or () for e in t.get("errors") or ())
                or tuple(_error(e) for e in end.get("errors") or ()),
            )
        )
    return tuple(out)


def _error(e: Mapping[str, Any]) -> ErrorLine:
    return ErrorLine(
        code=str(e.get("code", "")),
        message=str(e.get("message", "")),
        possible_causes=str(e.get("possible_causes", "")),
        recommended_action=str(e.get("recommended_action", "")),
        check_id=str(e.get("check_id", "")),
        known_cause=str(e.get("known_cause", "")),
        known_fix=str(e.get("known_fix", "")),
    )


def _choice_rows(choices: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    rows: list[tuple[str, str]] = []
    mt = choices.get("master_target")
    if mt:
        rows.append(
            (
                t("Master target"),
                t("{name} (ESXi host {host})", name=str(mt.get("name")), host=str(mt.get("esxi_host"))),
            )
        )
    ps = choices.get("process_server")
    if ps:
        rows.append(
            (
                t("Process server"),
                t("{name} ({location})", name=str(ps.get("name")), location=state(str(ps.get("location")))),
            )
        )
    run_as = choices.get("run_as_account")
    if run_as:
        rows.append((t("Run-as account"), str(run_as.get("name"))))
    policy = choices.get("policy")
    if policy:
        rows.append(
            (
                t("Failback policy"),
                t(
                    "{name}: RPO threshold {rpo} min, recovery points kept {history} min, app-consistent every "
                    "{app_consistent} min",
                    name=str(policy.get("name")),
                    rpo=policy.get("rpo_threshold_minutes"),
                    history=policy.get("recovery_point_history_minutes"),
                    app_consistent=policy.get("app_consistent_frequency_minutes"),
                ),
            )
        )
    return tuple(rows)


def duration_text(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


# --- HTML -------------------------------------------------------------------------------------


def _e(value: Any) -> str:
    """Escaped for HTML, with control and bidi-override characters made visible (issue 12)."""
    return html.escape(visible(str(value)) if value is not None else "—")


def _time(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S %Z").strip() if moment else "—"


@dataclass(frozen=True, slots=True)
class ReportFormat:
    """How the report speaks: templates, moments and numbers in its language (English by default)."""

    text: Callable[[Any], str] = english
    moment: Callable[[datetime | None], str] = _time
    language: str = "en"


ENGLISH = ReportFormat()


class _Writer:
    def __init__(self, fmt: ReportFormat) -> None:
        self.fmt = fmt

    def __call__(self, value: Any) -> str:
        """A value (template, state, name) in the report's language, escaped for HTML, controls made visible."""
        if value is None:
            return "—"
        return html.escape(visible(self.fmt.text(value)))

    def when(self, moment: datetime | None) -> str:
        return html.escape(self.fmt.moment(moment)) if moment else "—"


def render_html(report: DrillReport, fmt: ReportFormat = ENGLISH) -> str:
    w = _Writer(fmt)
    parts = [
        f"<!DOCTYPE html><html lang='{_e(fmt.language)}'><head><meta charset='utf-8'>",
        f"<title>{w(t('Reprotect drill report — {subject}', subject=report.subject_name))}</title>",
        "<style>body{font-family:sans-serif;font-size:9pt} h1{font-size:14pt;margin-bottom:4px}"
        " h2{font-size:11pt;margin-top:8px;margin-bottom:3px} h3{font-size:9pt;margin-top:6px;margin-bottom:2px}"
        " p{margin-top:2px;margin-bottom:2px} ul{margin-top:2px;margin-bottom:2px}"
        " th{text-align:left} td,th{padding:1px 5px} .muted{color:#555555}</style></head><body>",
        f"<h1>{w(t('Reprotect drill report: {subject}', subject=report.subject_name))}</h1>",
    ]
    if report.training:
        parts.append(f"<p><b>{w(t('TRAINING ESTATE'))}</b> — {w(t('nothing real was changed.'))}</p>")
    parts.append(f"<p><b>{w(report.outcome_text)}</b></p>")
    not_known = t("not known")
    parts.append(
        _table(
            w,
            [
                (t("Run"), report.run_id),
                (t("Submitted"), w.fmt.moment(report.at) if report.at else "—"),
                (t("Azure operator"), report.azure_operator or not_known),
                (t("vCenter user"), report.vcenter_operator or not_known),
                (t("Vault"), report.vault),
                (t("Recovery plan") if report.subject_kind == "plan" else t("Virtual machine"), report.subject_name),
                (t("Direction"), t("Azure → on-premises")),
                *report.choices,
            ],
        )
    )
    if report.items or report.jobs or report.not_started:  # a journey recorded on its own has no reprotect part
        parts.append(f"<h2>{w(t('Choices per VM'))}</h2>")
        parts.append(_items_table(w, report.items))
        parts.append(f"<h2>{w(t('Preflight checks'))}</h2>")
        parts.append(_verdicts_html(w, report.verdicts))
        parts.append(f"<h2>{w(t('Jobs and timeline'))}</h2>")
    for job in report.jobs:
        parts.append(_job_html(w, job))
    for name, why in report.not_started:
        parts.append(f"<p><b>{w(t('{vm}: not started.', vm=name or w.fmt.text(t('Submit'))))}</b> {w(why)}</p>")
    if report.journey is not None:
        from reprotect_gui.domain.journey_report import render_journey_section

        parts.append(render_journey_section(report.journey, w))
    elif report.readiness:
        parts.append(f"<h2>{w(t('Ready for failback?'))}</h2>")
        parts.append(_readiness_html(w, report.readiness))
    if report.advice:
        parts.append(f"<h2>{w(t('After the job'))}</h2><ul>")
        parts += [f"<li>{w(a)}</li>" for a in report.advice]
        parts.append("</ul>")
    parts.append(f"<h2>{w(t('Next step'))}</h2><p>{w(report.next_step)}</p>")
    parts.append("</body></html>")
    return "".join(parts)


def _table(w: _Writer, rows: Sequence[tuple[Any, Any]]) -> str:
    body = "".join(f"<tr><th>{w(k)}</th><td>{w(v)}</td></tr>" for k, v in rows)
    return f"<table cellspacing='0'>{body}</table>"


def _items_table(w: _Writer, items: Sequence[Mapping[str, Any]]) -> str:
    """The choices per VM, then one row per disk brought back: a disk name is never broken mid-word."""
    heads = (t("VM"), t("OS"), t("Datastore"), t("Retention drive"), t("Disks"))
    head = "<tr>" + "".join(f"<th>{w(h)}</th>" for h in heads) + "</tr>"
    rows, disk_rows = [], []
    for i in items:
        disks = list(i.get("disks") or ())
        total = sum(float(d.get("size_gb") or 0) for d in disks)
        count = t("{count} ({total} GB)", count=len(disks), total=f"{total:g}") if disks else t("all")
        rows.append(
            "<tr>"
            + "".join(
                f"<td>{w(v)}</td>"
                for v in (i.get("name"), i.get("os_type"), i.get("datastore"), i.get("retention_drive"), count)
            )
            + "</tr>"
        )
        if len(items) > 1 and (disks or i.get("disks_left_out")):
            disk_rows.append(f"<tr><td colspan='2'><b>{_e(i.get('name'))}</b></td></tr>")
        for d in disks:
            disk_rows.append(
                f"<tr><td style='white-space:nowrap'>{_e(d.get('name'))}</td>"
                f"<td align='right' style='white-space:nowrap'>{_e(d.get('size_gb'))} GB</td></tr>"
            )
        for d in i.get("disks_left_out") or ():
            disk_rows.append(
                f"<tr><td style='white-space:nowrap'>{_e(d)}</td><td align='right'>{w(t('left out'))}</td></tr>"
            )
    table = f"<table width='100%' border='1' cellspacing='0' cellpadding='2'>{head}{''.join(rows)}</table>"
    if disk_rows:
        table += (
            f"<table cellspacing='0' cellpadding='1'><tr><th>{w(t('Disk brought back'))}</th>"
            f"<th align='right'>{w(t('Size'))}</th></tr>{''.join(disk_rows)}</table>"
        )
    return table


def _readiness_html(w: _Writer, lines: Sequence[ReadinessLine]) -> str:
    heads = (t("VM"), t("Ready for failback?"), t("As of"))
    head = "<tr>" + "".join(f"<th>{w(h)}</th>" for h in heads) + "</tr>"
    rows = "".join(
        f"<tr><td>{_e(r.item_name)}</td><td>{'✔ ' if r.ready else ''}{w(_word(r.verdict))}"
        + "".join(f"<br>{w(_word(warning))}" for warning in r.warnings)
        + f"</td><td>{w.when(r.at)}</td></tr>"
        for r in lines
    )
    return f"<table width='100%' border='1' cellspacing='0' cellpadding='3'>{head}{rows}</table>"


def _word(value: Any) -> Any:
    """A text read back from an audit record: its template when it was kept, else the English text, which
    is also the template of a sentence without values ("configuration server"); a name stays a name."""
    if isinstance(value, Text) or value is None:
        return value
    return Text(str(value), None, DOMAIN_CONTEXT)


def _verdict_order(v: Mapping[str, Any]) -> tuple[int, str, str]:
    status = str(v.get("status", ""))
    rank = STATUS_ORDER.index(status) if status in STATUS_ORDER else len(STATUS_ORDER)
    return rank, str(v.get("check_id", "")), str(v.get("subject", ""))


def _verdicts_html(w: _Writer, verdicts: Sequence[Mapping[str, Any]]) -> str:
    """Blocks, warnings and unknowns in a table (with the operator's acknowledgement); information
    as a compact list; passed checks by ID only."""
    counts = {s: sum(1 for v in verdicts if v.get("status") == s) for s in STATUS_ORDER}
    # A list: the UI renders it with its language's separator (", " / "、").
    parts = tuple(Text(STATUS_COUNTS[s].template, {"count": counts[s]}) for s in STATUS_ORDER if counts[s])
    summary = Text("{counts}", {"counts": parts}, VERBATIM) if parts else ""
    ordered = sorted(verdicts, key=_verdict_order)
    rows = []
    for v in (v for v in ordered if v.get("status") in ("block", "warn", "unknown")):
        status = str(v.get("status", ""))
        ack = t("accepted by the operator") if v.get("acknowledged") else ""
        rows.append(
            f"<tr><td>{w(STATUS_TITLES.get(status, status))}</td><td>{_e(v.get('check_id'))}</td>"
            f"<td>{w(_word(v.get('subject') or ''))}</td><td>{w(_word(v.get('finding')))}</td><td>{w(ack)}</td></tr>"
        )
    infos = [
        f"<li>{_e(v.get('check_id'))}{' (' + w(_word(v.get('subject'))) + ')' if v.get('subject') else ''}: {w(_word(v.get('finding')))}</li>"
        for v in ordered
        if v.get("status") == "info"
    ]
    passed = sorted({str(v.get("check_id")) for v in verdicts if v.get("status") == "pass"})
    out = f"<p>{w(summary if summary else t('No checks recorded.'))}</p>"
    if rows:
        heads = (t("Result"), t("Check"), t("Subject"), t("Finding"), t("Accepted"))
        out += (
            "<table width='100%' border='1' cellspacing='0' cellpadding='3'><tr>"
            + "".join(f"<th>{w(h)}</th>" for h in heads)
            + f"</tr>{''.join(rows)}</table>"
        )
    if infos:
        out += f"<p><b>{w(STATUS_TITLES['info'])}</b></p><ul>{''.join(infos)}</ul>"
    if passed:
        out += f"<p class='muted'>{w(t('Passed: {ids}', ids=', '.join(passed)))}</p>"
    return out


def _job_html(w: _Writer, job: JobLine) -> str:
    took = duration_text((job.ended - job.started).total_seconds() if job.started and job.ended else None)
    head = (
        f"<h3>{w(t('{vm} — job {job}: {outcome}', vm=job.item_name, job=job.job_id, outcome=state(job.outcome)))}</h3>"
        f"<p>{w(t('Started {started}, ended {ended}, took {took}.', started=w.fmt.moment(job.started) if job.started else '—', ended=w.fmt.moment(job.ended) if job.ended else '—', took=took))}</p>"
    )
    return head + timeline_html(job, w.fmt) + "".join(_error_html(w, e) for e in job.errors)


def timeline_html(job: JobLine, fmt: ReportFormat = ENGLISH) -> str:
    """A bar per task, placed on the job's time axis: offset and length as table-cell widths."""
    w = _Writer(fmt)
    if not job.tasks:
        return f"<p class='muted'>{w(t('No task timings were recorded.'))}</p>"
    origin = job.started or min((t_.started for t_ in job.tasks if t_.started), default=None)
    finish = job.ended or max((t_.ended for t_ in job.tasks if t_.ended), default=None)
    span = (finish - origin).total_seconds() if origin and finish else 0.0
    rows = []
    for task in job.tasks:
        bar = ""
        if span > 0 and task.started and task.ended and origin:
            before = 100.0 * max(0.0, (task.started - origin).total_seconds()) / span
            width = max(1.0, 100.0 * (task.seconds or 0.0) / span)
            after = max(0.0, 100.0 - before - width)
            colour = BAR_COLOURS.get(task.state, "#757575")
            cells = ""
            if before >= 0.5:
                cells += f"<td width='{before:.1f}%'></td>"
            cells += f"<td width='{width:.1f}%' bgcolor='{colour}' style='background-color:{colour}'>&nbsp;</td>"
            if after >= 0.5:
                cells += f"<td width='{after:.1f}%'></td>"
            bar = f"<table width='100%' cellspacing='0' cellpadding='0'><tr>{cells}</tr></table>"
        rows.append(
            f"<tr><td style='white-space:nowrap'>{w(TaskName(task.name))}</td>"
            f"<td>{w(state(STATE_WORDS.get(task.state, task.state)))}</td>"
            f"<td align='right'>{_e(duration_text(task.seconds))}</td><td width='45%'>{bar}</td></tr>"
        )
    heads = f"<th>{w(t('Task'))}</th><th>{w(t('State'))}</th><th align='right'>{w(t('Time'))}</th><th>{w(t('Timeline'))}</th>"
    return f"<table width='100%' border='0' cellspacing='0' cellpadding='2'><tr>{heads}</tr>{''.join(rows)}</table>"


def _error_html(w: _Writer, e: ErrorLine) -> str:
    out = f"<p><b>{w(t('Error {code}:', code=e.code))}</b> {w(service_text(e.message))}</p><ul>"
    if e.possible_causes:
        out += f"<li>{w(t('Possible causes (ASR): {causes}', causes=service_text(e.possible_causes)))}</li>"
    if e.recommended_action:
        out += f"<li>{w(t('Recommended action (ASR): {action}', action=service_text(e.recommended_action)))}</li>"
    if e.check_id:
        known = t(
            "Known cause (SUB-07, check {check}): {cause} Fix: {fix}",
            check=e.check_id,
            cause=Text(e.known_cause, None, JOB_ERRORS_CONTEXT),
            fix=Text(e.known_fix, None, JOB_ERRORS_CONTEXT),
        )
        out += f"<li>{w(known)}</li>"
    return out + "</ul>"
