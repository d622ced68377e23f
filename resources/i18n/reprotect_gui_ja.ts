<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AppliancePage</name>
    <message>
        <source>Replication appliance</source>
        <translation>レプリケーション アプライアンス</translation>
    </message>
    <message>
        <source>Modernized experience: a replication appliance registered in the vault replicates the VM back; there is no master target or process server to choose. Only healthy appliances can be chosen.</source>
        <translation>最新のエクスペリエンス: コンテナー (資格情報コンテナー) に登録されたレプリケーション アプライアンスが VM をレプリケートして戻します。選択するマスター ターゲット サーバーやプロセス サーバーはありません。選択できるのは正常なアプライアンスだけです。</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>アプライアンス</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>正常性</translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation>ハートビート</translation>
    </message>
    <message>
        <source>Disks used / 60</source>
        <translation>使用ディスク数 / 60</translation>
    </message>
    <message>
        <source>Replication appliances</source>
        <translation>レプリケーション アプライアンス</translation>
    </message>
    <message>
        <source>Why no appliance can be chosen</source>
        <translation>アプライアンスを選択できない理由</translation>
    </message>
    <message>
        <source>RCM-04: at most {limit} disks replicate through one appliance (disks in use + the disks of these VMs). RCM-01: if the reprotect fails, it can be retried on another healthy appliance.</source>
        <translation>RCM-04: 1 台のアプライアンスでレプリケートできるディスクは最大 {limit} 台です (使用中のディスク + これらの VM のディスク)。RCM-01: 再保護が失敗した場合は、別の正常なアプライアンスで再試行できます。</translation>
    </message>
    <message>
        <source>About appliances</source>
        <translation>アプライアンスについて</translation>
    </message>
    <message>
        <source>Replication &amp;appliance:</source>
        <translation>レプリケーション アプライアンス(&amp;A):</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>報告なし</translation>
    </message>
    <message>
        <source>No replication appliance can take these VMs:</source>
        <translation>これらの VM を受け入れられるレプリケーション アプライアンスがありません:</translation>
    </message>
    <message>
        <source>No replication appliance can take these VMs (see why above): go Back and choose other VMs.</source>
        <translation>これらの VM を受け入れられるレプリケーション アプライアンスがありません (理由は上記): [戻る] で別の VM を選んでください。</translation>
    </message>
    <message>
        <source>Choose a replication appliance: {n} can take these VMs.</source>
        <translation>レプリケーション アプライアンスを選んでください: {n} 台がこれらの VM を受け入れられます。</translation>
    </message>
</context>
<context>
    <name>AuditHistoryDialog</name>
    <message>
        <source>Past reprotect runs</source>
        <translation>過去の再保護の実行</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>監査ログを読み取っています…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>What</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>コンテナー</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>過去の実行</translation>
    </message>
    <message>
        <source>Drill &amp;report…</source>
        <translation>訓練レポート(&amp;R)…</translation>
    </message>
    <message>
        <source>Drill report</source>
        <translation>訓練レポート</translation>
    </message>
    <message>
        <source>{n} reprotect run(s) recorded on this computer.</source>
        <translation>このコンピューターに記録された再保護の実行: {n} 件。</translation>
    </message>
    <message>
        <source>No reprotect run was recorded yet.</source>
        <translation>記録された再保護の実行はまだありません。</translation>
    </message>
    <message>
        <source>{n} damaged line(s) in the file were skipped; the file itself is left as it is.</source>
        <translation>ファイル内の破損した {n} 行をスキップしました。ファイル自体はそのまま残しています。</translation>
    </message>
</context>
<context>
    <name>AzureVaultDialog</name>
    <message>
        <source>Connect to a Recovery Services vault</source>
        <translation>Recovery Services コンテナーに接続</translation>
    </message>
    <message>
        <source>Optional: your home tenant is used when empty</source>
        <translation>省略可能: 空の場合はホーム テナントが使用されます</translation>
    </message>
    <message>
        <source>Application (client) id of the service principal</source>
        <translation>サービス プリンシパルのアプリケーション (クライアント) ID</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for the certificate</source>
        <translation>証明書を参照</translation>
    </message>
    <message>
        <source>&amp;Sign in and list subscriptions</source>
        <translation>サインインしてサブスクリプションを一覧表示(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in and list subscriptions</source>
        <translation>サインインしてサブスクリプションを一覧表示</translation>
    </message>
    <message>
        <source>Device code sign-in</source>
        <translation>デバイス コードによるサインイン</translation>
    </message>
    <message>
        <source>Recovery Services vaults</source>
        <translation>Recovery Services コンテナー</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>サインイン方法(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>クラウド(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Tenant id:</source>
        <translation>テナント ID(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Application id:</source>
        <translation>アプリケーション ID(&amp;A):</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>クライアント シークレット(&amp;E):</translation>
    </message>
    <message>
        <source>Ce&amp;rtificate:</source>
        <translation>証明書(&amp;R):</translation>
    </message>
    <message>
        <source>S&amp;ubscription:</source>
        <translation>サブスクリプション(&amp;U):</translation>
    </message>
    <message>
        <source>Recovery Services &amp;vault:</source>
        <translation>Recovery Services コンテナー(&amp;V):</translation>
    </message>
    <message>
        <source>Required for a service principal</source>
        <translation>サービス プリンシパルには必須です</translation>
    </message>
    <message>
        <source>Stored in the system keyring; type to replace</source>
        <translation>システムのキーリングに保存済み。置き換えるには入力してください</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>クライアント シークレット</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
    <message>
        <source>Your account sees no Azure subscription in this tenant and cloud.</source>
        <translation>このテナントとクラウドには、お使いのアカウントから見える Azure サブスクリプションがありません。</translation>
    </message>
    <message>
        <source>Check the tenant id and the cloud, or ask for access to the vault&apos;s subscription.</source>
        <translation>テナント ID とクラウドを確認するか、コンテナーのサブスクリプションへのアクセス権を依頼してください。</translation>
    </message>
    <message>
        <source>Listing Recovery Services vaults…</source>
        <translation>Recovery Services コンテナーを一覧表示しています…</translation>
    </message>
    <message>
        <source>{vault}    resource group {group}, {location}</source>
        <translation>{vault}    リソース グループ {group}、{location}</translation>
    </message>
    <message>
        <source>This subscription has no Recovery Services vault your account can see.</source>
        <translation>このサブスクリプションには、お使いのアカウントから見える Recovery Services コンテナーがありません。</translation>
    </message>
    <message>
        <source>Choose another subscription, or ask for the Site Recovery Reader role on the vault.</source>
        <translation>別のサブスクリプションを選択するか、コンテナーに対する Site Recovery 閲覧者ロールを依頼してください。</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;{url}&lt;/b&gt; on any device and enter the code &lt;b&gt;{code}&lt;/b&gt;.</source>
        <translation>任意のデバイスで &lt;b&gt;{url}&lt;/b&gt; を開き、コード &lt;b&gt;{code}&lt;/b&gt; を入力してください。</translation>
    </message>
    <message>
        <source>Service principal certificate</source>
        <translation>サービス プリンシパルの証明書</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.pfx *.p12);;All files (*)</source>
        <translation>証明書 (*.pem *.pfx *.p12);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>BusyPanel</name>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>読み込みの進行状況</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>再試行(&amp;Y)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>詳細(&amp;T)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Open lo&amp;g folder</source>
        <translation>ログ フォルダーを開く(&amp;G)</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>ログ フォルダーを開く</translation>
    </message>
</context>
<context>
    <name>ChoiceList</name>
    <message>
        <source>Remarks</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Reason for the focused row</source>
        <translation>フォーカスされた行の理由</translation>
    </message>
    <message>
        <source>Can be chosen.</source>
        <translation>選択できます。</translation>
    </message>
</context>
<context>
    <name>DatastorePage</name>
    <message>
        <source>Datastore</source>
        <translation>データストア</translation>
    </message>
    <message>
        <source>Use the same &amp;datastore for every VM of the plan</source>
        <translation>計画内のすべての VM に同じデータストアを使用する(&amp;D)</translation>
    </message>
    <message>
        <source>Use the same datastore for every VM of the plan</source>
        <translation>計画内のすべての VM に同じデータストアを使用する</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空き</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>必要</translation>
    </message>
    <message>
        <source>Datastores</source>
        <translation>データストア</translation>
    </message>
    <message>
        <source>Where the VM comes back</source>
        <translation>VM の復旧先</translation>
    </message>
    <message>
        <source>Why no datastore can be chosen</source>
        <translation>データストアを選択できない理由</translation>
    </message>
    <message>
        <source>Disks to bring back</source>
        <translation>戻すディスク</translation>
    </message>
    <message>
        <source>Data&amp;store:</source>
        <translation>データストア(&amp;S):</translation>
    </message>
    <message>
        <source>Dis&amp;ks to bring back (DS-07):</source>
        <translation>戻すディスク (DS-07)(&amp;K):</translation>
    </message>
    <message>
        <source>Where the VM comes back through the replication appliance: its own datastore when it still exists, otherwise a datastore in the appliance&apos;s vCenter that the appliance can read and write.</source>
        <translation>レプリケーション アプライアンス経由で VM を戻す場所です。VM がまだ存在する場合は元のデータストア、存在しない場合はアプライアンスの vCenter 内で、アプライアンスが読み取りと書き込みを行えるデータストアです。</translation>
    </message>
    <message>
        <source>Where the VM&apos;s disks are placed on-premises. Only VMFS and vSAN datastores the master target&apos;s ESXi host can reach are supported.</source>
        <translation>オンプレミスで VM のディスクを配置する場所です。マスター ターゲット サーバーの ESXi ホストからアクセスできる VMFS と vSAN のデータストアだけがサポートされます。</translation>
    </message>
    <message>
        <source>(Azure temporary storage)</source>
        <translation>(Azure の一時ストレージ)</translation>
    </message>
    <message>
        <source>No datastore can be used for {vm} through {appliance}:</source>
        <translation>{appliance} 経由で {vm} に使用できるデータストアがありません:</translation>
    </message>
    <message>
        <source>none the appliance reaches</source>
        <translation>アプライアンスからアクセスできるものはありません</translation>
    </message>
    <message>
        <source>&lt;b&gt;{vm}&lt;/b&gt; still exists on-premises: original-location recovery. The datastore is selected automatically: {where} (the VM&apos;s own). Only changes go back (RCM-03).</source>
        <translation>&lt;b&gt;{vm}&lt;/b&gt; はオンプレミスにまだ存在します: 元の場所への復旧です。データストアは自動的に選択されます: {where} (VM 自身のもの)。変更分だけが戻されます (RCM-03)。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{vm}&lt;/b&gt; no longer exists on-premises: alternate-location recovery. Choose a datastore in vCenter &lt;b&gt;{vcenter}&lt;/b&gt; that {appliance} can read and write; ASR creates a new VM there and copies the whole disks (RCM-03).</source>
        <translation>&lt;b&gt;{vm}&lt;/b&gt; はオンプレミスにもう存在しません: 別の場所への復旧です。vCenter &lt;b&gt;{vcenter}&lt;/b&gt; 内で {appliance} が読み取りと書き込みを行えるデータストアを選択してください。ASR はそこに新しい VM を作成し、ディスク全体をコピーします (RCM-03)。</translation>
    </message>
    <message>
        <source>Whether &lt;b&gt;{vm}&lt;/b&gt; still exists on-premises is unknown ({why}). Choose a datastore {appliance} can write; it is used if a new VM has to be created (RCM-03).</source>
        <translation>&lt;b&gt;{vm}&lt;/b&gt; がオンプレミスにまだ存在するかどうかは不明です ({why})。{appliance} が書き込めるデータストアを選択してください。新しい VM を作成する必要がある場合に使用されます (RCM-03)。</translation>
    </message>
    <message>
        <source>No datastore can be chosen for {vm} on {mt}&apos;s host {host}:</source>
        <translation>{mt} のホスト {host} で {vm} に選択できるデータストアがありません:</translation>
    </message>
    <message>
        <source>none: disks reused (DS-03)</source>
        <translation>なし: ディスクを再利用 (DS-03)</translation>
    </message>
    <message>
        <source>up to {size}</source>
        <translation>最大 {size}</translation>
    </message>
    <message>
        <source>vCenter was not read: whether the on-premises VM still exists is unknown.</source>
        <translation>vCenter を読み取っていません: オンプレミスの VM がまだ存在するかどうかは不明です。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{vm}&lt;/b&gt;: {match} Check the VM names in vCenter.</source>
        <translation>&lt;b&gt;{vm}&lt;/b&gt;: {match} vCenter で VM 名を確認してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{vm}&lt;/b&gt; still exists on-premises (on {host}): its disks are reused and only changes are sent back. The datastore is still required but is then ignored (DS-03).</source>
        <translation>&lt;b&gt;{vm}&lt;/b&gt; はオンプレミス ({host} 上) にまだ存在します: そのディスクが再利用され、変更分だけが送り返されます。データストアの指定は必要ですが、この場合は無視されます (DS-03)。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{vm}&lt;/b&gt; no longer exists on-premises: ASR creates a new VM on {mt}&apos;s host &lt;b&gt;{host}&lt;/b&gt;, on the datastore chosen here, and copies the whole disks (MT-13, DS-04).</source>
        <translation>&lt;b&gt;{vm}&lt;/b&gt; はオンプレミスにもう存在しません: ASR は {mt} のホスト &lt;b&gt;{host}&lt;/b&gt; 上の、ここで選択したデータストアに新しい VM を作成し、ディスク全体をコピーします (MT-13、DS-04)。</translation>
    </message>
    <message>
        <source>⚠ DS-06: {disks} is an RDM disk and can&apos;t come back to a new VM: untick it below to reprotect the other disks.</source>
        <translation>⚠ DS-06: {disks} は RDM ディスクのため、新しい VM には戻せません。下でチェックを外すと、ほかのディスクを再保護できます。</translation>
    </message>
    <message>
        <source>No datastore can be chosen for {vm} (see why above): go Back and choose another target.</source>
        <translation>{vm} に選べるデータストアがありません (理由は上記): [戻る] で別のターゲットを選んでください。</translation>
    </message>
    <message>
        <source>Choose a datastore for: {vms}.</source>
        <translation>次の VM のデータストアを選んでください: {vms}。</translation>
    </message>
    <message>
        <source>Tick at least one disk to bring back for: {vms}.</source>
        <translation>次の VM で戻すディスクを 1 つ以上選んでください: {vms}。</translation>
    </message>
</context>
<context>
    <name>DirectionPage</name>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Reprotect replicates the VM running in Azure back to the on-premises site.</source>
        <translation>再保護では、Azure で実行中の VM をオンプレミス サイトにレプリケートして戻します。</translation>
    </message>
    <message>
        <source>&amp;Azure → On-premises (VMware)</source>
        <translation>Azure → オンプレミス (VMware)(&amp;A)</translation>
    </message>
    <message>
        <source>Azure to on-premises (VMware)</source>
        <translation>Azure からオンプレミスへ (VMware)</translation>
    </message>
    <message>
        <source>On-premises → Azure</source>
        <translation>オンプレミス → Azure</translation>
    </message>
    <message>
        <source>On-premises to Azure (not available)</source>
        <translation>オンプレミスから Azure へ (使用不可)</translation>
    </message>
    <message>
        <source>Not available: the VM now runs in Azure. Replication to Azure resumes after failback, when you reprotect from the on-premises site.</source>
        <translation>使用できません: VM は現在 Azure で実行されています。Azure へのレプリケーションは、フェールバック後にオンプレミス サイトから再保護すると再開されます。</translation>
    </message>
    <message>
        <source>Why the other direction is not available</source>
        <translation>逆方向を使用できない理由</translation>
    </message>
    <message>
        <source>Target site</source>
        <translation>ターゲット サイト</translation>
    </message>
    <message>
        <source>no vCenter discovered</source>
        <translation>検出された vCenter はありません</translation>
    </message>
    <message>
        <source>none registered</source>
        <translation>登録されているものはありません</translation>
    </message>
    <message>
        <source>Target site: a replication appliance registered in the vault (&lt;b&gt;{appliances}&lt;/b&gt;) replicates the VM back to vCenter &lt;b&gt;{vcenters}&lt;/b&gt;, onto an ESXi host (ELIG-02, RCM-01).</source>
        <translation>ターゲット サイト: コンテナーに登録されたレプリケーション アプライアンス (&lt;b&gt;{appliances}&lt;/b&gt;) が、VM を vCenter &lt;b&gt;{vcenters}&lt;/b&gt; の ESXi ホストにレプリケートして戻します (ELIG-02、RCM-01)。</translation>
    </message>
    <message>
        <source>Target site: configuration server &lt;b&gt;{server}&lt;/b&gt;, vCenter &lt;b&gt;{vcenters}&lt;/b&gt;. Failback goes to an ESXi host (vCenter-managed or standalone); Hyper-V and physical targets are not supported (ELIG-02).</source>
        <translation>ターゲット サイト: 構成サーバー &lt;b&gt;{server}&lt;/b&gt;、vCenter &lt;b&gt;{vcenters}&lt;/b&gt;。フェールバック先は ESXi ホスト (vCenter 管理下またはスタンドアロン) です。Hyper-V と物理ターゲットはサポートされていません (ELIG-02)。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>FailbackPage</name>
    <message>
        <source>&amp;Latest processed (LatestTime, crash-consistent) — recommended: loses the least data</source>
        <translation>最新の処理済み (LatestTime、クラッシュ整合性) — 推奨: 失われるデータが最も少ない(&amp;L)</translation>
    </message>
    <message>
        <source>Latest &amp;application-consistent (LatestTag) — older: the changes after it are lost</source>
        <translation>最新のアプリケーションの整合性ポイント (LatestTag) — より古い: それ以降の変更は失われます(&amp;A)</translation>
    </message>
    <message>
        <source>A recovery point I &amp;choose:</source>
        <translation>選択した復旧ポイント(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Crash-consistent (CrashConsistent) — recommended</source>
        <translation>クラッシュ整合性 (CrashConsistent) — 推奨(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Application-consistent (ApplicationConsistent)</source>
        <translation>アプリケーションの整合性 (ApplicationConsistent)(&amp;A)</translation>
    </message>
    <message>
        <source>Classic replication fails back by an &lt;b&gt;unplanned failover&lt;/b&gt; (the portal&apos;s &quot;Failover&quot;) from Azure to on-premises. It can&apos;t be cancelled once it starts (FB-10).</source>
        <translation>クラシックのレプリケーションは、Azure からオンプレミスへの&lt;b&gt;計画外フェールオーバー&lt;/b&gt; (ポータルの「フェールオーバー」) でフェールバックします。開始後は取り消せません (FB-10)。</translation>
    </message>
    <message>
        <source>Modernized replication fails back by a &lt;b&gt;planned failover&lt;/b&gt; from Azure to on-premises: the pending changes are copied first, and it can be cancelled afterwards (FB-10, FB-12).</source>
        <translation>最新化されたレプリケーションは、Azure からオンプレミスへの&lt;b&gt;計画フェールオーバー&lt;/b&gt;でフェールバックします: 保留中の変更が先にコピーされ、後から取り消すこともできます (FB-10、FB-12)。</translation>
    </message>
    <message>
        <source>Fail back: options</source>
        <translation>フェールバック: オプション</translation>
    </message>
    <message>
        <source>Failback operation</source>
        <translation>フェールバックの操作</translation>
    </message>
    <message>
        <source>Recovery point</source>
        <translation>復旧ポイント</translation>
    </message>
    <message>
        <source>Recovery point of the VM</source>
        <translation>VM の復旧ポイント</translation>
    </message>
    <message>
        <source>About the recovery point</source>
        <translation>復旧ポイントについて</translation>
    </message>
    <message>
        <source>Use the multi-VM &amp;sync point (every VM of the plan to the same point)</source>
        <translation>マルチ VM 同期ポイントを使用する (プランのすべての VM を同じポイントへ)(&amp;S)</translation>
    </message>
    <message>
        <source>Use the multi-VM sync point</source>
        <translation>マルチ VM 同期ポイントを使用する</translation>
    </message>
    <message>
        <source>Downtime (FB-05)</source>
        <translation>ダウンタイム (FB-05)</translation>
    </message>
    <message>
        <source>I have a &amp;maintenance window and the users are off the application</source>
        <translation>メンテナンス時間帯を確保し、ユーザーはアプリケーションを使用していません(&amp;M)</translation>
    </message>
    <message>
        <source>A maintenance window is planned and the users are off</source>
        <translation>メンテナンス時間帯が計画され、ユーザーは使用していません</translation>
    </message>
    <message>
        <source>{target}: from Azure back to on-premises (FB-02). Choose the recovery point.</source>
        <translation>{target}: Azure からオンプレミスへ戻します (FB-02)。復旧ポイントを選択してください。</translation>
    </message>
    <message>
        <source>Failback shuts the Azure VM(s) down, then powers the on-premises VM(s) on: the application is down meanwhile. Plan a window and make sure the users are off.</source>
        <translation>フェールバックでは Azure VM をシャットダウンしてから、オンプレミスの VM の電源を入れます: その間アプリケーションは停止します。時間帯を計画し、ユーザーが使用していないことを確認してください。</translation>
    </message>
    <message>
        <source>A planned failover copies the pending changes first: the point is taken after the job starts (FB-04).</source>
        <translation>計画フェールオーバーは保留中の変更を先にコピーします: ポイントはジョブの開始後に作成されます (FB-04)。</translation>
    </message>
    <message>
        <source>In a replication group, LatestTime sends each VM to its own latest point and LatestTag sends the whole group to a common point. A chosen point is for one VM only (FB-03).</source>
        <translation>レプリケーション グループでは、LatestTime は各 VM をそれぞれの最新ポイントへ、LatestTag はグループ全体を共通のポイントへ戻します。選択した復旧ポイントは 1 台の VM にのみ使用できます (FB-03)。</translation>
    </message>
    <message>
        <source>A chosen point must be one of this VM&apos;s recovery points (FB-03).</source>
        <translation>選択するポイントは、この VM の復旧ポイントのいずれかである必要があります (FB-03)。</translation>
    </message>
    <message>
        <source>Reading the recovery points of {vm}…</source>
        <translation>{vm} の復旧ポイントを読み取っています…</translation>
    </message>
    <message>
        <source>This VM has no recovery point to choose: use LatestTime or LatestTag (RDY-06).</source>
        <translation>この VM には選択できる復旧ポイントがありません: LatestTime または LatestTag を使用してください (RDY-06)。</translation>
    </message>
    <message>
        <source>Choose one of the VM&apos;s recovery points, or another option.</source>
        <translation>VM の復旧ポイントのいずれか、または別のオプションを選択してください。</translation>
    </message>
    <message>
        <source>Confirm the maintenance window: failback takes the application down (FB-05).</source>
        <translation>メンテナンス時間帯を確認してください: フェールバックでアプリケーションは停止します (FB-05)。</translation>
    </message>
</context>
<context>
    <name>JobEndNotifier</name>
    <message>
        <source>Reprotect succeeded: {vm}</source>
        <translation>再保護が成功しました: {vm}</translation>
    </message>
    <message>
        <source>Reprotect did not succeed: {vm}</source>
        <translation>再保護は成功しませんでした: {vm}</translation>
    </message>
    <message>
        <source>Job {job} ended: {state}.</source>
        <translation>ジョブ {job} が終了しました: {state}。</translation>
    </message>
    <message>
        <source>Open the app to read the error and the fix.</source>
        <translation>アプリを開いて、エラーと対処方法を確認してください。</translation>
    </message>
    <message>
        <source>Reprotect to on-premises</source>
        <translation>オンプレミスへの再保護</translation>
    </message>
</context>
<context>
    <name>JobMonitor</name>
    <message>
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>cancel it</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>resume it</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>restart it</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>Job / task</source>
        <translation>ジョブ / タスク</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>ジョブ ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Ready for failback?</source>
        <translation>フェールバックの準備</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>保護状態</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>正常性</translation>
    </message>
    <message>
        <source>Initial replication</source>
        <translation>初期レプリケーション</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>目標復旧時点 (RPO)</translation>
    </message>
    <message>
        <source>Latest recovery point</source>
        <translation>最新の復旧ポイント</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>読み取り時刻</translation>
    </message>
    <message>
        <source>BLOCK</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Waiting: {what}.</source>
        <translation>待機中: {what}。</translation>
    </message>
    <message>
        <source>In the Azure portal you can {actions}.</source>
        <translation>Azure portal で次の操作ができます: {actions}。</translation>
    </message>
    <message>
        <source>Error code: {code}</source>
        <translation>エラー コード: {code}</translation>
    </message>
    <message>
        <source>Message: {text}</source>
        <translation>メッセージ: {text}</translation>
    </message>
    <message>
        <source>Possible causes (ASR): {text}</source>
        <translation>考えられる原因 (ASR): {text}</translation>
    </message>
    <message>
        <source>Recommended action (ASR): {text}</source>
        <translation>推奨される操作 (ASR): {text}</translation>
    </message>
    <message>
        <source>Known cause ({catalog}, check {check}): {text}</source>
        <translation>既知の原因 ({catalog}、チェック {check}): {text}</translation>
    </message>
    <message>
        <source>Fix: {text}</source>
        <translation>対処: {text}</translation>
    </message>
    <message>
        <source>Time: {when}</source>
        <translation>時刻: {when}</translation>
    </message>
    <message>
        <source>VM: {vm}</source>
        <translation>VM 名: {vm}</translation>
    </message>
    <message>
        <source>ASR job ID: {job}</source>
        <translation>ASR ジョブ ID: {job}</translation>
    </message>
    <message>
        <source>Azure accepted the request but sent nothing to follow it by; the pane keeps reading the item until its job shows.</source>
        <translation>Azure は要求を受け付けましたが、追跡先を返しませんでした。ジョブが現れるまで、このペインがアイテムを読み続けます。</translation>
    </message>
    <message>
        <source>Not started: {why}</source>
        <translation>開始されていません: {why}</translation>
    </message>
    <message>
        <source>The vault no longer knows this job ({why}); it is not followed any more. Check the vault&apos;s Site Recovery jobs in the Azure portal for what became of it.</source>
        <translation>コンテナーはこのジョブをもう認識していません ({why})。これ以上追跡しません。どうなったかは Azure portal でコンテナーの Site Recovery ジョブを確認してください。</translation>
    </message>
    <message>
        <source>Job: {name} — {state}</source>
        <translation>ジョブ: {name} — {state}</translation>
    </message>
    <message>
        <source>Started: {when}</source>
        <translation>開始: {when}</translation>
    </message>
    <message>
        <source>Ended: {when}</source>
        <translation>終了: {when}</translation>
    </message>
    <message>
        <source>No longer in the vault</source>
        <translation>コンテナーにもう存在しません</translation>
    </message>
    <message>
        <source>Fail back pla&amp;n {plan}…</source>
        <translation>プラン {plan} をフェールバック(&amp;N)…</translation>
    </message>
    <message>
        <source>Task: {task} — {state}</source>
        <translation>タスク: {task} — {state}</translation>
    </message>
    <message>
        <source>ASR allows cancelling this job (in the Azure portal); closing the wizard does not cancel it.</source>
        <translation>ASR ではこのジョブを (Azure portal で) キャンセルできます。ウィザードを閉じてもキャンセルされません。</translation>
    </message>
    <message>
        <source>ASR does not allow cancelling this job now; closing the wizard does not cancel it.</source>
        <translation>ASR では現在このジョブをキャンセルできません。ウィザードを閉じてもキャンセルされません。</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み取り中…</translation>
    </message>
    <message>
        <source>Ready for failback</source>
        <translation>フェールバックの準備完了</translation>
    </message>
    <message>
        <source>Ready for failback after you confirm — {id}: {finding}</source>
        <translation>確認後にフェールバック可能 — {id}: {finding}</translation>
    </message>
    <message>
        <source>Not yet — {id}: {finding}</source>
        <translation>まだです — {id}: {finding}</translation>
    </message>
    <message>
        <source>Read at: {when}</source>
        <translation>読み取り時刻: {when}</translation>
    </message>
    <message>
        <source>Jobs and their tasks</source>
        <translation>ジョブとそのタスク</translation>
    </message>
    <message>
        <source>Details of the selected job or task</source>
        <translation>選択したジョブまたはタスクの詳細</translation>
    </message>
    <message>
        <source>Select a job, task or VM to read its details here.</source>
        <translation>ジョブ、タスク、または VM を選択すると、ここに詳細が表示されます。</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>詳細をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the details as text</source>
        <translation>詳細をテキストとしてコピー</translation>
    </message>
    <message>
        <source>Ready for failback? (re-read every few minutes, RDY-14)</source>
        <translation>フェールバックの準備 (数分ごとに再読み取り、RDY-14)</translation>
    </message>
    <message>
        <source>Readiness for failback per VM</source>
        <translation>VM ごとのフェールバックの準備状況</translation>
    </message>
    <message>
        <source>Fail back &amp;VM…</source>
        <translation>VM をフェールバック(&amp;V)…</translation>
    </message>
    <message>
        <source>Fail back pla&amp;n…</source>
        <translation>プランをフェールバック(&amp;N)…</translation>
    </message>
    <message>
        <source>Polling status</source>
        <translation>ポーリングの状態</translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation>切り離す(&amp;D)</translation>
    </message>
    <message>
        <source>Detach or bring back the job pane</source>
        <translation>ジョブ ペインを切り離す、または元に戻す</translation>
    </message>
    <message>
        <source>Follow the jobs in a window of their own</source>
        <translation>ジョブを別のウィンドウで追跡します</translation>
    </message>
    <message>
        <source>Looking for its job…</source>
        <translation>ジョブを探しています…</translation>
    </message>
    <message>
        <source>Waiting for the first answer…</source>
        <translation>最初の応答を待っています…</translation>
    </message>
    <message>
        <source>ASR job {job}</source>
        <translation>ASR ジョブ {job}</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>The progress of job {job} could not be read: {problem}</source>
        <translation>ジョブ {job} の進行状況を読み取れませんでした: {problem}</translation>
    </message>
    <message>
        <source>in {n} s</source>
        <translation>{n} 秒後</translation>
    </message>
    <message>
        <source>Fail back the selected VM</source>
        <translation>選択した VM をフェールバック</translation>
    </message>
    <message>
        <source>Choose a VM that is ready for failback in the table above</source>
        <translation>上の表でフェールバックの準備ができた VM を選択してください</translation>
    </message>
    <message>
        <source>Fail back the recovery plan</source>
        <translation>復旧計画をフェールバック</translation>
    </message>
    <message>
        <source>in a moment</source>
        <translation>まもなく</translation>
    </message>
    <message>
        <source>The progress of the jobs could not be read: {problem}</source>
        <translation>ジョブの進行状況を読み取れませんでした: {problem}</translation>
    </message>
    <message>
        <source>Azure asked to wait {asked} s; the wizard waits at most {n} s, then reads again.</source>
        <translation>Azure から {asked} 秒待つよう求められました。ウィザードは最大 {n} 秒待ってから再度読み取ります。</translation>
    </message>
    <message>
        <source>Azure asked to wait {asked} s.</source>
        <translation>Azure から {asked} 秒待つよう求められました。</translation>
    </message>
    <message>
        <source>Trying again {when} (attempt {n}); the jobs keep running in Azure.</source>
        <translation>{when}に再試行します (試行 {n} 回目)。ジョブは Azure で実行を続けています。</translation>
    </message>
    <message>
        <source>Reading the jobs works again after {n} failed attempt(s).</source>
        <translation>{n} 回の失敗の後、ジョブを再び読み取れるようになりました。</translation>
    </message>
    <message>
        <source>Every job has ended.</source>
        <translation>すべてのジョブが終了しました。</translation>
    </message>
    <message>
        <source>Next check {when} (one read for {n} job(s)).</source>
        <translation>次の確認: {when} ({n} 件のジョブを 1 回の読み取りで確認)。</translation>
    </message>
    <message>
        <source>{n} request(s) accepted without a job to follow yet: reading the item until its job shows.</source>
        <translation>{n} 件の要求が受け付けられましたが、追跡できるジョブはまだありません。ジョブが現れるまでアイテムを読み取ります。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>Ready for failback? The last read failed: {problem} It is read again in a few minutes.</source>
        <translation>フェールバックの準備: 前回の読み取りに失敗しました: {problem} 数分後に再度読み取ります。</translation>
    </message>
    <message>
        <source>Plan {plan}: not ready — a member&apos;s reprotect did not succeed (RDY-13).</source>
        <translation>プラン {plan}: 準備未完了 — 再保護が成功しなかったメンバーがあります (RDY-13)。</translation>
    </message>
    <message>
        <source>Plan {plan}: every member is ready (RDY-13).</source>
        <translation>プラン {plan}: すべてのメンバーの準備が完了しました (RDY-13)。</translation>
    </message>
    <message>
        <source>Plan {plan}: not yet — {finding} (RDY-13)</source>
        <translation>プラン {plan}: まだです — {finding} (RDY-13)</translation>
    </message>
    <message>
        <source>Reprotect jobs</source>
        <translation>再保護ジョブ</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>元に戻す(&amp;B)</translation>
    </message>
    <message>
        <source>Show the jobs in the wizard again</source>
        <translation>ジョブをウィザードに再び表示します</translation>
    </message>
    <message>
        <source>Error {code}</source>
        <translation>エラー {code}</translation>
    </message>
    <message>
        <source>Possible causes (ASR)</source>
        <translation>考えられる原因 (ASR)</translation>
    </message>
    <message>
        <source>Recommended action (ASR)</source>
        <translation>推奨される操作 (ASR)</translation>
    </message>
    <message>
        <source>Known cause ({catalog}, check {check})</source>
        <translation>既知の原因 ({catalog}、チェック {check})</translation>
    </message>
    <message>
        <source>Known cause ({catalog})</source>
        <translation>既知の原因 ({catalog})</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>対処方法</translation>
    </message>
</context>
<context>
    <name>JobPage</name>
    <message>
        <source>Reprotect jobs</source>
        <translation>再保護ジョブ</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>全体の進行状況</translation>
    </message>
    <message>
        <source>The jobs are followed in a separate window.</source>
        <translation>ジョブは別のウィンドウで追跡されています。</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Drill &amp;report…</source>
        <translation>訓練レポート(&amp;R)…</translation>
    </message>
    <message>
        <source>Drill report</source>
        <translation>訓練レポート</translation>
    </message>
    <message>
        <source>Save the drill report (HTML and PDF): choices, checks, timeline, next step</source>
        <translation>訓練レポート (HTML と PDF) を保存します: 選択内容、チェック、タイムライン、次の手順</translation>
    </message>
    <message>
        <source>&amp;Past runs…</source>
        <translation>過去の実行(&amp;P)…</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>過去の実行</translation>
    </message>
    <message>
        <source>Appliance to retry on</source>
        <translation>再試行に使用するアプライアンス</translation>
    </message>
    <message>
        <source>Retry on another &amp;appliance</source>
        <translation>別のアプライアンスで再試行(&amp;A)</translation>
    </message>
    <message>
        <source>Retry on another appliance</source>
        <translation>別のアプライアンスで再試行</translation>
    </message>
    <message>
        <source>Submitting {n} reprotect request(s)…</source>
        <translation>{n} 件の再保護要求を送信しています…</translation>
    </message>
    <message>
        <source>{vm} (already running: followed)</source>
        <translation>{vm} (既に実行中: 追跡します)</translation>
    </message>
    <message>
        <source>Nothing is sent again automatically. Reload the vault to see whether a job started; {next_step}</source>
        <translation>自動的に再送信されることはありません。コンテナーを再読み込みして、ジョブが開始されたかどうかを確認してください。{next_step}</translation>
    </message>
    <message>
        <source>ASR is working on {n} job(s). This page follows every task until each job ends; the window stays usable.</source>
        <translation>ASR が {n} 件のジョブを実行中です。このページは各ジョブが終わるまですべてのタスクを追跡します。ウィンドウはそのまま使えます。</translation>
    </message>
    <message>
        <source>Every job has ended; {n} reprotect(s) did not succeed. Read the details below.</source>
        <translation>すべてのジョブが終了しました。{n} 件の再保護が成功しませんでした。下の詳細を確認してください。</translation>
    </message>
    <message>
        <source>Every reprotect succeeded. Replication back to on-premises is now watched until each VM is ready for failback.</source>
        <translation>すべての再保護が成功しました。各 VM がフェールバックの準備を完了するまで、オンプレミスへのレプリケーションを監視します。</translation>
    </message>
    <message>
        <source>Every reprotect succeeded and every VM is ready for failback.</source>
        <translation>すべての再保護が成功し、すべての VM がフェールバックの準備を完了しました。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close the wizard.</source>
        <translation>ウィザードを閉じます。</translation>
    </message>
    <message>
        <source>ASR allows cancelling {n} of these jobs in the Azure portal.</source>
        <translation>ASR では、これらのジョブのうち {n} 件を Azure portal でキャンセルできます。</translation>
    </message>
    <message>
        <source>ASR does not allow cancelling these jobs now.</source>
        <translation>ASR では現在これらのジョブをキャンセルできません。</translation>
    </message>
    <message>
        <source>Close the wizard. The jobs keep running in Azure; closing never cancels them.</source>
        <translation>ウィザードを閉じます。ジョブは Azure で実行を続けます。閉じてもキャンセルされることはありません。</translation>
    </message>
    <message>
        <source>The reprotect of {vm} failed on {appliance}. It can be retried through another healthy replication appliance (RCM-01):</source>
        <translation>{vm} の再保護は {appliance} で失敗しました。別の正常なレプリケーション アプライアンスを介して再試行できます (RCM-01):</translation>
    </message>
    <message>
        <source>none registered</source>
        <translation>登録されているものはありません</translation>
    </message>
    <message>
        <source>The reprotect of {vm} failed on {appliance}; no other appliance can take it ({reasons}). Fix the cause shown above, then run the wizard again.</source>
        <translation>{vm} の再保護は {appliance} で失敗しました。これを引き受けられる他のアプライアンスはありません ({reasons})。上に示した原因を修正してから、ウィザードをもう一度実行してください。</translation>
    </message>
    <message>
        <source>Retry the reprotect?</source>
        <translation>再保護を再試行しますか?</translation>
    </message>
    <message>
        <source>ASR will start a new reprotect of {vm} through {appliance}.</source>
        <translation>ASR は {appliance} を介して {vm} の新しい再保護を開始します。</translation>
    </message>
    <message>
        <source>Submitting the retry of {vm}…</source>
        <translation>{vm} の再試行を送信しています…</translation>
    </message>
    <message>
        <source>&lt;b&gt;✔ Reprotect succeeded for {n} VM(s).&lt;/b&gt; Replication from Azure to on-premises has started; the table above says when each VM is ready for failback.</source>
        <translation>&lt;b&gt;✔ {n} 台の VM の再保護が成功しました。&lt;/b&gt; Azure からオンプレミスへのレプリケーションが始まりました。各 VM がいつフェールバックできるかは上の表に表示されます。</translation>
    </message>
    <message>
        <source>{vm} (retry)</source>
        <translation>{vm} (再試行)</translation>
    </message>
    <message>
        <source>Submitting the reprotect…</source>
        <translation>再保護を送信しています…</translation>
    </message>
    <message>
        <source>&lt;b&gt;✖ {n} of {total} reprotect(s) did not succeed.&lt;/b&gt; Read the error of the failed task above; fix the cause, then run the wizard again for those VMs.</source>
        <translation>&lt;b&gt;✖ {total} 件中 {n} 件の再保護が成功しませんでした。&lt;/b&gt; 上の失敗したタスクのエラーを読み、原因を修正してから、それらの VM に対してウィザードをもう一度実行してください。</translation>
    </message>
</context>
<context>
    <name>JourneyCalls</name>
    <message>
        <source>This connection can&apos;t fail back from the wizard.</source>
        <translation>この接続ではウィザードからフェールバックできません。</translation>
    </message>
    <message>
        <source>Fail back from the Azure portal instead.</source>
        <translation>代わりに Azure portal からフェールバックしてください。</translation>
    </message>
</context>
<context>
    <name>JourneyJobPage</name>
    <message>
        <source>Failback</source>
        <translation>フェールバック</translation>
    </message>
    <message>
        <source>Cancel of the failover</source>
        <translation>フェールオーバーの取り消し</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>コミット</translation>
    </message>
    <message>
        <source>Protection to Azure</source>
        <translation>Azure への保護</translation>
    </message>
    <message>
        <source>ready for failback</source>
        <translation>フェールバックの準備ができています</translation>
    </message>
    <message>
        <source>failing back</source>
        <translation>フェールバック中です</translation>
    </message>
    <message>
        <source>failback failed: cancel it, then retry</source>
        <translation>フェールバックに失敗しました: 取り消してから再試行してください</translation>
    </message>
    <message>
        <source>cancelling the failover</source>
        <translation>フェールオーバーを取り消し中です</translation>
    </message>
    <message>
        <source>failed back on-premises, not committed yet</source>
        <translation>オンプレミスにフェールバック済みで、まだコミットされていません</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>コミット中です</translation>
    </message>
    <message>
        <source>on-premises, not protected</source>
        <translation>オンプレミスにあり、保護されていません</translation>
    </message>
    <message>
        <source>being protected to Azure</source>
        <translation>Azure への保護を設定中です</translation>
    </message>
    <message>
        <source>protected to Azure</source>
        <translation>Azure に保護されています</translation>
    </message>
    <message>
        <source>replicating back to on-premises</source>
        <translation>オンプレミスへレプリケーション中です</translation>
    </message>
    <message>
        <source>failed over to Azure, not replicating</source>
        <translation>Azure にフェールオーバー済みで、レプリケーションされていません</translation>
    </message>
    <message>
        <source>being reprotected</source>
        <translation>再保護中です</translation>
    </message>
    <message>
        <source>busy with another operation</source>
        <translation>別の操作を実行中です</translation>
    </message>
    <message>
        <source>in a state the wizard can&apos;t place</source>
        <translation>ウィザードが判断できない状態です</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>全体の進行状況</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Where the target stands</source>
        <translation>対象の現在の段階</translation>
    </message>
    <message>
        <source>The journey so far</source>
        <translation>これまでの経過</translation>
    </message>
    <message>
        <source>&amp;Protect to Azure again…</source>
        <translation>Azure に再び保護(&amp;P)…</translation>
    </message>
    <message>
        <source>Check on-premises, then co&amp;mmit…</source>
        <translation>オンプレミスを確認してコミット(&amp;M)…</translation>
    </message>
    <message>
        <source>failback</source>
        <translation>フェールバック</translation>
    </message>
    <message>
        <source>cancel of the failover</source>
        <translation>フェールオーバーの取り消し</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>コミット</translation>
    </message>
    <message>
        <source>protection to Azure</source>
        <translation>Azure への保護</translation>
    </message>
    <message>
        <source>Cancel fail&amp;over…</source>
        <translation>フェールオーバーを取り消す(&amp;O)…</translation>
    </message>
    <message>
        <source>Fail back &amp;again…</source>
        <translation>もう一度フェールバック(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Read the state again</source>
        <translation>状態を再度読み取る(&amp;R)</translation>
    </message>
    <message>
        <source>Drill repor&amp;t…</source>
        <translation>訓練レポート(&amp;T)…</translation>
    </message>
    <message>
        <source>Drill report</source>
        <translation>訓練レポート</translation>
    </message>
    <message>
        <source>Save the drill report (HTML and PDF): the reprotect and every step of the journey since</source>
        <translation>訓練レポート (HTML と PDF) を保存します: 再保護と、それ以降のすべての手順</translation>
    </message>
    <message>
        <source>{step}: {target}</source>
        <translation>{step}: {target} の処理</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>送信しています…</translation>
    </message>
    <message>
        <source>Submitting the {step} of {target}…</source>
        <translation>{target}: {step}を送信しています…</translation>
    </message>
    <message>
        <source>{vm} (already running: followed)</source>
        <translation>{vm} (既に実行中: 追跡します)</translation>
    </message>
    <message>
        <source>ASR is working. This page follows every task until the job ends; the window stays usable.</source>
        <translation>ASR が処理しています。このページはジョブが終わるまですべてのタスクを追跡します。ウィンドウは引き続き操作できます。</translation>
    </message>
    <message>
        <source>Nothing is sent again automatically. Press Retry to read where {target} stands: a job that started is followed, and the next step is offered from there. {next_step}</source>
        <translation>自動的に再送信されることはありません。[再試行] を押すと {target} の現在の段階を読み取ります: 開始されたジョブは追跡され、そこから次の手順が表示されます。{next_step}</translation>
    </message>
    <message>
        <source>&lt;b&gt;✖ The planned failover of {target} did not succeed.&lt;/b&gt; ASR starts an automatic cancel; if that can&apos;t finish, cancel the failover here, then fail back again (FB-11, FB-15). Don&apos;t disable protection: that would throw the replication away.</source>
        <translation>&lt;b&gt;✖ {target} の計画フェールオーバーは成功しませんでした。&lt;/b&gt;ASR は自動的に取り消しを開始します。完了できない場合は、ここでフェールオーバーを取り消してから、もう一度フェールバックしてください (FB-11、FB-15)。保護を無効にしないでください: レプリケーションが失われます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;✖ The failback of {target} did not succeed.&lt;/b&gt; Read the error of the failed task above and its fix; then read the state again to see what ASR offers now.</source>
        <translation>&lt;b&gt;✖ {target} のフェールバックは成功しませんでした。&lt;/b&gt;上の失敗したタスクのエラーと対処方法を読み、状態を再度読み取って ASR が現在提供している操作を確認してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;✖ The protection to Azure of {target} did not succeed.&lt;/b&gt; Read the error above. If Azure refuses classic replication, migrate the VM to the modernized architecture (REV-09).</source>
        <translation>&lt;b&gt;✖ {target} の Azure への保護は成功しませんでした。&lt;/b&gt;上のエラーを読んでください。Azure がクラシックのレプリケーションを拒否する場合は、VM を最新化されたアーキテクチャへ移行してください (REV-09)。</translation>
    </message>
    <message>
        <source>&lt;b&gt;✖ The {step} of {target} did not succeed.&lt;/b&gt; Read the error above and its fix, then read the state again.</source>
        <translation>&lt;b&gt;✖ {target} の{step}は成功しませんでした。&lt;/b&gt;上のエラーと対処方法を読んでから、状態を再度読み取ってください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;✔ {target} failed back to on-premises.&lt;/b&gt; Check the VM(s) on-premises and the application before you commit (FB-13, CMT-02).</source>
        <translation>&lt;b&gt;✔ {target} はオンプレミスにフェールバックしました。&lt;/b&gt;コミットする前に、オンプレミスの VM とアプリケーションを確認してください (FB-13、CMT-02)。</translation>
    </message>
    <message>
        <source>&lt;b&gt;✔ The failover of {target} was cancelled.&lt;/b&gt; The Azure VM runs again and replication to on-premises resumes; fail back again when it is ready (FB-12).</source>
        <translation>&lt;b&gt;✔ {target} のフェールオーバーは取り消されました。&lt;/b&gt;Azure VM が再び稼働し、オンプレミスへのレプリケーションが再開します。準備ができたらもう一度フェールバックしてください (FB-12)。</translation>
    </message>
    <message>
        <source>&lt;b&gt;✔ The failback of {target} is committed.&lt;/b&gt; {names} run on-premises &lt;b&gt;without protection&lt;/b&gt;: protect them to Azure again now, and remove the Azure resources added after failover (public IPs, NSG rules) (CMT-07).</source>
        <translation>&lt;b&gt;✔ {target} のフェールバックはコミットされました。&lt;/b&gt;{names} はオンプレミスで&lt;b&gt;保護なしで&lt;/b&gt;稼働しています: 今すぐ Azure に再び保護し、フェールオーバー後に追加した Azure リソース (パブリック IP、NSG 規則) を削除してください (CMT-07)。</translation>
    </message>
    <message>
        <source>&lt;b&gt;✔ {names} are protected to Azure again.&lt;/b&gt; Initial replication to Azure runs now; recovery points follow when it completes (REV-08). Review each VM&apos;s Azure size, network and resource group before the next failover (REV-06).</source>
        <translation>&lt;b&gt;✔ {names} は再び Azure に保護されました。&lt;/b&gt;Azure への初期レプリケーションが実行中です。完了すると復旧ポイントが作成されます (REV-08)。次のフェールオーバーの前に、各 VM の Azure のサイズ、ネットワーク、リソース グループを確認してください (REV-06)。</translation>
    </message>
    <message>
        <source>Reading where {target} stands…</source>
        <translation>{target} の現在の段階を読み取っています…</translation>
    </message>
    <message>
        <source>A job runs on {target}: it is followed above; the next step comes when it ends.</source>
        <translation>{target} でジョブが実行中です: 上で追跡しています。ジョブが終わると次の手順が表示されます。</translation>
    </message>
    <message>
        <source>{target} is {stage}.</source>
        <translation>{target} は{stage}。</translation>
    </message>
    <message>
        <source>✔ {target} is protected to Azure again: the journey is complete.</source>
        <translation>✔ {target} は再び Azure に保護されました: すべての手順が完了しました。</translation>
    </message>
    <message>
        <source>Nothing else is offered now; read the state again later.</source>
        <translation>現在ほかに実行できる操作はありません。後で状態を再度読み取ってください。</translation>
    </message>
    <message>
        <source>ASR does not offer Commit for this item: go on with Protect to Azure (CMT-03).</source>
        <translation>ASR はこのレプリケートされたアイテムにコミットを提供していません: Azure への保護に進んでください (CMT-03)。</translation>
    </message>
    <message>
        <source>Reprotect ✔</source>
        <translation>再保護 ✔</translation>
    </message>
    <message>
        <source>Ready ✔</source>
        <translation>準備完了 ✔</translation>
    </message>
    <message>
        <source>Journey: {steps}</source>
        <translation>経過: {steps}</translation>
    </message>
</context>
<context>
    <name>JourneyReviewPage</name>
    <message>
        <source>Review and fail back</source>
        <translation>確認とフェールバック</translation>
    </message>
    <message>
        <source>Cancel the failover</source>
        <translation>フェールオーバーの取り消し</translation>
    </message>
    <message>
        <source>Review and commit</source>
        <translation>確認とコミット</translation>
    </message>
    <message>
        <source>Review and protect to Azure again</source>
        <translation>確認と Azure への再保護</translation>
    </message>
    <message>
        <source>Summary of the choices</source>
        <translation>選択内容の概要</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Checks before this step</source>
        <translation>この手順の前のチェック</translation>
    </message>
    <message>
        <source>Full text of the focused check</source>
        <translation>フォーカスされたチェックの全文</translation>
    </message>
    <message>
        <source>Agent registration countdown</source>
        <translation>エージェント登録のカウントダウン</translation>
    </message>
    <message>
        <source>Preflight result</source>
        <translation>事前チェックの結果</translation>
    </message>
    <message>
        <source>I have read the &amp;warnings and unknown checks above and accept them</source>
        <translation>上記の警告と不明なチェックを読み、承諾します(&amp;W)</translation>
    </message>
    <message>
        <source>I have read the warnings and unknown checks and accept them</source>
        <translation>警告と不明なチェックを読み、承諾します</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>再チェック(&amp;A)</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再チェック</translation>
    </message>
    <message>
        <source>Copy as &amp;text</source>
        <translation>テキストとしてコピー(&amp;T)</translation>
    </message>
    <message>
        <source>Copy the checks as text</source>
        <translation>チェック結果をテキストとしてコピー</translation>
    </message>
    <message>
        <source>The Azure VM comes back on and replication to on-premises resumes; afterwards you can fail back again (FB-12). Nothing is sent until you press Cancel failover.</source>
        <translation>Azure VM が再び起動し、オンプレミスへのレプリケーションが再開します。その後、もう一度フェールバックできます (FB-12)。[フェールオーバーを取り消す] を押すまで何も送信されません。</translation>
    </message>
    <message>
        <source>Every choice and every check of this step in one place. Nothing is sent until you confirm.</source>
        <translation>この手順のすべての選択とチェックを 1 か所にまとめています。確認するまで何も送信されません。</translation>
    </message>
    <message>
        <source>&amp;Fail back</source>
        <translation>フェールバック(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel &amp;failover</source>
        <translation>フェールオーバーを取り消す(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation>コミット(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Protect to Azure</source>
        <translation>Azure に保護(&amp;P)</translation>
    </message>
    <message>
        <source>Reading {target} from the vault and vCenter…</source>
        <translation>コンテナーと vCenter から {target} を読み取っています…</translation>
    </message>
    <message>
        <source>&lt;b&gt;✖ {n} check(s) block this step.&lt;/b&gt; Each shows its fix below: change a choice with Back, or fix it outside the wizard, then press Check again.</source>
        <translation>&lt;b&gt;✖ {n} 件のチェックがこの手順をブロックしています。&lt;/b&gt;それぞれの対処方法を下に示します: [戻る] で選択を変更するか、ウィザードの外で修正してから [再チェック] を押してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Nothing blocks, but {n} warning(s) or unchecked fact(s) need your acknowledgement&lt;/b&gt; before you can go on.</source>
        <translation>&lt;b&gt;⚠ ブロックはありませんが、{n} 件の警告または未確認の事項の承諾が必要です&lt;/b&gt;。承諾すると先に進めます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to check before this step:&lt;/b&gt; confirm it below.</source>
        <translation>&lt;b&gt;この手順の前にチェックする事項はありません:&lt;/b&gt; 下で確認してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;✔ Ready: every check that can be made is met.&lt;/b&gt;</source>
        <translation>&lt;b&gt;✔ 準備完了: 実行できるすべてのチェックを満たしています。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The agent should have registered by now: checking again…</source>
        <translation>エージェントは既に登録されているはずです: 再チェックしています…</translation>
    </message>
    <message>
        <source>⏳ REV-02: the on-premises VM&apos;s agent needs up to {window} minutes after boot to register with the configuration server again. Checking again automatically in &lt;b&gt;{time}&lt;/b&gt;.</source>
        <translation>⏳ REV-02: オンプレミスの VM のエージェントが構成サーバーに再登録されるまで、起動後最大 {window} 分かかります。&lt;b&gt;{time}&lt;/b&gt; 後に自動的に再チェックします。</translation>
    </message>
    <message>
        <source>Wait for the countdown: the agent must register first (REV-02).</source>
        <translation>カウントダウンが終わるまでお待ちください: 先にエージェントが登録される必要があります (REV-02)。</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>ASR will fail back {target} from Azure to on-premises: the Azure VM(s) of {names} are shut down, then the on-premises VM(s) are powered on. The application is down meanwhile (FB-05).</source>
        <translation>ASR は {target} を Azure からオンプレミスへフェールバックします: {names} の Azure VM をシャットダウンしてから、オンプレミスの VM の電源を入れます。その間アプリケーションは停止します (FB-05)。</translation>
    </message>
    <message>
        <source>A classic failback can&apos;t be cancelled or retried once it starts (FB-10).</source>
        <translation>クラシックのフェールバックは、開始後に取り消すことも再試行することもできません (FB-10)。</translation>
    </message>
    <message>
        <source>A modernized planned failover can be cancelled afterwards: its disks are rolled back (FB-10).</source>
        <translation>最新化された計画フェールオーバーは後から取り消せます: ディスクはロールバックされます (FB-10)。</translation>
    </message>
    <message>
        <source>Start the failback?</source>
        <translation>フェールバックを開始しますか?</translation>
    </message>
    <message>
        <source>Fail back now</source>
        <translation>今すぐフェールバック</translation>
    </message>
    <message>
        <source>Cancel the failover?</source>
        <translation>フェールオーバーを取り消しますか?</translation>
    </message>
    <message>
        <source>ASR will cancel the failover of {target}: the Azure VM(s) of {names} come back on and replication to on-premises resumes. You can fail back again afterwards (FB-12).</source>
        <translation>ASR は {target} のフェールオーバーを取り消します: {names} の Azure VM が再び起動し、オンプレミスへのレプリケーションが再開します。その後、もう一度フェールバックできます (FB-12)。</translation>
    </message>
    <message>
        <source>Cancel failover</source>
        <translation>フェールオーバーを取り消す</translation>
    </message>
    <message>
        <source>Commit deletes the failed-over Azure VM(s) of {names} and their recovery points. This cannot be undone: afterwards you can&apos;t go back to Azure with this failover (CMT-01, CMT-05).</source>
        <translation>コミットすると、フェールオーバーした {names} の Azure VM とその復旧ポイントが削除されます。元に戻すことはできません: その後、このフェールオーバーで Azure に戻ることはできません (CMT-01、CMT-05)。</translation>
    </message>
    <message>
        <source>Commit ends the failover of {names}: the failed-back Azure VM(s) are removed and the remaining recovery points are deleted. This cannot be undone (CMT-01, CMT-05).</source>
        <translation>コミットすると {names} のフェールオーバーが終了します: フェールバックした Azure VM は削除され、残りの復旧ポイントも削除されます。元に戻すことはできません (CMT-01、CMT-05)。</translation>
    </message>
    <message>
        <source>After the commit the VM(s) run on-premises without protection until you protect them to Azure again (CMT-07).</source>
        <translation>コミット後、Azure に再び保護するまで、VM はオンプレミスで保護なしで稼働します (CMT-07)。</translation>
    </message>
    <message>
        <source>Commit the failback?</source>
        <translation>フェールバックをコミットしますか?</translation>
    </message>
    <message>
        <source>Commit and delete</source>
        <translation>コミットして削除</translation>
    </message>
    <message>
        <source>Protect to Azure again?</source>
        <translation>Azure に再び保護しますか?</translation>
    </message>
    <message>
        <source>ASR will start {n} reprotect job(s) from on-premises to Azure for: {names}. Initial replication starts again; no duration can be promised (REV-08).</source>
        <translation>ASR は次の VM について、オンプレミスから Azure への再保護ジョブを {n} 件開始します: {names}。初期レプリケーションが再び始まります。所要時間は約束できません (REV-08)。</translation>
    </message>
    <message>
        <source>Protect to Azure</source>
        <translation>Azure に保護</translation>
    </message>
</context>
<context>
    <name>JourneySummary</name>
    <message>
        <source>Recovery plan {plan} ({n} VMs: {names})</source>
        <translation>復旧計画 {plan} ({n} 台の VM: {names})</translation>
    </message>
    <message>
        <source>VM {vm}</source>
        <translation>VM {vm} (単一の VM)</translation>
    </message>
    <message>
        <source>classic (configuration server)</source>
        <translation>クラシック (構成サーバー)</translation>
    </message>
    <message>
        <source>modernized (replication appliance)</source>
        <translation>最新化 (レプリケーション アプライアンス)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>レプリケーション</translation>
    </message>
    <message>
        <source>Operation (FB-01)</source>
        <translation>操作 (FB-01)</translation>
    </message>
    <message>
        <source>Unplanned failover (the portal&apos;s &quot;Failover&quot;)</source>
        <translation>計画外フェールオーバー (ポータルの「フェールオーバー」)</translation>
    </message>
    <message>
        <source>Planned failover</source>
        <translation>計画フェールオーバー</translation>
    </message>
    <message>
        <source>Direction (FB-02)</source>
        <translation>方向 (FB-02)</translation>
    </message>
    <message>
        <source>Azure → on-premises</source>
        <translation>Azure → オンプレミス</translation>
    </message>
    <message>
        <source>Recovery point (FB-03/FB-04)</source>
        <translation>復旧ポイント (FB-03/FB-04)</translation>
    </message>
    <message>
        <source>Multi-VM sync point</source>
        <translation>マルチ VM 同期ポイント</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Downtime (FB-05)</source>
        <translation>ダウンタイム (FB-05)</translation>
    </message>
    <message>
        <source>The Azure VM is shut down first; a maintenance window was confirmed</source>
        <translation>Azure VM を先にシャットダウンします。メンテナンス時間帯は確認済みです</translation>
    </message>
    <message>
        <source>Way back (FB-10)</source>
        <translation>戻す方法 (FB-10)</translation>
    </message>
    <message>
        <source>None: a classic failback can&apos;t be cancelled or retried</source>
        <translation>なし: クラシックのフェールバックは取り消しも再試行もできません</translation>
    </message>
    <message>
        <source>Cancel failover, while ASR offers it (FB-12)</source>
        <translation>ASR が提供している間はフェールオーバーの取り消し (FB-12)</translation>
    </message>
    <message>
        <source>Cancel (FB-12)</source>
        <translation>取り消し (FB-12)</translation>
    </message>
    <message>
        <source>The Azure VM comes back on, the on-premises disks are rolled back and replication to on-premises resumes</source>
        <translation>Azure VM が再び起動し、オンプレミスのディスクはロールバックされ、オンプレミスへのレプリケーションが再開します</translation>
    </message>
    <message>
        <source>Commit deletes (CMT-01)</source>
        <translation>コミットで削除されるもの (CMT-01)</translation>
    </message>
    <message>
        <source>The failed-over Azure VM(s) of {names} and their recovery points; it can&apos;t be undone</source>
        <translation>フェールオーバーした {names} の Azure VM とその復旧ポイント。元に戻すことはできません</translation>
    </message>
    <message>
        <source>Application checked on-premises (CMT-02)</source>
        <translation>オンプレミスでのアプリケーションの確認 (CMT-02)</translation>
    </message>
    <message>
        <source>Yes, by the operator</source>
        <translation>はい、オペレーターが確認済み</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Process server</source>
        <translation>プロセス サーバー</translation>
    </message>
    <message>
        <source>on-premises → Azure ({direction}), policy {policy}</source>
        <translation>オンプレミス → Azure ({direction})、ポリシー {policy}</translation>
    </message>
    <message>
        <source>, run-as account {account}</source>
        <translation>、実行アカウント {account}</translation>
    </message>
</context>
<context>
    <name>LogStoragePage</name>
    <message>
        <source>Log storage account</source>
        <translation>ログ ストレージ アカウント</translation>
    </message>
    <message>
        <source>The modernized experience has no retention drive: replication logs go to a storage account in Azure. ASR reuses the one the VM already replicates through, or you choose another.</source>
        <translation>最新のエクスペリエンスにはリテンション ドライブがありません: レプリケーション ログは Azure のストレージ アカウントに書き込まれます。ASR は VM が既に使用しているものを再利用します。別のものを選択することもできます。</translation>
    </message>
    <message>
        <source>Storage account</source>
        <translation>ストレージ アカウント</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用元</translation>
    </message>
    <message>
        <source>Log storage accounts</source>
        <translation>ログ ストレージ アカウント</translation>
    </message>
    <message>
        <source>Where the replication logs go</source>
        <translation>レプリケーション ログの書き込み先</translation>
    </message>
    <message>
        <source>Log &amp;storage account:</source>
        <translation>ログ ストレージ アカウント(&amp;S):</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>&lt;b&gt;RCM-05: ASR reports no log storage account for this vault.&lt;/b&gt; The first modernized reprotect creates one in the portal; create it there (Reprotect dialog) or name one the vault&apos;s replication uses, then reload the vault.</source>
        <translation>&lt;b&gt;RCM-05: ASR はこのコンテナーのログ ストレージ アカウントを報告していません。&lt;/b&gt; 最新のエクスペリエンスでの最初の再保護では、ポータルでアカウントが作成されます。ポータル ([再保護] ダイアログ) で作成するか、コンテナーのレプリケーションで使用中のものを指定してから、コンテナーを再読み込みしてください。</translation>
    </message>
    <message>
        <source>Choose the log storage account ASR writes the replication logs to (RCM-05).</source>
        <translation>ASR がレプリケーション ログを書き込むログ ストレージ アカウントを選択してください (RCM-05)。</translation>
    </message>
    <message>
        <source>RCM-05: ASR will reuse &lt;b&gt;{account}&lt;/b&gt;, which this VM&apos;s replication already uses; nothing new is created.</source>
        <translation>RCM-05: ASR は、この VM のレプリケーションで既に使用している &lt;b&gt;{account}&lt;/b&gt; を再利用します。新しいものは作成されません。</translation>
    </message>
    <message>
        <source>RCM-05: the replication logs will go to &lt;b&gt;{account}&lt;/b&gt;, chosen here.</source>
        <translation>RCM-05: レプリケーション ログは、ここで選択した &lt;b&gt;{account}&lt;/b&gt; に書き込まれます。</translation>
    </message>
</context>
<context>
    <name>ModernizedPolicyPage</name>
    <message>
        <source>Failback policy</source>
        <translation>フェールバック ポリシー</translation>
    </message>
    <message>
        <source>ASR uses the failback policy mapped for the replication appliance&apos;s direction (modernized experience). It can&apos;t be edited here.</source>
        <translation>ASR は、レプリケーション アプライアンスの方向にマップされたフェールバック ポリシーを使用します (最新のエクスペリエンス)。ここでは編集できません。</translation>
    </message>
    <message>
        <source>About the failback policy</source>
        <translation>フェールバック ポリシーについて</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>ポリシー:</translation>
    </message>
    <message>
        <source>App-consistent snapshot frequency:</source>
        <translation>アプリケーションの整合性スナップショットの頻度:</translation>
    </message>
    <message>
        <source>Crash-consistent snapshot frequency:</source>
        <translation>クラッシュ整合性スナップショットの頻度:</translation>
    </message>
    <message>
        <source>&lt;b&gt;No modernized failback policy (InMageRcmFailback) is mapped in the vault.&lt;/b&gt; The portal creates it with the replication policy; associate one with the appliance&apos;s container, then reload the vault.</source>
        <translation>&lt;b&gt;コンテナーに最新のフェールバック ポリシー (InMageRcmFailback) がマップされていません。&lt;/b&gt; ポータルはレプリケーション ポリシーと一緒にこれを作成します。アプライアンスのコンテナーにポリシーを関連付けてから、コンテナーを再読み込みしてください。</translation>
    </message>
    <message>
        <source>every {n} minutes</source>
        <translation>{n} 分ごと</translation>
    </message>
    <message>
        <source>The request names this policy (policyId); ASR applies it to the reverse replication.</source>
        <translation>要求ではこのポリシー (policyId) を指定します。ASR はこれを逆方向のレプリケーションに適用します。</translation>
    </message>
</context>
<context>
    <name>MonitorWindow</name>
    <message>
        <source>{title} — jobs</source>
        <translation>{title} — ジョブ</translation>
    </message>
</context>
<context>
    <name>OnPremCheckPage</name>
    <message>
        <source>Check on-premises, then commit</source>
        <translation>オンプレミスを確認してコミット</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>電源</translation>
    </message>
    <message>
        <source>VMware Tools</source>
        <translation>VMware Tools の状態</translation>
    </message>
    <message>
        <source>Guest IP</source>
        <translation>ゲスト IP</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>The failed-back VMs as vCenter shows them</source>
        <translation>vCenter に表示されるフェールバックした VM</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>再度読み取る(&amp;R)</translation>
    </message>
    <message>
        <source>Read the VMs from vCenter again</source>
        <translation>vCenter から VM を再度読み取る</translation>
    </message>
    <message>
        <source>What vCenter shows</source>
        <translation>vCenter の表示内容</translation>
    </message>
    <message>
        <source>I have checked that the &amp;application works on-premises (recorded in the report)</source>
        <translation>オンプレミスでアプリケーションが動作することを確認しました (レポートに記録されます)(&amp;A)</translation>
    </message>
    <message>
        <source>The application works on-premises</source>
        <translation>オンプレミスでアプリケーションが動作する</translation>
    </message>
    <message>
        <source>FB-13: before commit, each VM of {target} must run on-premises — powered on, VMware Tools running (re-enable them on Windows), an IP address. Then check the application itself (CMT-02).</source>
        <translation>FB-13: コミットの前に、{target} の各 VM がオンプレミスで稼働している必要があります — 電源オン、VMware Tools が実行中 (Windows では再度有効化)、IP アドレスあり。その後、アプリケーション自体を確認してください (CMT-02)。</translation>
    </message>
    <message>
        <source>Reading {target} from vCenter…</source>
        <translation>vCenter から {target} を読み取っています…</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>未読み取り</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>報告なし</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>{n} of {total} VM(s) run normally on-premises.</source>
        <translation>{total} 台中 {n} 台の VM がオンプレミスで正常に稼働しています。</translation>
    </message>
    <message>
        <source>Not read from vCenter: check the VM in vCenter yourself.</source>
        <translation>vCenter から読み取れませんでした: vCenter で VM を直接確認してください。</translation>
    </message>
    <message>
        <source>not powered on</source>
        <translation>電源がオンではありません</translation>
    </message>
    <message>
        <source>VMware Tools not running</source>
        <translation>VMware Tools が実行されていません</translation>
    </message>
    <message>
        <source>no guest IP address</source>
        <translation>ゲスト IP アドレスがありません</translation>
    </message>
    <message>
        <source>Not yet: {problems}. Wait a few minutes and read again.</source>
        <translation>まだです: {problems}。数分待ってから再度読み取ってください。</translation>
    </message>
    <message>
        <source>Runs on-premises</source>
        <translation>オンプレミスで稼働中</translation>
    </message>
    <message>
        <source>Check the application on-premises and tick the box: commit can&apos;t be undone (CMT-02).</source>
        <translation>オンプレミスでアプリケーションを確認し、チェック ボックスをオンにしてください: コミットは元に戻せません (CMT-02)。</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Why Next is not available</source>
        <translation>[次へ] を押せない理由</translation>
    </message>
</context>
<context>
    <name>PerVmPage</name>
    <message>
        <source>Virtual machine these values are for</source>
        <translation>これらの値を適用する仮想マシン</translation>
    </message>
    <message>
        <source>Values for &amp;VM:</source>
        <translation>値を設定する VM(&amp;V):</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>{n} hours</source>
        <translation>{n} 時間</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} 分</translation>
    </message>
    <message>
        <source>Failback policy</source>
        <translation>フェールバック ポリシー</translation>
    </message>
    <message>
        <source>ASR selects the failback policy by itself: the one mapped to the failback direction of the configuration server. It can&apos;t be edited here.</source>
        <translation>フェールバック ポリシーは ASR が自動的に選択します: 構成サーバーのフェールバック方向にマップされたポリシーです。ここでは編集できません。</translation>
    </message>
    <message>
        <source>About the failback policy</source>
        <translation>フェールバック ポリシーについて</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>ポリシー:</translation>
    </message>
    <message>
        <source>RPO threshold:</source>
        <translation>RPO しきい値:</translation>
    </message>
    <message>
        <source>Recovery point retention:</source>
        <translation>復旧ポイントのリテンション期間:</translation>
    </message>
    <message>
        <source>App-consistent snapshot frequency:</source>
        <translation>アプリケーションの整合性スナップショットの頻度:</translation>
    </message>
    <message>
        <source>&lt;b&gt;INF-02: no failback policy is mapped for the failback direction.&lt;/b&gt; The portal creates it with the replication policy; create or associate one on the configuration server, then reload the vault.</source>
        <translation>&lt;b&gt;INF-02: フェールバック方向にフェールバック ポリシーがマップされていません。&lt;/b&gt; ポータルはレプリケーション ポリシーと一緒にこれを作成します。構成サーバーでポリシーを作成または関連付けてから、コンテナーを再読み込みしてください。</translation>
    </message>
    <message>
        <source>These are the portal&apos;s defaults ({defaults}).</source>
        <translation>これらはポータルの既定値です ({defaults})。</translation>
    </message>
    <message>
        <source>INF-02: these values differ from the portal&apos;s defaults ({defaults}); the policy was probably created with PowerShell. ASR will use them as shown.</source>
        <translation>INF-02: これらの値はポータルの既定値 ({defaults}) と異なります。このポリシーはおそらく PowerShell で作成されました。ASR は表示どおりの値を使用します。</translation>
    </message>
</context>
<context>
    <name>ReprotectWizard</name>
    <message>
        <source>Reprotect to on-premises</source>
        <translation>オンプレミスへの再保護</translation>
    </message>
    <message>
        <source>Reprotect to on-premises — TRAINING ESTATE (nothing real is changed)</source>
        <translation>オンプレミスへの再保護 — 訓練用環境 (実際には何も変更されません)</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Fail back {target}</source>
        <translation>{target} のフェールバック</translation>
    </message>
    <message>
        <source>{title} — TRAINING ESTATE (nothing real is changed)</source>
        <translation>{title} — 訓練用環境 (実際には何も変更されません)</translation>
    </message>
    <message>
        <source>The job keeps running in Azure; closing only stops following it here. Open the wizard again later and focus {target} on the first page: its failback goes on from where it stands. Close anyway?</source>
        <translation>ジョブは Azure で実行を続けます。閉じても、ここでの追跡が止まるだけです。後でウィザードをもう一度開き、最初のページで {target} にフォーカスを移すと、現在の段階からフェールバックを続けられます。閉じますか?</translation>
    </message>
    <message>
        <source>Stop following the jobs?</source>
        <translation>ジョブの追跡を停止しますか?</translation>
    </message>
    <message>
        <source>The reprotect jobs keep running in Azure; closing only stops following them here. You can follow them in the vault&apos;s Site Recovery jobs. Close anyway?</source>
        <translation>再保護ジョブは Azure で実行を続けます。閉じても、ここでの追跡が止まるだけです。ジョブはコンテナーの Site Recovery ジョブで追跡できます。閉じますか?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Keep following</source>
        <translation>追跡を続ける</translation>
    </message>
    <message>
        <source>The reprotect jobs keep running in Azure; closing only stops following them here. Close anyway?</source>
        <translation>再保護ジョブは Azure で実行を続けます。閉じても、ここでの追跡が止まるだけです。閉じますか?</translation>
    </message>
</context>
<context>
    <name>ResumeWindow</name>
    <message>
        <source>Reprotect jobs resumed</source>
        <translation>再開した再保護ジョブ</translation>
    </message>
    <message>
        <source>Following the jobs again…</source>
        <translation>ジョブの追跡を再開しています…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Drill &amp;report…</source>
        <translation>訓練レポート(&amp;R)…</translation>
    </message>
    <message>
        <source>Drill report</source>
        <translation>訓練レポート</translation>
    </message>
    <message>
        <source>{vm} (resumed)</source>
        <translation>{vm} (再開)</translation>
    </message>
    <message>
        <source>{vm}: {step} (resumed)</source>
        <translation>{vm}: {step} (再開)</translation>
    </message>
    <message>
        <source>Every resumed job has ended; the outcomes are in the audit log.</source>
        <translation>再開したすべてのジョブが終了しました。結果は監査ログに記録されています。</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Retention drive</source>
        <translation>リテンション ドライブ</translation>
    </message>
    <message>
        <source>The master target keeps the recovery points for failback on this volume. ASR lists only the volumes it considers eligible.</source>
        <translation>マスター ターゲット サーバーは、フェールバック用の復旧ポイントをこのボリュームに保持します。ASR は要件を満たすと判断したボリュームだけを一覧表示します。</translation>
    </message>
    <message>
        <source>Use the same retention &amp;drive for every VM of the plan</source>
        <translation>計画内のすべての VM に同じリテンション ドライブを使用する(&amp;D)</translation>
    </message>
    <message>
        <source>Use the same retention drive for every VM of the plan</source>
        <translation>計画内のすべての VM に同じリテンション ドライブを使用する</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空き</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <source>Retention volumes</source>
        <translation>リテンション ボリューム</translation>
    </message>
    <message>
        <source>When the list was refreshed</source>
        <translation>一覧が更新された日時</translation>
    </message>
    <message>
        <source>Re&amp;fresh configuration server</source>
        <translation>構成サーバーを更新(&amp;F)</translation>
    </message>
    <message>
        <source>Refresh configuration server</source>
        <translation>構成サーバーを更新</translation>
    </message>
    <message>
        <source>Why no retention drive can be chosen</source>
        <translation>リテンション ドライブを選択できない理由</translation>
    </message>
    <message>
        <source>Retention vo&amp;lume:</source>
        <translation>リテンション ボリューム(&amp;L):</translation>
    </message>
    <message>
        <source>List last refreshed {when}. A newly added drive can take up to {minutes} minutes to appear (RET-07).</source>
        <translation>一覧の最終更新: {when}。新しく追加したドライブが表示されるまでに最大 {minutes} 分かかることがあります (RET-07)。</translation>
    </message>
    <message>
        <source>{mt} has no retention drive that can be used:</source>
        <translation>{mt} には使用できるリテンション ドライブがありません:</translation>
    </message>
    <message>
        <source>The vault did not say which configuration server serves these VMs.</source>
        <translation>これらの VM を担当する構成サーバーを資格情報コンテナーが示していません。</translation>
    </message>
    <message>
        <source>Refresh it in the portal (Configuration servers → Refresh server), then press Retry.</source>
        <translation>ポータルで更新し ([構成サーバー] → [サーバーの更新])、[再試行] を押してください。</translation>
    </message>
    <message>
        <source>Refreshing {server}; ASR then rereads the master targets&apos; volumes…</source>
        <translation>{server} を更新しています。その後 ASR がマスター ターゲット サーバーのボリュームを再読み取りします…</translation>
    </message>
    <message>
        <source>No retention drive can be used (see why above): refresh the configuration server or go Back.</source>
        <translation>使用できるリテンション ドライブがありません (理由は上記): 構成サーバーを更新するか、[戻る] を押してください。</translation>
    </message>
    <message>
        <source>Choose a retention drive for: {vms}.</source>
        <translation>次の VM のリテンション ドライブを選んでください: {vms}。</translation>
    </message>
</context>
<context>
    <name>ReversePage</name>
    <message>
        <source>Protect to Azure again</source>
        <translation>Azure に再び保護</translation>
    </message>
    <message>
        <source>Process server</source>
        <translation>プロセス サーバー</translation>
    </message>
    <message>
        <source>Replication policy</source>
        <translation>レプリケーション ポリシー</translation>
    </message>
    <message>
        <source>vCenter run-as account</source>
        <translation>vCenter の実行アカウント</translation>
    </message>
    <message>
        <source>Run-as account id (optional)</source>
        <translation>実行アカウントの ID (省略可能)</translation>
    </message>
    <message>
        <source>Leave empty when the Mobility agent is installed</source>
        <translation>モビリティ エージェントがインストールされている場合は空のままにします</translation>
    </message>
    <message>
        <source>&amp;Process server:</source>
        <translation>プロセス サーバー(&amp;P):</translation>
    </message>
    <message>
        <source>Replication p&amp;olicy:</source>
        <translation>レプリケーション ポリシー(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Run-as account:</source>
        <translation>実行アカウント(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Run-as account (optional):</source>
        <translation>実行アカウント (省略可能)(&amp;R):</translation>
    </message>
    <message>
        <source>Health of the chosen process server</source>
        <translation>選択したプロセス サーバーの正常性</translation>
    </message>
    <message>
        <source>About protecting to Azure again</source>
        <translation>Azure への再保護について</translation>
    </message>
    <message>
        <source>{names} run on-premises without protection now (CMT-07). Choose how they replicate to Azure again.</source>
        <translation>{names} は現在、オンプレミスで保護なしで稼働しています (CMT-07)。Azure へ再びレプリケーションする方法を選択してください。</translation>
    </message>
    <message>
        <source>Classic (REV-03): an on-premises process server, the vCenter run-as account and the policy of the container mapping. The VM&apos;s agent must have registered again after boot (REV-02).</source>
        <translation>クラシック (REV-03): オンプレミスのプロセス サーバー、vCenter の実行アカウント、コンテナー マッピングのポリシー。VM のエージェントが起動後に再登録されている必要があります (REV-02)。</translation>
    </message>
    <message>
        <source>Modernized (REV-04): the replication appliance&apos;s process server and an InMageRcm policy. The Azure VM size, network and resource group are not part of it: review them afterwards (REV-06).</source>
        <translation>最新化 (REV-04): レプリケーション アプライアンスのプロセス サーバーと InMageRcm ポリシー。Azure VM のサイズ、ネットワーク、リソース グループは含まれません: 後で確認してください (REV-06)。</translation>
    </message>
    <message>
        <source>A recovery plan is protected member by member, with the same choices (REV-07).</source>
        <translation>復旧計画はメンバーごとに、同じ選択内容で保護されます (REV-07)。</translation>
    </message>
    <message>
        <source>Reading the process servers and policies…</source>
        <translation>プロセス サーバーとポリシーを読み取っています…</translation>
    </message>
    <message>
        <source>{name} — {health}, heartbeat {ago}</source>
        <translation>{name} — {health}、ハートビート {ago}</translation>
    </message>
    <message>
        <source>health not reported</source>
        <translation>正常性の報告なし</translation>
    </message>
    <message>
        <source>{name} (from the container mapping)</source>
        <translation>{name} (コンテナー マッピングから)</translation>
    </message>
    <message>
        <source>No process server can take it: register or repair one, then go Back and Next to read again.</source>
        <translation>使用できるプロセス サーバーがありません: 登録または修復してから、[戻る] と [次へ] で再度読み取ってください。</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>プロセッサ</translation>
    </message>
    <message>
        <source>REV-05: {name} reports health {health}.</source>
        <translation>REV-05: {name} の正常性は {health} です。</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>報告なし</translation>
    </message>
    <message>
        <source>Choose a process server.</source>
        <translation>プロセス サーバーを選択してください。</translation>
    </message>
    <message>
        <source>Choose a replication policy.</source>
        <translation>レプリケーション ポリシーを選択してください。</translation>
    </message>
    <message>
        <source>Choose the vCenter run-as account: a classic reprotect to Azure needs it (REV-03).</source>
        <translation>vCenter の実行アカウントを選択してください: クラシックの Azure への再保護に必要です (REV-03)。</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>original location</source>
        <translation>元の場所</translation>
    </message>
    <message>
        <source>alternate location</source>
        <translation>別の場所</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Recovery plan {plan}</source>
        <translation>復旧計画 {plan}</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>What</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Azure → On-premises (modernized: replication appliance)</source>
        <translation>Azure → オンプレミス (最新: レプリケーション アプライアンス)</translation>
    </message>
    <message>
        <source>Replication appliance</source>
        <translation>レプリケーション アプライアンス</translation>
    </message>
    <message>
        <source>{appliance} (health {health}, heartbeat {heartbeat}, vCenter {vcenter}, disks {disks})</source>
        <translation>{appliance} (正常性 {health}、ハートビート {heartbeat}、vCenter {vcenter}、ディスク {disks})</translation>
    </message>
    <message>
        <source>Log storage account</source>
        <translation>ログ ストレージ アカウント</translation>
    </message>
    <message>
        <source>Failback policy</source>
        <translation>フェールバック ポリシー</translation>
    </message>
    <message>
        <source>{policy}: app-consistent every {app} min, crash-consistent every {crash} min</source>
        <translation>{policy}: アプリケーションの整合性 {app} 分ごと、クラッシュ整合性 {crash} 分ごと</translation>
    </message>
    <message>
        <source>{n} (those replicated to Azure)</source>
        <translation>{n} (Azure にレプリケートされたもの)</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>復旧</translation>
    </message>
    <message>
        <source>Datastore</source>
        <translation>データストア</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>Data to send back (SUB-05)</source>
        <translation>送り返すデータ (SUB-05)</translation>
    </message>
    <message>
        <source>Review and reprotect</source>
        <translation>確認と再保護</translation>
    </message>
    <message>
        <source>Every choice and every prerequisite in one place. Nothing is sent until you press Reprotect.</source>
        <translation>すべての選択内容と前提条件をまとめて表示します。[再保護] を押すまで何も送信されません。</translation>
    </message>
    <message>
        <source>&amp;Reprotect</source>
        <translation>再保護(&amp;R)</translation>
    </message>
    <message>
        <source>Summary of the choices</source>
        <translation>選択内容の概要</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Prerequisite checks</source>
        <translation>前提条件のチェック</translation>
    </message>
    <message>
        <source>Full text of the focused check</source>
        <translation>フォーカスされたチェックの全文</translation>
    </message>
    <message>
        <source>I have read the &amp;warnings and unknown checks above and accept them</source>
        <translation>上記の警告と不明なチェックを読み、承諾します(&amp;W)</translation>
    </message>
    <message>
        <source>I have read the warnings and unknown checks and accept them</source>
        <translation>警告と不明なチェックを読み、承諾します</translation>
    </message>
    <message>
        <source>Protection container mapping</source>
        <translation>保護コンテナーのマッピング</translation>
    </message>
    <message>
        <source>not reported by ASR (the failback policy&apos;s mapping)</source>
        <translation>ASR から報告なし (フェールバック ポリシーのマッピング)</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Network link to Azure</source>
        <translation>Azure へのネットワーク接続</translation>
    </message>
    <message>
        <source>IP addresses retained at failover</source>
        <translation>フェールオーバー時に IP アドレスを保持</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>再チェック(&amp;A)</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再チェック</translation>
    </message>
    <message>
        <source>Copy as &amp;text</source>
        <translation>テキストとしてコピー(&amp;T)</translation>
    </message>
    <message>
        <source>Copy the checks as text</source>
        <translation>チェック結果をテキストとしてコピー</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>JSON としてコピー(&amp;J)</translation>
    </message>
    <message>
        <source>Copy the checks as JSON</source>
        <translation>チェック結果を JSON としてコピー</translation>
    </message>
    <message>
        <source>Save a&amp;nswers…</source>
        <translation>回答を保存(&amp;N)…</translation>
    </message>
    <message>
        <source>Save the answers for reprotect-cli</source>
        <translation>reprotect-cli 用に回答を保存</translation>
    </message>
    <message>
        <source>Save every choice, statement and accepted warning (never a password) for reprotect-cli run</source>
        <translation>すべての選択、申告、承認した警告を reprotect-cli run 用に保存します (パスワードは保存しません)</translation>
    </message>
    <message>
        <source>Agent registration countdown</source>
        <translation>エージェント登録のカウントダウン</translation>
    </message>
    <message>
        <source>Preflight result</source>
        <translation>事前チェックの結果</translation>
    </message>
    <message>
        <source>Reading the vault and vCenter again…</source>
        <translation>コンテナーと vCenter を再読み取りしています…</translation>
    </message>
    <message>
        <source>The agent should have registered by now: checking again…</source>
        <translation>エージェントは既に登録されているはずです: 再チェックしています…</translation>
    </message>
    <message>
        <source>    evidence: {line}</source>
        <translation>    根拠: {line}</translation>
    </message>
    <message>
        <source>    fix: {fix}</source>
        <translation>    対処方法: {fix}</translation>
    </message>
    <message>
        <source>Azure → On-premises</source>
        <translation>Azure → オンプレミス</translation>
    </message>
    <message>
        <source>Master target</source>
        <translation>マスター ターゲット</translation>
    </message>
    <message>
        <source>{mt} ({os}, host {host})</source>
        <translation>{mt} ({os}、ホスト {host})</translation>
    </message>
    <message>
        <source>Process server</source>
        <translation>プロセス サーバー</translation>
    </message>
    <message>
        <source>{policy}: RPO {rpo} min, retention {hours} h, app-consistent every {app} min</source>
        <translation>{policy}: RPO {rpo} 分、リテンション期間 {hours} 時間、アプリケーションの整合性 {app} 分ごと</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{total} 台中 {n} 台</translation>
    </message>
    <message>
        <source>Retention drive</source>
        <translation>リテンション ドライブ</translation>
    </message>
    <message>
        <source>⏳ ELIG-04: the VM&apos;s agent needs up to {window} minutes after failover to register with the configuration server. Checking again automatically in &lt;b&gt;{time}&lt;/b&gt;.</source>
        <translation>⏳ ELIG-04: VM のエージェントがフェールオーバー後に構成サーバーに登録されるまで最大 {window} 分かかります。&lt;b&gt;{time}&lt;/b&gt; 後に自動的に再チェックします。</translation>
    </message>
    <message>
        <source>vCenter run-as account</source>
        <translation>vCenter の実行アカウント</translation>
    </message>
    <message>
        <source>None named (ASR uses the configuration server&apos;s own)</source>
        <translation>指定なし (ASR は構成サーバーのアカウントを使用)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>&lt;b&gt;✖ {n} prerequisite(s) block the reprotect.&lt;/b&gt; Each shows its fix below: change a choice with Back; fix anything outside the wizard there, then press Check again.</source>
        <translation>&lt;b&gt;✖ {n} 件の前提条件が再保護をブロックしています。&lt;/b&gt; それぞれの対処方法を下に示します: 選択を変えるには [戻る] を使い、ウィザードの外の問題はそちらで修正してから [再チェック] を押してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Nothing blocks, but {n} warning(s) or unchecked fact(s) need your acknowledgement&lt;/b&gt; before Reprotect is enabled.</source>
        <translation>&lt;b&gt;⚠ ブロックはありませんが、{n} 件の警告または未チェックの事項の承諾が必要です&lt;/b&gt;。承諾すると [再保護] が有効になります。</translation>
    </message>
    <message>
        <source>&lt;b&gt;✔ Ready: every prerequisite that can be checked is met.&lt;/b&gt;</source>
        <translation>&lt;b&gt;✔ 準備完了: チェックできるすべての前提条件が満たされています。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Start the reprotect?</source>
        <translation>再保護を開始しますか?</translation>
    </message>
    <message>
        <source>ASR will start {n} reprotect job(s) for: {names}.
{where}

The on-premises VMs are powered off during reprotect (SUB-01).</source>
        <translation>ASR は次の VM の再保護ジョブを {n} 件開始します: {names}。
{where}

再保護の間、オンプレミスの VM は電源がオフになります (SUB-01)。</translation>
    </message>
    <message>
        <source>Start reprotect</source>
        <translation>再保護を開始</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Master target: {mt} on ESXi host {host}.</source>
        <translation>マスター ターゲット サーバー: {mt} (ESXi ホスト {host})。</translation>
    </message>
    <message>
        <source>Replication appliance: {appliance}, writing to datastore {datastore}.</source>
        <translation>レプリケーション アプライアンス: {appliance} (書き込み先データストア {datastore})。</translation>
    </message>
    <message>
        <source>ESXi host(s) with that datastore: {hosts}.</source>
        <translation>そのデータストアを持つ ESXi ホスト: {hosts}。</translation>
    </message>
    <message>
        <source>Target server: {server}.</source>
        <translation>ターゲット サーバー: {server}。</translation>
    </message>
</context>
<context>
    <name>SelectPage</name>
    <message>
        <source>Classic</source>
        <translation>クラシック</translation>
    </message>
    <message>
        <source>Modernized</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Azure to Azure</source>
        <translation>Azure 間</translation>
    </message>
    <message>
        <source>Hyper-V</source>
        <translation>Hyper-V レプリケーション</translation>
    </message>
    <message>
        <source>Agentless migration</source>
        <translation>エージェントレス移行</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Continue failback: fail bac&amp;k…</source>
        <translation>フェールバックを続行: フェールバック(&amp;K)…</translation>
    </message>
    <message>
        <source>Continue failback: cance&amp;l failover…</source>
        <translation>フェールバックを続行: フェールオーバーの取り消し(&amp;L)…</translation>
    </message>
    <message>
        <source>Continue failback: co&amp;mmit…</source>
        <translation>フェールバックを続行: コミット(&amp;M)…</translation>
    </message>
    <message>
        <source>Continue failback: protect to A&amp;zure again…</source>
        <translation>フェールバックを続行: Azure に再び保護(&amp;Z)…</translation>
    </message>
    <message>
        <source>ℹ Microsoft no longer supports the classic experience (configuration server, process server, master target) since March 2026. Plan the move: “{article}”.</source>
        <translation>ℹ Microsoft は 2026 年 3 月以降、クラシック エクスペリエンス (構成サーバー、プロセス サーバー、マスター ターゲット サーバー) をサポートしていません。移行を計画してください: “{article}”。</translation>
    </message>
    <message>
        <source>Select what to reprotect</source>
        <translation>再保護する対象の選択</translation>
    </message>
    <message>
        <source>Choose a virtual machine that was failed over to Azure, or a recovery plan. Items that can&apos;t be reprotected are listed with the reason.</source>
        <translation>Azure にフェールオーバーした仮想マシン、または復旧計画を選択してください。再保護できないアイテムは理由と共に表示されます。</translation>
    </message>
    <message>
        <source>A &amp;virtual machine</source>
        <translation>仮想マシン(&amp;V)</translation>
    </message>
    <message>
        <source>Reprotect a virtual machine</source>
        <translation>仮想マシンを再保護する</translation>
    </message>
    <message>
        <source>A recovery &amp;plan (every VM in it)</source>
        <translation>復旧計画 (含まれるすべての VM)(&amp;P)</translation>
    </message>
    <message>
        <source>Reprotect a recovery plan</source>
        <translation>復旧計画を再保護する</translation>
    </message>
    <message>
        <source>Type to filter by name, OS, state or recovery plan</source>
        <translation>名前、OS、状態、復旧計画で絞り込み</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>一覧を絞り込む</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>絞り込み(&amp;F):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>レプリケーション</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>Recovery plan</source>
        <translation>復旧計画</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Recovery plans</source>
        <translation>復旧計画</translation>
    </message>
    <message>
        <source>Vault summary</source>
        <translation>コンテナーの概要</translation>
    </message>
    <message>
        <source>Classic experience retired</source>
        <translation>クラシック エクスペリエンスの提供終了</translation>
    </message>
    <message>
        <source>Language of the wizard</source>
        <translation>ウィザードの言語</translation>
    </message>
    <message>
        <source>The wizard restarts on this page in the chosen language.</source>
        <translation>ウィザードは選択した言語でこのページから再起動します。</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>言語(&amp;G):</translation>
    </message>
    <message>
        <source>Reading the vault and vCenter…</source>
        <translation>コンテナーと vCenter を読み取っています…</translation>
    </message>
    <message>
        <source>{n} replicated items read so far; the rest is on its way…</source>
        <translation>レプリケートされたアイテムを {n} 件読み取りました。残りを読み取り中です…</translation>
    </message>
    <message>
        <source>Vault &lt;b&gt;{vault}&lt;/b&gt;: {items} replicated items, {plans} recovery plans.</source>
        <translation>コンテナー &lt;b&gt;{vault}&lt;/b&gt;: レプリケートされたアイテム {items} 個、復旧計画 {plans} 個。</translation>
    </message>
    <message>
        <source>{problem} vCenter checks will show as unknown.</source>
        <translation>{problem} vCenter のチェックは不明として表示されます。</translation>
    </message>
    <message>
        <source>Replication provider: {provider}</source>
        <translation>レプリケーション プロバイダー: {provider}</translation>
    </message>
    <message>
        <source>ℹ {members} (replication group {group}) can only be reprotected together, through a recovery plan (SUB-02).</source>
        <translation>ℹ {members} (レプリケーション グループ {group}) は、復旧計画でまとめてのみ再保護できます (SUB-02)。</translation>
    </message>
    <message>
        <source>Reprotect recovery plan {plan} instead</source>
        <translation>代わりに復旧計画 {plan} を再保護</translation>
    </message>
    <message>
        <source>Switch to recovery plan {plan}</source>
        <translation>復旧計画 {plan} に切り替え</translation>
    </message>
    <message>
        <source>Failback journey of the focused row</source>
        <translation>フォーカスのある行のフェールバックの段階</translation>
    </message>
    <message>
        <source>Reading where {target} stands in its failback…</source>
        <translation>{target} のフェールバックの現在の段階を読み取っています…</translation>
    </message>
    <message>
        <source>{target} is {stage}.</source>
        <translation>{target} は{stage}。</translation>
    </message>
    <message>
        <source>You can go on with its failback from here.</source>
        <translation>ここからフェールバックを続行できます。</translation>
    </message>
    <message>
        <source>Failback is not offered yet: {reason}</source>
        <translation>フェールバックはまだ提供されていません: {reason}</translation>
    </message>
    <message>
        <source>Its journey is complete.</source>
        <translation>フェールバックの全手順が完了しています。</translation>
    </message>
    <message>
        <source>Its VMs replicate with different providers: nothing can be continued as one.</source>
        <translation>VM のレプリケーション プロバイダーが異なるため、まとめて続行できる手順はありません。</translation>
    </message>
    <message>
        <source>Nothing can be continued now; a running job shows in the vault&apos;s jobs.</source>
        <translation>今は続行できる手順がありません。実行中のジョブはコンテナーのジョブに表示されます。</translation>
    </message>
    <message>
        <source>Fail back</source>
        <translation>フェールバック</translation>
    </message>
    <message>
        <source>Finish or cancel what the wizard is doing, then focus the VM on its first page to fail it back.</source>
        <translation>ウィザードで進行中の操作を完了するか取り消してから、最初のページで VM にフォーカスを移してフェールバックしてください。</translation>
    </message>
    <message>
        <source>The vault is being read; its VMs and recovery plans appear here.</source>
        <translation>資格情報コンテナーを読み込み中です。VM と復旧計画がここに表示されます。</translation>
    </message>
    <message>
        <source>No recovery plan can be reprotected: each one&apos;s reason is shown in its row.</source>
        <translation>再保護できる復旧計画がありません。各行に理由が表示されています。</translation>
    </message>
    <message>
        <source>Choose a recovery plan; greyed plans can&apos;t be reprotected (the reason is in the row).</source>
        <translation>復旧計画を選んでください。灰色の計画は再保護できません (理由は行に表示)。</translation>
    </message>
    <message>
        <source>No VM can be reprotected: each one&apos;s reason is shown in its row.</source>
        <translation>再保護できる VM がありません。各行に理由が表示されています。</translation>
    </message>
    <message>
        <source>Choose a virtual machine; greyed VMs can&apos;t be reprotected (the reason is in the row).</source>
        <translation>仮想マシンを選んでください。灰色の VM は再保護できません (理由は行に表示)。</translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <source>Not stated</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Site-to-site VPN</source>
        <translation>サイト間 VPN</translation>
    </message>
    <message>
        <source>ExpressRoute (private peering)</source>
        <translation>ExpressRoute (プライベート ピアリング)</translation>
    </message>
    <message>
        <source>Master target and process server</source>
        <translation>マスター ターゲット サーバーとプロセス サーバー</translation>
    </message>
    <message>
        <source>The master target receives the replication on-premises; it must run the same OS as the VM. The process server sends the data from Azure.</source>
        <translation>マスター ターゲット サーバーはオンプレミスでレプリケーションを受信します。VM と同じ OS である必要があります。プロセス サーバーは Azure からデータを送信します。</translation>
    </message>
    <message>
        <source>Master target</source>
        <translation>マスター ターゲット</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>ESXi host</source>
        <translation>ESXi ホスト</translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation>ハートビート</translation>
    </message>
    <message>
        <source>Disks used / 60</source>
        <translation>使用ディスク数 / 60</translation>
    </message>
    <message>
        <source>Master target servers</source>
        <translation>マスター ターゲット サーバー</translation>
    </message>
    <message>
        <source>Process server</source>
        <translation>プロセス サーバー</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>正常性</translation>
    </message>
    <message>
        <source>Process servers</source>
        <translation>プロセス サーバー</translation>
    </message>
    <message>
        <source>Network link between Azure and on-premises</source>
        <translation>Azure とオンプレミス間のネットワーク接続</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>IP addresses retained at failover</source>
        <translation>フェールオーバー時に IP アドレスを保持</translation>
    </message>
    <message>
        <source>vCenter run-as account the request names</source>
        <translation>要求で指定する vCenter の実行アカウント</translation>
    </message>
    <message>
        <source>Advice on the process server</source>
        <translation>プロセス サーバーに関する助言</translation>
    </message>
    <message>
        <source>Why no master target can be chosen</source>
        <translation>マスター ターゲット サーバーを選択できない理由</translation>
    </message>
    <message>
        <source>&amp;Master target server:</source>
        <translation>マスター ターゲット サーバー(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Process server:</source>
        <translation>プロセス サーバー(&amp;P):</translation>
    </message>
    <message>
        <source>What only you can tell (the review checks against it)</source>
        <translation>お客様だけが分かること (確認ページで照合します)</translation>
    </message>
    <message>
        <source>Network &amp;link to Azure:</source>
        <translation>Azure へのネットワーク接続(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;IP addresses retained at failover (INF-10):</source>
        <translation>フェールオーバー時に IP アドレスを保持 (INF-10)(&amp;I):</translation>
    </message>
    <message>
        <source>vCenter &amp;run-as account:</source>
        <translation>vCenter の実行アカウント(&amp;R):</translation>
    </message>
    <message>
        <source>No master target can take these VMs:</source>
        <translation>これらの VM を受け入れられるマスター ターゲット サーバーがありません:</translation>
    </message>
    <message>
        <source>None named (ASR uses the configuration server&apos;s own)</source>
        <translation>指定なし (ASR は構成サーバーのアカウントを使用)</translation>
    </message>
    <message>
        <source>⚠ INF-05: with a site-to-site VPN only, use a process server in Azure, close to the failed-over VMs. An on-premises process server suits ExpressRoute or a proof of concept.</source>
        <translation>⚠ INF-05: サイト間 VPN のみの場合は、フェールオーバーした VM に近い Azure のプロセス サーバーを使用してください。オンプレミスのプロセス サーバーは、ExpressRoute または概念実証に適しています。</translation>
    </message>
    <message>
        <source>Say how Azure reaches the site: the review page checks the choice against it (INF-05).</source>
        <translation>Azure からサイトへの接続方法を指定してください: 確認ページで選択内容がこれと照合されます (INF-05)。</translation>
    </message>
    <message>
        <source>No master target can take these VMs (see why above): go Back and choose other VMs.</source>
        <translation>これらの VM を受け入れられるマスター ターゲット サーバーがありません (理由は上記): [戻る] で別の VM を選んでください。</translation>
    </message>
    <message>
        <source>Choose a master target: {n} can take these VMs, and the choice decides the ESXi host (MT-13).</source>
        <translation>マスター ターゲット サーバーを選んでください: {n} 台がこれらの VM を受け入れられます。選択により ESXi ホストが決まります (MT-13)。</translation>
    </message>
    <message>
        <source>No process server can be used (each one&apos;s reason is in its row).</source>
        <translation>使用できるプロセス サーバーがありません (各行に理由を表示)。</translation>
    </message>
    <message>
        <source>Choose a process server.</source>
        <translation>プロセス サーバーを選んでください。</translation>
    </message>
</context>
<context>
    <name>VCenterConnectDialog</name>
    <message>
        <source>Connect to vCenter</source>
        <translation>vCenter に接続</translation>
    </message>
    <message>
        <source>Re&amp;member the password in this computer&apos;s keyring</source>
        <translation>このコンピューターのキーリングにパスワードを保存する(&amp;M)</translation>
    </message>
    <message>
        <source>Remember the password in this computer&apos;s keyring</source>
        <translation>このコンピューターのキーリングにパスワードを保存する</translation>
    </message>
    <message>
        <source>v&amp;Center:</source>
        <translation>vCenter(&amp;C):</translation>
    </message>
    <message>
        <source>vCenter server</source>
        <translation>vCenter サーバー</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>接続の状態</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Certificate thumbprint</source>
        <translation>証明書の拇印</translation>
    </message>
    <message>
        <source>My vCenter &amp;administrator confirmed that the certificate was replaced</source>
        <translation>vCenter 管理者が証明書の交換を確認しました(&amp;A)</translation>
    </message>
    <message>
        <source>My vCenter administrator confirmed that the certificate was replaced</source>
        <translation>vCenter 管理者が証明書の交換を確認しました</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate and connect</source>
        <translation>この証明書を信頼して接続(&amp;T)</translation>
    </message>
    <message>
        <source>Trust this certificate and connect</source>
        <translation>この証明書を信頼して接続</translation>
    </message>
    <message>
        <source>vCenter is optional. Without it the wizard still reads the vault, but these checks show as unknown: {checks} (snapshots, VMware Tools, disk UUIDs, controllers, the host&apos;s datastores and licence, whether the VM still exists).</source>
        <translation>vCenter への接続は任意です。接続しなくても資格情報コンテナーは読み込みますが、次のチェックは「不明」になります: {checks} (スナップショット、VMware Tools、ディスク UUID、コントローラー、ホストのデータストアとライセンス、VM がまだ存在するか)。</translation>
    </message>
    <message>
        <source>What skipping vCenter means</source>
        <translation>vCenter をスキップした場合の影響</translation>
    </message>
    <message>
        <source>vCenters the vault knows</source>
        <translation>資格情報コンテナーが認識している vCenter</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>接続(&amp;N)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>&amp;Skip vCenter</source>
        <translation>vCenter をスキップ(&amp;S)</translation>
    </message>
    <message>
        <source>Skip vCenter and continue with the vault alone</source>
        <translation>vCenter をスキップし、資格情報コンテナーだけで続行</translation>
    </message>
    <message>
        <source>The vault knows: {names}.</source>
        <translation>資格情報コンテナーが認識している vCenter: {names}。</translation>
    </message>
    <message>
        <source>Password taken from this computer&apos;s keyring.</source>
        <translation>このコンピューターのキーリングからパスワードを取得しました。</translation>
    </message>
    <message>
        <source>Enter the vCenter name, the user and the password.</source>
        <translation>vCenter の名前、ユーザー、パスワードを入力してください。</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>{host} に接続しています…</translation>
    </message>
    <message>
        <source>WARNING — re-verify this certificate: the file of trusted vCenter certificates was damaged, so an earlier trust of {host} may have been lost. The damaged copy is at {copy}.

{summary}

SHA-256 thumbprint:
{thumbprint}

Trust it only if your vCenter administrator confirms this thumbprint.</source>
        <translation>警告 — この証明書を確認し直してください: 信頼済み vCenter 証明書のファイルが破損していたため、{host} を以前に信頼した記録が失われている可能性があります。破損したファイルは {copy} に保存されています。

{summary}

SHA-256 拇印:
{thumbprint}

vCenter 管理者がこの拇印を確認した場合にのみ信頼してください。</translation>
    </message>
    <message>
        <source>{summary}

SHA-256 thumbprint:
{thumbprint}

Trust it only if your vCenter administrator confirms this thumbprint.</source>
        <translation>{summary}

SHA-256 拇印:
{thumbprint}

vCenter 管理者がこの拇印を確認した場合にのみ信頼してください。</translation>
    </message>
    <message>
        <source>WARNING — {summary}

Trusted until now:
{previous}

Presented now:
{thumbprint}</source>
        <translation>警告 — {summary}

これまで信頼していた拇印:
{previous}

今回提示された拇印:
{thumbprint}</translation>
    </message>
</context>
<context>
    <name>answers</name>
    <message>
        <source>The answers could not be saved to {path} ({reason}).</source>
        <translation>回答を {path} に保存できませんでした ({reason})。</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, then save again.</source>
        <translation>書き込み可能なフォルダーを選んで、もう一度保存してください。</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>回答を保存</translation>
    </message>
    <message>
        <source>reprotect-answers-{subject}.json</source>
        <translation>再保護の回答-{subject}.json</translation>
    </message>
    <message>
        <source>Answers (*.json)</source>
        <translation>回答 (*.json)</translation>
    </message>
    <message>
        <source>Answers saved to {path}. {n} warning(s) or unknown check(s) are not accepted in it: reprotect-cli run will refuse them until you accept them here and save again.</source>
        <translation>回答を {path} に保存しました。{n} 件の警告または確認できなかったチェックが承認されていません。ここで承認して保存し直すまで、reprotect-cli run は実行を拒否します。</translation>
    </message>
    <message>
        <source>Answers saved to {path}; replay them with reprotect-cli run --answers.</source>
        <translation>回答を {path} に保存しました。reprotect-cli run --answers で再実行できます。</translation>
    </message>
    <message>
        <source>The answers file {path} can&apos;t be read ({reason}).</source>
        <translation>回答ファイル {path} を読み取れません ({reason})。</translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>パスを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The answers file {path} is not valid JSON.</source>
        <translation>回答ファイル {path} は有効な JSON ではありません。</translation>
    </message>
    <message>
        <source>Save the answers again from the wizard&apos;s Review page.</source>
        <translation>ウィザードの確認ページから回答を保存し直してください。</translation>
    </message>
    <message>
        <source>Answers file</source>
        <translation>回答ファイル</translation>
    </message>
    <message>
        <source>Nothing was prefilled; choose on each page as usual.</source>
        <translation>何も事前入力されていません。通常どおり各ページで選択してください。</translation>
    </message>
    <message>
        <source>Prefilled from the answers file: check each page; accept the warnings again on the Review page.</source>
        <translation>回答ファイルから事前入力しました。各ページを確認し、確認ページで警告をもう一度承認してください。</translation>
    </message>
    <message>
        <source>&amp;Open answers…</source>
        <translation>回答を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open an answers file</source>
        <translation>回答ファイルを開く</translation>
    </message>
    <message>
        <source>Prefill every page from answers saved with Save answers… on the Review page</source>
        <translation>確認ページの「回答を保存…」で保存した回答から、すべてのページを事前入力します</translation>
    </message>
    <message>
        <source>Open answers</source>
        <translation>回答を開く</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Training estate</source>
        <translation>訓練用環境</translation>
    </message>
    <message>
        <source>Reprotect to on-premises</source>
        <translation>オンプレミスへの再保護</translation>
    </message>
    <message>
        <source>What do you want to open?</source>
        <translation>何を開きますか?</translation>
    </message>
    <message>
        <source>Connect to a Recovery Services vault (and its vCenter) to reprotect for real, or practise on the built-in training estate, where nothing real is changed.</source>
        <translation>Recovery Services コンテナー (とその vCenter) に接続して実際に再保護するか、実際には何も変更されない組み込みの訓練用環境で練習します。</translation>
    </message>
    <message>
        <source>&amp;Connect to a vault…</source>
        <translation>コンテナーに接続(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Training estate</source>
        <translation>訓練用環境(&amp;T)</translation>
    </message>
    <message>
        <source>Answers file</source>
        <translation>回答ファイル</translation>
    </message>
</context>
<context>
    <name>asr_errors</name>
    <message>
        <source>Reprotect failed because the Azure virtual machine was not able to reach the on-premises configuration server.</source>
        <translation>再保護に失敗しました。Azure 仮想マシンがオンプレミスの構成サーバーに到達できませんでした。</translation>
    </message>
    <message>
        <source>Check that the Azure VM can reach the configuration server over the site-to-site VPN or ExpressRoute, and that the InMage Scout service is running on it, then retry the reprotect.</source>
        <translation>サイト間 VPN または ExpressRoute 経由で Azure VM が構成サーバーに到達できること、および InMage Scout サービスが実行中であることを確認してから、再保護を再試行してください。</translation>
    </message>
    <message>
        <source>Protection could not be completed for the virtual machine: a virtual machine with the same name already exists on the master target&apos;s ESXi host.</source>
        <translation>仮想マシンの保護を完了できませんでした。同じ名前の仮想マシンがマスター ターゲット サーバーの ESXi ホストに既に存在します。</translation>
    </message>
    <message>
        <source>Choose a master target on another ESXi host, or rename or remove the existing VM, then retry the reprotect.</source>
        <translation>別の ESXi ホスト上のマスター ターゲット サーバーを選択するか、既存の VM の名前を変更または削除してから、再保護を再試行してください。</translation>
    </message>
    <message>
        <source>Reprotect failed.</source>
        <translation>再保護に失敗しました。</translation>
    </message>
    <message>
        <source>See the provider error.</source>
        <translation>プロバイダーのエラーを参照してください。</translation>
    </message>
    <message>
        <source>Fix the cause and retry the job.</source>
        <translation>原因を修正してジョブを再試行してください。</translation>
    </message>
    <message>
        <source>The Azure VM could not reach the configuration server.</source>
        <translation>Azure VM が構成サーバーに到達できませんでした。</translation>
    </message>
    <message>
        <source>Check connectivity from the Azure VM to the configuration server on 443 and 9443.</source>
        <translation>Azure VM から構成サーバーへのポート 443 と 9443 の接続を確認してください。</translation>
    </message>
    <message>
        <source>The request is throttled.</source>
        <translation>要求が調整 (スロットル) されています。</translation>
    </message>
    <message>
        <source>The service failed.</source>
        <translation>サービスでエラーが発生しました。</translation>
    </message>
    <message>
        <source>The replication appliance&apos;s services are not running (error 78175)</source>
        <translation>レプリケーション アプライアンスのサービスが実行されていません (エラー 78175)</translation>
    </message>
    <message>
        <source>Master target agent version 9.41 is no longer supported</source>
        <translation>マスター ターゲット エージェントのバージョン 9.41 はサポートされなくなりました</translation>
    </message>
    <message>
        <source>Azure&apos;s own words: “{text}”</source>
        <translation>Azure の原文: “{text}”</translation>
    </message>
</context>
<context>
    <name>asr_states</name>
    <message>
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Failed over</source>
        <translation>フェールオーバー済み</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>保護済み</translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation>保護されていない</translation>
    </message>
    <message>
        <source>Protection disabled</source>
        <translation>保護は無効</translation>
    </message>
    <message>
        <source>Migrated</source>
        <translation>移行済み</translation>
    </message>
    <message>
        <source>Migration completed</source>
        <translation>移行完了</translation>
    </message>
    <message>
        <source>Planned failover in progress</source>
        <translation>計画されたフェールオーバーの実行中</translation>
    </message>
    <message>
        <source>Planned failover: commit required</source>
        <translation>計画されたフェールオーバー: コミットが必要</translation>
    </message>
    <message>
        <source>Planned failover finished</source>
        <translation>計画されたフェールオーバー完了</translation>
    </message>
    <message>
        <source>Planned failover committed</source>
        <translation>計画されたフェールオーバーのコミット済み</translation>
    </message>
    <message>
        <source>Failover: commit pending</source>
        <translation>フェールオーバー: コミット保留中</translation>
    </message>
    <message>
        <source>Reprotect in progress</source>
        <translation>再保護の実行中</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>On-premises (primary)</source>
        <translation>オンプレミス (プライマリ)</translation>
    </message>
    <message>
        <source>Azure (recovery)</source>
        <translation>Azure (復旧)</translation>
    </message>
    <message>
        <source>On-premises</source>
        <translation>オンプレミス</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>ペアリング済み</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>サポート対象</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>サポート対象外</translation>
    </message>
    <message>
        <source>Update required</source>
        <translation>更新が必要</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>非推奨</translation>
    </message>
    <message>
        <source>Security update required</source>
        <translation>セキュリティ更新が必要</translation>
    </message>
</context>
<context>
    <name>asr_tasks</name>
    <message>
        <source>Reprotect</source>
        <translation>再保護</translation>
    </message>
    <message>
        <source>Prerequisites check</source>
        <translation>前提条件のチェック</translation>
    </message>
    <message>
        <source>Prerequisites check for reprotect</source>
        <translation>再保護の前提条件のチェック</translation>
    </message>
    <message>
        <source>Preparing the master target</source>
        <translation>マスター ターゲット サーバーの準備</translation>
    </message>
    <message>
        <source>Preparing the on-premises virtual machine</source>
        <translation>オンプレミス仮想マシンの準備</translation>
    </message>
    <message>
        <source>Preparing the replication appliance</source>
        <translation>レプリケーション アプライアンスの準備</translation>
    </message>
    <message>
        <source>Creating and attaching disks</source>
        <translation>ディスクの作成と接続</translation>
    </message>
    <message>
        <source>Creating disks on the datastore</source>
        <translation>データストアでのディスクの作成</translation>
    </message>
    <message>
        <source>Starting replication</source>
        <translation>レプリケーションの開始</translation>
    </message>
    <message>
        <source>Starting replication through the appliance</source>
        <translation>アプライアンス経由のレプリケーションの開始</translation>
    </message>
    <message>
        <source>Starting replication to the on-premises site</source>
        <translation>オンプレミス サイトへのレプリケーションの開始</translation>
    </message>
    <message>
        <source>Finishing protection</source>
        <translation>保護の完了</translation>
    </message>
    <message>
        <source>Updating the provider states</source>
        <translation>プロバイダーの状態の更新</translation>
    </message>
    <message>
        <source>Refreshing the configuration server</source>
        <translation>構成サーバーの最新の情報への更新</translation>
    </message>
    <message>
        <source>Refresh server</source>
        <translation>サーバーの最新の情報への更新</translation>
    </message>
    <message>
        <source>Reprotect the virtual machine</source>
        <translation>仮想マシンの再保護</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>フェールオーバー</translation>
    </message>
    <message>
        <source>Unplanned failover</source>
        <translation>計画外フェールオーバー</translation>
    </message>
    <message>
        <source>Planned failover</source>
        <translation>計画フェールオーバー</translation>
    </message>
    <message>
        <source>Cancel failover</source>
        <translation>フェールオーバーの取り消し</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>コミット</translation>
    </message>
    <message>
        <source>Prerequisites check for failover</source>
        <translation>フェールオーバーの前提条件の確認</translation>
    </message>
    <message>
        <source>Prerequisites check for planned failover</source>
        <translation>計画フェールオーバーの前提条件の確認</translation>
    </message>
    <message>
        <source>Prerequisites check for commit</source>
        <translation>コミットの前提条件の確認</translation>
    </message>
    <message>
        <source>Shut down the virtual machine in Azure</source>
        <translation>Azure の仮想マシンをシャットダウン</translation>
    </message>
    <message>
        <source>Synchronize the latest changes to on-premises</source>
        <translation>最新の変更をオンプレミスに同期</translation>
    </message>
    <message>
        <source>Start the virtual machine on-premises</source>
        <translation>オンプレミスの仮想マシンを起動</translation>
    </message>
    <message>
        <source>Copy the pending changes</source>
        <translation>保留中の変更をコピー</translation>
    </message>
    <message>
        <source>Detach the disks from the appliance and snapshot them</source>
        <translation>ディスクをアプライアンスから切り離してスナップショットを作成</translation>
    </message>
    <message>
        <source>Roll the on-premises disks back</source>
        <translation>オンプレミスのディスクをロールバック</translation>
    </message>
    <message>
        <source>Start the virtual machine in Azure</source>
        <translation>Azure の仮想マシンを起動</translation>
    </message>
    <message>
        <source>Resume replication to on-premises</source>
        <translation>オンプレミスへのレプリケーションを再開</translation>
    </message>
    <message>
        <source>Commit the failover</source>
        <translation>フェールオーバーをコミット</translation>
    </message>
    <message>
        <source>Delete the virtual machine in Azure</source>
        <translation>Azure の仮想マシンを削除</translation>
    </message>
    <message>
        <source>Check the Mobility agent on the virtual machine</source>
        <translation>仮想マシンの Mobility エージェントを確認</translation>
    </message>
    <message>
        <source>Start replication to Azure</source>
        <translation>Azure へのレプリケーションを開始</translation>
    </message>
    <message>
        <source>Prepare the replication appliance</source>
        <translation>レプリケーション アプライアンスを準備</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>The answers file can&apos;t be used: {what}.</source>
        <translation>回答ファイルを使用できません: {what}。</translation>
    </message>
    <message>
        <source>Save the answers again from the wizard&apos;s Review page (Save answers…); don&apos;t edit the file by hand.</source>
        <translation>ウィザードの確認ページ ([回答を保存…]) から回答をもう一度保存してください。ファイルを手で編集しないでください。</translation>
    </message>
    <message>
        <source>the {what} {name} is no longer offered.</source>
        <translation>{what} {name} は選択肢に表示されなくなりました。</translation>
    </message>
    <message>
        <source>the {what} {name} can no longer be chosen ({reason}).</source>
        <translation>{what} {name} は選択できなくなりました ({reason})。</translation>
    </message>
    <message>
        <source>master target</source>
        <translation>マスター ターゲット サーバー</translation>
    </message>
    <message>
        <source>process server</source>
        <translation>プロセス サーバー</translation>
    </message>
    <message>
        <source>replication appliance</source>
        <translation>レプリケーション アプライアンス</translation>
    </message>
    <message>
        <source>The answers file no longer matches the vault: {changes}</source>
        <translation>回答ファイルがコンテナーの現在の状態と一致しません: {changes}</translation>
    </message>
    <message>
        <source>Open the answers file in the wizard (reprotect-gui --answers FILE), review the changed choices and save the answers again. Nothing was submitted.</source>
        <translation>ウィザードで回答ファイルを開き (reprotect-gui --answers FILE)、変更された選択内容を確認して、回答をもう一度保存してください。何も送信されていません。</translation>
    </message>
    <message>
        <source>still to choose: {missing}</source>
        <translation>まだ選択が必要: {missing}</translation>
    </message>
    <message>
        <source>{where}.{key} must be a non-empty text</source>
        <translation>{where}.{key} には空でないテキストが必要です</translation>
    </message>
    <message>
        <source>{where} must be an object with id and name, or null</source>
        <translation>{where} には id と name を持つオブジェクト、または null が必要です</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>its format is {found}, not {known}</source>
        <translation>形式が {known} ではなく {found} です</translation>
    </message>
    <message>
        <source>vault, subject and choices must be objects</source>
        <translation>vault (コンテナー)、subject、choices はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>statements must be an object</source>
        <translation>statements はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>subject.kind is {kind}; it must be &apos;item&apos; or &apos;plan&apos;</source>
        <translation>subject.kind が {kind} です。&apos;item&apos; または &apos;plan&apos; である必要があります</translation>
    </message>
    <message>
        <source>choices.vms must list at least one VM</source>
        <translation>choices.vms には少なくとも 1 つの VM が必要です</translation>
    </message>
    <message>
        <source>statements.link_type is {link}; it must be one of {known} or null</source>
        <translation>statements.link_type が {link} です。{known} のいずれか、または null である必要があります</translation>
    </message>
    <message>
        <source>statements.ip_addresses_retained must be true, false or null</source>
        <translation>statements.ip_addresses_retained は true、false、null のいずれかである必要があります</translation>
    </message>
    <message>
        <source>acknowledged must be a list</source>
        <translation>acknowledged はリストである必要があります</translation>
    </message>
    <message>
        <source>a classic reprotect needs choices.master_target and choices.process_server</source>
        <translation>クラシックの再保護には choices.master_target と choices.process_server が必要です</translation>
    </message>
    <message>
        <source>datastore for {item}</source>
        <translation>{item} のデータストア</translation>
    </message>
    <message>
        <source>retention drive for {vm}</source>
        <translation>{vm} のリテンション ドライブ</translation>
    </message>
    <message>
        <source>a modernized reprotect needs choices.appliance and choices.log_storage_account_id</source>
        <translation>最新のエクスペリエンスの再保護には choices.appliance と choices.log_storage_account_id が必要です</translation>
    </message>
    <message>
        <source>the log storage account {account} is no longer offered (RCM-05).</source>
        <translation>ログ ストレージ アカウント {account} は選択肢に表示されなくなりました (RCM-05)。</translation>
    </message>
    <message>
        <source>The answers file has version {version}, which this program does not know (it reads {known}).</source>
        <translation>回答ファイルのバージョン {version} は、このプログラムでは扱えません ({known} を読み取ります)。</translation>
    </message>
    <message>
        <source>Use the version of reprotect-gui that saved it, or save the answers again with this one.</source>
        <translation>保存したバージョンの reprotect-gui を使うか、このバージョンで回答をもう一度保存してください。</translation>
    </message>
    <message>
        <source>flow is {flow}; it must be &apos;classic&apos; or &apos;modernized&apos;</source>
        <translation>flow が {flow} です。&apos;classic&apos; または &apos;modernized&apos; である必要があります</translation>
    </message>
    <message>
        <source>{where} must be an object</source>
        <translation>{where} はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>{where}.disks must be a list of disk ids</source>
        <translation>{where}.disks はディスク ID のリストである必要があります</translation>
    </message>
    <message>
        <source>acknowledged[{index}] must be an object with check_id and subject</source>
        <translation>acknowledged[{index}] は check_id と subject を持つオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>the answers are for the vault {wanted}, but the vault read is {read}.</source>
        <translation>回答はコンテナー {wanted} のものですが、読み取ったコンテナーは {read} です。</translation>
    </message>
    <message>
        <source>choices.vms has no entry for {vm} ({item_id})</source>
        <translation>choices.vms に {vm} ({item_id}) のエントリがありません</translation>
    </message>
    <message>
        <source>the VMs now replicate with the {flow} experience, not {answered}.</source>
        <translation>VM は現在 {answered} ではなく {flow} のエクスペリエンスでレプリケートされています。</translation>
    </message>
    <message>
        <source>the recovery plan {plan} is no longer in the vault.</source>
        <translation>復旧計画 {plan} はコンテナーにもうありません。</translation>
    </message>
    <message>
        <source>new order</source>
        <translation>順序の変更</translation>
    </message>
    <message>
        <source>the VMs of the recovery plan {plan} changed ({what}).</source>
        <translation>復旧計画 {plan} の VM が変わりました ({what})。</translation>
    </message>
    <message>
        <source>the VM {vm} is no longer a replicated item of the vault.</source>
        <translation>VM {vm} はもうコンテナーのレプリケートされたアイテムではありません。</translation>
    </message>
    <message>
        <source>{vm} can no longer be reprotected ({check}: {reason})</source>
        <translation>{vm} はもう再保護できません ({check}: {reason})</translation>
    </message>
    <message>
        <source>{vm}: the disk(s) {disks} are no longer on the VM.</source>
        <translation>{vm}: ディスク {disks} はもう VM にありません。</translation>
    </message>
    <message>
        <source>{vm}: the answers bring back no disk (DS-07).</source>
        <translation>{vm}: 回答では戻すディスクがありません (DS-07)。</translation>
    </message>
    <message>
        <source>{vm} needs a datastore and a retention drive</source>
        <translation>{vm} にはデータストアとリテンション ドライブが必要です</translation>
    </message>
    <message>
        <source>{vm} needs a datastore</source>
        <translation>{vm} にはデータストアが必要です</translation>
    </message>
    <message>
        <source>a VM or a recovery plan</source>
        <translation>VM または復旧計画</translation>
    </message>
    <message>
        <source>added: {names}</source>
        <translation>追加: {names}</translation>
    </message>
    <message>
        <source>removed: {names}</source>
        <translation>削除: {names}</translation>
    </message>
    <message>
        <source>{appliance} reaches: {value}</source>
        <translation>{appliance} が到達できるデータストア: {value}</translation>
    </message>
    <message>
        <source>{appliance} reaches {datastore}.</source>
        <translation>{appliance} は {datastore} に到達できます。</translation>
    </message>
    <message>
        <source>{appliance} can&apos;t reach datastore {datastore}.</source>
        <translation>{appliance} はデータストア {datastore} に到達できません。</translation>
    </message>
    <message>
        <source>it is not one of the appliances offered</source>
        <translation>提示されたアプライアンスのいずれでもありません</translation>
    </message>
    <message>
        <source>can&apos;t retry on {appliance_id}: {why}</source>
        <translation>{appliance_id} では再試行できません: {why}</translation>
    </message>
    <message>
        <source>{item_name}: only a modernized reprotect can be retried on another appliance</source>
        <translation>{item_name}: 別のアプライアンスで再試行できるのは最新のエクスペリエンスの再保護だけです</translation>
    </message>
    <message>
        <source>{item_name}: only a modernized reprotect has another appliance</source>
        <translation>{item_name}: 別のアプライアンスを使えるのは最新のエクスペリエンスの再保護だけです</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>{disk} ({size_gb} GB)</source>
        <translation>{disk} ({size_gb} GB)</translation>
    </message>
    <message>
        <source>{item}: brings back {value}</source>
        <translation>{item}: 戻すディスク {value}</translation>
    </message>
    <message>
        <source>All the VM&apos;s disks come back.</source>
        <translation>VM のすべてのディスクが戻ります。</translation>
    </message>
    <message>
        <source>{disk} ({size_gb} GB, {tags})</source>
        <translation>{disk} ({size_gb} GB、{tags})</translation>
    </message>
    <message>
        <source>{name}: type {ds_type}</source>
        <translation>{name}: 種類 {ds_type}</translation>
    </message>
    <message>
        <source>VMFS datastore.</source>
        <translation>VMFS データストアです。</translation>
    </message>
    <message>
        <source>{name}: mounted on {value}; accessible = {accessible}</source>
        <translation>{name}: マウント先 {value}、アクセス可能 = {accessible}</translation>
    </message>
    <message>
        <source>{name} is reachable from host {esxi_host}.</source>
        <translation>{name} にはホスト {esxi_host} から到達できます。</translation>
    </message>
    <message>
        <source>{name}: {free} GB free {value} {needed} GB of disks</source>
        <translation>{name}: 空き {free} GB {value} ディスク {needed} GB</translation>
    </message>
    <message>
        <source>{name} has {free} GB free, less than the {needed} GB the new disks need.</source>
        <translation>{name} の空き容量は {free} GB で、新しいディスクに必要な {needed} GB より少なくなっています。</translation>
    </message>
    <message>
        <source>{item}: RDM disk(s) {rdm}</source>
        <translation>{item}: RDM ディスク {rdm}</translation>
    </message>
    <message>
        <source>RDM disks need the original VM, and whether it exists is not known: {why}.</source>
        <translation>RDM ディスクには元の VM が必要ですが、その存在を確認できません: {why}。</translation>
    </message>
    <message>
        <source>{item}: leaves out {names}</source>
        <translation>{item}: 除外するディスク {names}</translation>
    </message>
    <message>
        <source>unknown disk ids: {unknown_ids}</source>
        <translation>不明なディスク ID: {unknown_ids}</translation>
    </message>
    <message>
        <source>The request names disks the VM doesn&apos;t have.</source>
        <translation>要求に VM にないディスクが含まれています。</translation>
    </message>
    <message>
        <source>No disk is selected to come back.</source>
        <translation>戻すディスクが 1 つも選択されていません。</translation>
    </message>
    <message>
        <source>Azure&apos;s temporary storage disk is included; it holds nothing worth bringing back.</source>
        <translation>Azure の一時ストレージ ディスクが含まれています。戻す価値のあるデータはありません。</translation>
    </message>
    <message>
        <source>{count} disk(s) stay in Azure: {names}.</source>
        <translation>{count} 個のディスクが Azure に残ります: {names}。</translation>
    </message>
    <message>
        <source>vSAN datastore: listed by ASR, yet the reprotect job can fail on it.</source>
        <translation>vSAN データストア: ASR には表示されますが、再保護ジョブが失敗する可能性があります。</translation>
    </message>
    <message>
        <source>{ds_type} datastores are not supported; only VMFS and vSAN.</source>
        <translation>{ds_type} データストアはサポートされていません。VMFS と vSAN のみです。</translation>
    </message>
    <message>
        <source>ASR does not list {value} on master target {mt}.</source>
        <translation>ASR はマスター ターゲット サーバー {mt} に {value} を表示していません。</translation>
    </message>
    <message>
        <source>Can&apos;t confirm {name} is mounted on host {esxi_host}: {why}.</source>
        <translation>{name} がホスト {esxi_host} にマウントされていることを確認できません: {why}。</translation>
    </message>
    <message>
        <source>{name} is not in vCenter {vcenter_name}.</source>
        <translation>{name} は vCenter {vcenter_name} にありません。</translation>
    </message>
    <message>
        <source>Host {esxi_host} is not in vCenter {vcenter_name}; can&apos;t tell if it mounts {name}.</source>
        <translation>ホスト {esxi_host} は vCenter {vcenter_name} にないため、{name} をマウントしているか判断できません。</translation>
    </message>
    <message>
        <source>{name} is not mounted on the master target&apos;s host {esxi_host}.</source>
        <translation>{name} はマスター ターゲット サーバーのホスト {esxi_host} にマウントされていません。</translation>
    </message>
    <message>
        <source>vCenter reports {name} inaccessible.</source>
        <translation>vCenter は {name} をアクセス不可と報告しています。</translation>
    </message>
    <message>
        <source>The free space of {name} is not known.</source>
        <translation>{name} の空き容量が不明です。</translation>
    </message>
    <message>
        <source>{name} has room for the new disks.</source>
        <translation>{name} には新しいディスク用の空き容量があります。</translation>
    </message>
    <message>
        <source>No RDM disk.</source>
        <translation>RDM ディスクはありません。</translation>
    </message>
    <message>
        <source>RDM disks come back to the original VM (original location).</source>
        <translation>RDM ディスクは元の VM に戻ります (元の場所)。</translation>
    </message>
    <message>
        <source>RDM disks can&apos;t be recovered to an alternate location (the original VM is gone).</source>
        <translation>元の VM が存在しないため、RDM ディスクは別の場所に復旧できません。</translation>
    </message>
    <message>
        <source>{mt}: datastores {seen}</source>
        <translation>{mt}: データストア {seen}</translation>
    </message>
    <message>
        <source>{mt}: host {esxi_host}</source>
        <translation>{mt}: ホスト {esxi_host}</translation>
    </message>
    <message>
        <source>vCenter {vcenter_name}: no datastore {name}</source>
        <translation>vCenter {vcenter_name}: データストア {name} がありません</translation>
    </message>
    <message>
        <source>{mt}: host {esxi_host} not found</source>
        <translation>{mt}: ホスト {esxi_host} が見つかりません</translation>
    </message>
    <message>
        <source>The type of datastore {value} is not known.</source>
        <translation>データストア {value} の種類が不明です。</translation>
    </message>
    <message>
        <source>{value}: exists on-premises ({how})</source>
        <translation>{value}: オンプレミスに存在します ({how})</translation>
    </message>
    <message>
        <source>{value}: exists on-premises</source>
        <translation>{value}: オンプレミスに存在します</translation>
    </message>
    <message>
        <source>The VM&apos;s disks already exist on-premises: the datastore value ({name}) is required but ignored.</source>
        <translation>VM のディスクは既にオンプレミスに存在します: データストアの値 ({name}) は必須ですが使用されません。</translation>
    </message>
    <message>
        <source>Original-location recovery.</source>
        <translation>元の場所への復旧です。</translation>
    </message>
    <message>
        <source>The VM&apos;s disks are reused; no new disk is created.</source>
        <translation>VM のディスクが再利用されます。新しいディスクは作成されません。</translation>
    </message>
    <message>
        <source>Can&apos;t tell whether new disks must be created: {why}.</source>
        <translation>新しいディスクを作成する必要があるか判断できません: {why}。</translation>
    </message>
    <message>
        <source>{name}: not listed by ASR nor found in vCenter</source>
        <translation>{name}: ASR に表示されておらず、vCenter にも見つかりません</translation>
    </message>
    <message>
        <source>{item}: no RDM disk</source>
        <translation>{item}: RDM ディスクなし</translation>
    </message>
    <message>
        <source>no disk</source>
        <translation>ディスクなし</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>一時</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>ホストなし</translation>
    </message>
    <message>
        <source>{value}: not listed by ASR on {mt} nor found in vCenter</source>
        <translation>{value}: ASR が {mt} に表示しておらず、vCenter にも見つかりません</translation>
    </message>
    <message>
        <source>The datastore value ({name}) is used: new disks are created there.</source>
        <translation>データストアの値 ({name}) が使用され、そこに新しいディスクが作成されます。</translation>
    </message>
    <message>
        <source>Alternate-location recovery: the new VM is created on {name}; use the retention drive and datastore configured for {mt_name}.</source>
        <translation>別の場所への復旧: 新しい VM は {name} に作成されます。{mt_name} に構成されたリテンション ドライブとデータストアを使用してください。</translation>
    </message>
    <message>
        <source>If the VM&apos;s disks still exist on-premises, the datastore value ({name}) is ignored.</source>
        <translation>VM のディスクがオンプレミスにまだ存在する場合、データストアの値 ({name}) は無視されます。</translation>
    </message>
    <message>
        <source>If the on-premises VM was deleted, a new VM is created on {name}.</source>
        <translation>オンプレミスの VM が削除されている場合、新しい VM が {name} に作成されます。</translation>
    </message>
    <message>
        <source>{subject}: exists on-premises</source>
        <translation>{subject}: オンプレミスに存在します</translation>
    </message>
    <message>
        <source>the datastore</source>
        <translation>データストア</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(未選択)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>{value} min {value2} s</source>
        <translation>{value} 分 {value2} 秒</translation>
    </message>
    <message>
        <source>Replicated by {provider}, which is not a VMware-to-Azure provider: out of scope.</source>
        <translation>{provider} でレプリケートされています。これは VMware から Azure へのプロバイダーではないため、対象外です。</translation>
    </message>
    <message>
        <source>the VM was created in Azure, it was never protected on-premises</source>
        <translation>VM は Azure で作成されたもので、オンプレミスで保護されたことがありません</translation>
    </message>
    <message>
        <source>the VM was migrated to Azure (migration completed); there is nothing to fail back</source>
        <translation>VM は Azure に移行されています (移行完了)。フェールバックする対象がありません</translation>
    </message>
    <message>
        <source>the failed-over Azure VM was deleted</source>
        <translation>フェールオーバーした Azure VM は削除されています</translation>
    </message>
    <message>
        <source>the Azure VM was moved to another resource group</source>
        <translation>Azure VM は別のリソース グループに移動されています</translation>
    </message>
    <message>
        <source>protection was disabled</source>
        <translation>保護が無効になっています</translation>
    </message>
    <message>
        <source>it was reprotected already and replicates back to on-premises ({provider}): go on with its failback instead</source>
        <translation>既に再保護され、オンプレミスへレプリケートしています ({provider}): 代わりにフェールバックを続行してください</translation>
    </message>
    <message>
        <source>ASR does not allow reprotect in state &apos;{protection_state}&apos;</source>
        <translation>ASR は状態 &apos;{protection_state}&apos; での再保護を許可していません</translation>
    </message>
    <message>
        <source>{item}: protection state {protection_state}, active location {active_location}, allowed operations {value}</source>
        <translation>{item}: 保護の状態 {protection_state}、アクティブな場所 {active_location}、許可された操作 {value}</translation>
    </message>
    <message>
        <source>Failed over to Azure; ASR allows reprotect.</source>
        <translation>Azure にフェールオーバー済みで、ASR は再保護を許可しています。</translation>
    </message>
    <message>
        <source>{item}: {os_version}, protected as {discovery_type}</source>
        <translation>{item}: {os_version}、{discovery_type} として保護</translation>
    </message>
    <message>
        <source>Not a physical Windows Server 2008 R2.</source>
        <translation>物理サーバーとして保護された Windows Server 2008 R2 ではありません。</translation>
    </message>
    <message>
        <source>{item}: in configuration server database = {in_configuration_server_db}</source>
        <translation>{item}: 構成サーバーのデータベースに存在 = {in_configuration_server_db}</translation>
    </message>
    <message>
        <source>The configuration server knows the VM.</source>
        <translation>構成サーバーはこの VM を認識しています。</translation>
    </message>
    <message>
        <source>{item}: Mobility agent installed = {agent_installed}</source>
        <translation>{item}: Mobility エージェントがインストール済み = {agent_installed}</translation>
    </message>
    <message>
        <source>The Mobility agent is installed.</source>
        <translation>Mobility エージェントはインストールされています。</translation>
    </message>
    <message>
        <source>Replicated Azure to Azure ({provider}): it fails back to its other Azure region, not to VMware. Reprotect it from the vault&apos;s Azure virtual machines in the portal.</source>
        <translation>Azure から Azure へのレプリケーションです ({provider}): VMware ではなく、もう一方の Azure リージョンにフェールバックします。ポータルでコンテナーの Azure 仮想マシンから再保護してください。</translation>
    </message>
    <message>
        <source>Replicated from Hyper-V ({provider}): it fails back to its Hyper-V site, not to VMware. Reprotect it with the portal&apos;s Hyper-V reprotect.</source>
        <translation>Hyper-V からのレプリケーションです ({provider}): VMware ではなく Hyper-V サイトにフェールバックします。ポータルの Hyper-V の再保護を使ってください。</translation>
    </message>
    <message>
        <source>Migrated by agentless VMware migration ({provider}, Azure Migrate): a migration has no failback. To protect the VM, replicate it with Site Recovery.</source>
        <translation>エージェントレスの VMware 移行 ({provider}、Azure Migrate) で移行されています: 移行にフェールバックはありません。VM を保護するには、Site Recovery でレプリケートしてください。</translation>
    </message>
    <message>
        <source>{item}: provider {provider} → {flow} flow</source>
        <translation>{item}: プロバイダー {provider} → {flow} のフロー</translation>
    </message>
    <message>
        <source>Classic VMware-to-Azure item.</source>
        <translation>クラシックの VMware から Azure へのアイテムです。</translation>
    </message>
    <message>
        <source>{item}: failed over {minutes} ago, agent {heartbeat}</source>
        <translation>{item}: フェールオーバーから {minutes} 経過、エージェント {heartbeat}</translation>
    </message>
    <message>
        <source>The agent has not registered again more than {minutes} minutes after the failover; reprotect will fail with &apos;agent not installed&apos; until it does.</source>
        <translation>フェールオーバーから {minutes} 分を過ぎてもエージェントが再登録されていません。登録されるまで、再保護は「エージェントがインストールされていません」で失敗します。</translation>
    </message>
    <message>
        <source>{mt}: host {host} runs {product}</source>
        <translation>{mt}: ホスト {host} は {product} を実行</translation>
    </message>
    <message>
        <source>The failback target is an ESXi host.</source>
        <translation>フェールバック先は ESXi ホストです。</translation>
    </message>
    <message>
        <source>{item}: protected as {discovery_type}</source>
        <translation>{item}: {discovery_type} として保護</translation>
    </message>
    <message>
        <source>A physical server fails back only as a VMware VM, to an alternate location (a new VM).</source>
        <translation>物理サーバーは VMware VM として別の場所 (新しい VM) にのみフェールバックします。</translation>
    </message>
    <message>
        <source>The vault has no such protected item (it was removed or the list is stale).</source>
        <translation>コンテナーにそのような保護されたアイテムはありません (削除されたか、一覧が古くなっています)。</translation>
    </message>
    <message>
        <source>the failover still awaits its commit (state &apos;{protection_state}&apos;): commit it first (Commit on the VM or its recovery plan), then reprotect</source>
        <translation>フェールオーバーはまだコミットを待っています (状態「{protection_state}」): 先にコミットし (VM またはその復旧計画の [コミット])、その後で再保護してください</translation>
    </message>
    <message>
        <source>a job is still running on it (state &apos;{protection_state}&apos;): wait until it finishes, then reload the vault</source>
        <translation>ジョブがまだ実行中です (状態「{protection_state}」): 終わるまで待ってから、コンテナーを読み込み直してください</translation>
    </message>
    <message>
        <source>the VM has not been failed over to Azure (it still runs on-premises)</source>
        <translation>VM は Azure にフェールオーバーされていません (まだオンプレミスで実行されています)</translation>
    </message>
    <message>
        <source>Not eligible: {cause}.</source>
        <translation>対象外: {cause}。</translation>
    </message>
    <message>
        <source>Windows Server 2008 R2 protected as a physical server cannot fail back.</source>
        <translation>物理サーバーとして保護された Windows Server 2008 R2 はフェールバックできません。</translation>
    </message>
    <message>
        <source>The VM is no longer in the configuration server&apos;s database; failback would fail.</source>
        <translation>VM が構成サーバーのデータベースにもう存在しないため、フェールバックは失敗します。</translation>
    </message>
    <message>
        <source>The Mobility agent was uninstalled from the Azure VM.</source>
        <translation>Azure VM から Mobility エージェントがアンインストールされています。</translation>
    </message>
    <message>
        <source>A {flow} item can&apos;t be reprotected with the {request_flow} dialog&apos;s values.</source>
        <translation>{flow} のアイテムは {request_flow} のダイアログの値では再保護できません。</translation>
    </message>
    <message>
        <source>Modernized item: reprotected through a replication appliance.</source>
        <translation>最新のエクスペリエンスのアイテム: レプリケーション アプライアンスを通して再保護されます。</translation>
    </message>
    <message>
        <source>ASR did not report when the VM failed over, so the agent&apos;s registration can&apos;t be judged.</source>
        <translation>ASR が VM のフェールオーバー時刻を報告していないため、エージェントの登録を判断できません。</translation>
    </message>
    <message>
        <source>The agent has registered since the failover.</source>
        <translation>フェールオーバー後にエージェントが登録されています。</translation>
    </message>
    <message>
        <source>The agent is still registering with the configuration server: wait {minutes}.</source>
        <translation>エージェントはまだ構成サーバーに登録中です: {minutes} お待ちください。</translation>
    </message>
    <message>
        <source>Can&apos;t confirm that master target {mt} runs on an ESXi host: {why}.</source>
        <translation>マスター ターゲット サーバー {mt} が ESXi ホスト上で実行されていることを確認できません: {why}。</translation>
    </message>
    <message>
        <source>Master target {mt} is on no ESXi host (not a VM in vCenter {vcenter_name}): the failback target must be an ESXi host.</source>
        <translation>マスター ターゲット サーバー {mt} はどの ESXi ホスト上にもありません (vCenter {vcenter_name} の VM ではありません)。フェールバック先は ESXi ホストである必要があります。</translation>
    </message>
    <message>
        <source>Can&apos;t confirm that {esxi_host} is an ESXi host: {why}.</source>
        <translation>{esxi_host} が ESXi ホストであることを確認できません: {why}。</translation>
    </message>
    <message>
        <source>Host {esxi_host} is not in vCenter {vcenter_name}, so its product can&apos;t be read.</source>
        <translation>ホスト {esxi_host} は vCenter {vcenter_name} にないため、製品を読み取れません。</translation>
    </message>
    <message>
        <source>The failback target {host} is not an ESXi host ({product}).</source>
        <translation>フェールバック先 {host} は ESXi ホストではありません ({product})。</translation>
    </message>
    <message>
        <source>Protected as a VMware VM.</source>
        <translation>VMware VM として保護されています。</translation>
    </message>
    <message>
        <source>{mt}: ESXi host {value}</source>
        <translation>{mt}: ESXi ホスト {value}</translation>
    </message>
    <message>
        <source>item id {item_id}</source>
        <translation>アイテム ID {item_id}</translation>
    </message>
    <message>
        <source>request: {request_flow} flow</source>
        <translation>要求: {request_flow} のフロー</translation>
    </message>
    <message>
        <source>{item}: failover time not reported, agent {heartbeat}</source>
        <translation>{item}: フェールオーバー時刻が報告されていません、エージェント {heartbeat}</translation>
    </message>
    <message>
        <source>wait left: {minutes}</source>
        <translation>残りの待機時間: {minutes}</translation>
    </message>
    <message>
        <source>{mt}: ESXi host not reported by ASR</source>
        <translation>{mt}: ASR が ESXi ホストを報告していません</translation>
    </message>
    <message>
        <source>{mt}: no ESXi host in ASR or vCenter</source>
        <translation>{mt}: ASR にも vCenter にも ESXi ホストがありません</translation>
    </message>
    <message>
        <source>A physical server fails back as a new VMware VM, but the master target&apos;s ESXi host is not discovered.</source>
        <translation>物理サーバーは新しい VMware VM としてフェールバックしますが、マスター ターゲット サーバーの ESXi ホストが検出されていません。</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>報告なし</translation>
    </message>
    <message>
        <source>vCenter was not read (the wizard is not connected to vCenter)</source>
        <translation>vCenter を読み取っていません (ウィザードは vCenter に接続されていません)</translation>
    </message>
    <message>
        <source>the last {minutes} minutes</source>
        <translation>過去 {minutes} 分間</translation>
    </message>
    <message>
        <source>last heartbeat {minutes} min ago</source>
        <translation>最後のハートビートは {minutes} 分前</translation>
    </message>
    <message>
        <source>on-premises VM {value}</source>
        <translation>オンプレミスの VM {value}</translation>
    </message>
    <message>
        <source>no heartbeat reported</source>
        <translation>ハートビートの報告なし</translation>
    </message>
    <message>
        <source>the details of VM {vm} were not read from vCenter</source>
        <translation>VM {vm} の詳細を vCenter から読み取っていません</translation>
    </message>
    <message>
        <source>matched by {matched_by}, found by {found_by}</source>
        <translation>{matched_by} で一致、{found_by} で検出</translation>
    </message>
    <message>
        <source>matched by {matched_by}</source>
        <translation>{matched_by} で一致</translation>
    </message>
    <message>
        <source>{label} is not in vCenter {vcenter_name}</source>
        <translation>{label} は vCenter {vcenter_name} にありません</translation>
    </message>
    <message>
        <source>{label} was not mapped to a vCenter VM</source>
        <translation>{label} は vCenter の VM に対応付けられていません</translation>
    </message>
    <message>
        <source>{label} matches several vCenter VMs ({names}); none was chosen</source>
        <translation>{label} は vCenter の複数の VM ({names}) に一致し、どれも選択されていません</translation>
    </message>
    <message>
        <source>master target {mt}</source>
        <translation>マスター ターゲット サーバー {mt}</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>{value} MB</source>
        <translation>{value} MB</translation>
    </message>
    <message>
        <source>{ps}: health {value}, {heartbeat}</source>
        <translation>{ps}: 正常性 {value}、{heartbeat}</translation>
    </message>
    <message>
        <source>{appliance}: {error}</source>
        <translation>{appliance}: {error}</translation>
    </message>
    <message>
        <source>{target_name}: allowed operations {value}</source>
        <translation>{target_name}: 許可された操作 {value}</translation>
    </message>
    <message>
        <source>; {scenario} is running</source>
        <translation> ({scenario} が実行中)</translation>
    </message>
    <message>
        <source>Failback shuts the Azure VM down and then powers the on-premises VM on: the application is down meanwhile.</source>
        <translation>フェールバックでは Azure VM がシャットダウンされてからオンプレミスの VM の電源がオンになります。その間アプリケーションは停止します。</translation>
    </message>
    <message>
        <source>failed over</source>
        <translation>フェールオーバー</translation>
    </message>
    <message>
        <source>The site is not ready for failback: {problems}</source>
        <translation>サイトはフェールバックの準備ができていません: {problems}</translation>
    </message>
    <message>
        <source>{m}: needs {mb}; {host_name} has {mb2} free</source>
        <translation>{m}: 必要 {mb}、{host_name} の空き {mb2}</translation>
    </message>
    <message>
        <source>{m}: {on_prem_power_state}, tools {value}, IP {value2}</source>
        <translation>{m}: {on_prem_power_state}、ツール {value}、IP {value2}</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>コミット</translation>
    </message>
    <message>
        <source>replication policy</source>
        <translation>レプリケーション ポリシー</translation>
    </message>
    <message>
        <source>run-as account</source>
        <translation>実行アカウント</translation>
    </message>
    <message>
        <source>The reprotect does not carry the Azure VM size, network or resource group: review them afterwards.</source>
        <translation>再保護では Azure VM のサイズ、ネットワーク、リソース グループは引き継がれません。後で確認してください。</translation>
    </message>
    <message>
        <source>{m} can&apos;t be failed back now: it does not offer {operation}{running}.</source>
        <translation>{m} は現在フェールバックできません: {operation} が提供されていません{running}。</translation>
    </message>
    <message>
        <source>Failback by {operation} is offered.</source>
        <translation>{operation} によるフェールバックが提供されています。</translation>
    </message>
    <message>
        <source>{m} does not replicate from Azure back to on-premises ({value}): the failback direction is unclear.</source>
        <translation>{m} は Azure からオンプレミスにレプリケートしていません ({value})。フェールバックの方向が不明です。</translation>
    </message>
    <message>
        <source>Azure → on-premises.</source>
        <translation>Azure → オンプレミス。</translation>
    </message>
    <message>
        <source>The latest application-consistent point (LatestTag) is older than the latest processed one: changes after it are lost.</source>
        <translation>最新のアプリケーションの整合性ポイント (LatestTag) は最新の処理済みポイントより古いため、それ以降の変更は失われます。</translation>
    </message>
    <message>
        <source>{m}: Azure VM shut down first</source>
        <translation>{m}: 先に Azure VM をシャットダウン</translation>
    </message>
    <message>
        <source>Recovery plan {target_name} mixes replication providers: it can&apos;t fail back as one.</source>
        <translation>復旧計画 {target_name} ではレプリケーション プロバイダーが混在しているため、まとめてフェールバックできません。</translation>
    </message>
    <message>
        <source>Not every member of {target_name} is ready for failback: {not_ready}.</source>
        <translation>{target_name} のすべてのメンバーがフェールバックの準備ができているわけではありません: {not_ready}。</translation>
    </message>
    <message>
        <source>The site is ready as for reprotect.</source>
        <translation>サイトは再保護のときと同様に準備ができています。</translation>
    </message>
    <message>
        <source>{subject}: {check} {finding}</source>
        <translation>{subject}: {check} {finding}</translation>
    </message>
    <message>
        <source>A classic failback can&apos;t be cancelled or retried once it starts.</source>
        <translation>クラシックのフェールバックは、開始後にキャンセルも再試行もできません。</translation>
    </message>
    <message>
        <source>A modernized planned failover can be cancelled: the disks are snapshotted before the VM powers on.</source>
        <translation>最新のエクスペリエンスの計画されたフェールオーバーはキャンセルできます: VM の電源がオンになる前にディスクのスナップショットが作成されます。</translation>
    </message>
    <message>
        <source>power state {on_prem_power_state}</source>
        <translation>電源状態 {on_prem_power_state}</translation>
    </message>
    <message>
        <source>VMware Tools {value}</source>
        <translation>VMware Tools {value}</translation>
    </message>
    <message>
        <source>no guest IP address</source>
        <translation>ゲストの IP アドレスなし</translation>
    </message>
    <message>
        <source>Recovery plan {target_name} does not offer Commit.</source>
        <translation>復旧計画 {target_name} ではコミットが提供されていません。</translation>
    </message>
    <message>
        <source>Commit is offered.</source>
        <translation>コミットが提供されています。</translation>
    </message>
    <message>
        <source>The operator confirmed that the application works on-premises.</source>
        <translation>オペレーターが、アプリケーションがオンプレミスで動作することを確認しました。</translation>
    </message>
    <message>
        <source>Nobody has confirmed yet that the application works on-premises.</source>
        <translation>アプリケーションがオンプレミスで動作することはまだ誰も確認していません。</translation>
    </message>
    <message>
        <source>After commit the recovery point can&apos;t be changed and the remaining points are deleted. Until then you can still change it ({can_change}).</source>
        <translation>コミット後は復旧ポイントを変更できず、残りのポイントは削除されます。それまでは変更できます ({can_change})。</translation>
    </message>
    <message>
        <source>After commit the recovery point can&apos;t be changed and the remaining points are deleted.</source>
        <translation>コミット後は復旧ポイントを変更できず、残りのポイントは削除されます。</translation>
    </message>
    <message>
        <source>Reprotect to Azure is offered.</source>
        <translation>Azure への再保護が提供されています。</translation>
    </message>
    <message>
        <source>Choose the {missing}.</source>
        <translation>{missing} を選択してください。</translation>
    </message>
    <message>
        <source>Every input of the reprotect to Azure is chosen.</source>
        <translation>Azure への再保護の入力がすべて選択されています。</translation>
    </message>
    <message>
        <source>{ps} has not sent a heartbeat in the last {minutes} minutes.</source>
        <translation>{ps} から過去 {minutes} 分間ハートビートが届いていません。</translation>
    </message>
    <message>
        <source>Recovery plan {target_name} can&apos;t be reprotected as a plan: reprotect each member.</source>
        <translation>復旧計画 {target_name} は計画として再保護できません: 各メンバーを再保護してください。</translation>
    </message>
    <message>
        <source>Classic replication is retired: Azure may refuse a classic reprotect to Azure.</source>
        <translation>クラシックのレプリケーションは提供終了です: Azure はクラシックの Azure への再保護を拒否する場合があります。</translation>
    </message>
    <message>
        <source>Recovery plan {target_name} does not offer {operation}.</source>
        <translation>復旧計画 {target_name} では {operation} が提供されていません。</translation>
    </message>
    <message>
        <source>{m}: state {value}, allowed {value2}</source>
        <translation>{m}: 状態 {value}、許可された操作 {value2}</translation>
    </message>
    <message>
        <source>{m}: provider {value}</source>
        <translation>{m}: プロバイダー {value}</translation>
    </message>
    <message>
        <source>recovery point: {recovery_point}</source>
        <translation>復旧ポイント: {recovery_point}</translation>
    </message>
    <message>
        <source>A chosen recovery point: changes after it are lost.</source>
        <translation>選択した復旧ポイント: それ以降の変更は失われます。</translation>
    </message>
    <message>
        <source>Recovery point: {recovery_point}.</source>
        <translation>復旧ポイント: {recovery_point}。</translation>
    </message>
    <message>
        <source>{m} is in replication group {multi_vm_group_name}: it can only be {doing} through its recovery plan.</source>
        <translation>{m} はレプリケーション グループ {multi_vm_group_name} に属しているため、復旧計画を通してのみ{doing}できます。</translation>
    </message>
    <message>
        <source>providers: {value}</source>
        <translation>プロバイダー: {value}</translation>
    </message>
    <message>
        <source>Every member of {target_name} is ready.</source>
        <translation>{target_name} のすべてのメンバーが準備できています。</translation>
    </message>
    <message>
        <source>Whether host {value} has memory for {m} could not be read.</source>
        <translation>ホスト {value} に {m} 用のメモリがあるかどうかを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Host {host_name} has less free memory than {m} needs: it may fail to boot (error 8038).</source>
        <translation>ホスト {host_name} の空きメモリが {m} に必要な量より少ないため、起動に失敗する可能性があります (エラー 8038)。</translation>
    </message>
    <message>
        <source>Host {host_name} has memory for {m}.</source>
        <translation>ホスト {host_name} には {m} 用のメモリがあります。</translation>
    </message>
    <message>
        <source>The last planned failover of {m} failed: cancel it first, then fail back again.</source>
        <translation>{m} の前回の計画されたフェールオーバーは失敗しました: まずキャンセルしてから、もう一度フェールバックしてください。</translation>
    </message>
    <message>
        <source>The on-premises VM {m} could not be read from vCenter.</source>
        <translation>オンプレミスの VM {m} を vCenter から読み取れませんでした。</translation>
    </message>
    <message>
        <source>The on-premises VM {m} is not running normally yet: {problems}.</source>
        <translation>オンプレミスの VM {m} はまだ正常に実行されていません: {problems}。</translation>
    </message>
    <message>
        <source>{m} runs on-premises.</source>
        <translation>{m} はオンプレミスで実行されています。</translation>
    </message>
    <message>
        <source>{m} does not offer Commit now.</source>
        <translation>{m} では現在コミットが提供されていません。</translation>
    </message>
    <message>
        <source>Commit deletes the failed-over Azure VMs of {members}. This cannot be undone.</source>
        <translation>コミットすると {members} のフェールオーバーした Azure VM が削除されます。元に戻すことはできません。</translation>
    </message>
    <message>
        <source>Commit deletes the failed-over Azure VM of {members}. This cannot be undone.</source>
        <translation>コミットすると {members} のフェールオーバーした Azure VM が削除されます。元に戻すことはできません。</translation>
    </message>
    <message>
        <source>{m} does not offer Commit; it offers {offered} instead.</source>
        <translation>{m} ではコミットが提供されていません。代わりに {offered} が提供されています。</translation>
    </message>
    <message>
        <source>{m} does not offer Commit and no way forward yet.</source>
        <translation>{m} ではコミットが提供されておらず、まだ次に進む方法がありません。</translation>
    </message>
    <message>
        <source>{m}: allowed {value}</source>
        <translation>{m}: 許可された操作 {value}</translation>
    </message>
    <message>
        <source>{m} can&apos;t be protected to Azure now: it does not offer Reprotect ({scenario} is running).</source>
        <translation>{m} は現在 Azure に保護できません: 再保護が提供されていません ({scenario} が実行中)。</translation>
    </message>
    <message>
        <source>{m} can&apos;t be protected to Azure now: it does not offer Reprotect.</source>
        <translation>{m} は現在 Azure に保護できません: 再保護が提供されていません。</translation>
    </message>
    <message>
        <source>When {m} booted on-premises is not known: its agent may not be registered yet.</source>
        <translation>{m} がオンプレミスで起動した時刻が不明です: エージェントがまだ登録されていない可能性があります。</translation>
    </message>
    <message>
        <source>{m} booted {int} min ago: its agent may need up to {left} more min to register.</source>
        <translation>{m} は {int} 分前に起動しました: エージェントの登録にはあと最大 {left} 分かかる可能性があります。</translation>
    </message>
    <message>
        <source>{m} booted long enough ago.</source>
        <translation>{m} は十分前に起動しています。</translation>
    </message>
    <message>
        <source>{ps} is not healthy.</source>
        <translation>{ps} は正常ではありません。</translation>
    </message>
    <message>
        <source>recovery point: {recovery_point_id}</source>
        <translation>復旧ポイント: {recovery_point_id}</translation>
    </message>
    <message>
        <source>{m}: multiVmGroupName {multi_vm_group_name}, multiVmGroupId {multi_vm_group_id}</source>
        <translation>{m}: multiVmGroupName {multi_vm_group_name}、multiVmGroupId {multi_vm_group_id}</translation>
    </message>
    <message>
        <source>{m}: VM memory {mb}, host free {mb2}</source>
        <translation>{m}: VM のメモリ {mb}、ホストの空き {mb2}</translation>
    </message>
    <message>
        <source>{m}: lastPlannedFailoverStatus Failed</source>
        <translation>{m}: lastPlannedFailoverStatus Failed</translation>
    </message>
    <message>
        <source>{m}: booted {isoformat}</source>
        <translation>{m}: 起動 {isoformat}</translation>
    </message>
    <message>
        <source>{ps} reports warnings.</source>
        <translation>{ps} は警告を報告しています。</translation>
    </message>
    <message>
        <source>{ps} is healthy.</source>
        <translation>{ps} は正常です。</translation>
    </message>
    <message>
        <source>provider not reported</source>
        <translation>プロバイダーの報告なし</translation>
    </message>
    <message>
        <source>{check} {finding}</source>
        <translation>{check} {finding}</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(不明)</translation>
    </message>
    <message>
        <source>{vm}: {count} snapshot(s): {names}</source>
        <translation>{vm}: スナップショット {count} 個: {names}</translation>
    </message>
    <message>
        <source>host {esxi_host}, datastore {value}</source>
        <translation>ホスト {esxi_host}、データストア {value}</translation>
    </message>
    <message>
        <source>Can&apos;t check {fact}: {why}.</source>
        <translation>{fact} をチェックできません: {why}。</translation>
    </message>
    <message>
        <source>Same OS type, same or higher version.</source>
        <translation>OS の種類が同じで、バージョンが同じかそれ以上です。</translation>
    </message>
    <message>
        <source>{subject}: {os_type} → {mt}</source>
        <translation>{subject}: {os_type} → {mt}</translation>
    </message>
    <message>
        <source>All VMs of the {label} share one OS type and master target.</source>
        <translation>{label} のすべての VM は OS の種類とマスター ターゲット サーバーが同じです。</translation>
    </message>
    <message>
        <source>{matched_by} {uuid}</source>
        <translation>{matched_by} {uuid}</translation>
    </message>
    <message>
        <source>{vm}: no snapshots</source>
        <translation>{vm}: スナップショットなし</translation>
    </message>
    <message>
        <source>{vm}: has snapshots (vCenter did not name them)</source>
        <translation>{vm}: スナップショットあり (vCenter は名前を報告していません)</translation>
    </message>
    <message>
        <source>{count} snapshot(s)</source>
        <translation>スナップショット {count} 個</translation>
    </message>
    <message>
        <source>snapshots</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>names not reported</source>
        <translation>名前の報告なし</translation>
    </message>
    <message>
        <source>The master target has no snapshots.</source>
        <translation>マスター ターゲット サーバーにスナップショットはありません。</translation>
    </message>
    <message>
        <source>the master target&apos;s snapshots</source>
        <translation>マスター ターゲット サーバーのスナップショット</translation>
    </message>
    <message>
        <source>VMware Tools on the master target</source>
        <translation>マスター ターゲット サーバーの VMware Tools</translation>
    </message>
    <message>
        <source>{vm}: tools status {value}</source>
        <translation>{vm}: ツールの状態 {value}</translation>
    </message>
    <message>
        <source>disk.EnableUUID on the master target</source>
        <translation>マスター ターゲット サーバーの disk.EnableUUID</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>{vm}: disk.EnableUUID = {setting}</source>
        <translation>{vm}: disk.EnableUUID = {setting}</translation>
    </message>
    <message>
        <source>the master target&apos;s SCSI controllers</source>
        <translation>マスター ターゲット サーバーの SCSI コントローラー</translation>
    </message>
    <message>
        <source>{vm}: SCSI controllers {value}</source>
        <translation>{vm}: SCSI コントローラー {value}</translation>
    </message>
    <message>
        <source>{vm}: in Storage DRS = {in_storage_drs}; datastores in a Storage DRS cluster: {value}</source>
        <translation>{vm}: Storage DRS の対象 = {in_storage_drs}、Storage DRS クラスター内のデータストア: {value}</translation>
    </message>
    <message>
        <source>{host}: {count} datastore(s), VMFS/vSAN: {names}</source>
        <translation>{host}: データストア {count} 個、VMFS/vSAN: {names}</translation>
    </message>
    <message>
        <source>The master target&apos;s host has no VMFS or vSAN datastore: the datastore list would be empty.</source>
        <translation>マスター ターゲット サーバーのホストに VMFS または vSAN のデータストアがないため、データストアの一覧は空になります。</translation>
    </message>
    <message>
        <source>{mt}: ASR reports {count} disk(s), vCenter shows {seen} on VM {vm}; the higher ({higher}, {decides}) counts</source>
        <translation>{mt}: ASR の報告はディスク {count} 個、vCenter では VM {vm} に {seen} 個。多いほう ({higher}、{decides}) で数えます</translation>
    </message>
    <message>
        <source>{mt}: {in_use} + {adding} disks {value} {limit} ({budget})</source>
        <translation>{mt}: {in_use} + {adding} ディスク {value} {limit} ({budget})</translation>
    </message>
    <message>
        <source>{name}: {n} disk(s)</source>
        <translation>{name}: ディスク {n} 個</translation>
    </message>
    <message>
        <source>Too many disks for master target {mt}: {budget} ({names}).</source>
        <translation>マスター ターゲット サーバー {mt} のディスクが多すぎます: {budget} ({names})。</translation>
    </message>
    <message>
        <source>The on-premises VM has no snapshots.</source>
        <translation>オンプレミスの VM にスナップショットはありません。</translation>
    </message>
    <message>
        <source>The VM&apos;s datastores are mounted on the master target&apos;s host.</source>
        <translation>VM のデータストアはマスター ターゲット サーバーのホストにマウントされています。</translation>
    </message>
    <message>
        <source>{mt}: {heartbeat}, version status {value}</source>
        <translation>{mt}: {heartbeat}、バージョンの状態 {value}</translation>
    </message>
    <message>
        <source>health error: {e}</source>
        <translation>正常性エラー: {e}</translation>
    </message>
    <message>
        <source>validation error: {e}</source>
        <translation>検証エラー: {e}</translation>
    </message>
    <message>
        <source>Master target {mt} is healthy.</source>
        <translation>マスター ターゲット サーバー {mt} は正常です。</translation>
    </message>
    <message>
        <source>No VM chosen yet.</source>
        <translation>VM がまだ選択されていません。</translation>
    </message>
    <message>
        <source>{os_type} master target; {names} need(s) a {wanted} one.</source>
        <translation>{os_type} のマスター ターゲット サーバーです。{names} には {wanted} のものが必要です。</translation>
    </message>
    <message>
        <source>The master target&apos;s OS version is lower than that of {older}.</source>
        <translation>マスター ターゲット サーバーの OS バージョンが {older} のものより低くなっています。</translation>
    </message>
    <message>
        <source>Same OS type, but the versions can&apos;t be compared for {uncomparable}.</source>
        <translation>OS の種類は同じですが、{uncomparable} のバージョンを比較できません。</translation>
    </message>
    <message>
        <source>recovery plan {plan}</source>
        <translation>復旧計画 {plan}</translation>
    </message>
    <message>
        <source>mixes Windows and Linux VMs</source>
        <translation>Windows と Linux の VM が混在しています</translation>
    </message>
    <message>
        <source>uses {mts} different master targets</source>
        <translation>{mts} 個の異なるマスター ターゲット サーバーを使用しています</translation>
    </message>
    <message>
        <source>The {label} {problems}; one master target must serve all its VMs to give them a common point in time.</source>
        <translation>{label} は{problems}。すべての VM に共通の時点を与えるため、1 つのマスター ターゲット サーバーがすべての VM を受け持つ必要があります。</translation>
    </message>
    <message>
        <source>BIOS UUID {uuid}</source>
        <translation>BIOS UUID {uuid}</translation>
    </message>
    <message>
        <source>instance UUID {uuid}</source>
        <translation>インスタンス UUID {uuid}</translation>
    </message>
    <message>
        <source>on-premises VM</source>
        <translation>オンプレミスの VM</translation>
    </message>
    <message>
        <source>vCenter did not report snapshots of {vm}</source>
        <translation>vCenter は {vm} のスナップショットを報告していません</translation>
    </message>
    <message>
        <source>The master target has {count} ({names}); reprotect would fail.</source>
        <translation>マスター ターゲット サーバーに{count}あります ({names})。このままでは再保護は失敗します。</translation>
    </message>
    <message>
        <source>the host&apos;s VMFS and vSAN datastores</source>
        <translation>ホストの VMFS と vSAN のデータストア</translation>
    </message>
    <message>
        <source>host {esxi_host} is not in vCenter {vcenter_name}</source>
        <translation>ホスト {esxi_host} は vCenter {vcenter_name} にありません</translation>
    </message>
    <message>
        <source>The master target&apos;s host has a VMFS or vSAN datastore.</source>
        <translation>マスター ターゲット サーバーのホストに VMFS または vSAN のデータストアがあります。</translation>
    </message>
    <message>
        <source>{mt}: ASR reports {count} disk(s); vCenter&apos;s count not read</source>
        <translation>{mt}: ASR の報告はディスク {count} 個。vCenter の数は読み取っていません</translation>
    </message>
    <message>
        <source>Disk slots: {budget} used.</source>
        <translation>ディスク スロット: {budget} 使用中。</translation>
    </message>
    <message>
        <source>the on-premises VM&apos;s snapshots</source>
        <translation>オンプレミス VM のスナップショット</translation>
    </message>
    <message>
        <source>The on-premises VM has {count} ({names}): delete them before reprotecting.</source>
        <translation>オンプレミスの VM に{count}あります ({names}): 再保護の前に削除してください。</translation>
    </message>
    <message>
        <source>The on-premises VM no longer exists; a new one will be created.</source>
        <translation>オンプレミスの VM はもう存在しないため、新しい VM が作成されます。</translation>
    </message>
    <message>
        <source>the VM&apos;s datastores on the master target&apos;s host</source>
        <translation>マスター ターゲット サーバーのホスト上の VM のデータストア</translation>
    </message>
    <message>
        <source>the VM&apos;s datastores</source>
        <translation>VM のデータストア</translation>
    </message>
    <message>
        <source>vCenter reported no datastore for {vm}</source>
        <translation>vCenter は {vm} のデータストアを報告していません</translation>
    </message>
    <message>
        <source>The master target&apos;s host {host} can&apos;t write to the datastore of {vm}.</source>
        <translation>マスター ターゲット サーバーのホスト {host} は {vm} のデータストアに書き込めません。</translation>
    </message>
    <message>
        <source>{vm}: {fact}</source>
        <translation>{vm}: {fact}</translation>
    </message>
    <message>
        <source>no heartbeat in {window}</source>
        <translation>{window}ハートビートなし</translation>
    </message>
    <message>
        <source>{health_errors} health error(s)</source>
        <translation>正常性エラー {health_errors} 件</translation>
    </message>
    <message>
        <source>{validation_errors} validation error(s)</source>
        <translation>検証エラー {validation_errors} 件</translation>
    </message>
    <message>
        <source>agent version {version_status}</source>
        <translation>エージェントのバージョン {version_status}</translation>
    </message>
    <message>
        <source>Master target {mt} is unhealthy: {blocks}.</source>
        <translation>マスター ターゲット サーバー {mt} は正常ではありません: {blocks}。</translation>
    </message>
    <message>
        <source>Master target {mt}&apos;s agent needs attention: {version_status}.</source>
        <translation>マスター ターゲット サーバー {mt} のエージェントに対応が必要です: {version_status}。</translation>
    </message>
    <message>
        <source>Not a replication group or plan.</source>
        <translation>レプリケーション グループや復旧計画ではありません。</translation>
    </message>
    <message>
        <source>The on-premises VM no longer exists; no disk UUID can clash.</source>
        <translation>オンプレミスの VM はもう存在しないため、ディスク UUID が衝突することはありません。</translation>
    </message>
    <message>
        <source>disk UUIDs</source>
        <translation>ディスク UUID</translation>
    </message>
    <message>
        <source>{vm} and master target {mt} share disk UUIDs (built from the same template).</source>
        <translation>{vm} とマスター ターゲット サーバー {mt} はディスク UUID を共有しています (同じテンプレートから作成)。</translation>
    </message>
    <message>
        <source>No disk UUID is shared with the master target.</source>
        <translation>マスター ターゲット サーバーと共有しているディスク UUID はありません。</translation>
    </message>
    <message>
        <source>vCenter did not report the tools status of {vm}</source>
        <translation>vCenter は {vm} のツールの状態を報告していません</translation>
    </message>
    <message>
        <source>disk.EnableUUID is true on the master target.</source>
        <translation>マスター ターゲット サーバーの disk.EnableUUID は true です。</translation>
    </message>
    <message>
        <source>disk.EnableUUID is not true on the master target.</source>
        <translation>マスター ターゲット サーバーの disk.EnableUUID が true ではありません。</translation>
    </message>
    <message>
        <source>vCenter reported no SCSI controller on {vm}</source>
        <translation>vCenter は {vm} の SCSI コントローラーを報告していません</translation>
    </message>
    <message>
        <source>Storage DRS on the master target</source>
        <translation>マスター ターゲット サーバーの Storage DRS</translation>
    </message>
    <message>
        <source>The master target can be moved by Storage vMotion (Storage DRS); exclude it.</source>
        <translation>マスター ターゲット サーバーは Storage vMotion (Storage DRS) で移動される可能性があります。対象から除外してください。</translation>
    </message>
    <message>
        <source>The master target is not subject to Storage DRS.</source>
        <translation>マスター ターゲット サーバーは Storage DRS の対象ではありません。</translation>
    </message>
    <message>
        <source>ASR sees a VMFS or vSAN datastore on the master target&apos;s host.</source>
        <translation>ASR はマスター ターゲット サーバーのホストに VMFS または vSAN のデータストアを認識しています。</translation>
    </message>
    <message>
        <source>The on-premises VM no longer exists.</source>
        <translation>オンプレミスの VM はもう存在しません。</translation>
    </message>
    <message>
        <source>{name} is not mounted on {host}</source>
        <translation>{name} は {host} にマウントされていません</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>未選択</translation>
    </message>
    <message>
        <source>The on-premises VM exists; its disks are reused.</source>
        <translation>オンプレミスの VM が存在し、そのディスクが再利用されます。</translation>
    </message>
    <message>
        <source>disk.EnableUUID on the on-premises VM</source>
        <translation>オンプレミス VM の disk.EnableUUID</translation>
    </message>
    <message>
        <source>disk.EnableUUID is true on the on-premises VM.</source>
        <translation>オンプレミス VM の disk.EnableUUID は true です。</translation>
    </message>
    <message>
        <source>disk.EnableUUID is not true on the on-premises VM: an extra disk may be created.</source>
        <translation>オンプレミス VM の disk.EnableUUID が true ではありません: 余分なディスクが作成される可能性があります。</translation>
    </message>
    <message>
        <source>The vault has no such master target.</source>
        <translation>コンテナーにそのようなマスター ターゲット サーバーはありません。</translation>
    </message>
    <message>
        <source>VMs: {names}</source>
        <translation>VM: {names}</translation>
    </message>
    <message>
        <source>vCenter VMs {names} share the {label}&apos;s {uuid} (cloned without a new UUID): the wizard can&apos;t tell which one is meant.</source>
        <translation>vCenter の VM {names} が{label}の {uuid} を共有しています (新しい UUID なしでクローンされました): ウィザードはどれを指すか判断できません。</translation>
    </message>
    <message>
        <source>{vm} and master target {mt} (VM {mt_vm}) share a {kinds} UUID: one was cloned from the other.</source>
        <translation>{vm} とマスター ターゲット サーバー {mt} (VM {mt_vm}) は同じ {kinds} UUID を持っています: 一方がもう一方からクローンされています。</translation>
    </message>
    <message>
        <source>shared disk UUIDs: {shared}</source>
        <translation>共有されているディスク UUID: {shared}</translation>
    </message>
    <message>
        <source>{vm}: {disks} disk(s), {mt}: {disks2} disk(s), none shared</source>
        <translation>{vm}: ディスク {disks} 個、{mt}: ディスク {disks2} 個、共有なし</translation>
    </message>
    <message>
        <source>VMware Tools run on the master target.</source>
        <translation>マスター ターゲット サーバーで VMware Tools が実行されています。</translation>
    </message>
    <message>
        <source>VMware Tools are not running on the master target; its datastores can&apos;t be discovered.</source>
        <translation>マスター ターゲット サーバーで VMware Tools が実行されていないため、そのデータストアを検出できません。</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>報告なし</translation>
    </message>
    <message>
        <source>The master target has a paravirtual SCSI controller.</source>
        <translation>マスター ターゲット サーバーに準仮想化 SCSI コントローラーがあります。</translation>
    </message>
    <message>
        <source>{mt}: ASR lists VMFS/vSAN {names}</source>
        <translation>{mt}: ASR が表示する VMFS/vSAN: {names}</translation>
    </message>
    <message>
        <source>{name} is inaccessible</source>
        <translation>{name} にアクセスできません</translation>
    </message>
    <message>
        <source>{value}: found in vCenter</source>
        <translation>{value}: vCenter で見つかりました</translation>
    </message>
    <message>
        <source>The on-premises VM no longer exists: ASR creates a new VM on {where}.</source>
        <translation>オンプレミスの VM はもう存在しません。ASR は {where} に新しい VM を作成します。</translation>
    </message>
    <message>
        <source>If the on-premises VM no longer exists, ASR creates a new VM on {where}.</source>
        <translation>オンプレミスの VM がもう存在しない場合、ASR は {where} に新しい VM を作成します。</translation>
    </message>
    <message>
        <source>master target id {master_target_id}</source>
        <translation>マスター ターゲット サーバー ID {master_target_id}</translation>
    </message>
    <message>
        <source>replication group {group}</source>
        <translation>レプリケーション グループ {group}</translation>
    </message>
    <message>
        <source>{uuid}: {names}</source>
        <translation>{uuid}: {names}</translation>
    </message>
    <message>
        <source>{vm} and {mt_vm}: same {same}</source>
        <translation>{vm} と {mt_vm}: 同じ {same}</translation>
    </message>
    <message>
        <source>The master target has SCSI controllers other than LSI Logic.</source>
        <translation>マスター ターゲット サーバーに LSI Logic 以外の SCSI コントローラーがあります。</translation>
    </message>
    <message>
        <source>The master target&apos;s SCSI controllers are LSI Logic.</source>
        <translation>マスター ターゲット サーバーの SCSI コントローラーは LSI Logic です。</translation>
    </message>
    <message>
        <source>{name} is not writable</source>
        <translation>{name} に書き込めません</translation>
    </message>
    <message>
        <source>{name} mounted on {host}</source>
        <translation>{name} は {host} にマウント済み</translation>
    </message>
    <message>
        <source>new VM on {where}</source>
        <translation>{where} に新しい VM</translation>
    </message>
    <message>
        <source>{appliance}: health {value}, {heartbeat}</source>
        <translation>{appliance}: 正常性 {value}、{heartbeat}</translation>
    </message>
    <message>
        <source>Appliance {appliance} is healthy.</source>
        <translation>アプライアンス {appliance} は正常です。</translation>
    </message>
    <message>
        <source>The vault has no such replication appliance.</source>
        <translation>コンテナーにそのようなレプリケーション アプライアンスはありません。</translation>
    </message>
    <message>
        <source>datastore named: {value}</source>
        <translation>指定されたデータストア: {value}</translation>
    </message>
    <message>
        <source>{appliance} (vCenter {vcenter_name}) reads and writes: {names}</source>
        <translation>{appliance} (vCenter {vcenter_name}) が読み書きできるデータストア: {names}</translation>
    </message>
    <message>
        <source>Alternate-location recovery: ASR creates a new VM on {datastore} in vCenter {vcenter_name} and copies the whole disks.</source>
        <translation>別の場所への復旧: ASR は vCenter {vcenter_name} の {datastore} に新しい VM を作成し、ディスク全体をコピーします。</translation>
    </message>
    <message>
        <source>{item}: disks on {names}</source>
        <translation>{item}: ディスクの場所 {names}</translation>
    </message>
    <message>
        <source>{appliance} reaches: {names}</source>
        <translation>{appliance} が到達できるデータストア: {names}</translation>
    </message>
    <message>
        <source>Appliance {appliance} reaches the datastore holding {item}.</source>
        <translation>アプライアンス {appliance} は {item} を保持するデータストアに到達できます。</translation>
    </message>
    <message>
        <source>{appliance}: {disks_in_use} disk(s) in use + {adding} = {total} / {MAX_DISKS_PER_APPLIANCE}</source>
        <translation>{appliance}: 使用中のディスク {disks_in_use} 個 + {adding} = {total} / {MAX_DISKS_PER_APPLIANCE}</translation>
    </message>
    <message>
        <source>{i}: {replicated_disk_count} replicated disk(s)</source>
        <translation>{i}: レプリケートされたディスク {replicated_disk_count} 個</translation>
    </message>
    <message>
        <source>{total} of {MAX_DISKS_PER_APPLIANCE} disks on {appliance}.</source>
        <translation>{appliance} のディスク {total} / {MAX_DISKS_PER_APPLIANCE}。</translation>
    </message>
    <message>
        <source>no replication in this vault yet</source>
        <translation>このコンテナーにはまだレプリケーションがありません</translation>
    </message>
    <message>
        <source>log storage account {name}: used by {users}</source>
        <translation>ログ ストレージ アカウント {name}: 使用元 {users}</translation>
    </message>
    <message>
        <source>Replication logs go to {name}, chosen here.</source>
        <translation>レプリケーション ログは、ここで選択した {name} に書き込まれます。</translation>
    </message>
    <message>
        <source>After failback static IPs are not kept; fstab/LVM configuration may change; iSCSI disks come back as VMDKs. A planned failback can be cancelled (disks are rolled back).</source>
        <translation>フェールバック後、静的 IP は保持されず、fstab/LVM の構成が変わる可能性があり、iSCSI ディスクは VMDK として戻ります。計画されたフェールバックはキャンセルできます (ディスクはロールバックされます)。</translation>
    </message>
    <message>
        <source>After failback static IPs are not kept; iSCSI disks come back as VMDKs. A planned failback can be cancelled (disks are rolled back).</source>
        <translation>フェールバック後、静的 IP は保持されず、iSCSI ディスクは VMDK として戻ります。計画されたフェールバックはキャンセルできます (ディスクはロールバックされます)。</translation>
    </message>
    <message>
        <source>Appliance {appliance} has not sent a heartbeat in {window}.</source>
        <translation>アプライアンス {appliance} から{window}ハートビートが届いていません。</translation>
    </message>
    <message>
        <source>Appliance {appliance} is unhealthy ({health}).</source>
        <translation>アプライアンス {appliance} は正常ではありません ({health})。</translation>
    </message>
    <message>
        <source>Appliance {appliance} reports health {health} with errors.</source>
        <translation>アプライアンス {appliance} は正常性 {health} とエラーを報告しています。</translation>
    </message>
    <message>
        <source>appliance id {value}</source>
        <translation>アプライアンス ID {value}</translation>
    </message>
    <message>
        <source>{item}: exists on-premises as {vm} (vCenter)</source>
        <translation>{item}: オンプレミスに {vm} (vCenter) として存在します</translation>
    </message>
    <message>
        <source>still present</source>
        <translation>まだ存在</translation>
    </message>
    <message>
        <source>{item}: ASR&apos;s discovery says the on-premises VM is {said} ({why})</source>
        <translation>{item}: ASR の検出によると、オンプレミスの VM は {said} です ({why})</translation>
    </message>
    <message>
        <source>{item}: not known whether the on-premises VM exists</source>
        <translation>{item}: オンプレミスの VM が存在するかどうか不明です</translation>
    </message>
    <message>
        <source>It can&apos;t be told whether the on-premises VM still exists, so neither original- nor alternate-location recovery can be confirmed.</source>
        <translation>オンプレミスの VM がまだ存在するか判断できないため、元の場所への復旧も別の場所への復旧も確認できません。</translation>
    </message>
    <message>
        <source>Original-location recovery: the VM&apos;s disks are reused on {datastore}, selected automatically; only changes go back.</source>
        <translation>元の場所への復旧: VM のディスクは自動的に選択された {datastore} で再利用され、変更分のみが戻ります。</translation>
    </message>
    <message>
        <source>Alternate-location recovery needs a datastore: none was chosen.</source>
        <translation>別の場所への復旧にはデータストアが必要ですが、選択されていません。</translation>
    </message>
    <message>
        <source>Appliance {appliance} can&apos;t read and write {datastore}.</source>
        <translation>アプライアンス {appliance} は {datastore} を読み書きできません。</translation>
    </message>
    <message>
        <source>The source VM is gone: the appliance writes to the datastore chosen for the new VM (RCM-03).</source>
        <translation>ソース VM が存在しないため、アプライアンスは新しい VM 用に選択されたデータストアに書き込みます (RCM-03)。</translation>
    </message>
    <message>
        <source>neither vCenter nor ASR named the VM&apos;s datastores</source>
        <translation>vCenter も ASR も VM のデータストアを示していません</translation>
    </message>
    <message>
        <source>Can&apos;t tell which datastore holds {item}: {why_not}.</source>
        <translation>{item} を保持するデータストアを判断できません: {why_not}。</translation>
    </message>
    <message>
        <source>Appliance {appliance} can&apos;t reach {names}, which holds {item}.</source>
        <translation>アプライアンス {appliance} は、{item} を保持する {names} に到達できません。</translation>
    </message>
    <message>
        <source>in a Storage DRS cluster: {names}</source>
        <translation>Storage DRS クラスター内: {names}</translation>
    </message>
    <message>
        <source>Storage DRS may move these disks with Storage vMotion, which is not supported after reprotect.</source>
        <translation>Storage DRS が Storage vMotion でこれらのディスクを移動する可能性があります。これは再保護後はサポートされません。</translation>
    </message>
    <message>
        <source>Appliance {appliance} would carry {total} disks; at most {MAX_DISKS_PER_APPLIANCE}.</source>
        <translation>アプライアンス {appliance} が扱うディスクは {total} 個になります。上限は {MAX_DISKS_PER_APPLIANCE} 個です。</translation>
    </message>
    <message>
        <source>No log storage account named: the modernized reprotect needs one (there is no retention drive).</source>
        <translation>ログ ストレージ アカウントが指定されていません。最新のエクスペリエンスの再保護には必要です (リテンション ドライブはありません)。</translation>
    </message>
    <message>
        <source>Replication logs go to {name}, which {item}&apos;s replication already uses (reused, not created).</source>
        <translation>レプリケーション ログは、{item} のレプリケーションが既に使用している {name} に書き込まれます (作成ではなく再利用)。</translation>
    </message>
    <message>
        <source>Original-location recovery uses the VM&apos;s own datastore; {value} is not one of them.</source>
        <translation>元の場所への復旧では VM 自身のデータストアが使用されます。{value} はそのいずれでもありません。</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>accessible = {accessible}, writable = {writable_by_account}</source>
        <translation>アクセス可能 = {accessible}、書き込み可能 = {writable_by_account}</translation>
    </message>
    <message>
        <source>vCenter {vcenter_name}: {datastore} {state}</source>
        <translation>vCenter {vcenter_name}: {datastore} {state}</translation>
    </message>
    <message>
        <source>vCenter {vcenter_name} does not show {datastore} as accessible and writable.</source>
        <translation>vCenter {vcenter_name} では {datastore} がアクセス可能かつ書き込み可能と表示されていません。</translation>
    </message>
    <message>
        <source>{item}: log storage account not chosen</source>
        <translation>{item}: ログ ストレージ アカウントが未選択</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} 時間</translation>
    </message>
    <message>
        <source>threshold: {minutes} min</source>
        <translation>しきい値: {minutes} 分</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分</translation>
    </message>
    <message>
        <source>provider: {provider}</source>
        <translation>プロバイダー: {provider}</translation>
    </message>
    <message>
        <source>protectionState: {state}</source>
        <translation>保護状態 (protectionState): {state}</translation>
    </message>
    <message>
        <source>replicationHealth: {health}</source>
        <translation>レプリケーションの正常性 (replicationHealth): {health}</translation>
    </message>
    <message>
        <source>{disk}: {percent}</source>
        <translation>{disk}: {percent}</translation>
    </message>
    <message>
        <source>VM: {percent}</source>
        <translation>VM: {percent}</translation>
    </message>
    <message>
        <source>RPO: {rpo}</source>
        <translation>RPO: {rpo}</translation>
    </message>
    <message>
        <source>last heartbeat {age} ago</source>
        <translation>最後のハートビートは {age} 前</translation>
    </message>
    <message>
        <source>Not yet ({check}): {finding}</source>
        <translation>まだです ({check}): {finding}</translation>
    </message>
    <message>
        <source>{count} member(s)</source>
        <translation>メンバー {count} 台</translation>
    </message>
    <message>
        <source>providers: {providers}</source>
        <translation>プロバイダー: {providers}</translation>
    </message>
    <message>
        <source>Every member of the plan is ready.</source>
        <translation>計画のすべてのメンバーの準備ができています。</translation>
    </message>
    <message>
        <source>The reprotect job succeeded and no other operation runs.</source>
        <translation>再保護ジョブは成功し、ほかの操作は実行されていません。</translation>
    </message>
    <message>
        <source>newest: {when} UTC{kind}</source>
        <translation>最新: {when} UTC{kind}</translation>
    </message>
    <message>
        <source>calculated {age} ago</source>
        <translation>{age} 前に計算</translation>
    </message>
    <message>
        <source>resyncState: {state}</source>
        <translation>再同期の状態 (resyncState): {state}</translation>
    </message>
    <message>
        <source>progress: {percent}</source>
        <translation>進行状況: {percent}</translation>
    </message>
    <message>
        <source>uncompressed {rate} MB/s</source>
        <translation>非圧縮 {rate} MB/s</translation>
    </message>
    <message>
        <source>compressed {rate} MB/s</source>
        <translation>圧縮 {rate} MB/s</translation>
    </message>
    <message>
        <source>Data rate to on-premises: {rates}.</source>
        <translation>オンプレミスへのデータ転送速度: {rates}。</translation>
    </message>
    <message>
        <source>appliance: {appliance} ({health})</source>
        <translation>アプライアンス: {appliance} ({health})</translation>
    </message>
    <message>
        <source>The plan&apos;s members are not known.</source>
        <translation>計画のメンバーが不明です。</translation>
    </message>
    <message>
        <source>{count} of {total} member(s) not ready: {names}.</source>
        <translation>メンバー {total} 台中 {count} 台の準備ができていません: {names}。</translation>
    </message>
    <message>
        <source>The plan&apos;s members replicate with different providers.</source>
        <translation>計画のメンバーが異なるプロバイダーでレプリケートされています。</translation>
    </message>
    <message>
        <source>The reprotect job has not succeeded (state {state}).</source>
        <translation>再保護ジョブは成功していません (状態 {state})。</translation>
    </message>
    <message>
        <source>currentScenario: {scenario}</source>
        <translation>現在の操作 (currentScenario): {scenario}</translation>
    </message>
    <message>
        <source>Another operation runs on the item ({scenario}); no action until it ends.</source>
        <translation>このアイテムではほかの操作 ({scenario}) が実行中です。終わるまで操作できません。</translation>
    </message>
    <message>
        <source>The item replicates from Azure to on-premises.</source>
        <translation>このアイテムは Azure からオンプレミスにレプリケートされています。</translation>
    </message>
    <message>
        <source>The item is not protected yet (state {state}).</source>
        <translation>このアイテムはまだ保護されていません (状態 {state})。</translation>
    </message>
    <message>
        <source>The replication appliance {appliance} reports health {health}.</source>
        <translation>レプリケーション アプライアンス {appliance} の正常性は {health} です。</translation>
    </message>
    <message>
        <source>No health errors.</source>
        <translation>正常性エラーはありません。</translation>
    </message>
    <message>
        <source>validation error {code}</source>
        <translation>検証エラー {code}</translation>
    </message>
    <message>
        <source>health error {code}</source>
        <translation>正常性エラー {code}</translation>
    </message>
    <message>
        <source>possible causes: {causes}</source>
        <translation>考えられる原因: {causes}</translation>
    </message>
    <message>
        <source>recommended action: {action}</source>
        <translation>推奨される操作: {action}</translation>
    </message>
    <message>
        <source>since {when} UTC</source>
        <translation>{when} UTC から</translation>
    </message>
    <message>
        <source>{code}: {message}</source>
        <translation>{code}: {message}</translation>
    </message>
    <message>
        <source>Initial replication progress is not reported yet.</source>
        <translation>初期レプリケーションの進行状況はまだ報告されていません。</translation>
    </message>
    <message>
        <source>Initial replication is at {percent}; failback waits until every disk is complete.</source>
        <translation>初期レプリケーションは {percent} です。フェールバックはすべてのディスクが完了するまで待ちます。</translation>
    </message>
    <message>
        <source>Initial replication is complete on every disk.</source>
        <translation>すべてのディスクで初期レプリケーションが完了しています。</translation>
    </message>
    <message>
        <source>Replication progress is reported as {health}.</source>
        <translation>レプリケーションの進行状況は {health} と報告されています。</translation>
    </message>
    <message>
        <source>A recovery point exists.</source>
        <translation>復旧ポイントがあります。</translation>
    </message>
    <message>
        <source>The RPO is not reported yet.</source>
        <translation>RPO はまだ報告されていません。</translation>
    </message>
    <message>
        <source>The RPO ({rpo}) is over the policy&apos;s threshold.</source>
        <translation>RPO ({rpo}) がポリシーのしきい値を超えています。</translation>
    </message>
    <message>
        <source>A resynchronization is pending ({percent} done).</source>
        <translation>再同期が保留中です ({percent} 完了)。</translation>
    </message>
    <message>
        <source>No resynchronization is pending.</source>
        <translation>保留中の再同期はありません。</translation>
    </message>
    <message>
        <source>The agent on the Azure VM did not register after failover (a critical health error until fixed).</source>
        <translation>Azure VM のエージェントがフェールオーバー後に登録されませんでした (修正されるまで重大な正常性エラーです)。</translation>
    </message>
    <message>
        <source>The agent&apos;s last heartbeat is not reported.</source>
        <translation>エージェントの最後のハートビートは報告されていません。</translation>
    </message>
    <message>
        <source>The agent on the Azure VM last reported {age} ago.</source>
        <translation>Azure VM のエージェントの最後の報告は {age} 前です。</translation>
    </message>
    <message>
        <source>The agent on the Azure VM reports.</source>
        <translation>Azure VM のエージェントは報告しています。</translation>
    </message>
    <message>
        <source>The Azure VM may be off: its agent has been silent for {age}. It must stay on until failback.</source>
        <translation>Azure VM が停止している可能性があります: エージェントから {age} 報告がありません。フェールバックまで実行したままにする必要があります。</translation>
    </message>
    <message>
        <source>Keep the Azure VM running until failback.</source>
        <translation>フェールバックまで Azure VM を実行したままにしてください。</translation>
    </message>
    <message>
        <source>The on-premises target VM is reported as deleted.</source>
        <translation>オンプレミスのターゲット VM は削除済みと報告されています。</translation>
    </message>
    <message>
        <source>Ready for failback after you confirm the warnings</source>
        <translation>警告を確認すればフェールバックの準備完了</translation>
    </message>
    <message>
        <source>Ready for failback</source>
        <translation>フェールバックの準備完了</translation>
    </message>
    <message>
        <source>job {job}</source>
        <translation>ジョブ {job}</translation>
    </message>
    <message>
        <source>The item still replicates to Azure: the reprotect did not take effect.</source>
        <translation>このアイテムはまだ Azure にレプリケートされています: 再保護は反映されていません。</translation>
    </message>
    <message>
        <source>The item&apos;s replication provider is not one the wizard knows.</source>
        <translation>このアイテムのレプリケーション プロバイダーはウィザードの知らないものです。</translation>
    </message>
    <message>
        <source>Protected, replication health Normal.</source>
        <translation>保護済み、レプリケーションの正常性は正常です。</translation>
    </message>
    <message>
        <source>appliance: {appliance}</source>
        <translation>アプライアンス: {appliance}</translation>
    </message>
    <message>
        <source>health: {health}</source>
        <translation>正常性: {health}</translation>
    </message>
    <message>
        <source>No recovery point exists yet.</source>
        <translation>復旧ポイントはまだありません。</translation>
    </message>
    <message>
        <source>The recovery points were not read yet.</source>
        <translation>復旧ポイントはまだ読み取っていません。</translation>
    </message>
    <message>
        <source>Modernized replication reports no RPO; no recovery point yet.</source>
        <translation>最新のエクスペリエンスのレプリケーションは RPO を報告しません。復旧ポイントはまだありません。</translation>
    </message>
    <message>
        <source>Modernized replication reports no RPO; the newest recovery point is {age} old.</source>
        <translation>最新のエクスペリエンスのレプリケーションは RPO を報告しません。最新の復旧ポイントは {age} 前のものです。</translation>
    </message>
    <message>
        <source>The RPO was last calculated {age} ago, longer than the threshold.</source>
        <translation>RPO が最後に計算されたのは {age} 前で、しきい値より長くなっています。</translation>
    </message>
    <message>
        <source>RPO {rpo}, within the threshold.</source>
        <translation>RPO {rpo}、しきい値以内です。</translation>
    </message>
    <message>
        <source>The on-premises target VM is powered on; it must stay off until failback.</source>
        <translation>オンプレミスのターゲット VM の電源がオンです。フェールバックまでオフのままにする必要があります。</translation>
    </message>
    <message>
        <source>Protected, but replication health is Warning: failback only after you confirm.</source>
        <translation>保護済みですが、レプリケーションの正常性は警告です: 確認してからフェールバックしてください。</translation>
    </message>
    <message>
        <source>Replication health is {health}.</source>
        <translation>レプリケーションの正常性は {health} です。</translation>
    </message>
    <message>
        <source>age: {age}</source>
        <translation>経過時間: {age}</translation>
    </message>
    <message>
        <source>health not reported</source>
        <translation>正常性の報告なし</translation>
    </message>
    <message>
        <source>powerStatus: {power}</source>
        <translation>電源の状態 (powerStatus): {power}</translation>
    </message>
    <message>
        <source>The on-premises target VM is powered off.</source>
        <translation>オンプレミスのターゲット VM の電源はオフです。</translation>
    </message>
    <message>
        <source>Keep the on-premises VM that was mapped in the wizard powered off until failback.</source>
        <translation>ウィザードで対応付けたオンプレミスの VM は、フェールバックまで電源をオフのままにしてください。</translation>
    </message>
    <message>
        <source>a newly added drive can take up to {minutes} minutes to appear</source>
        <translation>新しく追加したドライブが表示されるまで最大 {minutes} 分かかることがあります</translation>
    </message>
    <message>
        <source>{cs}: last refreshed {minutes} min ago</source>
        <translation>{cs}: 最終更新 {minutes} 分前</translation>
    </message>
    <message>
        <source>{vol}: {used}% used {value} threshold {threshold_percent}% ({value2} of {value3} GiB free)</source>
        <translation>{vol}: 使用率 {used}% {value} しきい値 {threshold_percent}% (空き {value2} / {value3} GiB)</translation>
    </message>
    <message>
        <source>Free space is within the volume&apos;s threshold.</source>
        <translation>空き容量はボリュームのしきい値内です。</translation>
    </message>
    <message>
        <source>{mt} ({os_type}): default {default}, chosen {value}</source>
        <translation>{mt} ({os_type}): 既定 {default}、選択 {value}</translation>
    </message>
    <message>
        <source>is available</source>
        <translation>は使用可能です</translation>
    </message>
    <message>
        <source>is not listed on this master target</source>
        <translation>はこのマスター ターゲット サーバーに表示されていません</translation>
    </message>
    <message>
        <source>Not the default retention drive; {default} {note}.</source>
        <translation>既定のリテンション ドライブではありません。{default} {note}。</translation>
    </message>
    <message>
        <source>configuration server not known</source>
        <translation>構成サーバーが不明</translation>
    </message>
    <message>
        <source>{cs}: last refresh not reported</source>
        <translation>{cs}: 最終更新が報告されていません</translation>
    </message>
    <message>
        <source>{mt}: retention volumes {listed}</source>
        <translation>{mt}: リテンション ボリューム {listed}</translation>
    </message>
    <message>
        <source>ASR lists {chosen} on {mt}.</source>
        <translation>ASR は {mt} に {chosen} を表示しています。</translation>
    </message>
    <message>
        <source>used for another purpose (e.g. a replication target)</source>
        <translation>別の目的 (レプリケーション ターゲットなど) に使用中</translation>
    </message>
    <message>
        <source>used for another purpose = {used_for_other_purpose}</source>
        <translation>別の目的に使用中 = {used_for_other_purpose}</translation>
    </message>
    <message>
        <source>the volume is locked</source>
        <translation>ボリュームがロックされています</translation>
    </message>
    <message>
        <source>locked = {locked}</source>
        <translation>ロック = {locked}</translation>
    </message>
    <message>
        <source>cache volume: the master target or process server is installed on it</source>
        <translation>キャッシュ ボリューム: マスター ターゲット サーバーまたはプロセス サーバーがインストールされています</translation>
    </message>
    <message>
        <source>cache volume = {is_cache_volume}</source>
        <translation>キャッシュ ボリューム = {is_cache_volume}</translation>
    </message>
    <message>
        <source>{file_system} file system</source>
        <translation>{file_system} ファイル システム</translation>
    </message>
    <message>
        <source>file system {file_system}</source>
        <translation>ファイル システム {file_system}</translation>
    </message>
    <message>
        <source>zero capacity</source>
        <translation>容量が 0</translation>
    </message>
    <message>
        <source>capacity {capacity_bytes} bytes</source>
        <translation>容量 {capacity_bytes} バイト</translation>
    </message>
    <message>
        <source>{volume}: {fact}</source>
        <translation>{volume}: {fact}</translation>
    </message>
    <message>
        <source>Free space is below the volume&apos;s threshold.</source>
        <translation>空き容量がボリュームのしきい値を下回っています。</translation>
    </message>
    <message>
        <source>The default retention drive {default} is used.</source>
        <translation>既定のリテンション ドライブ {default} が使用されます。</translation>
    </message>
    <message>
        <source>ASR does not list {value} on {mt}; {why}.</source>
        <translation>ASR は {mt} に {value} を表示していません。{why}。</translation>
    </message>
    <message>
        <source>Not a valid retention drive: {reason}.</source>
        <translation>有効なリテンション ドライブではありません: {reason}。</translation>
    </message>
    <message>
        <source>Fine as a retention drive.</source>
        <translation>リテンション ドライブとして問題ありません。</translation>
    </message>
    <message>
        <source>a retention drive</source>
        <translation>リテンション ドライブ</translation>
    </message>
    <message>
        <source>443/TCP: control channel to the configuration server (Azure VM and process server)</source>
        <translation>443/TCP: 構成サーバーへの制御チャネル (Azure VM とプロセス サーバーから)</translation>
    </message>
    <message>
        <source>9443/TCP: replication data to the process server and master target</source>
        <translation>9443/TCP: プロセス サーバーとマスター ターゲット サーバーへのレプリケーション データ</translation>
    </message>
    <message>
        <source>manual test: `telnet {cs_names} 443` and ping from the process server and the Azure VM</source>
        <translation>手動テスト: プロセス サーバーと Azure VM から `telnet {cs_names} 443` と ping</translation>
    </message>
    <message>
        <source>{policy}: RPO threshold {rpo} min, recovery point retention {history} min, app-consistent every {app} min (portal defaults 15 / 1440 / 60)</source>
        <translation>{policy}: RPO しきい値 {rpo} 分、復旧ポイントのリテンション期間 {history} 分、アプリケーションの整合性 {app} 分ごと (ポータルの既定値 15 / 1440 / 60)</translation>
    </message>
    <message>
        <source>The failback policy differs from the portal&apos;s defaults (made with PowerShell?); it is used as is.</source>
        <translation>フェールバック ポリシーがポータルの既定値と異なります (PowerShell で作成?)。そのまま使用されます。</translation>
    </message>
    <message>
        <source>{ps} ({location}): {heartbeat}, health {health}</source>
        <translation>{ps} ({location}): {heartbeat}、正常性 {health}</translation>
    </message>
    <message>
        <source>The process server reaches the configuration server.</source>
        <translation>プロセス サーバーは構成サーバーに到達できます。</translation>
    </message>
    <message>
        <source>{ps}: in {location}; link stated: {value}</source>
        <translation>{ps}: 場所 {location}、申告された接続: {value}</translation>
    </message>
    <message>
        <source>On-premises process server over ExpressRoute.</source>
        <translation>ExpressRoute 経由のオンプレミス プロセス サーバーです。</translation>
    </message>
    <message>
        <source>The vault has no such process server.</source>
        <translation>コンテナーにそのようなプロセス サーバーはありません。</translation>
    </message>
    <message>
        <source>the configuration server</source>
        <translation>構成サーバー</translation>
    </message>
    <message>
        <source>Azure reaches on-premises over {link}; the failed-over VMs must reach the configuration server.</source>
        <translation>Azure は {link} 経由でオンプレミスに到達します。フェールオーバーした VM は構成サーバーに到達できる必要があります。</translation>
    </message>
    <message>
        <source>{mt}: ASR sees {datastores} datastore(s) on host {esxi_host}</source>
        <translation>{mt}: ASR はホスト {esxi_host} にデータストア {datastores} 個を認識しています</translation>
    </message>
    <message>
        <source>ASR discovered no datastore although the host has some: the vCenter discovery account lacks permissions.</source>
        <translation>ホストにはデータストアがあるのに ASR が 1 つも検出していません: vCenter の検出用アカウントのアクセス許可が不足しています。</translation>
    </message>
    <message>
        <source>original vCenter: {value}; target: {target}; {mt} on {vcenter_name}</source>
        <translation>元の vCenter: {value}、ターゲット: {target}、{mt} は {vcenter_name} 上</translation>
    </message>
    <message>
        <source>Failing back to an alternate vCenter ({target}); Microsoft&apos;s types-of-failback page supports only the original vCenter.</source>
        <translation>代替の vCenter ({target}) へのフェールバックです。Microsoft のフェールバックの種類のページでサポートされているのは元の vCenter のみです。</translation>
    </message>
    <message>
        <source>{host}: {product}, licence {license_edition}</source>
        <translation>{host}: {product}、ライセンス {license_edition}</translation>
    </message>
    <message>
        <source>wizard: connected to {vcenter_name} = {connected}</source>
        <translation>ウィザード: {vcenter_name} に接続済み = {connected}</translation>
    </message>
    <message>
        <source>vCenter {vc_name} is connected to ASR and reachable.</source>
        <translation>vCenter {vc_name} は ASR に接続され、到達可能です。</translation>
    </message>
    <message>
        <source>IP addresses retained on failover: {value}</source>
        <translation>フェールオーバー時に保持された IP アドレス: {value}</translation>
    </message>
    <message>
        <source>{cs} ({ip}): {heartbeat}</source>
        <translation>{cs} ({ip}): {heartbeat}</translation>
    </message>
    <message>
        <source>No failback policy is mapped for the failback direction.</source>
        <translation>フェールバック方向にマップされたフェールバック ポリシーがありません。</translation>
    </message>
    <message>
        <source>requested policy: {others}; mapped: {policy_id}</source>
        <translation>要求されたポリシー: {others}、マップ済み: {policy_id}</translation>
    </message>
    <message>
        <source>The request names a policy other than the one mapped for failback.</source>
        <translation>要求で指定されたポリシーが、フェールバック用にマップされたポリシーと異なります。</translation>
    </message>
    <message>
        <source>The failback policy has the portal&apos;s values.</source>
        <translation>フェールバック ポリシーはポータルの値です。</translation>
    </message>
    <message>
        <source>No process-server heartbeat in {window}: it can&apos;t reach the configuration server.</source>
        <translation>{window}プロセス サーバーのハートビートがありません: 構成サーバーに到達できません。</translation>
    </message>
    <message>
        <source>The process server&apos;s health is Critical.</source>
        <translation>プロセス サーバーの正常性が「重大」です。</translation>
    </message>
    <message>
        <source>The process server is in Azure.</source>
        <translation>プロセス サーバーは Azure にあります。</translation>
    </message>
    <message>
        <source>ASR does not say whether this process server runs in Azure or on-premises; with a site-to-site VPN it must be in Azure.</source>
        <translation>ASR はこのプロセス サーバーが Azure とオンプレミスのどちらで実行されているかを示していません。サイト間 VPN の場合は Azure にある必要があります。</translation>
    </message>
    <message>
        <source>An on-premises process server suits ExpressRoute, not a site-to-site VPN, and the link type was not stated.</source>
        <translation>オンプレミスのプロセス サーバーが適するのは ExpressRoute で、サイト間 VPN ではありません。接続の種類が申告されていません。</translation>
    </message>
    <message>
        <source>On-premises process server over a site-to-site VPN: deploy a process server in Azure.</source>
        <translation>サイト間 VPN 経由のオンプレミス プロセス サーバーです: Azure にプロセス サーバーをデプロイしてください。</translation>
    </message>
    <message>
        <source>process server id {process_server_id}</source>
        <translation>プロセス サーバー ID {process_server_id}</translation>
    </message>
    <message>
        <source>Replication back needs a site-to-site VPN or ExpressRoute private peering; the link type was not stated.</source>
        <translation>逆方向のレプリケーションにはサイト間 VPN または ExpressRoute プライベート ピアリングが必要ですが、接続の種類が申告されていません。</translation>
    </message>
    <message>
        <source>link type: {link}</source>
        <translation>接続の種類: {link}</translation>
    </message>
    <message>
        <source>network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>ASR discovered the master target host&apos;s datastores.</source>
        <translation>ASR はマスター ターゲット サーバーのホストのデータストアを検出しています。</translation>
    </message>
    <message>
        <source>ASR discovered no datastore on the master target&apos;s host: the symptom of a vCenter discovery account without the needed permissions (or of a host without VMFS, MT-08).</source>
        <translation>ASR はマスター ターゲット サーバーのホストでデータストアを 1 つも検出していません: vCenter の検出用アカウントに必要なアクセス許可がない場合 (または VMFS のないホストの場合、MT-08) の症状です。</translation>
    </message>
    <message>
        <source>vCenter account {account_name}: can browse datastores = {account_can_browse_datastores}</source>
        <translation>vCenter アカウント {account_name}: データストアを参照可能 = {account_can_browse_datastores}</translation>
    </message>
    <message>
        <source>vCenter: host {host} mounts {datastore_names} datastore(s), {host_vmfs} VMFS</source>
        <translation>vCenter: ホスト {host} はデータストア {datastore_names} 個 (VMFS {host_vmfs} 個) をマウントしています</translation>
    </message>
    <message>
        <source>ASR lists no datastore because the host has no VMFS datastore (see MT-08), not for lack of permissions.</source>
        <translation>ホストに VMFS データストアがないため ASR はデータストアを表示していません (MT-08 を参照)。アクセス許可の不足ではありません。</translation>
    </message>
    <message>
        <source>Master target {mt} is on vCenter {vcenter_name}, not on the target {target_vcenter}.</source>
        <translation>マスター ターゲット サーバー {mt} は vCenter {vcenter_name} 上にあり、ターゲットの {target_vcenter} 上ではありません。</translation>
    </message>
    <message>
        <source>It is not known which vCenter master target {mt} is on: ASR does not report it and vCenter was not read.</source>
        <translation>マスター ターゲット サーバー {mt} がどの vCenter 上にあるか不明です: ASR は報告しておらず、vCenter も読み取っていません。</translation>
    </message>
    <message>
        <source>vCenters discovered by ASR: {sorted}</source>
        <translation>ASR が検出した vCenter: {sorted}</translation>
    </message>
    <message>
        <source>vCenter {target} is not discovered by ASR.</source>
        <translation>vCenter {target} は ASR に検出されていません。</translation>
    </message>
    <message>
        <source>ASR did not report the VM&apos;s original vCenter, so it can&apos;t be told whether this is an alternate vCenter.</source>
        <translation>ASR が VM の元の vCenter を報告していないため、代替の vCenter かどうか判断できません。</translation>
    </message>
    <message>
        <source>Failing back to the original vCenter.</source>
        <translation>元の vCenter へのフェールバックです。</translation>
    </message>
    <message>
        <source>ASR: vCenter {vc_name} not discovered</source>
        <translation>ASR: vCenter {vc_name} は検出されていません</translation>
    </message>
    <message>
        <source>ASR: vCenter {known} {discovery_status}, {heartbeat}</source>
        <translation>ASR: vCenter {known} {discovery_status}、{heartbeat}</translation>
    </message>
    <message>
        <source>ASR does not see vCenter {vc_name} connected; detaching and attaching disks would fail.</source>
        <translation>ASR は vCenter {vc_name} を接続済みと認識していません。ディスクの切断と接続は失敗します。</translation>
    </message>
    <message>
        <source>Can&apos;t confirm vCenter {vc_name} is reachable: {why}.</source>
        <translation>vCenter {vc_name} に到達できることを確認できません: {why}。</translation>
    </message>
    <message>
        <source>The wizard is connected to {vcenter_name}, not to {vc_name}: reachability not confirmed.</source>
        <translation>ウィザードは {vc_name} ではなく {vcenter_name} に接続されています: 到達可能性は確認されていません。</translation>
    </message>
    <message>
        <source>vCenter {vc_name} is not reachable.</source>
        <translation>vCenter {vc_name} に到達できません。</translation>
    </message>
    <message>
        <source>failback policy: none</source>
        <translation>フェールバック ポリシー: なし</translation>
    </message>
    <message>
        <source>failback policy</source>
        <translation>フェールバック ポリシー</translation>
    </message>
    <message>
        <source>Over ExpressRoute any process server location is fine.</source>
        <translation>ExpressRoute 経由なら、プロセス サーバーの場所はどちらでもかまいません。</translation>
    </message>
    <message>
        <source>link type: not stated</source>
        <translation>接続の種類: 申告なし</translation>
    </message>
    <message>
        <source>Open the failover/failback ports before reprotecting.</source>
        <translation>再保護の前に、フェールオーバー/フェールバック用のポートを開いてください。</translation>
    </message>
    <message>
        <source>The licence of host {esxi_host} can&apos;t be read: {why}.</source>
        <translation>ホスト {esxi_host} のライセンスを読み取れません: {why}。</translation>
    </message>
    <message>
        <source>Host {esxi_host} is not in vCenter {vcenter_name}; its licence can&apos;t be read.</source>
        <translation>ホスト {esxi_host} は vCenter {vcenter_name} にないため、ライセンスを読み取れません。</translation>
    </message>
    <message>
        <source>The master target&apos;s host runs a free ESXi edition: failback to it fails.</source>
        <translation>マスター ターゲット サーバーのホストは無償版の ESXi を実行しています。このホストへのフェールバックは失敗します。</translation>
    </message>
    <message>
        <source>The host has a licensed edition.</source>
        <translation>ホストにはライセンスのあるエディションが適用されています。</translation>
    </message>
    <message>
        <source>IP addresses were not retained on failover.</source>
        <translation>フェールオーバー時に IP アドレスは保持されていません。</translation>
    </message>
    <message>
        <source>The configuration server is connected.</source>
        <translation>構成サーバーは接続されています。</translation>
    </message>
    <message>
        <source>The configuration server has not sent a heartbeat in {window}.</source>
        <translation>構成サーバーから{window}ハートビートが届いていません。</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>申告なし</translation>
    </message>
    <message>
        <source>It is not known which vCenter the master target is on: ASR does not report it, the vault knows {known_vcenters} vCenters, and vCenter was not read.</source>
        <translation>マスター ターゲット サーバーがどの vCenter 上にあるか不明です: ASR は報告しておらず、コンテナーは {known_vcenters} 個の vCenter を認識しており、vCenter も読み取っていません。</translation>
    </message>
    <message>
        <source>configuration server</source>
        <translation>構成サーバー</translation>
    </message>
    <message>
        <source>IP addresses were retained: the configuration server needs two NICs.</source>
        <translation>IP アドレスが保持されました: 構成サーバーには 2 つの NIC が必要です。</translation>
    </message>
    <message>
        <source>If IP addresses were retained on failover, the configuration server needs two NICs.</source>
        <translation>フェールオーバー時に IP アドレスを保持した場合、構成サーバーには 2 つの NIC が必要です。</translation>
    </message>
    <message>
        <source>The vault has no configuration server for this item.</source>
        <translation>コンテナーにこのアイテムの構成サーバーがありません。</translation>
    </message>
    <message>
        <source>ASR did not say which configuration server serves this item, so its heartbeat can&apos;t be checked.</source>
        <translation>ASR がこのアイテムを担当する構成サーバーを示していないため、ハートビートをチェックできません。</translation>
    </message>
    <message>
        <source>vCenters discovered by ASR: {value}</source>
        <translation>ASR が検出した vCenter: {value}</translation>
    </message>
    <message>
        <source>{item}: configuration server {configuration_server_id} not in the vault</source>
        <translation>{item}: 構成サーバー {configuration_server_id} がコンテナーにありません</translation>
    </message>
    <message>
        <source>{item}: no configuration server named; vault has: {names}</source>
        <translation>{item}: 構成サーバーが指定されていません。コンテナーにあるもの: {names}</translation>
    </message>
    <message>
        <source>full copy of {total} GB</source>
        <translation>{total} GB の完全コピー</translation>
    </message>
    <message>
        <source>{vm}: {power_state}</source>
        <translation>{vm}: {power_state}</translation>
    </message>
    <message>
        <source>changes only if the on-premises VM still exists, otherwise a {full}</source>
        <translation>オンプレミスの VM がまだ存在する場合は変更分のみ、存在しない場合は {full}</translation>
    </message>
    <message>
        <source>changes only</source>
        <translation>変更分のみ</translation>
    </message>
    <message>
        <source>{item}: {location}, {disks} disk(s): {estimate}</source>
        <translation>{item}: {location}、ディスク {disks} 個: {estimate}</translation>
    </message>
    <message>
        <source>every VM of plan {plan}</source>
        <translation>復旧計画 {plan} のすべての VM</translation>
    </message>
    <message>
        <source>plan {plan}: {item_ids} VM(s), {count} with values</source>
        <translation>計画 {plan}: VM {item_ids} 台、値があるもの {count} 台</translation>
    </message>
    <message>
        <source>replication group {group}: {names}</source>
        <translation>レプリケーション グループ {group}: {names}</translation>
    </message>
    <message>
        <source>original location</source>
        <translation>元の場所</translation>
    </message>
    <message>
        <source>alternate location</source>
        <translation>別の場所</translation>
    </message>
    <message>
        <source>location not known</source>
        <translation>場所は不明</translation>
    </message>
    <message>
        <source>Data to send back: {estimate}; no duration can be promised.</source>
        <translation>戻すデータ: {estimate}。所要時間は約束できません。</translation>
    </message>
    <message>
        <source>the VM</source>
        <translation>この VM</translation>
    </message>
    <message>
        <source>every VM</source>
        <translation>すべての VM</translation>
    </message>
    <message>
        <source>Failback (the next step) needs at least one recovery point for {scope}.</source>
        <translation>フェールバック (次の手順) には、{scope} に少なくとも 1 つの復旧ポイントが必要です。</translation>
    </message>
    <message>
        <source>Can&apos;t check the on-premises VM&apos;s power state: {why}.</source>
        <translation>オンプレミス VM の電源状態をチェックできません: {why}。</translation>
    </message>
    <message>
        <source>The on-premises VM is powered on; reprotect powers it off. Don&apos;t power it on afterwards.</source>
        <translation>オンプレミスの VM の電源がオンです。再保護で電源がオフになります。その後、電源をオンにしないでください。</translation>
    </message>
    <message>
        <source>The on-premises VM is powered off.</source>
        <translation>オンプレミスの VM の電源はオフです。</translation>
    </message>
    <message>
        <source>A job is already running on this VM: the wizard follows it instead of submitting again.</source>
        <translation>この VM ではジョブが既に実行中です: ウィザードは再送信せず、そのジョブを追跡します。</translation>
    </message>
    <message>
        <source>The job will be followed until it ends; then failback (plan the downtime).</source>
        <translation>ジョブは終了まで追跡されます。その後フェールバックします (ダウンタイムを計画してください)。</translation>
    </message>
    <message>
        <source>After failback this Linux VM&apos;s static IP comes back as DHCP; set it again by hand.</source>
        <translation>フェールバック後、この Linux VM の静的 IP は DHCP に戻ります。手動で再設定してください。</translation>
    </message>
    <message>
        <source>Windows VMs keep their static IP.</source>
        <translation>Windows VM は静的 IP を保持します。</translation>
    </message>
    <message>
        <source>{requests} VM(s) being reprotected</source>
        <translation>再保護する VM {requests} 台</translation>
    </message>
    <message>
        <source>Every VM of the plan needs its values; missing: {missing}.</source>
        <translation>計画のすべての VM に値が必要です。不足: {missing}。</translation>
    </message>
    <message>
        <source>The plan&apos;s VMs are reprotected one by one (the plan-level API no longer works) and their jobs followed together.</source>
        <translation>計画の VM は 1 台ずつ再保護され (計画単位の API は機能しなくなりました)、そのジョブはまとめて追跡されます。</translation>
    </message>
    <message>
        <source>Single VMs, not in a replication group.</source>
        <translation>単独の VM で、レプリケーション グループに属していません。</translation>
    </message>
    <message>
        <source>Replication group {group} can only be reprotected through a recovery plan.</source>
        <translation>レプリケーション グループ {group} は復旧計画を通してのみ再保護できます。</translation>
    </message>
    <message>
        <source>{item}: running job {running_job_id}</source>
        <translation>{item}: 実行中のジョブ {running_job_id}</translation>
    </message>
    <message>
        <source>{item}: no job running</source>
        <translation>{item}: 実行中のジョブなし</translation>
    </message>
    <message>
        <source>failback</source>
        <translation>フェールバック</translation>
    </message>
    <message>
        <source>missing: {missing}</source>
        <translation>不足: {missing}</translation>
    </message>
    <message>
        <source>{count} VM(s), none in a replication group</source>
        <translation>VM {count} 台、いずれもレプリケーション グループに属していません</translation>
    </message>
    <message>
        <source>Replication group {group} is only partly in the reprotect: {left_out} left out.</source>
        <translation>レプリケーション グループ {group} は一部しか再保護に含まれていません: {left_out} が除外されています。</translation>
    </message>
    <message>
        <source>All of replication group {group} is reprotected together.</source>
        <translation>レプリケーション グループ {group} はすべてまとめて再保護されます。</translation>
    </message>
    <message>
        <source>mixes classic items ({classic}: master target) and modernized items ({modern}: replication appliance). Reprotect them one by one: choose &apos;A virtual machine&apos; above, or split the plan by replication experience.</source>
        <translation>クラシックのアイテム ({classic}: マスター ターゲット サーバー) と最新のエクスペリエンスのアイテム ({modern}: レプリケーション アプライアンス) が混在しています。1 つずつ再保護してください: 上の「仮想マシン」を選択するか、レプリケーション エクスペリエンスごとに計画を分けてください。</translation>
    </message>
    <message>
        <source>reprotect recovery plan {plan} instead</source>
        <translation>代わりに復旧計画 {plan} を再保護してください</translation>
    </message>
    <message>
        <source>create a recovery plan with {members} in the portal, then reprotect that plan</source>
        <translation>ポータルで {members} を含む復旧計画を作成し、その計画を再保護してください</translation>
    </message>
    <message>
        <source>In replication group {group} ({members}), which can only be reprotected through a recovery plan: {way}.</source>
        <translation>レプリケーション グループ {group} ({members}) に属しており、復旧計画を通してのみ再保護できます: {way}。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>No usable retention drive on {mt} ({refresh}); {why}.</source>
        <translation>{mt} に使用できるリテンション ドライブがありません ({refresh})。{why}。</translation>
    </message>
    <message>
        <source>replication group {group}: {members}</source>
        <translation>レプリケーション グループ {group}: {members}</translation>
    </message>
    <message>
        <source>The datastore page would be empty for {mt} (host {host}): {reason}</source>
        <translation>{mt} (ホスト {host}) ではデータストアのページが空になります: {reason}</translation>
    </message>
    <message>
        <source>on-premises VM {locator} is not in vCenter</source>
        <translation>オンプレミスの VM {locator} は vCenter にありません</translation>
    </message>
    <message>
        <source>{what}: {count} can be chosen</source>
        <translation>{what}: {count} 件を選択できます</translation>
    </message>
    <message>
        <source>{mt}: {reason}</source>
        <translation>{mt}: {reason}</translation>
    </message>
    <message>
        <source>The vault has no master target; the VMs need a {os_types} one.</source>
        <translation>コンテナーにマスター ターゲット サーバーがありません。VM には {os_types} のものが必要です。</translation>
    </message>
    <message>
        <source>ASR lists only volumes that meet this rule: {fix}</source>
        <translation>ASR はこのルールを満たすボリュームだけを表示します: {fix}</translation>
    </message>
    <message>
        <source>The vault has no replication appliance registered.</source>
        <translation>コンテナーにレプリケーション アプライアンスが登録されていません。</translation>
    </message>
    <message>
        <source>{appliance} reaches none of the datastores holding {item} (it reaches {value}).</source>
        <translation>{appliance} は {item} を保持するどのデータストアにも到達できません (到達できるのは {value})。</translation>
    </message>
    <message>
        <source>{appliance} reports no datastore it can write.</source>
        <translation>{appliance} は書き込み可能なデータストアを 1 つも報告していません。</translation>
    </message>
    <message>
        <source>{what}: none can be chosen</source>
        <translation>{what}: 選択できるものがありません</translation>
    </message>
    <message>
        <source>{what}: {label} was taken, the first eligible of {count}</source>
        <translation>{what}: 対象となる {count} 件のうち最初の {label} を選択しました</translation>
    </message>
    <message>
        <source>process server: none can be chosen</source>
        <translation>プロセス サーバー: 選択できるものがありません</translation>
    </message>
    <message>
        <source>{missing}: not a protected item of this vault</source>
        <translation>{missing}: このコンテナーの保護されたアイテムではありません</translation>
    </message>
    <message>
        <source>the plan has no protected items</source>
        <translation>計画に保護されたアイテムがありません</translation>
    </message>
    <message>
        <source>The cause can&apos;t be narrowed down: {why}.</source>
        <translation>原因を絞り込めません: {why}。</translation>
    </message>
    <message>
        <source>Connect to vCenter to see the host&apos;s datastores.</source>
        <translation>ホストのデータストアを表示するには vCenter に接続してください。</translation>
    </message>
    <message>
        <source>{item} was not mapped to a vCenter VM</source>
        <translation>{item} は vCenter の VM に対応付けられていません</translation>
    </message>
    <message>
        <source>log storage account: none is in use yet</source>
        <translation>ログ ストレージ アカウント: まだ使用中のものはありません</translation>
    </message>
    <message>
        <source>retention drive for {item}</source>
        <translation>{item} のリテンション ドライブ</translation>
    </message>
    <message>
        <source>{item}: {reason}</source>
        <translation>{item}: {reason}</translation>
    </message>
    <message>
        <source>mixes Windows and Linux VMs ({names}); one MT can&apos;t serve both</source>
        <translation>Windows と Linux の VM が混在しています ({names})。1 つのマスター ターゲット サーバーで両方は扱えません</translation>
    </message>
    <message>
        <source>replication group {group} is only partly in this plan: {names} left out</source>
        <translation>レプリケーション グループ {group} の一部しかこの計画に含まれていません: {names} が含まれていません</translation>
    </message>
    <message>
        <source>datastore for {item}: none can be chosen</source>
        <translation>{item} のデータストア: 選択できるものがありません</translation>
    </message>
    <message>
        <source>send the log file {file} (the “Open log folder” button shows it) to your administrator</source>
        <translation>ログ ファイル {file} ([ログ フォルダーを開く] ボタンで表示されます) を管理者に送ってください</translation>
    </message>
    <message>
        <source>The certificate of vCenter {host} is not trusted by this computer ({reason}).</source>
        <translation>vCenter {host} の証明書はこのコンピューターで信頼されていません ({reason})。</translation>
    </message>
    <message>
        <source>Compare its SHA-256 thumbprint with the one your vCenter administrator gives you ({format_thumbprint}); trust it only if they match.</source>
        <translation>その SHA-256 拇印を vCenter 管理者から伝えられた拇印 ({format_thumbprint}) と比較し、一致する場合にのみ信頼してください。</translation>
    </message>
    <message>
        <source>The certificate of vCenter {host} has changed since you trusted it. Someone may be intercepting the connection; nothing was sent.</source>
        <translation>vCenter {host} の証明書が、信頼した後に変更されています。接続が傍受されている可能性があります。何も送信されていません。</translation>
    </message>
    <message>
        <source>Do not continue unless your vCenter administrator confirms the certificate was replaced and its SHA-256 thumbprint is {format_thumbprint}; then trust the new certificate.</source>
        <translation>vCenter 管理者が証明書の置き換えと SHA-256 拇印 {format_thumbprint} を確認しない限り、続行しないでください。確認できたら新しい証明書を信頼してください。</translation>
    </message>
    <message>
        <source>&apos;{recovery_point}&apos; is not a {flow} {scope} recovery point (one of {choices})</source>
        <translation>&apos;{recovery_point}&apos; は {flow} の {scope} の復旧ポイントではありません ({choices} のいずれか)</translation>
    </message>
    <message>
        <source>a recovery point id goes with Custom, and only with Custom (FB-03)</source>
        <translation>復旧ポイント ID は Custom の場合に限り指定します (FB-03)</translation>
    </message>
    <message>
        <source>only a modernized planned failover can be cancelled (FB-12)</source>
        <translation>キャンセルできるのは最新のエクスペリエンスの計画されたフェールオーバーだけです (FB-12)</translation>
    </message>
    <message>
        <source>a process server and a policy are required to protect to Azure again (REV-03/04)</source>
        <translation>Azure に再度保護するには、プロセス サーバーとポリシーが必要です (REV-03/04)</translation>
    </message>
    <message>
        <source>a classic reprotect to Azure needs the run-as account (REV-03, P5: mandatory)</source>
        <translation>クラシックの Azure への再保護には実行アカウントが必要です (REV-03、P5: 必須)</translation>
    </message>
    <message>
        <source>a modernized reprotect to Azure has no master target (REV-04)</source>
        <translation>最新のエクスペリエンスの Azure への再保護にはマスター ターゲット サーバーはありません (REV-04)</translation>
    </message>
    <message>
        <source>a master target</source>
        <translation>マスター ターゲット サーバー</translation>
    </message>
    <message>
        <source>a process server</source>
        <translation>プロセス サーバー</translation>
    </message>
    <message>
        <source>still to choose: a classic failback policy (INF-02)</source>
        <translation>まだ選択が必要: クラシックのフェールバック ポリシー (INF-02)</translation>
    </message>
    <message>
        <source>a datastore for {item}</source>
        <translation>{item} のデータストア</translation>
    </message>
    <message>
        <source>a retention drive for {item}</source>
        <translation>{item} のリテンション ドライブ</translation>
    </message>
    <message>
        <source>a replication appliance</source>
        <translation>レプリケーション アプライアンス</translation>
    </message>
    <message>
        <source>a log storage account</source>
        <translation>ログ ストレージ アカウント</translation>
    </message>
    <message>
        <source>{target} mixes replication providers: its failback can&apos;t be cancelled as one.</source>
        <translation>{target} はレプリケーション プロバイダーが混在しているため、フェールバックをまとめてキャンセルすることはできません。</translation>
    </message>
    <message>
        <source>{target} fails back by the classic architecture: its failback can&apos;t be cancelled.</source>
        <translation>{target} はクラシックのアーキテクチャでフェールバックします: そのフェールバックは取り消せません。</translation>
    </message>
    <message>
        <source>Cancel failover is offered.</source>
        <translation>フェールオーバーの取り消しを実行できます。</translation>
    </message>
    <message>
        <source>{vm} does not offer Cancel failover now.</source>
        <translation>{vm} では現在フェールオーバーの取り消しを実行できません。</translation>
    </message>
    <message>
        <source>{target} does not offer Cancel failover now.</source>
        <translation>{target} では現在フェールオーバーの取り消しを実行できません。</translation>
    </message>
    <message>
        <source>Reprotect (Azure → on-premises)</source>
        <translation>再保護 (Azure → オンプレミス)</translation>
    </message>
    <message>
        <source>Ready for failback (RDY-)</source>
        <translation>フェールバックの準備完了 (RDY-)</translation>
    </message>
    <message>
        <source>Failback (FB-)</source>
        <translation>フェールバック (FB-)</translation>
    </message>
    <message>
        <source>Cancel of the failback (FB-12)</source>
        <translation>フェールバックの取り消し (FB-12)</translation>
    </message>
    <message>
        <source>Commit (CMT-)</source>
        <translation>コミット (CMT-)</translation>
    </message>
    <message>
        <source>Protected to Azure again (REV-)</source>
        <translation>Azure への再保護完了 (REV-)</translation>
    </message>
    <message>
        <source>Operation (FB-01)</source>
        <translation>操作 (FB-01)</translation>
    </message>
    <message>
        <source>Direction (FB-02)</source>
        <translation>方向 (FB-02)</translation>
    </message>
    <message>
        <source>Recovery point (FB-03/FB-04)</source>
        <translation>復旧ポイント (FB-03/FB-04)</translation>
    </message>
    <message>
        <source>Chosen recovery point (FB-03)</source>
        <translation>選択した復旧ポイント (FB-03)</translation>
    </message>
    <message>
        <source>Multi-VM sync point (FB-04)</source>
        <translation>マルチ VM 同期ポイント (FB-04)</translation>
    </message>
    <message>
        <source>Shut the Azure VM down first (FB-05)</source>
        <translation>先に Azure VM をシャットダウン (FB-05)</translation>
    </message>
    <message>
        <source>Process server (REV-03/REV-04)</source>
        <translation>プロセス サーバー (REV-03/REV-04)</translation>
    </message>
    <message>
        <source>Master target (REV-03)</source>
        <translation>マスター ターゲット サーバー (REV-03)</translation>
    </message>
    <message>
        <source>Replication policy (REV-03/REV-04)</source>
        <translation>レプリケーション ポリシー (REV-03/REV-04)</translation>
    </message>
    <message>
        <source>Run-as account (REV-03/REV-04)</source>
        <translation>実行アカウント (REV-03/REV-04)</translation>
    </message>
    <message>
        <source>FB-05: the downtime window and users off the application</source>
        <translation>FB-05: ダウンタイムの時間帯を確保し、ユーザーはアプリケーションを使用していない</translation>
    </message>
    <message>
        <source>FB-10: a classic failback can be neither cancelled nor retried</source>
        <translation>FB-10: クラシックのフェールバックは取り消しも再試行もできない</translation>
    </message>
    <message>
        <source>CMT-02: the application works on-premises</source>
        <translation>CMT-02: アプリケーションはオンプレミスで動作している</translation>
    </message>
    <message>
        <source>CMT-01: commit deletes the failed-over Azure VM, and can&apos;t be undone</source>
        <translation>CMT-01: コミットするとフェールオーバーされた Azure VM が削除され、元に戻せない</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Not ready yet</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Journey of {subject}</source>
        <translation>{subject} の経過</translation>
    </message>
    <message>
        <source>Failback journey of {subject}: reached “{stage}”.</source>
        <translation>{subject} のフェールバックの経過: 「{stage}」まで到達しました。</translation>
    </message>
    <message>
        <source>Failback journey: reprotect → ready → failback → commit → protected to Azure</source>
        <translation>フェールバックの経過: 再保護 → 準備完了 → フェールバック → コミット → Azure への再保護</translation>
    </message>
    <message>
        <source>{count} × {status}</source>
        <translation>{status} {count} 件</translation>
    </message>
    <message>
        <source>The {stage} was still running when the report was made.</source>
        <translation>レポートの作成時点で「{stage}」はまだ実行中でした。</translation>
    </message>
    <message>
        <source>Next step: read the failback job&apos;s error, fix its cause and fail back again when ASR offers it (FB-10: a classic failback can&apos;t be cancelled).</source>
        <translation>次の手順: フェールバック ジョブのエラーを読み、原因を修正してから、ASR で実行できるようになったら再度フェールバックしてください (FB-10: クラシックのフェールバックは取り消せません)。</translation>
    </message>
    <message>
        <source>Next step: fix the cause of the failed {stage} (see its error), then run it again.</source>
        <translation>次の手順: 失敗した「{stage}」の原因を修正し (エラーを参照)、もう一度実行してください。</translation>
    </message>
    <message>
        <source>The journey is complete: the VMs replicate to Azure again. Review each VM&apos;s compute and network settings in Azure before the next failover (REV-06), and remove the Azure resources added after failover (CMT-07).</source>
        <translation>経過は完了しました: VM は再び Azure にレプリケートされています。次のフェールオーバーの前に Azure で各 VM のコンピューティングとネットワークの設定を確認し (REV-06)、フェールオーバー後に追加した Azure リソースを削除してください (CMT-07)。</translation>
    </message>
    <message>
        <source>Next step: the VMs run on-premises without protection: protect them to Azure again (CMT-07, REV-01).</source>
        <translation>次の手順: VM は保護されないままオンプレミスで稼働しています。Azure への再保護を行ってください (CMT-07、REV-01)。</translation>
    </message>
    <message>
        <source>Next step: check each on-premises VM in vCenter (powered on, VMware Tools running, an IP address; FB-13), confirm that the application works (CMT-02), then commit (CMT-01).</source>
        <translation>次の手順: vCenter で各オンプレミス VM を確認し (電源オン、VMware Tools 実行中、IP アドレスあり。FB-13)、アプリケーションが動作することを確認してから (CMT-02)、コミットしてください (CMT-01)。</translation>
    </message>
    <message>
        <source>Next step: the failback was cancelled and the Azure VM runs again: fail back again when ready.</source>
        <translation>次の手順: フェールバックは取り消され、Azure VM が再び稼働しています。準備ができたら再度フェールバックしてください。</translation>
    </message>
    <message>
        <source>Failback journey of {subject}: no step has succeeded yet.</source>
        <translation>{subject} のフェールバックの経過: まだ成功した手順はありません。</translation>
    </message>
    <message>
        <source>{name} ({health})</source>
        <translation>{name} ({health})</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Next step: cancel the failed failback (FB-12), then fail back again. Never disable protection (FB-11).</source>
        <translation>次の手順: 失敗したフェールバックを取り消し (FB-12)、再度フェールバックしてください。保護の無効化は絶対に行わないでください (FB-11)。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>VM / plan</source>
        <translation>VM / 計画</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Choices and checks</source>
        <translation>選択内容とチェック</translation>
    </message>
    <message>
        <source>{stage} — {subject}, job {job}: {outcome}</source>
        <translation>{stage} — {subject}、ジョブ {job}: {outcome}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>Checks: {checks}</source>
        <translation>チェック: {checks}</translation>
    </message>
    <message>
        <source>Job {job}</source>
        <translation>ジョブ {job}</translation>
    </message>
    <message>
        <source>{check} (accepted): {finding}</source>
        <translation>{check} (承認済み): {finding}</translation>
    </message>
    <message>
        <source>Not reached yet</source>
        <translation>未到達</translation>
    </message>
    <message>
        <source>{name} was not found in vCenter by UUID, name or IP address.</source>
        <translation>{name} は UUID、名前、IP アドレスのいずれでも vCenter に見つかりませんでした。</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>; found by {found_by}</source>
        <translation>。{found_by} で検出</translation>
    </message>
    <message>
        <source>{name} is vCenter VM {vm} (matched by {matched_by}{found}).</source>
        <translation>{name} は vCenter の VM {vm} です ({matched_by} で一致{found})。</translation>
    </message>
    <message>
        <source>{name} matches several vCenter VMs by {matched_by} ({listed}); the wizard will not guess which one.</source>
        <translation>{name} は {matched_by} で vCenter の複数の VM ({listed}) に一致します。ウィザードはどれかを推測しません。</translation>
    </message>
    <message>
        <source>{first} and {rest}</source>
        <translation>{first}、{rest}</translation>
    </message>
    <message>
        <source>{check}: {reason}</source>
        <translation>{check}: {reason}</translation>
    </message>
    <message>
        <source>SUB-01: keep the on-premises VMs powered off. ASR powered them off for the reprotect; starting one now would corrupt its disks or break replication.</source>
        <translation>SUB-01: オンプレミスの VM の電源はオフのままにしてください。ASR が再保護のために電源をオフにしました。今電源をオンにすると、ディスクが破損するか、レプリケーションが中断されます。</translation>
    </message>
    <message>
        <source>SUB-04: after failback, Linux VMs come back with DHCP instead of their static IP addresses; set the static addresses again by hand.</source>
        <translation>SUB-04: フェールバック後、Linux VM は静的 IP アドレスではなく DHCP で戻ります。静的アドレスを手動で再設定してください。</translation>
    </message>
    <message>
        <source>SUB-06: failback needs at least one recovery point for every VM; wait until one exists.</source>
        <translation>SUB-06: フェールバックには、すべての VM に少なくとも 1 つの復旧ポイントが必要です。復旧ポイントができるまでお待ちください。</translation>
    </message>
    <message>
        <source>Next step: failback (planned failover to on-premises) once every VM shows a recovery point. It shuts the Azure VMs down: plan the downtime (SUB-03).</source>
        <translation>次の手順: すべての VM に復旧ポイントが表示されたら、フェールバック (オンプレミスへの計画されたフェールオーバー) を実行します。Azure VM はシャットダウンされるため、ダウンタイムを計画してください (SUB-03)。</translation>
    </message>
    <message>
        <source>Next step: fix the cause of each failed job (see its error and the linked check), then run the reprotect again for those VMs.</source>
        <translation>次の手順: 失敗した各ジョブの原因を修正し (エラーと関連するチェックを参照)、それらの VM の再保護をもう一度実行してください。</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Unknown (could not be checked)</source>
        <translation>不明 (チェックできませんでした)</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>{count} blocks</source>
        <translation>ブロック {count} 件</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>警告 {count} 件</translation>
    </message>
    <message>
        <source>{count} unknown (could not be checked)</source>
        <translation>不明 (チェック不可) {count} 件</translation>
    </message>
    <message>
        <source>{count} information</source>
        <translation>情報 {count} 件</translation>
    </message>
    <message>
        <source>{count} passed</source>
        <translation>合格 {count} 件</translation>
    </message>
    <message>
        <source>must be fixed before reprotect</source>
        <translation>再保護の前に修正が必要です</translation>
    </message>
    <message>
        <source>accept them to go on</source>
        <translation>続行するには承諾してください</translation>
    </message>
    <message>
        <source>{failed} of {total} reprotect(s) did not succeed.</source>
        <translation>{total} 件中 {failed} 件の再保護が成功しませんでした。</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>Datastore</source>
        <translation>データストア</translation>
    </message>
    <message>
        <source>Retention drive</source>
        <translation>リテンション ドライブ</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>Ready for failback?</source>
        <translation>フェールバックの準備</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>時点</translation>
    </message>
    <message>
        <source>Known cause (SUB-07, check {check}): {cause} Fix: {fix}</source>
        <translation>既知の原因 (SUB-07、チェック {check}): {cause} 対処方法: {fix}</translation>
    </message>
    <message>
        <source>In progress when the report was made ({total} VM(s)).</source>
        <translation>レポート作成時点で進行中です (VM {total} 台)。</translation>
    </message>
    <message>
        <source>Reprotect succeeded for {total} VM(s).</source>
        <translation>VM {total} 台の再保護が成功しました。</translation>
    </message>
    <message>
        <source>{count} ({total} GB)</source>
        <translation>{count} 個 ({total} GB)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>accepted by the operator</source>
        <translation>オペレーターが承諾済み</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>所見</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>承諾</translation>
    </message>
    <message>
        <source>Master target</source>
        <translation>マスター ターゲット サーバー</translation>
    </message>
    <message>
        <source>{name} (ESXi host {host})</source>
        <translation>{name} (ESXi ホスト {host})</translation>
    </message>
    <message>
        <source>Process server</source>
        <translation>プロセス サーバー</translation>
    </message>
    <message>
        <source>{name} ({location})</source>
        <translation>{name} ({location})</translation>
    </message>
    <message>
        <source>Run-as account</source>
        <translation>実行アカウント</translation>
    </message>
    <message>
        <source>Failback policy</source>
        <translation>フェールバック ポリシー</translation>
    </message>
    <message>
        <source>{name}: RPO threshold {rpo} min, recovery points kept {history} min, app-consistent every {app_consistent} min</source>
        <translation>{name}: RPO しきい値 {rpo} 分、復旧ポイントのリテンション期間 {history} 分、アプリケーションの整合性 {app_consistent} 分ごと</translation>
    </message>
    <message>
        <source>{vm} — job {job}: {outcome}</source>
        <translation>{vm} — ジョブ {job}: {outcome}</translation>
    </message>
    <message>
        <source>Started {started}, ended {ended}, took {took}.</source>
        <translation>開始 {started}、終了 {ended}、所要時間 {took}。</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Error {code}:</source>
        <translation>エラー {code}:</translation>
    </message>
    <message>
        <source>Reprotect drill report — {subject}</source>
        <translation>再保護訓練レポート — {subject}</translation>
    </message>
    <message>
        <source>Reprotect drill report: {subject}</source>
        <translation>再保護訓練レポート: {subject}</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>送信日時</translation>
    </message>
    <message>
        <source>Azure operator</source>
        <translation>Azure のオペレーター</translation>
    </message>
    <message>
        <source>vCenter user</source>
        <translation>vCenter のユーザー</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>コンテナー</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Azure → on-premises</source>
        <translation>Azure → オンプレミス</translation>
    </message>
    <message>
        <source>Choices per VM</source>
        <translation>VM ごとの選択</translation>
    </message>
    <message>
        <source>Preflight checks</source>
        <translation>事前チェック</translation>
    </message>
    <message>
        <source>Jobs and timeline</source>
        <translation>ジョブとタイムライン</translation>
    </message>
    <message>
        <source>After the job</source>
        <translation>ジョブの後</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>次の手順</translation>
    </message>
    <message>
        <source>Disk brought back</source>
        <translation>戻すディスク</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>No checks recorded.</source>
        <translation>チェックの記録はありません。</translation>
    </message>
    <message>
        <source>Passed: {ids}</source>
        <translation>合格: {ids}</translation>
    </message>
    <message>
        <source>No task timings were recorded.</source>
        <translation>タスクの時間は記録されていません。</translation>
    </message>
    <message>
        <source>Possible causes (ASR): {causes}</source>
        <translation>考えられる原因 (ASR): {causes}</translation>
    </message>
    <message>
        <source>Recommended action (ASR): {action}</source>
        <translation>推奨される操作 (ASR): {action}</translation>
    </message>
    <message>
        <source>TRAINING ESTATE</source>
        <translation>トレーニング環境</translation>
    </message>
    <message>
        <source>nothing real was changed.</source>
        <translation>実環境は何も変更されていません。</translation>
    </message>
    <message>
        <source>Recovery plan</source>
        <translation>復旧計画</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>{vm}: not started.</source>
        <translation>{vm}: 開始されませんでした。</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Azure accepted the reprotect of {vm} without a tracking address, and no job showed on the item within {minutes} min. Open the vault&apos;s Site Recovery jobs in the Azure portal and look for a reprotect of {vm}; if there is none, run the wizard again.</source>
        <translation>Azure は {vm} の再保護を追跡先アドレスなしで受け付け、{minutes} 分以内にアイテムにジョブが表示されませんでした。Azure portal でコンテナーの Site Recovery ジョブを開き、{vm} の再保護を探してください。なければ、ウィザードをもう一度実行してください。</translation>
    </message>
    <message>
        <source>VMs of one replication experience (classic and modernized can&apos;t be mixed)</source>
        <translation>同じレプリケーション エクスペリエンスの VM (クラシックと最新は混在できません)</translation>
    </message>
    <message>
        <source>VMs replicated from VMware or physical servers to Azure (ELIG-08)</source>
        <translation>VMware または物理サーバーから Azure にレプリケートされた VM (ELIG-08)</translation>
    </message>
    <message>
        <source>The service principal certificate file is not chosen.</source>
        <translation>サービス プリンシパルの証明書ファイルが選択されていません。</translation>
    </message>
    <message>
        <source>Choose the certificate (PEM or PKCS#12 with its private key) in the Azure sign-in dialog.</source>
        <translation>Azure のサインイン ダイアログで証明書 (秘密キーを含む PEM または PKCS#12) を選択してください。</translation>
    </message>
    <message>
        <source>A service principal needs both the tenant id and the application (client) id.</source>
        <translation>サービス プリンシパルにはテナント ID とアプリケーション (クライアント) ID の両方が必要です。</translation>
    </message>
    <message>
        <source>Enter both in the Azure sign-in dialog.</source>
        <translation>Azure のサインイン ダイアログで両方を入力してください。</translation>
    </message>
    <message>
        <source>No client secret is stored for the application {client} in the tenant {tenant}.</source>
        <translation>テナント {tenant} のアプリケーション {client} のクライアント シークレットが保存されていません。</translation>
    </message>
    <message>
        <source>Enter the client secret in the Azure sign-in dialog; it is kept in the system keyring.</source>
        <translation>Azure のサインイン ダイアログでクライアント シークレットを入力してください。システムのキーリングに保存されます。</translation>
    </message>
    <message>
        <source>The certificate {path} could not be used: {error}.</source>
        <translation>証明書 {path} を使用できませんでした: {error}。</translation>
    </message>
    <message>
        <source>Choose a readable PEM or PKCS#12 file that holds the private key (and its password, if any).</source>
        <translation>秘密キー (とパスワードがあればそれも) を含む、読み取り可能な PEM または PKCS#12 ファイルを選択してください。</translation>
    </message>
    <message>
        <source>list your Azure subscriptions</source>
        <translation>Azure サブスクリプションの一覧表示</translation>
    </message>
    <message>
        <source>list the Recovery Services vaults of the subscription</source>
        <translation>サブスクリプションの Recovery Services コンテナーの一覧表示</translation>
    </message>
    <message>
        <source>Signing in and listing subscriptions…</source>
        <translation>サインインしてサブスクリプションを一覧表示しています…</translation>
    </message>
    <message>
        <source>Subscriptions listed</source>
        <translation>サブスクリプションを一覧表示しました</translation>
    </message>
    <message>
        <source>Listing Recovery Services vaults…</source>
        <translation>Recovery Services コンテナーを一覧表示しています…</translation>
    </message>
    <message>
        <source>Vaults listed</source>
        <translation>コンテナーを一覧表示しました</translation>
    </message>
    <message>
        <source>Talking to Azure failed while the wizard tried to {doing}.</source>
        <translation>ウィザードが{doing}を試みている間に Azure との通信に失敗しました。</translation>
    </message>
    <message>
        <source>Azure answered, but with data the wizard could not read, while it tried to {doing}.</source>
        <translation>ウィザードが{doing}を試みている間に、Azure から読み取れないデータが返されました。</translation>
    </message>
    <message>
        <source>Press Retry; if it happens again, {send_the_log}.</source>
        <translation>[再試行] を押してください。再び発生する場合は、{send_the_log}。</translation>
    </message>
    <message>
        <source>Azure refused to {doing}: {message} ({value}).</source>
        <translation>Azure は{doing}を拒否しました: {message} ({value})。</translation>
    </message>
    <message>
        <source>Correct what the message names, then try again.</source>
        <translation>メッセージが示す内容を修正してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Site Recovery Reader</source>
        <translation>Site Recovery 閲覧者</translation>
    </message>
    <message>
        <source>Site Recovery Operator</source>
        <translation>Site Recovery オペレーター</translation>
    </message>
    <message>
        <source> (it lacks &apos;{action}&apos;)</source>
        <translation> (&apos;{action}&apos; の権限がありません)</translation>
    </message>
    <message>
        <source>Your Azure account may not {doing} on {where}{missing}.</source>
        <translation>お使いの Azure アカウントには、{where} で{doing}を行う権限がありません{missing}。</translation>
    </message>
    <message>
        <source>Ask an owner to give your account the {role} role (or Contributor) on {where}, then sign in again and press Retry.</source>
        <translation>所有者に依頼して、{where} でアカウントに {role} ロール (または共同作成者) を割り当ててもらい、もう一度サインインして [再試行] を押してください。</translation>
    </message>
    <message>
        <source>the vault {value}</source>
        <translation>コンテナー {value}</translation>
    </message>
    <message>
        <source>the resource group {value}</source>
        <translation>リソース グループ {value}</translation>
    </message>
    <message>
        <source>the subscription {value}</source>
        <translation>サブスクリプション {value}</translation>
    </message>
    <message>
        <source>Azure could not find what the wizard needed to {doing}: {message}</source>
        <translation>ウィザードが{doing}に必要なものを Azure が見つけられませんでした: {message}</translation>
    </message>
    <message>
        <source>Reload the vault and try again.</source>
        <translation>コンテナーを再読み込みしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The wizard could not reach Azure to {doing}.</source>
        <translation>ウィザードは{doing}のために Azure に到達できませんでした。</translation>
    </message>
    <message>
        <source>Signing in to Azure failed; Azure gave no reason.</source>
        <translation>Azure へのサインインに失敗しました。Azure から理由は示されませんでした。</translation>
    </message>
    <message>
        <source>Signing in to Azure failed. Azure&apos;s own words: “{reason}”</source>
        <translation>Azure へのサインインに失敗しました。Azure の原文: “{reason}”</translation>
    </message>
    <message>
        <source>Check the sign-in method, tenant and account in the Azure sign-in dialog, then try again.</source>
        <translation>Azure サインイン ダイアログでサインイン方法、テナント、アカウントを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>the Azure sign-in or management address</source>
        <translation>Azure のサインインまたは管理用のアドレス</translation>
    </message>
    <message>
        <source>A proxy or firewall between this computer and Azure{to} answered HTTP {status}{reason} instead of Azure while the wizard tried to {doing}.</source>
        <translation>ウィザードが{doing}を試みている間に、このコンピューターと Azure{to} の間のプロキシまたはファイアウォールが、Azure の代わりに HTTP {status}{reason} を返しました。</translation>
    </message>
    <message>
        <source>Ask your network team to let this computer reach Azure Resource Manager through the proxy or firewall (the details below show its page), then press Retry.</source>
        <translation>このコンピューターがプロキシまたはファイアウォール経由で Azure Resource Manager に到達できるよう、ネットワーク チームに依頼してから (その応答ページは下の詳細に表示されます)、[再試行] を押してください。</translation>
    </message>
    <message>
        <source>Azure no longer accepts your sign-in, so the wizard could not {doing}.</source>
        <translation>Azure がサインインを受け付けなくなったため、ウィザードは{doing}を行えませんでした。</translation>
    </message>
    <message>
        <source>Sign in to Azure again, then press Retry; nothing you entered is lost.</source>
        <translation>Azure にもう一度サインインしてから [再試行] を押してください。入力した内容は失われません。</translation>
    </message>
    <message>
        <source>Azure did not answer in time (the connection dropped or timed out) while the wizard tried to {doing}.</source>
        <translation>ウィザードが{doing}を試みている間に、Azure が時間内に応答しませんでした (接続の切断またはタイムアウト)。</translation>
    </message>
    <message>
        <source>Azure is limiting how many requests the wizard may send (throttled) while it tried to {doing}.</source>
        <translation>ウィザードが{doing}を試みている間に、Azure が送信できる要求の数を制限しました (スロットル)。</translation>
    </message>
    <message>
        <source>Wait a minute, then press Retry; nothing you entered is lost.</source>
        <translation>1 分待ってから [再試行] を押してください。入力した内容は失われません。</translation>
    </message>
    <message>
        <source>Azure Site Recovery kept failing (HTTP {status}) while the wizard tried to {doing}.</source>
        <translation>ウィザードが{doing}を試みている間に、Azure Site Recovery でエラーが続きました (HTTP {status})。</translation>
    </message>
    <message>
        <source>Wait a few minutes and press Retry; check https://status.azure.com if it goes on.</source>
        <translation>数分待ってから [再試行] を押してください。続く場合は https://status.azure.com を確認してください。</translation>
    </message>
    <message>
        <source>the vault {vault}</source>
        <translation>コンテナー {vault}</translation>
    </message>
    <message>
        <source>the subscription</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <source>The Azure subscription was not found, or your account cannot see it.</source>
        <translation>Azure サブスクリプションが見つからないか、お使いのアカウントから参照できません。</translation>
    </message>
    <message>
        <source>Choose the subscription and vault again in the Azure sign-in dialog.</source>
        <translation>Azure サインイン ダイアログでサブスクリプションとコンテナーを選択し直してください。</translation>
    </message>
    <message>
        <source>The Recovery Services vault {vault} was not found: it was deleted, moved, or is in another subscription or resource group.</source>
        <translation>Recovery Services コンテナー {vault} が見つかりませんでした: 削除または移動されたか、別のサブスクリプションまたはリソース グループにあります。</translation>
    </message>
    <message>
        <source>Choose the vault again in the Azure sign-in dialog.</source>
        <translation>Azure サインイン ダイアログでコンテナーを選択し直してください。</translation>
    </message>
    <message>
        <source>The wizard could not {doing}: the certificate Azure presented could not be verified.</source>
        <translation>ウィザードは{doing}を行えませんでした: Azure が提示した証明書を検証できませんでした。</translation>
    </message>
    <message>
        <source>A proxy that inspects TLS must be trusted by this computer; ask your network team, then press Retry.</source>
        <translation>TLS を検査するプロキシは、このコンピューターで信頼されている必要があります。ネットワーク チームに確認してから [再試行] を押してください。</translation>
    </message>
    <message>
        <source>The wizard could not {doing}: {sentence}</source>
        <translation>ウィザードは{doing}を行えませんでした: {sentence}</translation>
    </message>
    <message>
        <source>Signing in to Azure failed: {sentence}</source>
        <translation>Azure へのサインインに失敗しました: {sentence}</translation>
    </message>
    <message>
        <source>the proxy this computer is set to use ({where}) could not be reached or refused the connection.</source>
        <translation>このコンピューターが使用するよう設定されたプロキシ ({where}) に到達できないか、接続が拒否されました。</translation>
    </message>
    <message>
        <source>Check the proxy settings (HTTPS_PROXY, the system proxy) with your network team, then try again.</source>
        <translation>ネットワーク チームと一緒にプロキシの設定 (HTTPS_PROXY、システムのプロキシ) を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>this computer could not find the address of {where} (DNS).</source>
        <translation>このコンピューターは {where} のアドレスを見つけられませんでした (DNS)。</translation>
    </message>
    <message>
        <source>Check the network connection and the DNS settings; {where} must be resolvable from this computer (ask your network team), then try again.</source>
        <translation>ネットワーク接続と DNS の設定を確認してください。{where} はこのコンピューターから名前解決できる必要があります (ネットワーク チームに確認してください)。その後、もう一度お試しください。</translation>
    </message>
    <message>
        <source>there is no network route from this computer to {where}.</source>
        <translation>このコンピューターから {where} へのネットワーク経路がありません。</translation>
    </message>
    <message>
        <source>Check the network connection (VPN, firewall, routing) with your network team, then try again.</source>
        <translation>ネットワーク チームと一緒にネットワーク接続 (VPN、ファイアウォール、ルーティング) を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{where} refused the connection.</source>
        <translation>{where} は接続を拒否しました。</translation>
    </message>
    <message>
        <source>A firewall or proxy may be blocking it; check with your network team, then try again.</source>
        <translation>ファイアウォールまたはプロキシがブロックしている可能性があります。ネットワーク チームに確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{where} did not answer in time.</source>
        <translation>{where} が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Check the network connection (VPN, proxy, firewall), then try again.</source>
        <translation>ネットワーク接続 (VPN、プロキシ、ファイアウォール) を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>failback (planned failover)</source>
        <translation>フェールバック (計画されたフェールオーバー)</translation>
    </message>
    <message>
        <source>failback (unplanned failover)</source>
        <translation>フェールバック (計画外フェールオーバー)</translation>
    </message>
    <message>
        <source>cancel of the failback</source>
        <translation>フェールバックのキャンセル</translation>
    </message>
    <message>
        <source>reprotect to Azure</source>
        <translation>Azure への再保護</translation>
    </message>
    <message>
        <source>start the {step} of {name}</source>
        <translation>{name} の{step}の開始</translation>
    </message>
    <message>
        <source>The {step} of {name} was sent, but Azure&apos;s answer named no job and none shows on it yet.</source>
        <translation>{name} の{step}は送信されましたが、Azure の応答にジョブがなく、まだ何も表示されていません。</translation>
    </message>
    <message>
        <source>Wait a minute and press Retry: the tool reads the item first and follows the job if it started, so nothing is sent twice.</source>
        <translation>1 分待ってから [再試行] を押してください。ツールは先にアイテムを読み取り、ジョブが開始されていればそれを追跡するため、二重に送信されることはありません。</translation>
    </message>
    <message>
        <source>a recovery plan&apos;s failover needs {what}</source>
        <translation>復旧計画のフェールオーバーには {what} が必要です</translation>
    </message>
    <message>
        <source>&apos;{plan_id}&apos; is not the id of a recovery plan. Nothing was sent.</source>
        <translation>&apos;{plan_id}&apos; は復旧計画の ID ではありません。何も送信されていません。</translation>
    </message>
    <message>
        <source>Reload the vault and choose the plan again.</source>
        <translation>コンテナーを再読み込みして、計画を選択し直してください。</translation>
    </message>
    <message>
        <source>read the recovery plan {name}</source>
        <translation>復旧計画 {name} の読み取り</translation>
    </message>
    <message>
        <source>read the replicated item {name}</source>
        <translation>レプリケートされたアイテム {name} の読み取り</translation>
    </message>
    <message>
        <source>Another Site Recovery operation ({scenario}) is running on {name}. Nothing was sent.</source>
        <translation>{name} では別の Site Recovery 操作 ({scenario}) が実行中です。何も送信されていません。</translation>
    </message>
    <message>
        <source>Wait for that job to end, then reload and try again.</source>
        <translation>そのジョブが終了するまで待ってから、再読み込みしてもう一度お試しください。</translation>
    </message>
    <message>
        <source>Azure Site Recovery does not allow the {step} of {name} right now (state {value}; allowed operations: {allowed}). Nothing was sent.</source>
        <translation>Azure Site Recovery は現在 {name} の{step}を許可していません (状態 {value}、許可された操作: {allowed})。何も送信されていません。</translation>
    </message>
    <message>
        <source>Reload: the step may have been done already, or the item changed state.</source>
        <translation>再読み込みしてください: この手順は既に実行されたか、アイテムの状態が変わった可能性があります。</translation>
    </message>
    <message>
        <source>Azure refused the {step} of {name}: {strip} No job was started.</source>
        <translation>Azure は {name} の{step}を拒否しました: {strip} ジョブは開始されていません。</translation>
    </message>
    <message>
        <source>Correct what the message names and submit again.</source>
        <translation>メッセージが示す内容を修正してから、もう一度送信してください。</translation>
    </message>
    <message>
        <source>a failover direction</source>
        <translation>フェールオーバーの方向</translation>
    </message>
    <message>
        <source>the source site operations</source>
        <translation>ソース サイトの操作</translation>
    </message>
    <message>
        <source>read the replicated items</source>
        <translation>レプリケートされたアイテムの読み取り</translation>
    </message>
    <message>
        <source>start the reprotect of {item_name}</source>
        <translation>{item_name} の再保護の開始</translation>
    </message>
    <message>
        <source>refresh the configuration server</source>
        <translation>構成サーバーの最新の情報への更新</translation>
    </message>
    <message>
        <source>Azure Site Recovery: reading the vault…</source>
        <translation>Azure Site Recovery: コンテナーを読み取っています…</translation>
    </message>
    <message>
        <source>connect to the vault</source>
        <translation>コンテナーへの接続</translation>
    </message>
    <message>
        <source>Azure Site Recovery: vault read</source>
        <translation>Azure Site Recovery: コンテナーを読み取りました</translation>
    </message>
    <message>
        <source>read the vault</source>
        <translation>コンテナーの読み取り</translation>
    </message>
    <message>
        <source>read the progress of the reprotect job</source>
        <translation>再保護ジョブの進行状況の読み取り</translation>
    </message>
    <message>
        <source>read the job</source>
        <translation>ジョブの読み取り</translation>
    </message>
    <message>
        <source>read the progress of the reprotect jobs</source>
        <translation>再保護ジョブの進行状況の読み取り</translation>
    </message>
    <message>
        <source>read the jobs</source>
        <translation>ジョブの読み取り</translation>
    </message>
    <message>
        <source>read the replication state of {name}</source>
        <translation>{name} のレプリケーション状態の読み取り</translation>
    </message>
    <message>
        <source>read the recovery points of {name}</source>
        <translation>{name} の復旧ポイントの読み取り</translation>
    </message>
    <message>
        <source>read the choices for protecting {name} to Azure again</source>
        <translation>{name} を Azure へ再保護するための選択肢を読み取る</translation>
    </message>
    <message>
        <source>read the journey state of {name}</source>
        <translation>{name} の経過の状態を読み取る</translation>
    </message>
    <message>
        <source>{name} is neither replicating back on-premises nor protected to Azure (provider {provider}): there is nothing to protect to Azure again. Nothing was sent.</source>
        <translation>{name} はオンプレミスへのレプリケーション中でも Azure への保護中でもありません (プロバイダー {provider}): Azure へ再保護する対象がありません。何も送信していません。</translation>
    </message>
    <message>
        <source>Reload the vault: the item may have changed.</source>
        <translation>コンテナーを再読み込みしてください: アイテムが変更された可能性があります。</translation>
    </message>
    <message>
        <source>The replicated item {name} is no longer in the vault {vault}.</source>
        <translation>レプリケートされたアイテム {name} はコンテナー {vault} にもうありません。</translation>
    </message>
    <message>
        <source>Reload the vault: it may have been disabled or removed.</source>
        <translation>コンテナーを再読み込みしてください: 無効化または削除された可能性があります。</translation>
    </message>
    <message>
        <source>read the recovery points</source>
        <translation>復旧ポイントの読み取り</translation>
    </message>
    <message>
        <source>Azure refused the reprotect of {item_name}: {strip} No job was started.</source>
        <translation>Azure は {item_name} の再保護を拒否しました: {strip} ジョブは開始されていません。</translation>
    </message>
    <message>
        <source>Correct the choice the message names and submit again.</source>
        <translation>メッセージが示す選択を修正してから、もう一度送信してください。</translation>
    </message>
    <message>
        <source>The reprotect request for {item_name} was sent, but Azure&apos;s answer was lost and no reprotect job shows on the item yet.</source>
        <translation>{item_name} の再保護要求は送信されましたが、Azure の応答が失われ、アイテムにはまだ再保護ジョブが表示されていません。</translation>
    </message>
    <message>
        <source>Wait a minute and press Retry: the wizard checks the item first and follows the job if it started, so nothing is sent twice.</source>
        <translation>1 分待ってから [再試行] を押してください。ウィザードは先にアイテムを確認し、ジョブが開始されていればそれを追跡するため、二重に送信されることはありません。</translation>
    </message>
    <message>
        <source>Asking the configuration server to refresh…</source>
        <translation>構成サーバーに最新の情報への更新を依頼しています…</translation>
    </message>
    <message>
        <source>The replicated item {item_name} no longer exists in the vault. Nothing was started.</source>
        <translation>レプリケートされたアイテム {item_name} はコンテナーにもう存在しません。何も開始されていません。</translation>
    </message>
    <message>
        <source>Reload the vault to see its current items.</source>
        <translation>コンテナーを再読み込みして、現在のアイテムを確認してください。</translation>
    </message>
    <message>
        <source>&apos;{item_id}&apos; is not the id of a replicated item.</source>
        <translation>&apos;{item_id}&apos; はレプリケートされたアイテムの ID ではありません。</translation>
    </message>
    <message>
        <source>Reload the vault and choose the item again.</source>
        <translation>コンテナーを再読み込みして、アイテムを選択し直してください。</translation>
    </message>
    <message>
        <source>read the vCenter servers known to ASR</source>
        <translation>ASR が認識している vCenter サーバーの読み取り</translation>
    </message>
    <message>
        <source>read the configuration servers, master targets and process servers</source>
        <translation>構成サーバー、マスター ターゲット サーバー、プロセス サーバーの読み取り</translation>
    </message>
    <message>
        <source>read the recovery plans</source>
        <translation>復旧計画の読み取り</translation>
    </message>
    <message>
        <source>read the replication policies</source>
        <translation>レプリケーション ポリシーの読み取り</translation>
    </message>
    <message>
        <source>read the protection container mappings</source>
        <translation>保護コンテナー マッピングの読み取り</translation>
    </message>
    <message>
        <source>Azure Site Recovery: {items} replicated items read…</source>
        <translation>Azure Site Recovery: レプリケートされたアイテムを {items} 件読み取りました…</translation>
    </message>
    <message>
        <source>The replicated item {name} no longer exists in the vault {name2}: protection was disabled or the item was removed.</source>
        <translation>レプリケートされたアイテム {name} はコンテナー {name2} にもう存在しません: 保護が無効にされたか、アイテムが削除されました。</translation>
    </message>
    <message>
        <source>The Site Recovery job {job_id} was not found in the vault {name}.</source>
        <translation>Site Recovery ジョブ {job_id} がコンテナー {name} に見つかりませんでした。</translation>
    </message>
    <message>
        <source>Open the vault&apos;s Site Recovery jobs in the Azure portal to see its outcome.</source>
        <translation>Azure portal でコンテナーの Site Recovery ジョブを開き、結果を確認してください。</translation>
    </message>
    <message>
        <source>read the replication state</source>
        <translation>レプリケーション状態の読み取り</translation>
    </message>
    <message>
        <source>Azure Site Recovery does not allow reprotect of {item} right now (state {value}). Nothing was sent.</source>
        <translation>Azure Site Recovery は現在 {item} の再保護を許可していません (状態 {value})。何も送信されていません。</translation>
    </message>
    <message>
        <source>Reload the vault: the item may have been reprotected already or changed state.</source>
        <translation>コンテナーを再読み込みしてください: アイテムは既に再保護されたか、状態が変わった可能性があります。</translation>
    </message>
    <message>
        <source>Refreshing the configuration server</source>
        <translation>構成サーバーを最新の情報に更新しています</translation>
    </message>
    <message>
        <source>The configuration server has no provider that can be refreshed.</source>
        <translation>構成サーバーには、最新の情報に更新できるプロバイダーがありません。</translation>
    </message>
    <message>
        <source>Check the configuration server&apos;s registration in the vault (Site Recovery infrastructure).</source>
        <translation>コンテナーでの構成サーバーの登録 (Site Recovery インフラストラクチャ) を確認してください。</translation>
    </message>
    <message>
        <source>{doing}: {state}</source>
        <translation>{doing}: {state}</translation>
    </message>
    <message>
        <source>The configuration server refresh ended {lower}: {reason}</source>
        <translation>構成サーバーの最新の情報への更新が {lower} で終了しました: {reason}</translation>
    </message>
    <message>
        <source>Check that the configuration server is running and connected, then refresh again.</source>
        <translation>構成サーバーが実行中で接続されていることを確認してから、もう一度更新してください。</translation>
    </message>
    <message>
        <source>The configuration server refresh is still running after {minutes} minutes.</source>
        <translation>構成サーバーの更新は {minutes} 分たってもまだ実行中です。</translation>
    </message>
    <message>
        <source>Look at the job in the vault&apos;s Site Recovery jobs, then reload the vault.</source>
        <translation>コンテナーの Site Recovery ジョブでこのジョブを確認してから、コンテナーを再読み込みしてください。</translation>
    </message>
    <message>
        <source>read the replication state of the reprotected VMs</source>
        <translation>再保護した VM のレプリケーション状態の読み取り</translation>
    </message>
    <message>
        <source>vCenter {where} could not be reached ({exc}).</source>
        <translation>vCenter {where} に到達できませんでした ({exc})。</translation>
    </message>
    <message>
        <source>Check the network path to the vCenter (VPN, firewall), then try again.</source>
        <translation>vCenter へのネットワーク経路 (VPN、ファイアウォール) を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{where} closed the connection without answering.</source>
        <translation>{where} は応答せずに接続を閉じました。</translation>
    </message>
    <message>
        <source>Check that this is the vCenter&apos;s HTTPS port; a firewall or proxy may be cutting the connection.</source>
        <translation>vCenter の HTTPS ポートであることを確認してください。ファイアウォールまたはプロキシが接続を切断している可能性があります。</translation>
    </message>
    <message>
        <source>certificate verification failed</source>
        <translation>証明書の検証に失敗しました</translation>
    </message>
    <message>
        <source>The vCenter name {host} could not be found.</source>
        <translation>vCenter 名 {host} が見つかりませんでした。</translation>
    </message>
    <message>
        <source>Check the spelling, or enter its IP address; if the name is right, check this computer&apos;s DNS settings.</source>
        <translation>つづりを確認するか、IP アドレスを入力してください。名前が正しい場合は、このコンピューターの DNS 設定を確認してください。</translation>
    </message>
    <message>
        <source>{where} refused the connection: nothing listens on that port.</source>
        <translation>{where} は接続を拒否しました: そのポートで待ち受けているものがありません。</translation>
    </message>
    <message>
        <source>Check the port (443 unless your vCenter uses another) and that the vCenter services are running.</source>
        <translation>ポート (vCenter が別のポートを使用していない限り 443) と、vCenter のサービスが実行中であることを確認してください。</translation>
    </message>
    <message>
        <source>use {privilege}</source>
        <translation>{privilege} の使用</translation>
    </message>
    <message>
        <source>use this function</source>
        <translation>この機能の使用</translation>
    </message>
    <message>
        <source>vCenter {host} did not answer within {seconds} seconds.</source>
        <translation>vCenter {host} が {seconds} 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Check that the vCenter is up and not overloaded, and that no firewall silently drops the traffic; then try again.</source>
        <translation>vCenter が稼働していて過負荷でないこと、およびファイアウォールが通信を黙って破棄していないことを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>No secure (TLS) connection could be made to {host}:{port} ({detail}).</source>
        <translation>{host}:{port} にセキュリティで保護された (TLS) 接続を確立できませんでした ({detail})。</translation>
    </message>
    <message>
        <source>Check that this is the vCenter&apos;s HTTPS port (443 by default).</source>
        <translation>vCenter の HTTPS ポート (既定は 443) であることを確認してください。</translation>
    </message>
    <message>
        <source>The server at {host}:{port} answered, but not as a vCenter does.</source>
        <translation>{host}:{port} のサーバーは応答しましたが、vCenter の応答ではありません。</translation>
    </message>
    <message>
        <source>Check the host name and port: enter the vCenter Server itself, not an ESXi host web page or a load balancer page.</source>
        <translation>ホスト名とポートを確認してください。ESXi ホストの Web ページやロード バランサーのページではなく、vCenter Server 自体を入力してください。</translation>
    </message>
    <message>
        <source>vCenter {host} refused the user name or password for {user}.</source>
        <translation>vCenter {host} は {user} のユーザー名またはパスワードを拒否しました。</translation>
    </message>
    <message>
        <source>Check the user name (for example administrator@vsphere.local, with its domain) and the password; after several failures the account may be locked.</source>
        <translation>ユーザー名 (ドメインを含む、例: administrator@vsphere.local) とパスワードを確認してください。何度も失敗するとアカウントがロックされることがあります。</translation>
    </message>
    <message>
        <source>The session with vCenter {host} ended while reading the inventory, and logging in again did not keep it.</source>
        <translation>インベントリの読み取り中に vCenter {host} とのセッションが終了し、再ログインしても維持できませんでした。</translation>
    </message>
    <message>
        <source>Try again; if it happens again, ask the vCenter administrator whether sessions are being terminated or the session timeout is very short.</source>
        <translation>もう一度お試しください。再び発生する場合は、セッションが強制終了されていないか、セッションのタイムアウトが非常に短くないかを vCenter 管理者に確認してください。</translation>
    </message>
    <message>
        <source>The account {user} may not {what} on vCenter {host}.</source>
        <translation>アカウント {user} には vCenter {host} で{what}を行う権限がありません。</translation>
    </message>
    <message>
        <source>Sign in with an account that has at least read-only rights on the whole inventory (INF-06 also needs datastore rights for the account ASR uses).</source>
        <translation>少なくともインベントリ全体に対する読み取り専用の権限を持つアカウントでサインインしてください (INF-06 では、ASR が使用するアカウントにデータストアの権限も必要です)。</translation>
    </message>
    <message>
        <source>vCenter answered with a value the wizard can&apos;t use: {what} is {value}.</source>
        <translation>vCenter がウィザードで使用できない値を返しました: {what} が {value} です。</translation>
    </message>
    <message>
        <source>Check that object in the vSphere Client and press Retry; if the value looks right there, {send_the_log}.</source>
        <translation>vSphere Client でそのオブジェクトを確認してから [再試行] を押してください。値が正しく見える場合は、{send_the_log}。</translation>
    </message>
    <message>
        <source>disk {key}</source>
        <translation>ディスク {key}</translation>
    </message>
    <message>
        <source>Connecting to vCenter {host}</source>
        <translation>vCenter {host} に接続しています</translation>
    </message>
    <message>
        <source>Looking up the virtual machines that matter</source>
        <translation>関係する仮想マシンを検索しています</translation>
    </message>
    <message>
        <source>Checking the account&apos;s permissions and host licences</source>
        <translation>アカウントのアクセス許可とホストのライセンスをチェックしています</translation>
    </message>
    <message>
        <source>vCenter read</source>
        <translation>vCenter を読み取りました</translation>
    </message>
    <message>
        <source>Looked up {vms} virtual machines directly</source>
        <translation>{vms} 台の仮想マシンを直接検索しました</translation>
    </message>
    <message>
        <source>virtual machines</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>Reading details of the virtual machines that matter</source>
        <translation>関係する仮想マシンの詳細を読み取っています</translation>
    </message>
    <message>
        <source>Reading hosts, datastores and datastore clusters: {count} so far</source>
        <translation>ホスト、データストア、データストア クラスターを読み取っています: これまでに {count} 件</translation>
    </message>
    <message>
        <source>a disk&apos;s capacityInKB</source>
        <translation>ディスクの capacityInKB</translation>
    </message>
    <message>
        <source>Reading {label}: {count} so far</source>
        <translation>{label} を読み取っています: これまでに {count} 件</translation>
    </message>
    <message>
        <source>{kind} {moref}: no permission to read {denied}</source>
        <translation>{kind} {moref}: {denied} を読み取る権限がありません</translation>
    </message>
    <message>
        <source>HostSystem {moId}: runs {label} but is not readable by this account</source>
        <translation>ホスト {moId}: {label} を実行していますが、このアカウントでは読み取れません</translation>
    </message>
    <message>
        <source>a disk&apos;s capacityInBytes</source>
        <translation>ディスクの capacityInBytes</translation>
    </message>
    <message>
        <source>the capacity of datastore {get}</source>
        <translation>データストア {get} の容量</translation>
    </message>
    <message>
        <source>the free space of datastore {get}</source>
        <translation>データストア {get} の空き容量</translation>
    </message>
    <message>
        <source>Datastore {moId}: used by {label} but not readable by this account</source>
        <translation>データストア {moId}: {label} が使用していますが、このアカウントでは読み取れません</translation>
    </message>
    <message>
        <source>The file of trusted vCenter certificates ({path}) could not be saved ({reason}).</source>
        <translation>信頼済みの vCenter 証明書のファイル ({path}) を保存できませんでした ({reason})。</translation>
    </message>
    <message>
        <source>Free disk space or fix the folder&apos;s permissions, then trust the certificate again.</source>
        <translation>ディスクの空き領域を増やすか、フォルダーのアクセス許可を修正してから、もう一度証明書を信頼してください。</translation>
    </message>
    <message>
        <source>The audit record of the reprotect could not be written to {path} ({value}).</source>
        <translation>再保護の監査レコードを {path} に書き込めませんでした ({value})。</translation>
    </message>
    <message>
        <source>The reprotect itself is not affected. Free disk space or fix the folder&apos;s permissions; note the job ID for your drill records.</source>
        <translation>再保護そのものには影響しません。ディスクの空き容量を確保するかフォルダーのアクセス許可を修正してください。訓練の記録用にジョブ ID を控えておいてください。</translation>
    </message>
    <message>
        <source>The audit log {path} can&apos;t be read ({value}).</source>
        <translation>監査ログ {path} を読み取れません ({value})。</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions; the reprotect jobs themselves are not affected.</source>
        <translation>ファイルのアクセス許可を確認してください。再保護ジョブそのものには影響しません。</translation>
    </message>
    <message>
        <source>Not connected to vCenter.</source>
        <translation>vCenter に接続されていません。</translation>
    </message>
    <message>
        <source>Estate read</source>
        <translation>環境を読み取りました</translation>
    </message>
    <message>
        <source>The list of reprotect jobs in progress was damaged; it was kept as {damaged_copy} and a fresh list was started.</source>
        <translation>進行中の再保護ジョブの一覧が破損していたため、{damaged_copy} として保存し、新しい一覧を開始しました。</translation>
    </message>
    <message>
        <source>Jobs it held are not offered again here: follow them in the vault&apos;s Site Recovery jobs in the Azure portal.</source>
        <translation>そこにあったジョブはここでは再表示されません: Azure portal のコンテナーの Site Recovery ジョブで追跡してください。</translation>
    </message>
    <message>
        <source>an entry without a job id</source>
        <translation>ジョブ ID のないエントリ</translation>
    </message>
    <message>
        <source>The list of reprotect jobs in progress ({path}) can&apos;t be read ({strerror}).</source>
        <translation>進行中の再保護ジョブの一覧 ({path}) を読み取れません ({strerror})。</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions. The jobs themselves keep running in Azure; follow them in the vault&apos;s Site Recovery jobs.</source>
        <translation>ファイルのアクセス許可を確認してください。ジョブそのものは Azure で実行され続けます。コンテナーの Site Recovery ジョブで追跡してください。</translation>
    </message>
    <message>
        <source>not a journal of this app</source>
        <translation>このアプリのジャーナルではありません</translation>
    </message>
    <message>
        <source>no list of jobs</source>
        <translation>ジョブの一覧がありません</translation>
    </message>
    <message>
        <source>The list of reprotect jobs in progress ({path}) is damaged and could not be moved aside ({strerror}).</source>
        <translation>進行中の再保護ジョブの一覧 ({path}) が破損しており、別の場所に移動できませんでした ({strerror})。</translation>
    </message>
    <message>
        <source>Follow the jobs in the vault&apos;s Site Recovery jobs in the Azure portal, then delete the file.</source>
        <translation>Azure portal のコンテナーの Site Recovery ジョブでジョブを追跡してから、ファイルを削除してください。</translation>
    </message>
    <message>
        <source>The reprotect job could not be recorded in {path} ({strerror}).</source>
        <translation>再保護ジョブを {path} に記録できませんでした ({strerror})。</translation>
    </message>
    <message>
        <source>The job runs in Azure regardless. Free disk space or fix the folder&apos;s permissions; until then, note the job ID shown here.</source>
        <translation>ジョブは Azure でそのまま実行されます。ディスクの空き容量を確保するかフォルダーのアクセス許可を修正してください。それまでは、ここに表示されているジョブ ID を控えておいてください。</translation>
    </message>
    <message>
        <source>Check the data folder and its permissions. The jobs themselves keep running in Azure; follow them in the vault&apos;s Site Recovery jobs.</source>
        <translation>データ フォルダーとそのアクセス許可を確認してください。ジョブそのものは Azure で実行され続けます。コンテナーの Site Recovery ジョブで追跡してください。</translation>
    </message>
    <message>
        <source>vCenter was not connected: the on-premises facts are unknown.</source>
        <translation>vCenter に接続されていませんでした: オンプレミスの情報は不明です。</translation>
    </message>
    <message>
        <source>Reading the item from the vault</source>
        <translation>コンテナーからアイテムを読み取っています</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Reading the replication back to on-premises</source>
        <translation>オンプレミスへのレプリケーションを読み取っています</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>送信しています</translation>
    </message>
    <message>
        <source>Configuration server {server} has no recent heartbeat.</source>
        <translation>構成サーバー {server} から最近のハートビートがありません。</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>開始されていません</translation>
    </message>
    <message>
        <source>The replication appliance {vm} replicates through is not known.</source>
        <translation>{vm} がレプリケーションに使用しているレプリケーション アプライアンスが不明です。</translation>
    </message>
    <message>
        <source>Another window of this app has been writing {path} in {parent} for more than {timeout_s} seconds.</source>
        <translation>このアプリの別のウィンドウが {parent} の {path} に {timeout_s} 秒を超えて書き込んでいます。</translation>
    </message>
    <message>
        <source>Wait for the other window to finish (or close it), then try again; nothing was lost.</source>
        <translation>別のウィンドウの処理が終わるまで待つ (またはそのウィンドウを閉じる) から、もう一度お試しください。何も失われていません。</translation>
    </message>
    <message>
        <source>Submitting the reprotect of {item_name}</source>
        <translation>{item_name} の再保護を送信しています</translation>
    </message>
    <message>
        <source>The reprotect job {job_id} of {item_name} will not be offered again after a restart because the list of jobs in progress could not be written: {summary} The job runs in Azure regardless; this page follows it, and its ID is in the audit log.</source>
        <translation>進行中のジョブの一覧を書き込めなかったため、{item_name} の再保護ジョブ {job_id} は再起動後に再表示されません: {summary} ジョブは Azure でそのまま実行され、このページで追跡されます。その ID は監査ログにあります。</translation>
    </message>
    <message>
        <source>{check}: {finding}</source>
        <translation>{check}: {finding}</translation>
    </message>
    <message>
        <source>Reading the vault</source>
        <translation>コンテナーを読み取っています</translation>
    </message>
    <message>
        <source>Vault read</source>
        <translation>コンテナーを読み取りました</translation>
    </message>
    <message>
        <source>Configuration server refreshed</source>
        <translation>構成サーバーを最新の情報に更新しました</translation>
    </message>
    <message>
        <source>ASR refused the reprotect of {item}: it is a {flow} item, the request is {flow2}.</source>
        <translation>ASR は {item} の再保護を拒否しました: {flow} のアイテムですが、要求は {flow2} です。</translation>
    </message>
    <message>
        <source>Run the wizard again for this VM; it picks the flow from the item&apos;s replication provider.</source>
        <translation>この VM に対してウィザードをもう一度実行してください。アイテムのレプリケーション プロバイダーからフローが選択されます。</translation>
    </message>
    <message>
        <source>Reading vCenter</source>
        <translation>vCenter を読み取っています</translation>
    </message>
    <message>
        <source>Another training window has been writing {path} for more than {LOCK_TIMEOUT_S} seconds.</source>
        <translation>別のトレーニング ウィンドウが {path} に {LOCK_TIMEOUT_S} 秒を超えて書き込んでいます。</translation>
    </message>
    <message>
        <source>Wait for it to finish (or close it), then try again.</source>
        <translation>その処理が終わるまで待つ (またはそのウィンドウを閉じる) から、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The job {job_id} was not found in the vault.</source>
        <translation>ジョブ {job_id} がコンテナーに見つかりませんでした。</translation>
    </message>
    <message>
        <source>It may belong to another vault; open the vault&apos;s Site Recovery jobs in the portal.</source>
        <translation>別のコンテナーのジョブの可能性があります。ポータルでコンテナーの Site Recovery ジョブを開いてください。</translation>
    </message>
    <message>
        <source>ASR refused the reprotect of {item}: the operation is not allowed in state {protection_state}.</source>
        <translation>ASR は {item} の再保護を拒否しました: 状態 {protection_state} ではこの操作は許可されていません。</translation>
    </message>
    <message>
        <source>Reload the vault; the item may already be reprotected.</source>
        <translation>コンテナーを再読み込みしてください。アイテムは既に再保護されている可能性があります。</translation>
    </message>
    <message>
        <source>ASR refused the reprotect of {item}: replication appliance {reprotect_agent_id} is not registered in the vault.</source>
        <translation>ASR は {item} の再保護を拒否しました: レプリケーション アプライアンス {reprotect_agent_id} はコンテナーに登録されていません。</translation>
    </message>
    <message>
        <source>Reload the vault and choose a registered, healthy appliance.</source>
        <translation>コンテナーを再読み込みして、登録済みで正常なアプライアンスを選択してください。</translation>
    </message>
    <message>
        <source>ASR refused the reprotect of {item}: replication appliance {appliance} is not healthy. No job was started.</source>
        <translation>ASR は {item} の再保護を拒否しました: レプリケーション アプライアンス {appliance} は正常ではありません。ジョブは開始されていません。</translation>
    </message>
    <message>
        <source>Choose a healthy appliance, or repair this one (RCM-01), then try again.</source>
        <translation>正常なアプライアンスを選択するか、このアプライアンスを修復してから (RCM-01)、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The replicated item {item_id} no longer exists in the vault.</source>
        <translation>レプリケートされたアイテム {item_id} はコンテナーにもう存在しません。</translation>
    </message>
    <message>
        <source>Reload the vault; the item may have been removed or protection disabled.</source>
        <translation>コンテナーを再読み込みしてください。アイテムが削除されたか、保護が無効にされた可能性があります。</translation>
    </message>
    <message>
        <source>The vault has no replicated item {item_id}.</source>
        <translation>コンテナーにレプリケートされたアイテム {item_id} はありません。</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>コミット</translation>
    </message>
    <message>
        <source>Azure refused the {step} of {target}: it replicates {how}, the request is {flow}. No job was started.</source>
        <translation>Azure は {target} の{step}を拒否しました: このアイテムは{how}レプリケートされていますが、要求は {flow} です。ジョブは開始されていません。</translation>
    </message>
    <message>
        <source>Reload the item and start the step again; the tool picks the architecture from the item.</source>
        <translation>アイテムを再読み込みして、この手順をやり直してください。アーキテクチャはアイテムから自動的に選ばれます。</translation>
    </message>
    <message>
        <source>Azure refused the {step} of {target}: the operation is not allowed now (state {states}; allowed operations: {allowed}). No job was started.</source>
        <translation>Azure は {target} の{step}を拒否しました: 現在この操作は許可されていません (状態 {states}、許可されている操作: {allowed})。ジョブは開始されていません。</translation>
    </message>
    <message>
        <source>Reload: the step may have been done already, or the item is not ready for it yet.</source>
        <translation>再読み込みしてください。この手順は既に完了しているか、アイテムの準備がまだできていない可能性があります。</translation>
    </message>
    <message>
        <source>{item} is not replicated by the classic or modernized architecture: it can&apos;t be protected to Azure from here.</source>
        <translation>{item} はクラシックまたは最新のアーキテクチャでレプリケートされていないため、ここから Azure への保護はできません。</translation>
    </message>
    <message>
        <source>Choose a VM that was failed back from Azure.</source>
        <translation>Azure からフェールバックした VM を選択してください。</translation>
    </message>
    <message>
        <source>Another Site Recovery operation is running on {target}. Nothing was sent.</source>
        <translation>{target} では別の Site Recovery 操作が実行中です。何も送信されていません。</translation>
    </message>
    <message>
        <source>Azure refused the {step} of {target}: it is in replication group {group}, which fails over and commits only through its recovery plan (FB-06). No job was started.</source>
        <translation>Azure は {target} の{step}を拒否しました: このアイテムはレプリケーション グループ {group} に属しており、フェールオーバーとコミットは復旧計画を通してのみ行えます (FB-06)。ジョブは開始されていません。</translation>
    </message>
    <message>
        <source>Fail back and commit the recovery plan that holds the replication group.</source>
        <translation>レプリケーション グループを含む復旧計画をフェールバックしてコミットしてください。</translation>
    </message>
    <message>
        <source>Azure refused the {step} of {target}: recovery point {point} is not one of the item&apos;s recovery points. No job was started.</source>
        <translation>Azure は {target} の{step}を拒否しました: 復旧ポイント {point} はこのアイテムの復旧ポイントではありません。ジョブは開始されていません。</translation>
    </message>
    <message>
        <source>Reload the recovery points and choose one of them.</source>
        <translation>復旧ポイントを再読み込みして、その中から選択してください。</translation>
    </message>
    <message>
        <source>Azure refused the {step} of {target}: process server {server} is not known. No job was started.</source>
        <translation>Azure は {target} の{step}を拒否しました: プロセス サーバー {server} は不明です。ジョブは開始されていません。</translation>
    </message>
    <message>
        <source>Reload the choices and pick a listed process server.</source>
        <translation>選択肢を再読み込みして、一覧にあるプロセス サーバーを選択してください。</translation>
    </message>
    <message>
        <source>Azure refused the {step} of {target}: policy {policy} does not exist for this architecture. No job was started.</source>
        <translation>Azure は {target} の{step}を拒否しました: このアーキテクチャにはポリシー {policy} がありません。ジョブは開始されていません。</translation>
    </message>
    <message>
        <source>Reload the choices and pick a listed replication policy.</source>
        <translation>選択肢を再読み込みして、一覧にあるレプリケーション ポリシーを選択してください。</translation>
    </message>
    <message>
        <source>Azure refused the {step} of {target}: run-as account {account} is not known to the configuration server. No job was started.</source>
        <translation>Azure は {target} の{step}を拒否しました: 実行アカウント {account} は構成サーバーに登録されていません。ジョブは開始されていません。</translation>
    </message>
    <message>
        <source>Pick one of the configuration server&apos;s run-as accounts.</source>
        <translation>構成サーバーの実行アカウントから選択してください。</translation>
    </message>
    <message>
        <source>The vault has no recovery plan {plan}.</source>
        <translation>コンテナーに復旧計画 {plan} はありません。</translation>
    </message>
    <message>
        <source>with mixed providers</source>
        <translation>複数のプロバイダーが混在した状態で</translation>
    </message>
    <message>
        <source>by the {flow} architecture</source>
        <translation>{flow} アーキテクチャで</translation>
    </message>
    <message>
        <source>Fix the file (or start without --scenario to use the built-in training estate).</source>
        <translation>ファイルを修正してください (または --scenario を付けずに起動して、組み込みのトレーニング環境を使ってください)。</translation>
    </message>
    <message>
        <source>The scenario file {file} is not valid at {path}: {problem}.</source>
        <translation>シナリオ ファイル {file} の {path} が正しくありません: {problem}。</translation>
    </message>
    <message>
        <source>The scenario file {file} is not valid: {problem}.</source>
        <translation>シナリオ ファイル {file} が正しくありません: {problem}。</translation>
    </message>
    <message>
        <source>The scenario file {file} is {size} MB; a scenario is at most {limit} MB.</source>
        <translation>シナリオ ファイル {file} のサイズは {size} MB です。シナリオは最大 {limit} MB です。</translation>
    </message>
    <message>
        <source>The scenario file {file} nests lists or objects {depth} deep; at most {limit} are allowed.</source>
        <translation>シナリオ ファイル {file} ではリストやオブジェクトが {depth} 階層入れ子になっています。許可されるのは {limit} 階層までです。</translation>
    </message>
    <message>
        <source>The scenario file {file} does not exist.</source>
        <translation>シナリオ ファイル {file} が存在しません。</translation>
    </message>
    <message>
        <source>Check the path given to --scenario.</source>
        <translation>--scenario に指定したパスを確認してください。</translation>
    </message>
    <message>
        <source>The scenario file {file} can&apos;t be read ({reason}).</source>
        <translation>シナリオ ファイル {file} を読み取れません ({reason})。</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>ファイルのアクセス許可を確認してください。</translation>
    </message>
    <message>
        <source>The scenario file {file} is not UTF-8 text (byte {byte} is not valid UTF-8).</source>
        <translation>シナリオ ファイル {file} は UTF-8 のテキストではありません ({byte} バイト目が UTF-8 として正しくありません)。</translation>
    </message>
    <message>
        <source>Save the file as UTF-8 (or start without --scenario to use the built-in training estate).</source>
        <translation>ファイルを UTF-8 で保存してください (または --scenario を付けずに起動して、組み込みのトレーニング環境を使ってください)。</translation>
    </message>
    <message>
        <source>The scenario file {file} is not valid JSON: {reason} at line {line}, column {column}.</source>
        <translation>シナリオ ファイル {file} は正しい JSON ではありません: {line} 行 {column} 列で {reason}。</translation>
    </message>
    <message>
        <source>The scenario file {file} holds {value}, which is not a number a scenario may use.</source>
        <translation>シナリオ ファイル {file} に {value} が含まれていますが、これはシナリオで使える数値ではありません。</translation>
    </message>
    <message>
        <source>The scenario file {file} nests too deep.</source>
        <translation>シナリオ ファイル {file} の入れ子が深すぎます。</translation>
    </message>
</context>
<context>
    <name>enum</name>
    <message>
        <source>classic</source>
        <translation>クラシック</translation>
    </message>
    <message>
        <source>modernized</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>out_of_scope</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>moved_resource_group</source>
        <translation>別のリソース グループに移動済み</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>物理</translation>
    </message>
    <message>
        <source>OnPremises</source>
        <translation>オンプレミス</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>site-to-site VPN</source>
        <translation>サイト間 VPN</translation>
    </message>
    <message>
        <source>ExpressRoute private peering</source>
        <translation>ExpressRoute プライベート ピアリング</translation>
    </message>
    <message>
        <source>found</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>original location</source>
        <translation>元の場所</translation>
    </message>
    <message>
        <source>alternate location</source>
        <translation>別の場所</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>name and IP</source>
        <translation>名前と IP</translation>
    </message>
    <message>
        <source>managed object reference</source>
        <translation>マネージド オブジェクト参照</translation>
    </message>
    <message>
        <source>instance UUID</source>
        <translation>インスタンス UUID</translation>
    </message>
    <message>
        <source>direct: managed object reference</source>
        <translation>直接: マネージド オブジェクト参照</translation>
    </message>
    <message>
        <source>direct: SearchIndex.FindAllByUuid</source>
        <translation>直接: SearchIndex.FindAllByUuid による検索</translation>
    </message>
    <message>
        <source>direct: SearchIndex.FindAllByIp</source>
        <translation>直接: SearchIndex.FindAllByIp による検索</translation>
    </message>
    <message>
        <source>full inventory index (not decidable by a direct search)</source>
        <translation>インベントリ全体の索引 (直接の検索では判断できないため)</translation>
    </message>
    <message>
        <source>True</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>False</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>job_errors</name>
    <message>
        <source>The Azure VM can&apos;t reach the configuration server, or its InMage Scout service is stopped.</source>
        <translation>Azure VM が構成サーバーに到達できないか、VM の InMage Scout サービスが停止しています。</translation>
    </message>
    <message>
        <source>Make sure the failed-over VM reaches the configuration server (ping, `telnet &lt;cs&gt; 443`) and that the InMage Scout service runs on it, then retry.</source>
        <translation>フェールオーバーした VM が構成サーバーに到達できること (ping、`telnet &lt;cs&gt; 443`) と、VM 上で InMage Scout サービスが実行されていることを確認してから、再試行してください。</translation>
    </message>
    <message>
        <source>A VM with the same name already exists on the master target&apos;s ESXi host.</source>
        <translation>同じ名前の VM が、マスター ターゲット サーバーの ESXi ホスト上に既に存在します。</translation>
    </message>
    <message>
        <source>Rename or remove the existing VM on the host (or choose another master target), then retry.</source>
        <translation>ホスト上の既存の VM の名前を変更するか削除して (または別のマスター ターゲット サーバーを選択して)、再試行してください。</translation>
    </message>
    <message>
        <source>The Azure VM is not running or not accessible.</source>
        <translation>Azure VM が実行されていないか、アクセスできません。</translation>
    </message>
    <message>
        <source>Start the failed-over Azure VM and make sure it is reachable, then retry.</source>
        <translation>フェールオーバーした Azure VM を起動して到達可能であることを確認してから、再試行してください。</translation>
    </message>
    <message>
        <source>The datastore is not accessible from the ESXi host.</source>
        <translation>ESXi ホストからデータストアにアクセスできません。</translation>
    </message>
    <message>
        <source>Mount the datastore on the master target&apos;s ESXi host (read/write) or choose another datastore.</source>
        <translation>マスター ターゲット サーバーの ESXi ホストにデータストアを (読み取り/書き込みで) マウントするか、別のデータストアを選択してください。</translation>
    </message>
    <message>
        <source>The on-premises VM failed to boot at failback: the host lacks memory.</source>
        <translation>フェールバック時にオンプレミスの VM が起動できませんでした: ホストのメモリが不足しています。</translation>
    </message>
    <message>
        <source>Free memory on the ESXi host (or move the VM to a host with enough), then retry the failback.</source>
        <translation>ESXi ホストのメモリを解放してから (または十分なメモリのあるホストに VM を移動してから)、フェールバックを再試行してください。</translation>
    </message>
    <message>
        <source>The replication policy&apos;s values are invalid.</source>
        <translation>レプリケーション ポリシーの値が無効です。</translation>
    </message>
    <message>
        <source>Check the failback policy&apos;s values (RPO threshold, recovery point retention, app-consistent frequency).</source>
        <translation>フェールバック ポリシーの値 (RPO しきい値、復旧ポイントのリテンション期間、アプリケーションの整合性の頻度) を確認してください。</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>予期しない問題が発生しました。</translation>
    </message>
    <message>
        <source>Try again; if it happens again, send the log file {log} (the “Open log folder” button shows it) to your administrator.</source>
        <translation>もう一度お試しください。再び起きる場合は、ログ ファイル {log} (「ログ フォルダーを開く」ボタンで表示されます) を管理者に送ってください。</translation>
    </message>
</context>
<context>
    <name>remediation</name>
    <message>
        <source>Only a machine that was protected on-premises and then failed over to Azure can be reprotected. A migrated, deleted, moved or hand-made Azure VM, or one whose protection was disabled, cannot fail back: protect the VM again from on-premises instead.</source>
        <translation>再保護できるのは、オンプレミスで保護された後に Azure にフェールオーバーしたマシンだけです。移行、削除、移動された Azure VM、手動で作成された Azure VM、または保護が無効化された VM はフェールバックできません。代わりにオンプレミスから VM を再度保護してください。</translation>
    </message>
    <message>
        <source>Fail back to an ESXi host (managed by vCenter or standalone). Hyper-V hosts, physical machines and VMware Workstation are not failback targets: choose a master target that runs on an ESXi host.</source>
        <translation>ESXi ホスト (vCenter 管理下またはスタンドアロン) にフェールバックしてください。Hyper-V ホスト、物理マシン、VMware Workstation はフェールバック先になりません。ESXi ホスト上で実行されているマスター ターゲット サーバーを選択してください。</translation>
    </message>
    <message>
        <source>A Windows Server 2008 R2 SP1 server protected as a physical server cannot fail back to on-premises. Recover it by other means (backup, rebuild).</source>
        <translation>物理サーバーとして保護された Windows Server 2008 R2 SP1 サーバーは、オンプレミスにフェールバックできません。他の方法 (バックアップ、再構築) で復旧してください。</translation>
    </message>
    <message>
        <source>The Azure VM&apos;s agent needs some minutes after boot to register again with the configuration server (the finding says how long). Wait until the countdown ends; the wizard checks again by itself.</source>
        <translation>Azure VM のエージェントは、起動後に構成サーバーに再登録されるまで数分かかります (所要時間は検出結果に示されます)。カウントダウンが終わるまでお待ちください。ウィザードが自動的に再チェックします。</translation>
    </message>
    <message>
        <source>The VM must still be in the configuration server&apos;s database. Restore the configuration server from a backup (with the same IP address) and schedule regular backups.</source>
        <translation>VM が構成サーバーのデータベースにまだ存在している必要があります。構成サーバーを (同じ IP アドレスで) バックアップから復元し、定期的なバックアップをスケジュールしてください。</translation>
    </message>
    <message>
        <source>Reinstall the Mobility agent on the failed-over Azure VM; without it reprotect and failback are impossible.</source>
        <translation>フェールオーバーした Azure VM に Mobility エージェントを再インストールしてください。エージェントがないと再保護もフェールバックもできません。</translation>
    </message>
    <message>
        <source>A physical server fails back only as a VMware VM, to an alternate location: make sure the master target&apos;s ESXi host is discovered before reprotecting.</source>
        <translation>物理サーバーは VMware VM として別の場所にのみフェールバックします。再保護の前に、マスター ターゲット サーバーの ESXi ホストが検出されていることを確認してください。</translation>
    </message>
    <message>
        <source>Classic items (InMageAzureV2) are reprotected through a master target and process server; modernized items (InMageRcm) through a replication appliance. Other providers (A2A, Hyper-V) are out of scope. Reprotect classic and modernized items separately.</source>
        <translation>クラシックのアイテム (InMageAzureV2) はマスター ターゲット サーバーとプロセス サーバーを介して、最新のアイテム (InMageRcm) はレプリケーション アプライアンスを介して再保護されます。その他のプロバイダー (A2A、Hyper-V) は対象外です。クラシックと最新のアイテムは別々に再保護してください。</translation>
    </message>
    <message>
        <source>Start the on-premises configuration server and make sure it is connected for the whole reprotect and failback. If it is lost, restore it from backup with the same IP address; schedule regular backups.</source>
        <translation>オンプレミスの構成サーバーを起動し、再保護とフェールバックの間ずっと接続状態であることを確認してください。失われた場合は、同じ IP アドレスでバックアップから復元し、定期的なバックアップをスケジュールしてください。</translation>
    </message>
    <message>
        <source>Create the failback policy (the portal creates it with the forward policy: RPO threshold 15 min, recovery point retention 24 h, app-consistent snapshots every 60 min) and map it for the failback direction.</source>
        <translation>フェールバック ポリシーを作成し (ポータルは順方向のポリシーと一緒に作成します: RPO しきい値 15 分、復旧ポイントのリテンション期間 24 時間、アプリケーションの整合性スナップショット 60 分ごと)、フェールバック方向にマップしてください。</translation>
    </message>
    <message>
        <source>Connect Azure and on-premises by site-to-site VPN or ExpressRoute private peering. The failed-over VM must reach (ping) the configuration server and the process server must reach it on port 443: test with `telnet &lt;configuration server&gt; 443` and ping from the process server.</source>
        <translation>サイト間 VPN または ExpressRoute のプライベート ピアリングで Azure とオンプレミスを接続してください。フェールオーバーした VM が構成サーバーに到達 (ping) でき、プロセス サーバーがポート 443 で構成サーバーに到達できる必要があります。`telnet &lt;configuration server&gt; 443` と、プロセス サーバーからの ping で確認してください。</translation>
    </message>
    <message>
        <source>Open the failover/failback ports: 443 (control, to the configuration server) and 9443 (replication data, to the process server and master target).</source>
        <translation>フェールオーバーとフェールバックのポートを開いてください: 443 (制御、構成サーバー宛て) と 9443 (レプリケーション データ、プロセス サーバーとマスター ターゲット サーバー宛て)。</translation>
    </message>
    <message>
        <source>With a site-to-site VPN only, deploy a process server in Azure, close to the failed-over VMs, and use it for the reprotect. An on-premises process server is fine with ExpressRoute private peering or for a proof of concept.</source>
        <translation>サイト間 VPN のみの場合は、フェールオーバーした VM に近い Azure にプロセス サーバーをデプロイし、再保護に使用してください。ExpressRoute のプライベート ピアリングを使用する場合や概念実証の場合は、オンプレミスのプロセス サーバーで問題ありません。</translation>
    </message>
    <message>
        <source>Update the vCenter credentials on the configuration server with an account that has the permissions automatic discovery needs (a read-only account can&apos;t discover datastores), then retry.</source>
        <translation>自動検出に必要なアクセス許可を持つアカウントで、構成サーバー上の vCenter の資格情報を更新してから再試行してください (読み取り専用アカウントではデータストアを検出できません)。</translation>
    </message>
    <message>
        <source>To fail back to another vCenter, make sure ASR has discovered that vCenter and its master target first. Microsoft&apos;s types-of-failback page says only the original vCenter and configuration server are supported: prefer the original vCenter.</source>
        <translation>代替の vCenter にフェールバックするには、先に ASR がその vCenter とそのマスター ターゲット サーバーを検出していることを確認してください。Microsoft のフェールバックの種類に関するページでは、元の vCenter と構成サーバーのみがサポートされるとされています。元の vCenter を優先してください。</translation>
    </message>
    <message>
        <source>ESXi 5.5 Free / vSphere 6 Hypervisor Free can&apos;t be failed back to: upgrade the host to an evaluation (or full) licence.</source>
        <translation>ESXi 5.5 Free / vSphere 6 Hypervisor Free にはフェールバックできません。ホストを評価版 (または正式版) のライセンスにアップグレードしてください。</translation>
    </message>
    <message>
        <source>Reconnect vCenter: ASR must see it connected (configuration server discovery) and it must be reachable, otherwise detaching and attaching disks fails.</source>
        <translation>vCenter を再接続してください: ASR から接続状態に見え (構成サーバーによる検出)、到達可能である必要があります。そうでないと、ディスクの取り外しと接続が失敗します。</translation>
    </message>
    <message>
        <source>When IP addresses were retained on failover, give the configuration server two NICs: one for the source machines, one for failback from Azure.</source>
        <translation>フェールオーバー時に IP アドレスを保持した場合は、構成サーバーに 2 つの NIC を用意してください。1 つはソース マシン用、もう 1 つは Azure からのフェールバック用です。</translation>
    </message>
    <message>
        <source>Choose a master target with the VM&apos;s OS type at the same or a higher version. Linux VMs need a separate Linux master target; Windows VMs can use the one on the configuration server or a separate Windows master target.</source>
        <translation>VM と同じ種類の OS で、同じかそれ以降のバージョンのマスター ターゲット サーバーを選択してください。Linux VM には別の Linux マスター ターゲット サーバーが必要です。Windows VM は構成サーバー上のものか、別の Windows マスター ターゲット サーバーを使用できます。</translation>
    </message>
    <message>
        <source>Reprotect all VMs of a replication group or recovery plan to one master target; they must all be Windows or all Linux. Split a mixed plan.</source>
        <translation>レプリケーション グループまたは復旧計画のすべての VM を 1 つのマスター ターゲット サーバーに再保護してください。すべて Windows か、すべて Linux である必要があります。混在する計画は分割してください。</translation>
    </message>
    <message>
        <source>The VM and the master target were built from the same template and share disk UUIDs: deploy a master target that was not built from that template.</source>
        <translation>VM とマスター ターゲット サーバーが同じテンプレートから作成されたため、ディスクの UUID が重複しています。そのテンプレートから作成されていないマスター ターゲット サーバーをデプロイしてください。</translation>
    </message>
    <message>
        <source>Delete the snapshots on the master target before reprotecting.</source>
        <translation>再保護の前に、マスター ターゲット サーバー上のスナップショットを削除してください。</translation>
    </message>
    <message>
        <source>Delete the snapshots of the on-premises VM before reprotecting (the article says they can make reprotect fail, and also that they are merged during the job).</source>
        <translation>再保護の前に、オンプレミスの VM のスナップショットを削除してください (記事には、スナップショットが再保護の失敗原因になるとも、ジョブ中にマージされるとも書かれています)。</translation>
    </message>
    <message>
        <source>Install VMware Tools or open-vm-tools on the master target and make sure they run; without them its ESXi host&apos;s datastores can&apos;t be discovered.</source>
        <translation>マスター ターゲット サーバーに VMware Tools または open-vm-tools をインストールし、実行されていることを確認してください。ツールがないと、その ESXi ホストのデータストアを検出できません。</translation>
    </message>
    <message>
        <source>Set `disk.EnableUUID=true` in the master target VM&apos;s configuration parameters (add the line if it is missing).</source>
        <translation>マスター ターゲット VM の構成パラメーターに `disk.EnableUUID=true` を設定してください (行がない場合は追加します)。</translation>
    </message>
    <message>
        <source>Attach at least one VMFS datastore to the master target&apos;s ESXi host; without one the datastore list is empty and reprotect can&apos;t go on.</source>
        <translation>マスター ターゲット サーバーの ESXi ホストに少なくとも 1 つの VMFS データストアを接続してください。ないとデータストアの一覧が空になり、再保護を続行できません。</translation>
    </message>
    <message>
        <source>Give the master target LSI Logic SCSI controllers; a paravirtual SCSI controller makes reprotect fail.</source>
        <translation>マスター ターゲット サーバーには LSI Logic SCSI コントローラーを割り当ててください。準仮想化 SCSI コントローラーでは再保護が失敗します。</translation>
    </message>
    <message>
        <source>A master target carries a limited number of disks (the finding names the limit): reprotect fewer VMs to it at once, or deploy another master target.</source>
        <translation>マスター ターゲット サーバーに接続できるディスクの数には上限があります (上限は検出結果に示されます)。一度に再保護する VM を減らすか、マスター ターゲット サーバーを追加でデプロイしてください。</translation>
    </message>
    <message>
        <source>A newly added drive does not appear at once: refresh the configuration server, then check again.</source>
        <translation>新しく追加したドライブはすぐには表示されません。構成サーバーを更新してから、もう一度チェックしてください。</translation>
    </message>
    <message>
        <source>An appliance carries a limited number of disks (the finding names the limit): reprotect fewer VMs through it at once, or choose or deploy another appliance. Only disks that were replicated to Azure come back.</source>
        <translation>アプライアンスでレプリケートできるディスクの数には上限があります (上限は検出結果に示されます)。一度に再保護する VM を減らすか、別のアプライアンスを選択またはデプロイしてください。戻るのは Azure にレプリケートされたディスクだけです。</translation>
    </message>
    <message>
        <source>Exclude the master target from Storage vMotion and Storage DRS; after a Storage vMotion failback can&apos;t detach the disks and they must be found and attached by hand.</source>
        <translation>マスター ターゲット サーバーを Storage vMotion と Storage DRS の対象から除外してください。Storage vMotion の後はフェールバックでディスクを取り外せず、ディスクを手動で見つけて接続する必要があります。</translation>
    </message>
    <message>
        <source>Mount the on-premises VM&apos;s datastore on the master target&apos;s ESXi host with read/write access, or choose a master target on a host that has it.</source>
        <translation>オンプレミスの VM のデータストアを、読み取りと書き込みのアクセス権でマスター ターゲット サーバーの ESXi ホストにマウントするか、そのデータストアを持つホスト上のマスター ターゲット サーバーを選択してください。</translation>
    </message>
    <message>
        <source>The on-premises VM no longer exists: ASR creates a new VM on the master target&apos;s ESXi host, on the datastore chosen. Pick the master target (and so the host) on purpose.</source>
        <translation>オンプレミスの VM はもう存在しません: ASR はマスター ターゲット サーバーの ESXi ホスト上の、選択したデータストアに新しい VM を作成します。マスター ターゲット サーバー (つまりホスト) は意図して選択してください。</translation>
    </message>
    <message>
        <source>Fix the master target&apos;s health in the vault (heartbeat, agent version, health and validation errors) or choose a healthy one.</source>
        <translation>コンテナーでマスター ターゲット サーバーの正常性 (ハートビート、エージェントのバージョン、正常性と検証のエラー) を修正するか、正常なものを選択してください。</translation>
    </message>
    <message>
        <source>Set `disk.EnableUUID=TRUE` on the on-premises VM as well; without it the original VMDK is found only on a best-effort basis and an extra disk may be created.</source>
        <translation>オンプレミスの VM にも `disk.EnableUUID=TRUE` を設定してください。ないと元の VMDK はベスト エフォートでしか見つからず、余分なディスクが作成されることがあります。</translation>
    </message>
    <message>
        <source>Fail back to a VMFS or vSAN datastore; NFS is not supported. Create a VMFS datastore on-premises if needed. vSAN datastores are listed but the job can still fail on them.</source>
        <translation>VMFS または vSAN のデータストアにフェールバックしてください。NFS はサポートされていません。必要に応じてオンプレミスに VMFS データストアを作成してください。vSAN データストアは一覧に表示されますが、ジョブが失敗することがあります。</translation>
    </message>
    <message>
        <source>Choose a datastore mounted on, and accessible from, the master target&apos;s ESXi host.</source>
        <translation>マスター ターゲット サーバーの ESXi ホストにマウントされ、そこからアクセスできるデータストアを選択してください。</translation>
    </message>
    <message>
        <source>The on-premises VM still exists, so its disks are reused and the datastore value is ignored; the API still requires one, so any listed datastore will do.</source>
        <translation>オンプレミスの VM はまだ存在するため、そのディスクが再利用され、データストアの値は無視されます。ただし API では指定が必要なため、一覧のどのデータストアでもかまいません。</translation>
    </message>
    <message>
        <source>Recovery to an alternate location: choose the retention drive and datastore configured for the master target; the new VM is created in vCenter on that datastore.</source>
        <translation>別の場所への復旧: マスター ターゲット サーバー用に構成されたリテンション ドライブとデータストアを選択してください。新しい VM は vCenter のそのデータストア上に作成されます。</translation>
    </message>
    <message>
        <source>Choose a datastore with at least as much free space as the VM&apos;s disks, or free up space.</source>
        <translation>VM のディスクと同じ以上の空き領域があるデータストアを選択するか、領域を解放してください。</translation>
    </message>
    <message>
        <source>RDM disks come back only to the original VM (original-location recovery). For an alternate location, restore the original VM first or accept VMFS/vSAN disks.</source>
        <translation>RDM ディスクは元の VM (元の場所への復旧) にのみ戻ります。別の場所の場合は、先に元の VM を復元するか、VMFS/vSAN ディスクになることを受け入れてください。</translation>
    </message>
    <message>
        <source>Choose which disks come back; Azure&apos;s temporary storage disk is excluded by default because it holds nothing to keep.</source>
        <translation>戻すディスクを選択してください。Azure の一時ストレージ ディスクには保持すべきデータがないため、既定で除外されます。</translation>
    </message>
    <message>
        <source>Use a volume that serves no other purpose (not a replication target).</source>
        <translation>他の目的 (レプリケーションのターゲットなど) に使用されていないボリュームを使用してください。</translation>
    </message>
    <message>
        <source>Unlock the volume or choose another one.</source>
        <translation>ボリュームのロックを解除するか、別のボリュームを選択してください。</translation>
    </message>
    <message>
        <source>Don&apos;t use the cache volume (where the master target or process server is installed): add a new disk to the master target and format it as the retention drive.</source>
        <translation>キャッシュ ボリューム (マスター ターゲット サーバーまたはプロセス サーバーがインストールされているボリューム) は使用しないでください。マスター ターゲット サーバーに新しいディスクを追加し、リテンション ドライブとしてフォーマットしてください。</translation>
    </message>
    <message>
        <source>Format the retention volume with NTFS (Windows) or ext4/XFS (Linux), not FAT/FAT32.</source>
        <translation>リテンション ボリュームは FAT/FAT32 ではなく、NTFS (Windows) または ext4/XFS (Linux) でフォーマットしてください。</translation>
    </message>
    <message>
        <source>Choose a volume with a non-zero capacity.</source>
        <translation>容量がゼロ以外のボリュームを選択してください。</translation>
    </message>
    <message>
        <source>The default retention drive is `R:` on Windows and `/mnt/retention/` on Linux.</source>
        <translation>既定のリテンション ドライブは、Windows では `R:`、Linux では `/mnt/retention/` です。</translation>
    </message>
    <message>
        <source>Free space on the retention volume or choose another one.</source>
        <translation>リテンション ボリュームの空き領域を増やすか、別のボリュームを選択してください。</translation>
    </message>
    <message>
        <source>Leave the on-premises VM powered off: reprotect disables it to keep the data consistent. Do not power it on after reprotect completes.</source>
        <translation>オンプレミスの VM は電源オフのままにしてください。再保護ではデータの整合性を保つために VM が無効化されます。再保護の完了後も電源をオンにしないでください。</translation>
    </message>
    <message>
        <source>Reprotect a replication group only through its recovery plan; every VM needs its values and the same master target. The wizard reprotects the plan&apos;s VMs one by one and follows their jobs together.</source>
        <translation>レプリケーション グループは復旧計画を通してのみ再保護してください。すべての VM に値と同じマスター ターゲット サーバーが必要です。ウィザードは計画内の VM を 1 台ずつ再保護し、それらのジョブをまとめて追跡します。</translation>
    </message>
    <message>
        <source>Follow the job until it ends. When the VM is protected, the next step is failback, which shuts down the Azure VM and starts the on-premises one: plan the downtime.</source>
        <translation>ジョブが終了するまで追跡してください。VM が保護されたら、次の手順はフェールバックです。フェールバックでは Azure VM がシャットダウンされ、オンプレミスの VM が起動します。ダウンタイムを計画してください。</translation>
    </message>
    <message>
        <source>After failback, a Linux VM&apos;s static IP comes back as DHCP: sign in and set it again; NetworkManager may have been removed in Azure. Windows VMs keep their static IP.</source>
        <translation>フェールバック後、Linux VM の静的 IP は DHCP に戻ります。サインインして再設定してください (NetworkManager が Azure で削除されている場合があります)。Windows VM は静的 IP を保持します。</translation>
    </message>
    <message>
        <source>How much data goes back can&apos;t be calculated in advance: from nothing to the sum of all disk sizes. No duration can be promised.</source>
        <translation>戻されるデータ量は事前に計算できません。まったくない場合から、全ディスクのサイズの合計までありえます。所要時間は約束できません。</translation>
    </message>
    <message>
        <source>Failback needs at least one recovery point for every VM (of the plan).</source>
        <translation>フェールバックには、(計画内の) すべての VM に少なくとも 1 つの復旧ポイントが必要です。</translation>
    </message>
    <message>
        <source>Known ASR job error codes come with their documented cause and fix; for any other code follow the service&apos;s own recommended action.</source>
        <translation>既知の ASR ジョブ エラー コードには、文書化された原因と対処方法が示されます。その他のコードについては、サービス自体の推奨される操作に従ってください。</translation>
    </message>
    <message>
        <source>Choose a healthy replication appliance registered in the vault (recent heartbeat, health Normal). Fix or restart the unhealthy appliance from its configuration manager; a failed reprotect can be retried on another healthy appliance.</source>
        <translation>コンテナー (資格情報コンテナー) に登録された正常なレプリケーション アプライアンス (最近のハートビート、正常性が Normal) を選択してください。正常でないアプライアンスは構成マネージャーから修正または再起動してください。失敗した再保護は、別の正常なアプライアンスで再試行できます。</translation>
    </message>
    <message>
        <source>The appliance must reach the datastore holding the source machine: give its ESXi host access to that datastore (a shared datastore is enough), or choose an appliance that reaches it. Do not move the appliance with Storage vMotion after reprotect.</source>
        <translation>アプライアンスは、ソース マシンを保持するデータストアにアクセスできる必要があります。その ESXi ホストにそのデータストアへのアクセス権を与えるか (共有データストアで十分です)、そのデータストアにアクセスできるアプライアンスを選択してください。再保護の後は、アプライアンスを Storage vMotion で移動しないでください。</translation>
    </message>
    <message>
        <source>When the on-premises VM still exists its own datastore is used (original location); when it is gone, choose a datastore in the appliance&apos;s vCenter that the appliance can read and write (alternate location: a new VM and a full copy).</source>
        <translation>オンプレミスの VM がまだ存在する場合は、その VM 自身のデータストアが使用されます (元の場所)。存在しない場合は、アプライアンスの vCenter 内で、アプライアンスが読み取りと書き込みを行えるデータストアを選択してください (別の場所: 新しい VM と完全コピー)。</translation>
    </message>
    <message>
        <source>The modernized flow has no retention drive: replication logs go to a log storage account in Azure. Reuse the one the VM already replicates through, or choose another one.</source>
        <translation>最新のフローにはリテンション ドライブがありません: レプリケーション ログは Azure のログ ストレージ アカウントに書き込まれます。VM が既に使用しているものを再利用するか、別のものを選択してください。</translation>
    </message>
    <message>
        <source>After failback static IPs are not kept, fstab/LVM configuration may change and iSCSI disks come back as VMDKs: check them on the on-premises VM. A planned failback can be cancelled (its disks are snapshotted and rolled back).</source>
        <translation>フェールバック後は静的 IP が保持されず、fstab/LVM の構成が変わることがあり、iSCSI ディスクは VMDK として戻ります。オンプレミスの VM で確認してください。計画されたフェールバックはキャンセルできます (ディスクはスナップショットが取得され、ロールバックされます)。</translation>
    </message>
    <message>
        <source>Fail back with the architecture&apos;s own operation: classic items by an unplanned failover (the portal&apos;s &apos;Failover&apos;), modernized items by a planned failover. Wait until the item offers it: it appears once the reprotect has finished and the item is protected.</source>
        <translation>アーキテクチャに応じた操作でフェールバックしてください: クラシックのアイテムは計画外フェールオーバー (ポータルの [フェールオーバー])、最新のアイテムは計画されたフェールオーバーです。アイテムで提供されるまで待ってください: 再保護が完了してアイテムが保護されると表示されます。</translation>
    </message>
    <message>
        <source>The failback goes from Azure to on-premises. If the item does not replicate back on-premises (InMage or InMageRcmFailback), reprotect it first.</source>
        <translation>フェールバックは Azure からオンプレミスへ行います。アイテムがオンプレミスへ逆方向にレプリケートしていない場合 (InMage または InMageRcmFailback)、先に再保護してください。</translation>
    </message>
    <message>
        <source>LatestTime (latest processed, crash-consistent) loses the least data and is recommended. LatestTag (latest application-consistent) is older. A custom point must be one of the item&apos;s recovery points.</source>
        <translation>LatestTime (最新の処理済み、クラッシュ整合性) は失われるデータが最も少なく、推奨されます。LatestTag (最新のアプリケーションの整合性) はそれより古くなります。カスタムのポイントはアイテムの復旧ポイントのいずれかである必要があります。</translation>
    </message>
    <message>
        <source>CrashConsistent is recommended. A planned failover first copies the pending changes, so the point is taken after the job starts.</source>
        <translation>CrashConsistent を推奨します。計画されたフェールオーバーでは先に保留中の変更がコピーされるため、ポイントはジョブの開始後に作成されます。</translation>
    </message>
    <message>
        <source>Plan a maintenance window and make sure users are off the application: the Azure VM is shut down, then the on-premises VM is powered on.</source>
        <translation>メンテナンス期間を計画し、ユーザーがアプリケーションを使用していないことを確認してください: Azure VM がシャットダウンされてから、オンプレミスの VM の電源がオンになります。</translation>
    </message>
    <message>
        <source>Fail over and commit a VM in a replication group through its recovery plan, never item by item.</source>
        <translation>レプリケーション グループの VM は、アイテムごとではなく、必ず復旧計画を通してフェールオーバーとコミットを行ってください。</translation>
    </message>
    <message>
        <source>A plan fails back only when every member is ready and all replicate back with the same provider: wait for the members that are not ready, or fail back the ready ones item by item.</source>
        <translation>計画がフェールバックできるのは、すべてのメンバーの準備ができていて、すべてが同じプロバイダーで逆方向にレプリケートしている場合だけです: 準備ができていないメンバーを待つか、準備ができたものをアイテムごとにフェールバックしてください。</translation>
    </message>
    <message>
        <source>Fix the site first: configuration server and vCenter connected, no snapshots and no Storage vMotion on the master target (classic), a healthy replication appliance (modernized).</source>
        <translation>先にサイトを修正してください: 構成サーバーと vCenter が接続され、マスター ターゲット サーバーにスナップショットや Storage vMotion がないこと (クラシック)、正常なレプリケーション アプライアンス (最新)。</translation>
    </message>
    <message>
        <source>Free memory on the ESXi host (power off other VMs or add memory) or move the on-premises VM to a host with enough memory (vMotion); otherwise it fails to boot with error 8038.</source>
        <translation>ESXi ホストのメモリを解放する (他の VM の電源をオフにするかメモリを追加する) か、オンプレミスの VM を十分なメモリのあるホストに移動してください (vMotion)。そうしないとエラー 8038 で起動に失敗します。</translation>
    </message>
    <message>
        <source>A classic failback can be neither cancelled nor retried: check the recovery point and the window before you start. A modernized planned failover can be cancelled: its disks are rolled back.</source>
        <translation>クラシックのフェールバックはキャンセルも再試行もできません: 開始前に復旧ポイントと作業時間帯を確認してください。最新のエクスペリエンスの計画されたフェールオーバーはキャンセルでき、ディスクはロールバックされます。</translation>
    </message>
    <message>
        <source>Check the on-premises VM in vCenter before you commit: powered on, VMware Tools running (re-enable them on Windows), an IP address. Static IPs may not be kept (modernized).</source>
        <translation>コミットの前に vCenter でオンプレミスの VM を確認してください: 電源がオン、VMware Tools が実行中 (Windows では再有効化)、IP アドレスがあること。静的 IP は保持されない場合があります (最新)。</translation>
    </message>
    <message>
        <source>Cancel applies only to a modernized planned failover, and only while the item offers it. A classic failback can&apos;t be cancelled: commit it once the on-premises VM works. Never disable protection instead.</source>
        <translation>キャンセルできるのは最新のアーキテクチャの計画フェールオーバーだけで、アイテムがキャンセルを提示している間に限られます。クラシックのフェールバックはキャンセルできません。オンプレミスの VM が動作したらコミットしてください。代わりに保護を無効にしないでください。</translation>
    </message>
    <message>
        <source>A failed planned failover is cancelled first (Cancel failover), then retried. Never disable protection.</source>
        <translation>失敗した計画されたフェールオーバーは、先にキャンセル (フェールオーバーのキャンセル) してから再試行します。保護は絶対に無効にしないでください。</translation>
    </message>
    <message>
        <source>Commit only when the item offers it. A classic commit deletes the failed-over Azure VM and cannot be undone: check the on-premises VM first.</source>
        <translation>コミットはアイテムで提供されている場合にのみ行ってください。クラシックのコミットはフェールオーバーした Azure VM を削除し、元に戻せません: 先にオンプレミスの VM を確認してください。</translation>
    </message>
    <message>
        <source>Confirm that the application works on-premises before you commit; the confirmation goes into the report.</source>
        <translation>コミットの前に、アプリケーションがオンプレミスで動作することを確認してください。確認はレポートに記録されます。</translation>
    </message>
    <message>
        <source>Modernized: when Commit is not offered, continue with Reprotect to Azure, or cancel the failover if the application does not work on-premises.</source>
        <translation>最新: コミットが提供されていない場合は Azure への再保護に進むか、アプリケーションがオンプレミスで動作しない場合はフェールオーバーをキャンセルしてください。</translation>
    </message>
    <message>
        <source>Commit a VM in a replication group through its recovery plan.</source>
        <translation>レプリケーション グループの VM は復旧計画を通してコミットしてください。</translation>
    </message>
    <message>
        <source>After commit the recovery point can&apos;t be changed any more and the remaining points are deleted.</source>
        <translation>コミット後は復旧ポイントを変更できなくなり、残りのポイントは削除されます。</translation>
    </message>
    <message>
        <source>After commit the VM runs on-premises without protection: protect it to Azure again now, and remove the Azure resources added after failover (public IPs, NSG rules).</source>
        <translation>コミット後、VM は保護されないままオンプレミスで実行されます: すぐに Azure に再度保護し、フェールオーバー後に追加した Azure リソース (パブリック IP、NSG 規則) を削除してください。</translation>
    </message>
    <message>
        <source>Protect to Azure again once the item offers Reprotect and nothing else runs on it.</source>
        <translation>アイテムで再保護が提供され、他に何も実行されていなくなったら、Azure に再度保護してください。</translation>
    </message>
    <message>
        <source>Wait until the countdown ends: the on-premises VM&apos;s agent needs up to 15 minutes after boot to register with the configuration server again.</source>
        <translation>カウントダウンが終わるまでお待ちください: オンプレミスの VM のエージェントが構成サーバーに再登録されるまで、起動後最大 15 分かかります。</translation>
    </message>
    <message>
        <source>Choose an on-premises process server with a recent heartbeat, the run-as account that can reach the VM, and the replication policy of the container mapping.</source>
        <translation>最近のハートビートがあるオンプレミスのプロセス サーバー、VM に到達できる実行アカウント、コンテナー マッピングのレプリケーション ポリシーを選択してください。</translation>
    </message>
    <message>
        <source>Choose the appliance&apos;s process server and the replication policy; the run-as account is optional.</source>
        <translation>アプライアンスのプロセス サーバーとレプリケーション ポリシーを選択してください。実行アカウントは省略できます。</translation>
    </message>
    <message>
        <source>Choose a healthy process server or appliance (Normal health, recent heartbeat), or fix the one chosen.</source>
        <translation>正常なプロセス サーバーまたはアプライアンス (正常性が正常で最近のハートビートがあるもの) を選択するか、選択したものを修正してください。</translation>
    </message>
    <message>
        <source>After the job, review the item&apos;s compute and network settings in Azure before the next failover.</source>
        <translation>ジョブの後、次のフェールオーバーの前に Azure でアイテムのコンピューティングとネットワークの設定を確認してください。</translation>
    </message>
    <message>
        <source>There is no plan-level reprotect: reprotect each member of the plan.</source>
        <translation>計画単位の再保護はありません: 計画の各メンバーを再保護してください。</translation>
    </message>
    <message>
        <source>Classic replication is retired: if Azure refuses the reprotect, migrate the VM to the modernized architecture.</source>
        <translation>クラシックのレプリケーションは提供終了です: Azure が再保護を拒否した場合は、VM を最新のアーキテクチャに移行してください。</translation>
    </message>
    <message>
        <source>Wait until the reprotect job has succeeded and no other operation runs on the item; the pane keeps reading it. A failed reprotect must be fixed and run again first.</source>
        <translation>再保護ジョブが成功し、アイテムでほかの操作が実行されなくなるまで待ってください。ウィンドウは読み取りを続けます。失敗した再保護は、先に修正してもう一度実行する必要があります。</translation>
    </message>
    <message>
        <source>The item still replicates to Azure: the reprotect did not take effect. Run the reprotect wizard again for this VM.</source>
        <translation>アイテムはまだ Azure にレプリケートされています: 再保護は反映されていません。この VM で再保護ウィザードをもう一度実行してください。</translation>
    </message>
    <message>
        <source>Failback needs the item Protected with replication health Normal. Read its health errors below and fix them; a Warning may be accepted after you confirm. Modernized: the replication appliance must be healthy.</source>
        <translation>フェールバックには、アイテムが保護済みで、レプリケーションの正常性が正常である必要があります。下の正常性エラーを読んで修正してください。警告は確認したうえで受け入れることができます。最新のエクスペリエンス: レプリケーション アプライアンスが正常である必要があります。</translation>
    </message>
    <message>
        <source>Follow each health error&apos;s recommended action; the health clears by itself once the cause is fixed.</source>
        <translation>各正常性エラーの推奨される操作に従ってください。原因が修正されると、正常性は自動的に回復します。</translation>
    </message>
    <message>
        <source>Wait until initial replication reaches 100 % on every disk. Slow or no progress: check the network between Azure and the process server / appliance and the target datastore&apos;s free space.</source>
        <translation>すべてのディスクで初期レプリケーションが 100 % になるまで待ってください。進行が遅いか止まっている場合: Azure とプロセス サーバー / アプライアンスの間のネットワークと、ターゲット データストアの空き容量を確認してください。</translation>
    </message>
    <message>
        <source>Failback needs at least one recovery point for every VM: wait until one exists.</source>
        <translation>フェールバックには、すべての VM に少なくとも 1 つの復旧ポイントが必要です: 復旧ポイントができるまで待ってください。</translation>
    </message>
    <message>
        <source>The RPO is over the failback policy&apos;s threshold: check the bandwidth to on-premises and the process server&apos;s load, and wait until the RPO comes down before failing back.</source>
        <translation>RPO がフェールバック ポリシーのしきい値を超えています: オンプレミスへの帯域幅とプロセス サーバーの負荷を確認し、RPO が下がるまで待ってからフェールバックしてください。</translation>
    </message>
    <message>
        <source>A resynchronization is running: wait until it finishes before failing back.</source>
        <translation>再同期が実行中です: 終わるまで待ってからフェールバックしてください。</translation>
    </message>
    <message>
        <source>Slow initial replication follows the data rate: check the bandwidth to on-premises.</source>
        <translation>初期レプリケーションの遅さはデータ転送速度によるものです: オンプレミスへの帯域幅を確認してください。</translation>
    </message>
    <message>
        <source>The agent on the Azure VM does not report: check that the VM runs and reaches the configuration server or the replication appliance (Mobility service started, Site Recovery URLs reachable).</source>
        <translation>Azure VM のエージェントが報告していません: VM が実行中で、構成サーバーまたはレプリケーション アプライアンスに到達できること (Mobility サービスが開始済み、Site Recovery の URL に到達可能) を確認してください。</translation>
    </message>
    <message>
        <source>Keep the Azure VM running until failback; start it again if it was stopped.</source>
        <translation>フェールバックまで Azure VM を実行したままにしてください。停止した場合はもう一度起動してください。</translation>
    </message>
    <message>
        <source>Keep the on-premises VM powered off (and in place) until failback; powering it on breaks the replication (SUB-01).</source>
        <translation>フェールバックまでオンプレミスの VM の電源をオフのまま (そのままの場所) にしてください。電源をオンにするとレプリケーションが中断されます (SUB-01)。</translation>
    </message>
    <message>
        <source>A plan fails back only when every member VM is ready and all replicate with the same provider.</source>
        <translation>計画がフェールバックできるのは、すべてのメンバー VM の準備ができ、すべてが同じプロバイダーでレプリケートされている場合だけです。</translation>
    </message>
</context>
<context>
    <name>report_export</name>
    <message>
        <source>This run has no record of its choices, so no drill report can be made for it.</source>
        <translation>この実行には選択内容の記録がないため、訓練レポートを作成できません。</translation>
    </message>
    <message>
        <source>Reports exist for runs submitted from this app; see the vault&apos;s Site Recovery jobs for others.</source>
        <translation>レポートは、このアプリから送信した実行にのみあります。その他の実行については、コンテナーの Site Recovery ジョブを参照してください。</translation>
    </message>
    <message>
        <source>The PDF report could not be written to {path}.</source>
        <translation>PDF レポートを {path} に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, then export again.</source>
        <translation>書き込み可能なフォルダーを選択してから、もう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>The report could not be written to {path} ({reason}).</source>
        <translation>レポートを {path} に書き込めませんでした ({reason})。</translation>
    </message>
    <message>
        <source>Drill report in {language} (*.html)</source>
        <translation>訓練レポート ({language}) (*.html)</translation>
    </message>
    <message>
        <source>Save the drill report</source>
        <translation>訓練レポートの保存</translation>
    </message>
    <message>
        <source>Drill report</source>
        <translation>訓練レポート</translation>
    </message>
    <message>
        <source>Saved:
{html}
{pdf}</source>
        <translation>保存しました:
{html}
{pdf}</translation>
    </message>
</context>
<context>
    <name>resume</name>
    <message>
        <source>failback</source>
        <translation>フェールバック</translation>
    </message>
    <message>
        <source>cancel of the failback</source>
        <translation>フェールバックの取り消し</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>コミット</translation>
    </message>
    <message>
        <source>reprotect to Azure</source>
        <translation>Azure への再保護</translation>
    </message>
    <message>
        <source>• {vm} — job {job} (accepted {when} UTC)</source>
        <translation>• {vm} — ジョブ {job} (受け付け {when} UTC)</translation>
    </message>
    <message>
        <source>• {vm} — {step} job {job} (accepted {when} UTC)</source>
        <translation>• {vm} — {step} ジョブ {job} (受け付け {when} UTC)</translation>
    </message>
    <message>
        <source>Reprotect jobs in progress</source>
        <translation>進行中の再保護ジョブ</translation>
    </message>
    <message>
        <source>{n} reprotect job(s) were being followed when the app last stopped.</source>
        <translation>前回アプリが停止したとき、{n} 件の再保護ジョブを追跡中でした。</translation>
    </message>
    <message>
        <source>They kept running in Azure. Follow them again here, so their outcome is recorded in the audit log and the drill report?</source>
        <translation>これらのジョブは Azure で実行を続けています。ここで追跡を再開して、結果を監査ログと訓練レポートに記録しますか?</translation>
    </message>
    <message>
        <source>&amp;Follow them</source>
        <translation>追跡する(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>後で(&amp;N)</translation>
    </message>
    <message>
        <source>F&amp;orget them</source>
        <translation>破棄する(&amp;O)</translation>
    </message>
</context>
<context>
    <name>sign_in</name>
    <message>
        <source>Interactive browser sign-in</source>
        <translation>ブラウザーでの対話型サインイン</translation>
    </message>
    <message>
        <source>Device code (sign in on another device)</source>
        <translation>デバイス コード (別のデバイスでサインイン)</translation>
    </message>
    <message>
        <source>Azure CLI (az login)</source>
        <translation>Azure CLI (az login)</translation>
    </message>
    <message>
        <source>Service principal with client secret</source>
        <translation>クライアント シークレットを使用するサービス プリンシパル</translation>
    </message>
    <message>
        <source>Service principal with certificate</source>
        <translation>証明書を使用するサービス プリンシパル</translation>
    </message>
    <message>
        <source>Managed identity (this machine&apos;s Azure identity)</source>
        <translation>マネージド ID (このマシンの Azure ID)</translation>
    </message>
    <message>
        <source>Azure (global)</source>
        <translation>Azure (グローバル)</translation>
    </message>
    <message>
        <source>Azure China (21Vianet)</source>
        <translation>Azure China (21Vianet)</translation>
    </message>
    <message>
        <source>Azure US Government</source>
        <translation>Azure US Government</translation>
    </message>
</context>
<context>
    <name>tls</name>
    <message>
        <source>self-signed certificate</source>
        <translation>自己署名証明書</translation>
    </message>
    <message>
        <source>self signed certificate</source>
        <translation>自己署名証明書</translation>
    </message>
    <message>
        <source>self-signed certificate in certificate chain</source>
        <translation>証明書チェーンに自己署名証明書があります</translation>
    </message>
    <message>
        <source>self signed certificate in certificate chain</source>
        <translation>証明書チェーンに自己署名証明書があります</translation>
    </message>
    <message>
        <source>unable to get local issuer certificate</source>
        <translation>発行元の証明書がこのコンピューターにありません</translation>
    </message>
    <message>
        <source>certificate has expired</source>
        <translation>証明書の有効期限が切れています</translation>
    </message>
    <message>
        <source>certificate is not yet valid</source>
        <translation>証明書はまだ有効になっていません</translation>
    </message>
    <message>
        <source>Hostname mismatch, certificate is not valid for this host.</source>
        <translation>ホスト名が一致しません。証明書はこのホストに対して有効ではありません。</translation>
    </message>
    <message>
        <source>certificate verification failed</source>
        <translation>証明書の検証に失敗しました</translation>
    </message>
    <message>
        <source>the TLS library&apos;s words: “{text}”</source>
        <translation>TLS ライブラリの原文: “{text}”</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>{n} s ago</source>
        <translation>{n} 秒前</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>{n} 分前</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>{n} 時間前</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>{n} 日前</translation>
    </message>
    <message>
        <source>on-premises</source>
        <translation>オンプレミス</translation>
    </message>
    <message>
        <source>location unknown</source>
        <translation>場所不明</translation>
    </message>
    <message>
        <source>✖ Can&apos;t be chosen — {reason}</source>
        <translation>✖ 選択できません — {reason}</translation>
    </message>
</context>
</TS>
