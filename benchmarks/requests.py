"""HTTP requests the ASR emulator receives while the wizard is populated, for 1 VM and a 20-VM plan.

"Populate" = what the wizard reads before its first choice: `load_estate` (the service the
wizard runs), i.e. ArmSiteRecovery.read_site. Target: ≤ 6 ARM requests for one VM, paging
excluded (architecture.md). Baseline, measured in the same run on the same emulator: the
per-object way (what PowerShell's Get-AzRecoveryServicesAsr* cmdlets do): list fabrics, then
per fabric its containers, providers and vCenters, per container its items and mappings, then
GET every item, every policy and every plan. Also shown: the requests of the submit itself
(re-read the item, then one POST per VM), which are not part of populating.

A vault of 2,000 items (paged 100 a page: 20 pages of items) is read both ways: one list after
another, the select page usable once everything is read (before issue 16); and the five small
lists in parallel with the items, the select page usable once the first page of items arrived
(the rest streams in). Both count the emulator's requests and time to a usable select page (the
first page handed to the page) and to the whole vault. Wall times are noisy on a shared machine.

    python benchmarks/requests.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# This file is named requests.py (the issue says so): keep it from shadowing the `requests`
# package that azure-core's transport imports.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "integration" / "asr"))

from asr_estate import MT_WIN, PS_CS, classic_estate, policy_id  # noqa: E402
from emulator import AsrEmulator  # noqa: E402

from reprotect_gui.asr.settings import ArmSettings, VaultLocation  # noqa: E402
from reprotect_gui.asr.site_recovery import ArmSiteRecovery  # noqa: E402
from reprotect_gui.domain.models import ClassicTarget, ReprotectRequest  # noqa: E402
from reprotect_gui.services.clock import SystemClock  # noqa: E402
from reprotect_gui.services.estate import load_estate  # noqa: E402

PAGE_SIZE = 100  # ARM's usual page; a 20-VM vault fits in one


class BenchCredential:
    def get_token(self, *scopes: str, **kwargs: object):
        from azure.core.credentials import AccessToken

        return AccessToken("benchmark-token", int(time.time()) + 3600)


class QuietContext:
    def report(self, done: float, text: str) -> None:
        pass

    def raise_if_cancelled(self) -> None:
        pass


def first_pages(emu: AsrEmulator) -> int:
    return sum(1 for r in emu.requests_log if "page=" not in r.query)


def ours(vm_count: int) -> tuple[int, int, int]:
    """(requests excluding paging, requests with paging, submit requests) for the adapter."""
    with AsrEmulator(classic_estate(vm_count), page_size=PAGE_SIZE, job_step_seconds=10.0) as emu:
        adapter = ArmSiteRecovery(
            BenchCredential(),
            VaultLocation(emu.subscription_id, emu.resource_group, emu.vault),
            settings=ArmSettings(),
            base_url=emu.url,
            connection_verify=emu.ca_path,
        )
        estate = load_estate(adapter, None, SystemClock(), QuietContext())
        assert len(estate.site.items) == vm_count and estate.site.failback_policy is not None
        populate = (first_pages(emu), len(emu.requests_log))
        emu.requests_log.clear()
        for item in estate.site.items:
            adapter.submit_reprotect(
                ReprotectRequest(
                    item.item_id, item.name, ClassicTarget(MT_WIN, PS_CS, "R:", "1"), "ds-vmfs-01", policy_id(), ()
                )
            )
        return populate[0], populate[1], len(emu.requests_log)


def per_object_baseline(vm_count: int) -> int:
    """The per-object reader, through the same SDK client, counted on the same emulator."""
    from azure.mgmt.recoveryservicessiterecovery import SiteRecoveryManagementClient

    with AsrEmulator(classic_estate(vm_count), page_size=PAGE_SIZE) as emu:
        client = SiteRecoveryManagementClient(
            BenchCredential(),
            emu.subscription_id,
            base_url=emu.url,
            connection_verify=emu.ca_path,
        )
        rg, vault = emu.resource_group, emu.vault
        policies: set[str] = set()
        for fabric in client.replication_fabrics.list(rg, vault):
            client.replication_fabrics.get(rg, vault, fabric.name)
            list(client.replication_recovery_services_providers.list_by_replication_fabrics(rg, vault, fabric.name))
            list(client.replicationv_centers.list_by_replication_fabrics(rg, vault, fabric.name))
            for container in client.replication_protection_containers.list_by_replication_fabrics(
                rg, vault, fabric.name
            ):
                fabric_name, container_name = fabric.name, container.name
                items = list(
                    client.replication_protected_items.list_by_replication_protection_containers(
                        rg, vault, fabric_name, container_name
                    )
                )
                mappings = list(
                    client.replication_protection_container_mappings.list_by_replication_protection_containers(
                        rg, vault, fabric_name, container_name
                    )
                )
                policies |= {m.properties.policy_id.rsplit("/", 1)[-1] for m in mappings}
                for item in items:
                    client.replication_protected_items.get(rg, vault, fabric_name, container_name, item.name)
        for name in policies:
            client.replication_policies.get(rg, vault, name)
        for plan in client.replication_recovery_plans.list(rg, vault):
            client.replication_recovery_plans.get(rg, vault, plan.name)
        return first_pages(emu)


LARGE_VAULT = 2000


def large_vault(parallel: bool) -> tuple[int, float, float, int]:
    """(requests, seconds to a usable select page, seconds to the whole vault, pages handed on)."""
    with AsrEmulator(classic_estate(LARGE_VAULT), page_size=PAGE_SIZE) as emu:
        adapter = ArmSiteRecovery(
            BenchCredential(),
            VaultLocation(emu.subscription_id, emu.resource_group, emu.vault),
            settings=ArmSettings(),
            base_url=emu.url,
            connection_verify=emu.ca_path,
        )
        adapter._client()  # the SDK client (imports, pipeline) is built before timing, both ways
        emu.requests_log.clear()
        adapter.parallel_reads = 5 if parallel else 1
        first_page: list[float] = []
        pages = 0

        def on_items(items) -> None:
            nonlocal pages
            pages += 1
            if not first_page:
                first_page.append(time.perf_counter())

        started = time.perf_counter()
        estate = load_estate(adapter, None, SystemClock(), QuietContext(), on_items=on_items if parallel else None)
        whole = time.perf_counter() - started
        assert len(estate.site.items) == LARGE_VAULT
        usable = first_page[0] - started if parallel else whole
        return len(emu.requests_log), usable, whole, pages


def main() -> None:
    one, one_paged, one_submit = ours(1)
    plan, plan_paged, plan_submit = ours(20)
    base_one, base_plan = per_object_baseline(1), per_object_baseline(20)
    print("ARM requests to populate the wizard (emulator count; paging excluded / included)")
    print(
        f"  1 VM        ours {one:>3} / {one_paged:<3}   per-object baseline {base_one:>3}   ratio {base_one / one:.1f}x"
    )
    print(
        f"  20-VM plan  ours {plan:>3} / {plan_paged:<3}   per-object baseline {base_plan:>3}   ratio {base_plan / plan:.1f}x"
    )
    print(f"  target ≤ 6 for one VM: {'met' if one <= 6 else 'MISSED'}")
    print(
        f"submit (not populating): 1 VM {one_submit} requests, 20-VM plan {plan_submit} requests "
        "(re-read + one POST per VM)"
    )
    seq_requests, seq_usable, seq_whole, _ = large_vault(parallel=False)
    par_requests, par_usable, par_whole, pages = large_vault(parallel=True)
    print(f"{LARGE_VAULT}-item vault, {PAGE_SIZE} a page (emulator on loopback):")
    print(
        f"  one list after another, usable when all read: {seq_requests} requests, "
        f"usable after {seq_usable:.2f} s, whole vault {seq_whole:.2f} s"
    )
    print(
        f"  small lists in parallel, items streamed:      {par_requests} requests, "
        f"usable after {par_usable:.2f} s, whole vault {par_whole:.2f} s ({pages} pages handed on)"
    )
    print(
        f"requests_one_vm={one} requests_20vm_plan={plan} large_requests={par_requests} "
        f"large_usable_s={par_usable:.2f} large_usable_before_s={seq_usable:.2f}"
    )


if __name__ == "__main__":
    main()
