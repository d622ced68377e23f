"""The emulator's failback journey: fail back, cancel, commit and reprotect to Azure (failback.md I, J, K).

Routes (POST, item and plan): `plannedFailover`, `unplannedFailover`, `failoverCancel`, `failoverCommit`,
and `reprotect` of an item that replicates back on-premises (`InMage`, `InMageRcmFailback`). Bodies are
validated the way the catalogue's wire format states them (SDK 2.0.0), with the service's refusals that the
product's rules are built against (P1 refuses a planned failover of a classic item, P2 an unplanned one of a
modernized item, P2/P3 a classic replication-group VM outside its plan). Each accepted POST answers 202 with
`Location` and starts a job whose end changes the item's state and its `allowedOperations`.

Traps for the tests: `fail_next(emulator, target_id, operation, code, message)` ends the next such job Failed
(e.g. error 8038, the host short of memory; a failed planned failover leaves `CancelFailover` allowed).
"""

from __future__ import annotations

import json
import re
from typing import Any

FAILBACK_TASKS = (
    "Prerequisites check for failover",
    "Shut down the virtual machine",
    "Start failover",
    "Start the replica virtual machine",
)
COMMIT_TASKS = (
    "Prerequisites check",
    "Commit",
)
CANCEL_TASKS = ("Prerequisites check", "Cancel failover")
REPROTECT_TO_AZURE_TASKS = ("Prerequisites check", "Update replication direction", "Start replication")

CLASSIC = "InMage"
MODERNIZED = "InMageRcmFailback"
REVERSE_PROVIDERS = (CLASSIC, MODERNIZED)

# operation → (scenarioName of the running job, friendly name, tasks)
JOBS = {
    "plannedfailover": ("PlannedFailover", "Planned failover", FAILBACK_TASKS),
    "unplannedfailover": ("UnplannedFailover", "Failover", FAILBACK_TASKS),
    "failovercommit": ("CommitFailover", "Commit", COMMIT_TASKS),
    "failovercancel": ("CancelFailover", "Cancel failover", CANCEL_TASKS),
}
# operation → the allowedOperations entry that must be listed (REST names ≠ operation names)
NEEDS = {
    "plannedfailover": "PlannedFailover",
    "unplannedfailover": "UnplannedFailover",
    "failovercommit": "Commit",
    "failovercancel": "CancelFailover",
}
_GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)


def _reply(status: int, code: str, message: str) -> Exception:
    from emulator import _Reply

    return _Reply(status, code, message)


def fail_next(emu: Any, target_id: str, operation: str, *, code: int = 8038, message: str = "") -> None:
    """The next `operation` job (REST name, e.g. "unplannedFailover") on the item or plan ends Failed."""
    failures = emu.__dict__.setdefault("journey_failures", {})
    failures[(target_id.lower(), operation.lower())] = {
        "provider_code": code,
        "message": message or f"The operation failed with error {code}.",
    }


def route(emu: Any, low: list[str], rest: list[str], body: bytes) -> tuple[int, dict[str, str], Any] | None:
    """Called for every vault POST; None when the route is not one of the journey's."""
    v = emu.vault_path
    if len(low) == 7 and low[4] == "replicationprotecteditems" and low[6] in JOBS:
        return _item_step(emu, f"{v}/{'/'.join(rest[:6])}", low[6], body)
    if len(low) == 3 and low[0] == "replicationrecoveryplans" and low[2] in JOBS:
        return _plan_step(emu, f"{v}/{'/'.join(rest[:2])}", low[2], body)
    return None


# --- items ----------------------------------------------------------------------------------------


def _item(emu: Any, item_id: str) -> dict[str, Any]:
    item = emu._collections["items"].get(item_id.lower())
    if item is None:
        raise _reply(404, "NotFound", f"The replicated item '{item_id.rsplit('/', 1)[-1]}' was not found.")
    return item


def _provider(props: dict[str, Any]) -> str:
    return props.get("providerSpecificDetails", {}).get("instanceType", "")


def _check_idle_and_allowed(props: dict[str, Any], operation: str, what: str) -> None:
    if (props.get("currentScenario") or {}).get("scenarioName", "None") != "None":
        raise _reply(409, "OperationInProgress", f"Another operation is in progress on {what}.")
    if NEEDS[operation] not in props.get("allowedOperations", []):
        raise _reply(
            400,
            "InvalidOperation",
            f"{NEEDS[operation]} is not allowed on {what} in state {props.get('protectionState', 'unknown')}.",
        )


