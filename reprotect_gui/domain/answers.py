"""Answers: every choice of one reprotect, saved from the wizard and replayed by the console program.

A versioned JSON document (schema: reprotect_gui/cli/schemas/answers.schema.json) that holds the
vault, the VM or the recovery plan, every choice per VM, the operator's statements and the
warnings the operator acknowledged — never a secret, never a token. Replaying it against a
fresh read of the vault checks every answer against the very lists the wizard offers
(domain/choices.py): an answer that can no longer be chosen makes the whole file stale, with one
sentence per change, and nothing is submitted.

Pure: parsing a dict, building a Selection, naming what changed. Reading the file is the caller's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from reprotect_gui.domain import choices
from reprotect_gui.domain.checks.facts import LinkType, OperatorStatements
from reprotect_gui.domain.errors import UserFacingError
from reprotect_gui.domain.messages import Text, t
from reprotect_gui.domain.models import ProtectedItem, RecoverySite, ReplicationFlow, VCenterEstate, VcMatch
from reprotect_gui.domain.selection import ItemChoices, Selection
from reprotect_gui.domain.verdicts import Verdict

ANSWERS_FORMAT = "reprotect_gui.answers/1"


class AnswersInvalid(UserFacingError):
    """The answers file is not one this program can read."""


class AnswersStale(UserFacingError):
    """An answer is no longer valid for the vault as it is now."""

    def __init__(self, changes: Sequence[str]) -> None:
        self.changes = tuple(changes)
        super().__init__(
            t("The answers file no longer matches the vault: {changes}", changes=Text.joined(" ", self.changes)),
            t(
                "Open the answers file in the wizard (reprotect-gui --answers FILE), review the changed choices "
                "and save the answers again. Nothing was submitted."
            ),
        )


def ack_key(check_id: str, subject: str) -> str:
    """How the wizard's session names an acknowledged verdict."""
    return f"{check_id}|{subject}"


@dataclass(frozen=True, slots=True)
class VmAnswer:
    item_id: str
    name: str
    datastore: str | None = None
    retention_drive: str | None = None
    disks: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Answers:
    vault_name: str
    subject_kind: str  # "item" or "plan"
    subject_id: str
    subject_name: str
    flow: ReplicationFlow
    vms: tuple[VmAnswer, ...]
    master_target: tuple[str, str] | None = None  # (id, name)
    process_server: tuple[str, str] | None = None
    run_as_account_id: str | None = None
    appliance: tuple[str, str] | None = None
    log_storage_account_id: str | None = None
    link_type: LinkType | None = None
    ip_addresses_retained: bool | None = None
    acknowledged: tuple[tuple[str, str], ...] = ()  # (check ID, subject)
    vault_source: Mapping[str, str] = field(default_factory=dict)  # how to reconnect (no secrets)
    saved_at: str = ""
    saved_by: str = ""

    @property
    def statements(self) -> OperatorStatements:
        return OperatorStatements(link_type=self.link_type, ip_addresses_retained=self.ip_addresses_retained)

    @property
    def acknowledged_keys(self) -> frozenset[str]:
        return frozenset(ack_key(c, s) for c, s in self.acknowledged)

    def to_json(self) -> dict[str, Any]:
        def ref(pair: tuple[str, str] | None) -> dict[str, str] | None:
            return {"id": pair[0], "name": pair[1]} if pair else None

        return {
            "format": ANSWERS_FORMAT,
            "saved_at": self.saved_at,
            "saved_by": self.saved_by,
            "vault": {"name": self.vault_name, "source": dict(self.vault_source)},
            "subject": {"kind": self.subject_kind, "id": self.subject_id, "name": self.subject_name},
            "flow": self.flow.value,
            "choices": {
                "master_target": ref(self.master_target),
                "process_server": ref(self.process_server),
                "run_as_account_id": self.run_as_account_id,
                "appliance": ref(self.appliance),
                "log_storage_account_id": self.log_storage_account_id,
                "vms": [
                    {
                        "item_id": vm.item_id,
                        "name": vm.name,
                        "datastore": vm.datastore,
                        "retention_drive": vm.retention_drive,
                        "disks": list(vm.disks),
                    }
                    for vm in self.vms
                ],
            },
            "statements": {
                "link_type": self.link_type.name if self.link_type else None,
                "ip_addresses_retained": self.ip_addresses_retained,
            },
            "acknowledged": [{"check_id": c, "subject": s} for c, s in self.acknowledged],
        }


