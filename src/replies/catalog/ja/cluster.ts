import type { enCluster } from '../en/cluster.ts';
import type { Translation } from '../translation.ts';

/** 日本語 see en/cluster.ts. */
export const jaCluster: Translation<typeof enCluster> = {
  'cluster.column.name': '名前',
  'cluster.column.revision': 'リビジョン',
  'cluster.column.suspended': '中断',
  'cluster.column.ready': '準備完了',
  'cluster.column.message': 'メッセージ',
  'cluster.column.status': '状態',
  'cluster.column.restarts': '再起動',
  'cluster.column.age': '経過時間',
  'cluster.column.lastSeen': '最終確認',
  'cluster.column.type': '種類',
  'cluster.column.reason': '理由',
  'cluster.column.object': 'オブジェクト',
  'cluster.table.fluxObjects': 'Flux オブジェクト',
  'cluster.table.pods': '{namespace} のポッド',
  'cluster.table.events': 'イベント',
  'cluster.fluxGet.waiting': '調整待ち',
  'cluster.pod.restartsAgo': '{restarts} ({age} 前)',
  'cluster.fluxNotInstalled':
    '{cluster} に Flux がインストールされていません (microsoft.flux 拡張機能がありません): クラスターは toolkit.fluxcd.io API を提供していません。`flux create` が microsoft.flux を自動でインストールします。または `extension create -n flux --extension-type microsoft.flux` を実行してください。',
  'cluster.object.ambiguousWithExample':
    '{kind} "{name}" は複数の名前空間に存在します ({where})。--namespace で名前空間を指定してください。例: `{example}`',
  'cluster.object.notFound':
    '{cluster} に "{name}" という名前の {kind} はありません。`status` で既存の Flux オブジェクトを確認できます。',
  'cluster.object.notFoundAny':
    '{cluster} に "{name}" という名前の Flux オブジェクトはありません。`status` で既存の Flux オブジェクトを確認できます。',
  'cluster.previousLog.noRestart':
    '{controller} は再起動していない (再起動 0 回) ため、前回のコンテナー ログはありません。--previous を外すと現在のログを表示します。',
  'cluster.previousLog.gone':
    '{controller} は {restarts} 回再起動しましたが、クラスターには前回のコンテナーのログが残っていません。--previous を外すと現在のログを表示します。',
  'cluster.kubeError.answered': 'クラスター API が HTTP {code} を返しました',
  'cluster.kubeError.unreachable': 'クラスター API から応答がありません ({code})',
};
