"""A classic VMware-to-Azure estate in ASR's wire format, to seed the emulator.

Shapes follow the reference examples (ids under `/Subscriptions/...`, the idle
`currentScenario` sentinel, hashed fabric names with the server name as friendlyName) and,
where the examples have nothing for VMware, the SDK 2.0.0 models (reference README §6–8):
InMageAzureV2 item details, VMwareDetails with master targets, process servers and run-as
accounts, `capacity`/`freeSpace` as strings in GB, an InMage failback policy.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

SUBSCRIPTION = "6f1c2b9e-3d4a-4c8b-9e1f-2a3b4c5d6e7f"
RESOURCE_GROUP = "rg-dr"
VAULT = "vault-dr"
TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47"
CS_FABRIC = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90"
CS_CONTAINER = "cloud_4c6fa1e2-9d1b-4c7e-8a53-0f2b6d1e9a11"
AZURE_FABRIC = "Microsoft Azure"
AZURE_CONTAINER = "b2f4a7e1-5c3d-4e8f-9a0b-1c2d3e4f5a6b"
PROVIDER = "7d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6"
MT_WIN = "A37C7D0E-4C54-6A4B-8D4F1BEE1B4C2E11"
MT_LIN = "B28E1C3F-2D14-4B6A-9C2E3AFF2C5D3F22"
MT_CS = "C19F0B2A-1E23-4C5B-AE1D2BEE3D6E4A33"
PS_CS = MT_CS  # the configuration server's own process server
PS_AZURE = "D0AE9C1B-0F32-4D6C-BF0E1CDD4E7F5B44"
FAILBACK_POLICY = "policy-v2a-failback"
FORWARD_POLICY = "policy-v2a"


def iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def vault_id(subscription: str = SUBSCRIPTION) -> str:
    return (
        f"/Subscriptions/{subscription}/resourceGroups/{RESOURCE_GROUP}"
        f"/providers/Microsoft.RecoveryServices/vaults/{VAULT}"
    )


def fabric_id() -> str:
    return f"{vault_id()}/replicationFabrics/{CS_FABRIC}"


def container_id() -> str:
    return f"{fabric_id()}/replicationProtectionContainers/{CS_CONTAINER}"


def azure_container_id() -> str:
    return f"{vault_id()}/replicationFabrics/{AZURE_FABRIC}/replicationProtectionContainers/{AZURE_CONTAINER}"


def item_id(name: str) -> str:
    return f"{container_id()}/replicationProtectedItems/{name}"


def policy_id(name: str = FAILBACK_POLICY) -> str:
    return f"{vault_id()}/replicationPolicies/{name}"


def _datastore(name: str, kind: str, capacity_gb: int, free_gb: int) -> dict[str, Any]:
    return {
        "symbolicName": name,
        "uuid": str(uuid.uuid5(uuid.NAMESPACE_DNS, name)),
        "capacity": str(capacity_gb),
        "freeSpace": str(free_gb),
        "type": kind,
    }


def _master_target(
    server_id: str, name: str, ip: str, os_type: str, volume: str, now: dt.datetime, disk_count: int
) -> dict[str, Any]:
    return {
        "id": server_id,
        "name": name,
        "ipAddress": ip,
        "osType": os_type,
        "osVersion": "Windows Server 2019" if os_type == "Windows" else "Ubuntu 20.04",
        "agentVersion": "9.62.7172.1",
        "lastHeartbeat": iso(now - dt.timedelta(minutes=2)),
        "versionStatus": "Supported",
        "retentionVolumes": [
            {
                "volumeName": volume,
                "capacityInBytes": 536870912000,
                "freeSpaceInBytes": 429496729600,
                "thresholdPercentage": 80,
            },
        ],
        "dataStores": [
            _datastore("ds-vmfs-01", "VMFS", 4096, 2048),
            _datastore("ds-vsan-01", "vsan", 8192, 6000),
            _datastore("ds-nfs-01", "NFS", 2048, 1500),
        ],
        "validationErrors": [],
        "healthErrors": [],
        "diskCount": disk_count,
        "agentVersionDetails": {"version": "9.62.7172.1", "status": "Supported"},
    }


def _process_server(server_id: str, name: str, ip: str, now: dt.datetime) -> dict[str, Any]:
    return {
        "friendlyName": name,
        "id": server_id,
        "ipAddress": ip,
        "osType": "Windows",
        "osVersion": "Windows Server 2019",
        "agentVersion": "9.62.7172.1",
        "lastHeartbeat": iso(now - dt.timedelta(minutes=1)),
        "versionStatus": "Supported",
        "machineCount": "3",
        "replicationPairCount": "3",
        "systemLoad": "1",
        "systemLoadStatus": "Healthy",
        "health": "Normal",
        "healthErrors": [],
    }


def vmware_fabric(now: dt.datetime) -> dict[str, Any]:
    return {
        "id": fabric_id(),
        "name": CS_FABRIC,
        "type": "Microsoft.RecoveryServices/vaults/replicationFabrics",
        "location": "westeurope",
        "properties": {
            "friendlyName": "cs01.contoso.local",
            "encryptionDetails": {"kekState": "None"},
            "rolloverEncryptionDetails": {"kekState": "None"},
            "internalIdentifier": "4c6fa1e2-9d1b-4c7e-8a53-0f2b6d1e9a11",
            "bcdrState": "Valid",
            "health": "Normal",
            "healthErrorDetails": [],
            "customDetails": {
                "instanceType": "VMware",
                "hostName": "cs01.contoso.local",
                "ipAddress": "10.0.0.4",
                "agentVersion": "9.62.7172.1",
                "lastHeartbeat": iso(now - dt.timedelta(minutes=3)),
                "versionStatus": "Supported",
                "agentVersionDetails": {"version": "9.62.7172.1", "status": "Supported"},
                "processServerCount": "2",
                "agentCount": "3",
                "replicationPairCount": "3",
                "protectedServers": "3",
                "csServiceStatus": "Running",
                "totalSpaceInBytes": 1099511627776,
                "availableSpaceInBytes": 549755813888,
                "processServers": [
                    _process_server(PS_CS, "cs01.contoso.local", "10.0.0.4", now),
                    _process_server(PS_AZURE, "ps-azure-01", "10.1.0.5", now),
                ],
                "masterTargetServers": [
                    _master_target(MT_CS, "cs01.contoso.local", "10.0.0.4", "Windows", "R:", now, 4),
                    _master_target(MT_WIN, "mt-win-01", "10.0.0.21", "Windows", "R:", now, 12),
                    _master_target(MT_LIN, "mt-lin-01", "10.0.0.22", "Linux", "/mnt/retention", now, 3),
                ],
                "runAsAccounts": [
                    {"accountId": "1", "accountName": "vcenter-discovery"},
                    {"accountId": "2", "accountName": "windows-push"},
                ],
            },
        },
    }


def azure_fabric() -> dict[str, Any]:
    return {
        "id": f"{vault_id()}/replicationFabrics/{AZURE_FABRIC}",
        "name": AZURE_FABRIC,
        "type": "Microsoft.RecoveryServices/vaults/replicationFabrics",
        "location": "westeurope",
        "properties": {
            "friendlyName": AZURE_FABRIC,
            "encryptionDetails": {"kekState": "None"},
            "bcdrState": "Valid",
            "health": "Normal",
            "healthErrorDetails": [],
            "customDetails": {"instanceType": "Azure", "location": "westeurope", "containerIds": [AZURE_CONTAINER]},
        },
    }


def policy(name: str, instance_type: str, rpo: int, history: int, app: int) -> dict[str, Any]:
    details: dict[str, Any] = {
        "instanceType": instance_type,
        "recoveryPointThresholdInMinutes": rpo,
        "recoveryPointHistory": history,
        "appConsistentFrequencyInMinutes": app,
        "multiVmSyncStatus": "Enable",
    }
    if instance_type == "InMageAzureV2":
        details["crashConsistentFrequencyInMinutes"] = 5
    return {
        "id": policy_id(name),
        "name": name,
        "type": "Microsoft.RecoveryServices/vaults/replicationPolicies",
        "properties": {"friendlyName": name, "providerSpecificDetails": details},
    }


def mapping(name: str, source_container: str, target_container: str, policy_name: str) -> dict[str, Any]:
    return {
        "id": f"{source_container}/replicationProtectionContainerMappings/{name}",
        "name": name,
        "type": "Microsoft.RecoveryServices/vaults/replicationFabrics/replicationProtectionContainers/"
        "replicationProtectionContainerMappings",
        "properties": {
            "policyId": policy_id(policy_name),
            "policyFriendlyName": policy_name,
            "targetProtectionContainerId": target_container,
            "targetProtectionContainerFriendlyName": target_container.rsplit("/", 1)[-1],
            "sourceFabricFriendlyName": "cs01.contoso.local",
            "targetFabricFriendlyName": AZURE_FABRIC,
            "state": "Paired",
            "health": "Normal",
            "healthErrorDetails": [],
        },
    }


def protected_item(
    name: str, index: int, now: dt.datetime, *, os_type: str = "Windows", disks: int = 2, group: str = ""
) -> dict[str, Any]:
    disk_list = [
        {
            "diskId": f"6000C29{index:03d}-{d:04d}-0000-0000-00000000000{d}",
            "diskName": f"[ds-vmfs-01] {name}/{name}{'' if d == 0 else f'_{d}'}.vmdk",
            "protectionStage": "Protected",
            "diskCapacityInBytes": (64 if d == 0 else 128) * 1024**3,
            "resyncRequired": False,
        }
        for d in range(disks)
    ]
    return {
        "id": item_id(name),
        "name": name,
        "type": "Microsoft.RecoveryServices/vaults/replicationFabrics/replicationProtectionContainers/"
        "replicationProtectedItems",
        "properties": {
            "friendlyName": name,
            "protectedItemType": "ProtectionEntity",
            "protectableItemId": f"{container_id()}/replicationProtectableItems/{name}",
            "recoveryServicesProviderId": f"{fabric_id()}/replicationRecoveryServicesProviders/{PROVIDER}",
            "primaryFabricFriendlyName": "cs01.contoso.local",
            "primaryFabricProvider": "VMware",
            "recoveryFabricFriendlyName": AZURE_FABRIC,
            "recoveryFabricId": f"{vault_id()}/replicationFabrics/{AZURE_FABRIC}",
            "primaryProtectionContainerFriendlyName": "cs01.contoso.local",
            "recoveryProtectionContainerFriendlyName": AZURE_FABRIC,
            "protectionState": "FailedOver",
            "protectionStateDescription": "Failover completed",
            "activeLocation": "Recovery",
            "testFailoverState": "None",
            "testFailoverStateDescription": "None",
            "allowedOperations": ["ReverseReplicate", "Commit", "DisableProtection", "ChangePit"],
            "replicationHealth": "Normal",
            "failoverHealth": "Normal",
            "healthErrors": [],
            "policyId": policy_id(FORWARD_POLICY),
            "policyFriendlyName": FORWARD_POLICY,
            "lastSuccessfulFailoverTime": iso(now - dt.timedelta(hours=2)),
            "currentScenario": {
                "scenarioName": "None",
                "jobId": f"{vault_id()}/replicationJobs/None",
                "startTime": "1753-01-01T01:01:01Z",
            },
            "recoveryContainerId": azure_container_id(),
            "providerSpecificDetails": {
                "instanceType": "InMageAzureV2",
                "infrastructureVmId": f"50{index:02d}a1b2-c3d4-e5f6-a7b8-c9d0e1f2a3b4",
                "vCenterInfrastructureId": "vcenter01-infra",
                "protectionStage": "Protected",
                "vmId": f"7e1a{index:04d}-2b3c-4d5e-8f90-123456789abc",
                "vmProtectionState": "FailedOver",
                "ipAddress": f"10.0.1.{10 + index}",
                "agentVersion": "9.62.7172.1",
                "lastHeartbeat": iso(now - dt.timedelta(minutes=4)),
                "processServerId": PS_CS,
                "processServerName": "cs01.contoso.local",
                "multiVmGroupId": group,
                "multiVmGroupName": group,
                "multiVmSyncStatus": "Enabled" if group else "Disabled",
                "protectedDisks": disk_list,
                "masterTargetId": MT_CS,
                "osType": os_type,
                "osName": "Microsoft Windows Server 2019 Datacenter" if os_type == "Windows" else "Ubuntu 20.04 LTS",
                "osVersion": "10.0" if os_type == "Windows" else "20.04",
                "osDiskId": disk_list[0]["diskId"],
                "discoveryType": "VMware",
                "datastores": ["ds-vmfs-01"],
                "recoveryAzureVMName": name,
                "recoveryAzureResourceGroupId": f"/subscriptions/{SUBSCRIPTION}/resourceGroups/rg-recovered",
                "targetVmId": f"/subscriptions/{SUBSCRIPTION}/resourceGroups/rg-recovered/providers/"
                f"Microsoft.Compute/virtualMachines/{name}",
                "vmNics": [],
                "validationErrors": [],
            },
        },
    }


def recovery_plan(name: str, item_ids: list[str]) -> dict[str, Any]:
    return {
        "id": f"{vault_id()}/replicationRecoveryPlans/{name}",
        "name": name,
        "type": "Microsoft.RecoveryServices/vaults/replicationRecoveryPlans",
        "properties": {
            "friendlyName": name,
            "primaryFabricId": fabric_id(),
            "primaryFabricFriendlyName": "cs01.contoso.local",
            "recoveryFabricId": f"{vault_id()}/replicationFabrics/{AZURE_FABRIC}",
            "recoveryFabricFriendlyName": AZURE_FABRIC,
            "failoverDeploymentModel": "ResourceManager",
            "replicationProviders": ["InMageAzureV2"],
            "allowedOperations": ["PlannedFailover", "UnplannedFailover", "TestFailover"],
            "groups": [
                {
                    "groupType": "Shutdown",
                    "replicationProtectedItems": [],
                    "startGroupActions": [],
                    "endGroupActions": [],
                },
                {
                    "groupType": "Failover",
                    "replicationProtectedItems": [],
                    "startGroupActions": [],
                    "endGroupActions": [],
                },
                {
                    "groupType": "Boot",
                    "replicationProtectedItems": [
                        {"id": i, "virtualMachineId": i.rsplit("/", 1)[-1]} for i in item_ids
                    ],
                    "startGroupActions": [],
                    "endGroupActions": [],
                },
            ],
        },
    }


def classic_estate(
    vm_count: int = 1,
    *,
    failback_values: tuple[int, int, int] = (15, 1440, 60),
    now: dt.datetime | None = None,
    group: str = "",
) -> dict[str, Any]:
    """One configuration server, three MTs, two PSs, `vm_count` failed-over VMs in one plan."""
    now = now or dt.datetime.now(dt.UTC)
    items = [protected_item(f"vm-app-{i + 1:02d}", i + 1, now, group=group) for i in range(vm_count)]
    return {
        "subscription_id": SUBSCRIPTION,
        "resource_group": RESOURCE_GROUP,
        "vault": VAULT,
        "fabrics": [vmware_fabric(now), azure_fabric()],
        "items": items,
        "plans": [recovery_plan("rp-app", [i["id"] for i in items])],
        "policies": [
            policy(FORWARD_POLICY, "InMageAzureV2", 60, 4320, 240),
            policy(FAILBACK_POLICY, "InMage", *failback_values),
        ],
        "mappings": [
            mapping("forward-mapping", container_id(), azure_container_id(), FORWARD_POLICY),
            mapping("failback-mapping", azure_container_id(), container_id(), FAILBACK_POLICY),
        ],
        "vcenters": [
            {
                "id": f"{fabric_id()}/replicationvCenters/vcenter01",
                "name": "vcenter01",
                "type": "Microsoft.RecoveryServices/vaults/replicationFabrics/replicationvCenters",
                "properties": {
                    "friendlyName": "vcenter01.contoso.local",
                    "internalId": "vcenter01-infra",
                    "infrastructureId": "vcenter01-infra",
                    "lastHeartbeat": iso(now - dt.timedelta(minutes=5)),
                    "discoveryStatus": "Connected",
                    "processServerId": PS_CS,
                    "ipAddress": "10.0.0.10",
                    "port": "443",
                    "runAsAccountId": "1",
                    "fabricArmResourceName": CS_FABRIC,
                    "healthErrors": [],
                },
            }
        ],
        "providers": [
            {
                "id": f"{fabric_id()}/replicationRecoveryServicesProviders/{PROVIDER}",
                "name": PROVIDER,
                "type": "Microsoft.RecoveryServices/vaults/replicationFabrics/replicationRecoveryServicesProviders",
                "properties": {
                    "fabricType": "VMware",
                    "friendlyName": "cs01.contoso.local",
                    "providerVersion": "5.1.8095.0",
                    "serverVersion": "9.62.7172.1",
                    "providerVersionState": "Latest",
                    "fabricFriendlyName": "cs01.contoso.local",
                    "lastHeartBeat": iso(now - dt.timedelta(hours=1)),
                    "connectionStatus": "Connected",
                    "protectedItemCount": vm_count,
                    "allowedScenarios": ["Refresh"],
                },
            }
        ],
        "subscriptions": [
            {
                "id": f"/subscriptions/{SUBSCRIPTION}",
                "subscriptionId": SUBSCRIPTION,
                "tenantId": TENANT,
                "displayName": "Contoso DR",
                "state": "Enabled",
            }
        ],
        "vaults": [
            {
                "id": vault_id(),
                "name": VAULT,
                "type": "Microsoft.RecoveryServices/vaults",
                "location": "westeurope",
                "sku": {"name": "Standard"},
                "properties": {"provisioningState": "Succeeded"},
            },
            {
                "id": f"/subscriptions/{SUBSCRIPTION}/resourceGroups/rg-backup/providers/"
                "Microsoft.RecoveryServices/vaults/vault-backup",
                "name": "vault-backup",
                "type": "Microsoft.RecoveryServices/vaults",
                "location": "northeurope",
                "sku": {"name": "Standard"},
                "properties": {"provisioningState": "Succeeded"},
            },
        ],
    }


# --- the modernized experience (InMageRcm / InMageRcmFailback), reference README §2, §7, §8 -------

RCM_FABRIC = "rcm-fabric-7b4c1e9a"
RCM_CONTAINER = "cloud_7b4c1e9a-3f2d-4e6b-9a1c-5d8e7f6a4b33"
RA_HEALTHY = "f3c1a2b4-5d6e-4f70-8a91-b2c3d4e5f601"  # reprotect agent of appliance-tokyo-01
RA_UNHEALTHY = "0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c02"  # reprotect agent of appliance-tokyo-02
RCM_VCENTER_ID = "a5f1c0de-1111-4222-8333-944455566677"
RCM_VCENTER_NAME = "vc-tokyo-01.contoso.local"
RCM_FAILBACK_POLICY = "policy-rcm-failback"
RCM_FORWARD_POLICY = "policy-rcm"
LOG_ACCOUNT = (
    f"/subscriptions/{SUBSCRIPTION}/resourceGroups/{RESOURCE_GROUP}/providers/Microsoft.Storage/"
    "storageAccounts/stasrlogtokyo01"
)
OTHER_LOG_ACCOUNT = (
    f"/subscriptions/{SUBSCRIPTION}/resourceGroups/{RESOURCE_GROUP}/providers/Microsoft.Storage/"
    "storageAccounts/stasrlogtokyo02"
)


def rcm_fabric_id() -> str:
    return f"{vault_id()}/replicationFabrics/{RCM_FABRIC}"


def rcm_container_id() -> str:
    return f"{rcm_fabric_id()}/replicationProtectionContainers/{RCM_CONTAINER}"


def rcm_item_id(name: str) -> str:
    return f"{rcm_container_id()}/replicationProtectedItems/{name}"


def _reprotect_agent(
    agent_id: str, name: str, health: str, heartbeat: dt.datetime, datastores: list[str]
) -> dict[str, Any]:
    """ReprotectAgentDetails [model]: the appliance's reprotect agent."""
    return {
        "id": agent_id,
        "name": name,
        "biosId": f"4211{agent_id[:4]}-0000-4000-8000-0000000000aa",
        "fabricObjectId": f"{name}-fabric-object",
        "fqdn": f"{name}.contoso.local",
        "version": "9.62.7172.1",
        "lastHeartbeatUtc": iso(heartbeat),
        "health": health,
        "healthErrors": []
        if health == "Normal"
        else [
            {
                "errorCode": "78175",
                "summaryMessage": "The replication appliance's services are not running",
                "errorLevel": "Error",
                "customerResolvability": "Allowed",
            }
        ],
        "protectedItemCount": 1,
        "accessibleDatastores": datastores,
        "vcenterId": RCM_VCENTER_ID,
        "lastDiscoveryInUtc": iso(heartbeat),
    }


