"""The fix for every catalog ID (sections A–G), from the article and its later revisions.

English for now; a later issue translates. One table, so the review page, the page filters and
the drill report all say the same thing, and a test can prove no ID lacks a fix.
"""

from __future__ import annotations

from collections.abc import Sequence

from reprotect_gui.domain.models import FailbackPolicy
from reprotect_gui.domain.verdicts import Status, Verdict

_RPO, _HISTORY, _APP = FailbackPolicy.PORTAL_DEFAULTS  # INF-02: the values the portal creates

FIX: dict[str, str] = {
    # A. eligibility
    "ELIG-01": (
        "Only a machine that was protected on-premises and then failed over to Azure can be "
        "reprotected. A migrated, deleted, moved or hand-made Azure VM, or one whose protection was "
        "disabled, cannot fail back: protect the VM again from on-premises instead."
    ),
    "ELIG-02": (
        "Fail back to an ESXi host (managed by vCenter or standalone). Hyper-V hosts, physical "
        "machines and VMware Workstation are not failback targets: choose a master target that "
        "runs on an ESXi host."
    ),
    "ELIG-03": (
        "A Windows Server 2008 R2 SP1 server protected as a physical server cannot fail back to "
        "on-premises. Recover it by other means (backup, rebuild)."
    ),
    "ELIG-04": (
        "The Azure VM's agent needs some minutes after boot to register again with the configuration "
        "server (the finding says how long). Wait until the countdown ends; the wizard checks again by itself."
    ),
    "ELIG-05": (
        "The VM must still be in the configuration server's database. Restore the configuration "
        "server from a backup (with the same IP address) and schedule regular backups."
    ),
    "ELIG-06": (
        "Reinstall the Mobility agent on the failed-over Azure VM; without it reprotect and failback are impossible."
    ),
    "ELIG-07": (
        "A physical server fails back only as a VMware VM, to an alternate location: make sure "
        "the master target's ESXi host is discovered before reprotecting."
    ),
    "ELIG-08": (
        "Classic items (InMageAzureV2) are reprotected through a master target and process server; "
        "modernized items (InMageRcm) through a replication appliance. Other providers (A2A, "
        "Hyper-V) are out of scope. Reprotect classic and modernized items separately."
    ),
    # B. site infrastructure
    "INF-01": (
        "Start the on-premises configuration server and make sure it is connected for the whole "
        "reprotect and failback. If it is lost, restore it from backup with the same IP address; "
        "schedule regular backups."
    ),
    "INF-02": (
        "Create the failback policy (the portal creates it with the forward policy: RPO threshold "
        f"{_RPO} min, recovery point retention {_HISTORY // 60} h, app-consistent snapshots every {_APP} min) "
        "and map it for the failback direction."
    ),
    "INF-03": (
        "Connect Azure and on-premises by site-to-site VPN or ExpressRoute private peering. The "
        "failed-over VM must reach (ping) the configuration server and the process server must "
        "reach it on port 443: test with `telnet <configuration server> 443` and ping from the "
        "process server."
    ),
    "INF-04": (
        "Open the failover/failback ports: 443 (control, to the configuration server) and 9443 "
        "(replication data, to the process server and master target)."
    ),
    "INF-05": (
        "With a site-to-site VPN only, deploy a process server in Azure, close to the failed-over "
        "VMs, and use it for the reprotect. An on-premises process server is fine with "
        "ExpressRoute private peering or for a proof of concept."
    ),
    "INF-06": (
        "Update the vCenter credentials on the configuration server with an account that has the "
        "permissions automatic discovery needs (a read-only account can't discover datastores), "
        "then retry."
    ),
    "INF-07": (
        "To fail back to another vCenter, make sure ASR has discovered that vCenter and its master "
        "target first. Microsoft's types-of-failback page says only the original vCenter and "
        "configuration server are supported: prefer the original vCenter."
    ),
    "INF-08": (
        "ESXi 5.5 Free / vSphere 6 Hypervisor Free can't be failed back to: upgrade the host to an "
        "evaluation (or full) licence."
    ),
    "INF-09": (
        "Reconnect vCenter: ASR must see it connected (configuration server discovery) and it must "
        "be reachable, otherwise detaching and attaching disks fails."
    ),
    "INF-10": (
        "When IP addresses were retained on failover, give the configuration server two NICs: one "
        "for the source machines, one for failback from Azure."
    ),
    # C. master target
    "MT-01": (
        "Choose a master target with the VM's OS type at the same or a higher version. Linux VMs "
        "need a separate Linux master target; Windows VMs can use the one on the configuration "
        "server or a separate Windows master target."
    ),
    "MT-02": (
        "Reprotect all VMs of a replication group or recovery plan to one master target; they must "
        "all be Windows or all Linux. Split a mixed plan."
    ),
    "MT-03": (
        "The VM and the master target were built from the same template and share disk UUIDs: "
        "deploy a master target that was not built from that template."
    ),
    "MT-04": "Delete the snapshots on the master target before reprotecting.",
    "MT-05": (
        "Delete the snapshots of the on-premises VM before reprotecting (the article says they "
        "can make reprotect fail, and also that they are merged during the job)."
    ),
    "MT-06": (
        "Install VMware Tools or open-vm-tools on the master target and make sure they run; without "
        "them its ESXi host's datastores can't be discovered."
    ),
    "MT-07": (
        "Set `disk.EnableUUID=true` in the master target VM's configuration parameters (add the line if it is missing)."
    ),
    "MT-08": (
        "Attach at least one VMFS datastore to the master target's ESXi host; without one the "
        "datastore list is empty and reprotect can't go on."
    ),
    "MT-09": ("Give the master target LSI Logic SCSI controllers; a paravirtual SCSI controller makes reprotect fail."),
    "MT-10": (
        "A master target carries a limited number of disks (the finding names the limit): reprotect "
        "fewer VMs to it at once, or deploy another master target."
    ),
    "MT-11": (
        "Exclude the master target from Storage vMotion and Storage DRS; after a Storage vMotion "
        "failback can't detach the disks and they must be found and attached by hand."
    ),
    "MT-12": (
        "Mount the on-premises VM's datastore on the master target's ESXi host with read/write "
        "access, or choose a master target on a host that has it."
    ),
    "MT-13": (
        "The on-premises VM no longer exists: ASR creates a new VM on the master target's ESXi "
        "host, on the datastore chosen. Pick the master target (and so the host) on purpose."
    ),
    "MT-14": (
        "Fix the master target's health in the vault (heartbeat, agent version, health and "
        "validation errors) or choose a healthy one."
    ),
    "MT-15": (
        "Set `disk.EnableUUID=TRUE` on the on-premises VM as well; without it the original VMDK "
        "is found only on a best-effort basis and an extra disk may be created."
    ),
    # D. datastore
    "DS-01": (
        "Fail back to a VMFS or vSAN datastore; NFS is not supported. Create a VMFS datastore "
        "on-premises if needed. vSAN datastores are listed but the job can still fail on them."
    ),
    "DS-02": ("Choose a datastore mounted on, and accessible from, the master target's ESXi host."),
    "DS-03": (
        "The on-premises VM still exists, so its disks are reused and the datastore value is "
        "ignored; the API still requires one, so any listed datastore will do."
    ),
    "DS-04": (
        "Recovery to an alternate location: choose the retention drive and datastore configured "
        "for the master target; the new VM is created in vCenter on that datastore."
    ),
    "DS-05": ("Choose a datastore with at least as much free space as the VM's disks, or free up space."),
    "DS-06": (
        "RDM disks come back only to the original VM (original-location recovery). For an "
        "alternate location, restore the original VM first or accept VMFS/vSAN disks."
    ),
    "DS-07": (
        "Choose which disks come back; Azure's temporary storage disk is excluded by default "
        "because it holds nothing to keep."
    ),
    # E. retention drive
    "RET-01": "Use a volume that serves no other purpose (not a replication target).",
    "RET-02": "Unlock the volume or choose another one.",
    "RET-03": (
        "Don't use the cache volume (where the master target or process server is installed): "
        "add a new disk to the master target and format it as the retention drive."
    ),
    "RET-04": "Format the retention volume with NTFS (Windows) or ext4/XFS (Linux), not FAT/FAT32.",
    "RET-05": "Choose a volume with a non-zero capacity.",
    "RET-06": "The default retention drive is `R:` on Windows and `/mnt/retention/` on Linux.",
    "RET-07": ("A newly added drive does not appear at once: refresh the configuration server, then check again."),
    "RET-08": "Free space on the retention volume or choose another one.",
    # F. submit and after
    "SUB-01": (
        "Leave the on-premises VM powered off: reprotect disables it to keep the data consistent. "
        "Do not power it on after reprotect completes."
    ),
    "SUB-02": (
        "Reprotect a replication group only through its recovery plan; every VM needs its values "
        "and the same master target. The wizard reprotects the plan's VMs one by one and follows "
        "their jobs together."
    ),
    "SUB-03": (
        "Follow the job until it ends. When the VM is protected, the next step is failback, which "
        "shuts down the Azure VM and starts the on-premises one: plan the downtime."
    ),
    "SUB-04": (
        "After failback, a Linux VM's static IP comes back as DHCP: sign in and set it again; "
        "NetworkManager may have been removed in Azure. Windows VMs keep their static IP."
    ),
    "SUB-05": (
        "How much data goes back can't be calculated in advance: from nothing to the sum of all "
        "disk sizes. No duration can be promised."
    ),
    "SUB-06": "Failback needs at least one recovery point for every VM (of the plan).",
    "SUB-07": (
        "Known ASR job error codes come with their documented cause and fix; for any other code "
        "follow the service's own recommended action."
    ),
    # G. modernized experience
    "RCM-01": (
        "Choose a healthy replication appliance registered in the vault (recent heartbeat, health "
        "Normal). Fix or restart the unhealthy appliance from its configuration manager; a failed "
        "reprotect can be retried on another healthy appliance."
    ),
    "RCM-02": (
        "The appliance must reach the datastore holding the source machine: give its ESXi host "
        "access to that datastore (a shared datastore is enough), or choose an appliance that "
        "reaches it. Do not move the appliance with Storage vMotion after reprotect."
    ),
    "RCM-03": (
        "When the on-premises VM still exists its own datastore is used (original location); when "
        "it is gone, choose a datastore in the appliance's vCenter that the appliance can read and "
        "write (alternate location: a new VM and a full copy)."
    ),
    "RCM-04": (
        "An appliance carries a limited number of disks (the finding names the limit): reprotect fewer "
        "VMs through it at once, or choose or deploy another appliance. Only disks that were replicated "
        "to Azure come back."
    ),
    "RCM-05": (
        "The modernized flow has no retention drive: replication logs go to a log storage account in "
        "Azure. Reuse the one the VM already replicates through, or choose another one."
    ),
    "RCM-06": (
        "After failback static IPs are not kept, fstab/LVM configuration may change and iSCSI disks "
        "come back as VMDKs: check them on the on-premises VM. A planned failback can be cancelled "
        "(its disks are snapshotted and rolled back)."
    ),
}


def verdict(
    check_id: str,
    status: Status,
    finding: str,
    evidence: Sequence[str] = (),
    *,
    subject: str = "",
) -> Verdict:
    """A verdict carrying the catalog's fix for its ID (none for a pass: nothing to fix)."""
    remediation = "" if status is Status.PASS else FIX[check_id]
    return Verdict(
        check_id=check_id,
        status=status,
        finding=finding,
        evidence=tuple(evidence),
        remediation=remediation,
        subject=subject,
    )
