"""The failback journey on a real vault: fail back, cancel, commit, protect to Azure again.

Each step is one POST that starts one job, sent so that it is never sent twice (FB-14): the item or
plan is re-read right before, a job of the same step already running is attached to instead, the POST
goes out with `retry_total=0`, and a lost answer is confirmed by re-reading, never by POSTing again.
The bodies follow `shared/requirements/failback.md` ("Wire format", SDK 2.0.0) field for field; the
rules they encode (operation, direction, recovery point) come from `domain.failback`.

SDK imports happen inside functions, on the worker thread, as in `site_recovery`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from reprotect_gui.asr import mapping
from reprotect_gui.asr.errors import ItemNotFound, JourneyStepNotAllowed, JourneyStepNotConfirmed, JourneyStepRejected
from reprotect_gui.asr.faults import translate
from reprotect_gui.asr.site_recovery import ArmSiteRecovery
from reprotect_gui.asr.site_recovery import _item_path as item_path
from reprotect_gui.domain.errors import UserFacingError
from reprotect_gui.domain.failback import (
    OP_CANCEL_FAILOVER,
    OP_COMMIT,
    OP_REVERSE_REPLICATE,
    SCENARIO_IDLE,
    CancelFailoverRequest,
    CommitRequest,
    FailbackRequest,
    ReprotectToAzureRequest,
    Scope,
)
from reprotect_gui.domain.journey import (
    JourneyMember,
    JourneyState,
    RecoveryPoint,
    ReverseChoices,
    ReversePolicy,
    ReverseServer,
    journey_flow,
)
from reprotect_gui.domain.messages import service_text, t
from reprotect_gui.domain.messages import state as asr_state
from reprotect_gui.domain.models import ReplicationFlow, SubmitResult, VmLocator

if TYPE_CHECKING:
    from reprotect_gui.domain.ports import Journey

log = logging.getLogger(__name__)

# currentScenario.scenarioName of a running step (X1–X6, asr-api README §3). Cancel's name is not
# published: a cancel attaches to nothing and relies on allowedOperations instead.
SCENARIOS = {
    "PlannedFailover": frozenset({"plannedfailover"}),
    "UnplannedFailover": frozenset({"unplannedfailover"}),
    OP_COMMIT: frozenset({"commitfailover", "failovercommit"}),
    OP_REVERSE_REPLICATE: frozenset({"reversereplication", "reversereplicate"}),
    OP_CANCEL_FAILOVER: frozenset(),
}

# What each step is called in the sentences the operator reads.
STEP_WORDS = {
    "PlannedFailover": t("failback (planned failover)"),
    "UnplannedFailover": t("failback (unplanned failover)"),
    OP_COMMIT: "commit",
    OP_CANCEL_FAILOVER: t("cancel of the failback"),
    OP_REVERSE_REPLICATE: t("reprotect to Azure"),
}


@dataclass(frozen=True, slots=True)
class TargetState:
    """What a submit needs to know of the item or plan right before its POST."""

    allowed_operations: frozenset[str]
    scenario: str  # currentScenario.scenarioName, "None" when idle
    running_job: str | None
    state: str  # protectionState (items) or "" (plans): shown, never decided on (CMT-06)


class ArmJourney:
    """The journey steps for one vault, over the same client as its ArmSiteRecovery."""

    def __init__(self, site: ArmSiteRecovery) -> None:
        self._site = site

    # --- the steps -----------------------------------------------------------------------------

    def submit_failback(self, request: FailbackRequest) -> SubmitResult:
        """FB-01/02/03/04/05, FB-14."""
        body = failback_input(request)
        scope, target = request.scope, request.target_id
        if request.operation == "PlannedFailover":

            def post(c: Any, **kw: Any) -> None:
                if scope is Scope.PLAN:
                    c.replication_recovery_plans.begin_planned_failover(self._rg, self._name, _plan(target), body, **kw)
                else:
                    c.replication_protected_items.begin_planned_failover(
                        self._rg, self._name, *item_path(target), body, **kw
                    )

        else:

            def post(c: Any, **kw: Any) -> None:
                if scope is Scope.PLAN:
                    c.replication_recovery_plans.begin_unplanned_failover(
                        self._rg, self._name, _plan(target), body, **kw
                    )
                else:
                    c.replication_protected_items.begin_unplanned_failover(
                        self._rg, self._name, *item_path(target), body, **kw
                    )

        return self._submit(request.operation, scope, target, request.target_name, post)

    def submit_cancel(self, request: CancelFailoverRequest) -> SubmitResult:
        """FB-12: modernized only (the request can't be built for classic)."""
        scope, target = request.scope, request.target_id

        def post(c: Any, **kw: Any) -> None:
            if scope is Scope.PLAN:
                c.replication_recovery_plans.begin_failover_cancel(self._rg, self._name, _plan(target), **kw)
            else:
                c.replication_protected_items.begin_failover_cancel(self._rg, self._name, *item_path(target), **kw)

        return self._submit(OP_CANCEL_FAILOVER, scope, target, request.target_name, post)

    def submit_commit(self, request: CommitRequest) -> SubmitResult:
        """CMT-01/CMT-03: only when allowedOperations offers Commit."""
        scope, target = request.scope, request.target_id

        def post(c: Any, **kw: Any) -> None:
            if scope is Scope.PLAN:
                c.replication_recovery_plans.begin_failover_commit(self._rg, self._name, _plan(target), **kw)
            else:
                c.replication_protected_items.begin_failover_commit(self._rg, self._name, *item_path(target), **kw)

        return self._submit(OP_COMMIT, scope, target, request.target_name, post)

    def submit_reprotect_to_azure(self, request: ReprotectToAzureRequest) -> SubmitResult:
        """REV-01/03/04; item only (REV-07)."""
        body = reprotect_to_azure_input(request)
        target = request.item_id

        def post(c: Any, **kw: Any) -> None:
            c.replication_protected_items.begin_reprotect(self._rg, self._name, *item_path(target), body, **kw)

        return self._submit(OP_REVERSE_REPLICATE, Scope.ITEM, target, request.item_name, post)

    # --- reads (the Journey port) ------------------------------------------------------------------

    def read_journey(self, scope: Scope, target_id: str) -> JourneyState:
        """The item, or the plan with each member (one GET each: a plan holds a handful), fresh.
        Enum-like values stay raw; a payload that can't be read is a sentence (AzureAnswerUnreadable)."""
        now = datetime.now(UTC)
        if scope is Scope.ITEM:
            raw = self._get_item(target_id)
            member = self._site._map(
                t("read the journey state of {name}", name=mapping.last_segment(target_id)),
                lambda: journey_member(raw),
            )
            return JourneyState(
                Scope.ITEM,
                raw.id or target_id,
                member.name,
                (member,),
                member.allowed_operations,
                now,
                member.scenario,
                member.running_job_id,
                (member.provider,) if member.provider else (),
            )
        name = _plan(target_id)
        plan = self._site._call(
            t("read the recovery plan {name}", name=name),
            lambda c: c.replication_recovery_plans.get(self._rg, self._name, name),
        )
        doing = t("read the recovery plan {name}", name=name)
        member_ids = self._site._map(doing, lambda: plan_member_ids(plan))
        members = tuple(
            self._site._map(
                t("read the journey state of {name}", name=mapping.last_segment(m)), partial(journey_member, raw)
            )
            for m in member_ids
            for raw in (self._get_item(m),)
        )
        return self._site._map(doing, lambda: plan_state(plan, target_id, members, now))

    def list_recovery_points(self, item_id: str) -> tuple[RecoveryPoint, ...]:
        """FB-03 Custom: the item's recovery points, newest first."""
        fabric, container, name = item_path(item_id)
        points = self._site._call(
            t("read the recovery points of {name}", name=name),
            lambda c: list(
                c.recovery_points.list_by_replication_protected_items(self._rg, self._name, fabric, container, name)
            ),
        )
        return self._site._map(t("read the recovery points of {name}", name=name), lambda: recovery_points(points))

    def reverse_choices(self, item_id: str) -> ReverseChoices:
        """REV-03/04/05: the process servers of the item's own fabric (classic: its configuration server's;
        modernized: the appliances' entries in the InMageRcm fabric), the policies for the way back to
        Azure (classic: the container mapping's forward policy marked), and the run-as accounts (classic)."""
        raw_item = self._get_item(item_id)
        fabric_name, _, name = item_path(item_id)
        doing = t("read the choices for protecting {name} to Azure again", name=name)
        provider = self._site._map(doing, lambda: _provider(raw_item))
        flow = journey_flow(provider)
        if flow is None:
            raise JourneyStepNotAllowed(
                t(
                    "{name} is neither replicating back on-premises nor protected to Azure (provider {provider}): "
                    "there is nothing to protect to Azure again. Nothing was sent.",
                    name=name,
                    provider=provider or t("not reported"),
                ),
                t("Reload the vault: the item may have changed."),
            )
        rg, v = self._rg, self._name
        fabric = self._site._call(doing, lambda c: c.replication_fabrics.get(rg, v, fabric_name))
        policies = self._site._list(doing, lambda c: c.replication_policies.list(rg, v))
        mappings = self._site._list(doing, lambda c: c.replication_protection_container_mappings.list(rg, v))
        return self._site._map(doing, lambda: reverse_choices(raw_item, item_id, flow, fabric, policies, mappings))

    def _get_item(self, item_id: str) -> Any:
        fabric, container, name = item_path(item_id)
        return self._site._call(
            t("read the replicated item {name}", name=name),
            lambda c: c.replication_protected_items.get(self._rg, self._name, fabric, container, name),
            not_found=lambda: ItemNotFound(
                t("The replicated item {name} is no longer in the vault {vault}.", name=name, vault=self._name),
                t("Reload the vault: it may have been disabled or removed."),
            ),
        )

    # --- reads (submit) -------------------------------------------------------------------------

    def read_state(self, scope: Scope, target_id: str) -> TargetState:
        """allowedOperations and currentScenario of an item or a plan, fresh from the vault."""
        if scope is Scope.PLAN:
            name = _plan(target_id)
            raw = self._site._call(
                t("read the recovery plan {name}", name=name),
                lambda c: c.replication_recovery_plans.get(self._rg, self._name, name),
            )
        else:
            fabric, container, name = item_path(target_id)
            raw = self._site._call(
                t("read the replicated item {name}", name=name),
                lambda c: c.replication_protected_items.get(self._rg, self._name, fabric, container, name),
            )
        props = raw.properties
        scenario = props.current_scenario
        return TargetState(
            allowed_operations=frozenset(props.allowed_operations or ()),
            scenario=(scenario.scenario_name if scenario is not None else None) or SCENARIO_IDLE,
            running_job=mapping.running_job_name(scenario),
            state=getattr(props, "protection_state", None) or "",
        )

    # --- never twice ---------------------------------------------------------------------------

    def _submit(
        self, operation: str, scope: Scope, target_id: str, name: str, post: Callable[..., None]
    ) -> SubmitResult:
        step = STEP_WORDS[operation]
        state = self.read_state(scope, target_id)
        attached = self._attach(operation, state)
        if attached is not None:
            log.info("%s of %s already runs as job %s: attaching", step, name, attached.job_id)
            return attached
        if state.running_job:
            raise JourneyStepNotAllowed(
                t(
                    "Another Site Recovery operation ({scenario}) is running on {name}. Nothing was sent.",
                    scenario=state.scenario,
                    name=name,
                ),
                t("Wait for that job to end, then reload and try again."),
            )
        if operation not in state.allowed_operations:
            allowed = ", ".join(sorted(state.allowed_operations)) or t("none")
            raise JourneyStepNotAllowed(
                t(
                    "Azure Site Recovery does not allow the {step} of {name} right now (state {value}; allowed "
                    "operations: {allowed}). Nothing was sent.",
                    step=step,
                    name=name,
                    value=asr_state(state.state) if state.state else t("not reported"),
                    allowed=allowed,
                ),
                t("Reload: the step may have been done already, or the item changed state."),
            )
        return self._post_once(operation, scope, target_id, name, post)

    @staticmethod
    def _attach(operation: str, state: TargetState) -> SubmitResult | None:
        if state.running_job and state.scenario.lower() in SCENARIOS[operation]:
            return SubmitResult(state.running_job, attached_to_running=True)
        return None

    def _post_once(
        self, operation: str, scope: Scope, target_id: str, name: str, post: Callable[..., None]
    ) -> SubmitResult:
        from azure.core.exceptions import HttpResponseError, ServiceRequestError

        step = STEP_WORDS[operation]
        locations: list[str] = []

        def keep_location(pipeline_response: Any) -> None:
            location = pipeline_response.http_response.headers.get("Location")
            if location:
                locations.append(location)

        doing = t("start the {step} of {name}", step=step, name=name)
        try:
            post(self._site._client(), polling=False, retry_total=0, raw_response_hook=keep_location)
        except ServiceRequestError as exc:  # never left this computer: nothing started
            raise translate(exc, doing=doing, vault=self._name) from exc
        except HttpResponseError as exc:
            status = exc.status_code or 0
            if exc.response is None or status >= 500:
                return self._confirm_started(operation, scope, target_id, name, exc)
            if status == 409:
                attached = self._attach(operation, self.read_state(scope, target_id))
                if attached is not None:
                    return attached
            if status in (400, 409):
                message = (exc.error.message if exc.error is not None else "") or exc.message or ""
                raise JourneyStepRejected(
                    t(
                        "Azure refused the {step} of {name}: {strip} No job was started.",
                        step=step,
                        name=name,
                        strip=service_text(message.strip()),
                    ),
                    t("Correct what the message names and submit again."),
                ) from exc
            raise translate(exc, doing=doing, vault=self._name) from exc
        except Exception as exc:  # noqa: BLE001 - the answer was lost (reset, timeout): re-read
            return self._confirm_started(operation, scope, target_id, name, exc)
        job_name = mapping.job_name_from_location(locations[-1] if locations else None)
        if job_name:
            log.info("%s of %s started as job %s", step, name, job_name)
            return SubmitResult(job_name)
        return self._confirm_started(operation, scope, target_id, name, None)

    def _confirm_started(
        self, operation: str, scope: Scope, target_id: str, name: str, cause: BaseException | None
    ) -> SubmitResult:
        """The answer to the POST was lost or named no job: look at the target (never POST again)."""
        settings = self._site._settings
        last_error: UserFacingError | None = None
        for attempt in range(max(1, settings.confirm_attempts)):
            if attempt:
                self._site._sleep(settings.confirm_wait_s)
            try:
                state = self.read_state(scope, target_id)
            except UserFacingError as exc:
                last_error = exc
                continue
            if state.running_job:
                return SubmitResult(state.running_job)
        step = STEP_WORDS[operation]
        raise JourneyStepNotConfirmed(
            t(
                "The {step} of {name} was sent, but Azure's answer named no job and none shows on it yet.",
                step=step,
                name=name,
            ),
            t(
                "Wait a minute and press Retry: the tool reads the item first and follows the job if it "
                "started, so nothing is sent twice."
            ),
        ) from (cause or last_error)

    @property
    def _rg(self) -> str:
        return self._site.vault.resource_group

    @property
    def _name(self) -> str:
        return self._site.vault.vault_name


# --- request bodies (failback.md, Wire format) ---------------------------------------------------


def _required(value: str | None, what: str) -> str:
    """A value every recovery plan's failover carries (FB-02, FB-05); None there is a programming error."""
    if value is None:
        raise ValueError(t("a recovery plan's failover needs {what}", what=what))
    return value


def failback_input(request: FailbackRequest) -> Any:
    """PlannedFailoverInput / UnplannedFailoverInput (item) or their recovery-plan forms."""
    from azure.mgmt.recoveryservicessiterecovery import models

    modernized = request.flow is ReplicationFlow.MODERNIZED
    if request.scope is Scope.ITEM and modernized:
        return models.PlannedFailoverInput(
            properties=models.PlannedFailoverInputProperties(
                failover_direction=request.direction,  # None: PowerShell leaves it out (FB-02)
                provider_specific_details=models.InMageRcmFailbackPlannedFailoverProviderInput(
                    recovery_point_type=request.recovery_point
                ),
            )
        )
    if request.scope is Scope.ITEM:
        return models.UnplannedFailoverInput(
            properties=models.UnplannedFailoverInputProperties(
                failover_direction=request.direction,
                source_site_operations=request.source_site_operations,
                provider_specific_details=models.InMageUnplannedFailoverInput(
                    recovery_point_type=request.recovery_point,
                    recovery_point_id=request.recovery_point_id,
                ),
            )
        )
    if modernized:
        return models.RecoveryPlanPlannedFailoverInput(
            properties=models.RecoveryPlanPlannedFailoverInputProperties(
                failover_direction=_required(request.direction, t("a failover direction")),
                provider_specific_details=[
                    models.RecoveryPlanInMageRcmFailbackFailoverInput(
                        recovery_point_type=request.recovery_point,
                        use_multi_vm_sync_point="True" if request.use_multi_vm_sync_point else "False",
                    )
                ],
            )
        )
    return models.RecoveryPlanUnplannedFailoverInput(
        properties=models.RecoveryPlanUnplannedFailoverInputProperties(
            failover_direction=_required(request.direction, t("a failover direction")),
            source_site_operations=_required(request.source_site_operations, t("the source site operations")),
            provider_specific_details=[
                models.RecoveryPlanInMageFailoverInput(recovery_point_type=request.recovery_point)
            ],
        )
    )


def reprotect_to_azure_input(request: ReprotectToAzureRequest) -> Any:
    """ReverseReplicationInput: InMageAzureV2ReprotectInput (REV-03) or InMageRcmFailbackReprotectInput (REV-04)."""
    from azure.mgmt.recoveryservicessiterecovery import models

    if request.flow is ReplicationFlow.MODERNIZED:
        details: Any = models.InMageRcmFailbackReprotectInput(
            process_server_id=request.process_server_id,
            policy_id=request.policy_id,
            run_as_account_id=request.run_as_account_id or None,
        )
    else:
        details = models.InMageAzureV2ReprotectInput(
            process_server_id=request.process_server_id,
            master_target_id=request.effective_master_target_id,
            run_as_account_id=request.run_as_account_id,
            policy_id=request.policy_id,
            disks_to_include=None,
        )
    return models.ReverseReplicationInput(
        properties=models.ReverseReplicationInputProperties(
            failover_direction=request.direction, provider_specific_details=details
        )
    )


# --- mapping: ASR's models → domain/journey.py (defensive: raw values kept, no exception but a sentence) ----

FABRIC_OF_FLOW = {
    ReplicationFlow.CLASSIC: mapping.VMWARE_FABRIC_TYPE,
    ReplicationFlow.MODERNIZED: mapping.RCM_FABRIC_TYPE,
}
REVERSE_POLICY_PROVIDER = {ReplicationFlow.CLASSIC: "InMageAzureV2", ReplicationFlow.MODERNIZED: "InMageRcm"}


def _raw(value: Any, field: str) -> str:
    """An enum-like string kept as ASR sent it ("" when absent); anything but a string is unreadable data."""
    value = getattr(value, "value", value)  # the SDK may hand over one of its enums
    if value is None:
        return ""
    if not isinstance(value, str):
        raise mapping.PayloadValueError(f"{field}: {str(value)[:40]!r} is not a string")
    return value


def _wire(model: Any, attribute: str, key: str) -> Any:
    """A field as it came on the wire. The SDK's models coerce a wrong type instead of failing (a string
    where a list belongs reads as the text of a generator, a number as its digits): read the JSON itself."""
    if model is None:
        return None
    if isinstance(model, Mapping):
        return model.get(key)
    return getattr(model, attribute, None)


def _strings(values: Any, field: str) -> tuple[str, ...]:
    """A list of strings (allowedOperations, replicationProviders); None is empty, anything else unreadable."""
    if values is None:
        return ()
    if not isinstance(values, (list, tuple)):
        raise mapping.PayloadValueError(f"{field}: not a list")
    return tuple(v for v in (_raw(v, field) for v in values) if v)


def _moment(value: Any, field: str) -> datetime | None:
    if value is not None and not isinstance(value, datetime):
        raise mapping.PayloadValueError(f"{field}: {str(value)[:40]!r} is not a time")
    return mapping.when(value)


def _provider(raw: Any) -> str:
    details = raw.properties.provider_specific_details if raw.properties is not None else None
    return _raw(_wire(details, "instance_type", "instanceType"), "instanceType")


def journey_member(raw: Any) -> JourneyMember:
    """A ReplicationProtectedItem as the journey reads it (JourneyMember); every enum-like value raw."""
    props = raw.properties
    details = props.provider_specific_details
    scenario = props.current_scenario
    scenario_name = _raw(_wire(scenario, "scenario_name", "scenarioName"), "currentScenario.scenarioName")
    running = mapping.running_job_name(scenario)
    group_id = _raw(_wire(details, "multi_vm_group_id", "multiVmGroupId"), "multiVmGroupId")
    group_name = _raw(_wire(details, "multi_vm_group_name", "multiVmGroupName"), "multiVmGroupName")
    name = (
        _raw(_wire(props, "friendly_name", "friendlyName"), "friendlyName")
        or _raw(_wire(raw, "name", "name"), "name")
        or mapping.last_segment(raw.id)
    )
    return JourneyMember(
        item_id=_raw(raw.id, "id"),
        name=name,
        provider=_provider(raw),
        protection_state=_raw(_wire(props, "protection_state", "protectionState"), "protectionState"),
        allowed_operations=frozenset(
            _strings(_wire(props, "allowed_operations", "allowedOperations"), "allowedOperations")
        ),
        scenario=scenario_name if scenario_name and running else SCENARIO_IDLE,
        running_job_id=running,
        active_location=_raw(_wire(props, "active_location", "activeLocation"), "activeLocation"),
        replication_health=_raw(_wire(props, "replication_health", "replicationHealth"), "replicationHealth"),
        health_errors=mapping.health_texts(props.health_errors),
        multi_vm_group_id=group_id or None,
        multi_vm_group_name=group_name or None,
        last_planned_failover_status=_raw(
            _wire(details, "last_planned_failover_status", "lastPlannedFailoverStatus"), "lastPlannedFailoverStatus"
        ),
        last_planned_failover_time=_moment(
            getattr(details, "last_planned_failover_start_time", None), "lastPlannedFailoverStartTime"
        ),
        on_prem_vm=_on_prem_vm(name, details),
    )


def _on_prem_vm(name: str, details: Any) -> VmLocator | None:
    """Classic (InMage): the VM the reprotect mapped (infrastructure VM id, IP); modernized
    (InMageRcmFailback): `targetVmName`; forward items: the source VM, as the reprotect wizard finds it."""
    if details is None:
        return None
    if _raw(details.instance_type, "instanceType") == "InMageRcmFailback":
        return VmLocator(name=_raw(getattr(details, "target_vm_name", None), "targetVmName") or name)
    return mapping._locator(name, details)


def plan_member_ids(plan: Any) -> tuple[str, ...]:
    return tuple(
        dict.fromkeys(m.id for g in plan.properties.groups or () for m in g.replication_protected_items or () if m.id)
    )


def plan_state(plan: Any, target_id: str, members: tuple[JourneyMember, ...], now: datetime) -> JourneyState:
    props = plan.properties
    scenario = props.current_scenario
    running = mapping.running_job_name(scenario)
    scenario_name = _raw(_wire(scenario, "scenario_name", "scenarioName"), "currentScenario.scenarioName")
    return JourneyState(
        scope=Scope.PLAN,
        target_id=_raw(plan.id, "id") or target_id,
        name=_raw(_wire(props, "friendly_name", "friendlyName"), "friendlyName")
        or _raw(_wire(plan, "name", "name"), "name")
        or mapping.last_segment(target_id),
        members=members,
        allowed_operations=frozenset(
            _strings(_wire(props, "allowed_operations", "allowedOperations"), "allowedOperations")
        ),
        read_at=now,
        scenario=scenario_name if scenario_name and running else SCENARIO_IDLE,
        running_job_id=running,
        providers=_strings(_wire(props, "replication_providers", "replicationProviders"), "replicationProviders"),
    )


def recovery_points(points: Any) -> tuple[RecoveryPoint, ...]:
    """Newest first; a point without a time sorts last (shown, never chosen by default)."""
    out = [
        RecoveryPoint(
            point_id=_raw(p.id, "id"),
            time=_moment(p.properties.recovery_point_time, "recoveryPointTime") if p.properties is not None else None,
            point_type=_raw(p.properties.recovery_point_type, "recoveryPointType") if p.properties is not None else "",
        )
        for p in points
        if p.id
    ]
    oldest = datetime.min.replace(tzinfo=UTC)
    return tuple(sorted(out, key=lambda p: _aware(p.time) or oldest, reverse=True))


def _aware(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def reverse_choices(
    raw_item: Any, item_id: str, flow: ReplicationFlow, fabric: Any, policies: Any, mappings: Any
) -> ReverseChoices:
    details = raw_item.properties.provider_specific_details
    custom = fabric.properties.custom_details if fabric.properties is not None else None
    fabric_type = _raw(_wire(custom, "instance_type", "instanceType"), "customDetails.instanceType")
    if fabric_type != FABRIC_OF_FLOW[flow]:
        custom = None  # not this architecture's fabric: it offers no process server for the item
    if flow is ReplicationFlow.CLASSIC:
        # The classic reprotect to on-premises went through a process server in Azure (the item's
        # processServerId): it can't carry the way back (REV-03 wants the on-premises one).
        azure_ps = _raw(getattr(details, "process_server_id", None), "processServerId")
        servers = tuple(
            ReverseServer(
                server_id=_raw(ps.id, "processServers[].id"),
                name=_raw(ps.friendly_name, "friendlyName") or _raw(ps.ip_address, "ipAddress") or _raw(ps.id, "id"),
                health=_raw(ps.health, "health"),
                last_heartbeat=_moment(ps.last_heartbeat, "lastHeartbeat"),
                health_errors=mapping.health_texts(ps.health_errors),
                memory_status=_raw(ps.memory_usage_status, "memoryUsageStatus"),
                disk_status=_raw(ps.space_usage_status, "spaceUsageStatus"),
                processor_status=_raw(ps.cpu_load_status, "cpuLoadStatus"),
                on_premises=not mapping.same_id(ps.id, azure_ps),
            )
            for ps in (getattr(custom, "process_servers", None) or ())
            if ps.id
        )
        accounts = mapping.run_as_accounts(fabric) if getattr(custom, "run_as_accounts", None) else ()
    else:
        servers = tuple(
            ReverseServer(
                server_id=_raw(ps.id, "processServers[].id"),
                name=_raw(ps.name, "name") or _raw(ps.fqdn, "fqdn") or _raw(ps.id, "id"),
                health=_raw(ps.health, "health"),
                last_heartbeat=_moment(ps.last_heartbeat_utc, "lastHeartbeatUtc"),
                health_errors=mapping.health_texts(ps.health_errors),
                memory_status=_raw(ps.memory_usage_status, "memoryUsageStatus"),
                disk_status=_raw(ps.disk_usage_status, "diskUsageStatus"),
                processor_status=_raw(ps.processor_usage_status, "processorUsageStatus"),
            )
            for ps in (getattr(custom, "process_servers", None) or ())
            if ps.id
        )
        accounts = ()
    wanted = REVERSE_POLICY_PROVIDER[flow]
    container = mapping.prefix_through(item_id, "replicationProtectionContainers")
    mapped = {
        (m.properties.policy_id or "").strip("/").lower()
        for m in mappings
        if m.properties is not None
        and mapping.same_id(mapping.prefix_through(m.id or "", "replicationProtectionContainers"), container)
    }
    out = []
    for p in policies:
        pd = p.properties.provider_specific_details if p.properties is not None else None
        if pd is None or _raw(pd.instance_type, "instanceType") != wanted or not p.id:
            continue
        out.append(
            ReversePolicy(
                policy_id=p.id,
                name=_raw(p.properties.friendly_name, "friendlyName")
                or _raw(p.name, "name")
                or mapping.last_segment(p.id),
                provider=wanted,
                # REV-03: classic takes the forward policy of the item's container mapping; modernized: the operator picks (D3)
                from_container_mapping=flow is ReplicationFlow.CLASSIC and p.id.strip("/").lower() in mapped,
            )
        )
    return ReverseChoices(
        item_id=item_id,
        flow=flow,
        process_servers=servers,
        policies=tuple(out),
        run_as_accounts=accounts,
        run_as_required=flow is ReplicationFlow.CLASSIC,
    )


def _plan(plan_id: str) -> str:
    name = mapping.segment(plan_id, "replicationRecoveryPlans") or mapping.last_segment(plan_id)
    if not name:
        raise JourneyStepNotAllowed(
            t("'{plan_id}' is not the id of a recovery plan. Nothing was sent.", plan_id=plan_id),
            t("Reload the vault and choose the plan again."),
        )
    return name


if TYPE_CHECKING:  # mypy proves the adapter is the Journey port

    def _is_the_port(journey: ArmJourney) -> Journey:
        return journey