def rcm_fabric(now: dt.datetime) -> dict[str, Any]:
    """An InMageRcm fabric: its appliances' process servers and reprotect agents (README §7)."""
    return {
        "id": rcm_fabric_id(),
        "name": RCM_FABRIC,
        "type": "Microsoft.RecoveryServices/vaults/replicationFabrics",
        "location": "japaneast",
        "properties": {
            "friendlyName": "tokyo-vmware-site",
            "encryptionDetails": {"kekState": "None"},
            "bcdrState": "Valid",
            "health": "Normal",
            "healthErrorDetails": [],
            "customDetails": {
                "instanceType": "InMageRcm",
                "vmwareSiteId": f"/subscriptions/{SUBSCRIPTION}/resourceGroups/{RESOURCE_GROUP}/providers/"
                "Microsoft.OffAzure/VMwareSites/tokyo-site",
                "serviceEndpoint": "https://rcm.japaneast.hypervrecoverymanager.windowsazure.com",
                "processServers": [
                    {
                        "id": "ps-" + RA_HEALTHY,
                        "name": "appliance-tokyo-01",
                        "fqdn": "appliance-tokyo-01.contoso.local",
                        "ipAddresses": ["10.10.1.50"],
                        "version": "9.62.7172.1",
                        "lastHeartbeatUtc": iso(now - dt.timedelta(minutes=1)),
                        "health": "Normal",
                        "healthErrors": [],
                        "protectedItemCount": 1,
                    },
                ],
                "reprotectAgents": [
                    _reprotect_agent(
                        RA_HEALTHY,
                        "appliance-tokyo-01",
                        "Normal",
                        now - dt.timedelta(minutes=1),
                        ["ds-vmfs-gold-01", "ds-vmfs-gold-02", "vsanDatastore"],
                    ),
                    _reprotect_agent(
                        RA_UNHEALTHY, "appliance-tokyo-02", "Critical", now - dt.timedelta(hours=3), ["ds-vmfs-esx03"]
                    ),
                ],
                "replicationAgents": [],
                "rcmProxies": [],
                "pushInstallers": [],
                "marsAgents": [],
                "dras": [],
                "agentDetails": [],
            },
        },
    }


