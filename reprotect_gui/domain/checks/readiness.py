"""Section H of the failback catalog: is a reprotected VM ready for failback? (RDY-01 … RDY-14)

Each check looks at one item's ReplicationStatus (domain/replication.py), the reprotect job that
made it and the failback policy's numbers, and yields verdicts like the preflight checks do. The
checks register by catalog ID in their own registry (the failback catalog is a separate
document from the reprotect catalog the preflight registry covers). `readiness_of` runs them
and says "Ready for failback" or why not yet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from reprotect_gui.domain.messages import service_text, state, t
from reprotect_gui.domain.models import Job, JobState
from reprotect_gui.domain.replication import (
    CLASSIC_REVERSE,
    FORWARD_PROVIDERS,
    IDLE_SCENARIO,
    MODERNIZED_REVERSE,
    ReadinessPolicy,
    ReplicationStatus,
)
from reprotect_gui.domain.verdicts import Status, Verdict

AGENT_HEARTBEAT_STALE_S = 15 * 60.0  # RDY-10/RDY-11: an agent silent longer than this is not reporting
COMPLETE_PERCENT = 100.0
SLOW_HEALTH = ("SlowProgress", "NoProgress")
POWERED_ON = ("on", "poweredon", "running")

FIX: dict[str, str] = {
    "RDY-01": (
        "Wait until the reprotect job has succeeded and no other operation runs on the item; the pane keeps "
        "reading it. A failed reprotect must be fixed and run again first."
    ),
    "RDY-02": (
        "The item still replicates to Azure: the reprotect did not take effect. Run the reprotect wizard again "
        "for this VM."
    ),
    "RDY-03": (
        "Failback needs the item Protected with replication health Normal. Read its health errors below and fix "
        "them; a Warning may be accepted after you confirm. Modernized: the replication appliance must be healthy."
    ),
    "RDY-04": "Follow each health error's recommended action; the health clears by itself once the cause is fixed.",
    "RDY-05": (
        "Wait until initial replication reaches 100 % on every disk. Slow or no progress: check the network "
        "between Azure and the process server / appliance and the target datastore's free space."
    ),
    "RDY-06": "Failback needs at least one recovery point for every VM: wait until one exists.",
    "RDY-07": (
        "The RPO is over the failback policy's threshold: check the bandwidth to on-premises and the process "
        "server's load, and wait until the RPO comes down before failing back."
    ),
    "RDY-08": "A resynchronization is running: wait until it finishes before failing back.",
    "RDY-09": "Slow initial replication follows the data rate: check the bandwidth to on-premises.",
    "RDY-10": (
        "The agent on the Azure VM does not report: check that the VM runs and reaches the configuration server "
        "or the replication appliance (Mobility service started, Site Recovery URLs reachable)."
    ),
    "RDY-11": "Keep the Azure VM running until failback; start it again if it was stopped.",
    "RDY-12": (
        "Keep the on-premises VM powered off (and in place) until failback; powering it on breaks the "
        "replication (SUB-01)."
    ),
    "RDY-13": "A plan fails back only when every member VM is ready and all replicate with the same provider.",
    "RDY-14": "",
}


@dataclass(frozen=True, slots=True)
class ReadinessFacts:
    status: ReplicationStatus
    job: Job | None  # the reprotect job that made the item replicate back
    policy: ReadinessPolicy = field(default_factory=ReadinessPolicy)

    @property
    def now(self) -> datetime:
        return self.status.read_at

    @property
    def subject(self) -> str:
        return self.status.name


CheckFn = Callable[[ReadinessFacts], Iterable[Verdict]]


@dataclass(frozen=True, slots=True)
class RegisteredReadinessCheck:
    ids: tuple[str, ...]
    name: str
    run: CheckFn


_READINESS: list[RegisteredReadinessCheck] = []
_ELSEWHERE: dict[str, str] = {}


def readiness_check(*ids: str) -> Callable[[CheckFn], CheckFn]:
    def register(fn: CheckFn) -> CheckFn:
        _READINESS.append(RegisteredReadinessCheck(ids, fn.__name__, fn))
        return fn

    return register


def readiness_checks() -> tuple[RegisteredReadinessCheck, ...]:
    return tuple(_READINESS)


def readiness_ids() -> frozenset[str]:
    return frozenset({cid for c in _READINESS for cid in c.ids} | set(_ELSEWHERE))


# RDY-13 judges a plan from its members (plan_readiness below); RDY-14 is the watch interval.
_ELSEWHERE["RDY-13"] = "reprotect_gui.domain.checks.readiness.plan_readiness"
_ELSEWHERE["RDY-14"] = "reprotect_gui.domain.polling.READINESS_INTERVAL_S (the pane re-reads every few minutes)"


def _v(check_id: str, status: Status, finding: str, evidence: Sequence[str] = (), *, subject: str = "") -> Verdict:
    return Verdict(
        check_id=check_id,
        status=status,
        finding=finding,
        evidence=tuple(evidence),
        remediation="" if status is Status.PASS else FIX[check_id],
        subject=subject,
    )


def _age_s(now: datetime, then: datetime | None) -> float | None:
    return None if then is None else max(0.0, (now - then).total_seconds())


def minutes_text(seconds: float) -> str:
    if seconds < 90:
        return t("{n} s", n=f"{seconds:.0f}")
    if seconds < 2 * 3600:
        return t("{n} min", n=f"{seconds / 60:.0f}")
    return t("{n} h", n=f"{seconds / 3600:.1f}")


def percent_text(value: float | None) -> str:
    return "?" if value is None else f"{value:.0f} %" if value >= 1 or value == 0 else f"{value:.1f} %"


# --- RDY-01 -------------------------------------------------------------------------------------


@readiness_check("RDY-01")
def check_rdy01(f: ReadinessFacts) -> Iterator[Verdict]:
    job, s = f.job, f.status
    if job is None or job.state is not JobState.SUCCEEDED:
        shown = t("not known") if job is None else state(job.raw_state or job.state.value)
        yield _v(
            "RDY-01",
            Status.BLOCK,
            t("The reprotect job has not succeeded (state {state}).", state=shown),
            subject=f.subject,
        )
        return
    if s.scenario and s.scenario != IDLE_SCENARIO:
        evidence = [t("currentScenario: {scenario}", scenario=s.scenario)] + (
            [t("job {job}", job=s.scenario_job_id)] if s.scenario_job_id else []
        )
        yield _v(
            "RDY-01",
            Status.BLOCK,
            t("Another operation runs on the item ({scenario}); no action until it ends.", scenario=s.scenario),
            evidence,
            subject=f.subject,
        )
        return
    yield _v("RDY-01", Status.PASS, t("The reprotect job succeeded and no other operation runs."), subject=f.subject)


# --- RDY-02 -------------------------------------------------------------------------------------


@readiness_check("RDY-02")
def check_rdy02(f: ReadinessFacts) -> Iterator[Verdict]:
    provider = f.status.provider
    evidence = (t("provider: {provider}", provider=provider or t("not reported")),)
    if provider in (CLASSIC_REVERSE, MODERNIZED_REVERSE):
        yield _v(
            "RDY-02", Status.PASS, t("The item replicates from Azure to on-premises."), evidence, subject=f.subject
        )
    elif provider in FORWARD_PROVIDERS:
        yield _v(
            "RDY-02",
            Status.BLOCK,
            t("The item still replicates to Azure: the reprotect did not take effect."),
            evidence,
            subject=f.subject,
        )
    else:
        yield _v(
            "RDY-02",
            Status.UNKNOWN,
            t("The item's replication provider is not one the wizard knows."),
            evidence,
            subject=f.subject,
        )


# --- RDY-03 -------------------------------------------------------------------------------------


@readiness_check("RDY-03")
def check_rdy03(f: ReadinessFacts) -> Iterator[Verdict]:
    s = f.status
    evidence = (
        t("protectionState: {state}", state=state(s.protection_state) if s.protection_state else t("not reported")),
        t("replicationHealth: {health}", health=state(s.replication_health)),
    )
    if s.protection_state != "Protected":
        yield _v(
            "RDY-03",
            Status.BLOCK,
            t(
                "The item is not protected yet (state {state}).",
                state=state(s.protection_state) if s.protection_state else t("not reported"),
            ),
            evidence,
            subject=f.subject,
        )
    elif s.replication_health == "Normal":
        yield _v("RDY-03", Status.PASS, t("Protected, replication health Normal."), evidence, subject=f.subject)
    elif s.replication_health == "Warning":
        yield _v(
            "RDY-03",
            Status.WARN,
            t("Protected, but replication health is Warning: failback only after you confirm."),
            evidence,
            subject=f.subject,
        )
    else:
        yield _v(
            "RDY-03",
            Status.BLOCK,
            t(
                "Replication health is {health}.",
                health=state(s.replication_health) if s.replication_health else t("not reported"),
            ),
            evidence,
            subject=f.subject,
        )
    if s.modernized and s.appliance_health and s.appliance_health != "Normal":
        status = Status.WARN if s.appliance_health == "Warning" else Status.BLOCK
        yield _v(
            "RDY-03",
            status,
            t(
                "The replication appliance {appliance} reports health {health}.",
                appliance=s.appliance_name or "?",
                health=state(s.appliance_health),
            ),
            (
                t("appliance: {appliance}", appliance=s.appliance_name),
                t("health: {health}", health=state(s.appliance_health)),
            ),
            subject=f.subject,
        )


# --- RDY-04 -------------------------------------------------------------------------------------


@readiness_check("RDY-04")
def check_rdy04(f: ReadinessFacts) -> Iterator[Verdict]:
    errors = f.status.health_errors
    if not errors:
        yield _v("RDY-04", Status.PASS, t("No health errors."), subject=f.subject)
        return
    for e in errors:
        evidence = [
            t("validation error {code}", code=e.code) if e.validation else t("health error {code}", code=e.code)
        ]
        if e.possible_causes:
            evidence.append(t("possible causes: {causes}", causes=service_text(e.possible_causes)))
        if e.recommended_action:
            evidence.append(t("recommended action: {action}", action=service_text(e.recommended_action)))
        if e.at is not None:
            evidence.append(t("since {when} UTC", when=e.at.strftime("%Y-%m-%d %H:%M")))
        yield _v(
            "RDY-04",
            Status.WARN,
            t("{code}: {message}", code=e.code, message=service_text(e.message)),
            evidence,
            subject=f.subject,
        )


# --- RDY-05 -------------------------------------------------------------------------------------


@readiness_check("RDY-05")
def check_rdy05(f: ReadinessFacts) -> Iterator[Verdict]:
    s = f.status
    disks = [t("{disk}: {percent}", disk=d.name, percent=percent_text(d.percent)) for d in s.disks]
    evidence = [t("VM: {percent}", percent=percent_text(s.initial_replication_percent)), *disks]
    incomplete = [
        d
        for d in s.disks
        if d.complete is False or (d.complete is None and (d.percent is None or d.percent < COMPLETE_PERCENT))
    ]
    vm_incomplete = s.initial_replication_percent is not None and s.initial_replication_percent < COMPLETE_PERCENT
    if s.initial_replication_percent is None and not s.disks:
        yield _v("RDY-05", Status.UNKNOWN, t("Initial replication progress is not reported yet."), subject=f.subject)
        return
    if vm_incomplete or incomplete:
        shown = s.initial_replication_percent
        if shown is None:
            known = [d.percent for d in s.disks if d.percent is not None]
            shown = sum(known) / len(known) if known else None
        yield _v(
            "RDY-05",
            Status.BLOCK,
            t(
                "Initial replication is at {percent}; failback waits until every disk is complete.",
                percent=percent_text(shown),
            ),
            evidence,
            subject=f.subject,
        )
    else:
        yield _v(
            "RDY-05", Status.PASS, t("Initial replication is complete on every disk."), evidence, subject=f.subject
        )
    slow = [h for h in (s.progress_health, *(d.health for d in s.disks)) if h in SLOW_HEALTH]
    if slow:
        yield _v(
            "RDY-05",
            Status.WARN,
            t("Replication progress is reported as {health}.", health=state(slow[0])),
            evidence,
            subject=f.subject,
        )


# --- RDY-06 -------------------------------------------------------------------------------------


@readiness_check("RDY-06")
def check_rdy06(f: ReadinessFacts) -> Iterator[Verdict]:
    s = f.status
    if s.latest_recovery_point is not None:
        evidence = (
            t(
                "newest: {when} UTC{kind}",
                when=s.latest_recovery_point.strftime("%Y-%m-%d %H:%M:%S"),
                kind=f" ({s.recovery_point_type})" if s.recovery_point_type else "",
            ),
        )
        yield _v("RDY-06", Status.PASS, t("A recovery point exists."), evidence, subject=f.subject)
    elif s.recovery_points_read:
        yield _v("RDY-06", Status.BLOCK, t("No recovery point exists yet."), subject=f.subject)
    else:
        yield _v("RDY-06", Status.UNKNOWN, t("The recovery points were not read yet."), subject=f.subject)


# --- RDY-07 -------------------------------------------------------------------------------------


@readiness_check("RDY-07")
def check_rdy07(f: ReadinessFacts) -> Iterator[Verdict]:
    s, limit = f.status, f.policy.rpo_threshold_s
    threshold = t("threshold: {minutes} min", minutes=f"{f.policy.rpo_threshold_min:g}")
    if s.modernized:
        age = _age_s(f.now, s.latest_recovery_point)
        if age is None:
            yield _v(
                "RDY-07",
                Status.INFO,
                t("Modernized replication reports no RPO; no recovery point yet."),
                subject=f.subject,
            )
        else:
            yield _v(
                "RDY-07",
                Status.INFO,
                t(
                    "Modernized replication reports no RPO; the newest recovery point is {age} old.",
                    age=minutes_text(age),
                ),
                (t("age: {age}", age=minutes_text(age)),),
                subject=f.subject,
            )
        return
    if s.rpo_s is None:
        yield _v("RDY-07", Status.UNKNOWN, t("The RPO is not reported yet."), (threshold,), subject=f.subject)
        return
    evidence = [t("RPO: {rpo}", rpo=minutes_text(s.rpo_s)), threshold]
    calculated = _age_s(f.now, s.rpo_calculated_at)
    if calculated is not None:
        evidence.append(t("calculated {age} ago", age=minutes_text(calculated)))
    if s.rpo_s > limit:
        yield _v(
            "RDY-07",
            Status.WARN,
            t("The RPO ({rpo}) is over the policy's threshold.", rpo=minutes_text(s.rpo_s)),
            evidence,
            subject=f.subject,
        )
    elif calculated is not None and calculated > limit:
        yield _v(
            "RDY-07",
            Status.WARN,
            t("The RPO was last calculated {age} ago, longer than the threshold.", age=minutes_text(calculated)),
            evidence,
            subject=f.subject,
        )
    else:
        yield _v(
            "RDY-07",
            Status.PASS,
            t("RPO {rpo}, within the threshold.", rpo=minutes_text(s.rpo_s)),
            evidence,
            subject=f.subject,
        )


# --- RDY-08 -------------------------------------------------------------------------------------


@readiness_check("RDY-08")
def check_rdy08(f: ReadinessFacts) -> Iterator[Verdict]:
    s = f.status
    running = s.resync_required or (s.resync_state not in ("", "None")) or any(d.resync_required for d in s.disks)
    if running:
        evidence = [
            t("resyncState: {state}", state=state(s.resync_state) if s.resync_state else t("not reported")),
            t("progress: {percent}", percent=percent_text(s.resync_percent)),
        ]
        yield _v(
            "RDY-08",
            Status.BLOCK,
            t("A resynchronization is pending ({percent} done).", percent=percent_text(s.resync_percent)),
            evidence,
            subject=f.subject,
        )
    else:
        yield _v("RDY-08", Status.PASS, t("No resynchronization is pending."), subject=f.subject)


# --- RDY-09 -------------------------------------------------------------------------------------


@readiness_check("RDY-09")
def check_rdy09(f: ReadinessFacts) -> Iterator[Verdict]:
    s = f.status
    if s.modernized or (s.compressed_mb_s is None and s.uncompressed_mb_s is None):
        return
    rates: list[str] = []
    if s.uncompressed_mb_s is not None:
        rates.append(t("uncompressed {rate} MB/s", rate=f"{s.uncompressed_mb_s:g}"))
    if s.compressed_mb_s is not None:
        rates.append(t("compressed {rate} MB/s", rate=f"{s.compressed_mb_s:g}"))
    yield _v(
        "RDY-09", Status.INFO, t("Data rate to on-premises: {rates}.", rates=tuple(rates)), rates, subject=f.subject
    )


# --- RDY-10 -------------------------------------------------------------------------------------


@readiness_check("RDY-10")
def check_rdy10(f: ReadinessFacts) -> Iterator[Verdict]:
    s = f.status
    evidence: list[str] = []
    if s.appliance_name:
        evidence.append(
            t(
                "appliance: {appliance} ({health})",
                appliance=s.appliance_name,
                health=state(s.appliance_health) if s.appliance_health else t("health not reported"),
            )
        )
    if s.modernized and s.agent_registered_after_failover is False:
        yield _v(
            "RDY-10",
            Status.BLOCK,
            t("The agent on the Azure VM did not register after failover (a critical health error until fixed)."),
            evidence,
            subject=f.subject,
        )
        return
    age = _age_s(f.now, s.last_heartbeat)
    if age is None:
        yield _v(
            "RDY-10", Status.UNKNOWN, t("The agent's last heartbeat is not reported."), evidence, subject=f.subject
        )
        return
    evidence.append(t("last heartbeat {age} ago", age=minutes_text(age)))
    if age > AGENT_HEARTBEAT_STALE_S:
        yield _v(
            "RDY-10",
            Status.WARN,
            t("The agent on the Azure VM last reported {age} ago.", age=minutes_text(age)),
            evidence,
            subject=f.subject,
        )
    else:
        yield _v("RDY-10", Status.PASS, t("The agent on the Azure VM reports."), evidence, subject=f.subject)


# --- RDY-11 -------------------------------------------------------------------------------------


@readiness_check("RDY-11")
def check_rdy11(f: ReadinessFacts) -> Iterator[Verdict]:
    age = _age_s(f.now, f.status.last_heartbeat)
    if age is not None and age > AGENT_HEARTBEAT_STALE_S:
        yield _v(
            "RDY-11",
            Status.WARN,
            t(
                "The Azure VM may be off: its agent has been silent for {age}. It must stay on until failback.",
                age=minutes_text(age),
            ),
            subject=f.subject,
        )
    else:
        yield _v("RDY-11", Status.INFO, t("Keep the Azure VM running until failback."), subject=f.subject)


# --- RDY-12 -------------------------------------------------------------------------------------


@readiness_check("RDY-12")
def check_rdy12(f: ReadinessFacts) -> Iterator[Verdict]:
    s = f.status
    if s.target_deleted:
        yield _v(
            "RDY-12",
            Status.WARN,
            t("The on-premises target VM is reported as deleted."),
            ("isDeleted: true",),
            subject=f.subject,
        )
    elif s.target_power_status.lower() in POWERED_ON:
        yield _v(
            "RDY-12",
            Status.WARN,
            t("The on-premises target VM is powered on; it must stay off until failback."),
            (t("powerStatus: {power}", power=state(s.target_power_status)),),
            subject=f.subject,
        )
    elif s.target_power_status:
        yield _v(
            "RDY-12",
            Status.PASS,
            t("The on-premises target VM is powered off."),
            (t("powerStatus: {power}", power=state(s.target_power_status)),),
            subject=f.subject,
        )
    else:
        yield _v(
            "RDY-12",
            Status.INFO,
            t("Keep the on-premises VM that was mapped in the wizard powered off until failback."),
            subject=f.subject,
        )


# --- the verdict --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Readiness:
    """One VM's answer: ready for failback, ready once the operator confirms warnings, or why not yet."""

    subject: str
    verdicts: tuple[Verdict, ...]

    @property
    def reasons(self) -> tuple[Verdict, ...]:
        """What keeps it from being ready: blocks first, then facts that could not be read."""
        blocks = [v for v in self.verdicts if v.status is Status.BLOCK]
        unknown = [v for v in self.verdicts if v.status is Status.UNKNOWN]
        return tuple(blocks + unknown)

    @property
    def warnings(self) -> tuple[Verdict, ...]:
        return tuple(v for v in self.verdicts if v.status is Status.WARN)

    @property
    def ready(self) -> bool:
        return not self.reasons

    @property
    def headline(self) -> str:
        """'Ready for failback', or the first reason, with its ID."""
        if self.ready:
            return t("Ready for failback after you confirm the warnings") if self.warnings else t("Ready for failback")
        first = self.reasons[0]
        return t("Not yet ({check}): {finding}", check=first.check_id, finding=first.finding)


