"""Sections I (FB-), J (CMT-) and K (REV-) of `failback.md`: the checks before each step of the journey.

Each step has its own facts and its own preflight: `failback_preflight`, `commit_preflight`,
`reverse_preflight`. The facts are plain values read by the adapters (ASR item or plan, vCenter host and
VM); the wire rules come from `domain.failback`. Readiness (section H, RDY-) is judged elsewhere and comes
in as verdicts: FB-07 lets a plan fail back only when every member passed it.

Rules implemented outside these preflights register with `implemented_elsewhere` (the job pane follows
the job, FB-11; cancel is an item action, FB-12; the wire format is enforced by the request types).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from reprotect_gui.domain.checks.facts import HEARTBEAT_STALE_AFTER, heartbeat_is_recent, heartbeat_text, whole_minutes
from reprotect_gui.domain.checks.registry import implemented_elsewhere
from reprotect_gui.domain.failback import (
    OP_CHANGE_PIT,
    OP_COMMIT,
    SCENARIO_IDLE,
    ClassicRecoveryPoint,
    FailbackRequest,
    Scope,
    can_commit,
    can_fail_back,
    can_reprotect_to_azure,
    failback_operation,
    in_named_replication_group,
    reverse_flow,
)
from reprotect_gui.domain.messages import Text, and_joined, service_text, state, t
from reprotect_gui.domain.models import ReplicationFlow
from reprotect_gui.domain.verdicts import Status, Verdict

# REV-02: the on-premises VM's agent needs up to this long after boot to register again (as ELIG-04).
REV_AGENT_REGISTRATION_WINDOW = timedelta(minutes=15)

FIX: dict[str, str] = {
    "FB-01": (
        "Fail back with the architecture's own operation: classic items by an unplanned failover "
        "(the portal's 'Failover'), modernized items by a planned failover. Wait until the item "
        "offers it: it appears once the reprotect has finished and the item is protected."
    ),
    "FB-02": (
        "The failback goes from Azure to on-premises. If the item does not replicate back "
        "on-premises (InMage or InMageRcmFailback), reprotect it first."
    ),
    "FB-03": (
        "LatestTime (latest processed, crash-consistent) loses the least data and is recommended. "
        "LatestTag (latest application-consistent) is older. A custom point must be one of the "
        "item's recovery points."
    ),
    "FB-04": (
        "CrashConsistent is recommended. A planned failover first copies the pending changes, so "
        "the point is taken after the job starts."
    ),
    "FB-05": (
        "Plan a maintenance window and make sure users are off the application: the Azure VM is "
        "shut down, then the on-premises VM is powered on."
    ),
    "FB-06": ("Fail over and commit a VM in a replication group through its recovery plan, never item by item."),
    "FB-07": (
        "A plan fails back only when every member is ready and all replicate back with the same "
        "provider: wait for the members that are not ready, or fail back the ready ones item by "
        "item."
    ),
    "FB-08": (
        "Fix the site first: configuration server and vCenter connected, no snapshots and no "
        "Storage vMotion on the master target (classic), a healthy replication appliance "
        "(modernized)."
    ),
    "FB-09": (
        "Free memory on the ESXi host (power off other VMs or add memory) or move the on-premises "
        "VM to a host with enough memory (vMotion); otherwise it fails to boot with error 8038."
    ),
    "FB-10": (
        "A classic failback can be neither cancelled nor retried: check the recovery point and the "
        "window before you start. A modernized planned failover can be cancelled: its disks are "
        "rolled back."
    ),
    "FB-13": (
        "Check the on-premises VM in vCenter before you commit: powered on, VMware Tools running "
        "(re-enable them on Windows), an IP address. Static IPs may not be kept (modernized)."
    ),
    "FB-12": (
        "Cancel applies only to a modernized planned failover, and only while the item offers it. A classic "
        "failback can't be cancelled: commit it once the on-premises VM works. Never disable protection instead."
    ),
    "FB-15": (
        "A failed planned failover is cancelled first (Cancel failover), then retried. Never disable protection."
    ),
    "CMT-01": (
        "Commit only when the item offers it. A classic commit deletes the failed-over Azure VM "
        "and cannot be undone: check the on-premises VM first."
    ),
    "CMT-02": (
        "Confirm that the application works on-premises before you commit; the confirmation goes into the report."
    ),
    "CMT-03": (
        "Modernized: when Commit is not offered, continue with Reprotect to Azure, or cancel the "
        "failover if the application does not work on-premises."
    ),
    "CMT-04": ("Commit a VM in a replication group through its recovery plan."),
    "CMT-05": ("After commit the recovery point can't be changed any more and the remaining points are deleted."),
    "CMT-07": (
        "After commit the VM runs on-premises without protection: protect it to Azure again now, "
        "and remove the Azure resources added after failover (public IPs, NSG rules)."
    ),
    "REV-01": ("Protect to Azure again once the item offers Reprotect and nothing else runs on it."),
    "REV-02": (
        "Wait until the countdown ends: the on-premises VM's agent needs up to "
        f"{whole_minutes(REV_AGENT_REGISTRATION_WINDOW)} minutes after boot to register "
        "with the configuration server again."
    ),
    "REV-03": (
        "Choose an on-premises process server with a recent heartbeat, the run-as account that can "
        "reach the VM, and the replication policy of the container mapping."
    ),
    "REV-04": ("Choose the appliance's process server and the replication policy; the run-as account is optional."),
    "REV-05": (
        "Choose a healthy process server or appliance (Normal health, recent heartbeat), or fix the one chosen."
    ),
    "REV-06": ("After the job, review the item's compute and network settings in Azure before the next failover."),
    "REV-07": ("There is no plan-level reprotect: reprotect each member of the plan."),
    "REV-09": (
        "Classic replication is retired: if Azure refuses the reprotect, migrate the VM to the modernized architecture."
    ),
}


def verdict(check_id: str, status: Status, finding: str, evidence: Iterable[str] = (), *, subject: str = "") -> Verdict:
    """A verdict carrying this section's fix for its ID (none for a pass)."""
    return Verdict(
        check_id=check_id,
        status=status,
        finding=finding,
        evidence=tuple(evidence),
        remediation="" if status is Status.PASS else FIX[check_id],
        subject=subject,
    )