def rcm_item(
    name: str,
    index: int,
    now: dt.datetime,
    *,
    deleted: bool = False,
    datastores: tuple[str, ...] = ("ds-vmfs-gold-01",),
    disks: int = 1,
) -> dict[str, Any]:
    """A failed-over InMageRcm item (modernized, VMware → Azure) [model]."""
    disk_list = [
        {
            "diskId": f"6000C29c-{index:04d}-{d:04d}-0000-000000000000",
            "diskName": f"{name}_disk{d}",
            "isOSDisk": "true" if d == 0 else "false",
            "capacityInBytes": (64 if d == 0 else 128) * 1024**3,
            "logStorageAccountId": LOG_ACCOUNT,
            "diskType": "Standard_LRS",
            "isInitialReplicationComplete": "true",
        }
        for d in range(disks)
    ]
    base = protected_item(name, 100 + index, now, os_type="Linux")
    props = base["properties"]
    base["id"] = rcm_item_id(name)
    props.update(
        {
            "protectableItemId": f"{rcm_container_id()}/replicationProtectableItems/{name}",
            "primaryFabricFriendlyName": "tokyo-vmware-site",
            "primaryFabricProvider": "InMageRcmFabric",
            "primaryProtectionContainerFriendlyName": "tokyo-vmware-site",
            "policyId": policy_id(RCM_FORWARD_POLICY),
            "policyFriendlyName": RCM_FORWARD_POLICY,
        }
    )
    props.pop("recoveryServicesProviderId")
    props["providerSpecificDetails"] = {
        "instanceType": "InMageRcm",
        "internalIdentifier": f"7e1b{index:04d}-2b3c-4d5e-8f90-123456789abc",
        "fabricDiscoveryMachineId": f"vm-{2000 + index}",
        "discoveryType": "VMware",
        "processServerId": "ps-" + RA_HEALTHY,
        "processServerName": "appliance-tokyo-01",
        "osType": "Linux",
        "osName": "Ubuntu 22.04 LTS",
        "primaryNicIpAddress": f"10.10.5.{10 + index}",
        "targetVmName": name,
        "isAgentRegistrationSuccessfulAfterFailover": True,
        "protectedDisks": disk_list,
        "discoveredVmDetails": {
            "vCenterId": RCM_VCENTER_ID,
            "vCenterFqdn": RCM_VCENTER_NAME,
            "datastores": list(datastores),
            "ipAddresses": [f"10.10.5.{10 + index}"],
            "vmwareToolsStatus": "NotRunning",
            "powerStatus": "OFF",
            "vmFqdn": f"{name}.contoso.local",
            "osName": "Ubuntu 22.04 LTS",
            "isDeleted": deleted,
            "lastDiscoveryTimeInUtc": iso(now - dt.timedelta(minutes=30)),
        },
    }
    return base


