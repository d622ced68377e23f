"""The training scenario file: parsed, validated, and turned into domain objects.

A malformed or inconsistent file is refused with a ScenarioError naming the file, the place in
it (e.g. `items[3].disks[0].size_gb`) and what is wrong — never a traceback.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from reprotect_gui.domain.checks.facts import whole_minutes
from reprotect_gui.domain.checks.journey import REV_AGENT_REGISTRATION_WINDOW
from reprotect_gui.domain.errors import ScenarioError
from reprotect_gui.domain.journey import ReversePolicy
from reprotect_gui.domain.messages import t
from reprotect_gui.domain.models import (
    AzureVmStatus,
    ConfigurationServer,
    DatastoreType,
    DiscoveryType,
    Disk,
    FailbackPolicy,
    JobError,
    KnownVCenter,
    LogStorageAccount,
    MasterTarget,
    ModernizedFailbackPolicy,
    OsType,
    ProcessServer,
    ProtectedItem,
    RcmDetails,
    RecoveryPlan,
    RecoverySite,
    ReplicationAppliance,
    ReplicationFlow,
    RetentionVolume,
    RunAsAccount,
    SeenDatastore,
    ServerLocation,
    VcDatastore,
    VcDisk,
    VCenterEstate,
    VcHost,
    VcVm,
    VmLocator,
)

FORMAT = "reprotect_gui.scenario/1"
MAX_BYTES = 16 * 1024 * 1024  # a scenario is a few kilobytes; refuse anything absurd before parsing
MAX_DEPTH = 64  # the format nests about 6 deep
MAX_NUMBER = 1e7  # no count, size (GB), minutes or seconds of a scenario comes near this
_FIX = t("Fix the file (or start without --scenario to use the built-in training estate).")
GB = 1024**3
ARM_VAULT = (
    "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-dr"
    "/providers/Microsoft.RecoveryServices/vaults/"
)
ARM_STORAGE = (
    "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-dr"
    "/providers/Microsoft.Storage/storageAccounts/"
)


def builtin_path() -> Path:
    return Path(str(resources.files("reprotect_gui.training").joinpath("estate.json")))


class _Node:
    """A JSON value with its path, for error messages that point at the mistake."""

    def __init__(self, value: Any, path: str, source: str) -> None:
        self.value = value
        self.path = path
        self.source = source

    def fail(self, problem: str) -> ScenarioError:
        if self.path:
            summary = t(
                "The scenario file {file} is not valid at {path}: {problem}.",
                file=self.source,
                path=self.path,
                problem=problem,
            )
        else:
            summary = t("The scenario file {file} is not valid: {problem}.", file=self.source, problem=problem)
        return ScenarioError(summary, _FIX)

    def _child(self, key: str | int) -> _Node:
        sep = f"[{key}]" if isinstance(key, int) else (f".{key}" if self.path else key)
        return _Node(self.value[key], f"{self.path}{sep}", self.source)

    def obj(self) -> _Node:
        if not isinstance(self.value, dict):
            raise self.fail(f"expected an object, found {_kind(self.value)}")
        return self

    def has(self, key: str) -> bool:
        return key in self.obj().value and self.value[key] is not None

    def get(self, key: str) -> _Node:
        if key not in self.obj().value:
            raise self.fail(f"'{key}' is missing")
        return self._child(key)

    def items(self, key: str) -> list[_Node]:
        node = self.get(key)
        if not isinstance(node.value, list):
            raise node.fail(f"expected a list, found {_kind(node.value)}")
        return [node._child(i) for i in range(len(node.value))]

    def num(self, key: str, default: float | None = None, *, minimum: float = 0, maximum: float = MAX_NUMBER) -> float:
        if default is not None and key not in self.obj().value:
            return default
        node = self.get(key)
        value = node.value
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise node.fail(f"expected a number, found {_kind(value)}")
        if isinstance(value, float) and not math.isfinite(value):
            raise node.fail("expected a finite number")
        if not minimum <= value <= maximum:
            raise node.fail(f"must be between {minimum:g} and {maximum:g}, found {_show_number(value)}")
        return float(value)

    def optional_num(self, key: str) -> float | None:
        return self.num(key) if self.has(key) else None

    def bool(self, key: str, default: bool) -> bool:
        if key not in self.obj().value:
            return default
        node = self.get(key)
        if not isinstance(node.value, bool):
            raise node.fail(f"expected true or false, found {_kind(node.value)}")
        return node.value

    def strs(self, key: str, default: tuple[str, ...] | None = None) -> tuple[str, ...]:
        if default is not None and key not in self.obj().value:
            return default
        nodes = self.items(key)
        for n in nodes:
            if not isinstance(n.value, str):
                raise n.fail(f"expected a text, found {_kind(n.value)}")
        return tuple(n.value for n in nodes)

    def choice(self, key: str, allowed: dict[str, Any], default: str | None = None) -> Any:
        raw = self.str(key, default)
        if raw not in allowed:
            raise self.get(key).fail(f"'{raw}' is not one of {', '.join(sorted(allowed))}")
        return allowed[raw]

    # Last in the class: a method named `str` shadows the builtin in the annotations of those below it.
    def str(self, key: str, default: str | None = None) -> str:
        if default is not None and not self.has(key):
            return default
        node = self.get(key)
        if not isinstance(node.value, str) or not node.value.strip():
            raise node.fail(f"expected a non-empty text, found {_kind(node.value)}")
        return node.value


def _show_number(value: float) -> str:
    if isinstance(value, int) and abs(value) >= 10**15:
        return f"a number of {len(str(abs(value)))} digits"
    return f"{value:g}"


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return {dict: "an object", list: "a list", str: "a text", bool: "true/false"}.get(type(value), "a number")


@dataclass(frozen=True, slots=True)
class TaskTemplate:
    key: str
    friendly_name: str
    seconds: float


@dataclass(frozen=True, slots=True)
class TrainedFailure:
    task_key: str
    error: JobError
    via: str = ""  # fails only through this master target / appliance id; "" = whichever


# The failback journey's jobs (`journey.tasks`): one list of tasks per kind of step.
JOURNEY_TASK_KINDS = (
    "failback",  # classic: unplanned failover (FB-01)
    "modernized_failback",  # modernized: planned failover
    "cancel",  # FB-12
    "commit",  # CMT-01
    "reprotect_to_azure",  # REV-03
    "modernized_reprotect_to_azure",  # REV-04
)
DEFAULT_JOURNEY_TASKS: dict[str, tuple[TaskTemplate, ...]] = {
    kind: (
        TaskTemplate("prerequisites", "Prerequisites check", 5.0),
        TaskTemplate("operation", "Running the operation", 20.0),
        TaskTemplate("finishing", "Finishing", 5.0),
    )
    for kind in JOURNEY_TASK_KINDS
}


@dataclass(frozen=True, slots=True)
class JourneyScript:
    """`journey` of the scenario: the failback journey's jobs, the policies for protecting to Azure again,
    and its traps (FB-09 8038, FB-12, FB-15, REV-02)."""

    tasks: dict[str, tuple[TaskTemplate, ...]]
    policies: tuple[ReversePolicy, ...] = ()  # REV-03/04: forward policies (InMageAzureV2, InMageRcm)
    classic_lists_cancel: frozenset[str] = frozenset()  # FB-12 trap: classic items whose state lists CancelFailover
    planned_failover_fails_once: dict[str, TrainedFailure] | None = None  # FB-15 trap: item id -> first PF fails
    host_memory_error: JobError | None = None  # FB-09: failback onto a host short of memory fails with it (8038)
    agent_not_registered_error: JobError | None = None  # REV-02: classic reprotect to Azure too soon after boot
    failback_start_task: str = "operation"  # the task that powers the on-premises VM on (where 8038 fails)
    agent_registers_minutes_after_boot: float = float(whole_minutes(REV_AGENT_REGISTRATION_WINDOW))  # REV-02
    recovery_point_minutes: float = 5.0  # FB-03 Custom: a point every so many training minutes
    # FB-13: the guest IP a failed-back VM reports when the scenario's vCenter VM has none (VM name → IP).
    guest_ips: dict[str, str] | None = None

    def tasks_for(self, kind: str) -> tuple[TaskTemplate, ...]:
        return self.tasks.get(kind) or DEFAULT_JOURNEY_TASKS[kind]


DEFAULT_JOURNEY = JourneyScript(dict(DEFAULT_JOURNEY_TASKS))


@dataclass(frozen=True, slots=True)
class Scenario:
    """A parsed scenario; times are relative and resolved against `now` on each read."""

    title: str
    source: str
    raw: dict[str, Any]
    tasks: tuple[TaskTemplate, ...]
    failures: dict[str, TrainedFailure]  # item id -> where and how its job fails
    modernized_tasks: tuple[TaskTemplate, ...] = ()  # a reprotect through a replication appliance
    journey: JourneyScript | None = None  # the failback journey after reprotect (issue 18); None: defaults

    def tasks_for(self, flow: ReplicationFlow) -> tuple[TaskTemplate, ...]:
        if flow is ReplicationFlow.MODERNIZED and self.modernized_tasks:
            return self.modernized_tasks
        return self.tasks

    def site(
        self,
        now: datetime,
        epoch: datetime | None = None,
        on_items: Callable[[tuple[ProtectedItem, ...]], None] | None = None,
    ) -> RecoverySite:
        """The site at `now`. Heartbeats are relative to `now` (they recur); events such as the
        failover are relative to `epoch`, the moment the training session started. `on_items`
        gets the items in pages of ITEM_PAGE as they are built (a vault of thousands streams)."""
        return _build_site(_Node(self.raw, "", self.source), now, epoch or now, on_items)

    def vcenter(self) -> VCenterEstate:
        return _build_vcenter(_Node(self.raw, "", self.source).get("vcenter"))


def load_scenario(path: Path | str | None = None) -> Scenario:
    """Read and fully validate a scenario file (the built-in one when path is None)."""
    file = Path(path) if path is not None else builtin_path()
    source = file.name if path is None else str(file)
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise ScenarioError(
            t("The scenario file {file} does not exist.", file=source), t("Check the path given to --scenario.")
        ) from None
    except OSError as exc:
        raise ScenarioError(
            t("The scenario file {file} can't be read ({reason}).", file=source, reason=str(exc.strerror)),
            t("Check the file's permissions."),
        ) from exc
    return scenario_from_bytes(data, source)


def scenario_from_bytes(data: bytes, source: str) -> Scenario:
    """Parse and fully validate a scenario's bytes; `source` names it in every sentence."""
    raw = _parse(data, source)
    root = _Node(raw, "", source).obj()
    if root.str("format") != FORMAT:
        raise root.get("format").fail(f'expected "{FORMAT}", found "{raw["format"]}"')
    tasks = tuple(
        TaskTemplate(n.str("key"), n.str("name"), n.num("seconds", minimum=0.1)) for n in root.get("job").items("tasks")
    )
    if not tasks:
        raise root.get("job").get("tasks").fail("a job needs at least one task")
    modernized_tasks = tuple(
        TaskTemplate(n.str("key"), n.str("name"), n.num("seconds", minimum=0.1))
        for n in (root.get("job").items("modernized_tasks") if root.get("job").has("modernized_tasks") else ())
    )
    failures = _read_failures(root, {task.key for task in (*tasks, *modernized_tasks)})
    scenario = Scenario(root.str("title", "Training estate"), source, raw, tasks, failures, modernized_tasks)
    # Build once now so every mistake surfaces at load time, not in the middle of a drill.
    site = scenario.site(datetime.now().astimezone())
    _check_references(root, site, scenario.vcenter())
    journey = _read_journey(root, site, scenario.vcenter()) if root.has("journey") else None
    return Scenario(scenario.title, source, raw, tasks, failures, modernized_tasks, journey)