def answers_from_selection(
    site: RecoverySite,
    selection: Selection,
    statements: OperatorStatements,
    acknowledged: Iterable[str],
    *,
    vault_source: Mapping[str, str] | None = None,
    saved_at: datetime | None = None,
    saved_by: str = "",
) -> Answers:
    """What the wizard (or the console program) decided, as answers."""
    if not selection.items:
        raise ValueError(t("still to choose: {missing}", missing=(t("a VM or a recovery plan"),)))
    plan = selection.plan
    first = selection.items[0]
    mt = next((m for m in site.master_targets if m.server_id == selection.master_target_id), None)
    ps = next((p for p in site.process_servers if p.server_id == selection.process_server_id), None)
    appliance = next(
        (
            a
            for a in site.appliances
            if selection.appliance_id and a.appliance_id.lower() == selection.appliance_id.lower()
        ),
        None,
    )
    acks = []
    for key in sorted(set(acknowledged)):
        check_id, _, subject = key.partition("|")
        acks.append((check_id, subject))
    modernized = selection.is_modernized
    vms = []
    for item in selection.items:
        c = selection.choices_for(item.item_id)
        vms.append(
            VmAnswer(
                item_id=item.item_id,
                name=item.name,
                datastore=c.datastore_name,
                retention_drive=None if modernized else c.retention_drive,
                disks=() if modernized else tuple(c.disks_to_include),
            )
        )
    return Answers(
        vault_name=site.vault_name,
        subject_kind="plan" if plan else "item",
        subject_id=plan.plan_id if plan else first.item_id,
        subject_name=plan.name if plan else first.name,
        flow=selection.flow,
        vms=tuple(vms),
        master_target=(mt.server_id, mt.name) if mt and not modernized else None,
        process_server=(ps.server_id, ps.name) if ps and not modernized else None,
        run_as_account_id=None if modernized else selection.run_as_account_id,
        appliance=(appliance.appliance_id, appliance.name) if appliance and modernized else None,
        log_storage_account_id=selection.log_storage_account_id if modernized else None,
        link_type=statements.link_type,
        ip_addresses_retained=statements.ip_addresses_retained,
        acknowledged=tuple(acks),
        vault_source=dict(vault_source or {}),
        saved_at=saved_at.isoformat() if saved_at else "",
        saved_by=saved_by,
    )


# --- reading --------------------------------------------------------------------------------


def _bad(what: str) -> AnswersInvalid:
    return AnswersInvalid(
        t("The answers file can't be used: {what}.", what=what),
        t("Save the answers again from the wizard's Review page (Save answers…); don't edit the file by hand."),
    )


def _str(raw: Mapping[str, Any], key: str, where: str, *, optional: bool = False) -> str | None:
    value = raw.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str) or (not value.strip() and not optional):
        raise _bad(t("{where}.{key} must be a non-empty text", where=where, key=key))
    return value


def _ref(raw: Any, where: str) -> tuple[str, str] | None:
    if raw is None:
        return None
    if not isinstance(raw, Mapping):
        raise _bad(t("{where} must be an object with id and name, or null", where=where))
    return (str(_str(raw, "id", where)), str(raw.get("name") or raw.get("id")))


