"""ArmSiteRecovery: the SiteRecovery port on a real Recovery Services vault.

Reads the vault in six list calls (fabrics, items, plans, policies, container mappings,
vCenters; paging followed by the SDK), submits the classic reprotect (InMageReprotectInput,
reference README §2) or the modernized one (InMageRcmReprotectInput: replication appliance,
datastore, log storage account) so that it is never sent twice, and follows jobs.

Never twice: the item is re-read right before the POST, and a running job (currentScenario) is
attached to instead; the POST goes out with `retry_total=0` (azure-core would otherwise resend
a POST on 500/503/504); when its answer is lost, the item is re-read, never POSTed again.

SDK imports happen inside methods: importing this module costs nothing at GUI start-up, and the
first call (on a worker thread) builds the client.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from functools import partial
from typing import Any, TypeVar

from reprotect_gui.asr import mapping
from reprotect_gui.asr.errors import (
    ItemNotFound,
    JobNotFound,
    RefreshFailed,
    ReprotectNotAllowed,
    ReprotectNotConfirmed,
    ReprotectRejected,
)
from reprotect_gui.asr.faults import translate, unreadable
from reprotect_gui.asr.settings import PUBLIC_CLOUD, ArmSettings, AzureCloud, VaultLocation
from reprotect_gui.domain.errors import UserFacingError
from reprotect_gui.domain.messages import service_text, state, t
from reprotect_gui.domain.models import (
    REVERSE_REPLICATE,
    ClassicTarget,
    Job,
    KnownVCenter,
    MasterTarget,
    ModernizedTarget,
    ProcessServer,
    ProtectedItem,
    RecoverySite,
    ReprotectRequest,
    RunAsAccount,
    SubmitResult,
)
from reprotect_gui.domain.ports import JobContext
from reprotect_gui.domain.replication import ReplicationStatus

log = logging.getLogger(__name__)
T = TypeVar("T")

# The Azure temporary storage disk never comes back on-premises (DS-07); PowerShell's
# Update-AzRecoveryServicesAsrProtectionDirection sends exactly this exclusion.
TEMPORARY_STORAGE_LABEL = "Temporary Storage"
_ARM_PAGE = 100  # items per page of ARM's list (its usual page size)
LIST_CHUNK = 25  # a parallel read's cooperative point every this many values (the window's turn, a cancel)


class ArmSiteRecovery:
    """The SiteRecovery port over ARM, for one vault."""

    parallel_reads = 5  # the small collections read alongside the items (1: one after another)

    def __init__(
        self,
        credential: Any,
        vault: VaultLocation,
        *,
        cloud: AzureCloud = PUBLIC_CLOUD,
        settings: ArmSettings | None = None,
        base_url: str | None = None,  # tests: the emulator; otherwise the cloud's ARM endpoint
        connection_verify: bool | str = True,  # True, or a CA bundle path; never False
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._credential = credential
        self.vault = vault
        self._cloud = cloud
        self._settings = settings or ArmSettings()
        self._base_url = base_url
        self._verify = connection_verify
        self._sleep = sleep
        self._lock = threading.Lock()
        self._sdk_client: Any = None
        self._vcenter_names: dict[str, str] = {}
        self._provider_by_fabric: dict[str, str] = {}
        self._job_items: dict[str, str] = {}
        self._item_count = 0  # items in the vault at the last read_site (RDY reads: list or GETs?)
        self._appliance_health: dict[str, str] = {}

    # --- plumbing ------------------------------------------------------------------------------

    def _client(self) -> Any:
        with self._lock:
            if self._sdk_client is None:
                from azure.mgmt.recoveryservicessiterecovery import SiteRecoveryManagementClient

                from reprotect_gui.asr.pipeline import client_options

                options = client_options(
                    self._credential,
                    self._cloud,
                    self._settings,
                    base_url=self._base_url,
                    connection_verify=self._verify,
                )
                self._sdk_client = SiteRecoveryManagementClient(self._credential, self.vault.subscription_id, **options)
            return self._sdk_client

    def _call(self, doing: str, fn: Callable[[Any], T], *, not_found: Callable[[], UserFacingError] | None = None) -> T:
        """Run `fn(client)`; every failure leaves as one of our sentences, chained to the cause."""
        try:
            return fn(self._client())
        except Exception as exc:  # noqa: BLE001 - translated, never swallowed
            raise translate(exc, doing=doing, vault=self.vault.vault_name, not_found=not_found) from exc

    def _list(self, doing: str, lister: Callable[[Any], Iterable[T]], ctx: JobContext | None = None) -> list[T]:
        """Every value of a list (paging happens while listing). With `ctx`, a cooperative point
        every LIST_CHUNK values, outside the SDK call (a cancel is not an Azure error)."""
        if ctx is None:
            return self._call(doing, lambda c: list(lister(c)))
        values = self._call(doing, lambda c: iter(lister(c)))
        found: list[T] = []
        while chunk := self._call(doing, lambda _c: list(itertools.islice(values, LIST_CHUNK))):
            found += chunk
            ctx.raise_if_cancelled()
        return found

    def _map(self, doing: str, fn: Callable[[], T]) -> T:
        """Mapping touches SDK attributes, which deserialize lazily: a malformed value fails here."""
        try:
            return fn()
        except (ValueError, TypeError, KeyError, AttributeError, ArithmeticError) as exc:
            raise unreadable(doing) from exc

    @property
    def _rg(self) -> str:
        return self.vault.resource_group

    @property
    def _name(self) -> str:
        return self.vault.vault_name

    # --- reads -----------------------------------------------------------------------------------

    def known_vcenters(self) -> tuple[KnownVCenter, ...]:
        """The vCenters the vault has discovered (one list call): the vCenter dialog offers them."""
        rg, v = self._rg, self._name
        doing = "read the vCenter servers known to ASR"
        raw = self._list(doing, lambda c: c.replicationv_centers.list(rg, v))
        return self._map(doing, lambda: tuple(mapping.known_vcenter(vc) for vc in raw))

    def read_site(
        self, ctx: JobContext, on_items: Callable[[Sequence[ProtectedItem]], None] | None = None
    ) -> RecoverySite:
        """The vault in six list calls. The five small collections are read in parallel with the
        items (one ARM page follows from the last: a list's pages can't be fetched in parallel);
        each page of items is handed to `on_items` as it arrives, so a vault of thousands is
        browsable before it is read to the end."""
        rg, v = self._rg, self._name
        others: list[tuple[str, Callable[[Any], Iterable[Any]]]] = [
            (t("read the vCenter servers known to ASR"), lambda c: c.replicationv_centers.list(rg, v)),
            (
                t("read the configuration servers, master targets and process servers"),
                lambda c: c.replication_fabrics.list(rg, v),
            ),
            (t("read the recovery plans"), lambda c: c.replication_recovery_plans.list(rg, v)),
            (t("read the replication policies"), lambda c: c.replication_policies.list(rg, v)),
            (
                t("read the protection container mappings"),
                lambda c: c.replication_protection_container_mappings.list(rg, v),
            ),
        ]
        ctx.raise_if_cancelled()
        ctx.report(0.0, t("Azure Site Recovery: reading the vault…"))
        self._call(t("connect to the vault"), lambda c: c)  # build the client once, on this thread
        workers = max(1, min(self.parallel_reads, len(others)))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="asr-read") as pool:
            futures = [pool.submit(self._list, doing, lister, ctx) for doing, lister in others]
            try:
                raw_items, items = self._read_items(ctx, futures[0], on_items)
            except BaseException:
                for future in futures:
                    future.cancel()  # those not started yet; the running ones end on their own
                raise
            vcenters, fabrics, plans, policies, mappings = (future.result() for future in futures)
        ctx.report(1.0, t("Azure Site Recovery: vault read"))
        return self._map(
            t("read the vault"), lambda: self._site(fabrics, raw_items, plans, policies, mappings, vcenters, items)
        )

    def _read_items(
        self,
        ctx: JobContext,
        vcenters: Future[list[Any]],
        on_items: Callable[[Sequence[ProtectedItem]], None] | None,
    ) -> tuple[list[Any], list[ProtectedItem]]:
        """Every replicated item, page by page; each page mapped and handed on as it arrives."""
        doing = t("read the replicated items")
        rg, v = self._rg, self._name
        pages = self._call(doing, lambda c: iter(c.replication_protected_items.list(rg, v).by_page()))
        raw_items: list[Any] = []
        items: list[ProtectedItem] = []
        names: dict[str, str] | None = None
        while True:
            ctx.raise_if_cancelled()
            page = self._call(doing, lambda _c: _next_page(pages))  # one ARM request (nextLink)
            if page is None:
                break
            if not page:
                continue
            if names is None:  # the modernized items name their vCenter through this list
                names = mapping.vcenter_names_by_infrastructure(vcenters.result())
            mapped = self._map(doing, partial(_map_items, page, names))
            raw_items += page
            items += mapped
            ctx.report(
                min(0.9, 0.1 + len(items) / 10000),
                t("Azure Site Recovery: {items} replicated items read…", items=len(items)),
            )
            if on_items is not None:
                on_items(tuple(mapped))
        return raw_items, items

    def _site(
        self,
        fabrics: list[Any],
        items: list[Any],
        plans: list[Any],
        policies: list[Any],
        mappings: list[Any],
        vcenters: list[Any],
        mapped: list[ProtectedItem] | None = None,
    ) -> RecoverySite:
        self._vcenter_names = mapping.vcenter_names_by_infrastructure(vcenters)
        self._provider_by_fabric = _providers_by_fabric(items)
        vmware = mapping.vmware_fabrics(fabrics)
        servers = [mapping.configuration_server(f, self._provider_by_fabric.get(f.id.lower(), "")) for f in vmware]
        master_targets: list[MasterTarget] = []
        process_servers: list[ProcessServer] = []
        accounts: list[RunAsAccount] = []
        for fabric, cs in zip(vmware, servers, strict=True):
            details = fabric.properties.custom_details
            master_targets += [mapping.master_target(mt, cs) for mt in details.master_target_servers or ()]
            process_servers += [mapping.process_server(ps, cs) for ps in details.process_servers or ()]
            accounts += mapping.run_as_accounts(fabric)
        domain_items = (
            tuple(mapped)
            if mapped is not None
            else tuple(mapping.protected_item(i, self._vcenter_names) for i in items)
        )
        self._item_count = len(domain_items)
        in_use = mapping.disks_by_appliance(domain_items)
        appliances = tuple(
            mapping.appliance(agent, fabric.id, self._vcenter_names, in_use)
            for fabric in mapping.rcm_fabrics(fabrics)
            for agent in fabric.properties.custom_details.reprotect_agents or ()
        )
        self._appliance_health = {a.appliance_id.lower(): a.health for a in appliances}
        on_prem_containers = {
            i.container_id for i in domain_items if any(mapping.same_id(i.fabric_id, f.id) for f in vmware)
        }
        return RecoverySite(
            vault_name=self._name,
            items=domain_items,
            plans=tuple(mapping.recovery_plan(p) for p in plans),
            configuration_servers=tuple(servers),
            master_targets=tuple(master_targets),
            process_servers=tuple(process_servers),
            run_as_accounts=tuple(dict.fromkeys(accounts)),
            failback_policy=mapping.failback_policy(mappings, policies, on_prem_containers),
            vcenters=tuple(mapping.known_vcenter(vc) for vc in vcenters),
            appliances=appliances,
            log_storage_accounts=mapping.log_storage_accounts(domain_items),
            modernized_policy=mapping.modernized_failback_policy(mappings, policies),
        )

    def read_item(self, item_id: str) -> ProtectedItem:
        fabric, container, name = _item_path(item_id)

        def missing() -> UserFacingError:
            return ItemNotFound(
                t(
                    "The replicated item {name} no longer exists in the vault {name2}: protection was disabled "
                    "or the item was removed.",
                    name=name,
                    name2=self._name,
                ),
                t("Reload the vault to see its current items."),
            )

        raw = self._call(
            t("read the replicated item {name}", name=name),
            lambda c: c.replication_protected_items.get(self._rg, self._name, fabric, container, name),
            not_found=missing,
        )
        return self._map(
            t("read the replicated item {name}", name=name), lambda: mapping.protected_item(raw, self._vcenter_names)
        )

    def read_job(self, job_id: str) -> Job:
        """One job. The job's read is made once (no transport retry): the follower retries on its own
        schedule and honours Retry-After up to its ceiling."""

        def missing() -> UserFacingError:
            return JobNotFound(
                t("The Site Recovery job {job_id} was not found in the vault {name}.", job_id=job_id, name=self._name),
                t("Open the vault's Site Recovery jobs in the Azure portal to see its outcome."),
            )

        raw = self._read_once(
            t("read the progress of the reprotect job"),
            lambda c: c.replication_jobs.get(self._rg, self._name, job_id, retry_total=0),
            not_found=missing,
        )
        return self._map(t("read the job"), lambda: mapping.job(raw, self._job_items.get(job_id.lower(), "")))

    def list_jobs(self, started_after: datetime | None) -> tuple[Job, ...]:
        """The vault's jobs started after `started_after`: one call (paging aside) for every job of a run.

        Sent through the SDK client's pipeline (sign-in, TLS, retry policy) as ReplicationJobs_List,
        and read as plain JSON (mapping.job_from_wire): 100 SDK job models per poll would cost the GUI
        thread its turn."""
        query = (
            f"startTime eq '{started_after.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}'" if started_after else None
        )

        def fetch(client: Any) -> list[dict[str, Any]]:
            from azure.core.rest import HttpRequest
            from azure.mgmt.recoveryservicessiterecovery.operations._operations import (
                build_replication_jobs_list_request,
            )

            request: HttpRequest | None = build_replication_jobs_list_request(
                self._rg, self._name, self.vault.subscription_id, filter=query
            )
            values: list[dict[str, Any]] = []
            while request is not None:
                response = client.send_request(request, retry_total=0)
                response.raise_for_status()
                body = response.json()
                values += body.get("value") or []
                next_link = body.get("nextLink")
                request = HttpRequest("GET", next_link) if next_link else None
            return values

        raws = self._read_once(t("read the progress of the reprotect jobs"), fetch)
        return self._map(
            t("read the jobs"),
            lambda: tuple(
                mapping.job_from_wire(r, self._job_items.get(str(r.get("name") or "").lower(), "")) for r in raws
            ),
        )

    def read_replication(self, item_ids: Sequence[str]) -> tuple[ReplicationStatus, ...]:
        """RDY-: the items' replication back to on-premises. Whichever costs fewer reads: the vault's
        item list (its pages) or one GET per item; then the recovery points of items whose initial
        replication is complete and that show no newest point on their own (modernized)."""
        wanted = {i.lower(): i for i in item_ids}
        pages = max(1, -(-self._item_count // _ARM_PAGE)) if self._item_count else None
        now = datetime.now(UTC)
        raws: list[Any] = []
        if pages is not None and pages < len(wanted):
            raws = [
                r
                for r in self._read_once(
                    t("read the replication state of the reprotected VMs"),
                    lambda c: list(c.replication_protected_items.list(self._rg, self._name, retry_total=0)),
                )
                if (r.id or "").lower() in wanted
            ]
        else:
            for item_id in item_ids:
                raws.append(self._read_item_once(item_id))
        statuses = [self._map(t("read the replication state"), partial(self._status, r, now)) for r in raws]
        return tuple(self._with_recovery_point(s) for s in statuses)

    def _read_item_once(self, item_id: str) -> Any:
        fabric, container, name = _item_path(item_id)

        def get(c: Any) -> Any:
            return c.replication_protected_items.get(self._rg, self._name, fabric, container, name, retry_total=0)

        return self._read_once(t("read the replication state of {name}", name=name), get)

    def _status(self, raw: Any, now: datetime) -> ReplicationStatus:
        return mapping.replication_status(raw, now, self._appliance_health)

    def _with_recovery_point(self, status: ReplicationStatus) -> ReplicationStatus:
        complete = status.initial_replication_percent is not None and status.initial_replication_percent >= 100
        complete = complete or (bool(status.disks) and all(d.complete for d in status.disks))
        if status.latest_recovery_point is not None or not complete or not status.replicating_back:
            return status
        fabric, container, name = _item_path(status.item_id)
        points = self._read_once(
            t("read the recovery points of {name}", name=name),
            lambda c: list(
                c.recovery_points.list_by_replication_protected_items(
                    self._rg, self._name, fabric, container, name, retry_total=0
                )
            ),
        )
        at, kind = self._map(t("read the recovery points"), lambda: mapping.newest_recovery_point(points))
        return dataclasses.replace(
            status, latest_recovery_point=at, recovery_point_type=kind, recovery_points_read=True
        )

    def _read_once(
        self, doing: str, fn: Callable[[Any], T], *, not_found: Callable[[], UserFacingError] | None = None
    ) -> T:
        """Like _call, and the translated error keeps the Retry-After Azure sent (`retry_after_s`)."""
        try:
            return fn(self._client())
        except Exception as exc:  # noqa: BLE001 - translated, never swallowed
            error = translate(exc, doing=doing, vault=self.vault.vault_name, not_found=not_found)
            after = _retry_after(exc)
            if after is not None:
                error.retry_after_s = after  # type: ignore[attr-defined]
            raise error from exc

    # --- reprotect -------------------------------------------------------------------------------

    def submit_reprotect(self, request: ReprotectRequest) -> SubmitResult:
        item = self.read_item(request.item_id)
        if item.running_job_id:
            log.info("Item %s already runs job %s: attaching instead of submitting", item.name, item.running_job_id)
            return self._remember(SubmitResult(item.running_job_id, attached_to_running=True), request)
        if REVERSE_REPLICATE not in item.allowed_operations:
            raise ReprotectNotAllowed(
                t(
                    "Azure Site Recovery does not allow reprotect of {item} right now (state {value}). Nothing "
                    "was sent.",
                    item=item.name,
                    value=state(item.protection_state or "unknown"),
                ),
                t("Reload the vault: the item may have been reprotected already or changed state."),
            )
        return self._post_reprotect(request)

    def _post_reprotect(self, request: ReprotectRequest) -> SubmitResult:
        from azure.core.exceptions import HttpResponseError, ServiceRequestError

        fabric, container, name = _item_path(request.item_id)
        locations: list[str] = []
        untracked: list[
            int
        ] = []  # the status of an answer with nothing to track (no Location, no Azure-AsyncOperation)

        def keep_location(pipeline_response: Any) -> None:
            headers = pipeline_response.http_response.headers
            location = headers.get("Location")
            if location:
                locations.append(location)
            elif not headers.get("Azure-AsyncOperation"):
                untracked.append(pipeline_response.http_response.status_code)

        doing = t("start the reprotect of {item_name}", item_name=request.item_name)
        body = reprotect_input(request)
        try:
            self._client().replication_protected_items.begin_reprotect(
                self._rg,
                self._name,
                fabric,
                container,
                name,
                body,
                polling=False,
                retry_total=0,
                raw_response_hook=keep_location,
            )
        except ServiceRequestError as exc:  # never left this computer: nothing started
            raise translate(exc, doing=doing, vault=self._name) from exc
        except HttpResponseError as exc:
            status = exc.status_code or 0
            if exc.response is None or status >= 500:
                return self._confirm_started(request, exc)  # it may or may not have started
            if status == 409:
                attached = self._attach_if_running(request)
                if attached is not None:
                    return attached
            if status in (400, 409):
                raise self._rejected(exc, request) from exc
            raise translate(exc, doing=doing, vault=self._name, not_found=_gone(request)) from exc
        except Exception as exc:  # noqa: BLE001 - the answer was lost (reset, timeout): re-read
            return self._confirm_started(request, exc)
        job_name = mapping.job_name_from_location(locations[-1] if locations else None)
        if job_name:
            log.info("Reprotect of %s started as job %s", request.item_name, job_name)
            return self._remember(SubmitResult(job_name), request)
        if untracked and untracked[-1] == 202:
            return self._accepted_untracked(request)
        return self._confirm_started(request, None)

    def _accepted_untracked(self, request: ReprotectRequest) -> SubmitResult:
        """Azure accepted (202) but sent nothing to track: look at the item once; if no job shows yet,
        the follower keeps re-reading it for a bounded time (never POST again)."""
        log.warning("Reprotect of %s accepted without Location or Azure-AsyncOperation", request.item_name)
        try:
            item = self.read_item(request.item_id)
        except UserFacingError:
            item = None
        if item is not None and item.running_job_id:
            return self._remember(SubmitResult(item.running_job_id), request)
        return SubmitResult("", untracked=True)

    @staticmethod
    def _rejected(exc: Any, request: ReprotectRequest) -> UserFacingError:
        message = (exc.error.message if exc.error is not None else "") or exc.message or ""
        return ReprotectRejected(
            t(
                "Azure refused the reprotect of {item_name}: {strip} No job was started.",
                item_name=request.item_name,
                strip=service_text(message.strip()),
            ),
            t("Correct the choice the message names and submit again."),
        )

    def _attach_if_running(self, request: ReprotectRequest) -> SubmitResult | None:
        item = self.read_item(request.item_id)
        if item.running_job_id:
            return self._remember(SubmitResult(item.running_job_id, attached_to_running=True), request)
        return None

    def _confirm_started(self, request: ReprotectRequest, cause: BaseException | None) -> SubmitResult:
        """The answer to the POST was lost: look at the item (never POST again)."""
        log.warning("Reprotect answer for %s lost (%s); re-reading the item", request.item_name, type(cause).__name__)
        last_error: UserFacingError | None = None
        for attempt in range(max(1, self._settings.confirm_attempts)):
            if attempt:
                self._sleep(self._settings.confirm_wait_s)
            try:
                item = self.read_item(request.item_id)
            except UserFacingError as exc:
                last_error = exc
                continue
            if item.running_job_id:
                return self._remember(SubmitResult(item.running_job_id), request)
        raise ReprotectNotConfirmed(
            t(
                "The reprotect request for {item_name} was sent, but Azure's answer was lost and no "
                "reprotect job shows on the item yet.",
                item_name=request.item_name,
            ),
            t(
                "Wait a minute and press Retry: the wizard checks the item first and follows the job if it "
                "started, so nothing is sent twice."
            ),
        ) from (cause or last_error)

    def _remember(self, result: SubmitResult, request: ReprotectRequest) -> SubmitResult:
        self._job_items[result.job_id.lower()] = request.item_id
        return result

    # --- configuration server refresh (RET-07) -----------------------------------------------------

    def refresh_configuration_server(self, server_id: str, ctx: JobContext) -> None:
        """server_id is the configuration server's fabric id (see mapping.configuration_server)."""
        fabric = mapping.segment(server_id, "replicationFabrics") or server_id
        doing = t("refresh the configuration server")
        ctx.report(0.0, t("Asking the configuration server to refresh…"))
        providers = self._providers_of(server_id, fabric, doing)
        job_names = [self._start_refresh(fabric, provider, doing) for provider in providers]
        for job_name in [j for j in job_names if j]:
            self._follow(job_name, ctx, t("Refreshing the configuration server"))

    def _providers_of(self, server_id: str, fabric: str, doing: str) -> list[str]:
        known = self._provider_by_fabric.get(server_id.lower())
        if known:
            return [known]
        raw = self._list(
            doing,
            lambda c: c.replication_recovery_services_providers.list_by_replication_fabrics(
                self._rg, self._name, fabric
            ),
        )
        names = [
            p.name for p in raw if "refresh" in [s.lower() for s in (p.properties.allowed_scenarios or ["Refresh"])]
        ]
        if not names:
            raise RefreshFailed(
                t("The configuration server has no provider that can be refreshed."),
                t("Check the configuration server's registration in the vault (Site Recovery infrastructure)."),
            )
        return names

    def _start_refresh(self, fabric: str, provider: str, doing: str) -> str | None:
        locations: list[str] = []

        def keep_location(pipeline_response: Any) -> None:
            location = pipeline_response.http_response.headers.get("Location")
            if location:
                locations.append(location)

        self._call(
            doing,
            lambda c: c.replication_recovery_services_providers.begin_refresh_provider(
                self._rg,
                self._name,
                fabric,
                mapping.last_segment(provider),
                polling=False,
                retry_total=0,
                raw_response_hook=keep_location,
            ),
        )
        return mapping.job_name_from_location(locations[-1] if locations else None)

    def _follow(self, job_name: str, ctx: JobContext, text: str) -> Job:
        deadline = time.monotonic() + self._settings.refresh_timeout_s
        while True:
            ctx.raise_if_cancelled()
            job = self.read_job(job_name)
            ctx.report(
                job.progress, t("{doing}: {state}", doing=text, state=state(job.state_description or job.state.value))
            )
            if job.state.is_final:
                break
            if time.monotonic() > deadline:
                raise RefreshFailed(
                    t(
                        "The configuration server refresh is still running after {minutes} minutes.",
                        minutes=f"{self._settings.refresh_timeout_s / 60:g}",
                    ),
                    t("Look at the job in the vault's Site Recovery jobs, then reload the vault."),
                )
            self._sleep(self._settings.poll_interval_s)
        if job.state.value != "Succeeded":
            reason = job.errors[0].message if job.errors else job.state_description or job.state.value
            raise RefreshFailed(
                t(
                    "The configuration server refresh ended {lower}: {reason}",
                    lower=state(job.state.value),
                    reason=reason,
                ),
                t("Check that the configuration server is running and connected, then refresh again."),
            )
        return job


