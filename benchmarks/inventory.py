"""How long the wizard waits for vCenter: PyVmomiInventory vs per-object property reads.

vcsim (VMware's simulator, built by tests/integration/vsphere/vcsim_server.py) serves 5,000 VMs,
200 datastores and 50 hosts, with 2 ms added to every SOAP call (the model's DelayConfig) and
pages of 100 objects, standing for a real vCenter. The wizard needs, for a 20-VM plan with 3
master targets: every host and datastore, a light index of every VM (to find the 23 VMs by
UUID, name or IP), and the details (devices, extraConfig, snapshot, tools) of those 23.

Baseline: the same facts through pyVmomi's per-object property access (`vm.config`, …), the
way a script written object by object reads them. `vm.snapshot` is left out of the baseline:
this vcsim crashes on per-property reads of unset properties (the adapter reads it through
the PropertyCollector, which works).

    python benchmarks/inventory.py            # full run
Last line: inventory_s=<seconds> speedup=<baseline / adapter>. Targets: <= 3 s, >= 20x.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HOSTS = 50
DATASTORES = 200
VMS_PER_HOST = 100
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


def plan_locators():
    """3 master targets and 20 VMs, spread over the hosts; VMs found by name as ASR names them."""
    from reprotect_gui.domain.models import VmLocator

    names = [f"DC0_H{h}_VM{v}" for h, v in [(0, 0), (17, 5), (33, 9)]]  # master targets
    names += [f"DC0_H{(7 * i) % HOSTS}_VM{(13 * i) % VMS_PER_HOST}" for i in range(1, 21)]
    return [VmLocator(name=name) for name in names]


def time_adapter(server, thumbprint: str) -> tuple[float, float, object]:
    from reprotect_gui.vsphere import PyVmomiInventory

    started = time.perf_counter()
    inventory = PyVmomiInventory.connect(server.host, USER, PASSWORD, port=server.port, pinned_thumbprint=thumbprint)
    connected = time.perf_counter()
    estate = inventory.read_estate(plan_locators(), QuietContext())
    done = time.perf_counter()
    inventory.close()
    return connected - started, done - connected, estate


def time_per_object(server, thumbprint: str, focus_names: set[str]) -> tuple[float, int]:
    """Every fact the adapter returns, read object by object through pyVmomi properties."""
    from pyVmomi import SoapStubAdapter, vim

    from reprotect_gui.vsphere.tls import pinned_context

    stub = SoapStubAdapter(
        host=server.host, port=server.port, version="vim.version.version11", sslContext=pinned_context(thumbprint)
    )
    content = vim.ServiceInstance("ServiceInstance", stub).RetrieveContent()
    content.sessionManager.Login(USER, PASSWORD)
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


def main() -> None:
    vcsim_server = load_vcsim_server()
    from reprotect_gui.vsphere.tls import fetch_certificate_thumbprint

    print(
        f"building/starting vcsim: {HOSTS} hosts, {DATASTORES} datastores, {HOSTS * VMS_PER_HOST} VMs, "
        f"{DELAY_MS} ms per call, pages of {PAGE_CAP}",
        flush=True,
    )
    shape = {
        "users": [{"name": USER, "password": PASSWORD}],
        "filler": {"hosts": HOSTS, "datastores": DATASTORES, "vms_per_host": VMS_PER_HOST},
    }
    server = vcsim_server.start_vcsim(shape, delay_ms=DELAY_MS, page_cap=PAGE_CAP)
    try:
        # vcsim's own self-signed certificate, trusted on first use for this run
        thumbprint = fetch_certificate_thumbprint(server.host, server.port, timeout=10)
        login_s, inventory_s, estate = time_adapter(server, thumbprint)
        matched = [m.vm for m in estate.matches if m.vm is not None]
        detailed = sum(1 for vm in estate.vms if vm.details_read)
        print(
            f"adapter: login {login_s:.2f} s, read_estate {inventory_s:.2f} s: {len(estate.hosts)} hosts, "
            f"{len(estate.datastores)} datastores, {len(estate.vms)} VMs indexed, {len(matched)}/23 matched, "
            f"{detailed} with details",
            flush=True,
        )
        if len(matched) != 23 or detailed != 23 or len(estate.vms) != HOSTS * VMS_PER_HOST:
            raise SystemExit("the adapter did not read the whole estate: the figures would mean nothing")
        baseline_s, facts = time_per_object(server, thumbprint, {vm.name for vm in matched})
        print(f"per-object property access: {baseline_s:.2f} s ({facts} values read)", flush=True)
    finally:
        server.stop()
    speedup = baseline_s / inventory_s
    print(
        f"targets: inventory <= 3 s ({'met' if inventory_s <= 3 else 'MISSED'}), "
        f"speedup >= 20x ({'met' if speedup >= 20 else 'MISSED'})"
    )
    print(f"inventory_s={inventory_s:.3f} speedup={speedup:.1f}")


if __name__ == "__main__":
    main()