def readiness_of(facts: ReadinessFacts) -> Readiness:
    verdicts = [v for check in _READINESS for v in check.run(facts)]
    return Readiness(facts.subject, tuple(verdicts))


def plan_readiness(plan_name: str, members: Sequence[tuple[Readiness, str]]) -> Verdict:
    """RDY-13: a plan is ready when every member is ready and all replicate with one reverse provider.
    `members`: each member's readiness and its provider."""
    not_ready = [r.subject for r, _ in members if not r.ready]
    providers = sorted({p for _, p in members})
    evidence = [
        t("{count} member(s)", count=len(members)),
        t("providers: {providers}", providers=", ".join(providers) or t("none")),
    ]
    if not members:
        return _v("RDY-13", Status.UNKNOWN, t("The plan's members are not known."), evidence, subject=plan_name)
    if not_ready:
        return _v(
            "RDY-13",
            Status.BLOCK,
            t(
                "{count} of {total} member(s) not ready: {names}.",
                count=len(not_ready),
                total=len(members),
                names=", ".join(not_ready),
            ),
            evidence,
            subject=plan_name,
        )
    if len(providers) != 1 or providers[0] not in (CLASSIC_REVERSE, MODERNIZED_REVERSE):
        return _v(
            "RDY-13",
            Status.BLOCK,
            t("The plan's members replicate with different providers."),
            evidence,
            subject=plan_name,
        )
    return _v("RDY-13", Status.PASS, t("Every member of the plan is ready."), evidence, subject=plan_name)