# --- facts ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MemberState:
    """One replicated item as the journey reads it (ASR), with what vCenter says of its on-premises side."""

    item_id: str
    name: str
    provider: str  # providerSpecificDetails.instanceType
    protection_state: str  # free text (CMT-06): shown, never decided on
    allowed_operations: frozenset[str]
    scenario: str = SCENARIO_IDLE  # currentScenario.scenarioName
    multi_vm_group_id: str | None = None
    multi_vm_group_name: str | None = None
    last_planned_failover_status: str = ""  # FB-15, modernized
    vm_memory_mb: int | None = None  # the VM's configured memory (FB-09); None = not known
    host_name: str = ""  # the ESXi host it powers on on
    host_free_memory_mb: int | None = None  # None = vCenter not read
    # FB-13: the on-premises VM after failback (vCenter); None = not read
    on_prem_power_state: str | None = None
    on_prem_tools_status: str | None = None
    on_prem_ip_addresses: tuple[str, ...] | None = None
    on_prem_boot_time: datetime | None = None  # REV-02

    @property
    def flow(self) -> ReplicationFlow | None:
        return reverse_flow(self.provider)


@dataclass(frozen=True, slots=True)
class ServerHealth:
    """REV-05: the chosen process server or appliance."""

    name: str
    health: str  # Normal, Warning, Critical, None
    last_heartbeat: datetime | None
    health_errors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class JourneyFacts:
    now: datetime
    scope: Scope
    target_name: str  # the item's or plan's name
    flow: ReplicationFlow
    members: tuple[MemberState, ...]
    plan_allowed_operations: frozenset[str] | None = None  # plans only
    plan_providers: tuple[str, ...] = ()  # plans only: replicationProviders
    readiness: tuple[Verdict, ...] = ()  # section H, judged elsewhere (FB-07)
    site: tuple[Verdict, ...] = ()  # INF-01, INF-09, MT-04, MT-11, RCM-01, judged elsewhere (FB-08)
    failback: FailbackRequest | None = None  # the failback choices (FB-03/04/05/10)
    app_confirmed: bool = False  # CMT-02: the operator's statement
    # REV: the chosen inputs
    process_server: ServerHealth | None = None
    policy_id: str = ""
    run_as_account_id: str = ""
    vcenter_read: bool = True  # False when vCenter was skipped: vCenter facts become unknown


