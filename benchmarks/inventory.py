"""How long the wizard waits for vCenter: PyVmomiInventory vs per-object property reads.

vcsim (VMware's simulator, built by tests/integration/vsphere/vcsim_server.py) serves 5,000 VMs,
200 datastores and 50 hosts, with 2 ms added to every SOAP call (the model's DelayConfig) and
pages of 100 objects, standing for a real vCenter; every VM has a guest IP. The wizard needs,
for a 20-VM plan with 3 master targets: every host and datastore, and the 23 VMs found by the
identity ASR holds (the protected VMs' instance UUID, the master targets' name and IP) with
their details (devices, extraConfig, snapshot, tools). The same plan is then read from a
45,000-VM vCenter (vSphere's supported maximum; 900 VMs on each of the 50 hosts): the read must
not grow with the estate. (This machine holds it: vcsim needs ~1.4 GB and about a minute to build it.)

Baseline: the same facts through pyVmomi's per-object property access (`vm.config`, …), the
way a script written object by object reads them. `vm.snapshot` is left out of the baseline:
this vcsim crashes on per-property reads of unset properties (the adapter reads it through
the PropertyCollector, which works).

    python benchmarks/inventory.py            # full run (~4 min on 2 cores)
Last line: inventory_s=<5k seconds> speedup=<baseline / adapter> inventory_large_s=<45k seconds>
growth=<45k / 5k>. Targets: inventory_s <= 3 s, speedup >= 20x, inventory_large_s <= 3 s, growth <= 1.5.
Figures are noisy on a shared machine (2 cores, other work running).
"""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# benchmarks/select.py must not shadow the stdlib select (subprocess imports it)
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(ROOT))

HOSTS = 50
DATASTORES = 200
VMS_PER_HOST = 100
LARGE_VMS_PER_HOST = 900  # 45,000 VMs
DELAY_MS = 2
PAGE_CAP = 100
USER = "administrator@vsphere.local"
PASSWORD = "bench-only-password"


