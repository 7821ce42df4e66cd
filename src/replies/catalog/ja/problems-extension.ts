import type { enProblemsExtension } from '../en/problems-extension.ts';
import type { ProseTranslation } from '../translation.ts';

/** 日本語: extension, settings, short-form and bot problems (see en/problems-extension.ts). */
export const jaProblemsExtension: ProseTranslation<typeof enProblemsExtension> = {
  'problem.extension.type-unsupported.message': "拡張機能の種類 '{value}' は fluxops では管理しません。",
  'problem.extension.type-unsupported.accepted': '--extension-type microsoft.flux。',
  'problem.extension.namespace-scope.message': 'microsoft.flux は名前空間スコープではインストールできません。',
  'problem.extension.namespace-scope.accepted': '--scope cluster (既定値)。flux-system にリリースされます。',
  'problem.extension.release-namespace.message':
    "microsoft.flux は常に flux-system にインストールされます。'{value}' にはインストールされません。",
  'problem.extension.release-namespace.accepted': '--release-namespace flux-system、または省略。',
  'problem.extension.target-namespace.message': "--scope が 'cluster' の場合、--target-namespace は指定できません。",
  'problem.extension.target-namespace.accepted': 'microsoft.flux には --target-namespace を指定しません。',
  'problem.extension.version-needs-no-auto-upgrade.message':
    "特定のバージョンに固定するには、auto-upgrade-minor-version を 'false' に設定する必要があります。",
  'problem.extension.version-needs-no-auto-upgrade.accepted':
    '--version X.Y.Z と --auto-upgrade-minor-version false を一緒に。',
  'problem.config.bad-pair.message':
    "'{value}' は KEY=VALUE ペアではありません (使い方: {flag} configuration_setting_key=configuration_setting_value)。",
  'problem.config.bad-pair.accepted': '{flag} の後に 1 つ以上の KEY=VALUE ペア。',
  'problem.config.unknown-key.message': "microsoft.flux の設定 '{key}' は不明です。",
  'problem.config.unknown-key.accepted':
    'ドキュメントにある microsoft.flux の設定 (`help extension` を参照)。例: {examples}。',
  'problem.config.repeated-key.message': "設定 '{key}' が複数回指定されています。",
  'problem.config.repeated-key.accepted': '各設定はコマンドごとに 1 回。',
  'problem.config.invalid-level.message': "ログ レベル {key}='{value}' は無効です。",
  'problem.config.invalid-level.accepted': '{controller} の場合: {levels}。',
  'problem.config.invalid-boolean.message': "値 {key}='{value}' は無効です: true または false を指定してください。",
  'problem.config.invalid-boolean.accepted': 'true または false。',
  'problem.config.invalid-memory.message': "メモリ量 {key}='{value}' は無効です。",
  'problem.config.invalid-memory.accepted':
    'Kubernetes のメモリ量: 数値に、必要なら Ki、Mi、Gi、Ti、K、M、G、T のいずれかを付けます。',
  'problem.config.invalid-cpu.message': "CPU 量 {key}='{value}' は無効です。",
  'problem.config.invalid-cpu.accepted':
    'Kubernetes の CPU 量: 2000m のようなミリコア、または 2 や 0.5 のようなコア数。',
  'problem.config.invalid-percent.message': "パーセンテージ {key}='{value}' は無効です。",
  'problem.config.invalid-percent.accepted': '1 から 100 までの整数。',
  'problem.config.invalid-count.message': "個数 {key}='{value}' は無効です。",
  'problem.config.invalid-count.accepted': '1 から 1000 までの整数。',
  'problem.config.invalid-duration.message': "期間 {key}='{value}' は無効です。",
  'problem.config.invalid-duration.accepted': '500ms、50s、1m30s のような Go の期間。',
  'problem.config.empty-value.message': "設定 '{key}' の値が空です。",
  'problem.config.empty-value.accepted': '空でない値。',
  'problem.short.unknown-controller.message': "`{command}` にコントローラー '{value}' はありません。",
  'problem.short.unknown-controller.accepted': '次のいずれか: {accepted}。',
  'problem.short.bad-setting.message': "'{value}' は `{command}` が理解できる設定ではありません。",
  'problem.short.bad-setting.accepted': '{accepted}',
  'problem.short.missing-argument.message': '`{command}` には {what} が必要です。',
  'problem.short.missing-argument.accepted': '{accepted}',
  'problem.alerts.bad-regex.message': "--exclude '{value}' は有効な正規表現ではありません ({reason})。",
  'problem.alerts.bad-regex.accepted':
    'RE2 構文 (後方参照や先読み・後読みなし) で 256 文字までの正規表現。"<kind>/<namespace>/<name>" と照合されます。',
  'problem.alerts.cluster-twice.message':
    '`alerts subscribe` にクラスターが 2 回指定されています: --cluster と {flags}。',
  'problem.alerts.cluster-twice.accepted':
    '-g/-c/-t (ほかのコマンドと同じ) か、名前または別名を付けた --cluster のどちらか。',
  'problem.alerts.mute-target.message': "'{value}' はオブジェクトの参照ではありません。",
  'problem.alerts.mute-target.accepted': '<kind>/<name>。例: kustomization/apps。',
  'problem.use.incomplete.message':
    '`use` にはリソース グループ、クラスター名、クラスターの種類が必要です ({missing} がありません)。',
  'problem.use.incomplete.accepted':
    'use -g RESOURCE_GROUP -c CLUSTER -t CLUSTER_TYPE [--subscription ID] [--alias NAME]。',
  'problem.use.lang.message': "fluxops は '{value}' では書きません。",
  'problem.use.lang.accepted': '--lang の後に {accepted} のいずれか。',
  'problem.help.unknown-topic.message': "ヘルプ トピック '{value}' はありません。",
  'problem.help.unknown-topic.accepted': '次のいずれか: {accepted}。',
  'problem.access.bad-scope.message':
    "--scope '{value}' はサブスクリプション、リソース グループ、クラスターのいずれの ARM ID でもありません。",
  'problem.access.bad-scope.accepted':
    '/subscriptions/SUBSCRIPTION_ID。その後に /resourceGroups/GROUP、さらに /providers/NAMESPACE/TYPE/CLUSTER を続けることができます。',
};
