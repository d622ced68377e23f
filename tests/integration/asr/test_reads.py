"""ArmSiteRecovery reads, through the real SiteRecoveryManagementClient, against the emulator."""

from __future__ import annotations

import json

import pytest
from asr_estate import (
    MT_CS,
    MT_LIN,
    MT_WIN,
    PS_AZURE,
    PS_CS,
    classic_estate,
    fabric_id,
    item_id,
    policy,
    vault_id,
)
from emulator import AsrEmulator, load_example

from reprotect_gui.asr.errors import AzureAnswerUnreadable
from reprotect_gui.domain.models import (
    DatastoreType,
    JobState,
    OsType,
    ServerLocation,
)


def test_read_site_maps_the_classic_estate(adapter, ctx, emulator):
    site = adapter.read_site(ctx)

    assert site.vault_name == "vault-dr"
    assert [i.name for i in site.items] == ["vm-app-01", "vm-app-02", "vm-app-03"]
    item = site.item(item_id("vm-app-01"))
    assert item.provider == "InMageAzureV2"
    assert item.protection_state == "FailedOver" and item.active_location == "Recovery"
    assert "ReverseReplicate" in item.allowed_operations  # ELIG-01: reprotect is ReverseReplicate
    assert item.os_type is OsType.WINDOWS
    assert [(d.size_gb, d.is_os_disk) for d in item.disks] == [(64.0, True), (128.0, False)]
    assert item.on_prem_vm.name == "vm-app-01" and item.on_prem_vm.ip_addresses == ("10.0.1.11",)
    assert item.vcenter_name == "vcenter01.contoso.local"  # vCenterInfrastructureId → known vCenter
    assert item.running_job_id is None  # the idle sentinel "None"
    assert item.fabric_id.lower() == fabric_id().lower()
    assert item.configuration_server_id == site.configuration_servers[0].server_id

    (cs,) = site.configuration_servers
    assert (cs.name, cs.ip_address, cs.version) == ("cs01.contoso.local", "10.0.0.4", "9.62.7172.1")
    assert cs.last_heartbeat is not None and cs.provider_id.endswith("7d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6")

    assert {m.server_id for m in site.master_targets} == {MT_CS, MT_WIN, MT_LIN}
    linux = site.master_target(MT_LIN)
    assert linux.os_type is OsType.LINUX and linux.disk_count == 3
    (volume,) = linux.retention_volumes
    assert (volume.name, volume.capacity_bytes, volume.free_bytes, volume.threshold_percent) == (
        "/mnt/retention",
        536870912000,
        429496729600,
        80,
    )
    stores = {d.symbolic_name: d for d in linux.datastores}
    assert stores["ds-vmfs-01"].type is DatastoreType.VMFS and stores["ds-vmfs-01"].capacity_gb == 4096.0
    assert stores["ds-vsan-01"].type is DatastoreType.VSAN and stores["ds-vsan-01"].free_gb == 6000.0
    assert stores["ds-nfs-01"].type is DatastoreType.NFS  # listed, so DS-01 can explain the exclusion
    assert site.master_target(MT_CS).on_configuration_server
    assert not site.master_target(MT_WIN).on_configuration_server

    assert site.process_server(PS_CS).location is ServerLocation.ON_PREMISES
    assert site.process_server(PS_AZURE).location is ServerLocation.UNKNOWN  # ASR does not say
    assert site.process_server(PS_AZURE).health == "Normal"
    assert [(a.account_id, a.name) for a in site.run_as_accounts] == [("1", "vcenter-discovery"), ("2", "windows-push")]

    assert site.failback_policy is not None and site.failback_policy.is_portal_default
    assert site.failback_policy.name == "policy-v2a-failback"
    (plan,) = site.plans
    assert plan.name == "rp-app" and [i.rsplit("/", 1)[-1] for i in plan.item_ids] == [
        "vm-app-01",
        "vm-app-02",
        "vm-app-03",
    ]
    (vc,) = site.vcenters
    assert (vc.name, vc.ip_address, vc.discovery_status) == ("vcenter01.contoso.local", "10.0.0.10", "Connected")
    assert ctx.reports[-1][0] == 1.0


