import type { enHandlersFlux } from '../en/handlers-flux.ts';
import type { Translation } from '../translation.ts';

/** 日本語 see en/handlers-flux.ts. */
export const jaHandlersFlux: Translation<typeof enHandlersFlux> = {
  'handler.fluxCreate.label': 'Flux 構成 {name} を作成しています',
  'handler.fluxUpdate.label': 'Flux 構成 {name} を更新しています',
  'handler.fluxUpdate.notFound':
    '{cluster} に "{name}" という名前の Flux 構成はありません。`flux create` で作成できます。',
  'handler.fluxDelete.label': 'Flux 構成 {name} を削除しています',
  'handler.fluxDelete.nothing':
    '{cluster} に "{name}" という名前の Flux 構成が見つからないため、削除するものはありません。',
  'handler.fluxDelete.prune':
    '{kustomizations} は prune=true です: {name} を削除すると、それらがデプロイしたものも削除されます。',
  'handler.fluxDelete.pruneObjects':
    '{kustomizations} は prune=true です: {name} を削除すると、それらがデプロイしたもの ({objects} とそれらが作成したワークロード) も削除されます。',
  'handler.fluxDelete.done': 'Flux 構成 {name} を {cluster} から削除しました。',
  'handler.fluxDelete.donePruned': 'Flux 構成 {name} を {cluster} から削除しました。一緒に prune されたもの:',
  'handler.fluxDelete.table': '削除済み (prune=true)',
  'handler.fluxList.none':
    '{cluster} に Flux 構成はありません。`flux create -n NAME -u URL --branch main --kustomization name=apps path=./apps` で作成できます。',
  'handler.fluxList.count': '{cluster} の Flux 構成: {count} 件。',
  'handler.fluxList.columnProvisioning': 'プロビジョニング',
  'handler.fluxList.columnSource': 'ソース',
  'handler.fluxShow.text': '{cluster} の Flux 構成 {name} は {state} です。',
  'handler.kustomization.label':
    '{config} の kustomization {name} を{verb, select, create {追加} update {更新} other {削除}}しています',
  'handler.kustomization.exists':
    'kustomization "{name}" は {config} に既に存在します。変更するには `flux kustomization update` を使用してください。',
  'handler.kustomization.missing': '{config} に kustomization "{name}" はありません (存在するもの: {existing})。',
  'handler.kustomization.none': 'なし',
  'handler.kustomization.prune': 'prune=true: {name} を削除すると、それがデプロイしたものも削除されます。',
  'handler.kustomization.pruneObjects':
    'prune=true: {name} を削除すると、それがデプロイしたもの ({objects}) も削除されます。',
  'handler.kustomizationList.count': '{config} の kustomization: {count} 件。',
  'handler.kustomizationShow.text': '{config} の kustomization {name} (Flux オブジェクト {applier})。',
  'handler.kustomizationShow.path': 'パス',
  'handler.kustomizationShow.repositoryRoot': '(リポジトリのルート)',
  'handler.kustomizationShow.dependsOn': '依存関係',
  'handler.kustomizationShow.prune': 'Prune',
  'handler.kustomizationShow.force': 'Force',
  'handler.kustomizationShow.wait': '待機 (正常性チェック)',
  'handler.kustomizationShow.syncInterval': '同期間隔',
  'handler.kustomizationShow.timeout': 'タイムアウト',
  'handler.kustomizationShow.retryInterval': '再試行間隔',
  'handler.deployedObjectList.count': '{config} がデプロイしたオブジェクト: {count} 件 (コンプライアンス {state})。',
  'handler.deployedObjectList.none':
    'Flux は {config} のオブジェクトをまだ報告していません (コンプライアンス {state})。',
  'handler.deployedObjectShow.missing':
    '{config} は {kind} {namespace}/{name} を報告していません。`flux deployed-object list` で報告内容を確認できます。',
  'handler.deployedObjectShow.text': '{config} がデプロイした {kind} {namespace}/{name}。',
  'handler.deployedObjectShow.kind': '種類',
  'handler.deployedObjectShow.appliedBy': '適用元',
  'handler.deployedObjectShow.helmRevision': 'Helm リビジョン',
  'handler.deployedObjectShow.chart': 'チャート',
  'handler.deployedObjectShow.failures': '失敗 (合計 / インストール / アップグレード)',
  'handler.deployedObjectShow.conditions': '状態',
  'handler.deployedObjectShow.columnType': '種類',
  'handler.deployedObjectShow.columnStatus': '状態',
  'handler.deployedObjectShow.columnSince': '開始時刻',
  'handler.preview.noConfig': '現在の状態: Flux 構成 "{name}" はありません。確認しても何も変わりません。',
  'handler.preview.noPrune':
    '現在の状態: {name} に prune=true の kustomization はないため、デプロイされたワークロードはクラスターに残ります。',
  'handler.preview.prune':
    '現在の状態: {kustomizations} は prune=true です — 確認すると、Flux が適用した {count, plural, =0 {0 個のオブジェクト} other {# 個のオブジェクト ({objects})}} とそれらが作成したワークロードが削除されます。',
  'handler.preview.pruneTable': 'prune により削除されるもの',
  'handler.preview.noKustomization':
    '現在の状態: {config} に kustomization "{name}" はありません。確認しても何も変わりません。',
  'handler.preview.kustomizationNoPrune':
    '現在の状態: kustomization {name} (パス {path}) は {config} から削除されます。prune は無効なので、デプロイされたものはクラスターに残ります。',
  'handler.preview.kustomizationPrune':
    '現在の状態: kustomization {name} (パス {path}) は {config} から削除されます。prune=true により {objects} も削除されます。',
  'handler.preview.kustomizationPruneUnknown':
    '現在の状態: kustomization {name} (パス {path}) は {config} から削除されます。prune=true により、それが適用したものも削除されます。',
  'handler.preview.noExtension':
    '現在の状態: 拡張機能 "{name}" はインストールされていません。確認しても何も変わりません。',
  'handler.preview.otherExtension': '現在の状態: {name} は {type} 拡張機能です。',
  'handler.preview.noConfigs': '現在の状態: このクラスターで microsoft.flux を使う Flux 構成はありません。',
  'handler.preview.configsLeft':
    '現在の状態: {count} 個の Flux 構成が microsoft.flux を使っています ({names})。それらは Flux なしで残されるため、削除されるまで fluxops はこの削除を拒否します。',
  'handler.preview.leftTable': 'Flux なしで残される構成',
  'handler.preview.unreadable':
    '現在の状態を読み取れませんでした ({code}: {message})。確認後に fluxops が再度チェックします。',
};