def rcm_failback_item(
    name: str, index: int, now: dt.datetime, *, agent: str = RA_HEALTHY, disks: int = 3
) -> dict[str, Any]:
    """An item already reprotected through an appliance (InMageRcmFailback): its disks count on it (RCM-04)."""
    base = rcm_item(name, index, now, disks=disks)
    props = base["properties"]
    props.update(
        protectionState="Protected",
        protectionStateDescription="Protected",
        activeLocation="Recovery",
        allowedOperations=["PlannedFailover", "DisableProtection"],
        policyId=policy_id(RCM_FAILBACK_POLICY),
    )
    forward = props["providerSpecificDetails"]
    props["providerSpecificDetails"] = {
        "instanceType": "InMageRcmFailback",
        "internalIdentifier": forward["internalIdentifier"],
        "reprotectAgentId": agent,
        "reprotectAgentName": "appliance-tokyo-01",
        "osType": "Linux",
        "logStorageAccountId": OTHER_LOG_ACCOUNT,
        "targetvCenterId": RCM_VCENTER_ID,
        "targetDataStoreName": "ds-vmfs-gold-02",
        "targetVmName": name,
        "protectedDisks": [
            {
                "diskId": d["diskId"],
                "diskName": d["diskName"],
                "isOSDisk": d["isOSDisk"],
                "capacityInBytes": d["capacityInBytes"],
            }
            for d in forward["protectedDisks"]
        ],
    }
    return base