def test_read_site_takes_six_requests_and_follows_paging(ctx):
    estate = classic_estate(vm_count=5)
    with AsrEmulator(estate, page_size=2) as emu:
        from asr_testkit import FAST, TestCredential

        from reprotect_gui.asr.settings import VaultLocation
        from reprotect_gui.asr.site_recovery import ArmSiteRecovery

        paged = ArmSiteRecovery(
            TestCredential(),
            VaultLocation(emu.subscription_id, emu.resource_group, emu.vault),
            settings=FAST,
            base_url=emu.url,
            connection_verify=emu.ca_path,
        )
        site = paged.read_site(ctx)
        first_pages = [r for r in emu.requests_log if "page=" not in r.query]
        assert len(site.items) == 5  # 3 pages of items
        assert len(first_pages) == 6  # fabrics, items, plans, policies, mappings, vCenters
        assert len(emu.requests_log) == 6 + 2  # plus two next pages of items


def test_items_stream_page_by_page_while_the_rest_is_read_in_parallel(ctx):
    """A large vault is browsable after its first page: each page of items is handed on as it arrives."""
    estate = classic_estate(vm_count=7)
    with AsrEmulator(estate, page_size=3) as emu:
        from asr_testkit import FAST, TestCredential

        from reprotect_gui.asr.settings import VaultLocation
        from reprotect_gui.asr.site_recovery import ArmSiteRecovery

        paged = ArmSiteRecovery(
            TestCredential(),
            VaultLocation(emu.subscription_id, emu.resource_group, emu.vault),
            settings=FAST,
            base_url=emu.url,
            connection_verify=emu.ca_path,
        )
        pages: list[tuple[str, ...]] = []
        requests_at_page: list[int] = []

        def on_items(items):
            pages.append(tuple(i.name for i in items))
            requests_at_page.append(len([r for r in emu.requests_log if "ProtectedItems" in r.path]))

        site = paged.read_site(ctx, on_items=on_items)
        assert [len(p) for p in pages] == [3, 3, 1]  # handed on page by page
        assert requests_at_page == [1, 2, 3]  # the first page before the next one was asked for
        assert [name for page in pages for name in page] == [i.name for i in site.items]
        assert len(emu.requests_log) == 6 + 2  # concurrency adds no request


def test_failback_policy_real_values_not_portal_defaults(emulator, adapter, ctx):
    """INF-02: read the policy the failback-direction mapping points to, with its own values."""
    emulator.put("policies", policy("policy-v2a-failback", "InMage", 30, 2880, 120))
    site = adapter.read_site(ctx)
    assert site.failback_policy is not None
    assert site.failback_policy.values == (30, 2880, 120)
    assert not site.failback_policy.is_portal_default
    # The review names the mapping the request goes through (PowerShell's -ProtectionContainerMapping).
    assert site.failback_policy.container_mapping == "failback-mapping"


def test_known_vcenters_in_one_request_for_the_vcenter_dialog(emulator, adapter):
    """The vCenter dialog offers what the vault discovered: one list call, nothing else read."""
    before = len(emulator.requests_log)
    (vc,) = adapter.known_vcenters()
    assert (vc.name, vc.ip_address) == ("vcenter01.contoso.local", "10.0.0.10")
    assert len(emulator.requests_log) == before + 1


def test_no_failback_mapping_means_no_policy(emulator, adapter, ctx):
    """INF-02 blocks when no mapping points back on-premises; the forward policy is never taken."""
    for arm_id in list(emulator._collections["mappings"]):
        if "failback" in arm_id:
            del emulator._collections["mappings"][arm_id]
    assert adapter.read_site(ctx).failback_policy is None