Check = Callable[[JourneyFacts], Iterator[Verdict]]


def _members_named(f: JourneyFacts, names: Iterable[str]) -> str:
    return ", ".join(names) or f.target_name


# --- I. failback ---------------------------------------------------------------------------------


def fb01_operation_offered(f: JourneyFacts) -> Iterator[Verdict]:
    operation = failback_operation(f.flow)
    if f.scope is Scope.PLAN and f.plan_allowed_operations is not None:
        ok = operation in f.plan_allowed_operations
        evidence = [
            t(
                "{target_name}: allowed operations {value}",
                target_name=f.target_name,
                value=", ".join(sorted(f.plan_allowed_operations)) or t("none"),
            )
        ]
        if not ok:
            yield verdict(
                "FB-01",
                Status.BLOCK,
                t(
                    "Recovery plan {target_name} does not offer {operation}.",
                    target_name=f.target_name,
                    operation=operation,
                ),
                evidence,
            )
            return
    missing = [m for m in f.members if not can_fail_back(f.flow, m.allowed_operations, m.scenario)]
    for m in missing:
        running = t("; {scenario} is running", scenario=m.scenario) if m.scenario != SCENARIO_IDLE else ""
        yield verdict(
            "FB-01",
            Status.BLOCK,
            t(
                "{m} can't be failed back now: it does not offer {operation}{running}.",
                m=m.name,
                operation=operation,
                running=running,
            ),
            [
                t(
                    "{m}: state {value}, allowed {value2}",
                    m=m.name,
                    value=state(m.protection_state) if m.protection_state else t("not reported"),
                    value2=", ".join(sorted(m.allowed_operations)) or t("none"),
                )
            ],
            subject=m.name,
        )
    if not missing:
        yield verdict(
            "FB-01", Status.PASS, t("Failback by {operation} is offered.", operation=operation), subject=f.target_name
        )


def fb02_direction(f: JourneyFacts) -> Iterator[Verdict]:
    wrong = [m for m in f.members if m.flow is not f.flow]
    for m in wrong:
        yield verdict(
            "FB-02",
            Status.BLOCK,
            t(
                "{m} does not replicate from Azure back to on-premises ({value}): the failback direction is unclear.",
                m=m.name,
                value=m.provider or t("provider not reported"),
            ),
            [t("{m}: provider {value}", m=m.name, value=m.provider or t("not reported"))],
            subject=m.name,
        )
    if not wrong:
        yield verdict("FB-02", Status.PASS, t("Azure → on-premises."), subject=f.target_name)


def fb03_fb04_recovery_point(f: JourneyFacts) -> Iterator[Verdict]:
    request = f.failback
    if request is None:
        return
    check_id = "FB-03" if f.flow is ReplicationFlow.CLASSIC else "FB-04"
    if request.recovery_point == ClassicRecoveryPoint.LATEST_TAG:
        yield verdict(
            check_id,
            Status.INFO,
            t(
                "The latest application-consistent point (LatestTag) is older than the latest processed "
                "one: changes after it are lost."
            ),
            [t("recovery point: {recovery_point}", recovery_point=request.recovery_point)],
            subject=f.target_name,
        )
    elif request.recovery_point == ClassicRecoveryPoint.CUSTOM:
        yield verdict(
            check_id,
            Status.INFO,
            t("A chosen recovery point: changes after it are lost."),
            [t("recovery point: {recovery_point_id}", recovery_point_id=request.recovery_point_id)],
            subject=f.target_name,
        )
    else:
        yield verdict(
            check_id,
            Status.PASS,
            t("Recovery point: {recovery_point}.", recovery_point=request.recovery_point),
            subject=f.target_name,
        )


