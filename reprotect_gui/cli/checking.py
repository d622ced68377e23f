"""`check`: which selections to check, their choices, and every catalogue check's verdicts.

A selection is one VM, one recovery plan, or (`--all`) each eligible VM of the vault on its
own. Its choices are those given as options or in an answers file, else those the wizard would
preselect (domain/choices.preselect); a choice the wizard would leave to the operator takes
the first eligible entry of the wizard's own list, and the result says so. A choice that no
entry can satisfy is reported with the rule that emptied the list (the wizard's explanation).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reprotect_gui.domain import choices
from reprotect_gui.domain.answers import Answers, answers_from_selection, selection_from_answers
from reprotect_gui.domain.checks.eligibility import item_verdicts
from reprotect_gui.domain.checks.facts import LinkType, OperatorStatements
from reprotect_gui.domain.checks.remediation import FIX
from reprotect_gui.domain.errors import UserFacingError
from reprotect_gui.domain.models import ProtectedItem, RecoveryPlan, RecoverySite
from reprotect_gui.domain.preflight import catalog_order
from reprotect_gui.domain.selection import Selection
from reprotect_gui.domain.verdicts import Status, Verdict
from reprotect_gui.services.estate import Estate
from reprotect_gui.services.preflight_input import check_selection

from .codes import EXIT_ACKNOWLEDGE, EXIT_BLOCKED, EXIT_READY

READY, ACKNOWLEDGE, BLOCKED = "ready", "acknowledge", "blocked"


class NotFound(UserFacingError):
    """An option names something the vault does not have."""


@dataclass(frozen=True, slots=True)
class Given:
    """Choices given as options (None: as the wizard would preselect)."""

    master_target: str | None = None
    process_server: str | None = None
    datastore: str | None = None
    retention_drive: str | None = None
    appliance: str | None = None
    log_storage: str | None = None
    link_type: LinkType | None = None
    ip_retained: bool | None = None

    @property
    def statements(self) -> OperatorStatements:
        return OperatorStatements(link_type=self.link_type, ip_addresses_retained=self.ip_retained)


@dataclass(frozen=True, slots=True)
class Checked:
    """One selection and what the checks said about it."""

    subject_kind: str  # "item" or "plan"
    subject_id: str
    subject_name: str
    flow: str
    answers: Answers | None  # the choices checked, as answers (None: a choice could not be made)
    taken: tuple[str, ...]  # choices made for the operator, and choices that could not be made
    verdicts: tuple[Verdict, ...]
    vm_names: tuple[str, ...]

    @property
    def outcome(self) -> str:
        if any(v.blocks for v in self.verdicts):
            return BLOCKED
        if any(v.needs_acknowledgement for v in self.verdicts):
            return ACKNOWLEDGE
        return READY


def exit_code(checked: Sequence[Checked]) -> int:
    """The worst outcome; no selection at all (no VM can be reprotected) is blocked."""
    if not checked:
        return EXIT_BLOCKED
    outcomes = {c.outcome for c in checked}
    if BLOCKED in outcomes:
        return EXIT_BLOCKED
    if ACKNOWLEDGE in outcomes:
        return EXIT_ACKNOWLEDGE
    return EXIT_READY


def _match(what: str, wanted: str, entries: Sequence[Any], key_id: str, key_name: str, site: RecoverySite) -> Any:
    w = wanted.strip().lower()
    for e in entries:
        if str(getattr(e, key_id)).lower() == w or str(getattr(e, key_name)).lower() == w:
            return e
    names = ", ".join(str(getattr(e, key_name)) for e in entries) or "none"
    raise NotFound(f"The vault {site.vault_name} has no {what} named {wanted!r}.", f"Known: {names}.")


def find_item(site: RecoverySite, wanted: str) -> ProtectedItem:
    item: ProtectedItem = _match("replicated VM", wanted, site.items, "item_id", "name", site)
    return item


def find_plan(site: RecoverySite, wanted: str) -> RecoveryPlan:
    plan: RecoveryPlan = _match("recovery plan", wanted, site.plans, "plan_id", "name", site)
    return plan


def targets(
    site: RecoverySite, vm: str | None, plan: str | None
) -> list[tuple[RecoveryPlan | None, tuple[ProtectedItem, ...]]]:
    """The selections to check: the VM, the plan, or each eligible VM of the vault."""
    if vm:
        return [(None, (find_item(site, vm),))]
    if plan:
        p = find_plan(site, plan)
        by_id = {i.item_id: i for i in site.items}
        return [(p, tuple(by_id[i] for i in p.item_ids if i in by_id))]
    eligible = [c.value for c in choices.item_choices(site) if c.selectable]
    return [(None, (item,)) for item in eligible]


def _apply_given(site: RecoverySite, selection: Selection, given: Given) -> None:
    if given.master_target:
        selection.master_target_id = _match(
            "master target", given.master_target, site.master_targets, "server_id", "name", site
        ).server_id
    if given.process_server:
        selection.process_server_id = _match(
            "process server", given.process_server, site.process_servers, "server_id", "name", site
        ).server_id
    if given.appliance:
        selection.appliance_id = _match(
            "replication appliance", given.appliance, site.appliances, "appliance_id", "name", site
        ).appliance_id
    if given.log_storage:
        accounts = list(site.log_storage_accounts)
        default = choices.default_log_storage(site, selection.items)
        if default is not None and default not in accounts:
            accounts.append(default)
        selection.log_storage_account_id = _match(
            "log storage account", given.log_storage, accounts, "account_id", "name", site
        ).account_id
    for item in selection.items:
        c = selection.choices_for(item.item_id)
        if given.datastore:
            c.datastore_name = given.datastore
        if given.retention_drive and not selection.is_modernized:
            c.retention_drive = given.retention_drive


def _empty_list_verdicts(estate: Estate, selection: Selection, now: datetime, given: Given) -> list[Verdict]:
    """Why a choice can't be made: the wizard's own explanation of the empty list, as blocks."""
    site, vc, matches = estate.site, estate.vcenter, estate.matches
    reasons: list[tuple[str, Any]] = []
    items = selection.items
    if selection.is_modernized:
        if not selection.appliance_id:
            reasons += [("", r) for r in choices.explain_empty_appliances(site, items, now)]
        else:
            appliance = site.appliance(selection.appliance_id)
            for item in items:
                if not selection.choices_for(item.item_id).datastore_name:
                    placement = choices.modernized_placement(appliance, item, vc, matches.get(item.item_id))
                    reasons += [(item.name, r) for r in choices.explain_empty_placement(appliance, placement, item)]
        if not selection.log_storage_account_id:
            reasons.append(
                ("", choices.EmptyListReason("RCM-05", "No log storage account can be chosen.", FIX["RCM-05"]))
            )
    else:
        if not selection.master_target_id:
            reasons += [("", r) for r in choices.explain_empty_master_targets(site, items, now)]
        if not selection.process_server_id:
            reasons.append(("", choices.EmptyListReason("INF-03", "No process server can be chosen.", FIX["INF-03"])))
        mt = next((m for m in site.master_targets if m.server_id == selection.master_target_id), None)
        if mt is not None:
            cs = site.configuration_servers[0] if site.configuration_servers else None
            for item in items:
                c = selection.choices_for(item.item_id)
                if not c.datastore_name:
                    reasons += [
                        (item.name, r) for r in choices.explain_empty_datastores(mt, vc, matches.get(item.item_id))
                    ]
                if not c.retention_drive:
                    reasons += [(item.name, r) for r in choices.explain_empty_retention(mt, cs, now)[:1]]
    out = [
        Verdict(r.check_id, Status.BLOCK, r.reason, remediation=r.next_step, subject=subject) for subject, r in reasons
    ]
    if not out:  # e.g. classic and modernized VMs mixed in one plan (ELIG-08)
        out.append(Verdict("ELIG-08", Status.BLOCK, "Still to choose: " + ", ".join(selection.missing()), subject=""))
    return out


def check_one(
    estate: Estate,
    plan: RecoveryPlan | None,
    items: tuple[ProtectedItem, ...],
    now: datetime,
    given: Given,
) -> Checked:
    site = estate.site
    selection = Selection(items=items, plan=plan)
    subject = ("plan", plan.plan_id, plan.name) if plan else ("item", items[0].item_id, items[0].name)
    _apply_given(site, selection, given)
    taken = choices.preselect(
        site, estate.vcenter, estate.matches, selection, now, given.link_type, take_first_eligible=True
    )
    item_blocks = [v for item in items for v in item_verdicts(item, now) if v.blocks]
    if plan is not None:  # a plan the wizard lists greyed out: its own reasons (e.g. MT-02), as the wizard says them
        offered = next((c for c in choices.plan_choices(site) if c.value.plan_id == plan.plan_id), None)
        if offered is not None and not offered.selectable:
            item_blocks += [
                Verdict(cid, Status.BLOCK, text, remediation=FIX.get(cid, ""), subject=plan.name)
                for cid, text in offered.reasons
            ]
    if selection.missing() or item_blocks:
        verdicts = item_blocks or _empty_list_verdicts(estate, selection, now, given)
        verdicts = sorted(dict.fromkeys(verdicts), key=lambda v: catalog_order(v.check_id))
        return Checked(*subject, str(selection.flow), None, taken, tuple(verdicts), tuple(i.name for i in items))
    result = check_selection(estate, selection, given.statements, now)
    answers = answers_from_selection(site, selection, given.statements, ())
    return Checked(*subject, str(selection.flow), answers, taken, result.verdicts, tuple(i.name for i in items))


def check_answers(estate: Estate, answers: Answers, now: datetime) -> tuple[Checked, Selection]:
    """The selection an answers file describes, checked (raises AnswersStale when it no longer fits)."""
    selection = selection_from_answers(answers, estate.site, estate.vcenter, estate.matches, now)
    result = check_selection(estate, selection, answers.statements, now)
    checked = Checked(
        answers.subject_kind,
        answers.subject_id,
        answers.subject_name,
        answers.flow.value,
        answers,
        (),
        result.verdicts,
        tuple(i.name for i in selection.items),
    )
    return checked, selection
