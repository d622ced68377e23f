"""Section F: submitting and after (SUB-01 … SUB-07)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from reprotect_gui.domain.checks.datastore import effective_disks
from reprotect_gui.domain.checks.facts import Facts, RequestFacts
from reprotect_gui.domain.checks.registry import implemented_elsewhere, per_request, whole
from reprotect_gui.domain.checks.remediation import verdict
from reprotect_gui.domain.models import Disk, OsType, ProtectedItem
from reprotect_gui.domain.verdicts import Status, Verdict

implemented_elsewhere("SUB-07", "reprotect_gui.domain.job_errors.explain_job_error (job pane)")


# --- SUB-01 ----------------------------------------------------------------------------------


@per_request("SUB-01")
def check_sub01(f: Facts, rf: RequestFacts) -> Iterator[Verdict]:
    if rf.on_prem.absent:
        yield verdict(
            "SUB-01", Status.PASS, "The on-premises VM no longer exists.", (rf.on_prem.why,), subject=rf.subject
        )
        return
    vm = rf.on_prem.vm
    if vm is None:
        yield verdict(
            "SUB-01",
            Status.UNKNOWN,
            f"Can't check the on-premises VM's power state: {rf.on_prem.why}.",
            (rf.on_prem.why,),
            subject=rf.subject,
        )
        return
    evidence = (f"{vm.name}: {vm.power_state}",)
    if vm.power_state == "poweredOn":
        yield verdict(
            "SUB-01",
            Status.WARN,
            "The on-premises VM is powered on; reprotect powers it off. Don't power it on afterwards.",
            evidence,
            subject=rf.subject,
        )
    else:
        yield verdict("SUB-01", Status.PASS, "The on-premises VM is powered off.", evidence, subject=rf.subject)


# --- SUB-02 ----------------------------------------------------------------------------------


@whole("SUB-02")
def check_sub02(f: Facts) -> Iterator[Verdict]:
    requested = {rf.request.item_id for rf in f.requests}
    if f.plan is not None:
        missing = [f.items[i].name if i in f.items else i for i in f.plan.item_ids if i not in requested]
        evidence = (f"plan {f.plan.name}: {len(f.plan.item_ids)} VM(s), {len(requested)} with values",)
        if missing:
            yield verdict(
                "SUB-02",
                Status.BLOCK,
                f"Every VM of the plan needs its values; missing: {', '.join(missing)}.",
                (*evidence, f"missing: {', '.join(missing)}"),
                subject=f.plan.name,
            )
        else:
            yield verdict(
                "SUB-02",
                Status.INFO,
                "The plan's VMs are reprotected one by one (the plan-level API no longer works) "
                "and their jobs followed together.",
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
                "Single VMs, not in a replication group.",
                (f"{len(requested)} VM(s), none in a replication group",),
                subject=", ".join(rf.subject for rf in f.requests),
            )
        return
    for item in f.site.items:
        if item.replication_group in groups:
            groups[item.replication_group].append(item)
    for group, members in groups.items():
        left_out = [i.name for i in members if i.item_id not in requested]
        evidence = (f"replication group {group}: {', '.join(i.name for i in members)}",)
        if f.plan is None:
            yield verdict(
                "SUB-02",
                Status.BLOCK,
                f"Replication group {group} can only be reprotected through a recovery plan.",
                evidence,
                subject=group,
            )
        elif left_out:
            yield verdict(
                "SUB-02",
                Status.BLOCK,
                f"Replication group {group} is only partly in the reprotect: {', '.join(left_out)} left out.",
                evidence,
                subject=group,
            )
        else:
            yield verdict(
                "SUB-02",
                Status.PASS,
                f"All of replication group {group} is reprotected together.",
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
            "A job is already running on this VM: the wizard follows it instead of submitting again.",
            (f"{rf.item.name}: running job {rf.item.running_job_id}",),
            subject=rf.subject,
        )
    else:
        yield verdict(
            "SUB-03",
            Status.PASS,
            "The job will be followed until it ends; then failback (plan the downtime).",
            (f"{rf.item.name}: no job running",),
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
            "After failback this Linux VM's static IP comes back as DHCP; set it again by hand.",
            evidence,
            subject=rf.subject,
        )
    else:
        yield verdict("SUB-04", Status.PASS, "Windows VMs keep their static IP.", evidence, subject=rf.subject)


# --- SUB-05 ----------------------------------------------------------------------------------


def transfer_estimate(item: ProtectedItem, disks: Sequence[str | Disk], vm_exists_on_prem: bool | None) -> str:
    """What goes back over the wire, in words; never a duration (it can't be calculated).

    `disks`: the disks coming back, as disk ids or `Disk`s.
    """
    chosen = {d if isinstance(d, str) else d.disk_id for d in disks}
    total = sum(d.size_gb for d in item.disks if d.disk_id in chosen)
    full = f"full copy of {total:g} GB"
    if vm_exists_on_prem is None:
        return f"changes only if the on-premises VM still exists, otherwise a {full}"
    return "changes only" if vm_exists_on_prem else full


@per_request("SUB-05")
def check_sub05(f: Facts, rf: RequestFacts) -> Iterator[Verdict]:
    if rf.item is None:
        return
    disks = [d.disk_id for d in effective_disks(rf.request, rf.item)]
    exists = True if rf.on_prem.found else False if rf.on_prem.absent else None
    estimate = transfer_estimate(rf.item, disks, exists)
    location = {True: "original location", False: "alternate location", None: "location not known"}[exists]
    evidence = [f"{rf.item.name}: {location}, {len(disks)} disk(s): {estimate}"]
    if exists is None:
        evidence.append(rf.on_prem.why)
    yield verdict(
        "SUB-05",
        Status.INFO,
        f"Data to send back: {estimate}; no duration can be promised.",
        evidence,
        subject=rf.subject,
    )


# --- SUB-06 ----------------------------------------------------------------------------------


@whole("SUB-06")
def check_sub06(f: Facts) -> Iterator[Verdict]:
    if not f.requests:
        return
    scope = f"every VM of plan {f.plan.name}" if f.plan else "the VM" if len(f.requests) == 1 else "every VM"
    yield verdict(
        "SUB-06",
        Status.INFO,
        f"Failback (the next step) needs at least one recovery point for {scope}.",
        (f"{len(f.requests)} VM(s) being reprotected",),
        subject=f.plan.name if f.plan else "failback",
    )