def rcm_policy(name: str, instance_type: str) -> dict[str, Any]:
    details: dict[str, Any] = {
        "instanceType": instance_type,
        "appConsistentFrequencyInMinutes": 60,
        "crashConsistentFrequencyInMinutes": 5,
    }
    if instance_type == "InMageRcm":
        details.update(recoveryPointHistoryInMinutes=4320, enableMultiVmSync="False")
    return {
        "id": policy_id(name),
        "name": name,
        "type": "Microsoft.RecoveryServices/vaults/replicationPolicies",
        "properties": {"friendlyName": name, "providerSpecificDetails": details},
    }


def add_modernized(state: dict[str, Any], now: dt.datetime | None = None) -> dict[str, Any]:
    """Add the modernized side to an estate: an InMageRcm fabric with two appliances (one Critical),
    intranet-01 (VM still on-premises), wiki-01 (VM deleted), and portal-01 already reprotected."""
    now = now or dt.datetime.now(dt.UTC)
    state["fabrics"].append(rcm_fabric(now))
    state["items"] += [
        rcm_item("intranet-01", 1, now),
        rcm_item("wiki-01", 2, now, deleted=True, datastores=("ds-vmfs-gold-02",), disks=2),
        rcm_failback_item("portal-01", 3, now),
    ]
    state["policies"] += [
        rcm_policy(RCM_FORWARD_POLICY, "InMageRcm"),
        rcm_policy(RCM_FAILBACK_POLICY, "InMageRcmFailback"),
    ]
    state["mappings"] += [
        mapping("rcm-forward-mapping", rcm_container_id(), azure_container_id(), RCM_FORWARD_POLICY),
        mapping("rcm-failback-mapping", azure_container_id(), rcm_container_id(), RCM_FAILBACK_POLICY),
    ]
    state["vcenters"].append(
        {
            "id": f"{rcm_fabric_id()}/replicationvCenters/vcenter-rcm",
            "name": "vcenter-rcm",
            "type": "Microsoft.RecoveryServices/vaults/replicationFabrics/replicationvCenters",
            "properties": {
                "friendlyName": RCM_VCENTER_NAME,
                "internalId": RCM_VCENTER_ID,
                "infrastructureId": RCM_VCENTER_ID,
                "lastHeartbeat": iso(now - dt.timedelta(minutes=2)),
                "discoveryStatus": "Connected",
                "ipAddress": "10.10.1.20",
                "port": "443",
                "fabricArmResourceName": RCM_FABRIC,
                "healthErrors": [],
            },
        }
    )
    return state


def mixed_estate(vm_count: int = 1) -> dict[str, Any]:
    """A vault in mid-migration: the classic estate plus the modernized side."""
    return add_modernized(classic_estate(vm_count=vm_count))