def fb05_downtime(f: JourneyFacts) -> Iterator[Verdict]:
    yield verdict(
        "FB-05",
        Status.WARN,
        t("Failback shuts the Azure VM down and then powers the on-premises VM on: the application is down meanwhile."),
        [t("{m}: Azure VM shut down first", m=m.name) for m in f.members],
        subject=f.target_name,
    )


def fb06_replication_group(f: JourneyFacts) -> Iterator[Verdict]:
    yield from _group_rule("FB-06", t("failed over"), f)


def _group_rule(check_id: str, doing: str, f: JourneyFacts) -> Iterator[Verdict]:
    if f.flow is not ReplicationFlow.CLASSIC or f.scope is Scope.PLAN:
        return
    for m in f.members:
        if in_named_replication_group(m.multi_vm_group_id, m.multi_vm_group_name):
            yield verdict(
                check_id,
                Status.BLOCK,
                t(
                    "{m} is in replication group {multi_vm_group_name}: it can only be {doing} through its "
                    "recovery plan.",
                    m=m.name,
                    multi_vm_group_name=m.multi_vm_group_name,
                    doing=doing,
                ),
                [
                    t(
                        "{m}: multiVmGroupName {multi_vm_group_name}, multiVmGroupId {multi_vm_group_id}",
                        m=m.name,
                        multi_vm_group_name=m.multi_vm_group_name,
                        multi_vm_group_id=m.multi_vm_group_id,
                    )
                ],
                subject=m.name,
            )


def fb07_plan_ready(f: JourneyFacts) -> Iterator[Verdict]:
    if f.scope is not Scope.PLAN:
        return
    providers = sorted(set(f.plan_providers) | {m.provider for m in f.members})
    if len(providers) != 1 or reverse_flow(providers[0]) is not f.flow:
        yield verdict(
            "FB-07",
            Status.BLOCK,
            t(
                "Recovery plan {target_name} mixes replication providers: it can't fail back as one.",
                target_name=f.target_name,
            ),
            [t("providers: {value}", value=", ".join(providers) or t("none"))],
            subject=f.target_name,
        )
    not_ready = sorted({v.subject for v in f.readiness if v.blocks})
    if not_ready:
        yield verdict(
            "FB-07",
            Status.BLOCK,
            t(
                "Not every member of {target_name} is ready for failback: {not_ready}.",
                target_name=f.target_name,
                not_ready=", ".join(not_ready),
            ),
            [
                t("{subject}: {check} {finding}", subject=v.subject, check=v.check_id, finding=v.finding)
                for v in f.readiness
                if v.blocks
            ],
            subject=f.target_name,
        )
    elif len(providers) == 1 and reverse_flow(providers[0]) is f.flow:
        yield verdict(
            "FB-07",
            Status.PASS,
            t("Every member of {target_name} is ready.", target_name=f.target_name),
            subject=f.target_name,
        )


def fb08_site(f: JourneyFacts) -> Iterator[Verdict]:
    problems = [v for v in f.site if v.status in (Status.BLOCK, Status.UNKNOWN, Status.WARN)]
    worst = min((v.status for v in problems), key=lambda s: s.rank, default=Status.PASS)
    if not problems:
        yield verdict("FB-08", Status.PASS, t("The site is ready as for reprotect."), subject=f.target_name)
        return
    yield verdict(
        "FB-08",
        worst,
        t(
            "The site is not ready for failback: {problems}",
            problems=Text.joined("; ", [t("{check} {finding}", check=v.check_id, finding=v.finding) for v in problems]),
        ),
        [
            t("{subject}: {check} {finding}", subject=v.subject or f.target_name, check=v.check_id, finding=v.finding)
            for v in problems
        ],
        subject=f.target_name,
    )


