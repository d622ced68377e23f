"""The vCenter the integration tests talk to: the training estate's vCenter, plus what it lacks.

The training estate (reprotect_gui/training/estate.json) already carries VMFS, vSAN, NFS and
NFS 4.1 datastores, LSI Logic (parallel and SAS) and paravirtual controllers, EnableUUID on and
off, snapshots, tools not running and a free-edition host. Added here: a VM sharing a disk UUID
with a master target (MT-03), a VM without EnableUUID at all, a template, two VMs with one IP
(ambiguous match), two VMs with one BIOS UUID (a clash direct lookups must still see), a Storage DRS cluster, an inaccessible datastore, a disconnected host, and a
read-only account that may not read some objects.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import reprotect_gui

TRAINING_ESTATE = Path(reprotect_gui.__file__).parent / "training" / "estate.json"

ADMIN_USER = "administrator@vsphere.local"
ADMIN_PASSWORD = "Adm1n-Pa55!vcsim"
LIMITED_USER = "readonly@vsphere.local"
LIMITED_PASSWORD = "Re4d-0nly!vcsim"

HIDDEN_VM = "hr-payroll-01"
HIDDEN_DATASTORE = "ds-vmfs-lab"
COLLIDING_VM = "legacy-app-01"  # built from the Linux MT's template: same disk UUID (MT-03)
TEMPLATE_VM = "tmpl-win2019"
SAME_IP_VMS = ("old-web-01", "old-web-02")
# Two VMs cloned without a new BIOS UUID, and a template with it too (MT-03 names both; templates never match).
SAME_BIOS_VMS = ("clone-a-01", "clone-a-02")
SAME_BIOS_TEMPLATE = "tmpl-clone-a"
DUP_BIOS_UUID = "4211abcd-0000-4000-8000-000000000501"
SAME_BIOS_UUID_VMS = ("clone-app-01", "clone-app-02")  # a VM copied with its BIOS UUID (MT-03 clash)
SHARED_BIOS_UUID = "4211beef-0000-4000-8000-000000000777"
SHARED_IP = "10.10.9.9"
SDRS_POD = "pod-gold"
SDRS_DATASTORE = "ds-vmfs-gold-02"
SDRS_EXCLUDED_VM = "web-02"
STALE_DATASTORE = "ds-vmfs-stale"
DISCONNECTED_HOST = "esx-04.contoso.local"

WRITE_PRIVILEGES = [
    "Datastore.AllocateSpace",
    "Datastore.FileManagement",
    "Datastore.DeleteFile",
    "Datastore.UpdateVirtualMachineFiles",
]
NO_BROWSE_DATASTORE = "nfs-templates"

GUEST_IDS = {"windowsGuest": "windows9Server64Guest", "linuxGuest": "rhel8_64Guest"}
EDITION_KEYS = {
    "vSphere 7 Enterprise Plus": "esx.enterprisePlus.cpuPackage",
    "vSphere 7 Standard": "esx.standard.cpuPackage",
    "vSphere 6 Hypervisor": "esxBasic",
}


def training_vcenter() -> dict[str, Any]:
    return json.loads(TRAINING_ESTATE.read_text())["vcenter"]


def instance_uuid(vm_name: str) -> str:
    """A stable instance UUID per VM name, so tests can match by it."""
    return str(uuid.uuid5(uuid.NAMESPACE_DNS, f"{vm_name}.instance.reprotect-gui.test"))


def _host(host: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": host["name"],
        "product": host["product"],
        "version": host["product"].rsplit(" ", 1)[-1],
        "license_name": host["license"],
        "license_edition_key": EDITION_KEYS.get(host["license"], "esx.custom"),
        "connection_state": host.get("state", "connected"),
        "memory_mb": host.get("memory_mb", 0),  # FB-09
        "free_memory_mb": host.get("free_memory_mb", 0),
    }


def _datastore(ds: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": ds["name"],
        "type": ds["type"],
        "capacity_gb": ds["capacity_gb"],
        "free_gb": ds["free_gb"],
        "accessible": ds.get("accessible", True),
        "hosts": ds["hosts"],
    }


def _vm(vm: dict[str, Any]) -> dict[str, Any]:
    tools = vm.get("tools", "toolsOk")
    controllers = vm.get("controllers") or ["lsilogic"]
    disks = [
        {"size_gb": d["size_gb"], "uuid": d["uuid"], "datastore": d.get("datastore", "")} for d in vm.get("disks", [])
    ]
    enable_uuid = vm.get("enable_uuid")
    return {
        "name": vm["name"],
        "host": vm["host"],
        "datastore": vm["datastores"][0],
        "guest_id": vm.get("guest_id") or GUEST_IDS.get(vm.get("guest", ""), "otherGuest"),
        "bios_uuid": vm.get("bios_uuid", ""),
        "instance_uuid": vm.get("instance_uuid") or instance_uuid(vm["name"]),
        "power_state": vm.get("power", "poweredOff"),
        "template": vm.get("template", False),
        "ip": vm.get("ip", ""),
        "tools_status": tools,
        "tools_running_status": "guestToolsRunning" if tools in ("toolsOk", "toolsOld") else "guestToolsNotRunning",
        "enable_uuid": "" if enable_uuid is None else ("TRUE" if enable_uuid else "FALSE"),
        "snapshot": vm.get("snapshot", False) or bool(vm.get("snapshots")),
        "snapshots": vm.get("snapshots", []),
        "controllers": [{"type": controllers[0], "disks": disks}]
        + [{"type": extra, "disks": []} for extra in controllers[1:]],
        "memory_mb": vm.get("memory_mb", 0),  # FB-09
    }


def _extra_vms(vc: dict[str, Any]) -> list[dict[str, Any]]:
    mt_linux = next(vm for vm in vc["vms"] if vm["name"] == "mt-lnx-01")
    linux = {
        "guest": "linuxGuest",
        "power": "poweredOff",
        "host": "esx-02.contoso.local",
        "datastores": ["ds-vmfs-gold-01"],
        "controllers": ["lsilogic"],
        "tools": "toolsNotInstalled",
    }
    return [
        {
            **linux,
            "name": COLLIDING_VM,
            "bios_uuid": "4211dead-0000-4000-8000-000000000401",
            "disks": [{"size_gb": 60, "uuid": mt_linux["disks"][0]["uuid"], "datastore": "ds-vmfs-gold-01"}],
        },
        {
            "name": TEMPLATE_VM,
            "guest": "windowsGuest",
            "host": "esx-01.contoso.local",
            "datastores": ["ds-vmfs-gold-01"],
            "controllers": ["lsilogic-sas"],
            "enable_uuid": True,
            "template": True,
            "tools": "toolsNotRunning",
            "disks": [{"size_gb": 40, "uuid": "6000C29f-tmpl-0001", "datastore": "ds-vmfs-gold-01"}],
        },
        *(
            {**linux, "name": name, "ip": SHARED_IP, "power": "poweredOn", "tools": "toolsOk", "disks": []}
            for name in SAME_IP_VMS
        ),
        {**linux, "name": HIDDEN_VM, "disks": []},
        *({**linux, "name": name, "bios_uuid": DUP_BIOS_UUID, "disks": []} for name in SAME_BIOS_VMS),
        {**linux, "name": SAME_BIOS_TEMPLATE, "bios_uuid": DUP_BIOS_UUID, "template": True, "disks": []},
        *({**linux, "name": name, "bios_uuid": SHARED_BIOS_UUID, "disks": []} for name in SAME_BIOS_UUID_VMS),
    ]


def lab_shape() -> dict[str, Any]:
    vc = training_vcenter()
    hosts = [_host(h) for h in vc["hosts"]]
    hosts.append(
        {
            "name": DISCONNECTED_HOST,
            "product": "VMware ESXi 7.0.3",
            "version": "7.0.3",
            "license_name": "vSphere 7 Enterprise Plus",
            "license_edition_key": EDITION_KEYS["vSphere 7 Enterprise Plus"],
            "connection_state": "disconnected",
        }
    )
    datastores = [_datastore(d) for d in vc["datastores"]]
    datastores.append(
        {
            "name": STALE_DATASTORE,
            "type": "VMFS",
            "capacity_gb": 500,
            "free_gb": 0,
            "accessible": False,
            "hosts": ["esx-03.contoso.local", DISCONNECTED_HOST],
        }
    )
    return {
        "users": [
            {"name": ADMIN_USER, "password": ADMIN_PASSWORD},
            {
                "name": LIMITED_USER,
                "password": LIMITED_PASSWORD,
                "hidden": [HIDDEN_VM, HIDDEN_DATASTORE],
                "denied": {
                    "*": [*WRITE_PRIVILEGES, "Host.Config.Storage"],
                    NO_BROWSE_DATASTORE: ["Datastore.Browse"],
                },
            },
        ],
        "hosts": hosts,
        "datastores": datastores,
        "pods": [
            {
                "name": SDRS_POD,
                "sdrs_enabled": True,
                "datastores": [SDRS_DATASTORE],
                "excluded_vms": [SDRS_EXCLUDED_VM],
            }
        ],
        "vms": [_vm(vm) for vm in vc["vms"] + _extra_vms(vc)],
        "filler": {},
    }
