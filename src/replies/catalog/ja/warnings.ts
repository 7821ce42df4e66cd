import type { enWarnings } from '../en/warnings.ts';
import type { Translation } from '../translation.ts';

/** 日本語: warnings on valid commands and the frame of a problem list (see en/warnings.ts). */
export const jaWarnings: Translation<typeof enWarnings> = {
  'warning.default-kustomization':
    '警告: この構成には kustomization が指定されていません。既定の名前 kustomization-1 の kustomization が生成されます。',
  'warning.placeholder-target':
    '{flag} {value} はドキュメントのプレースホルダーです。チャンネルの既定値 {resolved} を使いました。',
  'warning.placeholder-value':
    '{where} にはドキュメントのプレースホルダー {value} が残っており、そのまま Azure に送られます。意図したものでなければ置き換えてください。',
  'warning.ignored-flag': '{flag} は az CLI の出力形式を変えるだけなので、fluxops は無視します。',
  'warning.assumed-git':
    '--kind が指定されていないため、Git ソースを使う構成とみなしました。そうでない場合は --kind bucket または --kind azblob を追加してください。',
  'warning.no-wait-ignored': '--no-wait は `{command}` では効果がありません。',
  'warning.format.title': 'このコマンドの問題',
  'format.problem.accepted': '使用可能: {accepted}',
  'format.problem.example': '例: {example}',
  'format.problem.see-help': '`help{topic}` を参照してください。',
  'format.problem.more': '…ほかに {count} 件あります。上の問題を修正して、コマンドをもう一度送ってください。',
};
