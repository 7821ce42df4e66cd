import type { enHelp } from '../en/help.ts';
import { enHelpTopics } from '../en/help-topics.ts';
import type { ProseTranslation } from '../translation.ts';
import { jaHelpTopics } from './help-topics.ts';

/** 日本語: `help` (see en/help.ts). Command words stay as they are typed. */
export const jaHelp: ProseTranslation<typeof enHelp> = {
  'help.overview.title': 'fluxops — チャットから Azure GitOps (Flux v2)',
  'help.overview.text': [
    '`az k8s-configuration flux …` / `az k8s-extension …` コマンドをそのまま貼り付けるか、短い形式を使ってください:',
    '• `use -g RG -c CLUSTER -t TYPE` — このチャンネルのクラスターを設定 (`context` で表示)、`use --lang ja` でアラートの言語',
    '• `flux create|update|show|list|delete …` — Flux 構成 (`kustomization …`、`deployed-object …`)',
    '• `extension create|update|show|list|delete` — microsoft.flux 拡張機能',
    '• `loglevel`、`controllers`、`drift`、`oomwatch`、`resources`、`scale`、`strict-substitution` — 拡張機能の設定',
    '• `status`、`reconcile`、`suspend`、`resume`、`events`、`logs` — クラスター内の Flux オブジェクト',
    '• `jobs`、`audit`、`alerts …` — 実行中のジョブ、誰が何をしたか、アラートのサブスクリプション',
    '破壊的なコマンドは確認を求めます。`help <command>` でフラグ、既定値、例を表示します。',
  ].join('\n'),
  'help.label.usage': '使い方',
  'help.label.flags': 'フラグ',
  'help.label.example': '例',
  'help.label.topics': 'トピック',
  'help.label.sandbox': 'サンドボックス',
  ...{ ...enHelpTopics, ...jaHelpTopics },
};