def fb09_host_memory(f: JourneyFacts) -> Iterator[Verdict]:
    for m in f.members:
        if not f.vcenter_read or m.host_free_memory_mb is None or m.vm_memory_mb is None:
            yield verdict(
                "FB-09",
                Status.UNKNOWN,
                t(
                    "Whether host {value} has memory for {m} could not be read.",
                    value=m.host_name or t("(unknown)"),
                    m=m.name,
                ),
                [
                    t(
                        "{m}: VM memory {mb}, host free {mb2}",
                        m=m.name,
                        mb=_mb(m.vm_memory_mb),
                        mb2=_mb(m.host_free_memory_mb),
                    )
                ],
                subject=m.name,
            )
            continue
        evidence = [
            t(
                "{m}: needs {mb}; {host_name} has {mb2} free",
                m=m.name,
                mb=_mb(m.vm_memory_mb),
                host_name=m.host_name,
                mb2=_mb(m.host_free_memory_mb),
            )
        ]
        if m.host_free_memory_mb < m.vm_memory_mb:
            yield verdict(
                "FB-09",
                Status.WARN,
                t(
                    "Host {host_name} has less free memory than {m} needs: it may fail to boot (error 8038).",
                    host_name=m.host_name,
                    m=m.name,
                ),
                evidence,
                subject=m.name,
            )
        else:
            yield verdict(
                "FB-09",
                Status.PASS,
                t("Host {host_name} has memory for {m}.", host_name=m.host_name, m=m.name),
                evidence,
                subject=m.name,
            )


def _mb(value: int | None) -> str:
    return t("not known") if value is None else t("{value} MB", value=f"{value:,}")


def fb10_no_way_back(f: JourneyFacts) -> Iterator[Verdict]:
    if f.flow is ReplicationFlow.CLASSIC:
        yield verdict(
            "FB-10",
            Status.WARN,
            t("A classic failback can't be cancelled or retried once it starts."),
            subject=f.target_name,
        )
    else:
        yield verdict(
            "FB-10",
            Status.INFO,
            t("A modernized planned failover can be cancelled: the disks are snapshotted before the VM powers on."),
            subject=f.target_name,
        )


def fb15_last_planned_failover(f: JourneyFacts) -> Iterator[Verdict]:
    for m in f.members:
        if m.flow is ReplicationFlow.MODERNIZED and m.last_planned_failover_status.lower() == "failed":
            yield verdict(
                "FB-15",
                Status.BLOCK,
                t("The last planned failover of {m} failed: cancel it first, then fail back again.", m=m.name),
                [t("{m}: lastPlannedFailoverStatus Failed", m=m.name)],
                subject=m.name,
            )


FAILBACK_CHECKS: tuple[tuple[tuple[str, ...], Check], ...] = (
    (("FB-01",), fb01_operation_offered),
    (("FB-02",), fb02_direction),
    (("FB-03", "FB-04"), fb03_fb04_recovery_point),
    (("FB-05",), fb05_downtime),
    (("FB-06",), fb06_replication_group),
    (("FB-07",), fb07_plan_ready),
    (("FB-08",), fb08_site),
    (("FB-09",), fb09_host_memory),
    (("FB-10",), fb10_no_way_back),
    (("FB-15",), fb15_last_planned_failover),
)


# --- J. commit -----------------------------------------------------------------------------------


def fb13_on_prem_vm(f: JourneyFacts) -> Iterator[Verdict]:
    for m in f.members:
        if not f.vcenter_read or m.on_prem_power_state is None:
            yield verdict(
                "FB-13",
                Status.UNKNOWN,
                t("The on-premises VM {m} could not be read from vCenter.", m=m.name),
                subject=m.name,
            )
            continue
        problems = []
        if m.on_prem_power_state != "poweredOn":
            problems.append(t("power state {on_prem_power_state}", on_prem_power_state=m.on_prem_power_state))
        if m.on_prem_tools_status not in ("toolsOk", "toolsOld"):
            problems.append(t("VMware Tools {value}", value=m.on_prem_tools_status or t("not reported")))
        if not m.on_prem_ip_addresses:
            problems.append(t("no guest IP address"))
        evidence = [
            t(
                "{m}: {on_prem_power_state}, tools {value}, IP {value2}",
                m=m.name,
                on_prem_power_state=m.on_prem_power_state,
                value=m.on_prem_tools_status or t("not reported"),
                value2=", ".join(m.on_prem_ip_addresses or ()) or t("none"),
            )
        ]
        if problems:
            yield verdict(
                "FB-13",
                Status.WARN,
                t(
                    "The on-premises VM {m} is not running normally yet: {problems}.",
                    m=m.name,
                    problems=tuple(problems),
                ),
                evidence,
                subject=m.name,
            )
        else:
            yield verdict("FB-13", Status.PASS, t("{m} runs on-premises.", m=m.name), evidence, subject=m.name)