def load_vcsim_server():
    path = ROOT / "tests" / "integration" / "vsphere" / "vcsim_server.py"
    spec = importlib.util.spec_from_file_location("vcsim_server", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["vcsim_server"] = module  # dataclasses look their module up while decorating
    spec.loader.exec_module(module)
    return module


class QuietContext:
    def report(self, done: float, text: str) -> None:
        return None

    def raise_if_cancelled(self) -> None:
        return None


MT_NAMES = [f"DC0_H{h}_VM{v}" for h, v in [(0, 0), (17, 5), (33, 9)]]  # master targets
VM_NAMES = [f"DC0_H{(7 * i) % HOSTS}_VM{(13 * i) % VMS_PER_HOST}" for i in range(1, 21)]  # the plan


def connect_pyvmomi(server, thumbprint: str):
    from pyVmomi import SoapStubAdapter, vim

    from reprotect_gui.vsphere.tls import pinned_context

    stub = SoapStubAdapter(
        host=server.host, port=server.port, version="vim.version.version11", sslContext=pinned_context(thumbprint)
    )
    content = vim.ServiceInstance("ServiceInstance", stub).RetrieveContent()
    content.sessionManager.Login(USER, PASSWORD)
    return content


def plan_locators(server, thumbprint: str):
    """The plan as ASR names it: VMs by instance UUID (infrastructureVmId), name and IP; master
    targets by name and IP. Read from vcsim before timing (vcsim makes up the UUIDs and IPs)."""
    from reprotect_gui.domain.models import VmLocator

    content = connect_pyvmomi(server, thumbprint)
    locators = []
    for name in MT_NAMES + VM_NAMES:
        vm = content.searchIndex.FindByInventoryPath(f"DC0/vm/{name}")
        ip = vm.guest.ipAddress
        instance = vm.config.instanceUuid if name in VM_NAMES else None
        locators.append(VmLocator(name=name, instance_uuid=instance, ip_addresses=(ip,) if ip else ()))
    content.sessionManager.Logout()
    return locators


def time_adapter(server, thumbprint: str, locators) -> tuple[float, float, object]:
    from reprotect_gui.vsphere import PyVmomiInventory

    started = time.perf_counter()
    inventory = PyVmomiInventory.connect(server.host, USER, PASSWORD, port=server.port, pinned_thumbprint=thumbprint)
    connected = time.perf_counter()
    estate = inventory.read_estate(locators, QuietContext())
    done = time.perf_counter()
    inventory.close()
    return connected - started, done - connected, estate


def time_per_object(server, thumbprint: str, focus_names: set[str]) -> tuple[float, int]:
    """Every fact the adapter returns, read object by object through pyVmomi properties."""
    from pyVmomi import vim

    content = connect_pyvmomi(server, thumbprint)
    started = time.perf_counter()
    facts = 0

    def view(kind):
        container = content.viewManager.CreateContainerView(content.rootFolder, [kind], True)
        objects = list(container.view)
        container.Destroy()
        return objects

    for host in view(vim.HostSystem):
        facts += len((host.name, host.summary.config.product.fullName, host.runtime.connectionState, host.datastore))
    for ds in view(vim.Datastore):
        summary = ds.summary
        facts += len((ds.name, summary.type, summary.capacity, summary.freeSpace, summary.accessible, ds.host))
    for vm in view(vim.VirtualMachine):
        name = vm.name
        config = vm.config  # uuid, instanceUuid, template, guestId (and devices, extraConfig)
        guest = vm.guest  # ipAddress, guestFamily, tools
        runtime = vm.runtime  # powerState, host
        datastores = vm.datastore
        facts += len(
            (name, config.uuid, config.instanceUuid, config.template, guest.ipAddress, runtime.powerState, datastores)
        )
        if name in focus_names:
            facts += len(config.hardware.device) + len(config.extraConfig) + len(guest.toolsStatus or "")
    elapsed = time.perf_counter() - started
    content.sessionManager.Logout()
    return elapsed, facts


def read_plan(vcsim_server, vms_per_host: int, *, with_baseline: bool) -> tuple[float, float | None]:
    """Start vcsim with HOSTS x vms_per_host VMs; time the adapter (and the baseline if asked)."""
    from reprotect_gui.domain.matching import FOUND_BY_IP, FOUND_BY_UUID
    from reprotect_gui.vsphere.tls import fetch_certificate_thumbprint

    total = HOSTS * vms_per_host
    print(
        f"building/starting vcsim: {HOSTS} hosts, {DATASTORES} datastores, {total} VMs, "
        f"{DELAY_MS} ms per call, pages of {PAGE_CAP}",
        flush=True,
    )
    shape = {
        "users": [{"name": USER, "password": PASSWORD}],
        "filler": {"hosts": HOSTS, "datastores": DATASTORES, "vms_per_host": vms_per_host, "guest_ips": True},
    }
    built = time.perf_counter()
    server = vcsim_server.start_vcsim(shape, delay_ms=DELAY_MS, page_cap=PAGE_CAP, ready_timeout=1800)
    print(f"vcsim ready after {time.perf_counter() - built:.0f} s", flush=True)
    baseline_s = None
    try:
        # vcsim's own self-signed certificate, trusted on first use for this run
        thumbprint = fetch_certificate_thumbprint(server.host, server.port, timeout=10)
        locators = plan_locators(server, thumbprint)
        login_s, inventory_s, estate = time_adapter(server, thumbprint, locators)
        matched = [m.vm for m in estate.matches if m.vm is not None]
        detailed = sum(1 for vm in estate.vms if vm.details_read)
        how = sorted({m.found_by for m in estate.matches})
        print(
            f"adapter on {total} VMs: login {login_s:.2f} s, read_estate {inventory_s:.2f} s: "
            f"{len(estate.hosts)} hosts, {len(estate.datastores)} datastores, {len(estate.vms)} VMs read, "
            f"{len(matched)}/23 matched, {detailed} with details, found by {how}",
            flush=True,
        )
        if (
            len(matched) != 23
            or detailed != 23
            or not set(how) <= {FOUND_BY_UUID, FOUND_BY_IP}
            or [vm.name for vm in matched] != MT_NAMES + VM_NAMES
        ):
            raise SystemExit("the adapter did not find the plan directly: the figures would mean nothing")
        if with_baseline:
            baseline_s, facts = time_per_object(server, thumbprint, {vm.name for vm in matched})
            print(f"per-object property access: {baseline_s:.2f} s ({facts} values read)", flush=True)
    finally:
        server.stop()
    return inventory_s, baseline_s


def main() -> None:
    vcsim_server = load_vcsim_server()
    inventory_s, baseline_s = read_plan(vcsim_server, VMS_PER_HOST, with_baseline=True)
    large_s, _ = read_plan(vcsim_server, LARGE_VMS_PER_HOST, with_baseline=False)
    assert baseline_s is not None
    speedup = baseline_s / inventory_s
    growth = large_s / inventory_s
    print(
        f"targets: inventory <= 3 s ({'met' if inventory_s <= 3 else 'MISSED'}), "
        f"speedup >= 20x ({'met' if speedup >= 20 else 'MISSED'}), "
        f"inventory_large <= 3 s ({'met' if large_s <= 3 else 'MISSED'}), "
        f"growth <= 1.5 ({'met' if growth <= 1.5 else 'MISSED'})"
    )
    print(f"inventory_s={inventory_s:.3f} speedup={speedup:.1f} inventory_large_s={large_s:.3f} growth={growth:.2f}")


if __name__ == "__main__":
    main()
