import type { enSubmit } from '../en/submit.ts';
import type { Translation } from '../translation.ts';

/** 日本語: replies given at once by submit (see en/submit.ts). */
export const jaSubmit: Translation<typeof enSubmit> = {
  'submit.lang.set.title': 'チャンネルの言語を設定しました',
  'submit.lang.set.text':
    'このチャンネルのアラート、復旧通知、ダイジェストは{language}で書かれます。コマンドへの返信は各読み手の言語に従います。',
  'submit.lang.label': '言語',
  'submit.lang.name.en': '英語',
  'submit.lang.name.ja': '日本語',
  'submit.lang.name.fr': 'フランス語',
};