def cmt01_commit_offered(f: JourneyFacts) -> Iterator[Verdict]:
    blocked = False
    if f.scope is Scope.PLAN and f.plan_allowed_operations is not None and OP_COMMIT not in f.plan_allowed_operations:
        blocked = True
        yield verdict(
            "CMT-01", Status.BLOCK, t("Recovery plan {target_name} does not offer Commit.", target_name=f.target_name)
        )
    for m in f.members:
        if not can_commit(m.allowed_operations, m.scenario):
            blocked = True
            if f.flow is ReplicationFlow.MODERNIZED:
                continue  # CMT-03 says what to do instead
            yield verdict(
                "CMT-01",
                Status.BLOCK,
                t("{m} does not offer Commit now.", m=m.name),
                [
                    t(
                        "{m}: state {value}, allowed {value2}",
                        m=m.name,
                        value=state(m.protection_state) if m.protection_state else t("not reported"),
                        value2=", ".join(sorted(m.allowed_operations)) or t("none"),
                    )
                ],
                subject=m.name,
            )
    if blocked:
        return
    if f.flow is ReplicationFlow.CLASSIC:
        named = _members_named(f, (m.name for m in f.members))
        yield verdict(
            "CMT-01",
            Status.WARN,
            (
                t("Commit deletes the failed-over Azure VMs of {members}. This cannot be undone.", members=named)
                if len(f.members) > 1
                else t("Commit deletes the failed-over Azure VM of {members}. This cannot be undone.", members=named)
            ),
            subject=f.target_name,
        )
    else:
        yield verdict("CMT-01", Status.PASS, t("Commit is offered."), subject=f.target_name)


def cmt02_app_confirmed(f: JourneyFacts) -> Iterator[Verdict]:
    if f.app_confirmed:
        yield verdict("CMT-02", Status.PASS, t("The operator confirmed that the application works on-premises."))
    else:
        yield verdict(
            "CMT-02",
            Status.WARN,
            t("Nobody has confirmed yet that the application works on-premises."),
            subject=f.target_name,
        )


def cmt03_modernized_without_commit(f: JourneyFacts) -> Iterator[Verdict]:
    if f.flow is not ReplicationFlow.MODERNIZED:
        return
    for m in f.members:
        if OP_COMMIT in m.allowed_operations:
            continue
        offered = sorted(m.allowed_operations & {"ReverseReplicate", "CancelFailover"})
        yield verdict(
            "CMT-03",
            Status.BLOCK if not offered else Status.INFO,
            (
                t("{m} does not offer Commit; it offers {offered} instead.", m=m.name, offered=and_joined(offered))
                if offered
                else t("{m} does not offer Commit and no way forward yet.", m=m.name)
            ),
            [t("{m}: allowed {value}", m=m.name, value=", ".join(sorted(m.allowed_operations)) or t("none"))],
            subject=m.name,
        )


def cmt04_replication_group(f: JourneyFacts) -> Iterator[Verdict]:
    yield from _group_rule("CMT-04", t("committed"), f)


def cmt05_points_go(f: JourneyFacts) -> Iterator[Verdict]:
    can_change = [m.name for m in f.members if OP_CHANGE_PIT in m.allowed_operations]
    yield verdict(
        "CMT-05",
        Status.INFO,
        (
            t(
                "After commit the recovery point can't be changed and the remaining points are deleted. Until then "
                "you can still change it ({can_change}).",
                can_change=", ".join(can_change),
            )
            if can_change
            else t("After commit the recovery point can't be changed and the remaining points are deleted.")
        ),
        subject=f.target_name,
    )