def parse_answers(raw: Any) -> Answers:
    """A dict read from JSON → Answers, or AnswersInvalid naming the first thing wrong."""
    if not isinstance(raw, Mapping):
        raise _bad(t("it is not a JSON object"))
    fmt = raw.get("format")
    if fmt != ANSWERS_FORMAT:
        if isinstance(fmt, str) and fmt.startswith("reprotect_gui.answers/"):
            raise AnswersInvalid(
                t(
                    "The answers file has version {version}, which this program does not know (it reads {known}).",
                    version=fmt.rsplit("/", 1)[-1],
                    known=ANSWERS_FORMAT,
                ),
                t("Use the version of reprotect-gui that saved it, or save the answers again with this one."),
            )
        raise _bad(t("its format is {found}, not {known}", found=repr(fmt), known=repr(ANSWERS_FORMAT)))
    vault = raw.get("vault")
    subject = raw.get("subject")
    chosen = raw.get("choices")
    statements = raw.get("statements")
    statements = {} if statements is None else statements
    if not isinstance(vault, Mapping) or not isinstance(subject, Mapping) or not isinstance(chosen, Mapping):
        raise _bad(t("vault, subject and choices must be objects"))
    if not isinstance(statements, Mapping):
        raise _bad(t("statements must be an object"))
    kind = _str(subject, "kind", "subject")
    if kind not in ("item", "plan"):
        raise _bad(t("subject.kind is {kind}; it must be 'item' or 'plan'", kind=repr(kind)))
    try:
        flow = ReplicationFlow(str(raw.get("flow")))
    except ValueError:
        raise _bad(t("flow is {flow}; it must be 'classic' or 'modernized'", flow=repr(raw.get("flow")))) from None
    raw_vms = chosen.get("vms")
    if not isinstance(raw_vms, list) or not raw_vms:
        raise _bad(t("choices.vms must list at least one VM"))
    vms = []
    for index, vm in enumerate(raw_vms):
        where = f"choices.vms[{index}]"
        if not isinstance(vm, Mapping):
            raise _bad(t("{where} must be an object", where=where))
        disks = vm.get("disks") or []
        if not isinstance(disks, list) or not all(isinstance(d, str) for d in disks):
            raise _bad(t("{where}.disks must be a list of disk ids", where=where))
        vms.append(
            VmAnswer(
                item_id=str(_str(vm, "item_id", where)),
                name=str(vm.get("name") or vm["item_id"]),
                datastore=_str(vm, "datastore", where, optional=True),
                retention_drive=_str(vm, "retention_drive", where, optional=True),
                disks=tuple(disks),
            )
        )
    link = statements.get("link_type")
    if link is not None and (not isinstance(link, str) or link not in LinkType.__members__):
        raise _bad(
            t(
                "statements.link_type is {link}; it must be one of {known} or null",
                link=repr(link),
                known=", ".join(LinkType.__members__),
            )
        )
    ip = statements.get("ip_addresses_retained")
    if ip is not None and not isinstance(ip, bool):
        raise _bad(t("statements.ip_addresses_retained must be true, false or null"))
    raw_acks = raw.get("acknowledged")
    if raw_acks is not None and not isinstance(raw_acks, list):
        raise _bad(t("acknowledged must be a list"))
    acks = []
    for index, a in enumerate(raw_acks or []):
        if not isinstance(a, Mapping) or not isinstance(a.get("check_id"), str):
            raise _bad(t("acknowledged[{index}] must be an object with check_id and subject", index=str(index)))
        acks.append((str(a["check_id"]), str(a.get("subject") or "")))
    source = vault.get("source") or {}
    return Answers(
        vault_name=str(_str(vault, "name", "vault")),
        subject_kind=str(kind),
        subject_id=str(_str(subject, "id", "subject")),
        subject_name=str(subject.get("name") or subject["id"]),
        flow=flow,
        vms=tuple(vms),
        master_target=_ref(chosen.get("master_target"), "choices.master_target"),
        process_server=_ref(chosen.get("process_server"), "choices.process_server"),
        run_as_account_id=_str(chosen, "run_as_account_id", "choices", optional=True),
        appliance=_ref(chosen.get("appliance"), "choices.appliance"),
        log_storage_account_id=_str(chosen, "log_storage_account_id", "choices", optional=True),
        link_type=LinkType[link] if link else None,
        ip_addresses_retained=ip,
        acknowledged=tuple(acks),
        vault_source={str(k): str(v) for k, v in source.items()} if isinstance(source, Mapping) else {},
        saved_at=str(raw.get("saved_at") or ""),
        saved_by=str(raw.get("saved_by") or ""),
    )


# --- replaying ------------------------------------------------------------------------------


