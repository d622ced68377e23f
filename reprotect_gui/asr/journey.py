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
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reprotect_gui.asr import mapping
from reprotect_gui.asr.errors import JourneyStepNotAllowed, JourneyStepNotConfirmed, JourneyStepRejected
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
from reprotect_gui.domain.messages import service_text, t
from reprotect_gui.domain.messages import state as asr_state
from reprotect_gui.domain.models import ReplicationFlow, SubmitResult

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

    # --- reads ---------------------------------------------------------------------------------

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


def _plan(plan_id: str) -> str:
    name = mapping.segment(plan_id, "replicationRecoveryPlans") or mapping.last_segment(plan_id)
    if not name:
        raise JourneyStepNotAllowed(
            t("'{plan_id}' is not the id of a recovery plan. Nothing was sent.", plan_id=plan_id),
            t("Reload the vault and choose the plan again."),
        )
    return name