COMMIT_CHECKS: tuple[tuple[tuple[str, ...], Check], ...] = (
    (("FB-13",), fb13_on_prem_vm),
    (("CMT-01",), cmt01_commit_offered),
    (("CMT-02",), cmt02_app_confirmed),
    (("CMT-03",), cmt03_modernized_without_commit),
    (("CMT-04",), cmt04_replication_group),
    (("CMT-05",), cmt05_points_go),
)


# --- K. reprotect to Azure -----------------------------------------------------------------------


def rev01_offered(f: JourneyFacts) -> Iterator[Verdict]:
    missing = [m for m in f.members if not can_reprotect_to_azure(m.allowed_operations, m.scenario)]
    for m in missing:
        yield verdict(
            "REV-01",
            Status.BLOCK,
            (
                t(
                    "{m} can't be protected to Azure now: it does not offer Reprotect ({scenario} is running).",
                    m=m.name,
                    scenario=m.scenario,
                )
                if m.scenario != SCENARIO_IDLE
                else t("{m} can't be protected to Azure now: it does not offer Reprotect.", m=m.name)
            ),
            [t("{m}: allowed {value}", m=m.name, value=", ".join(sorted(m.allowed_operations)) or t("none"))],
            subject=m.name,
        )
    if not missing:
        yield verdict("REV-01", Status.PASS, t("Reprotect to Azure is offered."), subject=f.target_name)


