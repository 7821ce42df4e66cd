import type { enHelpTopics } from '../en/help-topics.ts';
import type { ProseTranslation } from '../translation.ts';

/** 日本語: per-command help (see en/help-topics.ts); usage lines and examples are commands and stay English. */
const TARGET =
  '-g/--resource-group、-c/--cluster-name、-t/--cluster-type (既定値: チャンネルの `use` コンテキスト)、--cluster-rp、--subscription';
/** `--namespace` of the commands that name a Flux object (reconcile, suspend, resume). */
const NAMESPACE =
  '--namespace/--ns NS (または名前として NAMESPACE/NAME): その名前空間だけを探します。名前が複数の名前空間にあるときは必須です。-n はありません (az では -n は --name です)。';
const EVENTS_NAMESPACE =
  '--namespace/--ns NS (または名前として NAMESPACE/NAME): その名前空間のオブジェクトのイベントだけを表示します。-n はありません (az では -n は --name です)。';

export const jaHelpTopics: ProseTranslation<typeof enHelpTopics> = {
  'help.topic.create.summary': 'Flux 構成を作成します (fluxConfigurations PUT)。',
  'help.topic.create.flags': [
    TARGET,
    '-n/--name (必須)、-s/--scope cluster|namespace [cluster]、--namespace/--ns [default]',
    '--kind git|bucket|azblob [git]、-u/--url (必須)、--timeout [10m]、--interval/--sync-interval [10m]',
    'git: --branch/--tag/--semver/--commit (いずれか 1 つ)、--https-user + --https-key、--ssh-private-key (base64)、--known-hosts (base64)、--https-ca-cert (base64)、--local-auth-ref',
    'bucket: --bucket-name、--bucket-access-key + --bucket-secret-key または --local-auth-ref、--bucket-insecure [false]',
    'azblob: --container-name、サービス プリンシパル (--sp-client-id --sp-tenant-id --sp-client-secret|--sp-client-cert [--sp-cert-password] [--sp-cert-send-chain]) | --account-key | --sas-token | --mi-client-id | --local-auth-ref',
    '-k/--kustomization name=… path=… prune=true|false force=… dependsOn=["a","b"] sync_interval=… retry_interval=… timeout=… disable_health_check=… (繰り返し可。なければ kustomization-1)',
    '--suspend [false]、--no-wait',
  ].join('\n'),
  'help.topic.update.summary': 'Flux 構成を変更します (fluxConfigurations PATCH)。指定したフィールドだけを送ります。',
  'help.topic.update.flags': `${TARGET}\n--scope/--namespace 以外は \`help create\` と同じフラグ。URL、参照、kind の変更、一時停止、prune=false には確認が必要です。`,
  'help.topic.show.summary': 'Flux 構成をコンプライアンス状態とともに表示します。',
  'help.topic.show.flags': TARGET,
  'help.topic.list.summary': 'クラスターの Flux 構成を一覧表示します。',
  'help.topic.list.flags': TARGET,
  'help.topic.delete.summary': 'Flux 構成を削除します (prune の場合はデプロイしたものも)。',
  'help.topic.delete.flags': `${TARGET}\n--force [false] (forceDelete)、--yes (az と同様に受け付けます。管理者がチャンネルに \`access policy confirm=allow-yes\` を設定していない限り、fluxops は確認を求めます)、--no-wait`,
  'help.topic.kustomization.summary': '構成の kustomization を 1 つ追加、変更、削除、一覧表示、表示します。',
  'help.topic.kustomization.flags': `${TARGET}\n-n/--name CONFIG、-k/--kustomization-name NAME、--path [""]、--depends-on/--dependencies/--depends、--timeout、--interval/--sync-interval、--retry-interval、--prune、--force、--disable-health-check、--yes、--no-wait`,
  'help.topic.deployed-object.summary': '構成がデプロイしたオブジェクトを一覧表示または表示します。',
  'help.topic.deployed-object.flags': TARGET,
  'help.topic.extension.summary': 'microsoft.flux クラスター拡張機能 (-n を指定しない限り名前は `flux`)。',
  'help.topic.extension.flags': [
    TARGET,
    '--extension-type microsoft.flux、--scope cluster、--release-namespace flux-system (Flux では固定)',
    '--auto-upgrade-minor-version/--auto-upgrade [true]、--version (auto-upgrade false が必要)、--release-train [Stable]',
    '--config K=V … (例: helm-controller.detectDrift=true、<controller>.log-level=debug|info|error、<controller>.resources.limits.memory=2Gi、kustomize-controller.concurrent=6)、--config-protected K=V … (シークレット)',
    'delete: --force、--yes',
  ].join('\n'),
  'help.topic.loglevel.summary': 'コントローラーのログ レベルを設定します (拡張機能の更新)。',
  'help.topic.loglevel.flags': `${TARGET}\nfluxconfig-agent と fluxconfig-controller は info|error のみ。`,
  'help.topic.controllers.summary':
    'Flux コントローラーをオンまたはオフにします (拡張機能の更新。オフには確認が必要)。',
  'help.topic.controllers.flags': `${TARGET}\nコントローラー: source、kustomize、helm、notification、image-automation、image-reflector (-controller は省略可)。`,
  'help.topic.drift.summary': 'Helm のドリフト検出のオン/オフ (helm-controller.detectDrift)。',
  'help.topic.drift.flags': TARGET,
  'help.topic.oomwatch.summary': 'Helm のメモリ不足監視 (helm-controller.outOfMemoryWatch.*)。',
  'help.topic.oomwatch.flags': TARGET,
  'help.topic.resources.summary': 'コントローラーの CPU/メモリ (<controller>.resources.*)。',
  'help.topic.resources.flags': TARGET,
  'help.topic.scale.summary': 'kustomize-controller の同時実行の設定。',
  'help.topic.scale.flags': TARGET,
  'help.topic.strict-substitution.summary': 'kustomize-controller の厳密なビルド後置換。',
  'help.topic.strict-substitution.flags': TARGET,
  'help.topic.status.summary': 'クラスターの構成と Flux オブジェクトの正常性。',
  'help.topic.status.flags': TARGET,
  'help.topic.reconcile.summary': 'Flux に今すぐ調整するよう依頼します。',
  'help.topic.reconcile.flags': `${TARGET}\n${NAMESPACE}`,
  'help.topic.suspend.summary': 'Flux オブジェクトを一時停止します (確認が必要)。',
  'help.topic.suspend.flags': `${TARGET}\n${NAMESPACE}`,
  'help.topic.resume.summary': '一時停止した Flux オブジェクトを再開します。',
  'help.topic.resume.flags': `${TARGET}\n${NAMESPACE}`,
  'help.topic.events.summary': '最近の Flux イベント (オブジェクトを 1 つに絞ることもできます)。',
  'help.topic.events.flags': `${TARGET}\n${EVENTS_NAMESPACE}`,
  'help.topic.logs.summary': 'Flux コントローラーのログ。',
  'help.topic.logs.flags': TARGET,
  'help.topic.use.summary': 'このチャンネルの既定のクラスター、またはアラートの言語を設定します。',
  'help.topic.use.flags':
    '--cluster-rp は provisionedClusters (Microsoft.HybridContainerService) 以外では種類から決まります。--lang はこのチャンネルのアラート、復旧通知、ダイジェストの言語を設定します (コマンドへの返信は各読み手の言語。既定値は FLUXOPS_DEFAULT_LOCALE)。',
  'help.topic.context.summary': 'このチャンネルの既定のクラスターを表示します。',
  'help.topic.context.flags': '(なし)',
  'help.topic.jobs.summary': 'このチャンネルで実行中または最近終わったジョブ。',
  'help.topic.jobs.flags': '(なし)',
  'help.topic.audit.summary':
    'ここで誰がどのコマンドを実行、確認、または拒否されたか、そして判断したロール (シークレットは伏せ字)。',
  'help.topic.audit.flags': '--user: 1 人のユーザーの行、--since: 直近の DURATION (例: 2h、30m)、--denied: 拒否のみ。',
  'help.topic.alerts.summary': 'このチャンネルの Flux アラート。',
  'help.topic.alerts.flags': '--severity [error]。期間は 30m、2h など。',
  'help.topic.access.summary': '誰が何をできるか: ユーザーごと、チャンネルごとのロール (viewer、operator、admin)。',
  'help.topic.access.flags':
    '@ID は `access whoami` が表示するユーザー ID (Slack の U…、Teams の AAD オブジェクト ID、コンソールの名前)、または slack:T024BE7LD/U012AB3CD のような完全な ID。--channel はこのチャンネルの全員にバインドします。',
  'help.topic.help.summary': 'このヘルプ。',
  'help.topic.help.flags': '(なし)',
};