def _in_named_group(details: dict[str, Any]) -> bool:
    name = (details.get("multiVmGroupName") or "").strip()
    return bool(name) and not (_GUID.match(name) and name.lower() == (details.get("multiVmGroupId") or "").lower())


def _item_step(emu: Any, item_id: str, operation: str, raw_body: bytes) -> tuple[int, dict[str, str], Any]:
    item = _item(emu, item_id)
    props = item["properties"]
    provider = _provider(props)
    name = props.get("friendlyName", item_id.rsplit("/", 1)[-1])
    if provider not in REVERSE_PROVIDERS:
        raise _reply(400, "InvalidProvider", f"{operation} is not a failback operation for a {provider} item.")
    if operation == "plannedfailover" and provider == CLASSIC:  # P1
        raise _reply(400, "PlannedFailoverNotSupported", "Planned failover is not supported for InMage items.")
    if operation == "unplannedfailover" and provider == MODERNIZED:  # P2
        raise _reply(
            400, "UnplannedFailoverNotSupported", "Unplanned failover is not supported for InMageRcmFailback items."
        )
    if operation == "failovercancel" and provider == CLASSIC:  # P4
        raise _reply(400, "CancelFailoverNotSupported", "Cancel failover is not supported for InMage items.")
    if operation in ("unplannedfailover", "failovercommit") and _in_named_group(props["providerSpecificDetails"]):
        raise _reply(  # P2, P3: FB-06 / CMT-04
            400,
            "ReplicationGroupItem",
            f"{name} is part of replication group {props['providerSpecificDetails']['multiVmGroupName']}: "
            "fail it over and commit it through its recovery plan.",
        )
    _check_idle_and_allowed(props, operation, name)
    body = _json(raw_body)
    if operation in ("plannedfailover", "unplannedfailover"):
        _validate_item_failover(body, provider)
        point = ((body.get("properties") or {}).get("providerSpecificDetails") or {}).get("recoveryPointId")
        if point and point.lower() not in {p["id"].lower() for p in emu.recovery_points_of(item_id)}:
            raise _reply(400, "InvalidRecoveryPoint", f"Recovery point {point} is not a recovery point of {name}.")
    elif raw_body.strip():
        raise _reply(400, "InvalidRequestContent", f"{operation} takes no body.")
    return _start(emu, item_id, [item_id], operation, name, body)


def _validate_item_failover(body: dict[str, Any], provider: str) -> None:
    props = body.get("properties")
    if not isinstance(props, dict):
        raise _reply(400, "MissingRequiredField", "properties is required.")
    details = props.get("providerSpecificDetails") or {}
    if provider == MODERNIZED:
        if details.get("instanceType") != "InMageRcmFailback":
            raise _reply(400, "InvalidProviderInput", "providerSpecificDetails must be InMageRcmFailback.")
        if details.get("recoveryPointType") not in ("CrashConsistent", "ApplicationConsistent"):
            raise _reply(400, "InvalidRecoveryPointType", "recoveryPointType is required for InMageRcmFailback.")
        if props.get("failoverDirection") not in (None, "PrimaryToRecovery", "RecoveryToPrimary"):
            raise _reply(400, "InvalidDirection", "failoverDirection is not valid.")
        return
    if props.get("failoverDirection") != "PrimaryToRecovery":
        raise _reply(400, "InvalidDirection", "A classic failback item is failed over PrimaryToRecovery.")
    if props.get("sourceSiteOperations") not in (None, "Required", "NotRequired"):
        raise _reply(400, "InvalidSourceSiteOperations", "sourceSiteOperations is Required or NotRequired.")
    if details.get("instanceType") != "InMage":
        raise _reply(400, "InvalidProviderInput", "providerSpecificDetails must be InMage.")
    point = details.get("recoveryPointType")
    if point not in ("LatestTime", "LatestTag", "Custom"):
        raise _reply(400, "InvalidRecoveryPointType", "recoveryPointType is LatestTime, LatestTag or Custom.")
    if (point == "Custom") != bool(details.get("recoveryPointId")):
        raise _reply(400, "InvalidRecoveryPoint", "recoveryPointId goes with Custom, and only with Custom.")


# --- plans ----------------------------------------------------------------------------------------


def _members(plan: dict[str, Any]) -> list[str]:
    return [m["id"] for g in plan["properties"].get("groups", []) for m in g.get("replicationProtectedItems", [])]