def selection_from_answers(
    answers: Answers,
    site: RecoverySite,
    vcenter: VCenterEstate | None,
    matches: Mapping[str, VcMatch],
    now: datetime,
) -> Selection:
    """The wizard's selection for these answers on the vault as it is now, or AnswersStale.

    Every answer is checked against the list the wizard would offer for it: an entry that is gone,
    or that a rule now excludes, is a change, named with the rule's own reason.
    """
    changes: list[str] = []
    if site.vault_name.lower() != answers.vault_name.lower():
        raise AnswersStale(
            [
                t(
                    "the answers are for the vault {wanted}, but the vault read is {read}.",
                    wanted=answers.vault_name,
                    read=site.vault_name,
                )
            ]
        )
    items = _items(answers, site, changes)
    if changes:
        raise AnswersStale(changes)
    answered = {vm.item_id for vm in answers.vms}
    for item in items:
        if item.item_id not in answered:
            raise _bad(t("choices.vms has no entry for {vm} ({item_id})", vm=item.name, item_id=item.item_id))
    selection = Selection(items=items, plan=_plan(answers, site))
    if selection.flow is not answers.flow:
        raise AnswersStale(
            [
                t(
                    "the VMs now replicate with the {flow} experience, not {answered}.",
                    flow=selection.flow,
                    answered=answers.flow,
                )
            ]
        )
    by_id = {vm.item_id: vm for vm in answers.vms}
    if answers.flow is ReplicationFlow.MODERNIZED:
        _modernized(answers, site, vcenter, matches, now, selection, by_id, changes)
    else:
        _classic(answers, site, vcenter, matches, now, selection, by_id, changes)
    if changes:
        raise AnswersStale(changes)
    return selection


def _plan(answers: Answers, site: RecoverySite) -> Any:
    return (
        next((p for p in site.plans if p.plan_id == answers.subject_id), None)
        if answers.subject_kind == "plan"
        else None
    )


def _items(answers: Answers, site: RecoverySite, changes: list[str]) -> tuple[ProtectedItem, ...]:
    by_id = {i.item_id: i for i in site.items}
    if answers.subject_kind == "plan":
        plan = _plan(answers, site)
        if plan is None:
            changes.append(t("the recovery plan {plan} is no longer in the vault.", plan=answers.subject_name))
            return ()
        was = [vm.item_id for vm in answers.vms]
        if list(plan.item_ids) != was:
            added = [by_id[i].name if i in by_id else i for i in plan.item_ids if i not in was]
            removed = [vm.name for vm in answers.vms if vm.item_id not in plan.item_ids]
            parts = [
                part
                for part in (
                    t("added: {names}", names=", ".join(added)) if added else "",
                    t("removed: {names}", names=", ".join(removed)) if removed else "",
                )
                if part
            ]
            what = Text.joined("; ", parts) if parts else t("new order")
            changes.append(t("the VMs of the recovery plan {plan} changed ({what}).", plan=plan.name, what=what))
        ids = list(plan.item_ids)
    else:
        ids = [answers.subject_id]
    items = []
    names = {vm.item_id: vm.name for vm in answers.vms}
    for item_id in ids:
        item = by_id.get(item_id)
        if item is None:
            changes.append(
                t("the VM {vm} is no longer a replicated item of the vault.", vm=names.get(item_id, item_id))
            )
            continue
        for check_id, reason in choices.item_ineligibility(item):
            changes.append(
                t("{vm} can no longer be reprotected ({check}: {reason})", vm=item.name, check=check_id, reason=reason)
            )
        items.append(item)
    return tuple(items)


def _why_not(what: str, wanted_name: str, entries: Sequence[Any], key: Any) -> str | None:
    """None when `key` matches a selectable entry; else the sentence naming what changed."""
    entry = next((c for c in entries if key(c.value)), None)
    if entry is None:
        return t("the {what} {name} is no longer offered.", what=what, name=wanted_name)
    if not entry.selectable:
        return t(
            "the {what} {name} can no longer be chosen ({reason}).",
            what=what,
            name=wanted_name,
            reason=entry.reason_text,
        )
    return None


