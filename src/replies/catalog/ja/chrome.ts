import type { enChrome } from '../en/chrome.ts';
import type { Translation } from '../translation.ts';

/** 日本語: the chat chrome (see en/chrome.ts). */
export const jaChrome: Translation<typeof enChrome> = {
  'chrome.status.queued': 'キュー待ち',
  'chrome.status.running': '実行中',
  'chrome.status.succeeded': '成功',
  'chrome.status.failed': '失敗',
  'chrome.status.warning': '警告',
  'chrome.status.info': '情報',
  'chrome.status.confirm': '確認待ち',
  'chrome.status.cancelled': 'キャンセル済み',
  'chrome.provenance.job': 'ジョブ {jobId}',
  'chrome.provenance.asked-by': '依頼者 {who}',
  'chrome.provenance.confirmed-by': '確認者 {who}',
  'chrome.provenance.cluster': 'クラスター {cluster}',
  'chrome.next': '次に: {commands}',
  'chrome.table': '表 {number}',
  'chrome.more-text': '続きのテキスト',
  'chrome.more-fields': 'ほかの項目',
  'chrome.output': '出力',
  'chrome.thread.lines': '… ほか {count} 行はスレッドにあります',
  'chrome.thread.rows': '… ほか {count} 行はスレッドにあります',
  'chrome.thread.detail': '{title}: {count} 行はスレッドにあります',
  'chrome.blocks-not-shown': '… ほか {count} ブロックは表示されていません',
  'chrome.lines-not-shown': '… ほか {count} 行は表示されていません',
  'chrome.slack.too-large': '{title}: 1 つの Slack メッセージには大きすぎます{where}',
  'chrome.slack.too-large.thread': '。全体の出力はスレッドを参照してください。',
  'chrome.teams.rows': '{name}、{from}–{to} 行',
  'chrome.teams.more-rows': 'ほか {count} 行は続くメッセージにあります。',
  'chrome.teams.text': 'テキスト',
  'chrome.teams.fields': '項目',
  'chrome.teams.too-large': '1 つの Teams メッセージには大きすぎます。返信全体は続くメッセージにあります。',
  'chrome.teams.detail-follows': '{count} 行。全体の出力は下に続きます。',
  'chrome.console.confirm': '実行しますか? [y/N] ',
  'chrome.console.not-confirmed':
    '確認されませんでした (回答を読み取れません)。`y` をパイプで渡してください (`echo y | npm run -s chat -- "…"`)。--yes で確認を省けるのは、管理者がそのチャンネルに `access policy confirm=allow-yes` を設定した場合だけです。',
  'chrome.console.welcome':
    'fluxops コンソール — {url}、ユーザー {user}、#{channel}。`help` と入力してください。Ctrl-D で終了します。',
  'chrome.console.not-running': '{url} で fluxops が動いていません。`npm start` で起動してください。',
  'chrome.console.no-answer':
    '{url} から {seconds} 秒以内に応答がありません。接続は受け付けられましたが、何も返されませんでした。FLUXOPS_URL (または PORT) が fluxops を指していること、その Web プロセスが停止していないこと (`curl {url}/readyz`) を確認してください。待機時間は FLUXOPS_ANSWER_WAIT で設定できます。',
  'chrome.console.watch-back': '(#{channel} の監視を再開しました。その間の投稿は表示されていません)',
  'chrome.console.watch-lost': '(#{channel} の監視が切れました。再試行しています)',
  'chrome.console.not-watching': '(#{channel} を監視していません: {reason})',
  'chrome.slack.prompt-follows':
    'これはクラスターを変更します。確認とキャンセルのボタンが付いた概要をチャネルに投稿します。',
  'chrome.slack.still-working': '受け付けました。fluxops の応答が遅れています。結果はまもなくここに表示されます。',
  'chrome.slack.failed':
    'fluxops はこのコマンドに応答できませんでした。エラーはログにあります。再試行する前にチャネルを確認してください。',
  'chrome.slack.invite':
    'fluxops はこのチャネルのメンバーではないため、この応答は独自のメッセージではなくコマンド経由で届きました (ライブ更新とスレッドはありません)。`/invite @fluxops` で招待すると利用できます。',
  'access.groups-slack-only':
    'ユーザー グループは Slack のユーザー グループです。そのワークスペースの Slack チャネルからバインドしてください (例: `/flux access grant operator @oncall`)。ここではユーザー (`access grant operator @ID`、ID は `access whoami` で確認) またはチャネル (`--channel`) をバインドしてください。何も変更していません。',
};
