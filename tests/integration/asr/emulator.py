"""A local HTTPS Azure Site Recovery emulator: the ARM paths the adapter uses, with state and faults.

The SDK talks to it exactly as to management.azure.com (it refuses bearer tokens over plain
http, so this serves TLS with a CA and server certificate made at start). Payloads follow
Microsoft's published examples (copies in `reference/`); `asr_estate.py` builds a classic
VMware-to-Azure estate in that shape, and (`add_modernized`) the modernized side: an InMageRcm
fabric with replication appliances (reprotect agents) and InMageRcm / InMageRcmFailback items.

State is plain wire-format JSON (dicts) keyed by lower-cased ARM id. A reprotect POST answers
like the service (202 + Location + Azure-AsyncOperation + Retry-After) and creates a job whose
tasks progress on the emulator's clock; when the job ends the item's state and allowed
operations change. Faults are injected per request (`inject`), before the request is handled
or after it was (a POST that started a job and then lost its answer).

Reuse from any test module:

    emu = AsrEmulator(classic_estate(vm_count=1)); emu.start()
    ... SiteRecoveryManagementClient(cred, emu.subscription_id, base_url=emu.url,
                                     connection_verify=emu.ca_path) ...
    emu.stop()
"""

from __future__ import annotations

import copy
import datetime as dt
import ipaddress
import json
import re
import socket
import ssl
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import parse_qs, unquote, urlsplit

from azure.mgmt.recoveryservicessiterecovery import models  # the reverse items' shapes come from the SDK's models

API_VERSION = "2025-08-01"
IDLE_JOB = "None"
IDLE_START = "1753-01-01T01:01:01Z"
REPROTECT_TASKS = (
    "Prerequisites check for reprotect",
    "Preparing the on-premises virtual machine",
    "Starting replication to the on-premises site",
    "Updating the provider states",
)
REFRESH_TASKS = ("Refreshing the configuration server",)
ALLOWED_AFTER_REPROTECT = ("PlannedFailover", "UnplannedFailover", "DisableProtection")
ALLOWED_WHILE_FAILED_OVER = ("ReverseReplicate", "Commit", "DisableProtection", "ChangePit")


# --- faults --------------------------------------------------------------------------------


@dataclass
class Fault:
    """One injected misbehaviour.

    kind: "status" (answer `status` with `body`/`headers`), "reset" (send headers and half the
    body, then drop the connection), "slow" (sleep `seconds`, then answer normally),
    "malformed" (200 with a body that is not JSON), "expired_token" (401 with the
    invalid_token challenge, and the token used is expired from then on).
    after=True: handle the request first (state changes happen), then misbehave.
    """

    kind: str
    method: str = "GET"
    path_contains: str = ""
    times: int = 1
    after: bool = False
    status: int = 500
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    hits: int = 0
    raw: bytes | None = None  # "status": this body as is (a proxy's HTML page) instead of `body` as JSON

    def matches(self, method: str, path: str) -> bool:
        return (
            self.hits < self.times
            and method.upper() == self.method.upper()
            and self.path_contains.lower() in path.lower()
        )

    # Convenience constructors keep tests short and readable.
    @classmethod
    def throttle(cls, retry_after: int = 0, **kw: Any) -> Fault:
        body = {"error": {"code": "TooManyRequests", "message": "The request is throttled."}}
        return cls("status", status=429, body=body, headers={"Retry-After": str(retry_after)}, **kw)

    @classmethod
    def accepted_untracked(cls, **kw: Any) -> Fault:
        """A 202 with neither Location nor Azure-AsyncOperation (use after=True: the request was handled)."""
        return cls("status", method="POST", path_contains="/reprotect", status=202, body={}, **kw)

    @classmethod
    def server_error(cls, status: int = 500, **kw: Any) -> Fault:
        codes = {500: "InternalServerError", 502: "BadGateway", 503: "ServiceUnavailable", 504: "GatewayTimeout"}
        body = {"error": {"code": codes.get(status, "ServerError"), "message": "The service failed."}}
        return cls("status", status=status, body=body, **kw)

    @classmethod
    def forbidden(cls, action: str, scope: str, **kw: Any) -> Fault:
        message = (
            "The client 'operator@contoso.com' with object id '2a6c5d1e-0000-4000-8000-000000000001' "
            f"does not have authorization to perform action '{action}' over scope '{scope}' "
            "or the scope is invalid. If access was recently granted, please refresh your credentials."
        )
        return cls("status", status=403, body={"error": {"code": "AuthorizationFailed", "message": message}}, **kw)


@dataclass(frozen=True)
class LoggedRequest:
    method: str
    path: str
    query: str
    status: int  # 0 when the connection was dropped
    fault: str = ""
    body: dict[str, Any] | None = None  # JSON body of POSTs (never headers: they carry tokens)

    @property
    def is_reprotect(self) -> bool:
        return self.method == "POST" and self.path.lower().endswith("/reprotect")


# --- certificates ----------------------------------------------------------------------------


def _make_certificates(folder: Path) -> tuple[Path, Path, Path]:
    """A throw-away CA and a server certificate for 127.0.0.1/localhost, signed by it."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "reprotect-gui test CA")])
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    ca_path, cert_path, key_path = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    ca_path.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return ca_path, cert_path, key_path


# --- the emulator ----------------------------------------------------------------------------


class _Reply(Exception):
    """Raised by route handlers to answer with an ARM error."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def _now_iso() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _parse_time(text: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return dt.datetime.min.replace(tzinfo=dt.UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _last(arm_id: str) -> str:
    return arm_id.rstrip("/").rsplit("/", 1)[-1]