def _classic(
    answers: Answers,
    site: RecoverySite,
    vcenter: VCenterEstate | None,
    matches: Mapping[str, VcMatch],
    now: datetime,
    selection: Selection,
    by_id: Mapping[str, VmAnswer],
    changes: list[str],
) -> None:
    if answers.master_target is None or answers.process_server is None:
        raise _bad(t("a classic reprotect needs choices.master_target and choices.process_server"))
    mt_id, mt_name = answers.master_target
    ps_id, ps_name = answers.process_server
    items = selection.items
    problem = _why_not(
        t("master target"), mt_name, choices.master_target_choices(site, items, now), lambda m: m.server_id == mt_id
    )
    if problem:
        changes.append(problem)
    problem = _why_not(
        t("process server"),
        ps_name,
        choices.process_server_choices(site, now, answers.link_type),
        lambda p: p.server_id == ps_id,
    )
    if problem:
        changes.append(problem)
    selection.master_target_id, selection.process_server_id = mt_id, ps_id
    selection.run_as_account_id = answers.run_as_account_id
    mt = next((m for m in site.master_targets if m.server_id == mt_id), None)
    for item in items:
        vm = by_id[item.item_id]
        c = selection.choices_for(item.item_id)
        c.datastore_name, c.retention_drive = vm.datastore, vm.retention_drive
        c.disks_to_include = vm.disks
        known = {d.disk_id for d in item.disks}
        gone = [d for d in vm.disks if d not in known]
        if gone:
            changes.append(t("{vm}: the disk(s) {disks} are no longer on the VM.", vm=item.name, disks=", ".join(gone)))
        if not vm.disks:
            changes.append(t("{vm}: the answers bring back no disk (DS-07).", vm=item.name))
        if mt is None:
            continue
        if not vm.datastore or not vm.retention_drive:
            raise _bad(t("{vm} needs a datastore and a retention drive", vm=item.name))
        ds_name, drive = vm.datastore, vm.retention_drive
        problem = _why_not(
            t("datastore for {item}", item=item.name),
            ds_name,
            choices.datastore_choices(mt, vcenter, matches.get(item.item_id)),
            lambda d, n=ds_name: d.symbolic_name == n,
        )
        if problem:
            changes.append(problem)
        problem = _why_not(
            t("retention drive for {vm}", vm=item.name),
            drive,
            choices.retention_choices(mt),
            lambda v, n=drive: v.name == n,
        )
        if problem:
            changes.append(problem)


def _modernized(
    answers: Answers,
    site: RecoverySite,
    vcenter: VCenterEstate | None,
    matches: Mapping[str, VcMatch],
    now: datetime,
    selection: Selection,
    by_id: Mapping[str, VmAnswer],
    changes: list[str],
) -> None:
    if answers.appliance is None or not answers.log_storage_account_id:
        raise _bad(t("a modernized reprotect needs choices.appliance and choices.log_storage_account_id"))
    app_id, app_name = answers.appliance
    items = selection.items
    problem = _why_not(
        t("replication appliance"),
        app_name,
        choices.appliance_choices(site, items, now),
        lambda a: a.appliance_id.lower() == app_id.lower(),
    )
    if problem:
        changes.append(problem)
    log_id = answers.log_storage_account_id
    if not any(c.value.account_id.lower() == log_id.lower() for c in choices.log_storage_choices(site, items)):
        changes.append(
            t("the log storage account {account} is no longer offered (RCM-05).", account=log_id.rsplit("/", 1)[-1])
        )
    selection.appliance_id, selection.log_storage_account_id = app_id, log_id
    appliance = next((a for a in site.appliances if a.appliance_id.lower() == app_id.lower()), None)
    for item in items:
        vm = by_id[item.item_id]
        selection.per_item[item.item_id] = ItemChoices(datastore_name=vm.datastore)
        if appliance is None:
            continue
        if not vm.datastore:
            raise _bad(t("{vm} needs a datastore", vm=item.name))
        ds_name = vm.datastore
        placement = choices.modernized_placement(appliance, item, vcenter, matches.get(item.item_id))
        problem = _why_not(
            t("datastore for {item}", item=item.name),
            ds_name,
            placement.choices,
            lambda d, n=ds_name: d.symbolic_name == n,
        )
        if problem:
            changes.append(problem)


def unacknowledged(verdicts: Iterable[Verdict], answers: Answers) -> tuple[Verdict, ...]:
    """Warnings and unknowns the answers did not acknowledge (a new one refuses the replay)."""
    keys = answers.acknowledged_keys
    return tuple(v for v in verdicts if v.needs_acknowledgement and ack_key(v.check_id, v.subject) not in keys)
