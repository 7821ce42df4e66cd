import type { enAlerts } from '../en/alerts.ts';
import type { Translation } from '../translation.ts';
import { jaAlertsOwn } from './alerts-own.ts';

/** 日本語 see en/alerts.ts. */
export const jaAlerts: Translation<typeof enAlerts> = {
  ...jaAlertsOwn,
  'alert.title.failing': '{cluster} で {object} が失敗しています',
  'alert.title.drifted': '{cluster} で {object} が目的の状態から逸脱しています',
  'alert.title.resolvedFailure': '解決済み: {cluster} での {object} の失敗',
  'alert.title.resolvedDrift': '解決済み: {cluster} での {object} の逸脱',
  'alert.field.object': 'オブジェクト',
  'alert.field.cluster': 'クラスター',
  'alert.field.configuration': '構成',
  'alert.field.reason': '理由',
  'alert.field.revision': 'リビジョン',
  'alert.field.since': '発生時刻',
  'alert.field.occurrences': '発生回数',
  'alert.field.lastSeen': '最終発生',
  'alert.field.resolved': '解決',
  'alert.field.closedBy': '解決の根拠',
  'alert.resolvedAfter': '{at} ({duration}後)',
  'alert.button.reconcile': '調整',
  'alert.button.events': 'イベント',
  'alert.button.logs': 'ログ',
  'alert.button.mute': '1 時間ミュート',
  'alert.table.drifted': '逸脱したオブジェクト',
  'alert.recovery.title': '復旧: {cluster} の {object}',
  'alert.recovery.text':
    '{object} は {duration}後に{track, select, drift {逸脱が解消されました} other {正常に戻りました}} (報告 {count} 回)。',
  'alert.closedBy': '{source} からの {reason}',
  'alert.source.webhook': 'Flux の webhook イベント',
  'alert.source.compliance': 'コンプライアンスのポーリング (構成の statuses[])',
  'alert.source.cluster': 'クラスターの監視 (クラスターから読み取った状態)',
  'alert.digest.title': 'Flux アラートのまとめ: {count} 件 (未解決 {open} 件)',
  'alert.digest.text':
    '1 分以内にこのチャネルに届いたアラートが {burst} 件を超えたため、その 1 分間の残りをここにまとめ、このメッセージを更新しています。オブジェクトごとのアラートは次の 1 分から再開します。',
  'alert.digest.columnCount': '回数',
  'alert.digest.columnState': '状態',
  'alert.digest.state': '{state, select, failing {失敗} drifted {逸脱} resolved {解決済み} other {{state}}}',
};