def test_read_item_is_fresh_and_reports_the_running_job(emulator, adapter):
    target = item_id("vm-app-02")
    running = f"{vault_id()}/replicationJobs/0d3f5a4e-1111-4222-8333-944455556666"
    emulator.update_item(
        target,
        lambda i: i["properties"].update(
            currentScenario={
                "scenarioName": "ReverseReplication",
                "jobId": running,
                "startTime": "2026-01-01T00:00:00Z",
            }
        ),
    )
    assert adapter.read_item(target).running_job_id == "0d3f5a4e-1111-4222-8333-944455556666"


def test_moved_azure_vm_is_reported(emulator, adapter):
    """ELIG-01: the failed-over VM sits outside the resource group ASR recovered it into."""
    target = item_id("vm-app-03")
    emulator.update_item(
        target,
        lambda i: i["properties"]["providerSpecificDetails"].update(
            targetVmId="/subscriptions/x/resourceGroups/rg-elsewhere/providers/Microsoft.Compute/virtualMachines/vm-app-03"
        ),
    )
    assert adapter.read_item(target).azure_vm_status.value == "moved_resource_group"


def test_linux_item_and_replication_group(emulator, adapter):
    target = item_id("vm-app-01")
    emulator.update_item(
        target,
        lambda i: i["properties"]["providerSpecificDetails"].update(
            osType="Linux", osName="Ubuntu 20.04 LTS", multiVmGroupName="app-tier", multiVmGroupId="g-1"
        ),
    )
    item = adapter.read_item(target)
    assert item.os_type is OsType.LINUX and item.replication_group == "app-tier"


def test_unmodified_reference_job_example_reads(emulator, adapter):
    """Microsoft's published ReplicationJobs_Get example, served byte for byte as its body."""
    example = load_example("2025-08-01_ReplicationJobs_Get.json")
    job_name = example["parameters"]["jobName"]
    emulator.serve_raw(
        "GET",
        f"{emulator.vault_path}/replicationJobs/{job_name}",
        json.dumps(example["responses"]["200"]["body"]).encode(),
    )
    job = adapter.read_job(job_name)
    assert job.job_id == "32ea4b9e-de62-49a1-b062-7864d5c3b897"  # the example's own name
    assert job.state is JobState.SUCCEEDED and job.state_description == "Completed"
    assert job.friendly_name == "Delete a recovery plan" and job.target_name == "RPtest1"
    (task,) = job.tasks
    assert task.friendly_name == "Delete a recovery plan task" and task.state is JobState.SUCCEEDED
    assert job.progress == 1.0


def test_unmodified_reference_item_example_reads(emulator, adapter):
    """The only InMageAzureV2 item among the examples (UpdateMobilityService): sparse details."""
    example = load_example("2025-08-01_ReplicationProtectedItems_UpdateMobilityService.json")
    body = example["responses"]["200"]["body"]
    path = body["id"].replace(
        "/Subscriptions/b364ed8d-4279-4bf8-8fd1-56f8fa0ae05c/resourceGroups/wcusValidations/"
        "providers/Microsoft.RecoveryServices/vaults/WCUSVault",
        emulator.vault_path,
    )
    emulator.serve_raw("GET", path, json.dumps(body).encode())
    item = adapter.read_item(path)
    assert item.name == "MMR-LIN-V2A-3" and item.provider == "InMageAzureV2"
    assert item.protection_state == "Protected" and item.active_location == "Primary"
    assert "ReverseReplicate" not in item.allowed_operations
    assert item.running_job_id is None and item.disks == ()


def test_unmodified_reference_fabric_list_has_no_configuration_server(emulator, adapter, ctx):
    """A Hyper-V fabric list (the example) yields no configuration server, and no crash."""
    example = load_example("2025-08-01_ReplicationFabrics_List.json")
    emulator.serve_raw(
        "GET", f"{emulator.vault_path}/replicationFabrics", json.dumps(example["responses"]["200"]["body"]).encode()
    )
    site = adapter.read_site(ctx)
    assert site.configuration_servers == () and site.master_targets == ()
    assert len(site.items) == 3