def _parse(data: bytes, source: str) -> Any:
    """bytes → JSON, or a ScenarioError: UTF-8 only, no NaN/Infinity, nesting bounded."""
    if len(data) > MAX_BYTES:
        raise ScenarioError(
            t(
                "The scenario file {file} is {size} MB; a scenario is at most {limit} MB.",
                file=source,
                size=len(data) // (1024 * 1024),
                limit=MAX_BYTES // (1024 * 1024),
            ),
            _FIX,
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ScenarioError(
            t(
                "The scenario file {file} is not UTF-8 text (byte {byte} is not valid UTF-8).",
                file=source,
                byte=exc.start + 1,
            ),
            t("Save the file as UTF-8 (or start without --scenario to use the built-in training estate)."),
        ) from exc
    depth = _nesting(text)
    if depth > MAX_DEPTH:
        raise ScenarioError(
            t(
                "The scenario file {file} nests lists or objects {depth} deep; at most {limit} are allowed.",
                file=source,
                depth=depth,
                limit=MAX_DEPTH,
            ),
            _FIX,
        )

    def no_constant(name: str) -> Any:
        raise ValueError(name)

    try:
        return json.loads(text, parse_constant=no_constant)
    except json.JSONDecodeError as exc:
        raise ScenarioError(
            t(
                "The scenario file {file} is not valid JSON: {reason} at line {line}, column {column}.",
                file=source,
                reason=exc.msg,
                line=exc.lineno,
                column=exc.colno,
            ),
            _FIX,
        ) from exc
    except ValueError as exc:  # NaN, Infinity, -Infinity
        raise ScenarioError(
            t(
                "The scenario file {file} holds {value}, which is not a number a scenario may use.",
                file=source,
                value=str(exc),
            ),
            _FIX,
        ) from exc
    except RecursionError as exc:  # the depth check above makes this unreachable; never a traceback anyway
        raise ScenarioError(t("The scenario file {file} nests too deep.", file=source), _FIX) from exc


def _nesting(text: str) -> int:
    """The deepest nesting of [ and { outside strings (without recursion, so any depth is safe)."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def _read_failures(root: _Node, task_keys: set[str]) -> dict[str, TrainedFailure]:
    errors = root.get("job").get("errors") if root.get("job").has("errors") else None
    out = {}
    for item in root.items("items"):
        if not item.has("job"):
            continue
        job = item.get("job")
        task = job.str("fail_at_task")
        if task not in task_keys:
            raise job.get("fail_at_task").fail(f"'{task}' is not a task of the job ({', '.join(sorted(task_keys))})")
        code = job.str("error")
        if errors is None or not errors.has(code):
            raise job.get("error").fail(f"error '{code}' is not described under job.errors")
        e = errors.get(code)
        out[item.str("id")] = TrainedFailure(
            task,
            JobError(code, e.str("message"), e.str("possible_causes", ""), e.str("recommended_action", "")),
            via=job.str("via", "") if job.has("via") else "",
        )
    return out


def _ago(node: _Node, key: str, now: datetime) -> datetime | None:
    minutes = node.optional_num(key)
    return None if minutes is None else now - timedelta(minutes=minutes)


def _arm(kind: str, name: str, vault: str) -> str:
    return f"{ARM_VAULT}{vault}/{kind}/{name}"


_OS = {"Windows": OsType.WINDOWS, "Linux": OsType.LINUX}


ITEM_PAGE = 100  # items per page, as a Site Recovery list hands them over


def _build_site(
    root: _Node,
    now: datetime,
    epoch: datetime,
    on_items: Callable[[tuple[ProtectedItem, ...]], None] | None = None,
) -> RecoverySite:
    vault = root.str("vault")
    fabric = _arm("replicationFabrics", "fabric-tokyo", vault)
    cs_node = root.get("configuration_server")
    cs = ConfigurationServer(
        server_id=cs_node.str("id"),
        name=cs_node.str("name"),
        ip_address=cs_node.str("ip"),
        last_heartbeat=_ago(cs_node, "heartbeat_minutes_ago", now),
        version=cs_node.str("version"),
        fabric_id=fabric,
        provider_id=f"{fabric}/replicationRecoveryServicesProviders/{cs_node.str('id')}",
        last_refreshed=_ago(cs_node, "refreshed_minutes_ago", now),
    )
    seen_by_host = _datastores_by_host(root.get("vcenter"))
    masters = tuple(_master_target(n, seen_by_host, now) for n in root.items("master_targets"))
    process_servers = tuple(
        ProcessServer(
            server_id=n.str("id"),
            name=n.str("name"),
            ip_address=n.str("ip"),
            location=n.choice("location", {"Azure": ServerLocation.AZURE, "OnPremises": ServerLocation.ON_PREMISES}),
            last_heartbeat=_ago(n, "heartbeat_minutes_ago", now),
            health=n.str("health", "Normal"),
        )
        for n in root.items("process_servers")
    )
    policy = None
    if root.has("failback_policy"):
        p = root.get("failback_policy")
        policy = FailbackPolicy(
            policy_id=_arm("replicationPolicies", p.str("id"), vault),
            name=p.str("name"),
            rpo_threshold_minutes=int(p.num("rpo_threshold_minutes")),
            recovery_point_history_minutes=int(p.num("recovery_point_history_minutes")),
            app_consistent_frequency_minutes=int(p.num("app_consistent_frequency_minutes")),
            container_mapping=p.str("container_mapping", ""),
        )
    vcenter_names = [n.str("name") for n in root.items("vcenters")]
    default_vcenter = vcenter_names[0] if vcenter_names else ""
    built: list[ProtectedItem] = []
    for n in root.items("items"):
        built.append(_item(n, cs, default_vcenter, now, epoch))
        if on_items is not None and len(built) % ITEM_PAGE == 0:
            on_items(tuple(built[-ITEM_PAGE:]))
    if on_items is not None and len(built) % ITEM_PAGE:
        on_items(tuple(built[-(len(built) % ITEM_PAGE) :]))
    items = tuple(built)
    modernized_policy = None
    if root.has("modernized_failback_policy"):
        p = root.get("modernized_failback_policy")
        modernized_policy = ModernizedFailbackPolicy(
            policy_id=_arm("replicationPolicies", p.str("id"), vault),
            name=p.str("name"),
            app_consistent_frequency_minutes=int(p.num("app_consistent_frequency_minutes")),
            crash_consistent_frequency_minutes=int(p.num("crash_consistent_frequency_minutes")),
        )
    plans = tuple(RecoveryPlan(n.str("id"), n.str("name"), n.strs("items")) for n in root.items("plans"))
    return RecoverySite(
        vault_name=vault,
        items=items,
        plans=plans,
        configuration_servers=(cs,),
        master_targets=masters,
        process_servers=process_servers,
        run_as_accounts=tuple(RunAsAccount(n.str("id"), n.str("name")) for n in root.items("run_as_accounts")),
        failback_policy=policy,
        vcenters=tuple(
            KnownVCenter(
                n.str("name"),
                n.str("ip"),
                _ago(n, "heartbeat_minutes_ago", now),
                n.str("discovery_status", "Connected"),
            )
            for n in root.items("vcenters")
        ),
        appliances=tuple(_appliance(n, vault, now) for n in _optional_items(root, "appliances")),
        log_storage_accounts=_log_storage_accounts(root, items),
        modernized_policy=modernized_policy,
    )


def _optional_items(node: _Node, key: str) -> list[_Node]:
    return node.items(key) if node.has(key) else []


def _appliance(n: _Node, vault: str, now: datetime) -> ReplicationAppliance:
    return ReplicationAppliance(
        appliance_id=n.str("id"),
        name=n.str("name"),
        health=n.str("health", "Normal"),
        last_heartbeat=_ago(n, "heartbeat_minutes_ago", now),
        vcenter_name=n.str("vcenter"),
        datastores=n.strs("datastores"),
        disks_in_use=int(n.num("disks_in_use", 0)),
        health_errors=n.strs("health_errors", ()),
        version=n.str("version", ""),
        fabric_id=_arm("replicationFabrics", "fabric-rcm-tokyo", vault),
    )


def storage_account_id(name: str) -> str:
    return f"{ARM_STORAGE}{name}"


def _log_storage_accounts(root: _Node, items: tuple[ProtectedItem, ...]) -> tuple[LogStorageAccount, ...]:
    out = []
    for n in _optional_items(root, "log_storage_accounts"):
        account_id = storage_account_id(n.str("name"))
        users = tuple(i.name for i in items if i.rcm and i.rcm.log_storage_account_id == account_id)
        out.append(LogStorageAccount(account_id, n.str("name"), users))
    return tuple(out)


def _datastores_by_host(vc: _Node) -> dict[str, list[SeenDatastore]]:
    out: dict[str, list[SeenDatastore]] = {}
    for n in vc.items("datastores"):
        seen = SeenDatastore(
            symbolic_name=n.str("name"),
            type=DatastoreType.parse(n.str("type")),
            capacity_gb=n.num("capacity_gb"),
            free_gb=n.num("free_gb"),
        )
        for host in n.strs("hosts"):
            out.setdefault(host, []).append(seen)
    return out


def _master_target(n: _Node, seen_by_host: dict[str, list[SeenDatastore]], now: datetime) -> MasterTarget:
    host = n.str("esxi_host") if n.has("esxi_host") else ""  # null: a physical master target
    if n.has("datastores"):  # what ASR reports can differ from what vCenter mounts (DS-02)
        by_name = {d.symbolic_name: d for ds in seen_by_host.values() for d in ds}
        seen = []
        for i, name in enumerate(n.strs("datastores")):
            if name not in by_name:
                raise n.items("datastores")[i].fail(f"datastore '{name}' is not in vcenter.datastores")
            seen.append(by_name[name])
    else:
        seen = seen_by_host.get(host, [])
    vm = n.get("vm") if n.has("vm") else None
    return MasterTarget(
        server_id=n.str("id"),
        name=n.str("name"),
        ip_address=n.str("ip"),
        os_type=n.choice("os", _OS),
        os_version=n.str("os_version"),
        esxi_host=host,
        vcenter_name=n.str("vcenter"),
        last_heartbeat=_ago(n, "heartbeat_minutes_ago", now),
        version_status=n.str("version_status", "Supported"),
        health_errors=n.strs("health_errors", ()),
        disk_count=int(n.num("disk_count")),
        retention_volumes=tuple(
            RetentionVolume(
                name=v.str("name"),
                capacity_bytes=int(v.num("capacity_gb") * GB),
                free_bytes=int(v.num("free_gb") * GB),
                threshold_percent=int(v.num("threshold_percent", 80, maximum=100)),
                file_system=v.str("file_system", "NTFS"),
                locked=v.bool("locked", False),
                used_for_other_purpose=v.bool("used_for_other_purpose", False),
                is_cache_volume=v.bool("cache_volume", False),
            )
            for v in n.items("retention_volumes")
        ),
        datastores=tuple(seen),
        vm=VmLocator(vm.str("name"), bios_uuid=vm.str("bios_uuid", "") or None) if vm else None,
        on_configuration_server=n.bool("on_configuration_server", False),
    )


def _agent_heartbeat(n: _Node, failover: datetime | None, now: datetime) -> datetime | None:
    """An agent that registers some minutes after the failover (ELIG-04), or a fixed heartbeat."""
    if n.has("agent_registers_minutes_after_failover") and failover is not None:
        registers_at = failover + timedelta(minutes=n.num("agent_registers_minutes_after_failover"))
        return now - timedelta(minutes=1) if now >= registers_at else None
    return _ago(n, "agent_heartbeat_minutes_ago", now)


def _item(n: _Node, cs: ConfigurationServer, default_vcenter: str, now: datetime, epoch: datetime) -> ProtectedItem:
    vault_item = n.str("id")
    disks = tuple(
        Disk(
            disk_id=d.str("id"),
            name=d.str("name"),
            size_gb=d.num("size_gb", minimum=1),
            is_os_disk=d.bool("os", False),
            is_azure_temporary=d.bool("temporary", False),
            is_rdm=d.bool("rdm", False),
        )
        for d in n.items("disks")
    )
    if not disks:
        raise n.get("disks").fail("an item needs at least one disk")
    on_prem = n.get("on_prem")
    statuses = {s.value: s for s in AzureVmStatus}
    return ProtectedItem(
        item_id=vault_item,
        name=n.str("name"),
        provider=n.str("provider"),
        os_type=n.choice("os", _OS),
        os_version=n.str("os_version"),
        disks=disks,
        protection_state=n.str("state"),
        allowed_operations=frozenset(n.strs("allowed_operations")),
        active_location=n.str("active_location"),
        on_prem_vm=VmLocator(
            name=on_prem.str("name"),
            bios_uuid=on_prem.str("bios_uuid", "") or None,
            ip_addresses=(on_prem.str("ip"),) if on_prem.has("ip") else (),
        ),
        discovery_type=n.choice(
            "discovery", {"VMware": DiscoveryType.VMWARE, "Physical": DiscoveryType.PHYSICAL}, "VMware"
        ),
        fabric_id=cs.fabric_id,
        configuration_server_id=cs.server_id if not n.has("rcm") else "",  # modernized: no configuration server
        replication_group=n.str("replication_group", "") or None,
        failover_time=(failover := _ago(n, "failed_over_minutes_ago", epoch)),
        agent_last_heartbeat=_agent_heartbeat(n, failover, now),
        agent_installed=n.bool("agent_installed", True),
        in_configuration_server_db=n.bool("in_configuration_server_db", True),
        azure_vm_status=n.choice("azure_vm", statuses, AzureVmStatus.RUNNING.value),
        created_in_azure=n.bool("created_in_azure", False),
        vcenter_name=n.str("vcenter", default_vcenter or " ").strip(),
        rcm=_rcm(n.get("rcm"), default_vcenter) if n.has("rcm") else None,
    )


def _rcm(n: _Node, default_vcenter: str) -> RcmDetails:
    """InMageRcm details: what ASR's discovery says about the source VM, and its log storage account."""
    return RcmDetails(
        vcenter_name=n.str("vcenter", default_vcenter or " ").strip(),
        source_datastores=n.strs("datastores", ()),
        source_vm_deleted=n.bool("vm_deleted", False) if "vm_deleted" in n.obj().value else None,
        log_storage_account_id=storage_account_id(n.str("log_storage_account")) if n.has("log_storage_account") else "",
    )


def _build_vcenter(vc: _Node) -> VCenterEstate:
    datastores = tuple(
        VcDatastore(
            name=n.str("name"),
            type=DatastoreType.parse(n.str("type")),
            capacity_gb=n.num("capacity_gb"),
            free_gb=n.num("free_gb"),
            accessible=n.bool("accessible", True),
            host_names=n.strs("hosts"),
            in_storage_drs=n.bool("storage_drs", False),
            writable_by_account=n.bool("writable", True),
        )
        for n in vc.items("datastores")
    )
    hosts = tuple(
        VcHost(
            name=h.str("name"),
            product=h.str("product"),
            license_edition=h.str("license"),
            connection_state=h.str("state", "connected"),
            datastore_names=tuple(d.name for d in datastores if h.str("name") in d.host_names),
            memory_mb=_optional_int(h, "memory_mb"),
            free_memory_mb=_optional_int(h, "free_memory_mb"),
        )
        for h in vc.items("hosts")
    )
    vms = tuple(_vc_vm(i, n) for i, n in enumerate(vc.items("vms")))
    return VCenterEstate(
        vcenter_name=vc.str("name"),
        hosts=hosts,
        datastores=datastores,
        vms=vms,
        account_name=vc.str("account", "CONTOSO\\dr-operator"),
        account_can_browse_datastores=vc.bool("account_can_browse_datastores", True),
    )


def _vc_vm(index: int, n: _Node) -> VcVm:
    return VcVm(
        moref=f"vm-{1001 + index}",
        name=n.str("name"),
        bios_uuid=n.str("bios_uuid", "") or None,
        instance_uuid=n.str("instance_uuid", "") or None,
        guest_family=n.str("guest"),
        power_state=n.str("power"),
        is_template=n.bool("template", False),
        host_name=n.str("host"),
        datastore_names=n.strs("datastores"),
        ip_addresses=(n.str("ip"),) if n.has("ip") else (),
        details_read=True,
        disks=tuple(
            VcDisk(
                label=d.str("label"),
                size_gb=d.num("size_gb"),
                backing_uuid=d.str("uuid", "") or None,
                datastore_name=d.str("datastore"),
                is_rdm=d.bool("rdm", False),
            )
            for d in n.items("disks")
        ),
        scsi_controller_types=n.strs("controllers"),
        enable_uuid=n.bool("enable_uuid", False) if n.has("enable_uuid") else None,
        tools_status=n.str("tools", "toolsOk"),
        has_snapshot=n.bool("snapshot", False) or bool(n.strs("snapshots", ())),
        snapshot_names=n.strs("snapshots", ()),
        in_storage_drs=n.bool("storage_drs", False),
        memory_mb=_optional_int(n, "memory_mb"),
    )


def _optional_int(n: _Node, key: str) -> int | None:
    value = n.optional_num(key)
    return None if value is None else int(value)


def _check_references(root: _Node, site: RecoverySite, vcenter: VCenterEstate) -> None:
    ids = [i.item_id for i in site.items]
    for i, item_id in enumerate(ids):
        if ids.index(item_id) != i:
            raise root.items("items")[i].get("id").fail(f"item id '{item_id}' is used twice")
    known = set(ids)
    for p_node, plan in zip(root.items("plans"), site.plans, strict=True):
        for j, item_id in enumerate(plan.item_ids):
            if item_id not in known:
                raise p_node.items("items")[j].fail(f"plan refers to unknown item '{item_id}'")
    host_names = {h.name for h in vcenter.hosts}
    for m_node, mt in zip(root.items("master_targets"), site.master_targets, strict=True):
        if mt.esxi_host and mt.esxi_host not in host_names:
            raise m_node.get("esxi_host").fail(f"host '{mt.esxi_host}' is not in vcenter.hosts")
    vc = root.get("vcenter")
    for h_node, vc_host in zip(vc.items("hosts"), vcenter.hosts, strict=True):
        free, total = vc_host.free_memory_mb, vc_host.memory_mb
        if free is not None and total is not None and free > total:
            raise h_node.get("free_memory_mb").fail(
                f"free memory {free} MB is larger than the host's memory {total} MB"
            )
    for d_node, ds in zip(vc.items("datastores"), vcenter.datastores, strict=True):
        for j, host in enumerate(ds.host_names):
            if host not in host_names:
                raise d_node.items("hosts")[j].fail(f"host '{host}' is not in vcenter.hosts")
        if ds.free_gb > ds.capacity_gb:
            raise d_node.get("free_gb").fail(
                f"free space {ds.free_gb:g} GB is larger than the capacity {ds.capacity_gb:g} GB"
            )
    ds_names = {d.name for d in vcenter.datastores}
    for a_node, appliance in zip(_optional_items(root, "appliances"), site.appliances, strict=True):
        for j, name in enumerate(appliance.datastores):
            if name not in ds_names:
                raise a_node.items("datastores")[j].fail(f"datastore '{name}' is not in vcenter.datastores")
    accounts = {a.account_id for a in site.log_storage_accounts}
    for i_node, item in zip(root.items("items"), site.items, strict=True):
        if item.rcm and item.rcm.log_storage_account_id and item.rcm.log_storage_account_id not in accounts:
            raise (
                i_node.get("rcm")
                .get("log_storage_account")
                .fail(f"'{item.rcm.log_storage_account_id.rsplit('/', 1)[-1]}' is not in log_storage_accounts")
            )
    for v_node, vm in zip(vc.items("vms"), vcenter.vms, strict=True):
        if vm.host_name not in host_names:
            raise v_node.get("host").fail(f"host '{vm.host_name}' is not in vcenter.hosts")
        for j, name in enumerate(vm.datastore_names):
            if name not in ds_names:
                raise v_node.items("datastores")[j].fail(f"datastore '{name}' is not in vcenter.datastores")


_POLICY_PROVIDERS = {"InMageAzureV2": "InMageAzureV2", "InMageRcm": "InMageRcm"}


def _tasks(node: _Node, key: str) -> tuple[TaskTemplate, ...]:
    tasks = tuple(TaskTemplate(t.str("key"), t.str("name"), t.num("seconds", minimum=0.1)) for t in node.items(key))
    if not tasks:
        raise node.get(key).fail("a job needs at least one task")
    keys = [t.key for t in tasks]
    for i, k in enumerate(keys):
        if keys.index(k) != i:
            raise node.items(key)[i].get("key").fail(f"task key '{k}' is used twice")
    return tasks


def _journey_error(errors: _Node | None, owner: _Node, key: str) -> JobError:
    code = owner.str(key)
    if errors is None or not errors.has(code):
        raise owner.get(key).fail(f"error '{code}' is not described under journey.errors")
    e = errors.get(code)
    return JobError(code, e.str("message"), e.str("possible_causes", ""), e.str("recommended_action", ""))


def _read_journey(root: _Node, site: RecoverySite, vcenter: VCenterEstate) -> JourneyScript:
    """`journey`: validated like the rest of the file (every reference resolved, every number bounded)."""
    j = root.get("journey").obj()
    tasks_node = j.get("tasks").obj() if j.has("tasks") else None
    tasks: dict[str, tuple[TaskTemplate, ...]] = {}
    for kind in JOURNEY_TASK_KINDS:
        tasks[kind] = (
            _tasks(tasks_node, kind)
            if tasks_node is not None and tasks_node.has(kind)
            else (DEFAULT_JOURNEY_TASKS[kind])
        )
    if tasks_node is not None:
        for key in tasks_node.value:
            if key not in JOURNEY_TASK_KINDS and not str(key).startswith("_"):
                raise tasks_node.fail(f"'{key}' is not a journey step ({', '.join(JOURNEY_TASK_KINDS)})")
    errors = j.get("errors").obj() if j.has("errors") else None
    vault = site.vault_name
    policies = tuple(
        ReversePolicy(
            policy_id=_arm("replicationPolicies", n.str("id"), vault),
            name=n.str("name"),
            provider=n.choice("provider", _POLICY_PROVIDERS),
            from_container_mapping=n.bool("container_mapping", False),
        )
        for n in _optional_items(j, "policies")
    )
    providers = {i.item_id: i.provider for i in site.items}
    cancel_listed = j.strs("classic_lists_cancel", ())
    for i, item_id in enumerate(cancel_listed):
        if providers.get(item_id) != "InMageAzureV2":
            raise j.items("classic_lists_cancel")[i].fail(f"'{item_id}' is not a classic item of the scenario")
    failing: dict[str, TrainedFailure] = {}
    if j.has("planned_failover_fails_once"):
        node = j.get("planned_failover_fails_once").obj()
        task_keys = {t.key for t in tasks["modernized_failback"]}
        for item_id in node.value:
            if str(item_id).startswith("_"):
                continue
            entry = node.get(item_id).obj()
            if providers.get(item_id) != "InMageRcm":
                raise entry.fail(f"'{item_id}' is not a modernized item of the scenario")
            task = entry.str("fail_at_task")
            if task not in task_keys:
                raise entry.get("fail_at_task").fail(
                    f"'{task}' is not a task of the modernized failback ({', '.join(sorted(task_keys))})"
                )
            failing[item_id] = TrainedFailure(task, _journey_error(errors, entry, "error"))
    start_task = j.str("failback_start_task", "operation")
    for kind in ("failback", "modernized_failback"):
        if start_task not in {t.key for t in tasks[kind]}:
            raise j.get("failback_start_task").fail(f"'{start_task}' is not a task of journey.tasks.{kind}")
    guest_ips: dict[str, str] = {}
    if j.has("guest_ips"):
        node = j.get("guest_ips").obj()
        vm_names = {vm.name for vm in vcenter.vms}
        for name in node.value:
            if name not in vm_names:
                raise node.get(name).fail(f"'{name}' is not a VM in vcenter.vms")
            guest_ips[name] = node.str(name)
    return JourneyScript(
        guest_ips=guest_ips,
        tasks=tasks,
        policies=policies,
        classic_lists_cancel=frozenset(cancel_listed),
        planned_failover_fails_once=failing,
        host_memory_error=_journey_error(errors, j, "host_memory_error") if j.has("host_memory_error") else None,
        agent_not_registered_error=(
            _journey_error(errors, j, "agent_not_registered_error") if j.has("agent_not_registered_error") else None
        ),
        failback_start_task=start_task,
        agent_registers_minutes_after_boot=j.num(
            "agent_registers_minutes_after_boot", whole_minutes(REV_AGENT_REGISTRATION_WINDOW), maximum=24 * 60
        ),
        recovery_point_minutes=j.num("recovery_point_minutes", 5.0, minimum=0.1, maximum=24 * 60),
    )