def _plan_step(emu: Any, plan_id: str, operation: str, raw_body: bytes) -> tuple[int, dict[str, str], Any]:
    plan = emu._collections["plans"].get(plan_id.lower())
    if plan is None:
        raise _reply(404, "NotFound", f"The recovery plan '{plan_id.rsplit('/', 1)[-1]}' was not found.")
    members = [_item(emu, m) for m in _members(plan)]
    providers = {_provider(m["properties"]) for m in members}
    name = plan["properties"].get("friendlyName", plan["name"])
    if len(providers) != 1 or not providers <= set(REVERSE_PROVIDERS):
        raise _reply(
            400, "MixedProviders", f"Recovery plan {name} mixes providers {sorted(providers)}: it can't fail back."
        )
    (provider,) = providers
    if operation == "failovercancel" and provider == CLASSIC:
        raise _reply(400, "CancelFailoverNotSupported", "Cancel failover is not supported for InMage items.")
    for member in members:  # the plan offers an operation only when every member does
        _check_idle_and_allowed(member["properties"], operation, f"{name} ({member['properties']['friendlyName']})")
    body = _json(raw_body)
    if operation in ("plannedfailover", "unplannedfailover"):
        _validate_plan_failover(body, provider, operation)
    elif raw_body.strip():
        raise _reply(400, "InvalidRequestContent", f"{operation} takes no body.")
    return _start(emu, plan_id, [m["id"] for m in members], operation, name, body)


def _validate_plan_failover(body: dict[str, Any], provider: str, operation: str) -> None:
    props = body.get("properties")
    if not isinstance(props, dict):
        raise _reply(400, "MissingRequiredField", "properties is required.")
    if props.get("failoverDirection") != "RecoveryToPrimary":
        raise _reply(400, "InvalidDirection", "A recovery plan fails back RecoveryToPrimary.")
    wanted = {"plannedfailover": MODERNIZED, "unplannedfailover": CLASSIC}[operation]
    if provider != wanted:
        raise _reply(400, "InvalidOperation", f"{operation} is not supported for {provider} plans.")
    details = props.get("providerSpecificDetails")
    if not isinstance(details, list) or len(details) != 1:
        raise _reply(400, "InvalidProviderInput", "providerSpecificDetails is a list with one provider input.")
    (detail,) = details
    if provider == MODERNIZED:
        if detail.get("instanceType") != "InMageRcmFailback":
            raise _reply(400, "InvalidProviderInput", "The plan's provider input must be InMageRcmFailback.")
        if detail.get("recoveryPointType") not in ("CrashConsistent", "ApplicationConsistent"):
            raise _reply(400, "InvalidRecoveryPointType", "recoveryPointType is required.")
        if detail.get("useMultiVmSyncPoint") not in ("True", "False"):
            raise _reply(400, "InvalidMultiVmSyncPoint", 'useMultiVmSyncPoint is "True" or "False".')
        return
    if props.get("sourceSiteOperations") not in ("Required", "NotRequired"):
        raise _reply(400, "MissingRequiredField", "sourceSiteOperations is required for a plan.")
    if detail.get("instanceType") != "InMage":
        raise _reply(400, "InvalidProviderInput", "The plan's provider input must be InMage.")
    if detail.get("recoveryPointType") not in ("LatestTime", "LatestTag"):
        raise _reply(400, "InvalidRecoveryPointType", "A plan takes LatestTime or LatestTag.")


# --- jobs and state changes -----------------------------------------------------------------------


def _start(
    emu: Any, target_id: str, item_ids: list[str], operation: str, name: str, body: dict[str, Any]
) -> tuple[int, dict[str, str], Any]:
    scenario, friendly, tasks = JOBS[operation]
    failure = emu.__dict__.setdefault("journey_failures", {}).pop((target_id.lower(), operation), None)
    recorded = emu.__dict__.setdefault("journey_posts", [])
    recorded.append({"target": target_id, "operation": operation, "body": body})

    def on_end(succeeded: bool) -> None:
        for member_id in item_ids:
            item = emu._collections["items"].get(member_id.lower())
            if item is not None:
                _end(emu, item["properties"], operation, succeeded)
        if target_id.lower() in emu._collections["plans"]:
            emu._collections["plans"][target_id.lower()]["properties"]["currentScenario"] = _idle(emu)
        _sync_plans(emu, item_ids)

    job = emu._new_job(scenario, friendly, name, tasks, on_end, failure)
    if target_id.lower() in emu._collections["plans"]:
        job["properties"]["targetInstanceType"] = "RecoveryPlan"  # as in the Jobs examples
    if operation in ("plannedfailover", "unplannedfailover"):  # FB-11: the job shows the point used
        job["properties"]["customDetails"] = _failover_job_details(emu, item_ids, body)
    running = {"scenarioName": scenario, "jobId": job["id"], "startTime": job["properties"]["startTime"]}
    for member_id in item_ids:
        props = _item(emu, member_id)["properties"]
        props["currentScenario"] = dict(running)
        props["allowedOperations"] = []
    if target_id.lower() in emu._collections["plans"]:
        emu._collections["plans"][target_id.lower()]["properties"]["currentScenario"] = dict(running)
    _sync_plans(emu, item_ids)
    return 202, emu._polling_headers(job), None


