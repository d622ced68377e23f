"""Section F: submitting and after (SUB-01 … SUB-07)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from reprotect_gui.domain.checks.datastore import effective_disks
from reprotect_gui.domain.checks.facts import Facts, RequestFacts
from reprotect_gui.domain.checks.registry import implemented_elsewhere, per_request, whole
from reprotect_gui.domain.checks.remediation import verdict
from reprotect_gui.domain.messages import t
from reprotect_gui.domain.models import Disk, OsType, ProtectedItem
from reprotect_gui.domain.verdicts import Status, Verdict

implemented_elsewhere("SUB-07", "reprotect_gui.domain.job_errors.explain_job_error (job pane)")


# --- SUB-01 ----------------------------------------------------------------------------------


@per_request("SUB-01")
def check_sub01(f: Facts, rf: RequestFacts) -> Iterator[Verdict]:
    if rf.on_prem.absent:
        yield verdict(
            "SUB-01", Status.PASS, t("The on-premises VM no longer exists."), (rf.on_prem.why,), subject=rf.subject
        )
        return
    vm = rf.on_prem.vm
    if vm is None:
        yield verdict(
            "SUB-01",
            Status.UNKNOWN,
            t("Can't check the on-premises VM's power state: {why}.", why=rf.on_prem.why),
            (rf.on_prem.why,),
            subject=rf.subject,
        )
        return
    evidence = (t("{vm}: {power_state}", vm=vm.name, power_state=vm.power_state),)
    if vm.power_state == "poweredOn":
        yield verdict(
            "SUB-01",
            Status.WARN,
            t("The on-premises VM is powered on; reprotect powers it off. Don't power it on afterwards."),
            evidence,
            subject=rf.subject,
        )
    else:
        yield verdict("SUB-01", Status.PASS, t("The on-premises VM is powered off."), evidence, subject=rf.subject)


# --- SUB-02 ----------------------------------------------------------------------------------


@whole("SUB-02")
def check_sub02(f: Facts) -> Iterator[Verdict]:
    requested = {rf.request.item_id for rf in f.requests}
    if f.plan is not None:
        missing = [f.items[i].name if i in f.items else i for i in f.plan.item_ids if i not in requested]
        evidence = (
            t(
                "plan {plan}: {item_ids} VM(s), {count} with values",
                plan=f.plan.name,
                item_ids=len(f.plan.item_ids),
                count=len(requested),
            ),
        )
        if missing:
            yield verdict(
                "SUB-02",
                Status.BLOCK,
                t("Every VM of the plan needs its values; missing: {missing}.", missing=", ".join(missing)),
                (*evidence, t("missing: {missing}", missing=", ".join(missing))),
                subject=f.plan.name,
            )
        else:
            yield verdict(
                "SUB-02",
                Status.INFO,
                t(
                    "The plan's VMs are reprotected one by one (the plan-level API no longer works) and their "
                    "jobs followed together."
                ),
                evidence,
                subject=f.plan.name,
            )
    yield from _replication_groups(f, requested)


def _replication_groups(f: Facts, requested: set[str]) -> Iterator[Verdict]:
    groups: dict[str, list[ProtectedItem]] = {}
    for rf in f.requests:
        if rf.item is not None and rf.item.replication_group:
            groups.setdefault(rf.item.replication_group, [])
    if not groups:
        if f.plan is None and f.requests:
            yield verdict(
                "SUB-02",
                Status.PASS,
                t("Single VMs, not in a replication group."),
                (t("{count} VM(s), none in a replication group", count=len(requested)),),
                subject=", ".join(rf.subject for rf in f.requests),
            )
        return
    for item in f.site.items:
        if item.replication_group in groups:
            groups[item.replication_group].append(item)
    for group, members in groups.items():
        left_out = [i.name for i in members if i.item_id not in requested]
        evidence = (t("replication group {group}: {names}", group=group, names=", ".join(i.name for i in members)),)
        if f.plan is None:
            yield verdict(
                "SUB-02",
                Status.BLOCK,
                t("Replication group {group} can only be reprotected through a recovery plan.", group=group),
                evidence,
                subject=group,
            )
        elif left_out:
            yield verdict(
                "SUB-02",
                Status.BLOCK,
                t(
                    "Replication group {group} is only partly in the reprotect: {left_out} left out.",
                    group=group,
                    left_out=", ".join(left_out),
                ),
                evidence,
                subject=group,
            )
        else:
            yield verdict(
                "SUB-02",
                Status.PASS,
                t("All of replication group {group} is reprotected together.", group=group),
                evidence,
                subject=group,
            )


# --- SUB-03 ----------------------------------------------------------------------------------


@per_request("SUB-03")
def check_sub03(f: Facts, rf: RequestFacts) -> Iterator[Verdict]:
    if rf.item is None:
        return
    if rf.item.running_job_id:
        yield verdict(
            "SUB-03",
            Status.INFO,
            t("A job is already running on this VM: the wizard follows it instead of submitting again."),
            (t("{item}: running job {running_job_id}", item=rf.item.name, running_job_id=rf.item.running_job_id),),
            subject=rf.subject,
        )
    else:
        yield verdict(
            "SUB-03",
            Status.PASS,
            t("The job will be followed until it ends; then failback (plan the downtime)."),
            (t("{item}: no job running", item=rf.item.name),),
            subject=rf.subject,
        )


# --- SUB-04 ----------------------------------------------------------------------------------


@per_request("SUB-04")
def check_sub04(f: Facts, rf: RequestFacts) -> Iterator[Verdict]:
    if rf.item is None:
        return
    evidence = (f"{rf.item.name}: {rf.item.os_type}",)
    if rf.item.os_type is OsType.LINUX:
        yield verdict(
            "SUB-04",
            Status.INFO,
            t("After failback this Linux VM's static IP comes back as DHCP; set it again by hand."),
            evidence,
            subject=rf.subject,
        )
    else:
        yield verdict("SUB-04", Status.PASS, t("Windows VMs keep their static IP."), evidence, subject=rf.subject)


# --- SUB-05 ----------------------------------------------------------------------------------


def transfer_estimate(item: ProtectedItem, disks: Sequence[str | Disk], vm_exists_on_prem: bool | None) -> str:
    """What goes back over the wire, in words; never a duration (it can't be calculated).

    `disks`: the disks coming back, as disk ids or `Disk`s.
    """
    chosen = {d if isinstance(d, str) else d.disk_id for d in disks}
    total = sum(d.size_gb for d in item.disks if d.disk_id in chosen)
    full = t("full copy of {total} GB", total=f"{total:g}")
    if vm_exists_on_prem is None:
        return t("changes only if the on-premises VM still exists, otherwise a {full}", full=full)
    return t("changes only") if vm_exists_on_prem else full


@per_request("SUB-05")
def check_sub05(f: Facts, rf: RequestFacts) -> Iterator[Verdict]:
    if rf.item is None:
        return
    disks = [d.disk_id for d in effective_disks(rf.request, rf.item)]
    exists = True if rf.on_prem.found else False if rf.on_prem.absent else None
    estimate = transfer_estimate(rf.item, disks, exists)
    location = {True: t("original location"), False: t("alternate location"), None: t("location not known")}[exists]
    evidence: list[str] = [
        t(
            "{item}: {location}, {disks} disk(s): {estimate}",
            item=rf.item.name,
            location=location,
            disks=len(disks),
            estimate=estimate,
        )
    ]
    if exists is None:
        evidence.append(rf.on_prem.why)
    yield verdict(
        "SUB-05",
        Status.INFO,
        t("Data to send back: {estimate}; no duration can be promised.", estimate=estimate),
        evidence,
        subject=rf.subject,
    )


# --- SUB-06 ----------------------------------------------------------------------------------


@whole("SUB-06")
def check_sub06(f: Facts) -> Iterator[Verdict]:
    if not f.requests:
        return
    scope = (
        t("every VM of plan {plan}", plan=f.plan.name)
        if f.plan
        else t("the VM")
        if len(f.requests) == 1
        else t("every VM")
    )
    yield verdict(
        "SUB-06",
        Status.INFO,
        t("Failback (the next step) needs at least one recovery point for {scope}.", scope=scope),
        (t("{requests} VM(s) being reprotected", requests=len(f.requests)),),
        subject=f.plan.name if f.plan else t("failback"),
    )