def reprotect_input(request: ReprotectRequest) -> Any:
    """ReverseReplicationInput with InMageReprotectInput (classic) or InMageRcmReprotectInput
    (modernized), as reference README §2 and PowerShell."""
    from azure.mgmt.recoveryservicessiterecovery import models

    details: Any
    match request.target:
        case ModernizedTarget() as target:
            details = models.InMageRcmReprotectInput(
                reprotect_agent_id=target.reprotect_agent_id,
                datastore_name=request.datastore_name,
                log_storage_account_id=target.log_storage_account_id,
                policy_id=request.policy_id or None,
            )
        case ClassicTarget() as target:
            details = models.InMageReprotectInput(
                master_target_id=target.master_target_id,
                process_server_id=target.process_server_id,
                retention_drive=target.retention_drive,
                run_as_account_id=target.run_as_account_id or None,
                datastore_name=request.datastore_name or None,
                profile_id=request.policy_id,
                disk_exclusion_input=models.InMageDiskExclusionInput(
                    volume_options=[
                        models.InMageVolumeExclusionOptions(
                            volume_label=TEMPORARY_STORAGE_LABEL, only_exclude_if_single_volume="Yes"
                        )
                    ]
                ),
                disks_to_include=list(request.disks_to_include) or None,
            )
        case other:
            raise TypeError(f"no reprotect input for a {type(other).__name__}")
    return models.ReverseReplicationInput(
        properties=models.ReverseReplicationInputProperties(
            failover_direction=request.direction, provider_specific_details=details
        )
    )