def rev02_agent_registration(f: JourneyFacts) -> Iterator[Verdict]:
    if f.flow is not ReplicationFlow.CLASSIC:
        return
    for m in f.members:
        if m.on_prem_boot_time is None:
            yield verdict(
                "REV-02",
                Status.UNKNOWN,
                t("When {m} booted on-premises is not known: its agent may not be registered yet.", m=m.name),
                subject=m.name,
            )
            continue
        ready_at = m.on_prem_boot_time + REV_AGENT_REGISTRATION_WINDOW
        if f.now < ready_at:
            left = math.ceil((ready_at - f.now).total_seconds() / 60)  # whole minutes, rounded up
            yield verdict(
                "REV-02",
                Status.WARN,
                t(
                    "{m} booted {int} min ago: its agent may need up to {left} more min to register.",
                    m=m.name,
                    int=int((f.now - m.on_prem_boot_time).total_seconds() // 60),
                    left=left,
                ),
                [t("{m}: booted {isoformat}", m=m.name, isoformat=m.on_prem_boot_time.isoformat(timespec="minutes"))],
                subject=m.name,
            )
        else:
            yield verdict("REV-02", Status.PASS, t("{m} booted long enough ago.", m=m.name), subject=m.name)


def rev03_rev04_inputs(f: JourneyFacts) -> Iterator[Verdict]:
    check_id = "REV-03" if f.flow is ReplicationFlow.CLASSIC else "REV-04"
    missing = []
    if f.process_server is None:
        missing.append(t("process server"))
    if not f.policy_id:
        missing.append(t("replication policy"))
    if f.flow is ReplicationFlow.CLASSIC and not f.run_as_account_id:
        missing.append(t("run-as account"))
    if missing:
        yield verdict(check_id, Status.BLOCK, t("Choose the {missing}.", missing=tuple(missing)), subject=f.target_name)
    else:
        yield verdict(
            check_id, Status.PASS, t("Every input of the reprotect to Azure is chosen."), subject=f.target_name
        )


def rev05_server_health(f: JourneyFacts) -> Iterator[Verdict]:
    ps = f.process_server
    if ps is None:
        return
    evidence = [
        t(
            "{ps}: health {value}, {heartbeat}",
            ps=ps.name,
            value=state(ps.health) if ps.health else t("not reported"),
            heartbeat=heartbeat_text(ps.last_heartbeat, f.now),
        )
    ]
    evidence += [t("{appliance}: {error}", appliance=ps.name, error=service_text(e)) for e in ps.health_errors]
    minutes = int(HEARTBEAT_STALE_AFTER.total_seconds() // 60)
    if not heartbeat_is_recent(ps.last_heartbeat, f.now):
        yield verdict(
            "REV-05",
            Status.BLOCK,
            t("{ps} has not sent a heartbeat in the last {minutes} minutes.", ps=ps.name, minutes=minutes),
            evidence,
            subject=ps.name,
        )
    elif ps.health.lower() in ("critical", "none", ""):
        yield verdict("REV-05", Status.BLOCK, t("{ps} is not healthy.", ps=ps.name), evidence, subject=ps.name)
    elif ps.health.lower() == "warning" or ps.health_errors:
        yield verdict("REV-05", Status.WARN, t("{ps} reports warnings.", ps=ps.name), evidence, subject=ps.name)
    else:
        yield verdict("REV-05", Status.PASS, t("{ps} is healthy.", ps=ps.name), evidence, subject=ps.name)


def rev06_review_target_settings(f: JourneyFacts) -> Iterator[Verdict]:
    yield verdict(
        "REV-06",
        Status.INFO,
        t("The reprotect does not carry the Azure VM size, network or resource group: review them afterwards."),
        subject=f.target_name,
    )


def rev07_no_plan_reprotect(f: JourneyFacts) -> Iterator[Verdict]:
    if f.scope is Scope.PLAN:
        yield verdict(
            "REV-07",
            Status.BLOCK,
            t(
                "Recovery plan {target_name} can't be reprotected as a plan: reprotect each member.",
                target_name=f.target_name,
            ),
            [m.name for m in f.members],
            subject=f.target_name,
        )


def rev09_classic_retired(f: JourneyFacts) -> Iterator[Verdict]:
    if f.flow is ReplicationFlow.CLASSIC:
        yield verdict(
            "REV-09",
            Status.INFO,
            t("Classic replication is retired: Azure may refuse a classic reprotect to Azure."),
            subject=f.target_name,
        )


REVERSE_CHECKS: tuple[tuple[tuple[str, ...], Check], ...] = (
    (("REV-01",), rev01_offered),
    (("REV-02",), rev02_agent_registration),
    (("REV-03", "REV-04"), rev03_rev04_inputs),
    (("REV-05",), rev05_server_health),
    (("REV-06",), rev06_review_target_settings),
    (("REV-07",), rev07_no_plan_reprotect),
    (("REV-09",), rev09_classic_retired),
)

for _id, _where in (
    ("FB-11", "the job pane follows the failback job"),
    ("FB-12", "cancel is an item action: domain.failback.can_cancel and CancelFailoverRequest"),
    ("FB-14", "asr.journey submits each step never twice"),
    ("CMT-06", "every step decides from allowedOperations (domain.failback.can_*)"),
    ("CMT-07", "the commit job's end leads to reprotect to Azure"),
    ("REV-08", "the job pane follows the reprotect-to-Azure job"),
):
    implemented_elsewhere(_id, _where)


def _run(checks: tuple[tuple[tuple[str, ...], Check], ...], f: JourneyFacts) -> tuple[Verdict, ...]:
    return tuple(v for _, check in checks for v in check(f))


def failback_preflight(f: JourneyFacts) -> tuple[Verdict, ...]:
    return _run(FAILBACK_CHECKS, f)


def commit_preflight(f: JourneyFacts) -> tuple[Verdict, ...]:
    return _run(COMMIT_CHECKS, f)


def reverse_preflight(f: JourneyFacts) -> tuple[Verdict, ...]:
    return _run(REVERSE_CHECKS, f)


def journey_ids() -> frozenset[str]:
    """Every FB-/CMT-/REV- ID with a check here or a registered place elsewhere."""
    from reprotect_gui.domain.checks.registry import implemented_ids

    here = {cid for checks in (FAILBACK_CHECKS, COMMIT_CHECKS, REVERSE_CHECKS) for ids, _ in checks for cid in ids}
    return frozenset(here | {cid for cid in implemented_ids() if cid.split("-")[0] in ("FB", "CMT", "REV")})