@pytest.mark.parametrize("bad", [{"lastHeartbeat": "not a date"}, {"diskCount": "many"}])
def test_wrongly_shaped_field_is_a_sentence(emulator, adapter, ctx, bad):
    fabric = emulator.get("fabrics", fabric_id())
    fabric["properties"]["customDetails"]["masterTargetServers"][0].update(bad)
    emulator.put("fabrics", fabric)
    with pytest.raises(AzureAnswerUnreadable) as err:
        adapter.read_site(ctx)
    assert "could not read" in err.value.summary and err.value.next_step


def test_cancel_between_reads(adapter, ctx, emulator):
    from reprotect_gui.domain.ports import JobCancelled

    ctx.cancel_after_reports = 2  # "reading the vault…", then the first page of items
    with pytest.raises(JobCancelled):
        adapter.read_site(ctx)
    # The five small lists run alongside the items; the cancel stops before another items page.
    assert len(emulator.requests_log) <= 6
    assert not [r for r in emulator.requests_log if "page=" in r.query]


class _ThreadPoints:
    """A JobContext recording on which thread each cooperative point was reached; cancels at the
    first point of a parallel read when asked to."""

    def __init__(self, cancel_on_parallel_read: bool = False) -> None:
        import threading

        self.threads: list[str] = []
        self._lock = threading.Lock()
        self._cancel = cancel_on_parallel_read

    def report(self, done: float, text: str) -> None:
        pass

    def raise_if_cancelled(self) -> None:
        import threading

        from reprotect_gui.domain.ports import JobCancelled

        name = threading.current_thread().name
        with self._lock:
            self.threads.append(name)
        if self._cancel and name.startswith("asr-read"):
            raise JobCancelled()


def test_the_parallel_reads_reach_cooperative_points_on_their_own_threads(adapter):
    """Issue 16: the five lists read alongside the items give the window its turn (and see a cancel)
    on their own threads, between chunks of LIST_CHUNK values."""
    from reprotect_gui.domain.ports import JobCancelled

    points = _ThreadPoints()
    adapter.read_site(points)
    assert len([t for t in points.threads if t.startswith("asr-read")]) >= 5  # every non-empty list
    cancelling = _ThreadPoints(cancel_on_parallel_read=True)
    with pytest.raises(JobCancelled):  # a cancel, not an Azure error
        adapter.read_site(cancelling)


@pytest.mark.parametrize(("values", "points"), [(0, 0), (1, 1), (25, 1), (26, 2), (50, 2), (51, 3)])
def test_a_parallel_read_has_a_cooperative_point_every_list_chunk_values(adapter, values, points):
    from reprotect_gui.asr.site_recovery import LIST_CHUNK

    assert LIST_CHUNK == 25
    counted = _ThreadPoints()
    assert adapter._list("read a list", lambda _client: iter(range(values)), counted) == list(range(values))
    assert len(counted.threads) == points


def test_tokens_are_asked_for_the_arm_scope(adapter, ctx, credential):
    adapter.read_site(ctx)
    assert credential.scopes[0] == ("https://management.azure.com/.default",)
    assert credential.calls == 1  # one token serves every request


@pytest.mark.parametrize(
    ("infrastructure_vm_id", "instance_uuid", "moref"),
    [
        ("5001a1b2-c3d4-e5f6-a7b8-c9d0e1f2a3b4", "5001a1b2-c3d4-e5f6-a7b8-c9d0e1f2a3b4", None),
        ("vm-1234", None, "vm-1234"),  # vCenter's managed object reference: looked up directly
        ("vm-12x4", None, None),  # neither
        ("", None, None),
    ],
)
def test_the_on_premises_identity_asr_holds(emulator, adapter, ctx, infrastructure_vm_id, instance_uuid, moref):
    item = emulator.get("items", item_id("vm-app-01"))
    item["properties"]["providerSpecificDetails"]["infrastructureVmId"] = infrastructure_vm_id
    emulator.put("items", item)
    locator = adapter.read_site(ctx).item(item_id("vm-app-01")).on_prem_vm
    assert (locator.instance_uuid, locator.moref) == (instance_uuid, moref)
    assert locator.ip_addresses == ("10.0.1.11",)
