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
        <source>No longer in the vault</source>
        <translation>コンテナーにもう存在しません</translation>
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
        <translation>アプリケーション整合性スナップショットの頻度:</translation>
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
        <translation>アプリケーション整合性スナップショットの頻度:</translation>
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
        <translation>{policy}: アプリケーション整合性 {app} 分ごと、クラッシュ整合性 {crash} 分ごと</translation>
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
        <translation>{policy}: RPO {rpo} 分、リテンション期間 {hours} 時間、アプリケーション整合性 {app} 分ごと</translation>
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
        <translation>フェールバック ポリシーの値 (RPO しきい値、復旧ポイントのリテンション期間、アプリケーション整合性の頻度) を確認してください。</translation>
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
        <translation>フェールバック ポリシーを作成し (ポータルは順方向のポリシーと一緒に作成します: RPO しきい値 15 分、復旧ポイントのリテンション期間 24 時間、アプリケーション整合性スナップショット 60 分ごと)、フェールバック方向にマップしてください。</translation>
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
        <translation>別の vCenter にフェールバックするには、先に ASR がその vCenter とそのマスター ターゲット サーバーを検出していることを確認してください。Microsoft のフェールバックの種類に関するページでは、元の vCenter と構成サーバーのみがサポートされるとされています。元の vCenter を優先してください。</translation>
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
</context>
<context>
    <name>report</name>
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
        <source>must be fixed before reprotect</source>
        <translation>再保護の前に修正が必要です</translation>
    </message>
    <message>
        <source>accept them to go on</source>
        <translation>続行するには承諾してください</translation>
    </message>
    <message>
        <source>SUB-01: keep the on-premises VMs powered off. ASR powered them off for the reprotect; starting one now would corrupt its disks or break replication.</source>
        <translation>SUB-01: オンプレミスの VM は電源オフのままにしてください。再保護のために ASR が電源をオフにしました。今起動すると、ディスクが破損するかレプリケーションが中断します。</translation>
    </message>
    <message>
        <source>SUB-06: failback needs at least one recovery point for every VM; wait until one exists.</source>
        <translation>SUB-06: フェールバックには、すべての VM に少なくとも 1 つの復旧ポイントが必要です。復旧ポイントができるまでお待ちください。</translation>
    </message>
    <message>
        <source>SUB-04: after failback, Linux VMs come back with DHCP instead of their static IP addresses; set the static addresses again by hand.</source>
        <translation>SUB-04: フェールバック後、Linux VM は静的 IP アドレスではなく DHCP で戻ります。静的アドレスを手動で再設定してください。</translation>
    </message>
    <message>
        <source>Next step: failback (planned failover to on-premises) once every VM shows a recovery point. It shuts the Azure VMs down: plan the downtime (SUB-03).</source>
        <translation>次の手順: すべての VM に復旧ポイントが表示されたら、フェールバック (オンプレミスへの計画されたフェールオーバー) を実行します。Azure VM はシャットダウンされます。ダウンタイムを計画してください (SUB-03)。</translation>
    </message>
    <message>
        <source>Next step: fix the cause of each failed job (see its error and the linked check), then run the reprotect again for those VMs.</source>
        <translation>次の手順: 失敗した各ジョブの原因を修正し (エラーと関連するチェックを参照)、それらの VM の再保護をもう一度実行してください。</translation>
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
        <source>Save the drill report</source>
        <translation>訓練レポートの保存</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Web ページ (*.html)</translation>
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