def _gone(request: ReprotectRequest) -> Callable[[], UserFacingError]:
    return lambda: ItemNotFound(
        t(
            "The replicated item {item_name} no longer exists in the vault. Nothing was started.",
            item_name=request.item_name,
        ),
        t("Reload the vault to see its current items."),
    )


def _item_path(item_id: str) -> tuple[str, str, str]:
    fabric = mapping.segment(item_id, "replicationFabrics")
    container = mapping.segment(item_id, "replicationProtectionContainers")
    name = mapping.segment(item_id, "replicationProtectedItems")
    if not (fabric and container and name):
        raise ItemNotFound(
            t("'{item_id}' is not the id of a replicated item.", item_id=item_id),
            t("Reload the vault and choose the item again."),
        )
    return fabric, container, name


def _providers_by_fabric(items: Iterable[Any]) -> dict[str, str]:
    """fabric id (lower) → the configuration server's provider (DRA) id, as items name it."""
    out: dict[str, str] = {}
    for item in items:
        provider = item.properties.recovery_services_provider_id if item.properties else None
        if provider:
            out.setdefault(mapping.prefix_through(item.id, "replicationFabrics").lower(), provider)
    return out


def _retry_after(exc: BaseException) -> float | None:
    """Seconds from a Retry-After header (a number or an HTTP date) on a failed answer; None without one."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if not headers:
        return None
    value = headers.get("Retry-After") or headers.get("retry-after")
    if value is None:
        ms = headers.get("retry-after-ms") or headers.get("x-ms-retry-after-ms")
        try:
            return float(ms) / 1000 if ms is not None else None
        except ValueError:
            return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds())
    except (TypeError, ValueError):
        return None


def _map_items(raw: list[Any], vcenter_names: dict[str, str]) -> list[ProtectedItem]:
    return [mapping.protected_item(i, vcenter_names) for i in raw]


def _next_page(pages: Iterator[Iterable[Any]]) -> list[Any] | None:
    """The next page's items (fetched and deserialized here), or None after the last page."""
    page = next(pages, None)
    return None if page is None else list(page)