def _failover_job_details(emu: Any, item_ids: list[str], body: dict[str, Any]) -> dict[str, Any]:
    """FailoverJobDetails.protectedItemDetails[] {name, friendlyName, recoveryPointId, recoveryPointTime}."""
    details = (body.get("properties") or {}).get("providerSpecificDetails")
    chosen = details.get("recoveryPointId") if isinstance(details, dict) else None
    rows = []
    for member_id in item_ids:
        points = emu.recovery_points_of(member_id)
        point = next((p for p in points if chosen and p["id"].lower() == chosen.lower()), points[0])
        item = emu._collections["items"].get(member_id.lower()) or {}
        rows.append(
            {
                "name": member_id.rsplit("/", 1)[-1],
                "friendlyName": (item.get("properties") or {}).get("friendlyName", ""),
                "recoveryPointId": point["id"],
                "recoveryPointTime": point["properties"]["recoveryPointTime"],
            }
        )
    return {"instanceType": "FailoverJobDetails", "affectedObjectDetails": {}, "protectedItemDetails": rows}


def _sync_plans(emu: Any, changed: list[str]) -> None:
    """A plan offers an operation when every member does (X4: plans carry allowedOperations too)."""
    changed_low = {c.lower() for c in changed}
    for plan in emu._collections["plans"].values():
        members = [m.lower() for m in _members(plan)]
        if not changed_low & set(members):
            continue
        allowed: set[str] | None = None
        for member in members:
            item = emu._collections["items"].get(member)
            ops = set(item["properties"].get("allowedOperations", [])) if item else set()
            allowed = ops if allowed is None else allowed & ops
        plan["properties"]["allowedOperations"] = sorted(allowed or ())


def _idle(emu: Any) -> dict[str, str]:
    from emulator import IDLE_START

    return {"scenarioName": "None", "jobId": f"{emu.vault_path}/replicationJobs/None", "startTime": IDLE_START}


def _end(emu: Any, props: dict[str, Any], operation: str, succeeded: bool) -> None:
    """State after each step (X1–X6, CMT-06): decided by allowedOperations, the state text is shown only."""
    from emulator import _now_iso

    props["currentScenario"] = _idle(emu)
    modernized = _provider(props) == MODERNIZED
    details = props["providerSpecificDetails"]
    if operation in ("plannedfailover", "unplannedfailover"):
        if modernized:
            details["lastPlannedFailoverStatus"] = "Succeeded" if succeeded else "Failed"
            details["lastPlannedFailoverStartTime"] = _now_iso()
        if succeeded:
            props["activeLocation"] = "Primary"
            props["protectionState"] = (
                "PlannedFailoverCommitRequired" if modernized else "UnplannedFailoverCommitPendingStatesBegin"
            )
            props["allowedOperations"] = ["Commit", "CancelFailover"] if modernized else ["Commit", "ChangePit"]
        elif modernized:  # FB-15: a failed planned failover leads to cancel, then retry
            props["protectionState"] = "PlannedFailoverFailed"
            props["allowedOperations"] = ["CancelFailover"]
        else:
            props["protectionState"] = "Protected"
            props["allowedOperations"] = ["UnplannedFailover", "DisableProtection"]
    elif operation == "failovercancel":
        if succeeded:  # X3
            props["protectionState"] = "Protected"
            props["activeLocation"] = "Recovery"
            props["allowedOperations"] = ["PlannedFailover", "DisableProtection"]
            details["lastPlannedFailoverStatus"] = "Cancelled"
        else:
            props["allowedOperations"] = ["CancelFailover"]
    elif operation == "failovercommit":
        if succeeded:
            props["protectionState"] = "PlannedFailoverCommitted" if modernized else "UnplannedFailoverCommitted"
            props["allowedOperations"] = ["ReverseReplicate", "DisableProtection"]
        else:
            props["allowedOperations"] = ["Commit", "CancelFailover"] if modernized else ["Commit", "ChangePit"]
    props["protectionStateDescription"] = props["protectionState"]


