import type { enSubmit } from '../en/submit.ts';
import type { Translation } from '../translation.ts';

/** 日本語: replies given at once by submit (see en/submit.ts). */
export const jaSubmit: Translation<typeof enSubmit> = {
  'submit.cluster': '{cluster} ({type}、リソース グループ {group})',
  'submit.queued': 'キューに追加しました。',
  'submit.duplicate': 'この要求はすでに受け付けています。実行は 1 回だけです。最初のメッセージを確認してください。',
  'submit.parse-error.title': 'このコマンドは実行できませんでした',
  'submit.unavailable.title': 'キューを利用できません',
  'submit.unavailable.text':
    'Redis が応答しないため、`{display}` はキューに追加されず、何も変更されていません。1 分後にもう一度お試しください。続く場合は fluxops の Redis を確認してください。',
  'submit.unavailable.your-command': 'コマンド',
  'submit.context-set.title': 'チャンネルのクラスターを設定しました',
  'submit.context-set.text':
    'このチャンネルのコマンドは、-g/-c/-t で別のクラスターを指定しない限り、{cluster}{alias, select, none {} other { (別名 "{alias}")}} を対象にします。',
  'submit.context.none.title': 'このチャンネルにはクラスターが設定されていません',
  'submit.context.none.text':
    '`use -g flux-demo-rg -c flux-demo-arc -t connectedClusters` で設定するか、各コマンドで -g/-c/-t を指定してください。',
  'submit.context.title': 'チャンネルのクラスター',
  'submit.field.cluster': 'クラスター',
  'submit.field.type': '種類',
  'submit.field.resource-group': 'リソース グループ',
  'submit.field.subscription': 'サブスクリプション',
  'submit.field.alias': '別名',
  'submit.use.not-found':
    '{problem} チャンネルのクラスターは変更していません。それでも記憶させるには --no-check を追加してください (例: `{example}`)。',
  'submit.confirm.title': '確認: {display}',
  'submit.confirm.only': '確認できるのは {user} だけです。この要求は 10 分で期限切れになります。',
  'submit.confirm.dialog.title': '実行してよろしいですか?',
  'submit.confirm.dialog.confirm': 'はい、実行します',
  'submit.confirm.dialog.deny': 'やめておく',
  'submit.confirm.button.confirm': '実行する',
  'submit.confirm.button.cancel': 'キャンセル',
  'submit.expired.title': '確認の期限が切れました',
  'submit.expired.text':
    'この確認はすでに使用済みか、キャンセル済みか、10 分以上前のものです。コマンドをもう一度実行してください。',
  'submit.not-requester.title': 'あなたの確認ではありません',
  'submit.not-requester.text': 'このコマンドを確認またはキャンセルできるのは依頼者 ({requester}) だけです。',
  'submit.other-conversation.title': '依頼した場所で確認してください',
  'submit.other-conversation.text':
    'この確認はコマンドが入力された会話のものです。その会話で確認またはキャンセルしてください。',
  'submit.cancelled': '{user} がキャンセルしました。何も変更されていません。',
  'submit.lang.set.title': 'チャンネルの言語を設定しました',
  'submit.lang.set.text':
    'このチャンネルのアラート、復旧通知、ダイジェストは{language}で書かれます。コマンドへの返信は各読み手の言語に従います。',
  'submit.lang.label': '言語',
  'submit.lang.name.en': '英語',
  'submit.lang.name.ja': '日本語',
  'submit.lang.name.fr': 'フランス語',
  'access.denied.title': '許可されていません',
  'access.denied.holds': 'あなた ({principal}) のロールは {held} です ({via} による)。',
  'access.denied.holds-none': 'あなた ({principal}) はここでロールを持っていません。',
  'access.denied.no-admin':
    '管理者がまだ設定されていません: FLUXOPS_ADMINS={principal} を設定して (コンマ区切り。例: FLUXOPS_ADMINS=slack:T024BE7LD/U012AB3CD,console:alice) fluxops を再起動してください。',
  'access.denied.admins': '付与できる管理者: {admins}。',
  'access.denied.text':
    '`{display}` には {needed} ロールが必要です。{holds} 何もキューに追加されず、何も変更されていません。{grant}',
  'access.granted.title': 'ロールを付与しました',
  'access.granted.text':
    '{subject} は {role} を持つようになりました。元に戻すには `access revoke`、すべてのバインドは `access list` で確認できます。',
  'access.revoked.title': 'ロールのバインドを削除しました',
  'access.revoked.text':
    '{subject} はバインドによるロールを持たなくなりました (FLUXOPS_ADMINS は引き続き有効です)。すべてのバインドは `access list` で確認できます。',
  'access.revoked.noneTitle': '削除するものはありません',
  'access.revoked.none':
    '{subject} にはバインドによるロールがないため、何も削除していません。すべてのバインドとその正確なスコープは `access list` で確認できます。',
  'access.list.title': 'アクセス',
  'access.list.text': '管理者 (FLUXOPS_ADMINS): {admins}。',
  'access.list.none': 'なし',
  'access.list.column.binding': 'バインド',
  'access.list.column.role': 'ロール',
  'access.whoami.title': 'あなたの ID',
  'access.whoami.text': 'あなたの ID は `{principal}` です (FLUXOPS_ADMINS の形式。例: FLUXOPS_ADMINS={principal})。',
  'access.whoami.holds': 'ここでのロールは {role} です ({via} による)。',
  'access.whoami.holds-none': 'ここではロールを持っていません。',
  'access.policy.title': '確認ポリシーを設定しました',
  'access.policy.allow-yes':
    'このチャンネルでは、破壊的なコマンドに `--yes` を付けると確認なしで実行されます。元に戻すには `access policy confirm=always`。',
  'access.policy.always': 'このチャンネルでは、破壊的なコマンドは `--yes` の有無にかかわらず常に確認を求めます。',
  'audit.title': '監査証跡',
  'audit.empty': 'このチャンネルにはまだ記録がありません。',
  'audit.text': 'このチャンネルの直近 {count} 件 (新しい順)。',
  'audit.column.time': '時刻 (UTC)',
  'audit.column.who': 'ユーザー',
  'audit.column.event': 'イベント',
  'audit.column.command': 'コマンド',
  'audit.column.result': '結果',
  'audit.column.access': 'アクセス',
  'jobs.title': '最近のジョブ',
  'jobs.empty': 'このチャンネルにはまだジョブがありません。',
  'jobs.column.job': 'ジョブ',
  'jobs.column.who': 'ユーザー',
  'jobs.column.command': 'コマンド',
  'jobs.column.state': '状態',
  'jobs.column.since': '開始 (UTC)',
  'origin.slack.listed':
    'この fluxops が対応する Slack ワークスペースは {teams} のみです。この要求は {from} から届きました。何も実行していません。fluxops の運用者は SLACK_TEAM_IDS にワークスペースを追加できます (例: SLACK_TEAM_IDS={first},T024BE7LD)。',
  'origin.slack.unknown-install':
    'fluxops はインストール先の Slack ワークスペースを確認できなかったため (Slack が auth.test に応答しませんでした)、まだどのワークスペースにも対応していません。何も実行していません。しばらくしてから再試行してください。fluxops の運用者は SLACK_TEAM_IDS でワークスペースを指定できます (例: SLACK_TEAM_IDS=T024BE7LD)。',
  'origin.slack.installed':
    'この fluxops はインストール先の Slack ワークスペース ({installed}) にのみ対応します。この要求は {from} から届きました。何も実行していません。fluxops の運用者は SLACK_TEAM_IDS で対応するワークスペースを増やせます (例: SLACK_TEAM_IDS={installed},{example})。',
  'origin.slack.unknown-team': '不明なワークスペース',
  'origin.teams.listed':
    'この fluxops が対応する Microsoft Entra テナントは {tenants} のみです。このアクティビティは {from} から届きました。何も実行していません。fluxops の運用者は TEAMS_TENANT_IDS にテナントを追加できます。',
  'origin.teams.unknown-tenant': '不明なテナント',
  'origin.subscription':
    '--subscription {subscription} は fluxops が操作できるサブスクリプションではありません。使用できるもの: {accepted} (AZURE_SUBSCRIPTION_IDS)。何も実行していません。例: --subscription {first}。',
};