class AsrEmulator:
    """A stateful ASR (+ subscriptions and vaults) endpoint on https://127.0.0.1:<port>.

    `state` is a dict as made by `estate.classic_estate()`: subscription_id, resource_group,
    vault, and lists of wire-format resources under fabrics, items, plans, policies, mappings,
    vcenters, providers, jobs, subscriptions, vaults.
    """

    def __init__(
        self,
        state: dict[str, Any] | None = None,
        *,
        job_step_seconds: float = 0.05,
        page_size: int = 100,
        retry_after: int = 0,
        replication_seconds: float = 0.5,
    ) -> None:
        self.job_step_seconds = job_step_seconds
        # After a successful reprotect: initial replication runs 0 → 100 % over this many seconds, then
        # the first recovery point shows (RDY-05, RDY-06). Items in `never_healthy` stay stuck and Critical.
        self.replication_seconds = replication_seconds
        self.reprotect_tasks = REPROTECT_TASKS  # the task names of a reprotect job (a benchmark may add some)
        self._reverse_started: dict[str, float] = {}
        self._never_healthy: set[str] = set()
        self.page_size = page_size
        self.retry_after = retry_after
        self.requests_log: list[LoggedRequest] = []
        self._faults: list[Fault] = []
        self._raw_routes: dict[tuple[str, str], tuple[int, bytes]] = {}
        self._reprotect_failures: dict[str, dict[str, Any]] = {}
        self._expired_tokens: set[str] = set()
        self._lock = threading.RLock()
        self._stopping = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self.ca_path = ""
        self.subscription_id = ""
        self.resource_group = ""
        self.vault = ""
        self._collections: dict[str, dict[str, dict[str, Any]]] = {}
        self._job_meta: dict[str, dict[str, Any]] = {}
        self.seed(state or {})

    # -- lifecycle ------------------------------------------------------------------------

    def start(self) -> AsrEmulator:
        self._tmp = tempfile.TemporaryDirectory(prefix="asr-emulator-")
        ca_path, cert_path, key_path = _make_certificates(Path(self._tmp.name))
        self.ca_path = str(ca_path)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(str(cert_path), str(key_path))
        handler = _handler_for(self)
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        server.daemon_threads = True
        server.socket = context.wrap_socket(server.socket, server_side=True)
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.02}, name="asr-emulator", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def __enter__(self) -> AsrEmulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        assert self._server is not None, "start() the emulator first"
        return f"https://127.0.0.1:{self._server.server_address[1]}"

    @property
    def vault_path(self) -> str:
        return (
            f"/subscriptions/{self.subscription_id}/resourceGroups/{self.resource_group}"
            f"/providers/Microsoft.RecoveryServices/vaults/{self.vault}"
        )

    # -- state ----------------------------------------------------------------------------

    COLLECTIONS = (
        "fabrics",
        "items",
        "plans",
        "policies",
        "mappings",
        "vcenters",
        "providers",
        "jobs",
        "subscriptions",
        "vaults",
    )

    def seed(self, state: dict[str, Any]) -> None:
        """Replace the whole state with `state` (deep-copied)."""
        with self._lock:
            self.subscription_id = state.get("subscription_id", "00000000-0000-4000-8000-000000000000")
            self.resource_group = state.get("resource_group", "rg")
            self.vault = state.get("vault", "vault")
            self._collections = {name: {} for name in self.COLLECTIONS}
            for name in self.COLLECTIONS:
                for resource in copy.deepcopy(state.get(name, [])):
                    self._collections[name][resource["id"].lower()] = resource

    def put(self, collection: str, resource: dict[str, Any]) -> None:
        with self._lock:
            self._collections[collection][resource["id"].lower()] = copy.deepcopy(resource)

    def get(self, collection: str, arm_id: str) -> dict[str, Any]:
        with self._lock:
            self._advance_jobs()
            return copy.deepcopy(self._collections[collection][arm_id.lower()])

    def update_item(self, arm_id: str, mutate: Callable[[dict[str, Any]], None]) -> None:
        with self._lock:
            mutate(self._collections["items"][arm_id.lower()])

    def fail_next_reprotect(
        self, item_id: str, *, provider_code: int = 95226, service_code: str = "", message: str = ""
    ) -> None:
        """The next reprotect job on `item_id` ends Failed with these error codes."""
        self._reprotect_failures[item_id.lower()] = {
            "provider_code": provider_code,
            "service_code": service_code,
            "message": message or "Reprotect failed.",
        }

    def rename_job(self, name: str, alias: str) -> None:
        """ASR answers for job `name` under another name (and id) from now on; a GET by `name` still finds it."""
        with self._lock:
            self._job_meta[name]["alias"] = alias

    def hold_job(self, name: str, state: str, description: str = "", allowed_actions: tuple[str, ...] = ()) -> None:
        """Keep job `name` in `state` (e.g. "Suspended" / "WaitingForStopTestFailover", or "Cancelling") until released."""
        with self._lock:
            self._job_meta[name]["hold"] = {
                "state": state,
                "stateDescription": description or state,
                "allowedActions": list(allowed_actions),
            }

    def release_job(self, name: str) -> None:
        """Let a held job go on: it ends at its next step."""
        with self._lock:
            meta = self._job_meta[name]
            meta.pop("hold", None)
            meta["started"] = time.monotonic() - self.job_step_seconds * len(meta["task_names"])

    def never_healthy(self, item_id: str) -> None:
        """After its reprotect, the item's replication back stays stuck and Critical (the readiness trap)."""
        self._never_healthy.add(item_id.lower())

    def job_names(self) -> list[str]:
        with self._lock:
            return [j["name"] for j in self._collections["jobs"].values()]

    def inject(self, fault: Fault) -> Fault:
        with self._lock:
            self._faults.append(fault)
        return fault

    def serve_raw(self, method: str, path: str, body: bytes, status: int = 200) -> None:
        """Answer `method path` with these exact bytes (e.g. an unmodified reference example)."""
        self._raw_routes[(method.upper(), path.lower())] = (status, body)

    @property
    def reprotect_posts(self) -> list[LoggedRequest]:
        return [r for r in self.requests_log if r.is_reprotect]

    def jobs(self) -> list[dict[str, Any]]:
        with self._lock:
            self._advance_jobs()
            return [self._render_job(j) for j in self._collections["jobs"].values()]

    # -- request handling (called by the handler thread) -----------------------------------

    def _take_fault(self, method: str, path: str, *, after: bool) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.after == after and fault.matches(method, path):
                    fault.hits += 1
                    return fault
        return None

    def handle(
        self, method: str, path: str, query: dict[str, list[str]], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        raw = self._raw_routes.get((method, path.lower()))
        if raw is not None:
            return raw[0], {"Content-Type": "application/json"}, raw[1]
        try:
            with self._lock:
                self._advance_jobs()
                status, headers, payload = self._route(method, path, query, body)
        except _Reply as reply:
            status, headers = reply.status, {}
            payload = {"error": {"code": reply.code, "message": reply.message}}
        data = b"" if payload is None else json.dumps(payload).encode()
        headers.setdefault("Content-Type", "application/json; charset=utf-8")
        return status, headers, data

    def _route(
        self, method: str, path: str, query: dict[str, list[str]], body: bytes
    ) -> tuple[int, dict[str, str], Any]:
        parts = [p for p in path.split("/") if p]
        low = [p.lower() for p in parts]
        if method == "GET" and low == ["subscriptions"]:
            return self._list("subscriptions", query, path)
        if len(low) < 2 or low[0] != "subscriptions":
            raise _Reply(404, "NotFound", f"No route for {path}.")
        if low[1] != self.subscription_id.lower() and self.subscription_id:
            raise _Reply(404, "SubscriptionNotFound", f"The subscription '{parts[1]}' could not be found.")
        if method == "GET" and low[2:] == ["providers", "microsoft.recoveryservices", "vaults"]:
            return self._list("vaults", query, path)
        if (
            len(low) < 8
            or low[2] != "resourcegroups"
            or low[4:7] != ["providers", "microsoft.recoveryservices", "vaults"]
        ):
            raise _Reply(404, "NotFound", f"No route for {path}.")
        if low[3] != self.resource_group.lower():
            raise _Reply(404, "ResourceGroupNotFound", f"Resource group '{parts[3]}' could not be found.")
        if low[7] != self.vault.lower():
            raise _Reply(
                404,
                "ResourceNotFound",
                f"The Resource 'Microsoft.RecoveryServices/vaults/{parts[7]}' under resource group "
                f"'{parts[3]}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix",
            )
        rest, rest_low = parts[8:], low[8:]
        return self._vault_route(method, path, rest, rest_low, query, body)

    def _vault_route(self, method, path, rest, low, query, body):  # noqa: PLR0911, PLR0912
        v = self.vault_path
        if method == "GET":
            simple = {
                ("replicationfabrics",): "fabrics",
                ("replicationprotecteditems",): "items",
                ("replicationrecoveryplans",): "plans",
                ("replicationpolicies",): "policies",
                ("replicationprotectioncontainermappings",): "mappings",
                ("replicationvcenters",): "vcenters",
                ("replicationjobs",): "jobs",
            }
            if tuple(low) == ("replicationjobs",):
                return self._list("jobs", query, path, self._job_filter(query))
            if tuple(low) in simple:
                return self._list(simple[tuple(low)], query, path)
            if len(low) == 2 and low[0] in ("replicationfabrics", "replicationpolicies", "replicationrecoveryplans"):
                name = {
                    "replicationfabrics": "fabrics",
                    "replicationpolicies": "policies",
                    "replicationrecoveryplans": "plans",
                }[low[0]]
                return 200, {}, self._one(name, f"{v}/{rest[0]}/{rest[1]}")
            if len(low) == 2 and low[0] == "replicationjobs":
                return 200, {}, self._render_job(self._find_job(rest[1]))
            if len(low) == 4 and low[0] == "replicationjobs" and low[2] == "operationresults":
                return self._operation_result(rest[1])
            if len(low) == 2 and low[0] == "replicationoperationstatus":
                return self._operation_status(rest[1])
            by_fabric = {"replicationrecoveryservicesproviders": "providers", "replicationvcenters": "vcenters"}
            if len(low) == 3 and low[0] == "replicationfabrics" and low[2] in by_fabric:
                prefix = f"{v}/replicationfabrics/{rest[1]}/".lower()
                return self._list(by_fabric[low[2]], query, path, lambda rid: rid.startswith(prefix))
            if len(low) == 3 and low[0] == "replicationfabrics" and low[2] == "replicationprotectioncontainers":
                return 200, {}, {"value": self._containers(f"{v}/{rest[0]}/{rest[1]}")}
            by_container = {"replicationprotecteditems": "items", "replicationprotectioncontainermappings": "mappings"}
            if len(low) == 5 and low[0] == "replicationfabrics" and low[4] in by_container:
                prefix = f"{v}/{'/'.join(rest[:4])}/".lower()
                return self._list(by_container[low[4]], query, path, lambda rid: rid.startswith(prefix))
            if len(low) == 6 and low[0] == "replicationfabrics" and low[4] == "replicationprotecteditems":
                return 200, {}, self._one("items", f"{v}/{'/'.join(rest)}")
            if len(low) == 7 and low[4] == "replicationprotecteditems" and low[6] == "recoverypoints":
                return 200, {}, {"value": self._recovery_points(f"{v}/{'/'.join(rest[:6])}")}
        if method == "POST":
            import emulator_journey  # failback, cancel, commit (failback.md I, J)

            journey = emulator_journey.route(self, low, rest, body)
            if journey is not None:
                return journey
            if len(low) == 7 and low[4] == "replicationprotecteditems" and low[6] == "reprotect":
                return self._reprotect(f"{v}/{'/'.join(rest[:6])}", body)
            if len(low) == 5 and low[2] == "replicationrecoveryservicesproviders" and low[4] == "refreshprovider":
                return self._refresh_provider(f"{v}/{'/'.join(rest[:4])}")
        raise _Reply(404, "NotFound", f"No route for {method} {path}.")

    # -- reads --------------------------------------------------------------------------------

    def _one(self, collection: str, arm_id: str) -> dict[str, Any]:
        resource = self._collections[collection].get(arm_id.lower())
        if resource is None:
            raise _Reply(
                404, "NotFound", f"The {collection[:-1]} '{_last(arm_id)}' was not found in vault {self.vault}."
            )
        render = {"items": self._render_item, "plans": self._render_plan}.get(collection, self._public)
        return render(resource)

    def _list(self, collection, query, path, keep=None):
        render = {"jobs": self._render_job, "items": self._render_item, "plans": self._render_plan}.get(
            collection, self._public
        )
        values = [render(r) for rid, r in self._collections[collection].items() if keep is None or keep(rid)]
        start = int(query.get("page", ["0"])[0])
        page = values[start : start + self.page_size]
        payload: dict[str, Any] = {"value": page}
        if start + self.page_size < len(values):
            payload["nextLink"] = f"{self.url}{path}?api-version={API_VERSION}&page={start + self.page_size}"
        return 200, {}, payload

    def _render_plan(self, resource: dict[str, Any]) -> dict[str, Any]:
        """A plan's replicationProviders follow its members' providers, as the service's do (InMageAzureV2,
        then InMage after a reprotect, InMageRcmFailback for modernized members)."""
        out = copy.deepcopy(self._public(resource))
        members = [
            self._collections["items"].get(m["id"].lower())
            for g in out["properties"].get("groups", [])
            for m in g.get("replicationProtectedItems", [])
        ]
        providers = sorted(
            {m["properties"]["providerSpecificDetails"].get("instanceType", "") for m in members if m is not None}
        )
        if providers:
            out["properties"]["replicationProviders"] = providers
        return out

    def _containers(self, fabric_id: str) -> list[dict[str, Any]]:
        """A fabric's protection containers, as its items and mappings name them."""
        prefix = f"{fabric_id}/replicationProtectionContainers/".lower()
        ids = {
            rid[: rid.index("/", len(prefix))] if "/" in rid[len(prefix) :] else rid
            for name in ("items", "mappings")
            for rid in self._collections[name]
            if rid.startswith(prefix)
        }
        return [
            {
                "id": cid,
                "name": _last(cid),
                "type": "Microsoft.RecoveryServices/vaults/replicationFabrics/replicationProtectionContainers",
                "properties": {"friendlyName": _last(cid), "role": "Primary", "pairingStatus": "Paired"},
            }
            for cid in sorted(ids)
        ]

    @staticmethod
    def _public(resource: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in resource.items() if not k.startswith("x-")}

    def _job_filter(self, query: dict[str, list[str]]) -> Callable[[str], bool] | None:
        """`$filter=startTime eq '<ISO time>'`: the jobs started at or after that time (ASR's JobQueryParameter)."""
        raw = (query.get("$filter") or [""])[0]
        if not raw:
            return None
        match = re.search(r"startTime\s+eq\s+'([^']+)'", raw, re.IGNORECASE)
        if match is None:
            raise _Reply(400, "InvalidFilter", f"The filter '{raw}' is not supported.")
        since = _parse_time(match.group(1))
        jobs = self._collections["jobs"]
        return lambda rid: _parse_time(jobs[rid]["properties"].get("startTime", "")) >= since

    # -- reverse replication (after a successful reprotect; RDY-) ------------------------------------

    def _render_item(self, resource: dict[str, Any]) -> dict[str, Any]:
        out = self._public(resource)
        started = self._reverse_started.get(resource["id"].lower())
        if started is None:
            return out
        out = copy.deepcopy(out)
        props = out["properties"]
        details = props["providerSpecificDetails"]
        if details.get("instanceType") not in ("InMage", "InMageRcmFailback"):
            return out  # protected to Azure again (or changed otherwise): no reverse replication to show
        elapsed = time.monotonic() - started
        trapped = resource["id"].lower() in self._never_healthy
        fraction = min(
            0.37 if trapped else 1.0, elapsed / self.replication_seconds if self.replication_seconds else 1.0
        )
        percent = round(100 * fraction, 1)
        done = percent >= 100
        props["replicationHealth"] = "Critical" if trapped else "Normal"
        props["healthErrors"] = (
            [
                models.HealthError(
                    error_code="78122",
                    summary_message="Replication to on-premises is stuck: the retention volume of the master "
                    "target is full.",
                    error_message="The retention volume is full.",
                    possible_causes="The retention drive has run out of free space.",
                    recommended_action="Free space on the retention drive or extend it; replication resumes by itself.",
                    creation_time_utc=_now_iso(),
                ).as_dict()
            ]
            if trapped
            else []
        )
        now = _now_iso()
        if details.get("instanceType") == "InMageRcmFailback":
            disks = [
                {
                    **d,
                    **models.InMageRcmFailbackProtectedDiskDetails(
                        is_initial_replication_complete="true" if done else "false",
                        ir_details=models.InMageRcmFailbackSyncDetails(
                            progress_percentage=int(percent),
                            progress_health="NoProgress" if trapped else ("None" if done else "InProgress"),
                        ),
                    ).as_dict(),
                }
                for d in details.get("protectedDisks", [])
            ]
            details.update(
                models.InMageRcmFailbackReplicationDetails(
                    initial_replication_progress_percentage=int(percent),
                    initial_replication_progress_health="NoProgress" if trapped else "None",
                    resync_required="false",
                    resync_state="None",
                    mobility_agent_details=models.InMageRcmFailbackMobilityAgentDetails(last_heartbeat_utc=now),
                    discovered_vm_details=models.InMageRcmFailbackDiscoveredProtectedVmDetails(
                        power_status="OFF", is_deleted=False
                    ),
                    is_agent_registration_successful_after_failover=True,
                ).as_dict(),
                instanceType=details["instanceType"],
            )
            details["protectedDisks"] = disks
        else:
            disks = [
                {
                    **d,
                    **models.InMageProtectedDiskDetails(
                        resync_progress_percentage=int(percent),
                        resync_required="false",
                        progress_health="NoProgress" if trapped else ("None" if done else "InProgress"),
                        rpo_in_seconds=120 if done else None,
                    ).as_dict(),
                }
                for d in details.get("protectedDisks", [])
            ]
            point = elapsed >= 1.2 * self.replication_seconds and not trapped
            details.update(
                models.InMageReplicationDetails(
                    resync_details=models.InitialReplicationDetails(
                        initial_replication_type="InitialReplication",
                        initial_replication_progress_percentage=str(percent),
                    ),
                    rpo_in_seconds=120 if done else None,
                    last_rpo_calculated_time=now if done else None,
                    last_heartbeat=now,
                    compressed_data_rate_in_mb=0.0 if done else 40.0,
                    uncompressed_data_rate_in_mb=0.0 if done else 95.0,
                    retention_window_start=now if point else None,
                    retention_window_end=now if point else None,
                    total_progress_health="NoProgress" if trapped else "None",
                ).as_dict(),
                instanceType=details["instanceType"],
            )
            details["protectedDisks"] = disks
        return out

    def _recovery_points(self, item_id: str) -> list[dict[str, Any]]:
        item = self._collections["items"].get(item_id.lower())
        if item is None:
            raise _Reply(
                404, "NotFound", f"The replicated item '{_last(item_id)}' was not found in vault {self.vault}."
            )
        started = self._reverse_started.get(item_id.lower())
        if started is None or item_id.lower() in self._never_healthy:
            return []
        if time.monotonic() - started < 1.2 * self.replication_seconds:
            return []
        return self.recovery_points_of(item["id"])

    def recovery_points_of(self, item_id: str) -> list[dict[str, Any]]:
        """The item's recovery points once replication back is complete: made once and kept, so an id read
        for a Custom failback (FB-03) still names the same point when the failover is sent. Newest first:
        the latest processed (crash-consistent) point, then an application-consistent one 20 minutes older
        (RecoveryPoints_ListByReplicationProtectedItems' shape)."""
        points = self.__dict__.setdefault("_points", {})
        key = item_id.lower()
        if key not in points:
            now = dt.datetime.now(dt.UTC)
            points[key] = [
                {
                    "id": f"{item_id}/recoveryPoints/{uuid.uuid4()}",
                    "name": f"rp-{kind.lower()}",
                    "type": "Microsoft.RecoveryServices/vaults/replicationFabrics/replicationProtectionContainers/"
                    "replicationProtectedItems/recoveryPoints",
                    **models.RecoveryPoint(
                        properties=models.RecoveryPointProperties(
                            recovery_point_time=(now - dt.timedelta(minutes=age)).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                            recovery_point_type=kind,
                        )
                    ).as_dict(),
                }
                for kind, age in (("CrashConsistent", 1), ("AppConsistent", 21))
            ]
        return copy.deepcopy(points[key])

    # -- jobs -----------------------------------------------------------------------------------

    def _find_job(self, name: str) -> dict[str, Any]:
        for job in self._collections["jobs"].values():
            if job["name"].lower() == name.lower():
                return job
        raise _Reply(404, "NotFound", f"The job '{name}' was not found in vault {self.vault}.")

    def _new_job(
        self,
        scenario: str,
        friendly: str,
        target_name: str,
        tasks: tuple[str, ...],
        on_end: Callable[[bool], None],
        failure: dict[str, Any] | None,
    ) -> dict[str, Any]:
        name = str(uuid.uuid4())
        job = {
            "id": f"{self.vault_path}/replicationJobs/{name}",
            "name": name,
            "type": "Microsoft.RecoveryServices/vaults/replicationJobs",
            "properties": {
                "activityId": f"{uuid.uuid4()} ActivityId: {uuid.uuid4()}",
                "scenarioName": scenario,
                "friendlyName": friendly,
                "state": "NotStarted",
                "stateDescription": "NotStarted",
                "tasks": [],
                "errors": [],
                "startTime": _now_iso(),
                "allowedActions": ["Cancel"],
                "targetObjectId": str(uuid.uuid4()),
                "targetObjectName": target_name,
                "targetInstanceType": "ProtectionEntity",
                "customDetails": {"instanceType": "AsrJobDetails", "affectedObjectDetails": {}},
            },
        }
        self._collections["jobs"][job["id"].lower()] = job
        self._job_meta[name] = {
            "started": time.monotonic(),
            "task_names": tasks,
            "task_ids": [str(uuid.uuid4()) for _ in tasks],
            "on_end": on_end,
            "failure": failure,
            "ended": False,
            "op_id": str(uuid.uuid4()),
        }
        return job

    def _advance_jobs(self) -> None:
        for job in self._collections["jobs"].values():
            meta = self._job_meta.get(job["name"])
            if meta is None or meta["ended"] or "hold" in meta:
                continue
            steps = (
                int((time.monotonic() - meta["started"]) / self.job_step_seconds) if self.job_step_seconds else 10**6
            )
            if steps >= len(meta["task_names"]):
                meta["ended"] = True
                meta["on_end"](meta["failure"] is None)

    def _render_job(self, job: dict[str, Any]) -> dict[str, Any]:
        meta = self._job_meta.get(job["name"])
        if meta is None:
            return self._public(job)  # seeded as-is
        out = copy.deepcopy(job)
        props = out["properties"]
        steps = int((time.monotonic() - meta["started"]) / self.job_step_seconds) if self.job_step_seconds else 10**6
        failure = meta["failure"]
        count = len(meta["task_names"])
        tasks = []
        for i, (task_name, task_id) in enumerate(zip(meta["task_names"], meta["task_ids"], strict=True)):
            if meta["ended"]:
                state = "Failed" if failure and i == count - 1 else "Succeeded"
            elif i < steps:
                state = "Succeeded"
            elif i == steps:
                state = "InProgress"
            else:
                state = "NotStarted"
            tasks.append(
                {
                    "taskId": task_id,
                    "name": task_name.replace(" ", ""),
                    "friendlyName": task_name,
                    "state": state,
                    "stateDescription": "Completed" if state == "Succeeded" else state,
                    "allowedActions": [],
                    "taskType": "TaskDetails",
                    "customDetails": {"instanceType": "JobTaskDetails"},
                    "errors": [],
                }
            )
        props["tasks"] = tasks
        if meta["ended"]:
            props["state"] = "Failed" if failure else "Succeeded"
            props["stateDescription"] = "Failed" if failure else "Completed"
            props["endTime"] = props.get("endTime") or _now_iso()
            props["allowedActions"] = ["Restart"] if failure else []
            if failure:
                error = self._job_error(failure, meta["task_ids"][-1])
                tasks[-1]["errors"] = [error]
                props["errors"] = [error]
        else:
            props["state"] = props["stateDescription"] = "InProgress"
        hold = meta.get("hold")
        if hold is not None and not meta["ended"]:
            props.update(copy.deepcopy(hold))
            current = next((t for t in tasks if t["state"] == "InProgress"), None)
            if current is not None:
                current["state"], current["stateDescription"] = hold["state"], hold["stateDescription"]
        alias = meta.get("alias")
        if alias:
            out["name"] = alias
            out["id"] = f"{self.vault_path}/replicationJobs/{alias}"
        return out

    @staticmethod
    def _job_error(failure: dict[str, Any], task_id: str) -> dict[str, Any]:
        error: dict[str, Any] = {"errorLevel": "Error", "creationTime": _now_iso(), "taskId": task_id}
        if failure.get("service_code"):
            error["serviceErrorDetails"] = {
                "code": failure["service_code"],
                "message": failure["message"],
                "possibleCauses": "See the provider error.",
                "recommendedAction": "Fix the cause and retry the job.",
                "activityId": str(uuid.uuid4()),
            }
        if failure.get("provider_code"):
            error["providerErrorDetails"] = {
                "errorCode": int(failure["provider_code"]),
                "errorMessage": failure["message"],
                "errorId": str(uuid.uuid4()),
                "possibleCauses": "The Azure VM could not reach the configuration server.",
                "recommendedAction": "Check connectivity from the Azure VM to the configuration server on 443 and 9443.",
            }
        return error

    def _operation_result(self, job_name: str):
        job = self._find_job(job_name)
        if not self._job_meta.get(job["name"], {}).get("ended", True):
            return 202, self._polling_headers(job), None
        return 200, {}, self._render_job(job)

    def _operation_status(self, op_id: str):
        for _name, meta in self._job_meta.items():
            if meta["op_id"] == op_id:
                status = "InProgress"
                if meta["ended"]:
                    status = "Failed" if meta["failure"] else "Succeeded"
                return 200, {}, {"name": op_id, "status": status}
        raise _Reply(404, "NotFound", f"Operation {op_id} not found.")

    def _polling_headers(self, job: dict[str, Any]) -> dict[str, str]:
        op_id = self._job_meta[job["name"]]["op_id"]
        base = f"{self.url}{self.vault_path}"
        return {
            "Location": f"{base}/replicationJobs/{job['name']}/operationresults/{job['name']}?api-version={API_VERSION}",
            "Azure-AsyncOperation": f"{base}/replicationOperationStatus/{op_id}?api-version={API_VERSION}",
            "Retry-After": str(self.retry_after),
        }

    # -- reprotect ------------------------------------------------------------------------------

    def _reprotect(self, item_id: str, raw_body: bytes):
        item = self._collections["items"].get(item_id.lower())
        if item is None:
            raise _Reply(
                404, "NotFound", f"The replicated item '{_last(item_id)}' was not found in vault {self.vault}."
            )
        props = item["properties"]
        import emulator_journey

        if props["providerSpecificDetails"].get("instanceType") in emulator_journey.REVERSE_PROVIDERS:
            return emulator_journey.reprotect_to_azure(self, item_id, raw_body)  # failback.md K
        if props["currentScenario"]["scenarioName"] != "None":
            raise _Reply(409, "OperationInProgress", "Another operation is in progress on the item.")
        if "ReverseReplicate" not in props.get("allowedOperations", []):
            raise _Reply(400, "InvalidOperation", f"Reprotect is not allowed in state {props.get('protectionState')}.")
        details = self._validate_reprotect_body(raw_body, props["providerSpecificDetails"].get("instanceType", ""))
        failure = self._reprotect_failures.pop(item_id.lower(), None)
        friendly = props.get("friendlyName", _last(item_id))

        def on_end(succeeded: bool) -> None:
            self._end_reprotect(item_id, details, succeeded)

        job = self._new_job("ReverseReplicate", "Reprotect", friendly, tuple(self.reprotect_tasks), on_end, failure)
        props["currentScenario"] = {"scenarioName": "ReverseReplication", "jobId": job["id"], "startTime": _now_iso()}
        props["allowedOperations"] = []
        props["protectionState"] = "ReprotectInProgress"
        props["protectionStateDescription"] = "Reprotect in progress"
        return 202, self._polling_headers(job), None

    # The reprotect input each forward provider takes (reference README §2).
    INPUT_FOR_PROVIDER: ClassVar[dict[str, str]] = {"InMageAzureV2": "InMage", "InMageRcm": "InMageRcm"}

    def _validate_reprotect_body(self, raw_body: bytes, item_provider: str) -> dict[str, Any]:
        try:
            body = json.loads(raw_body or b"{}")
        except ValueError as exc:
            raise _Reply(400, "InvalidRequestContent", "The request body is not JSON.") from exc
        props = body.get("properties") or {}
        details = props.get("providerSpecificDetails") or {}
        wanted = self.INPUT_FOR_PROVIDER.get(item_provider, "InMage")
        if details.get("instanceType") != wanted:
            raise _Reply(
                400,
                "InvalidProviderInput",
                f"providerSpecificDetails.instanceType must be {wanted} for a {item_provider} item.",
            )
        if props.get("failoverDirection") not in (None, "RecoveryToPrimary"):
            raise _Reply(400, "InvalidDirection", "Reprotect of a failed-over VMware VM goes RecoveryToPrimary.")
        if wanted == "InMageRcm":
            return self._validate_rcm_input(details)
        for key in ("masterTargetId", "processServerId", "retentionDrive", "profileId"):
            if not details.get(key):
                raise _Reply(400, "MissingRequiredField", f"{key} is required.")
        mt = self._server_by_id("masterTargetServers", details["masterTargetId"])
        if mt is None:
            raise _Reply(400, "InvalidMasterTarget", f"Master target {details['masterTargetId']} is not registered.")
        if self._server_by_id("processServers", details["processServerId"]) is None:
            raise _Reply(400, "InvalidProcessServer", f"Process server {details['processServerId']} is not registered.")
        volumes = {v["volumeName"] for v in mt.get("retentionVolumes", [])}
        if details["retentionDrive"] not in volumes:
            raise _Reply(
                400, "InvalidRetentionVolume", f"{details['retentionDrive']} is not a retention volume of {mt['name']}."
            )
        stores = {d["symbolicName"] for d in mt.get("dataStores", [])}
        if details.get("datastoreName") and details["datastoreName"] not in stores:
            raise _Reply(400, "InvalidDatastore", f"{details['datastoreName']} is not seen by {mt['name']}.")
        if details["profileId"].lower() not in self._collections["policies"]:
            raise _Reply(400, "InvalidPolicy", f"Policy {details['profileId']} does not exist.")
        return details

    def _validate_rcm_input(self, details: dict[str, Any]) -> dict[str, Any]:
        """InMageRcmReprotectInput: reprotectAgentId, datastoreName, logStorageAccountId required; policyId optional."""
        for key in ("reprotectAgentId", "datastoreName", "logStorageAccountId"):
            if not details.get(key):
                raise _Reply(400, "MissingRequiredField", f"{key} is required.")
        agent = self._server_by_id("reprotectAgents", details["reprotectAgentId"])
        if agent is None:
            raise _Reply(
                400,
                "InvalidReprotectAgent",
                f"Replication appliance {details['reprotectAgentId']} is not registered in the vault.",
            )
        if agent.get("health") == "Critical":
            raise _Reply(400, "ReprotectAgentUnhealthy", f"Replication appliance {agent['name']} is not healthy.")
        if details["datastoreName"] not in agent.get("accessibleDatastores", []):
            raise _Reply(400, "InvalidDatastore", f"{details['datastoreName']} is not accessible from {agent['name']}.")
        if details.get("policyId") and details["policyId"].lower() not in self._collections["policies"]:
            raise _Reply(400, "InvalidPolicy", f"Policy {details['policyId']} does not exist.")
        return details

    def _server_by_id(self, kind: str, server_id: str) -> dict[str, Any] | None:
        for fabric in self._collections["fabrics"].values():
            for server in fabric["properties"].get("customDetails", {}).get(kind, []) or []:
                if server["id"].lower() == server_id.lower():
                    return server
        return None

    def _end_reprotect(self, item_id: str, details: dict[str, Any], succeeded: bool) -> None:
        item = self._collections["items"].get(item_id.lower())
        if item is None:
            return
        props = item["properties"]
        props["currentScenario"] = {
            "scenarioName": "None",
            "jobId": f"{self.vault_path}/replicationJobs/None",
            "startTime": IDLE_START,
        }
        if succeeded:
            self._reverse_started[item_id.lower()] = time.monotonic()
        if succeeded and details.get("instanceType") == "InMageRcm":
            self._reverse_rcm(props, details)
        elif succeeded:
            forward = props["providerSpecificDetails"]
            props["protectionState"] = "Protected"
            props["protectionStateDescription"] = "Protected"
            props["allowedOperations"] = list(ALLOWED_AFTER_REPROTECT)
            props["providerSpecificDetails"] = {
                "instanceType": "InMage",
                "activeSiteType": "Azure",
                "osDetails": {"osType": forward.get("osType", "Windows")},
                "protectionStage": "Resync",
                "vmId": forward.get("vmId", ""),
                "processServerId": details["processServerId"],
                "masterTargetId": details["masterTargetId"],
                "ipAddress": forward.get("ipAddress", ""),
                "lastHeartbeat": forward.get("lastHeartbeat"),
                "vCenterInfrastructureId": forward.get("vCenterInfrastructureId", ""),
                "infrastructureVmId": forward.get("infrastructureVmId", ""),
                "discoveryType": forward.get("discoveryType", "VMware"),
                "datastores": [details.get("datastoreName", "")],
                "protectedDisks": [
                    {"diskId": d["diskId"], "diskName": d.get("diskName", ""), "protectionStage": "Resync"}
                    for d in forward.get("protectedDisks", [])
                ],
            }
        else:
            props["protectionState"] = "FailedOver"
            props["protectionStateDescription"] = "Failover completed"
            props["allowedOperations"] = list(ALLOWED_WHILE_FAILED_OVER)

    def _reverse_rcm(self, props: dict[str, Any], details: dict[str, Any]) -> None:
        """A modernized reprotect leaves the item InMageRcmFailback, replicating through the appliance."""
        forward = props["providerSpecificDetails"]
        agent = self._server_by_id("reprotectAgents", details["reprotectAgentId"]) or {}
        props["protectionState"] = "Protected"
        props["protectionStateDescription"] = "Protected"
        props["allowedOperations"] = list(ALLOWED_AFTER_REPROTECT)
        if details.get("policyId"):
            props["policyId"] = details["policyId"]
        props["providerSpecificDetails"] = {
            "instanceType": "InMageRcmFailback",
            "internalIdentifier": forward.get("internalIdentifier", ""),
            "reprotectAgentId": details["reprotectAgentId"],
            "reprotectAgentName": agent.get("name", ""),
            "osType": forward.get("osType", "Windows"),
            "logStorageAccountId": details["logStorageAccountId"],
            "targetvCenterId": agent.get("vcenterId", ""),
            "targetDataStoreName": details["datastoreName"],
            "targetVmName": forward.get("targetVmName", ""),
            "protectedDisks": [
                {
                    "diskId": d["diskId"],
                    "diskName": d.get("diskName", ""),
                    "isOSDisk": d.get("isOSDisk", "false"),
                    "capacityInBytes": d.get("capacityInBytes", 0),
                }
                for d in forward.get("protectedDisks", [])
            ],
        }

    # -- refresh configuration server -----------------------------------------------------------

    def _refresh_provider(self, provider_id: str):
        provider = self._collections["providers"].get(provider_id.lower())
        if provider is None:
            raise _Reply(404, "NotFound", f"The provider '{_last(provider_id)}' was not found.")

        def on_end(_: bool) -> None:
            provider["properties"]["lastHeartBeat"] = _now_iso()

        job = self._new_job(
            "RefreshProvider",
            "Refresh server",
            provider["properties"].get("friendlyName", ""),
            REFRESH_TASKS,
            on_end,
            None,
        )
        return 202, self._polling_headers(job), None


# --- HTTP plumbing -----------------------------------------------------------------------------


def _handler_for(emulator: AsrEmulator) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet test output
            return

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            self._serve("GET")

        def do_POST(self) -> None:  # noqa: N802
            self._serve("POST")

        def _serve(self, method: str) -> None:
            split = urlsplit(self.path)
            path, query = unquote(split.path), parse_qs(split.query)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            parsed_body = _json_or_none(body) if method == "POST" else None

            token = self._bearer_token()
            if token is None:
                self._log(method, path, split.query, 401, "no token", parsed_body)
                self._send(
                    401,
                    {"WWW-Authenticate": 'Bearer authorization_uri="https://login.microsoftonline.com/common"'},
                    _error_bytes(
                        "AuthenticationFailed", "Authentication failed. The 'Authorization' header is missing."
                    ),
                )
                return
            before = emulator._take_fault(method, path, after=False)
            if before is not None and before.kind == "expired_token":
                emulator._expired_tokens.add(token)
            if token in emulator._expired_tokens:
                self._log(method, path, split.query, 401, "expired_token", parsed_body)
                self._send(
                    401,
                    {
                        "WWW-Authenticate": 'Bearer authorization_uri="https://login.microsoftonline.com/common", '
                        'error="invalid_token", error_description="The access token has expired."'
                    },
                    _error_bytes(
                        "ExpiredAuthenticationToken",
                        "The access token expiry UTC time is earlier than current UTC time.",
                    ),
                )
                return
            if before is not None and before.kind != "slow":
                self._misbehave(before, method, path, split.query, parsed_body, b"")
                return
            if before is not None and before.kind == "slow":
                emulator._stopping.wait(before.seconds)

            status, headers, data = emulator.handle(method, path, query, body)
            after = emulator._take_fault(method, path, after=True)
            if after is not None and after.kind != "slow":
                self._misbehave(after, method, path, split.query, parsed_body, data)
                return
            self._log(
                method, path, split.query, status, before.kind if before else (after.kind if after else ""), parsed_body
            )
            if after is not None:  # handled and logged; the answer comes late
                emulator._stopping.wait(after.seconds)
            self._send(status, headers, data)

        def _misbehave(self, fault: Fault, method: str, path: str, query: str, parsed_body: Any, data: bytes) -> None:
            if fault.kind == "status":
                self._log(method, path, query, fault.status, "status", parsed_body)
                data = fault.raw if fault.raw is not None else json.dumps(fault.body or {}).encode()
                self._send(fault.status, dict(fault.headers), data)
            elif fault.kind == "malformed":
                self._log(method, path, query, 200, "malformed", parsed_body)
                self._send(
                    200, {"Content-Type": "application/json"}, b'{"value": [{"id": "/subscriptions/x", "properties": '
                )
            elif fault.kind == "reset":
                self._log(method, path, query, 0, "reset", parsed_body)
                payload = data or b'{"value": []}' * 4
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload[: max(1, len(payload) // 2)])
                self.wfile.flush()
                self.close_connection = True
                try:
                    self.connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
            else:
                raise ValueError(f"unknown fault kind {fault.kind}")

        def _bearer_token(self) -> str | None:
            auth = self.headers.get("Authorization", "")
            if not auth.startswith("Bearer ") or not auth[7:].strip():
                return None
            return auth[7:].strip()

        def _log(self, method: str, path: str, query: str, status: int, fault: str, body: Any) -> None:
            with emulator._lock:
                emulator.requests_log.append(LoggedRequest(method, path, query, status, fault, body))

        def _send(self, status: int, headers: dict[str, str], data: bytes) -> None:
            try:
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                if "Content-Type" not in headers and data:
                    self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("x-ms-request-id", str(uuid.uuid4()))
                self.end_headers()
                if data:
                    self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
                self.close_connection = True  # the client gave up (a slow-answer test)

    return Handler


def _json_or_none(body: bytes) -> Any:
    try:
        return json.loads(body) if body else None
    except ValueError:
        return None


def _error_bytes(code: str, message: str) -> bytes:
    return json.dumps({"error": {"code": code, "message": message}}).encode()


def load_example(name: str) -> dict[str, Any]:
    """A reference example (Microsoft's published JSON), from the copy beside this file."""
    return json.loads((Path(__file__).parent / "reference" / name).read_text(encoding="utf-8"))
