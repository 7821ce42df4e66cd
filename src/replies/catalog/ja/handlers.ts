import type { enHandlers } from '../en/handlers.ts';
import type { Translation } from '../translation.ts';
import { jaHandlersAlerts } from './handlers-alerts.ts';
import { jaHandlersCommands } from './handlers-commands.ts';
import { jaHandlersFlux } from './handlers-flux.ts';

/** 日本語 see en/handlers.ts. */
export const jaHandlers: Translation<typeof enHandlers> = {
  'handler.field.compliance': 'コンプライアンス',
  'handler.field.provisioning': 'プロビジョニング',
  'handler.field.namespace': '名前空間',
  'handler.field.source': 'ソース',
  'handler.field.ref': '参照',
  'handler.field.syncedCommit': '同期済みコミット',
  'handler.field.suspended': '中断中',
  'handler.field.error': 'エラー',
  'handler.field.deployKey': 'デプロイ キー (リポジトリに追加してください)',
  'handler.field.httpStatus': 'HTTP 状態',
  'handler.field.operation': '操作',
  'handler.field.checkWith': '確認コマンド',
  'handler.field.extension': '拡張機能',
  'handler.field.state': '状態',
  'handler.field.upgradeCommand': 'アップグレード コマンド',
  'handler.value.yes': 'はい',
  'handler.value.unknown': 'Unknown',
  'handler.config.namespaceScope': '{namespace} (スコープ {scope})',
  'handler.config.ref': '{kind, select, commit {コミット} semver {semver} tag {タグ} other {ブランチ}} {value}',
  'handler.table.kustomizations': 'kustomization',
  'handler.table.objects': 'オブジェクト',
  'handler.table.failingObjects': '失敗しているオブジェクト',
  'handler.table.details': '詳細',
  'handler.column.name': '名前',
  'handler.column.path': 'パス',
  'handler.column.dependsOn': '依存関係',
  'handler.column.prune': 'PRUNE',
  'handler.column.interval': '間隔',
  'handler.column.kind': '種類',
  'handler.column.namespace': '名前空間',
  'handler.column.compliance': 'コンプライアンス',
  'handler.column.reason': '理由',
  'handler.column.message': 'メッセージ',
  'handler.column.appliedBy': '適用元',
  'handler.column.code': 'コード',
  'handler.column.messageText': 'メッセージ',
  'handler.column.key': 'キー',
  'handler.column.minimumVersion': '最小バージョン',
  'handler.column.installed': 'インストール済み',
  'handler.write.sending': '{label}: Azure に {method} を送信しています…',
  'handler.write.conflict':
    '{label}: Azure が別の操作の進行中を報告しています ({code}: {message})。その完了を待ってから送信します。',
  'handler.write.resumed': '{label}: 操作 {operation} を再開しています (受け付け済みのため再送しません)。',
  'handler.write.accepted': '{label}: Azure が受け付けました。操作 {operation}。',
  'handler.write.acceptedNoWait': '{label}: Azure が受け付けました。操作 {operation} (--no-wait: 追跡しません)。',
  'handler.write.status': '{label}: 操作 {operation} {status}。',
  'handler.write.nothingToDo': '{label}: Azure が即座に応答しました — 変更なし (204)。',
  'handler.write.doneAtOnce': '{label}: Azure が即座に応答しました — 完了 (HTTP {statusCode})。',
  'handler.compliance.progress': 'コンプライアンス: {history}',
  'handler.compliance.waitingAgent': 'コンプライアンス: Flux エージェントの報告を待っています (約 1 分)。',
  'handler.compliance.waitingAgentBefore':
    'コンプライアンス: Flux エージェントの報告を待っています (約 1 分)。Azure にはまだ変更前の {state} が表示されています。',
  'handler.compliance.waitingAgentFirst':
    'コンプライアンス: Flux エージェントの最初の報告を待っています (約 1 分)。それまで Azure には {state} が表示されます。',
  'handler.compliance.staleFirst':
    'Azure は {name} を受け付けましたが、Flux エージェントからまだ報告がありません ({deadline} 経過)。報告があるまで Azure の表示は結果ではありません。`flux show {name}` でエージェントの最初の報告を確認できます。',
  'handler.compliance.stale':
    'Azure は {name} を受け付けましたが、変更後 Flux エージェントから報告がありません ({deadline} 経過)。Azure の表示は変更前のもので、結果ではありません。`flux show {name}` でエージェントの次の報告を確認できます。',
  'handler.compliance.staleWithState':
    'Azure は {name} を受け付けましたが、変更後 Flux エージェントから報告がありません ({deadline} 経過)。Azure の表示 ({state}) は変更前のもので、結果ではありません。`flux show {name}` でエージェントの次の報告を確認できます。',
  'handler.compliance.unsettled':
    'Azure は {name} を受け付けましたが、{deadline} 経過しても Flux の調整が完了していません (現在 {state})。`flux show {name}` で進行状況を確認できます。',
  'handler.compliance.failed': '{name} は {state} です: Flux はすべてを適用できませんでした。',
  'handler.compliance.settled': '{name} は {state} です。',
  'handler.noWait.accepted':
    '{what}: Azure が受け付けました (操作 {operation})。--no-wait のため fluxops はこの操作を追跡しないので、このメッセージに結果は表示されません。`{check}` で確認してください。',
  'handler.noWait.atOnce':
    '{what}: Azure が即座に応答しました (HTTP {statusCode})。追跡する操作はありません。`{check}` で結果を確認できます。',
  'handler.worker.notAvailable': '`{kind}` は認識されましたが、このバージョンの fluxops ではまだ使用できません。',
  'handler.worker.throttled':
    'Azure が {code} ({message}) を返しました。Retry-After の指示どおり {seconds} 秒待ってから再試行します。',
  'handler.worker.retrying':
    'Azure が {code} ({message}) を返しました。再試行します ({attempts} 回中 {attempt} 回目)。',
  'handler.fluxConfig.notFound':
    '{cluster} に "{name}" という名前の Flux 構成はありません。`flux list` で既存の構成を確認できます。',
  'handler.extension.notInstalled':
    '拡張機能 "{name}" は {cluster} にインストールされていません。`flux create` が microsoft.flux を自動でインストールします。または `extension create -n flux --extension-type microsoft.flux` を実行してください。',
  'handler.extension.isInstalled': 'microsoft.flux {version} がインストールされています (拡張機能 {name})。',
  'handler.extension.isInstalledNoVersion': 'microsoft.flux がインストールされています (拡張機能 {name})。',
  'handler.extension.installing':
    "'Microsoft.Flux' 拡張機能はクラスターにインストール中です。Flux v2 構成のインストールを続行できません。`extension show -n {name}` が Succeeded を示してから再試行してください。",
  'handler.extension.notSucceeded':
    "'Microsoft.Flux' 拡張機能はインストールされていますが、クラスター上で成功状態ではありません ({state})。Flux v2 構成のインストールを続行できません。`extension show -n {name}` でエラーを確認し、修正または再インストールしてください。",
  'handler.extension.installLabel':
    'microsoft.flux が {cluster} にインストールされていません。拡張機能 "{name}" としてインストールしています',
  'handler.extension.installLabelNoWait':
    'microsoft.flux が {cluster} にインストールされていません。拡張機能 "{name}" としてインストールしています (--no-wait でも待機します: 拡張機能が Succeeded になるまで Azure は Flux 構成を受け付けません)',
  'handler.guard.servicePrincipal':
    '{cluster} はサービス プリンシパルで作成された AKS クラスターで、microsoft.flux 拡張機能は動作しません。何もインストールしていません。先にクラスターをマネージド ID に切り替えてください:\n{command}\nその後、もう一度実行してください。',
  'handler.guard.openshift':
    '{cluster} は OpenShift で動作しています: microsoft.flux をインストールする前に、Flux のコントローラーには nonroot セキュリティ コンテキスト制約が必要です。ない場合、コントローラーは起動しません。何もインストールしていません。クラスターに対して oc で次の 6 行を実行してください:\n{lines}\nその後、--yes を付けてもう一度実行してください ({rerun})。',
  'handler.guard.openshiftConfirmed': 'OpenShift: nonroot SCC の行が実行済みのため、--yes で続行します:\n{lines}',
  'handler.gate.unknownKeys': '⚠ fluxops には {keys} の記録がありません。指定どおり送信し、Azure が判断します。',
  'handler.gate.tooOld':
    'microsoft.flux {version} は {keys} には古すぎます: 先に {required} 以降 (既知の最新は {latest}) にアップグレードしてから、もう一度実行してください。\n{command}',
  'handler.gate.table': '新しい microsoft.flux が必要',
  'handler.parent.resourceGroup':
    'リソース グループ "{group}" はサブスクリプション {subscription} に存在しません (または fluxops が読み取れません)。-g を確認してください。`az group list -o table` でリソース グループを一覧表示できます (例: `-g flux-demo-rg`)。',
  'handler.parent.noCluster': 'リソース グループ {group} に "{name}" という名前の {type} クラスターはありません。',
  'handler.parent.otherType': 'その名前の {other} クラスターがあります: -t {other} を使用してください ({flags})。',
  'handler.parent.didYouMean': '{guess} のことですか ({flags})?',
  'handler.parent.inGroup': '{group} のクラスター: {listed}。',
  'handler.parent.emptyGroup': 'リソース グループ {group} に Kubernetes クラスターはありません。',
  'handler.advice.unsupported':
    'microsoft.flux {version} はサポート期間外です (最新の {latest} とその前の 2 つのマイナー バージョン、つまり {oldest} 以降がサポート対象)。アップグレード: {command}',
  'handler.advice.autoUpgradeOff':
    '自動アップグレードがオフのため、microsoft.flux は {version} のままでサポート対象外になります。新しいリリースに追従するには: {command}',
  'handler.advice.autoUpgradeOffPinned':
    '自動アップグレードがオフのため、microsoft.flux は固定されたバージョンのままでサポート対象外になります。新しいリリースに追従するには: {command}',
  'handler.advice.azureDevOpsSsh':
    'Azure DevOps は SSH-RSA ホスト キーを受け付けなくなりました。rsa-sha2 がないと Flux はこのリポジトリを取得できません。実行してください: {command} (イメージ自動化が有効な場合は image-automation-controller.ssh-host-key-args も)。',
  'handler.advice.registration':
    'サブスクリプションで GitOps に必要なリソース プロバイダーが登録されていません。次のコマンドを一度実行してください (登録には数分かかります。完了は `az provider show -n Microsoft.KubernetesConfiguration -o table` で確認できます):\n{commands}',
  ...jaHandlersFlux,
  ...jaHandlersCommands,
  ...jaHandlersAlerts,
};
