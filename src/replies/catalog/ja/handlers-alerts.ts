import type { enHandlersAlerts } from '../en/handlers-alerts.ts';
import type { Translation } from '../translation.ts';

/** 日本語 see en/handlers-alerts.ts. */
export const jaHandlersAlerts: Translation<typeof enHandlersAlerts> = {
  'handler.alerts.notEnabled': 'この fluxops ワーカーではアラートが有効になっていません。',
  'handler.alerts.sameName':
    'fluxops は {cluster} という名前の別のクラスター ({other}) を既に監視しています。アラートはクラスターを名前で区別するため、{target} を同時に監視することはできません。何も変更していません。',
  'handler.alertsSubscribe.done':
    'このチャネルで Flux のアラートを受信するようになりました ({id})。失敗は一度投稿されてその場で更新され、復旧はアラートのスレッドに返信されます。',
  'handler.alertsSubscribe.subscription': 'サブスクリプション',
  'handler.alertsSubscribe.cluster': 'クラスター',
  'handler.alertsSubscribe.everyCluster': 'すべてのクラスター',
  'handler.alertsSubscribe.severity': '重大度',
  'handler.alertsSubscribe.failuresOnly': '失敗のみ',
  'handler.alertsSubscribe.failuresAndStuck': '失敗と停滞しているオブジェクト',
  'handler.alertsSubscribe.kinds': '種類',
  'handler.alertsSubscribe.namespaces': '名前空間',
  'handler.alertsSubscribe.all': 'すべて',
  'handler.alertsSubscribe.excluding': '除外',
  'handler.alertsSubscribe.unsubscribe': 'サブスクリプションを解除',
  'handler.alertsUnsubscribe.done':
    'サブスクリプション {id} を削除しました。このチャネルはそのアラートを受信しなくなります。',
  'handler.alertsUnsubscribe.missing':
    'このチャネルにサブスクリプション {id} はありません。`alerts list` で一覧を確認できます。',
  'handler.alertsMute.done':
    '{object} の新しいアラートは、このチャネルで {until} までミュートされます。投稿済みのアラートは引き続き更新されます。',
  'handler.alertsList.none':
    'このチャネルにアラートのサブスクリプションはありません。`alerts subscribe --severity error` から始めてください。',
  'handler.alertsList.columnId': 'ID',
  'handler.alertsList.columnCluster': 'クラスター',
  'handler.alertsList.columnSeverity': '重大度',
  'handler.alertsList.columnKinds': '種類',
  'handler.alertsList.columnNamespaces': '名前空間',
  'handler.alertsList.columnExclude': '除外',
  'handler.alertsList.columnBy': '作成者',
  'handler.alertsList.lateTable': 'オブジェクトの状態より古いイベント (記録のみ、状態は変更なし)',
  'handler.alertsList.columnObject': 'オブジェクト',
  'handler.alertsList.columnReason': '理由',
  'handler.alertsList.columnEventTime': 'イベント時刻',
  'handler.alertsList.columnNewerState': '新しい状態',
  'handler.alertsList.columnSource': 'ソース',
  'handler.alertsList.noLate': 'オブジェクトの状態より古いイベントは届いていません。',
  'handler.alertsSetup.text':
    '次の YAML を {cluster} の GitOps リポジトリにコミットしてください (先に Secret を SOPS または Sealed Secrets で暗号化してください)。HMAC キーが含まれているため、チャネルやチケットに貼らないでください。',
  'handler.alertsSetup.keyIssued': '{cluster} の Webhook キーを発行しました。',
  'handler.alertsSetup.keyExisting':
    '{cluster} には既に Webhook キーがあります。同じキーをもう一度送りました (ローテーションはしていません)。置き換えるには `alerts setup --rotate` を実行してください。',
  'handler.alertsSetup.keyExistingTo':
    '{cluster} には既に Webhook キーがあります。同じキーを {user} にもう一度送りました (ローテーションはしていません)。置き換えるには `alerts setup --rotate` を実行してください。',
  'handler.alertsSetup.keyRotated':
    '{cluster} の新しい Webhook キーを発行しました。以前のキーは {until} までイベントを検証し続けるので、それまでに新しい YAML をコミットしてください。',
  'handler.alertsSetup.sentPrivately':
    'キーを含む Secret/Provider/Alert の YAML は {user} だけに送りました ({place})。このチャネルには送っていません。',
  'handler.alertsSetup.place.slack': 'fluxops からのダイレクト メッセージ',
  'handler.alertsSetup.place.teams': 'fluxops との 1 対 1 チャット',
  'handler.alertsSetup.place.console': '本人のコンソール セッション (ウォッチャーには表示されません)',
  'handler.alertsSetup.noPublicUrl':
    ' 警告: FLUXOPS_PUBLIC_URL が設定されていないため、Provider のアドレスはプレースホルダーです。設定してから setup を再実行してください。',
  'handler.alertsSetup.noObjects':
    ' 警告: {cluster} に Flux オブジェクトが見つからないため (どの構成にもありません)、YAML は flux-system のみを対象にしています。構成を作成した後に setup を再実行してください。',
  'handler.alertsSetup.webhook': 'Webhook',
  'handler.alertsSetup.namespaces': '名前空間',
  'handler.alertsSetup.kinds': '種類',
  'handler.alertsSetup.polling': 'コンプライアンスのポーリング',
  'handler.alertsSetup.pollingOn': 'オン ({interval}ごと)',
  'handler.alertsSetup.oldFlux':
    ' 警告: microsoft.flux {version} は Flux 2.1 以前を実行しており、`notification.toolkit.fluxcd.io/v1beta3` を提供しないため、クラスターはこの Provider と Alert を拒否します。先に拡張機能を {target} にアップグレードしてください: {upgrade}。',
};
