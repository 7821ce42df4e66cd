import type { enAlertsOwn } from '../en/alerts-own.ts';
import type { Translation } from '../translation.ts';

/** 日本語: fluxops' own words inside alerts (see en/alerts-own.ts). */
export const jaAlertsOwn: Translation<typeof enAlertsOwn> = {
  'alert.own.oom.message':
    '{controller} は{cause, select, OOMKilled { OOMKilled で強制終了されました} other {メモリ制限の近くで自らシャットダウンしました (OOM 監視)}}: 制限 {hasLimit, select, yes {{limit}} other {なし}}、再起動 {restarts} 回、最終終了 {hasExit, select, yes {{lastExit}} other {不明}}。',
  'alert.own.oom.field.controller': 'コントローラー',
  'alert.own.oom.field.memoryLimit': 'メモリ制限',
  'alert.own.oom.field.restarts': '再起動回数',
  'alert.own.oom.field.lastExit': '最終終了',
  'alert.own.oom.field.pod': 'ポッド',
  'alert.own.oom.lastExit': '{lastExit} ({cause})',
  'alert.own.oom.none': 'なし',
  'alert.own.oom.unknown': '不明',
  'alert.own.oom.button.fix': 'メモリ制限を {limit} に上げる{helm, select, yes { + OOM 監視} other {}}',
  'alert.own.oom.button.previousLogs': '前回のログ',
  'alert.own.compliance.suspended': '調整は中断されています。',
  'alert.own.compliance.state': 'コンプライアンス状態 {state}',
};
