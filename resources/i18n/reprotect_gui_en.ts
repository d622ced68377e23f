<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppliancePage</name>
    <message>
        <source>Replication appliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modernized experience: a replication appliance registered in the vault replicates the VM back; there is no master target or process server to choose. Only healthy appliances can be chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks used / 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication appliances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why no appliance can be chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCM-04: at most {limit} disks replicate through one appliance (disks in use + the disks of these VMs). RCM-01: if the reprotect fails, it can be retried on another healthy appliance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About appliances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication &amp;appliance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No replication appliance can take these VMs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No replication appliance can take these VMs (see why above): go Back and choose other VMs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a replication appliance: {n} can take these VMs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditHistoryDialog</name>
    <message>
        <source>Past reprotect runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} reprotect run(s) recorded on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reprotect run was recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} damaged line(s) in the file were skipped; the file itself is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AzureVaultDialog</name>
    <message>
        <source>Connect to a Recovery Services vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: your home tenant is used when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (client) id of the service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in and list subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in and list subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device code sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery Services vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Application id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce&amp;rtificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubscription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery Services &amp;vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required for a service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keyring; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account sees no Azure subscription in this tenant and cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the tenant id and the cloud, or ask for access to the vault&apos;s subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing Recovery Services vaults…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vault}    resource group {group}, {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This subscription has no Recovery Services vault your account can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another subscription, or ask for the Site Recovery Reader role on the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &lt;b&gt;{url}&lt;/b&gt; on any device and enter the code &lt;b&gt;{code}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service principal certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.pfx *.p12);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyPanel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open lo&amp;g folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceList</name>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the focused row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be chosen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatastorePage</name>
    <message>
        <source>Datastore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the same &amp;datastore for every VM of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the same datastore for every VM of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datastores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the VM comes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why no datastore can be chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks to bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;ks to bring back (DS-07):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the VM comes back through the replication appliance: its own datastore when it still exists, otherwise a datastore in the appliance&apos;s vCenter that the appliance can read and write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the VM&apos;s disks are placed on-premises. Only VMFS and vSAN datastores the master target&apos;s ESXi host can reach are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Azure temporary storage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No datastore can be used for {vm} through {appliance}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none the appliance reaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{vm}&lt;/b&gt; still exists on-premises: original-location recovery. The datastore is selected automatically: {where} (the VM&apos;s own). Only changes go back (RCM-03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{vm}&lt;/b&gt; no longer exists on-premises: alternate-location recovery. Choose a datastore in vCenter &lt;b&gt;{vcenter}&lt;/b&gt; that {appliance} can read and write; ASR creates a new VM there and copies the whole disks (RCM-03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether &lt;b&gt;{vm}&lt;/b&gt; still exists on-premises is unknown ({why}). Choose a datastore {appliance} can write; it is used if a new VM has to be created (RCM-03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No datastore can be chosen for {vm} on {mt}&apos;s host {host}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: disks reused (DS-03)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter was not read: whether the on-premises VM still exists is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{vm}&lt;/b&gt;: {match} Check the VM names in vCenter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{vm}&lt;/b&gt; still exists on-premises (on {host}): its disks are reused and only changes are sent back. The datastore is still required but is then ignored (DS-03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{vm}&lt;/b&gt; no longer exists on-premises: ASR creates a new VM on {mt}&apos;s host &lt;b&gt;{host}&lt;/b&gt;, on the datastore chosen here, and copies the whole disks (MT-13, DS-04).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ DS-06: {disks} is an RDM disk and can&apos;t come back to a new VM: untick it below to reprotect the other disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No datastore can be chosen for {vm} (see why above): go Back and choose another target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a datastore for: {vms}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one disk to bring back for: {vms}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectionPage</name>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprotect replicates the VM running in Azure back to the on-premises site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Azure → On-premises (VMware)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure to on-premises (VMware)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-premises → Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-premises to Azure (not available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: the VM now runs in Azure. Replication to Azure resumes after failback, when you reprotect from the on-premises site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the other direction is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no vCenter discovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target site: a replication appliance registered in the vault (&lt;b&gt;{appliances}&lt;/b&gt;) replicates the VM back to vCenter &lt;b&gt;{vcenters}&lt;/b&gt;, onto an ESXi host (ELIG-02, RCM-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target site: configuration server &lt;b&gt;{server}&lt;/b&gt;, vCenter &lt;b&gt;{vcenters}&lt;/b&gt;. Failback goes to an ESXi host (vCenter-managed or standalone); Hyper-V and physical targets are not supported (ELIG-02).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailbackPage</name>
    <message>
        <source>&amp;Latest processed (LatestTime, crash-consistent) — recommended: loses the least data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest &amp;application-consistent (LatestTag) — older: the changes after it are lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery point I &amp;choose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Crash-consistent (CrashConsistent) — recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Application-consistent (ApplicationConsistent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic replication fails back by an &lt;b&gt;unplanned failover&lt;/b&gt; (the portal&apos;s &quot;Failover&quot;) from Azure to on-premises. It can&apos;t be cancelled once it starts (FB-10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modernized replication fails back by a &lt;b&gt;planned failover&lt;/b&gt; from Azure to on-premises: the pending changes are copied first, and it can be cancelled afterwards (FB-10, FB-12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail back: options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failback operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery point of the VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the recovery point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the multi-VM &amp;sync point (every VM of the plan to the same point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the multi-VM sync point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime (FB-05)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have a &amp;maintenance window and the users are off the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A maintenance window is planned and the users are off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target}: from Azure back to on-premises (FB-02). Choose the recovery point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failback shuts the Azure VM(s) down, then powers the on-premises VM(s) on: the application is down meanwhile. Plan a window and make sure the users are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A planned failover copies the pending changes first: the point is taken after the job starts (FB-04).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a replication group, LatestTime sends each VM to its own latest point and LatestTag sends the whole group to a common point. A chosen point is for one VM only (FB-03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chosen point must be one of this VM&apos;s recovery points (FB-03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the recovery points of {vm}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This VM has no recovery point to choose: use LatestTime or LatestTag (RDY-06).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the VM&apos;s recovery points, or another option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the maintenance window: failback takes the application down (FB-05).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobEndNotifier</name>
    <message>
        <source>Reprotect succeeded: {vm}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprotect did not succeed: {vm}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job {job} ended: {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the app to read the error and the fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprotect to on-premises</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobMonitor</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job / task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for failback?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest recovery point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLOCK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Azure portal you can {actions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible causes (ASR): {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended action (ASR): {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known cause ({catalog}, check {check}): {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM: {vm}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR job ID: {job}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure accepted the request but sent nothing to follow it by; the pane keeps reading the item until its job shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault no longer knows this job ({why}); it is not followed any more. Check the vault&apos;s Site Recovery jobs in the Azure portal for what became of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job: {name} — {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail back pla&amp;n {plan}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task: {task} — {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR allows cancelling this job (in the Azure portal); closing the wizard does not cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR does not allow cancelling this job now; closing the wizard does not cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for failback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for failback after you confirm — {id}: {finding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet — {id}: {finding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read at: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs and their tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected job or task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job, task or VM to read its details here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the details as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for failback? (re-read every few minutes, RDY-14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness for failback per VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail back &amp;VM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail back pla&amp;n…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach or bring back the job pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the jobs in a window of their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for its job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR job {job}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress of job {job} could not be read: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {n} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail back the selected VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a VM that is ready for failback in the table above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail back the recovery plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress of the jobs could not be read: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure asked to wait {asked} s; the wizard waits at most {n} s, then reads again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure asked to wait {asked} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again {when} (attempt {n}); the jobs keep running in Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the jobs works again after {n} failed attempt(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every job has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next check {when} (one read for {n} job(s)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} request(s) accepted without a job to follow yet: reading the item until its job shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for failback? The last read failed: {problem} It is read again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan {plan}: not ready — a member&apos;s reprotect did not succeed (RDY-13).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan {plan}: every member is ready (RDY-13).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan {plan}: not yet — {finding} (RDY-13)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprotect jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the jobs in the wizard again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible causes (ASR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended action (ASR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known cause ({catalog}, check {check})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known cause ({catalog})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobPage</name>
    <message>
        <source>Reprotect jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jobs are followed in a separate window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the drill report (HTML and PDF): choices, checks, timeline, next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Past runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliance to retry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry on another &amp;appliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry on another appliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting {n} reprotect request(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vm} (already running: followed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent again automatically. Reload the vault to see whether a job started; {next_step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR is working on {n} job(s). This page follows every task until each job ends; the window stays usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every job has ended; {n} reprotect(s) did not succeed. Read the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every reprotect succeeded. Replication back to on-premises is now watched until each VM is ready for failback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every reprotect succeeded and every VM is ready for failback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR allows cancelling {n} of these jobs in the Azure portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR does not allow cancelling these jobs now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the wizard. The jobs keep running in Azure; closing never cancels them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reprotect of {vm} failed on {appliance}. It can be retried through another healthy replication appliance (RCM-01):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reprotect of {vm} failed on {appliance}; no other appliance can take it ({reasons}). Fix the cause shown above, then run the wizard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the reprotect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR will start a new reprotect of {vm} through {appliance}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting the retry of {vm}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;✔ Reprotect succeeded for {n} VM(s).&lt;/b&gt; Replication from Azure to on-premises has started; the table above says when each VM is ready for failback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vm} (retry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting the reprotect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;✖ {n} of {total} reprotect(s) did not succeed.&lt;/b&gt; Read the error of the failed task above; fix the cause, then run the wizard again for those VMs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyCalls</name>
    <message>
        <source>This connection can&apos;t fail back from the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail back from the Azure portal instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyJobPage</name>
    <message>
        <source>Failback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel of the failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection to Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready for failback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failing back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failback failed: cancel it, then retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelling the failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed back on-premises, not committed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on-premises, not protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being protected to Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protected to Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replicating back to on-premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed over to Azure, not replicating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being reprotected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy with another operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a state the wizard can&apos;t place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the target stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect to Azure again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check on-premises, then co&amp;mmit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel of the failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protection to Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel fail&amp;over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail back &amp;again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read the state again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill repor&amp;t…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the drill report (HTML and PDF): the reprotect and every step of the journey since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step}: {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting the {step} of {target}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vm} (already running: followed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR is working. This page follows every task until the job ends; the window stays usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent again automatically. Press Retry to read where {target} stands: a job that started is followed, and the next step is offered from there. {next_step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;✖ The planned failover of {target} did not succeed.&lt;/b&gt; ASR starts an automatic cancel; if that can&apos;t finish, cancel the failover here, then fail back again (FB-11, FB-15). Don&apos;t disable protection: that would throw the replication away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;✖ The failback of {target} did not succeed.&lt;/b&gt; Read the error of the failed task above and its fix; then read the state again to see what ASR offers now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;✖ The protection to Azure of {target} did not succeed.&lt;/b&gt; Read the error above. If Azure refuses classic replication, migrate the VM to the modernized architecture (REV-09).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;✖ The {step} of {target} did not succeed.&lt;/b&gt; Read the error above and its fix, then read the state again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;✔ {target} failed back to on-premises.&lt;/b&gt; Check the VM(s) on-premises and the application before you commit (FB-13, CMT-02).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;✔ The failover of {target} was cancelled.&lt;/b&gt; The Azure VM runs again and replication to on-premises resumes; fail back again when it is ready (FB-12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;✔ The failback of {target} is committed.&lt;/b&gt; {names} run on-premises &lt;b&gt;without protection&lt;/b&gt;: protect them to Azure again now, and remove the Azure resources added after failover (public IPs, NSG rules) (CMT-07).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;✔ {names} are protected to Azure again.&lt;/b&gt; Initial replication to Azure runs now; recovery points follow when it completes (REV-08). Review each VM&apos;s Azure size, network and resource group before the next failover (REV-06).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading where {target} stands…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job runs on {target}: it is followed above; the next step comes when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} is {stage}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ {target} is protected to Azure again: the journey is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else is offered now; read the state again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR does not offer Commit for this item: go on with Protect to Azure (CMT-03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprotect ✔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready ✔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey: {steps}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyReviewPage</name>
    <message>
        <source>Review and fail back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and protect to Azure again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks before this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full text of the focused check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent registration countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read the &amp;warnings and unknown checks above and accept them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read the warnings and unknown checks and accept them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the checks as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure VM comes back on and replication to on-premises resumes; afterwards you can fail back again (FB-12). Nothing is sent until you press Cancel failover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every choice and every check of this step in one place. Nothing is sent until you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fail back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect to Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {target} from the vault and vCenter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;✖ {n} check(s) block this step.&lt;/b&gt; Each shows its fix below: change a choice with Back, or fix it outside the wizard, then press Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Nothing blocks, but {n} warning(s) or unchecked fact(s) need your acknowledgement&lt;/b&gt; before you can go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to check before this step:&lt;/b&gt; confirm it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;✔ Ready: every check that can be made is met.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent should have registered by now: checking again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⏳ REV-02: the on-premises VM&apos;s agent needs up to {window} minutes after boot to register with the configuration server again. Checking again automatically in &lt;b&gt;{time}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the countdown: the agent must register first (REV-02).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR will fail back {target} from Azure to on-premises: the Azure VM(s) of {names} are shut down, then the on-premises VM(s) are powered on. The application is down meanwhile (FB-05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A classic failback can&apos;t be cancelled or retried once it starts (FB-10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A modernized planned failover can be cancelled afterwards: its disks are rolled back (FB-10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the failback?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail back now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the failover?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR will cancel the failover of {target}: the Azure VM(s) of {names} come back on and replication to on-premises resumes. You can fail back again afterwards (FB-12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit deletes the failed-over Azure VM(s) of {names} and their recovery points. This cannot be undone: afterwards you can&apos;t go back to Azure with this failover (CMT-01, CMT-05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit ends the failover of {names}: the failed-back Azure VM(s) are removed and the remaining recovery points are deleted. This cannot be undone (CMT-01, CMT-05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the commit the VM(s) run on-premises without protection until you protect them to Azure again (CMT-07).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit the failback?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit and delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect to Azure again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR will start {n} reprotect job(s) from on-premises to Azure for: {names}. Initial replication starts again; no duration can be promised (REV-08).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect to Azure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneySummary</name>
    <message>
        <source>Recovery plan {plan} ({n} VMs: {names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM {vm}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classic (configuration server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modernized (replication appliance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation (FB-01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplanned failover (the portal&apos;s &quot;Failover&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction (FB-02)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure → on-premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery point (FB-03/FB-04)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-VM sync point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime (FB-05)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure VM is shut down first; a maintenance window was confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Way back (FB-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: a classic failback can&apos;t be cancelled or retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel failover, while ASR offers it (FB-12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (FB-12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure VM comes back on, the on-premises disks are rolled back and replication to on-premises resumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit deletes (CMT-01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed-over Azure VM(s) of {names} and their recovery points; it can&apos;t be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application checked on-premises (CMT-02)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on-premises → Azure ({direction}), policy {policy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, run-as account {account}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogStoragePage</name>
    <message>
        <source>Log storage account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modernized experience has no retention drive: replication logs go to a storage account in Azure. ASR reuses the one the VM already replicates through, or you choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log storage accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the replication logs go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;storage account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;RCM-05: ASR reports no log storage account for this vault.&lt;/b&gt; The first modernized reprotect creates one in the portal; create it there (Reprotect dialog) or name one the vault&apos;s replication uses, then reload the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the log storage account ASR writes the replication logs to (RCM-05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCM-05: ASR will reuse &lt;b&gt;{account}&lt;/b&gt;, which this VM&apos;s replication already uses; nothing new is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCM-05: the replication logs will go to &lt;b&gt;{account}&lt;/b&gt;, chosen here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModernizedPolicyPage</name>
    <message>
        <source>Failback policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR uses the failback policy mapped for the replication appliance&apos;s direction (modernized experience). It can&apos;t be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the failback policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App-consistent snapshot frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crash-consistent snapshot frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No modernized failback policy (InMageRcmFailback) is mapped in the vault.&lt;/b&gt; The portal creates it with the replication policy; associate one with the appliance&apos;s container, then reload the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every {n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request names this policy (policyId); ASR applies it to the reverse replication.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorWindow</name>
    <message>
        <source>{title} — jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnPremCheckPage</name>
    <message>
        <source>Check on-premises, then commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMware Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed-back VMs as vCenter shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the VMs from vCenter again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What vCenter shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have checked that the &amp;application works on-premises (recorded in the report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application works on-premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FB-13: before commit, each VM of {target} must run on-premises — powered on, VMware Tools running (re-enable them on Windows), an IP address. Then check the application itself (CMT-02).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {target} from vCenter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total} VM(s) run normally on-premises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read from vCenter: check the VM in vCenter yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not powered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMware Tools not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no guest IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: {problems}. Wait a few minutes and read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on-premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the application on-premises and tick the box: commit can&apos;t be undone (CMT-02).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Why Next is not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PerVmPage</name>
    <message>
        <source>Virtual machine these values are for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values for &amp;VM:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>{n} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failback policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR selects the failback policy by itself: the one mapped to the failback direction of the configuration server. It can&apos;t be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the failback policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPO threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery point retention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App-consistent snapshot frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;INF-02: no failback policy is mapped for the failback direction.&lt;/b&gt; The portal creates it with the replication policy; create or associate one on the configuration server, then reload the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the portal&apos;s defaults ({defaults}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INF-02: these values differ from the portal&apos;s defaults ({defaults}); the policy was probably created with PowerShell. ASR will use them as shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReprotectWizard</name>
    <message>
        <source>Reprotect to on-premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprotect to on-premises — TRAINING ESTATE (nothing real is changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail back {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — TRAINING ESTATE (nothing real is changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job keeps running in Azure; closing only stops following it here. Open the wizard again later and focus {target} on the first page: its failback goes on from where it stands. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop following the jobs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reprotect jobs keep running in Azure; closing only stops following them here. You can follow them in the vault&apos;s Site Recovery jobs. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reprotect jobs keep running in Azure; closing only stops following them here. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeWindow</name>
    <message>
        <source>Reprotect jobs resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following the jobs again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vm} (resumed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vm}: {step} (resumed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every resumed job has ended; the outcomes are in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Retention drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master target keeps the recovery points for failback on this volume. ASR lists only the volumes it considers eligible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the same retention &amp;drive for every VM of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the same retention drive for every VM of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the list was refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh configuration server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh configuration server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why no retention drive can be chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention vo&amp;lume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List last refreshed {when}. A newly added drive can take up to {minutes} minutes to appear (RET-07).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mt} has no retention drive that can be used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault did not say which configuration server serves these VMs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh it in the portal (Configuration servers → Refresh server), then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing {server}; ASR then rereads the master targets&apos; volumes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No retention drive can be used (see why above): refresh the configuration server or go Back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a retention drive for: {vms}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReversePage</name>
    <message>
        <source>Protect to Azure again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter run-as account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run-as account id (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty when the Mobility agent is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Process server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication p&amp;olicy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run-as account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run-as account (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health of the chosen process server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About protecting to Azure again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} run on-premises without protection now (CMT-07). Choose how they replicate to Azure again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic (REV-03): an on-premises process server, the vCenter run-as account and the policy of the container mapping. The VM&apos;s agent must have registered again after boot (REV-02).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modernized (REV-04): the replication appliance&apos;s process server and an InMageRcm policy. The Azure VM size, network and resource group are not part of it: review them afterwards (REV-06).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery plan is protected member by member, with the same choices (REV-07).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the process servers and policies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {health}, heartbeat {ago}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (from the container mapping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No process server can take it: register or repair one, then go Back and Next to read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REV-05: {name} reports health {health}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a process server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a replication policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the vCenter run-as account: a classic reprotect to Azure needs it (REV-03).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>original location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternate location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery plan {plan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure → On-premises (modernized: replication appliance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication appliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{appliance} (health {health}, heartbeat {heartbeat}, vCenter {vcenter}, disks {disks})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log storage account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failback policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{policy}: app-consistent every {app} min, crash-consistent every {crash} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} (those replicated to Azure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datastore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data to send back (SUB-05)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and reprotect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every choice and every prerequisite in one place. Nothing is sent until you press Reprotect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reprotect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisite checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full text of the focused check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read the &amp;warnings and unknown checks above and accept them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read the warnings and unknown checks and accept them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection container mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported by ASR (the failback policy&apos;s mapping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network link to Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses retained at failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the checks as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the checks as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a&amp;nswers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the answers for reprotect-cli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every choice, statement and accepted warning (never a password) for reprotect-cli run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent registration countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the vault and vCenter again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent should have registered by now: checking again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    evidence: {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    fix: {fix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure → On-premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mt} ({os}, host {host})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{policy}: RPO {rpo} min, retention {hours} h, app-consistent every {app} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⏳ ELIG-04: the VM&apos;s agent needs up to {window} minutes after failover to register with the configuration server. Checking again automatically in &lt;b&gt;{time}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter run-as account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None named (ASR uses the configuration server&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;✖ {n} prerequisite(s) block the reprotect.&lt;/b&gt; Each shows its fix below: change a choice with Back; fix anything outside the wizard there, then press Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Nothing blocks, but {n} warning(s) or unchecked fact(s) need your acknowledgement&lt;/b&gt; before Reprotect is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;✔ Ready: every prerequisite that can be checked is met.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the reprotect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR will start {n} reprotect job(s) for: {names}.
{where}

The on-premises VMs are powered off during reprotect (SUB-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start reprotect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master target: {mt} on ESXi host {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication appliance: {appliance}, writing to datastore {datastore}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESXi host(s) with that datastore: {hosts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target server: {server}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectPage</name>
    <message>
        <source>Classic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modernized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure to Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyper-V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agentless migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue failback: fail bac&amp;k…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue failback: cance&amp;l failover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue failback: co&amp;mmit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue failback: protect to A&amp;zure again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ℹ Microsoft no longer supports the classic experience (configuration server, process server, master target) since March 2026. Plan the move: “{article}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select what to reprotect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a virtual machine that was failed over to Azure, or a recovery plan. Items that can&apos;t be reprotected are listed with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprotect a virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery &amp;plan (every VM in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprotect a recovery plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter by name, OS, state or recovery plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic experience retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard restarts on this page in the chosen language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the vault and vCenter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} replicated items read so far; the rest is on its way…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault &lt;b&gt;{vault}&lt;/b&gt;: {items} replicated items, {plans} recovery plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} vCenter checks will show as unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication provider: {provider}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ℹ {members} (replication group {group}) can only be reprotected together, through a recovery plan (SUB-02).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprotect recovery plan {plan} instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to recovery plan {plan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failback journey of the focused row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading where {target} stands in its failback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} is {stage}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can go on with its failback from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failback is not offered yet: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its journey is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its VMs replicate with different providers: nothing can be continued as one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be continued now; a running job shows in the vault&apos;s jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish or cancel what the wizard is doing, then focus the VM on its first page to fail it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is being read; its VMs and recovery plans appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recovery plan can be reprotected: each one&apos;s reason is shown in its row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a recovery plan; greyed plans can&apos;t be reprotected (the reason is in the row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VM can be reprotected: each one&apos;s reason is shown in its row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a virtual machine; greyed VMs can&apos;t be reprotected (the reason is in the row).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site-to-site VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExpressRoute (private peering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master target and process server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master target receives the replication on-premises; it must run the same OS as the VM. The process server sends the data from Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESXi host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks used / 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master target servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network link between Azure and on-premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses retained at failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter run-as account the request names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice on the process server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why no master target can be chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Master target server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Process server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What only you can tell (the review checks against it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network &amp;link to Azure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IP addresses retained at failover (INF-10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter &amp;run-as account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No master target can take these VMs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None named (ASR uses the configuration server&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ INF-05: with a site-to-site VPN only, use a process server in Azure, close to the failed-over VMs. An on-premises process server suits ExpressRoute or a proof of concept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how Azure reaches the site: the review page checks the choice against it (INF-05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No master target can take these VMs (see why above): go Back and choose other VMs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a master target: {n} can take these VMs, and the choice decides the ESXi host (MT-13).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No process server can be used (each one&apos;s reason is in its row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a process server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VCenterConnectDialog</name>
    <message>
        <source>Connect to vCenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;member the password in this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v&amp;Center:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My vCenter &amp;administrator confirmed that the certificate was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My vCenter administrator confirmed that the certificate was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust this certificate and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter is optional. Without it the wizard still reads the vault, but these checks show as unknown: {checks} (snapshots, VMware Tools, disk UUIDs, controllers, the host&apos;s datastores and licence, whether the VM still exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What skipping vCenter means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenters the vault knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip vCenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip vCenter and continue with the vault alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault knows: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password taken from this computer&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the vCenter name, the user and the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING — re-verify this certificate: the file of trusted vCenter certificates was damaged, so an earlier trust of {host} may have been lost. The damaged copy is at {copy}.

{summary}

SHA-256 thumbprint:
{thumbprint}

Trust it only if your vCenter administrator confirms this thumbprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary}

SHA-256 thumbprint:
{thumbprint}

Trust it only if your vCenter administrator confirms this thumbprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING — {summary}

Trusted until now:
{previous}

Presented now:
{thumbprint}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>answers</name>
    <message>
        <source>The answers could not be saved to {path} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you can write to, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reprotect-answers-{subject}.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers saved to {path}. {n} warning(s) or unknown check(s) are not accepted in it: reprotect-cli run will refuse them until you accept them here and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers saved to {path}; replay them with reprotect-cli run --answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers file {path} can&apos;t be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers file {path} is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the answers again from the wizard&apos;s Review page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was prefilled; choose on each page as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefilled from the answers file: check each page; accept the warnings again on the Review page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an answers file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill every page from answers saved with Save answers… on the Review page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Training estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprotect to on-premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you want to open?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a Recovery Services vault (and its vCenter) to reprotect for real, or practise on the built-in training estate, where nothing real is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to a vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>asr_errors</name>
    <message>
        <source>Reprotect failed because the Azure virtual machine was not able to reach the on-premises configuration server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the Azure VM can reach the configuration server over the site-to-site VPN or ExpressRoute, and that the InMage Scout service is running on it, then retry the reprotect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection could not be completed for the virtual machine: a virtual machine with the same name already exists on the master target&apos;s ESXi host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a master target on another ESXi host, or rename or remove the existing VM, then retry the reprotect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprotect failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the provider error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the cause and retry the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure VM could not reach the configuration server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check connectivity from the Azure VM to the configuration server on 443 and 9443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is throttled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replication appliance&apos;s services are not running (error 78175)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master target agent version 9.41 is no longer supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure&apos;s own words: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>asr_states</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned failover in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned failover: commit required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned failover finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned failover committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover: commit pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprotect in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-premises (primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure (recovery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security update required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>asr_tasks</name>
    <message>
        <source>Reprotect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisites check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisites check for reprotect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the master target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the on-premises virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the replication appliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating and attaching disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating disks on the datastore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting replication through the appliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting replication to the on-premises site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the provider states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing the configuration server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprotect the virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplanned failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisites check for failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisites check for planned failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisites check for commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down the virtual machine in Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronize the latest changes to on-premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the virtual machine on-premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach the disks from the appliance and snapshot them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll the on-premises disks back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the virtual machine in Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume replication to on-premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit the failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the virtual machine in Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Mobility agent on the virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start replication to Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the replication appliance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>The answers file can&apos;t be used: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the answers again from the wizard&apos;s Review page (Save answers…); don&apos;t edit the file by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {what} {name} is no longer offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {what} {name} can no longer be chosen ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>master target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replication appliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers file no longer matches the vault: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the answers file in the wizard (reprotect-gui --answers FILE), review the changed choices and save the answers again. Nothing was submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still to choose: {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}.{key} must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be an object with id and name, or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its format is {found}, not {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vault, subject and choices must be objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statements must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject.kind is {kind}; it must be &apos;item&apos; or &apos;plan&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choices.vms must list at least one VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statements.link_type is {link}; it must be one of {known} or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statements.ip_addresses_retained must be true, false or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a classic reprotect needs choices.master_target and choices.process_server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datastore for {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention drive for {vm}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a modernized reprotect needs choices.appliance and choices.log_storage_account_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log storage account {account} is no longer offered (RCM-05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers file has version {version}, which this program does not know (it reads {known}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the version of reprotect-gui that saved it, or save the answers again with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow is {flow}; it must be &apos;classic&apos; or &apos;modernized&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}.disks must be a list of disk ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged[{index}] must be an object with check_id and subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answers are for the vault {wanted}, but the vault read is {read}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choices.vms has no entry for {vm} ({item_id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VMs now replicate with the {flow} experience, not {answered}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recovery plan {plan} is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VMs of the recovery plan {plan} changed ({what}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VM {vm} is no longer a replicated item of the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vm} can no longer be reprotected ({check}: {reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vm}: the disk(s) {disks} are no longer on the VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vm}: the answers bring back no disk (DS-07).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vm} needs a datastore and a retention drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vm} needs a datastore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a VM or a recovery plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{appliance} reaches: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{appliance} reaches {datastore}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{appliance} can&apos;t reach datastore {datastore}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not one of the appliances offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can&apos;t retry on {appliance_id}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item_name}: only a modernized reprotect can be retried on another appliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item_name}: only a modernized reprotect has another appliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{disk} ({size_gb} GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: brings back {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All the VM&apos;s disks come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{disk} ({size_gb} GB, {tags})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: type {ds_type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMFS datastore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: mounted on {value}; accessible = {accessible}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is reachable from host {esxi_host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {free} GB free {value} {needed} GB of disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has {free} GB free, less than the {needed} GB the new disks need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: RDM disk(s) {rdm}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDM disks need the original VM, and whether it exists is not known: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: leaves out {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown disk ids: {unknown_ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request names disks the VM doesn&apos;t have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disk is selected to come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure&apos;s temporary storage disk is included; it holds nothing worth bringing back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} disk(s) stay in Azure: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vSAN datastore: listed by ASR, yet the reprotect job can fail on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ds_type} datastores are not supported; only VMFS and vSAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR does not list {value} on master target {mt}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t confirm {name} is mounted on host {esxi_host}: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not in vCenter {vcenter_name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host {esxi_host} is not in vCenter {vcenter_name}; can&apos;t tell if it mounts {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not mounted on the master target&apos;s host {esxi_host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter reports {name} inaccessible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The free space of {name} is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has room for the new disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No RDM disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDM disks come back to the original VM (original location).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDM disks can&apos;t be recovered to an alternate location (the original VM is gone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mt}: datastores {seen}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mt}: host {esxi_host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter {vcenter_name}: no datastore {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mt}: host {esxi_host} not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type of datastore {value} is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: exists on-premises ({how})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: exists on-premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s disks already exist on-premises: the datastore value ({name}) is required but ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original-location recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s disks are reused; no new disk is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t tell whether new disks must be created: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not listed by ASR nor found in vCenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: no RDM disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: not listed by ASR on {mt} nor found in vCenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datastore value ({name}) is used: new disks are created there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate-location recovery: the new VM is created on {name}; use the retention drive and datastore configured for {mt_name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the VM&apos;s disks still exist on-premises, the datastore value ({name}) is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the on-premises VM was deleted, a new VM is created on {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject}: exists on-premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the datastore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} min {value2} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicated by {provider}, which is not a VMware-to-Azure provider: out of scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VM was created in Azure, it was never protected on-premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VM was migrated to Azure (migration completed); there is nothing to fail back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the failed-over Azure VM was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Azure VM was moved to another resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protection was disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was reprotected already and replicates back to on-premises ({provider}): go on with its failback instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR does not allow reprotect in state &apos;{protection_state}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: protection state {protection_state}, active location {active_location}, allowed operations {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed over to Azure; ASR allows reprotect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: {os_version}, protected as {discovery_type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a physical Windows Server 2008 R2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: in configuration server database = {in_configuration_server_db}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration server knows the VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: Mobility agent installed = {agent_installed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Mobility agent is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicated Azure to Azure ({provider}): it fails back to its other Azure region, not to VMware. Reprotect it from the vault&apos;s Azure virtual machines in the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicated from Hyper-V ({provider}): it fails back to its Hyper-V site, not to VMware. Reprotect it with the portal&apos;s Hyper-V reprotect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrated by agentless VMware migration ({provider}, Azure Migrate): a migration has no failback. To protect the VM, replicate it with Site Recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: provider {provider} → {flow} flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic VMware-to-Azure item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: failed over {minutes} ago, agent {heartbeat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent has not registered again more than {minutes} minutes after the failover; reprotect will fail with &apos;agent not installed&apos; until it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mt}: host {host} runs {product}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failback target is an ESXi host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: protected as {discovery_type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A physical server fails back only as a VMware VM, to an alternate location (a new VM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has no such protected item (it was removed or the list is stale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the failover still awaits its commit (state &apos;{protection_state}&apos;): commit it first (Commit on the VM or its recovery plan), then reprotect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a job is still running on it (state &apos;{protection_state}&apos;): wait until it finishes, then reload the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VM has not been failed over to Azure (it still runs on-premises)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible: {cause}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Server 2008 R2 protected as a physical server cannot fail back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM is no longer in the configuration server&apos;s database; failback would fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Mobility agent was uninstalled from the Azure VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {flow} item can&apos;t be reprotected with the {request_flow} dialog&apos;s values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modernized item: reprotected through a replication appliance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR did not report when the VM failed over, so the agent&apos;s registration can&apos;t be judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent has registered since the failover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent is still registering with the configuration server: wait {minutes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t confirm that master target {mt} runs on an ESXi host: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master target {mt} is on no ESXi host (not a VM in vCenter {vcenter_name}): the failback target must be an ESXi host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t confirm that {esxi_host} is an ESXi host: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host {esxi_host} is not in vCenter {vcenter_name}, so its product can&apos;t be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failback target {host} is not an ESXi host ({product}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected as a VMware VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mt}: ESXi host {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item id {item_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request: {request_flow} flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: failover time not reported, agent {heartbeat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait left: {minutes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mt}: ESXi host not reported by ASR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mt}: no ESXi host in ASR or vCenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A physical server fails back as a new VMware VM, but the master target&apos;s ESXi host is not discovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter was not read (the wizard is not connected to vCenter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last {minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last heartbeat {minutes} min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on-premises VM {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no heartbeat reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the details of VM {vm} were not read from vCenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched by {matched_by}, found by {found_by}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched by {matched_by}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is not in vCenter {vcenter_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} was not mapped to a vCenter VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} matches several vCenter VMs ({names}); none was chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>master target {mt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ps}: health {value}, {heartbeat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{appliance}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target_name}: allowed operations {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {scenario} is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failback shuts the Azure VM down and then powers the on-premises VM on: the application is down meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is not ready for failback: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m}: needs {mb}; {host_name} has {mb2} free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m}: {on_prem_power_state}, tools {value}, IP {value2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replication policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run-as account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reprotect does not carry the Azure VM size, network or resource group: review them afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} can&apos;t be failed back now: it does not offer {operation}{running}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failback by {operation} is offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} does not replicate from Azure back to on-premises ({value}): the failback direction is unclear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure → on-premises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest application-consistent point (LatestTag) is older than the latest processed one: changes after it are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m}: Azure VM shut down first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery plan {target_name} mixes replication providers: it can&apos;t fail back as one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every member of {target_name} is ready for failback: {not_ready}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is ready as for reprotect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject}: {check} {finding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A classic failback can&apos;t be cancelled or retried once it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A modernized planned failover can be cancelled: the disks are snapshotted before the VM powers on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power state {on_prem_power_state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMware Tools {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no guest IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery plan {target_name} does not offer Commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit is offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator confirmed that the application works on-premises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has confirmed yet that the application works on-premises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After commit the recovery point can&apos;t be changed and the remaining points are deleted. Until then you can still change it ({can_change}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After commit the recovery point can&apos;t be changed and the remaining points are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprotect to Azure is offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every input of the reprotect to Azure is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ps} has not sent a heartbeat in the last {minutes} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery plan {target_name} can&apos;t be reprotected as a plan: reprotect each member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic replication is retired: Azure may refuse a classic reprotect to Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery plan {target_name} does not offer {operation}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m}: state {value}, allowed {value2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m}: provider {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery point: {recovery_point}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chosen recovery point: changes after it are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery point: {recovery_point}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} is in replication group {multi_vm_group_name}: it can only be {doing} through its recovery plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>providers: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every member of {target_name} is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether host {value} has memory for {m} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host {host_name} has less free memory than {m} needs: it may fail to boot (error 8038).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host {host_name} has memory for {m}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last planned failover of {m} failed: cancel it first, then fail back again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The on-premises VM {m} could not be read from vCenter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The on-premises VM {m} is not running normally yet: {problems}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} runs on-premises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} does not offer Commit now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit deletes the failed-over Azure VMs of {members}. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit deletes the failed-over Azure VM of {members}. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} does not offer Commit; it offers {offered} instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} does not offer Commit and no way forward yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m}: allowed {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} can&apos;t be protected to Azure now: it does not offer Reprotect ({scenario} is running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} can&apos;t be protected to Azure now: it does not offer Reprotect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When {m} booted on-premises is not known: its agent may not be registered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} booted {int} min ago: its agent may need up to {left} more min to register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} booted long enough ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ps} is not healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery point: {recovery_point_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m}: multiVmGroupName {multi_vm_group_name}, multiVmGroupId {multi_vm_group_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m}: VM memory {mb}, host free {mb2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m}: lastPlannedFailoverStatus Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m}: booted {isoformat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ps} reports warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ps} is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{check} {finding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vm}: {count} snapshot(s): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host {esxi_host}, datastore {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t check {fact}: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same OS type, same or higher version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject}: {os_type} → {mt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All VMs of the {label} share one OS type and master target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{matched_by} {uuid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vm}: no snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vm}: has snapshots (vCenter did not name them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} snapshot(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master target has no snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the master target&apos;s snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMware Tools on the master target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vm}: tools status {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk.EnableUUID on the master target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vm}: disk.EnableUUID = {setting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the master target&apos;s SCSI controllers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vm}: SCSI controllers {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vm}: in Storage DRS = {in_storage_drs}; datastores in a Storage DRS cluster: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}: {count} datastore(s), VMFS/vSAN: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master target&apos;s host has no VMFS or vSAN datastore: the datastore list would be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mt}: ASR reports {count} disk(s), vCenter shows {seen} on VM {vm}; the higher ({higher}, {decides}) counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mt}: {in_use} + {adding} disks {value} {limit} ({budget})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {n} disk(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many disks for master target {mt}: {budget} ({names}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The on-premises VM has no snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s datastores are mounted on the master target&apos;s host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mt}: {heartbeat}, version status {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health error: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation error: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master target {mt} is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VM chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{os_type} master target; {names} need(s) a {wanted} one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master target&apos;s OS version is lower than that of {older}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same OS type, but the versions can&apos;t be compared for {uncomparable}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery plan {plan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixes Windows and Linux VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses {mts} different master targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {label} {problems}; one master target must serve all its VMs to give them a common point in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIOS UUID {uuid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance UUID {uuid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on-premises VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter did not report snapshots of {vm}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master target has {count} ({names}); reprotect would fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host&apos;s VMFS and vSAN datastores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host {esxi_host} is not in vCenter {vcenter_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master target&apos;s host has a VMFS or vSAN datastore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mt}: ASR reports {count} disk(s); vCenter&apos;s count not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk slots: {budget} used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the on-premises VM&apos;s snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The on-premises VM has {count} ({names}): delete them before reprotecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The on-premises VM no longer exists; a new one will be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VM&apos;s datastores on the master target&apos;s host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VM&apos;s datastores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter reported no datastore for {vm}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master target&apos;s host {host} can&apos;t write to the datastore of {vm}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vm}: {fact}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no heartbeat in {window}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{health_errors} health error(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{validation_errors} validation error(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent version {version_status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master target {mt} is unhealthy: {blocks}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master target {mt}&apos;s agent needs attention: {version_status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a replication group or plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The on-premises VM no longer exists; no disk UUID can clash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk UUIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vm} and master target {mt} share disk UUIDs (built from the same template).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disk UUID is shared with the master target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter did not report the tools status of {vm}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk.EnableUUID is true on the master target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk.EnableUUID is not true on the master target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter reported no SCSI controller on {vm}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage DRS on the master target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master target can be moved by Storage vMotion (Storage DRS); exclude it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master target is not subject to Storage DRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR sees a VMFS or vSAN datastore on the master target&apos;s host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The on-premises VM no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not mounted on {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The on-premises VM exists; its disks are reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk.EnableUUID on the on-premises VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk.EnableUUID is true on the on-premises VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk.EnableUUID is not true on the on-premises VM: an extra disk may be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has no such master target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMs: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter VMs {names} share the {label}&apos;s {uuid} (cloned without a new UUID): the wizard can&apos;t tell which one is meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vm} and master target {mt} (VM {mt_vm}) share a {kinds} UUID: one was cloned from the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared disk UUIDs: {shared}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vm}: {disks} disk(s), {mt}: {disks2} disk(s), none shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMware Tools run on the master target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMware Tools are not running on the master target; its datastores can&apos;t be discovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master target has a paravirtual SCSI controller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mt}: ASR lists VMFS/vSAN {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is inaccessible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: found in vCenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The on-premises VM no longer exists: ASR creates a new VM on {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the on-premises VM no longer exists, ASR creates a new VM on {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>master target id {master_target_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replication group {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{uuid}: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vm} and {mt_vm}: same {same}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master target has SCSI controllers other than LSI Logic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master target&apos;s SCSI controllers are LSI Logic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} mounted on {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new VM on {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{appliance}: health {value}, {heartbeat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliance {appliance} is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has no such replication appliance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datastore named: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{appliance} (vCenter {vcenter_name}) reads and writes: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate-location recovery: ASR creates a new VM on {datastore} in vCenter {vcenter_name} and copies the whole disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: disks on {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{appliance} reaches: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliance {appliance} reaches the datastore holding {item}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{appliance}: {disks_in_use} disk(s) in use + {adding} = {total} / {MAX_DISKS_PER_APPLIANCE}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{i}: {replicated_disk_count} replicated disk(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} of {MAX_DISKS_PER_APPLIANCE} disks on {appliance}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no replication in this vault yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log storage account {name}: used by {users}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication logs go to {name}, chosen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After failback static IPs are not kept; fstab/LVM configuration may change; iSCSI disks come back as VMDKs. A planned failback can be cancelled (disks are rolled back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After failback static IPs are not kept; iSCSI disks come back as VMDKs. A planned failback can be cancelled (disks are rolled back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliance {appliance} has not sent a heartbeat in {window}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliance {appliance} is unhealthy ({health}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliance {appliance} reports health {health} with errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appliance id {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: exists on-premises as {vm} (vCenter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: ASR&apos;s discovery says the on-premises VM is {said} ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: not known whether the on-premises VM exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can&apos;t be told whether the on-premises VM still exists, so neither original- nor alternate-location recovery can be confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original-location recovery: the VM&apos;s disks are reused on {datastore}, selected automatically; only changes go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate-location recovery needs a datastore: none was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliance {appliance} can&apos;t read and write {datastore}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source VM is gone: the appliance writes to the datastore chosen for the new VM (RCM-03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither vCenter nor ASR named the VM&apos;s datastores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t tell which datastore holds {item}: {why_not}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliance {appliance} can&apos;t reach {names}, which holds {item}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a Storage DRS cluster: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage DRS may move these disks with Storage vMotion, which is not supported after reprotect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliance {appliance} would carry {total} disks; at most {MAX_DISKS_PER_APPLIANCE}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log storage account named: the modernized reprotect needs one (there is no retention drive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication logs go to {name}, which {item}&apos;s replication already uses (reused, not created).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original-location recovery uses the VM&apos;s own datastore; {value} is not one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accessible = {accessible}, writable = {writable_by_account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter {vcenter_name}: {datastore} {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter {vcenter_name} does not show {datastore} as accessible and writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: log storage account not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold: {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider: {provider}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protectionState: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replicationHealth: {health}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{disk}: {percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM: {percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPO: {rpo}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last heartbeat {age} ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet ({check}): {finding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} member(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>providers: {providers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every member of the plan is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reprotect job succeeded and no other operation runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest: {when} UTC{kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calculated {age} ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resyncState: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress: {percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncompressed {rate} MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compressed {rate} MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data rate to on-premises: {rates}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appliance: {appliance} ({health})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s members are not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of {total} member(s) not ready: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s members replicate with different providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reprotect job has not succeeded (state {state}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currentScenario: {scenario}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another operation runs on the item ({scenario}); no action until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item replicates from Azure to on-premises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is not protected yet (state {state}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replication appliance {appliance} reports health {health}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No health errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation error {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health error {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possible causes: {causes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommended action: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since {when} UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial replication progress is not reported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial replication is at {percent}; failback waits until every disk is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial replication is complete on every disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication progress is reported as {health}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery point exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RPO is not reported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RPO ({rpo}) is over the policy&apos;s threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resynchronization is pending ({percent} done).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resynchronization is pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent on the Azure VM did not register after failover (a critical health error until fixed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s last heartbeat is not reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent on the Azure VM last reported {age} ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent on the Azure VM reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure VM may be off: its agent has been silent for {age}. It must stay on until failback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the Azure VM running until failback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The on-premises target VM is reported as deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for failback after you confirm the warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for failback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job {job}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item still replicates to Azure: the reprotect did not take effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s replication provider is not one the wizard knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected, replication health Normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appliance: {appliance}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health: {health}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recovery point exists yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery points were not read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modernized replication reports no RPO; no recovery point yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modernized replication reports no RPO; the newest recovery point is {age} old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RPO was last calculated {age} ago, longer than the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPO {rpo}, within the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The on-premises target VM is powered on; it must stay off until failback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected, but replication health is Warning: failback only after you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication health is {health}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age: {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>powerStatus: {power}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The on-premises target VM is powered off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the on-premises VM that was mapped in the wizard powered off until failback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a newly added drive can take up to {minutes} minutes to appear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cs}: last refreshed {minutes} min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vol}: {used}% used {value} threshold {threshold_percent}% ({value2} of {value3} GiB free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free space is within the volume&apos;s threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mt} ({os_type}): default {default}, chosen {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not listed on this master target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the default retention drive; {default} {note}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration server not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cs}: last refresh not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mt}: retention volumes {listed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR lists {chosen} on {mt}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used for another purpose (e.g. a replication target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used for another purpose = {used_for_other_purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the volume is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked = {locked}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache volume: the master target or process server is installed on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache volume = {is_cache_volume}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file_system} file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file system {file_system}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zero capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity {capacity_bytes} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{volume}: {fact}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free space is below the volume&apos;s threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default retention drive {default} is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR does not list {value} on {mt}; {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid retention drive: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine as a retention drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a retention drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>443/TCP: control channel to the configuration server (Azure VM and process server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9443/TCP: replication data to the process server and master target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual test: `telnet {cs_names} 443` and ping from the process server and the Azure VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{policy}: RPO threshold {rpo} min, recovery point retention {history} min, app-consistent every {app} min (portal defaults 15 / 1440 / 60)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failback policy differs from the portal&apos;s defaults (made with PowerShell?); it is used as is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ps} ({location}): {heartbeat}, health {health}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process server reaches the configuration server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ps}: in {location}; link stated: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-premises process server over ExpressRoute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has no such process server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the configuration server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure reaches on-premises over {link}; the failed-over VMs must reach the configuration server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mt}: ASR sees {datastores} datastore(s) on host {esxi_host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR discovered no datastore although the host has some: the vCenter discovery account lacks permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original vCenter: {value}; target: {target}; {mt} on {vcenter_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing back to an alternate vCenter ({target}); Microsoft&apos;s types-of-failback page supports only the original vCenter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}: {product}, licence {license_edition}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wizard: connected to {vcenter_name} = {connected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter {vc_name} is connected to ASR and reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses retained on failover: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cs} ({ip}): {heartbeat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failback policy is mapped for the failback direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested policy: {others}; mapped: {policy_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request names a policy other than the one mapped for failback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failback policy has the portal&apos;s values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No process-server heartbeat in {window}: it can&apos;t reach the configuration server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process server&apos;s health is Critical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process server is in Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR does not say whether this process server runs in Azure or on-premises; with a site-to-site VPN it must be in Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An on-premises process server suits ExpressRoute, not a site-to-site VPN, and the link type was not stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-premises process server over a site-to-site VPN: deploy a process server in Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process server id {process_server_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication back needs a site-to-site VPN or ExpressRoute private peering; the link type was not stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link type: {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR discovered the master target host&apos;s datastores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR discovered no datastore on the master target&apos;s host: the symptom of a vCenter discovery account without the needed permissions (or of a host without VMFS, MT-08).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter account {account_name}: can browse datastores = {account_can_browse_datastores}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter: host {host} mounts {datastore_names} datastore(s), {host_vmfs} VMFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR lists no datastore because the host has no VMFS datastore (see MT-08), not for lack of permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master target {mt} is on vCenter {vcenter_name}, not on the target {target_vcenter}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not known which vCenter master target {mt} is on: ASR does not report it and vCenter was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenters discovered by ASR: {sorted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter {target} is not discovered by ASR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR did not report the VM&apos;s original vCenter, so it can&apos;t be told whether this is an alternate vCenter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing back to the original vCenter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR: vCenter {vc_name} not discovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR: vCenter {known} {discovery_status}, {heartbeat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR does not see vCenter {vc_name} connected; detaching and attaching disks would fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t confirm vCenter {vc_name} is reachable: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard is connected to {vcenter_name}, not to {vc_name}: reachability not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter {vc_name} is not reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failback policy: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failback policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over ExpressRoute any process server location is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link type: not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the failover/failback ports before reprotecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licence of host {esxi_host} can&apos;t be read: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host {esxi_host} is not in vCenter {vcenter_name}; its licence can&apos;t be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master target&apos;s host runs a free ESXi edition: failback to it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host has a licensed edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses were not retained on failover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration server is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration server has not sent a heartbeat in {window}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not known which vCenter the master target is on: ASR does not report it, the vault knows {known_vcenters} vCenters, and vCenter was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses were retained: the configuration server needs two NICs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If IP addresses were retained on failover, the configuration server needs two NICs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has no configuration server for this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR did not say which configuration server serves this item, so its heartbeat can&apos;t be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenters discovered by ASR: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: configuration server {configuration_server_id} not in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: no configuration server named; vault has: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full copy of {total} GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vm}: {power_state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes only if the on-premises VM still exists, otherwise a {full}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: {location}, {disks} disk(s): {estimate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every VM of plan {plan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan {plan}: {item_ids} VM(s), {count} with values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replication group {group}: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternate location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data to send back: {estimate}; no duration can be promised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failback (the next step) needs at least one recovery point for {scope}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t check the on-premises VM&apos;s power state: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The on-premises VM is powered on; reprotect powers it off. Don&apos;t power it on afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The on-premises VM is powered off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job is already running on this VM: the wizard follows it instead of submitting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job will be followed until it ends; then failback (plan the downtime).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After failback this Linux VM&apos;s static IP comes back as DHCP; set it again by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows VMs keep their static IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{requests} VM(s) being reprotected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every VM of the plan needs its values; missing: {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s VMs are reprotected one by one (the plan-level API no longer works) and their jobs followed together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single VMs, not in a replication group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication group {group} can only be reprotected through a recovery plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: running job {running_job_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: no job running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} VM(s), none in a replication group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication group {group} is only partly in the reprotect: {left_out} left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of replication group {group} is reprotected together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixes classic items ({classic}: master target) and modernized items ({modern}: replication appliance). Reprotect them one by one: choose &apos;A virtual machine&apos; above, or split the plan by replication experience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reprotect recovery plan {plan} instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a recovery plan with {members} in the portal, then reprotect that plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In replication group {group} ({members}), which can only be reprotected through a recovery plan: {way}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable retention drive on {mt} ({refresh}); {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replication group {group}: {members}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datastore page would be empty for {mt} (host {host}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on-premises VM {locator} is not in vCenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {count} can be chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mt}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has no master target; the VMs need a {os_types} one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR lists only volumes that meet this rule: {fix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has no replication appliance registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{appliance} reaches none of the datastores holding {item} (it reaches {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{appliance} reports no datastore it can write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: none can be chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {label} was taken, the first eligible of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process server: none can be chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{missing}: not a protected item of this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan has no protected items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cause can&apos;t be narrowed down: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to vCenter to see the host&apos;s datastores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} was not mapped to a vCenter VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log storage account: none is in use yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention drive for {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixes Windows and Linux VMs ({names}); one MT can&apos;t serve both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replication group {group} is only partly in this plan: {names} left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datastore for {item}: none can be chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send the log file {file} (the “Open log folder” button shows it) to your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of vCenter {host} is not trusted by this computer ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare its SHA-256 thumbprint with the one your vCenter administrator gives you ({format_thumbprint}); trust it only if they match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of vCenter {host} has changed since you trusted it. Someone may be intercepting the connection; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not continue unless your vCenter administrator confirms the certificate was replaced and its SHA-256 thumbprint is {format_thumbprint}; then trust the new certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{recovery_point}&apos; is not a {flow} {scope} recovery point (one of {choices})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recovery point id goes with Custom, and only with Custom (FB-03)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a modernized planned failover can be cancelled (FB-12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a process server and a policy are required to protect to Azure again (REV-03/04)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a classic reprotect to Azure needs the run-as account (REV-03, P5: mandatory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a modernized reprotect to Azure has no master target (REV-04)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a master target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a process server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still to choose: a classic failback policy (INF-02)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a datastore for {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a retention drive for {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a replication appliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a log storage account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} mixes replication providers: its failback can&apos;t be cancelled as one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} fails back by the classic architecture: its failback can&apos;t be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel failover is offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vm} does not offer Cancel failover now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} does not offer Cancel failover now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprotect (Azure → on-premises)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for failback (RDY-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failback (FB-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel of the failback (FB-12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit (CMT-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected to Azure again (REV-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation (FB-01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction (FB-02)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery point (FB-03/FB-04)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen recovery point (FB-03)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-VM sync point (FB-04)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut the Azure VM down first (FB-05)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process server (REV-03/REV-04)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master target (REV-03)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication policy (REV-03/REV-04)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run-as account (REV-03/REV-04)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FB-05: the downtime window and users off the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FB-10: a classic failback can be neither cancelled nor retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMT-02: the application works on-premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMT-01: commit deletes the failed-over Azure VM, and can&apos;t be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey of {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failback journey of {subject}: reached “{stage}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failback journey: reprotect → ready → failback → commit → protected to Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} × {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {stage} was still running when the report was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: read the failback job&apos;s error, fix its cause and fail back again when ASR offers it (FB-10: a classic failback can&apos;t be cancelled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: fix the cause of the failed {stage} (see its error), then run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey is complete: the VMs replicate to Azure again. Review each VM&apos;s compute and network settings in Azure before the next failover (REV-06), and remove the Azure resources added after failover (CMT-07).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: the VMs run on-premises without protection: protect them to Azure again (CMT-07, REV-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: check each on-premises VM in vCenter (powered on, VMware Tools running, an IP address; FB-13), confirm that the application works (CMT-02), then commit (CMT-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: the failback was cancelled and the Azure VM runs again: fail back again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failback journey of {subject}: no step has succeeded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({health})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: cancel the failed failback (FB-12), then fail back again. Never disable protection (FB-11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM / plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices and checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage} — {subject}, job {job}: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks: {checks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job {job}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{check} (accepted): {finding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was not found in vCenter by UUID, name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; found by {found_by}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is vCenter VM {vm} (matched by {matched_by}{found}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} matches several vCenter VMs by {matched_by} ({listed}); the wizard will not guess which one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {rest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{check}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUB-01: keep the on-premises VMs powered off. ASR powered them off for the reprotect; starting one now would corrupt its disks or break replication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUB-04: after failback, Linux VMs come back with DHCP instead of their static IP addresses; set the static addresses again by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUB-06: failback needs at least one recovery point for every VM; wait until one exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: failback (planned failover to on-premises) once every VM shows a recovery point. It shuts the Azure VMs down: plan the downtime (SUB-03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: fix the cause of each failed job (see its error and the linked check), then run the reprotect again for those VMs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (could not be checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} unknown (could not be checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be fixed before reprotect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept them to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{failed} of {total} reprotect(s) did not succeed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datastore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for failback?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known cause (SUB-07, check {check}): {cause} Fix: {fix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress when the report was made ({total} VM(s)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprotect succeeded for {total} VM(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} ({total} GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (ESXi host {host})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({location})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run-as account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failback policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: RPO threshold {rpo} min, recovery points kept {history} min, app-consistent every {app_consistent} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vm} — job {job}: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started {started}, ended {ended}, took {took}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error {code}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprotect drill report — {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprotect drill report: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure → on-premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices per VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs and timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checks recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task timings were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible causes (ASR): {causes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended action (ASR): {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING ESTATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing real was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vm}: not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure accepted the reprotect of {vm} without a tracking address, and no job showed on the item within {minutes} min. Open the vault&apos;s Site Recovery jobs in the Azure portal and look for a reprotect of {vm}; if there is none, run the wizard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMs of one replication experience (classic and modernized can&apos;t be mixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMs replicated from VMware or physical servers to Azure (ELIG-08)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service principal certificate file is not chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate (PEM or PKCS#12 with its private key) in the Azure sign-in dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service principal needs both the tenant id and the application (client) id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter both in the Azure sign-in dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret is stored for the application {client} in the tenant {tenant}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret in the Azure sign-in dialog; it is kept in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate {path} could not be used: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a readable PEM or PKCS#12 file that holds the private key (and its password, if any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list your Azure subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the Recovery Services vaults of the subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in and listing subscriptions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing Recovery Services vaults…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaults listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking to Azure failed while the wizard tried to {doing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure answered, but with data the wizard could not read, while it tried to {doing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Retry; if it happens again, {send_the_log}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure refused to {doing}: {message} ({value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct what the message names, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site Recovery Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site Recovery Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (it lacks &apos;{action}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Azure account may not {doing} on {where}{missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an owner to give your account the {role} role (or Contributor) on {where}, then sign in again and press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resource group {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subscription {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure could not find what the wizard needed to {doing}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the vault and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard could not reach Azure to {doing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to Azure failed; Azure gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to Azure failed. Azure&apos;s own words: “{reason}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the sign-in method, tenant and account in the Azure sign-in dialog, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Azure sign-in or management address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy or firewall between this computer and Azure{to} answered HTTP {status}{reason} instead of Azure while the wizard tried to {doing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your network team to let this computer reach Azure Resource Manager through the proxy or firewall (the details below show its page), then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure no longer accepts your sign-in, so the wizard could not {doing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Azure again, then press Retry; nothing you entered is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure did not answer in time (the connection dropped or timed out) while the wizard tried to {doing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure is limiting how many requests the wizard may send (throttled) while it tried to {doing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a minute, then press Retry; nothing you entered is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Site Recovery kept failing (HTTP {status}) while the wizard tried to {doing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few minutes and press Retry; check https://status.azure.com if it goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault {vault}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure subscription was not found, or your account cannot see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the subscription and vault again in the Azure sign-in dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Recovery Services vault {vault} was not found: it was deleted, moved, or is in another subscription or resource group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the vault again in the Azure sign-in dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard could not {doing}: the certificate Azure presented could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy that inspects TLS must be trusted by this computer; ask your network team, then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard could not {doing}: {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to Azure failed: {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy this computer is set to use ({where}) could not be reached or refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the proxy settings (HTTPS_PROXY, the system proxy) with your network team, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer could not find the address of {where} (DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and the DNS settings; {where} must be resolvable from this computer (ask your network team), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no network route from this computer to {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection (VPN, firewall, routing) with your network team, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall or proxy may be blocking it; check with your network team, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection (VPN, proxy, firewall), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failback (planned failover)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failback (unplanned failover)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel of the failback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reprotect to Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the {step} of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {step} of {name} was sent, but Azure&apos;s answer named no job and none shows on it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a minute and press Retry: the tool reads the item first and follows the job if it started, so nothing is sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recovery plan&apos;s failover needs {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{plan_id}&apos; is not the id of a recovery plan. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the vault and choose the plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the recovery plan {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the replicated item {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Site Recovery operation ({scenario}) is running on {name}. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for that job to end, then reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Site Recovery does not allow the {step} of {name} right now (state {value}; allowed operations: {allowed}). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload: the step may have been done already, or the item changed state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure refused the {step} of {name}: {strip} No job was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct what the message names and submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a failover direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source site operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the replicated items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the reprotect of {item_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh the configuration server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Site Recovery: reading the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect to the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Site Recovery: vault read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the progress of the reprotect job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the progress of the reprotect jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the replication state of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the recovery points of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the choices for protecting {name} to Azure again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the journey state of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is neither replicating back on-premises nor protected to Azure (provider {provider}): there is nothing to protect to Azure again. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the vault: the item may have changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replicated item {name} is no longer in the vault {vault}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the vault: it may have been disabled or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the recovery points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure refused the reprotect of {item_name}: {strip} No job was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the choice the message names and submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reprotect request for {item_name} was sent, but Azure&apos;s answer was lost and no reprotect job shows on the item yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a minute and press Retry: the wizard checks the item first and follows the job if it started, so nothing is sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the configuration server to refresh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replicated item {item_name} no longer exists in the vault. Nothing was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the vault to see its current items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{item_id}&apos; is not the id of a replicated item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the vault and choose the item again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the vCenter servers known to ASR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the configuration servers, master targets and process servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the recovery plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the replication policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the protection container mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Site Recovery: {items} replicated items read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replicated item {name} no longer exists in the vault {name2}: protection was disabled or the item was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Site Recovery job {job_id} was not found in the vault {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the vault&apos;s Site Recovery jobs in the Azure portal to see its outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the replication state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Site Recovery does not allow reprotect of {item} right now (state {value}). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the vault: the item may have been reprotected already or changed state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing the configuration server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration server has no provider that can be refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the configuration server&apos;s registration in the vault (Site Recovery infrastructure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doing}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration server refresh ended {lower}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the configuration server is running and connected, then refresh again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration server refresh is still running after {minutes} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the job in the vault&apos;s Site Recovery jobs, then reload the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the replication state of the reprotected VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter {where} could not be reached ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network path to the vCenter (VPN, firewall), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} closed the connection without answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this is the vCenter&apos;s HTTPS port; a firewall or proxy may be cutting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate verification failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vCenter name {host} could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling, or enter its IP address; if the name is right, check this computer&apos;s DNS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} refused the connection: nothing listens on that port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the port (443 unless your vCenter uses another) and that the vCenter services are running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use {privilege}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use this function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter {host} did not answer within {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the vCenter is up and not overloaded, and that no firewall silently drops the traffic; then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure (TLS) connection could be made to {host}:{port} ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this is the vCenter&apos;s HTTPS port (443 by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at {host}:{port} answered, but not as a vCenter does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host name and port: enter the vCenter Server itself, not an ESXi host web page or a load balancer page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter {host} refused the user name or password for {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name (for example administrator@vsphere.local, with its domain) and the password; after several failures the account may be locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session with vCenter {host} ended while reading the inventory, and logging in again did not keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it happens again, ask the vCenter administrator whether sessions are being terminated or the session timeout is very short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account {user} may not {what} on vCenter {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with an account that has at least read-only rights on the whole inventory (INF-06 also needs datastore rights for the account ASR uses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter answered with a value the wizard can&apos;t use: {what} is {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that object in the vSphere Client and press Retry; if the value looks right there, {send_the_log}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to vCenter {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the virtual machines that matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the account&apos;s permissions and host licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked up {vms} virtual machines directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading details of the virtual machines that matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading hosts, datastores and datastore clusters: {count} so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a disk&apos;s capacityInKB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {label}: {count} so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {moref}: no permission to read {denied}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostSystem {moId}: runs {label} but is not readable by this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a disk&apos;s capacityInBytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the capacity of datastore {get}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the free space of datastore {get}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datastore {moId}: used by {label} but not readable by this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of trusted vCenter certificates ({path}) could not be saved ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free disk space or fix the folder&apos;s permissions, then trust the certificate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit record of the reprotect could not be written to {path} ({value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reprotect itself is not affected. Free disk space or fix the folder&apos;s permissions; note the job ID for your drill records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log {path} can&apos;t be read ({value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions; the reprotect jobs themselves are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to vCenter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of reprotect jobs in progress was damaged; it was kept as {damaged_copy} and a fresh list was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs it held are not offered again here: follow them in the vault&apos;s Site Recovery jobs in the Azure portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry without a job id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of reprotect jobs in progress ({path}) can&apos;t be read ({strerror}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions. The jobs themselves keep running in Azure; follow them in the vault&apos;s Site Recovery jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a journal of this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no list of jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of reprotect jobs in progress ({path}) is damaged and could not be moved aside ({strerror}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the jobs in the vault&apos;s Site Recovery jobs in the Azure portal, then delete the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reprotect job could not be recorded in {path} ({strerror}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job runs in Azure regardless. Free disk space or fix the folder&apos;s permissions; until then, note the job ID shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the data folder and its permissions. The jobs themselves keep running in Azure; follow them in the vault&apos;s Site Recovery jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter was not connected: the on-premises facts are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the item from the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the replication back to on-premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration server {server} has no recent heartbeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replication appliance {vm} replicates through is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another window of this app has been writing {path} in {parent} for more than {timeout_s} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the other window to finish (or close it), then try again; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting the reprotect of {item_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reprotect job {job_id} of {item_name} will not be offered again after a restart because the list of jobs in progress could not be written: {summary} The job runs in Azure regardless; this page follows it, and its ID is in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{check}: {finding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration server refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR refused the reprotect of {item}: it is a {flow} item, the request is {flow2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the wizard again for this VM; it picks the flow from the item&apos;s replication provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading vCenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another training window has been writing {path} for more than {LOCK_TIMEOUT_S} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for it to finish (or close it), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job {job_id} was not found in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may belong to another vault; open the vault&apos;s Site Recovery jobs in the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR refused the reprotect of {item}: the operation is not allowed in state {protection_state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the vault; the item may already be reprotected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR refused the reprotect of {item}: replication appliance {reprotect_agent_id} is not registered in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the vault and choose a registered, healthy appliance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR refused the reprotect of {item}: replication appliance {appliance} is not healthy. No job was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a healthy appliance, or repair this one (RCM-01), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replicated item {item_id} no longer exists in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the vault; the item may have been removed or protection disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has no replicated item {item_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure refused the {step} of {target}: it replicates {how}, the request is {flow}. No job was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the item and start the step again; the tool picks the architecture from the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure refused the {step} of {target}: the operation is not allowed now (state {states}; allowed operations: {allowed}). No job was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload: the step may have been done already, or the item is not ready for it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} is not replicated by the classic or modernized architecture: it can&apos;t be protected to Azure from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a VM that was failed back from Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Site Recovery operation is running on {target}. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure refused the {step} of {target}: it is in replication group {group}, which fails over and commits only through its recovery plan (FB-06). No job was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail back and commit the recovery plan that holds the replication group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure refused the {step} of {target}: recovery point {point} is not one of the item&apos;s recovery points. No job was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the recovery points and choose one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure refused the {step} of {target}: process server {server} is not known. No job was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the choices and pick a listed process server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure refused the {step} of {target}: policy {policy} does not exist for this architecture. No job was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the choices and pick a listed replication policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure refused the {step} of {target}: run-as account {account} is not known to the configuration server. No job was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one of the configuration server&apos;s run-as accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has no recovery plan {plan}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with mixed providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the {flow} architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the file (or start without --scenario to use the built-in training estate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario file {file} is not valid at {path}: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario file {file} is not valid: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario file {file} is {size} MB; a scenario is at most {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario file {file} nests lists or objects {depth} deep; at most {limit} are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario file {file} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path given to --scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario file {file} can&apos;t be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario file {file} is not UTF-8 text (byte {byte} is not valid UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file as UTF-8 (or start without --scenario to use the built-in training estate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario file {file} is not valid JSON: {reason} at line {line}, column {column}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario file {file} holds {value}, which is not a number a scenario may use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario file {file} nests too deep.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enum</name>
    <message>
        <source>classic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modernized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out_of_scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved_resource_group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OnPremises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site-to-site VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExpressRoute private peering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternate location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name and IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managed object reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct: managed object reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct: SearchIndex.FindAllByUuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct: SearchIndex.FindAllByIp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full inventory index (not decidable by a direct search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>job_errors</name>
    <message>
        <source>The Azure VM can&apos;t reach the configuration server, or its InMage Scout service is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the failed-over VM reaches the configuration server (ping, `telnet &lt;cs&gt; 443`) and that the InMage Scout service runs on it, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VM with the same name already exists on the master target&apos;s ESXi host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename or remove the existing VM on the host (or choose another master target), then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure VM is not running or not accessible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the failed-over Azure VM and make sure it is reachable, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datastore is not accessible from the ESXi host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount the datastore on the master target&apos;s ESXi host (read/write) or choose another datastore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The on-premises VM failed to boot at failback: the host lacks memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free memory on the ESXi host (or move the VM to a host with enough), then retry the failback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replication policy&apos;s values are invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the failback policy&apos;s values (RPO threshold, recovery point retention, app-consistent frequency).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it happens again, send the log file {log} (the “Open log folder” button shows it) to your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remediation</name>
    <message>
        <source>Only a machine that was protected on-premises and then failed over to Azure can be reprotected. A migrated, deleted, moved or hand-made Azure VM, or one whose protection was disabled, cannot fail back: protect the VM again from on-premises instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail back to an ESXi host (managed by vCenter or standalone). Hyper-V hosts, physical machines and VMware Workstation are not failback targets: choose a master target that runs on an ESXi host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Windows Server 2008 R2 SP1 server protected as a physical server cannot fail back to on-premises. Recover it by other means (backup, rebuild).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure VM&apos;s agent needs some minutes after boot to register again with the configuration server (the finding says how long). Wait until the countdown ends; the wizard checks again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM must still be in the configuration server&apos;s database. Restore the configuration server from a backup (with the same IP address) and schedule regular backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstall the Mobility agent on the failed-over Azure VM; without it reprotect and failback are impossible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A physical server fails back only as a VMware VM, to an alternate location: make sure the master target&apos;s ESXi host is discovered before reprotecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic items (InMageAzureV2) are reprotected through a master target and process server; modernized items (InMageRcm) through a replication appliance. Other providers (A2A, Hyper-V) are out of scope. Reprotect classic and modernized items separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the on-premises configuration server and make sure it is connected for the whole reprotect and failback. If it is lost, restore it from backup with the same IP address; schedule regular backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the failback policy (the portal creates it with the forward policy: RPO threshold 15 min, recovery point retention 24 h, app-consistent snapshots every 60 min) and map it for the failback direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Azure and on-premises by site-to-site VPN or ExpressRoute private peering. The failed-over VM must reach (ping) the configuration server and the process server must reach it on port 443: test with `telnet &lt;configuration server&gt; 443` and ping from the process server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the failover/failback ports: 443 (control, to the configuration server) and 9443 (replication data, to the process server and master target).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a site-to-site VPN only, deploy a process server in Azure, close to the failed-over VMs, and use it for the reprotect. An on-premises process server is fine with ExpressRoute private peering or for a proof of concept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the vCenter credentials on the configuration server with an account that has the permissions automatic discovery needs (a read-only account can&apos;t discover datastores), then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fail back to another vCenter, make sure ASR has discovered that vCenter and its master target first. Microsoft&apos;s types-of-failback page says only the original vCenter and configuration server are supported: prefer the original vCenter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESXi 5.5 Free / vSphere 6 Hypervisor Free can&apos;t be failed back to: upgrade the host to an evaluation (or full) licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect vCenter: ASR must see it connected (configuration server discovery) and it must be reachable, otherwise detaching and attaching disks fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When IP addresses were retained on failover, give the configuration server two NICs: one for the source machines, one for failback from Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a master target with the VM&apos;s OS type at the same or a higher version. Linux VMs need a separate Linux master target; Windows VMs can use the one on the configuration server or a separate Windows master target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprotect all VMs of a replication group or recovery plan to one master target; they must all be Windows or all Linux. Split a mixed plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM and the master target were built from the same template and share disk UUIDs: deploy a master target that was not built from that template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the snapshots on the master target before reprotecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the snapshots of the on-premises VM before reprotecting (the article says they can make reprotect fail, and also that they are merged during the job).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install VMware Tools or open-vm-tools on the master target and make sure they run; without them its ESXi host&apos;s datastores can&apos;t be discovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set `disk.EnableUUID=true` in the master target VM&apos;s configuration parameters (add the line if it is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach at least one VMFS datastore to the master target&apos;s ESXi host; without one the datastore list is empty and reprotect can&apos;t go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the master target LSI Logic SCSI controllers; a paravirtual SCSI controller makes reprotect fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A master target carries a limited number of disks (the finding names the limit): reprotect fewer VMs to it at once, or deploy another master target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newly added drive does not appear at once: refresh the configuration server, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appliance carries a limited number of disks (the finding names the limit): reprotect fewer VMs through it at once, or choose or deploy another appliance. Only disks that were replicated to Azure come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude the master target from Storage vMotion and Storage DRS; after a Storage vMotion failback can&apos;t detach the disks and they must be found and attached by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount the on-premises VM&apos;s datastore on the master target&apos;s ESXi host with read/write access, or choose a master target on a host that has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The on-premises VM no longer exists: ASR creates a new VM on the master target&apos;s ESXi host, on the datastore chosen. Pick the master target (and so the host) on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the master target&apos;s health in the vault (heartbeat, agent version, health and validation errors) or choose a healthy one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set `disk.EnableUUID=TRUE` on the on-premises VM as well; without it the original VMDK is found only on a best-effort basis and an extra disk may be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail back to a VMFS or vSAN datastore; NFS is not supported. Create a VMFS datastore on-premises if needed. vSAN datastores are listed but the job can still fail on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a datastore mounted on, and accessible from, the master target&apos;s ESXi host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The on-premises VM still exists, so its disks are reused and the datastore value is ignored; the API still requires one, so any listed datastore will do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery to an alternate location: choose the retention drive and datastore configured for the master target; the new VM is created in vCenter on that datastore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a datastore with at least as much free space as the VM&apos;s disks, or free up space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDM disks come back only to the original VM (original-location recovery). For an alternate location, restore the original VM first or accept VMFS/vSAN disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which disks come back; Azure&apos;s temporary storage disk is excluded by default because it holds nothing to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a volume that serves no other purpose (not a replication target).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the volume or choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t use the cache volume (where the master target or process server is installed): add a new disk to the master target and format it as the retention drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format the retention volume with NTFS (Windows) or ext4/XFS (Linux), not FAT/FAT32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a volume with a non-zero capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default retention drive is `R:` on Windows and `/mnt/retention/` on Linux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free space on the retention volume or choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the on-premises VM powered off: reprotect disables it to keep the data consistent. Do not power it on after reprotect completes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprotect a replication group only through its recovery plan; every VM needs its values and the same master target. The wizard reprotects the plan&apos;s VMs one by one and follows their jobs together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the job until it ends. When the VM is protected, the next step is failback, which shuts down the Azure VM and starts the on-premises one: plan the downtime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After failback, a Linux VM&apos;s static IP comes back as DHCP: sign in and set it again; NetworkManager may have been removed in Azure. Windows VMs keep their static IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much data goes back can&apos;t be calculated in advance: from nothing to the sum of all disk sizes. No duration can be promised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failback needs at least one recovery point for every VM (of the plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known ASR job error codes come with their documented cause and fix; for any other code follow the service&apos;s own recommended action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a healthy replication appliance registered in the vault (recent heartbeat, health Normal). Fix or restart the unhealthy appliance from its configuration manager; a failed reprotect can be retried on another healthy appliance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance must reach the datastore holding the source machine: give its ESXi host access to that datastore (a shared datastore is enough), or choose an appliance that reaches it. Do not move the appliance with Storage vMotion after reprotect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the on-premises VM still exists its own datastore is used (original location); when it is gone, choose a datastore in the appliance&apos;s vCenter that the appliance can read and write (alternate location: a new VM and a full copy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modernized flow has no retention drive: replication logs go to a log storage account in Azure. Reuse the one the VM already replicates through, or choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After failback static IPs are not kept, fstab/LVM configuration may change and iSCSI disks come back as VMDKs: check them on the on-premises VM. A planned failback can be cancelled (its disks are snapshotted and rolled back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail back with the architecture&apos;s own operation: classic items by an unplanned failover (the portal&apos;s &apos;Failover&apos;), modernized items by a planned failover. Wait until the item offers it: it appears once the reprotect has finished and the item is protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failback goes from Azure to on-premises. If the item does not replicate back on-premises (InMage or InMageRcmFailback), reprotect it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LatestTime (latest processed, crash-consistent) loses the least data and is recommended. LatestTag (latest application-consistent) is older. A custom point must be one of the item&apos;s recovery points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CrashConsistent is recommended. A planned failover first copies the pending changes, so the point is taken after the job starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a maintenance window and make sure users are off the application: the Azure VM is shut down, then the on-premises VM is powered on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail over and commit a VM in a replication group through its recovery plan, never item by item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan fails back only when every member is ready and all replicate back with the same provider: wait for the members that are not ready, or fail back the ready ones item by item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the site first: configuration server and vCenter connected, no snapshots and no Storage vMotion on the master target (classic), a healthy replication appliance (modernized).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free memory on the ESXi host (power off other VMs or add memory) or move the on-premises VM to a host with enough memory (vMotion); otherwise it fails to boot with error 8038.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A classic failback can be neither cancelled nor retried: check the recovery point and the window before you start. A modernized planned failover can be cancelled: its disks are rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the on-premises VM in vCenter before you commit: powered on, VMware Tools running (re-enable them on Windows), an IP address. Static IPs may not be kept (modernized).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel applies only to a modernized planned failover, and only while the item offers it. A classic failback can&apos;t be cancelled: commit it once the on-premises VM works. Never disable protection instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failed planned failover is cancelled first (Cancel failover), then retried. Never disable protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit only when the item offers it. A classic commit deletes the failed-over Azure VM and cannot be undone: check the on-premises VM first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that the application works on-premises before you commit; the confirmation goes into the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modernized: when Commit is not offered, continue with Reprotect to Azure, or cancel the failover if the application does not work on-premises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit a VM in a replication group through its recovery plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After commit the recovery point can&apos;t be changed any more and the remaining points are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After commit the VM runs on-premises without protection: protect it to Azure again now, and remove the Azure resources added after failover (public IPs, NSG rules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect to Azure again once the item offers Reprotect and nothing else runs on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the countdown ends: the on-premises VM&apos;s agent needs up to 15 minutes after boot to register with the configuration server again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an on-premises process server with a recent heartbeat, the run-as account that can reach the VM, and the replication policy of the container mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the appliance&apos;s process server and the replication policy; the run-as account is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a healthy process server or appliance (Normal health, recent heartbeat), or fix the one chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the job, review the item&apos;s compute and network settings in Azure before the next failover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan-level reprotect: reprotect each member of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic replication is retired: if Azure refuses the reprotect, migrate the VM to the modernized architecture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the reprotect job has succeeded and no other operation runs on the item; the pane keeps reading it. A failed reprotect must be fixed and run again first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item still replicates to Azure: the reprotect did not take effect. Run the reprotect wizard again for this VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failback needs the item Protected with replication health Normal. Read its health errors below and fix them; a Warning may be accepted after you confirm. Modernized: the replication appliance must be healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow each health error&apos;s recommended action; the health clears by itself once the cause is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until initial replication reaches 100 % on every disk. Slow or no progress: check the network between Azure and the process server / appliance and the target datastore&apos;s free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failback needs at least one recovery point for every VM: wait until one exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RPO is over the failback policy&apos;s threshold: check the bandwidth to on-premises and the process server&apos;s load, and wait until the RPO comes down before failing back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resynchronization is running: wait until it finishes before failing back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow initial replication follows the data rate: check the bandwidth to on-premises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent on the Azure VM does not report: check that the VM runs and reaches the configuration server or the replication appliance (Mobility service started, Site Recovery URLs reachable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the Azure VM running until failback; start it again if it was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the on-premises VM powered off (and in place) until failback; powering it on breaks the replication (SUB-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan fails back only when every member VM is ready and all replicate with the same provider.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report_export</name>
    <message>
        <source>This run has no record of its choices, so no drill report can be made for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports exist for runs submitted from this app; see the vault&apos;s Site Recovery jobs for others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF report could not be written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you can write to, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written to {path} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill report in {language} (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the drill report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved:
{html}
{pdf}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>resume</name>
    <message>
        <source>failback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel of the failback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reprotect to Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {vm} — job {job} (accepted {when} UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {vm} — {step} job {job} (accepted {when} UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprotect jobs in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} reprotect job(s) were being followed when the app last stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They kept running in Azure. Follow them again here, so their outcome is recorded in the audit log and the drill report?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;orget them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sign_in</name>
    <message>
        <source>Interactive browser sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device code (sign in on another device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure CLI (az login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service principal with client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service principal with certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed identity (this machine&apos;s Azure identity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure (global)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure China (21Vianet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure US Government</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tls</name>
    <message>
        <source>self-signed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self signed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-signed certificate in certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self signed certificate in certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable to get local issuer certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate is not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostname mismatch, certificate is not valid for this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate verification failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS library&apos;s words: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on-premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Can&apos;t be chosen — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
