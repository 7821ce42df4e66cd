import type { enProblemsInput } from '../en/problems-input.ts';
import type { ProseTranslation } from '../translation.ts';

/** 日本語: problems with the shape of the input (see en/problems-input.ts; examples stay commands). */
export const jaProblemsInput: ProseTranslation<typeof enProblemsInput> = {
  'problem.suggestion': '{suggestion} のことですか?',
  'problem.input.empty.message': 'メッセージにコマンドが含まれていません。',
  'problem.input.empty.accepted': 'fluxops のコマンド (先頭の `az` や `/flux` はあってもなくてもかまいません)。',
  'problem.input.unterminated-quote.message': '{position} 文字目で開いた {quote} の引用符が閉じられていません。',
  'problem.input.unterminated-quote.accepted':
    '引用符は対にしてください: \'…\' または "…"。引用符そのものは \\\' または \\" でエスケープできます。',
  'problem.input.internal.message': 'コマンドを読み取れませんでした ({detail})。',
  'problem.input.internal.accepted': '`help` で説明している fluxops のコマンド。',
  'problem.input.too-long.message': 'メッセージは {length} 文字あります。fluxops が読むのは {limit} 文字までです。',
  'problem.input.too-long.accepted':
    '1 メッセージに 1 コマンド、{limit} 文字まで。SSH キーなどの長い値は base64 でそのフラグに指定します。',
  'problem.input.too-many-words.message': 'メッセージは {count} 語あります。コマンドは {limit} 語までです。',
  'problem.input.too-many-words.accepted': '1 メッセージに 1 コマンド、{limit} 語まで。',
  'problem.input.too-many-flags.message':
    'メッセージには {count} 個のフラグがあります。コマンドは {limit} 個までです。',
  'problem.input.too-many-flags.accepted': '`help <command>` に示すフラグを各 1 回 ({limit} 個まで)。',
  'problem.command.unknown.message': "'{word}' は fluxops のコマンドではありません。",
  'problem.command.unknown.accepted': '次のいずれか: {accepted}。',
  'problem.command.incomplete.message': '`{path}` にはサブコマンドが必要です。',
  'problem.command.incomplete.accepted': '次のいずれか: {accepted}。',
  'problem.command.unknown-sub.message': "'{word}' は `{path}` のサブコマンドではありません。",
  'problem.command.unknown-sub.accepted': '次のいずれか: {accepted}。',
  'problem.command.az-only.message': '`az {group}` は az CLI のコマンドで、fluxops はチャットからは実行しません。',
  'problem.command.az-only.accepted':
    '`az k8s-configuration flux …` と `az k8s-extension …` のコマンド。ほかの az コマンドはご自分のターミナルで実行してください。',
  'problem.command.flux-v1.message':
    '`az k8s-configuration {verb}` は Flux v1 の構成を管理するコマンドで、fluxops はサポートしていません。',
  'problem.command.flux-v1.accepted': '`az k8s-configuration flux` の下にある Flux v2 のコマンド。',
  'problem.flag.unknown.message': "`{command}` に '{flag}' というフラグはありません。",
  'problem.flag.unknown.accepted': '`help {topic}` に示すフラグ。',
  'problem.flag.missing-value.message': '{flag} には値が必要です。',
  'problem.flag.missing-value.accepted': '{flag} の後に値 (または {flag}=value)。',
  'problem.flag.repeated.message': '{flag} が複数回指定されています。',
  'problem.flag.repeated.accepted': '{flag} は 1 回まで。',
  'problem.flag.required.message': '`{command}` には {flag} が必要です。',
  'problem.flag.required.accepted': '値を付けた {flag}。',
  'problem.flag.invalid-choice.message': "{flag} '{value}' は無効です。",
  'problem.flag.invalid-choice.accepted': '次のいずれか: {accepted}。',
  'problem.flag.invalid-boolean.message': "{flag} '{value}' は無効です: true または false を指定してください。",
  'problem.flag.invalid-boolean.accepted': '{flag} のみ (true)、または {flag} true|false。',
  'problem.flag.invalid-integer.message': "{flag} '{value}' は無効です: 整数を指定してください。",
  'problem.flag.invalid-integer.accepted': '{min} から {max} までの整数。',
  'problem.flag.file-unsupported.message':
    '{flag} はお使いのマシン上のファイルを読みますが、チャット ボットにはできません。',
  'problem.flag.file-unsupported.accepted':
    'ファイルの内容そのものを base64 エンコードして {replacement} で指定します。',
  'problem.argument.unexpected.message': "`{command}` に予期しない引数 '{value}' があります。",
  'problem.argument.unexpected.accepted': '`help {topic}` に示すフラグ{positional}。',
  'problem.target.missing.message':
    'このコマンドにはクラスターが必要ですが、チャンネルに既定値がなく、コマンドでも指定されていません ({missing} がありません)。',
  'problem.target.missing.accepted':
    '`use` でチャンネルの既定値を一度設定するか、コマンドに -g、-c、-t を指定してください。',
  'problem.target.placeholder.message':
    '{flag} {value} はドキュメントのプレースホルダーで、代わりに使えるチャンネルの既定値もありません。',
  'problem.target.placeholder.accepted':
    'コマンドに実際の値を指定するか、`use` でチャンネルの既定値を一度設定してください。',
  'problem.target.cluster-type.message': "クラスターの種類 '{value}' はサポートされていません。",
  'problem.target.cluster-type.accepted': 'connectedClusters、managedClusters、provisionedClusters のいずれか。',
  'problem.target.cluster-rp-required.message':
    "クラスターの種類 '{type}' には Cluster Resource Provider の値が必要です。",
  'problem.target.cluster-rp-required.accepted':
    'provisionedClusters には --cluster-rp Microsoft.HybridContainerService。',
  'problem.target.cluster-rp-combination.message':
    "クラスターの種類 '{type}' と Cluster Resource Provider '{rp}' の組み合わせはサポートされていません。",
  'problem.target.cluster-rp-combination.accepted': '{accepted}',
  'problem.target.subscription.message': "--subscription '{value}' は無効です。",
  'problem.target.subscription.accepted': 'サブスクリプション ID (GUID) または前後に空白のない名前。',
  'problem.target.resource-group.message': "--resource-group '{value}' は無効です。",
  'problem.target.resource-group.accepted':
    '英字、数字、アンダースコア、ハイフン、ピリオド、かっこで 90 文字まで。末尾はピリオド以外。',
  'problem.target.cluster-name.message': "--cluster-name '{value}' は無効です。",
  'problem.target.cluster-name.accepted': '英字、数字、アンダースコア、ハイフンで 63 文字まで。先頭は英字または数字。',
};