# --- reprotect to Azure (K) -----------------------------------------------------------------------


def reprotect_to_azure(emu: Any, item_id: str, raw_body: bytes) -> tuple[int, dict[str, str], Any]:
    """REV-03/REV-04: InMageAzureV2ReprotectInput (classic, RecoveryToPrimary) or
    InMageRcmFailbackReprotectInput (modernized, PrimaryToRecovery)."""
    item = _item(emu, item_id)
    props = item["properties"]
    provider = _provider(props)
    name = props.get("friendlyName", item_id.rsplit("/", 1)[-1])
    if (props.get("currentScenario") or {}).get("scenarioName", "None") != "None":
        raise _reply(409, "OperationInProgress", "Another operation is in progress on the item.")
    if "ReverseReplicate" not in props.get("allowedOperations", []):
        raise _reply(400, "InvalidOperation", f"Reprotect is not allowed in state {props.get('protectionState')}.")
    body = _json(raw_body)
    p = body.get("properties") or {}
    details = p.get("providerSpecificDetails") or {}
    if provider == MODERNIZED:
        if details.get("instanceType") != "InMageRcmFailback" or p.get("failoverDirection") != "PrimaryToRecovery":
            raise _reply(400, "InvalidProviderInput", "InMageRcmFailback reprotect goes PrimaryToRecovery.")
        for key in ("processServerId", "policyId"):
            if not details.get(key):
                raise _reply(400, "MissingRequiredField", f"{key} is required.")
        if emu._server_by_id("processServers", details["processServerId"]) is None:
            raise _reply(400, "InvalidProcessServer", f"Process server {details['processServerId']} is not known.")
    else:
        if details.get("instanceType") != "InMageAzureV2" or p.get("failoverDirection") != "RecoveryToPrimary":
            raise _reply(400, "InvalidProviderInput", "InMage reprotect to Azure is InMageAzureV2, RecoveryToPrimary.")
        for key in ("processServerId", "runAsAccountId", "policyId"):
            if not details.get(key):
                raise _reply(400, "MissingRequiredField", f"{key} is required.")
    if details["policyId"].lower() not in emu._collections["policies"]:
        raise _reply(400, "InvalidPolicy", f"Policy {details['policyId']} does not exist.")
    recorded = emu.__dict__.setdefault("journey_posts", [])
    recorded.append({"target": item_id, "operation": "reprotect", "body": body})
    failure = emu.__dict__.setdefault("journey_failures", {}).pop((item_id.lower(), "reprotect"), None)

    def on_end(succeeded: bool) -> None:
        props["currentScenario"] = _idle(emu)
        if not succeeded:
            props["allowedOperations"] = ["ReverseReplicate", "DisableProtection"]
            return
        props["protectionState"] = props["protectionStateDescription"] = "Protected"
        props["activeLocation"] = "Primary"
        props["allowedOperations"] = ["UnplannedFailover", "TestFailover", "DisableProtection"]
        props["policyId"] = details["policyId"]
        props["providerSpecificDetails"] = {
            "instanceType": "InMageRcm" if provider == MODERNIZED else "InMageAzureV2",
            "processServerId": details["processServerId"],
            "osType": props["providerSpecificDetails"].get("osType", "Windows"),
            "protectedDisks": props["providerSpecificDetails"].get("protectedDisks", []),
        }

    job = emu._new_job("ReverseReplicate", "Reprotect", name, REPROTECT_TO_AZURE_TASKS, on_end, failure)
    props["currentScenario"] = {"scenarioName": "ReverseReplication", "jobId": job["id"], "startTime": _now()}
    props["allowedOperations"] = []
    props["protectionState"] = props["protectionStateDescription"] = "ReprotectInProgress"
    return 202, emu._polling_headers(job), None


def _now() -> str:
    from emulator import _now_iso

    return _now_iso()


def _json(raw_body: bytes) -> dict[str, Any]:
    try:
        body = json.loads(raw_body or b"{}")
    except ValueError as exc:
        raise _reply(400, "InvalidRequestContent", "The request body is not JSON.") from exc
    if not isinstance(body, dict):
        raise _reply(400, "InvalidRequestContent", "The request body is not a JSON object.")
    return body
