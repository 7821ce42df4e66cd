import type { enChrome } from '../en/chrome.ts';
import type { Translation } from '../translation.ts';

/** 日本語: the chat chrome (see en/chrome.ts). */
export const jaChrome: Translation<typeof enChrome> = {
  'chrome.queued': 'キューに追加しました。',
  'chrome.provenance.job': 'ジョブ {jobId}',
  'chrome.provenance.asked-by': '依頼者 {who}',
  'chrome.provenance.confirmed-by': '確認者 {who}',
  'chrome.provenance.cluster': 'クラスター {cluster}',
  'chrome.provenance.you': 'あなた',
  'chrome.more-rows': 'ほか {count} 行はスレッドにあります',
  'chrome.button.confirm': '実行する',
  'chrome.button.cancel': 'キャンセル',
};
