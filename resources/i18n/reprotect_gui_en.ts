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
        <source>No longer in the vault</source>
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
</context>
<context>
    <name>report</name>
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
        <source>must be fixed before reprotect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept them to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUB-01: keep the on-premises VMs powered off. ASR powered them off for the reprotect; starting one now would corrupt its disks or break replication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUB-06: failback needs at least one recovery point for every VM; wait until one exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUB-04: after failback, Linux VMs come back with DHCP instead of their static IP addresses; set the static addresses again by hand.</source>
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
        <source>Save the drill report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
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
